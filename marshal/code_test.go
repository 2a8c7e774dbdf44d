package marshal_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/marshal"
	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/vm"
)

func compileString(src string) (*py.Code, error) {
	mod, err := parser.ParseString("<test>", src, parser.ExecMode)
	if err != nil {
		return nil, err
	}
	return compiler.Compile(mod, compiler.Options{Filename: "<test>"})
}

func compileSource(t *testing.T, src string) *py.Code {
	t.Helper()
	co, err := compileString(src)
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	return co
}

func runCode(t *testing.T, co *py.Code) (*py.Dict, error) {
	t.Helper()
	g := py.NewDict()
	g.SetStr(py.NewStr("__name__"), py.NewStr("__main__"))
	_, err := vm.RunCode(thread, co, g)
	return g, err
}

func runPython(t *testing.T, src string) *py.Dict {
	t.Helper()
	g, err := runCode(t, compileSource(t, src))
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return g
}

// sameCode reports how two code objects differ, field by field and
// through nested code in the constants ("" when they are the same).
func sameCode(t *testing.T, a, b *py.Code, where string) string {
	where += "/" + a.Name
	switch {
	case a.ArgCount != b.ArgCount, a.KwOnlyArgCount != b.KwOnlyArgCount, a.NLocals != b.NLocals,
		a.StackSize != b.StackSize, a.Flags != b.Flags, a.FirstLineNo != b.FirstLineNo,
		a.Filename != b.Filename, a.Name != b.Name:
		return where + ": header differs"
	case fmt.Sprint(a.Code) != fmt.Sprint(b.Code):
		return where + ": instructions differ"
	case fmt.Sprint(a.LineTable) != fmt.Sprint(b.LineTable):
		return where + ": line tables differ"
	case len(a.Consts) != len(b.Consts):
		return where + ": consts differ"
	}
	for i, names := range [][2][]*py.Str{{a.Names, b.Names}, {a.VarNames, b.VarNames}, {a.FreeVars, b.FreeVars}, {a.CellVars, b.CellVars}} {
		if len(names[0]) != len(names[1]) {
			return fmt.Sprintf("%s: name table %d differs", where, i)
		}
		for j := range names[0] {
			if names[0][j].String() != names[1][j].String() {
				return fmt.Sprintf("%s: name table %d differs", where, i)
			}
		}
	}
	for i := range a.Consts {
		ca, cb := a.Consts[i], b.Consts[i]
		if ca.Type() != cb.Type() {
			return fmt.Sprintf("%s: const %d: %s vs %s", where, i, ca.Type().Name, cb.Type().Name)
		}
		if c, ok := ca.(*py.Code); ok {
			if d := sameCode(t, c, cb.(*py.Code), where); d != "" {
				return d
			}
			continue
		}
		if _, ok := ca.(*py.Set); ok {
			// A set's order depends on how it was built, here as in
			// CPython: compare the items.
			eq, err := py.RichCompare(thread, ca, cb, py.EQ)
			if err != nil || eq != py.True {
				return fmt.Sprintf("%s: const %d: %s vs %s", where, i, repr(t, ca), repr(t, cb))
			}
			continue
		}
		if ra, rb := repr(t, ca), repr(t, cb); ra != rb {
			return fmt.Sprintf("%s: const %d: %s vs %s", where, i, ra, rb)
		}
	}
	return ""
}

func roundTrip(t *testing.T, co *py.Code) *py.Code {
	t.Helper()
	data, err := marshal.Dumps(co, marshal.Version)
	if err != nil {
		t.Fatalf("dumps: %v", err)
	}
	v, err := marshal.Loads(data)
	if err != nil {
		t.Fatalf("loads: %v", err)
	}
	back, ok := v.(*py.Code)
	if !ok {
		t.Fatalf("loads gave a %s", v.Type().Name)
	}
	return back
}

