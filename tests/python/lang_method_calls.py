# Method calls obj.name(...) in every shape the evaluator's method-call
# fast path must get right: metaclass methods, classmethods,
# staticmethods, properties and descriptors returning callables,
# __getattr__ and __getattribute__, instance attributes shadowing methods,
# slots, built-in methods, cache invalidation inside loops, and the
# argument errors.



def check(label, f, expected_repr):
    got = repr(f())
    assert got == expected_repr, (label, got, expected_repr)


def check_raises(label, f, exc_type, msg):
    try:
        f()
    except BaseException as e:
        assert type(e) is exc_type and str(e) == msg, (label, type(e), str(e), exc_type, msg)
    else:
        raise AssertionError(label + ': no ' + exc_type.__name__)

class Meta(type):
    def m(cls): return ('meta.m', cls.__name__)
    def only_meta(cls): return 'only_meta'
class K(metaclass=Meta):
    def m(self): return ('K.m', type(self).__name__)
    @classmethod
    def cm(cls, x=0): return ('cm', cls.__name__, x)
    @staticmethod
    def sm(x=0): return ('sm', x)
    @property
    def prop(self): return lambda: 'prop-callable'
    def __getattr__(self, name):
        if name == 'dyn': return lambda *a: ('dyn', a)
        raise AttributeError(name)
k = K()
check('inst-method', lambda: k.m(), "('K.m', 'K')")
check('class-method-on-class', lambda: K.m(k), "('K.m', 'K')")
check('class-meta-only', lambda: K.only_meta(), "'only_meta'")
check_raises('class-m-unbound-noargs', lambda: K.m(), TypeError, 'm() takes exactly 1 argument (0 given)')
check('cm-inst', lambda: k.cm(1), "('cm', 'K', 1)")
check('cm-class', lambda: K.cm(2), "('cm', 'K', 2)")
check('sm-inst', lambda: k.sm(3), "('sm', 3)")
check('sm-class', lambda: K.sm(4), "('sm', 4)")
check('prop-call', lambda: k.prop(), "'prop-callable'")
check('getattr-call', lambda: k.dyn(1, 2), "('dyn', (1, 2))")
check_raises('getattr-missing-call', lambda: k.nothing(), AttributeError, 'nothing')
k2 = K()
k2.m = lambda: 'instance attr'
check('inst-shadow', lambda: k2.m(), "'instance attr'")
class GA:
    def __getattribute__(self, name):
        if name == 'm': return lambda: 'from getattribute'
        return object.__getattribute__(self, name)
    def m(self): return 'real m'
check('getattribute-call', lambda: GA().m(), "'from getattribute'")
class DD:
    class Desc:
        def __get__(self, obj, typ): return lambda *a: ('desc', obj is None, a)
    d = Desc()
check('desc-call-inst', lambda: DD().d(1), "('desc', False, (1,))")
check('desc-call-class', lambda: DD.d(1), "('desc', True, (1,))")
class DataDesc:
    def __get__(self, obj, typ): return lambda: 'data'
    def __set__(self, obj, v): pass
class DDD:
    d = DataDesc()
dd = DDD(); dd.__dict__['d'] = lambda: 'inst dict'
check('datadesc-beats-dict', lambda: dd.d(), "'data'")
class ND:
    def __get__(self, obj, typ): return lambda: 'nondata'
class DDN:
    d = ND()
dn = DDN(); dn.__dict__['d'] = lambda: 'inst dict'
check('dict-beats-nondata', lambda: dn.d(), "'inst dict'")
class Sl:
    __slots__ = ('f',)
s = Sl(); s.f = lambda: 'slot value'
check('slot-call', lambda: s.f(), "'slot value'")
check('no-list-copy-in-32', lambda: hasattr([], 'copy'), 'False')
check('builtin-method2', lambda: 'a,b'.split(','), "['a', 'b']")
check('builtin-method-kw', lambda: sorted([2, 1], reverse=True), '[2, 1]')
check('list-sort-kw', lambda: (lambda l: (l.sort(key=lambda x: -x), l)[1])([1, 3, 2]), '[3, 2, 1]')
check('str-method-on-class', lambda: str.upper('x'), "'X'")
check('int-method', lambda: (5).bit_length(), '3')
check('module-func', lambda: __import__('sys').getrecursionlimit(), '1000')
check_raises('none-method', lambda: None.foo(), AttributeError, "'NoneType' object has no attribute 'foo'")
check_raises('call-non-callable-attr', lambda: K.__name__(), TypeError, "'str' object is not callable")
check('method-of-int-subclass', lambda: type('IS', (int,), {'bit_length': lambda s: 'over'})(5).bit_length(), "'over'")
check('dict-subclass-get', lambda: type('DS', (dict,), {'get': lambda s, k, d=None: 'over'})().get('x'), "'over'")
class Callable:
    def __call__(self, *a): return ('callable', a)
