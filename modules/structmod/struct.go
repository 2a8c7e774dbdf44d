// Package structmod is the _struct module of CPython 3.2: conversion
// between Python values and C structs held in bytes, driven by format
// strings, written in Go. lib/python/struct.py re-exports it as struct.
// It registers itself with the builtins package's module table;
// modules/all links it in.
//
// The layout rules are those of CPython 3.2 on x86-64 Linux: native mode
// ('@', the default) uses the sizes and alignments of the C types there
// (long and pointers are 8 bytes), the standard modes ('=', '<', '>',
// '!') use fixed sizes without padding. The error messages reproduce
// 3.2's, including its quirks: on a little-endian machine CPython packs
// the standard little-endian codes whose size equals the native one with
// the native routines, so '<h' and '>h' report an out-of-range value
// differently.
package structmod

import (
	"math"
	"math/big"
	"strconv"
	"sync"
	"unsafe"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() {
	builtins.RegisterModule("_struct", newModule)
	ErrorType.Base = py.ExceptionType
	ErrorType.Bases = []*py.Type{py.ExceptionType}
	py.RegisterTypes(ErrorType)
}

// ErrorType is struct.error.
var ErrorType = &py.Type{Name: "error", Module: "struct", Flags: py.FlagBaseType | py.FlagHasDict}

// StructType is Struct (its __module__ is builtins, as in CPython 3.2,
// whose type name has no module part).
var StructType = &py.Type{Name: "Struct", Flags: py.FlagBaseType | py.FlagWeakrefable}

const moduleDoc = `Functions to convert between Python values and C structs.
Python bytes objects are used to hold the data representing the C struct
and also as format strings (explained below) to describe the layout of data
in the C struct.

The optional first format char indicates byte order, size and alignment:
  @: native order, size & alignment (default)
  =: native order, std. size & alignment
  <: little-endian, std. size & alignment
  >: big-endian, std. size & alignment
  !: same as >

The remaining chars indicate types of args and must match exactly;
these can be preceded by a decimal repeat count:
  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;
  ?: _Bool (requires C99; if not available, char is used instead)
  h:short; H:unsigned short; i:int; I:unsigned int;
  l:long; L:unsigned long; f:float; d:double.
Special cases (preceding decimal count indicates length):
  s:string (array of char); p: pascal string (with count byte).
Special case (only available in native format):
  P:an integer type that is wide enough to hold a pointer.
Special case (not in native mode unless 'long long' in platform C):
  q:long long; Q:unsigned long long
Whitespace between formats is ignored.

The variable struct.error is an exception raised on errors.
`

// mode is the byte order and size rules of a format.
type mode uint8

const (
	native mode = iota // '@': C sizes and alignment, this machine's order
	little             // '<' and '=': standard sizes, little-endian
	bigEnd             // '>' and '!': standard sizes, big-endian
)

// item is a run of values of one format char in a struct: its offset,
// the size in bytes of one value (for 's' and 'p' the count given) and
// the number of values (always 1 for 's' and 'p').
type item struct {
	c     byte
	off   int
	size  int
	count int
}

// Struct is a compiled format (a Struct object).
type Struct struct {
	py.Ext
	format  *py.Bytes // nil before __init__ (format is then None)
	mode    mode
	items   []item
	nvalues int // values packed or unpacked
	size    int
}

// Type returns Struct, or the subclass.
func (s *Struct) Type() *py.Type {
	if typ := s.ExtType(); typ != nil {
		return typ
	}
	return StructType
}

// Layout describes a format for other native modules (array's buffer
// format, ctypes-like users): its total size and number of values.
func (s *Struct) Layout() (size, nvalues int) { return s.size, s.nvalues }

func structErr(msg string) error { return py.NewException(ErrorType, py.NewStr(msg)) }

// nativeSize returns the size (and alignment) of a format char in native
// mode, 0 for a char native mode does not know.
func nativeSize(c byte) int {
	switch c {
	case 'x', 'b', 'B', 'c', 's', 'p', '?':
		return 1
	case 'h', 'H':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L', 'q', 'Q', 'd', 'P':
		return 8
	}
	return 0
}

// stdSize returns the size of a format char in the standard modes, 0 for
// a char they do not know.
func stdSize(c byte) int {
	switch c {
	case 'x', 'b', 'B', 'c', 's', 'p', '?':
		return 1
	case 'h', 'H':
		return 2
	case 'i', 'I', 'l', 'L', 'f':
		return 4
	case 'q', 'Q', 'd':
		return 8
	}
	return 0
}

const maxSsize = math.MaxInt64

// compile parses a format (as bytes) into s. As in C, a NUL byte ends
// the format.
func (s *Struct) compile(f string) error {
	if i := indexByte(f, 0); i >= 0 {
		f = f[:i]
	}
	m := native
	if len(f) > 0 {
		switch f[0] {
		case '<', '=':
			m, f = little, f[1:]
		case '>', '!':
			m, f = bigEnd, f[1:]
		case '@':
			f = f[1:]
		}
	}
	var items []item
	size, nvalues := 0, 0
	for i := 0; i < len(f); {
		c := f[i]
		i++
		if isSpace(c) {
			continue
		}
		num := 1
		if '0' <= c && c <= '9' {
			num = int(c - '0')
			for {
				if i >= len(f) {
					return structErr("repeat count given without format specifier")
				}
				c = f[i]
				i++
				if c < '0' || c > '9' {
					break
				}
				d := int(c - '0')
				if num >= maxSsize/10 && (num > maxSsize/10 || d > maxSsize%10) {
					return structErr("total struct size too long")
				}
				num = num*10 + d
			}
		}
		var isz, align int
		if m == native {
			isz = nativeSize(c)
			align = isz
		} else {
			isz = stdSize(c)
		}
		if isz == 0 {
			return structErr("bad char in struct format")
		}
		if align > 1 && size > 0 {
			extra := (align - 1) - (size-1)%align
			if extra > maxSsize-size {
				return structErr("total struct size too long")
			}
			size += extra
		}
		if num > (maxSsize-size)/isz {
			return structErr("total struct size too long")
		}
		switch c {
		case 's', 'p':
			items = append(items, item{c: c, off: size, size: num, count: 1})
			nvalues++
		case 'x':
		default:
			if num > 0 {
				items = append(items, item{c: c, off: size, size: isz, count: num})
			}
			nvalues += num
		}
		size += num * isz
	}
	// CPython allocates a code per value, and refuses a count it cannot.
	if nvalues+1 > maxSsize/24 {
		return py.Errorf(py.MemoryError, "")
	}
	s.mode, s.items, s.nvalues, s.size = m, items, nvalues, size
	return nil
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return -1
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// formatBytes converts a format argument to its bytes: a str is encoded
// as ASCII, bytes are taken as they are.
func formatBytes(o py.Object) (*py.Bytes, error) {
	switch v := o.(type) {
	case *py.Str:
		s := v.String()
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				start := len([]rune(s[:i]))
				return nil, py.NewUnicodeEncodeError("ascii", v, start, start+1, "ordinal not in range(128)")
			}
		}
		return py.NewBytes(s), nil
	case *py.Bytes:
		return v, nil
	}
	return nil, py.Errorf(py.TypeError, "Struct() argument 1 must be a bytes object, not %s", o.Type().Name)
}

func structNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return &Struct{Ext: py.NewExt(typ, StructType), size: -1}, nil
}

func structInit(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) error {
	var fo py.Object
	if err := py.ParseArgs("Struct", args, kwnames, []string{"format"}, 1, &fo); err != nil {
		return err
	}
	fb, err := formatBytes(fo)
	if err != nil {
		return err
	}
	s := self.(*Struct)
	s.format = fb
	return s.compile(fb.String())
}

// newStruct compiles a format object as Struct(fmt) does.
func newStruct(fo py.Object) (*Struct, error) {
	fb, err := formatBytes(fo)
	if err != nil {
		return nil, err
	}
	s := &Struct{format: fb}
	if err := s.compile(fb.String()); err != nil {
		return nil, err
	}
	return s, nil
}

// ---- packing ----

// asPyLong is the first step of every integer code: an int, or the
// result of __index__.
func asPyLong(t *py.Thread, v py.Object) (*py.Int, error) {
	if i, ok := v.(*py.Int); ok {
		return i, nil
	}
	typ := v.Type()
	if typ.Index == nil {
		return nil, structErr("required argument is not an integer")
	}
	r, err := typ.Index(t, v)
	if err != nil {
		return nil, err
	}
	i, ok := r.(*py.Int)
	if !ok {
		return nil, py.Errorf(py.TypeError, "__index__ returned non-int (type %s)", r.Type().Name)
	}
	return i, nil
}

