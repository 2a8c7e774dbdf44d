def f():
    global a, b
    a = 1
    return b

def g():
    def h():
        global c
        c = 1
    return h

class K:
    global d
    d = 1
    def m(self):
        return d

def shadow():
    e = 1
    def inner():
        global e
        def innermost():
            return e
        return innermost
    return inner

def local_after_global_elsewhere():
    global s
    def inner():
        s = 1
        def innermost():
            return s
        return innermost
    return inner

print(a, b, c, d)
