def outer(a):
    b = 1
    c = 2
    def middle():
        nonlocal b
        b += 1
        def inner():
            return a + b + c + d
        return inner
    d = 4
    return middle

def cells_deleted():
    x = 1
    def g():
        return x
    del x
    return g

def counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc

def shadows():
    v = 1
    def g():
        v = 2
        def h():
            return v
        return h
    return g

def with_global():
    gv = 1
    def g():
        global gv
        gv = 2
        def h():
            return gv
        return h
    return g

def free_in_class_body():
    fc = 1
    fm = 2
    class K:
        a = fc
        def m(self):
            return fm
        def fm(self):
            return 3
    return K

def class_method_name_free():
    def meth():
        pass
    class L:
        def meth(self):
            return meth
    return L

def param_cell(p, *rest, **opts):
    return lambda: (p, rest, opts)

def comprehension_closure(n):
    return [lambda: i * n for i in range(n)]

def unused_global_nested():
    def g():
        return undefined_name
    return g
