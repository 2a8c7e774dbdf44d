# Generators and yield.
def gen(n):
    for i in range(n):
        yield i
    yield

def gen_send():
    x = yield
    y = yield x
    return

def gen_expr_yield():
    return [(yield i) for i in range(3)]

def genexp_nested(m):
    return ((i, j) for i in m for j in i if j)

def yield_in_try():
    try:
        yield 1
    finally:
        yield 2

def yield_expr_value():
    a = (yield 1) + (yield 2)
    return
