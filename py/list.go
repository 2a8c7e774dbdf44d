package py

// List is a Python list.
type List struct {
	ext
	Items []Object
	reprGuard
}

// NewList returns a list of items (which it keeps).
func NewList(items ...Object) *List { return &List{Items: items} }

// Type returns list, or the subclass.
func (l *List) Type() *Type {
	if l.ext.p != nil {
		return l.ext.p.typ
	}
	return ListType
}

// Append adds x at the end of the list.
func (l *List) Append(x Object) { l.Items = append(l.Items, x) }

// Extend adds the items of any iterable at the end of the list.
func (l *List) Extend(t *Thread, iterable Object) error {
	if items, ok := exactItems(iterable); ok {
		// Also right for l.extend(l): the items are read first.
		l.Items = append(l.Items, items...)
		return nil
	}
	if iterable == Object(l) {
		l.Items = append(l.Items, l.Items...)
		return nil
	}
	it, err := Iter(t, iterable)
	if err != nil {
		return err
	}
	n, err := lengthHint(t, iterable)
	if err != nil {
		return err
	}
	if n > 0 && cap(l.Items)-len(l.Items) < n {
		grown := make([]Object, len(l.Items), len(l.Items)+n)
		copy(grown, l.Items)
		l.Items = grown
	}
	next := it.Type().Next
	for {
		x, err := next(t, it)
		if err != nil {
			return err
		}
		if x == nil {
			return nil
		}
		l.Items = append(l.Items, x)
	}
}

func listRepr(t *Thread, o Object) (Object, error) {
	l := o.(*List)
	if len(l.Items) == 0 {
		return NewStr("[]"), nil
	}
	if !l.reprEnter() {
		return NewStr("[...]"), nil
	}
	defer l.reprLeave()
	if err := enterRecursive(t, " while getting the repr of a list"); err != nil {
		return nil, err
	}
	defer t.Leave()
	buf := make([]byte, 0, 2+8*len(l.Items))
	buf = append(buf, '[')
	buf, err := appendReprs(t, buf, &l.Items)
	if err != nil {
		return nil, err
	}
	buf = append(buf, ']')
	return NewStr(string(buf)), nil
}

func listRichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	la, ok1 := a.(*List)
	lb, ok2 := b.(*List)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if len(la.Items) != len(lb.Items) {
		switch op {
		case EQ:
			return False, nil
		case NE:
			return True, nil
		}
	}
	return seqCompare(t, &la.Items, &lb.Items, op)
}

func listLen(t *Thread, o Object) (int, error) { return len(o.(*List).Items), nil }

func listContains(t *Thread, o, item Object) (bool, error) {
	return seqContains(t, &o.(*List).Items, item)
}

func listGetItem(t *Thread, o, key Object) (Object, error) {
	l := o.(*List)
	if k, ok := key.(*Int); ok && k.b == nil {
		i := k.v
		if i < 0 {
			i += int64(len(l.Items))
		}
		if uint64(i) >= uint64(len(l.Items)) {
			return nil, Errorf(IndexError, "list index out of range")
		}
		return l.Items[i], nil
	}
	i, ok, err := seqIndex(t, key)
	if err != nil {
		return nil, err
	}
	if ok {
		if i < 0 {
			i += len(l.Items)
		}
		if i < 0 || i >= len(l.Items) {
			return nil, Errorf(IndexError, "list index out of range")
		}
		return l.Items[i], nil
	}
	s, ok := key.(*Slice)
	if !ok {
		return nil, indicesTypeError("list", key)
	}
	start, _, step, n, err := s.Indices(t, len(l.Items))
	if err != nil {
		return nil, err
	}
	return l.slice(start, step, n), nil
}

// slice returns the n items from start by step, as a new list.
func (l *List) slice(start, step, n int) *List {
	r := makeList(n)
	if step == 1 {
		copy(r.Items, l.Items[start:start+n])
		return r
	}
	for j := range r.Items {
		r.Items[j] = l.Items[start+j*step]
	}
	return r
}

