"""Helpers shared by the regression tests (Taipan's own test.support).

The names and their behaviour are those of Python 3.2's test.support, so
that CPython's Lib/test files run unchanged against Taipan.  Modules that
Taipan may not have yet (socket, shutil, subprocess, threading, io,
locale, struct, ...) are imported only by the helpers that need them, so
that importing this module needs little more than unittest.
"""

if __name__ != 'test.support':
    raise ImportError('support must be imported from the test package')

import contextlib
import collections
import errno
import functools
import importlib
import os
import sys
import unittest
import warnings

try:
    import _thread
    import threading
except ImportError:
    _thread = None
    threading = None

__all__ = [
    "Error", "TestFailed", "ResourceDenied", "import_module",
    "verbose", "use_resources", "max_memuse", "record_original_stdout",
    "get_original_stdout", "unload", "unlink", "rmtree", "forget",
    "is_resource_enabled", "requires", "requires_mac_ver",
    "find_unused_port", "bind_port",
    "fcmp", "is_jython", "TESTFN", "HOST", "FUZZ", "SAVEDCWD", "temp_cwd",
    "findfile", "sortdict", "check_syntax_error", "open_urlresource",
    "check_warnings", "CleanImport", "EnvironmentVarGuard",
    "TransientResource", "captured_output", "captured_stdout",
    "captured_stdin", "captured_stderr",
    "time_out", "socket_peer_reset", "ioerror_peer_reset",
    "run_with_locale", 'temp_umask', "transient_internet",
    "set_memlimit", "bigmemtest", "bigaddrspacetest", "BasicTestRunner",
    "run_unittest", "run_doctest", "threading_setup", "threading_cleanup",
    "reap_children", "cpython_only", "check_impl_detail", "get_attribute",
    "swap_item", "swap_attr", "requires_IEEE_754",
    "TestHandler", "Matcher", "can_symlink", "skip_unless_symlink",
    "import_fresh_module", "failfast", "run_with_tz", "suppress_crash_popup",
]


# ---------------------------------------------------------------------
# Exceptions

class Error(Exception):
    """Root of the exceptions raised by the test helpers."""


class TestFailed(Error):
    """A test (or a whole test module) did not pass."""


class ResourceDenied(unittest.SkipTest):
    """A test wanted a resource (network, cpu, largefile, ...) that was
    not enabled with `-u`; regrtest reports it apart from other skips."""


# ---------------------------------------------------------------------
# Settings that regrtest changes

verbose = 1
use_resources = None
max_memuse = 0
real_max_memuse = 0
failfast = False
match_tests = None

_original_stdout = None


def record_original_stdout(stdout):
    global _original_stdout
    _original_stdout = stdout


def get_original_stdout():
    return _original_stdout or sys.stdout


# Counts of everything run through run_unittest and run_doctest in this
# process, read by regrtest to report on a whole test module.
_counts = {'run': 0, 'failures': 0, 'errors': 0, 'skipped': 0,
           'expected_failures': 0, 'unexpected_successes': 0}


def _count_result(result):
    _counts['run'] += result.testsRun
    _counts['failures'] += len(result.failures)
    _counts['errors'] += len(result.errors)
    _counts['skipped'] += len(getattr(result, 'skipped', ()))
    _counts['expected_failures'] += len(getattr(result, 'expectedFailures', ()))
    _counts['unexpected_successes'] += len(
        getattr(result, 'unexpectedSuccesses', ()))


# ---------------------------------------------------------------------
# Which Python is this?

def _implementation_name():
    impl = getattr(sys, 'implementation', None)
    if impl is not None:
        return impl.name
    if '[Taipan' in sys.version:
        return 'taipan'
    if sys.platform.startswith('java'):
        return 'jython'
    if 'PyPy' in sys.version:
        return 'pypy'
    if 'IronPython' in sys.version:
        return 'ironpython'
    return 'cpython'

_IMPLEMENTATION = _implementation_name()

is_jython = sys.platform.startswith('java')


def _parse_guards(guards):
    # No guard means "CPython only".  Otherwise every guard has the same
    # truth value; an implementation not named gets the opposite one.
    if not guards:
        return {'cpython': True}, False
    values = list(guards.values())
    first = values[0]
    assert all(v == first for v in values), \
        "guards must be all True or all False"
    return guards, not first


def check_impl_detail(**guards):
    """True when running on one of the implementations named True in
    guards (CPython when there are none), or not on any of those named
    False."""
    guards, default = _parse_guards(guards)
    return guards.get(_IMPLEMENTATION, default)


def _id(obj):
    return obj


def impl_detail(msg=None, **guards):
    if check_impl_detail(**guards):
        return _id
    if msg is None:
        names, default = _parse_guards(guards)
        if default:
            template = "implementation detail not available on {0}"
        else:
            template = "implementation detail specific to {0}"
        msg = template.format(' or '.join(sorted(names)))
    return unittest.skip(msg)


def cpython_only(test):
    """Decorator: run test only on CPython."""
    return impl_detail(cpython=True)(test)


# ---------------------------------------------------------------------
# Importing

