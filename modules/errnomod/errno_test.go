package errnomod

import (
	"syscall"
	"testing"
)

// The table must agree with the system's own numbers.
func TestErrnoNumbers(t *testing.T) {
	want := map[string]syscall.Errno{
		"EPERM": syscall.EPERM, "ENOENT": syscall.ENOENT, "EINTR": syscall.EINTR,
		"EAGAIN": syscall.EAGAIN, "EWOULDBLOCK": syscall.EWOULDBLOCK, "EEXIST": syscall.EEXIST,
		"ENOTDIR": syscall.ENOTDIR, "EISDIR": syscall.EISDIR, "EINVAL": syscall.EINVAL,
		"EPIPE": syscall.EPIPE, "ERANGE": syscall.ERANGE, "EDEADLK": syscall.EDEADLK,
		"ENOTEMPTY": syscall.ENOTEMPTY, "ELOOP": syscall.ELOOP, "ETIMEDOUT": syscall.ETIMEDOUT,
		"ECONNREFUSED": syscall.ECONNREFUSED, "EOPNOTSUPP": syscall.EOPNOTSUPP,
		"EHWPOISON": syscall.Errno(133), "ENOTSUP": syscall.ENOTSUP,
	}
	seen := map[string]bool{}
	for _, e := range errnoNames {
		if seen[e.name] {
			t.Errorf("%s twice", e.name)
		}
		seen[e.name] = true
		if w, ok := want[e.name]; ok && int(w) != e.num {
			t.Errorf("%s = %d, want %d", e.name, e.num, w)
		}
	}
	for name := range want {
		if !seen[name] && name != "EHWPOISON" {
			t.Errorf("%s missing", name)
		}
	}
}
