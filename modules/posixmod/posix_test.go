package posixmod

import (
	"testing"

	"github.com/taipan-py/taipan/py"
)

func TestStrerror(t *testing.T) {
	for n, want := range map[int]string{
		0: "Success", 2: "No such file or directory", 13: "Permission denied",
		11: "Resource temporarily unavailable", 9999: "Unknown error 9999", -1: "Unknown error -1",
	} {
		if got := Strerror(n); got != want {
			t.Errorf("Strerror(%d) = %q, want %q", n, got, want)
		}
	}
}

// A str path with surrogates (undecodable bytes) becomes those bytes, and
// file names from the system come back as the same str.
func TestPathRoundTrip(t *testing.T) {
	py.Init()
	th := py.NewThread(&py.Interp{RecursionLimit: 100, Modules: py.NewDict()})
	raw := "n\xff\xfe/é"
	s, err := fsDecode(th, raw)
	if err != nil {
		t.Fatal(err)
	}
	p, err := fsPath(th, s)
	if err != nil {
		t.Fatal(err)
	}
	if p.b != raw || p.bytes {
		t.Errorf("fsPath(fsDecode(%q)) = %q (bytes %v)", raw, p.b, p.bytes)
	}
	b, err := fsPath(th, py.NewBytes(raw))
	if err != nil || b.b != raw || !b.bytes {
		t.Errorf("fsPath(bytes) = %q, %v, %v", b.b, b.bytes, err)
	}
	if _, err := fsPath(th, py.NewStr("a\x00b")); err == nil {
		t.Error("a NUL in a path was accepted")
	}
	if _, err := fsPath(th, py.NewInt(1)); err == nil {
		t.Error("an int path was accepted")
	}
}
