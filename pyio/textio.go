package pyio

import (
	"os"
	"strings"
	"unicode/utf8"

	"github.com/taipan-py/taipan/py"
)

// TextIO is a text file (io.TextIOWrapper) over a binary stream: a
// Buffered, a FileIO (for an unbuffered standard stream), or any object
// with the methods of a binary stream (a BytesIO, a class written in
// Python), which TextIO reads and writes through a Buffered of its own,
// as CPython's TextIOWrapper keeps pending bytes of its own.
type TextIO struct {
	buffer   py.Object // the stream, as the buffer attribute shows it
	buf      *Buffered // the Buffered written to, unless raw is set
	raw      *FileIO   // buffer when it is an unbuffered FileIO
	dict     *py.Dict
	encoding string // as given, or the locale's
	codec    codec
	errors   string

	readable, writable bool

	// Newline handling (see TextIOWrapper's newline argument).
	readUniversal bool   // \r, \n and \r\n all end lines
	readTranslate bool   // and read as \n
	readNL        string // the line ending when not universal
	writeNL       string // what \n is written as ("" for \n)
	lineBuffering bool
	seenNL        uint8 // the kinds of line ending read (seenCR, seenLF, seenCRLF)
	telling       bool
	pending       []byte // encoded text not yet given to buffer (unbuffered streams)
	decoded       string // decoded text not yet read
	pendingCR     bool   // a \r ended the last decoded chunk (translation waits for the next)
	undecoded     []byte // the incomplete end of the last chunk
	eof           bool
}

const (
	seenCR = 1 << iota
	seenLF
	seenCRLF
)

// TextIOWrapperType is io.TextIOWrapper.
var TextIOWrapperType = &py.Type{Name: "TextIOWrapper", Module: "_io", Flags: py.FlagHasDict}

// Type returns TextIOWrapper.
func (f *TextIO) Type() *py.Type { return TextIOWrapperType }

// Dict returns the instance dict (which holds mode).
func (f *TextIO) Dict() *py.Dict {
	if f.dict == nil {
		f.dict = py.NewDict()
	}
	return f.dict
}

// DefaultEncoding is the encoding text files get when open() names none:
// the locale's (CPython's locale.getpreferredencoding()), as the
// environment's LC_ALL, LC_CTYPE or LANG gives it: "UTF-8" for a UTF-8
// locale, "ANSI_X3.4-1968" (ASCII) for the C locale, UTF-8 when none is
// set.
func DefaultEncoding() string {
	for _, v := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		loc := os.Getenv(v)
		if loc == "" {
			continue
		}
		if loc == "C" || loc == "POSIX" {
			return "ANSI_X3.4-1968"
		}
		if i := strings.IndexByte(loc, '.'); i >= 0 {
			cs := loc[i+1:]
			if j := strings.IndexByte(cs, '@'); j >= 0 {
				cs = cs[:j]
			}
			switch strings.ToLower(strings.ReplaceAll(cs, "-", "")) {
			case "utf8":
				return "UTF-8"
			case "iso88591", "latin1":
				return "ISO-8859-1"
			}
			return cs
		}
		return "ANSI_X3.4-1968"
	}
	return "UTF-8"
}

// NewTextIO wraps buffer (a *Buffered or a *FileIO) in a text file, as
// TextIOWrapper(buffer, encoding, errors, newline, line_buffering) does.
func NewTextIO(t *py.Thread, buffer py.Object, encoding string, hasEnc bool, errors string, hasErrors bool, newline string, hasNL bool, lineBuffering bool) (*TextIO, error) {
	if hasNL && newline != "" && newline != "\n" && newline != "\r" && newline != "\r\n" {
		return nil, py.Errorf(py.ValueError, "illegal newline value: %s", newline)
	}
	f := &TextIO{lineBuffering: lineBuffering, telling: true}
	switch b := buffer.(type) {
	case *Buffered:
		f.buffer, f.buf = b, b
		f.readable, f.writable = b.st.readable, b.st.writable
	case *FileIO:
		f.buffer, f.raw = b, b
		f.readable, f.writable = b.readable, b.writable
	default:
		readable, err := callMethod(t, buffer, strReadable)
		if err != nil {
			return nil, err
		}
		writable, err := callMethod(t, buffer, strWritable)
		if err != nil {
			return nil, err
		}
		f.buffer = buffer
		f.readable, _ = py.IsTrue(t, readable)
		f.writable, _ = py.IsTrue(t, writable)
		f.buf = newBufferedOver(BufferedRWPairType, buffer, &pyRaw{t: t, obj: buffer}, DefaultBufferSize)
		f.buf.st.readable, f.buf.st.writable = f.readable, f.writable
	}
	if !hasEnc {
		encoding = DefaultEncoding()
	}
	if !hasErrors {
		errors = "strict"
	}
	c, err := lookupCodec(t, encoding)
	if err != nil {
		return nil, err
	}
	f.encoding, f.codec, f.errors = encoding, c, errors
	f.readUniversal = !hasNL || newline == ""
	f.readTranslate = !hasNL
	if hasNL {
		f.readNL = newline
	}
	if !f.readUniversal && newline != "\n" {
		f.writeNL = newline
	}
	return f, nil
}

