package remod

import (
	"fmt"
	"unicode/utf8"

	"github.com/taipan-py/taipan/internal/pystr"
	"github.com/taipan-py/taipan/internal/regex"
	"github.com/taipan-py/taipan/py"
)

// Pattern is a compiled regular expression (_sre.SRE_Pattern).
type Pattern struct {
	prog       *regex.Prog
	pattern    py.Object // the source: str, bytes, or None
	isBytes    bool
	groupindex *py.Dict
	indexgroup []py.Object // name of each group number, or nil

	free *regex.State // a state not in use, kept for the next match

	// The code points of the last non-ASCII str searched (a loop of
	// searches over one string decodes it once).
	lastStr   *py.Str
	lastRunes []rune

	// the last replacement template parsed
	lastRepl     string
	lastReplKind int
	lastTemplate *template
}

// PatternType is _sre.SRE_Pattern.
var PatternType = &py.Type{Name: "SRE_Pattern", Module: "_sre"}

// Type returns SRE_Pattern.
func (p *Pattern) Type() *py.Type { return PatternType }

func newPattern(src py.Object, prog *regex.Prog, isBytes bool) *Pattern {
	p := &Pattern{prog: prog, pattern: src, isBytes: isBytes, groupindex: py.NewDict()}
	p.indexgroup = make([]py.Object, prog.Groups+1)
	for _, name := range prog.Names {
		n := prog.GroupIndex[name]
		k := py.NewStr(name)
		p.groupindex.SetStr(k, py.NewInt(int64(n)))
		p.indexgroup[n] = k
	}
	return p
}

func (p *Pattern) getState() *regex.State {
	if st := p.free; st != nil {
		p.free = nil
		return st
	}
	return p.prog.NewState()
}

func (p *Pattern) putState(st *regex.State) { p.free = st }

// subject is a string being matched: the original object, its text, and
// the engine's view of it.
type subject struct {
	obj  py.Object
	kind int    // kindStr, kindBytes, kindByteArray, kindBuffer
	text string // str (UTF-8) or bytes
	t    *py.Thread
	sub  regex.Subject
}

const (
	kindStr = iota
	kindBytes
	kindByteArray
	kindBuffer // another object with the buffer interface (memoryview, ...)
)

// decodeRunes returns the code points of Python text.
func decodeRunes(s string) []rune {
	r := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			r = append(r, rune(c))
			i++
			continue
		}
		x, n := pystr.DecodeRune(s[i:])
		if n == 0 {
			n = 1
		}
		r = append(r, x)
		i += n
	}
	return r
}

func appendRune(b []byte, r rune) []byte { return pystr.AppendRune(b, r) }

// getSubject checks and prepares the string argument.
func (p *Pattern) getSubject(t *py.Thread, o py.Object) (subject, error) {
	switch s := o.(type) {
	case *py.Str:
		if p.isBytes && p.pattern != py.None {
			return subject{}, py.Errorf(py.TypeError, "can't use a bytes pattern on a string-like object")
		}
		text := s.String()
		if s.Len() == len(text) {
			return subject{obj: o, kind: kindStr, text: text, sub: regex.Subject{B: regex.BytesOf(text)}}, nil
		}
		if p.lastStr != s {
			p.lastStr = s
			p.lastRunes = decodeRunes(text)
		}
		return subject{obj: o, kind: kindStr, text: text, sub: regex.Subject{R: p.lastRunes, Wide: true}}, nil
	case *py.Bytes:
		if !p.isBytes && p.pattern != py.None {
			return subject{}, py.Errorf(py.TypeError, "can't use a string pattern on a bytes-like object")
		}
		text := s.String()
		return subject{obj: o, kind: kindBytes, text: text, sub: regex.Subject{B: regex.BytesOf(text)}}, nil
	case *py.ByteArray:
		if !p.isBytes && p.pattern != py.None {
			return subject{}, py.Errorf(py.TypeError, "can't use a string pattern on a bytes-like object")
		}
		b := s.Bytes()
		return subject{obj: o, kind: kindByteArray, text: string(b), sub: regex.Subject{B: b}}, nil
	case py.BufferExporter:
		if !p.isBytes && p.pattern != py.None {
			return subject{}, py.Errorf(py.TypeError, "can't use a string pattern on a bytes-like object")
		}
		b, err := py.GetBuffer(o, false)
		if err != nil {
			return subject{}, py.Errorf(py.TypeError, "expected string or buffer")
		}
		text := string(b)
		return subject{obj: o, kind: kindBuffer, text: text, t: t, sub: regex.Subject{B: regex.BytesOf(text)}}, nil
	}
	return subject{}, py.Errorf(py.TypeError, "expected string or buffer")
}

