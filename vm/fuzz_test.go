package vm

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
)

// progGen writes a small Python program chosen by the fuzzer's bytes,
// from a grammar of statements and expressions that exercises the
// evaluator: control flow of every kind, functions, closures,
// generators, classes, exceptions and with statements.
type progGen struct {
	data   []byte
	pos    int
	b      strings.Builder
	indent int
	depth  int
	inFunc bool
	inLoop bool
	nstmt  int
}

func (g *progGen) next() int {
	if g.pos >= len(g.data) {
		g.pos++
		return 0
	}
	c := g.data[g.pos]
	g.pos++
	return int(c)
}

func (g *progGen) choose(n int) int { return g.next() % n }

func (g *progGen) exhausted() bool { return g.pos >= len(g.data) || g.nstmt > 60 }

func (g *progGen) line(format string, args ...interface{}) {
	g.b.WriteString(strings.Repeat("    ", g.indent))
	fmt.Fprintf(&g.b, format, args...)
	g.b.WriteByte('\n')
	g.nstmt++
}

var fuzzNames = []string{"a", "b", "c", "d", "e"}

func (g *progGen) name() string { return fuzzNames[g.choose(len(fuzzNames))] }

func (g *progGen) expr() string {
	g.depth++
	defer func() { g.depth-- }()
	if g.depth > 4 || g.exhausted() {
		return fmt.Sprint(g.choose(10))
	}
	switch g.choose(22) {
	case 0, 1:
		return fmt.Sprint(g.choose(20) - 3)
	case 2:
		return []string{"'s'", "''", "'ab'", "1.5", "-0.0", "None", "True", "False", "()", "[]", "{}"}[g.choose(11)]
	case 3, 4, 5:
		return g.name()
	case 6:
		op := []string{"+", "-", "*", "//", "%", "/", "&", "|", "^", "<<", ">>"}[g.choose(11)]
		if op == "<<" {
			return fmt.Sprintf("(%s << %d)", g.expr(), g.choose(8))
		}
		return fmt.Sprintf("(%s %s %s)", g.expr(), op, g.expr())
	case 7:
		op := []string{"<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"}[g.choose(10)]
		return fmt.Sprintf("(%s %s %s)", g.expr(), op, g.expr())
	case 8:
		return fmt.Sprintf("(%s %s %s)", g.expr(), []string{"and", "or"}[g.choose(2)], g.expr())
	case 9:
		return fmt.Sprintf("(%s(%s))", []string{"-", "not ", "~", "+"}[g.choose(4)], g.expr())
	case 10:
		fn := []string{"len", "str", "repr", "list", "tuple", "abs", "bool", "sorted", "int", "hash", "iter", "type", "set"}[g.choose(13)]
		return fmt.Sprintf("%s(%s)", fn, g.expr())
	case 11:
		return fmt.Sprintf("%s(%s, %s)", []string{"min", "max", "isinstance", "getattr", "divmod", "range"}[g.choose(6)], g.expr(), g.expr())
	case 12:
		return fmt.Sprintf("[%s, %s]", g.expr(), g.expr())
	case 13:
		return fmt.Sprintf("(%s, %s)", g.expr(), g.expr())
	case 14:
		return fmt.Sprintf("{%s: %s}", g.expr(), g.expr())
	case 15:
		return fmt.Sprintf("%s[%s]", g.expr(), g.expr())
	case 16:
		return fmt.Sprintf("%s[%s:%s]", g.expr(), g.expr(), g.expr())
	case 17:
		return fmt.Sprintf("(lambda %s=%s: %s)(%s)", g.name(), g.expr(), g.expr(), g.expr())
	case 18:
		return fmt.Sprintf("(%s if %s else %s)", g.expr(), g.expr(), g.expr())
	case 19:
		v := g.name()
		return fmt.Sprintf("[%s for %s in range(%d) if %s]", g.expr(), v, g.choose(5), g.expr())
	case 20:
		return fmt.Sprintf("f(%s)", g.expr())
	default:
		return fmt.Sprintf("%s.%s", g.expr(), []string{"x", "append", "upper", "__class__", "real", "m"}[g.choose(6)])
	}
}

func (g *progGen) block(body func()) {
	g.indent++
	n := g.nstmt
	body()
	if g.nstmt == n {
		g.line("pass")
	}
	g.indent--
}

func (g *progGen) stmts(n int) {
	for i := 0; i < n && !g.exhausted(); i++ {
		g.stmt()
	}
}

