// Package arraymod is the array module of CPython 3.2: compact arrays
// of numbers or characters, written in Go. An array keeps its items as
// the C values they are in CPython 3.2 on x86-64 Linux (little-endian;
// 'l' and 'L' 8 bytes, 'u' a 4-byte code point), so tobytes(), the
// buffer interface (memoryview) and pickles agree with CPython's. It
// registers itself with the builtins package's module table; modules/all
// links it in.
package arraymod

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"unsafe"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("array", newModule) }

// ArrayType is array.array.
var ArrayType = &py.Type{Name: "array", Module: "array", Flags: py.FlagBaseType | py.FlagWeakrefable | py.FlagConcatAdd}

var arrayIterType = &py.Type{Name: "arrayiterator", Module: "array"}

const typecodes = "bBuhHiIlLfd"

// itemSize returns the size of an item of typecode tc, 0 for a bad code.
func itemSize(tc byte) int {
	switch tc {
	case 'b', 'B':
		return 1
	case 'h', 'H':
		return 2
	case 'i', 'I', 'f', 'u':
		return 4
	case 'l', 'L', 'd':
		return 8
	}
	return 0
}

// Array is an array.array.
type Array struct {
	py.Ext
	tc      byte
	size    int // bytes per item
	data    []byte
	exports py.BufferExports
}

// Type returns array.array, or the subclass.
func (a *Array) Type() *py.Type {
	if typ := a.ExtType(); typ != nil {
		return typ
	}
	return ArrayType
}

// BufferBytes returns the items' bytes.
func (a *Array) BufferBytes() []byte { return a.data }

// BufferReadOnly reports false: arrays are writable.
func (a *Array) BufferReadOnly() bool { return false }

// BufferExports returns the array's export counter.
func (a *Array) BufferExports() *py.BufferExports { return &a.exports }

// BufferFormat gives the struct format of an item.
func (a *Array) BufferFormat() (string, int) {
	if a.tc == 'u' {
		return "w", 4
	}
	return string(a.tc), a.size
}

func (a *Array) n() int { return len(a.data) / a.size }

func newArray(typ *py.Type, tc byte) *Array {
	return &Array{Ext: py.NewExt(typ, ArrayType), tc: tc, size: itemSize(tc)}
}

// resizeCheck refuses to change the size of an array with live views.
func (a *Array) resizeCheck() error {
	if a.exports.Active() {
		if err := a.exports.Check(); err != nil {
			return py.Errorf(py.BufferError, "cannot resize an array that is exporting buffers")
		}
	}
	return nil
}

// get returns item i.
func (a *Array) get(t *py.Thread, i int) py.Object {
	p := a.data[i*a.size:]
	switch a.tc {
	case 'b':
		return py.NewInt(int64(int8(p[0])))
	case 'B':
		return py.NewInt(int64(p[0]))
	case 'h':
		return py.NewInt(int64(int16(binary.LittleEndian.Uint16(p))))
	case 'H':
		return py.NewInt(int64(binary.LittleEndian.Uint16(p)))
	case 'i':
		return py.NewInt(int64(int32(binary.LittleEndian.Uint32(p))))
	case 'I':
		return py.NewInt(int64(binary.LittleEndian.Uint32(p)))
	case 'l':
		return py.NewInt(int64(binary.LittleEndian.Uint64(p)))
	case 'L':
		v := binary.LittleEndian.Uint64(p)
		if v <= math.MaxInt64 {
			return py.NewInt(int64(v))
		}
		return py.NewBigInt(new(big.Int).SetUint64(v))
	case 'f':
		return t.NewFloat(float64(math.Float32frombits(binary.LittleEndian.Uint32(p))))
	case 'd':
		return t.NewFloat(math.Float64frombits(binary.LittleEndian.Uint64(p)))
	case 'u':
		r, err := py.Chr(int64(binary.LittleEndian.Uint32(p)))
		if err != nil {
			// A code point past U+10FFFF (a byteswapped array): CPython's
			// wide str holds it, taipan's cannot; U+FFFD stands in.
			r, _ = py.Chr(0xFFFD)
		}
		return r
	}
	return py.None
}

func overflow(msg string) error { return py.Errorf(py.OverflowError, "%s", msg) }

// unsignedLong is PyLong_AsUnsignedLong for the 'I' and 'L' items.
func unsignedLong(t *py.Thread, v py.Object) (uint64, error) {
	i, ok := v.(*py.Int)
	if !ok {
		x, err := py.ArgLong(t, v)
		if err != nil {
			return 0, err
		}
		if x < 0 {
			return 0, overflow("unsigned int is less than minimum")
		}
		return uint64(x), nil
	}
	if x, small := i.Int64(); small {
		if x < 0 {
			return 0, overflow("can't convert negative value to unsigned int")
		}
		return uint64(x), nil
	}
	b := i.Big()
	if b.Sign() < 0 {
		return 0, overflow("can't convert negative value to unsigned int")
	}
	if b.BitLen() > 64 {
		return 0, overflow("python int too large to convert to C unsigned long")
	}
	return b.Uint64(), nil
}

