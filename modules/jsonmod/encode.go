package jsonmod

import (
	"math"
	"strconv"

	"github.com/taipan-py/taipan/internal/pystr"
	"github.com/taipan-py/taipan/py"
)

const hexDigits = "0123456789abcdef"

// appendASCII appends s quoted as encode_basestring_ascii does: every
// character outside printable ASCII as \uXXXX (a surrogate pair above
// U+FFFF).
func appendASCII(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c >= ' ' && c <= '~' && c != '"' && c != '\\' {
			j := i + 1
			for j < len(s) && s[j] >= ' ' && s[j] <= '~' && s[j] != '"' && s[j] != '\\' {
				j++
			}
			b = append(b, s[i:j]...)
			i = j
			continue
		}
		var r rune
		if c < utf8RuneSelf {
			r = rune(c)
			i++
		} else {
			var n int
			r, n = pystr.DecodeRune(s[i:])
			if n == 0 {
				n = 1
			}
			i += n
		}
		b = appendEscape(b, r, true)
	}
	return append(b, '"')
}

const utf8RuneSelf = 0x80

// appendUnicode appends s quoted as encode_basestring does: only the
// quote, the backslash and control characters are escaped.
func appendUnicode(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b = append(b, s[start:i]...)
		b = appendEscape(b, rune(c), false)
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

func appendEscape(b []byte, r rune, ascii bool) []byte {
	switch r {
	case '"':
		return append(b, '\\', '"')
	case '\\':
		return append(b, '\\', '\\')
	case '\n':
		return append(b, '\\', 'n')
	case '\r':
		return append(b, '\\', 'r')
	case '\t':
		return append(b, '\\', 't')
	case '\b':
		return append(b, '\\', 'b')
	case '\f':
		return append(b, '\\', 'f')
	}
	if !ascii && r >= 0x20 {
		return pystr.AppendRune(b, r)
	}
	if r >= 0x10000 {
		v := r - 0x10000
		b = appendU(b, 0xd800|((v>>10)&0x3ff))
		return appendU(b, 0xdc00|(v&0x3ff))
	}
	return appendU(b, r)
}

func appendU(b []byte, r rune) []byte {
	return append(b, '\\', 'u', hexDigits[(r>>12)&15], hexDigits[(r>>8)&15], hexDigits[(r>>4)&15], hexDigits[r&15])
}

func strArg(fname string, args []py.Object, kw *py.Tuple) (*py.Str, error) {
	o, err := py.OneArg(fname, args, kw)
	if err != nil {
		return nil, err
	}
	s, ok := o.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "first argument must be a string, not %.80s", o.Type().Name)
	}
	return s, nil
}

func encodeASCIIFunc(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	s, err := strArg("encode_basestring_ascii", args, kw)
	if err != nil {
		return nil, err
	}
	return py.NewStr(string(appendASCII(nil, s.String()))), nil
}

func encodeUnicodeFunc(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	s, err := strArg("encode_basestring", args, kw)
	if err != nil {
		return nil, err
	}
	return py.NewStr(string(appendUnicode(nil, s.String()))), nil
}

// encoder is what make_encoder returns: it writes a value as JSON with
// JSONEncoder's options. With an indent it behaves as 3.2's Python
// encoder (json.encoder._make_iterencode) does, messages included;
// without one as its C encoder.
type encoder struct {
	markers   map[uintptr]bool // nil: no circular check
	def       py.Object
	strFunc   py.Object // a Python quoting function, or nil
	strMode   int       // 1 ASCII, 2 Unicode (the built-in quoting functions)
	indent    string
	hasIndent bool
	keySep    string
	itemSep   string
	sortKeys  bool
	skipKeys  bool
	allowNaN  bool
}

var encoderType = &py.Type{Name: "Encoder", Module: "_json", Doc: "_iterencode(obj, _current_indent_level) -> iterable"}

func (e *encoder) Type() *py.Type { return encoderType }

var encoderKw = []string{"markers", "default", "encoder", "indent", "key_separator",
	"item_separator", "sort_keys", "skipkeys", "allow_nan"}

