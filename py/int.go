package py

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"unsafe"
)

// Int is a Python int of any size: v when b is nil, else b (which then
// does not fit in an int64). (Owner: numbers helper.)
type Int struct {
	ext
	v int64
	b *big.Int
}

// Type returns int, or the subclass (bool is a subclass of int).
func (i *Int) Type() *Type {
	if i.ext.p != nil {
		return i.ext.p.typ
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
	return (*Int)(unsafe.Pointer(&intNoScan{v: v})) // see floatNoScan
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

// Sign returns -1, 0 or 1 as i is negative, zero or positive.
func (i *Int) Sign() int {
	if i.b != nil {
		return i.b.Sign()
	}
	switch {
	case i.v < 0:
		return -1
	case i.v > 0:
		return 1
	}
	return 0
}

// IsZero reports whether i is 0.
func (i *Int) IsZero() bool { return i.b == nil && i.v == 0 }

// String returns the decimal text of i.
func (i *Int) String() string {
	if i.b != nil {
		return i.b.String()
	}
	return strconv.FormatInt(i.v, 10)
}

// appendAbsBase appends the digits of |i| in base 2, 8, 10 or 16 (lower
// case).
func (i *Int) appendAbsBase(b []byte, base int) []byte {
	if i.b != nil {
		start := len(b)
		b = i.b.Append(b, base)
		if b[start] == '-' {
			copy(b[start:], b[start+1:])
			b = b[:len(b)-1]
		}
		return b
	}
	return strconv.AppendUint(b, uabs(i.v), base)
}

// uabs returns |v| as a uint64 (exact for every int64).
func uabs(v int64) uint64 {
	if v < 0 {
		return -uint64(v)
	}
	return uint64(v)
}

// Float64 returns i as the nearest float (ties to even), or OverflowError
// when it is too large for one.
func (i *Int) Float64() (float64, error) {
	if i.b == nil {
		return float64(i.v), nil
	}
	f, _ := new(big.Float).SetInt(i.b).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowError, "long int too large to convert to float")
	}
	return f, nil
}

// bigOf returns i as a big.Int: i.b itself (not to be changed) or, for
// an int64 value, scratch set to it.
func (i *Int) bigOf(scratch *big.Int) *big.Int {
	if i.b != nil {
		return i.b
	}
	return scratch.SetInt64(i.v)
}

// exactInt returns i as an exact int (not a subclass), for results that
// must be plain ints (int(x), +x, abs(x) of a subclass instance).
func (i *Int) exactInt() *Int {
	if i.ext.p == nil {
		return i
	}
	if i.b != nil {
		return &Int{b: i.b}
	}
	return NewInt(i.v)
}

// The arithmetic of ints, on exact values: each takes the int64 path
// without allocating when the operands and the result fit, and math/big
// otherwise. The slots and the evaluator's fast paths call them.

// IntAdd returns a + b.
func IntAdd(a, b *Int) *Int {
	if a.b == nil && b.b == nil {
		s := a.v + b.v
		if (s^a.v)&(s^b.v) >= 0 {
			return NewInt(s)
		}
	}
	var x, y big.Int
	return NewBigInt(new(big.Int).Add(a.bigOf(&x), b.bigOf(&y)))
}

// IntSub returns a - b.
func IntSub(a, b *Int) *Int {
	if a.b == nil && b.b == nil {
		d := a.v - b.v
		if (a.v^b.v)&(d^a.v) >= 0 {
			return NewInt(d)
		}
	}
	var x, y big.Int
	return NewBigInt(new(big.Int).Sub(a.bigOf(&x), b.bigOf(&y)))
}

// mul64 returns x * y and whether it fits in an int64.
func mul64(x, y int64) (int64, bool) {
	if x == int64(int32(x)) && y == int64(int32(y)) {
		return x * y, true
	}
	hi, lo := bits.Mul64(uabs(x), uabs(y))
	if hi != 0 {
		return 0, false
	}
	if (x < 0) != (y < 0) {
		if lo > 1<<63 {
			return 0, false
		}
		return -int64(lo), true
	}
	if lo >= 1<<63 {
		return 0, false
	}
	return int64(lo), true
}

