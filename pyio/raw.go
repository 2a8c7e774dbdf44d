package pyio

import (
	"github.com/taipan-py/taipan/py"
)

// rawStream is what a Buffered reads and writes: a file descriptor
// (rawFile), or a Python object with the raw methods (pyRaw).
type rawStream interface {
	read(p []byte) (int, error) // one read; 0 at the end
	writeAll(p []byte) error
	seek(pos int64, whence int) (int64, error)
	isSeekable() bool
	closeFD() error // close the stream
	isClosed() bool
	flush() error // the stream's own flush (after the buffer's is written)
}

func (rf *rawFile) isClosed() bool { return rf.fd < 0 }
func (rf *rawFile) flush() error   { return nil }

// readAllRaw reads rs to its end.
func readAllRaw(rs rawStream) ([]byte, error) {
	if rf, ok := rs.(*rawFile); ok {
		return (&FileIO{rf: rf}).readAll()
	}
	var all []byte
	chunk := make([]byte, DefaultBufferSize)
	for {
		n, err := rs.read(chunk)
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return all, nil
		}
		all = append(all, chunk[:n]...)
	}
}

var (
	strTruncate = py.NewStr("truncate")
	strFileno   = py.NewStr("fileno")
)

// pyRaw is a raw stream written in Python (or any object with readinto,
// write, seek, seekable, close, closed and flush): Buffered calls its
// methods as CPython's buffered objects call a raw stream's.
type pyRaw struct {
	t   *py.Thread
	obj py.Object
}

func (r *pyRaw) read(p []byte) (int, error) {
	ba := py.NewByteArray(make([]byte, len(p)))
	res, err := callMethod(r.t, r.obj, strReadinto, ba)
	if err != nil {
		return 0, err
	}
	if res == py.None {
		return 0, nil
	}
	n, err := py.ArgIndex(r.t, res)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > len(p) {
		return 0, py.Errorf(py.IOError, "raw readinto() returned invalid length %d (should have been between 0 and %d)", n, len(p))
	}
	return copy(p, ba.Bytes()[:n]), nil
}

func (r *pyRaw) writeAll(p []byte) error {
	for len(p) > 0 {
		res, err := callMethod(r.t, r.obj, strWrite, py.NewBytes(string(p)))
		if err != nil {
			return err
		}
		if res == py.None {
			continue
		}
		n, err := py.ArgIndex(r.t, res)
		if err != nil {
			return err
		}
		if n < 0 || n > len(p) {
			return py.Errorf(py.IOError, "raw write() returned invalid length %d (should have been between 0 and %d)", n, len(p))
		}
		p = p[n:]
	}
	return nil
}

func (r *pyRaw) seek(pos int64, whence int) (int64, error) {
	res, err := callMethod(r.t, r.obj, strSeek, py.NewInt(pos), py.NewInt(int64(whence)))
	if err != nil {
		return 0, err
	}
	n, err := py.ArgLong(r.t, res)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, py.Errorf(py.IOError, "Raw stream returned invalid position %d", n)
	}
	return n, nil
}

func (r *pyRaw) isSeekable() bool {
	res, err := callMethod(r.t, r.obj, strSeekable)
	if err != nil {
		return false
	}
	ok, err := py.IsTrue(r.t, res)
	return err == nil && ok
}

func (r *pyRaw) closeFD() error {
	_, err := callMethod(r.t, r.obj, strClose)
	return err
}

func (r *pyRaw) isClosed() bool {
	c, err := py.GetAttr(r.t, r.obj, strClosed)
	if err != nil {
		return false
	}
	closed, err := py.IsTrue(r.t, c)
	return err == nil && closed
}

func (r *pyRaw) flush() error {
	_, err := callMethod(r.t, r.obj, strFlush)
	return err
}

// rwPair is the raw side of a BufferedRWPair: reads from one object,
// writes to another, never seekable.
type rwPair struct {
	r, w *pyRaw
}

func (p *rwPair) read(b []byte) (int, error)     { return p.r.read(b) }
func (p *rwPair) writeAll(b []byte) error        { return p.w.writeAll(b) }
func (p *rwPair) seek(int64, int) (int64, error) { return 0, unsupported("seek") }
func (p *rwPair) isSeekable() bool               { return false }
func (p *rwPair) isClosed() bool                 { return p.w.isClosed() }
func (p *rwPair) flush() error                   { return p.w.flush() }
func (p *rwPair) closeFD() error {
	err := p.w.closeFD()
	if rerr := p.r.closeFD(); err == nil {
		err = rerr
	}
	return err
}

// rawOf returns the raw stream of a Python object: its descriptor when
// it is a FileIO, else its methods.
func rawOf(t *py.Thread, raw py.Object) rawStream {
	if f, ok := raw.(*FileIO); ok {
		return f.rf
	}
	return &pyRaw{t: t, obj: raw}
}

// requireAbility calls raw._checkReadable() (or _checkWritable,
// _checkSeekable), which raises UnsupportedOperation when the stream
// cannot.
func requireAbility(t *py.Thread, raw py.Object, method *py.Str) error {
	_, err := callMethod(t, raw, method)
	return err
}

var (
	strCheckReadable = py.NewStr("_checkReadable")
	strCheckWritable = py.NewStr("_checkWritable")
	strCheckSeekable = py.NewStr("_checkSeekable")
)

// bufferedNew is BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE),
// BufferedWriter(raw, buffer_size, max_buffer_size),
// BufferedRandom(raw, buffer_size, max_buffer_size) and
// BufferedRWPair(reader, writer, buffer_size, max_buffer_size).
func bufferedNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if typ == BufferedRWPairType {
		var reader, writer, size, maxSize py.Object
		if err := py.ParseTuple("BufferedRWPair", args, kwnames, 2, 4, &reader, &writer, &size, &maxSize); err != nil {
			return nil, err
		}
		n, err := bufferSize(t, size)
		if err != nil {
			return nil, err
		}
		if err := requireAbility(t, reader, strCheckReadable); err != nil {
			return nil, err
		}
		if err := requireAbility(t, writer, strCheckWritable); err != nil {
			return nil, err
		}
		rs := &rwPair{r: &pyRaw{t: t, obj: reader}, w: &pyRaw{t: t, obj: writer}}
		return newBufferedOver(typ, writer, rs, n), nil
	}
	var raw, size, maxSize py.Object
	kw := []string{"raw", "buffer_size"}
	if typ != BufferedReaderType {
		kw = append(kw, "max_buffer_size")
	}
	if err := py.ParseArgs(typ.Name, args, kwnames, kw, 1, &raw, &size, &maxSize); err != nil {
		return nil, err
	}
	n, err := bufferSize(t, size)
	if err != nil {
		return nil, err
	}
	if typ != BufferedWriterType {
		if err := requireAbility(t, raw, strCheckReadable); err != nil {
			return nil, err
		}
	}
	if typ != BufferedReaderType {
		if err := requireAbility(t, raw, strCheckWritable); err != nil {
			return nil, err
		}
	}
	if typ == BufferedRandomType {
		if err := requireAbility(t, raw, strCheckSeekable); err != nil {
			return nil, err
		}
	}
	return newBufferedOver(typ, raw, rawOf(t, raw), n), nil
}

func bufferSize(t *py.Thread, o py.Object) (int, error) {
	if o == nil {
		return DefaultBufferSize, nil
	}
	n, err := py.ArgIndex(t, o)
	if err != nil {
		return 0, err
	}
	if n <= 0 {
		return 0, py.Errorf(py.ValueError, "buffer size must be strictly positive")
	}
	return n, nil
}
