package py

import (
	"os"
	"strings"
	"testing"
)

// TestMain finishes the built-in types before the package's tests run,
// as the evaluator does when it makes an interpreter.
func TestMain(m *testing.M) {
	Init()
	os.Exit(m.Run())
}

// testThread returns a thread of a bare interpreter.
func tsThread() *Thread { return &Thread{Interp: &Interp{RecursionLimit: 200}} }

// goFunc is a Python-function stand-in for the type system's tests: a Go
// function that binds like a method.
type goFunc struct {
	fn func(t *Thread, args []Object) (Object, error)
}

var goFuncType = &Type{Name: "gofunc", Flags: FlagMethodDescriptor}

func (*goFunc) Type() *Type { return goFuncType }

func init() {
	goFuncType.Call = func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		return self.(*goFunc).fn(t, args)
	}
	goFuncType.DescrGet = func(t *Thread, self, instance Object, owner *Type) (Object, error) {
		if instance == nil {
			return self, nil
		}
		return NewMethod(self, instance), nil
	}
	RegisterTypes(goFuncType)
}

func fn(f func(t *Thread, args []Object) (Object, error)) *goFunc { return &goFunc{fn: f} }

// class makes a class named name with the given bases and namespace.
func class(t *testing.T, name string, bases []Object, ns map[string]Object) *Type {
	t.Helper()
	c, err := tryClass(name, bases, ns)
	if err != nil {
		t.Fatalf("class %s: %v", name, err)
	}
	return c
}

func tryClass(name string, bases []Object, ns map[string]Object) (*Type, error) {
	d := NewDict()
	d.SetStr(NewStr("__module__"), NewStr("__main__"))
	for k, v := range ns {
		d.SetStr(NewStr(k), v)
	}
	return NewClass(tsThread(), TypeType, NewStr(name), bases, d, nil, nil)
}

func mustErr(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil {
		t.Errorf("no error, want %q", want)
		return
	}
	if got := err.Error(); got != want {
		t.Errorf("error %q, want %q", got, want)
	}
}

func reprOf(t *testing.T, th *Thread, o Object) string {
	t.Helper()
	r, err := Repr(th, o)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return r.s
}

func call(t *testing.T, th *Thread, f Object, args ...Object) Object {
	t.Helper()
	r, err := Call(th, f, args, nil)
	if err != nil {
		t.Fatalf("call: %v", err)
	}
	return r
}

func getattr(t *testing.T, th *Thread, o Object, name string) Object {
	t.Helper()
	r, err := GetAttr(th, o, NewStr(name))
	if err != nil {
		t.Fatalf("getattr %s: %v", name, err)
	}
	return r
}

func TestTypeBasics(t *testing.T) {
	th := tsThread()
	if got := reprOf(t, th, IntType); got != "<class 'int'>" {
		t.Errorf("repr(int) = %s", got)
	}
	if got := reprOf(t, th, TypeType); got != "<class 'type'>" {
		t.Errorf("repr(type) = %s", got)
	}
	if got := reprOf(t, th, getattr(t, th, IntType, "__add__")); got != "<slot wrapper '__add__' of 'int' objects>" {
		t.Errorf("int.__add__ = %s", got)
	}
	if got := reprOf(t, th, getattr(t, th, ObjectType, "__init__")); got != "<slot wrapper '__init__' of 'object' objects>" {
		t.Errorf("object.__init__ = %s", got)
	}
	if got := reprOf(t, th, getattr(t, th, ObjectType, "__new__")); !strings.HasPrefix(got, "<built-in method __new__ of type object at 0x") {
		t.Errorf("object.__new__ = %s", got)
	}
	if got := reprOf(t, th, getattr(t, th, ObjectType, "__class__")); got != "<class 'type'>" {
		t.Errorf("object.__class__ = %s", got)
	}
	if got := reprOf(t, th, ObjectType.Dict.GetStr(NewStr("__class__"))); got != "<attribute '__class__' of 'object' objects>" {
		t.Errorf("object.__dict__['__class__'] = %s", got)
	}
	doc := getattr(t, th, TypeType, "__doc__").(*Str).s
	if doc != "type(object) -> the object's type\ntype(name, bases, dict) -> a new type" {
		t.Errorf("type.__doc__ = %q", doc)
	}
	if getattr(t, th, ListType, "__hash__") != None {
		t.Errorf("list.__hash__ is not None")
	}
	_, err := GetAttr(th, IntType, NewStr("foo"))
	mustErr(t, err, "AttributeError: type object 'int' has no attribute 'foo'")
	err = SetAttr(th, IntType, NewStr("x"), NewInt(1))
	mustErr(t, err, "TypeError: can't set attributes of built-in/extension type 'int'")
	_, err = Call(th, NoneType, nil, nil)
	mustErr(t, err, "TypeError: cannot create 'NoneType' instances")
	r := call(t, th, TypeType, NewInt(1))
	if r != IntType {
		t.Errorf("type(1) = %v", r)
	}
}

