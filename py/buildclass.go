package py

// BuildClass is builtins.__build_class__(func, name, *bases,
// metaclass=None, **kwds), which a class statement calls: it works out
// the metaclass, gets the namespace from its __prepare__, runs the class
// body func with the namespace as its locals, calls the metaclass with
// (name, bases, namespace) and fills the __class__ cell the body returned
// (for zero-argument super()) with the new class. Its shape is that of a
// built-in function's MethodFunc (self is unused).
func BuildClass(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	nkw := NumKw(kwnames)
	npos := len(args) - nkw
	if npos < 2 {
		return nil, Errorf(TypeError, "__build_class__: not enough arguments")
	}
	fn := args[0]
	name, ok := args[1].(*Str)
	if !ok {
		return nil, Errorf(TypeError, "__build_class__: name is not a string")
	}
	bases := NewTuple(append([]Object(nil), args[2:npos]...)...)

	// The keywords other than metaclass go to __prepare__ and to the
	// metaclass.
	var meta Object
	var mkwValues []Object
	var mkwNames []Object
	for i := 0; i < nkw; i++ {
		k := kwnames.Items[i]
		if ks, ok := k.(*Str); ok && ks.s == "metaclass" {
			meta = args[npos+i]
			continue
		}
		mkwNames = append(mkwNames, k)
		mkwValues = append(mkwValues, args[npos+i])
	}
	var mkw *Tuple
	if len(mkwNames) > 0 {
		mkw = NewTuple(mkwNames...)
	}
	isClass := true
	if meta == nil {
		if len(bases.Items) == 0 {
			meta = TypeType
		} else {
			meta = bases.Items[0].Type()
		}
	} else {
		_, isClass = meta.(*Type)
	}
	if isClass {
		winner, err := CalculateMetaclass(meta.(*Type), bases.Items)
		if err != nil {
			return nil, err
		}
		meta = winner
	}

	var ns Object
	prep, err := GetAttr(t, meta, NewStr("__prepare__"))
	if err != nil {
		if !ErrorMatches(err, AttributeError) {
			return nil, err
		}
		ns = NewDict()
	} else {
		pargs := append([]Object{name, bases}, mkwValues...)
		if ns, err = Call(t, prep, pargs, mkw); err != nil {
			return nil, err
		}
	}
	cell, err := Call(t, fn, []Object{ns}, nil)
	if err != nil {
		return nil, err
	}
	margs := append([]Object{name, bases, ns}, mkwValues...)
	cls, err := Call(t, meta, margs, mkw)
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*Cell); ok {
		c.Value = cls
	}
	return cls, nil
}
