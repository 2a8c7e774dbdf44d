package vm

import (
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

// MainModule makes the module __main__ (for a script, -c, stdin or the
// interactive prompt) and registers it in sys.modules: it gets
// __builtins__, and __file__ and __cached__ (None) unless the code comes from -c (filename
// "<string>") or the prompt (""): a script read from stdin has __file__
// "<stdin>", as in CPython.
func MainModule(t *py.Thread, filename string) *py.Module {
	main := py.NewModule("__main__")
	t.Interp.Modules.SetStr(py.NewStr("__main__"), main)
	g := main.Dict
	if t.Interp.Builtins != nil {
		g.SetStr(strBuiltins, t.Interp.Builtins)
	}
	if filename != "<string>" && filename != "" {
		// A script (or stdin) also gets __cached__ = None, as 3.2's
		// PyRun_SimpleFileExFlags sets it.
		g.SetStr(py.NewStr("__file__"), py.NewStr(filename))
		g.SetStr(py.NewStr("__cached__"), py.None)
	}
	return main
}

// RunMain runs code as the module __main__ (see MainModule).
func RunMain(t *py.Thread, code *py.Code, filename string) error {
	_, err := RunCode(t, code, MainModule(t, filename).Dict)
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
