"""Registries used by pickle and copy.

Reduction functions registered with pickle() are consulted by both modules
before an object's own __reduce_ex__; the extension registry maps
(module, name) pairs to small integer codes that pickle protocol 2 writes
with the EXT opcodes.  The helpers _reconstructor, __newobj__ and
_slotnames are what object.__reduce_ex__ refers to in its reductions.
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

# type -> reduction function
dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    # Nothing is recorded: this only checks the argument, as 3.2 does.
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)

pickle(complex, pickle_complex, complex)


# --- protocols 0 and 1: object.__reduce_ex__ comes here --------------------

def _reconstructor(cls, base, state):
    if base is object:
        result = object.__new__(cls)
    else:
        result = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(result, state)
    return result

_HEAPTYPE = 1 << 9


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    # The nearest class of the MRO that is not defined in Python holds the
    # built-in part of the value (object when there is none).
    for base in cls.__mro__:
        if hasattr(base, '__flags__') and not (base.__flags__ & _HEAPTYPE):
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("can't pickle %s objects" % base.__name__)
        state = base(self)
    args = (cls, base, state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        try:
            dict = self.__dict__
        except AttributeError:
            dict = None
    else:
        dict = getstate()
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


# --- protocol 2 ------------------------------------------------------------

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def _slotnames(cls):
    """The names of the slots of cls and its bases (private names mangled),
    without __dict__ and __weakref__; cached as cls.__slotnames__."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            declared = klass.__dict__["__slots__"]
            if isinstance(declared, str):
                declared = (declared,)
            for name in declared:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    names.append("_%s%s" % (klass.__name__, name))
                else:
                    names.append(name)
    try:
        cls.__slotnames__ = names
    except:
        pass    # a built-in type: not cached
    return names


# --- the extension registry ------------------------------------------------
# Codes 1..0x7fffffff; see PEP 307 for the ranges reserved by convention.

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> object, filled by the unpickler


def add_extension(module, name, code):
    """Register code as the extension code of module.name."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Undo add_extension(module, name, code)."""
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
