// Package selectmod is the select module of CPython 3.2 on Linux: the
// select() function, poll objects and epoll objects, over the system
// calls of golang.org/x/sys/unix. subprocess's communicate() waits on its
// pipes with it, and the socket module's objects are file descriptors it
// can wait on.
//
// As in 3.2, select.error is its own exception class (a subclass of
// Exception, not of OSError) raised as error(errno, strerror) when
// select() or poll() fails, while the epoll methods raise IOError.
//
// Signals reach Go's runtime, not the thread that waits, so a wait is
// never cut short by one: waits are made in slices (Wait), and between
// two the Python handlers of the signals that arrived run. An exception
// a handler raises (KeyboardInterrupt for Control-C) ends the wait;
// otherwise it goes on, where 3.2 would raise error(EINTR), which its
// callers (subprocess among them) retry anyway. The socket module waits
// for its sockets the same way.
package selectmod

import (
	"errors"
	"math"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

// ErrorType is select.error.
var ErrorType = &py.Type{Name: "error", Module: "select", Flags: py.FlagBaseType | py.FlagHasDict}

func init() {
	builtins.RegisterModule("select", newModule)
	ErrorType.Base = py.ExceptionType
	ErrorType.Bases = []*py.Type{py.ExceptionType}
	py.RegisterTypes(ErrorType)
}

// fdSetSize is FD_SETSIZE: select() handles descriptors below it.
const fdSetSize = 1024

var constants = []struct {
	name  string
	value int64
}{
	{"PIPE_BUF", 4096},
	{"POLLIN", unix.POLLIN}, {"POLLPRI", unix.POLLPRI}, {"POLLOUT", unix.POLLOUT},
	{"POLLERR", unix.POLLERR}, {"POLLHUP", unix.POLLHUP}, {"POLLNVAL", unix.POLLNVAL},
	{"POLLRDNORM", 0x40}, {"POLLRDBAND", 0x80},
	{"POLLWRNORM", 0x100}, {"POLLWRBAND", 0x200}, {"POLLMSG", 0x400},
	{"EPOLLIN", unix.EPOLLIN}, {"EPOLLOUT", unix.EPOLLOUT}, {"EPOLLPRI", unix.EPOLLPRI},
	{"EPOLLERR", unix.EPOLLERR}, {"EPOLLHUP", unix.EPOLLHUP}, {"EPOLLET", 1 << 31},
	{"EPOLLONESHOT", unix.EPOLLONESHOT}, {"EPOLLRDNORM", unix.EPOLLRDNORM},
	{"EPOLLRDBAND", unix.EPOLLRDBAND}, {"EPOLLWRNORM", unix.EPOLLWRNORM},
	{"EPOLLWRBAND", unix.EPOLLWRBAND}, {"EPOLLMSG", unix.EPOLLMSG},
}

const moduleDoc = `This module supports asynchronous I/O on multiple file descriptors.

*** IMPORTANT NOTICE ***
On Windows and OpenVMS, only sockets are supported; on Unix, all file descriptors.`

const selectDoc = `select(rlist, wlist, xlist[, timeout]) -> (rlist, wlist, xlist)

Wait until one or more file descriptors are ready for some kind of I/O.
The first three arguments are sequences of file descriptors to be waited for:
rlist -- wait until ready for reading
wlist -- wait until ready for writing
xlist -- wait for an ` + "``exceptional condition''" + `
If only one kind of condition is required, pass [] for the other lists.
A file descriptor is either a socket or file object, or a small integer
gotten from a fileno() method call on one of those.

The optional 4th argument specifies a timeout in seconds; it may be
a floating point number to specify fractions of seconds.  If it is absent
or None, the call will never time out.

The return value is a tuple of three lists corresponding to the first three
arguments; each contains the subset of the corresponding file descriptors
that are ready.

*** IMPORTANT NOTICE ***
On Windows and OpenVMS, only sockets are supported; on Unix, all file
descriptors can be used.`

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("select")
	d := m.Dict
	d.SetStr(py.NewStr("__doc__"), py.NewStr(moduleDoc))
	d.SetStr(py.NewStr("error"), ErrorType)
	for _, c := range constants {
		d.SetStr(py.NewStr(c.name), py.NewInt(c.value))
	}
	m.AddFunction("select", selectSelect, selectDoc)
	m.AddFunction("poll", selectPoll, "Returns a polling object, which supports registering and\nunregistering file descriptors, and then polling them for I/O events.")
	d.SetStr(py.NewStr("epoll"), EpollType)
	return m, nil
}

