package py

import "math"

// Slice is a slice object, as a[start:stop:step] builds: each bound is
// None when omitted.
type Slice struct {
	Start, Stop, Step Object
}

// NewSlice returns slice(start, stop, step); a nil bound is None.
func NewSlice(start, stop, step Object) *Slice {
	if start == nil {
		start = None
	}
	if stop == nil {
		stop = None
	}
	if step == nil {
		step = None
	}
	return &Slice{start, stop, step}
}

// Type returns slice.
func (s *Slice) Type() *Type { return SliceType }

// Indices resolves the slice against a sequence of the given length, as
// CPython's PySlice_GetIndicesEx: the start, stop and step to iterate with
// (step never 0) and the number of items selected. A bound must be None
// or have __index__ ("slice indices must be integers or None or have an
// __index__ method"); a huge one is clamped; a zero step is a ValueError.
// Every sequence type resolves its slices with it.
func (s *Slice) Indices(t *Thread, length int) (start, stop, step, n int, err error) {
	return sliceBounds(t, s.Start, s.Stop, s.Step, length)
}

// sliceBounds is Indices for the bounds of a slice not made into an
// object (None for an omitted one).
func sliceBounds(t *Thread, startObj, stopObj, stepObj Object, length int) (start, stop, step, n int, err error) {
	step = 1
	if stepObj != None {
		if step, err = sliceIndex(t, stepObj); err != nil {
			return
		}
		if step == 0 {
			err = Errorf(ValueError, "slice step cannot be zero")
			return
		}
		if step < -math.MaxInt {
			step = -math.MaxInt
		}
	}
	if startObj == None {
		if step < 0 {
			start = length - 1
		}
	} else {
		if start, err = sliceIndex(t, startObj); err != nil {
			return
		}
		start = clampSliceBound(start, length, step)
	}
	if stopObj == None {
		if step < 0 {
			stop = -1
		} else {
			stop = length
		}
	} else {
		if stop, err = sliceIndex(t, stopObj); err != nil {
			return
		}
		stop = clampSliceBound(stop, length, step)
	}
	n = SliceLength(start, stop, step)
	return
}

// GetSlice returns seq[start:stop:step] (each bound None when omitted),
// without making a slice object for an exact list, tuple or str: what the
// evaluator can use for BUILD_SLICE followed by BINARY_SUBSCR.
func GetSlice(t *Thread, seq, start, stop, step Object) (Object, error) {
	switch v := seq.(type) {
	case *List:
		if v.ext.p == nil {
			lo, _, st, n, err := sliceBounds(t, start, stop, step, len(v.Items))
			if err != nil {
				return nil, err
			}
			return v.slice(lo, st, n), nil
		}
	case *Tuple:
		if v.ext.p == nil {
			lo, _, st, n, err := sliceBounds(t, start, stop, step, len(v.Items))
			if err != nil {
				return nil, err
			}
			return v.slice(lo, st, n), nil
		}
	case *Str:
		if v.ext.p == nil {
			return v.slice(t, start, stop, step)
		}
	}
	return GetItem(t, seq, NewSlice(start, stop, step))
}

// SetSlice is seq[start:stop:step] = value, or del seq[start:stop:step]
// when value is nil, without making a slice object for an exact list.
func SetSlice(t *Thread, seq, start, stop, step, value Object) error {
	if l, ok := seq.(*List); ok && l.ext.p == nil {
		return l.setSlice(t, start, stop, step, value)
	}
	return SetItem(t, seq, NewSlice(start, stop, step), value)
}

// clampSliceBound makes an explicit slice bound relative to the end
// absolute and brings it into the range of the sequence.
func clampSliceBound(i, length, step int) int {
	if i < 0 {
		i += length
		if i < 0 {
			if step < 0 {
				return -1
			}
			return 0
		}
	}
	if i >= length {
		if step < 0 {
			return length - 1
		}
		return length
	}
	return i
}

// SliceLength returns the number of items that start, stop and step
// (resolved by Indices) select.
func SliceLength(start, stop, step int) int {
	switch {
	case step < 0:
		if stop >= start {
			return 0
		}
		return (stop-start+1)/step + 1
	default:
		if start >= stop {
			return 0
		}
		return (stop-start-1)/step + 1
	}
}

