package pyio

import (
	"strings"

	"github.com/taipan-py/taipan/internal/pystr"
	"github.com/taipan-py/taipan/py"
)

// StringIO is io.StringIO: a text stream over code points in memory.
//
// Text is kept as code points (so seek and tell, which count code
// points, index directly); getvalue caches the str it builds until the
// next change.
type StringIO struct {
	py.Ext
	buf    []rune
	pos    int
	closed bool
	value  *py.Str // getvalue's result, nil after a change

	// Newline handling, as the newline argument sets it (see
	// TextIOWrapper): lines end at \r, \n or \r\n when readUniversal;
	// written \r\n and \r become \n when readTranslate; written \n becomes
	// writeNL when that is set.
	newline       py.Object // the argument (None or a str), for __getstate__
	readUniversal bool
	readTranslate bool
	readNL        string
	writeNL       string
	seenNL        uint8
	pendingCR     bool // translation: a \r ended the last write
}

// StringIOType is io.StringIO.
var StringIOType = &py.Type{Name: "StringIO", Module: "_io", Base: TextIOBaseType, Flags: py.FlagBaseType | py.FlagHasDict}

// Type returns StringIO, or the subclass.
func (s *StringIO) Type() *py.Type {
	if typ := s.ExtType(); typ != nil {
		return typ
	}
	return StringIOType
}

func asStringIO(self py.Object) *StringIO { return self.(*StringIO) }

// NewStringIO returns an empty StringIO with newline "\n" (what
// StringIO() makes).
func NewStringIO() *StringIO {
	s := &StringIO{Ext: py.NewExt(StringIOType, nil), newline: py.NewStr("\n"), readNL: "\n"}
	return s
}

func (s *StringIO) check() error {
	if s.closed {
		return closedError(msgClosed)
	}
	return nil
}

// Value returns everything written (getvalue()).
func (s *StringIO) Value() *py.Str {
	if s.value == nil {
		s.value = py.NewStr(runesText(s.buf))
	}
	return s.value
}

func runesText(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		if r < 0x80 {
			b = append(b, byte(r))
		} else {
			b = pystr.AppendRune(b, r)
		}
	}
	return string(b)
}

func appendRunes(dst []rune, s string) []rune {
	for i := 0; i < len(s); {
		if c := s[i]; c < 0x80 {
			dst = append(dst, rune(c))
			i++
			continue
		}
		r, n := pystr.DecodeRune(s[i:])
		dst = append(dst, r)
		i += n
	}
	return dst
}

// translateWrite applies the newline rules of a write to text.
func (s *StringIO) translateWrite(text string) string {
	if s.readUniversal {
		if s.pendingCR {
			text = "\r" + text
			s.pendingCR = false
		}
		// Record (and, translating, rewrite) the line endings. A final
		// \r is taken as it is: a write is a complete chunk.
		if strings.ContainsAny(text, "\r\n") {
			var b strings.Builder
			for i := 0; i < len(text); i++ {
				c := text[i]
				switch {
				case c == '\r' && i+1 < len(text) && text[i+1] == '\n':
					s.seenNL |= seenCRLF
					if s.readTranslate {
						b.WriteByte('\n')
					} else {
						b.WriteString("\r\n")
					}
					i++
				case c == '\r':
					s.seenNL |= seenCR
					if s.readTranslate {
						b.WriteByte('\n')
					} else {
						b.WriteByte('\r')
					}
				case c == '\n':
					s.seenNL |= seenLF
					b.WriteByte('\n')
				default:
					b.WriteByte(c)
				}
			}
			text = b.String()
		}
	}
	if s.writeNL != "" && strings.IndexByte(text, '\n') >= 0 {
		text = strings.ReplaceAll(text, "\n", s.writeNL)
	}
	return text
}

