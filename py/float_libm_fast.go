package py

// Fast paths of the correctly rounded functions, by Ziv's strategy: a
// table-driven evaluation in double-double with an error bound well below
// half an ulp, rounded when the bound cannot straddle a rounding boundary
// (all but about one call in a thousand), else the slow series in
// float_libm.go decides.

import (
	"math"
	"sync"
)

// zivRound rounds hi + lo (normalised) when hi + lo +- err round alike.
func zivRound(hi, lo, err float64) (float64, bool) {
	a := hi + (lo + err)
	b := hi + (lo - err)
	return a, a == b
}

var (
	libmTablesOnce sync.Once

	// expTable[j] is 2**(j/128).
	expTable [128]dd
	// expL1 + expL2 is log(2)/128; expL1 has 35 significant bits, so
	// k * expL1 is exact for |k| < 2**18.
	expL1, expL2 float64

	// logInvc[j] is 1/(1 + j/128) rounded, for j in [-37, 53] (index
	// j+37), and logTable[j] is -log(logInvc[j]).
	logInvc  [91]float64
	logTable [91]dd

	// sinTable[j] and cosTable[j] are sin(j/64) and cos(j/64), j in [0, 51].
	sinTable, cosTable [52]dd
)

const logTableOffset = 37

// initLibmTables computes the tables of exp and log with the slow,
// accurate functions; initTrigTables those of sin and cos.
func initLibmTables() {
	libmTablesOnce.Do(func() {
		for j := range expTable {
			r, k := ddExp(ddMulFloat(ln2dd, float64(j)/128))
			expTable[j] = dd{math.Ldexp(r.hi, k), math.Ldexp(r.lo, k)}
		}
		l := dd{ln2dd.hi / 128, ln2dd.lo / 128}
		expL1 = math.Float64frombits(math.Float64bits(l.hi) &^ (1<<18 - 1))
		expL2 = (l.hi - expL1) + l.lo
		for i := range logInvc {
			c := 1 + float64(i-logTableOffset)/128
			invc := 1 / c
			logInvc[i] = invc
			if invc != 1 {
				lg := ddLog(invc)
				logTable[i] = dd{-lg.hi, -lg.lo}
			}
		}
	})
}

var trigTablesOnce sync.Once

func initTrigTables() {
	trigTablesOnce.Do(func() {
		initPio2Parts()
		for j := range sinTable {
			sinTable[j], cosTable[j] = ddSinCosReduced(dd{float64(j) / 64, 0})
		}
	})
}

// fastExpDD returns exp(t) as 2**m * (hi + lo) with a relative error
// bound, for |t.hi| < 746.
func fastExpDD(t dd) (hi, lo float64, m int, relErr float64) {
	kf := math.Round(t.hi * (128 / math.Ln2))
	rh := t.hi - kf*expL1 // exact
	p, pe := twoProd(kf, expL2)
	rh, rl := twoSum(rh, -p)
	rl += t.lo - pe
	rh, rl = quickTwoSum(rh, rl)
	// exp(r) - 1 = r + r**2/2 + ... + r**6/720, |r| < 2**-8.4.
	poly := rh * rh * (0.5 + rh*(1.0/6+rh*(1.0/24+rh*(1.0/120+rh*(1.0/720)))))
	eh, el := twoSum(rh, rl+poly)
	k := int(kf)
	tb := expTable[k&127]
	ph, pl := twoProd(tb.hi, eh)
	pl += tb.hi*el + tb.lo*eh
	sh, sl := twoSum(tb.hi, ph)
	sl += tb.lo + pl
	sh, sl = quickTwoSum(sh, sl)
	return sh, sl, k >> 7, 0x1p-66
}

// fastExp is exp(x) for finite x in (-746, 710), or ok false when the slow
// path must decide.
func fastExp(x float64) (float64, bool) {
	initLibmTables()
	hi, lo, m, relErr := fastExpDD(dd{x, 0})
	if m < -1021 {
		return 0, false
	}
	v, ok := zivRound(hi, lo, hi*relErr)
	if !ok {
		return 0, false
	}
	return scalePow2(v, m), true
}

