package builtins_test

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/compiler"
	"github.com/taipan-py/taipan/marshal"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/vm"
)

// importIn runs "import NAME" in a new interpreter whose sys.path is
// [dir], with sys.dont_write_bytecode as given, and returns the module's
// RESULT attribute as text.
func importIn(t *testing.T, dir, name string, dontWrite bool) (string, error) {
	t.Helper()
	opts := &builtins.Options{Argv: []string{""}, Path: []string{dir}}
	if dontWrite {
		opts.Flags[5] = 1
	}
	interp := vm.NewInterpreter(opts)
	th := py.NewThread(interp)
	m, err := builtins.ImportModule(th, name)
	if err != nil {
		if e, ok := err.(*py.BaseException); ok {
			return "", &pyError{py.FormatExceptionOnly(th, e)}
		}
		return "", err
	}
	v, err := py.GetAttr(th, m, py.NewStr("RESULT"))
	if err != nil {
		return "", err
	}
	s, err := py.StrOf(th, v)
	if err != nil {
		return "", err
	}
	return s.String(), nil
}

type pyError struct{ msg string }

func (e *pyError) Error() string { return e.msg }

// writeModule writes NAME.py in dir.
func writeModule(t *testing.T, dir, name, src string) string {
	t.Helper()
	file := filepath.Join(dir, name+".py")
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// cacheOf is the cache path of NAME.py in dir.
func cacheOf(dir, name string) string {
	return filepath.Join(dir, "__pycache__", name+"."+builtins.CacheTag+".pyc")
}

// checkCache checks that the cache of source holds a header matching it
// and code that unmarshals.
func checkCache(t *testing.T, source, cache string) {
	t.Helper()
	data, err := os.ReadFile(cache)
	if err != nil {
		t.Fatalf("no cache: %v", err)
	}
	fi, err := os.Stat(source)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 12 || !bytes.Equal(data[:4], builtins.Magic[:]) {
		t.Fatalf("bad magic in %q", data)
	}
	if binary.LittleEndian.Uint32(data[4:]) != uint32(fi.ModTime().Unix()) || binary.LittleEndian.Uint32(data[8:]) != uint32(fi.Size()) {
		t.Fatalf("header %x does not match mtime %d size %d", data[4:12], fi.ModTime().Unix(), fi.Size())
	}
	if _, ok := mustLoads(t, data[12:]).(*py.Code); !ok {
		t.Fatal("cache does not hold code")
	}
}

func mustLoads(t *testing.T, data []byte) py.Object {
	t.Helper()
	v, err := marshal.Loads(data)
	if err != nil {
		t.Fatalf("unmarshal: %v", err)
	}
	return v
}

// compileString compiles src as a module with the given filename.
func compileString(t *testing.T, src, filename string) *py.Code {
	t.Helper()
	mod, err := parser.ParseString(filename, src, parser.ExecMode)
	if err != nil {
		t.Fatal(err)
	}
	code, err := compiler.Compile(mod, compiler.Options{Filename: filename})
	if err != nil {
		t.Fatal(err)
	}
	return code
}

// A first import writes the cache; a second one runs the cache, not the
// source: a cache holding other code with the source's header is obeyed.
func TestCacheWrittenAndUsed(t *testing.T) {
	dir := t.TempDir()
	src := writeModule(t, dir, "m", "RESULT = 'source'\n")
	if got, err := importIn(t, dir, "m", false); err != nil || got != "source" {
		t.Fatalf("first import: %q %v", got, err)
	}
	checkCache(t, src, cacheOf(dir, "m"))
	// Replace the cache's code, keeping the header of the source.
	fi, _ := os.Stat(src)
	data, err := marshal.Dumps(compileString(t, "RESULT = 'cache'\n", src), marshal.Version)
	if err != nil {
		t.Fatal(err)
	}
	if err := builtins.WriteCacheFile(cacheOf(dir, "m"), fi, data); err != nil {
		t.Fatal(err)
	}
	if got, err := importIn(t, dir, "m", false); err != nil || got != "cache" {
		t.Fatalf("import from cache: %q %v", got, err)
	}
}

// A changed source (other size, other mtime) makes the cache stale: it
// is recompiled and the cache rewritten.
func TestStaleCache(t *testing.T) {
	dir := t.TempDir()
	src := writeModule(t, dir, "m", "RESULT = 1\n")
	if _, err := importIn(t, dir, "m", false); err != nil {
		t.Fatal(err)
	}
	writeModule(t, dir, "m", "RESULT = 22\n")
	later := time.Now().Add(5 * time.Second)
	os.Chtimes(src, later, later)
	if got, err := importIn(t, dir, "m", false); err != nil || got != "22" {
		t.Fatalf("after change: %q %v", got, err)
	}
	checkCache(t, src, cacheOf(dir, "m"))
	// Same size and mtime restored to the cached ones' is not enough when
	// the size differs.
	writeModule(t, dir, "m", "RESULT = 333\n")
	os.Chtimes(src, later, later)
	if got, err := importIn(t, dir, "m", false); err != nil || got != "333" {
		t.Fatalf("same mtime, other size: %q %v", got, err)
	}
}

// A corrupt or truncated cache is ignored and rewritten.
func TestCorruptCache(t *testing.T) {
	for _, tc := range []struct {
		name string
		data func(good []byte) []byte
	}{
		{"empty", func([]byte) []byte { return nil }},
		{"short header", func(g []byte) []byte { return g[:6] }},
		{"header only", func(g []byte) []byte { return g[:12] }},
		{"truncated code", func(g []byte) []byte { return g[:len(g)/2] }},
		{"garbage code", func(g []byte) []byte { return append(append([]byte(nil), g[:12]...), "\xffgarbage"...) }},
		{"not code", func(g []byte) []byte { return append(append([]byte(nil), g[:12]...), 'N') }},
		{"cpython magic", func(g []byte) []byte { return append([]byte{0x6c, 0x0c, '\r', '\n'}, g[4:]...) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			src := writeModule(t, dir, "m", "RESULT = 'ok'\ndef f():\n    return [x for x in 'abc']\n")
			if _, err := importIn(t, dir, "m", false); err != nil {
				t.Fatal(err)
			}
			good, err := os.ReadFile(cacheOf(dir, "m"))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(cacheOf(dir, "m"), tc.data(good), 0o644); err != nil {
				t.Fatal(err)
			}
			if got, err := importIn(t, dir, "m", false); err != nil || got != "ok" {
				t.Fatalf("import over a bad cache: %q %v", got, err)
			}
			checkCache(t, src, cacheOf(dir, "m"))
		})
	}
}

// sys.dont_write_bytecode (-B, PYTHONDONTWRITEBYTECODE) writes nothing.
func TestDontWriteBytecode(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, "m", "RESULT = 1\n")
	if _, err := importIn(t, dir, "m", true); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "__pycache__")); !os.IsNotExist(err) {
		t.Fatalf("__pycache__ made under dont_write_bytecode: %v", err)
	}
}

// A folder where the cache cannot be written (here __pycache__ is a
// file, which stops even root) is skipped silently.
func TestUnwritableCache(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, "m", "RESULT = 'fine'\n")
	if err := os.WriteFile(filepath.Join(dir, "__pycache__"), []byte("in the way"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := importIn(t, dir, "m", false); err != nil || got != "fine" {
		t.Fatalf("import: %q %v", got, err)
	}
	ro := t.TempDir()
	writeModule(t, ro, "m", "RESULT = 'fine'\n")
	os.Chmod(ro, 0o555)
	defer os.Chmod(ro, 0o755)
	if got, err := importIn(t, ro, "m", false); err != nil || got != "fine" {
		t.Fatalf("import from a read-only folder: %q %v", got, err)
	}
}

// CPython's cache beside ours is left alone.
func TestOtherImplementationsCache(t *testing.T) {
	dir := t.TempDir()
	writeModule(t, dir, "m", "RESULT = 1\n")
	os.Mkdir(filepath.Join(dir, "__pycache__"), 0o755)
	theirs := filepath.Join(dir, "__pycache__", "m.cpython-32.pyc")
	content := []byte("\x6c\x0c\r\nnot ours")
	os.WriteFile(theirs, content, 0o644)
	if _, err := importIn(t, dir, "m", false); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(theirs); !bytes.Equal(got, content) {
		t.Fatal("cpython-32 cache changed")
	}
	if _, err := os.Stat(cacheOf(dir, "m")); err != nil {
		t.Fatal("no taipan cache:", err)
	}
}

// A NAME.pyc without source imports; one with another magic number is
// an ImportError.
func TestSourcelessPyc(t *testing.T) {
	dir := t.TempDir()
	data, err := marshal.Dumps(compileString(t, "RESULT = 'compiled'\n", "gone.py"), marshal.Version)
	if err != nil {
		t.Fatal(err)
	}
	pyc := append(builtins.PycHeader(0, 0), data...)
	os.WriteFile(filepath.Join(dir, "m.pyc"), pyc, 0o644)
	if got, err := importIn(t, dir, "m", false); err != nil || got != "compiled" {
		t.Fatalf("sourceless import: %q %v", got, err)
	}
	pyc[0] ^= 0xff
	os.WriteFile(filepath.Join(dir, "m.pyc"), pyc, 0o644)
	_, err = importIn(t, dir, "m", false)
	want := "ImportError: Bad magic number in " + filepath.Join(dir, "m.pyc") + "\n"
	if err == nil || err.Error() != want {
		t.Fatalf("bad magic: got %v, want %q", err, want)
	}
}

// Interpreters importing the same new module at once all succeed, and
// the cache left is whole.
func TestConcurrentImports(t *testing.T) {
	dir := t.TempDir()
	var src bytes.Buffer
	src.WriteString("RESULT = 0\n")
	for i := 0; i < 300; i++ {
		src.WriteString("def f" + itoa(i) + "(x):\n    return x + " + itoa(i) + "\nRESULT += f" + itoa(i) + "(1)\n")
	}
	file := writeModule(t, dir, "big", src.String())
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := importIn(t, dir, "big", false)
			if err == nil && got != "45150" {
				err = &pyError{"RESULT " + got}
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	checkCache(t, file, cacheOf(dir, "big"))
	matches, _ := filepath.Glob(filepath.Join(dir, "__pycache__", "*.tmp"))
	if len(matches) != 0 {
		t.Fatalf("temporary files left: %v", matches)
	}
}

func itoa(i int) string { return py.NewInt(int64(i)).String() }

func TestCachePaths(t *testing.T) {
	for _, c := range [][2]string{
		{"/a/b/foo.py", "/a/b/__pycache__/foo.taipan-32.pyc"},
		{"foo.py", "__pycache__/foo.taipan-32.pyc"},
		{"/a/foo.bar.py", "/a/__pycache__/foo.bar.taipan-32.pyc"},
	} {
		if got := builtins.CacheFromSource(c[0], true); got != c[1] {
			t.Errorf("CacheFromSource(%q) = %q, want %q", c[0], got, c[1])
		}
		if c[0] != "/a/foo.bar.py" {
			if back, err := builtins.SourceFromCache(c[1]); err != nil || back != c[0] {
				t.Errorf("SourceFromCache(%q) = %q, %v", c[1], back, err)
			}
		}
	}
	if _, err := builtins.SourceFromCache("/a/foo.pyc"); err == nil {
		t.Error("SourceFromCache accepted a legacy path")
	}
}
