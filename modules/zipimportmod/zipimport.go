// Package zipimportmod is the zipimport module of Python 3.2: modules
// and packages imported from zip archives on sys.path (or a package's
// __path__), written over Go's archive/zip. Its zipimporter class is
// registered as a path hook with builtins.RegisterPathHook, so that an
// archive on sys.path is searched like a folder; cmd/taipan runs the
// __main__.py of an archive given as the program the same way.
//
// A module in an archive is compiled from its .py file; a .pyc member
// is used instead only when there is no source and it carries Taipan's
// magic number (archives are read-only, so no cache is written).
// Modules get __file__ <archive>/<path in archive>, __loader__ the
// importer, and packages __path__ [<archive>/<package folder>];
// tracebacks find their lines through the importer.
package zipimportmod

import (
	"archive/zip"
	"encoding/binary"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/marshal"
	"github.com/taipan-py/taipan/py"
)

func init() {
	builtins.RegisterModule("zipimport", newModule)
	ZipImportErrorType.Base = py.ImportError
	ZipImportErrorType.Bases = []*py.Type{py.ImportError}
	py.RegisterTypes(ZipImportErrorType, ZipImporterType)
	builtins.RegisterPathHook(ZipImporterType)
	py.AddSourceHook(zipSource)
}

// ZipImportErrorType is zipimport.ZipImportError.
var ZipImportErrorType = &py.Type{Name: "ZipImportError", Module: "zipimport", Flags: py.FlagBaseType | py.FlagHasDict}

// ZipImporterType is zipimport.zipimporter.
var ZipImporterType = &py.Type{Name: "zipimporter", Module: "zipimport",
	Doc: "zipimporter(archivepath) -> zipimporter object\n\n" +
		"Create a new zipimporter instance. 'archivepath' must be a path to\n" +
		"a zipfile, or to a specific path inside a zipfile. For example, it can be\n" +
		"'/tmp/myimport.zip', or '/tmp/myimport.zip/mydirectory', if mydirectory is a\n" +
		"valid directory inside the archive.\n\n" +
		"'ZipImportError is raised if 'archivepath' doesn't point to a valid Zip\n" +
		"archive.\n\n" +
		"The 'archive' attribute of zipimporter objects contains the name of the\n" +
		"zipfile targeted."}

func zipError(format string, args ...interface{}) error {
	return py.Errorf(ZipImportErrorType, format, args...)
}

// archive is the table of contents of one zip file, shared by the
// importers of its folders.
type archive struct {
	path    string
	members map[string]*zip.File
	offsets map[string]int64 // each member's local header offset
}

var (
	archivesMu sync.Mutex
	archives   = map[string]*archive{}
)

// openArchive reads (once) the directory of the zip file at path.
func openArchive(path string) (*archive, error) {
	archivesMu.Lock()
	defer archivesMu.Unlock()
	if a, ok := archives[path]; ok {
		return a, nil
	}
	r, err := zip.OpenReader(path)
	if err != nil {
		return nil, zipError("not a Zip file: '%s'", path)
	}
	a := &archive{path: path, members: map[string]*zip.File{}}
	for _, f := range r.File {
		a.members[f.Name] = f
	}
	a.offsets = headerOffsets(path)
	archives[path] = a
	return a, nil
}

