package posixmod

import (
	"crypto/rand"

	"golang.org/x/sys/unix"

	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/pyio"
)

// File descriptors.

func posixOpen(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, f, m py.Object
	if err := py.ParseTuple("open", args, kwnames, 2, 3, &a, &f, &m); err != nil {
		return nil, err
	}
	p, err := fsPath(t, a)
	if err != nil {
		return nil, err
	}
	flags, err := py.ArgInt(t, f)
	if err != nil {
		return nil, err
	}
	mode := 0o777
	if m != nil {
		if mode, err = py.ArgInt(t, m); err != nil {
			return nil, err
		}
	}
	var fd int
	if err := retry(func() error { var e error; fd, e = unix.Open(p.b, flags, uint32(mode)); return e }); err != nil {
		return nil, pathError(t, err, p)
	}
	return py.NewInt(int64(fd)), nil
}

func posixRead(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var fd, n int
	if err := ints(t, "read", args, kwnames, 2, &fd, &n); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, osError(unix.EINVAL)
	}
	buf := make([]byte, n)
	var got int
	if err := retry(func() error { var e error; got, e = unix.Read(fd, buf); return e }); err != nil {
		return nil, osError(err)
	}
	return py.NewBytes(string(buf[:got])), nil
}

func posixWrite(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, d py.Object
	if err := py.ParseTuple("write", args, kwnames, 2, 2, &a, &d); err != nil {
		return nil, err
	}
	fd, err := py.ArgInt(t, a)
	if err != nil {
		return nil, err
	}
	data, err := bytesArg(d)
	if err != nil {
		return nil, err
	}
	var n int
	if err := retry(func() error { var e error; n, e = unix.Write(fd, data); return e }); err != nil {
		return nil, osError(err)
	}
	return py.NewInt(int64(n)), nil
}

func fdCall(fname string, nargs int, call func(n []int) error) func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var n [3]int
		if err := ints(t, fname, args, kwnames, nargs, []*int{&n[0], &n[1], &n[2]}[:nargs]...); err != nil {
			return nil, err
		}
		if err := retry(func() error { return call(n[:nargs]) }); err != nil {
			return nil, osError(err)
		}
		return py.None, nil
	}
}

// fdObjCall is fdCall for a function whose descriptor may also be an
// object with fileno() (fsync, fchdir).
func fdObjCall(fname string, call func(fd int) error) func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		a, err := py.OneArg(fname, args, kwnames)
		if err != nil {
			return nil, err
		}
		fd, err := fileDescriptor(t, a)
		if err != nil {
			return nil, err
		}
		if err := retry(func() error { return call(fd) }); err != nil {
			return nil, osError(err)
		}
		return py.None, nil
	}
}

func posixCloserange(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var lo, hi int
	if err := ints(t, "closerange", args, kwnames, 2, &lo, &hi); err != nil {
		return nil, err
	}
	for fd := lo; fd < hi; fd++ {
		unix.Close(fd)
	}
	return py.None, nil
}

func posixDup(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var fd int
	if err := ints(t, "dup", args, kwnames, 1, &fd); err != nil {
		return nil, err
	}
	nfd, err := unix.Dup(fd)
	if err != nil {
		return nil, osError(err)
	}
	return py.NewInt(int64(nfd)), nil
}

func posixLseek(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, p, w py.Object
	if err := py.ParseTuple("lseek", args, kwnames, 3, 3, &a, &p, &w); err != nil {
		return nil, err
	}
	fd, err := py.ArgInt(t, a)
	if err != nil {
		return nil, err
	}
	pos, err := py.ArgLong(t, p)
	if err != nil {
		return nil, err
	}
	how, err := py.ArgInt(t, w)
	if err != nil {
		return nil, err
	}
	off, err := unix.Seek(fd, pos, how)
	if err != nil {
		return nil, osError(err)
	}
	return py.NewInt(off), nil
}

func posixFtruncate(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, l py.Object
	if err := py.ParseTuple("ftruncate", args, kwnames, 2, 2, &a, &l); err != nil {
		return nil, err
	}
	fd, err := py.ArgInt(t, a)
	if err != nil {
		return nil, err
	}
	length, err := py.ArgLong(t, l)
	if err != nil {
		return nil, err
	}
	if err := retry(func() error { return unix.Ftruncate(fd, length) }); err != nil {
		return nil, osError(err)
	}
	return py.None, nil
}

func posixPipe(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("pipe", args, kwnames); err != nil {
		return nil, err
	}
	var fds [2]int
	if err := unix.Pipe(fds[:]); err != nil {
		return nil, osError(err)
	}
	return py.NewTuple(py.NewInt(int64(fds[0])), py.NewInt(int64(fds[1]))), nil
}

func isatty(fd int) bool {
	_, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	return err == nil
}

func posixIsatty(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var fd int
	if err := ints(t, "isatty", args, kwnames, 1, &fd); err != nil {
		return nil, err
	}
	return py.NewBool(isatty(fd)), nil
}

func posixTtyname(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var fd int
	if err := ints(t, "ttyname", args, kwnames, 1, &fd); err != nil {
		return nil, err
	}
	if !isatty(fd) {
		var s unix.Stat_t
		if err := unix.Fstat(fd, &s); err != nil {
			return nil, osError(err)
		}
		return nil, osError(unix.ENOTTY)
	}
	name, err := readlinkString("/proc/self/fd/" + itoa(fd))
	if err != nil {
		return nil, osError(err)
	}
	return fsDecode(t, name)
}

