# The symtable module over _symtable: scopes, their kinds and symbols,
# and each symbol's flags, as CPython 3.2 reports them.
import symtable
import _symtable

SRC = """\
import os.path as p, sys
from m import *
g = 1
def spam(a, b, *var, kw, **k):
    global bar
    x = var
    def inner(c=1):
        nonlocal x
        x = c + b
        return lambda: x
    return bar
class Cls(Base):
    attr = 0
    def method(self):
        return __class__
    def method(self, q: int) -> 'r':
        return [y for y in q]
"""

top = symtable.symtable(SRC, "example.py", "exec")
assert type(top) is symtable.SymbolTable
assert top.get_type() == 'module' and top.get_name() == 'top' and top.get_lineno() == 0
assert repr(top) == '<SymbolTable for top in example.py>'
assert not top.is_optimized() and not top.is_nested() and top.has_children()
assert not top.has_exec() and top.has_import_star()
assert sorted(top.get_identifiers()) == ['Base', 'Cls', 'bar', 'g', 'p', 'spam', 'sys'], sorted(top.get_identifiers())
assert [c.get_name() for c in top.get_children()] == ['spam', 'Cls']
assert top.lookup('g').is_assigned() and top.lookup('g').is_local() and not top.lookup('g').is_global()
assert top.lookup('bar').is_global()
assert top.lookup('p').is_imported() and not top.lookup('p').is_assigned()
assert top.lookup('spam').is_namespace()
assert top.lookup('spam').get_namespace() is top.get_children()[0]
assert top.lookup('spam') is top.lookup('spam')
assert repr(top.lookup('g')) == "<symbol 'g'>"
assert len(top.get_symbols()) == len(list(top.get_identifiers()))
try:
    top.lookup('nothing')
except KeyError:
    pass
else:
    raise AssertionError

spam = top.lookup('spam').get_namespace()
assert type(spam) is symtable.Function and spam.get_type() == 'function'
assert repr(spam) == '<Function SymbolTable for spam in example.py>'
assert spam.get_lineno() == 4 and spam.is_optimized() and not spam.is_nested()
assert sorted(spam.get_parameters()) == ['a', 'b', 'k', 'kw', 'var']
assert sorted(spam.get_locals()) == ['a', 'b', 'inner', 'k', 'kw', 'var', 'x']
assert spam.get_globals() == ('bar',)
assert spam.get_frees() == ()
assert spam.lookup('bar').is_declared_global() and spam.lookup('bar').is_referenced()
assert spam.lookup('a').is_parameter() and spam.lookup('a').is_local()
assert not spam.lookup('x').is_free()

inner = spam.get_children()[0]
assert inner.get_name() == 'inner' and inner.is_nested()
assert inner.get_parameters() == ('c',)
assert sorted(inner.get_frees()) == ['b', 'x']
assert inner.lookup('x').is_free() and inner.lookup('x').is_assigned()
lam = inner.get_children()[0]
assert lam.get_name() == 'lambda' and lam.get_frees() == ('x',)

cls = top.get_children()[1]
assert type(cls) is symtable.Class and cls.get_type() == 'class'
assert repr(cls) == '<Class SymbolTable for Cls in example.py>'
assert cls.get_methods() == ('method',)
assert not cls.is_optimized()
method = cls.lookup('method')
assert len(method.get_namespaces()) == 2
try:
    method.get_namespace()
except ValueError as e:
    assert str(e) == 'name is bound to multiple namespaces'
else:
    raise AssertionError
first = method.get_namespaces()[0]
assert first.lookup('__class__').is_free()
assert 'listcomp' in [c.get_name() for c in method.get_namespaces()[1].get_children()]

# eval and single modes.
t = symtable.symtable("a + b", "<e>", "eval")
assert sorted(t.get_identifiers()) == ['a', 'b'] and t.lookup('a').is_global()
t = symtable.symtable("x = 1\n", "<s>", "single")
assert list(t.get_identifiers()) == ['x']

# Errors: the compiler's.
for src, msg in (("def f():\n    nonlocal y\n", "no binding for nonlocal 'y' found"),
                 ("nonlocal z\n", "nonlocal declaration not allowed at module level"),
                 ("def f(a, a): pass\n", "duplicate argument 'a' in function definition"),
                 ("x = = 1", "invalid syntax")):
    try:
        symtable.symtable(src, "bad.py", "exec")
    except SyntaxError as e:
        assert e.msg == msg, e.msg
    else:
        raise AssertionError(src)
try:
    symtable.symtable("x", "f", "bogus")
except ValueError as e:
    assert str(e) == "symtable() arg 3 must be 'exec' or 'eval' or 'single'"
else:
    raise AssertionError

# The raw _symtable view.
raw = _symtable.symtable("def f(a):\n    return a\n", "r.py", "exec")
assert isinstance(raw, dict) and len(raw) == 2
entries = sorted(raw.values(), key=lambda e: e.lineno)
assert [e.name for e in entries] == ['top', 'f']
assert entries[0].type == _symtable.TYPE_MODULE and entries[1].type == _symtable.TYPE_FUNCTION
assert entries[1].varnames == ['a'] and entries[1].children == [] and entries[0].children == [entries[1]]
assert entries[1].symbols['a'] == _symtable.DEF_PARAM | _symtable.USE | (_symtable.LOCAL << _symtable.SCOPE_OFF)
assert entries[0].symbols['f'] == _symtable.DEF_LOCAL | (_symtable.LOCAL << _symtable.SCOPE_OFF)
assert entries[1].optimized == 0 and entries[1].nested == 0 and entries[0].optimized == _symtable.OPT_TOPLEVEL
assert repr(entries[1]) == '<symtable entry f(%d), line 1>' % entries[1].id
assert (_symtable.USE, _symtable.DEF_GLOBAL, _symtable.DEF_LOCAL, _symtable.DEF_PARAM, _symtable.DEF_FREE,
        _symtable.DEF_FREE_CLASS, _symtable.DEF_IMPORT, _symtable.DEF_BOUND) == (16, 1, 2, 4, 32, 64, 128, 134)
assert (_symtable.LOCAL, _symtable.GLOBAL_EXPLICIT, _symtable.GLOBAL_IMPLICIT, _symtable.FREE, _symtable.CELL) == (1, 2, 3, 4, 5)
assert (_symtable.SCOPE_OFF, _symtable.SCOPE_MASK, _symtable.OPT_IMPORT_STAR, _symtable.OPT_TOPLEVEL) == (11, 15, 1, 2)
assert (_symtable.TYPE_FUNCTION, _symtable.TYPE_CLASS, _symtable.TYPE_MODULE) == (0, 1, 2)
