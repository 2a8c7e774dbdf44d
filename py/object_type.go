package py

import (
	"fmt"
	"strings"
)

// The type object: the base of every class, and the generic attribute
// lookup (CPython's PyBaseObject_Type and PyObject_GenericGetAttr).

// GenericGetAttr returns o.name as object.__getattribute__ does: a data
// descriptor found on o's type, else o's __dict__ entry, else the type's
// attribute (bound by its __get__ if it has one).
func GenericGetAttr(t *Thread, o Object, name *Str) (Object, error) {
	v, err := genericGetAttr(t, o, name)
	if v == nil && err == nil {
		return nil, noAttributeError(o.Type(), name)
	}
	return v, err
}

// genericGetAttr is GenericGetAttr reporting a missing attribute as
// (nil, nil), with no exception made.
func genericGetAttr(t *Thread, o Object, name *Str) (Object, error) {
	typ := o.Type()
	descr := typ.Lookup(name)
	var get descrGetFunc
	if descr != nil {
		dt := descr.Type()
		get = dt.DescrGet
		if get != nil && dt.DescrSet != nil {
			return get(t, descr, o, typ)
		}
	}
	if typ.Flags&FlagHasDict != 0 {
		if p := instanceDictPtr(o); p != nil && *p != nil {
			if v := (*p).GetStr(name); v != nil {
				return v, nil
			}
		}
	}
	if get != nil {
		return get(t, descr, o, typ)
	}
	return descr, nil
}

// HasGenericGetAttr reports whether typ's instances use object's
// attribute lookup (GenericGetAttr): then an attribute is a data
// descriptor found by Lookup, else the instance's __dict__ entry, else
// what Lookup found.
func (typ *Type) HasGenericGetAttr() bool { return typ.origin[sGetAttr] == ObjectType }

// noAttributeError is "'T' object has no attribute 'name'" (built
// without fmt: failed lookups are common, in hasattr and getattr with a
// default).
func noAttributeError(typ *Type, name *Str) error {
	return NewException(AttributeError, NewStr("'"+typ.Name+"' object has no attribute '"+name.s+"'"))
}

// GenericSetAttr sets o.name = value, or deletes o.name when value is nil,
// as object.__setattr__ does: through a data descriptor of o's type, else
// in o's __dict__.
func GenericSetAttr(t *Thread, o Object, name *Str, value Object) error {
	typ := o.Type()
	descr := typ.Lookup(name)
	if descr != nil {
		if set := descr.Type().DescrSet; set != nil {
			return set(t, descr, o, value)
		}
	}
	if typ.Flags&FlagHasDict != 0 {
		if p := instanceDictPtr(o); p != nil {
			d := *p
			if value != nil {
				if d == nil {
					d = newInstanceDict(typ)
					*p = d
				}
				d.SetStr(name, value)
				noteAttrs(typ, d)
				return nil
			}
			if d != nil {
				if !d.DelStr(name) {
					return NewException(AttributeError, name)
				}
				return nil
			}
		}
	}
	if descr == nil {
		return noAttributeError(typ, name)
	}
	return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", typ.Name, name.s)
}

// typeModuleName returns the __module__ of typ as a Go string, and
// whether it is a str.
func typeModuleName(typ *Type) (string, bool) {
	if typ.Flags&FlagHeapType != 0 {
		if m := typ.Dict.GetStr(dunderModule); m != nil {
			if s, ok := m.(*Str); ok {
				return s.s, true
			}
		}
		return "", false
	}
	if typ.Module != "" {
		return typ.Module, true
	}
	return "builtins", true
}

// defaultRepr is object.__repr__: <mod.C object at 0x...>.
func defaultRepr(o Object) string {
	typ := o.Type()
	if mod, ok := typeModuleName(typ); ok && mod != "builtins" {
		return fmt.Sprintf("<%s.%s object at %#x>", mod, typ.Name, objectAddr(o))
	}
	return fmt.Sprintf("<%s object at %#x>", typ.Name, objectAddr(o))
}

// HashPointer is the identity hash of o (object.__hash__): its address
// rotated right by four bits, as CPython's _Py_HashPointer.
func HashPointer(o Object) int64 {
	y := uint64(objectAddr(o))
	y = y>>4 | y<<60
	h := int64(y)
	if h == -1 {
		h = -2
	}
	return h
}

func objectRepr(t *Thread, o Object) (Object, error) { return NewStr(defaultRepr(o)), nil }

func objectStr(t *Thread, o Object) (Object, error) {
	if f := o.Type().Repr; f != nil {
		return f(t, o)
	}
	return objectRepr(t, o)
}

func objectHash(t *Thread, o Object) (int64, error) { return HashPointer(o), nil }

func objectRichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	switch op {
	case EQ:
		if a == b {
			return True, nil
		}
		return NotImplemented, nil
	case NE:
		r, err := RichCompare(t, a, b, EQ)
		if err != nil || r == NotImplemented {
			return r, err
		}
		ok, err := IsTrue(t, r)
		if err != nil {
			return nil, err
		}
		return NewBool(!ok), nil
	}
	return NotImplemented, nil
}

// excessArgs reports whether a call passed any argument.
func excessArgs(args []Object) bool { return len(args) != 0 }

// objectNew is object.__new__: a new Instance, refusing arguments unless
// the class overrides __init__ but not __new__ (CPython 3.2's rules, with
// a DeprecationWarning when it overrides both).
func objectNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	if len(args) != 0 {
		newOverridden := typ.origin[sNew] != ObjectType
		initOverridden := typ.origin[sInit] != ObjectType
		if newOverridden && initOverridden {
			if err := Warn(t, DeprecationWarning, "object() takes no parameters", 1); err != nil {
				return nil, err
			}
		} else if newOverridden || !initOverridden {
			return nil, Errorf(TypeError, "object() takes no parameters")
		}
	}
	if typ.Flags&FlagAbstract != 0 {
		return nil, abstractInstantiationError(t, typ)
	}
	return NewInstance(typ), nil
}

// abstractInstantiationError is "Can't instantiate abstract class C with
// abstract methods a, b".
func abstractInstantiationError(t *Thread, typ *Type) error {
	v := typ.Dict.GetStr(dunderAbstractmethods)
	if v == nil {
		return NewException(AttributeError, dunderAbstractmethods)
	}
	it, err := Iter(t, v)
	if err != nil {
		return err
	}
	var names []string
	for {
		x, err := Next(t, it)
		if err != nil {
			return err
		}
		if x == nil {
			break
		}
		s, err := StrOf(t, x)
		if err != nil {
			return err
		}
		names = append(names, s.s)
	}
	sortStrings(names)
	return Errorf(TypeError, "Can't instantiate abstract class %s with abstract methods %s", typ.Name, strings.Join(names, ", "))
}

// sortStrings sorts names by code point (as sorted() orders strs).
func sortStrings(names []string) {
	for i := 1; i < len(names); i++ {
		for j := i; j > 0 && names[j] < names[j-1]; j-- {
			names[j], names[j-1] = names[j-1], names[j]
		}
	}
}

// objectInit is object.__init__, with the symmetric rule for arguments.
func objectInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	if len(args) != 0 {
		typ := self.Type()
		newOverridden := typ.origin[sNew] != ObjectType
		initOverridden := typ.origin[sInit] != ObjectType
		if newOverridden && initOverridden {
			return Warn(t, DeprecationWarning, "object.__init__() takes no parameters", 1)
		} else if initOverridden || !newOverridden {
			return Errorf(TypeError, "object.__init__() takes no parameters")
		}
	}
	return nil
}

// objectGetClass is object.__class__.
func objectGetClass(t *Thread, self Object) (Object, error) { return self.Type(), nil }

// objectSetClass is assignment to __class__: both classes must be heap
// types with the same instance layout.
func objectSetClass(t *Thread, self, value Object) error {
	if value == nil {
		return Errorf(TypeError, "can't delete __class__ attribute")
	}
	newto, ok := value.(*Type)
	if !ok {
		return Errorf(TypeError, "__class__ must be set to new-style class, not '%s' object", value.Type().Name)
	}
	oldto := self.Type()
	if newto.Flags&FlagHeapType == 0 || oldto.Flags&FlagHeapType == 0 {
		return Errorf(TypeError, "__class__ assignment: only for heap types")
	}
	// CPython passes the classes in this order (the message names the
	// old class first).
	if err := compatibleForAssignment(newto, oldto, "__class__"); err != nil {
		return err
	}
	switch o := self.(type) {
	case *Instance:
		o.typ = newto
	case *BaseException:
		o.typ = newto
	case extHolder:
		e := o.extPtr()
		if e.p == nil {
			return Errorf(TypeError, "__class__ assignment: only for heap types")
		}
		e.p.typ = newto
	default:
		return Errorf(TypeError, "__class__ assignment: only for heap types")
	}
	return nil
}

// importModule imports a module by name through builtins.__import__
// (CPython's PyImport_Import).
func importModule(t *Thread, name string) (Object, error) {
	var imp Object
	if t.Interp != nil && t.Interp.Builtins != nil {
		imp = t.Interp.Builtins.Dict.GetStr(NewStr("__import__"))
	}
	if imp == nil {
		return nil, Errorf(ImportError, "__import__ not found")
	}
	return Call(t, imp, []Object{NewStr(name)}, nil)
}

