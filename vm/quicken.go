package vm

import (
	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/py"
)

// quicken returns the instructions the evaluator runs for code: a copy
// of code.Code in which each method call, LOAD_ATTR name ... CALL_FUNCTION
// n whose arguments are straight-line code, becomes LOAD_METHOD name ...
// CALL_METHOD n, so that calling obj.name(...) makes no bound method.
// The rewriting keeps every instruction at its index (line numbers and
// jumps stay valid). It also returns how many value-stack slots the
// rewritten code needs beyond co_stacksize: one per method call in
// progress at once.
//
// The instructions are 64 bits wide, the opcode in the low byte and the
// argument above it, so that an EXTENDED_ARG's bits can be folded into
// the instruction after it: the EXTENDED_ARG stays in place as a no-op
// and the evaluator's loop never has to combine two instructions (which
// would leave the opcode a value merged from two paths, which Go keeps in
// memory rather than in a register).
func quicken(code *py.Code) ([]uint64, int) {
	orig := code.Code
	out := make([]uint64, len(orig))
	ext := 0
	for i, in := range orig {
		op, arg := opcode.Decode(in)
		out[i] = uint64(in)
		if op == opcode.EXTENDED_ARG {
			// Folded into the next instruction, which gets the whole
			// argument; EXTENDED_ARG itself is left to do nothing.
			ext = ext<<opcode.ArgBits | arg
			continue
		}
		if ext != 0 {
			out[i] = uint64(op) | uint64(ext<<opcode.ArgBits|arg)<<8
			ext = 0
		}
	}
	type span struct{ start, end int }
	var spans []span
	for i, in := range orig {
		op, _ := opcode.Decode(in)
		if op != opcode.LOAD_ATTR {
			continue
		}
		if j := matchCall(orig, i+1); j >= 0 {
			// The arguments are out's: whole, even after an EXTENDED_ARG.
			out[i] = out[i]&^0xff | uint64(opcode.LOAD_METHOD)
			out[j] = out[j]&^0xff | uint64(opcode.CALL_METHOD)
			spans = append(spans, span{i, j})
		}
	}
	fuse(out)
	// The extra depth is the largest number of spans open at once.
	extra := 0
	for k, s := range spans {
		open := 1
		for _, s2 := range spans[:k] {
			if s2.start < s.start && s2.end > s.start {
				open++
			}
		}
		if open > extra {
			extra = open
		}
	}
	return out, extra
}

// matchCall finds the CALL_FUNCTION that calls the value a LOAD_ATTR just
// before index i pushed, when the instructions between only push the
// arguments without jumping: it follows the stack depth above that value.
// It returns -1 when there is no such call.
func matchCall(code []uint32, i int) int {
	depth := 0
	for ; i < len(code); i++ {
		op, arg := opcode.Decode(code[i])
		pops, pushes := stackEffect(op, arg)
		if pops < 0 {
			return -1
		}
		if op == opcode.CALL_FUNCTION && pops == depth+1 {
			return i
		}
		if pops > depth {
			return -1
		}
		depth += pushes - pops
	}
	return -1
}

// stackEffect returns how many values an instruction pops and pushes, for
// the instructions that may appear in a call's arguments without
// control flow; pops is -1 for the others.
func stackEffect(op opcode.Opcode, arg int) (pops, pushes int) {
	switch op {
	case opcode.LOAD_FAST, opcode.LOAD_CONST, opcode.LOAD_NAME, opcode.LOAD_GLOBAL,
		opcode.LOAD_DEREF, opcode.LOAD_CLOSURE, opcode.BUILD_MAP, opcode.LOAD_BUILD_CLASS:
		return 0, 1
	case opcode.LOAD_ATTR, opcode.UNARY_POSITIVE, opcode.UNARY_NEGATIVE, opcode.UNARY_NOT,
		opcode.UNARY_INVERT, opcode.GET_ITER:
		return 1, 1
	case opcode.BINARY_POWER, opcode.BINARY_MULTIPLY, opcode.BINARY_MODULO, opcode.BINARY_ADD,
		opcode.BINARY_SUBTRACT, opcode.BINARY_SUBSCR, opcode.BINARY_FLOOR_DIVIDE,
		opcode.BINARY_TRUE_DIVIDE, opcode.BINARY_LSHIFT, opcode.BINARY_RSHIFT, opcode.BINARY_AND,
		opcode.BINARY_XOR, opcode.BINARY_OR, opcode.COMPARE_OP:
		return 2, 1
	case opcode.BUILD_TUPLE, opcode.BUILD_LIST, opcode.BUILD_SET, opcode.BUILD_SLICE:
		return arg, 1
	case opcode.STORE_MAP:
		return 3, 1
	case opcode.DUP_TOP:
		return 1, 2
	case opcode.ROT_TWO:
		return 2, 2
	case opcode.ROT_THREE:
		return 3, 3
	case opcode.CALL_FUNCTION:
		return arg&0xff + 2*(arg>>8&0xff) + 1, 1
	case opcode.CALL_FUNCTION_VAR, opcode.CALL_FUNCTION_KW:
		return arg&0xff + 2*(arg>>8&0xff) + 2, 1
	case opcode.CALL_FUNCTION_VAR_KW:
		return arg&0xff + 2*(arg>>8&0xff) + 3, 1
	case opcode.MAKE_FUNCTION:
		return arg&0xff + 2*(arg>>8&0xff) + (arg >> 16 & 0x7fff) + 1, 1
	case opcode.MAKE_CLOSURE:
		return arg&0xff + 2*(arg>>8&0xff) + (arg >> 16 & 0x7fff) + 2, 1
	}
	return -1, 0
}

