package parser

import (
	"fmt"
	"strings"
	"testing"
)

// How a test's source reaches the scanner.
type scanMode uint8

const (
	scanExec        scanMode = iota // compile(src, f, 'exec')
	scanEval                        // compile(src, f, 'eval')
	scanSingle                      // compile(src, f, 'single')
	scanFile                        // a UTF-8 file run or imported
	scanLatin1File                  // a file with a coding declaration other than utf-8
	scanInteractive                 // lines typed at the interactive prompt
)

func (m scanMode) String() string {
	return [...]string{"exec", "eval", "single", "file", "latin1file", "interactive"}[m]
}

func newTestScanner(mode scanMode, src string) *scanner {
	switch mode {
	case scanExec:
		return newScanner("<s>", compileText(src, true), false)
	case scanFile:
		return newFileScanner("<s>", src, true)
	case scanLatin1File:
		return newFileScanner("<s>", src, false)
	case scanInteractive:
		return newScanner("<stdin>", src, true)
	}
	return newScanner("<s>", compileText(src, false), false)
}

// compileText is what CPython 3.2's translate_newlines makes of a string
// given to compile(): \r\n and \r become \n, and exec input gets a final
// \n unless it ends with a line end, where a final \r\n does not count
// ("x\r\n" becomes "x\n\n").
func compileText(src string, execInput bool) string {
	var b strings.Builder
	end := byte(0)
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
				b.WriteByte(c)
				end = 0
				if i+1 < len(src) {
					end = src[i+1]
				}
				continue
			}
		}
		b.WriteByte(c)
		end = c
	}
	if execInput && end != '\n' {
		b.WriteByte('\n')
	}
	return b.String()
}

// scanAll reads tokens up to the ENDMARKER or the first error.
func scanAll(s *scanner) (toks []Token, err *SyntaxError) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(*SyntaxError)
		}
	}()
	for i := 0; i < len(s.src)+100; i++ {
		t := s.next()
		toks = append(toks, t)
		if t.Kind == ENDMARKER {
			return toks, nil
		}
	}
	panic("no ENDMARKER")
}

// brief describes tokens compactly: kinds, with the text in parentheses.
func brief(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Kind.String())
		if t.Text != "" && t.Kind != NOTEQUAL {
			fmt.Fprintf(&b, "(%s)", t.Text)
		}
	}
	return b.String()
}

func describeError(e *SyntaxError) string {
	if e == nil {
		return "no error"
	}
	return fmt.Sprintf("%v %q line %d offset %d text %q", e.Class, e.Msg, e.Lineno, e.Offset, e.Text)
}

func TestScanOperators(t *testing.T) {
	for k := LPAR; k <= ELLIPSIS; k++ {
		op := k.String()
		src := "a " + op + " b\n"
		toks, err := scanAll(newTestScanner(scanExec, src))
		if err != nil {
			t.Errorf("%q: %v", src, describeError(err))
			continue
		}
		if len(toks) < 3 || toks[1].Kind != k || toks[1].Pos != 2 || toks[1].End != 2+len(op) || toks[1].Col != 2 {
			t.Errorf("%q: got %s, want %v at 2..%d", src, brief(toks), k, 2+len(op))
		}
	}
	// Longest match, and what is left over.
	tests := []struct{ src, want string }{
		{"a<<=b>>=c**=d//=e", "NAME(a) <<= NAME(b) >>= NAME(c) **= NAME(d) //= NAME(e)"},
		{"a<<b>>c**d//e", "NAME(a) << NAME(b) >> NAME(c) ** NAME(d) // NAME(e)"},
		{"a<=b>=c==d!=e", "NAME(a) <= NAME(b) >= NAME(c) == NAME(d) != NAME(e)"},
		{"a<<<b", "NAME(a) << < NAME(b)"},
		{"a***b", "NAME(a) ** * NAME(b)"},
		{"a===b", "NAME(a) == = NAME(b)"},
		{"a->b-->c", "NAME(a) -> NAME(b) - -> NAME(c)"},
		{"....", "... ."},
		{".....", "... . ."},
		{"......", "... ..."},
		{"a..b", "NAME(a) . . NAME(b)"},
		{"a.b", "NAME(a) . NAME(b)"},
		{"@dec", "@ NAME(dec)"},
		{"a!=b", "NAME(a) != NAME(b)"},
		{"a! =b", "NAME(a) ILLEGAL(!) = NAME(b)"},
		{"a!b", "NAME(a) ILLEGAL(!) NAME(b)"},
		{"$?`", "ILLEGAL($) ILLEGAL(?) ILLEGAL(`)"},
		{"a\x00b", "NAME(a) ILLEGAL(\x00) NAME(b)"},
		{"a\x7fb", "NAME(a) ILLEGAL(\x7f) NAME(b)"},
	}
	for _, tt := range tests {
		toks, err := scanAll(newTestScanner(scanExec, tt.src))
		got := brief(toks)
		want := tt.want + " NEWLINE NEWLINE ENDMARKER"
		if err != nil || got != want {
			t.Errorf("%q:\n got  %s (%v)\n want %s", tt.src, got, describeError(err), want)
		}
	}
}

func TestScanKeywords(t *testing.T) {
	for k := FALSE; k <= YIELD; k++ {
		kw := k.String()
		toks, err := scanAll(newTestScanner(scanEval, kw))
		if err != nil || toks[0].Kind != k || toks[0].Text != "" || toks[0].End != len(kw) {
			t.Errorf("%q: got %s %v", kw, brief(toks), describeError(err))
		}
		for _, name := range []string{kw + "x", "x" + kw, kw + "_", strings.ToUpper(kw), kw + "1"} {
			toks, err := scanAll(newTestScanner(scanEval, name))
			if err != nil || toks[0].Kind != NAME || toks[0].Text != name {
				t.Errorf("%q: got %s %v", name, brief(toks), describeError(err))
			}
		}
	}
	for _, name := range []string{"print", "exec", "nonlocals", "_", "__init__", "async", "await", "self"} {
		if k := keyword(name); k != NAME {
			t.Errorf("keyword(%q) = %v", name, k)
		}
	}
}

