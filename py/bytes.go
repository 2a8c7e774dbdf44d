package py

import (
	"math"
	"strings"
	"unsafe"

	"github.com/taipan-py/taipan/internal/pystr"
)

// Bytes is a Python bytes object: an immutable sequence of bytes, held in
// a Go string (so bytes and str can share text without copying).
type Bytes struct {
	ext
	s    string // the bytes, immutable
	hash int64  // cached hash; 0 means not computed yet (a real 0 is stored as hashZero)
}

// NewBytes returns the bytes s.
func NewBytes(s string) *Bytes {
	if len(s) == 0 {
		return emptyBytes
	}
	return &Bytes{s: s}
}

var emptyBytes = &Bytes{}

// String returns the bytes as a Go string.
func (b *Bytes) String() string { return b.s }

// Type returns bytes, or the subclass.
func (b *Bytes) Type() *Type {
	if b.ext.p != nil {
		return b.ext.p.typ
	}
	return BytesType
}

// Hash returns hash(b): CPython 3.2's string hash over the bytes (equal
// to the hash of the str of the same ASCII text), randomised as the str
// hash is (see hashPrefix).
func (b *Bytes) Hash() int64 {
	switch b.hash {
	case 0:
	case hashZero:
		return 0
	default:
		return b.hash
	}
	var x int64
	if len(b.s) > 0 {
		x = hashPrefix ^ int64(b.s[0])<<7
		for i := 0; i < len(b.s); i++ {
			x = (1000003 * x) ^ int64(b.s[i])
		}
		x ^= int64(len(b.s)) ^ hashSuffix
	}
	if x == -1 {
		x = -2
	}
	if x == 0 {
		b.hash = hashZero
	} else {
		b.hash = x
	}
	return x
}

// BufferBytes returns the bytes for the buffer protocol: they share the
// string's memory and must never be written.
func (b *Bytes) BufferBytes() []byte { return unsafe.Slice(unsafe.StringData(b.s), len(b.s)) }

// BufferReadOnly reports that bytes are read-only.
func (b *Bytes) BufferReadOnly() bool { return true }

// BufferExports returns nil: bytes never resize.
func (b *Bytes) BufferExports() *BufferExports { return nil }

// bytesBuffer returns the contents of a bytes-like object (bytes,
// bytearray, or another buffer exporter), and whether o is one. A
// released memoryview gives no bytes (see bytesBufferErr).
func bytesBuffer(o Object) (string, bool) {
	switch v := o.(type) {
	case *Bytes:
		return v.s, true
	case *ByteArray:
		return string(v.b), true
	case *MemoryView:
		if v.obj == nil {
			return "", false
		}
		return string(v.BufferBytes()), true
	case BufferExporter:
		return string(v.BufferBytes()), true
	}
	return "", false
}

// bytesBufferErr is bytesBuffer with the ValueError of a released
// memoryview.
func bytesBufferErr(o Object) (string, bool, error) {
	if m, ok := o.(*MemoryView); ok && m.obj == nil {
		return "", true, errReleasedView()
	}
	s, ok := bytesBuffer(o)
	return s, ok, nil
}

// bytesNoBuffer is the TypeError for an argument that is not bytes-like,
// in CPython's two wordings: "expected an object with the buffer
// interface" (most bytes methods) and "Type str doesn't support the
// buffer API" (the others, and bytearray's).
func bytesNoBuffer(o Object, apiWording bool) error {
	if apiWording {
		return Errorf(TypeError, "Type %s doesn't support the buffer API", o.Type().Name)
	}
	return Errorf(TypeError, "expected an object with the buffer interface")
}

