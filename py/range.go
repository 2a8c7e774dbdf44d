package py

import (
	"math"
	"math/big"
)

// Range is a range object: the ints start, start+step, ... before stop.
// Its bounds may be ints of any size; when they and the length fit in an
// int64 (small), indexing, membership and iteration use machine integers
// and allocate nothing for small results.
type Range struct {
	start, stop, step *Int // as given (after __index__): repr shows them
	length            *Int
	small             bool // start, stop, step and length fit in int64
}

// NewRange returns range(start, stop, step); step must not be 0.
func NewRange(start, stop, step int64) *Range {
	return makeRange(NewInt(start), NewInt(stop), NewInt(step))
}

func makeRange(start, stop, step *Int) *Range {
	r := &Range{start: start, stop: stop, step: step}
	if start.b == nil && stop.b == nil && step.b == nil {
		n := rangeLen64(start.v, stop.v, step.v)
		if n <= math.MaxInt64 {
			r.length = NewInt(int64(n))
			r.small = true
			return r
		}
	}
	lo, hi, st := start.Big(), stop.Big(), step.Big()
	n := new(big.Int)
	if st.Sign() > 0 && lo.Cmp(hi) < 0 {
		n.Sub(hi, lo).Sub(n, bigOne).Quo(n, st).Add(n, bigOne)
	} else if st.Sign() < 0 && lo.Cmp(hi) > 0 {
		n.Sub(lo, hi).Sub(n, bigOne).Quo(n, new(big.Int).Neg(st)).Add(n, bigOne)
	}
	r.length = NewBigInt(n)
	return r
}

// rangeLen64 returns the number of items of range(lo, hi, step), computed
// without overflow.
func rangeLen64(lo, hi, step int64) uint64 {
	switch {
	case step > 0 && lo < hi:
		return (uint64(hi)-uint64(lo)-1)/uint64(step) + 1
	case step < 0 && lo > hi:
		return (uint64(lo)-uint64(hi)-1)/(0-uint64(step)) + 1
	}
	return 0
}

// Type returns range.
func (r *Range) Type() *Type { return RangeType }

// Len returns the length, and false when it does not fit in an int.
func (r *Range) Len() (int, bool) {
	if r.length.b != nil {
		return 0, false
	}
	return int(r.length.v), true
}

// item returns r[i] for 0 <= i < len(r).
func (r *Range) item(i *Int) *Int {
	if r.small && i.b == nil {
		return NewInt(int64(uint64(r.start.v) + uint64(i.v)*uint64(r.step.v)))
	}
	v := new(big.Int).Mul(i.Big(), r.step.Big())
	return NewBigInt(v.Add(v, r.start.Big()))
}

// rangeIndexOf returns the position of the int x in r, or -1 (as a
// *big.Int only when r is not small).
func (r *Range) position(x *Int) (int64, *big.Int, bool) {
	if r.small && x.b == nil {
		d := x.v - r.start.v
		// x - start must lie between 0 and (len-1)*step, with the sign of
		// step, and be a multiple of it.
		if r.step.v > 0 {
			if x.v < r.start.v || x.v >= r.stop.v {
				return 0, nil, false
			}
		} else if x.v > r.start.v || x.v <= r.stop.v {
			return 0, nil, false
		}
		ud := uint64(d)
		if r.step.v < 0 {
			ud = uint64(r.start.v) - uint64(x.v)
			if ud%(0-uint64(r.step.v)) != 0 {
				return 0, nil, false
			}
			return int64(ud / (0 - uint64(r.step.v))), nil, true
		}
		if ud%uint64(r.step.v) != 0 {
			return 0, nil, false
		}
		return int64(ud / uint64(r.step.v)), nil, true
	}
	st := r.step.Big()
	xv, lo, hi := x.Big(), r.start.Big(), r.stop.Big()
	if st.Sign() > 0 {
		if xv.Cmp(lo) < 0 || xv.Cmp(hi) >= 0 {
			return 0, nil, false
		}
	} else if xv.Cmp(lo) > 0 || xv.Cmp(hi) <= 0 {
		return 0, nil, false
	}
	q, m := new(big.Int).QuoRem(new(big.Int).Sub(xv, lo), st, new(big.Int))
	if m.Sign() != 0 {
		return 0, nil, false
	}
	return 0, q, true
}

