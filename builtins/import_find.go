package builtins

import (
	"os"
	"strings"

	"github.com/taipan-py/taipan/py"
)

// ModuleKind says what findModule found: imp's PY_SOURCE and friends.
type ModuleKind int

// The kinds of module, with imp's values.
const (
	SearchError  ModuleKind = 0
	PySource     ModuleKind = 1
	PyCompiled   ModuleKind = 2
	CExtension   ModuleKind = 3
	PyResource   ModuleKind = 4
	PkgDirectory ModuleKind = 5
	CBuiltin     ModuleKind = 6
	PyFrozen     ModuleKind = 7
	PyCodeRes    ModuleKind = 8
	ImpHook      ModuleKind = 9
)

// Found is where a module was found: its kind, the file or folder (for
// a module of the file system), or the loader (ImpHook).
type Found struct {
	Kind   ModuleKind
	Path   string
	Loader py.Object
}

// suffixes are the files a folder of sys.path is searched for, in order
// (imp.get_suffixes()).
var suffixes = []struct {
	suffix, mode string
	kind         ModuleKind
}{
	{".py", "U", PySource},
	{".pyc", "rb", PyCompiled},
}

// FindModule is imp.find_module's search: the native modules when path
// is nil, then the folders of path (sys.path when nil), without the
// import hooks.
func FindModule(t *py.Thread, name string, path py.Object) (*Found, error) {
	return findModule(t, name, name, path, false)
}

// findModule finds the module fullname, called subname in its package
// (path is the package's __path__, or nil for a top-level module). With
// hooks, sys.meta_path and the importers of sys.path_hooks are asked
// first. A module that is not found is an ImportError.
func findModule(t *py.Thread, fullname, subname string, path py.Object, hooks bool) (*Found, error) {
	verbose := importVerbose(t)
	if hooks {
		metaPath, ok := sysObject(t, "meta_path").(*py.List)
		if !ok {
			return nil, py.Errorf(py.RuntimeError, "sys.meta_path must be a list of import hooks")
		}
		var pathArg py.Object = py.None
		if path != nil {
			pathArg = path
		}
		for _, finder := range append([]py.Object(nil), metaPath.Items...) {
			loader, err := callMethod(t, finder, "find_module", py.NewStr(fullname), pathArg)
			if err != nil {
				return nil, err
			}
			if loader != py.None {
				return &Found{Kind: ImpHook, Loader: loader}, nil
			}
		}
	}
	if path == nil {
		if IsBuiltin(subname) != 0 {
			return &Found{Kind: CBuiltin, Path: subname}, nil
		}
		path = sysObject(t, "path")
	}
	list, ok := path.(*py.List)
	if !ok {
		return nil, py.Errorf(py.RuntimeError, "sys.path must be a list of directory names")
	}
	hooksList, ok := sysObject(t, "path_hooks").(*py.List)
	if !ok {
		return nil, py.Errorf(py.RuntimeError, "sys.path_hooks must be a list of import hooks")
	}
	cache, ok := sysObject(t, "path_importer_cache").(*py.Dict)
	if !ok {
		return nil, py.Errorf(py.RuntimeError, "sys.path_importer_cache must be a dict")
	}
	for i := 0; i < len(list.Items); i++ {
		entry := list.Items[i]
		var dir string
		switch e := entry.(type) {
		case *py.Str:
			dir = e.String()
		case *py.Bytes:
			dir = e.String()
		default:
			continue
		}
		if strings.IndexByte(dir, 0) >= 0 {
			continue
		}
		if hooks {
			importer, err := getPathImporter(t, cache, hooksList, entry)
			if err != nil {
				return nil, err
			}
			if importer != py.None {
				loader, err := callMethod(t, importer, "find_module", py.NewStr(fullname))
				if err != nil {
					return nil, err
				}
				if loader != py.None {
					return &Found{Kind: ImpHook, Loader: loader}, nil
				}
				continue
			}
		}
		base := subname
		if dir != "" {
			if strings.HasSuffix(dir, "/") {
				base = dir + subname
			} else {
				base = dir + "/" + subname
			}
		}
		if fi, err := os.Stat(base); err == nil && fi.IsDir() {
			if findInitModule(t, base) {
				return &Found{Kind: PkgDirectory, Path: base}, nil
			}
			if err := warnMissingInit(t, base); err != nil {
				return nil, err
			}
		}
		for _, s := range suffixes {
			file := base + s.suffix
			if verbose > 1 {
				verboseMessage(t, "# trying "+file+"\n")
			}
			if fi, err := os.Stat(file); err == nil && !fi.IsDir() {
				if f, err := os.Open(file); err == nil {
					f.Close()
					return &Found{Kind: s.kind, Path: file}, nil
				}
			}
		}
	}
	return nil, py.Errorf(py.ImportError, "No module named %s", truncate(subname, 200))
}

