# memoryview as CPython 3.2 has it, and the buffer protocol between bytes,
# bytearray and memoryview: each case is an expression and the repr of its
# value (or exception) under 3.2.6. The cases run in order and share ba.
import sys


ba = bytearray(b'abcdef')
def setit(m, k, v):
    m[k] = v
    return m.obj if hasattr(m, 'obj') else None
def delit(m, k):
    del m[k]
def rel(m):
    m.release()
    return m
def resize_with_view():
    b = bytearray(b'abc'); m = memoryview(b)
    try:
        b.append(1)
    except BufferError as e:
        r1 = str(e)
    else:
        r1 = 'no error'
    m.release()
    b.append(100)
    return r1, b
def resize_ops():
    out = []
    b = bytearray(range(10)); v = memoryview(b)
    ops = [lambda: b.__setitem__(slice(1,-1), range(5)), lambda: b.pop(), lambda: b.remove(1),
           lambda: b.__delitem__(0), lambda: b.extend(b'x'), lambda: b.insert(0, 1), lambda: b.__iadd__(b'x'),
           lambda: b.__imul__(2), lambda: b.__init__(b'zz'), lambda: b.__setitem__(slice(0, 2), b'XY'),
           lambda: b.__imul__(1), lambda: b.reverse(), lambda: b.__delitem__(slice(0,0)), lambda: b.__setitem__(slice(None, None, 2), b'12345'),
           lambda: b.__delitem__(slice(None, None, 2))]
    for op in ops:
        try:
            op()
            out.append('ok')
        except Exception as e:
            out.append(type(e).__name__)
    return out, b
def with_view():
    b = bytearray(b'xyz')
    with memoryview(b) as m:
        m[0] = b'Q'
    b.append(33)
    return b, repr(m)[:17]
def nested():
    b = bytearray(b'0123456789')
    m = memoryview(b)[2:8]
    m2 = memoryview(m)
    m3 = m2[1:3]
    m3[:] = b'ab'
    return b, len(m2), m3.tobytes(), m2.shape, bytes(m3), m3 == b'ab'
def overlap():
    b = bytearray(b'abcdef'); m = memoryview(b)
    m[0:3] = m[2:5]; r1 = bytes(b)
    m[:] = b'abcdef'; m[2:5] = m[0:3]
    return r1, bytes(b)
def released_checks():
    m = memoryview(b'abc'); m.release()
    out = []
    for f in [lambda: bytes(m), lambda: m.tobytes(), lambda: m.tolist(), lambda: m[0], lambda: len(m), lambda: m.format,
              lambda: m.itemsize, lambda: m.ndim, lambda: m.readonly, lambda: m.shape, lambda: m.strides, lambda: m.suboffsets,
              lambda: m.__enter__(), lambda: bytearray(m), lambda: b'x'.join([m]), lambda: b'abc'.find(m), lambda: m == m,
              lambda: m == b'abc', lambda: m != b'abc', lambda: str(m, 'utf-8'), lambda: b'x' + m, lambda: memoryview(m), lambda: m.release()]:
        try:
            out.append(repr(f()))
        except Exception as e:
            out.append('%s: %s' % (type(e).__name__, e))
    return out

