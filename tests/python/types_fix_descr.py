# Descriptor and class-machinery details as CPython 3.2 has them.
import math, sys

# __get__ through the slot wrapper takes any object as its second argument.
class F:
    def f(self):
        return self
fn = F.__dict__['f']
m = fn.__get__(1, 2)
assert m() == 1
assert fn.__get__(None, 5) is fn
try:
    fn.__get__(None, None)
except TypeError as e:
    assert str(e) == "__get__(None, None) is invalid"
else:
    raise AssertionError("no TypeError")
cm = classmethod(F.f)
assert cm.__get__(1, 2)() == 2
assert cm.__get__(1)() is int

class M2(object):
    @staticmethod
    def __new__(cls, name, bases, dict):
        self = object.__new__(cls)
        self.dict = dict
        return self
    def __call__(self):
        it = type("I", (), {})()
        for key in self.dict:
            if not key.startswith("__"):
                setattr(it, key, self.dict[key].__get__(it, self))
        return it
class C(metaclass=M2):
    def spam(self):
        return 42
assert C().spam() == 42

# Instance-dict lookups run other keys' __eq__; their exceptions are dropped.
calls = []
class Evil(object):
    def __hash__(self):
        return hash('attr')
    def __eq__(self, other):
        calls.append(other)
        del D.attr
        return 0
class Descr(object):
    def __get__(self, ob, type=None):
        return 1
class D(object):
    attr = Descr()
d = D()
d.__dict__[Evil()] = 0
assert d.attr == 1
assert calls == ['attr']
assert not hasattr(d, 'attr')
assert len(calls) == 2

# method-wrappers of one slot compare as their objects.
l = []
assert l.__add__ == [].__add__
assert l.__add__ != [5].__add__
assert l.__add__ != l.__mul__
assert (7,).__add__ == (7,).__add__

# property's __doc__ is read-only; a subclass instance keeps it in __dict__.
p = property(F.f)
for attr in "__doc__", "fget", "fset", "fdel":
    try:
        setattr(p, attr, 42)
    except AttributeError as e:
        assert 'readonly' in str(e)
    else:
        raise AssertionError(attr)
class P(property):
    pass
def g(self):
    "gdoc"
pp = P(g)
assert pp.__doc__ == "gdoc"
pp.__doc__ = "x"
assert pp.__doc__ == "x"

# A class-made __dict__ descriptor defers to a built-in base's own.
class Base(object):
    pass
class Meta1(type, Base):
    pass
class K(metaclass=Meta1):
    pass
try:
    Base.__dict__["__dict__"].__set__(K, {})
except (AttributeError, TypeError):
    pass
else:
    raise AssertionError("class __dict__ replaced")
class E2(Base, Exception):
    pass
e = E2()
e.__dict__ = {"a": 1}
assert e.a == 1

# __bases__ cannot swap one built-in layout for another.
class L(list):
    pass
try:
    L.__bases__ = (dict,)
except TypeError:
    pass
else:
    raise AssertionError("list subclass became dict subclass")

# Special methods are looked up through descriptors.
record = []
class SpecialDescr(object):
    def __init__(self, impl):
        self.impl = impl
    def __get__(self, obj, owner):
        record.append(1)
        return self.impl.__get__(obj, owner)
def zero(self):
    return 0
def iden(self):
    return self
def stop(self):
    raise StopIteration
for name, runner in [("__length_hint__", list), ("__floor__", math.floor),
                     ("__ceil__", math.ceil), ("__trunc__", math.trunc)]:
    class X(object):
        pass
    X.__iter__ = iden
    X.__next__ = stop
    setattr(X, name, SpecialDescr(zero))
    record = []
    runner(X())
    assert record == [1], name

class MyException(Exception):
    pass
class ErrDescr(object):
    def __get__(self, obj, owner):
        raise MyException
class X(object):
    __iter__ = iden
    __next__ = stop
    __length_hint__ = ErrDescr()
try:
    list(X())
except MyException:
    pass
else:
    raise AssertionError("__length_hint__ error swallowed")
class Hint(object):
    def __iter__(self):
        return iter([1, 2])
    def __length_hint__(self):
        raise TypeError
assert list(Hint()) == [1, 2]

# Docs of descriptors.
from _io import FileIO
assert FileIO.closed.__doc__ == "True if the file is closed"
assert complex.real.__doc__ == "the real part of a complex number"
import _testcapi
class Y(object):
    p = property(_testcapi.test_with_docstring)
assert Y.p.__doc__ == "This is a pretty normal docstring."