// IntMul returns a * b.
func IntMul(a, b *Int) *Int {
	if a.b == nil && b.b == nil {
		if p, ok := mul64(a.v, b.v); ok {
			return NewInt(p)
		}
	}
	var x, y big.Int
	return NewBigInt(new(big.Int).Mul(a.bigOf(&x), b.bigOf(&y)))
}

// IntNeg returns -a.
func IntNeg(a *Int) *Int {
	if a.b == nil && a.v != math.MinInt64 {
		return NewInt(-a.v)
	}
	var x big.Int
	return NewBigInt(new(big.Int).Neg(a.bigOf(&x)))
}

// IntAbs returns abs(a).
func IntAbs(a *Int) *Int {
	if a.Sign() < 0 {
		return IntNeg(a)
	}
	return a.exactInt()
}

// IntInvert returns ~a.
func IntInvert(a *Int) *Int {
	if a.b == nil {
		return NewInt(^a.v)
	}
	return NewBigInt(new(big.Int).Not(a.b))
}

func intZeroDivision() error {
	return Errorf(ZeroDivisionError, "integer division or modulo by zero")
}

// IntDivmod returns a // b and a % b (floor division: the remainder has
// the sign of b), or ZeroDivisionError.
func IntDivmod(a, b *Int) (q, r *Int, err error) {
	if b.IsZero() {
		return nil, nil, intZeroDivision()
	}
	if modIsSelf(a, b) {
		return NewInt(0), a, nil
	}
	if a.b == nil && b.b == nil && !(a.v == math.MinInt64 && b.v == -1) {
		qv, rv := a.v/b.v, a.v%b.v
		if rv != 0 && (rv^b.v) < 0 {
			qv--
			rv += b.v
		}
		return NewInt(qv), NewInt(rv), nil
	}
	qb, rb := bigDivmod(a, b)
	return NewBigInt(qb), NewBigInt(rb), nil
}

func bigDivmod(a, b *Int) (q, r *big.Int) {
	var x, y big.Int
	bx, by := a.bigOf(&x), b.bigOf(&y)
	q, r = new(big.Int).QuoRem(bx, by, new(big.Int))
	if r.Sign() != 0 && r.Sign() != by.Sign() {
		q.Sub(q, bigOne)
		r.Add(r, by)
	}
	return q, r
}

var bigOne = big.NewInt(1)

// IntFloorDiv returns a // b, or ZeroDivisionError.
func IntFloorDiv(a, b *Int) (*Int, error) {
	if b.IsZero() {
		return nil, intZeroDivision()
	}
	if a.b == nil && b.b == nil && !(a.v == math.MinInt64 && b.v == -1) {
		q := a.v / b.v
		if (a.v%b.v != 0) && ((a.v < 0) != (b.v < 0)) {
			q--
		}
		return NewInt(q), nil
	}
	q, _ := bigDivmod(a, b)
	return NewBigInt(q), nil
}

// modIsSelf reports whether a % b is a itself: CPython returns the left
// operand unchanged, even an instance of a subclass such as True, when
// |a| < |b| and no sign adjustment is needed.
func modIsSelf(a, b *Int) bool {
	if a.ext.p == nil {
		return false
	}
	sa := a.Sign()
	if sa != 0 && sa != b.Sign() {
		return false
	}
	if a.b == nil && b.b == nil {
		return uabs(a.v) < uabs(b.v)
	}
	var x, y big.Int
	return a.bigOf(&x).CmpAbs(b.bigOf(&y)) < 0
}

// IntMod returns a % b, or ZeroDivisionError.
func IntMod(a, b *Int) (*Int, error) {
	if b.IsZero() {
		return nil, intZeroDivision()
	}
	if modIsSelf(a, b) {
		return a, nil
	}
	if a.b == nil && b.b == nil {
		if b.v == -1 {
			return NewInt(0), nil
		}
		r := a.v % b.v
		if r != 0 && (r^b.v) < 0 {
			r += b.v
		}
		return NewInt(r), nil
	}
	_, r := bigDivmod(a, b)
	return NewBigInt(r), nil
}

