package py

import (
	"fmt"
	"os"
)

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

	// Cache is the evaluator's state for this code (its inline caches),
	// made on the code's first run; package py never looks inside.
	Cache interface{}

	// cellArgs[i] is the index of the argument that cell variable i
	// starts as, or -1 (CPython matches them by name on every call);
	// computed on the first call.
	cellArgs []int32
	prepared bool
	// simple is set when a call with exactly ArgCount positional
	// arguments binds them by copying: no *args, **kwargs, keyword-only
	// arguments or cells.
	simple bool
	// nfast is the number of fast locals, cells and free variables.
	nfast int
	// stackExtra is what the evaluator's rewriting of the code adds to
	// co_stacksize (see SetStackExtra).
	stackExtra int
	name       *Str // co_name as a *Str, made on first use
	// tryKind says whether the code sets up try, except or with blocks
	// (tryUnknown until a generator running it asks: see generator.go).
	tryKind uint8
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

// prepare computes what calls need from the code, once.
func (c *Code) prepare() {
	if c.prepared {
		return
	}
	nargs := c.ArgCount + c.KwOnlyArgCount
	if c.Flags&CoVarargs != 0 {
		nargs++
	}
	if c.Flags&CoVarkwargs != 0 {
		nargs++
	}
	c.cellArgs = make([]int32, len(c.CellVars))
	for i, cell := range c.CellVars {
		c.cellArgs[i] = -1
		for j := 0; j < nargs && j < len(c.VarNames); j++ {
			if c.VarNames[j].s == cell.s {
				c.cellArgs[i] = int32(j)
				break
			}
		}
	}
	c.simple = c.KwOnlyArgCount == 0 && c.Flags&(CoVarargs|CoVarkwargs) == 0 && len(c.CellVars) == 0
	n := c.NLocals
	if n < len(c.VarNames) {
		n = len(c.VarNames)
	}
	c.nfast = n + len(c.CellVars) + len(c.FreeVars)
	c.prepared = true
}

// SetStackExtra records that frames running this code need n more
// value-stack slots than co_stacksize says: the evaluator calls it when
// it rewrites instructions into ones that use more stack (see package
// vm).
func (c *Code) SetStackExtra(n int) { c.stackExtra = n }

// FrameStackSize is the length of the value stack of a frame running
// this code.
func (c *Code) FrameStackSize() int { return c.StackSize + c.stackExtra }

// NameStr returns co_name as a str.
func (c *Code) NameStr() *Str {
	if c.name == nil {
		c.name = NewStr(c.Name)
	}
	return c.name
}

// Line returns the source line of the instruction at index lasti: the
// line of the last line-table entry at or before it, or co_firstlineno
// when there is none (as for a frame that has not started).
func (c *Code) Line(lasti int) int {
	lt := c.LineTable
	// Binary search over the pairs for the last index <= lasti.
	lo, hi := 0, len(lt)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(lt[2*m]) <= lasti {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return c.FirstLineNo
	}
	return int(lt[2*(lo-1)+1])
}

func codeRepr(t *Thread, self Object) (Object, error) {
	c := self.(*Code)
	return NewStr(fmt.Sprintf("<code object %s at %p, file \"%s\", line %d>", c.Name, c, c.Filename, c.FirstLineNo)), nil
}

func strTuple(items []*Str) *Tuple {
	objs := make([]Object, len(items))
	for i, s := range items {
		objs[i] = s
	}
	return NewTuple(objs...)
}

