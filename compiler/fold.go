package compiler

import (
	"github.com/taipan-py/taipan/internal/pystr"
	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/py"
)

// Constant folding computes with the object model's own operations, so a
// folded constant is exactly what the operation gives at run time. The
// operands are constants of built-in types, so no Python code runs; the
// thread (one per compilation, see compiler.thread) exists only because
// every operation takes one.

// newFoldThread returns a thread for folding constants, in an
// interpreter of its own that never runs code.
func newFoldThread() *py.Thread { return py.NewThread(&py.Interp{RecursionLimit: 1000}) }

// maxFoldedLen is the longest sequence a fold may produce (CPython keeps
// code like (None,)*1000 from making large constants).
const maxFoldedLen = 20

// foldBinary computes v op w, reporting false when the operation fails
// or makes a sequence longer than maxFoldedLen. A str is never
// subscripted (CPython avoids results that differ between its narrow and
// wide builds).
func foldBinary(t *py.Thread, op opcode.Opcode, v, w py.Object) (r py.Object, ok bool) {
	defer func() {
		// An operation of the object model that is not finished yet
		// must not stop the compiler.
		if recover() != nil {
			r, ok = nil, false
		}
	}()
	var err error
	switch op {
	case opcode.BINARY_POWER:
		r, err = power(t, v, w)
	case opcode.BINARY_MULTIPLY:
		if tooLongProduct(v, w) || tooLongProduct(w, v) {
			return nil, false
		}
		r, err = py.BinaryOp(t, v, w, py.SlotMul, "*")
	case opcode.BINARY_TRUE_DIVIDE:
		r, err = py.BinaryOp(t, v, w, py.SlotTrueDiv, "/")
	case opcode.BINARY_FLOOR_DIVIDE:
		r, err = py.BinaryOp(t, v, w, py.SlotFloorDiv, "//")
	case opcode.BINARY_MODULO:
		r, err = py.BinaryOp(t, v, w, py.SlotMod, "%")
	case opcode.BINARY_ADD:
		r, err = py.BinaryOp(t, v, w, py.SlotAdd, "+")
	case opcode.BINARY_SUBTRACT:
		r, err = py.BinaryOp(t, v, w, py.SlotSub, "-")
	case opcode.BINARY_SUBSCR:
		if _, ok := v.(*py.Str); ok {
			return nil, false
		}
		r, err = py.GetItem(t, v, w)
	case opcode.BINARY_LSHIFT:
		r, err = py.BinaryOp(t, v, w, py.SlotLShift, "<<")
	case opcode.BINARY_RSHIFT:
		r, err = py.BinaryOp(t, v, w, py.SlotRShift, ">>")
	case opcode.BINARY_AND:
		r, err = py.BinaryOp(t, v, w, py.SlotAnd, "&")
	case opcode.BINARY_XOR:
		r, err = py.BinaryOp(t, v, w, py.SlotXor, "^")
	case opcode.BINARY_OR:
		r, err = py.BinaryOp(t, v, w, py.SlotOr, "|")
	default:
		return nil, false
	}
	if err != nil || r == nil {
		return nil, false
	}
	if n, ok := constLen(r); ok && n > maxFoldedLen {
		return nil, false
	}
	return r, true
}

// power is v ** w, as CPython's ternary dispatch does it: w's slot first
// when w's type is a proper subclass of v's.
func power(t *py.Thread, v, w py.Object) (py.Object, error) {
	tv, tw := v.Type(), w.Type()
	slotv := tv.Pow
	var slotw py.TernaryFunc
	if tw != tv {
		slotw = tw.Pow
	}
	if slotv != nil {
		if slotw != nil && tw.IsSubtype(tv) {
			r, err := slotw(t, v, w, py.None)
			if err != nil || r != py.NotImplemented {
				return r, err
			}
			slotw = nil
		}
		r, err := slotv(t, v, w, py.None)
		if err != nil || r != py.NotImplemented {
			return r, err
		}
	}
	if slotw != nil {
		r, err := slotw(t, v, w, py.None)
		if err != nil || r != py.NotImplemented {
			return r, err
		}
	}
	return nil, py.Errorf(py.TypeError, "unsupported operand type(s) for ** or pow()")
}

// tooLongProduct reports whether seq * n would be a sequence longer than
// maxFoldedLen, so as not to build a large one only to drop it.
func tooLongProduct(seq, n py.Object) bool {
	l, ok := constLen(seq)
	if !ok {
		return false
	}
	i, ok := n.(*py.Int)
	if !ok || i.Type() != py.IntType {
		return false
	}
	k, small := i.Int64()
	if !small {
		// Too big a count fails (OverflowError) whatever the sequence.
		return true
	}
	return l > 0 && k > int64(maxFoldedLen/l)
}

// foldUnary computes op v; -v only for a true v (CPython's way of
// keeping -0.0 from becoming the constant 0.0, which also leaves -0
// unfolded).
func foldUnary(t *py.Thread, op opcode.Opcode, v py.Object) (r py.Object, ok bool) {
	defer func() {
		if recover() != nil {
			r, ok = nil, false
		}
	}()
	var f py.UnaryFunc
	switch op {
	case opcode.UNARY_NEGATIVE:
		if !constTruth(v) {
			return nil, false
		}
		f = v.Type().Neg
	case opcode.UNARY_INVERT:
		f = v.Type().Invert
	case opcode.UNARY_POSITIVE:
		f = v.Type().Pos
	}
	if f == nil {
		return nil, false
	}
	r, err := f(t, v)
	if err != nil || r == nil || r == py.NotImplemented {
		return nil, false
	}
	return r, true
}

// constTruth is bool() of a constant.
func constTruth(o py.Object) bool {
	switch v := o.(type) {
	case *py.NoneObject:
		return false
	case *py.Int:
		if n, ok := v.Int64(); ok {
			return n != 0
		}
		return true
	case *py.Float:
		return v.Float64() != 0
	case *py.Complex:
		return v.Complex128() != 0
	case *py.Str:
		return v.String() != ""
	case *py.Bytes:
		return v.String() != ""
	case *py.Tuple:
		return len(v.Items) > 0
	}
	if items, ok := frozenSetItems(o); ok {
		return len(items) > 0
	}
	return true
}

// constLen is len() of a constant that has one.
func constLen(o py.Object) (int, bool) {
	switch v := o.(type) {
	case *py.Str:
		n := 0
		for s := v.String(); s != ""; n++ {
			_, size := pystr.DecodeRune(s)
			s = s[size:]
		}
		return n, true
	case *py.Bytes:
		return len(v.String()), true
	case *py.Tuple:
		return len(v.Items), true
	}
	if items, ok := frozenSetItems(o); ok {
		return len(items), true
	}
	return 0, false
}
