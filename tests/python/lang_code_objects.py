# Code objects and line numbers: the co_* attributes the compiler gives
# functions of every shape (arguments, closures, generators, constants
# after folding, names), and the line each kind of statement or
# expression reports in a traceback.  co_code and co_lnotab are left out:
# taipan's instruction encoding is its own; so is co_stacksize, which
# taipan's method-call instructions (LOAD_METHOD/CALL_METHOD) may raise.

CODE_SRC = "def simple(a, b):\n    c = a + b\n    return c\n\n\ndef defaults(a, b=1, *args, k, m=2, **kw):\n    return a, b, args, k, m, kw\n\n\ndef folding():\n    x = 2 * 3 + 4\n    y = 'ab' * 2\n    z = (1, 2, 3)\n    w = -5\n    big = 'x' * 30\n    nums = 2 ** 10\n    t = (1, (2, 3), 'a')\n    return x, y, z, w, big, nums, t\n\n\ndef closure_outer(p):\n    q = p + 1\n    def inner(r):\n        return p + q + r\n    return inner\n\n\ndef uses_globals():\n    global gv\n    gv = len([])\n    return print\n\n\ndef generator(n):\n    for i in range(n):\n        yield i\n\n\ndef with_lambda():\n    return lambda x, *, y: x + y\n\n\ndef docstring_only():\n    'doc'\n\n\ndef none_return():\n    pass\n\n\ndef nested_comprehension(xs):\n    return [x * y for x in xs for y in xs if x]\n\n\nclass Klass:\n    def method(self):\n        return super().method()\n\n    def attr_names(self):\n        self.a.b.c = 1\n        return self.d\n\n\ndef multiline(a,\n              b):\n    x = (a +\n         b)\n    if x:\n        return 1\n\n    return 2\n"

# name: co_* attributes (co_consts with nested code objects shown as
# '<code NAME>'), as CPython 3.2 reports them
CODE_EXPECTED = {
    'simple': {'argcount': 2, 'cellvars': (), 'consts': (None,), 'filename': 'codetest.py', 'firstlineno': 1, 'flags': 67, 'freevars': (), 'kwonlyargcount': 0, 'name': 'simple', 'names': (), 'nlocals': 3, 'varnames': ('a', 'b', 'c')},
    'defaults': {'argcount': 2, 'cellvars': (), 'consts': (None,), 'filename': 'codetest.py', 'firstlineno': 6, 'flags': 79, 'freevars': (), 'kwonlyargcount': 2, 'name': 'defaults', 'names': (), 'nlocals': 6, 'varnames': ('a', 'b', 'k', 'm', 'args', 'kw')},
    'folding': {'argcount': 0, 'cellvars': (), 'consts': (None, 2, 3, 4, 'ab', 1, 5, 'x', 30, 10, 'a', 6, 10, 'abab', (1, 2, 3), -5, 1024, (2, 3)), 'filename': 'codetest.py', 'firstlineno': 10, 'flags': 67, 'freevars': (), 'kwonlyargcount': 0, 'name': 'folding', 'names': (), 'nlocals': 7, 'varnames': ('x', 'y', 'z', 'w', 'big', 'nums', 't')},
    'closure_outer': {'argcount': 1, 'cellvars': ('p', 'q'), 'consts': (None, 1, '<code inner>'), 'filename': 'codetest.py', 'firstlineno': 21, 'flags': 3, 'freevars': (), 'kwonlyargcount': 0, 'name': 'closure_outer', 'names': (), 'nlocals': 2, 'varnames': ('p', 'inner')},
    'closure_inner': {'argcount': 1, 'cellvars': (), 'consts': (None,), 'filename': 'codetest.py', 'firstlineno': 23, 'flags': 19, 'freevars': ('p', 'q'), 'kwonlyargcount': 0, 'name': 'inner', 'names': (), 'nlocals': 1, 'varnames': ('r',)},
    'uses_globals': {'argcount': 0, 'cellvars': (), 'consts': (None,), 'filename': 'codetest.py', 'firstlineno': 28, 'flags': 67, 'freevars': (), 'kwonlyargcount': 0, 'name': 'uses_globals', 'names': ('len', 'gv', 'print'), 'nlocals': 0, 'varnames': ()},
    'generator': {'argcount': 1, 'cellvars': (), 'consts': (None,), 'filename': 'codetest.py', 'firstlineno': 34, 'flags': 99, 'freevars': (), 'kwonlyargcount': 0, 'name': 'generator', 'names': ('range',), 'nlocals': 2, 'varnames': ('n', 'i')},
    'with_lambda': {'argcount': 0, 'cellvars': (), 'consts': (None, '<code <lambda>>'), 'filename': 'codetest.py', 'firstlineno': 39, 'flags': 67, 'freevars': (), 'kwonlyargcount': 0, 'name': 'with_lambda', 'names': (), 'nlocals': 0, 'varnames': ()},
    'lambda': {'argcount': 1, 'cellvars': (), 'consts': (None,), 'filename': 'codetest.py', 'firstlineno': 40, 'flags': 83, 'freevars': (), 'kwonlyargcount': 1, 'name': '<lambda>', 'names': (), 'nlocals': 2, 'varnames': ('x', 'y')},
    'docstring_only': {'argcount': 0, 'cellvars': (), 'consts': ('doc', None), 'filename': 'codetest.py', 'firstlineno': 43, 'flags': 67, 'freevars': (), 'kwonlyargcount': 0, 'name': 'docstring_only', 'names': (), 'nlocals': 0, 'varnames': ()},
    'none_return': {'argcount': 0, 'cellvars': (), 'consts': (None,), 'filename': 'codetest.py', 'firstlineno': 47, 'flags': 67, 'freevars': (), 'kwonlyargcount': 0, 'name': 'none_return', 'names': (), 'nlocals': 0, 'varnames': ()},
    'nested_comprehension': {'argcount': 1, 'cellvars': ('xs',), 'consts': (None, '<code <listcomp>>'), 'filename': 'codetest.py', 'firstlineno': 51, 'flags': 3, 'freevars': (), 'kwonlyargcount': 0, 'name': 'nested_comprehension', 'names': (), 'nlocals': 1, 'varnames': ('xs',)},
    'method': {'argcount': 1, 'cellvars': (), 'consts': (None,), 'filename': 'codetest.py', 'firstlineno': 56, 'flags': 3, 'freevars': ('__class__',), 'kwonlyargcount': 0, 'name': 'method', 'names': ('super', 'method'), 'nlocals': 1, 'varnames': ('self',)},
    'attr_names': {'argcount': 1, 'cellvars': (), 'consts': (None, 1), 'filename': 'codetest.py', 'firstlineno': 59, 'flags': 67, 'freevars': (), 'kwonlyargcount': 0, 'name': 'attr_names', 'names': ('a', 'b', 'c', 'd'), 'nlocals': 1, 'varnames': ('self',)},
    'multiline': {'argcount': 2, 'cellvars': (), 'consts': (None, 1, 2), 'filename': 'codetest.py', 'firstlineno': 64, 'flags': 67, 'freevars': (), 'kwonlyargcount': 0, 'name': 'multiline', 'names': (), 'nlocals': 3, 'varnames': ('a', 'b', 'x')},
}

