package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// TestProcessesImportNewModuleAtOnce starts two taipan processes that
// import the same new module at the same moment, several times over, each
// time with no bytecode cache yet: both must run correctly (neither may
// read the other's half-written cache file), and the cache they leave
// must be complete, so that a third process imports from it.
func TestProcessesImportNewModuleAtOnce(t *testing.T) {
	dir := t.TempDir()
	var src strings.Builder
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&src, "def f%d(x):\n    return x + %d\n", i, i)
	}
	src.WriteString("TOTAL = sum(globals()['f%d' % i](1) for i in range(400))\n")
	if err := os.WriteFile(filepath.Join(dir, "shared_mod.py"), []byte(src.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.py"), []byte("import shared_mod\nprint(shared_mod.TOTAL, shared_mod.__cached__ is not None)\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// The environment a user's machine has: bytecode writing on (the CI
	// machines set PYTHONDONTWRITEBYTECODE).
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHON") {
			env = append(env, kv)
		}
	}
	env = append(env, "TAIPAN_TEST_MAIN=1")
	run := func() (string, error) {
		cmd := exec.Command(os.Args[0], "main.py")
		cmd.Dir, cmd.Env = dir, env
		var out, errOut bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errOut
		if err := cmd.Run(); err != nil {
			return "", fmt.Errorf("%v: %s", err, errOut.String())
		}
		return out.String(), nil
	}
	want := fmt.Sprintf("%d True\n", 400+399*400/2)
	cache := filepath.Join(dir, "__pycache__")
	for round := 0; round < 4; round++ {
		if err := os.RemoveAll(cache); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		outs, errs := make([]string, 2), make([]error, 2)
		for i := range outs {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				outs[i], errs[i] = run()
			}(i)
		}
		wg.Wait()
		for i := range outs {
			if errs[i] != nil || outs[i] != want {
				t.Fatalf("round %d, process %d: %q, %v", round, i, outs[i], errs[i])
			}
		}
		entries, err := os.ReadDir(cache)
		if err != nil {
			t.Fatalf("round %d: no cache written: %v", round, err)
		}
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		if len(names) != 1 || names[0] != "shared_mod.taipan-32.pyc" {
			t.Fatalf("round %d: cache folder holds %v (a temporary file left behind?)", round, names)
		}
		// The cache is complete: a third process reads it.
		if out, err := run(); err != nil || out != want {
			t.Fatalf("round %d, from the cache: %q, %v", round, out, err)
		}
	}
}
