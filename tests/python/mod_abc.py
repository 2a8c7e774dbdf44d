# abc: ABCMeta, register, __subclasshook__, the caches, and the abstract
# decorators (abstractclassmethod and abstractstaticmethod are new in 3.2).
import abc
from abc import ABCMeta, abstractmethod, abstractproperty


def raises(exc, f, *args, **kwds):
    try:
        f(*args, **kwds)
    except exc as e:
        return str(e)
    raise AssertionError("%r did not raise %s" % (f, exc.__name__))


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        return 'base'

    @abstractproperty
    def size(self):
        pass

    @abc.abstractclassmethod
    def make(cls):
        pass

    @abc.abstractstaticmethod
    def helper():
        pass

    def concrete(self):
        return 'ok'


assert Base.__abstractmethods__ == frozenset({'run', 'size', 'make', 'helper'})
assert raises(TypeError, Base) == \
    "Can't instantiate abstract class Base with abstract methods helper, make, run, size"


class Half(Base):
    def run(self):
        return super().run() + '!'

    size = 3


assert Half.__abstractmethods__ == frozenset({'make', 'helper'})
assert raises(TypeError, Half).endswith('with abstract methods helper, make')


class Full(Half):
    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'h'


f = Full.make()
assert f.run() == 'base!' and f.size == 3 and f.concrete() == 'ok' and Full.helper() == 'h'
assert Full.__abstractmethods__ == frozenset()
assert abstractmethod(len) is len and len.__isabstractmethod__ if hasattr(len, '__dict__') else True


def marked():
    pass


assert abstractmethod(marked) is marked and marked.__isabstractmethod__ is True
assert abstractproperty.__isabstractmethod__ is True and issubclass(abstractproperty, property)
assert issubclass(abc.abstractclassmethod, classmethod) and issubclass(abc.abstractstaticmethod, staticmethod)

# register: virtual subclasses, returning None in 3.2
class Duck(metaclass=ABCMeta):
    pass


assert Duck.register(int) is None
assert issubclass(int, Duck) and isinstance(3, Duck) and isinstance(True, Duck)
assert not issubclass(str, Duck) and Duck not in int.__mro__
assert raises(TypeError, Duck.register, 3) == 'Can only register classes'
Duck.register(int)                              # again: no error


class SubDuck(Duck):
    pass


assert raises(RuntimeError, SubDuck.register, Duck) == 'Refusing to create an inheritance cycle'
assert issubclass(SubDuck, Duck) and not issubclass(int, SubDuck)
before = ABCMeta._abc_invalidation_counter
SubDuck.register(float)
assert ABCMeta._abc_invalidation_counter == before + 1
assert issubclass(float, Duck) and isinstance(1.5, SubDuck)     # through the subclass's registry


# __subclasshook__ decides first; NotImplemented falls through.
class HasQuack(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if any('quack' in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented


class Mallard:
    def quack(self):
        pass


class Robot:
    pass


assert isinstance(Mallard(), HasQuack) and issubclass(Mallard, HasQuack)
assert not isinstance(Robot(), HasQuack)
HasQuack.register(Robot)
assert isinstance(Robot(), HasQuack)          # the negative cache was invalidated


class Never(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class NeverSub(Never):
    pass


assert not issubclass(NeverSub, Never)      # the hook overrules even real inheritance


# isinstance honours an instance whose __class__ differs from its type.
class Pretender:
    @property
    def __class__(self):
        return Mallard


assert isinstance(Pretender(), HasQuack) and isinstance(Pretender(), Mallard)


# A metaclass's own __instancecheck__ and __subclasscheck__ are honoured.
class Everything(type):
    def __instancecheck__(cls, inst):
        return True

    def __subclasscheck__(cls, sub):
        return sub is not int


class Any(metaclass=Everything):
    pass


assert isinstance(3, Any) and isinstance(None, Any)
assert issubclass(str, Any) and not issubclass(int, Any)
assert isinstance(3, (str, Any)) and issubclass(float, (int, Any))



class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


out = Collect()
Duck._dump_registry(out)
assert ''.join(out.parts).startswith('Class: __main__.Duck\nInv.counter: ')
assert type(Base) is ABCMeta and type(ABCMeta) is type
