package pyio

import (
	"bytes"
	"runtime"

	"github.com/taipan-py/taipan/py"
)

// Buffered is a buffered binary file: io.BufferedReader, BufferedWriter,
// BufferedRandom or BufferedRWPair (its type says which) over a raw
// stream: a FileIO, or any object with the raw methods (readinto,
// write, seek, ...), called through Python.
type Buffered struct {
	typ *py.Type
	raw py.Object
	st  *bufState
}

// bufState is a Buffered's data, kept apart so that the cleanup that
// flushes an unreachable file can hold it.
type bufState struct {
	rf       rawStream
	size     int
	readable bool
	writable bool
	closed   bool
	rbuf     []byte // read-ahead; unread data is rbuf[rpos:]
	rpos     int
	wbuf     []byte // data not yet written
}

// The buffered file types.
var (
	BufferedReaderType = &py.Type{Name: "BufferedReader", Module: "_io"}
	BufferedWriterType = &py.Type{Name: "BufferedWriter", Module: "_io"}
	BufferedRandomType = &py.Type{Name: "BufferedRandom", Module: "_io"}
	BufferedRWPairType = &py.Type{Name: "BufferedRWPair", Module: "_io"}
)

// Type returns the buffered file's type.
func (b *Buffered) Type() *py.Type { return b.typ }

// NewBuffered wraps raw in a buffer of size bytes; typ is one of the
// three buffered types and decides what the file can do.
func NewBuffered(typ *py.Type, raw *FileIO, size int) *Buffered {
	return newBufferedOver(typ, raw, raw.rf, size)
}

// newBufferedOver wraps the raw stream rs (whose Python object is raw).
func newBufferedOver(typ *py.Type, raw py.Object, rs rawStream, size int) *Buffered {
	st := &bufState{rf: rs, size: size}
	st.readable = typ != BufferedWriterType
	st.writable = typ != BufferedReaderType
	b := &Buffered{typ: typ, raw: raw, st: st}
	if _, ok := rs.(*rawFile); ok && st.writable {
		// Only a descriptor is flushed by the collector: a stream
		// written in Python cannot run on the collector's goroutine.
		runtime.AddCleanup(b, flushOnCollect, st)
	}
	return b
}

// flushOnCollect writes what an unreachable file still holds, as
// CPython's deallocation of a file does.
func flushOnCollect(st *bufState) {
	if !st.closed {
		_ = st.flush()
	}
}

func (st *bufState) checkReadable() error {
	if !st.readable {
		return unsupported("read")
	}
	return nil
}

// flush writes the write buffer to the raw file.
func (st *bufState) flush() error {
	if len(st.wbuf) == 0 || st.rf.isClosed() {
		return nil
	}
	err := st.rf.writeAll(st.wbuf)
	st.wbuf = st.wbuf[:0]
	return err
}

// dropReadAhead gives the raw position back the read-ahead not yet
// consumed (before a write or a seek).
func (st *bufState) dropReadAhead() error {
	if n := len(st.rbuf) - st.rpos; n > 0 && st.rf.isSeekable() {
		if _, err := st.rf.seek(int64(-n), 1); err != nil {
			return err
		}
	}
	st.rbuf, st.rpos = st.rbuf[:0], 0
	return nil
}

// write appends p to the write buffer, writing it out when full.
func (st *bufState) write(p []byte) error {
	if len(st.rbuf) > st.rpos {
		if err := st.dropReadAhead(); err != nil {
			return err
		}
	}
	if len(st.wbuf)+len(p) <= st.size {
		if st.wbuf == nil {
			st.wbuf = make([]byte, 0, st.size)
		}
		st.wbuf = append(st.wbuf, p...)
		return nil
	}
	if err := st.flush(); err != nil {
		return err
	}
	if len(p) >= st.size {
		return st.rf.writeAll(p)
	}
	st.wbuf = append(st.wbuf, p...)
	return nil
}

// writeText appends text encoded (see appendEncoded) to the write
// buffer, writing the buffer out when full.
func (st *bufState) writeText(text string, kind int) error {
	if len(st.rbuf) > st.rpos {
		if err := st.dropReadAhead(); err != nil {
			return err
		}
	}
	if len(st.wbuf)+len(text) > st.size {
		if err := st.flush(); err != nil {
			return err
		}
	}
	if st.wbuf == nil {
		st.wbuf = make([]byte, 0, st.size)
	}
	st.wbuf = appendEncoded(st.wbuf, text, kind)
	if len(st.wbuf) >= st.size {
		return st.flush()
	}
	return nil
}

