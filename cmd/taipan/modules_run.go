package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/vm"
)

// environment is what the PYTHON* variables about modules say (nothing
// under -E).
type environment struct {
	path    []string // PYTHONPATH's folders, for sys.path after [0]
	home    string   // PYTHONHOME
	startup string   // PYTHONSTARTUP
}

func (o *options) environment() environment {
	if o.ignoreEnv {
		return environment{}
	}
	var env environment
	for _, p := range filepath.SplitList(os.Getenv("PYTHONPATH")) {
		if p != "" {
			if abs, err := filepath.Abs(p); err == nil {
				p = abs
			}
			env.path = append(env.path, p)
		}
	}
	env.home = os.Getenv("PYTHONHOME")
	env.startup = os.Getenv("PYTHONSTARTUP")
	return env
}

// isImportable reports whether a program named on the command line is a
// folder or a zip archive, which run their __main__ module.
func isImportable(file string) bool {
	fi, err := os.Stat(file)
	if err != nil {
		return false
	}
	if fi.IsDir() {
		return true
	}
	f, err := os.Open(file)
	if err != nil {
		return false
	}
	defer f.Close()
	var head [4]byte
	n, _ := f.Read(head[:])
	return n == 4 && string(head[:]) == "PK\x03\x04" || strings.HasSuffix(file, ".zip")
}

// runModule runs a module as __main__ through runpy, as 3.2's -m does
// (and running a folder or zip, with "__main__" and alterArgv false).
func runModule(t *py.Thread, name string, alterArgv bool) error {
	runpy, err := builtins.ImportModule(t, "runpy")
	if err != nil {
		return err
	}
	fn, err := py.GetAttr(t, runpy, py.NewStr("_run_module_as_main"))
	if err != nil {
		return err
	}
	vm.MainModule(t, "")
	_, err = py.Call(t, fn, []py.Object{py.NewStr(name), py.NewBool(alterArgv)}, nil)
	return err
}

// runStartup runs the PYTHONSTARTUP file in __main__ before the first
// prompt, as 3.2's RunStartupFile: __file__ is the file's name while it
// runs; an exception in it (or a file that cannot be opened) is
// reported and the prompt still starts; SystemExit ends the program.
func runStartup(t *py.Thread, main *py.Module, file string, stderr io.Writer) error {
	if file == "" {
		return nil
	}
	src, err := os.ReadFile(file)
	if err != nil {
		builtins.Shutdown(t)
		fmt.Fprintln(stderr, "Could not open PYTHONSTARTUP")
		builtins.PrintException(t, py.NewOSError(py.IOError, err, file))
		return nil
	}
	key := py.NewStr("__file__")
	setFile := main.Dict.GetStr(key) == nil
	if setFile {
		main.Dict.SetStr(key, py.NewStr(file))
	}
	code, err := builtins.CompileModule(t, src, file)
	if err == nil {
		_, err = vm.RunCode(t, code, main.Dict)
	}
	if setFile && main.Dict.GetStr(key) != nil {
		main.Dict.DelStr(key)
	}
	if e, ok := err.(*py.BaseException); ok {
		if e.Type().IsSubtype(py.SystemExit) {
			return e
		}
		builtins.PrintException(t, e)
	}
	return nil
}
