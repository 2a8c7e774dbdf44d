"""Tools for working with functions and callables: partial, reduce,
update_wrapper and wraps, total_ordering, cmp_to_key and lru_cache."""

# Taipan's functools, written for CPython 3.2's behaviour. partial and
# reduce are native (the _functools module).

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cmp_to_key', 'lru_cache', 'reduce', 'partial']

from _functools import partial, reduce
from collections import namedtuple

try:
    from _thread import allocate_lock as Lock
except ImportError:
    class Lock:
        """A stand-in lock for a build without threads."""

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False


# The attributes update_wrapper copies from the wrapped function, and
# those whose dicts it merges.
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in
    assigned (those wrapped lacks are skipped), update the dicts named in
    updated, and point wrapper.__wrapped__ at wrapped. Returns wrapper."""
    wrapper.__wrapped__ = wrapped
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: @wraps(f) on a wrapper function
    applies update_wrapper(wrapper, f, assigned, updated)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# What total_ordering derives from each comparison a class may define.

def _gt_from_lt(self, other):
    return not (self < other or self == other)


def _le_from_lt(self, other):
    return self < other or self == other


def _ge_from_lt(self, other):
    return not self < other


def _ge_from_le(self, other):
    return not self <= other or self == other


def _lt_from_le(self, other):
    return self <= other and not self == other


def _gt_from_le(self, other):
    return not self <= other


def _lt_from_gt(self, other):
    return not (self > other or self == other)


def _ge_from_gt(self, other):
    return self > other or self == other


def _le_from_gt(self, other):
    return not self > other


def _le_from_ge(self, other):
    return (not self >= other) or self == other


def _gt_from_ge(self, other):
    return self >= other and not self == other


def _lt_from_ge(self, other):
    return not self >= other


_derived = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def _copy_function(f):
    # A new function object with f's code (total_ordering renames and
    # documents the copy, not the shared template).
    def method(self, other):
        return f(self, other)
    return method


def total_ordering(cls):
    """Class decorator: from one of __lt__, __le__, __gt__, __ge__ that the
    class defines (and __eq__), supply the other three."""
    defined = [op for op in _derived
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # __lt__ is preferred, then __le__, __gt__, __ge__: the largest name.
    root = max(defined)
    for name, template in _derived[root]:
        if name not in defined:
            method = _copy_function(template)
            method.__name__ = name
            method.__doc__ = getattr(int, name).__doc__
            setattr(cls, name, method)
    return cls


def cmp_to_key(mycmp):
    """Turn an old-style comparison function (returning a negative, zero
    or positive number) into a key function for sorted() and the like."""
    class K(object):
        __slots__ = ['obj']

        def __init__(self, obj, *args):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        def __ne__(self, other):
            return mycmp(self.obj, other.obj) != 0

        __hash__ = None
    return K


_CacheInfo = namedtuple("CacheInfo", "hits misses maxsize currsize")


def lru_cache(maxsize=100):
    """Decorator: remember the results of the last maxsize calls of the
    function (all of them when maxsize is None), by their arguments, which
    must be hashable; the least recently used result is forgotten first.

    The wrapper has cache_info() (hits, misses, maxsize, currsize),
    cache_clear(), and __wrapped__, the original function.
    """
    # A call's key is its positional arguments, then, when there are
    # keyword arguments, a marker and the sorted (name, value) pairs.
    kwd_mark = (object(),)

    def decorating_function(user_function):
        hits = misses = 0
        cache = {}
        lock = Lock()

        if maxsize is None:
            def wrapper(*args, **kwds):
                nonlocal hits, misses
                key = args
                if kwds:
                    key += kwd_mark + tuple(sorted(kwds.items()))
                try:
                    result = cache[key]
                except KeyError:
                    pass
                else:
                    hits += 1
                    return result
                result = user_function(*args, **kwds)
                cache[key] = result
                misses += 1
                return result

            def cache_clear():
                """Forget every remembered result, and reset the counts."""
                nonlocal hits, misses
                cache.clear()
                hits = misses = 0
        else:
            # Each cache value is a link [prev, next, key, result] of a
            # circular list through root, most recently used last.
            root = []
            root[:] = [root, root, None, None]

            def wrapper(*args, **kwds):
                nonlocal hits, misses
                key = args
                if kwds:
                    key += kwd_mark + tuple(sorted(kwds.items()))
                with lock:
                    link = cache.get(key)
                    if link is not None:
                        prev, nxt = link[0], link[1]
                        prev[1] = nxt
                        nxt[0] = prev
                        last = root[0]
                        last[1] = root[0] = link
                        link[0] = last
                        link[1] = root
                        hits += 1
                        return link[3]
                result = user_function(*args, **kwds)
                with lock:
                    if key in cache:
                        # A recursive call filled it meanwhile.
                        pass
                    else:
                        last = root[0]
                        link = [last, root, key, result]
                        last[1] = root[0] = cache[key] = link
                        if len(cache) > maxsize:
                            oldest = root[1]
                            root[1] = oldest[1]
                            oldest[1][0] = root
                            del cache[oldest[2]]
                    misses += 1
                return result

            def cache_clear():
                """Forget every remembered result, and reset the counts."""
                nonlocal hits, misses
                with lock:
                    cache.clear()
                    root[:] = [root, root, None, None]
                    hits = misses = 0

        def cache_info():
            """The cache's statistics: hits, misses, maxsize, currsize."""
            return _CacheInfo(hits, misses, maxsize, len(cache))

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return update_wrapper(wrapper, user_function)

    return decorating_function