// headerOffsets reads the central directory of the zip file at path for
// the offset of each member's local header, counted from the start of
// the file (data prepended to the archive included, as zipimport's
// file_offset is). Members it cannot place are left out.
func headerOffsets(path string) map[string]int64 {
	offsets := map[string]int64{}
	f, err := os.Open(path)
	if err != nil {
		return offsets
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return offsets
	}
	// The end-of-central-directory record: 22 bytes and a comment of
	// up to 65535, at the end of the file.
	size := fi.Size()
	tail := int64(22 + 65535)
	if tail > size {
		tail = size
	}
	buf := make([]byte, tail)
	if _, err := f.ReadAt(buf, size-tail); err != nil && err != io.EOF {
		return offsets
	}
	end := -1
	for i := len(buf) - 22; i >= 0; i-- {
		if binary.LittleEndian.Uint32(buf[i:]) == 0x06054b50 {
			end = i
			break
		}
	}
	if end < 0 {
		return offsets
	}
	dirSize := int64(binary.LittleEndian.Uint32(buf[end+12:]))
	dirOffset := int64(binary.LittleEndian.Uint32(buf[end+16:]))
	endPos := size - tail + int64(end)
	arcOffset := endPos - dirOffset - dirSize // data before the archive
	if dirSize <= 0 || endPos-dirSize < 0 || dirSize > 1<<30 {
		return offsets
	}
	dir := make([]byte, dirSize)
	if _, err := f.ReadAt(dir, endPos-dirSize); err != nil {
		return offsets
	}
	for p := 0; p+46 <= len(dir) && binary.LittleEndian.Uint32(dir[p:]) == 0x02014b50; {
		nameLen := int(binary.LittleEndian.Uint16(dir[p+28:]))
		extraLen := int(binary.LittleEndian.Uint16(dir[p+30:]))
		commentLen := int(binary.LittleEndian.Uint16(dir[p+32:]))
		if p+46+nameLen > len(dir) {
			break
		}
		name := string(dir[p+46 : p+46+nameLen])
		offsets[name] = int64(binary.LittleEndian.Uint32(dir[p+42:])) + arcOffset
		p += 46 + nameLen + extraLen + commentLen
	}
	return offsets
}

// directory is the table of contents of the archive as zipimport shows
// it (zipimporter._files, zipimport._zip_directory_cache[archive]):
// member name -> (path, compress, data_size, file_size, file_offset,
// time, date, crc), the time, date and crc as CPython reads them (16
// and 32 bits, signed). It is made once per interpreter and kept in
// the module's _zip_directory_cache when zipimport is imported.
func (a *archive) directory(t *py.Thread) *py.Dict {
	var cache *py.Dict
	if m, ok := t.Interp.Modules.GetStr(py.NewStr("zipimport")).(*py.Module); ok {
		cache, _ = m.Dict.GetStr(py.NewStr("_zip_directory_cache")).(*py.Dict)
	}
	key := py.NewStr(a.path)
	if cache != nil {
		if d, ok := cache.GetStr(key).(*py.Dict); ok {
			return d
		}
	}
	names := make([]string, 0, len(a.members))
	for n := range a.members {
		names = append(names, n)
	}
	sort.Strings(names)
	d := py.NewDict()
	for _, n := range names {
		f := a.members[n]
		d.SetStr(py.NewStr(n), py.NewTuple(py.NewStr(a.path+"/"+n), py.NewInt(int64(f.Method)),
			py.NewInt(int64(f.CompressedSize64)), py.NewInt(int64(f.UncompressedSize64)),
			py.NewInt(a.offsets[n]), py.NewInt(int64(int16(f.ModifiedTime))),
			py.NewInt(int64(int16(f.ModifiedDate))), py.NewInt(int64(int32(f.CRC32)))))
	}
	if cache != nil {
		cache.SetStr(key, d)
	}
	return d
}

func (a *archive) read(name string) ([]byte, error) {
	f, ok := a.members[name]
	if !ok {
		return nil, os.ErrNotExist
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// zipImporter is a zipimporter: an archive and a folder in it.
type zipImporter struct {
	arc    *archive
	prefix string // "" or "sub/dir/"
}

func (*zipImporter) Type() *py.Type { return ZipImporterType }

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("zipimport")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("zipimport provides support for importing Python modules from Zip archives.\n\n"+
		"This module exports three objects:\n- zipimporter: a class; its constructor takes a path to a Zip archive.\n"+
		"- ZipImportError: exception raised by zipimporter objects. It's a\n  subclass of ImportError, so it can be caught as ImportError, too.\n"+
		"- _zip_directory_cache: a dict, mapping archive paths to zip directory\n  info dicts, as used in zipimporter._files.\n\n"+
		"It is usually not needed to use the zipimport module explicitly; it is\nused by the builtin import mechanism for sys.path items that are paths\nto Zip archives."))
	m.Dict.SetStr(py.NewStr("zipimporter"), ZipImporterType)
	m.Dict.SetStr(py.NewStr("ZipImportError"), ZipImportErrorType)
	m.Dict.SetStr(py.NewStr("_zip_directory_cache"), py.NewDict())
	return m, nil
}

