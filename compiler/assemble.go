package compiler

import (
	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/symtable"
)

// The assembler lays the basic blocks out, and makes the code object.
//
// It goes through CPython 3.2's own encoding first: one byte of opcode,
// two of argument, EXTENDED_ARG above 0xFFFF, relative and absolute jumps
// in bytes, and the line table as byte pairs (co_lnotab). CPython's
// peephole optimizer works on that form, and several of its decisions
// depend on it: it leaves code alone when the code exceeds 32,700 bytes,
// when the line table needs a byte of 255, or when an EXTENDED_ARG comes
// before anything but MAKE_FUNCTION; and where a folded expression's line
// lands follows from byte offsets. Only the final result is translated
// into Taipan's one-word instructions and (instruction, line) table.

// assemble finishes the current code unit and makes its code object.
// Code that can fall off its end returns None (or, for an expression,
// the value on the stack).
func (c *compiler) assemble(addNone bool) *py.Code {
	u := c.u
	if !u.cur.ret {
		c.nextBlock()
		if addNone {
			c.loadConst(py.None)
		}
		c.emit(opcode.RETURN_VALUE)
	}
	var entry *block
	for b := u.blocks; b != nil; b = b.list {
		entry = b
	}
	if u.firstlineno == 0 {
		if len(entry.instrs) > 0 {
			u.firstlineno = entry.instrs[0].lineno
		} else {
			u.firstlineno = 1
		}
	}

	order := layout(entry)
	resolveJumps(order)
	code, lnotab := encode(order, u.firstlineno)

	consts := append([]py.Object(nil), u.consts.list...)
	names := u.names.list
	code, consts = optimize(c.thread(), code, consts, names, lnotab)

	co := &py.Code{
		ArgCount:       u.argcount,
		KwOnlyArgCount: u.kwonlyargcount,
		NLocals:        len(u.varnames.list),
		StackSize:      stackDepth(u.blocks, entry),
		Flags:          c.codeFlags(),
		Consts:         consts,
		Names:          u.names.strs(),
		VarNames:       u.varnames.strs(),
		FreeVars:       u.freevars.strs(),
		CellVars:       u.cellvars.strs(),
		Filename:       c.opts.Filename,
		Name:           u.name,
		FirstLineNo:    u.firstlineno,
	}
	co.Code, co.LineTable = translate(code, lnotab, u.firstlineno)
	return co
}

func (c *compiler) codeFlags() int {
	st := c.u.st
	flags := 0
	if st.Type != symtable.ModuleBlock {
		flags |= py.CoNewLocals
	}
	if st.Type == symtable.FunctionBlock {
		if st.Unoptimized == 0 {
			flags |= py.CoOptimized
		}
		if st.Nested {
			flags |= py.CoNested
		}
		if st.Generator {
			flags |= py.CoGenerator
		}
		if st.Varargs {
			flags |= py.CoVarargs
		}
		if st.Varkeywords {
			flags |= py.CoVarkwargs
		}
	}
	flags |= c.flags
	if len(c.u.freevars.list) == 0 && len(c.u.cellvars.list) == 0 {
		flags |= py.CoNoFree
	}
	return flags
}

// layout orders the blocks reachable from entry, by fall-through and
// jumps: the reverse of a depth-first postorder that follows a block's
// fall-through before its jumps. Blocks chained by fall-through thus keep
// their order, and a block reached only by a jump lands right after the
// block that jumps to it.
func layout(entry *block) []*block {
	var post []*block
	var visit func(b *block)
	visit = func(b *block) {
		if b.seen {
			return
		}
		b.seen = true
		if b.next != nil {
			visit(b.next)
		}
		for i := range b.instrs {
			if t := b.instrs[i].target; t != nil {
				visit(t)
			}
		}
		post = append(post, b)
	}
	visit(entry)
	for i, j := 0, len(post)-1; i < j; i, j = i+1, j-1 {
		post[i], post[j] = post[j], post[i]
	}
	return post
}

// size is an instruction's length in CPython's encoding.
func (i *instr) size() int {
	switch {
	case !i.hasArg():
		return 1
	case i.arg > 0xFFFF:
		return 6
	}
	return 3
}

