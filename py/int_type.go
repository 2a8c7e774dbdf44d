package py

// The int type: its slots, its methods and its constructor (CPython's
// Objects/longobject.c), and bool, the subclass with two instances.

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/taipan-py/taipan/internal/pystr"
)

// intOperands returns a and b as ints, or ok false when either is not an
// int (the slot then returns NotImplemented).
func intOperands(a, b Object) (x, y *Int, ok bool) {
	if x, ok = a.(*Int); !ok {
		return nil, nil, false
	}
	y, ok = b.(*Int)
	return x, y, ok
}

func intAddSlot(t *Thread, a, b Object) (Object, error) {
	if x, y, ok := intOperands(a, b); ok {
		return IntAdd(x, y), nil
	}
	return NotImplemented, nil
}

func intSubSlot(t *Thread, a, b Object) (Object, error) {
	if x, y, ok := intOperands(a, b); ok {
		return IntSub(x, y), nil
	}
	return NotImplemented, nil
}

func intMulSlot(t *Thread, a, b Object) (Object, error) {
	if x, y, ok := intOperands(a, b); ok {
		return IntMul(x, y), nil
	}
	return NotImplemented, nil
}

func intFloorDivSlot(t *Thread, a, b Object) (Object, error) {
	if x, y, ok := intOperands(a, b); ok {
		return IntFloorDiv(x, y)
	}
	return NotImplemented, nil
}

func intModSlot(t *Thread, a, b Object) (Object, error) {
	if x, y, ok := intOperands(a, b); ok {
		return IntMod(x, y)
	}
	return NotImplemented, nil
}

func intDivmodSlot(t *Thread, a, b Object) (Object, error) {
	if x, y, ok := intOperands(a, b); ok {
		q, r, err := IntDivmod(x, y)
		if err != nil {
			return nil, err
		}
		return NewTuple(q, r), nil
	}
	return NotImplemented, nil
}

func intTrueDivSlot(t *Thread, a, b Object) (Object, error) {
	if x, y, ok := intOperands(a, b); ok {
		f, err := IntTrueDiv(x, y)
		if err != nil {
			return nil, err
		}
		return NewFloat(f), nil
	}
	return NotImplemented, nil
}

func intPowSlot(t *Thread, a, b, c Object) (Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if m, ok := c.(*Int); ok {
		return IntPowMod(x, y, m)
	}
	if c != None {
		return NotImplemented, nil
	}
	if y.Sign() < 0 {
		// A negative exponent makes a float.
		fx, err := x.Float64()
		if err != nil {
			return nil, err
		}
		fy, err := y.Float64()
		if err != nil {
			return nil, err
		}
		return floatPowObject(t, fx, fy)
	}
	return IntPow(x, y)
}

func intLShiftSlot(t *Thread, a, b Object) (Object, error) {
	if x, y, ok := intOperands(a, b); ok {
		return IntLShift(x, y)
	}
	return NotImplemented, nil
}

func intRShiftSlot(t *Thread, a, b Object) (Object, error) {
	if x, y, ok := intOperands(a, b); ok {
		return IntRShift(x, y)
	}
	return NotImplemented, nil
}

func intAndSlot(t *Thread, a, b Object) (Object, error) {
	if x, y, ok := intOperands(a, b); ok {
		return IntAnd(x, y), nil
	}
	return NotImplemented, nil
}

func intOrSlot(t *Thread, a, b Object) (Object, error) {
	if x, y, ok := intOperands(a, b); ok {
		return IntOr(x, y), nil
	}
	return NotImplemented, nil
}

func intXorSlot(t *Thread, a, b Object) (Object, error) {
	if x, y, ok := intOperands(a, b); ok {
		return IntXor(x, y), nil
	}
	return NotImplemented, nil
}

func intNegSlot(t *Thread, a Object) (Object, error)    { return IntNeg(a.(*Int)), nil }
func intPosSlot(t *Thread, a Object) (Object, error)    { return a.(*Int).exactInt(), nil }
func intAbsSlot(t *Thread, a Object) (Object, error)    { return IntAbs(a.(*Int)), nil }
func intInvertSlot(t *Thread, a Object) (Object, error) { return IntInvert(a.(*Int)), nil }
func intIntSlot(t *Thread, a Object) (Object, error)    { return a.(*Int).exactInt(), nil }
func intBoolSlot(t *Thread, a Object) (bool, error)     { return !a.(*Int).IsZero(), nil }
func intHashSlot(t *Thread, a Object) (int64, error)    { return a.(*Int).Hash(), nil }

