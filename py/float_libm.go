package py

// Correctly rounded elementary functions: pow, hypot, exp, log, sin, cos
// and atan2. CPython calls the C library for x ** y, abs(complex), the
// complex power and the math module, and glibc returns the correctly
// rounded result in all but about one case in a thousand (where the exact
// value lies within a hair of a rounding boundary), while Go's math
// functions are often an ulp away. Python programs print these results, so
// Taipan computes them in double-double arithmetic (about 104 bits) and
// rounds once: float_libm_fast.go has the fast table-driven paths, this
// file the slow series that decide the rare hard cases and build the
// tables. The exported Libm* functions are for the math module.

import (
	"math"
	"math/big"
	"sync"
)

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

// twoSum returns a + b exactly as s + e.
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return
}

// quickTwoSum is twoSum for |a| >= |b|.
func quickTwoSum(a, b float64) (s, e float64) {
	s = a + b
	e = b - (s - a)
	return
}

// twoProd returns a * b exactly as p + e.
func twoProd(a, b float64) (p, e float64) {
	p = a * b
	e = math.FMA(a, b, -p)
	return
}

func ddAdd(a, b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	t, f := twoSum(a.lo, b.lo)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddMul(a, b dd) dd {
	p, e := twoProd(a.hi, b.hi)
	e += a.hi*b.lo + a.lo*b.hi
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddMulFloat(a dd, b float64) dd {
	p, e := twoProd(a.hi, b)
	e += a.lo * b
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddAdd(a, ddMulFloat(b, -q1))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddMulFloat(b, -q2))
	q3 := r.hi / b.hi
	q1, q2 = quickTwoSum(q1, q2)
	return ddAdd(dd{q1, q2}, dd{q3, 0})
}

// ln2dd is log(2) to about 107 bits.
var ln2dd = dd{0.6931471805599453, 2.3190468138462996e-17}

// ddLog returns log(x) for a finite x > 0.
func ddLog(x float64) dd {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	// log(m) = 2 atanh(s) = 2 (s + s**3/3 + s**5/5 + ...), s = (m-1)/(m+1),
	// |s| < 0.172; m-1 is exact.
	num := dd{m - 1, 0}
	dh, dl := twoSum(m, 1)
	s := ddDiv(num, dd{dh, dl})
	s2 := ddMul(s, s)
	sum := dd{0, 0}
	pow := s
	for k := 1; k < 60; k += 2 {
		term := ddDiv(pow, dd{float64(k), 0})
		sum = ddAdd(sum, term)
		if math.Abs(term.hi) < math.Abs(sum.hi)*0x1p-110 {
			break
		}
		pow = ddMul(pow, s2)
	}
	sum = ddMulFloat(sum, 2)
	return ddAdd(ddMulFloat(ln2dd, float64(e)), sum)
}

// ddExp returns exp(t) as 2**k * r, for |t| below about 1500.
func ddExp(t dd) (r dd, k int) {
	kf := math.Round(t.hi / ln2dd.hi)
	x := ddAdd(t, ddMulFloat(ln2dd, -kf))
	// exp(x) = exp(x / 1024) ** 1024, |x / 1024| < 3.4e-4.
	x = dd{x.hi / 1024, x.lo / 1024}
	sum := dd{1, 0}
	term := dd{1, 0}
	for n := 1; n < 30; n++ {
		term = ddDiv(ddMul(term, x), dd{float64(n), 0})
		sum = ddAdd(sum, term)
		if math.Abs(term.hi) < 0x1p-112 {
			break
		}
	}
	for i := 0; i < 10; i++ {
		sum = ddMul(sum, sum)
	}
	return sum, int(kf)
}

// ddPowInt returns x ** n for an integer n with 0 < |n| <= 1024 by
// repeated squaring, as 2**k * r so that no step overflows.
func ddPowInt(x float64, n int) (r dd, k int) {
	m, e := math.Frexp(x)
	neg := n < 0
	if neg {
		n = -n
	}
	base := dd{m, 0}
	be := e
	r = dd{1, 0}
	for n > 0 {
		if n&1 != 0 {
			r = ddMul(r, base)
			k += be
			fr, fe := math.Frexp(r.hi)
			r = dd{fr, math.Ldexp(r.lo, -fe)}
			k += fe
		}
		n >>= 1
		if n > 0 {
			base = ddMul(base, base)
			be *= 2
			fr, fe := math.Frexp(base.hi)
			base = dd{fr, math.Ldexp(base.lo, -fe)}
			be += fe
		}
	}
	if neg {
		r = ddDiv(dd{1, 0}, r)
		k = -k
		fr, fe := math.Frexp(r.hi)
		r = dd{fr, math.Ldexp(r.lo, -fe)}
		k += fe
	}
	return r, k
}

// ddScale rounds r * 2**k to the nearest float, also when the result is
// subnormal (where rounding hi alone could be off by one step).
func ddScale(r dd, k int) float64 {
	hi, lo := quickTwoSum(r.hi, r.lo)
	s := math.Ldexp(hi, k)
	if math.IsInf(s, 0) || math.Abs(s) >= 0x1p-1022 {
		return s
	}
	back := math.Ldexp(s, -k)
	rem := (hi - back) + lo
	half := math.Ldexp(1, -1075-k)
	switch {
	case rem > half:
		return math.Nextafter(s, math.Inf(1))
	case rem < -half:
		return math.Nextafter(s, math.Inf(-1))
	}
	return s
}

// powFinite is the C library's pow for finite a > 0, a != 1 and finite,
// non-zero b: the correctly rounded power (inf on overflow).
func powFinite(a, b float64) float64 {
	switch b {
	case 1:
		return a
	case 2:
		return a * a
	case -1:
		return 1 / a
	case 0.5:
		return math.Sqrt(a)
	}
	if v, ok := fastPow(a, b); ok {
		return v
	}
	if n := int(b); float64(n) == b && n >= -1024 && n <= 1024 {
		r, k := ddPowInt(a, n)
		return ddScale(r, k)
	}
	lg := ddLog(a)
	// Decide overflow and underflow on the plain product first: a huge
	// b makes the exact product's low part inf - inf.
	if p := lg.hi * b; p > 710 {
		return math.Inf(1)
	} else if p < -746 {
		return 0
	}
	t := ddMulFloat(lg, b)
	r, k := ddExp(t)
	return ddScale(r, k)
}

// hypot is the correctly rounded sqrt(x*x + y*y), as glibc computes it.
func hypot(x, y float64) float64 {
	x, y = math.Abs(x), math.Abs(y)
	switch {
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return math.Inf(1)
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN()
	}
	if x < y {
		x, y = y, x
	}
	if y == 0 {
		return x
	}
	// Scale x into [1, 2) so that the squares neither overflow nor
	// underflow.
	_, e := math.Frexp(x)
	x = math.Ldexp(x, 1-e)
	y = math.Ldexp(y, 1-e)
	p, pe := twoProd(x, x)
	q, qe := twoProd(y, y)
	s := ddAdd(dd{p, pe}, dd{q, qe})
	// One Newton step from the float square root: r + (s - r*r) / 2r.
	r := math.Sqrt(s.hi)
	rr, rre := twoProd(r, r)
	d := ddAdd(s, dd{-rr, -rre})
	corr := d.hi / (2 * r)
	return ddScale(dd{r, corr}, e-1)
}

// LibmPow is the C library's pow(x, y), correctly rounded, with C99's
// special cases (as math.Pow has them): a negative x to a non-integral
// power is nan, an overflow is inf.
func LibmPow(x, y float64) float64 {
	if x == 0 || y == 0 || x == 1 || math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsNaN(y) {
		return math.Pow(x, y)
	}
	if x < 0 {
		if y != math.Trunc(y) {
			return math.NaN()
		}
		r := powFinite(-x, y)
		if isOddInteger(y) {
			return -r
		}
		return r
	}
	return powFinite(x, y)
}

// LibmHypot is the C library's hypot(x, y), correctly rounded.
func LibmHypot(x, y float64) float64 { return hypot(x, y) }

// cPow is pow for the complex power, where x >= 0.
func cPow(x, y float64) float64 { return LibmPow(x, y) }

// The transcendental functions CPython's complex power uses, correctly
// rounded as glibc's are (to within double-double accuracy): exp, log,
// sin, cos and atan2. The math module may use them for the same reason.

// LibmExp returns exp(x) correctly rounded.
func LibmExp(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case math.IsInf(x, -1):
		return 0
	case x > 710:
		return math.Inf(1)
	case x < -746:
		return 0
	case math.Abs(x) < 0x1p-54:
		return 1 + x
	}
	if v, ok := fastExp(x); ok {
		return v
	}
	r, k := ddExp(dd{x, 0})
	return ddScale(r, k)
}

