package py

import "github.com/taipan-py/taipan/opcode"

// MaxBlocks is the deepest nesting of loops, try statements and with
// statements a code object may have (CPython's CO_MAXBLOCKS); the
// compiler rejects deeper nesting.
const MaxBlocks = 20

// Block is an entry of a frame's block stack: a loop, try or with
// statement being run, or an exception being handled (CPython's
// PyTryBlock). Kind is the opcode that set it up (SETUP_LOOP,
// SETUP_EXCEPT, SETUP_FINALLY) or BlockExceptHandler.
type Block struct {
	Kind    uint16
	Handler int32 // instruction index of the handler
	Level   int32 // value-stack depth when the block was set up
}

// BlockExceptHandler is the kind of the block that marks an exception
// being handled (CPython's EXCEPT_HANDLER).
const BlockExceptHandler = 257

// Frame is an executing code object's state: CPython's frame object.
//
// A frame's fast locals, cells, free variables and value stack live in
// one slice, reused from call to call: frames are kept in a cache by call
// depth (each frame remembers the last frame it made for a callee, and
// hands it to the next callee) until something keeps a reference to one
// (a generator, a traceback, sys._getframe, f_back), which marks it and
// its callers escaped: an escaped frame is never reused.
type Frame struct {
	Code     *Code
	Globals  *Dict
	Builtins *Dict
	Locals   Object // the locals mapping of a class body or module; nil when optimized
	Back     *Frame // the calling frame (f_back)
	Lasti    int    // index of the last instruction run (-1 before the first)

	// Fast holds the fast locals (co_varnames), then the cells of
	// co_cellvars, then those of co_freevars (as *Cell).
	Fast []Object
	// Stack is the value stack, co_stacksize long; SP is the number of
	// values on it when the frame is not running (suspended or unwinding).
	Stack []Object
	SP    int

	// Blocks holds the block stack (NBlocks deep): blockBuf, inside the
	// frame, until a deeper nesting moves it to an array of MaxBlocks.
	Blocks   []Block
	NBlocks  int
	blockBuf [4]Block

	// SavedExc is the exception state a generator's frame puts aside
	// while it is suspended or running (CPython's f_exc_*).
	SavedExc *BaseException
	// Throw, when set before the frame is resumed, is raised at the
	// point where it is suspended (generator.throw).
	Throw *BaseException
	// Yielded is set by the evaluator when the frame stopped at a yield
	// rather than returning.
	Yielded bool
	// Gen is the generator that owns the frame, or nil.
	Gen *Generator

	// Tr is the frame's tracing state (f_trace and what line tracing
	// remembers), made when the frame is first traced or profiled; a
	// frame that has one has been handed to Python code, so it has
	// escaped and is never reused.
	Tr *FrameTrace
	// TraceStep is set by the evaluator between reporting the events of
	// a traced instruction and running it.
	TraceStep bool

	escaped  bool
	running  bool
	child    *Frame   // the frame last made for a call from this one
	fastBuf  []Object // backing of Fast
	stackBuf []Object // backing of Stack
	dict     *Dict    // f_locals of an optimized frame, made on demand
}

// FrameType is the type of frame objects.
var FrameType = &Type{Name: "frame"}

// Type returns frame.
func (f *Frame) Type() *Type { return FrameType }

// NewFrame returns a frame ready to run code with the given globals and
// locals (nil for an optimized frame), its Back the thread's current
// frame. The frame comes from the current frame's cache when that one is
// free; Release gives it back.
func NewFrame(t *Thread, code *Code, globals *Dict, locals Object) *Frame {
	back := t.Frame
	var f *Frame
	if back != nil {
		f = back.child
	}
	if f == nil || f.Code != code || f.escaped || f.running {
		f = sizedFrame(code, back)
	} // else the same code as the last call from here (a loop calling a
	// function): the locals and stack are sized already.
	// Taken until it finishes (the evaluator clears running when it
	// leaves the frame), so that no call made before it starts (while
	// its arguments are bound, say) is given it too.
	f.running = true
	f.SP = 0
	f.Globals = globals
	f.Locals = locals
	f.Back = back
	f.Lasti = -1
	f.NBlocks = 0
	f.Yielded = false
	if back != nil && back.Globals == globals {
		f.Builtins = back.Builtins
	} else {
		f.Builtins = builtinsFor(t, globals)
	}
	return f
}