// getLong converts to a C long ("argument out of range" beyond it).
func getLong(t *py.Thread, v py.Object) (int64, error) {
	i, err := asPyLong(t, v)
	if err != nil {
		return 0, err
	}
	x, ok := i.Int64()
	if !ok {
		return 0, structErr("argument out of range")
	}
	return x, nil
}

var maxU64 = new(big.Int).SetUint64(math.MaxUint64)

// getULong converts to a C unsigned long ("argument out of range" for a
// negative or too large value).
func getULong(t *py.Thread, v py.Object) (uint64, error) {
	i, err := asPyLong(t, v)
	if err != nil {
		return 0, err
	}
	return uint64Of(i, func() error { return structErr("argument out of range") })
}

func uint64Of(i *py.Int, fail func() error) (uint64, error) {
	if x, ok := i.Int64(); ok {
		if x < 0 {
			return 0, fail()
		}
		return uint64(x), nil
	}
	b := i.Big()
	if b.Sign() < 0 || b.Cmp(maxU64) > 0 {
		return 0, fail()
	}
	return b.Uint64(), nil
}

func rangeErrorSigned(c byte, size int) error {
	largest := int64(1)<<(uint(size)*8-1) - 1
	return structErr("'" + string(c) + "' format requires " + strconv.FormatInt(^largest, 10) + " <= number <= " + strconv.FormatInt(largest, 10))
}

func rangeErrorUnsigned(c byte, size int) error {
	var largest uint64 = math.MaxUint64 >> (64 - uint(size)*8)
	return structErr("'" + string(c) + "' format requires 0 <= number <= " + strconv.FormatUint(largest, 10))
}

// byteArrayValue is _PyLong_AsByteArray's range check for 8 bytes.
func byteArrayValue(i *py.Int, signed bool) (uint64, error) {
	if x, ok := i.Int64(); ok {
		if x < 0 && !signed {
			return 0, py.Errorf(py.OverflowError, "can't convert negative int to unsigned")
		}
		return uint64(x), nil
	}
	b := i.Big()
	if b.Sign() < 0 {
		if !signed {
			return 0, py.Errorf(py.OverflowError, "can't convert negative int to unsigned")
		}
		return 0, py.Errorf(py.OverflowError, "int too big to convert")
	}
	if signed || b.Cmp(maxU64) > 0 {
		return 0, py.Errorf(py.OverflowError, "int too big to convert")
	}
	return b.Uint64(), nil
}

// floatArg converts a value for the float codes.
func floatArg(t *py.Thread, v py.Object) (float64, error) {
	x, err := py.AsFloat64(t, v)
	if err != nil {
		return 0, structErr("required argument is not a float")
	}
	return x, nil
}

// useNative reports whether CPython packs code c of mode m with its
// native routine: always in native mode, and in little-endian mode for
// the codes whose standard size is the native one (not floats).
func useNative(m mode, c byte) bool {
	if m == native {
		return true
	}
	if m == bigEnd {
		return c == 'b' || c == 'B' || c == 'c'
	}
	switch c {
	case 'b', 'B', 'c', 'h', 'H', 'i', 'I', 'q', 'Q', '?':
		return true
	}
	return false
}

// put writes the low size bytes of x at p in the mode's byte order.
func put(p []byte, x uint64, size int, m mode) {
	if m == bigEnd {
		for i := size - 1; i >= 0; i-- {
			p[i] = byte(x)
			x >>= 8
		}
		return
	}
	for i := 0; i < size; i++ {
		p[i] = byte(x)
		x >>= 8
	}
}

