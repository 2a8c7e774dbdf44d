package py

import "fmt"

// Super is a super object: attribute lookup that starts after typ in the
// MRO of obj's class (CPython's superobject).
type Super struct {
	ext
	typ     *Type  // __thisclass__
	obj     Object // __self__, nil when unbound
	objType *Type  // __self_class__, nil when unbound
}

// SuperType is super.
var SuperType = &Type{Name: "super", Flags: FlagBaseType}

// Type returns super, or the subclass.
func (s *Super) Type() *Type {
	if s.ext.p != nil {
		return s.ext.p.typ
	}
	return SuperType
}

// NewSuper returns super(typ, obj) (obj nil for an unbound super).
func NewSuper(typ *Type, obj Object) (*Super, error) {
	s := &Super{typ: typ}
	if obj != nil && obj != None {
		ot, err := superCheck(nil, typ, obj)
		if err != nil {
			return nil, err
		}
		s.obj, s.objType = obj, ot
	}
	return s, nil
}

// superCheck returns the class whose MRO super(typ, obj) searches: obj
// itself when it is a subclass of typ, else obj's class (or its
// __class__, for a proxy).
func superCheck(t *Thread, typ *Type, obj Object) (*Type, error) {
	if ot, ok := obj.(*Type); ok && ot.IsSubtype(typ) {
		return ot, nil
	}
	if obj.Type().IsSubtype(typ) {
		return obj.Type(), nil
	}
	if t != nil {
		if c, err := GetAttr(t, obj, dunderClass); err == nil {
			if ct, ok := c.(*Type); ok && ct != obj.Type() && ct.IsSubtype(typ) {
				return ct, nil
			}
		}
	}
	return nil, Errorf(TypeError, "super(type, obj): obj must be an instance or subtype of type")
}

func superGetAttr(t *Thread, self Object, name *Str) (Object, error) {
	s := self.(*Super)
	if s.objType != nil && name.s != "__class__" {
		mro := s.objType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.typ {
			i++
		}
		for i++; i < len(mro); i++ {
			res := mro[i].Dict.GetStr(name)
			if res == nil {
				continue
			}
			if get := res.Type().DescrGet; get != nil {
				var inst Object
				if s.obj != Object(s.objType) {
					inst = s.obj
				}
				return get(t, res, inst, s.objType)
			}
			return res, nil
		}
	}
	return GenericGetAttr(t, self, name)
}

func superDescrGet(t *Thread, self, instance Object, owner *Type) (Object, error) {
	s := self.(*Super)
	if instance == nil || instance == None || s.obj != nil {
		return s, nil
	}
	if s.Type() != SuperType {
		return Call(t, s.Type(), []Object{s.typ, instance}, nil)
	}
	ot, err := superCheck(t, s.typ, instance)
	if err != nil {
		return nil, err
	}
	return &Super{typ: s.typ, obj: instance, objType: ot}, nil
}

func superNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	return &Super{ext: newExt(typ, SuperType)}, nil
}

func superInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	if err := NoKeywords("super", kwnames); err != nil {
		return err
	}
	var typObj, obj Object
	if err := ParseTuple("super", args, nil, 0, 2, &typObj, &obj); err != nil {
		return err
	}
	var typ *Type
	if typObj != nil {
		var ok bool
		if typ, ok = typObj.(*Type); !ok {
			return ArgMustBe("type", typObj)
		}
	} else {
		var err error
		if typ, obj, err = superFromFrame(t); err != nil {
			return err
		}
	}
	s := self.(*Super)
	if obj == None {
		obj = nil
	}
	var ot *Type
	if obj != nil {
		var err error
		if ot, err = superCheck(t, typ, obj); err != nil {
			return err
		}
	}
	s.typ, s.obj, s.objType = typ, obj, ot
	return nil
}

// superFromFrame finds the arguments of a zero-argument super() in the
// calling frame: the __class__ free variable and the first argument.
func superFromFrame(t *Thread) (*Type, Object, error) {
	f := t.Frame
	if f == nil || f.Code == nil {
		return nil, nil, Errorf(SystemError, "super(): no code object")
	}
	co := f.Code
	if co.ArgCount == 0 {
		return nil, nil, Errorf(SystemError, "super(): no arguments")
	}
	obj := f.Fast[0]
	if obj == nil && len(co.CellVars) > 0 && len(co.VarNames) > 0 && co.CellVars[0].s == co.VarNames[0].s {
		// The first argument lives in a cell (a closure uses it).
		if c, ok := f.Fast[len(f.Fast)-len(co.FreeVars)-len(co.CellVars)].(*Cell); ok {
			obj = c.Value
		}
	}
	if obj == nil {
		return nil, nil, Errorf(SystemError, "super(): arg[0] deleted")
	}
	for i, name := range co.FreeVars {
		if name.s != "__class__" {
			continue
		}
		cell, ok := f.Fast[len(f.Fast)-len(co.FreeVars)+i].(*Cell)
		if !ok {
			return nil, nil, Errorf(SystemError, "super(): bad __class__ cell")
		}
		if cell.Value == nil {
			return nil, nil, Errorf(SystemError, "super(): empty __class__ cell")
		}
		typ, ok := cell.Value.(*Type)
		if !ok {
			return nil, nil, Errorf(SystemError, "super(): __class__ is not a type (%s)", cell.Value.Type().Name)
		}
		return typ, obj, nil
	}
	return nil, nil, Errorf(SystemError, "super(): __class__ cell not found")
}

func superRepr(t *Thread, self Object) (Object, error) {
	s := self.(*Super)
	name := "NULL"
	if s.typ != nil {
		name = s.typ.Name
	}
	if s.objType != nil {
		return NewStr(fmt.Sprintf("<super: <class '%s'>, <%s object>>", name, s.objType.Name)), nil
	}
	return NewStr(fmt.Sprintf("<super: <class '%s'>, NULL>", name)), nil
}

func init() {
	s := SuperType
	s.Doc = "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)\nTypical use to call a cooperative superclass method:\nclass C(B):\n    def meth(self, arg):\n        super().meth(arg)\nThis works for class methods too:\nclass C(B):\n    @classmethod\n    def cmeth(cls, arg):\n        super().cmeth(arg)\n"
	s.New = superNew
	s.Init = superInit
	s.GetAttr = superGetAttr
	s.DescrGet = superDescrGet
	s.Repr = superRepr
	s.AddGetSets(
		GetSetDef{Member: true, Name: "__thisclass__", Get: func(t *Thread, self Object) (Object, error) { return typeOrNone(self.(*Super).typ), nil },
			Doc: "the class invoking super()"},
		GetSetDef{Member: true, Name: "__self__", Get: func(t *Thread, self Object) (Object, error) { return orNone(self.(*Super).obj), nil },
			Doc: "the instance invoking super(); may be None"},
		GetSetDef{Member: true, Name: "__self_class__", Get: func(t *Thread, self Object) (Object, error) { return typeOrNone(self.(*Super).objType), nil },
			Doc: "the type of the instance invoking super(); may be None"},
	)
}

// typeOrNone is typ, or None when it is nil.
func typeOrNone(typ *Type) Object {
	if typ == nil {
		return None
	}
	return typ
}
