"""Shallow and deep copies of Python objects.

copy(x) makes a shallow copy, deepcopy(x) a deep one. A class controls
its copies with __copy__ and __deepcopy__(memo), or through the pickle
protocol (__reduce_ex__, __reduce__, __getnewargs__, __getstate__,
__setstate__). Copying fails with copy.Error for an object that supports
none of these.
"""

# Taipan's copy, written for CPython 3.2's behaviour.

import types

try:
    from weakref import ref as _weakref_type
except ImportError:
    _weakref_type = None

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # the old name


def _dispatch_table():
    # copyreg's table of reduction functions, when copyreg is available.
    try:
        import copyreg
    except ImportError:
        return {}
    return copyreg.dispatch_table


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _slot_names(cls):
    # The names in the __slots__ of cls and its bases (mangled as the
    # class stores them), without __dict__ and __weakref__.
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _reduce_object(x):
    # What object.__reduce_ex__(2) gives for x: rebuild with
    # cls.__new__(cls, *x.__getnewargs__()), then restore the state (the
    # instance dict and the __slots__ values, or __getstate__()), and for
    # subclasses of list and dict, the items.
    cls = type(x)
    getnewargs = getattr(x, '__getnewargs__', None)
    args = tuple(getnewargs()) if getnewargs is not None else ()
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        state = getstate()
    else:
        state = getattr(x, '__dict__', None)
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    return (_newobj, (cls,) + args, state, listitems, dictitems)


def _reduce(x, cls):
    # The reduction of x: copyreg's, __reduce_ex__(2)'s or __reduce__'s
    # (looked up on x, which may refuse them); None when there is none.
    reductor = _dispatch_table().get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, '__reduce_ex__', None)
    if reductor is not None:
        if (getattr(cls, '__reduce_ex__', None) is object.__reduce_ex__ and
                getattr(cls, '__reduce__', None) is object.__reduce__):
            return _reduce_object(x)
        return reductor(2)
    reductor = getattr(x, '__reduce__', None)
    if reductor is not None:
        return reductor()
    return None


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if rv is None:
        raise Error("un(shallow)copyable object of type %s" % cls)
    return _reconstruct(x, rv, 0)


def _copy_immutable(x):
    return x


_copy_dispatch = d = {}
for t in (type(None), int, float, bool, complex, str, bytes, tuple,
          frozenset, type, range, types.BuiltinFunctionType,
          type(Ellipsis), types.FunctionType, types.CodeType,
          type(NotImplemented)):
    d[t] = _copy_immutable
if _weakref_type is not None:
    d[_weakref_type] = _copy_immutable
d[list] = d[bytearray] = lambda x: x[:]
d[dict] = dict.copy
d[set] = set.copy
del d, t


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: its parts are copied too, each only once (memo
    maps the id of each object copied so far to its copy)."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        try:
            is_class = issubclass(cls, type)
        except TypeError:
            is_class = False
        if is_class:
            y = x
        else:
            copier = getattr(x, '__deepcopy__', None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls)
                if rv is None:
                    raise Error("un(deep)copyable object of type %s" % cls)
                y = _reconstruct(x, rv, 1, memo)
    memo[key] = y
    _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple that contains itself (through a list, say) may have been
    # copied while its items were.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    # The function bound to a copy of the instance.
    self = deepcopy(x.__self__, memo)
    return x.__func__.__get__(self, type(self))


_deepcopy_dispatch = d = {}
for t in (type(None), int, float, bool, complex, bytes, str, types.CodeType,
          type, range, types.BuiltinFunctionType, type(Ellipsis),
          types.FunctionType, type(NotImplemented)):
    d[t] = _deepcopy_atomic
if _weakref_type is not None:
    d[_weakref_type] = _deepcopy_atomic
d[list] = _deepcopy_list
d[tuple] = _deepcopy_tuple
d[dict] = _deepcopy_dict
d[types.MethodType] = _deepcopy_method
del d, t


def _keep_alive(x, memo):
    # Keep x alive while memo is in use, so that its id is not reused by
    # another object during the copy.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, info, deep, memo=None):
    if isinstance(info, str):
        return x
    assert isinstance(info, tuple)
    if memo is None:
        memo = {}
    n = len(info)
    assert n in (2, 3, 4, 5)
    callable, args = info[:2]
    state = info[2] if n > 2 else None
    listiter = info[3] if n > 3 else None
    dictiter = info[4] if n > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = callable(*args)
    memo[id(x)] = y
    if state:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y
