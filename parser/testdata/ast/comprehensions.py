# List, set and dict comprehensions and generator expressions, with
# nested for and if clauses.
[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x for x in y for z in x]
[x for x in y if x for z in x if z]
[(a, b) for a, b in pairs]
[a for (a, b) in pairs]
[a for [a, b] in pairs]
[a for a, in singles]
[x for x in y if lambda: 0]
[x for x in y if a if b if c]
[x if x else y for x in z]
[lambda: x for x in y]
[[y for y in x] for x in z]
[x for x in [y for y in z]]
[x.a for x.a in y]
[x[0] for x[0] in y]
{x for x in y}
{x for x in y if x}
{x for x in y for z in x if z}
{(x, y) for x in a for y in b}
{k: v for k, v in items}
{k: v for k in a if k for v in b if v}
{k: {v for v in k} for k in a}
{x: y if z else w for x, y in items}
(x for x in y)
(x for x in y if x)
(x for x in y for z in x)
(x for x in y if x for z in x if z)
((x, y) for x in a for y in b)
f(x for x in y)
f((x for x in y))
f((x for x in y), z)
sum(x * x for x in range(10) if x % 2)
x = (x for x in (y for y in z))
x = [x for x in range(3)], {x for x in range(3)}, {x: x for x in range(3)}
x = list(x for x in y if x not in z)
def f():
    return [(yield) for x in y]
def f():
    return ((yield x) for x in y)
class C:
    names = [n for n in dir()]
