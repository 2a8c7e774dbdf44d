# copy: shallow and deep copies through the dispatch tables, __copy__ and
# __deepcopy__, and the reduce protocol (including __slots__ and
# subclasses of list and dict).
import copy
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple
from functools import partial


class A:
    def __init__(self):
        self.x = [1, [2]]


a = A()
b = copy.copy(a)
c = copy.deepcopy(a)
assert type(b) is A and b.x is a.x
assert type(c) is A and c.x == a.x and c.x is not a.x and c.x[1] is not a.x[1]

l = [1, [2, 3], {'a': (4, [5])}]
l.append(l)
m = copy.deepcopy(l)
assert m[3] is m and m[1] is not l[1] and m[2]['a'][1] is not l[2]['a'][1] and m[:3] == l[:3]
t = (1, 2)
assert copy.deepcopy(t) is t and copy.copy(t) is t
t2 = (1, [])
assert copy.deepcopy(t2) == t2 and copy.deepcopy(t2) is not t2
memo = {}
shared = [1]
pair = copy.deepcopy([shared, shared], memo)
assert pair[0] is pair[1] and id(shared) in memo


class Slots:
    __slots__ = ('p', 'q')


s = Slots()
s.p = [1]
s2 = copy.deepcopy(s)
assert s2.p == [1] and s2.p is not s.p and not hasattr(s2, 'q')
assert copy.copy(s).p is s.p


class Custom:
    def __copy__(self):
        return 'copied'

    def __deepcopy__(self, memo):
        return 'deep'


assert copy.copy(Custom()) == 'copied' and copy.deepcopy(Custom()) == 'deep'


class State:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v': self.v * 2}

    def __setstate__(self, st):
        self.v = st['v'] + 1


assert copy.copy(State(1)).v == 3 and copy.deepcopy(State(1)).v == 3


class Reduced:
    def __reduce__(self):
        return (Reduced, ())


assert type(copy.copy(Reduced())) is Reduced


class NewArgs(int):
    def __getnewargs__(self):
        return (int(self) + 1,)


assert copy.copy(NewArgs(4)) == 5


class L(list):
    pass


ll = L([1, [2]])
ll.attr = 5
l2 = copy.deepcopy(ll)
assert l2 == [1, [2]] and type(l2) is L and l2.attr == 5 and l2[1] is not ll[1]


class D(dict):
    pass


dd = D(a=[1])
d2 = copy.deepcopy(dd)
assert d2 == {'a': [1]} and type(d2) is D and d2['a'] is not dd['a']

dq = deque([[1], 2], 5)
dq2 = copy.deepcopy(dq)
assert dq2 == dq and dq2.maxlen == 5 and dq2[0] is not dq[0] and copy.copy(dq)[0] is dq[0]
df = defaultdict(list, a=[1])
df2 = copy.deepcopy(df)
assert df2 == df and df2['a'] is not df['a'] and df2.default_factory is list
od = OrderedDict([('b', [1]), ('a', 2)])
assert list(copy.deepcopy(od)) == ['b', 'a'] and copy.copy(Counter('aab')) == {'a': 2, 'b': 1}
P = namedtuple('P', 'x y')
assert copy.copy(P(1, [2])) == P(1, [2]) and type(copy.deepcopy(P(1, [2]))) is P
p = partial(max, 1)
assert copy.copy(p)(5) == 5 and copy.deepcopy(p)(0) == 1
assert copy.copy({1: 2}) == {1: 2} and copy.copy({1}) == {1} and copy.copy([1]) == [1]
assert copy.deepcopy({1}) == {1} and copy.deepcopy(frozenset([1])) == frozenset([1])
assert copy.copy(bytearray(b'x')) == bytearray(b'x')
assert copy.deepcopy(A.__init__) is A.__init__ and copy.copy(len) is len
assert copy.deepcopy(int) is int and copy.copy(int) is int


def f():
    pass


assert copy.copy(f) is f and copy.deepcopy(f) is f
bound = copy.deepcopy(a.__init__)
assert bound.__self__ is not a and type(bound.__self__) is A
assert copy.Error is copy.error and issubclass(copy.Error, Exception)
assert copy.__all__ == ['Error', 'copy', 'deepcopy']