func intFloatSlot(t *Thread, a Object) (Object, error) {
	f, err := a.(*Int).Float64()
	if err != nil {
		return nil, err
	}
	return NewFloat(f), nil
}

func intReprSlot(t *Thread, a Object) (Object, error) {
	i := a.(*Int)
	if i.b == nil {
		return NewStr(strconv.FormatInt(i.v, 10)), nil
	}
	return NewStr(i.b.String()), nil
}

func intRichCompareSlot(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, y, ok := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	return NewBool(compareResult(IntCompare(x, y), op)), nil
}

// intNew is int.__new__: int(x=0) and int(x, base).
func intNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	var x, base Object
	if len(args) == 1 && kwnames == nil {
		x = args[0]
	} else if err := ParseArgs("int", args, kwnames, intNewKwlist, 0, &x, &base); err != nil {
		return nil, err
	}
	var i *Int
	var err error
	switch {
	case x == nil:
		if base != nil {
			return nil, Errorf(TypeError, "int() missing string argument")
		}
		i = NewInt(0)
	case base == nil:
		i, err = IntOf(t, x)
	default:
		i, err = intFromBase(t, x, base)
	}
	if err != nil || typ == IntType {
		return i, err
	}
	return &Int{ext: ext{&extData{typ: typ}}, v: i.v, b: i.b}, nil
}

var intNewKwlist = []string{"x", "base"}

// intFromBase is int(x, base): x must be a str, bytes or bytearray.
func intFromBase(t *Thread, x, obase Object) (*Int, error) {
	bi, err := numAsInt(t, obase)
	if err != nil {
		return nil, err
	}
	b, ok := bi.Int64()
	if !ok || (b != 0 && b < 2) || b > 36 {
		return nil, Errorf(ValueError, "int() base must be >= 2 and <= 36")
	}
	base := int(b)
	switch v := x.(type) {
	case *Str:
		return intFromStr(t, v.s, base)
	case *Bytes:
		return intFromBytesText(t, v.s, base, v)
	case *ByteArray:
		return intFromBytesText(t, string(v.b), base, v)
	}
	return nil, Errorf(TypeError, "int() can't convert non-string with explicit base")
}

// intFromBytesText parses the text of a bytes or bytearray given with a
// base: a NUL or an empty text is refused with the object's repr.
func intFromBytesText(t *Thread, s string, base int, obj Object) (*Int, error) {
	if s == "" || strings.IndexByte(s, 0) >= 0 {
		r, err := Repr(t, obj)
		if err != nil {
			return nil, err
		}
		return nil, Errorf(ValueError, "invalid literal for int() with base %d: %s", base, r.s)
	}
	i, _, err := intFromCString(t, s, base)
	return i, err
}

// numAsInt converts an object to an int as PyLong_AsLong does before
// taking its value: an int itself, else its __int__ ("an integer is
// required" without one).
func numAsInt(t *Thread, o Object) (*Int, error) {
	if i, ok := o.(*Int); ok {
		return i, nil
	}
	typ := o.Type()
	if typ.Int == nil {
		return nil, Errorf(TypeError, "an integer is required")
	}
	r, err := typ.Int(t, o)
	if err != nil {
		return nil, err
	}
	i, ok := r.(*Int)
	if !ok {
		return nil, Errorf(TypeError, "nb_int should return int object")
	}
	return i, nil
}

