package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProgramText checks the reading back of a line against what
// CPython 3.2's PyErr_ProgramText gave for the same files.
func TestProgramText(t *testing.T) {
	x := func(n int) string { return strings.Repeat("x", n) }
	cases := []struct {
		file   string
		lineno int
		want   string
		ok     bool
	}{
		{x(997) + "\nsecond\n", 1, x(997) + "\n", true},
		{x(998) + "\nsecond\n", 1, x(998) + "\n", true},
		{x(999) + "\nsecond\n", 1, "\n", true},
		{x(999), 1, "", true},
		{x(1000) + "\nsecond\n", 1, "x\n", true},
		{x(1000), 1, "x", true},
		{x(1997) + "\n", 1, x(998) + "\n", true},
		{x(1998), 1, "", true},
		{x(998) + "\r\nnext\n", 1, x(998) + "\n", true},
		{x(998) + "\r\nnext\n", 2, "next\n", true},
		{"a\nb\n", 3, "", true},
		{"a\nb", 5, "", true},
		{"", 1, "", true},
		{"  \t\f x\r\ny", 1, "x\n", true},
		{"a\rb\r", 2, "b\n", true},
		{"\xe9t\xe9\n", 1, "", false},
		{"ab\x00cd\n", 1, "ab", true},
		{"a\n", 0, "", false},
	}
	for _, c := range cases {
		got, ok := ProgramText([]byte(c.file))(c.lineno)
		if got != c.want || ok != c.ok {
			t.Errorf("line %d of %.20q...: got %q, %v; want %q, %v", c.lineno, c.file, got, ok, c.want, c.ok)
		}
	}
	path := filepath.Join(t.TempDir(), "prog.py")
	if err := os.WriteFile(path, []byte("a\n  b\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, ok := FileText(path)(2); got != "b\n" || !ok {
		t.Errorf("FileText: got %q, %v", got, ok)
	}
	if _, ok := FileText(path + ".missing")(1); ok {
		t.Errorf("FileText of a missing file gives text")
	}
}
