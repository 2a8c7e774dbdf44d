package builtins_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/lib"
	"github.com/taipan-py/taipan/marshal"
	_ "github.com/taipan-py/taipan/modules/all" // imp, for importlib
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/vm"
)

// libImport imports the library module name in a new interpreter and
// returns the repr of its attribute attr.
func libImport(t *testing.T, name, attr string, dontWrite bool, optimize int) string {
	t.Helper()
	opts := &builtins.Options{Argv: []string{""}, Path: []string{""}, Optimize: optimize}
	if dontWrite {
		opts.Flags[5] = 1
	}
	opts.Flags[3] = optimize
	th := py.NewThread(vm.NewInterpreter(opts))
	m, err := builtins.ImportModule(th, name)
	if err != nil {
		if e, ok := err.(*py.BaseException); ok {
			t.Fatalf("import %s: %s", name, py.FormatExceptionOnly(th, e))
		}
		t.Fatal(err)
	}
	v, err := py.GetAttr(th, m, py.NewStr(attr))
	if err != nil {
		return "<no " + attr + ">"
	}
	r, err := py.Repr(th, v)
	if err != nil {
		t.Fatal(err)
	}
	return r.String()
}

// libEntryHeader is the documented header of a library cache entry.
func libEntryHeader(src []byte, optimize int) []byte {
	h := make([]byte, 8, 24)
	copy(h, builtins.Magic[:])
	binary.LittleEndian.PutUint32(h[4:], uint32(optimize))
	sum := sha256.Sum256(src)
	return append(h, sum[:16]...)
}

func compileText(t *testing.T, src, filename string) []byte {
	t.Helper()
	mod, err := parser.ParseString(filename, src, parser.ExecMode)
	if err != nil {
		t.Fatal(err)
	}
	code, err := compiler.Compile(mod, compiler.Options{Filename: filename})
	if err != nil {
		t.Fatal(err)
	}
	data, err := marshal.Dumps(code, marshal.Version)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestLibCache(t *testing.T) {
	cacheHome := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cacheHome)
	src, err := fs.ReadFile(lib.FS, "keyword.py")
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(cacheHome, "taipan", fmt.Sprintf("lib-%x", builtins.Magic[:]))
	entry := filepath.Join(dir, "keyword.pyc")
	want := libImport(t, "keyword", "kwlist", true, 0)

	// -B (sys.dont_write_bytecode): nothing written.
	if _, err := os.Stat(entry); !os.IsNotExist(err) {
		t.Fatalf("entry written under -B: %v", err)
	}
	// A first import writes the entry; a second one reads it.
	if got := libImport(t, "keyword", "kwlist", false, 0); got != want {
		t.Fatalf("kwlist %s, want %s", got, want)
	}
	data, err := os.ReadFile(entry)
	if err != nil {
		t.Fatalf("no entry: %v", err)
	}
	if !bytes.HasPrefix(data, libEntryHeader(src, 0)) {
		t.Fatalf("entry header %x", data[:24])
	}
	if _, err := marshal.Loads(data[24:]); err != nil {
		t.Fatalf("entry does not unmarshal: %v", err)
	}
	// A package's modules have their own entries.
	libImport(t, "importlib.util", "__name__", false, 0)
	if _, err := os.Stat(filepath.Join(dir, "importlib", "util.pyc")); err != nil {
		t.Fatalf("no entry for a package module: %v", err)
	}

	// An entry whose header matches is used: planted code shows it.
	planted := append(libEntryHeader(src, 0), compileText(t, "PLANTED = 'yes'\nkwlist = []\n", "x.py")...)
	if err := os.WriteFile(entry, planted, 0o600); err != nil {
		t.Fatal(err)
	}
	if got := libImport(t, "keyword", "PLANTED", true, 0); got != "'yes'" {
		t.Fatalf("matching entry not used: PLANTED = %s", got)
	}
	// The code's file name is the library's, whatever the entry says.
	if got := libImport(t, "keyword", "__file__", true, 0); got != "'/usr/local/lib/taipan32.zip/keyword.py'" &&
		filepath.Base(got) != "keyword.py'" {
		t.Fatalf("__file__ %s", got)
	}

	// An entry for other source (another build's library), another
	// optimisation level or magic, or a corrupt one, is ignored and
	// rewritten.
	for name, bad := range map[string][]byte{
		"other source": append(libEntryHeader([]byte("x"), 0), compileText(t, "PLANTED = 1\n", "x.py")...),
		"other level":  append(libEntryHeader(src, 1), compileText(t, "PLANTED = 1\n", "x.py")...),
		"other magic":  append(append([]byte("XXXX"), libEntryHeader(src, 0)[4:]...), compileText(t, "PLANTED = 1\n", "x.py")...),
		"truncated":    planted[:30],
		"header only":  planted[:24],
		"garbage":      append(libEntryHeader(src, 0), 0xff, 0xfe, 0x00),
		"empty":        nil,
	} {
		if err := os.WriteFile(entry, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		if got := libImport(t, "keyword", "PLANTED", false, 0); got != "<no PLANTED>" {
			t.Fatalf("%s: entry used (PLANTED = %s)", name, got)
		}
		data, err := os.ReadFile(entry)
		if err != nil || !bytes.HasPrefix(data, libEntryHeader(src, 0)) || len(data) <= 24 {
			t.Fatalf("%s: entry not rewritten (%v)", name, err)
		}
	}

	// -O has entries of its own.
	if got := libImport(t, "keyword", "kwlist", false, 1); got != want {
		t.Fatalf("-O kwlist %s", got)
	}
	data, err = os.ReadFile(filepath.Join(dir, "keyword.opt1.pyc"))
	if err != nil || !bytes.HasPrefix(data, libEntryHeader(src, 1)) {
		t.Fatalf("-O entry: %v", err)
	}

	// No temporary files are left behind.
	tmps, _ := filepath.Glob(filepath.Join(dir, "*.tmp"))
	if len(tmps) != 0 {
		t.Fatalf("temporary files left: %v", tmps)
	}
}

func TestLibCacheUnwritable(t *testing.T) {
	// The cache folder cannot be made (its parent is a file): imports
	// work as without a cache.
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("XDG_CACHE_HOME", file)
	if got := libImport(t, "keyword", "__name__", false, 0); got != "'keyword'" {
		t.Fatalf("got %s", got)
	}
	// A read-only cache folder.
	ro := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", ro)
	if err := os.Chmod(ro, 0o500); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(ro, 0o700)
	if got := libImport(t, "keyword", "__name__", false, 0); got != "'keyword'" {
		t.Fatalf("got %s", got)
	}
}