// packOne packs v for it into p (which starts at it's offset).
func (s *Struct) packOne(t *py.Thread, it *item, p []byte, v py.Object) error {
	c := it.c
	switch c {
	case 's', 'p':
		var data []byte
		switch b := v.(type) {
		case *py.Bytes:
			data = b.BufferBytes()
		case *py.ByteArray:
			data = b.Bytes()
		default:
			return structErr("argument for '" + string(c) + "' must be a bytes object")
		}
		if c == 's' {
			copy(p[:it.size], data)
			return nil
		}
		n := len(data)
		if n > it.size-1 {
			n = it.size - 1
		}
		if n > 0 {
			copy(p[1:], data[:n])
		}
		if n > 255 {
			n = 255
		}
		if it.size > 0 {
			p[0] = byte(n)
		}
		return nil
	case 'c':
		b, ok := v.(*py.Bytes)
		if !ok || len(b.String()) != 1 {
			return structErr("char format requires a bytes object of length 1")
		}
		p[0] = b.String()[0]
		return nil
	case '?':
		y, err := py.IsTrue(t, v)
		if err != nil {
			return err
		}
		if y {
			p[0] = 1
		}
		return nil
	case 'f':
		x, err := floatArg(t, v)
		if err != nil {
			return err
		}
		if s.mode != native && py.FloatFormatUnknown(false) {
			bits, err := packFloatPortable(x)
			if err != nil {
				return err
			}
			put(p, uint64(bits), 4, s.mode)
			return nil
		}
		y := float32(x)
		if s.mode != native && math.IsInf(float64(y), 0) && !math.IsInf(x, 0) {
			return py.Errorf(py.OverflowError, "float too large to pack with f format")
		}
		put(p, uint64(math.Float32bits(y)), 4, s.mode)
		return nil
	case 'd':
		x, err := floatArg(t, v)
		if err != nil {
			return err
		}
		if s.mode != native && py.FloatFormatUnknown(true) {
			bits, err := packDoublePortable(x)
			if err != nil {
				return err
			}
			put(p, bits, 8, s.mode)
			return nil
		}
		put(p, math.Float64bits(x), 8, s.mode)
		return nil
	}
	m := s.mode
	if useNative(m, c) {
		if m == native {
			m = little
		}
		switch c {
		case 'b', 'B', 'h', 'H', 'i', 'l', 'q':
			x, err := getLong(t, v)
			if err != nil {
				return err
			}
			switch c {
			case 'b':
				if x < -128 || x > 127 {
					return structErr("byte format requires -128 <= number <= 127")
				}
			case 'B':
				if x < 0 || x > 255 {
					return structErr("ubyte format requires 0 <= number <= 255")
				}
			case 'h':
				if x < math.MinInt16 || x > math.MaxInt16 {
					return structErr("short format requires SHRT_MIN <= number <= SHRT_MAX")
				}
			case 'H':
				if x < 0 || x > math.MaxUint16 {
					return structErr("ushort format requires 0 <= number <= USHRT_MAX")
				}
			case 'i':
				if x < math.MinInt32 || x > math.MaxInt32 {
					return rangeErrorSigned(c, 4)
				}
			}
			put(p, uint64(x), it.size, m)
			return nil
		case 'I', 'L', 'Q':
			x, err := getULong(t, v)
			if err != nil {
				return err
			}
			if c == 'I' && x > math.MaxUint32 {
				return rangeErrorUnsigned(c, 4)
			}
			put(p, x, it.size, m)
			return nil
		case 'P':
			i, err := asPyLong(t, v)
			if err != nil {
				return err
			}
			var x uint64
			if i.Sign() < 0 {
				y, ok := i.Int64()
				if !ok {
					return py.Errorf(py.OverflowError, "Python int too large to convert to C long")
				}
				x = uint64(y)
			} else {
				x, err = uint64Of(i, func() error {
					return py.Errorf(py.OverflowError, "Python int too large to convert to C unsigned long")
				})
				if err != nil {
					return err
				}
			}
			put(p, x, 8, m)
			return nil
		}
	}
	// The standard routines.
	switch c {
	case 'h', 'i', 'l':
		x, err := getLong(t, v)
		if err != nil {
			return err
		}
		lim := int64(1)<<(uint(it.size)*8-1) - 1
		if x < ^lim || x > lim {
			return rangeErrorSigned(c, it.size)
		}
		put(p, uint64(x), it.size, m)
	case 'H', 'I', 'L':
		x, err := getULong(t, v)
		if err != nil {
			return err
		}
		if x >= 1<<(uint(it.size)*8) {
			return rangeErrorUnsigned(c, it.size)
		}
		put(p, x, it.size, m)
	case 'q', 'Q':
		i, err := asPyLong(t, v)
		if err != nil {
			return err
		}
		x, err := byteArrayValue(i, c == 'q')
		if err != nil {
			return err
		}
		put(p, x, 8, m)
	}
	return nil
}