class _IgnoreDeprecatedImports:
    # Silence "the X module is deprecated" warnings while importing.
    def __init__(self, ignore):
        self.ignore = ignore
        self.catcher = None

    def __enter__(self):
        if self.ignore:
            self.catcher = warnings.catch_warnings()
            self.catcher.__enter__()
            warnings.filterwarnings("ignore", ".+ (module|package)",
                                    DeprecationWarning)

    def __exit__(self, *exc_info):
        if self.catcher is not None:
            self.catcher.__exit__(*exc_info)
        return False


def import_module(name, deprecated=False):
    """Import the module under test; if it cannot be imported, the test
    is skipped (unittest.SkipTest with the ImportError's message)."""
    with _IgnoreDeprecatedImports(deprecated):
        try:
            return importlib.import_module(name)
        except ImportError as exc:
            raise unittest.SkipTest(str(exc))


def _take_out_module(name, saved):
    # Make sure the module can be imported at all, then move it and its
    # submodules out of sys.modules into saved.
    if name not in sys.modules:
        __import__(name)
        del sys.modules[name]
    prefix = name + '.'
    for key in list(sys.modules):
        if key == name or key.startswith(prefix):
            saved[key] = sys.modules.pop(key)


def _block_module(name, saved):
    # Make `import name` fail; report whether it had been imported.
    was_there = name in sys.modules
    if was_there:
        saved[name] = sys.modules[name]
    sys.modules[name] = None
    return was_there


def import_fresh_module(name, fresh=(), blocked=(), deprecated=False):
    """Import a new copy of module `name`, with the modules in `fresh`
    imported anew as well and those in `blocked` made unimportable for
    the duration; sys.modules is left as it was.  Returns None when the
    import fails."""
    with _IgnoreDeprecatedImports(deprecated):
        saved = {}
        added_blocks = []
        _take_out_module(name, saved)
        try:
            for other in fresh:
                _take_out_module(other, saved)
            for other in blocked:
                if not _block_module(other, saved):
                    added_blocks.append(other)
            module = importlib.import_module(name)
        except ImportError:
            module = None
        finally:
            for key, value in saved.items():
                sys.modules[key] = value
            for key in added_blocks:
                del sys.modules[key]
        return module


def get_attribute(obj, name):
    """getattr(obj, name), skipping the test when there is no such
    attribute."""
    try:
        return getattr(obj, name)
    except AttributeError:
        raise unittest.SkipTest("module %s has no attribute %s" % (
            obj.__name__, name))


def unload(name):
    sys.modules.pop(name, None)


def make_legacy_pyc(source):
    """Move the PEP 3147 cache of source to the old place beside it
    (source + 'c', or 'o' under -O) and return that path."""
    import imp
    cached = imp.cache_from_source(source)
    folder = os.path.dirname(os.path.abspath(source))
    legacy = os.path.join(folder, source + ('c' if __debug__ else 'o'))
    os.rename(cached, legacy)
    return legacy


def forget(modname):
    """Unload modname and delete every compiled file of it that may lie
    on sys.path, so that the next import compiles it again."""
    import imp
    unload(modname)
    for folder in sys.path:
        source = os.path.join(folder, modname + '.py')
        unlink(source + 'c')
        unlink(source + 'o')
        for debug in (True, False):
            unlink(imp.cache_from_source(source, debug_override=debug))


class CleanImport(object):
    """Context manager: within it, importing the named modules makes new
    module objects; on exit sys.modules gets its old entries back."""

    def __init__(self, *module_names):
        self.original_modules = sys.modules.copy()
        for name in module_names:
            module = sys.modules.get(name)
            if module is None:
                continue
            # The entry may be an alias of a module with another name.
            if module.__name__ != name:
                sys.modules.pop(module.__name__, None)
            del sys.modules[name]

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        sys.modules.update(self.original_modules)


class DirsOnSysPath(object):
    """Context manager: extend sys.path with the given folders, and put
    sys.path (the object and its contents) back on exit."""

    def __init__(self, *paths):
        self.original_value = sys.path[:]
        self.original_object = sys.path
        sys.path.extend(paths)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        sys.path = self.original_object
        sys.path[:] = self.original_value


def modules_setup():
    return sys.modules.copy(),


def modules_cleanup(oldmodules):
    # Keep codec modules (the codec registry holds on to their functions)
    # and restore everything else as it was.
    kept = [(key, mod) for key, mod in sys.modules.items()
            if key.startswith('encodings.')]
    sys.modules.clear()
    sys.modules.update(kept)
    sys.modules.update(oldmodules)


# ---------------------------------------------------------------------
# Files

if os.name == 'java':
    TESTFN = '$test'
else:
    TESTFN = '@test'
# One name per process, so that parallel runs do not collide.
TESTFN = "{}_{}_tmp".format(TESTFN, os.getpid())

TESTFN_ENCODING = sys.getfilesystemencoding()

# A non-ASCII character the file system encoding can represent.
FS_NONASCII = None
for _candidate in ('\u00e6', '\u0130', '\u0141', '\u03c6', '\u041a',
                   '\u05d0', '\u060c', '\u062a', '\u0e01', '\u00a0',
                   '\u20ac'):
    try:
        if os.fsdecode(os.fsencode(_candidate)) != _candidate:
            continue
    except UnicodeError:
        continue
    FS_NONASCII = _candidate
    break

