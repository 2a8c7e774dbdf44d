# Calls: argument binding and the TypeError of every mismatch, as
# CPython 3.2 reports them.

def err(thunk):
    try:
        thunk()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
    return 'no error'

def f(a, b): return (a, b)
def g(a, b=1): return (a, b)
def h(): return 'h'
def k(a, *args): return (a, args)
def kw(a, *, b): return (a, b)
def kw2(a, *, b=2): return (a, b)
def v(**kw): return kw
def one(a): return a
def m(a, b, c=3, *args, d, e=5, **kw): return (a, b, c, args, d, e, sorted(kw.items()))

# Results.
assert f(1, 2) == (1, 2), repr(f(1, 2))
assert f(b=2, a=1) == (1, 2), repr(f(b=2, a=1))
assert g(1) == (1, 1), repr(g(1))
assert g(1, b=5) == (1, 5), repr(g(1, b=5))
assert h() == 'h', repr(h())
assert k(1) == (1, ()), repr(k(1))
assert k(1, 2, 3) == (1, (2, 3)), repr(k(1, 2, 3))
assert kw(1, b=2) == (1, 2), repr(kw(1, b=2))
assert kw2(1) == (1, 2), repr(kw2(1))
assert v(x=1, y=2) == {'x': 1, 'y': 2}, repr(v(x=1, y=2))
assert m(1, 2, d=4) == (1, 2, 3, (), 4, 5, []), repr(m(1, 2, d=4))
assert m(1, 2, 3, 4, 5, d=6, e=7, z=8) == (1, 2, 3, (4, 5), 6, 7, [('z', 8)]), repr(m(1, 2, 3, 4, 5, d=6, e=7, z=8))
assert f(*(1, 2)) == (1, 2), repr(f(*(1, 2)))
assert f(*[1], **{'b': 2}) == (1, 2), repr(f(*[1], **{'b': 2}))
assert f(1, *iter([2])) == (1, 2), repr(f(1, *iter([2])))
assert k(*range(4)) == (0, (1, 2, 3)), repr(k(*range(4)))
assert v(**{'a': 1}) == {'a': 1}, repr(v(**{'a': 1}))
assert m(1, *(2, 3, 4), d=1, **{'q': 9}) == (1, 2, 3, (4,), 1, 5, [('q', 9)]), repr(m(1, *(2, 3, 4), d=1, **{'q': 9}))

# Defaults are evaluated once, at definition.
def app(x, acc=[]):
    acc.append(x)
    return acc
app(1)
assert app(2) == [1, 2], repr(app(2))

# Every mismatch.
cases = [
    (lambda: f(1), "TypeError: f() takes exactly 2 arguments (1 given)"),
    (lambda: f(1, 2, 3), "TypeError: f() takes exactly 2 positional arguments (3 given)"),
    (lambda: f(1, b=2, c=3), "TypeError: f() got an unexpected keyword argument 'c'"),
    (lambda: f(1, a=2), "TypeError: f() got multiple values for keyword argument 'a'"),
    (lambda: f(), "TypeError: f() takes exactly 2 arguments (0 given)"),
    (lambda: f(b=1), "TypeError: f() takes exactly 2 arguments (1 given)"),
    (lambda: g(), "TypeError: g() takes at least 1 argument (0 given)"),
    (lambda: g(1, 2, 3), "TypeError: g() takes at most 2 positional arguments (3 given)"),
    (lambda: g(1, 2, b=3), "TypeError: g() got multiple values for keyword argument 'b'"),
    (lambda: h(1), "TypeError: h() takes no arguments (1 given)"),
    (lambda: h(a=1), "TypeError: h() takes no arguments (1 given)"),
    (lambda: h(1, a=2), "TypeError: h() takes no arguments (2 given)"),
    (lambda: k(), "TypeError: k() takes at least 1 argument (0 given)"),
    (lambda: k(b=1), "TypeError: k() got an unexpected keyword argument 'b'"),
    (lambda: kw(1), "TypeError: kw() needs keyword-only argument b"),
    (lambda: kw(1, 2), "TypeError: kw() takes exactly 1 positional argument (2 given)"),
    (lambda: kw(1, c=3), "TypeError: kw() got an unexpected keyword argument 'c'"),
    (lambda: kw2(1, 2), "TypeError: kw2() takes exactly 1 positional argument (2 given)"),
    (lambda: v(1), "TypeError: v() takes exactly 0 positional arguments (1 given)"),
    (lambda: one(), "TypeError: one() takes exactly 1 argument (0 given)"),
    (lambda: one(1, 2), "TypeError: one() takes exactly 1 positional argument (2 given)"),
    (lambda: one(b=1), "TypeError: one() got an unexpected keyword argument 'b'"),
    (lambda: m(1), "TypeError: m() needs keyword-only argument d"),
    (lambda: m(1, 2, 3, 4, a=1), "TypeError: m() got multiple values for keyword argument 'a'"),
    (lambda: f(1, **{'a': 2}), "TypeError: f() got multiple values for keyword argument 'a'"),
    (lambda: f(*1), "TypeError: f() argument after * must be a sequence, not int"),
    (lambda: f(**1), "TypeError: f() argument after ** must be a mapping, not int"),
    (lambda: f(1, b=2, **{'b': 3}), "TypeError: f() got multiple values for keyword argument 'b'"),
    (lambda: h(**{1: 2}), "TypeError: h() takes no arguments (1 given)"),
    (lambda: int(*1), "TypeError: type object argument after * must be a sequence, not int"),
    (lambda: g(1, 2, 3, b=4), "TypeError: g() takes at most 2 positional arguments (4 given)"),
    (lambda: f(1, 2, a=3), "TypeError: f() got multiple values for keyword argument 'a'"),
    (lambda: kw(b=1), "TypeError: kw() takes exactly 1 argument (0 given)"),
    (lambda: g(b=1), "TypeError: g() takes at least 1 argument (1 given)"),
    (lambda: 1(), "TypeError: 'int' object is not callable"),
]
for thunk, want in cases:
    got = err(thunk)
    assert got == want, (got, want)

