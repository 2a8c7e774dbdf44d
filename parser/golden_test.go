package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/taipan-py/taipan/ast"
)

// TestASTGolden parses each program of testdata/ast and compares the dump
// of every top-level statement, positions included, with the .dump file
// beside it, which CPython 3.2's ast.dump(stmt, include_attributes=True)
// produced for the same program (tools/golden/gen_ast.py regenerates them).
func TestASTGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/ast/*.py")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no golden programs found")
	}
	for _, file := range files {
		file := file
		t.Run(filepath.Base(file), func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			wantText, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".dump")
			if err != nil {
				t.Fatal(err)
			}
			mod, err := ParseFile(file, src, ExecMode)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			var got []string
			for _, s := range mod.(*ast.Module).Body {
				got = append(got, ast.Dump(s, true))
			}
			want := strings.Split(strings.TrimRight(string(wantText), "\n"), "\n")
			if len(want) == 1 && want[0] == "" {
				want = nil
			}
			if len(got) != len(want) {
				t.Errorf("got %d statements, want %d", len(got), len(want))
			}
			for i := 0; i < len(got) && i < len(want); i++ {
				if got[i] != want[i] {
					t.Errorf("statement %d:\n got: %s\nwant: %s", i+1, got[i], want[i])
				}
			}
		})
	}
}
