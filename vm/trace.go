package vm

import (
	"math"

	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/py"
)

// Tracing and profiling: sys.settrace and sys.setprofile with CPython
// 3.2's events.
//
// The evaluator pays for them only where it cannot avoid it. Entering a
// frame tests t.Tracing once (nil unless a trace or profile function is
// set and none is running); when it is set, evalTraced runs the frame:
// it reports the call event, runs eval, and reports the return event.
// Inside a frame, line events and the c_call/c_return events of calls to
// built-in functions need a look at every instruction, which the
// ordinary loop never takes: instead, the instructions of a code object
// being traced are rewritten in place (in its cache, which every frame
// running the code reads) so that each one is opTrace carrying the
// original argument. opTrace reports what is due, then runs the original
// instruction, taken (without superinstructions, so that every
// instruction index is visited) from the code's traceCode. When both
// functions are unset again the original instructions are put back, so
// frames still running carry on at full speed. The exception event is
// reported from the evaluator's exception path, which tests t.Tracing.

// opTrace (declared after the superinstructions in quicken.go, which it
// follows in number) is a traced instruction (see above); its argument is
// the original instruction's. It exists only in rewritten code.

// traceCode is what a code object's cache keeps for tracing.
type traceCode struct {
	saved   []uint64 // the instructions as quickened, to put back
	plain   []uint64 // the same without superinstructions: what opTrace runs
	patched []uint64 // the rewritten instructions
	on      bool     // the cache's instructions are the patched ones
}

// The events' names, as the hooks receive them.
var (
	evCall       = py.NewStr("call")
	evException  = py.NewStr("exception")
	evLine       = py.NewStr("line")
	evReturn     = py.NewStr("return")
	evCCall      = py.NewStr("c_call")
	evCException = py.NewStr("c_exception")
	evCReturn    = py.NewStr("c_return")
)

// tracePatch makes the instructions of code's cache the traced ones.
func (ev *evaluator) tracePatch(code *py.Code) {
	cc, ok := code.Cache.(*codeCache)
	if !ok {
		cc = ev.cacheOf(code)
	}
	tc := cc.trace
	if tc == nil {
		n := len(cc.instrs)
		tc = &traceCode{
			saved:   append([]uint64(nil), cc.instrs...),
			plain:   make([]uint64, n),
			patched: make([]uint64, n),
		}
		for i, w := range tc.saved {
			if opcode.Opcode(w) >= opCompareJumpIfFalse && opcode.Opcode(w) < opTrace && i < len(code.Code) {
				// A superinstruction stands where the compiler's first
				// instruction of the pair was (fuse never pairs a
				// rewritten method call's instructions).
				w = uint64(code.Code[i])
			}
			tc.plain[i] = w
			if i > 0 && opcode.Opcode(tc.saved[i-1]) == opcode.EXTENDED_ARG {
				// Run straight after its EXTENDED_ARG, as in CPython,
				// where the pair is one instruction.
				tc.patched[i] = tc.saved[i]
			} else {
				tc.patched[i] = tc.saved[i]&^0xff | uint64(opTrace)
			}
		}
		cc.trace = tc
	}
	if !tc.on {
		copy(cc.instrs, tc.patched)
		tc.on = true
		ev.traced = append(ev.traced, cc)
	}
}

// traceUnpatch puts back the instructions of every code being traced.
func (ev *evaluator) traceUnpatch() {
	for _, cc := range ev.traced {
		copy(cc.instrs, cc.trace.saved)
		cc.trace.on = false
	}
	ev.traced = nil
}

// setHooks installs new trace and profile functions (nil for none), as
// PyEval_SetTrace and PyEval_SetProfile do.
func (ev *evaluator) setHooks(t *py.Thread, trace, profile py.Object) {
	t.Hooks.Trace, t.Hooks.Profile = trace, profile
	t.UpdateTracing()
	if profile == nil {
		// No c_return is due for the built-in functions being called.
		for f := t.Frame; f != nil; f = f.Back {
			if f.Tr != nil {
				f.Tr.CFunc = nil
			}
		}
	}
	if trace == nil && profile == nil {
		ev.traceUnpatch()
		return
	}
	// The frames already running are traced from their next
	// instruction on (a debugger sets their f_trace).
	for f := t.Frame; f != nil; f = f.Back {
		f.Trace()
		ev.tracePatch(f.Code)
	}
}

