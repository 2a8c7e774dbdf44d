# Built-in functions as programs use them: print to a file-like object,
# sorted/min/max with key, format, vars, dir, callable, hasattr,
# isinstance/issubclass with tuples, iter with a sentinel, next with a
# default, round, divmod, pow, int()/float() parsing, chr/ord, and the
# reprs of containers, floats, strings and exceptions.
import sys


def expect(exc_type, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except BaseException as e:
        assert type(e) is exc_type, (type(e), exc_type, str(e))
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError('no %s raised' % exc_type.__name__)


class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def text(self):
        return ''.join(self.parts)


def test_print_to_file_like():
    s = Sink()
    print('a', 1, None, [2], file=s)
    assert s.text() == 'a 1 None [2]\n', s.text()
    s = Sink()
    print('x', 'y', sep='-', end='!', file=s)
    assert s.parts == ['x', '-', 'y', '!'], s.parts
    s = Sink()
    print(file=s)
    assert s.parts == ['\n']
    s = Sink()
    print('a', 'b', sep=None, end=None, file=s)
    assert s.text() == 'a b\n'
    s = Sink()
    print('a', 'b', sep='', end='', file=s)
    assert s.text() == 'ab'
    s = Sink()
    print(file=s, *range(3))
    assert s.text() == '0 1 2\n'


def test_print_uses_str():
    class S:
        def __str__(self):
            return 'str!'
        def __repr__(self):
            return 'repr!'
    s = Sink()
    print(S(), [S()], file=s)
    assert s.text() == 'str! [repr!]\n'


def test_print_errors():
    expect(TypeError, 'sep must be None or a string, not int', print, sep=1)
    expect(TypeError, 'end must be None or a string, not int', print, end=1)
    expect(AttributeError, "'int' object has no attribute 'write'", print, 'x', file=1)
    expect(TypeError, "'flush' is an invalid keyword argument for this function", print, flush=True)


def test_print_file_none_uses_stdout():
    saved = sys.stdout
    s = Sink()
    sys.stdout = s
    try:
        print('to stdout', file=None)
        print('default')
    finally:
        sys.stdout = saved
    assert s.text() == 'to stdout\ndefault\n'


def test_sorted_min_max_key():
    words = ['banana', 'Apple', 'cherry', 'date']
    assert sorted(words) == ['Apple', 'banana', 'cherry', 'date']
    assert sorted(words, key=str.lower) == ['Apple', 'banana', 'cherry', 'date']
    assert sorted(words, key=len, reverse=True) == ['banana', 'cherry', 'Apple', 'date']
    # stability
    assert sorted([(1, 'b'), (0, 'x'), (1, 'a')], key=lambda p: p[0]) == [(0, 'x'), (1, 'b'), (1, 'a')]
    assert min(words, key=len) == 'date' and max(words, key=len) == 'banana'
    assert min(3, 1, 2) == 1 and max('abc') == 'c'
    assert max([1, 3, 3.0], key=lambda x: x) == 3 and type(max([3, 3.0])) is int
    expect(ValueError, 'min() arg is an empty sequence', min, [])
    expect(ValueError, 'max() arg is an empty sequence', max, [])
    expect(TypeError, 'unorderable types: str() < int()', sorted, [1, 'a'])
    expect(TypeError, "'int' object is not callable", sorted, [1, 2], key=1)
    expect(TypeError, 'must use keyword argument for key function', sorted, [1], len)
    l = [3, 1, 2]
    assert sorted(l) == [1, 2, 3] and l == [3, 1, 2]


def test_format_builtin():
    assert format(3.14159, '.2f') == '3.14'
    assert format(42) == '42' and format(42, 'x') == '2a' and format(42, '>5') == '   42'
    assert format('s', '^5') == '  s  '
    assert format(1234567, ',') == '1,234,567'
    assert format(0.5, '%') == '50.000000%'
    class F:
        def __format__(self, spec):
            return 'F[' + spec + ']'
    assert format(F(), 'abc') == 'F[abc]'
    assert '{0:xyz}'.format(F()) == 'F[xyz]'
    expect(ValueError, "Unknown format code 'd' for object of type 'str'", format, 'x', 'd')
    # 3.2's object.__format__ formats str(self)
    expect(ValueError, "Unknown format code 'x' for object of type 'str'", format, object(), 'x')
    class Plain:
        def __str__(self):
            return 'plain'
    assert format(Plain(), '>7') == '  plain' and format(Plain()) == 'plain'
    class Bad:
        def __format__(self, spec):
            return 1
    expect(TypeError, '__format__ method did not return string', format, Bad())


def test_vars_and_dir():
    class C:
        cls_attr = 1
        def m(self):
            pass
    c = C()
    c.inst = 2
    assert vars(c) == {'inst': 2}
    assert 'cls_attr' in vars(C) and 'm' in vars(C)
    expect(TypeError, 'vars() argument must have __dict__ attribute', vars, 1)
    d = dir(c)
    assert d == sorted(d)
    assert {'inst', 'cls_attr', 'm', '__class__', '__init__'} <= set(d)
    class D:
        def __dir__(self):
            return ['z', 'a']
    assert dir(D()) == ['a', 'z']
    def f():
        local_a = 1
        local_b = 2
        return dir()
    assert f() == ['local_a', 'local_b']
    assert 'append' in dir([]) and 'real' in dir(1)


def test_callable():
    class C:
        def __call__(self):
            pass
    class N:
        pass
    assert callable(len) and callable(C) and callable(C()) and callable(lambda: 0)
    assert callable(N) and not callable(N()) and not callable(1) and not callable('s')
    assert callable([].append) and callable(int)


def test_hasattr_swallows_only_attributeerror():
    class P:
        @property
        def boom(self):
            raise ValueError('boom')
        @property
        def missing(self):
            raise AttributeError('no')
    p = P()
    assert hasattr(p, 'missing') is False
    expect(ValueError, 'boom', hasattr, p, 'boom')
    class G:
        def __getattr__(self, name):
            raise KeyError(name)
    expect(KeyError, "'x'", hasattr, G(), 'x')
    assert getattr(p, 'missing', 'd') == 'd'
    expect(ValueError, 'boom', getattr, p, 'boom', 'd')


def test_isinstance_issubclass_tuples():
    assert isinstance(1, (str, (float, int)))
    assert not isinstance(1, ())
    assert isinstance(True, int) and issubclass(bool, (str, int))
    assert issubclass(int, int) and issubclass(int, object)
    expect(TypeError, 'isinstance() arg 2 must be a type or tuple of types', isinstance, 1, 1)
    expect(TypeError, 'issubclass() arg 1 must be a class', issubclass, 1, int)
    expect(TypeError, 'issubclass() arg 2 must be a class or tuple of classes', issubclass, int, 1)
    # the tuple is searched in order: a match stops the search
    assert isinstance(1, (int, 1))


def test_iter_with_sentinel():
    values = [1, 2, 0, 3]
    it = iter(lambda: values.pop(0), 0)
    assert list(it) == [1, 2]
    assert values == [3]
    assert type(iter(int, 1)).__name__ == 'callable_iterator'
    expect(TypeError, 'iter(v, w): v must be callable', iter, 1, 2)
    count = [0]
    def stop():
        count[0] += 1
        if count[0] > 2:
            raise StopIteration
        return count[0]
    assert list(iter(stop, None)) == [1, 2]


def test_next_with_default():
    it = iter([1])
    assert next(it, 'd') == 1
    assert next(it, 'd') == 'd'
    assert next(it, None) is None
    expect(StopIteration, '', next, it)
    expect(TypeError, 'list object is not an iterator', next, [1], 0)
    def gen():
        yield 1
        raise ValueError('inside')
    g = gen()
    next(g)
    expect(ValueError, 'inside', next, g, 'd')


def test_round_half_even():
    assert [round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.6, -2.6)] == [0, 2, 2, 0, -2, 3, -3]
    assert type(round(2.5)) is int and type(round(2.5, 0)) is float
    assert round(2.675, 2) == 2.67          # binary representation
    assert round(0.125, 2) == 0.12 and round(0.375, 2) == 0.38
    assert round(1234, -2) == 1200 and round(1250, -2) == 1200 and round(1350, -2) == 1400
    assert type(round(1234, -2)) is int
    assert round(5) == 5 and round(-7.0) == -7
    assert round(1e300) == int(1e300)
    expect(OverflowError, 'cannot convert float infinity to integer', round, float('inf'))
    expect(ValueError, 'cannot convert float NaN to integer', round, float('nan'))
    assert str(round(float('inf'), 2)) == 'inf'
    class R:
        def __round__(self, n=None):
            return ('r', n)
    assert round(R()) == ('r', None) and round(R(), 3) == ('r', 3)
    expect(TypeError, "type str doesn't define __round__ method", round, 'x')


