# reprlib (Repr, repr, recursive_repr) and string (constants, capwords,
# Template, Formatter).
import reprlib
import string
from collections import deque
from string import Template, Formatter


def raises(exc, f, *args, **kwds):
    try:
        f(*args, **kwds)
    except exc as e:
        return str(e)
    raise AssertionError("%r did not raise %s" % (f, exc.__name__))


r = reprlib.repr
assert r(list(range(20))) == '[0, 1, 2, 3, 4, 5, ...]'
assert r(tuple(range(3))) == '(0, 1, 2)' and r((1,)) == '(1,)'
assert r(set(range(10))) == 'set([0, 1, 2, 3, 4, 5, ...])'
assert r(frozenset('abc')) == "frozenset(['a', 'b', 'c'])"
assert r({i: i for i in range(9)}) == '{0: 0, 1: 1, 2: 2, 3: 3, ...}'
assert r('x' * 100) == "'xxxxxxxxxxxx...xxxxxxxxxxxxx'"
assert r(2 ** 200) == '160693804425899027...2993782792835301376'
assert r(deque(range(9))) == 'deque([0, 1, 2, 3, 4, 5, ...])'
assert r([[[[[[[[1]]]]]]]]) == '[[[[[[[...]]]]]]]'
assert r({}) == '{}' and r([]) == '[]' and r(()) == '()' and r(set()) == 'set([])'
assert r(object) == "<class 'object'>" and r('a' * 28) == repr('a' * 28)
assert r('a' * 29) == "'aaaaaaaaaaaa...aaaaaaaaaaaaa'"


class Boom:
    def __repr__(self):
        raise ValueError


assert r(Boom()).startswith('<Boom instance at ')
aRepr = reprlib.Repr()
aRepr.maxlist = 2
aRepr.maxstring = 10
assert aRepr.repr([1, 2, 3]) == '[1, 2, ...]' and aRepr.repr('abcdefghijklmn') == "'ab...lmn'"


class Container:
    def __init__(self):
        self.items = []

    @reprlib.recursive_repr()
    def __repr__(self):
        """my repr"""
        return 'C(%r)' % self.items


c = Container()
c.items.append(c)
c.items.append(1)
assert repr(c) == 'C([..., 1])' and Container.__repr__.__name__ == '__repr__'
assert Container.__repr__.__doc__ == 'my repr'


class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'O%r' % (self.me,)


o = Other()
o.me = o
assert repr(o) == 'O<loop>'
assert reprlib.__all__ == ['Repr', 'repr', 'recursive_repr']

# string constants and capwords
assert string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase
assert string.ascii_lowercase == 'abcdefghijklmnopqrstuvwxyz'
assert string.digits == '0123456789' and string.octdigits == '01234567'
assert string.hexdigits == '0123456789abcdefABCDEF'
assert string.punctuation == '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
assert string.whitespace == ' \t\n\r\x0b\x0c' and len(string.printable) == 100
assert string.capwords(' hello   world  ') == 'Hello World'
assert string.capwords('a-b-c', '-') == 'A-B-C'
assert not hasattr(string, 'maketrans') and not hasattr(string, 'letters')

# Template
t = Template('$who likes ${what}, $$5')
assert t.substitute(who='tim', what='kung pao') == 'tim likes kung pao, $5'
assert t.substitute({'who': 'a', 'what': 'b'}) == 'a likes b, $5'
assert t.substitute({'who': 'a', 'what': 'b'}, who='c') == 'c likes b, $5'
assert t.safe_substitute(who='x') == 'x likes ${what}, $5'
assert raises(KeyError, Template('$who').substitute) == "'who'"
assert raises(ValueError, Template('a $ b').substitute) == 'Invalid placeholder in string: line 1, col 3'
assert raises(ValueError, Template('line\n  $1').substitute) == 'Invalid placeholder in string: line 2, col 3'
assert Template('a $ b ${x').safe_substitute() == 'a $ b ${x'
assert raises(TypeError, t.substitute, {}, {}) == 'Too many positional arguments'
assert Template('$ABC').substitute(ABC=1) == '1'     # names ignore case by default


class Percent(Template):
    delimiter = '%'
    idpattern = '[a-z]+_[a-z]+'


assert Percent('%foo_bar %baz %%').safe_substitute(foo_bar=1, baz=2) == '1 %baz %'
assert Percent.pattern.pattern != Template.pattern.pattern

# Formatter
f = Formatter()
assert f.format('{0}-{x!r}-{1:>{2}}|{y[a]}.{z.real}', 1, 'b', 4, x='q', y={'a': 7}, z=3j) == \
    "1-'q'-   b|7.0.0"
assert list(f.parse('a{0!s:x}b')) == [('a', '0', 'x', 's'), ('b', None, None, None)]
assert f.vformat('{a}{0}', (1,), {'a': 2}) == '21'
assert f.convert_field(1, 'a') == '1' and f.get_field('0.real', (5,), {}) == (5, 0)
assert raises(ValueError, f.convert_field, 1, 'x') == 'Unknown conversion specifier x'
assert raises(ValueError, f.format, '{0:{1:{2:{3}}}}', 1, 2, 3, 4) == 'Max string recursion exceeded'


class Upper(Formatter):
    def get_value(self, key, args, kwargs):
        return 'V%s' % key

    def format_field(self, value, spec):
        return str(value).upper()


assert Upper().format('{a} {0}') == 'VA V0'
used = []


class Checker(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        used.append(sorted(used_args, key=str))


Checker().format('{0}{b}', 1, 2, b=3)
assert used == [[0, 'b']]