// evalTraced runs frame f while tracing or profiling: the call event,
// the frame, the return event (CPython's PyEval_EvalFrameEx around its
// loop).
func (ev *evaluator) evalTraced(t *py.Thread, f *py.Frame) (py.Object, error) {
	if err := t.Enter(); err != nil {
		return nil, err
	}
	ft := f.Trace()
	ft.LB, ft.UB, ft.Prev = 0, -1, -1
	ft.CFunc = nil
	ev.tracePatch(f.Code)
	back := t.Frame
	t.Frame = f
	h := &t.Hooks
	if h.Trace != nil {
		if err := ev.traceEvent(t, f, evCall, py.None); err != nil {
			t.Frame = back
			t.Leave()
			return nil, err
		}
	}
	if h.Profile != nil && t.Tracing != nil {
		if err := ev.profileEvent(t, f, evCall, py.None); err != nil {
			t.Frame = back
			t.Leave()
			return nil, err
		}
	}
	t.Frame = back
	t.Leave()

	ft.Entered = true
	r, err := ev.eval(t, f)
	ft.Entered = false

	if t.Tracing == nil {
		return r, err
	}
	t.Depth++
	back = t.Frame
	t.Frame = f
	r, err = ev.traceReturn(t, f, r, err)
	t.Frame = back
	t.Depth--
	return r, err
}

// traceReturn reports the return event of a frame leaving with r or err.
func (ev *evaluator) traceReturn(t *py.Thread, f *py.Frame, r py.Object, err error) (py.Object, error) {
	h := &t.Hooks
	if h.Trace != nil && t.Tracing != nil {
		if err != nil {
			if e := ev.traceEvent(t, f, evReturn, py.None); e != nil {
				err = e
			}
		} else if e := ev.traceEvent(t, f, evReturn, r); e != nil {
			r, err = nil, e
		}
	}
	if h.Profile != nil && t.Tracing != nil {
		if err != nil {
			if e := ev.profileEvent(t, f, evReturn, py.None); e != nil {
				err = e
			}
		} else if e := ev.profileEvent(t, f, evReturn, r); e != nil {
			r, err = nil, e
		}
	}
	return r, err
}

// callHook calls a trace or profile function as CPython's
// call_trampoline does, with no event reported while it runs; the
// frame's locals are copied into its f_locals before and back after.
func (ev *evaluator) callHook(t *py.Thread, f *py.Frame, fn py.Object, what *py.Str, arg py.Object) (py.Object, error) {
	h := &t.Hooks
	h.Running++
	t.Tracing = nil
	sync := f.Locals == nil && f.HasLocalsDict()
	if sync {
		_, _ = f.LocalsMapping(t)
	}
	r, err := py.Call(t, fn, []py.Object{f, what, arg}, nil)
	if sync || f.Locals == nil && f.HasLocalsDict() {
		f.LocalsToFast(t)
	}
	if err != nil {
		if e, ok := err.(*py.BaseException); ok {
			py.AddTraceback(e, f)
		}
	}
	h.Running--
	t.UpdateTracing()
	return r, err
}

// traceEvent reports an event to the trace function (CPython's
// trace_trampoline): the call event to the global one, whose result
// becomes f_trace, the others to f_trace. A failing trace function is
// removed.
func (ev *evaluator) traceEvent(t *py.Thread, f *py.Frame, what *py.Str, arg py.Object) error {
	ft := f.Trace()
	fn := ft.Func
	if what == evCall {
		fn = t.Hooks.Trace
	}
	if fn == nil {
		return nil
	}
	r, err := ev.callHook(t, f, fn, what, arg)
	if err != nil {
		ev.setHooks(t, nil, t.Hooks.Profile)
		ft.Func = nil
		return err
	}
	if r != py.None {
		ft.Func = r
	}
	return nil
}

// profileEvent reports an event to the profile function; a failing one
// is removed.
func (ev *evaluator) profileEvent(t *py.Thread, f *py.Frame, what *py.Str, arg py.Object) error {
	fn := t.Hooks.Profile
	if fn == nil {
		return nil
	}
	f.Trace()
	if _, err := ev.callHook(t, f, fn, what, arg); err != nil {
		ev.setHooks(t, t.Hooks.Trace, nil)
		return err
	}
	return nil
}

