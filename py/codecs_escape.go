package py

import (
	"github.com/taipan-py/taipan/internal/pystr"
)

// The codecs that write text as Python escapes (unicode_escape,
// raw_unicode_escape) and UTF-8 with a byte order mark (utf_8_sig), with
// CPython 3.2's error positions and messages.

var (
	codecUnicodeEscape    = &strCodec{name: "unicode-escape", encode: encodeUnicodeEscape, decode: decodeUnicodeEscape}
	codecRawUnicodeEscape = &strCodec{name: "raw-unicode-escape", encode: encodeRawUnicodeEscape, decode: decodeRawUnicodeEscape}
	codecUTF8Sig          = &strCodec{name: "utf-8-sig", encode: encodeUTF8Sig, decode: decodeUTF8Sig}
)

func init() {
	codecModules["unicode_escape"] = codecUnicodeEscape
	codecModules["raw_unicode_escape"] = codecRawUnicodeEscape
	codecModules["utf_8_sig"] = codecUTF8Sig
}

const utf8BOM = "\xEF\xBB\xBF"

func encodeUTF8Sig(t *Thread, s *Str, errors string) (*Bytes, error) {
	b, err := encodeUTF8(t, s, errors)
	if err != nil {
		return nil, err
	}
	return NewBytes(utf8BOM + b.s), nil
}

func decodeUTF8Sig(t *Thread, data string, errors string) (*Str, error) {
	if len(data) >= 3 && data[:3] == utf8BOM {
		data = data[3:]
	}
	return decodeUTF8(t, data, errors)
}

// appendHexEscape appends \xhh, \uhhhh or \Uhhhhhhhh (lower case) for c.
func appendHexEscape(b []byte, prefix byte, c rune, digits int) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '\\', prefix)
	for shift := 4 * (digits - 1); shift >= 0; shift -= 4 {
		b = append(b, hex[c>>uint(shift)&0xF])
	}
	return b
}

func encodeUnicodeEscape(t *Thread, s *Str, errors string) (*Bytes, error) {
	out := make([]byte, 0, len(s.s)+8)
	for i := 0; i < len(s.s); {
		c, n := decodeRune(s.s, i)
		i += n
		switch {
		case c == '\\':
			out = append(out, '\\', '\\')
		case c >= 0x10000:
			out = appendHexEscape(out, 'U', c, 8)
		case c >= 0x100:
			out = appendHexEscape(out, 'u', c, 4)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < ' ' || c >= 0x7F:
			out = appendHexEscape(out, 'x', c, 2)
		default:
			out = append(out, byte(c))
		}
	}
	return NewBytes(string(out)), nil
}

func encodeRawUnicodeEscape(t *Thread, s *Str, errors string) (*Bytes, error) {
	out := make([]byte, 0, len(s.s)+8)
	for i := 0; i < len(s.s); {
		c, n := decodeRune(s.s, i)
		i += n
		switch {
		case c >= 0x10000:
			out = appendHexEscape(out, 'U', c, 8)
		case c >= 0x100:
			out = appendHexEscape(out, 'u', c, 4)
		default:
			out = append(out, byte(c))
		}
	}
	return NewBytes(string(out)), nil
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func hexDigitValue(c byte) rune {
	switch {
	case c <= '9':
		return rune(c - '0')
	case c >= 'a':
		return rune(c-'a') + 10
	}
	return rune(c-'A') + 10
}

func decodeUnicodeEscape(t *Thread, data string, errors string) (*Str, error) {
	out := make([]byte, 0, len(data))
	i := 0
	for i < len(data) {
		if data[i] != '\\' {
			out = pystr.AppendRune(out, rune(data[i]))
			i++
			continue
		}
		start := i
		i++
		var c byte
		if i < len(data) {
			c = data[i]
		}
		i++
		var msg string
		switch c {
		case '\n':
			continue
		case '\\', '\'', '"':
			out = append(out, c)
			continue
		case 'b':
			out = append(out, '\b')
			continue
		case 'f':
			out = append(out, '\f')
			continue
		case 't':
			out = append(out, '\t')
			continue
		case 'n':
			out = append(out, '\n')
			continue
		case 'r':
			out = append(out, '\r')
			continue
		case 'v':
			out = append(out, '\v')
			continue
		case 'a':
			out = append(out, '\a')
			continue
		case '0', '1', '2', '3', '4', '5', '6', '7':
			x := rune(c - '0')
			for k := 0; k < 2 && i < len(data) && data[i] >= '0' && data[i] <= '7'; k++ {
				x = x<<3 + rune(data[i]-'0')
				i++
			}
			out = pystr.AppendRune(out, x)
			continue
		case 'x', 'u', 'U':
			digits := 2
			msg = "truncated \\xXX escape"
			if c == 'u' {
				digits, msg = 4, "truncated \\uXXXX escape"
			} else if c == 'U' {
				digits, msg = 8, "truncated \\UXXXXXXXX escape"
			}
			var x rune
			ok := true
			for k := 0; k < digits; k++ {
				if i >= len(data) || !isHexDigit(data[i]) {
					ok = false
					break
				}
				x = x<<4 | hexDigitValue(data[i])
				i++
			}
			if ok {
				if x <= 0x10FFFF {
					out = pystr.AppendRune(out, x)
					continue
				}
				msg = "illegal Unicode character"
			}
		case 'N':
			msg = "malformed \\N character escape"
			if i < len(data) && data[i] == '{' {
				nameStart := i + 1
				j := i
				for j < len(data) && data[j] != '}' {
					j++
				}
				i = j
				if j > nameStart && j < len(data) {
					msg = "unknown Unicode character name"
					i = j + 1
					if r, found := pystr.LookupName(data[nameStart:j]); found {
						out = pystr.AppendRune(out, r)
						continue
					}
				}
			}
		default:
			if i > len(data) {
				msg = "\\ at end of string"
				i = len(data)
				break
			}
			out = append(out, '\\')
			out = pystr.AppendRune(out, rune(c))
			continue
		}
		var err error
		if out, i, err = decodeError(t, out, errors, "unicodeescape", data, start, i, msg); err != nil {
			return nil, err
		}
	}
	return NewStr(string(out)), nil
}

func decodeRawUnicodeEscape(t *Thread, data string, errors string) (*Str, error) {
	out := make([]byte, 0, len(data))
	i := 0
	for i < len(data) {
		if data[i] != '\\' {
			out = pystr.AppendRune(out, rune(data[i]))
			i++
			continue
		}
		start := i
		// Only an odd run of backslashes escapes what follows.
		j := i
		for j < len(data) && data[j] == '\\' {
			j++
		}
		out = append(out, data[i:j]...)
		i = j
		if (j-start)%2 == 0 || i >= len(data) || data[i] != 'u' && data[i] != 'U' {
			continue
		}
		out = out[:len(out)-1]
		count := 4
		if data[i] == 'U' {
			count = 8
		}
		i++
		var x rune
		ok := true
		for k := 0; k < count; k++ {
			if i >= len(data) || !isHexDigit(data[i]) {
				ok = false
				break
			}
			x = x<<4 | hexDigitValue(data[i])
			i++
		}
		msg := "truncated \\uXXXX"
		if ok {
			if x <= 0x10FFFF {
				out = pystr.AppendRune(out, x)
				continue
			}
			msg = "\\Uxxxxxxxx out of range"
		}
		var err error
		if out, i, err = decodeError(t, out, errors, "rawunicodeescape", data, start, i, msg); err != nil {
			return nil, err
		}
	}
	return NewStr(string(out)), nil
}
