// Package socketmod is the _socket module of CPython 3.2 on Linux: socket
// objects over the system's file descriptors (golang.org/x/sys/unix), for
// the address families AF_INET, AF_INET6 and AF_UNIX, and the module's
// functions (name resolution, address conversion, byte order). The
// socket module (lib/python/socket.py) subclasses its socket type and
// adds makefile(), accept() and the rest written in Python, as 3.2's
// socket.py does.
//
// Sockets behave as 3.2's: with no timeout a call blocks until it can
// be done (the fd is in blocking mode); with a timeout the fd is
// non-blocking and a call waits for at most the timeout, raising
// socket.timeout("timed out") when it runs out; timeout 0 is
// non-blocking, and a call that would block raises socket.error(EAGAIN).
// The waiting is done by poll() in selectmod.Wait, which runs the Python
// signal handlers meanwhile (a signal reaches Go's runtime, not the
// waiting thread), so that a handler's exception, KeyboardInterrupt
// included, interrupts a blocked recv, accept or sendall as in 3.2; the
// call itself is then made with MSG_DONTWAIT. connect() on a blocking
// socket is the one call that blocks in the system.
// Errors are socket.error(errno, strerror), a subclass of IOError;
// resolver errors are socket.gaierror(EAI_*, message) and
// socket.herror(1, "Unknown host").
//
// Names are resolved as the C library would on this system: the hosts
// file first (/etc/hosts, whose line structure gives gethostbyaddr its
// name and aliases), then Go's DNS resolver; services come from
// /etc/services. A socket closes its descriptor when the object is
// collected, as CPython's does when its last reference goes.
package socketmod

import (
	"errors"
	"math"
	"runtime"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/modules/selectmod"
	"github.com/taipan-py/taipan/modules/signalmod"
	"github.com/taipan-py/taipan/py"
)

// The exception types.
var (
	ErrorType    = &py.Type{Name: "error", Module: "socket", Flags: py.FlagBaseType | py.FlagHasDict}
	HErrorType   = &py.Type{Name: "herror", Module: "socket", Flags: py.FlagBaseType | py.FlagHasDict}
	GAIErrorType = &py.Type{Name: "gaierror", Module: "socket", Flags: py.FlagBaseType | py.FlagHasDict}
	TimeoutType  = &py.Type{Name: "timeout", Module: "socket", Flags: py.FlagBaseType | py.FlagHasDict}
)

// SocketType is _socket.socket.
var SocketType = &py.Type{Name: "socket", Module: "_socket", Flags: py.FlagBaseType}

func init() {
	builtins.RegisterModule("_socket", newModule)
	ErrorType.Base = py.IOError
	ErrorType.Bases = []*py.Type{py.IOError}
	for _, typ := range []*py.Type{HErrorType, GAIErrorType, TimeoutType} {
		typ.Base = ErrorType
		typ.Bases = []*py.Type{ErrorType}
	}
	py.RegisterTypes(ErrorType, HErrorType, GAIErrorType, TimeoutType)
}

// defaultTimeouts holds each interpreter's setdefaulttimeout() (seconds;
// negative for None).
var defaultTimeouts sync.Map // *py.Interp -> float64

func defaultTimeout(t *py.Thread) float64 {
	if v, ok := defaultTimeouts.Load(t.Interp); ok {
		return v.(float64)
	}
	return -1
}

const moduleDoc = `Implementation module for socket operations.

See the socket module for documentation.`

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_socket")
	d := m.Dict
	d.SetStr(py.NewStr("__doc__"), py.NewStr(moduleDoc))
	d.SetStr(py.NewStr("socket"), SocketType)
	d.SetStr(py.NewStr("SocketType"), SocketType)
	d.SetStr(py.NewStr("error"), ErrorType)
	d.SetStr(py.NewStr("herror"), HErrorType)
	d.SetStr(py.NewStr("gaierror"), GAIErrorType)
	d.SetStr(py.NewStr("timeout"), TimeoutType)
	d.SetStr(py.NewStr("has_ipv6"), py.True)
	for _, c := range intConstants {
		d.SetStr(py.NewStr(c.name), py.NewInt(c.value))
	}
	for _, f := range functions {
		m.AddFunction(f.name, f.fn, f.doc)
	}
	return m, nil
}

// Errors.

// sockError returns socket.error(errno, strerror) for a failed call.
func sockError(err error) error {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return py.NewException(ErrorType, py.NewInt(int64(errno)), py.NewStr(py.Strerror(errno)))
	}
	return py.NewException(ErrorType, py.NewStr(err.Error()))
}

