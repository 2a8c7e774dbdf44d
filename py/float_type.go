package py

// The float type: its slots, its methods and its constructor (CPython's
// Objects/floatobject.c).

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/taipan-py/taipan/internal/pystr"
)

// floatOperands converts the operands of a float operation as CPython's
// CONVERT_TO_DOUBLE does: floats and ints (an int too large for a float
// is an OverflowError); ok is false for any other type (NotImplemented).
func floatOperands(a, b Object) (x, y float64, ok bool, err error) {
	switch v := a.(type) {
	case *Float:
		x = v.v
	case *Int:
		if x, err = v.Float64(); err != nil {
			return 0, 0, true, err
		}
	default:
		return 0, 0, false, nil
	}
	switch v := b.(type) {
	case *Float:
		y = v.v
	case *Int:
		if y, err = v.Float64(); err != nil {
			return 0, 0, true, err
		}
	default:
		return 0, 0, false, nil
	}
	return x, y, true, nil
}

func floatAddSlot(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := floatOperands(a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	return t.NewFloat(x + y), nil
}

func floatSubSlot(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := floatOperands(a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	return t.NewFloat(x - y), nil
}

func floatMulSlot(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := floatOperands(a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	return t.NewFloat(x * y), nil
}

func floatTrueDivSlot(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := floatOperands(a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	r, err := FloatTrueDiv(x, y)
	if err != nil {
		return nil, err
	}
	return t.NewFloat(r), nil
}

func floatFloorDivSlot(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := floatOperands(a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	r, err := FloatFloorDiv(x, y)
	if err != nil {
		return nil, err
	}
	return t.NewFloat(r), nil
}

func floatModSlot(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := floatOperands(a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	r, err := FloatMod(x, y)
	if err != nil {
		return nil, err
	}
	return t.NewFloat(r), nil
}

func floatDivmodSlot(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := floatOperands(a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	q, r, err := FloatDivmod(x, y)
	if err != nil {
		return nil, err
	}
	return NewTuple(t.NewFloat(q), t.NewFloat(r)), nil
}

func floatPowSlot(t *Thread, a, b, c Object) (Object, error) {
	if c != None {
		return nil, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	x, y, ok, err := floatOperands(a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	return floatPowObject(t, x, y)
}

// floatPowObject is x ** y for floats: a float, or a complex for a
// negative number to a fractional power.
func floatPowObject(t *Thread, x, y float64) (Object, error) {
	r, cplx, err := FloatPow(x, y)
	if err != nil {
		return nil, err
	}
	if cplx {
		c, err := ComplexPow(complex(x, 0), complex(y, 0))
		if err != nil {
			return nil, err
		}
		return NewComplex(c), nil
	}
	return t.NewFloat(r), nil
}

func floatNegSlot(t *Thread, a Object) (Object, error) { return t.NewFloat(-a.(*Float).v), nil }
func floatPosSlot(t *Thread, a Object) (Object, error) { return a.(*Float).exactFloat(), nil }
func floatAbsSlot(t *Thread, a Object) (Object, error) {
	return t.NewFloat(math.Abs(a.(*Float).v)), nil
}
func floatBoolSlot(t *Thread, a Object) (bool, error)  { return a.(*Float).v != 0, nil }
func floatHashSlot(t *Thread, a Object) (int64, error) { return FloatHash(a.(*Float).v), nil }
func floatIntSlot(t *Thread, a Object) (Object, error) { return floatToInt(a.(*Float).v) }
func floatFloatSlot(t *Thread, a Object) (Object, error) {
	return a.(*Float).exactFloat(), nil
}

func floatReprSlot(t *Thread, a Object) (Object, error) {
	return NewStr(pystr.ReprFloat(a.(*Float).v)), nil
}

func floatRichCompareSlot(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok := a.(*Float)
	if !ok {
		return NotImplemented, nil
	}
	switch y := b.(type) {
	case *Float:
		return NewBool(compareResult(cmpFloat(x.v, y.v), op)), nil
	case *Int:
		return NewBool(compareResult(floatCompareInt(x.v, y), op)), nil
	}
	return NotImplemented, nil
}

var floatNewKwlist = []string{"x"}

// floatNew is float.__new__: float(x=0.0).
func floatNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	var x Object
	if len(args) == 1 && kwnames == nil {
		x = args[0]
	} else if err := ParseArgs("float", args, kwnames, floatNewKwlist, 0, &x); err != nil {
		return nil, err
	}
	var f *Float
	var err error
	switch v := x.(type) {
	case nil:
		f = t.NewFloat(0)
	case *Str:
		// An exact str is parsed; a subclass may have __float__.
		if v.ext.p == nil {
			f, err = floatFromStr(t, v)
		} else {
			f, err = FloatOf(t, x)
		}
	default:
		f, err = FloatOf(t, x)
	}
	if err != nil || typ == FloatType {
		return f, err
	}
	return &Float{ext: ext{&extData{typ: typ}}, v: f.v}, nil
}

// FloatOf returns float(o) (CPython's PyNumber_Float): __float__ (which
// must return a float), a float's value, or the text of a str, bytes or
// bytearray.
func FloatOf(t *Thread, o Object) (*Float, error) {
	if f, ok := o.(*Float); ok && f.ext.p == nil {
		return f, nil
	}
	if i, ok := o.(*Int); ok && i.ext.p == nil {
		v, err := i.Float64()
		if err != nil {
			return nil, err
		}
		return t.NewFloat(v), nil
	}
	typ := o.Type()
	if typ.Float != nil {
		r, err := typ.Float(t, o)
		if err != nil {
			return nil, err
		}
		f, ok := r.(*Float)
		if !ok {
			return nil, Errorf(TypeError, "__float__ returned non-float (type %s)", r.Type().Name)
		}
		return f, nil
	}
	switch v := o.(type) {
	case *Float:
		return t.NewFloat(v.v), nil
	case *Str:
		return floatFromStr(t, v)
	case *Bytes:
		return floatFromText(t, v.s, v)
	case *ByteArray:
		return floatFromText(t, string(v.b), v)
	case BufferExporter:
		b, err := GetBuffer(v, false)
		if err != nil {
			return nil, err
		}
		return floatFromText(t, string(b), v)
	}
	return nil, Errorf(TypeError, "float() argument must be a string or a number")
}

// AsFloat64 returns the value of a float, or of an object with __float__
// (CPython's PyFloat_AsDouble): TypeError "a float is required" for
// anything else.
func AsFloat64(t *Thread, o Object) (float64, error) {
	switch v := o.(type) {
	case *Float:
		return v.v, nil
	case *Int:
		if v.ext.p == nil {
			return v.Float64()
		}
	}
	typ := o.Type()
	if typ.Float == nil {
		return 0, Errorf(TypeError, "a float is required")
	}
	r, err := typ.Float(t, o)
	if err != nil {
		return 0, err
	}
	f, ok := r.(*Float)
	if !ok {
		return 0, Errorf(TypeError, "nb_float should return float object")
	}
	return f.v, nil
}

// floatFromStr is float(s) for a str.
func floatFromStr(t *Thread, s *Str) (*Float, error) {
	text, err := numASCIIText(t, s.s)
	if err != nil {
		return nil, err
	}
	return floatFromText(t, text, s)
}

// floatFromText parses the text of a float (after the str
// transformation) as PyFloat_FromString: blanks, a float or inf/nan,
// blanks. orig is the object named in the error.
func floatFromText(t *Thread, text string, orig Object) (*Float, error) {
	s := text
	for len(s) > 0 && isCSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 1 && isCSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	v, n := scanFloat(s)
	if n == len(s) && n > 0 {
		return t.NewFloat(v), nil
	}
	if len(s) == 0 || (len(s) == 1 && isCSpace(s[0])) {
		return nil, Errorf(ValueError, "could not convert string to float: ")
	}
	r, err := Repr(t, orig)
	if err != nil {
		return nil, err
	}
	return nil, Errorf(ValueError, "could not convert string to float: %s", r.s)
}

// ParseFloatPrefix reads the longest float at the start of s as CPython's
// float parser does (digits with an optional point and exponent, or inf,
// infinity, nan, with an optional sign; no blanks, no underscores), and
// returns its value and length (0 when s starts with no float).
func ParseFloatPrefix(s string) (float64, int) { return scanFloat(s) }

func scanFloat(s string) (float64, int) {
	p := 0
	if p < len(s) && (s[p] == '+' || s[p] == '-') {
		p++
	}
	digits := 0
	for p < len(s) && s[p] >= '0' && s[p] <= '9' {
		p++
		digits++
	}
	if p < len(s) && s[p] == '.' {
		p++
		for p < len(s) && s[p] >= '0' && s[p] <= '9' {
			p++
			digits++
		}
	}
	if digits == 0 {
		return scanInfNan(s)
	}
	if p < len(s) && (s[p] == 'e' || s[p] == 'E') {
		q := p + 1
		if q < len(s) && (s[q] == '+' || s[q] == '-') {
			q++
		}
		if q < len(s) && s[q] >= '0' && s[q] <= '9' {
			for q < len(s) && s[q] >= '0' && s[q] <= '9' {
				q++
			}
			p = q
		}
	}
	v, _ := pystr.ParseFloat(s[:p])
	return v, p
}

// scanInfNan reads [sign](inf|infinity|nan), any case.
func scanInfNan(s string) (float64, int) {
	p := 0
	neg := false
	if p < len(s) && (s[p] == '+' || s[p] == '-') {
		neg = s[p] == '-'
		p++
	}
	rest := s[p:]
	switch {
	case len(rest) >= 3 && strings.EqualFold(rest[:3], "inf"):
		p += 3
		if len(rest) >= 8 && strings.EqualFold(rest[3:8], "inity") {
			p += 5
		}
		if neg {
			return math.Inf(-1), p
		}
		return math.Inf(1), p
	case len(rest) >= 3 && strings.EqualFold(rest[:3], "nan"):
		// CPython 3.2 makes a NaN as inf * 0, which on x86 is the NaN
		// with the sign bit set; a minus sign clears it.
		if neg {
			return math.Float64frombits(0x7ff8000000000000), p + 3
		}
		return math.Float64frombits(0xfff8000000000000), p + 3
	}
	return 0, 0
}

// Methods of float.

func floatConjugate(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("conjugate", args, kwnames); err != nil {
		return nil, err
	}
	return self.(*Float).exactFloat(), nil
}

func floatIsInteger(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("is_integer", args, kwnames); err != nil {
		return nil, err
	}
	return NewBool(FloatIsInteger(self.(*Float).v)), nil
}

func floatAsIntegerRatio(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("as_integer_ratio", args, kwnames); err != nil {
		return nil, err
	}
	n, d, err := FloatAsIntegerRatio(self.(*Float).v)
	if err != nil {
		return nil, err
	}
	return NewTuple(n, d), nil
}

func floatTrunc(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__trunc__", args, kwnames); err != nil {
		return nil, err
	}
	return floatToInt(self.(*Float).v)
}

func floatGetNewArgs(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__getnewargs__", args, kwnames); err != nil {
		return nil, err
	}
	return NewTuple(t.NewFloat(self.(*Float).v)), nil
}

func floatSizeof(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__sizeof__", args, kwnames); err != nil {
		return nil, err
	}
	// A float is 24 bytes in CPython; a subclass adds its slots, __dict__
	// and __weakref__ pointers.
	return NewInt(int64(24 + basicSize(self.Type()) - basicSize(ObjectType))), nil
}

// FloatRound returns round(x, ndigits) for a float: x rounded to the
// nearest multiple of 10**-ndigits, halfway cases to even, computed from
// the exact decimal value of x (so round(2.675, 2) is 2.67); OverflowError
// "rounded value too large to represent" when the result overflows.
func FloatRound(x float64, ndigits int) (float64, error) {
	// Beyond these, x is unchanged or rounds to a signed zero.
	const ndigitsMax, ndigitsMin = 323, -308
	switch {
	case math.IsInf(x, 0) || math.IsNaN(x) || ndigits > ndigitsMax:
		return x, nil
	case ndigits < ndigitsMin:
		return 0 * x, nil
	case x == 0:
		return x, nil
	}
	var r float64
	if ndigits >= 0 {
		r, _ = strconv.ParseFloat(strconv.FormatFloat(x, 'f', ndigits, 64), 64)
	} else {
		r = roundToPowerOfTen(math.Abs(x), -ndigits)
		if x < 0 {
			r = -r
		}
	}
	if math.IsInf(r, 0) {
		return 0, Errorf(OverflowError, "rounded value too large to represent")
	}
	if r == 0 {
		return math.Copysign(0, x), nil
	}
	return r, nil
}

// roundToPowerOfTen rounds x > 0 to a multiple of 10**k (k > 0), halfway
// cases to even.
func roundToPowerOfTen(x float64, k int) float64 {
	// x = d.ddd * 10**e; keep e-k+1 significant digits.
	e := int(math.Floor(math.Log10(x)))
	t := strconv.FormatFloat(x, 'e', -1, 64)
	if i := strings.IndexByte(t, 'e'); i >= 0 {
		e, _ = strconv.Atoi(t[i+1:])
	}
	sig := e - k + 1
	if sig > 0 {
		r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'e', sig-1, 64), 64)
		return r
	}
	if sig < 0 {
		return 0
	}
	// x < 10**k: compare with the exact half, 5 * 10**(k-1).
	half := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k-1)), nil)
	half.Mul(half, big.NewInt(5))
	fx := new(big.Float).SetFloat64(x)
	if fx.Cmp(new(big.Float).SetInt(half)) > 0 {
		r, _ := strconv.ParseFloat("1e"+strconv.Itoa(k), 64)
		return r
	}
	return 0
}

