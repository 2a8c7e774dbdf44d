package regex

import (
	"fmt"
	"strconv"
)

// Flags are the flag bits of Python 3.2's re module.
const (
	FlagTemplate   = 1
	FlagIgnoreCase = 2
	FlagLocale     = 4
	FlagMultiline  = 8
	FlagDotAll     = 16
	FlagUnicode    = 32
	FlagVerbose    = 64
	FlagDebug      = 128
	FlagASCII      = 256
)

// MaxRepeat is the largest repeat count (and the "unbounded" marker), as
// _sre.MAXREPEAT is in 3.2.
const MaxRepeat = 4294967295

// maxWidth stands for sys.maxsize in width computations.
const maxWidth = 1<<63 - 1

// ErrorKind says which Python exception an Error becomes.
type ErrorKind int

const (
	KindError     ErrorKind = iota // re.error (sre_constants.error)
	KindOverflow                   // OverflowError
	KindAssertion                  // AssertionError
	KindValue                      // ValueError
	KindIndex                      // IndexError
)

// Error is a failure to compile a pattern or a template.
type Error struct {
	Kind ErrorKind
	Msg  string
}

func (e *Error) Error() string { return e.Msg }

func fail(msg string) { panic(&Error{Kind: KindError, Msg: msg}) }

// op is a node kind of the parsed pattern (sre_parse's opcodes).
type op uint8

const (
	opFailure op = iota
	opSuccess
	opAny
	opAnyAll
	opAssert
	opAssertNot
	opAt
	opBranch
	opCategory
	opGroupref
	opGrouprefExists
	opGrouprefIgnore
	opIn
	opInIgnore
	opJump
	opLiteral
	opLiteralIgnore
	opMark
	opMaxUntil
	opMinUntil
	opNotLiteral
	opNotLiteralIgnore
	opNegate
	opRange
	opRepeat
	opRepeatOne
	opMinRepeatOne
	// parse-tree only
	opSubpattern
	opMaxRepeat
	opMinRepeat
)

var opNames = [...]string{
	opFailure: "failure", opSuccess: "success", opAny: "any", opAnyAll: "any_all",
	opAssert: "assert", opAssertNot: "assert_not", opAt: "at", opBranch: "branch",
	opCategory: "category", opGroupref: "groupref", opGrouprefExists: "groupref_exists",
	opGrouprefIgnore: "groupref_ignore", opIn: "in", opInIgnore: "in_ignore",
	opJump: "jump", opLiteral: "literal", opLiteralIgnore: "literal_ignore",
	opMark: "mark", opMaxUntil: "max_until", opMinUntil: "min_until",
	opNotLiteral: "not_literal", opNotLiteralIgnore: "not_literal_ignore",
	opNegate: "negate", opRange: "range", opRepeat: "repeat",
	opRepeatOne: "repeat_one", opMinRepeatOne: "min_repeat_one",
	opSubpattern: "subpattern", opMaxRepeat: "max_repeat", opMinRepeat: "min_repeat",
}

// Position codes (AT) and character categories.
const (
	atBeginning = iota
	atBeginningLine
	atBeginningString
	atBoundary
	atNonBoundary
	atEnd
	atEndLine
	atEndString
	atLocBoundary
	atLocNonBoundary
	atUniBoundary
	atUniNonBoundary
)

var atNames = [...]string{"at_beginning", "at_beginning_line", "at_beginning_string",
	"at_boundary", "at_non_boundary", "at_end", "at_end_line", "at_end_string",
	"at_loc_boundary", "at_loc_non_boundary", "at_uni_boundary", "at_uni_non_boundary"}

const (
	catDigit = iota
	catNotDigit
	catSpace
	catNotSpace
	catWord
	catNotWord
	catLinebreak
	catNotLinebreak
	catLocWord
	catLocNotWord
	catUniDigit
	catUniNotDigit
	catUniSpace
	catUniNotSpace
	catUniWord
	catUniNotWord
	catUniLinebreak
	catUniNotLinebreak
)

var catNames = [...]string{"category_digit", "category_not_digit", "category_space",
	"category_not_space", "category_word", "category_not_word", "category_linebreak",
	"category_not_linebreak", "category_loc_word", "category_loc_not_word",
	"category_uni_digit", "category_uni_not_digit", "category_uni_space",
	"category_uni_not_space", "category_uni_word", "category_uni_not_word",
	"category_uni_linebreak", "category_uni_not_linebreak"}