// isExactIntOrBool reports whether o is an exact int or a bool, for which
// range membership is arithmetic.
func isExactIntOrBool(o Object) (*Int, bool) {
	i, ok := o.(*Int)
	if !ok || i.ext.p != nil && i.ext.p.typ != BoolType {
		return nil, false
	}
	return i, true
}

func rangeNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKeywords("range()", kwnames); err != nil {
		return nil, err
	}
	var a, b, c Object
	if len(args) <= 1 {
		if err := UnpackArgs("range", args, nil, 1, 1, &a); err != nil {
			return nil, err
		}
		stop, err := argsIndex(t, a)
		if err != nil {
			return nil, err
		}
		return makeRange(NewInt(0), stop, NewInt(1)), nil
	}
	if err := UnpackArgs("range", args, nil, 2, 3, &a, &b, &c); err != nil {
		return nil, err
	}
	start, err := argsIndex(t, a)
	if err != nil {
		return nil, err
	}
	stop, err := argsIndex(t, b)
	if err != nil {
		return nil, err
	}
	step := NewInt(1)
	if c != nil {
		if step, err = argsIndex(t, c); err != nil {
			return nil, err
		}
		if step.b == nil && step.v == 0 {
			return nil, Errorf(ValueError, "range() arg 3 must not be zero")
		}
	}
	return makeRange(start, stop, step), nil
}

