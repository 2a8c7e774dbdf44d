package py

import (
	"strings"

	"github.com/taipan-py/taipan/internal/pystr"
)

// ByteArray is a Python bytearray: a mutable sequence of bytes. It shares
// its non-mutating methods with bytes (bytes_methods.go).
type ByteArray struct {
	ext
	b       []byte
	exports *BufferExports // views holding the storage (resizing is refused meanwhile); nil before the first
}

// NewByteArray returns a bytearray holding b (which it keeps).
func NewByteArray(b []byte) *ByteArray { return &ByteArray{b: b} }

// Bytes returns the bytearray's storage (not a copy).
func (b *ByteArray) Bytes() []byte { return b.b }

// Type returns bytearray, or the subclass.
func (b *ByteArray) Type() *Type {
	if b.ext.p != nil {
		return b.ext.p.typ
	}
	return ByteArrayType
}

// checkResize refuses to change the size of a bytearray whose storage a
// buffer view holds.
func (b *ByteArray) checkResize() error {
	return b.exports.Check()
}

// BufferBytes returns the storage for the buffer protocol.
func (b *ByteArray) BufferBytes() []byte { return b.b }

// BufferReadOnly reports that a bytearray is writable.
func (b *ByteArray) BufferReadOnly() bool { return false }

// BufferExports returns the counter of the views of the storage.
func (b *ByteArray) BufferExports() *BufferExports {
	if b.exports == nil {
		b.exports = &BufferExports{}
	}
	return b.exports
}

func byteArraySelf(o Object) *ByteArray { return o.(*ByteArray) }

func byteArrayNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	if typ == ByteArrayType {
		return &ByteArray{}, nil
	}
	return &ByteArray{ext: ext{&extData{typ: typ}}}, nil
}

func byteArrayInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	ba := byteArraySelf(self)
	if len(ba.b) != 0 {
		// Emptied first, as in 3.2, even if the arguments turn out wrong.
		if err := ba.checkResize(); err != nil {
			return err
		}
		ba.b = ba.b[:0]
	}
	b, err := bytesSource(t, true, args, kwnames)
	if err != nil {
		return err
	}
	if len(b) > 0 {
		if err := ba.checkResize(); err != nil {
			return err
		}
	}
	ba.b = b
	return nil
}

func byteArrayRepr(t *Thread, o Object) (Object, error) {
	r := pystr.ReprBytes(string(byteArraySelf(o).b))
	if r[1] == '"' {
		// Unlike bytes, bytearray escapes a single quote in double quotes.
		r = `b"` + strings.ReplaceAll(r[2:len(r)-1], "'", `\'`) + `"`
	}
	s := "bytearray(" + r + ")"
	return newStrN(s, len(s)), nil
}

// byteArrayStr is str() of a bytearray: its repr, with a BytesWarning
// under -b.
func byteArrayStr(t *Thread, o Object) (Object, error) {
	if t != nil && t.Interp != nil && t.Interp.BytesWarning > 0 {
		if err := Warn(t, BytesWarning, "str() on a bytearray instance", 1); err != nil {
			return nil, err
		}
	}
	return byteArrayRepr(t, o)
}

func byteArrayLen(t *Thread, o Object) (int, error) { return len(byteArraySelf(o).b), nil }

// byteArrayBuffers returns the bytes of two bytes-like operands of a bytearray with any bytes-like object.
func byteArrayBuffers(t *Thread, a, b Object) (string, string, bool) {
	sa, ok1 := bytesBuffer(a)
	sb, ok2 := bytesBuffer(b)
	return sa, sb, ok1 && ok2
}

func byteArrayCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	if err := bytesWarnCompare(t, a, b, op, "Comparison between bytearray and string"); err != nil {
		return nil, err
	}
	sa, sb, ok := byteArrayBuffers(t, a, b)
	if !ok {
		return NotImplemented, nil
	}
	return bytesCompare(sa, sb, op), nil
}

func byteArrayContains(t *Thread, o, x Object) (bool, error) {
	return bytesContains(t, string(byteArraySelf(o).b), x)
}

