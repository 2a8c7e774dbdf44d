# Scopes: closures and cells, nonlocal, global, del of a name a nested
# function uses (legal since 3.2), comprehension scopes, lambda, and how
# class bodies see names.

def expect(exc_type, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except BaseException as e:
        assert type(e) is exc_type, (type(e), exc_type, str(e))
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError('no %s raised' % exc_type.__name__)


def test_closure_sees_later_binding():
    def outer():
        def inner():
            return x
        x = 1
        r1 = inner()
        x = 2
        return r1, inner()
    assert outer() == (1, 2)


def test_closure_counter_nonlocal():
    def make():
        n = 0
        def inc(by=1):
            nonlocal n
            n += by
            return n
        def get():
            return n
        return inc, get
    inc, get = make()
    inc(); inc(); inc(5)
    assert get() == 7, get()
    inc2, get2 = make()
    assert inc2() == 1 and get() == 7


def test_closure_cells_attributes():
    def outer():
        a = 'A'
        b = 'B'
        def inner():
            return a + b
        return inner
    f = outer()
    assert f.__code__.co_freevars == ('a', 'b'), f.__code__.co_freevars
    assert outer.__code__.co_cellvars == ('a', 'b'), outer.__code__.co_cellvars
    assert [c.cell_contents for c in f.__closure__] == ['A', 'B']
    assert type(f.__closure__) is tuple and len(f.__closure__) == 2
    assert outer.__closure__ is None


def test_loop_variable_captured_late():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    assert [f() for f in fs] == [2, 2, 2]
    fs = [lambda i=i: i for i in range(3)]
    assert [f() for f in fs] == [0, 1, 2]


def test_unbound_free_variable():
    def outer():
        def inner():
            return v
        r = inner
        return r
        v = 1
    e = expect(NameError, "free variable 'v' referenced before assignment in enclosing scope", outer())


def test_unbound_local():
    def f():
        x = x + 1
    expect(UnboundLocalError, "local variable 'x' referenced before assignment", f)
    def g():
        print(y)
        y = 2
    e = expect(UnboundLocalError, "local variable 'y' referenced before assignment", g)
    assert isinstance(e, NameError)


def test_nonlocal_skips_levels():
    def a():
        x = 'a'
        def b():
            def c():
                nonlocal x
                x = 'c'
            c()
            return x
        r = b()
        return r, x
    assert a() == ('c', 'c')


def test_nonlocal_in_nested_nonlocal_chain():
    def a():
        x = 0
        def b():
            nonlocal x
            x += 1
            def c():
                nonlocal x
                x += 10
            c()
        b(); b()
        return x
    assert a() == 22


def test_nonlocal_syntax_errors():
    expect(SyntaxError, "no binding for nonlocal 'q' found",
           compile, "def f():\n    nonlocal q\n", "<s>", "exec")
    expect(SyntaxError, "nonlocal declaration not allowed at module level",
           compile, "nonlocal q\n", "<s>", "exec")
    expect(SyntaxError, "name 'x' is parameter and nonlocal",
           compile, "def g():\n    x = 1\n    def f(x):\n        nonlocal x\n", "<s>", "exec")


def test_global_statement():
    global G_VALUE
    G_VALUE = 1
    def setter(v):
        global G_VALUE
        G_VALUE = v
    setter(5)
    assert G_VALUE == 5
    assert globals()['G_VALUE'] == 5
    def deleter():
        global G_VALUE
        del G_VALUE
    deleter()
    assert 'G_VALUE' not in globals()
    def reader():
        return G_VALUE
    expect(NameError, "global name 'G_VALUE' is not defined", reader)


def test_global_in_nested_overrides_enclosing():
    global G_OTHER
    G_OTHER = 'global'
    def outer():
        G_OTHER = 'local'
        def inner():
            global G_OTHER
            return G_OTHER
        return inner(), G_OTHER
    assert outer() == ('global', 'local')
    del G_OTHER


def test_module_name_error():
    def f():
        return undefined_name_xyz
    expect(NameError, "global name 'undefined_name_xyz' is not defined", f)
    expect(NameError, "name 'undefined_name_xyz' is not defined",
           exec, "undefined_name_xyz", {})


def test_del_name_used_by_nested_function():
    def outer():
        x = 1
        def inner():
            return x
        r = inner()
        del x
        return r, inner
    r, inner = outer()
    assert r == 1
    expect(NameError, "free variable 'x' referenced before assignment in enclosing scope", inner)

    def outer2():
        y = 1
        def inner():
            return y
        del y
        y = 3
        return inner()
    assert outer2() == 3

    def outer3():
        z = 1
        def inner():
            return z
        del z
        del z
    expect(UnboundLocalError, "local variable 'z' referenced before assignment", outer3)


def test_del_local():
    def f():
        a = 1
        del a
        return a
    expect(UnboundLocalError, "local variable 'a' referenced before assignment", f)
    def g():
        del b
        b = 1
    expect(UnboundLocalError, "local variable 'b' referenced before assignment", g)


def test_comprehension_scopes():
    x = 'outer'
    r = [x for x in range(3)]
    assert r == [0, 1, 2] and x == 'outer'
    s = {x for x in 'ab'}
    assert s == {'a', 'b'} and x == 'outer'
    d = {x: x * 2 for x in (1, 2)}
    assert d == {1: 2, 2: 4} and x == 'outer'
    g = list(x for x in range(2))
    assert g == [0, 1] and x == 'outer'
    # comprehensions see the enclosing function's names as free variables
    y = 10
    assert [y + i for i in range(2)] == [10, 11]
    # nested comprehension
    assert [(i, j) for i in range(2) for j in range(i)] == [(1, 0)]
    assert [[j for j in range(i)] for i in range(3)] == [[], [0], [0, 1]]


def test_comprehension_first_iterable_evaluated_outside():
    class C:
        items = [1, 2, 3]
        doubled = [v * 2 for v in items]
        try:
            bad = [v for v in items if v in items]
        except NameError as e:
            err = str(e)
    assert C.doubled == [2, 4, 6]
    assert C.err == "global name 'items' is not defined", C.err


def test_comprehension_variables_not_leaked():
    def f():
        [leak for leak in range(3)]
        return leak
    expect(NameError, "global name 'leak' is not defined", f)


def test_lambda():
    f = lambda a, b=2, *c, d, e=5, **k: (a, b, c, d, e, k)
    assert f(1, d=4) == (1, 2, (), 4, 5, {})
    assert f(1, 3, 9, d=4, z=0) == (1, 3, (9,), 4, 5, {'z': 0})
    assert f.__name__ == '<lambda>'
    assert (lambda: (yield))().__next__() is None
    adders = [(lambda n: lambda x: x + n)(n) for n in range(3)]
    assert [a(10) for a in adders] == [10, 11, 12]
    assert (lambda *a: a)() == ()
    assert (lambda: 1).__code__.co_argcount == 0


def test_class_body_scope():
    v = 'function'
    class C:
        v = 'class'
        w = v
        def m(self):
            return v
    assert C.w == 'class'
    assert C().m() == 'function'


def test_class_body_free_variable():
    def f():
        a = 1
        class C:
            b = a + 1
            def get(self):
                return a
        return C
    C = f()
    assert C.b == 2 and C().get() == 1


def test_class_body_local_shadows_free():
    # In 3.2 a name bound in the class body is looked up in the class
    # namespace, then globals and builtins: never the enclosing function.
    def f():
        x = 'enclosing'
        class C:
            y = x
            x = 'class'
        return C
    expect(NameError, "name 'x' is not defined", f)
    def g():
        x = 'enclosing'
        class C:
            x = 'class'
            z = x
        return C
    assert g().z == 'class'


def test_class_body_global_fallback():
    global G_CLS
    G_CLS = 'g'
    class C:
        r = G_CLS
    assert C.r == 'g'
    del G_CLS


def test_locals_and_vars():
    def f(a):
        b = 2
        return sorted(locals().items())
    assert f(1) == [('a', 1), ('b', 2)]
    def g():
        c = 3
        def h():
            return c
        return sorted(locals())
    assert g() == ['c', 'h']


def test_default_arguments_evaluated_once():
    def f(a, acc=[]):
        acc.append(a)
        return acc
    f(1)
    assert f(2) == [1, 2]
    n = 1
    def g(x=n):
        return x
    n = 2
    assert g() == 1
    assert g.__defaults__ == (1,)


def test_recursive_closure():
    def outer():
        def fact(n):
            return 1 if n <= 1 else n * fact(n - 1)
        return fact
    assert outer()(10) == 3628800


def test_exec_namespaces():
    g = {}
    l = {}
    exec("a = 1\ndef f():\n    return a\n", g, l)
    assert l['a'] == 1 and 'f' in l
    assert 'a' not in g
    assert '__builtins__' in g
    # f's globals are g, where a was not stored
    expect(NameError, "global name 'a' is not defined", l['f'])
    g2 = {}
    exec("a = 1\ndef f():\n    return a\nb = f()", g2)
    assert g2['b'] == 1


def test_class_body_locals_is_namespace():
    class K:
        locals()['dyn'] = 1
        v = 2
        names = sorted(k for k in locals() if not k.startswith('__'))
    assert K.dyn == 1 and K.names == ['dyn', 'v'], K.names


def test_exec_does_not_change_fast_locals():
    def f():
        a = 1
        exec('a = 2')
        return a
    assert f() == 1


def test_del_global_without_declaration_is_local():
    def f():
        del some_global_name
    expect(UnboundLocalError, "local variable 'some_global_name' referenced before assignment", f)


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
