// Package threadmod is the _thread module of CPython 3.2 for a program
// that runs one thread: locks, re-entrant locks, thread identities and
// _local, with CPython's arguments, errors and results. Starting a
// thread raises _thread.error("can't start new thread"): Python code
// running on several goroutines needs the global interpreter lock, which
// the evaluator does not have yet.
//
// With one thread, a lock held by it can only be released by it, so
// acquiring it again waits for the timeout (forever without one), in
// which signal handlers run as in CPython 3.2, whose waits for locks
// signals interrupt; an exception from a handler ends the wait.
package threadmod

import (
	"fmt"
	"math"
	"sync"
	"sync/atomic"
	"time"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/modules/signalmod"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("_thread", newModule) }

// timeoutMaxMicros is PY_TIMEOUT_MAX, the longest wait in microseconds.
const timeoutMaxMicros = float64(math.MaxInt64)

var (
	lockType  = &py.Type{Name: "lock", Module: "_thread"}
	rlockType = &py.Type{Name: "RLock", Module: "_thread", Flags: py.FlagBaseType}
)

// state is one interpreter's _thread module.
type state struct {
	errorType *py.Type
	stackSize int
}

// idents gives each Python thread its identity.
var (
	idents    sync.Map // *py.Thread -> int64
	nextIdent atomic.Int64
)

func ident(t *py.Thread) int64 {
	if id, ok := idents.Load(t); ok {
		return id.(int64)
	}
	id := 0x7f0000001000 + nextIdent.Add(1)*0x1000
	actual, _ := idents.LoadOrStore(t, id)
	return actual.(int64)
}

// Lock is a _thread.lock.
type Lock struct {
	locked bool
}

func (l *Lock) Type() *py.Type { return lockType }

// RLock is a _thread.RLock (or a subclass's instance).
type RLock struct {
	py.Ext
	lock  Lock
	owner int64
	count uint64
}

func (r *RLock) Type() *py.Type {
	if typ := r.ExtType(); typ != nil {
		return typ
	}
	return rlockType
}

var acquireKwlist = []string{"blocking", "timeout"}

// acquireArgs parses acquire's arguments as 3.2 does, returning how
// long to wait: 0 for not at all, -1 for ever.
func acquireArgs(t *py.Thread, args []py.Object, kwnames *py.Tuple) (time.Duration, error) {
	var b, to py.Object
	if err := py.ParseArgs("acquire", args, kwnames, acquireKwlist, 0, &b, &to); err != nil {
		return 0, err
	}
	blocking := true
	if b != nil {
		n, err := py.ArgInt(t, b)
		if err != nil {
			return 0, err
		}
		blocking = n != 0
	}
	timeout := -1.0
	if to != nil {
		var err error
		if timeout, err = py.AsFloat64(t, to); err != nil {
			return 0, err
		}
	}
	if !blocking && timeout != -1 {
		return 0, py.Errorf(py.ValueError, "can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != -1 {
		return 0, py.Errorf(py.ValueError, "timeout value must be strictly positive")
	}
	if !blocking {
		return 0, nil
	}
	if timeout == -1 {
		return -1, nil
	}
	if timeout*1e6 >= timeoutMaxMicros {
		return 0, py.Errorf(py.OverflowError, "timeout value is too large")
	}
	if ns := timeout * 1e9; ns < math.MaxInt64 {
		return time.Duration(ns), nil
	}
	return -1, nil // longer than the program can run
}

// acquire takes l, waiting up to wait (-1: for ever) while it is held,
// running signal handlers meanwhile.
func (l *Lock) acquire(t *py.Thread, wait time.Duration) (bool, error) {
	if !l.locked {
		l.locked = true
		return true, nil
	}
	if wait == 0 {
		return false, nil
	}
	// Only this thread could release it: wait out the time.
	deadline := time.Now().Add(wait)
	for {
		left := time.Until(deadline)
		if wait < 0 {
			left = time.Duration(math.MaxInt64)
		}
		if left <= 0 {
			return false, nil
		}
		if err := signalmod.Sleep(t, left); err != nil {
			return false, err
		}
		if !l.locked {
			l.locked = true
			return true, nil
		}
	}
}

func asLock(self py.Object) *Lock { return self.(*Lock) }

func lockAcquire(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	wait, err := acquireArgs(t, args, kwnames)
	if err != nil {
		return nil, err
	}
	ok, err := asLock(self).acquire(t, wait)
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

func lockLocked(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("locked", args, kwnames); err != nil {
		return nil, err
	}
	return py.NewBool(asLock(self).locked), nil
}

func asRLock(self py.Object) *RLock { return self.(*RLock) }

func rlockNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return &RLock{Ext: py.NewExt(typ, rlockType)}, nil
}

func rlockAcquire(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	wait, err := acquireArgs(t, args, kwnames)
	if err != nil {
		return nil, err
	}
	r := asRLock(self)
	me := ident(t)
	if r.count > 0 && r.owner == me {
		if r.count == math.MaxUint64 {
			return nil, py.Errorf(py.OverflowError, "Internal lock count overflowed")
		}
		r.count++
		return py.True, nil
	}
	ok, err := r.lock.acquire(t, wait)
	if err != nil {
		return nil, err
	}
	if !ok {
		return py.False, nil
	}
	r.owner, r.count = me, 1
	return py.True, nil
}

func rlockRelease(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	r := asRLock(self)
	if r.count == 0 || r.owner != ident(t) {
		return nil, py.Errorf(py.RuntimeError, "cannot release un-acquired lock")
	}
	r.count--
	if r.count == 0 {
		r.owner = 0
		r.lock.locked = false
	}
	return py.None, nil
}

func rlockReleaseSave(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	r := asRLock(self)
	count, owner := r.count, r.owner
	r.count, r.owner = 0, 0
	r.lock.locked = false
	return py.NewTuple(py.NewInt(int64(count)), py.NewInt(owner)), nil
}

func rlockAcquireRestore(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	a, err := py.OneArg("_acquire_restore", args, kwnames)
	if err != nil {
		return nil, err
	}
	tup, ok := a.(*py.Tuple)
	if !ok || len(tup.Items) != 2 {
		return nil, py.Errorf(py.TypeError, "_acquire_restore() argument must be a (count, owner) tuple")
	}
	count, err := py.ArgLong(t, tup.Items[0])
	if err != nil {
		return nil, err
	}
	owner, err := py.ArgLong(t, tup.Items[1])
	if err != nil {
		return nil, err
	}
	r := asRLock(self)
	if _, err := r.lock.acquire(t, -1); err != nil {
		return nil, err
	}
	r.owner, r.count = owner, uint64(count)
	return py.None, nil
}

func rlockIsOwned(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	r := asRLock(self)
	return py.NewBool(r.count > 0 && r.owner == ident(t)), nil
}

func rlockRepr(t *py.Thread, self py.Object) (py.Object, error) {
	r := asRLock(self)
	// CPython prints tp_name: the bare name for a class.
	name := "_thread.RLock"
	if typ := r.ExtType(); typ != nil {
		name = typ.Name
	}
	return py.NewStr(fmt.Sprintf("<%s owner=%d count=%d>", name, r.owner, r.count)), nil
}

func (st *state) startNewThread(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var fn, fargs, fkw py.Object
	if err := py.UnpackArgs("start_new_thread", args, kwnames, 2, 3, &fn, &fargs, &fkw); err != nil {
		return nil, err
	}
	if fn.Type().Call == nil {
		return nil, py.Errorf(py.TypeError, "first arg must be callable")
	}
	if _, ok := fargs.(*py.Tuple); !ok {
		return nil, py.Errorf(py.TypeError, "2nd arg must be a tuple")
	}
	if fkw != nil {
		if _, ok := fkw.(*py.Dict); !ok {
			return nil, py.Errorf(py.TypeError, "optional 3rd arg must be a dictionary")
		}
	}
	return nil, py.NewException(st.errorType, py.NewStr("can't start new thread"))
}

func (st *state) stackSizeFunc(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a py.Object
	if err := py.ParseTuple("stack_size", args, kwnames, 0, 1, &a); err != nil {
		return nil, err
	}
	old := st.stackSize
	if a == nil {
		return py.NewInt(int64(old)), nil
	}
	n, err := py.ArgIndex(t, a)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.Errorf(py.ValueError, "size must be 0 or a positive value")
	}
	if n != 0 && n < 32768 {
		return nil, py.Errorf(py.ValueError, "size not valid: %d bytes", n)
	}
	st.stackSize = n
	return py.NewInt(int64(old)), nil
}

const moduleDoc = `This module provides primitive operations to write multi-threaded programs.
The 'threading' module provides a more convenient interface.`

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_thread")
	d := m.Dict
	d.SetStr(py.NewStr("__doc__"), py.NewStr(moduleDoc))
	st := &state{}
	ns := py.NewDict()
	ns.SetStr(py.NewStr("__module__"), py.NewStr("_thread"))
	cls, err := py.Call(t, py.TypeType, []py.Object{py.NewStr("error"), py.NewTuple(py.ExceptionType), ns}, nil)
	if err != nil {
		return nil, err
	}
	st.errorType = cls.(*py.Type)
	d.SetStr(py.NewStr("error"), st.errorType)
	ns = py.NewDict()
	ns.SetStr(py.NewStr("__module__"), py.NewStr("_thread"))
	ns.SetStr(py.NewStr("__doc__"), py.NewStr("Thread-local data"))
	local, err := py.Call(t, py.TypeType, []py.Object{py.NewStr("_local"), py.NewTuple(py.ObjectType), ns}, nil)
	if err != nil {
		return nil, err
	}
	d.SetStr(py.NewStr("_local"), local)
	locks := func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("allocate_lock", args, kwnames); err != nil {
			return nil, err
		}
		return &Lock{}, nil
	}
	allocDoc := "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)\n\nCreate a new lock object.  See help(LockType) for information about locks."
	m.AddFunction("allocate_lock", locks, allocDoc)
	m.AddFunction("allocate", locks, allocDoc)
	d.SetStr(py.NewStr("LockType"), lockType)
	d.SetStr(py.NewStr("RLock"), rlockType)
	startDoc := "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)\n\nStart a new thread and return its identifier."
	m.AddFunction("start_new_thread", st.startNewThread, startDoc)
	m.AddFunction("start_new", st.startNewThread, startDoc)
	exit := func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		return nil, py.NewException(py.SystemExit)
	}
	exitDoc := "exit()\n(exit_thread() is an obsolete synonym)\n\nThis is synonymous to ``raise SystemExit''.  It will cause the current\nthread to exit silently unless the exception is caught."
	m.AddFunction("exit", exit, exitDoc)
	m.AddFunction("exit_thread", exit, exitDoc)
	m.AddFunction("interrupt_main", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("interrupt_main", args, kwnames); err != nil {
			return nil, err
		}
		signalmod.Trip(t, 2)
		return py.None, nil
	}, "interrupt_main()\n\nRaise a KeyboardInterrupt in the main thread.\nA subthread can use this function to interrupt the main thread.")
	m.AddFunction("get_ident", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("get_ident", args, kwnames); err != nil {
			return nil, err
		}
		return py.NewInt(ident(t)), nil
	}, "get_ident() -> integer\n\nReturn a non-zero integer that uniquely identifies the current thread\namongst other threads that exist simultaneously.")
	m.AddFunction("_count", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("_count", args, kwnames); err != nil {
			return nil, err
		}
		return py.NewInt(0), nil
	}, "_count() -> integer\n\nReturn the number of currently running Python threads, excluding \nthe main thread.")
	m.AddFunction("stack_size", st.stackSizeFunc, "stack_size([size]) -> size\n\nReturn the thread stack size used when creating new threads.")
	d.SetStr(py.NewStr("TIMEOUT_MAX"), py.NewFloat(float64(math.MaxInt64/1000000)))
	lockErrors.Store(t.Interp, st.errorType)
	return m, nil
}

