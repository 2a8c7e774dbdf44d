# super(): the zero-argument form through the __class__ cell (methods,
# classmethods, staticmethods, nested functions), the two-argument form,
# cooperative multiple inheritance, and C3 linearisation with its error.


def expect(exc_type, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except BaseException as e:
        assert type(e) is exc_type, (type(e), exc_type, str(e))
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError('no %s raised' % exc_type.__name__)


def test_zero_arg_super_method():
    class A:
        def hello(self):
            return 'A'
    class B(A):
        def hello(self):
            return 'B' + super().hello()
    class C(B):
        def hello(self):
            return 'C' + super().hello()
    assert C().hello() == 'CBA'


def test_zero_arg_super_init():
    class A:
        def __init__(self, x):
            self.x = x
    class B(A):
        def __init__(self, x, y):
            super().__init__(x)
            self.y = y
    b = B(1, 2)
    assert (b.x, b.y) == (1, 2)


def test_class_cell():
    class A:
        def m(self):
            return __class__
        def uses_super(self):
            super()
    assert A().m() is A
    assert A.m.__code__.co_freevars == ('__class__',), A.m.__code__.co_freevars
    class B(A):
        pass
    assert B().m() is A


def test_super_in_classmethod():
    class A:
        @classmethod
        def make(cls):
            return ('A', cls)
    class B(A):
        @classmethod
        def make(cls):
            return ('B',) + super().make()
    assert B.make() == ('B', 'A', B)
    class C(B):
        pass
    assert C.make() == ('B', 'A', C)


def test_super_in_staticmethod_fails():
    class A:
        @staticmethod
        def s():
            return super()
    expect(SystemError, 'super(): no arguments', A.s)


def test_super_in_new():
    class A:
        def __new__(cls, v):
            o = super().__new__(cls)
            o.v = v
            return o
    class B(A):
        def __new__(cls, v):
            return super().__new__(cls, v * 2)
    assert B(3).v == 6 and type(B(3)) is B


def test_super_multiple_inheritance_cooperative():
    log = []
    class Base:
        def go(self):
            log.append('Base')
    class L(Base):
        def go(self):
            log.append('L')
            super().go()
    class R(Base):
        def go(self):
            log.append('R')
            super().go()
    class D(L, R):
        def go(self):
            log.append('D')
            super().go()
    D().go()
    assert log == ['D', 'L', 'R', 'Base'], log
    assert D.__mro__ == (D, L, R, Base, object)


def test_super_two_args():
    class A:
        def f(self):
            return 'A'
    class B(A):
        def f(self):
            return 'B'
    class C(B):
        def f(self):
            return 'C'
    c = C()
    assert super(C, c).f() == 'B'
    assert super(B, c).f() == 'A'
    assert super(C, C).f(c) == 'B'
    expect(TypeError, 'super(type, obj): obj must be an instance or subtype of type', super, C, 1)
    expect(TypeError, 'must be type, not int', super, 1, c)


def test_super_unbound_and_attributes():
    class A:
        x = 1
    class B(A):
        pass
    b = B()
    s = super(B, b)
    assert s.__thisclass__ is B and s.__self__ is b and s.__self_class__ is B
    assert s.x == 1
    u = super(B)
    assert u.__self__ is None
    assert repr(s).startswith("<super: <class 'B'>, <B object>>"), repr(s)
    expect(AttributeError, "'super' object has no attribute 'nope'", getattr, s, 'nope')


def test_super_property_and_attr():
    class A:
        @property
        def p(self):
            return 'A.p'
    class B(A):
        @property
        def p(self):
            return 'B+' + super().p
    assert B().p == 'B+A.p'


def test_super_outside_method():
    def f():
        return super()
    expect(SystemError, 'super(): no arguments', f)
    expect(SystemError, 'super(): no arguments', lambda *a: super())
    expect(SystemError, 'super(): __class__ cell not found', lambda x: super(), 1)


def test_super_after_self_rebound():
    class A:
        def f(self):
            return 'A'
    class B(A):
        def f(self):
            self = 5
            return super().f()
    expect(TypeError, 'super(type, obj): obj must be an instance or subtype of type', B().f)


def test_super_in_nested_function():
    class A:
        def f(self):
            return 'A'
    class B(A):
        def f(self):
            def inner():
                return super().f()
            return inner()
    expect(SystemError, 'super(): no arguments', B().f)


def test_super_with_class_name_rebound():
    class A:
        def f(self):
            return 'A'
    class B(A):
        def f(self):
            return 'B' + super().f()
    Original = B
    B = None
    assert Original().f() == 'BA'


def test_super_does_not_see_instance_attrs():
    class A:
        pass
    class B(A):
        def get(self):
            return super().attr
    b = B()
    b.attr = 1
    expect(AttributeError, "'super' object has no attribute 'attr'", b.get)


def test_c3_mro():
    class O: pass
    class F(O): pass
    class E(O): pass
    class D(O): pass
    class C(D, F): pass
    class B(D, E): pass
    class A(B, C): pass
    assert [k.__name__ for k in A.__mro__] == ['A', 'B', 'C', 'D', 'E', 'F', 'O', 'object']
    assert A.mro() == list(A.__mro__)


def test_c3_mro_error():
    class X: pass
    class Y: pass
    class A(X, Y): pass
    class B(Y, X): pass
    # CPython lists the conflicting bases in hash order (their addresses):
    # compare them as a set
    prefix = 'Cannot create a consistent method resolution\norder (MRO) for bases '
    def f():
        class C(A, B):
            pass
    e = expect(TypeError, None, f)
    assert str(e).startswith(prefix), str(e)
    assert set(str(e)[len(prefix):].split(', ')) == {'X', 'Y'}, str(e)
    def g():
        class D(X, A):
            pass
    e = expect(TypeError, None, g)
    assert str(e).startswith(prefix), str(e)
    assert set(str(e)[len(prefix):].split(', ')) == {'X', 'A'}, str(e)


def test_duplicate_base():
    class X: pass
    def f():
        class C(X, X):
            pass
    expect(TypeError, 'duplicate base class X', f)


def test_custom_mro():
    class Meta(type):
        def mro(cls):
            return [cls, object]
    class A:
        def f(self):
            return 'A'
    class B(A, metaclass=Meta):
        pass
    assert B.__mro__ == (B, object)
    assert not hasattr(B(), 'f')


def test_bad_base():
    def f():
        class C(1):
            pass
    e = expect(TypeError, None, f)
    def g():
        class C(bool):
            pass
    expect(TypeError, "type 'bool' is not an acceptable base type", g)


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
