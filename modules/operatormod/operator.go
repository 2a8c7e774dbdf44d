// Package operatormod is the operator module of CPython 3.2: the
// operators as functions (add, getitem, lt, iadd, ... each also under its
// dunder name), the sequence helpers (concat, contains, indexOf,
// countOf), and the itemgetter, attrgetter and methodcaller callables,
// written in Go over the py package's abstract operations. It registers
// itself with the builtins package's module table; modules/all links it
// in.
package operatormod

import (
	"strings"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("operator", newModule) }

// fn1 is an operator of one operand, fn2 of two.
type (
	fn1 func(t *py.Thread, a py.Object) (py.Object, error)
	fn2 func(t *py.Thread, a, b py.Object) (py.Object, error)
)

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("operator")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("Python's operators as functions: operator.add(x, y) is x + y.\n\nEach function is there under its plain name and under the name of the\nspecial method, with underscores (add and __add__)."))

	// add1 registers a one-operand function (METH_O: the messages name
	// the function as called).
	add1 := func(name string, dunder bool, f fn1, doc string) {
		names := []string{name}
		if dunder {
			names = append(names, "__"+strings.TrimSuffix(name, "_")+"__")
		}
		for _, n := range names {
			n := n
			m.AddFunction(n, func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
				a, err := py.OneArg(n, args, kwnames)
				if err != nil {
					return nil, err
				}
				return f(t, a)
			}, doc)
		}
	}
	// add2 registers a two-operand function; cname is the name its
	// argument errors give (CPython's C function name, "op_add").
	add2 := func(name string, dunder bool, cname string, f fn2, doc string) {
		names := []string{name}
		if dunder {
			names = append(names, "__"+strings.TrimSuffix(name, "_")+"__")
		}
		for _, n := range names {
			m.AddFunction(n, func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
				var a, b py.Object
				if err := py.UnpackArgs(cname, args, kwnames, 2, 2, &a, &b); err != nil {
					return nil, err
				}
				return f(t, a, b)
			}, doc)
		}
	}

	add1("truth", false, func(t *py.Thread, a py.Object) (py.Object, error) {
		r, err := py.IsTrue(t, a)
		if err != nil {
			return nil, err
		}
		return py.NewBool(r), nil
	}, "truth(a): bool(a)")
	add2("contains", true, "op_contains", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		r, err := py.Contains(t, a, b)
		if err != nil {
			return nil, err
		}
		return py.NewBool(r), nil
	}, "contains(a, b): b in a")
	add2("indexOf", false, "indexOf", indexOf, "indexOf(a, b): where b first occurs in a")
	add2("countOf", false, "countOf", countOf, "countOf(a, b): how many items of a equal b")
	add2("is_", false, "is_", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.NewBool(a == b), nil
	}, "is_(a, b): a is b")
	add2("is_not", false, "is_not", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.NewBool(a != b), nil
	}, "is_not(a, b): a is not b")
	add1("index", true, index, "index(a): a as an integer, by __index__")

	bin := func(name, symbol string, slot func(t *py.Thread, a, b py.Object) (py.Object, error)) {
		add2(name, true, "op_"+name, slot, name+"(a, b): a "+symbol+" b")
	}
	bin("add", "+", func(t *py.Thread, a, b py.Object) (py.Object, error) { return py.BinaryOp(t, a, b, py.SlotAdd, "+") })
	bin("sub", "-", func(t *py.Thread, a, b py.Object) (py.Object, error) { return py.BinaryOp(t, a, b, py.SlotSub, "-") })
	bin("mul", "*", func(t *py.Thread, a, b py.Object) (py.Object, error) { return py.BinaryOp(t, a, b, py.SlotMul, "*") })
	bin("floordiv", "//", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.BinaryOp(t, a, b, py.SlotFloorDiv, "//")
	})
	bin("truediv", "/", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.BinaryOp(t, a, b, py.SlotTrueDiv, "/")
	})
	bin("mod", "%", func(t *py.Thread, a, b py.Object) (py.Object, error) { return py.BinaryOp(t, a, b, py.SlotMod, "%") })

	add1("neg", true, unary(func(typ *py.Type) py.UnaryFunc { return typ.Neg }, "unary -"), "neg(a): -a")
	add1("pos", true, unary(func(typ *py.Type) py.UnaryFunc { return typ.Pos }, "unary +"), "pos(a): +a")
	add1("abs", true, unary(func(typ *py.Type) py.UnaryFunc { return typ.Abs }, "abs()"), "abs(a): abs(a)")
	add1("inv", true, unary(func(typ *py.Type) py.UnaryFunc { return typ.Invert }, "unary ~"), "inv(a): ~a")
	add1("invert", true, unary(func(typ *py.Type) py.UnaryFunc { return typ.Invert }, "unary ~"), "invert(a): ~a")

	bin("lshift", "<<", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.BinaryOp(t, a, b, py.SlotLShift, "<<")
	})
	bin("rshift", ">>", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.BinaryOp(t, a, b, py.SlotRShift, ">>")
	})
	add1("not_", true, func(t *py.Thread, a py.Object) (py.Object, error) {
		r, err := py.IsTrue(t, a)
		if err != nil {
			return nil, err
		}
		return py.NewBool(!r), nil
	}, "not_(a): not a")
	bin("and_", "&", func(t *py.Thread, a, b py.Object) (py.Object, error) { return py.BinaryOp(t, a, b, py.SlotAnd, "&") })
	bin("xor", "^", func(t *py.Thread, a, b py.Object) (py.Object, error) { return py.BinaryOp(t, a, b, py.SlotXor, "^") })
	bin("or_", "|", func(t *py.Thread, a, b py.Object) (py.Object, error) { return py.BinaryOp(t, a, b, py.SlotOr, "|") })

	inplace := func(name, symbol string, f fn2) {
		add2(name, true, "op_"+name, f, name+"(a, b): a "+symbol+" b")
	}
	inplace("iadd", "+=", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.InPlaceOp(t, a, b, py.SlotIAdd, py.SlotAdd, "+=")
	})
	inplace("isub", "-=", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.InPlaceOp(t, a, b, py.SlotISub, py.SlotSub, "-=")
	})
	inplace("imul", "*=", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.InPlaceOp(t, a, b, py.SlotIMul, py.SlotMul, "*=")
	})
	inplace("ifloordiv", "//=", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.InPlaceOp(t, a, b, py.SlotIFloorDiv, py.SlotFloorDiv, "//=")
	})
	inplace("itruediv", "/=", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.InPlaceOp(t, a, b, py.SlotITrueDiv, py.SlotTrueDiv, "/=")
	})
	inplace("imod", "%=", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.InPlaceOp(t, a, b, py.SlotIMod, py.SlotMod, "%=")
	})
	inplace("ilshift", "<<=", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.InPlaceOp(t, a, b, py.SlotILShift, py.SlotLShift, "<<=")
	})
	inplace("irshift", ">>=", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.InPlaceOp(t, a, b, py.SlotIRShift, py.SlotRShift, ">>=")
	})
	inplace("iand", "&=", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.InPlaceOp(t, a, b, py.SlotIAnd, py.SlotAnd, "&=")
	})
	inplace("ixor", "^=", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.InPlaceOp(t, a, b, py.SlotIXor, py.SlotXor, "^=")
	})
	inplace("ior", "|=", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return py.InPlaceOp(t, a, b, py.SlotIOr, py.SlotOr, "|=")
	})
	add2("concat", true, "op_concat", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		if !isSequence(a) || !isSequence(b) {
			return nil, py.Errorf(py.TypeError, "'%s' object can't be concatenated", a.Type().Name)
		}
		return py.BinaryOp(t, a, b, py.SlotAdd, "+")
	}, "concat(a, b): a + b (sequences)")
	add2("iconcat", true, "op_iconcat", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		if !isSequence(a) || !isSequence(b) {
			return nil, py.Errorf(py.TypeError, "'%s' object can't be concatenated", a.Type().Name)
		}
		return py.InPlaceOp(t, a, b, py.SlotIAdd, py.SlotAdd, "+=")
	}, "iconcat(a, b): a += b (sequences)")
	add2("getitem", true, "op_getitem", py.GetItem, "getitem(a, b): a[b]")
	for _, n := range []string{"setitem", "__setitem__"} {
		m.AddFunction(n, func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			var a, b, c py.Object
			if err := py.UnpackArgs("op_setitem", args, kwnames, 3, 3, &a, &b, &c); err != nil {
				return nil, err
			}
			if err := py.SetItem(t, a, b, c); err != nil {
				return nil, err
			}
			return py.None, nil
		}, "setitem(a, b, c): a[b] = c")
	}
	add2("delitem", true, "op_delitem", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		if err := py.SetItem(t, a, b, nil); err != nil {
			return nil, err
		}
		return py.None, nil
	}, "delitem(a, b): del a[b]")
	add2("pow", true, "pow", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return power(t, a, b, false)
	}, "pow(a, b): a ** b")
	add2("ipow", true, "ipow", func(t *py.Thread, a, b py.Object) (py.Object, error) {
		return power(t, a, b, true)
	}, "ipow(a, b): a **= b")
	for _, c := range []struct {
		name, symbol string
		op           py.CompareOp
	}{{"lt", "<", py.LT}, {"le", "<=", py.LE}, {"eq", "==", py.EQ}, {"ne", "!=", py.NE}, {"gt", ">", py.GT}, {"ge", ">=", py.GE}} {
		op := c.op
		add2(c.name, true, "op_"+c.name, func(t *py.Thread, a, b py.Object) (py.Object, error) {
			return py.RichCompare(t, a, b, op)
		}, c.name+"(a, b): a "+c.symbol+" b")
	}

	m.Dict.SetStr(py.NewStr("itemgetter"), itemgetterType)
	m.Dict.SetStr(py.NewStr("attrgetter"), attrgetterType)
	m.Dict.SetStr(py.NewStr("methodcaller"), methodcallerType)
	return m, nil
}

