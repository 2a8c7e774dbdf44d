# The re module: matching, groups, spans, flags, positions.
import re

# match anchors at the start, search scans
assert re.match('b', 'abc') is None
assert re.search('b', 'abc').span() == (1, 2)
m = re.match(r'(\w+) (\w+)', 'hello world again')
assert m.group() == 'hello world'
assert m.group(0, 1, 2) == ('hello world', 'hello', 'world')
assert m.groups() == ('hello', 'world')
assert m.span(2) == (6, 11) and m.start(2) == 6 and m.end(2) == 11
assert m.regs == ((0, 11), (0, 5), (6, 11))
assert m.string == 'hello world again'
assert m.pos == 0 and m.endpos == 17
assert m.lastindex == 2 and m.lastgroup is None
assert m.re.pattern == r'(\w+) (\w+)'

# unmatched groups
m = re.match('(a)(b)?(c)?', 'ac')
assert m.groups() == ('a', None, 'c')
assert m.groups('-') == ('a', '-', 'c')
assert m.span(2) == (-1, -1)
assert m.group(2) is None
assert m.lastindex == 3

# named groups
m = re.match(r'(?P<first>\w+) (?P<last>\w+)?', 'Jane ')
assert m.group('first') == 'Jane'
assert m.groupdict() == {'first': 'Jane', 'last': None}
assert m.groupdict('?') == {'first': 'Jane', 'last': '?'}
assert m.lastgroup == 'first'
assert re.compile(r'(?P<a>x)(?P<b>y)').groupindex == {'a': 1, 'b': 2}
assert re.match(r'(?P<q>["\']).*?(?P=q)', '"hi" there').group() == '"hi"'
m = re.match('((a)b)', 'ab')
assert m.lastindex == 1
m = re.match('(a)|(b)', 'b')
assert m.lastindex == 2 and m.groups() == (None, 'b')

# group indexes: bools are numbers, bad ones raise IndexError
m = re.match('(a)', 'a')
assert m.group(True) == 'a' and m.group(False) == 'a'
for bad in (2, -1, 'x', 1.0):
    try:
        m.group(bad)
    except IndexError as e:
        assert str(e) == 'no such group'
    else:
        assert False, bad
try:
    m.start(1, 2)
except TypeError as e:
    assert str(e) == 'start expected at most 1 arguments, got 2'
else:
    assert False

# greedy, lazy, bounded repeats
assert re.match('a*', 'aaab').group() == 'aaa'
assert re.match('a*?', 'aaab').group() == ''
assert re.match('a{2,3}', 'aaaa').group() == 'aaa'
assert re.match('a{2,3}?', 'aaaa').group() == 'aa'
assert re.match('a{,2}', 'aaaa').group() == 'aa'
assert re.match('x{', 'x{').group() == 'x{'
assert re.match('x{1,a}', 'x{1,a}').group() == 'x{1,a}'
assert re.match('(ab)*c', 'ababc').group(1) == 'ab'
assert re.match('(a|ab)(c|bcd)(d*)', 'abcd').groups() == ('a', 'bcd', '')
assert re.match(r'(?:(a)|b)*', 'ab').groups() == ('a',)
assert re.match('(a+)+b', 'a' * 20 + 'b').group(1) == 'a' * 20

# backreferences, conditionals, lookaround
assert re.match(r'(a)\1', 'aa').group() == 'aa'
assert re.match(r'(?i)(a)\1', 'aA').group() == 'aA'
assert re.match(r'(a)?(?(1)b|c)', 'ab').group() == 'ab'
assert re.match(r'(a)?(?(1)b|c)', 'c').group() == 'c'
assert re.match(r'(?P<n><)?\w+(?(n)>)', '<ab>').group() == '<ab>'
assert re.search('a(?=b)', 'acab').span() == (2, 3)
assert re.search('a(?!b)', 'abac').span() == (2, 3)
assert re.search('(?<=a)b', 'cbab').span() == (3, 4)
assert re.search('(?<!a)b', 'abcb').span() == (3, 4)
assert re.match(r'(?=(\w+))\w', 'abc').group(1) == 'abc'

