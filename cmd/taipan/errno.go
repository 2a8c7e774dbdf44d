package main

import (
	"errors"
	"io/fs"
	"syscall"
)

// errno extracts the operating system's error number, as CPython shows it
// in "[Errno 2] No such file or directory".
func errno(err error) int {
	var en syscall.Errno
	if errors.As(err, &en) {
		return int(en)
	}
	return 0
}

// errText is the strerror text of err.
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	var en syscall.Errno
	if errors.As(err, &en) {
		// Go's texts are lower-case; C's strerror starts with a capital.
		s := en.Error()
		if s != "" && s[0] >= 'a' && s[0] <= 'z' {
			s = string(s[0]-'a'+'A') + s[1:]
		}
		return s
	}
	return err.Error()
}
