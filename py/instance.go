package py

import "unsafe"

// Instance is an instance of a class whose built-in base is object: its
// class, its __dict__ (nil until an attribute is set, unless instances of
// the class have had attributes before: see NewInstance; always nil when
// the class has __slots__ without __dict__), and its __slots__ values (nil
// for an unset slot).
//
// An instance of a class with another built-in base (int, list, dict,
// an exception...) is that base's Go struct instead, whose ext field
// points at the class and the __dict__.
type Instance struct {
	typ  *Type
	dict *Dict
	// slots holds the values of the class's __slots__ names (nil when
	// it has none); a pointer, to keep the common instance small.
	slots *[]Object
}

// slotValues returns the values of the instance's __slots__ names.
func (o *Instance) slotValues() []Object {
	if o.slots == nil {
		return nil
	}
	return *o.slots
}

// Type returns the instance's class.
func (o *Instance) Type() *Type { return o.typ }

// Dict returns the instance's __dict__, or nil when it has none yet.
func (o *Instance) Dict() *Dict { return o.dict }

// NewInstance returns a new instance of typ (a class whose built-in base
// is object), with no attributes: what object.__new__ makes. When typ's
// instances have had attributes, the new one comes with an empty __dict__
// that has room for as many, allocated with it.
func NewInstance(typ *Type) *Instance {
	var o *Instance
	if n := typ.attrHint; n > 0 {
		o = newInstanceWithDict(typ, n)
	} else {
		o = &Instance{typ: typ}
	}
	if typ.nslots > 0 {
		vals := make([]Object, typ.nslots)
		o.slots = &vals
	}
	return o
}

// instanceDict1 ... instanceDict8 are an instance, its __dict__ and the
// dict's first entries in one allocation, for a class whose instances get
// attributes (Type.attrHint): one allocation instead of three or more as
// __init__ runs. Their sizes (160, 200, 240, 280, 360 and 440 bytes) fit
// the allocator's size classes closely. A dict that outgrows its array
// moves its entries out as any dict does.
type (
	instanceDict1 struct {
		in      Instance
		d       Dict
		entries [1]dictEntry
	}
	instanceDict2 struct {
		in      Instance
		d       Dict
		entries [2]dictEntry
	}
	instanceDict3 struct {
		in      Instance
		d       Dict
		entries [3]dictEntry
	}
	instanceDict4 struct {
		in      Instance
		d       Dict
		entries [4]dictEntry
	}
	instanceDict6 struct {
		in      Instance
		d       Dict
		entries [6]dictEntry
	}
	instanceDict8 struct {
		in      Instance
		d       Dict
		entries [maxAttrHint]dictEntry
	}
)

// newInstanceWithDict returns a new instance of typ with an empty
// __dict__ that has room for n attributes (n <= maxAttrHint).
func newInstanceWithDict(typ *Type, n int32) *Instance {
	var in *Instance
	var d *Dict
	var entries []dictEntry
	switch {
	case n <= 1:
		b := &instanceDict1{}
		in, d, entries = &b.in, &b.d, b.entries[:0]
	case n <= 2:
		b := &instanceDict2{}
		in, d, entries = &b.in, &b.d, b.entries[:0]
	case n <= 3:
		b := &instanceDict3{}
		in, d, entries = &b.in, &b.d, b.entries[:0]
	case n <= 4:
		b := &instanceDict4{}
		in, d, entries = &b.in, &b.d, b.entries[:0]
	case n <= 6:
		b := &instanceDict6{}
		in, d, entries = &b.in, &b.d, b.entries[:0]
	default:
		b := &instanceDict8{}
		in, d, entries = &b.in, &b.d, b.entries[:0]
	}
	in.typ = typ
	d.entries = entries
	in.dict = d
	return in
}

// extHolder is implemented by the built-in structs that embed ext.
type extHolder interface{ extPtr() *ext }

func (e *ext) extPtr() *ext { return e }

// instanceDictPtr returns where o keeps its __dict__, or nil when its Go
// struct has no room for one.
func instanceDictPtr(o Object) **Dict {
	switch v := o.(type) {
	case *Instance:
		return &v.dict
	case *Module:
		return &v.Dict
	case *Type:
		return &v.Dict
	case *BaseException:
		return &v.dict
	case extHolder:
		if e := v.extPtr(); e.p != nil {
			return &e.p.dict
		}
	}
	return nil
}

// instanceSlotsPtr returns where an instance of a subclass of a built-in
// type other than object keeps the values of its __slots__ names, apart
// from its __dict__ so that they never show in it; nil for other objects.
func instanceSlotsPtr(o Object) **Dict {
	switch v := o.(type) {
	case *BaseException:
		return &v.slots
	case extHolder:
		if e := v.extPtr(); e.p != nil {
			return &e.p.slots
		}
	}
	return nil
}

// maxAttrHint caps Type.attrHint: a dict of up to linearMax items has no
// index, so room for them is one small array.
const maxAttrHint = linearMax

// newInstanceDict returns an empty __dict__ for an instance of typ, with
// room for as many attributes as its instances have had.
func newInstanceDict(typ *Type) *Dict {
	d := &Dict{}
	if n := typ.attrHint; n > 0 {
		d.entries = make([]dictEntry, 0, n)
	}
	return d
}

// noteAttrs records that an instance of typ has the attributes in d.
func noteAttrs(typ *Type, d *Dict) {
	if n := int32(d.live); n > typ.attrHint && n <= maxAttrHint {
		typ.attrHint = n
	}
}

// InstanceDict returns o's __dict__, making it when o may have one but
// has none yet; nil when o's type gives its instances no __dict__.
func InstanceDict(o Object) *Dict {
	if o.Type().Flags&FlagHasDict == 0 {
		return nil
	}
	p := instanceDictPtr(o)
	if p == nil {
		return nil
	}
	if *p == nil {
		*p = newInstanceDict(o.Type())
	}
	return *p
}

// slotKey is the key under which an instance of a subclass of a built-in
// type other than object keeps a __slots__ value (see instanceSlotsPtr):
// an object equal only to itself.
type slotKey struct{ name *Str }

var slotKeyType = &Type{Name: "slot key", Hash: objectHash}

func (*slotKey) Type() *Type { return slotKeyType }

// objectAddr returns the address of the value o points to: its identity,
// as id() and the default repr and hash show it.
func objectAddr(o Object) uintptr {
	type iface struct {
		typ, data unsafe.Pointer
	}
	return uintptr((*iface)(unsafe.Pointer(&o)).data)
}

// ObjectID returns id(o).
func ObjectID(o Object) uintptr { return objectAddr(o) }
