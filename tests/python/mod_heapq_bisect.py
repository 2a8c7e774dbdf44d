# heapq and bisect.
import heapq
import bisect


def raises(exc, f, *args, **kwds):
    try:
        f(*args, **kwds)
    except exc as e:
        return str(e)
    raise AssertionError("%r did not raise %s" % (f, exc.__name__))


data = [(i * 7919) % 101 for i in range(200)]
h = []
for x in data:
    heapq.heappush(h, x)
    assert h[0] == min(h)
assert [heapq.heappop(h) for _ in range(len(h))] == sorted(data)
h = list(data)
heapq.heapify(h)
assert all(h[k] <= h[c] for k in range(len(h)) for c in (2 * k + 1, 2 * k + 2) if c < len(h))
assert [heapq.heappop(h) for _ in range(len(h))] == sorted(data)
for n in range(0, 12):
    assert heapq.nsmallest(n, data) == sorted(data)[:n], n
    assert heapq.nlargest(n, data) == sorted(data, reverse=True)[:n], n
    assert heapq.nsmallest(n, iter(data), key=lambda x: -x) == sorted(data, key=lambda x: -x)[:n]
    assert heapq.nlargest(n, iter(data), key=lambda x: x % 10) == sorted(data, key=lambda x: x % 10, reverse=True)[:n]
pairs = [(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')]
assert heapq.nsmallest(2, pairs, key=lambda p: p[0]) == [(0, 'b'), (0, 'd')]   # stable
assert heapq.nlargest(2, pairs, key=lambda p: p[0]) == [(1, 'a'), (1, 'c')]
assert heapq.nsmallest(2, [3, 1, 2]) == [1, 2] and heapq.nlargest(1, []) == []
assert heapq.nsmallest(1, [5, 2]) == [2] and heapq.nlargest(5, {3, 1}) == [3, 1]
assert list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])) == \
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]
assert list(heapq.merge()) == [] and list(heapq.merge([2], iter([1]))) == [1, 2]
assert heapq.heappushpop([1, 5], 3) == 1 and heapq.heappushpop([], 3) == 3
h = [1, 5]
assert heapq.heapreplace(h, 9) == 1 and h == [5, 9]
assert raises(IndexError, heapq.heappop, []) == 'index out of range'
assert raises(IndexError, heapq.heapreplace, [], 1) == 'index out of range'
assert raises(TypeError, heapq.heappush, (), 1) == 'heap argument must be a list'
assert raises(TypeError, heapq.heapify, ()) == 'heap argument must be a list'
assert set(heapq.__all__) == {'heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
                              'nlargest', 'nsmallest', 'heappushpop'}

a = [1, 2, 2, 2, 5, 9]
assert [bisect.bisect(a, x) for x in range(11)] == [0, 1, 4, 4, 4, 5, 5, 5, 5, 6, 6]
assert [bisect.bisect_left(a, x) for x in range(11)] == [0, 0, 1, 4, 4, 4, 5, 5, 5, 5, 6]
assert bisect.bisect_left(a, 2, 2) == 2 and bisect.bisect_right(a, 2, 0, 2) == 2
assert bisect.bisect(a, 2, hi=3) == 3 and bisect.bisect_right(a, 100, lo=6) == 6
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
bisect.insort_left(b, 4)
bisect.insort_right(b, 0)
assert b == [0, 1, 1, 2, 4, 4, 5, 5, 6, 9]
assert raises(ValueError, bisect.bisect, [], 1, -1) == 'lo must be non-negative'
assert raises(ValueError, bisect.insort_left, [], 1, -1) == 'lo must be non-negative'
keyed = [(1, 'x'), (3, 'y')]
bisect.insort(keyed, (2, 'z'))
assert keyed == [(1, 'x'), (2, 'z'), (3, 'y')]

# bisect's functions are those of _bisect (as in CPython): hi is -1 for
# "to the end", not None, and any sequence with insert() will do.
assert bisect.bisect([1, 2, 3], 2, hi=-1) == 2
assert raises(TypeError, bisect.bisect, [1, 2], 1, 0, None) == \
    "'NoneType' object cannot be interpreted as an integer"
assert raises(TypeError, bisect.bisect, [1]) == "Required argument 'x' (pos 2) not found"
assert raises(TypeError, bisect.insort, None, 1) == "object of type 'NoneType' has no len()"
inserted = []


class Seq:
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 10

    def insert(self, i, x):
        inserted.append((i, x))


bisect.insort(Seq(), 3)
assert inserted == [(4, 3)] and bisect.bisect(Seq(), 3) == 4 and bisect.bisect_left(Seq(), 3) == 3


class LoggingList(list):
    def insert(self, i, x):
        inserted.append(('list', i, x))
        list.insert(self, i, x)


ll = LoggingList([1, 3])
bisect.insort_left(ll, 2)
assert ll == [1, 2, 3] and inserted[-1] == ('list', 1, 2)
