package py

import (
	"crypto/rand"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"unsafe"

	"github.com/taipan-py/taipan/internal/pystr"
)

// Str is a Python str: a sequence of code points, held as UTF-8 in which a
// lone surrogate is written in its three-byte generalised form (so every
// Python str has a Go representation, and ASCII text is its own bytes).
//
// The number of code points is counted once and kept: a str whose length
// equals its byte length is ASCII, and is indexed and sliced by byte
// offset. Other text is indexed through a sparse table of the byte offsets
// of every strIndexStep-th code point, built on first use, so that an
// index costs a lookup and a scan of fewer than strIndexStep characters.
type Str struct {
	ext
	s    string
	hash int64     // cached hash; 0 means not computed yet (a real 0 is stored as hashZero)
	n    int32     // number of code points; -1 until computed
	idx  *[]uint32 // byte offsets of code points 0, strIndexStep, 2*strIndexStep, ... (non-ASCII text only)
}

// strIndexStep is the spacing of the sparse code point index; text shorter
// than it in bytes is scanned instead.
const strIndexStep = 32

// NewStr returns a str holding s (UTF-8, surrogates generalised).
func NewStr(s string) *Str { return &Str{s: s, n: -1} }

// newStrN returns a str holding s, which is n code points long.
func newStrN(s string, n int) *Str { return &Str{s: s, n: int32(n)} }

// newStrLike returns the str s of n code points (-1: unknown): a new
// object, or a shared one for the empty string and single ASCII
// characters.
func newStrLike(s string, n int) *Str {
	switch len(s) {
	case 0:
		return emptyStr
	case 1:
		return asciiStrs[s[0]&0x7F]
	}
	return &Str{s: s, n: int32(n)}
}

// emptyStr is the empty str, shared.
var emptyStr = &Str{n: 0}

// asciiStrs are the 128 one-character ASCII strs, shared so that iterating
// over and indexing ASCII text never allocates.
var asciiStrs = func() (a [128]*Str) {
	for i := range a {
		a[i] = &Str{s: string(rune(i)), n: 1}
	}
	return
}()

// charStr returns the one-character str of r.
func charStr(r rune) *Str {
	if r < 0x80 && r >= 0 {
		return asciiStrs[r]
	}
	var b [4]byte
	return &Str{s: string(pystr.AppendRune(b[:0], r)), n: 1}
}

// String returns the Go text of the str.
func (s *Str) String() string { return s.s }

// Type returns str, or the subclass.
func (s *Str) Type() *Type {
	if s.ext.p != nil {
		return s.ext.p.typ
	}
	return StrType
}

// Len returns the number of code points.
func (s *Str) Len() int {
	if s.n < 0 {
		s.n = int32(strCountRunes(s.s))
	}
	return int(s.n)
}

// isASCII reports whether the str holds only ASCII characters.
func (s *Str) isASCII() bool { return s.Len() == len(s.s) }

