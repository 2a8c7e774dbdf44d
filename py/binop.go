package py

// Binary operators as the evaluator applies them. BinaryOp and InPlaceOp
// follow CPython's binary_op1 through the operands' slots; for the common
// case of an instance of a class whose operator method is a Python
// function (Vector.__add__), BinaryOperator.Apply calls that function
// directly, skipping the slot dispatcher, the method lookup through the
// generic descriptor call and the copy of the arguments, but only where
// the protocol would call exactly that method first.

// BinaryOperator is one of Python's binary operators, or an augmented
// assignment.
type BinaryOperator struct {
	slot   int        // the binary slot (sAdd, ...)
	sel    binarySlot // selects that slot
	isel   binarySlot // the in-place slot of an augmented assignment, else nil
	symbol string     // for the TypeError
}

// The operators, for the evaluator.
var (
	OpAdd       = &BinaryOperator{sAdd, SlotAdd, nil, "+"}
	OpSub       = &BinaryOperator{sSub, SlotSub, nil, "-"}
	OpMul       = &BinaryOperator{sMul, SlotMul, nil, "*"}
	OpTrueDiv   = &BinaryOperator{sTrueDiv, SlotTrueDiv, nil, "/"}
	OpFloorDiv  = &BinaryOperator{sFloorDiv, SlotFloorDiv, nil, "//"}
	OpMod       = &BinaryOperator{sMod, SlotMod, nil, "%"}
	OpLShift    = &BinaryOperator{sLShift, SlotLShift, nil, "<<"}
	OpRShift    = &BinaryOperator{sRShift, SlotRShift, nil, ">>"}
	OpAnd       = &BinaryOperator{sAnd, SlotAnd, nil, "&"}
	OpXor       = &BinaryOperator{sXor, SlotXor, nil, "^"}
	OpOr        = &BinaryOperator{sOr, SlotOr, nil, "|"}
	OpIAdd      = &BinaryOperator{sAdd, SlotAdd, SlotIAdd, "+="}
	OpISub      = &BinaryOperator{sSub, SlotSub, SlotISub, "-="}
	OpIMul      = &BinaryOperator{sMul, SlotMul, SlotIMul, "*="}
	OpITrueDiv  = &BinaryOperator{sTrueDiv, SlotTrueDiv, SlotITrueDiv, "/="}
	OpIFloorDiv = &BinaryOperator{sFloorDiv, SlotFloorDiv, SlotIFloorDiv, "//="}
	OpIMod      = &BinaryOperator{sMod, SlotMod, SlotIMod, "%="}
	OpILShift   = &BinaryOperator{sLShift, SlotLShift, SlotILShift, "<<="}
	OpIRShift   = &BinaryOperator{sRShift, SlotRShift, SlotIRShift, ">>="}
	OpIAnd      = &BinaryOperator{sAnd, SlotAnd, SlotIAnd, "&="}
	OpIXor      = &BinaryOperator{sXor, SlotXor, SlotIXor, "^="}
	OpIOr       = &BinaryOperator{sOr, SlotOr, SlotIOr, "|="}
)

// Apply returns a op b (BinaryOp, or InPlaceOp for an augmented
// assignment).
func (op *BinaryOperator) Apply(t *Thread, a, b Object) (Object, error) {
	if in, ok := a.(*Instance); ok && (op.isel == nil || op.isel(in.typ) == nil) {
		if r, done, err := op.instanceMethod(t, in, b); done {
			return r, err
		}
	}
	if op.isel != nil {
		return InPlaceOp(t, a, b, op.isel, op.sel, op.symbol)
	}
	return BinaryOp(t, a, b, op.sel, op.symbol)
}

// instanceMethod applies the operator when a's class has the method as
// a Python function and the protocol would try it first: b is of the
// same class, or of a type that neither has the dispatcher for the slot
// nor derives from a's class (so its reflected method does not come
// first). It reports done false, having called nothing, otherwise. What
// follows a NotImplemented result is binary_op1's rest: b's own slot,
// then the TypeError.
func (op *BinaryOperator) instanceMethod(t *Thread, a *Instance, b Object) (Object, bool, error) {
	ta, s := a.typ, op.slot
	if !isDispatcher(ta, s) {
		return nil, false, nil
	}
	tb := b.Type()
	if tb != ta && (isDispatcher(tb, s) || tb.IsSubtype(ta)) {
		return nil, false, nil
	}
	fn, ok := ta.Lookup(slotNameStrs[s][0]).(*Function)
	if !ok {
		return nil, false, nil
	}
	args := [2]Object{a, b}
	r, err := functionCall(t, fn, args[:], nil)
	if err != nil || r != NotImplemented {
		return r, true, err
	}
	if tb != ta {
		if f := op.sel(tb); f != nil {
			if r, err := f(t, a, b); err != nil || r != NotImplemented {
				return r, true, err
			}
		}
	}
	return nil, true, Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op.symbol, ta.Name, tb.Name)
}