// slice returns string[i:j] as the subject's type.
func (s *subject) slice(i, j int) py.Object {
	if j < i {
		j = i
	}
	switch s.kind {
	case kindStr:
		if s.sub.Wide {
			return py.NewStr(runesText(s.sub.R[i:j]))
		}
		return py.NewStr(s.text[i:j])
	case kindBytes:
		return py.NewBytes(s.text[i:j])
	case kindBuffer:
		// PySequence_GetSlice: what the object's own slicing gives
		v, err := py.GetItem(s.t, s.obj, py.NewSlice(py.NewInt(int64(i)), py.NewInt(int64(j)), py.None))
		if err != nil {
			return py.None
		}
		return v
	}
	b := make([]byte, j-i)
	copy(b, s.text[i:j])
	return py.NewByteArray(b)
}

// appendSlice appends the text of string[i:j] to buf.
func (s *subject) appendSlice(buf []byte, i, j int) []byte {
	if j <= i {
		return buf
	}
	if s.sub.Wide {
		for _, r := range s.sub.R[i:j] {
			buf = pystr.AppendRune(buf, r)
		}
		return buf
	}
	return append(buf, s.text[i:j]...)
}

func runesText(r []rune) string {
	b := make([]byte, 0, len(r))
	for _, c := range r {
		b = pystr.AppendRune(b, c)
	}
	return string(b)
}

// span clamps pos and endpos as state_init does.
func clampSpan(n, pos, endpos int) (int, int) {
	if pos < 0 {
		pos = 0
	} else if pos > n {
		pos = n
	}
	if endpos < 0 {
		endpos = 0
	} else if endpos > n {
		endpos = n
	}
	return pos, endpos
}

// posArgs converts optional pos and endpos arguments.
func posArgs(t *py.Thread, posObj, endObj py.Object) (int, int, error) {
	pos, endpos := 0, maxPos
	var err error
	if posObj != nil {
		if pos, err = py.ArgIndex(t, posObj); err != nil {
			return 0, 0, err
		}
	}
	if endObj != nil {
		if endpos, err = py.ArgIndex(t, endObj); err != nil {
			return 0, 0, err
		}
	}
	return pos, endpos, nil
}

func (p *Pattern) matchOrSearch(t *py.Thread, str py.Object, pos, endpos int, search bool) (py.Object, error) {
	s, err := p.getSubject(t, str)
	if err != nil {
		return nil, err
	}
	pos, endpos = clampSpan(s.sub.Len(), pos, endpos)
	st := p.getState()
	ok := p.prog.Match(st, &s.sub, pos, endpos, search)
	if !ok {
		p.putState(st)
		return py.None, nil
	}
	m := newMatch(p, &s, st, pos, endpos)
	p.putState(st)
	return m, nil
}