// NewStdTextIO returns a standard stream: a TextIO over fd, buffered
// unless unbuffered (then writes go straight to the FileIO), with \n
// newlines, line-buffered when interactive (or unbuffered).
func NewStdTextIO(t *py.Thread, files *Files, fd int, write bool, name, encoding, errors string, unbuffered bool) (*TextIO, error) {
	mode := "r"
	if write {
		mode = "w"
	}
	raw := NewStdFileIO(fd, mode, name)
	lineBuffering := raw.isatty() || unbuffered
	var buffer py.Object = raw
	if !(unbuffered && write) {
		b := NewBuffered(map[bool]*py.Type{false: BufferedReaderType, true: BufferedWriterType}[write], raw, DefaultBufferSize)
		if write {
			files.add(b)
		}
		buffer = b
	}
	f, err := NewTextIO(t, buffer, encoding, encoding != "", errors, errors != "", "\n", true, lineBuffering)
	if err != nil {
		return nil, err
	}
	f.Dict().SetStr(strMode, py.NewStr(mode))
	return f, nil
}

func (f *TextIO) closed() bool {
	if f.buf != nil {
		return f.buf.st.rf.isClosed()
	}
	return f.raw.closed()
}

// WriteString writes text s, as write(s) does: newlines translated,
// encoded, flushed when line-buffered and s holds a line ending.
func (f *TextIO) WriteString(t *py.Thread, s *py.Str) error {
	if f.closed() {
		return closedError(msgClosedDot)
	}
	if !f.writable {
		return unsupported("not writable")
	}
	text := s.String()
	hasLF := strings.IndexByte(text, '\n') >= 0
	if hasLF && f.writeNL != "" {
		text = strings.ReplaceAll(text, "\n", f.writeNL)
		s = py.NewStr(text)
	}
	needFlush := f.lineBuffering && (hasLF || strings.IndexByte(text, '\r') >= 0)
	if f.decoded != "" || len(f.undecoded) > 0 || f.pendingCR {
		if err := f.discardReadAhead(); err != nil {
			return err
		}
	}
	if f.codec.canEncodeFast(text) {
		// Valid text in UTF-8, ASCII or Latin-1: straight into the buffer.
		if f.buf != nil {
			if err := f.buf.st.writeText(text, f.codec.kind); err != nil {
				return err
			}
			if needFlush {
				return f.buf.st.flush()
			}
			return nil
		}
		f.pending = appendEncoded(f.pending, text, f.codec.kind)
	} else {
		enc, err := py.Encode(t, s, f.codec.name, f.errors)
		if err != nil {
			return err
		}
		if f.buf != nil {
			if err := f.buf.st.write([]byte(enc.String())); err != nil {
				return err
			}
			if needFlush {
				return f.buf.st.flush()
			}
			return nil
		}
		f.pending = append(f.pending, enc.String()...)
	}
	if needFlush || len(f.pending) >= DefaultBufferSize {
		return f.flushPending()
	}
	return nil
}

// flushPending writes the text layer's own pending bytes (unbuffered
// streams only).
func (f *TextIO) flushPending() error {
	if len(f.pending) == 0 || f.raw == nil {
		return nil
	}
	err := f.raw.rf.writeAll(f.pending)
	f.pending = f.pending[:0]
	return err
}

