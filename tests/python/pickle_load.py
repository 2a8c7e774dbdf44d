# Unpickling: every opcode, the errors malformed data raises, and the
# Pickler/Unpickler objects (memo, persistent ids, find_class, extension
# codes, Python 2 names).
import io
import pickle
import copyreg
import sys


def loads_error(data, **kw):
    try:
        value = pickle.loads(data, **kw)
    except Exception as e:
        return type(e).__name__, str(e)
    raise AssertionError('no error for %r: %r' % (data, value))


# --- values of the opcodes ---------------------------------------------------

good = [
    (b'I12\n.', 12), (b'I01\n.', True), (b'I00\n.', False), (b'I-0\n.', False),
    (b'I1\n.', 1), (b'I0x10\n.', 16), (b'I010\n.', 8), (b'I+5\n.', 5),
    (b'I5 \n.', 5), (b'I99999999999999999999999\n.', 99999999999999999999999),
    (b'L12\n.', 12), (b'L12L\n.', 12), (b'L0x10L\n.', 16), (b'L 5L\n.', 5),
    (b'J\xff\xff\xff\xff.', -1), (b'K\x07.', 7), (b'M\x01\x02.', 513),
    (b'\x8a\x02\xff\x7f.', 32767), (b'\x8a\x00.', 0),
    (b'\x8a\x01\x80.', -128),
    (b'\x8b\x02\x00\x00\x00\x00\x80.', -32768),
    (b'F1.5\n.', 1.5), (b'Finf\n.', float('inf')),
    (b'G?\xf8\x00\x00\x00\x00\x00\x00.', 1.5),
    (b'S"abc"\n.', 'abc'), (b"S'abc'\n.", 'abc'), (b'S"a\\x41\\n"\n.', 'aA\n'),
    (b"S'\\8\\q\\101\\1'\n.", '\\8\\qA\x01'),
    (b'U\x03abc.', 'abc'), (b'T\x03\x00\x00\x00abc.', 'abc'),
    (b'Vabc\\u1234\n.', 'abc\u1234'), (b'V\n.', ''),
    (b'X\x03\x00\x00\x00\xe2\x82\xac.', '\u20ac'),
    (b'X\x03\x00\x00\x00\xed\xb2\x80.', '\udc80'),
    (b'B\x03\x00\x00\x00abc.', b'abc'), (b'C\x01a.', b'a'),
    (b'N.', None), (b'\x88.', True), (b'\x89.', False),
    (b'(K\x01K\x02t.', (1, 2)), (b').', ()), (b'K\x01\x85.', (1,)),
    (b'K\x01K\x02\x86.', (1, 2)), (b'K\x01K\x02K\x03\x87.', (1, 2, 3)),
    (b']K\x01a.', [1]), (b'](K\x01K\x02e.', [1, 2]), (b'(K\x01l.', [1]),
    (b'}K\x01K\x02s.', {1: 2}), (b'}(K\x01K\x02K\x03K\x04u.', {1: 2, 3: 4}),
    (b'(K\x01K\x02d.', {1: 2}), (b'(Nd.', {}), (b'(Nl.', [None]),
    (b'(N.', None), (b'N(.', None), (b'N(0.', None), (b'N(1.', None),
    (b'K\x01K\x022.', 2), (b'K\x01(K\x021.', 1), (b'K\x01K\x020.', 1),
    (b'Va\np0\n0g0\n.', 'a'), (b'Va\nq\x000h\x00.', 'a'),
    (b'Va\nr\x00\x01\x00\x000j\x00\x01\x00\x00.', 'a'),
    (b'\x80\x02(K\x01K\x02K\x03tq\x01h\x01\x86.', ((1, 2, 3), (1, 2, 3))),
    (b'c__builtin__\nlen\n.', len), (b'cbuiltins\nlen\n.', len),
    (b'c__builtin__\nxrange\n.', range),
    (b'c__builtin__\nset\n(K\x01K\x02l\x85R.', {1, 2}),
    (b'\x80\x02cbuiltins\nint\n)\x81.', 0),
    (b'\x80\x02cbuiltins\nint\nK\x05\x85\x81.', 5),
    (b'(K\x01ibuiltins\nint\n.', 1),
    (b'(cbuiltins\nfrozenset\no.', frozenset()),
]
for data, expected in good:
    value = pickle.loads(data)
    assert value == expected and type(value) is type(expected), \
        (data, value, expected)

value = pickle.loads(b'(c__builtin__\nobject\no.')
assert type(value) is object
value = pickle.loads(b'cbuiltins\nobject\n)RNb.')
assert type(value) is object