// fill reads more data from the raw file into the read buffer (one
// system call), returning how many bytes came (0 at the end).
func (st *bufState) fill() (int, error) {
	if err := st.flush(); err != nil {
		return 0, err
	}
	if st.rpos > 0 {
		n := copy(st.rbuf, st.rbuf[st.rpos:])
		st.rbuf, st.rpos = st.rbuf[:n], 0
	}
	if cap(st.rbuf)-len(st.rbuf) < st.size {
		nb := make([]byte, len(st.rbuf), len(st.rbuf)+st.size)
		copy(nb, st.rbuf)
		st.rbuf = nb
	}
	n, err := st.rf.read(st.rbuf[len(st.rbuf):cap(st.rbuf)])
	st.rbuf = st.rbuf[:len(st.rbuf)+n]
	return n, err
}

// read returns up to n bytes (all that is left for n < 0), reading the
// raw file until n bytes or its end.
func (st *bufState) read(n int) ([]byte, error) {
	if n < 0 {
		rest := append([]byte(nil), st.rbuf[st.rpos:]...)
		st.rbuf, st.rpos = st.rbuf[:0], 0
		if err := st.flush(); err != nil {
			return nil, err
		}
		more, err := readAllRaw(st.rf)
		if err != nil {
			return nil, err
		}
		return append(rest, more...), nil
	}
	for len(st.rbuf)-st.rpos < n {
		m, err := st.fill()
		if err != nil {
			return nil, err
		}
		if m == 0 {
			break
		}
	}
	avail := len(st.rbuf) - st.rpos
	if n > avail {
		n = avail
	}
	out := st.rbuf[st.rpos : st.rpos+n]
	st.rpos += n
	return out, nil
}

// read1 returns up to n bytes with at most one raw read.
func (st *bufState) read1(n int) ([]byte, error) {
	if len(st.rbuf) == st.rpos {
		if _, err := st.fill(); err != nil {
			return nil, err
		}
	}
	avail := len(st.rbuf) - st.rpos
	if n < 0 || n > avail {
		n = avail
	}
	out := st.rbuf[st.rpos : st.rpos+n]
	st.rpos += n
	return out, nil
}

// readline returns the next line with its "\n" (at most limit bytes when
// limit >= 0).
func (st *bufState) readline(limit int) ([]byte, error) {
	start := st.rpos
	scanned := 0
	for {
		data := st.rbuf[start:]
		if i := bytes.IndexByte(data[scanned:], '\n'); i >= 0 {
			end := scanned + i + 1
			if limit >= 0 && end > limit {
				end = limit
			}
			line := append([]byte(nil), data[:end]...)
			st.rpos = start + end
			return line, nil
		}
		scanned = len(data)
		if limit >= 0 && scanned >= limit {
			line := append([]byte(nil), data[:limit]...)
			st.rpos = start + limit
			return line, nil
		}
		st.rpos = start
		m, err := st.fill()
		start = st.rpos
		if err != nil {
			return nil, err
		}
		if m == 0 {
			line := append([]byte(nil), st.rbuf[start:]...)
			st.rpos = len(st.rbuf)
			return line, nil
		}
	}
}

// tell returns the logical position.
func (st *bufState) tell() (int64, error) {
	pos, err := st.rf.seek(0, 1)
	if err != nil {
		return 0, err
	}
	return pos - int64(len(st.rbuf)-st.rpos) + int64(len(st.wbuf)), nil
}

// seek moves the logical position.
func (st *bufState) seek(pos int64, whence int) (int64, error) {
	if err := st.flush(); err != nil {
		return 0, err
	}
	if whence == 1 {
		pos -= int64(len(st.rbuf) - st.rpos)
	}
	st.rbuf, st.rpos = st.rbuf[:0], 0
	return st.rf.seek(pos, whence)
}

// close flushes and closes the raw file.
func (st *bufState) close() error {
	if st.closed {
		return nil
	}
	err := st.flush()
	st.closed = true
	if cerr := st.rf.closeFD(); err == nil {
		err = cerr
	}
	return err
}

func asBuffered(self py.Object) *Buffered { return self.(*Buffered) }