// Flush writes everything written so far to the file.
func (f *TextIO) Flush() error {
	if f.closed() {
		return closedError(msgClosedDot)
	}
	if err := f.flushPending(); err != nil {
		return err
	}
	if f.buf != nil {
		if err := f.buf.st.flush(); err != nil {
			return err
		}
		if f.buf.raw != f.buffer {
			// A stream TextIO wraps itself: flush it too.
			return f.buf.st.rf.flush()
		}
	}
	return nil
}

// discardReadAhead drops decoded text not yet read, moving the stream
// back to the position of the text read so far (before a write).
func (f *TextIO) discardReadAhead() error {
	if f.buf == nil {
		f.decoded, f.undecoded, f.pendingCR = "", nil, false
		return nil
	}
	pos, err := f.tellPos()
	if err != nil {
		return err
	}
	f.decoded, f.undecoded, f.pendingCR, f.eof = "", nil, false, false
	_, err = f.buf.st.seek(pos, 0)
	return err
}

// readChunk reads and decodes the next chunk of the stream into decoded,
// reporting false at the end.
func (f *TextIO) readChunk(t *py.Thread) (bool, error) {
	if f.eof {
		return false, nil
	}
	var data []byte
	var err error
	if f.buf != nil {
		if f.codec.incremental {
			data, err = f.buf.st.read1(DefaultBufferSize)
		} else {
			data, err = f.buf.st.read(-1)
		}
	} else {
		p := make([]byte, DefaultBufferSize)
		var n int
		n, err = f.raw.rf.read(p)
		data = p[:n]
	}
	if err != nil {
		return false, err
	}
	eof := len(data) == 0 || !f.codec.incremental
	if len(f.undecoded) > 0 {
		data = append(f.undecoded, data...)
		f.undecoded = nil
	}
	if !eof {
		if k := incompleteTail(data, f.codec); k > 0 {
			f.undecoded = append([]byte(nil), data[len(data)-k:]...)
			data = data[:len(data)-k]
		}
	}
	text, err := f.codec.decode(t, data, f.errors)
	if err != nil {
		return false, err
	}
	if f.readTranslate || f.readUniversal {
		text = f.translate(text, eof)
	}
	f.decoded += text
	if eof {
		f.eof = true
		return text != "", nil
	}
	return true, nil
}

// readToEnd reads and decodes the rest of the stream into decoded, in
// one piece (reading chunk by chunk would copy the text again and again).
func (f *TextIO) readToEnd(t *py.Thread) error {
	if f.eof {
		return nil
	}
	var data []byte
	var err error
	if f.buf != nil {
		data, err = f.buf.st.read(-1)
	} else {
		data, err = f.raw.readAll()
	}
	if err != nil {
		return err
	}
	if len(f.undecoded) > 0 {
		data = append(f.undecoded, data...)
		f.undecoded = nil
	}
	text, err := f.codec.decode(t, data, f.errors)
	if err != nil {
		return err
	}
	if f.readTranslate || f.readUniversal {
		text = f.translate(text, true)
	} else if f.pendingCR {
		text = "\r" + text
		f.pendingCR = false
	}
	f.decoded += text
	f.eof = true
	return nil
}

// translate records the line endings of text and, when reading with
// translation, turns \r\n and \r into \n. A \r at the end waits for the
// next chunk unless final.
func (f *TextIO) translate(text string, final bool) string {
	if f.pendingCR {
		text = "\r" + text
		f.pendingCR = false
	}
	if !final && strings.HasSuffix(text, "\r") {
		text = text[:len(text)-1]
		f.pendingCR = true
	}
	if strings.IndexByte(text, '\r') < 0 {
		if strings.IndexByte(text, '\n') >= 0 {
			f.seenNL |= seenLF
		}
		return text
	}
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\r' && i+1 < len(text) && text[i+1] == '\n':
			f.seenNL |= seenCRLF
			if f.readTranslate {
				b.WriteByte('\n')
			} else {
				b.WriteString("\r\n")
			}
			i++
		case c == '\r':
			f.seenNL |= seenCR
			if f.readTranslate {
				b.WriteByte('\n')
			} else {
				b.WriteByte('\r')
			}
		case c == '\n':
			f.seenNL |= seenLF
			b.WriteByte('\n')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// lineEnd returns the index just past the first line ending in s, or -1;
// in universal mode without translation a \r at the end of s is not yet
// a line ending unless final.
func (f *TextIO) lineEnd(s string, final bool) int {
	switch {
	case f.readTranslate:
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			return i + 1
		}
	case f.readUniversal:
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			return -1
		}
		if s[i] == '\n' {
			return i + 1
		}
		if i+1 < len(s) {
			if s[i+1] == '\n' {
				return i + 2
			}
			return i + 1
		}
		if final {
			return i + 1
		}
	default:
		if i := strings.Index(s, f.readNL); i >= 0 {
			return i + len(f.readNL)
		}
	}
	return -1
}

