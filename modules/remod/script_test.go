package remod_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/compiler"
	_ "github.com/taipan-py/taipan/modules/all"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/vm"
)

// TestScript runs the Python script named by REMOD_SCRIPT (arguments in
// REMOD_ARG), for profiling the module with go test -cpuprofile. It is
// skipped when the variable is not set.
func TestScript(t *testing.T) {
	file := os.Getenv("REMOD_SCRIPT")
	if file == "" {
		t.Skip("REMOD_SCRIPT not set")
	}
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := parser.ParseFile(file, src, parser.ExecMode)
	if err != nil {
		t.Fatal(err)
	}
	code, err := compiler.Compile(mod, compiler.Options{Filename: file, Line: parser.FileLines(file, src)})
	if err != nil {
		t.Fatal(err)
	}
	argv := []string{file}
	if a := os.Getenv("REMOD_ARG"); a != "" {
		argv = append(argv, a)
	}
	interp := vm.NewInterpreter(&builtins.Options{Argv: argv, Path: []string{filepath.Dir(file)}})
	th := py.NewThread(interp)
	if err := builtins.InitStdio(th, false); err != nil {
		t.Fatal(err)
	}
	err = vm.RunMain(th, code, file)
	builtins.Shutdown(th)
	if err != nil {
		if e, ok := err.(*py.BaseException); ok {
			t.Fatal(py.FormatException(th, e))
		}
		t.Fatal(err)
	}
}