// sliceIndex converts a slice bound: an int, or an object with __index__,
// clamped to the range of int (CPython's _PyEval_SliceIndex).
func sliceIndex(t *Thread, o Object) (int, error) {
	if i, ok := o.(*Int); ok && i.b == nil {
		return int(i.v), nil
	}
	if !hasIndex(o) {
		return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return asSsize(t, o, nil)
}

// hasIndex reports whether o is an int or has __index__ (PyIndex_Check).
func hasIndex(o Object) bool {
	if _, ok := o.(*Int); ok {
		return true
	}
	return o.Type().Index != nil
}

// asSsize converts an int or an object with __index__ to an int as
// CPython's PyNumber_AsSsize_t(o, overflow): a value that does not fit
// raises overflow with "cannot fit 'T' into an index-sized integer", or
// is clamped when overflow is nil.
func asSsize(t *Thread, o Object, overflow *Type) (int, error) {
	i, ok := o.(*Int)
	if !ok {
		var err error
		if i, err = argsIndex(t, o); err != nil {
			return 0, err
		}
	}
	if i.b == nil {
		return int(i.v), nil
	}
	if overflow != nil {
		return 0, Errorf(overflow, "cannot fit '%s' into an index-sized integer", o.Type().Name)
	}
	if i.b.Sign() < 0 {
		return math.MinInt, nil
	}
	return math.MaxInt, nil
}

// seqIndex converts the index of a sequence subscript, o[key], when key
// is an int or has __index__: ok false means key is neither (a slice, or
// a wrong type). A value beyond int raises IndexError.
func seqIndex(t *Thread, key Object) (i int, ok bool, err error) {
	if k, isInt := key.(*Int); isInt && k.b == nil {
		return int(k.v), true, nil
	}
	if !hasIndex(key) {
		return 0, false, nil
	}
	i, err = asSsize(t, key, IndexError)
	return i, true, err
}

// indicesTypeError is the TypeError of a subscript that is neither an
// index nor a slice: "list indices must be integers, not str".
func indicesTypeError(what string, key Object) error {
	return Errorf(TypeError, "%s indices must be integers, not %s", what, key.Type().Name)
}

func sliceNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKeywords("slice()", kwnames); err != nil {
		return nil, err
	}
	var a, b, c Object
	if err := UnpackArgs("slice", args, nil, 1, 3, &a, &b, &c); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return NewSlice(nil, a, nil), nil
	}
	return NewSlice(a, b, c), nil
}

func sliceRepr(t *Thread, o Object) (Object, error) {
	s := o.(*Slice)
	buf := make([]byte, 0, 32)
	buf = append(buf, "slice("...)
	for i, x := range [3]Object{s.Start, s.Stop, s.Step} {
		if i > 0 {
			buf = append(buf, ", "...)
		}
		r, err := Repr(t, x)
		if err != nil {
			return nil, err
		}
		buf = append(buf, r.s...)
	}
	buf = append(buf, ')')
	return NewStr(string(buf)), nil
}

func sliceRichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	sa, ok1 := a.(*Slice)
	sb, ok2 := b.(*Slice)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if sa == sb {
		switch op {
		case EQ, LE, GE:
			return True, nil
		default:
			return False, nil
		}
	}
	return tupleCompare(t, []Object{sa.Start, sa.Stop, sa.Step}, []Object{sb.Start, sb.Stop, sb.Step}, op)
}

func sliceIndices(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	arg, err := OneArg("indices", args, kwnames)
	if err != nil {
		return nil, err
	}
	length, err := asSsize(t, arg, OverflowError)
	if err != nil {
		return nil, err
	}
	start, stop, step, _, err := self.(*Slice).Indices(t, length)
	if err != nil {
		return nil, err
	}
	return NewTuple(NewInt(int64(start)), NewInt(int64(stop)), NewInt(int64(step))), nil
}

func init() {
	SliceType.Doc = "slice([start,] stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2])."
	SliceType.New = sliceNew
	SliceType.Repr = sliceRepr
	SliceType.RichCompare = sliceRichCompare
	SliceType.AddMethods(
		MethodDef{Name: "indices", Fn: sliceIndices, Doc: "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices."},
		MethodDef{Name: "__reduce__", Fn: func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
			if err := NoArgs("__reduce__", args, kwnames); err != nil {
				return nil, err
			}
			s := self.(*Slice)
			return NewTuple(SliceType, NewTuple(s.Start, s.Stop, s.Step)), nil
		}, Doc: "Return state information for pickling."},
	)
	SliceType.AddGetSets(
		GetSetDef{Member: true, Name: "start", Get: func(t *Thread, self Object) (Object, error) { return self.(*Slice).Start, nil }},
		GetSetDef{Member: true, Name: "stop", Get: func(t *Thread, self Object) (Object, error) { return self.(*Slice).Stop, nil }},
		GetSetDef{Member: true, Name: "step", Get: func(t *Thread, self Object) (Object, error) { return self.(*Slice).Step, nil }},
	)
}