// IntTrueDiv returns a / b correctly rounded to a float, or
// ZeroDivisionError, or OverflowError when the quotient is too large.
func IntTrueDiv(a, b *Int) (float64, error) {
	if b.IsZero() {
		return 0, Errorf(ZeroDivisionError, "division by zero")
	}
	const exact = 1 << 53
	if a.b == nil && b.b == nil && -exact <= a.v && a.v <= exact && -exact <= b.v && b.v <= exact {
		return float64(a.v) / float64(b.v), nil
	}
	var x, y big.Int
	n, d := new(big.Int).Abs(a.bigOf(&x)), new(big.Int).Abs(b.bigOf(&y))
	// The sign of a zero quotient too is the exclusive or of the signs.
	neg := (a.Sign() < 0) != (b.Sign() < 0)
	if n.Sign() == 0 {
		if neg {
			return math.Copysign(0, -1), nil
		}
		return 0, nil
	}
	// Scale so that the quotient has at least 55 bits, keep a sticky bit
	// for a non-zero remainder, and let big.Float round once.
	shift := 55 - (n.BitLen() - d.BitLen())
	if shift > 0 {
		n.Lsh(n, uint(shift))
	} else {
		d.Lsh(d, uint(-shift))
	}
	q, r := n.QuoRem(n, d, new(big.Int))
	q.Lsh(q, 1)
	if r.Sign() != 0 {
		q.SetBit(q, 0, 1)
	}
	var f big.Float
	f.SetInt(q)
	f.SetMantExp(&f, -shift-1)
	v, _ := f.Float64()
	if math.IsInf(v, 0) {
		return 0, Errorf(OverflowError, "integer division result too large for a float")
	}
	if neg {
		v = -v
	}
	return v, nil
}

// IntCompare returns -1, 0 or 1 as a < b, a == b or a > b.
func IntCompare(a, b *Int) int {
	if a.b == nil && b.b == nil {
		switch {
		case a.v < b.v:
			return -1
		case a.v > b.v:
			return 1
		}
		return 0
	}
	var x, y big.Int
	return a.bigOf(&x).Cmp(b.bigOf(&y))
}

// IntAnd returns a & b.
func IntAnd(a, b *Int) *Int {
	if a.b == nil && b.b == nil {
		return NewInt(a.v & b.v)
	}
	var x, y big.Int
	return NewBigInt(new(big.Int).And(a.bigOf(&x), b.bigOf(&y)))
}

// IntOr returns a | b.
func IntOr(a, b *Int) *Int {
	if a.b == nil && b.b == nil {
		return NewInt(a.v | b.v)
	}
	var x, y big.Int
	return NewBigInt(new(big.Int).Or(a.bigOf(&x), b.bigOf(&y)))
}

// IntXor returns a ^ b.
func IntXor(a, b *Int) *Int {
	if a.b == nil && b.b == nil {
		return NewInt(a.v ^ b.v)
	}
	var x, y big.Int
	return NewBigInt(new(big.Int).Xor(a.bigOf(&x), b.bigOf(&y)))
}

// maxIntBits bounds the size of an int a shift or a power may make:
// beyond it CPython would exhaust memory, and Taipan reports MemoryError
// rather than trying.
const maxIntBits = 1 << 36

