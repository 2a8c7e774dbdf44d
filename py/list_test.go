package py

import (
	"math/big"
	"testing"
)

func TestSliceIndices(t *testing.T) {
	th := testThread()
	big70 := NewBigInt(new(big.Int).Lsh(big.NewInt(1), 70))
	neg70 := NewBigInt(new(big.Int).Neg(big70.Big()))
	neg80 := NewBigInt(new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 80)))
	cases := []struct {
		s      *Slice
		length int
		want   [3]int
		err    string
	}{
		{NewSlice(NewInt(1), NewInt(2), nil), -1, [3]int{-1, -1, 1}, ""},
		{NewSlice(NewInt(1), NewInt(2), NewInt(0)), 5, [3]int{}, "ValueError: slice step cannot be zero"},
		{NewSlice(NewStr("a"), NewInt(2), nil), 5, [3]int{}, "TypeError: slice indices must be integers or None or have an __index__ method"},
		{NewSlice(NewFloat(1.5), NewInt(2), nil), 5, [3]int{}, "TypeError: slice indices must be integers or None or have an __index__ method"},
		{NewSlice(big70, neg70, neg80), 10, [3]int{9, -1, -9223372036854775807}, ""},
		{NewSlice(nil, nil, NewInt(-1)), 10, [3]int{9, -1, -1}, ""},
		{NewSlice(NewInt(-3), nil, nil), 10, [3]int{7, 10, 1}, ""},
		{NewSlice(NewInt(-30), NewInt(30), NewInt(3)), 10, [3]int{0, 10, 3}, ""},
		{NewSlice(True, nil, nil), 3, [3]int{1, 3, 1}, ""},
	}
	for _, c := range cases {
		start, stop, step, _, err := c.s.Indices(th, c.length)
		if ctrErr(err) != c.err {
			t.Errorf("%v.Indices(%d): error %q, want %q", c.s, c.length, ctrErr(err), c.err)
			continue
		}
		if err == nil && [3]int{start, stop, step} != c.want {
			t.Errorf("%v.Indices(%d) = %d %d %d, want %v", c.s, c.length, start, stop, step, c.want)
		}
	}
	if got := ctrRepr(t, th, NewSlice(nil, NewInt(1), nil)); got != "slice(None, 1, None)" {
		t.Errorf("repr = %s", got)
	}
	if _, err := sliceNew(th, SliceType, nil, nil); ctrErr(err) != "TypeError: slice expected at least 1 arguments, got 0" {
		t.Errorf("slice(): %v", err)
	}
	if _, err := sliceIndices(th, NewSlice(nil, nil, nil), []Object{big70}, nil); ctrErr(err) != "OverflowError: cannot fit 'int' into an index-sized integer" {
		t.Errorf("indices(2**70): %v", err)
	}
	if _, err := Hash(th, NewSlice(nil, nil, nil)); ctrErr(err) != "TypeError: unhashable type: 'slice'" {
		t.Errorf("hash(slice): %v", err)
	}
}

func TestListIndexing(t *testing.T) {
	th := testThread()
	l := NewList(ctrInts(1, 2, 3)...)
	big70 := NewBigInt(new(big.Int).Lsh(big.NewInt(1), 70))
	for _, c := range []struct {
		key  Object
		want string
	}{
		{NewInt(-1), "3"},
		{True, "2"},
		{NewInt(5), "IndexError: list index out of range"},
		{NewInt(-4), "IndexError: list index out of range"},
		{big70, "IndexError: cannot fit 'int' into an index-sized integer"},
		{NewStr("a"), "TypeError: list indices must be integers, not str"},
		{NewFloat(1), "TypeError: list indices must be integers, not float"},
		{NewSlice(nil, nil, NewInt(2)), "[1, 3]"},
		{NewSlice(nil, nil, NewInt(-1)), "[3, 2, 1]"},
		{NewSlice(big70, nil, nil), "[]"},
		{NewSlice(NewInt(1), NewInt(2), NewInt(0)), "ValueError: slice step cannot be zero"},
	} {
		r, err := GetItem(th, l, c.key)
		got := ctrErr(err)
		if err == nil {
			got = ctrRepr(t, th, r)
		}
		if got != c.want {
			t.Errorf("[1, 2, 3][%v] = %s, want %s", c.key, got, c.want)
		}
	}
	tu := NewTuple(ctrInts(1, 2, 3)...)
	if _, err := GetItem(th, tu, NewInt(5)); ctrErr(err) != "IndexError: tuple index out of range" {
		t.Errorf("tuple[5]: %v", err)
	}
	if _, err := GetItem(th, tu, NewFloat(1)); ctrErr(err) != "TypeError: tuple indices must be integers, not float" {
		t.Errorf("tuple[1.0]: %v", err)
	}
	if r, _ := GetItem(th, tu, NewSlice(nil, nil, nil)); r != tu {
		t.Errorf("tuple[:] is not the tuple")
	}
}

