package collectionsmod

import (
	"testing"

	"github.com/taipan-py/taipan/py"
)

// ints returns the deque's items as Go ints.
func ints(d *Deque) []int64 {
	var r []int64
	for _, x := range d.items() {
		v, _ := x.(*py.Int).Int64()
		r = append(r, v)
	}
	return r
}

func equal(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestDequeRing drives the ring buffer through growth, wrapping and
// rotation against a slice model.
func TestDequeRing(t *testing.T) {
	py.Init()
	d := &Deque{maxlen: -1}
	var model []int64
	for i := int64(0); i < 200; i++ {
		switch i % 5 {
		case 0, 1:
			d.append(py.NewInt(i))
			model = append(model, i)
		case 2:
			d.appendLeft(py.NewInt(i))
			model = append([]int64{i}, model...)
		case 3:
			d.popLeft()
			model = model[1:]
		case 4:
			k := int(i % 7)
			d.rotate(k)
			n := len(model)
			k %= n
			model = append(append([]int64(nil), model[n-k:]...), model[:n-k]...)
		}
		if got := ints(d); !equal(got, model) {
			t.Fatalf("step %d: deque %v, want %v", i, got, model)
		}
	}
	d.rotate(-3)
	model = append(append([]int64(nil), model[3:]...), model[:3]...)
	if got := ints(d); !equal(got, model) {
		t.Fatalf("rotate(-3): %v, want %v", got, model)
	}
}

// TestDequeMaxlen checks that a bounded deque drops from the far end.
func TestDequeMaxlen(t *testing.T) {
	py.Init()
	d := &Deque{maxlen: 3}
	for i := int64(0); i < 10; i++ {
		d.append(py.NewInt(i))
	}
	if got := ints(d); !equal(got, []int64{7, 8, 9}) {
		t.Fatalf("append: %v", got)
	}
	d.appendLeft(py.NewInt(1))
	if got := ints(d); !equal(got, []int64{1, 7, 8}) {
		t.Fatalf("appendleft: %v", got)
	}
	z := &Deque{maxlen: 0}
	z.append(py.NewInt(1))
	if z.n != 0 {
		t.Fatalf("maxlen 0 kept %d items", z.n)
	}
	d.delAt(1)
	if got := ints(d); !equal(got, []int64{1, 8}) {
		t.Fatalf("delAt: %v", got)
	}
}