// makeList returns a list of n nil items (for the caller to fill). A
// small list and its items are one allocation, with room to grow to the
// next size.
func makeList(n int) *List {
	switch {
	case n == 0:
		return &List{}
	case n <= 2:
		p := &struct {
			List
			a [2]Object
		}{}
		p.Items = p.a[:n]
		return &p.List
	case n <= 4:
		p := &struct {
			List
			a [4]Object
		}{}
		p.Items = p.a[:n]
		return &p.List
	case n <= 8:
		p := &struct {
			List
			a [8]Object
		}{}
		p.Items = p.a[:n]
		return &p.List
	}
	return &List{Items: make([]Object, n)}
}

// listSetItem is l[key] = value, or del l[key] when value is nil.
func listSetItem(t *Thread, o, key, value Object) error {
	l := o.(*List)
	i, ok, err := seqIndex(t, key)
	if err != nil {
		return err
	}
	if ok {
		if i < 0 {
			i += len(l.Items)
		}
		if i < 0 || i >= len(l.Items) {
			return Errorf(IndexError, "list assignment index out of range")
		}
		if value == nil {
			l.deleteRange(i, i+1)
		} else {
			l.Items[i] = value
		}
		return nil
	}
	s, ok := key.(*Slice)
	if !ok {
		return indicesTypeError("list", key)
	}
	return l.setSlice(t, s.Start, s.Stop, s.Step, value)
}

