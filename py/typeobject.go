package py

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// The type `type`: class creation (type.__new__ with its metaclass,
// MRO, layout and __slots__ rules), calling a class, attribute access on
// classes, and the attributes of type objects (CPython's
// Objects/typeobject.c).

// TypeName returns typ.__name__.
func (typ *Type) TypeName() string { return typ.Name }

// QualifiedName is the name a type shows in reprs: "mod.Name", or "Name"
// for a type of the builtins module.
func (typ *Type) QualifiedName() string {
	if mod, ok := typeModuleName(typ); ok && mod != "builtins" {
		return mod + "." + typ.Name
	}
	return typ.Name
}

func typeRepr(t *Thread, self Object) (Object, error) {
	typ := self.(*Type)
	return NewStr("<class '" + typ.QualifiedName() + "'>"), nil
}

// typeCall is calling a class: its New slot makes the object, then, when
// the object is an instance of the class, its type's Init slot runs.
func typeCall(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	typ := self.(*Type)
	if typ.New == nil {
		return nil, Errorf(TypeError, "cannot create '%s' instances", typ.Name)
	}
	obj, err := typ.New(t, typ, args, kwnames)
	if err != nil {
		return nil, err
	}
	if typ == TypeType && len(args) == 1 && kwnames == nil {
		return obj, nil
	}
	ot := obj.Type()
	if !ot.IsSubtype(typ) {
		return obj, nil
	}
	if ot.Init != nil {
		if err := ot.Init(t, obj, args, kwnames); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

// typeInit is type.__init__: it only checks its arguments.
func typeInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	if NumKw(kwnames) != 0 {
		return Errorf(TypeError, "type.__init__() takes no keyword arguments")
	}
	if len(args) != 1 && len(args) != 3 {
		return Errorf(TypeError, "type.__init__() takes 1 or 3 arguments")
	}
	return nil
}

// typeGetAttr is attribute access on a class: a data descriptor of the
// metaclass, else the class's own attribute or a base's (bound by its
// __get__ with no instance), else the metaclass's attribute.
func typeGetAttr(t *Thread, self Object, name *Str) (Object, error) {
	typ := self.(*Type)
	meta := typ.Type()
	metaAttr := meta.Lookup(name)
	var metaGet descrGetFunc
	if metaAttr != nil {
		mt := metaAttr.Type()
		metaGet = mt.DescrGet
		if metaGet != nil && mt.DescrSet != nil {
			return metaGet(t, metaAttr, typ, meta)
		}
	}
	if attr := typ.Lookup(name); attr != nil {
		if get := attr.Type().DescrGet; get != nil {
			return get(t, attr, nil, typ)
		}
		return attr, nil
	}
	if metaGet != nil {
		return metaGet(t, metaAttr, typ, meta)
	}
	if metaAttr != nil {
		return metaAttr, nil
	}
	return nil, Errorf(AttributeError, "type object '%s' has no attribute '%s'", typ.Name, name.s)
}

// typeSetAttr sets or deletes an attribute of a class, refilling the
// slots a dunder names.
func typeSetAttr(t *Thread, self Object, name *Str, value Object) error {
	typ := self.(*Type)
	if typ.Flags&FlagHeapType == 0 {
		return Errorf(TypeError, "can't set attributes of built-in/extension type '%s'", typ.Name)
	}
	if err := GenericSetAttr(t, typ, name, value); err != nil {
		return err
	}
	typ.Modified()
	updateSlot(typ, name)
	return nil
}

// CalculateMetaclass returns the most derived of meta and the types of
// bases, or the "metaclass conflict" TypeError (CPython's
// _PyType_CalculateMetaclass); __build_class__ and type.__new__ use it.
func CalculateMetaclass(meta *Type, bases []Object) (*Type, error) {
	winner := meta
	for _, b := range bases {
		bt := b.Type()
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		return nil, Errorf(TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// sameLayoutAsBase reports whether a built-in type's instances have its
// base's Go layout and nothing more (what CPython's extra_ivars would
// find): the exception classes that add no fields.
func sameLayoutAsBase(typ *Type) bool {
	if typ.Base == nil || !typ.Base.IsSubtype(BaseExceptionType) {
		return false
	}
	switch typ {
	case SystemExit, EnvironmentError, SyntaxError, UnicodeError:
		return false
	}
	return true
}

// extraIvars reports whether instances of typ hold more than those of
// base (a class adding __dict__ or __weakref__ only does not count).
func extraIvars(typ, base *Type) bool {
	if typ.Flags&FlagHeapType != 0 {
		return typ.nslots != base.nslots
	}
	if typ == base {
		return false
	}
	return !sameLayoutAsBase(typ)
}

// solidBase returns the type whose instance layout typ's instances have
// (CPython's solid_base).
func solidBase(typ *Type) *Type {
	base := ObjectType
	if typ.Base != nil {
		base = solidBase(typ.Base)
	}
	if typ != ObjectType && extraIvars(typ, base) {
		return typ
	}
	return base
}

// bestBase picks the base whose layout the new class extends, checking
// that all bases are types with compatible layouts.
func bestBase(bases []Object) (*Type, error) {
	var base, winner *Type
	for _, b := range bases {
		bt, ok := b.(*Type)
		if !ok {
			return nil, Errorf(TypeError, "bases must be types")
		}
		bt.Ready()
		candidate := solidBase(bt)
		switch {
		case winner == nil:
			winner, base = candidate, bt
		case winner.IsSubtype(candidate):
		case candidate.IsSubtype(winner):
			winner, base = candidate, bt
		default:
			return nil, Errorf(TypeError, "multiple bases have instance lay-out conflict")
		}
	}
	return base, nil
}

// isVarSized reports whether instances of a built-in type are
// variable-sized in CPython (tp_itemsize != 0): they can have no
// __slots__ or __weakref__ of their own.
func isVarSized(typ *Type) bool {
	for ; typ != nil; typ = typ.Base {
		switch typ {
		case IntType, TupleType, BytesType:
			return true
		}
	}
	return false
}

// mroC3 is the C3 linearization of typ and its bases (CPython's
// mro_implementation), with 3.2's errors.
func mroC3(typ *Type) ([]*Type, error) {
	toMerge := make([][]*Type, 0, len(typ.Bases)+1)
	for _, b := range typ.Bases {
		toMerge = append(toMerge, b.MRO)
	}
	for i, b := range typ.Bases {
		for _, c := range typ.Bases[i+1:] {
			if b == c {
				return nil, Errorf(TypeError, "duplicate base class %s", b.Name)
			}
		}
	}
	toMerge = append(toMerge, typ.Bases)
	result := []*Type{typ}
	remain := make([]int, len(toMerge))
	tailContains := func(list []*Type, whence int, o *Type) bool {
		for _, x := range list[whence+1:] {
			if x == o {
				return true
			}
		}
		return false
	}
again:
	empty := 0
	for i, cur := range toMerge {
		if remain[i] >= len(cur) {
			empty++
			continue
		}
		candidate := cur[remain[i]]
		skip := false
		for j, l := range toMerge {
			if remain[j] < len(l) && tailContains(l, remain[j], candidate) {
				skip = true
				break
			}
		}
		if skip {
			continue
		}
		result = append(result, candidate)
		for j, l := range toMerge {
			if remain[j] < len(l) && l[remain[j]] == candidate {
				remain[j]++
			}
		}
		goto again
	}
	if empty == len(toMerge) {
		return result, nil
	}
	// The candidates that could not be placed, in order of first
	// appearance (3.2 lists them in a dict's arbitrary order).
	var names []string
	seen := map[*Type]bool{}
	for i, l := range toMerge {
		if remain[i] < len(l) {
			c := l[remain[i]]
			if !seen[c] {
				seen[c] = true
				names = append(names, c.Name)
			}
		}
	}
	return nil, Errorf(TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
}

// computeMRO sets typ.MRO: the C3 linearization, or, for a class whose
// metaclass is not type itself, the result of its mro() method, checked.
func computeMRO(t *Thread, typ *Type) error {
	if typ.Type() == TypeType {
		mro, err := mroC3(typ)
		if err != nil {
			return err
		}
		typ.MRO = mro
		typ.mroTuple = nil
		typ.checkCacheable()
		return nil
	}
	r, err := callMethod(t, typ, dunderMro)
	if err != nil {
		return err
	}
	items, err := sequenceItems(t, r)
	if err != nil {
		return err
	}
	solid := solidBase(typ)
	mro := make([]*Type, len(items))
	for i, x := range items {
		c, ok := x.(*Type)
		if !ok {
			return Errorf(TypeError, "mro() returned a non-class ('%s')", x.Type().Name)
		}
		if !solid.IsSubtype(solidBase(c)) {
			return Errorf(TypeError, "mro() returned base with unsuitable layout ('%s')", c.Name)
		}
		mro[i] = c
	}
	typ.MRO = mro
	typ.mroTuple = nil
	typ.checkCacheable()
	typ.Modified()
	return nil
}

// checkCacheable turns off the lookup cache of a class whose MRO holds a
// type that is not one of its bases' ancestors (a custom mro()): changes
// to that type would not reach the class's cache.
func (typ *Type) checkCacheable() {
	typ.nocache = false
	for _, c := range typ.MRO[1:] {
		real := false
		for _, b := range typ.Bases {
			if b.IsSubtype(c) {
				real = true
				break
			}
		}
		if !real {
			typ.nocache = true
			return
		}
	}
}

// sequenceItems returns the items of a tuple or list, or of any iterable.
func sequenceItems(t *Thread, o Object) ([]Object, error) {
	switch v := o.(type) {
	case *Tuple:
		return v.Items, nil
	case *List:
		return append([]Object(nil), v.Items...), nil
	}
	it, err := Iter(t, o)
	if err != nil {
		return nil, err
	}
	var items []Object
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return items, nil
		}
		items = append(items, x)
	}
}

// isIdentifier reports whether s is a valid Python identifier, as
// __slots__ names must be.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			continue
		}
		if i > 0 && r >= '0' && r <= '9' {
			continue
		}
		if r >= 0x80 && isIdentifierRune(r, i == 0) {
			continue
		}
		return false
	}
	return true
}

