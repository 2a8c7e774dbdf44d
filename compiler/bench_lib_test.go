package compiler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/symtable"
)

func TestTimeLib(t *testing.T) {
	lib := os.Getenv("TAIPAN_CPYTHON_LIB")
	if lib == "" {
		t.Skip()
	}
	var mods []ast.ModType
	filepath.Walk(lib, func(p string, info os.FileInfo, err error) error {
		if strings.HasSuffix(p, ".py") {
			src, _ := os.ReadFile(p)
			if m, err := parser.Parse("<s>", src, parser.ExecMode); err == nil {
				mods = append(mods, m)
			}
		}
		return nil
	})
	t0 := time.Now()
	for _, m := range mods {
		symtable.Build(m, symtable.Options{})
	}
	t1 := time.Now()
	for _, m := range mods {
		Check(m, Options{})
	}
	t2 := time.Now()
	for _, m := range mods {
		Compile(m, Options{})
	}
	t3 := time.Now()
	t.Logf("%d modules: symtable %v, check %v, compile %v", len(mods), t1.Sub(t0), t2.Sub(t1), t3.Sub(t2))
}
