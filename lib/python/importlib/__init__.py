"""Programmatic access to the import system.

import_module() imports a module by name, relative names included; the
submodules abc, machinery and util give the import protocol's base
classes and the finders the interpreter itself uses.
"""

__all__ = ['__import__', 'import_module']

import builtins as _builtins
import sys as _sys


def __import__(name, globals={}, locals={}, fromlist=[], level=0):
    """Import a module, with the same arguments and result as the built-in
    __import__."""
    return _builtins.__import__(name, globals, locals, fromlist, level)


def _resolve_name(name, package, level):
    # Climb level-1 packages up from package, then append name.
    parts = package.rsplit('.', level - 1)
    if len(parts) < level:
        raise ValueError("attempted relative import beyond top-level "
                         "package")
    base = parts[0]
    if name:
        return base + '.' + name
    return base


def import_module(name, package=None):
    """Import the module name and return it (not its top-level package).

    A name starting with dots is relative: package names the package it
    is relative to, and is required then.
    """
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("relative imports require the 'package' "
                            "argument")
        while level < len(name) and name[level] == '.':
            level += 1
        name = _resolve_name(name[level:], package, level)
    _builtins.__import__(name)
    return _sys.modules[name]
