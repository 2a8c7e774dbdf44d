package repl

import (
	"bytes"
	"strings"
	"testing"

	"github.com/taipan-py/taipan/ast"
)

// TestLoop drives the prompt with plain input and records what reaches the
// interpreter: one statement per complete input, prompts on stderr.
func TestLoop(t *testing.T) {
	in := "1 + 1\n\ndef f():\n    return 2\n\nf()\nx = (1,\n2)\nx = = 1\nfor i in y: pass\n\n"
	var out, errOut bytes.Buffer
	var ran []string
	var reported []string
	err := Run(Config{
		Stdin: strings.NewReader(in), Stdout: &out, Stderr: &errOut,
		Banner: "banner",
		Exec: func(mod ast.ModType) error {
			body := mod.(*ast.Interactive).Body
			ran = append(ran, ast.Dump(body[0], false)[:8])
			return nil
		},
		Report: func(err error) { reported = append(reported, err.Error()) },
	})
	if err != nil {
		t.Fatal(err)
	}
	wantRan := []string{"Expr(val", "Function", "Expr(val", "Assign(t", "For(targ"}
	if strings.Join(ran, "|") != strings.Join(wantRan, "|") {
		t.Errorf("ran %q, want %q", ran, wantRan)
	}
	if len(reported) != 1 || reported[0] != "invalid syntax (<stdin>, line 1)" {
		t.Errorf("reported %q", reported)
	}
	wantErr := "banner\n>>> >>> >>> ... ... >>> >>> ... >>> >>> ... >>> \n"
	if errOut.String() != wantErr {
		t.Errorf("stderr %q, want %q", errOut.String(), wantErr)
	}
}

func TestQuietAndExit(t *testing.T) {
	var errOut bytes.Buffer
	stop := bytes.ErrTooLarge
	err := Run(Config{
		Stdin: strings.NewReader("raise SystemExit\nnot reached\n"), Stdout: &bytes.Buffer{}, Stderr: &errOut,
		Banner: "banner", Quiet: true,
		Exec:   func(ast.ModType) error { return stop },
		Report: func(error) {},
	})
	if err != stop {
		t.Errorf("Run returned %v", err)
	}
	if errOut.String() != ">>> " {
		t.Errorf("stderr %q", errOut.String())
	}
}
