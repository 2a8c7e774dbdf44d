package py

import "math/big"

// Int is a Python int of any size: v when b is nil, else b (which then
// does not fit in an int64). (Owner: numbers helper.)
type Int struct {
	ext
	v int64
	b *big.Int
}

// Type returns int, or the subclass (bool is a subclass of int).
func (i *Int) Type() *Type {
	if i.ext.typ != nil {
		return i.ext.typ
	}
	return IntType
}

const (
	smallIntMin = -5
	smallIntMax = 1 << 16
)

// smallInts are the preallocated ints smallIntMin..smallIntMax.
var smallInts = func() []Int {
	s := make([]Int, smallIntMax-smallIntMin+1)
	for i := range s {
		s[i].v = int64(i + smallIntMin)
	}
	return s
}()

// NewInt returns the int v, without allocating for small values.
func NewInt(v int64) *Int {
	if v >= smallIntMin && v <= smallIntMax {
		return &smallInts[v-smallIntMin]
	}
	return &Int{v: v}
}

// NewBigInt returns the int b (which it keeps; the caller must not change it).
func NewBigInt(b *big.Int) *Int {
	if b.IsInt64() {
		return NewInt(b.Int64())
	}
	return &Int{b: b}
}

// Int64 returns the value and whether it fits in an int64.
func (i *Int) Int64() (int64, bool) { return i.v, i.b == nil }

// Big returns the value as a new big.Int.
func (i *Int) Big() *big.Int {
	if i.b != nil {
		return new(big.Int).Set(i.b)
	}
	return big.NewInt(i.v)
}
