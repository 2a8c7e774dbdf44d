package parser

import (
	"testing"

	"github.com/taipan-py/taipan/ast"
)

func TestParseInteractive(t *testing.T) {
	for _, c := range []struct {
		src        string
		incomplete bool
		err        string // "" for a complete statement
		stmts      int
	}{
		{src: "1 + 2\n", stmts: 1},
		{src: "x = 1; y = 2\n", stmts: 2},
		{src: "x = (\n", incomplete: true},
		{src: "x = (1,\n2)\n", stmts: 1},
		{src: "def f():\n", incomplete: true},
		{src: "def f():\n    return 1\n", incomplete: true},
		{src: "def f():\n    return 1\n\n", stmts: 1},
		{src: "if x:\n  pass\nelse:\n", incomplete: true},
		{src: "if x:\n  pass\nelse:\n  pass\n\n", stmts: 1},
		{src: "s = '''abc\n", incomplete: true},
		{src: "s = '''abc\ndef'''\n", stmts: 1},
		{src: "x = = 1\n", err: "invalid syntax (<stdin>, line 1)"},
		{src: "x = 'abc\n", err: "EOL while scanning string literal (<stdin>, line 1)"},
		{src: "\n", stmts: 1},
		{src: "for x in y: pass\n", incomplete: true},
		{src: "for x in y: pass\n\n", stmts: 1},
		{src: "@dec\n", incomplete: true},
		{src: "x = 1 +\\\n", incomplete: true},
	} {
		mod, err, incomplete := ParseInteractive("<stdin>", c.src)
		if incomplete != c.incomplete {
			t.Errorf("%q: incomplete = %v, want %v (err %v)", c.src, incomplete, c.incomplete, err)
			continue
		}
		if c.incomplete {
			continue
		}
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("%q: error %v, want %s", c.src, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: error %v", c.src, err)
			continue
		}
		if n := len(mod.(*ast.Interactive).Body); n != c.stmts {
			t.Errorf("%q: %d statements, want %d", c.src, n, c.stmts)
		}
	}
}
