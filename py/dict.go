package py

import "unsafe"

// Dict is a Python dict. It keeps insertion order (which 3.2 does not
// promise, but programs may not tell).
//
// The items live in a hashTable: an entry array in insertion order and an
// open-addressing index over it (see hashTable). A dict whose keys are
// all exact strs, like every namespace, is searched without calling any
// Python code: hashes are cached in the strs and compared first, then the
// text.
type Dict struct {
	ext
	hashTable
	version uint64 // see Version
	reprGuard
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// NewDictSize returns an empty dict with room for n items. A small one
// comes with its entries in the same allocation (a call's **kwargs, say).
func NewDictSize(n int) *Dict {
	switch {
	case n <= 0:
		return &Dict{}
	case n <= 2:
		b := &struct {
			d       Dict
			entries [2]dictEntry
		}{}
		b.d.entries = b.entries[:0]
		return &b.d
	case n <= 4:
		b := &struct {
			d       Dict
			entries [4]dictEntry
		}{}
		b.d.entries = b.entries[:0]
		return &b.d
	}
	d := &Dict{}
	d.reserve(n)
	return d
}

// Type returns dict, or the subclass.
func (d *Dict) Type() *Type {
	if d.ext.p != nil {
		return d.ext.p.typ
	}
	return DictType
}

// Version returns a counter that changes whenever the dict's keys may have
// changed (an item added or deleted, or the dict cleared; most ways of
// replacing a value change it too, ReplaceAt does not), so that caches of
// lookups in this dict (the evaluator's global-name caches) can tell they
// are still valid. Versions of different dicts are unrelated.
func (d *Dict) Version() uint64 { return d.version }

// Len returns the number of items.
func (d *Dict) Len() int { return int(d.live) }

// GetStr returns the value for a str key, or nil. It needs no thread: a
// str's hash and equality run no Python code (a str subclass's would, and
// is looked up by its str value here).
func (d *Dict) GetStr(key *Str) Object {
	if i := d.lookupStr(key, strHash(key)); i >= 0 {
		return d.entries[i].value
	}
	return nil
}

// SetStr sets the value for a str key.
func (d *Dict) SetStr(key *Str, value Object) { d.setStrIndex(key, value) }

// setStrIndex sets the value for a str key and returns the key's position
// in entries (see StrIndex).
func (d *Dict) setStrIndex(key *Str, value Object) int {
	h := strHash(key)
	i := d.lookupStr(key, h)
	if i >= 0 {
		d.entries[i].value = value
	} else {
		d.appendEntry(key, value, h)
		i = len(d.entries) - 1
	}
	d.version++
	return i
}

// DelStr deletes a str key, reporting whether it was there.
func (d *Dict) DelStr(key *Str) bool {
	h := strHash(key)
	i := d.lookupStr(key, h)
	if i < 0 {
		return false
	}
	d.deleteEntry(i)
	d.version++
	return true
}

// GetItem returns the value for key, or nil when it is absent.
func (d *Dict) GetItem(t *Thread, key Object) (Object, error) {
	if s, ok := key.(*Str); ok && s.ext.p == nil && !d.nonStr {
		return d.GetStr(s), nil
	}
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	i, err := d.lookup(t, key, h)
	if err != nil || i < 0 {
		return nil, err
	}
	return d.entries[i].value, nil
}

// SetItem sets the value for key.
func (d *Dict) SetItem(t *Thread, key, value Object) error {
	if s, ok := key.(*Str); ok && s.ext.p == nil && !d.nonStr {
		d.SetStr(s, value)
		return nil
	}
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return d.setItemHash(t, key, h, value)
}

// setItemHash sets the value for key, whose hash is h.
func (d *Dict) setItemHash(t *Thread, key Object, h int64, value Object) error {
	i, err := d.lookup(t, key, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].value = value
	} else {
		d.appendEntry(key, value, h)
	}
	d.version++
	return nil
}

// DelItem deletes key, reporting whether it was there.
func (d *Dict) DelItem(t *Thread, key Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	i, err := d.lookup(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	d.deleteEntry(i)
	d.version++
	return true, nil
}

// Range calls f for each item in order until f returns false. If f
// changes the dict, Range sees some consistent subset of the items.
func (d *Dict) Range(f func(key, value Object) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := &d.entries[i]
		if e.key != nil && !f(e.key, e.value) {
			return
		}
	}
}

// Next is a cursor over the items in order: it returns the item at or
// after position *pos and advances *pos past it, or ok false at the end.
// Start with *pos == 0.
func (d *Dict) Next(pos *int) (key, value Object, ok bool) {
	for i := *pos; i < len(d.entries); i++ {
		if e := &d.entries[i]; e.key != nil {
			*pos = i + 1
			return e.key, e.value, true
		}
	}
	*pos = len(d.entries)
	return nil, nil, false
}

