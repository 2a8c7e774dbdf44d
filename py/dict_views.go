package py

// DictView is one of the views d.keys(), d.values() and d.items(): a live
// view of the dict. The keys and items views are set-like.
type DictView struct {
	dict *Dict
	kind dictIterKind
}

// The view types.
var (
	DictKeysType   = &Type{Name: "dict_keys"}
	DictValuesType = &Type{Name: "dict_values"}
	DictItemsType  = &Type{Name: "dict_items"}
)

// Type returns dict_keys, dict_values or dict_items.
func (v *DictView) Type() *Type {
	switch v.kind {
	case dictIterValues:
		return DictValuesType
	case dictIterItems:
		return DictItemsType
	}
	return DictKeysType
}

func dictViewLen(t *Thread, o Object) (int, error) { return int(o.(*DictView).dict.live), nil }

func dictViewIter(t *Thread, o Object) (Object, error) {
	v := o.(*DictView)
	return &dictIterator{dict: v.dict, used: int(v.dict.live), kind: v.kind}, nil
}

func dictViewRepr(t *Thread, o Object) (Object, error) {
	items, err := Collect(t, o)
	if err != nil {
		return nil, err
	}
	r, err := listRepr(t, &List{Items: items})
	if err != nil {
		return nil, err
	}
	return NewStr(o.Type().Name + "(" + r.(*Str).s + ")"), nil
}

func dictKeysContains(t *Thread, o, key Object) (bool, error) {
	v, err := o.(*DictView).dict.GetItem(t, key)
	return v != nil, err
}

func dictItemsContains(t *Thread, o, item Object) (bool, error) {
	tu, ok := item.(*Tuple)
	if !ok || len(tu.Items) != 2 {
		return false, nil
	}
	v, err := o.(*DictView).dict.GetItem(t, tu.Items[0])
	if err != nil || v == nil {
		return false, err
	}
	return objEqual(t, v, tu.Items[1])
}

// isSetLike reports whether o is a set, a frozenset, or a keys or items
// view.
func isSetLike(o Object) bool {
	switch v := o.(type) {
	case *Set:
		return true
	case *DictView:
		return v.kind != dictIterValues
	}
	return false
}

// allContainedIn reports whether every item of a is in b.
func allContainedIn(t *Thread, a, b Object) (bool, error) {
	it, err := Iter(t, a)
	if err != nil {
		return false, err
	}
	for {
		x, err := Next(t, it)
		if err != nil || x == nil {
			return err == nil, err
		}
		in, err := Contains(t, b, x)
		if err != nil || !in {
			return false, err
		}
	}
}

func dictViewRichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	if !isSetLike(b) {
		return NotImplemented, nil
	}
	la, err := Len(t, a)
	if err != nil {
		return nil, err
	}
	lb, err := Len(t, b)
	if err != nil {
		return nil, err
	}
	ok := false
	switch op {
	case EQ, NE:
		if la == lb {
			ok, err = allContainedIn(t, a, b)
		}
		if op == NE && err == nil {
			ok = !ok
		}
	case LT:
		if la < lb {
			ok, err = allContainedIn(t, a, b)
		}
	case LE:
		if la <= lb {
			ok, err = allContainedIn(t, a, b)
		}
	case GT:
		if la > lb {
			ok, err = allContainedIn(t, b, a)
		}
	case GE:
		if la >= lb {
			ok, err = allContainedIn(t, b, a)
		}
	}
	if err != nil {
		return nil, err
	}
	return NewBool(ok), nil
}

// dictViewSetOp makes a view's set operator: set(a), updated with b by
// op (whichever operand is the view).
func dictViewSetOp(op func(s *Set, t *Thread, other Object) error) BinaryFunc {
	return func(t *Thread, a, b Object) (Object, error) {
		s, err := newSetFrom(t, a)
		if err != nil {
			return nil, err
		}
		if err := op(s, t, b); err != nil {
			return nil, err
		}
		return s, nil
	}
}

func dictViewIsDisjoint(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	other, err := OneArg("isdisjoint", args, kwnames)
	if err != nil {
		return nil, err
	}
	if self == other {
		return NewBool(self.(*DictView).dict.live == 0), nil
	}
	a, b := self, other
	if isSetLike(other) {
		lb, err := Len(t, other)
		if err != nil {
			return nil, err
		}
		if lb > int(self.(*DictView).dict.live) {
			a, b = other, self
		}
	}
	it, err := Iter(t, b)
	if err != nil {
		return nil, err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return True, nil
		}
		in, err := Contains(t, a, x)
		if err != nil {
			return nil, err
		}
		if in {
			return False, nil
		}
	}
}

func init() {
	intersectionUpdate := func(s *Set, t *Thread, other Object) error {
		r, err := s.intersection(t, other)
		if err != nil {
			return err
		}
		s.swapBodies(r)
		return nil
	}
	for _, typ := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		typ.Len = dictViewLen
		typ.Iter = dictViewIter
		typ.Repr = dictViewRepr
	}
	for _, typ := range []*Type{DictKeysType, DictItemsType} {
		typ.RichCompare = dictViewRichCompare
		typ.Sub = dictViewSetOp((*Set).differenceUpdate)
		typ.And = dictViewSetOp(intersectionUpdate)
		typ.Or = dictViewSetOp((*Set).Update)
		typ.Xor = dictViewSetOp((*Set).symmetricDifferenceUpdate)
		typ.AddMethods(MethodDef{Name: "isdisjoint", Fn: dictViewIsDisjoint, Doc: "Return True if the view and the given iterable have a null intersection."})
	}
	DictKeysType.Contains = dictKeysContains
	DictItemsType.Contains = dictItemsContains
}
