package parser

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var cpyTokName = map[Kind]string{}

func init() {
	names := map[string]string{"(": "LPAR", ")": "RPAR", "[": "LSQB", "]": "RSQB", ":": "COLON", ",": "COMMA", ";": "SEMI", "+": "PLUS", "-": "MINUS", "*": "STAR", "/": "SLASH", "|": "VBAR", "&": "AMPER", "<": "LESS", ">": "GREATER", "=": "EQUAL", ".": "DOT", "%": "PERCENT", "{": "LBRACE", "}": "RBRACE", "==": "EQEQUAL", "!=": "NOTEQUAL", "<=": "LESSEQUAL", ">=": "GREATEREQUAL", "~": "TILDE", "^": "CIRCUMFLEX", "<<": "LEFTSHIFT", ">>": "RIGHTSHIFT", "**": "DOUBLESTAR", "+=": "PLUSEQUAL", "-=": "MINEQUAL", "*=": "STAREQUAL", "/=": "SLASHEQUAL", "%=": "PERCENTEQUAL", "&=": "AMPEREQUAL", "|=": "VBAREQUAL", "^=": "CIRCUMFLEXEQUAL", "<<=": "LEFTSHIFTEQUAL", ">>=": "RIGHTSHIFTEQUAL", "**=": "DOUBLESTAREQUAL", "//": "DOUBLESLASH", "//=": "DOUBLESLASHEQUAL", "@": "AT", "->": "RARROW", "...": "ELLIPSIS"}
	for k := Kind(0); k < numKinds; k++ {
		if n, ok := names[k.String()]; ok {
			cpyTokName[k] = n
		} else if k.IsKeyword() {
			cpyTokName[k] = "NAME"
		} else {
			cpyTokName[k] = k.String()
		}
	}
}