// findall is pattern.findall.
func (p *Pattern) findall(t *py.Thread, str py.Object, pos, endpos int) (py.Object, error) {
	s, err := p.getSubject(t, str)
	if err != nil {
		return nil, err
	}
	pos, endpos = clampSpan(s.sub.Len(), pos, endpos)
	st := p.getState()
	defer p.putState(st)
	var items []py.Object
	groups := p.prog.Groups
	start := pos
	for start <= endpos {
		if !p.prog.Match(st, &s.sub, start, endpos, true) {
			break
		}
		switch groups {
		case 0:
			items = append(items, s.slice(st.Start, st.Ptr))
		case 1:
			a, b := st.Span(1)
			if a < 0 {
				a, b = 0, 0
			}
			items = append(items, s.slice(a, b))
		default:
			tup := py.MakeTuple(groups)
			for g := 1; g <= groups; g++ {
				a, b := st.Span(g)
				if a < 0 {
					a, b = 0, 0
				}
				tup.Items[g-1] = s.slice(a, b)
			}
			items = append(items, tup)
		}
		if st.Ptr == st.Start {
			start = st.Ptr + 1
		} else {
			start = st.Ptr
		}
	}
	return py.NewList(items...), nil
}

// split is pattern.split.
func (p *Pattern) split(t *py.Thread, str py.Object, maxsplit int) (py.Object, error) {
	s, err := p.getSubject(t, str)
	if err != nil {
		return nil, err
	}
	n := s.sub.Len()
	st := p.getState()
	defer p.putState(st)
	var items []py.Object
	last, start := 0, 0
	count := 0
	for maxsplit == 0 || count < maxsplit {
		if !p.prog.Match(st, &s.sub, start, n, true) {
			break
		}
		if st.Start == st.Ptr {
			if last == n {
				break
			}
			start = st.Ptr + 1
			continue
		}
		items = append(items, s.slice(last, st.Start))
		for g := 1; g <= p.prog.Groups; g++ {
			a, b := st.Span(g)
			if a < 0 {
				items = append(items, py.None)
			} else {
				items = append(items, s.slice(a, b))
			}
		}
		count++
		last, start = st.Ptr, st.Ptr
	}
	items = append(items, s.slice(last, n))
	return py.NewList(items...), nil
}

// result builds the result of sub: the text of the pieces, or a list to
// join with the subject's join method when a piece is not of the
// subject's type.
type result struct {
	s     *subject
	buf   []byte
	items []py.Object // the pieces, once the generic path is taken
	n     int
}

func (r *result) addSlice(i, j int) {
	if r.items != nil {
		r.items = append(r.items, r.s.slice(i, j))
	} else {
		r.buf = r.s.appendSlice(r.buf, i, j)
	}
	r.n++
}

func (r *result) addText(text string) {
	if r.items != nil {
		if r.s.kind == kindStr {
			r.items = append(r.items, py.NewStr(text))
		} else {
			r.items = append(r.items, py.NewBytes(text))
		}
	} else {
		r.buf = append(r.buf, text...)
	}
	r.n++
}

func (r *result) addObject(o py.Object) error {
	if r.items == nil {
		switch v := o.(type) {
		case *py.Str:
			if r.s.kind == kindStr {
				r.buf = append(r.buf, v.String()...)
				r.n++
				return nil
			}
		case *py.Bytes:
			if r.s.kind == kindBytes {
				r.buf = append(r.buf, v.String()...)
				r.n++
				return nil
			}
		case *py.ByteArray:
			if r.s.kind == kindBytes {
				r.buf = append(r.buf, v.Bytes()...)
				r.n++
				return nil
			}
		}
		if r.s.kind == kindStr {
			return py.Errorf(py.TypeError, "sequence item %d: expected str instance, %s found", r.n, o.Type().Name)
		}
		// let bytes.join judge the piece: the pieces so far become one item
		r.items = []py.Object{}
		if len(r.buf) > 0 {
			r.items = append(r.items, r.make(r.buf))
		}
	}
	r.items = append(r.items, o)
	r.n++
	return nil
}

func (r *result) make(b []byte) py.Object {
	switch r.s.kind {
	case kindStr:
		return py.NewStr(string(b))
	case kindBytes:
		return py.NewBytes(string(b))
	}
	return py.NewByteArray(b)
}

func (r *result) finish(t *py.Thread) (py.Object, error) {
	if r.items == nil {
		return r.make(r.buf), nil
	}
	joiner := r.s.slice(0, 0)
	join, err := py.GetAttr(t, joiner, py.NewStr("join"))
	if err != nil {
		return nil, err
	}
	// The first item holds the pieces gathered before the generic path
	// was taken; CPython's list had them separately, which only changes
	// the item number in an error message when that item is empty.
	return py.Call(t, join, []py.Object{py.NewList(r.items...)}, nil)
}