# character classes and escapes
assert re.findall('[a-c]+', 'xabcyccz') == ['abc', 'cc']
assert re.findall('[^a-c]+', 'xabcyccz') == ['x', 'y', 'z']
assert re.findall('[]a]', 'a]b') == ['a', ']']
assert re.findall('[a-]', 'a-b') == ['a', '-']
assert re.findall(r'[\d.]+', 'v1.25 x') == ['1.25']
assert re.match(r'\x41\101\0', 'AA\x00')
assert re.match(r'\t\n', '\t\n')
assert re.findall(r'\d+', 'a1b22c\u0663') == ['1', '22', '\u0663']
assert re.findall(r'\w+', 'caf\u00e9 na\u00efve') == ['caf\u00e9', 'na\u00efve']
assert re.findall(r'\w+', 'caf\u00e9', re.ASCII) == ['caf']
assert re.findall(r'(?a)\w+', 'caf\u00e9') == ['caf']
assert re.findall(r'\s+', 'a \u00a0\u2028b') == [' \u00a0\u2028']
assert re.findall(r'\b\w', 'ab cd') == ['a', 'c']
assert re.findall(r'\B\w', 'ab cd') == ['b', 'd']
assert re.search(r'\b', '') is None
assert re.search(r'\B', '') is None

# flags
assert re.match('abc', 'ABC', re.I)
assert re.match('(?i)[a-z]+$', 'MiXeD')
assert re.match('\u00e9', '\u00c9', re.I)
assert re.match('K', '\u212a', re.I)
assert re.match('\u212a', 'K', re.I)
assert re.match('k', '\u212a', re.I)
assert re.findall('^b', 'a\nb\nb', re.M) == ['b', 'b']
assert re.findall('a$', 'a\na\n', re.M) == ['a', 'a']
assert re.findall('a$', 'a\na\n') == ['a']
assert re.match('a.b', 'a\nb') is None
assert re.match('a.b', 'a\nb', re.S)
assert re.match('a b # comment\n c', 'abc', re.X)
assert re.match('(?x) a [ ] b', 'a b')
assert re.compile('a').flags == re.U
assert re.compile('(?i)a').flags == re.I | re.U
assert re.compile(b'a', re.I).flags == re.I
assert re.compile('a', re.A).flags == re.A

# pos and endpos
p = re.compile('a')
assert p.match('ba', 1).span() == (1, 2)
assert p.search('aba', 1).span() == (2, 3)
assert p.search('aba', 1, 2) is None
assert p.match('a', 5, 2) is None
assert p.search('ba', -5, 100).span() == (1, 2)
assert re.compile('^a').search('ba', 1) is None
assert re.compile('$').search('ab', 0, 1).span() == (1, 1)
assert re.compile('(?<=a)b').search('ab', 1).span() == (1, 2)
assert p.match(pattern='ba', pos=1).span() == (1, 2)
m = p.search('xxa', 1, 3)
assert (m.pos, m.endpos) == (1, 3)
try:
    p.match('a', None)
except TypeError as e:
    assert str(e) == "'NoneType' object cannot be interpreted as an integer"
else:
    assert False

# bytes patterns
assert re.match(b'a+', b'aaa').group() == b'aaa'
assert re.findall(b'\\w+', b'ab\xe9c') == [b'ab', b'c']
assert re.match(b'(?i)\xe9', b'\xc9') is None
assert re.match(b'(a)', bytearray(b'ab')).group(1) == bytearray(b'a')
assert re.findall(b'.', bytearray(b'ab')) == [bytearray(b'a'), bytearray(b'b')]

# deep backtracking does not overflow
assert re.match('(?:a|b)*c', 'ab' * 50000 + 'c').end() == 100001
assert re.match('(a|b)*?c', 'ab' * 20000 + 'c').group(1) == 'b'
assert re.match('(x+x+)+y', 'x' * 18) is None
