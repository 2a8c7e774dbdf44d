// Package mathmod is the math module: CPython 3.2's C-implemented math,
// written in Go over the Go math package. It registers itself with the
// builtins package's module table, so importing this package (cmd/taipan
// does, through modules/all) makes `import math` work.
//
// Errors follow CPython: a result outside a function's domain raises
// ValueError("math domain error"), a finite argument whose result
// overflows raises OverflowError("math range error"), and infinities and
// NaNs pass through where C99 says they do.
package mathmod

import (
	"math"
	"math/big"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("math", newModule) }

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("math")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("This module is always available.  It provides access to the\nmathematical functions defined by the C standard."))
	m.Dict.SetStr(py.NewStr("pi"), t.NewFloat(math.Pi))
	m.Dict.SetStr(py.NewStr("e"), t.NewFloat(math.E))
	for _, f := range []struct {
		name string
		fn   func(float64) float64
		// domain reports whether x is a valid argument for a finite
		// result; nil means every x is.
		domain func(x float64) bool
	}{
		{"acos", math.Acos, func(x float64) bool { return x >= -1 && x <= 1 }},
		{"acosh", math.Acosh, func(x float64) bool { return x >= 1 }},
		{"asin", math.Asin, func(x float64) bool { return x >= -1 && x <= 1 }},
		{"asinh", math.Asinh, nil},
		{"atan", math.Atan, nil},
		{"atanh", math.Atanh, func(x float64) bool { return x > -1 && x < 1 }},
		{"cos", cos, func(x float64) bool { return !math.IsInf(x, 0) }},
		{"cosh", math.Cosh, nil},
		{"erf", math.Erf, nil},
		{"erfc", math.Erfc, nil},
		{"exp", exp, nil},
		{"expm1", math.Expm1, nil},
		{"fabs", math.Abs, nil},
		{"gamma", math.Gamma, gammaDomain},
		{"lgamma", lgamma, gammaDomain},
		{"log1p", math.Log1p, func(x float64) bool { return x > -1 }},
		{"sin", sin, func(x float64) bool { return !math.IsInf(x, 0) }},
		{"sinh", math.Sinh, nil},
		{"sqrt", math.Sqrt, func(x float64) bool { return x >= 0 }},
		{"tan", math.Tan, func(x float64) bool { return !math.IsInf(x, 0) }},
		{"tanh", math.Tanh, nil},
	} {
		f := f
		m.AddFunction(f.name, func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			x, err := oneFloat(t, f.name, args, kwnames)
			if err != nil {
				return nil, err
			}
			return apply1(t, x, f.fn, f.domain)
		}, "")
	}
	m.AddFunction("ceil", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		return rounding(t, "ceil", "__ceil__", math.Ceil, args, kwnames)
	}, "")
	m.AddFunction("floor", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		return rounding(t, "floor", "__floor__", math.Floor, args, kwnames)
	}, "")
	m.AddFunction("trunc", mathTrunc, "")
	m.AddFunction("log", mathLog, "")
	m.AddFunction("log10", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		x, err := py.OneArg("log10", args, kwnames)
		if err != nil {
			return nil, err
		}
		r, err := logHelper(t, x, math.Log10)
		if err != nil {
			return nil, err
		}
		return t.NewFloat(r), nil
	}, "")
	m.AddFunction("pow", mathPow, "")
	m.AddFunction("atan2", twoFloats("atan2", func(y, x float64) (float64, error) { return py.LibmAtan2(y, x), nil }), "")
	m.AddFunction("hypot", twoFloats("hypot", func(x, y float64) (float64, error) {
		r := py.LibmHypot(x, y)
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
			return 0, rangeError()
		}
		return r, nil
	}), "")
	m.AddFunction("copysign", twoFloats("copysign", func(x, y float64) (float64, error) { return math.Copysign(x, y), nil }), "")
	m.AddFunction("fmod", twoFloats("fmod", func(x, y float64) (float64, error) {
		if y == 0 && !math.IsNaN(x) || math.IsInf(x, 0) {
			return 0, domainError()
		}
		if math.IsInf(y, 0) && !math.IsInf(x, 0) {
			return x, nil
		}
		return math.Mod(x, y), nil
	}), "")
	m.AddFunction("degrees", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		x, err := oneFloat(t, "degrees", args, kwnames)
		if err != nil {
			return nil, err
		}
		return t.NewFloat(x * (180 / math.Pi)), nil
	}, "")
	m.AddFunction("radians", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		x, err := oneFloat(t, "radians", args, kwnames)
		if err != nil {
			return nil, err
		}
		return t.NewFloat(x * (math.Pi / 180)), nil
	}, "")
	for _, p := range []struct {
		name string
		f    func(float64) bool
	}{
		{"isinf", func(x float64) bool { return math.IsInf(x, 0) }},
		{"isnan", math.IsNaN},
		{"isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }},
	} {
		p := p
		m.AddFunction(p.name, func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			x, err := oneFloat(t, p.name, args, kwnames)
			if err != nil {
				return nil, err
			}
			return py.NewBool(p.f(x)), nil
		}, "")
	}
	m.AddFunction("frexp", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		x, err := oneFloat(t, "frexp", args, kwnames)
		if err != nil {
			return nil, err
		}
		if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
			return py.NewTuple(t.NewFloat(x), py.NewInt(0)), nil
		}
		frac, e := math.Frexp(x)
		return py.NewTuple(t.NewFloat(frac), py.NewInt(int64(e))), nil
	}, "")
	m.AddFunction("ldexp", mathLdexp, "")
	m.AddFunction("modf", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		x, err := oneFloat(t, "modf", args, kwnames)
		if err != nil {
			return nil, err
		}
		if math.IsInf(x, 0) {
			return py.NewTuple(t.NewFloat(math.Copysign(0, x)), t.NewFloat(x)), nil
		}
		ip, frac := math.Modf(x)
		return py.NewTuple(t.NewFloat(frac), t.NewFloat(ip)), nil
	}, "")
	m.AddFunction("fsum", mathFsum, "")
	m.AddFunction("factorial", mathFactorial, "")
	return m, nil
}

