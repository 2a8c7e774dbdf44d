# str.format, format(), __format__ and %-formatting, with CPython 3.2's
# results and messages.

def err(thunk):
    try:
        thunk()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
    return 'no error'

# Replacement fields.
assert '{0}-{1}-{0}'.format('a', 'b') == 'a-b-a', '{0}-{1}-{0}'.format('a', 'b')
assert '{}-{}'.format(1, 2) == '1-2', 'auto numbering'
assert '{name}:{0}'.format(5, name='n') == 'n:5', 'keyword'
class P:
    x = 3
    items = [10, 20]
assert '{0.x} {0.items[1]} {d[k]}'.format(P(), d={'k': 'v'}) == '3 20 v', 'attribute and index'
assert '{0!r:>6}'.format('ab') == "  'ab'", '{0!r:>6}'.format('ab')
assert '{0:{width}.{prec}f}'.format(3.14159, width=8, prec=2) == '    3.14', 'nested'
assert '{{literal}}'.format() == '{literal}', 'escapes'
assert '{:,d} {:08.3f} {:+d} {:x} {:o} {:b} {:e} {:%}'.format(1234567, 3.14159, 5, 255, 8, 5, 1234.5, 0.25) == '1,234,567 0003.142 +5 ff 10 101 1.234500e+03 25.000000%', 'numbers'
assert '{:<5}|{:^5}|{:>5}'.format('a', 'b', 'c') == 'a    |  b  |    c', 'alignment'
assert '{:*^7}'.format('mid') == '**mid**', 'fill'
assert err(lambda: '{0} {}'.format(1, 2)) == 'ValueError: cannot switch from manual field specification to automatic field numbering', err(lambda: '{0} {}'.format(1, 2))
assert err(lambda: '{2}'.format(1)) == 'IndexError: tuple index out of range', err(lambda: '{2}'.format(1))
assert err(lambda: '{x}'.format(y=1)) == "KeyError: 'x'", err(lambda: '{x}'.format(y=1))
assert err(lambda: '{0.nope}'.format(1)) == "AttributeError: 'int' object has no attribute 'nope'", err(lambda: '{0.nope}'.format(1))
assert err(lambda: '{:d}'.format('s')) == "ValueError: Unknown format code 'd' for object of type 'str'", err(lambda: '{:d}'.format('s'))
assert err(lambda: '{'.format()) == "ValueError: Single '{' encountered in format string", err(lambda: '{'.format())

# __format__ of user classes.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return '$%d' % (self.cents // 100)
        return '$%d.%02d' % divmod(self.cents, 100)
m = Money(12345)
assert '{0} {0:short}'.format(m) == '$123.45 $123', '{0} {0:short}'.format(m)
assert format(m, 'short') == '$123', format(m, 'short')
class BadFormat:
    def __format__(self, spec):
        return 42
assert err(lambda: format(BadFormat())) == 'TypeError: __format__ method did not return string', err(lambda: format(BadFormat()))
class Plain:
    def __str__(self):
        return 'plain'
assert '{}'.format(Plain()) == 'plain' and '{:>6}'.format(Plain()) == ' plain', 'object.__format__'
class MyInt(int):
    pass
assert '{:05d}'.format(MyInt(42)) == '00042', '{:05d}'.format(MyInt(42))
assert '{}'.format(True) == 'True' and '{:d}'.format(True) == '1', 'bool'
assert format('abc', '.2') == 'ab' and 'x'.__format__('>3') == '  x', 'str.__format__'
assert '{0[0]}'.format('xyz') == 'x', 'index into a str'
assert '{a}'.format_map({'a': 1}) == '1', 'format_map'
class Missing(dict):
    def __missing__(self, key):
        return '<' + key + '>'
assert '{a} {b}'.format_map(Missing(a=1)) == '1 <b>', '{a} {b}'.format_map(Missing(a=1))

# %-formatting.
assert '%s=%d;' % ('w', 3) == 'w=3;', 'common case'
assert '%-6s|%6s|' % ('ab', 'cd') == 'ab    |    cd|', 'widths'
assert '%5.1f|%-8.3e|%g' % (3.14159, 1234.5, 0.00001) == '  3.1|1.234e+03|1e-05', 'floats'
assert '%x %X %o %#x %#o' % (255, 255, 8, 255, 8) == 'ff FF 10 0xff 0o10', 'bases'
assert '%+d % d %05d' % (5, 5, -5) == '+5  5 -0005', 'signs'
assert '%(a)s and %(b)r' % {'a': 'x', 'b': 'y'} == "x and 'y'", 'mapping'
assert '%c%c' % (72, 'i') == 'Hi', 'chars'
assert '%%' % () == '%', 'percent'
assert '%s' % (1,) == '1' and '%s' % [1, 2] == '[1, 2]', 'single'
assert '%*d|%.*f' % (4, 7, 1, 2.25) == '   7|2.2', 'star'
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 1.5
assert '%d %f' % (Num(), Num()) == '7 1.500000', '%d %f' % (Num(), Num())
class R:
    def __repr__(self):
        return 'R!'
assert '%r %s' % (R(), R()) == 'R! R!', 'repr fallback'
assert err(lambda: '%d' % 'x') == 'TypeError: %d format: a number is required, not str', err(lambda: '%d' % 'x')
assert err(lambda: '%s %s' % (1,)) == 'TypeError: not enough arguments for format string', err(lambda: '%s %s' % (1,))
assert err(lambda: '%s' % (1, 2)) == 'TypeError: not all arguments converted during string formatting', err(lambda: '%s' % (1, 2))
assert err(lambda: '%z' % 1) == "ValueError: unsupported format character 'z' (0x7a) at index 1", err(lambda: '%z' % 1)
assert err(lambda: '%(a)s' % 1) == 'TypeError: format requires a mapping', err(lambda: '%(a)s' % 1)
assert err(lambda: '%c' % 'ab') == 'TypeError: %c requires int or char', err(lambda: '%c' % 'ab')
s = 'n=%d'
s %= 5
assert s == 'n=5', s