// sizedFrame returns a frame for a call of code from back with its fast
// locals and stack sized for code: back's cached child when it is free,
// else a new one (which back then caches).
func sizedFrame(code *Code, back *Frame) *Frame {
	if !code.prepared {
		code.prepare()
	}
	var f *Frame
	if back != nil {
		f = back.child
		if f == nil || f.escaped || f.running {
			f = newFrameFor(code)
			back.child = f
		}
	} else {
		f = newFrameFor(code)
	}
	// The fast locals must start empty (unbound); Release leaves them so.
	// The stack's old contents do no harm: a slot is always written
	// before it is read.
	nfast := code.nfast
	if cap(f.fastBuf) < nfast {
		f.fastBuf = make([]Object, nfast, nfast+4)
	}
	f.Fast = f.fastBuf[:nfast:nfast]
	f.setStackSize(code.StackSize + code.stackExtra)
	f.Code = code
	return f
}

// newFrameFor allocates a frame with room for code's fast locals and
// value stack in one block (a frame that escapes, through a traceback
// for instance, is not reused, so exception-heavy code makes many).
//
// A small frame comes with its slots in the same allocation (one call of
// the allocator instead of two; generators and frames that escape are
// made anew each time).
func newFrameFor(code *Code) *Frame {
	nfast, nstack := code.nfast, code.StackSize+code.stackExtra
	var f *Frame
	var buf []Object
	// Some room to spare, for the next code that reuses the frame.
	switch n := nfast + nstack; {
	case n <= 12:
		b := new(frameWithSlots16)
		f, buf = &b.f, b.slots[:]
	case n <= 20:
		b := new(frameWithSlots24)
		f, buf = &b.f, b.slots[:]
	case n <= 28:
		b := new(frameWithSlots32)
		f, buf = &b.f, b.slots[:]
	default:
		f, buf = new(Frame), make([]Object, n+8)
	}
	f.fastBuf, f.stackBuf = buf[:nfast:nfast], buf[nfast:]
	return f
}

// Frames with their slots.
type (
	frameWithSlots16 struct {
		f     Frame
		slots [16]Object
	}
	frameWithSlots24 struct {
		f     Frame
		slots [24]Object
	}
	frameWithSlots32 struct {
		f     Frame
		slots [32]Object
	}
)

// setStackSize gives the frame a value stack of n slots.
func (f *Frame) setStackSize(n int) {
	if cap(f.stackBuf) < n {
		f.stackBuf = make([]Object, n, n+8)
	}
	f.Stack = f.stackBuf[:n:n]
}

// FitStack grows the value stack of a frame that has not started to what
// its code now needs (after SetStackExtra).
func (f *Frame) FitStack() {
	if n := f.Code.FrameStackSize(); len(f.Stack) < n {
		old := f.Stack
		f.setStackSize(n)
		copy(f.Stack, old)
	}
}

// builtinsFor finds the builtins of code running with globals: its
// __builtins__ (a module or a dict), else the interpreter's builtins.
func builtinsFor(t *Thread, globals *Dict) *Dict {
	if b := globals.GetStr(strBuiltins); b != nil {
		switch b := b.(type) {
		case *Module:
			return b.Dict
		case *Dict:
			return b
		}
	}
	if t.Interp.Builtins != nil {
		return t.Interp.Builtins.Dict
	}
	d := NewDict()
	d.SetStr(NewStr("None"), None)
	return d
}

var strBuiltins = NewStr("__builtins__")

// Release returns a frame that has finished running to its cache, unless
// it escaped. It drops the frame's references so that they do not keep
// values alive.
func (f *Frame) Release() {
	if f.escaped {
		return
	}
	ClearObjects(f.Fast)
	f.Locals = nil
	f.dict = nil
	f.Back = nil
	f.Globals = nil
}

// Escape marks the frame and its callers as referenced from outside the
// evaluator, so that they are never reused.
func (f *Frame) Escape() {
	for ; f != nil && !f.escaped; f = f.Back {
		f.escaped = true
	}
}

// Escaped reports whether the frame is referenced from outside the
// evaluator.
func (f *Frame) Escaped() bool { return f.escaped }