// strCountRunes counts the code points of Python text: the bytes that do not
// continue a sequence.
func strCountRunes(s string) int {
	n := 0
	i := 0
	// Eight bytes at a time while they are ASCII.
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
		n += 8
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// strIsASCII reports whether s holds only ASCII bytes.
func strIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// offset returns the byte offset of code point i (0 <= i <= Len()).
func (s *Str) offset(i int) int {
	n := s.Len()
	if n == len(s.s) {
		return i
	}
	if i >= n {
		return len(s.s)
	}
	var off int
	if len(s.s) < strIndexStep*2 {
		off = 0
	} else {
		if s.idx == nil {
			s.buildIndex()
		}
		off = int((*s.idx)[i/strIndexStep])
		i %= strIndexStep
	}
	for ; i > 0; i-- {
		off += strRuneSize(s.s[off])
	}
	return off
}

func (s *Str) buildIndex() {
	idx := make([]uint32, 0, s.Len()/strIndexStep+1)
	k := 0
	for off := 0; off < len(s.s); {
		if k%strIndexStep == 0 {
			idx = append(idx, uint32(off))
		}
		off += strRuneSize(s.s[off])
		k++
	}
	s.idx = &idx
}

// strRuneSize returns the length of the UTF-8 sequence that starts with c.
func strRuneSize(c byte) int {
	switch {
	case c < 0xC0:
		return 1
	case c < 0xE0:
		return 2
	case c < 0xF0:
		return 3
	}
	return 4
}

// at returns the code point at index i (0 <= i < Len()).
func (s *Str) at(i int) rune {
	if s.isASCII() {
		return rune(s.s[i])
	}
	r, _ := decodeRune(s.s, s.offset(i))
	return r
}

// substr returns the code points i to j (0 <= i <= j <= Len()).
func (s *Str) substr(i, j int) *Str {
	if i == 0 && j == s.Len() && s.ext.p == nil {
		return s
	}
	if s.isASCII() {
		return newStrLike(s.s[i:j], j-i)
	}
	bi := s.offset(i)
	bj := bi
	if j-i < strIndexStep {
		for k := i; k < j; k++ {
			bj += strRuneSize(s.s[bj])
		}
	} else {
		bj = s.offset(j)
	}
	return newStrLike(s.s[bi:bj], j-i)
}

// exact returns s as a plain str (s itself unless it is a subclass
// instance), as methods return when they return the text unchanged.
func (s *Str) exact() *Str {
	if s.ext.p == nil {
		return s
	}
	return newStrN(s.s, s.Len())
}

// hashZero stands for a computed hash of 0 in Str.hash, whose zero value
// means "not computed".
const hashZero = -1 << 63

// hashPrefix and hashSuffix are the hash randomisation secret of CPython
// 3.2.6, per process, both 0 when randomisation is off. They must be fixed
// before anything is hashed (hashes are cached in strs and dicts, so a
// change afterwards would lose keys), so they are set while this package
// initialises, from the environment as CPython's initialisation does for
// a program embedding it: PYTHONHASHSEED not empty turns randomisation on,
// with a secret from its integer (see HashSecretFromSeed) or, for "random",
// from the system's random source; a value that is neither leaves it off
// (the taipan command reports it as a fatal error). The taipan command's
// -R and -E cannot be known this early: when they ask for another secret
// the command runs itself again with HashSecretEnv set, which wins here
// and is removed from the environment.
var hashPrefix, hashSuffix = hashSecretAtStart()

// hashSecretSource tells where the secret came from: "" (none), "seed",
// "random" or "handed" (HashSecretEnv).
var hashSecretSource string

// HashSecretSource tells where the hash secret came from: "" (randomisation
// off), "seed" (a PYTHONHASHSEED integer), "random" or "handed" (given
// through HashSecretEnv).
func HashSecretSource() string { return hashSecretSource }

// HashSecretEnv is the environment variable through which the taipan
// command hands a hash secret to a new run of itself: the prefix and
// suffix as two 16-digit hexadecimal numbers, separated by a comma.
const HashSecretEnv = "TAIPAN_HASH_SECRET"

func hashSecretAtStart() (prefix, suffix int64) {
	if v, ok := os.LookupEnv(HashSecretEnv); ok {
		os.Unsetenv(HashSecretEnv)
		hashSecretSource = "handed"
		if p, sfx, ok := strings.Cut(v, ","); ok {
			a, err1 := strconv.ParseUint(p, 16, 64)
			b, err2 := strconv.ParseUint(sfx, 16, 64)
			if err1 == nil && err2 == nil {
				return int64(a), int64(b)
			}
		}
		return 0, 0
	}
	s := os.Getenv("PYTHONHASHSEED")
	switch {
	case s == "":
		return 0, 0
	case s == "random":
		hashSecretSource = "random"
		return RandomHashSecret()
	}
	if seed, ok := ParseHashSeed(s); ok {
		hashSecretSource = "seed"
		return HashSecretFromSeed(seed)
	}
	return 0, 0
}

// FormatHashSecret returns the value of HashSecretEnv for a secret.
func FormatHashSecret(prefix, suffix int64) string {
	return fmt.Sprintf("%016x,%016x", uint64(prefix), uint64(suffix))
}

// RandomHashSecret returns a secret from the system's random source (all
// zero if it fails).
func RandomHashSecret() (prefix, suffix int64) {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return 0, 0
	}
	for i := 7; i >= 0; i-- {
		prefix = prefix<<8 | int64(b[i])
		suffix = suffix<<8 | int64(b[8+i])
	}
	return prefix, suffix
}

