package py

import (
	"runtime"
	"testing"
	"time"
)

func TestH9CheckTiming(t *testing.T) {
	ba := NewByteArray([]byte("abc"))
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("heap %d KB", ms.HeapAlloc/1024)
	for i := 0; i < 5; i++ {
		NewMemoryView(ba)
		t0 := time.Now()
		runtime.GC()
		t1 := time.Now()
		err := ba.checkResize()
		t.Logf("gc %v check %v err %v", t1.Sub(t0), time.Since(t1), err)
	}
}
