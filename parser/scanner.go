package parser

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The scanner is CPython 3.2's tokenizer (Parser/tokenizer.c) together with
// the little that Parser/parsetok.c does between the tokenizer and the
// parser, written again for Go. It reproduces the tokenizer's state machine
// closely, because CPython reports syntax errors in terms of that state:
// an error's line is the tokenizer's current line (tok->lineno), its offset
// is how far the tokenizer has read past the start of its line buffer
// (tok->cur - tok->buf, in bytes, not plus one), and its text is that
// buffer up to the end of the line read last (tok->buf to tok->inp). The
// buffer starts where a token or a line that is not inside a token starts,
// so for a token that follows a multi-line string on the string's last
// line the buffer still begins on the string's first line.
//
// The source is read line by line, as CPython reads it: the scanner knows
// the start and end of the line it has "loaded" (lineStart, inp), counts
// the lines it has loaded (lineno), and notices the end of the input only
// when it tries to read past it (done, CPython's tok->done == E_EOF), which
// matters because an error of the parser becomes "unexpected EOF while
// parsing" when the end has been seen and the tokenizer is on line 0 or 1
// (so eval("1 2") says that, but eval("1 'a'") says "invalid syntax"). Every token
// carries a snapshot of that state (bufPos, inpPos, state), so errorAt
// reports the error CPython would report after reading that token.
//
// Where the text comes from changes what happens at its end: compile() of a
// string (newScanner, after decodeSourceText) reads the string as it is;
// a file (newFileScanner) is read by stdio, which counts one more line at
// end of file and, depending on the decoder, may leave the error text empty
// or invent an empty last line inside an unterminated string.

const (
	tabSize   = 8   // CPython's TABSIZE: tabs advance to the next multiple of 8
	maxIndent = 100 // CPython's MAXINDENT: the indentation stack's size
	eofChar   = -1  // what nextc returns at the end of the input
)

// Token.state bits.
const (
	stateEOF    = 1 << iota // the end of the input had been seen (tok->done == E_EOF)
	stateNoText             // a file's line buffer was overwritten at end of file: text is ""
)

// scanner turns UTF-8 source text into tokens, one at a time, on demand.
type scanner struct {
	filename    string
	src         string // the text the scanner reads; Token positions index it
	interactive bool   // the interactive prompt's rules: an empty line is a NEWLINE

	// Settings the parser may change before (or, barryAsFLUFL, while)
	// reading tokens.
	dontImplyDedent bool // PyCF_DONT_IMPLY_DEDENT: no DEDENTs at end of input (codeop)
	failedAtEOF     bool // the parser rejected a token read after the end of the input
	barryAsFLUFL    bool // from __future__ import barry_as_FLUFL: <> instead of !=

	// How the input ends, for a file read by CPython's stdio reader.
	fileInput  bool // count a line for end of file and blank the error text there
	fileFakeNL bool // an unterminated string at end of file first reads an invented "\n"

	// readErr, when set, is the error reading the source met after the
	// text the scanner has: it is raised when the scanner needs more.
	readErr *SyntaxError

	// The tokenizer's state; the comments name CPython's tok_state fields.
	cur       int  // tok->cur: the next byte to read
	inp       int  // tok->inp: the end of the line read last
	lineStart int  // tok->line_start: the start of the line read last
	buf       int  // tok->buf: where error offsets and texts start
	lineno    int  // tok->lineno: lines read so far
	done      bool // tok->done == E_EOF: a read found the end of the input
	noText    bool // file input: end of file was read outside a token
	inToken   bool // tok->start != NULL: a line read now does not move buf
	atbol     bool // at the beginning of a line: measure its indentation
	level     int  // tok->level: () [] {} nesting; may go below 0 on a stray closer
	indent    int  // tok->indent: the top of the indentation stacks
	pendin    int  // tok->pendin: INDENTs (>0) or DEDENTs (<0) still to return
	started   bool // parsetok's started: a token was delivered since the last injected NEWLINE

	indstack    [maxIndent]int // columns with tabs to multiples of 8
	altindstack [maxIndent]int // columns with tabs counting 1, to detect inconsistency
}