// setItem is one member description of a character class.
type setItem struct {
	op     op // opNegate, opLiteral, opRange, opCategory
	lo, hi int
}

// node is one item of a parsed (sub)pattern.
type node struct {
	op       op
	arg      int // literal, group number, AT code, assert direction
	min, max int
	set      []setItem
	sub      *seq   // subpattern body, repeated item, assertion body
	alts     []*seq // branch alternatives; conditional: yes, no (no may be nil)
	hasGroup bool   // subpattern: arg is a group number
}

// seq is a parsed subpattern: a sequence of nodes with a cached width.
type seq struct {
	items     []*node
	wlo, whi  int
	widthDone bool
}

// state is the parser's pattern-wide state (sre_parse.Pattern).
type state struct {
	flags     int
	groups    int // next group number
	groupdict map[string]int
	names     []string // in order of definition
	open      []int
}

func (st *state) openGroup(name string, named bool) int {
	gid := st.groups
	st.groups++
	if named {
		if ogid, ok := st.groupdict[name]; ok {
			fail(fmt.Sprintf("redefinition of group name %s as group %d; was group %d", pyQuote(name), gid, ogid))
		}
		st.groupdict[name] = gid
		st.names = append(st.names, name)
	}
	st.open = append(st.open, gid)
	return gid
}

func (st *state) closeGroup(gid int) {
	for i, g := range st.open {
		if g == gid {
			st.open = append(st.open[:i], st.open[i+1:]...)
			return
		}
	}
}

func (st *state) checkGroup(gid int) bool {
	if gid >= st.groups {
		return false
	}
	for _, g := range st.open {
		if g == gid {
			return false
		}
	}
	return true
}

// token is one pattern token: a character or a backslash escape.
type token struct {
	ch  rune
	esc bool // "\\" + ch
	ok  bool // false at the end of the pattern
}

type tokenizer struct {
	s     []rune
	index int
	next  token
}

func newTokenizer(s []rune) *tokenizer {
	t := &tokenizer{s: s}
	t.advance()
	return t
}

func (t *tokenizer) advance() {
	if t.index >= len(t.s) {
		t.next = token{}
		return
	}
	c := t.s[t.index]
	if c == '\\' {
		if t.index+1 >= len(t.s) {
			fail("bogus escape (end of line)")
		}
		t.next = token{ch: t.s[t.index+1], esc: true, ok: true}
		t.index += 2
		return
	}
	t.next = token{ch: c, ok: true}
	t.index++
}

// match consumes the next token if it is the plain character c.
func (t *tokenizer) match(c rune) bool {
	if t.next.ok && !t.next.esc && t.next.ch == c {
		t.advance()
		return true
	}
	return false
}

// peekIs reports whether the next token is the plain character c.
func (t *tokenizer) peekIs(c rune) bool { return t.next.ok && !t.next.esc && t.next.ch == c }

func (t *tokenizer) get() token {
	this := t.next
	t.advance()
	return this
}

func (t *tokenizer) nextIn(chars string) bool {
	if !t.next.ok || t.next.esc {
		return false
	}
	for _, c := range chars {
		if c == t.next.ch {
			return true
		}
	}
	return false
}

const (
	digits    = "0123456789"
	octDigits = "01234567"
	hexDigits = "0123456789abcdefABCDEF"
)

func isIdent(c rune) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' }
func isDigit(c rune) bool { return '0' <= c && c <= '9' }

func isName(name []rune) bool {
	if len(name) == 0 || !isIdent(name[0]) {
		return false
	}
	for _, c := range name[1:] {
		if !isIdent(c) && !isDigit(c) {
			return false
		}
	}
	return true
}

// escapeRepr is repr() of the text of an escape, as the error messages
// show it.
func escapeRepr(s []rune) string { return pyQuote(string(s)) }