def test_divmod_and_pow():
    assert divmod(7, 2) == (3, 1) and divmod(-7, 2) == (-4, 1) and divmod(7, -2) == (-4, -1)
    assert divmod(7.5, 2) == (3.0, 1.5) and divmod(-7.5, 2) == (-4.0, 0.5)
    expect(ZeroDivisionError, 'integer division or modulo by zero', divmod, 1, 0)
    expect(ZeroDivisionError, 'float divmod()', divmod, 1.0, 0)
    assert pow(2, 10) == 1024 and pow(2, -1) == 0.5 and pow(2.0, 3) == 8.0
    assert pow(3, 4, 5) == 1 and pow(-3, 3, 7) == 1 and pow(2, 100, 10 ** 9 + 7) == 976371285
    assert pow(3, 0, 1) == 0
    expect(TypeError, 'pow() 2nd argument cannot be negative when 3rd argument specified', pow, 2, -1, 5)
    expect(ValueError, 'pow() 3rd argument cannot be 0', pow, 2, 3, 0)
    expect(TypeError, 'pow() 3rd argument not allowed unless all arguments are integers', pow, 2.0, 3, 5)
    expect(ZeroDivisionError, '0.0 cannot be raised to a negative power', pow, 0.0, -1)
    assert pow(-8, 1 / 3).__class__ is complex


