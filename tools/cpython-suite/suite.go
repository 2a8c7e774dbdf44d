package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/taipan-py/taipan/lib"
)

// Status is the outcome of one test module.
type Status string

// The statuses of the table. Pass means the module ran to completion with
// no failure and no error.
const (
	Pass        Status = "pass"
	Fail        Status = "fail"         // ran to completion; some test failed
	Error       Status = "error"        // some test (or test_main) raised
	Crash       Status = "crash"        // the interpreter died: Go panic, fatal error, signal
	Timeout     Status = "timeout"      // killed after the time limit
	CannotStart Status = "cannot-start" // the module could not be imported, or skipped itself whole
)

// Statuses lists the statuses in the order totals are printed.
var Statuses = []Status{Pass, Fail, Error, Crash, Timeout, CannotStart}

// Config says what to run and how.
type Config struct {
	LibTest   string        // CPython's Lib/test folder
	Taipan    string        // the interpreter to run
	TestPkg   string        // our `test` package folder; default: the one embedded in this program (lib/python/test)
	Timeout   time.Duration // per module
	Jobs      int           // modules run at once
	Resources string        // regrtest's -u value, "" for none
	Tests     []string      // module names; empty means every test_*.py of LibTest
	Progress  func(done, total int, r Result)
}

// Result is one row of the table.
type Result struct {
	Module  string
	Status  Status
	Run     int
	Passed  int
	Failed  int
	Errors  int
	Skipped int
	Note    string
	Elapsed time.Duration
}

// notTests are test_*.py files of Lib/test that are helpers, not tests
// (the NOTTESTS of our regrtest).
var notTests = map[string]bool{"test_future1": true, "test_future2": true, "test_multibytecodec_support": true}

// FindTests lists the test modules of a Lib/test folder, sorted.
func FindTests(libTest string) ([]string, error) {
	entries, err := os.ReadDir(libTest)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasPrefix(name, "test_") || !strings.HasSuffix(name, ".py") {
			continue
		}
		mod := strings.TrimSuffix(name, ".py")
		if !notTests[mod] {
			names = append(names, mod)
		}
	}
	sort.Strings(names)
	return names, nil
}

// Run runs every selected module (cfg.Tests in their order, or all of
// LibTest sorted), Jobs at a time, and returns one row per module. When
// ctx is cancelled the modules not started have empty rows.
func Run(ctx context.Context, cfg Config) ([]Result, error) {
	tests := append([]string(nil), cfg.Tests...)
	if len(tests) == 0 {
		var err error
		if tests, err = FindTests(cfg.LibTest); err != nil {
			return nil, err
		}
	}
	for i, t := range tests {
		tests[i] = strings.TrimSuffix(filepath.Base(t), ".py")
	}
	taipan := cfg.Taipan
	if !strings.ContainsRune(taipan, filepath.Separator) {
		taipan = "." + string(filepath.Separator) + taipan
	}
	taipan, err := filepath.Abs(taipan)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(taipan); err != nil {
		return nil, fmt.Errorf("interpreter: %w", err)
	}
	cfg.Taipan = taipan
	if cfg.LibTest, err = filepath.Abs(cfg.LibTest); err != nil {
		return nil, err
	}
	work, err := os.MkdirTemp("", "cpython-suite-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(work)
	baseEnv := cleanEnv(os.Environ())
	var own fs.FS
	if cfg.TestPkg != "" {
		own = os.DirFS(cfg.TestPkg)
	} else if own, err = fs.Sub(lib.FS, "test"); err != nil {
		return nil, err
	}
	root := filepath.Join(work, "lib")
	if err := makeTestTree(root, cfg.LibTest, own); err != nil {
		return nil, fmt.Errorf("laying out the tests: %w", err)
	}
	jobs := cfg.Jobs
	if jobs < 1 {
		jobs = 1
	}
	results := make([]Result, len(tests))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				r := runModule(ctx, cfg, work, root, baseEnv, tests[i])
				results[i] = r
				if cfg.Progress != nil {
					mu.Lock()
					done++
					cfg.Progress(done, len(tests), r)
					mu.Unlock()
				}
			}
		}()
	}
loop:
	for i := range tests {
		select {
		case next <- i:
		case <-ctx.Done():
			break loop
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return results, err
	}
	return results, nil
}