# A list that contains itself.
r = pickle.loads(b'(lp0\ng0\na.')
assert r[0] is r
r = pickle.loads(b'\x80\x02]q\x00h\x00a.')
assert len(r) == 1 and r[0] is r

# 8-bit strings from Python 2 and their decoding.
assert pickle.loads(b'U\x03\xff\xfe\xfd.', encoding='latin1') == \
    '\xff\xfe\xfd'
assert pickle.loads(b'U\x02\xff\xfe.', encoding='ascii',
                    errors='replace') == '\ufffd\ufffd'
assert loads_error(b'U\x03\xff\xfe\xfd.')[0] == 'UnicodeDecodeError'
assert pickle.loads(b'\x80\x03U\x00q\x00.', encoding='koi8-r') == ''


# --- errors ------------------------------------------------------------------

errors = [
    (b'', ('EOFError', '')),
    (b'N', ('EOFError', '')),
    (b'K', ('EOFError', '')),
    (b'J\x00', ('EOFError', '')),
    (b'X\x05\x00\x00\x00ab', ('EOFError', '')),
    (bytes([0x58, 0, 0, 0, 0, 0x54]), ('EOFError', '')),
    (b'I12', ('EOFError', '')),
    (b'(', ('EOFError', '')),
    (b'\x00', ('EOFError', '')),
    (b'I', ('UnpicklingError', 'pickle data was truncated')),
    (b'I\n', ('UnpicklingError', 'pickle data was truncated')),
    (b'S\n', ('UnpicklingError', 'pickle data was truncated')),
    (b"S'\n", ('UnpicklingError', 'pickle data was truncated')),
    (b'F\n.', ('UnpicklingError', 'pickle data was truncated')),
    (b'0', ('UnpicklingError', 'unpickling stack underflow')),
    (b'2', ('UnpicklingError', 'unpickling stack underflow')),
    (b'a', ('UnpicklingError', 'unpickling stack underflow')),
    (b'(a.', ('UnpicklingError', 'unpickling stack underflow')),
    (b'p0\n.', ('UnpicklingError', 'unpickling stack underflow')),
    (b'(2.', ('UnpicklingError', 'unpickling stack underflow')),
    (b'(K\x01u.', ('UnpicklingError', 'unpickling stack underflow')),
    (b'}K\x01s.', ('UnpicklingError', 'unpickling stack underflow')),
    (b']K\x01K\x02e.', ('UnpicklingError', 'unpickling stack underflow')),
    (b'(0.', ('UnpicklingError', 'bad pickle data')),
    (b'.', ('UnpicklingError', 'bad pickle data')),
    (b'\x85.', ('UnpicklingError', 'bad pickle data')),
    (b'1', ('UnpicklingError', 'could not find MARK')),
    (b't', ('UnpicklingError', 'could not find MARK')),
    (b'}(K\x01u.', ('UnpicklingError', 'odd number of items for SETITEMS')),
    (b'Z.', ('UnpicklingError', "invalid load key, 'Z'.")),
    (b'\x80\x04N.', ('ValueError', 'unsupported pickle protocol: 4')),
    (b'g0\np0', ('KeyError', '0')),
    (b'h\x00.', ('KeyError', '0')),
    (b'j\x05\x00\x00\x00.', ('KeyError', '5')),
    (b'Fabc\n.', ('ValueError', 'could not convert string to float: abc\n')),
    (b'F1.5x\n.', ('ValueError', 'could not convert string to float')),
    (b'F 1.5\n.', ('ValueError',
                   'could not convert string to float:  1.5\n')),
    (b'Iabc\n.', ('ValueError', 'could not convert string to int')),
    (b'Sabc\n.', ('ValueError', 'insecure string pickle')),
    (b"S'a\n", ('ValueError', 'insecure string pickle')),
    (b"S'abc'   ?\np0\n.", ('ValueError', 'insecure string pickle')),
    (b"S'abc\"\np0\n.", ('ValueError', 'insecure string pickle')),
    (b"S'\\x4'\n.", ('ValueError', 'invalid \\x escape at position 0')),
    (b"S'\\'\n.", ('ValueError', 'Trailing \\ in string')),
    (b'Va\np-1\n.', ('ValueError', 'negative PUT argument')),
    (b'\x82\x00.', ('UnpicklingError', 'EXT specifies code <= 0')),
    (b'\x82\x01.', ('ValueError', 'unregistered extension code 1')),
    (b'\x8b\xff\xff\xff\xff.',
     ('UnpicklingError', 'LONG pickle has negative byte count')),
    (b'\x80\x02N)\x81.',
     ('UnpicklingError', "NEWOBJ class argument isn't a type object")),
    (b'\x80\x02cbuiltins\nint\nN\x81.',
     ('UnpicklingError', 'NEWOBJ expected an arg tuple.')),
    (b'cbuiltins\nobject\n)R(K\x01K\x02tb.',
     ('UnpicklingError', 'state is not a dictionary')),
    (b'P12\n.', ('UnpicklingError',
                 'A load persistent id instruction was encountered,\n'
                 'but no persistent_load function was specified.')),
    (b'K\x01Q.', ('UnpicklingError',
                  'A load persistent id instruction was encountered,\n'
                  'but no persistent_load function was specified.')),
    (b'cnosuchmodule\nx\n.', ('ImportError', 'No module named nosuchmodule')),
    (b'c__builtin__\nxrange\n.', ('ImportError',
                                  'No module named __builtin__')),
]
for data, expected in errors:
    kw = {'fix_imports': False} if b'xrange' in data else {}
    got = loads_error(data, **kw)
    assert got == expected, (data, got, expected)

