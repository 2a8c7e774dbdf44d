// Package builtins makes the builtins and sys modules of an interpreter.
//
// New builds both for a py.Interp: the builtins module holds every
// built-in function of Python 3.2 (written here, one Go function each,
// taking their arguments as a vectorcall: a slice of the caller's stack
// and the keyword names), the built-in types and exception classes of
// package py, and the constants; sys holds the interpreter's settings and
// its standard streams.
//
// The functions follow CPython 3.2's bltinmodule.c in behaviour and in
// their error messages: each argument convention (METH_O, METH_VARARGS
// with PyArg_UnpackTuple or PyArg_ParseTuple, keywords) is checked by the
// matching helper of package py (py.OneArg, py.UnpackArgs, ...), so a
// wrong call fails with the TypeError CPython gives.
//
// Files: open() and sys.stdin, stdout and stderr are file objects of
// package pyio.
package builtins

import (
	"github.com/taipan-py/taipan/py"
)

// Options are the settings of an interpreter that builtins and sys
// expose.
type Options struct {
	Argv       []string // sys.argv
	Path       []string // sys.path
	Executable string   // sys.executable
	// Home is PYTHONHOME: sys.prefix, or "prefix:exec_prefix". When
	// empty, the prefix is the folder above the executable's bin folder,
	// else /usr/local. The embedded library's entry,
	// <prefix>/lib/taipan32.zip, is added to sys.path after Path.
	Home     string
	Optimize int // -O level: __debug__ is False from 1
	// Flags are sys.flags, in order: debug, division_warning, inspect,
	// interactive, optimize, dont_write_bytecode, no_user_site, no_site,
	// ignore_environment, verbose, bytes_warning, quiet, hash_randomization.
	Flags [13]int
	// WarnOptions are sys.warnoptions: the -W options, then those of
	// PYTHONWARNINGS.
	WarnOptions []string
}

// New makes the builtins and sys modules of interp with default options
// (no argv, sys.path holding the current folder). See NewWithOptions.
func New(interp *py.Interp) (builtins, sys *py.Module) {
	return NewWithOptions(interp, &Options{Argv: []string{""}, Path: []string{""}})
}

// NewWithOptions makes the builtins and sys modules of interp, stores
// them in interp.Builtins and interp.Sys, and registers both in
// interp.Modules (sys.modules), which it creates if needed.
func NewWithOptions(interp *py.Interp, opts *Options) (builtins, sys *py.Module) {
	if interp.Modules == nil {
		interp.Modules = py.NewDict()
	}
	if interp.RecursionLimit == 0 {
		interp.RecursionLimit = 1000
	}
	interp.BytesWarning = opts.Flags[10]
	if opts.Flags[4] < opts.Optimize {
		opts.Flags[4] = opts.Optimize // sys.flags.optimize
	}
	builtins = py.NewModule("builtins")
	builtins.Dict.SetStr(py.NewStr("__doc__"), py.NewStr(builtinsDoc))
	builtins.Dict.SetStr(py.NewStr("__package__"), py.None)
	d := builtins.Dict
	for i := range functions {
		def := &functions[i]
		d.SetStr(py.NewStr(def.Name), newFunction(def, builtins))
	}
	for _, c := range []struct {
		name  string
		value py.Object
	}{
		{"None", py.None},
		{"Ellipsis", py.Ellipsis},
		{"NotImplemented", py.NotImplemented},
		{"False", py.False},
		{"True", py.True},
		{"__debug__", py.NewBool(opts.Optimize == 0)},
	} {
		d.SetStr(py.NewStr(c.name), c.value)
	}
	for _, typ := range builtinTypes() {
		d.SetStr(py.NewStr(typ.Name), typ)
	}
	for _, typ := range py.ExceptionTypes {
		d.SetStr(py.NewStr(typ.Name), typ)
	}
	if opts.Flags[7] == 0 { // no_site (-S)
		addSite(d)
	}
	interp.Builtins = builtins
	sys = newSys(interp, opts)
	interp.Sys = sys
	interp.Modules.SetStr(py.NewStr("builtins"), builtins)
	interp.Modules.SetStr(py.NewStr("sys"), sys)
	return builtins, sys
}

const builtinsDoc = "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices."

// builtinTypes are the types the builtins module names.
func builtinTypes() []*py.Type {
	types := []*py.Type{
		py.BoolType, py.ByteArrayType, py.BytesType, py.ComplexType,
		py.DictType, py.FloatType, py.FrozenSetType, py.IntType,
		py.ListType, py.MemoryViewType, py.ObjectType, py.RangeType, py.SetType,
		py.SliceType, py.StrType, py.TupleType, py.TypeType,
	}
	return append(types,
		py.ClassMethodType, py.EnumerateType, py.FilterType, py.MapType,
		py.PropertyType, py.ReversedType, py.StaticMethodType, py.SuperType,
		py.ZipType)
}

// newFunction makes the built-in function def of module.
func newFunction(def *py.MethodDef, module *py.Module) *py.BuiltinFunction {
	fn := def.Fn
	f := py.NewBuiltinFunction(def.Name, func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		return fn(t, module, args, kwnames)
	}, def.Doc)
	f.Self = module
	f.Module = module.Dict.GetStr(py.NewStr("__name__"))
	return f
}