// FileDescriptor converts an argument as PyObject_AsFileDescriptor does:
// an int, or an object whose fileno() returns one.
func FileDescriptor(t *py.Thread, o py.Object) (int, error) {
	if _, ok := o.(*py.Int); !ok {
		if _, isFloat := o.(*py.Float); isFloat {
			return 0, py.Errorf(py.TypeError, "argument must be an int, or have a fileno() method.")
		}
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

// selectError returns select.error(errno, strerror) for a failed call.
func selectError(err error) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return py.Errorf(ErrorType, "%s", err.Error())
	}
	return py.NewException(ErrorType, py.NewInt(int64(errno)), py.NewStr(py.Strerror(errno)))
}

// watched is one entry of select()'s lists: the object and its descriptor.
type watched struct {
	obj py.Object
	fd  int
}

// selectList converts one of select()'s sequences, re-reading a list's
// length at each step as 3.2 does (a fileno() may change the list).
func selectList(t *py.Thread, seq py.Object, set *unix.FdSet, max *int) ([]watched, error) {
	var items []py.Object
	list, isList := seq.(*py.List)
	if !isList {
		if _, ok := seq.(*py.Tuple); !ok {
			if seq.Type().GetItem == nil || seq.Type().Len == nil {
				return nil, py.Errorf(py.TypeError, "arguments 1-3 must be sequences")
			}
		}
		var err error
		if items, err = py.Collect(t, seq); err != nil {
			return nil, err
		}
	}
	var r []watched
	for i := 0; ; i++ {
		var o py.Object
		if isList {
			if i >= len(list.Items) {
				break
			}
			o = list.Items[i]
		} else {
			if i >= len(items) {
				break
			}
			o = items[i]
		}
		fd, err := FileDescriptor(t, o)
		if err != nil {
			return nil, err
		}
		if fd >= fdSetSize {
			return nil, py.Errorf(py.ValueError, "filedescriptor out of range in select()")
		}
		set.Bits[fd/64] |= 1 << (uint(fd) % 64)
		if fd > *max {
			*max = fd
		}
		r = append(r, watched{o, fd})
	}
	return r, nil
}

func readyList(ws []watched, set *unix.FdSet) *py.List {
	l := py.NewList()
	for _, w := range ws {
		if set.Bits[w.fd/64]&(1<<(uint(w.fd)%64)) != 0 {
			l.Append(w.obj)
		}
	}
	return l
}

// secondsArg converts a timeout in seconds (a number) to a duration.
func secondsArg(t *py.Thread, o py.Object, msg string) (float64, error) {
	if _, ok := o.(*py.Int); !ok && o.Type().Float == nil {
		if _, ok := o.(*py.Float); !ok {
			return 0, py.Errorf(py.TypeError, "%s", msg)
		}
	}
	return py.AsFloat64(t, o)
}

func selectSelect(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var rl, wl, xl, tout py.Object
	if err := py.ParseTuple("select", args, kwnames, 3, 4, &rl, &wl, &xl, &tout); err != nil {
		return nil, err
	}
	var tv *unix.Timeval
	if tout != nil && tout != py.None {
		secs, err := secondsArg(t, tout, "timeout must be a float or None")
		if err != nil {
			return nil, err
		}
		if secs > math.MaxInt32 {
			return nil, py.Errorf(py.OverflowError, "timeout period too long")
		}
		whole := math.Floor(secs)
		usec := int64((secs - whole) * 1e6)
		tv = &unix.Timeval{Sec: int64(whole), Usec: usec}
		if secs < 0 {
			// The system rejects it: select.error(EINVAL).
			tv = &unix.Timeval{Sec: -1}
		}
	}
	var sets [3]unix.FdSet
	max := -1
	var lists [3][]watched
	for i, seq := range []py.Object{rl, wl, xl} {
		ws, err := selectList(t, seq, &sets[i], &max)
		if err != nil {
			return nil, err
		}
		lists[i] = ws
	}
	if tv != nil && tv.Sec < 0 {
		return nil, selectError(syscall.EINVAL)
	}
	timeout := time.Duration(-1)
	if tv != nil {
		timeout = time.Duration(tv.Sec)*time.Second + time.Duration(tv.Usec)*time.Microsecond
	}
	wanted := sets
	_, err := sliced(t, timeout, func(ms int) (int, error) {
		sets = wanted
		return unix.Select(max+1, &sets[0], &sets[1], &sets[2], &unix.Timeval{Sec: int64(ms / 1000), Usec: int64(ms%1000) * 1000})
	})
	if err != nil {
		if _, ok := err.(syscall.Errno); !ok {
			return nil, err
		}
		return nil, selectError(err)
	}
	return py.NewTuple(readyList(lists[0], &sets[0]), readyList(lists[1], &sets[1]), readyList(lists[2], &sets[2])), nil
}

