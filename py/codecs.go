package py

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/taipan-py/taipan/internal/pystr"
)

// The built-in codecs behind str.encode, bytes.decode and str(bytes,
// encoding): UTF-8, Latin-1, ASCII, UTF-16 and UTF-32 (with and without a
// byte order), with the error handlers strict, ignore, replace,
// surrogateescape, surrogatepass, backslashreplace and xmlcharrefreplace,
// and CPython 3.2's error messages and positions.
//
// Valid UTF-8 decodes without a copy (a bytes object and a str may share
// their Go string), and a str without surrogates encodes to UTF-8 the
// same way.

// strCodec is one codec.
type strCodec struct {
	name   string // the name errors report
	encode func(t *Thread, s *Str, errors string) (*Bytes, error)
	decode func(t *Thread, data string, errors string) (*Str, error)
}

var (
	codecUTF8    = &strCodec{name: "utf-8", encode: encodeUTF8, decode: decodeUTF8}
	codecLatin1  = &strCodec{name: "latin-1", encode: encodeLatin1, decode: decodeLatin1}
	codecASCII   = &strCodec{name: "ascii", encode: encodeASCII, decode: decodeASCII}
	codecUTF16   = &strCodec{name: "utf-16", encode: encodeUTF16(0), decode: decodeUTF16(0)}
	codecUTF16LE = &strCodec{name: "utf-16-le", encode: encodeUTF16(-1), decode: decodeUTF16(-1)}
	codecUTF16BE = &strCodec{name: "utf-16-be", encode: encodeUTF16(1), decode: decodeUTF16(1)}
	codecUTF32   = &strCodec{name: "utf-32", encode: encodeUTF32(0), decode: decodeUTF32(0)}
	codecUTF32LE = &strCodec{name: "utf-32-le", encode: encodeUTF32(-1), decode: decodeUTF32(-1)}
	codecUTF32BE = &strCodec{name: "utf-32-be", encode: encodeUTF32(1), decode: decodeUTF32(1)}
)

// codecModules maps the module names of the encodings package to the
// codecs, and codecAliases the aliases of encodings/aliases.py to module
// names.
var codecModules = map[string]*strCodec{
	"utf_8": codecUTF8, "latin_1": codecLatin1, "ascii": codecASCII,
	"utf_16": codecUTF16, "utf_16_le": codecUTF16LE, "utf_16_be": codecUTF16BE,
	"utf_32": codecUTF32, "utf_32_le": codecUTF32LE, "utf_32_be": codecUTF32BE,
}

var codecAliases = map[string]string{
	"646": "ascii", "ansi_x3.4_1968": "ascii", "ansi_x3_4_1968": "ascii",
	"ansi_x3.4_1986": "ascii", "cp367": "ascii", "csascii": "ascii", "ibm367": "ascii",
	"iso646_us": "ascii", "iso_646.irv_1991": "ascii", "iso_ir_6": "ascii", "us": "ascii",
	"us_ascii": "ascii",
	"8859":     "latin_1", "cp819": "latin_1", "csisolatin1": "latin_1", "ibm819": "latin_1",
	"iso8859": "latin_1", "iso8859_1": "latin_1", "iso_8859_1": "latin_1",
	"iso_8859_1_1987": "latin_1", "iso_ir_100": "latin_1", "l1": "latin_1", "latin": "latin_1",
	"latin1": "latin_1",
	"u16":    "utf_16", "utf16": "utf_16", "unicodebigunmarked": "utf_16_be", "utf_16be": "utf_16_be",
	"unicodelittleunmarked": "utf_16_le", "utf_16le": "utf_16_le",
	"u32": "utf_32", "utf32": "utf_32", "utf_32be": "utf_32_be", "utf_32le": "utf_32_le",
	"u8": "utf_8", "utf": "utf_8", "utf8": "utf_8", "utf8_ucs2": "utf_8", "utf8_ucs4": "utf_8",
}