// encode converts v to an item's bytes in buf, with the errors of
// CPython 3.2's item setters.
func (a *Array) encode(t *py.Thread, v py.Object, buf []byte) error {
	switch a.tc {
	case 'b', 'B', 'h', 'H', 'i', 'l':
		x, err := py.ArgLong(t, v)
		if err != nil {
			return err
		}
		switch a.tc {
		case 'b':
			if x > math.MaxInt16 {
				return overflow("signed short integer is greater than maximum")
			}
			if x < math.MinInt16 {
				return overflow("signed short integer is less than minimum")
			}
			if x < -128 {
				return overflow("signed char is less than minimum")
			}
			if x > 127 {
				return overflow("signed char is greater than maximum")
			}
			buf[0] = byte(x)
		case 'B':
			if x < 0 {
				return overflow("unsigned byte integer is less than minimum")
			}
			if x > 255 {
				return overflow("unsigned byte integer is greater than maximum")
			}
			buf[0] = byte(x)
		case 'h':
			if x > math.MaxInt16 {
				return overflow("signed short integer is greater than maximum")
			}
			if x < math.MinInt16 {
				return overflow("signed short integer is less than minimum")
			}
			binary.LittleEndian.PutUint16(buf, uint16(x))
		case 'H', 'i':
			if x > math.MaxInt32 {
				return overflow("signed integer is greater than maximum")
			}
			if x < math.MinInt32 {
				return overflow("signed integer is less than minimum")
			}
			if a.tc == 'i' {
				binary.LittleEndian.PutUint32(buf, uint32(x))
				break
			}
			if x < 0 {
				return overflow("unsigned short is less than minimum")
			}
			if x > math.MaxUint16 {
				return overflow("unsigned short is greater than maximum")
			}
			binary.LittleEndian.PutUint16(buf, uint16(x))
		case 'l':
			binary.LittleEndian.PutUint64(buf, uint64(x))
		}
	case 'I', 'L':
		x, err := unsignedLong(t, v)
		if err != nil {
			return err
		}
		if a.tc == 'I' {
			if x > math.MaxUint32 {
				return overflow("unsigned int is greater than maximum")
			}
			binary.LittleEndian.PutUint32(buf, uint32(x))
		} else {
			binary.LittleEndian.PutUint64(buf, x)
		}
	case 'f', 'd':
		x, err := py.AsFloat64(t, v)
		if err != nil {
			return err
		}
		if a.tc == 'f' {
			binary.LittleEndian.PutUint32(buf, math.Float32bits(float32(x)))
		} else {
			binary.LittleEndian.PutUint64(buf, math.Float64bits(x))
		}
	case 'u':
		s, ok := v.(*py.Str)
		if !ok || s.Len() != 1 {
			return py.Errorf(py.TypeError, "array item must be unicode character")
		}
		r := []rune(s.String())
		binary.LittleEndian.PutUint32(buf, uint32(codePoint(s.String(), r)))
	}
	return nil
}

// codePoint returns the one code point of a one-character str (lone
// surrogates included, which Go's decoding turns into U+FFFD).
func codePoint(s string, r []rune) rune {
	if len(r) == 1 && r[0] != 0xfffd {
		return r[0]
	}
	o, err := py.Ord(py.NewStr(s))
	if err != nil {
		return 0xfffd
	}
	v, _ := o.Int64()
	return rune(v)
}

// appendItem encodes v and appends it.
func (a *Array) appendItem(t *py.Thread, v py.Object) error {
	var buf [8]byte
	if err := a.encode(t, v, buf[:a.size]); err != nil {
		return err
	}
	a.data = append(a.data, buf[:a.size]...)
	return nil
}

func asArray(o py.Object) *Array { return o.(*Array) }

// ---- construction ----

func arrayNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if typ == ArrayType && py.NumKw(kwnames) > 0 {
		return nil, py.Errorf(py.TypeError, "array.array() does not take keyword arguments")
	}
	pos := args[:py.NumPos(args, kwnames)]
	var tco, initial py.Object
	if err := py.CheckArgCount("array", len(pos), 1, 2); err != nil {
		return nil, err
	}
	tco = pos[0]
	if len(pos) > 1 {
		initial = pos[1]
	}
	tcs, ok := tco.(*py.Str)
	if !ok || tcs.Len() != 1 {
		return nil, py.Errorf(py.TypeError, "must be a unicode character, not %s", tco.Type().Name)
	}
	tc := tcs.String()
	if len(tc) != 1 || itemSize(tc[0]) == 0 {
		return nil, py.Errorf(py.ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, f or d)")
	}
	a := newArray(typ, tc[0])
	if initial == nil {
		return a, nil
	}
	switch v := initial.(type) {
	case *py.List:
		err := a.fromSeq(t, v.Items)
		return a, err
	case *py.Tuple:
		err := a.fromSeq(t, v.Items)
		return a, err
	case *py.Bytes, *py.ByteArray:
		b, _ := py.GetBuffer(v, false)
		err := a.fromBytes(b)
		return a, err
	case *py.Str:
		if a.tc == 'u' {
			a.fromUnicode(v)
			return a, nil
		}
	}
	if err := a.extendIter(t, initial); err != nil {
		return nil, err
	}
	return a, nil
}

func (a *Array) fromSeq(t *py.Thread, items []py.Object) error {
	for _, x := range items {
		if err := a.appendItem(t, x); err != nil {
			return err
		}
	}
	return nil
}

func (a *Array) fromBytes(b []byte) error {
	if len(b)%a.size != 0 {
		return py.Errorf(py.ValueError, "string length not a multiple of item size")
	}
	a.data = append(a.data, b...)
	return nil
}

func (a *Array) fromUnicode(s *py.Str) {
	for _, r := range utf32(s) {
		a.data = binary.LittleEndian.AppendUint32(a.data, uint32(r))
	}
}

// utf32 returns the code points of s, lone surrogates included.
func utf32(s *py.Str) []rune {
	r := []rune(s.String())
	for i, c := range r {
		if c == 0xfffd {
			// Recover the code point of a lone surrogate.
			ch, err := py.GetItem(nil, s, py.NewInt(int64(i)))
			if err == nil {
				if o, err := py.Ord(ch); err == nil {
					v, _ := o.Int64()
					r[i] = rune(v)
				}
			}
		}
	}
	return r
}