// subx is pattern.sub and pattern.subn.
func (p *Pattern) subx(t *py.Thread, repl, str py.Object, count int, subn bool) (py.Object, error) {
	var filter py.Object // a callable
	var literal py.Object
	var tmpl *template
	if repl.Type().Call != nil {
		filter = repl
	} else {
		var text string
		kind := -1
		switch r := repl.(type) {
		case *py.Str:
			text, kind = r.String(), kindStr
		case *py.Bytes:
			text, kind = r.String(), kindBytes
		case *py.ByteArray:
			text, kind = string(r.Bytes()), kindByteArray
		}
		if kind >= 0 && !hasBackslash(text) {
			literal = repl
		} else {
			tp, err := p.compileTemplate(t, repl, text, kind)
			if err != nil {
				return nil, err
			}
			if len(tp.groups) == 0 && len(tp.literals) == 1 {
				literal = tp.literalObjs[0]
			} else {
				tmpl = tp
			}
		}
	}
	s, err := p.getSubject(t, str)
	if err != nil {
		return nil, err
	}
	endpos := s.sub.Len()
	st := p.getState()
	defer p.putState(st)
	res := &result{s: &s}
	if s.kind == kindByteArray || s.kind == kindBuffer {
		res.items = []py.Object{}
	}
	n, i, start := 0, 0, 0
	for count == 0 || n < count {
		if !p.prog.Match(st, &s.sub, start, endpos, true) {
			break
		}
		b, e := st.Start, st.Ptr
		if i < b {
			res.addSlice(i, b)
		} else if i == b && i == e && n > 0 {
			goto next
		}
		switch {
		case filter != nil:
			m := newMatch(p, &s, st, 0, endpos)
			v, err := py.Call(t, filter, []py.Object{m}, nil)
			if err != nil {
				return nil, err
			}
			if v != py.None {
				if err := res.addObject(v); err != nil {
					return nil, err
				}
			}
		case literal != nil:
			if err := res.addObject(literal); err != nil {
				return nil, err
			}
		default:
			if err := tmpl.expandInto(t, res, &s, st, p); err != nil {
				return nil, err
			}
		}
		i = e
		n++
	next:
		if st.Ptr == st.Start {
			start = st.Ptr + 1
		} else {
			start = st.Ptr
		}
	}
	if i < endpos {
		res.addSlice(i, endpos)
	}
	out, err := res.finish(t)
	if err != nil {
		return nil, err
	}
	if subn {
		return py.NewTuple2(out, py.NewInt(int64(n))), nil
	}
	return out, nil
}

func hasBackslash(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			return true
		}
	}
	return false
}

func (p *Pattern) finditer(t *py.Thread, str py.Object, pos, endpos int) (py.Object, error) {
	sc, err := p.newScanner(t, str, pos, endpos)
	if err != nil {
		return nil, err
	}
	return &matchIter{sc: sc}, nil
}

func asPattern(o py.Object) *Pattern { return o.(*Pattern) }

var (
	matchKw   = []string{"pattern", "pos", "endpos"}
	findallKw = []string{"source", "pos", "endpos"}
	splitKw   = []string{"source", "maxsplit"}
	subKw     = []string{"repl", "string", "count"}
)