// lookupCodec finds a codec by name as 3.2's codec registry and encodings
// package do: lower case, runs of characters other than letters, digits
// and '.' made one '_', then the aliases.
func lookupCodec(name string) *strCodec {
	switch name {
	case "utf-8", "utf8":
		return codecUTF8
	case "latin-1", "latin1", "iso-8859-1":
		return codecLatin1
	case "ascii":
		return codecASCII
	}
	var b strings.Builder
	punct := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			b.WriteByte(c)
			punct = false
		} else {
			punct = true
		}
	}
	norm := b.String()
	alias, ok := codecAliases[norm]
	if !ok {
		alias, ok = codecAliases[strings.ReplaceAll(norm, ".", "_")]
	}
	if ok {
		if c := codecModules[alias]; c != nil {
			return c
		}
	}
	if c := codecModules[norm]; c != nil {
		return c
	}
	module := norm
	if m, ok := charmapAliases[norm]; ok {
		module = m
	} else if m, ok := charmapAliases[strings.ReplaceAll(norm, ".", "_")]; ok {
		module = m
	}
	return charmapCodec(module)
}

// charmapCodecs caches the charmap codecs made so far.
var charmapCodecs struct {
	sync.Mutex
	m map[string]*strCodec
}

// charmapCodec returns the one-byte codec of the encodings module named
// name (cp1252, koi8_r, ...), or nil if there is none.
func charmapCodec(name string) *strCodec {
	table, ok := charmapTables[name]
	if !ok {
		return nil
	}
	charmapCodecs.Lock()
	defer charmapCodecs.Unlock()
	if c := charmapCodecs.m[name]; c != nil {
		return c
	}
	var decode [256]rune
	encode := make(map[rune]byte, 256)
	i := 0
	for _, r := range table {
		decode[i] = r
		if r != 0xFFFE {
			encode[r] = byte(i)
		}
		i++
	}
	c := &strCodec{
		name: strings.ReplaceAll(name, "_", "-"),
		encode: func(t *Thread, s *Str, errors string) (*Bytes, error) {
			return encodeCharmap(t, s, errors, encode)
		},
		decode: func(t *Thread, data string, errors string) (*Str, error) {
			return decodeCharmap(t, data, errors, &decode)
		},
	}
	if charmapCodecs.m == nil {
		charmapCodecs.m = make(map[string]*strCodec)
	}
	charmapCodecs.m[name] = c
	return c
}

func encodeCharmap(t *Thread, s *Str, errors string, table map[rune]byte) (*Bytes, error) {
	out := make([]byte, 0, len(s.s))
	text := s.s
	k := 0
	for i := 0; i < len(text); {
		r, n := decodeRune(text, i)
		if c, ok := table[r]; ok {
			out = append(out, c)
			i += n
			k++
			continue
		}
		// Collect the run of unencodable characters.
		start := k
		for i < len(text) {
			r, n = decodeRune(text, i)
			if _, ok := table[r]; ok {
				break
			}
			i += n
			k++
		}
		var err error
		if out, k, err = encodeError(t, out, errors, "charmap", s, start, k, "character maps to <undefined>", func(out []byte, r rune) ([]byte, bool) {
			c, ok := table[r]
			return append(out, c), ok
		}); err != nil {
			return nil, err
		}
		i = s.offset(k)
	}
	return NewBytes(string(out)), nil
}

func decodeCharmap(t *Thread, data string, errors string, table *[256]rune) (*Str, error) {
	out := make([]byte, 0, len(data)*2)
	for i := 0; i < len(data); {
		r := table[data[i]]
		if r != 0xFFFE {
			out = pystr.AppendRune(out, r)
			i++
			continue
		}
		var err error
		if out, i, err = decodeError(t, out, errors, "charmap", data, i, i+1, "character maps to <undefined>"); err != nil {
			return nil, err
		}
	}
	return NewStr(string(out)), nil
}

