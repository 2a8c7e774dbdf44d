package parser

import (
	"math"
	"math/big"
	"strings"
	"testing"
)

// The expected values and messages are CPython 3.2.6's, from ast.parse of
// each literal (the ones with invalid UTF-8 as bytes source, which 3.2
// passes to the parser unchecked).
var stringTests = []struct {
	text    string
	isBytes bool
	value   string
	errMsg  string
}{
	{"'\\x'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"},
	{"'\\x4'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"},
	{"'\\x4g'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"},
	{"'\\xg0'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"},
	{"'abc\\x'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 3-4: truncated \\xXX escape"},
	{"'\xc3\xa9\\x'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: truncated \\xXX escape"},
	{"'\xc3\xa9\xc3\xa9\\x41\\x'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 24-25: truncated \\xXX escape"},
	{"'\\\xc3\xa9\\x'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 16-17: truncated \\xXX escape"},
	{"'\\\\\xc3\xa9\\x'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 12-13: truncated \\xXX escape"},
	{"'\\u12'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape"},
	{"'\\u12345'", false, "\xe1\x88\xb45", ""},
	{"'\\U0010ffff'", false, "\xf4\x8f\xbf\xbf", ""},
	{"'\\U00110000'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"},
	{"'\\UFFFFFFFF'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"},
	{"'\\U0011000'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: truncated \\UXXXXXXXX escape"},
	{"'\\N'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"},
	{"'\\Nx'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"},
	{"'\\N{'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape"},
	{"'\\N{}'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape"},
	{"'\\N{LATIN SMALL LETTER A}'", false, "a", ""},
	{"'\\N{latin small letter a}'", false, "a", ""},
	{"'\\N{BOGUS}'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: unknown Unicode character name"},
	{"'\\N{BOGUS'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: malformed \\N character escape"},
	{"'ab\\N{BOGUS}cd'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-10: unknown Unicode character name"},
	{"'\\N{CJK UNIFIED IDEOGRAPH-4E00}'", false, "\xe4\xb8\x80", ""},
	{"'\\N{cjk unified ideograph-4e00}'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name"},
	{"'\\N{HANGUL SYLLABLE GA}'", false, "\xea\xb0\x80", ""},
	{"'\\N{TURKISH LIRA SIGN}'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-20: unknown Unicode character name"},
	{"'\\N{LINE FEED}'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-12: unknown Unicode character name"},
	{"'\\777\\400\\0\\08\\1234'", false, "\xc7\xbf\xc4\x80\x00\x008S4", ""},
	{"'\\q\\z\\ \\8\\9'", false, "\\q\\z\\ \\8\\9", ""},
	{"'\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"'", false, "\x07\x08\x0c\x0a\x0d\x09\x0b\\'\"", ""},
	{"'a\\\x0ab'", false, "ab", ""},
	{"R'\\x'", false, "\\x", ""},
	{"b'\\x'", true, "", "(value error) invalid \\x escape at position 0"},
	{"b'abc\\x4'", true, "", "(value error) invalid \\x escape at position 3"},
	{"b'\\x4g'", true, "", "(value error) invalid \\x escape at position 0"},
	{"b'\\777\\400\\1234'", true, "\xff\x00S4", ""},
	{"b'\\u1234\\N{X}\\q'", true, "\\u1234\\N{X}\\q", ""},
	{"b'\xc3\xa9'", true, "", "bytes can only contain ASCII literal characters."},
	{"Br'\\x'", true, "\\x", ""},
	{"bR'\\x\\''", true, "\\x\\'", ""},
	{"'\\ud800\\udfff'", false, "\xed\xa0\x80\xed\xbf\xbf", ""},
	{"'\\U0000d800'", false, "\xed\xa0\x80", ""},
	{"'\xc3\xa9\\N{BOGUS}'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-18: unknown Unicode character name"},
	{"'\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\\N{BOGUS}'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 1390-1398: unknown Unicode character name"},
	{"'\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\\x'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 1390-1391: truncated \\xXX escape"},
	{"'''tri\\x'''", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 3-4: truncated \\xXX escape"},
	{"'\\N{SPACE}\\N{ space }'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 9-19: unknown Unicode character name"},
	{"'\\N{SPA CE}'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: unknown Unicode character name"},
	{"'\\N{LATIN SMALL LETTER A}\\N{}'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 24-26: malformed \\N character escape"},
	{"'\\x41\\X41'", false, "A\\X41", ""},
	{"'\\u00e9\\U000000E9'", false, "\xc3\xa9\xc3\xa9", ""},
	{"'\xff'", false, "", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
	{"'a\xffb'", false, "", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
	{"'\xc3'", false, "", "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data"},
	{"'\xc3abc'", false, "", "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data"},
	{"r'\xc3abc'", false, "", "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: invalid continuation byte"},
	{"'\xe9\x80'", false, "", "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
	{"'\xe0\x80\x80'", false, "", "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
	{"r'\xe0\x80\x80'", false, "", "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
	{"'\xed\xa0\x80'", false, "", "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte"},
	{"'\xf4\x90\x80\x80'", false, "", "(unicode error) 'utf-8' codec can't decode bytes in position 0-2: invalid continuation byte"},
	{"'\xf0\x80'", false, "", "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
	{"'\xf0\x9f\x98'", false, "", "(unicode error) 'utf-8' codec can't decode bytes in position 0-2: unexpected end of data"},
	{"'\xc0\x80'", false, "", "(unicode error) 'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte"},
	{"'\xf5\x80\x80\x80'", false, "", "(unicode error) 'utf-8' codec can't decode byte 0xf5 in position 0: invalid start byte"},
	{"'\\x \xff'", false, "", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
	{"r'ab\xff'", false, "", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"},
	{"'ab\xffcd\xfe'", false, "", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"},
	{"'\xc3\xa9\xff'", false, "", "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte"},
	{"'\\N{\xc3\xa9}'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name"},
	{"'\\\xc3\xa9\\N{X}'", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 16-20: unknown Unicode character name"},
	{"b'\xff'", true, "", "bytes can only contain ASCII literal characters."},
	{"'''a\xc3\xa9\x0ab\\x'''", false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 13-14: truncated \\xXX escape"},
	{"'\xe2\x82'", false, "", "(unicode error) 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"},
	// Plain cases.
	{`''`, false, "", ""},
	{`""""""`, false, "", ""},
	{`''''''`, false, "", ""},
	{`"""a"b"""`, false, `a"b`, ""},
	{`'''it's'''`, false, "it's", ""},
	{`b''`, true, "", ""},
	{`BR''`, true, "", ""},
	{`'héllo'`, false, "héllo", ""},
	{`r'héllo\'`, false, `héllo\`, ""},
	{`'\\\\'`, false, `\\`, ""},
	{"'a\\\r\nb'", false, "a\\\r\nb", ""},
	{`'\N{EURO SIGN}\N{GRINNING FACE WITH SMILING EYES}'`, false, "€\U0001f601", ""},
	{`'\N{GRINNING FACE}'`, false, "", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-16: unknown Unicode character name"},
	{`b'\x41\x4a\x4A'`, true, "AJJ", ""},
	{`b'a\
b'`, true, "ab", ""},
}

func TestDecodeString(t *testing.T) {
	for _, tt := range stringTests {
		v, isBytes, msg := decodeString(tt.text)
		if v != tt.value || isBytes != tt.isBytes || msg != tt.errMsg {
			t.Errorf("decodeString(%q) = %q, %v, %q\n\twant %q, %v, %q", tt.text, v, isBytes, msg, tt.value, tt.isBytes, tt.errMsg)
		}
	}
}

// TestDecodeStringLongMessage checks that a message is cut to the 127
// bytes of 3.2's buffer.
func TestDecodeStringLongMessage(t *testing.T) {
	// A position of 10**12 cannot be built; check the formatting rule.
	msg := astErrorText("unicode error", strings.Repeat("x", 200))
	if len(msg) != 127 || !strings.HasPrefix(msg, "(unicode error) xxx") {
		t.Errorf("astErrorText gave %d bytes: %q", len(msg), msg)
	}
}

func TestDecodeStringSurrogates(t *testing.T) {
	v, _, msg := decodeString(`'\ud800\U0000dfff\ud83d\ude00'`)
	want := "\xed\xa0\x80\xed\xbf\xbf\xed\xa0\xbd\xed\xb8\x80"
	if v != want || msg != "" {
		t.Errorf("got %q, %q; want %q", v, msg, want)
	}
}

func TestParseNumber(t *testing.T) {
	big1 := func(s string) *big.Int {
		b, _ := new(big.Int).SetString(s, 10)
		return b
	}
	tests := []struct {
		text string
		want interface{}
	}{
		{"0", int64(0)},
		{"00", int64(0)},
		{"1", int64(1)},
		{"9223372036854775807", int64(math.MaxInt64)},
		{"9223372036854775808", big1("9223372036854775808")},
		{"0x7fffffffffffffff", int64(math.MaxInt64)},
		{"0x8000000000000000", big1("9223372036854775808")},
		{"0XFF", int64(255)},
		{"0o17", int64(15)},
		{"0O17", int64(15)},
		{"0b101", int64(5)},
		{"0B0", int64(0)},
		{"123456789012345678901234567890", big1("123456789012345678901234567890")},
		{"1.5", 1.5},
		{"1.", 1.0},
		{".5", 0.5},
		{"1e10", 1e10},
		{"1E-5", 1e-5},
		{"1e400", math.Inf(1)},
		{"1e-400", 0.0},
		{"3j", complex(0, 3)},
		{"3.5J", complex(0, 3.5)},
		{"1e400j", complex(0, math.Inf(1))},
		{"0j", complex(0, 0)},
		{"09.5", 9.5},
		{"0e0", 0.0},
		{"00.5", 0.5},
		{"0.1", 0.1},
		{"2.2250738585072011e-308", 2.2250738585072011e-308},
	}
	for _, tt := range tests {
		v, msg := parseNumber(tt.text)
		if msg != "" {
			t.Errorf("parseNumber(%q): %s", tt.text, msg)
			continue
		}
		switch w := tt.want.(type) {
		case *big.Int:
			g, ok := v.(*big.Int)
			if !ok || g.Cmp(w) != 0 {
				t.Errorf("parseNumber(%q) = %T %v, want %v", tt.text, v, v, w)
			}
		default:
			if v != tt.want {
				t.Errorf("parseNumber(%q) = %T %v, want %T %v", tt.text, v, v, tt.want, tt.want)
			}
		}
	}
	for _, text := range []string{"", "0x", "0b2", "0o8", "1_000", "abc", "1e", ".", "j", "0xj", "--1", "1.5.5"} {
		if v, msg := parseNumber(text); msg == "" {
			t.Errorf("parseNumber(%q) = %v, want an error", text, v)
		}
	}
}

// FuzzLiterals checks that no input makes the literal decoders panic.
func FuzzLiterals(f *testing.F) {
	for _, tt := range stringTests {
		f.Add(tt.text)
	}
	f.Add("1e400j")
	f.Add("0x")
	f.Fuzz(func(t *testing.T, s string) {
		decodeString(s)
		parseNumber(s)
	})
}