// outputLimit bounds how much of a module's stdout and stderr is kept
// (the end is kept: summaries and crashes are at the end).
const outputLimit = 4 << 20

// runModule runs one module in its own interpreter, in a fresh working
// folder, and classifies the outcome.
func runModule(ctx context.Context, cfg Config, work, root string, env []string, module string) Result {
	start := time.Now()
	res := Result{Module: module}
	dir, err := os.MkdirTemp(work, module+"-")
	if err != nil {
		res.Status, res.Note = CannotStart, err.Error()
		return res
	}
	defer os.RemoveAll(dir)
	record := filepath.Join(dir, "record.tsv")
	args := []string{"-m", "test", "-v", "--record", record}
	if cfg.Resources != "" {
		args = append(args, "-u", cfg.Resources)
	}
	args = append(args, module)
	cmd := exec.Command(cfg.Taipan, args...)
	cmd.Dir = dir
	cmd.Env = append(env[:len(env):len(env)], "PYTHONPATH="+root, "TMPDIR="+dir)
	stdout := &tailBuffer{limit: outputLimit}
	stderr := &tailBuffer{limit: outputLimit}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	prepare(cmd)
	timedOut := false
	if err := cmd.Start(); err != nil {
		res.Status, res.Note = CannotStart, err.Error()
		return res
	}
	finished := make(chan error, 1)
	go func() { finished <- cmd.Wait() }()
	timer := time.NewTimer(cfg.Timeout)
	var waitErr error
	select {
	case waitErr = <-finished:
	case <-timer.C:
		timedOut = true
		kill(cmd)
		waitErr = <-finished
	case <-ctx.Done():
		kill(cmd)
		waitErr = <-finished
	}
	timer.Stop()
	res.Elapsed = time.Since(start)
	rec, haveRecord := readRecord(record, module)
	classify(&res, outcome{
		stdout:     stdout.String(),
		stderr:     stderr.String(),
		waitErr:    waitErr,
		timedOut:   timedOut,
		timeout:    cfg.Timeout,
		record:     rec,
		haveRecord: haveRecord,
	})
	return res
}

// cleanEnv is the environment of the interpreters: this one without
// the variables that change how Python runs (PYTHON*, taipan's test
// path) or where temporary files go; the runner sets its own.
func cleanEnv(env []string) []string {
	out := make([]string, 0, len(env))
	for _, kv := range env {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "PYTHON") {
			continue
		}
		switch k {
		case "TAIPAN_TEST_PATH", "TMPDIR", "TEMP", "TMP":
			continue
		}
		out = append(out, kv)
	}
	return out
}

// record is the line regrtest's --record writes for a module.
type record struct {
	outcome                          string
	run, failures, errors, skipped   int
	expectedFailures, unexpectedSucc int
	note                             string
}

func readRecord(path, module string) (record, bool) {
	data, err := os.ReadFile(path)
	if err != nil {
		return record{}, false
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 9 || f[0] != module {
			continue
		}
		var r record
		r.outcome = f[1]
		nums := []*int{&r.run, &r.failures, &r.errors, &r.skipped, &r.expectedFailures, &r.unexpectedSucc}
		ok := true
		for i, p := range nums {
			n, err := strconv.Atoi(f[2+i])
			if err != nil {
				ok = false
				break
			}
			*p = n
		}
		if !ok {
			continue
		}
		if len(f) > 9 {
			r.note = f[9]
		}
		return r, true
	}
	return record{}, false
}

// outcome is everything known about a finished module run.
type outcome struct {
	stdout, stderr string
	waitErr        error
	timedOut       bool
	timeout        time.Duration
	record         record
	haveRecord     bool
}

var (
	goPanic   = regexp.MustCompile(`(?m)^(panic: .*|fatal error: .*|runtime: .*)$`)
	goroutine = regexp.MustCompile(`(?m)^goroutine \d+ (gp=\S+ )?(m=\S+ )?(mp=\S+ )?\[`)
)