// WriteString writes text at the position (StringIO.write).
func (s *StringIO) WriteString(text string) {
	text = s.translateWrite(text)
	if text == "" {
		return
	}
	s.value = nil
	if s.pos == len(s.buf) {
		s.buf = appendRunes(s.buf, text)
		s.pos = len(s.buf)
		return
	}
	if s.pos > len(s.buf) {
		for len(s.buf) < s.pos {
			s.buf = append(s.buf, 0)
		}
		s.buf = appendRunes(s.buf, text)
		s.pos = len(s.buf)
		return
	}
	rs := appendRunes(nil, text)
	end := s.pos + len(rs)
	if end > len(s.buf) {
		s.buf = append(s.buf[:s.pos], rs...)
	} else {
		copy(s.buf[s.pos:], rs)
	}
	s.pos = end
}

func (s *StringIO) read(n int) string {
	if s.pos >= len(s.buf) {
		return ""
	}
	rest := s.buf[s.pos:]
	if n < 0 || n > len(rest) {
		n = len(rest)
	}
	s.pos += n
	if s.pos == len(s.buf) && n == len(s.buf) {
		return s.Value().String()
	}
	return runesText(rest[:n])
}

// lineEnd returns the length of the first line of rs, ending included,
// or -1 when rs holds no line ending.
func (s *StringIO) lineEnd(rs []rune) int {
	switch {
	case s.readTranslate:
		for i, r := range rs {
			if r == '\n' {
				return i + 1
			}
		}
	case s.readUniversal:
		for i, r := range rs {
			if r == '\n' {
				return i + 1
			}
			if r == '\r' {
				if i+1 < len(rs) && rs[i+1] == '\n' {
					return i + 2
				}
				return i + 1
			}
		}
	default:
		nl := []rune(s.readNL)
	outer:
		for i := 0; i+len(nl) <= len(rs); i++ {
			for k, r := range nl {
				if rs[i+k] != r {
					continue outer
				}
			}
			return i + len(nl)
		}
	}
	return -1
}

func (s *StringIO) readline(limit int) string {
	if s.pos >= len(s.buf) {
		return ""
	}
	rest := s.buf[s.pos:]
	if limit >= 0 && limit < len(rest) {
		rest = rest[:limit]
	}
	n := s.lineEnd(rest)
	if n < 0 {
		n = len(rest)
	}
	s.pos += n
	return runesText(rest[:n])
}

func stringioNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return &StringIO{Ext: py.NewExt(typ, nil), newline: py.NewStr("\n"), readNL: "\n"}, nil
}

func stringioInit(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) error {
	var initial, newline py.Object
	if err := py.ParseArgs("StringIO", args, kwnames, []string{"initial_value", "newline"}, 0, &initial, &newline); err != nil {
		return err
	}
	s := asStringIO(self)
	nl := "\n"
	if newline == nil {
		newline = py.NewStr("\n")
	}
	hasNL := newline != py.None
	if hasNL {
		ns, ok := newline.(*py.Str)
		if !ok {
			return py.Errorf(py.TypeError, "newline must be str or None, not %s", newline.Type().Name)
		}
		nl = ns.String()
		if nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n" {
			r, err := py.Repr(t, ns)
			if err != nil {
				return err
			}
			return py.Errorf(py.ValueError, "illegal newline value: %s", r)
		}
	}
	var text string
	if initial != nil && initial != py.None {
		is, ok := initial.(*py.Str)
		if !ok {
			return py.Errorf(py.TypeError, "initial_value must be str or None, not %s", initial.Type().Name)
		}
		text = is.String()
	}
	*s = StringIO{Ext: s.Ext, newline: newline}
	s.readUniversal = !hasNL || nl == ""
	s.readTranslate = !hasNL
	if hasNL {
		s.readNL = nl
	}
	if hasNL && (nl == "\r" || nl == "\r\n") {
		s.writeNL = nl
	}
	if text != "" {
		s.WriteString(text)
		s.pos = 0
	}
	return nil
}

func stringMethod(name string, fn func(t *py.Thread, s *StringIO, args []py.Object, kwnames *py.Tuple) (py.Object, error)) py.MethodDef {
	return py.MethodDef{Name: name, Fn: func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		return fn(t, asStringIO(self), args, kwnames)
	}}
}

