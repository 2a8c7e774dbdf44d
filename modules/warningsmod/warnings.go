// Package warningsmod is the _warnings module: the core of Python's
// warning machinery, written in Go as CPython 3.2 writes it in C. It
// holds the filter list, the registry of the "once" action and the
// default action, and implements warn and warn_explicit with the rules
// of 3.2's _warnings.c; the warnings module (lib/python/warnings.py)
// imports them from here and adds the functions that edit the filters.
//
// While the warnings module is imported, its attributes filters,
// onceregistry, defaultaction and showwarning are the ones used (a
// program may replace them); before, this module's own defaults are,
// and warnings are shown by a writer in Go. The same machinery serves
// warnings issued from Go code: the package installs itself as
// py.WarnHooks, so py.Warn and py.WarnExplicit (the compiler's
// SyntaxWarnings, BytesWarning under -b) go through the filters.
//
// It registers itself with the builtins package's module table, so
// importing this package (cmd/taipan does, through modules/all) makes
// `import _warnings` work.
package warningsmod

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() {
	builtins.RegisterModule("_warnings", newModule)
	py.WarnHooks.Warn = goWarn
	py.WarnHooks.WarnExplicit = goWarnExplicit
}

// state is one interpreter's _warnings: the objects CPython keeps in
// the C globals _filters, _once_registry and _default_action. Each is
// replaced by the warnings module's attribute of the same meaning when
// that module has one, as CPython does on every use.
type state struct {
	filters       py.Object // a list of 5-tuples, normally
	onceRegistry  py.Object // a dict, normally
	defaultAction py.Object // a str, normally
}

// states maps each interpreter to its state, made when first needed
// (py.Interp has no place for a module's state).
var states sync.Map // *py.Interp -> *state

func stateOf(t *py.Thread) *state {
	if v, ok := states.Load(t.Interp); ok {
		return v.(*state)
	}
	v, _ := states.LoadOrStore(t.Interp, newState(t.Interp))
	return v.(*state)
}

func newState(interp *py.Interp) *state {
	return &state{
		filters:       initFilters(interp),
		onceRegistry:  py.NewDict(),
		defaultAction: py.NewStr("default"),
	}
}

var (
	strIgnore  = py.NewStr("ignore")
	strError   = py.NewStr("error")
	strDefault = py.NewStr("default")
	strAlways  = py.NewStr("always")
)

// initFilters is the filter list an interpreter starts with: 3.2's
// DeprecationWarning, PendingDeprecationWarning, ImportWarning and
// ResourceWarning ignored, and BytesWarning ignored, shown (-b) or made
// an error (-bb).
func initFilters(interp *py.Interp) *py.List {
	filter := func(action *py.Str, category *py.Type) py.Object {
		return py.NewTuple(action, py.None, category, py.None, py.NewInt(0))
	}
	bytesAction := strIgnore
	switch {
	case interp.BytesWarning > 1:
		bytesAction = strError
	case interp.BytesWarning == 1:
		bytesAction = strDefault
	}
	return py.NewList(
		filter(strIgnore, py.DeprecationWarning),
		filter(strIgnore, py.PendingDeprecationWarning),
		filter(strIgnore, py.ImportWarning),
		filter(bytesAction, py.BytesWarning),
		filter(strIgnore, py.ResourceWarning),
	)
}

const moduleDoc = "The core of the warning machinery: the filters and warn(), used by the\nwarnings module."

// newModule makes the module with a fresh state, as each initialisation
// of CPython's _warnings does (import_fresh_module relies on it): new
// default filters, once registry and default action.
func newModule(t *py.Thread) (*py.Module, error) {
	st := newState(t.Interp)
	states.Store(t.Interp, st)
	m := py.NewModule("_warnings")
	set := func(name string, v py.Object) { m.Dict.SetStr(py.NewStr(name), v) }
	set("__doc__", py.NewStr(moduleDoc))
	set("filters", st.filters)
	set("_onceregistry", st.onceRegistry)
	set("_defaultaction", st.defaultAction)
	m.AddFunction("warn", warnFunc, "Issue a warning; the filters decide whether it is shown, ignored or raised.")
	m.AddFunction("warn_explicit", warnExplicitFunc, "Issue a warning for an explicit file, line, module and registry.")
	return m, nil
}

