package py

import "math/big"

// The iterator types of the builtins module: enumerate, zip, map, filter
// and reversed (the builtins package registers them under their names).

// The builtin iterator types.
var (
	EnumerateType = &Type{Name: "enumerate", Flags: FlagBaseType}
	ZipType       = &Type{Name: "zip", Flags: FlagBaseType}
	MapType       = &Type{Name: "map", Flags: FlagBaseType}
	FilterType    = &Type{Name: "filter", Flags: FlagBaseType}
	ReversedType  = &Type{Name: "reversed", Flags: FlagBaseType}
)

// Enumerate is an enumerate object.
type Enumerate struct {
	ext
	it    Object
	index int64
	big   *big.Int // the index once it no longer fits in index
}

// Type returns enumerate, or the subclass.
func (e *Enumerate) Type() *Type {
	if e.ext.p != nil {
		return e.ext.p.typ
	}
	return EnumerateType
}

func enumerateNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	var seq, start Object
	if err := ParseArgs("enumerate", args, kwnames, []string{"iterable", "start"}, 1, &seq, &start); err != nil {
		return nil, err
	}
	e := &Enumerate{ext: newExt(typ, EnumerateType)}
	if start != nil {
		i, err := argsIndex(t, start)
		if err != nil {
			return nil, err
		}
		if i.b != nil || i.v == 1<<63-1 {
			e.big = i.Big()
		} else {
			e.index = i.v
		}
	}
	it, err := Iter(t, seq)
	if err != nil {
		return nil, err
	}
	e.it = it
	return e, nil
}

func enumerateNext(t *Thread, o Object) (Object, error) {
	e := o.(*Enumerate)
	x, err := Next(t, e.it)
	if err != nil || x == nil {
		return nil, err
	}
	var i Object
	if e.big == nil {
		i = t.NewInt(e.index)
		if e.index++; e.index == 1<<63-1 {
			e.big = big.NewInt(e.index)
		}
	} else {
		i = NewBigInt(new(big.Int).Set(e.big))
		e.big.Add(e.big, bigOne)
	}
	return NewTuple2(i, x), nil
}

// Zip is a zip object.
type Zip struct {
	ext
	iters []Object // nil once exhausted
}

// Type returns zip, or the subclass.
func (z *Zip) Type() *Type {
	if z.ext.p != nil {
		return z.ext.p.typ
	}
	return ZipType
}

func zipNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	if typ == ZipType {
		if err := NoKeywords("zip()", kwnames); err != nil {
			return nil, err
		}
	}
	args = args[:NumPos(args, kwnames)]
	iters := make([]Object, len(args))
	for i, a := range args {
		it, err := Iter(t, a)
		if err != nil {
			if ErrorMatches(err, TypeError) {
				return nil, Errorf(TypeError, "zip argument #%d must support iteration", i+1)
			}
			return nil, err
		}
		iters[i] = it
	}
	return &Zip{ext: newExt(typ, ZipType), iters: iters}, nil
}

func zipNext(t *Thread, o Object) (Object, error) {
	z := o.(*Zip)
	if len(z.iters) == 0 {
		return nil, nil
	}
	r := MakeTuple(len(z.iters))
	for i, it := range z.iters {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return nil, nil
		}
		r.Items[i] = x
	}
	return r, nil
}

// Map is a map object.
type Map struct {
	ext
	fn    Object
	iters []Object
	args  []Object // the arguments of the next call, reused
	busy  bool     // args is in use by a call
}

// Type returns map, or the subclass.
func (m *Map) Type() *Type {
	if m.ext.p != nil {
		return m.ext.p.typ
	}
	return MapType
}

func mapNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	if typ == MapType {
		if err := NoKeywords("map()", kwnames); err != nil {
			return nil, err
		}
	}
	args = args[:NumPos(args, kwnames)]
	if len(args) < 2 {
		return nil, Errorf(TypeError, "map() must have at least two arguments.")
	}
	iters := make([]Object, len(args)-1)
	for i, a := range args[1:] {
		it, err := Iter(t, a)
		if err != nil {
			return nil, err
		}
		iters[i] = it
	}
	return &Map{ext: newExt(typ, MapType), fn: args[0], iters: iters, args: make([]Object, len(iters))}, nil
}

func mapNext(t *Thread, o Object) (Object, error) {
	m := o.(*Map)
	if m.busy {
		// The function runs this map's next again (through a generator,
		// say): the arguments it was given are still in use.
		args := make([]Object, len(m.iters))
		for i, it := range m.iters {
			x, err := Next(t, it)
			if err != nil || x == nil {
				return nil, err
			}
			args[i] = x
		}
		return Call(t, m.fn, args, nil)
	}
	args := m.args
	m.busy = true
	for i, it := range m.iters {
		x, err := Next(t, it)
		if err != nil || x == nil {
			m.busy = false
			clear(args)
			return nil, err
		}
		args[i] = x
	}
	r, err := Call(t, m.fn, args, nil)
	m.busy = false
	clear(args)
	return r, err
}

// Filter is a filter object.
type Filter struct {
	ext
	fn Object // None (or bool) to test the items' truth
	it Object
}

// Type returns filter, or the subclass.
func (f *Filter) Type() *Type {
	if f.ext.p != nil {
		return f.ext.p.typ
	}
	return FilterType
}

func filterNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	if typ == FilterType {
		if err := NoKeywords("filter()", kwnames); err != nil {
			return nil, err
		}
	}
	var fn, seq Object
	if err := UnpackArgs("filter", args[:NumPos(args, kwnames)], nil, 2, 2, &fn, &seq); err != nil {
		return nil, err
	}
	it, err := Iter(t, seq)
	if err != nil {
		return nil, err
	}
	return &Filter{ext: newExt(typ, FilterType), fn: fn, it: it}, nil
}

func filterNext(t *Thread, o Object) (Object, error) {
	f := o.(*Filter)
	next := f.it.Type().Next
	if next == nil {
		return Next(t, f.it)
	}
	var arg [1]Object
	for {
		x, err := next(t, f.it)
		if err != nil || x == nil {
			return nil, err
		}
		var ok bool
		if f.fn == None || f.fn == BoolType {
			ok, err = IsTrue(t, x)
		} else {
			arg[0] = x
			var r Object
			if r, err = Call(t, f.fn, arg[:], nil); err == nil {
				ok, err = IsTrue(t, r)
			}
		}
		if err != nil {
			return nil, err
		}
		if ok {
			return x, nil
		}
	}
}

// Reversed is the reverse iterator of reversed(seq) over a sequence
// without __reversed__.
type Reversed struct {
	ext
	seq   Object // nil once exhausted
	index int
}

// Type returns reversed, or the subclass.
func (r *Reversed) Type() *Type {
	if r.ext.p != nil {
		return r.ext.p.typ
	}
	return ReversedType
}

var strReversed = NewStr("__reversed__")

func reversedNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	if typ == ReversedType {
		if err := NoKeywords("reversed()", kwnames); err != nil {
			return nil, err
		}
	}
	var seq Object
	if err := UnpackArgs("reversed", args[:NumPos(args, kwnames)], nil, 1, 1, &seq); err != nil {
		return nil, err
	}
	if typ == ReversedType {
		switch s := seq.(type) {
		case *List:
			if s.ext.p == nil {
				return &listReverseIterator{list: s, i: len(s.Items) - 1}, nil
			}
		case *Range:
			return rangeReversed(t, s, nil, nil)
		}
	}
	if m := seq.Type().Lookup(strReversed); m != nil {
		return callDescr(t, m, seq)
	}
	st := seq.Type()
	if st.GetItem == nil || st.IsSubtype(DictType) {
		return nil, Errorf(TypeError, "argument to reversed() must be a sequence")
	}
	n, err := Len(t, seq)
	if err != nil {
		return nil, err
	}
	return &Reversed{ext: newExt(typ, ReversedType), seq: seq, index: n - 1}, nil
}

func reversedNext(t *Thread, o Object) (Object, error) {
	r := o.(*Reversed)
	if r.seq == nil {
		return nil, nil
	}
	if r.index >= 0 {
		x, err := GetItem(t, r.seq, NewInt(int64(r.index)))
		if err == nil {
			r.index--
			return x, nil
		}
		if !ErrorMatches(err, IndexError) && !ErrorMatches(err, StopIteration) {
			return nil, err
		}
	}
	r.index = -1
	r.seq = nil
	return nil, nil
}

func reversedLengthHint(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__length_hint__", args, kwnames); err != nil {
		return nil, err
	}
	r := self.(*Reversed)
	if r.seq == nil {
		return NewInt(0), nil
	}
	n, err := Len(t, r.seq)
	if err != nil {
		return nil, err
	}
	if pos := r.index + 1; n >= pos {
		return NewInt(int64(pos)), nil
	}
	return NewInt(0), nil
}

func init() {
	EnumerateType.Doc = "enumerate(iterable[, start]) -> iterator for index, value of iterable\n\nReturn an enumerate object.  iterable must be another object that supports\niteration.  The enumerate object yields pairs containing a count (from\nstart, which defaults to zero) and a value yielded by the iterable argument.\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ..."
	EnumerateType.New = enumerateNew
	EnumerateType.Iter = selfIter
	EnumerateType.Next = enumerateNext

	ZipType.Doc = "zip(iter1 [,iter2 [...]]) --> zip object\n\nReturn a zip object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the shortest iterable in the argument sequence\nis exhausted and then it raises StopIteration."
	ZipType.New = zipNew
	ZipType.Iter = selfIter
	ZipType.Next = zipNext

	MapType.Doc = "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted."
	MapType.New = mapNew
	MapType.Iter = selfIter
	MapType.Next = mapNext

	FilterType.Doc = "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true."
	FilterType.New = filterNew
	FilterType.Iter = selfIter
	FilterType.Next = filterNext

	ReversedType.Doc = "reversed(sequence) -> reverse iterator over values of the sequence\n\nReturn a reverse iterator"
	ReversedType.New = reversedNew
	ReversedType.Iter = selfIter
	ReversedType.Next = reversedNext
	ReversedType.AddMethods(MethodDef{Name: "__length_hint__", Fn: reversedLengthHint, Doc: "Private method returning an estimate of len(list(it))."})

	// The containers' types that register no methods, for Init to finish.
	RegisterTypes(EnumerateType, ZipType, MapType, FilterType, DictValuesType)
}
