"""Helpers shared by the unittest modules: safe reprs and list differences."""

from collections import namedtuple, OrderedDict

__unittest = True

_MAX_LENGTH = 80


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__ if repr raises; with
    short, cut to 80 characters."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    """'module.Name' for a class."""
    return "%s.%s" % (cls.__module__, cls.__name__)


def sorted_list_difference(expected, actual):
    """(missing, unexpected) for two sorted lists: elements found only in
    expected, and only in actual; duplicates count once."""
    missing = []
    unexpected = []
    i = j = 0
    ne, na = len(expected), len(actual)
    while i < ne and j < na:
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            while i < ne and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            while j < na and actual[j] == a:
                j += 1
        else:
            while i < ne and expected[i] == e:
                i += 1
            while j < na and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """(missing, unexpected) for lists whose items cannot be sorted.

    Quadratic; consumes both lists (what is left of actual is returned).
    """
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y."""
    return (x > y) - (x < y)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """[(count in actual, count in expected, element)] for the elements
    whose counts differ; the elements need not be hashable."""
    left, right = list(actual), list(expected)
    used = object()
    found = []
    for pos, elem in enumerate(left):
        if elem is used:
            continue
        n_left = n_right = 0
        for k in range(pos, len(left)):
            if left[k] == elem:
                n_left += 1
                left[k] = used
        for k, other in enumerate(right):
            if other == elem:
                n_right += 1
                right[k] = used
        if n_left != n_right:
            found.append(_Mismatch(n_left, n_right, elem))
    for pos, elem in enumerate(right):
        if elem is used:
            continue
        n_right = 0
        for k in range(pos, len(right)):
            if right[k] == elem:
                n_right += 1
                right[k] = used
        found.append(_Mismatch(0, n_right, elem))
    return found


def _ordered_count(iterable):
    counts = OrderedDict()
    for elem in iterable:
        counts[elem] = counts.get(elem, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    """As _count_diff_all_purpose, for hashable elements."""
    left, right = _ordered_count(actual), _ordered_count(expected)
    found = []
    for elem, n_left in left.items():
        n_right = right.get(elem, 0)
        if n_left != n_right:
            found.append(_Mismatch(n_left, n_right, elem))
    for elem, n_right in right.items():
        if elem not in left:
            found.append(_Mismatch(0, n_right, elem))
    return found