func TestListAssignment(t *testing.T) {
	th := testThread()
	cases := []struct {
		items []Object
		key   Object
		value Object // nil: del
		want  string
	}{
		{ctrInts(1, 2, 3), NewInt(5), NewInt(1), "IndexError: list assignment index out of range"},
		{ctrInts(1, 2, 3), NewInt(5), nil, "IndexError: list assignment index out of range"},
		{ctrInts(1, 2, 3), NewStr("a"), nil, "TypeError: list indices must be integers, not str"},
		{ctrInts(1, 2, 3), NewSlice(nil, nil, NewInt(2)), NewList(NewInt(1)), "ValueError: attempt to assign sequence of size 1 to extended slice of size 2"},
		{ctrInts(1, 2, 3), NewSlice(nil, nil, NewInt(2)), NewInt(1), "TypeError: must assign iterable to extended slice"},
		{ctrInts(1, 2, 3), NewSlice(NewInt(1), NewInt(2), nil), NewInt(1), "TypeError: can only assign an iterable"},
		{ctrInts(1, 2, 3), NewSlice(nil, nil, NewInt(-1)), NewList(ctrInts(4, 5, 6)...), "[6, 5, 4]"},
		{ctrInts(1, 2, 3, 4, 5), NewSlice(nil, nil, NewInt(-2)), nil, "[2, 4]"},
		{ctrInts(1, 2, 3, 4, 5), NewSlice(NewInt(3), NewInt(1), nil), NewList(ctrStrs("a", "b")...), "[1, 2, 3, 'a', 'b', 4, 5]"},
		{ctrInts(1, 2, 3, 4, 5), NewSlice(NewInt(1), NewInt(4), nil), NewTuple(), "[1, 5]"},
		{ctrInts(1, 2, 3, 4, 5), NewSlice(NewInt(1), NewInt(2), nil), NewTuple(ctrInts(7, 8, 9)...), "[1, 7, 8, 9, 3, 4, 5]"},
		{ctrInts(1, 2, 3, 4, 5), NewSlice(nil, nil, nil), nil, "[]"},
		{ctrInts(1, 2, 3, 4, 5), NewInt(-1), nil, "[1, 2, 3, 4]"},
		{ctrInts(1, 2, 3, 4, 5), NewSlice(NewInt(1), nil, NewInt(3)), nil, "[1, 3, 4]"},
	}
	for _, c := range cases {
		l := NewList(c.items...)
		err := SetItem(th, l, c.key, c.value)
		got := ctrErr(err)
		if err == nil {
			got = ctrRepr(t, th, l)
		}
		if got != c.want {
			t.Errorf("%v[%v] = %v: %s, want %s", c.items, c.key, c.value, got, c.want)
		}
	}
	// l[1:2] = l
	l := NewList(ctrInts(1, 2, 3)...)
	if err := SetItem(th, l, NewSlice(NewInt(1), NewInt(2), nil), l); err != nil {
		t.Fatal(err)
	}
	if got := ctrRepr(t, th, l); got != "[1, 1, 2, 3, 3]" {
		t.Errorf("l[1:2] = l: %s", got)
	}
}