// pack packs values into buf (len s.size, zeroed).
func (s *Struct) pack(t *py.Thread, buf []byte, values []py.Object) error {
	k := 0
	for r := range s.items {
		it := &s.items[r]
		for j := 0; j < it.count; j++ {
			v := values[k]
			k++
			if err := s.packOne(t, it, buf[it.off+j*it.size:], v); err != nil {
				if _, isInt := v.(*py.Int); isInt && py.ErrorMatches(err, py.OverflowError) {
					return structErr("long too large to convert to int")
				}
				return err
			}
		}
	}
	return nil
}

// ---- unpacking ----

func get(p []byte, size int, m mode) uint64 {
	var x uint64
	if m == bigEnd {
		for i := 0; i < size; i++ {
			x = x<<8 | uint64(p[i])
		}
		return x
	}
	for i := size - 1; i >= 0; i-- {
		x = x<<8 | uint64(p[i])
	}
	return x
}

func (s *Struct) unpackOne(t *py.Thread, it *item, p []byte) (py.Object, error) {
	m := s.mode
	if m == native {
		m = little
	}
	switch it.c {
	case 's':
		return py.NewBytes(string(p[:it.size])), nil
	case 'p':
		if it.size == 0 {
			return nil, py.Errorf(py.SystemError, "Negative size passed to PyBytes_FromStringAndSize")
		}
		n := int(p[0])
		if n >= it.size {
			n = it.size - 1
		}
		return py.NewBytes(string(p[1 : 1+n])), nil
	case 'c':
		return py.NewBytes(string(p[:1])), nil
	case '?':
		return py.NewBool(p[0] != 0), nil
	case 'f':
		bits := uint32(get(p, 4, m))
		if s.mode != native && py.FloatFormatUnknown(false) && bits>>23&0xff == 0xff {
			return nil, errPortableSpecial()
		}
		return t.NewFloat(float64(math.Float32frombits(bits))), nil
	case 'd':
		bits := get(p, 8, m)
		if s.mode != native && py.FloatFormatUnknown(true) && bits>>52&0x7ff == 0x7ff {
			return nil, errPortableSpecial()
		}
		return t.NewFloat(math.Float64frombits(bits)), nil
	case 'b', 'h', 'i', 'l', 'q':
		x := get(p, it.size, m)
		sh := 64 - uint(it.size)*8
		return py.NewInt(int64(x<<sh) >> sh), nil
	default: // B H I L Q P
		x := get(p, it.size, m)
		if x <= math.MaxInt64 {
			return py.NewInt(int64(x)), nil
		}
		return py.NewBigInt(new(big.Int).SetUint64(x)), nil
	}
}

func (s *Struct) unpack(t *py.Thread, data []byte) (py.Object, error) {
	r := make([]py.Object, 0, s.nvalues)
	for k := range s.items {
		it := &s.items[k]
		for j := 0; j < it.count; j++ {
			v, err := s.unpackOne(t, it, data[it.off+j*it.size:])
			if err != nil {
				return nil, err
			}
			r = append(r, v)
		}
	}
	return py.NewTuple(r...), nil
}

// ---- the Struct methods ----

func (s *Struct) doPack(t *py.Thread, values []py.Object) (py.Object, error) {
	if len(values) != s.nvalues {
		return nil, structErr("pack expected " + strconv.Itoa(s.nvalues) + " items for packing (got " + strconv.Itoa(len(values)) + ")")
	}
	buf := make([]byte, s.size)
	if err := s.pack(t, buf, values); err != nil {
		return nil, err
	}
	if len(buf) == 0 {
		return py.NewBytes(""), nil
	}
	return py.NewBytes(unsafe.String(&buf[0], len(buf))), nil
}