// resolveJumps gives the blocks their byte offsets and the jumps their
// arguments. A jump whose argument grows past 0xFFFF gains an
// EXTENDED_ARG, which moves what follows, so it repeats until the number
// of such jumps settles.
func resolveJumps(order []*block) {
	extended := 0
	for {
		total := 0
		for _, b := range order {
			b.offset = total
			for i := range b.instrs {
				total += b.instrs[i].size()
			}
		}
		last := extended
		extended = 0
		for _, b := range order {
			pos := b.offset
			for i := range b.instrs {
				in := &b.instrs[i]
				pos += in.size()
				switch {
				case in.jabs:
					in.arg = in.target.offset
				case in.jrel:
					in.arg = in.target.offset - pos
				default:
					continue
				}
				if in.arg > 0xFFFF {
					extended++
				}
			}
		}
		if extended == last {
			return
		}
	}
}

// encode writes the blocks in CPython's byte encoding, with the line
// table (co_lnotab) of the instructions that start a line.
func encode(order []*block, firstlineno int) (code, lnotab []byte) {
	lastLine, lastOffset := firstlineno, 0
	for _, b := range order {
		for i := range b.instrs {
			in := &b.instrs[i]
			if in.lineno != 0 {
				lnotab = appendLine(lnotab, len(code)-lastOffset, in.lineno-lastLine)
				lastLine, lastOffset = in.lineno, len(code)
			}
			if !in.hasArg() {
				code = append(code, byte(in.op))
				continue
			}
			arg := in.arg
			if in.size() == 6 {
				ext := arg >> 16
				code = append(code, byte(opcode.EXTENDED_ARG), byte(ext), byte(ext>>8))
				arg &= 0xFFFF
			}
			code = append(code, byte(in.op), byte(arg), byte(arg>>8))
		}
	}
	return code, lnotab
}

// appendLine adds to a line table the step of dOffset bytes and dLine
// lines. A step too big for a byte pair is split into pairs of 255; a line
// step back (which the generator never makes) wraps around, as it does in
// CPython's unsigned bytes.
func appendLine(lnotab []byte, dOffset, dLine int) []byte {
	if dOffset == 0 && dLine == 0 {
		return lnotab
	}
	if dOffset > 255 {
		n := dOffset / 255
		for j := 0; j < n; j++ {
			lnotab = append(lnotab, 255, 0)
		}
		dOffset -= n * 255
	}
	if dLine > 255 {
		n := dLine / 255
		lnotab = append(lnotab, byte(dOffset), 255)
		dOffset = 0
		for j := 1; j < n; j++ {
			lnotab = append(lnotab, 0, 255)
		}
		dLine -= n * 255
	}
	return append(lnotab, byte(dOffset), byte(dLine))
}

