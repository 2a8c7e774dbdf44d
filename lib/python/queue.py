"""Queues safe to share between threads: FIFO, LIFO and priority order."""

# Taipan has no threading module yet, so this module carries its own small
# condition-variable helper built directly on _thread locks.

try:
    import _thread
except ImportError:
    _thread = None
from collections import deque
from heapq import heappush as _hpush, heappop as _hpop
from time import time as _now

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue']


class Empty(Exception):
    "Exception raised by Queue.get(block=0)/get_nowait()."
    pass


class Full(Exception):
    "Exception raised by Queue.put(block=0)/put_nowait()."
    pass


class _DummyLock:
    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass


def _new_lock():
    if _thread is None:
        return _DummyLock()
    return _thread.allocate_lock()


class _Waitable:
    """A minimal condition variable sharing an outer mutex.

    Each waiter parks on a private lock that it holds; notify releases
    the private locks of the oldest waiters.
    """

    def __init__(self, mutex):
        self._mutex = mutex
        self._sleepers = deque()

    def wait(self, timeout=None):
        gate = _new_lock()
        gate.acquire()
        self._sleepers.append(gate)
        self._mutex.release()
        woke = False
        try:
            if timeout is None:
                woke = gate.acquire()
            elif timeout > 0:
                woke = gate.acquire(True, timeout)
            else:
                woke = gate.acquire(False)
            return woke
        finally:
            self._mutex.acquire()
            if not woke:
                try:
                    self._sleepers.remove(gate)
                except ValueError:
                    pass

    def notify(self, n=1):
        while n > 0 and self._sleepers:
            gate = self._sleepers.popleft()
            try:
                gate.release()
            except Exception:
                continue
            n -= 1

    def notify_all(self):
        self.notify(len(self._sleepers))


class Queue:
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _new_lock()
        self.not_empty = _Waitable(self.mutex)
        self.not_full = _Waitable(self.mutex)
        self.all_tasks_done = _Waitable(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Indicate that a formerly enqueued task is complete."""
        self.mutex.acquire()
        try:
            left = self.unfinished_tasks - 1
            if left <= 0:
                if left < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left
        finally:
            self.mutex.release()

    def join(self):
        """Block until every item put in the queue has been processed."""
        self.mutex.acquire()
        try:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()
        finally:
            self.mutex.release()

    def qsize(self):
        """Return the approximate size of the queue (not reliable!)."""
        self.mutex.acquire()
        try:
            return self._qsize()
        finally:
            self.mutex.release()

    def empty(self):
        """Return True if the queue is empty, False otherwise (not reliable!)."""
        self.mutex.acquire()
        try:
            return not self._qsize()
        finally:
            self.mutex.release()

    def full(self):
        """Return True if the queue is full, False otherwise (not reliable!)."""
        self.mutex.acquire()
        try:
            return 0 < self.maxsize <= self._qsize()
        finally:
            self.mutex.release()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue."""
        self.mutex.acquire()
        try:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a positive number")
                else:
                    deadline = _now() + timeout
                    while self._qsize() >= self.maxsize:
                        left = deadline - _now()
                        if left <= 0.0:
                            raise Full
                        self.not_full.wait(left)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()
        finally:
            self.mutex.release()

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, False)

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue."""
        self.mutex.acquire()
        try:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a positive number")
            else:
                deadline = _now() + timeout
                while not self._qsize():
                    left = deadline - _now()
                    if left <= 0.0:
                        raise Empty
                    self.not_empty.wait(left)
            item = self._get()
            self.not_full.notify()
            return item
        finally:
            self.mutex.release()

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(False)

    # Storage hooks; subclasses override these four.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self, len=len):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self, len=len):
        return len(self.queue)

    def _put(self, item, heappush=_hpush):
        heappush(self.queue, item)

    def _get(self, heappop=_hpop):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self, len=len):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()
