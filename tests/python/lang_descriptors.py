# Descriptors: data versus non-data precedence, property with getter,
# setter and deleter, staticmethod and classmethod, and the attribute
# hooks __getattribute__, __getattr__, __setattr__ and __delattr__.


def expect(exc_type, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except BaseException as e:
        assert type(e) is exc_type, (type(e), exc_type, str(e))
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError('no %s raised' % exc_type.__name__)


class NonData:
    def __get__(self, obj, owner):
        return ('nondata', obj is None, owner.__name__)


class Data:
    def __init__(self):
        self.log = []
    def __get__(self, obj, owner):
        self.log.append('get')
        return 'data'
    def __set__(self, obj, value):
        self.log.append(('set', value))
    def __delete__(self, obj):
        self.log.append('delete')


def test_non_data_descriptor_shadowed_by_instance():
    class C:
        d = NonData()
    c = C()
    assert c.d == ('nondata', False, 'C')
    assert C.d == ('nondata', True, 'C')
    c.__dict__['d'] = 'instance'
    assert c.d == 'instance'
    c.d = 'assigned'
    assert c.__dict__['d'] == 'assigned'


def test_data_descriptor_wins_over_instance():
    d = Data()
    class C:
        attr = d
    c = C()
    c.__dict__['attr'] = 'instance'
    assert c.attr == 'data'
    c.attr = 5
    del c.attr
    assert d.log == ['get', ('set', 5), 'delete'], d.log
    assert c.__dict__ == {'attr': 'instance'}


def test_set_only_descriptor_is_data():
    class SetOnly:
        def __set__(self, obj, value):
            obj.__dict__['seen'] = value
    class C:
        x = SetOnly()
    c = C()
    c.x = 3
    assert c.seen == 3
    # no __get__: the descriptor itself is returned, but an instance value wins
    assert type(c.x) is SetOnly
    c.__dict__['x'] = 'inst'
    assert c.x == 'inst'
    c.x = 4
    assert c.__dict__ == {'x': 'inst', 'seen': 4}


def test_descriptor_without_delete():
    class GetSet:
        def __get__(self, obj, owner):
            return 1
        def __set__(self, obj, value):
            pass
    class C:
        x = GetSet()
    expect(AttributeError, '__delete__', delattr, C(), 'x')


def test_descriptor_read_only_when_no_set():
    class GetDel:
        def __get__(self, obj, owner):
            return 1
        def __delete__(self, obj):
            pass
    class C:
        x = GetDel()
    expect(AttributeError, '__set__', setattr, C(), 'x', 1)


def test_descriptor_on_metaclass_and_class_access():
    class Meta(type):
        d = NonData()
    class C(metaclass=Meta):
        pass
    assert C.d == ('nondata', False, 'Meta')


def test_property_full():
    class C:
        def __init__(self):
            self._x = 0
            self.log = []
        @property
        def x(self):
            'the x'
            self.log.append('get')
            return self._x
        @x.setter
        def x(self, v):
            self.log.append(('set', v))
            self._x = v
        @x.deleter
        def x(self):
            self.log.append('del')
            del self._x
    c = C()
    c.x = 4
    assert c.x == 4
    del c.x
    assert c.log == [('set', 4), 'get', 'del'], c.log
    assert C.x.__doc__ == 'the x'
    assert isinstance(C.x, property)
    assert C.x.fget.__name__ == 'x' and C.x.fset is not None and C.x.fdel is not None


def test_property_read_only():
    class C:
        @property
        def ro(self):
            return 1
    c = C()
    expect(AttributeError, "can't set attribute", setattr, c, 'ro', 2)
    expect(AttributeError, "can't delete attribute", delattr, c, 'ro')
    class D:
        wo = property(None, lambda self, v: None)
    expect(AttributeError, 'unreadable attribute', getattr, D(), 'wo')
    assert D.wo is D.__dict__['wo']


def test_property_positional_and_doc():
    def g(self):
        'getter doc'
        return 'g'
    p = property(g)
    assert p.__doc__ == 'getter doc'
    p2 = property(g, None, None, 'explicit')
    assert p2.__doc__ == 'explicit'
    class C:
        v = property(g)
    assert C().v == 'g'


def test_property_copy_methods_keep_others():
    class C:
        def get(self):
            return 'g'
        p = property(get)
        q = p.setter(lambda self, v: None)
    assert C.p is not C.q
    assert C.p.fset is None and C.q.fset is not None
    assert C().q == 'g'


def test_property_subclass_override():
    class Base:
        @property
        def v(self):
            return 'base'
    class Derived(Base):
        @Base.v.getter
        def v(self):
            return 'derived'
    assert Derived().v == 'derived' and Base().v == 'base'


def test_staticmethod_and_classmethod():
    class C:
        @staticmethod
        def s(*a):
            return a
        @classmethod
        def c(cls, *a):
            return (cls,) + a
    class D(C):
        pass
    assert C.s(1) == (1,) and C().s(1) == (1,)
    assert C.c(1) == (C, 1) and C().c(1) == (C, 1)
    assert D.c() == (D,) and D().c() == (D,)
    assert type(C.__dict__['s']) is staticmethod
    assert type(C.__dict__['c']) is classmethod
    assert C.__dict__['s'].__func__ is C.s
    assert C.__dict__['c'].__func__ is C.c.__func__
    assert C.c.__self__ is C


def test_staticmethod_classmethod_callable_check():
    sm = staticmethod(5)
    class C:
        x = sm
    expect(TypeError, "'int' object is not callable", C.x)
    cm = classmethod(5)
    class D:
        y = cm
    expect(TypeError, "'int' object is not callable", D.y)
    expect(TypeError, 'staticmethod expected 1 arguments, got 0', staticmethod)


def test_functions_are_descriptors():
    def f(self, x):
        return (self, x)
    class C:
        pass
    c = C()
    bound = f.__get__(c, C)
    assert bound(1) == (c, 1)
    assert f.__get__(None, C) is f
    C.m = f
    assert c.m(2) == (c, 2)
    c.inst = f
    expect(TypeError, 'f() takes exactly 2 arguments (1 given)', c.inst, 1)


def test_builtin_method_descriptors():
    assert list.append.__get__([], list).__self__ == []
    app = list.__dict__['append']
    assert type(app).__name__ == 'method_descriptor'
    l = []
    app(l, 1)
    assert l == [1]
    expect(TypeError, "descriptor 'append' requires a 'list' object but received a 'int'", app, 1, 2)
    assert type(int.__dict__['real']).__name__ == 'getset_descriptor'


def test_getattr_fallback():
    class C:
        present = 1
        def __getattr__(self, name):
            if name.startswith('dyn_'):
                return name[4:]
            raise AttributeError(name)
    c = C()
    assert c.present == 1 and c.dyn_x == 'x'
    expect(AttributeError, 'other', getattr, c, 'other')
    assert getattr(c, 'other', 'dflt') == 'dflt'
    assert hasattr(c, 'dyn_a') and not hasattr(c, 'zzz')


def test_getattr_called_after_property_attributeerror():
    class C:
        @property
        def p(self):
            raise AttributeError('inside')
        def __getattr__(self, name):
            return 'fallback ' + name
    assert C().p == 'fallback p'


def test_getattribute_override():
    log = []
    class C:
        x = 1
        def __getattribute__(self, name):
            log.append(name)
            if name == 'secret':
                return 'intercepted'
            return object.__getattribute__(self, name)
        def __getattr__(self, name):
            return 'getattr ' + name
    c = C()
    assert c.secret == 'intercepted'
    assert c.x == 1
    assert c.missing == 'getattr missing'
    assert log == ['secret', 'x', 'missing'], log


def test_getattribute_not_used_for_implicit_dunder():
    class C:
        def __getattribute__(self, name):
            raise AssertionError('looked up ' + name)
        def __len__(self):
            return 3
    assert len(C()) == 3


def test_setattr_delattr_hooks():
    class C:
        def __init__(self):
            object.__setattr__(self, 'log', [])
        def __setattr__(self, name, value):
            self.log.append(('set', name, value))
            object.__setattr__(self, name, value * 2)
        def __delattr__(self, name):
            self.log.append(('del', name))
            object.__delattr__(self, name)
    c = C()
    c.a = 2
    assert c.a == 4
    del c.a
    assert c.log == [('set', 'a', 2), ('del', 'a')]
    expect(AttributeError, 'a', delattr, c, 'a')


def test_setattr_via_super():
    class Base:
        pass
    class Frozen(Base):
        def __setattr__(self, name, value):
            if name.startswith('_'):
                super().__setattr__(name, value)
            else:
                raise AttributeError('frozen: ' + name)
    f = Frozen()
    f._ok = 1
    expect(AttributeError, 'frozen: x', setattr, f, 'x', 1)
    assert f._ok == 1


def test_object_setattr_on_builtin():
    expect(AttributeError, "'int' object has no attribute 'x'", setattr, 1, 'x', 2)
    expect(TypeError, "can't set attributes of built-in/extension type 'int'", setattr, int, 'x', 2)
    expect(AttributeError, "'object' object has no attribute 'x'", setattr, object(), 'x', 1)
    expect(TypeError, "can't apply this __setattr__ to type object", object.__setattr__, int, 'x', 1)


def test_attribute_name_must_be_string():
    class C:
        pass
    expect(TypeError, 'getattr(): attribute name must be string', getattr, C(), 1)
    expect(TypeError, 'getattr(): attribute name must be string', getattr, C(), 1, 5)
    expect(TypeError, "attribute name must be string, not 'int'", delattr, C(), 1)
    expect(TypeError, "attribute name must be string, not 'int'", object.__getattribute__, C(), 1)
    expect(TypeError, 'attribute name must be string, not \'int\'', setattr, C(), 1, 2)
    expect(TypeError, 'hasattr(): attribute name must be string', hasattr, C(), 1)


def test_class_attribute_error_messages():
    class C:
        pass
    expect(AttributeError, "type object 'C' has no attribute 'nope'", getattr, C, 'nope')
    expect(AttributeError, "'C' object has no attribute 'nope'", getattr, C(), 'nope')
    expect(AttributeError, "'module' object has no attribute 'nope'", getattr, __import__('sys'), 'nope')


def test_dunder_lookup_skips_instance():
    class C:
        pass
    c = C()
    c.__len__ = lambda: 5
    expect(TypeError, "object of type 'C' has no len()", len, c)
    c.__add__ = lambda o: 'added'
    expect(TypeError, "unsupported operand type(s) for +: 'C' and 'int'", lambda: c + 1)
    C.__len__ = lambda self: 7
    assert len(c) == 7


def test_descriptor_get_signature():
    class D:
        def __get__(self, *args):
            return args
    class C:
        d = D()
    c = C()
    assert c.d == (c, C)
    assert C.d == (None, C)


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