func TestClassCreationErrors(t *testing.T) {
	A := class(t, "A", nil, nil)
	B := class(t, "B", []Object{A}, nil)
	X := class(t, "X", nil, nil)
	Y := class(t, "Y", nil, nil)
	P := class(t, "P", []Object{X, Y}, nil)
	Q := class(t, "Q", []Object{Y, X}, nil)
	cases := []struct {
		name  string
		bases []Object
		ns    map[string]Object
		want  string
	}{
		{"C", []Object{A, B}, nil, "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B"},
		{"Z", []Object{P, Q}, nil, "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases X, Y"},
		{"Z", []Object{A, A}, nil, "TypeError: duplicate base class A"},
		{"Z", []Object{IntType, StrType}, nil, "TypeError: multiple bases have instance lay-out conflict"},
		{"Z", []Object{BoolType}, nil, "TypeError: type 'bool' is not an acceptable base type"},
		{"Z", []Object{NewInt(1)}, nil, "TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"},
		{"Z", []Object{IntType}, map[string]Object{"__slots__": NewTuple(NewStr("a"))}, "TypeError: nonempty __slots__ not supported for subtype of 'int'"},
		{"Z", nil, map[string]Object{"__slots__": NewTuple(NewStr("a"), NewInt(1))}, "TypeError: __slots__ items must be strings, not 'int'"},
		{"Z", nil, map[string]Object{"__slots__": NewTuple(NewStr("a b"))}, "TypeError: __slots__ must be identifiers"},
		{"Z", nil, map[string]Object{"__slots__": NewTuple(NewStr("__dict__"), NewStr("__dict__"))}, "TypeError: __dict__ slot disallowed: we already got one"},
		{"Z", nil, map[string]Object{"__slots__": NewTuple(NewStr("__weakref__"), NewStr("__weakref__"))}, "TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"},
		{"Z", []Object{TupleType}, map[string]Object{"__slots__": NewTuple(NewStr("__weakref__"))}, "TypeError: nonempty __slots__ not supported for subtype of 'tuple'"},
		{"Z", []Object{A}, map[string]Object{"__slots__": NewTuple(NewStr("__weakref__"))}, "TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0"},
		{"Z", []Object{A}, map[string]Object{"__slots__": NewTuple(NewStr("__dict__"))}, "TypeError: __dict__ slot disallowed: we already got one"},
		{"Z", []Object{SystemExit, OSError}, nil, "TypeError: multiple bases have instance lay-out conflict"},
	}
	for _, c := range cases {
		_, err := tryClass(c.name, c.bases, c.ns)
		mustErr(t, err, c.want)
	}
	// These are fine in 3.2.
	for _, c := range []struct {
		bases []Object
		ns    map[string]Object
	}{
		{nil, map[string]Object{"__slots__": NewTuple(NewStr("a")), "a": NewInt(1)}},
		{[]Object{A}, map[string]Object{"__slots__": NewStr("abc")}},
		{[]Object{ValueError, KeyError}, nil},
		{[]Object{IntType}, map[string]Object{"__slots__": NewTuple()}},
	} {
		if _, err := tryClass("Z", c.bases, c.ns); err != nil {
			t.Errorf("%v: %v", c.ns, err)
		}
	}
}