// isIdentifierRune reports whether a non-ASCII r may start (or, when
// first is false, continue) an identifier.
func isIdentifierRune(r rune, first bool) bool {
	if unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) {
		return true
	}
	return !first && (unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc))
}

// mangle is the private name mangling of name in class className
// (CPython's _Py_Mangle).
func mangle(className, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	c := strings.TrimLeft(className, "_")
	if c == "" {
		return name
	}
	return "_" + c + name
}

// typeNew is type.__new__(meta, name, bases, dict): class creation.
func typeNew(t *Thread, meta *Type, args []Object, kwnames *Tuple) (Object, error) {
	nkw := NumKw(kwnames)
	if meta == TypeType && len(args) == 1 && nkw == 0 {
		return args[0].Type(), nil
	}
	if len(args) != 3 {
		return nil, Errorf(TypeError, "type() takes 1 or 3 arguments")
	}
	var nameObj, basesObj, dictObj Object
	if err := ParseArgs("type", args, kwnames, []string{"name", "bases", "dict"}, 3, &nameObj, &basesObj, &dictObj); err != nil {
		return nil, err
	}
	name, ok := nameObj.(*Str)
	if !ok {
		return nil, ArgTypeError("type", 1, "str", nameObj)
	}
	basesTuple, ok := basesObj.(*Tuple)
	if !ok {
		return nil, ArgTypeError("type", 2, "tuple", basesObj)
	}
	ns, ok := dictObj.(*Dict)
	if !ok {
		return nil, ArgTypeError("type", 3, "dict", dictObj)
	}
	return NewClass(t, meta, name, basesTuple.Items, ns, args, kwnames)
}