// bytesByteValue converts an int to a byte value ("byte must be in
// range(0, 256)").
func bytesByteValue(t *Thread, o Object) (byte, error) {
	n, err := asSsize(t, o, nil)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, Errorf(ValueError, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// bytesSizeArg converts the int argument of bytes(n) and bytearray(n):
// ok false when x is not an int (and has no __index__).
func bytesSizeArg(t *Thread, x Object, array bool) (n int, ok bool, err error) {
	if !hasIndex(x) {
		return 0, false, nil
	}
	if n, err = asSsize(t, x, OverflowError); err != nil {
		return 0, true, err
	}
	if n < 0 {
		return 0, true, Errorf(ValueError, "negative count")
	}
	if !array && n > math.MaxInt-33 {
		return 0, true, Errorf(OverflowError, "byte string is too large")
	}
	if n > strMaxBytes {
		return 0, true, Errorf(MemoryError, "")
	}
	return n, true, nil
}

// bytesItem converts one int of the iterable given to bytes() (array
// false) or bytearray() (array true), with each one's messages.
func bytesItem(t *Thread, item Object, array bool) (byte, error) {
	if array {
		if !hasIndex(item) {
			return 0, Errorf(TypeError, "an integer is required")
		}
		n, err := asSsize(t, item, nil)
		if err != nil {
			return 0, err
		}
		if n < 0 || n > 255 {
			return 0, Errorf(ValueError, "byte must be in range(0, 256)")
		}
		return byte(n), nil
	}
	if !hasIndex(item) {
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", item.Type().Name)
	}
	n, err := asSsize(t, item, ValueError)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, Errorf(ValueError, "bytes must be in range(0, 256)")
	}
	return byte(n), nil
}

// bytesFromObject builds the contents of bytes(x) and bytearray(x) (array
// set) for one argument that is not a str: a count of zero bytes, a
// bytes-like object, or an iterable of ints.
func bytesFromObject(t *Thread, x Object, array bool) ([]byte, error) {
	if n, ok, err := bytesSizeArg(t, x, array); ok || err != nil {
		if err != nil {
			return nil, err
		}
		return make([]byte, n), nil
	}
	return bytesFromIterable(t, x, array)
}

// bytesFromIterable builds bytes from a bytes-like object or an iterable
// of ints.
func bytesFromIterable(t *Thread, x Object, array bool) ([]byte, error) {
	if s, ok, err := bytesBufferErr(x); ok || err != nil {
		return []byte(s), err
	}
	var items []Object
	switch v := x.(type) {
	case *List:
		if v.ext.p == nil {
			items = v.Items
		}
	case *Tuple:
		if v.ext.p == nil {
			items = v.Items
		}
	}
	if items != nil {
		out := make([]byte, len(items))
		for i, item := range items {
			c, err := bytesItem(t, item, array)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	}
	it, err := Iter(t, x)
	if err != nil {
		return nil, err
	}
	var out []byte
	for {
		item, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if item == nil {
			return out, nil
		}
		c, err := bytesItem(t, item, array)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
}

var bytesNewKwlist = []string{"source", "encoding", "errors"}

// bytesSource converts the arguments of bytes() and bytearray() (array
// set), in the order each of 3.2's constructors checks them.
func bytesSource(t *Thread, array bool, args []Object, kwnames *Tuple) ([]byte, error) {
	what := "bytes"
	if array {
		what = "bytearray"
	}
	var x, encoding, errors Object
	if err := ParseArgs(what, args, kwnames, bytesNewKwlist, 0, &x, &encoding, &errors); err != nil {
		return nil, err
	}
	enc, errs := "", "strict"
	if encoding != nil {
		e, ok := encoding.(*Str)
		if !ok {
			return nil, ArgTypeError(what, 2, "str", encoding)
		}
		enc = e.s
	}
	if errors != nil {
		e, ok := errors.(*Str)
		if !ok {
			return nil, ArgTypeError(what, 3, "str", errors)
		}
		errs = e.s
	}
	if x == nil {
		if encoding != nil || errors != nil {
			return nil, Errorf(TypeError, "encoding or errors without sequence argument")
		}
		return nil, nil
	}
	if s, ok := x.(*Str); ok {
		if encoding == nil {
			return nil, Errorf(TypeError, "string argument without an encoding")
		}
		b, err := Encode(t, s, enc, errs)
		if err != nil {
			return nil, err
		}
		return []byte(b.s), nil
	}
	if !array {
		// bytes takes a count before it looks at encoding and errors.
		if n, ok, err := bytesSizeArg(t, x, false); ok || err != nil {
			if err != nil {
				return nil, err
			}
			return make([]byte, n), nil
		}
	}
	if encoding != nil || errors != nil {
		return nil, Errorf(TypeError, "encoding or errors without a string argument")
	}
	if !array {
		return objectBytes(t, x)
	}
	return bytesFromObject(t, x, true)
}

var strDunderBytes = NewStr("__bytes__")

// objectBytes is CPython's PyObject_Bytes: __bytes__, else the bytes of a
// bytes-like object or of an iterable of ints (not a count, not a str).
func objectBytes(t *Thread, x Object) ([]byte, error) {
	if meth := x.Type().Lookup(strDunderBytes); meth != nil {
		r, err := callSpecial(t, meth, x)
		if err != nil {
			return nil, err
		}
		b, ok := r.(*Bytes)
		if !ok {
			return nil, Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
		}
		return []byte(b.s), nil
	}
	if _, isStr := x.(*Str); isStr {
		return nil, Errorf(TypeError, "cannot convert unicode object to bytes")
	}
	return bytesFromIterable(t, x, false)
}

// callSpecial calls a special method found on o's type with no
// arguments.
func callSpecial(t *Thread, meth, o Object) (Object, error) {
	if get := meth.Type().DescrGet; get != nil {
		var err error
		if meth, err = get(t, meth, o, o.Type()); err != nil {
			return nil, err
		}
	}
	return Call(t, meth, nil, nil)
}

func bytesNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	var s string
	if len(args) == 1 && kwnames == nil {
		if b, ok := args[0].(*Bytes); ok && b.ext.p == nil && typ == BytesType {
			return b, nil
		}
	}
	if len(args) > 0 || kwnames != nil {
		b, err := bytesSource(t, false, args, kwnames)
		if err != nil {
			return nil, err
		}
		s = string(b)
	}
	if typ == BytesType {
		return NewBytes(s), nil
	}
	return &Bytes{ext: ext{&extData{typ: typ}}, s: s}, nil
}

func bytesRepr(t *Thread, o Object) (Object, error) {
	s := pystr.ReprBytes(o.(*Bytes).s)
	return newStrN(s, len(s)), nil
}

// bytesStr is str() of bytes: its repr, with a BytesWarning under -b.
func bytesStr(t *Thread, o Object) (Object, error) {
	if t != nil && t.Interp != nil && t.Interp.BytesWarning > 0 {
		if err := Warn(t, BytesWarning, "str() on a bytes instance", 1); err != nil {
			return nil, err
		}
	}
	return bytesRepr(t, o)
}

// bytesWarnCompare issues the BytesWarning of -b for == and != between
// bytes or bytearray and str.
func bytesWarnCompare(t *Thread, a, b Object, op CompareOp, msg string) error {
	if t == nil || t.Interp == nil || t.Interp.BytesWarning == 0 || (op != EQ && op != NE) {
		return nil
	}
	_, strA := a.(*Str)
	_, strB := b.(*Str)
	if !strA && !strB {
		return nil
	}
	return Warn(t, BytesWarning, msg, 1)
}

func bytesHashSlot(t *Thread, o Object) (int64, error) { return o.(*Bytes).Hash(), nil }

func bytesLen(t *Thread, o Object) (int, error) { return len(o.(*Bytes).s), nil }

// bytesCompare compares two byte strings for a rich comparison.
func bytesCompare(a, b string, op CompareOp) Object {
	var r bool
	switch op {
	case EQ:
		r = a == b
	case NE:
		r = a != b
	case LT:
		r = a < b
	case LE:
		r = a <= b
	case GT:
		r = a > b
	case GE:
		r = a >= b
	}
	return NewBool(r)
}

func bytesRichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	ba, ok1 := a.(*Bytes)
	bb, ok2 := b.(*Bytes)
	if !ok1 || !ok2 {
		if err := bytesWarnCompare(t, a, b, op, "Comparison between bytes and string"); err != nil {
			return nil, err
		}
		return NotImplemented, nil
	}
	return bytesCompare(ba.s, bb.s, op), nil
}

// bytesContains is x in data for bytes and bytearray: an int is a byte
// value, anything else must be bytes-like.
func bytesContains(t *Thread, data string, x Object) (bool, error) {
	if hasIndex(x) {
		c, err := bytesByteValue(t, x)
		if err != nil {
			return false, err
		}
		return strings.IndexByte(data, c) >= 0, nil
	}
	sub, ok := bytesBuffer(x)
	if !ok {
		return false, bytesNoBuffer(x, true)
	}
	return strings.Contains(data, sub), nil
}

func bytesContainsSlot(t *Thread, o, x Object) (bool, error) {
	return bytesContains(t, o.(*Bytes).s, x)
}

func bytesGetItem(t *Thread, o, key Object) (Object, error) {
	b := o.(*Bytes)
	if i, ok, err := seqIndex(t, key); ok || err != nil {
		if err != nil {
			return nil, err
		}
		if i < 0 {
			i += len(b.s)
		}
		if i < 0 || i >= len(b.s) {
			return nil, Errorf(IndexError, "index out of range")
		}
		return NewInt(int64(b.s[i])), nil
	}
	sl, ok := key.(*Slice)
	if !ok {
		return nil, Errorf(TypeError, "byte indices must be integers, not %s", key.Type().Name)
	}
	start, _, step, n, err := sl.Indices(t, len(b.s))
	if err != nil {
		return nil, err
	}
	if n <= 0 {
		return emptyBytes, nil
	}
	if step == 1 {
		if n == len(b.s) && b.ext.p == nil {
			return b, nil
		}
		return NewBytes(b.s[start : start+n]), nil
	}
	out := make([]byte, n)
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		out[k] = b.s[i]
	}
	return NewBytes(string(out)), nil
}