// ParseHashSeed reads a PYTHONHASHSEED value as CPython 3.2.6 does, with
// C's strtoul in base 10 (leading blanks, a sign, decimal digits), which
// must consume it all and give at most 4294967295 (a negated value wraps,
// so only -0 passes).
func ParseHashSeed(s string) (uint32, bool) {
	isSpace := func(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }
	i := 0
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	start := i
	var n uint64
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		n = n*10 + uint64(s[i]-'0')
		if n > 4294967295 {
			return 0, false
		}
	}
	if i == start || i != len(s) || (neg && n != 0) {
		return 0, false
	}
	return uint32(n), true
}

// HashSecret returns the secret set by SetHashSecret.
func HashSecret() (prefix, suffix int64) { return hashPrefix, hashSuffix }

// HashSecretFromSeed derives the secret as CPython 3.2.6 does from a
// PYTHONHASHSEED integer: 16 bytes from its linear congruential generator
// (x = x*214013 + 2531011 mod 2**32, byte = x>>16 & 0xff), the first 8
// the prefix, the next 8 the suffix, each read little-endian (the layout
// of a little-endian 64-bit build). Seed 0 gives no randomisation.
func HashSecretFromSeed(seed uint32) (prefix, suffix int64) {
	if seed == 0 {
		return 0, 0
	}
	var b [16]byte
	x := seed
	for i := range b {
		x = x*214013 + 2531011
		b[i] = byte(x >> 16)
	}
	for i := 7; i >= 0; i-- {
		prefix = prefix<<8 | int64(b[i])
		suffix = suffix<<8 | int64(b[8+i])
	}
	return prefix, suffix
}

// Hash returns hash(s) as CPython 3.2.6 computes it for a str: over the
// code points, x = prefix ^ c0 << 7, then x = x * 1000003 ^ c for each,
// then x ^ len ^ suffix, with the randomisation secret's prefix and suffix
// (0 when off); the empty str hashes to 0; -1 becomes -2.
func (s *Str) Hash() int64 {
	switch s.hash {
	case 0:
	case hashZero:
		return 0
	default:
		return s.hash
	}
	var x int64
	if len(s.s) > 0 {
		n := 0
		if strIsASCII(s.s) {
			x = hashPrefix ^ int64(s.s[0])<<7
			for i := 0; i < len(s.s); i++ {
				x = (1000003 * x) ^ int64(s.s[i])
			}
			n = len(s.s)
		} else {
			for i := 0; i < len(s.s); {
				c, size := decodeRune(s.s, i)
				i += size
				if n == 0 {
					x = hashPrefix ^ int64(c)<<7
				}
				x = (1000003 * x) ^ int64(c)
				n++
			}
		}
		x ^= int64(n) ^ hashSuffix
	}
	if x == -1 {
		x = -2
	}
	if x == 0 {
		s.hash = hashZero
	} else {
		s.hash = x
	}
	return x
}

// decodeRune decodes the code point at s[i] in the generalised UTF-8 of a
// Str (a lone surrogate is a three-byte sequence), returning it and its
// length in bytes.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	switch {
	case c < 0x80:
		return rune(c), 1
	case c < 0xE0 && i+1 < len(s):
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	case c < 0xF0 && i+2 < len(s):
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	case i+3 < len(s):
		return rune(c&0x07)<<18 | rune(s[i+1]&0x3F)<<12 | rune(s[i+2]&0x3F)<<6 | rune(s[i+3]&0x3F), 4
	}
	return rune(c), 1
}

// strDecodeLastRune decodes the code point that ends at s[i-1].
func strDecodeLastRune(s string, i int) (rune, int) {
	j := i - 1
	for j > 0 && s[j]&0xC0 == 0x80 {
		j--
	}
	r, _ := decodeRune(s, j)
	return r, i - j
}

// Chr returns chr(i): the one-character str of code point i, or
// ValueError outside range(0x110000).
func Chr(i int64) (*Str, error) {
	if i < 0 || i > 0x10FFFF {
		return nil, Errorf(ValueError, "chr() arg not in range(0x110000)")
	}
	return charStr(rune(i)), nil
}

// Ord returns ord(o) for a str, bytes or bytearray of length 1, with the
// TypeErrors of the ord builtin otherwise.
func Ord(o Object) (*Int, error) {
	switch v := o.(type) {
	case *Str:
		if n := v.Len(); n != 1 {
			return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", n)
		}
		r, _ := decodeRune(v.s, 0)
		return NewInt(int64(r)), nil
	case *Bytes:
		if len(v.s) != 1 {
			return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(v.s))
		}
		return NewInt(int64(v.s[0])), nil
	case *ByteArray:
		if len(v.b) != 1 {
			return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(v.b))
		}
		return NewInt(int64(v.b[0])), nil
	}
	return nil, Errorf(TypeError, "ord() expected string of length 1, but %s found", o.Type().Name)
}

