// Command taipan is the Python 3.2 interpreter.
//
// Usage:
//
//	taipan [option] ... [-c cmd | file | -] [arg] ...
//
// taipan compiles the program (reporting syntax errors exactly as CPython
// 3.2 does) and runs it; with -X ast it prints the syntax tree instead,
// in the format of 3.2's ast.dump.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	"golang.org/x/term"

	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/repl"
	"github.com/taipan-py/taipan/vm"
)

const version = "Python 3.2.6 (taipan)"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// reexecWithHashSecret replaces the process by a new run of the same
// executable and arguments, with the hash secret handed over in the
// environment (see py.HashSecretEnv). It returns only on failure.
func reexecWithHashSecret(secret string) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	return syscall.Exec(exe, os.Args, append(os.Environ(), py.HashSecretEnv+"="+secret))
}

func sameStrings(a, b []string) bool {
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

// run is the whole command, with its streams passed in so tests can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o, status, ok := parseOptions(progName, args, stderr)
	if !ok {
		return status
	}
	if o.help {
		fmt.Fprint(stdout, usageLine(progName)+helpText)
		return 0
	}
	if o.version {
		// As python3.2, on standard error.
		fmt.Fprintln(stderr, "Python 3.2.6")
		return 0
	}
	o.applyEnvironment()
	if prefix, suffix, random, ok := o.hashSecret(); !ok {
		// python3.2 aborts (SIGABRT); 134 is the status a shell
		// reports for that.
		fmt.Fprintln(stderr, hashSeedError)
		return 134
	} else if !hashSecretSettled(prefix, suffix, random) && sameStrings(args, os.Args[1:]) {
		// -R or -E asks for a secret other than the one the py package
		// took from the environment before anything was hashed: run the
		// process again, handing it over. (Only when run has the
		// process's own arguments: tests driving it in-process keep the
		// secret they have.)
		if err := reexecWithHashSecret(py.FormatHashSecret(prefix, suffix)); err != nil {
			fmt.Fprintf(stderr, "%s: cannot run again with the hash secret: %v\n", progName, err)
			return 1
		}
	}
	dumpAST, withAttr := o.hasX("ast") || o.hasX("ast-attr"), o.hasX("ast-attr")
	command, haveCmd, optimize := o.command, o.haveCommand, o.optimize

	run := runOptions{argv: o.args, haveCmd: haveCmd, optimize: optimize, unbuffered: o.unbuffered,
		quiet: o.quiet, flags: o.sysFlags(), warnOptions: o.warnings, stdin: stdin, stderr: stderr,
		env: o.environment(), verbose: o.verbose, noSite: o.noSite, inspect: o.inspect && !dumpAST}
	if o.haveModule {
		// -m: runpy finds and runs the module; sys.argv[0] is "-m"
		// until it does (as in 3.2; 2.x had "-c"), and sys.path[0] is
		// the current folder.
		run.module = o.module
		run.argv[0] = "-m"
		return execute(nil, "", run)
	}
	if o.file != "" && !dumpAST && isImportable(o.file) {
		// A folder or zip archive with a __main__ module.
		run.mainFrom = o.file
		return execute(nil, "", run)
	}
	if !haveCmd && !dumpAST && o.file == "" && (o.interactive || isTerminal(stdin)) {
		// The interactive prompt: standard input is a terminal, or -i
		// says to read it as one (with no program, or "-"), as 3.2's
		// Py_FdIsInteractive decides. Then the banner is shown and
		// PYTHONSTARTUP runs first.
		run.inspect, run.prompt = true, true
		return execute(nil, "", run)
	}

	var (
		filename string
		src      []byte
		err      error
		mod      ast.ModType
		lineText func(int) (string, bool)
	)
	switch {
	case haveCmd:
		filename = "<string>"
		mod, err = parser.ParseString(filename, command, parser.ExecMode)
	default:
		if o.file != "" {
			filename = o.file
			src, err = os.ReadFile(filename)
			if err != nil {
				fmt.Fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n", progName, filename, errno(err), errText(err))
				return 2
			}
		} else {
			filename = "<stdin>"
			src, err = io.ReadAll(stdin)
			if err != nil {
				fmt.Fprintf(stderr, "taipan: %v\n", err)
				return 1
			}
		}
		if o.skipFirstLine {
			// -x: the first line is not Python; keep its line end so
			// line numbers stay those of the file.
			if i := bytes.IndexByte(src, '\n'); i >= 0 {
				src = src[i:]
			} else {
				src = nil
			}
		}
		mod, err = parser.ParseFile(filename, src, parser.ExecMode)
		lineText = parser.FileLines(filename, src)
	}
	var code *py.Code
	if err == nil {
		warned := false
		opts := compiler.Options{
			Filename: filename,
			Line:     lineText,
			Optimize: optimize,
			Warn: func(category, msg string, lineno int) error {
				if dumpAST {
					printWarning(stderr, filename, lineno, category, msg, lineText)
				}
				warned = true
				return nil
			},
		}
		if dumpAST {
			err = compiler.Check(mod, opts)
		} else {
			code, err = compiler.Compile(mod, opts)
		}
		if err == nil && warned && !dumpAST {
			// The program's warnings go through the interpreter's warning
			// filters (-W error makes them errors), so it is compiled
			// again once the interpreter exists.
			run.recompile = func(t *py.Thread) (*py.Code, error) {
				opts.Warn = func(category, msg string, lineno int) error {
					return py.WarnExplicit(t, py.WarningClass(category), msg, filename, lineno)
				}
				return compiler.Compile(mod, opts)
			}
		}
	}
	if err != nil {
		if se, ok := err.(*parser.SyntaxError); ok {
			if se.Class == parser.ClassMemoryError {
				fmt.Fprintln(stderr, "s_push: parser stack overflow")
			}
			fmt.Fprint(stderr, se.Format())
			return 1
		}
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
		return 1
	}
	if dumpAST {
		fmt.Fprintln(stdout, ast.Dump(mod, withAttr))
		return 0
	}
	return execute(code, filename, run)
}