// NormalizeEncoding returns the canonical name of an encoding Taipan
// knows ("utf-8", "latin-1", "ascii", "utf-16", ...), or "" if it knows
// none by that name.
func NormalizeEncoding(name string) string {
	if c := lookupCodec(name); c != nil {
		return c.name
	}
	return ""
}

func unknownEncoding(name string) error {
	return Errorf(LookupError, "unknown encoding: %s", name)
}

// Encode returns s.encode(encoding, errors).
func Encode(t *Thread, s *Str, encoding, errors string) (*Bytes, error) {
	c := lookupCodec(encoding)
	if c == nil {
		return encodeByHook(t, s, encoding, errors)
	}
	return c.encode(t, s, errors)
}

// Decode returns data.decode(encoding, errors) for the bytes data.
func Decode(t *Thread, data string, encoding, errors string) (*Str, error) {
	c := lookupCodec(encoding)
	if c == nil {
		return decodeByHook(t, data, encoding, errors)
	}
	return c.decode(t, data, errors)
}

// unknownErrorHandler is the LookupError of an error handler name that
// is not registered (raised only when an error needs handling).
func unknownErrorHandler(errors string) error {
	return Errorf(LookupError, "unknown error handler name '%s'", errors)
}

// encodeError handles the characters start to end (code point indexes)
// of s that the codec cannot encode, by the error handler errors:
// it appends their replacement to out, or fails.
//
// A handler registered from Python (codecs.register_error) returns a
// replacement, which rep encodes code point by code point, and the
// position where encoding resumes, which encodeError returns; for the
// built-in handlers that position is end.
func encodeError(t *Thread, out []byte, errors, encoding string, s *Str, start, end int, reason string, rep func(out []byte, r rune) ([]byte, bool)) ([]byte, int, error) {
	out, err := encodeBuiltinError(t, out, errors, encoding, s, start, end, reason)
	if err == errCustomHandler {
		return encodeCustom(t, out, errors, encoding, s, start, end, reason, rep)
	}
	return out, end, err
}

// errCustomHandler says that an error handler is not built in.
var errCustomHandler = Errorf(LookupError, "custom error handler")

func encodeBuiltinError(t *Thread, out []byte, errors, encoding string, s *Str, start, end int, reason string) ([]byte, error) {
	strict := func() error {
		return NewUnicodeEncodeError(encoding, s.exact(), start, end, reason)
	}
	switch errors {
	case "strict":
		return out, strict()
	case "ignore":
		return out, nil
	case "replace":
		for k := start; k < end; k++ {
			out = append(out, '?')
		}
		return out, nil
	case "xmlcharrefreplace", "backslashreplace", "surrogateescape", "surrogatepass":
	default:
		return out, errCustomHandler
	}
	chars := s.s[s.offset(start):s.offset(end)]
	switch errors {
	case "xmlcharrefreplace":
		for i := 0; i < len(chars); {
			r, n := decodeRune(chars, i)
			i += n
			out = append(out, '&', '#')
			out = strconv.AppendInt(out, int64(r), 10)
			out = append(out, ';')
		}
		return out, nil
	case "backslashreplace":
		for i := 0; i < len(chars); {
			r, n := decodeRune(chars, i)
			i += n
			out = strAppendBackslash(out, r)
		}
		return out, nil
	case "surrogateescape":
		mark := len(out)
		for i := 0; i < len(chars); {
			r, n := decodeRune(chars, i)
			i += n
			if r < 0xDC80 || r > 0xDCFF {
				return out[:mark], strict()
			}
			out = append(out, byte(r-0xDC00))
		}
		return out, nil
	case "surrogatepass":
		mark := len(out)
		for i := 0; i < len(chars); {
			r, n := decodeRune(chars, i)
			i += n
			if r < 0xD800 || r > 0xDFFF {
				return out[:mark], strict()
			}
			out = pystr.AppendRune(out, r)
		}
		return out, nil
	}
	return out, unknownErrorHandler(errors)
}