// indexOffset is PyNumber_AsSsize_t(o, IndexError).
func indexOffset(t *py.Thread, o py.Object) (int, error) {
	var i *py.Int
	switch v := o.(type) {
	case *py.Int:
		i = v
	default:
		typ := o.Type()
		if typ.Index == nil {
			return 0, py.Errorf(py.TypeError, "'%s' object cannot be interpreted as an integer", typ.Name)
		}
		r, err := typ.Index(t, o)
		if err != nil {
			return 0, err
		}
		var ok bool
		if i, ok = r.(*py.Int); !ok {
			return 0, py.Errorf(py.TypeError, "__index__ returned non-int (type %s)", r.Type().Name)
		}
	}
	x, ok := i.Int64()
	if !ok {
		return 0, py.Errorf(py.IndexError, "cannot fit '%s' into an index-sized integer", o.Type().Name)
	}
	return int(x), nil
}

func (s *Struct) doPackInto(t *py.Thread, args []py.Object) (py.Object, error) {
	if len(args) != s.nvalues+2 {
		switch len(args) {
		case 0:
			return nil, structErr("pack_into expected buffer argument")
		case 1:
			return nil, structErr("pack_into expected offset argument")
		}
		return nil, structErr("pack_into expected " + strconv.Itoa(s.nvalues) + " items for packing (got " + strconv.Itoa(len(args)-2) + ")")
	}
	buf, err := writableBuffer(args[0])
	if err != nil {
		return nil, err
	}
	off, err := indexOffset(t, args[1])
	if err != nil {
		return nil, err
	}
	if off < 0 {
		off += len(buf)
	}
	if off < 0 || len(buf)-off < s.size {
		return nil, structErr("pack_into requires a buffer of at least " + strconv.Itoa(s.size) + " bytes")
	}
	// CPython clears the area first, so a failure leaves it zeroed up
	// to the bad value.
	dst := buf[off : off+s.size]
	for i := range dst {
		dst[i] = 0
	}
	if err := s.pack(t, dst, args[2:]); err != nil {
		return nil, err
	}
	return py.None, nil
}

// writableBuffer is PyObject_AsWriteBuffer.
func writableBuffer(o py.Object) ([]byte, error) {
	if !py.HasBuffer(o) {
		return nil, py.Errorf(py.TypeError, "expected an object with a writable buffer interface")
	}
	b, err := py.GetBuffer(o, true)
	if err != nil {
		if py.ErrorMatches(err, py.BufferError) {
			return nil, py.Errorf(py.TypeError, "expected an object with a writable buffer interface")
		}
		return nil, err
	}
	return b, nil
}

func (s *Struct) doUnpack(t *py.Thread, input py.Object) (py.Object, error) {
	data, err := py.GetBuffer(input, false)
	if err != nil {
		return nil, err
	}
	if len(data) != s.size {
		return nil, structErr("unpack requires a bytes object of length " + strconv.Itoa(s.size))
	}
	return s.unpack(t, data)
}

func (s *Struct) doUnpackFrom(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var input, offo py.Object
	if err := py.ParseArgs("unpack_from", args, kwnames, []string{"buffer", "offset"}, 1, &input, &offo); err != nil {
		return nil, err
	}
	off := 0
	if offo != nil {
		var err error
		if off, err = py.ArgIndex(t, offo); err != nil {
			return nil, err
		}
	}
	data, err := py.GetBuffer(input, false)
	if err != nil {
		return nil, err
	}
	if off < 0 {
		off += len(data)
	}
	if off < 0 || len(data)-off < s.size {
		return nil, structErr("unpack_from requires a buffer of at least " + strconv.Itoa(s.size) + " bytes")
	}
	return s.unpack(t, data[off:])
}

func asStruct(o py.Object) (*Struct, error) {
	s := o.(*Struct)
	if s.format == nil {
		// Struct.__new__ without __init__: CPython would crash; refuse.
		return nil, structErr("Struct object is not initialized")
	}
	return s, nil
}

