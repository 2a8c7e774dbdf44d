# collections.deque and collections.defaultdict (native in _collections).
from collections import deque, defaultdict
import _collections


def raises(exc, f, *args, **kwds):
    try:
        f(*args, **kwds)
    except exc as e:
        return str(e)
    raise AssertionError("%r did not raise %s" % (f, exc.__name__))


assert deque is _collections.deque and defaultdict is _collections.defaultdict

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
assert list(d) == [0, 1, 2, 3, 4] and len(d) == 5
assert d.pop() == 4 and d.popleft() == 0 and list(d) == [1, 2, 3]
d.extend('ab')
d.extendleft('xy')
assert list(d) == ['y', 'x', 1, 2, 3, 'a', 'b']
assert d[0] == 'y' and d[-1] == 'b' and d[2] == 1
d[0] = 'Y'
del d[1]
assert list(d) == ['Y', 1, 2, 3, 'a', 'b']
d.remove(2)
assert list(d) == ['Y', 1, 3, 'a', 'b'] and d.count(1) == 1 and 3 in d and 9 not in d
d.clear()
assert len(d) == 0 and not d

d = deque(range(5))
d.rotate(2)
assert list(d) == [3, 4, 0, 1, 2]
d.rotate(-3)
assert list(d) == [1, 2, 3, 4, 0]
d.rotate()
assert list(d) == [0, 1, 2, 3, 4]
d.reverse()
assert list(d) == [4, 3, 2, 1, 0]
assert list(reversed(d)) == [0, 1, 2, 3, 4]
d.extend(d)
assert list(d) == [4, 3, 2, 1, 0] * 2
assert deque('abca').count('a') == 2

# Growing, wrapping and shrinking the ring.
d = deque()
for i in range(100):
    d.append(i)
    if i % 3 == 0:
        d.popleft()
assert list(d) == [i for i in range(100) if i > 33] and len(d) == 66
d.rotate(10)
assert d[0] == 90 and d[10] == 34

# maxlen
d = deque(range(10), 3)
assert list(d) == [7, 8, 9] and d.maxlen == 3 and deque().maxlen is None
d.appendleft(1)
assert list(d) == [1, 7, 8]
d.extend([5, 6])
assert list(d) == [8, 5, 6]
assert list(deque(range(3), 0)) == [] and deque(maxlen=None).maxlen is None
assert raises(AttributeError, setattr, d, 'maxlen', 5)

# repr, comparison, copying
assert repr(deque()) == 'deque([])' and repr(deque([1, 'a'])) == "deque([1, 'a'])"
assert repr(deque([1], 2)) == 'deque([1], maxlen=2)'
r = deque()
r.append(r)
assert repr(r) == 'deque([[...]])'
assert deque('abc') == deque('abc') and deque('abc') != deque('abd')
assert deque([1]) < deque([2]) and deque('ab') >= deque('a') and deque() <= deque()
assert not (deque([1]) == [1])
assert raises(TypeError, lambda: deque([1]) < [1]).startswith('unorderable types')
assert raises(TypeError, hash, deque()).startswith('unhashable type')
d = deque([[1], 2], 5)
c = d.__copy__()
assert c == d and c is not d and c.maxlen == 5 and c[0] is d[0]
assert d.__reduce__() == (deque, ([[1], 2], 5))
assert deque([1]).__reduce__() == (deque, ([1],))
d += [3]
assert list(d) == [[1], 2, 3]

# errors
assert raises(IndexError, deque().pop) == 'pop from an empty deque'
assert raises(IndexError, deque().popleft) == 'pop from an empty deque'
assert raises(IndexError, lambda: deque([1])[5]) == 'deque index out of range'
assert raises(IndexError, lambda: deque()[-1]) == 'deque index out of range'
assert raises(TypeError, lambda: deque([1])['a']) == "sequence index must be integer, not 'str'"
assert raises(TypeError, lambda: deque([1])[0:1]) == "sequence index must be integer, not 'slice'"
assert raises(ValueError, deque([1]).remove, 2) == 'deque.remove(x): x not in deque'
assert raises(ValueError, deque, [], -1) == 'maxlen must be non-negative'
assert raises(TypeError, deque, [], 1.5) == 'an integer is required'
assert raises(TypeError, deque, 1) == "'int' object is not iterable"
assert raises(TypeError, deque, x=1) == "'x' is an invalid keyword argument for this function"
assert raises(TypeError, deque, [1], 2, 3) == 'deque() takes at most 2 arguments (3 given)'
assert raises(TypeError, deque([1]).rotate, 1.5) == 'integer argument expected, got float'
assert raises(TypeError, deque([1]).extend, 1) == "'int' object is not iterable"
d = deque([1, 2, 3])


