package remod

import (
	"strconv"

	"github.com/taipan-py/taipan/internal/regex"
	"github.com/taipan-py/taipan/py"
)

// template is a parsed replacement string: literal pieces and group
// references, in order (sre_parse.parse_template's result).
type template struct {
	kind        int      // kind of the template string
	pieces      []tpiece // in order
	groups      []int    // the group references (for the "literal only" test)
	literals    []string // the literal pieces
	literalObjs []py.Object
}

type tpiece struct {
	group int // -1 for a literal
	text  string
}

// compileTemplate parses repl, or returns the template parsed last time
// for the same text.
func (p *Pattern) compileTemplate(t *py.Thread, repl py.Object, text string, kind int) (*template, error) {
	if kind < 0 {
		if _, err := py.Hash(t, repl); err != nil {
			return nil, err
		}
		return nil, py.Errorf(py.TypeError, "object of type '%s' has no len()", repl.Type().Name)
	}
	if p.lastTemplate != nil && p.lastRepl == text && p.lastReplKind == kind {
		return p.lastTemplate, nil
	}
	tp, err := p.parseTemplate(text, kind)
	if err != nil {
		return nil, err
	}
	p.lastRepl, p.lastReplKind, p.lastTemplate = text, kind, tp
	return tp, nil
}

func isOct(c rune) bool   { return c >= '0' && c <= '7' }
func isDigit(c rune) bool { return c >= '0' && c <= '9' }

// ttoken is a template token: a character or an escape.
type ttoken struct {
	ch  rune
	esc bool
	ok  bool
}

func (p *Pattern) parseTemplate(text string, kind int) (*template, error) {
	var chars []rune
	if kind == kindStr {
		chars = decodeRunes(text)
	} else {
		chars = make([]rune, len(text))
		for i := 0; i < len(text); i++ {
			chars[i] = rune(text[i])
		}
	}
	idx := 0
	var next ttoken
	advance := func() error {
		if idx >= len(chars) {
			next = ttoken{}
			return nil
		}
		c := chars[idx]
		if c == '\\' {
			if idx+1 >= len(chars) {
				return reError("bogus escape (end of line)")
			}
			next = ttoken{ch: chars[idx+1], esc: true, ok: true}
			idx += 2
			return nil
		}
		next = ttoken{ch: c, ok: true}
		idx++
		return nil
	}
	get := func() (ttoken, error) {
		this := next
		return this, advance()
	}
	nextIs := func(f func(rune) bool) bool { return next.ok && !next.esc && f(next.ch) }
	if err := advance(); err != nil {
		return nil, err
	}
	tp := &template{kind: kind}
	var lit []rune
	flush := func() {
		if lit != nil {
			tp.pieces = append(tp.pieces, tpiece{group: -1, text: encodeChars(lit, kind)})
			lit = nil
		}
	}
	addGroup := func(g int) {
		flush()
		tp.pieces = append(tp.pieces, tpiece{group: g})
	}
	for {
		this, err := get()
		if err != nil {
			return nil, err
		}
		if !this.ok {
			break
		}
		if !this.esc {
			lit = append(lit, this.ch)
			continue
		}
		c := this.ch
		switch {
		case c == 'g':
			var name []rune
			if next.ok && !next.esc && next.ch == '<' {
				if err := advance(); err != nil {
					return nil, err
				}
				for {
					ch, err := get()
					if err != nil {
						return nil, err
					}
					if !ch.ok {
						return nil, reError("unterminated group name")
					}
					if !ch.esc && ch.ch == '>' {
						break
					}
					if ch.esc {
						name = append(name, '\\')
					}
					name = append(name, ch.ch)
				}
			}
			if len(name) == 0 {
				return nil, reError("missing group name")
			}
			index, ok := pyIntText(string(name))
			if ok {
				if index < 0 {
					return nil, reError("negative group number")
				}
			} else {
				if !isIdentName(name) {
					return nil, reError("bad character in group name")
				}
				g, found := p.prog.GroupIndex[string(name)]
				if !found {
					return nil, py.Errorf(py.IndexError, "unknown group name")
				}
				index = g
			}
			addGroup(index)
		case c == '0':
			digits := []rune{c}
			if nextIs(isOct) {
				t, err := get()
				if err != nil {
					return nil, err
				}
				digits = append(digits, t.ch)
				if nextIs(isOct) {
					t, err := get()
					if err != nil {
						return nil, err
					}
					digits = append(digits, t.ch)
				}
			}
			v, _ := strconv.ParseInt(string(digits), 8, 32)
			lit = append(lit, rune(v&0xff))
		case isDigit(c):
			digits := []rune{c}
			octal := false
			if nextIs(isDigit) {
				t, err := get()
				if err != nil {
					return nil, err
				}
				digits = append(digits, t.ch)
				if isOct(c) && isOct(digits[1]) && nextIs(isOct) {
					t, err := get()
					if err != nil {
						return nil, err
					}
					digits = append(digits, t.ch)
					octal = true
					v, _ := strconv.ParseInt(string(digits), 8, 32)
					lit = append(lit, rune(v&0xff))
				}
			}
			if !octal {
				g, _ := strconv.Atoi(string(digits))
				addGroup(g)
			}
		default:
			switch c {
			case 'a':
				lit = append(lit, 7)
			case 'b':
				lit = append(lit, 8)
			case 'f':
				lit = append(lit, 12)
			case 'n':
				lit = append(lit, 10)
			case 'r':
				lit = append(lit, 13)
			case 't':
				lit = append(lit, 9)
			case 'v':
				lit = append(lit, 11)
			case '\\':
				lit = append(lit, '\\')
			default:
				lit = append(lit, '\\', c)
			}
		}
	}
	flush()
	for _, pc := range tp.pieces {
		if pc.group >= 0 {
			tp.groups = append(tp.groups, pc.group)
		} else {
			tp.literals = append(tp.literals, pc.text)
			tp.literalObjs = append(tp.literalObjs, textObject(pc.text, kind))
		}
	}
	return tp, nil
}

