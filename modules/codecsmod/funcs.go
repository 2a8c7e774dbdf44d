package codecsmod

import (
	"github.com/taipan-py/taipan/internal/pystr"
	"github.com/taipan-py/taipan/py"
)

// builtin returns the encoder and decoder py has for name.
func builtin(name string) (py.EncodeFunc, py.DecodeFunc) {
	enc, dec, _, ok := py.LookupBuiltinCodec(name)
	if !ok {
		panic("codecsmod: no built-in codec " + name)
	}
	return enc, dec
}

var (
	encUTF8, decUTF8       = builtin("utf-8")
	encLatin1, decLatin1   = builtin("latin-1")
	encASCII, decASCII     = builtin("ascii")
	encUTF16, decUTF16     = builtin("utf-16")
	encUTF16LE, decUTF16LE = builtin("utf-16-le")
	encUTF16BE, decUTF16BE = builtin("utf-16-be")
	encUTF32, decUTF32     = builtin("utf-32")
	encUTF32LE, decUTF32LE = builtin("utf-32-le")
	encUTF32BE, decUTF32BE = builtin("utf-32-be")
	encUEsc, decUEsc       = builtin("unicode-escape")
	encRawUEsc, decRawUEsc = builtin("raw-unicode-escape")
)

// ---- argument conversions, with getargs.c's messages ----

// textArg converts an encoder's first argument (PyUnicode_FromObject).
func textArg(o py.Object) (*py.Str, error) {
	if s, ok := o.(*py.Str); ok {
		return s, nil
	}
	return nil, py.Errorf(py.TypeError, "Can't convert '%s' object to str implicitly", typeName(o))
}

// errorsArg converts a "z" errors argument (None: strict).
func errorsArg(o py.Object) (string, error) {
	if o == nil || o == py.None {
		return "strict", nil
	}
	s, ok := o.(*py.Str)
	if !ok {
		return "", py.ArgMustBe("str or None", o)
	}
	return s.String(), nil
}

// bufferArg converts a "y*" argument.
func bufferArg(o py.Object) (string, error) {
	if _, ok := o.(*py.Str); !ok {
		if b, err := py.GetBuffer(o, false); err == nil {
			return string(b), nil
		}
	}
	return "", py.Errorf(py.TypeError, "'%s' does not support the buffer interface", typeName(o))
}

// textOrBufferArg converts a "s*" argument: a str is taken as UTF-8.
func textOrBufferArg(t *py.Thread, o py.Object) (string, error) {
	if s, ok := o.(*py.Str); ok {
		b, err := encUTF8(t, s, "strict")
		if err != nil {
			return "", err
		}
		return b.String(), nil
	}
	return bufferArg(o)
}

// intArg converts an "i" argument.
func intArg(t *py.Thread, o py.Object) (int, error) {
	if o == nil {
		return 0, nil
	}
	return py.ArgInt(t, o)
}

func pair(v py.Object, n int) py.Object { return py.NewTuple(v, py.NewInt(int64(n))) }

// ---- encoders ----

type encoderFunc func(t *py.Thread, s *py.Str, errors string, extra py.Object) (py.Object, error)

// simpleEncoder makes "O|z:name" (or "O|zi:name" with extra) functions
// returning (bytes, len(str)).
func simpleEncoder(name string, extra bool, f encoderFunc) py.BuiltinFunc {
	max := 2
	if extra {
		max = 3
	}
	return func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var obj, errObj, x py.Object
		if err := py.ParseTuple(name, args, kwnames, 1, max, &obj, &errObj, &x); err != nil {
			return nil, err
		}
		errors, err := errorsArg(errObj)
		if err != nil {
			return nil, err
		}
		s, err := textArg(obj)
		if err != nil {
			return nil, err
		}
		b, err := f(t, s, errors, x)
		if err != nil {
			return nil, err
		}
		return pair(b, s.Len()), nil
	}
}

func plainEncoder(enc py.EncodeFunc) encoderFunc {
	return func(t *py.Thread, s *py.Str, errors string, _ py.Object) (py.Object, error) {
		return enc(t, s, errors)
	}
}

// orderedEncoder picks an encoder by the byteorder argument.
func orderedEncoder(native, le, be py.EncodeFunc) encoderFunc {
	return func(t *py.Thread, s *py.Str, errors string, x py.Object) (py.Object, error) {
		order, err := intArg(t, x)
		if err != nil {
			return nil, err
		}
		switch {
		case order < 0:
			return le(t, s, errors)
		case order > 0:
			return be(t, s, errors)
		}
		return native(t, s, errors)
	}
}

// ---- decoders ----

type decoderFunc func(t *py.Thread, data, errors string, final bool) (*py.Str, int, error)