// pyQuote returns Python's repr of a str.
func pyQuote(s string) string {
	q := byte('\'')
	hasS, hasD := false, false
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' {
			hasS = true
		} else if s[i] == '"' {
			hasD = true
		}
	}
	if hasS && !hasD {
		q = '"'
	}
	b := []byte{q}
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\r':
			b = append(b, '\\', 'r')
		case r == '\t':
			b = append(b, '\\', 't')
		case r < 0x20 || r == 0x7f:
			b = append(b, fmt.Sprintf("\\x%02x", r)...)
		default:
			b = append(b, string(r)...)
		}
	}
	return string(append(b, q))
}

// escape token helpers: the escape text so far as runes ("\\" + chars).
func (p *parser) categoryEscape(c rune) (*node, bool) {
	switch c {
	case 'A':
		return &node{op: opAt, arg: atBeginningString}, true
	case 'b':
		return &node{op: opAt, arg: atBoundary}, true
	case 'B':
		return &node{op: opAt, arg: atNonBoundary}, true
	case 'Z':
		return &node{op: opAt, arg: atEndString}, true
	case 'd':
		return &node{op: opIn, set: []setItem{{op: opCategory, lo: catDigit}}}, true
	case 'D':
		return &node{op: opIn, set: []setItem{{op: opCategory, lo: catNotDigit}}}, true
	case 's':
		return &node{op: opIn, set: []setItem{{op: opCategory, lo: catSpace}}}, true
	case 'S':
		return &node{op: opIn, set: []setItem{{op: opCategory, lo: catNotSpace}}}, true
	case 'w':
		return &node{op: opIn, set: []setItem{{op: opCategory, lo: catWord}}}, true
	case 'W':
		return &node{op: opIn, set: []setItem{{op: opCategory, lo: catNotWord}}}, true
	}
	return nil, false
}

func simpleEscape(c rune) (rune, bool) {
	switch c {
	case 'a':
		return 7, true
	case 'b':
		return 8, true
	case 'f':
		return 12, true
	case 'n':
		return 10, true
	case 'r':
		return 13, true
	case 't':
		return 9, true
	case 'v':
		return 11, true
	case '\\':
		return '\\', true
	}
	return 0, false
}

func inSet(c rune, chars string) bool {
	for _, x := range chars {
		if x == c {
			return true
		}
	}
	return false
}

type parser struct {
	src *tokenizer
	st  *state
}

// classEscape handles an escape inside a character class; it returns a
// literal (op opLiteral) or a category item (op opIn with one item).
func (p *parser) classEscape(c rune) setItem {
	if r, ok := simpleEscape(c); ok {
		return setItem{op: opLiteral, lo: int(r)}
	}
	if n, ok := p.categoryEscape(c); ok && n.op == opIn {
		return setItem{op: opIn, lo: n.set[0].lo}
	}
	esc := []rune{'\\', c}
	switch {
	case c == 'x':
		for p.src.nextIn(hexDigits) && len(esc) < 4 {
			esc = append(esc, p.src.get().ch)
		}
		hex := esc[2:]
		if len(hex) != 2 {
			fail("bogus escape: " + escapeRepr(append([]rune{'\\'}, hex...)))
		}
		v, _ := strconv.ParseInt(string(hex), 16, 32)
		return setItem{op: opLiteral, lo: int(v) & 0xff}
	case inSet(c, octDigits):
		for p.src.nextIn(octDigits) && len(esc) < 4 {
			esc = append(esc, p.src.get().ch)
		}
		v, _ := strconv.ParseInt(string(esc[1:]), 8, 32)
		return setItem{op: opLiteral, lo: int(v) & 0xff}
	case inSet(c, digits):
		fail("bogus escape: " + escapeRepr(esc))
	}
	return setItem{op: opLiteral, lo: int(c)}
}