// bytesConcat is a + b for bytes and bytearray: both must be bytes-like
// ("can't concat bytes to str").
func bytesConcat(t *Thread, a, b Object) (Object, error) {
	sa, ok1 := bytesBuffer(a)
	sb, ok2 := bytesBuffer(b)
	if !ok1 || !ok2 {
		if r, err := strOtherOperand(t, a, b, SlotAdd); err != nil || r != NotImplemented {
			return r, err
		}
		bad := a
		if ok1 {
			bad = b
		}
		return nil, Errorf(TypeError, "can't concat %s to %s", a.Type().Name, bad.Type().Name)
	}
	if _, isArray := a.(*ByteArray); isArray {
		out := make([]byte, len(sa)+len(sb))
		copy(out, sa)
		copy(out[len(sa):], sb)
		return NewByteArray(out), nil
	}
	if len(sb) == 0 {
		if ba, ok := a.(*Bytes); ok && ba.ext.p == nil {
			return ba, nil
		}
	}
	return NewBytes(sa + sb), nil
}

func bytesAdd(t *Thread, a, b Object) (Object, error) {
	if _, ok := a.(*Bytes); !ok {
		if _, isArray := a.(*ByteArray); !isArray {
			return NotImplemented, nil
		}
	}
	return bytesConcat(t, a, b)
}