// runOptions are what execute needs to know of the command line.
type runOptions struct {
	argv              []string // the program's arguments, its name first
	haveCmd           bool     // -c
	optimize          int      // -O count
	unbuffered, quiet bool     // -u, -q
	inspect           bool     // -i, or the prompt without a program
	prompt            bool     // the prompt without a program: banner and PYTHONSTARTUP
	verbose           int      // -v count
	noSite            bool     // -S
	flags             [13]int  // sys.flags
	warnOptions       []string // sys.warnoptions
	stdin             io.Reader
	stderr            io.Writer
	env               environment // what the PYTHON* variables say
	module            string      // -m: the module to run
	mainFrom          string      // a folder or zip archive to run the __main__ of

	// recompile, when set, compiles the program again with its warnings
	// going to the interpreter's warning machinery.
	recompile func(t *py.Thread) (*py.Code, error)
}

// isTerminal reports whether r is a terminal.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// execute runs the compiled program (if any) as __main__ with the
// process's standard streams, then the interactive prompt when asked
// for, and returns the exit status, printing an uncaught exception as
// CPython does.
func execute(code *py.Code, filename string, o runOptions) int {
	argv, haveCmd, optimize, unbuffered := o.argv, o.haveCmd, o.optimize, o.unbuffered
	if len(argv) == 0 {
		argv = []string{""}
	}
	path := ""
	switch {
	case o.mainFrom != "":
		path = o.mainFrom
	case !haveCmd && o.module == "" && filename != "<stdin>" && filename != "":
		path = scriptDir(filename)
	}
	opts := &builtins.Options{Argv: argv, Path: append([]string{path}, o.env.path...), Optimize: optimize, Home: o.env.home}
	if exe, err := os.Executable(); err == nil {
		opts.Executable = exe
	}
	opts.Flags = o.flags
	opts.WarnOptions = o.warnOptions
	tuneGC()
	interp := vm.NewInterpreter(opts)
	t := py.NewThread(interp)
	if err := builtins.InitStdio(t, unbuffered); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", progName, err)
		return 1
	}
	// As CPython's start-up, zipimport is imported (its hook is on
	// sys.path_hooks from the start), which -v reports.
	builtins.VerboseMessage(t, "# installing zipimport hook\n")
	if _, err := builtins.ImportModule(t, "zipimport"); err == nil {
		builtins.VerboseMessage(t, "# installed zipimport hook\n")
	} else {
		builtins.VerboseMessage(t, "# can't import zipimport\n")
	}
	if len(o.warnOptions) > 0 {
		// As CPython's start-up: the warnings module applies the options.
		if _, err := builtins.ImportModule(t, "warnings"); err != nil {
			fmt.Fprintln(o.stderr, "'import warnings' failed; traceback:")
			if e, ok := err.(*py.BaseException); ok {
				builtins.PrintException(t, e)
			}
		}
	}
	if o.recompile != nil {
		c, err := o.recompile(t)
		if err != nil {
			return reportCompileError(t, o.stderr, err)
		}
		code = c
	}
	stop := handleInterrupts(interp)
	defer stop()
	if o.flags[7] == 0 { // not -S
		if _, err := builtins.ImportModule(t, "site"); err != nil {
			if e, ok := err.(*py.BaseException); ok && e.Type().IsSubtype(py.SystemExit) {
				return vm.ExitStatus(t, e)
			}
			if e, ok := err.(*py.BaseException); ok {
				builtins.PrintException(t, e)
			}
			return 1
		}
	}
	if o.verbose > 0 && !o.quiet && !o.prompt {
		// -v shows the banner whatever runs (the prompt shows its own).
		builtins.VerboseMessage(t, bannerText(o.noSite)+"\n")
	}
	if o.module != "" || o.mainFrom != "" {
		var err error
		if o.module != "" {
			err = runModule(t, o.module, true)
		} else {
			err = runModule(t, "__main__", false)
		}
		if !o.inspect {
			return vm.ExitStatus(t, err)
		}
		reportInspected(t, err)
		main, ok := t.Interp.Modules.GetStr(py.NewStr("__main__")).(*py.Module)
		if !ok {
			main = vm.MainModule(t, "")
		}
		o.quiet = true
		return vm.ExitStatus(t, interact(t, main, o))
	}
	if !o.inspect {
		return vm.ExitStatus(t, vm.RunMain(t, code, filename))
	}
	var main *py.Module
	if code != nil {
		main = vm.MainModule(t, filename)
		_, err := vm.RunCode(t, code, main.Dict)
		reportInspected(t, err)
		o.quiet = true
	} else {
		main = vm.MainModule(t, "")
		if o.prompt {
			// The banner comes before what PYTHONSTARTUP prints.
			if !o.quiet {
				builtins.Shutdown(t)
				fmt.Fprintln(o.stderr, bannerText(o.noSite))
				o.quiet = true
			}
			if err := runStartup(t, main, o.env.startup, o.stderr); err != nil {
				return vm.ExitStatus(t, err)
			}
		}
	}
	return vm.ExitStatus(t, interact(t, main, o))
}