TESTFN_UNICODE = TESTFN + "-\xe0\xf2\u0258\u0141\u011f"
if sys.platform == 'darwin':
    import unicodedata
    TESTFN_UNICODE = unicodedata.normalize('NFD', TESTFN_UNICODE)

# A str file name that the file system encoding cannot encode strictly.
TESTFN_UNENCODABLE = None
if os.name in ('nt', 'ce'):
    _name = TESTFN + "-\u5171\u0141\u2661\u0363\udc80"
    try:
        _name.encode(TESTFN_ENCODING)
    except UnicodeEncodeError:
        TESTFN_UNENCODABLE = _name
elif sys.platform != 'darwin':
    try:
        b'\xff'.decode(TESTFN_ENCODING)
    except UnicodeDecodeError:
        TESTFN_UNENCODABLE = TESTFN + b'-\xff'.decode(TESTFN_ENCODING,
                                                       'surrogateescape')

# A bytes file name that the file system encoding cannot decode strictly.
TESTFN_UNDECODABLE = None
for _candidate in (b'\xe7w\xf0', b'\xff', b'\xae\xd5\xed\xb2\x80',
                   b'\xed\xb4\x80', b'\x81\x98'):
    try:
        _candidate.decode(TESTFN_ENCODING)
    except UnicodeDecodeError:
        TESTFN_UNDECODABLE = os.fsencode(TESTFN) + _candidate
        break

TESTFN_NONASCII = TESTFN + '-' + FS_NONASCII if FS_NONASCII else None

SAVEDCWD = os.getcwd()


def unlink(filename):
    """Remove a file; a missing file is not an error."""
    try:
        os.unlink(filename)
    except OSError as exc:
        if exc.errno not in (errno.ENOENT, errno.ENOTDIR):
            raise


def rmdir(dirname):
    """Remove an empty folder; a missing one is not an error."""
    try:
        os.rmdir(dirname)
    except OSError as exc:
        if exc.errno != errno.ENOENT:
            raise


def _remove_tree(path):
    # Depth first; symbolic links are removed, never followed.
    import stat
    for name in os.listdir(path):
        full = os.path.join(path, name)
        try:
            mode = os.lstat(full).st_mode
        except OSError:
            mode = 0
        if stat.S_ISDIR(mode):
            _remove_tree(full)
        else:
            os.unlink(full)
    os.rmdir(path)


def rmtree(path):
    """Remove a folder and everything in it; a missing one is not an
    error."""
    try:
        _remove_tree(path)
    except OSError as exc:
        if exc.errno not in (errno.ENOENT, errno.ESRCH):
            raise


@contextlib.contextmanager
def temp_cwd(name='tempcwd', quiet=False, path=None):
    """Context manager: make a new folder `name` (or use the existing
    `path`) the working directory; yields its absolute path.  On exit the
    old working directory comes back and a folder made here is removed.
    With quiet=True, failing to make or enter the folder only warns."""
    saved = os.getcwd()
    made = False
    if path is None:
        path = name
        try:
            os.mkdir(name)
            made = True
        except OSError:
            if not quiet:
                raise
            warnings.warn('tests may fail, unable to create temp CWD ' + name,
                          RuntimeWarning, stacklevel=3)
    try:
        os.chdir(path)
    except OSError:
        if not quiet:
            raise
        warnings.warn('tests may fail, unable to change the CWD to ' + path,
                      RuntimeWarning, stacklevel=3)
    try:
        yield os.getcwd()
    finally:
        os.chdir(saved)
        if made:
            rmtree(name)


@contextlib.contextmanager
def temp_umask(umask):
    """Context manager: set the process's umask, restoring it on exit."""
    previous = os.umask(umask)
    try:
        yield
    finally:
        os.umask(previous)


def _test_dirs():
    # The folders of the test package: ours, then those it was extended
    # with (CPython's Lib/test when running its suite), where data files
    # are.
    pkg = sys.modules.get('test')
    return list(getattr(pkg, '__path__', ()))


def findfile(file, here=__file__, subdir=None):
    """Look for a data file beside the test modules, then on sys.path;
    return its path, or `file` itself when it is nowhere."""
    if os.path.isabs(file):
        return file
    if subdir is not None:
        file = os.path.join(subdir, file)
    folders = [os.path.dirname(here)] + _test_dirs() + sys.path
    for folder in folders:
        candidate = os.path.join(folder, file)
        if os.path.exists(candidate):
            return candidate
    return file


def make_bad_fd():
    """A file descriptor that is not open: one just closed."""
    f = open(TESTFN, "wb")
    try:
        return f.fileno()
    finally:
        f.close()
        unlink(TESTFN)


_can_symlink = None


def can_symlink():
    global _can_symlink
    if _can_symlink is None:
        link = TESTFN + "can_symlink"
        try:
            os.symlink(TESTFN, link)
        except (OSError, NotImplementedError, AttributeError):
            _can_symlink = False
        else:
            os.remove(link)
            _can_symlink = True
    return _can_symlink


