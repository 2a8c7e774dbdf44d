package regex

import (
	"strconv"
	"strings"
)

// Dump returns the parse tree of a pattern in the layout of sre_parse's
// SubPattern.dump (what the DEBUG flag prints).
func Dump(pattern []rune, isBytes bool, flags int) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Error); ok {
				out, err = "", e
				return
			}
			panic(r)
		}
	}()
	// sre_parse dumps each parse, so a pattern that turns VERBOSE on
	// inside is dumped twice
	p := parseOnce(pattern, isBytes, flags)
	var b strings.Builder
	dumpSeq(&b, p.seq, 0)
	if flags&FlagVerbose == 0 && p.state.flags&FlagVerbose != 0 {
		dumpSeq(&b, parsePattern(pattern, isBytes, p.state.flags).seq, 0)
	}
	return b.String(), nil
}

func dumpSeq(b *strings.Builder, s *seq, level int) {
	indent := strings.Repeat("  ", level)
	for _, n := range s.items {
		b.WriteString(indent + opNames[n.op] + " ")
		nl := false
		word := func(w string) { b.WriteString(w + " "); nl = false }
		sub := func(x *seq) {
			if !nl {
				b.WriteString("\n")
			}
			dumpSeq(b, x, level+1)
			nl = true
		}
		switch n.op {
		case opIn:
			b.WriteString("\n")
			nl = true
			for _, it := range n.set {
				b.WriteString(strings.Repeat("  ", level+1) + setItemName(it.op) + " ")
				switch it.op {
				case opNegate:
					b.WriteString("None")
				case opLiteral:
					b.WriteString(strconv.Itoa(it.lo))
				case opRange:
					b.WriteString("(" + strconv.Itoa(it.lo) + ", " + strconv.Itoa(it.hi) + ")")
				case opCategory:
					b.WriteString(catNames[it.lo])
				}
				b.WriteString("\n")
			}
		case opBranch:
			b.WriteString("\n")
			nl = true
			for i, a := range n.alts {
				if i > 0 {
					b.WriteString(indent + "or\n")
				}
				dumpSeq(b, a, level+1)
			}
		case opSubpattern:
			if n.hasGroup {
				word(strconv.Itoa(n.arg))
			} else {
				word("None")
			}
			sub(n.sub)
		case opMaxRepeat, opMinRepeat:
			word(strconv.Itoa(n.min))
			word(strconv.Itoa(n.max))
			sub(n.sub)
		case opAssert, opAssertNot:
			word(strconv.Itoa(n.arg))
			sub(n.sub)
		case opGrouprefExists:
			word(strconv.Itoa(n.arg))
			sub(n.alts[0])
			if n.alts[1] != nil {
				sub(n.alts[1])
			} else {
				word("None")
			}
		case opAt:
			word(atNames[n.arg])
		case opAny:
			word("None")
		default:
			word(strconv.Itoa(n.arg))
		}
		if !nl {
			b.WriteString("\n")
		}
	}
}

func setItemName(o op) string {
	if o == opIn {
		return "in"
	}
	return opNames[o]
}
