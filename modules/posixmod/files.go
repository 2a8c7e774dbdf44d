package posixmod

import (
	"math/big"
	"os"

	"golang.org/x/sys/unix"

	"github.com/taipan-py/taipan/py"
)

// The stat_result of stat(), lstat() and fstat(): ten items (with the
// times as ints), and the times as floats, st_blksize, st_blocks and
// st_rdev as attributes only.
var statResultType = py.NewStructSeqTypeDesc(py.StructSeqDesc{
	Module: "posix", Name: "stat_result",
	Doc: "stat_result: Result from stat or lstat.\n\n" +
		"This object may be accessed either as a tuple of\n" +
		"  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n" +
		"or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\n" +
		"Posix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\n" +
		"or st_flags, they are available as attributes only.\n\n" +
		"See os.stat for more information.",
	Fields: []string{"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
		"", "", "",
		"st_atime", "st_mtime", "st_ctime", "st_blksize", "st_blocks", "st_rdev"},
	InSequence: 10,
	Complete: func(f []py.Object) {
		// A stat_result made from a 10-sequence has its times from the
		// integer items.
		for i := 10; i < 13; i++ {
			if f[i] == py.None {
				f[i] = f[i-3]
			}
		}
	},
})

var statvfsResultType = py.NewStructSeqTypeDesc(py.StructSeqDesc{
	Module: "posix", Name: "statvfs_result",
	Doc: "statvfs_result: Result from statvfs or fstatvfs.\n\n" +
		"This object may be accessed either as a tuple of\n" +
		"  (bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax),\n" +
		"or via the attributes f_bsize, f_frsize, f_blocks, f_bfree, and so on.\n\n" +
		"See os.statvfs for more information.",
	Fields: []string{"f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
		"f_ffree", "f_favail", "f_flag", "f_namemax"},
	InSequence: 10,
})

func uint64Int(v uint64) *py.Int {
	if v > 1<<63-1 {
		return py.NewBigInt(new(big.Int).SetUint64(v))
	}
	return py.NewInt(int64(v))
}

func timeFloat(ts unix.Timespec) float64 {
	return float64(ts.Sec) + float64(ts.Nsec)*1e-9
}

// statResult makes the stat_result of s.
func statResult(st *state, s *unix.Stat_t) py.Object {
	f := make([]py.Object, 16)
	f[0] = py.NewInt(int64(s.Mode))
	f[1] = uint64Int(s.Ino)
	f[2] = uint64Int(s.Dev)
	f[3] = uint64Int(uint64(s.Nlink))
	f[4] = py.NewInt(int64(s.Uid))
	f[5] = py.NewInt(int64(s.Gid))
	f[6] = py.NewInt(s.Size)
	for i, ts := range []unix.Timespec{s.Atim, s.Mtim, s.Ctim} {
		f[7+i] = py.NewInt(ts.Sec)
		if st.floatTimes {
			f[10+i] = py.NewFloat(timeFloat(ts))
		} else {
			f[10+i] = f[7+i]
		}
	}
	f[13] = py.NewInt(int64(s.Blksize))
	f[14] = py.NewInt(s.Blocks)
	f[15] = uint64Int(s.Rdev)
	return py.NewStructSeqFields(statResultType, f)
}

func posixStat(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return statCall(t, st, "stat", unix.Stat, args, kwnames)
}

func posixLstat(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return statCall(t, st, "lstat", unix.Lstat, args, kwnames)
}

func statCall(t *py.Thread, st *state, fname string, call func(string, *unix.Stat_t) error, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	p, err := onePath(t, fname, args, kwnames)
	if err != nil {
		return nil, err
	}
	var s unix.Stat_t
	if err := retry(func() error { return call(p.b, &s) }); err != nil {
		return nil, pathError(t, err, p)
	}
	return statResult(st, &s), nil
}

func posixFstat(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var fd int
	if err := ints(t, "fstat", args, kwnames, 1, &fd); err != nil {
		return nil, err
	}
	var s unix.Stat_t
	if err := retry(func() error { return unix.Fstat(fd, &s) }); err != nil {
		return nil, osError(err)
	}
	return statResult(st, &s), nil
}