// LibmLog returns the natural logarithm of x correctly rounded.
func LibmLog(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x == 0:
		return math.Inf(-1)
	case x < 0:
		return math.NaN()
	case x == 1:
		return 0
	}
	if x < 0x1p-1022 {
		// Subnormal: scale into the normal range first.
		l := ddLog(x * 0x1p54)
		l = ddAdd(l, ddMulFloat(ln2dd, -54))
		return l.hi + l.lo
	}
	if v, ok := fastLog(x); ok {
		return v
	}
	l := ddLog(x)
	return l.hi + l.lo
}

// pio2Parts is pi/2 split for Cody and Waite's reduction: each of the
// first three parts has at most 33 significant bits, so k * part is exact
// for |k| < 2**20. initLibmTables fills it.
var pio2Parts [4]float64

func initPio2Parts() {
	rest := new(big.Float).SetPrec(1300).Quo(bigPi(), big.NewFloat(2))
	for i := 0; i < 3; i++ {
		f, _ := rest.Float64()
		// Keep the top 33 bits of f.
		f = math.Float64frombits(math.Float64bits(f) &^ (1<<20 - 1))
		pio2Parts[i] = f
		rest.Sub(rest, new(big.Float).SetFloat64(f))
	}
	pio2Parts[3], _ = rest.Float64()
}

