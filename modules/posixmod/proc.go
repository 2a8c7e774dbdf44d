package posixmod

import (
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/taipan-py/taipan/modules/signalmod"
	"github.com/taipan-py/taipan/py"
)

// Processes, users and the system.

// noArgInt returns a function of no arguments with an int result.
func noArgInt(fname string, f func() int) func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs(fname, args, kwnames); err != nil {
			return nil, err
		}
		return py.NewInt(int64(f())), nil
	}
}

// intCall returns a function of nargs int arguments whose result is None.
func intCall(fname string, nargs int, call func(n []int) error) func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return fdCall(fname, nargs, call)
}

// intToInt returns a function of one int argument with an int result.
func intToInt(fname string, f func(n int) (int, error)) func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var n int
		if err := ints(t, fname, args, kwnames, 1, &n); err != nil {
			return nil, err
		}
		r, err := f(n)
		if err != nil {
			return nil, osError(err)
		}
		return py.NewInt(int64(r)), nil
	}
}

func posixKill(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var pid, sig int
	if err := ints(t, "kill", args, kwnames, 2, &pid, &sig); err != nil {
		return nil, err
	}
	if err := unix.Kill(pid, syscall.Signal(sig)); err != nil {
		return nil, osError(err)
	}
	return py.None, nil
}

func posixWaitpid(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var pid, options int
	if err := ints(t, "waitpid", args, kwnames, 2, &pid, &options); err != nil {
		return nil, err
	}
	return wait(pid, options)
}

func posixWait(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("wait", args, kwnames); err != nil {
		return nil, err
	}
	return wait(-1, 0)
}

func wait(pid, options int) (py.Object, error) {
	var ws unix.WaitStatus
	var got int
	if err := retry(func() error { var e error; got, e = unix.Wait4(pid, &ws, options, nil); return e }); err != nil {
		return nil, osError(err)
	}
	return py.NewTuple(py.NewInt(int64(got)), py.NewInt(int64(ws))), nil
}

// waitFunc returns one of the functions that take a wait status apart.
func waitFunc(fname string, f func(ws unix.WaitStatus) py.Object) func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var n int
		if err := ints(t, fname, args, kwnames, 1, &n); err != nil {
			return nil, err
		}
		return f(unix.WaitStatus(uint32(n))), nil
	}
}

func posixSystem(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a py.Object
	if err := py.ParseTuple("system", args, kwnames, 1, 1, &a); err != nil {
		return nil, err
	}
	s, ok := a.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "must be str, not %s", a.Type().Name)
	}
	cmdline, err := py.Encode(t, s, "utf-8", "strict")
	if err != nil {
		return nil, err
	}
	cmd := exec.Command("/bin/sh", "-c", cmdline.String())
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	restore := signalmod.IgnoreInterrupts(t)
	err = cmd.Run()
	restore()
	if cmd.ProcessState == nil {
		if err != nil {
			// The shell could not be started: sh's own status for that.
			return py.NewInt(127 << 8), nil
		}
	}
	return py.NewInt(int64(cmd.ProcessState.Sys().(syscall.WaitStatus))), nil
}

func posixTimes(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("times", args, kwnames); err != nil {
		return nil, err
	}
	var tms unix.Tms
	ticks, err := unix.Times(&tms)
	if err != nil {
		return nil, osError(err)
	}
	const hz = 100 // sysconf(_SC_CLK_TCK) on Linux
	return py.NewTuple(
		py.NewFloat(float64(tms.Utime)/hz), py.NewFloat(float64(tms.Stime)/hz),
		py.NewFloat(float64(tms.Cutime)/hz), py.NewFloat(float64(tms.Cstime)/hz),
		py.NewFloat(float64(ticks)/hz)), nil
}

func cString(b []byte) string {
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

func posixUname(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("uname", args, kwnames); err != nil {
		return nil, err
	}
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return nil, osError(err)
	}
	items := make([]py.Object, 5)
	for i, f := range [][]byte{u.Sysname[:], u.Nodename[:], u.Release[:], u.Version[:], u.Machine[:]} {
		s, err := py.Decode(t, cString(f), "utf-8", "strict")
		if err != nil {
			return nil, err
		}
		items[i] = s
	}
	return py.NewTuple(items...), nil
}

