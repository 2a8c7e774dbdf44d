# Scope edge cases: nonlocal and global inside class bodies, a class
# attribute named __class__, closures over deleted and late-bound names,
# comprehensions and lambdas in class bodies, exec with split globals and
# locals, and the compile-time scope errors.



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
    x = 1
    class C:
        nonlocal x
        x = 2
    return x
check('class-nonlocal', f1, '2')
gx = 'g'
def f2():
    class C:
        global gx
        gx = 'set in class'
    return gx
check('class-global', f2, "'set in class'")
def f3():
    class C:
        def m(self): return super()
        __class__ = 'shadow'
    return C.__class__, C().m().__thisclass__.__name__, C.__dict__.get('__class__')
check('class-dunder-class-attr', f3, "(<class 'type'>, 'C', None)")
def f4():
    class C:
        def m(self): return __class__
    C2 = C
    del C
    return C2().m().__name__
check('class-cell-after-del', f4, "'C'")
def f5():
    x = 'outer'
    def g():
        return [x for _ in range(1)] + [(lambda: x)()]
    return g()
check('comprehension-free', f5, "['outer', 'outer']")
def f6():
    def g():
        yield x
    x = 5
    return list(g())
check('gen-free-late', f6, '[5]')
def f7():
    fs = []
    for i in range(3):
        def g(): return i
        fs.append(g)
    del i
    try:
        return [f() for f in fs]
    except NameError as e:
        return str(e)
check('loop-del-closure', f7, '"free variable \'i\' referenced before assignment in enclosing scope"')
def f8():
    x = 1
    def g():
        x = 2
        def h():
            nonlocal x
            x = 3
        h()
        return x
    return g(), x
check('nonlocal-nearest', f8, '(3, 1)')
def f9():
    src = 'x = 1\ndef f():\n    global x\n    x = 2\nf()\n'
    g = {}; l = {}
    exec(src, g, l)
    return g.get('x'), l.get('x')
check('exec-global-split', f9, '(2, None)')
def f10():
    def outer():
        v = 1
        class C:
            v = 2
            def m(self):
                return v
        return C().m()
    return outer()
check('method-skips-class-scope', f10, '1')
def f11():
    class C:
        a = 1
        b = [a for _ in range(1)] if False else None
        c = (lambda: a)
    try: return C.c()
    except NameError as e: return str(e)
check('class-lambda-no-class-scope', f11, '"global name \'a\' is not defined"')
def f12():
    import sys
    def g():
        return sys.exc_info()[0]
    try:
        raise KeyError
    except KeyError:
        pass
    return g()
check('excinfo-cleared', f12, 'None')
def f13():
    x = 0
    def inc():
        nonlocal x
        x += 1
        return x
    return [inc() for _ in range(3)], x
check('nonlocal-in-listcomp', f13, '([1, 2, 3], 3)')
def f14():
    return [lambda: i for i in range(2)][0]()
check('listcomp-lambda-late', f14, '1')
def f15():
    return list(map(lambda f: f(), (lambda: i for i in range(2))))
check('genexp-lambda', f15, '[0, 1]')
def f16():
    y = 10
    return {k: (lambda: k * y)() for k in range(2)}
check('dictcomp-closure', f16, '{0: 0, 1: 10}')
def f17():
    try:
        exec('nonlocal x')
    except SyntaxError as e:
        return str(e)
check('exec-nonlocal-module', f17, "'nonlocal declaration not allowed at module level'")
def f18():
    return eval('[x for x in range(3)]'), eval('(lambda: 7)()')
check('eval-comp', f18, '([0, 1, 2], 7)')
def f19():
    return (lambda a, b=2: a + b)(1), (lambda *a, **k: (a, k))(1, x=2)
check('lambda-args', f19, "(3, ((1,), {'x': 2}))")
check_raises('import-star-in-class', lambda: compile('class C:\n    from sys import *\n', 's', 'exec'), SyntaxError, 'import * only allowed at module level (s, line 1)')
check_raises('global-param', lambda: compile('def f(x):\n    global x\n', 's', 'exec'), SyntaxError, "name 'x' is parameter and global (s, line 1)")
check_raises('nonlocal-global-conflict', lambda: compile('def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n', 's', 'exec'), SyntaxError, "name 'x' is nonlocal and global")
check('del-cell-in-nested-3.2', lambda: compile('def f():\n    x = 1\n    def g(): return x\n    del x\n', 's', 'exec') and 'ok', "'ok'")
check('exec-in-nested-func', lambda: compile('def f():\n    x = 1\n    def g(): return x\n    exec("y=1")\n', 's', 'exec') and 'ok', "'ok'")
check_raises('import-star-nested', lambda: compile('def f():\n    from sys import *\n    def g(): return x\n', 's', 'exec'), SyntaxError, 'import * only allowed at module level (s, line 1)')