// SetRunning records whether the frame is running (the evaluator sets it
// on entry and clears it on exit); a running frame is never handed out
// again by NewFrame.
func (f *Frame) SetRunning(r bool) { f.running = r }

// Line returns the line being run (f_lineno).
func (f *Frame) Line() int { return f.Code.Line(f.Lasti) }

// PushBlock pushes a block.
func (f *Frame) PushBlock(kind uint16, handler, level int) {
	if f.NBlocks == len(f.Blocks) {
		f.growBlocks()
	}
	f.Blocks[f.NBlocks] = Block{Kind: kind, Handler: int32(handler), Level: int32(level)}
	f.NBlocks++
}

// growBlocks gives the frame room for MaxBlocks blocks.
func (f *Frame) growBlocks() {
	if len(f.Blocks) == 0 {
		f.Blocks = f.blockBuf[:]
		return
	}
	b := make([]Block, MaxBlocks)
	copy(b, f.Blocks)
	f.Blocks = b
}

// LocalsMapping returns the frame's locals as a mapping (f_locals,
// locals()), first copying the fast locals and the cells into it as
// CPython's PyFrame_FastToLocals does: the Locals of a module or class
// body, or, for an optimized frame, a dict of the frame's own. As in
// 3.2, a class body's locals() shows its __locals__ argument too, and
// only optimized frames show their free variables.
func (f *Frame) LocalsMapping(t *Thread) (Object, error) {
	locals := f.Locals
	if locals == nil {
		if f.dict == nil {
			f.dict = NewDict()
		}
		locals = f.dict
	}
	code := f.Code
	n := len(code.VarNames)
	if n > code.NLocals {
		n = code.NLocals
	}
	for i := 0; i < n && i < len(f.Fast); i++ {
		mapToLocals(t, locals, code.VarNames[i], f.Fast[i])
	}
	base := len(f.Fast) - len(code.CellVars) - len(code.FreeVars)
	mapCells := func(names []*Str, off int) {
		for i, name := range names {
			if c, ok := f.Fast[off+i].(*Cell); ok {
				mapToLocals(t, locals, name, c.Value)
			}
		}
	}
	mapCells(code.CellVars, base)
	if code.Flags&CoOptimized != 0 {
		mapCells(code.FreeVars, base+len(code.CellVars))
	}
	return locals, nil
}

// mapToLocals sets locals[name] to v, or deletes it when v is nil,
// ignoring errors (CPython's map_to_dict).
func mapToLocals(t *Thread, locals Object, name *Str, v Object) {
	if d, ok := locals.(*Dict); ok && d.Type() == DictType {
		if v != nil {
			d.SetStr(name, v)
		} else {
			d.DelStr(name)
		}
		return
	}
	if v != nil {
		_ = SetItem(t, locals, name, v)
	} else {
		_ = SetItem(t, locals, name, nil)
	}
}

func init() {
	FrameType.AddGetSets(
		GetSetDef{Member: true, Name: "f_back", Get: func(t *Thread, self Object) (Object, error) {
			f := self.(*Frame)
			if f.Back == nil {
				return None, nil
			}
			f.Back.Escape()
			return f.Back, nil
		}},
		GetSetDef{Member: true, Name: "f_code", Get: func(t *Thread, self Object) (Object, error) { return self.(*Frame).Code, nil }},
		GetSetDef{Member: true, Name: "f_globals", Get: func(t *Thread, self Object) (Object, error) { return self.(*Frame).Globals, nil }},
		GetSetDef{Member: true, Name: "f_builtins", Get: func(t *Thread, self Object) (Object, error) { return self.(*Frame).Builtins, nil }},
		GetSetDef{Name: "f_locals", Get: func(t *Thread, self Object) (Object, error) { return self.(*Frame).LocalsMapping(t) }},
		GetSetDef{Name: "f_lineno", Get: func(t *Thread, self Object) (Object, error) { return NewInt(int64(self.(*Frame).TraceLineno())), nil }, Set: frameSetLineno},
		GetSetDef{Member: true, Name: "f_lasti", Get: func(t *Thread, self Object) (Object, error) {
			// CPython counts bytes of 1- and 3-byte instructions; Taipan's
			// instructions are one word each, so this is the index.
			return NewInt(int64(self.(*Frame).Lasti)), nil
		}},
		GetSetDef{Name: "f_trace", Get: frameGetTrace, Set: frameSetTrace},
	)
}

