package unicodedatamod

import "testing"

func TestTablesSorted(t *testing.T) {
	for i := 1; i < len(runStarts); i++ {
		if runStarts[i] <= runStarts[i-1] {
			t.Fatalf("runStarts not increasing at %d", i)
		}
	}
	for i := 1; i < len(namesCP); i++ {
		if namesCP[i] <= namesCP[i-1] {
			t.Fatalf("namesCP not increasing at %d", i)
		}
	}
	for i := 1; i < len(decompCP); i++ {
		if decompCP[i] <= decompCP[i-1] {
			t.Fatalf("decompCP not increasing at %d", i)
		}
	}
	for i := 1; i < len(oldRecords); i++ {
		if oldRecords[i][0] <= oldRecords[i-1][0] {
			t.Fatalf("oldRecords not increasing at %d", i)
		}
	}
}

func TestNames(t *testing.T) {
	for _, c := range []struct {
		r    rune
		name string
	}{
		{'a', "LATIN SMALL LETTER A"},
		{0xAC01, "HANGUL SYLLABLE GAG"},
		{0xC544, "HANGUL SYLLABLE A"},
		{0x4E00, "CJK UNIFIED IDEOGRAPH-4E00"},
		{0x20B8, "TENGE SIGN"},
	} {
		if n, ok := charName(c.r, false); !ok || n != c.name {
			t.Errorf("name(%U) = %q, %v", c.r, n, ok)
		}
		if r, ok := lookupName(c.name, false); !ok || r != c.r {
			t.Errorf("lookup(%q) = %U, %v", c.name, r, ok)
		}
	}
	if _, ok := charName(0x20B8, true); ok {
		t.Error("TENGE SIGN is not in Unicode 3.2.0")
	}
}

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, nfc, nfd, nfkc, nfkd string }{
		{"e\u0301", "\u00e9", "e\u0301", "\u00e9", "e\u0301"},
		{"\ufb01", "\ufb01", "\ufb01", "fi", "fi"},
		{"\uac01", "\uac01", "\u1100\u1161\u11a8", "\uac01", "\u1100\u1161\u11a8"},
		{"\u0958", "\u0915\u093c", "\u0915\u093c", "\u0915\u093c", "\u0915\u093c"},
		{"a\u0301\u0316", "\u00e1\u0316", "a\u0316\u0301", "\u00e1\u0316", "a\u0316\u0301"},
	} {
		for _, f := range []struct {
			compat, compose bool
			want            string
		}{{false, true, c.nfc}, {false, false, c.nfd}, {true, true, c.nfkc}, {true, false, c.nfkd}} {
			if got := normalize(c.in, false, f.compat, f.compose); got != f.want {
				t.Errorf("normalize(%+q, compat=%v, compose=%v) = %+q, want %+q", c.in, f.compat, f.compose, got, f.want)
			}
		}
	}
}
