# The _ast module's node classes: names, bases, _fields and _attributes
# as CPython 3.2 has them (the table below was printed by CPython 3.2),
# the AST constructor and its errors, pickling, and the shared operator
# and context instances of trees compile() makes.
import _ast
import pickle

NODES = [
    ('Add', 'operator', (), ()),
    ('And', 'boolop', (), ()),
    ('Assert', 'stmt', ('test', 'msg'), ('lineno', 'col_offset')),
    ('Assign', 'stmt', ('targets', 'value'), ('lineno', 'col_offset')),
    ('Attribute', 'expr', ('value', 'attr', 'ctx'), ('lineno', 'col_offset')),
    ('AugAssign', 'stmt', ('target', 'op', 'value'), ('lineno', 'col_offset')),
    ('AugLoad', 'expr_context', (), ()),
    ('AugStore', 'expr_context', (), ()),
    ('BinOp', 'expr', ('left', 'op', 'right'), ('lineno', 'col_offset')),
    ('BitAnd', 'operator', (), ()),
    ('BitOr', 'operator', (), ()),
    ('BitXor', 'operator', (), ()),
    ('BoolOp', 'expr', ('op', 'values'), ('lineno', 'col_offset')),
    ('Break', 'stmt', (), ('lineno', 'col_offset')),
    ('Bytes', 'expr', ('s',), ('lineno', 'col_offset')),
    ('Call', 'expr', ('func', 'args', 'keywords', 'starargs', 'kwargs'), ('lineno', 'col_offset')),
    ('ClassDef', 'stmt', ('name', 'bases', 'keywords', 'starargs', 'kwargs', 'body', 'decorator_list'), ('lineno', 'col_offset')),
    ('Compare', 'expr', ('left', 'ops', 'comparators'), ('lineno', 'col_offset')),
    ('Continue', 'stmt', (), ('lineno', 'col_offset')),
    ('Del', 'expr_context', (), ()),
    ('Delete', 'stmt', ('targets',), ('lineno', 'col_offset')),
    ('Dict', 'expr', ('keys', 'values'), ('lineno', 'col_offset')),
    ('DictComp', 'expr', ('key', 'value', 'generators'), ('lineno', 'col_offset')),
    ('Div', 'operator', (), ()),
    ('Ellipsis', 'expr', (), ('lineno', 'col_offset')),
    ('Eq', 'cmpop', (), ()),
    ('ExceptHandler', 'excepthandler', ('type', 'name', 'body'), ('lineno', 'col_offset')),
    ('Expr', 'stmt', ('value',), ('lineno', 'col_offset')),
    ('Expression', 'mod', ('body',), ()),
    ('ExtSlice', 'slice', ('dims',), ()),
    ('FloorDiv', 'operator', (), ()),
    ('For', 'stmt', ('target', 'iter', 'body', 'orelse'), ('lineno', 'col_offset')),
    ('FunctionDef', 'stmt', ('name', 'args', 'body', 'decorator_list', 'returns'), ('lineno', 'col_offset')),
    ('GeneratorExp', 'expr', ('elt', 'generators'), ('lineno', 'col_offset')),
    ('Global', 'stmt', ('names',), ('lineno', 'col_offset')),
    ('Gt', 'cmpop', (), ()),
    ('GtE', 'cmpop', (), ()),
    ('If', 'stmt', ('test', 'body', 'orelse'), ('lineno', 'col_offset')),
    ('IfExp', 'expr', ('test', 'body', 'orelse'), ('lineno', 'col_offset')),
    ('Import', 'stmt', ('names',), ('lineno', 'col_offset')),
    ('ImportFrom', 'stmt', ('module', 'names', 'level'), ('lineno', 'col_offset')),
    ('In', 'cmpop', (), ()),
    ('Index', 'slice', ('value',), ()),
    ('Interactive', 'mod', ('body',), ()),
    ('Invert', 'unaryop', (), ()),
    ('Is', 'cmpop', (), ()),
    ('IsNot', 'cmpop', (), ()),
    ('LShift', 'operator', (), ()),
    ('Lambda', 'expr', ('args', 'body'), ('lineno', 'col_offset')),
    ('List', 'expr', ('elts', 'ctx'), ('lineno', 'col_offset')),
    ('ListComp', 'expr', ('elt', 'generators'), ('lineno', 'col_offset')),
    ('Load', 'expr_context', (), ()),
    ('Lt', 'cmpop', (), ()),
    ('LtE', 'cmpop', (), ()),
    ('Mod', 'operator', (), ()),
    ('Module', 'mod', ('body',), ()),
    ('Mult', 'operator', (), ()),
    ('Name', 'expr', ('id', 'ctx'), ('lineno', 'col_offset')),
    ('Nonlocal', 'stmt', ('names',), ('lineno', 'col_offset')),
    ('Not', 'unaryop', (), ()),
    ('NotEq', 'cmpop', (), ()),
    ('NotIn', 'cmpop', (), ()),
    ('Num', 'expr', ('n',), ('lineno', 'col_offset')),
    ('Or', 'boolop', (), ()),
    ('Param', 'expr_context', (), ()),
    ('Pass', 'stmt', (), ('lineno', 'col_offset')),
    ('Pow', 'operator', (), ()),
    ('RShift', 'operator', (), ()),
    ('Raise', 'stmt', ('exc', 'cause'), ('lineno', 'col_offset')),
    ('Return', 'stmt', ('value',), ('lineno', 'col_offset')),
    ('Set', 'expr', ('elts',), ('lineno', 'col_offset')),
    ('SetComp', 'expr', ('elt', 'generators'), ('lineno', 'col_offset')),
    ('Slice', 'slice', ('lower', 'upper', 'step'), ()),
    ('Starred', 'expr', ('value', 'ctx'), ('lineno', 'col_offset')),
    ('Store', 'expr_context', (), ()),
    ('Str', 'expr', ('s',), ('lineno', 'col_offset')),
    ('Sub', 'operator', (), ()),
    ('Subscript', 'expr', ('value', 'slice', 'ctx'), ('lineno', 'col_offset')),
    ('Suite', 'mod', ('body',), ()),
    ('TryExcept', 'stmt', ('body', 'handlers', 'orelse'), ('lineno', 'col_offset')),
    ('TryFinally', 'stmt', ('body', 'finalbody'), ('lineno', 'col_offset')),
    ('Tuple', 'expr', ('elts', 'ctx'), ('lineno', 'col_offset')),
    ('UAdd', 'unaryop', (), ()),
    ('USub', 'unaryop', (), ()),
    ('UnaryOp', 'expr', ('op', 'operand'), ('lineno', 'col_offset')),
    ('While', 'stmt', ('test', 'body', 'orelse'), ('lineno', 'col_offset')),
    ('With', 'stmt', ('context_expr', 'optional_vars', 'body'), ('lineno', 'col_offset')),
    ('Yield', 'expr', ('value',), ('lineno', 'col_offset')),
    ('alias', 'AST', ('name', 'asname'), ()),
    ('arg', 'AST', ('arg', 'annotation'), ()),
    ('arguments', 'AST', ('args', 'vararg', 'varargannotation', 'kwonlyargs', 'kwarg', 'kwargannotation', 'defaults', 'kw_defaults'), ()),
    ('boolop', 'AST', (), ()),
    ('cmpop', 'AST', (), ()),
    ('comprehension', 'AST', ('target', 'iter', 'ifs'), ()),
    ('excepthandler', 'AST', (), ('lineno', 'col_offset')),
    ('expr', 'AST', (), ('lineno', 'col_offset')),
    ('expr_context', 'AST', (), ()),
    ('keyword', 'AST', ('arg', 'value'), ()),
    ('mod', 'AST', (), ()),
    ('operator', 'AST', (), ()),
    ('slice', 'AST', (), ()),
    ('stmt', 'AST', (), ('lineno', 'col_offset')),
    ('unaryop', 'AST', (), ()),
]

