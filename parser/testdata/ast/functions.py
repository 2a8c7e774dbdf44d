# Function definitions: every parameter shape, annotations, decorators,
# lambdas, return forms.
def f(): pass
def f():
    return
def f(a): return a
def f(a, b): pass
def f(a, b,): pass
def f(a=1): pass
def f(a, b=2, c=3): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, *args, b, c=3, **kwargs): pass
def f(a, b=1, *args, c, d=4, **kw): pass
def f(*, a): pass
def f(*, a=1, b): pass
def f(a, *, b, c=1): pass
def f(a, *, b, **kw): pass
def f(*args, a=1, b=2): pass
def f(a:int): pass
def f(a:int=1, *args:tuple, b:"kw"=2, **kwargs:dict) -> None: pass
def f() -> int: return 1
def f(a:lambda x: x=lambda: 0) -> lambda: 0: pass
def f(self, x, y=None, *rest, key=None, **extra):
    """Docstring."""
    return x, y, rest, key, extra

def f(
    a,
    b=1,
    *c,
    d,
    **e
):
    pass

@decorator
def f(): pass

@decorator.attr
@decorator(1, 2, key=3)
@a.b.c(*args, **kw)
def f(): pass

@d
@e()
def f(x): return x

def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle

def gen(n):
    for i in range(n):
        yield i
    return

lambda: 0
lambda x: x
lambda x, y: x + y
lambda x=1: x
lambda x, y=2: y
lambda *args: args
lambda **kw: kw
lambda *args, **kw: 0
lambda x, *args, y, z=1, **kw: 0
lambda *, a: a
lambda *, a=1, b: a
lambda a, *, b: b
lambda x,: x
lambda: (yield)
lambda: lambda: 0
lambda x: lambda y: x + y
f = lambda: None
f = lambda x=lambda: 1: x()
(lambda: 1)()
x = lambda a, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)
sorted(xs, key=lambda x: -x)
def f(a, b=1, *, c=2): return lambda: a
def f(lambda_, def_=1, class_=2): pass
