package py

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestNumFormatGolden replays testdata/numfmt.golden (written by
// tools/golden/gen_numfmt.py under CPython 3.2): float repr, str % float,
// format(float, spec) and format(complex, spec), each case with the text
// or the exception 3.2 gave.
func TestNumFormatGolden(t *testing.T) {
	f, err := os.Open("testdata/numfmt.golden")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	th := testThread()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	line, failures := 0, 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 4 {
			t.Fatalf("line %d: %d fields", line, len(fields))
		}
		kind, spec, value, want := fields[0], fields[1], fields[2], fields[3]
		var r Object
		var err error
		switch kind {
		case "r":
			r, err = Repr(th, NewFloat(goldenFloat(t, value)))
		case "%":
			r, err = strPercentFormat(th, NewStr(spec), NewFloat(goldenFloat(t, value)))
		case "f":
			r, err = Format(th, NewFloat(goldenFloat(t, value)), NewStr(spec))
		case "c":
			re, im, _ := strings.Cut(value, ",")
			r, err = Format(th, NewComplex(complex(goldenFloat(t, re), goldenFloat(t, im))), NewStr(spec))
		default:
			t.Fatalf("line %d: unknown kind %q", line, kind)
		}
		got := ""
		if err != nil {
			e, ok := err.(*BaseException)
			if !ok {
				got = "!go error: " + err.Error()
			} else if msg, err := StrOf(th, e); err != nil {
				got = "!str failed: " + err.Error()
			} else {
				got = "!" + e.Type().Name + ": " + msg.s
			}
		} else if s, ok := r.(*Str); ok {
			got = s.s
		} else {
			got = "<" + r.Type().Name + ">"
		}
		if got != want {
			failures++
			if failures <= 40 {
				t.Errorf("line %d: %s %q %s\n got  %q\n want %q", line, kind, spec, value, got, want)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if failures > 0 {
		t.Errorf("%d of %d cases differ", failures, line)
	}
}

// goldenFloat reads a VALUE of numfmt.golden: float.hex() text, or inf,
// -inf, nan.
func goldenFloat(t *testing.T, s string) float64 {
	switch s {
	case "inf":
		return math.Inf(1)
	case "-inf":
		return math.Inf(-1)
	case "nan":
		return math.NaN()
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("bad value %q: %v", s, err)
	}
	return v
}
