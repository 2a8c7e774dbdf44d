# pickletools (dis, genops, optimize) and copyreg, against the listings
# CPython 3.2 prints.
import io
import pickle
import pickletools
import copyreg


def dis_text(data, **kw):
    out = io.StringIO()
    pickletools.dis(data, out, **kw)
    return out.getvalue()

# (expression, protocol, its pickle, dis listing, optimized pickle)
LISTINGS = [
    ("[1, 'a', (2, b'x'), {'k': None}]", 0,
     b'(lp0\nL1L\naVa\np1\na(L2L\nc_codecs\nencode\np2\n(Vx\np3\nVlatin1\np4\ntp5\nRp6\ntp7\na(dp8\nVk\np9\nNsa.',
     '    0: (    MARK\n'
     '    1: l        LIST       (MARK at 0)\n'
     '    2: p    PUT        0\n'
     '    5: L    LONG       1\n'
     '    9: a    APPEND\n'
     "   10: V    UNICODE    'a'\n"
     '   13: p    PUT        1\n'
     '   16: a    APPEND\n'
     '   17: (    MARK\n'
     '   18: L        LONG       2\n'
     "   22: c        GLOBAL     '_codecs encode'\n"
     '   38: p        PUT        2\n'
     '   41: (        MARK\n'
     "   42: V            UNICODE    'x'\n"
     '   45: p            PUT        3\n'
     "   48: V            UNICODE    'latin1'\n"
     '   56: p            PUT        4\n'
     '   59: t            TUPLE      (MARK at 41)\n'
     '   60: p        PUT        5\n'
     '   63: R        REDUCE\n'
     '   64: p        PUT        6\n'
     '   67: t        TUPLE      (MARK at 17)\n'
     '   68: p    PUT        7\n'
     '   71: a    APPEND\n'
     '   72: (    MARK\n'
     '   73: d        DICT       (MARK at 72)\n'
     '   74: p    PUT        8\n'
     "   77: V    UNICODE    'k'\n"
     '   80: p    PUT        9\n'
     '   83: N    NONE\n'
     '   84: s    SETITEM\n'
     '   85: a    APPEND\n'
     '   86: .    STOP\n'
     'highest protocol among opcodes = 0\n',
     b'(lL1L\naVa\na(L2L\nc_codecs\nencode\n(Vx\nVlatin1\ntRta(dVk\nNsa.'),
    ("[1, 'a', (2, b'x'), {'k': None}]", 1,
     b']q\x00(K\x01X\x01\x00\x00\x00aq\x01(K\x02c_codecs\nencode\nq\x02(X\x01\x00\x00\x00xq\x03X\x06\x00\x00\x00latin1q\x04tq\x05Rq\x06tq\x07}q\x08X\x01\x00\x00\x00kq\tNse.',
     '    0: ]    EMPTY_LIST\n'
     '    1: q    BINPUT     0\n'
     '    3: (    MARK\n'
     '    4: K        BININT1    1\n'
     "    6: X        BINUNICODE 'a'\n"
     '   12: q        BINPUT     1\n'
     '   14: (        MARK\n'
     '   15: K            BININT1    2\n'
     "   17: c            GLOBAL     '_codecs encode'\n"
     '   33: q            BINPUT     2\n'
     '   35: (            MARK\n'
     "   36: X                BINUNICODE 'x'\n"
     '   42: q                BINPUT     3\n'
     "   44: X                BINUNICODE 'latin1'\n"
     '   55: q                BINPUT     4\n'
     '   57: t                TUPLE      (MARK at 35)\n'
     '   58: q            BINPUT     5\n'
     '   60: R            REDUCE\n'
     '   61: q            BINPUT     6\n'
     '   63: t            TUPLE      (MARK at 14)\n'
     '   64: q        BINPUT     7\n'
     '   66: }        EMPTY_DICT\n'
     '   67: q        BINPUT     8\n'
     "   69: X        BINUNICODE 'k'\n"
     '   75: q        BINPUT     9\n'
     '   77: N        NONE\n'
     '   78: s        SETITEM\n'
     '   79: e        APPENDS    (MARK at 3)\n'
     '   80: .    STOP\n'
     'highest protocol among opcodes = 1\n',
     b'](K\x01X\x01\x00\x00\x00a(K\x02c_codecs\nencode\n(X\x01\x00\x00\x00xX\x06\x00\x00\x00latin1tRt}X\x01\x00\x00\x00kNse.'),
    ("[1, 'a', (2, 3.5), {'k': None}, True, 2**70]", 2,
     b'\x80\x02]q\x00(K\x01X\x01\x00\x00\x00aq\x01K\x02G@\x0c\x00\x00\x00\x00\x00\x00\x86q\x02}q\x03X\x01\x00\x00\x00kq\x04Ns\x88\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00@e.',
     '    0: \\x80 PROTO      2\n'
     '    2: ]    EMPTY_LIST\n'
     '    3: q    BINPUT     0\n'
     '    5: (    MARK\n'
     '    6: K        BININT1    1\n'
     "    8: X        BINUNICODE 'a'\n"
     '   14: q        BINPUT     1\n'
     '   16: K        BININT1    2\n'
     '   18: G        BINFLOAT   3.5\n'
     '   27: \\x86     TUPLE2\n'
     '   28: q        BINPUT     2\n'
     '   30: }        EMPTY_DICT\n'
     '   31: q        BINPUT     3\n'
     "   33: X        BINUNICODE 'k'\n"
     '   39: q        BINPUT     4\n'
     '   41: N        NONE\n'
     '   42: s        SETITEM\n'
     '   43: \\x88     NEWTRUE\n'
     '   44: \\x8a     LONG1      1180591620717411303424\n'
     '   55: e        APPENDS    (MARK at 5)\n'
     '   56: .    STOP\n'
     'highest protocol among opcodes = 2\n',
     b'\x80\x02](K\x01X\x01\x00\x00\x00aK\x02G@\x0c\x00\x00\x00\x00\x00\x00\x86}X\x01\x00\x00\x00kNs\x88\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00@e.'),
    ("(b'x', [1, 2], -5, 70000)", 3,
     b'\x80\x03(C\x01xq\x00]q\x01(K\x01K\x02eJ\xfb\xff\xff\xffJp\x11\x01\x00tq\x02.',
     '    0: \\x80 PROTO      3\n'
     '    2: (    MARK\n'
     "    3: C        SHORT_BINBYTES 'x'\n"
     '    6: q        BINPUT     0\n'
     '    8: ]        EMPTY_LIST\n'
     '    9: q        BINPUT     1\n'
     '   11: (        MARK\n'
     '   12: K            BININT1    1\n'
     '   14: K            BININT1    2\n'
     '   16: e            APPENDS    (MARK at 11)\n'
     '   17: J        BININT     -5\n'
     '   22: J        BININT     70000\n'
     '   27: t        TUPLE      (MARK at 2)\n'
     '   28: q    BINPUT     2\n'
     '   30: .    STOP\n'
     'highest protocol among opcodes = 3\n',
     b'\x80\x03(C\x01x](K\x01K\x02eJ\xfb\xff\xff\xffJp\x11\x01\x00t.'),
    ('[[]] * 3', 1,
     b']q\x00(]q\x01h\x01h\x01e.',
     '    0: ]    EMPTY_LIST\n'
     '    1: q    BINPUT     0\n'
     '    3: (    MARK\n'
     '    4: ]        EMPTY_LIST\n'
     '    5: q        BINPUT     1\n'
     '    7: h        BINGET     1\n'
     '    9: h        BINGET     1\n'
     '   11: e        APPENDS    (MARK at 3)\n'
     '   12: .    STOP\n'
     'highest protocol among opcodes = 1\n',
     b'](]q\x01h\x01h\x01e.'),
    ("{'a': ('b', 'b')}", 0,
     b'(dp0\nVa\np1\n(Vb\np2\ng2\ntp3\ns.',
     '    0: (    MARK\n'
     '    1: d        DICT       (MARK at 0)\n'
     '    2: p    PUT        0\n'
     "    5: V    UNICODE    'a'\n"
     '    8: p    PUT        1\n'
     '   11: (    MARK\n'
     "   12: V        UNICODE    'b'\n"
     '   15: p        PUT        2\n'
     '   18: g        GET        2\n'
     '   21: t        TUPLE      (MARK at 11)\n'
     '   22: p    PUT        3\n'
     '   25: s    SETITEM\n'
     '   26: .    STOP\n'
     'highest protocol among opcodes = 0\n',
     b'(dVa\n(Vb\np2\ng2\nts.'),
]
for expr, proto, data, listing, optimized in LISTINGS:
    assert pickle.dumps(eval(expr), proto) == data, expr
    got = dis_text(data)
    assert got == listing, (expr, got)
    assert pickletools.optimize(data) == optimized, expr
    assert pickle.loads(optimized) == eval(expr)

