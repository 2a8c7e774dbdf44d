r"""The operating system's services, the same on every system.

This module re-exports the system's own module (posix here) and adds:
  - os.path, the path operations of the system (posixpath here);
  - name ('posix'), and the constants curdir, pardir, sep, altsep,
    extsep, pathsep, linesep, defpath and devnull;
  - environ, the environment as a mapping of str (environb of bytes);
  - makedirs, removedirs, renames and walk, built on the system calls;
  - fsencode and fsdecode, between str and bytes file names.

A program that uses only what this module offers, and os.path for
paths, runs unchanged on other systems.
"""

import sys
import errno

_names = sys.builtin_module_names

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull",
           "SEEK_SET", "SEEK_CUR", "SEEK_END"]


def _get_exports_list(module):
    try:
        return list(module.__all__)
    except AttributeError:
        return [n for n in dir(module) if n[0] != '_']


if 'posix' in _names:
    name = 'posix'
    linesep = '\n'
    from posix import *
    try:
        from posix import _exit
    except ImportError:
        pass
    import posixpath as path
    import posix
    __all__.extend(_get_exports_list(posix))
    del posix
else:
    raise ImportError('no os specific module found')

sys.modules['os.path'] = path
from os.path import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                     devnull)

del _names

# Where lseek() and seek() count from.
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def _exists(name):
    return name in globals()


