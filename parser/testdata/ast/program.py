#!/usr/bin/env python3
"""A small, realistic module mixing many constructs."""

import collections
import sys as _sys
from functools import wraps

__all__ = ['Registry', 'memoize', 'main']

_MISSING = object()


def memoize(func):
    """Cache results of a one-argument function."""
    cache = {}

    @wraps(func)
    def wrapper(arg):
        try:
            return cache[arg]
        except KeyError:
            result = cache[arg] = func(arg)
            return result
    wrapper.cache = cache
    return wrapper


class Registry(collections.Mapping):
    """Map names to factories."""

    default = None

    def __init__(self, *factories, strict=False, **named):
        self._items = dict(named)
        for factory in factories:
            self._items[factory.__name__] = factory
        self.strict = strict

    def __getitem__(self, key):
        value = self._items.get(key, _MISSING)
        if value is _MISSING:
            if self.strict:
                raise KeyError(key) from None
            return self.default
        return value

    def __iter__(self):
        return iter(sorted(self._items))

    def __len__(self):
        return len(self._items)

    def counter(self):
        count = 0
        def bump(step=1):
            nonlocal count
            count += step
            return count
        return bump


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main(argv=None):
    argv = _sys.argv[1:] if argv is None else argv
    reg = Registry(int, float, strict=True, text=str)
    squares = {n: n ** 2 for n in range(10) if n % 3 != 0}
    evens = [n for n in squares if not n & 1]
    total = sum(fib(n) for n in evens)
    with open(argv[0]) if argv else _sys.stdin as stream:
        for lineno, line in enumerate(stream, 1):
            first, *rest = line.split() or ['']
            if not first or first.startswith('#'):
                continue
            elif first in reg:
                print(lineno, reg[first](*rest[:1]), sep='\t')
            else:
                print('unknown: %r' % first, file=_sys.stderr)
    assert total >= 0, "fibonacci went negative"
    return 0 if total else 1


if __name__ == '__main__':
    _sys.exit(main())
