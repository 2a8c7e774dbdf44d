package tests

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/vm"
)

// FuzzRun compiles and runs small programs: the fuzzer's bytes pick the
// productions of a little generator of Python 3.2 programs (assignments,
// arithmetic on every core type, calls, classes, comprehensions,
// exceptions, generators ...), and are also run as source text as they
// are. Whatever happens, the only acceptable outcomes are a clean run, a
// SyntaxError, or a Python exception: never a Go panic. A program that
// runs too long is interrupted with KeyboardInterrupt.
//
//	go test -fuzz FuzzRun -fuzzminimizetime 5s ./tests
func FuzzRun(f *testing.F) {
	for _, s := range []string{
		"", "\x00\x01\x02\x03", "\xff\xfe\xfd", "abcdefghijklmnopqrstuvwxyz0123456789",
		"x = [1, 2, 3]\nprint(sum(x))\n",
		"def f(*a, **k): return a, k\nf(1, 2, x=3)\n",
		"class A:\n def __add__(s, o): return 1\nA() + A()\n",
		"try:\n 1/0\nexcept ZeroDivisionError as e:\n pass\n",
		"def g():\n yield 1\n yield 2\nlist(g())\n",
		"while True: pass\n",
		"def r(): return r()\nr()\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		runGuarded(t, generateProgram(data))
		runGuarded(t, string(data))
	})
}

// runGuarded runs src, failing the test on anything but a clean run, a
// SyntaxError or a Python exception.
func runGuarded(t *testing.T, src string) {
	mod, err := parser.ParseString("<fuzz>", src, parser.ExecMode)
	if err != nil {
		var se *parser.SyntaxError
		if !errors.As(err, &se) {
			t.Fatalf("parse error of type %T: %v", err, err)
		}
		return
	}
	code, err := compiler.Compile(mod, compiler.Options{Filename: "<fuzz>"})
	if err != nil {
		var se *parser.SyntaxError
		if !errors.As(err, &se) {
			t.Fatalf("compile error of type %T: %v", err, err)
		}
		return
	}
	interp := vm.NewInterpreter(&builtins.Options{Argv: []string{"<fuzz>"}})
	th := py.NewThread(interp)
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("Go panic: %v", r)
			}
		}()
		_, err := vm.RunCode(th, code, py.NewDict())
		done <- err
	}()
	timer := time.AfterFunc(500*time.Millisecond, func() { vm.Interrupt(interp) })
	defer timer.Stop()
	select {
	case err := <-done:
		if err != nil {
			if _, ok := err.(*py.BaseException); !ok {
				t.Fatalf("program %q: %v", src, err)
			}
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("program %q did not stop when interrupted", src)
	}
}

// generateProgram builds a program from the bytes, each choice taking one
// byte (zero once they run out).
func generateProgram(data []byte) string {
	g := &gen{data: data}
	var b strings.Builder
	b.WriteString("import math\n")
	for i := 0; i < 6 && (i == 0 || g.pos < len(g.data)); i++ {
		b.WriteString(g.stmt(0))
	}
	return b.String()
}

type gen struct {
	data []byte
	pos  int
}

func (g *gen) pick(n int) int {
	if g.pos >= len(g.data) {
		return 0
	}
	b := g.data[g.pos]
	g.pos++
	return int(b) % n
}

func (g *gen) ind(depth int) string { return strings.Repeat("    ", depth) }

var genNames = []string{"a", "b", "c", "xs", "d", "s"}

func (g *gen) name() string { return genNames[g.pick(len(genNames))] }

func (g *gen) atom() string {
	switch g.pick(14) {
	case 0:
		return fmt.Sprint(g.pick(256) - 128)
	case 1:
		return fmt.Sprintf("%d.%d", g.pick(100), g.pick(100))
	case 2:
		return []string{"'abc'", "''", "'x y z'", `"\u00e9\n"`, "b'\\x00a'"}[g.pick(5)]
	case 3:
		return "[" + g.expr(2) + ", " + g.expr(2) + "]"
	case 4:
		return "(" + g.expr(2) + ",)"
	case 5:
		return "{" + g.expr(2) + ": " + g.expr(2) + "}"
	case 6:
		return "{" + g.expr(2) + "}"
	case 7:
		return []string{"None", "True", "False", "...", "2**100", "1j", "float('inf')"}[g.pick(7)]
	case 8:
		return "range(" + fmt.Sprint(g.pick(10)) + ")"
	default:
		return g.name()
	}
}

