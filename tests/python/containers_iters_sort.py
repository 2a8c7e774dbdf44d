# enumerate, zip, map, filter, reversed, iteration by __getitem__, and
# list.sort / sorted.

def catch(thunk):
    try:
        thunk()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)
    return None

assert list(enumerate('ab')) == [(0, 'a'), (1, 'b')] and list(enumerate('ab', 5)) == [(5, 'a'), (6, 'b')]
assert list(enumerate('ab', start=2**70)) == [(2**70, 'a'), (2**70 + 1, 'b')]
assert list(enumerate(iterable='ab')) == [(0, 'a'), (1, 'b')]
assert list(enumerate('ab', 2**63 - 1)) == [(2**63 - 1, 'a'), (2**63, 'b')]
assert catch(lambda: enumerate()) == "TypeError: Required argument 'iterable' (pos 1) not found"
assert catch(lambda: enumerate(1)) == "TypeError: 'int' object is not iterable"
assert catch(lambda: enumerate([1], 2, 3)) == 'TypeError: enumerate() takes at most 2 arguments (3 given)'
assert catch(lambda: enumerate('ab', 1.5)) == "TypeError: 'float' object cannot be interpreted as an integer"
assert catch(lambda: enumerate('ab', x=1)) == "TypeError: 'x' is an invalid keyword argument for this function"
assert list(zip()) == [] and list(zip('abc', [1, 2])) == [('a', 1), ('b', 2)]
assert catch(lambda: zip(1)) == 'TypeError: zip argument #1 must support iteration'
assert catch(lambda: zip([1], 2)) == 'TypeError: zip argument #2 must support iteration'
assert catch(lambda: zip(a=1)) == 'TypeError: zip() does not take keyword arguments'
assert list(map(len, ['a', 'bb'])) == [1, 2] and list(map(pow, [1, 2], [3, 4, 5])) == [1, 16]
assert catch(lambda: map()) == 'TypeError: map() must have at least two arguments.'
assert catch(lambda: map(len)) == 'TypeError: map() must have at least two arguments.'
assert catch(lambda: map(len, 1)) == "TypeError: 'int' object is not iterable"
assert catch(lambda: map(len, [1], x=1)) == 'TypeError: map() does not take keyword arguments'
assert catch(lambda: list(map(len, [1]))) == "TypeError: object of type 'int' has no len()"
assert list(filter(None, [0, 1, '', 'a'])) == [1, 'a'] and list(filter(bool, [0, 2])) == [2]
assert list(filter(lambda x: x > 1, [1, 2, 3])) == [2, 3]
assert catch(lambda: filter()) == 'TypeError: filter expected 2 arguments, got 0'
assert catch(lambda: filter(None, 1)) == "TypeError: 'int' object is not iterable"
assert catch(lambda: filter(None, [1], x=2)) == 'TypeError: filter() does not take keyword arguments'
assert list(reversed('abc')) == ['c', 'b', 'a'] and list(reversed((1, 2))) == [2, 1]
assert type(reversed((1, 2))).__name__ == 'reversed' and reversed((1, 2)).__length_hint__() == 2
assert catch(lambda: reversed()) == 'TypeError: reversed expected 1 arguments, got 0'
assert catch(lambda: reversed(1)) == 'TypeError: argument to reversed() must be a sequence'
assert catch(lambda: reversed({})) == 'TypeError: argument to reversed() must be a sequence'
assert catch(lambda: reversed(x=1)) == 'TypeError: reversed() does not take keyword arguments'
class R:
    def __reversed__(self):
        return 5
assert reversed(R()) == 5
class L:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i * 10
assert list(reversed(L())) == [10, 0]
class E(enumerate):
    pass
assert list(E('ab')) == [(0, 'a'), (1, 'b')] and type(E('ab')) is E
class Z(zip):
    pass
assert list(Z('ab', 'cd')) == [('a', 'c'), ('b', 'd')]
m = map(lambda x: 1 / x, [0])
assert catch(lambda: next(m)) == 'ZeroDivisionError: division by zero'
it = map(lambda x: x + 1, range(3))
assert next(it) == 1 and list(it) == [2, 3] and list(it) == []

# Iteration through __getitem__.
class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i
class Stop:
    def __getitem__(self, i):
        if i > 1:
            raise StopIteration
        return i
assert list(Seq()) == [0, 1, 2, 3] and list(Stop()) == [0, 1] and 2 in Seq() and 7 not in Seq()
it = iter(Seq())
assert type(it).__name__ == 'iterator' and next(it) == 0
a, b = Stop()
assert (a, b) == (0, 1)

# Sorting.
l = [3, 1, 2]
assert l.sort() is None and l == [1, 2, 3]
assert sorted([3, 1, 2], reverse=True) == [3, 2, 1]
assert sorted(['b', 'A', 'c'], key=str.lower) == ['A', 'b', 'c']
assert sorted([(1, 'b'), (0, 'z'), (1, 'a')]) == [(0, 'z'), (1, 'a'), (1, 'b')]
assert sorted([2.5, -1.0, 0.0]) == [-1.0, 0.0, 2.5]
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]
assert sorted(pairs, key=lambda p: p[0]) == [(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]
assert sorted(pairs, key=lambda p: p[0], reverse=True) == [(1, 'a'), (1, 'c'), (0, 'b'), (0, 'd')]
class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
assert [v.v for v in sorted([V(3), V(1), V(2)])] == [1, 2, 3]
big = [(i * 7919) % 1009 for i in range(5000)]
assert sorted(big) == sorted(big, key=lambda x: x) and sorted(big)[:3] == [0, 0, 0]
s = sorted(big)
assert all(s[i] <= s[i + 1] for i in range(len(s) - 1))
assert catch(lambda: [3, 'a'].sort()) == 'TypeError: unorderable types: str() < int()'
assert catch(lambda: [3, 1].sort(None)) == 'TypeError: must use keyword argument for key function'
assert catch(lambda: [3, 1].sort(cmp=None)) == "TypeError: 'cmp' is an invalid keyword argument for this function"
assert catch(lambda: [3, 1].sort(key=None, reverse=1.5)) == 'TypeError: integer argument expected, got float'
def modify():
    l = [3, 2, 1]
    def k(x):
        l.append(1)
        return x
    l.sort(key=k)
assert catch(modify) == 'ValueError: list modified during sort'
def failing_key():
    l = [3, 2, 1]
    def k(x):
        if x == 1:
            raise ValueError('boom')
        return x
    try:
        l.sort(key=k)
    except ValueError:
        return l
assert failing_key() == [3, 2, 1]
nan = float('nan')
l = [3.0, nan, 1.0]
l.sort()
assert len(l) == 3