// ReadLine returns the next line (with its ending), or "" at the end;
// limit >= 0 caps its length in code points.
func (f *TextIO) ReadLine(t *py.Thread, limit int) (string, error) {
	if f.closed() {
		return "", closedError(msgClosedDot)
	}
	if !f.readable {
		return "", unsupported("not readable")
	}
	if err := f.Flush(); err != nil {
		return "", err
	}
	for {
		end := f.lineEnd(f.decoded, f.eof)
		if limit >= 0 {
			if cut := byteOffsetOfRune(f.decoded, limit); cut >= 0 && (end < 0 || cut < end) {
				end = cut
			}
		}
		if end >= 0 {
			line := f.decoded[:end]
			f.decoded = f.decoded[end:]
			return line, nil
		}
		more, err := f.readChunk(t)
		if err != nil {
			return "", err
		}
		if !more && f.eof {
			if end := f.lineEnd(f.decoded, true); end >= 0 {
				line := f.decoded[:end]
				f.decoded = f.decoded[end:]
				return line, nil
			}
			line := f.decoded
			f.decoded = ""
			return line, nil
		}
	}
}

// byteOffsetOfRune returns the byte offset of code point n of s, or -1
// when s has no more than n code points.
func byteOffsetOfRune(s string, n int) int {
	for i := 0; i < len(s); {
		if n == 0 {
			return i
		}
		c := s[i]
		switch {
		case c < 0x80:
			i++
		case c < 0xE0:
			i += 2
		case c < 0xF0:
			i += 3
		default:
			i += 4
		}
		n--
	}
	return -1
}

// Read returns up to n code points (all that is left for n < 0).
func (f *TextIO) Read(t *py.Thread, n int) (string, error) {
	if f.closed() {
		return "", closedError(msgClosedDot)
	}
	if !f.readable {
		return "", unsupported("not readable")
	}
	if err := f.Flush(); err != nil {
		return "", err
	}
	if n < 0 {
		if err := f.readToEnd(t); err != nil {
			return "", err
		}
		s := f.decoded
		f.decoded = ""
		return s, nil
	}
	for {
		if cut := byteOffsetOfRune(f.decoded, n); cut >= 0 {
			s := f.decoded[:cut]
			f.decoded = f.decoded[cut:]
			return s, nil
		}
		more, err := f.readChunk(t)
		if err != nil {
			return "", err
		}
		if !more && f.eof {
			s := f.decoded
			f.decoded = ""
			return s, nil
		}
	}
}

// tellPos is the byte position of the next text to read: the stream's
// position less the bytes of what was decoded and not yet read.
func (f *TextIO) tellPos() (int64, error) {
	pos, err := f.buf.st.tell()
	if err != nil {
		return 0, err
	}
	pos -= int64(len(f.undecoded))
	if f.pendingCR {
		pos--
	}
	if f.decoded != "" {
		if b, ok := f.codec.encodeFast(f.decoded); ok {
			pos -= int64(len(b))
		} else {
			pos -= int64(len(f.decoded))
		}
	}
	return pos, nil
}

// Close flushes and closes the file.
func (f *TextIO) Close() error {
	if f.closed() {
		return nil
	}
	ferr := f.Flush()
	var cerr error
	if f.buf != nil {
		cerr = f.buf.st.close()
	} else {
		cerr = f.raw.close()
	}
	if ferr != nil {
		return ferr
	}
	return cerr
}

// codec is a text encoding: UTF-8, Latin-1 and ASCII are handled here
// (valid data without copying through a Python codec), others through
// the codecs of package py.
type codec struct {
	name        string // the Python codec name ("utf-8", "latin-1", "ascii", or as given)
	kind        int
	incremental bool // decodable chunk by chunk
}

