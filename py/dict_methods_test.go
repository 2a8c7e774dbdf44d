package py

import "testing"

func ctrDict(t *testing.T, th *Thread, kv ...Object) *Dict {
	t.Helper()
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		if err := d.SetItem(th, kv[i], kv[i+1]); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func TestDictMethods(t *testing.T) {
	th := testThread()
	one, two := NewInt(1), NewInt(2)
	pair := NewTuple(one, two)
	cases := []struct {
		kv   []Object
		fn   MethodFunc
		args []Object
		want string // the result or error, then the dict
	}{
		{nil, dictGet, nil, "TypeError: get expected at least 1 arguments, got 0"},
		{nil, dictGet, ctrInts(1, 2, 3), "TypeError: get expected at most 2 arguments, got 3"},
		{nil, dictGet, []Object{NewList()}, "TypeError: unhashable type: 'list'"},
		{[]Object{one, two}, dictGet, ctrInts(1), "2 {1: 2}"},
		{[]Object{one, two}, dictGet, ctrInts(3, 4), "4 {1: 2}"},
		{nil, dictPop, nil, "TypeError: pop expected at least 1 arguments, got 0"},
		{nil, dictPop, ctrInts(1), "KeyError: "},
		{[]Object{one, two}, dictPop, ctrInts(1), "2 {}"},
		{[]Object{one, two}, dictPop, ctrInts(3, 4), "4 {1: 2}"},
		{nil, dictPopItem, nil, "KeyError: popitem(): dictionary is empty"},
		{[]Object{one, two}, dictPopItem, nil, "(1, 2) {}"},
		{nil, dictSetDefault, nil, "TypeError: setdefault expected at least 1 arguments, got 0"},
		{[]Object{one, two}, dictSetDefault, ctrInts(1, 5), "2 {1: 2}"},
		{[]Object{one, two}, dictSetDefault, ctrInts(3, 5), "5 {1: 2, 3: 5}"},
		{nil, dictUpdate, ctrInts(1), "TypeError: 'int' object is not iterable"},
		{nil, dictUpdate, []Object{NewList(one)}, "TypeError: cannot convert dictionary update sequence element #0 to a sequence"},
		{nil, dictUpdate, []Object{NewList(NewTuple(ctrInts(1, 2, 3)...))}, "ValueError: dictionary update sequence element #0 has length 3; 2 is required"},
		{nil, dictUpdate, []Object{NewList(pair), NewList()}, "TypeError: update expected at most 1 arguments, got 2"},
		{nil, dictUpdate, []Object{NewList(NewStr("ab"), NewStr("c"))}, "ValueError: dictionary update sequence element #1 has length 1; 2 is required"},
		{[]Object{one, two}, dictUpdate, []Object{NewList(NewList(ctrInts(3, 4)...), NewStr("ab"))}, "None {1: 2, 3: 4, 'a': 'b'}"},
		{[]Object{one, two}, dictKeys, ctrInts(1), "TypeError: keys() takes no arguments (1 given)"},
		{[]Object{one, two}, dictCopy, nil, "{1: 2} {1: 2}"},
		{[]Object{one, two}, dictClear, nil, "None {}"},
		{[]Object{one, two}, dictKeys, nil, "dict_keys([1]) {1: 2}"},
		{[]Object{one, two}, dictValues, nil, "dict_values([2]) {1: 2}"},
		{[]Object{one, two}, dictItems, nil, "dict_items([(1, 2)]) {1: 2}"},
	}
	for i, c := range cases {
		d := ctrDict(t, th, c.kv...)
		r, err := c.fn(th, d, c.args, nil)
		got := ctrErr(err)
		if err == nil {
			got = ctrRepr(t, th, r) + " " + ctrRepr(t, th, d)
		}
		if got != c.want {
			t.Errorf("case %d: %s, want %s", i, got, c.want)
		}
	}
	// KeyError carries the key itself, even a tuple.
	_, err := dictGetItem(th, NewDict(), pair)
	if e, ok := err.(*BaseException); !ok || e.Type() != KeyError || len(e.Args.Items) != 1 || e.Args.Items[0] != pair {
		t.Errorf("d[(1, 2)]: %v", err)
	}
	// update with keywords
	d := NewDict()
	if _, err := dictUpdate(th, d, []Object{NewList(pair), NewInt(3)}, kw("a")); err != nil {
		t.Fatal(err)
	}
	if got := ctrRepr(t, th, d); got != "{1: 2, 'a': 3}" {
		t.Errorf("update(..., a=3): %s", got)
	}
	// fromkeys
	r, err := dictFromKeys(th, DictType, []Object{NewStr("ab")}, nil)
	if err != nil || ctrRepr(t, th, r) != "{'a': None, 'b': None}" {
		t.Errorf("fromkeys: %v", err)
	}
	if _, err := dictFromKeys(th, DictType, ctrInts(3), nil); ctrErr(err) != "TypeError: 'int' object is not iterable" {
		t.Errorf("fromkeys(3): %v", err)
	}
}

func TestDictIterationChange(t *testing.T) {
	th := testThread()
	d := ctrDict(t, th, ctrInts(1, 2, 3, 4)...)
	it, _ := dictIter(th, d)
	if _, err := dictIteratorNext(th, it); err != nil {
		t.Fatal(err)
	}
	d.SetItem(th, NewInt(5), NewInt(1))
	for i := 0; i < 2; i++ {
		if _, err := dictIteratorNext(th, it); ctrErr(err) != "RuntimeError: dictionary changed size during iteration" {
			t.Fatalf("got %v", err)
		}
	}
	// Changing a value is allowed.
	it, _ = dictIter(th, d)
	n := 0
	for {
		k, err := dictIteratorNext(th, it)
		if err != nil {
			t.Fatal(err)
		}
		if k == nil {
			break
		}
		d.SetItem(th, k, NewInt(0))
		n++
	}
	if n != 3 {
		t.Fatalf("iterated %d keys", n)
	}
}

func TestDictViews(t *testing.T) {
	th := testThread()
	d := ctrDict(t, th, NewInt(1), NewInt(2))
	keys := &DictView{dict: d, kind: dictIterKeys}
	items := &DictView{dict: d, kind: dictIterItems}
	values := &DictView{dict: d, kind: dictIterValues}
	s := func(vs ...Object) *Set { return ctrLit(t, th, vs...) }
	cases := []struct {
		r    func() (Object, error)
		want string
	}{
		{func() (Object, error) { return BinaryOp(th, keys, s(NewInt(1)), SlotAnd, "&") }, "{1}"},
		{func() (Object, error) { return BinaryOp(th, keys, NewList(NewInt(3)), SlotOr, "|") }, "{1, 3}"},
		{func() (Object, error) { return BinaryOp(th, keys, NewList(NewInt(1)), SlotSub, "-") }, "set()"},
		{func() (Object, error) { return BinaryOp(th, keys, NewList(ctrInts(1, 4)...), SlotXor, "^") }, "{4}"},
		{func() (Object, error) { return BinaryOp(th, NewList(NewInt(3)), keys, SlotOr, "|") }, "{1, 3}"},
		{func() (Object, error) { return BinaryOp(th, items, s(NewTuple(ctrInts(1, 2)...)), SlotAnd, "&") }, "{(1, 2)}"},
		{func() (Object, error) { return BinaryOp(th, items, NewInt(3), SlotOr, "|") }, "TypeError: 'int' object is not iterable"},
		{func() (Object, error) { return RichCompare(th, keys, s(NewInt(1)), EQ) }, "True"},
		{func() (Object, error) { return RichCompare(th, keys, s(ctrInts(1, 2)...), LT) }, "True"},
		{func() (Object, error) { return RichCompare(th, keys, s(), LE) }, "False"},
		{func() (Object, error) { return RichCompare(th, items, s(NewTuple(ctrInts(1, 2)...)), EQ) }, "True"},
		{func() (Object, error) { return RichCompare(th, values, values, EQ) }, "True"},
		{func() (Object, error) { return RichCompare(th, values, &DictView{dict: d, kind: dictIterValues}, EQ) }, "False"},
		{func() (Object, error) { return dictViewIsDisjoint(th, keys, []Object{NewList(NewInt(2))}, nil) }, "True"},
		{func() (Object, error) { return dictViewIsDisjoint(th, keys, []Object{NewList(NewInt(1))}, nil) }, "False"},
	}
	for i, c := range cases {
		r, err := c.r()
		got := ctrErr(err)
		if err == nil {
			got = ctrRepr(t, th, r)
		}
		if got != c.want {
			t.Errorf("case %d: %s, want %s", i, got, c.want)
		}
	}
	for _, c := range []struct {
		view, x Object
		want    string
	}{
		{items, NewTuple(ctrInts(1, 2)...), "true"},
		{items, NewList(ctrInts(1, 2)...), "false"},
		{items, NewInt(1), "false"},
		{items, NewList(), "false"},
		{keys, NewList(), "TypeError: unhashable type: 'list'"},
		{d, NewList(), "TypeError: unhashable type: 'list'"},
		{keys, NewInt(1), "true"},
	} {
		in, err := Contains(th, c.view, c.x)
		got := ctrErr(err)
		if err == nil {
			got = map[bool]string{true: "true", false: "false"}[in]
		}
		if got != c.want {
			t.Errorf("%v in %v: %s, want %s", c.x, c.view, got, c.want)
		}
	}
}

func TestDictCompare(t *testing.T) {
	th := testThread()
	a := ctrDict(t, th, NewInt(1), NewInt(2), NewStr("x"), NewList())
	b := ctrDict(t, th, NewStr("x"), NewList(), NewInt(1), NewInt(2))
	if r, err := RichCompare(th, a, b, EQ); err != nil || r != True {
		t.Errorf("== : %v %v", r, err)
	}
	if _, err := RichCompare(th, a, b, LT); ctrErr(err) != "TypeError: unorderable types: dict() < dict()" {
		t.Errorf("< : %v", err)
	}
	if _, err := Hash(th, a); ctrErr(err) != "TypeError: unhashable type: 'dict'" {
		t.Errorf("hash: %v", err)
	}
}

func TestDictInit(t *testing.T) {
	th := testThread()
	cases := []struct {
		args    []Object
		kwnames *Tuple
		want    string
	}{
		{ctrInts(1), nil, "TypeError: 'int' object is not iterable"},
		{[]Object{NewList(NewInt(1))}, nil, "TypeError: cannot convert dictionary update sequence element #0 to a sequence"},
		{[]Object{NewDict(), NewDict()}, nil, "TypeError: dict expected at most 1 arguments, got 2"},
		{[]Object{NewInt(1)}, kw("a"), "{'a': 1}"},
		{[]Object{NewList(NewTuple(ctrInts(1, 2)...)), NewInt(1)}, kw("a"), "{1: 2, 'a': 1}"},
		{[]Object{None}, nil, "TypeError: 'NoneType' object is not iterable"},
	}
	for i, c := range cases {
		d := NewDict()
		err := dictInit(th, d, c.args, c.kwnames)
		got := ctrErr(err)
		if err == nil {
			got = ctrRepr(t, th, d)
		}
		if got != c.want {
			t.Errorf("case %d: %s, want %s", i, got, c.want)
		}
	}
}
