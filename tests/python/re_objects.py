# The re module: pattern and match objects, escape, purge, Scanner.
import re
import sys

p = re.compile(r'(?P<k>\w+)=(\d+)', re.I)
assert repr(p).startswith('<_sre.SRE_Pattern object at 0x')
assert type(p).__name__ == 'SRE_Pattern' and type(p).__module__ == '_sre'
assert p.pattern == r'(?P<k>\w+)=(\d+)'
assert p.flags == re.I | re.U
assert p.groups == 2
assert p.groupindex == {'k': 1}
m = p.search('x a=1')
assert repr(m).startswith('<_sre.SRE_Match object at 0x')
assert type(m).__name__ == 'SRE_Match'
assert m.re is p
assert m.lastgroup is None and m.lastindex == 2

# compiled patterns are cached
assert re.compile('abc') is re.compile('abc')
assert re.compile('abc') is not re.compile('abc', re.I)
assert re.compile(b'abc') is not re.compile('abc')
q = re.compile('xyz')
re.purge()
assert re.compile('xyz') is not q

for name, value in [('I', 2), ('IGNORECASE', 2), ('L', 4), ('LOCALE', 4),
                    ('M', 8), ('MULTILINE', 8), ('S', 16), ('DOTALL', 16),
                    ('U', 32), ('UNICODE', 32), ('X', 64), ('VERBOSE', 64),
                    ('A', 256), ('ASCII', 256), ('T', 1), ('TEMPLATE', 1),
                    ('DEBUG', 128)]:
    assert getattr(re, name) == value, name

# copying is refused, as in 3.2
for obj, what in ((p, 'pattern'), (m, 'match')):
    try:
        obj.__copy__()
    except TypeError as e:
        assert str(e) == 'cannot copy this %s object' % what
    else:
        assert False

# escape: every non-alphanumeric character, NUL as \000
assert re.escape('a-b.c d_e') == 'a\\-b\\.c\\ d\\_e'
assert re.escape('\x00\u00e9') == '\\000\\\u00e9'
assert re.escape(b'a-b\x00') == b'a\\-b\\000'
assert re.match(re.escape('1+1=2?'), '1+1=2?')

# the scanner object
sc = re.compile(r'\d').scanner('a1b2')
assert sc.pattern.pattern == r'\d'
assert sc.match() is None
assert sc.search().group() == '1'
assert sc.search().group() == '2'
assert sc.search() is None
sc = re.compile('a*').scanner('aab')
assert [sc.match().span(), sc.match().span(), sc.match().span(), sc.match()] == [(0, 2), (2, 2), (3, 3), None]

# re.Scanner
def number(scanner, token):
    assert scanner.match.group() == token
    return int(token)

lexicon = [
    (r'\d+', number),
    (r'\s+', None),
    (r'[a-z]+', lambda s, t: t.upper()),
    (r'=', '='),
]
scanner = re.Scanner(lexicon)
assert scanner.lexicon is lexicon
assert scanner.scanner.pattern is None
assert scanner.scan('x = 12 y') == (['X', '=', 12, 'Y'], '')
assert scanner.scan('12 ab ! 3') == ([12, 'AB'], '! 3')
assert scanner.scan('') == ([], '')
# phrases are compiled without the UNICODE flag
assert re.Scanner([(r'\w+', lambda s, t: t)]).scan('ab\u00e9') == (['ab'], '\u00e9')
assert re.Scanner([(r'\w+', lambda s, t: t)], re.U).scan('ab\u00e9') == (['ab\u00e9'], '')
assert re.Scanner([(r'a', 'A')], re.I).scan('aA') == (['A', 'A'], '')

# DEBUG prints the parse tree
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
out = Capture()
saved = sys.stdout
sys.stdout = out
try:
    re.compile('a[bc]+(?:x|y)', re.DEBUG)
finally:
    sys.stdout = saved
text = ''.join(out.parts)
assert text == ('literal 97 \n'
                'max_repeat 1 4294967295 \n'
                '  in \n'
                '    literal 98\n'
                '    literal 99\n'
                'subpattern None \n'
                '  in \n'
                '    literal 120\n'
                '    literal 121\n'), repr(text)

# re.Scanner can be subclassed, and its instances take attributes
class Doubler(re.Scanner):
    def __init__(self):
        re.Scanner.__init__(self, [(r'\d+', lambda s, t: s.conv(t)), (r'\s+', None)])
        self.count = 0
    def conv(self, t):
        self.count += 1
        return int(t) * 2

d = Doubler()
assert d.scan('1 2 3 x') == ([2, 4, 6], 'x') and d.count == 3
assert isinstance(d, re.Scanner) and type(d).__name__ == 'Doubler'
d.extra = 5
assert sorted(k for k in d.__dict__ if k != 'match') == ['count', 'extra', 'lexicon', 'scanner']