var warnKwlist = []string{"message", "category", "stacklevel"}

// warnFunc is _warnings.warn(message, category=None, stacklevel=1).
func warnFunc(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var message, category, level py.Object
	if err := py.ParseArgs("warn", args, kwnames, warnKwlist, 1, &message, &category, &level); err != nil {
		return nil, err
	}
	stacklevel := 1
	if level != nil {
		n, err := py.ArgIndex(t, level)
		if err != nil {
			return nil, err
		}
		stacklevel = n
	}
	category, err := getCategory(t, message, category)
	if err != nil {
		return nil, err
	}
	if err := doWarn(t, message, category, stacklevel); err != nil {
		return nil, err
	}
	return py.None, nil
}

var warnExplicitKwlist = []string{"message", "category", "filename", "lineno", "module", "registry", "module_globals"}

var (
	strLoader    = py.NewStr("__loader__")
	strName      = py.NewStr("__name__")
	strGetSource = py.NewStr("get_source")
	strSplit     = py.NewStr("splitlines")
)

// warnExplicitFunc is _warnings.warn_explicit(message, category,
// filename, lineno, module=None, registry=None, module_globals=None).
// With module_globals whose __loader__ has get_source, the source line
// shown is the loader's.
func warnExplicitFunc(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var message, category, filename, linenoArg, module, registry, globals py.Object
	if err := py.ParseArgs("warn_explicit", args, kwnames, warnExplicitKwlist, 4,
		&message, &category, &filename, &linenoArg, &module, &registry, &globals); err != nil {
		return nil, err
	}
	lineno, err := py.ArgInt(t, linenoArg)
	if err != nil {
		return nil, err
	}
	var sourceline py.Object
	if g, ok := globals.(*py.Dict); ok {
		loader, name := g.GetStr(strLoader), g.GetStr(strName)
		if loader != nil && name != nil {
			getSource, err := py.LookupAttr(t, loader, strGetSource)
			if err != nil {
				return nil, err
			}
			if getSource != nil {
				source, err := py.Call(t, getSource, []py.Object{name}, nil)
				if err != nil {
					return nil, err
				}
				if source != py.None {
					split, err := py.GetAttr(t, source, strSplit)
					if err != nil {
						return nil, err
					}
					lines, err := py.Call(t, split, nil, nil)
					if err != nil {
						return nil, err
					}
					l, ok := lines.(*py.List)
					if !ok {
						return nil, py.Errorf(py.SystemError, "bad argument to internal function")
					}
					if lineno < 1 || lineno > len(l.Items) {
						return nil, py.Errorf(py.IndexError, "list index out of range")
					}
					sourceline = l.Items[lineno-1]
				}
			}
		}
	}
	if err := warnExplicit(t, category, message, filename, lineno, module, registry, sourceline); err != nil {
		return nil, err
	}
	return py.None, nil
}

// getCategory is the category of a warning: the message's class when it
// is a Warning instance, else category, UserWarning by default; it must
// be a subclass of Warning.
func getCategory(t *py.Thread, message, category py.Object) (py.Object, error) {
	isWarning, err := py.IsInstanceOf(t, message, py.Warning)
	if err != nil {
		return nil, err
	}
	if isWarning {
		category = message.Type()
	} else if category == nil {
		// An explicit None is refused below, as by CPython 3.2.
		category = py.UserWarning
	}
	ok, err := py.IsSubclassOf(t, category, py.Warning)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, py.Errorf(py.ValueError, "category is not a subclass of Warning")
	}
	return category, nil
}

