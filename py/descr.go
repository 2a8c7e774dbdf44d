package py

import "fmt"

// Descriptors: the objects a type's __dict__ holds for its methods and
// attributes (CPython's Objects/descrobject.c and funcobject.c's
// staticmethod and classmethod):
//
//	MethodDescr       method_descriptor        a MethodDef of a built-in type
//	ClassMethodDescr  classmethod_descriptor   a MethodDef of kind ClassMethod
//	GetSetDescr       getset_descriptor        a GetSetDef
//	MemberDescr       member_descriptor        a name in a class's __slots__
//	SlotWrapper       wrapper_descriptor       a slot exposed as a dunder (int.__add__)
//	MethodWrapper     method-wrapper           a SlotWrapper bound to an object
//	Property, StaticMethod, ClassMethod        the built-in decorators

var (
	MethodDescrType      = &Type{Name: "method_descriptor", Flags: FlagMethodDescriptor}
	ClassMethodDescrType = &Type{Name: "classmethod_descriptor"}
	GetSetDescrType      = &Type{Name: "getset_descriptor"}
	MemberDescrType      = &Type{Name: "member_descriptor"}
	SlotWrapperType      = &Type{Name: "wrapper_descriptor", Flags: FlagMethodDescriptor}
	MethodWrapperType    = &Type{Name: "method-wrapper"}
	PropertyType         = &Type{Name: "property", Flags: FlagBaseType}
	StaticMethodType     = &Type{Name: "staticmethod", Flags: FlagBaseType | FlagHasDict}
	ClassMethodType      = &Type{Name: "classmethod", Flags: FlagBaseType | FlagHasDict}
)

// descrCheck is the check of a descriptor's __get__ for an instance:
// "descriptor 'x' for 'T' objects doesn't apply to 'U' object".
func descrCheck(name string, owner *Type, obj Object) error {
	if !obj.Type().IsSubtype(owner) {
		return Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to '%s' object", name, owner.Name, obj.Type().Name)
	}
	return nil
}

// descrCallSelf checks the first argument of a descriptor called directly
// (list.append(l, x)) and returns it.
func descrCallSelf(name string, owner *Type, args []Object, kwnames *Tuple) (Object, error) {
	if NumPos(args, kwnames) < 1 {
		return nil, Errorf(TypeError, "descriptor '%s' of '%s' object needs an argument", name, owner.Name)
	}
	self := args[0]
	if !self.Type().IsSubtype(owner) {
		return nil, Errorf(TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, owner.Name, self.Type().Name)
	}
	return self, nil
}

// docObject is a doc string as Python sees it: None when empty.
func docObject(doc string) Object {
	if doc == "" {
		return None
	}
	return NewStr(doc)
}

// MethodDescr is a method of a built-in type, in the type's __dict__.
type MethodDescr struct {
	owner *Type
	def   *MethodDef
}

// Type returns method_descriptor.
func (d *MethodDescr) Type() *Type { return MethodDescrType }

// Def returns the method's definition.
func (d *MethodDescr) Def() *MethodDef { return d.def }

// Owner returns the type the method belongs to (__objclass__).
func (d *MethodDescr) Owner() *Type { return d.owner }

func methodDescrCall(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	d := self.(*MethodDescr)
	obj, err := descrCallSelf(d.def.Name, d.owner, args, kwnames)
	if err != nil {
		return nil, err
	}
	return d.def.Fn(t, obj, args[1:], kwnames)
}

func methodDescrGet(t *Thread, self, instance Object, owner *Type) (Object, error) {
	d := self.(*MethodDescr)
	if instance == nil {
		return d, nil
	}
	if err := descrCheck(d.def.Name, d.owner, instance); err != nil {
		return nil, err
	}
	return &BuiltinFunction{def: d.def, Self: instance}, nil
}

func methodDescrRepr(t *Thread, self Object) (Object, error) {
	d := self.(*MethodDescr)
	return NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", d.def.Name, d.owner.Name)), nil
}

// ClassMethodDescr is a class method of a built-in type (dict.fromkeys).
type ClassMethodDescr struct {
	owner *Type
	def   *MethodDef
}

// Type returns classmethod_descriptor.
func (d *ClassMethodDescr) Type() *Type { return ClassMethodDescrType }

