package vm

import (
	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/py"
)

// unaryOp applies UNARY_POSITIVE, UNARY_NEGATIVE or UNARY_INVERT.
func unaryOp(t *py.Thread, op opcode.Opcode, v py.Object) (py.Object, error) {
	typ := v.Type()
	if i, ok := v.(*py.Int); ok && typ == py.IntType {
		switch op {
		case opcode.UNARY_NEGATIVE:
			return py.IntNeg(i), nil
		case opcode.UNARY_INVERT:
			return py.IntInvert(i), nil
		case opcode.UNARY_POSITIVE:
			return i, nil
		}
	}
	var slot py.UnaryFunc
	var symbol string
	switch op {
	case opcode.UNARY_POSITIVE:
		slot, symbol = typ.Pos, "+"
	case opcode.UNARY_NEGATIVE:
		slot, symbol = typ.Neg, "-"
	default:
		slot, symbol = typ.Invert, "~"
	}
	if slot == nil {
		return nil, py.Errorf(py.TypeError, "bad operand type for unary %s: '%s'", symbol, typ.Name)
	}
	return slot(t, v)
}

// binaryOp applies a binary or in-place operator other than the ones the
// loop handles inline.
func binaryOp(t *py.Thread, op opcode.Opcode, a, b py.Object) (py.Object, error) {
	switch op {
	case opcode.BINARY_ADD:
		return py.OpAdd.Apply(t, a, b)
	case opcode.BINARY_SUBTRACT:
		return py.OpSub.Apply(t, a, b)
	case opcode.BINARY_MULTIPLY:
		return py.OpMul.Apply(t, a, b)
	case opcode.BINARY_TRUE_DIVIDE:
		return py.OpTrueDiv.Apply(t, a, b)
	case opcode.BINARY_FLOOR_DIVIDE:
		return py.OpFloorDiv.Apply(t, a, b)
	case opcode.BINARY_MODULO:
		return py.OpMod.Apply(t, a, b)
	case opcode.BINARY_LSHIFT:
		return py.OpLShift.Apply(t, a, b)
	case opcode.BINARY_RSHIFT:
		return py.OpRShift.Apply(t, a, b)
	case opcode.BINARY_AND:
		return py.OpAnd.Apply(t, a, b)
	case opcode.BINARY_XOR:
		return py.OpXor.Apply(t, a, b)
	case opcode.BINARY_OR:
		return py.OpOr.Apply(t, a, b)
	case opcode.BINARY_POWER:
		return power(t, a, b, false)
	case opcode.INPLACE_ADD:
		return py.OpIAdd.Apply(t, a, b)
	case opcode.INPLACE_SUBTRACT:
		return py.OpISub.Apply(t, a, b)
	case opcode.INPLACE_MULTIPLY:
		return py.OpIMul.Apply(t, a, b)
	case opcode.INPLACE_TRUE_DIVIDE:
		return py.OpITrueDiv.Apply(t, a, b)
	case opcode.INPLACE_FLOOR_DIVIDE:
		return py.OpIFloorDiv.Apply(t, a, b)
	case opcode.INPLACE_MODULO:
		return py.OpIMod.Apply(t, a, b)
	case opcode.INPLACE_LSHIFT:
		return py.OpILShift.Apply(t, a, b)
	case opcode.INPLACE_RSHIFT:
		return py.OpIRShift.Apply(t, a, b)
	case opcode.INPLACE_AND:
		return py.OpIAnd.Apply(t, a, b)
	case opcode.INPLACE_XOR:
		return py.OpIXor.Apply(t, a, b)
	case opcode.INPLACE_OR:
		return py.OpIOr.Apply(t, a, b)
	case opcode.INPLACE_POWER:
		return power(t, a, b, true)
	}
	return nil, py.Errorf(py.SystemError, "unknown binary operator")
}

// power is a ** b (CPython's ternary_op with None as the third operand),
// or a **= b when inPlace.
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

// compareOp is COMPARE_OP for any operands (CPython's cmp_outcome).
func compareOp(t *py.Thread, arg int, a, b py.Object) (py.Object, error) {
	switch arg {
	case opcode.CmpIs:
		return py.NewBool(same(a, b)), nil
	case opcode.CmpIsNot:
		return py.NewBool(!same(a, b)), nil
	case opcode.CmpIn, opcode.CmpNotIn:
		r, err := py.Contains(t, b, a)
		if err != nil {
			return nil, err
		}
		return py.NewBool(r == (arg == opcode.CmpIn)), nil
	case opcode.CmpExcMatch:
		r, err := py.ExceptionMatches(a, b)
		if err != nil {
			return nil, err
		}
		return py.NewBool(r), nil
	}
	return py.RichCompare(t, a, b, py.CompareOp(arg))
}

func compareInt64(x, y int64, op int) bool {
	switch op {
	case opcode.CmpLT:
		return x < y
	case opcode.CmpLE:
		return x <= y
	case opcode.CmpEQ:
		return x == y
	case opcode.CmpNE:
		return x != y
	case opcode.CmpGT:
		return x > y
	}
	return x >= y
}