// scalePow2 returns v * 2**m for v in [0.5, 4) and m >= -1021: exact
// while the result is normal, inf past the largest float.
func scalePow2(v float64, m int) float64 {
	if m > 1023 {
		return math.Ldexp(v, m)
	}
	return v * math.Float64frombits(uint64(m+1023)<<52)
}

// fastLogDD returns log(x) for a normal x > 0 as a double-double, with an
// absolute error bound.
func fastLogDD(x float64) (r dd, absErr float64) {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	i := int(math.Round((m-1)*128)) + logTableOffset
	invc := logInvc[i]
	p, pe := twoProd(m, invc)
	zh, zl := twoSum(p-1, pe) // p-1 is exact
	// log(1+z) = z - z**2/2 + z**3/3 - ... - z**10/10, |z| < 2**-7.4.
	tail := zh * zh * zh * (1.0/3 + zh*(-1.0/4+zh*(1.0/5+zh*(-1.0/6+zh*(1.0/7+zh*(-1.0/8+zh*(1.0/9+zh*(-1.0/10))))))))
	sq, sqe := twoProd(zh, zh)
	sqe += 2 * zh * zl
	ef := float64(e)
	ah, al := twoProd(ef, ln2dd.hi)
	al += ef * ln2dd.lo
	// The sum of e*log(2), the table entry, z and -z**2/2, each of whose
	// high parts is added exactly, then the low parts and the tail.
	lt := logTable[i]
	s1, e1 := twoSum(ah, lt.hi)
	s2, e2 := twoSum(s1, zh)
	s3, e3 := twoSum(s2, -0.5*sq)
	low := al + lt.lo + e1 + e2 + e3 + zl - 0.5*sqe + tail
	r.hi, r.lo = quickTwoSum(s3, low)
	absErr = math.Abs(r.hi)*0x1p-100 + math.Abs(zh*zh*zh)*0x1p-50 + math.Abs(ef)*0x1p-100
	return r, absErr
}

// fastLog is log(x) for a normal x > 0, or ok false.
func fastLog(x float64) (float64, bool) {
	initLibmTables()
	r, absErr := fastLogDD(x)
	return zivRound(r.hi, r.lo, absErr+math.Abs(r.hi)*0x1p-66)
}

// fastPow is x ** y for finite x > 0 and finite y, or ok false.
func fastPow(x, y float64) (float64, bool) {
	if x < 0x1p-1022 {
		return 0, false
	}
	initLibmTables()
	l, lerr := fastLogDD(x)
	t := ddMulFloat(l, y)
	if !(math.Abs(t.hi) <= 708) { // also a nan from an overflowing product
		return 0, false
	}
	terr := math.Abs(y)*lerr + math.Abs(t.hi)*0x1p-100
	hi, lo, m, relErr := fastExpDD(t)
	if m < -1021 {
		return 0, false
	}
	v, ok := zivRound(hi, lo, math.Abs(hi)*(relErr+terr*1.01))
	if !ok {
		return 0, false
	}
	return scalePow2(v, m), true
}

// fastSinCos reduces x for the fast sine and cosine: x = k*pi/2 + a + t
// with a = j/64 (|j| <= 51, from the table) and |t| <= 1/128; it returns
// t's sine and its cosine minus 1 as double-doubles, j, and k mod 4; ok is
// false for |x| >= 2**20 * pi/2.
func fastReduce(x float64) (st, cm1 dd, j, quadrant int, ok bool) {
	kf := math.Round(x * (2 / math.Pi))
	if math.Abs(kf) >= 1<<20 {
		return st, cm1, 0, 0, false
	}
	initTrigTables()
	rh, rl := x, 0.0
	if kf != 0 {
		rh = x - kf*pio2Parts[0] // exact
		rh, rl = twoSum(rh, -kf*pio2Parts[1])
		var e3 float64
		rh, e3 = twoSum(rh, -kf*pio2Parts[2])
		rl += e3 - kf*pio2Parts[3]
		rh, rl = quickTwoSum(rh, rl)
	}
	j = int(math.Round(rh * 64))
	th, tl := quickTwoSum(rh-float64(j)/64, rl) // the subtraction is exact
	t2 := th * th
	ps := t2 * (-1.0/6 + t2*(1.0/120+t2*(-1.0/5040+t2*(1.0/362880))))
	sth, stl := twoSum(th, th*ps)
	st = dd{sth, stl + tl}
	sq, sqe := twoProd(th, th)
	sqe += 2 * th * tl
	pc := t2 * t2 * (1.0/24 + t2*(-1.0/720+t2*(1.0/40320+t2*(-1.0/3628800))))
	ch, cl := quickTwoSum(-0.5*sq, -0.5*sqe+pc)
	return st, dd{ch, cl}, j, int(int64(kf) & 3), true
}

