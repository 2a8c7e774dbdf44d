"""Temporary files and directories.

mkstemp() and mkdtemp() make a new file or folder with an unused random
name, safely (the name is claimed atomically); TemporaryFile(),
NamedTemporaryFile(), SpooledTemporaryFile() and TemporaryDirectory()
wrap them in objects that clean up after themselves.  mktemp() only
proposes a name, which another process may take first.

Module data: TMP_MAX, the number of names tried before giving up;
template, the default prefix of the names; tempdir, the folder used when
none is given (found on first use, unless set before).
"""

__all__ = [
    "NamedTemporaryFile", "TemporaryFile",
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",
    "mktemp",
    "TMP_MAX", "gettempprefix",
    "tempdir", "gettempdir",
]

import warnings as _warnings
import sys as _sys
import io as _io
import os as _os
import errno as _errno
from random import Random as _Random

try:
    import fcntl as _fcntl
except ImportError:
    def _set_cloexec(fd):
        pass
else:
    def _set_cloexec(fd):
        try:
            flags = _fcntl.fcntl(fd, _fcntl.F_GETFD, 0)
        except IOError:
            return
        _fcntl.fcntl(fd, _fcntl.F_SETFD, flags | _fcntl.FD_CLOEXEC)

try:
    import _thread
except ImportError:
    import _dummy_thread as _thread
_allocate_lock = _thread.allocate_lock

# Flags for os.open: create a new file, failing if the name exists (and
# never following a symbolic link where the system can say so).
_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
for _flag in ('O_NOINHERIT', 'O_NOFOLLOW'):
    _text_openflags |= getattr(_os, _flag, 0)
_bin_openflags = _text_openflags | getattr(_os, 'O_BINARY', 0)
del _flag

TMP_MAX = getattr(_os, 'TMP_MAX', 10000)

template = "tmp"

_once_lock = _allocate_lock()

_stat = getattr(_os, 'lstat', None) or _os.stat


def _exists(fn):
    try:
        _stat(fn)
    except _os.error:
        return False
    return True


class _RandomNameSequence:
    """An endless iterator of six-character random strings usable in file
    names.  Its random generator is made again after a fork, so that
    parent and child do not propose the same names."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        pid = _os.getpid()
        if pid != getattr(self, '_rng_pid', None):
            self._rng = _Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        choose = self.rng.choice
        chars = self.characters
        return ''.join([choose(chars) for _ in range(6)])


def _candidate_tempdir_list():
    """The folders _get_default_tempdir tries, in order: $TMPDIR, $TEMP,
    $TMP, the system's usual places, then the current folder."""
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(envname)
        if value:
            dirlist.append(value)
    if _os.name == 'nt':
        dirlist.extend([r'c:\temp', r'c:\tmp', r'\temp', r'\tmp'])
    else:
        dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except (AttributeError, _os.error):
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate folder in which a file can really be created
    and written."""
    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.normcase(_os.path.abspath(dir))
        for _ in range(100):
            filename = _os.path.join(dir, next(namer))
            try:
                fd = _os.open(filename, _bin_openflags, 0o600)
                try:
                    try:
                        with _io.open(fd, 'wb', closefd=False) as fp:
                            fp.write(b'blat')
                    finally:
                        _os.close(fd)
                finally:
                    _os.unlink(filename)
                return dir
            except (OSError, IOError) as e:
                if e.args[0] != _errno.EEXIST:
                    break       # this folder will not do
    raise IOError(_errno.ENOENT,
                  "No usable temporary directory found in %s" % dirlist)

_name_sequence = None


def _get_candidate_names():
    """The module's shared _RandomNameSequence."""
    global _name_sequence
    if _name_sequence is None:
        with _once_lock:
            if _name_sequence is None:
                _name_sequence = _RandomNameSequence()
    return _name_sequence


def _mkstemp_inner(dir, pre, suf, flags):
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, pre + next(names) + suf)
        try:
            fd = _os.open(path, flags, 0o600)
        except OSError as e:
            if e.errno == _errno.EEXIST:
                continue
            raise
        _set_cloexec(fd)
        return fd, _os.path.abspath(path)
    raise IOError(_errno.EEXIST, "No usable temporary file name found")


def gettempprefix():
    """The default prefix of temporary names (the module's template)."""
    return template

tempdir = None


def gettempdir():
    """The folder temporary files go to by default (tempdir, found on the
    first call when not set)."""
    global tempdir
    if tempdir is None:
        with _once_lock:
            if tempdir is None:
                tempdir = _get_default_tempdir()
    return tempdir


def mkstemp(suffix="", prefix=template, dir=None, text=False):
    """Create a new file named prefix + random + suffix in dir (default
    gettempdir()), readable and writable by its owner only, and return
    (an OS-level handle open for reading and writing, its absolute path).
    text=True asks for text mode where the system makes a difference.
    The caller closes and removes the file."""
    if dir is None:
        dir = gettempdir()
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags)


