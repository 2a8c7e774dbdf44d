package builtins

import (
	"os"
	"strings"

	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
)

// importState is what the import system keeps per interpreter.
type importState struct {
	prefix, execPrefix string // sys.prefix, sys.exec_prefix
	libEntry           string // the embedded library's sys.path entry
	lock               int    // depth of imports in progress (imp.lock_held)
	userLock           int    // imp.acquire_lock() count
	reloading          map[string]py.Object
	libCache           string // the embedded library's compiled-code cache folder
	libCacheKnown      bool   // whether libCache has been worked out
}

// importStateOf returns the interpreter's import state.
func importStateOf(t *py.Thread) *importState {
	if st := stateOf(t.Interp); st != nil {
		return &st.imp
	}
	return &importState{}
}

// importVerbose is the -v level.
func importVerbose(t *py.Thread) int {
	if st := stateOf(t.Interp); st != nil {
		return st.opts.Flags[9]
	}
	return 0
}

// verboseMessage writes a -v message to sys.stderr.
func verboseMessage(t *py.Thread, msg string) {
	if f := sysObject(t, "stderr"); f != nil && f != py.None {
		_ = writeString(t, f, msg)
		return
	}
	os.Stderr.WriteString(msg)
}

// VerboseMessage writes msg to sys.stderr when -v is on (for the import
// machinery outside this package: imp, zipimport).
func VerboseMessage(t *py.Thread, msg string) {
	if importVerbose(t) > 0 {
		verboseMessage(t, msg)
	}
}

// callMethod calls o.name(args...).
func callMethod(t *py.Thread, o py.Object, name string, args ...py.Object) (py.Object, error) {
	m, err := py.GetAttr(t, o, py.NewStr(name))
	if err != nil {
		return nil, err
	}
	return py.Call(t, m, args, nil)
}

// LoadModule loads the module name from where findModule found it
// (imp.load_module's work).
func LoadModule(t *py.Thread, name string, f *Found) (py.Object, error) {
	return loadModule(t, name, f)
}

func loadModule(t *py.Thread, name string, f *Found) (py.Object, error) {
	switch f.Kind {
	case PySource:
		return loadSourceModule(t, name, f.Path)
	case PyCompiled:
		return loadCompiledModule(t, name, f.Path)
	case PkgDirectory:
		return loadPackage(t, name, f.Path)
	case CBuiltin:
		return loadBuiltin(t, name)
	case ImpHook:
		if f.Loader == nil {
			return nil, py.Errorf(py.ImportError, "import hook without loader")
		}
		return callMethod(t, f.Loader, "load_module", py.NewStr(name))
	}
	return nil, py.Errorf(py.ImportError, "Don't know how to import %s (type code %d)", truncate(name, 200), int(f.Kind))
}

// loadBuiltin initialises the native module name (init_builtin).
func loadBuiltin(t *py.Thread, name string) (py.Object, error) {
	modules := sysModules(t)
	key := py.NewStr(name)
	if IsBuiltin(name) < 0 {
		// builtins and sys exist from the start.
		if m := modules.GetStr(key); m != nil {
			return m, nil
		}
		switch name {
		case "sys":
			return t.Interp.Sys, nil
		case "builtins":
			return t.Interp.Builtins, nil
		}
	}
	init, ok := nativeModules[name]
	if !ok {
		return nil, py.Errorf(py.ImportError, "No module named %s", truncate(name, 200))
	}
	existing, reinit := modules.GetStr(key).(*py.Module)
	if importVerbose(t) > 0 {
		if reinit {
			verboseMessage(t, "import "+name+" # previously loaded ("+name+")\n")
		} else {
			verboseMessage(t, "import "+name+" # builtin\n")
		}
	}
	m, err := init(t)
	if err != nil {
		return nil, err
	}
	if reinit {
		// Initialising it again (imp.init_builtin, reload) restores the
		// module's initial attributes in the module object already in
		// use, as CPython's _PyImport_FindExtension does.
		var err error
		m.Dict.Range(func(k, v py.Object) bool {
			err = existing.Dict.SetItem(t, k, v)
			return err == nil
		})
		if err != nil {
			return nil, err
		}
		return existing, nil
	}
	if m.Dict.GetStr(strPackage) == nil {
		m.Dict.SetStr(strPackage, py.None)
	}
	modules.SetStr(key, m)
	return m, nil
}

