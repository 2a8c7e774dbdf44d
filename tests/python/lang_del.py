# __del__ of instances, exceptions raised in it, and the closing of
# dropped generators, made to run by gc.collect().
import gc
import io
import sys

log = []

class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)

a = A("a")
gc.collect()
assert log == [], log
del a
gc.collect()
assert log == ["a"], log

# Inherited __del__, and several objects at once.
class B(A):
    pass

objs = [B(i) for i in range(5)]
del objs
gc.collect()
assert sorted(log[1:]) == [0, 1, 2, 3, 4], log

# A __del__ added to the class after it was made.
class C:
    pass

class D(C):
    pass

C.__del__ = lambda self: log.append("C")
d = D()
del d
gc.collect()
assert log[-1] == "C", log

# Objects that stay reachable are not finalized.
del log[:]
keep = [A("kept")]
gc.collect()
assert log == [], log
keep.pop()
gc.collect()
assert log == ["kept"], log

# An exception in __del__ is printed and ignored.
class Leaker:
    def __del__(self):
        raise RuntimeError

class Leaker2:
    def __del__(self):
        raise ValueError("bad", 2)

saved = sys.stderr
sys.stderr = err = io.StringIO()
try:
    x = Leaker()
    del x
    gc.collect()
    y = Leaker2()
    del y
    gc.collect()
finally:
    sys.stderr = saved
out = err.getvalue().splitlines()
assert len(out) == 2, out
assert out[0].startswith("Exception RuntimeError: RuntimeError() in <bound method Leaker.__del__ of <"), out
assert out[0].endswith("> ignored"), out
assert out[1].startswith("Exception ValueError: ValueError('bad', 2) in <bound method Leaker2.__del__ of <"), out

# __del__ sees the state of its object, and a failing one does not stop
# the others.
del log[:]
class E:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        log.append(self.v * 2)
        if self.v == 1:
            1 / 0

sys.stderr = err = io.StringIO()
try:
    es = [E(1), E(2), E(3)]
    del es
    gc.collect()
finally:
    sys.stderr = saved
assert sorted(log) == [2, 4, 6], log
assert err.getvalue().count("ignored") == 1, err.getvalue()
assert "ZeroDivisionError" in err.getvalue(), err.getvalue()

# A generator dropped while suspended in a try block runs its finally
# clause when collected.
del log[:]
def gen():
    try:
        yield 1
        yield 2
    finally:
        log.append("finally")

g = gen()
assert next(g) == 1
del g
gc.collect()
assert log == ["finally"], log

# ... and its except GeneratorExit clause.
def gen2():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            log.append("exit")
            raise

g = gen2()
next(g)
next(g)
del g
gc.collect()
assert log == ["finally", "exit"], log

# A generator that finished, or was never started, runs nothing.
def gen3():
    try:
        yield 1
    finally:
        log.append("gen3")

g = gen3()
del g
g = gen3()
assert list(g) == [1]
del g
gc.collect()
assert log == ["finally", "exit", "gen3"], log

# A generator that yields when closed is reported and ignored.
def stubborn():
    try:
        yield 1
    finally:
        yield 2

sys.stderr = err = io.StringIO()
try:
    g = stubborn()
    next(g)
    del g
    gc.collect()
finally:
    sys.stderr = saved
assert err.getvalue().startswith("Exception RuntimeError: 'generator ignored GeneratorExit' in <generator object stubborn at"), err.getvalue()

# A generator suspended in a with block calls __exit__ when collected.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        log.append(("exit", exc[0].__name__ if exc[0] else None))

def gen4():
    with CM():
        yield 1

del log[:]
g = gen4()
next(g)
del g
gc.collect()
assert log == [("exit", "GeneratorExit")], log

# Generators that only yield in loops, and __del__-less instances, are
# not affected by collection.
def gen5():
    for i in range(3):
        yield i

g = gen5()
next(g)
del g
gc.collect()
assert log == [("exit", "GeneratorExit")], log
