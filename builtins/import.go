package builtins

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
)

// A first import system: __import__ finds modules in sys.modules, among
// the native modules registered with RegisterModule, and as .py files or
// packages (folders with __init__.py) on sys.path, with CPython 3.2's
// rules for packages, relative imports and fromlist. The full import
// machinery (imp, .pyc caches, path hooks) is a later issue.

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

// cacheTag names Taipan's bytecode caches (imp.get_tag()).
const cacheTag = "taipan-32"

var (
	strName     = py.NewStr("__name__")
	strPackage  = py.NewStr("__package__")
	strPath     = py.NewStr("__path__")
	strFile     = py.NewStr("__file__")
	strCached   = py.NewStr("__cached__")
	strBuiltins = py.NewStr("__builtins__")
	strAll      = py.NewStr("__all__")
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
	level := -1
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
	return sysModules(t).GetStr(py.NewStr(name)), nil
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
	if name == "" && level <= 0 {
		return nil, py.Errorf(py.ValueError, "Empty module name")
	}
	parentName, parent, err := importParent(t, globals, level)
	if err != nil {
		return nil, err
	}
	var altParent py.Object
	if level < 0 {
		altParent = nil // implicit relative import: try relative, then absolute
	} else {
		altParent = parent
	}
	rest := name
	head, prefix, err := loadNext(t, parent, altParent, &rest, parentName, level < 0)
	if err != nil {
		return nil, err
	}
	tail := head
	for rest != "" {
		next, p, err := loadNext(t, tail, tail, &rest, prefix, false)
		if err != nil {
			return nil, err
		}
		tail, prefix = next, p
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
// name and module, or "" and nil.
func importParent(t *py.Thread, globals *py.Dict, level int) (string, py.Object, error) {
	if globals == nil || level == 0 {
		return "", nil, nil
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
			return "", nil, nil
		}
	} else {
		n, ok := globals.GetStr(strName).(*py.Str)
		if !ok {
			return "", nil, nil
		}
		modname := n.String()
		if globals.GetStr(strPath) != nil {
			pkg = modname
		} else {
			dot := strings.LastIndexByte(modname, '.')
			if dot < 0 {
				if level > 0 {
					return "", nil, py.Errorf(py.ValueError, "Attempted relative import in non-package")
				}
				globals.SetStr(strPackage, py.None)
				return "", nil, nil
			}
			pkg = modname[:dot]
		}
		globals.SetStr(strPackage, py.NewStr(pkg))
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
		if level < 1 {
			return "", nil, nil
		}
		return "", nil, py.Errorf(py.SystemError, "Parent module '%s' not loaded, cannot perform relative import", pkg)
	}
	return pkg, parent, nil
}

// loadNext imports the first component of *rest (consuming it) inside
// parent (a package, or nil for the top level), trying the top level too
// when tryAbsolute; it returns the module and its full name.
func loadNext(t *py.Thread, parent, altParent py.Object, rest *string, prefix string, tryAbsolute bool) (py.Object, string, error) {
	name := *rest
	if name == "" {
		// "from . import x": the package itself.
		if parent == nil {
			return py.None, prefix, nil
		}
		return parent, prefix, nil
	}
	sub := name
	if dot := strings.IndexByte(name, '.'); dot >= 0 {
		sub, *rest = name[:dot], name[dot+1:]
	} else {
		*rest = ""
	}
	if sub == "" {
		return nil, "", py.Errorf(py.ValueError, "Empty module name")
	}
	full := sub
	if prefix != "" {
		full = prefix + "." + sub
	}
	m, err := importSubmodule(t, parent, sub, full)
	if err != nil {
		return nil, "", err
	}
	if m == nil && tryAbsolute && parent != nil {
		full = sub
		if m, err = importSubmodule(t, nil, sub, full); err != nil {
			return nil, "", err
		}
	}
	if m == nil {
		return nil, "", py.Errorf(py.ImportError, "No module named %s", sub)
	}
	return m, full, nil
}

// importSubmodule imports the module full (named sub in parent), or
// returns nil when it cannot be found.
func importSubmodule(t *py.Thread, parent py.Object, sub, full string) (py.Object, error) {
	modules := sysModules(t)
	if m := modules.GetStr(py.NewStr(full)); m != nil {
		return m, nil
	}
	var path py.Object
	if parent == nil {
		if init, ok := nativeModules[full]; ok {
			m, err := init(t)
			if err != nil {
				return nil, err
			}
			modules.SetStr(py.NewStr(full), m)
			return m, nil
		}
		path = sysObject(t, "path")
	} else {
		p, err := py.GetAttr(t, parent, strPath)
		if err != nil {
			if py.ErrorMatches(err, py.AttributeError) {
				return nil, nil
			}
			return nil, err
		}
		path = p
	}
	file, pkgDir, err := findModule(t, sub, path)
	if err != nil || file == "" {
		return nil, err
	}
	m, err := loadSourceModule(t, full, file, pkgDir)
	if err != nil {
		return nil, err
	}
	if parent != nil {
		if err := py.SetAttr(t, parent, py.NewStr(sub), m); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// findModule searches the folders of path (a list of str) for sub.py or
// the package sub/__init__.py, returning the file and, for a package,
// its folder.
func findModule(t *py.Thread, sub string, path py.Object) (file, pkgDir string, err error) {
	l, ok := path.(*py.List)
	if !ok {
		return "", "", nil
	}
	for _, entry := range append([]py.Object(nil), l.Items...) {
		s, ok := entry.(*py.Str)
		if !ok {
			continue
		}
		dir := s.String()
		base := filepath.Join(dir, sub)
		if dir == "" {
			base = sub
		}
		if st, err := os.Stat(base); err == nil && st.IsDir() {
			init := filepath.Join(base, "__init__.py")
			if st, err := os.Stat(init); err == nil && !st.IsDir() {
				return init, base, nil
			}
		}
		if st, err := os.Stat(base + ".py"); err == nil && !st.IsDir() {
			return base + ".py", "", nil
		}
	}
	return "", "", nil
}

// cacheFromSource is imp.cache_from_source(path).
func cacheFromSource(path string) string {
	dir, file := filepath.Split(path)
	base := strings.TrimSuffix(file, filepath.Ext(file))
	return filepath.Join(dir, "__pycache__", base+"."+cacheTag+".pyc")
}

// loadSourceModule runs the source file as the module name, registered
// in sys.modules while it runs (and removed if it fails).
func loadSourceModule(t *py.Thread, name, file, pkgDir string) (py.Object, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, py.NewOSError(py.IOError, err, file)
	}
	mod, err := parser.ParseFile(file, src, parser.ExecMode)
	if err != nil {
		return nil, convertCompileError(err)
	}
	code, err := compiler.Compile(mod, compiler.Options{
		Filename: file,
		Line:     parser.FileLines(file, src),
		Optimize: interpOptimize(t),
		Warn: func(category, msg string, lineno int) error {
			return warnExplicit(t, category, msg, file, lineno)
		},
	})
	if err != nil {
		return nil, convertCompileError(err)
	}
	m := py.NewModule(name)
	d := m.Dict
	if pkgDir != "" {
		d.SetStr(strPath, py.NewList(py.NewStr(pkgDir)))
	}
	d.SetStr(strFile, py.NewStr(file))
	d.SetStr(strCached, py.NewStr(cacheFromSource(file)))
	d.SetStr(strPackage, py.None)
	if t.Frame != nil && t.Frame.Builtins != nil {
		d.SetStr(strBuiltins, t.Frame.Builtins)
	} else if t.Interp.Builtins != nil {
		d.SetStr(strBuiltins, t.Interp.Builtins.Dict)
	}
	modules := sysModules(t)
	key := py.NewStr(name)
	modules.SetStr(key, m)
	if _, err := execCode(t, code, d, d); err != nil {
		modules.DelStr(key)
		return nil, err
	}
	// The module may have replaced itself in sys.modules.
	if r := modules.GetStr(key); r != nil {
		return r, nil
	}
	return nil, py.Errorf(py.ImportError, "Loaded module %s not found in sys.modules", name)
}

// ensureFromlist imports the submodules of the package mod that fromlist
// names and mod lacks as attributes ("*" meaning its __all__).
func ensureFromlist(t *py.Thread, mod py.Object, prefix string, fromlist py.Object, recursive bool) error {
	if _, err := py.GetAttr(t, mod, strPath); err != nil {
		if py.ErrorMatches(err, py.AttributeError) {
			return nil
		}
		return err
	}
	it, err := py.Iter(t, fromlist)
	if err != nil {
		return err
	}
	for {
		item, err := py.Next(t, it)
		if err != nil || item == nil {
			return err
		}
		s, ok := item.(*py.Str)
		if !ok {
			return py.Errorf(py.TypeError, "Item in ``from list'' must be str, not %s", item.Type().Name)
		}
		if s.String() == "*" {
			if recursive {
				continue
			}
			all, err := py.GetAttr(t, mod, strAll)
			if err != nil {
				if py.ErrorMatches(err, py.AttributeError) {
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
		} else if !py.ErrorMatches(err, py.AttributeError) {
			return err
		}
		if _, err := importSubmodule(t, mod, s.String(), prefix+"."+s.String()); err != nil {
			return err
		}
	}
}

// warnExplicit issues a warning of the named category for filename at
// lineno, as the warnings module's default action prints it to
// sys.stderr: "file:line: Category: message".
func warnExplicit(t *py.Thread, category, msg, filename string, lineno int) error {
	text := filename + ":" + itoa(lineno) + ": " + category + ": " + msg + "\n"
	if line, ok := parser.FileText(filename)(lineno); ok && strings.TrimSpace(line) != "" {
		text += "  " + strings.TrimSpace(line) + "\n"
	}
	return writeString(t, sysObject(t, "stderr"), text)
}

func itoa(i int) string { return py.NewInt(int64(i)).String() }