func classMethodDescrCall(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	d := self.(*ClassMethodDescr)
	if NumPos(args, kwnames) < 1 {
		return nil, Errorf(TypeError, "descriptor '%s' of '%s' object needs an argument", d.def.Name, d.owner.Name)
	}
	typ, ok := args[0].(*Type)
	if !ok {
		// CPython 3.2's message names the descriptor's class where it
		// means the argument's (its format consumes the wrong argument).
		return nil, Errorf(TypeError, "descriptor '%s' requires a type but received a '%s'", d.def.Name, d.owner.Name)
	}
	if !typ.IsSubtype(d.owner) {
		// CPython 3.2's message lacks the closing quote.
		return nil, Errorf(TypeError, "descriptor '%s' requires a subtype of '%s' but received '%s", d.def.Name, d.owner.Name, typ.Type().Name)
	}
	return d.def.Fn(t, typ, args[1:], kwnames)
}

func classMethodDescrGet(t *Thread, self, instance Object, owner *Type) (Object, error) {
	d := self.(*ClassMethodDescr)
	if owner == nil {
		if instance == nil {
			return nil, Errorf(TypeError, "descriptor '%s' for type '%s' needs either an object or a type", d.def.Name, d.owner.Name)
		}
		owner = instance.Type()
	}
	if !owner.IsSubtype(d.owner) {
		return nil, Errorf(TypeError, "descriptor '%s' for type '%s' doesn't apply to type '%s'", d.def.Name, d.owner.Name, owner.Name)
	}
	return &BuiltinFunction{def: d.def, Self: owner}, nil
}

func classMethodDescrRepr(t *Thread, self Object) (Object, error) {
	d := self.(*ClassMethodDescr)
	return NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", d.def.Name, d.owner.Name)), nil
}

// GetSetDescr is a computed attribute of a built-in type.
type GetSetDescr struct {
	owner *Type
	def   *GetSetDef
}

// Type returns getset_descriptor.
func (d *GetSetDescr) Type() *Type { return GetSetDescrType }

func getSetDescrGet(t *Thread, self, instance Object, owner *Type) (Object, error) {
	d := self.(*GetSetDescr)
	if instance == nil {
		return d, nil
	}
	if err := descrCheck(d.def.Name, d.owner, instance); err != nil {
		return nil, err
	}
	if d.def.Get == nil {
		return nil, Errorf(AttributeError, "attribute '%s' of '%s' objects is not readable", d.def.Name, d.owner.Name)
	}
	return d.def.Get(t, instance)
}

func getSetDescrSet(t *Thread, self, instance, value Object) error {
	d := self.(*GetSetDescr)
	if err := descrCheck(d.def.Name, d.owner, instance); err != nil {
		return err
	}
	if d.def.Set == nil {
		if d.def.Member {
			return Errorf(AttributeError, "readonly attribute")
		}
		return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", d.def.Name, d.owner.Name)
	}
	return d.def.Set(t, instance, value)
}

func getSetDescrRepr(t *Thread, self Object) (Object, error) {
	d := self.(*GetSetDescr)
	return NewStr(fmt.Sprintf("<attribute '%s' of '%s' objects>", d.def.Name, d.owner.Name)), nil
}

// MemberDescr is a name in a class's __slots__: index is its place in the
// instance's slot storage.
type MemberDescr struct {
	owner *Type
	name  *Str
	index int
	k     *slotKey // the key of the slot in an ext-based instance's dict
}

// Type returns member_descriptor.
func (d *MemberDescr) Type() *Type { return MemberDescrType }

func memberGet(t *Thread, self, instance Object, owner *Type) (Object, error) {
	d := self.(*MemberDescr)
	if instance == nil {
		return d, nil
	}
	if err := descrCheck(d.name.s, d.owner, instance); err != nil {
		return nil, err
	}
	var v Object
	if o, ok := instance.(*Instance); ok {
		if vals := o.slotValues(); d.index < len(vals) {
			v = vals[d.index]
		}
	} else if dp := instanceSlotsPtr(instance); dp != nil && *dp != nil {
		v, _ = (*dp).GetItem(t, d.key())
	}
	if v == nil {
		return nil, NewException(AttributeError, d.name)
	}
	return v, nil
}

// key is the dict key of the slot in an ext-based instance.
func (d *MemberDescr) key() Object { return d.k }