def skip_unless_symlink(test):
    """Decorator: skip test where symbolic links cannot be made."""
    if can_symlink():
        return test
    return unittest.skip("Requires functional symlink implementation")(test)


def open_urlresource(url, *args, **kw):
    """Open the local copy (in the `data` folder beside the test modules)
    of a file the tests would download.  Taipan never downloads: a
    missing file raises ResourceDenied, which skips the test."""
    check = kw.pop('check', None)
    filename = url.split('?')[0].split('#')[0].rstrip('/').split('/')[-1]
    for folder in [os.path.dirname(__file__)] + _test_dirs():
        fn = os.path.join(folder, "data", filename)
        if not os.path.exists(fn):
            continue
        f = open(fn, *args, **kw)
        if check is None:
            return f
        if check(f):
            f.seek(0)
            return f
        f.close()
    requires('urlfetch')
    raise ResourceDenied("resource %r is not available locally "
                         "and Taipan does not download" % url)


# ---------------------------------------------------------------------
# Resources

def is_resource_enabled(resource):
    """Was `resource` enabled (regrtest's -u)?"""
    return use_resources is not None and resource in use_resources


def _is_gui_available():
    return True


def requires(resource, msg=None):
    """Raise ResourceDenied unless `resource` is enabled.  Called from a
    module run as a script (__main__), every resource is allowed."""
    if resource == 'gui' and not _is_gui_available():
        raise unittest.SkipTest("Cannot use the 'gui' resource")
    if sys._getframe(1).f_globals.get("__name__") == "__main__":
        return
    if not is_resource_enabled(resource):
        if msg is None:
            msg = "Use of the `%s' resource not enabled" % resource
        raise ResourceDenied(msg)


def requires_resource(resource):
    """Decorator form of requires()."""
    if resource == 'gui' and not _is_gui_available():
        return unittest.skip("resource 'gui' is not available")
    if is_resource_enabled(resource):
        return _id
    return unittest.skip("resource {0!r} is not enabled".format(resource))


def requires_mac_ver(*min_version):
    """Decorator: on Mac OS X older than min_version, skip the test."""
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kw):
            if sys.platform == 'darwin':
                import platform
                text = platform.mac_ver()[0]
                try:
                    version = tuple(int(part) for part in text.split('.'))
                except ValueError:
                    version = None
                if version is not None and version < min_version:
                    raise unittest.SkipTest(
                        "Mac OS X %s or higher required, not %s"
                        % ('.'.join(str(v) for v in min_version), text))
            return func(*args, **kw)
        wrapper.min_version = min_version
        return wrapper
    return decorator


class TransientResource(object):
    """Context manager: an exception of class exc (or a base of it, as
    CPython checks) whose attributes equal the keyword arguments becomes
    ResourceDenied; anything else passes through."""

    def __init__(self, exc, **kwargs):
        self.exc = exc
        self.attrs = kwargs

    def __enter__(self):
        return self

    def __exit__(self, type_=None, value=None, traceback=None):
        if type_ is None or not issubclass(self.exc, type_):
            return
        for name, expected in self.attrs.items():
            if not hasattr(value, name) or getattr(value, name) != expected:
                return
        raise ResourceDenied("an optional resource is not available")


def _socket_error_class():
    try:
        import socket
    except ImportError:
        return IOError
    return socket.error

time_out = TransientResource(IOError, errno=errno.ETIMEDOUT)
socket_peer_reset = TransientResource(_socket_error_class(),
                                      errno=errno.ECONNRESET)
ioerror_peer_reset = TransientResource(IOError, errno=errno.ECONNRESET)


@contextlib.contextmanager
def transient_internet(resource_name, *, timeout=30.0, errnos=()):
    """Context manager for tests that use the network: the usual signs
    of a missing or broken connection (refused, reset, unreachable,
    timed out, name not resolved) become ResourceDenied."""
    denied = ResourceDenied("Resource '%s' is not available" % resource_name)
    try:
        import socket
    except ImportError:
        raise denied
    gai_errnos = []
    captured = list(errnos)
    if not captured:
        for name, number in (('ECONNREFUSED', 111), ('ECONNRESET', 104),
                             ('EHOSTUNREACH', 113), ('ENETUNREACH', 101),
                             ('ETIMEDOUT', 110)):
            captured.append(getattr(errno, name, number))
        for name, number in (('EAI_AGAIN', -3), ('EAI_FAIL', -4),
                             ('EAI_NONAME', -2), ('EAI_NODATA', -5),
                             ('WSANO_DATA', 11004)):
            gai_errnos.append(getattr(socket, name, number))

    def is_transient(err):
        code = getattr(err, 'errno', None)
        return (isinstance(err, socket.timeout) or
                (isinstance(err, socket.gaierror) and code in gai_errnos) or
                code in captured)

    previous = socket.getdefaulttimeout()
    try:
        if timeout is not None:
            socket.setdefaulttimeout(timeout)
        yield
    except IOError as err:
        # Library code may wrap the socket error in args[0] or args[1].
        inner = err
        while True:
            args = inner.args
            if args and isinstance(args[0], IOError):
                inner = args[0]
            elif len(args) >= 2 and isinstance(args[1], IOError):
                inner = args[1]
            else:
                break
        if is_transient(inner):
            if not verbose:
                sys.stderr.write(denied.args[0] + "\n")
            raise denied from inner
        raise
    finally:
        socket.setdefaulttimeout(previous)


