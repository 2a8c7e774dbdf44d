# sys.setprofile with CPython 3.2's events: call and return for Python
# frames (generators at each resume and yield), c_call, c_return and
# c_exception for built-in functions and methods (not for types or
# unbound method descriptors), no line or exception events; a profile
# function that fails is removed; getprofile.
import sys

events = []


def prof(frame, event, arg):
    co = frame.f_code
    if event.startswith('c_'):
        a = getattr(arg, '__name__', type(arg).__name__)
    elif event == 'return' and not isinstance(arg, (int, str, type(None))):
        a = type(arg).__name__
    else:
        a = arg
    events.append((event, co.co_name, frame.f_lineno - co.co_firstlineno, a))


def f(x):
    l = []
    l.append(x)
    n = len(l)
    d = {}
    d.get(1, 2)
    s = ','.join(['a', 'b'])
    int('5')
    try:
        int('z')
    except ValueError:
        pass
    sorted([3, 1], key=abs)
    max(*[1, 2])
    list.append(l, 3)
    dict.fromkeys([1])
    m = l.append
    m(4)
    return n


def g():
    for i in gen():
        pass
    return f(1)


def gen():
    yield 1
    yield 2


def h():
    sys.setprofile(prof)
    return g()

h()
sys.setprofile(None)
assert events == [
    ('call', 'g', 0, None),
    ('call', 'gen', 0, None),
    ('return', 'gen', 1, 1),
    ('call', 'gen', 1, None),
    ('return', 'gen', 2, 2),
    ('call', 'gen', 2, None),
    ('return', 'gen', 2, None),
    ('call', 'f', 0, None),
    ('c_call', 'f', 2, 'append'),
    ('c_return', 'f', 2, 'append'),
    ('c_call', 'f', 3, 'len'),
    ('c_return', 'f', 3, 'len'),
    ('c_call', 'f', 5, 'get'),
    ('c_return', 'f', 5, 'get'),
    ('c_call', 'f', 6, 'join'),
    ('c_return', 'f', 6, 'join'),
    ('c_call', 'f', 12, 'sorted'),
    ('c_return', 'f', 12, 'sorted'),
    ('c_call', 'f', 13, 'max'),
    ('c_return', 'f', 13, 'max'),
    ('c_call', 'f', 15, 'fromkeys'),
    ('c_return', 'f', 15, 'fromkeys'),
    ('c_call', 'f', 17, 'append'),
    ('c_return', 'f', 17, 'append'),
    ('return', 'f', 18, 1),
    ('return', 'g', 3, 1),
    ('return', 'h', 2, 1),
    ('c_call', '<module>', 53, 'setprofile'),
], events
del events[:]


# Exceptions: c_exception for a failing built-in; a Python frame left by
# an exception returns None.
def pex():
    try:
        len(5)
    except TypeError:
        pass

    def inner():
        raise KeyError(1)
    try:
        inner()
    except KeyError:
        pass

sys.setprofile(prof)
pex()
sys.setprofile(None)
assert [e[:2] + e[3:] for e in events] == [
    ('call', 'pex', None),
    ('c_call', 'pex', 'len'),
    ('c_exception', 'pex', 'len'),
    ('call', 'inner', None),
    ('return', 'inner', None),
    ('return', 'pex', None),
    ('c_call', '<module>', 'setprofile'),
], events
del events[:]
assert sys.getprofile() is None


# A profile function that raises is removed; the exception comes out of
# the profiled code.
def badprof(frame, event, arg):
    if event == 'c_call':
        raise RuntimeError('prof')


def usesbuiltin():
    return abs(-1)

sys.setprofile(badprof)
try:
    usesbuiltin()
except RuntimeError as e:
    assert str(e) == 'prof'
else:
    raise AssertionError('no RuntimeError')
assert sys.getprofile() is None
sys.setprofile(prof)
assert sys.getprofile() is prof
sys.setprofile(None)


# Tracing and profiling at once: both see the call; the trace function
# sees lines.
both = []


def tr(frame, event, arg):
    if frame.f_code.co_name == 'small':
        both.append(('T', event))
    return tr


def pr(frame, event, arg):
    if frame.f_code.co_name == 'small':
        both.append(('P', event))


def small():
    return 1

sys.settrace(tr)
sys.setprofile(pr)
small()
sys.setprofile(None)
sys.settrace(None)
assert both == [('T', 'call'), ('P', 'call'), ('T', 'line'), ('T', 'return'), ('P', 'return')], both
