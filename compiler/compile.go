package compiler

import (
	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/symtable"
)

// Code flags that only compile() passes in, and __future__ imports set.
const (
	CoFutureDivision        = 0x2000
	CoFutureAbsoluteImport  = 0x4000
	CoFutureWithStatement   = 0x8000
	CoFuturePrintFunction   = 0x10000
	CoFutureUnicodeLiterals = 0x20000
	CoFutureBarryAsBDFL     = 0x40000

	// FutureFlags are the flags a code object inherits from compile()'s
	// flags argument and from the module's __future__ imports (PyCF_MASK).
	FutureFlags = CoFutureDivision | CoFutureAbsoluteImport | CoFutureWithStatement |
		CoFuturePrintFunction | CoFutureUnicodeLiterals | CoFutureBarryAsBDFL
)

// Compile translates mod, a tree the parser made in exec, eval or single
// mode, into the code object of its module, expression or interactive
// statement. It first runs Check, so it reports the same errors in the
// same order and emits the same warnings; a tree that passes is always
// translated.
func Compile(mod ast.ModType, opts Options) (co *py.Code, err error) {
	table, fut, err := check(mod, &opts)
	if err != nil {
		return nil, err
	}
	c := &compiler{opts: &opts, table: table, flags: (opts.Flags | fut.flags) & FutureFlags}
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(failure)
			if !ok {
				panic(r)
			}
			co, err = nil, f.err
		}
	}()
	return c.module(mod), nil
}

// compiler is the state of one compilation: the stack of code units being
// generated, innermost last.
type compiler struct {
	opts        *Options
	table       *symtable.Table
	flags       int // future flags every code object carries
	interactive bool
	u           *codeUnit
	stack       []*codeUnit
	foldThread  *py.Thread // made on first use
}

// thread returns the thread constant folding computes in.
func (c *compiler) thread() *py.Thread {
	if c.foldThread == nil {
		c.foldThread = newFoldThread()
	}
	return c.foldThread
}

// codeUnit is one code object being generated: its basic blocks and the
// tables its instructions index.
type codeUnit struct {
	st   *symtable.Block
	name string

	consts   constTable
	names    nameTable
	varnames nameTable
	cellvars nameTable
	freevars nameTable // indexes start after the cell variables

	argcount, kwonlyargcount int

	blocks *block // the most recently allocated; others follow through block.list
	cur    *block // the block instructions go to

	fblocks []fblockInfo

	firstlineno int
	lineno      int  // line of the current statement, raised by later lines of its expressions
	linenoSet   bool // an instruction already carries lineno
}

// instr is one instruction of a basic block.
type instr struct {
	op     opcode.Opcode
	arg    int
	target *block // for a jump
	jabs   bool   // the jump's argument is absolute
	jrel   bool   // the jump's argument is relative
	lineno int    // 0 unless the instruction starts a line
}

func (i *instr) hasArg() bool { return i.op >= opcode.HaveArgument }

// block is a basic block: a run of instructions entered only at its top.
type block struct {
	list   *block // the block allocated before this one
	instrs []instr
	next   *block // the block control falls through to
	seen   bool
	ret    bool // holds a RETURN_VALUE
	depth  int  // stack depth on entry, for stackDepth
	offset int  // byte offset in CPython's encoding, for the assembler
}

// nameTable is an ordered set of names, the future co_names,
// co_varnames, co_cellvars or co_freevars.
type nameTable struct {
	index map[string]int
	list  []string
	base  int // index of the first name
}

func newNameTable(names []string, base int) nameTable {
	t := nameTable{index: make(map[string]int, len(names)), base: base}
	for _, n := range names {
		t.add(n)
	}
	return t
}

// add returns the index of name, adding it if it is new.
func (t *nameTable) add(name string) int {
	if i, ok := t.index[name]; ok {
		return i
	}
	if t.index == nil {
		t.index = make(map[string]int)
	}
	i := t.base + len(t.list)
	t.index[name] = i
	t.list = append(t.list, name)
	return i
}

