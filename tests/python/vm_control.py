# Control flow and statements: loops with else, break and continue,
# unpacking (extended too), with statements, assert, del, and the
# evaluator's fast paths for ints and floats.

def catch(thunk):
    try:
        thunk()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)
    return None

# for/while with else, break, continue.
out = []
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    out.append(i)
else:
    out.append('else')
assert out == [0, 2], repr(out)
out = []
for i in range(2):
    out.append(i)
else:
    out.append('else')
assert out == [0, 1, 'else'], repr(out)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
else:
    n = -1
assert n == 8
n = 0
while n < 3:
    n += 1
else:
    n = 'done'
assert n == 'done'
for x in []:
    pass
else:
    empty = True
assert empty

# Iteration over objects with __getitem__ only.
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i
assert list(Seq()) == [0, 1, 4]
assert [v for v in Seq()] == [0, 1, 4]
assert 4 in Seq() and 5 not in Seq()

# User iterators.
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
assert list(Countdown(3)) == [2, 1, 0]
total = 0
for v in Countdown(4):
    total += v
assert total == 6

# Unpacking.
a, b = 1, 2
a, b = b, a
assert (a, b) == (2, 1)
(a, b), c = [1, 2], 3
assert (a, b, c) == (1, 2, 3)
a, *rest = range(4)
assert a == 0 and rest == [1, 2, 3]
*init, last = 'abc'
assert init == ['a', 'b'] and last == 'c'
first, *mid, end = [1, 2]
assert (first, mid, end) == (1, [], 2)
assert catch(lambda: exec('a, b = 1,')) == 'ValueError: need more than 1 value to unpack'
assert catch(lambda: exec('a, b = ()')) == 'ValueError: need more than 0 values to unpack'
assert catch(lambda: exec('a, b = 1, 2, 3')) == 'ValueError: too many values to unpack (expected 2)'
assert catch(lambda: exec('a, b = 1')) == "TypeError: 'int' object is not iterable"
assert catch(lambda: exec('a, *b, c = [1]')) == 'ValueError: need more than 1 values to unpack'
assert catch(lambda: exec('a, b, *c = [1]')) == 'ValueError: need more than 1 value to unpack'
for (k, v) in [(1, 2), (3, 4)]:
    pass
assert (k, v) == (3, 4)

# with statements.
log = []
class Ctx:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        log.append('enter ' + self.name)
        return self.name
    def __exit__(self, t, v, tb):
        log.append('exit %s %s' % (self.name, t.__name__ if t else None))
        return self.swallow
with Ctx('a') as n:
    log.append('body ' + n)
assert log == ['enter a', 'body a', 'exit a None'], repr(log)
log = []
with Ctx('a') as x, Ctx('b') as y:
    log.append(x + y)
assert log == ['enter a', 'enter b', 'ab', 'exit b None', 'exit a None'], repr(log)
log = []
with Ctx('s', swallow=True):
    raise KeyError
assert log == ['enter s', 'exit s KeyError'], repr(log)
log = []
def propagate():
    with Ctx('p'):
        raise KeyError('k')
assert catch(propagate) == "KeyError: 'k'" and log == ['enter p', 'exit p KeyError'], repr(log)
def with_return():
    with Ctx('r'):
        return 'returned'
log = []
assert with_return() == 'returned' and log == ['enter r', 'exit r None'], repr(log)
log = []
for i in range(3):
    with Ctx(str(i)):
        if i == 0:
            continue
        break
assert log == ['enter 0', 'exit 0 None', 'enter 1', 'exit 1 None'], repr(log)
class NoExit:
    def __enter__(self):
        return self
def no_exit():
    with NoExit():
        pass
assert catch(no_exit) == 'AttributeError: __exit__', catch(no_exit)
class NoEnter:
    def __exit__(self, *a):
        pass
def no_enter():
    with NoEnter():
        pass
assert catch(no_enter) == 'AttributeError: __enter__', catch(no_enter)
class ExitArgs:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.got = (t, v, tb)
        return True
ea = ExitArgs()
with ea:
    raise IndexError('i')
