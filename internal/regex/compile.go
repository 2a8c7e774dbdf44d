package regex

// Prog is a compiled pattern: the instruction array the matcher runs,
// its character classes, and what the search loop uses to skip ahead.
type Prog struct {
	code   []int
	sets   []*charset
	Flags  int // all flags, inline ones and the implied UNICODE included
	Groups int // number of capturing groups
	// GroupIndex maps group names to numbers; Names lists the names in
	// order of definition.
	GroupIndex map[string]int
	Names      []string

	minLen   int    // minimum width of a match (the INFO block's min)
	prefix   []rune // literal prefix (not under IGNORECASE)
	literal  bool   // the whole pattern is the literal prefix
	firstSet *charset
	firstLit int // a literal that must come first (-1 if none)
	// anchor: 1 the pattern starts with ^ (or \A) and can only match at
	// the start of the string; 2 it starts with ^ under MULTILINE and can
	// only match at the start of a line.
	anchor    int8
	lowerMode int8 // 0 ASCII, 1 Unicode
	// prefix8 is the prefix as bytes when every character is < 256 (a
	// byte-wide subject can then be scanned with a fast substring search).
	prefix8 []byte
}

type compiler struct {
	code []int
	sets []*charset
}

func (c *compiler) emit(v ...int) { c.code = append(c.code, v...) }

func (c *compiler) addSet(items []setItem, flags int, ignore bool) int {
	fixed := items
	if ignore {
		fixed = make([]setItem, len(items))
		for i, it := range items {
			switch it.op {
			case opLiteral:
				it.lo = int(lowerFor(flags, rune(it.lo)))
			case opRange:
				it.lo = int(lowerFor(flags, rune(it.lo)))
				it.hi = int(lowerFor(flags, rune(it.hi)))
			}
			fixed[i] = it
		}
	}
	for i, it := range fixed {
		if it.op == opCategory {
			fixed[i].lo = categoryFor(flags, it.lo)
		}
	}
	c.sets = append(c.sets, newCharset(fixed))
	return len(c.sets) - 1
}

func categoryFor(flags, cat int) int {
	if flags&FlagLocale != 0 {
		switch cat {
		case catWord:
			return catLocWord
		case catNotWord:
			return catLocNotWord
		}
		return cat
	}
	if flags&FlagUnicode != 0 {
		switch cat {
		case catDigit:
			return catUniDigit
		case catNotDigit:
			return catUniNotDigit
		case catSpace:
			return catUniSpace
		case catNotSpace:
			return catUniNotSpace
		case catWord:
			return catUniWord
		case catNotWord:
			return catUniNotWord
		case catLinebreak:
			return catUniLinebreak
		case catNotLinebreak:
			return catUniNotLinebreak
		}
	}
	return cat
}

// caseless reports whether ignoring case cannot change what the literal
// c matches: an ASCII character that is not a letter is its own
// lowercase, and no other character lowercases to it, so comparing
// lowercases is comparing the characters.
func caseless(c int) bool {
	return c < 128 && !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')
}

// simple reports whether a repeated item can use the single-character
// repeat, raising "nothing to repeat" for an item that can match an
// unbounded empty string.
func simple(n *node) bool {
	lo, hi := n.sub.width()
	if lo == 0 && hi == MaxRepeat {
		fail("nothing to repeat")
	}
	return lo == 1 && hi == 1 && n.sub.items[0].op != opSubpattern
}