// newScanner prepares to tokenize src, which is already UTF-8 (decodeSource
// has dealt with the BOM and the coding declaration). interactive selects
// the rules of the interactive prompt (a totally empty line ends a compound
// statement); compile(..., 'single') is not interactive in this sense.
//
// src should have been prepared by decodeSourceText or decodeSourceBytes,
// which turn line ends into \n and, for compile()'s "exec" mode, add a final
// newline; any \r left is read as a line end all the same (the scanner then
// reads a copy, so token positions index s.src, not src). The scanner reads
// src exactly as CPython reads a string given to compile(): in particular it
// adds no newline at the end.
func newScanner(filename, src string, interactive bool) *scanner {
	if strings.IndexByte(src, '\r') >= 0 {
		src = string(translateNewlines([]byte(src), false))
	}
	return &scanner{filename: filename, src: src, interactive: interactive, atbol: true}
}

// newFileScanner prepares to tokenize the text of a source file, as
// decodeSource returns it, the way CPython 3.2 reads a script or a module it
// imports. Its syntax errors at the end of the file differ from compile()'s:
// CPython counts a line for the end of the file, so they are reported one
// line further down, and with an empty text when the end was reached
// between tokens. utf8 tells whether CPython read the file with its raw
// UTF-8 reader, as it does for a file with no coding declaration, with a
// UTF-8 BOM or declared "utf-8"; that reader invents an empty last line
// when a string is left open at the end of a file that ends with a
// newline. A last line without a newline gets one, as in CPython, and a NUL
// byte ends its line (see dropNULs).
func newFileScanner(filename, src string, utf8 bool) *scanner {
	s := newScanner(filename, dropNULs(src), false)
	s.fileInput = true
	switch {
	case s.src == "":
	case s.src[len(s.src)-1] != '\n':
		s.src += "\n"
	default:
		s.fileFakeNL = utf8
	}
	return s
}

// dropNULs does to a file's text what CPython 3.2's line reader does with a
// NUL byte: the NUL ends the line as read so far, which does not end in a
// newline, so the reader reads on, over the rest of the physical line, and
// the next line is glued on where the NUL was ("x = 1\x00junk\nprint(1)\n"
// reads as "x = 1print(1)\n", one line).
func dropNULs(src string) string {
	i := strings.IndexByte(src, 0)
	if i < 0 {
		return src
	}
	var b strings.Builder
	b.Grow(len(src))
	for i >= 0 {
		b.WriteString(src[:i])
		src = src[i:]
		nl := strings.IndexByte(src, '\n')
		if nl < 0 {
			src = ""
			break
		}
		src = src[nl+1:]
		i = strings.IndexByte(src, 0)
	}
	b.WriteString(src)
	return b.String()
}

// next returns the next token. A lexical error panics with a *SyntaxError
// carrying CPython 3.2's class, message and position; Parse recovers it.
//
// The tokens are those CPython's parser receives, after parsetok.c's
// adjustments: when the end of the input is reached and any token has been
// delivered since the last such adjustment, an extra NEWLINE comes before
// the ENDMARKER, and every open indentation level is closed by a DEDENT
// (unless dontImplyDedent). So "x" gives NAME NEWLINE ENDMARKER, "x\n"
// gives NAME NEWLINE NEWLINE ENDMARKER, and "if x:\n  y" gives ... NAME
// NEWLINE DEDENT NEWLINE ENDMARKER. Like parsetok, next rejects <> (or !=
// under barry_as_FLUFL) with "invalid syntax".
func (s *scanner) next() (tok Token) {
	s.get(&tok)
	if tok.Kind == ENDMARKER && s.started {
		tok.Kind = NEWLINE
		s.started = false
		if s.indent > 0 && !s.dontImplyDedent {
			s.pendin = -s.indent
			s.indent = 0
		}
	} else {
		s.started = true
	}
	if tok.Kind == NOTEQUAL && (tok.Text == "<>") != s.barryAsFLUFL {
		panic(s.errorAt(ClassSyntaxError, "invalid syntax", &tok))
	}
	return tok
}