func TestTypeCallErrors(t *testing.T) {
	th := tsThread()
	cases := []struct {
		args []Object
		kw   *Tuple
		want string
	}{
		{nil, nil, "TypeError: type() takes 1 or 3 arguments"},
		{[]Object{NewInt(1), NewInt(2)}, nil, "TypeError: type() takes 1 or 3 arguments"},
		{[]Object{NewStr("a"), NewInt(1), NewDict()}, nil, "TypeError: type() argument 2 must be tuple, not int"},
		{[]Object{NewStr("a"), NewTuple(), NewInt(1)}, nil, "TypeError: type() argument 3 must be dict, not int"},
		{[]Object{NewInt(1), NewTuple(), NewDict()}, nil, "TypeError: type() argument 1 must be str, not int"},
		{[]Object{NewStr("x"), NewTuple(), NewDict(), NewInt(1)}, kw("x"), "TypeError: type() takes 1 or 3 arguments"},
	}
	for _, c := range cases {
		_, err := Call(th, TypeType, c.args, c.kw)
		mustErr(t, err, c.want)
	}
	newf := getattr(t, th, TypeType, "__new__")
	_, err := Call(th, newf, []Object{NewInt(1)}, nil)
	mustErr(t, err, "TypeError: type.__new__(X): X is not a type object (int)")
	_, err = Call(th, newf, []Object{IntType, NewStr("a"), NewTuple(), NewDict()}, nil)
	mustErr(t, err, "TypeError: type.__new__(int): int is not a subtype of type")
	initf := getattr(t, th, TypeType, "__init__")
	_, err = Call(th, initf, []Object{IntType, NewInt(1), NewInt(2)}, nil)
	mustErr(t, err, "TypeError: type.__init__() takes 1 or 3 arguments")
	_, err = Call(th, initf, []Object{IntType, NewInt(1), NewInt(2), NewInt(3)}, kw("x"))
	mustErr(t, err, "TypeError: type.__init__() takes no keyword arguments")
	onew := getattr(t, th, ObjectType, "__new__")
	_, err = Call(th, onew, []Object{NewInt(1)}, nil)
	mustErr(t, err, "TypeError: object.__new__(X): X is not a type object (int)")
	_, err = Call(th, onew, []Object{IntType}, nil)
	mustErr(t, err, "TypeError: object.__new__(int) is not safe, use int.__new__()")
	_, err = Call(th, onew, nil, nil)
	mustErr(t, err, "TypeError: object.__new__(): not enough arguments")
	_, err = Call(th, ObjectType, []Object{NewInt(1)}, nil)
	mustErr(t, err, "TypeError: object() takes no parameters")
	_, err = Call(th, ObjectType, []Object{NewInt(1)}, kw("x"))
	mustErr(t, err, "TypeError: object() takes no parameters")
}