// NewClass makes a class as type.__new__(meta, name, bases, ns) does:
// the metaclass is the most derived of meta and the bases' types (a
// different winner's __new__ gets the call, with args and kwnames when
// given), ns is copied, __slots__ honoured, the MRO computed and the
// slots filled.
func NewClass(t *Thread, meta *Type, name *Str, bases []Object, ns *Dict, args []Object, kwnames *Tuple) (*Type, error) {
	winner, err := CalculateMetaclass(meta, bases)
	if err != nil {
		return nil, err
	}
	if winner != meta {
		if winner.origin[sNew] != TypeType {
			if args == nil {
				args = []Object{name, NewTuple(bases...), ns}
			}
			r, err := winner.New(t, winner, args, kwnames)
			if err != nil {
				return nil, err
			}
			c, ok := r.(*Type)
			if !ok {
				return nil, Errorf(TypeError, "metaclass __new__ returned a non-class")
			}
			return c, nil
		}
		meta = winner
	}
	if len(bases) == 0 {
		bases = []Object{ObjectType}
	}
	base, err := bestBase(bases)
	if err != nil {
		return nil, err
	}
	if base.Flags&FlagBaseType == 0 {
		return nil, Errorf(TypeError, "type '%s' is not an acceptable base type", base.Name)
	}

	// __slots__.
	mayAddDict := base.Flags&FlagHasDict == 0
	mayAddWeak := base.Flags&FlagWeakrefable == 0 && !isVarSized(base)
	addDict, addWeak := false, false
	var slotNames []*Str
	slotsObj := ns.GetStr(dunderSlots)
	if slotsObj == nil {
		addDict, addWeak = mayAddDict, mayAddWeak
	} else {
		var items []Object
		if s, ok := slotsObj.(*Str); ok {
			items = []Object{s}
		} else if items, err = sequenceItems(t, slotsObj); err != nil {
			return nil, err
		}
		if len(items) > 0 && isVarSized(base) {
			return nil, Errorf(TypeError, "nonempty __slots__ not supported for subtype of '%s'", base.Name)
		}
		for _, it := range items {
			s, ok := it.(*Str)
			if !ok {
				return nil, Errorf(TypeError, "__slots__ items must be strings, not '%s'", it.Type().Name)
			}
			if !isIdentifier(s.s) {
				return nil, Errorf(TypeError, "__slots__ must be identifiers")
			}
			switch s.s {
			case "__dict__":
				if !mayAddDict || addDict {
					return nil, Errorf(TypeError, "__dict__ slot disallowed: we already got one")
				}
				addDict = true
				continue
			case "__weakref__":
				if !mayAddWeak || addWeak {
					return nil, Errorf(TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
				}
				addWeak = true
				continue
			}
			slotNames = append(slotNames, NewStr(mangle(name.s, s.s)))
		}
		sort.Slice(slotNames, func(i, j int) bool { return slotNames[i].s < slotNames[j].s })
		// Secondary bases may provide a __dict__ or __weakref__.
		if len(bases) > 1 {
			for _, b := range bases {
				bt := b.(*Type)
				if bt == base {
					continue
				}
				if mayAddDict && !addDict && bt.Flags&FlagHasDict != 0 {
					addDict = true
				}
				if mayAddWeak && !addWeak && bt.Flags&FlagWeakrefable != 0 {
					addWeak = true
				}
			}
		}
	}

	typ := &Type{
		Name:  name.s,
		Flags: FlagHeapType | FlagBaseType | base.Flags&(FlagHasDict|FlagWeakrefable),
		Base:  base,
		Dict:  ns.Copy(),
	}
	if meta != TypeType {
		typ.meta = meta
	}
	typ.heapName = name
	typ.Bases = make([]*Type, len(bases))
	for i, b := range bases {
		typ.Bases[i] = b.(*Type)
	}
	if addDict {
		typ.Flags |= FlagHasDict
	}
	if addWeak {
		typ.Flags |= FlagWeakrefable
	}
	d := typ.Dict
	if d.GetStr(dunderModule) == nil && t != nil && t.Frame != nil && t.Frame.Globals != nil {
		if m := t.Frame.Globals.GetStr(dunderName); m != nil {
			d.SetStr(dunderModule, m)
		}
	}
	if doc, ok := d.GetStr(dunderDoc).(*Str); ok {
		typ.Doc = doc.s
	}
	if f := d.GetStr(dunderNew); f != nil && f.Type() == FunctionType {
		d.SetStr(dunderNew, &StaticMethodObject{callable: f})
	}
	typ.slotNames = slotNames
	typ.nslots = base.nslots
	for _, s := range slotNames {
		if d.GetStr(s) == nil {
			d.SetStr(s, &MemberDescr{owner: typ, name: s, index: typ.nslots, k: &slotKey{name: s}})
		}
		typ.nslots++
	}
	if addDict && d.GetStr(dunderDict) == nil {
		d.SetStr(dunderDict, &GetSetDescr{owner: typ, def: &subtypeDictDef})
	}
	if addWeak && d.GetStr(dunderWeakref) == nil {
		d.SetStr(dunderWeakref, &GetSetDescr{owner: typ, def: &subtypeWeakrefDef})
	}
	if err := computeMRO(t, typ); err != nil {
		return nil, err
	}
	typ.Ready()
	fixupSlots(typ)
	return typ, nil
}

// subtypeDictDef is the __dict__ attribute of a class's instances.
var subtypeDictDef = GetSetDef{
	Name: "__dict__",
	Get: func(t *Thread, self Object) (Object, error) {
		if b := builtinBaseWithDict(self.Type()); b != nil {
			if descr := b.Lookup(dunderDict); descr != nil {
				if get := descr.Type().DescrGet; get != nil {
					return get(t, descr, self, self.Type())
				}
			}
		}
		if d := InstanceDict(self); d != nil {
			return d, nil
		}
		return nil, Errorf(AttributeError, "This object has no __dict__")
	},
	Set: func(t *Thread, self, value Object) error {
		if b := builtinBaseWithDict(self.Type()); b != nil {
			if descr := b.Lookup(dunderDict); descr != nil {
				if set := descr.Type().DescrSet; set != nil {
					return set(t, descr, self, value)
				}
			}
			return Errorf(TypeError, "this __dict__ descriptor does not support '%s' objects", b.Name)
		}
		p := instanceDictPtr(self)
		if p == nil || self.Type().Flags&FlagHasDict == 0 {
			return Errorf(AttributeError, "This object has no __dict__")
		}
		if value == nil {
			*p = nil
			return nil
		}
		d, ok := value.(*Dict)
		if !ok {
			return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", value.Type().Name)
		}
		*p = d
		return nil
	},
	Doc: "dictionary for instance variables (if defined)",
}

// builtinBaseWithDict returns the first built-in class among typ and its
// __base__ chain when that class's instances have a __dict__ of their own
// (type, module, exceptions...): their __dict__ is not the class-made one.
func builtinBaseWithDict(typ *Type) *Type {
	for typ != nil && typ.IsHeapType() {
		typ = typ.Base
	}
	if typ != nil && typ.Flags&FlagHasDict != 0 {
		return typ
	}
	return nil
}

// subtypeWeakrefDef is the __weakref__ attribute of a class's instances
// (None: weak references are kept elsewhere).
var subtypeWeakrefDef = GetSetDef{
	Name: "__weakref__",
	Get:  func(t *Thread, self Object) (Object, error) { return None, nil },
	Doc:  "list of weak references to the object (if defined)",
}

// equivLayout reports whether instances of a and of b (a's base) have the
// same layout (CPython's equiv_structs).
func equivLayout(a, b *Type) bool {
	if b == nil {
		return false
	}
	return solidBase(a) == solidBase(b) && a.nslots == b.nslots &&
		a.Flags&(FlagHasDict|FlagWeakrefable) == b.Flags&(FlagHasDict|FlagWeakrefable)
}

// sameSlotsAdded reports whether classes a and b, with the same base, add
// the same instance storage to it.
func sameSlotsAdded(a, b *Type) bool {
	if a != b && (!a.IsHeapType() || !b.IsHeapType()) {
		// A built-in class's instances have their own layout.
		return false
	}
	if a.Flags&(FlagHasDict|FlagWeakrefable) != b.Flags&(FlagHasDict|FlagWeakrefable) {
		return false
	}
	if len(a.slotNames) != len(b.slotNames) {
		return false
	}
	for i := range a.slotNames {
		if a.slotNames[i].s != b.slotNames[i].s {
			return false
		}
	}
	return true
}

// compatibleForAssignment checks that an object of class oldto may become
// one of newto (for __class__ and __bases__ assignment).
func compatibleForAssignment(oldto, newto *Type, attr string) error {
	newbase, oldbase := newto, oldto
	for equivLayout(newbase, newbase.Base) {
		newbase = newbase.Base
	}
	for equivLayout(oldbase, oldbase.Base) {
		oldbase = oldbase.Base
	}
	if newbase != oldbase && (newbase.Base != oldbase.Base || !sameSlotsAdded(newbase, oldbase)) {
		return Errorf(TypeError, "%s assignment: '%s' object layout differs from '%s'", attr, newto.Name, oldto.Name)
	}
	return nil
}

// setBases assigns a class's __bases__.
func setBases(t *Thread, typ *Type, value Object) error {
	if typ.Flags&FlagHeapType == 0 {
		return Errorf(TypeError, "can't set %s.__bases__", typ.Name)
	}
	if value == nil {
		return Errorf(TypeError, "can't delete %s.__bases__", typ.Name)
	}
	tup, ok := value.(*Tuple)
	if !ok {
		return Errorf(TypeError, "can only assign tuple to %s.__bases__, not %s", typ.Name, value.Type().Name)
	}
	if len(tup.Items) == 0 {
		return Errorf(TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", typ.Name)
	}
	newBases := make([]*Type, len(tup.Items))
	for i, o := range tup.Items {
		b, ok := o.(*Type)
		if !ok {
			return Errorf(TypeError, "%s.__bases__ must be tuple of old- or new-style classes, not '%s'", typ.Name, o.Type().Name)
		}
		if b.IsSubtype(typ) {
			return Errorf(TypeError, "a __bases__ item causes an inheritance cycle")
		}
		newBases[i] = b
	}
	newBase, err := bestBase(tup.Items)
	if err != nil {
		return err
	}
	if err := compatibleForAssignment(typ.Base, newBase, "__bases__"); err != nil {
		return err
	}
	oldBases, oldBase, oldMRO := typ.Bases, typ.Base, typ.MRO
	typ.Bases, typ.Base = newBases, newBase
	// Recompute the MRO of typ and of its subclasses, undoing all on error.
	type saved struct {
		typ *Type
		mro []*Type
	}
	var done []saved
	var recompute func(c *Type) error
	recompute = func(c *Type) error {
		old := c.MRO
		if err := computeMRO(t, c); err != nil {
			return err
		}
		done = append(done, saved{c, old})
		for _, s := range c.Subclasses() {
			if err := recompute(s); err != nil {
				return err
			}
		}
		return nil
	}
	if err := recompute(typ); err != nil {
		for _, s := range done {
			s.typ.MRO = s.mro
			s.typ.mroTuple = nil
		}
		typ.Bases, typ.Base, typ.MRO = oldBases, oldBase, oldMRO
		typ.mroTuple = nil
		typ.Modified()
		return err
	}
	for _, b := range oldBases {
		b.removeSubclass(typ)
	}
	for _, b := range newBases {
		b.addSubclass(typ)
	}
	typ.Modified()
	updateAllSlots(typ)
	return nil
}

// newTpNewWrapper returns the __new__ of a built-in type typ: a function
// bound to typ that checks its first argument is a subtype whose
// built-in base is typ, then calls typ's New slot.
func newTpNewWrapper(typ *Type) *BuiltinFunction {
	return &BuiltinFunction{def: &tpNewDef, Self: typ}
}

var tpNewDef = MethodDef{
	Name: "__new__",
	Doc:  "T.__new__(S, ...) -> a new object with type S, a subtype of T",
	Fn:   tpNewWrapper,
}

func tpNewWrapper(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	typ := self.(*Type)
	if NumPos(args, kwnames) < 1 {
		return nil, Errorf(TypeError, "%s.__new__(): not enough arguments", typ.Name)
	}
	sub, ok := args[0].(*Type)
	if !ok {
		return nil, Errorf(TypeError, "%s.__new__(X): X is not a type object (%s)", typ.Name, args[0].Type().Name)
	}
	if !sub.IsSubtype(typ) {
		return nil, Errorf(TypeError, "%s.__new__(%s): %s is not a subtype of %s", typ.Name, sub.Name, sub.Name, typ.Name)
	}
	static := sub
	for static != nil && static.Flags&FlagHeapType != 0 {
		static = static.Base
	}
	if static != nil && static.origin[sNew] != typ.origin[sNew] {
		return nil, Errorf(TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", typ.Name, sub.Name, static.Name)
	}
	return typ.New(t, sub, args[1:], kwnames)
}

// isTpNewWrapper reports whether o is the __new__ of a built-in type, and
// returns that type.
func isTpNewWrapper(o Object) (*Type, bool) {
	f, ok := o.(*BuiltinFunction)
	if !ok || f.def != &tpNewDef {
		return nil, false
	}
	typ, ok := f.Self.(*Type)
	return typ, ok
}

// The attributes of type objects.

func typeGetName(t *Thread, self Object) (Object, error) {
	typ := self.(*Type)
	if typ.heapName != nil {
		return typ.heapName, nil
	}
	return NewStr(typ.Name), nil
}

func typeSetName(t *Thread, self, value Object) error {
	typ := self.(*Type)
	if typ.Flags&FlagHeapType == 0 {
		return Errorf(TypeError, "can't set %s.__name__", typ.Name)
	}
	if value == nil {
		return Errorf(TypeError, "can't delete %s.__name__", typ.Name)
	}
	s, ok := value.(*Str)
	if !ok {
		return Errorf(TypeError, "can only assign string to %s.__name__, not '%s'", typ.Name, value.Type().Name)
	}
	if strings.IndexByte(s.s, 0) >= 0 {
		return Errorf(ValueError, "__name__ must not contain null bytes")
	}
	typ.heapName = s
	typ.Name = s.s
	return nil
}

func typeGetModule(t *Thread, self Object) (Object, error) {
	typ := self.(*Type)
	if typ.Flags&FlagHeapType != 0 {
		if m := typ.Dict.GetStr(dunderModule); m != nil {
			return m, nil
		}
		return nil, NewException(AttributeError, dunderModule)
	}
	mod, _ := typeModuleName(typ)
	return NewStr(mod), nil
}

func typeSetModule(t *Thread, self, value Object) error {
	typ := self.(*Type)
	if typ.Flags&FlagHeapType == 0 {
		return Errorf(TypeError, "can't set %s.__module__", typ.Name)
	}
	if value == nil {
		return Errorf(TypeError, "can't delete %s.__module__", typ.Name)
	}
	typ.Dict.SetStr(dunderModule, value)
	typ.Modified()
	return nil
}

func typeGetAbstractMethods(t *Thread, self Object) (Object, error) {
	typ := self.(*Type)
	if typ != TypeType {
		if v := typ.Dict.GetStr(dunderAbstractmethods); v != nil {
			return v, nil
		}
	}
	return nil, NewException(AttributeError, dunderAbstractmethods)
}

func typeSetAbstractMethods(t *Thread, self, value Object) error {
	typ := self.(*Type)
	abstract := false
	if value != nil {
		var err error
		if abstract, err = IsTrue(t, value); err != nil {
			return err
		}
		typ.Dict.SetStr(dunderAbstractmethods, value)
	} else if !typ.Dict.DelStr(dunderAbstractmethods) {
		return NewException(AttributeError, dunderAbstractmethods)
	}
	typ.Modified()
	if abstract {
		typ.Flags |= FlagAbstract
	} else {
		typ.Flags &^= FlagAbstract
	}
	return nil
}

func typeGetBases(t *Thread, self Object) (Object, error) {
	typ := self.(*Type)
	items := make([]Object, len(typ.Bases))
	for i, b := range typ.Bases {
		items[i] = b
	}
	return NewTuple(items...), nil
}

func typeSetBases(t *Thread, self, value Object) error { return setBases(t, self.(*Type), value) }

func typeGetMRO(t *Thread, self Object) (Object, error) {
	typ := self.(*Type)
	if typ.MRO == nil {
		return None, nil
	}
	if typ.mroTuple == nil {
		items := make([]Object, len(typ.MRO))
		for i, c := range typ.MRO {
			items[i] = c
		}
		typ.mroTuple = NewTuple(items...)
	}
	return typ.mroTuple, nil
}

func typeGetDict(t *Thread, self Object) (Object, error) {
	typ := self.(*Type)
	if typ.Dict == nil {
		return None, nil
	}
	return &DictProxy{dict: typ.Dict}, nil
}

func typeGetDoc(t *Thread, self Object) (Object, error) {
	typ := self.(*Type)
	if typ.Flags&FlagHeapType == 0 && typ.Doc != "" {
		return NewStr(typ.Doc), nil
	}
	r := typ.Dict.GetStr(dunderDoc)
	if r == nil {
		return None, nil
	}
	if get := r.Type().DescrGet; get != nil {
		return get(t, r, nil, typ)
	}
	return r, nil
}

func typeGetBase(t *Thread, self Object) (Object, error) {
	if b := self.(*Type).Base; b != nil {
		return b, nil
	}
	return None, nil
}

func typeMROMethod(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("mro", args, kwnames); err != nil {
		return nil, err
	}
	mro, err := mroC3(self.(*Type))
	if err != nil {
		return nil, err
	}
	items := make([]Object, len(mro))
	for i, c := range mro {
		items[i] = c
	}
	return NewList(items...), nil
}

func typeSubclassesMethod(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__subclasses__", args, kwnames); err != nil {
		return nil, err
	}
	subs := self.(*Type).Subclasses()
	items := make([]Object, len(subs))
	for i, s := range subs {
		items[i] = s
	}
	return NewList(items...), nil
}

func typePrepare(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	return NewDict(), nil
}

// typeFlagsValue is __flags__: the bits of CPython's tp_flags that mean
// something here, with their CPython values.
func typeFlagsValue(typ *Type) int64 {
	var f int64 = 1 << 18 // Py_TPFLAGS_HAVE_VERSION_TAG
	if typ.version != 0 {
		f |= 1 << 19 // Py_TPFLAGS_VALID_VERSION_TAG
	}
	if typ.Flags&FlagHeapType != 0 {
		f |= 1<<9 | 1<<14 // HEAPTYPE, HAVE_GC
	}
	if typ.Flags&FlagBaseType != 0 {
		f |= 1 << 10
	}
	if typ.ready == readyDone {
		f |= 1 << 12
	}
	if typ.Flags&FlagAbstract != 0 {
		f |= 1 << 20
	}
	for _, sub := range []struct {
		base *Type
		bit  uint
	}{{IntType, 24}, {ListType, 25}, {TupleType, 26}, {BytesType, 27}, {StrType, 28}, {DictType, 29}, {BaseExceptionType, 30}, {TypeType, 31}} {
		if typ.IsSubtype(sub.base) {
			f |= 1 << sub.bit
			break
		}
	}
	return f
}

func init() {
	tt := TypeType
	tt.Doc = "type(object) -> the object's type\ntype(name, bases, dict) -> a new type"
	tt.Call = typeCall
	tt.New = typeNew
	tt.Init = typeInit
	tt.GetAttr = typeGetAttr
	tt.SetAttr = typeSetAttr
	tt.Repr = typeRepr
	intGetter := func(f func(typ *Type) int64) func(t *Thread, self Object) (Object, error) {
		return func(t *Thread, self Object) (Object, error) { return NewInt(f(self.(*Type))), nil }
	}
	tt.AddGetSets(
		GetSetDef{Name: "__name__", Get: typeGetName, Set: typeSetName},
		GetSetDef{Name: "__bases__", Get: typeGetBases, Set: typeSetBases},
		GetSetDef{Name: "__module__", Get: typeGetModule, Set: typeSetModule},
		GetSetDef{Name: "__abstractmethods__", Get: typeGetAbstractMethods, Set: typeSetAbstractMethods},
		GetSetDef{Name: "__dict__", Get: typeGetDict},
		GetSetDef{Name: "__doc__", Get: typeGetDoc},
		GetSetDef{Name: "__base__", Get: typeGetBase},
		GetSetDef{Name: "__mro__", Get: typeGetMRO},
		GetSetDef{Name: "__basicsize__", Get: intGetter(func(typ *Type) int64 { return int64(basicSize(typ)) })},
		GetSetDef{Name: "__itemsize__", Get: intGetter(func(typ *Type) int64 {
			switch {
			case typ.IsSubtype(IntType):
				return 4 // a 30-bit digit
			case typ.IsSubtype(BytesType):
				return 1
			case typ.IsSubtype(TupleType):
				return 8
			}
			return 0
		})},
		GetSetDef{Name: "__flags__", Get: intGetter(typeFlagsValue)},
		GetSetDef{Name: "__weakrefoffset__", Get: intGetter(func(typ *Type) int64 {
			if typ.Flags&FlagWeakrefable != 0 {
				return int64(basicSize(typ) - 8)
			}
			return 0
		})},
		GetSetDef{Name: "__dictoffset__", Get: intGetter(func(typ *Type) int64 {
			if typ.Flags&FlagHasDict == 0 {
				return 0
			}
			n := basicSize(typ) - 8
			if typ.Flags&FlagWeakrefable != 0 {
				n -= 8
			}
			return int64(n)
		})},
	)
	tt.AddMethods(
		MethodDef{Name: "mro", Fn: typeMROMethod, Doc: "mro() -> list\nreturn a type's method resolution order"},
		MethodDef{Name: "__subclasses__", Fn: typeSubclassesMethod, Doc: "__subclasses__() -> list of immediate subclasses"},
		MethodDef{Name: "__prepare__", Fn: typePrepare, Kind: ClassMethod, Doc: "__prepare__() -> dict\nused to create the namespace for the class statement"},
		MethodDef{Name: "__instancecheck__", Fn: typeInstanceCheck, Doc: "__instancecheck__() -> bool\ncheck if an object is an instance"},
		MethodDef{Name: "__subclasscheck__", Fn: typeSubclassCheck, Doc: "__subclasscheck__() -> bool\ncheck if a class is a subclass"},
	)
}

// DictProxy is the read-only view of a class's namespace that
// C.__dict__ returns (3.2's dict_proxy).
type DictProxy struct {
	dict *Dict
}

// DictProxyType is dict_proxy.
var DictProxyType = &Type{Name: "dict_proxy"}

// Type returns dict_proxy.
func (p *DictProxy) Type() *Type { return DictProxyType }

func dictProxyForward(name string) MethodDef {
	n := NewStr(name)
	return MethodDef{Name: name, Fn: func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		f, err := GetAttr(t, self.(*DictProxy).dict, n)
		if err != nil {
			return nil, err
		}
		return Call(t, f, args, kwnames)
	}}
}

func init() {
	p := DictProxyType
	p.Len = func(t *Thread, self Object) (int, error) { return self.(*DictProxy).dict.Len(), nil }
	p.GetItem = func(t *Thread, self, key Object) (Object, error) { return GetItem(t, self.(*DictProxy).dict, key) }
	p.Contains = func(t *Thread, self, item Object) (bool, error) { return Contains(t, self.(*DictProxy).dict, item) }
	p.Iter = func(t *Thread, self Object) (Object, error) { return Iter(t, self.(*DictProxy).dict) }
	p.Str = func(t *Thread, self Object) (Object, error) { return StrOf(t, self.(*DictProxy).dict) }
	p.Repr = func(t *Thread, self Object) (Object, error) {
		r, err := Repr(t, self.(*DictProxy).dict)
		if err != nil {
			return nil, err
		}
		return NewStr(fmt.Sprintf("dict_proxy(%s)", r.s)), nil
	}
	p.RichCompare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		return RichCompare(t, a.(*DictProxy).dict, b, op)
	}
	p.AddMethods(dictProxyForward("get"), dictProxyForward("keys"), dictProxyForward("values"),
		dictProxyForward("items"), dictProxyForward("copy"))
}
