package py

// The abstract operations: what the evaluator and the builtins call.
// Each dispatches through the type slots, with Python's rules for
// reflected operands and NotImplemented (CPython's Objects/abstract.c).

// Repr returns repr(o).
func Repr(t *Thread, o Object) (*Str, error) {
	typ := o.Type()
	if typ.Repr == nil && (!typ.readyNow() || typ.Repr == nil) {
		return NewStr("<" + typ.Name + " object>"), nil
	}
	r, err := typ.Repr(t, o)
	if err != nil {
		return nil, err
	}
	s, ok := r.(*Str)
	if !ok {
		return nil, Errorf(TypeError, "__repr__ returned non-string (type %s)", r.Type().Name)
	}
	return s, nil
}

// StrOf returns str(o).
func StrOf(t *Thread, o Object) (*Str, error) {
	if s, ok := o.(*Str); ok && s.ext.p == nil {
		return s, nil
	}
	typ := o.Type()
	if typ.Str == nil {
		return Repr(t, o)
	}
	r, err := typ.Str(t, o)
	if err != nil {
		return nil, err
	}
	s, ok := r.(*Str)
	if !ok {
		return nil, Errorf(TypeError, "__str__ returned non-string (type %s)", r.Type().Name)
	}
	return s, nil
}

// Hash returns hash(o).
func Hash(t *Thread, o Object) (int64, error) {
	switch v := o.(type) {
	case *Str:
		if v.ext.p == nil {
			return v.Hash(), nil
		}
	case *Int:
		if v.ext.p == nil && v.b == nil {
			return hashInt64(v.v), nil
		}
	}
	typ := o.Type()
	if typ.Hash == nil && (!typ.readyNow() || typ.Hash == nil) {
		return 0, Errorf(TypeError, "unhashable type: '%s'", typ.Name)
	}
	return typ.Hash(t, o)
}

