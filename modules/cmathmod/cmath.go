// Package cmathmod is the cmath module: CPython 3.2's mathematical
// functions for complex numbers, written in Go. It registers itself with
// the builtins package's module table, so importing this package
// (cmd/taipan does, through modules/all) makes `import cmath` work.
//
// Finite arguments go through Kahan-style formulas that stay accurate near
// branch cuts and for huge or tiny parts. Arguments with an infinite or
// NaN part take their results from special.go, tables generated (by
// gen.py) from CPython 3.2's own answers, except where the result depends
// on the finite part, which the code below computes. Errors follow
// CPython: ValueError("math domain error") and OverflowError("math range
// error").
package cmathmod

import (
	"math"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("cmath", newModule) }

type kind uint8

const (
	fin    kind = iota // both parts finite: computed, not looked up
	ok                 // the table's value
	edom               // ValueError
	erange             // OverflowError
	dep                // depends on the finite part: computed
)

type special struct {
	kind   kind
	re, im float64
}

var (
	inf  = math.Inf(1)
	nan  = math.NaN()
	negz = math.Copysign(0, -1)
)

// errKind is what a computation asks to raise, as CPython's errno.
type errKind uint8

const (
	errNone errKind = iota
	errDom
	errRange
)

const (
	largeDouble    = math.MaxFloat64 / 4
	sqrtLarge      = 6.703903964971298e+153 // sqrt(DBL_MAX/4)
	logLargeDouble = 709.7827128933840 - 1  // log(DBL_MAX) rounded down, less one
	minNormal      = 2.2250738585072014e-308
	sqrtMin        = 1.4916681462400413e-154 // sqrt(DBL_MIN)
	ln2            = 0.6931471805599453094
	ln10           = 2.302585092994045684
)

func class(x float64) int {
	switch {
	case math.IsNaN(x):
		return 6
	case math.IsInf(x, -1):
		return 0
	case math.IsInf(x, 1):
		return 5
	case x < 0:
		return 1
	case x == 0 && math.Signbit(x):
		return 2
	case x == 0:
		return 3
	}
	return 4
}

// lookup returns the special entry for z; kind fin when both parts are
// finite.
func lookup(name string, z complex128) special {
	x, y := real(z), imag(z)
	if !math.IsInf(x, 0) && !math.IsNaN(x) && !math.IsInf(y, 0) && !math.IsNaN(y) {
		return special{kind: fin}
	}
	return specialTables[name][class(x)][class(y)]
}

func finish(z complex128, e errKind) (complex128, error) {
	switch e {
	case errDom:
		return 0, py.Errorf(py.ValueError, "math domain error")
	case errRange:
		return 0, py.Errorf(py.OverflowError, "math range error")
	}
	return z, nil
}

// fromTable resolves a non-finite argument from the tables; handled
// reports whether it did.
func fromTable(name string, z complex128) (complex128, errKind, bool) {
	s := lookup(name, z)
	switch s.kind {
	case fin, dep:
		return 0, errNone, false
	case edom:
		return 0, errDom, true
	case erange:
		return 0, errRange, true
	}
	return complex(s.re, s.im), errNone, true
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

func cSqrt(z complex128) (complex128, errKind) {
	if r, e, done := fromTable("sqrt", z); done {
		return r, e
	}
	x, y := real(z), imag(z)
	if x == 0 && y == 0 {
		return complex(0, y), errNone
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < minNormal && ay < minNormal && (ax > 0 || ay > 0) {
		// Scale tiny (subnormal) arguments up to keep precision.
		ax2 := math.Ldexp(ax, 53)
		s = math.Ldexp(math.Sqrt(ax2+math.Hypot(ax2, math.Ldexp(ay, 53))), -27)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+math.Hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y)), errNone
	}
	return complex(d, math.Copysign(s, y)), errNone
}

func cExp(z complex128) (complex128, errKind) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			if x > 0 {
				return complex(math.Copysign(inf, py.LibmCos(y)), math.Copysign(inf, py.LibmSin(y))), errNone
			}
			return complex(math.Copysign(0, py.LibmCos(y)), math.Copysign(0, py.LibmSin(y))), errNone
		}
		r, e, _ := fromTable("exp", z)
		return r, e
	}
	var re, im float64
	if x > logLargeDouble {
		l := py.LibmExp(x - 1)
		re, im = l*py.LibmCos(y)*math.E, l*py.LibmSin(y)*math.E
	} else {
		l := py.LibmExp(x)
		re, im = l*py.LibmCos(y), l*py.LibmSin(y)
	}
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return 0, errRange
	}
	return complex(re, im), errNone
}

