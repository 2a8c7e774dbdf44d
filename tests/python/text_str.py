# str: the operations programs use on str values and str subclasses, with
# CPython 3.2's results and messages.

def err(thunk):
    try:
        thunk()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
    return 'no error'

# Building strings.
s = ''
for part in ['ab', 'cé', '\U0001f600']:
    s += part
assert s == 'abcé\U0001f600', repr(s)
assert len(s) == 5, repr(len(s))
assert s[3] == 'é' and s[-1] == '\U0001f600', repr(s)
assert s[::-1] == '\U0001f600écba', repr(s[::-1])
assert list(s) == ['a', 'b', 'c', 'é', '\U0001f600'], repr(list(s))
assert [c for c in 'xyz'] == ['x', 'y', 'z']
it = iter('ab')
assert next(it) == 'a' and next(it) == 'b', 'iter'
assert err(lambda: next(it)) == 'StopIteration: ', err(lambda: next(it))
assert type(iter('')).__name__ == 'str_iterator', type(iter('')).__name__
long = 'é' * 1000 + 'abc' + 'ü' * 1000
assert long[1000:1003] == 'abc', repr(long[1000:1003])
assert long[1001] == 'b' and long[-1] == 'ü' and long[999] == 'é', 'long index'
assert long.find('abc') == 1000, repr(long.find('abc'))
assert long.rfind('é', 0, 1500) == 999, repr(long.rfind('é', 0, 1500))
assert long.index('c', 500) == 1002, repr(long.index('c', 500))
assert long.count('ü', 1500) == 503, repr(long.count('ü', 1500))
assert long.startswith('abc', 1000) and long.endswith('abc', 0, 1003), 'tailmatch'

# Comparisons and hashing.
assert 'a' < 'b' < 'ba' and 'Z' < 'a', 'order'
assert sorted(['b', 'a', 'é', 'A']) == ['A', 'a', 'b', 'é'], sorted(['b', 'a', 'é', 'A'])
assert err(lambda: 'a' < 1) == 'TypeError: unorderable types: str() < int()', err(lambda: 'a' < 1)
assert ('a' == 1) is False and ('a' != 1) is True, 'eq'
d = {'key': 1, 'ké': 2}
assert d['key'] == 1 and d['k' + 'é'] == 2, repr(d)
assert hash('abc') == hash('ab' + 'c'), 'hash'

# Errors of the operators.
assert err(lambda: 'a' + 1) == "TypeError: Can't convert 'int' object to str implicitly", err(lambda: 'a' + 1)
assert err(lambda: 1 + 'a') == "TypeError: unsupported operand type(s) for +: 'int' and 'str'", err(lambda: 1 + 'a')
assert err(lambda: 'a' * 1.5) == "TypeError: can't multiply sequence by non-int of type 'float'", err(lambda: 'a' * 1.5)
assert err(lambda: 'a'['x']) == 'TypeError: string indices must be integers', err(lambda: 'a'['x'])
assert err(lambda: 'a'[1]) == 'IndexError: string index out of range', err(lambda: 'a'[1])
assert err(lambda: 1 in 'a') == "TypeError: 'in <string>' requires string as left operand, not int", err(lambda: 1 in 'a')

class Radd:
    def __radd__(self, other):
        return 'radd:' + other
    def __rmul__(self, other):
        return 'rmul:' + other
    def __index__(self):
        return 2
assert 'x' + Radd() == 'radd:x', repr('x' + Radd())
assert 'x' * Radd() == 'rmul:x', repr('x' * Radd())

class Idx:
    def __index__(self):
        return 1
assert 'abc'[Idx()] == 'b', repr('abc'[Idx()])
assert 'ab' * Idx() == 'ab', repr('ab' * Idx())
assert 'abcd'[Idx():3] == 'bc', repr('abcd'[Idx():3])

# str() and repr() of objects.
class S:
    def __str__(self):
        return 'S!'
    def __repr__(self):
        return 'S()'
assert str(S()) == 'S!' and repr(S()) == 'S()', 'S'
class Bad:
    def __str__(self):
        return 1
assert err(lambda: str(Bad())) == 'TypeError: __str__ returned non-string (type int)', err(lambda: str(Bad()))
assert str() == '' and str(12) == '12' and str(None) == 'None', 'str()'
assert str(b'ab') == "b'ab'", str(b'ab')
assert str(b'\xc3\xa9', 'utf-8') == 'é', 'decode'
assert ascii('é\n') == "'\\xe9\\n'", ascii('é\n')
assert repr('it\'s') == '"it\'s"', repr("it's")