// sinCosCombine returns a + a*cm1 + b*st, the sine (a = sin(j/64),
// b = cos(j/64)) or the cosine (a = cos(j/64), b = -sin(j/64)) of j/64 + t.
func sinCosCombine(a, b, st, cm1 dd) dd {
	p1, e1 := twoProd(b.hi, st.hi)
	e1 += b.hi*st.lo + b.lo*st.hi
	p2, e2 := twoProd(a.hi, cm1.hi)
	e2 += a.hi*cm1.lo + a.lo*cm1.hi
	h, l := twoSum(a.hi, p1)
	h, l2 := twoSum(h, p2)
	h, l = quickTwoSum(h, l+l2+a.lo+e1+e2)
	return dd{h, l}
}

// fastSinOrCos returns sin(x), or cos(x) when cos is set, rounded, or ok
// false when the slow path must decide.
func fastSinOrCos(x float64, cos bool) (float64, bool) {
	st, cm1, j, quadrant, ok := fastReduce(x)
	if !ok {
		return 0, false
	}
	// sin(x) is sin(r), cos(r), -sin(r), -cos(r) by quadrant; cos(x) is
	// the next one.
	if cos {
		quadrant = (quadrant + 1) & 3
	}
	neg := j < 0
	if neg {
		j = -j
	}
	sa, ca := sinTable[j], cosTable[j]
	if neg {
		sa = dd{-sa.hi, -sa.lo}
	}
	var r dd
	switch {
	case quadrant&1 == 0 && j == 0:
		r = st
	case quadrant&1 == 0:
		r = sinCosCombine(sa, ca, st, cm1)
	case j == 0:
		h, l := quickTwoSum(1, cm1.hi)
		r = dd{h, l + cm1.lo}
	default:
		r = sinCosCombine(ca, dd{-sa.hi, -sa.lo}, st, cm1)
	}
	if quadrant >= 2 {
		r = dd{-r.hi, -r.lo}
	}
	return zivRound(r.hi, r.lo, math.Abs(r.hi)*0x1p-64)
}

// fastSinCos returns sin(x) and cos(x) as double-doubles with a relative
// error below 2**-66, or ok false for |x| >= 2**20 * pi/2.
func fastSinCos(x float64) (s, c dd, ok bool) {
	st, cm1, j, quadrant, ok := fastReduce(x)
	if !ok {
		return s, c, false
	}
	neg := j < 0
	if neg {
		j = -j
	}
	sa, ca := sinTable[j], cosTable[j]
	if neg {
		sa = dd{-sa.hi, -sa.lo}
	}
	var sr, cr dd
	if j == 0 {
		sr = st
		h, l := quickTwoSum(1, cm1.hi)
		cr = dd{h, l + cm1.lo}
	} else {
		sr = sinCosCombine(sa, ca, st, cm1)
		cr = sinCosCombine(ca, dd{-sa.hi, -sa.lo}, st, cm1)
	}
	switch quadrant {
	case 0:
		return sr, cr, true
	case 1:
		return cr, dd{-sr.hi, -sr.lo}, true
	case 2:
		return dd{-sr.hi, -sr.lo}, dd{-cr.hi, -cr.lo}, true
	}
	return dd{-cr.hi, -cr.lo}, sr, true
}
