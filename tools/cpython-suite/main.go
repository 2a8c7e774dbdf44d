// Command cpython-suite runs CPython 3.2's regression tests (the test_*.py
// files of its Lib/test folder, kept outside this repository) under
// taipan and prints a table of the results, one row per test module:
//
//	| module | status | run | passed | failed | errors | skipped | note |
//
// followed by totals. Usage:
//
//	go run ./tools/cpython-suite -lib /path/to/python3.2/Lib/test -taipan ./taipan \
//	    [-timeout 120s] [-j 2] [-o results.md] [-u RES] [tests...]
//
// Each module runs in its own interpreter process, in a fresh temporary
// working folder, as `taipan -m test -v --record FILE MODULE`. The `test`
// package it finds (PYTHONPATH) is one made for the run: CPython's
// Lib/test, its files linked and unmodified, with our own test package's
// files (lib/python/test: support.py, regrtest.py, script_helper.py, ...,
// as embedded in this program, or those of -testpkg) copied in place of
// CPython's. So `test.test_grammar` is CPython's file and `test.support`
// is ours, and data files are found beside either (see layout.go).
//
// regrtest's --record line gives the outcome of the module (passed,
// failed, cannot_start, skipped, ...) and the counts of tests run through
// test.support; when there is none (the process died or was killed) the
// counts come from unittest's verbose output. A Go panic or fatal error
// on stderr is a crash whatever else happened.
//
// Statuses: pass (ran to completion, no failure, no error), fail (some
// test failed), error (some test raised, or test_main did), crash (the
// interpreter died), timeout, cannot-start (the module could not be
// imported, or skipped itself whole; the note says why).
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	fs := flag.NewFlagSet("cpython-suite", flag.ContinueOnError)
	lib := fs.String("lib", "", "CPython 3.2's Lib/test folder (required)")
	taipan := fs.String("taipan", "./taipan", "the interpreter to run the tests with")
	timeout := fs.Duration("timeout", 120*time.Second, "time limit of one test module")
	jobs := fs.Int("j", 1, "test modules run at once")
	out := fs.String("o", "", "also write the report as Markdown to this file")
	use := fs.String("u", "", "resources to enable, as regrtest's -u (network, cpu, ...)")
	testPkg := fs.String("testpkg", "", "our `test` package folder, whose files replace CPython's (default: lib/python/test as built into this program)")
	mem := fs.String("mem", "4G", "address-space limit of each interpreter (K, M, G suffix; 0 for none; Linux only)")
	quiet := fs.Bool("q", false, "no progress lines on stderr")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "usage: cpython-suite -lib PATH/Lib/test [-taipan ./taipan] [-timeout 120s] [-j N] [-o results.md] [-u RES] [tests...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *lib == "" {
		fs.Usage()
		return 2
	}
	if limit, err := parseSize(*mem); err != nil {
		fmt.Fprintln(os.Stderr, "cpython-suite: -mem:", err)
		return 2
	} else if limit > 0 {
		if err := limitMemory(limit); err != nil {
			fmt.Fprintln(os.Stderr, "cpython-suite: -mem:", err)
			return 2
		}
	}
	cfg := Config{
		LibTest:   *lib,
		Taipan:    *taipan,
		TestPkg:   *testPkg,
		Timeout:   *timeout,
		Jobs:      *jobs,
		Resources: *use,
		Tests:     fs.Args(),
	}
	if !*quiet {
		cfg.Progress = func(done, total int, r Result) {
			fmt.Fprintf(os.Stderr, "[%d/%d] %s %s (%.1fs) %s\n", done, total, r.Module, r.Status, r.Elapsed.Seconds(), r.Note)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	results, err := Run(ctx, cfg)
	if err != nil && results == nil {
		fmt.Fprintln(os.Stderr, "cpython-suite:", err)
		return 1
	}
	WriteTable(os.Stdout, results)
	fmt.Println()
	WriteTotals(os.Stdout, Sum(results))
	if reasons := CannotStartReasons(results); len(reasons) > 0 {
		fmt.Println()
		fmt.Println("Most common reasons modules cannot start:")
		WriteReasons(os.Stdout, reasons, 10)
	}
	if *out != "" {
		f, ferr := os.Create(*out)
		if ferr != nil {
			fmt.Fprintln(os.Stderr, "cpython-suite:", ferr)
			return 1
		}
		header := fmt.Sprintf("Made by `tools/cpython-suite` (see docs/TESTING.md) from the `Lib/test` of CPython 3.2.6, "+
			"each module in its own taipan process with a time limit of %s (memory limit %s). "+
			"`pass`: ran to completion with no failure and no error; `fail`: some test failed; `error`: some test raised; "+
			"`crash`: the interpreter died; `cannot-start`: the module could not be imported or skipped itself whole (the note says why). "+
			"Resources enabled: %s.", *timeout, *mem, nonEmpty(*use, "none"))
		WriteMarkdown(f, results, header)
		if ferr := f.Close(); ferr != nil {
			fmt.Fprintln(os.Stderr, "cpython-suite:", ferr)
			return 1
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "cpython-suite:", err)
		return 1
	}
	return 0
}

// parseSize reads a byte count such as 2G, 512M or 0.
func parseSize(s string) (uint64, error) {
	s = strings.TrimSpace(strings.ToUpper(s))
	mult := uint64(1)
	switch {
	case strings.HasSuffix(s, "K"):
		mult, s = 1<<10, s[:len(s)-1]
	case strings.HasSuffix(s, "M"):
		mult, s = 1<<20, s[:len(s)-1]
	case strings.HasSuffix(s, "G"):
		mult, s = 1<<30, s[:len(s)-1]
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("bad size %q", s)
	}
	return uint64(n * float64(mult)), nil
}
