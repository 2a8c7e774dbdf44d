// Package posixsubprocessmod is the _posixsubprocess module of CPython
// 3.2: fork_exec, which starts a child process for subprocess.Popen, and
// cloexec_pipe. The subprocess module (lib/python/subprocess.py) calls
// them; modules/all links this package in.
//
// A Go program cannot fork and go on running Go code in the child, so the
// child's side is done by the Go runtime's syscall.ForkExec, which forks
// (with vfork semantics), arranges the descriptors, changes directory,
// starts a new session if asked, and executes the program, all without
// running Go code that could take a lock. fork_exec keeps 3.2's
// signature and protocol on top of that:
//
//   - Descriptors. The child gets p2cread, c2pwrite and errwrite as its
//     0, 1 and 2 (or the parent's own, when -1 is passed), the parent's
//     ends of the pipes are closed in it, and with close_fds every other
//     descriptor but those of fds_to_keep is closed, as in 3.2. This is
//     done by handing ForkExec a table covering every open descriptor:
//     each one the child keeps maps to itself, each one it must not have
//     maps to "close". Descriptors marked close-on-exec stay closed in
//     the child, as they would after a real exec.
//   - The program. executable_list is tried in order as 3.2's child
//     tries it: ENOENT and ENOTDIR move on to the next entry, and the
//     first other error is the one reported.
//   - Errors. When the child cannot start, fork_exec writes to
//     errpipe_write what 3.2's child writes there ("OSError:<errno in
//     hex>:", with "noexec" when the failure came before the exec, that
//     is a cwd that cannot be entered) and returns 0 instead of a pid:
//     the runtime has already reaped the child. subprocess.py reads the
//     record and raises OSError with the child's errno, as 3.2 does.
//   - restore_signals. The runtime's child returns every signal Go
//     handles to its default action, so SIGPIPE and SIGXFSZ are at
//     SIG_DFL in the child either way (restore_signals=False cannot
//     leave them ignored); a signal the program set to SIG_IGN stays
//     ignored, as with a real exec.
//   - preexec_fn. Python code cannot run in the child. The two common
//     cases that need none are understood: os.setsid (a new session, as
//     start_new_session) and os.setpgrp (a new process group). Any other
//     preexec_fn makes fork_exec raise NotImplementedError (a
//     RuntimeError, as 3.2's report of a failed preexec_fn is) before a
//     child is made.
package posixsubprocessmod

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("_posixsubprocess", newModule) }

const forkExecDoc = `fork_exec(args, executable_list, close_fds, cwd, env,
          p2cread, p2cwrite, c2pread, c2pwrite,
          errread, errwrite, errpipe_read, errpipe_write,
          restore_signals, call_setsid, preexec_fn)

Forks a child process, closes parent file descriptors as appropriate in the
child and dups the few that are needed before calling exec() in the child
process.

The preexec_fn, if supplied, will be called immediately before exec.
WARNING: preexec_fn is NOT SAFE if your application uses threads.
         It may trigger infrequent, difficult to debug deadlocks.

If an error occurs in the child process before the exec, it is
serialized and written to the errpipe_write fd per subprocess.py.

Returns: the child process's PID.

Raises: Only on an error in the parent process.
`

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_posixsubprocess")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("A POSIX helper for the subprocess module."))
	m.AddFunction("fork_exec", forkExec, forkExecDoc)
	m.AddFunction("cloexec_pipe", cloexecPipe, "cloexec_pipe() -> (read_end, write_end)\n\nCreate a pipe whose ends have the cloexec flag set.")
	return m, nil
}

func cloexecPipe(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("cloexec_pipe", args, kwnames); err != nil {
		return nil, err
	}
	var fds [2]int
	if err := unix.Pipe2(fds[:], unix.O_CLOEXEC); err != nil {
		return nil, py.NewOSError(py.OSError, err, "")
	}
	return py.NewTuple(py.NewInt(int64(fds[0])), py.NewInt(int64(fds[1]))), nil
}

// fsConvert converts an argument as PyUnicode_FSConverter does: a str
// encoded with surrogateescape, or bytes as they are.
func fsConvert(t *py.Thread, o py.Object) (string, error) {
	var s string
	switch v := o.(type) {
	case *py.Bytes:
		s = v.String()
	case *py.Str:
		b, err := py.Encode(t, v, "utf-8", "surrogateescape")
		if err != nil {
			return "", err
		}
		s = b.String()
	default:
		return "", py.Errorf(py.TypeError, "Can't convert '%s' object to str implicitly", o.Type().Name)
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", py.Errorf(py.TypeError, "embedded NUL character")
	}
	return s, nil
}

