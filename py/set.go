package py

// Set is a Python set or frozenset (frozen tells which built-in type).
//
// Its hash table is laid out as CPython 3.2's: open addressing over slots
// that hold the items themselves, probed with the perturbation scheme,
// deleted items left as dummies, the same sizes and growth points. So a
// set iterates (and prints) its items in the same order as under 3.2:
// {3, 1, 2} prints as {1, 2, 3}, as programs and doctests written for
// 3.2 expect.
type Set struct {
	ext
	table  []setEntry // nil for an empty table of setMinSize slots
	fill   int        // slots live or dummy
	used   int        // live slots
	hash   int64      // frozenset: the hash, once hashed is set
	hashed bool
	frozen bool
	reprGuard
}

type setEntry struct {
	key  Object // nil: never used; setDummy: deleted
	hash int64
}

const setMinSize = 8

// setDummy marks a deleted slot.
var setDummy Object = &NoneObject{}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{} }

// NewFrozenSet returns a frozenset of the items of an iterable (nil for
// none).
func NewFrozenSet(t *Thread, iterable Object) (*Set, error) {
	s := &Set{frozen: true}
	if iterable != nil {
		if err := s.Update(t, iterable); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Type returns set or frozenset, or the subclass.
func (s *Set) Type() *Type {
	if s.ext.p != nil {
		return s.ext.p.typ
	}
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// Len returns the number of items.
func (s *Set) Len() int { return s.used }

// Add adds key to the set.
func (s *Set) Add(t *Thread, key Object) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return s.addHash(t, key, h)
}

// Contains reports whether key is in the set.
func (s *Set) Contains(t *Thread, key Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	return s.containsHash(t, key, h)
}

// Discard removes key from the set, reporting whether it was there.
func (s *Set) Discard(t *Thread, key Object) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	return s.discardHash(t, key, h)
}

// Range calls f for each item in the set's order until f returns false.
func (s *Set) Range(f func(key Object) bool) {
	for i := 0; i < len(s.table); i++ {
		if k := s.table[i].key; k != nil && k != setDummy && !f(k) {
			return
		}
	}
}

// Items returns the items in a new slice.
func (s *Set) Items() []Object {
	items := make([]Object, 0, s.used)
	s.Range(func(k Object) bool {
		items = append(items, k)
		return true
	})
	return items
}

// lookup returns the slot of key: where it is (found), or where it would
// be inserted (the first dummy on its probe sequence, else the empty slot
// that ends it). An __eq__ that changes the table makes it start again.
func (s *Set) lookup(t *Thread, key Object, hash int64) (int, bool, error) {
restart:
	table := s.table
	if table == nil {
		return int(uint64(hash) & (setMinSize - 1)), false, nil
	}
	mask := uint64(len(table) - 1)
	i := uint64(hash)
	perturb := uint64(hash)
	free := -1
	for j := i & mask; ; {
		e := &table[j]
		k := e.key
		switch {
		case k == nil:
			if free >= 0 {
				return free, false, nil
			}
			return int(j), false, nil
		case objectPtr(k) == objectPtr(key):
			return int(j), true, nil
		case objectPtr(k) == objectPtr(setDummy):
			if free < 0 {
				free = int(j)
			}
		case e.hash == hash:
			eq, err := objEqual(t, k, key)
			if err != nil {
				return 0, false, err
			}
			if len(s.table) != len(table) || &s.table[0] != &table[0] || table[j].key != k {
				goto restart
			}
			if eq {
				return int(j), true, nil
			}
		}
		i = i*5 + perturb + 1
		perturb >>= 5
		j = i & mask
	}
}

func (s *Set) containsHash(t *Thread, key Object, hash int64) (bool, error) {
	_, found, err := s.lookup(t, key, hash)
	return found, err
}

// insertHash adds key without resizing, reporting whether it was added.
func (s *Set) insertHash(t *Thread, key Object, hash int64) (bool, error) {
	j, found, err := s.lookup(t, key, hash)
	if err != nil || found {
		return false, err
	}
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
	e := &s.table[j]
	if e.key == nil {
		s.fill++
	}
	e.key, e.hash = key, hash
	s.used++
	return true, nil
}

// addHash adds key, growing the table when it is two thirds full.
func (s *Set) addHash(t *Thread, key Object, hash int64) error {
	added, err := s.insertHash(t, key, hash)
	if err != nil || !added {
		return err
	}
	if s.fill*3 >= len(s.table)*2 {
		s.grow()
	}
	return nil
}

// grow resizes the table for the items it holds, as after an addition.
func (s *Set) grow() {
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
}

// resize rebuilds the table with more than minUsed slots, dropping the
// dummies.
func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	if size == setMinSize && (old == nil || len(old) == setMinSize && s.fill == s.used) {
		return
	}
	table := make([]setEntry, size)
	mask := uint64(size - 1)
	for _, e := range old {
		if e.key == nil || e.key == setDummy {
			continue
		}
		i := uint64(e.hash)
		perturb := i
		j := i & mask
		for table[j].key != nil {
			i = i*5 + perturb + 1
			perturb >>= 5
			j = i & mask
		}
		table[j] = e
	}
	s.table = table
	s.fill = s.used
}