func init() {
	t := PatternType
	t.Repr = func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.NewStr(fmt.Sprintf("<_sre.SRE_Pattern object at %#x>", py.ObjectID(self))), nil
	}
	matchFn := func(name string, search bool) py.MethodFunc {
		return func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			var str, pos, end py.Object
			if err := py.ParseArgs(name, args, kw, matchKw, 1, &str, &pos, &end); err != nil {
				return nil, err
			}
			a, b, err := posArgs(th, pos, end)
			if err != nil {
				return nil, err
			}
			return asPattern(self).matchOrSearch(th, str, a, b, search)
		}
	}
	subFn := func(name string, subn bool) py.MethodFunc {
		return func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			var repl, str, cnt py.Object
			if err := py.ParseArgs(name, args, kw, subKw, 2, &repl, &str, &cnt); err != nil {
				return nil, err
			}
			n := 0
			if cnt != nil {
				var err error
				if n, err = py.ArgIndex(th, cnt); err != nil {
					return nil, err
				}
			}
			return asPattern(self).subx(th, repl, str, n, subn)
		}
	}
	t.AddMethods(
		py.MethodDef{Name: "match", Fn: matchFn("match", false)},
		py.MethodDef{Name: "search", Fn: matchFn("search", true)},
		py.MethodDef{Name: "sub", Fn: subFn("sub", false)},
		py.MethodDef{Name: "subn", Fn: subFn("subn", true)},
		py.MethodDef{Name: "split", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			var str, maxsplit py.Object
			if err := py.ParseArgs("split", args, kw, splitKw, 1, &str, &maxsplit); err != nil {
				return nil, err
			}
			n := 0
			if maxsplit != nil {
				var err error
				if n, err = py.ArgIndex(th, maxsplit); err != nil {
					return nil, err
				}
			}
			return asPattern(self).split(th, str, n)
		}},
		py.MethodDef{Name: "findall", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			var str, pos, end py.Object
			if err := py.ParseArgs("findall", args, kw, findallKw, 1, &str, &pos, &end); err != nil {
				return nil, err
			}
			a, b, err := posArgs(th, pos, end)
			if err != nil {
				return nil, err
			}
			return asPattern(self).findall(th, str, a, b)
		}},
		py.MethodDef{Name: "finditer", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			if py.NumKw(kw) > 0 {
				return nil, py.Errorf(py.TypeError, "finditer() takes no keyword arguments")
			}
			str, pos, end, err := scannerArgs("scanner", args)
			if err != nil {
				return nil, err
			}
			a, b, err := posArgs(th, pos, end)
			if err != nil {
				return nil, err
			}
			return asPattern(self).finditer(th, str, a, b)
		}},
		py.MethodDef{Name: "scanner", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			if py.NumKw(kw) > 0 {
				return nil, py.Errorf(py.TypeError, "scanner() takes no keyword arguments")
			}
			str, pos, end, err := scannerArgs("scanner", args)
			if err != nil {
				return nil, err
			}
			a, b, err := posArgs(th, pos, end)
			if err != nil {
				return nil, err
			}
			return asPattern(self).newScanner(th, str, a, b)
		}},
		py.MethodDef{Name: "__copy__", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			return nil, py.Errorf(py.TypeError, "cannot copy this pattern object")
		}},
		py.MethodDef{Name: "__deepcopy__", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			return nil, py.Errorf(py.TypeError, "cannot deepcopy this pattern object")
		}},
	)
	t.AddGetSets(
		py.GetSetDef{Name: "pattern", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return asPattern(self).pattern, nil
		}},
		py.GetSetDef{Name: "flags", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return py.NewInt(int64(asPattern(self).prog.Flags)), nil
		}},
		py.GetSetDef{Name: "groups", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return py.NewInt(int64(asPattern(self).prog.Groups)), nil
		}},
		py.GetSetDef{Name: "groupindex", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return asPattern(self).groupindex, nil
		}},
	)
}

// scannerArgs unpacks (string, pos=0, endpos=maxsize) given by position.
func scannerArgs(name string, args []py.Object) (str, pos, end py.Object, err error) {
	switch len(args) {
	case 0:
		return nil, nil, nil, py.Errorf(py.TypeError, "%s() takes at least 1 argument (0 given)", name)
	case 1, 2, 3:
	default:
		return nil, nil, nil, py.Errorf(py.TypeError, "%s() takes at most 3 arguments (%d given)", name, len(args))
	}
	str = args[0]
	if len(args) > 1 {
		pos = args[1]
	}
	if len(args) > 2 {
		end = args[2]
	}
	return str, pos, end, nil
}
