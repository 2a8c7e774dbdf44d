package py

// Iteration helpers shared by every container, and the sequence iterator
// of iter(o) for an object with only __getitem__.

// SeqIter iterates over a sequence through __getitem__ with 0, 1, 2, ...
// until IndexError or StopIteration.
type SeqIter struct {
	seq   Object // nil once exhausted
	index int
}

// SeqIterType is the type of a SeqIter ("iterator" in Python).
var SeqIterType = &Type{Name: "iterator"}

// NewSeqIter returns an iterator over seq's items by index.
func NewSeqIter(seq Object) *SeqIter { return &SeqIter{seq: seq} }

// Type returns the iterator type.
func (it *SeqIter) Type() *Type { return SeqIterType }

func seqIterNext(t *Thread, o Object) (Object, error) {
	it := o.(*SeqIter)
	if it.seq == nil {
		return nil, nil
	}
	x, err := GetItem(t, it.seq, NewInt(int64(it.index)))
	if err != nil {
		if ErrorMatches(err, IndexError) || ErrorMatches(err, StopIteration) {
			it.seq = nil
			return nil, nil
		}
		return nil, err
	}
	it.index++
	return x, nil
}

func seqIterLengthHint(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	it := self.(*SeqIter)
	if it.seq == nil {
		return NewInt(0), nil
	}
	n, err := Len(t, it.seq)
	if err != nil {
		return nil, err
	}
	if n -= it.index; n < 0 {
		n = 0
	}
	return NewInt(int64(n)), nil
}

// selfIter is the Iter slot of iterators: iter(it) is it.
func selfIter(t *Thread, o Object) (Object, error) { return o, nil }

// Collect returns the items of any iterable in a new slice that the
// caller owns: what tuple(), list(), sorted() and *args need.
func Collect(t *Thread, iterable Object) ([]Object, error) {
	switch v := iterable.(type) {
	case *List:
		if v.ext.p == nil {
			return copyItems(v.Items), nil
		}
	case *Tuple:
		if v.ext.p == nil {
			return copyItems(v.Items), nil
		}
	}
	return appendIterable(t, nil, iterable)
}

// ItemsOf returns the items of any iterable, without copying those of an
// exact list or tuple: the caller must not change the slice, nor use it
// after running Python code (which could change the list).
func ItemsOf(t *Thread, iterable Object) ([]Object, error) {
	switch v := iterable.(type) {
	case *List:
		if v.ext.p == nil {
			return v.Items, nil
		}
	case *Tuple:
		if v.ext.p == nil {
			return v.Items, nil
		}
	}
	return appendIterable(t, nil, iterable)
}

// exactItems returns the items of an exact list or tuple (not a copy).
func exactItems(o Object) ([]Object, bool) {
	switch v := o.(type) {
	case *List:
		if v.ext.p == nil {
			return v.Items, true
		}
	case *Tuple:
		if v.ext.p == nil {
			return v.Items, true
		}
	}
	return nil, false
}

// seqFast returns the items of an iterable as CPython's PySequence_Fast
// does: an exact list's or tuple's own items (not to be changed), else
// the items iterated into a new slice; an object that is not iterable
// fails with TypeError(msg).
func seqFast(t *Thread, o Object, msg string) ([]Object, error) {
	if items, ok := exactItems(o); ok {
		return items, nil
	}
	it, err := Iter(t, o)
	if err != nil {
		if ErrorMatches(err, TypeError) {
			return nil, Errorf(TypeError, "%s", msg)
		}
		return nil, err
	}
	return drain(t, nil, it)
}

// drain appends the remaining items of the iterator it to items.
func drain(t *Thread, items []Object, it Object) ([]Object, error) {
	next := it.Type().Next
	if next == nil {
		return nil, Errorf(TypeError, "'%s' object is not an iterator", it.Type().Name)
	}
	for {
		x, err := next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return items, nil
		}
		items = append(items, x)
	}
}

