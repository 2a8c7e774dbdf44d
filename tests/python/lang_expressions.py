# Expressions: conditional expressions, chained comparisons (the middle
# operand evaluated once, short-circuiting), and/or/not returning
# operands, assert and __debug__, private name mangling, literals and
# constant folding, slices, and evaluation order.


def expect(exc_type, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except BaseException as e:
        assert type(e) is exc_type, (type(e), exc_type, str(e))
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError('no %s raised' % exc_type.__name__)


def test_conditional_expression():
    log = []
    def v(x):
        log.append(x)
        return x
    assert (v('yes') if v(True) else v('no')) == 'yes'
    assert log == [True, 'yes']
    del log[:]
    assert (v('yes') if v(0) else v('no')) == 'no'
    assert log == [0, 'no']
    x = 1 if False else 2 if False else 3
    assert x == 3
    f = lambda n: 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
    assert [f(-1), f(0), f(1)] == ['neg', 'zero', 'pos']


def test_chained_comparison_middle_once():
    calls = []
    def mid():
        calls.append(1)
        return 5
    assert 1 < mid() < 10
    assert calls == [1]
    assert not (10 < mid() < 20)
    assert calls == [1, 1]
    assert 1 < 2 < 3 < 4 and not (1 < 2 > 3 < 4)
    assert 1 == 1.0 == True
    assert (1 < 2) == True


def test_chained_comparison_short_circuit():
    log = []
    def v(x):
        log.append(x)
        return x
    assert not (v(5) < v(1) < v(10))
    assert log == [5, 1], log
    del log[:]
    r = v(1) < v(2) == v(3)
    assert r is False and log == [1, 2, 3]


def test_chained_comparison_result_is_last_operand_result():
    class W:
        def __gt__(self, o):
            return 'truthy'
    assert (1 < 2 < W()) == 'truthy'
    class F:
        def __lt__(self, o):
            return 0
    r = F() < 1 < 2
    assert r == 0 and type(r) is int
    class X:
        def __lt__(self, o):
            return 'from X'
    assert (X() < 1) == 'from X'
    assert (0 < 1 and X() < 1) == 'from X'


def test_identity_and_membership_chains():
    a = []
    assert a is a is not None
    assert 1 in [1] in [[1]]
    assert 'a' not in 'bc' not in ['bc'] or True
    assert (1 in [1]) is True


def test_and_or_not_return_operands():
    assert (0 or 'x') == 'x'
    assert ('' or []) == []
    assert (1 and 'y') == 'y'
    assert (None and 1) is None
    assert (not 0) is True and (not 'a') is False
    log = []
    def v(x):
        log.append(x)
        return x
    v(0) and v(1)
    v(1) or v(2)
    assert log == [0, 1], log


def test_truth_of_builtins():
    falsy = [0, 0.0, 0j, '', b'', [], (), {}, set(), frozenset(), None, False, range(0), bytearray()]
    assert not any(falsy)
    assert all([1, -1, 0.1, ' ', b'\0', [0], (None,), {0: 0}, {0}, range(1), object(), int, len])


def test_assert_statement_and_debug():
    assert __debug__ is True
    try:
        assert False, ('tuple', 'message')
    except AssertionError as e:
        assert e.args == (('tuple', 'message'),)
    evaluated = []
    assert True, evaluated.append('msg')
    assert evaluated == []
    def f():
        assert 0
    expect(AssertionError, '', f)
    # __debug__ cannot be assigned
    for src in ('__debug__ = 1', 'def f(__debug__): pass', 'import x as __debug__',
                'for __debug__ in x: pass', 'class __debug__: pass'):
        try:
            compile(src, '<s>', 'exec')
        except SyntaxError as e:
            assert str(e) == 'assignment to keyword (<s>, line 1)', (src, str(e))
        else:
            raise AssertionError('compiled: ' + src)


def test_assert_uses_global_assertionerror():
    import builtins
    saved = builtins.AssertionError
    class Mine(Exception):
        pass
    builtins.AssertionError = Mine
    try:
        try:
            exec('assert False, "m"', {})
        except Exception as e:
            caught = e
    finally:
        builtins.AssertionError = saved
    assert type(caught) is Mine, type(caught)


def test_private_name_mangling():
    class Secret:
        __hidden = 'class attr'
        def __init__(self):
            self.__value = 42
        def get(self):
            return self.__value, self.__hidden, Secret.__hidden
        def __method(self):
            return 'private'
        def call(self):
            return self.__method()
        def __dunder__(self):
            return 'not mangled'
    s = Secret()
    assert s.get() == (42, 'class attr', 'class attr')
    assert s._Secret__value == 42
    assert s.call() == 'private'
    assert not hasattr(s, '__value') and not hasattr(s, '__method')
    assert '_Secret__hidden' in Secret.__dict__ and '_Secret__method' in Secret.__dict__
    assert '__dunder__' in Secret.__dict__


def test_mangling_in_subclass_and_leading_underscores():
    class _Under:
        def set(self):
            self.__x = 1
    u = _Under()
    u.set()
    assert u.__dict__ == {'_Under__x': 1}, u.__dict__
    class __Multi:
        def set(self):
            self.__y = 2
    m = __Multi()
    m.set()
    assert m.__dict__ == {'_Multi__y': 2}, m.__dict__
    class ___:
        def set(self):
            self.__z = 3
    t = ___()
    t.set()
    assert t.__dict__ == {'__z': 3}, t.__dict__
    class Base:
        def __init__(self):
            self.__p = 'base'
    class Child(Base):
        def __init__(self):
            super().__init__()
            self.__p = 'child'
    c = Child()
    assert c._Base__p == 'base' and c._Child__p == 'child'


def test_mangling_of_other_names():
    class M:
        def names(self):
            __local = 1
            return sorted(k for k in locals() if 'local' in k)
        def glob(self):
            return __mangled_global
        def kw(self, __arg=5):
            return __arg
        def ga(self):
            return getattr(self, '__plain', 'string names are not mangled')
    assert M().names() == ['_M__local'], M().names()
    expect(NameError, "global name '_M__mangled_global' is not defined", M().glob)
    assert M().kw(_M__arg=7) == 7
    assert M().ga() == 'string names are not mangled'
    assert M.kw.__code__.co_varnames == ('self', '_M__arg'), M.kw.__code__.co_varnames


def test_mangling_in_nested_function_and_import():
    class N:
        def outer(self):
            def inner():
                return self.__v
            self.__v = 'nested'
            return inner()
    assert N().outer() == 'nested'


def test_literals_and_constant_folding():
    assert 2 ** 10 == 1024 and 7 // 2 == 3 and -7 // 2 == -4 and -7 % 3 == 2
    assert 1e3 == 1000.0 and 0x1F == 31 and 0o17 == 15 and 0b101 == 5
    assert 'ab' 'cd' == 'abcd' and b'a' b'b' == b'ab'
    assert 'a' * 3 == 'aaa' and (1, 2) * 2 == (1, 2, 1, 2)
    assert 10 ** -1 == 0.1
    assert 2 ** 100 == 1267650600228229401496703205376
    assert -2 ** 2 == -4 and (-2) ** 2 == 4
    assert 1j * 1j == -1
    assert ... is Ellipsis
    assert type(...).__name__ == 'ellipsis'
    def f():
        return 'x' * 5
    assert f() == 'xxxxx'
    def g():
        return 2 ** 64
    assert g() == 18446744073709551616


def test_slices():
    s = list(range(10))
    assert s[2:5] == [2, 3, 4] and s[-2:] == [8, 9] and s[::-3] == [9, 6, 3, 0]
    assert s[5:2] == [] and s[100:] == [] and s[-100:2] == [0, 1]
    assert 'hello'[::-1] == 'olleh'
    assert s[slice(1, 3)] == [1, 2]
    s2 = s[:]
    s2[2:8] = 'ab'
    assert s2 == [0, 1, 'a', 'b', 8, 9]
    s3 = list(range(6))
    s3[::2] = 'xyz'
    assert s3 == ['x', 1, 'y', 3, 'z', 5]
    expect(ValueError, 'attempt to assign sequence of size 2 to extended slice of size 3',
           s3.__setitem__, slice(None, None, 2), 'ab')
    expect(ValueError, 'slice step cannot be zero', lambda: s[::0])
    assert slice(1, 2, 3).indices(10) == (1, 2, 3)
    assert repr(slice(None, 2)) == 'slice(None, 2, None)'


def test_evaluation_order_binary_and_calls():
    log = []
    def v(x):
        log.append(x)
        return x
    v(1) + v(2) * v(3)
    assert log == [1, 2, 3]
    del log[:]
    d = {v('k1'): v('v1'), v('k2'): v('v2')}
    assert log == ['v1', 'k1', 'v2', 'k2'], log
    del log[:]
    target = {}
    v(target)[v('key')] = v('rhs')
    assert log[0] == 'rhs' and log[1] is target and log[2] == 'key', log
    del log[:]
    [v(i) for i in range(2)]
    v(1) ** v(2)
    assert log == [0, 1, 1, 2]


def test_comprehension_forms():
    assert [x * y for x in range(3) if x for y in range(x) if y != 5] == [0, 0, 2]
    assert {k: v for k, v in zip('ab', (1, 2))} == {'a': 1, 'b': 2}
    assert {x % 3 for x in range(10)} == {0, 1, 2}
    assert list(x for x in range(3) if x > 0) == [1, 2]
    assert [(lambda: i)() for i in range(2)] == [0, 1]
    assert [[i * j for j in range(3)] for i in range(2)] == [[0, 0, 0], [0, 1, 2]]


def test_comparison_of_sequences():
    assert [1, 2] < [1, 3] and (1, 2) < (1, 2, 0) and 'abc' < 'abd' and b'a' < b'b'
    assert [1, [2]] == [1, [2]] and (1, 2) != (1, 2.5)
    assert not ([1] == (1,))
    assert {1: 2} == {1: 2} and {1} < {1, 2}
    nan = float('nan')
    assert nan != nan and [nan] == [nan]    # identity shortcut in containers
    assert 3 > 2.5 > 2 and 2 ** 64 > 1e19


def test_string_concatenation_and_formatting_expressions():
    n = 3
    assert 'n=%d' % n == 'n=3' and 'x%sy' % ('a',) == 'xay'
    assert '%(a)s-%(b)s' % {'a': 1, 'b': 2} == '1-2'
    assert '{} {}'.format(1, 2) == '1 2'
    expect(TypeError, 'not all arguments converted during string formatting', lambda: '%d' % (1, 2))
    expect(TypeError, 'not enough arguments for format string', lambda: '%d %d' % (1,))


def test_is_operator_and_singletons():
    assert None is None
    expect(TypeError, "cannot create 'NoneType' instances", type(None))
    expect(TypeError, "cannot create 'NotImplementedType' instances", type(NotImplemented))
    expect(TypeError, "cannot create 'ellipsis' instances", type(Ellipsis))
    assert repr(NotImplemented) == 'NotImplemented' and repr(Ellipsis) == 'Ellipsis'
    assert bool(NotImplemented) is True


def test_statement_placement_errors():
    cases = [
        ('return 1', "'return' outside function (<s>, line 1)"),
        ('break', "'break' outside loop (<s>, line 1)"),
        ('continue', "'continue' not properly in loop (<s>, line 1)"),
        ('class C:\n    x = yield', "'yield' outside function (<s>, line 2)"),
        ('def f():\n    class C:\n        return 1', "'return' outside function (<s>, line 3)"),
        ('while 1:\n    def f():\n        break', "'break' outside loop (<s>, line 3)"),
    ]
    for src, msg in cases:
        try:
            compile(src, '<s>', 'exec')
        except SyntaxError as e:
            assert str(e) == msg, (src, str(e), msg)
        else:
            raise AssertionError('compiled: ' + src)


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
