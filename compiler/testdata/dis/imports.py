import os
import os.path
import os.path as osp
import a.b.c as d
import x, y as z
from os import path
from os import path as p, sep
from . import sibling
from .. import parent
from .mod import name
from ...pkg.mod import other as o
from os import *

def f():
    import sys
    from os import path
    import a.b
    return sys, path, a
