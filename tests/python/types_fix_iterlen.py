# __length_hint__ of built-in iterators, and length hints used by
# list(), list.extend and bytearray.extend, as CPython 3.2.
from collections import deque

def drain(it):
    for x in it:
        pass

it = iter((1, 2, 3))
assert it.__length_hint__() == 3
next(it)
assert it.__length_hint__() == 2
drain(it)
assert it.__length_hint__() == 0
try:
    next(it)
except StopIteration:
    pass
assert it.__length_hint__() == 0

# A deque iterator counts down from the length it started with.
dq = deque([1, 2, 3])
it = iter(dq)
next(it)
assert it.__length_hint__() == 2
dq.append(4)
assert it.__length_hint__() == 2
try:
    next(it)
except RuntimeError:
    pass
else:
    raise AssertionError("no RuntimeError")
assert it.__length_hint__() == 0
it = reversed(deque([1, 2, 3]))
next(it)
assert it.__length_hint__() == 2
drain(it)
assert it.__length_hint__() == 0

class BadLen(object):
    def __iter__(self):
        return iter(range(10))
    def __len__(self):
        raise RuntimeError('hello')

class BadLengthHint(object):
    def __iter__(self):
        return iter(range(10))
    def __length_hint__(self):
        raise RuntimeError('hello')

class NoneLengthHint(object):
    def __iter__(self):
        return iter(range(10))
    def __length_hint__(self):
        return None

for make in (list, [].extend, bytearray(range(10)).extend):
    for cls in (BadLen, BadLengthHint):
        try:
            make(cls())
        except RuntimeError:
            pass
        else:
            raise AssertionError((make, cls))
assert list(NoneLengthHint()) == list(range(10))
b = bytearray()
b.extend(NoneLengthHint())
assert b == bytearray(range(10))