func readlinkString(p string) (string, error) {
	for size := 256; ; size *= 2 {
		buf := make([]byte, size)
		n, err := unix.Readlink(p, buf)
		if err != nil {
			return "", err
		}
		if n < size {
			return string(buf[:n]), nil
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func posixCtermid(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("ctermid", args, kwnames); err != nil {
		return nil, err
	}
	return py.NewStr("/dev/tty"), nil
}

func posixDeviceEncoding(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var fd int
	if err := ints(t, "device_encoding", args, kwnames, 1, &fd); err != nil {
		return nil, err
	}
	if !isatty(fd) {
		return py.None, nil
	}
	return py.NewStr(pyio.DefaultEncoding()), nil
}

func posixUrandom(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var n int
	if err := ints(t, "urandom", args, kwnames, 1, &n); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.Errorf(py.ValueError, "negative argument not allowed")
	}
	buf := make([]byte, n)
	if _, err := rand.Read(buf); err != nil {
		return nil, osError(err)
	}
	return py.NewBytes(string(buf)), nil
}

func posixTcgetpgrp(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var fd int
	if err := ints(t, "tcgetpgrp", args, kwnames, 1, &fd); err != nil {
		return nil, err
	}
	pg, err := unix.IoctlGetInt(fd, unix.TIOCGPGRP)
	if err != nil {
		return nil, osError(err)
	}
	return py.NewInt(int64(pg)), nil
}

func init() {
	register(
		function{"open", posixOpen, "open(filename, flag [, mode=0777]) -> fd\n\nOpen a file (for low level IO)."},
		function{"read", posixRead, "read(fd, buffersize) -> string\n\nRead a file descriptor."},
		function{"write", posixWrite, "write(fd, string) -> byteswritten\n\nWrite a string to a file descriptor."},
		function{"close", fdCall("close", 1, func(n []int) error { return unix.Close(n[0]) }), "close(fd)\n\nClose a file descriptor (for low level IO)."},
		function{"closerange", posixCloserange, "closerange(fd_low, fd_high)\n\nCloses all file descriptors in [fd_low, fd_high), ignoring errors."},
		function{"dup", posixDup, "dup(fd) -> fd2\n\nReturn a duplicate of a file descriptor."},
		function{"dup2", fdCall("dup2", 2, func(n []int) error { return unix.Dup3(n[0], n[1], 0) }), "dup2(old_fd, new_fd)\n\nDuplicate file descriptor."},
		function{"lseek", posixLseek, "lseek(fd, pos, how) -> newpos\n\nSet the current position of a file descriptor."},
		function{"ftruncate", posixFtruncate, "ftruncate(fd, length)\n\nTruncate a file to a specified length."},
		function{"fsync", fdObjCall("fsync", unix.Fsync), "fsync(fildes)\n\nforce write of file with filedescriptor to disk."},
		function{"fdatasync", fdObjCall("fdatasync", unix.Fdatasync), "fdatasync(fildes)\n\nforce write of file with filedescriptor to disk.\n does not force update of metadata."},
		function{"fchdir", fdObjCall("fchdir", unix.Fchdir), "fchdir(fildes)\n\nChange to the directory of the given file descriptor.  fildes must be\nopened on a directory, not a file."},
		function{"fchmod", fdCall("fchmod", 2, func(n []int) error { return unix.Fchmod(n[0], uint32(n[1])) }), "fchmod(fd, mode)\n\nChange the access permissions of the file given by file\ndescriptor fd."},
		function{"fchown", fdCall("fchown", 3, func(n []int) error { return unix.Fchown(n[0], n[1], n[2]) }), "fchown(fd, uid, gid)\n\nChange the owner and group id of the file given by file descriptor\nfd to the numeric uid and gid."},
		function{"pipe", posixPipe, "pipe() -> (read_end, write_end)\n\nCreate a pipe."},
		function{"isatty", posixIsatty, "isatty(fd) -> bool\n\nReturn True if the file descriptor 'fd' is an open file descriptor\nconnected to the slave end of a terminal."},
		function{"ttyname", posixTtyname, "ttyname(fd) -> string\n\nReturn the name of the terminal device connected to 'fd'."},
		function{"ctermid", posixCtermid, "ctermid() -> string\n\nReturn the name of the controlling terminal for this process."},
		function{"device_encoding", posixDeviceEncoding, "device_encoding(fd) -> str\n\nReturn a string describing the encoding of the device\nif the output is a terminal; else return None."},
		function{"urandom", posixUrandom, "urandom(n) -> str\n\nReturn n random bytes suitable for cryptographic use."},
		function{"tcgetpgrp", posixTcgetpgrp, "tcgetpgrp(fd) -> pgid\n\nReturn the process group associated with the terminal given by a fd."},
		function{"tcsetpgrp", fdCall("tcsetpgrp", 2, func(n []int) error { return unix.IoctlSetPointerInt(n[0], unix.TIOCSPGRP, n[1]) }), "tcsetpgrp(fd, pgid)\n\nSet the process group associated with the terminal given by a fd."},
	)
}
