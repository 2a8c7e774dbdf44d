package pyio

import (
	"bytes"

	"github.com/taipan-py/taipan/py"
)

// BytesIO is io.BytesIO: a binary stream over a byte slice in memory.
type BytesIO struct {
	py.Ext
	buf    []byte
	pos    int // may lie past the end: a write there pads with zeros
	closed bool
}

// BytesIOType is io.BytesIO.
var BytesIOType = &py.Type{Name: "BytesIO", Module: "_io", Base: BufferedIOBaseType, Flags: py.FlagBaseType | py.FlagHasDict}

// Type returns BytesIO, or the subclass.
func (b *BytesIO) Type() *py.Type {
	if typ := b.ExtType(); typ != nil {
		return typ
	}
	return BytesIOType
}

// NewBytesIO returns a BytesIO holding data (which it copies).
func NewBytesIO(data []byte) *BytesIO {
	return &BytesIO{Ext: py.NewExt(BytesIOType, nil), buf: append([]byte(nil), data...)}
}

// Bytes returns the contents (not a copy).
func (b *BytesIO) Bytes() []byte { return b.buf }

func asBytesIO(self py.Object) *BytesIO { return self.(*BytesIO) }

func (b *BytesIO) check() error {
	if b.closed {
		return closedError(msgClosedDot)
	}
	return nil
}

// Write writes p at the position (BytesIO.write).
func (b *BytesIO) Write(p []byte) {
	end := b.pos + len(p)
	if b.pos == len(b.buf) {
		b.buf = append(b.buf, p...)
	} else {
		if end > len(b.buf) {
			if end > cap(b.buf) {
				nb := make([]byte, end, end+end/4)
				copy(nb, b.buf)
				b.buf = nb
			} else {
				old := len(b.buf)
				b.buf = b.buf[:end]
				clear(b.buf[old:end])
			}
		}
		copy(b.buf[b.pos:], p)
	}
	b.pos = end
}

// read returns the next n bytes (the rest for n < 0).
func (b *BytesIO) read(n int) []byte {
	if b.pos >= len(b.buf) {
		return nil
	}
	rest := b.buf[b.pos:]
	if n < 0 || n > len(rest) {
		n = len(rest)
	}
	b.pos += n
	return rest[:n]
}

func (b *BytesIO) readline(limit int) []byte {
	if b.pos >= len(b.buf) {
		return nil
	}
	rest := b.buf[b.pos:]
	n := len(rest)
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		n = i + 1
	}
	if limit >= 0 && n > limit {
		n = limit
	}
	b.pos += n
	return rest[:n]
}

func bytesioNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return &BytesIO{Ext: py.NewExt(typ, nil)}, nil
}

func bytesioInit(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) error {
	var initial py.Object
	if err := py.ParseArgs("BytesIO", args, kwnames, []string{"initial_bytes"}, 0, &initial); err != nil {
		return err
	}
	b := asBytesIO(self)
	b.buf, b.pos = b.buf[:0], 0
	if initial != nil && initial != py.None {
		p, err := bytesArg(initial)
		if err != nil {
			return err
		}
		b.buf = append(b.buf, p...)
	}
	return nil
}

func bytesMethod(name string, fn func(t *py.Thread, b *BytesIO, args []py.Object, kwnames *py.Tuple) (py.Object, error)) py.MethodDef {
	return py.MethodDef{Name: name, Fn: func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		return fn(t, asBytesIO(self), args, kwnames)
	}}
}

// bytesNoArgs is a method with no arguments on an open BytesIO.
func bytesNoArgs(name string, fn func(b *BytesIO) py.Object) py.MethodDef {
	return bytesMethod(name, func(t *py.Thread, b *BytesIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := noArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		if err := b.check(); err != nil {
			return nil, err
		}
		return fn(b), nil
	})
}

func init() {
	t := BytesIOType
	t.Doc = "BytesIO([buffer]) -> object\n\nCreate a buffered I/O implementation using an in-memory bytes\nbuffer, ready for reading and writing."
	t.New = bytesioNew
	t.Init = bytesioInit
	t.Iter = iobaseIter
	t.Next = func(th *py.Thread, self py.Object) (py.Object, error) {
		b := asBytesIO(self)
		if b.Type() != BytesIOType {
			return iobaseNext(th, self)
		}
		if err := b.check(); err != nil {
			return nil, err
		}
		line := b.readline(-1)
		if len(line) == 0 {
			return nil, nil
		}
		return py.NewBytes(string(line)), nil
	}
	yes := func(b *BytesIO) py.Object { return py.True }
	t.AddMethods(
		bytesNoArgs("getvalue", func(b *BytesIO) py.Object { return py.NewBytes(string(b.buf)) }),
		bytesNoArgs("readable", yes),
		bytesNoArgs("writable", yes),
		bytesNoArgs("seekable", yes),
		bytesNoArgs("flush", func(b *BytesIO) py.Object { return py.None }),
		bytesNoArgs("isatty", func(b *BytesIO) py.Object { return py.False }),
		bytesNoArgs("tell", func(b *BytesIO) py.Object { return py.NewInt(int64(b.pos)) }),
		bytesMethod("close", func(t *py.Thread, b *BytesIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			if err := noArgs("close", args, kwnames); err != nil {
				return nil, err
			}
			b.closed = true
			b.buf = nil
			return py.None, nil
		}),
		bytesMethod("read", bytesioRead),
		bytesMethod("read1", bytesioRead1),
		bytesMethod("readline", bytesioReadline),
		bytesMethod("readlines", bytesioReadlines),
		bytesMethod("readinto", bytesioReadinto),
		bytesMethod("write", bytesioWrite),
		bytesMethod("writelines", func(t *py.Thread, b *BytesIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			if err := b.check(); err != nil {
				return nil, err
			}
			return iobaseWritelines(t, b, args, kwnames)
		}),
		bytesMethod("seek", bytesioSeek),
		bytesMethod("truncate", bytesioTruncate),
		bytesMethod("__getstate__", bytesioGetState),
		bytesMethod("__setstate__", bytesioSetState),
	)
	t.AddGetSets(py.GetSetDef{Name: "closed", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.NewBool(asBytesIO(self).closed), nil
	}})
	py.RegisterTypes(BytesIOType)
}

