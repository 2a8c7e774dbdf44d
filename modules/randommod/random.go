// Package randommod is the _random module of CPython 3.2: the Mersenne
// Twister generator (MT19937) behind the random module, written in Go.
// Seeding, random(), getrandbits() and the state tuple are bit for bit
// those of CPython 3.2, so that lib/python/random.py, which builds every
// distribution on them, produces the same numbers for the same seed. It
// registers itself with the builtins package's module table; modules/all
// links it in.
package randommod

import (
	"math/big"
	"time"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("_random", newModule) }

// The generator's parameters (Matsumoto and Nishimura's MT19937).
const (
	n         = 624
	m         = 397
	matrixA   = 0x9908b0df
	upperMask = 0x80000000
	lowerMask = 0x7fffffff
)

// RandomType is _random.Random.
var RandomType = &py.Type{Name: "Random", Module: "_random", Flags: py.FlagBaseType}

// Random is a generator's state.
type Random struct {
	py.Ext
	mt    [n]uint32
	index int
}

// Type returns _random.Random, or the subclass.
func (r *Random) Type() *py.Type {
	if typ := r.ExtType(); typ != nil {
		return typ
	}
	return RandomType
}

// Uint32 returns the next 32 random bits.
func (r *Random) Uint32() uint32 {
	mt := &r.mt
	if r.index >= n {
		var kk int
		for kk = 0; kk < n-m; kk++ {
			y := mt[kk]&upperMask | mt[kk+1]&lowerMask
			mt[kk] = mt[kk+m] ^ y>>1 ^ (y&1)*matrixA
		}
		for ; kk < n-1; kk++ {
			y := mt[kk]&upperMask | mt[kk+1]&lowerMask
			mt[kk] = mt[kk+m-n] ^ y>>1 ^ (y&1)*matrixA
		}
		y := mt[n-1]&upperMask | mt[0]&lowerMask
		mt[n-1] = mt[m-1] ^ y>>1 ^ (y&1)*matrixA
		r.index = 0
	}
	y := mt[r.index]
	r.index++
	y ^= y >> 11
	y ^= y << 7 & 0x9d2c5680
	y ^= y << 15 & 0xefc60000
	y ^= y >> 18
	return y
}