// Concat returns a + b for two strs.
func (s *Str) Concat(b *Str) *Str {
	if len(b.s) == 0 && s.ext.p == nil {
		return s
	}
	if len(s.s) == 0 && b.ext.p == nil {
		return b
	}
	n := -1
	if s.n >= 0 && b.n >= 0 {
		n = int(s.n) + int(b.n)
	}
	return concatStr(s.s, b.s, int32(n))
}

// concatStr returns the str a+b of n code points. A short result is
// allocated with its text in one block (one call of the allocator
// instead of two: `s += piece` in a loop makes many).
func concatStr(a, b string, n int32) *Str {
	size := len(a) + len(b)
	switch {
	case size <= 16:
		x := new(strWithText16)
		copy(x.text[copy(x.text[:], a):], b)
		x.str.s, x.str.n = unsafe.String(&x.text[0], size), n
		return &x.str
	case size <= 48:
		x := new(strWithText48)
		copy(x.text[copy(x.text[:], a):], b)
		x.str.s, x.str.n = unsafe.String(&x.text[0], size), n
		return &x.str
	}
	return &Str{s: a + b, n: n}
}

// A str and the bytes of its text.
type (
	strWithText16 struct {
		str  Str
		text [16]byte
	}
	strWithText48 struct {
		str  Str
		text [48]byte
	}
)

// strRepeat returns s * n.
func strRepeat(s *Str, n int) (*Str, error) {
	if n <= 0 || len(s.s) == 0 {
		return emptyStr, nil
	}
	if n == 1 {
		return s.exact(), nil
	}
	if len(s.s) > math.MaxInt32/n {
		if s.Len() > math.MaxInt/n {
			return nil, Errorf(OverflowError, "repeated string is too long")
		}
		return nil, Errorf(MemoryError, "")
	}
	return newStrN(strings.Repeat(s.s, n), s.Len()*n), nil
}

// StrIter is an iterator over a str's characters (str_iterator).
type StrIter struct {
	s   *Str // nil once exhausted
	pos int  // byte offset of the next character
}

// StrIterType is the type of str iterators.
var StrIterType = &Type{Name: "str_iterator"}

// Type returns str_iterator.
func (it *StrIter) Type() *Type { return StrIterType }

func strIterNext(t *Thread, o Object) (Object, error) {
	it := o.(*StrIter)
	if it.s == nil {
		return nil, nil
	}
	s := it.s.s
	if it.pos >= len(s) {
		it.s = nil
		return nil, nil
	}
	c := s[it.pos]
	if c < 0x80 {
		it.pos++
		return asciiStrs[c], nil
	}
	size := strRuneSize(c)
	r := &Str{s: s[it.pos : it.pos+size], n: 1}
	it.pos += size
	return r, nil
}

// strArg returns o as a *Str or the TypeError "Can't convert 'T' object
// to str implicitly" (CPython's PyUnicode_FromObject as concatenation
// and the search methods use it).
func strArg(o Object) (*Str, error) {
	if s, ok := o.(*Str); ok {
		return s, nil
	}
	return nil, Errorf(TypeError, "Can't convert '%s' object to str implicitly", o.Type().Name)
}

func strRepr(t *Thread, o Object) (Object, error) {
	s := o.(*Str)
	return newStrLike(pystr.ReprStr(s.s), -1), nil
}

func strStr(t *Thread, o Object) (Object, error) {
	return o.(*Str).exact(), nil
}

func strHashSlot(t *Thread, o Object) (int64, error) { return o.(*Str).Hash(), nil }

func strLen(t *Thread, o Object) (int, error) { return o.(*Str).Len(), nil }

func strRichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	sa, ok := a.(*Str)
	if !ok {
		return NotImplemented, nil
	}
	sb, ok := b.(*Str)
	if !ok {
		return NotImplemented, nil
	}
	var r bool
	switch op {
	case EQ:
		r = sa.s == sb.s
	case NE:
		r = sa.s != sb.s
	case LT:
		r = sa.s < sb.s
	case LE:
		r = sa.s <= sb.s
	case GT:
		r = sa.s > sb.s
	case GE:
		r = sa.s >= sb.s
	}
	return NewBool(r), nil
}

