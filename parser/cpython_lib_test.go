package parser_test

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/internal/testcorpus"
	. "github.com/taipan-py/taipan/parser"
)

// TestCPythonLib compiles every .py file of CPython 3.2's Lib/ as far as
// taipan's front end goes (parsing, then the symbol table and compiler
// checks) and checks the outcome against what CPython 3.2 itself does. The CPython tree is not
// part of this repository (docs/TESTING.md says how to get it), so the test
// runs only when TAIPAN_CPYTHON_LIB names its Lib folder.
//
// With TAIPAN_CPYTHON_DUMPS naming a folder made by tools/golden/gen_lib.py
// under python3.2 (an INDEX.tsv of outcomes, and REL.dump files with one
// ast.dump(stmt, include_attributes=True) line per top-level statement), it
// also compares every tree, and every rejected file's error, with
// CPython's (compile() of the file's bytes under its path), and runs the
// invalid snippets of test_syntax and test_grammar (test_syntax_cases.tsv,
// test_grammar_cases.tsv: escaped source, class, message, lineno, offset).
func TestCPythonLib(t *testing.T) {
	lib := os.Getenv("TAIPAN_CPYTHON_LIB")
	if lib == "" {
		t.Skip("TAIPAN_CPYTHON_LIB is not set")
	}
	dumps := os.Getenv("TAIPAN_CPYTHON_DUMPS")
	var files []string
	err := filepath.Walk(lib, func(path string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	index := map[string][]string{}
	if dumps != "" {
		f, err := os.Open(filepath.Join(dumps, "INDEX.tsv"))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fields := strings.Split(sc.Text(), "\t")
			index[fields[0]] = fields[1:]
		}
		f.Close()
	}
	var parseTime time.Duration
	var ok, rejected, treeMismatch int
	var bytes int
	for _, path := range files {
		rel, _ := filepath.Rel(lib, path)
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		bytes += len(src)
		start := time.Now()
		mod, err := Parse(path, src, ExecMode)
		parseTime += time.Since(start)
		if err == nil {
			err = compiler.Check(mod, compiler.Options{Filename: path, Warn: ignoreWarnings})
		}
		want := index[rel]
		if err != nil {
			rejected++
			se, isSE := err.(*SyntaxError)
			if !isSE {
				t.Errorf("%s: non-syntax error %v", rel, err)
				continue
			}
			if dumps == "" {
				continue
			}
			if len(want) == 0 || want[0] == "OK" {
				t.Errorf("%s: CPython compiles it, taipan says %s: %s (line %d, offset %d)", rel, se.Class, se.Msg, se.Lineno, se.Offset)
				continue
			}
			d := strings.Split(testcorpus.DescribeSyntaxError(se), "\t")
			got := append([]string{"ERR"}, d[:4]...)
			if strings.Join(got, "\t") != strings.Join(want, "\t") {
				t.Errorf("%s:\n got %q\nwant %q", rel, got, want)
			}
			continue
		}
		ok++
		if dumps == "" {
			continue
		}
		if len(want) > 0 && want[0] != "OK" {
			t.Errorf("%s: CPython rejects it (%q), taipan compiles it", rel, want)
			continue
		}
		wantText, err := os.ReadFile(filepath.Join(dumps, rel+".dump"))
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		wantLines := strings.Split(strings.TrimRight(string(wantText), "\n"), "\n")
		body := mod.(*ast.Module).Body
		if len(body) == 0 && len(wantLines) == 1 && wantLines[0] == "" {
			continue
		}
		mismatch := len(body) != len(wantLines)
		for i := 0; !mismatch && i < len(body); i++ {
			if got := ast.Dump(body[i], true); got != wantLines[i] {
				mismatch = true
				if treeMismatch < 20 {
					t.Errorf("%s: statement %d differs:\n got: %.600s\nwant: %.600s", rel, i+1, got, wantLines[i])
				}
			}
		}
		if mismatch {
			treeMismatch++
		}
	}
	t.Logf("%d files (%d bytes): %d compiled, %d rejected, %d trees differ; parse time %v",
		len(files), bytes, ok, rejected, treeMismatch, parseTime)
	if dumps != "" {
		for _, name := range []string{"test_syntax_cases.tsv", "test_grammar_cases.tsv"} {
			checkSnippets(t, filepath.Join(dumps, name))
		}
	}
}

func ignoreWarnings(string, string, int) error { return nil }

// checkSnippets compiles each snippet of a test_syntax or test_grammar
// table and compares the error with CPython's.
func checkSnippets(t *testing.T, path string) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Error(err)
		return
	}
	n := 0
	for _, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		f := strings.Split(line, "\t")
		src := strings.NewReplacer(`\n`, "\n", `\t`, "\t", `\\`, `\`).Replace(f[0])
		want := strings.Join(f[1:5], "\t")
		got := "OK"
		mod, err := ParseString("<doctest>", src, ExecMode)
		if err == nil {
			err = compiler.Check(mod, compiler.Options{Filename: "<doctest>", Warn: ignoreWarnings})
		}
		if err != nil {
			got = strings.Join(strings.Split(testcorpus.DescribeSyntaxError(err.(*SyntaxError)), "\t")[:4], "\t")
		}
		if got != want {
			t.Errorf("%s: %q:\n got %s\nwant %s", filepath.Base(path), src, got, want)
		}
		n++
	}
	t.Logf("%s: %d snippets", filepath.Base(path), n)
}