// IntOf returns int(o) for one argument (CPython's PyNumber_Long): an int
// itself; __int__; __trunc__; the text of a str, bytes or bytearray in
// base 10; else TypeError.
func IntOf(t *Thread, o Object) (*Int, error) {
	if i, ok := o.(*Int); ok && i.ext.p == nil {
		return i, nil
	}
	if f, ok := o.(*Float); ok && f.ext.p == nil {
		return floatToInt(f.v)
	}
	typ := o.Type()
	if typ.Int != nil {
		r, err := typ.Int(t, o)
		if err != nil {
			return nil, err
		}
		i, ok := r.(*Int)
		if !ok {
			return nil, Errorf(TypeError, "__int__ returned non-int (type %s)", r.Type().Name)
		}
		return i, nil
	}
	if i, ok := o.(*Int); ok {
		return i.exactInt(), nil
	}
	// __trunc__ is looked up on the object, and any error doing so is
	// ignored, as PyNumber_Long does.
	if trunc, err := GetAttr(t, o, strTrunc); err == nil {
		r, err := Call(t, trunc, nil, nil)
		if err != nil {
			return nil, err
		}
		if i, ok := r.(*Int); ok {
			return i, nil
		}
		rt := r.Type()
		if rt.Int == nil {
			return nil, Errorf(TypeError, "__trunc__ returned non-Integral (type %s)", rt.Name)
		}
		r2, err := rt.Int(t, r)
		if err != nil {
			return nil, err
		}
		i, ok := r2.(*Int)
		if !ok {
			return nil, Errorf(TypeError, "__int__ returned non-int (type %s)", r2.Type().Name)
		}
		return i, nil
	}
	switch v := o.(type) {
	case *Str:
		return intFromStr(t, v.s, 10)
	case *Bytes:
		return intFromCStringAll(t, v.s)
	case *ByteArray:
		return intFromCStringAll(t, string(v.b))
	case BufferExporter:
		b, err := GetBuffer(v, false)
		if err != nil {
			return nil, err
		}
		return intFromCStringAll(t, string(b))
	}
	return nil, Errorf(TypeError, "int() argument must be a string or a number, not '%s'", typ.Name)
}

var (
	strTrunc = NewStr("__trunc__")
	strRound = NewStr("__round__")
)

// intFromCStringAll parses the whole text s in base 10, failing with
// "null byte in argument for int()" when the parse stops at a NUL.
func intFromCStringAll(t *Thread, s string) (*Int, error) {
	i, end, err := intFromCString(t, s, 10)
	if err != nil {
		return nil, err
	}
	if end != len(s) {
		return nil, Errorf(ValueError, "null byte in argument for int()")
	}
	return i, nil
}

// numASCIIText returns the text of a str for the number parsers: Unicode
// decimal digits become ASCII digits and non-ASCII whitespace a space
// (CPython's PyUnicode_TransformDecimalToASCII and the loop after it). As
// in CPython, the result is then encoded in UTF-8, so a lone surrogate is
// a UnicodeEncodeError.
func numASCIIText(t *Thread, s string) (string, error) {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			goto transform
		}
	}
	return s, nil
transform:
	b := make([]byte, 0, len(s))
	surrogate := false
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			b = append(b, s[i])
			i++
			continue
		}
		r, n := pystr.DecodeRune(s[i:])
		switch {
		case DecimalValue(r) >= 0:
			b = append(b, byte('0'+DecimalValue(r)))
		case IsSpaceRune(r):
			b = append(b, ' ')
		default:
			surrogate = surrogate || r >= 0xD800 && r <= 0xDFFF
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	if surrogate {
		if _, err := Encode(t, NewStr(string(b)), "utf-8", "strict"); err != nil {
			return "", err
		}
	}
	return string(b), nil
}

// intFromStr is int(s, base) for the text of a str.
func intFromStr(t *Thread, s string, base int) (*Int, error) {
	text, err := numASCIIText(t, s)
	if err != nil {
		return nil, err
	}
	i, end, err := intFromCString(t, text, base)
	if err != nil {
		return nil, err
	}
	if end != len(text) {
		return nil, Errorf(ValueError, "null byte in argument for int()")
	}
	return i, nil
}