func (g *progGen) stmt() {
	if g.depth > 3 {
		g.line("%s = %s", g.name(), g.expr())
		return
	}
	g.depth++
	defer func() { g.depth-- }()
	switch g.choose(20) {
	case 0, 1, 2:
		g.line("%s = %s", g.name(), g.expr())
	case 3:
		g.line("%s %s= %s", g.name(), []string{"+", "-", "*", "|"}[g.choose(4)], g.expr())
	case 4:
		g.line("if %s:", g.expr())
		g.block(func() { g.stmts(2) })
		if g.choose(2) == 0 {
			g.line("else:")
			g.block(func() { g.stmts(2) })
		}
	case 5:
		g.line("for %s in %s:", g.name(), []string{"range(3)", "'ab'", "[1, 2]", "g()"}[g.choose(4)])
		inLoop := g.inLoop
		g.inLoop = true
		g.block(func() { g.stmts(3) })
		g.inLoop = inLoop
	case 6:
		g.line("while %s:", g.expr())
		inLoop := g.inLoop
		g.inLoop = true
		g.block(func() { g.line("break") })
		g.inLoop = inLoop
	case 7:
		if g.inLoop {
			g.line("%s", []string{"break", "continue"}[g.choose(2)])
		} else {
			g.line("%s", g.expr())
		}
	case 8:
		g.line("try:")
		g.block(func() { g.stmts(2) })
		switch g.choose(3) {
		case 0:
			g.line("except %s as %s:", []string{"Exception", "(TypeError, ValueError)", "ZeroDivisionError", "BaseException"}[g.choose(4)], g.name())
			g.block(func() { g.stmts(2) })
		case 1:
			g.line("except:")
			g.block(func() { g.stmts(1) })
			g.line("else:")
			g.block(func() { g.stmts(1) })
		}
		g.line("finally:")
		g.block(func() { g.stmts(1) })
	case 9:
		g.line("def f(%s=%s, *args, **kw):", g.name(), g.expr())
		inFunc, inLoop := g.inFunc, g.inLoop
		g.inFunc, g.inLoop = true, false
		g.block(func() {
			if g.choose(2) == 0 {
				g.line("nonlocal_free = %s", g.name())
			}
			g.stmts(3)
			g.line("return %s", g.expr())
		})
		g.inFunc, g.inLoop = inFunc, inLoop
	case 10:
		g.line("def g():")
		inFunc, inLoop := g.inFunc, g.inLoop
		g.inFunc, g.inLoop = true, false
		g.block(func() {
			g.line("yield %s", g.expr())
			g.stmts(2)
			g.line("x = yield %s", g.expr())
		})
		g.inFunc, g.inLoop = inFunc, inLoop
	case 11:
		g.line("class K(%s):", []string{"object", "Exception", "list", "dict"}[g.choose(4)])
		g.block(func() {
			g.line("x = %s", g.expr())
			g.line("def m(self, v=%s):", g.expr())
			g.block(func() { g.line("return (self, v, __class__, super())") })
		})
		g.line("%s = K()", g.name())
	case 12:
		g.line("raise %s", []string{"ValueError", "KeyError(1)", "TypeError from ValueError", ""}[g.choose(4)])
	case 13:
		g.line("del %s", g.name())
	case 14:
		g.line("with C() as %s:", g.name())
		g.block(func() { g.stmts(2) })
	case 15:
		g.line("%s, *%s = %s", g.name(), g.name(), g.expr())
	case 16:
		g.line("assert %s, %s", g.expr(), g.expr())
	case 17:
		if g.inFunc {
			g.line("return %s", g.expr())
		} else {
			g.line("%s", g.expr())
		}
	case 18:
		g.line("%s[%s] = %s", g.name(), g.expr(), g.expr())
	default:
		g.line("%s = [%s for %s in g()]", g.name(), g.expr(), g.name())
	}
}

const fuzzPrelude = `class C:
    def __enter__(self): return self
    def __exit__(self, *a): return a[0] is KeyError
def f(*a, **k): return a
def g():
    yield 1
    yield 2
a = b = c = d = e = 0
`

// program returns the program for the fuzzer's bytes.
func fuzzProgram(data []byte) string {
	g := &progGen{data: data}
	g.b.WriteString(fuzzPrelude)
	g.stmts(30)
	return g.b.String()
}

// runFuzzProgram compiles and runs src (if it compiles), interrupting it
// after a while, and fails on anything but a Python exception: a Go panic
// (which eval turns into an internal-error SystemError) or a thread left
// inconsistent.
func runFuzzProgram(t *testing.T, src string) {
	mod, err := parser.ParseString("<fuzz>", src, parser.ExecMode)
	if err != nil {
		return
	}
	code, err := compiler.Compile(mod, compiler.Options{Filename: "<fuzz>"})
	if err != nil {
		return
	}
	interp := NewInterpreter(nil)
	th := py.NewThread(interp)
	timer := time.AfterFunc(200*time.Millisecond, func() { Interrupt(interp) })
	defer timer.Stop()
	g := py.NewDict()
	g.SetStr(py.NewStr("__name__"), py.NewStr("__main__"))
	_, err = RunCode(th, code, g)
	if err != nil {
		e, ok := err.(*py.BaseException)
		if !ok {
			t.Fatalf("not a Python exception: %v\n%s", err, src)
		}
		if e.Type() == py.SystemError && strings.Contains(e.Error(), "internal error") {
			t.Fatalf("%s\n%s", py.FormatException(th, e), src)
		}
	}
	if th.Frame != nil || th.Depth != 0 || th.ExcInfo != nil {
		t.Fatalf("thread left with frame %v, depth %d, exception %v\n%s", th.Frame, th.Depth, th.ExcInfo, src)
	}
}

// FuzzEval runs programs built from the grammar above: no input may make
// the evaluator or the object model panic.
//
//	go test -fuzz FuzzEval -fuzztime 60s ./vm
func FuzzEval(f *testing.F) {
	for _, seed := range []string{
		"", "\x00\x01\x02\x03", "\x08\x09\x0a\x0b\x0c\x0d\x0e", "\x04\x05\x06\x07\x08",
		"\x09\x01\x05\x0a\x0b\x0c\x08\x00\x11", "\x0e\x0f\x10\x11\x12\x13\x14\x15",
		strings.Repeat("\x05\x07\x09\x0b\x0d", 8), strings.Repeat("\xff\x13\x27\x31", 10),
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		runFuzzProgram(t, fuzzProgram(data))
	})
}