// AddModule returns sys.modules[name], making and registering an empty
// module when there is none (PyImport_AddModule).
func AddModule(t *py.Thread, name string) *py.Module {
	modules := sysModules(t)
	key := py.NewStr(name)
	if m, ok := modules.GetStr(key).(*py.Module); ok {
		return m
	}
	m := NewModule(name)
	modules.SetStr(key, m)
	return m
}

// NewModule makes a module as PyModule_New does: __name__ set, __doc__
// and __package__ None.
func NewModule(name string) *py.Module {
	m := py.NewModule(name)
	m.Dict.SetStr(strPackage, py.None)
	return m
}

// currentBuiltins is the builtins dict of the running code
// (PyEval_GetBuiltins).
func currentBuiltins(t *py.Thread) py.Object {
	if t.Frame != nil && t.Frame.Builtins != nil {
		return t.Frame.Builtins
	}
	if t.Interp.Builtins != nil {
		return t.Interp.Builtins.Dict
	}
	return py.None
}

// ExecCodeModule runs code as the module name (made or reused through
// AddModule) with __file__ set to file (the source's path when file is a
// cache whose source exists; code's filename when file is "") and
// __cached__ to cached (None when ""); it returns sys.modules[name]
// afterwards, and removes the module from sys.modules if the code fails.
func ExecCodeModule(t *py.Thread, name string, code *py.Code, file, cached string) (py.Object, error) {
	m := AddModule(t, name)
	d := m.Dict
	if d.GetStr(strBuiltins) == nil {
		d.SetStr(strBuiltins, currentBuiltins(t))
	}
	if file != "" {
		d.SetStr(strFile, py.NewStr(sourceFile(file)))
	} else {
		d.SetStr(strFile, py.NewStr(code.Filename))
	}
	if cached == "" {
		d.SetStr(strCached, py.None)
	} else {
		d.SetStr(strCached, py.NewStr(cached))
	}
	modules := sysModules(t)
	key := py.NewStr(name)
	if _, err := execCode(t, code, d, d); err != nil {
		if modules.GetStr(key) != nil {
			modules.DelStr(key)
		}
		return nil, err
	}
	if r := modules.GetStr(key); r != nil {
		return r, nil
	}
	return nil, py.Errorf(py.ImportError, "Loaded module %s not found in sys.modules", truncate(name, 200))
}

// sourceFile is get_sourcefile: for a file named *.py?, the source it
// was compiled from when that exists, else the file itself.
func sourceFile(file string) string {
	if len(file) < 4 || !strings.EqualFold(file[len(file)-4:len(file)-1], ".py") {
		return file
	}
	src, err := SourceFromCache(file)
	if err != nil {
		src = file[:len(file)-1]
	}
	if fi, err := os.Stat(src); err == nil && fi.Mode().IsRegular() {
		return src
	}
	return file
}

// CompileModule compiles the source text of a module file: its coding
// declaration applies, warnings go through the warnings machinery and
// errors are Python exceptions (SyntaxError and its kin).
func CompileModule(t *py.Thread, src []byte, filename string) (*py.Code, error) {
	mod, err := parser.ParseFile(filename, src, parser.ExecMode)
	if err != nil {
		return nil, convertCompileError(err)
	}
	return compileAST(t, mod, filename, parser.FileLines(filename, src))
}

