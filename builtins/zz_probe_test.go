package builtins_test

import (
	"os"
	"testing"
)

func TestZZProbe(t *testing.T) {
	p := os.Getenv("PROBE")
	if p == "" {
		t.Skip()
	}
	src, _ := os.ReadFile(p)
	_, err := run(t, string(src))
	t.Log(err)
}
