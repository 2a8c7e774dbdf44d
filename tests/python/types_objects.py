# The type system: object's __new__/__init__, generic attribute access,
# __class__ assignment, descriptors (method, getset, member, slot
# wrappers, property, staticmethod, classmethod) and super().

def catch(thunk):
    try:
        thunk()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)
    return None

# object.__new__ and object.__init__ and their excess-argument rules.
class A: pass
r = catch(lambda: object(1))
assert r == 'TypeError: object() takes no parameters', r
r = catch(lambda: object(x=1))
assert r == 'TypeError: object() takes no parameters', r
r = catch(lambda: A(1))
assert r == 'TypeError: object() takes no parameters', r
class I:
    def __init__(self, x): self.x = x
assert I(1).x == 1
r = catch(lambda: object.__init__(I(1), 1))
assert r == 'TypeError: object.__init__() takes no parameters', r
class N:
    def __new__(cls, x): return object.__new__(cls)
assert type(N(1)) is N
class N2:
    def __new__(cls, x): return object.__new__(cls, x)
r = catch(lambda: N2(1))
assert r == 'TypeError: object() takes no parameters', r
class N3:
    def __init__(self, x): object.__init__(self, x)
r = catch(lambda: N3(1))
assert r == 'TypeError: object.__init__() takes no parameters', r
r = catch(lambda: object.__new__(1))
assert r == 'TypeError: object.__new__(X): X is not a type object (int)', r
r = catch(lambda: object.__new__(int))
assert r == 'TypeError: object.__new__(int) is not safe, use int.__new__()', r
r = catch(lambda: object.__new__())
assert r == 'TypeError: object.__new__(): not enough arguments', r
class R:
    def __init__(self): return 1
r = catch(lambda: R())
assert r == "TypeError: __init__() should return None, not 'int'", r
class NotInst:
    def __new__(cls): return 42
    def __init__(self): raise Exception('not called')
assert NotInst() == 42

# Generic attributes.
class C:
    x = 1
c = C()
assert c.x == 1
r = catch(lambda: c.foo)
assert r == "AttributeError: 'C' object has no attribute 'foo'", r
r = catch(lambda: delattr(c, 'foo'))
assert r == "AttributeError: 'C' object has no attribute 'foo'", r
c.y = 2
r = catch(lambda: delattr(c, 'foo'))
assert r == 'AttributeError: foo', r
assert c.__dict__ == {'y': 2}
r = catch(lambda: setattr(c, '__dict__', 1))
assert r == "TypeError: __dict__ must be set to a dictionary, not a 'int'", r
c.__dict__ = {'z': 3}
assert c.z == 3
del c.__dict__
assert c.__dict__ == {}
assert c.__weakref__ is None
assert repr(C.__dict__['__dict__']) == "<attribute '__dict__' of 'C' objects>"
assert repr(C.__dict__['__weakref__']) == "<attribute '__weakref__' of 'C' objects>"
r = catch(lambda: object().foo)
assert r == "AttributeError: 'object' object has no attribute 'foo'", r
r = catch(lambda: setattr(object(), 'foo', 1))
assert r == "AttributeError: 'object' object has no attribute 'foo'", r
r = catch(lambda: setattr(1, 'foo', 1))
assert r == "AttributeError: 'int' object has no attribute 'foo'", r
r = catch(lambda: setattr(1, 'real', 1))
assert r == "AttributeError: attribute 'real' of 'int' objects is not writable", r
assert repr(c).startswith('<__main__.C object at 0x'), repr(c)
assert str(c) == repr(c)
assert c == c and c != C() and not (c == C())
assert hash(c) == hash(c)
assert object.__sizeof__(object()) == 16
assert format(c, '') == str(c)
r = catch(lambda: c.__format__(1))
assert r == 'TypeError: must be str, not int', r
r = catch(lambda: object.__setattr__(int, 'x', 1))
assert r == "TypeError: can't apply this __setattr__ to type object", r
r = catch(lambda: object.__setattr__(A, 'x', 1))
assert r == "TypeError: can't apply this __setattr__ to type object", r
type.__setattr__(A, 'x', 1)
assert A.x == 1
assert object.__getattribute__(A, 'x') == 1
r = catch(lambda: type.__getattribute__(A, 1))
assert r == "TypeError: attribute name must be string, not 'int'", r

