# The with statement: __enter__/__exit__ protocol, several items,
# suppression by __exit__, exceptions in __enter__ and __exit__, and
# interaction with return/break/continue and generators.
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


class Recorder:
    def __init__(self, name, log, suppress=False, enter_error=None, exit_error=None):
        self.name = name
        self.log = log
        self.suppress = suppress
        self.enter_error = enter_error
        self.exit_error = exit_error

    def __enter__(self):
        self.log.append('enter ' + self.name)
        if self.enter_error is not None:
            raise self.enter_error
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        self.log.append('exit %s %s' % (self.name, typ.__name__ if typ else None))
        if typ is not None:
            assert isinstance(val, typ)
            assert tb is val.__traceback__
        if self.exit_error is not None:
            raise self.exit_error
        return self.suppress


def test_basic_protocol():
    log = []
    with Recorder('a', log) as v:
        log.append('body ' + v)
    assert log == ['enter a', 'body A', 'exit a None']


def test_no_as_target():
    log = []
    with Recorder('a', log):
        pass
    assert log == ['enter a', 'exit a None']


def test_as_target_forms():
    log = []
    class Pair:
        def __enter__(self):
            return (1, 2)
        def __exit__(self, *a):
            pass
    with Pair() as (x, y):
        pass
    assert (x, y) == (1, 2)
    d = {}
    with Pair() as d['k']:
        pass
    assert d == {'k': (1, 2)}
    class O:
        pass
    o = O()
    with Pair() as o.attr:
        pass
    assert o.attr == (1, 2)


def test_several_items_order():
    log = []
    with Recorder('a', log) as a, Recorder('b', log) as b:
        log.append('body %s%s' % (a, b))
    assert log == ['enter a', 'enter b', 'body AB', 'exit b None', 'exit a None'], log


def test_several_items_exception():
    log = []
    def f():
        with Recorder('a', log), Recorder('b', log):
            raise KeyError
    expect(KeyError, None, f)
    assert log == ['enter a', 'enter b', 'exit b KeyError', 'exit a KeyError'], log


def test_inner_suppresses():
    log = []
    with Recorder('a', log), Recorder('b', log, suppress=True):
        raise KeyError
    assert log == ['enter a', 'enter b', 'exit b KeyError', 'exit a None'], log


def test_suppression_truthiness():
    log = []
    for value in (1, 'yes', [0]):
        with Recorder('s', log, suppress=value):
            raise ValueError
    for value in (0, '', None, []):
        try:
            with Recorder('n', log, suppress=value):
                raise ValueError
        except ValueError:
            pass
        else:
            raise AssertionError(value)


def test_suppressed_exception_clears_exc_info():
    log = []
    with Recorder('a', log, suppress=True):
        raise KeyError
    assert sys.exc_info() == (None, None, None)


def test_enter_raises():
    log = []
    def f():
        with Recorder('a', log), Recorder('b', log, enter_error=ValueError('e')):
            log.append('body')
    expect(ValueError, 'e', f)
    assert log == ['enter a', 'enter b', 'exit a ValueError'], log


def test_exit_raises():
    log = []
    def f():
        with Recorder('a', log, exit_error=IndexError('x')):
            raise KeyError('k')
    e = expect(IndexError, 'x', f)
    assert type(e.__context__) is KeyError
    log = []
    def g():
        with Recorder('a', log, exit_error=IndexError('x')):
            pass
    e = expect(IndexError, 'x', g)
    assert e.__context__ is None


def test_exit_called_with_exception_triple():
    got = []
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *args):
            got.append(args)
            return True
    with CM():
        raise ValueError('v')
    (t, v, tb), = got
    assert t is ValueError and v.args == ('v',) and type(tb).__name__ == 'traceback'
    del got[:]
    with CM():
        pass
    assert got == [(None, None, None)]


def test_return_break_continue_call_exit():
    log = []
    def f():
        with Recorder('r', log):
            return 'value'
    assert f() == 'value'
    for i in range(2):
        with Recorder('b%d' % i, log):
            break
    for i in range(2):
        with Recorder('c%d' % i, log):
            continue
    assert log == ['enter r', 'exit r None', 'enter b0', 'exit b0 None',
                   'enter c0', 'exit c0 None', 'enter c1', 'exit c1 None'], log


def test_exit_suppressing_return_value_not_replacing():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            return True
    def f():
        with CM():
            return 1
        return 2
    assert f() == 1


def test_missing_methods():
    class NoEnter:
        def __exit__(self, *a):
            pass
    class NoExit:
        def __enter__(self):
            pass
    def f():
        with NoEnter():
            pass
    def g():
        with NoExit():
            pass
    expect(AttributeError, '__enter__', f)
    expect(AttributeError, '__exit__', g)


def test_enter_looked_up_on_type():
    class CM:
        def __enter__(self):
            return 'type'
        def __exit__(self, *a):
            pass
    c = CM()
    c.__enter__ = lambda: 'instance'
    with c as v:
        pass
    assert v == 'type'


def test_exit_looked_up_before_enter():
    log = []
    class OnlyEnter:
        def __enter__(self):
            log.append('entered')
    try:
        with OnlyEnter():
            pass
    except AttributeError:
        pass
    assert log == [], log


def test_with_in_generator_closed():
    log = []
    def gen():
        with Recorder('g', log):
            yield 1
            yield 2
    it = gen()
    next(it)
    it.close()
    assert log == ['enter g', 'exit g GeneratorExit'], log


def test_with_exception_in_body_context():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, t, v, tb):
            self.ctx = sys.exc_info()[0]
            return False
    c = CM()
    try:
        with c:
            raise KeyError
    except KeyError:
        pass
    # during __exit__ the exception is the one being handled
    assert c.ctx is KeyError, c.ctx
    with c:
        pass
    assert c.ctx is None, c.ctx


def test_nested_with_statements_equivalent():
    log1, log2 = [], []
    with Recorder('a', log1), Recorder('b', log1):
        pass
    with Recorder('a', log2):
        with Recorder('b', log2):
            pass
    assert log1 == log2


def test_file_as_context_manager():
    s = open(sys.argv[0], 'rb')
    with s as f:
        assert f is s
        assert f.read(1) == b'#'
    assert s.closed


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
