package parser

import (
	"bytes"
	"strconv"
	"unicode/utf8"
)

// This file turns source bytes into the UTF-8 text the scanner reads, as
// CPython 3.2's tokenizer does for its three kinds of input:
//
//   - a file (running a script, importing a module): decodeSource;
//   - bytes handed to compile(), exec() or eval(): decodeSourceBytes;
//   - a str handed to them: decodeSourceText.
//
// In all three, line ends are made "\n" (a "\r\n" or a lone "\r" ends a
// line, as 3.2's universal newlines do). A UTF-8 byte order mark at the
// start is dropped. A PEP 263 coding declaration on line 1 or 2 names the
// encoding of the bytes, which are then transcoded to UTF-8; without one
// the bytes are UTF-8 already.
//
// 3.2 checks UTF-8 input only in one case: a file without a BOM and
// without a coding declaration, line by line, with a structural test (a
// lead byte followed by the right number of continuation bytes). A file
// with a BOM or a "utf-8" declaration and the bytes given to compile() are
// not checked at all, so the text returned in those cases (and overlong
// forms or encoded surrogates, which the structural test lets through) may
// hold invalid UTF-8; 3.2 then fails where the parser decodes that text (a
// string literal, an identifier) and ignores it in a comment. The scanner
// and decodeString must accept such text.

// chunkSize is the size of the pieces 3.2's text file reader decodes a
// file in once a coding declaration has made it reopen the file through a
// codec: its buffer, the file system's block size (st_blksize), 4096 bytes
// on the usual Linux file systems. Positions in decoding errors count from
// the start of a piece.
const chunkSize = 4096

// decodeSource turns a source file's bytes into UTF-8 text as CPython 3.2's
// tokenizer does: a UTF-8 BOM, a PEP 263 coding declaration on line 1 or 2,
// UTF-8 by default; errors are CPython's SyntaxErrors.
//
// The errors, with the attributes 3.2 gives them (offset 0, no text):
//
//   - "Non-UTF-8 code starting with '\xNN' in file F on line N, but no
//     encoding declared; see http://python.org/dev/peps/pep-0263/ for
//     details", at line N, for a file without BOM or declaration;
//   - "encoding problem: utf-8", at the declaration's line, when a file
//     with a BOM declares another encoding;
//   - "encoding problem: with BOM" (sic), at the declaration's line, when
//     the declared encoding is unknown;
//   - the text of the codec's UnicodeDecodeError when the bytes do not
//     decode, for example "'ascii' codec can't decode byte 0xe9 in
//     position 27: ordinal not in range(128)". 3.2 decodes the file in
//     pieces of 4096 bytes when it reads a line that needs the next piece,
//     so the position counts from the start of that piece and the line is
//     the one being read then (line 1 for a small file).
//
// 3.2 reads a file line by line as the parser asks for them, so an error
// in the source before the bad line wins over the decoding error. To
// allow that, the text returned along with an error is the part of the
// source 3.2 had read before it failed (whole lines); a parser that wants
// 3.2's precedence parses that text first and reports the decoding error
// only if it needs more input. Using the error at once is also correct for
// every source whose readable part is free of errors.
//
// Not reproduced: 3.2 tokenizes line 1 twice when a declaration on line 2
// names an encoding other than UTF-8 (a statement on line 1 runs twice),
// and it misjudges a UTF-8 character split across its 8 KB read buffer on
// a very long line.
func decodeSource(filename string, src []byte) (string, *SyntaxError) {
	text, _, err := decodeSourceFile(filename, src)
	return text, err
}

