package builtins

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"

	"github.com/taipan-py/taipan/marshal"
	"github.com/taipan-py/taipan/py"
)

// Bytecode caches (PEP 3147). Compiling NAME.py writes
// __pycache__/NAME.taipan-32.pyc beside it (NAME.taipan-32.pyo under
// -O): a 12-byte header, then the module's code object marshalled in
// Taipan's own layout. The header is the magic number (Magic), then the
// source's modification time and size in seconds and bytes, each as 32
// bits little-endian; a cache is used only when all three match. A cache
// that cannot be read, is truncated or does not unmarshal to code is
// ignored (and rewritten). Caches are written to a temporary file in
// __pycache__ and renamed into place, so a concurrent reader sees either
// no cache or a whole one; a folder that cannot be written is skipped
// silently.

// CacheTag names Taipan's bytecode caches (imp.get_tag()).
const CacheTag = "taipan-32"

// Magic is the first four bytes of Taipan's bytecode files
// (imp.get_magic()): a number of Taipan's own, which changes whenever
// the instruction set or the marshalled layout of code objects does,
// followed by "\r\n" as in CPython's magic numbers.
var Magic = [4]byte{0x54, 0x1a, '\r', '\n'}

// pycHeaderSize is the size of the header: magic, mtime, size.
const pycHeaderSize = 12

// CacheFromSource is imp.cache_from_source: the cache of the source file
// path, ".pyc" when debug (no -O), else ".pyo".
func CacheFromSource(path string, debug bool) string {
	dir, file := "", path
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		dir, file = path[:i+1], path[i+1:]
	}
	name := dir + "__pycache__/" + file
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[:i+1]
	}
	if debug {
		return name + CacheTag + ".pyc"
	}
	return name + CacheTag + ".pyo"
}

// SourceFromCache is imp.source_from_cache: the source of a PEP 3147
// cache path (which need not exist), or a ValueError.
func SourceFromCache(path string) (string, error) {
	bad := py.Errorf(py.ValueError, "Not a PEP 3147 pyc path: %s", path)
	right := strings.LastIndexByte(path, '/')
	if right < 0 {
		return "", bad
	}
	left := strings.LastIndexByte(path[:right], '/') + 1
	if path[left:right] != "__pycache__" {
		return "", bad
	}
	file := path[right+1:]
	dot0 := strings.IndexByte(file, '.')
	if dot0 < 0 {
		return "", bad
	}
	rest := file[dot0+1:]
	dot1 := strings.IndexByte(rest, '.')
	if dot1 < 0 || strings.IndexByte(rest[dot1+1:], '.') >= 0 {
		return "", bad
	}
	return path[:left] + file[:dot0+1] + "py", nil
}

// PycHeader returns the header of a cache of a source with this
// modification time (seconds) and size.
func PycHeader(mtime, size int64) []byte {
	h := make([]byte, pycHeaderSize)
	copy(h, Magic[:])
	binary.LittleEndian.PutUint32(h[4:], uint32(mtime))
	binary.LittleEndian.PutUint32(h[8:], uint32(size))
	return h
}

// readCache returns the code in the cache cfile of the source file
// (whose status is fi) if the cache is current and whole, else nil.
func readCache(t *py.Thread, cfile, file string, fi os.FileInfo) *py.Code {
	data, err := os.ReadFile(cfile)
	if err != nil {
		return nil
	}
	verbose := importVerbose(t) > 0
	if len(data) < 4 || [4]byte(data[:4]) != Magic {
		if verbose {
			verboseMessage(t, "# "+cfile+" has bad magic\n")
		}
		return nil
	}
	if len(data) < pycHeaderSize || binary.LittleEndian.Uint32(data[4:]) != uint32(fi.ModTime().Unix()) ||
		binary.LittleEndian.Uint32(data[8:]) != uint32(fi.Size()) {
		if verbose {
			verboseMessage(t, "# "+cfile+" has bad mtime\n")
		}
		return nil
	}
	obj, err := marshal.Loads(data[pycHeaderSize:])
	code, ok := obj.(*py.Code)
	if err != nil || !ok {
		if verbose {
			verboseMessage(t, "# "+cfile+" is corrupt\n")
		}
		return nil
	}
	if verbose {
		verboseMessage(t, "# "+cfile+" matches "+file+"\n")
	}
	if code.Filename != file {
		setCodeFilename(code, code.Filename, file)
	}
	return code
}

// setCodeFilename gives code, and the code objects among its constants,
// the filename newname where they have oldname (a cache of a module that
// was moved: update_compiled_module).
func setCodeFilename(code *py.Code, oldname, newname string) {
	if code.Filename != oldname {
		return
	}
	code.Filename = newname
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok {
			setCodeFilename(sub, oldname, newname)
		}
	}
}

// decodePyc returns the code of a whole bytecode file (a source-less
// NAME.pyc): its magic must be Taipan's.
func decodePyc(data []byte, cfile string) (*py.Code, error) {
	if len(data) < 4 || [4]byte(data[:4]) != Magic {
		return nil, py.Errorf(py.ImportError, "Bad magic number in %s", truncate(cfile, 200))
	}
	if len(data) < pycHeaderSize {
		return nil, py.Errorf(py.EOFError, "EOF read where object expected")
	}
	obj, err := marshal.Loads(data[pycHeaderSize:])
	if err != nil {
		return nil, err
	}
	code, ok := obj.(*py.Code)
	if !ok {
		return nil, py.Errorf(py.ImportError, "Non-code object in %s", truncate(cfile, 200))
	}
	return code, nil
}

// writeCache writes code as the cache cfile of a source whose status is
// fi. Any failure (an unwritable folder, a full disk) only leaves the
// cache unwritten.
func writeCache(t *py.Thread, code *py.Code, cfile string, fi os.FileInfo) {
	verbose := importVerbose(t) > 0
	data, err := marshal.Dumps(code, marshal.Version)
	if err != nil {
		return
	}
	if err := WriteCacheFile(cfile, fi, data); err != nil {
		if verbose {
			verboseMessage(t, "# can't create "+cfile+"\n")
		}
		return
	}
	if verbose {
		verboseMessage(t, "# wrote "+cfile+"\n")
	}
}

// WriteCacheFile writes a bytecode file: the header for a source whose
// status is fi, then the marshalled code, through a temporary file in
// the same folder renamed into place (creating the folder if needed).
func WriteCacheFile(cfile string, fi os.FileInfo, marshalled []byte) error {
	dir := filepath.Dir(cfile)
	if err := os.Mkdir(dir, fi.Mode().Perm()|0333); err != nil && !os.IsExist(err) {
		return err
	}
	tmp, err := os.CreateTemp(dir, filepath.Base(cfile)+".*.tmp")
	if err != nil {
		return err
	}
	name := tmp.Name()
	_, err = tmp.Write(append(PycHeader(fi.ModTime().Unix(), fi.Size()), marshalled...))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(name, fi.Mode().Perm()&^0111)
	}
	if err == nil {
		err = os.Rename(name, cfile)
	}
	if err != nil {
		os.Remove(name)
	}
	return err
}