var (
	bigPiOnce  sync.Once
	bigPiValue *big.Float
)

// bigPi returns pi to 1300 bits (Machin: pi = 16 atan(1/5) - 4 atan(1/239)),
// enough to reduce the argument of any float.
func bigPi() *big.Float {
	bigPiOnce.Do(func() {
		const prec = 1300
		atanInv := func(n int64) *big.Float {
			// atan(1/n) = sum (-1)**k / ((2k+1) n**(2k+1))
			sum := new(big.Float).SetPrec(prec)
			nn := new(big.Float).SetPrec(prec).SetInt64(n * n)
			pow := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), new(big.Float).SetPrec(prec).SetInt64(n))
			eps := new(big.Float).SetMantExp(big.NewFloat(1), -prec-8)
			for k := int64(0); ; k++ {
				term := new(big.Float).SetPrec(prec).Quo(pow, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
				if k%2 == 0 {
					sum.Add(sum, term)
				} else {
					sum.Sub(sum, term)
				}
				if term.Cmp(eps) < 0 {
					break
				}
				pow.Quo(pow, nn)
			}
			return sum
		}
		a := atanInv(5)
		a.Mul(a, big.NewFloat(16))
		b := atanInv(239)
		b.Mul(b, big.NewFloat(4))
		bigPiValue = a.Sub(a, b)
	})
	return bigPiValue
}

// reducePio2 returns r and k with x = k * pi/2 + r, |r| <= pi/4 (about).
func reducePio2(x float64) (dd, int) {
	initTrigTables()
	kf := math.Round(x * (2 / math.Pi))
	if math.Abs(kf) < 1<<20 {
		r := dd{x, 0}
		for _, c := range pio2Parts {
			r = ddAdd(r, dd{-kf * c, 0})
		}
		return r, int(int64(kf) & 3)
	}
	// A large argument: reduce with pi to 1300 bits.
	prec := uint(1300)
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	pio2 := new(big.Float).SetPrec(prec).Quo(bigPi(), big.NewFloat(2))
	q := new(big.Float).SetPrec(prec).Quo(bx, pio2)
	// k = round(q)
	qi, _ := q.Int(nil)
	frac := new(big.Float).SetPrec(prec).Sub(q, new(big.Float).SetPrec(prec).SetInt(qi))
	half := big.NewFloat(0.5)
	if frac.Cmp(half) > 0 {
		qi.Add(qi, bigOne)
	} else if frac.Cmp(new(big.Float).Neg(half)) < 0 {
		qi.Sub(qi, bigOne)
	}
	r := new(big.Float).SetPrec(prec).Sub(bx, new(big.Float).SetPrec(prec).Mul(new(big.Float).SetPrec(prec).SetInt(qi), pio2))
	hi, _ := r.Float64()
	lo, _ := new(big.Float).SetPrec(prec).Sub(r, new(big.Float).SetFloat64(hi)).Float64()
	k := new(big.Int).And(qi, big.NewInt(3)).Int64()
	return dd{hi, lo}, int(k)
}

