"""Abstract base classes (PEP 3119): ABCMeta and the abstract decorators."""

# Taipan's abc, written for CPython 3.2's behaviour. The caches hold
# classes strongly (there is no weakref module to hold them weakly); a
# class kept alive by an ABC's cache costs only memory.


def abstractmethod(funcobj):
    """Mark funcobj abstract: a class whose metaclass is ABCMeta cannot be
    instantiated while it has abstract methods left unoverridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is also abstract."""

    __isabstractmethod__ = True


class ABCMeta(type):
    """Metaclass of abstract base classes.

    An ABC can gain "virtual subclasses" through register(), or decide
    membership itself with a __subclasshook__ class method; isinstance()
    and issubclass() then answer accordingly.
    """

    # Bumped by every register(): negative cache entries made before it
    # are stale.
    _abc_invalidation_counter = 0

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        abstracts = set()
        for attr, value in namespace.items():
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(attr)
        for base in bases:
            for attr in getattr(base, "__abstractmethods__", ()):
                if getattr(getattr(cls, attr, None), "__isabstractmethod__", False):
                    abstracts.add(attr)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = set()
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        ABCMeta._abc_invalidation_counter += 1

    def _dump_registry(cls, file=None):
        """Print the ABC's registry and caches (a debugging aid)."""
        print("Class: %s.%s" % (cls.__module__, cls.__name__), file=file)
        print("Inv.counter: %s" % ABCMeta._abc_invalidation_counter, file=file)
        for name in sorted(cls.__dict__):
            if name.startswith("_abc_"):
                print("%s: %r" % (name, getattr(cls, name)), file=file)

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        klass = getattr(instance, "__class__", None)
        if klass is not None and klass in cls._abc_cache:
            return True
        actual = type(instance)
        if klass is None or klass is actual:
            if (cls._abc_negative_cache_version ==
                    ABCMeta._abc_invalidation_counter and
                    actual in cls._abc_negative_cache):
                return False
            return cls.__subclasscheck__(actual)
        return cls.__subclasscheck__(klass) or cls.__subclasscheck__(actual)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version < ABCMeta._abc_invalidation_counter:
            cls._abc_negative_cache = set()
            cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        elif subclass in cls._abc_negative_cache:
            return False
        verdict = cls.__subclasshook__(subclass)
        if verdict is not NotImplemented:
            assert isinstance(verdict, bool)
            if verdict:
                cls._abc_cache.add(subclass)
            else:
                cls._abc_negative_cache.add(subclass)
            return verdict
        if cls in getattr(subclass, "__mro__", ()):
            cls._abc_cache.add(subclass)
            return True
        for registered in cls._abc_registry:
            if issubclass(subclass, registered):
                cls._abc_cache.add(subclass)
                return True
        for sub in cls.__subclasses__():
            if issubclass(subclass, sub):
                cls._abc_cache.add(subclass)
                return True
        cls._abc_negative_cache.add(subclass)
        return False
