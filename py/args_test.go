package py

import "testing"

func kw(names ...string) *Tuple {
	items := make([]Object, len(names))
	for i, n := range names {
		items[i] = NewStr(n)
	}
	return NewTuple(items...)
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func TestArgsMessages(t *testing.T) {
	one, two, three := NewInt(1), NewInt(2), NewInt(3)
	var a, b, c Object
	cases := []struct {
		err  error
		want string
	}{
		{NoArgs("f", nil, nil), ""},
		{NoArgs("f", []Object{one}, nil), "TypeError: f() takes no arguments (1 given)"},
		{NoArgs("f", []Object{one}, kw("x")), "TypeError: f() takes no keyword arguments"},
		{func() error { _, err := OneArg("len", nil, nil); return err }(), "TypeError: len() takes exactly one argument (0 given)"},
		{func() error { _, err := OneArg("len", []Object{one, two}, nil); return err }(), "TypeError: len() takes exactly one argument (2 given)"},
		{func() error { _, err := OneArg("len", []Object{one}, kw("x")); return err }(), "TypeError: len() takes no keyword arguments"},
		{UnpackArgs("getattr", []Object{one}, nil, 2, 3, &a, &b, &c), "TypeError: getattr expected at least 2 arguments, got 1"},
		{UnpackArgs("getattr", []Object{one, one, one, one}, nil, 2, 3, &a, &b, &c), "TypeError: getattr expected at most 3 arguments, got 4"},
		{UnpackArgs("isinstance", []Object{one}, nil, 2, 2, &a, &b), "TypeError: isinstance expected 2 arguments, got 1"},
		{UnpackArgs("getattr", []Object{one, two}, kw("x"), 2, 3, &a, &b, &c), "TypeError: getattr() takes no keyword arguments"},
		{UnpackArgs("", []Object{one}, nil, 2, 2, &a, &b), "TypeError: unpacked tuple should have 2 elements, but has 1"},
		{ParseTuple("pop", []Object{one, two}, nil, 0, 1, &a), "TypeError: pop() takes at most 1 argument (2 given)"},
		{ParseTuple("insert", []Object{one}, nil, 2, 2, &a, &b), "TypeError: insert() takes exactly 2 arguments (1 given)"},
		{ParseTuple("center", nil, nil, 1, 2, &a, &b), "TypeError: center() takes at least 1 argument (0 given)"},
		{ParseTuple("", []Object{one, two, three}, nil, 0, 2, &a, &b), "TypeError: function takes at most 2 arguments (3 given)"},
		{ParseTuple("expandtabs", nil, kw("tabsize"), 0, 1, &a), "TypeError: expandtabs() takes no keyword arguments"},
		{ParseArgs("sort", []Object{one, two, three}, kw("key", "reverse", "y"), []string{"key", "reverse"}, 0, &a, &b), "TypeError: sort() takes at most 2 arguments (3 given)"},
		{ParseArgs("list", []Object{one, two}, nil, []string{"sequence"}, 0, &a), "TypeError: list() takes at most 1 argument (2 given)"},
		{ParseArgs("encode", []Object{one, two}, kw("encoding"), []string{"encoding", "errors"}, 0, &a, &b), "TypeError: Argument given by name ('encoding') and position (1)"},
		{ParseArgs("encode", []Object{one, two}, kw("y"), []string{"encoding", "errors"}, 0, &a, &b), "TypeError: 'y' is an invalid keyword argument for this function"},
		{ParseArgs("round", []Object{one, two}, kw("number", "x"), []string{"number", "ndigits"}, 1, &a, &b), "TypeError: 'x' is an invalid keyword argument for this function"},
		{ParseArgs("f", []Object{two}, kw("b"), []string{"a", "b"}, 1, &a, &b), "TypeError: Required argument 'a' (pos 1) not found"},
		{ParseArgs("f", nil, nil, []string{"a", "b"}, 2, &a, &b), "TypeError: Required argument 'a' (pos 1) not found"},
		{ArgTypeError("encode", 1, "str", None), "TypeError: encode() argument 1 must be str, not None"},
		{ArgTypeError("encode", 2, "str", one), "TypeError: encode() argument 2 must be str, not int"},
	}
	for i, c := range cases {
		if got := errText(c.err); got != c.want {
			t.Errorf("case %d: got %q, want %q", i, got, c.want)
		}
	}
}

func TestParseArgsStores(t *testing.T) {
	one, two := NewInt(1), NewInt(2)
	var a, b, c Object = None, None, None
	if err := ParseArgs("f", []Object{one, two}, kw("c"), []string{"a", "b", "c"}, 1, &a, &b, &c); err != nil {
		t.Fatal(err)
	}
	if a != one || b != None || c != two {
		t.Errorf("got %v %v %v", a, b, c)
	}
	a, b = nil, nil
	if err := ParseArgs("f", []Object{one}, nil, []string{"a", "b"}, 1, &a, &b); err != nil || a != one || b != nil {
		t.Errorf("got %v %v %v", a, b, err)
	}
}

func TestArgConversions(t *testing.T) {
	th := &Thread{Interp: &Interp{RecursionLimit: 1000}}
	if _, err := ArgIndex(th, NewStr("a")); errText(err) != "TypeError: 'str' object cannot be interpreted as an integer" {
		t.Error(err)
	}
	if _, err := ArgIndex(th, NewFloat(1)); errText(err) != "TypeError: integer argument expected, got float" {
		t.Error(err)
	}
	if _, err := ArgIndex(th, None); errText(err) != "TypeError: 'NoneType' object cannot be interpreted as an integer" {
		t.Error(err)
	}
	if _, err := ArgInt(th, NewStr("a")); errText(err) != "TypeError: an integer is required" {
		t.Error(err)
	}
	if _, err := ArgInt(th, NewInt(1<<40)); errText(err) != "OverflowError: signed integer is greater than maximum" {
		t.Error(err)
	}
	if v, err := ArgIndex(th, True); v != 1 || err != nil {
		t.Error(v, err)
	}
}
