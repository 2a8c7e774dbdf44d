"""repr() with size limits (Repr, repr), and recursive_repr for __repr__
methods of containers that may contain themselves."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice

try:
    from _thread import get_ident
except ImportError:
    def get_ident():
        return 0


def recursive_repr(fillvalue='...'):
    """Decorator for a __repr__ method: a call made while the same
    object's repr is already being computed (in the same thread) returns
    fillvalue instead of recursing."""

    def decorate(user_function):
        active = set()

        def wrapper(self):
            key = (id(self), get_ident())
            if key in active:
                return fillvalue
            active.add(key)
            try:
                return user_function(self)
            finally:
                active.discard(key)

        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        return wrapper

    return decorate


def _shorten(s, limit):
    # Keep the two ends of s, joined by '...', within limit characters.
    if len(s) > limit:
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        s = s[:head] + '...' + s[len(s) - tail:]
    return s


def _possibly_sorted(x):
    # Sorted when the items allow it, else in iteration order.
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:
    """A repr() whose output is bounded: containers show their first few
    items, strings and ints their two ends. The limits are attributes;
    repr_<typename> methods handle each type (subclasses may add some)."""

    def __init__(self):
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        typename = '_'.join(type(x).__name__.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            inner = '...'
        else:
            pieces = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if n > maxiter:
                pieces.append('...')
            inner = ', '.join(pieces)
            if n == 1 and trail:
                right = trail + right
        return left + inner + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode,
                                   '])', self.maxarray)

    def repr_set(self, x, level):
        return self._repr_iterable(_possibly_sorted(x), level, 'set([', '])',
                                   self.maxset)

    def repr_frozenset(self, x, level):
        return self._repr_iterable(_possibly_sorted(x), level, 'frozenset([',
                                   '])', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{...}'
        pieces = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            pieces.append('%s: %s' % (self.repr1(key, level - 1),
                                      self.repr1(x[key], level - 1)))
        if n > self.maxdict:
            pieces.append('...')
        return '{%s}' % ', '.join(pieces)

    def repr_str(self, x, level):
        limit = self.maxstring
        s = builtins.repr(x[:limit])
        if len(s) > limit:
            head = max(0, (limit - 3) // 2)
            tail = max(0, limit - 3 - head)
            s = builtins.repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + '...' + s[len(s) - tail:]
        return s

    def repr_int(self, x, level):
        return _shorten(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return '<%s instance at %x>' % (x.__class__.__name__, id(x))
        return _shorten(s, self.maxother)


aRepr = Repr()
repr = aRepr.repr
