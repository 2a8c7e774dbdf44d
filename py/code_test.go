package py

import "testing"

// TestCodeLine checks the line-table lookup: the line of the last entry
// at or before an instruction, co_firstlineno before the first.
func TestCodeLine(t *testing.T) {
	c := &Code{FirstLineNo: 3, LineTable: []int32{0, 3, 4, 5, 9, 4, 12, 7}}
	for _, tt := range []struct{ lasti, line int }{
		{-1, 3}, {0, 3}, {3, 3}, {4, 5}, {8, 5}, {9, 4}, {11, 4}, {12, 7}, {100, 7},
	} {
		if got := c.Line(tt.lasti); got != tt.line {
			t.Errorf("Line(%d) = %d, want %d", tt.lasti, got, tt.line)
		}
	}
	if got := (&Code{FirstLineNo: 8}).Line(0); got != 8 {
		t.Errorf("empty table: Line(0) = %d", got)
	}
}
