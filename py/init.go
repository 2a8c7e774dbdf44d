package py

import "sync"

// Finishing the built-in types (CPython's PyType_Ready).
//
// Each built-in type's file declares it and fills its slots, methods and
// getsets from init functions. Init, which the evaluator calls when it
// makes an interpreter (and tests call first: see TestMain), then finishes
// every built-in type once: Base, MRO, inherited slots, and the __dict__
// with its method descriptors, getset descriptors and slot wrappers.
// Init is idempotent and safe to call from several goroutines.
//
// Init knows the types declared in types.go, the exception classes, the
// types that registered methods or getsets (AddMethods, AddGetSets), and
// those given to RegisterTypes. A type made after Init (by a native
// module, say) is finished by Ready, or by RegisterTypes, which readies it
// at once when Init has run.

var (
	initOnce sync.Once
	initDone bool

	registeredTypes []*Type
)

// Init finishes the built-in types. Call it before running Python code.
func Init() {
	initOnce.Do(initTypes)
}

// RegisterTypes records built-in types for Init to finish (needed only
// for a type that registers no methods or getsets). After Init it
// finishes them at once.
func RegisterTypes(types ...*Type) {
	if initDone {
		for _, typ := range types {
			typ.Ready()
		}
		return
	}
	registeredTypes = append(registeredTypes, types...)
}

// builtinTypeList returns the built-in types Init finishes, bases first
// where it matters (Ready readies a base before its subclasses anyway).
func builtinTypeList() []*Type {
	list := []*Type{
		ObjectType, TypeType, NoneType, NotImplementedType, EllipsisType,
		IntType, BoolType, FloatType, ComplexType,
		StrType, BytesType, ByteArrayType,
		TupleType, ListType, DictType, SetType, FrozenSetType, RangeType, SliceType,
		ModuleType,
		MethodDescrType, ClassMethodDescrType, GetSetDescrType, MemberDescrType,
		SlotWrapperType, MethodWrapperType, PropertyType, StaticMethodType, ClassMethodType,
		BuiltinFunctionType, SuperType, DictProxyType, slotKeyType,
	}
	list = append(list, ExceptionTypes...)
	list = append(list, registeredTypes...)
	for typ := range typeMembers {
		list = append(list, typ)
	}
	return list
}

func initTypes() {
	TypeType.Flags |= FlagHasDict | FlagWeakrefable
	for _, typ := range []*Type{StrType, BytesType, ByteArrayType, TupleType, ListType} {
		typ.Flags |= FlagConcatAdd
	}
	for _, typ := range builtinTypeList() {
		typ.Ready()
	}
	initDone = true
}

// readyLazily finishes a type found in use before being finished: one
// made after Init without Ready.
func (typ *Type) readyLazily() {
	if initDone && typ.ready == readyNot {
		typ.Ready()
	}
}

// readyNow finishes a type met unfinished on a slow path (a nil slot it
// may inherit), reporting whether it did.
func (typ *Type) readyNow() bool {
	if typ.ready != readyNot || !initDone {
		return false
	}
	typ.Ready()
	return true
}

// Ready finishes a built-in type as CPython's PyType_Ready does: its Base
// defaults to object, its bases are finished first, its __dict__ gets
// the registered methods and getsets and a slot wrapper for each slot it
// fills, its MRO is computed, and the slots it leaves nil are inherited.
// Ready does nothing for a type already finished.
func (typ *Type) Ready() {
	if typ.ready != readyNot {
		return
	}
	typ.ready = readyBusy
	if typ.Base == nil && typ != ObjectType {
		typ.Base = ObjectType
	}
	base := typ.Base
	if base != nil {
		base.Ready()
	}
	if typ.Bases == nil && base != nil {
		typ.Bases = []*Type{base}
	}
	for _, b := range typ.Bases {
		b.Ready()
	}
	if typ.Dict == nil {
		typ.Dict = NewDict()
	}
	if typ.Flags&FlagHeapType == 0 {
		// The slots the type fills itself are its own.
		for s := 0; s < numSlots; s++ {
			if typ.origin[s] == nil && slotIsSet(typ, s) {
				typ.origin[s] = typ
			}
		}
		addOperators(typ)
		addMembers(typ)
		if typ.MRO == nil {
			typ.MRO = c3MRO(typ)
		}
	}
	inheritSpecial(typ)
	if len(typ.MRO) > 1 {
		// (A class whose mro() failed has none.)
		for _, b := range typ.MRO[1:] {
			inheritSlots(typ, b)
		}
	}
	if typ.Dict.GetStr(dunderDoc) == nil {
		typ.Dict.SetStr(dunderDoc, docObject(typ.Doc))
	}
	if typ.Hash == nil && typ.Dict.GetStr(dunderHash) == nil {
		typ.Dict.SetStr(dunderHash, None)
	}
	for _, b := range typ.Bases {
		b.addSubclass(typ)
	}
	typ.ready = readyDone
}

