package parser

import (
	"strconv"
	"strings"
)

// ErrorClass names the exception class a SyntaxError stands for.
type ErrorClass uint8

const (
	ClassSyntaxError      ErrorClass = iota // SyntaxError
	ClassIndentationError                   // IndentationError, a subclass of SyntaxError
	ClassTabError                           // TabError, a subclass of IndentationError
	ClassMemoryError                        // MemoryError: the parser's stack overflowed
)

func (c ErrorClass) String() string {
	switch c {
	case ClassIndentationError:
		return "IndentationError"
	case ClassTabError:
		return "TabError"
	case ClassMemoryError:
		return "MemoryError"
	}
	return "SyntaxError"
}

// SyntaxError is the error the tokenizer, the parser and (later) the
// symbol table and compiler report. Its fields are the attributes of
// CPython's SyntaxError object, with CPython 3.2's values.
type SyntaxError struct {
	Class    ErrorClass
	Msg      string
	Filename string
	Lineno   int    // 1-based; 0 when unknown
	Offset   int    // CPython's offset attribute: 1-based byte column of the caret; -1 when unknown (None)
	Text     string // the offending source line(s), with their newline; "" when unknown
	HasText  bool   // Text is known (CPython's text attribute is not None)
}

// Error returns what str() of the exception gives in CPython 3.2:
// "msg (file.py, line 3)", with the file's directories stripped.
func (e *SyntaxError) Error() string {
	var b strings.Builder
	b.WriteString(e.Msg)
	file := e.Filename
	if i := strings.LastIndexByte(file, '/'); i >= 0 {
		file = file[i+1:]
	}
	switch {
	case file != "" && e.Lineno > 0:
		b.WriteString(" (")
		b.WriteString(file)
		b.WriteString(", line ")
		b.WriteString(strconv.Itoa(e.Lineno))
		b.WriteString(")")
	case file != "":
		b.WriteString(" (")
		b.WriteString(file)
		b.WriteString(")")
	case e.Lineno > 0:
		b.WriteString(" (line ")
		b.WriteString(strconv.Itoa(e.Lineno))
		b.WriteString(")")
	}
	return b.String()
}

// Format returns the report CPython 3.2 prints when the error is not
// caught: the file and line, the source line with a caret under the
// offset, and the class with the message.
//
//	  File "x.py", line 1
//	    x = = 1
//	        ^
//	SyntaxError: invalid syntax
func (e *SyntaxError) Format() string {
	var b strings.Builder
	b.WriteString("  File \"")
	b.WriteString(e.Filename)
	b.WriteString("\", line ")
	b.WriteString(strconv.Itoa(e.Lineno))
	b.WriteString("\n")
	if e.HasText {
		writeErrorText(&b, e.Offset, e.Text)
	}
	b.WriteString(e.Class.String())
	b.WriteString(": ")
	b.WriteString(e.Msg)
	b.WriteString("\n")
	return b.String()
}

// writeErrorText prints the source line and the caret the way CPython 3.2's
// print_error_text does: of a multi-line text only the line holding the
// offset is shown, leading blanks are dropped (the caret moves with them),
// and the caret stands offset-1 columns in. An offset of 0 or less prints no
// caret.
func writeErrorText(b *strings.Builder, offset int, text string) {
	if offset >= 0 {
		if offset > 0 && offset == len(text) && text[offset-1] == '\n' {
			offset--
		}
		for {
			nl := strings.IndexByte(text, '\n')
			if nl < 0 || nl >= offset {
				break
			}
			offset -= nl + 1
			text = text[nl+1:]
		}
		for len(text) > 0 && (text[0] == ' ' || text[0] == '\t') {
			text = text[1:]
			offset--
		}
	}
	b.WriteString("    ")
	b.WriteString(text)
	if text == "" || text[len(text)-1] != '\n' {
		b.WriteString("\n")
	}
	if offset == -1 {
		return
	}
	b.WriteString("    ")
	for i := 1; i < offset; i++ {
		b.WriteByte(' ')
	}
	b.WriteString("^\n")
}
