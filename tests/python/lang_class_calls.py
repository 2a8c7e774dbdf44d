# Calling a class: object.__new__ then __init__ (which the evaluator runs
# itself for plain classes), and every way a class can differ from that:
# its own __new__, a metaclass with __call__, abstract methods, __del__,
# an __init__ that is not a function or returns a value, keyword and
# starred arguments, errors raised in __init__, subclasses of built-ins.
import abc
import gc
import sys
import traceback


def raises(exc, f, msg=None):
    try:
        f()
    except exc as e:
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError('no ' + exc.__name__)


class P:
    def __init__(self, x, y=2, *rest, **kw):
        self.x, self.y, self.rest, self.kw = x, y, rest, kw


p = P(1)
assert (p.x, p.y, p.rest, p.kw) == (1, 2, (), {}) and type(p) is P
p = P(1, 3, 4, 5)
assert (p.y, p.rest) == (3, (4, 5))
p = P(1, z=9)
assert p.kw == {'z': 9}
p = P(*(7, 8), **{'k': 1})
assert (p.x, p.y, p.kw) == (7, 8, {'k': 1})
raises(TypeError, lambda: P(), '__init__() takes at least 2 arguments (1 given)')


class R:
    def __init__(self):
        return 5


raises(TypeError, R, "__init__() should return None, not 'int'")


class Boom:
    def __init__(self, n):
        if n:
            raise ValueError(n)


e = raises(ValueError, lambda: Boom(3))
names = [fr[2] for fr in traceback.extract_tb(e.__traceback__)]
assert names[-1] == '__init__' and '<lambda>' in names, names


class N:
    def __new__(cls, *args):
        o = object.__new__(cls)
        o.args = args
        return o

    def __init__(self, *args):
        self.init_args = args


n = N(1, 2)
assert n.args == (1, 2) and n.init_args == (1, 2)


class Other:
    pass


class NotMine:
    def __new__(cls):
        return Other()

    def __init__(self):
        raise AssertionError('not called: __new__ returned another type')


assert type(NotMine()) is Other


class Meta(type):
    def __call__(cls, *args):
        return ('meta', args)


class WithMeta(metaclass=Meta):
    def __init__(self, a):
        raise AssertionError('not called')


assert WithMeta(1) == ('meta', (1,))


class Base(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def f(self):
        pass

    def __init__(self):
        self.made = True


raises(TypeError, Base, "Can't instantiate abstract class Base with abstract methods f")


class Concrete(Base):
    def f(self):
        return 1


assert Concrete().made
deleted = []


class D:
    def __init__(self, k):
        self.k = k

    def __del__(self):
        deleted.append(self.k)


D(1)
gc.collect()
assert deleted == [1], deleted


class CallableInit:
    class Init:
        def __get__(self, obj, typ):
            return lambda *a: setattr(obj, 'via', a)

    __init__ = Init()


c = CallableInit()
assert c.via == ()


class Sub(list):
    def __init__(self, n):
        list.__init__(self, range(n))


assert Sub(3) == [0, 1, 2] and type(Sub(1)) is Sub


class Late:
    def __init__(self):
        self.v = 1


assert Late().v == 1
Late.__init__ = lambda self: setattr(self, 'v', 2)
assert Late().v == 2
del Late.__init__
raises(TypeError, lambda: Late(1), 'object() takes no parameters')
assert type(Late()) is Late


class Slots:
    __slots__ = ('a',)

    def __init__(self):
        self.a = 5


assert Slots().a == 5
raises(AttributeError, lambda: setattr(Slots(), 'b', 1))


# Calls with *args and **kwargs of every length, to Python functions and
# to built-ins (a short argument list is kept on the evaluator's stack).
def collect(*a, **k):
    return a, k


for n in range(12):
    args = tuple(range(n))
    assert collect(*args) == (args, {})
    assert collect(-1, *args, z=n) == ((-1,) + args, {'z': n})
    assert collect(*args, **{'k%d' % i: i for i in range(n)})[1] == {'k%d' % i: i for i in range(n)}
    assert max(-6, -5, *args) == (n - 1 if n else -5)
    assert list(zip(*[args, args])) == [(i, i) for i in args]