func byteArrayGetItem(t *Thread, o, key Object) (Object, error) {
	ba := byteArraySelf(o)
	if i, ok, err := seqIndex(t, key); ok || err != nil {
		if err != nil {
			return nil, err
		}
		if i < 0 {
			i += len(ba.b)
		}
		if i < 0 || i >= len(ba.b) {
			return nil, Errorf(IndexError, "bytearray index out of range")
		}
		return NewInt(int64(ba.b[i])), nil
	}
	sl, ok := key.(*Slice)
	if !ok {
		return nil, Errorf(TypeError, "bytearray indices must be integers")
	}
	start, _, step, n, err := sl.Indices(t, len(ba.b))
	if err != nil {
		return nil, err
	}
	if n <= 0 {
		return NewByteArray(nil), nil
	}
	out := make([]byte, n)
	if step == 1 {
		copy(out, ba.b[start:start+n])
	} else {
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			out[k] = ba.b[i]
		}
	}
	return NewByteArray(out), nil
}

// byteArrayAssignable converts the value assigned to a bytearray slice:
// a bytes-like object, or an iterable of ints (not a str, not an int).
func byteArrayAssignable(t *Thread, v Object) ([]byte, error) {
	if s, ok := bytesBuffer(v); ok {
		return []byte(s), nil
	}
	// A number (PyNumber_Check: __int__ or __float__) or a str is
	// refused; anything else goes through bytearray(v).
	if _, isStr := v.(*Str); isStr || hasIndex(v) || v.Type().Int != nil || v.Type().Float != nil {
		return nil, Errorf(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	return bytesFromObject(t, v, true)
}

func byteArraySetItem(t *Thread, o, key, value Object) error {
	ba := byteArraySelf(o)
	if i, ok, err := seqIndex(t, key); ok || err != nil {
		if err != nil {
			return err
		}
		if i < 0 {
			i += len(ba.b)
		}
		if i < 0 || i >= len(ba.b) {
			return Errorf(IndexError, "bytearray index out of range")
		}
		if value == nil {
			if err := ba.checkResize(); err != nil {
				return err
			}
			ba.b = append(ba.b[:i], ba.b[i+1:]...)
			return nil
		}
		if !hasIndex(value) {
			return Errorf(TypeError, "an integer is required")
		}
		c, err := bytesByteValue(t, value)
		if err != nil {
			return err
		}
		ba.b[i] = c
		return nil
	}
	sl, ok := key.(*Slice)
	if !ok {
		return Errorf(TypeError, "bytearray indices must be integer")
	}
	start, stop, step, n, err := sl.Indices(t, len(ba.b))
	if err != nil {
		return err
	}
	var src []byte
	if value != nil {
		if value == Object(ba) {
			src = append([]byte(nil), ba.b...)
		} else if src, err = byteArrayAssignable(t, value); err != nil {
			return err
		}
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		if len(src) != stop-start {
			if err := ba.checkResize(); err != nil {
				return err
			}
		}
		tail := append([]byte(nil), ba.b[stop:]...)
		ba.b = append(append(ba.b[:start], src...), tail...)
		return nil
	}
	if len(src) == 0 { // deletion, or an empty value (which 3.2 takes as one)
		if n == 0 {
			return nil
		}
		if err := ba.checkResize(); err != nil {
			return err
		}
		del := make([]bool, len(ba.b))
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			del[i] = true
		}
		out := ba.b[:0]
		for i, c := range ba.b {
			if !del[i] {
				out = append(out, c)
			}
		}
		ba.b = out
		return nil
	}
	if len(src) != n {
		return Errorf(ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
	}
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		ba.b[i] = src[k]
	}
	return nil
}

func byteArrayMul(t *Thread, a, b Object) (Object, error) {
	seq, ok := a.(*ByteArray)
	count := b
	if !ok {
		if seq, ok = b.(*ByteArray); !ok {
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
	if n > 0 && len(seq.b) > strMaxBytes/n {
		return nil, Errorf(MemoryError, "")
	}
	return NewByteArray(byteArrayRepeat(seq.b, n)), nil
}

func byteArrayRepeat(b []byte, n int) []byte {
	if n <= 0 || len(b) == 0 {
		return nil
	}
	out := make([]byte, 0, len(b)*n)
	for ; n > 0; n-- {
		out = append(out, b...)
	}
	return out
}

func byteArrayIAdd(t *Thread, a, b Object) (Object, error) {
	ba := byteArraySelf(a)
	s, ok := bytesBuffer(b)
	if !ok {
		return nil, Errorf(TypeError, "can't concat %s to %s", b.Type().Name, a.Type().Name)
	}
	if err := ba.checkResize(); err != nil {
		return nil, err
	}
	ba.b = append(ba.b, s...)
	return ba, nil
}

func byteArrayIMul(t *Thread, a, b Object) (Object, error) {
	ba := byteArraySelf(a)
	if !hasIndex(b) {
		return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", b.Type().Name)
	}
	n, err := asSsize(t, b, OverflowError)
	if err != nil {
		return nil, err
	}
	if n != 1 {
		if err := ba.checkResize(); err != nil {
			return nil, err
		}
		if n > 0 && len(ba.b) > strMaxBytes/n {
			return nil, Errorf(MemoryError, "")
		}
		ba.b = byteArrayRepeat(ba.b, n)
	}
	return ba, nil
}

// byteArrayItem converts the int argument of append, insert and remove.
func byteArrayItem(t *Thread, o Object) (byte, error) {
	if !hasIndex(o) {
		return 0, Errorf(TypeError, "an integer is required")
	}
	return bytesByteValue(t, o)
}

func byteArrayAppend(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	arg, err := OneArg("append", args, kwnames)
	if err != nil {
		return nil, err
	}
	ba := byteArraySelf(self)
	c, err := byteArrayItem(t, arg)
	if err != nil {
		return nil, err
	}
	if err := ba.checkResize(); err != nil {
		return nil, err
	}
	ba.b = append(ba.b, c)
	return None, nil
}

func byteArrayExtend(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	arg, err := OneArg("extend", args, kwnames)
	if err != nil {
		return nil, err
	}
	ba := byteArraySelf(self)
	var more []byte
	if s, ok := bytesBuffer(arg); ok {
		more = []byte(s)
	} else {
		it, err := Iter(t, arg)
		if err != nil {
			return nil, err
		}
		n, err := lengthHint(t, arg)
		if err != nil {
			return nil, err
		}
		more = make([]byte, 0, n)
		for {
			x, err := Next(t, it)
			if err != nil {
				return nil, err
			}
			if x == nil {
				break
			}
			c, err := byteArrayItem(t, x)
			if err != nil {
				return nil, err
			}
			more = append(more, c)
		}
	}
	if err := ba.checkResize(); err != nil {
		return nil, err
	}
	ba.b = append(ba.b, more...)
	return None, nil
}

func byteArrayInsert(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var idxObj, valObj Object
	if err := ParseTuple("insert", args, kwnames, 2, 2, &idxObj, &valObj); err != nil {
		return nil, err
	}
	ba := byteArraySelf(self)
	i, err := ArgIndex(t, idxObj)
	if err != nil {
		return nil, err
	}
	c, err := byteArrayItem(t, valObj)
	if err != nil {
		return nil, err
	}
	if err := ba.checkResize(); err != nil {
		return nil, err
	}
	n := len(ba.b)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	ba.b = append(ba.b, 0)
	copy(ba.b[i+1:], ba.b[i:n])
	ba.b[i] = c
	return None, nil
}

func byteArrayPop(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var idxObj Object
	if err := ParseTuple("pop", args, kwnames, 0, 1, &idxObj); err != nil {
		return nil, err
	}
	ba := byteArraySelf(self)
	i := -1
	if idxObj != nil {
		var err error
		if i, err = ArgIndex(t, idxObj); err != nil {
			return nil, err
		}
	}
	n := len(ba.b)
	if n == 0 {
		return nil, Errorf(IndexError, "pop from empty bytearray")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexError, "pop index out of range")
	}
	if err := ba.checkResize(); err != nil {
		return nil, err
	}
	c := ba.b[i]
	ba.b = append(ba.b[:i], ba.b[i+1:]...)
	return NewInt(int64(c)), nil
}

func byteArrayRemove(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	arg, err := OneArg("remove", args, kwnames)
	if err != nil {
		return nil, err
	}
	ba := byteArraySelf(self)
	c, err := byteArrayItem(t, arg)
	if err != nil {
		return nil, err
	}
	for i, x := range ba.b {
		if x == c {
			if err := ba.checkResize(); err != nil {
				return nil, err
			}
			ba.b = append(ba.b[:i], ba.b[i+1:]...)
			return None, nil
		}
	}
	return nil, Errorf(ValueError, "value not found in bytearray")
}

func byteArrayReverse(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("reverse", args, kwnames); err != nil {
		return nil, err
	}
	b := byteArraySelf(self).b
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return None, nil
}

func byteArrayAlloc(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__alloc__", args, kwnames); err != nil {
		return nil, err
	}
	return NewInt(int64(byteArrayAllocated(byteArraySelf(self).b))), nil
}

// byteArrayAllocated is the storage CPython would report for b: its
// bytes and a terminating NUL (none for an empty bytearray). Go's
// capacity is not shown, as it depends on the allocator.
func byteArrayAllocated(b []byte) int {
	if len(b) == 0 {
		return 0
	}
	return len(b) + 1
}

func byteArraySizeof(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__sizeof__", args, kwnames); err != nil {
		return nil, err
	}
	return NewInt(int64(48 + byteArrayAllocated(byteArraySelf(self).b))), nil
}