func cLog(z complex128) (complex128, errKind) {
	if r, e, done := fromTable("log", z); done {
		return r, e
	}
	x, y := real(z), imag(z)
	ax, ay := math.Abs(x), math.Abs(y)
	var re float64
	switch {
	case ax > largeDouble || ay > largeDouble:
		re = math.Log(math.Hypot(ax/2, ay/2)) + ln2
	case ax < minNormal && ay < minNormal:
		if ax == 0 && ay == 0 {
			return complex(math.Inf(-1), py.LibmAtan2(y, x)), errDom
		}
		re = math.Log(math.Hypot(math.Ldexp(ax, 53), math.Ldexp(ay, 53))) - 53*ln2
	default:
		h := math.Hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := ax, ay
			if an > am {
				am, an = an, am
			}
			re = math.Log1p((am-1)*(am+1)+an*an) / 2
		} else {
			re = math.Log(h)
		}
	}
	return complex(re, py.LibmAtan2(y, x)), errNone
}

func cLog10(z complex128) (complex128, errKind) {
	if r, e, done := fromTable("log10", z); done {
		return r, e
	}
	r, e := cLog(z)
	return complex(real(r)/ln10, imag(r)/ln10), e
}

func cAcos(z complex128) (complex128, errKind) {
	if r, e, done := fromTable("acos", z); done {
		return r, e
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		re := py.LibmAtan2(math.Abs(y), x)
		var im float64
		if x < 0 {
			im = -math.Copysign(math.Log(math.Hypot(x/2, y/2))+2*ln2, y)
		} else {
			im = math.Copysign(math.Log(math.Hypot(x/2, y/2))+2*ln2, -y)
		}
		return complex(re, im), errNone
	}
	s1, _ := cSqrt(complex(1-x, -y))
	s2, _ := cSqrt(complex(1+x, y))
	re := 2 * py.LibmAtan2(real(s1), real(s2))
	im := math.Asinh(real(s2)*imag(s1) - imag(s2)*real(s1))
	return complex(re, im), errNone
}

func cAsinh(z complex128) (complex128, errKind) {
	if r, e, done := fromTable("asinh", z); done {
		return r, e
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		var re float64
		if y >= 0 {
			re = math.Copysign(math.Log(math.Hypot(x/2, y/2))+2*ln2, x)
		} else {
			re = -math.Copysign(math.Log(math.Hypot(x/2, y/2))+2*ln2, -x)
		}
		return complex(re, py.LibmAtan2(y, math.Abs(x))), errNone
	}
	s1, _ := cSqrt(complex(1+y, -x))
	s2, _ := cSqrt(complex(1-y, x))
	re := math.Asinh(real(s1)*imag(s2) - real(s2)*imag(s1))
	im := py.LibmAtan2(y, real(s1)*real(s2)-imag(s1)*imag(s2))
	return complex(re, im), errNone
}

// cAsin is -i asinh(iz).
func cAsin(z complex128) (complex128, errKind) {
	r, e := cAsinh(complex(-imag(z), real(z)))
	return complex(imag(r), -real(r)), e
}

func cAcosh(z complex128) (complex128, errKind) {
	if r, e, done := fromTable("acosh", z); done {
		return r, e
	}
	x, y := real(z), imag(z)
	if math.Abs(x) > largeDouble || math.Abs(y) > largeDouble {
		return complex(math.Log(math.Hypot(x/2, y/2))+2*ln2, py.LibmAtan2(y, x)), errNone
	}
	s1, _ := cSqrt(complex(x-1, y))
	s2, _ := cSqrt(complex(x+1, y))
	re := math.Asinh(real(s1)*real(s2) + imag(s1)*imag(s2))
	im := 2 * py.LibmAtan2(imag(s1), real(s2))
	return complex(re, im), errNone
}

