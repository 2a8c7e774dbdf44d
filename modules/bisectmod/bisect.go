// Package bisectmod is the _bisect module of CPython 3.2: binary search
// (bisect_left, bisect_right) and sorted insertion (insort_left,
// insort_right) in Go, for lists directly and for any sequence through
// its item access and insert method. lib/python/bisect.py imports them
// from here. It registers itself with the builtins package's module
// table; modules/all links it in.
package bisectmod

import (
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("_bisect", newModule) }

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_bisect")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("Binary search and sorted insertion, in Go."))
	m.AddFunction("bisect_right", search("bisect_right", true, false), "bisect_right(a, x[, lo[, hi]]): where to insert x after the items equal to it")
	// bisect and insort are the same functions as bisect_right and
	// insort_right (equal to them, as in CPython).
	m.Dict.SetStr(py.NewStr("bisect"), m.Dict.GetStr(py.NewStr("bisect_right")))
	m.AddFunction("bisect_left", search("bisect_left", false, false), "bisect_left(a, x[, lo[, hi]]): where to insert x before the items equal to it")
	m.AddFunction("insort_right", search("insort_right", true, true), "insort_right(a, x[, lo[, hi]]): insert x after the items equal to it")
	m.AddFunction("insort_left", search("insort_left", false, true), "insort_left(a, x[, lo[, hi]]): insert x before the items equal to it")
	m.Dict.SetStr(py.NewStr("insort"), m.Dict.GetStr(py.NewStr("insort_right")))
	return m, nil
}

var (
	kwlist    = []string{"a", "x", "lo", "hi"}
	strInsert = py.NewStr("insert")
)

// less is a < b, with direct paths for ints and floats.
func less(t *py.Thread, a, b py.Object) (bool, error) {
	switch x := a.(type) {
	case *py.Int:
		if y, ok := b.(*py.Int); ok && x.Type() == py.IntType && y.Type() == py.IntType {
			return py.IntCompare(x, y) < 0, nil
		}
	case *py.Float:
		if y, ok := b.(*py.Float); ok && x.Type() == py.FloatType && y.Type() == py.FloatType {
			return x.Float64() < y.Float64(), nil
		}
	}
	r, err := py.RichCompare(t, a, b, py.LT)
	if err != nil {
		return false, err
	}
	return py.IsTrue(t, r)
}

// search makes one of the six functions: right says which side of equal
// items, insert whether to insert x there or return the index.
func search(fname string, right, insert bool) py.BuiltinFunc {
	return func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var a, x, loObj, hiObj py.Object
		if err := py.ParseArgs(fname, args, kwnames, kwlist, 2, &a, &x, &loObj, &hiObj); err != nil {
			return nil, err
		}
		lo, hi := 0, -1
		if loObj != nil {
			v, err := py.ArgIndex(t, loObj)
			if err != nil {
				return nil, err
			}
			lo = v
		}
		if hiObj != nil {
			v, err := py.ArgIndex(t, hiObj)
			if err != nil {
				return nil, err
			}
			hi = v
		}
		if lo < 0 {
			return nil, py.Errorf(py.ValueError, "lo must be non-negative")
		}
		if hi == -1 {
			n, err := py.Len(t, a)
			if err != nil {
				return nil, err
			}
			hi = n
		}
		list, isList := a.(*py.List)
		for lo < hi {
			mid := int(uint(lo+hi) >> 1)
			var item py.Object
			if isList && mid < len(list.Items) {
				item = list.Items[mid]
			} else {
				var err error
				if item, err = py.GetItem(t, a, py.NewInt(int64(mid))); err != nil {
					return nil, err
				}
			}
			var lt bool
			var err error
			if right {
				lt, err = less(t, x, item)
			} else {
				lt, err = less(t, item, x)
				lt = !lt
			}
			if err != nil {
				return nil, err
			}
			if lt {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		if !insert {
			return py.NewInt(int64(lo)), nil
		}
		if isList && list.Type() == py.ListType {
			list.Items = append(list.Items, nil)
			copy(list.Items[lo+1:], list.Items[lo:])
			list.Items[lo] = x
			return py.None, nil
		}
		m, err := py.GetAttr(t, a, strInsert)
		if err != nil {
			return nil, err
		}
		if _, err := py.Call(t, m, []py.Object{py.NewInt(int64(lo)), x}, nil); err != nil {
			return nil, err
		}
		return py.None, nil
	}
}