// bytesRepeatCount converts the count of a sequence repetition (the
// operand that is not the sequence).
func bytesRepeatCount(t *Thread, count Object) (int, error) {
	if !hasIndex(count) {
		return 0, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", count.Type().Name)
	}
	return asSsize(t, count, OverflowError)
}

func bytesMul(t *Thread, a, b Object) (Object, error) {
	seq, ok := a.(*Bytes)
	count := b
	if !ok {
		if seq, ok = b.(*Bytes); !ok {
			return NotImplemented, nil
		}
		count = a
	} else if r, err := strOtherOperand(t, a, b, SlotMul); err != nil || r != NotImplemented {
		return r, err
	}
	n, err := bytesRepeatCount(t, count)
	if err != nil {
		return nil, err
	}
	if n <= 0 || len(seq.s) == 0 {
		return emptyBytes, nil
	}
	if n == 1 && seq.ext.p == nil {
		return seq, nil
	}
	if len(seq.s) > strMaxBytes/n {
		return nil, Errorf(OverflowError, "repeated bytes are too long")
	}
	return NewBytes(strings.Repeat(seq.s, n)), nil
}

// BytesIter iterates over the ints of a bytes or bytearray
// (bytes_iterator, bytearray_iterator).
type BytesIter struct {
	seq   Object // *Bytes or *ByteArray; nil once exhausted
	index int
}