// CompileModuleAST compiles a parsed module as CompileModule does.
func CompileModuleAST(t *py.Thread, mod ast.ModType, filename string) (*py.Code, error) {
	return compileAST(t, mod, filename, parser.FileText(filename))
}

func compileAST(t *py.Thread, mod ast.ModType, filename string, lines func(int) (string, bool)) (*py.Code, error) {
	code, err := compiler.Compile(mod, compiler.Options{
		Filename: filename,
		Line:     lines,
		Optimize: interpOptimize(t),
		Warn: func(category, msg string, lineno int) error {
			return warnExplicit(t, category, msg, filename, lineno)
		},
	})
	if err != nil {
		return nil, convertCompileError(err)
	}
	return code, nil
}

// loadSourceModule loads a module from its source file, through its
// bytecode cache when that is current, writing the cache otherwise.
func loadSourceModule(t *py.Thread, name, file string) (py.Object, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, py.NewOSError(py.IOError, err, file)
	}
	fi, err := os.Stat(file)
	if err != nil {
		return nil, py.Errorf(py.RuntimeError, "unable to get file status from '%s'", file)
	}
	verbose := importVerbose(t)
	cfile := CacheFromSource(file, interpOptimize(t) == 0)
	code := readCache(t, cfile, file, fi)
	if code != nil {
		if verbose > 0 {
			verboseMessage(t, "import "+name+" # precompiled from "+cfile+"\n")
		}
		return ExecCodeModule(t, name, code, cfile, cfile)
	}
	code, err = CompileModule(t, src, file)
	if err != nil {
		return nil, err
	}
	if verbose > 0 {
		verboseMessage(t, "import "+name+" # from "+file+"\n")
	}
	if !dontWriteBytecode(t) {
		writeCache(t, code, cfile, fi)
	}
	return ExecCodeModule(t, name, code, file, cfile)
}

// dontWriteBytecode is sys.dont_write_bytecode.
func dontWriteBytecode(t *py.Thread) bool {
	v := sysObject(t, "dont_write_bytecode")
	if v == nil {
		return false
	}
	b, err := py.IsTrue(t, v)
	return err == nil && b
}

// loadCompiledModule loads a module from a bytecode file with no source.
func loadCompiledModule(t *py.Thread, name, cfile string) (py.Object, error) {
	data, err := os.ReadFile(cfile)
	if err != nil {
		return nil, py.NewOSError(py.IOError, err, cfile)
	}
	code, err := decodePyc(data, cfile)
	if err != nil {
		return nil, err
	}
	if importVerbose(t) > 0 {
		verboseMessage(t, "import "+name+" # precompiled from "+cfile+"\n")
	}
	return ExecCodeModule(t, name, code, cfile, cfile)
}

// loadPackage loads the package in the folder dir: a module with
// __path__ [dir], whose __init__ module runs in it.
func loadPackage(t *py.Thread, name, dir string) (py.Object, error) {
	m := AddModule(t, name)
	if importVerbose(t) > 0 {
		verboseMessage(t, "import "+name+" # directory "+dir+"\n")
	}
	d := m.Dict
	file := sourceFile(dir)
	d.SetStr(strFile, py.NewStr(file))
	path := py.NewList(py.NewStr(file))
	d.SetStr(strPath, path)
	f, err := findModule(t, name, "__init__", path, false)
	if err != nil {
		if py.ErrorMatches(err, py.ImportError) {
			return m, nil
		}
		return nil, err
	}
	return loadModule(t, name, f)
}

// warnExplicit issues a compile-time warning of the named category (a
// built-in warning class, "SyntaxWarning" in practice) for filename at
// lineno, through the warning filters (py.WarnExplicit); an error is the
// exception the filters made of it.
func warnExplicit(t *py.Thread, category, msg, filename string, lineno int) error {
	return py.WarnExplicit(t, py.WarningClass(category), msg, filename, lineno)
}

func itoa(i int) string { return py.NewInt(int64(i)).String() }