// simpleDecoder makes "y*|zi:name" functions (or "y*|z" without final,
// always final) returning (str, consumed).
func simpleDecoder(name string, hasFinal, textOK bool, f decoderFunc) py.BuiltinFunc {
	max := 2
	if hasFinal {
		max = 3
	}
	return func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var obj, errObj, finalObj py.Object
		if err := py.ParseTuple(name, args, kwnames, 1, max, &obj, &errObj, &finalObj); err != nil {
			return nil, err
		}
		var data string
		var err error
		if textOK {
			data, err = textOrBufferArg(t, obj)
		} else {
			data, err = bufferArg(obj)
		}
		if err != nil {
			return nil, err
		}
		errors, err := errorsArg(errObj)
		if err != nil {
			return nil, err
		}
		final := !hasFinal
		if hasFinal {
			f, err := intArg(t, finalObj)
			if err != nil {
				return nil, err
			}
			final = f != 0
		}
		s, n, err := f(t, data, errors, final)
		if err != nil {
			return nil, err
		}
		return pair(s, n), nil
	}
}

func wholeDecoder(dec py.DecodeFunc) decoderFunc {
	return func(t *py.Thread, data, errors string, final bool) (*py.Str, int, error) {
		s, err := dec(t, data, errors)
		return s, len(data), err
	}
}

// utf8Len is the length of the UTF-8 sequence a lead byte starts, as
// 3.2's decoder tables it (0: not a lead byte).
func utf8Len(c byte) int {
	switch {
	case c < 0x80:
		return 1
	case c >= 0xC2 && c <= 0xDF:
		return 2
	case c >= 0xE0 && c <= 0xEF:
		return 3
	case c >= 0xF0 && c <= 0xF4:
		return 4
	}
	return 0
}

// utf8Partial returns how much of data a decoder that may get more data
// decodes now: up to a sequence that the end of data cuts.
func utf8Partial(data string) int {
	i := 0
	for i < len(data) {
		c := data[i]
		if c < 0x80 {
			i++
			continue
		}
		n := utf8Len(c)
		if n == 0 {
			i++
			continue
		}
		if i+n > len(data) {
			return i
		}
		i += n
	}
	return len(data)
}

func decodeUTF8Partial(t *py.Thread, data, errors string, final bool) (*py.Str, int, error) {
	n := len(data)
	if !final {
		n = utf8Partial(data)
	}
	s, err := decUTF8(t, data[:n], errors)
	return s, n, err
}

// utf16Partial returns how many bytes of data (after a BOM) form whole
// characters; a trailing high surrogate waits for its pair.
func utf16Partial(data string, start int, bigEndian bool) int {
	n := start + (len(data)-start)&^1
	if n-start >= 2 {
		var u int
		if bigEndian {
			u = int(data[n-2])<<8 | int(data[n-1])
		} else {
			u = int(data[n-1])<<8 | int(data[n-2])
		}
		if u >= 0xD800 && u <= 0xDBFF {
			n -= 2
		}
	}
	return n
}

// bomOrder reads a byte order mark of width 2 or 4 at the start of data:
// -1 little-endian, 1 big-endian, 0 none (or too short).
func bomOrder(data string, width int) int {
	if width == 2 && len(data) >= 2 {
		switch data[:2] {
		case "\xFF\xFE":
			return -1
		case "\xFE\xFF":
			return 1
		}
	}
	if width == 4 && len(data) >= 4 {
		switch data[:4] {
		case "\xFF\xFE\x00\x00":
			return -1
		case "\x00\x00\xFE\xFF":
			return 1
		}
	}
	return 0
}

// decodeUTFn decodes UTF-16 (width 2) or UTF-32 (width 4) with a given
// byte order (0: by a BOM, which is then skipped), partially unless
// final. It returns the byte order the data had (as the *_ex_decode
// functions report it), or order when it was given.
func decodeUTFn(t *py.Thread, width int, data, errors string, order int, final bool) (*py.Str, int, int, error) {
	var native, le, be py.DecodeFunc
	if width == 2 {
		native, le, be = decUTF16, decUTF16LE, decUTF16BE
	} else {
		native, le, be = decUTF32, decUTF32LE, decUTF32BE
	}
	dec := native
	start := 0
	switch {
	case order < 0:
		dec = le
	case order > 0:
		dec = be
	default:
		if o := bomOrder(data, width); o != 0 {
			order = o
			start = width
		} else if !final && len(data) < width {
			// Too short to tell: wait for more.
			return py.NewStr(""), 0, 0, nil
		}
	}
	n := len(data)
	if !final {
		if width == 2 {
			n = utf16Partial(data, start, order > 0)
		} else {
			n = start + (len(data)-start)&^3
		}
	}
	s, err := dec(t, data[:n], errors)
	return s, n, order, err
}