// sin, cos and exp use the numbers' correctly rounded versions, which
// agree with the C library CPython calls.
func sin(x float64) float64 { return py.LibmSin(x) }
func cos(x float64) float64 { return py.LibmCos(x) }
func exp(x float64) float64 { return py.LibmExp(x) }

func lgamma(x float64) float64 {
	r, _ := math.Lgamma(x)
	return r
}

func gammaDomain(x float64) bool {
	return !(x <= 0 && x == math.Floor(x)) && !math.IsInf(x, -1)
}

func domainError() error { return py.Errorf(py.ValueError, "math domain error") }
func rangeError() error  { return py.Errorf(py.OverflowError, "math range error") }

// apply1 computes f(x) with CPython's error rules.
func apply1(t *py.Thread, x float64, f func(float64) float64, domain func(float64) bool) (py.Object, error) {
	if math.IsNaN(x) {
		return t.NewFloat(x), nil
	}
	if domain != nil && !domain(x) {
		return nil, domainError()
	}
	r := f(x)
	if math.IsNaN(r) {
		return nil, domainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) {
		return nil, rangeError()
	}
	return t.NewFloat(r), nil
}

// toFloat is PyFloat_AsDouble: a float, an int, or an object with
// __float__.
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

func oneFloat(t *py.Thread, name string, args []py.Object, kwnames *py.Tuple) (float64, error) {
	if err := py.NoKwargs(name, kwnames); err != nil {
		return 0, err
	}
	if len(args) != 1 {
		return 0, py.Errorf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return toFloat(t, args[0])
}

func twoFloats(name string, f func(x, y float64) (float64, error)) py.BuiltinFunc {
	return func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var a, b py.Object
		if err := py.UnpackArgs(name, args, kwnames, 2, 2, &a, &b); err != nil {
			return nil, err
		}
		x, err := toFloat(t, a)
		if err != nil {
			return nil, err
		}
		y, err := toFloat(t, b)
		if err != nil {
			return nil, err
		}
		r, err := f(x, y)
		if err != nil {
			return nil, err
		}
		return t.NewFloat(r), nil
	}
}

