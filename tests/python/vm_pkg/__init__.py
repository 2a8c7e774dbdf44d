# A package for vm_imports.py.
from . import sub
PKG = 'vm_pkg'