// Token kinds and texts of whole programs, as CPython 3.2's parser receives
// them (checked against the parse trees of parser.suite() on CPython's Lib).
var tokenTests = []struct {
	mode scanMode
	src  string
	want string
}{
	// Ends of input (parsetok adds a NEWLINE and closes open blocks).
	{scanExec, "", "ENDMARKER"},
	{scanExec, "\n\n", "ENDMARKER"},
	{scanExec, "# comment only", "ENDMARKER"},
	{scanExec, "x", "NAME(x) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "x\n", "NAME(x) NEWLINE NEWLINE ENDMARKER"},
	{scanEval, "x", "NAME(x) NEWLINE ENDMARKER"},
	{scanEval, "x\n", "NAME(x) NEWLINE NEWLINE ENDMARKER"},
	{scanEval, "", "ENDMARKER"},
	{scanSingle, "if x:\n  y", "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE DEDENT NEWLINE ENDMARKER"},
	{scanSingle, "if x:\n  y\n", "if NAME(x) : NEWLINE INDENT NAME(y) NEWLINE DEDENT NEWLINE ENDMARKER"},
	{scanExec, "if x:\n  if y:\n    z", "if NAME(x) : NEWLINE INDENT if NAME(y) : NEWLINE INDENT NAME(z) NEWLINE DEDENT DEDENT NEWLINE ENDMARKER"},
	{scanEval, "if x:\n  if y:\n    z", "if NAME(x) : NEWLINE INDENT if NAME(y) : NEWLINE INDENT NAME(z) NEWLINE DEDENT DEDENT NEWLINE ENDMARKER"},
	{scanFile, "x", "NAME(x) NEWLINE NEWLINE ENDMARKER"},
	{scanFile, "", "ENDMARKER"},
	{scanExec, "x = 1 \\", "NAME(x) = NUMBER(1) NEWLINE ENDMARKER"},

	// Indentation.
	{scanExec, "if a:\n  b\n  c\nd\n", "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE NAME(c) NEWLINE DEDENT NAME(d) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "if a:\n  if b:\n    c\nd\n", "if NAME(a) : NEWLINE INDENT if NAME(b) : NEWLINE INDENT NAME(c) NEWLINE DEDENT DEDENT NAME(d) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "if a:\n\tb\n        c\n", "TabError"},
	{scanExec, "if a:\n        b\n\tc\n", "TabError"},
	{scanExec, "if a:\n\tb\n\tc\n", "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE NAME(c) NEWLINE DEDENT NEWLINE ENDMARKER"},
	{scanExec, "if a:\n  \tb\n  \tc\n", "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE NAME(c) NEWLINE DEDENT NEWLINE ENDMARKER"},
	{scanExec, "if a:\n\n  # c\n    # d\n  b\n\n#e\nc\n", "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE DEDENT NAME(c) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "if a:\n  b\n   \n c\n", "IndentationError"},
	{scanExec, "  x", "INDENT NAME(x) NEWLINE DEDENT NEWLINE ENDMARKER"},
	{scanExec, "\fx", "NAME(x) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "if a:\n    \f  b\n  c\n", "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE NAME(c) NEWLINE DEDENT NEWLINE ENDMARKER"},
	{scanExec, "if a:\n  b\n  \f\n  c\n", "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE NAME(c) NEWLINE DEDENT NEWLINE ENDMARKER"},
	{scanSingle, "x\n    ", "NAME(x) NEWLINE INDENT NEWLINE DEDENT NEWLINE ENDMARKER"},

	// Brackets: no NEWLINE, INDENT or DEDENT inside; a stray closer goes below 0.
	{scanExec, "x = (1,\n  2,\n\n    3)\ny", "NAME(x) = ( NUMBER(1) , NUMBER(2) , NUMBER(3) ) NEWLINE NAME(y) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "f([{\n}])\n", "NAME(f) ( [ { } ] ) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "if a:\n  x = [\n1]\n  y\n", "if NAME(a) : NEWLINE INDENT NAME(x) = [ NUMBER(1) ] NEWLINE NAME(y) NEWLINE DEDENT NEWLINE ENDMARKER"},
	{scanExec, ")\n  x\ny\n", ") NEWLINE NAME(x) NEWLINE NAME(y) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "(\n", "( NEWLINE ENDMARKER"},

	// Continuation lines and comments.
	{scanExec, "x = 1 + \\\n  2\n", "NAME(x) = NUMBER(1) + NUMBER(2) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "if a:\n  x = \\\ny\n", "if NAME(a) : NEWLINE INDENT NAME(x) = NAME(y) NEWLINE DEDENT NEWLINE ENDMARKER"},
	{scanExec, "\\\nx", "NAME(x) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "x # c\ny #", "NAME(x) NEWLINE NAME(y) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "x = 1 \\\n\n", "NAME(x) = NUMBER(1) NEWLINE NEWLINE ENDMARKER"},

	// Names.
	{scanExec, "_a1 b_ C", "NAME(_a1) NAME(b_) NAME(C) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "é = ñ1", "NAME(é) = NAME(ñ1) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "ｉｆ = ﬁ", "NAME(if) = NAME(fi) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "ℌ·µ", "NAME(H·μ) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "a·b", "NAME(a·b) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "\U0001d400x", "NAME(Ax) NEWLINE NEWLINE ENDMARKER"},

	// Numbers.
	{scanExec, "0 00 0.0 0. .0 1. 1.5 1e5 1E+5 1e-5 1.e5 .5e5 0e0 0E0", "NUMBER(0) NUMBER(00) NUMBER(0.0) NUMBER(0.) NUMBER(.0) NUMBER(1.) NUMBER(1.5) NUMBER(1e5) NUMBER(1E+5) NUMBER(1e-5) NUMBER(1.e5) NUMBER(.5e5) NUMBER(0e0) NUMBER(0E0) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "0x0 0XaF 0o17 0O7 0b01 0B1 123 10", "NUMBER(0x0) NUMBER(0XaF) NUMBER(0o17) NUMBER(0O7) NUMBER(0b01) NUMBER(0B1) NUMBER(123) NUMBER(10) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "1j 1J 0j 00j 09j 1.5j .5j 1e5j 09.5 09e1 000.5", "NUMBER(1j) NUMBER(1J) NUMBER(0j) NUMBER(00j) NUMBER(09j) NUMBER(1.5j) NUMBER(.5j) NUMBER(1e5j) NUMBER(09.5) NUMBER(09e1) NUMBER(000.5) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "1if x else y", "NUMBER(1) if NAME(x) else NAME(y) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "1.real 1 .real 1..real", "NUMBER(1.) NAME(real) NUMBER(1) . NAME(real) NUMBER(1.) . NAME(real) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "0_1 1_000 0x1g 1jj 1e5e", "NUMBER(0) NAME(_1) NUMBER(1) NAME(_000) NUMBER(0x1) NAME(g) NUMBER(1j) NAME(j) NUMBER(1e5) NAME(e) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "0and 0if 0in 0is 1or 0b1if 0o7or 0x1and", "NUMBER(0) and NUMBER(0) if NUMBER(0) in NUMBER(0) is NUMBER(1) or NUMBER(0b1) if NUMBER(0o7) or NUMBER(0x1a) NAME(nd) NEWLINE NEWLINE ENDMARKER"},

	// Strings: one literal per token, only 3.2's prefixes.
	{scanExec, `'a' "b" '' "" '''c''' """d""" '''''' """"""`, `STRING('a') STRING("b") STRING('') STRING("") STRING('''c''') STRING("""d""") STRING('''''') STRING("""""") NEWLINE NEWLINE ENDMARKER`},
	{scanExec, `r'a' R'b' b'c' B'd' br'e' bR'f' Br'g' BR'h'`, `STRING(r'a') STRING(R'b') STRING(b'c') STRING(B'd') STRING(br'e') STRING(bR'f') STRING(Br'g') STRING(BR'h') NEWLINE NEWLINE ENDMARKER`},
	{scanExec, `u'a' U'b' rb'c' Rb'd' ur'e' f'g' bu'h'`, `NAME(u) STRING('a') NAME(U) STRING('b') NAME(rb) STRING('c') NAME(Rb) STRING('d') NAME(ur) STRING('e') NAME(f) STRING('g') NAME(bu) STRING('h') NEWLINE NEWLINE ENDMARKER`},
	{scanExec, `'\'' "\"" '\\' r'\'' '\\\''`, `STRING('\'') STRING("\"") STRING('\\') STRING(r'\'') STRING('\\\'') NEWLINE NEWLINE ENDMARKER`},
	{scanExec, "'a\\\nb' + '''c\nd'''", "STRING('a\\\nb') + STRING('''c\nd''') NEWLINE NEWLINE ENDMARKER"},
	{scanExec, `'''a''''`, "EOL while scanning string literal"},
	{scanExec, `'''a'''''`, `STRING('''a''') STRING('') NEWLINE NEWLINE ENDMARKER`},
	{scanExec, `'''a''b'''`, `STRING('''a''b''') NEWLINE NEWLINE ENDMARKER`},
	{scanExec, `'''\''''`, `STRING('''\'''') NEWLINE NEWLINE ENDMARKER`},
	{scanExec, `'a'"b"`, `STRING('a') STRING("b") NEWLINE NEWLINE ENDMARKER`},
	{scanExec, `b"x"rb`, `STRING(b"x") NAME(rb) NEWLINE NEWLINE ENDMARKER`},
	{scanExec, `"é\x00"`, "STRING(\"é\\x00\") NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "'\xff\xfe'", "STRING('\xff\xfe') NEWLINE NEWLINE ENDMARKER"},

	// Line ends.
	{scanExec, "a\r\nb\rc", "NAME(a) NEWLINE NAME(b) NEWLINE NAME(c) NEWLINE NEWLINE ENDMARKER"},
	{scanExec, "'''a\r\nb'''", "STRING('''a\nb''') NEWLINE NEWLINE ENDMARKER"},
	{scanFile, "a\r\nb\rc", "NAME(a) NEWLINE NAME(b) NEWLINE NAME(c) NEWLINE NEWLINE ENDMARKER"},

	// The interactive prompt: a totally empty line is a NEWLINE.
	{scanInteractive, "if a:\n  b\n\n", "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE DEDENT NEWLINE NEWLINE ENDMARKER"},
	{scanInteractive, "if a:\n\n  b\n", "if NAME(a) : NEWLINE NEWLINE INDENT NAME(b) NEWLINE DEDENT NEWLINE ENDMARKER"},
	{scanInteractive, "if a:\n  \n  # c\n  b\n", "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE DEDENT NEWLINE ENDMARKER"},
	{scanInteractive, "x = (\n\n)\n", "NAME(x) = ( ) NEWLINE NEWLINE ENDMARKER"},
	{scanInteractive, "\n", "NEWLINE NEWLINE ENDMARKER"},
	{scanSingle, "if a:\n\n  b\n", "if NAME(a) : NEWLINE INDENT NAME(b) NEWLINE DEDENT NEWLINE ENDMARKER"},
}

func TestScanTokens(t *testing.T) {
	for _, tt := range tokenTests {
		toks, err := scanAll(newTestScanner(tt.mode, tt.src))
		got := brief(toks)
		if err != nil {
			got = err.Class.String()
			if err.Class == ClassSyntaxError {
				got = err.Msg
			}
		}
		if got != tt.want {
			t.Errorf("%v %q:\n got  %s\n want %s", tt.mode, tt.src, got, tt.want)
		}
	}
}

// tok is a Token's public fields, for comparisons.
type tok struct {
	kind               Kind
	text               string
	line, col, endLine int
	pos, end           int
}

func (t tok) String() string {
	return fmt.Sprintf("%v %q %d:%d-%d [%d,%d)", t.kind, t.text, t.line, t.col, t.endLine, t.pos, t.end)
}

func TestScanPositions(t *testing.T) {
	tests := []struct {
		mode scanMode
		src  string
		want []tok
	}{
		{scanExec, "if a:\n  b = '''c\nd''' + e\nf\n", []tok{
			{IF, "", 1, 0, 1, 0, 2},
			{NAME, "a", 1, 3, 1, 3, 4},
			{COLON, "", 1, 4, 1, 4, 5},
			{NEWLINE, "", 1, 5, 1, 5, 6},
			{INDENT, "", 2, 2, 2, 8, 8},
			{NAME, "b", 2, 2, 2, 8, 9},
			{EQUAL, "", 2, 4, 2, 10, 11},
			{STRING, "'''c\nd'''", 2, 6, 3, 12, 21},
			{PLUS, "", 3, 5, 3, 22, 23},
			{NAME, "e", 3, 7, 3, 24, 25},
			{NEWLINE, "", 3, 8, 3, 25, 26},
			{DEDENT, "", 4, 0, 4, 26, 26},
			{NAME, "f", 4, 0, 4, 26, 27},
			{NEWLINE, "", 4, 1, 4, 27, 28},
			{NEWLINE, "", 4, 2, 4, 28, 28},
			{ENDMARKER, "", 4, 2, 4, 28, 28},
		}},
		{scanExec, "x = (1 # c\n  ,\\\n 2)", []tok{
			{NAME, "x", 1, 0, 1, 0, 1},
			{EQUAL, "", 1, 2, 1, 2, 3},
			{LPAR, "", 1, 4, 1, 4, 5},
			{NUMBER, "1", 1, 5, 1, 5, 6},
			{COMMA, "", 2, 2, 2, 13, 14},
			{NUMBER, "2", 3, 1, 3, 17, 18},
			{RPAR, "", 3, 2, 3, 18, 19},
			{NEWLINE, "", 3, 3, 3, 19, 20},
			{NEWLINE, "", 3, 4, 3, 20, 20},
			{ENDMARKER, "", 3, 4, 3, 20, 20},
		}},
		{scanEval, "if a:\n  b", []tok{
			{IF, "", 1, 0, 1, 0, 2},
			{NAME, "a", 1, 3, 1, 3, 4},
			{COLON, "", 1, 4, 1, 4, 5},
			{NEWLINE, "", 1, 5, 1, 5, 6},
			{INDENT, "", 2, 2, 2, 8, 8},
			{NAME, "b", 2, 2, 2, 8, 9},
			{NEWLINE, "", 2, 3, 2, 9, 9},
			{DEDENT, "", 2, 3, 2, 9, 9},
			{NEWLINE, "", 2, 3, 2, 9, 9},
			{ENDMARKER, "", 2, 3, 2, 9, 9},
		}},
		{scanExec, "é=1", []tok{
			{NAME, "é", 1, 0, 1, 0, 2},
			{EQUAL, "", 1, 2, 1, 2, 3},
			{NUMBER, "1", 1, 3, 1, 3, 4},
			{NEWLINE, "", 1, 4, 1, 4, 5},
			{NEWLINE, "", 1, 5, 1, 5, 5},
			{ENDMARKER, "", 1, 5, 1, 5, 5},
		}},
		{scanFile, "x\n", []tok{
			{NAME, "x", 1, 0, 1, 0, 1},
			{NEWLINE, "", 1, 1, 1, 1, 2},
			{NEWLINE, "", 2, 2, 2, 2, 2}, // a file counts a line for its end
			{ENDMARKER, "", 2, 2, 2, 2, 2},
		}},
	}
	for _, tt := range tests {
		toks, err := scanAll(newTestScanner(tt.mode, tt.src))
		if err != nil {
			t.Errorf("%q: %v", tt.src, describeError(err))
			continue
		}
		var got, want []string
		for _, x := range toks {
			text := x.Text
			if x.Kind == NOTEQUAL {
				text = ""
			}
			got = append(got, tok{x.Kind, text, x.Line, x.Col, x.EndLine, x.Pos, x.End}.String())
		}
		for _, x := range tt.want {
			want = append(want, x.String())
		}
		if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
			t.Errorf("%v %q:\ngot:\n%s\nwant:\n%s", tt.mode, tt.src, g, w)
		}
	}
}

// deepIndent nests 100 blocks, one more than CPython 3.2 allows.
var deepIndent = func() string {
	var b strings.Builder
	b.WriteString("if 1:\n")
	for i := 1; i < 100; i++ {
		b.WriteString(strings.Repeat(" ", i) + "if 1:\n")
	}
	b.WriteString(strings.Repeat(" ", 100) + "pass\n")
	return b.String()
}()

// Every lexical error, as CPython 3.2.6 reports it (each row was checked
// with compile() or, for files, import).
var lexicalErrorTests = []struct {
	mode   scanMode
	src    string
	class  ErrorClass
	msg    string
	line   int
	offset int
	text   string
}{
	{scanExec, "0777", ClassSyntaxError, "invalid token", 1, 4, "0777\n"},
	{scanExec, "x = 0777 + 1", ClassSyntaxError, "invalid token", 1, 8, "x = 0777 + 1\n"},
	{scanExec, "0x", ClassSyntaxError, "invalid token", 1, 2, "0x\n"},
	{scanExec, "0xg", ClassSyntaxError, "invalid token", 1, 2, "0xg\n"},
	{scanExec, "0X", ClassSyntaxError, "invalid token", 1, 2, "0X\n"},
	{scanExec, "0o8", ClassSyntaxError, "invalid token", 1, 2, "0o8\n"},
	{scanExec, "0O", ClassSyntaxError, "invalid token", 1, 2, "0O\n"},
	{scanExec, "0b2", ClassSyntaxError, "invalid token", 1, 2, "0b2\n"},
	{scanExec, "0B", ClassSyntaxError, "invalid token", 1, 2, "0B\n"},
	{scanExec, "1e", ClassSyntaxError, "invalid token", 1, 2, "1e\n"},
	{scanExec, "1e+", ClassSyntaxError, "invalid token", 1, 3, "1e+\n"},
	{scanExec, "1E-x", ClassSyntaxError, "invalid token", 1, 3, "1E-x\n"},
	{scanExec, "1ej", ClassSyntaxError, "invalid token", 1, 2, "1ej\n"},
	{scanExec, "1.e", ClassSyntaxError, "invalid token", 1, 3, "1.e\n"},
	{scanExec, ".5e", ClassSyntaxError, "invalid token", 1, 3, ".5e\n"},
	{scanExec, "09", ClassSyntaxError, "invalid token", 1, 2, "09\n"},
	{scanExec, "00012", ClassSyntaxError, "invalid token", 1, 5, "00012\n"},
	{scanExec, "0e", ClassSyntaxError, "invalid token", 1, 2, "0e\n"},
	{scanExec, "x = 0or 1", ClassSyntaxError, "invalid token", 1, 6, "x = 0or 1\n"},
	{scanExec, "x = 0else", ClassSyntaxError, "invalid token", 1, 6, "x = 0else\n"},
	{scanExec, "x = 1else", ClassSyntaxError, "invalid token", 1, 6, "x = 1else\n"},
	{scanExec, "x = 0xin", ClassSyntaxError, "invalid token", 1, 6, "x = 0xin\n"},
	{scanEval, "1e", ClassSyntaxError, "invalid token", 1, 2, "1e"},
	{scanEval, "0x", ClassSyntaxError, "invalid token", 1, 2, "0x"},
	{scanExec, "x = 1\ny = '''a\nb''' + 0x\n", ClassSyntaxError, "invalid token", 3, 18, "y = '''a\nb''' + 0x\n"},
	{scanExec, "x = 'abc", ClassSyntaxError, "EOL while scanning string literal", 1, 9, "x = 'abc\n"},
	{scanExec, "x = \"abc", ClassSyntaxError, "EOL while scanning string literal", 1, 9, "x = \"abc\n"},
	{scanExec, "x = 'abc\ny'", ClassSyntaxError, "EOL while scanning string literal", 1, 9, "x = 'abc\n"},
	{scanEval, "'abc", ClassSyntaxError, "EOL while scanning string literal", 1, 4, "'abc"},
	{scanExec, "x = b'", ClassSyntaxError, "EOL while scanning string literal", 1, 7, "x = b'\n"},
	{scanExec, "x = 'a\\\nb", ClassSyntaxError, "EOL while scanning string literal", 2, 10, "x = 'a\\\nb\n"},
	{scanExec, "u = 1\nx = 'abc\\\ndef\n", ClassSyntaxError, "EOL while scanning string literal", 3, 14, "x = 'abc\\\ndef\n"},
	{scanExec, "x = '\\", ClassSyntaxError, "EOL while scanning string literal", 1, 7, "x = '\\\n"},
	{scanEval, "'\\", ClassSyntaxError, "EOL while scanning string literal", 1, 2, "'\\"},
	{scanExec, "x = '''abc", ClassSyntaxError, "EOF while scanning triple-quoted string literal", 1, 11, "x = '''abc\n"},
	{scanExec, "x = '''abc\ndef", ClassSyntaxError, "EOF while scanning triple-quoted string literal", 2, 15, "x = '''abc\ndef\n"},
	{scanExec, "x = \"\"\"abc\n\n", ClassSyntaxError, "EOF while scanning triple-quoted string literal", 2, 12, "x = \"\"\"abc\n\n"},
	{scanEval, "'''", ClassSyntaxError, "EOF while scanning triple-quoted string literal", 1, 3, "'''"},
	{scanExec, "x = 1\n'''a\\", ClassSyntaxError, "EOF while scanning triple-quoted string literal", 2, 6, "'''a\\\n"},
	{scanExec, "s = '''a''' 'b", ClassSyntaxError, "EOL while scanning string literal", 1, 15, "s = '''a''' 'b\n"},
	{scanExec, "x = '''a\nb''' 'c", ClassSyntaxError, "EOL while scanning string literal", 2, 17, "x = '''a\nb''' 'c\n"},
	{scanExec, "x = 1 \\ y", ClassSyntaxError, "unexpected character after line continuation character", 1, 10, "x = 1 \\ y\n"},
	{scanExec, "x = (1 \\ 2)", ClassSyntaxError, "unexpected character after line continuation character", 1, 12, "x = (1 \\ 2)\n"},
	{scanExec, "x = 1\n\\y", ClassSyntaxError, "unexpected character after line continuation character", 2, 3, "\\y\n"},
	{scanEval, "x \\", ClassSyntaxError, "unexpected character after line continuation character", 1, 3, "x \\"},
	{scanExec, "x = '''a\nb''' \\ c", ClassSyntaxError, "unexpected character after line continuation character", 2, 18, "x = '''a\nb''' \\ c\n"},
	{scanExec, "x = \\ # comment", ClassSyntaxError, "unexpected character after line continuation character", 1, 16, "x = \\ # comment\n"},
	{scanExec, "€ = 1", ClassSyntaxError, "invalid character in identifier", 1, 3, "€ = 1\n"},
	{scanExec, "x × 2", ClassSyntaxError, "invalid character in identifier", 1, 4, "x × 2\n"},
	{scanExec, "\u00a01", ClassSyntaxError, "invalid character in identifier", 1, 3, "\u00a01\n"},
	{scanExec, "x = 1\ny = a\u200bb", ClassSyntaxError, "invalid character in identifier", 2, 9, "y = a\u200bb\n"},
	{scanExec, "ﾞ = 1", ClassSyntaxError, "invalid character in identifier", 1, 3, "ﾞ = 1\n"},
	{scanExec, "ⸯ = 1", ClassSyntaxError, "invalid character in identifier", 1, 3, "ⸯ = 1\n"},
	{scanExec, "x = é€", ClassSyntaxError, "invalid character in identifier", 1, 9, "x = é€\n"},
	{scanExec, "²x = 1", ClassSyntaxError, "invalid character in identifier", 1, 3, "²x = 1\n"},
	{scanExec, "😀 = 1", ClassSyntaxError, "invalid character in identifier", 1, 4, "😀 = 1\n"},
	{scanExec, "٠ = 1", ClassSyntaxError, "invalid character in identifier", 1, 2, "٠ = 1\n"},
	{scanExec, "if x:\n  y\n z\n", ClassIndentationError, "unindent does not match any outer indentation level", 3, 3, " z\n"},
	{scanExec, "if x:\n    y\n  z\n", ClassIndentationError, "unindent does not match any outer indentation level", 3, 4, "  z\n"},
	{scanExec, "if x:\n  if y:\n    z\n   w\n", ClassIndentationError, "unindent does not match any outer indentation level", 4, 5, "   w\n"},
	{scanExec, "if x:\n\ty\n        z\n", ClassTabError, "inconsistent use of tabs and spaces in indentation", 3, 10, "        z\n"},
	{scanExec, "if x:\n        y\n\tz\n", ClassTabError, "inconsistent use of tabs and spaces in indentation", 3, 3, "\tz\n"},
	{scanExec, "if x:\n    \ty\n\tz\n", ClassTabError, "inconsistent use of tabs and spaces in indentation", 3, 3, "\tz\n"},
	{scanExec, "if x:\n\t y\n        z\n", ClassIndentationError, "unindent does not match any outer indentation level", 3, 10, "        z\n"},
	{scanExec, "if x:\n  y\n\tz\n", ClassTabError, "inconsistent use of tabs and spaces in indentation", 3, 3, "\tz\n"},
	{scanExec, "if 1:\n\tif 2:\n\t\tx\n\t        y\n", ClassTabError, "inconsistent use of tabs and spaces in indentation", 4, 11, "\t        y\n"},
	{scanExec, deepIndent, ClassIndentationError, "too many levels of indentation", 101, 105, strings.Repeat(" ", 100) + "pass\n"},
	{scanFile, "x = '''abc\n", ClassSyntaxError, "EOF while scanning triple-quoted string literal", 3, 12, "x = '''abc\n\n"},
	{scanFile, "x = '''abc", ClassSyntaxError, "EOF while scanning triple-quoted string literal", 2, 11, "x = '''abc\n"},
	{scanFile, "x = 1\n'''abc\ndef\n", ClassSyntaxError, "EOF while scanning triple-quoted string literal", 5, 12, "'''abc\ndef\n\n"},
	{scanLatin1File, "# -*- coding: latin-1 -*-\n'''abc\n", ClassSyntaxError, "EOF while scanning triple-quoted string literal", 3, 7, "'''abc\n"},
	{scanFile, "x = 1\n'''abc\\\n", ClassSyntaxError, "EOF while scanning triple-quoted string literal", 4, 9, "'''abc\\\n\n"},
	{scanFile, "x = 'abc", ClassSyntaxError, "EOL while scanning string literal", 1, 9, "x = 'abc\n"},
	{scanFile, "0777\n", ClassSyntaxError, "invalid token", 1, 4, "0777\n"},
	{scanFile, "x = '\x00'\n", ClassSyntaxError, "EOL while scanning string literal", 1, 6, "x = '\n"},
	{scanFile, "if x:\n  y\n z", ClassIndentationError, "unindent does not match any outer indentation level", 3, 3, " z\n"},
	// <> is read as != and then rejected by parsetok, with the parser's message.
	{scanExec, "1 <> 2", ClassSyntaxError, "invalid syntax", 1, 4, "1 <> 2\n"},
	{scanEval, "1 <>", ClassSyntaxError, "unexpected EOF while parsing", 1, 4, "1 <>"},
}

func TestScanLexicalErrors(t *testing.T) {
	for _, tt := range lexicalErrorTests {
		_, err := scanAll(newTestScanner(tt.mode, tt.src))
		want := &SyntaxError{Class: tt.class, Msg: tt.msg, Filename: "<s>", Lineno: tt.line, Offset: tt.offset, Text: tt.text, HasText: true}
		if err == nil || *err != *want {
			t.Errorf("%v %q:\n got  %v\n want %v", tt.mode, tt.src, describeError(err), describeError(want))
		}
	}
}

// Where the parser's errors land: the parser fails on token number at, and
// errorAt must then give what CPython 3.2 gives (checked as above).
var errorAtTests = []struct {
	mode   scanMode
	src    string
	at     int  // index of the token the parser rejects
	kind   Kind // its kind
	class  ErrorClass
	msg    string // the parser's message; errorAt may turn it into "unexpected EOF while parsing"
	line   int
	offset int
	text   string
	eof    bool // the result is "unexpected EOF while parsing"
}{
	{scanExec, "x = = 1", 2, EQUAL, ClassSyntaxError, "invalid syntax", 1, 5, "x = = 1\n", false},
	{scanExec, "if x:\n", 4, NEWLINE, ClassIndentationError, "expected an indented block", 1, 6, "if x:\n", true},
	{scanExec, "x=1\nif x:\n", 7, NEWLINE, ClassIndentationError, "expected an indented block", 2, 6, "if x:\n", false},
	{scanEval, "1 2", 1, NUMBER, ClassSyntaxError, "invalid syntax", 1, 3, "1 2", true},
	{scanEval, "1 a", 1, NAME, ClassSyntaxError, "invalid syntax", 1, 3, "1 a", true},
	{scanEval, "1 'a'", 1, STRING, ClassSyntaxError, "invalid syntax", 1, 5, "1 'a'", false},
	{scanExec, "x = '''a\nb''' + )\n", 4, RPAR, ClassSyntaxError, "invalid syntax", 2, 17, "x = '''a\nb''' + )\n", false},
	{scanExec, "$", 0, ILLEGAL, ClassSyntaxError, "invalid syntax", 1, 1, "$\n", false},
	{scanExec, "a ! b", 1, ILLEGAL, ClassSyntaxError, "invalid syntax", 1, 3, "a ! b\n", false},
	{scanExec, "a ? b", 1, ILLEGAL, ClassSyntaxError, "invalid syntax", 1, 3, "a ? b\n", false},
	{scanExec, "a ` b", 1, ILLEGAL, ClassSyntaxError, "invalid syntax", 1, 3, "a ` b\n", false},
	{scanExec, "if x:\r\n", 4, NEWLINE, ClassIndentationError, "expected an indented block", 2, 1, "\n", false},
	{scanEval, "", 0, ENDMARKER, ClassSyntaxError, "invalid syntax", 0, 0, "", true},
	{scanSingle, "", 0, ENDMARKER, ClassSyntaxError, "invalid syntax", 0, 0, "", true},
	{scanSingle, "\n", 0, ENDMARKER, ClassSyntaxError, "invalid syntax", 1, 1, "\n", true},
	{scanSingle, "if x:", 3, NEWLINE, ClassSyntaxError, "invalid syntax", 1, 5, "if x:", true},
	{scanExec, "if 1:\n  x\n    y\n", 7, INDENT, ClassIndentationError, "unexpected indent", 3, 4, "    y\n", false},
	{scanExec, "  x", 0, INDENT, ClassIndentationError, "unexpected indent", 1, 2, "  x\n", false},
	{scanExec, "u'x'", 1, STRING, ClassSyntaxError, "invalid syntax", 1, 4, "u'x'\n", false},
	{scanExec, "rb'x'", 1, STRING, ClassSyntaxError, "invalid syntax", 1, 5, "rb'x'\n", false},
	{scanExec, "x = 1\ry = )\r\n", 6, RPAR, ClassSyntaxError, "invalid syntax", 2, 5, "y = )\n", false},
	{scanExec, "x\r\r\ny\r\n\r\nz = )", 6, RPAR, ClassSyntaxError, "invalid syntax", 5, 5, "z = )\n", false},
	{scanExec, "x = (\n", 3, NEWLINE, ClassSyntaxError, "invalid syntax", 1, 6, "x = (\n", true},
	{scanEval, "x = (", 1, EQUAL, ClassSyntaxError, "invalid syntax", 1, 3, "x = (", false},
	{scanExec, "if 1:\n  x = '''\n'''\n  y = )\n", 11, RPAR, ClassSyntaxError, "invalid syntax", 4, 7, "  y = )\n", false},
	{scanExec, "x = 1if", 4, NEWLINE, ClassSyntaxError, "invalid syntax", 1, 8, "x = 1if\n", false},
	{scanExec, "x = 1.real", 3, NAME, ClassSyntaxError, "invalid syntax", 1, 10, "x = 1.real\n", false},
	{scanExec, "0_1", 1, NAME, ClassSyntaxError, "invalid syntax", 1, 3, "0_1\n", false},
	{scanExec, "x = ..", 2, DOT, ClassSyntaxError, "invalid syntax", 1, 5, "x = ..\n", false},
	{scanExec, "def f():\n  return (1,\n    2\n", 12, NEWLINE, ClassSyntaxError, "invalid syntax", 3, 6, "    2\n", false},
	{scanExec, "x = 1 # c\ny = = 2 # d\n", 6, EQUAL, ClassSyntaxError, "invalid syntax", 2, 5, "y = = 2 # d\n", false},
	{scanExec, "x = 'a' \\\n 'b' )\n", 4, RPAR, ClassSyntaxError, "invalid syntax", 2, 6, " 'b' )\n", false},
	{scanExec, "\n\nx = )", 2, RPAR, ClassSyntaxError, "invalid syntax", 3, 5, "x = )\n", false},
	{scanFile, "if x:\n", 4, NEWLINE, ClassIndentationError, "expected an indented block", 2, 6, "", false},
	{scanFile, "if x:", 4, NEWLINE, ClassIndentationError, "expected an indented block", 2, 6, "", false},
	{scanFile, "x = (\n", 3, NEWLINE, ClassSyntaxError, "invalid syntax", 2, 6, "", false},
	{scanFile, "x = (", 3, NEWLINE, ClassSyntaxError, "invalid syntax", 2, 6, "", false},
	{scanFile, "x = (\n\n\n", 3, NEWLINE, ClassSyntaxError, "invalid syntax", 4, 1, "", false},
	{scanFile, "x = (\n  ", 3, NEWLINE, ClassSyntaxError, "invalid syntax", 3, 3, "", false},
	{scanLatin1File, "# -*- coding: latin-1 -*-\nx = (\n", 3, NEWLINE, ClassSyntaxError, "invalid syntax", 3, 6, "", false},
	{scanFile, "x = 1\x00junk\nprint(1)\n", 3, NAME, ClassSyntaxError, "invalid syntax", 1, 10, "x = 1print(1)\n", false},
	{scanFile, "x = )\n", 2, RPAR, ClassSyntaxError, "invalid syntax", 1, 5, "x = )\n", false},
	{scanFile, "x = '''a\nb''' + )\n", 4, RPAR, ClassSyntaxError, "invalid syntax", 2, 17, "x = '''a\nb''' + )\n", false},
}

func TestScanErrorAt(t *testing.T) {
	for _, tt := range errorAtTests {
		s := newTestScanner(tt.mode, tt.src)
		toks, err := scanAll(s)
		if err != nil || tt.at >= len(toks) || toks[tt.at].Kind != tt.kind {
			t.Errorf("%v %q: token %d is not %v: %s %v", tt.mode, tt.src, tt.at, tt.kind, brief(toks), describeError(err))
			continue
		}
		class, msg := tt.class, tt.msg
		if tt.eof {
			class, msg = ClassSyntaxError, "unexpected EOF while parsing"
		}
		want := &SyntaxError{Class: class, Msg: msg, Filename: "<s>", Lineno: tt.line, Offset: tt.offset, Text: tt.text, HasText: true}
		got := s.errorAt(tt.class, tt.msg, &toks[tt.at])
		if *got != *want {
			t.Errorf("%v %q:\n got  %v\n want %v", tt.mode, tt.src, describeError(got), describeError(want))
		}
	}
}

func TestScanNotEqual(t *testing.T) {
	toks, err := scanAll(newTestScanner(scanExec, "a != b"))
	if err != nil || toks[1].Kind != NOTEQUAL || toks[1].Text != "!=" {
		t.Errorf("!=: %s %v", brief(toks), describeError(err))
	}
	// Under barry_as_FLUFL, <> is the spelling and != the error.
	s := newTestScanner(scanExec, "a <> b\nc != d\n")
	s.barryAsFLUFL = true
	toks, err = scanAll(s)
	if err == nil || err.Msg != "invalid syntax" || err.Lineno != 2 || err.Offset != 4 || len(toks) != 5 || toks[1].Text != "<>" {
		t.Errorf("barry: %s %v", brief(toks), describeError(err))
	}
}

func TestScanDontImplyDedent(t *testing.T) {
	// compile("if 1:\n  x", "<s>", "single", PyCF_DONT_IMPLY_DEDENT) fails
	// on the ENDMARKER: invalid syntax, line 2, offset 3, text "  x".
	s := newTestScanner(scanSingle, "if 1:\n  x")
	s.dontImplyDedent = true
	toks, err := scanAll(s)
	if got, want := brief(toks), "if NUMBER(1) : NEWLINE INDENT NAME(x) NEWLINE ENDMARKER"; err != nil || got != want {
		t.Fatalf("got %s %v, want %s", got, describeError(err), want)
	}
	e := s.errorAt(ClassSyntaxError, "invalid syntax", &toks[len(toks)-1])
	if e.Lineno != 2 || e.Offset != 3 || e.Text != "  x" || e.Msg != "invalid syntax" {
		t.Errorf("got %v", describeError(e))
	}
	// With a final newline the tokenizer itself closes the block.
	s = newTestScanner(scanSingle, "if 1:\n  x\n")
	s.dontImplyDedent = true
	toks, err = scanAll(s)
	if got, want := brief(toks), "if NUMBER(1) : NEWLINE INDENT NAME(x) NEWLINE DEDENT NEWLINE ENDMARKER"; err != nil || got != want {
		t.Errorf("got %s %v, want %s", got, describeError(err), want)
	}
}

func TestScanInteractiveErrors(t *testing.T) {
	// At the prompt, "if 1:" followed by an empty line: CPython 3.2 says
	// IndentationError: expected an indented block, line 2, caret at 0.
	s := newTestScanner(scanInteractive, "if 1:\n\n")
	toks, err := scanAll(s)
	if err != nil || len(toks) < 5 || toks[4].Kind != NEWLINE {
		t.Fatalf("got %s %v", brief(toks), describeError(err))
	}
	e := s.errorAt(ClassIndentationError, "expected an indented block", &toks[4])
	if e.Lineno != 2 || e.Offset != 1 || e.Text != "\n" || e.Class != ClassIndentationError {
		t.Errorf("got %v", describeError(e))
	}
}

func TestCompileText(t *testing.T) {
	tests := []struct {
		src        string
		exec, eval string
	}{
		{"", "\n", ""},
		{"x", "x\n", "x"},
		{"x\n", "x\n", "x\n"},
		{"x\r", "x\n", "x\n"},
		{"x\r\n", "x\n\n", "x\n"},
		{"x\r\ny", "x\ny\n", "x\ny"},
		{"x\r\r\ny\r\n\r\n", "x\n\ny\n\n\n", "x\n\ny\n\n"},
		{"\r\n", "\n\n", "\n"},
		{"a\rb\n", "a\nb\n", "a\nb\n"},
		{"a\n\r", "a\n\n", "a\n\n"},
	}
	for _, tt := range tests {
		if got := compileText(tt.src, true); got != tt.exec {
			t.Errorf("compileText(%q, true) = %q, want %q", tt.src, got, tt.exec)
		}
		if got := compileText(tt.src, false); got != tt.eval {
			t.Errorf("compileText(%q, false) = %q, want %q", tt.src, got, tt.eval)
		}
	}
	if s := newScanner("f", "a\r\nb\rc", false); s.src != "a\nb\nc" {
		t.Errorf("newScanner kept \\r: %q", s.src)
	}
	for src, want := range map[string]string{"": "", "x": "x\n", "x\n": "x\n", "x\r\n": "x\n", "x\r": "x\n"} {
		if s := newFileScanner("f", src, true); s.src != want {
			t.Errorf("newFileScanner(%q).src = %q, want %q", src, s.src, want)
		}
	}
}

func TestScanLineText(t *testing.T) {
	s := newScanner("f", "a\n\nbc\nd", false)
	tests := []struct {
		n    int
		text string
		ok   bool
	}{{0, "", false}, {1, "a\n", true}, {2, "\n", true}, {3, "bc\n", true}, {4, "d", true}, {5, "", false}, {-1, "", false}}
	for _, tt := range tests {
		if text, ok := s.lineText(tt.n); text != tt.text || ok != tt.ok {
			t.Errorf("lineText(%d) = %q, %v; want %q, %v", tt.n, text, ok, tt.text, tt.ok)
		}
	}
	if _, ok := newScanner("f", "a\n", false).lineText(2); ok {
		t.Error("line after the final newline exists")
	}
}

func TestIsIdentifier(t *testing.T) {
	tests := []struct {
		name string
		ok   bool
	}{
		{"é", true}, {"_é", true}, {"é1", true}, {"a·b", true}, {"·a", false}, {"ℌ", true}, {"µ", true},
		{"\u0e33", false}, {"a\u0e33", true}, {"\uff9e", false}, {"a\uff9e", true}, {"\u037a", false},
		{"a\u037a", false}, {"\u2118", true}, {"\u212e", true}, {"a\u200b", false}, {"a\u00ad", false},
		{"\U00010000", true}, {"\U0001d400", true}, {"\U0001F600", false}, {"\u1885", true},
		{"\u0660", false}, {"a\u0660", true}, {"a\xff", false}, {"\xc3", false}, {"a\xed\xa0\x80", false},
		{"a\ufffd", false}, {"\u08a0", false}, // Arabic letter beh with small v below: Unicode 6.1, after 3.2's database
	}
	for _, tt := range tests {
		if got := isIdentifier(tt.name); got != tt.ok {
			t.Errorf("isIdentifier(%q) = %v, want %v", tt.name, got, tt.ok)
		}
	}
}

// benchSource is a synthetic module of roughly 1 MB in CPython's style.
var benchSource = func() string {
	unit := `# A class with the usual mix of tokens.
class Widget(Base):
    """A widget.

    It has a docstring spanning lines.
    """
    counter = 0x1F + 0o17 + 0b101 + 1.5e-3 + 2j

    def __init__(self, name, *args, size=10, **kwargs):
        super().__init__(*args, **kwargs)
        self.name = name  # the name
        self.size = size
        self.items = [i * 2 for i in range(size) if i % 3 != 0]
        self.map = {'a': 1, "b": 2, r'c\d': 3, b'e': 4}

    def process(self, data):
        total = 0
        for key, value in sorted(data.items()):
            if value >= 100 and key not in self.map:
                total += value ** 2
            elif value < 0 or \
                    value is None:
                continue
            else:
                total //= max(1, value)
        return total << 1 >> 2 & 0xff | 3 ^ ~4

    @property
    def label(self):
        try:
            return '%s (%d)' % (self.name, self.size)
        except (TypeError, ValueError) as exc:
            raise RuntimeError("bad label") from exc
        finally:
            pass

`
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString(strings.ReplaceAll(unit, "Widget", fmt.Sprintf("Widget%d", b.Len())))
	}
	return b.String()
}()

func BenchmarkScan(b *testing.B) {
	b.SetBytes(int64(len(benchSource)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		s := newScanner("bench.py", benchSource, false)
		for s.next().Kind != ENDMARKER {
		}
	}
}

func TestDropNULs(t *testing.T) {
	tests := []struct{ src, want string }{
		{"", ""}, {"x\n", "x\n"}, {"\x00", ""}, {"a\x00b", "a"}, {"a\x00b\nc\n", "ac\n"},
		{"a\x00b\nc\x00d\ne\n", "ace\n"}, {"a\x00\x00\nb", "ab"}, {"a\n\x00\nb\n", "a\nb\n"},
	}
	for _, tt := range tests {
		if got := dropNULs(tt.src); got != tt.want {
			t.Errorf("dropNULs(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}
