# The type system: class creation with type() and class statements, the
# MRO, layouts, __slots__, metaclasses, and the attributes of classes.

def catch(thunk):
    try:
        thunk()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)
    return None

class A: pass
class B(A): pass
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass

r = catch(lambda: type('C', (A, B), {}))
assert r in ('TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B',
             'TypeError: Cannot create a consistent method resolution\norder (MRO) for bases B, A'), r
r = catch(lambda: type('Z', (P, Q), {}))
assert r in ('TypeError: Cannot create a consistent method resolution\norder (MRO) for bases X, Y',
             'TypeError: Cannot create a consistent method resolution\norder (MRO) for bases Y, X'), r
r = catch(lambda: type('Z', (A, A), {}))
assert r == 'TypeError: duplicate base class A', r
r = catch(lambda: type('Z', (int, str), {}))
assert r == 'TypeError: multiple bases have instance lay-out conflict', r
r = catch(lambda: type('Z', (bool,), {}))
assert r == "TypeError: type 'bool' is not an acceptable base type", r
r = catch(lambda: type('Z', (1,), {}))
assert r == 'TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases', r
r = catch(lambda: type('Z', (SystemExit, OSError), {}))
assert r == 'TypeError: multiple bases have instance lay-out conflict', r
assert catch(lambda: type('Z', (ValueError, KeyError), {})) is None

# type() arguments.
r = catch(lambda: type())
assert r == 'TypeError: type() takes 1 or 3 arguments', r
r = catch(lambda: type(1, 2))
assert r == 'TypeError: type() takes 1 or 3 arguments', r
r = catch(lambda: type('a', 1, {}))
assert r == 'TypeError: type() argument 2 must be tuple, not int', r
r = catch(lambda: type('a', (), 1))
assert r == 'TypeError: type() argument 3 must be dict, not int', r
r = catch(lambda: type(1, (), {}))
assert r == 'TypeError: type() argument 1 must be str, not int', r
r = catch(lambda: type('x', (), {}, x=1))
assert r == 'TypeError: type() takes 1 or 3 arguments', r
r = catch(lambda: type.__new__(1))
assert r == 'TypeError: type.__new__(X): X is not a type object (int)', r
r = catch(lambda: type.__new__(int, 'a', (), {}))
assert r == 'TypeError: type.__new__(int): int is not a subtype of type', r
r = catch(lambda: type.__init__(int, 1, 2))
assert r == 'TypeError: type.__init__() takes 1 or 3 arguments', r
r = catch(lambda: type.__init__(int, 1, 2, x=3))
assert r == 'TypeError: type.__init__() takes no keyword arguments', r
assert type(1) is int and type(A()) is A and type(A) is type

T = type('T', (A,), {'x': 1, '__doc__': 'tdoc'})
assert T.__name__ == 'T' and T.__bases__ == (A,) and T.x == 1 and T.__doc__ == 'tdoc'
assert T.__module__ == __name__, T.__module__
assert T.__mro__ == (T, A, object) and T.mro() == [T, A, object]
assert repr(T) == "<class '__main__.T'>", repr(T)
assert repr(int) == "<class 'int'>" and repr(type) == "<class 'type'>"

# Diamond MRO.
class D0: pass
class D1(D0): pass
class D2(D0): pass
class D3(D1, D2): pass
assert D3.__mro__ == (D3, D1, D2, D0, object)

# __slots__.
r = catch(lambda: type('Z', (int,), {'__slots__': ('a',)}))
assert r == "TypeError: nonempty __slots__ not supported for subtype of 'int'", r
r = catch(lambda: type('Z', (), {'__slots__': ('a', 1)}))
assert r == "TypeError: __slots__ items must be strings, not 'int'", r
r = catch(lambda: type('Z', (), {'__slots__': ('a b',)}))
assert r == 'TypeError: __slots__ must be identifiers', r
r = catch(lambda: type('Z', (), {'__slots__': ('__dict__', '__dict__')}))
assert r == 'TypeError: __dict__ slot disallowed: we already got one', r
r = catch(lambda: type('Z', (), {'__slots__': ('__weakref__', '__weakref__')}))
assert r == 'TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0', r
r = catch(lambda: type('Z', (tuple,), {'__slots__': ('__weakref__',)}))
assert r == "TypeError: nonempty __slots__ not supported for subtype of 'tuple'", r
r = catch(lambda: type('Z', (A,), {'__slots__': ('__weakref__',)}))
assert r == 'TypeError: __weakref__ slot disallowed: either we already got one, or __itemsize__ != 0', r
r = catch(lambda: type('Z', (A,), {'__slots__': ('__dict__',)}))
assert r == 'TypeError: __dict__ slot disallowed: we already got one', r
assert catch(lambda: type('Z', (), {'__slots__': ('a',), 'a': 1})) is None
assert catch(lambda: type('Z', (A,), {'__slots__': 'abc'})) is None

