package py

// What a native type written outside this package (in modules/...) needs
// to behave as the built-in types do: subclassable, with the subclass and
// the instance __dict__ of a subclass instance carried in an ext.

// Ext is the ext of the built-in types, for native types defined in other
// packages: a struct embedding it (as its first field, by convention) is
// recognised by the type system as the built-in structs are, so that
// instances of Python subclasses get their class and __dict__ from it.
type Ext = ext

// NewExt returns the Ext of a new instance of typ whose native type is
// base: empty when typ is base, else one naming the subclass. Passing a
// nil base always makes one naming typ, for a native type whose every
// instance needs ExtDict or ExtValue.
func NewExt(typ, base *Type) Ext { return newExt(typ, base) }

// ExtType returns the class recorded in the ext, nil when there is none
// (the value is of its native type itself).
func (e *ext) ExtType() *Type {
	if e.p == nil {
		return nil
	}
	return e.p.typ
}

// ExtValue returns the native value the ext carries (see SetExtValue).
func (e *ext) ExtValue() Object {
	if e.p == nil {
		return nil
	}
	return e.p.value
}

// SetExtValue stores a native value in the ext, where a native subtype of
// a built-in type keeps what its instances hold besides the built-in
// value (defaultdict's default_factory). The ext must name a type.
func (e *ext) SetExtValue(v Object) { e.p.value = v }

// SetInstanceDict makes d the __dict__ of o (a native type's __dict__
// setter), reporting false when o's Go struct has no room for one.
func SetInstanceDict(o Object, d *Dict) bool {
	p := instanceDictPtr(o)
	if p == nil {
		return false
	}
	*p = d
	return true
}
