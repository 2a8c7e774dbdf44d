package compiler

import (
	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/py"
)

// optimize applies CPython 3.2's peephole optimizations (Python/peephole.c)
// to code in CPython's byte encoding, and returns the new code and
// constants; it fixes up lnotab in place. New constants (folded values,
// tuples of constants, the None, True and False that replace name loads)
// are appended to the constants, and the ones they replace stay, as in
// CPython.
//
// The rewrites stay within a basic block (no jump lands between the
// instructions involved) and never lengthen the code: freed bytes become
// NOPs, removed at the end, when jumps and the line table are moved to
// the new offsets. One scan visits the instructions in order, so a
// rewrite sees the results of those before it:
//
//   - LOAD_CONST a, LOAD_CONST b, binary op → LOAD_CONST (a op b), unless
//     the operation fails or gives a sequence longer than 20; str
//     subscripts are not folded;
//   - LOAD_CONST a, unary -, ~ or + → LOAD_CONST (op a), except -a for a
//     false a (which keeps -0.0 negative);
//   - n consecutive LOAD_CONSTs and BUILD_TUPLE n → LOAD_CONST tuple; the
//     same for BUILD_LIST n (a tuple) and BUILD_SET n (a frozenset) when
//     an "in" or "not in" test follows;
//   - BUILD_TUPLE/BUILD_LIST n, UNPACK_SEQUENCE n → nothing, ROT_TWO, or
//     ROT_THREE ROT_TWO for n of 1, 2, 3;
//   - LOAD_NAME or LOAD_GLOBAL of None, True, False → LOAD_CONST;
//   - LOAD_CONST true, POP_JUMP_IF_FALSE → nothing;
//   - UNARY_NOT, POP_JUMP_IF_FALSE → POP_JUMP_IF_TRUE;
//   - COMPARE_OP in/not in/is/is not, UNARY_NOT → the opposite test;
//   - a conditional jump to a conditional jump on the same truth takes
//     the second one's target; to one on the opposite truth, it goes past
//     it, popping;
//   - a jump to an unconditional jump goes to its target (relative jumps
//     only forward); an unconditional jump to a RETURN_VALUE becomes one;
//   - RETURN_VALUE, LOAD_CONST, RETURN_VALUE and RETURN_VALUE followed by
//     an unconditional jump lose what follows the first return.
//
// It does nothing to code over 32,700 bytes, to code whose line table has
// a byte of 255 (a step of 255 or more bytes or lines), or to code with an
// EXTENDED_ARG before anything but MAKE_FUNCTION (the scan stops there,
// the constants it added staying).
func optimize(t *py.Thread, code []byte, consts []py.Object, names []string, lnotab []byte) ([]byte, []py.Object) {
	for _, b := range lnotab {
		if b == 255 {
			return code, consts
		}
	}
	n := len(code)
	if n > 32700 || n == 0 || opcode.Opcode(code[n-1]) != opcode.RETURN_VALUE {
		return code, consts
	}
	p := &peephole{code: append([]byte(nil), code...), consts: consts, thread: t}
	p.markBlocks()
	if !p.scan(names) {
		return code, p.consts
	}
	return p.compact(lnotab), p.consts
}

type peephole struct {
	thread *py.Thread // for folding
	code   []byte
	consts []py.Object
	blocks []int // per byte, the number of jump targets at or before it
}

func (p *peephole) op(i int) opcode.Opcode {
	if i >= len(p.code) {
		return opcode.STOP_CODE
	}
	return opcode.Opcode(p.code[i])
}

func (p *peephole) arg(i int) int { return int(p.code[i+1]) | int(p.code[i+2])<<8 }

func (p *peephole) setArg(i, v int) {
	p.code[i+1] = byte(v)
	p.code[i+2] = byte(v >> 8)
}

func (p *peephole) set(i int, op opcode.Opcode, arg int) {
	p.code[i] = byte(op)
	p.setArg(i, arg)
}

func (p *peephole) nops(i, n int) {
	for k := i; k < i+n; k++ {
		p.code[k] = byte(opcode.NOP)
	}
}

func codeSize(op opcode.Opcode) int {
	if op >= opcode.HaveArgument {
		return 3
	}
	return 1
}