// stackEffect is the change an instruction makes to the stack depth, as
// CPython 3.2's compiler counts it (the largest, where it varies).
func stackEffect(op opcode.Opcode, arg int) int {
	nargs := func(o int) int { return o%256 + 2*(o/256%256) }
	switch op {
	case opcode.POP_TOP:
		return -1
	case opcode.ROT_TWO, opcode.ROT_THREE:
		return 0
	case opcode.DUP_TOP:
		return 1
	case opcode.DUP_TOP_TWO:
		return 2
	case opcode.UNARY_POSITIVE, opcode.UNARY_NEGATIVE, opcode.UNARY_NOT, opcode.UNARY_INVERT:
		return 0
	case opcode.SET_ADD, opcode.LIST_APPEND:
		return -1
	case opcode.MAP_ADD:
		return -2
	case opcode.BINARY_POWER, opcode.BINARY_MULTIPLY, opcode.BINARY_MODULO, opcode.BINARY_ADD,
		opcode.BINARY_SUBTRACT, opcode.BINARY_SUBSCR, opcode.BINARY_FLOOR_DIVIDE,
		opcode.BINARY_TRUE_DIVIDE, opcode.INPLACE_FLOOR_DIVIDE, opcode.INPLACE_TRUE_DIVIDE,
		opcode.INPLACE_ADD, opcode.INPLACE_SUBTRACT, opcode.INPLACE_MULTIPLY, opcode.INPLACE_MODULO,
		opcode.BINARY_LSHIFT, opcode.BINARY_RSHIFT, opcode.BINARY_AND, opcode.BINARY_XOR,
		opcode.BINARY_OR, opcode.INPLACE_POWER, opcode.INPLACE_LSHIFT, opcode.INPLACE_RSHIFT,
		opcode.INPLACE_AND, opcode.INPLACE_XOR, opcode.INPLACE_OR:
		return -1
	case opcode.STORE_SUBSCR:
		return -3
	case opcode.STORE_MAP, opcode.DELETE_SUBSCR:
		return -2
	case opcode.GET_ITER:
		return 0
	case opcode.PRINT_EXPR:
		return -1
	case opcode.LOAD_BUILD_CLASS:
		return 1
	case opcode.BREAK_LOOP:
		return 0
	case opcode.SETUP_WITH:
		return 7
	case opcode.WITH_CLEANUP:
		return -1
	case opcode.STORE_LOCALS, opcode.RETURN_VALUE, opcode.IMPORT_STAR:
		return -1
	case opcode.YIELD_VALUE, opcode.POP_BLOCK, opcode.POP_EXCEPT:
		return 0
	case opcode.END_FINALLY:
		return -1
	case opcode.STORE_NAME:
		return -1
	case opcode.DELETE_NAME:
		return 0
	case opcode.UNPACK_SEQUENCE:
		return arg - 1
	case opcode.UNPACK_EX:
		return arg&0xFF + arg>>8
	case opcode.FOR_ITER:
		return 1
	case opcode.STORE_ATTR:
		return -2
	case opcode.DELETE_ATTR, opcode.STORE_GLOBAL:
		return -1
	case opcode.DELETE_GLOBAL:
		return 0
	case opcode.LOAD_CONST, opcode.LOAD_NAME:
		return 1
	case opcode.BUILD_TUPLE, opcode.BUILD_LIST, opcode.BUILD_SET:
		return 1 - arg
	case opcode.BUILD_MAP:
		return 1
	case opcode.LOAD_ATTR:
		return 0
	case opcode.COMPARE_OP, opcode.IMPORT_NAME:
		return -1
	case opcode.IMPORT_FROM:
		return 1
	case opcode.JUMP_FORWARD, opcode.JUMP_IF_TRUE_OR_POP, opcode.JUMP_IF_FALSE_OR_POP, opcode.JUMP_ABSOLUTE:
		return 0
	case opcode.POP_JUMP_IF_FALSE, opcode.POP_JUMP_IF_TRUE:
		return -1
	case opcode.LOAD_GLOBAL:
		return 1
	case opcode.CONTINUE_LOOP, opcode.SETUP_LOOP:
		return 0
	case opcode.SETUP_EXCEPT, opcode.SETUP_FINALLY:
		// The handler may get three values for the new exception and
		// three for the one being handled before.
		return 6
	case opcode.LOAD_FAST:
		return 1
	case opcode.STORE_FAST:
		return -1
	case opcode.DELETE_FAST:
		return 0
	case opcode.RAISE_VARARGS:
		return -arg
	case opcode.CALL_FUNCTION:
		return -nargs(arg)
	case opcode.CALL_FUNCTION_VAR, opcode.CALL_FUNCTION_KW:
		return -nargs(arg) - 1
	case opcode.CALL_FUNCTION_VAR_KW:
		return -nargs(arg) - 2
	case opcode.MAKE_FUNCTION:
		return -nargs(arg) - (arg>>16)&0xFFFF
	case opcode.MAKE_CLOSURE:
		return -1 - nargs(arg) - (arg>>16)&0xFFFF
	case opcode.BUILD_SLICE:
		if arg == 3 {
			return -2
		}
		return -1
	case opcode.LOAD_CLOSURE, opcode.LOAD_DEREF:
		return 1
	case opcode.STORE_DEREF:
		return -1
	case opcode.DELETE_DEREF:
		return 0
	case opcode.LOAD_METHOD:
		return 1
	case opcode.CALL_METHOD:
		return -nargs(arg) - 1
	}
	panic("compiler: no stack effect for " + op.String())
}