func timeoutError() error { return py.NewException(TimeoutType, py.NewStr("timed out")) }

// The socket object.

// Socket is a socket: its descriptor (-1 once closed or detached), what
// it was made with, and its timeout in seconds (negative: none).
type Socket struct {
	py.Ext
	fd      *fdBox
	family  int
	typ     int
	proto   int
	timeout float64
}

// fdBox holds a socket's descriptor where the cleanup that closes it
// when the socket is collected can see it.
type fdBox struct{ fd int }

// Type returns _socket.socket, or the subclass.
func (s *Socket) Type() *py.Type {
	if typ := s.ExtType(); typ != nil {
		return typ
	}
	return SocketType
}

func asSocket(o py.Object) *Socket { return o.(*Socket) }

func socketNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	box := &fdBox{fd: -1}
	s := &Socket{Ext: py.NewExt(typ, SocketType), fd: box, family: unix.AF_INET, typ: unix.SOCK_STREAM, timeout: -1}
	runtime.AddCleanup(s, func(b *fdBox) {
		if b.fd >= 0 {
			unix.Close(b.fd)
			b.fd = -1
		}
	}, box)
	return s, nil
}

// intArg converts an "i" argument.
func intArg(t *py.Thread, o py.Object) (int, error) {
	switch o.(type) {
	case *py.Int:
	case *py.Float:
		return 0, py.Errorf(py.TypeError, "integer argument expected, got float")
	default:
		if o.Type().Index == nil && o.Type().Int == nil {
			return 0, py.Errorf(py.TypeError, "an integer is required")
		}
	}
	n, err := py.ArgLong(t, o)
	if err != nil {
		return 0, err
	}
	if n > math.MaxInt32 {
		return 0, py.Errorf(py.OverflowError, "signed integer is greater than maximum")
	}
	if n < math.MinInt32 {
		return 0, py.Errorf(py.OverflowError, "signed integer is less than minimum")
	}
	return int(n), nil
}

func socketInit(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) error {
	s := asSocket(self)
	var famObj, typObj, protoObj, filenoObj py.Object
	if err := py.ParseArgs("socket", args, kwnames, []string{"family", "type", "proto", "fileno"}, 0, &famObj, &typObj, &protoObj, &filenoObj); err != nil {
		return err
	}
	family, typ, proto := unix.AF_INET, unix.SOCK_STREAM, 0
	var err error
	if famObj != nil {
		if family, err = intArg(t, famObj); err != nil {
			return err
		}
	}
	if typObj != nil {
		if typ, err = intArg(t, typObj); err != nil {
			return err
		}
	}
	if protoObj != nil {
		if proto, err = intArg(t, protoObj); err != nil {
			return err
		}
	}
	fd := -1
	if filenoObj != nil && filenoObj != py.None {
		if fd, err = intArg(t, filenoObj); err != nil {
			return err
		}
	} else {
		fd, err = unix.Socket(family, typ, proto)
		if err != nil {
			return sockError(err)
		}
	}
	if s.fd.fd >= 0 && s.fd.fd != fd {
		unix.Close(s.fd.fd)
	}
	s.fd.fd, s.family, s.typ, s.proto = fd, family, typ, proto
	if typ&unix.SOCK_NONBLOCK != 0 {
		s.timeout = 0
	} else {
		s.timeout = defaultTimeout(t)
		if s.timeout >= 0 {
			s.setBlocking(false)
		}
	}
	return nil
}

// setBlocking puts the socket's fd in blocking or non-blocking mode; as
// in 3.2, the type shows SOCK_NONBLOCK while it is non-blocking.
func (s *Socket) setBlocking(blocking bool) {
	if blocking {
		s.typ &^= unix.SOCK_NONBLOCK
	} else {
		s.typ |= unix.SOCK_NONBLOCK
	}
	if s.fd.fd >= 0 {
		unix.SetNonblock(s.fd.fd, !blocking)
	}
}

func socketRepr(t *py.Thread, self py.Object) (py.Object, error) {
	s := asSocket(self)
	return py.NewStr("<socket object, fd=" + itoa(s.fd.fd) + ", family=" + itoa(s.family) +
		", type=" + itoa(s.typ) + ", proto=" + itoa(s.proto) + ">"), nil
}