CASES = [
    ("memoryview(b'abc')[0]", "b'a'"),
    ("memoryview(b'abc')[-3]", "b'a'"),
    ("memoryview(b'abc')[3]", 'EXC IndexError: index out of bounds'),
    ("memoryview(b'abc')[-4]", 'EXC IndexError: index out of bounds'),
    ("memoryview(b'abc')[sys.maxsize]", 'EXC IndexError: index out of bounds'),
    ("memoryview(b'abc')[10**30]", 'EXC IndexError: index out of bounds'),
    ("memoryview(b'abc')[None]", 'EXC TypeError: cannot index memory using "NoneType"'),
    ("memoryview(b'abc')[0.0]", 'EXC TypeError: cannot index memory using "float"'),
    ("memoryview(b'abc')['a']", 'EXC TypeError: cannot index memory using "str"'),
    ("memoryview(b'abc')[(0,)]", 'EXC TypeError: cannot index memory using "tuple"'),
    ("memoryview(b'abc')[True]", "b'b'"),
    ("memoryview(b'abcdef')[::2]", 'EXC NotImplementedError: '),
    ("memoryview(b'abcdef')[::-1]", 'EXC NotImplementedError: '),
    ("memoryview(b'abcdef')[4:1].tobytes()", "b''"),
    ("memoryview(b'abcdef')[-2:].tobytes()", "b'ef'"),
    ("memoryview(b'abcdef')[1:][1:][1:].tobytes()", "b'def'"),
    ("len(memoryview(b'abcdef')[1:3])", '2'),
    ("memoryview(b'abcdef')[1:3].shape", '(2,)'),
    ("len(memoryview(b''))", '0'),
    ("memoryview(b'').tolist()", '[]'),
    ("memoryview(b'').tobytes()", "b''"),
    ("setit(memoryview(ba), 0, b'z')", 'None'),
    ('ba', "bytearray(b'zbcdef')"),
    ('setit(memoryview(ba), 0, 65)', "EXC TypeError: 'int' does not support the buffer interface"),
    ("setit(memoryview(ba), 0, b'')", 'EXC ValueError: cannot modify size of memoryview object'),
    ("setit(memoryview(ba), 0, b'xy')", 'EXC ValueError: cannot modify size of memoryview object'),
    ("setit(memoryview(ba), slice(1,1), b'a')", 'EXC ValueError: cannot modify size of memoryview object'),
    ("setit(memoryview(ba), slice(0,2), b'a')", 'EXC ValueError: cannot modify size of memoryview object'),
    ("setit(memoryview(ba), slice(0,4,2), b'ab')", 'EXC NotImplementedError: '),
    ("setit(memoryview(ba), 0.0, b'a')", 'EXC TypeError: cannot index memory using "float"'),
    ("setit(memoryview(ba), (0,), b'a')", 'EXC TypeError: cannot index memory using "tuple"'),
    ("setit(memoryview(ba), 'a', b'a')", 'EXC TypeError: cannot index memory using "str"'),
    ("setit(memoryview(ba), 6, b'a')", 'EXC IndexError: index out of bounds'),
    ("setit(memoryview(ba), -7, b'a')", 'EXC IndexError: index out of bounds'),
    ("setit(memoryview(ba), sys.maxsize, b'a')", 'EXC IndexError: index out of bounds'),
    ("setit(memoryview(ba), 0, 'a')", "EXC TypeError: 'str' does not support the buffer interface"),
    ("setit(memoryview(ba), 0, bytearray(b'q'))", 'None'),
    ("setit(memoryview(ba), 0, memoryview(b'r'))", 'None'),
    ('ba', "bytearray(b'rbcdef')"),
    ("setit(memoryview(ba), slice(None), b'ABCDEF')", 'None'),
    ('ba', "bytearray(b'ABCDEF')"),
    ("setit(memoryview(b'abc'), 0, b'a')", 'EXC TypeError: cannot modify read-only memory'),
    ("setit(memoryview(b'abc'), 0, 65)", 'EXC TypeError: cannot modify read-only memory'),
    ("setit(memoryview(b'abc'), 'x', 65)", 'EXC TypeError: cannot modify read-only memory'),
    ('delit(memoryview(ba), 1)', 'EXC TypeError: cannot delete memory'),
    ('delit(memoryview(ba), slice(1, 4))', 'EXC TypeError: cannot delete memory'),
    ("delit(memoryview(b'ab'), 1)", 'EXC TypeError: cannot modify read-only memory'),
    ("memoryview(b'ab') == memoryview(b'ab')", 'True'),
    ("memoryview(b'ab') == b'ab'", 'True'),
    ("b'ab' == memoryview(b'ab')", 'True'),
    ("bytearray(b'ab') == memoryview(b'ab')", 'True'),
    ("memoryview(b'ab') == bytearray(b'ab')", 'True'),
    ("memoryview(b'ab') != b'ab'", 'False'),
    ("memoryview(b'ab') == b'abc'", 'False'),
    ("memoryview(b'ab') == 'ab'", 'False'),
    ("'ab' == memoryview(b'ab')", 'False'),
    ("memoryview(b'ab') < memoryview(b'ab')", 'EXC TypeError: unorderable types: memoryview() < memoryview()'),
    ("memoryview(b'ab') < b'ab'", 'EXC TypeError: unorderable types: memoryview() < bytes()'),
    ("b'ab' <= memoryview(b'ab')", 'EXC TypeError: unorderable types: bytes() <= memoryview()'),
    ("memoryview(b'ab') == 5", 'False'),
    ("memoryview(b'ab') != None", 'True'),
    ("hash(memoryview(b'ab'))", "EXC TypeError: unhashable type: 'memoryview'"),
    ('memoryview.__hash__', 'None'),
    ("bool(memoryview(b''))", 'False'),
    ("bool(memoryview(b'a'))", 'True'),
    ('memoryview()', "EXC TypeError: Required argument 'object' (pos 1) not found"),
    ("memoryview(b'a', b'b')", 'EXC TypeError: memoryview() takes at most 1 argument (2 given)'),
    ("memoryview(argument=b'a')", "EXC TypeError: Required argument 'object' (pos 1) not found"),
    ("memoryview(object=b'ab').tobytes()", "b'ab'"),
    ("memoryview(b'a', argument=True)", 'EXC TypeError: memoryview() takes at most 1 argument (2 given)'),
    ("memoryview('abc')", 'EXC TypeError: cannot make memory view because object does not have the buffer interface'),
    ('memoryview(5)', 'EXC TypeError: cannot make memory view because object does not have the buffer interface'),
    ('memoryview(None)', 'EXC TypeError: cannot make memory view because object does not have the buffer interface'),
    ('memoryview([1,2])', 'EXC TypeError: cannot make memory view because object does not have the buffer interface'),
    ("list(memoryview(b'abc'))", "[b'a', b'b', b'c']"),
    ("type(iter(memoryview(b'ab'))).__name__", "'iterator'"),
    ("b'b' in memoryview(b'abc')", 'True'),
    ("98 in memoryview(b'abc')", 'False'),
    ("memoryview(b'abc').tolist()", '[97, 98, 99]'),
    ("memoryview(bytearray(b'\\xff\\x00')).tolist()", '[255, 0]'),
    ("(lambda m: (m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly))(memoryview(bytearray(b'abc')))", "('B', 1, 1, (3,), (1,), None, False)"),
    ("(lambda m: (m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly))(memoryview(b'abc')[1:])", "('B', 1, 1, (2,), (1,), None, True)"),
    ("memoryview(b'ab').format.__class__", "<class 'str'>"),
    ("memoryview(b'ab').release()", 'None'),
    ("rel(memoryview(b'ab')).release()", 'None'),
    ("repr(rel(memoryview(b'ab')))[:17]", "'<released memory '"),
    ('resize_with_view()', "('Existing exports of data: object cannot be re-sized', bytearray(b'abcd'))"),
    ('with_view()', "(bytearray(b'Qyz!'), '<released memory ')"),
    ('nested()', "(bytearray(b'012ab56789'), 6, b'ab', (6,), b'ab', True)"),
    ('overlap()', "(b'cdedef', b'ababcf')"),
    ('released_checks()', '[\'ValueError: operation forbidden on released memoryview object\', \'ValueError: operation forbidden on released memoryview object\', \'ValueError: operation forbidden on released memoryview object\', \'ValueError: operation forbidden on released memoryview object\', \'ValueError: operation forbidden on released memoryview object\', \'ValueError: operation forbidden on released memoryview object\', \'ValueError: operation forbidden on released memoryview object\', \'ValueError: operation forbidden on released memoryview object\', \'ValueError: operation forbidden on released memoryview object\', \'ValueError: operation forbidden on released memoryview object\', \'ValueError: operation forbidden on released memoryview object\', \'ValueError: operation forbidden on released memoryview object\', \'ValueError: operation forbidden on released memoryview object\', \'ValueError: operation forbidden on released memoryview object\', \'TypeError: sequence item 0: expected bytes, memoryview found\', \'ValueError: operation forbidden on released memoryview object\', \'True\', \'False\', \'True\', \'TypeError: coercing to str: need bytes, bytearray or buffer-like object, memoryview found\', "TypeError: can\'t concat bytes to memoryview", \'ValueError: operation forbidden on released memoryview object\', \'None\']'),
    ("bytes(memoryview(b'xy'))", "b'xy'"),
    ("bytearray(memoryview(b'xy'))", "bytearray(b'xy')"),
    ("b''.join([memoryview(b'a'), b'b', bytearray(b'c')])", 'EXC TypeError: sequence item 0: expected bytes, memoryview found'),
    ("bytearray(b'-').join([memoryview(b'a'), b'b'])", "EXC TypeError: can only join an iterable of bytes (item 0 has type 'memoryview')"),
    ("b'abc'.startswith(memoryview(b'ab'))", 'True'),
    ("b'abc'.find(memoryview(b'c'))", '2'),
    ("memoryview(b'c') in b'abc'", 'True'),
    ("b'abc' + memoryview(b'd')", "b'abcd'"),
    ("bytearray(b'abc') + memoryview(b'd')", "bytearray(b'abcd')"),
    ("memoryview(b'd') + b'abc'", "EXC TypeError: unsupported operand type(s) for +: 'memoryview' and 'bytes'"),
    ("str(memoryview(b'abc'), 'utf-8')", "'abc'"),
    ("str(memoryview(b'abc'), 'ascii', 'strict')", "'abc'"),
    ("int.from_bytes(memoryview(b'\\x01\\x00'), 'little')", '1'),
    ("b'a b'.split(memoryview(b' '))", "[b'a', b'b']"),
    ("b'abc'.strip(memoryview(b'ac'))", "b'b'"),
    ("b'abc'.replace(memoryview(b'b'), memoryview(b'XX'))", "b'aXXc'"),
    ("b'abc'.count(memoryview(b'b'))", '1'),
    ("bytes.maketrans(memoryview(b'ab'), memoryview(b'xy'))", 'b\'\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\t\\n\\x0b\\x0c\\r\\x0e\\x0f\\x10\\x11\\x12\\x13\\x14\\x15\\x16\\x17\\x18\\x19\\x1a\\x1b\\x1c\\x1d\\x1e\\x1f !"#$%&\\\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\\\]^_`xycdefghijklmnopqrstuvwxyz{|}~\\x7f\\x80\\x81\\x82\\x83\\x84\\x85\\x86\\x87\\x88\\x89\\x8a\\x8b\\x8c\\x8d\\x8e\\x8f\\x90\\x91\\x92\\x93\\x94\\x95\\x96\\x97\\x98\\x99\\x9a\\x9b\\x9c\\x9d\\x9e\\x9f\\xa0\\xa1\\xa2\\xa3\\xa4\\xa5\\xa6\\xa7\\xa8\\xa9\\xaa\\xab\\xac\\xad\\xae\\xaf\\xb0\\xb1\\xb2\\xb3\\xb4\\xb5\\xb6\\xb7\\xb8\\xb9\\xba\\xbb\\xbc\\xbd\\xbe\\xbf\\xc0\\xc1\\xc2\\xc3\\xc4\\xc5\\xc6\\xc7\\xc8\\xc9\\xca\\xcb\\xcc\\xcd\\xce\\xcf\\xd0\\xd1\\xd2\\xd3\\xd4\\xd5\\xd6\\xd7\\xd8\\xd9\\xda\\xdb\\xdc\\xdd\\xde\\xdf\\xe0\\xe1\\xe2\\xe3\\xe4\\xe5\\xe6\\xe7\\xe8\\xe9\\xea\\xeb\\xec\\xed\\xee\\xef\\xf0\\xf1\\xf2\\xf3\\xf4\\xf5\\xf6\\xf7\\xf8\\xf9\\xfa\\xfb\\xfc\\xfd\\xfe\\xff\''),
    ("b'abc'.translate(None, memoryview(b'b'))", "b'ac'"),
    ("bytearray(b'abc').extend(memoryview(b'de'))", 'None'),
    ("(lambda b: (b.extend(memoryview(b'de')), b))(bytearray(b'abc'))", "(None, bytearray(b'abcde'))"),
    ("(lambda b: (b.__iadd__(memoryview(b'de')), b)[1])(bytearray(b'abc'))", "bytearray(b'abcde')"),
    ("(lambda b: (b.__setitem__(slice(0,1), memoryview(b'XYZ')), b)[1])(bytearray(b'abc'))", "bytearray(b'XYZbc')"),
    ("b'abc' == memoryview(b'abc')", 'True'),
    ("memoryview(b'abc') * 2", "EXC TypeError: unsupported operand type(s) for *: 'memoryview' and 'int'"),
    ("memoryview(b'abc').__class__.__name__", "'memoryview'"),
    ("isinstance(memoryview(b''), object)", 'True'),
    ("type('X', (memoryview,), {})", "EXC TypeError: type 'memoryview' is not an acceptable base type"),
    ("memoryview(b'a').x", "EXC AttributeError: 'memoryview' object has no attribute 'x'"),
    ("(lambda m: setattr(m, 'x', 1))(memoryview(b''))", "EXC AttributeError: 'memoryview' object has no attribute 'x'"),
    ("str(b'\\xff', 'utf-8', 'replace')", "'\ufffd'"),
    ("bytes(memoryview(bytearray(b'abc'))[1:])", "b'bc'"),
    ("memoryview(b'ab').__len__()", '2'),
    ("memoryview(b'ab').__getitem__(1)", "b'b'"),
    ("memoryview(b'ab').__exit__(1,2,3)", 'None'),
    ("memoryview(b'ab').__exit__()", 'None'),
]


def outcome(src):
    try:
        r = repr(eval(src, globals()))
    except BaseException as e:
        return 'EXC %s: %s' % (type(e).__name__, e)
    if ' at 0x' in r:
        r = r[:r.index(' at 0x')]
    return r


failures = []
for src, expected in CASES:
    got = outcome(src)
    if got != expected:
        failures.append((src, got, expected))
assert not failures, (len(failures), failures[:5])
