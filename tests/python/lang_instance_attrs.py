# Instance attributes set by __init__ in varying orders, deleted and set
# again, and set through __dict__ behind the class's back: the instance
# dict always holds exactly what was set (compared without order, as
# 3.2's dicts have none).


class P:
    def __init__(self, flip, extra=False):
        if flip:
            self.b = 2
            self.a = 1
        else:
            self.a = 1
            self.b = 2
        if extra:
            self.c = 3


ps = [P(i % 3 == 0, i % 5 == 0) for i in range(30)]
for i, p in enumerate(ps):
    keys = sorted(p.__dict__)
    want = ['a', 'b', 'c'] if i % 5 == 0 else ['a', 'b']
    assert keys == want, (i, keys, want)
    assert (p.a, p.b) == (1, 2)


class Q:
    def __init__(self, n):
        for k in range(n):
            setattr(self, 'x%d' % k, k)
        self.x0 = 'again'


for n in (1, 3, 9, 12, 3):
    q = Q(n)
    assert q.x0 == 'again' and len(q.__dict__) == n
    assert [getattr(q, 'x%d' % k) for k in range(1, n)] == list(range(1, n))


class R:
    def __init__(self):
        self.u = 1
        self.v = 2


r = R()
del r.u
r.u = 3
assert sorted(r.__dict__) == ['u', 'v'] and r.u == 3
r2 = R()
assert sorted(r2.__dict__) == ['u', 'v']
r3 = R.__new__(R)
r3.__dict__['v'] = 'preset'
R.__init__(r3)
assert r3.__dict__ == {'v': 2, 'u': 1}


class S:
    def __init__(self, k):
        self.__dict__[k] = 'direct'
        self.a = 'a'


s = S(5)
assert s.__dict__ == {5: 'direct', 'a': 'a'}
s2 = S('a')
assert s2.__dict__ == {'a': 'a'}


class D:
    @property
    def a(self):
        return 'prop'

    @a.setter
    def a(self, v):
        self.__dict__['_a'] = v


class E(P):
    pass


e = E(False)
assert e.__dict__ == {'a': 1, 'b': 2}
d = D()
d.a = 5
assert d.a == 'prop' and d.__dict__ == {'_a': 5}


# One attribute site that sees instances of several sibling classes in
# turn (the attribute cache keeps four classes), with a class changed
# behind the cache's back: a property added, then removed.
class Task:
    def __init__(self, k):
        self.k = k
        self.n = 0


class T1(Task):
    pass


class T2(Task):
    pass


class T3(Task):
    def __init__(self, k):
        self.extra = 'first'
        Task.__init__(self, k)


class T4(Task):
    pass


class T5(Task):
    pass


def step(t):
    t.n += t.k
    return t.n


tasks = [cls(i + 1) for i, cls in enumerate((T1, T2, T3, T4, T5))]
for _ in range(3):
    assert [step(t) for t in tasks] == [t.k * t.n // t.k for t in tasks]
assert [t.n for t in tasks] == [3, 6, 9, 12, 15]
T2.n = property(lambda self: 'class property')
assert [getattr(t, 'n') for t in tasks] == [3, 'class property', 9, 12, 15]


def read(t):
    return t.n


assert [read(t) for t in tasks] == [3, 'class property', 9, 12, 15]
del T2.n
assert [read(t) for t in tasks] == [3, 6, 9, 12, 15]


def write(t, v):
    t.n = v


T3.n = property(lambda self: 'ro')
for t in tasks:
    if type(t) is T3:
        raises = False
        try:
            write(t, 0)
        except AttributeError:
            raises = True
        assert raises
    else:
        write(t, 0)
del T3.n
assert [read(t) for t in tasks] == [0, 0, 9, 0, 0]