func isAbsoluteJump(op opcode.Opcode) bool {
	switch op {
	case opcode.JUMP_ABSOLUTE, opcode.CONTINUE_LOOP, opcode.POP_JUMP_IF_FALSE, opcode.POP_JUMP_IF_TRUE,
		opcode.JUMP_IF_FALSE_OR_POP, opcode.JUMP_IF_TRUE_OR_POP:
		return true
	}
	return false
}

func isRelativeJump(op opcode.Opcode) bool {
	switch op {
	case opcode.FOR_ITER, opcode.JUMP_FORWARD, opcode.SETUP_LOOP, opcode.SETUP_EXCEPT,
		opcode.SETUP_FINALLY, opcode.SETUP_WITH:
		return true
	}
	return false
}

func isUnconditionalJump(op opcode.Opcode) bool {
	return op == opcode.JUMP_ABSOLUTE || op == opcode.JUMP_FORWARD
}

func isConditionalJump(op opcode.Opcode) bool {
	switch op {
	case opcode.POP_JUMP_IF_FALSE, opcode.POP_JUMP_IF_TRUE, opcode.JUMP_IF_FALSE_OR_POP, opcode.JUMP_IF_TRUE_OR_POP:
		return true
	}
	return false
}

func jumpsOnTrue(op opcode.Opcode) bool {
	return op == opcode.POP_JUMP_IF_TRUE || op == opcode.JUMP_IF_TRUE_OR_POP
}

// target returns the byte offset the jump at i goes to.
func (p *peephole) target(i int) int {
	t := p.arg(i)
	if !isAbsoluteJump(p.op(i)) {
		t += i + 3
	}
	return t
}

// markBlocks numbers the basic blocks of the code as it was before any
// rewrite: a block begins at each jump target.
func (p *peephole) markBlocks() {
	n := len(p.code)
	p.blocks = make([]int, n)
	for i := 0; i < n; i += codeSize(p.op(i)) {
		if op := p.op(i); isAbsoluteJump(op) || isRelativeJump(op) {
			if t := p.target(i); t < n {
				p.blocks[t] = 1
			}
		}
	}
	count := 0
	for i := range p.blocks {
		count += p.blocks[i]
		p.blocks[i] = count
	}
}

// sameBlock reports whether the n bytes from i lie in one basic block.
func (p *peephole) sameBlock(i, n int) bool {
	j := i + n - 1
	if i < 0 || j >= len(p.blocks) {
		return false
	}
	return p.blocks[i] == p.blocks[j]
}

func (p *peephole) addConst(o py.Object) int {
	p.consts = append(p.consts, o)
	return len(p.consts) - 1
}