def mutate():
    for x in d:
        d.append(x)


assert raises(RuntimeError, mutate) == 'deque mutated during iteration'
it = iter(deque('ab'))
assert it.__length_hint__() == 2 and type(it).__name__ == 'deque_iterator'
assert type(reversed(deque())).__name__ == 'deque_reverse_iterator'
names = [n for n in dir(deque) if not n.startswith('__')]
assert names == ['append', 'appendleft', 'clear', 'count', 'extend', 'extendleft',
                 'maxlen', 'pop', 'popleft', 'remove', 'reverse', 'rotate'], names


# subclassing
class Stack(deque):
    def push(self, x):
        self.append(x)


s = Stack([1], 4)
s.push(2)
s.label = 'mine'
assert list(s) == [1, 2] and s.label == 'mine' and isinstance(s, deque)
assert s.__reduce__() == (Stack, ([1, 2], 4), {'label': 'mine'})
assert type(s.__copy__()) is Stack

# defaultdict
dd = defaultdict(list)
dd['a'].append(1)
dd['a'].append(2)
assert dd == {'a': [1, 2]} and dd.default_factory is list
assert repr(dd) == "defaultdict(<class 'list'>, {'a': [1, 2]})"
assert repr(defaultdict()) == 'defaultdict(None, {})'
counts = defaultdict(int)
for ch in 'abracadabra':
    counts[ch] += 1
assert counts['a'] == 5 and counts['z'] == 0 and 'z' in counts
assert counts.get('q') is None and 'q' not in counts     # get does not call __missing__
assert defaultdict(None, {1: 2}) == {1: 2}
assert defaultdict(int, a=1) == {'a': 1}
assert defaultdict(int, [(1, 2)])[1] == 2
assert raises(TypeError, defaultdict, 1) == 'first argument must be callable'
e = None
try:
    defaultdict()[1]
except KeyError as exc:
    e = exc
assert e.args == (1,)
assert defaultdict(int).__missing__(5) == 0
c = dd.copy()
assert type(c) is defaultdict and c == dd and c.default_factory is list and c['a'] is dd['a']
r = dd.__reduce__()
assert r[:4] == (defaultdict, (list,), None, None) and list(r[4]) == [('a', [1, 2])]
assert defaultdict().__reduce__()[1] == ()
dd.default_factory = set
assert dd['new'] == set()
del dd.default_factory
assert dd.default_factory is None
assert sorted(set(dir(defaultdict)) - set(dir(dict))) == ['__copy__', '__missing__', 'default_factory']
assert defaultdict.__mro__ == (defaultdict, dict, object)
self_ref = defaultdict()
self_ref.default_factory = self_ref
assert repr(self_ref) == 'defaultdict(defaultdict(..., {...}), {})'


class Tree(defaultdict):
    def __init__(self):
        super().__init__(Tree)


t = Tree()
t['a']['b']['c'] = 1
t.tag = 'root'
assert t['a']['b'] == {'c': 1} and type(t['a']) is Tree and t.__dict__ == {'tag': 'root'}
assert isinstance(t, dict) and repr(Tree.__mro__[1]) == "<class 'collections.defaultdict'>"


# A factory that prints the dict again (a bound method of it) shows as ...
class WithMethod(defaultdict):
    def _factory(self):
        return []


wm = WithMethod()
wm.default_factory = wm._factory
text = repr(wm)
assert text.startswith('defaultdict(<bound method WithMethod._factory of defaultdict(..., {})>, {})'), text