func init() {
	typ := ZipImporterType
	typ.New = func(t *py.Thread, _ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var p py.Object
		if err := py.ParseTuple("zipimporter", args, kwnames, 1, 1, &p); err != nil {
			return nil, err
		}
		var path string
		switch v := p.(type) {
		case *py.Str:
			path = v.String()
		case *py.Bytes:
			path = v.String()
		default:
			return nil, py.Errorf(py.TypeError, "Can't convert '%s' object to str implicitly", p.Type().Name)
		}
		if path == "" {
			return nil, zipError("archive path is empty")
		}
		// The longest leading part of path that is a file is the
		// archive; the rest is a folder inside it.
		file, rest := path, ""
		for {
			fi, err := os.Stat(file)
			if err == nil {
				if !fi.Mode().IsRegular() {
					return nil, zipError("not a Zip file")
				}
				break
			}
			i := strings.LastIndexByte(file, '/')
			if i <= 0 {
				return nil, zipError("not a Zip file")
			}
			rest = file[i+1:] + "/" + rest
			file = file[:i]
		}
		a, err := openArchive(file)
		if err != nil {
			return nil, err
		}
		if t.Interp.Modules.GetStr(py.NewStr("zipimport")) != nil {
			a.directory(t) // into zipimport._zip_directory_cache, as CPython does
		}
		return &zipImporter{arc: a, prefix: rest}, nil
	}
	typ.Repr = func(t *py.Thread, self py.Object) (py.Object, error) {
		z := self.(*zipImporter)
		if z.prefix != "" {
			return py.NewStr("<zipimporter object \"" + z.arc.path + "/" + z.prefix + "\">"), nil
		}
		return py.NewStr("<zipimporter object \"" + z.arc.path + "\">"), nil
	}
	nameMethod := func(name string, fn func(t *py.Thread, z *zipImporter, arg string) (py.Object, error)) py.MethodDef {
		return py.MethodDef{Name: name, Fn: func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			var a py.Object
			if err := py.ParseTuple(name, args, kwnames, 1, 1, &a); err != nil {
				return nil, err
			}
			s, ok := a.(*py.Str)
			if !ok {
				return nil, py.Errorf(py.TypeError, "%s() argument 1 must be str, not %s", name, a.Type().Name)
			}
			return fn(t, self.(*zipImporter), s.String())
		}}
	}
	typ.AddMethods(
		py.MethodDef{Name: "find_module", Fn: func(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			var name, path py.Object
			if err := py.ParseTuple("find_module", args, kwnames, 1, 2, &name, &path); err != nil {
				return nil, err
			}
			s, ok := name.(*py.Str)
			if !ok {
				return nil, py.Errorf(py.TypeError, "find_module() argument 1 must be str, not %s", name.Type().Name)
			}
			if _, ok := self.(*zipImporter).find(s.String()); ok {
				return self, nil
			}
			return py.None, nil
		}},
		nameMethod("load_module", func(t *py.Thread, z *zipImporter, name string) (py.Object, error) {
			return z.loadModule(t, name)
		}),
		nameMethod("get_code", func(t *py.Thread, z *zipImporter, name string) (py.Object, error) {
			m, err := z.mustFind(name)
			if err != nil {
				return nil, err
			}
			return z.code(t, m)
		}),
		nameMethod("get_source", func(t *py.Thread, z *zipImporter, name string) (py.Object, error) {
			m, err := z.mustFind(name)
			if err != nil {
				return nil, err
			}
			if m.source == "" {
				return py.None, nil
			}
			data, err := z.arc.read(m.source)
			if err != nil {
				return nil, zipError("can't read Zip file: %s", z.arc.path)
			}
			text := strings.ReplaceAll(strings.ReplaceAll(string(data), "\r\n", "\n"), "\r", "\n")
			return py.NewStr(text), nil
		}),
		nameMethod("is_package", func(t *py.Thread, z *zipImporter, name string) (py.Object, error) {
			m, err := z.mustFind(name)
			if err != nil {
				return nil, err
			}
			return py.NewBool(m.pkg), nil
		}),
		nameMethod("get_filename", func(t *py.Thread, z *zipImporter, name string) (py.Object, error) {
			m, err := z.mustFind(name)
			if err != nil {
				return nil, err
			}
			return py.NewStr(z.arc.path + "/" + m.file()), nil
		}),
		nameMethod("get_data", func(t *py.Thread, z *zipImporter, p string) (py.Object, error) {
			name := strings.TrimPrefix(p, z.arc.path+"/")
			data, err := z.arc.read(name)
			if err != nil {
				return nil, py.NewOSError(py.IOError, os.ErrNotExist, name)
			}
			return py.NewBytes(string(data)), nil
		}),
	)
	typ.AddGetSets(
		py.GetSetDef{Name: "archive", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			return py.NewStr(self.(*zipImporter).arc.path), nil
		}},
		py.GetSetDef{Name: "prefix", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			return py.NewStr(self.(*zipImporter).prefix), nil
		}},
		py.GetSetDef{Name: "_files", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			return self.(*zipImporter).arc.directory(t), nil
		}},
	)
}