func TestListMethods(t *testing.T) {
	th := testThread()
	big70 := NewBigInt(new(big.Int).Lsh(big.NewInt(1), 70))
	cases := []struct {
		items []Object
		fn    MethodFunc
		args  []Object
		want  string // the result, or the error; then the list after
	}{
		{nil, listInsert, ctrInts(1), "TypeError: insert() takes exactly 2 arguments (1 given)"},
		{nil, listInsert, []Object{NewFloat(1.5), NewInt(2)}, "TypeError: integer argument expected, got float"},
		{nil, listInsert, []Object{NewStr("a"), NewInt(2)}, "TypeError: 'str' object cannot be interpreted as an integer"},
		{nil, listInsert, []Object{big70, NewInt(2)}, "OverflowError: Python int too large to convert to C ssize_t"},
		{ctrInts(1, 2), listInsert, ctrInts(-10, 0), "None [0, 1, 2]"},
		{ctrInts(1, 2), listInsert, ctrInts(10, 0), "None [1, 2, 0]"},
		{ctrInts(1, 2), listInsert, ctrInts(-1, 0), "None [1, 0, 2]"},
		{nil, listPop, nil, "IndexError: pop from empty list"},
		{ctrInts(1), listPop, ctrInts(5), "IndexError: pop index out of range"},
		{ctrInts(1), listPop, ctrInts(1, 2), "TypeError: pop() takes at most 1 argument (2 given)"},
		{ctrInts(1, 2, 3), listPop, nil, "3 [1, 2]"},
		{ctrInts(1, 2, 3), listPop, ctrInts(0), "1 [2, 3]"},
		{ctrInts(1), listRemove, ctrInts(2), "ValueError: list.remove(x): x not in list"},
		{ctrInts(1, 2, 1), listRemove, ctrInts(1), "None [2, 1]"},
		{ctrStrs("a"), listIndex, ctrStrs("b"), "ValueError: 'b' is not in list"},
		{ctrInts(1, 2, 3, 2), listIndex, ctrInts(2, 2), "3 [1, 2, 3, 2]"},
		{ctrInts(1, 2, 3, 2), listIndex, []Object{NewInt(2), NewInt(-1), big70}, "3 [1, 2, 3, 2]"},
		{ctrInts(1, 2, 3, 2), listIndex, []Object{NewInt(2), NewStr("a")}, "TypeError: slice indices must be integers or None or have an __index__ method"},
		{ctrInts(1, 2, 3, 2), listIndex, nil, "TypeError: index() takes at least 1 argument (0 given)"},
		{ctrInts(1, 2, 3, 2), listCount, ctrInts(2), "2 [1, 2, 3, 2]"},
		{ctrInts(1), listAppend, nil, "TypeError: append() takes exactly one argument (0 given)"},
		{ctrInts(1), listAppend, ctrInts(1, 2), "TypeError: append() takes exactly one argument (2 given)"},
		{ctrInts(1), listExtend, ctrInts(3), "TypeError: 'int' object is not iterable"},
		{ctrInts(1, 2), listExtend, []Object{NewTuple(ctrInts(3)...)}, "None [1, 2, 3]"},
		{ctrInts(1), listReverse, ctrInts(1), "TypeError: reverse() takes no arguments (1 given)"},
		{ctrInts(1, 2, 3), listReverse, nil, "None [3, 2, 1]"},
		{ctrInts(3, 1), listSort, []Object{None}, "TypeError: must use keyword argument for key function"},
	}
	for _, c := range cases {
		l := NewList(append([]Object(nil), c.items...)...)
		r, err := c.fn(th, l, c.args, nil)
		got := ctrErr(err)
		if err == nil {
			got = ctrRepr(t, th, r) + " " + ctrRepr(t, th, l)
		}
		if got != c.want {
			t.Errorf("%v.%v: %s, want %s", c.items, c.args, got, c.want)
		}
	}
	l := NewList(ctrInts(1, 2)...)
	if _, err := listExtend(th, l, []Object{l}, nil); err != nil || ctrRepr(t, th, l) != "[1, 2, 1, 2]" {
		t.Errorf("l.extend(l): %v %s", err, ctrRepr(t, th, l))
	}
	if _, err := listSort(th, l, []Object{NewStr("key"), NewStr("reverse"), None, NewFloat(1.5)}[2:], kw("key", "reverse")); ctrErr(err) != "TypeError: integer argument expected, got float" {
		t.Errorf("sort(reverse=1.5): %v", err)
	}
	if _, err := listSort(th, l, []Object{None}, kw("cmp")); ctrErr(err) != "TypeError: 'cmp' is an invalid keyword argument for this function" {
		t.Errorf("sort(cmp=None): %v", err)
	}
}