// callModuleFunc calls module.name(args...).
func callModuleFunc(t *Thread, module, name string, args ...Object) (Object, error) {
	m, err := importModule(t, module)
	if err != nil {
		return nil, err
	}
	f, err := GetAttr(t, m, NewStr(name))
	if err != nil {
		return nil, err
	}
	return Call(t, f, append([]Object(nil), args...), nil)
}

// getAttrOrNil is GetAttr that returns nil for an AttributeError.
func getAttrOrNil(t *Thread, o Object, name string) (Object, error) {
	v, err := GetAttr(t, o, NewStr(name))
	if err != nil {
		if isAttributeError(err) {
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

// slotNamesOf returns copyreg._slotnames(cls), cached in
// cls.__slotnames__: the names of cls's __slots__ and its bases'.
func slotNamesOf(t *Thread, cls Object) (*List, error) {
	typ, ok := cls.(*Type)
	if !ok {
		return nil, nil
	}
	if l, ok := typ.Dict.GetStr(NewStr("__slotnames__")).(*List); ok {
		return l, nil
	}
	r, err := callModuleFunc(t, "copyreg", "_slotnames", typ)
	if err != nil {
		return nil, err
	}
	if r == None {
		return nil, nil
	}
	l, ok := r.(*List)
	if !ok {
		return nil, Errorf(TypeError, "copyreg._slotnames didn't return a list or None")
	}
	return l, nil
}

// attrOrNilClearing is obj.name, or nil when the lookup fails for any
// reason: CPython 3.2's reduce_2 clears every error of these lookups, not
// only AttributeError.
func attrOrNilClearing(t *Thread, o Object, name string) (Object, error) {
	v, err := GetAttr(t, o, NewStr(name))
	if err != nil {
		return nil, nil
	}
	return v, nil
}

// reduce2 is the pickle protocol 2 reduction of an object: (copyreg.
// __newobj__, (cls,) + __getnewargs__(), state, list items, dict items).
func reduce2(t *Thread, obj Object) (Object, error) {
	cls, err := GetAttr(t, obj, dunderClass)
	if err != nil {
		return nil, err
	}
	args := NewTuple()
	getnewargs, err := attrOrNilClearing(t, obj, "__getnewargs__")
	if err != nil {
		return nil, err
	}
	if getnewargs != nil {
		r, err := Call(t, getnewargs, nil, nil)
		if err != nil {
			return nil, err
		}
		tup, ok := r.(*Tuple)
		if !ok {
			return nil, Errorf(TypeError, "__getnewargs__ should return a tuple, not '%s'", r.Type().Name)
		}
		args = tup
	}
	var state Object
	getstate, err := attrOrNilClearing(t, obj, "__getstate__")
	if err != nil {
		return nil, err
	}
	if getstate != nil {
		if state, err = Call(t, getstate, nil, nil); err != nil {
			return nil, err
		}
	} else {
		if state, err = attrOrNilClearing(t, obj, "__dict__"); err != nil {
			return nil, err
		}
		if state == nil {
			state = None
		}
		names, err := slotNamesOf(t, cls)
		if err != nil {
			return nil, err
		}
		if names != nil {
			slots := NewDict()
			for _, name := range names.Items {
				ns, ok := name.(*Str)
				if !ok {
					continue
				}
				v, err := GetAttr(t, obj, ns)
				if err != nil {
					continue
				}
				if err := slots.SetItem(t, name, v); err != nil {
					return nil, err
				}
			}
			if slots.Len() > 0 {
				state = NewTuple(state, slots)
			}
		}
	}
	var listitems, dictitems Object = None, None
	if _, ok := obj.(*List); ok {
		if listitems, err = Iter(t, obj); err != nil {
			return nil, err
		}
	}
	if _, ok := obj.(*Dict); ok {
		items, err := callMethod(t, obj, NewStr("items"))
		if err != nil {
			return nil, err
		}
		if dictitems, err = Iter(t, items); err != nil {
			return nil, err
		}
	}
	copyreg, err := importModule(t, "copyreg")
	if err != nil {
		return nil, err
	}
	newobj, err := GetAttr(t, copyreg, NewStr("__newobj__"))
	if err != nil {
		return nil, err
	}
	args2 := make([]Object, 0, len(args.Items)+1)
	args2 = append(append(args2, cls), args.Items...)
	return NewTuple(newobj, NewTuple(args2...), state, listitems, dictitems), nil
}

// commonReduce is the reduction object.__reduce__ and __reduce_ex__
// share: protocol 2 and above reduce here, older ones in copyreg.
func commonReduce(t *Thread, self Object, proto int) (Object, error) {
	if proto >= 2 {
		return reduce2(t, self)
	}
	return callModuleFunc(t, "copyreg", "_reduce_ex", self, NewInt(int64(proto)))
}

func objectReduce(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var protoObj Object
	if err := ParseTuple("__reduce__", args, kwnames, 0, 1, &protoObj); err != nil {
		return nil, err
	}
	proto := 0
	if protoObj != nil {
		var err error
		if proto, err = ArgInt(t, protoObj); err != nil {
			return nil, err
		}
	}
	return commonReduce(t, self, proto)
}

// objectReduceEx is object.__reduce_ex__: a class's own __reduce__ when
// it overrides object's, else the common reduction.
func objectReduceEx(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var protoObj Object
	if err := ParseTuple("__reduce_ex__", args, kwnames, 0, 1, &protoObj); err != nil {
		return nil, err
	}
	proto := 0
	if protoObj != nil {
		var err error
		if proto, err = ArgInt(t, protoObj); err != nil {
			return nil, err
		}
	}
	reduce, err := getAttrOrNil(t, self, "__reduce__")
	if err != nil {
		return nil, err
	}
	if reduce != nil {
		cls, err := GetAttr(t, self, dunderClass)
		if err != nil {
			return nil, err
		}
		clsReduce, err := GetAttr(t, cls, NewStr("__reduce__"))
		if err != nil {
			return nil, err
		}
		if clsReduce != ObjectType.Dict.GetStr(NewStr("__reduce__")) {
			return Call(t, reduce, nil, nil)
		}
	}
	return commonReduce(t, self, proto)
}

func objectSubclassHook(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	return NotImplemented, nil
}

func objectFormat(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var spec Object
	if err := ParseTuple("__format__", args, kwnames, 1, 1, &spec); err != nil {
		return nil, err
	}
	sp, ok := spec.(*Str)
	if !ok {
		return nil, ArgMustBe("str", spec)
	}
	s, err := StrOf(t, self)
	if err != nil {
		return nil, err
	}
	if sp.s == "" {
		return s, nil
	}
	if err := Warn(t, PendingDeprecationWarning, "object.__format__ with a non-empty format string is deprecated", 1); err != nil {
		return nil, err
	}
	if f := s.Type().Lookup(dunderFormat); f != nil {
		return callDescr(t, f, s, sp)
	}
	return s, nil
}

func objectSizeof(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__sizeof__", args, kwnames); err != nil {
		return nil, err
	}
	return NewInt(int64(basicSize(self.Type()))), nil
}

// basicSize is what CPython's tp_basicsize would be for instances of typ
// on a 64-bit machine, as far as __sizeof__ shows it: 16 for object, and a
// pointer more for each slot, the __dict__ and __weakref__ of a class.
func basicSize(typ *Type) int {
	n := 16
	for t := typ; t != nil && t.Flags&FlagHeapType != 0; t = t.Base {
		n += 8 * len(t.slotNames)
	}
	if typ.Flags&FlagHeapType != 0 {
		if typ.Flags&FlagHasDict != 0 {
			n += 8
		}
		if typ.Flags&FlagWeakrefable != 0 {
			n += 8
		}
	}
	return n
}

func init() {
	o := ObjectType
	o.Doc = "The most base type"
	o.New = objectNew
	o.Init = objectInit
	o.Repr = objectRepr
	o.Str = objectStr
	o.Hash = objectHash
	o.RichCompare = objectRichCompare
	o.GetAttr = GenericGetAttr
	o.SetAttr = GenericSetAttr
	o.AddMethods(
		MethodDef{Name: "__reduce_ex__", Fn: objectReduceEx, Doc: "helper for pickle"},
		MethodDef{Name: "__reduce__", Fn: objectReduce, Doc: "helper for pickle"},
		MethodDef{Name: "__subclasshook__", Fn: objectSubclassHook, Kind: ClassMethod, Doc: "Abstract classes can override this to customize issubclass().\n\nThis is invoked early on by abc.ABCMeta.__subclasscheck__().\nIt should return True, False or NotImplemented.  If it returns\nNotImplemented, the normal algorithm is used.  Otherwise, it\noverrides the normal algorithm (and the outcome is cached).\n"},
		MethodDef{Name: "__format__", Fn: objectFormat, Doc: "default object formatter"},
		MethodDef{Name: "__sizeof__", Fn: objectSizeof, Doc: "__sizeof__() -> int\nsize of object in memory, in bytes"},
	)
	o.AddGetSets(GetSetDef{Name: "__class__", Get: objectGetClass, Set: objectSetClass, Doc: "the object's class"})
}