// unary applies a unary slot, failing as CPython's PyNumber_Negative and
// the like do ("bad operand type for unary -: 'str'").
func unary(sel func(*py.Type) py.UnaryFunc, what string) fn1 {
	return func(t *py.Thread, a py.Object) (py.Object, error) {
		f := sel(a.Type())
		if f == nil {
			return nil, py.Errorf(py.TypeError, "bad operand type for %s: '%s'", what, a.Type().Name)
		}
		return f(t, a)
	}
}

// index is PyNumber_Index.
func index(t *py.Thread, a py.Object) (py.Object, error) {
	if _, ok := a.(*py.Int); ok {
		return a, nil
	}
	f := a.Type().Index
	if f == nil {
		return nil, py.Errorf(py.TypeError, "'%s' object cannot be interpreted as an integer", a.Type().Name)
	}
	r, err := f(t, a)
	if err != nil {
		return nil, err
	}
	if _, ok := r.(*py.Int); !ok {
		return nil, py.Errorf(py.TypeError, "__index__ returned non-int (type %s)", r.Type().Name)
	}
	return r, nil
}

// isSequence is CPython 3.2's PySequence_Check: item access, and not a
// dict.
func isSequence(o py.Object) bool {
	if _, ok := o.(*py.Dict); ok {
		return false
	}
	return o.Type().GetItem != nil
}