// isCSpace is C's isspace in the "C" locale (CPython's Py_ISSPACE).
func isCSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// digitValue is the value of c as a digit in bases up to 36, or 99.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// intFromCString parses text as CPython's PyLong_FromString parses a C
// string (so the text ends at its first NUL): blanks, a sign, a base
// prefix (base 0 reads it to choose the base), digits, blanks. It returns
// the int and where the parse ended.
func intFromCString(t *Thread, text string, base int) (*Int, int, error) {
	s := text
	if k := strings.IndexByte(s, 0); k >= 0 {
		s = s[:k]
	}
	p := 0
	for p < len(s) && isCSpace(s[p]) {
		p++
	}
	neg := false
	if p < len(s) && (s[p] == '+' || s[p] == '-') {
		neg = s[p] == '-'
		p++
	}
	at := func(k int) byte {
		if k < len(s) {
			return s[k]
		}
		return 0
	}
	errorIfNonzero := false
	if base == 0 {
		switch c := at(p + 1); {
		case at(p) != '0':
			base = 10
		case c == 'x' || c == 'X':
			base = 16
		case c == 'o' || c == 'O':
			base = 8
		case c == 'b' || c == 'B':
			base = 2
		default:
			// A C-style octal literal, invalid unless it is zero.
			errorIfNonzero = true
			base = 10
		}
	}
	if at(p) == '0' {
		c := at(p + 1)
		if base == 16 && (c == 'x' || c == 'X') || base == 8 && (c == 'o' || c == 'O') || base == 2 && (c == 'b' || c == 'B') {
			p += 2
		}
	}
	start := p
	for p < len(s) && digitValue(s[p]) < base {
		p++
	}
	digits := s[start:p]
	var z *Int
	if len(digits) > 0 {
		z = intFromDigits(digits, base)
	}
	if errorIfNonzero {
		base = 0
		if z != nil && !z.IsZero() {
			return nil, 0, intLiteralError(t, s, base)
		}
	}
	if len(digits) == 0 {
		return nil, 0, intLiteralError(t, s, base)
	}
	for p < len(s) && isCSpace(s[p]) {
		p++
	}
	if p != len(s) {
		return nil, 0, intLiteralError(t, s, base)
	}
	if neg {
		z = IntNeg(z)
	}
	return z, p, nil
}

// intFromDigits converts digits valid in base.
func intFromDigits(digits string, base int) *Int {
	if len(digits) <= 12 || (base <= 16 && len(digits) <= 15) {
		if u, err := strconv.ParseUint(digits, base, 63); err == nil {
			return NewInt(int64(u))
		}
	}
	b, _ := new(big.Int).SetString(digits, base)
	return NewBigInt(b)
}

// intLiteralError is "invalid literal for int() with base N: 'text'",
// showing at most the first 200 bytes of the C string.
func intLiteralError(t *Thread, s string, base int) error {
	if len(s) > 200 {
		s = s[:200]
	}
	str, err := Decode(t, s, "utf-8", "strict")
	if err != nil {
		return err
	}
	return Errorf(ValueError, "invalid literal for int() with base %d: %s", base, pystr.ReprStr(str.s))
}

// Methods of int.

func intConjugate(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("conjugate", args, kwnames); err != nil {
		return nil, err
	}
	return self.(*Int).exactInt(), nil
}

func intBitLength(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("bit_length", args, kwnames); err != nil {
		return nil, err
	}
	return NewInt(int64(self.(*Int).bitLen())), nil
}

func intTrunc(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__trunc__", args, kwnames); err != nil {
		return nil, err
	}
	return self.(*Int).exactInt(), nil
}

func intFloor(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__floor__", args, kwnames); err != nil {
		return nil, err
	}
	return self.(*Int).exactInt(), nil
}

func intCeil(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__ceil__", args, kwnames); err != nil {
		return nil, err
	}
	return self.(*Int).exactInt(), nil
}

func intGetNewArgs(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__getnewargs__", args, kwnames); err != nil {
		return nil, err
	}
	return NewTuple(self.(*Int).exactInt()), nil
}

func intSizeof(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__sizeof__", args, kwnames); err != nil {
		return nil, err
	}
	// CPython's size: a 24-byte header and 30-bit digits of 4 bytes
	// (zero has none).
	i := self.(*Int)
	n := (i.bitLen() + 29) / 30
	if n == 0 && !i.IsZero() {
		n = 1
	}
	size := 24 + 4*n
	if n == 0 {
		size = 24
	}
	return NewInt(int64(size)), nil
}

