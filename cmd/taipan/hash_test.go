package main

import (
	"path/filepath"
	"testing"
)

// Hash randomisation (-R, -E, PYTHONHASHSEED) as CPython 3.2.6 has it: the
// script starts children of the command (this test binary) with each
// setting and checks their hashes and sys.flags against 3.2.6's values.
func TestHashRandomization(t *testing.T) {
	script, err := filepath.Abs(filepath.Join("testdata", "hash_randomization.py"))
	if err != nil {
		t.Fatal(err)
	}
	t.Setenv("PYTHONHASHSEED", "")
	code, out, errOut := execTaipan(t, t.TempDir(), "", script)
	if code != 0 {
		t.Fatalf("status %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
}
