# Subclasses of built-in types: construction through __new__/__init__,
# overridden methods honoured by operators and built-in functions,
# instance attributes, and results of inherited methods.


def expect(exc_type, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except BaseException as e:
        assert type(e) is exc_type, (type(e), exc_type, str(e))
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError('no %s raised' % exc_type.__name__)


def test_int_subclass():
    class Money(int):
        def __new__(cls, v, cur='EUR'):
            self = super().__new__(cls, v)
            self.cur = cur
            return self
        def __str__(self):
            return '%d %s' % (int(self), self.cur)
        def __add__(self, o):
            return Money(int(self) + int(o), self.cur)
    m = Money(5, 'USD')
    assert m == 5 and str(m) == '5 USD' and repr(m) == '5'
    s = m + 3
    assert type(s) is Money and s.cur == 'USD' and s == 8
    # inherited operations return plain ints
    assert type(m * 2) is int and type(-m) is int and type(abs(m)) is int
    assert type(3 + m) is int
    assert hash(m) == hash(5) and {5: 'x'}[m] == 'x'
    assert isinstance(m, int) and issubclass(Money, int)
    assert '%s|%r|%x' % (m, m, m) == '5 USD|5|5'
    assert '{0}|{0:d}'.format(m) == '5 USD|5' and format(m) == '5 USD'
    assert [10, 20, 30, 40, 50, 60][m] == 60
    assert int(m) == 5 and type(int(m)) is int
    assert m.__dict__ == {'cur': 'USD'}


def test_int_subclass_overrides_comparison_and_hash():
    class Loose(int):
        def __eq__(self, o):
            return int(self) % 10 == int(o) % 10
        __hash__ = int.__hash__
    assert Loose(13) == 3 and 3 == Loose(13) and Loose(13) != 4
    assert sorted([Loose(3), 1, Loose(2)]) == [1, 2, 3]


def test_bool_cannot_be_subclassed():
    def f():
        class B(bool):
            pass
    expect(TypeError, "type 'bool' is not an acceptable base type", f)


def test_float_subclass():
    class Temp(float):
        def __repr__(self):
            return 'Temp(%s)' % float.__repr__(self)
        def __round__(self, n=None):
            return 'rounded'
    t = Temp(21.5)
    # float's __str__ does not go through __repr__
    assert repr(t) == 'Temp(21.5)' and str(t) == '21.5'
    assert '%s|%r' % (t, t) == '21.5|Temp(21.5)' and '{}'.format(t) == '21.5'
    assert t + 1 == 22.5 and type(t + 1) is float
    assert round(t) == 'rounded'
    assert float(t) == 21.5 and type(float(t)) is float
    assert Temp('1.5') == 1.5
    assert '%.1f' % t == '21.5' and format(t, '.2f') == '21.50'


def test_str_subclass():
    class Upper(str):
        def __new__(cls, s):
            return super().__new__(cls, s.upper())
        def shout(self):
            return self + '!'
        def __len__(self):
            return 100
    u = Upper('abc')
    assert u == 'ABC' and u.shout() == 'ABC!' and type(u.shout()) is str
    assert len(u) == 100
    assert type(u.lower()) is str and type(u[0]) is str and type(u + 'x') is str
    assert type(str(u)) is str and str(u) == 'ABC'
    assert {'ABC': 1}[u] == 1
    assert 'B' in u
    assert u.join(['1', '2']) == '1ABC2'
    assert '%s' % u == 'ABC'
    assert repr(u) == "'ABC'"


def test_str_subclass_str_and_format():
    class S(str):
        def __str__(self):
            return 'custom'
        def __format__(self, spec):
            return 'fmt:' + spec
    s = S('raw')
    assert str(s) == 'custom'
    assert format(s, 'x') == 'fmt:x' and '{0:y}'.format(s) == 'fmt:y'
    assert print.__call__ and ('%s' % s) == 'custom'


def test_list_subclass():
    class Stack(list):
        def push(self, v):
            self.append(v)
        def __getitem__(self, i):
            return 'item %s' % list.__getitem__(self, i)
        def __len__(self):
            return 42
    s = Stack([1, 2])
    s.push(3)
    assert list.__len__(s) == 3 and len(s) == 42
    assert s[0] == 'item 1'
    assert list(s) == [1, 2, 3]          # iteration uses list's own iterator
    assert s == [1, 2, 3] and type(s + [4]) is list
    s.attr = 'x'
    assert s.attr == 'x'
    assert repr(s) == '[1, 2, 3]'
    assert type(s[:]) is str and type(list.__getitem__(s, slice(None))) is list


def test_list_subclass_init_and_iter():
    class L(list):
        def __init__(self, *args):
            super().__init__(*args)
            self.made = True
        def __iter__(self):
            return iter(['overridden'])
    l = L([1, 2])
    assert l.made and list.__len__(l) == 2
    assert list(l) == ['overridden']
    assert [x for x in l] == ['overridden']
    a, = l
    assert a == 'overridden'
    assert set(l) == {'overridden'}
    assert list(enumerate(l)) == [(0, 'overridden')]
    x = []
    x.extend(l)
    assert x == ['overridden']
    # tuple() copies a list subclass's items directly, without __iter__
    assert tuple(l) == (1, 2)


class IterL(list):
    def __iter__(self):
        return iter(['overridden'])


def test_list_subclass_iter_used_by_sorted():
    assert sorted(IterL(['a', 'b'])) == ['overridden']


def test_list_subclass_iter_used_by_join():
    assert ''.join(IterL(['a', 'b'])) == 'overridden'


def test_list_subclass_contains_and_setitem():
    class L(list):
        def __contains__(self, x):
            return True
        def __setitem__(self, i, v):
            list.__setitem__(self, i, v * 10)
    l = L([1])
    assert 99 in l
    l[0] = 2
    assert l == [20]


def test_dict_subclass():
    class D(dict):
        def __getitem__(self, k):
            return dict.__getitem__(self, k.lower())
        def __setitem__(self, k, v):
            dict.__setitem__(self, k.lower(), v)
    d = D()
    d['KEY'] = 1
    assert d['Key'] == 1
    assert dict(d) == {'key': 1}
    # dict's own methods do not go through the overrides
    assert d.get('KEY') is None
    d.update({'UP': 2})
    assert 'UP' in d and 'up' not in d
    assert type(d.copy()) is dict
    assert D(a=1) == {'a': 1}


def test_dict_subclass_missing_and_keys():
    class Default(dict):
        def __missing__(self, k):
            return k * 2
    d = Default({'a': 1})
    assert d['a'] == 1 and d['zz'] == 'zzzz'
    assert 'zz' not in d and len(d) == 1
    class K(dict):
        def keys(self):
            return ['a']
        def __getitem__(self, k):
            return 'from getitem'
    # dict(mapping) with a dict subclass uses the dict contents directly
    assert dict(K(a=1)) == {'a': 1}
    # but keyword expansion of a non-dict mapping uses keys() and []
    class M:
        def keys(self):
            return ['x']
        def __getitem__(self, k):
            return 'mapped ' + k
    def f(**kw):
        return kw
    assert f(**M()) == {'x': 'mapped x'}
    assert dict(M()) == {'x': 'mapped x'}


def test_tuple_subclass():
    class Point(tuple):
        def __new__(cls, x, y):
            return super().__new__(cls, (x, y))
        @property
        def x(self):
            return self[0]
        def __add__(self, o):
            return Point(self[0] + o[0], self[1] + o[1])
    p = Point(1, 2)
    q = p + Point(10, 20)
    assert type(q) is Point and q == (11, 22) and q.x == 11
    assert hash(p) == hash((1, 2))
    assert type(p[:1]) is tuple and p[:1] == (1,)
    x, y = p
    assert (x, y) == (1, 2)
    assert repr(p) == '(1, 2)'


def test_tuple_subclass_init_args_ignored():
    class T(tuple):
        def __init__(self, *args):
            self.args_seen = args
    t = T([1, 2])
    assert t == (1, 2) and t.args_seen == ([1, 2],)
    expect(TypeError, 'tuple() takes at most 1 argument (2 given)', T, 1, 2)


def test_set_subclass():
    class S(set):
        def __contains__(self, x):
            return x == 'always'
    s = S([1, 2])
    assert 'always' in s and 1 not in s
    assert type(s | {3}) is set
    assert len(s) == 2


def test_bytes_and_complex_subclass():
    class B(bytes):
        def hexed(self):
            return ''.join('%02x' % c for c in self)
    b = B(b'\x01\xff')
    assert b.hexed() == '01ff' and b == b'\x01\xff' and type(b[:1]) is bytes
    class C(complex):
        def __abs__(self):
            return 'abs'
    c = C(3, 4)
    assert abs(c) == 'abs' and c.real == 3.0 and type(c + 1) is complex


def test_exception_subclass():
    class MyError(Exception):
        def __init__(self, code):
            super().__init__('code %d' % code)
            self.code = code
    try:
        raise MyError(7)
    except Exception as e:
        assert e.code == 7 and e.args == ('code 7',) and str(e) == 'code 7'
        assert repr(e) == "MyError('code 7',)"
    class NoInit(Exception):
        def __init__(self):
            pass
    e = NoInit()
    assert e.args == () and str(e) == ''
    class NewOnly(Exception):
        def __new__(cls, *args):
            return super().__new__(cls, *args)
    assert NewOnly(1, 2).args == (1, 2)
    class WithStr(KeyError):
        def __str__(self):
            return 'nicer'
    assert str(WithStr('k')) == 'nicer'


def test_exception_args_set_by_new():
    class E(Exception):
        def __init__(self, a, b):
            self.a = a
    e = E(1, 2)
    assert e.args == (1, 2) and e.a == 1


def test_object_subclass_with_builtin_mixin_layout():
    class A(int):
        pass
    class B(str):
        pass
    def f():
        class C(A, B):
            pass
    expect(TypeError, 'multiple bases have instance lay-out conflict', f)


def test_range_and_function_not_subclassable():
    for base in (range, type(lambda: 0), type(None), slice):
        def f():
            class X(base):
                pass
        expect(TypeError, "type '%s' is not an acceptable base type" % base.__name__, f)


def test_subclass_of_type():
    class Meta(type):
        def __call__(cls, *a):
            inst = super().__call__(*a)
            inst.via_meta = True
            return inst
        def __len__(cls):
            return 3
    class C(metaclass=Meta):
        def __init__(self, v):
            self.v = v
    c = C(5)
    assert c.v == 5 and c.via_meta and len(C) == 3


def test_isinstance_of_builtin_subclasses():
    class I(int):
        pass
    assert isinstance(I(1), (str, int)) and not isinstance(1, I)
    assert type(I(1)) is I and I.__mro__ == (I, int, object)
    assert I.__base__ is int



def test_list_subclass_star_args_reads_items():
    # f(*l) converts with tuple(), which reads a list's items directly
    def f(*a):
        return a
    assert f(*IterL(['a', 'b'])) == ('a', 'b')
    assert tuple(IterL(['a', 'b'])) == ('a', 'b')


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()

# __slots__ values of a subclass of a built-in type never show in its
# __dict__ (they used to sit there under internal keys).
class _SlotExc(Exception):
    __slots__ = ('a',)
_se = _SlotExc()
_se.a = 1
assert _se.__dict__ == {} and _se.a == 1
class _SlotList(list):
    __slots__ = ('x', '__dict__')
_sl = _SlotList()
_sl.x = 2
_sl.y = 3
assert _sl.__dict__ == {'y': 3} and _sl.x == 2
del _sl.x
try:
    _sl.x
except AttributeError:
    pass
else:
    raise AssertionError('slot still set')
