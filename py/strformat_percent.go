package py

import (
	"strconv"
	"strings"
)

// printf-style formatting: str % args (CPython 3.2's PyUnicode_Format).
//
// args is a tuple of values, or one value; a mapping (anything with
// __getitem__ but a tuple or str) is what "%(key)s" looks keys up in. The
// format is read once, left to right, writing into one builder; the
// common conversions (%s of a str, %d of an int) write their text directly.

// Conversion flags.
const (
	pctLJust = 1 << iota // '-'
	pctSign              // '+'
	pctBlank             // ' '
	pctAlt               // '#'
	pctZero              // '0'
)

// pctArgs walks the arguments of one % operation.
type pctArgs struct {
	args   Object
	items  []Object // the tuple's items when args is a tuple
	argidx int
	arglen int
}

// next returns the next argument, as CPython's getnextarg.
func (a *pctArgs) next() (Object, error) {
	if a.argidx < a.arglen {
		a.argidx++
		if a.arglen < 0 {
			return a.args, nil
		}
		return a.items[a.argidx-1], nil
	}
	return nil, Errorf(TypeError, "not enough arguments for format string")
}

// strPercentFormat returns format % args.
func strPercentFormat(t *Thread, format *Str, args Object) (Object, error) {
	a := pctArgs{args: args, arglen: -1, argidx: -2}
	if tup, ok := args.(*Tuple); ok {
		a.items = tup.Items
		a.arglen = len(tup.Items)
		a.argidx = 0
	}
	var dict Object
	if _, isTuple := args.(*Tuple); !isTuple {
		if _, isStr := args.(*Str); !isStr && args.Type().GetItem != nil {
			dict = args
		}
	}
	fmt := format.s
	var out strings.Builder
	out.Grow(len(fmt) + 32)
	var buf []byte // scratch for converted numbers
	i := 0
	for i < len(fmt) {
		j := strings.IndexByte(fmt[i:], '%')
		if j < 0 {
			out.WriteString(fmt[i:])
			break
		}
		out.WriteString(fmt[i : i+j])
		i += j + 1
		// A conversion specifier.
		flags := 0
		width := -1
		prec := -1
		if i < len(fmt) && fmt[i] == '(' {
			if dict == nil {
				return nil, Errorf(TypeError, "format requires a mapping")
			}
			i++
			keyStart := i
			depth := 1
			for depth > 0 && i < len(fmt) {
				switch fmt[i] {
				case ')':
					depth--
				case '(':
					depth++
				}
				i++
			}
			if depth > 0 {
				return nil, Errorf(ValueError, "incomplete format key")
			}
			v, err := GetItem(t, dict, NewStr(fmt[keyStart:i-1]))
			if err != nil {
				return nil, err
			}
			a = pctArgs{args: v, arglen: -1, argidx: -2}
		}
	flagLoop:
		for i < len(fmt) {
			switch fmt[i] {
			case '-':
				flags |= pctLJust
			case '+':
				flags |= pctSign
			case ' ':
				flags |= pctBlank
			case '#':
				flags |= pctAlt
			case '0':
				flags |= pctZero
			default:
				break flagLoop
			}
			i++
		}
		if i < len(fmt) && fmt[i] == '*' {
			v, err := a.next()
			if err != nil {
				return nil, err
			}
			n, ok := v.(*Int)
			if !ok {
				return nil, Errorf(TypeError, "* wants int")
			}
			w, fits := n.Int64()
			if !fits {
				return nil, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
			}
			if w < 0 {
				flags |= pctLJust
				w = -w
			}
			width = int(w)
			i++
		} else if i < len(fmt) && fmt[i] >= '0' && fmt[i] <= '9' {
			width = 0
			for i < len(fmt) && fmt[i] >= '0' && fmt[i] <= '9' {
				d := int(fmt[i] - '0')
				if width > (strMaxInt-d)/10 {
					return nil, Errorf(ValueError, "width too big")
				}
				width = width*10 + d
				i++
			}
		}
		if i < len(fmt) && fmt[i] == '.' {
			prec = 0
			i++
			if i < len(fmt) && fmt[i] == '*' {
				v, err := a.next()
				if err != nil {
					return nil, err
				}
				n, ok := v.(*Int)
				if !ok {
					return nil, Errorf(TypeError, "* wants int")
				}
				p, fits := n.Int64()
				if !fits || p > 1<<31-1 || p < -1<<31 {
					return nil, Errorf(OverflowError, "Python int too large to convert to C int")
				}
				if p < 0 {
					p = 0
				}
				prec = int(p)
				i++
			} else {
				for i < len(fmt) && fmt[i] >= '0' && fmt[i] <= '9' {
					d := int(fmt[i] - '0')
					if prec > (1<<31-1-d)/10 {
						return nil, Errorf(ValueError, "prec too big")
					}
					prec = prec*10 + d
					i++
				}
			}
		}
		if i < len(fmt) && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L') {
			i++
		}
		if i >= len(fmt) {
			return nil, Errorf(ValueError, "incomplete format")
		}
		c, csize := decodeRune(fmt, i)
		cpos := i
		i += csize
		var v Object
		if c != '%' {
			var err error
			if v, err = a.next(); err != nil {
				return nil, err
			}
		}
		var text string // the converted value
		textLen := -1   // its length in code points, when not len(text)
		numeric := false
		fill := byte(' ')
		switch c {
		case '%':
			text = "%"
		case 's', 'r', 'a':
			var s *Str
			var err error
			switch {
			case c == 's':
				if sv, ok := v.(*Str); ok && sv.ext.p == nil {
					s = sv
				} else {
					s, err = StrOf(t, v)
				}
			case c == 'r':
				s, err = Repr(t, v)
			default:
				s, err = Ascii(t, v)
			}
			if err != nil {
				return nil, err
			}
			text = s.s
			n := s.Len()
			if prec >= 0 && n > prec {
				text = text[:s.offset(prec)]
				n = prec
			}
			textLen = n
			if flags == 0 && width < 0 {
				out.WriteString(text)
				if dict != nil && a.argidx < a.arglen {
					return nil, Errorf(TypeError, "not all arguments converted during string formatting")
				}
				continue
			}
		case 'i', 'd', 'u', 'o', 'x', 'X':
			n, err := pctInt(t, v, c)
			if err != nil {
				return nil, err
			}
			if c == 'd' || c == 'i' || c == 'u' {
				if iv, fits := n.Int64(); fits && prec < 0 && flags == 0 && width < 0 {
					// The common case: plain digits.
					buf = strconv.AppendInt(buf[:0], iv, 10)
					out.Write(buf)
					if dict != nil && a.argidx < a.arglen {
						return nil, Errorf(TypeError, "not all arguments converted during string formatting")
					}
					continue
				}
			}
			buf = pctFormatInt(buf[:0], n, flags, prec, byte(c))
			text = string(buf)
			numeric = true
			if flags&pctZero != 0 {
				fill = '0'
			}
		case 'e', 'E', 'f', 'F', 'g', 'G':
			x, err := pctFloat(t, v)
			if err != nil {
				return nil, err
			}
			if prec < 0 {
				prec = 6
			}
			var ff FloatFlags
			if flags&pctAlt != 0 {
				ff |= FloatAlt
			}
			buf = AppendFloatCode(buf[:0], x, byte(c), prec, ff)
			text = string(buf)
			numeric = true
			if flags&pctZero != 0 {
				fill = '0'
			}
		case 'c':
			r, err := pctChar(t, v)
			if err != nil {
				return nil, err
			}
			text = charStr(r).s
			textLen = 1
		default:
			shown := '?'
			if c >= 31 && c <= 126 {
				shown = c
			}
			return nil, Errorf(ValueError, "unsupported format character '%c' (0x%x) at index %d", shown, c, strCountRunes(fmt[:cpos]))
		}
		if textLen < 0 {
			textLen = len(text)
		}
		if width > strMaxBytes-out.Len() || len(text) > strMaxBytes-out.Len() {
			return nil, Errorf(MemoryError, "")
		}
		pctPad(&out, text, textLen, numeric, flags, width, fill, byte(c))
		if dict != nil && a.argidx < a.arglen && c != '%' {
			return nil, Errorf(TypeError, "not all arguments converted during string formatting")
		}
	}
	if a.argidx < a.arglen && dict == nil {
		return nil, Errorf(TypeError, "not all arguments converted during string formatting")
	}
	return NewStr(out.String()), nil
}