class S:
    __slots__ = ('a', 'b', '__private')
    def setp(self, v):
        self.__private = v
    def getp(self):
        return self.__private
s = S()
assert catch(lambda: s.a) == 'AttributeError: a'
s.a = 1
assert s.a == 1
def f():
    del s.b
assert catch(f) == 'AttributeError: b'
r = catch(lambda: setattr(s, 'c', 1))
assert r == "AttributeError: 'S' object has no attribute 'c'", r
r = catch(lambda: s.__dict__)
assert r == "AttributeError: 'S' object has no attribute '__dict__'", r
assert repr(S.a) == "<member 'a' of 'S' objects>", repr(S.a)
assert S.a.__doc__ is None
assert '_S__private' in S.__dict__
s.setp(5)
assert s.getp() == 5
r = catch(lambda: S.a.__get__(1))
assert r == "TypeError: descriptor 'a' for 'S' objects doesn't apply to 'int' object", r
assert S.__slots__ == ('a', 'b', '__private')

class SD:
    __slots__ = ('x', '__dict__')
sd = SD()
sd.x = 1
sd.y = 2
assert sd.__dict__ == {'y': 2}

class SL(list):
    __slots__ = ('tag',)
sl = SL([1, 2])
sl.tag = 't'
assert sl.tag == 't' and sl == [1, 2]
r = catch(lambda: setattr(sl, 'other', 1))
assert r == "AttributeError: 'SL' object has no attribute 'other'", r

# Metaclasses.
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns['made_by'] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)
class WithMeta(metaclass=Meta):
    pass
assert WithMeta.made_by == 'Meta' and type(WithMeta) is Meta
class Sub(WithMeta):
    pass
assert type(Sub) is Meta and Sub.made_by == 'Meta'
Dyn = Meta('Dyn', (), {})
assert type(Dyn) is Meta and Dyn.made_by == 'Meta'
class M2(type): pass
r = catch(lambda: M2('Z', (WithMeta,), {}))
assert r == 'TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases', r
class M3(Meta): pass
assert type(M3('Z', (WithMeta,), {})) is M3
assert type(type('Z', (WithMeta,), {})) is Meta
class Other(type): pass
class WithOther(metaclass=Other): pass
r = catch(lambda: type('Z', (WithMeta, WithOther), {}))
assert r == 'TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases', r

class CallMeta(type):
    def __call__(cls, *args):
        return ('called', args)
class CM(metaclass=CallMeta): pass
assert CM(1, 2) == ('called', (1, 2))

class MroMeta(type):
    def mro(cls):
        return [cls, object]
class MR(A, metaclass=MroMeta): pass
assert MR.__mro__ == (MR, object), MR.__mro__
class BadMro(type):
    def mro(cls):
        return [cls, 1]
r = catch(lambda: BadMro('Z', (), {}))
assert r == "TypeError: mro() returned a non-class ('int')", r

# Class attributes.
class K:
    'kdoc'
    x = 1
assert K.__doc__ == 'kdoc' and K.__dict__['__doc__'] == 'kdoc'
class NoDoc: pass
assert NoDoc.__doc__ is None and '__doc__' in NoDoc.__dict__
assert type(K.__dict__).__name__ == 'dict_proxy'
assert repr(K.__dict__).startswith('dict_proxy({')
assert K.__dict__['x'] == 1 and K.__dict__.get('x') == 1 and 'x' in K.__dict__
assert K.__base__ is object and object.__base__ is None
r = catch(lambda: setattr(K, '__name__', 1))
assert r == "TypeError: can only assign string to K.__name__, not 'int'", r
def f():
    del K.__name__