func compareFloat64(x, y float64, op int) bool {
	switch op {
	case opcode.CmpLT:
		return x < y
	case opcode.CmpLE:
		return x <= y
	case opcode.CmpEQ:
		return x == y
	case opcode.CmpNE:
		return x != y
	case opcode.CmpGT:
		return x > y
	}
	return x >= y
}

// reprName is %R of a name in a SystemError message.
func reprName(name *py.Str) string { return "'" + name.String() + "'" }

// unboundDeref is the error of LOAD_DEREF or DELETE_DEREF on an empty
// cell (CPython's format_exc_unbound).
func unboundDeref(code *py.Code, arg int) error {
	if arg < len(code.CellVars) {
		return py.Errorf(py.UnboundLocalError, "local variable '%s' referenced before assignment", code.CellVars[arg])
	}
	return py.Errorf(py.NameError, "free variable '%s' referenced before assignment in enclosing scope", code.FreeVars[arg-len(code.CellVars)])
}

// loadName is LOAD_NAME: the locals mapping, then the globals, then the
// builtins.
func loadName(t *py.Thread, f *py.Frame, name *py.Str) (py.Object, error) {
	switch l := f.Locals.(type) {
	case nil:
		return nil, py.Errorf(py.SystemError, "no locals when loading %s", reprName(name))
	case *py.Dict:
		if l.Type() == py.DictType {
			if v := l.GetStr(name); v != nil {
				return v, nil
			}
			break
		}
		v, err := py.GetItem(t, l, name)
		if err == nil {
			return v, nil
		}
		if !py.ErrorMatches(err, py.KeyError) {
			return nil, err
		}
	default:
		v, err := py.GetItem(t, l, name)
		if err == nil {
			return v, nil
		}
		if !py.ErrorMatches(err, py.KeyError) {
			return nil, err
		}
	}
	if v := f.Globals.GetStr(name); v != nil {
		return v, nil
	}
	if v := f.Builtins.GetStr(name); v != nil {
		return v, nil
	}
	return nil, py.Errorf(py.NameError, "name '%s' is not defined", name)
}

// unpackEx is UNPACK_EX: the iterable at the top of the stack becomes
// before values, a list of the rest, and after values, the first on top.
// It returns how many values it pushed in place of the iterable.
func unpackEx(t *py.Thread, stack []py.Object, sp int, arg int) (int, error) {
	before, after := arg&0xFF, arg>>8
	v := stack[sp-1]
	items, err := py.Collect(t, v)
	if err != nil {
		return 0, err
	}
	if len(items) < before {
		return 0, py.Errorf(py.ValueError, "need more than %d value%s to unpack", len(items), plural(len(items)))
	}
	if len(items)-before < after {
		return 0, py.Errorf(py.ValueError, "need more than %d values to unpack", len(items))
	}
	total := before + 1 + after
	base := sp - 1
	// Pushed in reverse: the last target's value deepest.
	k := base
	for i := len(items) - 1; i >= len(items)-after; i-- {
		stack[k] = items[i]
		k++
	}
	rest := items[before : len(items)-after]
	stack[k] = py.NewList(append([]py.Object(nil), rest...)...)
	k++
	for i := before - 1; i >= 0; i-- {
		stack[k] = items[i]
		k++
	}
	return total, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// makeFunction is MAKE_FUNCTION and MAKE_CLOSURE: it pops the code, the
// closure, the annotations and the defaults, and returns the function
// with the new stack pointer.
func makeFunction(f *py.Frame, op opcode.Opcode, arg int, stack []py.Object, sp int) (*py.Function, int) {
	posDefaults := arg & 0xff
	kwDefaults := (arg >> 8) & 0xff
	numAnnotations := (arg >> 16) & 0x7fff
	pop := func() py.Object {
		sp--
		v := stack[sp]
		stack[sp] = nil
		return v
	}
	fn := py.NewFunction(pop().(*py.Code), f.Globals)
	if op == opcode.MAKE_CLOSURE {
		fn.Closure = pop().(*py.Tuple)
	}
	if numAnnotations > 0 {
		names := pop().(*py.Tuple)
		d := py.NewDict()
		for i := len(names.Items) - 1; i >= 0; i-- {
			d.SetStr(names.Items[i].(*py.Str), pop())
		}
		fn.Annotations = d
	}
	if posDefaults > 0 {
		items := make([]py.Object, posDefaults)
		sp -= posDefaults
		copy(items, stack[sp:sp+posDefaults])
		clear(stack[sp : sp+posDefaults])
		fn.Defaults = py.NewTuple(items...)
	}
	if kwDefaults > 0 {
		d := py.NewDict()
		for i := 0; i < kwDefaults; i++ {
			v := pop()
			d.SetStr(pop().(*py.Str), v)
		}
		fn.KwDefaults = d
	}
	return fn, sp
}

// unboundLocal is the error for reading fast local arg before it is bound.
func unboundLocal(code *py.Code, arg int) error {
	return py.Errorf(py.UnboundLocalError, "local variable '%s' referenced before assignment", code.VarNames[arg])
}
