package pystr

import (
	"math"
	"math/big"
	"math/rand"
	"strings"
	"testing"
)

// exactParse rounds the decimal s to a float64 with big.Float (exact
// arithmetic on the digits, then one rounding to nearest even).
func exactParse(t *testing.T, s string) float64 {
	r, ok := new(big.Rat).SetString(s)
	if !ok {
		t.Fatalf("big.Rat cannot read %q", s)
	}
	f, _ := r.Float64()
	return f
}

func TestParseFloatLong(t *testing.T) {
	cases := map[string]float64{
		"1" + strings.Repeat("0", 850) + "e-850":                         1,
		"0." + strings.Repeat("0", 850) + "1e851":                        1,
		"-" + strings.Repeat("9", 900) + "e-900":                         -1,
		strings.Repeat("1", 1000) + "e-1400":                             0,
		"1" + strings.Repeat("0", 1000):                                  math.Inf(1),
		"0." + strings.Repeat("0", 1000) + "5e-1000":                     0,
		strings.Repeat("0", 2000) + "12.5":                               12.5,
		"12.5" + strings.Repeat("0", 2000) + "e99999999999999999999999":  math.Inf(1),
		"12.5" + strings.Repeat("0", 2000) + "e-99999999999999999999999": 0,
	}
	for s, want := range cases {
		got, ok := ParseFloat(s)
		if !ok || got != want {
			t.Errorf("ParseFloat(%.40q...) = %v, %v; want %v", s, got, ok, want)
		}
	}
	for _, bad := range []string{"", ".", "1e", "1e+", "1x" + strings.Repeat("0", 700), strings.Repeat("0", 700) + "e"} {
		if _, ok := ParseFloat(bad); ok {
			t.Errorf("ParseFloat(%.40q) accepted", bad)
		}
	}
}

// TestParseFloatHalfway checks literals a hair either side of the
// midpoint between two floats, written with many more digits than
// strconv keeps, against exact rational rounding.
func TestParseFloatHalfway(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 300; i++ {
		x := math.Float64frombits(rng.Uint64() &^ (1 << 63))
		if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
			continue
		}
		next := math.Nextafter(x, math.Inf(1))
		if math.IsInf(next, 0) {
			continue
		}
		mid := new(big.Float).SetPrec(2000).SetFloat64(x)
		mid.Add(mid, new(big.Float).SetPrec(2000).SetFloat64(next))
		mid.Quo(mid, big.NewFloat(2))
		text := mid.Text('e', 1100)
		k := strings.IndexByte(text, 'e')
		mant, exp := text[:k], text[k:]
		for _, s := range []string{
			mant + exp,
			strings.TrimRight(mant, "0") + "000000000001" + exp,
			mant + strings.Repeat("0", 300) + exp,
		} {
			got, ok := ParseFloat(s)
			if want := exactParse(t, s); !ok || got != want {
				t.Fatalf("ParseFloat(midpoint of %v) = %v, want %v", x, got, want)
			}
		}
	}
}