// reportInspected reports an exception the program ended with when the
// prompt follows (-i): as any uncaught exception, SystemExit included
// (3.2 does not exit then).
func reportInspected(t *py.Thread, err error) {
	if e, ok := err.(*py.BaseException); ok {
		builtins.PrintException(t, e)
	}
}

// scriptDir is sys.path[0] for a script: the absolute folder of the file
// it names, after following symbolic links, as CPython 3.2 computes it.
func scriptDir(filename string) string {
	p := filename
	if abs, err := filepath.Abs(p); err == nil {
		p = abs
	}
	if real, err := filepath.EvalSymlinks(p); err == nil {
		p = real
	}
	return filepath.Dir(p)
}

// bannerText is what the interactive prompt shows first (unless -q), and
// -v at start-up: the version, and the help line unless -S (which leaves
// no help, copyright, credits or license to use).
func bannerText(noSite bool) string {
	b := version + " on " + runtime.GOOS
	if !noSite {
		b += "\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information."
	}
	return b
}

// interact runs the interactive prompt in module main until the end of
// input (nil) or a SystemExit (returned).
func interact(t *py.Thread, main *py.Module, o runOptions) error {
	return repl.Run(repl.Config{
		Stdin:  o.stdin,
		Stdout: os.Stdout,
		Stderr: o.stderr,
		Banner: bannerText(o.noSite),
		Quiet:  o.quiet,
		Exec: func(mod ast.ModType) error {
			code, err := compiler.Compile(mod, compiler.Options{Filename: "<stdin>", Optimize: o.optimize,
				Warn: func(category, msg string, lineno int) error {
					return py.WarnExplicit(t, py.WarningClass(category), msg, "<stdin>", lineno)
				}})
			if err != nil {
				reportInteractive(t, o.stderr, err)
				return nil
			}
			_, err = vm.RunCode(t, code, main.Dict)
			if e, ok := err.(*py.BaseException); ok {
				if e.Type().IsSubtype(py.SystemExit) {
					return e
				}
				builtins.PrintException(t, e)
			}
			builtins.Shutdown(t)
			return nil
		},
		Report: func(err error) { reportInteractive(t, o.stderr, err) },
	})
}

// reportCompileError reports a program that failed to compile once the
// interpreter exists (a warning made an error by the filters): a
// SyntaxError as CPython prints one, another exception as uncaught.
func reportCompileError(t *py.Thread, stderr io.Writer, err error) int {
	switch e := err.(type) {
	case *parser.SyntaxError:
		builtins.Shutdown(t)
		fmt.Fprint(stderr, e.Format())
	case *py.BaseException:
		builtins.PrintException(t, e)
		builtins.Shutdown(t)
	default:
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
	}
	return 1
}

// reportInteractive prints an error met at the prompt: a syntax error as
// CPython reports one, or a KeyboardInterrupt typed at the prompt.
func reportInteractive(t *py.Thread, stderr io.Writer, err error) {
	builtins.Shutdown(t)
	switch e := err.(type) {
	case *parser.SyntaxError:
		fmt.Fprint(stderr, e.Format())
	default:
		if err == repl.ErrInterrupt {
			fmt.Fprint(stderr, "\nKeyboardInterrupt\n")
			return
		}
		fmt.Fprintf(stderr, "%v\n", err)
	}
}

// handleInterrupts turns SIGINT into a KeyboardInterrupt in the running
// code until the returned function is called.
func handleInterrupts(interp *py.Interp) func() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-c:
				vm.Interrupt(interp)
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(c)
		close(done)
	}
}

// progName is how CPython names itself in its messages: its argv[0].
var progName = os.Args[0]

// printWarning writes a warning as the warnings module's default
// showwarning does: "file:line: Category: message", then the source line.
func printWarning(w io.Writer, filename string, lineno int, category, msg string, lineText func(int) (string, bool)) {
	fmt.Fprintf(w, "%s:%d: %s: %s\n", filename, lineno, category, msg)
	if lineText != nil {
		if line, ok := lineText(lineno); ok && strings.TrimSpace(line) != "" {
			fmt.Fprintf(w, "  %s\n", strings.TrimSpace(line))
		}
	}
}