def mkdtemp(suffix="", prefix=template, dir=None):
    """Create a new folder named prefix + random + suffix in dir (default
    gettempdir()), accessible by its owner only, and return its path.
    The caller removes it."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            _os.mkdir(path, 0o700)
        except OSError as e:
            if e.errno == _errno.EEXIST:
                continue
            raise
        return path
    raise IOError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Return a path, prefix + random + suffix in dir (default
    gettempdir()), that did not exist when checked.  Deprecated: another
    process can create it before the caller does; use mkstemp()."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        if not _exists(path):
            return path
    raise IOError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with a name, removed when closed (if delete).  Other
    attributes are those of the file, looked up there (and kept here when
    they are not numbers)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.close_called = False
        self.delete = delete

    def __getattr__(self, name):
        file = self.__dict__['file']
        value = getattr(file, name)
        if not isinstance(value, int):
            setattr(self, name, value)
        return value

    def __enter__(self):
        self.file.__enter__()
        return self

    def __iter__(self):
        return iter(self.file)

    if _os.name != 'nt':
        # Held by the class so that it is still there when the module is
        # being torn down.
        unlink = _os.unlink

        def close(self):
            if not self.close_called:
                self.close_called = True
                self.file.close()
                if self.delete:
                    self.unlink(self.name)

        def __del__(self):
            self.close()

        def __exit__(self, exc, value, tb):
            result = self.file.__exit__(exc, value, tb)
            self.close()
            return result
    else:
        def __exit__(self, exc, value, tb):
            self.file.__exit__(exc, value, tb)


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix="", prefix=template,
                       dir=None, delete=True):
    """A new temporary file (see mkstemp for suffix, prefix and dir),
    opened with io.open(mode, buffering, encoding, newline), whose path is
    its .name; it is removed when closed unless delete is false."""
    if dir is None:
        dir = gettempdir()
    fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags)
    try:
        file = _io.open(fd, mode, buffering=buffering, newline=newline,
                        encoding=encoding)
    except:
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete)


if _os.name != 'posix' or _sys.platform == 'cygwin':
    # Where an open file cannot be removed, the file keeps its name.
    TemporaryFile = NamedTemporaryFile
else:
    def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                      newline=None, suffix="", prefix=template,
                      dir=None):
        """A new temporary file without a name in the file system (it is
        removed at once), opened with io.open(mode, buffering, encoding,
        newline); see mkstemp for suffix, prefix and dir."""
        if dir is None:
            dir = gettempdir()
        fd, name = _mkstemp_inner(dir, prefix, suffix, _bin_openflags)
        try:
            _os.unlink(name)
            return _io.open(fd, mode, buffering=buffering,
                            newline=newline, encoding=encoding)
        except:
            _os.close(fd)
            raise


class SpooledTemporaryFile:
    """A temporary file kept in memory (a BytesIO, or a StringIO in text
    mode) until it grows beyond max_size bytes (when max_size is not 0)
    or its fileno() is asked for: then its data moves to a TemporaryFile
    made with the other arguments."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix="", prefix=template, dir=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            # No newline translation in memory: the real file does it.
            self._file = _io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file (once)."""
        if self._rolled:
            return
        old = self._file
        new = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        new.write(old.getvalue())
        new.seek(old.tell(), 0)
        self._rolled = True

    # Every method is listed: the file behind may change.

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        try:
            return self._file.encoding
        except AttributeError:
            if 'b' in self._TemporaryFileArgs['mode']:
                raise
            return self._TemporaryFileArgs['encoding']

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        try:
            return self._file.newlines
        except AttributeError:
            if 'b' in self._TemporaryFileArgs['mode']:
                raise
            return self._TemporaryFileArgs['newline']

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        self._file.seek(*args)

    @property
    def softspace(self):
        return self._file.softspace

    def tell(self):
        return self._file.tell()

    def truncate(self):
        self._file.truncate()

    def write(self, s):
        file = self._file
        result = file.write(s)
        self._check(file)
        return result

    def writelines(self, iterable):
        file = self._file
        result = file.writelines(iterable)
        self._check(file)
        return result


class TemporaryDirectory(object):
    """A new temporary folder (made by mkdtemp; its path is .name), removed
    with everything in it by cleanup(), at the end of a with statement
    (which gives the path), or when the object is collected (with a
    ResourceWarning)."""

    def __init__(self, suffix="", prefix=template, dir=None):
        self._closed = False
        self.name = None    # for __del__ if mkdtemp fails
        self.name = mkdtemp(suffix, prefix, dir)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def cleanup(self, _warn=False):
        if self.name and not self._closed:
            try:
                self._rmtree(self.name)
            except (TypeError, AttributeError) as ex:
                # At interpreter shutdown the module's globals may be
                # gone: report rather than fail.
                if "None" not in str(ex):
                    raise
                print("ERROR: {!r} while cleaning up {!r}".format(ex, self),
                      file=_sys.stderr)
                return
            self._closed = True
            if _warn:
                self._warn("Implicitly cleaning up {!r}".format(self),
                           ResourceWarning)

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def __del__(self):
        self.cleanup(_warn=True)

    # What _rmtree needs, held by the class for the same reason.
    _listdir = staticmethod(_os.listdir)
    _path_join = staticmethod(_os.path.join)
    _isdir = staticmethod(_os.path.isdir)
    _islink = staticmethod(_os.path.islink)
    _remove = staticmethod(_os.remove)
    _rmdir = staticmethod(_os.rmdir)
    _os_error = _os.error
    _warn = _warnings.warn

    def _rmtree(self, path):
        # Remove what can be removed; errors are ignored.
        for name in self._listdir(path):
            full = self._path_join(path, name)
            try:
                isdir = self._isdir(full) and not self._islink(full)
            except self._os_error:
                isdir = False
            if isdir:
                self._rmtree(full)
            else:
                try:
                    self._remove(full)
                except self._os_error:
                    pass
        try:
            self._rmdir(path)
        except self._os_error:
            pass
