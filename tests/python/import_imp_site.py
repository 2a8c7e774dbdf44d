# The imp module, the site module, and the library's sys.path entries.
import imp
import os
import site
import sys
sys.dont_write_bytecode = True   # keep the fixtures folder clean

assert len(imp.get_magic()) == 4 and imp.get_magic()[2:] == b'\r\n'
assert imp.get_suffixes()[-2:] == [('.py', 'U', imp.PY_SOURCE), ('.pyc', 'rb', imp.PY_COMPILED)]
assert (imp.SEARCH_ERROR, imp.PY_SOURCE, imp.PY_COMPILED, imp.C_EXTENSION,
        imp.PY_RESOURCE, imp.PKG_DIRECTORY, imp.C_BUILTIN, imp.PY_FROZEN,
        imp.PY_CODERESOURCE, imp.IMP_HOOK) == tuple(range(10))
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'import_fixtures')
f, path, desc = imp.find_module('runpkg', [here])
assert (f, path, desc) == (None, os.path.join(here, 'runpkg'), ('', '', imp.PKG_DIRECTORY))
f, path, desc = imp.find_module('plain', [os.path.join(here, 'runpkg')])
try:
    assert path == os.path.join(here, 'runpkg', 'plain.py')
    assert desc == ('.py', 'U', imp.PY_SOURCE)
    assert f.read() == 'RAN = (__name__, __package__)\n'
    f.seek(0)
    m = imp.load_module('imp_loaded', f, path, desc)
    assert m.RAN == ('imp_loaded', None) and sys.modules['imp_loaded'] is m
finally:
    f.close()
assert imp.find_module('sys') == (None, 'sys', ('', '', imp.C_BUILTIN))
try:
    imp.find_module('imp_nothere', [here])
except ImportError as e:
    assert str(e) == 'No module named imp_nothere'
try:
    imp.load_module('x', None, path, desc)
except ValueError as e:
    assert str(e) == 'file object required for import (type code 1)'
imp_src = imp.load_source('imp_src', os.path.join(here, 'runpkg', 'plain.py'))
assert imp_src.RAN == ('imp_src', None)
m = imp.load_package('imp_pkg', os.path.join(here, 'runpkg'))
assert m.X == 1 and m.__path__ == [os.path.join(here, 'runpkg')]
assert imp.is_builtin('sys') == -1 and imp.is_builtin('imp_nothere') == 0
assert imp.is_frozen('imp_nothere') is False
m = imp.new_module('fresh')
assert m.__name__ == 'fresh' and 'fresh' not in sys.modules
assert sorted(m.__dict__) == ['__doc__', '__name__', '__package__']
# reload re-runs the code in the same namespace.
sys.path.insert(0, os.path.join(here, 'runpkg'))
import plain
plain.EXTRA = 1
plain.RAN = None
assert imp.reload(plain) is plain and plain.EXTRA == 1 and plain.RAN == ('plain', None)
try:
    imp.reload(imp_src)
except ImportError as e:
    assert str(e) == 'No module named imp_src'
    assert sys.modules['imp_src'] is imp_src
del sys.path[0]
try:
    imp.reload(1)
except TypeError as e:
    assert str(e) == 'reload() argument must be module'
try:
    imp.reload(imp.new_module('not_loaded'))
except ImportError as e:
    assert str(e) == 'reload(): module not_loaded not in sys.modules'
# The import lock.
assert imp.lock_held() is False
imp.acquire_lock()
assert imp.lock_held() is True
imp.release_lock()
assert imp.lock_held() is False
try:
    imp.release_lock()
except RuntimeError as e:
    assert str(e) == 'not holding the import lock'

# site
assert isinstance(site.USER_SITE, str) and site.USER_SITE.startswith(site.USER_BASE)
assert site.ENABLE_USER_SITE in (True, False, None)
assert site.ENABLE_USER_SITE == (not sys.flags.no_user_site) or site.ENABLE_USER_SITE is None
assert site.PREFIXES == [sys.prefix, sys.exec_prefix]
base = os.path.abspath('import_tmp_site_%d' % os.getpid())
os.makedirs(os.path.join(base, 'extra'))
try:
    with open(os.path.join(base, 'a.pth'), 'w') as f:
        f.write('# comment\nextra\nmissing_folder\nimport sys; sys.pth_ran = True\n')
    with open(os.path.join(base, 'extra', 'sitemod.py'), 'w') as f:
        f.write('OK = 1\n')
    saved = sys.path[:]
    site.addsitedir(base)
    assert sys.path[len(saved):] == [base, os.path.join(base, 'extra')], sys.path
    assert sys.pth_ran is True
    import sitemod
    assert sitemod.OK == 1
    sys.path[:] = saved
finally:
    for p in ['a.pth', 'extra/sitemod.py']:
        os.remove(os.path.join(base, p))
    if os.path.isdir(os.path.join(base, 'extra', '__pycache__')):
        for n in os.listdir(os.path.join(base, 'extra', '__pycache__')):
            os.remove(os.path.join(base, 'extra', '__pycache__', n))
        os.rmdir(os.path.join(base, 'extra', '__pycache__'))
    os.rmdir(os.path.join(base, 'extra'))
    os.rmdir(base)

# Every library module is found through sys.path, and an earlier entry
# overrides a library module.
import pkgutil
assert any(pkgutil.__file__.startswith(p + os.sep) for p in sys.path if p)
loader = pkgutil.get_loader('pkgutil')
src = loader.get_source('pkgutil')
assert 'def get_loader' in src
