package py

// The slot table: which dunder methods correspond to which slots of a
// Type (CPython's slotdefs). It serves three purposes:
//
//   - finishing a built-in type: each slot the type fills itself gets a
//     "slot wrapper" in its __dict__ under each of the slot's dunder names
//     (int.__add__ and int.__radd__ for Add), and the slots it leaves nil
//     are inherited;
//   - making a class: each slot gets either the Go function of the
//     built-in type whose slot wrapper the class inherits (when all of
//     the slot's dunders resolve to wrappers of that one type), or a
//     dispatcher that looks the dunder up on the object's class and calls
//     it (fixupSlots);
//   - assigning or deleting a dunder on a class: the slots it names are
//     refilled in the class and its subclasses (updateSlot).

// The slot numbers.
const (
	sNew = iota
	sInit
	sCall
	sGetAttr
	sSetAttr
	sDescrGet
	sDescrSet
	sRepr
	sStr
	sHash
	sRichCompare
	sIter
	sNext
	sBool
	sLen
	sGetItem
	sSetItem
	sContains
	sAdd
	sSub
	sMul
	sTrueDiv
	sFloorDiv
	sMod
	sDivmod
	sLShift
	sRShift
	sAnd
	sOr
	sXor
	sPow
	sIAdd
	sISub
	sIMul
	sITrueDiv
	sIFloorDiv
	sIMod
	sILShift
	sIRShift
	sIAnd
	sIOr
	sIXor
	sIPow
	sNeg
	sPos
	sAbs
	sInvert
	sIndex
	sInt
	sFloat
	numSlots
)

// dispatchOrigin is the origin of a slot that holds a class's dunder
// dispatcher (see typeState.origin).
var dispatchOrigin = &Type{Name: "<dispatch>"}

// slotField returns a pointer to slot s of typ.
func slotField(typ *Type, s int) any {
	switch s {
	case sNew:
		return &typ.New
	case sInit:
		return &typ.Init
	case sCall:
		return &typ.Call
	case sGetAttr:
		return &typ.GetAttr
	case sSetAttr:
		return &typ.SetAttr
	case sDescrGet:
		return &typ.DescrGet
	case sDescrSet:
		return &typ.DescrSet
	case sRepr:
		return &typ.Repr
	case sStr:
		return &typ.Str
	case sHash:
		return &typ.Hash
	case sRichCompare:
		return &typ.RichCompare
	case sIter:
		return &typ.Iter
	case sNext:
		return &typ.Next
	case sBool:
		return &typ.Bool
	case sLen:
		return &typ.Len
	case sGetItem:
		return &typ.GetItem
	case sSetItem:
		return &typ.SetItem
	case sContains:
		return &typ.Contains
	case sAdd:
		return &typ.Add
	case sSub:
		return &typ.Sub
	case sMul:
		return &typ.Mul
	case sTrueDiv:
		return &typ.TrueDiv
	case sFloorDiv:
		return &typ.FloorDiv
	case sMod:
		return &typ.Mod
	case sDivmod:
		return &typ.Divmod
	case sLShift:
		return &typ.LShift
	case sRShift:
		return &typ.RShift
	case sAnd:
		return &typ.And
	case sOr:
		return &typ.Or
	case sXor:
		return &typ.Xor
	case sPow:
		return &typ.Pow
	case sIAdd:
		return &typ.IAdd
	case sISub:
		return &typ.ISub
	case sIMul:
		return &typ.IMul
	case sITrueDiv:
		return &typ.ITrueDiv
	case sIFloorDiv:
		return &typ.IFloorDiv
	case sIMod:
		return &typ.IMod
	case sILShift:
		return &typ.ILShift
	case sIRShift:
		return &typ.IRShift
	case sIAnd:
		return &typ.IAnd
	case sIOr:
		return &typ.IOr
	case sIXor:
		return &typ.IXor
	case sIPow:
		return &typ.IPow
	case sNeg:
		return &typ.Neg
	case sPos:
		return &typ.Pos
	case sAbs:
		return &typ.Abs
	case sInvert:
		return &typ.Invert
	case sIndex:
		return &typ.Index
	case sInt:
		return &typ.Int
	case sFloat:
		return &typ.Float
	}
	panic("slotField: bad slot")
}

// The Go types of the slots that have no named type.
type (
	getAttrFunc     = func(t *Thread, self Object, name *Str) (Object, error)
	setAttrFunc     = func(t *Thread, self Object, name *Str, value Object) error
	descrGetFunc    = func(t *Thread, self, instance Object, owner *Type) (Object, error)
	descrSetFunc    = func(t *Thread, self, instance, value Object) error
	hashFunc        = func(t *Thread, self Object) (int64, error)
	richCompareFunc = func(t *Thread, a, b Object, op CompareOp) (Object, error)
	boolFunc        = func(t *Thread, self Object) (bool, error)
	lenFunc         = func(t *Thread, self Object) (int, error)
	containsFunc    = func(t *Thread, self, item Object) (bool, error)
)

// slotIsSet reports whether slot s of typ is filled.
func slotIsSet(typ *Type, s int) bool {
	switch p := slotField(typ, s).(type) {
	case *NewFunc:
		return *p != nil
	case *InitFunc:
		return *p != nil
	case *CallFunc:
		return *p != nil
	case *getAttrFunc:
		return *p != nil
	case *setAttrFunc:
		return *p != nil
	case *descrGetFunc:
		return *p != nil
	case *descrSetFunc:
		return *p != nil
	case *UnaryFunc:
		return *p != nil
	case *hashFunc:
		return *p != nil
	case *richCompareFunc:
		return *p != nil
	case *boolFunc:
		return *p != nil
	case *lenFunc:
		return *p != nil
	case *BinaryFunc:
		return *p != nil
	case *containsFunc:
		return *p != nil
	case *TernaryFunc:
		return *p != nil
	}
	panic("slotIsSet: bad slot type")
}