func rangeLen(t *Thread, o Object) (int, error) {
	n, ok := o.(*Range).Len()
	if !ok {
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return n, nil
}

func rangeRepr(t *Thread, o Object) (Object, error) {
	r := o.(*Range)
	parts := []*Int{r.start, r.stop}
	if r.step.b != nil || r.step.v != 1 {
		parts = append(parts, r.step)
	}
	buf := []byte("range(")
	for i, p := range parts {
		if i > 0 {
			buf = append(buf, ", "...)
		}
		s, err := Repr(t, p)
		if err != nil {
			return nil, err
		}
		buf = append(buf, s.s...)
	}
	buf = append(buf, ')')
	return NewStr(string(buf)), nil
}

func rangeGetItem(t *Thread, o, key Object) (Object, error) {
	r := o.(*Range)
	if k, ok := key.(*Int); ok && k.b == nil && r.small {
		i := k.v
		if i < 0 {
			i += r.length.v
		}
		if i < 0 || i >= r.length.v {
			return nil, Errorf(IndexError, "range object index out of range")
		}
		return NewInt(int64(uint64(r.start.v) + uint64(i)*uint64(r.step.v))), nil
	}
	if hasIndex(key) {
		k, err := argsIndex(t, key)
		if err != nil {
			return nil, err
		}
		i := k.Big()
		n := r.length.Big()
		if i.Sign() < 0 {
			i.Add(i, n)
		}
		if i.Sign() < 0 || i.Cmp(n) >= 0 {
			return nil, Errorf(IndexError, "range object index out of range")
		}
		return r.item(NewBigInt(i)), nil
	}
	if s, ok := key.(*Slice); ok {
		return r.slice(t, s)
	}
	return nil, Errorf(TypeError, "range indices must be integers or slices, not %s", key.Type().Name)
}

// slice returns r[s], a range, computed on ints of any size.
func (r *Range) slice(t *Thread, s *Slice) (Object, error) {
	clamped := 1
	step := big.NewInt(1)
	if s.Step != None {
		var err error
		if clamped, err = sliceIndex(t, s.Step); err != nil {
			return nil, err
		}
		if clamped == 0 {
			return nil, Errorf(ValueError, "slice step cannot be zero")
		}
		st, err := argsIndex(t, s.Step)
		if err != nil {
			return nil, err
		}
		step = st.Big()
	}
	n := r.length.Big()
	last := new(big.Int).Sub(n, bigOne)
	bound := func(o Object, dflt *big.Int) (*big.Int, error) {
		if o == None {
			return dflt, nil
		}
		if !hasIndex(o) {
			return nil, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		k, err := argsIndex(t, o)
		if err != nil {
			return nil, err
		}
		v := k.Big()
		if v.Sign() < 0 {
			v.Add(v, n)
		}
		if v.Sign() < 0 {
			if clamped < 0 {
				return big.NewInt(-1), nil
			}
			return new(big.Int), nil
		}
		if v.Cmp(n) >= 0 {
			if clamped < 0 {
				return last, nil
			}
			return n, nil
		}
		return v, nil
	}
	var dfltStart, dfltStop *big.Int
	if clamped < 0 {
		dfltStart, dfltStop = last, big.NewInt(-1)
	} else {
		dfltStart, dfltStop = new(big.Int), n
	}
	start, err := bound(s.Start, dfltStart)
	if err != nil {
		return nil, err
	}
	stop, err := bound(s.Stop, dfltStop)
	if err != nil {
		return nil, err
	}
	nonEmpty := start.Cmp(stop) < 0
	if clamped < 0 {
		nonEmpty = start.Cmp(stop) > 0
	}
	substep := new(big.Int).Mul(r.step.Big(), step)
	substart := r.item(NewBigInt(new(big.Int).Set(start)))
	substop := substart
	if nonEmpty {
		substop = r.item(NewBigInt(new(big.Int).Set(stop)))
	}
	return makeRange(substart, substop, NewBigInt(substep)), nil
}

func rangeContains(t *Thread, o, x Object) (bool, error) {
	r := o.(*Range)
	if i, ok := isExactIntOrBool(x); ok {
		_, _, in := r.position(i)
		return in, nil
	}
	return iterSearch(t, o, x, searchContains)
}

func rangeCount(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	x, err := OneArg("count", args, kwnames)
	if err != nil {
		return nil, err
	}
	if i, ok := isExactIntOrBool(x); ok {
		if _, _, in := self.(*Range).position(i); in {
			return NewInt(1), nil
		}
		return NewInt(0), nil
	}
	n, err := iterSearchCount(t, self, x)
	if err != nil {
		return nil, err
	}
	return NewInt(int64(n)), nil
}

func rangeIndex(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	x, err := OneArg("index", args, kwnames)
	if err != nil {
		return nil, err
	}
	i, ok := isExactIntOrBool(x)
	if !ok {
		n, err := iterSearchIndex(t, self, x)
		if err != nil {
			return nil, err
		}
		return NewInt(int64(n)), nil
	}
	p, bp, in := self.(*Range).position(i)
	if !in {
		r, err := Repr(t, x)
		if err != nil {
			return nil, err
		}
		return nil, Errorf(ValueError, "%s is not in range", r.s)
	}
	if bp != nil {
		return NewBigInt(bp), nil
	}
	return NewInt(p), nil
}

func rangeReduce(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKwargs("__reduce__", kwnames); err != nil {
		return nil, err
	}
	r := self.(*Range)
	return NewTuple(RangeType, NewTuple(r.start, r.stop, r.step)), nil
}

// rangeIterator iterates over a range whose items and length fit in an
// int64, without allocating for small ints.
type rangeIterator struct {
	next, step int64
	left       int64
}

// longRangeIterator iterates over any other range.
type longRangeIterator struct {
	start, step *big.Int
	index, n    *big.Int
}

// The range iterator types.
var (
	RangeIteratorType     = &Type{Name: "range_iterator"}
	LongRangeIteratorType = &Type{Name: "longrange_iterator"}
)

func (it *rangeIterator) Type() *Type     { return RangeIteratorType }
func (it *longRangeIterator) Type() *Type { return LongRangeIteratorType }

func rangeIteratorNext(t *Thread, o Object) (Object, error) {
	it := o.(*rangeIterator)
	if it.left <= 0 {
		return nil, nil
	}
	v := it.next
	it.next = int64(uint64(v) + uint64(it.step))
	it.left--
	return t.NewInt(v), nil
}

func (it *rangeIterator) lengthHint() int {
	if it.left < 0 {
		return 0
	}
	return int(it.left)
}

func longRangeIteratorNext(t *Thread, o Object) (Object, error) {
	it := o.(*longRangeIterator)
	if it.index.Cmp(it.n) >= 0 {
		return nil, nil
	}
	v := new(big.Int).Mul(it.index, it.step)
	v.Add(v, it.start)
	it.index = new(big.Int).Add(it.index, bigOne)
	return NewBigInt(v), nil
}

func longRangeIteratorLengthHint(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__length_hint__", args, kwnames); err != nil {
		return nil, err
	}
	it := self.(*longRangeIterator)
	return NewBigInt(new(big.Int).Sub(it.n, it.index)), nil
}

// Iter returns an iterator over the range.
func (r *Range) iter() Object {
	if r.small {
		return &rangeIterator{next: r.start.v, step: r.step.v, left: r.length.v}
	}
	return &longRangeIterator{start: r.start.Big(), step: r.step.Big(), index: new(big.Int), n: r.length.Big()}
}

func rangeIter(t *Thread, o Object) (Object, error) { return o.(*Range).iter(), nil }

func rangeReversed(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__reversed__", args, kwnames); err != nil {
		return nil, err
	}
	r := self.(*Range)
	// CPython uses its fast iterator when start, stop, step, -step,
	// start-step and the length fit in a C long.
	if r.small && r.step.v != math.MinInt64 {
		lo, st := r.start.v, r.step.v
		fits := true
		if st > 0 {
			fits = uint64(lo)-1<<63 >= uint64(st)
		} else {
			fits = uint64(math.MaxInt64)-uint64(lo) >= 0-uint64(st)
		}
		if fits {
			n := r.length.v
			return &rangeIterator{next: int64(uint64(lo) + uint64(n-1)*uint64(st)), step: -st, left: n}, nil
		}
	}
	n := r.length.Big()
	start := new(big.Int).Sub(n, bigOne)
	start.Mul(start, r.step.Big()).Add(start, r.start.Big())
	return &longRangeIterator{start: start, step: new(big.Int).Neg(r.step.Big()), index: new(big.Int), n: n}, nil
}

