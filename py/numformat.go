package py

// The text forms of numbers: the format-spec mini-language of format() and
// str.format (CPython's Objects/stringlib/formatter.h), the conversions of
// printf-style formatting (str % args), and PyOS_double_to_string, the one
// routine every float-to-text path goes through.

import (
	"math"
	"strconv"
	"strings"

	"github.com/taipan-py/taipan/internal/pystr"
)

// FormatSpec is a parsed standard format specifier:
// [[fill]align][sign][#][0][width][,][.precision][type].
type FormatSpec struct {
	Fill      rune // the fill character; 0 when none was given (a space is used)
	Align     byte // '<', '>', '^' or '='; the default alignment when none was given
	Sign      byte // '+', '-', ' ', or 0 when none was given
	Alternate bool // '#'
	Width     int  // -1 when none was given
	Thousands bool // ','
	Precision int  // -1 when none was given
	Type      rune // the presentation type; the default type when none was given
}

// ParseFormatSpec parses a standard format specifier, with the presentation
// type and alignment a type uses when the spec gives none (int: 'd', '>';
// float and complex: 0, '>'; str: 's', '<'). Its errors are CPython 3.2's
// ValueErrors ("Invalid conversion specification", "Format specifier missing
// precision", "Too many decimal digits in format string", "Cannot specify
// ',' with 'x'.").
func ParseFormatSpec(spec string, defaultType rune, defaultAlign byte) (FormatSpec, error) {
	f := FormatSpec{Align: defaultAlign, Width: -1, Precision: -1, Type: defaultType}
	p := spec
	alignGiven := false
	// [[fill]align]: the fill is any one code point.
	if c0, n0 := pystr.DecodeRune(p); n0 > 0 && n0 < len(p) && isAlignByte(p[n0]) {
		f.Fill, f.Align = c0, p[n0]
		alignGiven = true
		p = p[n0+1:]
	} else if len(p) > 0 && isAlignByte(p[0]) {
		f.Align = p[0]
		alignGiven = true
		p = p[1:]
	}
	if len(p) > 0 && (p[0] == '+' || p[0] == '-' || p[0] == ' ') {
		f.Sign = p[0]
		p = p[1:]
	}
	if len(p) > 0 && p[0] == '#' {
		f.Alternate = true
		p = p[1:]
	}
	if f.Fill == 0 && len(p) > 0 && p[0] == '0' {
		f.Fill = '0'
		if !alignGiven {
			f.Align = '='
		}
		p = p[1:]
	}
	var n int
	var err error
	if f.Width, n, p, err = specInteger(p); err != nil {
		return f, err
	}
	if n == 0 {
		f.Width = -1
	}
	if len(p) > 0 && p[0] == ',' {
		f.Thousands = true
		p = p[1:]
	}
	if len(p) > 0 && p[0] == '.' {
		if f.Precision, n, p, err = specInteger(p[1:]); err != nil {
			return f, err
		}
		if n == 0 {
			return f, Errorf(ValueError, "Format specifier missing precision")
		}
	}
	if len(p) > 0 {
		c, size := pystr.DecodeRune(p)
		if size < len(p) {
			return f, Errorf(ValueError, "Invalid conversion specification")
		}
		f.Type = c
	}
	if f.Thousands {
		switch f.Type {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		default:
			return f, errWithFormatCode("Cannot specify ',' with '%c'.", "Cannot specify ',' with '\\x%x'.", f.Type)
		}
	}
	return f, nil
}

func isAlignByte(c byte) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

// specInteger reads the decimal digits at the start of p: their value, how
// many there were, and the rest of p.
func specInteger(p string) (v, n int, rest string, err error) {
	for n < len(p) && p[n] >= '0' && p[n] <= '9' {
		d := int(p[n] - '0')
		if v > (math.MaxInt64-d)/10 {
			return 0, 0, p, Errorf(ValueError, "Too many decimal digits in format string")
		}
		v = v*10 + d
		n++
	}
	return v, n, p[n:], nil
}