// Keys returns the keys in order, in a new slice.
func (d *Dict) Keys() []Object {
	keys := make([]Object, 0, d.live)
	for i := range d.entries {
		if k := d.entries[i].key; k != nil {
			keys = append(keys, k)
		}
	}
	return keys
}

// Clear removes every item.
func (d *Dict) Clear() {
	d.hashTable = hashTable{}
	d.version++
}

// Copy returns a new dict (of exact type dict) with the same items.
func (d *Dict) Copy() *Dict {
	c := &Dict{}
	c.copyFrom(&d.hashTable)
	return c
}

// hashTable is the hash table of dicts and sets, laid out as CPython
// 3.6's compact dict: entries holds the items in insertion order (a
// deleted one has a nil key and stays until the next resize), and indices
// is an open-addressing table of positions in entries, probed with
// CPython's perturbation scheme. A small table (at most
// linearMax entries) has no indices and is searched linearly, comparing
// the cached hashes first: cheaper than hashing into an index, and one
// allocation fewer for the many small dicts (instance namespaces, keyword
// arguments).
type hashTable struct {
	entries []dictEntry
	indices []int32 // nil while len(entries) <= linearMax
	live    int32   // entries whose key is not nil
	fill    int32   // slots of indices that are not empty (live or deleted)
	// nonStr is set once a key that is not an exact str is added: until
	// then, a str key is found without calling __eq__.
	nonStr bool
	// hashBits has bit hash&63 set for the hash of every key ever added
	// (a one-word Bloom filter): a key whose bit is clear is absent, which
	// settles most failed lookups in small dicts, such as looking for a
	// method's name in an instance's __dict__, without a search.
	hashBits uint64
}

// mayHold reports whether a key with this hash might be in the table.
func (h *hashTable) mayHold(hash int64) bool {
	return h.hashBits&(1<<(uint64(hash)&63)) != 0
}

type dictEntry struct {
	key   Object
	value Object
	hash  int64
}

const (
	linearMax  = 8
	slotEmpty  = -1
	slotDummy  = -2
	minIndices = 16
)

// strHash returns s's hash, from its cache when it has been computed.
func strHash(s *Str) int64 {
	if h := s.hash; h != 0 && h != hashZero {
		return h
	}
	return s.Hash()
}

// lookupStr returns the position in entries of the str key, or -1,
// comparing only str texts.
func (h *hashTable) lookupStr(key *Str, hash int64) int {
	if h.indices == nil {
		for i := range h.entries {
			e := &h.entries[i]
			if e.hash == hash && e.key != nil {
				if objectPtr(e.key) == unsafe.Pointer(key) {
					return i
				}
				if k, ok := e.key.(*Str); ok && k.s == key.s {
					return i
				}
			}
		}
		return -1
	}
	mask := uint64(len(h.indices) - 1)
	perturb := uint64(hash)
	j := perturb & mask
	for {
		ix := h.indices[j]
		if ix == slotEmpty {
			return -1
		}
		if ix >= 0 {
			e := &h.entries[ix]
			if e.hash == hash {
				if objectPtr(e.key) == unsafe.Pointer(key) {
					return int(ix)
				}
				if k, ok := e.key.(*Str); ok && k.s == key.s {
					return int(ix)
				}
			}
		}
		perturb >>= 5
		j = (j*5 + perturb + 1) & mask
	}
}

// lookup returns the position in entries of key, whose hash is hash, or
// -1. If an __eq__ it calls changes the table, it starts again, as
// CPython does.
func (h *hashTable) lookup(t *Thread, key Object, hash int64) (int, error) {
restart:
	if h.indices == nil {
		for i := 0; i < len(h.entries); i++ {
			e := &h.entries[i]
			if e.hash != hash || e.key == nil {
				continue
			}
			k := e.key
			if objectPtr(k) == objectPtr(key) {
				return i, nil
			}
			entries := h.entries
			eq, err := objEqual(t, k, key)
			if err != nil {
				return -1, err
			}
			if !sameEntries(h.entries, entries) || h.entries[i].key != k {
				goto restart
			}
			if eq {
				return i, nil
			}
		}
		return -1, nil
	}
	mask := uint64(len(h.indices) - 1)
	perturb := uint64(hash)
	j := perturb & mask
	for {
		ix := h.indices[j]
		if ix == slotEmpty {
			return -1, nil
		}
		if ix >= 0 {
			e := &h.entries[ix]
			if e.hash == hash {
				k := e.key
				if objectPtr(k) == objectPtr(key) {
					return int(ix), nil
				}
				entries, indices := h.entries, h.indices
				eq, err := objEqual(t, k, key)
				if err != nil {
					return -1, err
				}
				if !sameEntries(h.entries, entries) || len(h.indices) != len(indices) ||
					&h.indices[0] != &indices[0] || h.entries[ix].key != k {
					goto restart
				}
				if eq {
					return int(ix), nil
				}
			}
		}
		perturb >>= 5
		j = (j*5 + perturb + 1) & mask
	}
}

