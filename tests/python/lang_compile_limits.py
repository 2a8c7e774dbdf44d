# Control flow and compiler limits: finally with break/continue/return,
# CPython 3.2's limits (20 nested blocks, 255 arguments), code large
# enough to need EXTENDED_ARG, long elif chains, the constants left by
# constant folding (co_consts after the peephole pass, quirks included),
# and names seen from lambdas in class bodies.
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

def f1():
    out = []
    for i in range(4):
        try:
            if i == 1: continue
            if i == 3: break
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
check('continue-in-try', f1, "[0, 'f0', 'f1', 2, 'f2', 'f3']")
def f2():
    try:
        raise KeyError
    except KeyError:
        return 'except'
    finally:
        return 'finally'
check('finally-overrides-except-return', f2, "'finally'")
def f4():
    x = []
    try:
        try:
            return x
        finally:
            x.append(1)
    finally:
        x.append(2)
check('nested-finally-mutate', f4, '[1, 2]')
def f5():
    log = []
    def g():
        for i in range(5):
            log.append(i)
            yield i > 1
    r = any(g())
    return r, log
check('any-short-circuit', f5, '(True, [0, 1, 2])')
def deep(n):
    src = ''
    for i in range(n):
        src += '    ' * i + 'for i%d in range(1):\n' % i
    src += '    ' * n + 'pass\n'
    return src
check('nested-blocks-20', lambda: (compile(deep(20), 's', 'exec'), 'ok')[1], "'ok'")
check_raises('nested-blocks-21', lambda: compile(deep(21), 's', 'exec'), SystemError, 'too many statically nested blocks')
check_raises('nested-try-21', lambda: compile(''.join('    ' * i + 'try:\n' for i in range(21)) + '    ' * 21 + 'pass\n' + ''.join('    ' * i + 'finally:\n' + '    ' * (i + 1) + 'pass\n' for i in reversed(range(21))), 's', 'exec'), SystemError, 'too many statically nested blocks')
check('args-255', lambda: compile('def f(%s): pass' % ', '.join('a%d' % i for i in range(255)), 's', 'exec') and 'ok', "'ok'")
check_raises('args-256', lambda: compile('def f(%s): pass' % ', '.join('a%d' % i for i in range(256)), 's', 'exec'), SyntaxError, 'more than 255 arguments (s, line 1)')
check_raises('call-256', lambda: compile('f(%s)' % ', '.join(str(i) for i in range(256)), 's', 'exec'), SyntaxError, 'more than 255 arguments (s, line 1)')
check('call-255', lambda: compile('f(%s)' % ', '.join(str(i) for i in range(255)), 's', 'exec') and 'ok', "'ok'")
check_raises('call-kw-256', lambda: compile('f(%s)' % ', '.join('a%d=1' % i for i in range(256)), 's', 'exec'), SyntaxError, 'more than 255 arguments (s, line 1)')
check('call-star-many', lambda: (lambda *a: len(a))(*range(100000)), '100000')
check_raises('kwonly-256', lambda: compile('def f(*, %s): pass' % ', '.join('a%d' % i for i in range(256)), 's', 'exec'), SyntaxError, 'more than 255 arguments (s, line 1)')
def big_function():
    n = 70000
    src = 'def big(x):\n    r = 0\n' + ''.join('    if x == %d: r += %d\n' % (i, i * 3) for i in range(n)) + '    return r\n'
    ns = {}
    exec(src, ns)
    return ns['big'](5), ns['big'](n - 1), ns['big'](-1), len(ns['big'].__code__.co_consts)
check('extended-arg', big_function, '(15, 209997, 0, 116667)')
def long_elif():
    src = 'def f(x):\n    if x == 0: return 0\n' + ''.join('    elif x == %d: return %d\n' % (i, i) for i in range(1, 3000)) + '    else: return -1\n'
    ns = {}; exec(src, ns)
    return ns['f'](2999), ns['f'](5000)
check('long-elif', long_elif, '(2999, -1)')
check('fold-limit', lambda: [c for c in (lambda: 'a' * 21).__code__.co_consts if isinstance(c, str)] + [c for c in (lambda: 'a' * 20).__code__.co_consts if isinstance(c, str)], "['a', 'a', 'aaaaaaaaaaaaaaaaaaaa']")
check('fold-tuple', lambda: (lambda: (1, 2) * 3).__code__.co_consts, '(None, 1, 2, 3, (1, 2), (1, 2, 1, 2, 1, 2))')
check('fold-neg', lambda: (lambda: -(2 ** 63)).__code__.co_consts, '(None, 2, 63, 9223372036854775808, -9223372036854775808)')
check('fold-div0', lambda: (lambda: 1 / 0).__code__.co_consts, '(None, 1, 0)')
check('fold-big-pow', lambda: len((lambda: 2 ** 1000).__code__.co_consts), '4')
check('fold-in', lambda: (lambda x: x in [1, 2]).__code__.co_consts, '(None, 1, 2, (1, 2))')
check('fold-not-in', lambda: (lambda x: x not in {1, 2}).__code__.co_consts, '(None, 1, 2, frozenset({1, 2}))')
check('fold-unary-not', lambda: (lambda x: not x).__code__.co_consts, '(None,)')
check('fold-str-index', lambda: (lambda: 'abc'[1]).__code__.co_consts, "(None, 'abc', 1)")
check('fold-bytes', lambda: (lambda: b'ab' * 2).__code__.co_consts, "(None, b'ab', 2, b'abab')")
check('fold-float', lambda: (lambda: 1.5 * 2).__code__.co_consts, '(None, 1.5, 2, 3.0)')
check('fold-complex', lambda: (lambda: 1 + 2j).__code__.co_consts, '(None, 1, 2j, (1+2j))')
check('fold-bool', lambda: (lambda: True + 1).__code__.co_consts, '(None, 1, True, 2)')
check('fold-none-const', lambda: (lambda: None).__code__.co_consts, '(None,)')
check('fold-docstring-consts', lambda: (lambda: 'x').__code__.co_consts, "(None, 'x')")
check('fold-shift', lambda: (lambda: 1 << 100).__code__.co_consts, '(None, 1, 100, 1267650600228229401496703205376)')
check('const-dedup', lambda: (lambda: (1, 1.0, True, 0, -0.0, 0.0)).__code__.co_consts, '(None, 1, 1.0, 0, 0.0, True)')
check('const-dedup2', lambda: (lambda: [1, 1.0, True]).__code__.co_consts, '(None, 1, 1.0, True)')
check('const-dedup3', lambda: (lambda: [0.0, -0.0, 0j]).__code__.co_consts, '(None, 0.0, 0j)')
def fl():
    x = 1
    sys._getframe().f_locals['x'] = 2
    return x
check('f_locals-write', fl, '1')
check('exec-nonlocal', lambda: exec('def a():\n    x = 1\n    def b():\n        nonlocal x\n        x = 2\n    b()\n    return x\nr = a()', {}) , 'None')
check('lambda-default-class', lambda: (lambda K: K.f())(type('K', (), {'f': staticmethod(lambda y=5: y)})), '5')
def class_lambda():
    class K:
        v = 3
        f = lambda self, y=v: y
    return K().f()
check('class-lambda-default', class_lambda, '3')
def class_genexp_free():
    class K:
        v = 3
        g = [lambda: v for _ in range(1)]
    return K.g[0]()
check_raises('class-lambda-free', class_genexp_free, NameError, "global name 'v' is not defined")