// rounding is ceil or floor: the object's __ceil__/__floor__ if its type
// has one, else the float operation, returning an int.
func rounding(t *py.Thread, name, dunder string, f func(float64) float64, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs(name, kwnames); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, py.Errorf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	x := args[0]
	switch v := x.(type) {
	case *py.Float:
		return py.FloatRoundToInt(f(v.Float64()))
	case *py.Int:
		if v.Type() == py.IntType {
			return v, nil
		}
	}
	if m := x.Type().Lookup(py.NewStr(dunder)); m != nil {
		return py.Call(t, m, []py.Object{x}, nil)
	}
	v, err := toFloat(t, x)
	if err != nil {
		return nil, err
	}
	return py.FloatRoundToInt(f(v))
}

func mathTrunc(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("trunc", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, py.Errorf(py.TypeError, "trunc() takes exactly one argument (%d given)", len(args))
	}
	x := args[0]
	m := x.Type().Lookup(py.NewStr("__trunc__"))
	if m == nil {
		return nil, py.Errorf(py.TypeError, "type %s doesn't define __trunc__ method", x.Type().Name)
	}
	return py.Call(t, m, []py.Object{x}, nil)
}

func mathLog(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var xo, baseo py.Object
	if err := py.UnpackArgs("log", args, kwnames, 1, 2, &xo, &baseo); err != nil {
		return nil, err
	}
	lx, err := logOf(t, xo)
	if err != nil {
		return nil, err
	}
	if baseo == nil {
		return t.NewFloat(lx), nil
	}
	lb, err := logOf(t, baseo)
	if err != nil {
		return nil, err
	}
	if lb == 0 {
		return nil, py.Errorf(py.ZeroDivisionError, "float division by zero")
	}
	return t.NewFloat(lx / lb), nil
}

// logOf is the natural logarithm of an int of any size or a float.
func logOf(t *py.Thread, o py.Object) (float64, error) {
	return logHelper(t, o, py.LibmLog)
}

// logHelper applies the logarithm fn to o as 3.2's math module does: an
// int too large for a float is m * 2**e with m (rounded to 53 bits) in
// [0.5, 1), and its logarithm fn(m) + fn(2.0) * e; a non-positive int is
// a domain error.
func logHelper(t *py.Thread, o py.Object, fn func(float64) float64) (float64, error) {
	if i, ok := o.(*py.Int); ok {
		if i.Sign() <= 0 {
			return 0, domainError()
		}
		if _, err := i.Float64(); err != nil {
			f := new(big.Float).SetPrec(53).SetInt(i.Big())
			m := new(big.Float)
			e := f.MantExp(m)
			mf, _ := m.Float64()
			return fn(mf) + fn(2.0)*float64(e), nil
		}
	}
	x, err := toFloat(t, o)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) || math.IsInf(x, 1) {
		return x, nil
	}
	if x <= 0 {
		return 0, domainError()
	}
	return fn(x), nil
}

func mathPow(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, b py.Object
	if err := py.UnpackArgs("pow", args, kwnames, 2, 2, &a, &b); err != nil {
		return nil, err
	}
	x, err := toFloat(t, a)
	if err != nil {
		return nil, err
	}
	y, err := toFloat(t, b)
	if err != nil {
		return nil, err
	}
	switch {
	case math.IsNaN(x):
		if y == 0 {
			return t.NewFloat(1), nil
		}
		return t.NewFloat(x), nil
	case math.IsNaN(y):
		if x == 1 {
			return t.NewFloat(1), nil
		}
		return t.NewFloat(y), nil
	}
	if x == 0 && y < 0 && !math.IsInf(y, 0) {
		return nil, domainError()
	}
	if x < 0 && y != math.Floor(y) && !math.IsInf(y, 0) && !math.IsInf(x, 0) {
		return nil, domainError()
	}
	r := py.LibmPow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return nil, rangeError()
	}
	return t.NewFloat(r), nil
}