func (c *compiler) compile(s *seq, flags int) {
	for _, n := range s.items {
		switch n.op {
		case opLiteral, opNotLiteral:
			if flags&FlagIgnoreCase != 0 && !caseless(n.arg) {
				o := opLiteralIgnore
				if n.op == opNotLiteral {
					o = opNotLiteralIgnore
				}
				c.emit(int(o), int(lowerFor(flags, rune(n.arg))))
			} else {
				c.emit(int(n.op), n.arg)
			}
		case opIn:
			ignore := flags&FlagIgnoreCase != 0
			o := opIn
			if ignore {
				o = opInIgnore
			}
			c.emit(int(o), c.addSet(n.set, flags, ignore))
		case opAny:
			if flags&FlagDotAll != 0 {
				c.emit(int(opAnyAll))
			} else {
				c.emit(int(opAny))
			}
		case opMaxRepeat, opMinRepeat:
			if flags&FlagTemplate != 0 {
				fail("internal: unsupported template operator")
			}
			if simple(n) {
				o := opRepeatOne
				if n.op == opMinRepeat {
					o = opMinRepeatOne
				}
				c.emit(int(o))
				skip := len(c.code)
				c.emit(0, n.min, n.max)
				c.compile(n.sub, flags)
				c.emit(int(opSuccess))
				c.code[skip] = len(c.code) - skip
			} else {
				c.emit(int(opRepeat))
				skip := len(c.code)
				c.emit(0, n.min, n.max)
				c.compile(n.sub, flags)
				c.code[skip] = len(c.code) - skip
				if n.op == opMaxRepeat {
					c.emit(int(opMaxUntil))
				} else {
					c.emit(int(opMinUntil))
				}
			}
		case opSubpattern:
			if n.hasGroup {
				c.emit(int(opMark), (n.arg-1)*2)
			}
			c.compile(n.sub, flags)
			if n.hasGroup {
				c.emit(int(opMark), (n.arg-1)*2+1)
			}
		case opAssert, opAssertNot:
			c.emit(int(n.op))
			skip := len(c.code)
			c.emit(0)
			if n.arg >= 0 {
				c.emit(0)
			} else {
				lo, hi := n.sub.width()
				if lo != hi {
					fail("look-behind requires fixed-width pattern")
				}
				c.emit(lo)
			}
			c.compile(n.sub, flags)
			c.emit(int(opSuccess))
			c.code[skip] = len(c.code) - skip
		case opAt:
			at := n.arg
			if flags&FlagMultiline != 0 {
				switch at {
				case atBeginning:
					at = atBeginningLine
				case atEnd:
					at = atEndLine
				}
			}
			if flags&FlagLocale != 0 {
				switch at {
				case atBoundary:
					at = atLocBoundary
				case atNonBoundary:
					at = atLocNonBoundary
				}
			} else if flags&FlagUnicode != 0 {
				switch at {
				case atBoundary:
					at = atUniBoundary
				case atNonBoundary:
					at = atUniNonBoundary
				}
			}
			c.emit(int(opAt), at)
		case opBranch:
			c.emit(int(opBranch))
			var tails []int
			for _, alt := range n.alts {
				skip := len(c.code)
				c.emit(0)
				c.compile(alt, flags)
				c.emit(int(opJump))
				tails = append(tails, len(c.code))
				c.emit(0)
				c.code[skip] = len(c.code) - skip
			}
			c.emit(0)
			for _, t := range tails {
				c.code[t] = len(c.code) - t
			}
		case opGroupref:
			if flags&FlagIgnoreCase != 0 {
				c.emit(int(opGrouprefIgnore), n.arg-1)
			} else {
				c.emit(int(opGroupref), n.arg-1)
			}
		case opGrouprefExists:
			c.emit(int(opGrouprefExists), n.arg-1)
			skipyes := len(c.code)
			c.emit(0)
			c.compile(n.alts[0], flags)
			if n.alts[1] != nil {
				c.emit(int(opJump))
				skipno := len(c.code)
				c.emit(0)
				c.code[skipyes] = len(c.code) - skipyes + 1
				c.compile(n.alts[1], flags)
				c.code[skipno] = len(c.code) - skipno
			} else {
				c.code[skipyes] = len(c.code) - skipyes + 1
			}
		default:
			fail("internal: unsupported operand type")
		}
	}
}

// Compile compiles a pattern: its characters (a bytes pattern's bytes as
// runes below 256), whether it is a bytes pattern, and the flags.
func Compile(pattern []rune, isBytes bool, flags int) (prog *Prog, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Error); ok {
				prog, err = nil, e
				return
			}
			panic(r)
		}
	}()
	p := parsePattern(pattern, isBytes, flags)
	return finish(p.seq, p.state, flags), nil
}

