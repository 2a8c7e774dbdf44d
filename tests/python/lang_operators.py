# Operator overloading: binary operators with reflected operands and
# NotImplemented, the subclass-first rule, in-place operators, rich
# comparisons, __hash__ set to None by __eq__, truth via __bool__ and
# __len__, __index__, __contains__, iteration through __iter__ or
# __getitem__, __call__ and __missing__.


def expect(exc_type, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except BaseException as e:
        assert type(e) is exc_type, (type(e), exc_type, str(e))
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError('no %s raised' % exc_type.__name__)


class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.v + o.v)
        if isinstance(o, int):
            return V(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        if isinstance(o, int):
            return V(o + self.v + 1000)
        return NotImplemented
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
    def __repr__(self):
        return 'V(%r)' % self.v


def test_binary_and_reflected():
    assert (V(1) + V(2)).v == 3
    assert (V(1) + 2).v == 3
    assert (2 + V(1)).v == 1003
    expect(TypeError, "unsupported operand type(s) for +: 'V' and 'str'", lambda: V(1) + 'x')
    expect(TypeError, "unsupported operand type(s) for +: 'float' and 'V'", lambda: 1.5 + V(1))


def test_all_binary_operator_names():
    class R:
        def __getattr__(self, name):
            raise AttributeError(name)
    names = []
    class All:
        pass
    for op in ('add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow',
               'lshift', 'rshift', 'and', 'or', 'xor'):
        def fwd(self, o, op=op):
            return 'fwd ' + op
        def rev(self, o, op=op):
            return 'rev ' + op
        setattr(All, '__%s__' % op, fwd)
        setattr(All, '__r%s__' % op, rev)
    a = All()
    assert [a + 1, a - 1, a * 1, a / 1, a // 1, a % 1, divmod(a, 1), a ** 1,
            a << 1, a >> 1, a & 1, a | 1, a ^ 1] == [
        'fwd add', 'fwd sub', 'fwd mul', 'fwd truediv', 'fwd floordiv', 'fwd mod',
        'fwd divmod', 'fwd pow', 'fwd lshift', 'fwd rshift', 'fwd and', 'fwd or', 'fwd xor']
    assert [1 + a, 1 - a, 1 * a, 1 / a, 1 // a, 1 % a, divmod(1, a), 1 ** a,
            1 << a, 1 >> a, 1 & a, 1 | a, 1 ^ a] == [
        'rev add', 'rev sub', 'rev mul', 'rev truediv', 'rev floordiv', 'rev mod',
        'rev divmod', 'rev pow', 'rev lshift', 'rev rshift', 'rev and', 'rev or', 'rev xor']


def test_unary_operators():
    class U:
        def __neg__(self):
            return 'neg'
        def __pos__(self):
            return 'pos'
        def __invert__(self):
            return 'inv'
        def __abs__(self):
            return 'abs'
    u = U()
    assert (-u, +u, ~u, abs(u)) == ('neg', 'pos', 'inv', 'abs')
    expect(TypeError, "bad operand type for unary -: 'str'", lambda: -'x')
    expect(TypeError, "bad operand type for unary ~: 'float'", lambda: ~1.5)
    expect(TypeError, "bad operand type for abs(): 'str'", abs, 'x')


def test_both_not_implemented():
    class A:
        def __add__(self, o):
            return NotImplemented
        def __radd__(self, o):
            return NotImplemented
    expect(TypeError, "unsupported operand type(s) for +: 'A' and 'A'", lambda: A() + A())
    expect(TypeError, "unsupported operand type(s) for -: 'A' and 'int'", lambda: A() - 1)
    expect(TypeError, "unsupported operand type(s) for ** or pow(): 'A' and 'int'", lambda: A() ** 1)
    expect(TypeError, "unsupported operand type(s) for pow(): 'A', 'int', 'int'", pow, A(), 1, 1)


def test_subclass_reflected_first():
    log = []
    class Base:
        def __mul__(self, o):
            log.append('Base.mul')
            return 'base'
        def __rmul__(self, o):
            log.append('Base.rmul')
            return 'base r'
    class Sub(Base):
        def __rmul__(self, o):
            log.append('Sub.rmul')
            return 'sub r'
    assert Base() * Sub() == 'sub r'
    assert log == ['Sub.rmul']
    # a subclass that does not override the reflected method is not tried first
    class Sub2(Base):
        pass
    del log[:]
    assert Base() * Sub2() == 'base'
    assert log == ['Base.mul'], log


def test_subclass_of_int_reflected_first():
    class MyInt(int):
        def __radd__(self, o):
            return 'MyInt.radd'
        def __rsub__(self, o):
            return NotImplemented
    assert 1 + MyInt(2) == 'MyInt.radd'
    assert 5 - MyInt(2) == 3


def test_same_type_no_reflected():
    class A:
        def __add__(self, o):
            return NotImplemented
        def __radd__(self, o):
            raise AssertionError('reflected called for same type')
    expect(TypeError, "unsupported operand type(s) for +: 'A' and 'A'", lambda: A() + A())


def test_inplace_operators():
    class Acc:
        def __init__(self):
            self.items = []
        def __iadd__(self, o):
            self.items.append(o)
            return self
    a = Acc()
    b = a
    a += 1
    a += 2
    assert a is b and a.items == [1, 2]
    class OnlyAdd:
        def __add__(self, o):
            return 'new'
    x = OnlyAdd()
    x += 1
    assert x == 'new'
    class INI:
        def __iadd__(self, o):
            return NotImplemented
        def __add__(self, o):
            return 'fallback add'
    y = INI()
    y += 1
    assert y == 'fallback add'
    z = [1]
    w = z
    z += (2, 3)
    assert w == [1, 2, 3] and z is w
    t = (1,)
    u = t
    t += (2,)
    assert u == (1,) and t == (1, 2)
    expect(TypeError, "unsupported operand type(s) for +=: 'int' and 'str'", exec, "q = 1\nq += 'a'")
    expect(TypeError, "unsupported operand type(s) for <<=: 'float' and 'int'", exec, "q = 1.0\nq <<= 1")


def test_inplace_returning_none_binds_none():
    class C:
        def __imul__(self, o):
            pass
    c = C()
    c *= 2
    assert c is None


def test_rich_comparisons():
    log = []
    class C:
        def __init__(self, v):
            self.v = v
        def __lt__(self, o):
            log.append(('lt', self.v, o.v))
            return self.v < o.v
        def __gt__(self, o):
            log.append(('gt', self.v, o.v))
            return self.v > o.v
    a, b = C(1), C(2)
    assert (a < b) is True
    assert (a > b) is False
    assert log == [('lt', 1, 2), ('gt', 1, 2)]
    del log[:]
    # no __le__/__ge__ here: the reflection of <= is >=, also missing
    expect(TypeError, 'unorderable types: C() <= C()', lambda: a <= b)
    # == falls back to identity
    assert a == a and not (a == b) and a != b


def test_comparison_reflection():
    class Left:
        def __lt__(self, o):
            return NotImplemented
    class Right:
        def __gt__(self, o):
            return 'right.gt'
    assert (Left() < Right()) == 'right.gt'
    class Sub(Left):
        def __gt__(self, o):
            return 'sub.gt'
    class Base:
        def __lt__(self, o):
            return 'base.lt'
    class Derived(Base):
        def __gt__(self, o):
            return 'derived.gt'
    assert (Base() < Derived()) == 'derived.gt'


def test_comparison_results_not_bools():
    class C:
        def __eq__(self, o):
            return 'eq result'
        def __ne__(self, o):
            return 0
    assert (C() == 1) == 'eq result'
    assert (C() != 1) == 0
    class Bad:
        def __bool__(self):
            raise ValueError('no truth')
    class D:
        def __lt__(self, o):
            return Bad()
    expect(ValueError, 'no truth', lambda: bool(D() < 1))
    expect(ValueError, 'no truth', lambda: 0 if D() < 1 else 1)


def test_ne_derived_from_eq():
    class C:
        def __eq__(self, o):
            return True
    # without __ne__, object's != is the negation of __eq__ ...
    c = C()
    assert (c != C()) is False
    assert (c != 1) is False
    # ... unless __eq__ returns NotImplemented: then identity decides
    class D:
        def __eq__(self, o):
            return NotImplemented
    d = D()
    assert (d != d) is False and (d != D()) is True


def test_unorderable_messages():
    expect(TypeError, 'unorderable types: int() < str()', lambda: 1 < 'a')
    expect(TypeError, 'unorderable types: list() > tuple()', lambda: [] > ())
    expect(TypeError, 'unorderable types: dict() <= dict()', lambda: {} <= {})
    expect(TypeError, 'unorderable types: NoneType() < NoneType()', lambda: None < None)
    expect(TypeError, 'unorderable types: object() >= int()', lambda: object() >= 1)


def test_hash_none_when_eq_defined():
    class E:
        def __eq__(self, o):
            return True
    assert E.__hash__ is None
    expect(TypeError, "unhashable type: 'E'", hash, E())
    expect(TypeError, "unhashable type: 'E'", lambda: {E(): 1})
    class EH:
        def __eq__(self, o):
            return True
        def __hash__(self):
            return 7
    assert hash(EH()) == 7
    class Inherit(EH):
        pass
    assert hash(Inherit()) == 7
    class Override(EH):
        def __eq__(self, o):
            return False
    assert Override.__hash__ is None
    class Plain:
        pass
    assert Plain.__hash__ is object.__hash__
    class Explicit:
        __hash__ = None
    expect(TypeError, "unhashable type: 'Explicit'", hash, Explicit())


def test_hash_result_rules():
    class H:
        def __init__(self, h):
            self.h = h
        def __hash__(self):
            return self.h
    assert hash(H(2 ** 70)) == hash(2 ** 70)
    assert hash(H(-1)) == -2
    expect(TypeError, '__hash__ method should return an integer', hash, H('x'))
    expect(TypeError, '__hash__ method should return an integer', hash, H(1.5))


def test_truth_bool_and_len():
    class B:
        def __init__(self, v):
            self.v = v
        def __bool__(self):
            return self.v
    assert bool(B(True)) is True and not B(False)
    expect(TypeError, '__bool__ should return bool, returned int', bool, B(1))
    class L:
        def __init__(self, n):
            self.n = n
        def __len__(self):
            return self.n
    assert bool(L(2)) and not L(0)
    expect(ValueError, '__len__() should return >= 0', bool, L(-1))
    expect(TypeError, "'str' object cannot be interpreted as an integer", len, L('x'))
    class Both:
        def __bool__(self):
            return False
        def __len__(self):
            return 5
    assert not Both()
    class Neither:
        pass
    assert Neither()
    assert len(L(2 ** 10)) == 1024
    expect(OverflowError, "cannot fit 'int' into an index-sized integer", len, L(2 ** 100))


def test_index():
    class I:
        def __init__(self, v):
            self.v = v
        def __index__(self):
            return self.v
    seq = list(range(10))
    assert seq[I(3)] == 3
    assert seq[I(1):I(4)] == [1, 2, 3]
    assert 'abc' * I(2) == 'abcabc'
    assert hex(I(255)) == '0xff' and bin(I(2)) == '0b10' and oct(I(8)) == '0o10'
    assert list(range(I(3))) == [0, 1, 2]
    expect(TypeError, '__index__ returned non-int (type str)', lambda: seq[I('x')])
    expect(TypeError, '__index__ returned non-int (type float)', hex, I(1.5))
    expect(TypeError, '__index__ returned non-int (type str)', lambda: 'a' * I('x'))
    expect(TypeError, 'list indices must be integers, not str', lambda: seq['a'])
    expect(TypeError, "can't multiply sequence by non-int of type 'float'", lambda: 'a' * 1.5)


def test_contains():
    class C:
        def __contains__(self, x):
            return x == 'yes'
    assert 'yes' in C() and 'no' not in C()
    class R:
        def __contains__(self, x):
            return 1
    assert (5 in R()) is True
    class ByIter:
        def __iter__(self):
            return iter([1, 2, 3])
    assert 2 in ByIter() and 5 not in ByIter()
    class ByItem:
        def __getitem__(self, i):
            if i < 3:
                return i * 10
            raise IndexError
    assert 20 in ByItem() and 25 not in ByItem()
    expect(TypeError, "argument of type 'int' is not iterable", lambda: 1 in 5)


def test_iteration_protocols():
    class Counter:
        def __init__(self, n):
            self.i, self.n = 0, n
        def __iter__(self):
            return self
        def __next__(self):
            if self.i >= self.n:
                raise StopIteration
            self.i += 1
            return self.i
    assert list(Counter(3)) == [1, 2, 3]
    class Seq:
        def __getitem__(self, i):
            if i >= 3:
                raise IndexError(i)
            return 'abc'[i]
    assert list(Seq()) == ['a', 'b', 'c']
    assert ''.join(Seq()) == 'abc'
    a, b, c = Seq()
    assert (a, b, c) == ('a', 'b', 'c')
    it = iter(Seq())
    assert type(it).__name__ == 'iterator'
    class BadIter:
        def __iter__(self):
            return 5
    expect(TypeError, "iter() returned non-iterator of type 'int'", iter, BadIter())
    class NotIter:
        pass
    expect(TypeError, "'NotIter' object is not iterable", iter, NotIter())
    expect(TypeError, "'NotIter' object is not iterable", list, NotIter())
    class NoneIter:
        __iter__ = None
    expect(TypeError, "'NoneType' object is not callable", iter, NoneIter())


def test_iter_prefers_iter_over_getitem():
    class Both:
        def __iter__(self):
            return iter('xy')
        def __getitem__(self, i):
            return 'never'
    assert list(Both()) == ['x', 'y']


def test_next_errors():
    expect(TypeError, "list object is not an iterator", next, [])
    class WithNext:
        def __next__(self):
            raise StopIteration('msg')
    assert next(WithNext(), 'dflt') == 'dflt'


def test_next_keeps_stopiteration_args():
    class WithNext:
        def __next__(self):
            raise StopIteration('msg')
    e = expect(StopIteration, 'msg', next, WithNext())
    assert e.args == ('msg',)


def test_call():
    class Adder:
        def __init__(self, n):
            self.n = n
        def __call__(self, x, *, times=1):
            return (x + self.n) * times
    a = Adder(3)
    assert a(1) == 4 and a(1, times=2) == 8
    assert callable(a) and callable(Adder) and not callable(1)
    class NotCallable:
        pass
    expect(TypeError, "'NotCallable' object is not callable", NotCallable())
    expect(TypeError, "'int' object is not callable", 5)


def test_missing():
    class D(dict):
        def __missing__(self, key):
            return 'missing ' + str(key)
    d = D(a=1)
    assert d['a'] == 1 and d['b'] == 'missing b'
    assert 'b' not in d
    assert d.get('b') is None
    class Counter(dict):
        def __missing__(self, key):
            self[key] = 0
            return 0
    c = Counter()
    c['x'] += 1
    c['x'] += 1
    assert c == {'x': 2}
    class Raising(dict):
        def __missing__(self, key):
            raise KeyError('custom ' + key)
    expect(KeyError, "'custom k'", lambda: Raising()['k'])


def test_getitem_setitem_delitem():
    class M:
        def __init__(self):
            self.log = []
        def __getitem__(self, k):
            self.log.append(('get', k))
            return k
        def __setitem__(self, k, v):
            self.log.append(('set', k, v))
        def __delitem__(self, k):
            self.log.append(('del', k))
    m = M()
    m[1] = 2
    m[1:2] = 3
    m[::2]
    m[1, 2]
    m[...]
    del m['a']
    assert m.log == [('set', 1, 2), ('set', slice(1, 2, None), 3),
                     ('get', slice(None, None, 2)), ('get', (1, 2)),
                     ('get', Ellipsis), ('del', 'a')], m.log
    expect(TypeError, "'int' object is not subscriptable", lambda: 1[0])
    expect(TypeError, "'tuple' object does not support item assignment", exec, "t = (1,)\nt[0] = 2")
    expect(TypeError, "'str' object doesn't support item deletion", exec, "s = 'a'\ndel s[0]")


def test_operator_on_builtin_mix():
    assert 1 + 2.5 == 3.5 and 2 * 'ab' == 'abab' and [1] * 2 == [1, 1]
    assert True + True == 2
    expect(TypeError, "unsupported operand type(s) for +: 'int' and 'str'", lambda: 1 + 'a')
    expect(TypeError, "Can't convert 'int' object to str implicitly", lambda: 'a' + 1)
    expect(TypeError, "can't multiply sequence by non-int of type 'float'", lambda: [1] * 1.0)
    expect(TypeError, 'can only concatenate list (not "tuple") to list', lambda: [1] + (2,))
    expect(TypeError, 'can only concatenate tuple (not "list") to tuple', lambda: (1,) + [2])
    expect(ZeroDivisionError, 'division by zero', lambda: 1 / 0)
    expect(ZeroDivisionError, 'integer division or modulo by zero', lambda: 1 // 0)
    expect(ZeroDivisionError, 'integer division or modulo by zero', lambda: 1 % 0)
    expect(ZeroDivisionError, 'float division by zero', lambda: 1.0 / 0)
    expect(ZeroDivisionError, 'float modulo', lambda: 1.0 % 0)


def test_reversed_and_len_protocol():
    class R:
        def __reversed__(self):
            return iter('cba')
    assert list(reversed(R())) == ['c', 'b', 'a']
    class S:
        def __len__(self):
            return 3
        def __getitem__(self, i):
            return i
    assert list(reversed(S())) == [2, 1, 0]
    expect(TypeError, "argument to reversed() must be a sequence", reversed, {})


def test_divmod_and_pow_reflection():
    class DM:
        def __divmod__(self, o):
            return 'dm'
        def __rdivmod__(self, o):
            return 'rdm'
        def __pow__(self, o, m=None):
            return ('pow', m)
        def __rpow__(self, o):
            return 'rpow'
    assert divmod(DM(), 1) == 'dm' and divmod(1, DM()) == 'rdm'
    assert pow(DM(), 2, 3) == ('pow', 3) and pow(2, DM()) == 'rpow' and 2 ** DM() == 'rpow'
    # the three-argument form never tries the reflected method
    expect(TypeError, "unsupported operand type(s) for pow(): 'int', 'DM', 'int'", pow, 2, DM(), 3)


def test_eq_not_implemented_both_sides_uses_identity():
    class NE:
        def __eq__(self, o):
            return NotImplemented
    a = NE()
    assert (a == a) is True and (a == NE()) is False and (a != NE()) is True


def test_user_getitem_receives_raw_keys():
    class G:
        def __getitem__(self, i):
            return i
    g = G()
    assert g[-1] == -1 and g[-1:] == slice(-1, None, None) and g[1:2:3] == slice(1, 2, 3)
    assert g[:] == slice(None, None, None) and g[1, 2:3] == (1, slice(2, 3, None))


def test_bool_arithmetic():
    assert (-True, ~True, +False, True * 3, True / 2, True // 1) == (-1, -2, 0, 3, 0.5, 1)
    assert type(True & False) is bool and type(True | 0) is int and (True ^ True) is False


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