// setSlice is l[start:stop:step] = value, or its deletion when value is
// nil.
func (l *List) setSlice(t *Thread, startObj, stopObj, stepObj, value Object) error {
	start, stop, step, n, err := sliceBounds(t, startObj, stopObj, stepObj, len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		return l.assignSlice(t, start, stop, value)
	}
	if value == nil {
		if n == 0 {
			return nil
		}
		if step < 0 {
			start, step = start+step*(n-1), -step
		}
		// Keep the items not selected, in order.
		d := start
		for j := start; j < len(l.Items); j++ {
			if (j-start)%step == 0 && (j-start)/step < n { // no overflow for a huge step
				continue
			}
			l.Items[d] = l.Items[j]
			d++
		}
		clear(l.Items[d:])
		l.Items = l.Items[:d]
		return nil
	}
	items, err := seqFast(t, value, "must assign iterable to extended slice")
	if err != nil {
		return err
	}
	if value == Object(l) {
		items = copyItems(items)
	}
	if len(items) == n && n > 0 && max(start, start+(n-1)*step) >= len(l.Items) {
		// Iterating the value shrank the list under the slice (where
		// CPython would write out of bounds): resolve it again.
		if start, _, step, n, err = sliceBounds(t, startObj, stopObj, stepObj, len(l.Items)); err != nil {
			return err
		}
	}
	if len(items) != n {
		return Errorf(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for j, x := range items {
		l.Items[start+j*step] = x
	}
	return nil
}

// deleteRange removes Items[lo:hi].
func (l *List) deleteRange(lo, hi int) {
	n := copy(l.Items[lo:], l.Items[hi:])
	clear(l.Items[lo+n:])
	l.Items = l.Items[:lo+n]
}

// assignSlice is l[lo:hi] = value (del when value is nil), with the
// bounds clamped as CPython's list_ass_slice does.
func (l *List) assignSlice(t *Thread, lo, hi int, value Object) error {
	var items []Object
	if value != nil {
		var err error
		if items, err = seqFast(t, value, "can only assign an iterable"); err != nil {
			return err
		}
		if value == Object(l) {
			items = copyItems(items)
		}
	}
	n := len(l.Items)
	if lo < 0 {
		lo = 0
	} else if lo > n {
		lo = n
	}
	if hi < lo {
		hi = lo
	} else if hi > n {
		hi = n
	}
	delta := len(items) - (hi - lo)
	switch {
	case delta < 0:
		l.deleteRange(lo+len(items), hi)
	case delta > 0:
		if n+delta <= cap(l.Items) {
			l.Items = l.Items[:n+delta]
		} else {
			grown := make([]Object, n+delta, (n+delta)+(n+delta)/8+4)
			copy(grown, l.Items[:lo])
			copy(grown[hi+delta:], l.Items[hi:n])
			l.Items = grown
			copy(l.Items[lo:], items)
			return nil
		}
		copy(l.Items[hi+delta:], l.Items[hi:n])
	}
	copy(l.Items[lo:], items)
	return nil
}

func isList(o Object) bool {
	_, ok := o.(*List)
	return ok
}

func listAdd(t *Thread, a, b Object) (Object, error) {
	la, ok := a.(*List)
	if !ok {
		return NotImplemented, nil
	}
	lb, ok := b.(*List)
	if !ok {
		if canHandleOperand(b, SlotAdd) {
			return NotImplemented, nil
		}
		return nil, Errorf(TypeError, "can only concatenate list (not \"%s\") to list", b.Type().Name)
	}
	r := makeList(len(la.Items) + len(lb.Items))
	copy(r.Items[copy(r.Items, la.Items):], lb.Items)
	return r, nil
}

func listMul(t *Thread, a, b Object) (Object, error) {
	seq, n, ok, err := repeatCount(t, a, b, isList)
	if err != nil || !ok {
		if err == nil {
			return NotImplemented, nil
		}
		return nil, err
	}
	items, err := repeatItems(seq.(*List).Items, n)
	if err != nil {
		return nil, err
	}
	return &List{Items: items}, nil
}

func listIAdd(t *Thread, a, b Object) (Object, error) {
	l, ok := a.(*List)
	if !ok {
		return NotImplemented, nil
	}
	if err := l.Extend(t, b); err != nil {
		return nil, err
	}
	return l, nil
}

func listIMul(t *Thread, a, b Object) (Object, error) {
	l, ok := a.(*List)
	if !ok {
		return NotImplemented, nil
	}
	if !hasIndex(b) {
		if canHandleOperand(b, SlotMul) {
			return NotImplemented, nil
		}
		return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", b.Type().Name)
	}
	n, err := asSsize(t, b, OverflowError)
	if err != nil {
		return nil, err
	}
	if n <= 0 {
		clear(l.Items)
		l.Items = l.Items[:0]
		return l, nil
	}
	items, err := repeatItems(l.Items, n)
	if err != nil {
		return nil, err
	}
	l.Items = items
	return l, nil
}

func listIter(t *Thread, o Object) (Object, error) {
	return &listIterator{list: o.(*List)}, nil
}

func listNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	return &List{ext: newExt(typ, ListType)}, nil
}

func listInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	var seq Object
	if len(args) != 0 {
		if err := ParseArgs("list", args, kwnames, []string{"sequence"}, 0, &seq); err != nil {
			return err
		}
	}
	l := self.(*List)
	if len(l.Items) != 0 {
		clear(l.Items)
		l.Items = l.Items[:0]
	}
	if seq == nil {
		return nil
	}
	return l.Extend(t, seq)
}

func listAppend(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if len(args) != 1 || kwnames != nil {
		if _, err := OneArg("append", args, kwnames); err != nil {
			return nil, err
		}
	}
	l := self.(*List)
	l.Items = append(l.Items, args[0])
	return None, nil
}