// goWarn is py.Warn: PyErr_WarnEx.
func goWarn(t *py.Thread, category *py.Type, message string, stacklevel int) error {
	if t.Interp.Sys == nil {
		return nil // no interpreter to speak of yet
	}
	if category == nil {
		category = py.RuntimeWarning
	}
	return doWarn(t, py.NewStr(message), category, stacklevel)
}

// goWarnExplicit is py.WarnExplicit: PyErr_WarnExplicit with no module
// and no registry.
func goWarnExplicit(t *py.Thread, category *py.Type, message, filename string, lineno int) error {
	if t.Interp.Sys == nil {
		return nil
	}
	if category == nil {
		category = py.RuntimeWarning
	}
	return warnExplicit(t, category, py.NewStr(message), py.NewStr(filename), lineno, nil, nil, nil)
}

var (
	strRegistry = py.NewStr("__warningregistry__")
	strFile     = py.NewStr("__file__")
	strMain     = py.NewStr("__main__")
)

// doWarn issues a warning attributed to the frame stacklevel levels up.
func doWarn(t *py.Thread, message, category py.Object, stacklevel int) error {
	filename, lineno, module, registry, err := setupContext(t, stacklevel)
	if err != nil {
		return err
	}
	return warnExplicit(t, category, message, filename, lineno, module, registry, nil)
}

// setupContext finds where a warning comes from: the frame stacklevel
// levels up (sys.__dict__ and line 1 when the stack is not that deep),
// its module's __warningregistry__ (made if missing), its __name__ and
// the file name: __file__ without the c or o of .pyc or .pyo, or for
// __main__ without one sys.argv[0] ("__main__" when that is empty), or
// else the module name.
func setupContext(t *py.Thread, stacklevel int) (filename py.Object, lineno int, module, registry py.Object, err error) {
	f := t.Frame
	for stacklevel--; stacklevel > 0 && f != nil; stacklevel-- {
		f = f.Back
	}
	var globals *py.Dict
	if f == nil {
		globals = t.Interp.Sys.Dict
		lineno = 1
	} else {
		globals = f.Globals
		lineno = f.Line()
	}
	registry = globals.GetStr(strRegistry)
	if registry == nil {
		registry = py.NewDict()
		globals.SetStr(strRegistry, registry)
	}
	module = globals.GetStr(strName)
	if module == nil {
		module = py.NewStr("<string>")
	}
	if file, ok := globals.GetStr(strFile).(*py.Str); ok {
		s := file.String()
		if n := len(s); n >= 4 && s[n-4] == '.' && strings.EqualFold(s[n-3:n-1], "py") &&
			(s[n-1] == 'c' || s[n-1] == 'C' || s[n-1] == 'o' || s[n-1] == 'O') {
			filename = py.NewStr(s[:n-1])
		} else {
			filename = file
		}
		return filename, lineno, module, registry, nil
	}
	modName, ok := module.(*py.Str)
	if !ok {
		return nil, 0, nil, nil, py.Errorf(py.TypeError, "bad argument type for built-in operation")
	}
	if modName.String() == "__main__" {
		filename = strMain
		if argv, ok := t.Interp.Sys.Dict.GetStr(py.NewStr("argv")).(*py.List); ok && len(argv.Items) > 0 {
			filename = argv.Items[0]
			truth, err := py.IsTrue(t, filename)
			if err != nil {
				return nil, 0, nil, nil, err
			}
			if !truth {
				filename = strMain
			}
		}
	}
	if filename == nil {
		filename = module
	}
	return filename, lineno, module, registry, nil
}

// warningsAttr returns the attribute name of the warnings module if it
// is imported and has one, else nil.
func warningsAttr(t *py.Thread, name string) (py.Object, error) {
	modules := t.Interp.Modules
	if modules == nil {
		return nil, nil
	}
	mod := modules.GetStr(py.NewStr("warnings"))
	if mod == nil {
		return nil, nil
	}
	return py.LookupAttr(t, mod, py.NewStr(name))
}