// errorAt returns the error CPython reports when its parser rejects tok.
// CPython reports the tokenizer's state just after reading the rejected
// token, which tok carries: lineno is tok.EndLine (the line read last);
// offset is tok.End minus the start of the line buffer, which is the start
// of tok's line or, after a multi-line string that ends on tok's line, of
// the string's first line; nothing is added (CPython's caret goes under
// the byte before the offset); text runs from the start of the buffer to
// the end of the line read last. If the end of the input had been seen and
// the line is 0 or 1, CPython turns any parser error into SyntaxError
// "unexpected EOF while parsing", and so does errorAt.
func (s *scanner) errorAt(class ErrorClass, msg string, tok *Token) *SyntaxError {
	if tok.state&stateEOF != 0 && tok.EndLine <= 1 {
		class, msg = ClassSyntaxError, "unexpected EOF while parsing"
	}
	return s.newError(class, msg, tok.EndLine, tok.End, tok.bufPos, tok.inpPos, tok.state&stateNoText != 0)
}

// lineText returns line n of the source (1-based) with its newline, and
// whether it exists.
func (s *scanner) lineText(n int) (string, bool) {
	if n < 1 {
		return "", false
	}
	start := 0
	for ; n > 1; n-- {
		i := strings.IndexByte(s.src[start:], '\n')
		if i < 0 {
			return "", false
		}
		start += i + 1
	}
	if start >= len(s.src) {
		return "", false
	}
	end := len(s.src)
	if i := strings.IndexByte(s.src[start:], '\n'); i >= 0 {
		end = start + i + 1
	}
	return s.src[start:end], true
}

func (s *scanner) newError(class ErrorClass, msg string, lineno, cur, buf, inp int, noText bool) *SyntaxError {
	text := ""
	if !noText {
		text = s.src[buf:inp]
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
	}
	return &SyntaxError{
		Class:    class,
		Msg:      msg,
		Filename: s.filename,
		Lineno:   lineno,
		Offset:   cur - buf,
		Text:     text,
		HasText:  true,
	}
}

// fail panics with a lexical error at the scanner's current position.
func (s *scanner) fail(class ErrorClass, msg string) {
	panic(s.newError(class, msg, s.lineno, s.cur, s.buf, s.inp, s.noText))
}

// nextc reads one byte, reading the next line first if the current one is
// used up; at the end of the input it returns eofChar.
func (s *scanner) nextc() int {
	if s.cur >= s.inp {
		return s.nextLine()
	}
	s.cur++
	return int(s.src[s.cur-1])
}

// readError is readErr as CPython words it at this point: when the line
// is read to continue a token, its line counter has already moved on, and
// a "Non-UTF-8 code" message names the next line.
func (s *scanner) readError() *SyntaxError {
	e := *s.readErr
	if s.inToken {
		old := " on line " + strconv.Itoa(e.Lineno) + ","
		e.Msg = strings.Replace(e.Msg, old, " on line "+strconv.Itoa(e.Lineno+1)+",", 1)
	}
	return &e
}

// nextLine is the slow path of nextc: it loads the next line, or records
// the end of the input.
func (s *scanner) nextLine() int {
	if s.done {
		return eofChar
	}
	if s.cur >= len(s.src) {
		if s.readErr != nil {
			panic(s.readError())
		}
		if s.fileInput {
			if s.inToken && s.fileFakeNL {
				// The raw reader, not yet aware of the end of the file,
				// appends a newline of its own.
				s.fileFakeNL = false
				s.src += "\n"
				return s.nextLine()
			}
			s.lineno++
			if !s.inToken {
				s.noText = true
			}
		}
		s.done = true
		return eofChar
	}
	end := len(s.src)
	if i := strings.IndexByte(s.src[s.cur:], '\n'); i >= 0 {
		end = s.cur + i + 1
	}
	if !s.inToken {
		s.buf = s.cur
	}
	s.lineStart = s.cur
	s.lineno++
	s.inp = end
	c := s.src[s.cur]
	s.cur++
	return int(c)
}

// backup un-reads c, which nextc has just returned.
func (s *scanner) backup(c int) {
	if c != eofChar {
		s.cur--
	}
}

