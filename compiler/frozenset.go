package compiler

import "github.com/taipan-py/taipan/py"

// newFrozenSet makes the frozenset constant the optimizer puts in place
// of a set display of constants after "in" or "not in". It reports false
// when the items cannot make a set (an unhashable constant), and the
// display then stays as it is.
func newFrozenSet(t *py.Thread, items []py.Object) (set py.Object, ok bool) {
	defer func() {
		if recover() != nil {
			set, ok = nil, false
		}
	}()
	s, err := py.NewFrozenSet(t, py.NewTuple(items...))
	if err != nil {
		return nil, false
	}
	return s, true
}

// frozenSetItems returns the items of a frozenset constant.
func frozenSetItems(o py.Object) ([]py.Object, bool) {
	if s, ok := o.(*py.Set); ok && s.Type() == py.FrozenSetType {
		return s.Items(), true
	}
	return nil, false
}
