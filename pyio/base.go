package pyio

import "github.com/taipan-py/taipan/py"

// The abstract bases of the io hierarchy, as _io has them: _IOBase,
// _RawIOBase, _BufferedIOBase and _TextIOBase. Their methods are written
// over the object's own Python methods (readline over peek and read,
// read over readinto, tell over seek, ...), so a class written in Python
// that derives from one and supplies the primitive methods gets the rest.
// The io module's IOBase, RawIOBase, BufferedIOBase and TextIOBase are
// abstract classes made over these (see modules/iomod).

// IOBase is an instance of one of the abstract bases or of a Python
// class deriving from one: it only remembers whether it is closed.
type IOBase struct {
	py.Ext
	closed bool
}

// Type returns the instance's class.
func (b *IOBase) Type() *py.Type { return b.ExtType() }

// The abstract base types.
var (
	IOBaseType         = &py.Type{Name: "_IOBase", Module: "_io", Flags: py.FlagBaseType | py.FlagHasDict}
	RawIOBaseType      = &py.Type{Name: "_RawIOBase", Module: "_io", Base: IOBaseType, Flags: py.FlagBaseType | py.FlagHasDict}
	BufferedIOBaseType = &py.Type{Name: "_BufferedIOBase", Module: "_io", Base: IOBaseType, Flags: py.FlagBaseType | py.FlagHasDict}
	TextIOBaseType     = &py.Type{Name: "_TextIOBase", Module: "_io", Base: IOBaseType, Flags: py.FlagBaseType | py.FlagHasDict}
)

var (
	strSeek     = py.NewStr("seek")
	strFlush    = py.NewStr("flush")
	strPeek     = py.NewStr("peek")
	strRead     = py.NewStr("read")
	strReadinto = py.NewStr("readinto")
	strReadall  = py.NewStr("readall")
	strSeekable = py.NewStr("seekable")
	strReadable = py.NewStr("readable")
	strWritable = py.NewStr("writable")
)

func iobaseNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return &IOBase{Ext: py.NewExt(typ, nil)}, nil
}

// ioClosedFlag returns where self records that IOBase.close ran: the
// IOBase struct of the abstract bases' instances, else nil (the concrete
// types have closed states of their own).
func ioClosedFlag(self py.Object) *bool {
	if b, ok := self.(*IOBase); ok {
		return &b.closed
	}
	return nil
}

func init() {
	t := IOBaseType
	t.Doc = "The abstract base class for all I/O classes, acting on streams of bytes."
	t.New = iobaseNew
	t.Iter = iobaseIter
	t.Next = iobaseNext
	t.AddMethods(
		py.MethodDef{Name: "seek", Fn: unsupportedMethod("seek")},
		py.MethodDef{Name: "tell", Fn: iobaseTell},
		py.MethodDef{Name: "truncate", Fn: unsupportedMethod("truncate")},
		py.MethodDef{Name: "flush", Fn: iobaseFlush},
		py.MethodDef{Name: "close", Fn: iobaseClose},
		py.MethodDef{Name: "seekable", Fn: returnFalse("seekable")},
		py.MethodDef{Name: "readable", Fn: returnFalse("readable")},
		py.MethodDef{Name: "writable", Fn: returnFalse("writable")},
		py.MethodDef{Name: "_checkClosed", Fn: iobaseCheckClosed},
		py.MethodDef{Name: "_checkSeekable", Fn: checkAbility(strSeekable, "File or stream is not seekable.")},
		py.MethodDef{Name: "_checkReadable", Fn: checkAbility(strReadable, "File or stream is not readable.")},
		py.MethodDef{Name: "_checkWritable", Fn: checkAbility(strWritable, "File or stream is not writable.")},
		py.MethodDef{Name: "fileno", Fn: unsupportedMethod("fileno")},
		py.MethodDef{Name: "isatty", Fn: iobaseIsatty},
		py.MethodDef{Name: "__enter__", Fn: iobaseEnter},
		py.MethodDef{Name: "__exit__", Fn: iobaseExit},
		py.MethodDef{Name: "readline", Fn: iobaseGenericReadline},
		py.MethodDef{Name: "readlines", Fn: iobaseReadlines},
		py.MethodDef{Name: "writelines", Fn: iobaseWritelines},
	)
	t.AddGetSets(py.GetSetDef{Name: "closed", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
		if p := ioClosedFlag(self); p != nil {
			return py.NewBool(*p), nil
		}
		return py.False, nil
	}})

	r := RawIOBaseType
	r.Doc = "Base class for raw binary I/O."
	r.AddMethods(
		py.MethodDef{Name: "read", Fn: rawiobaseRead},
		py.MethodDef{Name: "readall", Fn: rawiobaseReadall},
	)

	b := BufferedIOBaseType
	b.Doc = "Base class for buffered IO objects."
	b.AddMethods(
		py.MethodDef{Name: "read", Fn: unsupportedMethod("read")},
		py.MethodDef{Name: "read1", Fn: unsupportedMethod("read1")},
		py.MethodDef{Name: "write", Fn: unsupportedMethod("write")},
		py.MethodDef{Name: "detach", Fn: unsupportedMethod("detach")},
		py.MethodDef{Name: "readinto", Fn: bufferediobaseReadinto},
	)

	x := TextIOBaseType
	x.Doc = "Base class for text I/O."
	x.AddMethods(
		py.MethodDef{Name: "read", Fn: unsupportedMethod("read")},
		py.MethodDef{Name: "readline", Fn: unsupportedMethod("readline")},
		py.MethodDef{Name: "write", Fn: unsupportedMethod("write")},
		py.MethodDef{Name: "detach", Fn: unsupportedMethod("detach")},
	)
	none := func(th *py.Thread, self py.Object) (py.Object, error) { return py.None, nil }
	x.AddGetSets(
		py.GetSetDef{Name: "encoding", Get: none},
		py.GetSetDef{Name: "newlines", Get: none},
		py.GetSetDef{Name: "errors", Get: none},
	)
	py.RegisterTypes(IOBaseType, RawIOBaseType, BufferedIOBaseType, TextIOBaseType)
}