// token sets t, a zero Token, to a token of kind k that starts at pos, on
// line line, which starts at lineStart, and ends where the scanner stands.
func (s *scanner) token(t *Token, k Kind, pos, line, lineStart int) {
	t.Kind = k
	t.Line = line
	t.Col = pos - lineStart
	t.EndLine = s.lineno
	t.Pos = pos
	t.End = s.cur
	t.bufPos = s.buf
	t.inpPos = s.inp
	if s.done {
		t.state = stateEOF
		if s.noText {
			t.state |= stateNoText
		}
	}
}

// charClass classifies the bytes that start or continue identifiers; all
// non-ASCII bytes do, to be checked against PEP 3131 afterwards.
var charClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c >= 0x80:
			t[c] = identStart | identChar
		case c >= '0' && c <= '9':
			t[c] = identChar
		}
	}
	return
}()

const (
	identStart = 1 << iota
	identChar
)

func isIdentStart(c int) bool { return c >= 0 && charClass[c]&identStart != 0 }
func isIdentChar(c int) bool  { return c >= 0 && charClass[c]&identChar != 0 }
func isDigit(c int) bool      { return c >= '0' && c <= '9' }
func isXDigit(c int) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// get is CPython's tok_get: the next token as the tokenizer produces it.
func (s *scanner) get(t *Token) {
	var c int
nextline:
	s.inToken = false
	blankline := false

	// Measure the indentation of a new line.
	if s.atbol {
		s.atbol = false
		col, altcol := 0, 0
	measure:
		for {
			c = s.nextc()
			switch c {
			case ' ':
				col++
				altcol++
			case '\t':
				col = (col/tabSize + 1) * tabSize
				altcol++
			case '\f':
				col, altcol = 0, 0
			default:
				break measure
			}
		}
		s.backup(c)
		if c == '#' || c == '\n' {
			// Lines holding only blanks and a comment change no
			// indentation and give no NEWLINE, except a totally empty
			// line at the interactive prompt, which ends a statement.
			blankline = !(col == 0 && c == '\n' && s.interactive)
		}
		if !blankline && s.level == 0 {
			s.indentation(col, altcol)
		}
	}

	s.inToken = true
	if s.pendin != 0 {
		k := INDENT
		if s.pendin < 0 {
			s.pendin++
			k = DEDENT
		} else {
			s.pendin--
		}
		s.token(t, k, s.cur, s.lineno, s.lineStart)
		return
	}

again:
	s.inToken = false
	c = s.nextc()
	for c == ' ' || c == '\t' || c == '\f' {
		c = s.nextc()
	}
	s.inToken = true
	start := s.cur - 1
	if c == eofChar {
		start = s.cur
	}
	line, lineStart := s.lineno, s.lineStart

	if c == '#' {
		// The comment runs to the end of the line read last.
		if s.inp > 0 && s.src[s.inp-1] == '\n' {
			s.cur = s.inp - 1
		} else {
			s.cur = s.inp
		}
		c = s.nextc()
	}

	switch {
	case c == eofChar:
		s.token(t, ENDMARKER, s.cur, s.lineno, s.lineStart)

	case isIdentStart(c):
		// String prefixes: b, r and br in any case; not rb, not u.
		if c == 'b' || c == 'B' {
			c = s.nextc()
			if c == '"' || c == '\'' {
				s.str(t, c, start, line, lineStart)
				return
			}
		}
		if c == 'r' || c == 'R' {
			c = s.nextc()
			if c == '"' || c == '\'' {
				s.str(t, c, start, line, lineStart)
				return
			}
		}
		var high int // the bits of the name's bytes above ASCII
		if isIdentChar(c) {
			// The rest of the name lies on this line; read the byte
			// after it with nextc, which notices the end of the input.
			i := s.cur
			for i < s.inp && charClass[s.src[i]]&identChar != 0 {
				high |= int(s.src[i])
				i++
			}
			s.cur = i
			high |= c
			c = s.nextc()
		}
		s.backup(c)
		text := s.src[start:s.cur]
		kind := NAME
		if high < 0x80 && text[0] < 0x80 {
			kind = keyword(text)
		} else {
			if !isIdentifier(text) {
				s.fail(ClassSyntaxError, "invalid character in identifier")
			}
			text = norm.NFKC.String(text)
		}
		s.token(t, kind, start, line, lineStart)
		if kind == NAME {
			t.Text = text
		}

	case c == '\n':
		s.atbol = true
		if blankline || s.level > 0 {
			goto nextline
		}
		s.token(t, NEWLINE, s.cur-1, line, lineStart)

	case c == '.':
		c = s.nextc()
		if isDigit(c) {
			s.number(t, '.', start, line, lineStart)
			return
		}
		if c == '.' {
			c = s.nextc()
			if c == '.' {
				s.token(t, ELLIPSIS, start, line, lineStart)
				return
			}
			s.backup(c)
			c = '.'
		}
		s.backup(c)
		s.token(t, DOT, start, line, lineStart)

	case isDigit(c):
		s.number(t, c, start, line, lineStart)

	case c == '"' || c == '\'':
		s.str(t, c, start, line, lineStart)

	case c == '\\':
		c = s.nextc()
		if c != '\n' {
			s.cur = s.inp
			s.fail(ClassSyntaxError, "unexpected character after line continuation character")
		}
		goto again

	default:
		// Operators: the longest of three, two or one characters.
		c2 := s.nextc()
		if k := twoChars(c, c2); k != ILLEGAL {
			c3 := s.nextc()
			if k3 := threeChars(c, c2, c3); k3 != ILLEGAL {
				k = k3
			} else {
				s.backup(c3)
			}
			s.token(t, k, start, line, lineStart)
			if k == NOTEQUAL {
				t.Text = s.src[start:s.cur]
			}
			return
		}
		s.backup(c2)
		switch c {
		case '(', '[', '{':
			s.level++
		case ')', ']', '}':
			s.level--
		}
		k := oneChar(c)
		s.token(t, k, start, line, lineStart)
		if k == ILLEGAL {
			t.Text = s.src[start:s.cur]
		}
	}
}

