// Package marshal is CPython 3.2's marshal format for Taipan: the
// serialisation behind the marshal module and the bytecode caches in
// __pycache__ that the import system writes and reads.
//
// Every value the 3.2 format knows (None, True, False, StopIteration,
// Ellipsis, ints of any size, floats, complex numbers, str, bytes,
// tuples, lists, dicts, sets and frozensets) is written byte for byte as
// CPython 3.2 writes it, in each of the format versions 0, 1 and 2 (they
// differ only in floats: text before 2, IEEE binary from 2 on), and data
// CPython 3.2 wrote loads back into the same values. Version 3.2 shares
// nothing between equal strings, so neither does this package.
//
// Code objects are Taipan's own (its instructions are not CPython's): a
// py.Code is written under the type code 'C' (CPython 3.2 uses 'c' for its
// own layout, which Taipan does not read), holding every field the
// evaluator needs; see code.go. Whoever stores code (the import system)
// keeps it apart from CPython's with a magic number of its own.
//
// Reading never panics: malformed, truncated or hostile input raises the
// exception CPython 3.2 raises for it (ValueError "bad marshal data
// (...)", EOFError "EOF read where object expected", TypeError "NULL
// object in marshal data for ...") as a *py.BaseException error.
package marshal

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/taipan-py/taipan/py"
)

// Version is marshal.version: the format dumps writes by default.
const Version = 2

// The type codes of the format (CPython 3.2's, and Taipan's code 'C').
const (
	typeNull          = '0'
	typeNone          = 'N'
	typeFalse         = 'F'
	typeTrue          = 'T'
	typeStopIter      = 'S'
	typeEllipsis      = '.'
	typeInt           = 'i'
	typeInt64         = 'I'
	typeFloat         = 'f'
	typeBinaryFloat   = 'g'
	typeComplex       = 'x'
	typeBinaryComplex = 'y'
	typeLong          = 'l'
	typeString        = 's'
	typeTuple         = '('
	typeList          = '['
	typeDict          = '{'
	typeUnicode       = 'u'
	typeUnknown       = '?'
	typeSet           = '<'
	typeFrozenSet     = '>'
	typeTaipanCode    = 'C'
	typeCode          = 'c' // CPython's code objects: read past, refused
)

// maxDepth is how deeply values may nest, writing or reading (CPython's
// MAX_MARSHAL_STACK_DEPTH).
const maxDepth = 2000

// size32Max is the largest size the format can hold.
const size32Max = 0x7FFFFFFF

// ---------------------------------------------------------------------
// Writing

// The errors a write can end in (CPython's WFERR_*): like CPython, the
// writer records the latest and carries on, and reports it at the end.
const (
	werrOK = iota
	werrUnmarshallable
	werrNested
)

type writer struct {
	buf     []byte
	version int
	depth   int
	err     int
}

// Dumps returns the marshal data of v in the given format version
// (marshal.dumps). A value the format cannot hold, inside v or v
// itself, is ValueError("unmarshallable object"); nesting deeper than
// 2000 levels is ValueError("object too deeply nested to marshal").
func Dumps(v py.Object, version int) ([]byte, error) {
	w := writer{buf: make([]byte, 0, 64), version: version}
	w.object(v)
	switch w.err {
	case werrUnmarshallable:
		return nil, py.Errorf(py.ValueError, "unmarshallable object")
	case werrNested:
		return nil, py.Errorf(py.ValueError, "object too deeply nested to marshal")
	}
	return w.buf, nil
}

func (w *writer) byte(c byte) { w.buf = append(w.buf, c) }

func (w *writer) long(x int32) {
	w.buf = append(w.buf, byte(x), byte(x>>8), byte(x>>16), byte(x>>24))
}

func (w *writer) short(x int) { w.buf = append(w.buf, byte(x), byte(x>>8)) }

// size writes a length, which must fit in 31 bits; it reports false
// (after recording the error) when it does not.
func (w *writer) size(n int) bool {
	if n > size32Max {
		w.err = werrUnmarshallable
		return false
	}
	w.long(int32(n))
	return true
}

func (w *writer) bytes(typ byte, s string) {
	w.byte(typ)
	if w.size(len(s)) {
		w.buf = append(w.buf, s...)
	}
}