func posixStatFloatTimes(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var v py.Object
	if err := py.ParseTuple("stat_float_times", args, kwnames, 0, 1, &v); err != nil {
		return nil, err
	}
	if v == nil {
		return py.NewBool(st.floatTimes), nil
	}
	n, err := py.ArgInt(t, v)
	if err != nil {
		return nil, err
	}
	st.floatTimes = n != 0
	return py.None, nil
}

func statvfsResult(s *unix.Statfs_t) py.Object {
	const stValid = 0x20 // the kernel's "f_flags is valid" bit, which the C library hides
	return py.NewStructSeqFields(statvfsResultType, []py.Object{
		py.NewInt(s.Bsize), py.NewInt(s.Frsize), uint64Int(s.Blocks), uint64Int(s.Bfree),
		uint64Int(s.Bavail), uint64Int(s.Files), uint64Int(s.Ffree), uint64Int(s.Ffree),
		py.NewInt(s.Flags &^ stValid), py.NewInt(s.Namelen),
	})
}

func posixStatvfs(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	p, err := onePath(t, "statvfs", args, kwnames)
	if err != nil {
		return nil, err
	}
	var s unix.Statfs_t
	if err := retry(func() error { return unix.Statfs(p.b, &s) }); err != nil {
		return nil, pathError(t, err, p)
	}
	return statvfsResult(&s), nil
}

func posixFstatvfs(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var fd int
	if err := ints(t, "fstatvfs", args, kwnames, 1, &fd); err != nil {
		return nil, err
	}
	var s unix.Statfs_t
	if err := retry(func() error { return unix.Fstatfs(fd, &s) }); err != nil {
		return nil, osError(err)
	}
	return statvfsResult(&s), nil
}

func posixListdir(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a py.Object
	if err := py.ParseTuple("listdir", args, kwnames, 0, 1, &a); err != nil {
		return nil, err
	}
	p := path{b: ".", obj: py.NewStr(".")}
	if a != nil {
		var err error
		if p, err = fsPath(t, a); err != nil {
			return nil, err
		}
	}
	f, err := os.Open(p.b)
	if err != nil {
		return nil, pathError(t, err, p)
	}
	defer f.Close()
	names, err := f.Readdirnames(-1)
	if err != nil {
		return nil, pathError(t, err, p)
	}
	items := make([]py.Object, len(names))
	for i, n := range names {
		if items[i], err = p.name(t, n); err != nil {
			return nil, err
		}
	}
	return py.NewList(items...), nil
}

// pathCall runs a call on one path argument (and optional int arguments
// after it: modes, ids), returning None or the OSError naming the path.
func pathCall(fname string, min, max int, call func(p string, n []int) error) func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return pathCallDefaults(fname, min, max, nil, call)
}

func pathCallDefaults(fname string, min, max int, defaults []int, call func(p string, n []int) error) func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var objs [4]py.Object
		ptrs := []*py.Object{&objs[0], &objs[1], &objs[2], &objs[3]}[:max]
		if err := py.ParseTuple(fname, args, kwnames, min, max, ptrs...); err != nil {
			return nil, err
		}
		p, err := fsPath(t, objs[0])
		if err != nil {
			return nil, err
		}
		n := make([]int, max-1)
		copy(n, defaults)
		for i := 1; i < len(args); i++ {
			if n[i-1], err = py.ArgInt(t, objs[i]); err != nil {
				return nil, err
			}
		}
		if err := retry(func() error { return call(p.b, n) }); err != nil {
			return nil, pathError(t, err, p)
		}
		return py.None, nil
	}
}

// twoPathCall runs a call on two paths (rename, link, symlink); its
// OSError names neither, as in CPython 3.2.
func twoPathCall(fname string, call func(a, b string) error) func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		a, b, err := twoPaths(t, fname, args, kwnames)
		if err != nil {
			return nil, err
		}
		if err := retry(func() error { return call(a.b, b.b) }); err != nil {
			return nil, osError(err)
		}
		return py.None, nil
	}
}