assert catch(f) == "TypeError: can't delete K.__name__"
r = catch(lambda: setattr(K, '__name__', 'B\0'))
assert r == 'ValueError: __name__ must not contain null bytes', r
K.__name__ = 'KK'
assert repr(K) == "<class '__main__.KK'>" and K.__name__ == 'KK'
K.__name__ = 'K'
K.__module__ = 'zz'
assert repr(K) == "<class 'zz.K'>" and K.__module__ == 'zz'
r = catch(lambda: setattr(int, '__module__', 'zz'))
assert r == "TypeError: can't set attributes of built-in/extension type 'int'", r
assert int.__module__ == 'builtins' and type.__name__ == 'type'
r = catch(lambda: setattr(K, '__doc__', 'x'))
assert r == "AttributeError: attribute '__doc__' of 'type' objects is not writable", r
r = catch(lambda: type.__abstractmethods__)
assert r == 'AttributeError: __abstractmethods__', r
r = catch(lambda: K.__abstractmethods__)
assert r == 'AttributeError: __abstractmethods__', r
assert type.__prepare__('a', 1, x=2) == {}
r = catch(lambda: type.mro(1))
assert r == "TypeError: descriptor 'mro' requires a 'type' object but received a 'int'", r
r = catch(lambda: K.foo)
assert r == "AttributeError: type object 'K' has no attribute 'foo'", r
r = catch(lambda: setattr(int, 'x', 1))
assert r == "TypeError: can't set attributes of built-in/extension type 'int'", r
r = catch(lambda: delattr(int, 'foo'))
assert r == "TypeError: can't set attributes of built-in/extension type 'int'", r
r = catch(lambda: delattr(K, 'foo'))
assert r == 'AttributeError: foo', r
r = catch(lambda: type(None)())
assert r == "TypeError: cannot create 'NoneType' instances", r
r = catch(lambda: type(Ellipsis)())
assert r == "TypeError: cannot create 'ellipsis' instances", r
r = catch(lambda: type(len)())
assert r == "TypeError: cannot create 'builtin_function_or_method' instances", r

# __subclasses__ and __bases__ assignment.
class Base1: pass
class Kid(Base1): pass
assert Base1.__subclasses__() == [Kid]
class Base2:
    def who(self): return 'Base2'
Kid.__bases__ = (Base2,)
assert Kid.__bases__ == (Base2,) and Kid().who() == 'Base2' and Kid.__mro__ == (Kid, Base2, object)
assert Base1.__subclasses__() == [] and Base2.__subclasses__() == [Kid]
r = catch(lambda: setattr(Kid, '__bases__', 1))
assert r == 'TypeError: can only assign tuple to Kid.__bases__, not int', r
r = catch(lambda: setattr(Kid, '__bases__', ()))
assert r == 'TypeError: can only assign non-empty tuple to Kid.__bases__, not ()', r
r = catch(lambda: setattr(Kid, '__bases__', (1,)))
assert r == "TypeError: Kid.__bases__ must be tuple of old- or new-style classes, not 'int'", r
class GrandKid(Kid): pass
r = catch(lambda: setattr(Kid, '__bases__', (GrandKid,)))
assert r == 'TypeError: a __bases__ item causes an inheritance cycle', r
def f():
    del Kid.__bases__
assert catch(f) == "TypeError: can't delete Kid.__bases__"
r = catch(lambda: setattr(int, '__bases__', (object,)))
assert r == "TypeError: can't set attributes of built-in/extension type 'int'", r

# __abstractmethods__ and the layout attributes.
class AbstractA:
    pass
AbstractA.__abstractmethods__ = frozenset(['g', 'f'])
r = catch(lambda: AbstractA())
assert r == "TypeError: Can't instantiate abstract class AbstractA with abstract methods f, g", r
assert AbstractA.__abstractmethods__ == frozenset(['f', 'g'])
AbstractA.__abstractmethods__ = ()
assert type(AbstractA()) is AbstractA
del AbstractA.__abstractmethods__
r = catch(lambda: AbstractA.__abstractmethods__)
assert r == 'AttributeError: __abstractmethods__', r
def f():
    del AbstractA.__abstractmethods__
r = catch(f)
assert r == 'AttributeError: __abstractmethods__', r
assert AbstractA.__flags__ & (1 << 9)
assert int.__flags__ & (1 << 24)
assert AbstractA.__basicsize__ == 32 and AbstractA.__dictoffset__ == 16 and AbstractA.__weakrefoffset__ == 24, (AbstractA.__basicsize__, AbstractA.__dictoffset__, AbstractA.__weakrefoffset__)
class S:
    __slots__ = ('a', 'b')
assert S.__basicsize__ == 32 and S.__dictoffset__ == 0 and S.__weakrefoffset__ == 0, (S.__basicsize__, S.__dictoffset__, S.__weakrefoffset__)
assert S().__sizeof__() == 32 and AbstractA().__sizeof__() == 32 and object().__sizeof__() == 16
assert AbstractA.__itemsize__ == 0 and tuple.__itemsize__ == 8 and int.__itemsize__ == 4
