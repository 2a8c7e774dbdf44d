# sys.settrace with CPython 3.2's events: call, line, return and exception
# events for functions, loops, exceptions, generators, comprehensions,
# classes and recursion; f_trace as the local trace function; a trace
# function that fails; f_lineno, f_locals changes; gettrace; call_tracing.
import sys

FILE = __file__


def collect(func, *args):
    """Run func under a tracer recording (event, function, line offset,
    argument summary) for code of this file; return the records."""
    events = []

    def tracer(frame, event, arg):
        co = frame.f_code
        if co.co_filename != FILE:
            return tracer
        a = arg
        if event == 'exception':
            a = arg[0].__name__
        elif event == 'return' and not isinstance(arg, (int, str, type(None), bool)):
            a = type(arg).__name__
        events.append((event, co.co_name, frame.f_lineno - co.co_firstlineno, a))
        return tracer
    sys.settrace(tracer)
    try:
        func(*args)
    finally:
        sys.settrace(None)
    return events


def simple(a):
    b = a + 1
    return b


def loop(n):
    t = 0
    for i in range(n):
        t += i
    while n > 0:
        n -= 1
    return t


def raiser():
    raise ValueError('x')


def catcher():
    try:
        raiser()
    except ValueError:
        x = 1
    finally:
        y = 2
    return x


def gen(n):
    for i in range(n):
        yield i
    return


def usegen():
    return list(gen(2))


def comp():
    return [x * 2 for x in range(2)]


def withstmt():
    class C:
        def __enter__(self): return self
        def __exit__(self, *a): return False
    with C() as c:
        z = 1
    return z


def propagate():
    raiser()


def propagated():
    try:
        propagate()
    except ValueError:
        pass
    lam = lambda q: q
    lam(3)
    if 1 and \
       2:
        pass


def loops(n):
    for i in range(n):
        if i == 1:
            continue
        for j in range(2):
            if j:
                break
        else:
            pass
    else:
        k = 0
    while True:
        n -= 1
        if n < 0:
            break
    i = 0
    while i < 3: i += 1
    return [i for i in range(2)], {i: i for i in range(2)}, {i for i in range(1)}, list(i for i in range(2))


def multi(a,
          b=2):
    x = (a +
         b)
    y = [1,
         2]
    if (a and
            b):
        z = 1
    else:
        z = 2
    return (x,
            y)


def tryelse():
    try:
        a = 1
    except ValueError:
        a = 2
    else:
        a = 3
    try:
        try:
            raise TypeError
        finally:
            b = 1
    except TypeError:
        pass
    for i in range(2):
        try:
            continue
        finally:
            c = 1
    return a


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def deco(f):
    return f


def classes():
    @deco
    class K:
        x = 1
        def m(self):
            return self.x
    k = K()
    return k.m()


def closures():
    v = 1
    def inner():
        return v
    return inner()


def recgen(n):
    if n:
        for x in recgen(n - 1):
            yield x
    yield n


def userecgen():
    return list(recgen(2))


def onelines(): a = 1; b = 2; return a + b


def misc():
    try:
        assert False, 'msg'
    except AssertionError:
        pass
    x = 1 if misc else 2
    del x
    import os.path
    from os import path as p
    global G
    G = 1


def genthrow():
    def g():
        try:
            yield 1
            yield 2
        except ValueError:
            yield 3
        finally:
            pass
    it = g()
    next(it)
    it.throw(ValueError)
    it.close()


CASES = [simple, loop, catcher, usegen, comp, withstmt, propagated, loops,
         multi, tryelse, fib, classes, closures, userecgen, onelines, misc,
         genthrow]

