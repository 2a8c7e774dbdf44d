package compiler

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/symtable"
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

type corpusCase struct {
	name  string
	flags []string
	src   []byte
}

func (c *corpusCase) has(flag string) bool {
	for _, f := range c.flags {
		if f == flag {
			return true
		}
	}
	return false
}

// readCases reads a cases.txt file.
func readCases(path string) ([]corpusCase, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lines := bytes.Split(data, []byte("\n"))
	if len(lines) > 0 && len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	var cases []corpusCase
	var cur *corpusCase
	var body [][]byte
	finish := func() error {
		for len(body) > 0 && len(body[len(body)-1]) == 0 {
			body = body[:len(body)-1]
		}
		if cur.has("esc") {
			src, err := unescape(bytes.Join(body, nil))
			if err != nil {
				return fmt.Errorf("case %s: %v", cur.name, err)
			}
			cur.src = src
		} else {
			var src []byte
			for _, l := range body {
				src = append(src, l...)
				src = append(src, '\n')
			}
			if cur.has("noeol") && len(src) > 0 {
				src = src[:len(src)-1]
			}
			cur.src = src
		}
		cases = append(cases, *cur)
		return nil
	}
	for _, line := range lines {
		if bytes.HasPrefix(line, []byte("### ")) {
			if cur != nil {
				if err := finish(); err != nil {
					return nil, err
				}
			}
			words := strings.Fields(string(line[4:]))
			cur = &corpusCase{name: words[0], flags: words[1:]}
			body = nil
		} else if cur != nil {
			body = append(body, line)
		}
	}
	if cur != nil {
		if err := finish(); err != nil {
			return nil, err
		}
	}
	return cases, nil
}

func unescape(s []byte) ([]byte, error) {
	var out []byte
	simple := map[byte]byte{'t': 9, 'n': 10, 'r': 13, 'f': 12, 'v': 11, '0': 0, '\\': '\\'}
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			out = append(out, s[i])
			continue
		}
		if i+1 >= len(s) {
			return nil, errors.New("lone backslash")
		}
		if b, ok := simple[s[i+1]]; ok {
			out = append(out, b)
			i++
			continue
		}
		if s[i+1] == 'x' && i+3 < len(s) {
			v, err := strconv.ParseUint(string(s[i+2:i+4]), 16, 8)
			if err != nil {
				return nil, err
			}
			out = append(out, byte(v))
			i += 3
			continue
		}
		return nil, fmt.Errorf("unknown escape \\%c", s[i+1])
	}
	return out, nil
}

// readGolden maps each case name to its result lines: the outcome first,
// then any "!warning" and "!werror" lines, without the name.
func readGolden(path string) (map[string][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	golden := make(map[string][]string)
	for _, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		name, rest, _ := strings.Cut(line, "\t")
		base, suffix, _ := strings.Cut(name, "!")
		if suffix != "" {
			rest = "!" + suffix + "\t" + rest
		}
		golden[base] = append(golden[base], rest)
	}
	return golden, nil
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
	var sys *SystemError
	var w *warningRaised
	switch {
	case errors.As(err, &se):
		lineno, offset, text := "None", "None", "None"
		if se.Lineno > 0 || se.Filename != "" {
			lineno = strconv.Itoa(se.Lineno)
		}
		if se.Offset >= 0 {
			offset = strconv.Itoa(se.Offset)
		}
		if se.HasText {
			text = pyRepr(se.Text)
		}
		return strings.Join([]string{se.Class.String(), field(se.Msg), lineno, offset, text}, "\t")
	case errors.As(err, &sys):
		return "SystemError\t" + field(sys.Msg) + "\tNone\tNone\tNone"
	case errors.As(err, &w):
		return w.category + "\t" + field(w.msg) + "\tNone\tNone\tNone"
	}
	return "error\t" + err.Error()
}

func field(s string) string {
	if strings.ContainsAny(s, "\t\n\r") {
		return pyRepr(s)
	}
	return s
}

// pyRepr is Python 3.2's repr of a str, for the texts of the corpus.
func pyRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for _, r := range s {
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// outcome checks src as CPython does for the given mode and returns the
// result lines in golden form.
func outcome(src []byte, fileMode bool) (lines []string, parsed bool) {
	filename := "<case>"
	var text func(int) (string, bool)
	if fileMode {
		filename = "prog.py"
		text = symtable.ProgramText(src)
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
			warnings = append(warnings, fmt.Sprintf("!warning\t%s\t%s\t%d\tNone\tNone", category, field(msg), lineno))
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
		cases, err := readCases(filepath.Join(dir, "cases.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, mode := range []struct {
			file   string
			asFile bool
		}{{"cases.golden", false}, {"cases.file.golden", true}} {
			golden, err := readGolden(filepath.Join(dir, mode.file))
			if err != nil {
				t.Fatal(err)
			}
			checked := 0
			for _, c := range cases {
				want, ok := golden[c.name]
				if !ok {
					// The parser's corpus may be ahead of its results
					// while its authors work on it.
					if dir == corpora[0] {
						t.Errorf("%s: case %s has no result in %s", dir, c.name, mode.file)
					}
					continue
				}
				if !strings.HasPrefix(want[0], "OK") && !isCheckMessage(want[0]) {
					continue // the parser's to reject
				}
				got, parsed := outcome(c.src, mode.asFile)
				if !parsed {
					continue // the parser's to accept
				}
				checked++
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("%s %s (%s):\n got: %s\nwant: %s", dir, c.name, mode.file,
						strings.Join(got, "\n      "), strings.Join(want, "\n      "))
				}
			}
			t.Logf("%s %s: %d cases checked", dir, mode.file, checked)
		}
	}
}
