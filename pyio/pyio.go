// Package pyio is Python 3.2's io stack for Taipan: the file objects that
// open() returns and sys.stdin, stdout and stderr are.
//
// Three layers, as in CPython's _io module:
//
//   - FileIO, the raw file: a file descriptor, read and written with one
//     system call per operation;
//   - Buffered (the types BufferedReader, BufferedWriter and
//     BufferedRandom): a read-ahead buffer and a write buffer over a
//     FileIO;
//   - TextIO (the type TextIOWrapper): text over a Buffered (or, for
//     unbuffered standard streams, over a FileIO): encoding and decoding,
//     newline translation, line buffering.
//
// Each layer is a Go value whose methods Go code calls directly (print
// writes a str to a TextIO without making any Python object), and a
// Python object whose methods (read, write, readline, seek, ...) are
// registered on its type.
//
// Files are flushed when they are closed, when the program exits (Files
// tracks the open ones of an interpreter), when a new file is opened (so
// that open(name, 'w').write(data) followed by open(name).read() sees the
// data, as reference counting makes it in CPython), and when the garbage
// collector finds them unreachable.
package pyio

import (
	"strings"
	"sync"
	"weak"

	"github.com/taipan-py/taipan/py"
)

// DefaultBufferSize is io.DEFAULT_BUFFER_SIZE.
const DefaultBufferSize = 8192

// The messages of operations on closed files.
const (
	msgClosedDot = "I/O operation on closed file."
	msgClosed    = "I/O operation on closed file"
)

// UnsupportedOperation is io.UnsupportedOperation, raised by an operation
// a file does not support ("not writable").
var UnsupportedOperation = &py.Type{
	Name:   "UnsupportedOperation",
	Module: "io",
	Flags:  py.FlagBaseType | py.FlagHasDict,
}

func init() {
	UnsupportedOperation.Base = py.ValueError
	UnsupportedOperation.Bases = []*py.Type{py.ValueError, py.IOError}
	py.RegisterTypes(UnsupportedOperation, FileIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType, BufferedRWPairType, TextIOWrapperType)
}

func unsupported(msg string) error {
	return py.NewException(UnsupportedOperation, py.NewStr(msg))
}

func closedError(msg string) error { return py.Errorf(py.ValueError, "%s", msg) }

// Files tracks the files an interpreter has open for writing, to flush
// them all at exit or before another file is opened.
type Files struct {
	mu   sync.Mutex
	list []weak.Pointer[Buffered]
}

// add records a buffered file that may hold unwritten data.
func (fs *Files) add(b *Buffered) {
	if fs == nil {
		return
	}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	for i, w := range fs.list {
		if w.Value() == nil {
			fs.list[i] = weak.Make(b)
			return
		}
	}
	fs.list = append(fs.list, weak.Make(b))
}

// FlushAll writes the buffered data of every open file, ignoring errors.
func (fs *Files) FlushAll() {
	if fs == nil {
		return
	}
	fs.mu.Lock()
	var live []*Buffered
	n := 0
	for _, w := range fs.list {
		if b := w.Value(); b != nil {
			live = append(live, b)
			fs.list[n] = w
			n++
		}
	}
	fs.list = fs.list[:n]
	fs.mu.Unlock()
	for _, b := range live {
		_ = b.st.flush()
	}
}

// OpenArgs are the arguments of open() after the file.
type OpenArgs struct {
	Mode      string // "" means "r"
	Buffering int    // -1 for the default
	Encoding  string // "" for the default
	HasEnc    bool
	Errors    string
	HasErrors bool
	Newline   string
	HasNL     bool // newline was given (not None)
	CloseFD   bool
}

