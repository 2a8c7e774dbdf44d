package py

import (
	"math/big"
	"testing"
)

func bigPow2(n uint) *Int { return NewBigInt(new(big.Int).Lsh(big.NewInt(1), n)) }

func negInt(i *Int) *Int { return NewBigInt(new(big.Int).Neg(i.Big())) }

func mustRange(t *testing.T, th *Thread, args ...Object) Object {
	t.Helper()
	r, err := rangeNew(th, RangeType, args, nil)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestRange(t *testing.T) {
	th := testThread()
	r := func(args ...Object) Object { return mustRange(t, th, args...) }
	huge := r(bigPow2(100))
	cases := []struct {
		f    func() (Object, error)
		want string
	}{
		{func() (Object, error) { return rangeNew(th, RangeType, []Object{NewFloat(1.5)}, nil) }, "TypeError: 'float' object cannot be interpreted as an integer"},
		{func() (Object, error) { return rangeNew(th, RangeType, ctrInts(1, 2, 0), nil) }, "ValueError: range() arg 3 must not be zero"},
		{func() (Object, error) { return rangeNew(th, RangeType, ctrInts(1), kw("x")) }, "TypeError: range() does not take keyword arguments"},
		{func() (Object, error) { return rangeNew(th, RangeType, nil, nil) }, "TypeError: range expected 1 arguments, got 0"},
		{func() (Object, error) { return rangeNew(th, RangeType, ctrInts(1, 2, 3, 4), nil) }, "TypeError: range expected at most 3 arguments, got 4"},
		{func() (Object, error) { return huge, nil }, "range(0, 1267650600228229401496703205376)"},
		{func() (Object, error) { return r(True, NewInt(3)), nil }, "range(True, 3)"},
		{func() (Object, error) { return r(ctrInts(1, 5, 1)...), nil }, "range(1, 5)"},
		{func() (Object, error) { return r(ctrInts(1, 5, 2)...), nil }, "range(1, 5, 2)"},
		{func() (Object, error) { n, err := Len(th, huge); return NewInt(int64(n)), err }, "OverflowError: Python int too large to convert to C ssize_t"},
		{func() (Object, error) { return GetItem(th, huge, NewInt(5)) }, "5"},
		{func() (Object, error) { return GetItem(th, huge, NewInt(-1)) }, "1267650600228229401496703205375"},
		{func() (Object, error) { return GetItem(th, huge, bigPow2(80)) }, "1208925819614629174706176"},
		{func() (Object, error) { return GetItem(th, huge, NewSlice(bigPow2(70), bigPow2(80), NewInt(3))) }, "range(1180591620717411303424, 1208925819614629174706176, 3)"},
		{func() (Object, error) { return GetItem(th, r(NewInt(10)), bigPow2(100)) }, "IndexError: range object index out of range"},
		{func() (Object, error) { return GetItem(th, r(NewInt(10)), NewInt(10)) }, "IndexError: range object index out of range"},
		{func() (Object, error) { return GetItem(th, r(NewInt(10)), NewInt(-11)) }, "IndexError: range object index out of range"},
		{func() (Object, error) { return GetItem(th, r(NewInt(10)), NewInt(-10)) }, "0"},
		{func() (Object, error) { return GetItem(th, r(NewInt(10)), NewStr("a")) }, "TypeError: range indices must be integers or slices, not str"},
		{func() (Object, error) { return GetItem(th, r(ctrInts(0, 10, 3)...), NewSlice(nil, nil, NewInt(-1))) }, "range(9, -3, -3)"},
		{func() (Object, error) { return GetItem(th, r(ctrInts(0, 10, 3)...), NewSlice(NewInt(1), nil, nil)) }, "range(3, 12, 3)"},
		{func() (Object, error) { return GetItem(th, r(ctrInts(0, 10, 3)...), NewSlice(nil, nil, NewInt(0))) }, "ValueError: slice step cannot be zero"},
		{func() (Object, error) {
			return GetItem(th, r(ctrInts(10, 0, -3)...), NewSlice(NewInt(-1), NewInt(-10), NewInt(-2)))
		}, "range(1, 13, 6)"},
		{func() (Object, error) { return NewList(mustCollect(t, th, r(ctrInts(10, 0, -3)...))...), nil }, "[10, 7, 4, 1]"},
		{func() (Object, error) { return rangeReversedList(t, th, r(ctrInts(10, 0, -3)...)), nil }, "[1, 4, 7, 10]"},
		{func() (Object, error) {
			return rangeReversedList(t, th, r(bigPow2(64), NewBigInt(new(big.Int).Add(bigPow2(64).Big(), big.NewInt(3))))), nil
		}, "[18446744073709551618, 18446744073709551617, 18446744073709551616]"},
		{func() (Object, error) {
			return NewList(mustCollect(t, th, r(NewInt(1<<63-2), NewBigInt(new(big.Int).Add(bigPow2(63).Big(), big.NewInt(2)))))...), nil
		}, "[9223372036854775806, 9223372036854775807, 9223372036854775808, 9223372036854775809]"},
		{func() (Object, error) {
			return NewList(mustCollect(t, th, r(NewInt(-1<<63+1), NewBigInt(new(big.Int).Sub(negInt(bigPow2(63)).Big(), big.NewInt(3))), NewInt(-1)))...), nil
		}, "[-9223372036854775807, -9223372036854775808, -9223372036854775809, -9223372036854775810]"},
		{func() (Object, error) { in, err := Contains(th, r(NewInt(10)), NewInt(5)); return NewBool(in), err }, "True"},
		{func() (Object, error) { in, err := Contains(th, r(NewInt(10)), NewFloat(5)); return NewBool(in), err }, "True"},
		{func() (Object, error) { in, err := Contains(th, r(NewInt(10)), NewStr("a")); return NewBool(in), err }, "False"},
		{func() (Object, error) {
			in, err := Contains(th, r(ctrInts(10, 0, -3)...), NewInt(4))
			return NewBool(in), err
		}, "True"},
		{func() (Object, error) {
			in, err := Contains(th, r(ctrInts(10, 0, -3)...), NewInt(5))
			return NewBool(in), err
		}, "False"},
		{func() (Object, error) { in, err := Contains(th, huge, bigPow2(99)); return NewBool(in), err }, "True"},
		{func() (Object, error) { return rangeIndex(th, r(NewInt(10)), ctrInts(5), nil) }, "5"},
		{func() (Object, error) { return rangeIndex(th, r(NewInt(10)), ctrInts(50), nil) }, "ValueError: 50 is not in range"},
		{func() (Object, error) { return rangeIndex(th, r(NewInt(10)), []Object{NewFloat(5)}, nil) }, "5"},
		{func() (Object, error) { return rangeIndex(th, r(NewInt(10)), ctrStrs("a"), nil) }, "ValueError: sequence.index(x): x not in sequence"},
		{func() (Object, error) { return rangeIndex(th, huge, []Object{bigPow2(99)}, nil) }, "633825300114114700748351602688"},
		{func() (Object, error) { return rangeCount(th, r(NewInt(10)), ctrInts(5), nil) }, "1"},
		{func() (Object, error) { return rangeCount(th, r(NewInt(10)), []Object{NewFloat(5)}, nil) }, "1"},
		{func() (Object, error) { n, err := Len(th, r(NewInt(-5))); return NewInt(int64(n)), err }, "0"},
		{func() (Object, error) { n, err := Len(th, r(ctrInts(0, 10, -1)...)); return NewInt(int64(n)), err }, "0"},
		{func() (Object, error) {
			n, err := Len(th, r(NewInt(-1<<62), NewInt(1<<62)))
			return NewInt(int64(n)), err
		}, "OverflowError: Python int too large to convert to C ssize_t"},
		{func() (Object, error) {
			return GetItem(th, r(NewInt(0), NewBigInt(big.NewInt(0).Exp(big.NewInt(10), big.NewInt(20), nil)), NewBigInt(big.NewInt(0).Exp(big.NewInt(10), big.NewInt(19), nil))), NewInt(3))
		}, "30000000000000000000"},
		{func() (Object, error) { return rangeReduce(th, r(NewInt(10)), nil, nil) }, "(<class 'range'>, (0, 10, 1))"},
	}
	for i, c := range cases {
		o, err := c.f()
		got := ctrErr(err)
		if err == nil {
			got = ctrRepr(t, th, o)
		}
		if got != c.want {
			t.Errorf("case %d: %s, want %s", i, got, c.want)
		}
	}
	for _, c := range []struct {
		o    Object
		want string
	}{
		{rangeIterOf(th, r(NewInt(3))), "range_iterator"},
		{rangeIterOf(th, huge), "longrange_iterator"},
		{mustReversed(t, th, r(NewInt(3))), "range_iterator"},
	} {
		if c.o.Type().Name != c.want {
			t.Errorf("iterator type %s, want %s", c.o.Type().Name, c.want)
		}
	}
}

func rangeIterOf(th *Thread, r Object) Object {
	it, _ := Iter(th, r)
	return it
}

func mustCollect(t *testing.T, th *Thread, o Object) []Object {
	t.Helper()
	items, err := Collect(th, o)
	if err != nil {
		t.Fatal(err)
	}
	return items
}

func mustReversed(t *testing.T, th *Thread, o Object) Object {
	t.Helper()
	it, err := reversedNew(th, ReversedType, []Object{o}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return it
}

func rangeReversedList(t *testing.T, th *Thread, r Object) Object {
	t.Helper()
	return NewList(mustCollect(t, th, mustReversed(t, th, r))...)
}
