package compiler

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
)

// FuzzCompile compiles whatever parses, in every mode and at every
// optimization level: the only acceptable outcomes are a *SyntaxError or
// a well-formed code object (see checkCode), never a panic.
// Run it with: go test -fuzz FuzzCompile ./compiler
func FuzzCompile(f *testing.F) {
	for _, pattern := range []string{"testdata/dis/*.py", "../parser/testdata/ast/*.py"} {
		seeds, _ := filepath.Glob(pattern)
		for _, s := range seeds {
			if src, err := os.ReadFile(s); err == nil {
				f.Add(src)
			}
		}
	}
	for _, s := range []string{
		"", "x", "1 + 2 * 3 - 4", "(1, 2) * 11", "x in {1, 2}", "if not a: b",
		"while 1:\n  try:\n    continue\n  finally:\n    pass",
		"def f(a, *b, c=1, **d):\n  def g(): return a, c\n  return g",
		"class C:\n  def f(self): return __class__",
		"lambda: (yield)", "[x for x in y if x for z in x]",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, mode := range []parser.Mode{parser.ExecMode, parser.EvalMode, parser.SingleMode} {
			mod, err := parser.Parse("<fuzz>", src, mode)
			if err != nil {
				continue
			}
			for optimize := 0; optimize <= 2; optimize++ {
				co, err := Compile(mod, Options{Filename: "<fuzz>", Optimize: optimize})
				if err != nil {
					var se *parser.SyntaxError
					if !errors.As(err, &se) {
						t.Fatalf("error of type %T: %v", err, err)
					}
					continue
				}
				checkCode(t, co)
			}
		}
	})
}

// checkCode verifies what the evaluator relies on: every argument indexes
// its table, every jump lands on an instruction, and the same for the
// nested code objects. (Code need not end in a return: as in CPython,
// what follows a return in the same block is kept, though unreachable.)
func checkCode(t *testing.T, co *py.Code) {
	t.Helper()
	n := len(co.Code)
	if n == 0 {
		t.Fatalf("%s: no instructions", co.Name)
	}
	if co.StackSize < 0 || co.NLocals != len(co.VarNames) {
		t.Fatalf("%s: stack size %d, %d locals for %d names", co.Name, co.StackSize, co.NLocals, len(co.VarNames))
	}
	ext := 0
	for i, w := range co.Code {
		op, arg := opcode.Decode(w)
		if op == opcode.EXTENDED_ARG {
			ext = arg << opcode.ArgBits
			continue
		}
		arg |= ext
		ext = 0
		limit := -1
		switch op {
		case opcode.LOAD_CONST:
			limit = len(co.Consts)
		case opcode.LOAD_NAME, opcode.STORE_NAME, opcode.DELETE_NAME, opcode.LOAD_GLOBAL, opcode.STORE_GLOBAL,
			opcode.DELETE_GLOBAL, opcode.LOAD_ATTR, opcode.STORE_ATTR, opcode.DELETE_ATTR, opcode.IMPORT_NAME,
			opcode.IMPORT_FROM, opcode.LOAD_METHOD:
			limit = len(co.Names)
		case opcode.LOAD_FAST, opcode.STORE_FAST, opcode.DELETE_FAST:
			limit = len(co.VarNames)
		case opcode.LOAD_CLOSURE, opcode.LOAD_DEREF, opcode.STORE_DEREF, opcode.DELETE_DEREF:
			limit = len(co.CellVars) + len(co.FreeVars)
		default:
			if IsJump(op) {
				limit = n
			}
		}
		if limit >= 0 && arg >= limit {
			t.Fatalf("%s: instruction %d (%s %d) out of range %d", co.Name, i, op, arg, limit)
		}
	}
	// A line may start at the end of the code, where the optimizer
	// removed what followed a return (as in CPython's line table).
	for i := 0; i+1 < len(co.LineTable); i += 2 {
		if co.LineTable[i] < 0 || int(co.LineTable[i]) > n || i > 0 && co.LineTable[i] <= co.LineTable[i-2] {
			t.Fatalf("%s: bad line table %v", co.Name, co.LineTable)
		}
	}
	for _, c := range co.Consts {
		if sub, ok := c.(*py.Code); ok {
			checkCode(t, sub)
		}
	}
}
