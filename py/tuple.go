package py

import "math"

// Tuple is a Python tuple.
type Tuple struct {
	ext
	Items []Object // not to be changed once the tuple is visible to Python code
	reprGuard
}

// NewTuple returns a tuple of items (which it keeps).
func NewTuple(items ...Object) *Tuple {
	if len(items) == 0 && emptyTuple != nil {
		return emptyTuple
	}
	return &Tuple{Items: items}
}

var emptyTuple = &Tuple{Items: []Object{}}

// MakeTuple returns a tuple of n items, all nil, for the caller to fill
// before the tuple is seen by Python code. A small tuple and its items
// are one allocation.
func MakeTuple(n int) *Tuple {
	switch n {
	case 0:
		return emptyTuple
	case 1:
		p := &struct {
			Tuple
			a [1]Object
		}{}
		p.Items = p.a[:]
		return &p.Tuple
	case 2:
		p := &struct {
			Tuple
			a [2]Object
		}{}
		p.Items = p.a[:]
		return &p.Tuple
	case 3:
		p := &struct {
			Tuple
			a [3]Object
		}{}
		p.Items = p.a[:]
		return &p.Tuple
	case 4:
		p := &struct {
			Tuple
			a [4]Object
		}{}
		p.Items = p.a[:]
		return &p.Tuple
	case 5:
		p := &struct {
			Tuple
			a [5]Object
		}{}
		p.Items = p.a[:]
		return &p.Tuple
	case 6:
		p := &struct {
			Tuple
			a [6]Object
		}{}
		p.Items = p.a[:]
		return &p.Tuple
	case 7, 8:
		p := &struct {
			Tuple
			a [8]Object
		}{}
		p.Items = p.a[:n:n]
		return &p.Tuple
	}
	return &Tuple{Items: make([]Object, n)}
}

// NewTuple2 returns the tuple (a, b) in one allocation.
func NewTuple2(a, b Object) *Tuple {
	t := MakeTuple(2)
	t.Items[0], t.Items[1] = a, b
	return t
}

// Type returns tuple, or the subclass.
func (t *Tuple) Type() *Type {
	if t.ext.p != nil {
		return t.ext.p.typ
	}
	return TupleType
}

// newExt returns the ext of a new instance of typ, whose built-in base is
// base: empty for base itself.
func newExt(typ, base *Type) ext {
	if typ == base {
		return ext{}
	}
	return ext{&extData{typ: typ}}
}

// reprGuard marks a container whose repr is being computed, so that a
// container that contains itself prints as [...] (CPython's
// Py_ReprEnter/Py_ReprLeave, which keep the mark per thread).
type reprGuard struct{ inRepr bool }

func (g *reprGuard) reprEnter() bool {
	if g.inRepr {
		return false
	}
	g.inRepr = true
	return true
}

func (g *reprGuard) reprLeave() { g.inRepr = false }

// enterRecursive is t.Enter with CPython's Py_EnterRecursiveCall(where)
// message: "maximum recursion depth exceeded while getting the repr of a
// list". t.Leave undoes it.
func enterRecursive(t *Thread, where string) error {
	t.Depth++
	if t.Depth > t.Interp.RecursionLimit {
		t.Depth--
		return Errorf(RuntimeError, "maximum recursion depth exceeded%s", where)
	}
	return nil
}

// appendReprs appends the reprs of items, separated by ", ", to buf.
// items is re-read at each step, since a repr may change a list.
func appendReprs(t *Thread, buf []byte, items *[]Object) ([]byte, error) {
	for i := 0; i < len(*items); i++ {
		if i > 0 {
			buf = append(buf, ", "...)
		}
		r, err := Repr(t, (*items)[i])
		if err != nil {
			return nil, err
		}
		buf = append(buf, r.s...)
	}
	return buf, nil
}

func tupleRepr(t *Thread, o Object) (Object, error) {
	tu := o.(*Tuple)
	if len(tu.Items) == 0 {
		return NewStr("()"), nil
	}
	if !tu.reprEnter() {
		return NewStr("(...)"), nil
	}
	defer tu.reprLeave()
	if err := enterRecursive(t, " while getting the repr of a tuple"); err != nil {
		return nil, err
	}
	defer t.Leave()
	buf := make([]byte, 0, 2+8*len(tu.Items))
	buf = append(buf, '(')
	buf, err := appendReprs(t, buf, &tu.Items)
	if err != nil {
		return nil, err
	}
	if len(tu.Items) == 1 {
		buf = append(buf, ',')
	}
	buf = append(buf, ')')
	return NewStr(string(buf)), nil
}

