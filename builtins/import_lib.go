package builtins

import (
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/taipan-py/taipan/lib"
	"github.com/taipan-py/taipan/py"
)

// The standard library embedded in the binary (package lib) is the
// sys.path entry <prefix>/lib/taipan32.zip, a virtual folder: the first
// hook of sys.path_hooks, libimporter, accepts that entry and the
// folders below it (a package's __path__) and finds modules in lib.FS.

// pathHooks are the hooks registered by native modules (zipimport's
// zipimporter), put on sys.path_hooks after libimporter.
var pathHooks []py.Object

// RegisterPathHook adds a hook to the sys.path_hooks of every new
// interpreter. Call it from an init function.
func RegisterPathHook(hook py.Object) { pathHooks = append(pathHooks, hook) }

// initPaths computes sys.prefix and sys.exec_prefix and the library's
// entry: PYTHONHOME (Options.Home, "prefix[:exec_prefix]") when given,
// else the folder above the executable's when that is a bin folder,
// else /usr/local.
func initPaths(st *importState, opts *Options) {
	prefix, exec := "", ""
	switch {
	case opts.Home != "":
		prefix = opts.Home
		if i := strings.IndexByte(prefix, ':'); i >= 0 {
			prefix, exec = prefix[:i], prefix[i+1:]
		}
	case opts.Executable != "" && filepath.Base(filepath.Dir(opts.Executable)) == "bin":
		prefix = filepath.Dir(filepath.Dir(opts.Executable))
	default:
		prefix = "/usr/local"
	}
	if exec == "" {
		exec = prefix
	}
	st.prefix, st.execPrefix = prefix, exec
	st.libEntry = filepath.Join(prefix, "lib", lib.EntryName)
}

// LibEntry returns the embedded library's sys.path entry.
func LibEntry(t *py.Thread) string { return importStateOf(t).libEntry }

// libImporter is the importer of the embedded library, or of one of its
// packages.
type libImporter struct {
	entry string // the sys.path entry it serves
	dir   string // its folder in lib.FS: "" or "importlib/"
}

// LibImporterType is the embedded library's path hook.
var LibImporterType = &py.Type{Name: "libimporter", Module: "taipan",
	Doc: "libimporter(path) -> importer of the standard library built into taipan.\n\n" +
		"path is the library's sys.path entry, or a folder below it."}

func (*libImporter) Type() *py.Type { return LibImporterType }

