r"""subprocess - Subprocesses with accessible I/O streams

This module runs programs as child processes, connects to their
standard input, output and error through pipes when asked, and
collects their exit status.  It is the interface that os.system,
os.spawn* and os.popen are best replaced with.

Its one class is Popen:

class Popen(args, bufsize=-1, executable=None,
            stdin=None, stdout=None, stderr=None,
            preexec_fn=None, close_fds=True, shell=False,
            cwd=None, env=None, universal_newlines=False,
            startupinfo=None, creationflags=0,
            restore_signals=True, start_new_session=False, pass_fds=()):

args is the program and its arguments: a sequence, or a string naming
the program alone.  With shell=True, args (a string, or a sequence
whose first item is the command line) is run by /bin/sh.  executable
replaces the program to run (args[0] is then only its name).

stdin, stdout and stderr are None (the child shares the parent's), PIPE
(a new pipe, available as the Popen object's stdin, stdout or stderr
attribute), a file descriptor, or a file object; stderr may also be
STDOUT, to go where stdout goes.  bufsize is the buffering of those
pipe files, as open() takes it.

close_fds closes every descriptor but 0, 1, 2 and those of pass_fds in
the child.  cwd is the child's working directory, env its environment
(a mapping) instead of the parent's.  universal_newlines makes the pipe
files text files.  restore_signals and start_new_session ask for
SIGPIPE and SIGXFSZ at their default action and for setsid() in the
child.

In Taipan, preexec_fn cannot run Python code in the child: os.setsid
and os.setpgrp are understood (they become a new session and a new
process group), and any other function raises NotImplementedError.

Functions: call, check_call and check_output run a program to the end;
getstatusoutput and getoutput run a shell command and return its
output.  CalledProcessError is raised by the check_ functions when the
program fails.
"""

import sys
import io
import os
import signal
import builtins
import warnings
import errno
import select

mswindows = False

_has_poll = hasattr(select, 'poll')
_PIPE_BUF = getattr(select, 'PIPE_BUF', 512)

try:
    import _posixsubprocess
except ImportError:
    _posixsubprocess = None
    warnings.warn("The _posixsubprocess module is not being used. "
                  "Child process reliability may suffer if your "
                  "program uses threads.", RuntimeWarning)

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput",
           "getoutput", "check_output", "CalledProcessError"]


