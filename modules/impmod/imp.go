// Package impmod is the imp module of Python 3.2: access to the import
// machinery of package builtins (find_module, load_module, reload, the
// import lock, the bytecode cache paths of PEP 3147, NullImporter). It
// registers itself with builtins.RegisterModule; modules/all links it in.
package impmod

import (
	"bytes"
	"regexp"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("imp", newModule) }

const doc = "This module provides the components needed to build your own\n" +
	"__import__ function.  Undocumented functions are obsolete."

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("imp")
	d := m.Dict
	d.SetStr(py.NewStr("__doc__"), py.NewStr(doc))
	for _, c := range []struct {
		name string
		v    builtins.ModuleKind
	}{
		{"SEARCH_ERROR", builtins.SearchError}, {"PY_SOURCE", builtins.PySource},
		{"PY_COMPILED", builtins.PyCompiled}, {"C_EXTENSION", builtins.CExtension},
		{"PY_RESOURCE", builtins.PyResource}, {"PKG_DIRECTORY", builtins.PkgDirectory},
		{"C_BUILTIN", builtins.CBuiltin}, {"PY_FROZEN", builtins.PyFrozen},
		{"PY_CODERESOURCE", builtins.PyCodeRes}, {"IMP_HOOK", builtins.ImpHook},
	} {
		d.SetStr(py.NewStr(c.name), py.NewInt(int64(c.v)))
	}
	d.SetStr(py.NewStr("NullImporter"), builtins.NullImporterType)
	m.AddFunction("get_magic", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("get_magic", args, kwnames); err != nil {
			return nil, err
		}
		return py.NewBytes(string(builtins.Magic[:])), nil
	}, "get_magic() -> string\nReturn the magic number for .pyc or .pyo files.")
	m.AddFunction("get_tag", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("get_tag", args, kwnames); err != nil {
			return nil, err
		}
		return py.NewStr(builtins.CacheTag), nil
	}, "get_tag() -> string\nReturn the magic tag for .pyc or .pyo files.")
	m.AddFunction("get_suffixes", getSuffixes, "get_suffixes() -> [(suffix, mode, type), ...]\n"+
		"Return a list of (suffix, mode, type) tuples describing the files\nthat find_module() looks for.")
	m.AddFunction("find_module", findModule, "find_module(name, [path]) -> (file, filename, (suffix, mode, type))\n"+
		"Search for a module.  If path is omitted or None, search for a\n"+
		"built-in, frozen or special module and continue search in sys.path.\n"+
		"The module name cannot contain '.'; to search for a submodule of a\npackage, pass the submodule name and the package's __path__.")
	m.AddFunction("load_module", loadModule, "load_module(name, file, filename, (suffix, mode, type)) -> module\n"+
		"Load a module, given information returned by find_module().\n"+
		"The module name must include the full package name, if any.")
	m.AddFunction("load_source", loadFile("load_source", builtins.PySource), "")
	m.AddFunction("load_compiled", loadFile("load_compiled", builtins.PyCompiled), "")
	m.AddFunction("load_package", loadPackage, "")
	m.AddFunction("new_module", newModuleFunc, "new_module(name) -> module\n"+
		"Create a new module.  Do not enter it in sys.modules.\nThe module name must include the full package name, if any.")
	m.AddFunction("reload", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		mod, err := py.OneArg("reload", args, kwnames)
		if err != nil {
			return nil, err
		}
		return builtins.Reload(t, mod)
	}, "reload(module) -> module\n\nReload the module. The module must have been successfully imported before.")
	m.AddFunction("acquire_lock", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("acquire_lock", args, kwnames); err != nil {
			return nil, err
		}
		builtins.AcquireImportLock(t)
		return py.None, nil
	}, "acquire_lock() -> None\nAcquires the interpreter's import lock for the current thread.\n"+
		"This lock should be used by import hooks to ensure thread-safety\nwhen importing modules.\n"+
		"On platforms without threads, this function does nothing.")
	m.AddFunction("release_lock", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("release_lock", args, kwnames); err != nil {
			return nil, err
		}
		if err := builtins.ReleaseImportLock(t); err != nil {
			return nil, err
		}
		return py.None, nil
	}, "release_lock() -> None\nRelease the interpreter's import lock.\nOn platforms without threads, this function does nothing.")
	m.AddFunction("lock_held", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("lock_held", args, kwnames); err != nil {
			return nil, err
		}
		return py.NewBool(builtins.ImportLockHeld(t)), nil
	}, "lock_held() -> boolean\nReturn True if the import lock is currently held, else False.\n"+
		"On platforms without threads, return False.")
	nameArg := func(fname string, fn func(t *py.Thread, name string) (py.Object, error)) py.BuiltinFunc {
		return func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			var o py.Object
			if err := py.ParseTuple(fname, args, kwnames, 1, 1, &o); err != nil {
				return nil, err
			}
			s, ok := o.(*py.Str)
			if !ok {
				return nil, py.Errorf(py.TypeError, "%s() argument 1 must be str, not %s", fname, typeName(o))
			}
			return fn(t, s.String())
		}
	}
	m.AddFunction("is_builtin", nameArg("is_builtin", func(t *py.Thread, name string) (py.Object, error) {
		return py.NewInt(int64(builtins.IsBuiltin(name))), nil
	}), "")
	m.AddFunction("is_frozen", nameArg("is_frozen", func(t *py.Thread, name string) (py.Object, error) {
		return py.False, nil
	}), "")
	m.AddFunction("is_frozen_package", nameArg("is_frozen_package", func(t *py.Thread, name string) (py.Object, error) {
		return nil, py.Errorf(py.ImportError, "No such frozen object named %s", name)
	}), "")
	m.AddFunction("get_frozen_object", nameArg("get_frozen_object", func(t *py.Thread, name string) (py.Object, error) {
		return nil, py.Errorf(py.ImportError, "No such frozen object named %s", name)
	}), "")
	m.AddFunction("init_frozen", nameArg("init_frozen", func(t *py.Thread, name string) (py.Object, error) {
		return py.None, nil
	}), "")
	m.AddFunction("init_builtin", nameArg("init_builtin", func(t *py.Thread, name string) (py.Object, error) {
		if builtins.IsBuiltin(name) < 0 {
			return nil, py.Errorf(py.ImportError, "Cannot re-init internal module %s", name)
		}
		if builtins.IsBuiltin(name) == 0 {
			return py.None, nil
		}
		return builtins.LoadModule(t, name, &builtins.Found{Kind: builtins.CBuiltin, Path: name})
	}), "")
	m.AddFunction("cache_from_source", cacheFromSource, "cache_from_source(path, [debug_override]) -> path\n"+
		"Given the path to a .py file, return the path to its .pyc/.pyo file.\n\n"+
		"The .py file does not need to exist; this simply returns the path to the\n"+
		".pyc/.pyo file calculated as if the .py file were imported.  The extension\n"+
		"will be .pyc unless __debug__ is not defined, then it will be .pyo.\n\n"+
		"If debug_override is not None, then it must be a boolean and is taken as\n"+
		"the value of __debug__ instead.")
	m.AddFunction("source_from_cache", sourceFromCache, "source_from_cache(path) -> path\n"+
		"Given the path to a .pyc./.pyo file, return the path to its .py file.\n\n"+
		"The .pyc/.pyo file does not need to exist; this simply returns the path to\n"+
		"the .py file calculated to correspond to the .pyc/.pyo file.  If path\n"+
		"does not conform to PEP 3147 format, ValueError will be raised.")
	return m, nil
}