// The poll object.

// PollType is select.poll, the type of what select.poll() returns.
var PollType = &py.Type{Name: "poll", Module: "select"}

// Poll is a set of descriptors to poll, in the order they were first
// registered.
type Poll struct {
	fds     []unix.PollFd
	index   map[int]int // descriptor -> position in fds
	running bool
}

// Type returns select.poll.
func (p *Poll) Type() *py.Type { return PollType }

func selectPoll(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("poll", args, kwnames); err != nil {
		return nil, err
	}
	return &Poll{index: map[int]int{}}, nil
}

// eventMask converts an event mask argument: 3.2 parses it as a signed
// short ("h").
func eventMask(t *py.Thread, o py.Object) (int16, error) {
	if _, ok := o.(*py.Float); ok {
		return 0, py.Errorf(py.TypeError, "integer argument expected, got float")
	}
	n, err := py.ArgLong(t, o)
	if err != nil {
		return 0, err
	}
	if n < math.MinInt16 {
		return 0, py.Errorf(py.OverflowError, "signed short integer is less than minimum")
	}
	if n > math.MaxInt16 {
		return 0, py.Errorf(py.OverflowError, "signed short integer is greater than maximum")
	}
	return int16(n), nil
}

func pollRegister(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	p := self.(*Poll)
	var fdObj, maskObj py.Object
	if err := py.ParseTuple("register", args, kwnames, 1, 2, &fdObj, &maskObj); err != nil {
		return nil, err
	}
	fd, err := FileDescriptor(t, fdObj)
	if err != nil {
		return nil, err
	}
	events := int16(unix.POLLIN | unix.POLLPRI | unix.POLLOUT)
	if maskObj != nil {
		if events, err = eventMask(t, maskObj); err != nil {
			return nil, err
		}
	}
	if i, ok := p.index[fd]; ok {
		p.fds[i].Events = events
	} else {
		p.index[fd] = len(p.fds)
		p.fds = append(p.fds, unix.PollFd{Fd: int32(fd), Events: events})
	}
	return py.None, nil
}

func pollModify(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	p := self.(*Poll)
	var fdObj, maskObj py.Object
	if err := py.ParseTuple("modify", args, kwnames, 2, 2, &fdObj, &maskObj); err != nil {
		return nil, err
	}
	fd, err := FileDescriptor(t, fdObj)
	if err != nil {
		return nil, err
	}
	// modify takes any C int ("i"); poll() truncates it to a short.
	if _, ok := maskObj.(*py.Float); ok {
		return nil, py.Errorf(py.TypeError, "integer argument expected, got float")
	}
	n, err := py.ArgLong(t, maskObj)
	if err != nil {
		return nil, err
	}
	if n > math.MaxInt32 {
		return nil, py.Errorf(py.OverflowError, "signed integer is greater than maximum")
	}
	if n < math.MinInt32 {
		return nil, py.Errorf(py.OverflowError, "signed integer is less than minimum")
	}
	events := int16(n)
	i, ok := p.index[fd]
	if !ok {
		return nil, py.NewOSError(py.IOError, syscall.ENOENT, "")
	}
	p.fds[i].Events = events
	return py.None, nil
}

