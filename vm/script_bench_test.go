package vm

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
)

// BenchmarkScript runs the Python script named by $TAIPAN_SCRIPT (with
// the arguments in $TAIPAN_ARGS, one) under the benchmark harness, for
// profiling the evaluator:
//
//	TAIPAN_SCRIPT=bm_pystone.py go test -run - -bench Script -cpuprofile cpu.out ./vm
func BenchmarkScript(b *testing.B) {
	file := os.Getenv("TAIPAN_SCRIPT")
	if file == "" {
		b.Skip("TAIPAN_SCRIPT not set")
	}
	src, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	mod, err := parser.ParseFile(file, src, parser.ExecMode)
	if err != nil {
		b.Fatal(err)
	}
	code, err := compiler.Compile(mod, compiler.Options{Filename: file})
	if err != nil {
		b.Fatal(err)
	}
	// As cmd/taipan does: a ballast, so that the collector runs after
	// tens of megabytes of allocation rather than a few.
	ballast := make([]byte, 64<<20)
	defer runtime.KeepAlive(ballast)
	argv := []string{file}
	if a := os.Getenv("TAIPAN_ARGS"); a != "" {
		argv = append(argv, a)
	}
	for i := 0; i < b.N; i++ {
		interp := NewInterpreter(&builtins.Options{Argv: argv, Path: []string{filepath.Dir(file)}})
		th := py.NewThread(interp)
		if err := builtins.InitStdio(th, false); err != nil {
			b.Fatal(err)
		}
		if err := RunMain(th, code, file); err != nil {
			b.Fatal(py.FormatException(th, err.(*py.BaseException)))
		}
		builtins.Shutdown(th)
	}
}