func memberSet(t *Thread, self, instance, value Object) error {
	d := self.(*MemberDescr)
	if err := descrCheck(d.name.s, d.owner, instance); err != nil {
		return err
	}
	if o, ok := instance.(*Instance); ok && d.index < len(o.slotValues()) {
		vals := o.slotValues()
		if value == nil && vals[d.index] == nil {
			return NewException(AttributeError, d.name)
		}
		vals[d.index] = value
		return nil
	}
	dp := instanceSlotsPtr(instance)
	if dp == nil {
		return NewException(AttributeError, d.name)
	}
	if value == nil {
		if *dp == nil {
			return NewException(AttributeError, d.name)
		}
		ok, err := (*dp).DelItem(t, d.key())
		if err == nil && !ok {
			err = NewException(AttributeError, d.name)
		}
		return err
	}
	if *dp == nil {
		*dp = NewDict()
	}
	return (*dp).SetItem(t, d.key(), value)
}

func memberRepr(t *Thread, self Object) (Object, error) {
	d := self.(*MemberDescr)
	return NewStr(fmt.Sprintf("<member '%s' of '%s' objects>", d.name.s, d.owner.Name)), nil
}

// SlotWrapper exposes a slot of a built-in type as a dunder method in the
// type's __dict__ (int.__add__): calling it calls the owner's slot.
type SlotWrapper struct {
	owner *Type
	slot  int
	name  *Str
	wrap  *slotWrapperDef
}

// Type returns wrapper_descriptor.
func (w *SlotWrapper) Type() *Type { return SlotWrapperType }

func slotWrapperCall(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	w := self.(*SlotWrapper)
	obj, err := descrCallSelf(w.name.s, w.owner, args, kwnames)
	if err != nil {
		return nil, err
	}
	return w.call(t, obj, args[1:], kwnames)
}

// call runs the wrapped slot for obj.
func (w *SlotWrapper) call(t *Thread, obj Object, args []Object, kwnames *Tuple) (Object, error) {
	if !w.wrap.keywords && NumKw(kwnames) != 0 {
		return nil, Errorf(TypeError, "wrapper %s doesn't take keyword arguments", w.name.s)
	}
	return w.wrap.call(t, w, obj, args, kwnames)
}

func slotWrapperGet(t *Thread, self, instance Object, owner *Type) (Object, error) {
	w := self.(*SlotWrapper)
	if instance == nil {
		return w, nil
	}
	if err := descrCheck(w.name.s, w.owner, instance); err != nil {
		return nil, err
	}
	return &MethodWrapper{w: w, self: instance}, nil
}