// indentation compares the indentation of a new line with the stack and
// schedules INDENT or DEDENTs; it fails on inconsistent indentation.
func (s *scanner) indentation(col, altcol int) {
	switch top := s.indstack[s.indent]; {
	case col == top:
		if altcol != s.altindstack[s.indent] {
			s.tabError()
		}
	case col > top:
		if s.indent+1 >= maxIndent {
			s.cur = s.inp
			s.fail(ClassIndentationError, "too many levels of indentation")
		}
		if altcol <= s.altindstack[s.indent] {
			s.tabError()
		}
		s.pendin++
		s.indent++
		s.indstack[s.indent] = col
		s.altindstack[s.indent] = altcol
	default:
		for s.indent > 0 && col < s.indstack[s.indent] {
			s.pendin--
			s.indent--
		}
		if col != s.indstack[s.indent] {
			s.cur = s.inp
			s.fail(ClassIndentationError, "unindent does not match any outer indentation level")
		}
		if altcol != s.altindstack[s.indent] {
			s.tabError()
		}
	}
}

// tabError reports indentation whose meaning depends on the tab size.
func (s *scanner) tabError() {
	s.cur = s.inp
	s.fail(ClassTabError, "inconsistent use of tabs and spaces in indentation")
}

// number scans a numeric literal whose first character c has been read
// (a digit, or '.' when a digit follows it). Malformed literals fail with
// "invalid token" where CPython's tokenizer stops reading.
func (s *scanner) number(t *Token, c, start, line, lineStart int) {
	switch {
	case c == '.':
		c = s.fraction()
	case c == '0':
		c = s.nextc()
		switch c {
		case '.':
			c = s.fraction()
		case 'x', 'X':
			c = s.nextc()
			if !isXDigit(c) {
				s.invalidToken(c)
			}
			for isXDigit(c) {
				c = s.nextc()
			}
			s.endNumber(t, c, start, line, lineStart)
			return
		case 'o', 'O':
			c = s.nextc()
			if c < '0' || c > '7' {
				s.invalidToken(c)
			}
			for c >= '0' && c <= '7' {
				c = s.nextc()
			}
			s.endNumber(t, c, start, line, lineStart)
			return
		case 'b', 'B':
			c = s.nextc()
			if c != '0' && c != '1' {
				s.invalidToken(c)
			}
			for c == '0' || c == '1' {
				c = s.nextc()
			}
			s.endNumber(t, c, start, line, lineStart)
			return
		default:
			// Zeros, or an old-style octal literal, which 3 rejects
			// unless it turns out to be a float or imaginary.
			nonzero := false
			for c == '0' {
				c = s.nextc()
			}
			for isDigit(c) {
				nonzero = true
				c = s.nextc()
			}
			switch c {
			case '.':
				c = s.fraction()
			case 'e', 'E', 'j', 'J':
			default:
				if nonzero {
					s.invalidToken(c)
				}
			}
		}
	default:
		for isDigit(c) {
			c = s.nextc()
		}
		if c == '.' {
			c = s.fraction()
		}
	}
	if c == 'e' || c == 'E' {
		c = s.nextc()
		if c == '+' || c == '-' {
			c = s.nextc()
		}
		if !isDigit(c) {
			s.invalidToken(c)
		}
		for isDigit(c) {
			c = s.nextc()
		}
	}
	if c == 'j' || c == 'J' {
		c = s.nextc()
	}
	s.endNumber(t, c, start, line, lineStart)
	return
}

