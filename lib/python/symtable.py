"""The symbol tables the compiler builds: which names each scope of a
program binds, uses, declares global or nonlocal, and how each one is
resolved.  Built on the _symtable module, which runs Taipan's own
symbol table pass (the one the compiler uses)."""

import _symtable
from _symtable import (USE, DEF_GLOBAL, DEF_LOCAL, DEF_PARAM,
     DEF_IMPORT, DEF_BOUND, OPT_IMPORT_STAR, SCOPE_OFF, SCOPE_MASK, FREE,
     LOCAL, GLOBAL_IMPLICIT, GLOBAL_EXPLICIT, CELL)

__all__ = ["symtable", "SymbolTable", "Class", "Function", "Symbol"]


def symtable(code, filename, compile_type):
    """Return the SymbolTable of the module (or expression, or
    interactive statement, as compile_type says) whose source is code."""
    blocks = _symtable.symtable(code, filename, compile_type)
    top = None
    for block in blocks.values():
        if block.name == 'top':
            top = block
            break
    return _table_for(top, filename)


class _TableCache:
    """Hands out one SymbolTable object per (raw block, filename), of the
    class the block's type calls for."""

    def __init__(self):
        try:
            import weakref
            self._made = weakref.WeakValueDictionary()
        except ImportError:
            self._made = {}

    def __call__(self, block, filename):
        key = (block, filename)
        table = self._made.get(key)
        if table is None:
            if block.type == _symtable.TYPE_FUNCTION:
                table = Function(block, filename)
            elif block.type == _symtable.TYPE_CLASS:
                table = Class(block, filename)
            else:
                table = SymbolTable(block, filename)
            self._made[key] = table
        return table


_table_for = _TableCache()


def _scope(flags):
    return (flags >> SCOPE_OFF) & SCOPE_MASK


class SymbolTable(object):
    """One scope: a module, a class body or a function."""

    def __init__(self, raw_table, filename):
        self._table = raw_table
        self._filename = filename
        self._symbols = {}

    def __repr__(self):
        if self.__class__ == SymbolTable:
            kind = ""
        else:
            kind = self.__class__.__name__ + " "
        if self._table.name == "global":
            return "<{0}SymbolTable for module {1}>".format(kind, self._filename)
        return "<{0}SymbolTable for {1} in {2}>".format(
            kind, self._table.name, self._filename)

    def get_type(self):
        """'module', 'class' or 'function'."""
        kind = self._table.type
        if kind == _symtable.TYPE_MODULE:
            return "module"
        if kind == _symtable.TYPE_FUNCTION:
            return "function"
        if kind == _symtable.TYPE_CLASS:
            return "class"
        assert kind in (1, 2, 3), "unexpected type: {0}".format(kind)

    def get_id(self):
        return self._table.id

    def get_name(self):
        """The name of the scope: the class's or function's, 'top' for the
        module."""
        return self._table.name

    def get_lineno(self):
        return self._table.lineno

    def is_optimized(self):
        """Whether the scope's locals live in fast slots (a function
        without 'import *')."""
        return bool(self._table.type == _symtable.TYPE_FUNCTION
                    and not self._table.optimized)

    def is_nested(self):
        return bool(self._table.nested)

    def has_children(self):
        return bool(self._table.children)

    def has_exec(self):
        """Always False: exec is a function in Python 3."""
        return False

    def has_import_star(self):
        return bool(self._table.optimized & OPT_IMPORT_STAR)

    def get_identifiers(self):
        return self._table.symbols.keys()

    def lookup(self, name):
        """The Symbol of name in this scope (KeyError if it has none)."""
        symbol = self._symbols.get(name)
        if symbol is None:
            flags = self._table.symbols[name]
            namespaces = [_table_for(child, self._filename)
                          for child in self._table.children
                          if child.name == name]
            symbol = self._symbols[name] = Symbol(name, flags, namespaces)
        return symbol

    def get_symbols(self):
        return [self.lookup(name) for name in self.get_identifiers()]

    def get_children(self):
        return [_table_for(child, self._filename)
                for child in self._table.children]


class Function(SymbolTable):
    """The scope of a def or lambda (or a comprehension)."""

    _params = _locals = _globals = _frees = None

    def _names_where(self, test):
        symbols = self._table.symbols
        return tuple([name for name in self.get_identifiers()
                      if test(symbols[name])])

    def get_parameters(self):
        if self._params is None:
            self._params = self._names_where(lambda f: f & DEF_PARAM)
        return self._params

    def get_locals(self):
        if self._locals is None:
            self._locals = self._names_where(
                lambda f: _scope(f) in (LOCAL, CELL))
        return self._locals

    def get_globals(self):
        if self._globals is None:
            self._globals = self._names_where(
                lambda f: _scope(f) in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))
        return self._globals

    def get_frees(self):
        if self._frees is None:
            self._frees = self._names_where(lambda f: _scope(f) == FREE)
        return self._frees


class Class(SymbolTable):
    """The scope of a class body."""

    _methods = None

    def get_methods(self):
        """The names of the scopes directly inside the class."""
        if self._methods is None:
            seen = {}
            for child in self._table.children:
                seen[child.name] = 1
            self._methods = tuple(seen)
        return self._methods


class Symbol(object):
    """One name of a scope, with what the scope does with it."""

    def __init__(self, name, flags, namespaces=None):
        self.__name = name
        self.__flags = flags
        self.__scope = _scope(flags)
        self.__namespaces = namespaces or ()

    def __repr__(self):
        return "<symbol {0!r}>".format(self.__name)

    def get_name(self):
        return self.__name

    def is_referenced(self):
        return bool(self.__flags & USE)

    def is_parameter(self):
        return bool(self.__flags & DEF_PARAM)

    def is_global(self):
        return bool(self.__scope in (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT))

    def is_declared_global(self):
        return bool(self.__scope == GLOBAL_EXPLICIT)

    def is_local(self):
        return bool(self.__flags & DEF_BOUND)

    def is_free(self):
        return bool(self.__scope == FREE)

    def is_imported(self):
        return bool(self.__flags & DEF_IMPORT)

    def is_assigned(self):
        return bool(self.__flags & DEF_LOCAL)

    def is_namespace(self):
        """Whether the name is bound by a def or class statement of this
        scope (it may be bound to other things as well)."""
        return bool(self.__namespaces)

    def get_namespaces(self):
        """The scopes of the defs and classes bound to the name."""
        return self.__namespaces

    def get_namespace(self):
        """The one scope bound to the name; ValueError if there are
        several or none."""
        if len(self.__namespaces) != 1:
            raise ValueError("name is bound to multiple namespaces")
        return self.__namespaces[0]
