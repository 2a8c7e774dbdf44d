package pyio

import (
	"runtime"
	"syscall"

	"github.com/taipan-py/taipan/py"
)

// FileIO is a raw file (io.FileIO): a file descriptor.
type FileIO struct {
	rf       *rawFile
	readable bool
	writable bool
	dict     *py.Dict
}

// rawFile owns a file descriptor; a cleanup closes it when the rawFile
// becomes unreachable (if closefd).
type rawFile struct {
	fd       int // -1 once closed
	closefd  bool
	seekable int8 // -1 unknown, 0 no, 1 yes
	cleanup  runtime.Cleanup
}

// FileIOType is io.FileIO.
var FileIOType = &py.Type{Name: "FileIO", Module: "_io", Flags: py.FlagHasDict}

// Type returns FileIO.
func (f *FileIO) Type() *py.Type { return FileIOType }

// Dict returns the instance dict (which holds name).
func (f *FileIO) Dict() *py.Dict {
	if f.dict == nil {
		f.dict = py.NewDict()
	}
	return f.dict
}

// NewStdFileIO returns a FileIO for a standard stream's descriptor, named
// name ("<stdout>"), which closing does not close.
func NewStdFileIO(fd int, mode string, name string) *FileIO {
	f := &FileIO{rf: &rawFile{fd: fd, seekable: -1}}
	f.readable = mode == "r"
	f.writable = mode == "w"
	f.Dict().SetStr(strName, py.NewStr(name))
	return f
}

// NewFileIO opens a raw file as io.FileIO(file, mode, closefd) does.
func NewFileIO(t *py.Thread, file py.Object, mode string, closefd bool) (*FileIO, error) {
	fd := -1
	var name string
	switch v := file.(type) {
	case *py.Float:
		return nil, py.Errorf(py.TypeError, "integer argument expected, got float")
	case *py.Str:
		name = v.String()
	case *py.Bytes:
		name = v.String()
	default:
		n, err := py.ArgInt(t, file)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.Errorf(py.ValueError, "Negative filedescriptor")
		}
		fd = n
	}
	f := &FileIO{}
	flags := 0
	rwa, plus, appending := false, false, false
	for i := 0; i < len(mode); i++ {
		switch mode[i] {
		case 'r':
			if rwa {
				return nil, badMode()
			}
			rwa = true
			f.readable = true
		case 'w':
			if rwa {
				return nil, badMode()
			}
			rwa = true
			f.writable = true
			flags |= syscall.O_CREAT | syscall.O_TRUNC
		case 'a':
			if rwa {
				return nil, badMode()
			}
			rwa = true
			f.writable = true
			flags |= syscall.O_CREAT | syscall.O_APPEND
			appending = true
		case 'b':
		case '+':
			if plus {
				return nil, badMode()
			}
			f.readable, f.writable = true, true
			plus = true
		default:
			return nil, py.Errorf(py.ValueError, "invalid mode: %s", mode)
		}
	}
	if !rwa {
		return nil, badMode()
	}
	switch {
	case f.readable && f.writable:
		flags |= syscall.O_RDWR
	case f.readable:
		flags |= syscall.O_RDONLY
	default:
		flags |= syscall.O_WRONLY
	}
	flags |= syscall.O_CLOEXEC
	if fd >= 0 {
		var st syscall.Stat_t
		if err := syscall.Fstat(fd, &st); err != nil {
			return nil, py.NewOSError(py.OSError, err, "")
		}
		f.rf = &rawFile{fd: fd, closefd: closefd, seekable: -1}
	} else {
		if !closefd {
			return nil, py.Errorf(py.ValueError, "Cannot use closefd=False with file name")
		}
		var nfd int
		var err error
		for {
			nfd, err = syscall.Open(name, flags, 0666)
			if err != syscall.EINTR {
				break
			}
		}
		if err != nil {
			return nil, py.NewOSError(py.IOError, err, name)
		}
		f.rf = &rawFile{fd: nfd, closefd: true, seekable: -1}
	}
	var st syscall.Stat_t
	if err := syscall.Fstat(f.rf.fd, &st); err == nil && st.Mode&syscall.S_IFMT == syscall.S_IFDIR {
		f.rf.closeFD()
		return nil, py.NewOSError(py.IOError, syscall.EISDIR, name)
	}
	if f.rf.closefd {
		f.rf.cleanup = runtime.AddCleanup(f.rf, closeFD, f.rf.fd)
	}
	f.Dict().SetStr(strName, file)
	if appending {
		if _, err := syscall.Seek(f.rf.fd, 0, 2); err != nil {
			f.close()
			return nil, py.NewOSError(py.IOError, err, "")
		}
	}
	return f, nil
}

