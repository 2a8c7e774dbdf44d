package vm

import (
	"testing"

	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/py"
)

// TestQuickenFoldsExtendedArg checks that the evaluator's instructions
// carry an EXTENDED_ARG's bits in the instruction after it, that the
// EXTENDED_ARG stays in place (as a no-op), and that such an instruction
// is not fused with its successor.
func TestQuickenFoldsExtendedArg(t *testing.T) {
	code := &py.Code{Code: []uint32{
		opcode.Make(opcode.EXTENDED_ARG, 3),
		opcode.Make(opcode.LOAD_FAST, 7),
		opcode.Make(opcode.LOAD_FAST, 1),
		opcode.Make(opcode.LOAD_FAST, 2),
		opcode.Make(opcode.EXTENDED_ARG, 1),
		opcode.Make(opcode.EXTENDED_ARG, 2),
		opcode.Make(opcode.JUMP_ABSOLUTE, 5),
	}}
	got, _ := quicken(code)
	type in struct {
		op  opcode.Opcode
		arg uint64
	}
	want := []in{
		{opcode.EXTENDED_ARG, 3},
		{opcode.LOAD_FAST, 3<<opcode.ArgBits | 7}, // not fused: it follows an EXTENDED_ARG
		{opLoadFastFast, 1},
		{opcode.LOAD_FAST, 2},
		{opcode.EXTENDED_ARG, 1},
		{opcode.EXTENDED_ARG, 2},
		{opcode.JUMP_ABSOLUTE, (1<<opcode.ArgBits|2)<<opcode.ArgBits | 5},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d instructions, want %d", len(got), len(want))
	}
	for i, w := range want {
		if op, arg := opcode.Opcode(got[i]), got[i]>>8; op != w.op || arg != w.arg {
			t.Errorf("instruction %d: got (%d, %#x), want (%d, %#x)", i, op, arg, w.op, w.arg)
		}
	}
}

// TestQuickenLoopBackEdges checks the superinstructions of loops' back
// edges: a STORE_FAST before a jump, and a jump to a FOR_ITER.
func TestQuickenLoopBackEdges(t *testing.T) {
	code := &py.Code{Code: []uint32{
		opcode.Make(opcode.LOAD_FAST, 0),      // 0
		opcode.Make(opcode.GET_ITER, 0),       // 1
		opcode.Make(opcode.FOR_ITER, 5),       // 2
		opcode.Make(opcode.STORE_FAST, 1),     // 3
		opcode.Make(opcode.JUMP_ABSOLUTE, 2),  // 4
		opcode.Make(opcode.LOAD_CONST, 0),     // 5
		opcode.Make(opcode.STORE_FAST, 2),     // 6
		opcode.Make(opcode.JUMP_ABSOLUTE, 5),  // 7
		opcode.Make(opcode.JUMP_ABSOLUTE, 2),  // 8
		opcode.Make(opcode.JUMP_ABSOLUTE, 99), // 9: out of range, left alone
	}}
	got, _ := quicken(code)
	want := map[int]opcode.Opcode{
		2: opcode.FOR_ITER,
		3: opStoreFastJumpForIter,
		4: opJumpForIter,
		6: opStoreFastJump,
		7: opcode.JUMP_ABSOLUTE,
		8: opJumpForIter,
		9: opcode.JUMP_ABSOLUTE,
	}
	for i, op := range want {
		if g := opcode.Opcode(got[i]); g != op {
			t.Errorf("instruction %d: got opcode %d, want %d", i, g, op)
		}
		if got[i]>>8 != uint64(code.Code[i]>>8) {
			t.Errorf("instruction %d: argument %d changed", i, got[i]>>8)
		}
	}
}
