package parser

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/taipan-py/taipan/ast"
)

// TestCPythonLib parses every .py file of CPython 3.2's Lib/ and checks
// the outcome against what CPython 3.2 itself does. The CPython tree is not
// part of this repository (docs/TESTING.md says how to get it), so the test
// runs only when TAIPAN_CPYTHON_LIB names its Lib folder.
//
// With TAIPAN_CPYTHON_DUMPS naming a folder made by tools/golden/gen_lib.py
// under python3.2 (an INDEX.tsv of outcomes, and REL.dump files with one
// ast.dump(stmt, include_attributes=True) line per top-level statement), it
// also compares every tree, and every rejected file's error, with
// CPython's. Only the parser's part is checked here: the files CPython
// rejects in its symbol table or compiler are expected to parse.
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
			got := []string{"ERR", se.Class.String(), se.Msg, itoa(se.Lineno), itoa(se.Offset)}
			if strings.Join(got[:4], "\t") != strings.Join(want[:4], "\t") {
				t.Errorf("%s:\n got %q\nwant %q", rel, got, want)
			}
			continue
		}
		ok++
		if dumps == "" {
			continue
		}
		if len(want) > 0 && want[0] != "OK" {
			if !compileStageError(want) {
				t.Errorf("%s: CPython rejects it (%q), taipan parses it", rel, want)
			}
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
	t.Logf("%d files (%d bytes): %d parsed, %d rejected, %d trees differ; parse time %v",
		len(files), bytes, ok, rejected, treeMismatch, parseTime)
}

// compileStageError tells the errors CPython 3.2 raises after parsing, in
// its future-statement check, symbol table or compiler.
func compileStageError(want []string) bool {
	if len(want) < 3 {
		return false
	}
	msg := want[2]
	return strings.HasPrefix(msg, "future feature") ||
		strings.HasPrefix(msg, "from __future__ imports") ||
		msg == "not a chance"
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return string(b[i:])
}