// scan makes the rewrites in one pass, reporting false when it must
// leave the code alone.
func (p *peephole) scan(names []string) bool {
	n := len(p.code)
	// consts counts the LOAD_CONSTs ending just before the instruction
	// at hand (lastConsts) and at it (runConsts).
	lastConsts, runConsts := 0, 0
	for i := 0; i < n; i += codeSize(p.op(i)) {
	redo:
		op := p.op(i)
		lastConsts, runConsts = runConsts, 0
		switch op {
		case opcode.UNARY_NOT:
			if p.op(i+1) != opcode.POP_JUMP_IF_FALSE || !p.sameBlock(i, 4) {
				continue
			}
			p.set(i, opcode.POP_JUMP_IF_TRUE, p.arg(i+1))
			p.code[i+3] = byte(opcode.NOP)
			goto redo

		case opcode.COMPARE_OP:
			j := p.arg(i)
			if j < opcode.CmpIn || j > opcode.CmpIsNot || p.op(i+3) != opcode.UNARY_NOT || !p.sameBlock(i, 4) {
				continue
			}
			p.setArg(i, j^1)
			p.code[i+3] = byte(opcode.NOP)

		case opcode.LOAD_NAME, opcode.LOAD_GLOBAL:
			var obj py.Object
			switch names[p.arg(i)] {
			case "None":
				obj = py.None
			case "True":
				obj = py.True
			case "False":
				obj = py.False
			default:
				continue
			}
			j := 0
			for j < len(p.consts) && p.consts[j] != obj {
				j++
			}
			if j == len(p.consts) {
				p.addConst(obj)
			}
			p.set(i, opcode.LOAD_CONST, j)
			runConsts = lastConsts + 1

		case opcode.LOAD_CONST:
			runConsts = lastConsts + 1
			if p.op(i+3) != opcode.POP_JUMP_IF_FALSE || !p.sameBlock(i, 6) || !constTruth(p.consts[p.arg(i)]) {
				continue
			}
			p.nops(i, 6)
			runConsts = 0

		case opcode.BUILD_TUPLE, opcode.BUILD_LIST, opcode.BUILD_SET:
			j := p.arg(i)
			h := i - 3*j
			if h >= 0 && j <= lastConsts && p.foldable(op, i, h, j) && p.tupleOfConstants(h, j) {
				runConsts = 1
				break
			}
			if p.op(i+3) != opcode.UNPACK_SEQUENCE || !p.sameBlock(i, 6) || j != p.arg(i+3) || op == opcode.BUILD_SET {
				continue
			}
			switch j {
			case 1:
				p.nops(i, 6)
			case 2:
				p.code[i] = byte(opcode.ROT_TWO)
				p.nops(i+1, 5)
			case 3:
				p.code[i] = byte(opcode.ROT_THREE)
				p.code[i+1] = byte(opcode.ROT_TWO)
				p.nops(i+2, 4)
			}

		case opcode.BINARY_POWER, opcode.BINARY_MULTIPLY, opcode.BINARY_TRUE_DIVIDE, opcode.BINARY_FLOOR_DIVIDE,
			opcode.BINARY_MODULO, opcode.BINARY_ADD, opcode.BINARY_SUBTRACT, opcode.BINARY_SUBSCR,
			opcode.BINARY_LSHIFT, opcode.BINARY_RSHIFT, opcode.BINARY_AND, opcode.BINARY_XOR, opcode.BINARY_OR:
			if lastConsts >= 2 && p.sameBlock(i-6, 7) && p.foldBinary(i-6) {
				i -= 2
				runConsts = 1
			}

		case opcode.UNARY_NEGATIVE, opcode.UNARY_INVERT, opcode.UNARY_POSITIVE:
			if lastConsts >= 1 && p.sameBlock(i-3, 4) && p.foldUnary(i-3) {
				i -= 2
				runConsts = 1
			}

		case opcode.JUMP_IF_FALSE_OR_POP, opcode.JUMP_IF_TRUE_OR_POP:
			tgt := p.target(i)
			if j := p.op(tgt); isConditionalJump(j) {
				if jumpsOnTrue(j) == jumpsOnTrue(op) {
					// The second jump is taken whenever the first is.
					p.set(i, j, p.target(tgt))
				} else {
					// The second jump is never taken after the first,
					// which then pops, as a jump not taken does.
					if jumpsOnTrue(op) {
						p.set(i, opcode.POP_JUMP_IF_TRUE, tgt+3)
					} else {
						p.set(i, opcode.POP_JUMP_IF_FALSE, tgt+3)
					}
				}
				goto redo
			}
			p.threadJump(i, op)

		case opcode.POP_JUMP_IF_FALSE, opcode.POP_JUMP_IF_TRUE, opcode.FOR_ITER, opcode.JUMP_FORWARD,
			opcode.JUMP_ABSOLUTE, opcode.CONTINUE_LOOP, opcode.SETUP_LOOP, opcode.SETUP_EXCEPT,
			opcode.SETUP_FINALLY, opcode.SETUP_WITH:
			p.threadJump(i, op)

		case opcode.EXTENDED_ARG:
			if p.op(i+3) != opcode.MAKE_FUNCTION {
				return false
			}
			// The MAKE_FUNCTION's argument needs the EXTENDED_ARG: skip both.
			i += 3

		case opcode.RETURN_VALUE:
			if i+4 >= n {
				continue
			}
			if p.op(i+4) == opcode.RETURN_VALUE && p.sameBlock(i, 5) {
				p.nops(i+1, 4)
			} else if isUnconditionalJump(p.op(i+1)) && p.sameBlock(i, 4) {
				p.nops(i+1, 3)
			}
		}
	}
	return true
}

