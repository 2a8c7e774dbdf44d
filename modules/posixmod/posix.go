// Package posixmod is the posix module: the operating system's calls as
// CPython 3.2's posixmodule.c offers them on Linux (files, directories,
// file descriptors, processes, the environment), over Go's syscall and
// golang.org/x/sys/unix. The os module (lib/python/os.py) imports it and
// builds the portable interface on top, as CPython's os.py does.
//
// Paths are what CPython's PyUnicode_FSConverter accepts: a str, encoded
// in UTF-8 with the surrogateescape error handler (so that any byte
// string read from the system comes back unchanged), or a bytes. Results
// naming files are str or bytes as the argument was. Failures raise
// OSError(errno, strerror[, filename]), the filename always a str.
//
// Left out: fork and forkpty (a fork cannot work under Go's runtime, so
// os has no spawn* either), openpty, getlogin, initgroups, abort,
// confstr, pathconf and fpathconf (they need the C library or its
// tables), and wait3 and wait4 (their rusage needs the resource module).
// sysconf knows the names of sysconf_names only, a subset of CPython's.
package posixmod

import (
	"errors"
	"strings"
	"syscall"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("posix", newModule) }

const moduleDoc = `This module provides access to operating system functionality that is
standardized by the C Standard and the POSIX standard (a thinly
disguised Unix interface).  Refer to the library manual and
corresponding Unix manual entries for more information on calls.`

// state is what one interpreter's posix module remembers.
type state struct {
	// floatTimes is stat_float_times(): st_atime and the like as floats.
	floatTimes bool
}

type function struct {
	name string
	fn   func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error)
	doc  string
}

// functions are filled by the init functions of this package's files.
var functions []function

func register(fs ...function) { functions = append(functions, fs...) }

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("posix")
	d := m.Dict
	d.SetStr(py.NewStr("__doc__"), py.NewStr(moduleDoc))
	st := &state{floatTimes: true}
	for _, f := range functions {
		f := f
		m.AddFunction(f.name, func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			return f.fn(t, st, args, kwnames)
		}, f.doc)
	}
	for _, c := range intConstants {
		d.SetStr(py.NewStr(c.name), py.NewInt(c.value))
	}
	d.SetStr(py.NewStr("error"), py.OSError)
	d.SetStr(py.NewStr("stat_result"), statResultType)
	d.SetStr(py.NewStr("statvfs_result"), statvfsResultType)
	env, err := environDict(t)
	if err != nil {
		return nil, err
	}
	d.SetStr(py.NewStr("environ"), env)
	names := py.NewDict()
	for _, c := range sysconfNames {
		names.SetStr(py.NewStr(c.name), py.NewInt(int64(c.code)))
	}
	d.SetStr(py.NewStr("sysconf_names"), names)
	return m, nil
}

// A path argument, converted.
type path struct {
	b     string    // the bytes handed to the system
	bytes bool      // whether the argument was a bytes (results are too)
	obj   py.Object // the argument
}

// fsPath converts a path argument as PyUnicode_FSConverter does.
func fsPath(t *py.Thread, o py.Object) (path, error) {
	var p path
	switch v := o.(type) {
	case *py.Bytes:
		p = path{b: v.String(), bytes: true, obj: o}
	case *py.Str:
		b, err := py.Encode(t, v, "utf-8", "surrogateescape")
		if err != nil {
			return p, err
		}
		p = path{b: b.String(), obj: o}
	default:
		return p, py.Errorf(py.TypeError, "Can't convert '%s' object to str implicitly", o.Type().Name)
	}
	if strings.IndexByte(p.b, 0) >= 0 {
		return p, py.Errorf(py.TypeError, "embedded NUL character")
	}
	return p, nil
}

// fsDecode returns the str for bytes from the system (a file name), as
// PyUnicode_DecodeFSDefault makes it.
func fsDecode(t *py.Thread, b string) (*py.Str, error) {
	return py.Decode(t, b, "utf-8", "surrogateescape")
}

// name returns a file name from the system as a result for an argument
// p: bytes for a bytes argument, str otherwise.
func (p path) name(t *py.Thread, b string) (py.Object, error) {
	if p.bytes {
		return py.NewBytes(b), nil
	}
	return fsDecode(t, b)
}