func TestScanOracleCorpus(t *testing.T) {
	dir := os.Getenv("SCAN_ORACLE_DIR")
	if dir == "" {
		t.Skip("SCAN_ORACLE_DIR not set")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*.src"))
	bad := 0
	for _, f := range files {
		srcb, _ := os.ReadFile(f)
		want, _ := os.ReadFile(strings.TrimSuffix(f, ".src") + ".tok")
		wl := strings.Split(strings.TrimRight(string(want), "\n"), "\n")
		name := wl[0]
		wl = wl[1:]
		s := newScanner(name, compileText(string(srcb), true), false)
		var got []string
		for i := 0; i < 10000000; i++ {
			tok := s.next()
			text := tok.Text
			if tok.Kind.IsKeyword() || (tok.Kind >= LPAR && tok.Kind <= ELLIPSIS) {
				text = s.src[tok.Pos:tok.End]
			}
			col := tok.Col
			if tok.Line != tok.EndLine {
				col = -1
			}
			switch tok.Kind {
			case NEWLINE:
				text, col = "", -2
			case INDENT, DEDENT, ENDMARKER:
				text, col = "", -1
			}
			got = append(got, fmt.Sprintf("%s\t%s\t%d\t%d", cpyTokName[tok.Kind], pyRepr(text), tok.EndLine, col))
			if tok.Kind == ENDMARKER {
				break
			}
		}
		n := len(got)
		if len(wl) < n {
			n = len(wl)
		}
		for i := 0; i < n; i++ {
			if got[i] != wl[i] {
				t.Errorf("%s: token %d: got %q want %q", name, i, got[i], wl[i])
				bad++
				break
			}
		}
		if len(got) != len(wl) {
			t.Errorf("%s: %d tokens, want %d", name, len(got), len(wl))
		}
		if bad > 20 {
			t.Fatal("too many")
		}
	}
	t.Logf("%d files", len(files))
}

// pyRepr is enough of Python's repr for token texts.
func pyRepr(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		q = "\""
	}
	var b strings.Builder
	b.WriteString(q)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case string(r) == q:
			b.WriteString(`\` + q)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(fmt.Sprintf(`\x%02x`, r))
		case r >= 0x80 && r < 0xa0, r == 0xad:
			b.WriteString(fmt.Sprintf(`\x%02x`, r))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString(q)
	_ = strconv.Quote
	return b.String()
}

var lexicalMsgs = map[string]bool{
	"invalid token": true, "EOL while scanning string literal": true,
	"EOF while scanning triple-quoted string literal":        true,
	"unexpected character after line continuation character": true,
	"invalid character in identifier":                        true,
	"inconsistent use of tabs and spaces in indentation":     true,
	"unindent does not match any outer indentation level":    true,
	"too many levels of indentation":                         true,
}
var parserMsgs = map[string]bool{
	"invalid syntax": true, "expected an indented block": true, "unexpected indent": true,
	"unexpected unindent": true, "unexpected EOF while parsing": true,
}

func TestScanOracleErrors(t *testing.T) {
	file := os.Getenv("SCAN_ORACLE_CASES")
	if file == "" {
		t.Skip("SCAN_ORACLE_CASES not set")
	}
	data, _ := os.ReadFile(file)
	nlex, npar, bad := 0, 0, 0
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var c struct {
			Src  string
			Mode string
			Res  []any
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatal(err)
		}
		var s *scanner
		switch c.Mode {
		case "exec":
			s = newScanner("<s>", compileText(c.Src, true), false)
		case "file":
			s = newFileScanner("<s>", c.Src, true)
		default:
			s = newScanner("<s>", compileText(c.Src, false), false)
		}
		var toks []Token
		var lexErr *SyntaxError
		func() {
			defer func() {
				if r := recover(); r != nil {
					lexErr = r.(*SyntaxError)
				}
			}()
			for i := 0; i < 100000; i++ {
				tok := s.next()
				toks = append(toks, tok)
				if tok.Kind == ENDMARKER {
					break
				}
			}
		}()
		fmtErr := func(e *SyntaxError) string {
			return fmt.Sprintf("%v|%s|%d|%d|%q", e.Class, e.Msg, e.Lineno, e.Offset, e.Text)
		}
		if c.Res == nil {
			if lexErr != nil && c.Mode != "single" {
				t.Errorf("%s %q: python OK, we: %s", c.Mode, c.Src, fmtErr(lexErr))
				bad++
			}
			continue
		}
		if c.Res[0] == "other" {
			continue
		}
		pyText := ""
		if c.Res[4] != nil {
			pyText = c.Res[4].(string)
		}
		py := fmt.Sprintf("%v|%s|%d|%d|%q", c.Res[0], c.Res[1], int(c.Res[2].(float64)), int(c.Res[3].(float64)), pyText)
		msg := c.Res[1].(string)
		switch {
		case lexicalMsgs[msg]:
			nlex++
			if lexErr == nil || fmtErr(lexErr) != py {
				got := "none"
				if lexErr != nil {
					got = fmtErr(lexErr)
				}
				t.Errorf("%s %q:\n python %s\n we     %s", c.Mode, c.Src, py, got)
				bad++
			}
		case parserMsgs[msg]:
			npar++
			if lexErr != nil && fmtErr(lexErr) == py {
				continue // <>
			}
			cls := ClassSyntaxError
			switch c.Res[0] {
			case "IndentationError":
				cls = ClassIndentationError
			}
			found := false
			for i := range toks {
				if fmtErr(s.errorAt(cls, msg, &toks[i])) == py {
					found = true
					break
				}
				if msg == "unexpected EOF while parsing" {
					for _, cl := range []ErrorClass{ClassSyntaxError, ClassIndentationError} {
						for _, m := range []string{"invalid syntax", "expected an indented block", "unexpected indent", "unexpected unindent"} {
							if fmtErr(s.errorAt(cl, m, &toks[i])) == py {
								found = true
							}
						}
					}
				}
			}
			if !found {
				t.Errorf("%s %q: python %s: no token gives it (lex err %v)", c.Mode, c.Src, py, lexErr)
				bad++
			}
		}
		if bad > 40 {
			t.Fatal("too many")
		}
	}
	t.Logf("lexical %d, parser %d", nlex, npar)
}