func TestObjectInitNewArgs(t *testing.T) {
	th := tsThread()
	A := class(t, "A", nil, nil)
	_, err := Call(th, A, []Object{NewInt(1)}, nil)
	mustErr(t, err, "TypeError: object() takes no parameters")
	initNone := fn(func(t *Thread, args []Object) (Object, error) { return None, nil })
	I := class(t, "I", nil, map[string]Object{"__init__": initNone})
	i := call(t, th, I, NewInt(1))
	_, err = Call(th, getattr(t, th, ObjectType, "__init__"), []Object{i, NewInt(1)}, nil)
	mustErr(t, err, "TypeError: object.__init__() takes no parameters")
	newOK := fn(func(t *Thread, args []Object) (Object, error) {
		return Call(t, ObjectType.Dict.GetStr(NewStr("__new__")), args[:1], nil)
	})
	N := class(t, "N", nil, map[string]Object{"__new__": newOK})
	if _, ok := N.Dict.GetStr(NewStr("__new__")).(*StaticMethodObject); ok {
		t.Errorf("a __new__ that is not a Python function was made a staticmethod")
	}
	// __init__ returning something else.
	bad := class(t, "Bad", nil, map[string]Object{"__init__": fn(func(t *Thread, args []Object) (Object, error) { return NewInt(1), nil })})
	_, err = Call(th, bad, nil, nil)
	mustErr(t, err, "TypeError: __init__() should return None, not 'int'")
}

func TestInstanceAttributes(t *testing.T) {
	th := tsThread()
	A := class(t, "A", nil, map[string]Object{"x": NewInt(1)})
	a := call(t, th, A)
	if got := reprOf(t, th, a); !strings.HasPrefix(got, "<__main__.A object at 0x") {
		t.Errorf("repr = %s", got)
	}
	if getattr(t, th, a, "x") != NewInt(1) {
		t.Errorf("a.x")
	}
	_, err := GetAttr(th, a, NewStr("foo"))
	mustErr(t, err, "AttributeError: 'A' object has no attribute 'foo'")
	err = SetAttr(th, a, NewStr("foo"), nil)
	mustErr(t, err, "AttributeError: 'A' object has no attribute 'foo'")
	if err := SetAttr(th, a, NewStr("y"), NewInt(2)); err != nil {
		t.Fatal(err)
	}
	err = SetAttr(th, a, NewStr("foo"), nil)
	mustErr(t, err, "AttributeError: foo")
	if getattr(t, th, a, "y") != NewInt(2) {
		t.Errorf("a.y")
	}
	d := getattr(t, th, a, "__dict__")
	if got := reprOf(t, th, d); got != "{'y': 2}" {
		t.Errorf("a.__dict__ = %s", got)
	}
	err = SetAttr(th, a, NewStr("__dict__"), NewInt(1))
	mustErr(t, err, "TypeError: __dict__ must be set to a dictionary, not a 'int'")
	if got := reprOf(t, th, A.Dict.GetStr(NewStr("__dict__"))); got != "<attribute '__dict__' of 'A' objects>" {
		t.Errorf("A.__dict__['__dict__'] = %s", got)
	}
	if got := reprOf(t, th, A.Dict.GetStr(NewStr("__weakref__"))); got != "<attribute '__weakref__' of 'A' objects>" {
		t.Errorf("A.__dict__['__weakref__'] = %s", got)
	}
	if getattr(t, th, a, "__weakref__") != None {
		t.Errorf("a.__weakref__")
	}
	if A.Dict.GetStr(NewStr("__doc__")) != None {
		t.Errorf("A.__doc__ not None in the dict")
	}
	o := call(t, th, ObjectType)
	_, err = GetAttr(th, o, NewStr("foo"))
	mustErr(t, err, "AttributeError: 'object' object has no attribute 'foo'")
	err = SetAttr(th, o, NewStr("foo"), NewInt(1))
	mustErr(t, err, "AttributeError: 'object' object has no attribute 'foo'")
	err = SetAttr(th, NewInt(5), NewStr("foo"), NewInt(1))
	mustErr(t, err, "AttributeError: 'int' object has no attribute 'foo'")
	err = SetAttr(th, NewInt(5), NewStr("real"), NewInt(1))
	mustErr(t, err, "AttributeError: attribute 'real' of 'int' objects is not writable")
}

