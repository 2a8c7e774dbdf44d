"""Module docstring comes before __future__ imports."""
from __future__ import division
from __future__ import (absolute_import, with_statement,
                        print_function as pf)
# Imports of every form.
import a
import a.b
import a.b.c
import a as b
import a.b as c
import a, b, c
import a.b as c, d, e.f as g
from a import b
from a import b as c
from a import b, c
from a import b as c, d as e, f
from a import (b)
from a import (b,)
from a import (b, c)
from a import (b as c, d,)
from a import (
    b,
    c as d,
)
from a.b.c import d
from a import *
from a.b import *
from . import a
from .. import a
from ... import a
from .... import a
from ..... import a
from ...... import a
from ....... import a
from . . . import a
from .a import b
from ..a import b
from ...a import b
from ....a.b import c
from .a.b import c as d
from . import (a, b)
from . import *
from .. a import *
def f():
    import os
    from os import path as p
    from . import sibling
    return os, p, sibling