// tupleHash is 3.2's tuple hash, over the hashes of the items.
func tupleHash(t *Thread, o Object) (int64, error) {
	items := o.(*Tuple).Items
	x := uint64(0x345678)
	mult := uint64(1000003)
	for i, item := range items {
		y, err := Hash(t, item)
		if err != nil {
			return 0, err
		}
		x = (x ^ uint64(y)) * mult
		n := uint64(len(items) - 1 - i)
		mult += 82520 + n + n
	}
	x += 97531
	if int64(x) == -1 {
		return -2, nil
	}
	return int64(x), nil
}

// objEqual reports whether a == b as containers test it: identity first,
// then directly for exact strs and small ints, else by ==.
func objEqual(t *Thread, a, b Object) (bool, error) {
	if a == b {
		return true, nil
	}
	switch x := a.(type) {
	case *Str:
		if y, ok := b.(*Str); ok && x.ext.p == nil && y.ext.p == nil {
			return x.s == y.s, nil
		}
	case *Int:
		if y, ok := b.(*Int); ok && x.ext.p == nil && y.ext.p == nil && x.b == nil && y.b == nil {
			return x.v == y.v, nil
		}
	}
	return Equal(t, a, b)
}

// compareBool returns the truth of a op b, directly for exact ints that
// fit in an int64, strs and floats of the same kind.
func compareBool(t *Thread, a, b Object, op CompareOp) (bool, error) {
	switch x := a.(type) {
	case *Int:
		if y, ok := b.(*Int); ok && x.ext.p == nil && y.ext.p == nil && x.b == nil && y.b == nil {
			return cmpResult(op, x.v < y.v, x.v == y.v), nil
		}
	case *Str:
		if y, ok := b.(*Str); ok && x.ext.p == nil && y.ext.p == nil {
			return cmpResult(op, x.s < y.s, x.s == y.s), nil
		}
	case *Float:
		if y, ok := b.(*Float); ok && x.ext.p == nil && y.ext.p == nil {
			switch op {
			case LT:
				return x.v < y.v, nil
			case LE:
				return x.v <= y.v, nil
			case EQ:
				return x.v == y.v, nil
			case NE:
				return x.v != y.v, nil
			case GT:
				return x.v > y.v, nil
			default:
				return x.v >= y.v, nil
			}
		}
	}
	r, err := RichCompare(t, a, b, op)
	if err != nil {
		return false, err
	}
	if r == True {
		return true, nil
	}
	if r == False {
		return false, nil
	}
	return IsTrue(t, r)
}

// cmpResult turns an ordering (less, equal) of totally ordered values
// into the truth of op.
func cmpResult(op CompareOp, less, equal bool) bool {
	switch op {
	case LT:
		return less
	case LE:
		return less || equal
	case EQ:
		return equal
	case NE:
		return !equal
	case GT:
		return !less && !equal
	default:
		return !less
	}
}

