# 3.2's memoryview: indexing gives length-1 bytes, no cast(), release()
# and the context manager.
import sys


def check(label, f, expected_repr):
    got = repr(f())
    assert got == expected_repr, (label, got, expected_repr)


def check_raises(label, f, exc_type, msg):
    try:
        f()
    except BaseException as e:
        assert type(e) is exc_type and str(e) == msg, (label, type(e), str(e), exc_type, msg)
    else:
        raise AssertionError(label + ': no ' + exc_type.__name__)

check('mv-index', lambda: memoryview(b'abc')[0], "b'a'")
check('mv-neg-index', lambda: memoryview(b'abc')[-1], "b'c'")
check('mv-slice', lambda: memoryview(b'abcdef')[1:4].tobytes(), "b'bcd'")
check('mv-tolist', lambda: memoryview(b'ab').tolist(), '[97, 98]')
check('mv-attrs', lambda: (lambda m: (m.format, m.itemsize, m.readonly, m.ndim, m.shape, m.strides, len(m)))(memoryview(b'abc')), "('B', 1, True, 1, (3,), (1,), 3)")
check('mv-bytearray-write', lambda: (lambda ba: (memoryview(ba).__setitem__(0, b'z'), ba)[1])(bytearray(b'abc')), "bytearray(b'zbc')")
check_raises('mv-readonly-write', lambda: memoryview(b'abc').__setitem__(0, b'z'), TypeError, 'cannot modify read-only memory')
check('mv-eq', lambda: (memoryview(b'ab') == b'ab', memoryview(b'ab') == memoryview(b'ab'), memoryview(b'ab') == 'ab'), '(True, True, False)')
check_raises('mv-release', lambda: (lambda m: (m.release(), m.tobytes()))(memoryview(b'ab')), ValueError, 'operation forbidden on released memoryview object')
check('mv-context', lambda: (lambda m: (m.__enter__() is m, m.__exit__(None, None, None)))(memoryview(b'ab')), '(True, None)')
check_raises('mv-str', lambda: memoryview('abc'), TypeError, 'cannot make memory view because object does not have the buffer interface')
check('mv-bytes', lambda: bytes(memoryview(b'xy')), "b'xy'")
check('mv-no-cast', lambda: hasattr(memoryview(b''), 'cast'), 'False')
check_raises('mv-hash', lambda: hash(memoryview(b'ab')), TypeError, "unhashable type: 'memoryview'")
check('mv-repr', lambda: repr(memoryview(b'ab'))[:12], "'<memory at 0'")
check('mv-type', lambda: (memoryview.__name__, type(memoryview(b'')) is memoryview), "('memoryview', True)")
check('mv-setslice', lambda: (lambda ba: (memoryview(ba).__setitem__(slice(0, 2), b'XY'), ba)[1])(bytearray(b'abc')), "bytearray(b'XYc')")
check_raises('mv-setslice-size', lambda: memoryview(bytearray(b'abc')).__setitem__(slice(0, 2), b'X'), ValueError, 'cannot modify size of memoryview object')
check('mv-iter', lambda: list(memoryview(b'ab')), "[b'a', b'b']")