const program = `
import sys
log = []
def deco(f):
    def wrapper(*args, **kw):
        log.append(f.__name__)
        return f(*args, **kw)
    return wrapper

class Base:
    def __init__(self, x):
        self.x = x
    def total(self, *more, scale=1, **named):
        return scale * (self.x + sum(more) + sum(named.values()))

class Derived(Base):
    @deco
    def total(self, *more, **kw):
        return super().total(*more, **kw) + 1

def counter(n):
    count = 0
    def bump(k=1):
        nonlocal count
        count += k
        return count
    for i in range(n):
        bump(i)
    return count, bump

def gen(n):
    for i in range(n):
        try:
            yield i * i
        finally:
            log.append(i)

def fails():
    x = 1
    y = 0
    return x / y

result = []
result.append(Derived(2).total(3, 4, scale=2, a=5))
c, bump = counter(5)
result.append((c, bump(), bump(10)))
result.append(list(gen(4)))
result.append({k: v for k, v in zip('abc', range(3))})
result.append({x % 3 for x in range(10)})
result.append([x for x in range(10) if x in {2, 3, 5, 7}])
result.append((1.5, 2j, -3, 10**30, 'text', b'bytes', None, ..., (1, (2, 3)), frozenset()))
try:
    fails()
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    result.append(lines)
class CM:
    def __enter__(self):
        log.append('enter')
        return self
    def __exit__(self, *exc):
        log.append(exc[0].__name__)
        return True
with CM() as cm:
    raise KeyError(1)
result.append(log)
result.append([f.__code__.co_firstlineno for f in (deco, counter, gen, fails)])
result.append(sys.maxsize > 0)
`

// TestCodeRoundTrip compiles a program that uses every kind of code
// (functions, closures, classes, generators, comprehensions, handlers),
// marshals and unmarshals it, checks every field survived, and runs
// both: the results must be the same.
func TestCodeRoundTrip(t *testing.T) {
	co := compileSource(t, program)
	back := roundTrip(t, co)
	if d := sameCode(t, co, back, ""); d != "" {
		t.Fatal(d)
	}
	g1, err := runCode(t, co)
	if err != nil {
		t.Fatalf("original: %v", err)
	}
	g2, err := runCode(t, back)
	if err != nil {
		t.Fatalf("loaded: %v", err)
	}
	r1 := repr(t, g1.GetStr(py.NewStr("result")))
	r2 := repr(t, g2.GetStr(py.NewStr("result")))
	if r1 != r2 {
		t.Fatalf("results differ:\n%s\n%s", r1, r2)
	}
	if !strings.Contains(r1, "[") || !strings.Contains(r1, "'total'") {
		t.Fatalf("unexpected result %s", r1)
	}
	// Dumping the loaded code gives the same bytes again.
	d1, _ := marshal.Dumps(co, 2)
	d2, _ := marshal.Dumps(back, 2)
	if string(d1) != string(d2) {
		t.Fatal("dumps of loaded code differs")
	}
}

// TestCodeCorpus round-trips the code of every Python file in the
// repository's tests and library, and of CPython's library when it is
// on this machine.
func TestCodeCorpus(t *testing.T) {
	var files []string
	for _, pat := range []string{"../tests/python/*.py", "../lib/python/*.py", "../compiler/testdata/dis/*.py"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	if !testing.Short() {
		m, _ := filepath.Glob("/tmp/cpy32/Lib/*.py")
		files = append(files, m...)
	}
	n := 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parser.Parse(file, src, parser.ExecMode)
		if err != nil {
			continue
		}
		co, err := compiler.Compile(mod, compiler.Options{Filename: file})
		if err != nil {
			continue
		}
		if d := sameCode(t, co, roundTrip(t, co), file); d != "" {
			t.Error(d)
		}
		n++
	}
	if n < 20 {
		t.Fatalf("only %d files compiled", n)
	}
}

// TestCodeValidation checks that damaged code objects are refused.
func TestCodeValidation(t *testing.T) {
	co := compileSource(t, "def f(a):\n    return a + x\n")
	f := co.Consts[0].(*py.Code)
	bad := func(name string, change func(c *py.Code)) {
		c := *f
		c.Code = append([]uint32(nil), f.Code...)
		change(&c)
		data, err := marshal.Dumps(&c, 2)
		if err != nil {
			t.Fatalf("%s: dumps: %v", name, err)
		}
		if _, err := marshal.Loads(data); err == nil || excText(t, err) != "ValueError: bad marshal data (invalid code object)" {
			t.Errorf("%s: loads gave %v", name, err)
		}
	}
	bad("argcount", func(c *py.Code) { c.ArgCount = 5 })
	bad("negative nlocals", func(c *py.Code) { c.NLocals = -1 })
	bad("stacksize", func(c *py.Code) { c.StackSize = 1 << 30 })
	bad("empty", func(c *py.Code) { c.Code = nil })
	bad("const index", func(c *py.Code) { c.Code[0] = uint32(opcode.LOAD_CONST) | 200<<8 })
	bad("unknown opcode", func(c *py.Code) { c.Code[0] = 255 })
	bad("line table", func(c *py.Code) { c.LineTable = []int32{100, 1} })
	// The original loads.
	if _, err := marshal.Loads(mustDump(t, f)); err != nil {
		t.Fatal(err)
	}
}

func mustDump(t *testing.T, v py.Object) []byte {
	data, err := marshal.Dumps(v, 2)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