// lockErrors finds the _thread.error of an interpreter for a lock's
// release (locks do not know their module).
var lockErrors sync.Map // *py.Interp -> *py.Type

func lockRelease(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	l := asLock(self)
	if !l.locked {
		if e, ok := lockErrors.Load(t.Interp); ok {
			return nil, py.NewException(e.(*py.Type), py.NewStr("release unlocked lock"))
		}
		return nil, py.Errorf(py.RuntimeError, "release unlocked lock")
	}
	l.locked = false
	return py.None, nil
}

const (
	acquireDoc = "acquire([wait]) -> bool\n(acquire_lock() is an obsolete synonym)\n\nLock the lock.  Without argument, this blocks if the lock is already\nlocked (even by the same thread), waiting for another thread to release\nthe lock, and return True once the lock is acquired.\nWith an argument, this will only block if the argument is true,\nand the return value reflects whether the lock is acquired.\nThe blocking operation is interruptible."
	releaseDoc = "release()\n(release_lock() is an obsolete synonym)\n\nRelease the lock, allowing another thread that is blocked waiting for\nthe lock to acquire the lock.  The lock must be in the locked state,\nbut it needn't be locked by the same thread that unlocks it."
	lockedDoc  = "locked() -> bool\n(locked_lock() is an obsolete synonym)\n\nReturn whether the lock is in the locked state."
)

