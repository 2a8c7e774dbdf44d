# functools: partial and reduce (native), update_wrapper/wraps,
# total_ordering, cmp_to_key and lru_cache as 3.2 has them.
import functools
from functools import *


def raises(exc, f, *args, **kwds):
    try:
        f(*args, **kwds)
    except exc as e:
        return str(e)
    raise AssertionError("%r did not raise %s" % (f, exc.__name__))


# partial
p = partial(int, base=2)
assert p('101') == 5 and p('11', base=10) == 11
assert p.func is int and p.args == () and p.keywords == {'base': 2}
assert partial(len).keywords is None       # 3.2: None without keywords
q = partial(max, 1, 7)
assert q(3) == 7 and q.args == (1, 7) and q(10, key=lambda x: -x) == 1
assert partial(lambda *a, **k: (a, k), 1, x=2)(2, y=3) == ((1, 2), {'x': 2, 'y': 3})
assert partial(lambda **k: k, a=1)(a=2) == {'a': 2}
assert repr(partial(len)) == 'functools.partial(<built-in function len>)'
assert repr(partial(int, 1)) == "functools.partial(<class 'int'>, 1)"
assert repr(partial(int, base=2)) == "functools.partial(<class 'int'>, base=2)"
assert type(p) is partial and partial.__module__ == 'functools'
assert raises(TypeError, partial) == "type 'partial' takes at least one argument"
assert raises(TypeError, partial, 1) == 'the first argument must be callable'
assert raises(AttributeError, setattr, p, 'func', len) == 'readonly attribute'
assert raises(TypeError, setattr, p, '__dict__', 1) == "setting partial object's dictionary to a non-dict"
assert raises(TypeError, delattr, p, '__dict__') == "a partial object's dictionary may not be deleted"
p.note = 'x'
assert p.__dict__ == {'note': 'x'}
d = {}
p.__dict__ = d
p.other = 1
assert d == {'other': 1}
r = partial(int, base=2).__reduce__()
assert r == (partial, (int,), (int, (), {'base': 2}, None))
s = partial.__new__(partial, len)
s.__setstate__((len, ('ab',), None, {'a': 1}))
assert s() == 2 and s.a == 1 and s.args == ('ab',)
assert raises(TypeError, s.__setstate__, (1, 2, 3)) == 'function takes exactly 4 arguments (3 given)'
nested = partial(p, '11')
assert nested.func is p and nested() == 3


class MyPartial(partial):
    pass


mp = MyPartial(len, 'abc')
assert mp() == 3 and type(mp) is MyPartial and repr(mp) == "MyPartial(<built-in function len>, 'abc')"

# reduce
assert reduce(lambda a, b: a + b, [1, 2, 3, 4]) == 10
assert reduce(lambda a, b: a * b, [], 7) == 7
assert reduce(lambda a, b: a + b, 'abc', '') == 'abc'
assert reduce(lambda a, b: a + b, [5]) == 5
assert raises(TypeError, reduce) == 'reduce expected at least 2 arguments, got 0'
assert raises(TypeError, reduce, len, [], 1, 2) == 'reduce expected at most 3 arguments, got 4'
assert raises(TypeError, reduce, len, 1) == 'reduce() arg 2 must support iteration'
assert raises(TypeError, reduce, len, []) == 'reduce() of empty sequence with no initial value'

# update_wrapper and wraps
assert WRAPPER_ASSIGNMENTS == ('__module__', '__name__', '__doc__', '__annotations__')
assert WRAPPER_UPDATES == ('__dict__',)


def decorate(f):
    @wraps(f)
    def wrapper(*args, **kwds):
        return f(*args, **kwds)
    return wrapper


def target(x: int) -> str:
    "target's doc"
    return str(x)


target.extra = 42
w = decorate(target)
assert w.__name__ == 'target' and w.__doc__ == "target's doc"
assert w.__annotations__ == {'x': int, 'return': str} and w.extra == 42
assert w.__wrapped__ is target and w(5) == '5'


def plain():
    pass


assert update_wrapper(plain, len, assigned=('__name__', '__missing_attr__')) is plain
assert plain.__name__ == 'len' and plain.__wrapped__ is len


# total_ordering
@total_ordering
class Lt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __eq__(self, other):
        return self.v == other.v


assert Lt(2) > Lt(1) and Lt(1) <= Lt(1) and Lt(3) >= Lt(2) and not Lt(1) >= Lt(2)
assert Lt.__gt__.__name__ == '__gt__' and Lt.__ge__.__doc__ == int.__ge__.__doc__


@total_ordering
class Ge:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v

    def __eq__(self, other):
        return self.v == other.v


assert Ge(1) < Ge(2) and Ge(1) <= Ge(1) and not Ge(3) <= Ge(2) and Ge(3) > Ge(2)
assert sorted([Ge(3), Ge(1), Ge(2)])[0].v == 1


def no_ordering():
    @total_ordering
    class Nothing:
        pass


assert raises(ValueError, no_ordering) == 'must define at least one ordering operation: < > <= >='

# cmp_to_key
assert sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)) == [3, 2, 1]
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
assert K(1) < K(2) and K(2) == K(2) and K(3) >= K(2) and K(1) != K(2)
assert raises(TypeError, hash, K(1)).startswith('unhashable type')

# lru_cache (3.2: maxsize only; no typed argument)
calls = []


@lru_cache(maxsize=2)
def f(x, y=0):
    calls.append(x)
    return x * 2 + y


assert [f(1), f(2), f(1), f(3), f(2), f(1)] == [2, 4, 2, 6, 4, 2]
assert calls == [1, 2, 3, 2, 1]
assert f(1, y=1) == 3 and f(1, y=1) == 3
info = f.cache_info()
assert info == (2, 6, 2, 2) and info.hits == 2 and info.misses == 6 and info.currsize == 2
assert type(info).__name__ == 'CacheInfo'
f.cache_clear()
assert f.cache_info() == (0, 0, 2, 0) and f.__wrapped__(5) == 10
assert f.__name__ == 'f'


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


assert fib(80) == 23416728348467685 and fib.cache_info() == (78, 81, None, 81)


@lru_cache()
def ident(x):
    return x


assert ident(1) == 1 and ident(1) == 1 and ident.cache_info() == (1, 1, 100, 1)
assert raises(TypeError, ident, []) == "unhashable type: 'list'"
try:
    lru_cache(maxsize=10, typed=True)
except TypeError:
    pass
else:
    raise AssertionError('typed is 3.3')
assert set(functools.__all__) == {'update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS',
                                  'WRAPPER_UPDATES', 'total_ordering', 'cmp_to_key',
                                  'lru_cache', 'reduce', 'partial'}
assert raises(SystemError, partial(len).__setstate__, [len, (), None, None]) == \
    'new style getargs format but argument is not a tuple'
