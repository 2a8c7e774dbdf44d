package selectmod

import (
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/taipan-py/taipan/modules/signalmod"
	"github.com/taipan-py/taipan/py"
)

// waitSlice is the longest a wait stays in the system before it looks
// for signals: a signal is delivered to Go's runtime, not to the thread
// that waits, so the wait itself is not interrupted.
const waitSlice = 50 * time.Millisecond

// sliced runs wait(ms) in slices of at most waitSlice until it reports
// something (a count above 0, or an error) or timeout has passed
// (timeout < 0: no limit), running the Python handlers of the signals
// that arrive meanwhile; an exception one raises ends the wait. The
// interpreter's signal handling is set up (as time.sleep sets it up)
// the first time a wait lasts longer than a slice, so that Control-C
// reaches a program blocked here as a KeyboardInterrupt.
func sliced(t *py.Thread, timeout time.Duration, wait func(ms int) (int, error)) (int, error) {
	var deadline time.Time
	if timeout >= 0 {
		deadline = time.Now().Add(timeout)
	}
	first := true
	for {
		slice := waitSlice
		if timeout >= 0 {
			left := time.Until(deadline)
			if left < 0 {
				left = 0
			}
			if left < slice {
				slice = left
			}
		}
		ms := int((slice + time.Millisecond - 1) / time.Millisecond)
		n, err := wait(ms)
		if err != nil && err != syscall.EINTR {
			return n, err
		}
		if n > 0 {
			return n, nil
		}
		if first {
			first = false
			if err := signalmod.Sleep(t, 0); err != nil {
				return 0, err
			}
		} else if err := signalmod.CheckSignals(t); err != nil {
			return 0, err
		}
		if timeout >= 0 && !time.Now().Before(deadline) {
			return 0, nil
		}
	}
}

// Wait waits with poll(2) until one of fds has an event or timeout has
// passed (timeout < 0: no limit), running the Python handlers of signals
// that arrive meanwhile. It returns the number of descriptors with
// events (0 when the time ran out); a failing poll returns the system's
// error, a handler's exception is returned as it is.
func Wait(t *py.Thread, fds []unix.PollFd, timeout time.Duration) (int, error) {
	return sliced(t, timeout, func(ms int) (int, error) { return unix.Poll(fds, ms) })
}