// wait waits until the socket is ready for reading or writing, until
// deadline when it has a timeout; it reports whether the time ran out.
// The Python handlers of signals run while it waits (see
// selectmod.Wait), so a blocked call can be interrupted.
func (s *Socket) wait(t *py.Thread, writing bool, deadline time.Time) (bool, error) {
	events := int16(unix.POLLIN)
	if writing {
		events = unix.POLLOUT
	}
	timeout := time.Duration(-1)
	if s.timeout > 0 {
		if timeout = time.Until(deadline); timeout < 0 {
			timeout = 0
		}
	}
	fds := []unix.PollFd{{Fd: int32(s.fd.fd), Events: events}}
	n, err := selectmod.Wait(t, fds, timeout)
	if err != nil {
		if _, ok := err.(syscall.Errno); ok {
			return false, sockError(err)
		}
		return false, err
	}
	return n == 0, nil
}

// do runs a socket call. A socket with a timeout, or a blocking one,
// first waits for the socket to be ready (call is then made not to
// block: its result EAGAIN means waiting again); a non-blocking socket
// calls at once. EINTR runs the signal handlers and tries again.
func (s *Socket) do(t *py.Thread, writing bool, call func(fd int, flags int) error) error {
	var deadline time.Time
	if s.timeout > 0 {
		deadline = time.Now().Add(time.Duration(s.timeout * float64(time.Second)))
	}
	for {
		flags := 0
		if s.timeout != 0 && s.fd.fd >= 0 {
			timedOut, err := s.wait(t, writing, deadline)
			if err != nil {
				return err
			}
			if timedOut {
				return timeoutError()
			}
			flags = unix.MSG_DONTWAIT
		}
		err := call(s.fd.fd, flags)
		switch {
		case err == nil:
			return nil
		case err == syscall.EINTR:
			if err := signalmod.CheckSignals(t); err != nil {
				return err
			}
		case (err == syscall.EAGAIN || err == syscall.EWOULDBLOCK) && flags != 0:
			// Readiness that went away: wait again.
		default:
			return sockError(err)
		}
	}
}

func noArgs(fname string, f func(t *py.Thread, s *Socket) (py.Object, error)) py.MethodFunc {
	return func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs(fname, args, kwnames); err != nil {
			return nil, err
		}
		return f(t, asSocket(self))
	}
}

func sockAccept(t *py.Thread, s *Socket) (py.Object, error) {
	var nfd int
	var sa *sockaddr
	err := s.do(t, false, func(fd, _ int) error {
		var err error
		nfd, sa, err = sysAccept(fd)
		return err
	})
	if err != nil {
		return nil, err
	}
	addr, err := makeSockaddr(t, sa)
	if err != nil {
		unix.Close(nfd)
		return nil, err
	}
	return py.NewTuple(py.NewInt(int64(nfd)), addr), nil
}

func sockBind(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	s := asSocket(self)
	a, err := py.OneArg("bind", args, kwnames)
	if err != nil {
		return nil, err
	}
	sa, err := getSockaddr(t, s, a, "bind")
	if err != nil {
		return nil, err
	}
	if err := sysBind(s.fd.fd, sa); err != nil {
		return nil, sockError(err)
	}
	return py.None, nil
}

func sockClose(t *py.Thread, s *Socket) (py.Object, error) {
	if fd := s.fd.fd; fd >= 0 {
		s.fd.fd = -1
		unix.Close(fd)
	}
	return py.None, nil
}

func sockDetach(t *py.Thread, s *Socket) (py.Object, error) {
	fd := s.fd.fd
	s.fd.fd = -1
	return py.NewInt(int64(fd)), nil
}

func sockFileno(t *py.Thread, s *Socket) (py.Object, error) {
	return py.NewInt(int64(s.fd.fd)), nil
}

// connect connects the socket, returning the errno of a failure (0 on
// success), or a Python exception for a timeout or a bad argument.
func (s *Socket) connect(t *py.Thread, a py.Object, fname string) (syscall.Errno, bool, error) {
	sa, err := getSockaddr(t, s, a, fname)
	if err != nil {
		return 0, false, err
	}
	for {
		err = sysConnect(s.fd.fd, sa)
		if err != syscall.EINTR {
			break
		}
		if err := signalmod.CheckSignals(t); err != nil {
			return 0, false, err
		}
	}
	if err == nil {
		return 0, false, nil
	}
	errno, _ := err.(syscall.Errno)
	if s.timeout > 0 && errno == syscall.EINPROGRESS {
		timedOut, werr := s.wait(t, true, time.Now().Add(time.Duration(s.timeout*float64(time.Second))))
		if werr != nil {
			return 0, false, werr
		}
		if timedOut {
			return syscall.EWOULDBLOCK, true, nil
		}
		soerr, gerr := unix.GetsockoptInt(s.fd.fd, unix.SOL_SOCKET, unix.SO_ERROR)
		if gerr != nil {
			return gerr.(syscall.Errno), false, nil
		}
		errno = syscall.Errno(soerr)
		if errno == syscall.EISCONN {
			errno = 0
		}
	}
	return errno, false, nil
}