func mathLdexp(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, b py.Object
	if err := py.UnpackArgs("ldexp", args, kwnames, 2, 2, &a, &b); err != nil {
		return nil, err
	}
	x, err := toFloat(t, a)
	if err != nil {
		return nil, err
	}
	i, ok := b.(*py.Int)
	if !ok {
		return nil, py.Errorf(py.TypeError, "Expected an int or long as second argument to ldexp.")
	}
	e, fits := i.Int64()
	if !fits || e > 1<<20 {
		e = 1 << 20
		if i.Big().Sign() < 0 {
			e = -e
		}
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return t.NewFloat(x), nil
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) {
		return nil, rangeError()
	}
	return t.NewFloat(r), nil
}

// mathFsum adds floats exactly (Shewchuk's algorithm: a list of partial
// sums that never overlap), rounding once at the end.
func mathFsum(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var seq py.Object
	if err := py.UnpackArgs("fsum", args, kwnames, 1, 1, &seq); err != nil {
		return nil, err
	}
	it, err := py.Iter(t, seq)
	if err != nil {
		return nil, err
	}
	var partials []float64
	special := 0.0
	haveSpecial := false
	for {
		o, err := py.Next(t, it)
		if err != nil {
			return nil, err
		}
		if o == nil {
			break
		}
		x, err := toFloat(t, o)
		if err != nil {
			return nil, err
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			if haveSpecial && math.IsInf(special, 0) && math.IsInf(x, 0) && special != x {
				special = math.NaN()
			} else if !haveSpecial || !math.IsNaN(special) {
				if !haveSpecial {
					special = x
				} else if math.IsNaN(x) {
					special = x
				}
			}
			haveSpecial = true
			continue
		}
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = append(partials[:i], x)
	}
	if haveSpecial {
		if math.IsNaN(special) {
			return nil, py.Errorf(py.ValueError, "-inf + inf in fsum")
		}
		return t.NewFloat(special), nil
	}
	n := len(partials)
	if n == 0 {
		return t.NewFloat(0), nil
	}
	hi := partials[n-1]
	lo := 0.0
	j := n - 1
	for j > 0 {
		x := hi
		j--
		y := partials[j]
		hi = x + y
		yr := hi - x
		lo = y - yr
		if lo != 0 {
			break
		}
	}
	// Round half to even across the remaining partials.
	if j > 0 && (lo < 0 && partials[j-1] < 0 || lo > 0 && partials[j-1] > 0) {
		y := lo * 2
		x := hi + y
		yr := x - hi
		if y == yr {
			hi = x
		}
	}
	if math.IsInf(hi, 0) {
		return nil, py.Errorf(py.OverflowError, "intermediate overflow in fsum")
	}
	return t.NewFloat(hi), nil
}

func mathFactorial(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("factorial", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, py.Errorf(py.TypeError, "factorial() takes exactly one argument (%d given)", len(args))
	}
	var n int64
	switch v := args[0].(type) {
	case *py.Float:
		f := v.Float64()
		if f != math.Floor(f) || math.IsInf(f, 0) || math.IsNaN(f) {
			return nil, py.Errorf(py.ValueError, "factorial() only accepts integral values")
		}
		n = int64(f)
	case *py.Int:
		x, ok := v.Int64()
		if !ok {
			if v.Big().Sign() < 0 {
				return nil, py.Errorf(py.ValueError, "factorial() not defined for negative values")
			}
			return nil, py.Errorf(py.OverflowError, "Python int too large to convert to C long")
		}
		n = x
	default:
		return nil, py.Errorf(py.TypeError, "an integer is required")
	}
	if n < 0 {
		return nil, py.Errorf(py.ValueError, "factorial() not defined for negative values")
	}
	r := new(big.Int).MulRange(1, n)
	if n == 0 {
		r.SetInt64(1)
	}
	return py.NewBigInt(r), nil
}
