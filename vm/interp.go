package vm

import (
	"sync"
	"sync/atomic"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

// evaluator is the evaluator of one interpreter: what its eval needs
// besides the thread and the frame.
type evaluator struct {
	interp *py.Interp
	// interrupted is set by Interrupt (from a signal handler) and polled
	// by the loop, which raises KeyboardInterrupt.
	interrupted atomic.Bool
	// interned holds the strs that names are interned to (see intern).
	interned map[string]*py.Str
	// traced holds the caches of the code objects whose instructions
	// are rewritten for tracing (see trace.go).
	traced []*codeCache
}

// evaluators finds the evaluator of an interpreter for Interrupt.
var evaluators sync.Map // *py.Interp -> *evaluator

// NewInterpreter returns a new interpreter whose Eval is this package's
// evaluator, with its builtins and sys modules made with opts (nil for
// the defaults: no argv, sys.path holding the current folder). It
// finishes the built-in types first if that was not done yet.
func NewInterpreter(opts *builtins.Options) *py.Interp {
	py.Init()
	interp := &py.Interp{RecursionLimit: 1000, Modules: py.NewDict()}
	ev := &evaluator{interp: interp, interned: map[string]*py.Str{}}
	interp.Eval = ev.eval
	interp.Interrupt = func() { ev.interrupted.Store(true) }
	evaluators.Store(interp, ev)
	if opts == nil {
		builtins.New(interp)
	} else {
		builtins.NewWithOptions(interp, opts)
	}
	ev.installTraceFunctions(interp.Sys)
	// The builtins' names are the interned ones, so that a name in code
	// is the very key of the builtins dict (see globalCache).
	interp.Builtins.Dict.Range(func(k, v py.Object) bool {
		if s, ok := k.(*py.Str); ok {
			ev.intern(s)
		}
		return true
	})
	return interp
}

// Interrupt makes the code running in interp raise KeyboardInterrupt at
// its next backward jump or call, as SIGINT does in CPython. It is safe
// to call from any goroutine.
func Interrupt(interp *py.Interp) {
	if ev, ok := evaluators.Load(interp); ok {
		ev.(*evaluator).interrupted.Store(true)
	}
}

// pendingInterrupt clears the interrupted flag and returns the exception
// to raise for it: KeyboardInterrupt, or what the signal module's
// handlers raised (nil for none) when it handles the signals.
func (ev *evaluator) pendingInterrupt(t *py.Thread) *py.BaseException {
	ev.interrupted.Store(false)
	signals := ev.interp.Signals
	if signals == nil {
		return py.NewException(py.KeyboardInterrupt)
	}
	err := signals(t)
	if err == nil {
		return nil
	}
	if e, ok := err.(*py.BaseException); ok {
		return e
	}
	return py.NewException(py.SystemError, py.NewStr(err.Error()))
}

// RunCode runs a module's code with globals as both its globals and its
// locals (as a script or an imported module runs), after giving globals
// a __builtins__ when it has none.
func RunCode(t *py.Thread, code *py.Code, globals *py.Dict) (py.Object, error) {
	if globals.GetStr(strBuiltins) == nil && t.Interp.Builtins != nil {
		globals.SetStr(strBuiltins, t.Interp.Builtins)
	}
	return py.ExecCode(t, code, globals, globals)
}

var strBuiltins = py.NewStr("__builtins__")