func posixNice(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var inc int
	if err := ints(t, "nice", args, kwnames, 1, &inc); err != nil {
		return nil, err
	}
	// The kernel's getpriority returns 20 - nice.
	cur, err := unix.Getpriority(unix.PRIO_PROCESS, 0)
	if err != nil {
		return nil, osError(err)
	}
	n := 20 - cur + inc
	if err := unix.Setpriority(unix.PRIO_PROCESS, 0, n); err != nil {
		return nil, osError(err)
	}
	cur, err = unix.Getpriority(unix.PRIO_PROCESS, 0)
	if err != nil {
		return nil, osError(err)
	}
	return py.NewInt(int64(20 - cur)), nil
}

func posixGetloadavg(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("getloadavg", args, kwnames); err != nil {
		return nil, err
	}
	var si unix.Sysinfo_t
	if err := unix.Sysinfo(&si); err != nil {
		return nil, py.Errorf(py.OSError, "Load averages are unobtainable")
	}
	const scale = 1 << 16 // SI_LOAD_SHIFT
	return py.NewTuple(py.NewFloat(float64(si.Loads[0])/scale), py.NewFloat(float64(si.Loads[1])/scale), py.NewFloat(float64(si.Loads[2])/scale)), nil
}

// Strerror returns the C library's message for an error number,
// "Unknown error N" for a number it does not know.
func Strerror(n int) string {
	if n == 0 {
		return "Success"
	}
	if n > 0 && n < 4096 {
		s := syscall.Errno(n).Error()
		if s != "errno "+strconv.Itoa(n) {
			return py.Strerror(syscall.Errno(n))
		}
	}
	return "Unknown error " + strconv.Itoa(n)
}

func posixStrerror(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var n int
	if err := ints(t, "strerror", args, kwnames, 1, &n); err != nil {
		return nil, err
	}
	return py.NewStr(Strerror(n)), nil
}

func posixUmask(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var n int
	if err := ints(t, "umask", args, kwnames, 1, &n); err != nil {
		return nil, err
	}
	return py.NewInt(int64(unix.Umask(n))), nil
}

func posixExit(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var n int
	if err := ints(t, "_exit", args, kwnames, 1, &n); err != nil {
		return nil, err
	}
	os.Exit(n)
	return nil, nil
}

// execArgs converts the argument list of execv and execve.
func execArgs(t *py.Thread, fname string, o py.Object) ([]string, error) {
	var items []py.Object
	switch v := o.(type) {
	case *py.List:
		items = v.Items
	case *py.Tuple:
		items = v.Items
	default:
		return nil, py.Errorf(py.TypeError, "%s() arg 2 must be a tuple or list", fname)
	}
	if len(items) == 0 {
		return nil, py.Errorf(py.ValueError, "%s() arg 2 must not be empty", fname)
	}
	argv := make([]string, len(items))
	for i, it := range items {
		p, err := fsPath(t, it)
		if err != nil {
			return nil, err
		}
		argv[i] = p.b
	}
	if argv[0] == "" {
		return nil, py.Errorf(py.ValueError, "%s() arg 2 first element cannot be empty", fname)
	}
	return argv, nil
}

func posixExecv(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, l py.Object
	if err := py.ParseTuple("execv", args, kwnames, 2, 2, &a, &l); err != nil {
		return nil, err
	}
	p, err := fsPath(t, a)
	if err != nil {
		return nil, err
	}
	argv, err := execArgs(t, "execv", l)
	if err != nil {
		return nil, err
	}
	return nil, osError(syscall.Exec(p.b, argv, os.Environ()))
}

func posixExecve(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, l, e py.Object
	if err := py.ParseTuple("execve", args, kwnames, 3, 3, &a, &l, &e); err != nil {
		return nil, err
	}
	p, err := fsPath(t, a)
	if err != nil {
		return nil, err
	}
	argv, err := execArgs(t, "execve", l)
	if err != nil {
		return nil, err
	}
	keysMethod, err := py.LookupAttr(t, e, py.NewStr("keys"))
	if err != nil {
		return nil, err
	}
	if keysMethod == nil {
		return nil, py.Errorf(py.TypeError, "execve() arg 3 must be a mapping object")
	}
	keys, err := py.Call(t, keysMethod, nil, nil)
	if err != nil {
		return nil, err
	}
	keyList, err := py.Collect(t, keys)
	if err != nil {
		return nil, err
	}
	var env []string
	for _, k := range keyList {
		v, err := py.GetItem(t, e, k)
		if err != nil {
			return nil, err
		}
		kp, err := fsPath(t, k)
		if err != nil {
			return nil, err
		}
		vp, err := fsPath(t, v)
		if err != nil {
			return nil, err
		}
		env = append(env, kp.b+"="+vp.b)
	}
	return nil, osError(syscall.Exec(p.b, argv, env))
}