// copySlot sets slot s of dst to that of src, with its origin.
func copySlot(dst, src *Type, s int) {
	switch p := slotField(dst, s).(type) {
	case *NewFunc:
		*p = src.New
	case *InitFunc:
		*p = src.Init
	case *CallFunc:
		*p = src.Call
	case *getAttrFunc:
		*p = src.GetAttr
	case *setAttrFunc:
		*p = src.SetAttr
	case *descrGetFunc:
		*p = src.DescrGet
	case *descrSetFunc: // also SetItem, of the same Go type
		if s == sDescrSet {
			*p = src.DescrSet
		} else {
			*p = src.SetItem
		}
	case *hashFunc:
		*p = src.Hash
	case *richCompareFunc:
		*p = src.RichCompare
	case *boolFunc:
		*p = src.Bool
	case *lenFunc:
		*p = src.Len
	case *containsFunc:
		*p = src.Contains
	case *UnaryFunc:
		*p = *slotField(src, s).(*UnaryFunc)
	case *BinaryFunc:
		*p = *slotField(src, s).(*BinaryFunc)
	case *TernaryFunc:
		*p = *slotField(src, s).(*TernaryFunc)
	default:
		panic("copySlot: bad slot type")
	}
	dst.origin[s] = src.origin[s]
}

// clearSlot empties slot s of typ.
func clearSlot(typ *Type, s int) {
	switch p := slotField(typ, s).(type) {
	case *NewFunc:
		*p = nil
	case *InitFunc:
		*p = nil
	case *CallFunc:
		*p = nil
	case *getAttrFunc:
		*p = nil
	case *setAttrFunc:
		*p = nil
	case *descrGetFunc:
		*p = nil
	case *descrSetFunc:
		*p = nil
	case *UnaryFunc:
		*p = nil
	case *hashFunc:
		*p = nil
	case *richCompareFunc:
		*p = nil
	case *boolFunc:
		*p = nil
	case *lenFunc:
		*p = nil
	case *BinaryFunc:
		*p = nil
	case *containsFunc:
		*p = nil
	case *TernaryFunc:
		*p = nil
	default:
		panic("clearSlot: bad slot type")
	}
	typ.origin[s] = nil
}

// setDispatcher fills slot s of the class typ with its dunder dispatcher.
func setDispatcher(typ *Type, s int) {
	switch p := slotField(typ, s).(type) {
	case *NewFunc:
		*p = slotTpNew
	case *InitFunc:
		*p = slotTpInit
	case *CallFunc:
		*p = slotTpCall
	case *getAttrFunc:
		*p = slotTpGetAttrHook
	case *setAttrFunc:
		*p = slotTpSetAttr
	case *descrGetFunc:
		*p = slotTpDescrGet
	case *descrSetFunc: // also SetItem, of the same Go type
		if s == sDescrSet {
			*p = slotTpDescrSet
		} else {
			*p = slotMpAssSubscript
		}
	case *hashFunc:
		*p = slotTpHash
	case *richCompareFunc:
		*p = slotTpRichCompare
	case *boolFunc:
		*p = slotNbBool
	case *lenFunc:
		*p = slotSqLength
	case *containsFunc:
		*p = slotSqContains
	case *UnaryFunc:
		*p = unaryDispatchers[s]
	case *BinaryFunc:
		*p = binaryDispatchers[s]
	case *TernaryFunc:
		if s == sPow {
			*p = slotNbPower
		} else {
			*p = slotNbInplacePower
		}
	default:
		panic("setDispatcher: bad slot type")
	}
	typ.origin[s] = dispatchOrigin
}

