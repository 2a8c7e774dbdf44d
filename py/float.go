package py

import (
	"math"
	"math/big"
	"math/bits"
	"unsafe"
)

// Float is a Python float. (Owner: numbers helper.)
type Float struct {
	ext
	v float64
}

// NewFloat returns the float v.
func NewFloat(v float64) *Float {
	return (*Float)(unsafe.Pointer(&floatNoScan{v: v})) // see floatNoScan
}

// Float64 returns the value.
func (f *Float) Float64() float64 { return f.v }

// Type returns float, or the subclass.
func (f *Float) Type() *Type {
	if f.ext.p != nil {
		return f.ext.p.typ
	}
	return FloatType
}

// exactFloat returns f as an exact float (not a subclass).
func (f *Float) exactFloat() *Float {
	if f.ext.p == nil {
		return f
	}
	return NewFloat(f.v)
}

// Complex is a Python complex. (Owner: numbers helper.)
type Complex struct {
	ext
	v complex128
}

// NewComplex returns the complex v.
func NewComplex(v complex128) *Complex {
	return (*Complex)(unsafe.Pointer(&complexNoScan{v: v})) // see floatNoScan
}

// Complex128 returns the value.
func (c *Complex) Complex128() complex128 { return c.v }

// Type returns complex, or the subclass.
func (c *Complex) Type() *Type {
	if c.ext.p != nil {
		return c.ext.p.typ
	}
	return ComplexType
}

// The arithmetic of floats with CPython 3.2's special cases and messages.

// FloatTrueDiv returns a / b, or ZeroDivisionError.
func FloatTrueDiv(a, b float64) (float64, error) {
	if b == 0 {
		return 0, Errorf(ZeroDivisionError, "float division by zero")
	}
	return a / b, nil
}

// FloatMod returns a % b (the result has the sign of b), or
// ZeroDivisionError.
func FloatMod(a, b float64) (float64, error) {
	if b == 0 {
		return 0, Errorf(ZeroDivisionError, "float modulo")
	}
	m := math.Mod(a, b)
	if m != 0 {
		if (b < 0) != (m < 0) {
			m += b
		}
	} else {
		m = math.Copysign(0, b)
	}
	return m, nil
}

// FloatDivmod returns a // b and a % b, or ZeroDivisionError.
func FloatDivmod(a, b float64) (q, r float64, err error) {
	if b == 0 {
		return 0, 0, Errorf(ZeroDivisionError, "float divmod()")
	}
	m := math.Mod(a, b)
	// a - m is, up to rounding, an exact multiple of b.
	div := (a - m) / b
	if m != 0 {
		if (b < 0) != (m < 0) {
			m += b
			div -= 1
		}
	} else {
		m = math.Copysign(0, b)
	}
	var fd float64
	if div != 0 {
		fd = math.Floor(div)
		if div-fd > 0.5 {
			fd += 1
		}
	} else {
		fd = math.Copysign(0, a/b)
	}
	return fd, m, nil
}

// FloatFloorDiv returns a // b, or ZeroDivisionError.
func FloatFloorDiv(a, b float64) (float64, error) {
	q, _, err := FloatDivmod(a, b)
	return q, err
}

// errRange is the OverflowError CPython raises from errno ERANGE.
func errRange() error {
	return NewException(OverflowError, NewInt(34), NewStr("Numerical result out of range"))
}

// isOddInteger reports whether x is an odd integer.
func isOddInteger(x float64) bool { return math.Mod(x, 2) == 1 || math.Mod(x, 2) == -1 }

