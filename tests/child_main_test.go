package tests

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/vm"
)

// TestMain lets this test binary stand in for taipan: the scripts of
// tests/python see it as sys.executable, so that those that start
// `sys.executable -c ...` children (subprocess, os.popen) get a Python
// of this very build. Run with arguments that are not test flags, it
// runs them as the command line `taipan -c CODE ARGS...` or
// `taipan SCRIPT ARGS...` would, and exits with the program's status.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && !strings.HasPrefix(os.Args[1], "-test.") {
		os.Exit(runChild(os.Args[1:]))
	}
	os.Exit(m.Run())
}

// runChild runs a program given as -c CODE or a script file, with the
// arguments after it in sys.argv[1:].
func runChild(args []string) int {
	var src []byte
	var filename string
	var argv, path []string
	switch {
	case args[0] == "-c" && len(args) > 1:
		src, filename = []byte(args[1]), "<string>"
		argv, path = append([]string{"-c"}, args[2:]...), []string{""}
	case !strings.HasPrefix(args[0], "-"):
		b, err := os.ReadFile(args[0])
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: can't open file '%s': %v\n", os.Args[0], args[0], err)
			return 2
		}
		src, filename = b, args[0]
		argv, path = args, []string{filepath.Dir(args[0])}
	default:
		fmt.Fprintf(os.Stderr, "unsupported option: %s\n", args[0])
		return 2
	}
	mod, err := parser.ParseFile(filename, src, parser.ExecMode)
	var code *py.Code
	if err == nil {
		code, err = compiler.Compile(mod, compiler.Options{Filename: filename, Line: parser.FileLines(filename, src)})
	}
	if err != nil {
		if se, ok := err.(*parser.SyntaxError); ok {
			fmt.Fprint(os.Stderr, se.Format())
		} else {
			fmt.Fprintln(os.Stderr, err)
		}
		return 1
	}
	interp := vm.NewInterpreter(&builtins.Options{Argv: argv, Path: path, Executable: os.Args[0]})
	th := py.NewThread(interp)
	if err := builtins.InitStdio(th, false); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	err = vm.RunMain(th, code, filename)
	status := 0
	if err != nil {
		e, ok := err.(*py.BaseException)
		switch {
		case !ok:
			fmt.Fprintln(os.Stderr, err)
			status = 1
		case e.Type().IsSubtype(py.SystemExit):
			status = builtins.ExitCode(th, e)
		default:
			builtins.PrintException(th, e)
			status = 1
		}
	}
	builtins.Shutdown(th)
	return status
}