func returnFalse(name string) py.MethodFunc {
	return func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := noArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		return py.False, nil
	}
}

func iobaseTell(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("tell", args, kwnames); err != nil {
		return nil, err
	}
	return callMethod(t, self, strSeek, py.NewInt(0), py.NewInt(1))
}

func iobaseFlush(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("flush", args, kwnames); err != nil {
		return nil, err
	}
	if err := checkClosed(t, self); err != nil {
		return nil, err
	}
	return py.None, nil
}

// iobaseClose flushes (through the object's flush) and marks the object
// closed; closing twice does nothing.
func iobaseClose(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("close", args, kwnames); err != nil {
		return nil, err
	}
	p := ioClosedFlag(self)
	if p != nil && *p {
		return py.None, nil
	}
	_, err := callMethod(t, self, strFlush)
	if p != nil {
		*p = true
	}
	if err != nil {
		return nil, err
	}
	return py.None, nil
}

func iobaseCheckClosed(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.UnpackArgs("_checkClosed", args, kwnames, 0, 1, new(py.Object)); err != nil {
		return nil, err
	}
	if err := checkClosed(t, self); err != nil {
		return nil, err
	}
	return py.None, nil
}

// checkAbility is _checkReadable and the like: self.readable() must be
// true, else UnsupportedOperation(msg).
func checkAbility(method *py.Str, msg string) py.MethodFunc {
	return func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var m py.Object
		if err := py.UnpackArgs("_check", args, kwnames, 0, 1, &m); err != nil {
			return nil, err
		}
		r, err := callMethod(t, self, method)
		if err != nil {
			return nil, err
		}
		if r != py.True {
			if m != nil && m != py.None {
				return nil, py.NewException(UnsupportedOperation, m)
			}
			return nil, unsupported(msg)
		}
		return r, nil
	}
}

func iobaseIsatty(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("isatty", args, kwnames); err != nil {
		return nil, err
	}
	if err := checkClosed(t, self); err != nil {
		return nil, err
	}
	return py.False, nil
}