// normalizeModule is the module name of a warning given only its file
// name: the name without ".py", or "<unknown>" for an empty name.
func normalizeModule(t *py.Thread, filename py.Object) (py.Object, error) {
	truth, err := py.IsTrue(t, filename)
	if err != nil {
		return nil, err
	}
	if !truth {
		return py.NewStr("<unknown>"), nil
	}
	s, ok := filename.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "bad argument type for built-in operation")
	}
	if name := s.String(); strings.HasSuffix(name, ".py") {
		return py.NewStr(name[:len(name)-3]), nil
	}
	return filename, nil
}

// warnExplicit is the heart of the machinery (_warnings.c's
// warn_explicit): the registry check, the filter search and the action.
// module nil means "from the file name"; registry nil or None means no
// registry; sourceline, when not nil, is the line to show.
func warnExplicit(t *py.Thread, category, message, filename py.Object, lineno int, module, registry, sourceline py.Object) error {
	var reg *py.Dict
	if registry != nil && registry != py.None {
		d, ok := registry.(*py.Dict)
		if !ok {
			return py.Errorf(py.TypeError, "'registry' must be a dict")
		}
		reg = d
	}
	if module == nil {
		m, err := normalizeModule(t, filename)
		if err != nil {
			return err
		}
		module = m
	}
	var text py.Object
	isWarning, err := py.IsInstanceOf(t, message, py.Warning)
	if err != nil {
		return err
	}
	if isWarning {
		s, err := py.StrOf(t, message)
		if err != nil {
			return err
		}
		text = s
		category = message.Type()
	} else {
		text = message
		m, err := py.Call(t, category, []py.Object{message}, nil)
		if err != nil {
			return err
		}
		message = m
	}
	linenoObj := py.NewInt(int64(lineno))
	key := py.NewTuple(text, category, linenoObj)
	if reg != nil {
		warned, err := alreadyWarned(t, reg, key, false)
		if err != nil || warned {
			return err
		}
	}
	action, item, err := getFilter(t, category, text, lineno, module)
	if err != nil {
		return err
	}
	if action == "error" {
		if e, ok := message.(*py.BaseException); ok {
			return e
		}
		return py.Errorf(py.TypeError, "exceptions must derive from BaseException")
	}
	warned := false
	if action != "always" {
		if reg != nil {
			if err := reg.SetItem(t, key, py.True); err != nil {
				return err
			}
		}
		switch action {
		case "ignore":
			return nil
		case "once":
			// 3.2 keeps the once-only mark in the module's registry when
			// there is one, and in the once registry only without.
			target := reg
			if target == nil {
				r, err := onceRegistry(t)
				if err != nil {
					return err
				}
				d, ok := r.(*py.Dict)
				if !ok {
					return py.Errorf(py.SystemError, "bad argument to internal function")
				}
				target = d
			}
			if warned, err = alreadyWarned(t, target, py.NewTuple(text, category), true); err != nil {
				return err
			}
		case "module":
			if reg != nil {
				if warned, err = alreadyWarned(t, reg, py.NewTuple(text, category), true); err != nil {
					return err
				}
			}
		case "default":
		default:
			desc := "???"
			if s, err := py.StrOf(t, item); err == nil {
				desc = s.String()
			}
			return py.Errorf(py.RuntimeError, "Unrecognized action (%s) in warnings.filters:\n %s", action, desc)
		}
	}
	if warned {
		return nil
	}
	show, err := warningsAttr(t, "showwarning")
	if err != nil {
		return err
	}
	if show == nil {
		showWarning(t, filename, lineno, text, category, sourceline)
		return nil
	}
	switch show.(type) {
	case *py.Function, *py.Method:
	default:
		return py.Errorf(py.TypeError, "warnings.showwarning() must be set to a function or method")
	}
	_, err = py.Call(t, show, []py.Object{message, category, filename, linenoObj}, nil)
	return err
}