// bytesList converts a sequence of bytes objects to strings, as
// _PySequence_BytesToCharpArray does.
func bytesList(t *py.Thread, o py.Object) ([]string, error) {
	items, err := py.ItemsOf(t, o)
	if err != nil {
		return nil, err
	}
	r := make([]string, len(items))
	for i, it := range items {
		b, ok := it.(*py.Bytes)
		if !ok {
			return nil, py.Errorf(py.TypeError, "expected bytes, %s found", it.Type().Name)
		}
		if strings.IndexByte(b.String(), 0) >= 0 {
			return nil, py.Errorf(py.TypeError, "expected bytes with no null")
		}
		r[i] = b.String()
	}
	return r, nil
}

func forkExec(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a [17]py.Object
	ptrs := make([]*py.Object, len(a))
	for i := range a {
		ptrs[i] = &a[i]
	}
	if err := py.ParseTuple("fork_exec", args, kwnames, 17, 17, ptrs...); err != nil {
		return nil, err
	}
	processArgs, execList, closeFdsObj, keepObj, cwdObj, envObj := a[0], a[1], a[2], a[3], a[4], a[5]
	var fds [10]int // p2cread ... errpipe_write
	for i := range fds {
		if _, ok := a[6+i].(*py.Float); ok {
			return nil, py.Errorf(py.TypeError, "integer argument expected, got float")
		}
		n, err := py.ArgInt(t, a[6+i])
		if err != nil {
			return nil, err
		}
		fds[i] = n
	}
	p2cread, p2cwrite, c2pread, c2pwrite := fds[0], fds[1], fds[2], fds[3]
	errread, errwrite, errpipeRead, errpipeWrite := fds[4], fds[5], fds[6], fds[7]
	restoreSignals, callSetsid := fds[8] != 0, fds[9] != 0
	preexecFn := a[16]

	closeFds, err := py.IsTrue(t, closeFdsObj)
	if err != nil {
		return nil, err
	}
	if closeFds && errpipeWrite < 3 {
		return nil, py.Errorf(py.ValueError, "errpipe_write must be >= 3")
	}
	keepItems, err := py.ItemsOf(t, keepObj)
	if err != nil {
		return nil, py.Errorf(py.ValueError, "cannot get length of fds_to_keep")
	}
	keep := make([]int, len(keepItems))
	prev := -1
	for i, it := range keepItems {
		n, ok := it.(*py.Int)
		if !ok {
			return nil, py.Errorf(py.ValueError, "bad value(s) in fds_to_keep")
		}
		v, ok := n.Int64()
		if !ok || v < 0 || v < int64(prev) || v > 1<<31-1 {
			return nil, py.Errorf(py.ValueError, "bad value(s) in fds_to_keep")
		}
		keep[i] = int(v)
		prev = int(v)
	}

	executables, err := bytesList(t, execList)
	if err != nil {
		return nil, err
	}
	var argv []string
	if processArgs != py.None {
		items, err := py.ItemsOf(t, processArgs)
		if err != nil {
			return nil, py.Errorf(py.TypeError, "argv must be a tuple")
		}
		argv = make([]string, len(items))
		for i, it := range items {
			if argv[i], err = fsConvert(t, it); err != nil {
				return nil, err
			}
		}
	}
	var env []string
	if envObj != py.None {
		if env, err = bytesList(t, envObj); err != nil {
			return nil, err
		}
	} else {
		env = os.Environ()
	}
	setpgid := false
	if preexecFn != py.None {
		switch posixFunction(preexecFn) {
		case "setsid":
			callSetsid = true
		case "setpgrp":
			setpgid = true
		default:
			return nil, py.Errorf(py.NotImplementedError, "preexec_fn is not supported: Python code cannot run in the child of a Taipan process")
		}
	}
	cwd := ""
	if cwdObj != py.None {
		if cwd, err = fsConvert(t, cwdObj); err != nil {
			return nil, err
		}
	}

	// A directory the child could not enter: 3.2's child fails at its
	// chdir, before any exec.
	if cwd != "" {
		if errno := checkDir(cwd); errno != 0 {
			reportChild(errpipeWrite, errno, true)
			return py.NewInt(0), nil
		}
	}

	files := childFiles(closeFds, keep, p2cread, p2cwrite, c2pread, c2pwrite,
		errread, errwrite, errpipeRead, errpipeWrite)
	attr := &syscall.ProcAttr{
		Dir:   cwd,
		Env:   env,
		Files: files,
		Sys:   &syscall.SysProcAttr{Setsid: callSetsid, Setpgid: setpgid},
	}
	_ = restoreSignals // see the package comment

	// As 3.2's child: ENOENT and ENOTDIR try the next entry; the first
	// other error is reported, else the last entry's.
	var first, last syscall.Errno = 0, syscall.ENOENT
	for _, exe := range executables {
		if errno := cannotExist(exe, cwd); errno != 0 {
			last = errno
			continue
		}
		pid, err := syscall.ForkExec(exe, argv, attr)
		if err == nil {
			return py.NewInt(int64(pid)), nil
		}
		var errno syscall.Errno
		if !errors.As(err, &errno) || errno == syscall.EAGAIN {
			// No child could be made (fork failed).
			return nil, py.NewOSError(py.OSError, err, "")
		}
		last = errno
		if errno != syscall.ENOENT && errno != syscall.ENOTDIR && first == 0 {
			first = errno
		}
	}
	if first == 0 {
		first = last
	}
	reportChild(errpipeWrite, first, false)
	return py.NewInt(0), nil
}