# ---------------------------------------------------------------------
# Sockets

HOST = 'localhost'

_AF_INET = 2
_SOCK_STREAM = 1


def find_unused_port(family=_AF_INET, socktype=_SOCK_STREAM):
    """A port number nothing listens on now: bind a throw-away socket to
    port 0 and see which port the system chose."""
    import socket
    sock = socket.socket(family, socktype)
    try:
        return bind_port(sock)
    finally:
        sock.close()


def bind_port(sock, host=HOST):
    """Bind sock to a free port of host and return the port.  A TCP
    socket with SO_REUSEADDR or SO_REUSEPORT set is refused: tests must
    not set them."""
    import socket
    if sock.family == socket.AF_INET and sock.type == socket.SOCK_STREAM:
        for option in ('SO_REUSEADDR', 'SO_REUSEPORT'):
            if hasattr(socket, option):
                value = sock.getsockopt(socket.SOL_SOCKET,
                                        getattr(socket, option))
                if value == 1:
                    raise TestFailed("tests should never set the %s "
                                     "socket option on TCP/IP sockets!"
                                     % option)
        if hasattr(socket, 'SO_EXCLUSIVEADDRUSE'):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
    sock.bind((host, 0))
    return sock.getsockname()[1]


# ---------------------------------------------------------------------
# Comparisons and output

FUZZ = 1e-6


def fcmp(x, y):
    """Compare like cmp() did, but floats within FUZZ (relative) of each
    other compare equal, in tuples and lists too."""
    if isinstance(x, float) or isinstance(y, float):
        try:
            if abs(x - y) <= (abs(x) + abs(y)) * FUZZ:
                return 0
        except Exception:
            pass
    elif type(x) == type(y) and isinstance(x, (tuple, list)):
        for a, b in zip(x, y):
            outcome = fcmp(a, b)
            if outcome:
                return outcome
        return (len(x) > len(y)) - (len(x) < len(y))
    return (x > y) - (x < y)


def sortdict(dict):
    """repr(dict) with the items sorted by key."""
    return "{%s}" % ", ".join("%r: %r" % item for item in sorted(dict.items()))


def check_syntax_error(testcase, statement):
    testcase.assertRaises(SyntaxError, compile, statement,
                          '<test string>', 'exec')


requires_IEEE_754 = unittest.skipUnless(
    float.__getformat__("double").startswith("IEEE"),
    "test requires IEEE 754 doubles")


@contextlib.contextmanager
def captured_output(stream_name):
    """Context manager: replace sys.<stream_name> by an io.StringIO,
    which it yields, and put the old stream back on exit."""
    import io
    saved = getattr(sys, stream_name)
    replacement = io.StringIO()
    setattr(sys, stream_name, replacement)
    try:
        yield replacement
    finally:
        setattr(sys, stream_name, saved)


def captured_stdout():
    """with captured_stdout() as s: ... -- s.getvalue() is what was
    printed."""
    return captured_output("stdout")


def captured_stderr():
    return captured_output("stderr")


def captured_stdin():
    return captured_output("stdin")


# ---------------------------------------------------------------------
# Warnings

class WarningsRecorder(object):
    """What check_warnings yields: the attributes of the latest warning
    (None for the standard ones when there is none), .warnings, and
    .reset() to forget those seen so far."""

    def __init__(self, warnings_list):
        self._warnings = warnings_list
        self._last = 0

    def __getattr__(self, attr):
        if len(self._warnings) > self._last:
            return getattr(self._warnings[-1], attr)
        if attr in warnings.WarningMessage._WARNING_DETAILS:
            return None
        raise AttributeError("%r has no attribute %r" % (self, attr))

    @property
    def warnings(self):
        return self._warnings[self._last:]

    def reset(self):
        self._last = len(self._warnings)


@contextlib.contextmanager
def _checking_warnings(filters, quiet, caller_globals):
    import re
    registry = caller_globals.get('__warningregistry__')
    if registry:
        registry.clear()
    with warnings.catch_warnings(record=True) as caught:
        # test_warnings may have swapped the module: use the current one.
        sys.modules['warnings'].simplefilter("always")
        yield WarningsRecorder(caught)
    unmatched = list(caught)
    missing = []
    for pattern, category in filters:
        matched = False
        for w in unmatched[:]:
            message = w.message
            if (re.match(pattern, str(message), re.I) and
                    issubclass(message.__class__, category)):
                matched = True
                unmatched.remove(w)
        if not matched and not quiet:
            missing.append((pattern, category.__name__))
    if unmatched:
        raise AssertionError("unhandled warning %s" % unmatched[0])
    if missing:
        raise AssertionError("filter (%r, %s) did not catch any warning"
                             % missing[0])


def check_warnings(*filters, **kwargs):
    """Context manager recording warnings.  Each filter is a pair
    (message regexp, category); on exit every warning must match one of
    them, and (unless quiet=True) every filter must have matched one
    warning.  With no filters, any warning is accepted and quiet defaults
    to True."""
    quiet = kwargs.get('quiet')
    if not filters:
        filters = (("", Warning),)
        if quiet is None:
            quiet = True
    caller_globals = sys._getframe(1).f_globals
    return _checking_warnings(filters, quiet, caller_globals)