func init() {
	lockType.AddMethods(
		py.MethodDef{Name: "acquire", Fn: lockAcquire, Doc: acquireDoc},
		py.MethodDef{Name: "acquire_lock", Fn: lockAcquire, Doc: acquireDoc},
		py.MethodDef{Name: "__enter__", Fn: lockAcquire, Doc: acquireDoc},
		py.MethodDef{Name: "release", Fn: lockRelease, Doc: releaseDoc},
		py.MethodDef{Name: "release_lock", Fn: lockRelease, Doc: releaseDoc},
		py.MethodDef{Name: "__exit__", Fn: lockRelease, Doc: releaseDoc},
		py.MethodDef{Name: "locked", Fn: lockLocked, Doc: lockedDoc},
		py.MethodDef{Name: "locked_lock", Fn: lockLocked, Doc: lockedDoc},
	)
	rlockType.New = rlockNew
	rlockType.Repr = rlockRepr
	rlockType.AddMethods(
		py.MethodDef{Name: "acquire", Fn: rlockAcquire, Doc: "acquire(blocking=True) -> bool\n\nLock the lock."},
		py.MethodDef{Name: "__enter__", Fn: rlockAcquire, Doc: "acquire(blocking=True) -> bool\n\nLock the lock."},
		py.MethodDef{Name: "release", Fn: rlockRelease, Doc: "release()\n\nRelease the lock."},
		py.MethodDef{Name: "__exit__", Fn: rlockRelease, Doc: "release()\n\nRelease the lock."},
		py.MethodDef{Name: "_is_owned", Fn: rlockIsOwned, Doc: "_is_owned() -> bool\n\nFor internal use by `threading.Condition`."},
		py.MethodDef{Name: "_release_save", Fn: rlockReleaseSave, Doc: "_release_save() -> tuple\n\nFor internal use by `threading.Condition`."},
		py.MethodDef{Name: "_acquire_restore", Fn: rlockAcquireRestore, Doc: "_acquire_restore(state) -> None\n\nFor internal use by `threading.Condition`."},
	)
}
