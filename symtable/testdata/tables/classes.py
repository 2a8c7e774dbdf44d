class A:
    __private = 1
    __dunder__ = 2
    _single = 3
    def __init__(self, __arg, *__star, **__kw):
        self.__attr = __arg
        __local = __star
        return __kw
    def __method(self):
        return __private
    def uses_super(self):
        return super().m()
    def uses_class(self):
        return __class__
    def neither(self):
        return 1
    class __Inner:
        __x = 1
        def m(self):
            return __x
    import __mod.sub
    import __other as __alias
    from __pkg import __name

class _:
    __unmangled = 1

class __B__:
    __v = 2

class _C_:
    __w = 3

def f():
    class D(A, metaclass=M, *bases, **kws):
        global __g
        __g = 1
        def meth(self):
            return super
    return D

class E:
    x = 1
    def m(self):
        return x
    y = [x for _ in ()]
    z = (lambda: x)()
