package py

// AttrCache is the evaluator's inline cache for one attribute instruction
// (LOAD_ATTR, LOAD_METHOD, STORE_ATTR) and one name: what the generic
// attribute lookup of object found on the type of the last object seen,
// valid while the type's version tag is the same. With it, an attribute
// of an instance is found with one look in the instance's __dict__, and a
// method without making a bound method, instead of walking the MRO (or
// its cache) each time. A type whose attribute access is not object's
// generic one is not cached.
type AttrCache struct {
	typ     *Type
	version uint64
	descr   Object // what the type's MRO gives for the name, or nil
	kind    uint8
	idx     int32 // where the name was last found in an instance dict (see Dict.StrIndex)
}

// Kinds of AttrCache entries.
const (
	attrUncached    uint8 = iota // call the type's GetAttr or SetAttr slot
	attrDict                     // the instance dict, else descr (nil, a plain value or a non-data descriptor)
	attrDataDescr                // descr is a data descriptor
	attrMethod                   // descr binds like a method: the instance dict, else descr unbound
	attrSetDict                  // store in the instance dict
	attrSetDescr                 // descr is a data descriptor to store through
	attrSetUncached              // call the SetAttr slot
)

// fillGet makes the cache describe a load of name from instances of typ.
func (c *AttrCache) fillGet(typ *Type, name *Str, method bool) {
	c.typ, c.version, c.descr, c.kind = typ, typ.Version(), nil, attrUncached
	if typ.origin[sGetAttr] != ObjectType {
		return
	}
	descr := typ.Lookup(name)
	c.descr = descr
	if descr == nil {
		c.kind = attrDict
		return
	}
	dt := descr.Type()
	switch {
	case method && dt.Flags&FlagMethodDescriptor != 0:
		c.kind = attrMethod
	case dt.DescrGet != nil && dt.DescrSet != nil:
		c.kind = attrDataDescr
	default:
		c.kind = attrDict
	}
}

// instanceDictOf returns o's __dict__ when it has one already, or nil.
func instanceDictOf(o Object, typ *Type) *Dict {
	if typ.Flags&FlagHasDict == 0 {
		return nil
	}
	if in, ok := o.(*Instance); ok {
		return in.dict
	}
	if p := instanceDictPtr(o); p != nil {
		return *p
	}
	return nil
}

// GetAttr returns o.name as GetAttr(t, o, name) does, through the cache.
func (c *AttrCache) GetAttr(t *Thread, o Object, name *Str) (Object, error) {
	typ := o.Type()
	if c.typ != typ || c.version != typ.version || c.version == 0 || c.kind > attrDataDescr {
		c.fillGet(typ, name, false)
	}
	switch c.kind {
	case attrDict:
		if d := instanceDictOf(o, typ); d != nil {
			if i := int(c.idx); i < len(d.entries) && d.entries[i].key == Object(name) {
				return d.entries[i].value, nil
			}
			if i := d.StrIndex(name); i >= 0 {
				c.idx = int32(i)
				return d.entries[i].value, nil
			}
		}
		descr := c.descr
		if descr == nil {
			return nil, noAttributeError(typ, name)
		}
		if get := descr.Type().DescrGet; get != nil {
			return get(t, descr, o, typ)
		}
		return descr, nil
	case attrDataDescr:
		return c.descr.Type().DescrGet(t, c.descr, o, typ)
	}
	return GetAttr(t, o, name)
}

// GetMethod is LookupMethod through the cache: the attribute o.name for
// a call, and whether it is an unbound function to call with o first.
func (c *AttrCache) GetMethod(t *Thread, o Object, name *Str) (Object, bool, error) {
	typ := o.Type()
	if c.typ != typ || c.version != typ.version || c.version == 0 || c.kind > attrMethod {
		c.fillGet(typ, name, true)
	}
	if c.kind == attrMethod {
		if d := instanceDictOf(o, typ); d != nil {
			if v := d.GetStr(name); v != nil {
				return v, false, nil
			}
		}
		return c.descr, true, nil
	}
	v, err := c.GetAttr(t, o, name)
	return v, false, err
}

// SetAttr sets o.name = value as SetAttr does, through the cache.
func (c *AttrCache) SetAttr(t *Thread, o Object, name *Str, value Object) error {
	typ := o.Type()
	if c.typ != typ || c.version != typ.version || c.version == 0 || c.kind < attrSetDict {
		c.typ, c.version, c.descr, c.kind = typ, typ.Version(), nil, attrSetUncached
		if typ.origin[sSetAttr] == ObjectType {
			descr := typ.Lookup(name)
			c.descr = descr
			switch {
			case descr != nil && descr.Type().DescrSet != nil:
				c.kind = attrSetDescr
			case typ.Flags&FlagHasDict != 0:
				c.kind = attrSetDict
			}
		}
	}
	switch c.kind {
	case attrSetDict:
		if in, ok := o.(*Instance); ok {
			d := in.dict
			if d == nil {
				d = newInstanceDict(typ)
				in.dict = d
			}
			if i := int(c.idx); i < len(d.entries) && d.entries[i].key == Object(name) {
				d.entries[i].value = value
				d.version++
				return nil
			}
			c.idx = int32(d.setStrIndex(name, value))
			noteAttrs(typ, d)
			return nil
		}
	case attrSetDescr:
		return c.descr.Type().DescrSet(t, c.descr, o, value)
	}
	return SetAttr(t, o, name, value)
}

// StrIndex returns the position of the str key among the dict's entries,
// or -1 when it is absent. The position stays the key's while EntryAt
// returns the same key object there (an entry never moves to another
// key; a deleted one has no key), which lets a cache check it with one
// comparison: the evaluator's global-name and attribute caches do.
func (d *Dict) StrIndex(key *Str) int { return d.lookupStr(key, strHash(key)) }

// EntryAt returns the key and value at position i of the dict's entries,
// or nils when there is none (see StrIndex).
func (d *Dict) EntryAt(i int) (key, value Object) {
	if i < 0 || i >= len(d.entries) {
		return nil, nil
	}
	e := &d.entries[i]
	return e.key, e.value
}
