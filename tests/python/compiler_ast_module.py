# The ast module: parse, dump, literal_eval, the walking helpers, the
# location helpers, get_docstring, NodeVisitor and NodeTransformer, with
# results as CPython 3.2 gives them.
import ast
import _ast

assert ast.PyCF_ONLY_AST == 0x400 and ast.__version__ == '82163'
assert ast.Name is _ast.Name and ast.AST is _ast.AST

t = ast.parse('x = f(1, *a, k=2)\n')
assert isinstance(t, ast.Module)
assert ast.dump(t) == ("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Call("
                       "func=Name(id='f', ctx=Load()), args=[Num(n=1)], keywords=[keyword(arg='k', "
                       "value=Num(n=2))], starargs=Name(id='a', ctx=Load()), kwargs=None))])")
assert ast.dump(t, annotate_fields=False) == (
    "Module([Assign([Name('x', Store())], Call(Name('f', Load()), [Num(1)], "
    "[keyword('k', Num(2))], Name('a', Load()), None))])")
assert ast.dump(t, include_attributes=True) == (
    "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0)], "
    "value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=4), args=[Num(n=1, "
    "lineno=1, col_offset=6)], keywords=[keyword(arg='k', value=Num(n=2, lineno=1, "
    "col_offset=15))], starargs=Name(id='a', ctx=Load(), lineno=1, col_offset=10), "
    "kwargs=None, lineno=1, col_offset=4), lineno=1, col_offset=0)])")
assert ast.dump(ast.parse('def f(a, *, b=1): pass')) == (
    "Module(body=[FunctionDef(name='f', args=arguments(args=[arg(arg='a', annotation=None)], "
    "vararg=None, varargannotation=None, kwonlyargs=[arg(arg='b', annotation=None)], "
    "kwarg=None, kwargannotation=None, defaults=[], kw_defaults=[Num(n=1)]), body=[Pass()], "
    "decorator_list=[], returns=None)])")
assert ast.dump(ast.parse('import a.b as c; from . import d'), False, True) == (
    "Module([Import([alias('a.b', 'c')], lineno=1, col_offset=0), "
    "ImportFrom(None, [alias('d', None)], 1, lineno=1, col_offset=17)])")
# A node without its attributes dumps what it has.
assert ast.dump(ast.Name(id='q')) == "Name(id='q')"
assert ast.dump(ast.Pass(lineno=1, col_offset=0), include_attributes=True) == "Pass( lineno=1, col_offset=0)"
try:
    ast.dump(ast.Pass(), include_attributes=True)
except AttributeError:
    pass
else:
    raise AssertionError
try:
    ast.dump('x')
except TypeError as e:
    assert str(e) == "expected AST, got 'str'"
else:
    raise AssertionError
p = ast.parse('1', mode='eval')
assert isinstance(p, ast.Expression)
assert ast.parse('x', '<file>', 'single').body[0].value.id == 'x'
try:
    ast.parse('x = = 1', 'name.py')
except SyntaxError as e:
    assert e.filename == 'name.py' and e.lineno == 1
else:
    raise AssertionError

# literal_eval.
for src, value in [('1', 1), ('-1', -1), ('+1.5', 1.5), ('1+2j', 1 + 2j), ('-1-2j', -1 - 2j),
                   ("(1, [2, {3: b'x'}], {4, 5})", (1, [2, {3: b'x'}], {4, 5})),
                   ('None', None), ('True', True), ('False', False), ('"s"', 's'),
                   ('--1', 1), ('1+2', 3), ('2-3j-1', 1 - 3j), ('{}', {}), ('()', ()),
                   ('-(1+2j)', -1 - 2j), ("'a' 'b'", 'ab'), ('[]', [])]:
    got = ast.literal_eval(src)
    assert got == value and type(got) is type(value), (src, got)
for src, kind in [('1*2', 'BinOp'), ('x', 'Name'), ('f()', 'Call'), ('[1, x]', 'Name'),
                  ('1 if 1 else 2', 'IfExp'), ('-x', 'UnaryOp'), ('not 1', 'UnaryOp'),
                  ('"a" + "b"', 'BinOp'), ('{1: y}', 'Name'), ('...', 'Ellipsis')]:
    try:
        ast.literal_eval(src)
    except ValueError as e:
        assert str(e).startswith('malformed node or string: <_ast.%s object at ' % kind), (src, e)
    else:
        raise AssertionError(src)
# A node, or an Expression, may be given instead of a string.
assert ast.literal_eval(ast.parse('[1, 2]', mode='eval')) == [1, 2]
assert ast.literal_eval(ast.parse('[1, 2]', mode='eval').body) == [1, 2]
try:
    ast.literal_eval(b'1')
except ValueError as e:
    assert str(e) == "malformed node or string: b'1'"
