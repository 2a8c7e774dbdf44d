"""Heap queue: a list kept so that heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2].

heap[0] is then the smallest item. heappush and heappop keep the
invariant, heapify establishes it in linear time, and merge, nlargest and
nsmallest are built on top.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

def _check(heap):
    if not isinstance(heap, list):
        raise TypeError("heap argument must be a list")


def _sift_up(heap, pos):
    # Move heap[pos] towards the root while it is smaller than its parent.
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    # Sink heap[pos]: walk the smaller child down to a leaf, then bubble
    # the item back up (fewer comparisons than stopping early).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    while pos > start:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check(heap)
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    """Pop and return the smallest item of heap."""
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_down(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item (the heap's size
    stays the same; the item returned may be larger than item)."""
    _check(heap)
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item (faster than the
    two calls)."""
    _check(heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    """Make list x a heap, in place, in linear time."""
    _check(x)
    for pos in range(len(x) // 2 - 1, -1, -1):
        _sift_down(x, pos)


# The native versions, when the _heapq module is there.
try:
    from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
except ImportError:
    pass


def merge(*iterables):
    """Merge sorted iterables into one sorted iterator (lazily).

    >>> list(merge([2, 9], [1, 4, 6], []))
    [1, 2, 4, 6, 9]
    """
    # Heap entries are [value, order, next]: order breaks ties in favour
    # of the earlier iterable and keeps values from being compared with
    # anything but values.
    heads = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            heads.append([value, order, it.__next__])
            break
    heapify(heads)
    while len(heads) > 1:
        entry = heads[0]
        yield entry[0]
        try:
            entry[0] = entry[2]()
        except StopIteration:
            heappop(heads)
        else:
            heapreplace(heads, entry)
    if heads:
        value, _, nxt = heads[0]
        yield value
        while True:
            try:
                value = nxt()
            except StopIteration:
                return
            yield value


def _first(iterable):
    # (True, first item, iterator over the rest), or (False, None, None).
    it = iter(iterable)
    for first in it:
        return True, first, it
    return False, None, None


def _with_first(first, rest):
    yield first
    for x in rest:
        yield x


def _best(n, iterable, key, largest):
    # The n best items in order, keeping only n of them: a sorted list of
    # [keyvalue, item] where a new item goes after those it ties with, so
    # that among equal items the earliest wins, as a stable sort does.
    best = []
    for item in iterable:
        k = item if key is None else key(item)
        if len(best) == n:
            worst = best[-1][0]
            if not (worst < k if largest else k < worst):
                continue
        lo, hi = 0, len(best)
        while lo < hi:
            mid = (lo + hi) // 2
            if (best[mid][0] < k) if largest else (k < best[mid][0]):
                hi = mid
            else:
                lo = mid + 1
        best.insert(lo, [k, item])
        if len(best) > n:
            best.pop()
    return [entry[1] for entry in best]


def _nsmallest(n, iterable):
    """The n smallest items of iterable, smallest first (no key)."""
    return _best(n, iterable, None, False)


def _nlargest(n, iterable):
    """The n largest items of iterable, largest first (no key)."""
    return _best(n, iterable, None, True)


try:
    from _heapq import nsmallest as _nsmallest, nlargest as _nlargest
except ImportError:
    pass


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first: the same as
    sorted(iterable, key=key)[:n]."""
    if n == 1:
        found, first, rest = _first(iterable)
        if not found:
            return []
        if key is None:
            return [min(_with_first(first, rest))]
        return [min(_with_first(first, rest), key=key)]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    if n <= 0:
        return []
    if key is None:
        return _nsmallest(n, iterable)
    return _best(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first: the same as
    sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        found, first, rest = _first(iterable)
        if not found:
            return []
        if key is None:
            return [max(_with_first(first, rest))]
        return [max(_with_first(first, rest), key=key)]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    if n <= 0:
        return []
    if key is None:
        return _nlargest(n, iterable)
    return _best(n, iterable, key, True)
