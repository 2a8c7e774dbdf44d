package weakrefmod

import (
	"fmt"

	"github.com/taipan-py/taipan/py"
)

// The types of weak references: weakref (ref, subclassable), weakproxy
// and weakcallableproxy.
var (
	RefType           = &py.Type{Name: "weakref", Flags: py.FlagBaseType}
	ProxyType         = &py.Type{Name: "weakproxy"}
	CallableProxyType = &py.Type{Name: "weakcallableproxy"}
)

const (
	kindRef uint8 = iota
	kindProxy
	kindCallableProxy
)

// Ref is a weak reference or proxy.
type Ref struct {
	py.Ext
	e           *entry
	callback    py.Object // nil: none, or already called
	hasCallback bool
	kind        uint8
	hashed      bool
	hash        int64
}

// shared reports whether r is the plain reference (or proxy) that
// ref(o) (proxy(o)) without a callback returns every time.
func (r *Ref) shared() bool { return !r.hasCallback && r.ExtType() == nil }

// Type returns the reference's type.
func (r *Ref) Type() *py.Type {
	if typ := r.ExtType(); typ != nil {
		return typ
	}
	return baseOf(r.kind)
}

// Object returns the referent, nil once it is gone.
func (r *Ref) Object() py.Object { return r.e.object() }

func addr(o py.Object) uintptr { return uintptr(dataPointer(o)) }

func refNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o, cb py.Object
	pos, _ := py.SplitArgs(args, kwnames)
	if err := py.UnpackArgs("__new__", pos, nil, 1, 2, &o, &cb); err != nil {
		return nil, err
	}
	return newRef(t, typ, o, cb, kindRef)
}

func refInit(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) error {
	var o, cb py.Object
	pos, _ := py.SplitArgs(args, kwnames)
	return py.UnpackArgs("__init__", pos, nil, 1, 2, &o, &cb)
}

