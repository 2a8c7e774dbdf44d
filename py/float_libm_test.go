package py

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestLibm compares the correctly rounded functions with glibc's results,
// as CPython 3.2's math module returned them (testdata/libm.txt, made by
// testdata/libm_gen.py): inputs and outputs in hex, or the exception
// math raised.
func TestLibm(t *testing.T) {
	file := "testdata/libm.txt"
	if f := os.Getenv("LIBM_FILE"); f != "" {
		file = f
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, bad := 0, 0
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		args := make([]float64, len(fields)-2)
		for i, s := range fields[1 : len(fields)-1] {
			args[i], err = strconv.ParseFloat(s, 64)
			if err != nil {
				t.Fatal(err)
			}
		}
		want := fields[len(fields)-1]
		var got float64
		switch fields[0] {
		case "sin":
			got = LibmSin(args[0])
		case "cos":
			got = LibmCos(args[0])
		case "exp":
			got = LibmExp(args[0])
		case "log":
			got = LibmLog(args[0])
		case "atan2":
			got = LibmAtan2(args[0], args[1])
		case "hypot":
			got = hypot(args[0], args[1])
		case "pow":
			got = cPow(args[0], args[1])
		}
		n++
		gotText := strconv.FormatFloat(got, 'x', -1, 64)
		if want == "OverflowError" || want == "ValueError" {
			if !math.IsInf(got, 0) && !math.IsNaN(got) {
				bad++
				t.Errorf("%s%v = %s, want %s", fields[0], args, gotText, want)
			}
			continue
		}
		w, err := strconv.ParseFloat(want, 64)
		if err != nil {
			t.Fatal(err)
		}
		if got != w && !(math.IsNaN(got) && math.IsNaN(w)) {
			bad++
			if bad < 40 {
				t.Errorf("%s%v = %s (%v), want %s (%v)", fields[0], args, gotText, got, want, w)
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d of %d differ", bad, n)
	}
}
