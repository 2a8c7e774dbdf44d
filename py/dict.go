package py

// Dict is a Python dict, keeping insertion order (which 3.2 does not
// promise, but programs may not tell). (Owner: containers helper; this is
// the core every package uses: a hash index over an entry list.)
type Dict struct {
	ext
	entries []dictEntry       // in insertion order; deleted ones have key nil
	index   map[int64][]int32 // hash -> indexes into entries
	live    int               // entries whose key is not nil
	version uint64            // bumped on every mutation
}

// Version returns a counter that changes whenever the dict is mutated
// (an item set, replaced or deleted), so that caches of lookups in it
// (the evaluator's global-name caches) can tell they are still valid.
func (d *Dict) Version() uint64 { return d.version }

type dictEntry struct {
	key   Object
	value Object
	hash  int64
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{index: make(map[int64][]int32)} }

// Type returns dict, or the subclass.
func (d *Dict) Type() *Type {
	if d.ext.typ != nil {
		return d.ext.typ
	}
	return DictType
}

// Len returns the number of items.
func (d *Dict) Len() int { return d.live }

// GetStr returns the value for a str key, or nil. It needs no thread: a
// str's hash and equality run no Python code (a str subclass's would, and
// is looked up by its str value here).
func (d *Dict) GetStr(key *Str) Object {
	h := key.Hash()
	for _, i := range d.index[h] {
		e := &d.entries[i]
		if k, ok := e.key.(*Str); ok && (k == key || k.s == key.s) {
			return e.value
		}
	}
	return nil
}

// SetStr sets the value for a str key.
func (d *Dict) SetStr(key *Str, value Object) {
	h := key.Hash()
	for _, i := range d.index[h] {
		e := &d.entries[i]
		if k, ok := e.key.(*Str); ok && (k == key || k.s == key.s) {
			e.value = value
			d.version++
			return
		}
	}
	d.add(key, value, h)
}

// DelStr deletes a str key, reporting whether it was there.
func (d *Dict) DelStr(key *Str) bool {
	h := key.Hash()
	for j, i := range d.index[h] {
		e := &d.entries[i]
		if k, ok := e.key.(*Str); ok && (k == key || k.s == key.s) {
			d.remove(h, j, i)
			return true
		}
	}
	return false
}

func (d *Dict) add(key, value Object, h int64) {
	d.index[h] = append(d.index[h], int32(len(d.entries)))
	d.entries = append(d.entries, dictEntry{key, value, h})
	d.live++
	d.version++
}

func (d *Dict) remove(h int64, j int, i int32) {
	bucket := d.index[h]
	bucket = append(bucket[:j:j], bucket[j+1:]...)
	if len(bucket) == 0 {
		delete(d.index, h)
	} else {
		d.index[h] = bucket
	}
	d.entries[i] = dictEntry{}
	d.live--
	d.version++
	if d.live < len(d.entries)/2 && len(d.entries) > 16 {
		d.compact()
	}
}

func (d *Dict) compact() {
	entries := make([]dictEntry, 0, d.live)
	index := make(map[int64][]int32, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			index[e.hash] = append(index[e.hash], int32(len(entries)))
			entries = append(entries, e)
		}
	}
	d.entries, d.index = entries, index
}

// find returns the position of key in entries and in its bucket, or -1.
func (d *Dict) find(t *Thread, key Object, h int64) (int32, int, error) {
	for j, i := range d.index[h] {
		k := d.entries[i].key
		if k == key {
			return i, j, nil
		}
		eq, err := Equal(t, k, key)
		if err != nil {
			return -1, -1, err
		}
		if eq {
			return i, j, nil
		}
	}
	return -1, -1, nil
}

// GetItem returns the value for key, or nil when it is absent.
func (d *Dict) GetItem(t *Thread, key Object) (Object, error) {
	if s, ok := key.(*Str); ok && s.ext.typ == nil {
		return d.GetStr(s), nil
	}
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	i, _, err := d.find(t, key, h)
	if err != nil || i < 0 {
		return nil, err
	}
	return d.entries[i].value, nil
}

// SetItem sets the value for key.
func (d *Dict) SetItem(t *Thread, key, value Object) error {
	if s, ok := key.(*Str); ok && s.ext.typ == nil {
		d.SetStr(s, value)
		return nil
	}
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	i, _, err := d.find(t, key, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].value = value
		d.version++
		return nil
	}
	d.add(key, value, h)
	return nil
}

// DelItem deletes key, reporting whether it was there.
func (d *Dict) DelItem(t *Thread, key Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	i, j, err := d.find(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	d.remove(h, j, i)
	return true, nil
}

// Range calls f for each item in order until f returns false. The dict
// must not change meanwhile.
func (d *Dict) Range(f func(key, value Object) bool) {
	for _, e := range d.entries {
		if e.key != nil && !f(e.key, e.value) {
			return
		}
	}
}