func TestSlots(t *testing.T) {
	th := tsThread()
	S := class(t, "S", nil, map[string]Object{"__slots__": NewTuple(NewStr("a"), NewStr("b"))})
	s := call(t, th, S)
	_, err := GetAttr(th, s, NewStr("a"))
	mustErr(t, err, "AttributeError: a")
	if got := reprOf(t, th, getattr(t, th, S, "a")); got != "<member 'a' of 'S' objects>" {
		t.Errorf("S.a = %s", got)
	}
	err = SetAttr(th, s, NewStr("a"), nil)
	mustErr(t, err, "AttributeError: a")
	err = SetAttr(th, s, NewStr("c"), NewInt(1))
	mustErr(t, err, "AttributeError: 'S' object has no attribute 'c'")
	_, err = GetAttr(th, s, NewStr("__dict__"))
	mustErr(t, err, "AttributeError: 'S' object has no attribute '__dict__'")
	if err := SetAttr(th, s, NewStr("b"), NewInt(7)); err != nil {
		t.Fatal(err)
	}
	if getattr(t, th, s, "b") != NewInt(7) {
		t.Errorf("s.b")
	}
	get := getattr(t, th, getattr(t, th, S, "a"), "__get__")
	_, err = Call(th, get, []Object{NewInt(1)}, nil)
	mustErr(t, err, "TypeError: descriptor 'a' for 'S' objects doesn't apply to 'int' object")
	// Slots in a subclass of a built-in type other than object.
	L := class(t, "L", []Object{ListType}, map[string]Object{"__slots__": NewTuple(NewStr("tag"))})
	l := &List{ext: ext{&extData{typ: L}}}
	if err := SetAttr(th, l, NewStr("tag"), NewStr("x")); err != nil {
		t.Fatal(err)
	}
	if getattr(t, th, l, "tag").(*Str).s != "x" {
		t.Errorf("l.tag")
	}
	err = SetAttr(th, l, NewStr("other"), NewInt(1))
	mustErr(t, err, "AttributeError: 'L' object has no attribute 'other'")
}

func TestClassAssignment(t *testing.T) {
	th := tsThread()
	A := class(t, "A", nil, nil)
	U := class(t, "U", nil, nil)
	S := class(t, "S", nil, map[string]Object{"__slots__": NewTuple(NewStr("a"))})
	T := class(t, "T", nil, map[string]Object{"__slots__": NewTuple(NewStr("b"))})
	a := call(t, th, A)
	cls := NewStr("__class__")
	mustErr(t, SetAttr(th, a, cls, IntType), "TypeError: __class__ assignment: only for heap types")
	mustErr(t, SetAttr(th, a, cls, NewInt(1)), "TypeError: __class__ must be set to new-style class, not 'int' object")
	mustErr(t, SetAttr(th, a, cls, nil), "TypeError: can't delete __class__ attribute")
	mustErr(t, SetAttr(th, call(t, th, S), cls, T), "TypeError: __class__ assignment: 'S' object layout differs from 'T'")
	mustErr(t, SetAttr(th, a, cls, S), "TypeError: __class__ assignment: 'A' object layout differs from 'S'")
	mustErr(t, SetAttr(th, NewInt(1), cls, A), "TypeError: __class__ assignment: only for heap types")
	if err := SetAttr(th, a, cls, U); err != nil {
		t.Fatal(err)
	}
	if a.Type() != U {
		t.Errorf("class not changed")
	}
}

// ret returns a method that returns v.
func ret(v Object) *goFunc {
	return fn(func(t *Thread, args []Object) (Object, error) { return v, nil })
}

