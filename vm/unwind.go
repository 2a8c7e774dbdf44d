package vm

import (
	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/py"
)

// unwind pops blocks for a non-local exit (CPython's fast_block_end):
// why is whyException (exc is the exception, whose traceback already has
// this frame), whyReturn (retval is the value), whyBreak or whyContinue
// (retval holds the loop's continue target). When a block takes over it
// returns the instruction to continue at and whyNot; otherwise the frame
// must exit with the why returned, and the exception as retval for
// whyException.
func (ev *evaluator) unwind(t *py.Thread, f *py.Frame, why whyCode, retval py.Object, exc *py.BaseException) (int, whyCode, py.Object) {
	stack := f.Stack
	for f.NBlocks > 0 {
		b := f.Blocks[f.NBlocks-1]
		if b.Kind == uint16(opcode.SETUP_LOOP) && why == whyContinue {
			target, _ := retval.(*py.Int).Int64()
			return int(target), whyNot, nil
		}
		f.NBlocks--
		if b.Kind == py.BlockExceptHandler {
			f.SP = unwindExceptHandler(t, stack, f.SP, int(b.Level))
			continue
		}
		for f.SP > int(b.Level) {
			f.SP--
			stack[f.SP] = nil
		}
		if b.Kind == uint16(opcode.SETUP_LOOP) && why == whyBreak {
			return int(b.Handler), whyNot, nil
		}
		if why == whyException && (b.Kind == uint16(opcode.SETUP_EXCEPT) || b.Kind == uint16(opcode.SETUP_FINALLY)) {
			f.PushBlock(py.BlockExceptHandler, -1, f.SP)
			// Save the exception being handled before, as (traceback,
			// value, type), for POP_EXCEPT to restore.
			if prev := t.ExcInfo; prev != nil {
				stack[f.SP] = tracebackOrNone(prev)
				stack[f.SP+1] = prev
				stack[f.SP+2] = prev.Type()
			} else {
				stack[f.SP] = nil
				stack[f.SP+1] = nil
				stack[f.SP+2] = py.None
			}
			t.ExcInfo = exc
			stack[f.SP+3] = tracebackOrNone(exc)
			stack[f.SP+4] = exc
			stack[f.SP+5] = exc.Type()
			f.SP += 6
			return int(b.Handler), whyNot, nil
		}
		if b.Kind == uint16(opcode.SETUP_FINALLY) {
			if why == whyReturn || why == whyContinue {
				stack[f.SP] = retval
				f.SP++
			}
			stack[f.SP] = marker(why)
			f.SP++
			return int(b.Handler), whyNot, nil
		}
	}
	if why == whyException {
		return 0, why, exc
	}
	return 0, why, retval
}

func tracebackOrNone(e *py.BaseException) py.Object {
	if e.Traceback == nil {
		return py.None
	}
	return e.Traceback
}

// unwindExceptHandler pops an EXCEPT_HANDLER block's values, down to its
// level, restoring the exception that was being handled before it
// (CPython's UNWIND_EXCEPT_HANDLER). It returns the new stack pointer.
func unwindExceptHandler(t *py.Thread, stack []py.Object, sp, level int) int {
	for sp > level+3 {
		sp--
		stack[sp] = nil
	}
	prev, _ := stack[sp-2].(*py.BaseException)
	t.ExcInfo = prev
	sp -= 3
	stack[sp], stack[sp+1], stack[sp+2] = nil, nil, nil
	return sp
}

// raised turns an error from an operation into the exception to
// propagate, chaining it to the exception being handled (its
// __context__), as CPython's PyErr_SetObject does when the exception is
// set. An exception that already has a context (it was raised in Python
// code, which chained it then) keeps it.
func (ev *evaluator) raised(t *py.Thread, err error) *py.BaseException {
	exc, ok := err.(*py.BaseException)
	if !ok {
		exc = py.NewException(py.SystemError, py.NewStr(err.Error()))
	}
	if exc.Context == nil {
		setContext(t, exc)
	}
	return exc
}

// setContext makes the exception being handled the context of exc,
// first cutting exc out of that exception's context chain so that no
// cycle forms.
func setContext(t *py.Thread, exc *py.BaseException) {
	cur := t.ExcInfo
	if cur == nil || cur == exc {
		return
	}
	for o := cur; o.Context != nil; o = o.Context {
		if o.Context == exc {
			o.Context = nil
			break
		}
	}
	exc.Context = cur
}

