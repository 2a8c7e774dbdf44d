// Package tests runs the Python-level test suite: every tests/python/*.py
// script, compiled and run by the evaluator as a main program. A script
// passes when it runs to its end; an uncaught exception fails it, with
// the traceback CPython would print. The scripts also pass under CPython
// 3.2 (they check CPython's results and messages), which is how their
// expectations were obtained.
package tests

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/vm"
)

func TestPython(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("python", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no scripts in tests/python")
	}
	for _, file := range files {
		file := file
		t.Run(filepath.Base(file), func(t *testing.T) {
			if msg, ok := runScript(t, file); !ok {
				t.Errorf("%s", msg)
			}
		})
	}
}

// runScript runs one script as __main__ and returns the report of its
// uncaught exception, if any.
func runScript(t *testing.T, file string) (string, bool) {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := parser.FileLines(file, src)
	mod, err := parser.ParseFile(file, src, parser.ExecMode)
	if err == nil {
		var code *py.Code
		code, err = compiler.Compile(mod, compiler.Options{Filename: file, Line: lines})
		if err == nil {
			interp := vm.NewInterpreter(&builtins.Options{Argv: []string{file}, Path: []string{filepath.Dir(file)}, Executable: os.Args[0]})
			th := py.NewThread(interp)
			if err := builtins.InitStdio(th, false); err != nil {
				t.Fatal(err)
			}
			err = vm.RunMain(th, code, file)
			builtins.Shutdown(th)
			if err != nil {
				e, ok := err.(*py.BaseException)
				if !ok {
					return err.Error(), false
				}
				return py.FormatException(th, e), false
			}
			return "", true
		}
	}
	if se, ok := err.(*parser.SyntaxError); ok {
		return se.Format(), false
	}
	return err.Error(), false
}
