package parser

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/taipan-py/taipan/internal/pystr"
)

// simpleEscapes maps the letter of a one-character escape (\n, \t, ...) to
// the byte it stands for, in str and bytes literals alike.
var simpleEscapes = [256]byte{
	'\\': '\\', '\'': '\'', '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
	'n': '\n', 'r': '\r', 't': '\t', 'v': '\v',
}

// errBytesNonASCII is the error for a bytes literal written with a
// character that is not ASCII.
const errBytesNonASCII = "bytes can only contain ASCII literal characters."

// decodeString decodes one STRING token's text (prefix, quotes and body as
// written) into its value. isBytes tells a bytes literal. A non-empty errMsg
// is the SyntaxError message CPython 3.2 gives for a bad literal (for
// example "(unicode error) 'unicodeescape' codec can't decode bytes in
// position 0-1: truncated \xXX escape"); the parser reports it at the atom.
//
// The prefixes of 3.2 are r, b and br in any case. A str value is Python
// text in UTF-8, where a lone surrogate (from an escape such as \ud800) is
// written in its three-byte generalised UTF-8 form (see package pystr); a
// bytes value holds the raw bytes.
//
// The rules are 3.2's:
//   - str: the escapes \newline \\ \' \" \a \b \f \n \r \t \v, octal \o to
//     \ooo (up to U+01FF), \xhh, \uhhhh, \Uhhhhhhhh (at most U+10FFFF) and
//     \N{name} (pystr.LookupName); any other backslash stays with the
//     character after it.
//   - raw str: the body as written (\u is not processed).
//   - bytes: only ASCII characters in the source; the same escapes less \u,
//     \U and \N; octal escapes keep the low eight bits.
//
// The positions in "(unicode error)" messages are those of 3.2, which
// decodes an escape in a copy of the body where each non-ASCII character
// has become a ten-byte \Uhhhhhhhh escape (and a backslash before one a
// six-byte \u005c), so they count a non-ASCII character as ten. 3.2 writes
// the message into a 128-byte buffer; a longer one is cut to 127 bytes
// here too.
//
// The source text is expected to be UTF-8; where it is not (3.2 lets
// invalid UTF-8 through when a file has a BOM or a utf-8 cookie), a str
// literal fails as 3.2's does, with a "(unicode error) 'utf-8' codec ..."
// message.
func decodeString(text string) (value string, isBytes bool, errMsg string) {
	raw := false
	i := 0
	for ; i < len(text); i++ {
		switch text[i] {
		case 'b', 'B':
			isBytes = true
			continue
		case 'r', 'R':
			raw = true
			continue
		}
		break
	}
	body, ok := stringBody(text[i:])
	if !ok {
		return "", isBytes, "invalid string literal"
	}
	if isBytes {
		for j := 0; j < len(body); j++ {
			if body[j] >= 0x80 {
				return "", true, errBytesNonASCII
			}
		}
		if raw || strings.IndexByte(body, '\\') < 0 {
			return body, true, ""
		}
		v, msg := decodeBytesEscape(body)
		if msg != "" {
			return "", true, astErrorText("value error", msg)
		}
		return v, true, ""
	}
	if raw {
		if msg := checkUTF8(body); msg != "" {
			return "", false, astErrorText("unicode error", msg)
		}
		return body, false, ""
	}
	v, msg := decodeUnicodeEscape(body)
	if msg != "" {
		return "", false, astErrorText("unicode error", msg)
	}
	return v, false, ""
}

// stringBody strips the quotes (one or three of a kind) from a literal
// whose prefix is gone.
func stringBody(s string) (string, bool) {
	if len(s) < 2 {
		return "", false
	}
	q := s[0]
	if q != '\'' && q != '"' || s[len(s)-1] != q {
		return "", false
	}
	if len(s) >= 6 && s[1] == q && s[2] == q {
		if s[len(s)-2] != q || s[len(s)-3] != q {
			return "", false
		}
		return s[3 : len(s)-3], true
	}
	return s[1 : len(s)-1], true
}

