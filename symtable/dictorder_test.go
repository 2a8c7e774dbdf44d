package symtable

import "testing"

// TestStrHash checks strHash against hash() of CPython 3.2 (64-bit, wide
// build, no -R).
func TestStrHash(t *testing.T) {
	cases := []struct {
		s    string
		hash int64
	}{
		{"", 0},
		{"a", 12416037344},
		{"abc", 1453079729188098211},
		{"é", 29824089448},
		{"_[1]", 7301879849785403888},
		{"\U0001d49c", 15355438153373},
		{".0", 5888035374053176},
		{"__class__", -7432373563400207827},
	}
	for _, c := range cases {
		if got := int64(strHash(c.s)); got != c.hash {
			t.Errorf("strHash(%q) = %d, want %d", c.s, got, c.hash)
		}
	}
}