names = [n for n in dir(_ast) if isinstance(getattr(_ast, n), type)]
assert sorted(names) == sorted([n[0] for n in NODES] + ['AST']), sorted(names)
for name, base, fields, attributes in NODES:
    cls = getattr(_ast, name)
    assert cls.__name__ == name
    assert cls.__module__ == '_ast', (name, cls.__module__)
    assert cls.__bases__ == (getattr(_ast, base) if base != 'AST' else _ast.AST,), name
    assert issubclass(cls, _ast.AST)
    assert cls._fields == fields, (name, cls._fields)
    assert cls._attributes == attributes, (name, cls._attributes)
    # _fields is each class's own; _attributes belongs to the abstract
    # classes (and AST).
    assert '_fields' in cls.__dict__, name
    assert ('_attributes' in cls.__dict__) == (base == 'AST' and name[0].islower()
                                               and name not in ('alias', 'arg', 'arguments', 'comprehension', 'keyword')), name

assert _ast.AST._fields == () and _ast.AST._attributes == ()
assert _ast.AST.__module__ == '_ast'
assert repr(_ast.Name) == "<class '_ast.Name'>"
assert repr(_ast.AST) == "<class '_ast.AST'>"
assert _ast.PyCF_ONLY_AST == 0x400
assert _ast.__version__ == '82163'


