package py

// Str is a Python str: a sequence of code points, held as UTF-8 in which a
// lone surrogate is written in its three-byte generalised form (so every
// Python str has a Go representation, and ASCII text is its own bytes).
// (Owner: text helper. Indexing by code point is O(1) for ASCII text.)
type Str struct {
	ext
	s    string
	hash int64 // cached hash; 0 means not computed yet (a real 0 is stored as hashZero)
	n    int32 // number of code points; -1 until computed
}

// NewStr returns a str holding s (UTF-8, surrogates generalised).
func NewStr(s string) *Str { return &Str{s: s, n: -1} }

// String returns the Go text of the str.
func (s *Str) String() string { return s.s }

// Type returns str, or the subclass.
func (s *Str) Type() *Type {
	if s.ext.typ != nil {
		return s.ext.typ
	}
	return StrType
}

// hashZero stands for a computed hash of 0 in Str.hash, whose zero value
// means "not computed".
const hashZero = -1 << 63

// Hash returns hash(s) as CPython 3.2 computes it for a str (with hash
// randomisation off): over the code points, x = c0 << 7, then x = x *
// 1000003 ^ c for each, then x ^ len; -1 becomes -2.
func (s *Str) Hash() int64 {
	switch s.hash {
	case 0:
	case hashZero:
		return 0
	default:
		return s.hash
	}
	var x int64
	n := 0
	first := true
	for i := 0; i < len(s.s); {
		c, size := decodeRune(s.s, i)
		i += size
		if first {
			x = int64(c) << 7
			first = false
		}
		x = (1000003 * x) ^ int64(c)
		n++
	}
	if len(s.s) == 0 {
		x = 0
	} else {
		x ^= int64(n)
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
