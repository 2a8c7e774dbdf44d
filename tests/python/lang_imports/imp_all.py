# Imported by lang_imports.py: __all__ limits "from imp_all import *".
__all__ = ['exported', '_also_exported']
exported = 1
_also_exported = 2
not_exported = 3