assert loads_error(b'cbuiltins\nnope\n.')[0] == 'AttributeError'
assert loads_error('N.')[0] == 'TypeError'


# --- constructors ------------------------------------------------------------

def error_of(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        return type(e).__name__, str(e)
    return None

assert error_of(pickle.Pickler, 1) == \
    ('TypeError', "file must have a 'write' attribute")
assert error_of(pickle.Pickler, io.BytesIO(), 4) == \
    ('ValueError', 'pickle protocol must be <= 3')
assert error_of(pickle.Pickler, io.BytesIO(), -5) is None
assert error_of(pickle.dumps, 1, 4) == \
    ('ValueError', 'pickle protocol must be <= 3')
assert error_of(pickle.Unpickler, 1) == \
    ('TypeError', "file must have 'read' and 'readline' attributes")
assert pickle.HIGHEST_PROTOCOL == 3 and pickle.DEFAULT_PROTOCOL == 3
assert pickle.dumps(None) == b'\x80\x03N.'
assert pickle.dumps(None, -1) == b'\x80\x03N.'
assert issubclass(pickle.PicklingError, pickle.PickleError)
assert issubclass(pickle.UnpicklingError, pickle.PickleError)
assert issubclass(pickle.PickleError, Exception)
for name in ['MARK', 'STOP', 'PROTO', 'LONG4', 'BINBYTES', 'TRUE',
             'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL', 'Pickler', 'loads']:
    assert name in pickle.__all__, name
assert pickle.TRUE == b'I01\n' and pickle.NEWOBJ == b'\x81'


class BadPickler(pickle.Pickler):
    def __init__(self):
        pass


class BadUnpickler(pickle.Unpickler):
    def __init__(self):
        pass

assert error_of(BadPickler().dump, 0) == (
    'PicklingError',
    'Pickler.__init__() was not called by BadPickler.__init__()')
assert error_of(BadUnpickler().load) == (
    'UnpicklingError',
    'Unpickler.__init__() was not called by BadUnpickler.__init__()')

# dump writes to the file; load reads one pickle and stops after it.
f = io.BytesIO()
pickle.dump([1, 'a'], f, 2)
pickle.dump(None, f)
pickle.dump({'k': b'v'}, f, protocol=0)
f.seek(0)
assert pickle.load(f) == [1, 'a']
assert f.tell() == len(pickle.dumps([1, 'a'], 2))
assert pickle.load(f) is None
assert pickle.load(f) == {'k': b'v'}
assert error_of(pickle.load, f) == ('EOFError', '')


# --- the memo ----------------------------------------------------------------

data = ["abcdefg", "abcdefg", 44]
f = io.BytesIO()
p = pickle.Pickler(f)
p.dump(data)
first = f.getvalue()
assert first == b'\x80\x03]q\x00(X\x07\x00\x00\x00abcdefgq\x01h\x01K,e.'
f.seek(0)
f.truncate()
p.dump(data)
second = f.getvalue()
assert second == b'\x80\x03h\x00.'
p.clear_memo()
f.seek(0)
f.truncate()
p.dump(data)
assert f.getvalue() == first

u = pickle.Unpickler(io.BytesIO(first))
loaded = u.load()
assert loaded == data
u2 = pickle.Unpickler(io.BytesIO(second))
u2.memo = u.memo
assert u2.load() is loaded

# More than 256 memo entries use LONG_BINPUT and LONG_BINGET.
many = [str(i) for i in range(300)]
s = pickle.dumps(many + [many[280]], 1)
assert b'r\x19\x01\x00\x00' in s and b'j\x19\x01\x00\x00' in s
assert pickle.loads(s) == many + [many[280]]
s0 = pickle.dumps(many + [many[280]], 0)
assert b'p281\n' in s0 and b'g281\n' in s0

# fast mode memoizes nothing.
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.fast = 1
p.dump(['x', ('y',)])
assert f.getvalue() == \
    b'\x80\x02](X\x01\x00\x00\x00xX\x01\x00\x00\x00y\x85e.'
assert pickle.loads(f.getvalue()) == ['x', ('y',)]
f = io.BytesIO()
p = pickle.Pickler(f, 0)
p.fast = 1
p.dump(['x', ('y',)])
assert f.getvalue() == b'(lVx\na(Vy\nta.'


# --- persistent ids ----------------------------------------------------------

class PersPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, int) and obj % 2 == 0:
            return 'even%d' % obj
        return None


class PersUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        self.seen.append(pid)
        if isinstance(pid, bytes):
            pid = pid.decode('ascii')
        return int(pid[4:])

for proto in range(4):
    f = io.BytesIO()
    PersPickler(f, proto).dump([1, 2, 3, 4])
    data = f.getvalue()
    u = PersUnpickler(io.BytesIO(data))
    u.seen = []
    assert u.load() == [1, 2, 3, 4]
    if proto == 0:
        assert data == b'(lp0\nL1L\naPeven2\naL3L\naPeven4\na.', data
        # Protocol 0 ids come back as bytes.
        assert u.seen == [b'even2', b'even4'], u.seen
    else:
        assert u.seen == ['even2', 'even4'], u.seen
        assert pickle.BINPERSID in data


# --- find_class and Python 2 names -------------------------------------------

class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        self.asked.append((module, name))
        return pickle.Unpickler.find_class(self, module, name)

u = Restricted(io.BytesIO(b'c__builtin__\nxrange\n.'))
u.asked = []
assert u.load() is range
assert u.asked == [('__builtin__', 'xrange')]
u = Restricted(io.BytesIO(b'c__builtin__\nlen\n.'), fix_imports=False)
u.asked = []
assert error_of(u.load) == ('ImportError', 'No module named __builtin__')
# Protocol 3 pickles are not mapped.
assert loads_error(b'\x80\x03c__builtin__\nlen\n.') == \
    ('ImportError', 'No module named __builtin__')
assert pickle.loads(b'\x80\x02c__builtin__\nlen\n.') is len

# Writing: protocols 0-2 use Python 2's names unless fix_imports is off.
assert pickle.dumps(range, 2) == b'\x80\x02c__builtin__\nxrange\nq\x00.'
assert pickle.dumps(range, 2, fix_imports=False) == \
    b'\x80\x02cbuiltins\nrange\nq\x00.'
assert pickle.dumps(range, 3) == b'\x80\x03cbuiltins\nrange\nq\x00.'
assert pickle.dumps(copyreg.pickle, 1) == b'ccopy_reg\npickle\nq\x00.'
import collections
assert pickle.dumps(collections.UserList, 0) == \
    b'cUserString\nUserList\np0\n.'
assert pickle.dumps(sys.intern, 0) == b'c__builtin__\nintern\np0\n.'


# --- the extension registry --------------------------------------------------

class Registered(object):
    pass

copyreg.add_extension(__name__, 'Registered', 0x1234)
try:
    s = pickle.dumps(Registered, 2)
    assert s == b'\x80\x02\x83\x34\x12.', s
    assert pickle.loads(s) is Registered
    assert pickle.dumps(Registered, 1) == \
        ('c%s\nRegistered\nq\x00.' % __name__).encode('ascii')
    copyreg.clear_extension_cache()
finally:
    copyreg.remove_extension(__name__, 'Registered', 0x1234)
for code, form in [(1, b'\x82\x01'), (0xff, b'\x82\xff'),
                   (0x100, b'\x83\x00\x01'), (0xffff, b'\x83\xff\xff'),
                   (0x10000, b'\x84\x00\x00\x01\x00'),
                   (0x7fffffff, b'\x84\xff\xff\xff\x7f')]:
    copyreg.add_extension(__name__, 'Registered', code)
    try:
        assert pickle.dumps(Registered, 3) == b'\x80\x03' + form + b'.'
        assert pickle.loads(b'\x80\x02' + form + b'.') is Registered
    finally:
        copyreg.remove_extension(__name__, 'Registered', code)
assert loads_error(b'\x80\x02\x82\x01.') == \
    ('ValueError', 'unregistered extension code 1')