func sockConnect(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	a, err := py.OneArg("connect", args, kwnames)
	if err != nil {
		return nil, err
	}
	errno, timedOut, err := asSocket(self).connect(t, a, "connect")
	if err != nil {
		return nil, err
	}
	if timedOut {
		return nil, timeoutError()
	}
	if errno != 0 {
		return nil, sockError(errno)
	}
	return py.None, nil
}

func sockConnectEx(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	a, err := py.OneArg("connect_ex", args, kwnames)
	if err != nil {
		return nil, err
	}
	errno, _, err := asSocket(self).connect(t, a, "connect_ex")
	if err != nil {
		return nil, err
	}
	return py.NewInt(int64(errno)), nil
}

func sockGetpeername(t *py.Thread, s *Socket) (py.Object, error) {
	sa, err := sysName(syscall.SYS_GETPEERNAME, s.fd.fd)
	if err != nil {
		return nil, sockError(err)
	}
	return makeSockaddr(t, sa)
}

func sockGetsockname(t *py.Thread, s *Socket) (py.Object, error) {
	sa, err := sysName(syscall.SYS_GETSOCKNAME, s.fd.fd)
	if err != nil {
		return nil, sockError(err)
	}
	return makeSockaddr(t, sa)
}

func sockGetsockopt(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	s := asSocket(self)
	var levelObj, optObj, lenObj py.Object
	if err := py.ParseTuple("getsockopt", args, kwnames, 2, 3, &levelObj, &optObj, &lenObj); err != nil {
		return nil, err
	}
	level, err := intArg(t, levelObj)
	if err != nil {
		return nil, err
	}
	opt, err := intArg(t, optObj)
	if err != nil {
		return nil, err
	}
	if lenObj == nil {
		v, err := unix.GetsockoptInt(s.fd.fd, level, opt)
		if err != nil {
			return nil, sockError(err)
		}
		return py.NewInt(int64(int32(v))), nil
	}
	buflen, err := intArg(t, lenObj)
	if err != nil {
		return nil, err
	}
	if buflen <= 0 || buflen > 1024 {
		return nil, py.NewException(ErrorType, py.NewStr("getsockopt buflen out of range"))
	}
	b, err := getsockoptBytes(s.fd.fd, level, opt, buflen)
	if err != nil {
		return nil, sockError(err)
	}
	return py.NewBytes(string(b)), nil
}

func sockSetsockopt(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	s := asSocket(self)
	var levelObj, optObj, valObj py.Object
	if err := py.ParseTuple("setsockopt", args, kwnames, 3, 3, &levelObj, &optObj, &valObj); err != nil {
		return nil, err
	}
	level, err := intArg(t, levelObj)
	if err != nil {
		return nil, err
	}
	opt, err := intArg(t, optObj)
	if err != nil {
		return nil, err
	}
	if _, ok := valObj.(*py.Int); ok {
		v, err := intArg(t, valObj)
		if err != nil {
			return nil, err
		}
		err = unix.SetsockoptInt(s.fd.fd, level, opt, v)
		if err != nil {
			return nil, sockError(err)
		}
		return py.None, nil
	}
	b, ok := readBuffer(valObj)
	if !ok {
		return nil, py.Errorf(py.TypeError, "setsockopt() argument 3 must be int or buffer, not %s", valObj.Type().Name)
	}
	if err := unix.SetsockoptString(s.fd.fd, level, opt, string(b)); err != nil {
		return nil, sockError(err)
	}
	return py.None, nil
}

func sockGettimeout(t *py.Thread, s *Socket) (py.Object, error) {
	if s.timeout < 0 {
		return py.None, nil
	}
	return py.NewFloat(s.timeout), nil
}