// escape handles an escape outside a class.
func (p *parser) escape(c rune) *node {
	if n, ok := p.categoryEscape(c); ok {
		return n
	}
	if r, ok := simpleEscape(c); ok {
		return &node{op: opLiteral, arg: int(r)}
	}
	esc := []rune{'\\', c}
	switch {
	case c == 'x':
		for p.src.nextIn(hexDigits) && len(esc) < 4 {
			esc = append(esc, p.src.get().ch)
		}
		if len(esc) != 4 {
			fail("bogus escape: " + escapeRepr(esc))
		}
		v, _ := strconv.ParseInt(string(esc[2:]), 16, 32)
		return &node{op: opLiteral, arg: int(v) & 0xff}
	case c == '0':
		for p.src.nextIn(octDigits) && len(esc) < 4 {
			esc = append(esc, p.src.get().ch)
		}
		v, _ := strconv.ParseInt(string(esc[1:]), 8, 32)
		return &node{op: opLiteral, arg: int(v) & 0xff}
	case inSet(c, digits):
		if p.src.nextIn(digits) {
			esc = append(esc, p.src.get().ch)
			if inSet(esc[1], octDigits) && inSet(esc[2], octDigits) && p.src.nextIn(octDigits) {
				esc = append(esc, p.src.get().ch)
				v, _ := strconv.ParseInt(string(esc[1:]), 8, 32)
				return &node{op: opLiteral, arg: int(v) & 0xff}
			}
		}
		group, _ := strconv.Atoi(string(esc[1:]))
		if group < p.st.groups {
			if !p.st.checkGroup(group) {
				fail("cannot refer to open group")
			}
			return &node{op: opGroupref, arg: group}
		}
		fail("bogus escape: " + escapeRepr(esc))
	}
	return &node{op: opLiteral, arg: int(c)}
}

// parseSub parses an alternation a|b|c.
func (p *parser) parseSub(nested bool) *seq {
	var items []*seq
	for {
		items = append(items, p.parse())
		if p.src.match('|') {
			continue
		}
		if !nested {
			break
		}
		if !p.src.next.ok || p.src.peekIs(')') {
			break
		}
		fail("pattern not properly closed")
	}
	if len(items) == 1 {
		return items[0]
	}
	sub := &seq{}
	// move a common prefix out of the branch
	for {
		var prefix *node
		same := true
		for _, it := range items {
			if len(it.items) == 0 {
				same = false
				break
			}
			if prefix == nil {
				prefix = it.items[0]
			} else if !nodesEqual(it.items[0], prefix) {
				same = false
				break
			}
		}
		if !same {
			break
		}
		for _, it := range items {
			it.items = it.items[1:]
		}
		sub.items = append(sub.items, prefix)
	}
	// a branch of single literals becomes a character class
	allLiterals := true
	for _, it := range items {
		if len(it.items) != 1 || it.items[0].op != opLiteral {
			allLiterals = false
			break
		}
	}
	if allLiterals {
		set := make([]setItem, len(items))
		for i, it := range items {
			set[i] = setItem{op: opLiteral, lo: it.items[0].arg}
		}
		sub.items = append(sub.items, &node{op: opIn, set: set})
		return sub
	}
	sub.items = append(sub.items, &node{op: opBranch, alts: items})
	return sub
}

// nodesEqual is Python's == on two parsed items (tuples whose
// subpatterns compare by identity).
func nodesEqual(a, b *node) bool {
	if a == b {
		return true
	}
	if a.op != b.op {
		return false
	}
	switch a.op {
	case opLiteral, opNotLiteral, opAt, opGroupref:
		return a.arg == b.arg
	case opAny:
		return true
	case opIn:
		if len(a.set) != len(b.set) {
			return false
		}
		for i := range a.set {
			x, y := a.set[i], b.set[i]
			if x.op != y.op {
				return false
			}
			switch x.op {
			case opLiteral, opCategory, opIn:
				if x.lo != y.lo {
					return false
				}
			case opRange:
				if x.lo != y.lo || x.hi != y.hi {
					return false
				}
			}
		}
		return true
	}
	return false
}

func (p *parser) parseSubCond(condgroup int) *seq {
	yes := p.parse()
	var no *seq
	if p.src.match('|') {
		no = p.parse()
		if p.src.match('|') {
			fail("conditional backref with more than two branches")
		}
	}
	if p.src.next.ok && !p.src.peekIs(')') {
		fail("pattern not properly closed")
	}
	return &seq{items: []*node{{op: opGrouprefExists, arg: condgroup, alts: []*seq{yes, no}}}}
}

const specialChars = ".\\[{()*+?^$|"

func flagOf(c rune) int {
	switch c {
	case 'i':
		return FlagIgnoreCase
	case 'L':
		return FlagLocale
	case 'm':
		return FlagMultiline
	case 's':
		return FlagDotAll
	case 'x':
		return FlagVerbose
	case 'a':
		return FlagASCII
	case 't':
		return FlagTemplate
	case 'u':
		return FlagUnicode
	}
	return 0
}