func utfnDecoder(width, order int) decoderFunc {
	return func(t *py.Thread, data, errors string, final bool) (*py.Str, int, error) {
		s, n, _, err := decodeUTFn(t, width, data, errors, order, final)
		return s, n, err
	}
}

// exDecoder makes utf_16_ex_decode and utf_32_ex_decode:
// (data, errors=None, byteorder=0, final=False) -> (str, consumed,
// byteorder).
func exDecoder(name string, width int) py.BuiltinFunc {
	return func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var obj, errObj, orderObj, finalObj py.Object
		if err := py.ParseTuple(name, args, kwnames, 1, 4, &obj, &errObj, &orderObj, &finalObj); err != nil {
			return nil, err
		}
		data, err := bufferArg(obj)
		if err != nil {
			return nil, err
		}
		errors, err := errorsArg(errObj)
		if err != nil {
			return nil, err
		}
		order, err := intArg(t, orderObj)
		if err != nil {
			return nil, err
		}
		final, err := intArg(t, finalObj)
		if err != nil {
			return nil, err
		}
		s, n, order, err := decodeUTFn(t, width, data, errors, order, final != 0)
		if err != nil {
			return nil, err
		}
		return py.NewTuple(s, py.NewInt(int64(n)), py.NewInt(int64(order))), nil
	}
}

// ---- unicode_internal: UCS-4 in this machine's (little-endian) order ----

func unicodeInternalEncode(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var obj, errObj py.Object
	if err := py.ParseTuple("unicode_internal_encode", args, kwnames, 1, 2, &obj, &errObj); err != nil {
		return nil, err
	}
	if _, err := errorsArg(errObj); err != nil {
		return nil, err
	}
	if s, ok := obj.(*py.Str); ok {
		b, err := encUTF32LE(t, s, "strict")
		if err != nil {
			return nil, err
		}
		return pair(b, s.Len()), nil
	}
	data, err := textOrBufferArg(t, obj)
	if err != nil {
		return nil, err
	}
	return pair(py.NewBytes(data), len(data)), nil
}

func unicodeInternalDecode(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var obj, errObj py.Object
	if err := py.ParseTuple("unicode_internal_decode", args, kwnames, 1, 2, &obj, &errObj); err != nil {
		return nil, err
	}
	errors, err := errorsArg(errObj)
	if err != nil {
		return nil, err
	}
	if s, ok := obj.(*py.Str); ok {
		return pair(s, s.Len()), nil
	}
	data, err := textOrBufferArg(t, obj)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		var reason string
		end := i + 4
		if len(data)-i < 4 {
			reason, end = "truncated input", len(data)
		} else {
			r := rune(data[i]) | rune(data[i+1])<<8 | rune(data[i+2])<<16 | rune(data[i+3])<<24
			if r >= 0 && r <= 0x10FFFF {
				out = pystr.AppendRune(out, r)
				i += 4
				continue
			}
			reason = "illegal code point (> 0x10FFFF)"
		}
		if out, i, err = py.DecodeError(t, out, errors, "unicode_internal", data, i, end, reason); err != nil {
			return nil, err
		}
	}
	return pair(py.NewStr(string(out)), len(data)), nil
}

// ---- bytes escapes ----