func init() {
	typ := LibImporterType
	typ.New = func(t *py.Thread, _ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var p py.Object
		if err := py.ParseTuple("libimporter", args, kwnames, 1, 1, &p); err != nil {
			return nil, err
		}
		s, err := fsPath(p)
		if err != nil {
			return nil, err
		}
		root := importStateOf(t).libEntry
		s = strings.TrimRight(s, "/")
		if s == root {
			return &libImporter{entry: s}, nil
		}
		if root != "" && strings.HasPrefix(s, root+"/") {
			dir := s[len(root)+1:]
			if fi, err := fs.Stat(lib.FS, dir); err == nil && fi.IsDir() {
				return &libImporter{entry: s, dir: dir + "/"}, nil
			}
		}
		return nil, py.Errorf(py.ImportError, "not the built-in library")
	}
	typ.Repr = func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewStr("<libimporter object \"" + self.(*libImporter).entry + "\">"), nil
	}
	method := func(name string, fn func(t *py.Thread, li *libImporter, arg string) (py.Object, error)) py.MethodDef {
		return py.MethodDef{Name: name, Fn: func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			var a py.Object
			if err := py.ParseTuple(name, args, kwnames, 1, 1, &a); err != nil {
				return nil, err
			}
			s, ok := a.(*py.Str)
			if !ok {
				return nil, py.Errorf(py.TypeError, "%s() argument 1 must be str, not %s", name, typeName(a))
			}
			return fn(t, self.(*libImporter), s.String())
		}}
	}
	typ.AddMethods(
		py.MethodDef{Name: "find_module", Fn: libFindModule,
			Doc: "find_module(fullname, path=None) -> self or None."},
		method("load_module", func(t *py.Thread, li *libImporter, name string) (py.Object, error) {
			return li.loadModule(t, name)
		}),
		method("get_code", func(t *py.Thread, li *libImporter, name string) (py.Object, error) {
			rel, _, err := li.mustFind(t, name)
			if err != nil {
				return nil, err
			}
			src, err := fs.ReadFile(lib.FS, rel)
			if err != nil {
				return nil, py.NewOSError(py.IOError, err, li.root(t)+"/"+rel)
			}
			code, _, err := compileLibModule(t, rel, src, li.root(t)+"/"+rel)
			if err != nil {
				return nil, err
			}
			return code, nil
		}),
		method("get_source", func(t *py.Thread, li *libImporter, name string) (py.Object, error) {
			rel, _, err := li.mustFind(t, name)
			if err != nil {
				return nil, err
			}
			src, err := fs.ReadFile(lib.FS, rel)
			if err != nil {
				return nil, py.NewOSError(py.IOError, err, li.root(t)+"/"+rel)
			}
			return py.NewStr(strings.ReplaceAll(strings.ReplaceAll(string(src), "\r\n", "\n"), "\r", "\n")), nil
		}),
		method("is_package", func(t *py.Thread, li *libImporter, name string) (py.Object, error) {
			_, pkg, err := li.mustFind(t, name)
			if err != nil {
				return nil, err
			}
			return py.NewBool(pkg), nil
		}),
		method("get_filename", func(t *py.Thread, li *libImporter, name string) (py.Object, error) {
			rel, _, err := li.mustFind(t, name)
			if err != nil {
				return nil, err
			}
			return py.NewStr(li.root(t) + "/" + rel), nil
		}),
		method("get_data", func(t *py.Thread, li *libImporter, p string) (py.Object, error) {
			root := li.root(t)
			rel := strings.TrimPrefix(p, root+"/")
			data, err := fs.ReadFile(lib.FS, path.Clean(rel))
			if err != nil {
				return nil, py.NewOSError(py.IOError, os.ErrNotExist, p)
			}
			return py.NewBytes(string(data)), nil
		}),
	)
	typ.AddMethods(py.MethodDef{Name: "iter_modules", Fn: libIterModules,
		Doc: "iter_modules(prefix='') -> [(prefix + name, ispkg), ...] for the modules\nof the importer's folder (what pkgutil.iter_modules lists)."})
	typ.AddGetSets(
		py.GetSetDef{Name: "archive", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			return py.NewStr(importStateOf(t).libEntry), nil
		}},
		py.GetSetDef{Name: "prefix", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			return py.NewStr(self.(*libImporter).dir), nil
		}},
	)
	py.AddSourceHook(libSource)
}

// root is the library's sys.path entry.
func (li *libImporter) root(t *py.Thread) string {
	return strings.TrimSuffix(li.entry, "/"+strings.TrimSuffix(li.dir, "/"))
}

// find returns the file of module fullname in the importer's folder and
// whether it is a package.
func (li *libImporter) find(fullname string) (string, bool, bool) {
	sub := fullname[strings.LastIndexByte(fullname, '.')+1:]
	if sub == "" {
		return "", false, false
	}
	if init := li.dir + sub + "/__init__.py"; isLibFile(init) {
		return init, true, true
	}
	if file := li.dir + sub + ".py"; isLibFile(file) {
		return file, false, true
	}
	return "", false, false
}

func (li *libImporter) mustFind(t *py.Thread, fullname string) (string, bool, error) {
	rel, pkg, ok := li.find(fullname)
	if !ok {
		// A module known under another name (os.path is posixpath),
		// whose loader runpy asks about the alias: as 3.2's pkgutil
		// loaders say.
		if m, ok := sysModules(t).GetStr(py.NewStr(fullname)).(*py.Module); ok && m.Dict.GetStr(strLoader) == li {
			if n, ok := m.Dict.GetStr(strName).(*py.Str); ok && n.String() != fullname {
				return "", false, py.Errorf(py.ImportError, "Loader for module %s cannot handle module %s", n.String(), fullname)
			}
		}
		return "", false, py.Errorf(py.ImportError, "can't find module '%s'", fullname)
	}
	return rel, pkg, nil
}