func (p *parser) nextIsFlag() bool {
	return p.src.next.ok && !p.src.next.esc && flagOf(p.src.next.ch) != 0
}

// readName reads characters up to the terminator.
func (p *parser) readName(term rune) []rune {
	var name []rune
	for {
		t := p.src.get()
		if !t.ok {
			fail("unterminated name")
		}
		if !t.esc && t.ch == term {
			return name
		}
		if t.esc {
			name = append(name, '\\')
		}
		name = append(name, t.ch)
	}
}

// parse parses a sequence of items up to | or ) or the end.
func (p *parser) parse() *seq {
	sub := &seq{}
	src := p.src
	for {
		if src.peekIs('|') || src.peekIs(')') {
			break
		}
		this := src.get()
		if !this.ok {
			break
		}
		if p.st.flags&FlagVerbose != 0 && !this.esc {
			if inSet(this.ch, " \t\n\r\v\f") {
				continue
			}
			if this.ch == '#' {
				for {
					t := src.get()
					if !t.ok || (!t.esc && t.ch == '\n') {
						break
					}
				}
				continue
			}
		}
		if !this.esc && !inSet(this.ch, specialChars) {
			sub.items = append(sub.items, &node{op: opLiteral, arg: int(this.ch)})
			continue
		}
		if this.esc {
			sub.items = append(sub.items, p.escape(this.ch))
			continue
		}
		switch this.ch {
		case '[':
			p.parseClass(sub)
		case '?', '*', '+', '{':
			var min, max int
			switch this.ch {
			case '?':
				min, max = 0, 1
			case '*':
				min, max = 0, MaxRepeat
			case '+':
				min, max = 1, MaxRepeat
			case '{':
				if src.peekIs('}') {
					sub.items = append(sub.items, &node{op: opLiteral, arg: '{'})
					continue
				}
				hereIndex, hereNext := src.index, src.next
				min, max = 0, MaxRepeat
				var lo, hi []rune
				for src.nextIn(digits) {
					lo = append(lo, src.get().ch)
				}
				if src.match(',') {
					for src.nextIn(digits) {
						hi = append(hi, src.get().ch)
					}
				} else {
					hi = lo
				}
				if !src.match('}') {
					sub.items = append(sub.items, &node{op: opLiteral, arg: '{'})
					src.index, src.next = hereIndex, hereNext
					continue
				}
				if len(lo) > 0 {
					min = repeatNumber(lo)
				}
				if len(hi) > 0 {
					max = repeatNumber(hi)
					if max < min {
						fail("bad repeat interval")
					}
				}
			}
			if len(sub.items) == 0 || sub.items[len(sub.items)-1].op == opAt {
				fail("nothing to repeat")
			}
			last := sub.items[len(sub.items)-1]
			if last.op == opMaxRepeat || last.op == opMinRepeat {
				fail("multiple repeat")
			}
			item := &seq{items: []*node{last}}
			rop := opMaxRepeat
			if src.match('?') {
				rop = opMinRepeat
			}
			sub.items[len(sub.items)-1] = &node{op: rop, min: min, max: max, sub: item}
		case '.':
			sub.items = append(sub.items, &node{op: opAny})
		case '(':
			if n := p.parseGroup(); n != nil {
				sub.items = append(sub.items, n)
			}
		case '^':
			sub.items = append(sub.items, &node{op: opAt, arg: atBeginning})
		case '$':
			sub.items = append(sub.items, &node{op: opAt, arg: atEnd})
		default:
			fail("parser error")
		}
	}
	return sub
}

func repeatNumber(d []rune) int {
	v, err := strconv.ParseUint(string(d), 10, 64)
	if err != nil || v >= MaxRepeat {
		panic(&Error{Kind: KindOverflow, Msg: "the repetition number is too large"})
	}
	return int(v)
}