# ---------------------------------------------------------------------
# The environment

class EnvironmentVarGuard(collections.MutableMapping):
    """os.environ with undo: the variables changed through this object
    get their old values back when it is used as a context manager and
    the block ends."""

    def __init__(self):
        self._environ = os.environ
        self._changed = {}

    def _remember(self, envvar):
        if envvar not in self._changed:
            self._changed[envvar] = self._environ.get(envvar)

    def __getitem__(self, envvar):
        return self._environ[envvar]

    def __setitem__(self, envvar, value):
        self._remember(envvar)
        self._environ[envvar] = value

    def __delitem__(self, envvar):
        self._remember(envvar)
        if envvar in self._environ:
            del self._environ[envvar]

    def keys(self):
        return self._environ.keys()

    def __iter__(self):
        return iter(self._environ)

    def __len__(self):
        return len(self._environ)

    def set(self, envvar, value):
        self[envvar] = value

    def unset(self, envvar):
        del self[envvar]

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        for envvar, value in self._changed.items():
            if value is not None:
                self._environ[envvar] = value
            elif envvar in self._environ:
                del self._environ[envvar]
        os.environ = self._environ


@contextlib.contextmanager
def swap_attr(obj, attr, new_val):
    """Context manager: obj.attr is new_val inside the block, and its old
    value (or no attribute at all) afterwards."""
    if hasattr(obj, attr):
        old = getattr(obj, attr)
        setattr(obj, attr, new_val)
        try:
            yield
        finally:
            setattr(obj, attr, old)
    else:
        setattr(obj, attr, new_val)
        try:
            yield
        finally:
            delattr(obj, attr)


@contextlib.contextmanager
def swap_item(obj, item, new_val):
    """Context manager: obj[item] is new_val inside the block, and its
    old value (or no such item) afterwards."""
    if item in obj:
        old = obj[item]
        obj[item] = new_val
        try:
            yield
        finally:
            obj[item] = old
    else:
        obj[item] = new_val
        try:
            yield
        finally:
            del obj[item]


def patch(test_instance, object_to_patch, attr_name, new_value):
    """Set object_to_patch.attr_name to new_value until test_instance's
    cleanups run.  The attribute must exist."""
    getattr(object_to_patch, attr_name)
    try:
        old_value = object_to_patch.__dict__[attr_name]
        own = True
    except (AttributeError, KeyError):
        own = False

    def restore():
        if own:
            setattr(object_to_patch, attr_name, old_value)
        else:
            delattr(object_to_patch, attr_name)

    test_instance.addCleanup(restore)
    setattr(object_to_patch, attr_name, new_value)


def run_with_locale(catstr, *locales):
    """Decorator: run the function with the locale category named catstr
    set to the first of locales that is accepted, then restore it."""
    def decorator(func):
        def inner(*args, **kwds):
            try:
                import locale
                category = getattr(locale, catstr)
                original = locale.setlocale(category)
            except AttributeError:
                raise
            except Exception:
                locale = original = None
            else:
                for name in locales:
                    try:
                        locale.setlocale(category, name)
                    except Exception:
                        continue
                    break
            try:
                return func(*args, **kwds)
            finally:
                if locale and original:
                    locale.setlocale(category, original)
        inner.__name__ = func.__name__
        inner.__doc__ = func.__doc__
        return inner
    return decorator


def run_with_tz(tz):
    """Decorator: run the function with the TZ environment variable set
    to tz (and time.tzset() called), then restore it."""
    def decorator(func):
        def inner(*args, **kwds):
            import time
            tzset = getattr(time, 'tzset', None)
            if tzset is None:
                raise unittest.SkipTest("tzset required")
            original = os.environ.get('TZ')
            os.environ['TZ'] = tz
            tzset()
            try:
                return func(*args, **kwds)
            finally:
                if original is None:
                    del os.environ['TZ']
                else:
                    os.environ['TZ'] = original
                tzset()
        inner.__name__ = func.__name__
        inner.__doc__ = func.__doc__
        return inner
    return decorator


@contextlib.contextmanager
def suppress_crash_popup():
    # Only Windows shows crash dialogs; elsewhere there is nothing to do.
    yield


# ---------------------------------------------------------------------
# Memory

_1M = 1024 * 1024
_1G = 1024 * _1M
_2G = 2 * _1G
_4G = 4 * _1G

MAX_Py_ssize_t = sys.maxsize


def set_memlimit(limit):
    """Set how much memory bigmem tests may use, from text such as
    '2.5G' or '16 Gb' (regrtest's -M)."""
    import re
    units = {'k': 1024, 'm': _1M, 'g': _1G, 't': 1024 * _1G}
    m = re.match(r'\s*(\d+(?:\.\d+)?)\s*([kmgt])b?\s*$', limit, re.IGNORECASE)
    if m is None:
        raise ValueError('Invalid memory limit %r' % (limit,))
    amount = int(float(m.group(1)) * units[m.group(2).lower()])
    global max_memuse, real_max_memuse
    real_max_memuse = amount
    amount = min(amount, MAX_Py_ssize_t)
    if amount < _2G - 1:
        raise ValueError('Memory limit %r too low to be useful' % (limit,))
    max_memuse = amount