// posixFunction returns the name of o when it is a function of the posix
// module (os.setsid is posix.setsid), "" otherwise.
func posixFunction(o py.Object) string {
	f, ok := o.(*py.BuiltinFunction)
	if !ok {
		return ""
	}
	if m, ok := f.Self.(*py.Module); !ok || m.Dict.GetStr(py.NewStr("__name__")) == nil {
		return ""
	} else if n, ok := m.Dict.GetStr(py.NewStr("__name__")).(*py.Str); !ok || n.String() != "posix" {
		return ""
	}
	return f.Name()
}

// checkDir returns the errno chdir(dir) would fail with, 0 when it would
// succeed.
func checkDir(dir string) syscall.Errno {
	var st unix.Stat_t
	if err := unix.Stat(dir, &st); err != nil {
		return err.(syscall.Errno)
	}
	if st.Mode&unix.S_IFMT != unix.S_IFDIR {
		return syscall.ENOTDIR
	}
	if err := unix.Access(dir, unix.X_OK); err != nil {
		return err.(syscall.Errno)
	}
	return 0
}

// cannotExist reports ENOENT or ENOTDIR when exe (relative to cwd in the
// child, when given) surely does not exist, so that no child is made to
// find that out; 0 otherwise.
func cannotExist(exe, cwd string) syscall.Errno {
	p := exe
	if cwd != "" && !filepath.IsAbs(p) {
		p = filepath.Join(cwd, p)
	}
	var st unix.Stat_t
	err := unix.Stat(p, &st)
	if errno, ok := err.(syscall.Errno); ok && (errno == syscall.ENOENT || errno == syscall.ENOTDIR) {
		return errno
	}
	return 0
}

// reportChild writes 3.2's record of a failed child to the error pipe.
func reportChild(fd int, errno syscall.Errno, noexec bool) {
	msg := "OSError:" + strings.ToUpper(strconv.FormatInt(int64(errno), 16)) + ":"
	if noexec {
		msg += "noexec"
	}
	for b := []byte(msg); len(b) > 0; {
		n, err := unix.Write(fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err != nil || n <= 0 {
			return
		}
		b = b[n:]
	}
}

// inherited reports whether fd is open without close-on-exec, so that a
// child gets it across an exec.
func inherited(fd int) bool {
	flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
	return err == nil && flags&unix.FD_CLOEXEC == 0
}

// openFds lists the process's open descriptors.
func openFds() []int {
	var fds []int
	if ents, err := os.ReadDir("/proc/self/fd"); err == nil {
		for _, e := range ents {
			if n, err := strconv.Atoi(e.Name()); err == nil {
				fds = append(fds, n)
			}
		}
		return fds
	}
	// No /proc: try every descriptor below the limit.
	var lim unix.Rlimit
	max := 256
	if unix.Getrlimit(unix.RLIMIT_NOFILE, &lim) == nil && lim.Cur < 1<<16 {
		max = int(lim.Cur)
	}
	for fd := 0; fd < max; fd++ {
		if _, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err == nil {
			fds = append(fds, fd)
		}
	}
	return fds
}

// childFiles returns the table of descriptors for ForkExec: entry i is
// the parent's descriptor that becomes the child's i, or -1 for one the
// child must not have. It covers every open descriptor, so that nothing
// past its end is inherited but close-on-exec ones, which the exec
// closes.
func childFiles(closeFds bool, keep []int, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipeRead, errpipeWrite int) []uintptr {
	open := openFds()
	n := 3
	for _, fd := range open {
		if fd+1 > n {
			n = fd + 1
		}
	}
	table := make([]int, n)
	for i := range table {
		table[i] = -1
	}
	for _, fd := range open {
		if fd >= n || !inherited(fd) {
			continue
		}
		if fd < 3 || !closeFds || isKept(keep, fd) {
			table[fd] = fd
		}
	}
	// The parent's ends of the pipes, and the error pipe, are closed.
	for _, fd := range []int{p2cwrite, c2pread, errread, errpipeRead, errpipeWrite} {
		if fd >= 3 && fd < n {
			table[fd] = -1
		}
	}
	// The child's ends are closed once they are in place.
	for _, fd := range []int{p2cread, c2pwrite, errwrite} {
		if fd > 2 && fd < n {
			table[fd] = -1
		}
	}
	for i, fd := range []int{p2cread, c2pwrite, errwrite} {
		if fd != -1 {
			table[i] = fd
		}
	}
	files := make([]uintptr, n)
	for i, fd := range table {
		files[i] = uintptr(fd) // -1 becomes ^0, which ForkExec closes
	}
	return files
}

func isKept(keep []int, fd int) bool {
	i := sort.SearchInts(keep, fd)
	return i < len(keep) && keep[i] == fd
}
