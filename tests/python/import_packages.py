# Packages, relative imports, circular imports, failures and messages.
import os
import sys

base = os.path.abspath('import_tmp_pkgs_%d' % os.getpid())


def write(rel, text):
    path = os.path.join(base, rel)
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        os.makedirs(folder)
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


def rmtree(path):
    for name in os.listdir(path):
        p = os.path.join(path, name)
        if os.path.isdir(p) and not os.path.islink(p):
            rmtree(p)
        else:
            os.remove(p)
    os.rmdir(path)


write('pkg/__init__.py', "__all__ = ['a', 'helper']\nfrom . import a\n"
      "def helper(): return 'h'\n_private = 1\npublic = 2\n")
write('pkg/a.py', "from .sub import b\nX = 'a'\n")
write('pkg/sub/__init__.py', "")
write('pkg/sub/b.py', "import pkg\nfrom . import c\nPKG = __package__\n")
write('pkg/sub/c.py', "C = 'c'\n")
write('plain/__init__.py', "__all__ = ['x']\n")
write('noinit/mod.py', "V = 1\n")
write('failing.py', "import sys\nSEEN = True\nraise KeyError('boom')\n")
write('cyc_a.py', "import cyc_b\nA = 'a'\ndef get(): return cyc_b.B\n")
write('cyc_b.py', "import cyc_a\nB = 'b'\nSAW_A = hasattr(cyc_a, 'A')\n")
write('cyc_c.py', "from cyc_d import D\nC = 'c'\n")
write('cyc_d.py', "from cyc_c import C\nD = 'd'\n")
write('star.py', "from pkg import *\nNAMES = sorted(k for k in dir() if not k.startswith('__'))\n")
write('star2.py', "_hidden = 1\nshown = 2\n")
write('star2user.py', "from star2 import *\nNAMES = sorted(k for k in dir() if not k.startswith('__'))\n")
write('beyond/__init__.py', "")
write('beyond/m.py', "from ... import x\n")
write('m\u00f6d\u00fcl.py', "VALUE = '\u00fc'\n")
write('f\u00f6lder/pk\u00e9/__init__.py', "NAME = __name__\n")

sys.path.insert(0, base)
sys.path.insert(0, os.path.join(base, 'f\u00f6lder'))
try:
    import pkg
    assert pkg.__package__ == 'pkg'
    assert pkg.__path__ == [os.path.join(base, 'pkg')]
    assert pkg.__file__ == os.path.join(base, 'pkg', '__init__.py')
    assert pkg.a.X == 'a'
    import pkg.sub.b
    assert pkg.sub.b.PKG == 'pkg.sub'
    assert pkg.sub.c.C == 'c'
    assert pkg.sub.__package__ is None      # no relative import ran in it
    assert sys.modules['pkg.sub.c'] is pkg.sub.c
    # __cached__ is the PEP 3147 path, written or not.
    import imp
    assert pkg.a.__cached__ == imp.cache_from_source(pkg.a.__file__)

    import star
    assert star.NAMES == ['a', 'helper'], star.NAMES
    import star2user
    assert star2user.NAMES == ['shown'], star2user.NAMES

    # from-import of something missing
    try:
        from pkg import nothere
    except ImportError as e:
        assert str(e) == 'cannot import name nothere', str(e)
    else:
        raise AssertionError
    try:
        import pkg.nothere.deeper
    except ImportError as e:
        assert str(e) == 'No module named nothere.deeper', str(e)
    else:
        raise AssertionError
    try:
        import nothere_at_all
    except ImportError as e:
        assert str(e) == 'No module named nothere_at_all', str(e)
    try:
        __import__('pkg.a.notapackage')
    except ImportError as e:
        assert str(e) == 'No module named notapackage', str(e)

    # A folder without __init__.py is not a package.
    try:
        import noinit.mod
    except ImportError as e:
        assert str(e) == 'No module named noinit.mod', str(e)
    else:
        raise AssertionError

    # A failing module body: the exception propagates and the module is
    # not left in sys.modules; a second import runs it again.
    for i in range(2):
        try:
            import failing
        except KeyError as e:
            assert e.args == ('boom',)
        else:
            raise AssertionError
        assert 'failing' not in sys.modules

    # Circular imports: the partially initialised module is visible.
    import cyc_a
    assert cyc_a.get() == 'b'
    assert sys.modules['cyc_b'].SAW_A is False
    try:
        import cyc_c
    except ImportError as e:
        assert str(e) == 'cannot import name C', str(e)
    else:
        raise AssertionError
    assert 'cyc_c' not in sys.modules and 'cyc_d' not in sys.modules

    # Relative imports beyond the top-level package and outside one.
    try:
        import beyond.m
    except ValueError as e:
        assert str(e) == 'Attempted relative import beyond toplevel package', str(e)
    else:
        raise AssertionError
    try:
        exec("from . import x", {'__name__': 'toplevel'})
    except ValueError as e:
        assert str(e) == 'Attempted relative import in non-package', str(e)
    else:
        raise AssertionError

    # __import__'s forms.
    top = __import__('pkg.sub.b')
    assert top is pkg
    leaf = __import__('pkg.sub.b', fromlist=['PKG'])
    assert leaf is pkg.sub.b
    rel = __import__('b', {'__name__': 'pkg.sub.x', '__package__': 'pkg.sub'}, None, ['PKG'], 1)
    assert rel is pkg.sub.b
    same = __import__('', {'__name__': 'pkg.sub.x', '__package__': 'pkg.sub'}, None, ['c'], 1)
    assert same is pkg.sub
    try:
        __import__('')
    except ValueError as e:
        assert str(e) == 'Empty module name'
    try:
        __import__('x', {'__package__': 'nosuchparent'}, None, [], 1)
    except SystemError as e:
        assert str(e) == "Parent module 'nosuchparent' not loaded, cannot perform relative import", str(e)
    else:
        raise AssertionError
    try:
        __import__('os/path')
    except ImportError as e:
        assert str(e) == 'Import by filename is not supported.'
    try:
        __import__(b'pkg')
    except TypeError:
        pass
    else:
        raise AssertionError

    # Non-ASCII module names and folders.
    import mödül
    assert mödül.VALUE == '\u00fc'
    import pké
    assert pké.NAME == 'pké'
    assert 'földer' in pké.__file__

    # The module's __builtins__ and names.
    assert pkg.a.__name__ == 'pkg.a'
    assert pkg.a.__builtins__ is not None
finally:
    rmtree(base)
    del sys.path[:2]