// pctPad writes a converted value with its sign, prefix and padding, as
// PyUnicode_Format lays them out.
func pctPad(out *strings.Builder, text string, n int, numeric bool, flags, width int, fill byte, c byte) {
	var sign byte
	if numeric {
		if len(text) > 0 && (text[0] == '-' || text[0] == '+') {
			sign = text[0]
			text = text[1:]
			n--
		} else if flags&pctSign != 0 {
			sign = '+'
		} else if flags&pctBlank != 0 {
			sign = ' '
		}
	}
	if width < n {
		width = n
	}
	if sign != 0 {
		if fill != ' ' {
			out.WriteByte(sign)
		}
		if width > n {
			width--
		}
	}
	prefixed := flags&pctAlt != 0 && (c == 'x' || c == 'X' || c == 'o')
	if prefixed {
		if fill != ' ' {
			out.WriteString(text[:2])
		}
		width -= 2
		if width < 0 {
			width = 0
		}
		n -= 2
	}
	if width > n && flags&pctLJust == 0 {
		for ; width > n; width-- {
			out.WriteByte(fill)
		}
	}
	if fill == ' ' {
		if sign != 0 {
			out.WriteByte(sign)
		}
		if prefixed {
			out.WriteString(text[:2])
		}
	}
	if prefixed {
		text = text[2:]
	}
	out.WriteString(text)
	for ; width > n; width-- {
		out.WriteByte(' ')
	}
}

