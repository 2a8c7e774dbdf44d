"""Binary search in sorted lists, and insertion that keeps them sorted."""


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None):
    """The index at which to insert x in sorted list a after any items
    equal to x (searching a[lo:hi])."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def bisect_left(a, x, lo=0, hi=None):
    """The index at which to insert x in sorted list a before any items
    equal to x (searching a[lo:hi])."""
    lo, hi = _bounds(a, lo, hi)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_right(a, x, lo=0, hi=None):
    """Insert x into sorted list a, after any items equal to it."""
    i = bisect_right(a, x, lo, hi)
    a.insert(i, x)


def insort_left(a, x, lo=0, hi=None):
    """Insert x into sorted list a, before any items equal to it."""
    i = bisect_left(a, x, lo, hi)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right

# The native versions, when the _bisect module is there (as in CPython,
# they take hi=-1, not None, for "to the end").
try:
    from _bisect import *
except ImportError:
    pass