// seqCompare compares two sequences lexicographically, as tuples and
// lists do: the first pair of items that are not equal decides, else the
// lengths. The slices are re-read at each step, since an __eq__ may change
// a list.
func seqCompare(t *Thread, a, b *[]Object, op CompareOp) (Object, error) {
	i := 0
	for ; i < len(*a) && i < len(*b); i++ {
		eq, err := objEqual(t, (*a)[i], (*b)[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= len(*a) || i >= len(*b) {
		la, lb := len(*a), len(*b)
		return NewBool(cmpResult(op, la < lb, la == lb)), nil
	}
	switch op {
	case EQ:
		return False, nil
	case NE:
		return True, nil
	}
	return RichCompare(t, (*a)[i], (*b)[i], op)
}

// tupleCompare compares tuples of items.
func tupleCompare(t *Thread, a, b []Object, op CompareOp) (Object, error) {
	return seqCompare(t, &a, &b, op)
}

func tupleRichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	ta, ok1 := a.(*Tuple)
	tb, ok2 := b.(*Tuple)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return seqCompare(t, &ta.Items, &tb.Items, op)
}

func tupleLen(t *Thread, o Object) (int, error) { return len(o.(*Tuple).Items), nil }

// seqContains reports whether item is one of items (re-read at each
// step).
func seqContains(t *Thread, items *[]Object, item Object) (bool, error) {
	for i := 0; i < len(*items); i++ {
		eq, err := objEqual(t, (*items)[i], item)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func tupleContains(t *Thread, o, item Object) (bool, error) {
	return seqContains(t, &o.(*Tuple).Items, item)
}

func tupleGetItem(t *Thread, o, key Object) (Object, error) {
	tu := o.(*Tuple)
	if k, ok := key.(*Int); ok && k.b == nil {
		i := k.v
		if i < 0 {
			i += int64(len(tu.Items))
		}
		if uint64(i) >= uint64(len(tu.Items)) {
			return nil, Errorf(IndexError, "tuple index out of range")
		}
		return tu.Items[i], nil
	}
	i, ok, err := seqIndex(t, key)
	if err != nil {
		return nil, err
	}
	if ok {
		if i < 0 {
			i += len(tu.Items)
		}
		if i < 0 || i >= len(tu.Items) {
			return nil, Errorf(IndexError, "tuple index out of range")
		}
		return tu.Items[i], nil
	}
	s, ok := key.(*Slice)
	if !ok {
		return nil, indicesTypeError("tuple", key)
	}
	start, _, step, n, err := s.Indices(t, len(tu.Items))
	if err != nil {
		return nil, err
	}
	return tu.slice(start, step, n), nil
}

// slice returns the n items from start by step, as a tuple (the tuple
// itself when that is all of it).
func (tu *Tuple) slice(start, step, n int) *Tuple {
	if step == 1 && n == len(tu.Items) && tu.ext.p == nil {
		return tu
	}
	r := MakeTuple(n)
	for j := range r.Items {
		r.Items[j] = tu.Items[start+j*step]
	}
	return r
}

// copyItems returns a copy of items.
func copyItems(items []Object) []Object {
	if len(items) == 0 {
		return nil
	}
	c := make([]Object, len(items))
	copy(c, items)
	return c
}

// canHandleOperand reports whether a binary operator's other operand may
// still take over when a built-in sequence cannot use it: a class written
// in Python with the operator's slot (its reflected method).
func canHandleOperand(o Object, sel binarySlot) bool {
	typ := o.Type()
	return typ.Flags&FlagHeapType != 0 && sel(typ) != nil
}

func tupleAdd(t *Thread, a, b Object) (Object, error) {
	ta, ok := a.(*Tuple)
	if !ok {
		return NotImplemented, nil
	}
	tb, ok := b.(*Tuple)
	if !ok {
		if canHandleOperand(b, SlotAdd) {
			return NotImplemented, nil
		}
		return nil, Errorf(TypeError, "can only concatenate tuple (not \"%s\") to tuple", b.Type().Name)
	}
	r := MakeTuple(len(ta.Items) + len(tb.Items))
	copy(r.Items[copy(r.Items, ta.Items):], tb.Items)
	return r, nil
}

// repeatCount returns the count of a sequence repetition seq * n or
// n * seq, where seq is the operand for which isSeq holds: ok false when
// neither arrangement applies (so the slot returns NotImplemented), or the
// TypeError "can't multiply sequence by non-int of type 'float'".
func repeatCount(t *Thread, a, b Object, isSeq func(Object) bool) (seq Object, n int, ok bool, err error) {
	var other Object
	switch {
	case isSeq(a):
		seq, other = a, b
	case isSeq(b):
		seq, other = b, a
	default:
		return nil, 0, false, nil
	}
	if k, isInt := other.(*Int); isInt && k.b == nil {
		return seq, int(k.v), true, nil
	}
	if !hasIndex(other) {
		if canHandleOperand(other, SlotMul) {
			return nil, 0, false, nil
		}
		return nil, 0, false, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", other.Type().Name)
	}
	n, err = asSsize(t, other, OverflowError)
	return seq, n, err == nil, err
}

// repeatItems returns items repeated n times (none when n <= 0), or a
// MemoryError when that is too many.
func repeatItems(items []Object, n int) ([]Object, error) {
	if n <= 0 || len(items) == 0 {
		return nil, nil
	}
	if n > math.MaxInt32/len(items) {
		return nil, Errorf(MemoryError, "")
	}
	r := make([]Object, len(items)*n)
	if len(items) == 1 {
		x := items[0]
		for i := range r {
			r[i] = x
		}
		return r, nil
	}
	done := copy(r, items)
	for done < len(r) {
		done += copy(r[done:], r[:done])
	}
	return r, nil
}

func isTuple(o Object) bool {
	_, ok := o.(*Tuple)
	return ok
}

func tupleMul(t *Thread, a, b Object) (Object, error) {
	seq, n, ok, err := repeatCount(t, a, b, isTuple)
	if err != nil || !ok {
		if err == nil {
			return NotImplemented, nil
		}
		return nil, err
	}
	tu := seq.(*Tuple)
	if n == 1 && tu.ext.p == nil {
		return tu, nil
	}
	items, err := repeatItems(tu.Items, n)
	if err != nil {
		return nil, err
	}
	return NewTuple(items...), nil
}

func tupleIter(t *Thread, o Object) (Object, error) {
	return &tupleIterator{items: o.(*Tuple).Items}, nil
}

func tupleNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	var seq Object
	if len(args) != 0 {
		if err := ParseArgs("tuple", args, kwnames, []string{"sequence"}, 0, &seq); err != nil {
			return nil, err
		}
	}
	if typ == TupleType {
		if seq == nil {
			return emptyTuple, nil
		}
		if tu, ok := seq.(*Tuple); ok && tu.ext.p == nil {
			return tu, nil
		}
	}
	var items []Object
	if l, ok := seq.(*List); ok {
		// As PySequence_Tuple, a list subclass's own items, not its
		// __iter__'s.
		items = copyItems(l.Items)
	} else if seq != nil {
		var err error
		if items, err = Collect(t, seq); err != nil {
			return nil, err
		}
	}
	if typ == TupleType {
		return NewTuple(items...), nil
	}
	if items == nil {
		items = []Object{}
	}
	return &Tuple{ext: newExt(typ, TupleType), Items: items}, nil
}

// seqSearchBounds resolves the optional start and stop arguments of
// index(): slice indices, relative to the end when negative.
func seqSearchBounds(t *Thread, args []Object, n int) (start, stop int, err error) {
	start, stop = 0, n
	if len(args) > 1 {
		if start, err = sliceIndex(t, args[1]); err != nil {
			return
		}
		if start < 0 {
			if start += n; start < 0 {
				start = 0
			}
		}
	}
	if len(args) > 2 {
		if stop, err = sliceIndex(t, args[2]); err != nil {
			return
		}
		if stop < 0 {
			if stop += n; stop < 0 {
				stop = 0
			}
		}
	}
	return
}

func tupleIndex(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKwargs("index", kwnames); err != nil {
		return nil, err
	}
	if err := CheckArgCount("index", len(args), 1, 3); err != nil {
		return nil, err
	}
	items := self.(*Tuple).Items
	start, stop, err := seqSearchBounds(t, args, len(items))
	if err != nil {
		return nil, err
	}
	for i := start; i < stop && i < len(items); i++ {
		eq, err := objEqual(t, items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return NewInt(int64(i)), nil
		}
	}
	return nil, Errorf(ValueError, "tuple.index(x): x not in tuple")
}

// seqCount counts the items equal to x (items re-read at each step).
func seqCount(t *Thread, items *[]Object, x Object) (Object, error) {
	n := 0
	for i := 0; i < len(*items); i++ {
		eq, err := objEqual(t, (*items)[i], x)
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return NewInt(int64(n)), nil
}

func tupleCount(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	x, err := OneArg("count", args, kwnames)
	if err != nil {
		return nil, err
	}
	return seqCount(t, &self.(*Tuple).Items, x)
}

func tupleGetNewArgs(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__getnewargs__", args, kwnames); err != nil {
		return nil, err
	}
	return NewTuple(NewTuple(copyItems(self.(*Tuple).Items)...)), nil
}

// tupleIterator iterates over a tuple's items.
type tupleIterator struct {
	items []Object // nil once exhausted
	i     int
}

// TupleIteratorType is the type of iter(tuple).
var TupleIteratorType = &Type{Name: "tuple_iterator"}

func (it *tupleIterator) Type() *Type { return TupleIteratorType }

func tupleIteratorNext(t *Thread, o Object) (Object, error) {
	it := o.(*tupleIterator)
	if it.i < len(it.items) {
		x := it.items[it.i]
		it.i++
		return x, nil
	}
	it.items = nil
	return nil, nil
}

func init() {
	TupleType.Doc = "tuple() -> empty tuple\ntuple(iterable) -> tuple initialized from iterable's items\n\nIf the argument is a tuple, the return value is the same object."
	TupleType.New = tupleNew
	TupleType.Repr = tupleRepr
	TupleType.Hash = tupleHash
	TupleType.RichCompare = tupleRichCompare
	TupleType.Iter = tupleIter
	TupleType.Len = tupleLen
	TupleType.GetItem = tupleGetItem
	TupleType.Contains = tupleContains
	TupleType.Add = tupleAdd
	TupleType.Mul = tupleMul
	TupleType.AddMethods(
		MethodDef{Name: "__getnewargs__", Fn: tupleGetNewArgs},
		MethodDef{Name: "index", Fn: tupleIndex, Doc: "T.index(value, [start, [stop]]) -> integer -- return first index of value.\nRaises ValueError if the value is not present."},
		MethodDef{Name: "count", Fn: tupleCount, Doc: "T.count(value) -> integer -- return number of occurrences of value"},
	)

	TupleIteratorType.Iter = selfIter
	TupleIteratorType.Next = tupleIteratorNext
	TupleIteratorType.AddMethods(lengthHintDef)
}
