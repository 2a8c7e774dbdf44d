package testcapimod

import (
	"strings"

	"github.com/taipan-py/taipan/internal/pystr"
	"github.com/taipan-py/taipan/py"
)

// The unicode_* helpers expose what CPython's C API does to a str:
// PyUnicode_EncodeDecimal, PyUnicode_TransformDecimalToASCII and the
// wchar_t conversions (wchar_t is 4 bytes on Linux: one per code point).

// strArg is o, argument i of fn, which must be a str (the "U" format).
func strArg(fn string, o py.Object, i int) (*py.Str, error) {
	s, ok := o.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "%s() argument %d must be str, not %s", fn, i, o.Type().Name)
	}
	return s, nil
}

// decimalByte is the byte PyUnicode_EncodeDecimal writes for r: a space
// for whitespace, the ASCII digit for a decimal digit, Latin-1 as it is.
func decimalByte(r rune) (byte, bool) {
	if py.UniIsSpace(r) {
		return ' ', true
	}
	if d := py.DecimalValue(r); d >= 0 {
		return byte('0' + d), true
	}
	if 0 < r && r < 256 {
		return byte(r), true
	}
	return 0, false
}

// unicodeEncodeDecimal is unicode_encodedecimal(str[, errors]) -> bytes.
func unicodeEncodeDecimal(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var so, eo py.Object
	if err := py.UnpackArgs("unicode_encodedecimal", args, kwnames, 1, 2, &so, &eo); err != nil {
		return nil, err
	}
	s, err := strArg("unicode_encodedecimal", so, 1)
	if err != nil {
		return nil, err
	}
	errors := "strict"
	if eo != nil {
		e, ok := eo.(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "unicode_encodedecimal() argument 2 must be str, not %s", eo.Type().Name)
		}
		errors = e.String()
	}
	var runes []rune
	for text := s.String(); text != ""; {
		r, n := pystr.DecodeRune(text)
		text = text[n:]
		runes = append(runes, r)
	}
	rep := func(out []byte, r rune) ([]byte, bool) {
		b, ok := decimalByte(r)
		if ok {
			out = append(out, b)
		}
		return out, ok
	}
	var out []byte
	for i := 0; i < len(runes); {
		if b, ok := decimalByte(runes[i]); ok {
			out = append(out, b)
			i++
			continue
		}
		end := i + 1
		for end < len(runes) {
			if _, ok := decimalByte(runes[end]); ok {
				break
			}
			end++
		}
		out, i, err = py.EncodeError(t, out, errors, "decimal", s, i, end, "invalid decimal Unicode string", rep)
		if err != nil {
			return nil, err
		}
	}
	return py.NewBytes(string(out)), nil
}

// unicodeTransformDecimal is unicode_transformdecimaltoascii(str): the
// decimal digits of every script replaced by ASCII ones.
func unicodeTransformDecimal(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("unicode_transformdecimaltoascii", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, py.Errorf(py.TypeError, "function takes exactly 1 argument (%d given)", len(args))
	}
	s, err := strArg("unicode_transformdecimaltoascii", args[0], 1)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	for text := s.String(); text != ""; {
		r, n := pystr.DecodeRune(text)
		if d := py.DecimalValue(r); d >= 0 {
			b.WriteByte(byte('0' + d))
		} else {
			b.WriteString(text[:n])
		}
		text = text[n:]
	}
	return py.NewStr(b.String()), nil
}

// unicodeAsWideChar is unicode_aswidechar(str, buflen) -> (str, size):
// PyUnicode_AsWideChar into a buffer of buflen wchar_t, read back with
// the terminating NUL when there was room for it.
func unicodeAsWideChar(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("unicode_aswidechar", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, py.Errorf(py.TypeError, "function takes exactly 2 arguments (%d given)", len(args))
	}
	s, err := strArg("unicode_aswidechar", args[0], 1)
	if err != nil {
		return nil, err
	}
	buflen, err := py.ArgIndex(t, args[1])
	if err != nil {
		return nil, err
	}
	n := s.Len()
	if buflen > n {
		return py.NewTuple(py.NewStr(s.String()+"\x00"), py.NewInt(int64(n))), nil
	}
	if buflen < 0 {
		buflen = 0
	}
	text := s.String()
	off := 0
	for k := 0; k < buflen; k++ {
		_, w := pystr.DecodeRune(text[off:])
		off += w
	}
	return py.NewTuple(py.NewStr(text[:off]), py.NewInt(int64(buflen))), nil
}

// unicodeAsWideCharString is unicode_aswidecharstring(str) -> (str, size):
// the text with its NUL terminator, and its length without.
func unicodeAsWideCharString(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("unicode_aswidecharstring", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, py.Errorf(py.TypeError, "function takes exactly 1 argument (%d given)", len(args))
	}
	s, err := strArg("unicode_aswidecharstring", args[0], 1)
	if err != nil {
		return nil, err
	}
	return py.NewTuple(py.NewStr(s.String()+"\x00"), py.NewInt(int64(s.Len()))), nil
}