func init() {
	for _, t := range []*py.Type{BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType} {
		t.Base = BufferedIOBaseType
		t.New = bufferedNew
		t.Repr = bufferedRepr
		t.Iter = iobaseIter
		t.Next = bufferedNext
		t.AddMethods(
			py.MethodDef{Name: "flush", Fn: bufferedFlush},
			py.MethodDef{Name: "close", Fn: bufferedClose},
			py.MethodDef{Name: "detach", Fn: bufferedDetach},
			py.MethodDef{Name: "seek", Fn: bufferedSeek},
			py.MethodDef{Name: "tell", Fn: bufferedTell},
			py.MethodDef{Name: "truncate", Fn: bufferedTruncate},
			py.MethodDef{Name: "fileno", Fn: bufferedFileno},
			py.MethodDef{Name: "isatty", Fn: bufferedIsatty},
			py.MethodDef{Name: "readable", Fn: bufferedReadable},
			py.MethodDef{Name: "writable", Fn: bufferedWritable},
			py.MethodDef{Name: "seekable", Fn: bufferedSeekable},
			py.MethodDef{Name: "readlines", Fn: iobaseReadlines},
			py.MethodDef{Name: "writelines", Fn: iobaseWritelines},
			py.MethodDef{Name: "__enter__", Fn: iobaseEnter},
			py.MethodDef{Name: "__exit__", Fn: iobaseExit},
		)
		t.AddGetSets(
			py.GetSetDef{Name: "raw", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
				return asBuffered(self).raw, nil
			}},
			py.GetSetDef{Name: "closed", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
				return py.NewBool(asBuffered(self).st.rf.isClosed()), nil
			}},
			py.GetSetDef{Name: "name", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
				return py.GetAttr(th, asBuffered(self).raw, strName)
			}},
			py.GetSetDef{Name: "mode", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
				return py.GetAttr(th, asBuffered(self).raw, strMode)
			}},
		)
	}
	for _, t := range []*py.Type{BufferedReaderType, BufferedRandomType, BufferedRWPairType} {
		t.AddMethods(
			py.MethodDef{Name: "read", Fn: bufferedRead},
			py.MethodDef{Name: "read1", Fn: bufferedRead1},
			py.MethodDef{Name: "peek", Fn: bufferedPeek},
			py.MethodDef{Name: "readline", Fn: bufferedReadline},
		)
	}
	for _, t := range []*py.Type{BufferedWriterType, BufferedRandomType, BufferedRWPairType} {
		t.AddMethods(py.MethodDef{Name: "write", Fn: bufferedWrite})
	}
	BufferedReaderType.AddMethods(
		py.MethodDef{Name: "write", Fn: unsupportedMethod("write")},
	)
	BufferedWriterType.AddMethods(
		py.MethodDef{Name: "read", Fn: unsupportedMethod("read")},
		py.MethodDef{Name: "readline", Fn: unsupportedMethod("read")},
	)
}

// unsupportedMethod is a method of io's base classes that a file type
// does not override: it raises UnsupportedOperation(name).
func unsupportedMethod(name string) py.MethodFunc {
	return func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		return nil, unsupported(name)
	}
}

func bufferedRepr(t *py.Thread, self py.Object) (py.Object, error) {
	b := asBuffered(self)
	name, err := py.GetAttr(t, b.raw, strName)
	if err != nil {
		if py.ErrorMatches(err, py.AttributeError) {
			return py.NewStr("<_io." + b.typ.Name + ">"), nil
		}
		return nil, err
	}
	r, err := py.Repr(t, name)
	if err != nil {
		return nil, err
	}
	return py.NewStr("<_io." + b.typ.Name + " name=" + r.String() + ">"), nil
}

func (b *Buffered) check(msg string) error {
	if b.st.rf.isClosed() {
		return closedError(msg)
	}
	return nil
}

func bufferedRead(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	b := asBuffered(self)
	n, err := sizeArg(t, "read", args, kwnames)
	if err != nil {
		return nil, err
	}
	if n < -1 {
		return nil, py.Errorf(py.ValueError, "read length must be positive or -1")
	}
	if err := b.check("read of closed file"); err != nil {
		return nil, err
	}
	data, err := b.st.read(n)
	if err != nil {
		return nil, err
	}
	return py.NewBytes(string(data)), nil
}

func bufferedRead1(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	b := asBuffered(self)
	var nArg py.Object
	if err := py.ParseTuple("read1", args, kwnames, 1, 1, &nArg); err != nil {
		return nil, err
	}
	n, err := py.ArgIndex(t, nArg)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.Errorf(py.ValueError, "read length must be positive")
	}
	if err := b.check(msgClosed); err != nil {
		return nil, err
	}
	data, err := b.st.read1(n)
	if err != nil {
		return nil, err
	}
	return py.NewBytes(string(data)), nil
}

func bufferedPeek(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	b := asBuffered(self)
	var nArg py.Object
	if err := py.ParseTuple("peek", args, kwnames, 0, 1, &nArg); err != nil {
		return nil, err
	}
	if err := b.check(msgClosed); err != nil {
		return nil, err
	}
	st := b.st
	if len(st.rbuf) == st.rpos {
		if _, err := st.fill(); err != nil {
			return nil, err
		}
	}
	return py.NewBytes(string(st.rbuf[st.rpos:])), nil
}