// timeoutArg converts a timeout: None, or a number of seconds >= 0.
func timeoutArg(t *py.Thread, o py.Object) (float64, error) {
	if o == py.None {
		return -1, nil
	}
	if _, ok := o.(*py.Int); !ok {
		if _, ok := o.(*py.Float); !ok && o.Type().Float == nil {
			return 0, py.Errorf(py.TypeError, "a float is required")
		}
	}
	v, err := py.AsFloat64(t, o)
	if err != nil {
		return 0, err
	}
	if v < 0 {
		return 0, py.Errorf(py.ValueError, "Timeout value out of range")
	}
	return v, nil
}

func sockSettimeout(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	s := asSocket(self)
	a, err := py.OneArg("settimeout", args, kwnames)
	if err != nil {
		return nil, err
	}
	v, err := timeoutArg(t, a)
	if err != nil {
		return nil, err
	}
	s.timeout = v
	s.setBlocking(v < 0)
	return py.None, nil
}

func sockSetblocking(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	s := asSocket(self)
	a, err := py.OneArg("setblocking", args, kwnames)
	if err != nil {
		return nil, err
	}
	if _, ok := a.(*py.Float); ok {
		return nil, py.Errorf(py.TypeError, "integer argument expected, got float")
	}
	n, err := py.ArgLong(t, a)
	if err != nil {
		return nil, err
	}
	if n != 0 {
		s.timeout = -1
	} else {
		s.timeout = 0
	}
	s.setBlocking(n != 0)
	return py.None, nil
}

func sockListen(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	s := asSocket(self)
	a, err := py.OneArg("listen", args, kwnames)
	if err != nil {
		return nil, err
	}
	backlog, err := intArg(t, a)
	if err != nil {
		return nil, err
	}
	if backlog < 0 {
		backlog = 0
	}
	if err := unix.Listen(s.fd.fd, backlog); err != nil {
		return nil, sockError(err)
	}
	return py.None, nil
}

func sockShutdown(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	s := asSocket(self)
	a, err := py.OneArg("shutdown", args, kwnames)
	if err != nil {
		return nil, err
	}
	how, err := intArg(t, a)
	if err != nil {
		return nil, err
	}
	if err := unix.Shutdown(s.fd.fd, how); err != nil {
		return nil, sockError(err)
	}
	return py.None, nil
}

// Data transfer.

// readBuffer returns the bytes of a bytes-like object.
func readBuffer(o py.Object) ([]byte, bool) {
	if b, ok := o.(py.BufferExporter); ok {
		if _, isStr := o.(*py.Str); !isStr {
			return b.BufferBytes(), true
		}
	}
	return nil, false
}

func dataArg(o py.Object) ([]byte, error) {
	b, ok := readBuffer(o)
	if !ok {
		return nil, py.Errorf(py.TypeError, "'%s' does not support the buffer interface", o.Type().Name)
	}
	return b, nil
}

// writeBuffer returns the bytes of a writable bytes-like object.
func writeBuffer(fname string, o py.Object) ([]byte, error) {
	b, ok := o.(py.BufferExporter)
	if !ok || b.BufferReadOnly() {
		return nil, py.Errorf(py.TypeError, "%s() argument 1 must be read-write buffer, not %s", fname, o.Type().Name)
	}
	return b.BufferBytes(), nil
}

func optFlags(t *py.Thread, o py.Object) (int, error) {
	if o == nil {
		return 0, nil
	}
	return intArg(t, o)
}

func (s *Socket) recv(t *py.Thread, buf []byte, flags int) (int, error) {
	var n int
	err := s.do(t, false, func(fd, dontwait int) error {
		var err error
		n, err = sysRecvfrom(fd, buf, flags|dontwait, nil)
		if n < 0 {
			n = 0
		}
		return err
	})
	return n, err
}

func (s *Socket) recvfrom(t *py.Thread, buf []byte, flags int) (int, *sockaddr, error) {
	var n int
	from := &sockaddr{}
	err := s.do(t, false, func(fd, dontwait int) error {
		var err error
		n, err = sysRecvfrom(fd, buf, flags|dontwait, from)
		if n < 0 {
			n = 0
		}
		return err
	})
	return n, from, err
}