func init() {
	t := encoderType
	t.New = func(th *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var a [9]py.Object
		dst := make([]*py.Object, 9)
		for i := range a {
			dst[i] = &a[i]
		}
		if err := py.ParseArgs("make_encoder", args, kw, encoderKw, 9, dst...); err != nil {
			return nil, err
		}
		e := &encoder{def: a[1]}
		if a[0] != py.None {
			if _, ok := a[0].(*py.Dict); !ok {
				return nil, py.Errorf(py.TypeError, "make_encoder() argument 1 must be dict or None, not %.200s", a[0].Type().Name)
			}
			e.markers = map[uintptr]bool{}
		}
		e.strFunc = a[2]
		if bf, ok := a[2].(*py.BuiltinFunction); ok {
			if m, ok := bf.Self.(*py.Module); ok && m.Name() == "_json" {
				switch bf.Name() {
				case "encode_basestring_ascii":
					e.strMode, e.strFunc = 1, nil
				case "encode_basestring":
					e.strMode, e.strFunc = 2, nil
				}
			}
		}
		switch ind := a[3].(type) {
		case *py.Str:
			e.indent, e.hasIndent = ind.String(), true
		case *py.Int:
			n, err := py.ArgIndex(th, ind)
			if err != nil {
				return nil, err
			}
			e.hasIndent = true
			for i := 0; i < n; i++ {
				e.indent += " "
			}
		}
		ks, ok1 := a[4].(*py.Str)
		is, ok2 := a[5].(*py.Str)
		if !ok1 || !ok2 {
			return nil, py.Errorf(py.TypeError, "make_encoder() separators must be str")
		}
		e.keySep, e.itemSep = ks.String(), is.String()
		var err error
		if e.sortKeys, err = py.IsTrue(th, a[6]); err != nil {
			return nil, err
		}
		if e.skipKeys, err = py.IsTrue(th, a[7]); err != nil {
			return nil, err
		}
		if e.allowNaN, err = py.IsTrue(th, a[8]); err != nil {
			return nil, err
		}
		return e, nil
	}
	t.Call = func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var obj, levelObj py.Object
		if err := py.ParseArgs("_iterencode", args, kw, []string{"obj", "_current_indent_level"}, 2, &obj, &levelObj); err != nil {
			return nil, err
		}
		level, err := py.ArgIndex(th, levelObj)
		if err != nil {
			return nil, err
		}
		e := self.(*encoder)
		b, err := e.encode(th, nil, obj, level)
		if err != nil {
			return nil, err
		}
		return py.NewList(py.NewStr(string(b))), nil
	}
}

func (e *encoder) appendStr(t *py.Thread, b []byte, s *py.Str) ([]byte, error) {
	switch e.strMode {
	case 1:
		return appendASCII(b, s.String()), nil
	case 2:
		return appendUnicode(b, s.String()), nil
	}
	v, err := py.Call(t, e.strFunc, []py.Object{s}, nil)
	if err != nil {
		return nil, err
	}
	vs, ok := v.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "encoder() must return a str, not %.80s", v.Type().Name)
	}
	return append(b, vs.String()...), nil
}

// appendFloat writes a float as floatstr does.
func (e *encoder) appendFloat(b []byte, f float64) ([]byte, error) {
	var text string
	switch {
	case math.IsNaN(f):
		text = "NaN"
	case math.IsInf(f, 1):
		text = "Infinity"
	case math.IsInf(f, -1):
		text = "-Infinity"
	default:
		return append(b, pystr.ReprFloat(f)...), nil
	}
	if !e.allowNaN {
		if e.hasIndent {
			return nil, py.Errorf(py.ValueError, "Out of range float values are not JSON compliant: %s", pystr.ReprFloat(f))
		}
		return nil, py.Errorf(py.ValueError, "Out of range float values are not JSON compliant")
	}
	return append(b, text...), nil
}

// appendFloatObj writes a float object: repr() of a finite one (a
// subclass's own repr included), the named constants otherwise.
func (e *encoder) appendFloatObj(t *py.Thread, b []byte, f *py.Float) ([]byte, error) {
	v := f.Float64()
	if f.Type() != py.FloatType && !math.IsNaN(v) && !math.IsInf(v, 0) {
		r, err := py.Repr(t, f)
		if err != nil {
			return nil, err
		}
		return append(b, r.String()...), nil
	}
	return e.appendFloat(b, v)
}

func (e *encoder) appendInt(t *py.Thread, b []byte, i *py.Int) ([]byte, error) {
	if i.Type() == py.IntType {
		if v, ok := i.Int64(); ok {
			return strconv.AppendInt(b, v, 10), nil
		}
		return append(b, i.String()...), nil
	}
	s, err := py.StrOf(t, i)
	if err != nil {
		return nil, err
	}
	return append(b, s.String()...), nil
}

func (e *encoder) newline(b []byte, level int) []byte {
	b = append(b, '\n')
	for i := 0; i < level; i++ {
		b = append(b, e.indent...)
	}
	return b
}

func (e *encoder) mark(o py.Object) (uintptr, error) {
	if e.markers == nil {
		return 0, nil
	}
	id := py.ObjectID(o)
	if e.markers[id] {
		return 0, py.Errorf(py.ValueError, "Circular reference detected")
	}
	e.markers[id] = true
	return id, nil
}

func (e *encoder) unmark(id uintptr) {
	if e.markers != nil {
		delete(e.markers, id)
	}
}