// pctInt converts the argument of an integer conversion: an int, or a
// number whose __int__ gives one.
func pctInt(t *Thread, v Object, c rune) (*Int, error) {
	if n, ok := v.(*Int); ok {
		return n, nil
	}
	typ := v.Type()
	if typ.Int != nil || typ.Float != nil {
		if typ.Int != nil {
			r, err := typ.Int(t, v)
			if err == nil {
				if n, ok := r.(*Int); ok {
					return n, nil
				}
			}
		}
	}
	return nil, Errorf(TypeError, "%%%c format: a number is required, not %s", c, typ.Name)
}

// pctFormatInt appends the text of an integer conversion (CPython's
// _PyBytes_FormatLong): the sign, the "0x"/"0o" prefix when '#' asks,
// and at least prec digits.
func pctFormatInt(b []byte, n *Int, flags, prec int, c byte) []byte {
	base := 10
	switch c {
	case 'o':
		base = 8
	case 'x', 'X':
		base = 16
	}
	if n.Sign() < 0 {
		b = append(b, '-')
	}
	if flags&pctAlt != 0 && base != 10 {
		b = append(b, '0', c)
		if c == 'X' {
			b[len(b)-1] = 'X'
		}
	}
	start := len(b)
	b = n.appendAbsBase(b, base)
	if digits := len(b) - start; prec > digits {
		pad := prec - digits
		for k := 0; k < pad; k++ {
			b = append(b, 0)
		}
		copy(b[start+pad:], b[start:start+digits])
		for k := 0; k < pad; k++ {
			b[start+k] = '0'
		}
	}
	if c == 'X' {
		for k := start; k < len(b); k++ {
			if b[k] >= 'a' && b[k] <= 'f' {
				b[k] -= 'a' - 'A'
			}
		}
	}
	return b
}

// pctFloat converts the argument of a float conversion, as
// PyFloat_AsDouble: a float, an int, or an object with __float__.
func pctFloat(t *Thread, v Object) (float64, error) {
	switch x := v.(type) {
	case *Float:
		return x.v, nil
	case *Int:
		return x.Float64()
	}
	typ := v.Type()
	if typ.Float == nil {
		return 0, Errorf(TypeError, "a float is required")
	}
	r, err := typ.Float(t, v)
	if err != nil {
		return 0, err
	}
	f, ok := r.(*Float)
	if !ok {
		return 0, Errorf(TypeError, "nb_float should return float object")
	}
	return f.v, nil
}

// pctChar converts the argument of %c: a one-character str, or a number
// whose __int__ is a code point (any failure converting it is "%c
// requires int or char", as 3.2's PyLong_AsLong path makes it).
func pctChar(t *Thread, v Object) (rune, error) {
	if s, ok := v.(*Str); ok {
		if s.Len() != 1 {
			return 0, Errorf(TypeError, "%%c requires int or char")
		}
		r, _ := decodeRune(s.s, 0)
		return r, nil
	}
	var x int64
	fits := false
	if n, err := numAsInt(t, v); err == nil {
		x, fits = n.Int64()
	}
	if !fits {
		return 0, Errorf(TypeError, "%%c requires int or char")
	}
	if x < 0 || x > 0x10FFFF {
		return 0, Errorf(OverflowError, "%%c arg not in range(0x110000)")
	}
	return rune(x), nil
}