// intRound is int.__round__([ndigits]): the int itself, or rounded to a
// multiple of 10**-ndigits (half to even) when ndigits is negative.
func intRound(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var nd Object
	if err := NoKwargs("__round__", kwnames); err != nil {
		return nil, err
	}
	if err := ParseTuple("", args, kwnames, 0, 1, &nd); err != nil {
		return nil, err
	}
	i := self.(*Int).exactInt()
	if nd == nil {
		return i, nil
	}
	n, err := argsIndex(t, nd)
	if err != nil {
		return nil, err
	}
	if n.Sign() >= 0 {
		return i, nil
	}
	// Round to a multiple of m = 10**-n.
	var m *Int
	if n.b != nil || n.v < -1e6 {
		// Far beyond any int's size: the result is 0.
		return NewInt(0), nil
	}
	m = NewBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(-n.v), nil))
	q, r, _ := IntDivmod(i, m)
	// Round up when r > m/2, or r == m/2 and q is odd.
	twice := IntAdd(r, r)
	c := IntCompare(twice, m)
	if c > 0 || c == 0 && (q.b == nil && q.v&1 != 0 || q.b != nil && q.b.Bit(0) != 0) {
		q = IntAdd(q, NewInt(1))
	}
	return IntMul(q, m), nil
}

func intFormatMethod(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	spec, err := formatSpecArg(args, kwnames)
	if err != nil {
		return nil, err
	}
	i := self.(*Int)
	if spec == "" {
		return StrOf(t, self)
	}
	s, err := ParseFormatSpec(spec, 'd', '>')
	if err != nil {
		return nil, err
	}
	r, err := FormatInt(i, &s)
	if err != nil {
		return nil, err
	}
	return NewStr(r), nil
}

// formatSpecArg parses the one argument of __format__, which must be a
// str.
func formatSpecArg(args []Object, kwnames *Tuple) (string, error) {
	var spec Object
	if err := ParseTuple("__format__", args, kwnames, 1, 1, &spec); err != nil {
		return "", err
	}
	s, ok := spec.(*Str)
	if !ok {
		return "", Errorf(TypeError, "must be str, not %s", spec.Type().Name)
	}
	return s.s, nil
}

// byteOrderArg reads the byteorder argument of to_bytes and from_bytes.
func byteOrderArg(fname string, o Object) (little bool, err error) {
	s, ok := o.(*Str)
	if !ok {
		return false, ArgTypeError(fname, 2, "str", o)
	}
	switch s.s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, Errorf(ValueError, "byteorder must be either 'little' or 'big'")
}

var toBytesKwlist = []string{"length", "byteorder", "signed"}

// intToBytes is int.to_bytes(length, byteorder, *, signed=False).
func intToBytes(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var olength, oorder, osigned Object
	if err := ParseArgs("to_bytes", args, kwnames, toBytesKwlist, 2, &olength, &oorder, &osigned); err != nil {
		return nil, err
	}
	length, err := ArgIndex(t, olength)
	if err != nil {
		return nil, err
	}
	little, err := byteOrderArg("to_bytes", oorder)
	if err != nil {
		return nil, err
	}
	if NumPos(args, kwnames) > 2 {
		return nil, Errorf(TypeError, "'signed' is a keyword-only argument")
	}
	signed := false
	if osigned != nil {
		if signed, err = IsTrue(t, osigned); err != nil {
			return nil, err
		}
	}
	if length < 0 {
		return nil, Errorf(ValueError, "length argument must be non-negative")
	}
	i := self.(*Int)
	if !signed && i.Sign() < 0 {
		return nil, Errorf(OverflowError, "can't convert negative int to unsigned")
	}
	// Two's complement in length bytes: i + 2**(8*length) for a negative
	// i. A signed value needs a bit for its sign, except 0 and -1, which
	// fit even in no bytes.
	var scratch big.Int
	v := new(big.Int).Set(i.bigOf(&scratch))
	nbits := v.BitLen()
	if signed {
		if v.Sign() < 0 {
			nbits = new(big.Int).Not(v).BitLen()
		}
		if nbits > 0 {
			nbits++
		}
	}
	if nbits > 8*length {
		return nil, Errorf(OverflowError, "int too big to convert")
	}
	if v.Sign() < 0 {
		v.Add(v, new(big.Int).Lsh(bigOne, uint(8*length)))
	}
	out := make([]byte, length)
	v.FillBytes(out)
	if little {
		for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
			out[a], out[b] = out[b], out[a]
		}
	}
	return NewBytes(string(out)), nil
}

