package compiler

import (
	"os"
	"testing"

	"github.com/taipan-py/taipan/parser"
)

func TestAdhocDis(t *testing.T) {
	src, err := os.ReadFile(os.Getenv("ADHOC_SRC"))
	if err != nil {
		t.Skip()
	}
	co, err := compileForTest(src, parser.ExecMode, 0)
	if err != nil {
		t.Fatal(err)
	}
	compareDump(t, "adhoc", dumpCode(co, nil), readLines(t, os.Getenv("ADHOC_DIS")))
}