// FloatRoundToInt is round(x) for a float: the nearest int, halfway
// cases to even.
func FloatRoundToInt(x float64) (*Int, error) {
	r := math.RoundToEven(x)
	return floatToInt(r)
}

// floatRound is float.__round__([ndigits]).
func floatRound(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKwargs("__round__", kwnames); err != nil {
		return nil, err
	}
	var nd Object
	if err := ParseTuple("", args, kwnames, 0, 1, &nd); err != nil {
		return nil, err
	}
	x := self.(*Float).v
	if nd == nil {
		return FloatRoundToInt(x)
	}
	n, err := argsIndex(t, nd)
	if err != nil {
		return nil, err
	}
	nv, ok := n.Int64()
	if !ok || nv > 1<<31 || nv < -1<<31 {
		// Clipped, as PyNumber_AsSsize_t(o, NULL) clips.
		if n.Sign() > 0 {
			nv = 1 << 31
		} else {
			nv = -1 << 31
		}
	}
	r, err := FloatRound(x, int(nv))
	if err != nil {
		return nil, err
	}
	return t.NewFloat(r), nil
}

func floatFormatMethod(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	spec, err := formatSpecArg(args, kwnames)
	if err != nil {
		return nil, err
	}
	if spec == "" {
		return StrOf(t, self)
	}
	f := self.(*Float)
	s, err := ParseFormatSpec(spec, 0, '>')
	if err != nil {
		return nil, err
	}
	r, err := FormatFloat(f.v, &s, f.Type().Name)
	if err != nil {
		return nil, err
	}
	return NewStr(r), nil
}