func bufferedReadline(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	b := asBuffered(self)
	limit, err := sizeArg(t, "readline", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := b.check("readline of closed file"); err != nil {
		return nil, err
	}
	line, err := b.st.readline(limit)
	if err != nil {
		return nil, err
	}
	return py.NewBytes(string(line)), nil
}

func bufferedNext(t *py.Thread, self py.Object) (py.Object, error) {
	b := asBuffered(self)
	if err := b.check("readline of closed file"); err != nil {
		return nil, err
	}
	if err := b.st.checkReadable(); err != nil {
		return nil, err
	}
	line, err := b.st.readline(-1)
	if err != nil || len(line) == 0 {
		return nil, err
	}
	return py.NewBytes(string(line)), nil
}

func bufferedWrite(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	b := asBuffered(self)
	data, err := py.OneArg("write", args, kwnames)
	if err != nil {
		return nil, err
	}
	p, err := bytesArg(data)
	if err != nil {
		return nil, err
	}
	if b.st.rf.isClosed() {
		return nil, py.Errorf(py.ValueError, "write to closed file")
	}
	if err := b.st.write(p); err != nil {
		return nil, err
	}
	return py.NewInt(int64(len(p))), nil
}

func bufferedFlush(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("flush", args, kwnames); err != nil {
		return nil, err
	}
	b := asBuffered(self)
	if err := b.check(msgClosedDot); err != nil {
		return nil, err
	}
	if err := b.st.flush(); err != nil {
		return nil, err
	}
	if err := b.st.rf.flush(); err != nil {
		return nil, err
	}
	return py.None, nil
}

func bufferedClose(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("close", args, kwnames); err != nil {
		return nil, err
	}
	b := asBuffered(self)
	if b.st.rf.isClosed() {
		return py.None, nil
	}
	if err := b.st.close(); err != nil {
		return nil, err
	}
	return py.None, nil
}

func bufferedDetach(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("detach", args, kwnames); err != nil {
		return nil, err
	}
	b := asBuffered(self)
	if err := b.st.flush(); err != nil {
		return nil, err
	}
	return b.raw, nil
}

func bufferedSeek(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	b := asBuffered(self)
	pos, whence, err := seekArgs(t, args, kwnames)
	if err != nil {
		return nil, err
	}
	if whence < 0 || whence > 2 {
		return nil, py.Errorf(py.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if err := b.check("seek of closed file"); err != nil {
		return nil, err
	}
	n, err := b.st.seek(pos, whence)
	if err != nil {
		return nil, err
	}
	return py.NewInt(n), nil
}

func bufferedTell(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("tell", args, kwnames); err != nil {
		return nil, err
	}
	b := asBuffered(self)
	if err := b.check(msgClosed); err != nil {
		return nil, err
	}
	n, err := b.st.tell()
	if err != nil {
		return nil, err
	}
	return py.NewInt(n), nil
}

func bufferedTruncate(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	b := asBuffered(self)
	if err := b.check(msgClosed); err != nil {
		return nil, err
	}
	if !b.st.writable {
		return nil, unsupported("File not open for writing")
	}
	if err := b.st.flush(); err != nil {
		return nil, err
	}
	var posArg py.Object
	if err := py.ParseTuple("truncate", args, kwnames, 0, 1, &posArg); err != nil {
		return nil, err
	}
	if posArg == nil || posArg == py.None {
		pos, err := b.st.tell()
		if err != nil {
			return nil, err
		}
		posArg = py.NewInt(pos)
	}
	if err := b.st.dropReadAhead(); err != nil {
		return nil, err
	}
	if f, ok := b.raw.(*FileIO); ok {
		return fileioTruncate(t, f, []py.Object{posArg}, nil)
	}
	return callMethod(t, b.raw, py.NewStr("truncate"), posArg)
}

func bufferedFileno(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if f, ok := asBuffered(self).raw.(*FileIO); ok {
		return fileioFileno(t, f, args, kwnames)
	}
	return callMethod(t, asBuffered(self).raw, py.NewStr("fileno"))
}

func bufferedIsatty(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if f, ok := asBuffered(self).raw.(*FileIO); ok {
		return fileioIsatty(t, f, args, kwnames)
	}
	return callMethod(t, asBuffered(self).raw, py.NewStr("isatty"))
}

func bufferedReadable(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("readable", args, kwnames); err != nil {
		return nil, err
	}
	b := asBuffered(self)
	if err := b.check(msgClosed); err != nil {
		return nil, err
	}
	return py.NewBool(b.st.readable), nil
}

func bufferedWritable(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("writable", args, kwnames); err != nil {
		return nil, err
	}
	b := asBuffered(self)
	if err := b.check(msgClosed); err != nil {
		return nil, err
	}
	return py.NewBool(b.st.writable), nil
}

func bufferedSeekable(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("seekable", args, kwnames); err != nil {
		return nil, err
	}
	b := asBuffered(self)
	if err := b.check(msgClosed); err != nil {
		return nil, err
	}
	return py.NewBool(b.st.rf.isSeekable()), nil
}