// Searching by iteration (CPython's _PySequence_IterSearch), for values
// that are not ints.

type searchOp int

const (
	searchContains searchOp = iota
	searchCount
	searchIndex
)

// iterSearch iterates over seq comparing each item with x: whether it is
// there, how many times, or the position of the first.
func iterSearch(t *Thread, seq, x Object, op searchOp) (bool, error) {
	n, err := iterSearchN(t, seq, x, op)
	return n > 0, err
}

func iterSearchCount(t *Thread, seq, x Object) (int, error) {
	return iterSearchN(t, seq, x, searchCount)
}

func iterSearchIndex(t *Thread, seq, x Object) (int, error) {
	n, err := iterSearchN(t, seq, x, searchIndex)
	if err != nil {
		return 0, err
	}
	return n - 1, nil
}

// iterSearchN returns, for searchContains 1 or 0, for searchCount the
// count, for searchIndex the position of the first match plus one (or the
// ValueError).
func iterSearchN(t *Thread, seq, x Object, op searchOp) (int, error) {
	it, err := Iter(t, seq)
	if err != nil {
		if ErrorMatches(err, TypeError) {
			return 0, Errorf(TypeError, "argument of type '%s' is not iterable", seq.Type().Name)
		}
		return 0, err
	}
	n, pos := 0, 0
	for {
		item, err := Next(t, it)
		if err != nil {
			return 0, err
		}
		if item == nil {
			break
		}
		eq, err := objEqual(t, item, x)
		if err != nil {
			return 0, err
		}
		if eq {
			switch op {
			case searchContains:
				return 1, nil
			case searchIndex:
				return pos + 1, nil
			}
			n++
		}
		pos++
	}
	if op == searchIndex {
		return 0, Errorf(ValueError, "sequence.index(x): x not in sequence")
	}
	return n, nil
}

func init() {
	RangeType.Doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturns a virtual sequence of numbers from start to stop by step."
	RangeType.New = rangeNew
	RangeType.Repr = rangeRepr
	RangeType.Len = rangeLen
	RangeType.GetItem = rangeGetItem
	RangeType.Contains = rangeContains
	RangeType.Iter = rangeIter
	RangeType.AddMethods(
		MethodDef{Name: "__reversed__", Fn: rangeReversed, Doc: "Returns a reverse iterator."},
		MethodDef{Name: "__reduce__", Fn: rangeReduce},
		MethodDef{Name: "count", Fn: rangeCount, Doc: "rangeobject.count(value) -> integer -- return number of occurrences of value"},
		MethodDef{Name: "index", Fn: rangeIndex, Doc: "rangeobject.index(value, [start, [stop]]) -> integer -- return index of value.\nRaises ValueError if the value is not present."},
	)
	RangeIteratorType.Iter = selfIter
	RangeIteratorType.Next = rangeIteratorNext
	RangeIteratorType.AddMethods(lengthHintDef)
	LongRangeIteratorType.Iter = selfIter
	LongRangeIteratorType.Next = longRangeIteratorNext
	LongRangeIteratorType.AddMethods(MethodDef{Name: "__length_hint__", Fn: longRangeIteratorLengthHint, Doc: "Private method returning an estimate of len(list(it))."})
}
