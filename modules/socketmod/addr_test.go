package socketmod

import "testing"

func TestInetAton(t *testing.T) {
	for _, c := range []struct {
		in   string
		want [4]byte
		ok   bool
	}{
		{"1.2.3.4", [4]byte{1, 2, 3, 4}, true},
		{"127.1", [4]byte{127, 0, 0, 1}, true},
		{"0x7f.1", [4]byte{127, 0, 0, 1}, true},
		{"017.0.0.1", [4]byte{15, 0, 0, 1}, true},
		{"1", [4]byte{0, 0, 0, 1}, true},
		{"1.2.65535", [4]byte{1, 2, 255, 255}, true},
		{"1.2.3.4 trailing", [4]byte{1, 2, 3, 4}, true},
		{"1.2.65536", [4]byte{}, false},
		{"256.1.1.1", [4]byte{}, false},
		{"1.2.3.4.5", [4]byte{}, false},
		{"1.2.3.4junk", [4]byte{}, false},
		{"", [4]byte{}, false},
		{"1..2", [4]byte{}, false},
		{"08.1.1.1", [4]byte{}, false},
	} {
		got, ok := inetAton(c.in)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("inetAton(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestParseDottedQuad(t *testing.T) {
	for in, ok := range map[string]bool{
		"127.0.0.1": true, "255.255.255.255": true, "127.1": false,
		"1.2.3.256": false, "01.2.3.4": true, "1.2.3.": false, "a.b.c.d": false,
	} {
		if _, got := parseDottedQuad(in); got != ok {
			t.Errorf("parseDottedQuad(%q) ok = %v, want %v", in, got, ok)
		}
	}
}

func TestUnixAddrLength(t *testing.T) {
	// A path gets its terminating NUL; an abstract name is taken whole.
	if sa := unixAddr("/tmp/x"); sa.len != 2+6+1 {
		t.Errorf("path length %d", sa.len)
	}
	if sa := unixAddr("\x00ab\x00c"); sa.len != 2+5 {
		t.Errorf("abstract length %d", sa.len)
	}
}
