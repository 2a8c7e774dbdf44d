# Changes to classes, instances, globals and builtins after use: every
# cached lookup (methods, attributes, globals, builtins, special-method
# slots) must see the change at once, including inside a running loop.
import builtins


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

class A:
    def m(self): return 'A.m'
class B(A): pass
def loop_calls(o, n=50):
    out = []
    for i in range(n):
        out.append(o.m())
        if i == 20: A.m = lambda self: 'A.m2'
        if i == 30: B.m = lambda self: 'B.m'
        if i == 40: del B.m
    return sorted(set(out)), out[-1]
check('method-cache-invalidation', lambda: loop_calls(B()), "(['A.m', 'A.m2', 'B.m'], 'A.m2')")
class C1:
    def m(self): return 'C1'
class C2:
    def m(self): return 'C2'
def class_switch():
    o = C1(); out = []
    for i in range(10):
        out.append(o.m())
        if i == 4: o.__class__ = C2
    return out
check('class-switch', class_switch, "['C1', 'C1', 'C1', 'C1', 'C1', 'C2', 'C2', 'C2', 'C2', 'C2']")
def inst_shadow():
    o = A(); out = []
    for i in range(6):
        out.append(o.m() if callable(o.m) else o.m)
        if i == 2: o.m = lambda: 'inst'
        if i == 4: del o.m
    return out
A.m = lambda self: 'A.m'
check('instance-shadow', inst_shadow, "['A.m', 'A.m', 'A.m', 'inst', 'inst', 'A.m']")
class D:
    pass
def data_desc_added():
    o = D(); o.x = 'inst'; out = []
    for i in range(4):
        out.append(o.x)
        if i == 1: D.x = property(lambda self: 'prop')
    del D.x
    out.append(o.x)
    return out
check('data-desc-added', data_desc_added, "['inst', 'inst', 'prop', 'prop', 'inst']")
def globals_cache():
    out = []
    for i in range(6):
        out.append(len('abc'))
        if i == 1: globals()['len'] = lambda x: 'shadow'
        if i == 3: del globals()['len']
    return out
check('global-shadow-builtin', globals_cache, "[3, 3, 'shadow', 'shadow', 3, 3]")
def builtins_patch():
    out = []
    saved = builtins.abs
    try:
        for i in range(4):
            out.append(abs(-1))
            if i == 1: builtins.abs = lambda x: 'patched'
    finally:
        builtins.abs = saved
    out.append(abs(-1))
    return out
check('builtins-patch', builtins_patch, "[1, 1, 'patched', 'patched', 1]")
G = 1
def global_rebind():
    out = []
    for i in range(4):
        out.append(G)
        if i == 1: exec('G = 2', globals())
    return out
check('global-rebind-exec', global_rebind, '[1, 1, 2, 2]')
class V:
    def __init__(self, v): self.v = v
def slot_assign():
    out = []
    a, b = V(1), V(2)
    try: out.append(a + b)
    except TypeError as e: out.append(str(e))
    V.__add__ = lambda s, o: s.v + o.v
    out.append(a + b)
    V.__add__ = lambda s, o: 'new'
    out.append(a + b)
    del V.__add__
    try: out.append(a + b)
    except TypeError as e: out.append(str(e))
    return out
check('slot-assign-add', slot_assign, '["unsupported operand type(s) for +: \'V\' and \'V\'", 3, \'new\', "unsupported operand type(s) for +: \'V\' and \'V\'"]')
class Base: pass
class Derived(Base): pass
def slot_base_assign():
    out = []
    d = Derived()
    try: out.append(len(d))
    except TypeError as e: out.append(str(e))
    Base.__len__ = lambda s: 5
    out.append(len(d))
    Derived.__len__ = lambda s: 6
    out.append(len(d))
    del Derived.__len__
    out.append(len(d))
    del Base.__len__
    try: out.append(len(d))
    except TypeError as e: out.append(str(e))
    return out
check('slot-base-assign-len', slot_base_assign, '["object of type \'Derived\' has no len()", 5, 6, 5, "object of type \'Derived\' has no len()"]')
class GA: pass
def getattr_assign():
    o = GA(); out = []
    try: out.append(o.zz)
    except AttributeError as e: out.append(str(e))
    GA.__getattr__ = lambda s, n: 'ga ' + n
    out.append(o.zz)
    GA.__getattribute__ = lambda s, n: 'gattr ' + n
    out.append(o.zz)
    del GA.__getattribute__
    out.append(o.zz)
    del GA.__getattr__
    try: out.append(o.zz)
    except AttributeError as e: out.append(str(e))
    return out
check('getattr-assign', getattr_assign, '["\'GA\' object has no attribute \'zz\'", \'ga zz\', \'gattr zz\', \'ga zz\', "\'GA\' object has no attribute \'zz\'"]')
class CallMe: pass
def call_assign():
    o = CallMe(); out = []
    try: o()
    except TypeError as e: out.append(str(e))
    CallMe.__call__ = lambda s: 'called'
    out.append(o())
    return out