# __class__ assignment.
class U: pass
class S1: __slots__ = ('a',)
class S2: __slots__ = ('b',)
a = A()
r = catch(lambda: setattr(a, '__class__', int))
assert r == 'TypeError: __class__ assignment: only for heap types', r
r = catch(lambda: setattr(a, '__class__', 1))
assert r == "TypeError: __class__ must be set to new-style class, not 'int' object", r
def f():
    del a.__class__
assert catch(f) == "TypeError: can't delete __class__ attribute"
r = catch(lambda: setattr(S1(), '__class__', S2))
assert r == "TypeError: __class__ assignment: 'S1' object layout differs from 'S2'", r
r = catch(lambda: setattr(a, '__class__', S1))
assert r == "TypeError: __class__ assignment: 'A' object layout differs from 'S1'", r
r = catch(lambda: setattr(1, '__class__', A))
assert r == 'TypeError: __class__ assignment: only for heap types', r
a.__class__ = U
assert type(a) is U and a.__class__ is U
class L1(list): pass
class L2(list): pass
l = L1()
l.__class__ = L2
assert type(l) is L2
r = catch(lambda: setattr(L1(), '__class__', A))
assert r == "TypeError: __class__ assignment: 'L1' object layout differs from 'A'", r

# Descriptors of built-in types.
assert repr(list.append) == "<method 'append' of 'list' objects>"
assert repr([].append).startswith('<built-in method append of list object at 0x')
assert repr(len) == '<built-in function len>'
assert repr(int.__add__) == "<slot wrapper '__add__' of 'int' objects>"
assert repr((1).__add__).startswith("<method-wrapper '__add__' of int object at 0x")
assert repr(object.__dict__['__class__']) == "<attribute '__class__' of 'object' objects>"
assert repr(dict.__dict__['fromkeys']) == "<method 'fromkeys' of 'dict' objects>"
assert repr(dict.fromkeys).startswith('<built-in method fromkeys of type object at 0x')
assert repr(object.__new__).startswith('<built-in method __new__ of type object at 0x')
r = catch(lambda: list.append(1, 2))
assert r == "TypeError: descriptor 'append' requires a 'list' object but received a 'int'", r
r = catch(lambda: list.append())
assert r == "TypeError: descriptor 'append' of 'list' object needs an argument", r
r = catch(lambda: dict.__dict__['fromkeys'](1))
assert r == "TypeError: descriptor 'fromkeys' requires a type but received a 'dict'", r
r = catch(lambda: dict.__dict__['fromkeys'](int))
assert r == "TypeError: descriptor 'fromkeys' requires a subtype of 'dict' but received 'type", r
r = catch(lambda: dict.__dict__['fromkeys']())
assert r == "TypeError: descriptor 'fromkeys' of 'dict' object needs an argument", r
r = catch(lambda: list.__dict__['append'].__get__('a'))
assert r == "TypeError: descriptor 'append' for 'list' objects doesn't apply to 'str' object", r
assert object.__dict__['__class__'].__get__(1) is int
assert object.__dict__['__class__'].__get__(None, int) is object.__dict__['__class__']
r = catch(lambda: object.__dict__['__class__'].__get__())
assert r == 'TypeError:  expected at least 1 arguments, got 0', r
r = catch(lambda: object.__dict__['__class__'].__get__(None))
assert r == 'TypeError: __get__(None, None) is invalid', r
r = catch(lambda: int.__dict__['real'].__set__(1, 2))
assert r == "AttributeError: attribute 'real' of 'int' objects is not writable", r
r = catch(lambda: int.__dict__['real'].__get__('a'))
assert r == "TypeError: descriptor 'real' for 'int' objects doesn't apply to 'str' object", r
r = catch(lambda: type.__dict__['__name__'].__set__(int, 2))
assert r == "TypeError: can't set int.__name__", r
assert type.__dict__['__name__'].__get__(int) == 'int'

