// Package repl is Taipan's interactive prompt: it reads statements line by
// line with the ">>> " and "... " prompts, decides when the input holds a
// complete statement as CPython 3.2's interactive loop does (see
// parser.ParseInteractive), and hands each statement to the interpreter.
//
// On a terminal, lines are read with golang.org/x/term's line editor
// (cursor movement, history with the arrow keys), the terminal being in raw
// mode only while a line is read, so the program's own output is not
// affected. Otherwise lines are read plainly, as CPython does when its
// standard input is not a terminal. Like CPython, the banner and the
// prompts go to standard error.
package repl

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/parser"
)

// Config says where the prompt reads and writes and how it runs code.
type Config struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer

	// Banner is printed before the first prompt unless Quiet.
	Banner string
	Quiet  bool

	// Exec runs one statement typed at the prompt (an *ast.Interactive),
	// printing its result and any uncaught exception itself. A non-nil
	// error ends the loop: it is how SystemExit leaves the prompt, and
	// the loop returns it to the caller.
	Exec func(mod ast.ModType) error

	// Report prints an error the statement could not be compiled with
	// (a *parser.SyntaxError), or a KeyboardInterrupt at the prompt.
	Report func(err error)
}

// ErrInterrupt is reported when Ctrl-C is typed at the prompt; the loop
// goes on with a fresh prompt.
var ErrInterrupt = errors.New("KeyboardInterrupt")

const (
	ps1 = ">>> "
	ps2 = "... "
)

// Run reads and runs statements until the end of input (Ctrl-D), returning
// nil then, or the error Exec returned to end the loop.
func Run(cfg Config) error {
	if !cfg.Quiet && cfg.Banner != "" {
		fmt.Fprintln(cfg.Stderr, cfg.Banner)
	}
	in := newLineReader(cfg)
	defer in.close()
	var buf strings.Builder
	for {
		prompt := ps1
		if buf.Len() > 0 {
			prompt = ps2
		}
		line, err := in.readLine(prompt)
		if err == ErrInterrupt {
			buf.Reset()
			cfg.Report(ErrInterrupt)
			continue
		}
		if err != nil {
			// End of input: CPython ends the prompt with a newline.
			fmt.Fprintln(cfg.Stderr)
			return nil
		}
		buf.WriteString(line)
		buf.WriteByte('\n')
		mod, perr, incomplete := parser.ParseInteractive("<stdin>", buf.String())
		if incomplete {
			continue
		}
		buf.Reset()
		if perr != nil {
			cfg.Report(perr)
			continue
		}
		if body := mod.(*ast.Interactive).Body; len(body) == 1 {
			if _, ok := body[0].(*ast.Pass); ok && strings.TrimSpace(line) == "" {
				continue // an empty line at ">>> "
			}
		}
		if err := cfg.Exec(mod); err != nil {
			return err
		}
	}
}

// lineReader reads lines with prompts, from a terminal or a plain stream.
type lineReader struct {
	cfg Config

	// Terminal input.
	fd       int
	term     *term.Terminal
	ctrlC    *ctrlCWatcher
	hasState bool

	// Plain input.
	plain *bufio.Reader
}

func newLineReader(cfg Config) *lineReader {
	r := &lineReader{cfg: cfg}
	if f, ok := cfg.Stdin.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		r.fd = int(f.Fd())
		r.ctrlC = &ctrlCWatcher{r: f}
		r.term = term.NewTerminal(struct {
			io.Reader
			io.Writer
		}{r.ctrlC, cfg.Stderr}, "")
		return r
	}
	r.plain = bufio.NewReader(cfg.Stdin)
	return r
}

func (r *lineReader) readLine(prompt string) (string, error) {
	if r.term == nil {
		fmt.Fprint(r.cfg.Stderr, prompt)
		line, err := r.plain.ReadString('\n')
		if err != nil && line == "" {
			return "", err
		}
		return strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r"), nil
	}
	state, err := term.MakeRaw(r.fd)
	if err != nil {
		return "", err
	}
	defer term.Restore(r.fd, state)
	r.term.SetPrompt(prompt)
	r.ctrlC.seen = false
	line, err := r.term.ReadLine()
	if err == io.EOF && r.ctrlC.seen {
		return "", ErrInterrupt
	}
	return line, err
}

func (r *lineReader) close() {}

// ctrlCWatcher notes a Ctrl-C on its way to the line editor, which reports
// Ctrl-C and Ctrl-D alike as the end of input.
type ctrlCWatcher struct {
	r    io.Reader
	seen bool
}

func (w *ctrlCWatcher) Read(p []byte) (int, error) {
	n, err := w.r.Read(p)
	for _, b := range p[:n] {
		if b == 3 {
			w.seen = true
		}
	}
	return n, err
}
