package lib

import (
	"io/fs"
	"testing"
)

// The tree is embedded, packages included.
func TestFS(t *testing.T) {
	fi, err := fs.Stat(FS, "importlib/__init__.py")
	if err != nil || fi.IsDir() {
		t.Fatalf("importlib/__init__.py: %v", err)
	}
	src, err := fs.ReadFile(FS, "importlib/__init__.py")
	if err != nil || len(src) == 0 {
		t.Fatalf("read: %v", err)
	}
}
