package pystr

import (
	"math"
	"math/big"
	"testing"
)

// surrogates builds Python text holding lone surrogates (generalised UTF-8).
func surrogates(rs ...rune) string {
	var b []byte
	for _, r := range rs {
		b = AppendRune(b, r)
	}
	return string(b)
}

func TestReprStr(t *testing.T) {
	// Expected values are CPython's repr(); where 3.2 (Unicode 6.0)
	// differs from later versions the 3.2 value is given.
	tests := []struct{ in, want string }{
		{"", `''`},
		{"a", `'a'`},
		{"'", `"'"`},
		{`"`, `'"'`},
		{`'"`, `'\'"'`},
		{"it's", `"it's"`},
		{`say "hi"`, `'say "hi"'`},
		{`\`, `'\\'`},
		{"\t\n\r", `'\t\n\r'`},
		{"\x00\x1f\x7f", `'\x00\x1f\x7f'`},
		{"\u0080\u009f\u00a0\u00ad\u00ff", `'\x80\x9f\xa0\xadÿ'`},
		{"é", `'é'`},
		{"\u2028\u2029\u3000\u00a0", `'\u2028\u2029\u3000\xa0'`},
		{"\u200b\ufeff", `'\u200b\ufeff'`},
		{surrogates(0xD800, 0xDFFF), `'\ud800\udfff'`},
		{"\ue000", `'\ue000'`},
		{"\U0010ffff", `'\U0010ffff'`},
		{"\U0001d400", "'\U0001d400'"},
		{"\u0378", `'\u0378'`},
		{"日本語", `'日本語'`},
		{"\U00020000", "'\U00020000'"},
		{"\U000e0001", `'\U000e0001'`},
		{" ", `' '`},
		{"\u1680", `'\u1680'`},
		{"\u0300", "'\u0300'"},
		{"a\u0301", "'a\u0301'"},
		// Assigned after Unicode 6.0, so unassigned (not printable) in 3.2.
		{"\u20ba", `'\u20ba'`},         // TURKISH LIRA SIGN, 6.2
		{"\U0001f642", `'\U0001f642'`}, // SLIGHTLY SMILING FACE, 7.0
		{"\u061c", `'\u061c'`},         // ARABIC LETTER MARK, 6.3
	}
	for _, tt := range tests {
		if got := ReprStr(tt.in); got != tt.want {
			t.Errorf("ReprStr(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
	// U+1F600 GRINNING FACE arrived in Unicode 6.1; U+1F601 in 6.0.
	if got := ReprStr("\U0001f600"); got != `'\U0001f600'` {
		t.Errorf("ReprStr(U+1F600) = %s", got)
	}
	if got := ReprStr("\U0001f601"); got != "'\U0001f601'" {
		t.Errorf("ReprStr(U+1F601) = %s", got)
	}
}

func TestReprBytes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", `b''`},
		{"'", `b"'"`},
		{`"`, `b'"'`},
		{`'"`, `b'\'"'`},
		{"\x00\t\n\r\x7f\x80\xff", `b'\x00\t\n\r\x7f\x80\xff'`},
		{`abc\`, `b'abc\\'`},
		{"é", `b'\xc3\xa9'`},
	}
	for _, tt := range tests {
		if got := ReprBytes(tt.in); got != tt.want {
			t.Errorf("ReprBytes(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestReprFloat(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0.0, "0.0"},
		{math.Copysign(0, -1), "-0.0"},
		{1.0, "1.0"},
		{-1.0, "-1.0"},
		{1.5, "1.5"},
		{0.1, "0.1"},
		{1.0 / 3, "0.3333333333333333"},
		{1e16, "1e+16"},
		{1e15, "1000000000000000.0"},
		{123456789012345678.0, "1.2345678901234568e+17"},
		{1e-4, "0.0001"},
		{1e-5, "1e-05"},
		{0.00012, "0.00012"},
		{1e300, "1e+300"},
		{1e-300, "1e-300"},
		{5e-324, "5e-324"},
		{math.MaxFloat64, "1.7976931348623157e+308"},
		{math.Inf(1), "inf"},
		{math.Inf(-1), "-inf"},
		{math.NaN(), "nan"},
		{2.5e-5, "2.5e-05"},
		{1234.5, "1234.5"},
		{100.0, "100.0"},
		{9999999999999998.0, "9999999999999998.0"},
		{1e22, "1e+22"},
		{-1.5e-7, "-1.5e-07"},
	}
	for _, tt := range tests {
		if got := ReprFloat(tt.in); got != tt.want {
			t.Errorf("ReprFloat(%v) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestReprComplex(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	negz := math.Copysign(0, -1)
	tests := []struct {
		in   complex128
		want string
	}{
		{complex(0, 1), "1j"},
		{complex(1, 2), "(1+2j)"},
		{complex(1, nan), "(1+nanj)"},
		{complex(nan, 1), "(nan+1j)"},
		{complex(0, inf), "infj"},
		{complex(negz, -1), "(-0-1j)"},
		{complex(0, 0), "0j"},
		{complex(negz, 0), "(-0+0j)"},
		{complex(0, negz), "-0j"},
		{complex(1e16, 1e-5), "(1e+16+1e-05j)"},
		{complex(inf, -inf), "(inf-infj)"},
		{complex(0, 1.5), "1.5j"},
		{complex(2.5, -0.5), "(2.5-0.5j)"},
	}
	for _, tt := range tests {
		if got := ReprComplex(tt.in); got != tt.want {
			t.Errorf("ReprComplex(%v) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

func TestReprInt(t *testing.T) {
	if got := ReprInt(-42); got != "-42" {
		t.Errorf("ReprInt(-42) = %s", got)
	}
	b, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	if got := ReprBigInt(b); got != "123456789012345678901234567890" {
		t.Errorf("ReprBigInt = %s", got)
	}
}

func TestRunes(t *testing.T) {
	for _, r := range []rune{0, 'a', 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF} {
		s := string(AppendRune(nil, r))
		got, n := DecodeRune(s)
		if got != r || n != len(s) {
			t.Errorf("DecodeRune(AppendRune(%#x)) = %#x, %d", r, got, n)
		}
	}
	if s := string(AppendRune(nil, 0xD800)); s != "\xed\xa0\x80" {
		t.Errorf("AppendRune(0xD800) = %q", s)
	}
	if r, n := DecodeRune("\xff"); r != 0xFFFD || n != 1 {
		t.Errorf("DecodeRune(\\xff) = %#x, %d", r, n)
	}
}

func TestIsPrintable(t *testing.T) {
	tests := []struct {
		r    rune
		want bool
	}{
		{' ', true}, {'~', true}, {0x7F, false}, {0x1F, false}, {0xA0, false},
		{0xAD, false}, {0xA1, true}, {0x300, true}, {0x2028, false},
		{0xD800, false}, {0xE000, false}, {0xFFFE, false}, {0x378, false},
		{0x20BA, false}, {0x4E00, true}, {0x10FFFF, false}, {0x1D400, true},
	}
	for _, tt := range tests {
		if got := IsPrintable(tt.r); got != tt.want {
			t.Errorf("IsPrintable(%#x) = %v, want %v", tt.r, got, tt.want)
		}
	}
}

func TestLookupName(t *testing.T) {
	tests := []struct {
		name string
		r    rune
		ok   bool
	}{
		{"LATIN SMALL LETTER A", 'a', true},
		{"latin small letter a", 'a', true},
		{"Latin Capital Letter A With Macron", 0x100, true},
		{"BELL", 0x1F514, true}, // the name U+0007 got only as an alias (6.1)
		{"SPACE", ' ', true},
		{"EURO SIGN", 0x20AC, true},
		{"CJK UNIFIED IDEOGRAPH-4E00", 0x4E00, true},
		{"CJK UNIFIED IDEOGRAPH-9FCB", 0x9FCB, true},
		{"CJK UNIFIED IDEOGRAPH-9FCC", 0, false}, // 6.1
		{"CJK UNIFIED IDEOGRAPH-20000", 0x20000, true},
		{"CJK UNIFIED IDEOGRAPH-4e00", 0, false},
		{"cjk unified ideograph-4E00", 0, false},
		{"CJK UNIFIED IDEOGRAPH-04E00", 0x4E00, true}, // five digits are allowed
		{"CJK COMPATIBILITY IDEOGRAPH-F900", 0xF900, true},
		{"cjk compatibility ideograph-f900", 0xF900, true},
		{"HANGUL SYLLABLE GA", 0xAC00, true},
		{"HANGUL SYLLABLE A", 0xC544, true},
		{"HANGUL SYLLABLE HIH", 0xD7A3, true},
		{"HANGUL SYLLABLE GAG", 0xAC01, true},
		{"HANGUL SYLLABLE GGAGG", 0xAE4E, true},
		{"HANGUL SYLLABLE", 0, false},
		{"HANGUL SYLLABLE GAX", 0, false},
		{"hangul syllable ga", 0, false},
		{"TURKISH LIRA SIGN", 0, false}, // 6.2
		{"SLIGHTLY SMILING FACE", 0, false},
		{"<control>", 0, false},
		{"", 0, false},
		{"LINE FEED", 0, false}, // an alias, not a name
		{"NO SUCH THING", 0, false},
	}
	for _, tt := range tests {
		r, ok := LookupName(tt.name)
		if r != tt.r || ok != tt.ok {
			t.Errorf("LookupName(%q) = %#x, %v; want %#x, %v", tt.name, r, ok, tt.r, tt.ok)
		}
	}
}

func BenchmarkReprStr(b *testing.B) {
	s := "hello, world\n" + "héllo wörld 日本語"
	for i := 0; i < b.N; i++ {
		ReprStr(s)
	}
}

func BenchmarkBuildNameIndex(b *testing.B) {
	for i := 0; i < b.N; i++ {
		buildNameIndex()
	}
}
