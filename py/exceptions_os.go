package py

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
	"unicode"
	"unicode/utf8"
)

// Errno returns the system error number underlying a Go error from the
// os or syscall packages, and its message as C's strerror gives it ("No
// such file or directory"); 0 and "" when err carries none.
func Errno(err error) (int, string) {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			errno = syscall.ENOENT
		case errors.Is(err, fs.ErrExist):
			errno = syscall.EEXIST
		case errors.Is(err, fs.ErrPermission):
			errno = syscall.EACCES
		case errors.Is(err, os.ErrClosed):
			errno = syscall.EBADF
		default:
			return 0, ""
		}
	}
	return int(errno), Strerror(errno)
}

// Strerror returns C's message for a system error number: Go's text with
// its first letter capitalised, as the C library writes it.
func Strerror(errno syscall.Errno) string {
	s := errno.Error()
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