// c3MRO returns the MRO of a type with one base or none, or, for several
// bases, their C3 merge; it panics on an inconsistent hierarchy, which a
// built-in type cannot have.
func c3MRO(typ *Type) []*Type {
	mro, err := mroC3(typ)
	if err != nil {
		panic("py: MRO of built-in type " + typ.Name + ": " + err.Error())
	}
	return mro
}

// addOperators puts in typ's __dict__ a slot wrapper for each dunder of
// each slot the type fills itself, and __new__ when it has a New slot.
func addOperators(typ *Type) {
	d := typ.Dict
	for _, w := range slotWrapperDefs {
		if typ.origin[w.slot] != typ {
			continue
		}
		if w.name == "__radd__" && typ.Flags&FlagConcatAdd != 0 {
			continue
		}
		name := InternStr(w.name)
		if d.GetStr(name) != nil {
			continue
		}
		d.SetStr(name, &SlotWrapper{owner: typ, slot: w.slot, name: name, wrap: w})
	}
	if typ.New != nil && typ.origin[sNew] == typ && d.GetStr(dunderNew) == nil {
		d.SetStr(dunderNew, newTpNewWrapper(typ))
	}
}

// addMembers installs the methods and getsets registered for typ.
func addMembers(typ *Type) {
	m := typeMembers[typ]
	if m == nil {
		return
	}
	for i := range m.methods {
		installMethod(typ, &m.methods[i])
	}
	for i := range m.getsets {
		installGetSet(typ, &m.getsets[i])
	}
}

// installMethod puts the descriptor of def in typ's __dict__ (replacing a
// slot wrapper of the same name: a registered method is deliberate).
func installMethod(typ *Type, def *MethodDef) {
	var descr Object
	switch def.Kind {
	case ClassMethod:
		descr = &ClassMethodDescr{owner: typ, def: def}
	case StaticMethod:
		descr = &StaticMethodObject{callable: &BuiltinFunction{def: def}}
	default:
		descr = &MethodDescr{owner: typ, def: def}
	}
	typ.Dict.SetStr(InternStr(def.Name), descr)
}

// installGetSet puts the descriptor of def in typ's __dict__ unless the
// name is taken.
func installGetSet(typ *Type, def *GetSetDef) {
	name := InternStr(def.Name)
	if typ.Dict.GetStr(name) != nil {
		return
	}
	typ.Dict.SetStr(name, &GetSetDescr{owner: typ, def: def})
}

// inheritSpecial copies from the type's Base what CPython's
// inherit_special does: New (except for a built-in type whose base is
// object: such a type makes its instances itself, or cannot be
// instantiated), the instance layout flags.
func inheritSpecial(typ *Type) {
	base := typ.Base
	if base == nil {
		return
	}
	if (base != ObjectType || typ.Flags&FlagHeapType != 0) && typ.New == nil {
		copySlot(typ, base, sNew)
	}
	if typ.Flags&FlagHeapType == 0 {
		typ.Flags |= base.Flags & (FlagHasDict | FlagWeakrefable)
		if typ.nslots == 0 {
			typ.nslots = base.nslots
		}
	}
}

// overridesHash reports whether typ's own __dict__ defines __eq__ or
// __hash__ (then it inherits neither RichCompare nor Hash).
func overridesHash(typ *Type) bool {
	return typ.Dict.GetStr(dunderEq) != nil || typ.Dict.GetStr(dunderHash) != nil
}

// inheritSlots fills the slots typ leaves nil from base, as CPython's
// inherit_slots (RichCompare and Hash only together, and only when the
// type defines neither __eq__ nor __hash__).
func inheritSlots(typ, base *Type) {
	for s := 0; s < numSlots; s++ {
		switch s {
		case sNew, sRichCompare, sHash:
			continue
		}
		if !slotIsSet(typ, s) && slotIsSet(base, s) {
			copySlot(typ, base, s)
		}
	}
	if typ.RichCompare == nil && typ.Hash == nil && !overridesHash(typ) {
		copySlot(typ, base, sRichCompare)
		copySlot(typ, base, sHash)
	}
}

// AddMethods registers methods of a built-in type. Call it from an init
// function; the type system installs them as descriptors in the type's
// __dict__ when it finishes the type (at once if it is finished).
func (typ *Type) AddMethods(defs ...MethodDef) {
	m := membersOf(typ)
	start := len(m.methods)
	m.methods = append(m.methods, defs...)
	if typ.ready == readyDone {
		for i := start; i < len(m.methods); i++ {
			installMethod(typ, &m.methods[i])
		}
		typ.Modified()
	}
}

// AddGetSets registers computed attributes of a built-in type, like
// AddMethods.
func (typ *Type) AddGetSets(defs ...GetSetDef) {
	m := membersOf(typ)
	start := len(m.getsets)
	m.getsets = append(m.getsets, defs...)
	if typ.ready == readyDone {
		for i := start; i < len(m.getsets); i++ {
			installGetSet(typ, &m.getsets[i])
		}
		typ.Modified()
	}
}
