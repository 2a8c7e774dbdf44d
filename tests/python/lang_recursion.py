# The recursion limit: RuntimeError('maximum recursion depth exceeded')
# from runaway recursion of Python functions, methods and containers'
# reprs; the interpreter keeps working afterwards; sys.setrecursionlimit.
import sys


def expect(exc_type, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except BaseException as e:
        assert type(e) is exc_type, (type(e), exc_type, str(e))
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError('no %s raised' % exc_type.__name__)


def test_default_limit():
    assert sys.getrecursionlimit() == 1000


def test_runaway_function():
    def down(n):
        return down(n + 1)
    expect(RuntimeError, 'maximum recursion depth exceeded', down, 0)


def test_interpreter_survives_and_depth_is_reasonable():
    def depth(n=0):
        try:
            return depth(n + 1)
        except RuntimeError:
            return n
    d = depth()
    assert 900 < d < 1000, d
    # everything still works afterwards, repeatedly
    for i in range(3):
        assert depth() == d
    assert sum(range(10)) == 45


def test_mutual_recursion():
    def ping(n):
        return pong(n + 1)
    def pong(n):
        return ping(n + 1)
    expect(RuntimeError, 'maximum recursion depth exceeded', ping, 0)


def test_recursion_in_method():
    class Node:
        def walk(self):
            return self.walk()
    expect(RuntimeError, 'maximum recursion depth exceeded', Node().walk)


def test_set_recursion_limit():
    old = sys.getrecursionlimit()
    try:
        sys.setrecursionlimit(60)
        assert sys.getrecursionlimit() == 60
        def depth(n=0):
            try:
                return depth(n + 1)
            except RuntimeError:
                return n
        shallow = depth()
        assert shallow < 60, shallow
        sys.setrecursionlimit(2000)
        deep = depth()
        assert 1900 < deep < 2000, deep
    finally:
        sys.setrecursionlimit(old)
    expect(ValueError, 'recursion limit must be positive', sys.setrecursionlimit, 0)
    expect(ValueError, 'recursion limit must be positive', sys.setrecursionlimit, -5)
    expect(TypeError, 'an integer is required', sys.setrecursionlimit, 'x')


def test_deep_but_legal_recursion():
    def count(n):
        return 0 if n == 0 else 1 + count(n - 1)
    assert count(900) == 900


def test_recursive_container_repr():
    a = []
    a.append(a)
    assert repr(a) == '[[...]]'
    d = {}
    d['self'] = d
    assert repr(d) == "{'self': {...}}"
    b = [1]
    c = [b, b]
    assert repr(c) == '[[1], [1]]'


def test_deeply_nested_list_repr():
    l = []
    for i in range(5000):
        l = [l]
    expect(RuntimeError, 'maximum recursion depth exceeded while getting the repr of a list', repr, l)
    t = ()
    for i in range(5000):
        t = (t,)
    expect(RuntimeError, 'maximum recursion depth exceeded while getting the repr of a tuple', repr, t)


def test_recursion_through_generators():
    def gen(n):
        yield next(gen(n + 1))
    expect(RuntimeError, 'maximum recursion depth exceeded', next, gen(0))


def test_recursion_error_is_catchable_in_finally():
    log = []
    def down():
        try:
            down()
        finally:
            pass
    try:
        down()
    except RuntimeError as e:
        log.append(str(e))
    assert log == ['maximum recursion depth exceeded']


def test_exec_and_eval_recursion():
    def f(n):
        return eval('f(n + 1)', {'f': f, 'n': n})
    expect(RuntimeError, None, f, 0)


def test_deeply_nested_comparison():
    def nest(make):
        x = None
        for i in range(5000):
            x = make(x)
        return x
    for make in (lambda x: [x], lambda x: (x,), lambda x: {1: x}):
        a, b = nest(make), nest(make)
        expect(RuntimeError, 'maximum recursion depth exceeded in comparison', lambda: a == b)
    a, b = nest(lambda x: [x]), nest(lambda x: [x])
    expect(RuntimeError, 'maximum recursion depth exceeded in comparison', lambda: a < b)


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()


# A class whose __call__ is one of its own instances calls itself forever
# without a Python frame: RuntimeError, as CPython's PyObject_Call counts
# the depth, and the interpreter goes on.
class _SelfCaller:
    pass
_SelfCaller.__call__ = _SelfCaller()
try:
    _SelfCaller()()
except RuntimeError as e:
    assert str(e).startswith('maximum recursion depth exceeded'), str(e)
else:
    raise AssertionError('no RuntimeError')
assert len([1, 2]) == 2

# A class whose __repr__ is object.__str__ (which calls repr) recurses
# through slot wrappers only: RuntimeError too.
class _ReprStr:
    pass
_ReprStr.__repr__ = object.__str__
try:
    repr(_ReprStr())
except RuntimeError as e:
    assert str(e).startswith('maximum recursion depth exceeded'), str(e)
else:
    raise AssertionError('no RuntimeError')
