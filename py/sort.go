package py

import "math"

// list.sort: a timsort (Tim Peters' adaptive, stable merge sort, as in
// CPython: natural runs extended to a minimum length by binary insertion,
// merged with galloping), so that the number of comparisons, which call
// Python code for user classes and tuples, stays low on partly ordered
// data. Keys that are all exact ints, strs or floats (without NaN) are
// compared directly, since their comparison runs no Python code.

// sortItem is a key and the list item it was computed from (the same
// object without a key function).
type sortItem struct {
	key, value Object
}

type sortKind uint8

const (
	sortGeneric sortKind = iota
	sortInts
	sortStrs
	sortFloats
	sortTuples
)

type sortRun struct{ base, n int }

type sorter struct {
	t         *Thread
	items     []sortItem
	tmp       []sortItem
	runs      []sortRun
	minGallop int
	kind      sortKind
	err       error // the first comparison error; later comparisons return false
}

const minGallop = 7

// less reports whether a < b. After a comparison has failed it returns
// false without comparing, which the algorithm treats as an (inconsistent)
// answer like any other: it still ends, with every item in place.
func (s *sorter) less(a, b Object) bool {
	switch s.kind {
	case sortInts:
		return a.(*Int).v < b.(*Int).v
	case sortStrs:
		return a.(*Str).s < b.(*Str).s
	case sortFloats:
		return a.(*Float).v < b.(*Float).v
	}
	if s.err != nil {
		return false
	}
	var r bool
	var err error
	if s.kind == sortTuples {
		r, err = tupleLess(s.t, a.(*Tuple).Items, b.(*Tuple).Items)
	} else {
		r, err = compareBool(s.t, a, b, LT)
	}
	if err != nil {
		s.err = err
		return false
	}
	return r
}

// chooseKind picks a direct comparison when every key allows one.
func (s *sorter) chooseKind() {
	if len(s.items) == 0 {
		return
	}
	switch s.items[0].key.(type) {
	case *Int:
		for _, it := range s.items {
			if k, ok := it.key.(*Int); !ok || k.ext.p != nil || k.b != nil {
				return
			}
		}
		s.kind = sortInts
	case *Str:
		for _, it := range s.items {
			if k, ok := it.key.(*Str); !ok || k.ext.p != nil {
				return
			}
		}
		s.kind = sortStrs
	case *Float:
		for _, it := range s.items {
			if k, ok := it.key.(*Float); !ok || k.ext.p != nil || math.IsNaN(k.v) {
				return
			}
		}
		s.kind = sortFloats
	case *Tuple:
		for _, it := range s.items {
			if k, ok := it.key.(*Tuple); !ok || k.ext.p != nil {
				return
			}
		}
		s.kind = sortTuples
	}
}

// tupleLess is a < b for exact tuples, as their RichCompare decides it
// but without the dispatch: the first items that differ, else the
// lengths.
func tupleLess(t *Thread, a, b []Object) (bool, error) {
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		eq, err := objEqual(t, a[i], b[i])
		if err != nil {
			return false, err
		}
		if !eq {
			return compareBool(t, a[i], b[i], LT)
		}
	}
	return len(a) < len(b), nil
}

// sortItems sorts items stably by key.
func sortItems(t *Thread, items []sortItem) error {
	s := &sorter{t: t, items: items, minGallop: minGallop}
	s.chooseKind()
	s.sort()
	return s.err
}

func (s *sorter) sort() {
	n := len(s.items)
	if n < 2 {
		return
	}
	minRun := minRunLength(n)
	lo := 0
	for lo < n {
		runLen := s.countRun(lo, n)
		if s.err != nil {
			return
		}
		if runLen < minRun {
			forced := minRun
			if forced > n-lo {
				forced = n - lo
			}
			s.binaryInsertionSort(lo, lo+forced, lo+runLen)
			runLen = forced
		}
		s.runs = append(s.runs, sortRun{lo, runLen})
		s.mergeCollapse()
		if s.err != nil {
			return
		}
		lo += runLen
	}
	for len(s.runs) > 1 && s.err == nil {
		i := len(s.runs) - 2
		if i > 0 && s.runs[i-1].n < s.runs[i+1].n {
			i--
		}
		s.mergeAt(i)
	}
}

