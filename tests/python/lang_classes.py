# Class creation: the metaclass keyword, __prepare__, the order of
# __build_class__'s steps, class decorators and method decorators, class
# versus instance attributes, __slots__, __dict__, and the rules for
# assigning __class__.


def expect(exc_type, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except BaseException as e:
        assert type(e) is exc_type, (type(e), exc_type, str(e))
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError('no %s raised' % exc_type.__name__)


def test_simple_class():
    class C:
        'doc'
        x = 1
        def m(self):
            return self.x
    assert C.__name__ == 'C' and C.__doc__ == 'doc'
    assert C.__module__ == __name__
    assert C.__bases__ == (object,)
    assert C.__mro__ == (C, object)
    assert C().m() == 1
    assert type(C) is type
    assert repr(C) == "<class '%s.C'>" % __name__, repr(C)


def test_class_namespace_contents():
    class C:
        a = 1
        def f(self):
            pass
    keys = set(C.__dict__)
    assert {'a', 'f', '__module__', '__dict__', '__weakref__', '__doc__'} <= keys, keys
    assert C.__doc__ is None
    assert type(C.__dict__).__name__ == 'dict_proxy', type(C.__dict__)


def test_build_class_order():
    log = []
    class Meta(type):
        @classmethod
        def __prepare__(mcls, name, bases, **kw):
            log.append(('prepare', name, bases, kw))
            return {'injected': 42}
        def __new__(mcls, name, bases, ns, **kw):
            log.append(('new', name, sorted(k for k in ns if not k.startswith('__')), kw))
            return super().__new__(mcls, name, bases, ns)
        def __init__(cls, name, bases, ns, **kw):
            log.append(('init', name, kw))
            super().__init__(name, bases, ns)
    def deco(c):
        log.append(('deco', c.__name__))
        return c
    class Base:
        pass
    @deco
    class C(Base, metaclass=Meta, flag=True):
        log.append(('body', injected))
        y = 2
    assert log == [
        ('prepare', 'C', (Base,), {'flag': True}),
        ('body', 42),
        ('new', 'C', ['injected', 'y'], {'flag': True}),
        ('init', 'C', {'flag': True}),
        ('deco', 'C'),
    ], log
    assert type(C) is Meta and C.injected == 42


def test_prepare_custom_mapping():
    class Recording(dict):
        def __init__(self):
            super().__init__()
            self.order = []
        def __setitem__(self, k, v):
            self.order.append(k)
            super().__setitem__(k, v)
    class Meta(type):
        @classmethod
        def __prepare__(mcls, name, bases):
            return Recording()
        def __new__(mcls, name, bases, ns):
            c = super().__new__(mcls, name, bases, dict(ns))
            c.order = [k for k in ns.order if not k.startswith('__')]
            return c
    class C(metaclass=Meta):
        b = 1
        a = 2
        def z(self):
            pass
        b = 3
    assert C.order == ['b', 'a', 'z', 'b'], C.order


def test_metaclass_from_base():
    class Meta(type):
        pass
    class A(metaclass=Meta):
        pass
    class B(A):
        pass
    assert type(B) is Meta


def test_metaclass_conflict():
    class M1(type):
        pass
    class M2(type):
        pass
    class A(metaclass=M1):
        pass
    class B(metaclass=M2):
        pass
    def f():
        class C(A, B):
            pass
    expect(TypeError, 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases', f)


def test_most_derived_metaclass_wins():
    class M1(type):
        pass
    class M2(M1):
        pass
    class A(metaclass=M2):
        pass
    class B(A, metaclass=M1):
        pass
    assert type(B) is M2


def test_metaclass_function():
    def meta(name, bases, ns, **kw):
        return (name, bases, sorted(k for k in ns if not k.startswith('__')), kw)
    class C(int, metaclass=meta, x=1):
        v = 1
    assert C == ('C', (int,), ['v'], {'x': 1}), C


def test_type_three_args():
    C = type('C', (object,), {'x': 5, 'f': lambda self: self.x * 2})
    assert C().f() == 10 and C.__name__ == 'C'
    expect(TypeError, 'type() takes 1 or 3 arguments', type, 'a', 'b')
    expect(TypeError, 'type() argument 1 must be str, not int', type, 1, (), {})
    assert type(5) is int


def test_class_keyword_without_metaclass():
    def f():
        class C(flag=1):
            pass
    expect(TypeError, 'type() takes 1 or 3 arguments', f)


def test_build_class_direct():
    import builtins
    # In 3.2 the class body is a function of one argument, the namespace.
    def body():
        class K:
            pass
    code = body.__code__.co_consts[1]
    assert code.co_argcount == 1 and code.co_varnames == ('__locals__',), code.co_varnames
    seen = []
    def f(ns):
        seen.append(type(ns))
        ns['y'] = 7
    C = builtins.__build_class__(f, 'C')
    assert C.__name__ == 'C' and C.y == 7 and seen == [dict]
    assert C.__bases__ == (object,)
    class B:
        pass
    C = builtins.__build_class__(f, 'C', B)
    assert C.__bases__ == (B,)
    expect(TypeError, "'int' object is not callable", builtins.__build_class__, f, 'C', metaclass=5)
    expect(TypeError, "'int' object is not callable", builtins.__build_class__, 1, 'C')
    expect(TypeError, '__build_class__: name is not a string', builtins.__build_class__, f, 1)
    expect(TypeError, '__build_class__: not enough arguments', builtins.__build_class__, f)


def test_class_decorators_stack():
    def add(name, value):
        def deco(c):
            setattr(c, name, value)
            return c
        return deco
    @add('a', 1)
    @add('b', 2)
    class C:
        pass
    assert C.a == 1 and C.b == 2
    def replace(c):
        return 'replaced'
    @replace
    class D:
        pass
    assert D == 'replaced'


def test_method_decorators():
    log = []
    def trace(f):
        def wrapper(*a, **k):
            log.append(f.__name__)
            return f(*a, **k)
        return wrapper
    class C:
        @trace
        def m(self, x):
            return x + 1
        @staticmethod
        @trace
        def s(x):
            return x * 2
        @classmethod
        def c(cls):
            return cls
    assert C().m(1) == 2 and C.s(3) == 6 and C.c() is C
    assert log == ['m', 's']


def test_decorator_evaluation_order():
    log = []
    def make(n):
        log.append('make %d' % n)
        def deco(f):
            log.append('apply %d' % n)
            return f
        return deco
    @make(1)
    @make(2)
    def f():
        pass
    assert log == ['make 1', 'make 2', 'apply 2', 'apply 1'], log


def test_class_vs_instance_attributes():
    class C:
        shared = []
        count = 0
        def __init__(self):
            self.count += 1
            self.shared.append(1)
    a, b = C(), C()
    assert C.count == 0 and a.count == 1
    assert C.shared == [1, 1] and a.shared is b.shared
    a.shared = 'own'
    assert C.shared == [1, 1] and b.shared is C.shared
    del a.shared
    assert a.shared is C.shared
    expect(AttributeError, 'shared', delattr, a, 'shared')
    C.newattr = 'late'
    assert a.newattr == 'late'


def test_instance_dict():
    class C:
        pass
    c = C()
    assert c.__dict__ == {}
    c.x = 1
    assert c.__dict__ == {'x': 1}
    c.__dict__['y'] = 2
    assert c.y == 2
    c.__dict__ = {'z': 3}
    assert c.z == 3 and not hasattr(c, 'x')
    expect(TypeError, '__dict__ must be set to a dictionary, not a \'int\'', setattr, c, '__dict__', 1)
    assert vars(c) is c.__dict__


def test_slots():
    class P:
        __slots__ = ('x', 'y')
        def __init__(self, x):
            self.x = x
    p = P(1)
    assert p.x == 1
    expect(AttributeError, 'y', getattr, p, 'y')
    expect(AttributeError, "'P' object has no attribute 'z'", setattr, p, 'z', 1)
    assert not hasattr(p, '__dict__')
    p.y = 2
    del p.y
    expect(AttributeError, 'y', delattr, p, 'y')
    assert type(P.x).__name__ == 'member_descriptor'
    assert P.__slots__ == ('x', 'y')


def test_slots_single_string_and_dict():
    class S:
        __slots__ = 'only'
    s = S()
    s.only = 1
    expect(AttributeError, "'S' object has no attribute 'other'", setattr, s, 'other', 1)
    class D:
        __slots__ = ('a', '__dict__')
    d = D()
    d.a = 1
    d.other = 2
    assert d.__dict__ == {'other': 2}


def test_slots_inheritance():
    class A:
        __slots__ = ('a',)
    class B(A):
        pass
    b = B()
    b.a = 1
    b.free = 2
    assert b.__dict__ == {'free': 2}
    class C(A):
        __slots__ = ('c',)
    c = C()
    c.a, c.c = 1, 2
    assert (c.a, c.c) == (1, 2)
    expect(AttributeError, "'C' object has no attribute 'd'", setattr, c, 'd', 1)


def test_slots_errors():
    # 3.2 does not complain about a class variable named in __slots__: the
    # variable replaces the slot's descriptor, leaving it read-only
    class X:
        __slots__ = ('v',)
        v = 1
    assert X().v == 1
    expect(AttributeError, "'X' object attribute 'v' is read-only", setattr, X(), 'v', 2)
    def bad_name():
        class X:
            __slots__ = ('not valid',)
    expect(TypeError, '__slots__ must be identifiers', bad_name)
    def nonempty_int():
        class X(int):
            __slots__ = ('a',)
    expect(TypeError, "nonempty __slots__ not supported for subtype of 'int'", nonempty_int)
    def layout():
        class A:
            __slots__ = ('a',)
        class B:
            __slots__ = ('b',)
        class C(A, B):
            pass
    expect(TypeError, 'multiple bases have instance lay-out conflict', layout)


def test_slots_name_mangled():
    class M:
        __slots__ = ('__secret',)
        def set(self, v):
            self.__secret = v
        def get(self):
            return self.__secret
    m = M()
    m.set(5)
    assert m.get() == 5 and m._M__secret == 5
    assert '_M__secret' in M.__dict__


def test_class_assignment():
    class A:
        def who(self):
            return 'A'
    class B:
        def who(self):
            return 'B'
    a = A()
    a.__class__ = B
    assert a.who() == 'B' and type(a) is B and isinstance(a, B)
    expect(TypeError, "__class__ must be set to new-style class, not 'int' object", setattr, a, '__class__', 1)
    expect(TypeError, "__class__ assignment: only for heap types", setattr, a, '__class__', int)
    expect(TypeError, "__class__ assignment: only for heap types", setattr, 5, '__class__', B)


def test_class_assignment_layout():
    class S1:
        __slots__ = ('a',)
    class S2:
        __slots__ = ('b',)
    class S3:
        __slots__ = ('a',)
    s = S1()
    expect(TypeError, "__class__ assignment: 'S1' object layout differs from 'S2'", setattr, s, '__class__', S2)
    s.__class__ = S3
    assert type(s) is S3
    class L(list):
        pass
    class L2(list):
        pass
    x = L()
    x.__class__ = L2
    assert type(x) is L2
    class D:
        pass
    expect(TypeError, "__class__ assignment: 'L2' object layout differs from 'D'", setattr, x, '__class__', D)


def test_cannot_delete_class():
    class A:
        pass
    expect(TypeError, "can't delete __class__ attribute", delattr, A(), '__class__')


def test_new_and_init():
    log = []
    class C:
        def __new__(cls, *args):
            log.append(('new', args))
            self = super().__new__(cls)
            self.made_by_new = True
            return self
        def __init__(self, *args):
            log.append(('init', args))
    c = C(1, 2)
    assert c.made_by_new and log == [('new', (1, 2)), ('init', (1, 2))]


def test_new_returning_other_type_skips_init():
    log = []
    class C:
        def __new__(cls):
            return 42
        def __init__(self):
            log.append('init')
    assert C() == 42 and log == []


def test_init_must_return_none():
    class C:
        def __init__(self):
            return 1
    expect(TypeError, '__init__() should return None, not \'int\'', C)


def test_object_arguments():
    class C:
        pass
    expect(TypeError, 'object() takes no parameters', C, 1)
    class D:
        def __init__(self, x):
            self.x = x
    assert D(1).x == 1
    class E:
        def __new__(cls, x):
            return object.__new__(cls)
    E(1)


def test_class_attribute_lookup_updates():
    class A:
        def m(self):
            return 1
    class B(A):
        pass
    b = B()
    assert b.m() == 1
    A.m = lambda self: 2
    assert b.m() == 2
    B.m = lambda self: 3
    assert b.m() == 3
    del B.m
    assert b.m() == 2
    del A.m
    expect(AttributeError, "'B' object has no attribute 'm'", getattr, b, 'm')


def test_bases_assignment():
    class A:
        def f(self):
            return 'A'
    class B:
        def f(self):
            return 'B'
    class C(A):
        pass
    c = C()
    assert c.f() == 'A'
    C.__bases__ = (B,)
    assert c.f() == 'B' and C.__mro__ == (C, B, object)


def test_name_and_qualname_style():
    class C:
        pass
    C.__name__ = 'D'
    assert C.__name__ == 'D' and repr(C) == "<class '%s.D'>" % __name__
    expect(TypeError, "can only assign string to D.__name__, not 'int'", setattr, C, '__name__', 1)
    assert not hasattr(C, '__qualname__')


def test_instance_repr_default():
    class C:
        pass
    r = repr(C())
    assert r.startswith('<%s.C object at 0x' % __name__) and r.endswith('>'), r


def test_methods_are_functions_on_class():
    class C:
        def m(self):
            return self
    assert type(C.m).__name__ == 'function'
    c = C()
    bm = c.m
    assert type(bm).__name__ == 'method'
    assert bm.__self__ is c and bm.__func__ is C.m
    assert bm() is c
    assert C.m(5) == 5
    assert c.m == c.m and c.m is not c.m


def test_class_in_function_closure_over_loop():
    classes = []
    for i in range(3):
        class K:
            v = i
        classes.append(K)
    assert [k.v for k in classes] == [0, 1, 2]


def test_subclasscheck_and_instancecheck_hooks():
    class Meta(type):
        def __instancecheck__(cls, obj):
            return obj == 'magic'
        def __subclasscheck__(cls, sub):
            return sub is int
    class M(metaclass=Meta):
        pass
    assert isinstance('magic', M) and not isinstance('x', M)
    assert issubclass(int, M) and not issubclass(str, M)


def test_subclasses_list():
    class A:
        pass
    class B(A):
        pass
    class C(A):
        pass
    assert set(A.__subclasses__()) == {B, C}


def test_metaclass_call_override():
    class M(type):
        def __call__(cls, *a):
            return ('meta-call', a)
    class UsesM(metaclass=M):
        pass
    assert UsesM(1, 2) == ('meta-call', (1, 2))


def test_new_returning_subclass_or_other():
    class Base:
        def __new__(cls):
            return object.__new__(Sub)
        def __init__(self):
            self.inited = type(self).__name__
    class Sub(Base):
        pass
    assert Base().inited == 'Sub'
    class Other:
        def __init__(self):
            self.inited = True
    class Weird:
        def __new__(cls):
            return Other()
        def __init__(self):
            raise AssertionError('not called')
    assert Weird().inited is True


def test_later_class_hooks_do_not_exist_in_32():
    class SN:
        def __set_name__(self, owner, name):
            raise AssertionError('__set_name__ called')
    class UsesSN:
        a = SN()
    class IS:
        def __init_subclass__(cls, **kw):
            raise AssertionError('__init_subclass__ called')
    class ISsub(IS):
        pass
    assert not hasattr(IS, '__qualname__')
    assert not hasattr(test_later_class_hooks_do_not_exist_in_32, '__qualname__')


def test_slots_weakref():
    class SlotW:
        __slots__ = ('__weakref__',)
    assert not hasattr(SlotW(), '__dict__') and '__weakref__' in SlotW.__dict__


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
