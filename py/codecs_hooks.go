package py

import "github.com/taipan-py/taipan/internal/pystr"

// Hooks through which the codecs module (modules/codecsmod) makes codecs
// and error handlers registered from Python visible to str.encode,
// bytes.decode, str(bytes, encoding) and the built-in codecs. The codecs
// built into this package keep their direct path: the hooks are asked
// only for an encoding or an error handler name that is not built in.
var (
	// CodecSearch returns the codec information (the 4-tuple or
	// codecs.CodecInfo that codecs.lookup returns) of encoding, or nil
	// when no search function knows it.
	CodecSearch func(t *Thread, encoding string) (Object, error)
	// CodecErrorHandler returns the error handler registered under name
	// with codecs.register_error, or nil when there is none.
	CodecErrorHandler func(t *Thread, name string) (Object, error)
)

// EncodeFunc and DecodeFunc are a built-in codec's stateless encoder
// and decoder.
type (
	EncodeFunc func(t *Thread, s *Str, errors string) (*Bytes, error)
	DecodeFunc func(t *Thread, data string, errors string) (*Str, error)
)

// LookupBuiltinCodec returns the encoder and decoder of a codec built into
// this package, found by name as str.encode finds it (aliases included),
// and the name its errors report; ok is false when there is none.
func LookupBuiltinCodec(name string) (enc EncodeFunc, dec DecodeFunc, canonical string, ok bool) {
	c := lookupCodec(name)
	if c == nil {
		return nil, nil, "", false
	}
	return c.encode, c.decode, c.name, true
}

// CharmapTable returns the 256 characters the bytes of the one-byte
// codec module name (cp1252, koi8_r, ...) decode to, U+FFFE for a byte
// that is undefined, and whether there is such a codec.
func CharmapTable(name string) (string, bool) {
	s, ok := charmapTables[name]
	return s, ok
}

// CharmapNames returns the module names of the built-in one-byte codecs.
func CharmapNames() []string {
	names := make([]string, 0, len(charmapTables))
	for n := range charmapTables {
		names = append(names, n)
	}
	return names
}

// lookupErrorHandler returns the Python error handler named errors.
func lookupErrorHandler(t *Thread, errors string) (Object, error) {
	if CodecErrorHandler == nil || t == nil {
		return nil, unknownErrorHandler(errors)
	}
	h, err := CodecErrorHandler(t, errors)
	if err != nil {
		return nil, err
	}
	if h == nil {
		return nil, unknownErrorHandler(errors)
	}
	return h, nil
}

// CallEncodeErrorHandler calls the error handler named errors (not one of
// the handlers this package knows by name) with exc, a UnicodeEncodeError
// about text of n code points, and returns the replacement it gives (a
// *Str or a *Bytes) and the absolute position where encoding resumes.
func CallEncodeErrorHandler(t *Thread, errors string, exc *BaseException, n int) (Object, int, error) {
	const msg = "encoding error handler must return (str/bytes, int) tuple"
	h, err := lookupErrorHandler(t, errors)
	if err != nil {
		return nil, 0, err
	}
	res, err := Call(t, h, []Object{exc}, nil)
	if err != nil {
		return nil, 0, err
	}
	tup, ok := res.(*Tuple)
	if !ok || len(tup.Items) != 2 {
		return nil, 0, Errorf(TypeError, "%s", msg)
	}
	rep := tup.Items[0]
	switch rep.(type) {
	case *Str, *Bytes:
	default:
		return nil, 0, Errorf(TypeError, "%s", msg)
	}
	pos, err := handlerPosition(t, tup.Items[1], n, msg)
	return rep, pos, err
}

// CallDecodeErrorHandler calls the error handler named errors with exc, a
// UnicodeDecodeError about n bytes, and returns the replacement text and
// the absolute position where decoding resumes.
func CallDecodeErrorHandler(t *Thread, errors string, exc *BaseException, n int) (*Str, int, error) {
	const msg = "decoding error handler must return (str, int) tuple"
	h, err := lookupErrorHandler(t, errors)
	if err != nil {
		return nil, 0, err
	}
	res, err := Call(t, h, []Object{exc}, nil)
	if err != nil {
		return nil, 0, err
	}
	tup, ok := res.(*Tuple)
	if !ok || len(tup.Items) != 2 {
		return nil, 0, Errorf(TypeError, "%s", msg)
	}
	rep, ok := tup.Items[0].(*Str)
	if !ok {
		return nil, 0, Errorf(TypeError, "%s", msg)
	}
	if b, ok := exc.Field("object").(*Bytes); ok {
		n = len(b.s)
	}
	pos, err := handlerPosition(t, tup.Items[1], n, msg)
	return rep, pos, err
}

// handlerPosition checks the position an error handler returned: a
// negative one counts from the end n.
func handlerPosition(t *Thread, o Object, n int, msg string) (int, error) {
	if _, ok := o.(*Int); !ok {
		if o.Type().Index == nil {
			return 0, Errorf(TypeError, "%s", msg)
		}
	}
	pos, err := ArgIndex(t, o)
	if err != nil {
		return 0, err
	}
	if pos < 0 {
		pos += n
	}
	if pos < 0 || pos > n {
		return 0, Errorf(IndexError, "position %d from error handler out of bounds", pos)
	}
	return pos, nil
}