func strContains(t *Thread, o, item Object) (bool, error) {
	sub, ok := item.(*Str)
	if !ok {
		return false, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", item.Type().Name)
	}
	return strings.Contains(o.(*Str).s, sub.s), nil
}

func strGetItem(t *Thread, o, key Object) (Object, error) {
	s := o.(*Str)
	if i, ok, err := seqIndex(t, key); ok || err != nil {
		if err != nil {
			return nil, err
		}
		n := s.Len()
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, Errorf(IndexError, "string index out of range")
		}
		if n == len(s.s) {
			return asciiStrs[s.s[i]], nil
		}
		return charStr(s.at(i)), nil
	}
	sl, ok := key.(*Slice)
	if !ok {
		return nil, Errorf(TypeError, "string indices must be integers")
	}
	return s.slice(t, sl.Start, sl.Stop, sl.Step)
}

// slice is s[start:stop:step] (None for an omitted bound).
func (s *Str) slice(t *Thread, startObj, stopObj, stepObj Object) (Object, error) {
	start, _, step, n, err := sliceBounds(t, startObj, stopObj, stepObj, s.Len())
	if err != nil {
		return nil, err
	}
	if step == 1 {
		if n <= 0 {
			return emptyStr, nil
		}
		return s.substr(start, start+n), nil
	}
	return strSliceStep(s, start, step, n), nil
}

// strSliceStep returns the n code points start, start+step, ... of s.
func strSliceStep(s *Str, start, step, n int) *Str {
	if n <= 0 {
		return emptyStr
	}
	if s.isASCII() {
		if n == 1 {
			return asciiStrs[s.s[start]]
		}
		var b strings.Builder
		b.Grow(n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			b.WriteByte(s.s[i])
		}
		return newStrN(b.String(), n)
	}
	// Decode once, then pick.
	runes := make([]rune, 0, s.Len())
	for off := 0; off < len(s.s); {
		r, size := decodeRune(s.s, off)
		runes = append(runes, r)
		off += size
	}
	b := make([]byte, 0, n*2)
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		b = pystr.AppendRune(b, runes[i])
	}
	return newStrN(string(b), n)
}

func strIter(t *Thread, o Object) (Object, error) {
	return &StrIter{s: o.(*Str)}, nil
}

// strAdd is str + x. Like CPython, which tries the number slots of both
// operands before the sequence concatenation of str, it gives the other
// operand's addition a chance before failing with str's own message.
func strAdd(t *Thread, a, b Object) (Object, error) {
	sa, ok := a.(*Str)
	if !ok {
		return NotImplemented, nil
	}
	if sb, ok := b.(*Str); ok {
		return sa.Concat(sb), nil
	}
	if r, err := strOtherOperand(t, a, b, SlotAdd); err != nil || r != NotImplemented {
		return r, err
	}
	return nil, Errorf(TypeError, "Can't convert '%s' object to str implicitly", b.Type().Name)
}

// strOtherOperand calls b's slot (which sel picks) on a op b when b's type is
// not str's and has one: what CPython's binary_op1 would have tried before
// falling back to the sequence operation of a.
func strOtherOperand(t *Thread, a, b Object, sel binarySlot) (Object, error) {
	ta, tb := a.Type(), b.Type()
	if ta == tb {
		return NotImplemented, nil
	}
	fb := sel(tb)
	if fb == nil || tb.IsSubtype(ta) || isBuiltinSeq(tb) {
		// A subclass's slot already ran before a's; the built-in
		// sequences' + and * are sequence operations, which CPython tries
		// on the left operand only.
		return NotImplemented, nil
	}
	return fb(t, a, b)
}

// isBuiltinSeq reports whether typ is one of the built-in sequences whose
// + and * are concatenation and repetition.
func isBuiltinSeq(typ *Type) bool {
	switch typ {
	case StrType, BytesType, ByteArrayType, ListType, TupleType:
		return true
	}
	return false
}

