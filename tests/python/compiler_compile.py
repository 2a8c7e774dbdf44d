# compile() as CPython 3.2 has it: modes, flags, dont_inherit, optimize,
# PyCF_ONLY_AST, and compiling AST objects back, with the errors 3.2
# gives for a malformed tree.
import _ast
import ast
import __future__


def error(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        return type(e), str(e)
    raise AssertionError('no error from %r' % (f,))


ONLY_AST = _ast.PyCF_ONLY_AST

# Source to trees, in each mode.
t = compile("x = 1", "<s>", "exec", ONLY_AST)
assert type(t) is _ast.Module and type(t.body[0]) is _ast.Assign
t = compile("x + 1", "<s>", "eval", ONLY_AST)
assert type(t) is _ast.Expression and type(t.body) is _ast.BinOp
t = compile("x = 1\n", "<s>", "single", ONLY_AST)
assert type(t) is _ast.Interactive and len(t.body) == 1
t = compile(b"# -*- coding: latin-1 -*-\ns = '\xe9'\n", "<s>", "exec", ONLY_AST)
assert t.body[0].value.s == '\xe9'
t = compile(bytearray(b"y"), "<s>", "eval", ONLY_AST)
assert t.body.id == 'y'

# Only parsing happens: what the symbol table or the compiler would
# reject still gives a tree.
t = compile("nonlocal x", "<s>", "exec", ONLY_AST)
assert type(t.body[0]) is _ast.Nonlocal
t = compile("return 5", "<s>", "exec", ONLY_AST)
assert t.body[0].value.n == 5
# ... but syntax errors are raised.
try:
    compile("x = = 2", "<s>", "exec", ONLY_AST)
except SyntaxError as e:
    assert e.lineno == 1 and e.msg == 'invalid syntax'
else:
    raise AssertionError
try:
    compile("f() = 1", "<s>", "exec", ONLY_AST)
except SyntaxError as e:
    assert e.msg == "can't assign to function call", e.msg
else:
    raise AssertionError

# An AST given with PyCF_ONLY_AST comes back as it is, whatever its kind.
p = _ast.Pass()
assert compile(p, "<s>", "exec", ONLY_AST) is p
assert compile(t, "<s>", "eval", ONLY_AST) is t

# Positions.
t = compile("if a:\n    b = c[1:2] + d.e\n", "<s>", "exec", ONLY_AST)
assign = t.body[0].body[0]
assert (assign.lineno, assign.col_offset) == (2, 4)
binop = assign.value
assert (binop.lineno, binop.col_offset) == (2, 8)
assert (binop.right.lineno, binop.right.col_offset) == (2, 17)
assert type(binop.left.slice) is _ast.Slice

# Flags and arguments.
assert error(compile, "1", "<s>", "eval", 0x100000) == (ValueError, 'compile(): unrecognised flags')
assert error(compile, "1", "<s>", "eval", 0, 0, 3) == (ValueError, 'compile(): invalid optimize value')
assert error(compile, "1", "<s>", "eval", 0, 0, -2) == (ValueError, 'compile(): invalid optimize value')
assert error(compile, "1", "<s>", "bad") == (ValueError, "compile() arg 3 must be 'exec', 'eval' or 'single'")
assert error(compile, 5, "<s>", "eval") == (TypeError, 'compile() arg 1 must be a string, bytes, AST or code object')
assert error(compile, "1\0", "<s>", "eval") == (TypeError, 'source code string cannot contain null bytes')
for flag in (__future__.CO_FUTURE_DIVISION, __future__.CO_FUTURE_ABSOLUTE_IMPORT,
             __future__.CO_FUTURE_WITH_STATEMENT, __future__.CO_FUTURE_PRINT_FUNCTION,
             __future__.CO_FUTURE_UNICODE_LITERALS):
    c = compile("x", "<s>", "eval", flag)
    assert c.co_flags & flag, hex(flag)
    c = compile("x", "<s>", "eval", flag, True)
    assert c.co_flags & flag, hex(flag)
assert compile("x", "<s>", "eval").co_flags & __future__.CO_FUTURE_DIVISION == 0
# barry_as_FLUFL given to compile() makes '!=' invalid.
try:
    compile("1 != 2", "<s>", "eval", __future__.CO_FUTURE_BARRY_AS_BDFL)
except SyntaxError as e:
    assert e.msg == 'invalid syntax'
else:
    raise AssertionError
# Keyword arguments.
c = compile(source="a", filename="f.py", mode="eval", flags=0, dont_inherit=True, optimize=0)
assert c.co_filename == "f.py"

# optimize: asserts are left out (__debug__ is still the interpreter's).
src = "def f():\n    assert False, 'boom'\n    return __debug__\n"
for level, checked in ((0, True), (1, False), (2, False)):
    ns = {}
    exec(compile(src, "<s>", "exec", optimize=level), ns)
    if checked:
        assert error(ns['f']) == (AssertionError, 'boom')
    else:
        assert ns['f']() is True
# optimize=2 drops docstrings.
ns = {}
exec(compile("def g():\n    'doc'\n", "<s>", "exec", optimize=2), ns)
assert ns['g'].__doc__ is None
ns = {}
exec(compile("def g():\n    'doc'\n", "<s>", "exec", optimize=0), ns)
assert ns['g'].__doc__ == 'doc'

# PyCF_DONT_IMPLY_DEDENT: the end of the input closes no block.
compile("if 1:\n  pass", "<s>", "single")
try:
    compile("if 1:\n  pass", "<s>", "single", 0x200)
except SyntaxError as e:
    assert (e.msg, e.lineno, e.offset) == ('invalid syntax', 2, 6)
else:
    raise AssertionError
compile("if 1:\n  pass\n", "<s>", "single", 0x200)

# Trees back to code.
def run(tree, mode="exec", ns=None):
    ns = {} if ns is None else ns
    code = compile(tree, "<tree>", mode)
    if mode == "eval":
        return eval(code, ns)
    exec(code, ns)
    return ns

tree = ast.parse("x = [i * 2 for i in range(4)]\ny = {'a': x[1:3]}\n")
ns = run(tree)
assert ns['x'] == [0, 2, 4, 6] and ns['y'] == {'a': [2, 4]}
assert run(ast.parse("3 ** 2 - 1", mode="eval"), "eval") == 8
tree = compile("z = 5\n", "<s>", "single", ONLY_AST)
assert run(tree, "single")['z'] == 5

# The same program through a tree compiles to the same code.
src = ("def f(a, b=1, *args, c, d=2, **kw):\n"
       "    global g\n"
       "    try:\n"
       "        with open(a) as h:\n"
       "            return [x for x in h if x]\n"
       "    except (IOError, ValueError) as e:\n"
       "        raise RuntimeError from e\n"
       "    finally:\n"
       "        del b\n"
       "class C(object, metaclass=type):\n"
       "    @staticmethod\n"
       "    def m(*, k: int = 3) -> 'r':\n"
       "        nonlocal_free = lambda q=1: q\n"
       "        yield {1, 2} | {k: v for k, v in ()}.keys()\n")
c1 = compile(src, "<s>", "exec")
c2 = compile(ast.parse(src), "<s>", "exec")
def same(a, b):
    assert a.co_code == b.co_code and a.co_names == b.co_names
    assert a.co_varnames == b.co_varnames and a.co_lnotab == b.co_lnotab
    assert len(a.co_consts) == len(b.co_consts)
    for x, y in zip(a.co_consts, b.co_consts):
        if hasattr(x, 'co_code'):
            same(x, y)
        else:
            assert x == y and type(x) is type(y)
same(c1, c2)

# A tree built by hand.
body = [_ast.Expr(_ast.Call(_ast.Name('len', _ast.Load()),
                            [_ast.Str('abcd')], [], None, None))]
expr = _ast.Expression(body[0].value)
ast.fix_missing_locations(expr)
assert eval(compile(expr, "<x>", "eval")) == 4

# Num may hold any object; Str and Bytes hold str or bytes.
loc = dict(lineno=1, col_offset=0)
assert eval(compile(_ast.Expression(_ast.Num('x', **loc)), "f", "eval")) == 'x'
assert eval(compile(_ast.Expression(_ast.Num(True, **loc)), "f", "eval")) is True
assert eval(compile(_ast.Expression(_ast.Num(2 ** 80, **loc)), "f", "eval")) == 2 ** 80
assert eval(compile(_ast.Expression(_ast.Str(b'x', **loc)), "f", "eval")) == b'x'
assert eval(compile(_ast.Expression(_ast.Bytes('x', **loc)), "f", "eval")) == 'x'

# The errors of a malformed tree.
def bad(tree, mode="exec"):
    return error(compile, tree, "f", mode)

name = lambda *a, **k: _ast.Name(*a, **dict(loc, **k))
assert bad(_ast.Module()) == (TypeError, 'required field "body" missing from Module')
assert bad(_ast.Module([_ast.Pass()])) == (TypeError, 'required field "lineno" missing from stmt')
assert bad(_ast.Module([_ast.Pass(lineno=1)])) == (TypeError, 'required field "col_offset" missing from stmt')
assert bad(_ast.Module([1])) == (TypeError, 'required field "lineno" missing from stmt')
assert bad(_ast.Module((1,))) == (TypeError, 'Module field "body" must be a list, not a tuple')
assert bad(_ast.Module([_ast.Pass(**loc)]), "eval") == (TypeError, 'expected Expression node, got Module')
assert bad(_ast.Expression(_ast.Num(n=4, **loc))) == (TypeError, 'expected Module node, got Expression')
assert bad(_ast.Interactive([]), "exec") == (TypeError, 'expected Module node, got Interactive')
assert bad(name('x', _ast.Load()), "eval") == (TypeError, 'expected Expression node, got Name')
kind, msg = bad(_ast.Expression(_ast.Pass(**loc)), "eval")
assert kind is TypeError and msg.startswith('expected some sort of expr, but got <_ast.Pass object at '), msg
assert bad(_ast.Expression(name('x', None)), "eval") == (TypeError, 'expected some sort of expr_context, but got None')
assert bad(_ast.Expression(name('x', 5)), "eval") == (TypeError, 'expected some sort of expr_context, but got 5')
assert bad(_ast.Expression(name(None, _ast.Load())), "eval") == (ValueError, 'field id is required for Name')
assert bad(_ast.Expression(name(b'x', _ast.Load())), "eval") == (TypeError, 'AST identifier must be of type str')
assert bad(_ast.Expression(name('x', _ast.Load(), lineno='1')), "eval") == (ValueError, "invalid integer value: '1'")
assert bad(_ast.Expression(name('x', _ast.Load(), lineno=2 ** 70)), "eval") == (OverflowError, 'Python int too large to convert to C long')
assert bad(_ast.Expression(_ast.Str(1, **loc)), "eval") == (TypeError, 'AST string must be of type str')
assert bad(_ast.Expression(_ast.Num(None, **loc)), "eval") == (ValueError, 'field n is required for Num')
assert bad(_ast.Expression(_ast.Num([1], **loc)), "eval") == (TypeError, "unhashable type: 'list'")
one = _ast.Num(1, **loc)
assert bad(_ast.Expression(_ast.BinOp(one, None, one, **loc)), "eval") == (TypeError, 'expected some sort of operator, but got None')
assert bad(_ast.Expression(_ast.BinOp(one, _ast.Add, one, **loc)), "eval") == (TypeError, "expected some sort of operator, but got <class '_ast.Add'>")
assert bad(_ast.Expression(_ast.BinOp(one, _ast.Add(), None, **loc)), "eval") == (ValueError, 'field right is required for BinOp')
assert bad(_ast.Expression(_ast.BinOp(left=one, op=_ast.Add(), **loc)), "eval") == (TypeError, 'required field "right" missing from BinOp')
imp = _ast.ImportFrom('x', [_ast.alias('y', None)], None, **loc)
assert bad(_ast.Module([imp])) == (ValueError, 'invalid integer value: None')
# An ImportFrom without a level is level 0.
ns = run(_ast.Module([_ast.ImportFrom(module='os', names=[_ast.alias('sep', None)], **loc)]))
assert ns['sep'] == '/'