// FloatHex returns float.hex(x): "0x1.<13 hex digits>p<exp>" for a normal
// number, "0x0.<13 hex digits>p-1022" for a subnormal one.
func FloatHex(x float64) string {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return pystr.ReprFloat(x)
	case x == 0:
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	bits := math.Float64bits(x)
	exp := int(bits>>52) & 0x7FF
	mant := bits & (1<<52 - 1)
	lead := byte('1')
	if exp == 0 {
		lead = '0'
		exp = -1022
	} else {
		exp -= 1023
	}
	b := make([]byte, 0, 24)
	if x < 0 {
		b = append(b, '-')
	}
	b = append(b, '0', 'x', lead, '.')
	for shift := 48; shift >= 0; shift -= 4 {
		b = append(b, "0123456789abcdef"[(mant>>uint(shift))&0xF])
	}
	b = append(b, 'p')
	if exp < 0 {
		b = append(b, '-')
		exp = -exp
	} else {
		b = append(b, '+')
	}
	return string(strconv.AppendInt(b, int64(exp), 10))
}

func floatHexMethod(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("hex", args, kwnames); err != nil {
		return nil, err
	}
	return NewStr(FloatHex(self.(*Float).v)), nil
}

// FloatFromHex parses the text of float.fromhex: blanks, a sign, inf,
// infinity or nan, or [0x]hexdigits[.hexdigits][p[sign]digits], blanks.
func FloatFromHex(s string) (float64, error) {
	invalid := func() (float64, error) {
		return 0, Errorf(ValueError, "invalid hexadecimal floating-point string")
	}
	for len(s) > 0 && isCSpace(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && isCSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	if v, n := scanInfNan(s); n > 0 {
		if n != len(s) {
			return invalid()
		}
		return v, nil
	}
	neg := false
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		s = s[2:]
	}
	isHex := func(c byte) bool {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
	}
	p := 0
	for p < len(s) && isHex(s[p]) {
		p++
	}
	intDigits := s[:p]
	fracDigits := ""
	if p < len(s) && s[p] == '.' {
		q := p + 1
		for q < len(s) && isHex(s[q]) {
			q++
		}
		fracDigits = s[p+1 : q]
		p = q
	}
	if len(intDigits)+len(fracDigits) == 0 {
		return invalid()
	}
	exp := "0"
	if p < len(s) && (s[p] == 'p' || s[p] == 'P') {
		q := p + 1
		if q < len(s) && (s[q] == '+' || s[q] == '-') {
			q++
		}
		d := q
		for q < len(s) && s[q] >= '0' && s[q] <= '9' {
			q++
		}
		if q == d {
			return invalid()
		}
		exp = s[p+1 : q]
		p = q
	}
	if p != len(s) {
		return invalid()
	}
	if intDigits == "" {
		intDigits = "0"
	}
	text := "0x" + intDigits
	if fracDigits != "" {
		text += "." + fracDigits
	}
	v, err := strconv.ParseFloat(text+"p"+exp, 64)
	if math.IsInf(v, 0) || err != nil && v != 0 {
		return 0, Errorf(OverflowError, "hexadecimal value too large to represent as a float")
	}
	if neg {
		v = -v
	}
	return v, nil
}