// traceInstr is opTrace's work before the instruction at f.Lasti runs,
// while t.Tracing is set: the c_return of the built-in function the last
// instruction called, the line event (CPython's maybe_call_line_trace),
// the c_call of a built-in function this instruction calls, and the
// return event of a frame that was already running when tracing began.
func (ev *evaluator) traceInstr(t *py.Thread, f *py.Frame, cc *codeCache, stack []py.Object, sp int) (int, int, error) {
	ft := f.Trace()
	h := &t.Hooks
	pc := f.Lasti
	if fn := ft.CFunc; fn != nil {
		ft.CFunc = nil
		if h.Profile != nil {
			if err := ev.profileEvent(t, f, evCReturn, fn); err != nil {
				return pc + 1, sp, err
			}
		}
	}
	if h.Trace != nil && t.Tracing != nil {
		line := ft.Line
		if pc < ft.LB || pc >= ft.UB {
			line, ft.LB, ft.UB = lineBounds(f.Code, pc)
		}
		if pc == ft.LB || pc < ft.Prev {
			ft.Line = line
			ft.InLine = true
			f.SP = sp
			err := ev.traceEvent(t, f, evLine, py.None)
			ft.InLine = false
			ft.Prev = f.Lasti
			if err != nil {
				return pc + 1, sp, err
			}
			if f.Lasti != pc {
				// The trace function set f_lineno: go on from there.
				return f.Lasti + 1, f.SP, nil
			}
		} else {
			ft.Prev = pc
		}
	}
	if t.Tracing == nil {
		return pc + 1, sp, nil
	}
	instr := cc.trace.plain[pc]
	op, arg := opcode.Opcode(instr), int(instr>>8)
	switch op {
	case opcode.CALL_FUNCTION, opcode.CALL_METHOD, opcode.CALL_FUNCTION_VAR,
		opcode.CALL_FUNCTION_KW, opcode.CALL_FUNCTION_VAR_KW:
		if h.Profile == nil {
			break
		}
		fn := builtinCallee(t, op, arg, stack, sp)
		if fn == nil {
			break
		}
		if err := ev.profileEvent(t, f, evCCall, fn); err != nil {
			return pc + 1, sp, err
		}
		if t.Hooks.Profile != nil {
			ft.CFunc = fn
		}
	case opcode.RETURN_VALUE, opcode.YIELD_VALUE:
		if ft.Entered || op == opcode.RETURN_VALUE && f.NBlocks != 0 {
			break
		}
		// A frame that was running when tracing began leaves here: it
		// has no evalTraced to report its return.
		if _, err := ev.traceReturn(t, f, stack[sp-1], nil); err != nil {
			return pc + 1, sp, err
		}
	}
	return pc + 1, sp, nil
}

// builtinCallee returns the built-in function (CPython's PyCFunction)
// that a call instruction is about to call, or nil when it calls
// something else: the events c_call, c_return and c_exception are
// reported for those calls only. A method of a built-in type called as
// obj.name(...) is bound first, as CPython's LOAD_ATTR would have.
func builtinCallee(t *py.Thread, op opcode.Opcode, arg int, stack []py.Object, sp int) py.Object {
	n := arg&0xff + 2*(arg>>8&0xff)
	var callee py.Object
	switch op {
	case opcode.CALL_FUNCTION:
		callee = stack[sp-n-1]
	case opcode.CALL_METHOD:
		base := sp - n - 2
		self := stack[base+1]
		if self == nil {
			callee = stack[base]
			break
		}
		m := stack[base]
		if _, ok := m.(*py.Function); ok {
			return nil
		}
		get := m.Type().DescrGet
		if get == nil {
			return nil
		}
		b, err := get(t, m, self, self.Type())
		if err != nil {
			return nil
		}
		callee = b
	case opcode.CALL_FUNCTION_VAR, opcode.CALL_FUNCTION_KW:
		callee = stack[sp-n-2]
	case opcode.CALL_FUNCTION_VAR_KW:
		callee = stack[sp-n-3]
	}
	if fn, ok := callee.(*py.BuiltinFunction); ok {
		return fn
	}
	return nil
}