// searchIter runs over a's items for indexOf and countOf.
func searchIter(t *py.Thread, a, b py.Object, first bool) (int, bool, error) {
	it, err := py.Iter(t, a)
	if err != nil {
		if py.ErrorMatches(err, py.TypeError) {
			return 0, false, py.Errorf(py.TypeError, "argument of type '%s' is not iterable", a.Type().Name)
		}
		return 0, false, err
	}
	n, i := 0, 0
	for ; ; i++ {
		x, err := py.Next(t, it)
		if err != nil {
			return 0, false, err
		}
		if x == nil {
			break
		}
		eq, err := py.Equal(t, x, b)
		if err != nil {
			return 0, false, err
		}
		if eq {
			if first {
				return i, true, nil
			}
			n++
		}
	}
	return n, false, nil
}

func indexOf(t *py.Thread, a, b py.Object) (py.Object, error) {
	i, found, err := searchIter(t, a, b, true)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, py.Errorf(py.ValueError, "sequence.index(x): x not in sequence")
	}
	return py.NewInt(int64(i)), nil
}

func countOf(t *py.Thread, a, b py.Object) (py.Object, error) {
	n, _, err := searchIter(t, a, b, false)
	if err != nil {
		return nil, err
	}
	return py.NewInt(int64(n)), nil
}

// power is a ** b (CPython's PyNumber_Power with None as the modulus), or
// a **= b when inPlace.
func power(t *py.Thread, a, b py.Object, inPlace bool) (py.Object, error) {
	sel := func(typ *py.Type) py.TernaryFunc { return typ.Pow }
	if inPlace && a.Type().IPow != nil {
		sel = func(typ *py.Type) py.TernaryFunc { return typ.IPow }
	}
	ta, tb := a.Type(), b.Type()
	slota := sel(ta)
	var slotb py.TernaryFunc
	if tb != ta {
		slotb = sel(tb)
	}
	if slota != nil {
		if slotb != nil && tb.IsSubtype(ta) {
			r, err := slotb(t, a, b, py.None)
			if err != nil || r != py.NotImplemented {
				return r, err
			}
			slotb = nil
		}
		r, err := slota(t, a, b, py.None)
		if err != nil || r != py.NotImplemented {
			return r, err
		}
	}
	if slotb != nil {
		r, err := slotb(t, a, b, py.None)
		if err != nil || r != py.NotImplemented {
			return r, err
		}
	}
	return nil, py.Errorf(py.TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", ta.Name, tb.Name)
}

// ---- itemgetter, attrgetter, methodcaller ----

var (
	itemgetterType   = &py.Type{Name: "itemgetter", Module: "operator"}
	attrgetterType   = &py.Type{Name: "attrgetter", Module: "operator"}
	methodcallerType = &py.Type{Name: "methodcaller", Module: "operator"}
)

type itemgetter struct{ items []py.Object }

func (*itemgetter) Type() *py.Type { return itemgetterType }

func itemgetterNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoKeywords("itemgetter()", kwnames); err != nil {
		return nil, err
	}
	if len(args) <= 1 {
		var item py.Object
		if err := py.UnpackArgs("itemgetter", args, nil, 1, 1, &item); err != nil {
			return nil, err
		}
	}
	return &itemgetter{items: append([]py.Object(nil), args...)}, nil
}