func stringNoArgs(name string, fn func(s *StringIO) py.Object) py.MethodDef {
	return stringMethod(name, func(t *py.Thread, s *StringIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := noArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		if err := s.check(); err != nil {
			return nil, err
		}
		return fn(s), nil
	})
}

func init() {
	t := StringIOType
	t.Doc = "Text I/O implementation using an in-memory buffer.\n\nThe initial_value argument sets the value of object.  The newline\nargument is like the one of TextIOWrapper's constructor."
	t.New = stringioNew
	t.Init = stringioInit
	t.Iter = iobaseIter
	t.Next = func(th *py.Thread, self py.Object) (py.Object, error) {
		s := asStringIO(self)
		if s.Type() != StringIOType {
			line, err := callMethod(th, self, strReadline)
			if err != nil {
				return nil, err
			}
			ls, ok := line.(*py.Str)
			if !ok {
				return nil, py.Errorf(py.IOError, "readline() should have returned an str object, not '%s'", line.Type().Name)
			}
			if ls.String() == "" {
				return nil, nil
			}
			return line, nil
		}
		if err := s.check(); err != nil {
			return nil, err
		}
		line := s.readline(-1)
		if line == "" {
			return nil, nil
		}
		return py.NewStr(line), nil
	}
	yes := func(s *StringIO) py.Object { return py.True }
	t.AddMethods(
		stringNoArgs("getvalue", func(s *StringIO) py.Object { return s.Value() }),
		stringNoArgs("readable", yes),
		stringNoArgs("writable", yes),
		stringNoArgs("seekable", yes),
		stringNoArgs("tell", func(s *StringIO) py.Object { return py.NewInt(int64(s.pos)) }),
		stringMethod("close", func(t *py.Thread, s *StringIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			if err := noArgs("close", args, kwnames); err != nil {
				return nil, err
			}
			s.closed = true
			s.buf, s.value = nil, nil
			return py.None, nil
		}),
		stringMethod("read", func(t *py.Thread, s *StringIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			n, err := sizeArg(t, "read", args, kwnames)
			if err != nil {
				return nil, err
			}
			if err := s.check(); err != nil {
				return nil, err
			}
			return py.NewStr(s.read(n)), nil
		}),
		stringMethod("readline", func(t *py.Thread, s *StringIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			n, err := sizeArg(t, "readline", args, kwnames)
			if err != nil {
				return nil, err
			}
			if err := s.check(); err != nil {
				return nil, err
			}
			return py.NewStr(s.readline(n)), nil
		}),
		stringMethod("write", func(t *py.Thread, s *StringIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			o, err := py.OneArg("write", args, kwnames)
			if err != nil {
				return nil, err
			}
			if err := s.check(); err != nil {
				return nil, err
			}
			str, ok := o.(*py.Str)
			if !ok {
				return nil, py.Errorf(py.TypeError, "string argument expected, got '%s'", o.Type().Name)
			}
			s.WriteString(str.String())
			return py.NewInt(int64(str.Len())), nil
		}),
		stringMethod("seek", stringioSeek),
		stringMethod("truncate", stringioTruncate),
		stringMethod("__getstate__", stringioGetState),
		stringMethod("__setstate__", stringioSetState),
	)
	t.AddGetSets(
		py.GetSetDef{Name: "closed", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return py.NewBool(asStringIO(self).closed), nil
		}},
		py.GetSetDef{Name: "line_buffering", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			if err := asStringIO(self).check(); err != nil {
				return nil, err
			}
			return py.False, nil
		}},
		py.GetSetDef{Name: "newlines", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			s := asStringIO(self)
			if err := s.check(); err != nil {
				return nil, err
			}
			if !s.readUniversal {
				return py.None, nil
			}
			return newlinesValue(s.seenNL), nil
		}},
	)
	py.RegisterTypes(StringIOType)
}

