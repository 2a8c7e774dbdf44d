"""WeakSet: a set whose members are held by weak references, so that
belonging to it does not keep an object alive. (A module of its own so
that abc can use it without importing weakref.)"""

from _weakref import ref

__all__ = ['WeakSet']


class _IterationGuard:
    """While one of these is entered, the weak container it watches
    postpones removing dead members, so that iterating it is safe.

    The container holds its guards weakly: a generator abandoned in the
    middle of an iteration is never resumed to leave its guard (Taipan
    does not finalize generators), so the guard counts only while
    something can still resume it, and the removals are committed when
    the collector frees it."""

    def __init__(self, weakcontainer):
        self.weakcontainer = ref(weakcontainer)
        self.key = None

    def __enter__(self):
        container = self.weakcontainer()
        if container is not None:
            self.key = ref(self, _guard_expired(self.weakcontainer))
            container._iterating.add(self.key)
        return self

    def __exit__(self, e, t, b):
        container = self.weakcontainer()
        if container is not None:
            _leave(container, self.key)


def _leave(container, key):
    guards = container._iterating
    guards.discard(key)
    if not guards:
        container._commit_removals()


def _guard_expired(containerref):
    def expired(key):
        container = containerref()
        if container is not None:
            _leave(container, key)
    return expired


def _pending_count(data, pending):
    """How many distinct entries of data are waiting to be removed."""
    if not pending:
        return 0
    return len(set(k for k in pending if k in data))


class WeakSet:

    def __init__(self, data=None):
        self.data = set()

        def _remove(item, selfref=ref(self)):
            self = selfref()
            if self is None:
                return
            if self._iterating:
                self._pending_removals.append(item)
            else:
                self.data.discard(item)

        self._remove = _remove
        self._pending_removals = []
        self._iterating = set()
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pending = self._pending_removals
        while pending:
            self.data.discard(pending.pop())

    def _refs(self, items, with_callback=False):
        if with_callback:
            return (ref(item, self._remove) for item in items)
        return (ref(item) for item in items)

    def __iter__(self):
        with _IterationGuard(self):
            for itemref in self.data:
                item = itemref()
                if item is not None:
                    yield item

    def __len__(self):
        return len(self.data) - _pending_count(self.data, self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return (self.__class__, (list(self),), getattr(self, '__dict__', None))

    def add(self, item):
        self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        self._commit_removals()
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet')
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        self._commit_removals()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(self._refs(other))
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self._commit_removals()
        self.data.intersection_update(self._refs(other))
        return self

    def issubset(self, other):
        return self.data.issubset(self._refs(other))
    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(self._refs(other))

    def issuperset(self, other):
        return self.data.issuperset(self._refs(other))
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(self._refs(other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(self._refs(other))

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(self._refs(other, True))
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0
