package py

import "testing"

func TestBuiltinIterators(t *testing.T) {
	th := testThread()
	length := &builtinFn{fn: func(args []Object) (Object, error) {
		n, err := Len(th, args[0])
		return NewInt(int64(n)), err
	}}
	add := &builtinFn{fn: func(args []Object) (Object, error) { return BinaryOp(th, args[0], args[1], SlotAdd, "+") }}
	list := func(typ *Type, args []Object, kwnames *Tuple) (Object, error) {
		it, err := typ.New(th, typ, args, kwnames)
		if err != nil {
			return nil, err
		}
		items, err := Collect(th, it)
		if err != nil {
			return nil, err
		}
		return NewList(items...), nil
	}
	ab := NewStr("ab")
	cases := []struct {
		typ     *Type
		args    []Object
		kwnames *Tuple
		want    string
	}{
		{EnumerateType, nil, nil, "TypeError: Required argument 'iterable' (pos 1) not found"},
		{EnumerateType, ctrInts(1), nil, "TypeError: 'int' object is not iterable"},
		{EnumerateType, []Object{ab, NewInt(2), NewInt(3)}, nil, "TypeError: enumerate() takes at most 2 arguments (3 given)"},
		{EnumerateType, []Object{ab, NewInt(5)}, nil, "[(5, 'a'), (6, 'b')]"},
		{EnumerateType, []Object{ab, bigPow2(70)}, kw("start"), "[(1180591620717411303424, 'a'), (1180591620717411303425, 'b')]"},
		{EnumerateType, []Object{ab, NewInt(1<<63 - 2)}, nil, "[(9223372036854775806, 'a'), (9223372036854775807, 'b')]"},
		{EnumerateType, []Object{ab}, kw("iterable"), "[(0, 'a'), (1, 'b')]"},
		{EnumerateType, []Object{ab, NewFloat(1.5)}, nil, "TypeError: 'float' object cannot be interpreted as an integer"},
		{EnumerateType, []Object{ab, NewInt(1)}, kw("x"), "TypeError: 'x' is an invalid keyword argument for this function"},
		{ZipType, ctrInts(1), nil, "TypeError: zip argument #1 must support iteration"},
		{ZipType, []Object{NewList(), NewInt(2)}, nil, "TypeError: zip argument #2 must support iteration"},
		{ZipType, ctrInts(1), kw("a"), "TypeError: zip() does not take keyword arguments"},
		{ZipType, nil, nil, "[]"},
		{ZipType, []Object{NewStr("abc"), NewList(ctrInts(1, 2)...)}, nil, "[('a', 1), ('b', 2)]"},
		{MapType, nil, nil, "TypeError: map() must have at least two arguments."},
		{MapType, []Object{length}, nil, "TypeError: map() must have at least two arguments."},
		{MapType, []Object{length, NewInt(1)}, nil, "TypeError: 'int' object is not iterable"},
		{MapType, []Object{length, NewList(), NewInt(1)}, kw("x"), "TypeError: map() does not take keyword arguments"},
		{MapType, []Object{length, NewList(NewInt(1))}, nil, "TypeError: object of type 'int' has no len()"},
		{MapType, []Object{add, NewList(ctrInts(1, 2)...), NewList(ctrInts(3, 4, 5)...)}, nil, "[4, 6]"},
		{FilterType, nil, nil, "TypeError: filter expected 2 arguments, got 0"},
		{FilterType, []Object{None}, nil, "TypeError: filter expected 2 arguments, got 1"},
		{FilterType, []Object{None, NewInt(1)}, nil, "TypeError: 'int' object is not iterable"},
		{FilterType, []Object{None, NewList(), NewInt(2)}, kw("x"), "TypeError: filter() does not take keyword arguments"},
		{FilterType, []Object{None, NewList(NewInt(0), NewInt(1), NewStr(""), NewStr("a"))}, nil, "[1, 'a']"},
		{FilterType, []Object{length, NewList(NewStr(""), NewStr("a"))}, nil, "['a']"},
		{ReversedType, nil, nil, "TypeError: reversed expected 1 arguments, got 0"},
		{ReversedType, ctrInts(1), nil, "TypeError: argument to reversed() must be a sequence"},
		{ReversedType, []Object{NewDict()}, nil, "TypeError: argument to reversed() must be a sequence"},
		{ReversedType, ctrInts(1), kw("x"), "TypeError: reversed() does not take keyword arguments"},
		{ReversedType, []Object{NewList(), NewList()}, nil, "TypeError: reversed expected 1 arguments, got 2"},
		{ReversedType, []Object{NewTuple(ctrInts(1, 2)...)}, nil, "[2, 1]"},
		{ReversedType, []Object{NewList(ctrInts(1, 2)...)}, nil, "[2, 1]"},
	}
	for i, c := range cases {
		r, err := list(c.typ, c.args, c.kwnames)
		got := ctrErr(err)
		if err == nil {
			got = ctrRepr(t, th, r)
		}
		if got != c.want {
			t.Errorf("case %d (%s): %s, want %s", i, c.typ.Name, got, c.want)
		}
	}
	it, _ := reversedNew(th, ReversedType, []Object{NewTuple(ctrInts(1, 2)...)}, nil)
	if it.Type() != ReversedType {
		t.Errorf("reversed(tuple) is a %s", it.Type().Name)
	}
	if n, err := reversedLengthHint(th, it, nil, nil); err != nil || n.(*Int).v != 2 {
		t.Errorf("length hint %v %v", n, err)
	}
	it, _ = reversedNew(th, ReversedType, []Object{NewList(ctrInts(1, 2)...)}, nil)
	if it.Type() != ListReverseIteratorType {
		t.Errorf("reversed(list) is a %s", it.Type().Name)
	}
}

func TestSeqIter(t *testing.T) {
	th := testThread()
	// A sequence known only by __getitem__, ending with IndexError.
	seqType := &Type{Name: "S"}
	seqType.GetItem = func(t *Thread, self, key Object) (Object, error) {
		if key.(*Int).v > 3 {
			return nil, Errorf(IndexError, "")
		}
		return key, nil
	}
	s := &Tuple{ext: ext{&extData{typ: seqType}}}
	items, err := Collect(th, s)
	if err != nil || len(items) != 4 {
		t.Fatalf("got %v %v", items, err)
	}
	seqType.GetItem = func(t *Thread, self, key Object) (Object, error) {
		if key.(*Int).v > 1 {
			return nil, Errorf(StopIteration, "")
		}
		return key, nil
	}
	items, err = Collect(th, s)
	if err != nil || len(items) != 2 {
		t.Fatalf("got %v %v", items, err)
	}
	seqType.GetItem = func(t *Thread, self, key Object) (Object, error) {
		return nil, Errorf(ValueError, "boom")
	}
	if _, err := Collect(th, s); ctrErr(err) != "ValueError: boom" {
		t.Fatalf("got %v", err)
	}
}
