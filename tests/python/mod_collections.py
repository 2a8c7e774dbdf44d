# collections: namedtuple, OrderedDict, Counter, UserDict/UserList/UserString
# and the container ABCs (which 3.2 keeps in collections itself).
import collections
from collections import *


def raises(exc, f, *args, **kwds):
    try:
        f(*args, **kwds)
    except exc as e:
        return str(e)
    raise AssertionError("%r did not raise %s" % (f, exc.__name__))


# namedtuple
Point = namedtuple('Point', 'x, y')
p = Point(1, y=2)
assert p == (1, 2) and p.x == 1 and p[1] == 2 and isinstance(p, tuple)
assert repr(p) == 'Point(x=1, y=2)' and Point._fields == ('x', 'y')
assert Point._make([3, 4]) == Point(3, 4) and p._replace(x=9) == Point(9, 2)
assert p._asdict() == {'x': 1, 'y': 2} and type(p._asdict()) is OrderedDict
assert list(p._asdict()) == ['x', 'y']
assert Point.__doc__ == 'Point(x, y)' and Point.x.__doc__ == 'Alias for field number 0'
assert p.__getnewargs__() == (1, 2) and Point.__module__ == '__main__'
assert vars(p) == {'x': 1, 'y': 2} and type(p.__dict__) is OrderedDict and p.__getstate__() is None
assert Point.__slots__ == () and raises(AttributeError, setattr, p, 'z', 1)
assert namedtuple('P3', ['a', 'b', 'c'])(1, 2, 3).c == 3
assert namedtuple('T', ['a', 'def', '_c', 'a', '1x'], rename=True)._fields == ('a', '_1', '_2', '_3', '_4')
assert raises(ValueError, namedtuple, 'T', 'a a') == "Encountered duplicate field name: 'a'"
assert raises(ValueError, namedtuple, 'T', '_a') == "Field names cannot start with an underscore: '_a'"
assert raises(ValueError, namedtuple, 'T', 'def') == "Type names and field names cannot be a keyword: 'def'"
assert raises(ValueError, namedtuple, 'T', '1a') == "Type names and field names cannot start with a number: '1a'"
assert raises(ValueError, namedtuple, 'T-x', 'a') == (
    "Type names and field names can only contain alphanumeric characters and underscores: 'T-x'")
assert raises(TypeError, Point._make, [1]) == 'Expected 2 arguments, got 1'
assert raises(ValueError, p._replace, z=1) == "Got unexpected field names: ['z']"
assert raises(TypeError, Point, 1).startswith('__new__() takes exactly 3')


class Point3(namedtuple('Point3', 'x y z')):
    __slots__ = ()

    @property
    def total(self):
        return self.x + self.y + self.z


assert Point3(1, 2, 3).total == 6 and repr(Point3(1, 2, 3)) == 'Point3(x=1, y=2, z=3)'

# OrderedDict
o = OrderedDict([('b', 1), ('a', 2)])
o['c'] = 3
o['b'] = 10                              # updating keeps the position
assert list(o) == ['b', 'a', 'c'] and list(o.values()) == [10, 2, 3]
o.move_to_end('b')
assert list(o) == ['a', 'c', 'b']
o.move_to_end('b', last=False)
assert list(o) == ['b', 'a', 'c'] and list(reversed(o)) == ['c', 'a', 'b']
assert o.popitem() == ('c', 3) and o.popitem(last=False) == ('b', 10) and list(o.items()) == [('a', 2)]
assert repr(OrderedDict()) == 'OrderedDict()'
assert repr(OrderedDict([(1, 'x'), (2, 'y')])) == "OrderedDict([(1, 'x'), (2, 'y')])"
rec = OrderedDict()
rec['self'] = rec
assert repr(rec) == "OrderedDict([('self', ...)])"
assert OrderedDict.fromkeys('ab') == OrderedDict([('a', None), ('b', None)])
assert OrderedDict.fromkeys('ab') != OrderedDict.fromkeys('ba')       # order matters between them
assert OrderedDict.fromkeys('ab') == dict.fromkeys('ba')              # not against a dict
assert raises(KeyError, OrderedDict().popitem) == "'dictionary is empty'"
assert raises(TypeError, OrderedDict, 1, 2) == 'expected at most 1 arguments, got 2'
assert raises(KeyError, OrderedDict().move_to_end, 'x')
o = OrderedDict(a=1)
o.update([('b', 2)], c=3)
del o['a']
assert o.pop('b') == 2 and o.pop('zz', 0) == 0 and o.setdefault('d', 4) == 4
assert list(o) == ['c', 'd'] and o.copy() == o and type(o.copy()) is OrderedDict
assert o.__reduce__() == (OrderedDict, ([['c', 3], ['d', 4]],))
o.clear()
assert len(o) == 0 and list(o) == []
assert isinstance(o, dict) and isinstance(o, MutableMapping)