// shiftCount converts a shift count: OverflowError beyond a C ssize_t,
// ValueError when negative.
func shiftCount(b *Int) (int64, error) {
	if b.b != nil {
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	if b.v < 0 {
		return 0, Errorf(ValueError, "negative shift count")
	}
	return b.v, nil
}

// IntLShift returns a << b.
func IntLShift(a, b *Int) (*Int, error) {
	n, err := shiftCount(b)
	if err != nil {
		return nil, err
	}
	if a.b == nil {
		if a.v == 0 {
			return NewInt(0), nil
		}
		if n < 63 {
			if r := a.v << uint(n); r>>uint(n) == a.v {
				return NewInt(r), nil
			}
		}
	}
	if n > maxIntBits {
		return nil, NewException(MemoryError)
	}
	var x big.Int
	return NewBigInt(new(big.Int).Lsh(a.bigOf(&x), uint(n))), nil
}

// IntRShift returns a >> b (rounding toward minus infinity).
func IntRShift(a, b *Int) (*Int, error) {
	n, err := shiftCount(b)
	if err != nil {
		return nil, err
	}
	if a.b == nil {
		if n > 63 {
			n = 63
		}
		return NewInt(a.v >> uint(n)), nil
	}
	if n > int64(a.b.BitLen()) {
		if a.b.Sign() < 0 {
			return NewInt(-1), nil
		}
		return NewInt(0), nil
	}
	return NewBigInt(new(big.Int).Rsh(a.b, uint(n))), nil
}

// IntPow returns a ** b for b >= 0.
func IntPow(a, b *Int) (*Int, error) {
	if b.b == nil && a.b == nil {
		// Square and multiply in int64 while it fits.
		base, e, r := a.v, b.v, int64(1)
		ok := true
		for e > 0 && ok {
			if e&1 != 0 {
				r, ok = mul64(r, base)
			}
			e >>= 1
			if e > 0 && ok {
				base, ok = mul64(base, base)
			}
		}
		if ok {
			return NewInt(r), nil
		}
	}
	switch {
	case a.b == nil && (a.v == 0 || a.v == 1):
		if b.IsZero() {
			return NewInt(1), nil
		}
		return a.exactInt(), nil
	case a.b == nil && a.v == -1:
		if b.b == nil && b.v&1 == 0 || b.b != nil && b.b.Bit(0) == 0 {
			return NewInt(1), nil
		}
		return NewInt(-1), nil
	}
	if b.b != nil || int64(a.bitLen())*b.v > maxIntBits {
		return nil, NewException(MemoryError)
	}
	var x, y big.Int
	return NewBigInt(new(big.Int).Exp(a.bigOf(&x), b.bigOf(&y), nil)), nil
}

// IntPowMod returns pow(a, b, m) with CPython 3.2's rules: m must not be
// 0, b must not be negative, and the result has the sign of m.
func IntPowMod(a, b, m *Int) (*Int, error) {
	if b.Sign() < 0 {
		return nil, Errorf(TypeError, "pow() 2nd argument cannot be negative when 3rd argument specified")
	}
	if m.IsZero() {
		return nil, Errorf(ValueError, "pow() 3rd argument cannot be 0")
	}
	var x, y, z big.Int
	mod := new(big.Int).Abs(m.bigOf(&z))
	if mod.Cmp(bigOne) == 0 {
		return NewInt(0), nil
	}
	base := new(big.Int).Mod(a.bigOf(&x), mod) // in [0, |m|)
	r := new(big.Int).Exp(base, b.bigOf(&y), mod)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Sub(r, mod)
	}
	return NewBigInt(r), nil
}

// bitLen returns the number of bits of |i| (int.bit_length()).
func (i *Int) bitLen() int {
	if i.b != nil {
		return i.b.BitLen()
	}
	return bits.Len64(uabs(i.v))
}

// hashBigInt is the 3.2 hash of an int beyond int64: |i| modulo 2**61-1,
// with the sign of i, -1 made -2.
func hashBigInt(b *big.Int) int64 {
	var m, abs big.Int
	m.Mod(abs.Abs(b), bigHashModulus)
	h := m.Int64()
	if b.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

var bigHashModulus = big.NewInt(hashModulus)

// hashModulus is the prime 2**61-1 of 3.2's numeric hash (sys.hash_info).
const hashModulus = 1<<61 - 1

// Hash returns hash(i).
func (i *Int) Hash() int64 {
	if i.b == nil {
		return hashInt64(i.v)
	}
	return hashBigInt(i.b)
}