// findInitModule reports whether the folder holds __init__.py or
// __init__.pyc.
func findInitModule(t *py.Thread, dir string) bool {
	for _, s := range suffixes {
		file := dir + "/__init__" + s.suffix
		if fi, err := os.Stat(file); err == nil && !fi.IsDir() {
			return true
		}
		if importVerbose(t) > 1 {
			verboseMessage(t, "# trying "+file+"\n")
		}
	}
	return false
}

// warnMissingInit issues 3.2's ImportWarning for a folder named like the
// module without __init__.py (ignored by the default warning filters).
func warnMissingInit(t *py.Thread, dir string) error {
	warnings := sysModules(t).GetStr(py.NewStr("warnings"))
	if warnings == nil {
		return nil
	}
	warn, err := py.GetAttr(t, warnings, py.NewStr("warn"))
	if err != nil {
		return nil
	}
	_, err = py.Call(t, warn, []py.Object{py.NewStr("Not importing directory '" + dir + "': missing __init__.py"), py.ImportWarning, py.NewInt(1)}, nil)
	return err
}

// getPathImporter returns the importer of the sys.path entry p, from
// sys.path_importer_cache or made by the first hook of sys.path_hooks
// that accepts it; None means the entry is a plain folder.
func getPathImporter(t *py.Thread, cache *py.Dict, hooks *py.List, p py.Object) (py.Object, error) {
	if imp, err := cache.GetItem(t, p); err != nil {
		return nil, err
	} else if imp != nil {
		return imp, nil
	}
	// None while the hooks run, so that a hook importing does not
	// recurse.
	if err := cache.SetItem(t, p, py.None); err != nil {
		return nil, err
	}
	var importer py.Object
	for _, hook := range append([]py.Object(nil), hooks.Items...) {
		imp, err := py.Call(t, hook, []py.Object{p}, nil)
		if err == nil {
			importer = imp
			break
		}
		if !py.ErrorMatches(err, py.ImportError) {
			return nil, err
		}
	}
	if importer == nil {
		imp, err := py.Call(t, NullImporterType, []py.Object{p}, nil)
		if err != nil {
			if py.ErrorMatches(err, py.ImportError) {
				return py.None, nil
			}
			return nil, err
		}
		importer = imp
	}
	if err := cache.SetItem(t, p, importer); err != nil {
		return nil, err
	}
	return importer, nil
}

// GetImporter is PyImport_GetImporter: the importer of a sys.path entry.
func GetImporter(t *py.Thread, p py.Object) (py.Object, error) {
	cache, ok1 := sysObject(t, "path_importer_cache").(*py.Dict)
	hooks, ok2 := sysObject(t, "path_hooks").(*py.List)
	if !ok1 || !ok2 {
		return py.None, nil
	}
	return getPathImporter(t, cache, hooks, p)
}

// nullImporter is imp.NullImporter: the importer of a sys.path entry that
// is not a folder, which finds nothing.
type nullImporter struct{}

// NullImporterType is imp.NullImporter.
var NullImporterType = &py.Type{Name: "NullImporter", Module: "imp", Doc: "Null importer object"}

func (*nullImporter) Type() *py.Type { return NullImporterType }

func init() {
	NullImporterType.New = func(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if kwnames != nil && len(kwnames.Items) > 0 {
			return nil, py.Errorf(py.TypeError, "NullImporter() does not take keyword arguments")
		}
		if len(args) != 1 {
			return nil, py.Errorf(py.TypeError, "NullImporter() takes exactly 1 argument (%d given)", len(args))
		}
		path, err := fsPath(args[0])
		if err != nil {
			return nil, err
		}
		if path == "" {
			return nil, py.Errorf(py.ImportError, "empty pathname")
		}
		if fi, err := os.Stat(path); err == nil && fi.IsDir() {
			return nil, py.Errorf(py.ImportError, "existing directory")
		}
		return &nullImporter{}, nil
	}
	NullImporterType.AddMethods(py.MethodDef{Name: "find_module", Doc: "Always return None",
		Fn: func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			var name, path py.Object
			if err := py.ParseTuple("find_module", args, kwnames, 1, 2, &name, &path); err != nil {
				return nil, err
			}
			return py.None, nil
		}})
}