func refCall(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("weakref", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 0 {
		return nil, py.Errorf(py.TypeError, "weakref() takes exactly 0 arguments (%d given)", len(args))
	}
	if err := RunCallbacks(t); err != nil {
		return nil, err
	}
	if o := self.(*Ref).Object(); o != nil {
		return o, nil
	}
	return py.None, nil
}

func refRepr(t *py.Thread, self py.Object) (py.Object, error) {
	r := self.(*Ref)
	o := r.Object()
	if o == nil {
		return py.NewStr(fmt.Sprintf("<weakref at %#x; dead>", addr(r))), nil
	}
	s := fmt.Sprintf("<weakref at %#x; to '%s' at %#x", addr(r), o.Type().Name, addr(o))
	if name, err := py.LookupAttr(t, o, py.NewStr("__name__")); err == nil && name != nil {
		if ns, ok := name.(*py.Str); ok {
			s += " (" + ns.String() + ")"
		}
	}
	return py.NewStr(s + ">"), nil
}

func refHash(t *py.Thread, self py.Object) (int64, error) {
	r := self.(*Ref)
	if r.hashed {
		return r.hash, nil
	}
	o := r.Object()
	if o == nil {
		return 0, py.Errorf(py.TypeError, "weak object has gone away")
	}
	h, err := py.Hash(t, o)
	if err != nil {
		return 0, err
	}
	r.hash, r.hashed = h, true
	return h, nil
}

func refCompare(t *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
	ra, ok1 := a.(*Ref)
	rb, ok2 := b.(*Ref)
	if !ok1 || !ok2 || (op != py.EQ && op != py.NE) || ra.kind != kindRef || rb.kind != kindRef {
		return py.NotImplemented, nil
	}
	oa, ob := ra.Object(), rb.Object()
	if oa == nil || ob == nil {
		same := ra == rb
		if op == py.NE {
			same = !same
		}
		return py.NewBool(same), nil
	}
	return py.RichCompare(t, oa, ob, op)
}

// ---- proxies ----

func deadProxy() error {
	return py.Errorf(py.ReferenceError, "weakly-referenced object no longer exists")
}

// unwrap returns o's referent when o is a proxy (ReferenceError when it
// is dead), else o.
func unwrap(o py.Object) (py.Object, error) {
	if r, ok := o.(*Ref); ok && r.kind != kindRef {
		if v := r.Object(); v != nil {
			return v, nil
		}
		return nil, deadProxy()
	}
	return o, nil
}

func proxyUnary(f func(t *py.Thread, o py.Object) (py.Object, error)) py.UnaryFunc {
	return func(t *py.Thread, self py.Object) (py.Object, error) {
		o, err := unwrap(self)
		if err != nil {
			return nil, err
		}
		return f(t, o)
	}
}

func proxyBinary(f func(t *py.Thread, a, b py.Object) (py.Object, error)) py.BinaryFunc {
	return func(t *py.Thread, a, b py.Object) (py.Object, error) {
		x, err := unwrap(a)
		if err != nil {
			return nil, err
		}
		y, err := unwrap(b)
		if err != nil {
			return nil, err
		}
		return f(t, x, y)
	}
}

// unarySlot calls a unary slot of o's type.
func unarySlot(sel func(*py.Type) py.UnaryFunc, what string) func(t *py.Thread, o py.Object) (py.Object, error) {
	return func(t *py.Thread, o py.Object) (py.Object, error) {
		f := sel(o.Type())
		if f == nil {
			return nil, py.Errorf(py.TypeError, "bad operand type for %s: '%s'", what, o.Type().Name)
		}
		return f(t, o)
	}
}

func initTypes() {
	RefType.Doc = ""
	RefType.New = refNew
	RefType.Init = refInit
	RefType.Call = refCall
	RefType.Repr = refRepr
	RefType.Hash = refHash
	RefType.RichCompare = refCompare
	py.RegisterTypes(RefType)

	for _, typ := range []*py.Type{ProxyType, CallableProxyType} {
		typ.Repr = func(t *py.Thread, self py.Object) (py.Object, error) {
			r := self.(*Ref)
			o := r.Object()
			if o == nil {
				return py.NewStr(fmt.Sprintf("<weakproxy at %#x; dead>", addr(r))), nil
			}
			return py.NewStr(fmt.Sprintf("<weakproxy at %#x to %s at %#x>", addr(r), o.Type().Name, addr(o))), nil
		}
		typ.Str = proxyUnary(func(t *py.Thread, o py.Object) (py.Object, error) { return py.StrOf(t, o) })
		typ.Hash = func(t *py.Thread, self py.Object) (int64, error) {
			return 0, py.Errorf(py.TypeError, "unhashable type: '%s'", self.Type().Name)
		}
		typ.GetAttr = func(t *py.Thread, self py.Object, name *py.Str) (py.Object, error) {
			o, err := unwrap(self)
			if err != nil {
				return nil, err
			}
			return py.GetAttr(t, o, name)
		}
		typ.SetAttr = func(t *py.Thread, self py.Object, name *py.Str, value py.Object) error {
			o, err := unwrap(self)
			if err != nil {
				return err
			}
			return py.SetAttr(t, o, name, value)
		}
		typ.RichCompare = func(t *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
			x, err := unwrap(a)
			if err != nil {
				return nil, err
			}
			y, err := unwrap(b)
			if err != nil {
				return nil, err
			}
			return py.RichCompare(t, x, y, op)
		}
		typ.Bool = func(t *py.Thread, self py.Object) (bool, error) {
			o, err := unwrap(self)
			if err != nil {
				return false, err
			}
			return py.IsTrue(t, o)
		}
		typ.Len = func(t *py.Thread, self py.Object) (int, error) {
			o, err := unwrap(self)
			if err != nil {
				return 0, err
			}
			return py.Len(t, o)
		}
		typ.Iter = proxyUnary(py.Iter)
		typ.Next = proxyUnary(func(t *py.Thread, o py.Object) (py.Object, error) {
			if o.Type().Next == nil {
				return nil, py.Errorf(py.TypeError, "'%s' object is not an iterator", o.Type().Name)
			}
			return o.Type().Next(t, o)
		})
		typ.GetItem = proxyBinary(py.GetItem)
		typ.SetItem = func(t *py.Thread, self, key, value py.Object) error {
			o, err := unwrap(self)
			if err != nil {
				return err
			}
			if value == nil {
				if o.Type().SetItem == nil {
					return py.Errorf(py.TypeError, "'%s' object does not support item deletion", o.Type().Name)
				}
				return o.Type().SetItem(t, o, key, nil)
			}
			return py.SetItem(t, o, key, value)
		}
		typ.Contains = func(t *py.Thread, self, item py.Object) (bool, error) {
			o, err := unwrap(self)
			if err != nil {
				return false, err
			}
			return py.Contains(t, o, item)
		}
		for _, b := range []struct {
			slot *py.BinaryFunc
			sel  func(*py.Type) py.BinaryFunc
			sym  string
		}{
			{&typ.Add, func(x *py.Type) py.BinaryFunc { return x.Add }, "+"},
			{&typ.Sub, func(x *py.Type) py.BinaryFunc { return x.Sub }, "-"},
			{&typ.Mul, func(x *py.Type) py.BinaryFunc { return x.Mul }, "*"},
			{&typ.TrueDiv, func(x *py.Type) py.BinaryFunc { return x.TrueDiv }, "/"},
			{&typ.FloorDiv, func(x *py.Type) py.BinaryFunc { return x.FloorDiv }, "//"},
			{&typ.Mod, func(x *py.Type) py.BinaryFunc { return x.Mod }, "%"},
			{&typ.Divmod, func(x *py.Type) py.BinaryFunc { return x.Divmod }, "divmod()"},
			{&typ.LShift, func(x *py.Type) py.BinaryFunc { return x.LShift }, "<<"},
			{&typ.RShift, func(x *py.Type) py.BinaryFunc { return x.RShift }, ">>"},
			{&typ.And, func(x *py.Type) py.BinaryFunc { return x.And }, "&"},
			{&typ.Or, func(x *py.Type) py.BinaryFunc { return x.Or }, "|"},
			{&typ.Xor, func(x *py.Type) py.BinaryFunc { return x.Xor }, "^"},
		} {
			b := b
			*b.slot = proxyBinary(func(t *py.Thread, x, y py.Object) (py.Object, error) {
				return py.BinaryOp(t, x, y, b.sel, b.sym)
			})
		}
		for _, b := range []struct {
			slot      *py.BinaryFunc
			isel, sel func(*py.Type) py.BinaryFunc
			sym       string
		}{
			{&typ.IAdd, func(x *py.Type) py.BinaryFunc { return x.IAdd }, func(x *py.Type) py.BinaryFunc { return x.Add }, "+="},
			{&typ.ISub, func(x *py.Type) py.BinaryFunc { return x.ISub }, func(x *py.Type) py.BinaryFunc { return x.Sub }, "-="},
			{&typ.IMul, func(x *py.Type) py.BinaryFunc { return x.IMul }, func(x *py.Type) py.BinaryFunc { return x.Mul }, "*="},
			{&typ.ITrueDiv, func(x *py.Type) py.BinaryFunc { return x.ITrueDiv }, func(x *py.Type) py.BinaryFunc { return x.TrueDiv }, "/="},
			{&typ.IFloorDiv, func(x *py.Type) py.BinaryFunc { return x.IFloorDiv }, func(x *py.Type) py.BinaryFunc { return x.FloorDiv }, "//="},
			{&typ.IMod, func(x *py.Type) py.BinaryFunc { return x.IMod }, func(x *py.Type) py.BinaryFunc { return x.Mod }, "%="},
			{&typ.ILShift, func(x *py.Type) py.BinaryFunc { return x.ILShift }, func(x *py.Type) py.BinaryFunc { return x.LShift }, "<<="},
			{&typ.IRShift, func(x *py.Type) py.BinaryFunc { return x.IRShift }, func(x *py.Type) py.BinaryFunc { return x.RShift }, ">>="},
			{&typ.IAnd, func(x *py.Type) py.BinaryFunc { return x.IAnd }, func(x *py.Type) py.BinaryFunc { return x.And }, "&="},
			{&typ.IOr, func(x *py.Type) py.BinaryFunc { return x.IOr }, func(x *py.Type) py.BinaryFunc { return x.Or }, "|="},
			{&typ.IXor, func(x *py.Type) py.BinaryFunc { return x.IXor }, func(x *py.Type) py.BinaryFunc { return x.Xor }, "^="},
		} {
			b := b
			*b.slot = proxyBinary(func(t *py.Thread, x, y py.Object) (py.Object, error) {
				return py.InPlaceOp(t, x, y, b.isel, b.sel, b.sym)
			})
		}
		typ.AddMethods(py.MethodDef{Name: "__bytes__", Fn: func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			if err := py.NoArgs("__bytes__", args, kwnames); err != nil {
				return nil, err
			}
			o, err := unwrap(self)
			if err != nil {
				return nil, err
			}
			f, err := py.GetAttr(t, o, py.NewStr("__bytes__"))
			if err != nil {
				return nil, err
			}
			return py.Call(t, f, nil, nil)
		}})
		for _, u := range []struct {
			slot *py.UnaryFunc
			sel  func(*py.Type) py.UnaryFunc
			what string
		}{
			{&typ.Neg, func(x *py.Type) py.UnaryFunc { return x.Neg }, "unary -"},
			{&typ.Pos, func(x *py.Type) py.UnaryFunc { return x.Pos }, "unary +"},
			{&typ.Abs, func(x *py.Type) py.UnaryFunc { return x.Abs }, "abs()"},
			{&typ.Invert, func(x *py.Type) py.UnaryFunc { return x.Invert }, "unary ~"},
			{&typ.Int, func(x *py.Type) py.UnaryFunc { return x.Int }, "int()"},
			{&typ.Float, func(x *py.Type) py.UnaryFunc { return x.Float }, "float()"},
			{&typ.Index, func(x *py.Type) py.UnaryFunc { return x.Index }, "operator.index()"},
		} {
			*u.slot = proxyUnary(unarySlot(u.sel, u.what))
		}
	}
	CallableProxyType.Call = func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		o, err := unwrap(self)
		if err != nil {
			return nil, err
		}
		return py.Call(t, o, args, kwnames)
	}
	py.RegisterTypes(ProxyType, CallableProxyType)
}