# genops: opcode records, decoded arguments, positions.
ops = [(op.name, arg, pos) for op, arg, pos in
       pickletools.genops(b'\x80\x02]q\x00(K\x01X\x01\x00\x00\x00ae.')]
assert ops == [('PROTO', 2, 0), ('EMPTY_LIST', None, 2), ('BINPUT', 0, 3),
               ('MARK', None, 5), ('BININT1', 1, 6), ('BINUNICODE', 'a', 8),
               ('APPENDS', None, 14), ('STOP', None, 15)], ops
f = io.BytesIO(b'xxN.')
f.read(2)
assert [(op.code, pos) for op, arg, pos in pickletools.genops(f)] == \
    [('N', 2), ('.', 3)]


class NoTell:
    def __init__(self, data):
        self.read = io.BytesIO(data).read

assert [pos for op, arg, pos in pickletools.genops(NoTell(b'N.'))] == \
    [None, None]
# Arguments as the readers decode them.
ops = [(op.name, arg) for op, arg, pos in pickletools.genops(
    b'I01\nI00\nI7\nL5L\nF2.5\nS\'a\\n\'\nVb\\u1234\ncmod\nname\nPid\n'
    b'T\x01\x00\x00\x00\xffU\x01zB\x01\x00\x00\x00y\x8b\x01\x00\x00\x00\xff.')]
