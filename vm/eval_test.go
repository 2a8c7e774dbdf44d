package vm

import (
	"os"
	"testing"

	"github.com/taipan-py/taipan/compiler"
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