// slotNames lists, for each slot, the dunders that map to it; the first
// of a binary operator's is its left form, the second its reflected one.
var slotNames = [numSlots][]string{
	sNew:         {"__new__"},
	sInit:        {"__init__"},
	sCall:        {"__call__"},
	sGetAttr:     {"__getattribute__", "__getattr__"},
	sSetAttr:     {"__setattr__", "__delattr__"},
	sDescrGet:    {"__get__"},
	sDescrSet:    {"__set__", "__delete__"},
	sRepr:        {"__repr__"},
	sStr:         {"__str__"},
	sHash:        {"__hash__"},
	sRichCompare: {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"},
	sIter:        {"__iter__"},
	sNext:        {"__next__"},
	sBool:        {"__bool__"},
	sLen:         {"__len__"},
	sGetItem:     {"__getitem__"},
	sSetItem:     {"__setitem__", "__delitem__"},
	sContains:    {"__contains__"},
	sAdd:         {"__add__", "__radd__"},
	sSub:         {"__sub__", "__rsub__"},
	sMul:         {"__mul__", "__rmul__"},
	sTrueDiv:     {"__truediv__", "__rtruediv__"},
	sFloorDiv:    {"__floordiv__", "__rfloordiv__"},
	sMod:         {"__mod__", "__rmod__"},
	sDivmod:      {"__divmod__", "__rdivmod__"},
	sLShift:      {"__lshift__", "__rlshift__"},
	sRShift:      {"__rshift__", "__rrshift__"},
	sAnd:         {"__and__", "__rand__"},
	sOr:          {"__or__", "__ror__"},
	sXor:         {"__xor__", "__rxor__"},
	sPow:         {"__pow__", "__rpow__"},
	sIAdd:        {"__iadd__"},
	sISub:        {"__isub__"},
	sIMul:        {"__imul__"},
	sITrueDiv:    {"__itruediv__"},
	sIFloorDiv:   {"__ifloordiv__"},
	sIMod:        {"__imod__"},
	sILShift:     {"__ilshift__"},
	sIRShift:     {"__irshift__"},
	sIAnd:        {"__iand__"},
	sIOr:         {"__ior__"},
	sIXor:        {"__ixor__"},
	sIPow:        {"__ipow__"},
	sNeg:         {"__neg__"},
	sPos:         {"__pos__"},
	sAbs:         {"__abs__"},
	sInvert:      {"__invert__"},
	sIndex:       {"__index__"},
	sInt:         {"__int__"},
	sFloat:       {"__float__"},
}

// slotNameStrs holds slotNames as *Str, and slotsByName maps each dunder
// to its slots (a name may belong to one slot only, in this flat set).
var (
	slotNameStrs [numSlots][]*Str
	slotsByName  = map[string]int{}
)

func init() {
	for s, names := range slotNames {
		for _, n := range names {
			slotNameStrs[s] = append(slotNameStrs[s], InternStr(n))
			slotsByName[n] = s
		}
	}
}

// Names the type system looks up.
var (
	dunderNew              = InternStr("__new__")
	dunderInit             = InternStr("__init__")
	dunderCall             = InternStr("__call__")
	dunderGetattribute     = InternStr("__getattribute__")
	dunderGetattr          = InternStr("__getattr__")
	dunderSetattr          = InternStr("__setattr__")
	dunderDelattr          = InternStr("__delattr__")
	dunderGet              = InternStr("__get__")
	dunderSet              = InternStr("__set__")
	dunderDelete           = InternStr("__delete__")
	dunderRepr             = InternStr("__repr__")
	dunderStr              = InternStr("__str__")
	dunderHash             = InternStr("__hash__")
	dunderEq               = InternStr("__eq__")
	dunderIter             = InternStr("__iter__")
	dunderNext             = InternStr("__next__")
	dunderBool             = InternStr("__bool__")
	dunderLen              = InternStr("__len__")
	dunderGetitem          = InternStr("__getitem__")
	dunderSetitem          = InternStr("__setitem__")
	dunderDelitem          = InternStr("__delitem__")
	dunderContains         = InternStr("__contains__")
	dunderPow              = InternStr("__pow__")
	dunderIpow             = InternStr("__ipow__")
	dunderName             = InternStr("__name__")
	dunderModule           = InternStr("__module__")
	dunderDoc              = InternStr("__doc__")
	dunderDict             = InternStr("__dict__")
	dunderWeakref          = InternStr("__weakref__")
	dunderSlots            = InternStr("__slots__")
	dunderClass            = InternStr("__class__")
	dunderMro              = InternStr("mro")
	dunderInstancecheck    = InternStr("__instancecheck__")
	dunderSubclasscheck    = InternStr("__subclasscheck__")
	dunderAbstractmethods  = InternStr("__abstractmethods__")
	dunderPrepare          = InternStr("__prepare__")
	dunderBases            = InternStr("__bases__")
	dunderFormat           = InternStr("__format__")
	dunderQualnameReserved = InternStr("__qualname__")
)

var richCompareNames = [...]*Str{
	LT: InternStr("__lt__"), LE: InternStr("__le__"), EQ: dunderEq,
	NE: InternStr("__ne__"), GT: InternStr("__gt__"), GE: InternStr("__ge__"),
}

// callDescr calls the attribute descr, found on self's type, as a method
// of self: a method-like descriptor is called with self first (no bound
// method is made), another descriptor is bound first, anything else is
// called as it is. A Python function is called without allocating: args
// and the buffer with self stay on the stack (a callee must not keep its
// args), so no path lets args escape.
func callDescr(t *Thread, descr, self Object, args ...Object) (Object, error) {
	return callDescrKw(t, descr, self, args, nil)
}

// callDescrKw is callDescr with keyword arguments (laid out as for
// CallFunc).
func callDescrKw(t *Thread, descr, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if fn, ok := descr.(*Function); ok {
		var buf [6]Object
		var all []Object
		if len(args) < len(buf) {
			all = buf[:len(args)+1]
		} else {
			all = make([]Object, len(args)+1)
		}
		all[0] = self
		CopyObjects(all[1:], args)
		return functionCall(t, fn, all, kwnames)
	}
	// Anything else may come back here without a Python frame (a class
	// whose __repr__ is object.__str__): count the depth as CPython's
	// PyObject_Call does.
	if err := t.EnterNative(" while calling a Python object"); err != nil {
		return nil, err
	}
	r, err := callDescrOther(t, descr, self, args, kwnames)
	t.LeaveNative()
	return r, err
}

// callDescrOther is callDescrKw for a descr that is not a Python function.
func callDescrOther(t *Thread, descr, self Object, args []Object, kwnames *Tuple) (Object, error) {
	dt := descr.Type()
	if dt.Flags&FlagMethodDescriptor != 0 {
		all := make([]Object, len(args)+1)
		all[0] = self
		CopyObjects(all[1:], args)
		return Call(t, descr, all, kwnames)
	}
	if dt.DescrGet != nil {
		f, err := dt.DescrGet(t, descr, self, self.Type())
		if err != nil {
			return nil, err
		}
		return callNoEscape(t, f, args, kwnames)
	}
	return callNoEscape(t, descr, args, kwnames)
}

// callNoEscape calls f with args, which may lie on the caller's stack:
// a Python function gets them as they are, another callable a copy (so
// that Go's escape analysis keeps the caller's buffer on the stack).
func callNoEscape(t *Thread, f Object, args []Object, kwnames *Tuple) (Object, error) {
	if fn, ok := f.(*Function); ok {
		return functionCall(t, fn, args, kwnames)
	}
	return Call(t, f, append([]Object(nil), args...), kwnames)
}

// call1 calls f(a), without allocating for a Python function.
func call1(t *Thread, f, a Object) (Object, error) {
	buf := [1]Object{a}
	return callNoEscape(t, f, buf[:], nil)
}

// call2 calls f(a, b), without allocating for a Python function.
func call2(t *Thread, f, a, b Object) (Object, error) {
	buf := [2]Object{a, b}
	return callNoEscape(t, f, buf[:], nil)
}

// callMethod calls the special method name of self's type with args
// (CPython's call_method): AttributeError(name) when the type lacks it.
func callMethod(t *Thread, self Object, name *Str, args ...Object) (Object, error) {
	descr := self.Type().Lookup(name)
	if descr == nil {
		return nil, NewException(AttributeError, name)
	}
	return callDescr(t, descr, self, args...)
}

// callMaybe is callMethod that returns NotImplemented when the type lacks
// the method (CPython's call_maybe).
func callMaybe(t *Thread, self Object, name *Str, args ...Object) (Object, error) {
	descr := self.Type().Lookup(name)
	if descr == nil {
		return NotImplemented, nil
	}
	return callDescr(t, descr, self, args...)
}

// isDispatcher reports whether slot s of typ holds a class's dispatcher
// (CPython's "Py_TYPE(x)->slot == slot_nb_xxx").
func isDispatcher(typ *Type, s int) bool { return typ.origin[s] == dispatchOrigin }

// methodIsOverloaded reports whether right's type has its own name,
// different from left's type's (CPython's method_is_overloaded).
func methodIsOverloaded(left, right Object, name *Str) bool {
	b := right.Type().Lookup(name)
	if b == nil {
		return false
	}
	a := left.Type().Lookup(name)
	if a == nil {
		return true
	}
	return a != b
}

// binaryDispatch is a class's binary operator slot (CPython's
// SLOT1BINFULL): self's method, or other's reflected one, with a
// subclass's overriding reflected method first.
func binaryDispatch(t *Thread, s int, self, other Object) (Object, error) {
	op, rop := slotNameStrs[s][0], slotNameStrs[s][1]
	ts, to := self.Type(), other.Type()
	doOther := ts != to && isDispatcher(to, s)
	if isDispatcher(ts, s) {
		if doOther && to.IsSubtype(ts) && methodIsOverloaded(self, other, rop) {
			r, err := callMaybe(t, other, rop, self)
			if err != nil || r != NotImplemented {
				return r, err
			}
			doOther = false
		}
		r, err := callMaybe(t, self, op, other)
		if err != nil || r != NotImplemented || ts == to {
			return r, err
		}
	}
	if doOther {
		return callMaybe(t, other, rop, self)
	}
	return NotImplemented, nil
}

var (
	unaryDispatchers  [numSlots]UnaryFunc
	binaryDispatchers [numSlots]BinaryFunc
)

func init() {
	for _, s := range []int{sAdd, sSub, sMul, sTrueDiv, sFloorDiv, sMod, sDivmod, sLShift, sRShift, sAnd, sOr, sXor} {
		s := s
		binaryDispatchers[s] = func(t *Thread, a, b Object) (Object, error) { return binaryDispatch(t, s, a, b) }
	}
	for _, s := range []int{sIAdd, sISub, sIMul, sITrueDiv, sIFloorDiv, sIMod, sILShift, sIRShift, sIAnd, sIOr, sIXor} {
		name := slotNameStrs[s][0]
		binaryDispatchers[s] = func(t *Thread, a, b Object) (Object, error) { return callMethod(t, a, name, b) }
	}
	binaryDispatchers[sGetItem] = func(t *Thread, a, b Object) (Object, error) { return callMethod(t, a, dunderGetitem, b) }
	for _, s := range []int{sNeg, sPos, sAbs, sInvert, sIndex, sInt, sFloat} {
		name := slotNameStrs[s][0]
		unaryDispatchers[s] = func(t *Thread, a Object) (Object, error) { return callMethod(t, a, name) }
	}
	unaryDispatchers[sRepr] = slotTpRepr
	unaryDispatchers[sStr] = slotTpStr
	unaryDispatchers[sIter] = slotTpIter
	unaryDispatchers[sNext] = slotTpIterNext
}

// slotNbPower is a class's Pow slot: the binary dispatch for two
// operands; with a modulus, self's __pow__ only.
func slotNbPower(t *Thread, self, other, mod Object) (Object, error) {
	if mod == None {
		return binaryDispatch(t, sPow, self, other)
	}
	if isDispatcher(self.Type(), sPow) {
		return callMethod(t, self, dunderPow, other, mod)
	}
	return NotImplemented, nil
}

func slotNbInplacePower(t *Thread, self, other, mod Object) (Object, error) {
	return callMethod(t, self, dunderIpow, other)
}

func slotTpNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	f, err := GetAttr(t, typ, dunderNew)
	if err != nil {
		return nil, err
	}
	var buf [6]Object
	var all []Object
	if len(args) < len(buf) {
		all = buf[:len(args)+1]
	} else {
		all = make([]Object, len(args)+1)
	}
	all[0] = typ
	CopyObjects(all[1:], args)
	return callNoEscape(t, f, all, kwnames)
}

func slotTpInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	descr := self.Type().Lookup(dunderInit)
	if descr == nil {
		return NewException(AttributeError, dunderInit)
	}
	r, err := callDescrKw(t, descr, self, args, kwnames)
	if err != nil {
		return err
	}
	if r != None {
		return Errorf(TypeError, "__init__() should return None, not '%s'", r.Type().Name)
	}
	return nil
}

func slotTpCall(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	descr := self.Type().Lookup(dunderCall)
	if descr == nil {
		return nil, NewException(AttributeError, dunderCall)
	}
	// An object whose __call__ is another callable object recurses here
	// without a Python frame (A.__call__ = A()): count it as CPython's
	// PyObject_Call does.
	if err := t.EnterNative(" while calling a Python object"); err != nil {
		return nil, err
	}
	r, err := callDescrKw(t, descr, self, args, kwnames)
	t.LeaveNative()
	return r, err
}

// callAttribute calls attr, found on self's type, with name (CPython's
// call_attribute).
func callAttribute(t *Thread, self, attr Object, name *Str) (Object, error) {
	if get := attr.Type().DescrGet; get != nil {
		f, err := get(t, attr, self, self.Type())
		if err != nil {
			return nil, err
		}
		attr = f
	}
	return call1(t, attr, name)
}