// Float64 returns a float in [0, 1) made of 53 random bits, as
// CPython's random() does: 27 bits of one word and 26 of the next.
func (r *Random) Float64() float64 {
	a := r.Uint32() >> 5
	b := r.Uint32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// seedWord fills the state from one 32-bit word.
func (r *Random) seedWord(s uint32) {
	mt := &r.mt
	mt[0] = s
	for i := 1; i < n; i++ {
		mt[i] = 1812433253*(mt[i-1]^mt[i-1]>>30) + uint32(i)
	}
	r.index = n
}

// SeedKey fills the state from a key of 32-bit words (the reference
// implementation's init_by_array).
func (r *Random) SeedKey(key []uint32) {
	r.seedWord(19650218)
	mt := &r.mt
	i, j := 1, 0
	k := n
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		mt[i] = (mt[i] ^ (mt[i-1]^mt[i-1]>>30)*1664525) + key[j] + uint32(j)
		i++
		j++
		if i >= n {
			mt[0] = mt[n-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = n - 1; k > 0; k-- {
		mt[i] = (mt[i] ^ (mt[i-1]^mt[i-1]>>30)*1566083941) - uint32(i)
		i++
		if i >= n {
			mt[0] = mt[n-1]
			i = 1
		}
	}
	mt[0] = 0x80000000
}

// keyOf splits a non-negative integer into 32-bit words, least
// significant first; zero gives the one word 0.
func keyOf(b *big.Int) []uint32 {
	words := b.Bits()
	var key []uint32
	for _, w := range words {
		key = append(key, uint32(w), uint32(uint64(w)>>32))
	}
	for len(key) > 0 && key[len(key)-1] == 0 {
		key = key[:len(key)-1]
	}
	if len(key) == 0 {
		key = []uint32{0}
	}
	return key
}

// seed is Random.seed(arg) of _random: an int's absolute value, or any
// other object's hash taken as an unsigned word; None seeds from the
// clock.
func (r *Random) seed(t *py.Thread, arg py.Object) error {
	if arg == nil || arg == py.None {
		r.seedWord(uint32(time.Now().Unix()))
		return nil
	}
	var b *big.Int
	if i, ok := arg.(*py.Int); ok {
		if v, small := i.Int64(); small {
			if v < 0 {
				// -v overflows only for MinInt64, whose magnitude fits
				// in a uint64.
				b = new(big.Int).SetUint64(uint64(-(v + 1)) + 1)
			} else {
				b = big.NewInt(v)
			}
		} else {
			b = new(big.Int).Abs(i.Big())
		}
	} else {
		h, err := py.Hash(t, arg)
		if err != nil {
			return err
		}
		b = new(big.Int).SetUint64(uint64(h))
	}
	r.SeedKey(keyOf(b))
	return nil
}

func randomNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if typ == RandomType {
		if err := py.NoKeywords("Random()", kwnames); err != nil {
			return nil, err
		}
	}
	var arg py.Object
	if err := py.UnpackArgs("seed", args[:py.NumPos(args, kwnames)], nil, 0, 1, &arg); err != nil {
		return nil, err
	}
	r := &Random{Ext: py.NewExt(typ, RandomType)}
	if err := r.seed(t, arg); err != nil {
		return nil, err
	}
	return r, nil
}

func randomRandom(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("random", args, kwnames); err != nil {
		return nil, err
	}
	return t.NewFloat(self.(*Random).Float64()), nil
}

func randomSeed(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("seed", kwnames); err != nil {
		return nil, err
	}
	var arg py.Object
	if err := py.UnpackArgs("seed", args, nil, 0, 1, &arg); err != nil {
		return nil, err
	}
	if err := self.(*Random).seed(t, arg); err != nil {
		return nil, err
	}
	return py.None, nil
}

func randomGetState(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("getstate", args, kwnames); err != nil {
		return nil, err
	}
	r := self.(*Random)
	items := make([]py.Object, n+1)
	for i, w := range r.mt {
		items[i] = py.NewInt(int64(w))
	}
	items[n] = py.NewInt(int64(r.index))
	return py.NewTuple(items...), nil
}

// unsignedLong is PyLong_AsUnsignedLong.
func unsignedLong(o py.Object) (uint64, error) {
	i, ok := o.(*py.Int)
	if !ok {
		return 0, py.Errorf(py.TypeError, "an integer is required")
	}
	if v, small := i.Int64(); small {
		if v < 0 {
			return 0, py.Errorf(py.OverflowError, "can't convert negative value to unsigned int")
		}
		return uint64(v), nil
	}
	b := i.Big()
	if b.Sign() < 0 {
		return 0, py.Errorf(py.OverflowError, "can't convert negative value to unsigned int")
	}
	if b.BitLen() > 64 {
		return 0, py.Errorf(py.OverflowError, "Python int too large to convert to C unsigned long")
	}
	return b.Uint64(), nil
}

func randomSetState(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	state, err := py.OneArg("setstate", args, kwnames)
	if err != nil {
		return nil, err
	}
	tup, ok := state.(*py.Tuple)
	if !ok {
		return nil, py.Errorf(py.TypeError, "state vector must be a tuple")
	}
	items := tup.Items
	if len(items) != n+1 {
		return nil, py.Errorf(py.ValueError, "state vector is the wrong size")
	}
	var mt [n]uint32
	for i := 0; i < n; i++ {
		w, err := unsignedLong(items[i])
		if err != nil {
			return nil, err
		}
		mt[i] = uint32(w)
	}
	index, err := py.ArgLong(t, items[n])
	if err != nil {
		return nil, err
	}
	// CPython trusts the index; one outside the state would read past
	// it there, and is refused here.
	if index < 0 || index > n {
		return nil, py.Errorf(py.ValueError, "invalid state")
	}
	r := self.(*Random)
	r.mt = mt
	r.index = int(index)
	return py.None, nil
}

func randomGetRandBits(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("getrandbits", kwnames); err != nil {
		return nil, err
	}
	var ko py.Object
	if err := py.ParseTuple("getrandbits", args, nil, 1, 1, &ko); err != nil {
		return nil, err
	}
	k, err := py.ArgInt(t, ko)
	if err != nil {
		return nil, err
	}
	if k <= 0 {
		return nil, py.Errorf(py.ValueError, "number of bits must be greater than zero")
	}
	r := self.(*Random)
	if k <= 32 {
		return py.NewInt(int64(r.Uint32() >> (32 - uint(k)))), nil
	}
	if k <= 63 {
		lo := uint64(r.Uint32())
		hi := uint64(r.Uint32() >> (64 - uint(k)))
		return py.NewInt(int64(hi<<32 | lo)), nil
	}
	nw := (k-1)/32 + 1
	words := make([]big.Word, (nw+1)/2)
	for i := 0; i < nw; i++ {
		w := r.Uint32()
		if k < 32 {
			w >>= 32 - uint(k)
		}
		k -= 32
		words[i/2] |= big.Word(w) << (32 * uint(i%2))
	}
	return py.NewBigInt(new(big.Int).SetBits(words)), nil
}

func newModule(t *py.Thread) (*py.Module, error) {
	mod := py.NewModule("_random")
	mod.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("Module implements the Mersenne Twister random number generator."))
	mod.Dict.SetStr(py.NewStr("Random"), RandomType)
	return mod, nil
}

func init() {
	RandomType.Doc = "Random() -> create a random number generator with its own internal state."
	RandomType.New = randomNew
	RandomType.AddMethods(
		py.MethodDef{Name: "random", Fn: randomRandom, Doc: "random() -> x in the interval [0, 1)."},
		py.MethodDef{Name: "seed", Fn: randomSeed, Doc: "seed([n]) -> None.  Defaults to current time."},
		py.MethodDef{Name: "getstate", Fn: randomGetState, Doc: "getstate() -> tuple containing the current state."},
		py.MethodDef{Name: "setstate", Fn: randomSetState, Doc: "setstate(state) -> None.  Restores generator state."},
		py.MethodDef{Name: "getrandbits", Fn: randomGetRandBits, Doc: "getrandbits(k) -> x.  Generates a long int with k random bits."},
	)
}