// stackDepth computes co_stacksize as CPython 3.2 does: the deepest stack
// along any path from the entry, where a block is walked again only when
// reached deeper than before. (The path-sensitive walk is CPython's; its
// results, overestimates included, are kept.)
func stackDepth(all *block, entry *block) int {
	for b := all; b != nil; b = b.list {
		b.seen = false
		b.depth = minDepth
	}
	return walkDepth(entry, 0, 0)
}

const minDepth = -1 << 31

func walkDepth(b *block, depth, max int) int {
	if b.seen || b.depth >= depth {
		return max
	}
	b.seen = true
	b.depth = depth
	defer func() { b.seen = false }()
	for i := range b.instrs {
		in := &b.instrs[i]
		depth += stackEffect(in.op, in.arg)
		if depth > max {
			max = depth
		}
		if in.target == nil {
			continue
		}
		target := depth
		switch in.op {
		case opcode.FOR_ITER:
			target = depth - 2
		case opcode.SETUP_FINALLY, opcode.SETUP_EXCEPT:
			target = depth + 3
			if target > max {
				max = target
			}
		}
		max = walkDepth(in.target, target, max)
		if in.op == opcode.JUMP_ABSOLUTE || in.op == opcode.JUMP_FORWARD {
			return max
		}
	}
	if b.next != nil {
		max = walkDepth(b.next, depth, max)
	}
	return max
}

// translate turns code in CPython's byte encoding into Taipan's
// instructions, with every jump's argument the index of its target, and
// lnotab into the line table: a pair (instruction index, line) where each
// line-table range of CPython's starts, so that tracing sees the same
// line boundaries.
func translate(code, lnotab []byte, firstlineno int) ([]uint32, []int32) {
	type cinstr struct {
		op   opcode.Opcode
		arg  int
		next int // byte offset of the next instruction
	}
	var ins []cinstr
	index := make([]int, len(code)+1) // byte offset -> instruction index, or -1
	for i := range index {
		index[i] = -1
	}
	ext := 0
	for i := 0; i < len(code); {
		index[i] = len(ins)
		op := opcode.Opcode(code[i])
		arg := 0
		if op >= opcode.HaveArgument {
			arg = int(code[i+1]) | int(code[i+2])<<8 | ext
			i += 3
		} else {
			i++
		}
		if op == opcode.EXTENDED_ARG {
			ext = arg << 16
			continue
		}
		ext = 0
		ins = append(ins, cinstr{op, arg, i})
	}
	index[len(code)] = len(ins)

	// An argument past 24 bits needs an EXTENDED_ARG of Taipan's, which
	// shifts the indexes after it.
	final := make([]int, len(ins)+1)
	n := 0
	for k, in := range ins {
		final[k] = n
		if !isAbsoluteJump(in.op) && !isRelativeJump(in.op) && in.arg > opcode.MaxArg {
			n++
		}
		n++
	}
	final[len(ins)] = n
	out := make([]uint32, 0, n)
	for _, in := range ins {
		arg := in.arg
		switch {
		case isAbsoluteJump(in.op):
			arg = final[index[arg]]
		case isRelativeJump(in.op):
			arg = final[index[in.next+arg]]
		case arg > opcode.MaxArg:
			out = append(out, opcode.Make(opcode.EXTENDED_ARG, arg>>opcode.ArgBits))
			arg &= opcode.MaxArg
		}
		out = append(out, opcode.Make(in.op, arg))
	}

	lines := []int32{0, int32(firstlineno)}
	addr, line := 0, firstlineno
	for k := 0; k+1 < len(lnotab); k += 2 {
		d := int(lnotab[k])
		addr += d
		if d != 0 && index[addr] >= 0 {
			// A step of over 255 bytes is split into steps of 255,
			// whose ends need not be instructions.
			at := final[index[addr]]
			if int(lines[len(lines)-2]) == at {
				lines = lines[:len(lines)-2]
			}
			lines = append(lines, int32(at), 0)
		}
		line += int(lnotab[k+1])
		lines[len(lines)-1] = int32(line)
	}
	return out, lines
}