func init() {
	StructType.Doc = "Struct(fmt) --> compiled struct object\n\nReturn a new Struct object which writes and reads binary data according to\nthe format string fmt.  See help(struct) for more on format strings."
	StructType.New = structNew
	StructType.Init = structInit
	StructType.AddMethods(
		py.MethodDef{Name: "pack", Fn: func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			if err := py.NoKwargs("pack", kwnames); err != nil {
				return nil, err
			}
			s, err := asStruct(self)
			if err != nil {
				return nil, err
			}
			return s.doPack(t, args)
		}, Doc: "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... packed according\nto the format string S.format.  See help(struct) for more on format\nstrings."},
		py.MethodDef{Name: "pack_into", Fn: func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			if err := py.NoKwargs("pack_into", kwnames); err != nil {
				return nil, err
			}
			s, err := asStruct(self)
			if err != nil {
				return nil, err
			}
			return s.doPackInto(t, args)
		}, Doc: "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string S.format\nand write the packed bytes into the writable buffer buf starting at\noffset.  Note that the offset is a required argument.  See\nhelp(struct) for more on format strings."},
		py.MethodDef{Name: "unpack", Fn: func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			input, err := py.OneArg("unpack", args, kwnames)
			if err != nil {
				return nil, err
			}
			s, err := asStruct(self)
			if err != nil {
				return nil, err
			}
			return s.doUnpack(t, input)
		}, Doc: "S.unpack(buffer) -> (v1, v2, ...)\n\nReturn a tuple containing values unpacked according to the format\nstring S.format.  Requires len(buffer) == S.size.  See help(struct)\nfor more on format strings."},
		py.MethodDef{Name: "unpack_from", Fn: func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			s, err := asStruct(self)
			if err != nil {
				return nil, err
			}
			return s.doUnpackFrom(t, args, kwnames)
		}, Doc: "S.unpack_from(buffer, offset=0) -> (v1, v2, ...)\n\nReturn a tuple containing values unpacked according to the format\nstring S.format.  Requires len(buffer[offset:]) >= S.size.  See\nhelp(struct) for more on format strings."},
		py.MethodDef{Name: "__sizeof__", Fn: func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			if err := py.NoArgs("__sizeof__", args, kwnames); err != nil {
				return nil, err
			}
			s := self.(*Struct)
			// CPython: the object (64 bytes) and one 24-byte code per
			// value plus the terminator.
			return py.NewInt(int64(64 + 24*(s.nvalues+1))), nil
		}, Doc: "S.__sizeof__() -> size of S in memory, in bytes"},
	)
	StructType.AddGetSets(
		py.GetSetDef{Name: "format", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			s := self.(*Struct)
			if s.format == nil {
				return py.None, nil
			}
			return s.format, nil
		}, Doc: "struct format string"},
		py.GetSetDef{Name: "size", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			return py.NewInt(int64(self.(*Struct).size)), nil
		}, Doc: "struct size in bytes"},
	)
}

// ---- the module ----

// cacheKey identifies a format object in the cache (str and bytes
// formats with the same text are different keys, as in CPython).
type cacheKey struct {
	isStr bool
	text  string
}

const maxCache = 100

type module struct {
	mu    sync.Mutex
	cache map[cacheKey]*Struct
}

func (m *module) lookup(fo py.Object) (*Struct, error) {
	var key cacheKey
	switch v := fo.(type) {
	case *py.Str:
		key = cacheKey{true, v.String()}
	case *py.Bytes:
		key = cacheKey{false, v.String()}
	default:
		return newStruct(fo)
	}
	m.mu.Lock()
	s := m.cache[key]
	m.mu.Unlock()
	if s != nil {
		return s, nil
	}
	s, err := newStruct(fo)
	if err != nil {
		return nil, err
	}
	m.mu.Lock()
	if len(m.cache) >= maxCache {
		m.cache = map[cacheKey]*Struct{}
	}
	m.cache[key] = s
	m.mu.Unlock()
	return s, nil
}

