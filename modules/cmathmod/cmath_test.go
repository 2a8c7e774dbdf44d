package cmathmod

import (
	"math"
	"testing"
)

func TestValues(t *testing.T) {
	for _, c := range []struct {
		name string
		fn   func(complex128) (complex128, errKind)
		in   complex128
		want complex128
		err  errKind
	}{
		{"sqrt", cSqrt, -1, 1i, errNone},
		{"sqrt", cSqrt, 3 + 4i, 2 + 1i, errNone},
		{"log", cLog, 0, 0, errDom},
		{"atanh", cAtanh, 1, 0, errDom},
		{"exp", cExp, 1000, 0, errRange},
		{"cosh", cCosh, complex(710.5, 2.352), complex(-1.2967465239355998e+308, 1.3076707908857333e+308), errNone},
		{"exp", cExp, complex(math.Inf(1), 0), complex(math.Inf(1), 0), errNone},
		{"tanh", cTanh, complex(math.Inf(-1), -2.5), complex(-1, 0), errNone},
	} {
		got, e := c.fn(c.in)
		if e != c.err {
			t.Errorf("%s(%v): error %d, want %d", c.name, c.in, e, c.err)
			continue
		}
		if e != errNone {
			continue
		}
		for _, p := range [][2]float64{{real(got), real(c.want)}, {imag(got), imag(c.want)}} {
			if p[0] != p[1] && math.Abs(p[0]-p[1]) > 1e-15*math.Abs(p[1]) {
				t.Errorf("%s(%v) = %v, want %v", c.name, c.in, got, c.want)
			}
		}
	}
}

func TestTablesComplete(t *testing.T) {
	for name, tab := range specialTables {
		for i := range tab {
			for j := range tab[i] {
				finite := i >= 1 && i <= 4 && j >= 1 && j <= 4
				if (tab[i][j].kind == fin) != finite {
					t.Errorf("%s[%d][%d] kind %d", name, i, j, tab[i][j].kind)
				}
			}
		}
	}
}