# Counter
c = Counter('abracadabrar')
assert c['a'] == 5 and c['r'] == 3 and c['z'] == 0 and 'z' not in c
assert c.most_common(2) == [('a', 5), ('r', 3)] and c.most_common()[0] == ('a', 5)
assert sorted(c.elements()) == sorted('abracadabrar')
assert repr(Counter()) == 'Counter()' and repr(Counter('aab')) == "Counter({'a': 2, 'b': 1})"
c.subtract('aaa')
assert c['a'] == 2
c.subtract({'b': 5})
assert c['b'] == -3 and 'b' not in list(c.elements())
c.update({'a': 10})
c.update('a', z=2)
assert c['a'] == 13 and c['z'] == 2
del c['never']                          # deleting a missing count is fine
x, y = Counter(a=3, b=1), Counter(a=1, b=2)
assert x + y == Counter(a=4, b=3) and x - y == Counter(a=2)
assert x | y == Counter(a=3, b=2) and x & y == Counter(a=1, b=1)
assert Counter(a=-1) + Counter() == Counter()
assert raises(NotImplementedError, Counter.fromkeys, 'a') == (
    'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')
assert Counter(a=2).__reduce__() == (Counter, ({'a': 2},))
assert type(Counter('ab').copy()) is Counter and Counter(Counter(a=1)) == {'a': 1}
assert Counter({'a': 1}, a=2) == {'a': 3}

# UserDict, UserList, UserString
u = UserDict({1: 2}, a=3)
assert u[1] == 2 and len(u) == 2 and u.data == {1: 2, 'a': 3} and 'a' in u
assert u.copy() == u.data and type(u.copy()) is UserDict
assert UserDict.fromkeys('ab').data == {'a': None, 'b': None}
assert raises(KeyError, lambda: u['zz'])


class Missing(UserDict):
    def __missing__(self, key):
        return key * 2


assert Missing()[4] == 8
l = UserList([3, 1, 2])
l.sort()
l.append(4)
assert l == [1, 2, 3, 4] and l.data == [1, 2, 3, 4] and l + [5] == [1, 2, 3, 4, 5]
assert [0] + l == [0, 1, 2, 3, 4] and type(l * 2) is UserList and l[1:] == [2, 3, 4]
assert l.pop() == 4 and len(l) == 3 and l.index(2) == 1 and repr(l) == '[1, 2, 3]'
l.extend(UserList([7]))
l += (8,)
assert l.data == [1, 2, 3, 7, 8] and l < [2] and l > UserList([0])
s = UserString('abc')
assert s.upper() == 'ABC' and type(s.upper()) is UserString and s + 'd' == 'abcd'
assert s[1] == 'b' and 'b' in s and s == 'abc' and repr(s) == "'abc'" and str(s) == 'abc'
assert s.split('b') == ['a', 'c'] and len(s) == 3 and hash(s) == hash('abc')
assert UserString(5) == '5' and int(UserString('7')) == 7 and s.find('c') == 2

# ABCs and the built-in types registered with them
assert isinstance([], MutableSequence) and isinstance((), Sequence) and isinstance('', Sequence)
assert isinstance(range(1), Sequence) and not isinstance(range(1), MutableSequence)
assert isinstance(b'', ByteString) and isinstance(bytearray(), ByteString)
assert isinstance(bytearray(), MutableSequence) and not isinstance(b'', MutableSequence)
assert isinstance({}, MutableMapping) and isinstance({}, Mapping) and not isinstance([], Mapping)
assert isinstance(set(), MutableSet) and isinstance(frozenset(), Set) and not isinstance(frozenset(), MutableSet)
assert isinstance({}.keys(), KeysView) and isinstance({}.items(), ItemsView) and isinstance({}.values(), ValuesView)
assert isinstance({}.keys(), Set) and not isinstance({}.values(), Set)
assert isinstance(1, Hashable) and not isinstance([], Hashable) and not isinstance({}, Hashable)
assert isinstance(iter([]), Iterator) and not isinstance([], Iterator) and isinstance([], Iterable)
assert isinstance(iter({}), Iterator) and isinstance(iter(''), Iterator) and isinstance(zip(), Iterator)
assert isinstance(len, Callable) and isinstance(int, Callable) and not isinstance(1, Callable)
assert isinstance('', Sized) and not isinstance(1, Sized) and isinstance([], Container)
assert isinstance(deque(), Iterable) and not isinstance(deque(), Sequence)
assert issubclass(list, Iterable) and issubclass(dict, Sized)