func posixReadlink(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	p, err := onePath(t, "readlink", args, kwnames)
	if err != nil {
		return nil, err
	}
	for size := 256; ; size *= 2 {
		buf := make([]byte, size)
		var n int
		if err := retry(func() error { var e error; n, e = unix.Readlink(p.b, buf); return e }); err != nil {
			return nil, pathError(t, err, p)
		}
		if n < size {
			return p.name(t, string(buf[:n]))
		}
	}
}

func posixAccess(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, m py.Object
	if err := py.ParseTuple("access", args, kwnames, 2, 2, &a, &m); err != nil {
		return nil, err
	}
	p, err := fsPath(t, a)
	if err != nil {
		return nil, err
	}
	mode, err := py.ArgInt(t, m)
	if err != nil {
		return nil, err
	}
	return py.NewBool(unix.Access(p.b, uint32(mode)) == nil), nil
}

func posixGetcwd(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("getcwd", args, kwnames); err != nil {
		return nil, err
	}
	wd, err := unix.Getwd()
	if err != nil {
		return nil, osError(err)
	}
	return fsDecode(t, wd)
}

func posixGetcwdb(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("getcwdb", args, kwnames); err != nil {
		return nil, err
	}
	wd, err := unix.Getwd()
	if err != nil {
		return nil, osError(err)
	}
	return py.NewBytes(wd), nil
}

func posixUtime(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, times py.Object
	if err := py.ParseTuple("utime", args, kwnames, 2, 2, &a, &times); err != nil {
		return nil, err
	}
	p, err := fsPath(t, a)
	if err != nil {
		return nil, err
	}
	var tv []unix.Timeval
	if times != py.None {
		tup, ok := times.(*py.Tuple)
		if !ok || len(tup.Items) != 2 {
			return nil, py.Errorf(py.TypeError, "utime() arg 2 must be a tuple (atime, mtime)")
		}
		tv = make([]unix.Timeval, 2)
		for i, o := range tup.Items {
			if tv[i], err = timeval(t, o); err != nil {
				return nil, err
			}
		}
	}
	if err := retry(func() error {
		if tv == nil {
			return unix.UtimesNano(p.b, nil)
		}
		return unix.Utimes(p.b, tv)
	}); err != nil {
		return nil, pathError(t, err, p)
	}
	return py.None, nil
}

// timeval converts a time in seconds (int or float) for utime, to
// microseconds as CPython 3.2 does.
func timeval(t *py.Thread, o py.Object) (unix.Timeval, error) {
	if f, ok := o.(*py.Float); ok {
		v := f.Float64()
		sec := int64(v)
		usec := int64((v - float64(sec)) * 1e6)
		if usec < 0 {
			usec = 0
		}
		return unix.Timeval{Sec: sec, Usec: usec}, nil
	}
	sec, err := py.ArgLong(t, o)
	if err != nil {
		return unix.Timeval{}, err
	}
	return unix.Timeval{Sec: sec}, nil
}

// lchmod changes the mode of a file that is not a symbolic link, and
// fails with EOPNOTSUPP for one, as the C library does on Linux.
func lchmod(p string, mode uint32) error {
	var s unix.Stat_t
	if err := unix.Lstat(p, &s); err != nil {
		return err
	}
	if s.Mode&unix.S_IFMT == unix.S_IFLNK {
		return unix.EOPNOTSUPP
	}
	return unix.Chmod(p, mode)
}

