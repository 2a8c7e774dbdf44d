package py

import "unsafe"

// AttrCache is the evaluator's inline cache for one attribute instruction
// (LOAD_ATTR, LOAD_METHOD, STORE_ATTR) and one name: what the generic
// attribute lookup of object found on the type of the last object seen,
// valid while the type's version tag is the same. With it, an attribute
// of an instance is found with one look in the instance's __dict__, and a
// method without making a bound method, instead of walking the MRO (or
// its cache) each time. A type whose attribute access is not object's
// generic one is not cached.
//
// A site that sees objects of several classes (a method called on
// instances of sibling subclasses, say) keeps up to four: the entry in
// use, and the three before it, which a miss looks through before it
// makes a new entry.
type AttrCache struct {
	attrEntry
	prev [3]attrEntry
}

// attrEntry is what an AttrCache knows about one type.
type attrEntry struct {
	typ     *Type
	version uint64
	descr   Object // what the type's MRO gives for the name, or nil
	kind    uint8
	idx     int32 // where the name was last found in an instance dict (see Dict.StrIndex)
	// fast is typ when kind is attrDict or attrSetDict (the cases
	// LoadFast and StoreFast handle), else nil.
	fast *Type
}

// swapIn makes current the previous entry for typ (valid, and of a kind
// in [lo, hi]), reporting whether there was one; otherwise it keeps the
// current entry among the previous ones, dropping the oldest, for the
// caller to fill the current one.
func (c *AttrCache) swapIn(typ *Type, lo, hi uint8) bool {
	for i := range c.prev {
		p := &c.prev[i]
		if p.typ == typ && p.version == typ.version && p.version != 0 && p.kind >= lo && p.kind <= hi {
			c.attrEntry, *p = *p, c.attrEntry
			return true
		}
	}
	copy(c.prev[1:], c.prev[:len(c.prev)-1])
	c.prev[0] = c.attrEntry
	return false
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
	c.typ, c.version, c.descr, c.kind, c.fast = typ, typ.Version(), nil, attrUncached, nil
	if typ.origin[sGetAttr] != ObjectType {
		return
	}
	descr := typ.Lookup(name)
	c.descr = descr
	if descr == nil {
		c.kind, c.fast = attrDict, typ
		return
	}
	dt := descr.Type()
	switch {
	case method && dt.Flags&FlagMethodDescriptor != 0:
		c.kind = attrMethod
	case dt.DescrGet != nil && dt.DescrSet != nil:
		c.kind = attrDataDescr
	default:
		c.kind, c.fast = attrDict, typ
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
		if !c.swapIn(typ, attrUncached, attrDataDescr) {
			c.fillGet(typ, name, false)
		}
	}
	switch c.kind {
	case attrDict:
		if d := instanceDictOf(o, typ); d != nil {
			if i := int(c.idx); i < len(d.entries) && d.entries[i].key == Object(name) {
				return d.entries[i].value, nil
			}
			if d.nonStr {
				// A lookup may run other keys' __eq__.
				return GetAttr(t, o, name)
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
		if !c.swapIn(typ, attrUncached, attrMethod) {
			c.fillGet(typ, name, true)
		}
	}
	if c.kind == attrMethod {
		if d := instanceDictOf(o, typ); d != nil && d.mayHold(strHash(name)) {
			if d.nonStr {
				if v, err := d.GetItem(t, name); err == nil && v != nil {
					return v, false, nil
				}
			} else if v := d.GetStr(name); v != nil {
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
	if (c.typ != typ || c.version != typ.version || c.version == 0 || c.kind < attrSetDict) && !c.swapIn(typ, attrSetDict, attrSetUncached) {
		c.typ, c.version, c.descr, c.kind, c.fast = typ, typ.Version(), nil, attrSetUncached, nil
		if typ.origin[sSetAttr] == ObjectType {
			descr := typ.Lookup(name)
			c.descr = descr
			switch {
			case descr != nil && descr.Type().DescrSet != nil:
				c.kind = attrSetDescr
			case typ.Flags&FlagHasDict != 0:
				c.kind, c.fast = attrSetDict, typ
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
			i := int(c.idx)
			if i < len(d.entries) && d.entries[i].key == Object(name) {
				d.entries[i].value = value
				return nil
			}
			if h := strHash(name); i == len(d.entries) && d.indices == nil && i < linearMax && !d.mayHold(h) {
				// The attributes an __init__ sets, in the order it sets
				// them: the name goes where it went in the last
				// instance, at the end (the hash filter says it is not
				// there yet).
				d.appendEntry(name, value, h)
				d.version++
				noteAttrs(typ, d)
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
	if uint(i) < uint(len(d.entries)) {
		e := &d.entries[i]
		return e.key, e.value
	}
	return nil, nil
}

// LoadFast is the common case of GetAttr, small enough for the
// evaluator to have inlined: an attribute of a plain instance found in
// its __dict__ where the cache last saw it. ok false sends the caller to
// GetAttr, which handles every case.
//
// A site that sees instances of several classes in turn (sibling
// subclasses) is served from any of the cache's entries, without
// swapping them.
func (c *AttrCache) LoadFast(o Object, name *Str) (v Object, ok bool) {
	in, isInst := o.(*Instance)
	if !isInst || in.dict == nil {
		return nil, false
	}
	typ := in.typ
	e := &c.attrEntry
	if typ != e.fast || e.version != typ.version {
		switch {
		case typ == c.prev[0].fast && c.prev[0].version == typ.version:
			e = &c.prev[0]
		case typ == c.prev[1].fast && c.prev[1].version == typ.version:
			e = &c.prev[1]
		case typ == c.prev[2].fast && c.prev[2].version == typ.version:
			e = &c.prev[2]
		default:
			return nil, false
		}
	}
	ents := in.dict.entries
	if i := int(e.idx); i < len(ents) && objectPtr(ents[i].key) == unsafe.Pointer(name) {
		return ents[i].value, true
	}
	return nil, false
}

// StoreFast is the common case of SetAttr, for the evaluator to have
// inlined: rebinding an attribute of a plain instance where the cache
// last saw it in its __dict__. It reports whether it stored the value;
// if not, the caller goes to SetAttr.
// As LoadFast, it looks through all the cache's entries (the search is
// written out in both: as a function of its own it is too large for Go
// to inline, and these two are the evaluator's most frequent calls). The
// dict's keys do not change, so neither does its version.
func (c *AttrCache) StoreFast(o Object, name *Str, value Object) bool {
	in, isInst := o.(*Instance)
	if !isInst || in.dict == nil {
		return false
	}
	typ := in.typ
	e := &c.attrEntry
	if typ != e.fast || e.version != typ.version {
		switch {
		case typ == c.prev[0].fast && c.prev[0].version == typ.version:
			e = &c.prev[0]
		case typ == c.prev[1].fast && c.prev[1].version == typ.version:
			e = &c.prev[1]
		case typ == c.prev[2].fast && c.prev[2].version == typ.version:
			e = &c.prev[2]
		default:
			return false
		}
	}
	ents := in.dict.entries
	if i := int(e.idx); i < len(ents) && objectPtr(ents[i].key) == unsafe.Pointer(name) {
		ents[i].value = value
		return true
	}
	return false
}

// objectPtr is the pointer an Object holds. Every Object is a pointer to
// a distinct allocation, so equal pointers mean the same object: this is
// Python's "is" without the runtime call that == on interfaces makes.
func objectPtr(o Object) unsafe.Pointer {
	return (*[2]unsafe.Pointer)(unsafe.Pointer(&o))[1]
}

// ReplaceAt sets the value at position i of the dict's entries when that
// entry's key is key itself (the same object), reporting whether it did:
// STORE_GLOBAL at a cached position. The keys stay as they are, so the
// version does too (see Version).
func (d *Dict) ReplaceAt(i int, key *Str, value Object) bool {
	if uint(i) < uint(len(d.entries)) {
		if e := &d.entries[i]; objectPtr(e.key) == unsafe.Pointer(key) {
			e.value = value
			return true
		}
	}
	return false
}

// SetStrIndex sets the value for a str key and returns the key's position
// in entries (see StrIndex).
func (d *Dict) SetStrIndex(key *Str, value Object) int { return d.setStrIndex(key, value) }
