"""Module docstring."""

class Empty:
    pass

class Doc:
    "Class docstring."
    x = 1

class Derived(Empty, Doc, metaclass=type):
    __slots__ = ()
    def __init__(self, a):
        super().__init__()
        self.__private = a
        self.public = a

    def method(self):
        return self.__private

    @property
    def prop(self):
        return __class__

    @classmethod
    def cm(cls, *args, **kwargs):
        return cls(*args, **kwargs)

class Mangling:
    __a = 1
    def __b(self, __c):
        __d = __c
        import __e
        from __f import __g, __h as __i
        return __d, self.__a, __a, __j__
    class __Nested:
        __k = 2

class _:
    __x = 1

class __:
    __y = 2

def deco(c):
    return c

@deco
class Decorated(*[object], **{}):
    def f(self):
        return super().f()

class WithClassUse:
    def f(self):
        return __class__
    __class__ = 5

class Names:
    __module__ = "m"
    __qualname = 1
    def __name(self):
        pass