# Subclasses of str.
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
assert n == 'bob' and isinstance(n, str) and type(n) is Name, 'subclass'
assert n.shout() == 'BOB!', n.shout()
assert type(n + 'x') is str and n + 'x' == 'bobx', repr(n + 'x')
assert type(n.upper()) is str, type(n.upper())
assert type(str(n)) is str and str(n) == 'bob', repr(str(n))
assert type(n[:]) is str, type(n[:])
assert hash(n) == hash('bob'), 'hash of subclass'
assert {n: 1}['bob'] == 1, 'dict key'
assert len(n) == 3 and n[0] == 'b', 'len'
assert repr(n) == "'bob'", repr(n)
n.attr = 5
assert n.attr == 5, 'subclass instance dict'
class Upper(str):
    def __new__(cls, value):
        return str.__new__(cls, value.upper())
assert Upper('abc') == 'ABC' and type(Upper('abc')) is Upper, repr(Upper('abc'))
class Eq(str):
    def __eq__(self, other):
        return True
    __hash__ = str.__hash__
assert Eq('a') == 'b', 'subclass __eq__'
class Strish(str):
    def __str__(self):
        return 'custom'
assert str(Strish('x')) == 'custom', str(Strish('x'))
assert '%s' % Strish('x') == 'custom', '%s' % Strish('x')
assert '{}'.format(Strish('x')) == 'custom', '{}'.format(Strish('x'))

# Methods that programs use daily.
words = 'the quick  brown\tfox\njumps'
assert words.split() == ['the', 'quick', 'brown', 'fox', 'jumps'], words.split()
assert words.split(' ', 2) == ['the', 'quick', ' brown\tfox\njumps'], words.split(' ', 2)
assert '-'.join(words.split()) == 'the-quick-brown-fox-jumps', '-'.join(words.split())
assert ''.join(c.upper() for c in 'abc') == 'ABC', 'join generator'
assert err(lambda: ''.join([1])) == 'TypeError: sequence item 0: expected str instance, int found', err(lambda: ''.join([1]))
assert ','.join(Name(x) for x in 'ab') == 'a,b', 'join subclass items'
assert 'a=1;b=2'.partition(';') == ('a=1', ';', 'b=2'), 'a=1;b=2'.partition(';')
k, sep, v = 'key=value=x'.rpartition('=')
assert (k, sep, v) == ('key=value', '=', 'x'), (k, sep, v)
assert '  x  '.strip() == 'x' and 'xxaxx'.strip('x') == 'a', 'strip'
assert 'Hello'.replace('l', 'L') == 'HeLLo', 'replace'
assert 'hello world'.title() == 'Hello World', 'title'
assert '7'.zfill(3) == '007' and '-7'.zfill(3) == '-07', 'zfill'
assert 'a\nb\n'.splitlines() == ['a', 'b'], 'splitlines'
assert 'abc'.translate({ord('a'): 'A', ord('c'): None}) == 'Ab', 'translate'
class Table:
    def __getitem__(self, c):
        if c == ord('x'):
            raise LookupError
        return c + 1
assert 'axb'.translate(Table()) == 'bxc', 'axb'.translate(Table())
assert 'é'.encode() == b'\xc3\xa9' and 'é'.encode('latin-1') == b'\xe9', 'encode'
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    assert (e.encoding, e.object, e.start, e.end, e.reason) == ('ascii', 'é', 0, 1, 'ordinal not in range(128)'), (e.encoding, e.object, e.start, e.end, e.reason)
    assert str(e) == "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)", str(e)
else:
    assert False, 'no UnicodeEncodeError'
try:
    b'a\xffb'.decode()
except UnicodeDecodeError as e:
    assert (e.encoding, e.object, e.start, e.end, e.reason) == ('utf-8', b'a\xffb', 1, 2, 'invalid start byte'), (e.encoding, e.object, e.start, e.end, e.reason)
else:
    assert False, 'no UnicodeDecodeError'
assert isinstance(UnicodeEncodeError('a', 'b', 0, 1, 'c'), ValueError), 'hierarchy'
assert str.maketrans('ab', 'xy') == {97: 120, 98: 121}, str.maketrans('ab', 'xy')
assert chr(97) == 'a' and ord('\U0001f600') == 0x1f600, 'chr/ord'
assert err(lambda: chr(0x110000)) == 'ValueError: chr() arg not in range(0x110000)', err(lambda: chr(0x110000))
assert err(lambda: ord('ab')) == 'TypeError: ord() expected a character, but string of length 2 found', err(lambda: ord('ab'))
assert 'abc'.__len__() == 3 and 'abc'.__contains__('b') and 'abc'.__getitem__(1) == 'b', 'dunders'
assert 'ab'.__add__('c') == 'abc' and 'ab'.__mul__(2) == 'abab' and 'ab'.__rmul__(2) == 'abab', 'number dunders'
assert str.upper('x') == 'X', 'unbound method'
assert err(lambda: str.upper(1)) == "TypeError: descriptor 'upper' requires a 'str' object but received a 'int'", err(lambda: str.upper(1))