func TestDunderDispatch(t *testing.T) {
	th := tsThread()
	// Binary operators: the subclass's reflected method goes first.
	A := class(t, "A", nil, map[string]Object{
		"__add__":  ret(NewStr("A.add")),
		"__radd__": ret(NewStr("A.radd")),
	})
	B := class(t, "B", []Object{A}, map[string]Object{
		"__radd__": ret(NewStr("B.radd")),
	})
	a, b := call(t, th, A), call(t, th, B)
	r, err := BinaryOp(th, a, b, SlotAdd, "+")
	if err != nil || r.(*Str).s != "B.radd" {
		t.Errorf("a + b = %v, %v", r, err)
	}
	r, err = BinaryOp(th, b, a, SlotAdd, "+")
	if err != nil || r.(*Str).s != "A.add" {
		t.Errorf("b + a = %v, %v", r, err)
	}
	r, err = BinaryOp(th, NewInt(1), a, SlotAdd, "+")
	if err != nil || r.(*Str).s != "A.radd" {
		t.Errorf("1 + a = %v, %v", r, err)
	}
	_, err = BinaryOp(th, a, b, SlotSub, "-")
	mustErr(t, err, "TypeError: unsupported operand type(s) for -: 'A' and 'B'")
	ni := class(t, "NI", nil, map[string]Object{"__add__": ret(NotImplemented)})
	_, err = BinaryOp(th, call(t, th, ni), NewInt(1), SlotAdd, "+")
	mustErr(t, err, "TypeError: unsupported operand type(s) for +: 'NI' and 'int'")

	// __eq__ without __hash__ makes instances unhashable.
	E := class(t, "E", nil, map[string]Object{"__eq__": ret(True)})
	if E.Dict.GetStr(NewStr("__hash__")) != None {
		t.Errorf("E.__hash__ is not None")
	}
	_, err = Hash(th, call(t, th, E))
	mustErr(t, err, "TypeError: unhashable type: 'E'")
	if _, err := Hash(th, a); err != nil {
		t.Errorf("hash(a): %v", err)
	}

	// Truth: __bool__, then __len__.
	L := class(t, "L", nil, map[string]Object{"__len__": ret(NewInt(0))})
	if ok, err := IsTrue(th, call(t, th, L)); ok || err != nil {
		t.Errorf("bool(L()) = %v, %v", ok, err)
	}
	Bad := class(t, "Bad", nil, map[string]Object{"__bool__": ret(NewInt(1))})
	_, err = IsTrue(th, call(t, th, Bad))
	mustErr(t, err, "TypeError: __bool__ should return bool, returned int")
	Neg := class(t, "Neg", nil, map[string]Object{"__len__": ret(NewInt(-1))})
	_, err = Len(th, call(t, th, Neg))
	mustErr(t, err, "ValueError: __len__() should return >= 0")

	// __getattr__ is called when the lookup fails.
	G := class(t, "G", nil, map[string]Object{"__getattr__": fn(func(t *Thread, args []Object) (Object, error) {
		return NewStr("got " + args[1].(*Str).s), nil
	})})
	g := call(t, th, G)
	if getattr(t, th, g, "zz").(*Str).s != "got zz" {
		t.Errorf("g.zz")
	}

	// Iteration through __iter__/__next__, StopIteration ending it.
	n := 0
	It := class(t, "It", nil, map[string]Object{
		"__iter__": fn(func(t *Thread, args []Object) (Object, error) { return args[0], nil }),
		"__next__": fn(func(t *Thread, args []Object) (Object, error) {
			if n == 3 {
				return nil, NewException(StopIteration)
			}
			n++
			return NewInt(int64(n)), nil
		}),
	})
	it, err := Iter(th, call(t, th, It))
	if err != nil {
		t.Fatal(err)
	}
	var got []int64
	for {
		x, err := Next(th, it)
		if err != nil {
			t.Fatal(err)
		}
		if x == nil {
			break
		}
		v, _ := x.(*Int).Int64()
		got = append(got, v)
	}
	if len(got) != 3 {
		t.Errorf("iterated %v", got)
	}

	// A subclass of a built-in type uses the built-in slot directly.
	ML := class(t, "ML", []Object{ListType}, nil)
	if ML.origin[sLen] != ListType || ML.origin[sRepr] != ListType {
		t.Errorf("ML slots: len from %v, repr from %v", ML.origin[sLen], ML.origin[sRepr])
	}
	if A.origin[sRepr] != ObjectType || A.origin[sGetAttr] != ObjectType {
		t.Errorf("A slots: repr from %v, getattr from %v", A.origin[sRepr], A.origin[sGetAttr])
	}
	if G.origin[sGetAttr] != dispatchOrigin {
		t.Errorf("G.GetAttr not the dispatcher")
	}

	// Assigning a dunder on the class refills the slot, in subclasses too.
	if err := SetAttr(th, A, NewStr("__sub__"), ret(NewStr("A.sub"))); err != nil {
		t.Fatal(err)
	}
	r, err = BinaryOp(th, b, NewInt(1), SlotSub, "-")
	if err != nil || r.(*Str).s != "A.sub" {
		t.Errorf("b - 1 = %v, %v", r, err)
	}
	if err := SetAttr(th, A, NewStr("__sub__"), nil); err != nil {
		t.Fatal(err)
	}
	if B.Sub != nil {
		t.Errorf("B.Sub still set after del A.__sub__")
	}
	if err := SetAttr(th, ML, NewStr("__len__"), ret(NewInt(42))); err != nil {
		t.Fatal(err)
	}
	if k, err := Len(th, &List{ext: ext{&extData{typ: ML}}}); k != 42 || err != nil {
		t.Errorf("len(ML()) = %d, %v", k, err)
	}
}

