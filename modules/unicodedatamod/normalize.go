package unicodedatamod

import (
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/taipan-py/taipan/internal/pystr"
)

// ccc is the canonical combining class that normalization uses: always
// the 6.0.0 one, for the 3.2.0 view too, as in CPython.
func ccc(r rune) uint8 { return record(r, false)[2] }

// parsedDecomp holds each decomposition as code points, and whether it is
// a compatibility one; built on first use.
var (
	parsedOnce sync.Once
	parsed     [][]rune
	parsedComp []bool
	// firsts/seconds hold the characters that start/end a primary composite.
	composeMap map[[2]rune]rune
	notYes     map[rune]uint8 // quick-check "maybe or no" bits per form
)

const (
	qcNFD = 1 << iota
	qcNFKD
	qcNFC
	qcNFKC
)

func loadParsed() {
	parsed = make([][]rune, len(decompCP))
	parsedComp = make([]bool, len(decompCP))
	for i := range decompCP {
		f := strings.Fields(decompStr[decompOff[i]:decompOff[i+1]])
		if len(f) > 0 && strings.HasPrefix(f[0], "<") {
			parsedComp[i] = true
			f = f[1:]
		}
		rs := make([]rune, len(f))
		for j, h := range f {
			v, _ := strconv.ParseUint(h, 16, 32)
			rs[j] = rune(v)
		}
		parsed[i] = rs
	}
	composeMap = make(map[[2]rune]rune, len(compositions))
	seconds := map[rune]bool{}
	for _, c := range compositions {
		composeMap[[2]rune{c[0], c[1]}] = c[2]
		seconds[c[1]] = true
	}
	// Quick check: a character is "not yes" for a decomposing form when it
	// decomposes; for a composing form when it decomposes and is not a
	// primary composite (or, for NFKC, has a compatibility mapping), or
	// when it can be the second character of a composition.
	primary := map[rune]bool{}
	for _, c := range compositions {
		primary[c[2]] = true
	}
	notYes = map[rune]uint8{}
	for i, cp := range decompCP {
		var b uint8 = qcNFKD
		if !parsedComp[i] {
			b |= qcNFD
			if !primary[cp] {
				b |= qcNFC
			}
		}
		notYes[cp] = b
	}
	// NFKC changes a character exactly when its compatibility
	// decomposition differs from its canonical one, or NFC changes it.
	for _, cp := range decompCP {
		c := string(pystr.AppendRune(nil, cp))
		if notYes[cp]&qcNFC != 0 || normalizeFull(c, false, true, false) != normalizeFull(c, false, false, false) {
			notYes[cp] |= qcNFKC
		}
	}
	for r := range seconds {
		notYes[r] |= qcNFC | qcNFKC
	}
	for r := rune(vBase); r < vBase+vCount; r++ {
		notYes[r] |= qcNFC | qcNFKC
	}
	for r := rune(tBase + 1); r < tBase+tCount; r++ {
		notYes[r] |= qcNFC | qcNFKC
	}
}

func decompOf(r rune) ([]rune, bool, bool) {
	i := sort.Search(len(decompCP), func(i int) bool { return decompCP[i] >= r })
	if i < len(decompCP) && decompCP[i] == r {
		return parsed[i], parsedComp[i], true
	}
	return nil, false, false
}

// quickNormalized reports whether s is certainly in the form (6.0.0 data).
func quickNormalized(s string, compat, compose bool) bool {
	var mask uint8
	switch {
	case compose && compat:
		mask = qcNFKC
	case compose:
		mask = qcNFC
	case compat:
		mask = qcNFKD
	default:
		mask = qcNFD
	}
	var prev uint8
	for i := 0; i < len(s); {
		r, n := pystr.DecodeRune(s[i:])
		i += n
		if r >= sBase && r < sBase+sCount {
			if mask&(qcNFD|qcNFKD) != 0 {
				return false
			}
		} else if notYes[r]&mask != 0 {
			return false
		}
		c := ccc(r)
		if c != 0 && prev > c {
			return false
		}
		prev = c
	}
	return true
}