// fraction reads the digits after a decimal point and returns the
// character that follows them.
func (s *scanner) fraction() int {
	c := s.nextc()
	for isDigit(c) {
		c = s.nextc()
	}
	return c
}

func (s *scanner) endNumber(t *Token, c, start, line, lineStart int) {
	s.backup(c)
	s.token(t, NUMBER, start, line, lineStart)
	t.Text = s.src[start:s.cur]
}

func (s *scanner) invalidToken(c int) {
	s.backup(c)
	s.fail(ClassSyntaxError, "invalid token")
}

// str scans a string literal whose opening quote has just been read.
// Backslashes escape the next character, so that an escaped quote does not
// end the string and an escaped newline continues it on the next line.
func (s *scanner) str(t *Token, quote, start, line, lineStart int) {
	quoteSize, endQuoteSize := 1, 0
	c := s.nextc()
	if c == quote {
		c = s.nextc()
		if c == quote {
			quoteSize = 3
		} else {
			endQuoteSize = 1 // the empty string
		}
	}
	if c != quote {
		s.backup(c)
	}
	q := byte(quote)
	for endQuoteSize != quoteSize {
		// Skip the plain bytes of this line in one go.
		if i := s.cur; i < s.inp {
			for i < s.inp && s.src[i] != q && s.src[i] != '\\' && s.src[i] != '\n' {
				i++
			}
			if i > s.cur {
				s.cur = i
				endQuoteSize = 0
			}
		}
		c = s.nextc()
		switch {
		case c == eofChar:
			s.cur = s.inp
			if quoteSize == 3 {
				s.fail(ClassSyntaxError, "EOF while scanning triple-quoted string literal")
			}
			s.fail(ClassSyntaxError, "EOL while scanning string literal")
		case c == '\n' && quoteSize == 1:
			s.cur = s.inp
			s.fail(ClassSyntaxError, "EOL while scanning string literal")
		case c == quote:
			endQuoteSize++
		default:
			endQuoteSize = 0
			if c == '\\' {
				s.nextc()
			}
		}
	}
	s.token(t, STRING, start, line, lineStart)
	t.Text = s.src[start:s.cur]
}

// isIdentifier reports whether a name holding non-ASCII characters is an
// identifier for Python 3.2: valid UTF-8, a letter or '_' first and letter,
// digit or '_' after, with "letter" and "digit" taken from PEP 3131 as
// Unicode 6.0 defines them.
func isIdentifier(name string) bool {
	for i, r := range name {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(name[i:]); size <= 1 {
				return false
			}
		}
		var ok bool
		switch {
		case r < 0x80:
			ok = charClass[r]&identStart != 0 || i > 0 && charClass[r]&identChar != 0
		case i == 0:
			ok = unicode.Is(xidStart32, r)
		default:
			ok = unicode.Is(xidContinue32, r)
		}
		if !ok {
			return false
		}
	}
	return true
}