// FloatPow returns a ** b with 3.2's rules. complexResult is set (and the
// float result meaningless) when a negative number is raised to a
// non-integral power, whose result is complex.
func FloatPow(a, b float64) (r float64, complexResult bool, err error) {
	switch {
	case b == 0:
		return 1, false, nil
	case math.IsNaN(a):
		return a, false, nil
	case math.IsNaN(b):
		if a == 1 {
			return 1, false, nil
		}
		return b, false, nil
	case math.IsInf(b, 0):
		a = math.Abs(a)
		if a == 1 {
			return 1, false, nil
		}
		if (b > 0) == (a > 1) {
			return math.Inf(1), false, nil
		}
		return 0, false, nil
	case math.IsInf(a, 0):
		odd := isOddInteger(b)
		if b > 0 {
			if odd {
				return a, false, nil
			}
			return math.Abs(a), false, nil
		}
		if odd {
			return math.Copysign(0, a), false, nil
		}
		return 0, false, nil
	case a == 0:
		if b < 0 {
			return 0, false, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if isOddInteger(b) {
			return a, false, nil
		}
		return 0, false, nil
	}
	negate := false
	if a < 0 {
		if b != math.Floor(b) {
			return 0, true, nil
		}
		a = -a
		negate = isOddInteger(b)
	}
	if a == 1 {
		if negate {
			return -1, false, nil
		}
		return 1, false, nil
	}
	r = powFinite(a, b)
	if negate {
		r = -r
	}
	if math.IsInf(r, 0) {
		return 0, false, errRange()
	}
	return r, false, nil
}

// FloatHash returns hash(x) as 3.2 defines it for every number: the value
// modulo the prime 2**61-1 (a float is the rational m * 2**e), so that
// equal ints, floats and complexes hash alike; inf is 314159, -inf
// -314159, nan 0, and -1 becomes -2.
func FloatHash(x float64) int64 {
	switch {
	case math.IsNaN(x):
		return 0
	case math.IsInf(x, 1):
		return 314159
	case math.IsInf(x, -1):
		return -314159
	}
	if i := int64(x); float64(i) == x && x > -1<<63 && x < 1<<63 {
		return hashInt64(i)
	}
	frac, e := math.Frexp(math.Abs(x))
	// |x| = m * 2**(e-53) with m a 53-bit integer; 2**61 is 1 modulo
	// 2**61-1, so the power of two is a rotation of m within 61 bits.
	m := uint64(frac * (1 << 53))
	e -= 53
	r := e % 61
	if r < 0 {
		r += 61
	}
	h := ((m << uint(r)) & hashModulus) | m>>uint(61-r)
	if h >= hashModulus {
		h -= hashModulus
	}
	v := int64(h)
	if x < 0 {
		v = -v
	}
	if v == -1 {
		v = -2
	}
	return v
}

// floatCompareInt compares the float x with the int i exactly: -1, 0 or
// 1, or 2 when x is a nan (unordered).
func floatCompareInt(x float64, i *Int) int {
	if math.IsNaN(x) {
		return 2
	}
	if i.b == nil && i.v >= -1<<53 && i.v <= 1<<53 {
		return cmpFloat(x, float64(i.v))
	}
	if math.IsInf(x, 0) {
		if x > 0 {
			return 1
		}
		return -1
	}
	var fx, fi big.Float
	fx.SetFloat64(x)
	var scratch big.Int
	fi.SetInt(i.bigOf(&scratch))
	return fx.Cmp(&fi)
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	}
	return 2
}

// compareResult turns a three-way comparison (2 for unordered) into the
// bool of op.
func compareResult(c int, op CompareOp) bool {
	if c == 2 {
		return op == NE
	}
	switch op {
	case LT:
		return c < 0
	case LE:
		return c <= 0
	case EQ:
		return c == 0
	case NE:
		return c != 0
	case GT:
		return c > 0
	}
	return c >= 0
}

// FloatIsInteger reports float.is_integer().
func FloatIsInteger(x float64) bool {
	return !math.IsInf(x, 0) && x == math.Floor(x)
}

// floatToInt converts a float to an int, truncating toward zero
// (int(x)), with 3.2's errors for infinities and nans.
func floatToInt(x float64) (*Int, error) {
	if math.IsInf(x, 0) {
		return nil, Errorf(OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		return nil, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	x = math.Trunc(x)
	if x >= -1<<63 && x < 1<<63 {
		return NewInt(int64(x)), nil
	}
	b, _ := new(big.Float).SetFloat64(x).Int(nil)
	return NewBigInt(b), nil
}

// FloatAsIntegerRatio returns the numerator and denominator of x in
// lowest terms (denominator positive), with 3.2's errors for infinities
// ("Cannot pass infinity to float.as_integer_ratio.") and nans.
func FloatAsIntegerRatio(x float64) (num, den *Int, err error) {
	if math.IsInf(x, 0) {
		return nil, nil, Errorf(OverflowError, "Cannot pass infinity to float.as_integer_ratio.")
	}
	if math.IsNaN(x) {
		return nil, nil, Errorf(ValueError, "Cannot pass NaN to float.as_integer_ratio.")
	}
	if x == 0 {
		return NewInt(0), NewInt(1), nil
	}
	frac, e := math.Frexp(math.Abs(x))
	m := uint64(frac * (1 << 53))
	e -= 53
	tz := bits.TrailingZeros64(m)
	m >>= uint(tz)
	e += tz
	n := new(big.Int).SetUint64(m)
	if x < 0 {
		n.Neg(n)
	}
	d := big.NewInt(1)
	if e > 0 {
		n.Lsh(n, uint(e))
	} else {
		d.Lsh(d, uint(-e))
	}
	return NewBigInt(n), NewBigInt(d), nil
}
