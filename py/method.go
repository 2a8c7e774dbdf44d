package py

import "fmt"

// Method is a bound method: a function with the object it was looked up
// on (CPython's method object).
type Method struct {
	Func Object // __func__
	Self Object // __self__
}

// MethodType is the type of bound methods.
var MethodType = &Type{Name: "method"}

// Type returns method.
func (m *Method) Type() *Type { return MethodType }

// NewMethod returns fn bound to self.
func NewMethod(fn, self Object) *Method { return &Method{Func: fn, Self: self} }

// methodCall calls the function with self before the arguments. (The
// evaluator avoids this copy by putting self in the stack slot below the
// arguments.)
func methodCall(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	m := self.(*Method)
	var buf [6]Object
	var all []Object
	if len(args) < len(buf) {
		all = buf[:len(args)+1]
	} else {
		all = make([]Object, len(args)+1)
	}
	all[0] = m.Self
	CopyObjects(all[1:], args)
	return Call(t, m.Func, all, kwnames)
}

func methodRepr(t *Thread, self Object) (Object, error) {
	m := self.(*Method)
	funcName := "?"
	if n, err := GetAttr(t, m.Func, strName); err == nil {
		if s, ok := n.(*Str); ok {
			funcName = s.s
		}
	} else if !isAttributeError(err) {
		return nil, err
	}
	klassName := "?"
	if n, err := GetAttr(t, m.Self.Type(), strName); err == nil {
		if s, ok := n.(*Str); ok {
			klassName = s.s
		}
	} else if !isAttributeError(err) {
		return nil, err
	}
	selfRepr, err := Repr(t, m.Self)
	if err != nil {
		return nil, err
	}
	return NewStr(fmt.Sprintf("<bound method %s.%s of %s>", klassName, funcName, selfRepr.s)), nil
}

func isAttributeError(err error) bool {
	e, ok := err.(*BaseException)
	return ok && e.Type().IsSubtype(AttributeError)
}

// methodNew is method(function, instance) (types.MethodType), with
// CPython 3.2's checks.
func methodNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	if NumKw(kwnames) != 0 {
		return nil, Errorf(TypeError, "method does not take keyword arguments")
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "method expected 2 arguments, got %d", len(args))
	}
	if args[0].Type().Call == nil {
		return nil, Errorf(TypeError, "first argument must be callable")
	}
	if args[1] == None {
		return nil, Errorf(TypeError, "self must not be None")
	}
	return NewMethod(args[0], args[1]), nil
}

func init() {
	MethodType.New = methodNew
	MethodType.Call = methodCall
	MethodType.Repr = methodRepr
	MethodType.RichCompare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		ma, ok1 := a.(*Method)
		mb, ok2 := b.(*Method)
		if !ok1 || !ok2 || (op != EQ && op != NE) {
			return NotImplemented, nil
		}
		eq, err := Equal(t, ma.Func, mb.Func)
		if err != nil {
			return nil, err
		}
		if eq {
			if eq, err = Equal(t, ma.Self, mb.Self); err != nil {
				return nil, err
			}
		}
		return NewBool(eq == (op == EQ)), nil
	}
	MethodType.Hash = func(t *Thread, self Object) (int64, error) {
		m := self.(*Method)
		h1, err := Hash(t, m.Self)
		if err != nil {
			return 0, err
		}
		h2, err := Hash(t, m.Func)
		if err != nil {
			return 0, err
		}
		h := h1 ^ h2
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	MethodType.DescrGet = func(t *Thread, self, instance Object, owner *Type) (Object, error) {
		// A bound method stays bound (CPython: "Don't rebind an already
		// bound method").
		return self, nil
	}
	MethodType.GetAttr = func(t *Thread, self Object, name *Str) (Object, error) {
		m := self.(*Method)
		typ := self.Type()
		if descr := typ.Lookup(name); descr != nil {
			if get := descr.Type().DescrGet; get != nil {
				return get(t, descr, self, typ)
			}
			return descr, nil
		}
		return GetAttr(t, m.Func, name)
	}
	MethodType.AddGetSets(
		GetSetDef{Member: true, Name: "__func__", Get: func(t *Thread, self Object) (Object, error) { return self.(*Method).Func, nil }},
		GetSetDef{Member: true, Name: "__self__", Get: func(t *Thread, self Object) (Object, error) { return self.(*Method).Self, nil }},
		GetSetDef{Name: "__doc__", Get: func(t *Thread, self Object) (Object, error) {
			v, err := GetAttr(t, self.(*Method).Func, NewStr("__doc__"))
			if err != nil && isAttributeError(err) {
				return None, nil
			}
			return v, err
		}},
	)
}

// LookupMethod finds o.name for a call that follows at once, without
// making a bound method when it can (CPython 3.7's _PyObject_GetMethod):
// when o's type looks attributes up generically and name is a function
// or method descriptor of the type that o's __dict__ does not shadow, it
// returns that function and true, and the caller calls it with o as the
// first argument; otherwise it returns the attribute, as GetAttr does,
// and false.
func LookupMethod(t *Thread, o Object, name *Str) (Object, bool, error) {
	typ := o.Type()
	if typ.origin[sGetAttr] != ObjectType {
		v, err := GetAttr(t, o, name)
		return v, false, err
	}
	if descr := typ.Lookup(name); descr != nil && descr.Type().Flags&FlagMethodDescriptor != 0 {
		if typ.Flags&FlagHasDict != 0 {
			if p := instanceDictPtr(o); p != nil && *p != nil {
				if v := (*p).GetStr(name); v != nil {
					return v, false, nil
				}
			}
		}
		return descr, true, nil
	}
	v, err := GenericGetAttr(t, o, name)
	return v, false, err
}
