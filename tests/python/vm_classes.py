# Class creation: __build_class__, metaclasses, __prepare__, keywords,
# zero-argument super(), decorators, and the class body namespace.

def catch(thunk):
    try:
        thunk()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)
    return None

class A:
    'doc of A'
    x = 1
    def f(self):
        return 'A.f'
assert A.__name__ == 'A' and A.__module__ == __name__ and A.__doc__ == 'doc of A'
assert A.x == 1 and A().f() == 'A.f'

class B(A):
    def f(self):
        return 'B.f+' + super().f()
assert B().f() == 'B.f+A.f', B().f()
assert B.__bases__ == (A,) and B.__mro__ == (B, A, object)

# super() in a method that uses __class__ explicitly too.
class C(B):
    def f(self):
        return (__class__ is C, super().f())
assert C().f() == (True, 'B.f+A.f'), C().f()

# Metaclass keyword, __prepare__ and extra keywords.
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(('prepare', name, kw))
        return {'prepared': True}
    def __new__(mcls, name, bases, ns, **kw):
        log.append(('new', name, sorted(ns), kw))
        return type.__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        type.__init__(cls, name, bases, ns)
class M(metaclass=Meta, flag=1):
    y = 2
assert type(M) is Meta and M.prepared is True and M.y == 2
assert log == [('prepare', 'M', {'flag': 1}), ('new', 'M', ['__module__', 'prepared', 'y'], {'flag': 1})], repr(log)

# The metaclass of a derived class comes from its bases.
class N(M):
    pass
assert type(N) is Meta

# A metaclass that is a function.
def meta_func(name, bases, ns):
    return (name, bases, sorted(k for k in ns if not k.startswith('__')))
class F(A, metaclass=meta_func):
    z = 3
assert F == ('F', (A,), ['z']), repr(F)

# Metaclass conflicts.
class Meta2(type):
    pass
class P(metaclass=Meta2):
    pass
def conflict():
    class Q(M, P):
        pass
assert catch(conflict) == 'TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases', catch(conflict)

# Bases and keywords given with * and **.
bases = (A,)
kws = {'metaclass': Meta}
class S(*bases, **kws):
    pass
assert S.__bases__ == (A,) and type(S) is Meta

# Decorators, applied bottom up.
def deco(tag):
    def apply(obj):
        obj.tags = getattr(obj, 'tags', ()) + (tag,)
        return obj
    return apply
@deco('outer')
@deco('inner')
class D:
    @deco('m')
    def m(self):
        pass
assert D.tags == ('inner', 'outer') and D.m.tags == ('m',), (D.tags, D.m.tags)

# The class body runs once, in order, with its own namespace.
order = []
class Body:
    order.append(1)
    a = 1
    order.append(2)
    b = a + 1
assert order == [1, 2] and Body.b == 2

# Methods see the class through __class__ even when the name is rebound.
class Orig:
    def who(self):
        return __class__
Alias = Orig
Orig = None
assert Alias().who() is Alias

# super() errors.
def no_args_super():
    super()
assert catch(no_args_super) == 'SystemError: super(): no arguments', catch(no_args_super)

# Properties, staticmethod and classmethod in a class body.
class Props:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value * 2
    @staticmethod
    def s(x):
        return x
    @classmethod
    def c(cls):
        return cls
p = Props()
p.v = 5
assert p.v == 10 and Props.s(3) == 3 and Props.c() is Props and p.c() is Props

# __build_class__ errors.
import builtins
bc = builtins.__build_class__
assert catch(lambda: bc()) == 'TypeError: __build_class__: not enough arguments', catch(lambda: bc())
assert catch(lambda: bc(lambda: None, 1)) == 'TypeError: __build_class__: name is not a string'
