# array: every typecode's item conversion and range errors, slicing,
# methods, comparison, pickling forms and the buffer interface, as
# CPython 3.2 (x86-64) has them.
import array

inf = float('inf')

def _try(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

_VALUES = [1, -1, 2**7, 2**8, -2**7 - 1, 2**15, 2**16, -2**15 - 1, 2**31, 2**32,
           -2**31 - 1, 2**63, 2**64, -2**63 - 1, 1.5, 'a', 'ab', None, True, 2**1000]

def _conv(tc):
    out = []
    for v in _VALUES:
        r = _try(array.array, tc, [v])
        out.append(r.tolist() if isinstance(r, array.array) else r)
    return out

def _slices():
    a = array.array('i', range(10))
    out = [a[2], a[-1], a[2:5].tolist(), a[::2].tolist(), a[::-1].tolist(), len(a), 3 in a, 11 in a, a.count(3), a.index(4)]
    a[1:3] = array.array('i', [7, 8, 9])
    out.append(a.tolist())
    a[::2] = array.array('i', range(6))
    out.append(a.tolist())
    del a[::3]
    out.append(a.tolist())
    del a[1:2]
    del a[0]
    out.append(a.tolist())
    a.append(5); a.extend([1, 2]); a.extend(array.array('i', [3]))
    a.insert(0, 100); a.insert(-100, 101); a.insert(100, 102)
    out.append(a.tolist())
    a.reverse()
    out += [a.pop(), a.pop(0), a.tolist()]
    a.remove(100)
    b = a + array.array('i', [1])
    out += [b.tolist(), (a * 2).tolist(), (2 * a).tolist(), (a * 0).tolist(), (a * -1).tolist()]
    a += array.array('i', [9]); a *= 2
    out.append(a.tolist())
    c = array.array('i', range(5)); c[1:4] = c; out.append(c.tolist())
    c = array.array('i', range(5)); c[::-1] = c; out.append(c.tolist())
    return out

def _bytes():
    c = array.array('h', [1, 2, -3])
    out = [c.tobytes()]
    c.byteswap()
    out.append(c.tolist())
    d = array.array('h')
    d.frombytes(b'\x01\x00\x02\x00')
    d.fromlist([7, 8])
    out.append(d.tolist())
    u = array.array('u', 'hello')
    u.fromunicode('xy')
    out += [u.tounicode(), u.itemsize, u.tobytes()[:8]]
    f = array.array('f', [1.1, 2.5])
    out += [f.tolist(), f.tobytes(), array.array('d', [1e300, -0.0]).tobytes()]
    return out

def _files():
    import io
    a = array.array('i', range(5))
    f = io.BytesIO()
    a.tofile(f)
    f.seek(0)
    b = array.array('i')
    b.fromfile(f, 3)
    rest = _try(b.fromfile, f, 5)
    return f.getvalue(), b.tolist(), rest

class _Sub(array.array):
    pass

def _sub():
    x = _Sub('i', [1, 2])
    x.foo = 5
    r = x.__reduce_ex__(2)
    return type(x[0:1]).__name__, r[0].__name__, r[1], r[2], type(x + x).__name__

def _views():
    m = memoryview(array.array('i', [1, 2]))
    aa = array.array('b', [1, 2, 3])
    mm = memoryview(aa)
    err = _try(aa.append, 4)
    mm.release()
    aa.append(4)
    return m.format, m.itemsize, len(m), m.tobytes(), err, aa.tolist()

def _raises(exc, msg, f, *a, **k):
    try:
        f(*a, **k)
    except exc as e:
        assert msg is None or str(e) == msg, (str(e), msg)
    else:
        raise AssertionError("no %s from %r" % (exc.__name__, f))

assert (_conv('b')) == [[1], [-1], 'OverflowError: signed char is greater than maximum', 'OverflowError: signed char is greater than maximum', 'OverflowError: signed char is less than minimum', 'OverflowError: signed short integer is greater than maximum', 'OverflowError: signed short integer is greater than maximum', 'OverflowError: signed short integer is less than minimum', 'OverflowError: signed short integer is greater than maximum', 'OverflowError: signed short integer is greater than maximum', 'OverflowError: signed short integer is less than minimum', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long', 'TypeError: integer argument expected, got float', 'TypeError: an integer is required', 'TypeError: an integer is required', 'TypeError: an integer is required', [1], 'OverflowError: Python int too large to convert to C long'], "_conv('b')"
assert (_conv('B')) == [[1], 'OverflowError: unsigned byte integer is less than minimum', [128], 'OverflowError: unsigned byte integer is greater than maximum', 'OverflowError: unsigned byte integer is less than minimum', 'OverflowError: unsigned byte integer is greater than maximum', 'OverflowError: unsigned byte integer is greater than maximum', 'OverflowError: unsigned byte integer is less than minimum', 'OverflowError: unsigned byte integer is greater than maximum', 'OverflowError: unsigned byte integer is greater than maximum', 'OverflowError: unsigned byte integer is less than minimum', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long', 'TypeError: integer argument expected, got float', 'TypeError: an integer is required', 'TypeError: an integer is required', 'TypeError: an integer is required', [1], 'OverflowError: Python int too large to convert to C long'], "_conv('B')"
assert (_conv('u')) == ['TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', ['a'], 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character', 'TypeError: array item must be unicode character'], "_conv('u')"
assert (_conv('h')) == [[1], [-1], [128], [256], [-129], 'OverflowError: signed short integer is greater than maximum', 'OverflowError: signed short integer is greater than maximum', 'OverflowError: signed short integer is less than minimum', 'OverflowError: signed short integer is greater than maximum', 'OverflowError: signed short integer is greater than maximum', 'OverflowError: signed short integer is less than minimum', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long', 'TypeError: integer argument expected, got float', 'TypeError: an integer is required', 'TypeError: an integer is required', 'TypeError: an integer is required', [1], 'OverflowError: Python int too large to convert to C long'], "_conv('h')"
assert (_conv('H')) == [[1], 'OverflowError: unsigned short is less than minimum', [128], [256], 'OverflowError: unsigned short is less than minimum', [32768], 'OverflowError: unsigned short is greater than maximum', 'OverflowError: unsigned short is less than minimum', 'OverflowError: signed integer is greater than maximum', 'OverflowError: signed integer is greater than maximum', 'OverflowError: signed integer is less than minimum', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long', 'TypeError: integer argument expected, got float', 'TypeError: an integer is required', 'TypeError: an integer is required', 'TypeError: an integer is required', [1], 'OverflowError: Python int too large to convert to C long'], "_conv('H')"
assert (_conv('i')) == [[1], [-1], [128], [256], [-129], [32768], [65536], [-32769], 'OverflowError: signed integer is greater than maximum', 'OverflowError: signed integer is greater than maximum', 'OverflowError: signed integer is less than minimum', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long', 'TypeError: integer argument expected, got float', 'TypeError: an integer is required', 'TypeError: an integer is required', 'TypeError: an integer is required', [1], 'OverflowError: Python int too large to convert to C long'], "_conv('i')"
assert (_conv('I')) == [[1], "OverflowError: can't convert negative value to unsigned int", [128], [256], "OverflowError: can't convert negative value to unsigned int", [32768], [65536], "OverflowError: can't convert negative value to unsigned int", [2147483648], 'OverflowError: unsigned int is greater than maximum', "OverflowError: can't convert negative value to unsigned int", 'OverflowError: unsigned int is greater than maximum', 'OverflowError: python int too large to convert to C unsigned long', "OverflowError: can't convert negative value to unsigned int", 'TypeError: integer argument expected, got float', 'TypeError: an integer is required', 'TypeError: an integer is required', 'TypeError: an integer is required', [1], 'OverflowError: python int too large to convert to C unsigned long'], "_conv('I')"
assert (_conv('l')) == [[1], [-1], [128], [256], [-129], [32768], [65536], [-32769], [2147483648], [4294967296], [-2147483649], 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long', 'OverflowError: Python int too large to convert to C long', 'TypeError: integer argument expected, got float', 'TypeError: an integer is required', 'TypeError: an integer is required', 'TypeError: an integer is required', [1], 'OverflowError: Python int too large to convert to C long'], "_conv('l')"
assert (_conv('L')) == [[1], "OverflowError: can't convert negative value to unsigned int", [128], [256], "OverflowError: can't convert negative value to unsigned int", [32768], [65536], "OverflowError: can't convert negative value to unsigned int", [2147483648], [4294967296], "OverflowError: can't convert negative value to unsigned int", [9223372036854775808], 'OverflowError: python int too large to convert to C unsigned long', "OverflowError: can't convert negative value to unsigned int", 'TypeError: integer argument expected, got float', 'TypeError: an integer is required', 'TypeError: an integer is required', 'TypeError: an integer is required', [1], 'OverflowError: python int too large to convert to C unsigned long'], "_conv('L')"
assert (_conv('f')) == [[1.0], [-1.0], [128.0], [256.0], [-129.0], [32768.0], [65536.0], [-32769.0], [2147483648.0], [4294967296.0], [-2147483648.0], [9.223372036854776e+18], [1.8446744073709552e+19], [-9.223372036854776e+18], [1.5], 'TypeError: a float is required', 'TypeError: a float is required', 'TypeError: a float is required', [1.0], [inf]], "_conv('f')"
assert (_conv('d')) == [[1.0], [-1.0], [128.0], [256.0], [-129.0], [32768.0], [65536.0], [-32769.0], [2147483648.0], [4294967296.0], [-2147483649.0], [9.223372036854776e+18], [1.8446744073709552e+19], [-9.223372036854776e+18], [1.5], 'TypeError: a float is required', 'TypeError: a float is required', 'TypeError: a float is required', [1.0], [1.0715086071862673e+301]], "_conv('d')"
assert ([(tc, array.array(tc).itemsize, repr(array.array(tc))) for tc in array.typecodes]) == [('b', 1, "array('b')"), ('B', 1, "array('B')"), ('u', 4, "array('u')"), ('h', 2, "array('h')"), ('H', 2, "array('H')"), ('i', 4, "array('i')"), ('I', 4, "array('I')"), ('l', 8, "array('l')"), ('L', 8, "array('L')"), ('f', 4, "array('f')"), ('d', 8, "array('d')")], '[(tc, array.array(tc).itemsize, repr(array.array(tc))) for tc in array.typecodes]'
assert (array.typecodes) == 'bBuhHiIlLfd', 'array.typecodes'
assert (array.ArrayType is array.array) == True, 'array.ArrayType is array.array'
assert (repr(array.array('i', range(3)))) == "array('i', [0, 1, 2])", "repr(array.array('i', range(3)))"
assert (str(array.array('u', 'ab'))) == "array('u', 'ab')", "str(array.array('u', 'ab'))"
assert (repr(array.array('d', [1e300, float('inf'), -0.0]))) == "array('d', [1e+300, inf, -0.0])", "repr(array.array('d', [1e300, float('inf'), -0.0]))"
assert (repr(array.array('f', [1.1]))) == "array('f', [1.100000023841858])", "repr(array.array('f', [1.1]))"
assert (_slices()) == [2, 9, [2, 3, 4], [0, 2, 4, 6, 8], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0], 10, True, False, 1, 4, [0, 7, 8, 9, 3, 4, 5, 6, 7, 8, 9], [0, 7, 1, 9, 2, 4, 3, 6, 4, 8, 5], [7, 1, 2, 4, 6, 4, 5], [2, 4, 6, 4, 5], [101, 100, 2, 4, 6, 4, 5, 5, 1, 2, 3, 102], 101, 102, [3, 2, 1, 5, 5, 4, 6, 4, 2, 100], [3, 2, 1, 5, 5, 4, 6, 4, 2, 1], [3, 2, 1, 5, 5, 4, 6, 4, 2, 3, 2, 1, 5, 5, 4, 6, 4, 2], [3, 2, 1, 5, 5, 4, 6, 4, 2, 3, 2, 1, 5, 5, 4, 6, 4, 2], [], [], [3, 2, 1, 5, 5, 4, 6, 4, 2, 9, 3, 2, 1, 5, 5, 4, 6, 4, 2, 9], [0, 0, 1, 2, 3, 4, 4], [4, 3, 2, 1, 0]], '_slices()'
assert (_bytes()) == [b'\x01\x00\x02\x00\xfd\xff', [256, 512, -513], [1, 2, 7, 8], 'helloxy', 4, b'h\x00\x00\x00e\x00\x00\x00', [1.100000023841858, 2.5], b'\xcd\xcc\x8c?\x00\x00 @', b'\x9cu\x00\x88<\xe47~\x00\x00\x00\x00\x00\x00\x00\x80'], '_bytes()'
assert (_files()) == (b'\x00\x00\x00\x00\x01\x00\x00\x00\x02\x00\x00\x00\x03\x00\x00\x00\x04\x00\x00\x00', [0, 1, 2, 3, 4], "EOFError: read() didn't return enough bytes"), '_files()'
assert (_sub()) == ('array', '_Sub', ('i', [1, 2]), {'foo': 5}, 'array'), '_sub()'
assert (_views()) == ('i', 4, 2, b'\x01\x00\x00\x00\x02\x00\x00\x00', 'BufferError: cannot resize an array that is exporting buffers', [1, 2, 3, 4]), '_views()'
assert ([array.array('i', [1]) == array.array('d', [1.0]), array.array('b', [1, 2]) < array.array('b', [1, 3]), array.array('b', [1]) != 5, array.array('b', [1]) == [1], array.array('b', [1, 2]) > array.array('b', [1])]) == [True, True, True, False, True], "[array.array('i', [1]) == array.array('d', [1.0]), array.array('b', [1, 2]) < array.array('b', [1, 3]), array.array('b', [1]) != 5, array.array('b', [1]) == [1], array.array('b', [1, 2]) > array.array('b', [1])]"
assert (array.array('b', b'\x01\x02').tolist()) == [1, 2], "array.array('b', b'\\x01\\x02').tolist()"
assert (array.array('h', b'\x01\x02').tolist()) == [513], "array.array('h', b'\\x01\\x02').tolist()"
assert (array.array('u', ['a', 'b']).tounicode()) == 'ab', "array.array('u', ['a', 'b']).tounicode()"
assert (array.array('d', array.array('i', [1, 2])).tolist()) == [1.0, 2.0], "array.array('d', array.array('i', [1, 2])).tolist()"
assert (array.array('i', [3, 4]).__reduce_ex__(2)[1:]) == (('i', [3, 4]), None), "array.array('i', [3, 4]).__reduce_ex__(2)[1:]"
assert (array.array('i', [3, 4]).__reduce_ex__(3)[0].__name__) == '_array_reconstructor', "array.array('i', [3, 4]).__reduce_ex__(3)[0].__name__"
assert (array.array('i', [3, 4]).__reduce_ex__(3)[1][1:]) == ('i', 8, b'\x03\x00\x00\x00\x04\x00\x00\x00'), "array.array('i', [3, 4]).__reduce_ex__(3)[1][1:]"
assert ([array.array(tc, [1]).__reduce_ex__(3)[1][1:] for tc in 'bBhHiIlLfd']) == [('b', 1, b'\x01'), ('B', 0, b'\x01'), ('h', 4, b'\x01\x00'), ('H', 2, b'\x01\x00'), ('i', 8, b'\x01\x00\x00\x00'), ('I', 6, b'\x01\x00\x00\x00'), ('l', 12, b'\x01\x00\x00\x00\x00\x00\x00\x00'), ('L', 10, b'\x01\x00\x00\x00\x00\x00\x00\x00'), ('f', 14, b'\x00\x00\x80?'), ('d', 16, b'\x00\x00\x00\x00\x00\x00\xf0?')], "[array.array(tc, [1]).__reduce_ex__(3)[1][1:] for tc in 'bBhHiIlLfd']"
assert (array.array('u', 'ab').__reduce_ex__(3)[1][1:]) == ('u', 20, b'a\x00\x00\x00b\x00\x00\x00'), "array.array('u', 'ab').__reduce_ex__(3)[1][1:]"
assert (array._array_reconstructor(array.array, 'i', 8, b'\x01\x00\x00\x00').tolist()) == [1], "array._array_reconstructor(array.array, 'i', 8, b'\\x01\\x00\\x00\\x00').tolist()"
assert (array._array_reconstructor(array.array, 'i', 9, b'\x00\x00\x00\x01').tolist()) == [1], "array._array_reconstructor(array.array, 'i', 9, b'\\x00\\x00\\x00\\x01').tolist()"
assert (array._array_reconstructor(array.array, 'l', 5, b'\xff\xfe').tolist()) == [-2], "array._array_reconstructor(array.array, 'l', 5, b'\\xff\\xfe').tolist()"
assert (array._array_reconstructor(array.array, 'd', 15, b'?\x80\x00\x00').tolist()) == [1.0], "array._array_reconstructor(array.array, 'd', 15, b'?\\x80\\x00\\x00').tolist()"
assert (array._array_reconstructor(array.array, 'u', 19, b'\x00a\x00b').tounicode()) == 'ab', "array._array_reconstructor(array.array, 'u', 19, b'\\x00a\\x00b').tounicode()"
assert ([list(iter(array.array('b', [1, 2, 3]))), list(reversed(array.array('b', [1, 2, 3])))]) == [[1, 2, 3], [3, 2, 1]], "[list(iter(array.array('b', [1, 2, 3]))), list(reversed(array.array('b', [1, 2, 3])))]"
assert (array.array('B', range(5)).buffer_info()[1]) == 5, "array.array('B', range(5)).buffer_info()[1]"
_raises(ValueError, 'bad typecode (must be b, B, u, h, H, i, I, l, L, f or d)', lambda: array.array('x'))
_raises(ValueError, 'bad typecode (must be b, B, u, h, H, i, I, l, L, f or d)', lambda: array.array('q'))
_raises(TypeError, 'must be a unicode character, not str', lambda: array.array('bb'))
_raises(TypeError, 'must be a unicode character, not bytes', lambda: array.array(b'b'))
_raises(TypeError, 'array() takes at least 1 argument (0 given)', lambda: array.array())
_raises(TypeError, 'array() takes at most 2 arguments (3 given)', lambda: array.array('b', [1], 2))
_raises(TypeError, 'array.array() does not take keyword arguments', lambda: array.array('b', x=1))
_raises(ValueError, 'array.index(x): x not in list', lambda: array.array('i', range(3)).index(99))
_raises(ValueError, 'array.remove(x): x not in list', lambda: array.array('i').remove(99))
_raises(IndexError, 'array index out of range', lambda: array.array('i', [1])[10])
_raises(TypeError, 'array indices must be integers', lambda: array.array('i')['x'])
_raises(IndexError, 'pop index out of range', lambda: array.array('i', [1]).pop(20))
_raises(IndexError, 'pop from empty array', lambda: array.array('i').pop())
_raises(TypeError, 'can only assign array (not "list") to array slice', lambda: array.array('i', [1, 2]).__setitem__(slice(0, 1), [1]))
_raises(TypeError, 'bad argument type for built-in operation', lambda: array.array('i', [1, 2]).__setitem__(slice(0, 1), array.array('d', [1.0])))
_raises(ValueError, 'attempt to assign array of size 2 to extended slice of size 1', lambda: array.array('i', [1, 2]).__setitem__(slice(None, None, 2), array.array('i', [1, 2])))
_raises(TypeError, 'can only extend with array of same kind', lambda: array.array('i').extend(array.array('d')))
_raises(TypeError, "'int' object is not iterable", lambda: array.array('i').extend(5))
_raises(TypeError, 'an integer is required', lambda: array.array('i').append('x'))
_raises(TypeError, "'str' object cannot be interpreted as an integer", lambda: array.array('i').insert('x', 1))
_raises(TypeError, 'can only append array (not "list") to array', lambda: array.array('i') + [1])
_raises(TypeError, 'bad argument type for built-in operation', lambda: array.array('i') + array.array('b'))
_raises(TypeError, "can't multiply sequence by non-int of type 'str'", lambda: array.array('i') * 'x')
_raises(TypeError, 'can only extend array with array (not "list")', lambda: array.array('i').__iadd__([1]))
_raises(TypeError, "'str' object cannot be interpreted as an integer", lambda: array.array('i').__imul__('x'))
_raises(ValueError, 'string length not a multiple of item size', lambda: array.array('h').frombytes(b'\x01'))
_raises(TypeError, "'str' does not support the buffer interface", lambda: array.array('h').frombytes('ab'))
_raises(TypeError, 'arg must be list', lambda: array.array('h').fromlist((1,)))
_raises(TypeError, 'an integer is required', lambda: array.array('h').fromlist([1, 'x']))
_raises(TypeError, 'must be str or None, not bytes', lambda: array.array('u').fromunicode(b'x'))
_raises(ValueError, 'fromunicode() may only be called on unicode type arrays', lambda: array.array('h').fromunicode('x'))
_raises(ValueError, 'tounicode() may only be called on unicode type arrays', lambda: array.array('h').tounicode())
_raises(ValueError, 'string length not a multiple of item size', lambda: array.array('u', b'ab'))
_raises(TypeError, 'an integer is required', lambda: array.array('b', 'ab'))
_raises(TypeError, 'integer argument expected, got float', lambda: array.array('i', array.array('d', [1.5])))
_raises(TypeError, '__reduce_ex__ argument should an integer', lambda: array.array('i').__reduce_ex__('x'))
_raises(TypeError, 'list is not a subtype of array.array', lambda: array._array_reconstructor(list, 'i', 8, b''))
_raises(ValueError, 'second argument must be a valid type code', lambda: array._array_reconstructor(array.array, 'x', 8, b''))
_raises(ValueError, 'third argument must be a valid machine format code.', lambda: array._array_reconstructor(array.array, 'i', 99, b''))
_raises(TypeError, 'fourth argument should be bytes, not str', lambda: array._array_reconstructor(array.array, 'i', 8, 'x'))
_raises(ValueError, 'string length not a multiple of item size', lambda: array._array_reconstructor(array.array, 'i', 8, b'\x01'))
_raises(ValueError, 'slice step cannot be zero', lambda: array.array('i', [1, 2, 3])[0:10:0])
_raises(IndexError, 'array assignment index out of range', lambda: array.array('i').__setitem__(0, 1))
_raises(IndexError, 'array assignment index out of range', lambda: array.array('i').__delitem__(10))
