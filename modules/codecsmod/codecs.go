// Package codecsmod is the _codecs module: the codec registry (register,
// lookup, encode, decode), the error handler registry (register_error,
// lookup_error) and the codec functions the modules of the encodings
// package are written over (utf_8_encode, charmap_decode, ...), as
// CPython 3.2 has them in Modules/_codecsmodule.c and Python/codecs.c.
//
// The codecs themselves are those of package py (the ones str.encode
// uses), reached through py.LookupBuiltinCodec; this package adds what py
// lacks: partial decoding for the incremental decoders, charmaps given as
// Python mappings, UTF-7 and unicode_internal. It also sets py's hooks so
// that str.encode and bytes.decode find codecs and error handlers
// registered from Python (py.CodecSearch, py.CodecErrorHandler). The
// codecs module itself is lib/python/codecs.py.
package codecsmod

import (
	"strings"
	"sync"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/internal/pystr"
	"github.com/taipan-py/taipan/py"
)

func init() {
	builtins.RegisterModule("_codecs", newModule)
	py.CodecSearch = func(t *py.Thread, encoding string) (py.Object, error) {
		return lookup(t, encoding, false)
	}
	py.CodecErrorHandler = func(t *py.Thread, name string) (py.Object, error) {
		st := stateOf(t.Interp)
		st.mu.Lock()
		h := st.errors[name]
		st.mu.Unlock()
		return h, nil
	}
	EncodingMapType.Doc = ""
	EncodingMapType.AddMethods(py.MethodDef{Name: "size", Fn: func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("size", args, kwnames); err != nil {
			return nil, err
		}
		return py.NewInt(int64(len(self.(*EncodingMap).m))), nil
	}, Doc: "Return the size (in bytes) of this object"})
	py.RegisterTypes(EncodingMapType)
}

// state is an interpreter's codec registry.
type state struct {
	mu       sync.Mutex
	search   []py.Object          // the search functions, in registration order
	cache    map[string]py.Object // normalized name -> codec information
	errors   map[string]py.Object // error handlers
	imported bool                 // encodings was imported (or tried)
}

var states sync.Map // *py.Interp -> *state

func stateOf(interp *py.Interp) *state {
	if st, ok := states.Load(interp); ok {
		return st.(*state)
	}
	st := &state{cache: map[string]py.Object{}, errors: map[string]py.Object{}}
	for _, h := range builtinHandlers {
		st.errors[h.key] = h.fn
	}
	actual, _ := states.LoadOrStore(interp, st)
	return actual.(*state)
}

