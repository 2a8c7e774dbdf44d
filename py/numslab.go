package py

import "unsafe"

// Number slabs: the evaluator's arithmetic makes a new float or int for
// nearly every operation, and most of them die at once. Thread.NewFloat
// and Thread.NewInt carve them out of pointer-free blocks of slabSize
// values that the thread owns, so that an arithmetic result costs a few
// instructions instead of a call into the Go allocator; the allocator is
// asked for one block per slabSize results.
//
// The price is the one CPython's pymalloc pays with its pools: a block
// stays allocated while any value carved from it is alive, so a program
// that keeps one value out of every block holds slabSize times the memory
// those values need (at most 1 KiB per surviving value). Blocks are small
// for that reason. Values from a slab are ordinary pointer-free numbers
// (see floatNoScan); nothing else distinguishes them.

const slabSize = 64

// NewFloat returns the float v, allocated from t's slab. A thread's slab
// is only used by the goroutine running that thread; a nil t allocates
// the value on its own. Taking a value writes no pointer (the slab is
// consumed by a count), so the collector's write barrier is not involved.
func (t *Thread) NewFloat(v float64) *Float {
	if t == nil {
		return NewFloat(v)
	}
	n := t.floatsLeft
	if n == 0 {
		t.floatSlab = new([slabSize]floatNoScan)
		n = slabSize
	}
	p := &t.floatSlab[slabSize-n]
	t.floatsLeft = n - 1
	p.v = v
	return (*Float)(unsafe.Pointer(p))
}

// NewInt returns the int v: a preallocated small int, or one allocated
// from t's slab.
func (t *Thread) NewInt(v int64) *Int {
	if v >= smallIntMin && v <= smallIntMax {
		return &smallInts[v-smallIntMin]
	}
	if t == nil {
		return NewInt(v)
	}
	n := t.intsLeft
	if n == 0 {
		t.intSlab = new([slabSize]intNoScan)
		n = slabSize
	}
	p := &t.intSlab[slabSize-n]
	t.intsLeft = n - 1
	p.v = v
	return (*Int)(unsafe.Pointer(p))
}

// IntMul is IntMul(a, b) with a result that fits in 64 bits taken from
// t's slab.
func (t *Thread) IntMul(a, b *Int) *Int {
	if a.b == nil && b.b == nil {
		if p, ok := mul64(a.v, b.v); ok {
			return t.NewInt(p)
		}
	}
	return IntMul(a, b)
}