func pollUnregister(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	p := self.(*Poll)
	o, err := py.OneArg("unregister", args, kwnames)
	if err != nil {
		return nil, err
	}
	fd, err := FileDescriptor(t, o)
	if err != nil {
		return nil, err
	}
	i, ok := p.index[fd]
	if !ok {
		return nil, py.NewException(py.KeyError, py.NewInt(int64(fd)))
	}
	p.fds = append(p.fds[:i], p.fds[i+1:]...)
	delete(p.index, fd)
	for j := i; j < len(p.fds); j++ {
		p.index[int(p.fds[j].Fd)] = j
	}
	return py.None, nil
}

func pollPoll(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	p := self.(*Poll)
	var tout py.Object
	if err := py.ParseTuple("poll", args, kwnames, 0, 1, &tout); err != nil {
		return nil, err
	}
	timeout := -1
	if tout != nil && tout != py.None {
		var n py.Object
		switch v := tout.(type) {
		case *py.Int:
			n = v
		case *py.Float:
			f := v.Float64()
			if math.IsInf(f, 0) {
				return nil, py.Errorf(py.OverflowError, "cannot convert float infinity to integer")
			}
			if math.IsNaN(f) {
				return nil, py.Errorf(py.ValueError, "cannot convert float NaN to integer")
			}
			n = py.NewInt(int64(f))
		default:
			if tout.Type().Int == nil {
				return nil, py.Errorf(py.TypeError, "timeout must be an integer or None")
			}
			r, err := tout.Type().Int(t, tout)
			if err != nil {
				return nil, err
			}
			n = r
		}
		v, err := py.ArgLong(t, n)
		if err != nil {
			return nil, err
		}
		if v > math.MaxInt32 || v < math.MinInt32 {
			return nil, py.Errorf(py.OverflowError, "Python int too large to convert to C long")
		}
		timeout = int(v)
	}
	if p.running {
		return nil, py.Errorf(py.RuntimeError, "concurrent poll() invocation")
	}
	for i := range p.fds {
		p.fds[i].Revents = 0
	}
	p.running = true
	wait := time.Duration(-1)
	if timeout >= 0 {
		wait = time.Duration(timeout) * time.Millisecond
	}
	_, err := Wait(t, p.fds, wait)
	p.running = false
	if err != nil {
		if _, ok := err.(syscall.Errno); !ok {
			return nil, err
		}
		return nil, selectError(err)
	}
	l := py.NewList()
	for _, f := range p.fds {
		if f.Revents != 0 {
			l.Append(py.NewTuple(py.NewInt(int64(f.Fd)), py.NewInt(int64(uint16(f.Revents)))))
		}
	}
	return l, nil
}

// The epoll object.

// EpollType is select.epoll.
var EpollType = &py.Type{Name: "epoll", Module: "select"}

// Epoll is an epoll descriptor; fd is -1 once closed.
type Epoll struct {
	py.Ext
	fd int
}

// Type returns select.epoll, or the subclass.
func (e *Epoll) Type() *py.Type {
	if typ := e.ExtType(); typ != nil {
		return typ
	}
	return EpollType
}

func ioError(err error) error { return py.NewOSError(py.IOError, err, "") }

func epollNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var hint py.Object
	if err := py.ParseArgs("epoll", args, kwnames, []string{"sizehint"}, 0, &hint); err != nil {
		return nil, err
	}
	size := -1
	if hint != nil {
		if _, ok := hint.(*py.Int); !ok {
			if _, isFloat := hint.(*py.Float); isFloat {
				return nil, py.Errorf(py.TypeError, "integer argument expected, got float")
			}
			return nil, py.Errorf(py.TypeError, "an integer is required")
		}
		n, err := py.ArgInt(t, hint)
		if err != nil {
			return nil, err
		}
		size = n
	}
	if size < -1 || size == 0 {
		return nil, py.Errorf(py.ValueError, "sizehint must be greater zero, got %d", size)
	}
	fd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return nil, ioError(err)
	}
	return &Epoll{Ext: py.NewExt(typ, EpollType), fd: fd}, nil
}

func (e *Epoll) open() error {
	if e.fd < 0 {
		return py.Errorf(py.ValueError, "I/O operation on closed epoll fd")
	}
	return nil
}

func asEpoll(self py.Object) *Epoll { return self.(*Epoll) }

func epollClose(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	e := asEpoll(self)
	if err := py.NoArgs("close", args, kwnames); err != nil {
		return nil, err
	}
	if e.fd >= 0 {
		fd := e.fd
		e.fd = -1
		if err := unix.Close(fd); err != nil {
			return nil, ioError(err)
		}
	}
	return py.None, nil
}

