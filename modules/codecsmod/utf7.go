package codecsmod

import (
	"github.com/taipan-py/taipan/internal/pystr"
	"github.com/taipan-py/taipan/py"
)

// UTF-7 (RFC 2152) as CPython 3.2 writes and reads it: the characters of
// RFC 2152's set D and set O and space, tab, CR and LF are written as
// themselves, everything else (and '+', '\\', '~') in base-64 runs of
// UTF-16 that start with '+' and end with '-' when the next character
// could be taken for base 64.

// utf7Class: 0 set D, 1 set O, 2 whitespace, 3 always encoded.
var utf7Class = [128]uint8{
	3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 2, 3, 3,
	3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
	2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 3, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0,
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 3, 1, 1, 1,
	1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 3, 3,
}

const b64chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func isB64(c rune) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '+' || c == '/'
}

func b64Value(c byte) uint32 {
	switch {
	case 'A' <= c && c <= 'Z':
		return uint32(c - 'A')
	case 'a' <= c && c <= 'z':
		return uint32(c-'a') + 26
	case '0' <= c && c <= '9':
		return uint32(c-'0') + 52
	case c == '+':
		return 62
	}
	return 63
}

// utf7Direct reports whether the encoder writes c as itself.
func utf7Direct(c rune) bool {
	return c > 0 && c < 128 && utf7Class[c] != 3
}

func encodeUTF7(s *py.Str) *py.Bytes {
	text := s.String()
	out := make([]byte, 0, len(text))
	shifted := false
	var bits uint
	var buf uint32
	push := func(u uint32) {
		buf = buf<<16 | u
		bits += 16
		for bits >= 6 {
			out = append(out, b64chars[(buf>>(bits-6))&0x3F])
			bits -= 6
		}
		buf &= 1<<bits - 1
	}
	for i := 0; i < len(text); {
		c, n := pystr.DecodeRune(text[i:])
		i += n
		if shifted && utf7Direct(c) {
			if bits > 0 {
				out = append(out, b64chars[(buf<<(6-bits))&0x3F])
				buf, bits = 0, 0
			}
			shifted = false
			if isB64(c) || c == '-' {
				out = append(out, '-')
			}
			out = append(out, byte(c))
			continue
		}
		if !shifted {
			switch {
			case c == '+':
				out = append(out, '+', '-')
				continue
			case utf7Direct(c):
				out = append(out, byte(c))
				continue
			}
			out = append(out, '+')
			shifted = true
		}
		if c >= 0x10000 {
			push(uint32(0xD800 | (c-0x10000)>>10))
			push(uint32(0xDC00 | (c-0x10000)&0x3FF))
		} else {
			push(uint32(c))
		}
	}
	if bits > 0 {
		out = append(out, b64chars[(buf<<(6-bits))&0x3F])
	}
	if shifted {
		out = append(out, '-')
	}
	return py.NewBytes(string(out))
}

func decodeUTF7(t *py.Thread, data, errors string, final bool) (*py.Str, int, error) {
	out := make([]byte, 0, len(data))
	shifted := false
	shiftStart := 0 // input position of the '+' of the current run
	shiftOut := 0   // length of out when the run started
	var bits uint
	var buf uint32
	var surrogate rune
	var err error
	i := 0
	for i < len(data) {
		c := data[i]
		var start int
		var reason string
		if shifted {
			if isB64(rune(c)) {
				buf = buf<<6 | b64Value(c)
				bits += 6
				i++
				if bits >= 16 {
					u := rune(buf >> (bits - 16))
					bits -= 16
					buf &= 1<<bits - 1
					if surrogate != 0 {
						if u >= 0xDC00 && u <= 0xDFFF {
							out = pystr.AppendRune(out, 0x10000+(surrogate-0xD800)<<10+(u-0xDC00))
							surrogate = 0
							continue
						}
						out = pystr.AppendRune(out, surrogate)
						surrogate = 0
					}
					if u >= 0xD800 && u <= 0xDBFF {
						surrogate = u
					} else {
						out = pystr.AppendRune(out, u)
					}
				}
				continue
			}
			// The end of the run.
			shifted = false
			i++
			if surrogate != 0 {
				out = pystr.AppendRune(out, surrogate)
				surrogate = 0
			}
			if bits >= 6 {
				start, reason = shiftStart, "partial character in shift sequence"
			} else if bits > 0 && buf != 0 {
				start, reason = shiftStart, "non-zero padding bits in shift sequence"
			} else {
				if c != '-' {
					out = pystr.AppendRune(out, rune(c))
				}
				continue
			}
		} else if c == '+' {
			shiftStart = i
			i++
			if i < len(data) && data[i] == '-' {
				i++
				out = append(out, '+')
				continue
			}
			shifted = true
			shiftOut = len(out)
			bits, buf = 0, 0
			continue
		} else if c < 0x80 {
			out = append(out, c)
			i++
			continue
		} else {
			start, reason = i, "unexpected special character"
			i++
		}
		if out, i, err = py.DecodeError(t, out, errors, "utf7", data, start, i, reason); err != nil {
			return nil, 0, err
		}
	}
	if shifted && final {
		if surrogate != 0 || bits >= 6 || bits > 0 && buf != 0 {
			if surrogate != 0 {
				out = pystr.AppendRune(out, surrogate)
			}
			if out, i, err = py.DecodeError(t, out, errors, "utf7", data, shiftStart, len(data), "unterminated shift sequence"); err != nil {
				return nil, 0, err
			}
		}
	}
	consumed := i
	if shifted && !final {
		out = out[:shiftOut]
		consumed = shiftStart
	}
	return py.NewStr(string(out)), consumed, nil
}