func (w *writer) floatText(x float64) {
	s := formatFloat(x)
	w.byte(byte(len(s)))
	w.buf = append(w.buf, s...)
}

func (w *writer) floatBinary(x float64) {
	b := math.Float64bits(x)
	w.buf = append(w.buf, byte(b), byte(b>>8), byte(b>>16), byte(b>>24),
		byte(b>>32), byte(b>>40), byte(b>>48), byte(b>>56))
}

func (w *writer) object(v py.Object) {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > maxDepth {
		w.err = werrNested
		return
	}
	switch v := v.(type) {
	case nil:
		w.byte(typeNull)
		return
	case *py.NoneObject:
		if v == py.None {
			w.byte(typeNone)
			return
		}
	case *py.Type:
		if v == py.StopIteration {
			w.byte(typeStopIter)
			return
		}
	case *py.EllipsisObject:
		w.byte(typeEllipsis)
		return
	case *py.Int:
		switch {
		case v == py.False:
			w.byte(typeFalse)
		case v == py.True:
			w.byte(typeTrue)
		case v.Type() == py.IntType:
			w.int(v)
		default:
			w.unknown()
		}
		return
	case *py.Float:
		if v.Type() != py.FloatType {
			break
		}
		x := v.Float64()
		if w.version > 1 {
			w.byte(typeBinaryFloat)
			w.floatBinary(x)
		} else {
			w.byte(typeFloat)
			w.floatText(x)
		}
		return
	case *py.Complex:
		if v.Type() != py.ComplexType {
			break
		}
		c := v.Complex128()
		if w.version > 1 {
			w.byte(typeBinaryComplex)
			w.floatBinary(real(c))
			w.floatBinary(imag(c))
		} else {
			w.byte(typeComplex)
			w.floatText(real(c))
			w.floatText(imag(c))
		}
		return
	case *py.Bytes:
		// A subclass of bytes is written as bytes too (CPython writes
		// any object with the buffer interface so).
		w.bytes(typeString, v.String())
		return
	case *py.ByteArray:
		w.bytes(typeString, string(v.Bytes()))
		return
	case *py.Str:
		if v.Type() != py.StrType {
			break
		}
		// Taipan's text is UTF-8 with lone surrogates in their
		// three-byte form: exactly what CPython's UTF-8 encoder writes
		// with "surrogatepass".
		w.bytes(typeUnicode, v.String())
		return
	case *py.Tuple:
		if v.Type() != py.TupleType {
			break
		}
		w.byte(typeTuple)
		w.items(v.Items)
		return
	case *py.List:
		if v.Type() != py.ListType {
			break
		}
		w.byte(typeList)
		w.items(v.Items)
		return
	case *py.Dict:
		if v.Type() != py.DictType {
			break
		}
		w.byte(typeDict)
		pos := 0
		for {
			k, val, ok := v.Next(&pos)
			if !ok {
				break
			}
			w.object(k)
			w.object(val)
		}
		w.object(nil)
		return
	case *py.Set:
		switch v.Type() {
		case py.SetType:
			w.byte(typeSet)
		case py.FrozenSetType:
			w.byte(typeFrozenSet)
		default:
			w.unknown()
			return
		}
		if !w.size(v.Len()) {
			return
		}
		v.Range(func(k py.Object) bool {
			w.object(k)
			return true
		})
		return
	case *py.Code:
		w.code(v)
		return
	}
	w.unknown()
}

func (w *writer) unknown() {
	w.byte(typeUnknown)
	w.err = werrUnmarshallable
}

func (w *writer) items(items []py.Object) {
	if !w.size(len(items)) {
		return
	}
	for _, it := range items {
		w.object(it)
	}
}