func badMode() error {
	return py.Errorf(py.ValueError, "Must have exactly one of read/write/append mode and at most one plus")
}

func closeFD(fd int) { syscall.Close(fd) }

// closeFD closes the descriptor (if the file owns it).
func (rf *rawFile) closeFD() error {
	if rf.fd < 0 {
		return nil
	}
	fd := rf.fd
	rf.fd = -1
	if !rf.closefd {
		return nil
	}
	rf.cleanup.Stop()
	if err := syscall.Close(fd); err != nil {
		return py.NewOSError(py.IOError, err, "")
	}
	return nil
}

// read reads up to len(p) bytes with one system call.
func (rf *rawFile) read(p []byte) (int, error) {
	for {
		n, err := syscall.Read(rf.fd, p)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return 0, py.NewOSError(py.IOError, err, "")
		}
		return n, nil
	}
}

// writeAll writes all of p.
func (rf *rawFile) writeAll(p []byte) error {
	for len(p) > 0 {
		n, err := syscall.Write(rf.fd, p)
		if err == syscall.EINTR || err == syscall.EAGAIN {
			continue
		}
		if err != nil {
			return py.NewOSError(py.IOError, err, "")
		}
		p = p[n:]
	}
	return nil
}

// seek moves the position, returning the new one.
func (rf *rawFile) seek(pos int64, whence int) (int64, error) {
	n, err := syscall.Seek(rf.fd, pos, whence)
	if err != nil {
		return 0, py.NewOSError(py.IOError, err, "")
	}
	return n, nil
}

func (rf *rawFile) isSeekable() bool {
	if rf.seekable < 0 {
		if _, err := syscall.Seek(rf.fd, 0, 1); err != nil {
			rf.seekable = 0
		} else {
			rf.seekable = 1
		}
	}
	return rf.seekable == 1
}

func (f *FileIO) closed() bool { return f.rf.fd < 0 }

func (f *FileIO) close() error { return f.rf.closeFD() }

// isatty reports whether the file is a terminal.
func (f *FileIO) isatty() bool {
	if f.rf.fd < 0 {
		return false
	}
	return isTerminal(f.rf.fd)
}

// blockSize is the default buffer size for the file: its st_blksize.
func (f *FileIO) blockSize() int {
	var st syscall.Stat_t
	if err := syscall.Fstat(f.rf.fd, &st); err == nil && st.Blksize > 1 {
		return int(st.Blksize)
	}
	return DefaultBufferSize
}

// modeString is FileIO.mode: rb, wb or rb+.
func (f *FileIO) modeString() string {
	if f.readable {
		if f.writable {
			return "rb+"
		}
		return "rb"
	}
	return "wb"
}

// readAll reads to the end of the file.
func (f *FileIO) readAll() ([]byte, error) {
	size := DefaultBufferSize
	var st syscall.Stat_t
	if err := syscall.Fstat(f.rf.fd, &st); err == nil && st.Size > 0 {
		if pos, err := syscall.Seek(f.rf.fd, 0, 1); err == nil && st.Size >= pos {
			size = int(st.Size-pos) + 1
		}
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.rf.read(buf[len(buf):cap(buf)])
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return buf, nil
		}
		buf = buf[:len(buf)+n]
	}
}

func asFileIO(self py.Object) *FileIO { return self.(*FileIO) }

func (f *FileIO) checkOpen() error {
	if f.closed() {
		return closedError(msgClosed)
	}
	return nil
}

func fileioNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var file, mode, closefd py.Object
	if err := py.ParseArgs("fileio", args, kwnames, []string{"file", "mode", "closefd"}, 1, &file, &mode, &closefd); err != nil {
		return nil, err
	}
	m := "r"
	if mode != nil {
		s, ok := mode.(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "fileio() argument 2 must be str, not %s", mode.Type().Name)
		}
		m = s.String()
	}
	cfd := true
	if closefd != nil {
		n, err := py.ArgInt(t, closefd)
		if err != nil {
			return nil, err
		}
		cfd = n != 0
	}
	return NewFileIO(t, file, m, cfd)
}

