package compiler

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/taipan-py/taipan/parser"
)

// checkCase is a program, how it is compiled, and what CPython 3.2 gave:
// "OK" or the error as describe formats it, and the warnings, each as
// "MSG LINENO".
type checkCase struct {
	src      string
	mode     parser.Mode
	optimize int
	want     string
	warnings []string
}

// The results below come from CPython 3.2's compile(src, '<s>', mode),
// run with -O where optimize is 1. Most programs are in the golden
// corpora (testdata/checks and the parser's); these cover the eval and
// single modes and -O, which the corpora do not.
var checkCases = []checkCase{
	{src: "(yield)", mode: parser.EvalMode, want: "SyntaxError\t'yield' outside function\t1\t1\tNone"},
	{src: "[x for x in (yield)]", mode: parser.EvalMode, want: "SyntaxError\t'yield' outside function\t1\t13\tNone"},
	{src: "lambda: (yield)", mode: parser.EvalMode, want: "OK"},
	{src: "lambda a, a: 1", mode: parser.EvalMode, want: "SyntaxError\tduplicate argument 'a' in function definition\t1\tNone\tNone"},
	{src: "(*a, b)", mode: parser.EvalMode, want: "SyntaxError\tcan use starred expression only as assignment target\t1\t1\tNone"},
	{src: "return 1\n", mode: parser.SingleMode, want: "SyntaxError\t'return' outside function\t1\t0\tNone"},
	{src: "from __future__ import braces\n", mode: parser.SingleMode, want: "SyntaxError\tnot a chance\t1\tNone\tNone"},
	{src: "import os; from __future__ import division\n", mode: parser.SingleMode, want: "SyntaxError\tfrom __future__ imports must occur at the beginning of the file\t1\tNone\tNone"},
	{src: "break\n", mode: parser.SingleMode, want: "SyntaxError\t'break' outside loop\t1\t0\tNone"},
	{src: "\"doc\"\n", mode: parser.SingleMode, want: "OK"},
	{src: "for x in y:\n  def f(a, a): pass\n\n", mode: parser.SingleMode, want: "SyntaxError\tduplicate argument 'a' in function definition\t2\tNone\tNone"},
	{src: "x = 1; global x\n", mode: parser.SingleMode, want: "OK", warnings: []string{"name 'x' is assigned to before global declaration 1"}},
	{src: "assert (1, 2)\n", mode: parser.SingleMode, want: "OK", warnings: []string{"assertion is always true, perhaps remove parentheses? 1"}},
	{src: "nonlocal x\n", mode: parser.SingleMode, want: "SyntaxError\tnonlocal declaration not allowed at module level\tNone\tNone\tNone"},
	{src: "if 0:\n  return\n\n", mode: parser.SingleMode, want: "OK"},
	{src: "assert (1,2)\nassert ((yield), 1)\n", optimize: 1, want: "OK"},
	{src: "if __debug__: return\n", optimize: 1, want: "OK"},
	{src: "if not __debug__: pass\nif __debug__: pass\nelse: return\n", optimize: 1, want: "SyntaxError\t'return' outside function\t3\t6\tNone"},
	{src: "if __debug__: pass\nelse: return\n", want: "OK"},
	{src: "\"\"\"doc\"\"\"\nx = 1\n", optimize: 2, want: "OK"},
	// The last annotation with an error is the one reported, and before
	// the function's body.
	{src: "def f(a: (yield)) -> (yield 2): pass\nbreak\n", want: "SyntaxError\t'yield' outside function\t1\t22\tNone"},
	{src: "def f(a: (yield)): break\n", want: "SyntaxError\t'yield' outside function\t1\t10\tNone"},
	{src: "def f(a: (yield), b: ((yield) for x in ())): pass\n", want: "SyntaxError\t'yield' outside function\t1\t10\tNone"},
	{src: "def f(**a: (yield)): pass\n", want: "SyntaxError\t'yield' outside function\t1\t12\tNone"},
	{src: "class C:\n  def f(a: (yield)): pass\n", want: "SyntaxError\t'yield' outside function\t2\t12\tNone"},
}

func TestCheck(t *testing.T) {
	for _, c := range checkCases {
		mod, err := parser.ParseString("<s>", c.src, c.mode)
		if err != nil {
			t.Errorf("%q: parse: %v", c.src, err)
			continue
		}
		var warnings []string
		err = Check(mod, Options{
			Filename: "<s>",
			Optimize: c.optimize,
			Warn: func(category, msg string, lineno int) error {
				if category != "SyntaxWarning" {
					t.Errorf("%q: warning of category %s", c.src, category)
				}
				warnings = append(warnings, msg+" "+strconv.Itoa(lineno))
				return nil
			},
		})
		if got := describe(err); got != c.want {
			t.Errorf("%q:\n got: %s\nwant: %s", c.src, got, c.want)
		}
		if strings.Join(warnings, "\n") != strings.Join(c.warnings, "\n") {
			t.Errorf("%q: warnings\n got: %q\nwant: %q", c.src, warnings, c.warnings)
		}
	}
}

// TestCheckFileText checks that errors carry the line read back from the
// file, stripped of its indentation, when a Line function is given.
func TestCheckFileText(t *testing.T) {
	src := "while 1:\n    try:\n        pass\n    finally:\n        continue\n"
	mod, err := parser.ParseString("prog.py", src, parser.ExecMode)
	if err != nil {
		t.Fatal(err)
	}
	err = Check(mod, Options{Filename: "prog.py", Line: parser.ProgramText([]byte(src))})
	var se *parser.SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("got %v, want a SyntaxError", err)
	}
	want := parser.SyntaxError{Msg: "'continue' not supported inside 'finally' clause", Filename: "prog.py", Lineno: 5, Offset: 8, Text: "continue\n", HasText: true}
	if *se != want {
		t.Errorf("got %+v\nwant %+v", *se, want)
	}
}

// TestCheckWarningRaised checks that an error returned by Warn for the
// assert warning is returned as it is, as CPython propagates the
// SyntaxWarning exception itself.
func TestCheckWarningRaised(t *testing.T) {
	mod, err := parser.ParseString("<s>", "assert (x, 'msg')\n", parser.ExecMode)
	if err != nil {
		t.Fatal(err)
	}
	raised := errors.New("SyntaxWarning raised")
	err = Check(mod, Options{Filename: "<s>", Warn: func(string, string, int) error { return raised }})
	if err != raised {
		t.Errorf("got %v, want the error Warn returned", err)
	}
}