var fromBytesKwlist = []string{"bytes", "byteorder", "signed"}

// intFromBytes is the class method int.from_bytes(bytes, byteorder, *,
// signed=False).
func intFromBytes(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var obj, oorder, osigned Object
	if err := ParseArgs("from_bytes", args, kwnames, fromBytesKwlist, 2, &obj, &oorder, &osigned); err != nil {
		return nil, err
	}
	little, err := byteOrderArg("from_bytes", oorder)
	if err != nil {
		return nil, err
	}
	if NumPos(args, kwnames) > 2 {
		return nil, Errorf(TypeError, "'signed' is a keyword-only argument")
	}
	signed := false
	if osigned != nil {
		if signed, err = IsTrue(t, osigned); err != nil {
			return nil, err
		}
	}
	data, err := numBytesOf(t, obj)
	if err != nil {
		return nil, err
	}
	buf := []byte(data)
	if little {
		for a, b := 0, len(buf)-1; a < b; a, b = a+1, b-1 {
			buf[a], buf[b] = buf[b], buf[a]
		}
	}
	v := new(big.Int).SetBytes(buf)
	if signed && len(buf) > 0 && buf[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(bigOne, uint(8*len(buf))))
	}
	i := NewBigInt(v)
	typ := self.(*Type)
	if typ == IntType {
		return i, nil
	}
	return &Int{ext: ext{&extData{typ: typ}}, v: i.v, b: i.b}, nil
}

// numBytesOf is bytes(o) for from_bytes (CPython's PyObject_Bytes): the
// bytes of a bytes or bytearray, or of an iterable of ints in range(256).
func numBytesOf(t *Thread, o Object) (string, error) {
	switch v := o.(type) {
	case *Bytes:
		return v.s, nil
	case *ByteArray:
		return string(v.b), nil
	case *Str:
		return "", Errorf(TypeError, "cannot convert unicode object to bytes")
	}
	b, err := objectBytes(t, o)
	return string(b), err
}

func intGetReal(t *Thread, self Object) (Object, error) { return self.(*Int).exactInt(), nil }
func intGetImag(t *Thread, self Object) (Object, error) { return NewInt(0), nil }
func intGetOne(t *Thread, self Object) (Object, error)  { return NewInt(1), nil }

// bool

func boolReprSlot(t *Thread, a Object) (Object, error) {
	if a == True {
		return strTrue, nil
	}
	return strFalse, nil
}

var (
	strTrue  = NewStr("True")
	strFalse = NewStr("False")
)

func boolAndSlot(t *Thread, a, b Object) (Object, error) {
	if a.Type() == BoolType && b.Type() == BoolType {
		return NewBool(a == True && b == True), nil
	}
	return intAndSlot(t, a, b)
}

func boolOrSlot(t *Thread, a, b Object) (Object, error) {
	if a.Type() == BoolType && b.Type() == BoolType {
		return NewBool(a == True || b == True), nil
	}
	return intOrSlot(t, a, b)
}

func boolXorSlot(t *Thread, a, b Object) (Object, error) {
	if a.Type() == BoolType && b.Type() == BoolType {
		return NewBool((a == True) != (b == True)), nil
	}
	return intXorSlot(t, a, b)
}

var boolNewKwlist = []string{"x"}

// boolNew is bool.__new__: bool(x=False).
func boolNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	var x Object
	if len(args) == 1 && kwnames == nil {
		x = args[0]
	} else if err := ParseArgs("bool", args, kwnames, boolNewKwlist, 0, &x); err != nil {
		return nil, err
	}
	if x == nil {
		return False, nil
	}
	b, err := IsTrue(t, x)
	if err != nil {
		return nil, err
	}
	return NewBool(b), nil
}