func init() {
	t := FileIOType
	t.Base = RawIOBaseType
	t.New = fileioNew
	t.Repr = func(th *py.Thread, self py.Object) (py.Object, error) {
		f := asFileIO(self)
		if f.closed() {
			return py.NewStr("<_io.FileIO [closed]>"), nil
		}
		name := f.Dict().GetStr(strName)
		if name == nil {
			return py.NewStr("<_io.FileIO fd=" + itoa(f.rf.fd) + " mode='" + f.modeString() + "'>"), nil
		}
		r, err := py.Repr(th, name)
		if err != nil {
			return nil, err
		}
		return py.NewStr("<_io.FileIO name=" + r.String() + " mode='" + f.modeString() + "'>"), nil
	}
	t.GetAttr = func(th *py.Thread, self py.Object, name *py.Str) (py.Object, error) {
		return genericGetAttr(th, self, name, asFileIO(self).Dict())
	}
	t.SetAttr = func(th *py.Thread, self py.Object, name *py.Str, value py.Object) error {
		return genericSetAttr(th, self, name, value, asFileIO(self).Dict())
	}
	t.Iter = iobaseIter
	t.Next = iobaseNext
	t.AddMethods(
		py.MethodDef{Name: "read", Fn: fileioRead},
		py.MethodDef{Name: "readall", Fn: fileioReadall},
		py.MethodDef{Name: "readinto", Fn: fileioReadinto},
		py.MethodDef{Name: "write", Fn: fileioWrite},
		py.MethodDef{Name: "seek", Fn: fileioSeek},
		py.MethodDef{Name: "tell", Fn: fileioTell},
		py.MethodDef{Name: "truncate", Fn: fileioTruncate},
		py.MethodDef{Name: "close", Fn: fileioClose},
		py.MethodDef{Name: "fileno", Fn: fileioFileno},
		py.MethodDef{Name: "isatty", Fn: fileioIsatty},
		py.MethodDef{Name: "readable", Fn: fileioReadable},
		py.MethodDef{Name: "writable", Fn: fileioWritable},
		py.MethodDef{Name: "seekable", Fn: fileioSeekable},
		py.MethodDef{Name: "flush", Fn: fileioFlush},
		py.MethodDef{Name: "readline", Fn: iobaseReadline},
		py.MethodDef{Name: "readlines", Fn: iobaseReadlines},
		py.MethodDef{Name: "writelines", Fn: iobaseWritelines},
		py.MethodDef{Name: "__enter__", Fn: iobaseEnter},
		py.MethodDef{Name: "__exit__", Fn: iobaseExit},
	)
	t.AddGetSets(
		py.GetSetDef{Name: "closed", Doc: "True if the file is closed", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return py.NewBool(asFileIO(self).closed()), nil
		}},
		py.GetSetDef{Name: "closefd", Doc: "True if the file descriptor will be closed", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return py.NewBool(asFileIO(self).rf.closefd), nil
		}},
		py.GetSetDef{Name: "mode", Doc: "String giving the file mode", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return py.NewStr(asFileIO(self).modeString()), nil
		}},
	)
}

func fileioRead(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	f := asFileIO(self)
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	if !f.readable {
		return nil, unsupported("File not open for reading")
	}
	n, err := sizeArg(t, "read", args, kwnames)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		b, err := f.readAll()
		if err != nil {
			return nil, err
		}
		return py.NewBytes(string(b)), nil
	}
	buf := make([]byte, n)
	m, err := f.rf.read(buf)
	if err != nil {
		return nil, err
	}
	return py.NewBytes(string(buf[:m])), nil
}

// fileioReadinto is FileIO.readinto(b): one read of up to len(b) bytes
// straight into b's memory.
func fileioReadinto(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	f := asFileIO(self)
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	if !f.readable {
		return nil, unsupported("File not open for reading")
	}
	b, err := py.OneArg("readinto", args, kwnames)
	if err != nil {
		return nil, err
	}
	buf, err := writableBuffer(b)
	if err != nil {
		return nil, err
	}
	m, err := f.rf.read(buf)
	if err != nil {
		return nil, err
	}
	return py.NewInt(int64(m)), nil
}

func fileioReadall(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("readall", args, kwnames); err != nil {
		return nil, err
	}
	f := asFileIO(self)
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	b, err := f.readAll()
	if err != nil {
		return nil, err
	}
	return py.NewBytes(string(b)), nil
}