class HasCallable:
    c = Callable()
check('callable-class-attr', lambda: HasCallable().c(1), "('callable', (1,))")
check('kw-call-method', lambda: k.cm(x=5), "('cm', 'K', 5)")
check('star-call-method', lambda: k.cm(*[6]), "('cm', 'K', 6)")
check('kwstar-call-method', lambda: k.cm(**{'x': 7}), "('cm', 'K', 7)")
class Swap:
    def m(self): return 'first'
sw = Swap()
def swap_loop():
    out = []
    for i in range(4):
        out.append(sw.m())
        if i == 1:
            Swap.m = lambda self: 'second'
    return out
check('swap-in-loop', swap_loop, "['first', 'first', 'second', 'second']")
def swap_inst_loop():
    out = []
    o = Swap()
    for i in range(4):
        out.append(o.m())
        if i == 1:
            o.m = lambda: 'inst'
    return out
check('swap-inst-loop', swap_inst_loop, "['second', 'second', 'inst', 'inst']")
def class_change_loop():
    class A:
        def m(self): return 'A'
    class B:
        def m(self): return 'B'
    o = A(); out = []
    for i in range(4):
        out.append(o.m())
        if i == 1: o.__class__ = B
    return out
check('class-change-loop', class_change_loop, "['A', 'A', 'B', 'B']")
def method_arg_errors():
    return k.m(1)
check_raises('method-arg-error', method_arg_errors, TypeError, 'm() takes exactly 1 positional argument (2 given)')
check_raises('method-kw-error', lambda: k.m(x=1), TypeError, "m() got an unexpected keyword argument 'x'")
check_raises('cm-arg-error', lambda: k.cm(1, 2), TypeError, 'cm() takes at most 2 positional arguments (3 given)')
check_raises('sm-arg-error', lambda: k.sm(1, 2), TypeError, 'sm() takes at most 1 positional argument (2 given)')
check_raises('builtin-method-arg-error', lambda: [].append(), TypeError, 'append() takes exactly one argument (0 given)')
check_raises('builtin-method-kw-error', lambda: [].append(x=1), TypeError, 'append() takes no keyword arguments')
check('super-method-call', lambda: type('SS', (K,), {'m': lambda self: ('SS', super(type(self), self).m())})().m(), "('SS', ('K.m', 'SS'))")
class Recur:
    def m(self, n): return n if n == 0 else self.m(n - 1)
check('recursive-method', lambda: Recur().m(500), '0')
check('bound-method-as-value', lambda: (lambda f: f())(k.m), "('K.m', 'K')")
check('getattr-builtin-call', lambda: getattr(k, 'm')(), "('K.m', 'K')")
check('method-on-type-object', lambda: type.mro(K)[0].__name__, "'K'")
check('method-on-str-class', lambda: str.join(',', ['a', 'b']), "'a,b'")
check_raises('unbound-builtin-wrong-type', lambda: str.join(1, []), TypeError, "descriptor 'join' requires a 'str' object but received a 'int'")

# types.MethodType makes a bound method, with 3.2's argument checks.
import types
def _ident(x):
    return x
_m = types.MethodType(_ident, 42)
assert _m() == 42 and _m.__self__ == 42 and _m.__func__ is _ident
for _args, _msg in [((_ident, None), 'self must not be None'),
                    ((1, 2), 'first argument must be callable'),
                    ((_ident,), 'method expected 2 arguments, got 1'),
                    ((_ident, 1, 2), 'method expected 2 arguments, got 3')]:
    try:
        types.MethodType(*_args)
    except TypeError as e:
        assert str(e) == _msg, str(e)
    else:
        raise AssertionError(_args)
try:
    types.MethodType(_ident, 1, x=2)
except TypeError as e:
    assert str(e) == 'method does not take keyword arguments'