// FrameTrace is what a frame holds while it is traced or profiled: its
// f_trace and the state of line tracing, which CPython keeps in its
// frame (f_trace, f_lineno) and in locals of its evaluation loop
// (instr_lb, instr_ub, instr_prev).
type FrameTrace struct {
	// Func is f_trace: the local trace function, nil when none is set.
	Func Object
	// Line is f_lineno while Func is set: the line of the last line
	// event.
	Line int
	// LB and UB bound the instructions of the line last traced, Prev is
	// the index of the last instruction run while tracing: an
	// instruction at LB, or before Prev (a jump backwards), makes a line
	// event.
	LB, UB, Prev int
	// Entered is set while the evaluator runs the frame under tracing
	// (it made the call event and makes the return event).
	Entered bool
	// CFunc is the built-in function the frame is calling, reported by a
	// c_call event, whose c_return or c_exception is due.
	CFunc Object
	// InLine is set while a line event is being reported (f_lineno may
	// be assigned only then).
	InLine bool
}

// Trace returns the frame's tracing state, making it on first use (the
// frame is marked escaped: its state is about to be seen by Python code).
func (f *Frame) Trace() *FrameTrace {
	if f.Tr == nil {
		f.Escape()
		f.Tr = &FrameTrace{Line: f.Code.FirstLineNo, UB: -1, Prev: -1}
	}
	return f.Tr
}

// TraceLineno is f_lineno: the line of the last line event while the
// frame has a trace function, else the line of its last instruction.
func (f *Frame) TraceLineno() int {
	if f.Tr != nil && f.Tr.Func != nil {
		return f.Tr.Line
	}
	return f.Line()
}

func frameGetTrace(t *Thread, self Object) (Object, error) {
	f := self.(*Frame)
	if f.Tr == nil || f.Tr.Func == nil {
		return None, nil
	}
	return f.Tr.Func, nil
}

// frameSetTrace sets f_trace. As in 3.2, None is stored as it is (a
// later event then fails calling it); deleting clears it.
func frameSetTrace(t *Thread, self, v Object) error {
	f := self.(*Frame)
	tr := f.Trace()
	tr.Line = f.Line()
	tr.Func = v
	return nil
}

// LocalsToFast copies the values of the frame's locals mapping (made by
// LocalsMapping) back into its fast locals and cells, deleting the
// locals whose names it lacks: what CPython's PyFrame_LocalsToFast(f, 1)
// does after a trace function ran, so that it can change variables. It
// does nothing for a frame whose locals mapping was never made.
func (f *Frame) LocalsToFast(t *Thread) {
	d := f.dict
	if d == nil || f.Locals != nil {
		return
	}
	code := f.Code
	n := len(code.VarNames)
	if n > code.NLocals {
		n = code.NLocals
	}
	for i := 0; i < n && i < len(f.Fast); i++ {
		f.Fast[i] = d.GetStr(code.VarNames[i])
	}
	base := len(f.Fast) - len(code.CellVars) - len(code.FreeVars)
	setCells := func(names []*Str, off int) {
		for i, name := range names {
			if c, ok := f.Fast[off+i].(*Cell); ok {
				c.Value = d.GetStr(name)
			}
		}
	}
	setCells(code.CellVars, base)
	if code.Flags&CoOptimized != 0 {
		setCells(code.FreeVars, base+len(code.CellVars))
	}
}

// HasLocalsDict reports whether the locals mapping of an optimized frame
// was made (f_locals was read).
func (f *Frame) HasLocalsDict() bool { return f.dict != nil }

// TraceHooks are a thread's sys.settrace and sys.setprofile functions.
type TraceHooks struct {
	Trace   Object // the global trace function, or nil
	Profile Object // the profile function, or nil
	// Running counts the hooks in progress (CPython's tstate->tracing):
	// no event is reported while one runs.
	Running int
}

// UpdateTracing sets t.Tracing from t.Hooks.
func (t *Thread) UpdateTracing() {
	if (t.Hooks.Trace != nil || t.Hooks.Profile != nil) && t.Hooks.Running == 0 {
		t.Tracing = &t.Hooks
	} else {
		t.Tracing = nil
	}
}