// ddSinCosReduced returns sin(r) and cos(r) for |r| <= about pi/4.
func ddSinCosReduced(r dd) (s, c dd) {
	r2 := ddMul(r, r)
	// sin: r - r**3/3! + ...; cos: 1 - r**2/2! + ...
	s, c = r, dd{1, 0}
	term := r         // r**n / n!, n odd
	cterm := dd{1, 0} // r**n / n!, n even
	for n := 2; n < 40; n += 2 {
		cterm = ddDiv(ddMul(cterm, r2), dd{float64(n * (n - 1)), 0})
		term = ddDiv(ddMul(term, r2), dd{float64(n * (n + 1)), 0})
		if n%4 == 2 {
			c = ddAdd(c, dd{-cterm.hi, -cterm.lo})
			s = ddAdd(s, dd{-term.hi, -term.lo})
		} else {
			c = ddAdd(c, cterm)
			s = ddAdd(s, term)
		}
		if math.Abs(cterm.hi) < 0x1p-112 {
			break
		}
	}
	return s, c
}

// ddSinCos returns sin(x) and cos(x) for a finite x.
func ddSinCos(x float64) (s, c dd) {
	r, k := reducePio2(x)
	s, c = ddSinCosReduced(r)
	switch k {
	case 1:
		s, c = c, dd{-s.hi, -s.lo}
	case 2:
		s, c = dd{-s.hi, -s.lo}, dd{-c.hi, -c.lo}
	case 3:
		s, c = dd{-c.hi, -c.lo}, s
	}
	return s, c
}

// LibmSin returns sin(x) correctly rounded (nan for an infinity).
func LibmSin(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.NaN()
	}
	if math.Abs(x) < 0x1p-26 {
		return x
	}
	if v, ok := fastSinOrCos(x, false); ok {
		return v
	}
	s, _ := ddSinCos(x)
	return s.hi + s.lo
}

// LibmCos returns cos(x) correctly rounded (nan for an infinity).
func LibmCos(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.NaN()
	}
	if math.Abs(x) < 0x1p-27 {
		return 1
	}
	if v, ok := fastSinOrCos(x, true); ok {
		return v
	}
	_, c := ddSinCos(x)
	return c.hi + c.lo
}

// LibmAtan2 returns atan2(y, x) correctly rounded: Go's result refined by
// one Newton step in double-double.
func LibmAtan2(y, x float64) float64 {
	t := math.Atan2(y, x)
	if y == 0 || x == 0 || math.IsInf(x, 0) || math.IsInf(y, 0) || math.IsNaN(x) || math.IsNaN(y) {
		return t
	}
	// The result has the sign of y (Go's may not when y/x underflows).
	t = math.Copysign(t, y)
	// Scale so that neither operand overflows in the refinement (atan2
	// depends only on the ratio).
	_, e := math.Frexp(math.Max(math.Abs(x), math.Abs(y)))
	sx, sy := math.Ldexp(x, -e), math.Ldexp(y, -e)
	if x > 0 && (sy == 0 || math.Abs(sy) < 0x1p-30*math.Abs(sx)) {
		// atan(z) = z(1 - z*z/3 + ...) rounds as z itself.
		return y / x
	}
	if sy == 0 || math.Abs(sy) < 0x1p-1000 {
		return t
	}
	// theta = t + (y cos t - x sin t) / (x cos t + y sin t)
	refine := func(s, c dd) dd {
		num := ddAdd(ddMulFloat(c, sy), ddMulFloat(s, -sx))
		den := ddAdd(ddMulFloat(c, sx), ddMulFloat(s, sy))
		return ddAdd(dd{t, 0}, ddDiv(num, den))
	}
	if s, c, ok := fastSinCos(t); ok {
		r := refine(s, c)
		if v, ok := zivRound(r.hi, r.lo, math.Abs(r.hi)*0x1p-64); ok {
			return v
		}
	}
	r := refine(ddSinCos(t))
	return r.hi + r.lo
}