// int writes an exact int as 3.2 does on a 64-bit machine: 'i' when it
// fits in 32 bits, 'I' when it fits in 64, else 'l' with base 2**15
// digits.
func (w *writer) int(v *py.Int) {
	if x, ok := v.Int64(); ok {
		if x == int64(int32(x)) {
			w.byte(typeInt)
			w.long(int32(x))
		} else {
			w.byte(typeInt64)
			w.long(int32(x))
			w.long(int32(x >> 32))
		}
		return
	}
	b := v.Big()
	neg := b.Sign() < 0
	mag := new(big.Int).Abs(b)
	n := (mag.BitLen() + 14) / 15
	if n > size32Max {
		w.err = werrUnmarshallable
		return
	}
	w.byte(typeLong)
	if neg {
		w.long(int32(-n))
	} else {
		w.long(int32(n))
	}
	words := mag.Bits()
	const wbits = 32 << (^uint(0) >> 63)
	for i := 0; i < n; i++ {
		bit := i * 15
		wi, off := bit/wbits, uint(bit%wbits)
		d := uint64(words[wi]) >> off
		if off+15 > wbits && wi+1 < len(words) {
			d |= uint64(words[wi+1]) << (wbits - off)
		}
		w.short(int(d & 0x7FFF))
	}
}

// formatFloat is C's "%.17g" as CPython's PyOS_double_to_string(x, 'g',
// 17, 0) writes it: "inf", "-inf" and "nan" for the special values.
func formatFloat(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	case math.IsNaN(x):
		return "nan"
	}
	return strconv.FormatFloat(x, 'g', 17, 64)
}

// ---------------------------------------------------------------------
// Reading

// errShort is what a reader's read returns when the data ends before n
// bytes.
var errShort = &py.BaseException{}

// reader reads marshal data from memory, or from a Python file (file is
// then set, and each read is a call of its read method).
type reader struct {
	data  []byte
	pos   int
	file  func(n int) ([]byte, error)
	depth int
	t     *py.Thread
	// foreignCode is set when CPython code was read (see cpythonCode).
	foreignCode bool
}

// read returns the next n bytes, errShort when fewer are left, or the
// exception the file's read method raised.
func (r *reader) read(n int) ([]byte, error) {
	if r.file != nil {
		b, err := r.file(n)
		if err != nil {
			return nil, err
		}
		if len(b) < n {
			return nil, errShort
		}
		return b[:n], nil
	}
	if n > len(r.data)-r.pos {
		r.pos = len(r.data)
		return nil, errShort
	}
	b := r.data[r.pos : r.pos+n]
	r.pos += n
	return b, nil
}

// typeByte reads the next type code; -1 at the end of the data.
func (r *reader) typeByte() (int, error) {
	if r.file == nil {
		if r.pos >= len(r.data) {
			return -1, nil
		}
		c := r.data[r.pos]
		r.pos++
		return int(c), nil
	}
	b, err := r.read(1)
	if err == errShort {
		return -1, nil
	}
	if err != nil {
		return 0, err
	}
	return int(b[0]), nil
}

func eofNotExpected() error {
	return py.NewException(py.EOFError, py.NewStr("EOF read where not expected"))
}

func eofObjectExpected() error {
	return py.NewException(py.EOFError, py.NewStr("EOF read where object expected"))
}

func badData(what string) error {
	return py.Errorf(py.ValueError, "bad marshal data (%s)", what)
}

// long reads a signed 32-bit number (r_long).
func (r *reader) long() (int32, error) {
	b, err := r.read(4)
	if err != nil {
		if err == errShort {
			return 0, eofNotExpected()
		}
		return 0, err
	}
	return int32(uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24), nil
}

// short reads a signed 16-bit number (r_short).
func (r *reader) short() (int, error) {
	b, err := r.read(2)
	if err != nil {
		if err == errShort {
			return 0, eofNotExpected()
		}
		return 0, err
	}
	return int(int16(uint16(b[0]) | uint16(b[1])<<8)), nil
}

// payload reads n bytes of a value whose header has been read: the end
// of the data here is "EOF read where object expected".
func (r *reader) payload(n int) ([]byte, error) {
	b, err := r.read(n)
	if err == errShort {
		return nil, eofObjectExpected()
	}
	return b, err
}

// size reads a length, checking it is in range; what names the value
// in the message ("tuple size out of range").
func (r *reader) size(what string) (int, error) {
	n, err := r.long()
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, badData(what + " size out of range")
	}
	return int(n), nil
}

// capHint bounds a preallocation for n items by what the data can hold
// (each item takes at least one byte), so that a forged size cannot
// make the reader allocate more than the input.
func (r *reader) capHint(n int) int {
	limit := 1 << 12
	if r.file == nil {
		limit = len(r.data) - r.pos
	}
	if n > limit {
		return limit
	}
	return n
}