assert ops == [('INT', True), ('INT', False), ('INT', 7), ('LONG', 5),
               ('FLOAT', 2.5), ('STRING', 'a\n'), ('UNICODE', 'b\u1234'),
               ('GLOBAL', 'mod name'), ('PERSID', 'id'),
               ('BINSTRING', '\xff'), ('SHORT_BINSTRING', 'z'),
               ('BINBYTES', 'y'), ('LONG4', -1), ('STOP', None)], ops


def genops_error(data):
    try:
        list(pickletools.genops(data))
    except ValueError as e:
        return str(e)

assert genops_error(b'N') == 'pickle exhausted before seeing STOP'
assert genops_error(b'NZ.') == "at position 1, opcode b'Z' unknown"
assert genops_error(b'K') == 'not enough data in stream to read uint1'
assert genops_error(b'M\x01') == 'not enough data in stream to read uint2'
assert genops_error(b'J\x01') == 'not enough data in stream to read int4'
assert genops_error(b'I12') == \
    'no newline found when trying to read stringnl'
assert genops_error(b'I12L\n.') == "trailing 'L' not allowed in b'12L'"
assert genops_error(b'Sab\n.') == "no string quotes around b'ab'"
assert genops_error(b'S"ab\n.') == \
    "strinq quote b'\"' not found at both ends of b'\"ab'"
