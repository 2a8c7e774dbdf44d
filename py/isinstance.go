package py

// isinstance() and issubclass() with CPython 3.2's rules: tuples of
// classes, the __instancecheck__ and __subclasscheck__ hooks of the
// class's metaclass, objects whose __class__ differs from their type, and
// "classes" that are any object with a __bases__ tuple.

// lookupSpecial finds name on o's type and binds it to o
// (CPython's _PyObject_LookupSpecial); nil when the type lacks it.
func lookupSpecial(t *Thread, o Object, name *Str) (Object, error) {
	descr := o.Type().Lookup(name)
	if descr == nil {
		return nil, nil
	}
	if get := descr.Type().DescrGet; get != nil {
		return get(t, descr, o, o.Type())
	}
	return descr, nil
}

// LookupSpecial is o's special method name bound to o through its
// descriptor (CPython's _PyObject_LookupSpecial); nil when o's type has
// no such attribute.
func LookupSpecial(t *Thread, o Object, name *Str) (Object, error) {
	return lookupSpecial(t, o, name)
}

// isTypeMethod reports whether the hook name found on cls's metaclass is
// type's own (then the hook need not be called).
func isTypeMethod(cls Object, name *Str) bool {
	meta := cls.Type()
	if meta == TypeType {
		return true
	}
	d, ok := meta.Lookup(name).(*MethodDescr)
	return ok && d.owner == TypeType
}

// IsInstanceOf returns isinstance(inst, cls).
func IsInstanceOf(t *Thread, inst, cls Object) (bool, error) {
	if typ, ok := cls.(*Type); ok && inst.Type() == typ {
		return true, nil
	}
	if tup, ok := cls.(*Tuple); ok {
		if err := t.Enter(); err != nil {
			return false, err
		}
		defer t.Leave()
		for _, item := range tup.Items {
			r, err := IsInstanceOf(t, inst, item)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if !isTypeMethod(cls, dunderInstancecheck) {
		checker, err := lookupSpecial(t, cls, dunderInstancecheck)
		if err != nil {
			return false, err
		}
		if checker != nil {
			if err := t.Enter(); err != nil {
				return false, err
			}
			r, err := Call(t, checker, []Object{inst}, nil)
			t.Leave()
			if err != nil {
				return false, err
			}
			return IsTrue(t, r)
		}
	}
	return realIsInstance(t, inst, cls)
}

// IsSubclassOf returns issubclass(derived, cls).
func IsSubclassOf(t *Thread, derived, cls Object) (bool, error) {
	if tup, ok := cls.(*Tuple); ok {
		if err := t.Enter(); err != nil {
			return false, err
		}
		defer t.Leave()
		for _, item := range tup.Items {
			r, err := IsSubclassOf(t, derived, item)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if !isTypeMethod(cls, dunderSubclasscheck) {
		checker, err := lookupSpecial(t, cls, dunderSubclasscheck)
		if err != nil {
			return false, err
		}
		if checker != nil {
			if err := t.Enter(); err != nil {
				return false, err
			}
			r, err := Call(t, checker, []Object{derived}, nil)
			t.Leave()
			if err != nil {
				return false, err
			}
			return IsTrue(t, r)
		}
	}
	return realIsSubclass(t, derived, cls)
}

// abstractGetBases returns cls.__bases__ when it is a tuple, else nil.
func abstractGetBases(t *Thread, cls Object) (*Tuple, error) {
	if typ, ok := cls.(*Type); ok && typ.Type() == TypeType {
		r, _ := typeGetBases(t, typ)
		return r.(*Tuple), nil
	}
	b, err := GetAttr(t, cls, dunderBases)
	if err != nil {
		if isAttributeError(err) {
			return nil, nil
		}
		return nil, err
	}
	tup, _ := b.(*Tuple)
	return tup, nil
}

// abstractIsSubclass follows __bases__ from derived looking for cls.
func abstractIsSubclass(t *Thread, derived, cls Object) (bool, error) {
	for {
		if derived == cls {
			return true, nil
		}
		bases, err := abstractGetBases(t, derived)
		if err != nil || bases == nil || len(bases.Items) == 0 {
			return false, err
		}
		if len(bases.Items) == 1 {
			derived = bases.Items[0]
			continue
		}
		for _, b := range bases.Items {
			r, err := abstractIsSubclass(t, b, cls)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
}

// checkClass fails with msg unless cls has a __bases__ tuple.
func checkClass(t *Thread, cls Object, msg string) error {
	bases, err := abstractGetBases(t, cls)
	if err != nil {
		return err
	}
	if bases == nil {
		return Errorf(TypeError, "%s", msg)
	}
	return nil
}

// realIsInstance is isinstance without the __instancecheck__ hook
// (CPython's recursive_isinstance).
func realIsInstance(t *Thread, inst, cls Object) (bool, error) {
	if typ, ok := cls.(*Type); ok {
		if inst.Type().IsSubtype(typ) {
			return true, nil
		}
		c, err := GetAttr(t, inst, dunderClass)
		if err != nil {
			if isAttributeError(err) {
				return false, nil
			}
			return false, err
		}
		if ct, ok := c.(*Type); ok && ct != inst.Type() {
			return ct.IsSubtype(typ), nil
		}
		return false, nil
	}
	if err := checkClass(t, cls, "isinstance() arg 2 must be a type or tuple of types"); err != nil {
		return false, err
	}
	icls, err := GetAttr(t, inst, dunderClass)
	if err != nil {
		if isAttributeError(err) {
			return false, nil
		}
		return false, err
	}
	return abstractIsSubclass(t, icls, cls)
}

// realIsSubclass is issubclass without the __subclasscheck__ hook
// (CPython's recursive_issubclass).
func realIsSubclass(t *Thread, derived, cls Object) (bool, error) {
	if ct, ok := cls.(*Type); ok {
		if dt, ok := derived.(*Type); ok {
			return dt.IsSubtype(ct), nil
		}
	}
	if err := checkClass(t, derived, "issubclass() arg 1 must be a class"); err != nil {
		return false, err
	}
	if err := checkClass(t, cls, "issubclass() arg 2 must be a class or tuple of classes"); err != nil {
		return false, err
	}
	return abstractIsSubclass(t, derived, cls)
}

func typeInstanceCheck(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	inst, err := OneArg("__instancecheck__", args, kwnames)
	if err != nil {
		return nil, err
	}
	r, err := realIsInstance(t, inst, self)
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

func typeSubclassCheck(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	derived, err := OneArg("__subclasscheck__", args, kwnames)
	if err != nil {
		return nil, err
	}
	r, err := realIsSubclass(t, derived, self)
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}
