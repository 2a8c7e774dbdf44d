package itertoolsmod

import (
	"testing"

	"github.com/taipan-py/taipan/py"
)

// count runs a combinatoric iterator to its end and returns how many
// tuples it made, checking each has length r.
func count(t *testing.T, it py.Object, r int) int {
	n := 0
	for {
		x, err := it.Type().Next(nil, it)
		if err != nil {
			t.Fatal(err)
		}
		if x == nil {
			return n
		}
		if len(x.(*py.Tuple).Items) != r {
			t.Fatalf("tuple of length %d, want %d", len(x.(*py.Tuple).Items), r)
		}
		n++
	}
}

func pool(n int) py.Object {
	items := make([]py.Object, n)
	for i := range items {
		items[i] = py.NewInt(int64(i))
	}
	return py.NewList(items...)
}

// TestCombinatoricCounts checks the number of results against the
// formulas: n!/(n-r)!, C(n, r), C(n+r-1, r) and n**r.
func TestCombinatoricCounts(t *testing.T) {
	py.Init()
	fact := func(n int) int {
		f := 1
		for i := 2; i <= n; i++ {
			f *= i
		}
		return f
	}
	choose := func(n, r int) int {
		if r > n {
			return 0
		}
		return fact(n) / (fact(r) * fact(n-r))
	}
	for n := 0; n <= 6; n++ {
		for r := 0; r <= 7; r++ {
			rObj := py.NewInt(int64(r))
			p, err := permutationsNew(nil, permutationsType, []py.Object{pool(n), rObj}, nil)
			if err != nil {
				t.Fatal(err)
			}
			want := 0
			if r <= n {
				want = fact(n) / fact(n-r)
			}
			if got := count(t, p, r); got != want {
				t.Errorf("permutations(%d, %d): %d results, want %d", n, r, got, want)
			}
			c, err := combinationsNew(nil, combinationsType, []py.Object{pool(n), rObj}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := count(t, c, r); got != choose(n, r) {
				t.Errorf("combinations(%d, %d): %d results, want %d", n, r, got, choose(n, r))
			}
			w, err := cwrNew(nil, cwrType, []py.Object{pool(n), rObj}, nil)
			if err != nil {
				t.Fatal(err)
			}
			want = 0
			if n > 0 {
				want = choose(n+r-1, r)
			} else if r == 0 {
				want = 1
			}
			if got := count(t, w, r); got != want {
				t.Errorf("combinations_with_replacement(%d, %d): %d results, want %d", n, r, got, want)
			}
			pr, err := productNew(nil, productType, []py.Object{pool(n), rObj}, py.NewTuple(py.NewStr("repeat")))
			if err != nil {
				t.Fatal(err)
			}
			want = 1
			for i := 0; i < r; i++ {
				want *= n
			}
			if got := count(t, pr, r); got != want {
				t.Errorf("product(range(%d), repeat=%d): %d results, want %d", n, r, got, want)
			}
		}
	}
}