# --- errors while pickling ---------------------------------------------------

class NoReduce(object):
    def __reduce_ex__(self, proto):
        return 42


class ShortReduce(object):
    def __reduce__(self):
        return (list,)


class BadCallable(object):
    def __reduce__(self):
        return (1, ())


class BadArgs(object):
    def __reduce__(self):
        return (list, [])


class BadListItems(object):
    def __reduce__(self):
        return (list, (), None, [1])


class BadDictItems(object):
    def __reduce__(self):
        return (dict, (), None, None, [1])


class WrongClass(object):
    def __reduce_ex__(self, proto):
        return (copyreg.__newobj__, (int,))


class EmptyNewobj(object):
    def __reduce_ex__(self, proto):
        return (copyreg.__newobj__, ())


def local_function():
    def inner():
        pass
    return inner

for proto in range(4):
    assert error_of(pickle.dumps, NoReduce(), proto) == \
        ('PicklingError', '__reduce__ must return a string or tuple')
    assert error_of(pickle.dumps, ShortReduce(), proto) == \
        ('PicklingError', 'tuple returned by __reduce__ must contain 2 '
         'through 5 elements')
    assert error_of(pickle.dumps, BadCallable(), proto) == \
        ('PicklingError', 'first item of the tuple returned by __reduce__ '
         'must be callable')
    assert error_of(pickle.dumps, BadArgs(), proto) == \
        ('PicklingError', 'second item of the tuple returned by __reduce__ '
         'must be a tuple')
    assert error_of(pickle.dumps, BadListItems(), proto) == \
        ('PicklingError', 'Fourth element of tuplereturned by __reduce__ '
         'must be an iterator, not list')
    assert error_of(pickle.dumps, BadDictItems(), proto) == \
        ('PicklingError', 'Fifth element of tuplereturned by __reduce__ '
         'must be an iterator, not list')
    assert error_of(pickle.dumps, local_function(), proto)[0] in \
        ('PicklingError', 'TypeError')
if True:
    assert error_of(pickle.dumps, WrongClass(), 2) == \
        ('PicklingError', 'args[0] from __newobj__ args has the wrong class')
    assert error_of(pickle.dumps, EmptyNewobj(), 2) == \
        ('PicklingError', '__newobj__ arglist is empty')
    assert error_of(pickle.dumps, type(None), 2) == \
        ('PicklingError', "Can't pickle <class 'NoneType'>: attribute "
         "lookup builtins.NoneType failed")
    assert error_of(pickle.dumps, local_function(), 0) == \
        ('TypeError', "can't pickle function objects")
    assert error_of(pickle.dumps, '\xe9t\xe9'.__class__, 2) is None

Shadow = type('Shadow', (), {})
Shadowed = Shadow
Shadow = 1
assert error_of(pickle.dumps, Shadowed, 2) == \
    ('PicklingError', "Can't pickle %r: it's not the same object as "
     "%s.Shadow" % (Shadowed, __name__))
Nowhere = type('Nowhere', (), {'__module__': 'no_such_module_here'})
assert error_of(pickle.dumps, Nowhere, 2) == \
    ('PicklingError', "Can't pickle %r: import of module "
     "'no_such_module_here' failed" % (Nowhere,))

# __reduce_ex__ is called with the protocol; __reduce__ when that is
# object's own.
calls = []


class ReduceEx(object):
    def __reduce_ex__(self, proto):
        calls.append(proto)
        return (ReduceEx, ())


class ReduceOnly(object):
    def __reduce__(self):
        calls.append('reduce')
        return (ReduceOnly, ())

for proto in range(4):
    pickle.dumps(ReduceEx(), proto)
    pickle.dumps(ReduceOnly(), proto)
assert calls == [0, 'reduce', 1, 'reduce', 2, 'reduce', 3, 'reduce'], calls

# __setstate__ receives the state; slot state is set as attributes.


class Slots(object):
    __slots__ = ('a', 'b')

s = Slots()
s.a = 1
for proto in range(2, 4):
    t = pickle.loads(pickle.dumps(s, proto))
    assert t.a == 1 and not hasattr(t, 'b')
for proto in range(2):
    assert error_of(pickle.dumps, s, proto) == \
        ('TypeError', 'a class that defines __slots__ without defining '
         '__getstate__ cannot be pickled')


class SetState(object):
    def __setstate__(self, state):
        self.got = state

x = pickle.loads(b'\x80\x02c' + __name__.encode() +
                 b'\nSetState\n)\x81K\x05b.')
assert x.got == 5
