# sys functions and values as a 64-bit CPython 3.2 (wide build) has them:
# getsizeof (__sizeof__ honoured, the collector's header added by +,
# the default, the TypeError), getrefcount, abiflags, _current_frames,
# callstats, dlopen flags, the check and switch intervals.
import sys
import warnings


def raises(exc, msg, f, *args):
    try:
        f(*args)
    except exc as e:
        assert str(e) == msg, (str(e), msg)
    else:
        raise AssertionError('no ' + exc.__name__)


class Plain:
    pass


class Slotted:
    __slots__ = ('a',)


class Sized:
    def __sizeof__(self):
        return 42


class Negative:
    def __sizeof__(self):
        return -1


class Text:
    def __sizeof__(self):
        return 'x'


class Failing:
    def __sizeof__(self):
        raise TypeError('nope')

# Sizes of a 64-bit build: tracked objects carry a 32-byte header.
assert sys.getsizeof(object()) == 16
assert sys.getsizeof(None) == 16
assert sys.getsizeof(Plain()) == 64
assert sys.getsizeof(Slotted()) == 56
assert sys.getsizeof(Sized()) == 42 + 32
assert sys.getsizeof(Negative()) == 31
assert sys.getsizeof(()) == 56
assert sys.getsizeof((1, 2, 3)) == 80
assert sys.getsizeof([]) == 72
assert sys.getsizeof(len) == 72
assert sys.getsizeof(sys) == 72
assert sys.getsizeof(Plain.__init__) == sys.getsizeof(object.__init__)
assert sys.getsizeof(range(5)) == 48
assert sys.getsizeof(slice(1, 2)) == 40
assert sys.getsizeof(1.0) == 24
assert sys.getsizeof(1j) == 32
assert sys.getsizeof(ValueError()) == 88
assert sys.getsizeof(lambda: 0) == 136
assert sys.getsizeof(iter([])) == 64
assert sys.getsizeof(int) == 800
assert sys.getsizeof(Plain) == 832
assert sys.getsizeof([1, 2]) > sys.getsizeof([])
assert sys.getsizeof('abc') > sys.getsizeof('')
assert sys.getsizeof(b'abc') == sys.getsizeof(b'') + 3
assert sys.getsizeof(2 ** 100) > sys.getsizeof(1)
# The result of __sizeof__ is added to as it is, so a str fails.
raises(TypeError, "Can't convert 'int' object to str implicitly", sys.getsizeof, Text())
raises(TypeError, "Can't convert 'int' object to str implicitly", sys.getsizeof, Text(), 7)
raises(TypeError, 'nope', sys.getsizeof, Failing())
assert sys.getsizeof(Failing(), 7) == 7
assert sys.getsizeof(Failing(), default=8) == 8
raises(TypeError, "getsizeof() takes at most 2 arguments (3 given)", sys.getsizeof, 1, 2, 3)

# getrefcount: an object held by one name is seen twice.
x = object()
assert sys.getrefcount(x) >= 2
assert sys.getrefcount(None) > 100

# A wide build with pymalloc.
assert sys.abiflags == 'mu'
assert sys.maxunicode == 0x10FFFF
assert sys.api_version == 1013
assert not hasattr(sys, 'implementation')

# The frames of the running threads.
import _thread
frames = sys._current_frames()
assert list(frames) == [_thread.get_ident()]
assert frames[_thread.get_ident()] is sys._getframe()


def inner():
    return sys._current_frames()[_thread.get_ident()]
assert inner().f_code.co_name == 'inner'

assert sys.callstats() is None
flags = sys.getdlopenflags()
assert isinstance(flags, int)
sys.setdlopenflags(flags | 256)
assert sys.getdlopenflags() == flags | 256
sys.setdlopenflags(flags)
raises(TypeError, 'an integer is required', sys.setdlopenflags, 'x')

# Intervals: the check interval is deprecated in 3.2.
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    n = sys.getcheckinterval()
    sys.setcheckinterval(n)
assert [str(m.message) for m in w] == [
    'sys.getcheckinterval() and sys.setcheckinterval() are deprecated.  Use sys.getswitchinterval() instead.',
    'sys.getcheckinterval() and sys.setcheckinterval() are deprecated.  Use sys.setswitchinterval() instead.'], [str(m.message) for m in w]
assert all(m.category is DeprecationWarning for m in w)
assert isinstance(sys.getswitchinterval(), float)
raises(ValueError, 'switch interval must be strictly positive', sys.setswitchinterval, 0)
raises(TypeError, 'a float is required', sys.setswitchinterval, 'a')

# Recursion limit.
old = sys.getrecursionlimit()
raises(ValueError, 'recursion limit must be positive', sys.setrecursionlimit, 0)
raises(TypeError, 'integer argument expected, got float', sys.setrecursionlimit, 1.5)
sys.setrecursionlimit(old + 1)
assert sys.getrecursionlimit() == old + 1
sys.setrecursionlimit(old)

# The hooks and streams kept under __name__ copies.
assert sys.__displayhook__ is sys.displayhook and sys.__excepthook__ is sys.excepthook
assert sys.__stdout__ is sys.stdout and sys.__stderr__ is sys.stderr and sys.__stdin__ is sys.stdin
assert (sys.stdin.mode, sys.stdout.mode, sys.stderr.mode) == ('r', 'w', 'w')
assert sys.stderr.errors == 'backslashreplace'
assert sys.intern('ab' + 'c') is sys.intern('abc')
raises(TypeError, 'must be str, not bytes', sys.intern, b'x')
