package parser_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/internal/testcorpus"
	"github.com/taipan-py/taipan/parser"
)

// TestErrorCorpus runs every program of testdata/errors through the whole
// front end (parser, then symbol table and compiler checks) in both of
// CPython's ways of reading source: compile() of the bytes, and a file run
// as a script. Each outcome must be what CPython 3.2 gave: OK, or the
// exception's class, message, lineno, offset and text.
func TestErrorCorpus(t *testing.T) {
	cases, err := testcorpus.ReadCases("testdata/errors/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, mode := range []struct {
		golden string
		file   bool
	}{{"cases.golden", false}, {"cases.file.golden", true}} {
		golden, err := testcorpus.ReadGolden(filepath.Join("testdata/errors", mode.golden))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			want, ok := golden[c.Name]
			if !ok {
				t.Errorf("%s: no result in %s", c.Name, mode.golden)
				continue
			}
			err := frontEnd(c.Src, mode.file)
			got := "OK"
			if err != nil {
				var se *parser.SyntaxError
				if errors.As(err, &se) {
					got = testcorpus.DescribeSyntaxError(se)
				} else {
					got = "error\t" + err.Error()
				}
			}
			if got != want[0] {
				t.Errorf("%s (%s):\n got: %s\nwant: %s", c.Name, mode.golden, got, want[0])
			}
		}
	}
}

// TestErrorReports checks the report taipan prints for an uncaught
// SyntaxError against what python3.2 printed running the same program as
// prog.py.
func TestErrorReports(t *testing.T) {
	cases, err := testcorpus.ReadCases("testdata/errors/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cases {
		if !c.Has("printed") {
			continue
		}
		want, err := os.ReadFile(filepath.Join("testdata/errors/printed", c.Name+".txt"))
		if err != nil {
			t.Errorf("%s: %v", c.Name, err)
			continue
		}
		err = frontEnd(c.Src, true)
		if err == nil {
			// A program that compiles: its printed output (a warning, say)
			// is not the front end's to produce.
			continue
		}
		n++
		var se *parser.SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("%s: got %v, want a SyntaxError", c.Name, err)
			continue
		}
		if got := se.Format(); got != string(want) {
			t.Errorf("%s:\n got:\n%s\nwant:\n%s", c.Name, got, want)
		}
	}
	if n == 0 {
		t.Fatal("no printed reports found")
	}
}

// frontEnd checks src as CPython 3.2 does before running it: as a file
// named prog.py, or as bytes given to compile() with the name <case>.
func frontEnd(src []byte, file bool) error {
	filename := "<case>"
	parse := parser.Parse
	var text func(int) (string, bool)
	if file {
		filename, parse, text = "prog.py", parser.ParseFile, parser.ProgramText(src)
	}
	mod, err := parse(filename, src, parser.ExecMode)
	if err != nil {
		return err
	}
	return compiler.Check(mod, compiler.Options{Filename: filename, Line: text,
		Warn: func(string, string, int) error { return nil }})
}
