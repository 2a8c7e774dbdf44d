package vm

import (
	"strings"

	"github.com/taipan-py/taipan/py"
)

var strAdd = py.NewStr("add")

// setAdd is SET_ADD: s.add(v) for the set a comprehension builds.
func setAdd(t *py.Thread, s, v py.Object) error {
	add, err := py.GetAttr(t, s, strAdd)
	if err != nil {
		return err
	}
	args := [1]py.Object{v}
	_, err = py.Call(t, add, args[:], nil)
	return err
}

// buildSet is BUILD_SET: a new set of items.
func buildSet(t *py.Thread, items []py.Object) (py.Object, error) {
	s, err := py.Call(t, py.SetType, nil, nil)
	if err != nil {
		return nil, err
	}
	// CPython 3.2 pops the items off the stack, so the last is added
	// first: {1, True} is {True}.
	for i := len(items) - 1; i >= 0; i-- {
		if err := setAdd(t, s, items[i]); err != nil {
			return nil, err
		}
	}
	return s, nil
}

var strDisplayhook = py.NewStr("displayhook")

// printExpr is PRINT_EXPR: sys.displayhook(v), as the interactive
// prompt shows the value of an expression statement.
func (ev *evaluator) printExpr(t *py.Thread, v py.Object) error {
	var hook py.Object
	if t.Interp.Sys != nil {
		hook = t.Interp.Sys.Dict.GetStr(strDisplayhook)
	}
	if hook == nil {
		return py.Errorf(py.RuntimeError, "lost sys.displayhook")
	}
	args := [1]py.Object{v}
	_, err := py.Call(t, hook, args[:], nil)
	return err
}

var (
	strImport = py.NewStr("__import__")
	strAll    = py.NewStr("__all__")
	strDict   = py.NewStr("__dict__")
)

// importName is IMPORT_NAME: builtins.__import__(name, globals, locals,
// fromlist, level).
func importName(t *py.Thread, f *py.Frame, name *py.Str, fromlist, level py.Object) (py.Object, error) {
	imp := f.Builtins.GetStr(strImport)
	if imp == nil {
		return nil, py.Errorf(py.ImportError, "__import__ not found")
	}
	var locals py.Object = py.None
	if f.Locals != nil {
		locals = f.Locals
	}
	args := [5]py.Object{name, f.Globals, locals, fromlist, level}
	n := 5
	if l, ok := level.(*py.Int); ok {
		if v, ok := l.Int64(); ok && v == -1 {
			n = 4
		}
	}
	return py.Call(t, imp, args[:n], nil)
}

// importFrom is IMPORT_FROM: the attribute name of the module, an
// ImportError when it has none.
func importFrom(t *py.Thread, mod py.Object, name *py.Str) (py.Object, error) {
	v, err := py.GetAttr(t, mod, name)
	if err != nil && py.ErrorMatches(err, py.AttributeError) {
		return nil, py.Errorf(py.ImportError, "cannot import name %s", name)
	}
	return v, err
}

// importStar is IMPORT_STAR: every public name of the module (those of
// its __all__, else those of its __dict__ not starting with an
// underscore) stored in the frame's locals.
func importStar(t *py.Thread, f *py.Frame, mod py.Object) error {
	if f.Locals == nil {
		return py.Errorf(py.SystemError, "no locals found during 'import *'")
	}
	all, err := py.GetAttr(t, mod, strAll)
	skipPrivate := false
	if err != nil {
		if !py.ErrorMatches(err, py.AttributeError) {
			return err
		}
		d, err := py.GetAttr(t, mod, strDict)
		if err != nil {
			if !py.ErrorMatches(err, py.AttributeError) {
				return err
			}
			return py.Errorf(py.ImportError, "from-import-* object has no __dict__ and no __all__")
		}
		if dd, ok := d.(*py.Dict); ok {
			all = py.NewList(dd.Keys()...)
		} else {
			keys, err := py.GetAttr(t, d, strKeys)
			if err != nil {
				return err
			}
			if all, err = py.Call(t, keys, nil, nil); err != nil {
				return err
			}
		}
		skipPrivate = true
	}
	names, err := py.Collect(t, all)
	if err != nil {
		return err
	}
	for _, n := range names {
		name, ok := n.(*py.Str)
		if !ok {
			return py.Errorf(py.TypeError, "attribute name must be string, not '%s'", n.Type().Name)
		}
		if skipPrivate && strings.HasPrefix(name.String(), "_") {
			continue
		}
		v, err := py.GetAttr(t, mod, name)
		if err != nil {
			return err
		}
		if d, ok := f.Locals.(*py.Dict); ok && d.Type() == py.DictType {
			d.SetStr(name, v)
		} else if err := py.SetItem(t, f.Locals, name, v); err != nil {
			return err
		}
	}
	return nil
}