func sockRecv(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	s := asSocket(self)
	var sizeObj, flagsObj py.Object
	if err := py.ParseTuple("recv", args, kwnames, 1, 2, &sizeObj, &flagsObj); err != nil {
		return nil, err
	}
	size, err := intArg(t, sizeObj)
	if err != nil {
		return nil, err
	}
	flags, err := optFlags(t, flagsObj)
	if err != nil {
		return nil, err
	}
	if size < 0 {
		return nil, py.Errorf(py.ValueError, "negative buffersize in recv")
	}
	buf := make([]byte, size)
	n, err := s.recv(t, buf, flags)
	if err != nil {
		return nil, err
	}
	return py.NewBytes(string(buf[:n])), nil
}

// intoArgs parses recv_into's and recvfrom_into's (buffer, nbytes,
// flags).
func intoArgs(t *py.Thread, fname string, args []py.Object, kwnames *py.Tuple) ([]byte, int, error) {
	var bufObj, nObj, flagsObj py.Object
	if err := py.ParseArgs(fname, args, kwnames, []string{"buffer", "nbytes", "flags"}, 1, &bufObj, &nObj, &flagsObj); err != nil {
		return nil, 0, err
	}
	buf, err := writeBuffer(fname, bufObj)
	if err != nil {
		return nil, 0, err
	}
	n := 0
	if nObj != nil {
		if n, err = intArg(t, nObj); err != nil {
			return nil, 0, err
		}
	}
	flags, err := optFlags(t, flagsObj)
	if err != nil {
		return nil, 0, err
	}
	if n < 0 {
		return nil, 0, py.Errorf(py.ValueError, "negative buffersize in %s", fname)
	}
	if n == 0 {
		n = len(buf)
	}
	if n > len(buf) {
		return nil, 0, py.Errorf(py.ValueError, "buffer too small for requested bytes")
	}
	return buf[:n], flags, nil
}

func sockRecvInto(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	buf, flags, err := intoArgs(t, "recv_into", args, kwnames)
	if err != nil {
		return nil, err
	}
	n, err := asSocket(self).recv(t, buf, flags)
	if err != nil {
		return nil, err
	}
	return py.NewInt(int64(n)), nil
}

func sockRecvfrom(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	s := asSocket(self)
	var sizeObj, flagsObj py.Object
	if err := py.ParseTuple("recvfrom", args, kwnames, 1, 2, &sizeObj, &flagsObj); err != nil {
		return nil, err
	}
	size, err := intArg(t, sizeObj)
	if err != nil {
		return nil, err
	}
	flags, err := optFlags(t, flagsObj)
	if err != nil {
		return nil, err
	}
	if size < 0 {
		return nil, py.Errorf(py.ValueError, "negative buffersize in recvfrom")
	}
	buf := make([]byte, size)
	n, from, err := s.recvfrom(t, buf, flags)
	if err != nil {
		return nil, err
	}
	addr, err := makeSockaddr(t, from)
	if err != nil {
		return nil, err
	}
	return py.NewTuple(py.NewBytes(string(buf[:n])), addr), nil
}

func sockRecvfromInto(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	buf, flags, err := intoArgs(t, "recvfrom_into", args, kwnames)
	if err != nil {
		return nil, err
	}
	n, from, err := asSocket(self).recvfrom(t, buf, flags)
	if err != nil {
		return nil, err
	}
	addr, err := makeSockaddr(t, from)
	if err != nil {
		return nil, err
	}
	return py.NewTuple(py.NewInt(int64(n)), addr), nil
}

func (s *Socket) send(t *py.Thread, data []byte, flags int) (int, error) {
	var n int
	err := s.do(t, true, func(fd, dontwait int) error {
		var err error
		n, err = sysSendto(fd, data, flags|dontwait|unix.MSG_NOSIGNAL, nil)
		return err
	})
	return n, err
}

func sockSend(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var dataObj, flagsObj py.Object
	if err := py.ParseTuple("send", args, kwnames, 1, 2, &dataObj, &flagsObj); err != nil {
		return nil, err
	}
	data, err := dataArg(dataObj)
	if err != nil {
		return nil, err
	}
	flags, err := optFlags(t, flagsObj)
	if err != nil {
		return nil, err
	}
	n, err := asSocket(self).send(t, data, flags)
	if err != nil {
		return nil, err
	}
	return py.NewInt(int64(n)), nil
}