assert genops_error(b'T\x05\x00\x00\x00ab') == \
    'expected 5 bytes in a string4, but only 2 remain'
assert genops_error(b'T\xff\xff\xff\xff') == 'string4 byte count < 0: -1'
assert genops_error(b'X\x05\x00\x00\x00ab') == \
    'expected 5 bytes in a unicodestring4, but only 2 remain'
assert genops_error(b'\x8a\x05ab') == \
    'not enough data in stream to read long1'

# dis's checks.


def dis_error(data):
    out = io.StringIO()
    try:
        pickletools.dis(data, out)
    except ValueError as e:
        return str(e), out.getvalue()

assert dis_error(b'0.') == (
    'tries to pop 1 items from stack with only 0 items',
    '    0: 0    POP\n')
assert dis_error(b'h\x00.')[0] == 'memo key 0 has never been stored into'
assert dis_error(b'K\x01q\x00q\x00.')[0] == 'memo key 0 already defined'
assert dis_error(b'N(q\x00.')[0] == "can't store markobject in the memo"
assert dis_error(b'q\x00.')[0] == "stack is empty -- can't store into memo"
assert dis_error(b'K\x01K\x01.') == (
    'stack not empty after STOP: [int]',
    '    0: K    BININT1    1\n    2: K    BININT1    1\n    4: .    STOP\n'
    'highest protocol among opcodes = 1\n')
assert dis_error(b'u.')[0] == 'no MARK exists on stack'
# A memo carried across pickles; the indentation of MARK levels.
memo = {}
out = io.StringIO()
pickletools.dis(b'(K\x01q\x00t.', out, memo, 2)
pickletools.dis(b'h\x00.', out, memo)
assert out.getvalue() == (
    '    0: (    MARK\n    1: K      BININT1    1\n    3: q      BINPUT     0\n'
    '    5: t      TUPLE      (MARK at 0)\n    6: .    STOP\n'
    'highest protocol among opcodes = 1\n'
    '    0: h    BINGET     0\n    2: .    STOP\n'
    'highest protocol among opcodes = 1\n'), out.getvalue()
# With annotations, each line ends with the first line of the opcode's doc.
lines = dis_text(b'K\x01.', annotate=1).splitlines()
assert lines[0].startswith('    0: K    BININT1    1 ') and \
    len(lines[0]) > len('    0: K    BININT1    1 ')
assert lines[1].startswith('    2: .    STOP ')

# The opcode tables.
assert len(pickletools.opcodes) == 55
names = set(op.name for op in pickletools.opcodes)
for name in pickle.__all__:
    value = getattr(pickle, name)
    if name.isupper() and isinstance(value, bytes) and len(value) == 1:
        assert name in names, name
        assert pickletools.code2op[value.decode('latin-1')].name == name
op = pickletools.code2op['\x81']
assert (op.name, op.arg, op.proto) == ('NEWOBJ', None, 2)
assert [s.name for s in op.stack_before] == ['any', 'any']
assert [s.name for s in op.stack_after] == ['any']
op = pickletools.code2op['e']
assert [repr(s) for s in op.stack_before] == ['list', 'mark', 'stackslice']
assert pickletools.code2op['G'].arg is pickletools.float8
assert pickletools.float8.n == 8 and pickletools.long4.n == \
    pickletools.TAKEN_FROM_ARGUMENT4 == -3
assert pickletools.stringnl.n == pickletools.UP_TO_NEWLINE == -1
assert pickletools.read_long1(io.BytesIO(b'\x02\xff\x00')) == 255
assert pickletools.read_stringnl(io.BytesIO(b"'a\\x41'\n")) == 'aA'
assert pickletools.read_stringnl(io.BytesIO(b"'a'\n"), decode=False) == b'a'


# --- copyreg -----------------------------------------------------------------