EXPECTED = {
    'simple': [
        ('call', 'simple', 0, None),
        ('line', 'simple', 1, None),
        ('line', 'simple', 2, None),
        ('return', 'simple', 2, 2),
    ],
    'loop': [
        ('call', 'loop', 0, None),
        ('line', 'loop', 1, None),
        ('line', 'loop', 2, None),
        ('line', 'loop', 3, None),
        ('line', 'loop', 2, None),
        ('line', 'loop', 3, None),
        ('line', 'loop', 2, None),
        ('line', 'loop', 4, None),
        ('line', 'loop', 5, None),
        ('line', 'loop', 4, None),
        ('line', 'loop', 5, None),
        ('line', 'loop', 4, None),
        ('line', 'loop', 6, None),
        ('return', 'loop', 6, 1),
    ],
    'catcher': [
        ('call', 'catcher', 0, None),
        ('line', 'catcher', 1, None),
        ('line', 'catcher', 2, None),
        ('call', 'raiser', 0, None),
        ('line', 'raiser', 1, None),
        ('exception', 'raiser', 1, 'ValueError'),
        ('return', 'raiser', 1, None),
        ('exception', 'catcher', 2, 'ValueError'),
        ('line', 'catcher', 3, None),
        ('line', 'catcher', 4, None),
        ('line', 'catcher', 6, None),
        ('line', 'catcher', 7, None),
        ('return', 'catcher', 7, 1),
    ],
    'usegen': [
        ('call', 'usegen', 0, None),
        ('line', 'usegen', 1, None),
        ('call', 'gen', 0, None),
        ('line', 'gen', 1, None),
        ('line', 'gen', 2, None),
        ('return', 'gen', 2, 0),
        ('call', 'gen', 2, None),
        ('line', 'gen', 1, None),
        ('line', 'gen', 2, None),
        ('return', 'gen', 2, 1),
        ('call', 'gen', 2, None),
        ('line', 'gen', 1, None),
        ('line', 'gen', 3, None),
        ('return', 'gen', 3, None),
        ('return', 'usegen', 1, 'list'),
    ],
    'comp': [
        ('call', 'comp', 0, None),
        ('line', 'comp', 1, None),
        ('call', '<listcomp>', 0, None),
        ('line', '<listcomp>', 0, None),
        ('line', '<listcomp>', 0, None),
        ('line', '<listcomp>', 0, None),
        ('return', '<listcomp>', 0, 'list'),
        ('return', 'comp', 1, 'list'),
    ],
    'withstmt': [
        ('call', 'withstmt', 0, None),
        ('line', 'withstmt', 1, None),
        ('call', 'C', 0, None),
        ('line', 'C', 0, None),
        ('line', 'C', 1, None),
        ('line', 'C', 2, None),
        ('return', 'C', 2, None),
        ('line', 'withstmt', 4, None),
        ('call', '__enter__', 0, None),
        ('line', '__enter__', 0, None),
        ('return', '__enter__', 0, 'C'),
        ('line', 'withstmt', 5, None),
        ('call', '__exit__', 0, None),
        ('line', '__exit__', 0, None),
        ('return', '__exit__', 0, False),
        ('line', 'withstmt', 6, None),
        ('return', 'withstmt', 6, 1),
    ],
    'propagated': [
        ('call', 'propagated', 0, None),
        ('line', 'propagated', 1, None),
        ('line', 'propagated', 2, None),
        ('call', 'propagate', 0, None),
        ('line', 'propagate', 1, None),
        ('call', 'raiser', 0, None),
        ('line', 'raiser', 1, None),
        ('exception', 'raiser', 1, 'ValueError'),
        ('return', 'raiser', 1, None),
        ('exception', 'propagate', 1, 'ValueError'),
        ('return', 'propagate', 1, None),
        ('exception', 'propagated', 2, 'ValueError'),
        ('line', 'propagated', 3, None),
        ('line', 'propagated', 4, None),
        ('line', 'propagated', 5, None),
        ('line', 'propagated', 6, None),
        ('call', '<lambda>', 0, None),
        ('line', '<lambda>', 0, None),
        ('return', '<lambda>', 0, 3),
        ('line', 'propagated', 7, None),
        ('line', 'propagated', 8, None),
        ('line', 'propagated', 9, None),
        ('return', 'propagated', 9, None),
    ],
    'loops': [
        ('call', 'loops', 0, None),
        ('line', 'loops', 1, None),
        ('line', 'loops', 2, None),
        ('line', 'loops', 4, None),
        ('line', 'loops', 5, None),
        ('line', 'loops', 4, None),
        ('line', 'loops', 5, None),
        ('line', 'loops', 6, None),
        ('line', 'loops', 8, None),
        ('line', 'loops', 1, None),
        ('line', 'loops', 2, None),
        ('line', 'loops', 3, None),
        ('line', 'loops', 1, None),
        ('line', 'loops', 2, None),
        ('line', 'loops', 4, None),
        ('line', 'loops', 5, None),
        ('line', 'loops', 4, None),
        ('line', 'loops', 5, None),
        ('line', 'loops', 6, None),
        ('line', 'loops', 8, None),
        ('line', 'loops', 1, None),
        ('line', 'loops', 10, None),
        ('line', 'loops', 11, None),
        ('line', 'loops', 12, None),
        ('line', 'loops', 13, None),
        ('line', 'loops', 12, None),
        ('line', 'loops', 13, None),
        ('line', 'loops', 12, None),
        ('line', 'loops', 13, None),
        ('line', 'loops', 12, None),
        ('line', 'loops', 13, None),
        ('line', 'loops', 14, None),
        ('line', 'loops', 15, None),
        ('line', 'loops', 16, None),
        ('line', 'loops', 16, None),
        ('line', 'loops', 16, None),
        ('line', 'loops', 16, None),
        ('line', 'loops', 17, None),
        ('call', '<listcomp>', 0, None),
        ('line', '<listcomp>', 0, None),
        ('line', '<listcomp>', 0, None),
        ('line', '<listcomp>', 0, None),
        ('return', '<listcomp>', 0, 'list'),
        ('call', '<dictcomp>', 0, None),
        ('line', '<dictcomp>', 0, None),
        ('line', '<dictcomp>', 0, None),
        ('line', '<dictcomp>', 0, None),
        ('return', '<dictcomp>', 0, 'dict'),
        ('call', '<setcomp>', 0, None),
        ('line', '<setcomp>', 0, None),
        ('line', '<setcomp>', 0, None),
        ('return', '<setcomp>', 0, 'set'),
        ('call', '<genexpr>', 0, None),
        ('line', '<genexpr>', 0, None),
        ('return', '<genexpr>', 0, 0),
        ('call', '<genexpr>', 0, None),
        ('line', '<genexpr>', 0, None),
        ('return', '<genexpr>', 0, 1),
        ('call', '<genexpr>', 0, None),
        ('line', '<genexpr>', 0, None),
        ('return', '<genexpr>', 0, None),
        ('return', 'loops', 17, 'tuple'),
    ],
    'multi': [
        ('call', 'multi', 0, None),
        ('line', 'multi', 2, None),
        ('line', 'multi', 3, None),
        ('line', 'multi', 4, None),
        ('line', 'multi', 5, None),
        ('line', 'multi', 6, None),
        ('line', 'multi', 7, None),
        ('line', 'multi', 8, None),
        ('line', 'multi', 11, None),
        ('line', 'multi', 12, None),
        ('return', 'multi', 12, 'tuple'),
    ],
    'tryelse': [
        ('call', 'tryelse', 0, None),
        ('line', 'tryelse', 1, None),
        ('line', 'tryelse', 2, None),
        ('line', 'tryelse', 6, None),
        ('line', 'tryelse', 7, None),
        ('line', 'tryelse', 8, None),
        ('line', 'tryelse', 9, None),
        ('exception', 'tryelse', 9, 'TypeError'),
        ('line', 'tryelse', 11, None),
        ('line', 'tryelse', 12, None),
        ('line', 'tryelse', 13, None),
        ('line', 'tryelse', 14, None),
        ('line', 'tryelse', 15, None),
        ('line', 'tryelse', 16, None),
        ('line', 'tryelse', 18, None),
        ('line', 'tryelse', 14, None),
        ('line', 'tryelse', 15, None),
        ('line', 'tryelse', 16, None),
        ('line', 'tryelse', 18, None),
        ('line', 'tryelse', 14, None),
        ('line', 'tryelse', 19, None),
        ('return', 'tryelse', 19, 3),
    ],
    'fib': [
        ('call', 'fib', 0, None),
        ('line', 'fib', 1, None),
        ('line', 'fib', 3, None),
        ('call', 'fib', 0, None),
        ('line', 'fib', 1, None),
        ('line', 'fib', 3, None),
        ('call', 'fib', 0, None),
        ('line', 'fib', 1, None),
        ('line', 'fib', 2, None),
        ('return', 'fib', 2, 1),
        ('call', 'fib', 0, None),
        ('line', 'fib', 1, None),
        ('line', 'fib', 2, None),
        ('return', 'fib', 2, 0),
        ('return', 'fib', 3, 1),
        ('call', 'fib', 0, None),
        ('line', 'fib', 1, None),
        ('line', 'fib', 2, None),
        ('return', 'fib', 2, 1),
        ('return', 'fib', 3, 2),
    ],
    'classes': [
        ('call', 'classes', 0, None),
        ('line', 'classes', 1, None),
        ('call', 'K', 0, None),
        ('line', 'K', 0, None),
        ('line', 'K', 2, None),
        ('line', 'K', 3, None),
        ('return', 'K', 3, None),
        ('call', 'deco', 0, None),
        ('line', 'deco', 1, None),
        ('return', 'deco', 1, 'type'),
        ('line', 'classes', 6, None),
        ('line', 'classes', 7, None),
        ('call', 'm', 0, None),
        ('line', 'm', 1, None),
        ('return', 'm', 1, 1),
        ('return', 'classes', 7, 1),
    ],
    'closures': [
        ('call', 'closures', 0, None),
        ('line', 'closures', 1, None),
        ('line', 'closures', 2, None),
        ('line', 'closures', 4, None),
        ('call', 'inner', 0, None),
        ('line', 'inner', 1, None),
        ('return', 'inner', 1, 1),
        ('return', 'closures', 4, 1),
    ],
    'userecgen': [
        ('call', 'userecgen', 0, None),
        ('line', 'userecgen', 1, None),
        ('call', 'recgen', 0, None),
        ('line', 'recgen', 1, None),
        ('line', 'recgen', 2, None),
        ('call', 'recgen', 0, None),
        ('line', 'recgen', 1, None),
        ('line', 'recgen', 2, None),
        ('call', 'recgen', 0, None),
        ('line', 'recgen', 1, None),
        ('line', 'recgen', 4, None),
        ('return', 'recgen', 4, 0),
        ('line', 'recgen', 3, None),
        ('return', 'recgen', 3, 0),
        ('line', 'recgen', 3, None),
        ('return', 'recgen', 3, 0),
        ('call', 'recgen', 3, None),
        ('line', 'recgen', 2, None),
        ('call', 'recgen', 3, None),
        ('line', 'recgen', 2, None),
        ('call', 'recgen', 4, None),
        ('return', 'recgen', 4, None),
        ('line', 'recgen', 4, None),
        ('return', 'recgen', 4, 1),
        ('line', 'recgen', 3, None),
        ('return', 'recgen', 3, 1),
        ('call', 'recgen', 3, None),
        ('line', 'recgen', 2, None),
        ('call', 'recgen', 4, None),
        ('return', 'recgen', 4, None),
        ('line', 'recgen', 4, None),
        ('return', 'recgen', 4, 2),
        ('call', 'recgen', 4, None),
        ('return', 'recgen', 4, None),
        ('return', 'userecgen', 1, 'list'),
    ],
    'onelines': [
        ('call', 'onelines', 0, None),
        ('line', 'onelines', 0, None),
        ('return', 'onelines', 0, 3),
    ],
    'misc': [
        ('call', 'misc', 0, None),
        ('line', 'misc', 1, None),
        ('line', 'misc', 2, None),
        ('exception', 'misc', 2, 'AssertionError'),
        ('line', 'misc', 3, None),
        ('line', 'misc', 4, None),
        ('line', 'misc', 5, None),
        ('line', 'misc', 6, None),
        ('line', 'misc', 7, None),
        ('line', 'misc', 8, None),
        ('line', 'misc', 10, None),
        ('return', 'misc', 10, None),
    ],
    'genthrow': [
        ('call', 'genthrow', 0, None),
        ('line', 'genthrow', 1, None),
        ('line', 'genthrow', 9, None),
        ('line', 'genthrow', 10, None),
        ('call', 'g', 0, None),
        ('line', 'g', 1, None),
        ('line', 'g', 2, None),
        ('return', 'g', 2, 1),
        ('line', 'genthrow', 11, None),
        ('call', 'g', 2, None),
        ('exception', 'g', 2, 'ValueError'),
        ('line', 'g', 4, None),
        ('line', 'g', 5, None),
        ('return', 'g', 5, 3),
        ('line', 'genthrow', 12, None),
        ('call', 'g', 5, None),
        ('exception', 'g', 5, 'GeneratorExit'),
        ('line', 'g', 7, None),
        ('return', 'g', 7, None),
        ('return', 'genthrow', 12, None),
    ],
}
ARGS = {'simple': (1,), 'loops': (3,), 'multi': (1,), 'loop': (2,), 'fib': (3,)}