func sockSendall(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	s := asSocket(self)
	var dataObj, flagsObj py.Object
	if err := py.ParseTuple("sendall", args, kwnames, 1, 2, &dataObj, &flagsObj); err != nil {
		return nil, err
	}
	data, err := dataArg(dataObj)
	if err != nil {
		return nil, err
	}
	flags, err := optFlags(t, flagsObj)
	if err != nil {
		return nil, err
	}
	for len(data) > 0 {
		n, err := s.send(t, data, flags)
		if err != nil {
			return nil, err
		}
		data = data[n:]
		if err := signalmod.CheckSignals(t); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

func sockSendto(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	s := asSocket(self)
	if err := py.NoKwargs("sendto", kwnames); err != nil {
		return nil, err
	}
	var dataObj, flagsObj, addrObj py.Object
	switch len(args) {
	case 2:
		dataObj, addrObj = args[0], args[1]
	case 3:
		dataObj, flagsObj, addrObj = args[0], args[1], args[2]
	default:
		return nil, py.Errorf(py.TypeError, "sendto() takes 2 or 3 arguments (%d given)", len(args))
	}
	data, err := dataArg(dataObj)
	if err != nil {
		return nil, err
	}
	flags, err := optFlags(t, flagsObj)
	if err != nil {
		return nil, err
	}
	sa, err := getSockaddr(t, s, addrObj, "sendto")
	if err != nil {
		return nil, err
	}
	n := 0
	err = s.do(t, true, func(fd, dontwait int) error {
		var err error
		n, err = sysSendto(fd, data, flags|dontwait|unix.MSG_NOSIGNAL, sa)
		return err
	})
	if err != nil {
		return nil, err
	}
	return py.NewInt(int64(n)), nil
}

func init() {
	SocketType.Doc = `socket([family[, type[, proto]]]) -> socket object

Open a socket of the given type.  The family argument specifies the
address family; it defaults to AF_INET.  The type argument specifies
whether this is a stream (SOCK_STREAM, this is the default)
or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,
specifying the default protocol.  Keyword arguments are accepted.

A socket object represents one endpoint of a network connection.`
	SocketType.New = socketNew
	SocketType.Init = socketInit
	SocketType.Repr = socketRepr
	SocketType.AddMethods(
		py.MethodDef{Name: "_accept", Fn: noArgs("_accept", sockAccept), Doc: "_accept() -> (integer, address info)\n\nWait for an incoming connection.  Return a new socket file descriptor\nrepresenting the connection, and the address of the client.\nFor IP sockets, the address info is a pair (hostaddr, port)."},
		py.MethodDef{Name: "bind", Fn: sockBind, Doc: "bind(address)\n\nBind the socket to a local address.  For IP sockets, the address is a\npair (host, port); the host must refer to the local host. For raw packet\nsockets the address is a tuple (ifname, proto [,pkttype [,hatype]])"},
		py.MethodDef{Name: "close", Fn: noArgs("close", sockClose), Doc: "close()\n\nClose the socket.  It cannot be used after this call."},
		py.MethodDef{Name: "connect", Fn: sockConnect, Doc: "connect(address)\n\nConnect the socket to a remote address.  For IP sockets, the address\nis a pair (host, port)."},
		py.MethodDef{Name: "connect_ex", Fn: sockConnectEx, Doc: "connect_ex(address) -> errno\n\nThis is like connect(address), but returns an error code (the errno value)\ninstead of raising an exception when an error occurs."},
		py.MethodDef{Name: "detach", Fn: noArgs("detach", sockDetach), Doc: "detach()\n\nClose the socket object without closing the underlying file descriptor.The object cannot be used after this call, but the file descriptor can be reused for other purposes.  The file descriptor is returned."},
		py.MethodDef{Name: "fileno", Fn: noArgs("fileno", sockFileno), Doc: "fileno() -> integer\n\nReturn the integer file descriptor of the socket."},
		py.MethodDef{Name: "getpeername", Fn: noArgs("getpeername", sockGetpeername), Doc: "getpeername() -> address info\n\nReturn the address of the remote endpoint.  For IP sockets, the address\ninfo is a pair (hostaddr, port)."},
		py.MethodDef{Name: "getsockname", Fn: noArgs("getsockname", sockGetsockname), Doc: "getsockname() -> address info\n\nReturn the address of the local endpoint.  For IP sockets, the address\ninfo is a pair (hostaddr, port)."},
		py.MethodDef{Name: "getsockopt", Fn: sockGetsockopt, Doc: "getsockopt(level, option[, buffersize]) -> value\n\nGet a socket option.  See the Unix manual for level and option.\nIf a nonzero buffersize argument is given, the return value is a\nstring of that length; otherwise it is an integer."},
		py.MethodDef{Name: "gettimeout", Fn: noArgs("gettimeout", sockGettimeout), Doc: "gettimeout() -> timeout\n\nReturns the timeout in floating seconds associated with socket \noperations. A timeout of None indicates that timeouts on socket \noperations are disabled."},
		py.MethodDef{Name: "listen", Fn: sockListen, Doc: "listen(backlog)\n\nEnable a server to accept connections.  The backlog argument must be at\nleast 0 (if it is lower, it is set to 0); it specifies the number of\nunaccepted connections that the system will allow before refusing new\nconnections."},
		py.MethodDef{Name: "recv", Fn: sockRecv, Doc: "recv(buffersize[, flags]) -> data\n\nReceive up to buffersize bytes from the socket.  For the optional flags\nargument, see the Unix manual.  When no data is available, block until\nat least one byte is available or until the remote end is closed.  When\nthe remote end is closed and all data is read, return the empty string."},
		py.MethodDef{Name: "recv_into", Fn: sockRecvInto, Doc: "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read\n\nA version of recv() that stores its data into a buffer rather than creating \na new string.  Receive up to buffersize bytes from the socket.  If buffersize \nis not specified (or 0), receive up to the size available in the given buffer.\n\nSee recv() for documentation about the flags."},
		py.MethodDef{Name: "recvfrom", Fn: sockRecvfrom, Doc: "recvfrom(buffersize[, flags]) -> (data, address info)\n\nLike recv(buffersize, flags) but also return the sender's address info."},
		py.MethodDef{Name: "recvfrom_into", Fn: sockRecvfromInto, Doc: "recvfrom_into(buffer[, nbytes[, flags]]) -> (nbytes, address info)\n\nLike recv_into(buffer[, nbytes[, flags]]) but also return the sender's address info."},
		py.MethodDef{Name: "send", Fn: sockSend, Doc: "send(data[, flags]) -> count\n\nSend a data string to the socket.  For the optional flags\nargument, see the Unix manual.  Return the number of bytes\nsent; this may be less than len(data) if the network is busy."},
		py.MethodDef{Name: "sendall", Fn: sockSendall, Doc: "sendall(data[, flags])\n\nSend a data string to the socket.  For the optional flags\nargument, see the Unix manual.  This calls send() repeatedly\nuntil all data is sent.  If an error occurs, it's impossible\nto tell how much data has been sent."},
		py.MethodDef{Name: "sendto", Fn: sockSendto, Doc: "sendto(data[, flags], address) -> count\n\nLike send(data, flags) but allows specifying the destination address.\nFor IP sockets, the address is a pair (hostaddr, port)."},
		py.MethodDef{Name: "setblocking", Fn: sockSetblocking, Doc: "setblocking(flag)\n\nSet the socket to blocking (flag is true) or non-blocking (false).\nsetblocking(True) is equivalent to settimeout(None);\nsetblocking(False) is equivalent to settimeout(0.0)."},
		py.MethodDef{Name: "setsockopt", Fn: sockSetsockopt, Doc: "setsockopt(level, option, value)\n\nSet a socket option.  See the Unix manual for level and option.\nThe value argument can either be an integer or a string."},
		py.MethodDef{Name: "settimeout", Fn: sockSettimeout, Doc: "settimeout(timeout)\n\nSet a timeout on socket operations.  'timeout' can be a float,\ngiving in seconds, or None.  Setting a timeout of None disables\nthe timeout feature and is equivalent to setblocking(1).\nSetting a timeout of zero is the same as setblocking(0)."},
		py.MethodDef{Name: "shutdown", Fn: sockShutdown, Doc: "shutdown(flag)\n\nShut down the reading side of the socket (flag == SHUT_RD), the writing side\nof the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR)."},
	)
	SocketType.AddGetSets(
		py.GetSetDef{Name: "family", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			return py.NewInt(int64(asSocket(self).family)), nil
		}, Doc: "the socket family"},
		py.GetSetDef{Name: "type", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			return py.NewInt(int64(asSocket(self).typ)), nil
		}, Doc: "the socket type"},
		py.GetSetDef{Name: "proto", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			return py.NewInt(int64(asSocket(self).proto)), nil
		}, Doc: "the socket protocol"},
		py.GetSetDef{Name: "timeout", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			// 3.2 shows the field itself: -1.0 for no timeout.
			if s := asSocket(self); s.timeout >= 0 {
				return py.NewFloat(s.timeout), nil
			}
			return py.NewFloat(-1), nil
		}, Doc: "the socket timeout"},
	)
}
