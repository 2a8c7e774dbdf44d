package opcode

import "testing"

// TestValid checks Valid against the names table: every named opcode is
// valid, and every other byte value is not.
func TestValid(t *testing.T) {
	n := 0
	for i := 0; i < 256; i++ {
		op := Opcode(i)
		_, named := names[op]
		if op.Valid() != named {
			t.Errorf("%v: Valid() = %v, named = %v", op, op.Valid(), named)
		}
		if named {
			n++
		}
	}
	if !LOAD_FAST.Valid() || !LOAD_METHOD.Valid() || Opcode(255).Valid() {
		t.Error("Valid misjudges LOAD_FAST, LOAD_METHOD or 255")
	}
	if n < 90 {
		t.Errorf("only %d opcodes named", n)
	}
}
