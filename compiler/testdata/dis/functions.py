# Functions: parameters, defaults, annotations, decorators, docstrings.
def plain():
    pass

def args(a, b, c=1, *rest, d, e=2, **kw):
    "A docstring."
    return a + b + c + d + e + len(rest) + len(kw)

def annotated(x: int, y: "str" = "s", *z: list, w: float = 1.5, **k: dict) -> bool:
    return True

def kwonly(*, a, b=3):
    return a, b

@staticmethod
@decorate(1, 2)
def decorated(self):
    return self

def nodoc():
    x = 1
    "not a docstring"
    return x

def locals_order(p, q):
    z = p
    y = q
    del z
    for i in range(3):
        y += i
    return y

def globals_use():
    global counter
    counter = counter + 1
    print(counter)
    return len

lam = lambda a, b=2, *c, d=4, **e: (a, b, c, d, e)
lam2 = lambda: None
lam3 = lambda x: (yield x)

def defaults_many(a=1, b=2.5, c="x", d=b"y", e=None, f=..., g=(1, 2), h=[1, 2]):
    return a

def calls(f, a, b, k):
    f()
    f(a, b)
    f(a, key=b)
    f(*a)
    f(**k)
    f(a, *b, **k)
    f(x=1, *a)
    f(a, b, c=1, d=2, *a, **k)
    return f(f(a)(b))

def returns(x):
    if x:
        return 1
    elif x is None:
        return 2
    else:
        return 3

def returns_nothing(x):
    if x:
        return
    return None

def implicit_return(x):
    while x:
        x -= 1