# Directory trees.

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(path [, mode=0o777][, exist_ok=False])

    Make the directory path, and each missing directory above it.  An
    existing path is an error (OSError) unless exist_ok is true and it
    is a directory.
    """
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode, exist_ok)
        except OSError as e:
            # Another process may have made it meanwhile: that is fine.
            if e.errno != errno.EEXIST:
                raise
        here = curdir
        if isinstance(tail, bytes):
            here = bytes(curdir, 'ASCII')
        if tail == here:
            # "a/b/." names a/b, made above.
            return
    try:
        mkdir(name, mode)
    except OSError as e:
        if not exist_ok or e.errno != errno.EEXIST or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(path)

    Remove the directory path, then each directory above it that this
    leaves empty, stopping at the first that cannot be removed.  Errors
    after the first directory is removed are ignored.
    """
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except error:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Rename old to new, making the directories new needs first, then
    removing the directories of old that the rename left empty.
    """
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except error:
            pass

__all__.extend(["makedirs", "removedirs", "renames"])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator.

    For each directory of the tree rooted at top (top included), yield a
    3-tuple (dirpath, dirnames, filenames): the directory's path, and the
    names (not paths) of the subdirectories and of the other entries in
    it.  Use os.path.join(dirpath, name) for a path.

    With topdown true (the default) a directory comes before its
    subdirectories, and the caller may change dirnames in place (del,
    slice assignment) to choose which of them are visited and in what
    order.  With topdown false it comes after them.

    Errors of listdir() are ignored, or given to onerror (an OSError,
    with the path as its filename) if set; onerror may raise to stop the
    walk.  Symbolic links to directories are listed in dirnames but not
    followed unless followlinks is true (beware of loops).
    """
    islink, join, isdir = path.islink, path.join, path.isdir
    try:
        names = listdir(top)
    except error as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for entry in names:
        if isdir(join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
    for entry in dirs:
        sub = join(top, entry)
        if followlinks or not islink(sub):
            for x in walk(sub, topdown, onerror, followlinks):
                yield x
    if not topdown:
        yield top, dirs, nondirs

__all__.append("walk")


# Running programs: the exec family.

def execl(file, *args):
    """execl(file, *args)

    Run the program file with the arguments args, replacing this process."""
    execv(file, args)


def execle(file, *args):
    """execle(file, *args, env)

    Run the program file with the arguments args and the environment env
    (the last argument), replacing this process."""
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    """execlp(file, *args)

    Run the program file, looked up on the PATH, with the arguments
    args, replacing this process."""
    execvp(file, args)


def execlpe(file, *args):
    """execlpe(file, *args, env)

    Run the program file, looked up on the PATH, with the arguments args
    and the environment env (the last argument), replacing this process."""
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    """execvp(file, args)

    Run the program file, looked up on the PATH, with the argument list
    args, replacing this process."""
    _execvpe(file, args)


def execvpe(file, args, env):
    """execvpe(file, args, env)

    Run the program file, looked up on the PATH, with the argument list
    args and the environment env, replacing this process."""
    _execvpe(file, args, env)

__all__.extend(["execl", "execle", "execlp", "execlpe", "execvp", "execvpe"])


def _execvpe(file, args, env=None):
    if env is not None:
        run = execve
        extra = (args, env)
    else:
        run = execv
        extra = (args,)
        env = environ
    folder, _ = path.split(file)
    if folder:
        run(file, *extra)
        return
    # The search runs on bytes, whatever the name was given as.
    file = fsencode(file)
    first_error = first_tb = None
    last_error = last_tb = None
    for d in map(fsencode, get_exec_path(env)):
        try:
            run(path.join(d, file), *extra)
        except error as e:
            last_error, last_tb = e, sys.exc_info()[2]
            # A missing file or folder is not worth reporting if another
            # entry of the PATH fails otherwise.
            if (e.errno != errno.ENOENT and e.errno != errno.ENOTDIR
                    and first_error is None):
                first_error, first_tb = e, last_tb
    if first_error:
        raise first_error.with_traceback(first_tb)
    raise last_error.with_traceback(last_tb)


def get_exec_path(env=None):
    """The folders where a program named without a folder is looked for
    (the PATH of env, os.environ when None, or defpath), as a list."""
    if env is None:
        env = environ
    try:
        import warnings
    except ImportError:
        warnings = None
    if warnings is not None:
        catcher = warnings.catch_warnings()
        catcher.__enter__()
        warnings.simplefilter("ignore", BytesWarning)
    try:
        try:
            found = env.get('PATH')
        except TypeError:
            found = None
        if supports_bytes_environ:
            try:
                found_bytes = env[b'PATH']
            except (KeyError, TypeError):
                pass
            else:
                if found is not None:
                    raise ValueError(
                        "env cannot contain 'PATH' and b'PATH' keys")
                found = found_bytes
            if found is not None and isinstance(found, bytes):
                found = fsdecode(found)
    finally:
        if warnings is not None:
            catcher.__exit__(None, None, None)
    if found is None:
        found = defpath
    return found.split(pathsep)


# The environment.

try:
    from _abcoll import MutableMapping
except ImportError:
    try:
        from collections import MutableMapping
    except ImportError:
        MutableMapping = object


class _Environ(MutableMapping):
    """The environment as a mapping: keys and values are converted with
    the given functions between what the program uses and the bytes the
    system keeps, and changes go to the process's environment too."""

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue,
                 putenv, unsetenv):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self.putenv = putenv
        self.unsetenv = unsetenv
        self._data = data

    def __getitem__(self, key):
        return self.decodevalue(self._data[self.encodekey(key)])

    def __setitem__(self, key, value):
        k = self.encodekey(key)
        v = self.encodevalue(value)
        self.putenv(k, v)
        self._data[k] = v

    def __delitem__(self, key):
        k = self.encodekey(key)
        self.unsetenv(k)
        del self._data[k]

    def __iter__(self):
        for k in self._data:
            yield self.decodekey(k)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ('{!r}: {!r}'.format(self.decodekey(k), self.decodevalue(v))
                 for k, v in self._data.items())
        return 'environ({{{}}})'.format(', '.join(items))

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    if MutableMapping is object:
        # Without the abstract base classes, the mapping methods they
        # would lend.
        __hash__ = None

        def __contains__(self, key):
            try:
                self[key]
            except KeyError:
                return False
            return True

        def get(self, key, default=None):
            try:
                return self[key]
            except KeyError:
                return default

        def keys(self):
            return list(self)

        def values(self):
            return [self[k] for k in self]

        def items(self):
            return [(k, self[k]) for k in self]

        def __eq__(self, other):
            try:
                return dict(self.items()) == dict(other.items())
            except AttributeError:
                return NotImplemented

        def __ne__(self, other):
            eq = self.__eq__(other)
            return eq if eq is NotImplemented else not eq

        _missing = object()

        def pop(self, key, default=_missing):
            try:
                value = self[key]
            except KeyError:
                if default is self._missing:
                    raise
                return default
            del self[key]
            return value

        def popitem(self):
            try:
                key = next(iter(self))
            except StopIteration:
                raise KeyError
            value = self[key]
            del self[key]
            return key, value

        def clear(self):
            for key in list(self):
                del self[key]

        def update(*args, **kwds):
            if len(args) > 2:
                raise TypeError("update() takes at most 2 positional "
                                "arguments ({} given)".format(len(args)))
            elif not args:
                raise TypeError("update() takes at least 1 argument (0 given)")
            self = args[0]
            other = args[1] if len(args) >= 2 else ()
            if hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
            for key, value in kwds.items():
                self[key] = value


