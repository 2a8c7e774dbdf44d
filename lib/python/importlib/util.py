"""Decorators for writing loaders: module_for_loader, set_loader and
set_package."""

from ._bootstrap import module_for_loader
from ._bootstrap import set_loader
from ._bootstrap import set_package