// Loads reads one value from the start of data (marshal.loads); bytes
// after it are ignored.
func Loads(data []byte) (py.Object, error) {
	v, _, err := LoadsPrefix(data)
	return v, err
}

// LoadsPrefix reads one value from the start of data and also returns
// how many bytes it took.
func LoadsPrefix(data []byte) (py.Object, int, error) {
	r := reader{data: data}
	v, err := r.top()
	if err != nil {
		return nil, 0, err
	}
	return v, r.pos, nil
}

// top reads a whole value (read_object): a NULL there is an error.
func (r *reader) top() (py.Object, error) {
	v, err := r.object()
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, py.Errorf(py.TypeError, "NULL object in marshal data for object")
	}
	if r.foreignCode {
		return nil, badData("CPython code object")
	}
	return v, nil
}

// object reads one value (r_object): nil with no error for TYPE_NULL.
func (r *reader) object() (py.Object, error) {
	typ, err := r.typeByte()
	if err != nil {
		return nil, err
	}
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > maxDepth {
		return nil, py.Errorf(py.ValueError, "recursion limit exceeded")
	}
	switch typ {
	case -1:
		return nil, eofObjectExpected()
	case typeNull:
		return nil, nil
	case typeNone:
		return py.None, nil
	case typeStopIter:
		return py.StopIteration, nil
	case typeEllipsis:
		return py.Ellipsis, nil
	case typeFalse:
		return py.False, nil
	case typeTrue:
		return py.True, nil
	case typeInt:
		n, err := r.long()
		if err != nil {
			return nil, err
		}
		return py.NewInt(int64(n)), nil
	case typeInt64:
		lo, err := r.long()
		if err != nil {
			return nil, err
		}
		hi, err := r.long()
		if err != nil {
			return nil, err
		}
		return py.NewInt(int64(hi)<<32 | int64(uint32(lo))), nil
	case typeLong:
		return r.bigInt()
	case typeFloat:
		x, err := r.floatText()
		if err != nil {
			return nil, err
		}
		return py.NewFloat(x), nil
	case typeBinaryFloat:
		b, err := r.payload(8)
		if err != nil {
			return nil, err
		}
		return py.NewFloat(unpack8(b)), nil
	case typeComplex:
		re, err := r.floatText()
		if err != nil {
			return nil, err
		}
		im, err := r.floatText()
		if err != nil {
			return nil, err
		}
		return py.NewComplex(complex(re, im)), nil
	case typeBinaryComplex:
		b, err := r.payload(8)
		if err != nil {
			return nil, err
		}
		re := unpack8(b)
		b, err = r.payload(8)
		if err != nil {
			return nil, err
		}
		return py.NewComplex(complex(re, unpack8(b))), nil
	case typeString:
		n, err := r.size("string")
		if err != nil {
			return nil, err
		}
		b, err := r.payload(n)
		if err != nil {
			return nil, err
		}
		return py.NewBytes(string(b)), nil
	case typeUnicode:
		n, err := r.size("unicode")
		if err != nil {
			return nil, err
		}
		b, err := r.payload(n)
		if err != nil {
			return nil, err
		}
		return decodeText(b)
	case typeTuple:
		items, err := r.sequence("tuple")
		if err != nil {
			return nil, err
		}
		return py.NewTuple(items...), nil
	case typeList:
		items, err := r.sequence("list")
		if err != nil {
			return nil, err
		}
		return py.NewList(items...), nil
	case typeDict:
		return r.dict()
	case typeSet, typeFrozenSet:
		return r.set(typ == typeFrozenSet)
	case typeTaipanCode:
		return r.code()
	case typeCode:
		return r.cpythonCode()
	}
	return nil, badData("unknown type code")
}

func unpack8(b []byte) float64 {
	return math.Float64frombits(uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56)
}

