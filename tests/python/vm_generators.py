# Generators: iteration, send, throw, close, gi_* attributes, the
# exception state inside them, and generator expressions.
import sys

def catch(thunk):
    try:
        thunk()
    except BaseException as e:
        return e
    return None

def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

assert list(count(4)) == [0, 1, 2, 3], repr(list(count(4)))
g = count(2)
assert iter(g) is g
assert next(g) == 0 and next(g) == 1
e = catch(lambda: next(g))
assert type(e) is StopIteration and e.args == (), repr(e)
e = catch(lambda: next(g))
assert type(e) is StopIteration, repr(e)

# send
def echo():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            break
        got.append(x)
    yield got
g = echo()
assert g.send(None) == 0
assert g.send('a') == 1
assert g.send('b') == 2
assert next(g) == ['a', 'b']
e = catch(lambda: g.send(1))
assert type(e) is StopIteration, repr(e)
g = echo()
e = catch(lambda: g.send(1))
assert type(e) is TypeError and str(e) == "can't send non-None value to a just-started generator", repr(e)

# throw
def catcher():
    while True:
        try:
            yield 'ready'
        except KeyError as e:
            yield 'caught %s' % e.args
g = catcher()
assert next(g) == 'ready'
assert g.throw(KeyError, 'k') == 'caught k'
assert next(g) == 'ready'
assert g.throw(KeyError('j')) == 'caught j'
next(g)
e = catch(lambda: g.throw(ValueError))
assert type(e) is ValueError, repr(e)
assert g.gi_frame is None
e = catch(lambda: g.throw(ValueError))
assert type(e) is ValueError, repr(e)
e = catch(lambda: catcher().throw(1))
assert type(e) is TypeError and str(e) == 'exceptions must be classes or instances deriving from BaseException, not int', repr(e)
e = catch(lambda: catcher().throw(KeyError('a'), 1))
assert type(e) is TypeError and str(e) == 'instance exception may not have a separate value', repr(e)
e = catch(lambda: catcher().throw(KeyError, None, 1))
assert type(e) is TypeError and str(e) == 'throw() third argument must be a traceback object', repr(e)
# Throwing into a generator that has not started raises at its start.
g = catcher()
e = catch(lambda: g.throw(IndexError))
assert type(e) is IndexError and g.gi_frame is None, repr(e)

# close
log = []
def closable():
    try:
        yield 1
        yield 2
    finally:
        log.append('closed')
g = closable()
next(g)
assert g.close() is None and log == ['closed'], repr(log)
assert g.close() is None
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn()
next(g)
e = catch(g.close)
assert type(e) is RuntimeError and str(e) == 'generator ignored GeneratorExit', repr(e)
def raiser():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError('on close')
g = raiser()
next(g)
e = catch(g.close)
assert type(e) is KeyError, repr(e)
g = closable()
assert g.close() is None and log == ['closed'], repr(log)

# gi_running, gi_frame, gi_code, __name__, "already executing"
def me():
    yield g2.gi_running
    yield catch(lambda: next(g2))
g2 = me()
assert g2.gi_running == 0 and g2.__name__ == 'me' and g2.gi_code.co_name == 'me'
assert g2.gi_frame.f_code is g2.gi_code
assert next(g2) == 1
e = next(g2)
assert type(e) is ValueError and str(e) == 'generator already executing', repr(e)
assert repr(g2).startswith('<generator object me at 0x'), repr(g2)

# A generator's return ends it; StopIteration inside also ends iteration.
def early():
    yield 1
    return
    yield 2
assert list(early()) == [1]

# Exception state: a generator sees the caller's handled exception, and
# its own handler's exception does not leak out while suspended.
def exc_state():
    yield sys.exc_info()[0]
    try:
        raise KeyError
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
g = exc_state()
try:
    raise IndexError
except IndexError:
    assert next(g) is IndexError
assert next(g) is KeyError
assert sys.exc_info()[0] is None, repr(sys.exc_info())
try:
    raise ValueError
except ValueError:
    # 3.2 restores the state saved when the generator's handler started
    # (none), not the caller's.
    assert next(g) is None
    assert sys.exc_info()[0] is ValueError

# Generator expressions and comprehensions have their own scope.
x = 'outer'
assert list(x for x in range(3)) == [0, 1, 2]
assert [x for x in range(3)] == [0, 1, 2]
assert x == 'outer'
assert {x: x * x for x in range(3)} == {0: 0, 1: 1, 2: 4}
assert {x % 2 for x in range(5)} == {0, 1}
assert sum(i * j for i in range(3) for j in range(3) if i != j) == 4
ge = (i for i in range(3))
assert ge.__name__ == '<genexpr>', repr(ge.__name__)
e = catch(lambda: list(1 / (i - 1) for i in range(3)))
assert type(e) is ZeroDivisionError, repr(e)

# Generators as iterators in for loops, with break.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
total = 0
for n in naturals():
    if n > 10:
        break
    total += n
assert total == 55, repr(total)

# yield inside try/finally and with nested loops.
def nested_loops():
    for i in range(2):
        for j in range(2):
            try:
                yield (i, j)
            finally:
                pass
assert list(nested_loops()) == [(0, 0), (0, 1), (1, 0), (1, 1)]

# yield as an expression.
def running_total():
    total = 0
    while True:
        total += (yield total)
g = running_total()
next(g)
g.send(3)
assert g.send(4) == 7
