package builtins_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/pyio"
	"github.com/taipan-py/taipan/vm"
)

func TestMain(m *testing.M) {
	py.Init()
	os.Exit(m.Run())
}

// run runs src as the module __main__ with sys.stdout writing to a file,
// returning what it printed and the exception that ended it.
func run(t *testing.T, src string) (string, error) {
	t.Helper()
	interp := vm.NewInterpreter(&builtins.Options{Argv: []string{"test"}, Path: []string{t.TempDir()}})
	th := py.NewThread(interp)
	if err := builtins.InitStdio(th, false); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	f, err := pyio.Open(th, builtins.Files(interp), py.NewStr(out), pyio.OpenArgs{Mode: "w", Buffering: -1, CloseFD: true})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	interp.Sys.Dict.SetStr(py.NewStr("stdout"), f)
	mod, err := parser.ParseString("<test>", src, parser.ExecMode)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	code, err := compiler.Compile(mod, compiler.Options{Filename: "<test>"})
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	g := py.NewDict()
	g.SetStr(py.NewStr("__name__"), py.NewStr("__main__"))
	g.SetStr(py.NewStr("TMP"), py.NewStr(t.TempDir()))
	_, rerr := vm.RunCode(th, code, g)
	if err := f.(*pyio.TextIO).Close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(data), rerr
}

func TestSmoke(t *testing.T) {
	out, err := run(t, "print(1, 'a', [2], sep='-')\nprint(len('abc'), abs(-3), max(3, 9, 2), min([4, 1]))\n")
	if err != nil {
		t.Fatal(err)
	}
	want := "1-a-[2]\n3 3 9 1\n"
	if out != want {
		t.Errorf("got %q, want %q", out, want)
	}
	_ = strings.TrimSpace
}

// TestGolden runs each testdata/*.py and compares what it prints with
// testdata/*.out, the output of CPython 3.2.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	for _, file := range files {
		file := file
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			got, err := run(t, string(src))
			if err != nil {
				t.Errorf("uncaught: %v", err)
			}
			if got != string(want) {
				gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gl) || i < len(wl); i++ {
					var g, w string
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Errorf("line %d:\n got  %s\n want %s", i+1, g, w)
					}
				}
			}
		})
	}
}