assert ea.got[0] is IndexError and type(ea.got[1]) is IndexError and ea.got[2] is ea.got[1].__traceback__

# assert
assert catch(lambda: exec('assert False')) == 'AssertionError: '
assert catch(lambda: exec("assert 0, 'why'")) == 'AssertionError: why'

# del of names, items, attributes, slices.
d = {'a': 1, 'b': 2}
del d['a']
assert d == {'b': 2}
l = [0, 1, 2, 3, 4]
del l[1], l[1:3]
assert l == [0, 4], repr(l)
class O: pass
o = O()
o.a = 1
del o.a
assert not hasattr(o, 'a')
zz = 1
del zz
assert catch(lambda: exec('del zz')) == "NameError: name 'zz' is not defined"

# Slices.
s = list(range(10))
assert s[2:5] == [2, 3, 4] and s[::3] == [0, 3, 6, 9] and s[-2:] == [8, 9]
s[1:3] = ['x']
assert s[:3] == [0, 'x', 3]

# Arithmetic fast paths keep Python's semantics.
big = 2 ** 62
assert big + big == 2 ** 63 and -big - big - big == -3 * 2 ** 62
assert 3 * big == 13835058055282163712
assert 7 // 2 == 3 and -7 // 2 == -4 and 7 // -2 == -4 and 7 % -2 == -1 and -7 % 2 == 1
assert 1 / 2 == 0.5 and 2.0 * 3 == 6.0 and 0.1 + 0.2 == 0.30000000000000004
assert catch(lambda: 1 / 0) == 'ZeroDivisionError: division by zero'
assert catch(lambda: 1.0 / 0.0) == 'ZeroDivisionError: float division by zero'
assert catch(lambda: 1 // 0) == 'ZeroDivisionError: integer division or modulo by zero'
assert catch(lambda: 1 % 0) == 'ZeroDivisionError: integer division or modulo by zero'
assert 2 ** 10 == 1024 and 2 ** -1 == 0.5 and (-8) ** (1/3) != 2
assert -(-5) == 5 and +5 == 5 and ~5 == -6 and not 0 and (not 1) is False
assert catch(lambda: -'a') == "TypeError: bad operand type for unary -: 'str'"
assert catch(lambda: ~1.5) == "TypeError: bad operand type for unary ~: 'float'"
assert catch(lambda: 1 + 'a') == "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
assert catch(lambda: exec("x = 1\nx += 'a'")) == "TypeError: unsupported operand type(s) for +=: 'int' and 'str'"
assert catch(lambda: 2 ** 'a') == "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'"
assert catch(lambda: 1 < 'a') == 'TypeError: unorderable types: int() < str()'
assert 1 < 2.5 and 2.5 > 1 and 1 == 1.0 and (1 != 1.0) is False
assert True + True == 2 and True * 3.0 == 3.0
assert (1 << 70) >> 69 == 2 and 5 & 3 == 1 and 5 | 3 == 7 and 5 ^ 3 == 6
x = 10
x += 5
x -= 3
x *= 2
assert x == 24
f = 1.5
f += 1
f *= 2
f -= 0.5
f /= 2
assert f == 2.25

# is / is not / in / not in.
a = []
assert a is a and a is not [] and 1 in [1] and 2 not in [1]
assert catch(lambda: 1 in 2) == "TypeError: argument of type 'int' is not iterable"

# Global statements at module level, and names of builtins.
assert len('abc') == 3
len = lambda s: 'shadowed'
assert len('abc') == 'shadowed'
del len
assert len('abc') == 3

# A class that deletes its own __next__ while a for loop uses it: the
# next step raises TypeError (CPython 3.2's _PyObject_NextNotImplemented).
class _SelfDeleting:
    def __iter__(self):
        return self
    def __next__(self):
        del _SelfDeleting.__next__
        return 1
try:
    for _i in _SelfDeleting():
        pass
except TypeError as e:
    assert str(e) == "'_SelfDeleting' object is not iterable", str(e)
else:
    raise AssertionError("no TypeError")