func (p *parser) parseClass(sub *seq) {
	src := p.src
	var set []setItem
	if src.match('^') {
		set = append(set, setItem{op: opNegate})
	}
	start := len(set)
	for {
		this := src.get()
		var code1 setItem
		if this.ok && !this.esc && this.ch == ']' && len(set) != start {
			break
		} else if this.ok && this.esc {
			code1 = p.classEscape(this.ch)
		} else if this.ok {
			code1 = setItem{op: opLiteral, lo: int(this.ch)}
		} else {
			fail("unexpected end of regular expression")
		}
		if src.match('-') {
			this = src.get()
			if this.ok && !this.esc && this.ch == ']' {
				set = append(set, classItem(code1), setItem{op: opLiteral, lo: '-'})
				break
			} else if this.ok {
				var code2 setItem
				if this.esc {
					code2 = p.classEscape(this.ch)
				} else {
					code2 = setItem{op: opLiteral, lo: int(this.ch)}
				}
				if code1.op != opLiteral || code2.op != opLiteral {
					fail("bad character range")
				}
				if code2.lo < code1.lo {
					fail("bad character range")
				}
				set = append(set, setItem{op: opRange, lo: code1.lo, hi: code2.lo})
			} else {
				fail("unexpected end of regular expression")
			}
		} else {
			set = append(set, classItem(code1))
		}
	}
	switch {
	case len(set) == 1 && set[0].op == opLiteral:
		sub.items = append(sub.items, &node{op: opLiteral, arg: set[0].lo})
	case len(set) == 2 && set[0].op == opNegate && set[1].op == opLiteral:
		sub.items = append(sub.items, &node{op: opNotLiteral, arg: set[1].lo})
	default:
		sub.items = append(sub.items, &node{op: opIn, set: set})
	}
}

// classItem turns a category escape's (IN, [category]) into the category.
func classItem(s setItem) setItem {
	if s.op == opIn {
		return setItem{op: opCategory, lo: s.lo}
	}
	return s
}

// parseGroup parses what follows "(": a group, an extension, or a flag
// setting (which returns nil).
func (p *parser) parseGroup() *node {
	src := p.src
	group := 1 // 1 capture, 2 non-capturing, 0 flags only
	var name []rune
	named := false
	condgroup := 0
	if src.match('?') {
		group = 0
		switch {
		case src.match('P'):
			if src.match('<') {
				name = p.readName('>')
				group = 1
				named = true
				if len(name) == 0 {
					fail("missing group name")
				}
				if !isName(name) {
					fail("bad character in group name")
				}
			} else if src.match('=') {
				name = p.readName(')')
				if len(name) == 0 {
					fail("missing group name")
				}
				if !isName(name) {
					fail("bad character in group name")
				}
				gid, ok := p.st.groupdict[string(name)]
				if !ok {
					fail("unknown group name")
				}
				return &node{op: opGroupref, arg: gid}
			} else {
				t := src.get()
				if !t.ok {
					fail("unexpected end of pattern")
				}
				s := string(t.ch)
				if t.esc {
					s = "\\" + s
				}
				fail("unknown specifier: ?P" + s)
			}
		case src.match(':'):
			group = 2
		case src.match('#'):
			for src.next.ok && !src.peekIs(')') {
				src.get()
			}
			if !src.match(')') {
				fail("unbalanced parenthesis")
			}
			return nil
		case src.nextIn("=!<"):
			char := src.get().ch
			dir := 1
			if char == '<' {
				if !src.nextIn("=!") {
					fail("syntax error")
				}
				dir = -1
				char = src.get().ch
			}
			body := p.parseSub(true)
			if !src.match(')') {
				fail("unbalanced parenthesis")
			}
			if char == '=' {
				return &node{op: opAssert, arg: dir, sub: body}
			}
			return &node{op: opAssertNot, arg: dir, sub: body}
		case src.match('('):
			condname := p.readName(')')
			group = 2
			if len(condname) == 0 {
				fail("missing group name")
			}
			if isName(condname) {
				gid, ok := p.st.groupdict[string(condname)]
				if !ok {
					fail("unknown group name")
				}
				condgroup = gid
			} else {
				v, ok := pyInt(string(condname))
				if !ok {
					fail("bad character in group name")
				}
				condgroup = v
			}
		default:
			if !p.nextIsFlag() {
				fail("unexpected end of pattern")
			}
			for p.nextIsFlag() {
				p.st.flags |= flagOf(src.get().ch)
			}
		}
	}
	if group != 0 {
		gid := 0
		if group == 1 {
			gid = p.st.openGroup(string(name), named)
		}
		var body *seq
		if condgroup != 0 {
			body = p.parseSubCond(condgroup)
		} else {
			body = p.parseSub(true)
		}
		if !src.match(')') {
			fail("unbalanced parenthesis")
		}
		if gid != 0 {
			p.st.closeGroup(gid)
		}
		return &node{op: opSubpattern, arg: gid, hasGroup: gid != 0, sub: body}
	}
	for {
		t := src.get()
		if !t.ok {
			fail("unexpected end of pattern")
		}
		if !t.esc && t.ch == ')' {
			break
		}
		fail("unknown extension")
	}
	return nil
}