def gen():
    yield 1


assert isinstance(gen(), Iterator) and not isinstance(gen, Iterable)


class NoHash:
    __hash__ = None


assert not isinstance(NoHash(), Hashable)
assert sorted(Mapping.__abstractmethods__) == ['__getitem__', '__iter__', '__len__']
assert sorted(MutableSequence.__abstractmethods__) == ['__delitem__', '__getitem__', '__len__', '__setitem__', 'insert']
assert raises(TypeError, Mapping) == (
    "Can't instantiate abstract class Mapping with abstract methods __getitem__, __iter__, __len__")


class M(Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = M({1: 2})
assert m.get(1) == 2 and m.get(5) is None and 1 in m and 5 not in m
assert list(m.keys()) == [1] and list(m.items()) == [(1, 2)] and list(m.values()) == [2]
assert m == {1: 2} and m != {1: 3} and repr(m.keys()).startswith('KeysView(')
assert m.keys() | {3} == {1, 3} and (1, 2) in m.items() and 2 in m.values()


class S(Sequence):
    def __getitem__(self, i):
        return [1, 2, 3][i]

    def __len__(self):
        return 3


s = S()
assert list(s) == [1, 2, 3] and 2 in s and list(reversed(s)) == [3, 2, 1]
assert s.index(3) == 2 and s.count(1) == 1 and raises(ValueError, s.index, 9) == ''


class MS(MutableSet):
    def __init__(self, it=()):
        self.s = set(it)

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(self.s)

    def __len__(self):
        return len(self.s)

    def add(self, x):
        self.s.add(x)

    def discard(self, x):
        self.s.discard(x)


ms = MS([1, 2, 3])
assert sorted(ms & {2, 3, 4}) == [2, 3] and sorted(ms | {9}) == [1, 2, 3, 9]
assert sorted(ms - {1}) == [2, 3] and ms <= MS([1, 2, 3, 4]) and ms == MS([3, 2, 1])
assert ms.isdisjoint([7]) and not ms.isdisjoint([1])
ms -= {1}
ms |= {8}
assert sorted(ms) == [2, 3, 8]
ms.remove(8)
assert raises(KeyError, ms.remove, 8) == '8'
assert ms.pop() in (2, 3) and len(ms) == 1
ms.clear()
assert len(ms) == 0


class Seq(MutableSequence):
    def __init__(self):
        self.items = []

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


q = Seq()
q.append(1)
q.extend([2, 3])
q += [4]
q.reverse()
assert q.items == [4, 3, 2, 1] and q.pop() == 1 and q.pop(0) == 4
q.remove(3)
assert q.items == [2]


class Registered:
    pass


Sized.register(Registered)
assert issubclass(Registered, Sized) and isinstance(Registered(), Sized)
assert not hasattr(collections, 'abc') and 'ChainMap' not in dir(collections)

# Counter: copies keep the subclass; unorderable counts still print.
class MyCounter(Counter):
    pass


assert type(MyCounter('ab').copy()) is MyCounter
assert repr(Counter(a=None)) == "Counter({'a': None})"


# Set comparisons defer to the other operand's methods (3.2.6).
class Empty(Set):
    def __contains__(self, x):
        return False

    def __len__(self):
        return 0

    def __iter__(self):
        return iter([])


class Incomparable(Empty):
    def __le__(self, x):
        return NotImplemented

    def __lt__(self, x):
        return NotImplemented


assert raises(TypeError, lambda: Incomparable() < Empty()).startswith('unorderable types')
assert raises(TypeError, lambda: Empty() > Incomparable()).startswith('unorderable types')
assert Empty() <= Empty() and Empty() >= Empty() and not Empty() < Empty()

# _ChainMap, 3.2's private ChainMap
cm = collections._ChainMap({'a': 1}, {'a': 2, 'b': 3})
assert cm['a'] == 1 and cm['b'] == 3 and len(cm) == 2 and sorted(cm) == ['a', 'b']
cm['b'] = 4
assert cm.maps[0] == {'a': 1, 'b': 4} and cm.maps[1]['b'] == 3
del cm['b']
assert cm['b'] == 3 and raises(KeyError, cm.__delitem__, 'b') == \
    '"Key not found in the first mapping: \'b\'"'
child = cm.new_child()
child['z'] = 0
assert 'z' not in cm and child.parents.maps == cm.maps and cm.get('q', 5) == 5
assert repr(collections._ChainMap({1: 2})) == '_ChainMap({1: 2})'
assert collections._ChainMap().maps == [{}] and not collections._ChainMap()
