package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

var (
	buildOnce sync.Once
	taipanBin string
	buildErr  error
	buildDir  string
)

func TestMain(m *testing.M) {
	status := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(status)
}

// buildTaipan builds the interpreter (once) into a temporary folder.
func buildTaipan(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		goTool, err := exec.LookPath("go")
		if err != nil {
			goTool = filepath.Join(runtime.GOROOT(), "bin", "go")
		}
		if buildDir, buildErr = os.MkdirTemp("", "cpython-suite-test-"); buildErr != nil {
			return
		}
		taipanBin = filepath.Join(buildDir, "taipan")
		if runtime.GOOS == "windows" {
			taipanBin += ".exe"
		}
		cmd := exec.Command(goTool, "build", "-o", taipanBin, "github.com/taipan-py/taipan/cmd/taipan")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("building taipan: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return taipanBin
}

// TestFixture runs the runner over testdata/, a Lib/test-like folder of
// our own with one module of each kind, and checks every row of the
// table.
func TestFixture(t *testing.T) {
	bin := buildTaipan(t)
	cfg := Config{LibTest: "testdata", Taipan: bin, Timeout: 5 * time.Second, Jobs: 2}
	results, err := Run(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		module                               string
		status                               Status
		run, passed, failed, errors, skipped int
		note                                 string // the note contains this
	}{
		{"test_cannot_start", CannotStart, 0, 0, 0, 0, 0, "ImportError: No module named no_such_module_for_the_runner_test"},
		{"test_dies", Crash, 1, 1, 0, 0, 0, "exit status 3"},
		{"test_doctests", Fail, 3, 2, 1, 0, 0, "1 of 3 doctests failed; first: line 7 of test_doctests.py (test.test_doctests)"},
		{"test_erroring", Error, 3, 1, 1, 1, 0, "ERROR test_lookup: KeyError: 'missing'"},
		{"test_failing", Fail, 3, 2, 1, 0, 0, "FAIL test_wrong_sum: AssertionError: 6 != 7"},
		{"test_missing_module", CannotStart, 0, 0, 0, 0, 0, "skipped: No module named no_such_module_under_test"},
		{"test_passing", Pass, 4, 4, 0, 0, 0, ""},
		{"test_skipping", Pass, 4, 1, 0, 0, 3, ""},
		{"test_timeout", Timeout, 1, 1, 0, 0, 0, "running test_spin (test.test_timeout.Forever)"},
	}
	if len(results) != len(want) {
		t.Fatalf("got %d rows, want %d: %+v", len(results), len(want), results)
	}
	for i, w := range want {
		r := results[i]
		if r.Module != w.module || r.Status != w.status || r.Run != w.run || r.Passed != w.passed ||
			r.Failed != w.failed || r.Errors != w.errors || r.Skipped != w.skipped || !strings.Contains(r.Note, w.note) {
			t.Errorf("row %d:\n got %s %s run=%d passed=%d failed=%d errors=%d skipped=%d note=%q\nwant %s %s run=%d passed=%d failed=%d errors=%d skipped=%d note containing %q",
				i, r.Module, r.Status, r.Run, r.Passed, r.Failed, r.Errors, r.Skipped, r.Note,
				w.module, w.status, w.run, w.passed, w.failed, w.errors, w.skipped, w.note)
		}
		if w.status == Pass && r.Note != "" {
			t.Errorf("%s passed with a note: %q", r.Module, r.Note)
		}
	}

	var table bytes.Buffer
	WriteTable(&table, results)
	WriteTotals(&table, Sum(results))
	for _, line := range []string{
		"| module | status | run | passed | failed | errors | skipped | note |",
		"| test_failing | fail | 3 | 2 | 1 | 0 | 0 | FAIL test_wrong_sum: AssertionError: 6 != 7 |",
		"| test_passing | pass | 4 | 4 | 0 | 0 | 0 |  |",
		"Modules: 9 (pass 2, fail 2, error 1, crash 1, timeout 1, cannot-start 2)",
		"Tests: 19 run, 12 passed, 3 failed, 1 errors, 3 skipped",
	} {
		if !strings.Contains(table.String(), line+"\n") {
			t.Errorf("table lacks the line %q:\n%s", line, table.String())
		}
	}
}

// TestFixtureSelected runs named modules only, through main's flags,
// and writes the Markdown report.
func TestFixtureSelected(t *testing.T) {
	bin := buildTaipan(t)
	out := filepath.Join(t.TempDir(), "report.md")
	status := run([]string{"-lib", "testdata", "-taipan", bin, "-timeout", "10s", "-q", "-mem", "0", "-o", out, "test_passing.py", "test_failing"})
	if status != 0 {
		t.Fatalf("exit status %d", status)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	md := string(data)
	for _, s := range []string{"| pass | 1 |", "| fail | 1 |", "| all | 2 |",
		"Individual tests: 7 run, 6 passed, 1 failed, 0 errors, 0 skipped.",
		"| test_passing | pass | 4 | 4 | 0 | 0 | 0 |  |"} {
		if !strings.Contains(md, s) {
			t.Errorf("report lacks %q:\n%s", s, md)
		}
	}
	if strings.Contains(md, "test_erroring") {
		t.Errorf("report has a module that was not selected:\n%s", md)
	}
}

func TestParseCounts(t *testing.T) {
	out := `[1/1] test_x
test_a (test.test_x.A) ... ok
test_b (test.test_x.A) ... FAIL
test_c (test.test_x.A) ... some output of the test
ERROR
test_d (test.test_x.A) ... skipped 'no'
test_e (test.test_x.A) ... expected failure

----------------------------------------------------------------------
Ran 5 tests in 0.010s

FAILED (failures=1, errors=1, skipped=1, expected failures=1)
test_f (test.test_x.B) ... ok
Ran 1 test in 0.001s

OK
test_g (test.test_x.C) ... ok
test_h (test.test_x.C) ... skipped 'later'
test_i (test.test_x.C) ... `
	got := parseCounts(out)
	want := testCounts{run: 8, failures: 1, errors: 1, skipped: 2}
	if got != want {
		t.Errorf("parseCounts = %+v, want %+v", got, want)
	}
}

func TestClassifyGoCrash(t *testing.T) {
	stderr := "some output\npanic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 gp=0xc000002380 m=0 mp=0x6a2f20 [running]:\nmain.main()\n"
	var r Result
	classify(&r, outcome{stderr: stderr, waitErr: errors.New("exit status 2"),
		haveRecord: true, record: record{outcome: "passed", run: 3}})
	if r.Status != Crash || r.Note != "panic: runtime error: index out of range [3] with length 3" {
		t.Errorf("got %s %q", r.Status, r.Note)
	}
	r = Result{}
	classify(&r, outcome{stderr: "fatal error: out of memory\n", waitErr: errors.New("exit status 2")})
	if r.Status != Crash || r.Note != "fatal error: out of memory" {
		t.Errorf("got %s %q", r.Status, r.Note)
	}
}

func TestExceptionLine(t *testing.T) {
	lines := []string{
		"Traceback (most recent call last):",
		`  File "x.py", line 3, in test_s`,
		"    self.assertEqual('x', 'y')",
		"AssertionError: 'x' != 'y'",
		"- x",
		"+ y",
	}
	if got := exceptionLine(lines); got != "AssertionError: 'x' != 'y'" {
		t.Errorf("exceptionLine = %q", got)
	}
}

func TestTailBuffer(t *testing.T) {
	b := &tailBuffer{limit: 10}
	for i := 0; i < 10; i++ {
		b.Write([]byte("line " + string(rune('a'+i)) + "\n"))
	}
	s := b.String()
	if !strings.HasSuffix(s, "line j\n") || len(s) > 20 || strings.Contains(s, "line a") {
		t.Errorf("tail = %q", s)
	}
}

func TestFirstFailedExample(t *testing.T) {
	out := "Trying:\n    x\n**********************************************************************\n" +
		"File \"/tmp/lib/test/test_g.py\", line ?, in test.test_g.__test__.doctests\nFailed example:\n    x\n"
	if got := firstFailedExample(out); got != "test.test_g.__test__.doctests in test_g.py" {
		t.Errorf("firstFailedExample = %q", got)
	}
	if got := firstFailedExample("no failures\n"); got != "" {
		t.Errorf("firstFailedExample = %q", got)
	}
}