func floatFromHexMethod(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	arg, err := OneArg("fromhex", args, kwnames)
	if err != nil {
		return nil, err
	}
	s, ok := arg.(*Str)
	if !ok {
		return nil, Errorf(TypeError, "bad argument type for built-in operation")
	}
	v, err := FloatFromHex(s.s)
	if err != nil {
		return nil, err
	}
	typ := self.(*Type)
	if typ == FloatType {
		return t.NewFloat(v), nil
	}
	return Call(t, typ, []Object{t.NewFloat(v)}, nil)
}

// floatFormats holds what float.__getformat__ reports for 'double' (index
// 0) and 'float' (1): the detected "IEEE, little-endian" until
// __setformat__ declares the format 'unknown' (test suites do, to exercise
// the portable packing code), and again after it restores the detected one.
var floatFormats [2]atomic.Bool // true: set to 'unknown'

const floatDetectedFormat = "IEEE, little-endian"

// FloatFormatUnknown reports whether float.__setformat__ has declared the
// format of C doubles (double true) or floats 'unknown', which makes
// CPython's struct and marshal refuse to pack or unpack infinities and
// nans (ValueError) as its portable packing code does.
func FloatFormatUnknown(double bool) bool {
	if double {
		return floatFormats[0].Load()
	}
	return floatFormats[1].Load()
}