def test_int_parsing():
    assert int('  42  ') == 42 and int('-0') == 0 and int('+7') == 7
    assert int('ff', 16) == 255 and int('0xff', 16) == 255 and int('0xff', 0) == 255
    assert int('0b101', 0) == 5 and int('0o17', 0) == 15 and int('z', 36) == 35
    assert int(3.99) == 3 and int(-3.99) == -3 and int(True) == 1
    assert int('١٢٣') == 123
    expect(ValueError, "invalid literal for int() with base 10: 'abc'", int, 'abc')
    expect(ValueError, "invalid literal for int() with base 10: '1.5'", int, '1.5')
    expect(ValueError, "invalid literal for int() with base 10: ''", int, '')
    expect(ValueError, "invalid literal for int() with base 16: 'g'", int, 'g', 16)
    expect(ValueError, "invalid literal for int() with base 0: '010'", int, '010', 0)
    expect(ValueError, 'int() base must be >= 2 and <= 36', int, '1', 1)
    expect(TypeError, "int() can't convert non-string with explicit base", int, 1, 10)
    expect(TypeError, "int() argument must be a string or a number, not 'list'", int, [])
    expect(OverflowError, 'cannot convert float infinity to integer', int, float('inf'))
    expect(ValueError, 'cannot convert float NaN to integer', int, float('nan'))
    assert int(b'12') == 12


def test_float_parsing():
    assert float(' 1.5 ') == 1.5 and float('1e3') == 1000.0 and float('-.5') == -0.5
    assert str(float('inf')) == 'inf' and str(float('-Infinity')) == '-inf'
    assert str(float('nan')) == 'nan'
    assert float(10) == 10.0 and float(True) == 1.0
    expect(ValueError, "could not convert string to float: 'abc'", float, 'abc')
    expect(ValueError, "could not convert string to float: ", float, '')
    expect(ValueError, "could not convert string to float: '1,5'", float, '1,5')
    expect(TypeError, 'float() argument must be a string or a number', float, [])
    expect(OverflowError, 'long int too large to convert to float', float, 10 ** 400)


def test_chr_ord():
    assert chr(65) == 'A' and ord('A') == 65
    assert chr(0x10FFFF) == '\U0010ffff' and ord('\U0010ffff') == 0x10FFFF
    assert ord('\u20ac') == 8364 and len(chr(0x1F600)) == 1
    assert ord(b'a') == 97 and ord(bytearray(b'z')) == 122
    expect(ValueError, 'chr() arg not in range(0x110000)', chr, 0x110000)
    expect(ValueError, 'chr() arg not in range(0x110000)', chr, -1)
    expect(TypeError, 'ord() expected a character, but string of length 0 found', ord, '')
    expect(TypeError, 'ord() expected string of length 1, but int found', ord, 1)
    expect(TypeError, 'an integer is required', chr, 'a')