// slotTpGetAttrHook is a class's GetAttr slot when it defines
// __getattribute__ or __getattr__: __getattribute__ (the generic lookup
// when it is object's), then __getattr__ on AttributeError.
func slotTpGetAttrHook(t *Thread, self Object, name *Str) (Object, error) {
	typ := self.Type()
	getattr := typ.Lookup(dunderGetattr)
	getattribute := typ.Lookup(dunderGetattribute)
	var r Object
	var err error
	if getattribute == nil || isGenericGetAttrWrapper(getattribute) {
		r, err = GenericGetAttr(t, self, name)
	} else {
		r, err = callAttribute(t, self, getattribute, name)
	}
	if err != nil && getattr != nil && isAttributeError(err) {
		return callAttribute(t, self, getattr, name)
	}
	return r, err
}

// isGenericGetAttrWrapper reports whether descr is object.__getattribute__
// (or another type's wrapper of the generic lookup).
func isGenericGetAttrWrapper(descr Object) bool {
	w, ok := descr.(*SlotWrapper)
	return ok && w.slot == sGetAttr && w.owner.origin[sGetAttr] == ObjectType
}

func slotTpSetAttr(t *Thread, self Object, name *Str, value Object) error {
	var err error
	if value == nil {
		_, err = callMethod(t, self, dunderDelattr, name)
	} else {
		_, err = callMethod(t, self, dunderSetattr, name, value)
	}
	return err
}

func slotTpDescrGet(t *Thread, self, instance Object, owner *Type) (Object, error) {
	typ := self.Type()
	get := typ.Lookup(dunderGet)
	if get == nil {
		return self, nil
	}
	var inst, own Object = instance, owner
	if instance == nil {
		inst = None
	}
	if owner == nil {
		own = None
	}
	buf := [3]Object{self, inst, own}
	return callNoEscape(t, get, buf[:], nil)
}

func slotTpDescrSet(t *Thread, self, instance, value Object) error {
	var err error
	if value == nil {
		_, err = callMethod(t, self, dunderDelete, instance)
	} else {
		_, err = callMethod(t, self, dunderSet, instance, value)
	}
	return err
}

func slotTpRepr(t *Thread, self Object) (Object, error) {
	if descr := self.Type().Lookup(dunderRepr); descr != nil {
		return callDescr(t, descr, self)
	}
	return NewStr(defaultRepr(self)), nil
}

func slotTpStr(t *Thread, self Object) (Object, error) {
	if descr := self.Type().Lookup(dunderStr); descr != nil {
		return callDescr(t, descr, self)
	}
	return slotTpRepr(t, self)
}

func slotTpHash(t *Thread, self Object) (int64, error) {
	descr := self.Type().Lookup(dunderHash)
	if descr == nil || descr == None {
		return 0, Errorf(TypeError, "unhashable type: '%s'", self.Type().Name)
	}
	r, err := callDescr(t, descr, self)
	if err != nil {
		return 0, err
	}
	i, ok := r.(*Int)
	if !ok {
		return 0, Errorf(TypeError, "__hash__ method should return an integer")
	}
	if i.b == nil {
		h := i.v
		if h == -1 {
			h = -2
		}
		return h, nil
	}
	return Hash(t, NewBigInt(i.Big()))
}

func slotTpRichCompare(t *Thread, self, other Object, op CompareOp) (Object, error) {
	descr := self.Type().Lookup(richCompareNames[op])
	if descr == nil {
		return NotImplemented, nil
	}
	if _, ok := descr.(*Function); !ok {
		// CPython's slot_tp_richcompare: a descriptor whose __get__
		// fails (__eq__ = property(f) with f raising) counts as no
		// method, the error dropped.
		if get := descr.Type().DescrGet; get != nil {
			bound, err := get(t, descr, self, self.Type())
			if err != nil {
				return NotImplemented, nil
			}
			return Call(t, bound, []Object{other}, nil)
		}
	}
	return callDescr(t, descr, self, other)
}

func slotTpIter(t *Thread, self Object) (Object, error) {
	typ := self.Type()
	if descr := typ.Lookup(dunderIter); descr != nil {
		return callDescr(t, descr, self)
	}
	if typ.Lookup(dunderGetitem) == nil {
		return nil, Errorf(TypeError, "'%s' object is not iterable", typ.Name)
	}
	return NewSeqIter(self), nil
}

// slotTpIterNext calls __next__, turning StopIteration into exhaustion.
func slotTpIterNext(t *Thread, self Object) (Object, error) {
	r, err := callMethod(t, self, dunderNext)
	if err != nil {
		if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(StopIteration) {
			t.StopIteration = e
			return nil, nil
		}
		return nil, err
	}
	return r, nil
}

func slotNbBool(t *Thread, self Object) (bool, error) {
	typ := self.Type()
	usingLen := false
	descr := typ.Lookup(dunderBool)
	if descr == nil {
		descr = typ.Lookup(dunderLen)
		if descr == nil {
			return true, nil
		}
		usingLen = true
	}
	r, err := callDescr(t, descr, self)
	if err != nil {
		return false, err
	}
	if usingLen {
		return IsTrue(t, r)
	}
	if r == True {
		return true, nil
	}
	if r == False {
		return false, nil
	}
	return false, Errorf(TypeError, "__bool__ should return bool, returned %s", r.Type().Name)
}

func slotSqLength(t *Thread, self Object) (int, error) {
	r, err := callMethod(t, self, dunderLen)
	if err != nil {
		return 0, err
	}
	n, err := asSsize(t, r, OverflowError)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, Errorf(ValueError, "__len__() should return >= 0")
	}
	return n, nil
}

func slotMpAssSubscript(t *Thread, self, key, value Object) error {
	var err error
	if value == nil {
		_, err = callMethod(t, self, dunderDelitem, key)
	} else {
		_, err = callMethod(t, self, dunderSetitem, key, value)
	}
	return err
}

