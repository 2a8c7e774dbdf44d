package builtins

import (
	"strings"

	"github.com/taipan-py/taipan/py"
)

// The import system, as CPython 3.2's Python/import.c has it.
//
// __import__ (import.go) splits a dotted name and imports each part in
// turn with importSubmodule, relative to the package of the importing
// module when the import is relative, then imports what fromlist names.
// importSubmodule looks in sys.modules, then asks findModule
// (import_find.go): each finder of sys.meta_path, then the native
// modules (for a top-level name), then each entry of sys.path (or the
// package's __path__) through its importer from sys.path_importer_cache
// and sys.path_hooks, or, for a plain folder (importer None), by looking
// for a package folder, NAME.py and NAME.pyc there. loadModule
// (import_load.go) runs what was found, using and writing the bytecode
// caches of PEP 3147 (import_pyc.go). The library embedded in the
// binary (package lib) is on sys.path as a virtual folder with a path
// hook of its own (import_lib.go).

// NativeModule makes a native module (written in Go) for an interpreter.
type NativeModule func(t *py.Thread) (*py.Module, error)

// nativeModules are the registered native modules; the table is filled
// from init functions and only read afterwards.
var nativeModules = map[string]NativeModule{}

// RegisterModule registers a native module under its import name. Call
// it from an init function.
func RegisterModule(name string, init NativeModule) {
	nativeModules[name] = init
	builtinModuleNames = append(builtinModuleNames, name)
}

// IsBuiltin reports whether name is a module built into the interpreter
// (imp.is_builtin): -1 for builtins and sys, which cannot be
// re-initialised, 1 for a registered native module, 0 otherwise.
func IsBuiltin(name string) int {
	if name == "builtins" || name == "sys" {
		return -1
	}
	if _, ok := nativeModules[name]; ok {
		return 1
	}
	return 0
}

var (
	strName     = py.NewStr("__name__")
	strPackage  = py.NewStr("__package__")
	strPath     = py.NewStr("__path__")
	strFile     = py.NewStr("__file__")
	strCached   = py.NewStr("__cached__")
	strBuiltins = py.NewStr("__builtins__")
	strAll      = py.NewStr("__all__")
	strLoader   = py.NewStr("__loader__")
)

var importKwlist = []string{"name", "globals", "locals", "fromlist", "level"}

func importFunc(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var nameArg, globals, locals, fromlist, levelArg py.Object
	if err := py.ParseArgs("__import__", args, kwnames, importKwlist, 1, &nameArg, &globals, &locals, &fromlist, &levelArg); err != nil {
		return nil, err
	}
	name, ok := nameArg.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "__import__() argument 1 must be str, not %s", typeName(nameArg))
	}
	level := 0
	if levelArg != nil {
		n, err := py.ArgInt(t, levelArg)
		if err != nil {
			return nil, err
		}
		level = n
	}
	g, _ := globals.(*py.Dict)
	return ImportModuleLevel(t, name.String(), g, fromlist, level)
}

// ImportModule imports the module name (absolute), as "import name"
// does, and returns it (the module itself, not its top-level package).
func ImportModule(t *py.Thread, name string) (py.Object, error) {
	if _, err := ImportModuleLevel(t, name, nil, nil, 0); err != nil {
		return nil, err
	}
	if m := sysModules(t).GetStr(py.NewStr(name)); m != nil {
		return m, nil
	}
	return nil, py.Errorf(py.KeyError, "%s", name)
}

func sysModules(t *py.Thread) *py.Dict {
	if m, ok := sysObject(t, "modules").(*py.Dict); ok {
		return m
	}
	return t.Interp.Modules
}