// encode appends the JSON text of o.
func (e *encoder) encode(t *py.Thread, b []byte, o py.Object, level int) ([]byte, error) {
	switch v := o.(type) {
	case *py.Str:
		return e.appendStr(t, b, v)
	case *py.Int:
		if o == py.True {
			return append(b, "true"...), nil
		}
		if o == py.False {
			return append(b, "false"...), nil
		}
		return e.appendInt(t, b, v)
	case *py.Float:
		return e.appendFloatObj(t, b, v)
	case *py.List:
		return e.encodeList(t, b, o, level)
	case *py.Tuple:
		return e.encodeList(t, b, o, level)
	case *py.Dict:
		return e.encodeDict(t, b, v, level)
	}
	if o == py.None {
		return append(b, "null"...), nil
	}
	if err := enter(t, " while encoding a JSON object"); err != nil {
		return nil, err
	}
	defer t.Leave()
	id, err := e.mark(o)
	if err != nil {
		return nil, err
	}
	v, err := py.Call(t, e.def, []py.Object{o}, nil)
	if err != nil {
		return nil, err
	}
	b, err = e.encode(t, b, v, level)
	if err != nil {
		return nil, err
	}
	e.unmark(id)
	return b, nil
}

// itemsOf returns the current items of a list or tuple (a default()
// function may change a list while it is written).
func itemsOf(o py.Object) []py.Object {
	if l, ok := o.(*py.List); ok {
		return l.Items
	}
	return o.(*py.Tuple).Items
}

// encodeList writes a list or tuple.
func (e *encoder) encodeList(t *py.Thread, b []byte, o py.Object, level int) ([]byte, error) {
	if len(itemsOf(o)) == 0 {
		return append(b, "[]"...), nil
	}
	if err := enter(t, " while encoding a JSON object"); err != nil {
		return nil, err
	}
	defer t.Leave()
	id, err := e.mark(o)
	if err != nil {
		return nil, err
	}
	b = append(b, '[')
	if e.hasIndent {
		level++
		b = e.newline(b, level)
	}
	for i := 0; i < len(itemsOf(o)); i++ {
		if i > 0 {
			b = append(b, e.itemSep...)
			if e.hasIndent {
				b = e.newline(b, level)
			}
		}
		if b, err = e.encode(t, b, itemsOf(o)[i], level); err != nil {
			return nil, err
		}
	}
	if e.hasIndent {
		level--
		b = e.newline(b, level)
	}
	b = append(b, ']')
	e.unmark(id)
	return b, nil
}

func (e *encoder) encodeDict(t *py.Thread, b []byte, d *py.Dict, level int) ([]byte, error) {
	if d.Len() == 0 {
		return append(b, "{}"...), nil
	}
	if err := enter(t, " while encoding a JSON object"); err != nil {
		return nil, err
	}
	defer t.Leave()
	id, err := e.mark(d)
	if err != nil {
		return nil, err
	}
	b = append(b, '{')
	if e.hasIndent {
		level++
		b = e.newline(b, level)
	}
	keys := d.Keys()
	if e.sortKeys {
		l := py.NewList(keys...)
		if err := py.SortList(t, l, nil, false); err != nil {
			return nil, err
		}
		keys = l.Items
	}
	first := true
	for _, k := range keys {
		v, err := d.GetItem(t, k)
		if err != nil {
			return nil, err
		}
		var ks *py.Str
		switch kv := k.(type) {
		case *py.Str:
			ks = kv
		case *py.Float:
			fb, err := e.appendFloatObj(t, nil, kv)
			if err != nil {
				return nil, err
			}
			ks = py.NewStr(string(fb))
		case *py.Int:
			switch k {
			case py.True:
				ks = py.NewStr("true")
			case py.False:
				ks = py.NewStr("false")
			default:
				ib, err := e.appendInt(t, nil, kv)
				if err != nil {
					return nil, err
				}
				ks = py.NewStr(string(ib))
			}
		default:
			if k == py.None {
				ks = py.NewStr("null")
				break
			}
			if e.skipKeys {
				continue
			}
			if e.hasIndent {
				r, err := py.Repr(t, k)
				if err != nil {
					return nil, err
				}
				return nil, py.Errorf(py.TypeError, "key %s is not a string", r.String())
			}
			return nil, py.Errorf(py.TypeError, "keys must be a string")
		}
		if first {
			first = false
		} else {
			b = append(b, e.itemSep...)
			if e.hasIndent {
				b = e.newline(b, level)
			}
		}
		if b, err = e.appendStr(t, b, ks); err != nil {
			return nil, err
		}
		b = append(b, e.keySep...)
		if b, err = e.encode(t, b, v, level); err != nil {
			return nil, err
		}
	}
	if e.hasIndent {
		level--
		b = e.newline(b, level)
	}
	b = append(b, '}')
	e.unmark(id)
	return b, nil
}