def bigmemtest(size, memuse, dry_run=True):
    """Decorator for tests that need about size * memuse bytes.  The
    test function gets a size argument: `size` when a memory limit was
    set (-M) and allows it, else a small size for a dry run (or a skip
    when dry_run is False)."""
    def decorator(f):
        def wrapper(self):
            size = wrapper.size
            memuse = wrapper.memuse
            actual = size if real_max_memuse else 5147
            if ((real_max_memuse or not dry_run) and
                    real_max_memuse < actual * memuse):
                raise unittest.SkipTest(
                    "not enough memory: %.1fG minimum needed"
                    % (size * memuse / (1024 ** 3)))
            if real_max_memuse and verbose:
                print()
                print(" ... expected peak memory use: {peak:.1f}G"
                      .format(peak=size * memuse / (1024 ** 3)))
                sys.stdout.flush()
            return f(self, actual)
        wrapper.size = size
        wrapper.memuse = memuse
        wrapper.__name__ = f.__name__
        wrapper.__doc__ = f.__doc__
        return wrapper
    return decorator


def precisionbigmemtest(size, memuse, dry_run=True):
    """The name 3.2.0-3.2.2 had for bigmemtest with an exact size."""
    return bigmemtest(size, memuse, dry_run)


def bigaddrspacetest(f):
    """Decorator for tests that need the whole address space."""
    def wrapper(self):
        if max_memuse >= MAX_Py_ssize_t:
            return f(self)
        if MAX_Py_ssize_t >= 2 ** 63 - 1 and max_memuse >= 2 ** 31:
            raise unittest.SkipTest(
                "not enough memory: try a 32-bit build instead")
        raise unittest.SkipTest("not enough memory: %.1fG minimum needed"
                                % (MAX_Py_ssize_t / (1024 ** 3)))
    wrapper.__name__ = f.__name__
    wrapper.__doc__ = f.__doc__
    return wrapper


def gc_collect():
    """Collect garbage as thoroughly as the implementation allows."""
    try:
        import gc
    except ImportError:
        return
    for _ in range(3):
        gc.collect()


def python_is_optimized():
    """Was the interpreter built with C optimisation (-O1 or more)?"""
    try:
        import sysconfig
    except ImportError:
        return False
    flags = sysconfig.get_config_var('PY_CFLAGS') or ''
    last = ''
    for flag in flags.split():
        if flag.startswith('-O'):
            last = flag
    return bool(last) and last != '-O0'


_header = '2P'
if hasattr(sys, "gettotalrefcount"):
    _header = '2P' + _header
_vheader = _header + 'P'


def calcobjsize(fmt):
    import struct
    return struct.calcsize(_header + fmt + '0P')


def calcvobjsize(fmt):
    import struct
    return struct.calcsize(_vheader + fmt + '0P')


_TPFLAGS_HAVE_GC = 1 << 14
_TPFLAGS_HEAPTYPE = 1 << 9


def check_sizeof(test, o, size):
    import _testcapi
    result = sys.getsizeof(o)
    if ((type(o) == type) and (o.__flags__ & _TPFLAGS_HEAPTYPE) or
            ((type(o) != type) and (type(o).__flags__ & _TPFLAGS_HAVE_GC))):
        size += _testcapi.SIZEOF_PYGC_HEAD
    test.assertEqual(result, size, 'wrong size for %s: got %d, expected %d'
                     % (type(o), result, size))


def refcount_test(test):
    """Decorator for tests of reference counts: they are meaningless
    under a tracing function, so tracing is off while they run."""
    return no_tracing(cpython_only(test))


def no_tracing(func):
    """Decorator: run func with sys.settrace's function removed."""
    if not hasattr(sys, 'gettrace'):
        return func

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        saved = sys.gettrace()
        try:
            sys.settrace(None)
            return func(*args, **kwargs)
        finally:
            sys.settrace(saved)
    return wrapper


def anticipate_failure(condition):
    """Decorator: expectedFailure when condition is true."""
    if condition:
        return unittest.expectedFailure
    return _id


# ---------------------------------------------------------------------
# Running tests

class BasicTestRunner:
    def run(self, test):
        result = unittest.TestResult()
        test(result)
        return result


def _matching_tests(suite, keep):
    # Drop the test cases for which keep() is false, at every level.
    tests = []
    for test in suite._tests:
        if isinstance(test, unittest.TestSuite):
            _matching_tests(test, keep)
            tests.append(test)
        elif keep(test):
            tests.append(test)
    suite._tests = tests


def _run_suite(suite):
    if verbose:
        runner = unittest.TextTestRunner(sys.stdout, verbosity=2,
                                         failfast=failfast)
    else:
        runner = BasicTestRunner()
    result = runner.run(suite)
    _count_result(result)
    if result.wasSuccessful():
        return
    if len(result.errors) == 1 and not result.failures:
        detail = result.errors[0][1]
    elif len(result.failures) == 1 and not result.errors:
        detail = result.failures[0][1]
    else:
        detail = "multiple errors occurred"
        if not verbose:
            detail += "; run in verbose mode for details"
    raise TestFailed(detail)