func (s *Set) discardHash(t *Thread, key Object, hash int64) (bool, error) {
	j, found, err := s.lookup(t, key, hash)
	if err != nil || !found {
		return false, err
	}
	s.table[j].key = setDummy
	s.used--
	return true, nil
}

// clear empties the set.
func (s *Set) clear() {
	s.table = nil
	s.fill, s.used = 0, 0
}

// merge adds the items of another set (CPython's set_merge: one resize
// up front, none while inserting).
func (s *Set) merge(t *Thread, o *Set) error {
	if o == s || o.used == 0 {
		return nil
	}
	if (s.fill+o.used)*3 >= s.size()*2 {
		s.resize((s.used + o.used) * 2)
	}
	for i := 0; i < len(o.table); i++ {
		e := o.table[i]
		if e.key != nil && e.key != setDummy {
			if _, err := s.insertHash(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// size returns the number of slots.
func (s *Set) size() int {
	if s.table == nil {
		return setMinSize
	}
	return len(s.table)
}

// Update adds the items of any iterable.
func (s *Set) Update(t *Thread, other Object) error {
	switch o := other.(type) {
	case *Set:
		return s.merge(t, o)
	case *Dict:
		if o.ext.p == nil {
			if (s.fill+int(o.live))*3 >= s.size()*2 {
				s.resize((s.used + int(o.live)) * 2)
			}
			for i := 0; i < len(o.entries); i++ {
				if e := o.entries[i]; e.key != nil {
					if err := s.addHash(t, e.key, e.hash); err != nil {
						return err
					}
				}
			}
			return nil
		}
	}
	it, err := Iter(t, other)
	if err != nil {
		return err
	}
	next := it.Type().Next
	for {
		k, err := next(t, it)
		if err != nil {
			return err
		}
		if k == nil {
			return nil
		}
		if err := s.Add(t, k); err != nil {
			return err
		}
	}
}

// next returns the first live slot at or after *pos, advancing *pos past
// it, or -1 at the end.
func (s *Set) next(pos *int) int {
	for i := *pos; i < len(s.table); i++ {
		if k := s.table[i].key; k != nil && k != setDummy {
			*pos = i + 1
			return i
		}
	}
	*pos = len(s.table)
	return -1
}

// pop removes and returns an item, searching from where the last pop
// stopped (kept, as in CPython, in the hash of an unused slot 0).
func (s *Set) pop() (Object, error) {
	if s.used == 0 {
		return nil, NewException(KeyError, NewStr("pop from an empty set"))
	}
	i := 0
	if k := s.table[0].key; k == nil || k == setDummy {
		i = int(s.table[0].hash)
		if i >= len(s.table) || i < 1 {
			i = 1
		}
		for {
			if k := s.table[i].key; k != nil && k != setDummy {
				break
			}
			if i++; i >= len(s.table) {
				i = 1
			}
		}
	}
	key := s.table[i].key
	s.table[i].key = setDummy
	s.used--
	s.table[0].hash = int64(i + 1)
	return key, nil
}

// newSetLike returns an empty set of the built-in type of s (a subclass
// instance's operations make plain sets and frozensets).
func newSetLike(s *Set) *Set { return &Set{frozen: s.frozen} }

// copySet is s.copy() (for a set; a frozenset returns itself).
func copySet(t *Thread, s *Set) *Set {
	r := newSetLike(s)
	r.merge(t, s) // no Python code runs: every key is new
	return r
}

// newSetFrom returns set(iterable).
func newSetFrom(t *Thread, iterable Object) (*Set, error) {
	s := NewSet()
	if err := s.Update(t, iterable); err != nil {
		return nil, err
	}
	return s, nil
}

func asSet(o Object) (*Set, bool) {
	s, ok := o.(*Set)
	return s, ok
}

func (s *Set) intersection(t *Thread, other Object) (*Set, error) {
	if Object(s) == other {
		return copySet(t, s), nil
	}
	r := newSetLike(s)
	if o, ok := asSet(other); ok {
		a, b := s, o
		if b.used > a.used {
			a, b = b, a
		}
		for pos := 0; ; {
			i := b.next(&pos)
			if i < 0 {
				return r, nil
			}
			e := b.table[i]
			in, err := a.containsHash(t, e.key, e.hash)
			if err != nil {
				return nil, err
			}
			if in {
				if err := r.addHash(t, e.key, e.hash); err != nil {
					return nil, err
				}
			}
		}
	}
	it, err := Iter(t, other)
	if err != nil {
		return nil, err
	}
	for {
		k, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if k == nil {
			return r, nil
		}
		h, err := Hash(t, k)
		if err != nil {
			return nil, err
		}
		in, err := s.containsHash(t, k, h)
		if err != nil {
			return nil, err
		}
		if in {
			if err := r.addHash(t, k, h); err != nil {
				return nil, err
			}
		}
	}
}

// differenceUpdate removes the items of other.
func (s *Set) differenceUpdate(t *Thread, other Object) error {
	if Object(s) == other {
		s.clear()
		return nil
	}
	if o, ok := asSet(other); ok {
		for pos := 0; ; {
			i := o.next(&pos)
			if i < 0 {
				break
			}
			if _, err := s.discardHash(t, o.table[i].key, o.table[i].hash); err != nil {
				return err
			}
		}
	} else {
		it, err := Iter(t, other)
		if err != nil {
			return err
		}
		for {
			k, err := Next(t, it)
			if err != nil {
				return err
			}
			if k == nil {
				break
			}
			if _, err := s.Discard(t, k); err != nil {
				return err
			}
		}
	}
	if (s.fill-s.used)*5 >= s.size()-1 {
		s.grow()
	}
	return nil
}

func (s *Set) difference(t *Thread, other Object) (*Set, error) {
	var otherLen int
	switch o := other.(type) {
	case *Set:
		otherLen = o.used
	case *Dict:
		if o.ext.p != nil {
			otherLen = -1
		} else {
			otherLen = int(o.live)
		}
	default:
		otherLen = -1
	}
	if otherLen < 0 || s.used>>2 > otherLen {
		r := copySet(t, s)
		if err := r.differenceUpdate(t, other); err != nil {
			return nil, err
		}
		return r, nil
	}
	r := newSetLike(s)
	for pos := 0; ; {
		i := s.next(&pos)
		if i < 0 {
			return r, nil
		}
		e := s.table[i]
		var in bool
		var err error
		if d, ok := other.(*Dict); ok {
			var j int
			j, err = d.lookup(t, e.key, e.hash)
			in = j >= 0
		} else {
			in, err = other.(*Set).containsHash(t, e.key, e.hash)
		}
		if err != nil {
			return nil, err
		}
		if !in {
			if err := r.addHash(t, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
}

func (s *Set) symmetricDifferenceUpdate(t *Thread, other Object) error {
	if Object(s) == other {
		s.clear()
		return nil
	}
	toggle := func(key Object, hash int64) error {
		found, err := s.discardHash(t, key, hash)
		if err != nil || found {
			return err
		}
		return s.addHash(t, key, hash)
	}
	if d, ok := other.(*Dict); ok && d.ext.p == nil {
		for i := 0; i < len(d.entries); i++ {
			if e := d.entries[i]; e.key != nil {
				if err := toggle(e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	o, ok := asSet(other)
	if !ok {
		o = newSetLike(s)
		if err := o.Update(t, other); err != nil {
			return err
		}
	}
	for pos := 0; ; {
		i := o.next(&pos)
		if i < 0 {
			return nil
		}
		if err := toggle(o.table[i].key, o.table[i].hash); err != nil {
			return err
		}
	}
}

func (s *Set) symmetricDifference(t *Thread, other Object) (*Set, error) {
	r := newSetLike(s)
	if err := r.Update(t, other); err != nil {
		return nil, err
	}
	if err := r.symmetricDifferenceUpdate(t, s); err != nil {
		return nil, err
	}
	return r, nil
}

func (s *Set) isSubset(t *Thread, other Object) (bool, error) {
	o, ok := asSet(other)
	if !ok {
		var err error
		if o, err = newSetFrom(t, other); err != nil {
			return false, err
		}
	}
	if s.used > o.used {
		return false, nil
	}
	for pos := 0; ; {
		i := s.next(&pos)
		if i < 0 {
			return true, nil
		}
		in, err := o.containsHash(t, s.table[i].key, s.table[i].hash)
		if err != nil || !in {
			return false, err
		}
	}
}

func (s *Set) isSuperset(t *Thread, other Object) (bool, error) {
	o, ok := asSet(other)
	if !ok {
		var err error
		if o, err = newSetFrom(t, other); err != nil {
			return false, err
		}
	}
	return o.isSubset(t, s)
}

func (s *Set) isDisjoint(t *Thread, other Object) (bool, error) {
	if Object(s) == other {
		return s.used == 0, nil
	}
	if o, ok := asSet(other); ok && o.ext.p == nil {
		a, b := s, o
		if b.used > a.used {
			a, b = b, a
		}
		for pos := 0; ; {
			i := b.next(&pos)
			if i < 0 {
				return true, nil
			}
			in, err := a.containsHash(t, b.table[i].key, b.table[i].hash)
			if err != nil || in {
				return !in, err
			}
		}
	}
	it, err := Iter(t, other)
	if err != nil {
		return false, err
	}
	for {
		k, err := Next(t, it)
		if err != nil {
			return false, err
		}
		if k == nil {
			return true, nil
		}
		in, err := s.Contains(t, k)
		if err != nil || in {
			return !in, err
		}
	}
}

// frozenSetHash is 3.2's frozenset hash: an order-independent mix of the
// items' hashes.
func frozenSetHash(t *Thread, o Object) (int64, error) {
	s := o.(*Set)
	if s.hashed {
		return s.hash, nil
	}
	h := uint64(1927868237)
	h *= uint64(s.used) + 1
	for pos := 0; ; {
		i := s.next(&pos)
		if i < 0 {
			break
		}
		x := uint64(s.table[i].hash)
		h ^= (x ^ (x << 16) ^ 89869747) * 3644798167
	}
	h = h*69069 + 907133923
	if int64(h) == -1 {
		h = 590923713
	}
	s.hash, s.hashed = int64(h), true
	return s.hash, nil
}

// withFrozenKey retries an operation on a set key as a frozenset when the
// key is an (unhashable) set, as set.__contains__, remove and discard do.
func withFrozenKey(t *Thread, key Object, err error, op func(Object) (bool, error)) (bool, error) {
	ks, ok := key.(*Set)
	if !ok || ks.frozen || !ErrorMatches(err, TypeError) {
		return false, err
	}
	tmp, err := NewFrozenSet(t, ks)
	if err != nil {
		return false, err
	}
	return op(tmp)
}

func setContains(t *Thread, o, key Object) (bool, error) {
	s := o.(*Set)
	in, err := s.Contains(t, key)
	if err != nil {
		return withFrozenKey(t, key, err, func(k Object) (bool, error) { return s.Contains(t, k) })
	}
	return in, nil
}

func setLen(t *Thread, o Object) (int, error) { return o.(*Set).used, nil }

func setRepr(t *Thread, o Object) (Object, error) {
	s := o.(*Set)
	name := s.Type().Name
	if !s.reprEnter() {
		return NewStr(name + "(...)"), nil
	}
	defer s.reprLeave()
	if s.used == 0 {
		return NewStr(name + "()"), nil
	}
	if err := t.Enter(); err != nil {
		return nil, err
	}
	defer t.Leave()
	items := s.Items()
	buf := make([]byte, 0, 2+8*len(items))
	if s.ext.p != nil || s.frozen {
		buf = append(buf, name...)
		buf = append(buf, '(')
	}
	buf = append(buf, '{')
	buf, err := appendReprs(t, buf, &items)
	if err != nil {
		return nil, err
	}
	buf = append(buf, '}')
	if s.ext.p != nil || s.frozen {
		buf = append(buf, ')')
	}
	return NewStr(string(buf)), nil
}

func setRichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	s, ok1 := a.(*Set)
	o, ok2 := b.(*Set)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	var r bool
	var err error
	switch op {
	case EQ, NE:
		if s.used == o.used && (!s.hashed || !o.hashed || s.hash == o.hash) {
			r, err = s.isSubset(t, o)
		}
		if op == NE {
			r = !r
		}
	case LE:
		r, err = s.isSubset(t, o)
	case GE:
		r, err = o.isSubset(t, s)
	case LT:
		if s.used < o.used {
			r, err = s.isSubset(t, o)
		}
	case GT:
		if s.used > o.used {
			r, err = o.isSubset(t, s)
		}
	}
	if err != nil {
		return nil, err
	}
	return NewBool(r), nil
}

func setIter(t *Thread, o Object) (Object, error) {
	s := o.(*Set)
	return &setIterator{set: s, used: s.used, left: s.used}, nil
}

// setIterator iterates over a set. It fails with RuntimeError once the
// set's size changes.
type setIterator struct {
	set  *Set // nil once exhausted
	pos  int
	used int // the set's size when iteration began; -1 after the error
	left int
}

// SetIteratorType is the type of iter(set).
var SetIteratorType = &Type{Name: "set_iterator"}

func (it *setIterator) Type() *Type { return SetIteratorType }

func setIteratorNext(t *Thread, o Object) (Object, error) {
	it := o.(*setIterator)
	s := it.set
	if s == nil {
		return nil, nil
	}
	if it.used != s.used {
		it.used = -1
		return nil, Errorf(RuntimeError, "Set changed size during iteration")
	}
	i := s.next(&it.pos)
	if i < 0 {
		it.set = nil
		return nil, nil
	}
	it.left--
	return s.table[i].key, nil
}

func (it *setIterator) lengthHint() int {
	if it.set != nil && it.used == it.set.used {
		return it.left
	}
	return 0
}

// Binary operators: both operands must be sets or frozensets.

func setOr(t *Thread, a, b Object) (Object, error) {
	s, ok1 := a.(*Set)
	o, ok2 := b.(*Set)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	r := copySet(t, s)
	if s == o {
		return r, nil
	}
	if err := r.merge(t, o); err != nil {
		return nil, err
	}
	return r, nil
}

func setAnd(t *Thread, a, b Object) (Object, error) {
	s, ok1 := a.(*Set)
	_, ok2 := b.(*Set)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return s.intersection(t, b)
}

func setSub(t *Thread, a, b Object) (Object, error) {
	s, ok1 := a.(*Set)
	_, ok2 := b.(*Set)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return s.difference(t, b)
}

func setXor(t *Thread, a, b Object) (Object, error) {
	s, ok1 := a.(*Set)
	_, ok2 := b.(*Set)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return s.symmetricDifference(t, b)
}

func setIOr(t *Thread, a, b Object) (Object, error) {
	s, ok1 := a.(*Set)
	o, ok2 := b.(*Set)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if err := s.merge(t, o); err != nil {
		return nil, err
	}
	return s, nil
}

func setIAnd(t *Thread, a, b Object) (Object, error) {
	s, ok1 := a.(*Set)
	_, ok2 := b.(*Set)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	r, err := s.intersection(t, b)
	if err != nil {
		return nil, err
	}
	s.swapBodies(r)
	return s, nil
}

func setISub(t *Thread, a, b Object) (Object, error) {
	s, ok1 := a.(*Set)
	_, ok2 := b.(*Set)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if err := s.differenceUpdate(t, b); err != nil {
		return nil, err
	}
	return s, nil
}

func setIXor(t *Thread, a, b Object) (Object, error) {
	s, ok1 := a.(*Set)
	_, ok2 := b.(*Set)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if err := s.symmetricDifferenceUpdate(t, b); err != nil {
		return nil, err
	}
	return s, nil
}

// swapBodies gives s the items of r (whose own become s's).
func (s *Set) swapBodies(r *Set) {
	s.table, r.table = r.table, s.table
	s.fill, r.fill = r.fill, s.fill
	s.used, r.used = r.used, s.used
	s.hashed, r.hashed = false, false
}

func setNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	if typ == SetType {
		if err := NoKeywords("set()", kwnames); err != nil {
			return nil, err
		}
	}
	return &Set{ext: newExt(typ, SetType)}, nil
}

func setInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	s := self.(*Set)
	if !s.frozen {
		if err := NoKeywords("set()", kwnames); err != nil {
			return err
		}
	}
	var iterable Object
	if err := UnpackArgs(s.Type().Name, args, nil, 0, 1, &iterable); err != nil {
		return err
	}
	s.clear()
	s.hashed = false
	if iterable == nil {
		return nil
	}
	return s.Update(t, iterable)
}

func frozenSetNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	if typ == FrozenSetType {
		if err := NoKeywords("frozenset()", kwnames); err != nil {
			return nil, err
		}
	}
	var iterable Object
	if err := UnpackArgs(typ.Name, args[:NumPos(args, kwnames)], nil, 0, 1, &iterable); err != nil {
		return nil, err
	}
	if typ != FrozenSetType {
		s := &Set{ext: newExt(typ, FrozenSetType), frozen: true}
		if iterable != nil {
			if err := s.Update(t, iterable); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
	if iterable != nil {
		if f, ok := iterable.(*Set); ok && f.frozen && f.ext.p == nil {
			return f, nil
		}
		s, err := NewFrozenSet(t, iterable)
		if err != nil || s.used != 0 {
			return s, err
		}
	}
	return emptyFrozenSet, nil
}

var emptyFrozenSet = &Set{frozen: true}

// Methods.

func setMethodAdd(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	x, err := OneArg("add", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := self.(*Set).Add(t, x); err != nil {
		return nil, err
	}
	return None, nil
}

func setMethodClear(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("clear", args, kwnames); err != nil {
		return nil, err
	}
	self.(*Set).clear()
	return None, nil
}

func setMethodCopy(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("copy", args, kwnames); err != nil {
		return nil, err
	}
	s := self.(*Set)
	if s.frozen && s.ext.p == nil {
		return s, nil
	}
	return copySet(t, s), nil
}

func setMethodDiscard(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	x, err := OneArg("discard", args, kwnames)
	if err != nil {
		return nil, err
	}
	s := self.(*Set)
	if _, err := s.Discard(t, x); err != nil {
		if _, err := withFrozenKey(t, x, err, func(k Object) (bool, error) { return s.Discard(t, k) }); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func setMethodRemove(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	x, err := OneArg("remove", args, kwnames)
	if err != nil {
		return nil, err
	}
	s := self.(*Set)
	found, err := s.Discard(t, x)
	if err != nil {
		if found, err = withFrozenKey(t, x, err, func(k Object) (bool, error) { return s.Discard(t, k) }); err != nil {
			return nil, err
		}
	}
	if !found {
		return nil, keyError(x)
	}
	return None, nil
}

func setMethodPop(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("pop", args, kwnames); err != nil {
		return nil, err
	}
	return self.(*Set).pop()
}

func setMethodUnion(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKwargs("union", kwnames); err != nil {
		return nil, err
	}
	s := self.(*Set)
	r := copySet(t, s)
	for _, o := range args {
		if o == self {
			continue
		}
		if err := r.Update(t, o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func setMethodUpdate(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKwargs("update", kwnames); err != nil {
		return nil, err
	}
	s := self.(*Set)
	for _, o := range args {
		if err := s.Update(t, o); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func setIntersectionMulti(t *Thread, s *Set, args []Object) (*Set, error) {
	if len(args) == 0 {
		return copySet(t, s), nil
	}
	r := s
	for _, o := range args {
		var err error
		if r, err = r.intersection(t, o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func setMethodIntersection(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKwargs("intersection", kwnames); err != nil {
		return nil, err
	}
	return setIntersectionMulti(t, self.(*Set), args)
}

func setMethodIntersectionUpdate(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKwargs("intersection_update", kwnames); err != nil {
		return nil, err
	}
	s := self.(*Set)
	r, err := setIntersectionMulti(t, s, args)
	if err != nil {
		return nil, err
	}
	s.swapBodies(r)
	return None, nil
}

func setMethodDifference(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKwargs("difference", kwnames); err != nil {
		return nil, err
	}
	s := self.(*Set)
	if len(args) == 0 {
		return copySet(t, s), nil
	}
	r, err := s.difference(t, args[0])
	if err != nil {
		return nil, err
	}
	for _, o := range args[1:] {
		if err := r.differenceUpdate(t, o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func setMethodDifferenceUpdate(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKwargs("difference_update", kwnames); err != nil {
		return nil, err
	}
	s := self.(*Set)
	for _, o := range args {
		if err := s.differenceUpdate(t, o); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func setMethodSymmetricDifference(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	o, err := OneArg("symmetric_difference", args, kwnames)
	if err != nil {
		return nil, err
	}
	return self.(*Set).symmetricDifference(t, o)
}

func setMethodSymmetricDifferenceUpdate(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	o, err := OneArg("symmetric_difference_update", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := self.(*Set).symmetricDifferenceUpdate(t, o); err != nil {
		return nil, err
	}
	return None, nil
}

// setBoolMethod makes a method taking one argument and returning a bool.
func setBoolMethod(name string, f func(s *Set, t *Thread, o Object) (bool, error)) MethodFunc {
	return func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		o, err := OneArg(name, args, kwnames)
		if err != nil {
			return nil, err
		}
		r, err := f(self.(*Set), t, o)
		if err != nil {
			return nil, err
		}
		return NewBool(r), nil
	}
}

func setMethodReduce(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__reduce__", args, kwnames); err != nil {
		return nil, err
	}
	s := self.(*Set)
	var dict Object = None
	if s.ext.p != nil && s.ext.p.dict != nil {
		dict = s.ext.p.dict
	}
	return NewTuple(s.Type(), NewTuple(NewList(s.Items()...)), dict), nil
}

func setMethodSizeOf(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__sizeof__", args, kwnames); err != nil {
		return nil, err
	}
	s := self.(*Set)
	n := 200
	if len(s.table) > setMinSize {
		n += 16 * len(s.table)
	}
	return NewInt(int64(n)), nil
}

func init() {
	shared := []MethodDef{
		{Name: "copy", Fn: setMethodCopy, Doc: "Return a shallow copy of a set."},
		{Name: "difference", Fn: setMethodDifference, Doc: "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)"},
		{Name: "intersection", Fn: setMethodIntersection, Doc: "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)"},
		{Name: "isdisjoint", Fn: setBoolMethod("isdisjoint", (*Set).isDisjoint), Doc: "Return True if two sets have a null intersection."},
		{Name: "issubset", Fn: setBoolMethod("issubset", (*Set).isSubset), Doc: "Report whether another set contains this set."},
		{Name: "issuperset", Fn: setBoolMethod("issuperset", (*Set).isSuperset), Doc: "Report whether this set contains another set."},
		{Name: "__reduce__", Fn: setMethodReduce, Doc: "Return state information for pickling."},
		{Name: "__sizeof__", Fn: setMethodSizeOf, Doc: "S.__sizeof__() -> size of S in memory, in bytes"},
		{Name: "symmetric_difference", Fn: setMethodSymmetricDifference, Doc: "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)"},
		{Name: "union", Fn: setMethodUnion, Doc: "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"},
	}
	for _, typ := range []*Type{SetType, FrozenSetType} {
		typ.Repr = setRepr
		typ.RichCompare = setRichCompare
		typ.Iter = setIter
		typ.Len = setLen
		typ.Contains = setContains
		typ.Or = setOr
		typ.And = setAnd
		typ.Sub = setSub
		typ.Xor = setXor
		typ.AddMethods(shared...)
	}
	SetType.Doc = "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements."
	SetType.New = setNew
	SetType.Init = setInit
	SetType.IOr = setIOr
	SetType.IAnd = setIAnd
	SetType.ISub = setISub
	SetType.IXor = setIXor
	SetType.AddMethods(
		MethodDef{Name: "add", Fn: setMethodAdd, Doc: "Add an element to a set.\n\nThis has no effect if the element is already present."},
		MethodDef{Name: "clear", Fn: setMethodClear, Doc: "Remove all elements from this set."},
		MethodDef{Name: "discard", Fn: setMethodDiscard, Doc: "Remove an element from a set if it is a member.\n\nIf the element is not a member, do nothing."},
		MethodDef{Name: "difference_update", Fn: setMethodDifferenceUpdate, Doc: "Remove all elements of another set from this set."},
		MethodDef{Name: "intersection_update", Fn: setMethodIntersectionUpdate, Doc: "Update a set with the intersection of itself and another."},
		MethodDef{Name: "pop", Fn: setMethodPop, Doc: "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
		MethodDef{Name: "remove", Fn: setMethodRemove, Doc: "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
		MethodDef{Name: "symmetric_difference_update", Fn: setMethodSymmetricDifferenceUpdate, Doc: "Update a set with the symmetric difference of itself and another."},
		MethodDef{Name: "update", Fn: setMethodUpdate, Doc: "Update a set with the union of itself and others."},
	)
	FrozenSetType.Doc = "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements."
	FrozenSetType.New = frozenSetNew
	FrozenSetType.Hash = frozenSetHash

	SetIteratorType.Iter = selfIter
	SetIteratorType.Next = setIteratorNext
	SetIteratorType.AddMethods(lengthHintDef)
}