// decodeSourceFile is decodeSource that also tells whether 3.2 reads the
// file with its raw reader (rawUTF8: no coding declaration, a UTF-8 BOM,
// or a declaration 3.2 normalises to "utf-8") rather than through a codec,
// which changes how its tokenizer behaves at the end of the file.
func decodeSourceFile(filename string, src []byte) (text string, rawUTF8 bool, err *SyntaxError) {
	bom := bytes.HasPrefix(src, utf8BOM)
	if bom {
		src = src[3:]
	}
	encoding := "" // what 3.2 calls tok->encoding
	if bom {
		encoding = "utf-8"
	}
	readSpec := false
	continued := false // line 1 ends in a backslash continuation
	lineno := 0
	// The text of the lines read so far: those before pos.
	read := func(pos int) string { return string(translateNewlines(src[:pos], false)) }
	for pos := 0; pos < len(src); {
		line, next := readLine(src, pos)
		lineno++
		if lineno <= 2 && !readSpec && !(lineno == 2 && continued) {
			if spec, ok := codingSpec(line); ok {
				readSpec = true
				switch {
				case encoding != "":
					if spec != encoding {
						return read(pos), true, sourceError(filename, "encoding problem: "+encoding, lineno)
					}
				case spec == "utf-8":
					encoding = spec
				default:
					c := lookupCodec(spec)
					if c == nil {
						return read(pos), true, sourceError(filename, "encoding problem: with BOM", lineno)
					}
					text, err := decodeFile(filename, src, c)
					return text, false, err
				}
			}
		}
		if encoding == "" {
			if i := invalidUTF8(line); i >= 0 {
				msg := "Non-UTF-8 code starting with '\\x" + hex2(line[i]) + "' in file " + filename +
					" on line " + strconv.Itoa(lineno) +
					", but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details"
				return read(pos), true, sourceError(filename, msg, lineno)
			}
		}
		if lineno == 1 {
			continued = endsInContinuation(line)
		}
		pos = next
		if lineno >= 2 && (encoding != "" || utf8.Valid(src[pos:])) {
			break // nothing left to check (valid UTF-8 passes 3.2's test)
		}
	}
	return read(len(src)), true, nil
}

// decodeFile decodes a whole file through a declared codec as 3.2's text
// reader does, piece by piece, for the positions of its errors.
func decodeFile(filename string, src []byte, c *codec) (string, *SyntaxError) {
	if msg := bomRequired(c, src); msg != "" {
		return "", sourceError(filename, msg, 1)
	}
	out, _, fail := c.decode(src, true)
	if fail == nil {
		return string(translateNewlines(out, false)), nil
	}
	// Replay the reader: each piece is decoded with what an incomplete
	// sequence left over from the one before; the end of the file gets a
	// last, final call on the leftover bytes alone.
	pending := 0
	for start := 0; ; start += chunkSize {
		end := start + chunkSize
		last := end >= len(src)
		if last {
			end = len(src)
		}
		in := src[start-pending : end]
		_, p, f := c.decode(in, false)
		if f == nil && last {
			in = src[len(src)-p:]
			start = len(src)
			_, _, f = c.decode(in, true)
		}
		if f != nil {
			read, _, _ := c.decode(src[:start], false)
			lineno, prefix := linesRead(read)
			return prefix, sourceError(filename, f.Error(), lineno)
		}
		if last {
			break
		}
		pending = p
	}
	// The replay found nothing (a stateful codec cut at a piece boundary
	// may do that): report the error of the whole decode.
	return "", sourceError(filename, fail.Error(), 1)
}

// bomRequired returns the error 3.2's incremental "utf-16" and "utf-32"
// decoders raise on a file that does not start with a byte order mark
// (after trying the first piece in the machine's order), or "".
func bomRequired(c *codec, src []byte) string {
	if c.order != 0 || c.kind != codecUTF16 && c.kind != codecUTF32 {
		return ""
	}
	unit, name := 2, "UTF-16"
	if c.kind == codecUTF32 {
		unit, name = 4, "UTF-32"
	}
	if len(src) >= unit {
		switch {
		case src[0] == 0xFF && src[1] == 0xFE && (unit == 2 || src[2] == 0 && src[3] == 0),
			unit == 2 && src[0] == 0xFE && src[1] == 0xFF,
			unit == 4 && src[0] == 0 && src[1] == 0 && src[2] == 0xFE && src[3] == 0xFF:
			return ""
		}
	}
	first := src
	if len(first) > chunkSize {
		first = first[:chunkSize]
	}
	if _, _, f := c.decode(first, false); f != nil {
		return f.Error()
	}
	if len(first) >= unit {
		return name + " stream does not start with BOM"
	}
	return ""
}