// Open is open(file, ...): file is a path (str or bytes) or a file
// descriptor (int). It returns a TextIO, a Buffered or a FileIO as the
// mode and buffering ask, with CPython 3.2's checks and messages.
func Open(t *py.Thread, files *Files, file py.Object, a OpenArgs) (py.Object, error) {
	switch file.(type) {
	case *py.Str, *py.Bytes, *py.Int:
	default:
		if file.Type().Int == nil && file.Type().Float == nil {
			r, err := py.Repr(t, file)
			if err != nil {
				return nil, err
			}
			return nil, py.Errorf(py.TypeError, "invalid file: %s", r)
		}
	}
	mode := a.Mode
	var reading, writing, appending, updating, text, binary, universal bool
	for i := 0; i < len(mode); i++ {
		c := mode[i]
		switch c {
		case 'r':
			reading = true
		case 'w':
			writing = true
		case 'a':
			appending = true
		case '+':
			updating = true
		case 't':
			text = true
		case 'b':
			binary = true
		case 'U':
			universal = true
			reading = true
		default:
			return nil, py.Errorf(py.ValueError, "invalid mode: '%s'", mode)
		}
		if strings.IndexByte(mode[i+1:], c) >= 0 {
			return nil, py.Errorf(py.ValueError, "invalid mode: '%s'", mode)
		}
	}
	rawmode := ""
	if reading {
		rawmode += "r"
	}
	if writing {
		rawmode += "w"
	}
	if appending {
		rawmode += "a"
	}
	if updating {
		rawmode += "+"
	}
	if universal && (writing || appending) {
		return nil, py.Errorf(py.ValueError, "can't use U and writing mode at once")
	}
	if text && binary {
		return nil, py.Errorf(py.ValueError, "can't have text and binary mode at once")
	}
	if b2i(reading)+b2i(writing)+b2i(appending) > 1 {
		return nil, py.Errorf(py.ValueError, "must have exactly one of read/write/append mode")
	}
	if binary && a.HasEnc {
		return nil, py.Errorf(py.ValueError, "binary mode doesn't take an encoding argument")
	}
	if binary && a.HasErrors {
		return nil, py.Errorf(py.ValueError, "binary mode doesn't take an errors argument")
	}
	if binary && a.HasNL {
		return nil, py.Errorf(py.ValueError, "binary mode doesn't take a newline argument")
	}
	files.FlushAll()
	raw, err := NewFileIO(t, file, rawmode, a.CloseFD)
	if err != nil {
		return nil, err
	}
	buffering := a.Buffering
	lineBuffering := false
	if buffering == 1 || (buffering < 0 && raw.isatty()) {
		buffering = -1
		lineBuffering = true
	}
	if buffering < 0 {
		buffering = raw.blockSize()
	}
	if buffering == 0 {
		if !binary {
			raw.close()
			return nil, py.Errorf(py.ValueError, "can't have unbuffered text I/O")
		}
		return raw, nil
	}
	var btype *py.Type
	switch {
	case updating:
		btype = BufferedRandomType
	case writing || appending:
		btype = BufferedWriterType
	case reading:
		btype = BufferedReaderType
	default:
		raw.close()
		return nil, py.Errorf(py.ValueError, "unknown mode: '%s'", mode)
	}
	buf := NewBuffered(btype, raw, buffering)
	if raw.writable {
		files.add(buf)
	}
	if binary {
		return buf, nil
	}
	tw, err := NewTextIO(t, buf, a.Encoding, a.HasEnc, a.Errors, a.HasErrors, a.Newline, a.HasNL, lineBuffering)
	if err != nil {
		buf.st.close()
		return nil, err
	}
	tw.Dict().SetStr(strMode, py.NewStr(mode))
	return tw, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

var (
	strName = py.NewStr("name")
	strMode = py.NewStr("mode")
)

// genericGetAttr is attribute lookup for a file object with an instance
// dict: a data descriptor of the type, then the dict, then the type's
// attribute.
func genericGetAttr(t *py.Thread, self py.Object, name *py.Str, dict *py.Dict) (py.Object, error) {
	typ := self.Type()
	descr := typ.Lookup(name)
	var get func(t *py.Thread, self, instance py.Object, owner *py.Type) (py.Object, error)
	if descr != nil {
		dt := descr.Type()
		get = dt.DescrGet
		if get != nil && dt.DescrSet != nil {
			return get(t, descr, self, typ)
		}
	}
	if dict != nil {
		if v := dict.GetStr(name); v != nil {
			return v, nil
		}
	}
	if get != nil {
		return get(t, descr, self, typ)
	}
	if descr != nil {
		return descr, nil
	}
	return nil, py.Errorf(py.AttributeError, "'%s' object has no attribute '%s'", qualName(typ), name)
}

// genericSetAttr is attribute assignment (value nil: deletion) for a file
// object with an instance dict.
func genericSetAttr(t *py.Thread, self py.Object, name *py.Str, value py.Object, dict *py.Dict) error {
	typ := self.Type()
	if descr := typ.Lookup(name); descr != nil {
		if set := descr.Type().DescrSet; set != nil {
			return set(t, descr, self, value)
		}
	}
	if value == nil {
		if !dict.DelStr(name) {
			return py.Errorf(py.AttributeError, "%s", name)
		}
		return nil
	}
	dict.SetStr(name, value)
	return nil
}

// qualName is the type's name as CPython's tp_name has it: "_io.FileIO".
func qualName(typ *py.Type) string {
	if typ.Module != "" && typ.Flags&py.FlagHeapType == 0 {
		return typ.Module + "." + typ.Name
	}
	return typ.Name
}

// noArgs checks a method that takes no arguments.
func noArgs(name string, args []py.Object, kwnames *py.Tuple) error {
	return py.NoArgs(name, args, kwnames)
}

// sizeArg converts the optional size argument of read() and readline():
// None or absent is -1; CPython's messages for other types.
func sizeArg(t *py.Thread, fname string, args []py.Object, kwnames *py.Tuple) (int, error) {
	var o py.Object
	if err := py.ParseTuple(fname, args, kwnames, 0, 1, &o); err != nil {
		return 0, err
	}
	if o == nil || o == py.None {
		return -1, nil
	}
	if _, ok := o.(*py.Float); ok {
		return 0, py.Errorf(py.TypeError, "integer argument expected, got float")
	}
	if _, ok := o.(*py.Int); !ok && o.Type().Index == nil {
		return 0, py.Errorf(py.TypeError, "integer argument expected, got '%s'", o.Type().Name)
	}
	return py.ArgIndex(t, o)
}

// BlockingIOError is io.BlockingIOError(errno, strerror,
// characters_written=0): a write to a non-blocking stream that could not
// complete, with how much it wrote.
var BlockingIOError = &py.Type{
	Name:   "BlockingIOError",
	Module: "io",
	Flags:  py.FlagBaseType | py.FlagHasDict,
	Doc:    "Exception raised when I/O would block on a non-blocking I/O stream",
}

var strCharactersWritten = py.NewStr("characters_written")

func init() {
	BlockingIOError.Base = py.IOError
	BlockingIOError.Bases = []*py.Type{py.IOError}
	BlockingIOError.Init = func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) error {
		var errno, strerror, written py.Object
		if err := py.ParseArgs("BlockingIOError", args, kwnames, []string{"errno", "strerror", "characters_written"}, 2, &errno, &strerror, &written); err != nil {
			return err
		}
		n := int64(0)
		if written != nil {
			v, err := py.ArgLong(t, written)
			if err != nil {
				return err
			}
			n = v
		}
		if err := py.IOError.Init(t, self, []py.Object{errno, strerror}, nil); err != nil {
			return err
		}
		if d := py.InstanceDict(self); d != nil {
			d.SetStr(strCharactersWritten, py.NewInt(n))
		}
		return nil
	}
	py.RegisterTypes(BlockingIOError)
}