LINES_SRC = "def multi_call():\n    x = [\n        1,\n        2,\n        1 / 0,\n    ]\n\n\ndef multi_args():\n    return max(\n        1,\n        undefined_name,\n    )\n\n\ndef multi_binop(a):\n    return (a +\n            a +\n            None)\n\n\ndef in_condition():\n    if (1 and\n            {}['k']):\n        pass\n\n\ndef in_loop_header():\n    for i in (\n            range(None)):\n        pass\n\n\ndef attribute_chain():\n    o = None\n    return (o\n            .attr\n            .other)\n\n\ndef after_blank_and_comment():\n\n    # comment\n    x = 1\n\n    raise ValueError(\n        'multi'\n    )\n\n\ndef in_with():\n    with open(\n            '/nonexistent/x/y'):\n        pass\n\n\ndef in_dict_display():\n    return {\n        'a': 1,\n        'b': 1 // 0,\n    }\n\n\ndef in_lambda_body():\n    f = (lambda:\n         1 / 0)\n    return f()\n\n\ndef in_generator():\n    def g():\n        yield 1\n        yield (1 /\n               0)\n    return list(g())\n\n\ndef assert_multi():\n    assert (1 ==\n            2), 'msg'\n\n\ndef decorated():\n    def deco(f):\n        raise KeyError('deco')\n    @deco\n    def f():\n        pass\n\n\ndef implicit_return_line():\n    try:\n        pass\n    finally:\n        raise KeyError\n"

# function: (exception, [(code name, traceback line), ...])
LINES_EXPECTED = {
    'after_blank_and_comment': ('ValueError', [('after_blank_and_comment', 47)]),
    'assert_multi': ('AssertionError', [('assert_multi', 80)]),
    'attribute_chain': ('AttributeError', [('attribute_chain', 36)]),
    'decorated': ('KeyError', [('decorated', 86), ('deco', 85)]),
    'implicit_return_line': ('KeyError', [('implicit_return_line', 95)]),
    'in_condition': ('KeyError', [('in_condition', 24)]),
    'in_dict_display': ('ZeroDivisionError', [('in_dict_display', 60)]),
    'in_generator': ('ZeroDivisionError', [('in_generator', 75), ('g', 74)]),
    'in_lambda_body': ('ZeroDivisionError', [('in_lambda_body', 67), ('<lambda>', 66)]),
    'in_loop_header': ('TypeError', [('in_loop_header', 30)]),
    'in_with': ('IOError', [('in_with', 53)]),
    'multi_args': ('NameError', [('multi_args', 12)]),
    'multi_binop': ('TypeError', [('multi_binop', 19)]),
    'multi_call': ('ZeroDivisionError', [('multi_call', 5)]),
}