// foldable reports whether the n LOAD_CONSTs from h and the BUILD_* at i
// may become one constant: always for a tuple, before "in" or "not in"
// for a list or set.
func (p *peephole) foldable(op opcode.Opcode, i, h, n int) bool {
	if op == opcode.BUILD_TUPLE {
		return p.sameBlock(h, 3*(n+1))
	}
	if p.op(i+3) != opcode.COMPARE_OP || !p.sameBlock(h, 3*(n+2)) {
		return false
	}
	cmp := p.arg(i + 3)
	return cmp == opcode.CmpIn || cmp == opcode.CmpNotIn
}

// threadJump makes the jump at i go straight to the target of the
// unconditional jump it lands on, or return where it lands on a return.
func (p *peephole) threadJump(i int, op opcode.Opcode) {
	tgt := p.target(i)
	if isUnconditionalJump(op) && p.op(tgt) == opcode.RETURN_VALUE {
		p.code[i] = byte(opcode.RETURN_VALUE)
		p.nops(i+1, 2)
		return
	}
	if !isUnconditionalJump(p.op(tgt)) {
		return
	}
	dest := p.target(tgt)
	if op == opcode.JUMP_FORWARD {
		// A JUMP_ABSOLUTE can go backwards.
		op = opcode.JUMP_ABSOLUTE
	}
	if !isAbsoluteJump(op) {
		dest -= i + 3
	}
	if dest < 0 {
		return
	}
	p.set(i, op, dest)
}

// tupleOfConstants replaces the n LOAD_CONSTs from h and the BUILD_* after
// them with one LOAD_CONST of their tuple (or frozenset).
func (p *peephole) tupleOfConstants(h, n int) bool {
	items := make([]py.Object, n)
	for k := range items {
		items[k] = p.consts[p.arg(h+3*k)]
	}
	var c py.Object = py.NewTuple(items...)
	if p.op(h+3*n) == opcode.BUILD_SET {
		set, ok := newFrozenSet(p.thread, items)
		if !ok {
			return false
		}
		c = set
	}
	idx := p.addConst(c)
	p.nops(h, 3*n)
	p.set(h+3*n, opcode.LOAD_CONST, idx)
	return true
}

// foldBinary folds LOAD_CONST, LOAD_CONST, binary op at i into NOPs and a
// LOAD_CONST of the result.
func (p *peephole) foldBinary(i int) bool {
	v, w := p.consts[p.arg(i)], p.consts[p.arg(i+3)]
	r, ok := foldBinary(p.thread, p.op(i+6), v, w)
	if !ok {
		return false
	}
	idx := p.addConst(r)
	p.nops(i, 4)
	p.set(i+4, opcode.LOAD_CONST, idx)
	return true
}

// foldUnary folds LOAD_CONST, unary op at i into a NOP and a LOAD_CONST of
// the result.
func (p *peephole) foldUnary(i int) bool {
	r, ok := foldUnary(p.thread, p.op(i+3), p.consts[p.arg(i)])
	if !ok {
		return false
	}
	idx := p.addConst(r)
	p.code[i] = byte(opcode.NOP)
	p.set(i+1, opcode.LOAD_CONST, idx)
	return true
}

// compact removes the NOPs, moving jump targets and the line table's
// offsets to the instructions' new places.
func (p *peephole) compact(lnotab []byte) []byte {
	code := p.code
	n := len(code)
	newAddr := make([]int, n+1)
	removed := 0
	for i := 0; i < n; i += codeSize(p.op(i)) {
		// Bytes inside an instruction map like its start.
		for k := i; k < i+codeSize(p.op(i)) && k < n; k++ {
			newAddr[k] = i - removed
		}
		if p.op(i) == opcode.NOP {
			removed++
		}
	}
	newAddr[n] = n - removed

	addr, last := 0, 0
	for k := 0; k+1 < len(lnotab); k += 2 {
		addr += int(lnotab[k])
		a := newAddr[addr]
		lnotab[k] = byte(a - last)
		last = a
	}

	out := make([]byte, 0, n-removed)
	for i := 0; i < n; {
		op := p.op(i)
		switch {
		case op == opcode.NOP:
			i++
			continue
		case isAbsoluteJump(op):
			p.setArg(i, newAddr[p.arg(i)])
		case isRelativeJump(op):
			p.setArg(i, newAddr[p.arg(i)+i+3]-newAddr[i]-3)
		}
		size := codeSize(op)
		out = append(out, code[i:i+size]...)
		i += size
	}
	return out
}
