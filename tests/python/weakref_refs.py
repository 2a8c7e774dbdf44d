# weakref: references, proxies, callbacks, which objects can be weakly
# referenced, and the weak containers. Objects are made to die by dropping
# every reference and calling gc.collect() (what Taipan needs; CPython
# frees them at once). Expected values are CPython 3.2's.
import gc
import weakref


def _raises(exc, msg, f, *a, **k):
    try:
        f(*a, **k)
    except exc as e:
        assert msg is None or str(e) == msg, (str(e), msg)
    else:
        raise AssertionError('%s not raised' % exc.__name__)


class Obj:
    def __init__(self, v=0):
        self.v = v

    def method(self):
        return self.v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Obj) and self.v == other.v

    def __add__(self, other):
        return 'add'

    def __ifloordiv__(self, other):
        return 'ifloordiv'

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 2


# Which objects can be referenced (3.2's messages).
for o, name in [(1, 'int'), ('s', 'str'), ((), 'tuple'), ([], 'list'), ({}, 'dict'),
                (b'', 'bytes'), (1.5, 'float'), (None, 'NoneType'), (object(), 'object'),
                (len, 'builtin_function_or_method')]:
    _raises(TypeError, "cannot create weak reference to '%s' object" % name, weakref.ref, o)


class Slotted:
    __slots__ = ('a',)


class SlottedWeak:
    __slots__ = ('a', '__weakref__')


class MyList(list):
    pass


class MyTuple(tuple):
    pass

_raises(TypeError, "cannot create weak reference to 'Slotted' object", weakref.ref, Slotted())
_raises(TypeError, "cannot create weak reference to 'MyTuple' object", weakref.ref, MyTuple())


def func():
    pass

for o in [Obj(), SlottedWeak(), MyList(), set(), frozenset(), func, Obj().method,
          func.__code__, (x for x in ()), Obj, int]:
    assert weakref.ref(o)() is o

# References: reuse, equality, hashing, repr.
o = Obj(1)
r1 = weakref.ref(o)
r2 = weakref.ref(o)
assert r1 is r2
calls = []
r3 = weakref.ref(o, calls.append)
assert r3 is not r1 and r3() is o
assert r1 == r3 and not (r1 != r3)
assert hash(r1) == hash(o)
assert weakref.getweakrefcount(o) == 2
assert weakref.getweakrefs(o)[0] is r1
assert repr(r1).startswith('<weakref at 0x') and "to 'Obj' at 0x" in repr(r1)
assert repr(weakref.ref(func)).endswith('(func)>')
assert weakref.ref is weakref.ReferenceType
_raises(TypeError, None, r1, 1)

# A subclass of ref.
class NamedRef(weakref.ref):
    def __init__(self, ob, callback=None, name=''):
        super().__init__(ob, callback)
        self.name = name

nr = NamedRef(o, name='n')
assert nr() is o and nr.name == 'n' and nr is not r1
assert isinstance(nr, weakref.ref)

# Proxies.
p = weakref.proxy(o)
assert type(p) is weakref.ProxyType and type(p).__name__ == 'weakproxy'
assert p.v == 1 and p.method() == 1
p.v = 5
assert o.v == 5
assert p + 1 == 'add' and len(p) == 3 and p[4] == 8
assert p == Obj(5)
q = p
q //= 2
assert q == 'ifloordiv'
_raises(TypeError, "unhashable type: 'weakproxy'", hash, p)
cp = weakref.proxy(func)
assert type(cp) is weakref.CallableProxyType and cp() is None
assert weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType)

# Death: references return None, callbacks run (newest first), proxies
# raise ReferenceError.
order = []
ra = weakref.ref(o, lambda r: order.append('a'))
rb = weakref.ref(o, lambda r: order.append('b'))
del o, q
gc.collect()
assert r1() is None and r3() is None and nr() is None
assert calls == [r3]
assert order == ['b', 'a']
assert hash(r1) == hash(Obj(1))   # computed while alive, kept
assert 'dead' in repr(r1)
assert r1 != r3 and r1 == r1
_raises(ReferenceError, 'weakly-referenced object no longer exists', getattr, p, 'v')
dead = weakref.ref(Obj(7))
gc.collect()
_raises(TypeError, 'weak object has gone away', hash, dead)

# A reference dropped before its object dies does not call back.
o = Obj()
dropped = []
weakref.ref(o, dropped.append)
del o
gc.collect()
assert dropped == []

# An error in a callback is reported on stderr and does not stop the
# others.
import io
import sys
o = Obj()
seen = []
k1 = weakref.ref(o, lambda r: seen.append(1))
k2 = weakref.ref(o, lambda r: 1 / 0)
saved, sys.stderr = sys.stderr, io.StringIO()
try:
    del o
    gc.collect()
    report = sys.stderr.getvalue()
finally:
    sys.stderr = saved
assert seen == [1]
assert report.startswith('Exception ZeroDivisionError: ') and report.endswith(' ignored\n'), report
assert 'division by zero' in report

# WeakValueDictionary.
objs = [Obj(i) for i in range(5)]
wvd = weakref.WeakValueDictionary((i, o) for i, o in enumerate(objs))
assert len(wvd) == 5 and wvd[2] is objs[2] and 2 in wvd and 9 not in wvd
assert wvd.get(9, 'd') == 'd'
assert sorted(wvd.keys()) == [0, 1, 2, 3, 4]
assert repr(wvd).startswith('<WeakValueDictionary at ')
del objs[4]
gc.collect()
assert len(wvd) == 4 and 4 not in wvd
_raises(KeyError, None, wvd.__getitem__, 4)
assert wvd.pop(0) is objs[0] and len(wvd) == 3
assert wvd.setdefault(1, None) is objs[1]
assert all(isinstance(r, weakref.KeyedRef) for r in wvd.valuerefs())
assert sorted(r.key for r in wvd.itervaluerefs()) == [1, 2, 3]
copy_ = wvd.copy()
assert sorted(copy_.items(), key=lambda kv: kv[0]) == sorted(wvd.items(), key=lambda kv: kv[0])

# WeakKeyDictionary.
keys = [Obj(i) for i in range(3)]
wkd = weakref.WeakKeyDictionary({k: k.v * 10 for k in keys})
assert len(wkd) == 3 and wkd[keys[1]] == 10 and keys[0] in wkd
assert 1 not in wkd  # not weakly referenceable: just absent
assert repr(wkd).startswith('<WeakKeyDictionary at ')
del keys[0]
gc.collect()
assert len(wkd) == 2 and sorted(wkd.values()) == [10, 20]
assert len(wkd.keyrefs()) == 2

# WeakSet.
members = [Obj(i) for i in range(3)]
ws = weakref.WeakSet(members)
assert len(ws) == 3 and members[0] in ws and 1 not in ws
ws2 = weakref.WeakSet(members[:2])
assert ws2 <= ws and ws >= ws2 and ws2 < ws
assert len(ws - ws2) == 1 and len(ws & ws2) == 2 and len(ws | ws2) == 3
del members[2]
gc.collect()
assert len(ws) == 2 and ws == ws2
_raises(KeyError, "'pop from empty WeakSet'", weakref.WeakSet().pop)
_raises(TypeError, None, hash, ws)

# An iteration left unfinished does not block the container for ever.
objs = [Obj(i) for i in range(4)]
wvd = weakref.WeakValueDictionary(enumerate(objs))
it = iter(wvd.items())
next(it)
del objs[-1], it
gc.collect()
assert len(wvd) == 3