def norm(c):
    if isinstance(c, type(norm.__code__)):
        return '<code %s>' % c.co_name
    if isinstance(c, tuple):
        return tuple(norm(x) for x in c)
    return c


def code_objects():
    ns = {'__name__': 'codetest'}
    exec(compile(CODE_SRC, 'codetest.py', 'exec'), ns)
    yield 'simple', ns['simple'].__code__
    yield 'defaults', ns['defaults'].__code__
    yield 'folding', ns['folding'].__code__
    yield 'closure_outer', ns['closure_outer'].__code__
    yield 'closure_inner', ns['closure_outer'](1).__code__
    yield 'uses_globals', ns['uses_globals'].__code__
    yield 'generator', ns['generator'].__code__
    yield 'with_lambda', ns['with_lambda'].__code__
    yield 'lambda', ns['with_lambda']().__code__
    yield 'docstring_only', ns['docstring_only'].__code__
    yield 'none_return', ns['none_return'].__code__
    yield 'nested_comprehension', ns['nested_comprehension'].__code__
    yield 'method', ns['Klass'].method.__code__
    yield 'attr_names', ns['Klass'].attr_names.__code__
    yield 'multiline', ns['multiline'].__code__


def test_code_attributes():
    seen = set()
    for name, c in code_objects():
        seen.add(name)
        got = dict(argcount=c.co_argcount, kwonlyargcount=c.co_kwonlyargcount,
                   nlocals=c.co_nlocals, varnames=c.co_varnames, cellvars=c.co_cellvars,
                   freevars=c.co_freevars, names=c.co_names, consts=norm(c.co_consts),
                   filename=c.co_filename, name=c.co_name, firstlineno=c.co_firstlineno,
                   flags=c.co_flags)
        want = CODE_EXPECTED[name]
        for key in sorted(got):
            assert got[key] == want[key], (name, key, got[key], want[key])
    assert seen == set(CODE_EXPECTED)


def test_traceback_lines():
    ns = {'__name__': 'linetest'}
    exec(compile(LINES_SRC, 'linetest.py', 'exec'), ns)
    for name in sorted(LINES_EXPECTED):
        f = ns[name]
        try:
            f() if f.__code__.co_argcount == 0 else f(1)
        except Exception as e:
            tb = e.__traceback__
            lines = []
            while tb:
                if tb.tb_frame.f_code.co_filename == 'linetest.py':
                    lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
            got = (type(e).__name__, lines)
        else:
            got = None
        assert got == LINES_EXPECTED[name], (name, got, LINES_EXPECTED[name])


def test_code_object_misc():
    def f(a, b=1):
        'doc'
        return a
    c = f.__code__
    assert c.co_consts[0] == 'doc'
    assert type(c).__name__ == 'code'
    assert repr(c).startswith('<code object f at 0x'), repr(c)
    assert ', line %d>' % c.co_firstlineno in repr(c)
    m = compile('x = 1\ny = x', 'modname', 'exec')
    assert m.co_name == '<module>' and m.co_names == ('x', 'y') and m.co_filename == 'modname'
    assert m.co_flags & 0x40 == 0x40 or m.co_flags == 64, m.co_flags
    e = compile('a + 1', 'e', 'eval')
    assert e.co_names == ('a',)
    s = compile('1\n', 's', 'single')
    assert s.co_name == '<module>'


def test_frame_attributes():
    import sys
    def inner():
        return sys._getframe()
    fr = inner()
    assert fr.f_code is inner.__code__
    assert fr.f_back.f_code.co_name == 'test_frame_attributes'
    assert fr.f_globals is globals()
    def locs(a):
        b = a + 1
        return sys._getframe().f_locals
    # free variables appear in f_locals too
    assert locs(1) == {'a': 1, 'b': 2, 'sys': sys}, locs(1)
    assert sys._getframe(0).f_code.co_name == 'test_frame_attributes'
    line = sys._getframe().f_lineno
    assert line == test_frame_attributes.__code__.co_firstlineno + 14, line
    try:
        sys._getframe(10000)
    except ValueError as e:
        assert str(e) == 'call stack is not deep enough'


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
