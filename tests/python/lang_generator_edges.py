# Generator edge cases: re-entering a running generator, yields and
# returns in finally during close(), throw() of StopIteration and with a
# traceback, exception state inside suspended generators, sending to an
# exhausted generator, nested generators and their frames.
import sys


def check(label, f, expected_repr):
    got = repr(f())
    assert got == expected_repr, (label, got, expected_repr)


def check_raises(label, f, exc_type, msg):
    try:
        f()
    except BaseException as e:
        assert type(e) is exc_type and str(e) == msg, (label, type(e), str(e), exc_type, msg)
    else:
        raise AssertionError(label + ': no ' + exc_type.__name__)

# generator closing itself while running
def g1():
    yield gen1.close()
gen1 = g1()
check_raises('close-running', lambda: next(gen1), ValueError, 'generator already executing')
def g2():
    yield gen2.throw(KeyError)
gen2 = g2()
check_raises('throw-running', lambda: next(gen2), ValueError, 'generator already executing')
def g3():
    yield gen3.send(None)
gen3 = g3()
check_raises('send-running', lambda: next(gen3), ValueError, 'generator already executing')
# finally that yields during close
def g4():
    try:
        yield 1
    finally:
        yield 2
gen4 = g4(); next(gen4)
check_raises('finally-yield-close', lambda: gen4.close(), RuntimeError, 'generator ignored GeneratorExit')
# return value in finally swallowing GeneratorExit
def g5():
    try:
        yield 1
    finally:
        return
gen5 = g5(); next(gen5)
check('finally-return-close', lambda: gen5.close(), 'None')
# throw StopIteration into a generator
def g6():
    yield 1
    yield 2
gen6 = g6(); next(gen6)
check_raises('throw-stopiteration', lambda: gen6.throw(StopIteration), StopIteration, '')
check_raises('after-throw-stop', lambda: next(gen6), StopIteration, '')
# generator that catches and yields on throw
def g7():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            caught.append(str(e))
gen7 = g7(); next(gen7)
caught = []
check('throw-caught', lambda: gen7.throw(ValueError('v')), "'ready'")
assert caught == ['v']
# throw with a traceback
try:
    raise KeyError('k')
except KeyError as e:
    tb = e.__traceback__
gen8 = g6(); next(gen8)
check_raises('throw-tb', lambda: gen8.throw(KeyError, KeyError('x'), tb), KeyError, "'x'")
# yield inside except clause, exc_info preserved
def g9():
    try:
        raise ValueError('inner')
    except ValueError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]
gen9 = g9()
check('g9-1', lambda: next(gen9), "ValueError('inner',)")
check('g9-outside', lambda: sys.exc_info(), '(None, None, None)')
check('g9-2', lambda: next(gen9), "ValueError('inner',)")
check('g9-3', lambda: next(gen9), 'None')
# generator expression with closure over loop variable of class
class CC:
    items = [1, 2]
    gen = list(x for x in items)
check('class-genexp', lambda: CC.gen, '[1, 2]')
# yield as expression statement values
def g10():
    x = yield
    y = yield x
    return
gen10 = g10(); next(gen10)
check('g10-send', lambda: gen10.send('a'), "'a'")
check_raises('g10-send2', lambda: gen10.send('b'), StopIteration, '')
# generator in generator delegation with exceptions
def inner():
    yield 1
    raise ValueError('inner fail')
def outer():
    try:
        for v in inner():
            yield v
    except ValueError as e:
        yield 'handled ' + str(e)
check('nested-gen', lambda: list(outer()), "[1, 'handled inner fail']")
# generator frame locals
def g11(a):
    b = a * 2
    yield
gen11 = g11(3); next(gen11)
check('gi_frame.f_locals', lambda: sorted(gen11.gi_frame.f_locals.items()), "[('a', 3), ('b', 6)]")
check('gi_frame.f_back', lambda: gen11.gi_frame.f_back, 'None')
# exception in generator's finally during close
def g12():
    try:
        yield
    finally:
        raise KeyError('fin')
gen12 = g12(); next(gen12)
check_raises('close-finally-raise', lambda: gen12.close(), KeyError, "'fin'")
# list(gen) with exception mid-way: context
def g13():
    yield 1
    1/0
check_raises('list-gen-error', lambda: list(g13()), ZeroDivisionError, 'division by zero')
# generator used after exception
# send after exhausted
gen14 = g6(); list(gen14)
check_raises('send-exhausted', lambda: gen14.send(1), StopIteration, '')
check_raises('send-exhausted-none', lambda: gen14.send(None), StopIteration, '')
check_raises('throw-exhausted', lambda: gen14.throw(KeyError('z')), KeyError, "'z'")
# generator repr name after rename
def g15(): yield
gg = g15()
check('gen-name', lambda: (gg.__name__, type(gg).__name__), "('g15', 'generator')")
check('gen-code-flags', lambda: g15.__code__.co_flags, '99')
check('genexp-in-func-args', lambda: sum(x*x for x in range(4)), '14')
check_raises('genexp-unparenthesized-2args', lambda: compile('f(x for x in y, 1)', 's', 'exec'), SyntaxError, 'Generator expression must be parenthesized if not sole argument (s, line 1)')