// ImportModuleLevel is __import__(name, globals, fromlist=fromlist,
// level=level): it imports each component of the dotted name, relative
// to the package of globals when level is not 0, and returns the top
// package (the last module when fromlist is not empty).
func ImportModuleLevel(t *py.Thread, name string, globals *py.Dict, fromlist py.Object, level int) (py.Object, error) {
	st := importStateOf(t)
	st.lock++
	defer func() { st.lock-- }()
	if strings.IndexByte(name, '/') >= 0 {
		return nil, py.Errorf(py.ImportError, "Import by filename is not supported.")
	}
	prefix, parent, err := importParent(t, globals, level)
	if err != nil {
		return nil, err
	}
	altParent := parent
	if level < 0 {
		altParent = py.None // implicit relative import: try relative, then absolute
	}
	rest := name
	head, err := loadNext(t, parent, altParent, &rest, &prefix)
	if err != nil {
		return nil, err
	}
	tail := head
	for rest != "" {
		next, err := loadNext(t, tail, tail, &rest, &prefix)
		if err != nil {
			return nil, err
		}
		tail = next
	}
	if tail == py.None {
		return nil, py.Errorf(py.ValueError, "Empty module name")
	}
	nonEmpty := false
	if fromlist != nil && fromlist != py.None {
		ok, err := py.IsTrue(t, fromlist)
		if err != nil {
			return nil, err
		}
		nonEmpty = ok
	}
	if !nonEmpty {
		return head, nil
	}
	if err := ensureFromlist(t, tail, prefix, fromlist, false); err != nil {
		return nil, err
	}
	return tail, nil
}

// importParent finds the package a relative import is relative to: its
// name and module, or "" and None (get_parent).
func importParent(t *py.Thread, globals *py.Dict, level int) (string, py.Object, error) {
	if globals == nil || level == 0 {
		return "", py.None, nil
	}
	var pkg string
	if p := globals.GetStr(strPackage); p != nil && p != py.None {
		s, ok := p.(*py.Str)
		if !ok {
			return "", nil, py.Errorf(py.ValueError, "__package__ set to non-string")
		}
		pkg = s.String()
		if pkg == "" {
			if level > 0 {
				return "", nil, py.Errorf(py.ValueError, "Attempted relative import in non-package")
			}
			return "", py.None, nil
		}
	} else {
		n, ok := globals.GetStr(strName).(*py.Str)
		if !ok {
			return "", py.None, nil
		}
		modname := n.String()
		if globals.GetStr(strPath) != nil {
			pkg = modname
			globals.SetStr(strPackage, n)
		} else {
			dot := strings.LastIndexByte(modname, '.')
			if dot < 0 {
				if level > 0 {
					return "", nil, py.Errorf(py.ValueError, "Attempted relative import in non-package")
				}
				globals.SetStr(strPackage, py.None)
				return "", py.None, nil
			}
			pkg = modname[:dot]
			globals.SetStr(strPackage, py.NewStr(pkg))
		}
	}
	for i := 1; i < level; i++ {
		dot := strings.LastIndexByte(pkg, '.')
		if dot < 0 {
			return "", nil, py.Errorf(py.ValueError, "Attempted relative import beyond toplevel package")
		}
		pkg = pkg[:dot]
	}
	parent := sysModules(t).GetStr(py.NewStr(pkg))
	if parent == nil {
		if level < 0 {
			return "", py.None, nil
		}
		return "", nil, py.Errorf(py.SystemError, "Parent module '%s' not loaded, cannot perform relative import", pkg)
	}
	return pkg, parent, nil
}

// loadNext imports the first component of *rest (consuming it) inside
// mod (a package, or None for the top level), trying altmod when it
// differs from mod and nothing was found; *prefix is the dotted name of
// what has been imported so far, and becomes the new module's.
func loadNext(t *py.Thread, mod, altmod py.Object, rest *string, prefix *string) (py.Object, error) {
	name := *rest
	if name == "" {
		// "from . import x", or __import__(""): the package itself.
		return mod, nil
	}
	sub := name
	if dot := strings.IndexByte(name, '.'); dot >= 0 {
		sub, *rest = name[:dot], name[dot+1:]
	} else {
		*rest = ""
	}
	if sub == "" {
		return nil, py.Errorf(py.ValueError, "Empty module name")
	}
	full := sub
	if *prefix != "" {
		full = *prefix + "." + sub
	}
	m, err := importSubmodule(t, mod, sub, full)
	if err != nil {
		return nil, err
	}
	if m == py.None && altmod != mod {
		m, err = importSubmodule(t, altmod, sub, sub)
		if err != nil {
			return nil, err
		}
		if m != py.None {
			// Remember the miss of the relative name (mark_miss).
			sysModules(t).SetStr(py.NewStr(full), py.None)
			full = sub
		}
	}
	if m == py.None {
		return nil, py.Errorf(py.ImportError, "No module named %s", truncate(name, 200))
	}
	*prefix = full
	return m, nil
}