// iobaseGenericReadline is IOBase.readline(limit=-1): bytes up to and
// including a newline, read through peek when the object has it (so as
// to read no further than the line), else one byte at a time.
func iobaseGenericReadline(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	limit, err := sizeArg(t, "readline", args, kwnames)
	if err != nil {
		return nil, err
	}
	peek, perr := py.GetAttr(t, self, strPeek)
	if perr != nil {
		if !py.ErrorMatches(perr, py.AttributeError) {
			return nil, perr
		}
		peek = nil
	}
	read, err := py.GetAttr(t, self, strRead)
	if err != nil {
		return nil, err
	}
	var line []byte
	for limit < 0 || len(line) < limit {
		n := 1
		if peek != nil {
			ahead, err := py.Call(t, peek, []py.Object{py.NewInt(1)}, nil)
			if err != nil {
				return nil, err
			}
			b, ok := ahead.(*py.Bytes)
			if !ok {
				return nil, py.Errorf(py.IOError, "peek() should have returned a bytes object, not '%s'", ahead.Type().Name)
			}
			if s := b.String(); len(s) > 0 {
				n = len(s)
				for i := 0; i < len(s); i++ {
					if s[i] == '\n' {
						n = i + 1
						break
					}
				}
				if limit >= 0 && n > limit-len(line) {
					n = limit - len(line)
				}
			}
		}
		chunk, err := py.Call(t, read, []py.Object{py.NewInt(int64(n))}, nil)
		if err != nil {
			return nil, err
		}
		b, ok := chunk.(*py.Bytes)
		if !ok {
			return nil, py.Errorf(py.IOError, "read() should have returned a bytes object, not '%s'", chunk.Type().Name)
		}
		s := b.String()
		if len(s) == 0 {
			break
		}
		line = append(line, s...)
		if line[len(line)-1] == '\n' {
			break
		}
	}
	return py.NewBytes(string(line)), nil
}

// rawiobaseRead is RawIOBase.read(n=-1): readall() for n < 0, else
// readinto a bytearray of n bytes.
func rawiobaseRead(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	n, err := sizeArg(t, "read", args, kwnames)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return callMethod(t, self, strReadall)
	}
	ba := py.NewByteArray(make([]byte, n))
	r, err := callMethod(t, self, strReadinto, ba)
	if err != nil {
		return nil, err
	}
	if r == py.None {
		return py.None, nil
	}
	got, err := py.ArgIndex(t, r)
	if err != nil {
		return nil, err
	}
	data := ba.Bytes()
	if got < 0 || got > len(data) {
		got = len(data)
	}
	return py.NewBytes(string(data[:got])), nil
}

// rawiobaseReadall reads DEFAULT_BUFFER_SIZE at a time to the end.
func rawiobaseReadall(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("readall", args, kwnames); err != nil {
		return nil, err
	}
	var all []byte
	for {
		chunk, err := callMethod(t, self, strRead, py.NewInt(DefaultBufferSize))
		if err != nil {
			return nil, err
		}
		if chunk == py.None {
			if all == nil {
				return py.None, nil
			}
			break
		}
		b, ok := chunk.(*py.Bytes)
		if !ok {
			return nil, py.Errorf(py.TypeError, "read() should return bytes")
		}
		if len(b.String()) == 0 {
			break
		}
		all = append(all, b.String()...)
	}
	return py.NewBytes(string(all)), nil
}

// bufferediobaseReadinto is BufferedIOBase.readinto(b): read(len(b)) and
// copy the result into b, any object with a writable buffer.
func bufferediobaseReadinto(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	b, err := py.OneArg("readinto", args, kwnames)
	if err != nil {
		return nil, err
	}
	buf, err := writableBuffer(b)
	if err != nil {
		return nil, err
	}
	data, err := callMethod(t, self, strRead, py.NewInt(int64(len(buf))))
	if err != nil {
		return nil, err
	}
	d, ok := data.(*py.Bytes)
	if !ok {
		return nil, py.Errorf(py.TypeError, "read() should return bytes")
	}
	// Fetched again: read may have run code that resized b.
	if buf, err = writableBuffer(b); err != nil {
		return nil, err
	}
	m := copy(buf, d.String())
	return py.NewInt(int64(m)), nil
}

// writableBuffer is the memory of o for readinto to fill: a bytearray's,
// a writable memoryview's, an array's (CPython's "w*" argument).
func writableBuffer(o py.Object) ([]byte, error) {
	buf, err := py.GetBuffer(o, true)
	if err != nil {
		return nil, py.Errorf(py.TypeError, "must be read-write buffer, not %s", o.Type().Name)
	}
	return buf, nil
}