check('call-assign', call_assign, '["\'CallMe\' object is not callable", \'called\']')
class HE: pass
def hash_eq_assign():
    out = [hash(HE()) is not None]
    HE.__eq__ = lambda s, o: True
    out.append(HE() == 1)
    try: out.append(hash(HE()) is not None)
    except TypeError as e: out.append(str(e))
    HE.__hash__ = None
    try: hash(HE())
    except TypeError as e: out.append(str(e))
    HE.__hash__ = lambda s: 42
    out.append(hash(HE()))
    return out
check('hash-eq-assign', hash_eq_assign, '[True, True, True, "unhashable type: \'HE\'", 42]')
class BL:
    def __len__(self): return 0
def bool_del():
    out = [bool(BL())]
    BL.__bool__ = lambda s: True
    out.append(bool(BL()))
    del BL.__bool__
    out.append(bool(BL()))
    del BL.__len__
    out.append(bool(BL()))
    return out
check('bool-len-assign', bool_del, '[False, True, False, True]')
class IT:
    pass
def iter_assign():
    out = []
    try: iter(IT())
    except TypeError as e: out.append(str(e))
    IT.__getitem__ = lambda s, i: i if i < 2 else (_ for _ in ()).throw(IndexError)
    out.append(list(IT()))
    IT.__iter__ = lambda s: iter('xy')
    out.append(list(IT()))
    return out
check('iter-assign', iter_assign, '["\'IT\' object is not iterable", [0, 1], [\'x\', \'y\']]')
class Meta(type):
    attr = 'meta'
class WithMeta(metaclass=Meta): pass
def meta_attr():
    out = [WithMeta.attr]
    WithMeta.attr = 'class'
    out.append(WithMeta.attr)
    del WithMeta.attr
    out.append(WithMeta.attr)
    Meta.attr = property(lambda c: 'meta-prop')
    out.append(WithMeta.attr)
    WithMeta.attr = 'class2'
    out.append(WithMeta.attr)
    return out
check_raises('meta-attr', meta_attr, AttributeError, "can't set attribute")
class X1:
    def f(self): return 'X1'
class X2:
    def f(self): return 'X2'
class Y(X1): pass
def bases_switch():
    y = Y(); out = []
    for i in range(6):
        out.append(y.f())
        if i == 2: Y.__bases__ = (X2,)
    return out
check('bases-switch', bases_switch, "['X1', 'X1', 'X1', 'X2', 'X2', 'X2']")
def setattr_assign():
    class S: pass
    s = S(); s.a = 1
    S.__setattr__ = lambda self, n, v: object.__setattr__(self, n, v * 10)
    s.b = 1
    del S.__setattr__
    s.c = 1
    return (s.a, s.b, s.c)
check('setattr-assign', setattr_assign, '(1, 10, 1)')
def repr_assign():
    class R: pass
    r = R()
    R.__repr__ = lambda s: 'R!'
    a = repr(r); b = str(r); c = '%s' % r; d = repr([r])
    R.__str__ = lambda s: 'S!'
    return a, b, c, d, str(r), repr(r)
check('repr-assign', repr_assign, "('R!', 'R!', 'R!', '[R!]', 'S!', 'R!')")
def cmp_assign():
    class Q:
        def __init__(s, v): s.v = v
    Q.__lt__ = lambda a, b: a.v < b.v
    return [q.v for q in sorted([Q(3), Q(1), Q(2)])]
check('cmp-assign', cmp_assign, '[1, 2, 3]')
def contains_assign():
    class Cn: pass
    Cn.__iter__ = lambda s: iter([1])
    a = 1 in Cn()
    Cn.__contains__ = lambda s, x: False
    return a, 1 in Cn()
check('contains-assign', contains_assign, '(True, False)')
def getitem_cache():
    class Gi:
        def __getitem__(s, k): return 'one'
    g = Gi(); out = []
    for i in range(4):
        out.append(g[0])
        if i == 1: Gi.__getitem__ = lambda s, k: 'two'
    return out
check('getitem-cache', getitem_cache, "['one', 'one', 'two', 'two']")
def int_subclass_slot():
    class I(int): pass
    i = I(5); out = [i + 1]
    I.__add__ = lambda s, o: 'I.add'
    out.append(i + 1)
    del I.__add__
    out.append(i + 1)
    return out
check('int-subclass-slot', int_subclass_slot, "[6, 'I.add', 6]")
def dict_subclass_getitem_late():
    class Dd(dict): pass
    d = Dd(a=1); out = [d['a']]
    Dd.__getitem__ = lambda s, k: 'over'
    out.append(d['a'])
    Dd.__missing__ = lambda s, k: 'miss'
    del Dd.__getitem__
    out.append(d['zz'])
    return out
check('dict-subclass-late', dict_subclass_getitem_late, "[1, 'over', 'miss']")
def mro_via_meta():
    class M(type):
        def mro(cls):
            return [cls] + [c for c in type.mro(cls)[1:] if c.__name__ != 'P1']
    class P1:
        def f(self): return 'P1'
    class P2:
        def f(self): return 'P2'
    class Q(P1, P2, metaclass=M): pass
    return Q().f(), [c.__name__ for c in Q.__mro__]
check('mro-via-meta', mro_via_meta, "('P2', ['Q', 'P2', 'object'])")
