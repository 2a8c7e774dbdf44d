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
	ClassSystemError                        // SystemError: the compiler's block stack overflowed
	ClassTypeError                          // TypeError: compile() was given a NUL byte
)

// NoOffset is the Offset of an error whose offset is unknown (None in
// Python). -1 cannot serve: it is a real offset, given to errors at a
// string that spans lines.
const NoOffset = -1 << 31

func (c ErrorClass) String() string {
	switch c {
	case ClassIndentationError:
		return "IndentationError"
	case ClassTabError:
		return "TabError"
	case ClassMemoryError:
		return "MemoryError"
	case ClassSystemError:
		return "SystemError"
	case ClassTypeError:
		return "TypeError"
	}
	return "SyntaxError"
}

// SyntaxError is the error the source decoder, the tokenizer, the parser,
// the symbol table and the compiler checks report. Its fields are the
// attributes of CPython's SyntaxError object, with CPython 3.2's values.
// Class names the exception: SyntaxError or one of its subclasses, or one
// of the few other exceptions compiling can raise (MemoryError, SystemError
// and TypeError, which have a message only).
//
// An error with no Filename has no location (its lineno and filename are
// None in Python); otherwise Lineno is always meaningful, 0 included.
type SyntaxError struct {
	Class    ErrorClass
	Msg      string
	Filename string
	Lineno   int    // 1-based; 0 for errors CPython places on line 0
	Offset   int    // CPython's offset attribute: bytes from the start of the line (see Format); NoOffset when None
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
	if file != "" {
		b.WriteString(" (")
		b.WriteString(file)
		b.WriteString(", line ")
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
//
// An error with no location prints only its last line.
func (e *SyntaxError) Format() string {
	var b strings.Builder
	if e.Filename == "" {
		b.WriteString(e.Class.String())
		if e.Msg != "" {
			b.WriteString(": ")
			b.WriteString(e.Msg)
		}
		b.WriteString("\n")
		return b.String()
	}
	b.WriteString("  File \"")
	b.WriteString(e.Filename)
	b.WriteString("\", line ")
	b.WriteString(strconv.Itoa(e.Lineno))
	b.WriteString("\n")
	if e.HasText {
		offset := e.Offset
		if offset == NoOffset {
			offset = -1
		}
		writeErrorText(&b, offset, e.Text)
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