func cAtanh(z complex128) (complex128, errKind) {
	if r, e, done := fromTable("atanh", z); done {
		return r, e
	}
	x, y := real(z), imag(z)
	if x < 0 {
		r, e := cAtanh(complex(-x, -y))
		return complex(-real(r), -imag(r)), e
	}
	ay := math.Abs(y)
	var re, im float64
	switch {
	case x > sqrtLarge || ay > sqrtLarge:
		h := math.Hypot(x/2, y/2)
		re = x / 4 / h / h
		im = -math.Copysign(math.Pi/2, -y)
	case x == 1 && ay < sqrtMin:
		if ay == 0 {
			return 0, errDom
		}
		re = -math.Log(math.Sqrt(ay) / math.Sqrt(math.Hypot(ay, 2)))
		im = math.Copysign(py.LibmAtan2(2, -ay)/2, y)
	default:
		re = math.Log1p(4*x/((1-x)*(1-x)+ay*ay)) / 4
		im = -py.LibmAtan2(-2*y, (1-x)*(1+x)-ay*ay) / 2
	}
	return complex(re, im), errNone
}

// cAtan is -i atanh(iz).
func cAtan(z complex128) (complex128, errKind) {
	r, e := cAtanh(complex(-imag(z), real(z)))
	return complex(imag(r), -real(r)), e
}

func cCosh(z complex128) (complex128, errKind) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			return complex(math.Copysign(inf, py.LibmCos(y)), math.Copysign(inf, py.LibmSin(y))*math.Copysign(1, x)), errNone
		}
		r, e, _ := fromTable("cosh", z)
		return r, e
	}
	var re, im float64
	if math.Abs(x) > logLargeDouble {
		xm1 := x - math.Copysign(1, x)
		re = py.LibmCos(y) * coshR(xm1) * math.E
		im = py.LibmSin(y) * sinhR(xm1) * math.E
	} else {
		re = py.LibmCos(y) * coshR(x)
		im = py.LibmSin(y) * sinhR(x)
	}
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return 0, errRange
	}
	return complex(re, im), errNone
}

func cSinh(z complex128) (complex128, errKind) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			return complex(math.Copysign(inf, py.LibmCos(y))*math.Copysign(1, x), math.Copysign(inf, py.LibmSin(y))), errNone
		}
		r, e, _ := fromTable("sinh", z)
		return r, e
	}
	var re, im float64
	if math.Abs(x) > logLargeDouble {
		xm1 := x - math.Copysign(1, x)
		re = py.LibmCos(y) * sinhR(xm1) * math.E
		im = py.LibmSin(y) * coshR(xm1) * math.E
	} else {
		re = py.LibmCos(y) * sinhR(x)
		im = py.LibmSin(y) * coshR(x)
	}
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return 0, errRange
	}
	return complex(re, im), errNone
}

func cTanh(z complex128) (complex128, errKind) {
	x, y := real(z), imag(z)
	if !isFinite(x) || !isFinite(y) {
		if math.IsInf(x, 0) && isFinite(y) && y != 0 {
			return complex(math.Copysign(1, x), math.Copysign(0, 2*py.LibmSin(y)*py.LibmCos(y))), errNone
		}
		r, e, _ := fromTable("tanh", z)
		return r, e
	}
	if math.Abs(x) > logLargeDouble {
		return complex(math.Copysign(1, x), 4*py.LibmSin(y)*py.LibmCos(y)*py.LibmExp(-2*math.Abs(x))), errNone
	}
	tx := math.Tanh(x)
	ty := math.Tan(y)
	cx := 1 / coshR(x)
	txty := tx * ty
	denom := 1 + txty*txty
	return complex(tx*(1+ty*ty)/denom, ((ty/denom)*cx)*cx), errNone
}

// coshR and sinhR are the real functions; for large arguments they use
// the libm-faithful exp, since Go's math.Exp overflows early on some
// platforms (math.Exp(709.5) is +Inf on amd64).
func coshR(x float64) float64 {
	if math.Abs(x) > 22 {
		return py.LibmExp(math.Abs(x)) / 2
	}
	return math.Cosh(x)
}

func sinhR(x float64) float64 {
	if math.Abs(x) > 22 {
		return math.Copysign(py.LibmExp(math.Abs(x))/2, x)
	}
	return math.Sinh(x)
}