func init() {
	register(
		function{"stat", posixStat, "stat(path) -> stat result\n\nPerform a stat system call on the given path."},
		function{"lstat", posixLstat, "lstat(path) -> stat result\n\nLike stat(path), but do not follow symbolic links."},
		function{"fstat", posixFstat, "fstat(fd) -> stat result\n\nLike stat(), but for an open file descriptor."},
		function{"stat_float_times", posixStatFloatTimes, "stat_float_times([newval]) -> oldval\n\nDetermine whether os.[lf]stat represents time stamps as float objects."},
		function{"statvfs", posixStatvfs, "statvfs(path) -> statvfs result\n\nPerform a statvfs system call on the given path."},
		function{"fstatvfs", posixFstatvfs, "fstatvfs(fd) -> statvfs result\n\nPerform an fstatvfs system call on the given fd."},
		function{"listdir", posixListdir, "listdir([path]) -> list_of_strings\n\nReturn a list containing the names of the entries in the directory."},
		function{"mkdir", pathCallDefaults("mkdir", 1, 2, []int{0o777}, func(p string, n []int) error { return unix.Mkdir(p, uint32(n[0])) }), "mkdir(path [, mode=0777])\n\nCreate a directory."},
		function{"rmdir", pathCall("rmdir", 1, 1, func(p string, n []int) error { return unix.Rmdir(p) }), "rmdir(path)\n\nRemove a directory."},
		function{"remove", pathCall("remove", 1, 1, func(p string, n []int) error { return unix.Unlink(p) }), "remove(path)\n\nRemove a file (same as unlink(path))."},
		function{"unlink", pathCall("unlink", 1, 1, func(p string, n []int) error { return unix.Unlink(p) }), "unlink(path)\n\nRemove a file (same as remove(path))."},
		function{"chdir", pathCall("chdir", 1, 1, func(p string, n []int) error { return unix.Chdir(p) }), "chdir(path)\n\nChange the current working directory to the specified path."},
		function{"chroot", pathCall("chroot", 1, 1, func(p string, n []int) error { return unix.Chroot(p) }), "chroot(path)\n\nChange root directory to path."},
		function{"chmod", pathCall("chmod", 2, 2, func(p string, n []int) error { return unix.Chmod(p, uint32(n[0])) }), "chmod(path, mode)\n\nChange the access permissions of a file."},
		function{"lchmod", pathCall("lchmod", 2, 2, func(p string, n []int) error { return lchmod(p, uint32(n[0])) }), "lchmod(path, mode)\n\nChange the access permissions of a file. If path is a symlink, this\naffects the link itself rather than the target."},
		function{"chown", pathCall("chown", 3, 3, func(p string, n []int) error { return unix.Chown(p, n[0], n[1]) }), "chown(path, uid, gid)\n\nChange the owner and group id of path to the numeric uid and gid."},
		function{"lchown", pathCall("lchown", 3, 3, func(p string, n []int) error { return unix.Lchown(p, n[0], n[1]) }), "lchown(path, uid, gid)\n\nChange the owner and group id of path to the numeric uid and gid.\nThis function will not follow symbolic links."},
		function{"mkfifo", pathCallDefaults("mkfifo", 1, 2, []int{0o666}, func(p string, n []int) error { return unix.Mkfifo(p, uint32(n[0])) }), "mkfifo(filename [, mode=0666])\n\nCreate a FIFO (a POSIX named pipe)."},
		function{"mknod", pathCallDefaults("mknod", 1, 3, []int{0o600, 0}, func(p string, n []int) error { return unix.Mknod(p, uint32(n[0]), n[1]) }), "mknod(filename [, mode=0600, device])\n\nCreate a filesystem node (file, device special file or named pipe)\nnamed filename."},
		function{"rename", twoPathCall("rename", unix.Rename), "rename(old, new)\n\nRename a file or directory."},
		function{"link", twoPathCall("link", unix.Link), "link(src, dst)\n\nCreate a hard link to a file."},
		function{"symlink", twoPathCall("symlink", unix.Symlink), "symlink(src, dst)\n\nCreate a symbolic link pointing to src named dst."},
		function{"readlink", posixReadlink, "readlink(path) -> path\n\nReturn a string representing the path to which the symbolic link points."},
		function{"access", posixAccess, "access(path, mode) -> True if granted, False otherwise\n\nUse the real uid/gid to test for access to a path."},
		function{"getcwd", posixGetcwd, "getcwd() -> path\n\nReturn a unicode string representing the current working directory."},
		function{"getcwdb", posixGetcwdb, "getcwdb() -> path\n\nReturn a bytes string representing the current working directory."},
		function{"utime", posixUtime, "utime(path, (atime, mtime))\nutime(path, None)\n\nSet the access and modified time of the file to the given values.  If the\nsecond form is used, set the access and modified times to the current time."},
	)
}