class CalledProcessError(Exception):
    """Raised by check_call() and check_output() when the program they ran
    ends with a non-zero status: returncode holds that status, cmd the
    command, and output (check_output only) what it wrote."""

    def __init__(self, returncode, cmd, output=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output

    def __str__(self):
        return "Command '%s' returned non-zero exit status %d" % (
            self.cmd, self.returncode)


try:
    MAXFD = os.sysconf("SC_OPEN_MAX")
except Exception:
    MAXFD = 256

PIPE = -1
STDOUT = -2

# Popen objects whose child was still running when they were collected;
# each new Popen reaps those that have finished since.
_active = []


def _cleanup():
    for proc in _active[:]:
        if proc._internal_poll(_deadstate=sys.maxsize) is not None:
            try:
                _active.remove(proc)
            except ValueError:
                pass


def _eintr_retry_call(func, *args):
    """Call func(*args) again for as long as it fails with EINTR."""
    while True:
        try:
            return func(*args)
        except (OSError, IOError) as e:
            if e.errno != errno.EINTR:
                raise


def call(*popenargs, **kwargs):
    """Run a command, wait for it to end and return its returncode.

    The arguments are those of Popen:

    retcode = call(["ls", "-l"])
    """
    return Popen(*popenargs, **kwargs).wait()


def _command_of(popenargs, kwargs):
    cmd = kwargs.get("args")
    if cmd is None:
        cmd = popenargs[0]
    return cmd


def check_call(*popenargs, **kwargs):
    """Run a command and wait for it to end; return 0 if it succeeded,
    else raise CalledProcessError with its returncode.

    The arguments are those of Popen:

    check_call(["ls", "-l"])
    """
    status = call(*popenargs, **kwargs)
    if status:
        raise CalledProcessError(status, _command_of(popenargs, kwargs))
    return 0


def check_output(*popenargs, **kwargs):
    r"""Run a command and return what it wrote to its standard output, as
    bytes.  A non-zero exit status raises CalledProcessError, whose output
    attribute holds the output.

    The arguments are those of Popen, except stdout, which this function
    sets itself (stderr=STDOUT collects the errors too):

    >>> check_output(["echo", "hi"])
    b'hi\n'
    """
    if 'stdout' in kwargs:
        raise ValueError('stdout argument not allowed, it will be overridden.')
    proc = Popen(*popenargs, stdout=PIPE, **kwargs)
    out, _ = proc.communicate()
    status = proc.poll()
    if status:
        raise CalledProcessError(status, _command_of(popenargs, kwargs),
                                 output=out)
    return out


def list2cmdline(seq):
    """Join a sequence of arguments into one command line as the
    Microsoft C runtime splits it: arguments are separated by spaces; one
    holding a space or a tab, or empty, is put in double quotes; a double
    quote is escaped with a backslash, and the backslashes before it
    (and before a closing quote) are doubled; other backslashes stand
    for themselves."""
    parts = []
    for arg in seq:
        quote = not arg or (" " in arg) or ("\t" in arg)
        out = []
        backslashes = 0
        for ch in arg:
            if ch == "\\":
                backslashes += 1
            elif ch == '"':
                out.append("\\" * (2 * backslashes + 1))
                out.append('"')
                backslashes = 0
            else:
                if backslashes:
                    out.append("\\" * backslashes)
                    backslashes = 0
                out.append(ch)
        if backslashes:
            out.append("\\" * (2 * backslashes if quote else backslashes))
        text = "".join(out)
        parts.append('"%s"' % text if quote else text)
    return " ".join(parts)


def getstatusoutput(cmd):
    """Run cmd in a shell and return (status, output): status as
    os.wait() reports it, output what the command wrote to its standard
    output and error, as a str without its final newline.

    >>> import subprocess
    >>> subprocess.getstatusoutput('true')
    (0, '')
    """
    with os.popen('{ ' + cmd + '; } 2>&1', 'r') as pipe:
        text = pipe.read()
        status = pipe.close()
    if status is None:
        status = 0
    if text.endswith('\n'):
        text = text[:-1]
    return status, text


def getoutput(cmd):
    """Run cmd in a shell and return what it wrote to its standard output
    and error, as getstatusoutput() does, without the status.

    >>> import subprocess
    >>> subprocess.getoutput('echo hi')
    'hi'
    """
    return getstatusoutput(cmd)[1]


_PLATFORM_DEFAULT_CLOSE_FDS = object()


def _create_pipe():
    if _posixsubprocess is not None:
        return _posixsubprocess.cloexec_pipe()
    raise OSError(errno.ENOSYS, "subprocess needs the _posixsubprocess module")


class Popen(object):
    def __init__(self, args, bufsize=-1, executable=None,
                 stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=_PLATFORM_DEFAULT_CLOSE_FDS,
                 shell=False, cwd=None, env=None, universal_newlines=False,
                 startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False,
                 pass_fds=()):
        """Create new Popen instance."""
        _cleanup()
        self._child_created = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if close_fds is _PLATFORM_DEFAULT_CLOSE_FDS:
            close_fds = True
        if pass_fds and not close_fds:
            warnings.warn("pass_fds overriding close_fds.", RuntimeWarning)
            close_fds = True
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows "
                             "platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows "
                             "platforms")

        self.stdin = None
        self.stdout = None
        self.stderr = None
        self.pid = None
        self.returncode = None
        self.universal_newlines = universal_newlines

        # The descriptors: the parent writes the child's input to
        # p2cwrite (the child reads p2cread), and reads its output and
        # errors from c2pread and errread (the child writes c2pwrite and
        # errwrite).  -1 means no pipe (parent side) or no redirection
        # (child side).
        (p2cread, p2cwrite, c2pread, c2pwrite,
         errread, errwrite) = self._get_handles(stdin, stdout, stderr)

        # The file objects are made before the child runs, so that a
        # child ending at once cannot leave a descriptor to be reused.
        if p2cwrite != -1:
            self.stdin = io.open(p2cwrite, 'wb', bufsize)
            if universal_newlines:
                self.stdin = _text_writer(self.stdin)
        if c2pread != -1:
            self.stdout = io.open(c2pread, 'rb', bufsize)
            if universal_newlines:
                self.stdout = io.TextIOWrapper(self.stdout)
        if errread != -1:
            self.stderr = io.open(errread, 'rb', bufsize)
            if universal_newlines:
                self.stderr = io.TextIOWrapper(self.stderr)

        try:
            self._execute_child(args, executable, preexec_fn, close_fds,
                                pass_fds, cwd, env, universal_newlines,
                                startupinfo, creationflags, shell,
                                p2cread, p2cwrite,
                                c2pread, c2pwrite,
                                errread, errwrite,
                                restore_signals, start_new_session)
        except:
            # No child: close everything made for it.
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    try:
                        f.close()
                    except EnvironmentError:
                        pass
            for wanted, fd in ((stdin, p2cread), (stdout, c2pwrite),
                               (stderr, errwrite)):
                if wanted == PIPE:
                    try:
                        os.close(fd)
                    except EnvironmentError:
                        pass
            raise

    def _translate_newlines(self, data, encoding):
        text = data.decode(encoding)
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        for f in (self.stdout, self.stderr, self.stdin):
            if f:
                f.close()
        self.wait()

    def __del__(self, _maxsize=sys.maxsize, _active=_active):
        if not getattr(self, '_child_created', False):
            return
        # A child still running is kept in _active until it is reaped.
        self._internal_poll(_deadstate=_maxsize)
        if self.returncode is None and _active is not None:
            _active.append(self)

    def communicate(self, input=None):
        """Send input (bytes, or str for universal_newlines; None for
        nothing) to the child's standard input, read its output and
        errors to their end, and wait for it to end.  Returns the pair
        (stdout, stderr); an item is None when that stream is not a
        pipe."""
        pipes = [f for f in (self.stdin, self.stdout, self.stderr) if f]
        if len(pipes) <= 1:
            # One pipe at most: no need to wait on several at once.
            out = err = None
            if self.stdin:
                if input:
                    try:
                        self.stdin.write(input)
                    except IOError as e:
                        if e.errno not in (errno.EPIPE, errno.EINVAL):
                            raise
                self.stdin.close()
            elif self.stdout:
                out = _eintr_retry_call(self.stdout.read)
                self.stdout.close()
            elif self.stderr:
                err = _eintr_retry_call(self.stderr.read)
                self.stderr.close()
            self.wait()
            return (out, err)
        return self._communicate(input)

    def poll(self):
        """Return the returncode if the child has ended, else None."""
        return self._internal_poll()

    def _get_handles(self, stdin, stdout, stderr):
        p2cread = p2cwrite = c2pread = c2pwrite = errread = errwrite = -1

        if stdin is None:
            pass
        elif stdin == PIPE:
            p2cread, p2cwrite = _create_pipe()
        elif isinstance(stdin, int):
            p2cread = stdin
        else:
            p2cread = stdin.fileno()

        if stdout is None:
            pass
        elif stdout == PIPE:
            c2pread, c2pwrite = _create_pipe()
        elif isinstance(stdout, int):
            c2pwrite = stdout
        else:
            c2pwrite = stdout.fileno()

        if stderr is None:
            pass
        elif stderr == PIPE:
            errread, errwrite = _create_pipe()
        elif stderr == STDOUT:
            errwrite = c2pwrite
        elif isinstance(stderr, int):
            errwrite = stderr
        else:
            errwrite = stderr.fileno()

        return (p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite)

    def _execute_child(self, args, executable, preexec_fn, close_fds,
                       pass_fds, cwd, env, universal_newlines,
                       startupinfo, creationflags, shell,
                       p2cread, p2cwrite,
                       c2pread, c2pwrite,
                       errread, errwrite,
                       restore_signals, start_new_session):
        """Start the program (POSIX)."""
        if isinstance(args, str):
            args = [args]
        else:
            args = list(args)
        if shell:
            args = ["/bin/sh", "-c"] + args
            if executable:
                args[0] = executable
        if executable is None:
            executable = args[0]
        program = executable

        if _posixsubprocess is None:
            raise OSError(errno.ENOSYS,
                          "subprocess needs the _posixsubprocess module")

        errpipe_read, errpipe_write = _create_pipe()
        try:
            try:
                if env is not None:
                    env_list = [os.fsencode(k) + b'=' + os.fsencode(v)
                                for k, v in env.items()]
                else:
                    env_list = None
                executable = os.fsencode(executable)
                if os.path.dirname(executable):
                    executable_list = (executable,)
                else:
                    executable_list = tuple(
                        os.path.join(os.fsencode(d), executable)
                        for d in os.get_exec_path(env))
                keep = set(pass_fds)
                keep.add(errpipe_write)
                self.pid = _posixsubprocess.fork_exec(
                    args, executable_list, close_fds, sorted(keep), cwd,
                    env_list, p2cread, p2cwrite, c2pread, c2pwrite,
                    errread, errwrite, errpipe_read, errpipe_write,
                    restore_signals, start_new_session, preexec_fn)
                # 0: the child failed before running the program and is
                # gone already; the error pipe says why.
                self._child_created = self.pid > 0
            finally:
                os.close(errpipe_write)

            # The child's ends of the pipes belong to the child now.
            if p2cread != -1 and p2cwrite != -1:
                os.close(p2cread)
            if c2pwrite != -1 and c2pread != -1:
                os.close(c2pwrite)
            if errwrite != -1 and errread != -1:
                os.close(errwrite)

            # The error pipe closes at the exec, or carries the reason the
            # child could not get there.
            report = bytearray()
            while True:
                part = _eintr_retry_call(os.read, errpipe_read, 50000)
                report += part
                if not part or len(report) > 50000:
                    break
        finally:
            os.close(errpipe_read)

        if report:
            if self._child_created:
                try:
                    _eintr_retry_call(os.waitpid, self.pid, 0)
                except OSError as e:
                    if e.errno != errno.ECHILD:
                        raise
                self._child_created = False
            self._raise_child_error(bytes(report), cwd, program)

    def _raise_child_error(self, report, cwd, program):
        try:
            name, hex_errno, message = report.split(b':', 2)
        except ValueError:
            name, hex_errno = b'RuntimeError', b'0'
            message = b'Bad exception data from child: ' + repr(report).encode()
        exc_type = getattr(builtins, name.decode('ascii'), RuntimeError)
        message = message.decode(errors="surrogatepass")
        if issubclass(exc_type, OSError) and hex_errno:
            code = int(hex_errno, 16)
            before_exec = message == "noexec"
            if before_exec:
                message = ""
            if code:
                message = os.strerror(code)
                if code == errno.ENOENT:
                    message += ': ' + repr(cwd if before_exec else program)
            raise exc_type(code, message)
        raise exc_type(message)

    def _handle_exitstatus(self, sts, _WIFSIGNALED=os.WIFSIGNALED,
                           _WTERMSIG=os.WTERMSIG, _WIFEXITED=os.WIFEXITED,
                           _WEXITSTATUS=os.WEXITSTATUS):
        if _WIFSIGNALED(sts):
            self.returncode = -_WTERMSIG(sts)
        elif _WIFEXITED(sts):
            self.returncode = _WEXITSTATUS(sts)
        else:
            raise RuntimeError("Unknown child exit status!")

    def _internal_poll(self, _deadstate=None, _waitpid=os.waitpid,
                       _WNOHANG=os.WNOHANG, _os_error=os.error,
                       _ECHILD=errno.ECHILD):
        # Called from __del__: it uses nothing but its arguments and self.
        if self.returncode is None:
            try:
                pid, sts = _waitpid(self.pid, _WNOHANG)
                if pid == self.pid:
                    self._handle_exitstatus(sts)
            except _os_error as e:
                if _deadstate is not None:
                    self.returncode = _deadstate
                elif e.errno == _ECHILD:
                    # Reaped elsewhere (SIGCHLD ignored, say): its status
                    # is lost.
                    self.returncode = 0
        return self.returncode

    def wait(self):
        """Wait for the child to end and return its returncode."""
        while self.returncode is None:
            try:
                pid, sts = _eintr_retry_call(os.waitpid, self.pid, 0)
            except OSError as e:
                if e.errno != errno.ECHILD:
                    raise
                pid, sts = self.pid, 0
            if pid == self.pid:
                self._handle_exitstatus(sts)
        return self.returncode

    def _communicate(self, input):
        if self.stdin:
            self.stdin.flush()
            if not input:
                self.stdin.close()
        if self.universal_newlines and isinstance(input, str):
            input = input.encode(self.stdin.encoding)

        if _has_poll:
            out, err = self._communicate_with_poll(input)
        else:
            out, err = self._communicate_with_select(input)

        if out is not None:
            out = b''.join(out)
        if err is not None:
            err = b''.join(err)
        if self.universal_newlines:
            if out is not None:
                out = self._translate_newlines(out, self.stdout.encoding)
            if err is not None:
                err = self._translate_newlines(err, self.stderr.encoding)
        self.wait()
        return (out, err)

    def _communicate_with_poll(self, input):
        out = err = None
        files = {}     # descriptor -> its file object
        chunks = {}    # descriptor -> the list its data goes to
        poller = select.poll()
        readable = select.POLLIN | select.POLLPRI

        def watch(f, events):
            poller.register(f.fileno(), events)
            files[f.fileno()] = f

        def finish(fd):
            poller.unregister(fd)
            files.pop(fd).close()

        if self.stdin and input:
            watch(self.stdin, select.POLLOUT)
        if self.stdout:
            watch(self.stdout, readable)
            chunks[self.stdout.fileno()] = out = []
        if self.stderr:
            watch(self.stderr, readable)
            chunks[self.stderr.fileno()] = err = []

        offset = 0
        while files:
            try:
                ready = poller.poll()
            except select.error as e:
                if e.args[0] == errno.EINTR:
                    continue
                raise
            for fd, events in ready:
                if events & select.POLLOUT:
                    chunk = input[offset:offset + _PIPE_BUF]
                    try:
                        offset += os.write(fd, chunk)
                    except OSError as e:
                        if e.errno != errno.EPIPE:
                            raise
                        finish(fd)
                    else:
                        if offset >= len(input):
                            finish(fd)
                elif events & readable:
                    data = os.read(fd, 4096)
                    if not data:
                        finish(fd)
                    chunks[fd].append(data)
                else:
                    # POLLHUP or POLLERR alone: nothing more will come.
                    finish(fd)
        return (out, err)

    def _communicate_with_select(self, input):
        out = err = None
        readers = []
        writers = []
        if self.stdin and input:
            writers.append(self.stdin)
        if self.stdout:
            readers.append(self.stdout)
            out = []
        if self.stderr:
            readers.append(self.stderr)
            err = []

        offset = 0
        while readers or writers:
            try:
                rlist, wlist, _ = select.select(readers, writers, [])
            except select.error as e:
                if e.args[0] == errno.EINTR:
                    continue
                raise
            if self.stdin in wlist:
                chunk = input[offset:offset + _PIPE_BUF]
                try:
                    offset += os.write(self.stdin.fileno(), chunk)
                except OSError as e:
                    if e.errno != errno.EPIPE:
                        raise
                    self.stdin.close()
                    writers.remove(self.stdin)
                else:
                    if offset >= len(input):
                        self.stdin.close()
                        writers.remove(self.stdin)
            for f, dest in ((self.stdout, out), (self.stderr, err)):
                if f in rlist:
                    data = os.read(f.fileno(), 1024)
                    if not data:
                        f.close()
                        readers.remove(f)
                    dest.append(data)
        return (out, err)

    def send_signal(self, sig):
        """Send signal sig to the child."""
        os.kill(self.pid, sig)

    def terminate(self):
        """Ask the child to end: SIGTERM."""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the child: SIGKILL."""
        self.send_signal(signal.SIGKILL)


def _text_writer(binary):
    # 3.2 writes through to the pipe; a TextIOWrapper without
    # write_through (Taipan's io today) is flushed by communicate().
    try:
        return io.TextIOWrapper(binary, write_through=True)
    except TypeError:
        return io.TextIOWrapper(binary, line_buffering=True)