for f in CASES:
    got = collect(f, *ARGS.get(f.__name__, ()))
    assert got == EXPECTED[f.__name__], (f.__name__, got)

# The global trace function gets the call events; what it returns becomes
# the frame's local trace function (f_trace), which gets the rest; None
# means no more events for that frame.
out = []


def local(frame, event, arg):
    out.append(('L', event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return local


def glob(frame, event, arg):
    out.append(('G', event, frame.f_code.co_name))
    if frame.f_code.co_name == 'skipped':
        return None
    return local


def skipped():
    a = 1
    return a


def traced():
    b = skipped()
    return b

sys.settrace(glob)
assert sys.gettrace() is glob
traced()
sys.settrace(None)
assert sys.gettrace() is None
assert out == [('G', 'call', 'traced'), ('L', 'line', 'traced', 1), ('G', 'call', 'skipped'),
               ('L', 'line', 'traced', 2), ('L', 'return', 'traced', 2)], out
del out[:]


# A trace function that raises is removed; the exception comes out where
# the traced code was, its traceback showing the frame twice (as 3.2 does).
def bad(frame, event, arg):
    if event == 'line':
        raise KeyError('boom')
    return bad


def victim():
    x = 1
    return x

sys.settrace(bad)
try:
    victim()
except KeyError as e:
    import traceback
    tb = traceback.extract_tb(sys.exc_info()[2])
    assert [(t[2], t[3]) for t in tb] == [('<module>', 'victim()'), ('victim', 'x = 1'), ('victim', 'x = 1'), ('bad', "raise KeyError('boom')")], tb
else:
    raise AssertionError('no KeyError')
assert sys.gettrace() is None


# The exception event's argument is (type, value, traceback). (CPython
# 3.2 passes some values unnormalised, a tuple or a str, when C code
# raised them; only the types are compared here.)
def exctr(frame, event, arg):
    if event == 'exception':
        out.append((frame.f_code.co_name, arg[0].__name__, type(arg[2]).__name__))
    return exctr


def ex1():
    try:
        {}['a']
    except KeyError:
        pass
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    try:
        raise ValueError('v')
    except ValueError as e:
        assert type(e) is ValueError

sys.settrace(exctr)
ex1()
sys.settrace(None)
assert out == [('ex1', 'KeyError', 'traceback'), ('ex1', 'ZeroDivisionError', 'traceback'), ('ex1', 'ValueError', 'traceback')], out
del out[:]


# A debugger sets f_trace of a running frame, then the trace function: the
# frame's next lines are traced.
def ltr(frame, event, arg):
    out.append((event, frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno))
    return ltr


def here():
    f = sys._getframe()
    f.f_trace = ltr
    assert f.f_trace is ltr
    sys.settrace(ltr)
    y = 2
    z = y + 1
    sys.settrace(None)
    w = 3
    return w

here()
assert out == [('line', 'here', 5), ('line', 'here', 6), ('line', 'here', 7)], out
del out[:]


def here2():
    sys._getframe().f_trace = ltr
    sys.settrace(ltr)
    return 5

assert here2() == 5
sys.settrace(None)
assert out == [('line', 'here2', 3), ('return', 'here2', 3)], out
del out[:]


# A trace function can change the frame's variables through f_locals.
def modtr(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'mod' and 'v' in frame.f_locals:
        frame.f_locals['v'] = 99
    return modtr


def mod():
    v = 1
    w = v
    return w

sys.settrace(modtr)
r = mod()
sys.settrace(None)
assert r == 99, r


# f_trace set to None is called like any value (3.2), which fails and
# removes the trace function.
def qtr(frame, event, arg):
    out.append((event, frame.f_code.co_name))
    if event == 'call' and frame.f_code.co_name == 'q':
        frame.f_trace = None
    return None


def q():
    a = 1
    return a

sys.settrace(qtr)
try:
    q()
except TypeError as e:
    assert str(e) == "'NoneType' object is not callable", str(e)
else:
    raise AssertionError('no TypeError')
assert sys.gettrace() is None
assert out == [('call', 'q')], out
del out[:]


# No events while the trace function runs, unless through call_tracing.
def inner_fn():
    return 1


def nested_tr(frame, event, arg):
    name = frame.f_code.co_name
    out.append((event, name))
    if name == 'outer_fn' and event == 'call':
        inner_fn()
        sys.call_tracing(inner_fn, ())
    return None


def outer_fn():
    return 2

sys.settrace(nested_tr)
outer_fn()
sys.settrace(None)
assert out == [('call', 'outer_fn'), ('call', 'inner_fn')], out
del out[:]

try:
    sys.call_tracing(inner_fn, [])
except TypeError as e:
    assert str(e) == 'must be tuple, not list', str(e)
else:
    raise AssertionError('no TypeError')
for bad_args in [(), (1, 2)]:
    try:
        sys.settrace(*bad_args)
    except TypeError as e:
        assert 'settrace() takes exactly one argument' in str(e), str(e)
    else:
        raise AssertionError('no TypeError')

# f_lineno of a frame that is not traced is its current line.
def lineof():
    x = 1
    return sys._getframe().f_lineno
assert lineof() == lineof.__code__.co_firstlineno + 2
assert sys._getframe().f_trace is None


# Assigning f_lineno from a line event jumps, under 3.2's rules (the
# messages name absolute lines, compared here relative to f1's).
printed = []
def make_jumper(func, target_off, at_off, event='line'):
    first = func.__code__.co_firstlineno
    done = [False]
    def tr(frame, ev, arg):
        if frame.f_code is not func.__code__:
            return tr
        if ev == event and not done[0] and frame.f_lineno == first + at_off:
            done[0] = True
            try:
                frame.f_lineno = first + target_off
            except ValueError as e:
                out.append(('err', str(e)))
        return tr
    return tr

out = []
def f1():
    out.append(1)
    out.append(2)
    out.append(3)
def f2():
    for i in range(2):
        out.append(i)
    out.append('end')
def f3():
    try:
        out.append('t')
    finally:
        out.append('f')
    out.append('after')
def f4():
    out.append('a')
    for i in range(3):
        out.append(i)
        if i == 1:
            pass
    out.append('z')
def f5():
    try:
        1/0
    except ZeroDivisionError:
        out.append('x')
    out.append('y')
def f6():
    x = 1
    out.append(x)
    return x

for func, tgt, at in [(f1, 3, 1), (f1, 1, 3), (f2, 4, 3), (f2, 1, 4), (f3, 2, 5), (f3, 5, 2), (f3, 4, 2), (f4, 7, 4), (f4, 4, 1), (f1, 0, 2), (f1, 100, 2), (f1, -5, 1), (f6, 0, 2), (f4, 1, 7)]:
    del out[:]
    sys.settrace(make_jumper(func, tgt, at))
    try:
        func()
    except Exception as e:
        out.append(('exc', type(e).__name__))
    sys.settrace(None)
    printed.append('%s %s %s %s' % (func.__name__, tgt, at, out))
try:
    sys._getframe().f_lineno = 3
except ValueError as e:
    printed.append(str(e))
def tr2(frame, ev, arg):
    if ev == 'line' and frame.f_code.co_name == 'f6':
        try: frame.f_lineno = 'x'
        except ValueError as e: printed.append(str(e))
    return tr2
sys.settrace(tr2); f6(); sys.settrace(None)

expected = ['f1 3 1 [3]', 'f1 1 3 [1, 2, 1, 2, 3]', "f2 4 3 [0, 1, ('err', 'line +8 comes after the current code block'), 'end']", "f2 1 4 [0, 1, 'end']", 'f3 2 5 [\'t\', \'f\', (\'err\', "can\'t jump into the middle of a block"), \'after\']', "f3 5 2 ['after']", 'f3 4 2 [(\'err\', "can\'t jump into or out of a \'finally\' block"), \'t\', \'f\', \'after\']', "f4 7 4 ['a', 0, ('err', 'line +21 comes after the current code block'), 1, 2, 'z']", 'f4 4 1 [(\'err\', "can\'t jump into the middle of a block"), \'a\', 0, 1, 2, \'z\']', 'f1 0 2 [1, 1, 2, 3]', "f1 100 2 [1, ('err', 'line +100 comes after the current code block'), 2, 3]", "f1 -5 1 [('err', 'line +-5 comes before the current code block'), 1, 2, 3]", 'f6 0 2 [1]', "f4 1 7 ['a', 0, 1, 2, 'z']", 'f_lineno can only be set by a line trace function', 'lineno must be an integer', 'lineno must be an integer', 'lineno must be an integer']


def rel(s):
    import re
    return re.sub(r'line (-?\d+)', lambda m: 'line +%d' % (int(m.group(1)) - f1.__code__.co_firstlineno), s)
assert [rel(p) for p in printed] == expected, [rel(p) for p in printed]