// linesRead takes the text 3.2's reader has decoded when it fails and
// returns the line being read then and the text of the lines before it.
// A "\r" at the very end does not end a line yet: the reader cannot tell
// it from a "\r\n" without the next piece.
func linesRead(read []byte) (lineno int, prefix string) {
	lineno = 1
	complete := 0
	for pos := 0; pos < len(read); {
		_, next := readLine(read, pos)
		if next == len(read) && (read[next-1] == '\r' || read[next-1] != '\n') {
			break
		}
		lineno++
		complete = next
		pos = next
	}
	return lineno, string(translateNewlines(read[:complete], false))
}

// decodeSourceBytes turns the bytes given to compile(), exec() or eval()
// into UTF-8 text as 3.2 does (PyTokenizer_FromString): line ends become
// "\n" first (and a final "\n" is added for exec input, the "exec" mode),
// then the BOM is dropped and a coding declaration is looked for on line 1
// and, unless line 1 declared an encoding other than UTF-8, on line 2 (each
// only if a "\n" ends it). The text is not checked to be UTF-8.
//
// Errors have line 0 and offset 0, which is what 3.2 gives them: "unknown
// encoding: NAME", "encoding problem: utf-8" (a declaration that disagrees
// with a BOM or with a "utf-8" declaration on line 1), or the codec's
// UnicodeDecodeError, whose positions count in the text after the newline
// translation and the BOM.
func decodeSourceBytes(filename string, src []byte, execInput bool) (string, *SyntaxError) {
	text := translateNewlines(src, execInput)
	encoding := ""
	if bytes.HasPrefix(text, utf8BOM) {
		text = text[3:]
		encoding = "utf-8"
	}
	declared := "" // an encoding other than UTF-8 (3.2's tok->enc)
	nl1 := bytes.IndexByte(text, '\n')
	for lineno, start, end := 1, 0, nl1; lineno <= 2 && end >= 0 && declared == ""; lineno++ {
		if spec, ok := codingSpec(text[start : end+1]); ok {
			switch {
			case encoding != "":
				if spec != encoding {
					return "", sourceError(filename, "encoding problem: "+encoding, 0)
				}
			case spec == "utf-8":
				encoding = spec
			default:
				encoding, declared = spec, spec
			}
		}
		start = end + 1
		if next := bytes.IndexByte(text[start:], '\n'); next >= 0 {
			end = start + next
		} else {
			end = -1
		}
	}
	if declared == "" {
		return string(text), nil
	}
	c := lookupCodec(declared)
	if c == nil {
		return "", sourceError(filename, "unknown encoding: "+declared, 0)
	}
	out, _, fail := c.decode(text, true)
	if fail != nil {
		return "", sourceError(filename, fail.Error(), 0)
	}
	return string(out), nil
}

// decodeSourceText prepares the text of a str given to compile(), exec()
// or eval(). 3.2 encodes it to UTF-8 (a lone surrogate fails there, with a
// UnicodeEncodeError that is the caller's to raise) and reads it with no
// BOM check and no coding declaration; only the line ends are made "\n"
// (and a final "\n" added for exec input).
func decodeSourceText(text string, execInput bool) string {
	return string(translateNewlines([]byte(text), execInput))
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

func sourceError(filename, msg string, lineno int) *SyntaxError {
	return &SyntaxError{Class: ClassSyntaxError, Msg: msg, Filename: filename, Lineno: lineno}
}

// readLine returns the line of src starting at pos with its end made "\n"
// (none if the file ends without one), and the offset after it.
func readLine(src []byte, pos int) (line []byte, next int) {
	i := pos
	for i < len(src) && src[i] != '\n' && src[i] != '\r' {
		i++
	}
	if i == len(src) {
		return src[pos:i], i
	}
	if src[i] == '\n' {
		return src[pos : i+1], i + 1
	}
	line = append(append([]byte(nil), src[pos:i]...), '\n')
	if i+1 < len(src) && src[i+1] == '\n' {
		return line, i + 2
	}
	return line, i + 1
}

// translateNewlines makes every "\r\n" and "\r" a "\n", and with addFinal
// ends the text with "\n" if it does not already.
func translateNewlines(src []byte, addFinal bool) []byte {
	if bytes.IndexByte(src, '\r') < 0 {
		if addFinal && (len(src) == 0 || src[len(src)-1] != '\n') {
			return append(append(make([]byte, 0, len(src)+1), src...), '\n')
		}
		return src
	}
	out := make([]byte, 0, len(src)+1)
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c == '\r' {
			c = '\n'
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
		}
		out = append(out, c)
	}
	if addFinal && (len(out) == 0 || out[len(out)-1] != '\n') {
		out = append(out, '\n')
	}
	return out
}

