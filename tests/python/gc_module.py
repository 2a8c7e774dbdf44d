# gc: the interface of CPython 3.2's gc module (constants, flags,
# thresholds, is_tracked, get_referents) and collect() freeing what is no
# longer reachable (seen through a weak reference). Expected values are
# CPython 3.2's.
import gc
import weakref


def _raises(exc, msg, f, *a, **k):
    try:
        f(*a, **k)
    except exc as e:
        assert msg is None or str(e) == msg, (str(e), msg)
    else:
        raise AssertionError('%s not raised' % exc.__name__)


assert (gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE,
        gc.DEBUG_SAVEALL, gc.DEBUG_LEAK) == (1, 2, 4, 32, 38)
assert gc.garbage == []

assert gc.isenabled()
gc.disable()
assert not gc.isenabled()
gc.enable()
assert gc.isenabled()

old = gc.get_threshold()
assert old == (700, 10, 10)
gc.set_threshold(5)
assert gc.get_threshold() == (5, 10, 10)
gc.set_threshold(100, 2, 3)
assert gc.get_threshold() == (100, 2, 3)
gc.set_threshold(*old)
_raises(TypeError, 'set_threshold() takes at least 1 argument (0 given)', gc.set_threshold)

assert gc.get_debug() == 0
gc.set_debug(gc.DEBUG_STATS)
assert gc.get_debug() == gc.DEBUG_STATS
gc.set_debug(0)

assert len(gc.get_count()) == 3
_raises(ValueError, 'invalid generation', gc.collect, 3)
_raises(ValueError, 'invalid generation', gc.collect, -1)
assert isinstance(gc.collect(0), int)


# A cycle with nothing else referring to it is freed.
class Node:
    pass

a, b = Node(), Node()
a.other, b.other = b, a
wa = weakref.ref(a)
del a, b
n = gc.collect()
assert wa() is None
assert isinstance(n, int) and n >= 0

# is_tracked: atomic values and built-in types are not tracked.
for o in [None, 1, 1.0, 1 + 5j, True, b'a', 'a', bytearray(b'a'), type, int, object, object(), ()]:
    assert not gc.is_tracked(o), o
for o in [gc, Node, Node(), [], set(), {1: []}, ([],)]:
    assert gc.is_tracked(o), o
assert not gc.is_tracked({}) and not gc.is_tracked({1: 2})

# get_referents knows the containers.
assert sorted(gc.get_referents([1, 2], (3,))) == [1, 2, 3]
assert sorted(gc.get_referents({1: 2})) == [1, 2]
node = Node()
node.x = 5
assert node.__dict__ in gc.get_referents(node)
assert isinstance(gc.get_referrers(node), list)
assert isinstance(gc.get_objects(), list)
