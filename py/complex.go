package py

// The complex type (CPython's Objects/complexobject.c). The arithmetic is
// written out on the real and imaginary parts, in CPython's order of
// operations, so that results agree to the last bit; explicit float64
// conversions keep the compiler from fusing a multiply and an add.

import (
	"math"

	"github.com/taipan-py/taipan/internal/pystr"
)

// complexError is the errno of a complex operation: EDOM for a division
// by zero or zero to a negative or complex power, ERANGE for an overflow.
type complexError uint8

const (
	complexOK complexError = iota
	complexDomain
	complexRange
)

// complexProd returns a * b.
func complexProd(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return complex(float64(ar*br)-float64(ai*bi), float64(ar*bi)+float64(ai*br))
}

// complexQuot returns a / b by Smith's method, complexDomain when b is 0.
func complexQuot(a, b complex128) (complex128, complexError) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, complexDomain
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), complexOK
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), complexOK
	}
	// A nan in b.
	return complex(math.NaN(), math.NaN()), complexOK
}

// complexPowGeneral is a ** b through polar form, with the errno the C
// library functions would set: ERANGE for an overflow, EDOM for the
// cosine or sine of an infinite phase.
func complexPowGeneral(a, b complex128) (complex128, complexError) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	if br == 0 && bi == 0 {
		return 1, complexOK
	}
	if ar == 0 && ai == 0 {
		if bi != 0 || br < 0 {
			return 0, complexDomain
		}
		return 0, complexOK
	}
	errno := complexOK
	overflowed := func(in, out float64) {
		if math.IsInf(out, 0) && !math.IsInf(in, 0) {
			errno = complexRange
		}
	}
	vabs := hypot(ar, ai)
	if math.IsInf(vabs, 0) && !math.IsInf(ar, 0) && !math.IsInf(ai, 0) {
		errno = complexRange
	}
	length := cPow(vabs, br)
	overflowed(vabs, length)
	at := LibmAtan2(ai, ar)
	phase := at * br
	if bi != 0 {
		e := LibmExp(at * bi)
		overflowed(at*bi, e)
		length /= e
		phase += bi * LibmLog(vabs)
	}
	if math.IsInf(phase, 0) {
		errno = complexDomain
	}
	return complex(length*LibmCos(phase), length*LibmSin(phase)), errno
}

// complexPowUnsigned is x ** n for n >= 0 by repeated squaring.
func complexPowUnsigned(x complex128, n int64) complex128 {
	r := complex128(1)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexProd(r, p)
		}
		p = complexProd(p, p)
	}
	return r
}

// ComplexPow returns a ** b with 3.2's errors: ZeroDivisionError "0.0 to
// a negative or complex power", OverflowError "complex exponentiation".
func ComplexPow(a, b complex128) (complex128, error) {
	var r complex128
	var e complexError
	br := real(b)
	if n := int64(br); imag(b) == 0 && br == float64(n) && br > -1<<63 && br < 1<<63 {
		switch {
		case n > 100 || n < -100:
			r, e = complexPowGeneral(a, complex(float64(n), 0))
		case n > 0:
			r = complexPowUnsigned(a, n)
		default:
			r, e = complexQuot(1, complexPowUnsigned(a, -n))
		}
	} else {
		r, e = complexPowGeneral(a, b)
	}
	// CPython's Py_ADJUST_ERANGE2: an infinite part is an overflow, and
	// an overflow that left no infinite part (an underflow) is not.
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		if e == complexOK {
			e = complexRange
		}
	} else if e == complexRange {
		e = complexOK
	}
	switch e {
	case complexDomain:
		return 0, Errorf(ZeroDivisionError, "0.0 to a negative or complex power")
	case complexRange:
		return 0, Errorf(OverflowError, "complex exponentiation")
	}
	return r, nil
}

// ComplexAbs returns abs(c): inf when a part is infinite (even with a nan
// in the other), nan for a nan, else the hypotenuse, OverflowError
// "absolute value too large" when that overflows.
func ComplexAbs(c complex128) (float64, error) {
	re, im := real(c), imag(c)
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return math.Inf(1), nil
	}
	if math.IsNaN(re) || math.IsNaN(im) {
		return math.NaN(), nil
	}
	r := hypot(re, im)
	if math.IsInf(r, 0) {
		return 0, Errorf(OverflowError, "absolute value too large")
	}
	return r, nil
}

