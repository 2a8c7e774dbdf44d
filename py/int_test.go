package py

import (
	"math"
	"math/big"
	"testing"
)

// The int arithmetic on its int64 paths: no allocation while results stay
// small, exact promotion to big ints at the int64 boundaries.

func TestIntSmallNoAlloc(t *testing.T) {
	a, b := NewInt(1000), NewInt(7) // results within the small-int cache
	allocs := testing.AllocsPerRun(100, func() {
		IntAdd(a, b)
		IntSub(a, b)
		IntMul(a, b)
		IntFloorDiv(a, b)
		IntMod(a, b)
		IntNeg(NewInt(3))
		IntAnd(a, b)
		IntCompare(a, b)
		a.Hash()
	})
	if allocs != 0 {
		t.Errorf("small int arithmetic allocates %v times", allocs)
	}
}

func bigOfString(s string) *Int {
	b, _ := new(big.Int).SetString(s, 10)
	return NewBigInt(b)
}

func TestIntBoundaries(t *testing.T) {
	max, min := NewInt(math.MaxInt64), NewInt(math.MinInt64)
	for _, c := range []struct {
		got  *Int
		want string
	}{
		{IntAdd(max, NewInt(1)), "9223372036854775808"},
		{IntSub(min, NewInt(1)), "-9223372036854775809"},
		{IntNeg(min), "9223372036854775808"},
		{IntAbs(min), "9223372036854775808"},
		{IntMul(min, NewInt(-1)), "9223372036854775808"},
		{IntMul(max, max), "85070591730234615847396907784232501249"},
		{IntMul(NewInt(1<<32), NewInt(1<<31)), "9223372036854775808"},
		{IntMul(NewInt(-1<<32), NewInt(1<<31)), "-9223372036854775808"},
		{IntInvert(min), "9223372036854775807"},
		{IntSub(IntAdd(max, NewInt(1)), NewInt(1)), "9223372036854775807"},
	} {
		if c.got.String() != c.want {
			t.Errorf("got %s, want %s", c.got, c.want)
		}
	}
	// A result that fits again is an int64 (and a cached small int).
	if r := IntSub(IntAdd(max, NewInt(5)), max); r != NewInt(5) {
		t.Errorf("big result back in range is not the small int: %v", r)
	}
	q, err := IntFloorDiv(min, NewInt(-1))
	if err != nil || q.String() != "9223372036854775808" {
		t.Errorf("MinInt64 // -1 = %v, %v", q, err)
	}
	r, err := IntMod(min, NewInt(-1))
	if err != nil || r.String() != "0" {
		t.Errorf("MinInt64 %% -1 = %v, %v", r, err)
	}
	if _, err := IntMod(NewInt(1), NewInt(0)); numErrText(err) != "ZeroDivisionError: integer division or modulo by zero" {
		t.Errorf("1 %% 0: %v", err)
	}
}

func TestIntTrueDiv(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want float64
	}{
		{"1", "3", 1.0 / 3},
		{"9007199254740993", "1", 9007199254740992},
		{"36028797018963971", "1", 36028797018963972},
		{"-1", "10000000000000000000000000000000000000000", -1e-40},
		{"0", "-5", math.Copysign(0, -1)},
		{"1", "8", 0.125},
	} {
		got, err := IntTrueDiv(bigOfString(c.a), bigOfString(c.b))
		if err != nil || got != c.want || math.Signbit(got) != math.Signbit(c.want) {
			t.Errorf("%s / %s = %v, %v; want %v", c.a, c.b, got, err, c.want)
		}
	}
	// 2**1074 / 2**2148 is the smallest subnormal, and 3 * 2**-1075 rounds
	// to 2 * 2**-1074 (ties to even).
	one := NewInt(1)
	p1074, _ := IntLShift(one, NewInt(1074))
	p2148, _ := IntLShift(one, NewInt(2148))
	if got, _ := IntTrueDiv(p1074, p2148); got != 5e-324 {
		t.Errorf("2**1074 / 2**2148 = %v", got)
	}
	p1075, _ := IntLShift(one, NewInt(1075))
	if got, _ := IntTrueDiv(NewInt(3), p1075); got != 1e-323 {
		t.Errorf("3 / 2**1075 = %v", got)
	}
	p2000, _ := IntLShift(one, NewInt(2000))
	if _, err := IntTrueDiv(p2000, NewInt(3)); numErrText(err) != "OverflowError: integer division result too large for a float" {
		t.Errorf("2**2000 / 3: %v", err)
	}
}

func TestIntHash(t *testing.T) {
	for _, c := range []struct {
		v    string
		want int64
	}{
		{"-1", -2},
		{"2305843009213693951", 0},
		{"2305843009213693952", 1},
		{"-2305843009213693952", -2},
		{"1267650600228229401496703205376", 549755813888},
	} {
		if got := bigOfString(c.v).Hash(); got != c.want {
			t.Errorf("hash(%s) = %d, want %d", c.v, got, c.want)
		}
	}
	// Equal numbers hash equal across int, float and complex.
	for _, v := range []string{"1", "-7", "1152921504606846976", "-1267650600228229401496703205376"} {
		i := bigOfString(v)
		f, _ := i.Float64()
		if i.Hash() != FloatHash(f) || i.Hash() != ComplexHash(complex(f, 0)) {
			t.Errorf("hash(%s) = %d, hash(float) = %d, hash(complex) = %d", v, i.Hash(), FloatHash(f), ComplexHash(complex(f, 0)))
		}
	}
	if got := FloatHash(1.5); got != 1152921504606846977 {
		t.Errorf("hash(1.5) = %d", got)
	}
}

func BenchmarkIntAddSmall(b *testing.B) {
	x, y := NewInt(12345), NewInt(678)
	for i := 0; i < b.N; i++ {
		x = IntAdd(x, y)
		if x.v > 1<<15 {
			x = NewInt(12345)
		}
	}
}