var genBinops = []string{"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "==", "!=", ">=", "in", "not in", "is", "and", "or"}

func (g *gen) expr(depth int) string {
	if depth <= 0 {
		return g.atom()
	}
	switch g.pick(12) {
	case 0, 1:
		return "(" + g.expr(depth-1) + " " + genBinops[g.pick(len(genBinops))] + " " + g.expr(depth-1) + ")"
	case 2:
		return []string{"-", "+", "~", "not "}[g.pick(4)] + g.expr(depth-1)
	case 3:
		return g.expr(depth-1) + "[" + g.expr(depth-1) + "]"
	case 4:
		return g.expr(depth-1) + "[" + g.atom() + ":" + g.atom() + "]"
	case 5:
		return []string{"len", "str", "repr", "list", "tuple", "sorted", "sum", "min", "max", "abs", "int", "float", "bool", "hash", "set", "dict", "iter", "reversed", "math.sqrt"}[g.pick(19)] + "(" + g.expr(depth-1) + ")"
	case 6:
		return "[" + g.expr(depth-1) + " for " + g.name() + " in " + g.expr(depth-1) + " if " + g.expr(depth-1) + "]"
	case 7:
		return g.expr(depth-1) + " if " + g.expr(depth-1) + " else " + g.expr(depth-1)
	case 8:
		return "f(" + g.expr(depth-1) + ", k=" + g.expr(depth-1) + ")"
	case 9:
		return g.expr(depth-1) + "." + []string{"append", "upper", "split", "keys", "real", "x", "__class__"}[g.pick(7)]
	case 10:
		return "(lambda q: " + g.expr(depth-1) + ")(" + g.expr(depth-1) + ")"
	default:
		return g.atom()
	}
}

func (g *gen) stmt(depth int) string {
	in := g.ind(depth)
	if depth > 2 {
		return in + g.name() + " = " + g.expr(2) + "\n"
	}
	switch g.pick(12) {
	case 0, 1:
		return in + g.name() + " = " + g.expr(3) + "\n"
	case 2:
		return in + g.name() + " " + []string{"+=", "-=", "*=", "//=", "|="}[g.pick(5)] + " " + g.expr(2) + "\n"
	case 3:
		return in + "if " + g.expr(2) + ":\n" + g.stmt(depth+1) + in + "else:\n" + g.stmt(depth+1)
	case 4:
		return in + "for " + g.name() + " in " + g.expr(2) + ":\n" + g.stmt(depth+1)
	case 5:
		return in + "try:\n" + g.stmt(depth+1) + in + "except " + []string{"Exception", "(TypeError, ValueError)", "ZeroDivisionError as e", ""}[g.pick(4)] + ":\n" + g.stmt(depth+1) + in + "finally:\n" + in + "    pass\n"
	case 6:
		return in + "def f(x=1, *args, k=" + g.atom() + ", **kw):\n" + g.stmt(depth+1) + in + "    return " + g.expr(2) + "\n"
	case 7:
		return in + "class C(" + []string{"", "object", "int", "list", "Exception", "dict"}[g.pick(6)] + "):\n" + in + "    def __" + []string{"add", "eq", "len", "iter", "getitem", "repr", "hash", "bool"}[g.pick(8)] + "__(self, *a):\n" + in + "        return " + g.expr(1) + "\n" + in + g.name() + " = C()\n"
	case 8:
		return in + "def gen():\n" + in + "    yield " + g.expr(2) + "\n" + in + "    yield from_list\n" + in + g.name() + " = list(gen())\n"
	case 9:
		return in + "raise " + []string{"ValueError('v')", "StopIteration", "KeyError(1) from None", "TypeError"}[g.pick(4)] + "\n"
	case 10:
		return in + "with open('/dev/null') as fh:\n" + g.stmt(depth+1)
	default:
		return in + "print(" + g.expr(2) + ", end='')\n"
	}
}

// TestGeneratedPrograms runs a fixed sample of generated programs, so the
// generator and the guard run in every test run, not only when fuzzing.
func TestGeneratedPrograms(t *testing.T) {
	for i := 0; i < 60; i++ {
		data := make([]byte, 40)
		for j := range data {
			data[j] = byte(i*131 + j*17 + i*j)
		}
		runGuarded(t, generateProgram(data))
	}
}