# Slot wrappers.
r = catch(lambda: (2).__pow__())
assert r == 'TypeError:  expected at least 1 arguments, got 0', r
r = catch(lambda: (2).__pow__(1, 2, 3))
assert r == 'TypeError:  expected at most 2 arguments, got 3', r
r = catch(lambda: [].__setitem__(1))
assert r == 'TypeError:  expected 2 arguments, got 1', r
r = catch(lambda: [].__add__())
assert r == 'TypeError: expected 1 arguments, got 0', r
r = catch(lambda: int.__add__('a', 1))
assert r == "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'", r
r = catch(lambda: int.__add__())
assert r == "TypeError: descriptor '__add__' of 'int' object needs an argument", r
r = catch(lambda: int.__add__(1, 2, x=3))
assert r == "TypeError: wrapper __add__ doesn't take keyword arguments", r
r = catch(lambda: (1).__add__(2, x=3))
assert r == "TypeError: wrapper __add__ doesn't take keyword arguments", r
r = catch(lambda: [].__len__(1))
assert r == 'TypeError: expected 0 arguments, got 1', r
r = catch(lambda: [].__len__(x=1))
assert r == "TypeError: wrapper __len__ doesn't take keyword arguments", r
assert int.__add__(1, 2) == 3 and (1).__add__(2) == 3 and (1).__radd__(2) == 3
assert (5).__sub__(1) == 4 and (5).__rsub__(1) == -4
assert [1, 2].__len__() == 2 and (1).__hash__() == 1
assert (1).__add__('a') is NotImplemented
assert type(int.__add__).__name__ == 'wrapper_descriptor'
assert type((1).__add__).__name__ == 'method-wrapper'
assert (1).__add__.__self__ == 1 and (1).__add__.__name__ == '__add__'
assert (1).__add__.__objclass__ is int and int.__add__.__objclass__ is int
assert int.__add__.__doc__ == 'x.__add__(y) <==> x+y'
assert int.__radd__.__doc__ == 'x.__radd__(y) <==> y+x'
assert int.__lt__.__doc__ == 'x.__lt__(y) <==> x<y'
assert list.__len__.__doc__ == 'x.__len__() <==> len(x)'
assert object.__init__.__doc__ == 'x.__init__(...) initializes x; see help(type(x)) for signature'
assert int.__new__.__doc__ == 'T.__new__(S, ...) -> a new object with type S, a subtype of T'
assert object.__new__.__self__ is object
assert [].append.__self__ == [] and len.__name__ == 'len'
assert len.__module__ == 'builtins' and [].append.__module__ is None
assert (1).__add__ == (1).__add__
assert list.__hash__ is None and dict.__hash__ is None
assert '__radd__' not in list.__dict__ and '__rmul__' in list.__dict__
it = iter([1])
assert it.__next__() == 1
assert catch(lambda: it.__next__()) == 'StopIteration: '

# property, staticmethod, classmethod.
class P:
    def __init__(self): self._v = 1
    @property
    def v(self):
        'the v'
        return self._v
    @v.setter
    def v(self, value): self._v = value
    @staticmethod
    def s(x): return ('s', x)
    @classmethod
    def c(cls, x): return (cls.__name__, x)
    ro = property(lambda self: 'ro')
p = P()
assert p.v == 1
p.v = 5
assert p.v == 5 and P.v.__doc__ == 'the v' and isinstance(P.v, property)
assert P.s(1) == ('s', 1) and p.s(2) == ('s', 2)
assert P.c(1) == ('P', 1) and p.c(2) == ('P', 2)
class PS(P): pass
assert PS.c(3) == ('PS', 3)
r = catch(lambda: setattr(p, 'ro', 1))
assert r == "AttributeError: can't set attribute", r
def f():
    del p.ro