func fileioWrite(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	f := asFileIO(self)
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	if !f.writable {
		return nil, unsupported("File not open for writing")
	}
	data, err := py.OneArg("write", args, kwnames)
	if err != nil {
		return nil, err
	}
	b, err := bytesArg(data)
	if err != nil {
		return nil, err
	}
	n, werr := syscall.Write(f.rf.fd, b)
	for werr == syscall.EINTR {
		n, werr = syscall.Write(f.rf.fd, b)
	}
	if werr == syscall.EAGAIN {
		return py.None, nil
	}
	if werr != nil {
		return nil, py.NewOSError(py.IOError, werr, "")
	}
	return py.NewInt(int64(n)), nil
}

// bytesArg returns the contents of a bytes-like argument of write().
func bytesArg(o py.Object) ([]byte, error) {
	switch v := o.(type) {
	case *py.Bytes:
		return []byte(v.String()), nil
	case *py.ByteArray:
		return v.Bytes(), nil
	case interface{ BufferBytes() []byte }:
		return v.BufferBytes(), nil
	case *py.Str:
		return nil, py.Errorf(py.TypeError, "'str' does not support the buffer interface")
	}
	return nil, py.Errorf(py.TypeError, "'%s' does not support the buffer interface", o.Type().Name)
}

// seekArgs parses seek(pos, whence=0).
func seekArgs(t *py.Thread, args []py.Object, kwnames *py.Tuple) (int64, int, error) {
	var posArg, whenceArg py.Object
	if err := py.ParseTuple("seek", args, kwnames, 1, 2, &posArg, &whenceArg); err != nil {
		return 0, 0, err
	}
	if _, ok := posArg.(*py.Float); ok {
		return 0, 0, py.Errorf(py.TypeError, "an integer is required")
	}
	pos, err := py.ArgLong(t, posArg)
	if err != nil {
		return 0, 0, err
	}
	whence := 0
	if whenceArg != nil {
		if whence, err = py.ArgInt(t, whenceArg); err != nil {
			return 0, 0, err
		}
	}
	return pos, whence, nil
}

func fileioSeek(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	f := asFileIO(self)
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	pos, whence, err := seekArgs(t, args, kwnames)
	if err != nil {
		return nil, err
	}
	n, err := f.rf.seek(pos, whence)
	if err != nil {
		return nil, err
	}
	return py.NewInt(n), nil
}

func fileioTell(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("tell", args, kwnames); err != nil {
		return nil, err
	}
	f := asFileIO(self)
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	n, err := f.rf.seek(0, 1)
	if err != nil {
		return nil, err
	}
	return py.NewInt(n), nil
}

func fileioTruncate(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	f := asFileIO(self)
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	if !f.writable {
		return nil, unsupported("File not open for writing")
	}
	var posArg py.Object
	if err := py.ParseTuple("truncate", args, kwnames, 0, 1, &posArg); err != nil {
		return nil, err
	}
	var pos int64
	if posArg == nil || posArg == py.None {
		p, err := f.rf.seek(0, 1)
		if err != nil {
			return nil, err
		}
		pos = p
	} else {
		p, err := py.ArgLong(t, posArg)
		if err != nil {
			return nil, err
		}
		pos = p
	}
	if err := syscall.Ftruncate(f.rf.fd, pos); err != nil {
		return nil, py.NewOSError(py.IOError, err, "")
	}
	return py.NewInt(pos), nil
}

func fileioClose(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("close", args, kwnames); err != nil {
		return nil, err
	}
	if err := asFileIO(self).close(); err != nil {
		return nil, err
	}
	return py.None, nil
}

func fileioFlush(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("flush", args, kwnames); err != nil {
		return nil, err
	}
	if asFileIO(self).closed() {
		return nil, closedError(msgClosedDot)
	}
	return py.None, nil
}

func fileioFileno(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("fileno", args, kwnames); err != nil {
		return nil, err
	}
	f := asFileIO(self)
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	return py.NewInt(int64(f.rf.fd)), nil
}

func fileioIsatty(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("isatty", args, kwnames); err != nil {
		return nil, err
	}
	f := asFileIO(self)
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	return py.NewBool(f.isatty()), nil
}

func fileioReadable(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("readable", args, kwnames); err != nil {
		return nil, err
	}
	f := asFileIO(self)
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	return py.NewBool(f.readable), nil
}

func fileioWritable(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("writable", args, kwnames); err != nil {
		return nil, err
	}
	f := asFileIO(self)
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	return py.NewBool(f.writable), nil
}

func fileioSeekable(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("seekable", args, kwnames); err != nil {
		return nil, err
	}
	f := asFileIO(self)
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	return py.NewBool(f.rf.isSeekable()), nil
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}
