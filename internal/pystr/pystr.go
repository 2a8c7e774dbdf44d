// Package pystr holds the conversions between Go values and the text Python
// 3.2 shows for them: the repr of str, bytes, int, float and complex, the
// rules of str.isprintable, and the lookup of Unicode character names used by
// "\N{...}" escapes. The syntax layer needs them now (ast.Dump prints
// literals the way ast.dump does, the parser decodes "\N{...}"); the object
// model reuses them for repr(), str.isprintable and unicodedata.lookup.
//
// Python text is carried in Go strings as UTF-8, with one extension: a
// Python str may hold lone surrogate code points (U+D800 to U+DFFF), which
// standard UTF-8 cannot encode, so they are written in their three-byte
// "generalised UTF-8" form (U+D800 is ED A0 80). DecodeRune and AppendRune
// read and write that form; every function here that takes Python text
// expects it. Bytes values are plain Go strings holding the raw bytes.
//
// Character properties are those of Unicode 6.0, the version CPython 3.2
// was built with: a code point assigned only in a later version is
// unassigned here (not printable, no name). General categories come from
// Go's unicode tables, which are newer than 6.0; of the categories that
// changed since, only those of U+17B4 and U+17B5 (Cf in 6.0) move a
// character between printable and not, and IsPrintable corrects them. A
// test against 3.2 over every code point found no other difference.
package pystr

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/runenames"
)

//go:generate go run mkunicode60.go

const hexdigits = "0123456789abcdef"

// DecodeRune decodes the first code point of s, accepting the generalised
// UTF-8 form of surrogates. It returns (utf8.RuneError, 1) for a byte that
// starts no valid sequence and (utf8.RuneError, 0) for an empty s.
func DecodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F) | 0xD000, 3
	}
	return utf8.DecodeRuneInString(s)
}

// AppendRune appends the generalised UTF-8 encoding of r to b: a surrogate
// code point gets its three-byte form instead of U+FFFD.
func AppendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// IsPrintable reports whether Python 3.2's str.isprintable holds for r: the
// space, and every character whose Unicode 6.0 category is a letter, mark,
// number, punctuation or symbol (not Cc, Cf, Cs, Co, Cn, Zs, Zl, Zp).
func IsPrintable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7F
	}
	if r > unicode.MaxRune || !unicode.Is(unicode60, r) {
		return false
	}
	if r == 0x17B4 || r == 0x17B5 {
		// KHMER VOWEL INHERENT AQ and AA were Cf in 6.0 (Mn since 6.1?).
		return false
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S)
}

// ReprStr returns the repr of a Python str as CPython 3.2 writes it: single
// quotes unless the text holds a single quote and no double quote; \\, the
// quote, \t, \n and \r escaped; other control characters below U+0020 and
// U+007F as \xhh; printable characters as themselves; other non-printable
// characters as \xhh, \uhhhh or \Uhhhhhhhh.
func ReprStr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	b := make([]byte, 0, len(s)+2)
	b = append(b, quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			i++
			switch {
			case c == quote || c == '\\':
				b = append(b, '\\', c)
			case c == '\t':
				b = append(b, '\\', 't')
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c < ' ' || c == 0x7F:
				b = append(b, '\\', 'x', hexdigits[c>>4], hexdigits[c&0xF])
			default:
				b = append(b, c)
			}
			continue
		}
		r, n := DecodeRune(s[i:])
		if n == 1 && r == utf8.RuneError {
			// Not Python text; show the stray byte rather than lose it.
			b = append(b, '\\', 'x', hexdigits[c>>4], hexdigits[c&0xF])
			i++
			continue
		}
		if IsPrintable(r) {
			b = append(b, s[i:i+n]...)
		} else {
			b = appendEscapedRune(b, r)
		}
		i += n
	}
	b = append(b, quote)
	return string(b)
}

// appendEscapedRune writes a non-printable, non-ASCII code point as \xhh,
// \uhhhh or \Uhhhhhhhh, the shortest form that holds it.
func appendEscapedRune(b []byte, r rune) []byte {
	switch {
	case r <= 0xFF:
		return append(b, '\\', 'x', hexdigits[r>>4], hexdigits[r&0xF])
	case r <= 0xFFFF:
		return append(b, '\\', 'u', hexdigits[r>>12&0xF], hexdigits[r>>8&0xF],
			hexdigits[r>>4&0xF], hexdigits[r&0xF])
	}
	b = append(b, '\\', 'U')
	for shift := 28; shift >= 0; shift -= 4 {
		b = append(b, hexdigits[r>>uint(shift)&0xF])
	}
	return b
}

