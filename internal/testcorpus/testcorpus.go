// Package testcorpus reads the golden SyntaxError corpora of the parser and
// compiler tests: programs in the format tools/golden/gen_errors.py reads
// (a "### NAME FLAGS" header before each program, see
// parser/testdata/errors/cases.txt) and the results CPython 3.2 gave for
// them, one tab-separated line per case. It is test support, shared by
// the test suites of several packages.
package testcorpus

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/taipan-py/taipan/internal/pystr"
	"github.com/taipan-py/taipan/parser"
)

// Case is one program of a corpus.
type Case struct {
	Name  string
	Flags []string
	Src   []byte
}

// Has reports whether the case carries flag.
func (c *Case) Has(flag string) bool {
	for _, f := range c.Flags {
		if f == flag {
			return true
		}
	}
	return false
}

// ReadCases reads a cases.txt file.
func ReadCases(path string) ([]Case, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	lines := bytes.Split(data, []byte("\n"))
	if len(lines) > 0 && len(lines[len(lines)-1]) == 0 {
		lines = lines[:len(lines)-1]
	}
	var cases []Case
	var cur *Case
	var body [][]byte
	finish := func() error {
		for len(body) > 0 && len(body[len(body)-1]) == 0 {
			body = body[:len(body)-1]
		}
		if cur.Has("esc") {
			src, err := unescape(bytes.Join(body, nil))
			if err != nil {
				return fmt.Errorf("case %s: %v", cur.Name, err)
			}
			cur.Src = src
		} else {
			var src []byte
			for _, l := range body {
				src = append(src, l...)
				src = append(src, '\n')
			}
			if cur.Has("noeol") && len(src) > 0 {
				src = src[:len(src)-1]
			}
			cur.Src = src
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
			cur = &Case{Name: words[0], Flags: words[1:]}
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

// ReadGolden maps each case name to its result lines: the outcome first,
// then any "!warning" and "!werror" lines, without the name.
func ReadGolden(path string) (map[string][]string, error) {
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

// Field writes a message as gen_errors.py does: its repr if it holds a
// tab or a line end.
func Field(s string) string {
	if strings.ContainsAny(s, "\t\n\r") {
		return pystr.ReprStr(s)
	}
	return s
}

// DescribeSyntaxError formats a SyntaxError as gen_errors.py writes an
// outcome: class, message, lineno, offset and repr(text), None for what is
// unknown.
func DescribeSyntaxError(se *parser.SyntaxError) string {
	lineno, offset, text := "None", "None", "None"
	if se.Lineno > 0 || se.Filename != "" {
		lineno = strconv.Itoa(se.Lineno)
	}
	if se.Offset != parser.NoOffset {
		offset = strconv.Itoa(se.Offset)
	}
	if se.HasText {
		text = pystr.ReprStr(se.Text)
	}
	return strings.Join([]string{se.Class.String(), Field(se.Msg), lineno, offset, text}, "\t")
}