// cCos is cosh(iz).
func cCos(z complex128) (complex128, errKind) {
	return cCosh(complex(-imag(z), real(z)))
}

// cSin is -i sinh(iz).
func cSin(z complex128) (complex128, errKind) {
	r, e := cSinh(complex(-imag(z), real(z)))
	return complex(imag(r), -real(r)), e
}

// cTan is -i tanh(iz).
func cTan(z complex128) (complex128, errKind) {
	r, e := cTanh(complex(-imag(z), real(z)))
	return complex(imag(r), -real(r)), e
}

func rect(r, phi float64) (complex128, errKind) {
	z := complex(r, phi)
	if !isFinite(r) || !isFinite(phi) {
		if math.IsInf(r, 0) && isFinite(phi) && phi != 0 {
			if r > 0 {
				return complex(math.Copysign(inf, py.LibmCos(phi)), math.Copysign(inf, py.LibmSin(phi))), errNone
			}
			return complex(-math.Copysign(inf, py.LibmCos(phi)), -math.Copysign(inf, py.LibmSin(phi))), errNone
		}
		res, e, _ := fromTable("rect", z)
		return res, e
	}
	if phi == 0 {
		// Keep the sign of a zero imaginary part: r*phi, not r*sin(phi).
		return complex(r, r*phi), errNone
	}
	return complex(r*py.LibmCos(phi), r*py.LibmSin(phi)), errNone
}

// toComplex converts an argument as CPython's "D" format does.
func toComplex(t *py.Thread, o py.Object) (complex128, error) {
	if c, isC := o.(*py.Complex); isC {
		return c.Complex128(), nil
	}
	switch v := o.(type) {
	case *py.Float:
		return complex(v.Float64(), 0), nil
	case *py.Int:
		f, err := v.Float64()
		return complex(f, 0), err
	}
	m, err := py.LookupSpecial(t, o, py.NewStr("__complex__"))
	if err != nil {
		return 0, err
	}
	if m != nil {
		res, err := py.Call(t, m, nil, nil)
		if err != nil {
			return 0, err
		}
		c, isC := res.(*py.Complex)
		if !isC {
			return 0, py.Errorf(py.TypeError, "__complex__ should return a complex object")
		}
		return c.Complex128(), nil
	}
	if o.Type().Float == nil {
		return 0, py.Errorf(py.TypeError, "a float is required")
	}
	f, err := py.FloatOf(t, o)
	if err != nil {
		return 0, err
	}
	return complex(f.Float64(), 0), nil
}

func toFloat(t *py.Thread, o py.Object) (float64, error) {
	switch v := o.(type) {
	case *py.Float:
		return v.Float64(), nil
	case *py.Int:
		return v.Float64()
	}
	if o.Type().Float == nil {
		return 0, py.Errorf(py.TypeError, "a float is required")
	}
	f, err := py.FloatOf(t, o)
	if err != nil {
		return 0, err
	}
	return f.Float64(), nil
}

