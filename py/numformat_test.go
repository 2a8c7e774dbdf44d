package py

import (
	"math"
	"testing"
)

// The exported formatting API, with results from CPython 3.2 (the oracle
// test covers format() and % far more widely).

func TestParseFormatSpec(t *testing.T) {
	s, err := ParseFormatSpec("é^+#012,.4g", 0, '>')
	if err != nil {
		t.Fatal(err)
	}
	want := FormatSpec{Fill: 'é', Align: '^', Sign: '+', Alternate: true, Width: 12, Thousands: true, Precision: 4, Type: 'g'}
	if s != want {
		t.Errorf("got %+v, want %+v", s, want)
	}
	s, _ = ParseFormatSpec("010", 'd', '>')
	if want := (FormatSpec{Fill: '0', Align: '=', Width: 10, Precision: -1, Type: 'd'}); s != want {
		t.Errorf("got %+v, want %+v", s, want)
	}
	s, _ = ParseFormatSpec("", 's', '<')
	if want := (FormatSpec{Align: '<', Width: -1, Precision: -1, Type: 's'}); s != want {
		t.Errorf("got %+v, want %+v", s, want)
	}
	for spec, msg := range map[string]string{
		".":                      "Format specifier missing precision",
		"1.":                     "Format specifier missing precision",
		",x":                     "Cannot specify ',' with 'x'.",
		",\x05":                  "Cannot specify ',' with '\\x5'.",
		"ss":                     "Invalid conversion specification",
		"99999999999999999999":   "Too many decimal digits in format string",
		".99999999999999999999f": "Too many decimal digits in format string",
	} {
		_, err := ParseFormatSpec(spec, 0, '>')
		if got := numErrText(err); got != "ValueError: "+msg {
			t.Errorf("ParseFormatSpec(%q): got %s, want ValueError: %s", spec, got, msg)
		}
	}
}

func numErrText(err error) string {
	if err == nil {
		return "no error"
	}
	e := err.(*BaseException)
	return e.Type().Name + ": " + e.Args.Items[0].(*Str).s
}

func TestFormatSpecPad(t *testing.T) {
	for _, c := range []struct{ spec, text, want string }{
		{"x<10", "abc", "abcxxxxxxx"},
		{"^7", "abc", "  abc  "},
		{"*^8", "abc", "**abc***"},
		{">5", "abcdef", "abcdef"},
		{"é>4", "ab", "ééab"},
	} {
		s, err := ParseFormatSpec(c.spec, 's', '<')
		if err != nil {
			t.Fatal(err)
		}
		if got := s.Pad(c.text, len([]rune(c.text))); got != c.want {
			t.Errorf("Pad(%q) with %q = %q, want %q", c.text, c.spec, got, c.want)
		}
	}
}

func TestNumberFormat(t *testing.T) {
	for _, c := range []struct {
		v          Object
		spec, want string
	}{
		{NewInt(255), "#010x", "0x000000ff"},
		{NewInt(-1234567), ",d", "-1,234,567"},
		{NewInt(1234), "010,", "00,001,234"},
		{NewInt(65), "c", "A"},
		{NewInt(5), ".2%", "500.00%"},
		{NewFloat(1234.5), "+#0,.3f", "+1,234.500"},
		{NewFloat(1234.5), "010", "00001234.5"},
		{NewFloat(1e22), "", "1e+22"},
		{NewFloat(5), "#.0", "5.e+00"},
		{NewFloat(math.Inf(-1)), "010", "-000000inf"},
		{NewComplex(1.5 - 2i), " ", "( 1.5-2j)"},
		{NewComplex(complex(math.Copysign(0, -1), -1)), "<10", "(-0-1j)   "},
	} {
		var got string
		var err error
		switch v := c.v.(type) {
		case *Int:
			got, err = v.Format(c.spec)
		case *Float:
			got, err = v.Format(c.spec)
		case *Complex:
			got, err = v.Format(c.spec)
		}
		if err != nil || got != c.want {
			t.Errorf("format(%v, %q) = %q, %v; want %q", c.v, c.spec, got, err, c.want)
		}
	}
	if _, err := NewFloat(1).Format("d"); numErrText(err) != "ValueError: Unknown format code 'd' for object of type 'float'" {
		t.Errorf("format(1.0, 'd'): %v", err)
	}
	if _, err := NewInt(1).Format(".2d"); numErrText(err) != "ValueError: Precision not allowed in integer format specifier" {
		t.Errorf("format(1, '.2d'): %v", err)
	}
}