// codingSpec finds a PEP 263 declaration in one line as 3.2 does: the
// line must be a comment (only blanks, tabs and form feeds before the
// "#"), "coding" followed by ':' or '=' must occur in it, then optional
// blanks and tabs, then the name: letters, digits, '-', '_' and '.'. The
// first "coding" that is followed by a non-empty name wins. The name comes
// back normalised the way 3.2's get_normal_name does it: "utf-8" for
// utf-8 and utf-8-*, "iso-8859-1" for latin-1, iso-8859-1, iso-latin-1 and
// their "-*" forms (compared on the first twelve characters, '_' read as
// '-', in any case), as written otherwise.
func codingSpec(line []byte) (string, bool) {
	size := len(line)
	i := 0
	for ; i < size-6; i++ {
		if line[i] == '#' {
			break
		}
		if line[i] != ' ' && line[i] != '\t' && line[i] != '\f' {
			return "", false
		}
	}
	for ; i < size-6; i++ {
		if !bytes.HasPrefix(line[i:], []byte("coding")) {
			continue
		}
		t := i + 6
		if line[t] != ':' && line[t] != '=' {
			continue
		}
		t++
		for t < size && (line[t] == ' ' || line[t] == '\t') {
			t++
		}
		begin := t
		for t < size && isCodingNameChar(line[t]) {
			t++
		}
		if begin < t {
			return normalCodingName(string(line[begin:t])), true
		}
	}
	return "", false
}

func isCodingNameChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '-' || c == '_' || c == '.'
}

// normalCodingName is 3.2's get_normal_name.
func normalCodingName(s string) string {
	n := len(s)
	if n > 12 {
		n = 12
	}
	b := make([]byte, n)
	for i := 0; i < n; i++ {
		c := s[i]
		switch {
		case c == '_':
			c = '-'
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		b[i] = c
	}
	buf := string(b)
	hasPrefix := func(p string) bool { return len(buf) >= len(p) && buf[:len(p)] == p }
	switch {
	case buf == "utf-8" || hasPrefix("utf-8-"):
		return "utf-8"
	case buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" ||
		hasPrefix("latin-1-") || hasPrefix("iso-8859-1-") || hasPrefix("iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// invalidUTF8 returns the offset of the first byte of line that does not
// start a sequence 3.2's tokenizer accepts as UTF-8, or -1. Its test is
// structural only: a lead byte below 0xF8 followed by as many bytes in
// 0x80..0xBF as it announces (so overlong forms, encoded surrogates and
// leads 0xF5..0xF7 pass).
func invalidUTF8(line []byte) int {
	for i := 0; i < len(line); {
		c := line[i]
		n := 0
		switch {
		case c < 0x80:
			i++
			continue
		case c < 0xC0:
			return i
		case c < 0xE0:
			n = 1
		case c < 0xF0:
			n = 2
		case c < 0xF8:
			n = 3
		default:
			return i
		}
		for k := 1; k <= n; k++ {
			if i+k >= len(line) || line[i+k] < 0x80 || line[i+k] >= 0xC0 {
				return i
			}
		}
		i += n + 1
	}
	return -1
}

// endsInContinuation tells whether line 1 ends with a backslash that
// continues the statement onto line 2, which keeps 3.2 from looking for a
// declaration there. A line with a comment or a quote is taken not to (a
// close enough test: 3.2 knows from its tokenizer).
func endsInContinuation(line []byte) bool {
	line = bytes.TrimSuffix(line, []byte("\n"))
	return len(line) > 0 && line[len(line)-1] == '\\' && bytes.IndexAny(line, "#'\"") < 0
}

// DecodeForDisplay decodes a source file as its coding declaration (or
// BOM) says, for showing its lines in a traceback as CPython's
// _Py_DisplaySourceLine does; ok is false when it does not decode.
func DecodeForDisplay(filename string, src []byte) (text string, ok bool) {
	text, err := decodeSource(filename, src)
	return text, err == nil
}
