// Package py is Taipan's object model: the Python values, their types, and
// the operations on them, in the spirit of CPython's Objects/ directory.
//
// # Values
//
// Every Python value is an Object: a pointer to a Go struct that knows its
// type. Built-in types have structs of their own (*Int, *Float, *Str,
// *List, *Dict, ...); an instance of a class written in Python is an
// *Instance. A value of a Python subclass of a built-in type is the
// built-in struct with its ext field set: ext carries the subclass and the
// instance's __dict__. So `x, ok := o.(*Int)` is CPython's PyLong_Check
// (int or a subclass) and `ok && x.ext.p == nil` its PyLong_CheckExact, and
// code written for the built-in type works on subclass instances unchanged.
//
// Small ints (-5 to 1<<16) are preallocated and shared, so loop counters
// and indexes never allocate; other results allocate one small struct, as
// in CPython.
//
// # Types and slots
//
// A *Type carries slots: Go functions for the operations the evaluator and
// the builtins perform (Add, GetAttr, Call, Iter, ...), as CPython's type
// objects carry tp_* slots. A built-in type fills them with direct Go
// code; a class written in Python gets slots that look up and call its
// dunder methods, filled when the class is created and refilled when one of
// its dunders is assigned. Either way the evaluator calls one slot, so a
// built-in operation takes a direct path and a user override is honoured.
// Abstract operations (Add, GetItem, Call, RichCompare, ...) implement
// Python's dispatch rules over the slots: reflected operands,
// NotImplemented, a subclass's reflected method first.
//
// # Errors
//
// Operations return (Object, error). A Python exception is a
// *BaseException, which implements error; Errorf makes one. Go errors of
// other kinds never cross into Python code: the boundaries convert them.
//
// # Interpreters and threads
//
// No mutable state lives in package variables (the built-in type objects
// and the small ints are immutable once initialised): an *Interp holds one
// interpreter's state (modules, builtins, sys), and a *Thread the state of
// one thread running Python code in it (the frame stack, the recursion
// depth, the exception being handled). Every operation that may run Python
// code takes the *Thread as its first argument.
package py

import "unsafe"

// Object is any Python value.
type Object interface {
	// Type returns the object's type (its __class__).
	Type() *Type
}

// ext is what an instance of a Python subclass of a built-in type carries
// besides the built-in value: a pointer to its extData, nil for a value of
// the built-in type itself. It is one word, so an exact built-in value
// pays a single nil pointer for it, and "exact type" is one nil compare.
type ext struct {
	p *extData
}

// Pointer-free allocation of exact numbers.
//
// An exact int, float or complex has a nil ext and (for an int that fits
// in 64 bits) a nil big.Int: it holds no pointer. NewFloat, NewInt and
// NewComplex therefore allocate it as a pointer-free struct of the same
// layout (floatNoScan, ...) and return it as the real type, so that the
// allocation takes the garbage collector's cheaper no-scan path and the
// value is never scanned. This is sound because the pointer fields of
// such a value are nil and are never written afterwards: numbers are
// immutable, and __class__ assignment, the only writer of ext after
// creation, refuses a value whose ext is nil. Values that need a pointer
// (subclass instances, big ints) are allocated with their real type.
type (
	floatNoScan struct {
		_ uintptr
		v float64
	}
	complexNoScan struct {
		_ uintptr
		v complex128
	}
	intNoScan struct {
		_ uintptr
		v int64
		_ uintptr
	}
)

// The no-scan structs must have exactly the layout of the real ones.
var (
	_ [unsafe.Sizeof(Float{}) - unsafe.Sizeof(floatNoScan{})]byte
	_ [unsafe.Sizeof(floatNoScan{}) - unsafe.Sizeof(Float{})]byte
	_ [unsafe.Offsetof(Float{}.v) - unsafe.Offsetof(floatNoScan{}.v)]byte
	_ [unsafe.Offsetof(floatNoScan{}.v) - unsafe.Offsetof(Float{}.v)]byte
	_ [unsafe.Sizeof(Complex{}) - unsafe.Sizeof(complexNoScan{})]byte
	_ [unsafe.Sizeof(complexNoScan{}) - unsafe.Sizeof(Complex{})]byte
	_ [unsafe.Offsetof(Complex{}.v) - unsafe.Offsetof(complexNoScan{}.v)]byte
	_ [unsafe.Offsetof(complexNoScan{}.v) - unsafe.Offsetof(Complex{}.v)]byte
	_ [unsafe.Sizeof(Int{}) - unsafe.Sizeof(intNoScan{})]byte
	_ [unsafe.Sizeof(intNoScan{}) - unsafe.Sizeof(Int{})]byte
	_ [unsafe.Offsetof(Int{}.v) - unsafe.Offsetof(intNoScan{}.v)]byte
	_ [unsafe.Offsetof(intNoScan{}.v) - unsafe.Offsetof(Int{}.v)]byte
)

// extData is the subclass of a subclass instance and the instance's
// attributes (nil until one is set).
type extData struct {
	typ   *Type
	dict  *Dict
	value Object // what a native subtype keeps besides the value (see SetExtValue)
	slots *Dict  // values of __slots__ names of the subclass (see MemberDescr)
}

