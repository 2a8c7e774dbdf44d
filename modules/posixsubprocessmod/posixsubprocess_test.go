package posixsubprocessmod

import (
	"testing"

	"golang.org/x/sys/unix"
)

func TestChildFiles(t *testing.T) {
	var keepPipe, closePipe, cloexecPipe [2]int
	for _, p := range []*[2]int{&keepPipe, &closePipe} {
		if err := unix.Pipe(p[:]); err != nil {
			t.Fatal(err)
		}
	}
	if err := unix.Pipe2(cloexecPipe[:], unix.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	defer func() {
		for _, fd := range append(append(keepPipe[:], closePipe[:]...), cloexecPipe[:]...) {
			unix.Close(fd)
		}
	}()
	entry := func(files []uintptr, fd int) int {
		if fd >= len(files) {
			return -2 // past the table: inherited as the parent has it
		}
		return int(int64(files[fd]))
	}

	// close_fds: only the kept descriptor stays; the child's stdin is
	// the read end of closePipe, which is then closed at its own number.
	files := childFiles(true, []int{keepPipe[0]}, closePipe[0], -1, -1, -1, -1, -1, cloexecPipe[0], cloexecPipe[1])
	if got := entry(files, 0); got != closePipe[0] {
		t.Errorf("stdin from %d, want %d", got, closePipe[0])
	}
	if got := entry(files, keepPipe[0]); got != keepPipe[0] {
		t.Errorf("kept fd maps to %d", got)
	}
	for _, fd := range []int{keepPipe[1], closePipe[0], closePipe[1], cloexecPipe[0], cloexecPipe[1]} {
		if got := entry(files, fd); got != -1 {
			t.Errorf("fd %d maps to %d, want closed", fd, got)
		}
	}

	// Without close_fds inheritable descriptors stay, close-on-exec ones
	// do not, and the parent's pipe ends are closed.
	files = childFiles(false, nil, -1, -1, -1, closePipe[1], -1, closePipe[1], cloexecPipe[0], cloexecPipe[1])
	if got := entry(files, keepPipe[1]); got != keepPipe[1] {
		t.Errorf("inherited fd maps to %d", got)
	}
	if got := entry(files, 1); got != closePipe[1] {
		t.Errorf("stdout from %d", got)
	}
	if got := entry(files, 2); got != closePipe[1] {
		t.Errorf("stderr from %d", got)
	}
	if got := entry(files, cloexecPipe[0]); got != -1 {
		t.Errorf("close-on-exec fd maps to %d", got)
	}
}