func slotSqContains(t *Thread, self, item Object) (bool, error) {
	if descr := self.Type().Lookup(dunderContains); descr != nil {
		r, err := callDescr(t, descr, self, item)
		if err != nil {
			return false, err
		}
		return IsTrue(t, r)
	}
	return iterSearchContains(t, self, item)
}

// iterSearchContains is `item in o` by iteration.
func iterSearchContains(t *Thread, o, item Object) (bool, error) {
	it, err := Iter(t, o)
	if err != nil {
		return false, err
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

// slotWrapperDef says how a slot wrapper named name calls its slot.
type slotWrapperDef struct {
	name     string
	slot     int
	doc      string
	keywords bool // takes keyword arguments (__call__, __init__)
	call     func(t *Thread, w *SlotWrapper, self Object, args []Object, kwnames *Tuple) (Object, error)
}

// checkNumArgs is the wrappers' check of their argument count.
func checkNumArgs(args []Object, n int) error {
	if len(args) != n {
		return Errorf(TypeError, "expected %d arguments, got %d", n, len(args))
	}
	return nil
}

// unpackWrapperArgs is PyArg_UnpackTuple(args, "", min, max) as the
// wrappers call it (the message starts with a space: the name is "").
func unpackWrapperArgs(args []Object, min, max int) error {
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	bound, want := "at least ", min
	if n > max {
		bound, want = "at most ", max
	}
	if min == max {
		bound = ""
	}
	return Errorf(TypeError, " expected %s%d arguments, got %d", bound, want, n)
}

func wrapUnary(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := checkNumArgs(args, 0); err != nil {
		return nil, err
	}
	return (*slotField(w.owner, w.slot).(*UnaryFunc))(t, self)
}

func wrapBinaryL(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := checkNumArgs(args, 1); err != nil {
		return nil, err
	}
	return (*slotField(w.owner, w.slot).(*BinaryFunc))(t, self, args[0])
}

func wrapBinaryR(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := checkNumArgs(args, 1); err != nil {
		return nil, err
	}
	return (*slotField(w.owner, w.slot).(*BinaryFunc))(t, args[0], self)
}

func wrapTernary(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := unpackWrapperArgs(args, 1, 2); err != nil {
		return nil, err
	}
	third := Object(None)
	if len(args) == 2 {
		third = args[1]
	}
	return w.owner.Pow(t, self, args[0], third)
}

func wrapTernaryR(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := unpackWrapperArgs(args, 1, 2); err != nil {
		return nil, err
	}
	third := Object(None)
	if len(args) == 2 {
		third = args[1]
	}
	return w.owner.Pow(t, args[0], self, third)
}

func wrapInplacePower(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := checkNumArgs(args, 1); err != nil {
		return nil, err
	}
	return w.owner.IPow(t, self, args[0], None)
}

func wrapLen(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := checkNumArgs(args, 0); err != nil {
		return nil, err
	}
	n, err := w.owner.Len(t, self)
	if err != nil {
		return nil, err
	}
	return NewInt(int64(n)), nil
}

func wrapBool(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := checkNumArgs(args, 0); err != nil {
		return nil, err
	}
	b, err := w.owner.Bool(t, self)
	if err != nil {
		return nil, err
	}
	return NewBool(b), nil
}

func wrapContains(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := checkNumArgs(args, 1); err != nil {
		return nil, err
	}
	b, err := w.owner.Contains(t, self, args[0])
	if err != nil {
		return nil, err
	}
	return NewBool(b), nil
}

func wrapSetItem(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := unpackWrapperArgs(args, 2, 2); err != nil {
		return nil, err
	}
	if err := w.owner.SetItem(t, self, args[0], args[1]); err != nil {
		return nil, err
	}
	return None, nil
}

func wrapDelItem(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := checkNumArgs(args, 1); err != nil {
		return nil, err
	}
	if err := w.owner.SetItem(t, self, args[0], nil); err != nil {
		return nil, err
	}
	return None, nil
}

// attrName checks an attribute name passed to a wrapper.
func attrName(o Object) (*Str, error) {
	s, ok := o.(*Str)
	if !ok {
		return nil, Errorf(TypeError, "attribute name must be string, not '%s'", o.Type().Name)
	}
	return s, nil
}

func wrapGetAttr(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := checkNumArgs(args, 1); err != nil {
		return nil, err
	}
	name, err := attrName(args[0])
	if err != nil {
		return nil, err
	}
	return w.owner.GetAttr(t, self, name)
}

// hackCheck refuses object.__setattr__(C, ...) on a built-in type C whose
// own setattr differs (CPython's "Carlo Verre hack" check).
func hackCheck(self Object, w *SlotWrapper, what string) error {
	typ := self.Type()
	for typ != nil && typ.Flags&FlagHeapType != 0 {
		typ = typ.Base
	}
	if typ != nil && typ.origin[sSetAttr] != w.owner.origin[sSetAttr] {
		return Errorf(TypeError, "can't apply this %s to %s object", what, typ.Name)
	}
	return nil
}

func wrapSetAttr(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := unpackWrapperArgs(args, 2, 2); err != nil {
		return nil, err
	}
	name, err := attrName(args[0])
	if err != nil {
		return nil, err
	}
	if err := hackCheck(self, w, "__setattr__"); err != nil {
		return nil, err
	}
	if err := w.owner.SetAttr(t, self, name, args[1]); err != nil {
		return nil, err
	}
	return None, nil
}

func wrapDelAttr(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := checkNumArgs(args, 1); err != nil {
		return nil, err
	}
	name, err := attrName(args[0])
	if err != nil {
		return nil, err
	}
	if err := hackCheck(self, w, "__delattr__"); err != nil {
		return nil, err
	}
	if err := w.owner.SetAttr(t, self, name, nil); err != nil {
		return nil, err
	}
	return None, nil
}

func wrapHash(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := checkNumArgs(args, 0); err != nil {
		return nil, err
	}
	h, err := w.owner.Hash(t, self)
	if err != nil {
		return nil, err
	}
	return NewInt(h), nil
}

func wrapCall(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	return w.owner.Call(t, self, args, kw)
}

func wrapInit(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := w.owner.Init(t, self, args, kw); err != nil {
		return nil, err
	}
	return None, nil
}

func wrapRichCompare(op CompareOp) func(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	return func(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
		if err := checkNumArgs(args, 1); err != nil {
			return nil, err
		}
		return w.owner.RichCompare(t, self, args[0], op)
	}
}

func wrapNext(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := checkNumArgs(args, 0); err != nil {
		return nil, err
	}
	r, err := w.owner.Next(t, self)
	if err == nil && r == nil {
		return nil, NewException(StopIteration)
	}
	return r, err
}

func wrapDescrGet(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := unpackWrapperArgs(args, 1, 2); err != nil {
		return nil, err
	}
	obj := args[0]
	var typ Object
	if len(args) == 2 {
		typ = args[1]
	}
	if obj == None {
		obj = nil
	}
	if typ == None {
		typ = nil
	}
	if obj == nil && typ == nil {
		return nil, Errorf(TypeError, "__get__(None, None) is invalid")
	}
	var owner *Type
	if typ != nil {
		tt, ok := typ.(*Type)
		if !ok {
			// CPython passes the second argument through unchecked: most
			// descriptors ignore it, a classmethod binds to it as is.
			switch d := self.(type) {
			case *ClassMethodObject:
				if d.callable == nil {
					return nil, Errorf(RuntimeError, "uninitialized classmethod object")
				}
				return NewMethod(d.callable, typ), nil
			case *ClassMethodDescr:
				return nil, Errorf(TypeError, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", d.def.Name, d.owner.Name, typ.Type().Name)
			}
		}
		owner = tt
	}
	return w.owner.DescrGet(t, self, obj, owner)
}

func wrapDescrSet(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := unpackWrapperArgs(args, 2, 2); err != nil {
		return nil, err
	}
	if err := w.owner.DescrSet(t, self, args[0], args[1]); err != nil {
		return nil, err
	}
	return None, nil
}

func wrapDescrDelete(t *Thread, w *SlotWrapper, self Object, args []Object, kw *Tuple) (Object, error) {
	if err := checkNumArgs(args, 1); err != nil {
		return nil, err
	}
	if err := w.owner.DescrSet(t, self, args[0], nil); err != nil {
		return nil, err
	}
	return None, nil
}

// slotWrapperDefs lists the slot wrappers a built-in type's __dict__ may
// get, in CPython's order, with their doc strings.
var slotWrapperDefs []*slotWrapperDef

func init() {
	def := func(name string, slot int, call func(t *Thread, w *SlotWrapper, self Object, args []Object, kwnames *Tuple) (Object, error), doc string) {
		slotWrapperDefs = append(slotWrapperDefs, &slotWrapperDef{name: name, slot: slot, call: call, doc: doc})
	}
	bin := func(name string, slot int, op string) {
		def("__"+name+"__", slot, wrapBinaryL, "x.__"+name+"__(y) <==> x"+op+"y")
		def("__r"+name+"__", slot, wrapBinaryR, "x.__r"+name+"__(y) <==> y"+op+"x")
	}
	unary := func(name string, slot int, doc string) {
		def("__"+name+"__", slot, wrapUnary, "x.__"+name+"__() <==> "+doc)
	}
	inplace := func(name string, slot int, op string) {
		def("__i"+name+"__", slot, wrapBinaryL, "x.__i"+name+"__(y) <==> x"+op+"y")
	}
	def("__len__", sLen, wrapLen, "x.__len__() <==> len(x)")
	def("__getitem__", sGetItem, wrapBinaryL, "x.__getitem__(y) <==> x[y]")
	def("__setitem__", sSetItem, wrapSetItem, "x.__setitem__(i, y) <==> x[i]=y")
	def("__delitem__", sSetItem, wrapDelItem, "x.__delitem__(y) <==> del x[y]")
	def("__contains__", sContains, wrapContains, "x.__contains__(y) <==> y in x")
	bin("add", sAdd, "+")
	bin("sub", sSub, "-")
	bin("mul", sMul, "*")
	bin("mod", sMod, "%")
	def("__divmod__", sDivmod, wrapBinaryL, "x.__divmod__(y) <==> divmod(x, y)")
	def("__rdivmod__", sDivmod, wrapBinaryR, "x.__rdivmod__(y) <==> divmod(y, x)")
	def("__pow__", sPow, wrapTernary, "x.__pow__(y[, z]) <==> pow(x, y[, z])")
	def("__rpow__", sPow, wrapTernaryR, "y.__rpow__(x[, z]) <==> pow(x, y[, z])")
	unary("neg", sNeg, "-x")
	unary("pos", sPos, "+x")
	unary("abs", sAbs, "abs(x)")
	def("__bool__", sBool, wrapBool, "x.__bool__() <==> x != 0")
	unary("invert", sInvert, "~x")
	bin("lshift", sLShift, "<<")
	bin("rshift", sRShift, ">>")
	bin("and", sAnd, "&")
	bin("xor", sXor, "^")
	bin("or", sOr, "|")
	unary("int", sInt, "int(x)")
	unary("float", sFloat, "float(x)")
	def("__index__", sIndex, wrapUnary, "x[y:z] <==> x[y.__index__():z.__index__()]")
	inplace("add", sIAdd, "+=")
	inplace("sub", sISub, "-=")
	inplace("mul", sIMul, "*=")
	inplace("mod", sIMod, "%=")
	def("__ipow__", sIPow, wrapInplacePower, "x.__ipow__(y) <==> x**=y")
	inplace("lshift", sILShift, "<<=")
	inplace("rshift", sIRShift, ">>=")
	inplace("and", sIAnd, "&=")
	inplace("xor", sIXor, "^=")
	inplace("or", sIOr, "|=")
	bin("floordiv", sFloorDiv, "//")
	bin("truediv", sTrueDiv, "/")
	inplace("floordiv", sIFloorDiv, "//")
	inplace("truediv", sITrueDiv, "/")
	def("__str__", sStr, wrapUnary, "x.__str__() <==> str(x)")
	def("__repr__", sRepr, wrapUnary, "x.__repr__() <==> repr(x)")
	def("__hash__", sHash, wrapHash, "x.__hash__() <==> hash(x)")
	def("__call__", sCall, wrapCall, "x.__call__(...) <==> x(...)")
	def("__getattribute__", sGetAttr, wrapGetAttr, "x.__getattribute__('name') <==> x.name")
	def("__setattr__", sSetAttr, wrapSetAttr, "x.__setattr__('name', value) <==> x.name = value")
	def("__delattr__", sSetAttr, wrapDelAttr, "x.__delattr__('name') <==> del x.name")
	for op, sym := range [...]string{LT: "<", LE: "<=", EQ: "==", NE: "!=", GT: ">", GE: ">="} {
		def(richCompareNames[op].s, sRichCompare, wrapRichCompare(CompareOp(op)), "x."+richCompareNames[op].s+"(y) <==> x"+sym+"y")
	}
	def("__iter__", sIter, wrapUnary, "x.__iter__() <==> iter(x)")
	def("__next__", sNext, wrapNext, "x.__next__() <==> next(x)")
	def("__get__", sDescrGet, wrapDescrGet, "descr.__get__(obj[, type]) -> value")
	def("__set__", sDescrSet, wrapDescrSet, "descr.__set__(obj, value)")
	def("__delete__", sDescrSet, wrapDescrDelete, "descr.__delete__(obj)")
	def("__init__", sInit, wrapInit, "x.__init__(...) initializes x; see help(type(x)) for signature")
	for _, d := range slotWrapperDefs {
		d.keywords = d.name == "__call__" || d.name == "__init__"
	}
}

// fixupSlots fills every slot of a new class (CPython's
// fixup_slot_dispatchers).
func fixupSlots(typ *Type) {
	for s := 0; s < numSlots; s++ {
		updateOneSlot(typ, s)
	}
}

// updateOneSlot fills slot s of the class typ from the dunders that map
// to it: the Go function of a built-in type when every dunder found is
// that type's slot wrapper (or its __new__), nothing when none is found,
// and the dispatcher otherwise.
func updateOneSlot(typ *Type, s int) {
	var specific *Type // the type whose slot function to copy
	useGeneric, found, hashNone := false, false, false
	for _, name := range slotNameStrs[s] {
		descr := typ.Lookup(name)
		if descr == nil {
			continue
		}
		found = true
		if w, ok := descr.(*SlotWrapper); ok && w.slot == s && w.name.s == name.s && typ.IsSubtype(w.owner) {
			if specific == nil || specific == w.owner {
				specific = w.owner
			} else {
				useGeneric = true
			}
			continue
		}
		if s == sNew {
			if owner, ok := isTpNewWrapper(descr); ok && typ.IsSubtype(owner) {
				if specific == nil || specific == owner {
					specific = owner
				} else {
					useGeneric = true
				}
				continue
			}
		}
		if s == sHash && descr == None {
			hashNone = true
			continue
		}
		useGeneric = true
	}
	switch {
	case !found:
		clearSlot(typ, s)
	case hashNone && specific == nil && !useGeneric:
		clearSlot(typ, s)
	case specific != nil && !useGeneric:
		copySlot(typ, specific, s)
	default:
		setDispatcher(typ, s)
	}
}

// updateSlot refills the slots that name maps to, in typ and in the
// subclasses that do not define name themselves, after name was set or
// deleted on typ (CPython's update_slot).
func updateSlot(typ *Type, name *Str) {
	s, ok := slotsByName[name.s]
	if !ok {
		return
	}
	var walk func(c *Type)
	walk = func(c *Type) {
		updateOneSlot(c, s)
		for _, sub := range c.Subclasses() {
			if sub.Dict.GetStr(name) == nil {
				walk(sub)
			}
		}
	}
	walk(typ)
}

// updateAllSlots refills every slot of typ and its subclasses (after its
// __bases__ changed).
func updateAllSlots(typ *Type) {
	var walk func(c *Type)
	walk = func(c *Type) {
		if c.Flags&FlagHeapType != 0 {
			fixupSlots(c)
		}
		for _, sub := range c.Subclasses() {
			walk(sub)
		}
	}
	walk(typ)
}

// slotProbe is a type whose binary slots return the slot's number (as an
// int), so that sameSlotFunc can learn which slot a binarySlot selects.
var slotProbe = func() *Type {
	p := &Type{Name: "<slot probe>"}
	for _, s := range []int{sAdd, sSub, sMul, sTrueDiv, sFloorDiv, sMod, sDivmod, sLShift, sRShift, sAnd, sOr, sXor,
		sIAdd, sISub, sIMul, sITrueDiv, sIFloorDiv, sIMod, sILShift, sIRShift, sIAnd, sIOr, sIXor, sGetItem} {
		n := NewInt(int64(s))
		*slotField(p, s).(*BinaryFunc) = func(t *Thread, a, b Object) (Object, error) { return n, nil }
	}
	return p
}()

// sameSlotFunc reports whether the slot sel selects holds the same Go
// function in ta and tb (CPython's "slotw == slotv" in binary_op1): both
// dispatchers, or both from the same built-in type.
func sameSlotFunc(ta, tb *Type, sel binarySlot) bool {
	f := sel(slotProbe)
	if f == nil {
		return false
	}
	r, _ := f(nil, nil, nil)
	s := int(r.(*Int).v)
	return ta.origin[s] != nil && ta.origin[s] == tb.origin[s]
}
