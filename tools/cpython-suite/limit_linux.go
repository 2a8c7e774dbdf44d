//go:build linux

package main

import "syscall"

// limitMemory caps the address space of this process and so of every
// interpreter it starts (they inherit the limit): a test that runs away
// dies with an out-of-memory crash instead of exhausting the machine.
func limitMemory(bytes uint64) error {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_AS, &lim); err != nil {
		return err
	}
	if lim.Max < bytes {
		bytes = lim.Max
	}
	lim.Cur = bytes
	return syscall.Setrlimit(syscall.RLIMIT_AS, &lim)
}