func normalize(s string, old, compat, compose bool) string {
	parsedOnce.Do(loadParsed)
	if !old && quickNormalized(s, compat, compose) {
		return s
	}
	return normalizeFull(s, old, compat, compose)
}

// normalizeFull normalizes s without the quick check.
func normalizeFull(s string, old, compat, compose bool) string {
	rs := make([]rune, 0, len(s))
	var stack []rune
	for i := 0; i < len(s); {
		r, n := pystr.DecodeRune(s[i:])
		i += n
		stack = append(stack[:0], r)
		for len(stack) > 0 {
			c := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if c >= sBase && c < sBase+sCount {
				si := c - sBase
				rs = append(rs, lBase+si/nCount, vBase+si%nCount/tCount)
				if t := tBase + si%tCount; t != tBase {
					rs = append(rs, t)
				}
				continue
			}
			if old {
				if nfd, ok := correction(c); ok {
					for j := len(nfd) - 1; j >= 0; j-- {
						stack = append(stack, nfd[j])
					}
					continue
				}
				if unassignedIn32(c) {
					rs = append(rs, c)
					continue
				}
			}
			d, isCompat, ok := decompOf(c)
			if !ok || (isCompat && !compat) {
				rs = append(rs, c)
				continue
			}
			for j := len(d) - 1; j >= 0; j-- {
				stack = append(stack, d[j])
			}
		}
	}
	// Canonical ordering: a stable insertion sort of each run of
	// non-starters by combining class.
	for i := 1; i < len(rs); i++ {
		c := ccc(rs[i])
		if c == 0 {
			continue
		}
		for j := i; j > 0; j-- {
			p := ccc(rs[j-1])
			if p == 0 || p <= c {
				break
			}
			rs[j-1], rs[j] = rs[j], rs[j-1]
		}
	}
	if compose {
		rs = composeRunes(rs)
	}
	b := make([]byte, 0, len(s)+8)
	for _, r := range rs {
		b = pystr.AppendRune(b, r)
	}
	return string(b)
}

func correction(r rune) ([]rune, bool) {
	for _, c := range corrections32 {
		if c.cp == r {
			return []rune(c.nfd), true
		}
	}
	return nil, false
}

var (
	firstsOnce sync.Once
	firsts     map[rune]bool
)

func compositionFirsts() map[rune]bool {
	firstsOnce.Do(func() {
		firsts = map[rune]bool{}
		for _, c := range compositions {
			firsts[c[0]] = true
		}
	})
	return firsts
}

// composeRunes applies canonical composition to decomposed, ordered text
// the way CPython 3.2 does, including its treatment of Hangul jamo (a
// vowel index of VCount, or a trailing TBase+TCount, still composes).
func composeRunes(rs []rune) []rune {
	fs := compositionFirsts()
	skipped := make([]bool, len(rs))
	out := rs[:0:0]
	out = make([]rune, 0, len(rs))
	for i := 0; i < len(rs); {
		if skipped[i] {
			i++
			continue
		}
		c := rs[i]
		if c >= lBase && c < lBase+lCount && i+1 < len(rs) && rs[i+1] >= vBase && rs[i+1] <= vBase+vCount {
			code := sBase + ((c-lBase)*vCount+(rs[i+1]-vBase))*tCount
			i += 2
			if i < len(rs) && rs[i] >= tBase && rs[i] <= tBase+tCount {
				code += rs[i] - tBase
				i++
			}
			out = append(out, code)
			continue
		}
		if !fs[c] {
			out = append(out, c)
			i++
			continue
		}
		var comb uint8
		for j := i + 1; j < len(rs); j++ {
			c1 := ccc(rs[j])
			if comb != 0 {
				if c1 == 0 {
					break
				}
				if comb >= c1 {
					continue
				}
			}
			if p, ok := composeMap[[2]rune{rs[i], rs[j]}]; ok {
				rs[i] = p
				skipped[j] = true
				if !fs[p] {
					break
				}
				continue
			}
			if c1 == 0 {
				break
			}
			comb = c1
		}
		out = append(out, rs[i])
		i++
	}
	return out
}