func slotWrapperRepr(t *Thread, self Object) (Object, error) {
	w := self.(*SlotWrapper)
	return NewStr(fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", w.name.s, w.owner.Name)), nil
}

// MethodWrapper is a SlotWrapper bound to an object ((1).__add__).
type MethodWrapper struct {
	w    *SlotWrapper
	self Object
}

// Type returns method-wrapper.
func (m *MethodWrapper) Type() *Type { return MethodWrapperType }

func methodWrapperCall(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	m := self.(*MethodWrapper)
	return m.w.call(t, m.self, args, kwnames)
}

func methodWrapperRepr(t *Thread, self Object) (Object, error) {
	m := self.(*MethodWrapper)
	return NewStr(fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", m.w.name.s, m.self.Type().Name, objectAddr(m.self))), nil
}

func methodWrapperRichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	ma, ok1 := a.(*MethodWrapper)
	mb, ok2 := b.(*MethodWrapper)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	// As CPython 3.2: wrappers of one slot compare as the objects they
	// are bound to; others by the slots' identity.
	if ma.w == mb.w {
		return RichCompare(t, ma.self, mb.self, op)
	}
	if op != EQ && op != NE {
		return NotImplemented, nil
	}
	return NewBool(op == NE), nil
}

func methodWrapperHash(t *Thread, self Object) (int64, error) {
	m := self.(*MethodWrapper)
	h, err := Hash(t, m.self)
	if err != nil {
		return 0, err
	}
	h ^= HashPointer(m.w)
	if h == -1 {
		h = -2
	}
	return h, nil
}

// descrName returns the name a descriptor carries, for __name__.
func descrName(self Object) (string, *Type) {
	switch d := self.(type) {
	case *MethodDescr:
		return d.def.Name, d.owner
	case *ClassMethodDescr:
		return d.def.Name, d.owner
	case *GetSetDescr:
		return d.def.Name, d.owner
	case *MemberDescr:
		return d.name.s, d.owner
	case *SlotWrapper:
		return d.name.s, d.owner
	}
	return "?", nil
}

func descrGetName(t *Thread, self Object) (Object, error) {
	n, _ := descrName(self)
	return NewStr(n), nil
}

func descrGetObjclass(t *Thread, self Object) (Object, error) {
	_, owner := descrName(self)
	return owner, nil
}

func init() {
	commonGetSets := func(doc func(self Object) Object) []GetSetDef {
		return []GetSetDef{
			{Name: "__objclass__", Get: descrGetObjclass},
			{Name: "__name__", Get: descrGetName},
			{Name: "__doc__", Get: func(t *Thread, self Object) (Object, error) { return doc(self), nil }},
		}
	}

	MethodDescrType.Call = methodDescrCall
	MethodDescrType.DescrGet = methodDescrGet
	MethodDescrType.Repr = methodDescrRepr
	MethodDescrType.AddGetSets(commonGetSets(func(self Object) Object { return docObject(self.(*MethodDescr).def.Doc) })...)

	ClassMethodDescrType.Call = classMethodDescrCall
	ClassMethodDescrType.DescrGet = classMethodDescrGet
	ClassMethodDescrType.Repr = classMethodDescrRepr
	ClassMethodDescrType.AddGetSets(commonGetSets(func(self Object) Object { return docObject(self.(*ClassMethodDescr).def.Doc) })...)

	GetSetDescrType.DescrGet = getSetDescrGet
	GetSetDescrType.DescrSet = getSetDescrSet
	GetSetDescrType.Repr = getSetDescrRepr
	GetSetDescrType.AddGetSets(commonGetSets(func(self Object) Object { return docObject(self.(*GetSetDescr).def.Doc) })...)

	MemberDescrType.DescrGet = memberGet
	MemberDescrType.DescrSet = memberSet
	MemberDescrType.Repr = memberRepr
	MemberDescrType.AddGetSets(commonGetSets(func(self Object) Object { return None })...)

	SlotWrapperType.Call = slotWrapperCall
	SlotWrapperType.DescrGet = slotWrapperGet
	SlotWrapperType.Repr = slotWrapperRepr
	SlotWrapperType.AddGetSets(commonGetSets(func(self Object) Object { return docObject(self.(*SlotWrapper).wrap.doc) })...)

	MethodWrapperType.Call = methodWrapperCall
	MethodWrapperType.Repr = methodWrapperRepr
	MethodWrapperType.RichCompare = methodWrapperRichCompare
	MethodWrapperType.Hash = methodWrapperHash
	MethodWrapperType.AddGetSets(
		GetSetDef{Name: "__objclass__", Get: func(t *Thread, self Object) (Object, error) { return self.(*MethodWrapper).w.owner, nil }},
		GetSetDef{Name: "__name__", Get: func(t *Thread, self Object) (Object, error) { return self.(*MethodWrapper).w.name, nil }},
		GetSetDef{Name: "__doc__", Get: func(t *Thread, self Object) (Object, error) {
			return docObject(self.(*MethodWrapper).w.wrap.doc), nil
		}},
		GetSetDef{Name: "__self__", Get: func(t *Thread, self Object) (Object, error) { return self.(*MethodWrapper).self, nil }},
	)
}

// StaticMethodObject is a staticmethod: its callable, unbound on access.
type StaticMethodObject struct {
	ext
	callable Object
}

// Type returns staticmethod, or the subclass.
func (s *StaticMethodObject) Type() *Type {
	if s.ext.p != nil {
		return s.ext.p.typ
	}
	return StaticMethodType
}

// NewStaticMethod returns staticmethod(callable).
func NewStaticMethod(callable Object) *StaticMethodObject {
	return &StaticMethodObject{callable: callable}
}

// Func returns the wrapped callable (__func__).
func (s *StaticMethodObject) Func() Object { return s.callable }

func staticMethodGet(t *Thread, self, instance Object, owner *Type) (Object, error) {
	s := self.(*StaticMethodObject)
	if s.callable == nil {
		return nil, Errorf(RuntimeError, "uninitialized staticmethod object")
	}
	return s.callable, nil
}

func staticMethodNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	return &StaticMethodObject{ext: newExt(typ, StaticMethodType)}, nil
}

func staticMethodInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	var callable Object
	pos, _ := SplitArgs(args, kwnames)
	if err := UnpackArgs("staticmethod", pos, nil, 1, 1, &callable); err != nil {
		return err
	}
	if err := NoKeywords("staticmethod", kwnames); err != nil {
		return err
	}
	self.(*StaticMethodObject).callable = callable
	return nil
}

// ClassMethodObject is a classmethod: its callable, bound to the class on
// access.
type ClassMethodObject struct {
	ext
	callable Object
}

// Type returns classmethod, or the subclass.
func (c *ClassMethodObject) Type() *Type {
	if c.ext.p != nil {
		return c.ext.p.typ
	}
	return ClassMethodType
}

// NewClassMethod returns classmethod(callable).
func NewClassMethod(callable Object) *ClassMethodObject {
	return &ClassMethodObject{callable: callable}
}

// Func returns the wrapped callable (__func__).
func (c *ClassMethodObject) Func() Object { return c.callable }

func classMethodGet(t *Thread, self, instance Object, owner *Type) (Object, error) {
	c := self.(*ClassMethodObject)
	if c.callable == nil {
		return nil, Errorf(RuntimeError, "uninitialized classmethod object")
	}
	if owner == nil {
		owner = instance.Type()
	}
	return NewMethod(c.callable, owner), nil
}

func classMethodNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	return &ClassMethodObject{ext: newExt(typ, ClassMethodType)}, nil
}

func classMethodInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	var callable Object
	pos, _ := SplitArgs(args, kwnames)
	if err := UnpackArgs("classmethod", pos, nil, 1, 1, &callable); err != nil {
		return err
	}
	if err := NoKeywords("classmethod", kwnames); err != nil {
		return err
	}
	self.(*ClassMethodObject).callable = callable
	return nil
}

// Property is a property: its getter, setter, deleter and doc.
type Property struct {
	ext
	get, set, del, doc Object // nil when absent
	getterDoc          bool   // doc came from the getter
}

// Type returns property, or the subclass.
func (p *Property) Type() *Type {
	if p.ext.p != nil {
		return p.ext.p.typ
	}
	return PropertyType
}

func propertyGet(t *Thread, self, instance Object, owner *Type) (Object, error) {
	p := self.(*Property)
	if instance == nil || instance == None {
		return p, nil
	}
	if p.get == nil {
		return nil, Errorf(AttributeError, "unreadable attribute")
	}
	return call1(t, p.get, instance)
}

func propertySet(t *Thread, self, instance, value Object) error {
	p := self.(*Property)
	if value == nil {
		if p.del == nil {
			return Errorf(AttributeError, "can't delete attribute")
		}
		_, err := call1(t, p.del, instance)
		return err
	}
	if p.set == nil {
		return Errorf(AttributeError, "can't set attribute")
	}
	_, err := call2(t, p.set, instance, value)
	return err
}

func propertyNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	return &Property{ext: newExt(typ, PropertyType)}, nil
}

var propertyKwlist = []string{"fget", "fset", "fdel", "doc"}

func propertyInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	var get, set, del, doc Object
	if err := ParseArgs("property", args, kwnames, propertyKwlist, 0, &get, &set, &del, &doc); err != nil {
		return err
	}
	if get == None {
		get = nil
	}
	if set == None {
		set = nil
	}
	if del == None {
		del = nil
	}
	p := self.(*Property)
	p.get, p.set, p.del, p.doc = get, set, del, doc
	p.getterDoc = false
	if (doc == nil || doc == None) && get != nil {
		getDoc, err := GetAttr(t, get, dunderDoc)
		if err != nil {
			if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(ExceptionType) {
				return nil
			}
			return err
		}
		if p.Type() == PropertyType {
			p.doc = getDoc
		} else if err := SetAttr(t, p, dunderDoc, getDoc); err != nil {
			return err
		}
		p.getterDoc = true
	}
	return nil
}

// propertyCopy is getter/setter/deleter: a new property of the same type
// with one function replaced.
func propertyCopy(t *Thread, old *Property, get, set, del Object) (Object, error) {
	if get == nil || get == None {
		get = orNone(old.get)
	}
	if set == nil || set == None {
		set = orNone(old.set)
	}
	if del == nil || del == None {
		del = orNone(old.del)
	}
	var doc Object
	if old.getterDoc && get != None {
		doc = None
	} else {
		doc = orNone(old.doc)
	}
	return Call(t, old.Type(), []Object{get, set, del, doc}, nil)
}

