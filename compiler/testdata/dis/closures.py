# Closures, cells, nonlocal, global, nested functions, del of a free name.
def outer(a):
    b = 1
    def inner(c):
        nonlocal b
        b += c
        return a + b
    return inner

def counter():
    count = 0
    def incr():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return incr, get

def deep(x):
    def mid():
        def low():
            return x
        return low
    return mid

def cell_param(p, q):
    def use():
        return p
    q = 2
    return use, q

def del_cell():
    v = 1
    def f():
        return v
    del v
    return f

x = 0
def shadow():
    x = 1
    def g():
        global x
        return x
    return g

def lambda_closure(n):
    return lambda m: n + m

def comp_closure(n):
    return [i * n for i in range(10)], {i: n for i in range(3)}, {n for _ in "ab"}, (n + i for i in range(2))

class Outer:
    def method(self):
        def helper():
            return self
        return helper

def class_in_function(v):
    class Inner:
        attr = v
        def get(self):
            return v
    return Inner

def class_free_and_local():
    method = 1
    class C:
        def method(self):
            return method
    return C
