package compiler

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/taipan-py/taipan/internal/testcorpus"
	"github.com/taipan-py/taipan/parser"
)

// The golden corpora are programs in the format tools/golden/gen_errors.py
// reads (a "### NAME FLAGS" header before each program), with the results
// CPython 3.2 gave for them: compile() of the bytes (cases.golden) and
// import of the bytes as a file (cases.file.golden). The parser's corpus
// holds the symbol-table and compiler cases its authors wrote; this
// package's holds the rest.
var corpora = []string{
	"testdata/checks",
	"../parser/testdata/errors",
}

// checkMessages are the messages the passes after parsing produce. A case
// that CPython rejects with any other message is the parser's to reject.
var checkMessages = []string{
	"duplicate argument '",
	"' is parameter and global",
	"' is parameter and nonlocal",
	"' is nonlocal and global",
	"nonlocal declaration not allowed at module level",
	"no binding for nonlocal '",
	"import * only allowed at module level",
	"'return' with argument inside generator",
	"before global declaration",
	"prior to global declaration",
	"before nonlocal declaration",
	"prior to nonlocal declaration",
	"'return' outside function",
	"'yield' outside function",
	"'break' outside loop",
	"'continue' not properly in loop",
	"'continue' not supported inside 'finally' clause",
	"default 'except:' must be last",
	"starred assignment target must be in a list or tuple",
	"two starred expressions in assignment",
	"too many expressions in star-unpacking assignment",
	"can use starred expression only as assignment target",
	"from __future__ imports must occur at the beginning of the file",
	"not a chance",
	"future feature ",
	"too many statically nested blocks",
	"assertion is always true",
}

func isCheckMessage(msg string) bool {
	for _, m := range checkMessages {
		if strings.Contains(msg, m) {
			return true
		}
	}
	return false
}

// warningRaised is what the test's Warn returns when warnings are errors:
// the SyntaxWarning exception itself.
type warningRaised struct{ category, msg string }

func (w *warningRaised) Error() string { return w.msg }

// describe formats an outcome as gen_errors.py does.
func describe(err error) string {
	if err == nil {
		return "OK"
	}
	var se *parser.SyntaxError
	var w *warningRaised
	switch {
	case errors.As(err, &se):
		return testcorpus.DescribeSyntaxError(se)
	case errors.As(err, &w):
		return w.category + "\t" + testcorpus.Field(w.msg) + "\tNone\tNone\tNone"
	}
	return "error\t" + err.Error()
}

// outcome checks src as CPython does for the given mode and returns the
// result lines in golden form.
func outcome(src []byte, fileMode bool) (lines []string, parsed bool) {
	filename := "<case>"
	var text func(int) (string, bool)
	if fileMode {
		filename = "prog.py"
		text = parser.ProgramText(src)
	}
	parse := parser.Parse
	if fileMode {
		parse = parser.ParseFile
	}
	mod, err := parse(filename, src, parser.ExecMode)
	if err != nil {
		return nil, false
	}
	var warnings []string
	opts := Options{
		Filename: filename,
		Line:     text,
		Warn: func(category, msg string, lineno int) error {
			warnings = append(warnings, fmt.Sprintf("!warning\t%s\t%s\t%d\tNone\tNone", category, testcorpus.Field(msg), lineno))
			return nil
		},
	}
	lines = append(lines, describe(Check(mod, opts)))
	if len(warnings) > 0 {
		lines = append(lines, warnings...)
		opts.Warn = func(category, msg string, lineno int) error {
			return &warningRaised{category, msg}
		}
		// A tree is checked afresh: nothing in it was changed.
		lines = append(lines, "!werror\t"+describe(Check(mod, opts)))
	}
	return lines, true
}

func TestCorpora(t *testing.T) {
	for _, dir := range corpora {
		cases, err := testcorpus.ReadCases(filepath.Join(dir, "cases.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, mode := range []struct {
			file   string
			asFile bool
		}{{"cases.golden", false}, {"cases.file.golden", true}} {
			golden, err := testcorpus.ReadGolden(filepath.Join(dir, mode.file))
			if err != nil {
				t.Fatal(err)
			}
			checked := 0
			for _, c := range cases {
				want, ok := golden[c.Name]
				if !ok {
					// The parser's corpus may be ahead of its results
					// while its authors work on it.
					if dir == corpora[0] {
						t.Errorf("%s: case %s has no result in %s", dir, c.Name, mode.file)
					}
					continue
				}
				if !strings.HasPrefix(want[0], "OK") && !isCheckMessage(want[0]) {
					continue // the parser's to reject
				}
				got, parsed := outcome(c.Src, mode.asFile)
				if !parsed {
					continue // the parser's to accept
				}
				checked++
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("%s %s (%s):\n got: %s\nwant: %s", dir, c.Name, mode.file,
						strings.Join(got, "\n      "), strings.Join(want, "\n      "))
				}
			}
			t.Logf("%s %s: %d cases checked", dir, mode.file, checked)
		}
	}
}