// errWithFormatCode makes a ValueError naming a presentation type: with
// format ascii when the type is a printable ASCII character, else with
// format other (which shows it in hex).
func errWithFormatCode(ascii, other string, c rune, args ...interface{}) error {
	if c > 32 && c < 128 {
		return Errorf(ValueError, ascii, append([]interface{}{c}, args...)...)
	}
	return Errorf(ValueError, other, append([]interface{}{c}, args...)...)
}

// unknownFormatCode is the error for a presentation type that the type
// named typeName does not support.
func unknownFormatCode(c rune, typeName string) error {
	return errWithFormatCode("Unknown format code '%c' for object of type '%s'",
		"Unknown format code '\\x%x' for object of type '%s'", c, typeName)
}

// FillChar returns the fill character, a space when none was given.
func (s *FormatSpec) FillChar() rune {
	if s.Fill == 0 {
		return ' '
	}
	return s.Fill
}

// Pad returns text, which is n code points long, padded to the spec's width
// with its fill character and alignment ('<', '>' or '^'), as str.__format__
// pads (the caller checks the spec's other fields and applies the precision).
func (s *FormatSpec) Pad(text string, n int) string {
	if s.Width <= n {
		return text
	}
	var left int
	switch s.Align {
	case '>':
		left = s.Width - n
	case '^':
		left = (s.Width - n) / 2
	}
	right := s.Width - n - left
	fill := s.FillChar()
	b := make([]byte, 0, len(text)+(left+right)*runeLen(fill))
	b = appendFill(b, fill, left)
	b = append(b, text...)
	b = appendFill(b, fill, right)
	return string(b)
}

func runeLen(r rune) int {
	if r < 0x80 {
		return 1
	}
	return len(pystr.AppendRune(nil, r))
}

// appendFill appends n copies of fill.
func appendFill(b []byte, fill rune, n int) []byte {
	if fill < 0x80 {
		for ; n > 0; n-- {
			b = append(b, byte(fill))
		}
		return b
	}
	var enc [4]byte
	e := pystr.AppendRune(enc[:0], fill)
	for ; n > 0; n-- {
		b = append(b, e...)
	}
	return b
}

// appendNumber lays out a formatted number as CPython's calc_number_widths
// and fill_number do:
//
//	<lpadding> <sign> <prefix> <spadding> <grouped digits> <rest> <rpadding>
//
// neg says whether the number is negative (its '-' is not in digits);
// prefix is "0x" and the like; digits are the integer digits (grouped by
// ',' when the spec asks, and zero-filled when the spec's fill is '0' with
// '=' alignment); rest is what follows them (decimal point, fraction,
// exponent, '%'), restLen its length in code points. upper upper-cases the
// prefix and the digits ('X').
func appendNumber(b []byte, s *FormatSpec, neg bool, prefix, digits, rest string, restLen int, upper bool) []byte {
	var sign byte
	switch {
	case neg:
		sign = '-'
	case s.Sign == '+':
		sign = '+'
	case s.Sign == ' ':
		sign = ' '
	}
	nonDigits := len(prefix) + restLen
	if sign != 0 {
		nonDigits++
	}
	minWidth := 0
	if s.Fill == '0' && s.Align == '=' {
		minWidth = s.Width - nonDigits
	}
	var gbuf [64]byte
	grouped := gbuf[:0]
	if len(digits) > 0 {
		grouped = appendGrouped(grouped, digits, minWidth, s.Thousands)
	}
	var lpad, spad, rpad int
	if pad := s.Width - (nonDigits + len(grouped)); pad > 0 {
		switch s.Align {
		case '<':
			rpad = pad
		case '^':
			lpad = pad / 2
			rpad = pad - lpad
		case '=':
			spad = pad
		default:
			lpad = pad
		}
	}
	fill := s.FillChar()
	b = appendFill(b, fill, lpad)
	if sign != 0 {
		b = append(b, sign)
	}
	if upper {
		b = appendUpper(b, prefix)
	} else {
		b = append(b, prefix...)
	}
	b = appendFill(b, fill, spad)
	if upper {
		b = appendUpper(b, string(grouped))
	} else {
		b = append(b, grouped...)
	}
	b = append(b, rest...)
	return appendFill(b, fill, rpad)
}

