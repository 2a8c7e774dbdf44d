package builtins

import (
	"strings"

	"github.com/taipan-py/taipan/py"
)

// What the imp module (modules/impmod) and zipimport need of the import
// system beyond findModule and loadModule.

// AcquireImportLock takes the import lock (imp.acquire_lock). Taipan
// runs one thread per interpreter, so the lock is a count.
func AcquireImportLock(t *py.Thread) { importStateOf(t).userLock++ }

// ReleaseImportLock releases the import lock (imp.release_lock).
func ReleaseImportLock(t *py.Thread) error {
	st := importStateOf(t)
	if st.userLock == 0 {
		return py.Errorf(py.RuntimeError, "not holding the import lock")
	}
	st.userLock--
	return nil
}

// ImportLockHeld reports whether the import lock is held: by an import
// in progress or by imp.acquire_lock (imp.lock_held).
func ImportLockHeld(t *py.Thread) bool {
	st := importStateOf(t)
	return st.lock > 0 || st.userLock > 0
}

// Reload re-runs the module m's code in its own namespace, found again
// by the import machinery (imp.reload, PyImport_ReloadModule). If that
// fails, sys.modules keeps m.
func Reload(t *py.Thread, m py.Object) (py.Object, error) {
	mod, ok := m.(*py.Module)
	if !ok {
		return nil, py.Errorf(py.TypeError, "reload() argument must be module")
	}
	n, ok := mod.Dict.GetStr(strName).(*py.Str)
	if !ok {
		return nil, py.Errorf(py.SystemError, "nameless module")
	}
	name := n.String()
	modules := sysModules(t)
	if modules.GetStr(n) != m {
		return nil, py.Errorf(py.ImportError, "reload(): module %s not in sys.modules", truncate(name, 200))
	}
	st := importStateOf(t)
	if st.reloading == nil {
		st.reloading = map[string]py.Object{}
	}
	if existing, ok := st.reloading[name]; ok {
		return existing, nil // a recursive reload
	}
	st.reloading[name] = m
	defer func() { st.reloading = nil }()
	sub := name
	var path py.Object
	if dot := strings.LastIndexByte(name, '.'); dot >= 0 {
		parentName := name[:dot]
		parent := modules.GetStr(py.NewStr(parentName))
		if parent == nil {
			return nil, py.Errorf(py.ImportError, "reload(): parent %s not in sys.modules", parentName)
		}
		sub = name[dot+1:]
		if p, err := py.GetAttr(t, parent, strPath); err == nil {
			path = p
		}
	}
	f, err := findModule(t, name, sub, path, true)
	if err != nil {
		return nil, err
	}
	newm, err := loadModule(t, name, f)
	if err != nil {
		modules.SetStr(n, m)
		return nil, err
	}
	return newm, nil
}

// FindModuleWithHooks asks the importer of each sys.path entry and
// sys.meta_path for fullname, as an import statement would, returning
// where it was found (for runpy-like callers in Go: cmd/taipan's -m).
func FindModuleWithHooks(t *py.Thread, fullname string) (*Found, error) {
	sub, path := fullname, py.Object(nil)
	if dot := strings.LastIndexByte(fullname, '.'); dot >= 0 {
		parent, err := ImportModule(t, fullname[:dot])
		if err != nil {
			return nil, err
		}
		p, err := py.GetAttr(t, parent, strPath)
		if err != nil {
			return nil, py.Errorf(py.ImportError, "No module named %s", fullname)
		}
		sub, path = fullname[dot+1:], p
	}
	return findModule(t, fullname, sub, path, true)
}
