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
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"

	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/vm"
)

const version = "Python 3.2.6 (taipan)"

const usage = `usage: taipan [option] ... [-c cmd | file | -] [arg] ...
Options and arguments:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also --help)
-V     : print the Python version number and exit (also --version)
-X opt : implementation-specific option; taipan knows:
         -X ast      print the syntax tree (ast.dump format) instead of running
         -X ast-attr the same, with line numbers and column offsets
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole command, with its streams passed in so tests can drive it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var (
		command    string
		haveCmd    bool
		dumpAST    bool
		withAttr   bool
		optimize   int
		unbuffered bool
	)
	i := 0
options:
	for i < len(args) {
		a := args[i]
		if a == "-" || !strings.HasPrefix(a, "-") {
			break
		}
		switch a {
		case "--help":
			fmt.Fprint(stdout, usage)
			return 0
		case "--version":
			fmt.Fprintln(stdout, version)
			return 0
		case "--":
			i++
			break options
		}
		// A cluster of one-letter options, as in "-Bq".
		for j := 1; j < len(a); j++ {
			switch c := a[j]; c {
			case 'h', '?':
				fmt.Fprint(stdout, usage)
				return 0
			case 'V':
				fmt.Fprintln(stdout, version)
				return 0
			case 'c', 'X':
				val := a[j+1:]
				if val == "" {
					i++
					if i >= len(args) {
						fmt.Fprintf(stderr, "Argument expected for the -%c option\n%s", c, usageHint)
						return 2
					}
					val = args[i]
				}
				if c == 'c' {
					command, haveCmd = val, true
					i++
					break options
				}
				switch val {
				case "ast":
					dumpAST = true
				case "ast-attr":
					dumpAST, withAttr = true, true
				}
				j = len(a)
			case 'O':
				optimize++
			case 'u':
				unbuffered = true
			case 'b', 'B', 'd', 'E', 'i', 'q', 's', 'S', 'v', 'x', 'R':
				// Accepted; they take effect once the evaluator exists.
			default:
				fmt.Fprintf(stderr, "Unknown option: -%c\n%s", c, usageHint)
				return 2
			}
		}
		i++
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
		if i < len(args) && args[i] != "-" {
			filename = args[i]
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
		mod, err = parser.ParseFile(filename, src, parser.ExecMode)
		lineText = parser.FileLines(filename, src)
	}
	var code *py.Code
	if err == nil {
		opts := compiler.Options{
			Filename: filename,
			Line:     lineText,
			Optimize: optimize,
			Warn: func(category, msg string, lineno int) error {
				printWarning(stderr, filename, lineno, category, msg, lineText)
				return nil
			},
		}
		if dumpAST {
			err = compiler.Check(mod, opts)
		} else {
			code, err = compiler.Compile(mod, opts)
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
	return execute(code, filename, args[i:], haveCmd, optimize, unbuffered)
}

// execute runs the compiled program as __main__ with the process's
// standard streams and returns its exit status, printing an uncaught
// exception as CPython does.
func execute(code *py.Code, filename string, argv []string, haveCmd bool, optimize int, unbuffered bool) int {
	if haveCmd {
		argv = append([]string{"-c"}, argv...)
	} else if len(argv) == 0 {
		argv = []string{""}
	}
	path := ""
	if !haveCmd && filename != "<stdin>" {
		path = filepath.Dir(filename)
		if path == "." && !strings.Contains(filename, "/") {
			path = ""
		}
	}
	opts := &builtins.Options{Argv: argv, Path: []string{path}, Optimize: optimize}
	if exe, err := os.Executable(); err == nil {
		opts.Executable = exe
	}
	opts.Flags[4] = optimize
	tuneGC()
	interp := vm.NewInterpreter(opts)
	t := py.NewThread(interp)
	if err := builtins.InitStdio(t, unbuffered); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", progName, err)
		return 1
	}
	stop := handleInterrupts(interp)
	defer stop()
	return vm.ExitStatus(t, vm.RunMain(t, code, filename))
}

// gcBallast is a large allocation the program never touches (so it costs
// address space, not memory) that raises the heap size at which the
// garbage collector starts a cycle. Python programs allocate many small
// short-lived objects (ints, floats, bound methods) over a small live
// heap; without it the collector would run after every few megabytes of
// allocation, and its write barriers and marking would take a large part
// of the time.
var gcBallast []byte

// tuneGC sets the garbage collector up for running Python code.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		gcBallast = make([]byte, 64<<20)
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

const usageHint = "usage: taipan [option] ... [-c cmd | file | -] [arg] ...\nTry `taipan -h' for more information.\n"