// classify fills in the status, counts and note of res.
func classify(res *Result, o outcome) {
	counts := parseCounts(o.stdout)
	if o.haveRecord {
		r := o.record
		counts = testCounts{run: r.run, failures: r.failures, errors: r.errors, skipped: r.skipped}
	}
	res.Run, res.Failed, res.Errors, res.Skipped = counts.run, counts.failures, counts.errors, counts.skipped
	res.Passed = counts.run - counts.failures - counts.errors - counts.skipped
	if res.Passed < 0 {
		res.Passed = 0
	}
	switch {
	case o.timedOut:
		res.Status = Timeout
		res.Note = fmt.Sprintf("killed after %s", o.timeout)
		if last := lastStarted(o.stdout); last != "" {
			res.Note += "; running " + last
		}
		return
	case goroutine.MatchString(o.stderr) || goPanic.MatchString(o.stderr):
		res.Status = Crash
		res.Note = goCrashLine(o.stderr)
		return
	}
	if !o.haveRecord {
		started := strings.Contains(o.stdout, "] "+res.Module+"\n")
		why := lastLine(o.stderr)
		if why == "" {
			why = exitText(o.waitErr)
		}
		if started || isSignal(o.waitErr) {
			res.Status, res.Note = Crash, why
		} else {
			res.Status, res.Note = CannotStart, why
		}
		return
	}
	r := o.record
	switch r.outcome {
	case "cannot_start":
		res.Status, res.Note = CannotStart, r.note
	case "skipped", "resource_denied":
		res.Status, res.Note = CannotStart, "skipped: "+r.note
	case "passed":
		res.Status = Pass
		if res.Failed > 0 || res.Errors > 0 {
			// A test_main that swallowed its failures.
			res.Status, res.Note = Fail, firstProblem(o.stdout)
		}
	default:
		if res.Errors > 0 || res.Failed == 0 {
			res.Status = Error
		} else {
			res.Status = Fail
		}
		res.Note = firstProblem(o.stdout)
		if res.Note == "" || (res.Failed == 0 && res.Errors == 0) {
			res.Note = r.note
			if ex := firstFailedExample(o.stdout); ex != "" && strings.HasSuffix(r.note, "doctests failed") {
				res.Note += "; first: " + ex
			}
		}
	}
	if o.waitErr != nil && res.Status == Pass {
		// The tests passed but the interpreter failed on the way out.
		res.Status, res.Note = Crash, "after the tests: "+nonEmpty(lastLine(o.stderr), exitText(o.waitErr))
	}
}

type testCounts struct{ run, failures, errors, skipped int }

var (
	ranLine    = regexp.MustCompile(`^Ran (\d+) tests? in `)
	resultLine = regexp.MustCompile(`^(OK|FAILED)( \((.*)\))?$`)
	testLine   = regexp.MustCompile(`^\S+ \([\w.]+\)( \.\.\. | \.\.\.$)`)
)

// parseCounts counts the tests of unittest's verbose output: the sum of
// its "Ran N tests" summaries, and the verdicts of the tests that ran
// after the last summary (a run cut short leaves no summary).
func parseCounts(out string) testCounts {
	var total, partial testCounts
	lines := strings.Split(out, "\n")
	inTest := false // a test line announced a result still to come
	for i := 0; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], "\r")
		if m := ranLine.FindStringSubmatch(line); m != nil {
			n, _ := strconv.Atoi(m[1])
			c := testCounts{run: n}
			// The verdict follows after a blank line.
			for j := i + 1; j < len(lines) && j <= i+3; j++ {
				if rm := resultLine.FindStringSubmatch(strings.TrimSpace(lines[j])); rm != nil {
					for _, part := range strings.Split(rm[3], ", ") {
						k, v, ok := strings.Cut(part, "=")
						if !ok {
							continue
						}
						n, _ := strconv.Atoi(v)
						switch k {
						case "failures":
							c.failures = n
						case "errors":
							c.errors = n
						case "skipped":
							c.skipped = n
						}
					}
					i = j
					break
				}
			}
			total.run += c.run
			total.failures += c.failures
			total.errors += c.errors
			total.skipped += c.skipped
			partial = testCounts{}
			inTest = false
			continue
		}
		verdict := ""
		if loc := testLine.FindStringIndex(line); loc != nil {
			verdict = strings.TrimSpace(line[loc[1]:])
			inTest = verdict == ""
		} else if inTest {
			verdict = strings.TrimSpace(line)
		}
		switch {
		case verdict == "":
			continue
		case verdict == "FAIL" || verdict == "unexpected success":
			if verdict == "FAIL" {
				partial.failures++
			}
		case verdict == "ERROR":
			partial.errors++
		case strings.HasPrefix(verdict, "skipped"):
			partial.skipped++
		case verdict == "ok" || verdict == "expected failure":
		default:
			continue // output of the test itself; the verdict comes later
		}
		partial.run++ // a test killed before its verdict does not count
		inTest = false
	}
	total.run += partial.run
	total.failures += partial.failures
	total.errors += partial.errors
	total.skipped += partial.skipped
	return total
}

