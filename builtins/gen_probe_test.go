package builtins_test

import (
	"os"
	"strings"
	"testing"
)

func TestProbe(t *testing.T) {
	src, _ := os.ReadFile(os.Getenv("PROBE"))
	out, err := run(t, string(src))
	lines := strings.Split(out, "\n")
	if len(lines) > 40 {
		lines = lines[len(lines)-40:]
	}
	t.Log(strings.Join(lines, "\n"), err)
}