// ReprBytes returns the repr of a bytes value (its raw bytes in b) as
// CPython 3.2 writes it: b'...' with the same quote choice as str, \\, the
// quote, \t, \n, \r escaped, and every byte outside 0x20..0x7E as \xhh.
func ReprBytes(b string) string {
	quote := byte('\'')
	if strings.IndexByte(b, '\'') >= 0 && strings.IndexByte(b, '"') < 0 {
		quote = '"'
	}
	out := make([]byte, 0, len(b)+3)
	out = append(out, 'b', quote)
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == quote || c == '\\':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c >= 0x7F:
			out = append(out, '\\', 'x', hexdigits[c>>4], hexdigits[c&0xF])
		default:
			out = append(out, c)
		}
	}
	out = append(out, quote)
	return string(out)
}

// ReprInt returns the repr of an int that fits in an int64.
func ReprInt(i int64) string { return strconv.FormatInt(i, 10) }

// ReprBigInt returns the repr of an arbitrary int.
func ReprBigInt(i *big.Int) string { return i.String() }

// ReprFloat returns the repr of a float as Python 3.2 writes it (format
// code 'r'): the shortest digits that read back to the same value, in
// positional form with at least one digit after the point when the decimal
// exponent is between -4 and 16 (1e-05 and 1e+16 switch to exponent form),
// and inf, -inf, nan for the special values.
func ReprFloat(f float64) string {
	return string(appendFloat(nil, f, true, false))
}

// ReprComplex returns the repr of a complex number as Python 3.2 writes it:
// "2j" when the real part is +0.0, "(1+2j)" otherwise; each part in the
// shortest round-trip form without an added ".0".
func ReprComplex(c complex128) string {
	re, im := real(c), imag(c)
	var b []byte
	if re == 0 && !math.Signbit(re) {
		b = appendFloat(b, im, false, false)
		return string(append(b, 'j'))
	}
	b = append(b, '(')
	b = appendFloat(b, re, false, false)
	b = appendFloat(b, im, false, true)
	return string(append(b, 'j', ')'))
}

// appendFloat formats f with Python's 'r' rules. addDot0 appends ".0" to a
// positional integral value (repr(float) does, the parts of a complex do
// not); sign writes a "+" before a non-negative value (and before nan).
func appendFloat(b []byte, f float64, addDot0, sign bool) []byte {
	switch {
	case math.IsNaN(f):
		if sign {
			b = append(b, '+')
		}
		return append(b, "nan"...)
	case math.IsInf(f, 1):
		if sign {
			b = append(b, '+')
		}
		return append(b, "inf"...)
	case math.IsInf(f, -1):
		return append(b, "-inf"...)
	}
	if math.Signbit(f) {
		b = append(b, '-')
		f = -f
	} else if sign {
		b = append(b, '+')
	}
	// Shortest digits: "d.ddde±x" gives the digits and the exponent.
	var buf [32]byte
	e := strconv.AppendFloat(buf[:0], f, 'e', -1, 64)
	epos := 0
	for epos < len(e) && e[epos] != 'e' {
		epos++
	}
	digits := make([]byte, 0, epos)
	for _, c := range e[:epos] {
		if c != '.' {
			digits = append(digits, c)
		}
	}
	exp, _ := strconv.Atoi(string(e[epos+1:]))
	decpt := exp + 1 // digits[0] stands decpt places left of the point
	if f == 0 {
		decpt = 1
	}
	if decpt <= -4 || decpt > 16 {
		b = append(b, digits[0])
		if len(digits) > 1 {
			b = append(b, '.')
			b = append(b, digits[1:]...)
		}
		b = append(b, 'e')
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		return strconv.AppendInt(b, int64(exp), 10)
	}
	switch {
	case decpt <= 0:
		b = append(b, '0', '.')
		for i := decpt; i < 0; i++ {
			b = append(b, '0')
		}
		b = append(b, digits...)
	case decpt >= len(digits):
		b = append(b, digits...)
		for i := len(digits); i < decpt; i++ {
			b = append(b, '0')
		}
		if addDot0 {
			b = append(b, '.', '0')
		}
	default:
		b = append(b, digits[:decpt]...)
		b = append(b, '.')
		b = append(b, digits[decpt:]...)
	}
	return b
}