// osError returns the OSError for a failed call, without a filename.
func osError(err error) error {
	return py.NewOSError(py.OSError, err, "")
}

// pathError returns the OSError for a failed call on p, naming it (as a
// str even when it was given as bytes, as CPython 3.2 does).
func pathError(t *py.Thread, err error, p path) error {
	var name string
	if s, ok := p.obj.(*py.Str); ok {
		name = s.String()
	} else if s, derr := fsDecode(t, p.b); derr == nil {
		name = s.String()
	}
	if name == "" {
		// NewOSError leaves out an empty filename; CPython shows ''.
		errno, msg := py.Errno(err)
		if errno != 0 {
			return py.NewException(py.OSError, py.NewInt(int64(errno)), py.NewStr(msg), py.NewStr(""))
		}
	}
	return py.NewOSError(py.OSError, err, name)
}

// retry runs a system call again while it fails with EINTR (Go's signal
// handlers are installed with SA_RESTART, but not every call restarts).
func retry(f func() error) error {
	for {
		err := f()
		if !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}

// Argument helpers.

// onePath parses the single path argument of fname.
func onePath(t *py.Thread, fname string, args []py.Object, kwnames *py.Tuple) (path, error) {
	var a py.Object
	if err := py.ParseTuple(fname, args, kwnames, 1, 1, &a); err != nil {
		return path{}, err
	}
	return fsPath(t, a)
}

// twoPaths parses the two path arguments of fname (rename, link, ...).
func twoPaths(t *py.Thread, fname string, args []py.Object, kwnames *py.Tuple) (path, path, error) {
	var a, b py.Object
	if err := py.ParseTuple(fname, args, kwnames, 2, 2, &a, &b); err != nil {
		return path{}, path{}, err
	}
	p1, err := fsPath(t, a)
	if err != nil {
		return path{}, path{}, err
	}
	p2, err := fsPath(t, b)
	return p1, p2, err
}

// ints parses n int arguments ("i" formats) of fname.
func ints(t *py.Thread, fname string, args []py.Object, kwnames *py.Tuple, min int, dst ...*int) error {
	if len(dst) == 0 {
		return py.NoArgs(fname, args, kwnames)
	}
	var objs [6]py.Object
	ptrs := make([]*py.Object, len(dst))
	for i := range dst {
		ptrs[i] = &objs[i]
	}
	if err := py.ParseTuple(fname, args, kwnames, min, len(dst), ptrs...); err != nil {
		return err
	}
	for i := range args {
		v, err := py.ArgInt(t, objs[i])
		if err != nil {
			return err
		}
		*dst[i] = v
	}
	return nil
}

// fileDescriptor converts an argument as PyObject_AsFileDescriptor does:
// an int, or an object whose fileno() returns one.
func fileDescriptor(t *py.Thread, o py.Object) (int, error) {
	if _, ok := o.(*py.Int); !ok {
		m, err := py.LookupAttr(t, o, py.NewStr("fileno"))
		if err != nil {
			return 0, err
		}
		if m == nil {
			return 0, py.Errorf(py.TypeError, "argument must be an int, or have a fileno() method.")
		}
		r, err := py.Call(t, m, nil, nil)
		if err != nil {
			return 0, err
		}
		if _, ok := r.(*py.Int); !ok {
			return 0, py.Errorf(py.TypeError, "fileno() returned a non-integer")
		}
		o = r
	}
	fd, err := py.ArgInt(t, o)
	if err != nil {
		return 0, err
	}
	if fd < 0 {
		return 0, py.Errorf(py.ValueError, "file descriptor cannot be a negative integer (%d)", fd)
	}
	return fd, nil
}

// bytesArg returns the contents of a bytes-like argument ("y*").
func bytesArg(o py.Object) ([]byte, error) {
	switch v := o.(type) {
	case *py.Bytes:
		return []byte(v.String()), nil
	case *py.ByteArray:
		return v.Bytes(), nil
	case interface{ BufferBytes() []byte }:
		return v.BufferBytes(), nil
	}
	return nil, py.Errorf(py.TypeError, "'%s' does not support the buffer interface", o.Type().Name)
}