// ComplexHash returns hash(c): hash(real) + 1000003 * hash(imag), so that
// a complex with no imaginary part hashes as its real part.
func ComplexHash(c complex128) int64 {
	h := FloatHash(real(c)) + 1000003*FloatHash(imag(c))
	if h == -1 {
		h = -2
	}
	return h
}

// complexOperand converts an operand of a complex operation: complex,
// float or int; ok is false for anything else.
func complexOperand(o Object) (c complex128, ok bool, err error) {
	switch v := o.(type) {
	case *Complex:
		return v.v, true, nil
	case *Float:
		return complex(v.v, 0), true, nil
	case *Int:
		f, err := v.Float64()
		return complex(f, 0), true, err
	}
	return 0, false, nil
}

func complexOperands(a, b Object) (x, y complex128, ok bool, err error) {
	if x, ok, err = complexOperand(a); !ok || err != nil {
		return
	}
	y, ok, err = complexOperand(b)
	return
}

func complexAddSlot(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := complexOperands(a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	return NewComplex(complex(real(x)+real(y), imag(x)+imag(y))), nil
}

func complexSubSlot(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := complexOperands(a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	return NewComplex(complex(real(x)-real(y), imag(x)-imag(y))), nil
}

func complexMulSlot(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := complexOperands(a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	return NewComplex(complexProd(x, y)), nil
}

func complexTrueDivSlot(t *Thread, a, b Object) (Object, error) {
	x, y, ok, err := complexOperands(a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	r, e := complexQuot(x, y)
	if e != complexOK {
		return nil, Errorf(ZeroDivisionError, "complex division by zero")
	}
	return NewComplex(r), nil
}

func complexFloorDivSlot(t *Thread, a, b Object) (Object, error) {
	return nil, Errorf(TypeError, "can't take floor of complex number.")
}

func complexModSlot(t *Thread, a, b Object) (Object, error) {
	return nil, Errorf(TypeError, "can't mod complex numbers.")
}

func complexDivmodSlot(t *Thread, a, b Object) (Object, error) {
	return nil, Errorf(TypeError, "can't take floor or mod of complex number.")
}

func complexPowSlot(t *Thread, a, b, c Object) (Object, error) {
	x, y, ok, err := complexOperands(a, b)
	if !ok || err != nil {
		return NotImplemented, err
	}
	if c != None {
		return nil, Errorf(ValueError, "complex modulo")
	}
	r, err := ComplexPow(x, y)
	if err != nil {
		return nil, err
	}
	return NewComplex(r), nil
}

func complexNegSlot(t *Thread, a Object) (Object, error) {
	v := a.(*Complex).v
	return NewComplex(complex(-real(v), -imag(v))), nil
}

func complexPosSlot(t *Thread, a Object) (Object, error) {
	c := a.(*Complex)
	if c.ext.p == nil {
		return c, nil
	}
	return NewComplex(c.v), nil
}

func complexAbsSlot(t *Thread, a Object) (Object, error) {
	r, err := ComplexAbs(a.(*Complex).v)
	if err != nil {
		return nil, err
	}
	return NewFloat(r), nil
}

func complexBoolSlot(t *Thread, a Object) (bool, error) {
	v := a.(*Complex).v
	return real(v) != 0 || imag(v) != 0, nil
}

func complexHashSlot(t *Thread, a Object) (int64, error) { return ComplexHash(a.(*Complex).v), nil }

func complexReprSlot(t *Thread, a Object) (Object, error) {
	return NewStr(pystr.ReprComplex(a.(*Complex).v)), nil
}

func complexIntSlot(t *Thread, a Object) (Object, error) {
	return nil, Errorf(TypeError, "can't convert complex to int")
}

func complexFloatSlot(t *Thread, a Object) (Object, error) {
	return nil, Errorf(TypeError, "can't convert complex to float")
}

// complexRichCompareSlot compares for == and != only (other operators are
// NotImplemented, hence "unorderable types"); an int is compared exactly
// with a complex whose imaginary part is 0.
func complexRichCompareSlot(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok := a.(*Complex)
	if !ok || (op != EQ && op != NE) {
		return NotImplemented, nil
	}
	var equal bool
	switch y := b.(type) {
	case *Int:
		if imag(x.v) == 0 {
			equal = floatCompareInt(real(x.v), y) == 0
		}
	case *Float:
		equal = real(x.v) == y.v && imag(x.v) == 0
	case *Complex:
		equal = x.v == y.v
	default:
		return NotImplemented, nil
	}
	return NewBool(equal == (op == EQ)), nil
}

var complexNewKwlist = []string{"real", "imag"}

var strComplex = NewStr("__complex__")

// complexNew is complex.__new__: complex(real=0, imag=0), or complex(str).
func complexNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	var r, i Object
	if err := ParseArgs("complex", args, kwnames, complexNewKwlist, 0, &r, &i); err != nil {
		return nil, err
	}
	if r == nil {
		r = False
	}
	v, err := complexFromArgs(t, r, i, typ)
	if err != nil {
		return nil, err
	}
	if c, ok := v.(*Complex); ok && typ != ComplexType && (c.ext.p == nil || c.ext.p.typ != typ) {
		return &Complex{ext: ext{&extData{typ: typ}}, v: c.v}, nil
	}
	return v, nil
}

func complexFromArgs(t *Thread, r, i Object, typ *Type) (Object, error) {
	if c, ok := r.(*Complex); ok && c.ext.p == nil && i == nil && typ == ComplexType {
		return c, nil
	}
	if s, ok := r.(*Str); ok {
		if i != nil {
			return nil, Errorf(TypeError, "complex() can't take second arg if first is a string")
		}
		text, err := numASCIIText(t, s.s)
		if err != nil {
			return nil, err
		}
		c, err := ComplexFromString(text)
		if err != nil {
			return nil, err
		}
		return NewComplex(c), nil
	}
	if _, ok := i.(*Str); ok {
		return nil, Errorf(TypeError, "complex() second arg can't be a string")
	}
	// __complex__ first (a complex subclass may define one too).
	if c, ok := r.(*Complex); !ok || c.ext.p != nil {
		if m := r.Type().Lookup(strComplex); m != nil {
			res, err := callDescrNum(t, m, r)
			if err != nil {
				return nil, err
			}
			// complex() takes whatever __complex__ returns as its first
			// argument (only PyComplex_AsCComplex insists on a complex).
			r = res
		}
	}
	if r.Type().Float == nil || i != nil && i.Type().Float == nil {
		return nil, Errorf(TypeError, "complex() argument must be a string or a number")
	}
	var cr, ci complex128
	crComplex, ciComplex := false, false
	if c, ok := r.(*Complex); ok {
		cr, crComplex = c.v, true
	} else {
		f, err := FloatOf(t, r)
		if err != nil {
			return nil, err
		}
		cr = complex(f.v, 0)
	}
	switch v := i.(type) {
	case nil:
	case *Complex:
		ci, ciComplex = v.v, true
	default:
		res, err := v.Type().Float(t, v)
		if err != nil {
			return nil, err
		}
		f, ok := res.(*Float)
		if !ok {
			return nil, Errorf(TypeError, "nb_float should return float object")
		}
		ci = complex(f.v, 0)
	}
	re, im := real(cr), real(ci)
	if ciComplex {
		re -= imag(ci)
	}
	if crComplex {
		im += imag(cr)
	}
	return NewComplex(complex(re, im)), nil
}

// callDescrNum calls the method descriptor m (found on o's type) with o
// as self and no arguments.
func callDescrNum(t *Thread, m, o Object) (Object, error) {
	if get := m.Type().DescrGet; get != nil {
		f, err := get(t, m, o, o.Type())
		if err != nil {
			return nil, err
		}
		return Call(t, f, nil, nil)
	}
	return Call(t, m, nil, nil)
}

// ComplexFromString parses the text of complex(s) (after the str
// transformation of digits and blanks): blanks, an optional '(', a real
// part, an imaginary part with 'j', or both, ')' if '(' was there, blanks.
func ComplexFromString(s string) (complex128, error) {
	malformed := func() (complex128, error) {
		return 0, Errorf(ValueError, "complex() arg is a malformed string")
	}
	p := 0
	for p < len(s) && isCSpace(s[p]) {
		p++
	}
	bracket := false
	if p < len(s) && s[p] == '(' {
		bracket = true
		p++
		for p < len(s) && isCSpace(s[p]) {
			p++
		}
	}
	at := func(k int) byte {
		if k < len(s) {
			return s[k]
		}
		return 0
	}
	var x, y float64
	if z, n := scanFloat(s[p:]); n > 0 {
		p += n
		switch c := at(p); {
		case c == '+' || c == '-':
			x = z
			if w, m := scanFloat(s[p:]); m > 0 {
				y = w
				p += m
			} else {
				y = 1
				if c == '-' {
					y = -1
				}
				p++
			}
			if c := at(p); c != 'j' && c != 'J' {
				return malformed()
			}
			p++
		case c == 'j' || c == 'J':
			p++
			y = z
		default:
			x = z
		}
	} else {
		y = 1
		switch at(p) {
		case '+':
			p++
		case '-':
			y = -1
			p++
		}
		if c := at(p); c != 'j' && c != 'J' {
			return malformed()
		}
		p++
	}
	for p < len(s) && isCSpace(s[p]) {
		p++
	}
	if bracket {
		if at(p) != ')' {
			return malformed()
		}
		p++
		for p < len(s) && isCSpace(s[p]) {
			p++
		}
	}
	if p != len(s) {
		return malformed()
	}
	return complex(x, y), nil
}

// Format of a complex through __format__.
func complexFormatMethod(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	spec, err := formatSpecArg(args, kwnames)
	if err != nil {
		return nil, err
	}
	if spec == "" {
		return StrOf(t, self)
	}
	c := self.(*Complex)
	s, err := ParseFormatSpec(spec, 0, '>')
	if err != nil {
		return nil, err
	}
	r, err := FormatComplex(c.v, &s, c.Type().Name)
	if err != nil {
		return nil, err
	}
	return NewStr(r), nil
}

func complexConjugate(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("conjugate", args, kwnames); err != nil {
		return nil, err
	}
	v := self.(*Complex).v
	return NewComplex(complex(real(v), -imag(v))), nil
}

func complexGetNewArgs(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__getnewargs__", args, kwnames); err != nil {
		return nil, err
	}
	v := self.(*Complex).v
	return NewTuple(NewFloat(real(v)), NewFloat(imag(v))), nil
}

func complexSizeof(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__sizeof__", args, kwnames); err != nil {
		return nil, err
	}
	// 32 bytes in CPython, plus what a subclass adds (see floatSizeof).
	return NewInt(int64(32 + basicSize(self.Type()) - basicSize(ObjectType))), nil
}

func complexGetReal(t *Thread, self Object) (Object, error) {
	return NewFloat(real(self.(*Complex).v)), nil
}

func complexGetImag(t *Thread, self Object) (Object, error) {
	return NewFloat(imag(self.(*Complex).v)), nil
}

func init() {
	ComplexType.Doc = "complex(real[, imag]) -> complex number\n\nThe number real + imag*1j (imag defaults to 0); real may instead be the\ntext of a complex number, such as '1+2j', and then comes alone."
	ComplexType.New = complexNew
	ComplexType.Repr = complexReprSlot
	ComplexType.Str = complexReprSlot
	ComplexType.Hash = complexHashSlot
	ComplexType.RichCompare = complexRichCompareSlot
	ComplexType.Bool = complexBoolSlot
	ComplexType.Add = complexAddSlot
	ComplexType.Sub = complexSubSlot
	ComplexType.Mul = complexMulSlot
	ComplexType.TrueDiv = complexTrueDivSlot
	ComplexType.FloorDiv = complexFloorDivSlot
	ComplexType.Mod = complexModSlot
	ComplexType.Divmod = complexDivmodSlot
	ComplexType.Pow = complexPowSlot
	ComplexType.Neg = complexNegSlot
	ComplexType.Pos = complexPosSlot
	ComplexType.Abs = complexAbsSlot
	ComplexType.Int = complexIntSlot
	ComplexType.Float = complexFloatSlot
	ComplexType.AddMethods(
		MethodDef{Name: "conjugate", Fn: complexConjugate, Doc: "complex.conjugate() -> complex\n\nThe same number with its imaginary part negated: (1+2j) gives (1-2j)."},
		MethodDef{Name: "__getnewargs__", Fn: complexGetNewArgs},
		MethodDef{Name: "__sizeof__", Fn: complexSizeof, Doc: "__sizeof__() -> int\nsize of object in memory, in bytes"},
		MethodDef{Name: "__format__", Fn: complexFormatMethod, Doc: "complex.__format__() -> str\n\nThe number written by the format-spec mini-language, both parts with\nthe same spec (what format() and str.format call)."},
	)
	ComplexType.AddGetSets(
		GetSetDef{Member: true, Name: "real", Get: complexGetReal, Doc: "the real part, a float"},
		GetSetDef{Member: true, Name: "imag", Get: complexGetImag, Doc: "the imaginary part, a float"},
	)
}