else:
    raise AssertionError
try:
    ast.literal_eval('1 +')
except SyntaxError:
    pass
else:
    raise AssertionError

# iter_fields, iter_child_nodes, walk.
t = ast.parse('a = b + c')
assign = t.body[0]
assert [name for name, value in ast.iter_fields(assign)] == ['targets', 'value']
assert list(ast.iter_fields(ast.Name(id='z'))) == [('id', 'z')]
children = list(ast.iter_child_nodes(assign))
assert [type(c).__name__ for c in children] == ['Name', 'BinOp']
names = [type(n).__name__ for n in ast.walk(t)]
assert names == ['Module', 'Assign', 'Name', 'BinOp', 'Store', 'Name', 'Add', 'Name', 'Load', 'Load'], names

# Locations.
new = ast.Num(n=1)
assert ast.copy_location(new, assign.value) is new
assert (new.lineno, new.col_offset) == (1, 4)
kw = ast.keyword(arg='a', value=new)
ast.copy_location(kw, assign)          # keyword has no location attributes
assert not hasattr(kw, 'lineno')
tree = ast.Module(body=[ast.Expr(value=ast.Call(func=ast.Name(id='len', ctx=ast.Load()),
                                                args=[ast.Str(s='abc', lineno=5, col_offset=2)],
                                                keywords=[], starargs=None, kwargs=None))])
assert ast.fix_missing_locations(tree) is tree
call = tree.body[0].value
assert (tree.body[0].lineno, tree.body[0].col_offset) == (1, 0)
assert (call.lineno, call.func.lineno) == (1, 1)
assert (call.args[0].lineno, call.args[0].col_offset) == (5, 2)
ns = {}
exec(compile(tree, '<fixed>', 'exec'), ns)
t = ast.parse('x\ny\n')
assert ast.increment_lineno(t, 3) is t
assert [s.lineno for s in t.body] == [4, 5] and t.body[0].value.lineno == 4
ast.increment_lineno(t)
assert t.body[1].lineno == 6

# get_docstring.
src = 'def f():\n    """  First.\n\n        Indented.\n    More.\n    """\nclass C:\n    pass\n'
t = ast.parse(src)
assert ast.get_docstring(t.body[0]) == 'First.\n\n    Indented.\nMore.'
assert ast.get_docstring(t.body[0], clean=False) == '  First.\n\n        Indented.\n    More.\n    '
assert ast.get_docstring(t.body[1]) is None
assert ast.get_docstring(ast.parse('"mod doc"\nx = 1')) == 'mod doc'
try:
    ast.get_docstring(t.body[0].body[0])
except TypeError as e:
    assert str(e) == "'Expr' can't have docstrings"
else:
    raise AssertionError

# NodeVisitor.
class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append(node.id)
    def visit_Num(self, node):
        return node.n * 10
v = Names()
v.visit(ast.parse('a = b(c, [d, 1])\ndef f(e=g): h'))
assert v.seen == ['a', 'b', 'c', 'd', 'g', 'h'], v.seen
assert v.visit(ast.Num(n=4)) == 40
assert v.visit(ast.Pass()) is None

# NodeTransformer: replace, remove, and expand into several statements.
class Rewrite(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'data':
            return node
        return ast.copy_location(ast.Subscript(
            value=ast.Name(id='data', ctx=ast.Load()),
            slice=ast.Index(value=ast.Str(s=node.id)), ctx=node.ctx), node)
    def visit_Pass(self, node):
        return None
    def visit_Expr(self, node):
        self.generic_visit(node)
        return [node, ast.Expr(value=ast.Num(n=0))]
t = ast.parse('x = y + 1\npass\nz\n')
t = Rewrite().visit(t)
assert ast.dump(t) == (
    "Module(body=[Assign(targets=[Subscript(value=Name(id='data', ctx=Load()), "
    "slice=Index(value=Str(s='x')), ctx=Store())], value=BinOp(left=Subscript("
    "value=Name(id='data', ctx=Load()), slice=Index(value=Str(s='y')), ctx=Load()), "
    "op=Add(), right=Num(n=1))), Expr(value=Subscript(value=Name(id='data', ctx=Load()), "
    "slice=Index(value=Str(s='z')), ctx=Load())), Expr(value=Num(n=0))])"), ast.dump(t)
ast.fix_missing_locations(t)
data = {'y': 4, 'z': 0}
exec(compile(t, '<rewritten>', 'exec'), {'data': data})
assert data['x'] == 5

# A transformer returning None for a single (non-list) field deletes it.
class DropValue(ast.NodeTransformer):
    def visit_Num(self, node):
        return None
r = DropValue().visit(ast.parse('return 5').body[0])
assert not hasattr(r, 'value')
