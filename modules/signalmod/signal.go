// Package signalmod is the signal module of CPython 3.2: Python functions
// as handlers of the process's signals, run by the evaluator at a safe
// point, between two instructions.
//
// A signal with a Python handler is delivered by Go's os/signal to a
// goroutine of the interpreter, which marks it pending and raises the
// evaluator's interrupt flag (py.Interp.Interrupt); at its next check (a
// backward jump or a call), the evaluator calls the interpreter's
// Signals, which this package sets to CheckSignals, which runs the
// handlers of the pending signals in the running thread, and an
// exception one of them raises propagates from there. SIGINT's handler
// is default_int_handler, which raises KeyboardInterrupt, from the
// moment the interpreter's signal state exists (when signal is imported,
// or time.sleep first runs); before that the evaluator raises
// KeyboardInterrupt itself. SIG_IGN and SIG_DFL become signal.Ignore and
// signal.Reset.
//
// Sleep is time.sleep: it waits for its time or for a signal with a
// Python handler, and then runs the handlers, as CPython's select()
// returns early with EINTR.
package signalmod

import (
	"os"
	ossignal "os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("signal", newModule) }

// nsig is NSIG: signal numbers go from 1 to nsig-1.
const nsig = 65

const (
	sigDFL = 0
	sigIGN = 1
)

// state is one interpreter's signal handling.
type state struct {
	interp *py.Interp
	// handlers are what getsignal returns: SIG_DFL, SIG_IGN, a callable,
	// or None. Only the interpreter's thread touches them.
	handlers [nsig]py.Object
	// pending marks the signals that arrived and whose handler has not
	// run yet; anyPending says whether any does.
	pending    [nsig]atomic.Bool
	anyPending atomic.Bool
	ch         chan os.Signal
	// wake receives (without blocking the sender) when a signal with a
	// Python handler arrives, for Sleep and pause.
	wake        chan struct{}
	wakeupFD    atomic.Int64
	intHandler  py.Object // default_int_handler
	itimerError *py.Type
}

var states sync.Map // *py.Interp -> *state

// stateOf returns interp's signal state, making it (and taking SIGINT
// over) the first time.
func stateOf(interp *py.Interp) *state {
	if st, ok := states.Load(interp); ok {
		return st.(*state)
	}
	st := &state{
		interp: interp,
		ch:     make(chan os.Signal, nsig),
		wake:   make(chan struct{}, 1),
	}
	st.wakeupFD.Store(-1)
	st.intHandler = py.NewBuiltinFunction("default_int_handler", defaultIntHandler,
		"default_int_handler(...)\n\nThe default handler for SIGINT installed by Python.\nIt raises KeyboardInterrupt.")
	for i := 1; i < nsig; i++ {
		st.handlers[i] = py.NewInt(sigDFL)
	}
	// CPython ignores these at startup.
	st.handlers[syscall.SIGPIPE] = py.NewInt(sigIGN)
	st.handlers[syscall.SIGXFSZ] = py.NewInt(sigIGN)
	st.handlers[syscall.SIGINT] = st.intHandler
	if actual, loaded := states.LoadOrStore(interp, st); loaded {
		return actual.(*state)
	}
	ossignal.Notify(st.ch, syscall.SIGINT)
	go st.receive()
	interp.Signals = st.check
	return st
}

// receive runs in its own goroutine: it marks each signal that arrives
// pending and tells the evaluator.
func (st *state) receive() {
	for sig := range st.ch {
		n, ok := sig.(syscall.Signal)
		if !ok || n <= 0 || int(n) >= nsig {
			continue
		}
		st.pending[n].Store(true)
		st.anyPending.Store(true)
		if fd := st.wakeupFD.Load(); fd >= 0 {
			unix.Write(int(fd), []byte{0})
		}
		interrupt(st.interp)
		select {
		case st.wake <- struct{}{}:
		default:
		}
	}
}

// check runs the handlers of the pending signals (PyErr_CheckSignals),
// returning the exception one of them raised.
func (st *state) check(t *py.Thread) error {
	if !st.anyPending.Swap(false) {
		return nil
	}
	for i := 1; i < nsig; i++ {
		if !st.pending[i].Swap(false) {
			continue
		}
		h := st.handlers[i]
		if h == nil || h.Type().Call == nil {
			continue
		}
		var frame py.Object = py.None
		if t.Frame != nil {
			frame = t.Frame
		}
		if _, err := py.Call(t, h, []py.Object{py.NewInt(int64(i)), frame}, nil); err != nil {
			// Leave the others for the next check.
			for j := i + 1; j < nsig; j++ {
				if st.pending[j].Load() {
					st.anyPending.Store(true)
					interrupt(st.interp)
					break
				}
			}
			return err
		}
	}
	return nil
}

// interrupt makes the evaluator of interp stop at its next check.
func interrupt(interp *py.Interp) {
	if f := interp.Interrupt; f != nil {
		f()
	}
}

// CheckSignals runs the Python handlers of the signals that arrived in
// t's interpreter and were not handled yet, returning the exception one
// of them raised (CPython's PyErr_CheckSignals).
func CheckSignals(t *py.Thread) error {
	if st, ok := states.Load(t.Interp); ok {
		return st.(*state).check(t)
	}
	return nil
}

// IgnoreInterrupts ignores SIGINT and SIGQUIT until the function it
// returns is called, which restores the handlers of t's interpreter: the
// C library's system() does this while it waits for the command, so that
// a Control-C typed for the command does not reach the program.
func IgnoreInterrupts(t *py.Thread) (restore func()) {
	st := stateOf(t.Interp)
	ossignal.Ignore(syscall.SIGINT, syscall.SIGQUIT)
	return func() {
		for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGQUIT} {
			st.apply(sig, st.handlers[sig])
		}
	}
}

