"""The finders the import statement uses, for use on sys.meta_path or on
their own: BuiltinImporter (modules built into the interpreter),
FrozenImporter (frozen modules) and PathFinder (sys.path through
sys.path_hooks and sys.path_importer_cache)."""

from ._bootstrap import BuiltinImporter
from ._bootstrap import FrozenImporter
from ._bootstrap import PathFinder