// normalize is the registry's normalization of an encoding name: lower
// case, spaces as hyphens.
func normalize(name string) string {
	b := []byte(name)
	for i, c := range b {
		switch {
		case c == ' ':
			b[i] = '-'
		case 'A' <= c && c <= 'Z':
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// lookup finds the codec information of encoding (_PyCodec_Lookup). When
// no search function knows it, it raises LookupError if raise is set and
// returns nil otherwise.
func lookup(t *py.Thread, encoding string, raise bool) (py.Object, error) {
	st := stateOf(t.Interp)
	st.mu.Lock()
	if !st.imported {
		st.imported = true
		st.mu.Unlock()
		if _, err := builtins.ImportModule(t, "encodings"); err != nil {
			return nil, err
		}
		st.mu.Lock()
	}
	if len(st.search) == 0 {
		st.mu.Unlock()
		return nil, py.Errorf(py.LookupError, "no codec search functions registered: can't find encoding")
	}
	norm := normalize(encoding)
	if info, ok := st.cache[norm]; ok {
		st.mu.Unlock()
		return info, nil
	}
	funcs := append([]py.Object(nil), st.search...)
	st.mu.Unlock()
	key := py.NewStr(norm)
	for _, f := range funcs {
		r, err := py.Call(t, f, []py.Object{key}, nil)
		if err != nil {
			return nil, err
		}
		if r == py.None {
			continue
		}
		if tup, ok := r.(*py.Tuple); !ok || len(tup.Items) != 4 {
			return nil, py.Errorf(py.TypeError, "codec search functions must return 4-tuples")
		}
		st.mu.Lock()
		st.cache[norm] = r
		st.mu.Unlock()
		return r, nil
	}
	if !raise {
		return nil, nil
	}
	return nil, py.Errorf(py.LookupError, "unknown encoding: %s", encoding)
}

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_codecs")
	m.AddFunction("register", codecsRegister, "register(search_function)\n\nRegister a codec search function. Search functions are expected to take\none argument, the encoding name in all lower case letters, and return\na tuple of functions (encoder, decoder, stream_reader, stream_writer)\n(or a CodecInfo object).")
	m.AddFunction("lookup", codecsLookup, "lookup(encoding) -> CodecInfo\n\nLooks up a codec tuple in the Python codec registry and returns\na CodecInfo object.")
	m.AddFunction("encode", codecsEncodeDecode("encode"), "encode(obj, [encoding[,errors]]) -> object\n\nEncodes obj using the codec registered for encoding. encoding defaults\nto the default encoding. errors may be given to set a different error\nhandling scheme. Default is 'strict' meaning that encoding errors raise\na ValueError. Other possible values are 'ignore', 'replace' and\n'xmlcharrefreplace' as well as any other name registered with\ncodecs.register_error that can handle ValueErrors.")
	m.AddFunction("decode", codecsEncodeDecode("decode"), "decode(obj, [encoding[,errors]]) -> object\n\nDecodes obj using the codec registered for encoding. encoding defaults\nto the default encoding. errors may be given to set a different error\nhandling scheme. Default is 'strict' meaning that encoding errors raise\na ValueError. Other possible values are 'ignore' and 'replace'\nas well as any other name registered with codecs.register_error that is\nable to handle ValueErrors.")
	m.AddFunction("register_error", codecsRegisterError, "register_error(errors, handler)\n\nRegister the specified error handler under the name\nerrors. handler must be a callable object, that\nwill be called with an exception instance containing\ninformation about the location of the encoding/decoding\nerror and must return a (replacement, new position) tuple.")
	m.AddFunction("lookup_error", codecsLookupError, "lookup_error(errors) -> handler\n\nReturn the error handler for the specified error handling name\nor raise a LookupError, if no handler exists under this name.")
	addCodecFunctions(m)
	return m, nil
}

func codecsRegister(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	f, err := py.OneArg("register", args, kwnames)
	if err != nil {
		return nil, err
	}
	if f.Type().Call == nil {
		return nil, py.Errorf(py.TypeError, "argument must be callable")
	}
	st := stateOf(t.Interp)
	st.mu.Lock()
	st.search = append(st.search, f)
	st.mu.Unlock()
	return py.None, nil
}

// strArg is a "s" argument: a str (without NUL bytes).
func strArg(fname string, o py.Object) (string, error) {
	s, ok := o.(*py.Str)
	if !ok {
		return "", py.Errorf(py.TypeError, "%s() argument 1 must be str, not %s", fname, typeName(o))
	}
	if strings.IndexByte(s.String(), 0) >= 0 {
		return "", py.Errorf(py.TypeError, "%s() argument 1 must be str without null characters, not str", fname)
	}
	return s.String(), nil
}

func typeName(o py.Object) string {
	if o == py.None {
		return "None"
	}
	return o.Type().Name
}

func codecsLookup(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var name py.Object
	if err := py.ParseTuple("lookup", args, kwnames, 1, 1, &name); err != nil {
		return nil, err
	}
	enc, err := strArg("lookup", name)
	if err != nil {
		return nil, err
	}
	return lookup(t, enc, true)
}

func codecsEncodeDecode(fname string) py.BuiltinFunc {
	item := 0
	if fname == "decode" {
		item = 1
	}
	return func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var v, encObj, errObj py.Object
		if err := py.ParseTuple(fname, args, kwnames, 1, 3, &v, &encObj, &errObj); err != nil {
			return nil, err
		}
		encoding, errors := "utf-8", "strict"
		var err error
		if encObj != nil {
			if encoding, err = argString(fname, 2, encObj); err != nil {
				return nil, err
			}
		}
		if errObj != nil {
			if errors, err = argString(fname, 3, errObj); err != nil {
				return nil, err
			}
		}
		info, err := lookup(t, encoding, true)
		if err != nil {
			return nil, err
		}
		f := info.(*py.Tuple).Items[item]
		res, err := py.Call(t, f, []py.Object{v, py.NewStr(errors)}, nil)
		if err != nil {
			return nil, err
		}
		tup, ok := res.(*py.Tuple)
		if !ok || len(tup.Items) != 2 {
			what := "encoder"
			if item == 1 {
				what = "decoder"
			}
			return nil, py.Errorf(py.TypeError, "%s must return a tuple (object, integer)", what)
		}
		return tup.Items[0], nil
	}
}

// argString is an "s" argument at position pos (from 1).
func argString(fname string, pos int, o py.Object) (string, error) {
	s, ok := o.(*py.Str)
	if !ok {
		return "", py.Errorf(py.TypeError, "%s() argument %d must be str, not %s", fname, pos, typeName(o))
	}
	return s.String(), nil
}

func codecsRegisterError(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var name, handler py.Object
	if err := py.ParseTuple("register_error", args, kwnames, 2, 2, &name, &handler); err != nil {
		return nil, err
	}
	n, err := argString("register_error", 1, name)
	if err != nil {
		return nil, err
	}
	if handler.Type().Call == nil {
		return nil, py.Errorf(py.TypeError, "handler must be callable")
	}
	st := stateOf(t.Interp)
	st.mu.Lock()
	st.errors[n] = handler
	st.mu.Unlock()
	return py.None, nil
}

func codecsLookupError(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var name py.Object
	if err := py.ParseTuple("lookup_error", args, kwnames, 1, 1, &name); err != nil {
		return nil, err
	}
	n, err := argString("lookup_error", 1, name)
	if err != nil {
		return nil, err
	}
	st := stateOf(t.Interp)
	st.mu.Lock()
	h := st.errors[n]
	st.mu.Unlock()
	if h == nil {
		return nil, py.Errorf(py.LookupError, "unknown error handler name '%s'", n)
	}
	return h, nil
}

// ---- the built-in error handlers, as Python callables ----

var builtinHandlers = []struct {
	key string
	fn  *py.BuiltinFunction
}{
	{"strict", py.NewBuiltinFunction("strict_errors", strictErrors, "Implements the 'strict' error handling, which raises a UnicodeError on coding errors.")},
	{"ignore", py.NewBuiltinFunction("ignore_errors", ignoreErrors, "Implements the 'ignore' error handling, which ignores malformed data and continues.")},
	{"replace", py.NewBuiltinFunction("replace_errors", replaceErrors, "Implements the 'replace' error handling, which replaces malformed data with a replacement marker.")},
	{"xmlcharrefreplace", py.NewBuiltinFunction("xmlcharrefreplace_errors", xmlcharrefreplaceErrors, "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference.")},
	{"backslashreplace", py.NewBuiltinFunction("backslashreplace_errors", backslashreplaceErrors, "Implements the 'backslashreplace' error handling, which replaces an unencodable character with a backslashed escape sequence.")},
	{"surrogateescape", py.NewBuiltinFunction("surrogateescape", surrogateescapeErrors, "")},
	{"surrogatepass", py.NewBuiltinFunction("surrogatepass", surrogatepassErrors, "")},
}

// excKind classifies the argument of an error handler: 'e' encode, 'd'
// decode, 't' translate, 0 something else.
func excKind(exc py.Object) byte {
	typ := exc.Type()
	switch {
	case typ.IsSubtype(py.UnicodeEncodeError):
		return 'e'
	case typ.IsSubtype(py.UnicodeDecodeError):
		return 'd'
	case typ.IsSubtype(py.UnicodeTranslateError):
		return 't'
	}
	return 0
}

func wrongExceptionType(exc py.Object) error {
	return py.Errorf(py.TypeError, "don't know how to handle %s in error callback", exc.Type().Name)
}

// excRange reads start, end and object of a Unicode error.
func excRange(t *py.Thread, exc py.Object) (start, end int, obj py.Object, err error) {
	get := func(name string) (int, error) {
		v, err := py.GetAttr(t, exc, py.NewStr(name))
		if err != nil {
			return 0, err
		}
		return py.ArgIndex(t, v)
	}
	if start, err = get("start"); err != nil {
		return
	}
	if end, err = get("end"); err != nil {
		return
	}
	obj, err = py.GetAttr(t, exc, py.NewStr("object"))
	if err != nil {
		return
	}
	var n int
	switch o := obj.(type) {
	case *py.Str:
		n = o.Len()
	case *py.Bytes:
		n = len(o.String())
	default:
		what := "str"
		if excKind(exc) == 'd' {
			what = "bytes"
		}
		err = py.Errorf(py.TypeError, "%s attribute must be %s", "object", what)
		return
	}
	if start < 0 {
		start = 0
	}
	if start >= n {
		start = n - 1
		if start < 0 {
			start = 0
		}
	}
	if end < 1 {
		end = 1
	}
	if end > n {
		end = n
	}
	return
}

// runes returns the code points start to end of s.
func runes(s *py.Str, start, end int) []rune {
	var out []rune
	k := 0
	text := s.String()
	for i := 0; i < len(text) && k < end; k++ {
		r, n := pystr.DecodeRune(text[i:])
		i += n
		if k >= start {
			out = append(out, r)
		}
	}
	return out
}

func oneExc(fname string, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return py.OneArg(fname, args, kwnames)
}

func strictErrors(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	exc, err := oneExc("strict_errors", args, kwnames)
	if err != nil {
		return nil, err
	}
	if e, ok := exc.(*py.BaseException); ok {
		return nil, e
	}
	return nil, py.Errorf(py.TypeError, "codec must pass exception instance")
}

func ignoreErrors(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	exc, err := oneExc("ignore_errors", args, kwnames)
	if err != nil {
		return nil, err
	}
	if excKind(exc) == 0 {
		return nil, wrongExceptionType(exc)
	}
	_, end, _, err := excRange(t, exc)
	if err != nil {
		return nil, err
	}
	return py.NewTuple(py.NewStr(""), py.NewInt(int64(end))), nil
}

func replaceErrors(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	exc, err := oneExc("replace_errors", args, kwnames)
	if err != nil {
		return nil, err
	}
	kind := excKind(exc)
	if kind == 0 {
		return nil, wrongExceptionType(exc)
	}
	start, end, _, err := excRange(t, exc)
	if err != nil {
		return nil, err
	}
	var rep string
	switch kind {
	case 'e':
		rep = strings.Repeat("?", max(end-start, 0))
	case 'd':
		rep = "\uFFFD"
	case 't':
		rep = strings.Repeat("\uFFFD", max(end-start, 0))
	}
	return py.NewTuple(py.NewStr(rep), py.NewInt(int64(end))), nil
}

func encodeOnly(t *py.Thread, fname string, args []py.Object, kwnames *py.Tuple) ([]rune, int, error) {
	exc, err := oneExc(fname, args, kwnames)
	if err != nil {
		return nil, 0, err
	}
	if excKind(exc) != 'e' {
		return nil, 0, wrongExceptionType(exc)
	}
	start, end, obj, err := excRange(t, exc)
	if err != nil {
		return nil, 0, err
	}
	return runes(obj.(*py.Str), start, end), end, nil
}

func xmlcharrefreplaceErrors(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	rs, end, err := encodeOnly(t, "xmlcharrefreplace_errors", args, kwnames)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	for _, r := range rs {
		b.WriteString("&#")
		b.WriteString(itoa(int64(r)))
		b.WriteByte(';')
	}
	return py.NewTuple(py.NewStr(b.String()), py.NewInt(int64(end))), nil
}

func itoa(v int64) string { return pystr.ReprInt(v) }

func backslashreplaceErrors(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	rs, end, err := encodeOnly(t, "backslashreplace_errors", args, kwnames)
	if err != nil {
		return nil, err
	}
	var b []byte
	for _, r := range rs {
		b = appendBackslash(b, r)
	}
	return py.NewTuple(py.NewStr(string(b)), py.NewInt(int64(end))), nil
}

// appendBackslash appends \xhh, \uhhhh or \Uhhhhhhhh for r.
func appendBackslash(b []byte, r rune) []byte {
	const hex = "0123456789abcdef"
	digits := 8
	prefix := byte('U')
	switch {
	case r < 0x100:
		digits, prefix = 2, 'x'
	case r < 0x10000:
		digits, prefix = 4, 'u'
	}
	b = append(b, '\\', prefix)
	for shift := 4 * (digits - 1); shift >= 0; shift -= 4 {
		b = append(b, hex[r>>uint(shift)&0xF])
	}
	return b
}

func surrogateescapeErrors(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	exc, err := oneExc("surrogateescape", args, kwnames)
	if err != nil {
		return nil, err
	}
	switch excKind(exc) {
	case 'e':
		start, end, obj, err := excRange(t, exc)
		if err != nil {
			return nil, err
		}
		var out []byte
		for _, r := range runes(obj.(*py.Str), start, end) {
			if r < 0xDC80 || r > 0xDCFF {
				return nil, exc.(*py.BaseException)
			}
			out = append(out, byte(r-0xDC00))
		}
		return py.NewTuple(py.NewBytes(string(out)), py.NewInt(int64(end))), nil
	case 'd':
		start, end, obj, err := excRange(t, exc)
		if err != nil {
			return nil, err
		}
		data := obj.(*py.Bytes).String()
		var out []byte
		n := 0
		for n < 4 && n < end-start && data[start+n] >= 128 {
			out = pystr.AppendRune(out, 0xDC00+rune(data[start+n]))
			n++
		}
		if n == 0 {
			return nil, exc.(*py.BaseException)
		}
		return py.NewTuple(py.NewStr(string(out)), py.NewInt(int64(start+n))), nil
	}
	return nil, wrongExceptionType(exc)
}

func surrogatepassErrors(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	exc, err := oneExc("surrogatepass", args, kwnames)
	if err != nil {
		return nil, err
	}
	switch excKind(exc) {
	case 'e':
		start, end, obj, err := excRange(t, exc)
		if err != nil {
			return nil, err
		}
		var out []byte
		for _, r := range runes(obj.(*py.Str), start, end) {
			if r < 0xD800 || r > 0xDFFF {
				return nil, exc.(*py.BaseException)
			}
			out = append(out, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
		}
		return py.NewTuple(py.NewBytes(string(out)), py.NewInt(int64(end))), nil
	case 'd':
		start, _, obj, err := excRange(t, exc)
		if err != nil {
			return nil, err
		}
		data := obj.(*py.Bytes).String()
		if len(data)-start >= 3 {
			c0, c1, c2 := data[start], data[start+1], data[start+2]
			if c0&0xF0 == 0xE0 && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
				r := rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
				if r >= 0xD800 && r <= 0xDFFF {
					return py.NewTuple(py.NewStr(string(pystr.AppendRune(nil, r))), py.NewInt(int64(start+3))), nil
				}
			}
		}
		return nil, exc.(*py.BaseException)
	}
	return nil, wrongExceptionType(exc)
}