// Superinstructions: an instruction that also does the work of the one
// after it, which stays in place (a jump may land on it). Their numbers
// are the evaluator's own; they exist only in quickened code.
const (
	opCompareJumpIfFalse   opcode.Opcode = 200 + iota // COMPARE_OP; POP_JUMP_IF_FALSE
	opCompareJumpIfTrue                               // COMPARE_OP; POP_JUMP_IF_TRUE
	opLoadFastAttr                                    // LOAD_FAST; LOAD_ATTR
	opLoadFastFast                                    // LOAD_FAST; LOAD_FAST
	opStoreFastLoadFast                               // STORE_FAST; LOAD_FAST
	opLoadFastConst                                   // LOAD_FAST; LOAD_CONST
	opLoadFastStoreAttr                               // LOAD_FAST; STORE_ATTR
	opDupTopLoadAttr                                  // DUP_TOP; LOAD_ATTR
	opRotTwoStoreAttr                                 // ROT_TWO; STORE_ATTR
	opStoreFastJump                                   // STORE_FAST; JUMP_ABSOLUTE
	opStoreFastJumpForIter                            // STORE_FAST; JUMP_ABSOLUTE to a FOR_ITER, and the FOR_ITER
	opJumpForIter                                     // JUMP_ABSOLUTE to a FOR_ITER, and the FOR_ITER
	opSliceSubscr                                     // BUILD_SLICE; BINARY_SUBSCR
	opSliceStoreSubscr                                // BUILD_SLICE; STORE_SUBSCR
	opSliceDeleteSubscr                               // BUILD_SLICE; DELETE_SUBSCR
	opConstSubscr                                     // LOAD_CONST; BINARY_SUBSCR
	opFastConstSubscr                                 // LOAD_FAST; LOAD_CONST; BINARY_SUBSCR
	opDupTwoSubscr                                    // DUP_TOP_TWO; BINARY_SUBSCR
	opRotThreeStoreSubscr                             // ROT_THREE; STORE_SUBSCR

	// opTrace, the last: see trace.go.
	opTrace
)

// jumpsToForIter reports whether the JUMP_ABSOLUTE at i goes to a
// FOR_ITER (the back edge of a for loop).
func jumpsToForIter(code []uint64, i int) bool {
	target := code[i] >> 8
	return target < uint64(len(code)) && opcode.Opcode(code[target]) == opcode.FOR_ITER
}

// fuse turns the most frequent pairs of instructions into
// superinstructions, saving a dispatch each (and, for a comparison and
// its jump, the bool between them).
func fuse(code []uint64) {
	for i := 0; i+1 < len(code); i++ {
		op1, op2 := opcode.Opcode(code[i]), opcode.Opcode(code[i+1])
		if i > 0 && opcode.Opcode(code[i-1]) == opcode.EXTENDED_ARG {
			continue
		}
		var fused opcode.Opcode
		switch {
		case op1 == opcode.COMPARE_OP && op2 == opcode.POP_JUMP_IF_FALSE:
			fused = opCompareJumpIfFalse
		case op1 == opcode.COMPARE_OP && op2 == opcode.POP_JUMP_IF_TRUE:
			fused = opCompareJumpIfTrue
		case op1 == opcode.LOAD_FAST && op2 == opcode.LOAD_ATTR:
			fused = opLoadFastAttr
		case op1 == opcode.LOAD_FAST && op2 == opcode.LOAD_FAST:
			fused = opLoadFastFast
		case op1 == opcode.STORE_FAST && op2 == opcode.LOAD_FAST:
			fused = opStoreFastLoadFast
		case op1 == opcode.LOAD_FAST && op2 == opcode.LOAD_CONST:
			fused = opLoadFastConst
			if i+2 < len(code) && opcode.Opcode(code[i+2]) == opcode.BINARY_SUBSCR {
				// x[0]: three instructions in one.
				fused = opFastConstSubscr
			}
		case op1 == opcode.LOAD_CONST && op2 == opcode.BINARY_SUBSCR:
			fused = opConstSubscr
		case op1 == opcode.DUP_TOP_TWO && op2 == opcode.BINARY_SUBSCR:
			// x[k] op= v: the read ...
			fused = opDupTwoSubscr
		case op1 == opcode.ROT_THREE && op2 == opcode.STORE_SUBSCR:
			// ... and the write.
			fused = opRotThreeStoreSubscr
		case op1 == opcode.LOAD_FAST && op2 == opcode.STORE_ATTR:
			fused = opLoadFastStoreAttr
		case op1 == opcode.DUP_TOP && op2 == opcode.LOAD_ATTR:
			fused = opDupTopLoadAttr
		case op1 == opcode.ROT_TWO && op2 == opcode.STORE_ATTR:
			fused = opRotTwoStoreAttr
		case op1 == opcode.STORE_FAST && op2 == opcode.JUMP_ABSOLUTE:
			// The end of a loop's body: the loop variable, say, stored,
			// and back to the loop's test or FOR_ITER.
			fused = opStoreFastJump
			if jumpsToForIter(code, i+1) {
				fused = opStoreFastJumpForIter
			}
		case op1 == opcode.JUMP_ABSOLUTE && jumpsToForIter(code, i):
			fused = opJumpForIter
		case op1 == opcode.BUILD_SLICE && op2 == opcode.BINARY_SUBSCR:
			// seq[a:b] without a slice object (see py.GetSlice).
			fused = opSliceSubscr
		case op1 == opcode.BUILD_SLICE && op2 == opcode.STORE_SUBSCR:
			fused = opSliceStoreSubscr
		case op1 == opcode.BUILD_SLICE && op2 == opcode.DELETE_SUBSCR:
			fused = opSliceDeleteSubscr
		default:
			continue
		}
		code[i] = code[i]&^0xff | uint64(fused)
	}
}