func (t *nameTable) lookup(name string) (int, bool) {
	i, ok := t.index[name]
	return i, ok
}

func (t *nameTable) strs() []*py.Str {
	s := make([]*py.Str, len(t.list))
	for i, n := range t.list {
		s[i] = py.InternStr(n)
	}
	return s
}

// enterScope starts the code unit of the block node opens.
func (c *compiler) enterScope(name string, node ast.Node, lineno int) {
	st := c.table.Lookup(node)
	u := &codeUnit{
		st:          st,
		name:        name,
		varnames:    newNameTable(st.Params, 0),
		firstlineno: lineno,
	}
	cells := st.CellVars()
	u.cellvars = newNameTable(cells, 0)
	u.freevars = newNameTable(st.FreeVars(), len(cells))
	u.names.index = make(map[string]int)
	if c.u != nil {
		c.stack = append(c.stack, c.u)
	}
	c.u = u
	c.useNewBlock()
}

func (c *compiler) exitScope() {
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
}

// nestLevel is how many code units are open: 1 in the module.
func (c *compiler) nestLevel() int { return len(c.stack) + 1 }

// newBlock allocates a block, not yet placed in the flow.
func (c *compiler) newBlock() *block {
	b := &block{list: c.u.blocks, depth: minDepth}
	c.u.blocks = b
	return b
}

// useNewBlock makes a new block current, with nothing falling into it.
func (c *compiler) useNewBlock() *block {
	b := c.newBlock()
	c.u.cur = b
	return b
}

// nextBlock makes a new block current, the current one falling into it.
func (c *compiler) nextBlock() *block {
	b := c.newBlock()
	c.u.cur.next = b
	c.u.cur = b
	return b
}

// useNextBlock makes b current, the current one falling into it.
func (c *compiler) useNextBlock(b *block) {
	c.u.cur.next = b
	c.u.cur = b
}

// addInstr appends an instruction to the current block, giving it the
// current line if no instruction has that line yet.
func (c *compiler) addInstr(i instr) {
	u := c.u
	if !u.linenoSet {
		u.linenoSet = true
		i.lineno = u.lineno
	}
	b := u.cur
	if i.op == opcode.RETURN_VALUE {
		b.ret = true
	}
	b.instrs = append(b.instrs, i)
}

func (c *compiler) emit(op opcode.Opcode) { c.addInstr(instr{op: op}) }

func (c *compiler) emitArg(op opcode.Opcode, arg int) { c.addInstr(instr{op: op, arg: arg}) }

// jumpAbs and jumpRel add a jump to b, with an absolute or relative
// argument in CPython's encoding (which decides instruction sizes there,
// so the line table and the optimizer's limits; Taipan's own jumps are
// all absolute).
func (c *compiler) jumpAbs(op opcode.Opcode, b *block) {
	c.addInstr(instr{op: op, target: b, jabs: true})
}

func (c *compiler) jumpRel(op opcode.Opcode, b *block) {
	c.addInstr(instr{op: op, target: b, jrel: true})
}

// loadConst adds LOAD_CONST o.
func (c *compiler) loadConst(o py.Object) { c.emitArg(opcode.LOAD_CONST, c.u.consts.add(o)) }

// emitName adds an instruction whose argument is name's index in
// co_names, mangled when mangle is set.
func (c *compiler) emitName(op opcode.Opcode, name string, mangle bool) {
	if mangle {
		name = symtable.Mangle(c.u.st.Private, name)
	}
	c.emitArg(op, c.u.names.add(name))
}

// fblockInfo is an entry of the static block stack: a loop, try or with
// being generated, and the block a continue jumps to.
type fblockInfo struct {
	kind  fblock
	block *block
}

func (c *compiler) pushBlock(kind fblock, b *block) {
	c.u.fblocks = append(c.u.fblocks, fblockInfo{kind, b})
}

func (c *compiler) popBlock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }
