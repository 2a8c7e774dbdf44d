package builtins

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"

	"github.com/taipan-py/taipan/marshal"
	"github.com/taipan-py/taipan/py"
)

// The compiled modules of the embedded library are kept in a per-user
// cache, since the library itself cannot be written to:
//
//	<user cache dir>/taipan/lib-<magic>/<path in lib/python>c
//
// where the user cache dir is $XDG_CACHE_HOME or ~/.cache (os.UserCacheDir)
// and <magic> is Taipan's magic number in hex, so that builds with
// different bytecode never share entries; under -O the file ends in
// .opt1.pyc (.opt2.pyc for -OO) instead of .pyc. An entry is a header,
// then the marshalled code:
//
//	magic (4 bytes) | optimisation level (4 bytes, little-endian) |
//	SHA-256 of the module's source, first 16 bytes
//
// An entry is used only when its whole header matches the module's source
// in this binary, so a binary with a different library never runs stale
// code; anything else (truncated, corrupt, another build's) is ignored and
// rewritten. Entries are written as the caches of __pycache__ are: to a
// temporary file renamed into place, not at all when
// sys.dont_write_bytecode is set (-B, PYTHONDONTWRITEBYTECODE), silently
// skipped when the folder cannot be made or written. The code's file names
// are those of the library's sys.path entry, rewritten on load when the
// binary has moved.

// libCacheHeaderSize is the size of an entry's header.
const libCacheHeaderSize = 4 + 4 + 16

// libCacheDir returns the folder of the interpreter's library cache, or
// "" when there is none (no home or cache folder).
func libCacheDir(st *importState) string {
	if !st.libCacheKnown {
		st.libCacheKnown = true
		if dir, err := os.UserCacheDir(); err == nil && filepath.IsAbs(dir) {
			st.libCache = filepath.Join(dir, "taipan", "lib-"+hexMagic())
		}
	}
	return st.libCache
}

func hexMagic() string {
	const digits = "0123456789abcdef"
	var b strings.Builder
	for _, c := range Magic {
		b.WriteByte(digits[c>>4])
		b.WriteByte(digits[c&15])
	}
	return b.String()
}

// libCacheFile is the cache entry of the library file rel ("os.py").
func libCacheFile(dir, rel string, optimize int) string {
	name := filepath.Join(dir, filepath.FromSlash(rel))
	switch {
	case optimize <= 0:
		return name + "c"
	case optimize == 1:
		return strings.TrimSuffix(name, ".py") + ".opt1.pyc"
	default:
		return strings.TrimSuffix(name, ".py") + ".opt2.pyc"
	}
}

// libCacheHeader is the header of an entry for this source.
func libCacheHeader(src []byte, optimize int) []byte {
	h := make([]byte, libCacheHeaderSize)
	copy(h, Magic[:])
	binary.LittleEndian.PutUint32(h[4:], uint32(optimize))
	sum := sha256.Sum256(src)
	copy(h[8:], sum[:16])
	return h
}

// compileLibModule returns the code of the library file rel (whose text
// is src and whose __file__ is file): from the user's cache when an entry
// for this very source is there (and then the entry's path), else
// compiled (and the entry written).
func compileLibModule(t *py.Thread, rel string, src []byte, file string) (*py.Code, string, error) {
	st := importStateOf(t)
	dir := libCacheDir(st)
	if dir == "" {
		code, err := CompileModule(t, src, file)
		return code, "", err
	}
	optimize := interpOptimize(t)
	cfile := libCacheFile(dir, rel, optimize)
	header := libCacheHeader(src, optimize)
	if data, err := os.ReadFile(cfile); err == nil {
		if len(data) > libCacheHeaderSize && bytes.Equal(data[:libCacheHeaderSize], header) {
			if obj, err := marshal.Loads(data[libCacheHeaderSize:]); err == nil {
				if code, ok := obj.(*py.Code); ok {
					if code.Filename != file {
						setCodeFilename(code, code.Filename, file)
					}
					if importVerbose(t) > 0 {
						verboseMessage(t, "# "+cfile+" matches "+file+"\n")
					}
					return code, cfile, nil
				}
			}
		}
		if importVerbose(t) > 0 {
			verboseMessage(t, "# "+cfile+" does not match "+file+"\n")
		}
	}
	code, err := CompileModule(t, src, file)
	if err != nil {
		return nil, "", err
	}
	if !dontWriteBytecode(t) {
		if err := writeLibCache(cfile, header, code); err != nil {
			if importVerbose(t) > 0 {
				verboseMessage(t, "# can't create "+cfile+"\n")
			}
		} else if importVerbose(t) > 0 {
			verboseMessage(t, "# wrote "+cfile+"\n")
		}
	}
	return code, "", nil
}

// writeLibCache writes a cache entry atomically, making its folders.
func writeLibCache(cfile string, header []byte, code *py.Code) error {
	data, err := marshal.Dumps(code, marshal.Version)
	if err != nil {
		return err
	}
	dir := filepath.Dir(cfile)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, filepath.Base(cfile)+".*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	_, err = tmp.Write(append(header, data...))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(name, 0o600)
	}
	if err == nil {
		err = os.Rename(name, cfile)
	}
	if err != nil {
		os.Remove(name)
	}
	return err
}
