package compiler

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/taipan-py/taipan/internal/testcorpus"
	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
)

// The dis corpus: programs whose code objects CPython 3.2 made are in
// testdata/dis (see tools/golden/gen_dis.py for the format, which
// dumpCode writes too). Every attribute, constant, instruction and line
// must be the same.

// dumpCode writes co and the code objects among its constants, depth
// first, as gen_dis.py does.
func dumpCode(co *py.Code, out []string) []string {
	out = append(out, "code "+co.Name)
	out = append(out,
		fmt.Sprintf("argcount %d", co.ArgCount),
		fmt.Sprintf("kwonlyargcount %d", co.KwOnlyArgCount),
		fmt.Sprintf("nlocals %d", co.NLocals),
		fmt.Sprintf("stacksize %d", co.StackSize),
		fmt.Sprintf("flags %d", co.Flags),
		fmt.Sprintf("firstlineno %d", co.FirstLineNo),
		"names "+strTupleRepr(co.Names),
		"varnames "+strTupleRepr(co.VarNames),
		"freevars "+strTupleRepr(co.FreeVars),
		"cellvars "+strTupleRepr(co.CellVars),
	)
	for i, c := range co.Consts {
		out = append(out, fmt.Sprintf("const %d %s", i, constRepr(c, true)))
	}
	var lines strings.Builder
	lines.WriteString("lines")
	for i := 0; i+1 < len(co.LineTable); i += 2 {
		fmt.Fprintf(&lines, " %d:%d", co.LineTable[i], co.LineTable[i+1])
	}
	out = append(out, lines.String())
	n := 0
	ext := 0
	k, line := 0, co.FirstLineNo // the line table's next pair, the current line
	for i, w := range co.Code {
		for k+1 < len(co.LineTable) && int(co.LineTable[k]) <= i {
			line = int(co.LineTable[k+1])
			k += 2
		}
		op, arg := opcode.Decode(w)
		if op == opcode.EXTENDED_ARG {
			ext = arg << opcode.ArgBits
			continue
		}
		arg |= ext
		ext = 0
		text := fmt.Sprintf("%d %d %s", n, line, op)
		if op >= opcode.HaveArgument {
			text += fmt.Sprintf(" %d", arg)
		}
		out = append(out, text)
		n++
	}
	for _, c := range co.Consts {
		if sub, ok := c.(*py.Code); ok {
			out = dumpCode(sub, out)
		}
	}
	return out
}

func compileForTest(src []byte, mode parser.Mode, optimize int) (*py.Code, error) {
	mod, err := parser.Parse("<s>", src, mode)
	if err != nil {
		return nil, err
	}
	return Compile(mod, Options{Filename: "<s>", Optimize: optimize, CPythonCalls: true})
}

// compareDump reports the first difference between two dumps.
func compareDump(t *testing.T, name string, got, want []string) {
	t.Helper()
	code := ""
	for i := 0; i < len(got) || i < len(want); i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if strings.HasPrefix(w, "code ") {
			code = w
		}
		if g != w {
			lo := i - 3
			if lo < 0 {
				lo = 0
			}
			var ctx []string
			for k := lo; k < i && k < len(want); k++ {
				ctx = append(ctx, "    "+want[k])
			}
			t.Errorf("%s: in %s, line %d:\n%s\n got: %s\nwant: %s", name, code, i+1, strings.Join(ctx, "\n"), g, w)
			return
		}
	}
}

func readLines(t *testing.T, path string) []string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (a new program in the corpus needs tools/golden/gen_dis.py run)", err)
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

func TestDisFiles(t *testing.T) {
	files, _ := filepath.Glob("testdata/dis/*.py")
	parserFiles, _ := filepath.Glob("../parser/testdata/ast/*.py")
	files = append(files, parserFiles...)
	if len(files) == 0 {
		t.Fatal("no corpus")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		golden := strings.TrimSuffix(f, ".py") + ".dis"
		if !strings.HasPrefix(f, "testdata") {
			golden = filepath.Join("testdata/dis/ast", strings.TrimSuffix(filepath.Base(f), ".py")+".dis")
		}
		co, err := compileForTest(src, parser.ExecMode, 0)
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		compareDump(t, f, dumpCode(co, nil), readLines(t, golden))
	}
}

func TestDisCases(t *testing.T) {
	cases, err := testcorpus.ReadCases("testdata/dis/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{}
	var cur string
	for _, l := range readLines(t, "testdata/dis/cases.dis") {
		if strings.HasPrefix(l, "=== ") {
			cur = l[4:]
			continue
		}
		want[cur] = append(want[cur], l)
	}
	for _, c := range cases {
		mode, optimize := parser.ExecMode, 0
		for _, f := range c.Flags {
			switch f {
			case "eval":
				mode = parser.EvalMode
			case "single":
				mode = parser.SingleMode
			case "O1":
				optimize = 1
			case "O2":
				optimize = 2
			}
		}
		co, err := compileForTest(c.Src, mode, optimize)
		if err != nil {
			t.Errorf("%s: %v", c.Name, err)
			continue
		}
		compareDump(t, c.Name, dumpCode(co, nil), want[c.Name])
	}
}

// TestCPythonLibDis compiles every file of CPython 3.2's Lib/ that
// tools/golden/gen_dis.py dumped ($TAIPAN_CPYTHON_LIB, $TAIPAN_CPYTHON_DIS;
// see docs/TESTING.md) and compares the code objects.
func TestCPythonLibDis(t *testing.T) {
	lib, dumps := os.Getenv("TAIPAN_CPYTHON_LIB"), os.Getenv("TAIPAN_CPYTHON_DIS")
	if lib == "" || dumps == "" {
		t.Skip("TAIPAN_CPYTHON_LIB and TAIPAN_CPYTHON_DIS not set")
	}
	optimize, _ := strconv.Atoi(os.Getenv("TAIPAN_CPYTHON_DIS_OPTIMIZE"))
	n, failed := 0, 0
	err := filepath.Walk(dumps, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".dis") {
			return err
		}
		rel, _ := filepath.Rel(dumps, path)
		src, err := os.ReadFile(filepath.Join(lib, strings.TrimSuffix(rel, ".dis")+".py"))
		if err != nil {
			return err
		}
		n++
		co, err := compileForTest(src, parser.ExecMode, optimize)
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			failed++
			return nil
		}
		if !sameDump(dumpCode(co, nil), readLines(t, path)) {
			failed++
			compareDump(t, rel, dumpCode(co, nil), readLines(t, path))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d files, %d differ", n, failed)
}

func sameDump(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