// newlinesValue is the newlines attribute for the kinds of line ending
// seen: None, one str, or a tuple of them.
func newlinesValue(seen uint8) py.Object {
	var kinds []py.Object
	if seen&seenCR != 0 {
		kinds = append(kinds, py.NewStr("\r"))
	}
	if seen&seenLF != 0 {
		kinds = append(kinds, py.NewStr("\n"))
	}
	if seen&seenCRLF != 0 {
		kinds = append(kinds, py.NewStr("\r\n"))
	}
	switch len(kinds) {
	case 0:
		return py.None
	case 1:
		return kinds[0]
	}
	return py.NewTuple(kinds...)
}

func stringioSeek(t *py.Thread, s *StringIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var posArg, whenceArg py.Object
	if err := py.ParseTuple("seek", args, kwnames, 1, 2, &posArg, &whenceArg); err != nil {
		return nil, err
	}
	pos, err := py.ArgIndex(t, posArg)
	if err != nil {
		return nil, err
	}
	whence := 0
	if whenceArg != nil {
		if whence, err = py.ArgInt(t, whenceArg); err != nil {
			return nil, err
		}
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	switch {
	case whence != 0 && whence != 1 && whence != 2:
		return nil, py.Errorf(py.ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence)
	case pos < 0 && whence == 0:
		return nil, py.Errorf(py.ValueError, "Negative seek position %d", pos)
	case whence != 0 && pos != 0:
		return nil, py.Errorf(py.IOError, "Can't do nonzero cur-relative seeks")
	}
	switch whence {
	case 1:
		pos = s.pos
	case 2:
		pos = len(s.buf)
	}
	s.pos = pos
	return py.NewInt(int64(pos)), nil
}

func stringioTruncate(t *py.Thread, s *StringIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var sizeObj py.Object
	if err := py.ParseTuple("truncate", args, kwnames, 0, 1, &sizeObj); err != nil {
		return nil, err
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	size := s.pos
	if sizeObj != nil && sizeObj != py.None {
		n, err := py.ArgIndex(t, sizeObj)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.Errorf(py.ValueError, "Negative size value %d", n)
		}
		size = n
	}
	if size < len(s.buf) {
		s.buf = s.buf[:size]
		s.value = nil
	}
	return py.NewInt(int64(size)), nil
}

func stringioGetState(t *py.Thread, s *StringIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("__getstate__", args, kwnames); err != nil {
		return nil, err
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	var dict py.Object = py.None
	if d := py.InstanceDict(s); d != nil && d.Len() > 0 {
		dict = d.Copy()
	}
	return py.NewTuple(s.Value(), s.newline, py.NewInt(int64(s.pos)), dict), nil
}

func stringioSetState(t *py.Thread, s *StringIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	o, err := py.OneArg("__setstate__", args, kwnames)
	if err != nil {
		return nil, err
	}
	st, ok := o.(*py.Tuple)
	if !ok || len(st.Items) < 4 {
		return nil, py.Errorf(py.TypeError, "%s.__setstate__ argument should be 4-tuple, got %s", s.Type().Name, o.Type().Name)
	}
	// The value is restored as it was, without newline translation.
	if err := stringioInit(t, s, []py.Object{py.None, st.Items[1]}, nil); err != nil {
		return nil, err
	}
	text, ok := st.Items[0].(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "initial_value must be str, not %s", st.Items[0].Type().Name)
	}
	s.buf = appendRunes(nil, text.String())
	pos, err := py.ArgIndex(t, st.Items[2])
	if err != nil {
		return nil, err
	}
	if pos < 0 {
		return nil, py.Errorf(py.ValueError, "position value cannot be negative")
	}
	s.pos = pos
	if d, ok := st.Items[3].(*py.Dict); ok {
		if own := py.InstanceDict(s); own != nil {
			p := 0
			for {
				k, v, ok := d.Next(&p)
				if !ok {
					break
				}
				if err := own.SetItem(t, k, v); err != nil {
					return nil, err
				}
			}
		}
	}
	return py.None, nil
}