// alreadyWarned reports whether registry holds a true value for key,
// setting it to True when it does not and set is asked for.
func alreadyWarned(t *py.Thread, registry *py.Dict, key py.Object, set bool) (bool, error) {
	// PyDict_GetItem: a key that cannot be hashed is just not found.
	v, _ := registry.GetItem(t, key)
	if v != nil {
		truth, err := py.IsTrue(t, v)
		if err != nil || truth {
			return truth, err
		}
	}
	if set {
		return false, registry.SetItem(t, key, py.True)
	}
	return false, nil
}

// onceRegistry is warnings.onceregistry, or this module's own.
func onceRegistry(t *py.Thread) (py.Object, error) {
	st := stateOf(t)
	r, err := warningsAttr(t, "onceregistry")
	if err != nil {
		return nil, err
	}
	if r != nil {
		st.onceRegistry = r
	}
	return st.onceRegistry, nil
}

// getFilter returns the action of the first filter that matches the
// warning, with the filter, or the default action.
func getFilter(t *py.Thread, category, text py.Object, lineno int, module py.Object) (string, py.Object, error) {
	st := stateOf(t)
	filters, err := warningsAttr(t, "filters")
	if err != nil {
		return "", nil, err
	}
	if filters != nil {
		st.filters = filters
	}
	list, ok := st.filters.(*py.List)
	if !ok {
		return "", nil, py.Errorf(py.ValueError, "_warnings.filters must be a list")
	}
	// The list may change while it is searched (a match method could
	// edit it), so its length is read on every round.
	for i := 0; i < len(list.Items); i++ {
		item := list.Items[i]
		tup, ok := item.(*py.Tuple)
		if !ok || len(tup.Items) != 5 {
			return "", nil, py.Errorf(py.ValueError, "_warnings.filters item %d isn't a 5-tuple", i)
		}
		action, msg, cat, mod, lnObj := tup.Items[0], tup.Items[1], tup.Items[2], tup.Items[3], tup.Items[4]
		goodMsg, err := checkMatched(t, msg, text)
		if err != nil {
			return "", nil, err
		}
		goodMod, err := checkMatched(t, mod, module)
		if err != nil {
			return "", nil, err
		}
		isSubclass, err := py.IsSubclassOf(t, category, cat)
		if err != nil {
			return "", nil, err
		}
		ln, err := filterLineno(t, lnObj)
		if err != nil {
			return "", nil, err
		}
		if goodMsg && isSubclass && goodMod && (ln == 0 || ln == int64(lineno)) {
			s, err := actionString(action)
			return s, item, err
		}
	}
	def, err := warningsAttr(t, "defaultaction")
	if err != nil {
		return "", nil, err
	}
	if def != nil {
		st.defaultAction = def
	}
	s, err := actionString(st.defaultAction)
	return s, nil, err
}

// filterLineno is a filter's line number (PyLong_AsSsize_t).
func filterLineno(t *py.Thread, o py.Object) (int64, error) {
	i, ok := o.(*py.Int)
	if !ok {
		return 0, py.Errorf(py.TypeError, "an integer is required")
	}
	n, err := py.ArgIndex(t, i)
	return int64(n), err
}

func actionString(o py.Object) (string, error) {
	s, ok := o.(*py.Str)
	if !ok {
		return "", py.Errorf(py.TypeError, "bad argument type for built-in operation")
	}
	return s.String(), nil
}

var strMatch = py.NewStr("match")

// checkMatched reports whether a filter's pattern matches: None matches
// everything, anything else is asked with its match method.
func checkMatched(t *py.Thread, pattern, arg py.Object) (bool, error) {
	if pattern == py.None {
		return true, nil
	}
	m, err := py.GetAttr(t, pattern, strMatch)
	if err != nil {
		return false, err
	}
	r, err := py.Call(t, m, []py.Object{arg}, nil)
	if err != nil {
		return false, err
	}
	return py.IsTrue(t, r)
}