func (a *Array) extendIter(t *py.Thread, o py.Object) error {
	it, err := py.Iter(t, o)
	if err != nil {
		return err
	}
	for {
		x, err := py.Next(t, it)
		if err != nil {
			return err
		}
		if x == nil {
			return nil
		}
		if err := a.appendItem(t, x); err != nil {
			return err
		}
	}
}

// ---- sequence slots ----

func arrayRepr(t *py.Thread, self py.Object) (py.Object, error) {
	a := asArray(self)
	if a.n() == 0 {
		return py.NewStr("array('" + string(a.tc) + "')"), nil
	}
	var v py.Object
	if a.tc == 'u' {
		v = a.toUnicode()
	} else {
		v = a.toList(t)
	}
	r, err := py.Repr(t, v)
	if err != nil {
		return nil, err
	}
	return py.NewStr("array('" + string(a.tc) + "', " + r.String() + ")"), nil
}

func (a *Array) toList(t *py.Thread) *py.List {
	n := a.n()
	items := make([]py.Object, n)
	for i := range items {
		items[i] = a.get(t, i)
	}
	return py.NewList(items...)
}

func (a *Array) toUnicode() *py.Str {
	var sb strings.Builder
	for i := 0; i < a.n(); i++ {
		c, err := py.Chr(int64(binary.LittleEndian.Uint32(a.data[4*i:])))
		if err == nil {
			sb.WriteString(c.String())
		}
	}
	return py.NewStr(sb.String())
}

func arrayLen(t *py.Thread, self py.Object) (int, error) { return asArray(self).n(), nil }

// index converts an index as PyNumber_AsSsize_t(item, IndexError).
func index(t *py.Thread, key py.Object) (int, bool, error) {
	i, ok := key.(*py.Int)
	if !ok {
		typ := key.Type()
		if typ.Index == nil {
			return 0, false, nil
		}
		r, err := typ.Index(t, key)
		if err != nil {
			return 0, true, err
		}
		if i, ok = r.(*py.Int); !ok {
			return 0, true, py.Errorf(py.TypeError, "__index__ returned non-int (type %s)", r.Type().Name)
		}
	}
	v, small := i.Int64()
	if !small {
		return 0, true, py.Errorf(py.IndexError, "cannot fit '%s' into an index-sized integer", key.Type().Name)
	}
	return int(v), true, nil
}

func arrayGetItem(t *py.Thread, self, key py.Object) (py.Object, error) {
	a := asArray(self)
	i, isIndex, err := index(t, key)
	if err != nil {
		return nil, err
	}
	if isIndex {
		if i < 0 {
			i += a.n()
		}
		if i < 0 || i >= a.n() {
			return nil, py.Errorf(py.IndexError, "array index out of range")
		}
		return a.get(t, i), nil
	}
	sl, ok := key.(*py.Slice)
	if !ok {
		return nil, py.Errorf(py.TypeError, "array indices must be integers")
	}
	start, _, step, n, err := sl.Indices(t, a.n())
	if err != nil {
		return nil, err
	}
	r := newArray(ArrayType, a.tc)
	r.data = make([]byte, 0, n*a.size)
	for k := 0; k < n; k++ {
		j := (start + k*step) * a.size
		r.data = append(r.data, a.data[j:j+a.size]...)
	}
	return r, nil
}

func arraySetItem(t *py.Thread, self, key, value py.Object) error {
	a := asArray(self)
	i, isIndex, err := index(t, key)
	if err != nil {
		return err
	}
	if isIndex {
		if i < 0 {
			i += a.n()
		}
		if i < 0 || i >= a.n() {
			return py.Errorf(py.IndexError, "array assignment index out of range")
		}
		if value == nil {
			if err := a.resizeCheck(); err != nil {
				return err
			}
			a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
			return nil
		}
		return a.encode(t, value, a.data[i*a.size:(i+1)*a.size])
	}
	sl, ok := key.(*py.Slice)
	if !ok {
		return py.Errorf(py.TypeError, "array indices must be integer")
	}
	var src []byte
	if value != nil {
		other, ok := value.(*Array)
		if !ok {
			return py.Errorf(py.TypeError, "can only assign array (not \"%s\") to array slice", value.Type().Name)
		}
		if other.tc != a.tc {
			return py.Errorf(py.TypeError, "bad argument type for built-in operation")
		}
		src = append([]byte(nil), other.data...)
	}
	start, stop, step, n, err := sl.Indices(t, a.n())
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		if len(src) != (stop-start)*a.size {
			if err := a.resizeCheck(); err != nil {
				return err
			}
		}
		nd := make([]byte, 0, len(a.data)-(stop-start)*a.size+len(src))
		nd = append(nd, a.data[:start*a.size]...)
		nd = append(nd, src...)
		nd = append(nd, a.data[stop*a.size:]...)
		a.data = nd
		return nil
	}
	if value == nil {
		if n == 0 {
			return nil
		}
		if err := a.resizeCheck(); err != nil {
			return err
		}
		drop := make([]bool, a.n())
		for k := 0; k < n; k++ {
			drop[start+k*step] = true
		}
		nd := make([]byte, 0, len(a.data)-n*a.size)
		for j := 0; j < a.n(); j++ {
			if !drop[j] {
				nd = append(nd, a.data[j*a.size:(j+1)*a.size]...)
			}
		}
		a.data = nd
		return nil
	}
	if len(src)/a.size != n {
		return py.Errorf(py.ValueError, "attempt to assign array of size %d to extended slice of size %d", len(src)/a.size, n)
	}
	for k := 0; k < n; k++ {
		j := (start + k*step) * a.size
		copy(a.data[j:j+a.size], src[k*a.size:(k+1)*a.size])
	}
	return nil
}