// LookupName returns the character a Unicode name stands for, as CPython
// 3.2 looks names up for "\N{...}" escapes and unicodedata.lookup: a name
// from the Unicode 6.0 character database, compared without regard to ASCII
// case; "HANGUL SYLLABLE ..." for the 11172 precomposed syllables and
// "CJK UNIFIED IDEOGRAPH-XXXX" (four or five hex digits) for the unified
// ideographs of 6.0, those two prefixes and the hex digits in upper case
// only. Name aliases and named sequences are not names in 3.2.
func LookupName(name string) (rune, bool) {
	if rest, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		return lookupHangul(rest)
	}
	if rest, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		if len(rest) != 4 && len(rest) != 5 {
			return 0, false
		}
		var v rune
		for i := 0; i < len(rest); i++ {
			c := rest[i]
			switch {
			case c >= '0' && c <= '9':
				v = v<<4 | rune(c-'0')
			case c >= 'A' && c <= 'F':
				v = v<<4 | rune(c-'A'+10)
			default:
				return 0, false
			}
		}
		if !isUnifiedIdeograph(v) {
			return 0, false
		}
		return v, true
	}
	namesOnce.Do(buildNameIndex)
	r, ok := nameIndex[upperASCII(name)]
	return r, ok
}

// isUnifiedIdeograph reports whether r is a CJK unified ideograph of
// Unicode 6.0 (the blocks whose names are algorithmic).
func isUnifiedIdeograph(r rune) bool {
	return r >= 0x3400 && r <= 0x4DB5 || r >= 0x4E00 && r <= 0x9FCB ||
		r >= 0x20000 && r <= 0x2A6D6 || r >= 0x2A700 && r <= 0x2B734 ||
		r >= 0x2B740 && r <= 0x2B81D
}

// The short names of the conjoining jamo that spell a Hangul syllable's
// name: leading consonants, vowels and trailing consonants (Unicode's
// Jamo.txt).
var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// lookupHangul parses the part of a Hangul syllable name after the prefix:
// the longest leading consonant that matches, then the longest vowel, then
// the longest trailing consonant, and nothing after.
func lookupHangul(s string) (rune, bool) {
	l, n := longestPrefix(s, jamoL)
	s = s[n:]
	v, n := longestPrefix(s, jamoV)
	s = s[n:]
	t, n := longestPrefix(s, jamoT)
	s = s[n:]
	if l < 0 || v < 0 || t < 0 || s != "" {
		return 0, false
	}
	return rune(0xAC00 + (l*len(jamoV)+v)*len(jamoT) + t), true
}

// longestPrefix returns the index of the longest entry of table that s
// starts with (the empty entry matches anything) and its length; -1 when
// none does.
func longestPrefix(s string, table []string) (int, int) {
	best, bestLen := -1, -1
	for i, p := range table {
		if len(p) > bestLen && strings.HasPrefix(s, p) {
			best, bestLen = i, len(p)
		}
	}
	if best < 0 {
		return -1, 0
	}
	return best, bestLen
}

func upperASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; c >= 'a' && c <= 'z' {
					b[j] = c - 'a' + 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

var (
	namesOnce sync.Once
	nameIndex map[string]rune
)

// buildNameIndex inverts runenames.Name over the characters of Unicode 6.0,
// once, the first time a name is looked up. Labels such as "<control>" and
// the algorithmic names are not in the table.
func buildNameIndex() {
	nameIndex = make(map[string]rune, 40000)
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			switch {
			case isUnifiedIdeograph(r), r >= 0xAC00 && r <= 0xD7A3,
				r >= 0xD800 && r <= 0xF8FF, r >= 0xF0000:
				continue // algorithmic names, surrogates, private use
			}
			if name := runenames.Name(r); name != "" && name[0] != '<' {
				nameIndex[name] = r
			}
		}
	}
	for _, rg := range unicode60.R16 {
		add(rune(rg.Lo), rune(rg.Hi))
	}
	for _, rg := range unicode60.R32 {
		add(rune(rg.Lo), rune(rg.Hi))
	}
}