// showWarning writes a warning to sys.stderr when the warnings module
// is not there to do it: "file:line: Category: message", then the
// source line indented by two spaces. Errors while writing are dropped.
func showWarning(t *py.Thread, filename py.Object, lineno int, text, category, sourceline py.Object) {
	name, err := py.GetAttr(t, category, strName)
	if err != nil {
		return
	}
	stderr := t.Interp.Sys.Dict.GetStr(py.NewStr("stderr"))
	if stderr == nil || stderr == py.None {
		os.Stderr.WriteString("lost sys.stderr\n")
		return
	}
	write, err := py.GetAttr(t, stderr, py.NewStr("write"))
	if err != nil {
		return
	}
	put := func(o py.Object) bool {
		s, err := py.StrOf(t, o)
		if err != nil {
			return false
		}
		_, err = py.Call(t, write, []py.Object{s}, nil)
		return err == nil
	}
	for _, part := range []py.Object{filename, py.NewStr(":" + strconv.Itoa(lineno) + ": "), name, py.NewStr(": "), text, py.NewStr("\n")} {
		if !put(part) {
			return
		}
	}
	if sourceline != nil {
		s, ok := sourceline.(*py.Str)
		if !ok {
			return
		}
		put(py.NewStr(strings.TrimLeft(s.String(), " \t\f") + "\n"))
		return
	}
	if fn, ok := filename.(*py.Str); ok {
		if line, ok := sourceLine(t, fn.String(), lineno); ok {
			put(py.NewStr("  " + strings.TrimLeft(line, " \t\f") + "\n"))
		}
	}
}

// codingRE finds a PEP 263 coding declaration.
var codingRE = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// sourceLine returns line lineno of the file, without its line end, as
// CPython's _Py_DisplaySourceLine reads it: the file by its name, or
// else by its base name in a folder of sys.path, decoded as its coding
// declaration says (UTF-8 by default).
func sourceLine(t *py.Thread, filename string, lineno int) (string, bool) {
	if lineno < 1 {
		return "", false
	}
	src, err := os.ReadFile(filename)
	if err != nil {
		src, err = findSourceFile(t, filename)
		if err != nil {
			return "", false
		}
	}
	encoding := "utf-8"
	head := string(src)
	for i := 0; i < 2 && head != ""; i++ {
		line := head
		if j := strings.IndexByte(head, '\n'); j >= 0 {
			line, head = head[:j], head[j+1:]
		} else {
			head = ""
		}
		if m := codingRE.FindStringSubmatch(line); m != nil {
			encoding = m[1]
			break
		}
		if trimmed := strings.TrimLeft(line, " \t\f\r"); trimmed != "" && trimmed[0] != '#' {
			break
		}
	}
	text, err := py.Decode(t, string(src), encoding, "strict")
	if err != nil {
		return "", false
	}
	s := strings.TrimPrefix(text.String(), "\ufeff")
	for n := 1; ; n++ {
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			if n == lineno && s != "" {
				return s, true
			}
			return "", false
		}
		if n == lineno {
			return s[:i], true
		}
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			i++
		}
		s = s[i+1:]
	}
}

// findSourceFile reads the file with filename's base name from the
// first folder of sys.path that has it.
func findSourceFile(t *py.Thread, filename string) ([]byte, error) {
	tail := filename
	if i := strings.LastIndexByte(tail, '/'); i >= 0 {
		tail = tail[i+1:]
	}
	path, ok := t.Interp.Sys.Dict.GetStr(py.NewStr("path")).(*py.List)
	if !ok {
		return nil, os.ErrNotExist
	}
	for _, p := range path.Items {
		dir, ok := p.(*py.Str)
		if !ok {
			continue
		}
		name := dir.String()
		if name != "" && !strings.HasSuffix(name, "/") {
			name += "/"
		}
		if src, err := os.ReadFile(name + tail); err == nil {
			return src, nil
		}
	}
	return nil, os.ErrNotExist
}
