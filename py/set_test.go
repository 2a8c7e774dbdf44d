package py

import "testing"

// Helpers shared by the containers' tests.

func ctrInts(vs ...int64) []Object {
	items := make([]Object, len(vs))
	for i, v := range vs {
		items[i] = NewInt(v)
	}
	return items
}

func ctrStrs(vs ...string) []Object {
	items := make([]Object, len(vs))
	for i, v := range vs {
		items[i] = NewStr(v)
	}
	return items
}

func ctrErr(err error) string {
	if err == nil {
		return ""
	}
	e, ok := err.(*BaseException)
	if !ok {
		return "go error: " + err.Error()
	}
	msg := ""
	if e.Args != nil && len(e.Args.Items) == 1 {
		if s, ok := e.Args.Items[0].(*Str); ok {
			msg = s.s
		}
	}
	return e.Type().Name + ": " + msg
}

func ctrRepr(t *testing.T, th *Thread, o Object) string {
	t.Helper()
	r, err := Repr(th, o)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return r.s
}

func ctrSet(t *testing.T, th *Thread, items ...Object) *Set {
	t.Helper()
	s := NewSet()
	for _, x := range items {
		if err := s.Add(th, x); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// ctrLit builds a set as a display {a, b, c} does in 3.2: BUILD_SET adds
// the items last first.
func ctrLit(t *testing.T, th *Thread, items ...Object) *Set {
	t.Helper()
	rev := make([]Object, len(items))
	for i, x := range items {
		rev[len(items)-1-i] = x
	}
	return ctrSet(t, th, rev...)
}

// call calls a Go method implementation with positional arguments.
func ctrCall(th *Thread, fn MethodFunc, self Object, args ...Object) (Object, error) {
	return fn(th, self, args, nil)
}

func TestSetOrderAsCPython(t *testing.T) {
	th := testThread()
	cases := []struct {
		items []Object
		want  string
	}{
		{ctrInts(3, 1, 2), "{1, 2, 3}"},
		{ctrStrs("b", "a", "c", "dd"), "{'a', 'dd', 'b', 'c'}"},
		{ctrInts(-1, -2, 7, 8, 16), "{16, 8, -1, -2, 7}"},
		{ctrInts(9, 17), "{17, 9}"},
		{nil, "set()"},
	}
	for _, c := range cases {
		if got := ctrRepr(t, th, ctrLit(t, th, c.items...)); got != c.want {
			t.Errorf("set %v: got %s, want %s", c.items, got, c.want)
		}
	}
	if got := ctrRepr(t, th, ctrSet(t, th, ctrInts(20, 17, 14, 11, 8, 5, 2)...)); got != "{2, 5, 8, 11, 14, 17, 20}" {
		t.Errorf("set(range(20, 0, -3)) = %s", got)
	}
}

func TestSetPopAndChurn(t *testing.T) {
	th := testThread()
	s := ctrSet(t, th, ctrInts(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)...)
	for _, want := range []int64{0, 1} {
		x, err := s.pop()
		if err != nil || x.(*Int).v != want {
			t.Fatalf("pop = %v %v, want %d", x, err, want)
		}
	}
	s.Add(th, NewInt(100))
	x, _ := s.pop()
	if x.(*Int).v != 2 {
		t.Fatalf("pop = %v, want 2", x)
	}
	if got := ctrRepr(t, th, s); got != "{3, 4, 5, 6, 7, 8, 9, 100}" {
		t.Fatalf("got %s", got)
	}
	s.clear()
	if _, err := s.pop(); ctrErr(err) != "KeyError: pop from an empty set" {
		t.Fatalf("pop empty: %v", err)
	}

	big := NewSet()
	for i := int64(0); i < 100; i++ {
		big.Add(th, NewInt(i))
	}
	var evens []Object
	for i := int64(0); i < 100; i += 2 {
		evens = append(evens, NewInt(i))
	}
	if err := big.differenceUpdate(th, NewList(evens...)); err != nil {
		t.Fatal(err)
	}
	want := "{1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55, 57, 59, 61, 63, 65, 67, 69, 71, 73, 75, 77, 79, 81, 83, 85, 87, 89, 91, 93, 95, 97, 99}"
	if got := ctrRepr(t, th, big); got != want {
		t.Fatalf("got %s", got)
	}
}

func TestSetOperators(t *testing.T) {
	th := testThread()
	s := func(vs ...int64) *Set { return ctrLit(t, th, ctrInts(vs...)...) }
	check := func(name string, r Object, err error, want string) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := ctrRepr(t, th, r); got != want {
			t.Errorf("%s = %s, want %s", name, got, want)
		}
	}
	a := s(1, 2, 3)
	if _, err := setIXor(th, a, s(3, 4, 17)); err != nil {
		t.Fatal(err)
	}
	check("^=", a, nil, "{1, 2, 4, 17}")
	r, err := setOr(th, s(1, 2), s(9, 17))
	check("|", r, err, "{1, 2, 9, 17}")
	r, err = setAnd(th, s(1, 2, 3, 25), s(25, 3))
	check("&", r, err, "{25, 3}")
	r, err = setSub(th, s(1, 9, 17, 25), s(9))
	check("-", r, err, "{25, 17, 1}")
	if r, _ := setOr(th, s(1), NewList()); r != NotImplemented {
		t.Errorf("set | list = %v, want NotImplemented", r)
	}
	for _, c := range []struct {
		a, b *Set
		op   CompareOp
		want Object
	}{
		{s(1, 2), s(1, 2, 3), LT, True},
		{s(1, 2), s(1, 2), LE, True},
		{s(1), s(), GT, True},
		{s(1, 2), s(2, 1), EQ, True},
		{s(1, 2), s(2, 1), NE, False},
		{s(1, 2), s(3), GE, False},
	} {
		if r, err := setRichCompare(th, c.a, c.b, c.op); err != nil || r != c.want {
			t.Errorf("compare %v %v %v = %v %v", c.a, c.op, c.b, r, err)
		}
	}
	if _, err := setMethodRemove(th, s(1), []Object{NewTuple(NewInt(5))}, nil); ctrErr(err) != "KeyError: " || err.(*BaseException).Args.Items[0].(*Tuple) == nil {
		t.Errorf("remove missing: %v", err)
	}
	if err := s().Add(th, NewList()); ctrErr(err) != "TypeError: unhashable type: 'list'" {
		t.Errorf("add list: %v", err)
	}
	// A set key is looked up as a frozenset.
	in, err := setContains(th, ctrSet(t, th, mustFrozen(t, th, ctrInts(1)...)), s(1))
	if err != nil || !in {
		t.Errorf("set in set of frozensets: %v %v", in, err)
	}
}

func mustFrozen(t *testing.T, th *Thread, items ...Object) *Set {
	t.Helper()
	f, err := NewFrozenSet(th, NewList(items...))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestFrozenSetHashAndRepr(t *testing.T) {
	th := testThread()
	cases := []struct {
		f    *Set
		hash int64
		repr string
	}{
		{mustFrozen(t, th), 133156838395276, "frozenset()"},
		{mustFrozen(t, th, ctrInts(1, 2, 3)...), -7699079583225461316, "frozenset({1, 2, 3})"},
		{mustFrozen(t, th, ctrStrs("a", "b")...), 3138257626259684061, ""},
		{mustFrozen(t, th, mustFrozen(t, th, NewInt(1))), -5738585316048246863, "frozenset({frozenset({1})})"},
	}
	for _, c := range cases {
		h, err := Hash(th, c.f)
		if err != nil || h != c.hash {
			t.Errorf("hash(%v) = %d %v, want %d", c.f.Items(), h, err, c.hash)
		}
		if c.repr != "" {
			if got := ctrRepr(t, th, c.f); got != c.repr {
				t.Errorf("repr = %s, want %s", got, c.repr)
			}
		}
	}
	if _, err := Hash(th, NewSet()); ctrErr(err) != "TypeError: unhashable type: 'set'" {
		t.Errorf("hash(set()): %v", err)
	}
}

func TestSetIterationChange(t *testing.T) {
	th := testThread()
	s := ctrSet(t, th, ctrInts(1, 2)...)
	it, _ := setIter(th, s)
	if _, err := setIteratorNext(th, it); err != nil {
		t.Fatal(err)
	}
	s.Add(th, NewInt(3))
	if _, err := setIteratorNext(th, it); ctrErr(err) != "RuntimeError: Set changed size during iteration" {
		t.Fatalf("got %v", err)
	}
}
