"""Control-C handling for test runs (the -c option): the first interrupt
stops the run after the current test, so its results still print; a
second one interrupts as usual."""

import signal
from functools import wraps

try:
    import weakref
except ImportError:
    weakref = None

__unittest = True


class _InterruptHandler(object):

    def __init__(self, default_handler):
        self.called = False
        self.original_handler = default_handler
        if isinstance(default_handler, int):
            if default_handler == signal.SIG_DFL:
                # Python's own SIGINT behaviour: KeyboardInterrupt.
                default_handler = signal.default_int_handler
            elif default_handler == signal.SIG_IGN:
                def default_handler(unused_signum, unused_frame):
                    pass
            else:
                raise TypeError("expected SIGINT signal handler to be "
                                "signal.SIG_IGN, signal.SIG_DFL, or a "
                                "callable object")
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        installed = signal.getsignal(signal.SIGINT)
        if installed is not self:
            # Replaced by someone else since: behave as before.
            self.default_handler(signum, frame)
        if self.called:
            self.default_handler(signum, frame)
        self.called = True
        for result in list(_results.keys()):
            result.stop()


if weakref is not None:
    _results = weakref.WeakKeyDictionary()
else:
    # Without weakref the registered results are simply kept alive.
    _results = {}


def registerResult(result):
    """Have a control-C stop this result's run."""
    _results[result] = 1


def removeResult(result):
    """Forget a registered result; True when it was registered."""
    return bool(_results.pop(result, None))


_interrupt_handler = None


def installHandler():
    """Install the control-C handler."""
    global _interrupt_handler
    if _interrupt_handler is None:
        _interrupt_handler = _InterruptHandler(signal.getsignal(signal.SIGINT))
        signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Restore the previous SIGINT handler; as a decorator, do so only
    while the decorated function runs."""
    if method is not None:
        @wraps(method)
        def inner(*args, **kwargs):
            initial = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, initial)
        return inner

    global _interrupt_handler
    if _interrupt_handler is not None:
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
