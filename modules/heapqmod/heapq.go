// Package heapqmod is the _heapq module of CPython 3.2: the heap
// operations of heapq (heappush, heappop, heapify, heapreplace,
// heappushpop) in Go over a list's items, comparing with < as CPython's
// C version does. lib/python/heapq.py imports them from here, keeping its
// Python versions as a fallback. It registers itself with the builtins
// package's module table; modules/all links it in.
package heapqmod

import (
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("_heapq", newModule) }

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_heapq")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("The heap operations of heapq, in Go."))
	m.AddFunction("heappush", heappush, "heappush(heap, item): push item, keeping the heap invariant")
	m.AddFunction("heappop", heappop, "heappop(heap): pop and return the smallest item")
	m.AddFunction("heapify", heapify, "heapify(list): make list a heap in place, in linear time")
	m.AddFunction("heapreplace", heapreplace, "heapreplace(heap, item): pop the smallest item, then push item")
	m.AddFunction("heappushpop", heappushpop, "heappushpop(heap, item): push item, then pop the smallest item")
	m.AddFunction("nlargest", nbest("nlargest", true), "nlargest(n, iterable): the n largest items, largest first")
	m.AddFunction("nsmallest", nbest("nsmallest", false), "nsmallest(n, iterable): the n smallest items, smallest first")
	return m, nil
}

// nbest makes nlargest or nsmallest without a key: the items sorted
// (stably, so equal items keep their order), then the first n.
func nbest(fname string, largest bool) py.BuiltinFunc {
	return func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var nObj, iterable py.Object
		if err := py.ParseTuple(fname, args, kwnames, 2, 2, &nObj, &iterable); err != nil {
			return nil, err
		}
		n, err := py.ArgIndex(t, nObj)
		if err != nil {
			return nil, err
		}
		items, err := py.Collect(t, iterable)
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return py.NewList(), nil
		}
		l := py.NewList(items...)
		if err := py.SortList(t, l, nil, largest); err != nil {
			return nil, err
		}
		if n < len(l.Items) {
			l.Items = l.Items[:n:n]
		}
		return l, nil
	}
}

// less is a < b, with direct paths for ints and floats.
func less(t *py.Thread, a, b py.Object) (bool, error) {
	switch x := a.(type) {
	case *py.Int:
		if y, ok := b.(*py.Int); ok && x.Type() == py.IntType && y.Type() == py.IntType {
			return py.IntCompare(x, y) < 0, nil
		}
	case *py.Float:
		if y, ok := b.(*py.Float); ok && x.Type() == py.FloatType && y.Type() == py.FloatType {
			return x.Float64() < y.Float64(), nil
		}
	}
	r, err := py.RichCompare(t, a, b, py.LT)
	if err != nil {
		return false, err
	}
	return py.IsTrue(t, r)
}

func errChanged() error {
	return py.Errorf(py.RuntimeError, "list changed size during iteration")
}

// siftDown moves the item at pos towards start while it is smaller than
// its parent (CPython's _siftdown).
func siftDown(t *py.Thread, h *py.List, start, pos int) error {
	size := len(h.Items)
	if pos >= size {
		return py.Errorf(py.IndexError, "index out of range")
	}
	item := h.Items[pos]
	for pos > start {
		parentPos := (pos - 1) >> 1
		parent := h.Items[parentPos]
		lt, err := less(t, item, parent)
		if err != nil {
			return err
		}
		if size != len(h.Items) {
			return errChanged()
		}
		if !lt {
			break
		}
		h.Items[pos] = parent
		pos = parentPos
	}
	h.Items[pos] = item
	return nil
}

// siftUp moves the smaller child up from pos to a leaf, puts the item
// there and sifts it back down (CPython's _siftup).
func siftUp(t *py.Thread, h *py.List, pos int) error {
	size := len(h.Items)
	if pos >= size {
		return py.Errorf(py.IndexError, "index out of range")
	}
	start := pos
	item := h.Items[pos]
	child := 2*pos + 1
	for child < size {
		if right := child + 1; right < size {
			lt, err := less(t, h.Items[child], h.Items[right])
			if err != nil {
				return err
			}
			if !lt {
				child = right
			}
		}
		if size != len(h.Items) {
			return errChanged()
		}
		h.Items[pos] = h.Items[child]
		pos = child
		child = 2*pos + 1
	}
	h.Items[pos] = item
	return siftDown(t, h, start, pos)
}

func heapArg(o py.Object) (*py.List, error) {
	h, ok := o.(*py.List)
	if !ok {
		return nil, py.Errorf(py.TypeError, "heap argument must be a list")
	}
	return h, nil
}

func heappush(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var heap, item py.Object
	if err := py.UnpackArgs("heappush", args, kwnames, 2, 2, &heap, &item); err != nil {
		return nil, err
	}
	h, err := heapArg(heap)
	if err != nil {
		return nil, err
	}
	h.Append(item)
	if err := siftDown(t, h, 0, len(h.Items)-1); err != nil {
		return nil, err
	}
	return py.None, nil
}

func heappop(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	heap, err := py.OneArg("heappop", args, kwnames)
	if err != nil {
		return nil, err
	}
	h, err := heapArg(heap)
	if err != nil {
		return nil, err
	}
	n := len(h.Items)
	if n == 0 {
		return nil, py.Errorf(py.IndexError, "index out of range")
	}
	last := h.Items[n-1]
	h.Items[n-1] = nil
	h.Items = h.Items[:n-1]
	if n == 1 {
		return last, nil
	}
	top := h.Items[0]
	h.Items[0] = last
	if err := siftUp(t, h, 0); err != nil {
		return nil, err
	}
	return top, nil
}

func heapreplace(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var heap, item py.Object
	if err := py.UnpackArgs("heapreplace", args, kwnames, 2, 2, &heap, &item); err != nil {
		return nil, err
	}
	h, err := heapArg(heap)
	if err != nil {
		return nil, err
	}
	if len(h.Items) == 0 {
		return nil, py.Errorf(py.IndexError, "index out of range")
	}
	top := h.Items[0]
	h.Items[0] = item
	if err := siftUp(t, h, 0); err != nil {
		return nil, err
	}
	return top, nil
}

func heappushpop(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var heap, item py.Object
	if err := py.UnpackArgs("heappushpop", args, kwnames, 2, 2, &heap, &item); err != nil {
		return nil, err
	}
	h, err := heapArg(heap)
	if err != nil {
		return nil, err
	}
	if len(h.Items) == 0 {
		return item, nil
	}
	lt, err := less(t, h.Items[0], item)
	if err != nil {
		return nil, err
	}
	if !lt {
		return item, nil
	}
	if len(h.Items) == 0 {
		return nil, py.Errorf(py.IndexError, "index out of range")
	}
	top := h.Items[0]
	h.Items[0] = item
	if err := siftUp(t, h, 0); err != nil {
		return nil, err
	}
	return top, nil
}

func heapify(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	heap, err := py.OneArg("heapify", args, kwnames)
	if err != nil {
		return nil, err
	}
	h, err := heapArg(heap)
	if err != nil {
		return nil, err
	}
	for i := len(h.Items)/2 - 1; i >= 0; i-- {
		if err := siftUp(t, h, i); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}
