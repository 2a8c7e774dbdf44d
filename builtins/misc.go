package builtins

import "github.com/taipan-py/taipan/py"

// callIter is the iterator iter(callable, sentinel) returns: it calls
// callable until the result equals sentinel (or callable raises
// StopIteration).
type callIter struct {
	fn       py.Object // nil once exhausted
	sentinel py.Object
}

var callIterType = &py.Type{Name: "callable_iterator", Iter: selfIter, Next: callIterNext}

func (it *callIter) Type() *py.Type { return callIterType }

func init() { py.RegisterTypes(callIterType) }

func selfIter(t *py.Thread, o py.Object) (py.Object, error) { return o, nil }

func callIterNext(t *py.Thread, o py.Object) (py.Object, error) {
	it := o.(*callIter)
	if it.fn == nil {
		return nil, nil
	}
	v, err := py.Call(t, it.fn, nil, nil)
	if err != nil {
		if py.ErrorMatches(err, py.StopIteration) {
			it.fn = nil
			return nil, nil
		}
		return nil, err
	}
	eq, err := py.Equal(t, it.sentinel, v)
	if err != nil {
		return nil, err
	}
	if eq {
		it.fn = nil
		return nil, nil
	}
	return v, nil
}

// power is pow(a, b, c) (PyNumber_Power): the Pow slot of a's type, of
// b's (first when b's type is a proper subclass of a's), then of c's, the
// first that does not return NotImplemented.
func power(t *py.Thread, a, b, c py.Object) (py.Object, error) {
	ta, tb := a.Type(), b.Type()
	slota := ta.Pow
	var slotb py.TernaryFunc
	if tb != ta {
		slotb = tb.Pow
	}
	if slota != nil {
		if slotb != nil && tb.IsSubtype(ta) {
			r, err := slotb(t, a, b, c)
			if err != nil || r != py.NotImplemented {
				return r, err
			}
			slotb = nil
		}
		r, err := slota(t, a, b, c)
		if err != nil || r != py.NotImplemented {
			return r, err
		}
	}
	if slotb != nil {
		r, err := slotb(t, a, b, c)
		if err != nil || r != py.NotImplemented {
			return r, err
		}
	}
	if c == py.None {
		return nil, py.Errorf(py.TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta.Name, tb.Name)
	}
	tc := c.Type()
	if tc.Pow != nil && tc != ta && tc != tb {
		r, err := tc.Pow(t, a, b, c)
		if err != nil || r != py.NotImplemented {
			return r, err
		}
	}
	return nil, py.Errorf(py.TypeError, "unsupported operand type(s) for pow(): '%s', '%s', '%s'", ta.Name, tb.Name, tc.Name)
}

var (
	strDir   = py.NewStr("__dir__")
	strKeys  = py.NewStr("keys")
	strBases = py.NewStr("__bases__")
	strClass = py.NewStr("__class__")
)

func dir(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o py.Object
	if err := py.UnpackArgs("dir", args, kwnames, 0, 1, &o); err != nil {
		return nil, err
	}
	var names *py.List
	if o == nil {
		if t.Frame == nil {
			return nil, py.Errorf(py.SystemError, "frame does not exist")
		}
		locals, err := t.Frame.LocalsMapping(t)
		if err != nil {
			return nil, err
		}
		keys, err := mappingKeys(t, locals)
		if err != nil {
			return nil, err
		}
		l, ok := keys.(*py.List)
		if !ok {
			return nil, py.Errorf(py.TypeError, "dir(): expected keys() of locals to be a list, not '%s'", keys.Type().Name)
		}
		names = l
	} else {
		l, err := dirObject(t, o)
		if err != nil {
			return nil, err
		}
		names = l
	}
	sort, err := py.GetAttr(t, names, strSort)
	if err != nil {
		return nil, err
	}
	if _, err := py.Call(t, sort, nil, nil); err != nil {
		return nil, err
	}
	return names, nil
}

// mappingKeys is PyMapping_Keys: a list of a dict's keys, else the
// result of the mapping's keys().
func mappingKeys(t *py.Thread, m py.Object) (py.Object, error) {
	if d, ok := m.(*py.Dict); ok && d.Type() == py.DictType {
		return py.NewList(d.Keys()...), nil
	}
	// A dict subclass's own keys() counts (PyDict_CheckExact).
	keys, err := py.GetAttr(t, m, strKeys)
	if err != nil {
		return nil, err
	}
	return py.Call(t, keys, nil, nil)
}