func posixGetgroups(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("getgroups", args, kwnames); err != nil {
		return nil, err
	}
	gs, err := unix.Getgroups()
	if err != nil {
		return nil, osError(err)
	}
	items := make([]py.Object, len(gs))
	for i, g := range gs {
		items[i] = py.NewInt(int64(g))
	}
	return py.NewList(items...), nil
}

func posixSetgroups(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	a, err := py.OneArg("setgroups", args, kwnames)
	if err != nil {
		return nil, err
	}
	if a.Type().GetItem == nil || a.Type().Len == nil {
		return nil, py.Errorf(py.TypeError, "setgroups argument must be a sequence")
	}
	items, err := py.Collect(t, a)
	if err != nil {
		return nil, err
	}
	if len(items) > 65536 {
		return nil, py.Errorf(py.ValueError, "too many groups")
	}
	gs := make([]int, len(items))
	for i, it := range items {
		if _, ok := it.(*py.Int); !ok {
			return nil, py.Errorf(py.TypeError, "groups must be integers")
		}
		if gs[i], err = py.ArgInt(t, it); err != nil {
			return nil, err
		}
	}
	if err := unix.Setgroups(gs); err != nil {
		return nil, osError(err)
	}
	return py.None, nil
}

func posixGetresuid(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("getresuid", args, kwnames); err != nil {
		return nil, err
	}
	r, e, s := unix.Getresuid()
	return py.NewTuple(py.NewInt(int64(r)), py.NewInt(int64(e)), py.NewInt(int64(s))), nil
}

func posixGetresgid(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("getresgid", args, kwnames); err != nil {
		return nil, err
	}
	r, e, s := unix.Getresgid()
	return py.NewTuple(py.NewInt(int64(r)), py.NewInt(int64(e)), py.NewInt(int64(s))), nil
}

func posixMakedev(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var ma, mi int
	if err := ints(t, "makedev", args, kwnames, 2, &ma, &mi); err != nil {
		return nil, err
	}
	return uint64Int(unix.Mkdev(uint32(ma), uint32(mi))), nil
}

// sysconfNames are the names sysconf() knows, with the C library's codes.
var sysconfNames = []struct {
	name string
	code int
}{
	{"SC_ARG_MAX", 0}, {"SC_CHILD_MAX", 1}, {"SC_CLK_TCK", 2}, {"SC_NGROUPS_MAX", 3},
	{"SC_OPEN_MAX", 4}, {"SC_PAGESIZE", 30}, {"SC_PAGE_SIZE", 30},
	{"SC_NPROCESSORS_CONF", 83}, {"SC_NPROCESSORS_ONLN", 84}, {"SC_PHYS_PAGES", 85}, {"SC_AVPHYS_PAGES", 86},
}

func sysconf(code int) (int64, error) {
	var rl unix.Rlimit
	switch code {
	case 0:
		if err := unix.Getrlimit(unix.RLIMIT_STACK, &rl); err != nil || rl.Cur/4 < 131072 || rl.Cur == unix.RLIM_INFINITY {
			return 131072, nil
		}
		return int64(rl.Cur / 4), nil
	case 1, 4:
		res := unix.RLIMIT_NPROC
		if code == 4 {
			res = unix.RLIMIT_NOFILE
		}
		if err := unix.Getrlimit(res, &rl); err != nil || rl.Cur == unix.RLIM_INFINITY {
			return -1, nil
		}
		return int64(rl.Cur), nil
	case 2:
		return 100, nil
	case 3:
		return 65536, nil
	case 30:
		return int64(os.Getpagesize()), nil
	case 83, 84:
		return int64(runtime.NumCPU()), nil
	case 85, 86:
		var si unix.Sysinfo_t
		if err := unix.Sysinfo(&si); err != nil {
			return 0, err
		}
		n := si.Totalram
		if code == 86 {
			n = si.Freeram
		}
		return int64(n) * int64(si.Unit) / int64(os.Getpagesize()), nil
	}
	return 0, unix.EINVAL
}

func posixSysconf(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	a, err := py.OneArg("sysconf", args, kwnames)
	if err != nil {
		return nil, err
	}
	var code int
	switch v := a.(type) {
	case *py.Int:
		if code, err = py.ArgInt(t, v); err != nil {
			return nil, err
		}
	case *py.Str:
		found := false
		for _, c := range sysconfNames {
			if c.name == v.String() {
				code, found = c.code, true
				break
			}
		}
		if !found {
			return nil, py.Errorf(py.ValueError, "unrecognized configuration name")
		}
	default:
		return nil, py.Errorf(py.TypeError, "configuration names must be strings or integers")
	}
	n, err := sysconf(code)
	if err != nil {
		return nil, osError(err)
	}
	return py.NewInt(n), nil
}