func bytesioRead(t *py.Thread, b *BytesIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if len(args) == 1 {
		if _, ok := args[0].(*py.Float); ok {
			return nil, py.Errorf(py.TypeError, "integer argument expected, got 'float'")
		}
	}
	n, err := sizeArg(t, "read", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := b.check(); err != nil {
		return nil, err
	}
	return py.NewBytes(string(b.read(n))), nil
}

func bytesioRead1(t *py.Thread, b *BytesIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var nArg py.Object
	if err := py.ParseTuple("read1", args, kwnames, 1, 1, &nArg); err != nil {
		return nil, err
	}
	return bytesioRead(t, b, []py.Object{nArg}, nil)
}

func bytesioReadline(t *py.Thread, b *BytesIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	n, err := sizeArg(t, "readline", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := b.check(); err != nil {
		return nil, err
	}
	return py.NewBytes(string(b.readline(n))), nil
}

func bytesioReadlines(t *py.Thread, b *BytesIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	hint, err := sizeArg(t, "readlines", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := b.check(); err != nil {
		return nil, err
	}
	var lines []py.Object
	total := 0
	for {
		line := b.readline(-1)
		if len(line) == 0 {
			break
		}
		lines = append(lines, py.NewBytes(string(line)))
		total += len(line)
		if hint > 0 && total >= hint {
			break
		}
	}
	return py.NewList(lines...), nil
}

func bytesioReadinto(t *py.Thread, b *BytesIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	dst, err := py.OneArg("readinto", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := b.check(); err != nil {
		return nil, err
	}
	buf, err := py.GetBuffer(dst, true)
	if err != nil {
		return nil, py.Errorf(py.TypeError, "expected an object with a writable buffer interface")
	}
	n := copy(buf, b.read(len(buf)))
	return py.NewInt(int64(n)), nil
}

func bytesioWrite(t *py.Thread, b *BytesIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	o, err := py.OneArg("write", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := b.check(); err != nil {
		return nil, err
	}
	p, err := bytesArg(o)
	if err != nil {
		return nil, err
	}
	if len(p) > 0 {
		b.Write(p)
	}
	return py.NewInt(int64(len(p))), nil
}

func bytesioSeek(t *py.Thread, b *BytesIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	pos, whence, err := seekArgs(t, args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := b.check(); err != nil {
		return nil, err
	}
	switch whence {
	case 0:
		if pos < 0 {
			return nil, py.Errorf(py.ValueError, "negative seek value %d", pos)
		}
	case 1:
		pos += int64(b.pos)
	case 2:
		pos += int64(len(b.buf))
	default:
		return nil, py.Errorf(py.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if pos < 0 {
		pos = 0
	}
	b.pos = int(pos)
	return py.NewInt(pos), nil
}

func bytesioTruncate(t *py.Thread, b *BytesIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var sizeObj py.Object
	if err := py.ParseTuple("truncate", args, kwnames, 0, 1, &sizeObj); err != nil {
		return nil, err
	}
	if err := b.check(); err != nil {
		return nil, err
	}
	size := b.pos
	if sizeObj != nil && sizeObj != py.None {
		n, err := py.ArgIndex(t, sizeObj)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.Errorf(py.ValueError, "negative size value %d", n)
		}
		size = n
	}
	if size < len(b.buf) {
		b.buf = b.buf[:size]
	}
	return py.NewInt(int64(size)), nil
}

func bytesioGetState(t *py.Thread, b *BytesIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("__getstate__", args, kwnames); err != nil {
		return nil, err
	}
	if err := b.check(); err != nil {
		return nil, err
	}
	var dict py.Object = py.None
	if d := py.InstanceDict(b); d != nil && d.Len() > 0 {
		dict = d.Copy()
	}
	return py.NewTuple(py.NewBytes(string(b.buf)), py.NewInt(int64(b.pos)), dict), nil
}

func bytesioSetState(t *py.Thread, b *BytesIO, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	o, err := py.OneArg("__setstate__", args, kwnames)
	if err != nil {
		return nil, err
	}
	st, ok := o.(*py.Tuple)
	if !ok || len(st.Items) < 3 {
		return nil, py.Errorf(py.TypeError, "%s.__setstate__ argument should be 3-tuple, got %s", b.Type().Name, o.Type().Name)
	}
	p, err := bytesArg(st.Items[0])
	if err != nil {
		return nil, err
	}
	pos, err := py.ArgIndex(t, st.Items[1])
	if err != nil {
		return nil, err
	}
	if pos < 0 {
		return nil, py.Errorf(py.ValueError, "position value cannot be negative")
	}
	b.buf, b.pos = append([]byte(nil), p...), pos
	if d, ok := st.Items[2].(*py.Dict); ok {
		if own := py.InstanceDict(b); own != nil {
			pos := 0
			for {
				k, v, ok := d.Next(&pos)
				if !ok {
					break
				}
				if err := own.SetItem(t, k, v); err != nil {
					return nil, err
				}
			}
		}
	}
	return py.None, nil
}