const (
	codecOther = iota
	codecUTF8
	codecLatin1
	codecASCII
)

// normalizeEncoding is encodings.normalize_encoding: lower case, runs of
// punctuation as one underscore.
func normalizeEncoding(name string) string {
	var b strings.Builder
	punct := false
	for _, c := range strings.ToLower(name) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' {
			if punct && b.Len() > 0 {
				b.WriteByte('_')
			}
			punct = false
			b.WriteRune(c)
		} else {
			punct = true
		}
	}
	return b.String()
}

func lookupCodec(t *py.Thread, encoding string) (codec, error) {
	switch normalizeEncoding(encoding) {
	case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4":
		return codec{name: "utf-8", kind: codecUTF8, incremental: true}, nil
	case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_ir_100", "csisolatin1", "iso_8859_1_1987":
		return codec{name: "latin-1", kind: codecLatin1, incremental: true}, nil
	case "ascii", "us_ascii", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "646", "us", "iso646_us", "cp367", "csascii", "ibm367", "iso_ir_6", "iso_646.irv_1991":
		return codec{name: "ascii", kind: codecASCII, incremental: true}, nil
	}
	if _, err := py.Encode(t, py.NewStr(""), encoding, "strict"); err != nil {
		return codec{}, err
	}
	return codec{name: encoding, kind: codecOther}, nil
}

// canEncodeFast reports whether every code point of text (generalised
// UTF-8) can be encoded without an error handler.
func (c codec) canEncodeFast(text string) bool {
	switch c.kind {
	case codecUTF8:
		return !strings.Contains(text, "\xed") || utf8.ValidString(text)
	case codecASCII:
		for i := 0; i < len(text); i++ {
			if text[i] >= 0x80 {
				return false
			}
		}
		return true
	case codecLatin1:
		for _, r := range text {
			if r > 0xff {
				return false
			}
		}
		return true
	}
	return false
}

// appendEncoded appends text, which canEncodeFast accepted, encoded.
func appendEncoded(dst []byte, text string, kind int) []byte {
	if kind != codecLatin1 {
		return append(dst, text...)
	}
	for _, r := range text {
		dst = append(dst, byte(r))
	}
	return dst
}

// encodeFast encodes text (generalised UTF-8) when every code point can
// be encoded without an error handler.
func (c codec) encodeFast(text string) ([]byte, bool) {
	switch c.kind {
	case codecUTF8:
		if strings.Contains(text, "\xed") && !utf8.ValidString(text) {
			return nil, false // a lone surrogate
		}
		return []byte(text), true
	case codecASCII:
		for i := 0; i < len(text); i++ {
			if text[i] >= 0x80 {
				return nil, false
			}
		}
		return []byte(text), true
	case codecLatin1:
		b := make([]byte, 0, len(text))
		for _, r := range text {
			if r > 0xff {
				return nil, false
			}
			b = append(b, byte(r))
		}
		return b, true
	}
	return nil, false
}

// decode decodes data with the error handler errors.
func (c codec) decode(t *py.Thread, data []byte, errors string) (string, error) {
	switch c.kind {
	case codecUTF8:
		if utf8.Valid(data) {
			return string(data), nil
		}
	case codecASCII:
		ok := true
		for _, b := range data {
			if b >= 0x80 {
				ok = false
				break
			}
		}
		if ok {
			return string(data), nil
		}
	case codecLatin1:
		var b strings.Builder
		for _, x := range data {
			b.WriteRune(rune(x))
		}
		return b.String(), nil
	}
	s, err := py.Decode(t, string(data), c.name, errors)
	if err != nil {
		return "", err
	}
	return s.String(), nil
}

// incompleteTail returns how many bytes at the end of data begin a UTF-8
// sequence that the next chunk may complete.
func incompleteTail(data []byte, c codec) int {
	if c.kind != codecUTF8 {
		return 0
	}
	for k := 1; k <= 3 && k <= len(data); k++ {
		b := data[len(data)-k]
		if b < 0x80 {
			return 0
		}
		if b >= 0xC0 {
			need := 2
			if b >= 0xF0 {
				need = 4
			} else if b >= 0xE0 {
				need = 3
			}
			if need > k {
				return k
			}
			return 0
		}
	}
	return 0
}
