package marshal_test

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/taipan-py/taipan/marshal"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/vm"
)

var thread *py.Thread

func TestMain(m *testing.M) {
	py.Init()
	thread = py.NewThread(vm.NewInterpreter(nil))
	os.Exit(m.Run())
}

func repr(t *testing.T, v py.Object) string {
	t.Helper()
	r, err := py.Repr(thread, v)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return r.String()
}

// excText returns "Type: message" for a Python exception.
func excText(t *testing.T, err error) string {
	t.Helper()
	e, ok := err.(*py.BaseException)
	if !ok {
		t.Fatalf("error %v (%T) is not a Python exception", err, err)
	}
	s, serr := py.StrOf(thread, e)
	if serr != nil {
		t.Fatalf("str of exception: %v", serr)
	}
	return e.Type().Name + ": " + s.String()
}

// TestGolden checks the data CPython 3.2 wrote (testdata/golden.txt, made
// by tools/golden/gen_marshal.py): each value loads to the value 3.2
// loaded (same repr), dumps back to the same bytes in the same version,
// and each malformed input raises 3.2's exception and message.
func TestGolden(t *testing.T) {
	f, err := os.Open("testdata/golden.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	counts := map[string]int{}
	for line := 1; sc.Scan(); line++ {
		fields := strings.Split(sc.Text(), "\t")
		counts[fields[0]]++
		switch fields[0] {
		case "dump":
			version, _ := strconv.Atoi(fields[1])
			data, _ := hex.DecodeString(fields[2])
			v, err := marshal.Loads(data)
			if err != nil {
				t.Errorf("line %d: loads %s: %v", line, fields[2], err)
				continue
			}
			if got := repr(t, v); got != fields[3] {
				t.Errorf("line %d: loads %s = %s, want %s", line, fields[2], got, fields[3])
			}
			out, err := marshal.Dumps(v, version)
			if err != nil {
				t.Errorf("line %d: dumps(%s, %d): %v", line, fields[3], version, err)
				continue
			}
			if !bytes.Equal(out, data) {
				t.Errorf("line %d: dumps(%s, %d) = %x, want %s", line, fields[3], version, out, fields[2])
			}
		case "load":
			data, _ := hex.DecodeString(fields[1])
			v, err := marshal.Loads(data)
			if err != nil {
				t.Errorf("line %d: loads %s: %v", line, fields[1], err)
				continue
			}
			if got := repr(t, v); got != fields[2] {
				t.Errorf("line %d: loads %s = %s, want %s", line, fields[1], got, fields[2])
			}
		case "error":
			data, _ := hex.DecodeString(fields[1])
			v, err := marshal.Loads(data)
			if err == nil {
				t.Errorf("line %d: loads %s = %s, want %s", line, fields[1], repr(t, v), fields[2])
				continue
			}
			if got, want := excText(t, err), fields[2]+": "+fields[3]; got != want {
				t.Errorf("line %d: loads %s: %s, want %s", line, fields[1], got, want)
			}
		case "foreign":
			data, _ := hex.DecodeString(fields[1])
			_, err := marshal.Loads(data)
			if err == nil || excText(t, err) != "ValueError: bad marshal data (CPython code object)" {
				t.Errorf("line %d: loads of CPython code: %v", line, err)
			}
		default:
			t.Fatalf("line %d: unknown case %q", line, fields[0])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if counts["dump"] < 300 || counts["error"] < 50 || counts["load"] < 20 {
		t.Fatalf("golden file too small: %v", counts)
	}
}

func TestLoadsPrefix(t *testing.T) {
	v, n, err := marshal.LoadsPrefix([]byte("(\x02\x00\x00\x00NTextra"))
	if err != nil || n != 7 || repr(t, v) != "(None, True)" {
		t.Fatalf("LoadsPrefix = %v, %d, %v", v, n, err)
	}
}

func TestUnmarshallable(t *testing.T) {
	// Subclass instances of int and str, and objects of other types,
	// are not marshallable; a bytes subclass or a bytearray is written as
	// bytes (through the buffer interface, in 3.2).
	g := runPython(t, `
class I(int): pass
class S(str): pass
class B(bytes): pass
vals = [I(3), S('x'), object(), [1, object()], {1: object()}, (1, {2: [object()]}), {I(1)}, print, type]
ok = [B(b'ab'), bytearray(b'ab')]
`)
	vals := g.GetStr(py.NewStr("vals")).(*py.List)
	for _, v := range vals.Items {
		for version := 0; version <= 2; version++ {
			_, err := marshal.Dumps(v, version)
			if err == nil {
				t.Errorf("dumps(%s) succeeded", repr(t, v))
				continue
			}
			if got := excText(t, err); got != "ValueError: unmarshallable object" {
				t.Errorf("dumps(%s): %s", repr(t, v), got)
			}
		}
	}
	for _, v := range g.GetStr(py.NewStr("ok")).(*py.List).Items {
		out, err := marshal.Dumps(v, 2)
		if err != nil || string(out) != "s\x02\x00\x00\x00ab" {
			t.Errorf("dumps(%s) = %q, %v", repr(t, v), out, err)
		}
	}
}

func TestDepth(t *testing.T) {
	nest := func(n int) py.Object {
		var v py.Object = py.NewList()
		for i := 1; i < n; i++ {
			v = py.NewList(v)
		}
		return v
	}
	// 2000 levels are fine, 2001 are too deep, both ways.
	data, err := marshal.Dumps(nest(2000), 2)
	if err != nil {
		t.Fatalf("dumps of 2000 levels: %v", err)
	}
	if _, err := marshal.Loads(data); err != nil {
		t.Fatalf("loads of 2000 levels: %v", err)
	}
	_, err = marshal.Dumps(nest(2001), 2)
	if err == nil || excText(t, err) != "ValueError: object too deeply nested to marshal" {
		t.Fatalf("dumps of 2001 levels: %v", err)
	}
	data = append(bytes.Repeat([]byte("[\x01\x00\x00\x00"), 2000), "[\x00\x00\x00\x00"...)
	_, err = marshal.Loads(data)
	if err == nil || excText(t, err) != "ValueError: recursion limit exceeded" {
		t.Fatalf("loads of 2001 levels: %v", err)
	}
}

// TestRoundTrip checks values built in Go, not by loading: ints around
// every boundary of the encoding, floats by their bits.
func TestRoundTrip(t *testing.T) {
	var ints []*big.Int
	for _, e := range []uint{0, 1, 14, 15, 16, 29, 30, 31, 32, 33, 44, 45, 46, 59, 60, 61, 62, 63, 64, 65, 100, 1000, 4000} {
		p := new(big.Int).Lsh(big.NewInt(1), e)
		for _, d := range []int64{-1, 0, 1} {
			x := new(big.Int).Add(p, big.NewInt(d))
			ints = append(ints, x, new(big.Int).Neg(x))
		}
	}
	for _, x := range ints {
		v := py.NewBigInt(new(big.Int).Set(x))
		for version := 0; version <= 2; version++ {
			data, err := marshal.Dumps(v, version)
			if err != nil {
				t.Fatalf("dumps(%s): %v", x, err)
			}
			switch {
			case x.IsInt64() && x.Int64() == int64(int32(x.Int64())):
				if data[0] != 'i' || len(data) != 5 {
					t.Errorf("dumps(%s) = %x, want 'i'", x, data)
				}
			case x.IsInt64():
				if data[0] != 'I' || len(data) != 9 {
					t.Errorf("dumps(%s) = %x, want 'I'", x, data)
				}
			default:
				if data[0] != 'l' || len(data) != 5+2*((x.BitLen()+14)/15) {
					t.Errorf("dumps(%s) = %x, want 'l'", x, data)
				}
			}
			back, err := marshal.Loads(data)
			if err != nil {
				t.Fatalf("loads(dumps(%s)): %v", x, err)
			}
			if b := back.(*py.Int).Big(); b.Cmp(x) != 0 {
				t.Errorf("loads(dumps(%s)) = %s", x, b)
			}
		}
	}
	for _, bits := range []uint64{0, 1 << 63, 0x7FF0000000000000, 0xFFF0000000000000, 0x7FF8000000000001,
		0xFFF8000000000000, 1, 0x000FFFFFFFFFFFFF, 0x7FEFFFFFFFFFFFFF, math.Float64bits(0.1)} {
		x := math.Float64frombits(bits)
		data, _ := marshal.Dumps(py.NewFloat(x), 2)
		back, err := marshal.Loads(data)
		if err != nil || math.Float64bits(back.(*py.Float).Float64()) != bits {
			t.Errorf("binary float %#x: %x -> %v, %v", bits, data, back, err)
		}
		data, _ = marshal.Dumps(py.NewFloat(x), 1)
		back, err = marshal.Loads(data)
		y := back.(*py.Float).Float64()
		if err != nil || !(y == x && math.Signbit(x) == math.Signbit(y) || math.IsNaN(x) && math.IsNaN(y)) {
			t.Errorf("text float %#x: %q -> %v, %v", bits, data, y, err)
		}
	}
}

// TestLoadsNeverPanics feeds every prefix and many one-byte changes of
// valid data to Loads.
func TestLoadsNeverPanics(t *testing.T) {
	co := compileSource(t, "def f(a, *b, c=1, **d):\n    return [x for x in b if x > a]\nclass C:\n    def m(self): return super().m()\n")
	data, err := marshal.Dumps(co, 2)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i <= len(data); i++ {
		if _, err := marshal.Loads(data[:i]); err == nil && i < len(data) {
			t.Errorf("truncated at %d/%d: no error", i, len(data))
		}
	}
	buf := make([]byte, len(data))
	for i := range data {
		for _, b := range []byte{0, 1, 0x7F, 0x80, 0xFF, data[i] ^ 0x40} {
			copy(buf, data)
			buf[i] = b
			_, _ = marshal.Loads(buf)
		}
	}
}

func FuzzLoads(f *testing.F) {
	sc := bufio.NewScanner(strings.NewReader(mustRead(f, "testdata/golden.txt")))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		h := fields[1]
		if fields[0] == "dump" {
			h = fields[2]
		}
		if data, err := hex.DecodeString(h); err == nil && len(data) < 4096 {
			f.Add(data)
		}
	}
	for _, src := range []string{"x = 1\n", "def f(a, b=2):\n    return a + b\n", "class C:\n    x = [i for i in range(3)]\n"} {
		co, err := compileString(src)
		if err != nil {
			f.Fatal(err)
		}
		data, _ := marshal.Dumps(co, 2)
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, n, err := marshal.LoadsPrefix(data)
		if err != nil {
			if _, ok := err.(*py.BaseException); !ok {
				t.Fatalf("error %v is not a Python exception", err)
			}
			return
		}
		if n > len(data) {
			t.Fatalf("consumed %d of %d bytes", n, len(data))
		}
		// What loads must dump again (it may differ from the input:
		// 'l' for a small int, text floats, and so on), and load to
		// data that dumps identically.
		out, err := marshal.Dumps(v, 2)
		if err != nil {
			t.Fatalf("dumps of loaded %x: %v", data[:n], err)
		}
		v2, err := marshal.Loads(out)
		if err != nil {
			t.Fatalf("loads of dumps %x: %v", out, err)
		}
		out2, err := marshal.Dumps(v2, 2)
		if err != nil {
			t.Fatalf("dumps of reloaded %x: %v", out, err)
		}
		// A set's order depends on the order its items went in (as in
		// CPython), so only values without sets must dump identically.
		if !hasSet(v) && !bytes.Equal(out, out2) {
			t.Fatalf("second round trip differs: %x vs %x", out, out2)
		}
	})
}

func hasSet(v py.Object) bool {
	switch v := v.(type) {
	case *py.Set:
		return true
	case *py.Tuple:
		for _, it := range v.Items {
			if hasSet(it) {
				return true
			}
		}
	case *py.List:
		for _, it := range v.Items {
			if hasSet(it) {
				return true
			}
		}
	case *py.Dict:
		found := false
		pos := 0
		for {
			k, val, ok := v.Next(&pos)
			if !ok {
				break
			}
			found = found || hasSet(k) || hasSet(val)
		}
		return found
	case *py.Code:
		for _, it := range v.Consts {
			if hasSet(it) {
				return true
			}
		}
	}
	return false
}

func mustRead(f *testing.F, name string) string {
	b, err := os.ReadFile(name)
	if err != nil {
		f.Fatal(err)
	}
	return string(b)
}
