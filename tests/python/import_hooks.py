# PEP 302 hooks written in Python: sys.meta_path, sys.path_hooks,
# sys.path_importer_cache, imp.NullImporter.
import imp
import sys


class Finder:
    def __init__(self):
        self.seen = []

    def find_module(self, fullname, path=None):
        self.seen.append((fullname, path))
        if fullname.split('.')[0] == 'virt':
            return self
        return None

    def load_module(self, fullname):
        mod = sys.modules.setdefault(fullname, imp.new_module(fullname))
        mod.__file__ = '<virt>'
        mod.__loader__ = self
        if fullname == 'virt':
            mod.__path__ = []
        mod.value = fullname.upper()
        return mod


f = Finder()
sys.meta_path.append(f)
try:
    import virt.inner
    assert virt.inner.value == 'VIRT.INNER' and virt.value == 'VIRT'
    assert f.seen == [('virt', None), ('virt.inner', [])], f.seen
    assert virt.inner.__loader__ is f
    assert virt.inner is virt.__dict__['inner']
    try:
        import hooks_nothere
    except ImportError as e:
        assert str(e) == 'No module named hooks_nothere'
    assert f.seen[-1] == ('hooks_nothere', None)
    # sys.modules is consulted before the finders.
    n = len(f.seen)
    import virt.inner
    assert len(f.seen) == n
finally:
    sys.meta_path.remove(f)


class PathHook:
    made = []

    def __init__(self, path):
        if not path.startswith('magic:'):
            raise ImportError
        self.path = path
        PathHook.made.append(path)

    def find_module(self, fullname, path=None):
        return self if fullname == 'magicmod' else None

    def load_module(self, fullname):
        m = imp.new_module(fullname)
        m.where = self.path
        sys.modules[fullname] = m
        return m


sys.path_hooks.append(PathHook)
sys.path.append('magic:here')
try:
    import magicmod
    assert magicmod.where == 'magic:here'
    assert isinstance(sys.path_importer_cache['magic:here'], PathHook)
    del sys.modules['magicmod']
    import magicmod
    assert PathHook.made == ['magic:here']      # the importer was cached
finally:
    sys.path_hooks.remove(PathHook)
    sys.path.remove('magic:here')
    sys.path_importer_cache.pop('magic:here', None)

# An entry that is no folder gets a NullImporter; a folder gets None.
sys.path.append('/nonexistent/import_hooks')
try:
    try:
        import import_hooks_zzz
    except ImportError:
        pass
    assert isinstance(sys.path_importer_cache['/nonexistent/import_hooks'], imp.NullImporter)
    assert sys.path_importer_cache['/nonexistent/import_hooks'].find_module('x') is None
finally:
    sys.path.remove('/nonexistent/import_hooks')
try:
    imp.NullImporter('.')
except ImportError as e:
    assert str(e) == 'existing directory'
else:
    raise AssertionError
try:
    imp.NullImporter('')
except ImportError as e:
    assert str(e) == 'empty pathname'


# A finder's own exception propagates.
class Bad:
    def find_module(self, name, path=None):
        raise KeyError(name)


sys.meta_path.insert(0, Bad())
try:
    import hooks_abcdef
except KeyError as e:
    assert e.args == ('hooks_abcdef',)
else:
    raise AssertionError
finally:
    del sys.meta_path[0]

# The machinery's lists must have their types.
saved = sys.meta_path
sys.meta_path = None
try:
    import hooks_abcdefg
except RuntimeError as e:
    assert str(e) == 'sys.meta_path must be a list of import hooks'
else:
    raise AssertionError
finally:
    sys.meta_path = saved
saved = sys.path_hooks
sys.path_hooks = ()
try:
    import hooks_abcdefh
except RuntimeError as e:
    assert str(e) == 'sys.path_hooks must be a list of import hooks'
finally:
    sys.path_hooks = saved

# A loader may put another object in sys.modules.
class Replacer:
    def find_module(self, fullname, path=None):
        return self if fullname == 'replaced_mod' else None

    def load_module(self, fullname):
        sys.modules[fullname] = 42
        return 42


sys.meta_path.append(Replacer())
try:
    import replaced_mod
    assert replaced_mod == 42
finally:
    del sys.meta_path[-1]
    del sys.modules['replaced_mod']
