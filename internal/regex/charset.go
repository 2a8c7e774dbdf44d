package regex

import "github.com/taipan-py/taipan/py"

// charset is a compiled character class. Membership of characters below
// 256 is precomputed into a bitmap (negation included); larger characters
// are tested against the ranges and categories.
type charset struct {
	bits   [4]uint64
	negate bool
	ranges []int // pairs lo, hi (a literal is a range of one)
	cats   []int
}

func (cs *charset) has(c rune) bool {
	if c < 256 {
		return cs.bits[c>>6]&(1<<(uint(c)&63)) != 0
	}
	return cs.slowHas(c)
}

func (cs *charset) slowHas(c rune) bool {
	in := false
	for i := 0; i < len(cs.ranges); i += 2 {
		if int(c) >= cs.ranges[i] && int(c) <= cs.ranges[i+1] {
			in = true
			break
		}
	}
	if !in {
		for _, cat := range cs.cats {
			if categoryHas(cat, c) {
				in = true
				break
			}
		}
	}
	return in != cs.negate
}

// newCharset compiles set items (already lowered when fixup applies).
func newCharset(items []setItem) *charset {
	cs := &charset{}
	for _, it := range items {
		switch it.op {
		case opNegate:
			cs.negate = true
		case opLiteral:
			cs.ranges = append(cs.ranges, it.lo, it.lo)
		case opRange:
			cs.ranges = append(cs.ranges, it.lo, it.hi)
		case opCategory:
			cs.cats = append(cs.cats, it.lo)
		}
	}
	for c := rune(0); c < 256; c++ {
		if cs.slowHas(c) {
			cs.bits[c>>6] |= 1 << (uint(c) & 63)
		}
	}
	return cs
}

// ASCII character classes as sre's table has them.
func asciiDigit(c rune) bool { return c >= '0' && c <= '9' }
func asciiSpace(c rune) bool { return c == ' ' || c >= 9 && c <= 13 }
func asciiWord(c rune) bool {
	return c < 128 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')
}

func uniWord(c rune) bool {
	if c < 128 {
		return asciiWord(c)
	}
	return c == '_' || py.UniIsAlnum(c)
}

func categoryHas(cat int, c rune) bool {
	switch cat {
	case catDigit:
		return asciiDigit(c)
	case catNotDigit:
		return !asciiDigit(c)
	case catSpace:
		return asciiSpace(c)
	case catNotSpace:
		return !asciiSpace(c)
	case catWord, catLocWord:
		return asciiWord(c)
	case catNotWord, catLocNotWord:
		return !asciiWord(c)
	case catLinebreak:
		return c == '\n'
	case catNotLinebreak:
		return c != '\n'
	case catUniDigit:
		return py.UniIsDecimal(c)
	case catUniNotDigit:
		return !py.UniIsDecimal(c)
	case catUniSpace:
		return py.UniIsSpace(c)
	case catUniNotSpace:
		return !py.UniIsSpace(c)
	case catUniWord:
		return uniWord(c)
	case catUniNotWord:
		return !uniWord(c)
	case catUniLinebreak:
		return py.UniIsLineBreak(c)
	case catUniNotLinebreak:
		return !py.UniIsLineBreak(c)
	}
	return false
}

// lowerFor returns the lowercase of c under the pattern's flags, as
// _sre.getlower and the matcher's lower function compute it.
func lowerFor(flags int, c rune) rune {
	if flags&FlagLocale != 0 || flags&FlagUnicode == 0 {
		if c < 128 && c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
	return py.UniToLower(c)
}

// Lower is _sre.getlower: c's lowercase under flags (Unicode case
// mapping with the UNICODE flag, else ASCII).
func Lower(flags int, c rune) rune { return lowerFor(flags, c) }
