// Package iomod is the io module and its _io half: the file classes of
// package pyio (FileIO, the buffered classes, TextIOWrapper, BytesIO,
// StringIO) and their abstract bases, with open(), as CPython 3.2's io
// module exposes them. io.IOBase, RawIOBase, BufferedIOBase and
// TextIOBase are abstract classes (metaclass abc.ABCMeta) over _io's
// _IOBase family, with the concrete classes registered, as io.py makes
// them in 3.2. It registers both modules with the builtins package's
// module table; modules/all links it in.
package iomod

import (
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/pyio"
)

func init() {
	builtins.RegisterModule("_io", newUnderscoreIO)
	builtins.RegisterModule("io", newIO)
}

// The names both modules share.
func addCommon(t *py.Thread, m *py.Module) error {
	set := func(name string, v py.Object) { m.Dict.SetStr(py.NewStr(name), v) }
	set("DEFAULT_BUFFER_SIZE", py.NewInt(pyio.DefaultBufferSize))
	set("BlockingIOError", pyio.BlockingIOError)
	set("UnsupportedOperation", pyio.UnsupportedOperation)
	for _, typ := range []*py.Type{pyio.FileIOType, pyio.BytesIOType, pyio.StringIOType,
		pyio.BufferedReaderType, pyio.BufferedWriterType, pyio.BufferedRWPairType,
		pyio.BufferedRandomType, pyio.TextIOWrapperType} {
		set(typ.Name, typ)
	}
	bi := t.Interp.Builtins
	if bi == nil {
		return py.Errorf(py.ImportError, "io needs the builtins module")
	}
	open := bi.Dict.GetStr(py.NewStr("open"))
	if open == nil {
		return py.Errorf(py.ImportError, "cannot import name open")
	}
	set("open", open)
	return nil
}

func newUnderscoreIO(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_io")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("The io module provides the Python interfaces to stream handling. The\nbuiltin open function is defined in this module."))
	if err := addCommon(t, m); err != nil {
		return nil, err
	}
	for _, typ := range []*py.Type{pyio.IOBaseType, pyio.RawIOBaseType, pyio.BufferedIOBaseType, pyio.TextIOBaseType} {
		m.Dict.SetStr(py.NewStr(typ.Name), typ)
	}
	return m, nil
}

const ioDoc = `The io module provides the Python interfaces to stream handling. The
builtin open function is defined in this module.

At the top of the I/O hierarchy is the abstract base class IOBase. It
defines the basic interface to a stream. Its subclasses RawIOBase
(unbuffered binary I/O, FileIO over a file descriptor),
BufferedIOBase (buffered binary streams: BufferedReader,
BufferedWriter, BufferedRandom, BufferedRWPair, and BytesIO in memory)
and TextIOBase (text streams: TextIOWrapper over a buffered binary
stream, and StringIO in memory) refine it.

DEFAULT_BUFFER_SIZE is the buffer size the buffered classes use by
default; SEEK_SET, SEEK_CUR and SEEK_END are the values of seek's
whence argument.`

func newIO(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("io")
	set := func(name string, v py.Object) { m.Dict.SetStr(py.NewStr(name), v) }
	set("__doc__", py.NewStr(ioDoc))
	set("__author__", py.NewStr("Guido van Rossum <guido@python.org>, Mike Verdone <mike.verdone@gmail.com>, Mark Russell <mark.russell@zen.co.uk>, Antoine Pitrou <solipsis@pitrou.net>, Amaury Forgeot d'Arc <amauryfa@gmail.com>, Benjamin Peterson <benjamin@python.org>"))
	if err := addCommon(t, m); err != nil {
		return nil, err
	}
	set("SEEK_SET", py.NewInt(0))
	set("SEEK_CUR", py.NewInt(1))
	set("SEEK_END", py.NewInt(2))
	var all []py.Object
	for _, n := range []string{"BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO",
		"StringIO", "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair",
		"BufferedRandom", "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET",
		"SEEK_CUR", "SEEK_END"} {
		all = append(all, py.NewStr(n))
	}
	set("__all__", py.NewList(all...))

	// The abstract classes: ABCMeta classes over the _io bases when abc
	// can be imported, plain classes otherwise.
	var meta py.Object = py.TypeType
	if abc, err := builtins.ImportModule(t, "abc"); err == nil {
		if am, err := py.GetAttr(t, abc, py.NewStr("ABCMeta")); err == nil {
			meta = am
		}
	}
	mk := func(name string, bases ...py.Object) (py.Object, error) {
		ns := py.NewDict()
		ns.SetStr(py.NewStr("__module__"), py.NewStr("io"))
		if d, ok := bases[0].(*py.Type); ok && d.Doc != "" {
			ns.SetStr(py.NewStr("__doc__"), py.NewStr(d.Doc))
		}
		c, err := py.Call(t, meta, []py.Object{py.NewStr(name), py.NewTuple(bases...), ns}, nil)
		if err != nil {
			return nil, err
		}
		set(name, c)
		return c, nil
	}
	iobase, err := mk("IOBase", pyio.IOBaseType)
	if err != nil {
		return nil, err
	}
	raw, err := mk("RawIOBase", pyio.RawIOBaseType, iobase)
	if err != nil {
		return nil, err
	}
	buffered, err := mk("BufferedIOBase", pyio.BufferedIOBaseType, iobase)
	if err != nil {
		return nil, err
	}
	text, err := mk("TextIOBase", pyio.TextIOBaseType, iobase)
	if err != nil {
		return nil, err
	}
	if meta != py.TypeType {
		register := func(abc py.Object, types ...*py.Type) error {
			for _, typ := range types {
				if _, err := py.Call(t, mustAttr(t, abc, "register"), []py.Object{typ}, nil); err != nil {
					return err
				}
			}
			return nil
		}
		if err := register(raw, pyio.FileIOType); err != nil {
			return nil, err
		}
		if err := register(buffered, pyio.BytesIOType, pyio.BufferedReaderType, pyio.BufferedWriterType,
			pyio.BufferedRandomType, pyio.BufferedRWPairType); err != nil {
			return nil, err
		}
		if err := register(text, pyio.StringIOType, pyio.TextIOWrapperType); err != nil {
			return nil, err
		}
	}
	return m, nil
}

func mustAttr(t *py.Thread, o py.Object, name string) py.Object {
	v, err := py.GetAttr(t, o, py.NewStr(name))
	if err != nil {
		return py.None
	}
	return v
}
