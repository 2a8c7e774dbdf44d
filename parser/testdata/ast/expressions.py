# Expression forms: boolean logic, comparisons, conditional expressions,
# attribute access, subscription, displays, lambda, yield.
a and b
a or b
a and b and c
a or b or c
a and b or c and d
not a
not not a
a if b else c
a if b else c if d else e
(a if b else c) if d else e
x = lambda: 0 if a else 1
a < b
a < b < c
a == b != c <= d >= e > f < g
a is b
a is not b
a in b
a not in b
a is not b is c not in d in e
a.b
a.b.c.d
a.b().c[0].d
a[0]
a[b][c]
a[b, c]
a[b:c]
()
(1,)
(1, 2)
1,
1, 2,
[]
[1]
[1, 2, 3,]
{}
{1: 2}
{1: 2, 3: 4,}
{1}
{1, 2, 3,}
{"k": [1, (2, {3})]}
...
x = ...
None
True
False
def gen():
    yield
    yield 1
    yield 1, 2
    x = yield
    x = yield 1
    x = yield 1, 2
    y = (yield)
    f((yield))
    f((yield x))
    z = [(yield)]
    yield (yield)
    return
*a, b = c
a, *b = c
[a, *b, c] = d
(*a,) = b
a, (b, *c), d = e
x = (a for b in c)
x = a.b.c
x = -a.b ** -c[d]