// decodeError handles the bytes start to end of data that the codec
// cannot decode, by the error handler errors: it appends their
// replacement to out and returns where decoding resumes, or fails.
func decodeError(t *Thread, out []byte, errors, encoding string, data string, start, end int, reason string) ([]byte, int, error) {
	strict := func() error {
		return NewUnicodeDecodeError(encoding, []byte(data), start, end, reason)
	}
	switch errors {
	case "strict":
		return out, 0, strict()
	case "ignore":
		return out, end, nil
	case "replace":
		return append(out, "\uFFFD"...), end, nil
	case "surrogateescape":
		mark := len(out)
		for k := start; k < end; k++ {
			c := data[k]
			if c < 0x80 {
				return out[:mark], 0, strict()
			}
			out = pystr.AppendRune(out, 0xDC00+rune(c))
		}
		return out, end, nil
	case "surrogatepass":
		if encoding == "utf-8" && start+3 <= len(data) {
			c0, c1, c2 := data[start], data[start+1], data[start+2]
			if c0&0xF0 == 0xE0 && c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
				r := rune(c0&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F)
				if r >= 0xD800 && r <= 0xDFFF {
					return pystr.AppendRune(out, r), start + 3, nil
				}
			}
		}
		return out, 0, strict()
	case "xmlcharrefreplace", "backslashreplace":
		return out, 0, Errorf(TypeError, "don't know how to handle UnicodeDecodeError in error callback")
	}
	return decodeCustom(t, out, errors, encoding, data, start, end, reason)
}