func TestSuper(t *testing.T) {
	th := tsThread()
	A := class(t, "A", nil, map[string]Object{"f": ret(NewStr("A.f"))})
	B := class(t, "B", []Object{A}, map[string]Object{"f": ret(NewStr("B.f"))})
	b := call(t, th, B)
	s := call(t, th, SuperType, B, b)
	if got := call(t, th, getattr(t, th, s, "f")); got.(*Str).s != "A.f" {
		t.Errorf("super(B, b).f() = %v", got)
	}
	if got := reprOf(t, th, s); got != "<super: <class 'B'>, <B object>>" {
		t.Errorf("repr = %s", got)
	}
	if got := reprOf(t, th, call(t, th, SuperType, B)); got != "<super: <class 'B'>, NULL>" {
		t.Errorf("repr = %s", got)
	}
	_, err := Call(th, SuperType, []Object{B, NewInt(1)}, nil)
	mustErr(t, err, "TypeError: super(type, obj): obj must be an instance or subtype of type")
	_, err = Call(th, SuperType, []Object{NewInt(1)}, nil)
	mustErr(t, err, "TypeError: must be type, not int")
	_, err = Call(th, SuperType, nil, nil)
	mustErr(t, err, "SystemError: super(): no code object")
	if getattr(t, th, s, "__class__") != SuperType {
		t.Errorf("super().__class__")
	}
}

func TestIsInstance(t *testing.T) {
	th := tsThread()
	A := class(t, "A", nil, nil)
	a := call(t, th, A)
	for _, c := range []struct {
		inst, cls Object
		want      bool
	}{
		{a, A, true}, {a, ObjectType, true}, {a, IntType, false},
		{NewInt(1), NewTuple(StrType, IntType), true}, {True, IntType, true},
	} {
		got, err := IsInstanceOf(th, c.inst, c.cls)
		if err != nil || got != c.want {
			t.Errorf("isinstance(%v, %v) = %v, %v", c.inst, c.cls, got, err)
		}
	}
	_, err := IsInstanceOf(th, a, NewInt(1))
	mustErr(t, err, "TypeError: isinstance() arg 2 must be a type or tuple of types")
	_, err = IsSubclassOf(th, NewInt(1), A)
	mustErr(t, err, "TypeError: issubclass() arg 1 must be a class")
	_, err = IsSubclassOf(th, A, NewInt(1))
	mustErr(t, err, "TypeError: issubclass() arg 2 must be a class or tuple of classes")
	if ok, err := IsSubclassOf(th, BoolType, NewTuple(StrType, IntType)); !ok || err != nil {
		t.Errorf("issubclass(bool, (str, int)) = %v, %v", ok, err)
	}
}

