package vm

import (
	"strings"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

// RunMain runs code as the module __main__ (a script, -c or stdin):
// the module is registered in sys.modules, gets __builtins__, and
// __file__ when filename names a file (not "<string>" or "<stdin>").
func RunMain(t *py.Thread, code *py.Code, filename string) error {
	main := py.NewModule("__main__")
	t.Interp.Modules.SetStr(py.NewStr("__main__"), main)
	g := main.Dict
	if t.Interp.Builtins != nil {
		g.SetStr(strBuiltins, t.Interp.Builtins)
	}
	if !strings.HasPrefix(filename, "<") {
		g.SetStr(py.NewStr("__file__"), py.NewStr(filename))
	}
	_, err := RunCode(t, code, g)
	return err
}

// ExitStatus finishes a program that ended with err (nil for a normal
// end): it flushes the standard streams and, for an uncaught exception,
// prints its traceback through sys.excepthook as CPython does, and
// returns the process's exit status: 0, SystemExit's code, or 1.
func ExitStatus(t *py.Thread, err error) int {
	if err == nil {
		builtins.Shutdown(t)
		return 0
	}
	e, ok := err.(*py.BaseException)
	if !ok {
		e = py.NewException(py.SystemError, py.NewStr(err.Error()))
	}
	if e.Type().IsSubtype(py.SystemExit) {
		builtins.Shutdown(t)
		code := builtins.ExitCode(t, e)
		builtins.Shutdown(t)
		return code
	}
	builtins.PrintException(t, e)
	builtins.Shutdown(t)
	return 1
}