// floatText reads a float in text form: a length byte and the text,
// parsed as CPython's PyOS_string_to_double parses (the whole text, up to
// a NUL, must be a float; overflow gives an infinity).
func (r *reader) floatText() (float64, error) {
	c, err := r.typeByte()
	if err != nil {
		return 0, err
	}
	if c < 0 {
		return 0, eofObjectExpected()
	}
	b, err := r.payload(c)
	if err != nil {
		return 0, err
	}
	s := string(b)
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	x, n := py.ParseFloatPrefix(s)
	if n == 0 || n != len(s) {
		if len(s) > 200 {
			s = s[:200]
		}
		return 0, py.Errorf(py.ValueError, "could not convert string to float: %s", strings.ToValidUTF8(s, "\uFFFD"))
	}
	return x, nil
}

// decodeText turns the UTF-8 of a str (lone surrogates allowed, as
// "surrogatepass" decodes them) into a str.
func decodeText(b []byte) (py.Object, error) {
	if utf8.Valid(b) {
		return py.NewStr(string(b)), nil
	}
	return py.Decode(nil, string(b), "utf-8", "surrogatepass")
}

// bigInt reads an int in base 2**15 digits (r_PyLong).
func (r *reader) bigInt() (py.Object, error) {
	n, err := r.long()
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return py.NewInt(0), nil
	}
	if n == math.MinInt32 {
		return nil, badData("long size out of range")
	}
	count := int(n)
	if count < 0 {
		count = -count
	}
	// Gather the digits 4 at a time into 60-bit words.
	var words []big.Word
	const wbits = 32 << (^uint(0) >> 63)
	var acc uint64
	accBits := uint(0)
	mag := new(big.Int)
	if wbits == 64 {
		words = make([]big.Word, 0, r.capHint((count*15+63)/64))
	}
	var parts []uint16
	for i := 0; i < count; i++ {
		d, err := r.short()
		if err != nil {
			return nil, err
		}
		if d < 0 || d > 1<<15 {
			return nil, badData("digit out of range in long")
		}
		if d == 0 && i == count-1 {
			return nil, badData("unnormalized long data")
		}
		if wbits == 64 {
			acc |= uint64(d) << accBits
			accBits += 15
			if accBits >= 64 {
				words = append(words, big.Word(acc))
				accBits -= 64
				acc = uint64(d) >> (15 - accBits)
			}
		} else {
			parts = append(parts, uint16(d))
		}
	}
	if wbits == 64 {
		if accBits > 0 {
			words = append(words, big.Word(acc))
		}
		mag.SetBits(words)
	} else {
		for i := len(parts) - 1; i >= 0; i-- {
			mag.Lsh(mag, 15)
			mag.Or(mag, big.NewInt(int64(parts[i])))
		}
	}
	if n < 0 {
		mag.Neg(mag)
	}
	return py.NewBigInt(mag), nil
}

// sequence reads the items of a tuple or list.
func (r *reader) sequence(what string) ([]py.Object, error) {
	n, err := r.size(what)
	if err != nil {
		return nil, err
	}
	items := make([]py.Object, 0, r.capHint(n))
	for i := 0; i < n; i++ {
		v, err := r.object()
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, py.Errorf(py.TypeError, "NULL object in marshal data for %s", what)
		}
		items = append(items, v)
	}
	return items, nil
}

// dict reads a dict's keys and values up to the NULL that ends them.
func (r *reader) dict() (py.Object, error) {
	d := py.NewDict()
	for {
		k, err := r.object()
		if err != nil {
			return nil, err
		}
		if k == nil {
			return d, nil
		}
		v, err := r.object()
		if err != nil {
			return nil, err
		}
		if v == nil {
			// 3.2 skips a key whose value is NULL.
			continue
		}
		if err := d.SetItem(r.t, k, v); err != nil {
			return nil, err
		}
	}
}

// set reads a set or frozenset.
func (r *reader) set(frozen bool) (py.Object, error) {
	n, err := r.size("set")
	if err != nil {
		return nil, err
	}
	var s *py.Set
	if frozen {
		s, _ = py.NewFrozenSet(r.t, nil)
	} else {
		s = py.NewSet()
	}
	for i := 0; i < n; i++ {
		v, err := r.object()
		if err != nil {
			return nil, err
		}
		if v == nil {
			return nil, py.Errorf(py.TypeError, "NULL object in marshal data for set")
		}
		if err := s.Add(r.t, v); err != nil {
			return nil, err
		}
	}
	return s, nil
}