func escapeEncode(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var obj, errObj py.Object
	if err := py.ParseTuple("escape_encode", args, kwnames, 1, 2, &obj, &errObj); err != nil {
		return nil, err
	}
	b, ok := obj.(*py.Bytes)
	if !ok {
		return nil, py.ArgMustBe("bytes", obj)
	}
	if _, err := errorsArg(errObj); err != nil {
		return nil, err
	}
	data := b.String()
	const hex = "0123456789abcdef"
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); i++ {
		c := data[i]
		switch {
		case c == '\'' || c == '\\':
			out = append(out, '\\', c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c >= 0x7F:
			out = append(out, '\\', 'x', hex[c>>4], hex[c&0xF])
		default:
			out = append(out, c)
		}
	}
	return pair(py.NewBytes(string(out)), len(data)), nil
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func hexVal(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

func escapeDecode(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var obj, errObj py.Object
	if err := py.ParseTuple("escape_decode", args, kwnames, 1, 2, &obj, &errObj); err != nil {
		return nil, err
	}
	data, err := textOrBufferArg(t, obj)
	if err != nil {
		return nil, err
	}
	errors, err := errorsArg(errObj)
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		c := data[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		i++
		if i >= len(data) {
			return nil, py.Errorf(py.ValueError, "Trailing \\ in string")
		}
		c = data[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 't':
			out = append(out, '\t')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 'v':
			out = append(out, '\v')
		case 'a':
			out = append(out, '\a')
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(data) && data[i] >= '0' && data[i] <= '7'; k++ {
				v = v*8 + int(data[i]-'0')
				i++
			}
			out = append(out, byte(v))
		case 'x':
			if i+1 < len(data) && isHex(data[i]) && isHex(data[i+1]) {
				out = append(out, hexVal(data[i])<<4|hexVal(data[i+1]))
				i += 2
				break
			}
			switch errors {
			case "strict":
				return nil, py.Errorf(py.ValueError, "invalid \\x escape at position %d", i-2)
			case "replace":
				out = append(out, '?')
			case "ignore":
			default:
				return nil, py.Errorf(py.ValueError, "decoding error; unknown error handling code: %s", errors)
			}
			if i < len(data) && isHex(data[i]) {
				i++
			}
		default:
			out = append(out, '\\', c)
		}
	}
	return pair(py.NewBytes(string(out)), len(data)), nil
}

func readbufferEncode(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var obj, errObj py.Object
	if err := py.ParseTuple("readbuffer_encode", args, kwnames, 1, 2, &obj, &errObj); err != nil {
		return nil, err
	}
	data, err := textOrBufferArg(t, obj)
	if err != nil {
		return nil, err
	}
	if _, err := errorsArg(errObj); err != nil {
		return nil, err
	}
	return pair(py.NewBytes(data), len(data)), nil
}

// addCodecFunctions adds the codec functions to _codecs.
func addCodecFunctions(m *py.Module) {
	for _, e := range []struct {
		name  string
		extra bool
		f     encoderFunc
	}{
		{"utf_8_encode", false, plainEncoder(encUTF8)},
		{"latin_1_encode", false, plainEncoder(encLatin1)},
		{"ascii_encode", false, plainEncoder(encASCII)},
		{"unicode_escape_encode", false, plainEncoder(encUEsc)},
		{"raw_unicode_escape_encode", false, plainEncoder(encRawUEsc)},
		{"utf_16_encode", true, orderedEncoder(encUTF16, encUTF16LE, encUTF16BE)},
		{"utf_16_le_encode", false, plainEncoder(encUTF16LE)},
		{"utf_16_be_encode", false, plainEncoder(encUTF16BE)},
		{"utf_32_encode", true, orderedEncoder(encUTF32, encUTF32LE, encUTF32BE)},
		{"utf_32_le_encode", false, plainEncoder(encUTF32LE)},
		{"utf_32_be_encode", false, plainEncoder(encUTF32BE)},
		{"utf_7_encode", false, func(t *py.Thread, s *py.Str, errors string, _ py.Object) (py.Object, error) {
			return encodeUTF7(s), nil
		}},
	} {
		m.AddFunction(e.name, simpleEncoder(e.name, e.extra, e.f), "")
	}
	for _, d := range []struct {
		name     string
		hasFinal bool
		textOK   bool
		f        decoderFunc
	}{
		{"utf_8_decode", true, false, decodeUTF8Partial},
		{"latin_1_decode", false, false, wholeDecoder(decLatin1)},
		{"ascii_decode", false, false, wholeDecoder(decASCII)},
		{"unicode_escape_decode", false, true, wholeDecoder(decUEsc)},
		{"raw_unicode_escape_decode", false, true, wholeDecoder(decRawUEsc)},
		{"utf_16_decode", true, false, utfnDecoder(2, 0)},
		{"utf_16_le_decode", true, false, utfnDecoder(2, -1)},
		{"utf_16_be_decode", true, false, utfnDecoder(2, 1)},
		{"utf_32_decode", true, false, utfnDecoder(4, 0)},
		{"utf_32_le_decode", true, false, utfnDecoder(4, -1)},
		{"utf_32_be_decode", true, false, utfnDecoder(4, 1)},
		{"utf_7_decode", true, false, decodeUTF7},
	} {
		m.AddFunction(d.name, simpleDecoder(d.name, d.hasFinal, d.textOK, d.f), "")
	}
	m.AddFunction("utf_16_ex_decode", exDecoder("utf_16_ex_decode", 2), "")
	m.AddFunction("utf_32_ex_decode", exDecoder("utf_32_ex_decode", 4), "")
	m.AddFunction("unicode_internal_encode", unicodeInternalEncode, "")
	m.AddFunction("unicode_internal_decode", unicodeInternalDecode, "")
	m.AddFunction("escape_encode", escapeEncode, "")
	m.AddFunction("escape_decode", escapeDecode, "")
	m.AddFunction("readbuffer_encode", readbufferEncode, "")
	m.AddFunction("charmap_encode", charmapEncode, "")
	m.AddFunction("charmap_decode", charmapDecode, "")
	m.AddFunction("charmap_build", charmapBuild, "")
	m.AddFunction("_charmap_table", charmapTable, "_charmap_table(name) -> str\n\nThe decoding table of one of Taipan's built-in one-byte codecs.")
}
