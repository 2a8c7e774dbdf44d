//go:build !linux

package main

import "errors"

func limitMemory(bytes uint64) error {
	return errors.New("-mem is supported on Linux only")
}