func epollFileno(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	e := asEpoll(self)
	if err := py.NoArgs("fileno", args, kwnames); err != nil {
		return nil, err
	}
	if err := e.open(); err != nil {
		return nil, err
	}
	return py.NewInt(int64(e.fd)), nil
}

func epollFromfd(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	typ := self.(*py.Type)
	o, err := py.OneArg("fromfd", args, kwnames)
	if err != nil {
		return nil, err
	}
	fd, err := py.ArgInt(t, o)
	if err != nil {
		return nil, err
	}
	return &Epoll{Ext: py.NewExt(typ, EpollType), fd: fd}, nil
}

// ctl runs epoll_ctl for register, modify and unregister.
func (e *Epoll) ctl(t *py.Thread, op int, fdObj py.Object, events uint32) error {
	if err := e.open(); err != nil {
		return err
	}
	fd, err := FileDescriptor(t, fdObj)
	if err != nil {
		return err
	}
	ev := unix.EpollEvent{Events: events, Fd: int32(fd)}
	err = unix.EpollCtl(e.fd, op, fd, &ev)
	if err == syscall.EBADF && op == unix.EPOLL_CTL_DEL {
		// Closed already: it left the set when it was closed.
		return nil
	}
	if err != nil {
		return ioError(err)
	}
	return nil
}

// epollMask converts an epoll event mask ("I").
func epollMask(t *py.Thread, o py.Object) (uint32, error) {
	if _, ok := o.(*py.Float); ok {
		return 0, py.Errorf(py.TypeError, "integer argument expected, got float")
	}
	n, err := py.ArgLong(t, o)
	if err != nil {
		return 0, err
	}
	return uint32(n), nil
}

func epollRegister(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var fdObj, maskObj py.Object
	if err := py.ParseArgs("register", args, kwnames, []string{"fd", "eventmask"}, 1, &fdObj, &maskObj); err != nil {
		return nil, err
	}
	events := uint32(unix.EPOLLIN | unix.EPOLLOUT | unix.EPOLLPRI)
	if maskObj != nil {
		var err error
		if events, err = epollMask(t, maskObj); err != nil {
			return nil, err
		}
	}
	if err := asEpoll(self).ctl(t, unix.EPOLL_CTL_ADD, fdObj, events); err != nil {
		return nil, err
	}
	return py.None, nil
}

func epollModify(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var fdObj, maskObj py.Object
	if err := py.ParseArgs("modify", args, kwnames, []string{"fd", "eventmask"}, 2, &fdObj, &maskObj); err != nil {
		return nil, err
	}
	events, err := epollMask(t, maskObj)
	if err != nil {
		return nil, err
	}
	if err := asEpoll(self).ctl(t, unix.EPOLL_CTL_MOD, fdObj, events); err != nil {
		return nil, err
	}
	return py.None, nil
}

func epollUnregister(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var fdObj py.Object
	if err := py.ParseArgs("unregister", args, kwnames, []string{"fd"}, 1, &fdObj); err != nil {
		return nil, err
	}
	if err := asEpoll(self).ctl(t, unix.EPOLL_CTL_DEL, fdObj, 0); err != nil {
		return nil, err
	}
	return py.None, nil
}

func epollPoll(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	e := asEpoll(self)
	var toutObj, maxObj py.Object
	if err := py.ParseArgs("poll", args, kwnames, []string{"timeout", "maxevents"}, 0, &toutObj, &maxObj); err != nil {
		return nil, err
	}
	if err := e.open(); err != nil {
		return nil, err
	}
	timeout := -1
	if toutObj != nil {
		secs, err := secondsArg(t, toutObj, "a float is required")
		if err != nil {
			return nil, err
		}
		if secs >= 0 {
			if secs*1000 > math.MaxInt32 {
				return nil, py.Errorf(py.OverflowError, "timeout is too large")
			}
			timeout = int(secs * 1000)
		}
	}
	maxEvents := -1
	if maxObj != nil {
		n, err := py.ArgInt(t, maxObj)
		if err != nil {
			return nil, err
		}
		maxEvents = n
	}
	if maxEvents == -1 {
		maxEvents = fdSetSize - 1
	} else if maxEvents < 1 {
		return nil, py.Errorf(py.ValueError, "maxevents must be greater than 0, got %d", maxEvents)
	}
	events := make([]unix.EpollEvent, maxEvents)
	wait := time.Duration(-1)
	if timeout >= 0 {
		wait = time.Duration(timeout) * time.Millisecond
	}
	n, err := sliced(t, wait, func(ms int) (int, error) { return unix.EpollWait(e.fd, events, ms) })
	if err != nil {
		if _, ok := err.(syscall.Errno); !ok {
			return nil, err
		}
		return nil, ioError(err)
	}
	l := py.NewList()
	for _, ev := range events[:n] {
		l.Append(py.NewTuple(py.NewInt(int64(ev.Fd)), py.NewInt(int64(ev.Events))))
	}
	return l, nil
}

