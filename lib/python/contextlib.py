"""Helpers for building and using context managers (the `with` statement).

Taipan's contextlib, matching the behaviour of Python 3.2's module.
"""

import sys
from functools import wraps
from warnings import warn

__all__ = ["contextmanager", "closing", "ContextDecorator"]


class ContextDecorator(object):
    "Base class or mixin letting a context manager decorate a function too."

    def _recreate_cm(self):
        # A context manager that can only be used once makes a fresh copy
        # of itself here; reusable ones simply return themselves.
        return self

    def __call__(self, func):
        @wraps(func)
        def wrapper(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return wrapper


class _GeneratorContextManager(ContextDecorator):
    """Context manager driven by a generator function's single yield."""

    def __init__(self, func, *args, **kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds

    def _recreate_cm(self):
        # Generators run only once: decorating needs a new one per call.
        return self.__class__(self.func, *self.args, **self.kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield")

    def __exit__(self, type, value, traceback):
        if type is None:
            try:
                next(self.gen)
            except StopIteration:
                return
            raise RuntimeError("generator didn't stop")
        if value is None:
            # The with block raised a class, not an instance: make one so
            # that throw() and the identity test below behave.
            value = type()
        try:
            self.gen.throw(type, value, traceback)
        except StopIteration as stop:
            # The generator swallowed the exception and finished: suppress
            # it, unless StopIteration itself is what came out of the block.
            return stop is not value
        except:
            # The generator let the exception out, or raised another one.
            # Re-raising the block's own exception is left to the caller
            # (returning False), anything new propagates from here.
            if sys.exc_info()[1] is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """Decorator turning a generator function into a context manager factory.

    The generator runs up to its yield on entry (the yielded value is bound
    by `as`), and is resumed on exit; an exception from the block is raised
    at the yield.
    """
    @wraps(func)
    def factory(*args, **kwds):
        return _GeneratorContextManager(func, *args, **kwds)
    return factory


class closing(object):
    """Context manager calling thing.close() when the block ends.

    with closing(urlopen(url)) as page:
        ...
    """

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()