// doRaise is the raise statement (CPython's do_raise): exc and cause are
// its operands, nil when absent. It returns the exception to propagate
// and whyReraise for a bare raise, whyException otherwise.
func (ev *evaluator) doRaise(t *py.Thread, exc, cause py.Object) (*py.BaseException, whyCode) {
	if exc == nil {
		cur := t.ExcInfo
		if cur == nil {
			return ev.raised(t, py.Errorf(py.RuntimeError, "No active exception to reraise")), whyException
		}
		return cur, whyReraise
	}
	e, err := py.MakeException(t, exc)
	if err != nil {
		return ev.raised(t, err), whyException
	}
	if cause != nil {
		c, err := py.MakeCause(t, cause)
		if err != nil {
			return ev.raised(t, err), whyException
		}
		e.Cause = c
	}
	setContext(t, e)
	return e, whyException
}

var (
	strEnter = py.NewStr("__enter__")
	strExit  = py.NewStr("__exit__")
)

// specialLookup finds a special method on the type of o and binds it to
// o (CPython's _PyObject_LookupSpecial); a missing one is an
// AttributeError naming it.
func specialLookup(t *py.Thread, o py.Object, name *py.Str) (py.Object, error) {
	typ := o.Type()
	m := typ.Lookup(name)
	if m == nil {
		return nil, py.NewException(py.AttributeError, name)
	}
	if get := m.Type().DescrGet; get != nil {
		return get(t, m, o, typ)
	}
	return m, nil
}

// setupWith is SETUP_WITH: it replaces the context manager on the stack
// by its bound __exit__, calls __enter__, sets up the finally block that
// will call __exit__, and pushes what __enter__ returned.
func (ev *evaluator) setupWith(t *py.Thread, f *py.Frame, stack []py.Object, sp int, handler int) (int, error) {
	mgr := stack[sp-1]
	exit, err := specialLookup(t, mgr, strExit)
	if err != nil {
		sp--
		stack[sp] = nil
		return sp, err
	}
	stack[sp-1] = exit
	enter, err := specialLookup(t, mgr, strEnter)
	if err != nil {
		return sp, err
	}
	r, err := py.Call(t, enter, nil, nil)
	if err != nil {
		return sp, err
	}
	f.PushBlock(uint16(opcode.SETUP_FINALLY), handler, sp)
	stack[sp] = r
	return sp + 1, nil
}

// withCleanup is WITH_CLEANUP: it calls __exit__ with the exception that
// ended the with block, or three Nones, and when __exit__ silences an
// exception pushes the marker that tells END_FINALLY so. See CPython's
// ceval.c for the stack layouts.
func (ev *evaluator) withCleanup(t *py.Thread, f *py.Frame, stack []py.Object, sp int) (int, error) {
	var exit py.Object
	u := stack[sp-1]
	var v, w py.Object = py.None, py.None
	switch m := u.(type) {
	case *py.NoneObject:
		exit = stack[sp-2]
		stack[sp-2] = u
		sp--
		stack[sp] = nil
	case *whyMarker:
		sp--
		stack[sp] = nil
		if m.why == whyReturn || m.why == whyContinue {
			exit = stack[sp-2]
			stack[sp-2] = stack[sp-1]
			stack[sp-1] = u
		} else {
			exit = stack[sp-1]
			stack[sp-1] = u
		}
		u = py.None
	default:
		v, w = stack[sp-2], stack[sp-3]
		tp, exc, tb := stack[sp-4], stack[sp-5], stack[sp-6]
		exit = stack[sp-7]
		stack[sp-7] = tb
		stack[sp-6] = exc
		stack[sp-5] = tp
		stack[sp-4] = nil
		f.Blocks[f.NBlocks-1].Level--
	}
	args := [3]py.Object{u, v, w}
	r, err := py.Call(t, exit, args[:], nil)
	if err != nil {
		return sp, err
	}
	if u != py.None {
		silence, err := py.IsTrue(t, r)
		if err != nil {
			return sp, err
		}
		if silence {
			stack[sp] = markSilenced
			sp++
		}
	}
	return sp, nil
}