// astErrorText formats a decoding failure the way 3.2's parser does:
// "(unicode error) ..." or "(value error) ...", cut to the 127 bytes its
// buffer holds.
func astErrorText(kind, msg string) string {
	s := "(" + kind + ") " + msg
	if len(s) > 127 {
		s = s[:127]
	}
	return s
}

// decodeUnicodeEscape decodes the body of a non-raw str literal.
func decodeUnicodeEscape(body string) (string, string) {
	// 3.2 first turns each run of non-ASCII bytes into escapes, decoding
	// it as UTF-8; that fails before any escape is looked at.
	for i := 0; i < len(body); {
		if body[i] < 0x80 {
			i++
			continue
		}
		j := i
		for j < len(body) && body[j] >= 0x80 {
			j++
		}
		if msg := checkUTF8(body[i:j]); msg != "" {
			return "", msg
		}
		i = j
	}
	bs := strings.IndexByte(body, '\\')
	if bs < 0 {
		return body, ""
	}
	out := make([]byte, 0, len(body))
	out = append(out, body[:bs]...)
	fail := func(start, end int, reason string) (string, string) {
		return "", decodeErrorText("unicodeescape", vpos(body, start), vpos(body, end), '\\', reason)
	}
	for i := bs; i < len(body); {
		c := body[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(body) {
			return fail(start, len(body), "\\ at end of string")
		}
		c = body[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"', 'a', 'b', 'f', 'n', 'r', 't', 'v':
			out = append(out, simpleEscapes[c])
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := rune(c - '0')
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v<<3 | rune(body[i]-'0')
				i++
			}
			out = utf8.AppendRune(out, v)
		case 'x', 'u', 'U':
			digits, reason := 2, "truncated \\xXX escape"
			if c == 'u' {
				digits, reason = 4, "truncated \\uXXXX escape"
			} else if c == 'U' {
				digits, reason = 8, "truncated \\UXXXXXXXX escape"
			}
			var v uint32
			for k := 0; k < digits; k++ {
				if i >= len(body) || !isHexDigit(body[i]) {
					return fail(start, i, reason)
				}
				v = v<<4 | uint32(hexValue(body[i]))
				i++
			}
			if v > 0x10FFFF {
				return fail(start, i, "illegal Unicode character")
			}
			out = pystr.AppendRune(out, rune(v))
		case 'N':
			if i >= len(body) || body[i] != '{' {
				return fail(start, i, "malformed \\N character escape")
			}
			close := strings.IndexByte(body[i+1:], '}')
			if close < 0 {
				return fail(start, len(body), "malformed \\N character escape")
			}
			if close == 0 {
				return fail(start, i+1, "malformed \\N character escape")
			}
			name := body[i+1 : i+1+close]
			i += close + 2
			r, ok := pystr.LookupName(name)
			if !ok {
				return fail(start, i, "unknown Unicode character name")
			}
			out = utf8.AppendRune(out, r)
		default:
			// Unknown escape: the backslash stays, and the character after
			// it is read again as an ordinary one.
			out = append(out, '\\')
			i--
		}
	}
	return string(out), ""
}

// vpos maps an offset in a str literal's body to the offset 3.2 reports:
// the one in its copy of the body where every non-ASCII character is a
// ten-byte \U escape and a backslash before a non-ASCII character is
// followed by "u005c".
func vpos(body string, off int) int {
	n := 0
	for i := 0; i < off && i < len(body); {
		if body[i] == '\\' {
			n++
			i++
			if i < len(body) && body[i] >= 0x80 {
				n += 5
			}
			if i >= off {
				break
			}
		}
		switch {
		case i >= len(body):
		case body[i] >= 0x80:
			for i < len(body) && body[i] >= 0x80 {
				_, size := utf8.DecodeRuneInString(body[i:])
				i += size
				n += 10
			}
		default:
			n++
			i++
		}
	}
	return n
}