func typeName(o py.Object) string {
	if o == py.None {
		return "None"
	}
	return o.Type().Name
}

// fsPath converts a path argument as PyUnicode_FSConverter does.
func fsPath(o py.Object) (string, error) {
	switch v := o.(type) {
	case *py.Str:
		return v.String(), nil
	case *py.Bytes:
		return v.String(), nil
	}
	return "", py.Errorf(py.TypeError, "Can't convert '%s' object to str implicitly", o.Type().Name)
}

var suffixes = []struct {
	suffix, mode string
	kind         builtins.ModuleKind
}{{".py", "U", builtins.PySource}, {".pyc", "rb", builtins.PyCompiled}}

func getSuffixes(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("get_suffixes", args, kwnames); err != nil {
		return nil, err
	}
	l := py.NewList()
	for _, s := range suffixes {
		l.Items = append(l.Items, py.NewTuple(py.NewStr(s.suffix), py.NewStr(s.mode), py.NewInt(int64(s.kind))))
	}
	return l, nil
}

// description is the (suffix, mode, type) of a kind of module.
func description(k builtins.ModuleKind) py.Object {
	for _, s := range suffixes {
		if s.kind == k {
			return py.NewTuple(py.NewStr(s.suffix), py.NewStr(s.mode), py.NewInt(int64(k)))
		}
	}
	return py.NewTuple(py.NewStr(""), py.NewStr(""), py.NewInt(int64(k)))
}

// codingRE is PEP 263's coding declaration.
var codingRE = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// sourceEncoding is the encoding a source file declares, utf-8 if none.
func sourceEncoding(src []byte) string {
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		return "utf-8"
	}
	for i := 0; i < 2 && len(src) > 0; i++ {
		line := src
		if j := bytes.IndexByte(src, '\n'); j >= 0 {
			line, src = src[:j], src[j+1:]
		} else {
			src = nil
		}
		if m := codingRE.FindSubmatch(line); m != nil {
			return string(m[1])
		}
		if t := bytes.TrimLeft(line, " \t\f\r"); len(t) > 0 && t[0] != '#' {
			break
		}
	}
	return "utf-8"
}

// openFile opens a file found by find_module as builtins.open does.
func openFile(t *py.Thread, path, mode string) (py.Object, error) {
	open := t.Interp.Builtins.Dict.GetStr(py.NewStr("open"))
	if mode == "U" {
		mode = "r"
	}
	args := []py.Object{py.NewStr(path), py.NewStr(mode)}
	var kw *py.Tuple
	if mode == "r" {
		src, _ := readHead(path)
		args = append(args, py.NewStr(sourceEncoding(src)))
		kw = py.NewTuple(py.NewStr("encoding"))
	}
	return py.Call(t, open, args, kw)
}