def run_unittest(*classes):
    """Run the tests of the given TestCase classes, suites, test cases or
    module names (keys of sys.modules); raise TestFailed unless all
    pass."""
    suite = unittest.TestSuite()
    for item in classes:
        if isinstance(item, str):
            if item not in sys.modules:
                raise ValueError("str arguments must be keys in sys.modules")
            suite.addTest(unittest.findTestCases(sys.modules[item]))
        elif isinstance(item, (unittest.TestSuite, unittest.TestCase)):
            suite.addTest(item)
        else:
            suite.addTest(unittest.makeSuite(item))
    if match_tests is not None:
        import fnmatch

        def wanted(test):
            return any(fnmatch.fnmatchcase(part, match_tests)
                       for part in test.id().split("."))
        _matching_tests(suite, wanted)
    _run_suite(suite)


HAVE_DOCSTRINGS = (check_impl_detail(cpython=False) or
                   sys.platform == 'win32')
if not HAVE_DOCSTRINGS:
    try:
        import sysconfig
        HAVE_DOCSTRINGS = bool(sysconfig.get_config_var('WITH_DOC_STRINGS'))
    except ImportError:
        pass

requires_docstrings = unittest.skipUnless(HAVE_DOCSTRINGS,
                                          "test requires docstrings")


def run_doctest(module, verbosity=None):
    """Run the doctests of module; return (failures, tests), raising
    TestFailed when some fail.  verbosity None means support.verbose;
    anything else lets doctest decide from sys.argv."""
    import doctest
    if verbosity is None:
        verbosity = verbose
    else:
        verbosity = None
    failures, tests = doctest.testmod(module, verbose=verbosity)
    _counts['run'] += tests
    _counts['failures'] += failures
    if failures:
        raise TestFailed("%d of %d doctests failed" % (failures, tests))
    if verbose:
        print('doctest (%s) ... %d tests with zero failures'
              % (module.__name__, tests))
    return failures, tests


# ---------------------------------------------------------------------
# Threads and child processes

def threading_setup():
    if _thread:
        return _thread._count(), threading._dangling.copy()
    return 1, ()


def threading_cleanup(*original_values):
    if not _thread:
        return
    import time
    for _ in range(10):
        if (_thread._count(), threading._dangling) == original_values:
            break
        time.sleep(0.1)
        gc_collect()


def reap_threads(func):
    """Decorator: wait (a little) for the threads func started to end."""
    if not _thread:
        return func

    @functools.wraps(func)
    def decorator(*args):
        key = threading_setup()
        try:
            return func(*args)
        finally:
            threading_cleanup(*key)
    return decorator


def reap_children():
    """Collect the exit status of finished child processes, so that no
    zombies are left."""
    if not hasattr(os, 'waitpid'):
        return
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except Exception:
            break
        if pid == 0:
            break


def strip_python_stderr(stderr):
    """stderr of a child interpreter (bytes) without a debug build's
    trailing "[N refs]" line and surrounding white space."""
    import re
    return re.sub(br"\[\d+ refs\]\r?\n?$", b"", stderr).strip()


def args_from_interpreter_flags():
    """The command-line options that give a child interpreter this one's
    sys.flags."""
    options = (('bytes_warning', 'b'), ('dont_write_bytecode', 'B'),
               ('hash_randomization', 'R'), ('ignore_environment', 'E'),
               ('no_user_site', 's'), ('no_site', 'S'), ('optimize', 'O'),
               ('verbose', 'v'))
    args = []
    for flag, letter in options:
        value = getattr(sys.flags, flag, 0)
        if value > 0:
            args.append('-' + letter * value)
    return args


# ---------------------------------------------------------------------
# Logging

class Matcher(object):
    """Compares logging records (as dicts) with expected values; for the
    keys of _partial_matches a substring is enough."""

    _partial_matches = ('msg', 'message')

    def matches(self, d, **kwargs):
        for key, value in kwargs.items():
            if not self.match_value(key, d.get(key), value):
                return False
        return True

    def match_value(self, k, dv, v):
        if type(v) != type(dv):
            return False
        if type(dv) is str and k in self._partial_matches:
            return v in dv
        return v == dv


try:
    import logging.handlers as _logging_handlers
except ImportError:
    _logging_handlers = None

if _logging_handlers is not None:
    class TestHandler(_logging_handlers.BufferingHandler):
        """A logging handler keeping every record's __dict__, to be
        searched with matches()."""

        def __init__(self, matcher):
            _logging_handlers.BufferingHandler.__init__(self, 0)
            self.matcher = matcher

        def shouldFlush(self):
            return False

        def emit(self, record):
            self.format(record)
            self.buffer.append(record.__dict__)

        def matches(self, **kwargs):
            return any(self.matcher.matches(d, **kwargs)
                       for d in self.buffer)
else:
    class TestHandler(object):
        """Needs the logging package, which is not available."""

        def __init__(self, matcher):
            raise ImportError("No module named logging")