func listExtend(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	x, err := OneArg("extend", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := self.(*List).Extend(t, x); err != nil {
		return nil, err
	}
	return None, nil
}

func listInsert(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKwargs("insert", kwnames); err != nil {
		return nil, err
	}
	if err := CheckArgCount("insert", len(args), 2, 2); err != nil {
		return nil, err
	}
	i, err := ArgIndex(t, args[0])
	if err != nil {
		return nil, err
	}
	l := self.(*List)
	n := len(l.Items)
	if i < 0 {
		if i += n; i < 0 {
			i = 0
		}
	} else if i > n {
		i = n
	}
	l.Items = append(l.Items, nil)
	copy(l.Items[i+1:], l.Items[i:n])
	l.Items[i] = args[1]
	return None, nil
}

func listPop(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	l := self.(*List)
	i := -1
	if len(args) != 0 || kwnames != nil {
		if err := NoKwargs("pop", kwnames); err != nil {
			return nil, err
		}
		if err := CheckArgCount("pop", len(args), 0, 1); err != nil {
			return nil, err
		}
		var err error
		if i, err = ArgIndex(t, args[0]); err != nil {
			return nil, err
		}
	}
	n := len(l.Items)
	if n == 0 {
		return nil, Errorf(IndexError, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexError, "pop index out of range")
	}
	x := l.Items[i]
	if i == n-1 {
		l.Items[i] = nil
		l.Items = l.Items[:i]
	} else {
		l.deleteRange(i, i+1)
	}
	return x, nil
}

func listRemove(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	x, err := OneArg("remove", args, kwnames)
	if err != nil {
		return nil, err
	}
	l := self.(*List)
	for i := 0; i < len(l.Items); i++ {
		eq, err := objEqual(t, l.Items[i], x)
		if err != nil {
			return nil, err
		}
		if eq {
			if i < len(l.Items) {
				l.deleteRange(i, i+1)
			}
			return None, nil
		}
	}
	return nil, Errorf(ValueError, "list.remove(x): x not in list")
}

func listIndex(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKwargs("index", kwnames); err != nil {
		return nil, err
	}
	if err := CheckArgCount("index", len(args), 1, 3); err != nil {
		return nil, err
	}
	l := self.(*List)
	start, stop, err := seqSearchBounds(t, args, len(l.Items))
	if err != nil {
		return nil, err
	}
	for i := start; i < stop && i < len(l.Items); i++ {
		eq, err := objEqual(t, l.Items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return NewInt(int64(i)), nil
		}
	}
	r, err := Repr(t, args[0])
	if err != nil {
		return nil, err
	}
	return nil, Errorf(ValueError, "%s is not in list", r.s)
}

func listCount(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	x, err := OneArg("count", args, kwnames)
	if err != nil {
		return nil, err
	}
	return seqCount(t, &self.(*List).Items, x)
}

func listReverse(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("reverse", args, kwnames); err != nil {
		return nil, err
	}
	reverseItems(self.(*List).Items)
	return None, nil
}

func reverseItems(items []Object) {
	for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
		items[i], items[j] = items[j], items[i]
	}
}

func listReversed(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__reversed__", args, kwnames); err != nil {
		return nil, err
	}
	l := self.(*List)
	return &listReverseIterator{list: l, i: len(l.Items) - 1}, nil
}

func listSizeOf(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__sizeof__", args, kwnames); err != nil {
		return nil, err
	}
	return NewInt(int64(40 + 8*cap(self.(*List).Items))), nil
}

// listIterator iterates over a list's items, seeing changes to the list.
type listIterator struct {
	list *List // nil once exhausted
	i    int
}

// listReverseIterator iterates over a list's items backwards.
type listReverseIterator struct {
	list *List // nil once exhausted
	i    int
}

// ListIteratorType and ListReverseIteratorType are the types of
// iter(list) and reversed(list).
var (
	ListIteratorType        = &Type{Name: "list_iterator"}
	ListReverseIteratorType = &Type{Name: "list_reverseiterator"}
)

func (it *listIterator) Type() *Type        { return ListIteratorType }
func (it *listReverseIterator) Type() *Type { return ListReverseIteratorType }

