package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// The garbage collector's settings for running Python code.
//
// Python programs allocate many small short-lived objects (ints, floats,
// frames, bound methods) over a live heap that is usually small. Go's
// collector starts a cycle when the heap has grown by GOGC percent (100)
// over what the last cycle found live; over a few megabytes that would
// be a cycle every few megabytes of allocation, and the write barriers
// and marking would take a large part of the time. gcBallast, a large
// allocation the program never touches (address space, not memory),
// raises that floor: a cycle at most every 64 MB of allocation.
//
// A program that keeps a large heap (hundreds of thousands of objects)
// has the opposite problem: doubling it before each cycle costs memory
// the program never needed, and the time to fault those pages in. After
// each cycle gcTune lowers the percentage so that the heap grows by at
// most gcMaxGrowth over what was live (but by no less than gcMinPercent),
// trading a few more cycles for a heap that stays near its live size.
// GOGC in the environment turns all of this off.

var gcBallast []byte

const (
	gcMaxGrowth  = 256 << 20
	gcMinPercent = 25
)

// tuneGC sets the garbage collector up for running Python code.
func tuneGC() {
	if os.Getenv("GOGC") != "" {
		return
	}
	gcBallast = make([]byte, 64<<20)
	s := new(gcSentinel)
	runtime.SetFinalizer(s, gcTune)
}

// gcSentinel is an object whose finalizer runs once per collection: it
// makes itself reachable again each time.
type gcSentinel struct{ _ [16]byte }

var (
	gcLive    = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	gcPercent = 100
)

// gcTune sets the percentage for the next cycle from the heap the last
// one found live (see above), and re-arms itself for the next cycle.
func gcTune(s *gcSentinel) {
	metrics.Read(gcLive)
	if gcLive[0].Value.Kind() == metrics.KindUint64 {
		if p := gcPercentFor(gcLive[0].Value.Uint64()); p != gcPercent {
			gcPercent = p
			debug.SetGCPercent(p)
		}
	}
	runtime.SetFinalizer(s, gcTune)
}

// gcPercentFor is the GOGC percentage after a cycle that found live
// bytes live: 100, or less so that the heap grows by at most gcMaxGrowth,
// but never below gcMinPercent.
func gcPercentFor(live uint64) int {
	if live <= gcMaxGrowth {
		return 100
	}
	return max(int(gcMaxGrowth*100/live), gcMinPercent)
}