// strMul is str * n and n * str.
func strMul(t *Thread, a, b Object) (Object, error) {
	s, ok := a.(*Str)
	count := b
	if !ok {
		if s, ok = b.(*Str); !ok {
			return NotImplemented, nil
		}
		count = a
		// a's own multiplication has run (and declined).
	} else if r, err := strOtherOperand(t, a, b, SlotMul); err != nil || r != NotImplemented {
		return r, err
	}
	if !hasIndex(count) {
		return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", count.Type().Name)
	}
	n, err := asSsize(t, count, OverflowError)
	if err != nil {
		return nil, err
	}
	return strRepeat(s, n)
}

func strMod(t *Thread, a, b Object) (Object, error) {
	s, ok := a.(*Str)
	if !ok {
		return NotImplemented, nil
	}
	return strPercentFormat(t, s, b)
}

// strNew is str(object=”) and str(object, encoding='utf-8',
// errors='strict').
func strNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	var obj, encoding, errors Object
	if len(args) == 1 && kwnames == nil {
		obj = args[0]
	} else if err := ParseArgs("str", args, kwnames, strNewKwlist, 0, &obj, &encoding, &errors); err != nil {
		return nil, err
	}
	var s *Str
	switch {
	case obj == nil:
		s = emptyStr
	case encoding == nil && errors == nil:
		var err error
		if s, err = StrOf(t, obj); err != nil {
			return nil, err
		}
	default:
		enc, errs := "utf-8", "strict"
		if encoding != nil {
			e, ok := encoding.(*Str)
			if !ok {
				return nil, ArgTypeError("str", 2, "str", encoding)
			}
			enc = e.s
		}
		if errors != nil {
			e, ok := errors.(*Str)
			if !ok {
				return nil, ArgTypeError("str", 3, "str", errors)
			}
			errs = e.s
		}
		var data string
		switch v := obj.(type) {
		case *Bytes:
			data = v.s
		case *ByteArray:
			data = string(v.b)
		case *Str:
			return nil, Errorf(TypeError, "decoding str is not supported")
		default:
			b, err := GetBuffer(obj, false)
			if err != nil {
				return nil, Errorf(TypeError, "coercing to str: need bytes, bytearray or buffer-like object, %s found", obj.Type().Name)
			}
			data = string(b)
		}
		var err error
		if s, err = Decode(t, data, enc, errs); err != nil {
			return nil, err
		}
	}
	if typ == StrType {
		return s, nil
	}
	return &Str{ext: ext{&extData{typ: typ}}, s: s.s, n: int32(s.Len())}, nil
}

var strNewKwlist = []string{"object", "encoding", "errors"}

func strGetNewArgs(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__getnewargs__", args, kwnames); err != nil {
		return nil, err
	}
	s := self.(*Str)
	return NewTuple(newStrN(s.s, s.Len())), nil
}

func strSizeof(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__sizeof__", args, kwnames); err != nil {
		return nil, err
	}
	// CPython 3.2 (wide build): the object header and four bytes for each
	// code point and the terminator.
	return NewInt(int64(56 + 4*(self.(*Str).Len()+1))), nil
}

func strIterLengthHint(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__length_hint__", args, kwnames); err != nil {
		return nil, err
	}
	it := self.(*StrIter)
	if it.s == nil {
		return NewInt(0), nil
	}
	return NewInt(int64(strCountRunes(it.s.s[it.pos:]))), nil
}

func init() {
	StrType.Doc = "str(string[, encoding[, errors]]) -> str\n\nCreate a new string object from the given encoded string.\nencoding defaults to the current default string encoding.\nerrors can be 'strict', 'replace' or 'ignore' and defaults to 'strict'."
	StrType.New = strNew
	StrType.Repr = strRepr
	StrType.Str = strStr
	StrType.Hash = strHashSlot
	StrType.RichCompare = strRichCompare
	StrType.Len = strLen
	StrType.GetItem = strGetItem
	StrType.Contains = strContains
	StrType.Iter = strIter
	StrType.Add = strAdd
	StrType.Mul = strMul
	StrType.Mod = strMod
	StrType.AddMethods(
		MethodDef{Name: "__getnewargs__", Fn: strGetNewArgs},
		MethodDef{Name: "__sizeof__", Fn: strSizeof, Doc: "S.__sizeof__() -> size of S in memory, in bytes"},
	)

	StrIterType.Iter = func(t *Thread, o Object) (Object, error) { return o, nil }
	StrIterType.Next = strIterNext
	StrIterType.AddMethods(
		MethodDef{Name: "__length_hint__", Fn: strIterLengthHint, Doc: "Private method returning an estimate of len(list(it))."},
	)
}
