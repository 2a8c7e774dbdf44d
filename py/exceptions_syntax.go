package py

import (
	"strconv"
	"strings"

	"github.com/taipan-py/taipan/parser"
)

// FromSyntaxError returns the Python exception for an error of the
// parser, the symbol table or the compiler: a SyntaxError (or
// IndentationError, TabError) with CPython 3.2's args and attributes, or
// the MemoryError, SystemError or TypeError compiling can raise.
//
// An error with an offset carries its location in args, as CPython's
// parser and compiler make them: (msg, (filename, lineno, offset, text)).
// A symbol-table error (no offset) has args (msg,) and its location in the
// attributes only, as PyErr_SyntaxLocation leaves it.
func FromSyntaxError(se *parser.SyntaxError) *BaseException {
	var typ *Type
	switch se.Class {
	case parser.ClassIndentationError:
		typ = IndentationError
	case parser.ClassTabError:
		typ = TabError
	case parser.ClassMemoryError:
		return NewException(MemoryError)
	case parser.ClassSystemError:
		return NewException(SystemError, NewStr(se.Msg))
	case parser.ClassTypeError:
		return NewException(TypeError, NewStr(se.Msg))
	default:
		typ = SyntaxError
	}
	msg := NewStr(se.Msg)
	var text Object = None
	if se.HasText {
		text = NewStr(se.Text)
	}
	if se.Filename == "" {
		return NewException(typ, msg)
	}
	if se.Offset == parser.NoOffset {
		e := NewException(typ, msg)
		e.setField(fieldSynFilename, NewStr(se.Filename))
		e.setField(fieldLineno, NewInt(int64(se.Lineno)))
		e.setField(fieldOffset, None)
		e.setField(fieldText, text)
		return e
	}
	info := NewTuple(NewStr(se.Filename), NewInt(int64(se.Lineno)), NewInt(int64(se.Offset)), text)
	return NewException(typ, msg, info)
}

// FormatExceptionOnly returns what CPython 3.2 prints for an uncaught
// exception after its traceback: "ValueError: msg\n" (the class prefixed
// by its module unless that is builtins, the colon left out when str() of
// the exception is empty). A SyntaxError shows its location first, with
// the source line and a caret under the offset:
//
//	  File "x.py", line 1
//	    x = = 1
//	        ^
//	SyntaxError: invalid syntax
//
// Errors while formatting are swallowed, as CPython swallows them (an
// exception whose str() fails ends without a newline).
func FormatExceptionOnly(t *Thread, e *BaseException) string {
	var b strings.Builder
	var value Object = e
	if e.typ.IsSubtype(SyntaxError) {
		if msg, ok := writeSyntaxErrorLocation(t, &b, e); ok {
			value = msg
		}
	}
	b.WriteString(exceptionClassName(t, e.typ))
	if value != None {
		s, err := StrOf(t, value)
		if err != nil {
			// CPython writes nothing more, not even the newline, while
			// the error of str() is pending.
			return b.String()
		}
		if s.s != "" {
			b.WriteString(": ")
		}
		b.WriteString(s.s)
	}
	b.WriteString("\n")
	return b.String()
}

// exceptionClassName is the class's name as a traceback shows it:
// "module.Name", or just "Name" for a class of builtins.
func exceptionClassName(t *Thread, typ *Type) string {
	mod, err := GetAttr(t, typ, NewStr("__module__"))
	if err != nil {
		return "<unknown>" + typ.Name
	}
	s, ok := mod.(*Str)
	if !ok {
		return "<unknown>" + typ.Name
	}
	if s.s == "builtins" {
		return typ.Name
	}
	return s.s + "." + typ.Name
}

// writeSyntaxErrorLocation writes the location lines of a SyntaxError
// and returns its msg, or reports false (writing nothing) when its
// attributes are not what the location needs (a lineno that is not an
// int, a filename or text that is not a str), as parse_syntax_error does.
func writeSyntaxErrorLocation(t *Thread, b *strings.Builder, e *BaseException) (Object, bool) {
	msg := orNone(e.field(fieldMsg))
	filename := "<string>"
	switch f := orNone(e.field(fieldSynFilename)).(type) {
	case *NoneObject:
	case *Str:
		filename = f.s
	default:
		return nil, false
	}
	lineno, err := ArgLong(t, orNone(e.field(fieldLineno)))
	if err != nil {
		return nil, false
	}
	offset := -1
	if o := orNone(e.field(fieldOffset)); o != None {
		v, err := ArgLong(t, o)
		if err != nil {
			return nil, false
		}
		offset = int(int32(v))
	}
	text, hasText := "", false
	switch s := orNone(e.field(fieldText)).(type) {
	case *NoneObject:
	case *Str:
		text, hasText = s.s, true
	default:
		return nil, false
	}
	b.WriteString("  File \"")
	b.WriteString(filename)
	b.WriteString("\", line ")
	b.WriteString(strconv.Itoa(int(int32(lineno))))
	b.WriteString("\n")
	if hasText {
		writeErrorText(b, offset, text)
	}
	return msg, true
}

// writeErrorText writes the source line of a SyntaxError and the caret
// under its offset as CPython 3.2's print_error_text: of a text of several
// lines only the one holding the offset, its leading blanks dropped (the
// caret moving with them), the caret offset-1 columns in, none for an
// offset of -1.
func writeErrorText(b *strings.Builder, offset int, text string) {
	if i := strings.IndexByte(text, 0); i >= 0 {
		text = text[:i] // C stops at a NUL
	}
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