def test_reprs():
    assert repr([1, 'a', 2.5, None, (1,), {}, set()]) == "[1, 'a', 2.5, None, (1,), {}, set()]"
    assert repr({'k': [1]}) == "{'k': [1]}"
    assert repr({1, 2}) == '{1, 2}' and repr(frozenset([1])) == 'frozenset({1})'
    assert repr(()) == '()' and repr((1,)) == '(1,)'
    assert repr(0.1) == '0.1' and repr(1 / 3) == '0.3333333333333333'
    assert repr(1e16) == '1e+16' and repr(1e-5) == '1e-05' and repr(123456789012345.0) == '123456789012345.0'
    assert repr(-0.0) == '-0.0' and repr(2.0) == '2.0' and str(1e100) == '1e+100'
    assert repr(float('inf')) == 'inf' and repr(1.1) == '1.1'
    assert repr('it\'s') == '"it\'s"' and repr('a"b\'c') == '\'a"b\\\'c\''
    assert repr('\n\t\\') == "'\\n\\t\\\\'"
    assert repr('\x00\x7f\xa0\xe9') == "'\\x00\\x7f\\xa0é'"
    # printable means printable in 3.2's Unicode 6.0 database: U+1F600
    # arrived in 6.1
    assert repr('\u20ac\U0001f300') == "'\u20ac\U0001f300'"
    assert repr('\U0001f600\u0378\u2028') == "'\\U0001f600\\u0378\\u2028'"
    assert repr('\ud800') == "'\\ud800'"
    assert repr(b'a\x00\xff"\'') == 'b\'a\\x00\\xff"\\\'\''
    assert repr(ValueError('x')) == "ValueError('x',)"
    assert repr(KeyError()) == 'KeyError()'
    assert repr(OSError(2, 'No such file')) == "OSError(2, 'No such file')"
    assert repr(1j) == '1j' and repr(complex(1, -2)) == '(1-2j)' and repr(-0j) == '(-0-0j)'
    assert repr(range(1, 5, 2)) == 'range(1, 5, 2)' and repr(range(3)) == 'range(0, 3)'
    assert repr(None) == 'None' and repr(True) == 'True'
    assert repr(int) == "<class 'int'>" and repr(len) == '<built-in function len>'
    assert repr([].append).startswith('<built-in method append of list object at 0x')
    assert repr(bytearray(b'x')) == "bytearray(b'x')"


def test_ascii_bin_hex_oct():
    assert ascii('é\n') == "'\\xe9\\n'" and ascii([1, 'ü']) == "[1, '\\xfc']"
    assert bin(5) == '0b101' and bin(-5) == '-0b101' and hex(255) == '0xff' and oct(8) == '0o10'
    expect(TypeError, "'float' object cannot be interpreted as an integer", hex, 1.5)


def test_misc_builtins():
    assert abs(-3) == 3 and abs(-2.5) == 2.5 and abs(3 + 4j) == 5.0
    assert all([]) and not any([])
    assert list(enumerate('ab', 1)) == [(1, 'a'), (2, 'b')]
    assert list(zip('ab', [1, 2, 3])) == [('a', 1), ('b', 2)]
    assert list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])) == [11, 22]
    assert list(filter(None, [0, 1, '', 'a'])) == [1, 'a']
    assert list(reversed([1, 2, 3])) == [3, 2, 1]
    assert sum([1, 2, 3], 10) == 16 and sum([[1], [2]], []) == [1, 2]
    expect(TypeError, "sum() can't sum strings [use ''.join(seq) instead]", sum, ['a'], '')
    assert len(range(0, 10, 3)) == 4
    assert hash(1) == hash(1.0) == hash(True)
    assert id(len) == id(len)
    assert isinstance(globals(), dict) and 'test_misc_builtins' in globals()
    assert eval('1 + 2') == 3 and eval('x * 2', {'x': 4}) == 8
    ns = {}
    exec('y = 5', ns)
    assert ns['y'] == 5
    assert type(compile('1', 's', 'eval')).__name__ == 'code'
    assert bool() is False and int() == 0 and str() == '' and list() == [] and dict() == {}
    assert slice(3).stop == 3


def test_mutation_during_iteration():
    def dict_grow():
        d = {1: 1}
        for k in d:
            d[k + 1] = 1
    expect(RuntimeError, 'dictionary changed size during iteration', dict_grow)
    def set_grow():
        s = {1}
        for k in s:
            s.add(k + 1)
    expect(RuntimeError, 'Set changed size during iteration', set_grow)
    def sort_mutate():
        l = [3, 2, 1]
        l.sort(key=lambda x: l.append(x) or x)
    expect(ValueError, 'list modified during sort', sort_mutate)
    l = [1, 2, 3]
    for x in l:
        if len(l) < 6:
            l.append(x)
    assert l == [1, 2, 3, 1, 2, 3]


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