func TestVersionTags(t *testing.T) {
	th := tsThread()
	A := class(t, "A", nil, map[string]Object{"x": NewInt(1)})
	B := class(t, "B", []Object{A}, nil)
	va, vb := A.Version(), B.Version()
	if va == 0 || vb == 0 || va == vb {
		t.Fatalf("versions %d %d", va, vb)
	}
	if A.Version() != va || B.Lookup(NewStr("x")) != NewInt(1) || B.Version() != vb {
		t.Errorf("version changed without a change")
	}
	if err := SetAttr(th, A, NewStr("x"), NewInt(2)); err != nil {
		t.Fatal(err)
	}
	if A.Version() == va || B.Version() == vb {
		t.Errorf("version kept after A.x changed")
	}
	if B.Lookup(NewStr("x")) != NewInt(2) {
		t.Errorf("stale lookup through B")
	}
	vb2 := B.Version()
	if err := SetAttr(th, B, NewStr("y"), NewInt(3)); err != nil {
		t.Fatal(err)
	}
	if B.Version() == vb2 {
		t.Errorf("B's version kept after B.y set")
	}
	if IntType.Version() == 0 {
		t.Errorf("int has no version")
	}
	// A class with a custom mro() that strays from its bases is not cached.
	X := class(t, "X", nil, map[string]Object{"x": NewStr("X")})
	meta := class(t, "Meta", []Object{TypeType}, map[string]Object{
		"mro": fn(func(t *Thread, args []Object) (Object, error) {
			return NewList(args[0], X, ObjectType), nil
		}),
	})
	ns := NewDict()
	c, err := NewClass(th, meta, NewStr("C"), []Object{A}, ns, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Version() != 0 {
		t.Errorf("custom-MRO class has version %d", c.Version())
	}
	if c.Lookup(NewStr("x")).(*Str).s != "X" {
		t.Errorf("custom MRO not followed")
	}
	if err := SetAttr(th, X, NewStr("x"), NewStr("X2")); err != nil {
		t.Fatal(err)
	}
	if c.Lookup(NewStr("x")).(*Str).s != "X2" {
		t.Errorf("stale lookup through a custom MRO")
	}
}

func TestLookupMethod(t *testing.T) {
	th := tsThread()
	f := ret(NewStr("f"))
	A := class(t, "A", nil, map[string]Object{"f": f, "v": NewInt(1)})
	a := call(t, th, A)
	m, unbound, err := LookupMethod(th, a, NewStr("f"))
	if err != nil || !unbound || m != f {
		t.Errorf("LookupMethod(a, f) = %v %v %v", m, unbound, err)
	}
	m, unbound, err = LookupMethod(th, a, NewStr("v"))
	if err != nil || unbound || m != NewInt(1) {
		t.Errorf("LookupMethod(a, v) = %v %v %v", m, unbound, err)
	}
	if err := SetAttr(th, a, NewStr("f"), NewInt(5)); err != nil {
		t.Fatal(err)
	}
	m, unbound, _ = LookupMethod(th, a, NewStr("f"))
	if unbound || m != NewInt(5) {
		t.Errorf("instance attribute does not shadow the method")
	}
	l := NewList()
	m, unbound, _ = LookupMethod(th, l, NewStr("append"))
	if _, ok := m.(*MethodDescr); !ok || !unbound {
		t.Errorf("LookupMethod([], append) = %v %v", m, unbound)
	}
	if _, err := Call(th, m, []Object{l, NewInt(1)}, nil); err != nil || len(l.Items) != 1 {
		t.Errorf("calling the unbound append: %v", err)
	}
	_, _, err = LookupMethod(th, a, NewStr("nope"))
	mustErr(t, err, "AttributeError: 'A' object has no attribute 'nope'")
	if !A.HasGenericGetAttr() {
		t.Errorf("A has no generic getattr")
	}
}
