package compiler

import (
	"strings"
	"testing"

	"github.com/taipan-py/taipan/parser"
)

// TestDisassemble checks the format against what 3.2's dis.dis printed
// for the same function, with instruction indexes for byte offsets (and
// without the trailing spaces and the code object's address).
func TestDisassemble(t *testing.T) {
	src := "def f(a, b=1):\n    for x in a:\n        if x > b:\n            return x\n    return [y for y in a]\n"
	co, err := compileForTest([]byte(src), parser.ExecMode, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := `  1           0 LOAD_CONST               0 (1)
              1 LOAD_CONST               1 (<code object f, file "<s>", line 1>)
              2 MAKE_FUNCTION            1
              3 STORE_NAME               0 (f)
              4 LOAD_CONST               2 (None)
              5 RETURN_VALUE

Disassembly of <code object f, file "<s>", line 1>:
  2           0 SETUP_LOOP              13 (to 13)
              1 LOAD_FAST                0 (a)
              2 GET_ITER
        >>    3 FOR_ITER                12 (to 12)
              4 STORE_FAST               2 (x)

  3           5 LOAD_FAST                2 (x)
              6 LOAD_FAST                1 (b)
              7 COMPARE_OP               4 (>)
              8 POP_JUMP_IF_FALSE        3

  4           9 LOAD_FAST                2 (x)
             10 RETURN_VALUE
             11 JUMP_ABSOLUTE            3
        >>   12 POP_BLOCK

  5     >>   13 LOAD_CONST               1 (<code object <listcomp>, file "<s>", line 5>)
             14 MAKE_FUNCTION            0
             15 LOAD_FAST                0 (a)
             16 GET_ITER
             17 CALL_FUNCTION            1
             18 RETURN_VALUE

Disassembly of <code object <listcomp>, file "<s>", line 5>:
  5           0 BUILD_LIST               0
              1 LOAD_FAST                0 (.0)
        >>    2 FOR_ITER                 7 (to 7)
              3 STORE_FAST               1 (y)
              4 LOAD_FAST                1 (y)
              5 LIST_APPEND              2
              6 JUMP_ABSOLUTE            2
        >>    7 RETURN_VALUE
`
	var lines []string
	for _, l := range strings.Split(Disassemble(co), "\n") {
		lines = append(lines, strings.TrimRight(l, " "))
	}
	if got := strings.Join(lines, "\n"); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