// Iterator types of bytes and bytearray.
var (
	BytesIterType     = &Type{Name: "bytes_iterator"}
	ByteArrayIterType = &Type{Name: "bytearray_iterator"}
)

// Type returns bytes_iterator or bytearray_iterator.
func (it *BytesIter) Type() *Type {
	if _, ok := it.seq.(*ByteArray); ok {
		return ByteArrayIterType
	}
	return BytesIterType
}

func bytesIterNext(t *Thread, o Object) (Object, error) {
	it := o.(*BytesIter)
	switch seq := it.seq.(type) {
	case *Bytes:
		if it.index < len(seq.s) {
			it.index++
			return NewInt(int64(seq.s[it.index-1])), nil
		}
	case *ByteArray:
		if it.index < len(seq.b) {
			it.index++
			return NewInt(int64(seq.b[it.index-1])), nil
		}
		// An exhausted bytearray iterator keeps its type.
		it.index = 1 << 62
		return nil, nil
	}
	it.seq = emptyBytes
	return nil, nil
}

func bytesIterLengthHint(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__length_hint__", args, kwnames); err != nil {
		return nil, err
	}
	it := self.(*BytesIter)
	n := 0
	switch seq := it.seq.(type) {
	case *Bytes:
		n = len(seq.s) - it.index
	case *ByteArray:
		n = len(seq.b) - it.index
	}
	if n < 0 {
		n = 0
	}
	return NewInt(int64(n)), nil
}

func bytesGetNewArgs(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__getnewargs__", args, kwnames); err != nil {
		return nil, err
	}
	return NewTuple(NewBytes(self.(*Bytes).s)), nil
}

func bytesSizeof(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__sizeof__", args, kwnames); err != nil {
		return nil, err
	}
	return NewInt(int64(33 + len(self.(*Bytes).s))), nil
}

func init() {
	BytesType.Doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(memory_view) -> bytes\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API."
	BytesType.New = bytesNew
	BytesType.Repr = bytesRepr
	BytesType.Str = bytesStr
	BytesType.Hash = bytesHashSlot
	BytesType.RichCompare = bytesRichCompare
	BytesType.Len = bytesLen
	BytesType.GetItem = bytesGetItem
	BytesType.Contains = bytesContainsSlot
	BytesType.Iter = func(t *Thread, o Object) (Object, error) { return &BytesIter{seq: o}, nil }
	BytesType.Add = bytesAdd
	BytesType.Mul = bytesMul
	BytesType.AddMethods(
		MethodDef{Name: "__getnewargs__", Fn: bytesGetNewArgs},
		MethodDef{Name: "__sizeof__", Fn: bytesSizeof, Doc: "B.__sizeof__() -> size of B in memory, in bytes"},
	)
	for _, typ := range []*Type{BytesIterType, ByteArrayIterType} {
		typ.Iter = func(t *Thread, o Object) (Object, error) { return o, nil }
		typ.Next = bytesIterNext
		typ.AddMethods(MethodDef{Name: "__length_hint__", Fn: bytesIterLengthHint, Doc: "Private method returning an estimate of len(list(it))."})
	}
}
