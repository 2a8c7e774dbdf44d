package symtable

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/taipan-py/taipan/parser"
)

// TestTablesGolden builds the table of each program in testdata/tables and
// compares it with the .golden file beside it, which CPython 3.2's
// _symtable module and compiled code objects produced for the same program
// (tools/golden/gen_symtable.py regenerates them; its header documents the
// format).
func TestTablesGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/tables/*.py")
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
			want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".golden")
			if err != nil {
				t.Fatal(err)
			}
			mod, err := parser.ParseString(filepath.Base(file), string(src), parser.ExecMode)
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			table, err := Build(mod, Options{Filename: filepath.Base(file)})
			if err != nil {
				t.Fatalf("build: %v", err)
			}
			var b strings.Builder
			dumpBlock(&b, table.Top, 0)
			if got := b.String(); got != string(want) {
				t.Errorf("table differs from CPython's\n%s", diffLines(got, string(want)))
			}
			checkLookup(t, table, table.Top)
		})
	}
}

// dumpBlock writes a block in the format of gen_symtable.py.
func dumpBlock(b *strings.Builder, blk *Block, depth int) {
	ind := strings.Repeat("  ", depth)
	nested := 0
	if blk.Nested {
		nested = 1
	}
	fmt.Fprintf(b, "%s%s %s lineno=%d nested=%d unoptimized=%d params=%s\n",
		ind, blk.Type, blk.Name, blk.Lineno, nested, blk.Unoptimized, strings.Join(blk.Params, ","))
	syms := append([]*Symbol(nil), blk.Symbols()...)
	sort.Slice(syms, func(i, j int) bool { return syms[i].Name < syms[j].Name })
	added := false
	for _, s := range syms {
		fmt.Fprintf(b, "%s  sym %s flags=%d scope=%d\n", ind, s.Name, s.Flags, s.Scope)
		added = added || s.Flags == 0
	}
	if !added {
		names := make([]string, len(blk.order))
		for i, s := range blk.order {
			names[i] = s.Name
		}
		var ordered []string
		for _, i := range dictOrder(names) {
			ordered = append(ordered, names[i])
		}
		fmt.Fprintf(b, "%s  order %s\n", ind, strings.Join(ordered, " "))
	}
	flags := 0
	if blk.Type == FunctionBlock {
		if blk.Varargs {
			flags |= 4
		}
		if blk.Varkeywords {
			flags |= 8
		}
		if blk.Nested {
			flags |= 16
		}
		if blk.Generator {
			flags |= 32
		}
	}
	fmt.Fprintf(b, "%s  code flags=%d cellvars=%s freevars=%s\n",
		ind, flags, strings.Join(blk.CellVars(), ","), strings.Join(blk.FreeVars(), ","))
	for _, c := range blk.Children {
		dumpBlock(b, c, depth+1)
	}
}

// checkLookup verifies that every block is found by its node and knows
// its parent.
func checkLookup(t *testing.T, table *Table, blk *Block) {
	t.Helper()
	if got := table.Lookup(blk.Node); got != blk {
		t.Errorf("Lookup of the node of block %s (line %d) gives %v", blk.Name, blk.Lineno, got)
	}
	for _, c := range blk.Children {
		if c.Parent != blk {
			t.Errorf("block %s (line %d) has the wrong parent", c.Name, c.Lineno)
		}
		checkLookup(t, table, c)
	}
}

// diffLines shows the first lines where got and want differ.
func diffLines(got, want string) string {
	g := strings.Split(got, "\n")
	w := strings.Split(want, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			fmt.Fprintf(&b, "line %d:\n got: %s\nwant: %s\n", i+1, gl, wl)
			if shown++; shown == 10 {
				break
			}
		}
	}
	return b.String()
}