func init() {
	IntType.Doc = "int(x=0) -> integer\nint(x, base=10) -> integer\n\nThe integer value of a number (through x.__int__(), so a float loses\nits fraction), or of the text of an integer literal in a str, bytes or\nbytearray, in the given base (2 to 36, or 0 to read the base from the\nliteral's prefix as Python source does). Blanks around the text and a\nsign are allowed. No argument gives 0."
	setIntSlots(IntType)
	IntType.AddMethods(
		MethodDef{Name: "conjugate", Fn: intConjugate, Doc: "The conjugate of an int: the int itself."},
		MethodDef{Name: "bit_length", Fn: intBitLength, Doc: "int.bit_length() -> int\n\nHow many binary digits abs(self) has, without a sign or leading zeros:\n(37).bit_length() is 6 since bin(37) is '0b100101'; (0).bit_length() is 0."},
		MethodDef{Name: "to_bytes", Fn: intToBytes, Doc: "int.to_bytes(length, byteorder, *, signed=False) -> bytes\n\nThe integer as length bytes, most significant first when byteorder is\n'big', last when it is 'little'; a negative value needs signed=True (two's\ncomplement). OverflowError when the value does not fit."},
		MethodDef{Name: "from_bytes", Fn: intFromBytes, Kind: ClassMethod, Doc: "int.from_bytes(bytes, byteorder, *, signed=False) -> int\n\nThe integer whose bytes (any object of bytes, or an iterable of small\nints) are given in byteorder 'big' or 'little', read as two's complement\nwhen signed is true. Called on a subclass, makes an instance of it."},
		MethodDef{Name: "__trunc__", Fn: intTrunc, Doc: "The int itself (an int has no fraction to drop)."},
		MethodDef{Name: "__floor__", Fn: intFloor, Doc: "The int itself (already a whole number)."},
		MethodDef{Name: "__ceil__", Fn: intCeil, Doc: "The int itself (already a whole number)."},
		MethodDef{Name: "__round__", Fn: intRound, Doc: "round(self[, ndigits]): the int itself, or rounded to a multiple of\n10**-ndigits (ties to even) when ndigits is negative; always an int."},
		MethodDef{Name: "__getnewargs__", Fn: intGetNewArgs},
		MethodDef{Name: "__format__", Fn: intFormatMethod},
		MethodDef{Name: "__sizeof__", Fn: intSizeof, Doc: "__sizeof__() -> int\nthe memory the int takes, in bytes"},
	)
	IntType.AddGetSets(
		GetSetDef{Name: "real", Get: intGetReal, Doc: "the int itself, as a complex number's real part"},
		GetSetDef{Name: "imag", Get: intGetImag, Doc: "0: an int has no imaginary part"},
		GetSetDef{Name: "numerator", Get: intGetReal, Doc: "the int itself, as a fraction's numerator"},
		GetSetDef{Name: "denominator", Get: intGetOne, Doc: "1: an int is a fraction with denominator 1"},
	)

	BoolType.Doc = "bool(x) -> bool\n\nTrue if x tests true (see __bool__ and __len__), else False. These\ntwo are the only bools; bool is a subclass of int (True == 1) and\ncannot itself be subclassed."
	setIntSlots(BoolType)
	BoolType.New = boolNew
	BoolType.Repr = boolReprSlot
	BoolType.Str = boolReprSlot
	BoolType.And = boolAndSlot
	BoolType.Or = boolOrSlot
	BoolType.Xor = boolXorSlot
}

// setIntSlots fills the slots of int (and of bool, which inherits them).
func setIntSlots(typ *Type) {
	typ.New = intNew
	typ.Repr = intReprSlot
	typ.Str = intReprSlot
	typ.Hash = intHashSlot
	typ.RichCompare = intRichCompareSlot
	typ.Bool = intBoolSlot
	typ.Add = intAddSlot
	typ.Sub = intSubSlot
	typ.Mul = intMulSlot
	typ.TrueDiv = intTrueDivSlot
	typ.FloorDiv = intFloorDivSlot
	typ.Mod = intModSlot
	typ.Divmod = intDivmodSlot
	typ.Pow = intPowSlot
	typ.LShift = intLShiftSlot
	typ.RShift = intRShiftSlot
	typ.And = intAndSlot
	typ.Or = intOrSlot
	typ.Xor = intXorSlot
	typ.Neg = intNegSlot
	typ.Pos = intPosSlot
	typ.Abs = intAbsSlot
	typ.Invert = intInvertSlot
	typ.Index = intIntSlot
	typ.Int = intIntSlot
	typ.Float = intFloatSlot
}