func init() {
	CodeType.Repr = codeRepr
	get := func(f func(c *Code) Object) func(t *Thread, self Object) (Object, error) {
		return func(t *Thread, self Object) (Object, error) { return f(self.(*Code)), nil }
	}
	CodeType.AddGetSets(
		GetSetDef{Member: true, Name: "co_argcount", Get: get(func(c *Code) Object { return NewInt(int64(c.ArgCount)) })},
		GetSetDef{Member: true, Name: "co_kwonlyargcount", Get: get(func(c *Code) Object { return NewInt(int64(c.KwOnlyArgCount)) })},
		GetSetDef{Member: true, Name: "co_nlocals", Get: get(func(c *Code) Object { return NewInt(int64(c.NLocals)) })},
		GetSetDef{Member: true, Name: "co_stacksize", Get: get(func(c *Code) Object { return NewInt(int64(c.StackSize)) })},
		GetSetDef{Member: true, Name: "co_flags", Get: get(func(c *Code) Object { return NewInt(int64(c.Flags)) })},
		GetSetDef{Member: true, Name: "co_code", Get: get(func(c *Code) Object {
			b := make([]byte, 0, 4*len(c.Code))
			for _, w := range c.Code {
				b = append(b, byte(w), byte(w>>8), byte(w>>16), byte(w>>24))
			}
			return NewBytes(string(b))
		})},
		GetSetDef{Member: true, Name: "co_consts", Get: get(func(c *Code) Object { return NewTuple(append([]Object(nil), c.Consts...)...) })},
		GetSetDef{Member: true, Name: "co_names", Get: get(func(c *Code) Object { return strTuple(c.Names) })},
		GetSetDef{Member: true, Name: "co_varnames", Get: get(func(c *Code) Object { return strTuple(c.VarNames) })},
		GetSetDef{Member: true, Name: "co_freevars", Get: get(func(c *Code) Object { return strTuple(c.FreeVars) })},
		GetSetDef{Member: true, Name: "co_cellvars", Get: get(func(c *Code) Object { return strTuple(c.CellVars) })},
		GetSetDef{Member: true, Name: "co_filename", Get: get(func(c *Code) Object { return NewStr(c.Filename) })},
		GetSetDef{Member: true, Name: "co_name", Get: get(func(c *Code) Object { return c.NameStr() })},
		GetSetDef{Member: true, Name: "co_firstlineno", Get: get(func(c *Code) Object { return NewInt(int64(c.FirstLineNo)) })},
		GetSetDef{Member: true, Name: "co_lnotab", Get: get(func(c *Code) Object { return NewBytes(c.lnotab()) })},
	)
}

// lnotab renders the line table in CPython's co_lnotab form (byte
// offsets of two-byte instructions... here, instruction indexes), for
// programs that only look at it to count lines.
func (c *Code) lnotab() string {
	var b []byte
	addr, line := 0, c.FirstLineNo
	lt := c.LineTable
	for i := 0; i+1 < len(lt); i += 2 {
		da, dl := int(lt[i])-addr, int(lt[i+1])-line
		if dl == 0 && da == 0 {
			continue
		}
		for da > 255 {
			b = append(b, 255, 0)
			da -= 255
		}
		for dl > 255 {
			b = append(b, byte(da), 255)
			da = 0
			dl -= 255
		}
		if dl < 0 {
			// co_lnotab cannot go backwards in 3.2; leave such entries out.
			continue
		}
		b = append(b, byte(da), byte(dl))
		addr, line = int(lt[i]), int(lt[i+1])
	}
	return string(b)
}

// ExecCode runs code in a new frame with the given globals and locals
// (the locals mapping of a module or class body; nil for none) and
// returns what it returns: what exec(), eval() and module imports use.
// A code object with free variables gets empty cells for them.
//
// A Go panic while the code runs (a bug of Taipan's or of a native
// module) does not crash the program: it becomes a SystemError raised
// from here, the thread being put back as it was. (With the environment
// variable TAIPAN_PANIC set, the panic goes on, for debugging.)
func ExecCode(t *Thread, code *Code, globals *Dict, locals Object) (result Object, err error) {
	back, depth, exc := t.Frame, t.Depth, t.ExcInfo
	defer func() {
		if p := recover(); p != nil {
			if os.Getenv("TAIPAN_PANIC") != "" {
				panic(p)
			}
			t.Frame, t.Depth, t.ExcInfo = back, depth, exc
			result, err = nil, Errorf(SystemError, "internal error: %v", p)
		}
	}()
	f := NewFrame(t, code, globals, locals)
	f.initCells(nil)
	r, err := t.Interp.Eval(t, f)
	f.Release()
	return r, err
}

// initCells gives the frame new cells for its cell variables and the
// closure's cells (empty ones when closure is short) for its free
// variables.
func (f *Frame) initCells(closure *Tuple) {
	code := f.Code
	ncells, nfree := len(code.CellVars), len(code.FreeVars)
	if ncells+nfree == 0 {
		return
	}
	base := len(f.Fast) - ncells - nfree
	for i := 0; i < ncells; i++ {
		f.Fast[base+i] = NewCell(nil)
	}
	for i := 0; i < nfree; i++ {
		if closure != nil && i < len(closure.Items) {
			f.Fast[base+ncells+i] = closure.Items[i]
		} else {
			f.Fast[base+ncells+i] = NewCell(nil)
		}
	}
}