func init() {
	PollType.Doc = "A polling object: register descriptors with register() and wait for\ntheir events with poll()."
	PollType.AddMethods(
		py.MethodDef{Name: "register", Fn: pollRegister, Doc: "register(fd [, eventmask] ) -> None\n\nRegister a file descriptor with the polling object.\nfd -- either an integer, or an object with a fileno() method returning an\n      int.\nevents -- an optional bitmask describing the type of events to check for"},
		py.MethodDef{Name: "modify", Fn: pollModify, Doc: "modify(fd, eventmask) -> None\n\nModify an already registered file descriptor.\nfd -- either an integer, or an object with a fileno() method returning an\n      int.\nevents -- an optional bitmask describing the type of events to check for"},
		py.MethodDef{Name: "unregister", Fn: pollUnregister, Doc: "unregister(fd) -> None\n\nRemove a file descriptor being tracked by the polling object."},
		py.MethodDef{Name: "poll", Fn: pollPoll, Doc: "poll( [timeout] ) -> list of (fd, event) 2-tuples\n\nPolls the set of registered file descriptors, returning a list containing \nany descriptors that have events or errors to report."},
	)
	EpollType.Doc = "select.epoll([sizehint=-1])\n\nReturns an epolling object\n\nsizehint must be a positive integer or -1 for the default size. The\nsizehint is used to optimize internal data structures. It doesn't limit\nthe maximum number of monitored events."
	EpollType.New = epollNew
	EpollType.AddMethods(
		py.MethodDef{Name: "close", Fn: epollClose, Doc: "close() -> None\n\nClose the epoll control file descriptor. Further operations on the epoll\nobject will raise an exception."},
		py.MethodDef{Name: "fileno", Fn: epollFileno, Doc: "fileno() -> int\n\nReturn the epoll control file descriptor."},
		py.MethodDef{Name: "fromfd", Fn: epollFromfd, Kind: py.ClassMethod, Doc: "fromfd(fd) -> epoll\n\nCreate an epoll object from a given control fd."},
		py.MethodDef{Name: "register", Fn: epollRegister, Doc: "register(fd[, eventmask]) -> None\n\nRegisters a new fd or raises an IOError if the fd is already registered.\nfd is the target file descriptor of the operation.\nevents is a bit set composed of the various EPOLL constants; the default\nis EPOLL_IN | EPOLL_OUT | EPOLL_PRI.\n\nThe epoll interface supports all file descriptors that support poll."},
		py.MethodDef{Name: "modify", Fn: epollModify, Doc: "modify(fd, eventmask) -> None\n\nfd is the target file descriptor of the operation\nevents is a bit set composed of the various EPOLL constants"},
		py.MethodDef{Name: "unregister", Fn: epollUnregister, Doc: "unregister(fd) -> None\n\nfd is the target file descriptor of the operation."},
		py.MethodDef{Name: "poll", Fn: epollPoll, Doc: "poll([timeout=-1[, maxevents=-1]]) -> [(fd, events), (...)]\n\nWait for events on the epoll file descriptor for a maximum time of timeout\nin seconds (as float). -1 makes poll wait indefinitely.\nUp to maxevents are returned to the caller."},
	)
	EpollType.AddGetSets(py.GetSetDef{Name: "closed", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
		return py.NewBool(asEpoll(self).fd < 0), nil
	}, Doc: "True if the epoll handler is closed"})
}