func arrayContains(t *py.Thread, self, item py.Object) (bool, error) {
	a := asArray(self)
	for i := 0; i < a.n(); i++ {
		eq, err := py.Equal(t, a.get(t, i), item)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func arrayRichCompare(t *py.Thread, x, y py.Object, op py.CompareOp) (py.Object, error) {
	a, ok1 := x.(*Array)
	b, ok2 := y.(*Array)
	if !ok1 || !ok2 {
		return py.NotImplemented, nil
	}
	if a.n() != b.n() && (op == py.EQ || op == py.NE) {
		return py.NewBool(op == py.NE), nil
	}
	// The first differing item decides.
	i := 0
	for ; i < a.n() && i < b.n(); i++ {
		eq, err := py.Equal(t, a.get(t, i), b.get(t, i))
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i >= a.n() || i >= b.n() {
		la, lb := a.n(), b.n()
		var r bool
		switch op {
		case py.LT:
			r = la < lb
		case py.LE:
			r = la <= lb
		case py.EQ:
			r = la == lb
		case py.NE:
			r = la != lb
		case py.GT:
			r = la > lb
		case py.GE:
			r = la >= lb
		}
		return py.NewBool(r), nil
	}
	switch op {
	case py.EQ:
		return py.False, nil
	case py.NE:
		return py.True, nil
	}
	return py.RichCompare(t, a.get(t, i), b.get(t, i), op)
}

func arrayConcat(t *py.Thread, x, y py.Object) (py.Object, error) {
	a, ok := x.(*Array)
	if !ok {
		return py.NotImplemented, nil
	}
	b, ok := y.(*Array)
	if !ok {
		return nil, py.Errorf(py.TypeError, "can only append array (not \"%s\") to array", y.Type().Name)
	}
	if a.tc != b.tc {
		return nil, py.Errorf(py.TypeError, "bad argument type for built-in operation")
	}
	r := newArray(ArrayType, a.tc)
	r.data = append(append(make([]byte, 0, len(a.data)+len(b.data)), a.data...), b.data...)
	return r, nil
}

func repeatCount(t *py.Thread, n py.Object) (int, bool, error) {
	i, isIndex, err := index(t, n)
	if err != nil {
		if py.ErrorMatches(err, py.IndexError) {
			return 0, true, py.Errorf(py.OverflowError, "cannot fit '%s' into an index-sized integer", n.Type().Name)
		}
		return 0, true, err
	}
	if i < 0 {
		i = 0
	}
	return i, isIndex, nil
}

func arrayRepeat(t *py.Thread, x, y py.Object) (py.Object, error) {
	a, ok := x.(*Array)
	count := y
	if !ok {
		if a, ok = y.(*Array); !ok {
			return py.NotImplemented, nil
		}
		count = x
	}
	n, isIndex, err := repeatCount(t, count)
	if err != nil {
		return nil, err
	}
	if !isIndex {
		return nil, py.Errorf(py.TypeError, "can't multiply sequence by non-int of type '%s'", count.Type().Name)
	}
	if n > 0 && len(a.data) > math.MaxInt32*8/n {
		return nil, py.Errorf(py.MemoryError, "")
	}
	r := newArray(ArrayType, a.tc)
	r.data = make([]byte, 0, len(a.data)*n)
	for k := 0; k < n; k++ {
		r.data = append(r.data, a.data...)
	}
	return r, nil
}

func arrayIAdd(t *py.Thread, x, y py.Object) (py.Object, error) {
	a := asArray(x)
	b, ok := y.(*Array)
	if !ok {
		return nil, py.Errorf(py.TypeError, "can only extend array with array (not \"%s\")", y.Type().Name)
	}
	if a.tc != b.tc {
		return nil, py.Errorf(py.TypeError, "can only extend with array of same kind")
	}
	if err := a.resizeCheck(); err != nil {
		return nil, err
	}
	a.data = append(a.data, b.data...)
	return a, nil
}

func arrayIMul(t *py.Thread, x, y py.Object) (py.Object, error) {
	a := asArray(x)
	n, isIndex, err := repeatCount(t, y)
	if err != nil {
		return nil, err
	}
	if !isIndex {
		return nil, py.Errorf(py.TypeError, "'%s' object cannot be interpreted as an integer", y.Type().Name)
	}
	if err := a.resizeCheck(); err != nil {
		return nil, err
	}
	one := a.data
	nd := make([]byte, 0, len(one)*n)
	for k := 0; k < n; k++ {
		nd = append(nd, one...)
	}
	a.data = nd
	return a, nil
}

// ---- iteration ----

type arrayIter struct {
	a *Array
	i int
}

func (it *arrayIter) Type() *py.Type { return arrayIterType }

func arrayIterNew(t *py.Thread, self py.Object) (py.Object, error) {
	return &arrayIter{a: asArray(self)}, nil
}

func arrayIterNext(t *py.Thread, self py.Object) (py.Object, error) {
	it := self.(*arrayIter)
	if it.a == nil || it.i >= it.a.n() {
		it.a = nil
		return nil, nil
	}
	it.i++
	return it.a.get(t, it.i-1), nil
}

// ---- methods ----

type method = func(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error)

func wrap(f method) py.MethodFunc {
	return func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		return f(t, asArray(self), args, kwnames)
	}
}

func oneArg(name string, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return py.OneArg(name, args, kwnames)
}

func noArgs(name string, f func(t *py.Thread, a *Array) (py.Object, error)) method {
	return func(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		return f(t, a)
	}
}

func mAppend(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	v, err := oneArg("append", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := a.resizeCheck(); err != nil {
		return nil, err
	}
	return py.None, a.appendItem(t, v)
}

func mExtend(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	v, err := oneArg("extend", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := a.resizeCheck(); err != nil {
		return nil, err
	}
	if b, ok := v.(*Array); ok {
		if b.tc != a.tc {
			return nil, py.Errorf(py.TypeError, "can only extend with array of same kind")
		}
		a.data = append(a.data, b.data...)
		return py.None, nil
	}
	return py.None, a.extendIter(t, v)
}

func mInsert(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var io, v py.Object
	if err := py.ParseTuple("insert", args, kwnames, 2, 2, &io, &v); err != nil {
		return nil, err
	}
	i, err := py.ArgIndex(t, io)
	if err != nil {
		return nil, err
	}
	var buf [8]byte
	if err := a.encode(t, v, buf[:a.size]); err != nil {
		return nil, err
	}
	if err := a.resizeCheck(); err != nil {
		return nil, err
	}
	n := a.n()
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	a.data = append(a.data, buf[:a.size]...)
	copy(a.data[(i+1)*a.size:], a.data[i*a.size:n*a.size])
	copy(a.data[i*a.size:], buf[:a.size])
	return py.None, nil
}

func mPop(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var io py.Object
	if err := py.ParseTuple("pop", args, kwnames, 0, 1, &io); err != nil {
		return nil, err
	}
	i := -1
	if io != nil {
		var err error
		if i, err = py.ArgIndex(t, io); err != nil {
			return nil, err
		}
	}
	n := a.n()
	if n == 0 {
		return nil, py.Errorf(py.IndexError, "pop from empty array")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, py.Errorf(py.IndexError, "pop index out of range")
	}
	v := a.get(t, i)
	if err := a.resizeCheck(); err != nil {
		return nil, err
	}
	a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
	return v, nil
}

// find returns the first index of an item equal to v, -1 if none.
func (a *Array) find(t *py.Thread, v py.Object) (int, error) {
	for i := 0; i < a.n(); i++ {
		eq, err := py.Equal(t, a.get(t, i), v)
		if err != nil {
			return 0, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func mIndex(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	v, err := oneArg("index", args, kwnames)
	if err != nil {
		return nil, err
	}
	i, err := a.find(t, v)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		return nil, py.Errorf(py.ValueError, "array.index(x): x not in list")
	}
	return py.NewInt(int64(i)), nil
}

func mRemove(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	v, err := oneArg("remove", args, kwnames)
	if err != nil {
		return nil, err
	}
	i, err := a.find(t, v)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		return nil, py.Errorf(py.ValueError, "array.remove(x): x not in list")
	}
	if err := a.resizeCheck(); err != nil {
		return nil, err
	}
	a.data = append(a.data[:i*a.size], a.data[(i+1)*a.size:]...)
	return py.None, nil
}

func mCount(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	v, err := oneArg("count", args, kwnames)
	if err != nil {
		return nil, err
	}
	c := 0
	for i := 0; i < a.n(); i++ {
		eq, err := py.Equal(t, a.get(t, i), v)
		if err != nil {
			return nil, err
		}
		if eq {
			c++
		}
	}
	return py.NewInt(int64(c)), nil
}

func mReverse(t *py.Thread, a *Array) (py.Object, error) {
	n, s := a.n(), a.size
	tmp := make([]byte, s)
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		copy(tmp, a.data[i*s:(i+1)*s])
		copy(a.data[i*s:(i+1)*s], a.data[j*s:(j+1)*s])
		copy(a.data[j*s:(j+1)*s], tmp)
	}
	return py.None, nil
}

func mByteswap(t *py.Thread, a *Array) (py.Object, error) {
	s := a.size
	for i := 0; i+s <= len(a.data); i += s {
		item := a.data[i : i+s]
		for x, y := 0, s-1; x < y; x, y = x+1, y-1 {
			item[x], item[y] = item[y], item[x]
		}
	}
	return py.None, nil
}

func mBufferInfo(t *py.Thread, a *Array) (py.Object, error) {
	var addr int64
	if cap(a.data) > 0 {
		addr = int64(uintptr(unsafe.Pointer(unsafe.SliceData(a.data))))
	}
	return py.NewTuple(py.NewInt(addr), py.NewInt(int64(a.n()))), nil
}

func mToBytes(t *py.Thread, a *Array) (py.Object, error) {
	return py.NewBytes(string(a.data)), nil
}

func mFromBytes(name string) method {
	return func(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		v, err := oneArg(name, args, kwnames)
		if err != nil {
			return nil, err
		}
		if name == "fromstring" {
			if err := py.Warn(t, py.DeprecationWarning, "fromstring() is deprecated. Use frombytes() instead.", 2); err != nil {
				return nil, err
			}
		}
		b, err := py.GetBuffer(v, false)
		if err != nil {
			return nil, err
		}
		if err := a.resizeCheck(); err != nil {
			return nil, err
		}
		return py.None, a.fromBytes(append([]byte(nil), b...))
	}
}

func mToString(t *py.Thread, a *Array) (py.Object, error) {
	if err := py.Warn(t, py.DeprecationWarning, "tostring() is deprecated. Use tobytes() instead.", 2); err != nil {
		return nil, err
	}
	return mToBytes(t, a)
}

func mFromList(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	v, err := oneArg("fromlist", args, kwnames)
	if err != nil {
		return nil, err
	}
	l, ok := v.(*py.List)
	if !ok {
		return nil, py.Errorf(py.TypeError, "arg must be list")
	}
	if err := a.resizeCheck(); err != nil {
		return nil, err
	}
	saved := len(a.data)
	if err := a.fromSeq(t, append([]py.Object(nil), l.Items...)); err != nil {
		a.data = a.data[:saved]
		return nil, err
	}
	return py.None, nil
}

func mFromUnicode(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	v, err := oneArg("fromunicode", args, kwnames)
	if err != nil {
		return nil, err
	}
	s, ok := v.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "must be str or None, not %s", v.Type().Name)
	}
	if a.tc != 'u' {
		return nil, py.Errorf(py.ValueError, "fromunicode() may only be called on unicode type arrays")
	}
	if err := a.resizeCheck(); err != nil {
		return nil, err
	}
	a.fromUnicode(s)
	return py.None, nil
}

func mToUnicode(t *py.Thread, a *Array) (py.Object, error) {
	if a.tc != 'u' {
		return nil, py.Errorf(py.ValueError, "tounicode() may only be called on unicode type arrays")
	}
	return a.toUnicode(), nil
}

var (
	strRead  = py.NewStr("read")
	strWrite = py.NewStr("write")
	strDict  = py.NewStr("__dict__")
)

func mFromFile(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var fo, no py.Object
	if err := py.ParseTuple("fromfile", args, kwnames, 2, 2, &fo, &no); err != nil {
		return nil, err
	}
	n, err := py.ArgIndex(t, no)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.Errorf(py.ValueError, "negative count")
	}
	if n > math.MaxInt64/a.size {
		return nil, py.Errorf(py.MemoryError, "")
	}
	nbytes := n * a.size
	read, err := py.GetAttr(t, fo, strRead)
	if err != nil {
		return nil, err
	}
	r, err := py.Call(t, read, []py.Object{py.NewInt(int64(nbytes))}, nil)
	if err != nil {
		return nil, err
	}
	b, ok := r.(*py.Bytes)
	if !ok {
		return nil, py.Errorf(py.TypeError, "read() didn't return bytes")
	}
	data := b.String()
	whole := len(data) / a.size * a.size
	if err := a.resizeCheck(); err != nil {
		return nil, err
	}
	a.data = append(a.data, data[:whole]...)
	if len(data) != nbytes {
		return nil, py.Errorf(py.EOFError, "read() didn't return enough bytes")
	}
	return py.None, nil
}

func mToFile(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	f, err := oneArg("tofile", args, kwnames)
	if err != nil {
		return nil, err
	}
	write, err := py.GetAttr(t, f, strWrite)
	if err != nil {
		return nil, err
	}
	// Written in blocks of 64K, as CPython does.
	const block = 64 * 1024
	data := string(a.data)
	for i := 0; i < len(data); i += block {
		end := i + block
		if end > len(data) {
			end = len(data)
		}
		if _, err := py.Call(t, write, []py.Object{py.NewBytes(data[i:end])}, nil); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

func mToList(t *py.Thread, a *Array) (py.Object, error) { return a.toList(t), nil }

func mCopy(t *py.Thread, a *Array) (py.Object, error) {
	r := newArray(ArrayType, a.tc)
	r.data = append([]byte(nil), a.data...)
	return r, nil
}

func mDeepCopy(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if _, err := oneArg("__deepcopy__", args, kwnames); err != nil {
		return nil, err
	}
	return mCopy(t, a)
}

func mSizeOf(t *py.Thread, a *Array) (py.Object, error) {
	return py.NewInt(int64(64 + cap(a.data))), nil
}

// machine format codes of the pickles (CPython 3.2's enum).
const (
	mfUnknown   = -1
	mfUInt8     = 0
	mfInt8      = 1
	mfUInt16LE  = 2
	mfInt16LE   = 4
	mfUInt32LE  = 6
	mfInt32LE   = 8
	mfUInt64LE  = 10
	mfInt64LE   = 12
	mfFloatLE   = 14
	mfDoubleLE  = 16
	mfUTF16LE   = 18
	mfUTF32LE   = 20
	mfMaxFormat = 21
)

func mformatOf(tc byte) int {
	switch tc {
	case 'b':
		return mfInt8
	case 'B':
		return mfUInt8
	case 'u':
		return mfUTF32LE
	case 'h':
		return mfInt16LE
	case 'H':
		return mfUInt16LE
	case 'i':
		return mfInt32LE
	case 'I':
		return mfUInt32LE
	case 'l':
		return mfInt64LE
	case 'L':
		return mfUInt64LE
	case 'f':
		return mfFloatLE
	case 'd':
		return mfDoubleLE
	}
	return mfUnknown
}

func mReduceEx(t *py.Thread, a *Array, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	v, err := oneArg("__reduce_ex__", args, kwnames)
	if err != nil {
		return nil, err
	}
	pi, ok := v.(*py.Int)
	if !ok {
		return nil, py.Errorf(py.TypeError, "__reduce_ex__ argument should an integer")
	}
	protocol, small := pi.Int64()
	if !small {
		return nil, py.Errorf(py.OverflowError, "Python int too large to convert to C long")
	}
	dict, err := py.GetAttr(t, a, strDict)
	if err != nil {
		if !py.ErrorMatches(err, py.AttributeError) {
			return nil, err
		}
		dict = py.None
	}
	tc := py.NewStr(string(a.tc))
	if protocol < 3 {
		return py.NewTuple(a.Type(), py.NewTuple(tc, a.toList(t)), dict), nil
	}
	mod, err := builtins.ImportModule(t, "array")
	if err != nil {
		return nil, err
	}
	recon, err := py.GetAttr(t, mod, py.NewStr("_array_reconstructor"))
	if err != nil {
		return nil, err
	}
	return py.NewTuple(recon, py.NewTuple(a.Type(), tc, py.NewInt(int64(mformatOf(a.tc))), py.NewBytes(string(a.data))), dict), nil
}

// reconstructor is array._array_reconstructor(arraytype, typecode,
// mformat_code, items): an array made from the bytes of a pickle, which
// may come from a machine with other sizes or byte order.
func reconstructor(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var to, tco, mo, io py.Object
	if err := py.ParseTuple("_array_reconstructor", args, kwnames, 4, 4, &to, &tco, &mo, &io); err != nil {
		return nil, err
	}
	typ, ok := to.(*py.Type)
	if !ok {
		return nil, py.Errorf(py.TypeError, "first argument must a type object, not %s", to.Type().Name)
	}
	if !typ.IsSubtype(ArrayType) {
		return nil, py.Errorf(py.TypeError, "%s is not a subtype of array.array", typ.Name)
	}
	tcs, ok := tco.(*py.Str)
	if !ok || tcs.Len() != 1 {
		return nil, py.Errorf(py.TypeError, "must be a unicode character, not %s", tco.Type().Name)
	}
	mf, err := py.ArgInt(t, mo)
	if err != nil {
		return nil, err
	}
	items, ok := io.(*py.Bytes)
	if !ok {
		return nil, py.Errorf(py.TypeError, "fourth argument should be bytes, not %s", io.Type().Name)
	}
	tc := tcs.String()
	if len(tc) != 1 || itemSize(tc[0]) == 0 {
		return nil, py.Errorf(py.ValueError, "second argument must be a valid type code")
	}
	if mf < 0 || mf > mfMaxFormat {
		return nil, py.Errorf(py.ValueError, "third argument must be a valid machine format code.")
	}
	a := newArray(typ, tc[0])
	data := []byte(items.String())
	if mf == mformatOf(a.tc) {
		if err := a.fromBytes(data); err != nil {
			return nil, err
		}
		return a, nil
	}
	// Convert item by item.
	var size int
	switch {
	case mf <= mfInt8:
		size = 1
	case mf <= 5 || mf == 18 || mf == 19:
		size = 2
	case mf <= 9 || mf == 14 || mf == 15 || mf >= 20:
		size = 4
	default:
		size = 8
	}
	if len(data)%size != 0 {
		return nil, py.Errorf(py.ValueError, "string length not a multiple of item size")
	}
	bigEndian := mf&1 == 1 && mf >= 2
	word := func(p []byte) uint64 {
		var v uint64
		for k := 0; k < size; k++ {
			b := p[k]
			if bigEndian {
				v = v<<8 | uint64(b)
			} else {
				v |= uint64(b) << (8 * uint(k))
			}
		}
		return v
	}
	switch {
	case mf >= mfUTF16LE:
		var sb strings.Builder
		for i := 0; i+size <= len(data); i += size {
			c, err := py.Chr(int64(word(data[i:])))
			if err == nil {
				sb.WriteString(c.String())
			}
		}
		if a.tc != 'u' {
			return nil, py.Errorf(py.TypeError, "an integer is required")
		}
		a.fromUnicode(py.NewStr(sb.String()))
		return a, nil
	case mf >= mfFloatLE:
		for i := 0; i+size <= len(data); i += size {
			w := word(data[i:])
			var f float64
			if size == 4 {
				f = float64(math.Float32frombits(uint32(w)))
			} else {
				f = math.Float64frombits(w)
			}
			if err := a.appendItem(t, t.NewFloat(f)); err != nil {
				return nil, err
			}
		}
		return a, nil
	}
	signed := mf == mfInt8 || (mf >= 2 && (mf-2)/2%2 == 1)
	for i := 0; i+size <= len(data); i += size {
		w := word(data[i:])
		var v py.Object
		if signed {
			sh := 64 - uint(size)*8
			v = py.NewInt(int64(w<<sh) >> sh)
		} else if w > math.MaxInt64 {
			v = py.NewBigInt(new(big.Int).SetUint64(w))
		} else {
			v = py.NewInt(int64(w))
		}
		if err := a.appendItem(t, v); err != nil {
			return nil, err
		}
	}
	return a, nil
}

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("array")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr(moduleDoc))
	m.Dict.SetStr(py.NewStr("array"), ArrayType)
	m.Dict.SetStr(py.NewStr("ArrayType"), ArrayType)
	m.Dict.SetStr(py.NewStr("typecodes"), py.NewStr(typecodes))
	m.AddFunction("_array_reconstructor", reconstructor, "Internal. Used for pickling support.")
	return m, nil
}

const moduleDoc = `This module defines an object type which can efficiently represent
an array of basic values: characters, integers, floating point
numbers.  Arrays are sequence types and behave very much like lists,
except that the type of objects stored in them is constrained.  The
type is specified at object creation time by using a type code, which
is a single character.  The following type codes are defined:

    Type code   C Type             Minimum size in bytes 
    'b'         signed integer     1 
    'B'         unsigned integer   1 
    'u'         Unicode character  2 (see note) 
    'h'         signed integer     2 
    'H'         unsigned integer   2 
    'i'         signed integer     2 
    'I'         unsigned integer   2 
    'l'         signed integer     4 
    'L'         unsigned integer   4 
    'f'         floating point     4 
    'd'         floating point     8 

NOTE: The 'u' typecode corresponds to Python's unicode character. On 
narrow builds this is 2-bytes on wide builds this is 4-bytes.

The constructor is:

array(typecode [, initializer]) -- create a new array
`

func init() {
	ArrayType.Doc = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type."
	ArrayType.New = arrayNew
	ArrayType.Repr = arrayRepr
	ArrayType.RichCompare = arrayRichCompare
	ArrayType.Len = arrayLen
	ArrayType.GetItem = arrayGetItem
	ArrayType.SetItem = arraySetItem
	ArrayType.Contains = arrayContains
	ArrayType.Add = arrayConcat
	ArrayType.Mul = arrayRepeat
	ArrayType.IAdd = arrayIAdd
	ArrayType.IMul = arrayIMul
	ArrayType.Iter = arrayIterNew
	ArrayType.AddMethods(
		py.MethodDef{Name: "append", Fn: wrap(mAppend), Doc: "append(x)\n\nAppend new value x to the end of the array."},
		py.MethodDef{Name: "buffer_info", Fn: wrap(noArgs("buffer_info", mBufferInfo)), Doc: "buffer_info() -> (address, length)"},
		py.MethodDef{Name: "byteswap", Fn: wrap(noArgs("byteswap", mByteswap)), Doc: "byteswap()\n\nByteswap all items of the array."},
		py.MethodDef{Name: "__copy__", Fn: wrap(noArgs("__copy__", mCopy)), Doc: "copy(array)\n\n Return a copy of the array."},
		py.MethodDef{Name: "count", Fn: wrap(mCount), Doc: "count(x)\n\nReturn number of occurrences of x in the array."},
		py.MethodDef{Name: "__deepcopy__", Fn: wrap(mDeepCopy), Doc: "copy(array)\n\n Return a copy of the array."},
		py.MethodDef{Name: "extend", Fn: wrap(mExtend), Doc: "extend(array or iterable)\n\n Append items to the end of the array."},
		py.MethodDef{Name: "frombytes", Fn: wrap(mFromBytes("frombytes")), Doc: "frombytes(bytestring)\n\nAppends items from the string, interpreting it as an array of machine\nvalues, as if it had been read from a file using the fromfile() method)."},
		py.MethodDef{Name: "fromfile", Fn: wrap(mFromFile), Doc: "fromfile(f, n)\n\nRead n objects from the file object f and append them to the end of the\narray."},
		py.MethodDef{Name: "fromlist", Fn: wrap(mFromList), Doc: "fromlist(list)\n\nAppend items to array from list."},
		py.MethodDef{Name: "fromstring", Fn: wrap(mFromBytes("fromstring")), Doc: "fromstring(string)\n\nAppends items from the string, interpreting it as an array of machine\nvalues, as if it had been read from a file using the fromfile() method).\n\nThis method is deprecated. Use frombytes instead."},
		py.MethodDef{Name: "fromunicode", Fn: wrap(mFromUnicode), Doc: "fromunicode(ustr)\n\nExtends this array with data from the unicode string ustr."},
		py.MethodDef{Name: "index", Fn: wrap(mIndex), Doc: "index(x)\n\nReturn index of first occurrence of x in the array."},
		py.MethodDef{Name: "insert", Fn: wrap(mInsert), Doc: "insert(i,x)\n\nInsert a new item x into the array before position i."},
		py.MethodDef{Name: "pop", Fn: wrap(mPop), Doc: "pop([i])\n\nReturn the i-th element and delete it from the array. i defaults to -1."},
		py.MethodDef{Name: "__reduce_ex__", Fn: wrap(mReduceEx), Doc: "Return state information for pickling."},
		py.MethodDef{Name: "remove", Fn: wrap(mRemove), Doc: "remove(x)\n\nRemove the first occurrence of x in the array."},
		py.MethodDef{Name: "reverse", Fn: wrap(noArgs("reverse", mReverse)), Doc: "reverse()\n\nReverse the order of the items in the array."},
		py.MethodDef{Name: "tofile", Fn: wrap(mToFile), Doc: "tofile(f)\n\nWrite all items (as machine values) to the file object f."},
		py.MethodDef{Name: "tolist", Fn: wrap(noArgs("tolist", mToList)), Doc: "tolist() -> list\n\nConvert array to an ordinary list with the same items."},
		py.MethodDef{Name: "tostring", Fn: wrap(noArgs("tostring", mToString)), Doc: "tostring() -> bytes\n\nConvert the array to an array of machine values and return the bytes\nrepresentation.\n\nThis method is deprecated. Use tobytes instead."},
		py.MethodDef{Name: "tobytes", Fn: wrap(noArgs("tobytes", mToBytes)), Doc: "tobytes() -> bytes\n\nConvert the array to an array of machine values and return the bytes\nrepresentation."},
		py.MethodDef{Name: "tounicode", Fn: wrap(noArgs("tounicode", mToUnicode)), Doc: "tounicode() -> unicode\n\nConvert the array to a unicode string.  The array must be\na type 'u' array; otherwise a ValueError is raised.  Use\narray.tobytes().decode() to obtain a unicode string from\nan array of some other type."},
		py.MethodDef{Name: "__sizeof__", Fn: wrap(noArgs("__sizeof__", mSizeOf)), Doc: "__sizeof__() -> int\n\nSize of the array in memory, in bytes."},
	)
	ArrayType.AddGetSets(
		py.GetSetDef{Name: "typecode", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			return py.NewStr(string(asArray(self).tc)), nil
		}, Doc: "the typecode character used to create the array"},
		py.GetSetDef{Name: "itemsize", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			return py.NewInt(int64(asArray(self).size)), nil
		}, Doc: "the size, in bytes, of one array item"},
	)
	arrayIterType.Iter = func(t *py.Thread, o py.Object) (py.Object, error) { return o, nil }
	arrayIterType.Next = arrayIterNext
}