func TestAppendFloatCode(t *testing.T) {
	for _, c := range []struct {
		x     float64
		code  byte
		prec  int
		flags FloatFlags
		want  string
	}{
		{0, 'r', 0, FloatAddDot0, "0.0"},
		{1e22, 'r', 0, FloatAddDot0, "1e+22"},
		{1e16, 'r', 0, FloatAddDot0, "1e+16"},
		{1e15, 'r', 0, FloatAddDot0, "1000000000000000.0"},
		{1e-5, 'r', 0, 0, "1e-05"},
		{123.456, 'e', 3, 0, "1.235e+02"},
		{123.456, 'E', 3, FloatSign, "+1.235E+02"},
		{0.0001, 'f', 2, 0, "0.00"},
		{9.9999, 'f', 2, 0, "10.00"},
		{math.Copysign(0, -1), 'e', 0, 0, "-0e+00"},
		{1.5, 'g', 0, 0, "2"},
		{2.5, 'g', 6, FloatAlt, "2.50000"},
		{2.5, 'e', 0, FloatAlt, "2.e+00"},
		{math.NaN(), 'F', 6, FloatSign, "+NAN"},
		{math.Inf(-1), 'g', 6, 0, "-inf"},
		{5e-324, 'g', 17, 0, "4.9406564584124654e-324"},
	} {
		if got := string(AppendFloatCode(nil, c.x, c.code, c.prec, c.flags)); got != c.want {
			t.Errorf("AppendFloatCode(%v, %c, %d, %d) = %q, want %q", c.x, c.code, c.prec, c.flags, got, c.want)
		}
	}
}

func TestFormatPercentNumber(t *testing.T) {
	th := testThread()
	for _, c := range []struct {
		verb        byte
		flags       PercentFlags
		width, prec int
		v           Object
		want        string
	}{
		{'d', 0, 0, -1, NewInt(-5), "-5"},
		{'x', PercentAlt, 5, -1, NewInt(255), " 0xff"},
		{'x', PercentAlt | PercentZero, 5, -1, NewInt(255), "0x0ff"},
		{'x', PercentAlt | PercentLeft, 8, -1, NewInt(255), "0xff    "},
		{'d', PercentSign, 0, 3, NewInt(5), "+005"},
		{'d', PercentBlank | PercentZero, 5, -1, NewInt(-5), "-0005"},
		{'d', 0, 0, -1, True, "1"},
		{'d', 0, 0, -1, NewFloat(3.7), "3"},
		{'e', PercentAlt, 0, 0, NewFloat(2.5), "2.e+00"},
		{'f', PercentZero, 10, 3, NewFloat(-3.14159), "-00003.142"},
		{'g', PercentSign, 0, -1, NewFloat(math.Inf(1)), "+inf"},
	} {
		got, err := FormatPercentNumber(th, c.verb, c.flags, c.width, c.prec, c.v)
		if err != nil || got != c.want {
			t.Errorf("%%%c flags %d width %d prec %d of %v = %q, %v; want %q", c.verb, c.flags, c.width, c.prec, c.v, got, err, c.want)
		}
	}
	for _, c := range []struct {
		verb byte
		v    Object
		want string
	}{
		{'d', NewStr("x"), "TypeError: %d format: a number is required, not str"},
		{'i', NewComplex(1i), "TypeError: %i format: a number is required, not complex"},
		{'d', NewFloat(math.Inf(1)), "TypeError: %d format: a number is required, not float"},
		{'e', NewStr("x"), "TypeError: a float is required"},
	} {
		_, err := FormatPercentNumber(th, c.verb, 0, 0, -1, c.v)
		if got := numErrText(err); got != c.want {
			t.Errorf("%%%c of %v: got %s, want %s", c.verb, c.v, got, c.want)
		}
	}
}
