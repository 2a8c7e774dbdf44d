package py

import (
	"runtime"
	"testing"
)

func TestGetBuffer(t *testing.T) {
	b, err := GetBuffer(NewBytes("abc"), false)
	if err != nil || string(b) != "abc" {
		t.Fatalf("bytes: %q %v", b, err)
	}
	if _, err := GetBuffer(NewBytes("abc"), true); ctrErr(err) != "BufferError: Object is not writable." {
		t.Fatalf("writable bytes: %v", ctrErr(err))
	}
	ba := NewByteArray([]byte("xyz"))
	w, err := GetBuffer(ba, true)
	if err != nil {
		t.Fatal(err)
	}
	w[0] = 'X'
	if string(ba.Bytes()) != "Xyz" {
		t.Fatalf("write through the buffer: %q", ba.Bytes())
	}
	if _, err := GetBuffer(NewStr("s"), false); ctrErr(err) != "TypeError: 'str' does not support the buffer interface" {
		t.Fatalf("str: %v", ctrErr(err))
	}
	if HasBuffer(NewStr("s")) || !HasBuffer(ba) {
		t.Fatal("HasBuffer")
	}
}

func TestMemoryViewExports(t *testing.T) {
	ba := NewByteArray([]byte("abcdef"))
	m, err := NewMemoryView(ba)
	if err != nil {
		t.Fatal(err)
	}
	if !ba.exports.Active() {
		t.Fatal("a view holds an export")
	}
	if err := ba.checkResize(); ctrErr(err) != "BufferError: Existing exports of data: object cannot be re-sized" {
		t.Fatalf("resize with a live view: %v", ctrErr(err))
	}
	if string(m.BufferBytes()) != "abcdef" || m.BufferReadOnly() {
		t.Fatal("view of a bytearray")
	}
	m.Release()
	m.Release()
	if ba.exports.Active() || ba.checkResize() != nil {
		t.Fatal("release gives the export back, once")
	}
	if _, err := m.live(); ctrErr(err) != "ValueError: operation forbidden on released memoryview object" {
		t.Fatalf("released: %v", ctrErr(err))
	}
	runtime.KeepAlive(m)

	// A dropped view gives its export back when collected.
	func() {
		v, _ := NewMemoryView(ba)
		_ = v.BufferBytes()
	}()
	if err := ba.checkResize(); err != nil {
		t.Fatalf("dropped view: %v", err)
	}
	if ba.exports.falseAlarms != 1 {
		t.Fatalf("false alarms: %d", ba.exports.falseAlarms)
	}
}

func TestMemoryViewShrunkExporter(t *testing.T) {
	// An exporter that stopped counting views (too many false alarms) may
	// shrink under a view; the view then sees what is left.
	ba := NewByteArray([]byte("abcdef"))
	m, _ := NewMemoryView(ba)
	ba.exports.falseAlarms = bufferFalseAlarmLimit
	if err := ba.checkResize(); err != nil {
		t.Fatal(err)
	}
	ba.b = ba.b[:2]
	if got := string(m.BufferBytes()); got != "ab" {
		t.Fatalf("shrunk: %q", got)
	}
	sub := newView(ba, 4, 2, "B", 1, false)
	if got := sub.BufferBytes(); len(got) != 0 {
		t.Fatalf("beyond the end: %q", got)
	}
	runtime.KeepAlive(m)
}