func TestListOperators(t *testing.T) {
	th := testThread()
	l := NewList(ctrInts(1, 2)...)
	cases := []struct {
		r    func() (Object, error)
		want string
	}{
		{func() (Object, error) { return BinaryOp(th, l, NewTuple(NewInt(3)), SlotAdd, "+") }, "TypeError: can only concatenate list (not \"tuple\") to list"},
		{func() (Object, error) { return BinaryOp(th, NewTuple(NewInt(3)), l, SlotAdd, "+") }, "TypeError: can only concatenate tuple (not \"list\") to tuple"},
		{func() (Object, error) { return BinaryOp(th, l, None, SlotAdd, "+") }, "TypeError: can only concatenate list (not \"NoneType\") to list"},
		{func() (Object, error) { return BinaryOp(th, None, l, SlotAdd, "+") }, "TypeError: unsupported operand type(s) for +: 'NoneType' and 'list'"},
		{func() (Object, error) { return BinaryOp(th, l, NewStr("a"), SlotMul, "*") }, "TypeError: can't multiply sequence by non-int of type 'str'"},
		{func() (Object, error) { return BinaryOp(th, l, NewInt(2), SlotMul, "*") }, "[1, 2, 1, 2]"},
		{func() (Object, error) { return BinaryOp(th, NewInt(2), l, SlotMul, "*") }, "[1, 2, 1, 2]"},
		{func() (Object, error) { return BinaryOp(th, l, NewInt(-1), SlotMul, "*") }, "[]"},
		{func() (Object, error) { return BinaryOp(th, l, NewInt(1<<62), SlotMul, "*") }, "MemoryError: "},
		{func() (Object, error) { return BinaryOp(th, NewTuple(NewInt(1)), NewInt(3), SlotMul, "*") }, "(1, 1, 1)"},
		{func() (Object, error) { return BinaryOp(th, l, l, SlotAdd, "+") }, "[1, 2, 1, 2]"},
		{func() (Object, error) { return RichCompare(th, NewList(NewInt(1)), l, LT) }, "True"},
		{func() (Object, error) { return RichCompare(th, l, NewTuple(NewInt(1)), LT) }, "TypeError: unorderable types: list() < tuple()"},
		{func() (Object, error) { return RichCompare(th, l, NewList(NewInt(1), NewStr("a")), LT) }, "TypeError: unorderable types: int() < str()"},
		{func() (Object, error) {
			return RichCompare(th, NewTuple(NewInt(1), NewInt(2)), NewTuple(NewInt(1)), LT)
		}, "False"},
		{func() (Object, error) {
			return RichCompare(th, NewTuple(NewInt(1), NewList()), NewTuple(NewInt(1), NewInt(2)), EQ)
		}, "False"},
		{func() (Object, error) { return InPlaceOp(th, NewList(), NewInt(3), SlotIAdd, SlotAdd, "+=") }, "TypeError: 'int' object is not iterable"},
		{func() (Object, error) { return InPlaceOp(th, NewList(), NewFloat(2), SlotIMul, SlotMul, "*=") }, "TypeError: can't multiply sequence by non-int of type 'float'"},
		{func() (Object, error) {
			return InPlaceOp(th, NewList(NewInt(1)), NewBigInt(new(big.Int).Lsh(big.NewInt(1), 70)), SlotIMul, SlotMul, "*=")
		}, "OverflowError: cannot fit 'int' into an index-sized integer"},
		{func() (Object, error) {
			return InPlaceOp(th, NewList(NewInt(1)), NewStr("ab"), SlotIAdd, SlotAdd, "+=")
		}, "[1, 'a', 'b']"},
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
}

func TestContainerRepr(t *testing.T) {
	th := testThread()
	l := NewList(NewInt(1))
	l.Append(l)
	if got := ctrRepr(t, th, l); got != "[1, [...]]" {
		t.Errorf("got %s", got)
	}
	inner := NewList()
	tu := NewTuple(inner)
	inner.Append(tu)
	if got := ctrRepr(t, th, tu); got != "([(...)],)" {
		t.Errorf("got %s", got)
	}
	d := NewDict()
	d.SetItem(th, NewInt(1), d)
	if got := ctrRepr(t, th, d); got != "{1: {...}}" {
		t.Errorf("got %s", got)
	}
	d2 := NewDict()
	d2.SetItem(th, NewInt(1), NewList(d2))
	if got := ctrRepr(t, th, d2); got != "{1: [{...}]}" {
		t.Errorf("got %s", got)
	}
	for _, c := range []struct {
		o    Object
		want string
	}{
		{NewTuple(), "()"},
		{NewTuple(NewInt(1)), "(1,)"},
		{NewList(), "[]"},
		{NewDict(), "{}"},
	} {
		if got := ctrRepr(t, th, c.o); got != c.want {
			t.Errorf("got %s, want %s", got, c.want)
		}
	}
}

func TestTupleHash(t *testing.T) {
	th := testThread()
	for _, c := range []struct {
		tu   *Tuple
		want int64
	}{
		{NewTuple(ctrInts(1, 2, 3)...), 2528502973977326415},
		{NewTuple(), 3527539},
		{NewTuple(NewInt(1), NewTuple(NewInt(2), NewStr("a"))), -3194165497938230643},
		{NewTuple(ctrStrs("a", "b")...), -3816799034373630758},
		{NewTuple(NewInt(-1)), -3430020192499},
		{NewTuple(NewBigInt(new(big.Int).Lsh(big.NewInt(1), 64))), 3430010387531},
	} {
		if h, err := Hash(th, c.tu); err != nil || h != c.want {
			t.Errorf("hash%v = %d %v, want %d", c.tu.Items, h, err, c.want)
		}
	}
	if _, err := Hash(th, NewTuple(NewList())); ctrErr(err) != "TypeError: unhashable type: 'list'" {
		t.Errorf("hash(([],)): %v", err)
	}
}

func TestUnpackIterable(t *testing.T) {
	th := testThread()
	dst := make([]Object, 2)
	for _, c := range []struct {
		o    Object
		want string
	}{
		{NewList(NewInt(1)), "ValueError: need more than 1 value to unpack"},
		{NewTuple(), "ValueError: need more than 0 values to unpack"},
		{NewList(ctrInts(1, 2, 3)...), "ValueError: too many values to unpack (expected 2)"},
		{NewInt(1), "TypeError: 'int' object is not iterable"},
		{NewRange(0, 3, 1), "ValueError: too many values to unpack (expected 2)"},
		{NewRange(0, 1, 1), "ValueError: need more than 1 value to unpack"},
		{NewRange(5, 7, 1), ""},
	} {
		if err := UnpackIterable(th, c.o, dst); ctrErr(err) != c.want {
			t.Errorf("unpack %v: %v, want %s", c.o, err, c.want)
		}
	}
	if dst[0].(*Int).v != 5 || dst[1].(*Int).v != 6 {
		t.Errorf("unpacked %v", dst)
	}
}

func TestGetSetSlice(t *testing.T) {
	th := testThread()
	l := NewList(ctrInts(0, 1, 2, 3, 4)...)
	for _, c := range []struct {
		seq               Object
		start, stop, step Object
		want              string
	}{
		{l, NewInt(1), NewInt(3), None, "[1, 2]"},
		{l, None, None, NewInt(-2), "[4, 2, 0]"},
		{l, NewInt(-1), NewInt(-10), NewInt(-1), "[4, 3, 2, 1, 0]"},
		{l, NewStr("a"), None, None, "TypeError: slice indices must be integers or None or have an __index__ method"},
		{NewTuple(ctrInts(0, 1, 2)...), NewInt(1), None, None, "(1, 2)"},
		{NewRange(0, 10, 1), NewInt(2), NewInt(4), None, "range(2, 4)"},
	} {
		r, err := GetSlice(th, c.seq, c.start, c.stop, c.step)
		got := ctrErr(err)
		if err == nil {
			got = ctrRepr(t, th, r)
		}
		if got != c.want {
			t.Errorf("GetSlice(%v, %v, %v): %s, want %s", c.start, c.stop, c.step, got, c.want)
		}
	}
	if err := SetSlice(th, l, NewInt(1), NewInt(3), None, NewList(NewStr("x"))); err != nil || ctrRepr(t, th, l) != "[0, 'x', 3, 4]" {
		t.Errorf("SetSlice: %v %s", err, ctrRepr(t, th, l))
	}
	if err := SetSlice(th, l, None, None, NewInt(2), nil); err != nil || ctrRepr(t, th, l) != "['x', 4]" {
		t.Errorf("SetSlice del: %v %s", err, ctrRepr(t, th, l))
	}
	// A small list made by slicing grows in place, then beyond.
	m, _ := GetSlice(th, NewList(ctrInts(1, 2, 3)...), None, None, None)
	for i := int64(4); i <= 20; i++ {
		m.(*List).Append(NewInt(i))
	}
	if got := ctrRepr(t, th, m); got != "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]" {
		t.Errorf("grown: %s", got)
	}
}
