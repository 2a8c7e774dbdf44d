package jsonmod

import (
	"testing"

	"github.com/taipan-py/taipan/py"
)

func TestQuote(t *testing.T) {
	for _, c := range []struct{ in, ascii, unicode string }{
		{"plain", `"plain"`, `"plain"`},
		{"q\"b\\n\n\t\x01\x7f", `"q\"b\\n\n\t\u0001\u007f"`, "\"q\\\"b\\\\n\\n\\t\\u0001\x7f\""},
		{"caf\u00e9 \U0001d11e", `"caf\u00e9 \ud834\udd1e"`, "\"caf\u00e9 \U0001d11e\""},
		{"", `""`, `""`},
	} {
		if got := string(appendASCII(nil, c.in)); got != c.ascii {
			t.Errorf("ascii %q: got %s, want %s", c.in, got, c.ascii)
		}
		if got := string(appendUnicode(nil, c.in)); got != c.unicode {
			t.Errorf("unicode %q: got %s, want %s", c.in, got, c.unicode)
		}
	}
}

func TestScanString(t *testing.T) {
	for _, c := range []struct {
		doc  string
		want string
		end  int
		err  string
	}{
		{`"abc" x`, "abc", 5, ""},
		{`"a\nb\u00e9\ud834\udd1e\/"`, "a\nb\u00e9\U0001d11e/", 26, ""},
		{`"\u00e9\u00e9"`, "\u00e9\u00e9", 14, ""},
		{"\"\u00e9\" ", "\u00e9", 3, ""},
		{`"abc`, "", 0, "Unterminated string starting at: line 1 column 1 (char 0)"},
		{`"a\q"`, "", 0, "Invalid \\escape: line 1 column 3 (char 2)"},
		{"\"a\nb\"", "", 0, "Invalid control character at: line 1 column 3 (char 2)"},
		{`"\ud834x"`, "", 0, "Unpaired high surrogate: line 1 column 3 (char 2)"},
		{`"\udd1e"`, "", 0, "Unpaired low surrogate: line 1 column 3 (char 2)"},
		{`"\u12"`, "", 0, "Invalid \\uXXXX escape: line 1 column 3 (char 2)"},
	} {
		v, end, err := scanString(newText(py.NewStr(c.doc)), 1, true)
		if c.err != "" {
			if err == nil {
				t.Errorf("%q: no error, want %q", c.doc, c.err)
			} else if !py.ErrorMatches(err, py.ValueError) || err.Error() != "ValueError: "+c.err && err.Error() != c.err {
				t.Errorf("%q: error %v, want %q", c.doc, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: error %v", c.doc, err)
			continue
		}
		if s := v.(*py.Str).String(); s != c.want || end != c.end {
			t.Errorf("%q: got %q, %d; want %q, %d", c.doc, s, end, c.want, c.end)
		}
	}
}