// traceException reports an exception raised in frame f (before its
// handlers run): the c_exception of the built-in function that raised
// it, then the exception event. It returns the exception to go on with:
// a hook that fails replaces it.
func (ev *evaluator) traceException(t *py.Thread, f *py.Frame, exc *py.BaseException) *py.BaseException {
	ft := f.Trace()
	if fn := ft.CFunc; fn != nil {
		ft.CFunc = nil
		if t.Hooks.Profile != nil {
			if err := ev.profileEvent(t, f, evCException, fn); err != nil {
				return asException(err)
			}
		}
	}
	if t.Hooks.Trace == nil || t.Tracing == nil || ft.Func == nil {
		return exc
	}
	var tb py.Object = py.None
	if exc.Traceback != nil {
		tb = exc.Traceback
	}
	if err := ev.traceEvent(t, f, evException, py.NewTuple(exc.Type(), exc, tb)); err != nil {
		return asException(err)
	}
	return exc
}

func asException(err error) *py.BaseException {
	if e, ok := err.(*py.BaseException); ok {
		return e
	}
	return py.NewException(py.SystemError, py.NewStr(err.Error()))
}

// lineBounds returns the line of the instruction at index lasti and the
// bounds [lb, ub) of the instructions around it that belong to that line
// by the line table (CPython's _PyCode_CheckLineNumber): lb is where the
// line starts, ub where the next line starts.
func lineBounds(code *py.Code, lasti int) (line, lb, ub int) {
	lt := code.LineTable
	line = code.FirstLineNo
	prev := line
	k := 0
	for ; k+1 < len(lt) && int(lt[k]) <= lasti; k += 2 {
		if int(lt[k+1]) != prev || k == 0 {
			lb = int(lt[k])
		}
		prev = int(lt[k+1])
		line = prev
	}
	ub = math.MaxInt32
	for ; k+1 < len(lt); k += 2 {
		if int(lt[k+1]) != prev {
			ub = int(lt[k])
			break
		}
		prev = int(lt[k+1])
	}
	return line, lb, ub
}

// installTraceFunctions adds sys.settrace, setprofile, gettrace,
// getprofile and call_tracing to the interpreter's sys module.
func (ev *evaluator) installTraceFunctions(sys *py.Module) {
	sys.AddFunction("settrace", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		fn, err := py.OneArg("settrace", args, kwnames)
		if err != nil {
			return nil, err
		}
		if fn == py.None {
			fn = nil
		}
		ev.setHooks(t, fn, t.Hooks.Profile)
		return py.None, nil
	}, "settrace(function)\n\nSet the global debug tracing function.  It will be called on each\nfunction call.  See the debugger chapter in the library manual.")
	sys.AddFunction("setprofile", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		fn, err := py.OneArg("setprofile", args, kwnames)
		if err != nil {
			return nil, err
		}
		if fn == py.None {
			fn = nil
		}
		ev.setHooks(t, t.Hooks.Trace, fn)
		return py.None, nil
	}, "setprofile(function)\n\nSet the profiling function.  It will be called on each function call\nand return.  See the profiler chapter in the library manual.")
	sys.AddFunction("gettrace", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("gettrace", args, kwnames); err != nil {
			return nil, err
		}
		if t.Hooks.Trace == nil {
			return py.None, nil
		}
		return t.Hooks.Trace, nil
	}, "gettrace()\n\nReturn the global debug tracing function set with sys.settrace.\nSee the debugger chapter in the library manual.")
	sys.AddFunction("getprofile", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("getprofile", args, kwnames); err != nil {
			return nil, err
		}
		if t.Hooks.Profile == nil {
			return py.None, nil
		}
		return t.Hooks.Profile, nil
	}, "getprofile()\n\nReturn the profiling function set with sys.setprofile.\nSee the profiler chapter in the library manual.")
	sys.AddFunction("call_tracing", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var fn, fargs py.Object
		if err := py.ParseTuple("call_tracing", args, kwnames, 2, 2, &fn, &fargs); err != nil {
			return nil, err
		}
		tu, ok := fargs.(*py.Tuple)
		if !ok {
			return nil, py.Errorf(py.TypeError, "must be tuple, not %s", fargs.Type().Name)
		}
		// The call is traced even from inside a trace function.
		running := t.Hooks.Running
		t.Hooks.Running = 0
		t.UpdateTracing()
		r, err := py.Call(t, fn, tu.Items, nil)
		t.Hooks.Running = running
		t.UpdateTracing()
		return r, err
	}, "call_tracing(func, args) -> object\n\nCall func(*args), while tracing is enabled.  The tracing state is\nsaved, and restored afterwards.  This is intended to be called from\na debugger from a checkpoint, to recursively debug some other code.")
}