func byteArrayReduce(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__reduce__", args, kwnames); err != nil {
		return nil, err
	}
	ba := byteArraySelf(self)
	var dict Object = None
	if ba.ext.p != nil && ba.ext.p.dict != nil {
		dict = ba.ext.p.dict
	}
	text, _ := decodeLatin1(t, string(ba.b), "strict")
	return NewTuple(ba.Type(), NewTuple(text, NewStr("latin-1")), dict), nil
}

func init() {
	ByteArrayType.Doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_bytearray) -> mutable copy of bytes_or_bytearray\nbytearray(memory_view) -> bytearray\n\nConstruct an mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - a bytes or a bytearray object\n  - any object implementing the buffer API.\n\nbytearray(int) -> bytearray\n\nConstruct a zero-initialized bytearray of the given length."
	ByteArrayType.New = byteArrayNew
	ByteArrayType.Init = byteArrayInit
	ByteArrayType.Repr = byteArrayRepr
	ByteArrayType.Str = byteArrayStr
	ByteArrayType.RichCompare = byteArrayCompare
	ByteArrayType.Len = byteArrayLen
	ByteArrayType.GetItem = byteArrayGetItem
	ByteArrayType.SetItem = byteArraySetItem
	ByteArrayType.Contains = byteArrayContains
	ByteArrayType.Iter = func(t *Thread, o Object) (Object, error) { return &BytesIter{seq: o}, nil }
	ByteArrayType.Add = bytesAdd
	ByteArrayType.Mul = byteArrayMul
	ByteArrayType.IAdd = byteArrayIAdd
	ByteArrayType.IMul = byteArrayIMul
	ByteArrayType.AddMethods(bytesSharedMethods...)
	ByteArrayType.AddMethods(
		MethodDef{Name: "append", Fn: byteArrayAppend, Doc: "B.append(int) -> None\n\nAppend a single item to the end of B."},
		MethodDef{Name: "extend", Fn: byteArrayExtend, Doc: "B.extend(iterable int) -> None\n\nAppend all the elements from the iterator or sequence to the\nend of B."},
		MethodDef{Name: "insert", Fn: byteArrayInsert, Doc: "B.insert(index, int) -> None\n\nInsert a single item into the bytearray before the given index."},
		MethodDef{Name: "pop", Fn: byteArrayPop, Doc: "B.pop([index]) -> int\n\nRemove and return a single item from B. If no index\nargument is given, will pop the last value."},
		MethodDef{Name: "remove", Fn: byteArrayRemove, Doc: "B.remove(int) -> None\n\nRemove the first occurance of a value in B."},
		MethodDef{Name: "reverse", Fn: byteArrayReverse, Doc: "B.reverse() -> None\n\nReverse the order of the values in B in place."},
		MethodDef{Name: "__alloc__", Fn: byteArrayAlloc, Doc: "B.__alloc__() -> int\n\nReturns the number of bytes actually allocated."},
		MethodDef{Name: "__sizeof__", Fn: byteArraySizeof, Doc: "B.__sizeof__() -> int\n \nReturns the size of B in memory, in bytes"},
		MethodDef{Name: "__reduce__", Fn: byteArrayReduce, Doc: "Return state information for pickling."},
	)
}
