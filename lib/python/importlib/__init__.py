"""Programmatic access to the import system.

import_module() imports a module by name, relative names included, and
__import__() is an implementation of the built-in of that name. The
submodules give the protocol of PEP 302 as classes: importlib.abc its
abstract base classes, importlib.machinery the finders the import
statement uses, importlib.util decorators that help write loaders.
"""

__all__ = ['__import__', 'import_module']

from . import _bootstrap
from ._bootstrap import __import__


def import_module(name, package=None):
    """Import the module name and return it (not its top-level package).

    A name starting with dots is relative: package names the package it
    is relative to (which must already be imported), and is required
    then.
    """
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("relative imports require the 'package' "
                            "argument")
        level = len(name) - len(name.lstrip('.'))
    return _bootstrap._gcd_import(name[level:], package, level)