# Bound methods take self as the first argument.
class C:
    def meth(self, x, y=2):
        return (self, x, y)
c = C()
assert c.meth(1) == (c, 1, 2), repr(c.meth(1))
assert c.meth(x=3, y=4) == (c, 3, 4), repr(c.meth(x=3, y=4))
bound = c.meth
assert bound(*[5]) == (c, 5, 2), repr(bound(*[5]))
assert err(lambda: c.meth()) == "TypeError: meth() takes at least 2 arguments (1 given)", err(lambda: c.meth())
assert err(lambda: c.meth(1, 2, 3)) == "TypeError: meth() takes at most 3 positional arguments (4 given)", err(lambda: c.meth(1, 2, 3))
assert C.meth(c, 7) == (c, 7, 2), repr(C.meth(c, 7))

# Method calls in every position: nested in arguments, with keywords,
# on instances whose dict shadows the method, on built-in objects, and in
# generators made before their code first ran.
class Acc:
    def __init__(self):
        self.items = []
    def add(self, x, times=1):
        self.items.extend([x] * times)
        return self
acc = Acc()
acc.add(1).add(acc.add(2, times=2).items[0], times=3)
assert acc.items == [1, 2, 2, 1, 1, 1], repr(acc.items)
shadow = Acc()
shadow.add = lambda x: ('shadow', x)
assert shadow.add(1) == ('shadow', 1)
assert '-'.join('a b'.split()) == 'a-b'
def gen_add(n):
    yield Acc().add(n).items
gens = [gen_add(n) for n in range(2)]
assert [next(g) for g in gens] == [[0], [1]]
assert [s.upper() for s in 'ab'] == ['A', 'B']
assert Acc.add(Acc(), 5).items == [5]

# Making functions with the function type (types.FunctionType).
def base(a, b=2):
    return a + b
F = type(base)
made = F(base.__code__, {}, 'made', (5,))
assert made(1) == 6 and made.__name__ == 'made' and made.__defaults__ == (5,)
def mk():
    x = 1
    def inner():
        return x
    return inner
inner = mk()
assert F(inner.__code__, {}, None, None, inner.__closure__)() == 1
for args, want in [
    ((1, {}), 'TypeError: function() argument 1 must be code, not int'),
    ((base.__code__, 1), 'TypeError: function() argument 2 must be dict, not int'),
    ((base.__code__, {}, 1), 'TypeError: arg 3 (name) must be None or string'),
    ((base.__code__, {}, None, 1), 'TypeError: arg 4 (defaults) must be None or tuple'),
    ((base.__code__, {}, None, None, 1), 'TypeError: arg 5 (closure) must be None or tuple'),
    ((inner.__code__, {}), 'TypeError: arg 5 (closure) must be tuple'),
    ((inner.__code__, {}, None, None, (1,)), 'TypeError: arg 5 (closure) expected cell, found int'),
    ((inner.__code__, {}, None, None, ()), 'ValueError: inner requires closure of length 1, not 0'),
]:
    got = err(lambda: F(*args))
    assert got == want, (got, want)