def error_of(f, *args):
    try:
        f(*args)
    except Exception as e:
        return type(e).__name__, str(e)

assert error_of(copyreg.pickle, int, 1) == \
    ('TypeError', 'reduction functions must be callable')
assert error_of(copyreg.pickle, int, len, 1) == \
    ('TypeError', 'constructors must be callable')
assert error_of(copyreg.constructor, 1) == \
    ('TypeError', 'constructors must be callable')
assert copyreg.dispatch_table[complex](3 + 4j) == (complex, (3.0, 4.0))


class Point(object):
    def __init__(self, x):
        self.x = x


def reduce_point(p):
    return Point, (p.x,)

copyreg.pickle(Point, reduce_point)
try:
    s = pickle.dumps(Point(7), 2)
    assert s == ('\x80\x02c%s\nPoint\nq\x00K\x07\x85q\x01Rq\x02.' %
                 __name__).encode('latin-1'), s
    assert pickle.loads(s).x == 7
finally:
    del copyreg.dispatch_table[Point]

# The extension registry.
assert error_of(copyreg.add_extension, 'm', 'n', 0) == \
    ('ValueError', 'code out of range')
assert error_of(copyreg.add_extension, 'm', 'n', 0x80000000) == \
    ('ValueError', 'code out of range')
copyreg.add_extension('m', 'n', 12345)
try:
    copyreg.add_extension('m', 'n', 12345)
    assert error_of(copyreg.add_extension, 'm', 'n', 12346) == \
        ('ValueError', "key ('m', 'n') is already registered with code 12345")
    assert error_of(copyreg.add_extension, 'm', 'o', 12345) == \
        ('ValueError', "code 12345 is already in use for key ('m', 'n')")
    assert copyreg._extension_registry[('m', 'n')] == 12345
    assert copyreg._inverted_registry[12345] == ('m', 'n')
    assert error_of(copyreg.remove_extension, 'm', 'n', 1) == \
        ('ValueError', "key ('m', 'n') is not registered with code 1")
finally:
    copyreg.remove_extension('m', 'n', 12345)
assert ('m', 'n') not in copyreg._extension_registry
assert 12345 not in copyreg._inverted_registry


# _slotnames: private names mangled, __dict__ and __weakref__ left out,
# cached as __slotnames__.
class A(object):
    __slots__ = ('a', '__p', '__dict__', '__weakref__', '__q__')


class B(A):
    __slots__ = 'b'


class C(B):
    pass

assert copyreg._slotnames(A) == ['a', '_A__p', '__q__']
assert copyreg._slotnames(C) == ['b', 'a', '_A__p', '__q__']
assert C.__dict__['__slotnames__'] == ['b', 'a', '_A__p', '__q__']
assert copyreg._slotnames(Point) == []
assert copyreg._slotnames(int) == []


# _reconstructor and _reduce_ex (protocols 0 and 1).
class MyInt(int):
    pass

x = copyreg._reconstructor(MyInt, int, 5)
assert type(x) is MyInt and x == 5
o = copyreg._reconstructor(Point, object, None)
assert type(o) is Point and o.__dict__ == {}
m = MyInt(3)
m.tag = 't'
assert m.__reduce_ex__(1) == (copyreg._reconstructor, (MyInt, int, 3),
                              {'tag': 't'})
assert MyInt(4).__reduce_ex__(0) == (copyreg._reconstructor,
                                     (MyInt, int, 4))
assert Point(1).__reduce_ex__(0) == (copyreg._reconstructor,
                                     (Point, object, None), {'x': 1})
assert error_of(copyreg._reduce_ex, 1j, 1) == \
    ('TypeError', "can't pickle complex objects")
r = Point(2).__reduce_ex__(2)
assert r[0] is copyreg.__newobj__ and r[1] == (Point,) and \
    r[2] == {'x': 2} and r[3:] == (None, None)
assert copyreg.__newobj__(MyInt, 9) == 9