func nArgs(kwnames *py.Tuple, args []py.Object, min, max int) error {
	if err := py.NoKwargs("", kwnames); err != nil {
		return err
	}
	n := len(args)
	switch {
	case min == max && n != min:
		if min == 1 {
			return py.Errorf(py.TypeError, "function takes exactly 1 argument (%d given)", n)
		}
		return py.Errorf(py.TypeError, "function takes exactly %d arguments (%d given)", min, n)
	case n < min:
		return py.Errorf(py.TypeError, "function takes at least %d argument (%d given)", min, n)
	case n > max:
		return py.Errorf(py.TypeError, "function takes at most %d arguments (%d given)", max, n)
	}
	return nil
}

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("cmath")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("This module is always available. It provides access to mathematical\nfunctions for complex numbers."))
	m.Dict.SetStr(py.NewStr("pi"), t.NewFloat(math.Pi))
	m.Dict.SetStr(py.NewStr("e"), t.NewFloat(math.E))
	for _, f := range []struct {
		name string
		fn   func(complex128) (complex128, errKind)
	}{
		{"acos", cAcos}, {"acosh", cAcosh}, {"asin", cAsin}, {"asinh", cAsinh},
		{"atan", cAtan}, {"atanh", cAtanh}, {"cos", cCos}, {"cosh", cCosh},
		{"exp", cExp}, {"log10", cLog10}, {"sin", cSin}, {"sinh", cSinh},
		{"sqrt", cSqrt}, {"tan", cTan}, {"tanh", cTanh},
	} {
		f := f
		m.AddFunction(f.name, func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			if err := nArgs(kwnames, args, 1, 1); err != nil {
				return nil, err
			}
			z, err := toComplex(t, args[0])
			if err != nil {
				return nil, err
			}
			r, err := finish(f.fn(z))
			if err != nil {
				return nil, err
			}
			return py.NewComplex(r), nil
		}, "")
	}
	m.AddFunction("log", cmathLog, "")
	m.AddFunction("phase", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := nArgs(kwnames, args, 1, 1); err != nil {
			return nil, err
		}
		z, err := toComplex(t, args[0])
		if err != nil {
			return nil, err
		}
		phi, err := phase(z)
		if err != nil {
			return nil, err
		}
		return t.NewFloat(phi), nil
	}, "")
	m.AddFunction("polar", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := nArgs(kwnames, args, 1, 1); err != nil {
			return nil, err
		}
		z, err := toComplex(t, args[0])
		if err != nil {
			return nil, err
		}
		r, err := py.ComplexAbs(z)
		if err != nil {
			return nil, py.Errorf(py.OverflowError, "math range error")
		}
		// The modulus is taken after the angle, so an underflowing angle
		// does not raise here, unlike phase().
		return py.NewTuple(t.NewFloat(r), t.NewFloat(py.LibmAtan2(imag(z), real(z)))), nil
	}, "")
	m.AddFunction("rect", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := nArgs(kwnames, args, 2, 2); err != nil {
			return nil, err
		}
		r, err := toFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		phi, err := toFloat(t, args[1])
		if err != nil {
			return nil, err
		}
		z, err := finish(rect(r, phi))
		if err != nil {
			return nil, err
		}
		return py.NewComplex(z), nil
	}, "")
	for _, f := range []struct {
		name string
		fn   func(x, y float64) bool
	}{
		{"isfinite", func(x, y float64) bool { return isFinite(x) && isFinite(y) }},
		{"isinf", func(x, y float64) bool { return math.IsInf(x, 0) || math.IsInf(y, 0) }},
		{"isnan", func(x, y float64) bool { return math.IsNaN(x) || math.IsNaN(y) }},
	} {
		f := f
		m.AddFunction(f.name, func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			if err := nArgs(kwnames, args, 1, 1); err != nil {
				return nil, err
			}
			z, err := toComplex(t, args[0])
			if err != nil {
				return nil, err
			}
			return py.NewBool(f.fn(real(z), imag(z))), nil
		}, "")
	}
	return m, nil
}

func cmathLog(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := nArgs(kwnames, args, 1, 2); err != nil {
		return nil, err
	}
	z, err := toComplex(t, args[0])
	if err != nil {
		return nil, err
	}
	r, e := cLog(z)
	if len(args) == 2 {
		b, err := toComplex(t, args[1])
		if err != nil {
			return nil, err
		}
		// As in CPython, only the error state left by the base's
		// logarithm and the division counts: log(0, 2) is (-inf+nanj).
		var lb complex128
		lb, e = cLog(b)
		if lb == 0 && e == errNone {
			e = errDom
		}
		r, _ = quot(r, lb)
	}
	res, err := finish(r, e)
	if err != nil {
		return nil, err
	}
	return py.NewComplex(res), nil
}

// phase is atan2(imag, real), failing with OverflowError where C's atan2
// reports underflow: a nonzero finite imaginary part whose angle rounds
// to zero.
func phase(z complex128) (float64, error) {
	phi := py.LibmAtan2(imag(z), real(z))
	if phi == 0 && imag(z) != 0 && isFinite(real(z)) && isFinite(imag(z)) {
		return 0, py.Errorf(py.OverflowError, "math range error")
	}
	return phi, nil
}

// quot divides a by b as CPython's complex division does (Smith's
// method); zero reports division by zero.
func quot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	if absBr >= absBi {
		if absBr == 0 {
			return 0, true
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom), false
	}
	ratio := br / bi
	denom := br*ratio + bi
	return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom), false
}
