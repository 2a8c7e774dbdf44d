# Function calls: positional, keyword, default, keyword-only, *args and
# **kwargs parameters; argument evaluation order; function attributes;
# and CPython 3.2's TypeError message for each kind of argument mismatch,
# for Python functions, methods and built-in functions.


def expect(exc_type, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except BaseException as e:
        assert type(e) is exc_type, (type(e), exc_type, str(e))
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError('no %s raised' % exc_type.__name__)


def f0(): pass
def f1(a): pass
def f2(a, b): pass
def fd(a, b=1): pass
def fdd(a=1, b=2): pass
def fv(a, *args): pass
def fk(a, **kw): pass
def fko(a, *, k): pass
def fko2(*, k, j): pass
def fkod(a, *, k=1): pass
def fkod2(a, b=2, *, k, m=3): pass
def fall(a, b=1, *args, k, m=2, **kw): pass


# (call, message)
PYTHON_FUNCTION_ERRORS = [
    ('f0(1)', 'f0() takes no arguments (1 given)'),
    ('f0(1, 2)', 'f0() takes no arguments (2 given)'),
    ('f0(a=1)', 'f0() takes no arguments (1 given)'),
    ('f0(*[1])', 'f0() takes no arguments (1 given)'),
    ('f0(**{"a": 1})', 'f0() takes no arguments (1 given)'),
    ('f1()', 'f1() takes exactly 1 argument (0 given)'),
    ('f1(1, 2)', 'f1() takes exactly 1 positional argument (2 given)'),
    ('f1(b=1)', "f1() got an unexpected keyword argument 'b'"),
    ('f1(1, a=2)', "f1() got multiple values for keyword argument 'a'"),
    ('f1(1, b=2)', "f1() got an unexpected keyword argument 'b'"),
    ('f1(**{"a": 1, "b": 2})', "f1() got an unexpected keyword argument 'b'"),
    ('f2()', 'f2() takes exactly 2 arguments (0 given)'),
    ('f2(1)', 'f2() takes exactly 2 arguments (1 given)'),
    ('f2(b=1)', 'f2() takes exactly 2 arguments (1 given)'),
    ('f2(1, 2, 3)', 'f2() takes exactly 2 positional arguments (3 given)'),
    ('f2(1, 2, c=3)', "f2() got an unexpected keyword argument 'c'"),
    ('f2(1, a=1)', "f2() got multiple values for keyword argument 'a'"),
    ('f2(a=1)', 'f2() takes exactly 2 arguments (1 given)'),
    ('fd()', 'fd() takes at least 1 argument (0 given)'),
    ('fd(1, 2, 3)', 'fd() takes at most 2 positional arguments (3 given)'),
    ('fd(b=2)', 'fd() takes at least 1 argument (1 given)'),
    ('fd(1, 2, b=3)', "fd() got multiple values for keyword argument 'b'"),
    ('fd(1, c=1)', "fd() got an unexpected keyword argument 'c'"),
    ('fdd(1, 2, 3)', 'fdd() takes at most 2 positional arguments (3 given)'),
    ('fdd(c=1)', "fdd() got an unexpected keyword argument 'c'"),
    ('fdd(1, a=2)', "fdd() got multiple values for keyword argument 'a'"),
    ('fv()', 'fv() takes at least 1 argument (0 given)'),
    ('fv(b=1)', "fv() got an unexpected keyword argument 'b'"),
    ('fv(1, a=2)', "fv() got multiple values for keyword argument 'a'"),
    ('fv(1, 2, a=3)', "fv() got multiple values for keyword argument 'a'"),
    ('fk()', 'fk() takes exactly 1 argument (0 given)'),
    ('fk(1, 2)', 'fk() takes exactly 1 positional argument (2 given)'),
    ('fk(1, a=2)', "fk() got multiple values for keyword argument 'a'"),
    ('fk(b=1)', 'fk() takes exactly 1 argument (0 given)'),
    ('fko(1)', 'fko() needs keyword-only argument k'),
    ('fko(1, 2)', 'fko() takes exactly 1 positional argument (2 given)'),
    ('fko(1, 2, k=3)', 'fko() takes exactly 1 positional argument (3 given)'),
    ('fko(k=1)', 'fko() takes exactly 1 argument (0 given)'),
    ('fko(1, k=1, z=2)', "fko() got an unexpected keyword argument 'z'"),
    ('fko()', 'fko() needs keyword-only argument k'),
    ('fko2()', 'fko2() needs keyword-only argument k'),
    ('fko2(k=1)', 'fko2() needs keyword-only argument j'),
    ('fko2(1)', 'fko2() takes exactly 0 positional arguments (1 given)'),
    ('fko2(1, k=1, j=2)', 'fko2() takes exactly 0 positional arguments (3 given)'),
    ('fkod(1, 2)', 'fkod() takes exactly 1 positional argument (2 given)'),
    ('fkod()', 'fkod() takes exactly 1 argument (0 given)'),
    ('fkod(1, 2, k=3)', 'fkod() takes exactly 1 positional argument (3 given)'),
    ('fkod(1, q=3)', "fkod() got an unexpected keyword argument 'q'"),
    ('fkod2(1)', 'fkod2() needs keyword-only argument k'),
    ('fkod2(1, 2, 3)', 'fkod2() takes at most 2 positional arguments (3 given)'),
    ('fkod2(1, 2, 3, k=4)', 'fkod2() takes at most 2 positional arguments (4 given)'),
    ('fkod2()', 'fkod2() needs keyword-only argument k'),
    ('fall()', 'fall() needs keyword-only argument k'),
    ('fall(1)', 'fall() needs keyword-only argument k'),
    ('fall(1, 2, 3, a=1, k=1)', "fall() got multiple values for keyword argument 'a'"),
    ('f1(**{1: 2})', 'f1() keywords must be strings'),
    ('f1(*1)', 'f1() argument after * must be a sequence, not int'),
    ('f1(**1)', 'f1() argument after ** must be a mapping, not int'),
    ('f1(1, *None)', 'f1() argument after * must be a sequence, not NoneType'),
    ('f1(**[])', 'f1() argument after ** must be a mapping, not list'),
    ('f2(1, **{"a": 2})', "f2() got multiple values for keyword argument 'a'"),
    ('f2(*(1,), **{"a": 3})', "f2() got multiple values for keyword argument 'a'"),
]


class C:
    def m(self, a): pass
    def m0(self): pass
    @classmethod
    def c(cls, a): pass
    @staticmethod
    def s(a): pass
    def __init__(self, x=None): pass


# (call, exception class name, message)
METHOD_AND_BUILTIN_ERRORS = [
    ('C().m()', 'TypeError', 'm() takes exactly 2 arguments (1 given)'),
    ('C().m(1, 2)', 'TypeError', 'm() takes exactly 2 positional arguments (3 given)'),
    ('C.m()', 'TypeError', 'm() takes exactly 2 arguments (0 given)'),
    ('C.m(1)', 'TypeError', 'm() takes exactly 2 arguments (1 given)'),
    ('C().m0(1)', 'TypeError', 'm0() takes exactly 1 positional argument (2 given)'),
    ('C.c()', 'TypeError', 'c() takes exactly 2 arguments (1 given)'),
    ('C().s()', 'TypeError', 's() takes exactly 1 argument (0 given)'),
    ('C(1, 2)', 'TypeError', '__init__() takes at most 2 positional arguments (3 given)'),
    ('C(y=1)', 'TypeError', "__init__() got an unexpected keyword argument 'y'"),
    ('len()', 'TypeError', 'len() takes exactly one argument (0 given)'),
    ('len(1, 2)', 'TypeError', 'len() takes exactly one argument (2 given)'),
    ('len(x=1)', 'TypeError', 'len() takes no keyword arguments'),
    ('abs()', 'TypeError', 'abs() takes exactly one argument (0 given)'),
    ('abs(1, 2)', 'TypeError', 'abs() takes exactly one argument (2 given)'),
    ('divmod(1)', 'TypeError', 'divmod expected 2 arguments, got 1'),
    ('isinstance(1)', 'TypeError', 'isinstance expected 2 arguments, got 1'),
    ('getattr(1)', 'TypeError', 'getattr expected at least 2 arguments, got 1'),
    ('sorted()', 'TypeError', "Required argument 'iterable' (pos 1) not found"),
    ('sorted([], 1)', 'TypeError', 'must use keyword argument for key function'),
    ('sorted([], kee=1)', 'TypeError', "'kee' is an invalid keyword argument for this function"),
    ('max()', 'TypeError', 'max expected 1 arguments, got 0'),
    ('min(1)', 'TypeError', "'int' object is not iterable"),
    ('max([], key=1, x=2)', 'TypeError', 'max() got an unexpected keyword argument'),
    ('print(foo=1)', 'TypeError', "'foo' is an invalid keyword argument for this function"),
    ('int(1, 2, 3)', 'TypeError', 'int() takes at most 2 arguments (3 given)'),
    ('[].append()', 'TypeError', 'append() takes exactly one argument (0 given)'),
    ('[].append(1, 2)', 'TypeError', 'append() takes exactly one argument (2 given)'),
    ('{}.get()', 'TypeError', 'get expected at least 1 arguments, got 0'),
    ('"".join()', 'TypeError', 'join() takes exactly one argument (0 given)'),
    ('"".split(1, 2, 3)', 'TypeError', 'split() takes at most 2 arguments (3 given)'),
    ('iter()', 'TypeError', 'iter expected at least 1 arguments, got 0'),
    ('next()', 'TypeError', 'next expected at least 1 arguments, got 0'),
    ('round()', 'TypeError', "Required argument 'number' (pos 1) not found"),
    ('pow(1)', 'TypeError', 'pow expected at least 2 arguments, got 1'),
    ('chr()', 'TypeError', 'chr() takes exactly 1 argument (0 given)'),
    ('ord()', 'TypeError', 'ord() takes exactly one argument (0 given)'),
    ('ord("ab")', 'TypeError', 'ord() expected a character, but string of length 2 found'),
    ('hash()', 'TypeError', 'hash() takes exactly one argument (0 given)'),
    ('repr()', 'TypeError', 'repr() takes exactly one argument (0 given)'),
    ('range()', 'TypeError', 'range expected 1 arguments, got 0'),
    ('range(1, 2, 3, 4)', 'TypeError', 'range expected at most 3 arguments, got 4'),
    ('(lambda: 0)(1)', 'TypeError', '<lambda>() takes no arguments (1 given)'),
    ('(lambda x: 0)()', 'TypeError', '<lambda>() takes exactly 1 argument (0 given)'),
    ('[].sort(1)', 'TypeError', 'must use keyword argument for key function'),
    ('[].sort(key=1, x=2)', 'TypeError', "'x' is an invalid keyword argument for this function"),
    ('dict(1, 2)', 'TypeError', 'dict expected at most 1 arguments, got 2'),
    ('list(1, 2)', 'TypeError', 'list() takes at most 1 argument (2 given)'),
    ('tuple(x=1)', 'TypeError', "'x' is an invalid keyword argument for this function"),
    ('object(1)', 'TypeError', 'object() takes no parameters'),
    ('type()', 'TypeError', 'type() takes 1 or 3 arguments'),
    ('str(1, 2, 3, 4)', 'TypeError', 'str() takes at most 3 arguments (4 given)'),
    ('float(1, 2)', 'TypeError', 'float() takes at most 1 argument (2 given)'),
    ('zip(1)', 'TypeError', 'zip argument #1 must support iteration'),
    ('map(len)', 'TypeError', 'map() must have at least two arguments.'),
    ('filter(None)', 'TypeError', 'filter expected 2 arguments, got 1'),
    ('enumerate()', 'TypeError', "Required argument 'iterable' (pos 1) not found"),
]


def test_argument_mismatch_messages():
    for call, msg in PYTHON_FUNCTION_ERRORS:
        try:
            eval(call)
        except TypeError as e:
            assert str(e) == msg, (call, str(e), msg)
        else:
            raise AssertionError('no TypeError: ' + call)


def test_method_and_builtin_mismatch_messages():
    for call, tname, msg in METHOD_AND_BUILTIN_ERRORS:
        try:
            eval(call)
        except Exception as e:
            assert type(e).__name__ == tname and str(e) == msg, (call, type(e), str(e), msg)
        else:
            raise AssertionError('no exception: ' + call)



def test_binding_results():
    def f(a, b=2, *args, k, m=4, **kw):
        return a, b, args, k, m, kw
    assert f(1, k=3) == (1, 2, (), 3, 4, {})
    assert f(1, 5, 6, 7, k=3, z=9) == (1, 5, (6, 7), 3, 4, {'z': 9})
    assert f(k=1, a=2) == (2, 2, (), 1, 4, {})
    assert f(*[1, 2, 3], **{'k': 0, 'm': 1, 'x': 2}) == (1, 2, (3,), 0, 1, {'x': 2})
    assert f(1, *(2,), k=0) == (1, 2, (), 0, 4, {})
    assert f(1, k=0, *(2, 3)) == (1, 2, (3,), 0, 4, {})


def test_star_args_types():
    def f(*a, **k):
        return a, k
    a, k = f()
    assert type(a) is tuple and type(k) is dict
    assert f(*'ab') == (('a', 'b'), {})
    assert f(*range(3)) == ((0, 1, 2), {})
    assert f(*(x for x in [1])) == ((1,), {})
    d = {'x': 1}
    a, k = f(**d)
    assert k == d and k is not d
    class Mapping:
        def keys(self):
            return ['p', 'q']
        def __getitem__(self, key):
            return key.upper()
    assert f(**Mapping()) == ((), {'p': 'P', 'q': 'Q'})


def test_kwargs_dict_is_fresh():
    def f(**kw):
        kw['added'] = 1
        return kw
    d = {'a': 1}
    f(**d)
    assert d == {'a': 1}


def test_argument_evaluation_order():
    log = []
    def v(x):
        log.append(x)
        return x
    def f(*a, **k):
        return a, k
    f(v(1), v(2), *[v(3)], k=v(4), **{'j': v(5)})
    # 3.2 evaluates keyword arguments before the *args expression
    assert log == [1, 2, 4, 3, 5], log
    log[:] = []
    v(f)(v('a'), b=v('b'))
    assert log[0] is f and log[1:] == ['a', 'b'], log


def test_defaults_and_kwdefaults_attributes():
    def f(a, b=1, c='x', *, d=None, e):
        pass
    assert f.__defaults__ == (1, 'x')
    assert f.__kwdefaults__ == {'d': None}
    def g():
        pass
    assert g.__defaults__ is None and g.__kwdefaults__ is None
    f.__defaults__ = (5, 6)
    def show(a, b=1, c=2):
        return a, b, c
    show.__defaults__ = (10, 20)
    assert show(0) == (0, 10, 20)
    show.__defaults__ = None
    expect(TypeError, 'show() takes exactly 3 arguments (1 given)', show, 0)
    expect(TypeError, '__defaults__ must be set to a tuple object', setattr, show, '__defaults__', [1])


def test_annotations():
    def f(a: int, b: 'str' = 'x', *args: 'va', k: float = 1.0, **kw: 'kw') -> list:
        pass
    assert f.__annotations__ == {'a': int, 'b': 'str', 'args': 'va', 'k': float,
                                 'kw': 'kw', 'return': list}, f.__annotations__
    def g():
        pass
    assert g.__annotations__ == {}
    order = []
    def note(x):
        order.append(x)
        return x
    def h(a: note('a'), b: note('b') = note('default')) -> note('ret'):
        pass
    assert order == ['default', 'a', 'b', 'ret'], order


def test_function_attributes():
    def outer():
        def inner(x, y=1, *z, w, **v):
            'docstring'
            local = 1
            return x
        return inner
    f = outer()
    assert f.__name__ == 'inner' and f.__doc__ == 'docstring'
    assert f.__module__ == __name__
    assert f.__globals__ is globals()
    c = f.__code__
    assert c.co_argcount == 2 and c.co_kwonlyargcount == 1
    assert c.co_varnames == ('x', 'y', 'w', 'z', 'v', 'local'), c.co_varnames
    assert c.co_nlocals == 6
    assert c.co_flags & 0x04 and c.co_flags & 0x08    # VARARGS, VARKEYWORDS
    assert c.co_name == 'inner'
    f.custom = 'attr'
    assert f.__dict__ == {'custom': 'attr'}
    f.__name__ = 'renamed'
    assert f.__name__ == 'renamed'
    expect(TypeError, '__name__ must be set to a string object', setattr, f, '__name__', 1)
    assert repr(f).startswith('<function renamed at 0x'), repr(f)


def test_call_syntax_errors():
    cases = [
        ("f(a=1, a=2)", "keyword argument repeated (<s>, line 1)"),
        ("f(a=1, 2)", "non-keyword arg after keyword arg (<s>, line 1)"),
        ("f(**k, *a)", "invalid syntax (<s>, line 1)"),
        ("f(1=2)", "keyword can't be an expression (<s>, line 1)"),
        ("def f(a, a): pass", "duplicate argument 'a' in function definition (<s>, line 1)"),
        ("def f(a=1, b): pass", "non-default argument follows default argument (<s>, line 1)"),
        ("def f(*): pass", "named arguments must follow bare * (<s>, line 1)"),
        ("def f(*a, b, *c): pass", "invalid syntax (<s>, line 1)"),
        ("lambda a, a: 0", "duplicate argument 'a' in function definition (<s>, line 1)"),
        ("def f(*a,): pass", "invalid syntax (<s>, line 1)"),
        ("def f(**a,): pass", "invalid syntax (<s>, line 1)"),
    ]
    for src, msg in cases:
        try:
            compile(src, '<s>', 'exec')
        except SyntaxError as e:
            assert str(e) == msg, (src, str(e), msg)
        else:
            raise AssertionError('compiled: ' + src)


def test_keyword_only_defaults_evaluated_at_def():
    n = 1
    def f(*, k=n):
        return k
    n = 2
    assert f() == 1


def test_bound_method_calls():
    class K:
        def m(self, *a, **k):
            return self, a, k
    o = K()
    assert o.m(1, x=2) == (o, (1,), {'x': 2})
    assert K.m(o) == (o, (), {})
    bm = o.m
    assert bm(*[1]) == (o, (1,), {})
    expect(TypeError, "m() got multiple values for keyword argument 'self'", o.m, self=1)


def test_builtin_keyword_arguments():
    assert sorted([3, 1, 2], key=lambda x: -x, reverse=True) == [1, 2, 3]
    assert int('ff', base=16) == 255
    assert int(x='7') == 7
    assert str(b'ab', encoding='ascii') == 'ab'
    assert max([1, 5, 3], key=lambda x: -x) == 1
    assert dict(a=1, **{'b': 2}) == {'a': 1, 'b': 2}


def test_recursion_through_calls_with_kwargs():
    def count(n, *, acc=0):
        return acc if n == 0 else count(n - 1, acc=acc + n)
    assert count(100) == 5050


def test_star_argument_typeerror_masked():
    # 3.2 replaces a TypeError raised while iterating the *argument
    def gen():
        raise TypeError('inside gen')
        yield 1
    def f(*a):
        return a
    expect(TypeError, 'f() argument after * must be a sequence, not generator', lambda: f(*gen()))
    assert f(*(i for i in range(3))) == (0, 1, 2)


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
