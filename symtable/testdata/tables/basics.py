"""Module docstring."""
import os
x = 1
y = 2 if False else 3
print(x, y, len)

def f(a, b=x, *args, c, d=y, **kw) -> float:
    e = a + b
    del e
    return os.path.join(c, d, *args, **kw)

@decorator(z)
def g(p: ann1, *q: ann2, r: ann3 = dflt, **s: ann4) -> ret:
    for i, (j, k) in enumerate(p):
        pass
    with open(q) as (w, v):
        pass
    try:
        pass
    except ValueError as err:
        pass
    else:
        pass
    finally:
        pass
    while r:
        break
    i += 1
    obj.attr = s[1:2, ...]
    return [m for m in ()]

h = lambda u, *v, w=1, **z: u + w
lambda: (yield)