func appendUpper(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// appendGrouped appends digits, zero-filled on the left to at least
// minWidth characters, with a ',' between groups of three when thousands is
// set (the zeros are grouped too, as in CPython's
// _Py_InsertThousandsGrouping).
func appendGrouped(b []byte, digits string, minWidth int, thousands bool) []byte {
	if !thousands {
		for n := len(digits); n < minWidth; n++ {
			b = append(b, '0')
		}
		return append(b, digits...)
	}
	// Build the text backwards, then reverse it.
	start := len(b)
	remaining := len(digits)
	first := true
	for {
		l := 3
		if m := max(remaining, minWidth, 1); m < l {
			l = m
		}
		zeros := max(0, l-remaining)
		chars := max(0, min(remaining, l))
		if !first {
			b = append(b, ',')
		}
		first = false
		for i := 0; i < chars; i++ {
			b = append(b, digits[remaining-1-i])
		}
		for i := 0; i < zeros; i++ {
			b = append(b, '0')
		}
		remaining -= chars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth--
	}
	for i, j := start, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return b
}

// Format returns format(i, spec) for an int (not for a bool or a subclass
// with its own __str__ when spec is empty: format() then uses str(i)).
func (i *Int) Format(spec string) (string, error) {
	if spec == "" {
		return i.String(), nil
	}
	s, err := ParseFormatSpec(spec, 'd', '>')
	if err != nil {
		return "", err
	}
	return FormatInt(i, &s)
}

// checkFormatWidth refuses a width no str can reach with MemoryError, as
// CPython fails to allocate it, before any padding is built.
func checkFormatWidth(s *FormatSpec) error {
	if s.Width > strMaxBytes {
		return Errorf(MemoryError, "")
	}
	return nil
}

// FormatInt formats i by a parsed spec, as int.__format__ does.
func FormatInt(i *Int, s *FormatSpec) (string, error) {
	switch s.Type {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		x, err := i.Float64()
		if err != nil {
			return "", err
		}
		return FormatFloat(x, s, "float")
	default:
		return "", unknownFormatCode(s.Type, i.Type().Name)
	}
	if s.Precision != -1 {
		return "", Errorf(ValueError, "Precision not allowed in integer format specifier")
	}
	var dbuf [72]byte
	if s.Type == 'c' {
		if s.Sign != 0 {
			return "", Errorf(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		v, ok := i.Int64()
		if !ok {
			return "", Errorf(OverflowError, "Python int too large to convert to C long")
		}
		if v < 0 || v > 0x10FFFF {
			return "", Errorf(OverflowError, "%%c arg not in range(0x110000) (wide Python build)")
		}
		if err := checkFormatWidth(s); err != nil {
			return "", err
		}
		rest := pystr.AppendRune(dbuf[:0], rune(v))
		return string(appendNumber(nil, s, false, "", "", string(rest), 1, false)), nil
	}
	base, prefix := 10, ""
	switch s.Type {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x', 'X':
		base, prefix = 16, "0x"
	}
	if !s.Alternate {
		prefix = ""
	}
	if err := checkFormatWidth(s); err != nil {
		return "", err
	}
	digits := i.appendAbsBase(dbuf[:0], base)
	return string(appendNumber(nil, s, i.Sign() < 0, prefix, string(digits), "", 0, s.Type == 'X')), nil
}

// Format returns format(f, spec) for a float (format() uses str(f) when
// spec is empty).
func (f *Float) Format(spec string) (string, error) {
	if spec == "" {
		return pystr.ReprFloat(f.v), nil
	}
	s, err := ParseFormatSpec(spec, 0, '>')
	if err != nil {
		return "", err
	}
	return FormatFloat(f.v, &s, f.Type().Name)
}

// FormatFloat formats x by a parsed spec, as float.__format__ does;
// typeName names the type in the error for an unknown presentation type.
func FormatFloat(x float64, s *FormatSpec, typeName string) (string, error) {
	code := s.Type
	switch code {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownFormatCode(code, typeName)
	}
	if err := checkFormatWidth(s); err != nil {
		return "", err
	}
	var flags FloatFlags
	if s.Alternate {
		flags |= FloatAlt
	}
	prec := s.Precision
	defaultPrec := 6
	if code == 0 {
		// Like repr without a precision; like 'g' with at least one
		// digit after the point with one.
		flags |= FloatAddDot0
		code = 'r'
		defaultPrec = 0
	}
	if code == 'n' {
		code = 'g'
	}
	pct := false
	if code == '%' {
		code = 'f'
		x *= 100
		pct = true
	}
	if prec < 0 {
		prec = defaultPrec
	} else if code == 'r' {
		code = 'g'
	}
	var buf [64]byte
	text := AppendFloatCode(buf[:0], x, byte(code), prec, flags)
	if pct {
		text = append(text, '%')
	}
	return string(appendFloatText(nil, s, text)), nil
}

// appendFloatText lays out the text of a finite or special float (as
// AppendFloatCode made it) by the spec.
func appendFloatText(b []byte, s *FormatSpec, text []byte) []byte {
	neg := len(text) > 0 && text[0] == '-'
	if neg {
		text = text[1:]
	}
	n := 0
	for n < len(text) && text[n] >= '0' && text[n] <= '9' {
		n++
	}
	return appendNumber(b, s, neg, "", string(text[:n]), string(text[n:]), len(text)-n, false)
}

// Format returns format(c, spec) for a complex (format() uses str(c) when
// spec is empty).
func (c *Complex) Format(spec string) (string, error) {
	if spec == "" {
		return pystr.ReprComplex(c.v), nil
	}
	s, err := ParseFormatSpec(spec, 0, '>')
	if err != nil {
		return "", err
	}
	return FormatComplex(c.v, &s, c.Type().Name)
}

// FormatComplex formats c by a parsed spec, as complex.__format__ does.
func FormatComplex(c complex128, s *FormatSpec, typeName string) (string, error) {
	code := s.Type
	switch code {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", unknownFormatCode(code, typeName)
	}
	if s.Fill == '0' {
		return "", Errorf(ValueError, "Zero padding is not allowed in complex format specifier")
	}
	if s.Align == '=' {
		return "", Errorf(ValueError, "'=' alignment flag is not allowed in complex format specifier")
	}
	if err := checkFormatWidth(s); err != nil {
		return "", err
	}
	re, im := real(c), imag(c)
	var flags FloatFlags
	if s.Alternate {
		flags |= FloatAlt
	}
	prec := s.Precision
	defaultPrec := 6
	skipRe, parens := false, false
	if code == 0 {
		code = 'r'
		defaultPrec = 0
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	if code == 'n' {
		code = 'g'
	}
	if prec < 0 {
		prec = defaultPrec
	} else if code == 'r' {
		code = 'g'
	}
	// Each part is laid out without padding; the whole is padded after.
	part := *s
	part.Fill, part.Align, part.Width = 0, '<', -1
	var buf [64]byte
	var out []byte
	if parens {
		out = append(out, '(')
	}
	if !skipRe {
		out = appendFloatText(out, &part, AppendFloatCode(buf[:0], re, byte(code), prec, flags))
		part.Sign = '+'
	}
	out = appendFloatText(out, &part, AppendFloatCode(buf[:0], im, byte(code), prec, flags))
	out = append(out, 'j')
	if parens {
		out = append(out, ')')
	}
	return s.Pad(string(out), len(out)), nil
}

// FloatFlags modify AppendFloatCode.
type FloatFlags uint8

const (
	// FloatSign writes a '+' before a non-negative number.
	FloatSign FloatFlags = 1 << iota
	// FloatAddDot0 writes ".0" after an integral value written without an
	// exponent ('r' and 'g').
	FloatAddDot0
	// FloatAlt is the '#' alternate form: the decimal point is always
	// written, and 'g' keeps its trailing zeros.
	FloatAlt
)

// AppendFloatCode appends the text of x by a format code, as CPython's
// PyOS_double_to_string writes it: 'e', 'f', 'g' (and 'E', 'F', 'G' in
// upper case) with prec digits (after the point for 'e' and 'f',
// significant for 'g'), or 'r' for the shortest text that reads back as x
// (prec ignored), which repr uses with FloatAddDot0. Infinities and nans
// are "inf", "-inf" and "nan" ("INF", "NAN" for upper-case codes).
func AppendFloatCode(b []byte, x float64, code byte, prec int, flags FloatFlags) []byte {
	upper := false
	mode := 0
	switch code {
	case 'E':
		upper, code = true, 'e'
		fallthrough
	case 'e':
		mode = 2
		prec++
	case 'F':
		upper, code = true, 'f'
		fallthrough
	case 'f':
		mode = 3
	case 'G':
		upper, code = true, 'g'
		fallthrough
	case 'g':
		mode = 2
		if prec == 0 {
			prec = 1
		}
	case 'r':
		prec = 0
	default:
		panic("AppendFloatCode: bad format code " + string(rune(code)))
	}
	alt, addDot0 := flags&FloatAlt != 0, flags&FloatAddDot0 != 0
	if math.IsNaN(x) || math.IsInf(x, 0) {
		if math.IsInf(x, -1) {
			b = append(b, '-')
		} else if flags&FloatSign != 0 {
			b = append(b, '+')
		}
		s := "inf"
		if math.IsNaN(x) {
			s = "nan"
		}
		if upper {
			return appendUpper(b, s)
		}
		return append(b, s...)
	}
	if math.Signbit(x) {
		b = append(b, '-')
		x = -x
	} else if flags&FloatSign != 0 {
		b = append(b, '+')
	}
	var dbuf [32]byte
	digits, decpt := floatDigits(dbuf[:0], x, mode, prec)
	vend := len(digits)
	useExp := false
	switch code {
	case 'e':
		useExp = true
		vend = prec
	case 'f':
		vend = decpt + prec
	case 'g':
		limit := prec
		if addDot0 {
			limit--
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vend = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vstart := 0
	if decpt <= 0 {
		vstart = decpt - 1
	}
	if !useExp && addDot0 {
		vend = max(vend, decpt+1)
	} else {
		vend = max(vend, decpt)
	}
	// Write digits[vstart:vend], zeros outside digits, with the point
	// before index decpt.
	for i := vstart; i < vend; i++ {
		if i == decpt {
			b = append(b, '.')
		}
		if i >= 0 && i < len(digits) {
			b = append(b, digits[i])
		} else {
			b = append(b, '0')
		}
	}
	if decpt == vend && alt {
		b = append(b, '.')
	}
	if useExp {
		if upper {
			b = append(b, 'E')
		} else {
			b = append(b, 'e')
		}
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(exp), 10)
	}
	return b
}

// floatDigits returns the decimal digits of x >= 0 without trailing zeros
// and the position of the decimal point relative to them (x = 0.DIGITS *
// 10**decpt), correctly rounded as David Gay's dtoa does in its mode 0
// (shortest round trip), 2 (n significant digits) or 3 (n digits after the
// point). Zero is "0" with decpt 1; a value that rounds to zero in mode 3
// has no digits and decpt -n.
func floatDigits(b []byte, x float64, mode, n int) ([]byte, int) {
	if x == 0 {
		return append(b, '0'), 1
	}
	if mode == 3 {
		t := strconv.AppendFloat(b, x, 'f', n, 64)
		// t is "III.FFF" (or "III" when n is 0): drop the point, then the
		// leading and trailing zeros.
		decpt := len(t)
		digits := t[:0]
		for i, c := range t {
			if c == '.' {
				decpt = i
				continue
			}
			digits = append(digits, c)
		}
		lead := 0
		for lead < len(digits) && digits[lead] == '0' {
			lead++
		}
		if lead == len(digits) {
			return digits[:0], -n
		}
		digits = digits[lead:]
		decpt -= lead
		for len(digits) > 0 && digits[len(digits)-1] == '0' {
			digits = digits[:len(digits)-1]
		}
		return digits, decpt
	}
	prec := -1
	if mode == 2 {
		prec = n - 1
		if x < 1e15 && x == math.Trunc(x) {
			if d, decpt, ok := smallIntTieDigits(b, uint64(x), n); ok {
				return d, decpt
			}
		}
	}
	t := strconv.AppendFloat(b, x, 'e', prec, 64)
	// t is "D.DDDe±XX" (or "De±XX").
	e := len(t) - 1
	for t[e] != 'e' {
		e--
	}
	exp, _ := strconv.Atoi(string(t[e+1:]))
	digits := t[:0]
	for _, c := range t[:e] {
		if c != '.' {
			digits = append(digits, c)
		}
	}
	for len(digits) > 1 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	return digits, exp + 1
}

// smallIntTieDigits reproduces a quirk of dtoa's path for integral values
// below 1e15: when rounding u to n significant digits is an exact tie
// that goes down (the kept digits end in an even digit), the digits come
// back with their trailing zeros (format(1763205.0, 'g') is '1.76320e+06'
// in 3.2). ok is false in every other case, which the general path
// handles.
func smallIntTieDigits(b []byte, u uint64, n int) ([]byte, int, bool) {
	nd := 1
	for p := uint64(10); p <= u; p *= 10 {
		nd++
	}
	if n >= nd {
		return nil, 0, false
	}
	p := uint64(1)
	for i := n; i < nd; i++ {
		p *= 10
	}
	q, r := u/p, u%p
	if 2*r != p || q%2 != 0 {
		return nil, 0, false
	}
	return strconv.AppendUint(b, q, 10), nd, true
}

// PercentFlags are the flags of a printf-style conversion (str % args).
type PercentFlags uint8

const (
	PercentLeft  PercentFlags = 1 << iota // '-': pad on the right
	PercentSign                           // '+': a sign for non-negative numbers
	PercentBlank                          // ' ': a space for non-negative numbers
	PercentAlt                            // '#': "0o"/"0x" prefix, or the float alternate form
	PercentZero                           // '0': pad numbers with zeros after the sign
)

// FormatPercentNumber formats v for a numeric conversion of str % args
// (verb one of d i u o x X e E f F g G) with the given flags, width (0 for
// none) and precision (-1 for none), padding included, as 3.2's
// PyUnicode_Format does. A value of the wrong kind gets 3.2's TypeError
// ("%d format: a number is required, not str", "a float is required").
func FormatPercentNumber(t *Thread, verb byte, flags PercentFlags, width, prec int, v Object) (string, error) {
	var body []byte
	var buf [72]byte
	switch verb {
	case 'd', 'i', 'u', 'o', 'x', 'X':
		i, err := percentIntOperand(t, verb, v)
		if err != nil {
			return "", err
		}
		body, err = appendPercentInt(t, buf[:0], i, verb, flags, prec)
		if err != nil {
			return "", err
		}
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, err := AsFloat64(t, v)
		if err != nil {
			return "", err
		}
		if prec < 0 {
			prec = 6
		}
		var ff FloatFlags
		if flags&PercentAlt != 0 {
			ff = FloatAlt
		}
		body = AppendFloatCode(buf[:0], x, verb, prec, ff)
	default:
		panic("FormatPercentNumber: bad verb " + string(rune(verb)))
	}
	return string(appendPercentPadded(nil, body, verb, flags, width)), nil
}

// percentIntOperand converts the operand of an integer conversion: an int
// as it is, another number through int() (any failure there becomes the
// TypeError), anything else a TypeError.
func percentIntOperand(t *Thread, verb byte, v Object) (*Int, error) {
	if i, ok := v.(*Int); ok {
		return i, nil
	}
	typ := v.Type()
	if typ.Int != nil || typ.Float != nil {
		if i, err := IntOf(t, v); err == nil {
			return i, nil
		}
	}
	return nil, Errorf(TypeError, "%%%c format: a number is required, not %s", verb, typ.Name)
}

// appendPercentInt appends the text of an integer conversion before
// padding: sign, "0o"/"0x" with '#', digits zero-filled to prec.
func appendPercentInt(t *Thread, b []byte, i *Int, verb byte, flags PercentFlags, prec int) ([]byte, error) {
	var digits []byte
	var dbuf [72]byte
	neg := i.Sign() < 0
	switch verb {
	case 'o':
		digits = i.appendAbsBase(dbuf[:0], 8)
	case 'x', 'X':
		digits = i.appendAbsBase(dbuf[:0], 16)
	default:
		if i.ext.p != nil && i.ext.p.typ != BoolType {
			// CPython formats an int subclass by its __str__.
			s, err := StrOf(t, i)
			if err != nil {
				return nil, err
			}
			text := s.s
			neg = strings.HasPrefix(text, "-")
			if neg {
				text = text[1:]
			}
			digits = append(dbuf[:0], text...)
		} else {
			digits = i.appendAbsBase(dbuf[:0], 10)
		}
	}
	if neg {
		b = append(b, '-')
	}
	if flags&PercentAlt != 0 && verb != 'd' && verb != 'i' && verb != 'u' {
		b = append(b, '0', verb)
		if verb == 'X' {
			b[len(b)-1] = 'X'
		}
	}
	for n := len(digits); n < prec; n++ {
		b = append(b, '0')
	}
	if verb == 'X' {
		return appendUpper(b, string(digits)), nil
	}
	return append(b, digits...), nil
}

// appendPercentPadded appends the text of a numeric conversion padded to
// width: the sign (from the text, or from the '+' and ' ' flags) and the
// "0x" prefix go before zero padding and after space padding.
func appendPercentPadded(b, body []byte, verb byte, flags PercentFlags, width int) []byte {
	var sign byte
	if len(body) > 0 && (body[0] == '-' || body[0] == '+') {
		sign = body[0]
		body = body[1:]
	} else if flags&PercentSign != 0 {
		sign = '+'
	} else if flags&PercentBlank != 0 {
		sign = ' '
	}
	fill := byte(' ')
	if flags&PercentZero != 0 {
		fill = '0'
	}
	n := len(body)
	if width < n {
		width = n
	}
	if sign != 0 {
		if fill != ' ' {
			b = append(b, sign)
		}
		if width > n {
			width--
		}
	}
	prefixed := flags&PercentAlt != 0 && (verb == 'x' || verb == 'X' || verb == 'o')
	if prefixed {
		if fill != ' ' {
			b = append(b, body[:2]...)
			body = body[2:]
		}
		width -= 2
		if width < 0 {
			width = 0
		}
		n -= 2
	}
	if width > n && flags&PercentLeft == 0 {
		for ; width > n; width-- {
			b = append(b, fill)
		}
	}
	if fill == ' ' {
		if sign != 0 {
			b = append(b, sign)
		}
		if prefixed {
			b = append(b, body[:2]...)
			body = body[2:]
		}
	}
	b = append(b, body...)
	for ; width > n; width-- {
		b = append(b, ' ')
	}
	return b
}