// appendIterable appends the items of iterable to items.
func appendIterable(t *Thread, items []Object, iterable Object) ([]Object, error) {
	switch v := iterable.(type) {
	case *List:
		if v.ext.p == nil {
			return append(items, v.Items...), nil
		}
	case *Tuple:
		if v.ext.p == nil {
			return append(items, v.Items...), nil
		}
	}
	it, err := Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	n, err := lengthHint(t, iterable)
	if err != nil {
		return nil, err
	}
	if n > 0 && cap(items)-len(items) < n {
		grown := make([]Object, len(items), len(items)+n)
		copy(grown, items)
		items = grown
	}
	return drain(t, items, it)
}

// lengthHint estimates the number of items of an iterable, to size the
// list being filled: its len() when it has one, else 0. A len() failing
// with anything but a TypeError is an error, as CPython's
// _PyObject_LengthHint.
func lengthHint(t *Thread, o Object) (int, error) {
	typ := o.Type()
	if typ.Len == nil {
		if h, ok := o.(lengthHinter); ok {
			return h.lengthHint(), nil
		}
		return lengthHintMethodOf(t, o)
	}
	n, err := typ.Len(t, o)
	if err != nil {
		if ErrorMatches(err, TypeError) {
			return lengthHintMethodOf(t, o)
		}
		return 0, err
	}
	if n > 1<<20 {
		n = 1 << 20 // a hint, not a promise: do not trust a huge one
	}
	return n, nil
}

// lengthHintMethodOf calls o's __length_hint__ special method when its
// class has one: a TypeError from it, or a result that is not an int,
// means no hint (0); other exceptions propagate.
func lengthHintMethodOf(t *Thread, o Object) (int, error) {
	meth, err := lookupSpecial(t, o, dunderLengthHint)
	if err != nil || meth == nil {
		return 0, err
	}
	r, err := Call(t, meth, nil, nil)
	if err != nil {
		if ErrorMatches(err, TypeError) {
			return 0, nil
		}
		return 0, err
	}
	n, ok := r.(*Int)
	if !ok {
		return 0, nil
	}
	if v, ok := n.Int64(); ok && v > 0 {
		if v > 1<<20 {
			v = 1 << 20
		}
		return int(v), nil
	}
	return 0, nil
}

var dunderLengthHint = InternStr("__length_hint__")

// lengthHinter is a built-in iterator that knows how many items it has
// left.
type lengthHinter interface{ lengthHint() int }

func (it *tupleIterator) lengthHint() int {
	if it.i >= len(it.items) {
		return 0 // exhausted (the items are dropped then)
	}
	return len(it.items) - it.i
}

// UnpackIterable stores the items of iterable in dst, which must be
// exactly as many, as the assignment a, b = iterable does: "need more
// than 1 value to unpack", "too many values to unpack (expected 2)".
func UnpackIterable(t *Thread, iterable Object, dst []Object) error {
	var items []Object
	switch v := iterable.(type) {
	case *Tuple:
		if v.ext.p == nil {
			items = v.Items
		}
	case *List:
		if v.ext.p == nil {
			items = v.Items
		}
	}
	if items != nil {
		if len(items) == len(dst) {
			copy(dst, items)
			return nil
		}
		if len(items) < len(dst) {
			return unpackTooFew(len(items))
		}
		return Errorf(ValueError, "too many values to unpack (expected %d)", len(dst))
	}
	it, err := Iter(t, iterable)
	if err != nil {
		return err
	}
	next := it.Type().Next
	for i := range dst {
		x, err := next(t, it)
		if err != nil {
			return err
		}
		if x == nil {
			return unpackTooFew(i)
		}
		dst[i] = x
	}
	x, err := next(t, it)
	if err != nil {
		return err
	}
	if x != nil {
		return Errorf(ValueError, "too many values to unpack (expected %d)", len(dst))
	}
	return nil
}

func unpackTooFew(n int) error {
	s := "s"
	if n == 1 {
		s = ""
	}
	return Errorf(ValueError, "need more than %d value%s to unpack", n, s)
}

func init() {
	SeqIterType.Iter = selfIter
	SeqIterType.Next = seqIterNext
	SeqIterType.AddMethods(MethodDef{Name: "__length_hint__", Fn: seqIterLengthHint, Doc: "Private method returning an estimate of len(list(it))."})
}
