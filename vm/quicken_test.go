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