// minRunLength returns the minimum run length for n items: n itself when
// small, else a number between 32 and 64 such that n/minrun is a power of
// two or a little less.
func minRunLength(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// countRun returns the length of the run starting at lo: non-descending,
// or strictly descending (then reversed in place, which keeps the sort
// stable).
func (s *sorter) countRun(lo, hi int) int {
	a := s.items
	i := lo + 1
	if i == hi {
		return 1
	}
	if s.less(a[i].key, a[lo].key) {
		for i++; i < hi && s.less(a[i].key, a[i-1].key); i++ {
		}
		for l, r := lo, i-1; l < r; l, r = l+1, r-1 {
			a[l], a[r] = a[r], a[l]
		}
	} else {
		for i++; i < hi && !s.less(a[i].key, a[i-1].key); i++ {
		}
	}
	return i - lo
}

// binaryInsertionSort sorts items[lo:hi], whose items[lo:start] are
// already sorted.
func (s *sorter) binaryInsertionSort(lo, hi, start int) {
	a := s.items
	if start == lo {
		start++
	}
	for ; start < hi; start++ {
		pivot := a[start]
		l, r := lo, start
		for l < r {
			m := l + (r-l)/2
			if s.less(pivot.key, a[m].key) {
				r = m
			} else {
				l = m + 1
			}
		}
		copy(a[l+1:start+1], a[l:start])
		a[l] = pivot
	}
}

// mergeCollapse merges runs until the lengths on the stack satisfy
// timsort's invariants (with the 2015 correction that checks three runs
// deep).
func (s *sorter) mergeCollapse() {
	for len(s.runs) > 1 && s.err == nil {
		r := s.runs
		i := len(r) - 2
		if i > 0 && r[i-1].n <= r[i].n+r[i+1].n || i > 1 && r[i-2].n <= r[i-1].n+r[i].n {
			if r[i-1].n < r[i+1].n {
				i--
			}
		} else if r[i].n > r[i+1].n {
			return
		}
		s.mergeAt(i)
	}
}

// mergeAt merges runs i and i+1.
func (s *sorter) mergeAt(i int) {
	a, b := s.runs[i], s.runs[i+1]
	s.runs[i].n = a.n + b.n
	s.runs = append(s.runs[:i+1], s.runs[i+2:]...)

	// Items of a not greater than b's first are already in place, and so
	// are items of b not less than a's last.
	k := s.gallopRight(s.items[b.base].key, s.items[a.base:a.base+a.n], 0)
	a.base += k
	a.n -= k
	if a.n == 0 {
		return
	}
	b.n = s.gallopLeft(s.items[a.base+a.n-1].key, s.items[b.base:b.base+b.n], b.n-1)
	if b.n == 0 {
		return
	}
	if a.n <= b.n {
		s.mergeLo(a.base, a.n, b.n)
	} else {
		s.mergeHi(a.base, a.n, b.n)
	}
}

// gallopLeft returns the k in [0, len(a)] with a[:k] < key <= a[k:],
// searching outwards from a[hint].
func (s *sorter) gallopLeft(key Object, a []sortItem, hint int) int {
	n := len(a)
	last, ofs := 0, 1
	if s.less(a[hint].key, key) {
		max := n - hint
		for ofs < max && s.less(a[hint+ofs].key, key) {
			last, ofs = ofs, ofs<<1+1
		}
		if ofs > max {
			ofs = max
		}
		last, ofs = last+hint, ofs+hint
	} else {
		max := hint + 1
		for ofs < max && !s.less(a[hint-ofs].key, key) {
			last, ofs = ofs, ofs<<1+1
		}
		if ofs > max {
			ofs = max
		}
		last, ofs = hint-ofs, hint-last
	}
	// a[last] < key <= a[ofs]; the answer is in (last, ofs].
	last++
	for last < ofs {
		m := last + (ofs-last)/2
		if s.less(a[m].key, key) {
			last = m + 1
		} else {
			ofs = m
		}
	}
	return ofs
}

// gallopRight returns the k in [0, len(a)] with a[:k] <= key < a[k:],
// searching outwards from a[hint].
func (s *sorter) gallopRight(key Object, a []sortItem, hint int) int {
	n := len(a)
	last, ofs := 0, 1
	if s.less(key, a[hint].key) {
		max := hint + 1
		for ofs < max && s.less(key, a[hint-ofs].key) {
			last, ofs = ofs, ofs<<1+1
		}
		if ofs > max {
			ofs = max
		}
		last, ofs = hint-ofs, hint-last
	} else {
		max := n - hint
		for ofs < max && !s.less(key, a[hint+ofs].key) {
			last, ofs = ofs, ofs<<1+1
		}
		if ofs > max {
			ofs = max
		}
		last, ofs = last+hint, ofs+hint
	}
	// a[last] <= key < a[ofs]; the answer is in (last, ofs].
	last++
	for last < ofs {
		m := last + (ofs-last)/2
		if s.less(key, a[m].key) {
			ofs = m
		} else {
			last = m + 1
		}
	}
	return ofs
}

// mergeLo merges the adjacent runs items[lo:lo+na] and the na+nb that
// follow, na <= nb, through a copy of the first. Every index is checked
// by the loops themselves, so an inconsistent comparison (a user's __lt__)
// cannot break it.
func (s *sorter) mergeLo(lo, na, nb int) {
	items := s.items
	tmp := append(s.tmp[:0], items[lo:lo+na]...)
	s.tmp = tmp
	i, j, d, end := 0, lo+na, lo, lo+na+nb
	mg := s.minGallop
	for i < na && j < end {
		acount, bcount := 0, 0
		for i < na && j < end {
			if s.less(items[j].key, tmp[i].key) {
				items[d] = items[j]
				d, j = d+1, j+1
				bcount, acount = bcount+1, 0
				if bcount >= mg {
					break
				}
			} else {
				items[d] = tmp[i]
				d, i = d+1, i+1
				acount, bcount = acount+1, 0
				if acount >= mg {
					break
				}
			}
		}
		for i < na && j < end {
			k := s.gallopRight(items[j].key, tmp[i:na], 0)
			copy(items[d:], tmp[i:i+k])
			d, i = d+k, i+k
			if i >= na {
				break
			}
			k2 := s.gallopLeft(tmp[i].key, items[j:end], 0)
			copy(items[d:], items[j:j+k2])
			d, j = d+k2, j+k2
			if j >= end {
				break
			}
			if k < minGallop && k2 < minGallop {
				mg++
				break
			}
			if mg > 1 {
				mg--
			}
		}
	}
	copy(items[d:], tmp[i:na])
	clear(tmp)
	s.minGallop = mg
}

// mergeHi merges the adjacent runs items[lo:lo+na] and the nb that follow,
// na > nb, from the right, through a copy of the second.
func (s *sorter) mergeHi(lo, na, nb int) {
	items := s.items
	base2 := lo + na
	tmp := append(s.tmp[:0], items[base2:base2+nb]...)
	s.tmp = tmp
	i, j, d := base2-1, nb-1, base2+nb-1
	mg := s.minGallop
	for i >= lo && j >= 0 {
		acount, bcount := 0, 0
		for i >= lo && j >= 0 {
			if s.less(tmp[j].key, items[i].key) {
				items[d] = items[i]
				d, i = d-1, i-1
				acount, bcount = acount+1, 0
				if acount >= mg {
					break
				}
			} else {
				items[d] = tmp[j]
				d, j = d-1, j-1
				bcount, acount = bcount+1, 0
				if bcount >= mg {
					break
				}
			}
		}
		for i >= lo && j >= 0 {
			// The items of the first run greater than tmp[j] go last.
			k := i + 1 - lo - s.gallopRight(tmp[j].key, items[lo:i+1], i-lo)
			copy(items[d-k+1:d+1], items[i-k+1:i+1])
			d, i = d-k, i-k
			if i < lo {
				break
			}
			// Then the items of the second not less than items[i].
			k2 := j + 1 - s.gallopLeft(items[i].key, tmp[:j+1], j)
			copy(items[d-k2+1:d+1], tmp[j-k2+1:j+1])
			d, j = d-k2, j-k2
			if j < 0 {
				break
			}
			if k < minGallop && k2 < minGallop {
				mg++
				break
			}
			if mg > 1 {
				mg--
			}
		}
	}
	if j >= 0 {
		copy(items[lo:lo+j+1], tmp[:j+1])
	}
	clear(tmp)
	s.minGallop = mg
}

// SortList sorts the list in place, stably, as list.sort(key=key,
// reverse=reverse) does (key nil for none).
func SortList(t *Thread, l *List, key Object, reverse bool) error {
	saved := l.Items
	// While sorting, the list is empty: a comparison or key function that
	// changes it is detected afterwards.
	l.Items = nil
	items := make([]sortItem, len(saved))
	var err error
	var arg [1]Object
	for i, x := range saved {
		k := x
		if key != nil {
			arg[0] = x
			if k, err = Call(t, key, arg[:], nil); err != nil {
				break
			}
		}
		items[i] = sortItem{k, x}
	}
	if err == nil {
		if reverse {
			reverseSortItems(items)
		}
		err = sortItems(t, items)
		if reverse && err == nil {
			reverseSortItems(items)
		}
		// A failed sort leaves the list partly sorted, as CPython's does.
		for i := range items {
			saved[i] = items[i].value
		}
	}
	modified := l.Items != nil
	l.Items = saved
	if err != nil {
		return err
	}
	if modified {
		return Errorf(ValueError, "list modified during sort")
	}
	return nil
}

func reverseSortItems(a []sortItem) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

func listSort(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var key, rev Object
	if NumPos(args, kwnames) != 0 {
		return nil, Errorf(TypeError, "must use keyword argument for key function")
	}
	if err := ParseArgs("sort", args, kwnames, []string{"key", "reverse"}, 0, &key, &rev); err != nil {
		return nil, err
	}
	reverse := false
	if rev != nil {
		r, err := ArgInt(t, rev)
		if err != nil {
			return nil, err
		}
		reverse = r != 0
	}
	if key == None {
		key = nil
	}
	if err := SortList(t, self.(*List), key, reverse); err != nil {
		return nil, err
	}
	return None, nil
}