func init() {
	register(
		function{"getpid", noArgInt("getpid", unix.Getpid), "getpid() -> pid\n\nReturn the current process id"},
		function{"getppid", noArgInt("getppid", unix.Getppid), "getppid() -> ppid\n\nReturn the parent's process id."},
		function{"getuid", noArgInt("getuid", unix.Getuid), "getuid() -> uid\n\nReturn the current process's user id."},
		function{"geteuid", noArgInt("geteuid", unix.Geteuid), "geteuid() -> euid\n\nReturn the current process's effective user id."},
		function{"getgid", noArgInt("getgid", unix.Getgid), "getgid() -> gid\n\nReturn the current process's group id."},
		function{"getegid", noArgInt("getegid", unix.Getegid), "getegid() -> egid\n\nReturn the current process's effective group id."},
		function{"getpgrp", noArgInt("getpgrp", unix.Getpgrp), "getpgrp() -> pgrp\n\nReturn the current process group id."},
		function{"getpgid", intToInt("getpgid", unix.Getpgid), "getpgid(pid) -> pgid\n\nCall the system call getpgid()."},
		function{"getsid", intToInt("getsid", func(n int) (int, error) { return unix.Getsid(n) }), "getsid(pid) -> sid\n\nCall the system call getsid()."},
		function{"setsid", intCall("setsid", 0, func([]int) error { _, err := unix.Setsid(); return err }), "setsid()\n\nCall the system call setsid()."},
		function{"setpgrp", intCall("setpgrp", 0, func([]int) error { return unix.Setpgid(0, 0) }), "setpgrp()\n\nMake this process the process group leader."},
		function{"setpgid", intCall("setpgid", 2, func(n []int) error { return unix.Setpgid(n[0], n[1]) }), "setpgid(pid, pgrp)\n\nCall the system call setpgid()."},
		function{"setuid", intCall("setuid", 1, func(n []int) error { return unix.Setuid(n[0]) }), "setuid(uid)\n\nSet the current process's user id."},
		function{"seteuid", intCall("seteuid", 1, func(n []int) error { return unix.Setresuid(-1, n[0], -1) }), "seteuid(uid)\n\nSet the current process's effective user id."},
		function{"setgid", intCall("setgid", 1, func(n []int) error { return unix.Setgid(n[0]) }), "setgid(gid)\n\nSet the current process's group id."},
		function{"setegid", intCall("setegid", 1, func(n []int) error { return unix.Setresgid(-1, n[0], -1) }), "setegid(gid)\n\nSet the current process's effective group id."},
		function{"setreuid", intCall("setreuid", 2, func(n []int) error { return unix.Setreuid(n[0], n[1]) }), "setreuid(ruid, euid)\n\nSet the current process's real and effective user ids."},
		function{"setregid", intCall("setregid", 2, func(n []int) error { return unix.Setregid(n[0], n[1]) }), "setregid(rgid, egid)\n\nSet the current process's real and effective group ids."},
		function{"setresuid", intCall("setresuid", 3, func(n []int) error { return unix.Setresuid(n[0], n[1], n[2]) }), "setresuid(ruid, euid, suid)\n\nSet the current process's real, effective, and saved user ids."},
		function{"setresgid", intCall("setresgid", 3, func(n []int) error { return unix.Setresgid(n[0], n[1], n[2]) }), "setresgid(rgid, egid, sgid)\n\nSet the current process's real, effective, and saved group ids."},
		function{"getresuid", posixGetresuid, "getresuid() -> (ruid, euid, suid)\n\nGet tuple of the current process's real, effective, and saved user ids."},
		function{"getresgid", posixGetresgid, "getresgid() -> (rgid, egid, sgid)\n\nGet tuple of the current process's real, effective, and saved group ids."},
		function{"getgroups", posixGetgroups, "getgroups() -> list of group IDs\n\nReturn list of supplemental group IDs for the process."},
		function{"setgroups", posixSetgroups, "setgroups(list)\n\nSet the groups of the current process to list."},
		function{"kill", posixKill, "kill(pid, sig)\n\nKill a process with a signal."},
		function{"killpg", intCall("killpg", 2, func(n []int) error { return unix.Kill(-n[0], syscall.Signal(n[1])) }), "killpg(pgid, sig)\n\nKill a process group with a signal."},
		function{"wait", posixWait, "wait() -> (pid, status)\n\nWait for completion of a child process."},
		function{"waitpid", posixWaitpid, "waitpid(pid, options) -> (pid, status)\n\nWait for completion of a given child process."},
		function{"WIFEXITED", waitFunc("WIFEXITED", func(ws unix.WaitStatus) py.Object { return py.NewBool(ws.Exited()) }), "WIFEXITED(status) -> bool\n\nReturn true if the process returning 'status' exited using the exit()\nsystem call."},
		function{"WEXITSTATUS", waitFunc("WEXITSTATUS", func(ws unix.WaitStatus) py.Object { return py.NewInt(int64(ws >> 8 & 0xff)) }), "WEXITSTATUS(status) -> integer\n\nReturn the process return code from 'status'."},
		function{"WIFSIGNALED", waitFunc("WIFSIGNALED", func(ws unix.WaitStatus) py.Object { return py.NewBool(ws.Signaled()) }), "WIFSIGNALED(status) -> bool\n\nReturn True if the process returning 'status' was terminated by a signal."},
		function{"WTERMSIG", waitFunc("WTERMSIG", func(ws unix.WaitStatus) py.Object { return py.NewInt(int64(ws & 0x7f)) }), "WTERMSIG(status) -> integer\n\nReturn the signal that terminated the process that provided the 'status'\nvalue."},
		function{"WIFSTOPPED", waitFunc("WIFSTOPPED", func(ws unix.WaitStatus) py.Object { return py.NewBool(ws&0xff == 0x7f) }), "WIFSTOPPED(status) -> bool\n\nReturn True if the process returning 'status' was stopped."},
		function{"WSTOPSIG", waitFunc("WSTOPSIG", func(ws unix.WaitStatus) py.Object { return py.NewInt(int64(ws >> 8 & 0xff)) }), "WSTOPSIG(status) -> integer\n\nReturn the signal that stopped the process that provided\nthe 'status' value."},
		function{"WIFCONTINUED", waitFunc("WIFCONTINUED", func(ws unix.WaitStatus) py.Object { return py.NewBool(ws == 0xffff) }), "WIFCONTINUED(status) -> bool\n\nReturn True if the process returning 'status' was continued from a\njob control stop."},
		function{"WCOREDUMP", waitFunc("WCOREDUMP", func(ws unix.WaitStatus) py.Object { return py.NewBool(ws&0x80 != 0) }), "WCOREDUMP(status) -> bool\n\nReturn True if the process returning 'status' was dumped to a core file."},
		function{"system", posixSystem, "system(command) -> exit_status\n\nExecute the command (a string) in a subshell."},
		function{"times", posixTimes, "times() -> (utime, stime, cutime, cstime, elapsed_time)\n\nReturn a tuple of floating point numbers indicating process times."},
		function{"uname", posixUname, "uname() -> (sysname, nodename, release, version, machine)\n\nReturn a tuple identifying the current operating system."},
		function{"nice", posixNice, "nice(inc) -> new_priority\n\nDecrease the priority of process by inc and return the new priority."},
		function{"getloadavg", posixGetloadavg, "getloadavg() -> (float, float, float)\n\nReturn the number of processes in the system run queue averaged over\nthe last 1, 5, and 15 minutes or raises OSError if the load average\nwas unobtainable"},
		function{"strerror", posixStrerror, "strerror(code) -> string\n\nTranslate an error code to a message string."},
		function{"umask", posixUmask, "umask(new_mask) -> old_mask\n\nSet the current numeric umask and return the previous umask."},
		function{"_exit", posixExit, "_exit(status)\n\nExit to the system with specified status, without normal exit processing."},
		function{"execv", posixExecv, "execv(path, args)\n\nExecute an executable path with arguments, replacing current process.\n\n    path: path of executable file\n    args: tuple or list of strings"},
		function{"execve", posixExecve, "execve(path, args, env)\n\nExecute a path with arguments and environment, replacing current process.\n\n    path: path of executable file\n    args: tuple or list of arguments\n    env: dictionary of strings mapping to strings"},
		function{"major", intToInt("major", func(n int) (int, error) { return int(unix.Major(uint64(n))), nil }), "major(device) -> major number\nExtracts a device major number from a raw device number."},
		function{"minor", intToInt("minor", func(n int) (int, error) { return int(unix.Minor(uint64(n))), nil }), "minor(device) -> minor number\nExtracts a device minor number from a raw device number."},
		function{"makedev", posixMakedev, "makedev(major, minor) -> device number\nComposes a raw device number from the major and minor device numbers."},
		function{"sysconf", posixSysconf, "sysconf(name) -> integer\n\nReturn an integer-valued system configuration variable."},
	)
}