assert catch(f) == "AttributeError: can't delete attribute"
r = catch(lambda: property().__get__(1))
assert r == 'AttributeError: unreadable attribute', r
r = catch(lambda: property(1, 2, 3, 4, 5))
assert r == 'TypeError: property() takes at most 4 arguments (5 given)', r
r = catch(lambda: staticmethod(1, 2))
assert r == 'TypeError: staticmethod expected 1 arguments, got 2', r
r = catch(lambda: staticmethod(f=1))
assert r == 'TypeError: staticmethod expected 1 arguments, got 0', r
r = catch(lambda: classmethod())
assert r == 'TypeError: classmethod expected 1 arguments, got 0', r
assert P.__dict__['s'].__func__ is not None and P.__dict__['c'].__func__ is not None
pr = property(doc='d')
assert pr.__doc__ == 'd' and pr.fget is None
r = catch(lambda: setattr(pr, 'fget', 1))
assert r == 'AttributeError: readonly attribute', r
class MyProp(property): pass
class UsesMyProp:
    @MyProp
    def x(self):
        'xdoc'
        return 'x'
assert UsesMyProp().x == 'x' and UsesMyProp.x.__doc__ == 'xdoc'

# Data descriptors defined in Python.
class Desc:
    def __get__(self, obj, typ): return ('get', obj is None, typ.__name__)
    def __set__(self, obj, v): obj.__dict__['d'] = v * 3
    def __delete__(self, obj): obj.__dict__['deleted'] = True
class HD:
    d = Desc()
h = HD()
assert h.d == ('get', False, 'HD') and HD.d == ('get', True, 'HD')
h.d = 2
assert h.__dict__['d'] == 6 and h.d == ('get', False, 'HD')
del h.d
assert h.deleted
class NonData:
    def __get__(self, obj, typ): return 'nd'
class HN:
    n = NonData()
hn = HN()
assert hn.n == 'nd'
hn.n = 'own'
assert hn.n == 'own'

# super().
class S0:
    def f(self): return 'S0'
    @classmethod
    def cm(cls): return 'S0.cm ' + cls.__name__
class S1(S0):
    def f(self): return 'S1>' + super().f()
    @classmethod
    def cm(cls): return 'S1>' + super().cm()
class S2(S1):
    def f(self): return 'S2>' + super(S2, self).f()
assert S2().f() == 'S2>S1>S0'
assert S2.cm() == 'S1>S0.cm S2'
sup = super(S2, S2())
assert repr(sup) == "<super: <class 'S2'>, <S2 object>>", repr(sup)
assert repr(super(S2)) == "<super: <class 'S2'>, NULL>"
assert sup.__thisclass__ is S2 and sup.__self_class__ is S2 and super(S2).__self__ is None
r = catch(lambda: super(S2, 1))
assert r == 'TypeError: super(type, obj): obj must be an instance or subtype of type', r
r = catch(lambda: super(1))
assert r == 'TypeError: must be type, not int', r
r = catch(lambda: super())
assert r == 'SystemError: super(): no arguments', r
assert super(S2, S2).f(S2()) == 'S1>S0'
assert sup.__class__ is super

# isinstance and issubclass.
assert isinstance(1, int) and isinstance(True, int) and not isinstance(1, str)
assert isinstance(1, (str, (list, int))) and issubclass(bool, (str, int))
r = catch(lambda: isinstance(1, 1))
assert r == 'TypeError: isinstance() arg 2 must be a type or tuple of types', r
r = catch(lambda: issubclass(1, int))
assert r == 'TypeError: issubclass() arg 1 must be a class', r
r = catch(lambda: issubclass(int, 1))
assert r == 'TypeError: issubclass() arg 2 must be a class or tuple of classes', r
class Anything(type):
    def __instancecheck__(cls, inst): return inst == 'yes'
    def __subclasscheck__(cls, sub): return sub is int
class Any(metaclass=Anything): pass
assert isinstance('yes', Any) and not isinstance('no', Any)
assert issubclass(int, Any) and not issubclass(str, Any)
class Proxy:
    __class__ = property(lambda self: int)
assert isinstance(Proxy(), int)

# Metaclass descriptors, class-level access, cooperative __init__, layouts.
class MetaD:
    def __get__(self, obj, typ): return ('meta-data', obj.__name__ if obj else None)
    def __set__(self, obj, v): obj.store = v
