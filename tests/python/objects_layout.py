# Object layout: instance dicts sized from their class (attributes added
# beyond the usual count, __dict__ replaced or deleted), subclasses of
# int, float and complex with attributes and __class__ assignment,
# truth of ints, and hasattr/getattr with a default on missing
# attributes, raising properties and __getattr__.


def test_instance_dicts():
    class P:
        def __init__(self, n):
            for i in range(n):
                setattr(self, 'a%d' % i, i)
    for n in (0, 1, 3, 2, 5, 9, 12, 4, 0, 7):
        p = P(n)
        assert list(vars(p)) == ['a%d' % i for i in range(n)], (n, vars(p))
        assert [getattr(p, 'a%d' % i) for i in range(n)] == list(range(n))
        p.extra = 'x'
        assert p.extra == 'x' and len(vars(p)) == n + 1
        del p.extra
        assert not hasattr(p, 'extra') and len(vars(p)) == n
    q = P(3)
    q.__dict__ = {'z': 1}
    assert q.z == 1 and not hasattr(q, 'a0')
    q.y = 2
    assert vars(q) == {'z': 1, 'y': 2}
    del q.__dict__
    assert vars(q) == {}
    q.w = 3
    assert vars(q) == {'w': 3}
    d = P(2).__dict__
    d['k'] = 5
    assert d == {'a0': 0, 'a1': 1, 'k': 5}


def test_number_subclasses():
    class F(float):
        pass

    class G(float):
        pass

    class I(int):
        pass

    class C(complex):
        pass
    f = F(2.5)
    f.tag = 'f'
    assert f == 2.5 and type(f) is F and f.tag == 'f' and vars(f) == {'tag': 'f'}
    f.__class__ = G
    assert type(f) is G and f.tag == 'f' and f + 1 == 3.5 and type(f + 1) is float
    i = I(7)
    i.n = 1
    assert i == 7 and i.n == 1 and type(i * 2) is int and (i * 2) == 14
    c = C(1, 2)
    c.k = 3
    assert c == 1 + 2j and c.k == 3
    for x in (1.5, 10 ** 6, 1j, 10 ** 30):
        try:
            x.__class__ = F
        except TypeError:
            pass
        else:
            raise AssertionError('__class__ of %r assigned' % (x,))
        try:
            x.attr = 1
        except AttributeError:
            pass
        else:
            raise AssertionError('attribute set on %r' % (x,))
    total = 0.0
    for k in range(20000):
        total += (k * 0.5) * 2.0 - k
    assert total == 0.0


def test_int_truth():
    values = [0, 1, -1, 65536, 65537, -6, 10 ** 20, -10 ** 20, True, False]
    assert [bool(v) for v in values] == [False, True, True, True, True, True, True, True, True, False]
    assert [1 if v else 0 for v in values] == [0, 1, 1, 1, 1, 1, 1, 1, 1, 0]

    class I(int):
        def __bool__(self):
            return False
    assert not I(5)
    n = 0
    if I(3):
        n = 1
    assert n == 0


def test_hasattr_getattr():
    class A:
        x = 1

        @property
        def bad(self):
            raise AttributeError('inner')

        @property
        def worse(self):
            raise ValueError('boom')

    a = A()
    a.y = 2
    assert hasattr(a, 'x') and hasattr(a, 'y') and not hasattr(a, 'z')
    assert not hasattr(a, 'bad')
    assert getattr(a, 'z', 9) == 9 and getattr(a, 'bad', 8) == 8 and getattr(a, 'y', 0) == 2
    for f in (lambda: hasattr(a, 'worse'), lambda: getattr(a, 'worse', 1)):
        try:
            f()
        except ValueError as e:
            assert str(e) == 'boom'
        else:
            raise AssertionError('no ValueError')
    try:
        getattr(a, 'z')
    except AttributeError as e:
        assert str(e) == "'A' object has no attribute 'z'", str(e)
    else:
        raise AssertionError('no AttributeError')

    class G:
        def __getattr__(self, name):
            if name == 'dyn':
                return 42
            raise AttributeError(name)
    g = G()
    assert hasattr(g, 'dyn') and not hasattr(g, 'nope')
    assert getattr(g, 'dyn', 0) == 42 and getattr(g, 'nope', 0) == 0
    assert hasattr(3, 'real') and not hasattr(3, 'nope') and getattr(3, 'nope', 'd') == 'd'
    assert hasattr(A, 'x') and not hasattr(A, 'nope') and getattr(A, 'nope', 'd') == 'd'


test_instance_dicts()
test_number_subclasses()
test_int_truth()
test_hasattr_getattr()