func findModule(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var nameArg, path py.Object
	if err := py.ParseTuple("find_module", args, kwnames, 1, 2, &nameArg, &path); err != nil {
		return nil, err
	}
	name, err := fsPath(nameArg)
	if err != nil {
		return nil, err
	}
	if path == py.None {
		path = nil
	}
	f, err := builtins.FindModule(t, name, path)
	if err != nil {
		return nil, err
	}
	var file py.Object = py.None
	for _, s := range suffixes {
		if s.kind == f.Kind {
			if file, err = openFile(t, f.Path, s.mode); err != nil {
				return nil, err
			}
		}
	}
	return py.NewTuple(file, py.NewStr(f.Path), description(f.Kind)), nil
}

func loadModule(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var nameArg, file, pathArg, desc py.Object
	if err := py.ParseTuple("load_module", args, kwnames, 4, 4, &nameArg, &file, &pathArg, &desc); err != nil {
		return nil, err
	}
	name, ok := nameArg.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "load_module() argument 1 must be str, not %s", typeName(nameArg))
	}
	path, err := fsPath(pathArg)
	if err != nil {
		return nil, err
	}
	d, ok := desc.(*py.Tuple)
	if !ok || len(d.Items) != 3 {
		return nil, py.Errorf(py.TypeError, "load_module() argument 4 must be tuple, not %s", typeName(desc))
	}
	mode, ok := d.Items[1].(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "must be str, not %s", typeName(d.Items[1]))
	}
	kindN, err := py.ArgInt(t, d.Items[2])
	if err != nil {
		return nil, err
	}
	if m := mode.String(); m != "" && (m[0] != 'r' && m[0] != 'U' || len(m) > 1 && m[0] == 'U' && m[1] != 'r' && m[1] != 'b') {
		return nil, py.Errorf(py.ValueError, "invalid file open mode %s", m)
	}
	kind := builtins.ModuleKind(kindN)
	if (kind == builtins.PySource || kind == builtins.PyCompiled) && file == py.None {
		return nil, py.Errorf(py.ValueError, "file object required for import (type code %d)", kindN)
	}
	return builtins.LoadModule(t, name.String(), &builtins.Found{Kind: kind, Path: path})
}

// loadFile is load_source and load_compiled: (name, pathname[, file]).
func loadFile(fname string, kind builtins.ModuleKind) py.BuiltinFunc {
	return func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var nameArg, pathArg, file py.Object
		if err := py.ParseTuple(fname, args, kwnames, 2, 3, &nameArg, &pathArg, &file); err != nil {
			return nil, err
		}
		name, ok := nameArg.(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "%s() argument 1 must be str, not %s", fname, typeName(nameArg))
		}
		path, err := fsPath(pathArg)
		if err != nil {
			return nil, err
		}
		if _, err := statFile(path); err != nil {
			return nil, py.NewOSError(py.IOError, err, path)
		}
		return builtins.LoadModule(t, name.String(), &builtins.Found{Kind: kind, Path: path})
	}
}

func loadPackage(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var nameArg, pathArg py.Object
	if err := py.ParseTuple("load_package", args, kwnames, 2, 2, &nameArg, &pathArg); err != nil {
		return nil, err
	}
	name, ok := nameArg.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "load_package() argument 1 must be str, not %s", typeName(nameArg))
	}
	path, err := fsPath(pathArg)
	if err != nil {
		return nil, err
	}
	return builtins.LoadModule(t, name.String(), &builtins.Found{Kind: builtins.PkgDirectory, Path: path})
}

func newModuleFunc(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o py.Object
	if err := py.ParseTuple("new_module", args, kwnames, 1, 1, &o); err != nil {
		return nil, err
	}
	s, ok := o.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "new_module() argument 1 must be str, not %s", typeName(o))
	}
	return builtins.NewModule(s.String()), nil
}

var cacheKwlist = []string{"path", "debug_override"}

func cacheFromSource(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var p, debugArg py.Object
	if err := py.ParseArgs("cache_from_source", args, kwnames, cacheKwlist, 1, &p, &debugArg); err != nil {
		return nil, err
	}
	path, err := fsPath(p)
	if err != nil {
		return nil, err
	}
	debug := true
	if o := t.Interp.Builtins.Dict.GetStr(py.NewStr("__debug__")); o == py.False {
		debug = false
	}
	if debugArg != nil {
		if debug, err = py.IsTrue(t, debugArg); err != nil {
			return nil, err
		}
	}
	return py.NewStr(builtins.CacheFromSource(path, debug)), nil
}

func sourceFromCache(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var p py.Object
	if err := py.ParseArgs("source_from_cache", args, kwnames, cacheKwlist[:1], 1, &p); err != nil {
		return nil, err
	}
	path, err := fsPath(p)
	if err != nil {
		return nil, err
	}
	src, err := builtins.SourceFromCache(path)
	if err != nil {
		return nil, err
	}
	return py.NewStr(src), nil
}