// oneOperand is the PyArg_UnpackTuple(args, name, 1, 1) of the getters'
// calls (keyword arguments are ignored, as in CPython).
func oneOperand(name string, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var obj py.Object
	if err := py.UnpackArgs(name, args[:py.NumPos(args, kwnames)], nil, 1, 1, &obj); err != nil {
		return nil, err
	}
	return obj, nil
}

func itemgetterCall(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	g := self.(*itemgetter)
	obj, err := oneOperand("itemgetter", args, kwnames)
	if err != nil {
		return nil, err
	}
	if len(g.items) == 1 {
		return py.GetItem(t, obj, g.items[0])
	}
	r := py.MakeTuple(len(g.items))
	for i, k := range g.items {
		v, err := py.GetItem(t, obj, k)
		if err != nil {
			return nil, err
		}
		r.Items[i] = v
	}
	return r, nil
}

type attrgetter struct{ attrs [][]*py.Str }

func (*attrgetter) Type() *py.Type { return attrgetterType }

func attrgetterNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoKeywords("attrgetter()", kwnames); err != nil {
		return nil, err
	}
	if len(args) <= 1 {
		var item py.Object
		if err := py.UnpackArgs("attrgetter", args, nil, 1, 1, &item); err != nil {
			return nil, err
		}
	}
	g := &attrgetter{attrs: make([][]*py.Str, len(args))}
	for i, a := range args {
		s, ok := a.(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "attribute name must be a string")
		}
		parts := strings.Split(s.String(), ".")
		chain := make([]*py.Str, len(parts))
		for j, p := range parts {
			chain[j] = py.InternStr(p)
		}
		g.attrs[i] = chain
	}
	return g, nil
}

func dottedGetAttr(t *py.Thread, obj py.Object, chain []*py.Str) (py.Object, error) {
	for _, name := range chain {
		v, err := py.GetAttr(t, obj, name)
		if err != nil {
			return nil, err
		}
		obj = v
	}
	return obj, nil
}

func attrgetterCall(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	g := self.(*attrgetter)
	obj, err := oneOperand("attrgetter", args, kwnames)
	if err != nil {
		return nil, err
	}
	if len(g.attrs) == 1 {
		return dottedGetAttr(t, obj, g.attrs[0])
	}
	r := py.MakeTuple(len(g.attrs))
	for i, chain := range g.attrs {
		v, err := dottedGetAttr(t, obj, chain)
		if err != nil {
			return nil, err
		}
		r.Items[i] = v
	}
	return r, nil
}

type methodcaller struct {
	name    py.Object
	args    []py.Object // positional arguments, then keyword values
	kwnames *py.Tuple
}

func (*methodcaller) Type() *py.Type { return methodcallerType }

func methodcallerNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if py.NumPos(args, kwnames) < 1 {
		return nil, py.Errorf(py.TypeError, "methodcaller needs at least one argument, the method name")
	}
	return &methodcaller{name: args[0], args: append([]py.Object(nil), args[1:]...), kwnames: kwnames}, nil
}

func methodcallerCall(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	mc := self.(*methodcaller)
	obj, err := oneOperand("methodcaller", args, kwnames)
	if err != nil {
		return nil, err
	}
	name, ok := mc.name.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "attribute name must be string, not '%s'", mc.name.Type().Name)
	}
	meth, err := py.GetAttr(t, obj, name)
	if err != nil {
		return nil, err
	}
	callArgs := mc.args
	if len(callArgs) > 0 {
		// The callee may not keep args, but must not see it change either.
		callArgs = append([]py.Object(nil), callArgs...)
	}
	return py.Call(t, meth, callArgs, mc.kwnames)
}

func init() {
	itemgetterType.New = itemgetterNew
	itemgetterType.Call = itemgetterCall
	attrgetterType.New = attrgetterNew
	attrgetterType.Call = attrgetterCall
	methodcallerType.New = methodcallerNew
	methodcallerType.Call = methodcallerCall
	py.RegisterTypes(itemgetterType, attrgetterType, methodcallerType)
}