var problemHeader = regexp.MustCompile(`^(FAIL|ERROR): (\S+)`)

// firstProblem is the first failure or error unittest reported, as
// "FAIL test_name: exception line".
func firstProblem(out string) string {
	lines := strings.Split(out, "\n")
	for i, line := range lines {
		m := problemHeader.FindStringSubmatch(line)
		if m == nil || i == 0 || !strings.HasPrefix(lines[i-1], "=====") {
			continue
		}
		var section []string
		for j := i + 2; j < len(lines); j++ {
			l := strings.TrimRight(lines[j], "\r")
			if strings.HasPrefix(l, "=====") || strings.HasPrefix(l, "-----") {
				break
			}
			section = append(section, l)
		}
		return m[1] + " " + m[2] + ": " + exceptionLine(section)
	}
	return ""
}

// doctestLocation matches the header of a doctest failure report.
var doctestLocation = regexp.MustCompile(`(?m)^File "([^"]*)", line (\d+|\?), in (\S+)\s*\nFailed example:`)

// firstFailedExample says where the first example doctest reported as
// failed is: "line N of FILE (TEST)" (the place, not the text, so that
// reports quote nothing of the test files).
func firstFailedExample(out string) string {
	m := doctestLocation.FindStringSubmatch(out)
	if m == nil {
		return ""
	}
	if m[2] == "?" {
		// A test of a __test__ dict, whose strings have no line.
		return fmt.Sprintf("%s in %s", m[3], filepath.Base(m[1]))
	}
	return fmt.Sprintf("line %s of %s (%s)", m[2], filepath.Base(m[1]), m[3])
}

// exceptionLine finds the line of a traceback that names the exception:
// the last line at the margin that follows an indented (frame) line, or
// else the last line.
func exceptionLine(lines []string) string {
	found, last := "", ""
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		last = strings.TrimSpace(l)
		if i > 0 && l[0] != ' ' && l[0] != '\t' && strings.HasPrefix(lines[i-1], " ") {
			found = l
		}
	}
	if found == "" {
		return last
	}
	return strings.TrimSpace(found)
}

// lastStarted is the last test unittest announced, for a run killed
// halfway.
func lastStarted(out string) string {
	lines := strings.Split(out, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if loc := testLine.FindStringIndex(lines[i]); loc != nil {
			return strings.TrimSuffix(strings.TrimSpace(lines[i][:loc[1]]), " ...")
		}
	}
	return ""
}

// goCrashLine picks the line that says why Go gave up.
func goCrashLine(stderr string) string {
	if m := goPanic.FindString(stderr); m != "" {
		return strings.TrimSpace(m)
	}
	return "Go stack trace on stderr"
}

func lastLine(s string) string {
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	last := ""
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" {
			last = l
		}
	}
	return last
}

func exitText(err error) string {
	if err == nil {
		return "exit status 0"
	}
	return err.Error()
}

func isSignal(err error) bool {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return strings.HasPrefix(ee.Error(), "signal:")
	}
	return false
}

func nonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// tailBuffer keeps (at least) the last limit bytes written to it.
type tailBuffer struct {
	mu      sync.Mutex
	buf     []byte
	limit   int
	dropped bool
}

func (b *tailBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf = append(b.buf, p...)
	if len(b.buf) > 2*b.limit {
		// Trim rarely, so that a chatty test costs linear time.
		b.buf = append(b.buf[:0:0], b.buf[len(b.buf)-b.limit:]...)
		b.dropped = true
	}
	return len(p), nil
}

func (b *tailBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	s := string(b.buf)
	if b.dropped {
		// Start at a line boundary.
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			s = s[i+1:]
		}
	}
	return s
}