class Meta(type):
    d = MetaD()
    nd = 'meta-nondata'
    def __getattr__(cls, name): return 'meta-getattr:' + name
class C(metaclass=Meta):
    d = 'class-d'
    nd = 'class-nd'
assert C.d == ('meta-data', 'C'), C.d
assert C.nd == 'class-nd'
assert C.zz == 'meta-getattr:zz'
C.d = 5
assert type.__getattribute__(C, 'store') == 5
assert C().d == 'class-d'
class WithClassDescr:
    @property
    def p(self): return 'p'
assert isinstance(WithClassDescr.p, property)
# Class attribute lookups through instance of metaclass.
assert Meta.nd == 'meta-nondata'
r = catch(lambda: Meta.zz)
assert r == "AttributeError: type object 'Meta' has no attribute 'zz'", r
# staticmethod and classmethod accessed on the class.
class SC:
    @staticmethod
    def s(): return 1
    @classmethod
    def c(cls): return cls
assert SC.__dict__['s'].__get__(None, SC)() == 1
assert SC.__dict__['c'].__get__(None, SC)() is SC
assert SC.__dict__['c'].__get__(SC())() is SC
# Methods found through a class are plain functions in 3.2.
class F:
    def m(self): return self
assert type(F.m).__name__ == 'function' and F.m(5) == 5
assert type(F().m).__name__ == 'method'
# __init__ via super in a diamond.
order = []
class R:
    def __init__(self): order.append('R')
class L1(R):
    def __init__(self):
        order.append('L1'); super().__init__()
class L2(R):
    def __init__(self):
        order.append('L2'); super().__init__()
class Bot(L1, L2):
    def __init__(self):
        order.append('Bot'); super().__init__()
Bot()
assert order == ['Bot', 'L1', 'L2', 'R'], order
# __new__ with arguments and __init__ both.
class NI:
    def __new__(cls, *a, **k):
        o = super().__new__(cls)
        o.newargs = (a, k)
        return o
    def __init__(self, *a, **k):
        self.initargs = (a, k)
ni = NI(1, x=2)
assert ni.newargs == ((1,), {'x': 2}) == ni.initargs
# type(name, bases, dict) with a __new__ function in the dict.
def new(cls): return 'made'
T = type('T', (), {'__new__': new})
assert T() == 'made' and isinstance(T.__dict__['__new__'], staticmethod)
# __slots__ and inheritance.
class S1:
    __slots__ = ('a',)
class S2(S1):
    __slots__ = ('b',)
s = S2(); s.a, s.b = 1, 2
assert (s.a, s.b) == (1, 2)
r = catch(lambda: setattr(s, 'c', 3))
assert r == "AttributeError: 'S2' object has no attribute 'c'", r
class S3(S1): pass
s3 = S3(); s3.c = 3; s3.a = 1
assert s3.__dict__ == {'c': 3}
# Instances compare and hash by identity by default.
class P: pass
p = P()
assert {p: 1}[p] == 1
assert (p == 1) is False and (p != 1) is True
r = catch(lambda: p < p)
assert r == 'TypeError: unorderable types: P() < P()', r
# repr of classes in functions, with module from globals.
def make():
    class Inner: pass
    return Inner
assert repr(make()) == "<class '__main__.Inner'>"
assert repr(make()()).startswith('<__main__.Inner object at 0x')

# Zero-argument super() and the frame it reads.
class A:
    def f(self): return 'A'
class B(A):
    def f(self):
        g = lambda: self
        return 'B' + super().f() + str(g() is self)
assert B().f() == 'BATrue', B().f()
class C(A):
    def f(self):
        del self
        return super().f()
try:
    C().f()
except SystemError as e:
    assert str(e) == 'super(): arg[0] deleted', str(e)
class D(A):
    def f(*args):
        return super().f()
try:
    D().f()
except SystemError as e:
    assert str(e) == 'super(): no arguments', str(e)
def nomethod():
    return super()
try:
    nomethod()
except SystemError as e:
    assert str(e) == 'super(): no arguments', str(e)
