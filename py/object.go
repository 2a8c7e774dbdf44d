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
// (int or a subclass) and `ok && x.ext == nil` its PyLong_CheckExact, and
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

// Object is any Python value.
type Object interface {
	// Type returns the object's type (its __class__).
	Type() *Type
}

// ext is what an instance of a Python subclass of a built-in type carries
// besides the built-in value: the subclass, and the instance's attributes.
type ext struct {
	typ  *Type
	dict *Dict
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