// encodeChars turns template characters into the text of the template's
// kind (code points for str, bytes for bytes).
func encodeChars(r []rune, kind int) string {
	if kind == kindStr {
		return runesText(r)
	}
	b := make([]byte, len(r))
	for i, c := range r {
		b[i] = byte(c)
	}
	return string(b)
}

func textObject(text string, kind int) py.Object {
	switch kind {
	case kindStr:
		return py.NewStr(text)
	case kindBytes:
		return py.NewBytes(text)
	}
	return py.NewByteArray([]byte(text))
}

func isIdentName(name []rune) bool {
	if len(name) == 0 {
		return false
	}
	for i, c := range name {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || i > 0 && isDigit(c)
		if !ok {
			return false
		}
	}
	return true
}

// pyIntText parses a group number as int() does.
func pyIntText(s string) (int, bool) {
	i, j := 0, len(s)
	isSpace := func(c byte) bool { return c == ' ' || c >= 9 && c <= 13 }
	for i < j && isSpace(s[i]) {
		i++
	}
	for j > i && isSpace(s[j-1]) {
		j--
	}
	v, err := strconv.ParseInt(s[i:j], 10, 64)
	if err != nil {
		return 0, false
	}
	return int(v), true
}

// compatible reports whether pieces of kind a can be joined into text of
// kind b.
func compatible(a, b int) bool {
	if a == kindStr || b == kindStr {
		return a == b
	}
	return true
}

// checkExpand raises the errors expand_template raises for this match:
// a bad group reference, an unmatched group, a piece of the wrong type.
func (tp *template) checkExpand(s *subject, st *regex.State, groups int) error {
	for _, pc := range tp.pieces {
		if pc.group < 0 {
			continue
		}
		if pc.group > groups {
			return reError("invalid group reference")
		}
		if a, _ := st.Span(pc.group); a < 0 {
			return reError("unmatched group")
		}
	}
	if !compatible(tp.kind, s.kind) {
		for i, pc := range tp.pieces {
			if pc.group < 0 {
				if s.kind == kindStr {
					return py.Errorf(py.TypeError, "sequence item %d: expected str instance, %s found", i, kindName(tp.kind))
				}
				if s.kind == kindBytes {
					return py.Errorf(py.TypeError, "sequence item %d: expected bytes, %s found", i, kindName(tp.kind))
				}
				return py.Errorf(py.TypeError, "can only join an iterable of bytes (item %d has type '%s')", i, kindName(tp.kind))
			}
		}
	}
	return nil
}

func kindName(k int) string {
	switch k {
	case kindStr:
		return "str"
	case kindBytes:
		return "bytes"
	}
	return "bytearray"
}

// expandInto appends the expansion for the current match to res.
func (tp *template) expandInto(t *py.Thread, res *result, s *subject, st *regex.State, p *Pattern) error {
	if err := tp.checkExpand(s, st, p.prog.Groups); err != nil {
		return err
	}
	if res.items != nil {
		// generic path: one item, as expand_template joins its pieces
		var buf []byte
		for _, pc := range tp.pieces {
			if pc.group < 0 {
				buf = append(buf, pc.text...)
			} else {
				a, b := st.Span(pc.group)
				buf = s.appendSlice(buf, a, b)
			}
		}
		res.items = append(res.items, res.make(buf))
		res.n++
		return nil
	}
	for _, pc := range tp.pieces {
		if pc.group < 0 {
			res.buf = append(res.buf, pc.text...)
		} else {
			a, b := st.Span(pc.group)
			res.buf = s.appendSlice(res.buf, a, b)
		}
	}
	res.n++
	return nil
}