// sameEntries reports whether a and b are the same entry array.
func sameEntries(a, b []dictEntry) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// appendEntry adds an item whose key is known to be absent.
func (h *hashTable) appendEntry(key, value Object, hash int64) {
	if !h.nonStr {
		if s, ok := key.(*Str); !ok || s.ext.p != nil {
			h.nonStr = true
		}
	}
	if h.indices == nil {
		if len(h.entries) >= linearMax {
			if int(h.live) < len(h.entries) {
				h.compactLinear()
			} else {
				h.resize(int(h.live) + 1)
			}
		}
	} else if int(h.fill) >= len(h.indices)*2/3 {
		h.resize(int(h.live) + 1)
	}
	h.hashBits |= 1 << (uint64(hash) & 63)
	n := len(h.entries)
	h.entries = append(h.entries, dictEntry{key, value, hash})
	h.live++
	if h.indices != nil {
		h.indices[h.emptySlot(hash)] = int32(n)
		h.fill++
	}
}

// emptySlot returns the first empty slot of indices on hash's probe
// sequence.
func (h *hashTable) emptySlot(hash int64) uint64 {
	mask := uint64(len(h.indices) - 1)
	perturb := uint64(hash)
	j := perturb & mask
	for h.indices[j] != slotEmpty {
		perturb >>= 5
		j = (j*5 + perturb + 1) & mask
	}
	return j
}

// deleteEntry removes the item at position i of entries.
func (h *hashTable) deleteEntry(i int) {
	if h.indices != nil {
		mask := uint64(len(h.indices) - 1)
		perturb := uint64(h.entries[i].hash)
		j := perturb & mask
		for h.indices[j] != int32(i) {
			perturb >>= 5
			j = (j*5 + perturb + 1) & mask
		}
		h.indices[j] = slotDummy
	}
	h.entries[i] = dictEntry{}
	h.live--
	// Drop deleted entries at the end, so that popping the last item
	// repeatedly (popitem, set.pop) stays O(1).
	n := len(h.entries)
	for n > 0 && h.entries[n-1].key == nil {
		n--
	}
	h.entries = h.entries[:n]
}

// compactLinear drops the deleted entries of a table without indices.
func (h *hashTable) compactLinear() {
	n := 0
	for _, e := range h.entries {
		if e.key != nil {
			h.entries[n] = e
			n++
		}
	}
	for i := n; i < len(h.entries); i++ {
		h.entries[i] = dictEntry{}
	}
	h.entries = h.entries[:n]
}

// reserve makes room for n items.
func (h *hashTable) reserve(n int) {
	if n <= linearMax {
		if cap(h.entries) < n {
			entries := make([]dictEntry, len(h.entries), n)
			copy(entries, h.entries)
			h.entries = entries
		}
		return
	}
	if h.indices == nil || n > len(h.indices)*2/3 {
		h.resize(n)
	}
}

// resize rebuilds the table with room for at least n items, dropping the
// deleted entries.
func (h *hashTable) resize(n int) {
	// Grow generously so that a growing table rebuilds rarely: an index
	// of more than 3n slots, used up to two thirds.
	size := minIndices
	for size <= 3*n {
		size <<= 1
	}
	usable := size * 2 / 3
	entries := make([]dictEntry, 0, usable)
	for _, e := range h.entries {
		if e.key != nil {
			entries = append(entries, e)
		}
	}
	h.entries = entries
	h.indices = make([]int32, size)
	for i := range h.indices {
		h.indices[i] = slotEmpty
	}
	for i := range entries {
		h.indices[h.emptySlot(entries[i].hash)] = int32(i)
	}
	h.fill = int32(len(entries))
}

// copyFrom makes h a copy of src, which must be empty.
func (h *hashTable) copyFrom(src *hashTable) {
	if src.live == 0 {
		return
	}
	h.nonStr = src.nonStr
	h.hashBits |= src.hashBits
	if int(src.live) == len(src.entries) {
		h.entries = make([]dictEntry, len(src.entries), cap(src.entries))
		copy(h.entries, src.entries)
		if src.indices != nil {
			h.indices = make([]int32, len(src.indices))
			copy(h.indices, src.indices)
		}
		h.live = src.live
		h.fill = src.fill
		return
	}
	h.reserve(int(src.live))
	for i := range src.entries {
		if e := &src.entries[i]; e.key != nil {
			h.appendEntry(e.key, e.value, e.hash)
		}
	}
}