// apply makes the process handle sig as handler says.
func (st *state) apply(sig syscall.Signal, handler py.Object) {
	switch {
	case isConst(handler, sigIGN):
		ossignal.Ignore(sig)
	case isConst(handler, sigDFL):
		ossignal.Reset(sig)
	default:
		ossignal.Notify(st.ch, sig)
	}
}

// Trip makes signal signum pending in t's interpreter, as if it had
// arrived, whatever its handler (CPython's PyErr_SetInterrupt for
// SIGINT): its Python handler runs at the next check.
func Trip(t *py.Thread, signum int) {
	if signum <= 0 || signum >= nsig {
		return
	}
	st := stateOf(t.Interp)
	st.pending[signum].Store(true)
	st.anyPending.Store(true)
	interrupt(t.Interp)
	select {
	case st.wake <- struct{}{}:
	default:
	}
}

// Sleep waits for d, or until a signal with a Python handler arrives;
// then it runs the pending handlers, returning the exception one raised.
func Sleep(t *py.Thread, d time.Duration) error {
	st := stateOf(t.Interp)
	if st.anyPending.Load() {
		return st.check(t)
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	for {
		select {
		case <-timer.C:
			return nil
		case <-st.wake:
			// A wake-up left from a signal handled already is no reason
			// to stop.
			if st.anyPending.Load() {
				return st.check(t)
			}
		}
	}
}

func defaultIntHandler(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return nil, py.NewException(py.KeyboardInterrupt)
}

func signalNumber(t *py.Thread, o py.Object) (int, error) {
	n, err := py.ArgInt(t, o)
	if err != nil {
		return 0, err
	}
	if n < 1 || n >= nsig {
		return 0, py.Errorf(py.ValueError, "signal number out of range")
	}
	return n, nil
}

// isConst reports whether o is the int c itself (SIG_DFL or SIG_IGN), as
// CPython's identity test with its cached small ints works out.
func isConst(o py.Object, c int64) bool {
	i, ok := o.(*py.Int)
	if !ok || i.Type() != py.IntType {
		return false
	}
	v, ok := i.Int64()
	return ok && v == c
}

func (st *state) signal(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, h py.Object
	if err := py.ParseTuple("signal", args, kwnames, 2, 2, &a, &h); err != nil {
		return nil, err
	}
	n, err := signalNumber(t, a)
	if err != nil {
		return nil, err
	}
	sig := syscall.Signal(n)
	var handler py.Object
	switch {
	case isConst(h, sigIGN):
		handler = py.NewInt(sigIGN)
	case isConst(h, sigDFL):
		handler = py.NewInt(sigDFL)
	case h.Type().Call != nil:
		handler = h
	default:
		return nil, py.Errorf(py.TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
	}
	if sig == syscall.SIGKILL || sig == syscall.SIGSTOP || n == 32 || n == 33 {
		// The system refuses these (32 and 33 are the C library's own).
		return nil, py.NewOSError(py.RuntimeError, syscall.EINVAL, "")
	}
	st.apply(sig, handler)
	old := st.handlers[n]
	st.handlers[n] = handler
	return old, nil
}

func (st *state) getsignal(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a py.Object
	if err := py.ParseTuple("getsignal", args, kwnames, 1, 1, &a); err != nil {
		return nil, err
	}
	n, err := signalNumber(t, a)
	if err != nil {
		return nil, err
	}
	if h := st.handlers[n]; h != nil {
		return h, nil
	}
	return py.None, nil
}

func (st *state) setWakeupFD(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a py.Object
	if err := py.ParseTuple("set_wakeup_fd", args, kwnames, 1, 1, &a); err != nil {
		return nil, err
	}
	fd, err := py.ArgInt(t, a)
	if err != nil {
		return nil, err
	}
	if fd != -1 {
		var s unix.Stat_t
		if unix.Fstat(fd, &s) != nil {
			return nil, py.Errorf(py.ValueError, "invalid fd")
		}
	}
	return py.NewInt(st.wakeupFD.Swap(int64(fd))), nil
}

func (st *state) pause(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("pause", args, kwnames); err != nil {
		return nil, err
	}
	for !st.anyPending.Load() {
		<-st.wake
	}
	if err := st.check(t); err != nil {
		return nil, err
	}
	return py.None, nil
}

func alarm(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a py.Object
	if err := py.ParseTuple("alarm", args, kwnames, 1, 1, &a); err != nil {
		return nil, err
	}
	secs, err := py.ArgInt(t, a)
	if err != nil {
		return nil, err
	}
	old, err := unix.Setitimer(unix.ITIMER_REAL, unix.Itimerval{Value: unix.Timeval{Sec: int64(uint32(secs))}})
	if err != nil {
		return nil, py.NewOSError(py.OSError, err, "")
	}
	// As the C library's alarm rounds what was left.
	left := old.Value.Sec
	if old.Value.Usec >= 500000 || left == 0 && old.Value.Usec != 0 {
		left++
	}
	return py.NewInt(left), nil
}

func (st *state) siginterrupt(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, f py.Object
	if err := py.ParseTuple("siginterrupt", args, kwnames, 2, 2, &a, &f); err != nil {
		return nil, err
	}
	if _, err := signalNumber(t, a); err != nil {
		return nil, err
	}
	if _, err := py.ArgInt(t, f); err != nil {
		return nil, err
	}
	// Go restarts interrupted system calls; handlers still run at the
	// next safe point, so there is nothing to change.
	return py.None, nil
}

func timeval(v float64) unix.Timeval {
	sec := int64(v)
	usec := int64((v - float64(sec)) * 1e6)
	if sec == 0 && usec == 0 && v > 0 {
		usec = 1
	}
	return unix.Timeval{Sec: sec, Usec: usec}
}

func itimerTuple(it unix.Itimerval) py.Object {
	f := func(tv unix.Timeval) py.Object { return py.NewFloat(float64(tv.Sec) + float64(tv.Usec)/1e6) }
	return py.NewTuple(f(it.Value), f(it.Interval))
}

func (st *state) setitimer(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var w, s, i py.Object
	if err := py.ParseTuple("setitimer", args, kwnames, 2, 3, &w, &s, &i); err != nil {
		return nil, err
	}
	which, err := py.ArgInt(t, w)
	if err != nil {
		return nil, err
	}
	secs, err := py.AsFloat64(t, s)
	if err != nil {
		return nil, err
	}
	var interval float64
	if i != nil {
		if interval, err = py.AsFloat64(t, i); err != nil {
			return nil, err
		}
	}
	old, err := unix.Setitimer(unix.ItimerWhich(which), unix.Itimerval{Value: timeval(secs), Interval: timeval(interval)})
	if err != nil {
		return nil, py.NewOSError(st.itimerError, err, "")
	}
	return itimerTuple(old), nil
}

func (st *state) getitimer(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var w py.Object
	if err := py.ParseTuple("getitimer", args, kwnames, 1, 1, &w); err != nil {
		return nil, err
	}
	which, err := py.ArgInt(t, w)
	if err != nil {
		return nil, err
	}
	it, err := unix.Getitimer(unix.ItimerWhich(which))
	if err != nil {
		return nil, py.NewOSError(st.itimerError, err, "")
	}
	return itimerTuple(it), nil
}

var signalNames = []struct {
	name string
	num  int
}{
	{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGILL", 4}, {"SIGTRAP", 5}, {"SIGABRT", 6},
	{"SIGIOT", 6}, {"SIGBUS", 7}, {"SIGFPE", 8}, {"SIGKILL", 9}, {"SIGUSR1", 10}, {"SIGSEGV", 11},
	{"SIGUSR2", 12}, {"SIGPIPE", 13}, {"SIGALRM", 14}, {"SIGTERM", 15}, {"SIGCHLD", 17},
	{"SIGCLD", 17}, {"SIGCONT", 18}, {"SIGSTOP", 19}, {"SIGTSTP", 20}, {"SIGTTIN", 21},
	{"SIGTTOU", 22}, {"SIGURG", 23}, {"SIGXCPU", 24}, {"SIGXFSZ", 25}, {"SIGVTALRM", 26},
	{"SIGPROF", 27}, {"SIGWINCH", 28}, {"SIGIO", 29}, {"SIGPOLL", 29}, {"SIGPWR", 30},
	{"SIGSYS", 31}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64},
}

const moduleDoc = `This module provides mechanisms to use signal handlers in Python.

Functions:

alarm() -- cause SIGALRM after a specified time [Unix only]
setitimer() -- cause a signal (described below) after a specified
               float time and the timer may restart then [Unix only]
getitimer() -- get current value of timer [Unix only]
signal() -- set the action for a given signal
getsignal() -- get the signal action for a given signal
pause() -- wait until a signal arrives [Unix only]
default_int_handler() -- default SIGINT handler

signal constants:
SIG_DFL -- used to refer to the system default handler
SIG_IGN -- used to ignore the signal
NSIG -- number of defined signals
SIGINT, SIGTERM, etc. -- signal numbers

itimer constants:
ITIMER_REAL -- decrements in real time, and delivers SIGALRM upon
               expiration
ITIMER_VIRTUAL -- decrements only when the process is executing,
               and delivers SIGVTALRM upon expiration
ITIMER_PROF -- decrements both when the process is executing and
               when the system is executing on behalf of the process.
               Coupled with ITIMER_VIRTUAL, this timer is usually
               used to profile the time spent by the application
               in user and kernel space. SIGPROF is delivered upon
               expiration.


*** IMPORTANT NOTICE ***
A signal handler function is called with two arguments:
the first is the signal number, the second is the interrupted stack frame.`

func newModule(t *py.Thread) (*py.Module, error) {
	st := stateOf(t.Interp)
	m := py.NewModule("signal")
	d := m.Dict
	d.SetStr(py.NewStr("__doc__"), py.NewStr(moduleDoc))
	if st.itimerError == nil {
		ns := py.NewDict()
		ns.SetStr(py.NewStr("__module__"), py.NewStr("signal"))
		cls, err := py.Call(t, py.TypeType, []py.Object{py.NewStr("ItimerError"), py.NewTuple(py.IOError), ns}, nil)
		if err != nil {
			return nil, err
		}
		st.itimerError = cls.(*py.Type)
	}
	d.SetStr(py.NewStr("ItimerError"), st.itimerError)
	m.AddFunction("signal", st.signal, "signal(sig, action) -> action\n\nSet the action for the given signal.  The action can be SIG_DFL,\nSIG_IGN, or a callable Python object.  The previous action is\nreturned.  See getsignal() for possible return values.\n\n*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\nthe first is the signal number, the second is the interrupted stack frame.")
	m.AddFunction("getsignal", st.getsignal, "getsignal(sig) -> action\n\nReturn the current action for the given signal.  The return value can be:\nSIG_IGN -- if the signal is being ignored\nSIG_DFL -- if the default action for the signal is in effect\nNone -- if an unknown handler is in effect\nanything else -- the callable Python object used as a handler")
	m.AddFunction("set_wakeup_fd", st.setWakeupFD, "set_wakeup_fd(fd) -> fd\n\nSets the fd to be written to (with '\\0') when a signal\ncomes in.  A library can use this to wakeup select or poll.\nThe previous fd is returned.\n\nThe fd must be non-blocking.")
	m.AddFunction("pause", st.pause, "pause()\n\nWait until a signal arrives.")
	m.AddFunction("alarm", alarm, "alarm(seconds)\n\nArrange for SIGALRM to arrive after the given number of seconds.")
	m.AddFunction("siginterrupt", st.siginterrupt, "siginterrupt(sig, flag) -> None\nchange system call restart behaviour: if flag is False, system calls\nwill be restarted when interrupted by signal sig, else system calls\nwill be interrupted.")
	m.AddFunction("setitimer", st.setitimer, "setitimer(which, seconds[, interval])\n\nSets given itimer (one of ITIMER_REAL, ITIMER_VIRTUAL\nor ITIMER_PROF) to fire after value seconds and after\nthat every interval seconds.\nThe itimer can be cleared by setting seconds to zero.\n\nReturns old values as a tuple: (delay, interval).")
	m.AddFunction("getitimer", st.getitimer, "getitimer(which)\n\nReturns current value of given itimer.")
	d.SetStr(py.NewStr("default_int_handler"), st.intHandler)
	d.SetStr(py.NewStr("SIG_DFL"), py.NewInt(sigDFL))
	d.SetStr(py.NewStr("SIG_IGN"), py.NewInt(sigIGN))
	d.SetStr(py.NewStr("NSIG"), py.NewInt(nsig))
	d.SetStr(py.NewStr("ITIMER_REAL"), py.NewInt(unix.ITIMER_REAL))
	d.SetStr(py.NewStr("ITIMER_VIRTUAL"), py.NewInt(unix.ITIMER_VIRTUAL))
	d.SetStr(py.NewStr("ITIMER_PROF"), py.NewInt(unix.ITIMER_PROF))
	for _, s := range signalNames {
		d.SetStr(py.NewStr(s.name), py.NewInt(int64(s.num)))
	}
	return m, nil
}
