package py

// Code is a compiled code object: the bytecode of a module, class body,
// function or comprehension, with the co_* attributes CPython gives it.
// (Owner: the compiler and evaluator helpers; the instruction set is in
// package opcode.)
type Code struct {
	ArgCount       int      // co_argcount
	KwOnlyArgCount int      // co_kwonlyargcount
	NLocals        int      // co_nlocals
	StackSize      int      // co_stacksize
	Flags          int      // co_flags (CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, ...)
	Code           []uint32 // the instructions (see package opcode)
	Consts         []Object // co_consts
	Names          []*Str   // co_names
	VarNames       []*Str   // co_varnames
	FreeVars       []*Str   // co_freevars
	CellVars       []*Str   // co_cellvars
	Filename       string   // co_filename
	Name           string   // co_name
	FirstLineNo    int      // co_firstlineno
	LineTable      []int32  // instruction index -> line: see package opcode for the format
}

// CodeType is the type of code objects.
var CodeType = &Type{Name: "code"}

// Type returns code.
func (c *Code) Type() *Type { return CodeType }

// Code flags, with CPython's values.
const (
	CoOptimized = 0x0001
	CoNewLocals = 0x0002
	CoVarargs   = 0x0004
	CoVarkwargs = 0x0008
	CoNested    = 0x0010
	CoGenerator = 0x0020
	CoNoFree    = 0x0040
)

// Frame is an executing code object's state. (Owner: evaluator helper,
// who adds the fields the evaluator needs.)
type Frame struct {
	Code     *Code
	Globals  *Dict
	Builtins *Dict
	Locals   Object // the locals mapping of a class body or module; nil when optimized
	Back     *Frame // the calling frame (f_back)
	Lasti    int    // index of the last instruction run
}

// FrameType is the type of frame objects.
var FrameType = &Type{Name: "frame"}

// Type returns frame.
func (f *Frame) Type() *Type { return FrameType }