// hashInt64 is the 3.2 hash of an int that fits in an int64: its value
// modulo 2**61-1, with -1 made -2.
func hashInt64(v int64) int64 {
	const modulus = 1<<61 - 1
	if v > -modulus && v < modulus {
		// Nearly every int: its own hash, without the division.
		if v == -1 {
			return -2
		}
		return v
	}
	neg := v < 0
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	h := int64(u % modulus)
	if neg {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// RichCompare returns the result of a op b, trying the reflected
// operation of b's type first when it is a subclass of a's, then a's, then
// b's, and falling back to identity for == and !=.
func RichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	ta := a.Type()
	if ta == b.Type() && (ta == StrType || ta == IntType || ta == FloatType) {
		// Scalars compare without recursing: no guard needed.
		return ta.RichCompare(t, a, b, op)
	}
	// Comparing containers recurses through their items: bound it as
	// CPython does, with its message.
	if err := t.EnterNative(" in comparison"); err != nil {
		return nil, err
	}
	r, err := richCompare(t, a, b, op)
	t.LeaveNative()
	return r, err
}

func richCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	ta, tb := a.Type(), b.Type()
	checkedReverse := false
	if ta != tb && tb.IsSubtype(ta) && tb.RichCompare != nil {
		checkedReverse = true
		r, err := tb.RichCompare(t, b, a, swappedOp[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if ta.RichCompare != nil {
		r, err := ta.RichCompare(t, a, b, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !checkedReverse && tb.RichCompare != nil {
		r, err := tb.RichCompare(t, b, a, swappedOp[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case EQ:
		return NewBool(a == b), nil
	case NE:
		return NewBool(a != b), nil
	}
	return nil, Errorf(TypeError, "unorderable types: %s() %s %s()", ta.Name, opSymbol[op], tb.Name)
}

var swappedOp = [...]CompareOp{LT: GT, LE: GE, EQ: EQ, NE: NE, GT: LT, GE: LE}

var opSymbol = [...]string{LT: "<", LE: "<=", EQ: "==", NE: "!=", GT: ">", GE: ">="}

// Equal reports whether a == b, identity first as containers do.
func Equal(t *Thread, a, b Object) (bool, error) {
	if a == b {
		return true, nil
	}
	if sa, ok := a.(*Str); ok && sa.ext.p == nil {
		if sb, ok := b.(*Str); ok && sb.ext.p == nil {
			return sa.s == sb.s, nil
		}
	}
	r, err := RichCompare(t, a, b, EQ)
	if err != nil {
		return false, err
	}
	return IsTrue(t, r)
}

// IsTrue returns bool(o): __bool__, else __len__, else true.
func IsTrue(t *Thread, o Object) (bool, error) {
	switch o {
	case True:
		return true, nil
	case False, None:
		return false, nil
	}
	if i, ok := o.(*Int); ok && i.ext.p == nil {
		return i.v != 0 || i.b != nil, nil
	}
	typ := o.Type()
	if typ.Bool != nil {
		return typ.Bool(t, o)
	}
	if typ.Len != nil {
		n, err := typ.Len(t, o)
		return n != 0, err
	}
	return true, nil
}

// binarySlot selects one binary slot of a type.
type binarySlot func(*Type) BinaryFunc

// BinaryOp applies a binary operator through the slot sel picks, as
// CPython's binary_op1: b's slot first if b's type is a proper subclass of
// a's, NotImplemented passing on to the other operand; symbol names the
// operator in the TypeError.
func BinaryOp(t *Thread, a, b Object, sel binarySlot, symbol string) (Object, error) {
	r, err := binaryOp1(t, a, b, sel)
	if err != nil || r != NotImplemented {
		return r, err
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", symbol, a.Type().Name, b.Type().Name)
}

func binaryOp1(t *Thread, a, b Object, sel binarySlot) (Object, error) {
	ta, tb := a.Type(), b.Type()
	slota := sel(ta)
	var slotb BinaryFunc
	if tb != ta {
		slotb = sel(tb)
		// The same function in both types runs once (for two classes with
		// the dunder dispatcher, it tries both operands' methods itself).
		if slotb != nil && slota != nil && ta.Flags&tb.Flags&FlagHeapType != 0 && sameSlotFunc(ta, tb, sel) {
			slotb = nil
		}
	}
	if slota != nil {
		if slotb != nil && tb.IsSubtype(ta) {
			r, err := slotb(t, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
			slotb = nil
		}
		r, err := slota(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if slotb != nil {
		return slotb(t, a, b)
	}
	return NotImplemented, nil
}

// InPlaceOp applies an augmented assignment operator: the in-place slot
// isel picks if a's type has it and it does not return NotImplemented,
// else the binary operator.
func InPlaceOp(t *Thread, a, b Object, isel, sel binarySlot, symbol string) (Object, error) {
	if f := isel(a.Type()); f != nil {
		r, err := f(t, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	r, err := binaryOp1(t, a, b, sel)
	if err != nil || r != NotImplemented {
		return r, err
	}
	return nil, Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", symbol, a.Type().Name, b.Type().Name)
}

// Slot selectors for BinaryOp and InPlaceOp.
var (
	SlotAdd       binarySlot = func(t *Type) BinaryFunc { return t.Add }
	SlotSub       binarySlot = func(t *Type) BinaryFunc { return t.Sub }
	SlotMul       binarySlot = func(t *Type) BinaryFunc { return t.Mul }
	SlotTrueDiv   binarySlot = func(t *Type) BinaryFunc { return t.TrueDiv }
	SlotFloorDiv  binarySlot = func(t *Type) BinaryFunc { return t.FloorDiv }
	SlotMod       binarySlot = func(t *Type) BinaryFunc { return t.Mod }
	SlotDivmod    binarySlot = func(t *Type) BinaryFunc { return t.Divmod }
	SlotLShift    binarySlot = func(t *Type) BinaryFunc { return t.LShift }
	SlotRShift    binarySlot = func(t *Type) BinaryFunc { return t.RShift }
	SlotAnd       binarySlot = func(t *Type) BinaryFunc { return t.And }
	SlotOr        binarySlot = func(t *Type) BinaryFunc { return t.Or }
	SlotXor       binarySlot = func(t *Type) BinaryFunc { return t.Xor }
	SlotIAdd      binarySlot = func(t *Type) BinaryFunc { return t.IAdd }
	SlotISub      binarySlot = func(t *Type) BinaryFunc { return t.ISub }
	SlotIMul      binarySlot = func(t *Type) BinaryFunc { return t.IMul }
	SlotITrueDiv  binarySlot = func(t *Type) BinaryFunc { return t.ITrueDiv }
	SlotIFloorDiv binarySlot = func(t *Type) BinaryFunc { return t.IFloorDiv }
	SlotIMod      binarySlot = func(t *Type) BinaryFunc { return t.IMod }
	SlotILShift   binarySlot = func(t *Type) BinaryFunc { return t.ILShift }
	SlotIRShift   binarySlot = func(t *Type) BinaryFunc { return t.IRShift }
	SlotIAnd      binarySlot = func(t *Type) BinaryFunc { return t.IAnd }
	SlotIOr       binarySlot = func(t *Type) BinaryFunc { return t.IOr }
	SlotIXor      binarySlot = func(t *Type) BinaryFunc { return t.IXor }
)

// Call calls callable with positional args and keyword arguments (see
// CallFunc for the layout of args and kwnames).
func Call(t *Thread, callable Object, args []Object, kwnames *Tuple) (Object, error) {
	typ := callable.Type()
	if typ.Call == nil {
		return nil, Errorf(TypeError, "'%s' object is not callable", typ.Name)
	}
	return typ.Call(t, callable, args, kwnames)
}

// GetAttr returns o.name.
func GetAttr(t *Thread, o Object, name *Str) (Object, error) {
	typ := o.Type()
	if typ.GetAttr == nil && (!typ.readyNow() || typ.GetAttr == nil) {
		return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", typ.Name, name.s)
	}
	return typ.GetAttr(t, o, name)
}

// LookupAttr returns o.name, or nil with no error when o has no such
// attribute (the lookup raised AttributeError), as CPython's
// _PyObject_LookupAttr: hasattr and getattr with a default use it, and for
// the generic attribute lookup a missing attribute makes no exception.
func LookupAttr(t *Thread, o Object, name *Str) (Object, error) {
	var v Object
	var err error
	if typ := o.Type(); typ.origin[sGetAttr] == ObjectType && typ.GetAttr != nil {
		v, err = genericGetAttr(t, o, name)
	} else {
		v, err = GetAttr(t, o, name)
	}
	if err != nil && ErrorMatches(err, AttributeError) {
		return nil, nil
	}
	return v, err
}

// SetAttr sets o.name = value, or deletes o.name when value is nil.
func SetAttr(t *Thread, o Object, name *Str, value Object) error {
	typ := o.Type()
	if typ.SetAttr == nil && (!typ.readyNow() || typ.SetAttr == nil) {
		if value == nil {
			return Errorf(AttributeError, "'%s' object has no attribute '%s'", typ.Name, name.s)
		}
		return Errorf(AttributeError, "'%s' object has no attribute '%s'", typ.Name, name.s)
	}
	return typ.SetAttr(t, o, name, value)
}

// GetItem returns o[key].
func GetItem(t *Thread, o, key Object) (Object, error) {
	typ := o.Type()
	if typ.GetItem == nil {
		if hasSequenceMethods(typ) && key.Type().Index != nil {
			return nil, Errorf(TypeError, "'%s' object does not support indexing", typ.Name)
		}
		return nil, Errorf(TypeError, "'%s' object is not subscriptable", typ.Name)
	}
	return typ.GetItem(t, o, key)
}

// hasSequenceMethods tells the types to which CPython 3.2 gives sequence
// methods without item access (every class written in Python, sets and
// dict views): subscripting one with an integer is worded differently.
func hasSequenceMethods(typ *Type) bool {
	if typ.Flags&FlagHeapType != 0 {
		return true
	}
	switch typ {
	case SetType, FrozenSetType, DictKeysType, DictValuesType, DictItemsType,
		StrType, TupleType, BytesType, RangeType:
		return true
	}
	return false
}

// SetItem sets o[key] = value, or deletes o[key] when value is nil.
func SetItem(t *Thread, o, key, value Object) error {
	typ := o.Type()
	if typ.SetItem == nil {
		if value == nil {
			if hasSequenceMethods(typ) && key.Type().Index != nil {
				return Errorf(TypeError, "'%s' object doesn't support item deletion", typ.Name)
			}
			return Errorf(TypeError, "'%s' object does not support item deletion", typ.Name)
		}
		return Errorf(TypeError, "'%s' object does not support item assignment", typ.Name)
	}
	return typ.SetItem(t, o, key, value)
}

// Iter returns iter(o): __iter__, or an iterator over __getitem__.
func Iter(t *Thread, o Object) (Object, error) {
	typ := o.Type()
	if typ.Iter != nil {
		it, err := typ.Iter(t, o)
		if err != nil {
			return nil, err
		}
		if it.Type().Next == nil {
			return nil, Errorf(TypeError, "iter() returned non-iterator of type '%s'", it.Type().Name)
		}
		return it, nil
	}
	if typ.GetItem != nil {
		return NewSeqIter(o), nil
	}
	return nil, Errorf(TypeError, "'%s' object is not iterable", typ.Name)
}

// Next returns the iterator's next item, or (nil, nil) when it is
// exhausted.
func Next(t *Thread, it Object) (Object, error) {
	typ := it.Type()
	if typ.Next == nil {
		return nil, Errorf(TypeError, "'%s' object is not an iterator", typ.Name)
	}
	return typ.Next(t, it)
}

// Len returns len(o).
func Len(t *Thread, o Object) (int, error) {
	typ := o.Type()
	if typ.Len == nil {
		return 0, Errorf(TypeError, "object of type '%s' has no len()", typ.Name)
	}
	return typ.Len(t, o)
}

// Contains returns item in o: __contains__, else a search by iteration.
func Contains(t *Thread, o, item Object) (bool, error) {
	typ := o.Type()
	if typ.Contains != nil {
		return typ.Contains(t, o, item)
	}
	it, err := Iter(t, o)
	if err != nil {
		return false, Errorf(TypeError, "argument of type '%s' is not iterable", typ.Name)
	}
	for {
		x, err := Next(t, it)
		if err != nil || x == nil {
			return false, err
		}
		eq, err := Equal(t, x, item)
		if err != nil || eq {
			return eq, err
		}
	}
}