func isLibFile(name string) bool {
	fi, err := fs.Stat(lib.FS, name)
	return err == nil && !fi.IsDir()
}

var findModuleKwlist = []string{"fullname", "path"}

func libFindModule(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var name, p py.Object
	if err := py.ParseArgs("find_module", args, kwnames, findModuleKwlist, 1, &name, &p); err != nil {
		return nil, err
	}
	s, ok := name.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "find_module() argument 1 must be str, not %s", typeName(name))
	}
	if _, _, ok := self.(*libImporter).find(s.String()); ok {
		return self, nil
	}
	return py.None, nil
}

// libIterModules lists the modules and packages of the importer's
// folder, sorted by name, for pkgutil.iter_modules.
func libIterModules(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var prefixArg py.Object
	if err := py.ParseArgs("iter_modules", args, kwnames, []string{"prefix"}, 0, &prefixArg); err != nil {
		return nil, err
	}
	prefix := ""
	if prefixArg != nil {
		s, ok := prefixArg.(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "iter_modules() argument 1 must be str, not %s", typeName(prefixArg))
		}
		prefix = s.String()
	}
	li := self.(*libImporter)
	dir := strings.TrimSuffix(li.dir, "/")
	if dir == "" {
		dir = "."
	}
	entries, err := fs.ReadDir(lib.FS, dir)
	if err != nil {
		return py.NewList(), nil
	}
	out := py.NewList()
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir():
			if strings.IndexByte(name, '.') < 0 && isLibFile(li.dir+name+"/__init__.py") {
				out.Append(py.NewTuple(py.NewStr(prefix+name), py.True))
			}
		case strings.HasSuffix(name, ".py"):
			stem := strings.TrimSuffix(name, ".py")
			if stem != "__init__" && stem != "" && strings.IndexByte(stem, '.') < 0 {
				out.Append(py.NewTuple(py.NewStr(prefix+stem), py.False))
			}
		}
	}
	return out, nil
}

// loadModule runs the library module fullname.
func (li *libImporter) loadModule(t *py.Thread, fullname string) (py.Object, error) {
	rel, pkg, err := li.mustFind(t, fullname)
	if err != nil {
		return nil, err
	}
	src, err := fs.ReadFile(lib.FS, rel)
	if err != nil {
		return nil, py.Errorf(py.ImportError, "can't find module '%s'", fullname)
	}
	root := li.root(t)
	file := root + "/" + rel
	code, cfile, err := compileLibModule(t, rel, src, file)
	if err != nil {
		return nil, err
	}
	m := AddModule(t, fullname)
	d := m.Dict
	if d.GetStr(strBuiltins) == nil {
		d.SetStr(strBuiltins, currentBuiltins(t))
	}
	d.SetStr(strFile, py.NewStr(file))
	d.SetStr(strLoader, li)
	if pkg {
		d.SetStr(strPath, py.NewList(py.NewStr(root+"/"+strings.TrimSuffix(rel, "/__init__.py"))))
	}
	if importVerbose(t) > 0 {
		if cfile != "" {
			verboseMessage(t, "import "+fullname+" # precompiled from "+cfile+"\n")
		} else {
			verboseMessage(t, "import "+fullname+" # from "+file+"\n")
		}
	}
	return ExecCodeModule(t, fullname, code, file, "")
}

// libSource gives tracebacks the text of a library module.
func libSource(t *py.Thread, filename string) ([]byte, bool) {
	if t == nil || t.Interp == nil {
		return nil, false
	}
	root := importStateOf(t).libEntry
	if root == "" || !strings.HasPrefix(filename, root+"/") {
		return nil, false
	}
	data, err := fs.ReadFile(lib.FS, filename[len(root)+1:])
	return data, err == nil
}
