# _testcapi: the C limits tests read (values of a 64-bit Linux build),
# and its helpers that raise exceptions.
import sys
import _testcapi as capi

assert capi.CHAR_MAX == 2 ** 7 - 1 and capi.CHAR_MIN == -2 ** 7
assert capi.UCHAR_MAX == 2 ** 8 - 1
assert capi.SHRT_MAX == 2 ** 15 - 1 and capi.SHRT_MIN == -2 ** 15
assert capi.USHRT_MAX == 2 ** 16 - 1
assert capi.INT_MAX == 2 ** 31 - 1 and capi.INT_MIN == -2 ** 31
assert capi.UINT_MAX == 2 ** 32 - 1
assert capi.LONG_MAX == 2 ** 63 - 1 and capi.LONG_MIN == -2 ** 63
assert capi.ULONG_MAX == 2 ** 64 - 1
assert capi.LLONG_MAX == 2 ** 63 - 1 and capi.LLONG_MIN == -2 ** 63
assert capi.ULLONG_MAX == 2 ** 64 - 1
assert capi.PY_SSIZE_T_MAX == sys.maxsize
assert capi.PY_SSIZE_T_MIN == -sys.maxsize - 1
for name in ('INT_MAX', 'UINT_MAX', 'ULONG_MAX', 'PY_SSIZE_T_MIN'):
    assert type(getattr(capi, name)) is int
assert capi.DBL_MAX == sys.float_info.max
assert capi.DBL_MIN == sys.float_info.min
assert capi.FLT_MAX == (2 - 2 ** -23) * 2.0 ** 127
assert capi.FLT_MIN == 2.0 ** -126
assert repr(capi.FLT_MAX) == '3.4028234663852886e+38'
assert repr(capi.FLT_MIN) == '1.1754943508222875e-38'
assert type(capi.SIZEOF_PYGC_HEAD) is int

assert issubclass(capi.error, Exception)
assert capi.error.__module__ == '_testcapi' and capi.error.__name__ == 'error'

# raise_exception(cls, n) raises cls(0, 1, ..., n-1).
try:
    capi.raise_exception(ValueError, 3)
except ValueError as exc:
    assert exc.args == (0, 1, 2)
else:
    raise AssertionError("raise_exception raised nothing")
try:
    capi.raise_exception(KeyError, 0)
except KeyError as exc:
    assert exc.args == ()
try:
    capi.raise_exception(3, 1)
except SystemError as exc:
    assert str(exc) == "exception 3 not a BaseException subclass", str(exc)
try:
    capi.raise_memoryerror()
except MemoryError as exc:
    assert exc.args == ()

# make_exception_with_doc(name, doc, base, dict): PyErr_NewExceptionWithDoc.
try:
    capi.make_exception_with_doc("nodot")
except SystemError:
    pass
else:
    raise AssertionError("a name without a module was accepted")
e1 = capi.make_exception_with_doc("mod.E1")
assert type(e1) is type and issubclass(e1, Exception)
assert e1.__name__ == 'E1' and e1.__module__ == 'mod' and e1.__doc__ is None
e2 = capi.make_exception_with_doc("a.b.E2", "the doc", e1)
assert e2.__module__ == 'a.b' and e2.__doc__ == "the doc" and issubclass(e2, e1)
class Mixin(object):
    pass
e3 = capi.make_exception_with_doc("m.E3", "doc3", (e2, Mixin), {"x": 5})
assert issubclass(e3, e2) and issubclass(e3, Mixin) and e3.x == 5
e4 = capi.make_exception_with_doc(name="m.E4", doc="", base=e3, dict={'__module__': 'own'})
assert e4.__doc__ == "" and e4.__module__ == 'own'
for args, message in (((1,), "make_exception_with_doc() argument 1 must be str, not int"),
                      (("a.b", None), "make_exception_with_doc() argument 2 must be str, not None")):
    try:
        capi.make_exception_with_doc(*args)
    except TypeError as exc:
        assert str(exc) == message, str(exc)
    else:
        raise AssertionError("bad arguments accepted")

# traceback_print(tb, file) writes what the traceback module formats;
# exception_print(exc) what an uncaught exception prints, to sys.stderr.
import io
import traceback

def fails():
    return 1 // 0

try:
    fails()
except ZeroDivisionError as exc:
    caught = exc
tb = caught.__traceback__
out = io.StringIO()
assert capi.traceback_print(tb, out) is None
expected = 'Traceback (most recent call last):\n' + ''.join(traceback.format_tb(tb))
assert out.getvalue() == expected, (out.getvalue(), expected)
lines = out.getvalue().splitlines()
assert len(lines) == 5 and lines[-1] == '    return 1 // 0', lines

try:
    try:
        fails()
    except ZeroDivisionError as inner:
        raise KeyError('k') from inner
except KeyError as exc:
    chained = exc
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    capi.exception_print(chained)
    report = sys.stderr.getvalue()
finally:
    sys.stderr = saved
assert report == ''.join(traceback.format_exception(KeyError, chained, chained.__traceback__)), report
assert report.endswith("KeyError: 'k'\n")
assert "\nThe above exception was the direct cause of the following exception:\n\n" in report
try:
    capi.exception_print(42)
except TypeError as exc:
    assert str(exc) == "an exception instance is required"
else:
    raise AssertionError("exception_print accepted 42")