try:
    _putenv = putenv
except NameError:
    _putenv = lambda key, value: None
else:
    __all__.append("putenv")

try:
    _unsetenv = unsetenv
except NameError:
    _unsetenv = lambda key: _putenv(key, "")
else:
    __all__.append("unsetenv")


def _createenviron():
    encoding = sys.getfilesystemencoding()

    def encode(value):
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        return value.encode(encoding, 'surrogateescape')

    def decode(value):
        return value.decode(encoding, 'surrogateescape')

    return _Environ(environ, encode, decode, encode, decode,
                    _putenv, _unsetenv)

environ = _createenviron()
del _createenviron


def getenv(key, default=None):
    """The environment variable key's value (a str), or default when it
    is not set."""
    return environ.get(key, default)

supports_bytes_environ = name not in ('os2', 'nt')
__all__.extend(("getenv", "supports_bytes_environ"))

if supports_bytes_environ:
    def _check_bytes(value):
        if not isinstance(value, bytes):
            raise TypeError("bytes expected, not %s" % type(value).__name__)
        return value

    # The same environment, with bytes keys and values.
    environb = _Environ(environ._data, _check_bytes, bytes, _check_bytes,
                        bytes, _putenv, _unsetenv)
    del _check_bytes

    def getenvb(key, default=None):
        """The environment variable key's value (a bytes), or default
        when it is not set."""
        return environb.get(key, default)

    __all__.extend(("environb", "getenvb"))


def _fscodec():
    encoding = sys.getfilesystemencoding()
    errors = 'strict' if encoding == 'mbcs' else 'surrogateescape'

    def fsencode(filename):
        """A file name as bytes: a str is encoded with the file system's
        encoding (and surrogateescape), a bytes returned unchanged."""
        if isinstance(filename, bytes):
            return filename
        if isinstance(filename, str):
            return filename.encode(encoding, errors)
        raise TypeError("expect bytes or str, not %s" % type(filename).__name__)

    def fsdecode(filename):
        """A file name as str: a bytes is decoded with the file system's
        encoding (and surrogateescape), a str returned unchanged."""
        if isinstance(filename, str):
            return filename
        if isinstance(filename, bytes):
            return filename.decode(encoding, errors)
        raise TypeError("expect bytes or str, not %s" % type(filename).__name__)

    return fsencode, fsdecode

fsencode, fsdecode = _fscodec()
del _fscodec


# Pickling of the structure sequences.

def _make_stat_result(tup, dict):
    return stat_result(tup, dict)

def _pickle_stat_result(sr):
    (type, args) = sr.__reduce__()
    return (_make_stat_result, args)

def _make_statvfs_result(tup, dict):
    return statvfs_result(tup, dict)

def _pickle_statvfs_result(sr):
    (type, args) = sr.__reduce__()
    return (_make_statvfs_result, args)

try:
    import copyreg as _copyreg
except ImportError:
    pass
else:
    _copyreg.pickle(stat_result, _pickle_stat_result, _make_stat_result)
    _copyreg.pickle(statvfs_result, _pickle_statvfs_result,
                    _make_statvfs_result)


def fdopen(fd, *args, **kwargs):
    """A file object for the open file descriptor fd; the other
    arguments are open()'s."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    try:
        import io
        opener = io.open
    except ImportError:
        import builtins
        opener = builtins.open
    return opener(fd, *args, **kwargs)


# popen runs a shell command through subprocess. (There is no fork: a Go
# program cannot fork and keep running, so neither os.fork nor the
# fork-based os.spawn* exist; subprocess starts children with the Go
# runtime's fork-and-exec.)
def popen(cmd, mode="r", buffering=-1):
    """Run cmd in a shell; return a text file reading its standard output
    (mode "r") or writing its standard input (mode "w").  Closing the file
    waits for the command: close() returns None when it succeeded, else
    its exit status in os.wait()'s form."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess, io
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE,
                                bufsize=buffering)
        return _wrap_close(io.TextIOWrapper(proc.stdout), proc)
    proc = subprocess.Popen(cmd, shell=True, stdin=subprocess.PIPE,
                            bufsize=buffering)
    return _wrap_close(io.TextIOWrapper(proc.stdin), proc)


class _wrap_close:
    """The file popen() returns: its stream, whose close() also waits for
    the command and reports how it ended."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        status = self._proc.wait()
        if status == 0:
            return None
        return status << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)