// EncodeError handles the code points start to end of s that a codec
// cannot encode, by the error handler errors, as the built-in codecs do:
// it appends their replacement to out and returns the code point index
// where encoding resumes. rep encodes one code point of a replacement
// a Python handler returns (false: it cannot, and the original error is
// raised); a bytes replacement is appended as it is.
func EncodeError(t *Thread, out []byte, errors, encoding string, s *Str, start, end int, reason string, rep func(out []byte, r rune) ([]byte, bool)) ([]byte, int, error) {
	return encodeError(t, out, errors, encoding, s, start, end, reason, rep)
}

// DecodeError handles the bytes start to end of data that a codec cannot
// decode, by the error handler errors: it appends their replacement to
// out and returns where decoding resumes.
func DecodeError(t *Thread, out []byte, errors, encoding string, data string, start, end int, reason string) ([]byte, int, error) {
	return decodeError(t, out, errors, encoding, data, start, end, reason)
}

// encodeCustom runs a Python error handler for encodeError.
func encodeCustom(t *Thread, out []byte, errors, encoding string, s *Str, start, end int, reason string, rep func(out []byte, r rune) ([]byte, bool)) ([]byte, int, error) {
	exc := NewUnicodeEncodeError(encoding, s.exact(), start, end, reason)
	r, pos, err := CallEncodeErrorHandler(t, errors, exc, s.Len())
	if err != nil {
		return out, 0, err
	}
	if b, ok := r.(*Bytes); ok {
		return append(out, b.s...), pos, nil
	}
	text := r.(*Str).s
	mark := len(out)
	for i := 0; i < len(text); {
		c, n := pystr.DecodeRune(text[i:])
		i += n
		var ok bool
		if rep != nil {
			out, ok = rep(out, c)
		}
		if !ok {
			return out[:mark], 0, NewUnicodeEncodeError(encoding, s.exact(), start, end, reason)
		}
	}
	return out, pos, nil
}

// decodeCustom runs a Python error handler for decodeError.
func decodeCustom(t *Thread, out []byte, errors, encoding string, data string, start, end int, reason string) ([]byte, int, error) {
	exc := NewUnicodeDecodeError(encoding, []byte(data), start, end, reason)
	r, pos, err := CallDecodeErrorHandler(t, errors, exc, len(data))
	if err != nil {
		return out, 0, err
	}
	return append(out, r.s...), pos, nil
}

// repBelow returns a replacement encoder for code points below limit.
func repBelow(limit rune) func(out []byte, r rune) ([]byte, bool) {
	return func(out []byte, r rune) ([]byte, bool) {
		if r >= limit {
			return out, false
		}
		return append(out, byte(r)), true
	}
}

var repASCII = repBelow(0x80)

// encodeByHook and decodeByHook encode and decode through a codec registered from Python.
func encodeByHook(t *Thread, s *Str, encoding, errors string) (*Bytes, error) {
	enc, err := hookCodecFunc(t, encoding, 0)
	if err != nil {
		return nil, err
	}
	v, err := callCodecFunc(t, enc, s, errors, "encoder")
	if err != nil {
		return nil, err
	}
	switch b := v.(type) {
	case *Bytes:
		return b, nil
	case *ByteArray:
		if err := Warn(t, RuntimeWarning, "encoder "+encoding+" returned bytearray instead of bytes", 1); err != nil {
			return nil, err
		}
		return NewBytes(string(b.b)), nil
	}
	return nil, Errorf(TypeError, "encoder did not return a bytes object (type=%s)", v.Type().Name)
}

func decodeByHook(t *Thread, data string, encoding, errors string) (*Str, error) {
	dec, err := hookCodecFunc(t, encoding, 1)
	if err != nil {
		return nil, err
	}
	// As in CPython, the decoder sees the data through a memoryview.
	view, err := NewMemoryView(NewBytes(data))
	if err != nil {
		return nil, err
	}
	v, err := callCodecFunc(t, dec, view, errors, "decoder")
	if err != nil {
		return nil, err
	}
	if s, ok := v.(*Str); ok {
		return s, nil
	}
	return nil, Errorf(TypeError, "decoder did not return a str object (type=%s)", v.Type().Name)
}

// hookCodecFunc returns item i of the codec information of encoding.
func hookCodecFunc(t *Thread, encoding string, i int) (Object, error) {
	if CodecSearch == nil || t == nil {
		return nil, unknownEncoding(encoding)
	}
	info, err := CodecSearch(t, encoding)
	if err != nil {
		return nil, err
	}
	if info == nil {
		return nil, unknownEncoding(encoding)
	}
	tup, ok := info.(*Tuple)
	if !ok || len(tup.Items) < 4 {
		return nil, Errorf(TypeError, "codec search functions must return 4-tuples")
	}
	return tup.Items[i], nil
}

// callCodecFunc calls a codec's encoder or decoder and returns the first
// item of the (object, length) tuple it returns.
func callCodecFunc(t *Thread, f, arg Object, errors, what string) (Object, error) {
	args := []Object{arg}
	if errors != "strict" {
		args = append(args, NewStr(errors))
	}
	v, err := Call(t, f, args, nil)
	if err != nil {
		return nil, err
	}
	tup, ok := v.(*Tuple)
	if !ok || len(tup.Items) != 2 {
		return nil, Errorf(TypeError, "%s must return a tuple (object, integer)", what)
	}
	return tup.Items[0], nil
}
