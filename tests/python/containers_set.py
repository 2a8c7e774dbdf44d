# Sets and frozensets: methods, operators, comparisons, hashing, and
# iteration in 3.2's order.

def catch(thunk):
    try:
        thunk()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)
    return None

def args_of(thunk):
    try:
        thunk()
    except BaseException as e:
        return type(e).__name__, e.args

# Order and repr as 3.2 prints them. (A display {a, b} adds b first, as
# 3.2's BUILD_SET does; these sets are built item by item to test the
# table alone.)
def build(*items):
    s = set()
    for x in items:
        s.add(x)
    return s
assert repr(build(3, 1, 2)) == '{1, 2, 3}', repr(build(3, 1, 2))
assert repr(build(9, 17)) == '{9, 17}' and repr(build(17, 9)) == '{17, 9}'
assert repr(build(16, 8, 7, -2, -1)) == '{16, 8, -1, -2, 7}', repr(build(16, 8, 7, -2, -1))
assert repr(build('dd', 'c', 'a', 'b')) == "{'a', 'dd', 'b', 'c'}", repr(build('dd', 'c', 'a', 'b'))
assert repr(set(range(20, 0, -3))) == '{2, 5, 8, 11, 14, 17, 20}'
assert repr(build(2, 1) | build(17, 9)) == '{1, 2, 9, 17}', repr(build(2, 1) | build(17, 9))
assert repr(build(1, 2, 3, 25) & build(25, 3)) == '{25, 3}', repr(build(1, 2, 3, 25) & build(25, 3))
assert repr(build(25, 17, 9, 1) - build(9)) == '{25, 17, 1}'
s = build(3, 2, 1)
s ^= build(17, 4, 3)
assert repr(s) == '{1, 2, 4, 17}', repr(s)
s = set(range(10))
s.pop()
s.pop()
s.add(100)
assert s.pop() == 2 and repr(s) == '{3, 4, 5, 6, 7, 8, 9, 100}', repr(s)
s = set(range(100))
s.difference_update(range(0, 100, 2))
assert list(s) == list(range(1, 100, 2))
assert repr(set()) == 'set()' and repr(frozenset()) == 'frozenset()'
assert repr(frozenset([1, 2])) == 'frozenset({1, 2})'
class S(set):
    pass
assert repr(S([1, 2])) == 'S({1, 2})' and repr(S()) == 'S()'
assert type(S([3]) | {1}) is set and repr(S([3]) | {1}) == '{1, 3}'
assert sorted({x * x for x in range(-3, 4)}) == [0, 1, 4, 9]

# Methods.
s = set()
s.add(1)
s.add(1)
s.update([2, 3], (4,))
assert s == {1, 2, 3, 4}
s.discard(4)
s.discard(5)
s.remove(3)
assert s == {1, 2}
assert args_of(lambda: s.remove(5)) == ('KeyError', (5,))
assert args_of(lambda: s.remove((1, 2))) == ('KeyError', ((1, 2),))
assert args_of(lambda: set().pop()) == ('KeyError', ('pop from an empty set',))
assert catch(lambda: s.add([])) == "TypeError: unhashable type: 'list'"
assert catch(lambda: set(1)) == "TypeError: 'int' object is not iterable"
assert catch(lambda: set(x=1)) == 'TypeError: set() does not take keyword arguments'
assert catch(lambda: frozenset(x=1)) == 'TypeError: frozenset() does not take keyword arguments'
assert catch(lambda: set([], [])) == 'TypeError: set expected at most 1 arguments, got 2'
assert catch(lambda: s.union(x=1)) == 'TypeError: union() takes no keyword arguments'
a, b = {1, 2, 3}, {2, 3, 4}
assert a.union(b, [5]) == {1, 2, 3, 4, 5} and a.intersection(b, [3]) == {3}
assert a.difference(b) == {1} and a.difference(b, [1]) == set() and a.difference() == a
assert a.symmetric_difference(b) == {1, 4} and a.issubset([1, 2, 3, 4]) and a.issuperset([1])
assert not a.isdisjoint(b) and a.isdisjoint([7])
c = a.copy()
c.intersection_update(b)
assert c == {2, 3}
c.symmetric_difference_update([3, 9])
assert c == {2, 9}
c.difference_update([2], [9])
assert c == set()
c = {1}
c.clear()
assert c == set() and len(c) == 0
f = frozenset([1, 2])
assert f.copy() is f and frozenset(f) is f and frozenset() is frozenset([])
assert not hasattr(f, 'add') and not hasattr(f, 'update')

# Operators and comparisons.
assert {1, 2} | {3} == {1, 2, 3} and {1, 2} & {2} == {2} and {1, 2} - {2} == {1} and {1, 2} ^ {2, 3} == {1, 3}
assert catch(lambda: {1} | [2]) == "TypeError: unsupported operand type(s) for |: 'set' and 'list'"
assert catch(lambda: {1} + {2}) == "TypeError: unsupported operand type(s) for +: 'set' and 'set'"
def ior():
    s = {1}
    s |= [2]
assert catch(ior) == "TypeError: unsupported operand type(s) for |=: 'set' and 'list'"
s = t = {1, 2}
s |= {3}
s &= {1, 3}
s -= {1}
assert s is t and s == {3}
assert type(frozenset([1]) | {2}) is frozenset and type({2} | frozenset([1])) is set
assert {1, 2} == frozenset([1, 2]) and {1, 2} < {1, 2, 3} and {1, 2} <= {1, 2} and {1} > set()
assert not ({1} == [1]) and {1} != [1]
assert catch(lambda: {1} < [1]) == 'TypeError: unorderable types: set() < list()'
assert {1, 2} in {frozenset([1, 2])} and {1} not in {frozenset([2])}
st = {frozenset([1])}
st.remove({1})
assert st == set()

# Hashing.
assert hash(frozenset()) == 133156838395276
assert hash(frozenset([1, 2, 3])) == -7699079583225461316
assert hash(frozenset(['a', 'b'])) == 3138257626259684061
assert hash(frozenset([frozenset([1])])) == -5738585316048246863
assert catch(lambda: hash(set())) == "TypeError: unhashable type: 'set'"
assert {frozenset([1, 2]): 'x'}[frozenset([2, 1])] == 'x'

# Iteration.
def grow():
    s = {1, 2}
    for x in s:
        s.add(3)
assert catch(grow) == 'RuntimeError: Set changed size during iteration'
it = iter({1, 2})
assert type(it).__name__ == 'set_iterator' and it.__length_hint__() == 2

# A set display adds its items last first, as CPython 3.2 pops them off
# the stack: of equal items, the last written is kept.
assert repr({1, 1.0, True}) == '{True}'
assert repr({True, 1}) == '{1}'
assert repr({0, False, 0.0}) == '{0.0}'
_order = []
class _K:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, other):
        _order.append((self.n, other.n))
        return False
{_K(1), _K(2), _K(3)}
assert _order == [(3, 2), (3, 1), (2, 1)], _order