// pyInt parses a group number as int() would (surrounding whitespace and
// a sign allowed).
func pyInt(s string) (int, bool) {
	i, j := 0, len(s)
	for i < j && inSet(rune(s[i]), " \t\n\r\v\f") {
		i++
	}
	for j > i && inSet(rune(s[j-1]), " \t\n\r\v\f") {
		j--
	}
	v, err := strconv.ParseInt(s[i:j], 10, 64)
	if err != nil {
		return 0, false
	}
	return int(v), true
}

// width returns the (min, max) width of a subpattern as sre_parse
// computes it.
func (s *seq) width() (int, int) {
	if s.widthDone {
		return s.wlo, s.whi
	}
	lo, hi := 0, 0
	for _, n := range s.items {
		switch n.op {
		case opBranch:
			i, j := maxWidth, 0
			for _, a := range n.alts {
				l, h := a.width()
				i = min(i, l)
				j = max(j, h)
			}
			lo = addSat(lo, i)
			hi = addSat(hi, j)
		case opSubpattern:
			i, j := n.sub.width()
			lo = addSat(lo, i)
			hi = addSat(hi, j)
		case opMaxRepeat, opMinRepeat:
			i, j := n.sub.width()
			lo = addSat(lo, mulSat(i, n.min))
			hi = addSat(hi, mulSat(j, n.max))
		case opAny, opRange, opIn, opLiteral, opNotLiteral, opCategory:
			lo = addSat(lo, 1)
			hi = addSat(hi, 1)
		case opSuccess:
			goto done
		}
	}
done:
	s.wlo, s.whi, s.widthDone = lo, hi, true
	return lo, hi
}

func addSat(a, b int) int {
	if a > maxWidth-b {
		return maxWidth
	}
	return a + b
}

func mulSat(a, b int) int {
	if a == 0 || b == 0 {
		return 0
	}
	if a > maxWidth/b {
		return maxWidth
	}
	return a * b
}

// fixFlags checks and completes the flags for the pattern's type.
func fixFlags(isBytes bool, flags int) int {
	if !isBytes {
		if flags&FlagASCII == 0 {
			flags |= FlagUnicode
		} else if flags&FlagUnicode != 0 {
			panic(&Error{Kind: KindValue, Msg: "ASCII and UNICODE flags are incompatible"})
		}
	} else if flags&FlagUnicode != 0 {
		panic(&Error{Kind: KindValue, Msg: "can't use UNICODE flag with a bytes pattern"})
	}
	return flags
}

// parsed is the result of parsing a whole pattern.
type parsed struct {
	seq   *seq
	state *state
}

func parsePattern(pattern []rune, isBytes bool, flags int) parsed {
	p := parseOnce(pattern, isBytes, flags)
	if flags&FlagVerbose == 0 && p.state.flags&FlagVerbose != 0 {
		// VERBOSE was switched on inside the pattern: parse it again
		return parsePattern(pattern, isBytes, p.state.flags)
	}
	return p
}

// parseOnce parses a pattern with the flags given, without the second
// parse an inline (?x) asks for.
func parseOnce(pattern []rune, isBytes bool, flags int) parsed {
	st := &state{flags: flags, groups: 1, groupdict: map[string]int{}}
	p := &parser{src: newTokenizer(pattern), st: st}
	s := p.parseSub(false)
	st.flags = fixFlags(isBytes, st.flags)
	tail := p.src.get()
	if tail.ok {
		if !tail.esc && tail.ch == ')' {
			fail("unbalanced parenthesis")
		}
		fail("bogus characters at end of regular expression")
	}
	return parsed{seq: s, state: st}
}
