package py

import (
	"math/rand"
	"sort"
	"strings"
	"testing"
)

// sortCase builds n sortItems whose keys come from gen, with the position
// as value (to check stability).
func sortCase(n int, gen func(i int) Object) []sortItem {
	items := make([]sortItem, n)
	for i := range items {
		items[i] = sortItem{gen(i), NewInt(int64(i))}
	}
	return items
}

// checkSorted compares a timsort result with Go's stable sort.
func checkSorted(t *testing.T, name string, items []sortItem, less func(a, b Object) bool) {
	t.Helper()
	want := append([]sortItem(nil), items...)
	sort.SliceStable(want, func(i, j int) bool { return less(want[i].key, want[j].key) })
	if err := sortItems(testThread(), items); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	for i := range items {
		if items[i].value != want[i].value {
			t.Fatalf("%s: position %d holds item %v, want %v", name, i, items[i].value, want[i].value)
		}
	}
}

func TestTimsortShapes(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	intLess := func(a, b Object) bool { return a.(*Int).v < b.(*Int).v }
	strLess := func(a, b Object) bool { return a.(*Str).s < b.(*Str).s }
	for _, n := range []int{0, 1, 2, 3, 31, 32, 33, 63, 64, 65, 100, 1000, 5000, 40000} {
		shapes := map[string]func(i int) Object{
			"random":    func(i int) Object { return NewInt(rng.Int63n(int64(n/3 + 1))) },
			"sorted":    func(i int) Object { return NewInt(int64(i)) },
			"reversed":  func(i int) Object { return NewInt(int64(n - i)) },
			"sawtooth":  func(i int) Object { return NewInt(int64(i % 37)) },
			"few":       func(i int) Object { return NewInt(int64(i % 3)) },
			"organpipe": func(i int) Object { return NewInt(int64(min(i, n-i))) },
			"runs": func(i int) Object {
				if i%100 == 0 {
					return NewInt(-int64(i))
				}
				return NewInt(int64(i))
			},
		}
		for name, gen := range shapes {
			checkSorted(t, name, sortCase(n, gen), intLess)
		}
		checkSorted(t, "strs", sortCase(n, func(i int) Object {
			return NewStr(strings.Repeat("ab", rng.Intn(3)) + string(rune('a'+rng.Intn(26))))
		}), strLess)
	}
}

// cmpObj is a value whose ordering is written in Go but reached through
// RichCompare, as a class with __lt__ is, so the generic path is taken.
type cmpObj struct {
	v    int
	less func(a, b *cmpObj) bool
}

var cmpObjType = &Type{Name: "cmpobj"}

func (o *cmpObj) Type() *Type { return cmpObjType }

func init() {
	cmpObjType.RichCompare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x, ok1 := a.(*cmpObj)
		y, ok2 := b.(*cmpObj)
		if !ok1 || !ok2 || op != LT {
			return NotImplemented, nil
		}
		if x.less == nil {
			return nil, Errorf(ValueError, "boom")
		}
		return NewBool(x.less(x, y)), nil
	}
}

func TestTimsortGeneric(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	byV := func(a, b *cmpObj) bool { return a.v < b.v }
	for _, n := range []int{5, 64, 1000, 20000} {
		items := sortCase(n, func(i int) Object { return &cmpObj{v: rng.Intn(n / 2), less: byV} })
		checkSorted(t, "generic", items, func(a, b Object) bool { return a.(*cmpObj).v < b.(*cmpObj).v })
	}
	// An inconsistent comparison must end with every item still there.
	for _, n := range []int{10, 100, 5000} {
		random := func(a, b *cmpObj) bool { return rng.Intn(2) == 0 }
		items := sortCase(n, func(i int) Object { return &cmpObj{v: i, less: random} })
		if err := sortItems(testThread(), items); err != nil {
			t.Fatal(err)
		}
		seen := make([]bool, n)
		for _, it := range items {
			seen[it.value.(*Int).v] = true
		}
		for i, ok := range seen {
			if !ok {
				t.Fatalf("n=%d: item %d lost", n, i)
			}
		}
	}
	// A failing comparison stops the sort with its error, no item lost.
	items := sortCase(100, func(i int) Object { return &cmpObj{v: i} })
	if err := sortItems(testThread(), items); ctrErr(err) != "ValueError: boom" {
		t.Fatalf("got %v", err)
	}
}

func TestSortList(t *testing.T) {
	th := testThread()
	l := NewList(ctrInts(3, 1, 2)...)
	if err := SortList(th, l, nil, true); err != nil || ctrRepr(t, th, l) != "[3, 2, 1]" {
		t.Fatalf("reverse: %v %s", err, ctrRepr(t, th, l))
	}
	// Stability under reverse: equal keys keep their order.
	l = NewList(NewTuple(NewInt(1), NewStr("a")), NewTuple(NewInt(0), NewStr("b")), NewTuple(NewInt(1), NewStr("c")))
	first := &builtinFn{fn: func(args []Object) (Object, error) { return args[0].(*Tuple).Items[0], nil }}
	if err := SortList(th, l, first, true); err != nil {
		t.Fatal(err)
	}
	if got := ctrRepr(t, th, l); got != "[(1, 'a'), (1, 'c'), (0, 'b')]" {
		t.Fatalf("got %s", got)
	}
	// Mixed types fail as 3.2 does, leaving the list whole.
	l = NewList(NewInt(3), NewStr("a"))
	if err := SortList(th, l, nil, false); ctrErr(err) != "TypeError: unorderable types: str() < int()" {
		t.Fatalf("got %v", err)
	}
	if len(l.Items) != 2 {
		t.Fatalf("items lost: %v", l.Items)
	}
	// A key function that changes the list.
	l = NewList(ctrInts(3, 2, 1)...)
	grow := &builtinFn{fn: func(args []Object) (Object, error) { l.Append(NewInt(1)); return args[0], nil }}
	if err := SortList(th, l, grow, false); ctrErr(err) != "ValueError: list modified during sort" {
		t.Fatalf("got %v", err)
	}
	// A key function that fails leaves the list as it was.
	l = NewList(ctrInts(3, 2, 1)...)
	fail := &builtinFn{fn: func(args []Object) (Object, error) {
		if args[0].(*Int).v == 1 {
			return nil, Errorf(ValueError, "boom")
		}
		return args[0], nil
	}}
	if err := SortList(th, l, fail, false); ctrErr(err) != "ValueError: boom" || ctrRepr(t, th, l) != "[3, 2, 1]" {
		t.Fatalf("got %v %s", err, ctrRepr(t, th, l))
	}
}

// builtinFn is a callable written in Go, for tests.
type builtinFn struct {
	fn func(args []Object) (Object, error)
}

var builtinFnType = &Type{Name: "testfn"}

func (f *builtinFn) Type() *Type { return builtinFnType }

func init() {
	builtinFnType.Call = func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		return self.(*builtinFn).fn(args)
	}
}

func BenchmarkSortInts(b *testing.B) {
	rng := rand.New(rand.NewSource(3))
	src := make([]Object, 40000)
	for i := range src {
		src[i] = NewInt(rng.Int63n(1000000))
	}
	th := testThread()
	l := NewList()
	for i := 0; i < b.N; i++ {
		l.Items = append(l.Items[:0], src...)
		SortList(th, l, nil, false)
	}
}
