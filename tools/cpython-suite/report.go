package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Totals sums a table.
type Totals struct {
	Modules  int
	ByStatus map[Status]int
	Run      int
	Passed   int
	Failed   int
	Errors   int
	Skipped  int
}

// Sum adds up the rows.
func Sum(results []Result) Totals {
	t := Totals{ByStatus: map[Status]int{}}
	for _, r := range results {
		if r.Module == "" {
			continue // never ran (interrupted)
		}
		t.Modules++
		t.ByStatus[r.Status]++
		t.Run += r.Run
		t.Passed += r.Passed
		t.Failed += r.Failed
		t.Errors += r.Errors
		t.Skipped += r.Skipped
	}
	return t
}

// Reason is a note shared by several modules that could not start.
type Reason struct {
	Note    string
	Modules []string
}

// CannotStartReasons groups the modules that could not start by their
// note, most common first.
func CannotStartReasons(results []Result) []Reason {
	byNote := map[string][]string{}
	for _, r := range results {
		if r.Status == CannotStart {
			byNote[r.Note] = append(byNote[r.Note], r.Module)
		}
	}
	reasons := make([]Reason, 0, len(byNote))
	for note, mods := range byNote {
		reasons = append(reasons, Reason{note, mods})
	}
	sort.Slice(reasons, func(i, j int) bool {
		a, b := reasons[i], reasons[j]
		if len(a.Modules) != len(b.Modules) {
			return len(a.Modules) > len(b.Modules)
		}
		return a.Note < b.Note
	})
	return reasons
}

// cell makes text safe inside a Markdown table cell.
func cell(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = strings.ReplaceAll(s, "|", `\|`)
	if len(s) > 200 {
		s = s[:197] + "..."
	}
	return s
}

// WriteTable writes the table, one row per module.
func WriteTable(w io.Writer, results []Result) {
	fmt.Fprintln(w, "| module | status | run | passed | failed | errors | skipped | note |")
	fmt.Fprintln(w, "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |")
	for _, r := range results {
		if r.Module == "" {
			continue
		}
		fmt.Fprintf(w, "| %s | %s | %d | %d | %d | %d | %d | %s |\n",
			r.Module, r.Status, r.Run, r.Passed, r.Failed, r.Errors, r.Skipped, cell(r.Note))
	}
}

// WriteTotals writes the totals: modules by status, then tests.
func WriteTotals(w io.Writer, t Totals) {
	var parts []string
	for _, s := range Statuses {
		parts = append(parts, fmt.Sprintf("%s %d", s, t.ByStatus[s]))
	}
	fmt.Fprintf(w, "Modules: %d (%s)\n", t.Modules, strings.Join(parts, ", "))
	fmt.Fprintf(w, "Tests: %d run, %d passed, %d failed, %d errors, %d skipped\n",
		t.Run, t.Passed, t.Failed, t.Errors, t.Skipped)
}

// WriteReasons writes the n most common reasons modules could not start.
func WriteReasons(w io.Writer, reasons []Reason, n int) {
	if len(reasons) > n {
		reasons = reasons[:n]
	}
	for i, r := range reasons {
		mods := r.Modules
		more := ""
		if len(mods) > 6 {
			more = fmt.Sprintf(", ... (%d more)", len(mods)-6)
			mods = mods[:6]
		}
		fmt.Fprintf(w, "%d. %s — %d modules: %s%s\n", i+1, cell(r.Note), len(r.Modules), strings.Join(mods, ", "), more)
	}
}

// WriteMarkdown writes the whole report as a Markdown document.
func WriteMarkdown(w io.Writer, results []Result, header string) {
	t := Sum(results)
	fmt.Fprintln(w, "# CPython 3.2's regression suite under Taipan")
	fmt.Fprintln(w)
	if header != "" {
		fmt.Fprintln(w, header)
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "## Totals")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| status | modules |")
	fmt.Fprintln(w, "| --- | ---: |")
	for _, s := range Statuses {
		fmt.Fprintf(w, "| %s | %d |\n", s, t.ByStatus[s])
	}
	fmt.Fprintf(w, "| all | %d |\n", t.Modules)
	fmt.Fprintln(w)
	fmt.Fprintf(w, "Individual tests: %d run, %d passed, %d failed, %d errors, %d skipped.\n",
		t.Run, t.Passed, t.Failed, t.Errors, t.Skipped)
	fmt.Fprintln(w)
	if reasons := CannotStartReasons(results); len(reasons) > 0 {
		fmt.Fprintln(w, "## Most common reasons modules cannot start")
		fmt.Fprintln(w)
		WriteReasons(w, reasons, 10)
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "## Modules")
	fmt.Fprintln(w)
	WriteTable(w, results)
}