// truncate cuts s to at most n bytes, as a %.200s format does.
func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// importSubmodule imports the module full (named sub in mod, which is
// None for a top-level module), or returns None when it is not found.
func importSubmodule(t *py.Thread, mod py.Object, sub, full string) (py.Object, error) {
	modules := sysModules(t)
	if m := modules.GetStr(py.NewStr(full)); m != nil {
		return m, nil
	}
	var path py.Object
	if mod != py.None {
		p, err := py.GetAttr(t, mod, strPath)
		if err != nil {
			if isNormalError(err) {
				return py.None, nil
			}
			return nil, err
		}
		path = p
	}
	f, err := findModule(t, full, sub, path, true)
	if err != nil {
		if py.ErrorMatches(err, py.ImportError) {
			return py.None, nil
		}
		return nil, err
	}
	m, err := loadModule(t, full, f)
	if err := addSubmodule(t, mod, m, full, sub, modules); err != nil {
		return nil, err
	}
	if err != nil {
		return nil, err
	}
	return m, nil
}

// isNormalError reports whether err is an ordinary exception (one that
// hasattr() would swallow), not KeyboardInterrupt or SystemExit.
func isNormalError(err error) bool {
	return py.ErrorMatches(err, py.ExceptionType)
}

// addSubmodule makes the module full (just loaded, or nil if loading
// failed but it is in sys.modules anyway) an attribute of its package.
func addSubmodule(t *py.Thread, mod, m py.Object, full, sub string, modules *py.Dict) error {
	if mod == py.None {
		return nil
	}
	if m == nil {
		if m = modules.GetStr(py.NewStr(full)); m == nil {
			return nil
		}
	}
	if pm, ok := mod.(*py.Module); ok {
		pm.Dict.SetStr(py.NewStr(sub), m)
		return nil
	}
	return py.SetAttr(t, mod, py.NewStr(sub), m)
}

// ensureFromlist imports the submodules of the package mod that fromlist
// names and mod lacks as attributes ("*" meaning its __all__).
func ensureFromlist(t *py.Thread, mod py.Object, prefix string, fromlist py.Object, recursive bool) error {
	if _, err := py.GetAttr(t, mod, strPath); err != nil {
		if isNormalError(err) {
			return nil
		}
		return err
	}
	for i := 0; ; i++ {
		item, err := py.GetItem(t, fromlist, py.NewInt(int64(i)))
		if err != nil {
			if py.ErrorMatches(err, py.IndexError) {
				return nil
			}
			return err
		}
		s, ok := item.(*py.Str)
		if !ok {
			return py.Errorf(py.TypeError, "Item in ``from list'' not a string")
		}
		if strings.HasPrefix(s.String(), "*") {
			if recursive {
				continue
			}
			all, err := py.GetAttr(t, mod, strAll)
			if err != nil {
				if isNormalError(err) {
					continue
				}
				return err
			}
			if err := ensureFromlist(t, mod, prefix, all, true); err != nil {
				return err
			}
			continue
		}
		if _, err := py.GetAttr(t, mod, s); err == nil {
			continue
		} else if !isNormalError(err) {
			return err
		}
		if _, err := importSubmodule(t, mod, s.String(), prefix+"."+s.String()); err != nil {
			return err
		}
	}
}
