package parser

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/taipan-py/taipan/ast"
)

// FuzzParse feeds arbitrary bytes to every entry point and mode: the only
// acceptable outcomes are a tree (which must dump) or a *SyntaxError.
// Run it with: go test -fuzz FuzzParse ./parser
func FuzzParse(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/ast/*.py")
	for _, s := range seeds {
		if src, err := os.ReadFile(s); err == nil {
			f.Add(src)
		}
	}
	for _, s := range []string{
		"", "x", "if x:\n  pass\n else:\n", "def f(*, **k): pass", "f(x for x in y, 1)",
		"(" + "(" + "[", "lambda *a, b=1, **c: 0", "class A(B, metaclass=M, *a, **k): pass",
		"x = yield = 1", "from . import (a, b,)", "del (a, [b, c.d]), e[1:2, ...]",
		"'\\N{LATIN SMALL LETTER A}' b'\\xff'", "\xef\xbb\xbf# coding: latin-1\n", "\t \f\x00",
		"with a as (b, c), d: pass", "try:\n pass\nexcept E as e:\n pass\nelse:\n pass\nfinally:\n pass",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, mode := range []Mode{ExecMode, EvalMode, SingleMode} {
			check(t, func() (ast.ModType, error) { return Parse("<fuzz>", src, mode) })
			check(t, func() (ast.ModType, error) { return ParseFile("fuzz.py", src, mode) })
			check(t, func() (ast.ModType, error) { return ParseString("<fuzz>", string(src), mode) })
		}
	})
}

func check(t *testing.T, parse func() (ast.ModType, error)) {
	mod, err := parse()
	if err != nil {
		se, ok := err.(*SyntaxError)
		if !ok {
			t.Fatalf("error of type %T: %v", err, err)
		}
		_ = se.Error()
		_ = se.Format()
		return
	}
	if mod == nil {
		t.Fatal("no tree and no error")
	}
	_ = ast.Dump(mod, true)
}