// decodeErrorText is str() of a UnicodeDecodeError: one byte (b) or a
// range of positions, end exclusive.
func decodeErrorText(codec string, start, end int, b byte, reason string) string {
	if end == start+1 {
		return "'" + codec + "' codec can't decode byte 0x" + hex2(b) +
			" in position " + strconv.Itoa(start) + ": " + reason
	}
	return "'" + codec + "' codec can't decode bytes in position " +
		strconv.Itoa(start) + "-" + strconv.Itoa(end-1) + ": " + reason
}

func hex2(b byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[b>>4], digits[b&0xF]})
}

// checkUTF8 returns "" when s is valid UTF-8 and otherwise the text of
// the UnicodeDecodeError 3.2's UTF-8 decoder raises for s.
func checkUTF8(s string) string {
	start, end, reason := utf8Failure(s)
	if reason == "" {
		return ""
	}
	return decodeErrorText("utf-8", start, end, s[start], reason)
}

// decodeBytesEscape decodes the escapes of a non-raw bytes literal.
func decodeBytesEscape(body string) (string, string) {
	out := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(body) {
			return "", "Trailing \\ in string"
		}
		c = body[i]
		i++
		switch c {
		case '\n':
		case '\\', '\'', '"', 'a', 'b', 'f', 'n', 'r', 't', 'v':
			out = append(out, simpleEscapes[c])
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v<<3 | int(body[i]-'0')
				i++
			}
			out = append(out, byte(v))
		case 'x':
			if i+1 < len(body) && isHexDigit(body[i]) && isHexDigit(body[i+1]) {
				out = append(out, hexValue(body[i])<<4|hexValue(body[i+1]))
				i += 2
				break
			}
			return "", "invalid \\x escape at position " + strconv.Itoa(start)
		default:
			out = append(out, '\\')
			i--
		}
	}
	return string(out), ""
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func hexValue(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// parseNumber converts a NUMBER token's text into an int64, *big.Int,
// float64 or complex128 (an imaginary literal). Integers are decimal or
// carry a 0x, 0o or 0b prefix (any case); an int64 is used whenever the
// value fits. Floats are correctly rounded; one too large is +Inf, as in
// Python. A non-empty errMsg means the text is no number literal of 3.2
// (the scanner never produces one).
func parseNumber(text string) (v interface{}, errMsg string) {
	const bad = "invalid token"
	if text == "" {
		return nil, bad
	}
	if last := text[len(text)-1]; last == 'j' || last == 'J' {
		f, ok := parseDecimalFloat(text[:len(text)-1])
		if !ok {
			return nil, bad
		}
		return complex(0, f), ""
	}
	base := 10
	digits := text
	if len(text) > 1 && text[0] == '0' {
		switch text[1] {
		case 'x', 'X':
			base, digits = 16, text[2:]
		case 'o', 'O':
			base, digits = 8, text[2:]
		case 'b', 'B':
			base, digits = 2, text[2:]
		}
	}
	if base == 10 && strings.ContainsAny(text, ".eE") {
		f, ok := parseDecimalFloat(text)
		if !ok {
			return nil, bad
		}
		return f, ""
	}
	if digits == "" {
		return nil, bad
	}
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		if !isHexDigit(c) || int(hexValue(c)) >= base {
			return nil, bad
		}
	}
	if i, err := strconv.ParseInt(digits, base, 64); err == nil {
		return i, ""
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return nil, bad
	}
	return b, ""
}

// parseDecimalFloat reads digits with an optional point and exponent.
// Overflow gives ±Inf and underflow 0, as Python's float() does.
func parseDecimalFloat(s string) (float64, bool) {
	if s == "" {
		return 0, false
	}
	seenDigit := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			seenDigit = true
		case c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-':
		default:
			return 0, false
		}
	}
	if !seenDigit {
		return 0, false
	}
	return pystr.ParseFloat(s)
}