def error(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        return type(e), str(e)
    raise AssertionError('no error from %r' % (f,))

# The constructor: all fields positionally or none; anything by keyword.
n = _ast.Name('x', _ast.Load(), lineno=3, col_offset=4)
assert (n.id, n.lineno, n.col_offset) == ('x', 3, 4)
assert isinstance(n.ctx, _ast.Load)
n = _ast.Name(id='y', foo=5)
assert n.__dict__ == {'id': 'y', 'foo': 5}
assert _ast.Name().__dict__ == {}
assert error(_ast.Name, 'x') == (TypeError, 'Name constructor takes either 0 or 2 positional arguments')
assert error(_ast.Name, 'x', 1, 2) == (TypeError, 'Name constructor takes either 0 or 2 positional arguments')
assert error(_ast.Return, 1, 2) == (TypeError, 'Return constructor takes either 0 or 1 positional argument')
assert error(_ast.Pass, 1) == (TypeError, 'Pass constructor takes 0 positional arguments')
assert error(_ast.Add, 1) == (TypeError, 'Add constructor takes 0 positional arguments')
assert error(_ast.expr, 1) == (TypeError, 'expr constructor takes 0 positional arguments')
assert error(_ast.AST, 1) == (TypeError, '_ast.AST constructor takes 0 positional arguments')
assert error(_ast.BinOp, 1, 2) == (TypeError, 'BinOp constructor takes either 0 or 3 positional arguments')
# AST itself has no __dict__; its subclasses do.
assert error(_ast.AST, foo=1)[0] is AttributeError
assert not hasattr(_ast.AST(), '__dict__')
try:
    _ast.Name().id
except AttributeError as e:
    assert str(e) == "'Name' object has no attribute 'id'", e
else:
    raise AssertionError
x = _ast.Name()
x.anything = 3
assert x.anything == 3

# A subclass's __init__ still fills the fields.
class MyName(_ast.Name):
    pass
m = MyName('z', _ast.Store())
assert m.id == 'z' and isinstance(m.ctx, _ast.Store)
assert isinstance(m, _ast.expr)

# __reduce__ and pickling.
assert _ast.AST().__reduce__() == (_ast.AST, ())
r = _ast.Name(1, 2, lineno=3).__reduce__()
assert r[0] is _ast.Name and r[1] == () and r[2] == {'id': 1, 'ctx': 2, 'lineno': 3}
n = _ast.Name('x', _ast.Load(), lineno=1, col_offset=2)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    m = pickle.loads(pickle.dumps(n, proto))
    assert type(m) is _ast.Name
    assert (m.id, m.lineno, m.col_offset) == ('x', 1, 2)
    assert type(m.ctx) is _ast.Load

# Trees from compile() share one instance of each operator and context.
t = compile("a + b; c + d; x = y - z", "<s>", "exec", _ast.PyCF_ONLY_AST)
assert t.body[0].value.op is t.body[1].value.op
assert t.body[0].value.left.ctx is t.body[2].value.left.ctx
assert t.body[2].value.op is not t.body[0].value.op
assert type(t.body[2].targets[0].ctx) is _ast.Store
t2 = compile("e + f", "<s>", "eval", _ast.PyCF_ONLY_AST)
assert t2.body.op is t.body[0].value.op
