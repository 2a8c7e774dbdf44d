# Class definitions: bases, keywords, metaclass=, star-args, decorators,
# nested classes and methods.
class A: pass
class A:
    pass
class A():
    pass
class A(object):
    x = 1
    def method(self):
        return self.x
class A(B, C):
    pass
class A(B, C,):
    pass
class A(metaclass=Meta):
    pass
class A(B, metaclass=Meta, **kw):
    pass
class A(*bases):
    pass
class A(B, *bases, metaclass=M, flag=True, **extra):
    pass
class A(**kw): pass
class A(base_factory(), x.y.Z):
    pass

@decorator
class A:
    pass

@one
@two(3)
@three.four
class A(B):
    """Class docstring."""
    attr = 0 if 0 else 1 if False else None
    class Inner:
        class Deeper(A):
            pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, value):
        self._p = value
    def __private(self):
        return self.__x
    def uses_class(self):
        return __class__
    def calls_super(self):
        return super().calls_super()

class Empty(
    Base,
):
    pass