// strHasSurrogates reports whether Python text holds a surrogate code
// point (whose generalised UTF-8 starts ED A0 to ED BF).
func strHasSurrogates(s string) bool {
	for i := strings.IndexByte(s, 0xED); i >= 0; {
		if i+1 < len(s) && s[i+1] >= 0xA0 {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xED)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func encodeUTF8(t *Thread, s *Str, errors string) (*Bytes, error) {
	if !strHasSurrogates(s.s) {
		return NewBytes(s.s), nil
	}
	out := make([]byte, 0, len(s.s))
	k := 0 // code point index
	for i := 0; i < len(s.s); {
		c := s.s[i]
		n := strRuneSize(c)
		if c == 0xED && s.s[i+1] >= 0xA0 {
			var err error
			if out, k, err = encodeError(t, out, errors, "utf-8", s, k, k+1, "surrogates not allowed", repASCII); err != nil {
				return nil, err
			}
			i = s.offset(k)
			continue
		}
		out = append(out, s.s[i:i+n]...)
		i += n
		k++
	}
	return NewBytes(string(out)), nil
}

// encodeCharset encodes into a one-byte charset holding code points below
// limit (Latin-1, ASCII).
func encodeCharset(t *Thread, s *Str, errors, encoding string, limit rune, reason string) (*Bytes, error) {
	if strIsASCII(s.s) {
		return NewBytes(s.s), nil
	}
	out := make([]byte, 0, len(s.s))
	text := s.s
	k := 0
	for i := 0; i < len(text); {
		r, n := decodeRune(text, i)
		if r < limit {
			out = append(out, byte(r))
			i += n
			k++
			continue
		}
		// Collect the run of unencodable characters.
		start := k
		for i < len(text) {
			r, n = decodeRune(text, i)
			if r < limit {
				break
			}
			i += n
			k++
		}
		var err error
		if out, k, err = encodeError(t, out, errors, encoding, s, start, k, reason, repBelow(limit)); err != nil {
			return nil, err
		}
		i = s.offset(k)
	}
	return NewBytes(string(out)), nil
}

func encodeLatin1(t *Thread, s *Str, errors string) (*Bytes, error) {
	return encodeCharset(t, s, errors, "latin-1", 0x100, "ordinal not in range(256)")
}

func encodeASCII(t *Thread, s *Str, errors string) (*Bytes, error) {
	return encodeCharset(t, s, errors, "ascii", 0x80, "ordinal not in range(128)")
}

// encodeUTF16 makes a UTF-16 encoder: byte order -1 little-endian, 1
// big-endian, 0 native (little-endian) after a byte order mark.
func encodeUTF16(order int) func(t *Thread, s *Str, errors string) (*Bytes, error) {
	return func(t *Thread, s *Str, errors string) (*Bytes, error) {
		out := make([]byte, 0, 2*len(s.s)+2)
		put := func(u uint16) {
			if order > 0 {
				out = append(out, byte(u>>8), byte(u))
			} else {
				out = append(out, byte(u), byte(u>>8))
			}
		}
		if order == 0 {
			put(0xFEFF)
		}
		for i := 0; i < len(s.s); {
			r, n := decodeRune(s.s, i)
			i += n
			if r >= 0x10000 {
				r -= 0x10000
				put(uint16(0xD800 + r>>10))
				put(uint16(0xDC00 + r&0x3FF))
			} else {
				put(uint16(r))
			}
		}
		return NewBytes(string(out)), nil
	}
}

// encodeUTF32 makes a UTF-32 encoder, with byte orders as encodeUTF16.
func encodeUTF32(order int) func(t *Thread, s *Str, errors string) (*Bytes, error) {
	return func(t *Thread, s *Str, errors string) (*Bytes, error) {
		out := make([]byte, 0, 4*len(s.s)+4)
		put := func(u uint32) {
			if order > 0 {
				out = append(out, byte(u>>24), byte(u>>16), byte(u>>8), byte(u))
			} else {
				out = append(out, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
			}
		}
		if order == 0 {
			put(0xFEFF)
		}
		for i := 0; i < len(s.s); {
			r, n := decodeRune(s.s, i)
			i += n
			put(uint32(r))
		}
		return NewBytes(string(out)), nil
	}
}

func decodeUTF8(t *Thread, data string, errors string) (*Str, error) {
	if utf8.ValidString(data) {
		return NewStr(data), nil
	}
	out := make([]byte, 0, len(data)+8)
	i := 0
	for i < len(data) {
		c := data[i]
		if c < 0x80 {
			out = append(out, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(data[i:])
		if r != utf8.RuneError || n > 1 {
			out = append(out, data[i:i+n]...)
			i += n
			continue
		}
		// An invalid sequence: find the bytes to report, as 3.2 does.
		start, end, reason := utf8ErrorRange(data, i)
		var err error
		if out, i, err = decodeError(t, out, errors, "utf-8", data, start, end, reason); err != nil {
			return nil, err
		}
	}
	return NewStr(string(out)), nil
}

// utf8ErrorRange returns the bytes of the invalid UTF-8 sequence at data[i]
// that CPython 3.2's decoder reports, and why.
func utf8ErrorRange(data string, i int) (int, int, string) {
	c := data[i]
	var n int
	switch {
	case c >= 0xC2 && c <= 0xDF:
		n = 2
	case c >= 0xE0 && c <= 0xEF:
		n = 3
	case c >= 0xF0 && c <= 0xF4:
		n = 4
	default:
		return i, i + 1, "invalid start byte"
	}
	cont := func(k int) bool { return data[i+k]&0xC0 == 0x80 }
	if i+n > len(data) {
		end := i + 1
		for k := 1; i+k < len(data) && cont(k); k++ {
			end++
		}
		return i, end, "unexpected end of data"
	}
	end := i + 1
	switch n {
	case 3:
		if cont(1) {
			end++
		}
	case 4:
		if cont(1) {
			end++
			if cont(2) {
				end++
			}
		}
	}
	return i, end, "invalid continuation byte"
}

func decodeLatin1(t *Thread, data string, errors string) (*Str, error) {
	if strIsASCII(data) {
		return newStrN(data, len(data)), nil
	}
	out := make([]byte, 0, len(data)*2)
	for i := 0; i < len(data); i++ {
		out = utf8.AppendRune(out, rune(data[i]))
	}
	return newStrN(string(out), len(data)), nil
}

func decodeASCII(t *Thread, data string, errors string) (*Str, error) {
	if strIsASCII(data) {
		return newStrN(data, len(data)), nil
	}
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); {
		c := data[i]
		if c < 0x80 {
			out = append(out, c)
			i++
			continue
		}
		var err error
		if out, i, err = decodeError(t, out, errors, "ascii", data, i, i+1, "ordinal not in range(128)"); err != nil {
			return nil, err
		}
	}
	return NewStr(string(out)), nil
}

// decodeUTF16 makes a UTF-16 decoder: byte order -1 little-endian, 1
// big-endian, 0 by a leading byte order mark (skipped), little-endian
// without one.
func decodeUTF16(order int) func(t *Thread, data string, errors string) (*Str, error) {
	return func(t *Thread, data string, errors string) (*Str, error) {
		bigEndian := order > 0
		i := 0
		if order == 0 && len(data) >= 2 {
			switch {
			case data[0] == 0xFF && data[1] == 0xFE:
				i = 2
			case data[0] == 0xFE && data[1] == 0xFF:
				i = 2
				bigEndian = true
			}
		}
		unit := func(k int) rune {
			if bigEndian {
				return rune(data[k])<<8 | rune(data[k+1])
			}
			return rune(data[k+1])<<8 | rune(data[k])
		}
		out := make([]byte, 0, len(data))
		for i < len(data) {
			var start, end int
			var reason string
			switch {
			case len(data)-i < 2:
				start, end, reason = i, len(data), "truncated data"
			default:
				ch := unit(i)
				switch {
				case ch < 0xD800 || ch > 0xDFFF:
					out = pystr.AppendRune(out, ch)
					i += 2
					continue
				case len(data)-(i+2) < 2:
					start, end, reason = i, len(data), "unexpected end of data"
				case ch <= 0xDBFF:
					ch2 := unit(i + 2)
					if ch2 >= 0xDC00 && ch2 <= 0xDFFF {
						out = pystr.AppendRune(out, 0x10000+(ch-0xD800)<<10+(ch2-0xDC00))
						i += 4
						continue
					}
					start, end, reason = i, i+2, "illegal UTF-16 surrogate"
				default:
					start, end, reason = i, i+2, "illegal encoding"
				}
			}
			var err error
			if out, i, err = decodeError(t, out, errors, "utf16", data, start, end, reason); err != nil {
				return nil, err
			}
		}
		return NewStr(string(out)), nil
	}
}

// decodeUTF32 makes a UTF-32 decoder, with byte orders as decodeUTF16.
func decodeUTF32(order int) func(t *Thread, data string, errors string) (*Str, error) {
	return func(t *Thread, data string, errors string) (*Str, error) {
		bigEndian := order > 0
		i := 0
		if order == 0 && len(data) >= 4 {
			switch data[:4] {
			case "\xFF\xFE\x00\x00":
				i = 4
			case "\x00\x00\xFE\xFF":
				i = 4
				bigEndian = true
			}
		}
		out := make([]byte, 0, len(data))
		for i < len(data) {
			var start, end int
			var reason string
			if len(data)-i < 4 {
				start, end, reason = i, len(data), "truncated data"
			} else {
				var u uint32
				if bigEndian {
					u = uint32(data[i])<<24 | uint32(data[i+1])<<16 | uint32(data[i+2])<<8 | uint32(data[i+3])
				} else {
					u = uint32(data[i+3])<<24 | uint32(data[i+2])<<16 | uint32(data[i+1])<<8 | uint32(data[i])
				}
				if u <= 0x10FFFF {
					out = pystr.AppendRune(out, rune(u))
					i += 4
					continue
				}
				start, end, reason = i, i+4, "codepoint not in range(0x110000)"
			}
			var err error
			if out, i, err = decodeError(t, out, errors, "utf32", data, start, end, reason); err != nil {
				return nil, err
			}
		}
		return NewStr(string(out)), nil
	}
}
