package parser

import (
	"os"
	"sync"
	"unicode/utf8"
)

// ProgramText returns a function for Options.Line that gives line n of a
// source file whose bytes are src, as CPython 3.2's PyErr_ProgramText
// reads it back from the file when it reports an error found after
// parsing:
//
//   - \n, \r\n and a lone \r all end a line, and the line keeps a \n;
//   - leading spaces, tabs and form feeds are dropped;
//   - the file is read in pieces of 999 bytes, and of a longer line only
//     the last piece remains;
//   - a line past the end of the file gives "" (text, but empty);
//   - text that is not UTF-8 gives no text, whatever the file's coding
//     declaration, and a NUL byte ends the text.
func ProgramText(src []byte) func(n int) (string, bool) {
	return func(n int) (string, bool) { return programText(src, n) }
}

// FileText is ProgramText for the file named filename, read when an error
// first needs a line, as CPython reads it then; a file that cannot be read
// gives no text. This is what compile() of a string gives when its
// filename argument names a file.
func FileText(filename string) func(n int) (string, bool) {
	var once sync.Once
	var src []byte
	var err error
	return func(n int) (string, bool) {
		once.Do(func() { src, err = os.ReadFile(filename) })
		if err != nil {
			return "", false
		}
		return programText(src, n)
	}
}

// bufSize is the size of PyErr_ProgramText's line buffer.
const bufSize = 1000

func programText(src []byte, lineno int) (string, bool) {
	if lineno <= 0 {
		return "", false
	}
	r := &newlineReader{src: src}
	var buf [bufSize]byte
	for i := 0; i < lineno; i++ {
		for {
			buf[bufSize-2] = 0
			if !r.fgets(buf[:]) {
				break
			}
			if c := buf[bufSize-2]; c == 0 || c == '\n' {
				break
			}
		}
	}
	end := 0
	for end < len(buf) && buf[end] != 0 {
		end++
	}
	p := 0
	for p < end && (buf[p] == ' ' || buf[p] == '\t' || buf[p] == '\f') {
		p++
	}
	text := string(buf[p:end])
	if !utf8.ValidString(text) {
		return "", false
	}
	return text, true
}

// newlineReader reads a file the way Py_UniversalNewlineFgets does.
type newlineReader struct {
	src []byte
	pos int
}

// fgets reads at most len(buf)-1 bytes, up to and including a newline,
// into buf with a NUL after them; at the end of the file it stores an
// empty string and reports false.
func (r *newlineReader) fgets(buf []byte) bool {
	n := 0
	for n < len(buf)-1 && r.pos < len(r.src) {
		c := r.src[r.pos]
		r.pos++
		if c == '\r' {
			c = '\n'
			if r.pos < len(r.src) && r.src[r.pos] == '\n' {
				r.pos++
			}
		}
		buf[n] = c
		n++
		if c == '\n' {
			break
		}
	}
	buf[n] = 0
	return n > 0
}