// keyword returns the kind of an ASCII name: its keyword kind, or NAME.
func keyword(name string) Kind {
	switch name {
	case "False":
		return FALSE
	case "None":
		return NONE
	case "True":
		return TRUE
	case "and":
		return AND
	case "as":
		return AS
	case "assert":
		return ASSERT
	case "break":
		return BREAK
	case "class":
		return CLASS
	case "continue":
		return CONTINUE
	case "def":
		return DEF
	case "del":
		return DEL
	case "elif":
		return ELIF
	case "else":
		return ELSE
	case "except":
		return EXCEPT
	case "finally":
		return FINALLY
	case "for":
		return FOR
	case "from":
		return FROM
	case "global":
		return GLOBAL
	case "if":
		return IF
	case "import":
		return IMPORT
	case "in":
		return IN
	case "is":
		return IS
	case "lambda":
		return LAMBDA
	case "nonlocal":
		return NONLOCAL
	case "not":
		return NOT
	case "or":
		return OR
	case "pass":
		return PASS
	case "raise":
		return RAISE
	case "return":
		return RETURN
	case "try":
		return TRY
	case "while":
		return WHILE
	case "with":
		return WITH
	case "yield":
		return YIELD
	}
	return NAME
}

// oneChar returns the kind of a one-character operator, or ILLEGAL.
func oneChar(c int) Kind {
	switch c {
	case '(':
		return LPAR
	case ')':
		return RPAR
	case '[':
		return LSQB
	case ']':
		return RSQB
	case ':':
		return COLON
	case ',':
		return COMMA
	case ';':
		return SEMI
	case '+':
		return PLUS
	case '-':
		return MINUS
	case '*':
		return STAR
	case '/':
		return SLASH
	case '|':
		return VBAR
	case '&':
		return AMPER
	case '<':
		return LESS
	case '>':
		return GREATER
	case '=':
		return EQUAL
	case '.':
		return DOT
	case '%':
		return PERCENT
	case '{':
		return LBRACE
	case '}':
		return RBRACE
	case '^':
		return CIRCUMFLEX
	case '~':
		return TILDE
	case '@':
		return AT
	}
	return ILLEGAL
}

// twoChars returns the kind of a two-character operator, or ILLEGAL.
func twoChars(c1, c2 int) Kind {
	if c2 == '=' {
		switch c1 {
		case '=':
			return EQEQUAL
		case '!':
			return NOTEQUAL
		case '<':
			return LESSEQUAL
		case '>':
			return GREATEREQUAL
		case '+':
			return PLUSEQUAL
		case '-':
			return MINEQUAL
		case '*':
			return STAREQUAL
		case '/':
			return SLASHEQUAL
		case '|':
			return VBAREQUAL
		case '%':
			return PERCENTEQUAL
		case '&':
			return AMPEREQUAL
		case '^':
			return CIRCUMFLEXEQUAL
		}
		return ILLEGAL
	}
	switch {
	case c1 == '<' && c2 == '>':
		return NOTEQUAL
	case c1 == '<' && c2 == '<':
		return LEFTSHIFT
	case c1 == '>' && c2 == '>':
		return RIGHTSHIFT
	case c1 == '-' && c2 == '>':
		return RARROW
	case c1 == '*' && c2 == '*':
		return DOUBLESTAR
	case c1 == '/' && c2 == '/':
		return DOUBLESLASH
	}
	return ILLEGAL
}

// threeChars returns the kind of a three-character operator, or ILLEGAL
// (the ellipsis is read elsewhere).
func threeChars(c1, c2, c3 int) Kind {
	if c3 != '=' || c1 != c2 {
		return ILLEGAL
	}
	switch c1 {
	case '<':
		return LEFTSHIFTEQUAL
	case '>':
		return RIGHTSHIFTEQUAL
	case '*':
		return DOUBLESTAREQUAL
	case '/':
		return DOUBLESLASHEQUAL
	}
	return ILLEGAL
}