// Interp is one Python interpreter: its modules, its builtins and sys,
// and the evaluator that runs its code.
type Interp struct {
	// Eval runs a frame's code until it returns, yields or raises. The
	// evaluator package sets it when it creates the interpreter; py calls
	// it to run Python functions and to resume generators.
	Eval func(t *Thread, f *Frame) (Object, error)

	Builtins *Module
	Sys      *Module
	Modules  *Dict // sys.modules

	// RecursionLimit is sys.getrecursionlimit().
	RecursionLimit int

	// BytesWarning is sys.flags.bytes_warning: 1 (-b) has comparisons of
	// bytes with str and str() of bytes issue a BytesWarning, 2 (-bb)
	// too (its default filter makes them errors).
	BytesWarning int

	// Interrupt, set by the evaluator, makes the running code stop at its
	// next check (a backward jump or a call) to raise KeyboardInterrupt,
	// or to call Signals when that is set. Any goroutine may call it.
	Interrupt func()
	// Signals, set by the signal module, runs the Python handlers of the
	// signals that arrived; the evaluator calls it when Interrupt was
	// called, and raises the error it returns.
	Signals func(t *Thread) error
	// Wake, set by the evaluator, makes the running code call
	// RunFinalizers at its next check (where Interrupt is polled),
	// without raising anything. Go's finalizer goroutine calls it when
	// it queues an object whose __del__ (or generator close) is due.
	Wake func()

	// finals holds the objects found unreachable whose finalizers have
	// not run yet (see finalize.go).
	finals finalQueue
}

// Thread is one thread of Python code running in an interpreter.
type Thread struct {
	Interp *Interp

	// Frame is the innermost running frame (nil at top level).
	Frame *Frame

	// Depth is the number of Python calls in progress, checked against
	// Interp.RecursionLimit.
	Depth int

	// ExcInfo is the exception being handled (sys.exc_info()), nil when
	// none is.
	ExcInfo *BaseException

	// StopIteration is the exception a __next__ written in Python raised
	// when its type's Next slot reported exhaustion as (nil, nil); next()
	// re-raises it, so its value reaches the caller. Consumers that only
	// need "exhausted" ignore it.
	StopIteration *BaseException

	// Tracing is &Hooks while sys.settrace or sys.setprofile has set a
	// function and none of them is running (CPython's use_tracing), nil
	// otherwise: the one test the evaluator makes on entering a frame.
	Tracing *TraceHooks
	// Hooks are the thread's trace and profile functions.
	Hooks TraceHooks

	// The thread's number slabs (see Thread.NewFloat): the blocks values
	// are carved from, and how many of their values are still to be
	// handed out.
	floatSlab  *[slabSize]floatNoScan
	intSlab    *[slabSize]intNoScan
	floatsLeft int
	intsLeft   int
}

// NewThread returns a thread for running code in interp.
func NewThread(interp *Interp) *Thread { return &Thread{Interp: interp} }

// Enter accounts for one more nested Python call, failing with
// RuntimeError("maximum recursion depth exceeded") past the limit. Leave
// undoes it.
func (t *Thread) Enter() error {
	t.Depth++
	if t.Depth > t.Interp.RecursionLimit {
		t.Depth--
		return Errorf(RuntimeError, "maximum recursion depth exceeded")
	}
	return nil
}

// Leave undoes Enter.
func (t *Thread) Leave() { t.Depth-- }

// MaxNativeDepth bounds the nesting of calls that recurse in Go, whatever
// sys.setrecursionlimit says, so that the Go stack never overflows.
const MaxNativeDepth = 100000

// EnterNative is Enter for a call that recurses without a Python frame
// (a slot calling an object's __call__, say), failing with CPython's
// message "maximum recursion depth exceeded" followed by where (" while
// calling a Python object"). A nil t is not counted.
func (t *Thread) EnterNative(where string) error {
	if t == nil || t.Interp == nil {
		return nil
	}
	t.Depth++
	if t.Depth > t.Interp.RecursionLimit || t.Depth > MaxNativeDepth {
		t.Depth--
		return Errorf(RuntimeError, "maximum recursion depth exceeded%s", where)
	}
	return nil
}

// LeaveNative undoes EnterNative.
func (t *Thread) LeaveNative() {
	if t != nil && t.Interp != nil {
		t.Depth--
	}
}

// ClearObjects sets every element of s to nil, and CopyObjects copies
// src into dst (as the built-in copy, returning how many it copied). They
// are the built-ins written as plain loops: the evaluator clears and
// copies a few slots at a time (a call's arguments, a frame's locals),
// where the runtime's memclr and typedslicecopy, called out of line,
// cost more than the copying.
func ClearObjects(s []Object) {
	for i := 0; i < len(s); i++ {
		s[i] = nil
	}
}

// CopyObjects: see ClearObjects. dst and src must not overlap.
func CopyObjects(dst, src []Object) int {
	n := min(len(dst), len(src))
	dst, src = dst[:n], src[:n]
	for i := 0; i < n; i++ {
		dst[i] = src[i]
	}
	return n
}