// member is where a module is in the archive: its source and compiled
// members ("" when absent) and whether it is a package.
type member struct {
	source, compiled string
	pkg              bool
}

func (m member) file() string {
	if m.source != "" {
		return m.source
	}
	return m.compiled
}

// find looks for fullname in the importer's folder: a package first,
// then a module.
func (z *zipImporter) find(fullname string) (member, bool) {
	sub := fullname[strings.LastIndexByte(fullname, '.')+1:]
	for _, base := range []struct {
		path string
		pkg  bool
	}{{z.prefix + sub + "/__init__", true}, {z.prefix + sub, false}} {
		m := member{pkg: base.pkg}
		if _, ok := z.arc.members[base.path+".py"]; ok {
			m.source = base.path + ".py"
		}
		if _, ok := z.arc.members[base.path+".pyc"]; ok {
			m.compiled = base.path + ".pyc"
		}
		if m.source != "" || m.compiled != "" {
			return m, true
		}
	}
	return member{}, false
}

func (z *zipImporter) mustFind(fullname string) (member, error) {
	m, ok := z.find(fullname)
	if !ok {
		return m, zipError("can't find module '%s'", fullname)
	}
	return m, nil
}

// code compiles the module's source, or reads its compiled member when
// it has no source.
func (z *zipImporter) code(t *py.Thread, m member) (*py.Code, error) {
	if m.source != "" {
		data, err := z.arc.read(m.source)
		if err != nil {
			return nil, zipError("can't read Zip file: %s", z.arc.path)
		}
		return builtins.CompileModule(t, data, z.arc.path+"/"+m.source)
	}
	data, err := z.arc.read(m.compiled)
	if err != nil {
		return nil, zipError("can't read Zip file: %s", z.arc.path)
	}
	if len(data) < 12 || [4]byte(data[:4]) != builtins.Magic {
		return nil, zipError("can't find module")
	}
	obj, err := marshal.Loads(data[12:])
	if err != nil {
		return nil, err
	}
	code, ok := obj.(*py.Code)
	if !ok {
		return nil, py.Errorf(py.TypeError, "compiled module %s is not a code object", z.arc.path+"/"+m.compiled)
	}
	return code, nil
}

// loadModule runs the module fullname from the archive.
func (z *zipImporter) loadModule(t *py.Thread, fullname string) (py.Object, error) {
	m, err := z.mustFind(fullname)
	if err != nil {
		return nil, err
	}
	code, err := z.code(t, m)
	if err != nil {
		return nil, err
	}
	mod := builtins.AddModule(t, fullname)
	d := mod.Dict
	file := z.arc.path + "/" + m.file()
	d.SetStr(py.NewStr("__file__"), py.NewStr(file))
	d.SetStr(py.NewStr("__loader__"), z)
	if m.pkg {
		d.SetStr(py.NewStr("__path__"), py.NewList(py.NewStr(z.arc.path+"/"+strings.TrimSuffix(filepath.Dir(m.file()), "/"))))
	}
	builtins.VerboseMessage(t, "import "+fullname+" # loaded from Zip "+file+"\n")
	return builtins.ExecCodeModule(t, fullname, code, file, "")
}

// zipSource gives tracebacks the text of a module in an archive.
func zipSource(t *py.Thread, filename string) ([]byte, bool) {
	file := filename
	for {
		i := strings.LastIndexByte(file, '/')
		if i <= 0 {
			return nil, false
		}
		file = file[:i]
		archivesMu.Lock()
		a, ok := archives[file]
		archivesMu.Unlock()
		if ok {
			data, err := a.read(filename[len(file)+1:])
			return data, err == nil
		}
	}
}