// CompileScanner compiles the combined pattern of re.Scanner: each phrase
// parsed on its own, as group i+1 of one alternation, compiled with the
// given flags only.
func CompileScanner(phrases [][]rune, isBytes []bool, flags int) (prog *Prog, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Error); ok {
				prog, err = nil, e
				return
			}
			panic(r)
		}
	}()
	st := &state{flags: flags, groups: len(phrases) + 1, groupdict: map[string]int{}}
	var alts []*seq
	for i, ph := range phrases {
		sub := parsePattern(ph, isBytes[i], flags)
		alts = append(alts, &seq{items: []*node{{op: opSubpattern, arg: i + 1, hasGroup: true, sub: sub.seq}}})
	}
	whole := &seq{items: []*node{{op: opBranch, alts: alts}}}
	return finish(whole, st, 0), nil
}

func finish(s *seq, st *state, flags int) *Prog {
	flags = st.flags | flags
	c := &compiler{}
	info := computeInfo(s, flags)
	c.compile(s, flags)
	c.emit(int(opSuccess))
	if st.groups > 100 {
		panic(&Error{Kind: KindAssertion, Msg: "sorry, but this version only supports 100 named groups"})
	}
	prog := info
	prog.code = c.code
	prog.sets = c.sets
	prog.Flags = flags
	prog.Groups = st.groups - 1
	prog.GroupIndex = st.groupdict
	prog.Names = st.names
	if flags&FlagLocale == 0 && flags&FlagUnicode != 0 {
		prog.lowerMode = 1
	}
	return prog
}

// computeInfo finds what the search loop can use: minimum width, literal
// prefix, first character.
func computeInfo(s *seq, flags int) *Prog {
	p := &Prog{firstLit: -1}
	lo, _ := s.width()
	if lo >= MaxRepeat {
		lo = MaxRepeat
	}
	p.minLen = lo
	if len(s.items) > 0 && s.items[0].op == opAt {
		switch s.items[0].arg {
		case atBeginningString:
			p.anchor = 1
		case atBeginning:
			p.anchor = 1
			if flags&FlagMultiline != 0 {
				p.anchor = 2
			}
		}
	}
	if lo == 0 {
		return p
	}
	if flags&FlagIgnoreCase != 0 {
		return p
	}
	skip := 0
	for _, n := range s.items {
		if n.op == opLiteral {
			if len(p.prefix) == skip {
				skip++
			}
			p.prefix = append(p.prefix, rune(n.arg))
		} else if n.op == opSubpattern && len(n.sub.items) == 1 && n.sub.items[0].op == opLiteral {
			p.prefix = append(p.prefix, rune(n.sub.items[0].arg))
		} else {
			break
		}
	}
	if len(p.prefix) > 0 {
		p.literal = len(p.prefix) == skip && skip == len(s.items)
		ok := true
		b := make([]byte, len(p.prefix))
		for i, r := range p.prefix {
			if r >= 256 {
				ok = false
				break
			}
			b[i] = byte(r)
		}
		if ok {
			p.prefix8 = b
		}
		return p
	}
	// the first character: skip what consumes nothing at the start
	items := s.items
	for len(items) > 0 && items[0].op == opAt {
		items = items[1:]
	}
	if len(items) > 0 {
		first := items[0]
		for first.op == opSubpattern && len(first.sub.items) > 0 {
			first = first.sub.items[0]
		}
		switch first.op {
		case opLiteral:
			p.firstLit = first.arg
		case opIn:
			items := make([]setItem, len(first.set))
			copy(items, first.set)
			for i, it := range items {
				if it.op == opCategory {
					items[i].lo = categoryFor(flags, it.lo)
				}
			}
			p.firstSet = newCharset(items)
		case opBranch:
			var items []setItem
			for _, a := range first.alts {
				if len(a.items) == 0 || a.items[0].op != opLiteral {
					items = nil
					break
				}
				items = append(items, setItem{op: opLiteral, lo: a.items[0].arg})
			}
			if items != nil {
				p.firstSet = newCharset(items)
			}
		}
	}
	return p
}