// dirObject is dir(o) before sorting: __dir__ if o's type has one, else
// the keys of a module's __dict__, of a class's __dict__ and its bases',
// or of an object's __dict__ and its class's.
func dirObject(t *py.Thread, o py.Object) (*py.List, error) {
	f, err := lookupSpecial(t, o, strDir)
	if err != nil {
		return nil, err
	}
	if f != nil {
		r, err := py.Call(t, f, nil, nil)
		if err != nil {
			return nil, err
		}
		l, ok := r.(*py.List)
		if !ok {
			return nil, py.Errorf(py.TypeError, "__dir__() must return a list, not %s", r.Type().Name)
		}
		return l, nil
	}
	switch v := o.(type) {
	case *py.Module:
		d, err := py.GetAttr(t, v, strDict)
		if err != nil {
			return nil, err
		}
		dd, ok := d.(*py.Dict)
		if !ok {
			var name *py.Str
			if v.Dict != nil {
				name, _ = v.Dict.GetStr(py.NewStr("__name__")).(*py.Str)
			}
			if name == nil {
				return nil, py.Errorf(py.SystemError, "nameless module")
			}
			return nil, py.Errorf(py.TypeError, "%s.__dict__ is not a dictionary", name)
		}
		return py.NewList(dd.Keys()...), nil
	case *py.Type:
		acc := py.NewDict()
		if err := mergeClassDict(t, acc, v); err != nil {
			return nil, err
		}
		return py.NewList(acc.Keys()...), nil
	}
	acc := py.NewDict()
	if d, err := py.GetAttr(t, o, strDict); err == nil {
		if dd, ok := d.(*py.Dict); ok {
			if err := dictUpdate(t, acc, dd); err != nil {
				return nil, err
			}
		}
	} else if !isException(err) {
		return nil, err
	}
	cls, err := py.GetAttr(t, o, strClass)
	if err == nil {
		if err := mergeClassDict(t, acc, cls); err != nil {
			return nil, err
		}
	} else if !isException(err) {
		return nil, err
	}
	return py.NewList(acc.Keys()...), nil
}

// isException reports whether err is a Python exception (which dir
// swallows where CPython clears the error), as opposed to a Go failure.
func isException(err error) bool {
	_, ok := err.(*py.BaseException)
	return ok
}

// dictUpdate copies src's items into dst.
func dictUpdate(t *py.Thread, dst, src *py.Dict) error {
	var err error
	src.Range(func(k, v py.Object) bool {
		err = dst.SetItem(t, k, v)
		return err == nil
	})
	return err
}

// mergeClassDict adds the keys of cls.__dict__ and, recursively, of its
// __bases__' to acc (merge_class_dict).
func mergeClassDict(t *py.Thread, acc *py.Dict, cls py.Object) error {
	if d, err := py.GetAttr(t, cls, strDict); err == nil {
		if dd, ok := d.(*py.Dict); ok {
			if err := dictUpdate(t, acc, dd); err != nil {
				return err
			}
		} else if err := updateFromMapping(t, acc, d); err != nil {
			return err
		}
	} else if !isException(err) {
		return err
	}
	bases, err := py.GetAttr(t, cls, strBases)
	if err != nil {
		if isException(err) {
			return nil
		}
		return err
	}
	n, err := py.Len(t, bases)
	if err != nil {
		return nil
	}
	for i := 0; i < n; i++ {
		b, err := py.GetItem(t, bases, py.NewInt(int64(i)))
		if err != nil {
			return err
		}
		if err := mergeClassDict(t, acc, b); err != nil {
			return err
		}
	}
	return nil
}

// updateFromMapping adds the items of a mapping that is not a dict (a
// class's __dict__ is a dict proxy) to acc.
func updateFromMapping(t *py.Thread, acc *py.Dict, m py.Object) error {
	keys, err := mappingKeys(t, m)
	if err != nil {
		return err
	}
	it, err := py.Iter(t, keys)
	if err != nil {
		return err
	}
	for {
		k, err := py.Next(t, it)
		if err != nil {
			return err
		}
		if k == nil {
			return nil
		}
		v, err := py.GetItem(t, m, k)
		if err != nil {
			return err
		}
		if err := acc.SetItem(t, k, v); err != nil {
			return err
		}
	}
}