// frameSetLineno assigns f_lineno: from a line event, the frame goes on
// at the first instruction of that line (or of the first line after it
// that has code), under CPython 3.2's rules and messages: not into a
// block, an except clause or a finally block, nor out of a finally
// block; the blocks jumped out of are popped with their values.
// (3.2 lets the other events jump too, with odd effects; Taipan only
// line events.)
func frameSetLineno(t *Thread, self, v Object) error {
	f := self.(*Frame)
	n, ok := v.(*Int)
	if !ok || n.Type() != IntType {
		return Errorf(ValueError, "lineno must be an integer")
	}
	if f.Tr == nil || f.Tr.Func == nil || !f.Tr.InLine {
		return Errorf(ValueError, "f_lineno can only be set by a line trace function")
	}
	nl, ok := n.Int64()
	if !ok || nl > 1<<31-1 || nl < -1<<31 {
		return Errorf(ValueError, "lineno out of range")
	}
	code := f.Code
	newLine := int(nl)
	newLasti := -1
	if newLine < code.FirstLineNo {
		return Errorf(ValueError, "line %d comes before the current code block", newLine)
	} else if newLine == code.FirstLineNo {
		newLasti = 0
	} else {
		lt := code.LineTable
		for k := 0; k+1 < len(lt); k += 2 {
			if int(lt[k+1]) >= newLine {
				newLasti, newLine = int(lt[k]), int(lt[k+1])
				break
			}
		}
	}
	if newLasti == -1 || newLasti >= len(code.Code) {
		return Errorf(ValueError, "line %d comes after the current code block", newLine)
	}
	if op, _ := opcode.Decode(code.Code[newLasti]); op == opcode.DUP_TOP || op == opcode.POP_TOP {
		return Errorf(ValueError, "can't jump to 'except' line as there's no exception")
	}
	// Which finally block (by its SETUP's index) holds each end.
	isSetup := func(op opcode.Opcode) bool {
		return op == opcode.SETUP_LOOP || op == opcode.SETUP_EXCEPT || op == opcode.SETUP_FINALLY || op == opcode.SETUP_WITH
	}
	var stack, inFinally [MaxBlocks + 1]int
	top := 0
	oldSetup, newSetup := -1, -1
	for i, w := range code.Code {
		op, _ := opcode.Decode(w)
		switch {
		case isSetup(op):
			if top < len(stack) {
				stack[top], inFinally[top] = i, 0
				top++
			}
		case op == opcode.POP_BLOCK && top > 0:
			s, _ := opcode.Decode(code.Code[stack[top-1]])
			if s == opcode.SETUP_FINALLY || s == opcode.SETUP_WITH {
				inFinally[top-1] = 1
			} else {
				top--
			}
		case op == opcode.END_FINALLY && top > 0:
			s, _ := opcode.Decode(code.Code[stack[top-1]])
			if s == opcode.SETUP_FINALLY || s == opcode.SETUP_WITH {
				top--
			}
		}
		if i == newLasti || i == f.Lasti {
			setup := -1
			for k := top - 1; k >= 0; k-- {
				if inFinally[k] != 0 {
					setup = stack[k]
					break
				}
			}
			if i == newLasti {
				newSetup = setup
			}
			if i == f.Lasti {
				oldSetup = setup
			}
		}
	}
	if newSetup != oldSetup {
		return Errorf(ValueError, "can't jump into or out of a 'finally' block")
	}
	lo, hi := newLasti, f.Lasti
	if lo > hi {
		lo, hi = hi, lo
	}
	delta, minDelta := 0, 0
	for i := lo; i < hi; i++ {
		op, _ := opcode.Decode(code.Code[i])
		if isSetup(op) {
			delta++
		} else if op == opcode.POP_BLOCK {
			delta--
		}
		if delta < minDelta {
			minDelta = delta
		}
	}
	minBlock := f.NBlocks + minDelta
	newBlock := f.NBlocks - delta
	if newLasti > f.Lasti {
		newBlock = f.NBlocks + delta
	}
	if newBlock > minBlock {
		return Errorf(ValueError, "can't jump into the middle of a block")
	}
	for f.NBlocks > newBlock {
		f.NBlocks--
		level := int(f.Blocks[f.NBlocks].Level)
		for f.SP > level {
			f.SP--
			f.Stack[f.SP] = nil
		}
	}
	f.Tr.Line = newLine
	f.Lasti = newLasti
	return nil
}