func listIteratorNext(t *Thread, o Object) (Object, error) {
	it := o.(*listIterator)
	if l := it.list; l != nil {
		if it.i < len(l.Items) {
			x := l.Items[it.i]
			it.i++
			return x, nil
		}
		it.list = nil
	}
	return nil, nil
}

func (it *listIterator) lengthHint() int {
	if it.list == nil || it.i >= len(it.list.Items) {
		return 0
	}
	return len(it.list.Items) - it.i
}

func listReverseIteratorNext(t *Thread, o Object) (Object, error) {
	it := o.(*listReverseIterator)
	if l := it.list; l != nil {
		if it.i >= 0 && it.i < len(l.Items) {
			x := l.Items[it.i]
			it.i--
			return x, nil
		}
		it.list = nil
	}
	return nil, nil
}

func (it *listReverseIterator) lengthHint() int {
	if it.list == nil || it.i >= len(it.list.Items) {
		return 0
	}
	return it.i + 1
}

// lengthHintMethod is the __length_hint__ method of a built-in iterator.
func lengthHintMethod(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__length_hint__", args, kwnames); err != nil {
		return nil, err
	}
	return NewInt(int64(self.(lengthHinter).lengthHint())), nil
}

var lengthHintDef = MethodDef{Name: "__length_hint__", Fn: lengthHintMethod, Doc: "Private method returning an estimate of len(list(it))."}

func init() {
	ListType.Doc = "list() -> new empty list\nlist(iterable) -> new list initialized from iterable's items"
	ListType.New = listNew
	ListType.Init = listInit
	ListType.Repr = listRepr
	ListType.RichCompare = listRichCompare
	ListType.Iter = listIter
	ListType.Len = listLen
	ListType.GetItem = listGetItem
	ListType.SetItem = listSetItem
	ListType.Contains = listContains
	ListType.Add = listAdd
	ListType.Mul = listMul
	ListType.IAdd = listIAdd
	ListType.IMul = listIMul
	ListType.AddMethods(
		MethodDef{Name: "__reversed__", Fn: listReversed, Doc: "L.__reversed__() -- return a reverse iterator over the list"},
		MethodDef{Name: "__sizeof__", Fn: listSizeOf, Doc: "L.__sizeof__() -- size of L in memory, in bytes"},
		MethodDef{Name: "append", Fn: listAppend, Doc: "L.append(object) -- append object to end"},
		MethodDef{Name: "insert", Fn: listInsert, Doc: "L.insert(index, object) -- insert object before index"},
		MethodDef{Name: "extend", Fn: listExtend, Doc: "L.extend(iterable) -- extend list by appending elements from the iterable"},
		MethodDef{Name: "pop", Fn: listPop, Doc: "L.pop([index]) -> item -- remove and return item at index (default last).\nRaises IndexError if list is empty or index is out of range."},
		MethodDef{Name: "remove", Fn: listRemove, Doc: "L.remove(value) -- remove first occurrence of value.\nRaises ValueError if the value is not present."},
		MethodDef{Name: "index", Fn: listIndex, Doc: "L.index(value, [start, [stop]]) -> integer -- return first index of value.\nRaises ValueError if the value is not present."},
		MethodDef{Name: "count", Fn: listCount, Doc: "L.count(value) -> integer -- return number of occurrences of value"},
		MethodDef{Name: "reverse", Fn: listReverse, Doc: "L.reverse() -- reverse *IN PLACE*"},
		MethodDef{Name: "sort", Fn: listSort, Doc: "L.sort(key=None, reverse=False) -- stable sort *IN PLACE*"},
	)

	ListIteratorType.Iter = selfIter
	ListIteratorType.Next = listIteratorNext
	ListIteratorType.AddMethods(lengthHintDef)
	ListReverseIteratorType.Iter = selfIter
	ListReverseIteratorType.Next = listReverseIteratorNext
	ListReverseIteratorType.AddMethods(lengthHintDef)
}
