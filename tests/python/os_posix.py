# The posix functions through os: files, descriptors, directories,
# errors with CPython 3.2's messages, stat_result.
import os, stat, errno, sys

base = '/tmp/taipan_os_posix_%d' % os.getpid()
start_dir = os.getcwd()


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return e
    raise AssertionError('%s%r did not raise %s' % (f.__name__, args, exc.__name__))


def rmtree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            full = os.path.join(root, name)
            if os.path.islink(full):
                os.remove(full)
            else:
                os.rmdir(full)
    os.rmdir(top)


os.mkdir(base)
try:
    os.chdir(base)
    assert os.getcwd() == base
    assert os.getcwdb() == base.encode()

    # Errors name the file, as a str even for a bytes path.
    e = raises(OSError, os.stat, 'nonexist')
    assert e.args == (2, 'No such file or directory')
    assert e.errno == errno.ENOENT and e.filename == 'nonexist'
    assert str(e) == "[Errno 2] No such file or directory: 'nonexist'"
    e = raises(OSError, os.stat, b'nonexist\xff')
    assert e.filename == 'nonexist\udcff'
    e = raises(OSError, os.listdir, b'/nonexist')
    assert e.filename == '/nonexist'
    for bad, name in [(1, 'int'), (None, 'NoneType'), (bytearray(b'/'), 'bytearray')]:
        e = raises(TypeError, os.stat, bad)
        assert str(e) == "Can't convert '%s' object to str implicitly" % name, str(e)
    assert str(raises(TypeError, os.stat, 'a\0b')) == 'embedded NUL character'
    # Two-path calls name neither path.
    e = raises(OSError, os.rename, 'nonexist', 'b')
    assert e.filename is None and str(e) == '[Errno 2] No such file or directory'
    assert raises(OSError, os.link, 'nonexist', 'b').errno == errno.ENOENT
    assert raises(OSError, os.symlink, 'x', '/tmp').errno == errno.EEXIST
    e = raises(OSError, os.mkdir, '/tmp')
    assert str(e) == "[Errno 17] File exists: '/tmp'"
    assert raises(OSError, os.chdir, 'nonexist').filename == 'nonexist'
    assert raises(OSError, os.rmdir, 'nonexist').errno == errno.ENOENT
    assert raises(OSError, os.remove, 'nonexist').errno == errno.ENOENT
    assert raises(OSError, os.unlink, 'nonexist').errno == errno.ENOENT
    assert raises(OSError, os.readlink, '/tmp').args == (22, 'Invalid argument')
    assert raises(OSError, os.open, 'nonexist', os.O_RDONLY).filename == 'nonexist'
    for f, args in [(os.close, (999,)), (os.read, (999, 1)), (os.write, (999, b'x')),
                    (os.fstat, (999,)), (os.dup, (999,)), (os.lseek, (999, 0, 0))]:
        e = raises(OSError, f, *args)
        assert e.args == (9, 'Bad file descriptor') and e.filename is None
        assert str(e) == '[Errno 9] Bad file descriptor'
    assert str(raises(TypeError, os.write, 1, 'x')) == "'str' does not support the buffer interface"
    assert raises(OSError, os.read, 0, -1).errno == errno.EINVAL
    assert str(raises(TypeError, os.fstat, 'x')) == 'an integer is required'
    assert str(raises(TypeError, os.getcwd, 1)) == 'getcwd() takes no arguments (1 given)'
    assert str(raises(TypeError, os.getpid, 1, 2)) == 'getpid() takes no arguments (2 given)'
    assert raises(OSError, os.kill, 999999, 0).errno == errno.ESRCH
    assert raises(OSError, os.waitpid, -1, 0).errno == errno.ECHILD
    assert os.error is OSError

    assert os.strerror(2) == 'No such file or directory'
    assert os.strerror(0) == 'Success'
    assert os.strerror(9999) == 'Unknown error 9999'
    assert os.strerror(-1) == 'Unknown error -1'
    assert len(os.urandom(7)) == 7 and os.urandom(0) == b''
    assert str(raises(ValueError, os.urandom, -1)) == 'negative argument not allowed'

    # File descriptors.
    fd = os.open('f1', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    assert os.write(fd, b'hello world') == 11
    assert os.write(fd, bytearray(b'!')) == 1
    assert os.lseek(fd, 0, os.SEEK_CUR) == 12
    assert os.lseek(fd, 2, os.SEEK_SET) == 2
    os.ftruncate(fd, 5)
    os.fsync(fd)
    os.close(fd)
    fd = os.open('f1', os.O_RDONLY)
    assert os.read(fd, 100) == b'hello' and os.read(fd, 100) == b''
    assert os.fstat(fd).st_size == 5 and not os.isatty(fd)
    assert os.device_encoding(fd) is None
    fd2 = os.dup(fd)
    os.lseek(fd2, 1, os.SEEK_SET)
    assert os.read(fd, 2) == b'el'   # the duplicate shares the offset
    os.dup2(fd, 50)
    assert os.read(50, 10) == b'lo'
    os.close(50)
    os.close(fd2)
    os.close(fd)
    os.closerange(100, 110)
    r, w = os.pipe()
    os.write(w, b'xyz')
    os.close(w)
    assert os.read(r, 10) == b'xyz' and os.read(r, 10) == b''
    os.close(r)
    f = os.fdopen(os.open('f1', os.O_RDONLY))
    assert f.read() == 'hello'
    f.close()
    e = raises(TypeError, os.fdopen, 'x')
    assert str(e) == "invalid fd type (<class 'str'>, expected integer)"

    # stat results.
    st = os.stat('f1')
    assert stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode)
    assert st.st_size == 5 == st[stat.ST_SIZE] and len(st) == 10
    assert st.st_nlink == 1 and st.st_uid == os.getuid()
    assert type(st.st_mtime) is float and type(st[8]) is int
    assert st.st_blksize > 0 and st.st_blocks >= 0 and st.st_rdev == 0
    os.utime('f1', (1000000000, 1200000000.5))
    st = os.stat('f1')
    assert (st.st_atime, st.st_mtime, st[7], st[8]) == (1000000000.0, 1200000000.5, 1000000000, 1200000000)
    assert str(raises(TypeError, os.utime, 'f1', 5)) == 'utime() arg 2 must be a tuple (atime, mtime)'
    os.utime('f1', None)
    assert os.stat('f1').st_mtime > 1200000000.5
    assert os.stat_float_times() is True
    os.stat_float_times(False)
    try:
        assert type(os.stat('f1').st_mtime) is int
    finally:
        os.stat_float_times(True)
    assert os.stat('f1') == os.stat('f1') and tuple(os.stat('f1'))[:7] == tuple(st)[:7]

    r = os.stat_result(tuple(range(10)))
    assert repr(r) == ('posix.stat_result(st_mode=0, st_ino=1, st_dev=2, st_nlink=3, st_uid=4, '
                       'st_gid=5, st_size=6, st_atime=7, st_mtime=8, st_ctime=9)')
    assert r.st_atime == 7 and r.st_ctime == 9 and r.st_blksize is None
    assert os.stat_result(tuple(range(13))).st_atime == 10
    assert os.stat_result(tuple(range(10)), {'st_atime': 5.5, 'st_rdev': 3}).st_atime == 5.5
    assert str(raises(TypeError, os.stat_result, (1, 2))) == 'posix.stat_result() takes an at least 10-sequence (2-sequence given)'
    assert str(raises(TypeError, os.stat_result, tuple(range(17)))) == 'posix.stat_result() takes an at most 16-sequence (17-sequence given)'
    red = r.__reduce__()
    assert red[0] is os.stat_result and red[1][0] == tuple(range(10))
    assert red[1][1] == {'st_atime': 7, 'st_mtime': 8, 'st_ctime': 9, 'st_blksize': None, 'st_blocks': None, 'st_rdev': None}
    assert os.stat_result.n_sequence_fields == 10 and os.stat_result.n_fields == 16
    assert os.stat_result.n_unnamed_fields == 3
    assert r[:3] == (0, 1, 2) and r == tuple(range(10)) and hash(r) == hash(tuple(range(10)))
    vfs = os.statvfs('.')
    assert len(vfs) == 10 and vfs.f_namemax > 0 and vfs.f_bsize > 0 and vfs.f_favail == vfs.f_ffree
    assert type(vfs).__name__ == 'statvfs_result'

    # Permissions, links, directories.
    os.chmod('f1', 0o600)
    assert stat.S_IMODE(os.stat('f1').st_mode) == 0o600
    assert os.access('f1', os.R_OK) and os.access('f1', os.F_OK)
    assert not os.access('nonexist', os.F_OK)
    assert (os.F_OK, os.R_OK, os.W_OK, os.X_OK) == (0, 4, 2, 1)
    os.symlink('f1', 'l1')
    assert os.readlink('l1') == 'f1' and os.readlink(b'l1') == b'f1'
    assert stat.S_ISLNK(os.lstat('l1').st_mode) and stat.S_ISREG(os.stat('l1').st_mode)
    os.link('f1', 'h1')
    assert os.stat('h1').st_nlink == 2
    os.rename('h1', 'h2')
    assert sorted(os.listdir('.')) == ['f1', 'h2', 'l1']
    assert sorted(os.listdir(b'.')) == [b'f1', b'h2', b'l1']
    assert sorted(os.listdir()) == ['f1', 'h2', 'l1']
    open(b'n\xff', 'w').close()
    assert 'n\udcff' in os.listdir('.') and b'n\xff' in os.listdir(b'.')
    os.remove('n\udcff')
    os.mkfifo('fifo')
    assert stat.S_ISFIFO(os.stat('fifo').st_mode)
    os.unlink('fifo')
    old = os.umask(0o22)
    assert os.umask(old) == 0o22
    assert os.major(os.makedev(8, 17)) == 8 and os.minor(os.makedev(8, 17)) == 17

    # Processes.
    assert os.getpid() > 0 and os.getppid() > 0
    assert os.getuid() >= 0 and os.geteuid() >= 0 and os.getgid() >= 0 and os.getegid() >= 0
    assert type(os.getgroups()) is list and len(os.getresuid()) == 3
    assert type(os.times()) is tuple and len(os.times()) == 5
    u = os.uname()
    assert type(u) is tuple and len(u) == 5 and u[0] == 'Linux'
    assert os.WIFEXITED(0) and os.WEXITSTATUS(256) == 1 and os.WIFSIGNALED(9) and os.WTERMSIG(9) == 9
    assert os.WIFSTOPPED(0x137f) and os.WSTOPSIG(0x137f) == 19
    assert os.WCOREDUMP(0x86) and os.WIFCONTINUED(0xffff) and not os.WIFCONTINUED(0)
    assert os.system('exit 3') == 3 << 8 and os.system('true') == 0
    assert str(raises(TypeError, os.execv, '/bin/true', 'x')) == 'execv() arg 2 must be a tuple or list'
    assert str(raises(ValueError, os.execv, '/bin/true', [])) == 'execv() arg 2 must not be empty'
    assert os.sysconf('SC_PAGESIZE') > 0 and os.sysconf_names['SC_OPEN_MAX'] == 4
    assert str(raises(ValueError, os.sysconf, 'nope')) == 'unrecognized configuration name'
    assert str(raises(TypeError, os.sysconf, 1.5)) == 'configuration names must be strings or integers'
    assert os.ctermid() == '/dev/tty' and os.getpgrp() == os.getpgid(0)
    assert len(os.getloadavg()) == 3

    # Constants.
    assert (os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND) == (0, 1, 2, 64, 128, 512, 1024)
    assert (os.WNOHANG, os.EX_OK, os.EX_USAGE) == (1, 0, 64)
    assert (os.name, os.sep, os.altsep, os.extsep, os.pathsep, os.linesep) == ('posix', '/', None, '.', ':', '\n')
    assert (os.defpath, os.devnull, os.curdir, os.pardir) == (':/bin:/usr/bin', '/dev/null', '.', '..')
    assert (os.SEEK_SET, os.SEEK_CUR, os.SEEK_END) == (0, 1, 2)
    assert os.path is sys.modules['os.path'] and os.path.__name__ == 'posixpath'
    for name in ['walk', 'makedirs', 'removedirs', 'renames', 'getenv', 'environb', 'putenv', 'unsetenv',
                 'execvpe', 'SEEK_SET', 'path', 'stat', 'listdir', 'sep']:
        assert name in os.__all__, name
    assert 'fsencode' not in os.__all__ and not hasattr(os, 'cpu_count')
finally:
    os.chdir(start_dir)
    rmtree(base)
assert not os.path.exists(base)
