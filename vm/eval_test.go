package vm

import (
	"os"
	"testing"

	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
)

func TestMain(m *testing.M) {
	py.Init()
	os.Exit(m.Run())
}

// runSource compiles and runs src as a module named __main__, returning
// its globals and the exception that ended it.
func runSource(t *testing.T, src string) (*py.Dict, *py.Thread, error) {
	t.Helper()
	mod, err := parser.ParseString("<test>", src, parser.ExecMode)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	code, err := compiler.Compile(mod, compiler.Options{Filename: "<test>"})
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	interp := NewInterpreter(nil)
	th := py.NewThread(interp)
	g := py.NewDict()
	g.SetStr(py.NewStr("__name__"), py.NewStr("__main__"))
	_, err = RunCode(th, code, g)
	return g, th, err
}

func intOf(t *testing.T, g *py.Dict, name string) int64 {
	t.Helper()
	v := g.GetStr(py.NewStr(name))
	i, ok := v.(*py.Int)
	if !ok {
		t.Fatalf("%s = %v, not an int", name, v)
	}
	n, _ := i.Int64()
	return n
}

func TestSmoke(t *testing.T) {
	g, _, err := runSource(t, `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
x = fib(15)
t = 0
i = 0
while i < 10:
    t += i
    i += 1
try:
    try:
        1/0
    except ZeroDivisionError as e:
        [][0]
except IndexError as e2:
    ctx = e2.__context__
def gen():
    yield 1
    yield 2
s = 0
for v in gen():
    s += v
class A:
    def f(self):
        return 5
class B(A):
    def f(self):
        return super().f() + 1
r = B().f()
ctxIsZero = type(ctx) is ZeroDivisionError
`)
	if err != nil {
		t.Fatal(err)
	}
	if x := intOf(t, g, "x"); x != 610 {
		t.Errorf("x = %d", x)
	}
	if v := intOf(t, g, "t"); v != 45 {
		t.Errorf("t = %d", v)
	}
	if v := intOf(t, g, "s"); v != 3 {
		t.Errorf("s = %d", v)
	}
	if v := intOf(t, g, "r"); v != 6 {
		t.Errorf("r = %d", v)
	}
	if v := g.GetStr(py.NewStr("ctxIsZero")); v != py.True {
		t.Errorf("ctxIsZero = %v", v)
	}
}

// compileSource compiles src as a module.
func compileSource(t *testing.T, src string) *py.Code {
	t.Helper()
	mod, err := parser.ParseString("<test>", src, parser.ExecMode)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	code, err := compiler.Compile(mod, compiler.Options{Filename: "<test>"})
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	return code
}

// TestLoadMethod runs LOAD_METHOD and CALL_METHOD, made by rewriting the
// LOAD_ATTR and CALL_FUNCTION of single-call statements, on each kind of
// attribute: a function of the class, one shadowed by the instance dict,
// a bound method stored on the instance, a built-in method, a module
// function, and keyword arguments.
func TestLoadMethod(t *testing.T) {
	code := compileSource(t, `
class A:
    def m(self, x, k=0):
        return (self.tag, x, k)
a = A()
a.tag = 'a'
b = A()
b.tag = 'b'
b.m = a.m
c = A()
c.tag = 'c'
c.m = lambda x, k=5: ('shadow', x, k)
l = []
r1 = a.m(1)
r2 = a.m(2, k=3)
r3 = b.m(4)
r4 = c.m(6)
r5 = l.append(7)
r6 = l.count(7)
`)
	// Rewrite each "LOAD_NAME x; LOAD_ATTR m; <args>; CALL_FUNCTION" of
	// the r = ... lines.
	ins := code.Code
	for i := 0; i+1 < len(ins); i++ {
		op, arg := opcode.Decode(ins[i])
		if op != opcode.LOAD_ATTR || code.Names[arg].String() == "tag" {
			continue
		}
		depth := 0
		for j := i + 1; j < len(ins); j++ {
			op2, arg2 := opcode.Decode(ins[j])
			if op2 == opcode.CALL_FUNCTION && depth == (arg2&0xff)+2*(arg2>>8) {
				ins[i] = opcode.Make(opcode.LOAD_METHOD, arg)
				ins[j] = opcode.Make(opcode.CALL_METHOD, arg2)
				break
			}
			if op2 != opcode.LOAD_CONST {
				break
			}
			depth++
		}
	}
	code.StackSize++
	interp := NewInterpreter(nil)
	th := py.NewThread(interp)
	g := py.NewDict()
	g.SetStr(py.NewStr("__name__"), py.NewStr("__main__"))
	if _, err := RunCode(th, code, g); err != nil {
		t.Fatal(py.FormatException(th, err.(*py.BaseException)))
	}
	want := map[string]string{
		"r1": "('a', 1, 0)", "r2": "('a', 2, 3)", "r3": "('a', 4, 0)",
		"r4": "('shadow', 6, 5)", "r5": "None", "r6": "1",
	}
	for name, w := range want {
		r, err := py.Repr(th, g.GetStr(py.NewStr(name)))
		if err != nil {
			t.Fatal(err)
		}
		if r.String() != w {
			t.Errorf("%s = %s, want %s", name, r, w)
		}
	}
	n := 0
	for _, in := range code.Code {
		if op, _ := opcode.Decode(in); op == opcode.CALL_METHOD {
			n++
		}
	}
	if n != 6 {
		t.Errorf("%d calls rewritten, want 6", n)
	}
}

// TestPanicBecomesSystemError checks that a Go panic under running code
// (here, a native function's) comes out of RunCode as a SystemError with
// the thread as it was, instead of crashing.
func TestPanicBecomesSystemError(t *testing.T) {
	code := compileSource(t, "def f(n):\n    return boom() if n == 0 else f(n - 1)\nf(5)\n")
	th := py.NewThread(NewInterpreter(nil))
	g := py.NewDict()
	g.SetStr(py.NewStr("boom"), py.NewBuiltinFunction("boom", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var m map[string]int
		m["x"] = 1 // a nil-map write: a Go panic
		return py.None, nil
	}, ""))
	_, err := RunCode(th, code, g)
	e, ok := err.(*py.BaseException)
	if !ok || e.Type() != py.SystemError || e.Error() != "SystemError: internal error: assignment to entry in nil map" {
		t.Fatalf("got %v", err)
	}
	if th.Frame != nil || th.Depth != 0 || th.ExcInfo != nil {
		t.Errorf("thread left with frame %v, depth %d, exception %v", th.Frame, th.Depth, th.ExcInfo)
	}
}
