package py

// Warnings issued from Go code: CPython's PyErr_WarnEx and
// PyErr_WarnExplicit. The machinery that decides what becomes of a
// warning (the filters, the __warningregistry__ of each module,
// showwarning) is the _warnings module, modules/warningsmod, which
// installs itself in WarnHooks when it is linked into the program.
// Without it, warnings issued from Go are dropped.

// WarnHooks are the functions behind Warn and WarnExplicit.
var WarnHooks struct {
	// Warn issues a warning attributed to the frame stacklevel levels up
	// from the running one (1 is the running Python frame).
	Warn func(t *Thread, category *Type, message string, stacklevel int) error
	// WarnExplicit issues a warning attributed to filename and lineno,
	// with the module named after the file and no registry.
	WarnExplicit func(t *Thread, category *Type, message, filename string, lineno int) error
}

// Warn issues a warning of class category (a subclass of Warning) as
// Python's warnings.warn(message, category, stacklevel) does. A non-nil
// error is the exception the warning became (a filter's "error" action)
// or one raised while showing it; the caller passes it on.
func Warn(t *Thread, category *Type, message string, stacklevel int) error {
	if WarnHooks.Warn == nil || t == nil || t.Interp == nil {
		return nil
	}
	return WarnHooks.Warn(t, category, message, stacklevel)
}

// WarnExplicit issues a warning of class category for line lineno of
// filename, as the compiler's warnings are (PyErr_WarnExplicit with no
// module and no registry). Errors are as for Warn.
func WarnExplicit(t *Thread, category *Type, message, filename string, lineno int) error {
	if WarnHooks.WarnExplicit == nil || t == nil || t.Interp == nil {
		return nil
	}
	return WarnHooks.WarnExplicit(t, category, message, filename, lineno)
}

// WarningClass returns the built-in warning class named name
// ("SyntaxWarning"), or RuntimeWarning when there is none: the compiler
// and the symbol table name the category of their warnings.
func WarningClass(name string) *Type {
	for _, typ := range ExceptionTypes {
		if typ.Name == name && typ.IsSubtype(Warning) {
			return typ
		}
	}
	return RuntimeWarning
}