// floatFormatIndex maps __getformat__'s and __setformat__'s first argument
// to its index in floatFormats.
func floatFormatIndex(fname string, typestr string) (int, error) {
	switch typestr {
	case "double":
		return 0, nil
	case "float":
		return 1, nil
	}
	return 0, Errorf(ValueError, "%s() argument 1 must be 'double' or 'float'", fname)
}

func floatGetFormat(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	arg, err := OneArg("__getformat__", args, kwnames)
	if err != nil {
		return nil, err
	}
	s, ok := arg.(*Str)
	if !ok {
		return nil, Errorf(TypeError, "__getformat__() argument must be string, not %s", arg.Type().Name)
	}
	i, err := floatFormatIndex("__getformat__", s.s)
	if err != nil {
		return nil, err
	}
	if floatFormats[i].Load() {
		return NewStr("unknown"), nil
	}
	return NewStr(floatDetectedFormat), nil
}

func floatSetFormat(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if NumKw(kwnames) != 0 {
		return nil, Errorf(TypeError, "__setformat__() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "__setformat__() takes exactly 2 arguments (%d given)", len(args))
	}
	var text [2]string
	for k, a := range args {
		s, ok := a.(*Str)
		if !ok {
			return nil, ArgMustBe("str", a)
		}
		text[k] = s.s
	}
	i, err := floatFormatIndex("__setformat__", text[0])
	if err != nil {
		return nil, err
	}
	switch text[1] {
	case "unknown":
		floatFormats[i].Store(true)
	case floatDetectedFormat:
		floatFormats[i].Store(false)
	case "IEEE, big-endian":
		return nil, Errorf(ValueError, "can only set %s format to 'unknown' or the detected platform value", text[0])
	default:
		return nil, Errorf(ValueError, "__setformat__() argument 2 must be 'unknown', 'IEEE, little-endian' or 'IEEE, big-endian'")
	}
	return None, nil
}

func floatGetReal(t *Thread, self Object) (Object, error) { return self.(*Float).exactFloat(), nil }
func floatGetImag(t *Thread, self Object) (Object, error) { return t.NewFloat(0), nil }

func init() {
	FloatType.Doc = "float(x) -> floating point number\n\nThe float value of a number (through __float__), or of the text of a\ndecimal number, inf or nan in a str or bytes. No argument gives 0.0."
	FloatType.New = floatNew
	FloatType.Repr = floatReprSlot
	FloatType.Str = floatReprSlot
	FloatType.Hash = floatHashSlot
	FloatType.RichCompare = floatRichCompareSlot
	FloatType.Bool = floatBoolSlot
	FloatType.Add = floatAddSlot
	FloatType.Sub = floatSubSlot
	FloatType.Mul = floatMulSlot
	FloatType.TrueDiv = floatTrueDivSlot
	FloatType.FloorDiv = floatFloorDivSlot
	FloatType.Mod = floatModSlot
	FloatType.Divmod = floatDivmodSlot
	FloatType.Pow = floatPowSlot
	FloatType.Neg = floatNegSlot
	FloatType.Pos = floatPosSlot
	FloatType.Abs = floatAbsSlot
	FloatType.Int = floatIntSlot
	FloatType.Float = floatFloatSlot
	FloatType.AddMethods(
		MethodDef{Name: "conjugate", Fn: floatConjugate, Doc: "The conjugate of a float: the float itself."},
		MethodDef{Name: "__trunc__", Fn: floatTrunc, Doc: "The float with its fraction dropped, as an int (rounding toward zero)."},
		MethodDef{Name: "__round__", Fn: floatRound, Doc: "round(self[, ndigits]): without ndigits the nearest int (ties to even);\nwith it, the float nearest to self rounded to ndigits decimal places."},
		MethodDef{Name: "as_integer_ratio", Fn: floatAsIntegerRatio, Doc: "float.as_integer_ratio() -> (int, int)\n\nThe float as an exact fraction in lowest terms, numerator and positive\ndenominator: (0.75).as_integer_ratio() == (3, 4). OverflowError for an\ninfinity, ValueError for a nan."},
		MethodDef{Name: "fromhex", Fn: floatFromHexMethod, Kind: ClassMethod, Doc: "float.fromhex(string) -> float\n\nThe float written in hexadecimal as float.hex() writes it (a sign, an\noptional 0x, hex digits with an optional point, an optional binary\nexponent p+N), rounded to nearest; inf and nan are accepted too."},
		MethodDef{Name: "hex", Fn: floatHexMethod, Doc: "float.hex() -> string\n\nThe exact value in hexadecimal: '0x1.' ('0x0.' for subnormals), 13 hex\ndigits of fraction and a binary exponent, as in (0.5).hex() ==\n'0x1.0000000000000p-1'. float.fromhex reads it back."},
		MethodDef{Name: "is_integer", Fn: floatIsInteger, Doc: "True when the float is finite and has no fractional part."},
		MethodDef{Name: "__getnewargs__", Fn: floatGetNewArgs},
		MethodDef{Name: "__getformat__", Fn: floatGetFormat, Kind: ClassMethod, Doc: "float.__getformat__(typestr) -> string\n\nFor the test suite: how the C type typestr ('double' or 'float') stores\nnumbers, one of 'unknown', 'IEEE, big-endian' and 'IEEE, little-endian'."},
		MethodDef{Name: "__setformat__", Fn: floatSetFormat, Kind: ClassMethod, Doc: "float.__setformat__(typestr, fmt) -> None\n\nFor the test suite only: declare the format of the C type typestr\n('double' or 'float') 'unknown', or restore the detected one."},
		MethodDef{Name: "__format__", Fn: floatFormatMethod, Doc: "float.__format__(format_spec) -> string\n\nThe float written by the format-spec mini-language (what format() and\nstr.format call)."},
		MethodDef{Name: "__sizeof__", Fn: floatSizeof, Doc: "__sizeof__() -> int\nsize of object in memory, in bytes"},
	)
	FloatType.AddGetSets(
		GetSetDef{Name: "real", Get: floatGetReal, Doc: "the float itself, as a complex number's real part"},
		GetSetDef{Name: "imag", Get: floatGetImag, Doc: "0.0: a float has no imaginary part"},
	)
}
