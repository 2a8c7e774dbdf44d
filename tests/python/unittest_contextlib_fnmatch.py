# contextlib and fnmatch, which unittest's loader and doctest's users
# rely on: 3.2's behaviour and messages.
import contextlib
import fnmatch

log = []


@contextlib.contextmanager
def managed(value):
    log.append('enter')
    try:
        yield value
    except KeyError:
        log.append('caught KeyError')
    log.append('exit')

with managed(3) as v:
    assert v == 3
assert log == ['enter', 'exit']

del log[:]
with managed(4):
    raise KeyError('suppressed by the generator')
assert log == ['enter', 'caught KeyError', 'exit']

try:
    with managed(5):
        raise ValueError('through')
except ValueError as e:
    assert str(e) == 'through'
else:
    raise AssertionError('ValueError swallowed')


@managed(7)
def decorated(a):
    log.append('body %d' % a)
    return a * 2

del log[:]
assert decorated(1) == 2 and decorated(2) == 4
assert log == ['enter', 'body 1', 'exit', 'enter', 'body 2', 'exit']
assert decorated.__name__ == 'decorated'
assert managed.__name__ == 'managed'
assert isinstance(managed(1), contextlib.ContextDecorator)


def runtime_error(gen_func):
    try:
        with contextlib.contextmanager(gen_func)():
            raise ZeroDivisionError
    except RuntimeError as e:
        return str(e)
    except ZeroDivisionError:
        return 'ZeroDivisionError'


def two_yields():
    yield 1
    yield 2

def no_yield():
    if False:
        yield

def swallow_and_yield():
    try:
        yield
    except ZeroDivisionError:
        pass
    yield

assert runtime_error(no_yield) == "generator didn't yield"
assert runtime_error(swallow_and_yield) == "generator didn't stop after throw()"
try:
    with contextlib.contextmanager(two_yields)():
        pass
except RuntimeError as e:
    assert str(e) == "generator didn't stop"


# A StopIteration raised in the block is not swallowed.
@contextlib.contextmanager
def plain():
    yield

try:
    with plain():
        raise StopIteration('mine')
except StopIteration as e:
    assert str(e) == 'mine'
else:
    raise AssertionError('StopIteration swallowed')


class Closable:
    closed = False
    def close(self):
        self.closed = True

thing = Closable()
with contextlib.closing(thing) as t:
    assert t is thing and not thing.closed
assert thing.closed


class Reusable(contextlib.ContextDecorator):
    def __enter__(self):
        log.append('in')
    def __exit__(self, *exc):
        log.append('out')
        return False

@Reusable()
def wrapped():
    log.append('wrapped')

del log[:]
wrapped()
assert log == ['in', 'wrapped', 'out']
assert sorted(contextlib.__all__) == ['ContextDecorator', 'closing', 'contextmanager']


# fnmatch.
assert fnmatch.translate('*.py') == '.*\\.py\\Z(?ms)'
assert fnmatch.translate('a?[!b-d]x') == 'a.[^b-d]x\\Z(?ms)'
assert fnmatch.translate('[]]') == '[]]\\Z(?ms)'
assert fnmatch.translate('[!]') == '\\[\\!\\]\\Z(?ms)'
assert fnmatch.translate('[a') == '\\[a\\Z(?ms)'
assert fnmatch.translate('[^a]') == '[\\^a]\\Z(?ms)'
assert fnmatch.fnmatch('test_x.py', 'test*.py')
assert not fnmatch.fnmatch('xtest.py', 'test*.py')
assert fnmatch.fnmatch('a\nb', 'a?b')
assert fnmatch.fnmatchcase('ABC', 'A[B]C') and not fnmatch.fnmatchcase('abc', 'A*')
assert fnmatch.fnmatchcase(b'ab', b'a?')
assert fnmatch.fnmatch('^', '[^a]') and not fnmatch.fnmatch('b', '[^a]')
assert fnmatch.filter(['a.py', 'b.txt', 'c.py'], '*.py') == ['a.py', 'c.py']