func init() {
	s := StaticMethodType
	s.Doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.\n\nA static method does not receive an implicit first argument.\nTo declare a static method, use this idiom:\n\n     class C:\n     def f(arg1, arg2, ...): ...\n     f = staticmethod(f)\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  The instance is ignored except for its class.\n\nStatic methods in Python are similar to those found in Java or C++.\nFor a more advanced concept, see the classmethod builtin."
	s.DescrGet = staticMethodGet
	s.New = staticMethodNew
	s.Init = staticMethodInit
	s.AddGetSets(GetSetDef{Member: true, Name: "__func__", Get: func(t *Thread, self Object) (Object, error) {
		return orNone(self.(*StaticMethodObject).callable), nil
	}})

	c := ClassMethodType
	c.Doc = "classmethod(function) -> method\n\nConvert a function to be a class method.\n\nA class method receives the class as implicit first argument,\njust like an instance method receives the instance.\nTo declare a class method, use this idiom:\n\n  class C:\n      def f(cls, arg1, arg2, ...): ...\n      f = classmethod(f)\n\nIt can be called either on the class (e.g. C.f()) or on an instance\n(e.g. C().f()).  The instance is ignored except for its class.\nIf a class method is called for a derived class, the derived class\nobject is passed as the implied first argument.\n\nClass methods are different than C++ or Java static methods.\nIf you want those, see the staticmethod builtin."
	c.DescrGet = classMethodGet
	c.New = classMethodNew
	c.Init = classMethodInit
	c.AddGetSets(GetSetDef{Member: true, Name: "__func__", Get: func(t *Thread, self Object) (Object, error) {
		return orNone(self.(*ClassMethodObject).callable), nil
	}})

	p := PropertyType
	p.Doc = "property(fget=None, fset=None, fdel=None, doc=None) -> property attribute\n\nfget is a function to be used for getting an attribute value, and likewise\nfset is a function for setting, and fdel a function for del'ing, an\nattribute.  Typical use is to define a managed attribute x:\nclass C(object):\n    def getx(self): return self._x\n    def setx(self, value): self._x = value\n    def delx(self): del self._x\n    x = property(getx, setx, delx, \"I'm the 'x' property.\")\n\nDecorators make defining new properties or modifying existing ones easy:\nclass C(object):\n    @property\n    def x(self): return self._x\n    @x.setter\n    def x(self, value): self._x = value\n    @x.deleter\n    def x(self): del self._x\n"
	p.DescrGet = propertyGet
	p.DescrSet = propertySet
	p.New = propertyNew
	p.Init = propertyInit
	field := func(f func(p *Property) Object) func(t *Thread, self Object) (Object, error) {
		return func(t *Thread, self Object) (Object, error) { return orNone(f(self.(*Property))), nil }
	}
	readonly := func(name string) func(t *Thread, self, value Object) error {
		return func(t *Thread, self, value Object) error {
			return Errorf(AttributeError, "readonly attribute")
		}
	}
	p.AddGetSets(
		GetSetDef{Name: "fget", Get: field(func(p *Property) Object { return p.get }), Set: readonly("fget")},
		GetSetDef{Name: "fset", Get: field(func(p *Property) Object { return p.set }), Set: readonly("fset")},
		GetSetDef{Name: "fdel", Get: field(func(p *Property) Object { return p.del }), Set: readonly("fdel")},
		GetSetDef{Name: "__doc__", Get: field(func(p *Property) Object { return p.doc }), Set: readonly("__doc__")},
	)
	copier := func(name string, which int) MethodDef {
		return MethodDef{Name: name, Fn: func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
			f, err := OneArg(name, args, kwnames)
			if err != nil {
				return nil, err
			}
			p := self.(*Property)
			switch which {
			case 0:
				return propertyCopy(t, p, f, nil, nil)
			case 1:
				return propertyCopy(t, p, nil, f, nil)
			}
			return propertyCopy(t, p, nil, nil, f)
		}}
	}
	p.AddMethods(
		copier("getter", 0), copier("setter", 1), copier("deleter", 2),
	)
}
