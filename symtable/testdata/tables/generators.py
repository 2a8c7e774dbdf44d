def gen(a):
    yield a
    return

def gen_expr_stmt():
    x = yield
    y = (yield x)
    return

def not_gen():
    return [(i for i in range(3))]

def nested_gen():
    def inner():
        yield 1
    return inner

class C:
    def method(self):
        yield self

lambda_gen = lambda: (yield 5)