func newModule(t *py.Thread) (*py.Module, error) {
	st := &module{cache: map[cacheKey]*Struct{}}
	m := py.NewModule("_struct")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr(moduleDoc))
	m.Dict.SetStr(py.NewStr("error"), ErrorType)
	m.Dict.SetStr(py.NewStr("Struct"), StructType)
	m.AddFunction("_clearcache", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("_clearcache", args, kwnames); err != nil {
			return nil, err
		}
		st.mu.Lock()
		st.cache = map[cacheKey]*Struct{}
		st.mu.Unlock()
		return py.None, nil
	}, "Clear the internal cache.")
	m.AddFunction("calcsize", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		fo, err := py.OneArg("calcsize", args, kwnames)
		if err != nil {
			return nil, err
		}
		s, err := st.lookup(fo)
		if err != nil {
			return nil, err
		}
		return py.NewInt(int64(s.size)), nil
	}, "calcsize(fmt) -> integer\n\nReturn size in bytes of the struct described by the format string fmt.")
	m.AddFunction("pack", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoKwargs("pack", kwnames); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeError, "missing format argument")
		}
		s, err := st.lookup(args[0])
		if err != nil {
			return nil, err
		}
		return s.doPack(t, args[1:])
	}, "pack(fmt, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values v1, v2, ... packed according\nto the format string fmt.  See help(struct) for more on format strings.")
	m.AddFunction("pack_into", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoKwargs("pack_into", kwnames); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeError, "missing format argument")
		}
		s, err := st.lookup(args[0])
		if err != nil {
			return nil, err
		}
		return s.doPackInto(t, args[1:])
	}, "pack_into(fmt, buffer, offset, v1, v2, ...)\n\nPack the values v1, v2, ... according to the format string fmt and write\nthe packed bytes into the writable buffer buf starting at offset.  Note\nthat the offset is a required argument.  See help(struct) for more\non format strings.")
	m.AddFunction("unpack", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var fo, input py.Object
		if err := py.UnpackArgs("unpack", args, kwnames, 2, 2, &fo, &input); err != nil {
			return nil, err
		}
		s, err := st.lookup(fo)
		if err != nil {
			return nil, err
		}
		return s.doUnpack(t, input)
	}, "unpack(fmt, buffer) -> (v1, v2, ...)\n\nReturn a tuple containing values unpacked according to the format string\nfmt.  Requires len(buffer) == calcsize(fmt). See help(struct) for more\non format strings.")
	m.AddFunction("unpack_from", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if py.NumPos(args, kwnames) == 0 {
			return nil, py.Errorf(py.TypeError, "missing format argument")
		}
		s, err := st.lookup(args[0])
		if err != nil {
			return nil, err
		}
		return s.doUnpackFrom(t, args[1:], kwnames)
	}, "unpack_from(fmt, buffer, offset=0) -> (v1, v2, ...)\n\nReturn a tuple containing values unpacked according to the format string\nfmt.  Requires len(buffer[offset:]) >= calcsize(fmt).  See help(struct)\nfor more on format strings.")
	return m, nil
}

// ---- floats when float.__setformat__ has declared the format 'unknown' ----
//
// CPython then packs and unpacks the standard-size 'f' and 'd' codes with
// its portable code instead of copying the machine's bytes: infinities and
// nans are refused (packing one fails in frexp with a SystemError,
// unpacking one is a ValueError), -0.0 loses its sign, and 'f' rounds
// halfway cases up rather than to even.

func errFrexp() error { return py.Errorf(py.SystemError, "frexp() result out of range") }

func errPortableSpecial() error {
	return py.Errorf(py.ValueError, "can't unpack IEEE 754 special value on non-IEEE platform")
}

// packFloatPortable returns the IEEE single bits of x as the portable
// code builds them.
func packFloatPortable(x float64) (uint32, error) {
	var sign uint32
	if x < 0 {
		sign, x = 1, -x
	}
	f, e := math.Frexp(x)
	switch {
	case f >= 0.5 && f < 1:
		f, e = f*2, e-1
	case f == 0:
		e = 0
	default:
		return 0, errFrexp()
	}
	switch {
	case e >= 128:
		return 0, py.Errorf(py.OverflowError, "float too large to pack with f format")
	case e < -126:
		f, e = math.Ldexp(f, 126+e), 0 // denormal
	case !(e == 0 && f == 0):
		e += 127
		f--
	}
	// Each product is rounded on its own (float64 conversions keep the
	// compiler from fusing the multiply and add), as in C.
	fbits := uint32(float64(f*8388608) + 0.5)
	if fbits>>23 != 0 {
		fbits = 0
		e++
		if e >= 255 {
			return 0, py.Errorf(py.OverflowError, "float too large to pack with f format")
		}
	}
	return sign<<31 | uint32(e)<<23 | fbits, nil
}

// packDoublePortable returns the IEEE double bits of x as the portable
// code builds them: exactly the machine's for finite non-zero values.
func packDoublePortable(x float64) (uint64, error) {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return 0, errFrexp()
	}
	if x == 0 {
		return 0, nil
	}
	return math.Float64bits(x), nil
}
