# importlib as 3.2 has it: import_module and __import__, the ABCs of
# importlib.abc, the finders of importlib.machinery and the decorators of
# importlib.util.
import imp
import importlib
import importlib.abc as abc
import importlib.machinery as machinery
import importlib.util as util
import marshal
import os
import sys
import warnings

base = os.path.abspath('import_tmp_importlib_%d' % os.getpid())
os.mkdir(base)


def write(rel, text):
    path = os.path.join(base, rel)
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        os.makedirs(folder)
    with open(path, 'w') as f:
        f.write(text)
    return path


def rmtree(path):
    for name in os.listdir(path):
        p = os.path.join(path, name)
        if os.path.isdir(p):
            rmtree(p)
        else:
            os.remove(p)
    os.rmdir(path)


def raises(exc, fn, *args):
    try:
        fn(*args)
    except exc as e:
        return str(e)
    raise AssertionError('%s not raised by %r%r' % (exc.__name__, fn, args))


assert importlib.__all__ == ['__import__', 'import_module']

write('ilpkg/__init__.py', "INIT = True\n")
write('ilpkg/sub/__init__.py', "")
write('ilpkg/sub/leaf.py', "from .. import mod\nVALUE = mod.VALUE * 2\n")
write('ilpkg/mod.py', "VALUE = 21\n")
write('ilmod.py', "X = 'x'\n")
write('ilbroken.py', "import il_does_not_exist\n")
write('ilfails.py', "raise KeyError('body')\n")
os.mkdir(os.path.join(base, 'ilnoinit'))

saved_path = sys.path[:]
saved_dwb = sys.dont_write_bytecode
sys.dont_write_bytecode = True
sys.path.insert(0, base)
try:
    # import_module returns the module itself, not its top package.
    leaf = importlib.import_module('ilpkg.sub.leaf')
    assert leaf is sys.modules['ilpkg.sub.leaf']
    assert leaf.VALUE == 42
    assert sys.modules['ilpkg.sub'].leaf is leaf
    assert leaf.__package__ == 'ilpkg.sub'
    assert importlib.import_module('ilpkg').INIT
    # Relative names.
    assert importlib.import_module('.mod', 'ilpkg') is sys.modules['ilpkg.mod']
    assert importlib.import_module('..mod', 'ilpkg.sub') is sys.modules['ilpkg.mod']
    assert importlib.import_module('.', 'ilpkg') is sys.modules['ilpkg']
    assert importlib.import_module('.leaf', 'ilpkg.sub') is leaf
    # The errors, worded as 3.2 words them.
    assert raises(ImportError, importlib.import_module, 'ilpkg.nothere') == \
        'No module named ilpkg.nothere'
    assert raises(ImportError, importlib.import_module, 'il_top_nothere') == \
        'No module named il_top_nothere'
    assert raises(ImportError, importlib.import_module, 'ilmod.x') == \
        'No module named ilmod.x; ilmod is not a package'
    assert raises(ImportError, importlib.import_module, '.nothere', 'ilpkg') == \
        'No module named ilpkg.nothere'
    assert raises(ImportError, importlib.import_module, 'il_nothere.deeper') == \
        'No module named il_nothere'
    assert raises(TypeError, importlib.import_module, '.mod') == \
        "relative imports require the 'package' argument"
    assert raises(ValueError, importlib.import_module, '...mod', 'ilpkg.sub') == \
        'attempted relative import beyond top-level package'
    assert raises(ValueError, importlib.import_module, '') == 'Empty module name'
    assert raises(SystemError, importlib.import_module, '.x', 'il_not_loaded') == \
        "Parent module 'il_not_loaded' not loaded, cannot perform relative import"
    sys.modules['ilhalted'] = None
    assert raises(ImportError, importlib.import_module, 'ilhalted') == \
        'import of ilhalted halted; None in sys.modules'
    del sys.modules['ilhalted']
    # An ImportError from inside the module propagates; a failing body
    # leaves nothing in sys.modules.
    assert raises(ImportError, importlib.import_module, 'ilbroken') == \
        'No module named il_does_not_exist'
    assert 'ilbroken' not in sys.modules
    assert raises(KeyError, importlib.import_module, 'ilfails') == "'body'"
    assert 'ilfails' not in sys.modules
    # A folder without __init__ is not a package (with an ImportWarning).
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        assert raises(ImportError, importlib.import_module, 'ilnoinit') == \
            'No module named ilnoinit'
    assert [w.category for w in caught] == [ImportWarning], caught
    # Built-in modules come through BuiltinImporter.
    assert importlib.import_module('sys') is sys
    # Modules already imported come straight from sys.modules.
    assert importlib.import_module('os') is os

    # importlib.__import__ returns what the built-in returns.
    top = importlib.__import__('ilpkg.sub.leaf')
    assert top is sys.modules['ilpkg']
    assert importlib.__import__('ilpkg.sub', fromlist=['leaf']) is sys.modules['ilpkg.sub']
    write('ilpkg/star.py', "")
    write('ilpkg/sub/__init__.py', "")
    got = importlib.__import__('ilpkg', fromlist=['star', 'missing_one'])
    assert got is sys.modules['ilpkg'] and got.star is sys.modules['ilpkg.star']
    g = {'__name__': 'ilpkg.sub.leaf', '__package__': 'ilpkg.sub'}
    assert importlib.__import__('mod', g, {}, ['VALUE'], 2) is sys.modules['ilpkg.mod']
    assert importlib.__import__('sub.leaf', g, {}, [], 2) is sys.modules['ilpkg.sub']
    assert raises(KeyError, importlib.__import__, 'mod', g, {}, [], 2) == "''"
    assert importlib.__import__('', g, {}, ['leaf'], 1) is sys.modules['ilpkg.sub']
    g2 = {'__name__': 'ilpkg.sub', '__path__': []}
    assert importlib.__import__('leaf', g2, {}, ['VALUE'], 1) is leaf
    assert raises(ImportError, importlib.__import__, 'ilpkg.zz') == \
        'No module named ilpkg.zz'
    assert raises(TypeError, importlib.__import__, 42).startswith('module name must be str')

    # importlib.machinery.
    assert machinery.BuiltinImporter.find_module('sys') is machinery.BuiltinImporter
    assert machinery.BuiltinImporter.find_module('os') is None
    assert machinery.BuiltinImporter.find_module('sys', ['somewhere']) is None
    assert machinery.BuiltinImporter.is_package('sys') is False
    assert machinery.BuiltinImporter.get_code('sys') is None
    assert machinery.BuiltinImporter.get_source('sys') is None
    assert raises(ImportError, machinery.BuiltinImporter.load_module, 'ilmod') == \
        'ilmod is not a built-in module'
    assert raises(ImportError, machinery.BuiltinImporter.get_code, 'ilmod') == \
        'ilmod is not a built-in module'
    assert machinery.FrozenImporter.find_module('ilmod') is None
    assert raises(ImportError, machinery.FrozenImporter.load_module, 'ilmod') == \
        'ilmod is not a frozen module'
    name = [n for n in sys.builtin_module_names if n not in sys.modules and
            n not in ('sys', 'builtins')][0]
    m = machinery.BuiltinImporter.load_module(name)
    assert m is sys.modules[name] and m.__loader__ is machinery.BuiltinImporter
    assert m.__package__ == '', m.__package__
    # Loading it again gives the same module, its initial attributes
    # restored and others kept (imp.init_builtin, imp.reload likewise).
    import errno
    saved_enoent = errno.ENOENT
    errno.ENOENT, errno.il_extra = -1, 'kept'
    try:
        assert machinery.BuiltinImporter.load_module('errno') is errno
        assert errno.ENOENT == saved_enoent and errno.il_extra == 'kept'
        errno.ENOENT = -1
        assert imp.init_builtin('errno') is errno and errno.ENOENT == saved_enoent
        assert imp.reload(errno) is errno
    finally:
        errno.ENOENT = saved_enoent
        del errno.il_extra
    # PathFinder asks the importers of sys.path (no implicit folder
    # searching): a path hook of our own serves a made-up entry.

    class HookFinder:
        def __init__(self, entry):
            if entry != 'il:virtual':
                raise ImportError
            self.entry = entry

        def find_module(self, fullname, path=None):
            return self if fullname == 'ilvirt' else None

        def load_module(self, fullname):
            m = sys.modules.setdefault(fullname, imp.new_module(fullname))
            m.__loader__ = self
            return m
    sys.path_hooks.insert(0, HookFinder)
    try:
        loader = machinery.PathFinder.find_module('ilvirt', ['il:virtual'])
        assert isinstance(loader, HookFinder)
        assert isinstance(sys.path_importer_cache['il:virtual'], HookFinder)
        assert machinery.PathFinder.find_module('ilother', ['il:virtual']) is None
        assert machinery.PathFinder.find_module('ilvirt', ['il:elsewhere']) is None
        assert 'il:elsewhere' not in sys.path_importer_cache
        sys.path.append('il:virtual')
        assert importlib.import_module('ilvirt').__loader__ is loader.__class__ or True
        assert isinstance(sys.modules['ilvirt'].__loader__, HookFinder)
        sys.path.remove('il:virtual')
    finally:
        sys.path_hooks.remove(HookFinder)
        sys.path_importer_cache.pop('il:virtual', None)

    # importlib.abc: the ABCs and their registrations.
    assert issubclass(machinery.BuiltinImporter, abc.Finder)
    assert issubclass(machinery.FrozenImporter, abc.InspectLoader)
    assert issubclass(machinery.PathFinder, abc.Finder)
    assert not issubclass(machinery.PathFinder, abc.Loader)
    assert issubclass(abc.SourceLoader, abc.ResourceLoader)
    assert issubclass(abc.SourceLoader, abc.ExecutionLoader)
    assert issubclass(abc.ExecutionLoader, abc.InspectLoader)
    assert issubclass(abc.PyPycLoader, abc.PyLoader)
    for cls, missing in [(abc.Loader, 'load_module'), (abc.Finder, 'find_module'),
                         (abc.ResourceLoader, 'get_data, load_module'),
                         (abc.SourceLoader, 'get_data, get_filename')]:
        msg = raises(TypeError, cls)
        assert msg == "Can't instantiate abstract class %s with abstract methods %s" % (
            cls.__name__, missing), msg

    # A SourceLoader over a dict: source, bytecode through path_mtime and
    # set_data, in the interpreter's own bytecode format.
    class DictLoader(abc.SourceLoader):
        def __init__(self, files, mtimes):
            self.files, self.mtimes, self.reads = files, mtimes, []

        def get_filename(self, fullname):
            path = '/dict/' + fullname.replace('.', '/')
            if fullname == 'dpkg':
                path += '/__init__'
            path += '.py'
            if path not in self.files:
                raise ImportError(fullname)
            return path

        def get_data(self, path):
            self.reads.append(path)
            try:
                return self.files[path]
            except KeyError:
                raise IOError(path)

        def path_mtime(self, path):
            return self.mtimes[path]

        def set_data(self, path, data):
            self.files[path] = bytes(data)

    files = {'/dict/dmod.py': b"# -*- coding: latin-1 -*-\nNAME = __name__\r\nTEXT = '\xe9'\n",
             '/dict/dpkg/__init__.py': b"from . import inner\n",
             '/dict/dpkg/inner.py': b"PKG = __package__\n"}
    mtimes = {'/dict/dmod.py': 1234, '/dict/dpkg/__init__.py': 5,
              '/dict/dpkg/inner.py': 6}
    dl = DictLoader(files, mtimes)
    sys.dont_write_bytecode = False
    code = dl.get_code('dmod')
    cached = imp.cache_from_source('/dict/dmod.py')
    assert cached in files, sorted(files)
    assert files[cached][:4] == imp.get_magic()
    assert files[cached][4:8] == (1234).to_bytes(4, 'little')
    # The cache is used while the mtime matches, and the source is not read.
    dl.reads = []
    code2 = dl.get_code('dmod')
    assert dl.reads == [cached], dl.reads
    ns = {}
    exec(code2, ns)
    assert ns['TEXT'] == '\xe9'
    # A stale or corrupt cache is ignored and replaced.
    mtimes['/dict/dmod.py'] = 99
    dl.reads = []
    dl.get_code('dmod')
    assert dl.reads == [cached, '/dict/dmod.py'], dl.reads
    assert files[cached][4:8] == (99).to_bytes(4, 'little')
    files[cached] = b'garbage'
    dl.get_code('dmod')
    assert files[cached][:4] == imp.get_magic()
    # get_source decodes and translates newlines.
    assert dl.get_source('dmod') == "# -*- coding: latin-1 -*-\nNAME = __name__\nTEXT = '\xe9'\n"
    assert dl.is_package('dpkg') and not dl.is_package('dmod')
    # load_module sets what a loader sets, and nothing on failure.
    m = dl.load_module('dmod')
    assert sys.modules['dmod'] is m and m.NAME == 'dmod' and m.TEXT == '\xe9'
    assert m.__file__ == '/dict/dmod.py' and m.__loader__ is dl
    assert m.__cached__ == cached and m.__package__ == ''
    sys.meta_path.append(type('F', (), {'find_module': lambda self, n, p=None:
                                        dl if n.startswith('dpkg') else None})())
    try:
        pkg = importlib.import_module('dpkg')
        assert pkg.__path__ == ['/dict/dpkg'] and pkg.__package__ == 'dpkg'
        assert pkg.inner.PKG == 'dpkg'
    finally:
        del sys.meta_path[-1]
    files['/dict/dbad.py'] = b"1/0\n"
    mtimes['/dict/dbad.py'] = 1
    try:
        dl.load_module('dbad')
    except ZeroDivisionError:
        pass
    else:
        raise AssertionError('no error')
    assert 'dbad' not in sys.modules
    # Without path_mtime, no bytecode is read or written.

    class NoCache(DictLoader):
        path_mtime = abc.SourceLoader.path_mtime
    nc = NoCache({'/dict/nc.py': b"A = 1\n"}, {})
    nc.get_code('nc')
    assert list(nc.files) == ['/dict/nc.py']
    # sys.dont_write_bytecode stops the writing.
    sys.dont_write_bytecode = True
    files2 = {'/dict/quiet.py': b"Q = 1\n"}
    DictLoader(files2, {'/dict/quiet.py': 1}).get_code('quiet')
    assert list(files2) == ['/dict/quiet.py']
    assert raises(ImportError, DictLoader({}, {}).get_source, 'nomod') == 'nomod'

    # The deprecated PyLoader and PyPycLoader.
    class OldLoader(abc.PyPycLoader):
        def __init__(self):
            self.source = {'old': b"OLD = 'yes'\n"}
            self.bytecode = {}
            self.mtime = 10

        def source_path(self, fullname):
            return fullname + '.py' if fullname in self.source else None

        def bytecode_path(self, fullname):
            return fullname + '.bc' if fullname in self.bytecode else None

        def source_mtime(self, fullname):
            return self.mtime if fullname in self.source else None

        def write_bytecode(self, fullname, data):
            self.bytecode[fullname] = bytes(data)
            return True

        def is_package(self, fullname):
            return False

        def get_data(self, path):
            name, ext = path.rsplit('.', 1)
            return (self.source if ext == 'py' else self.bytecode)[name]

    sys.dont_write_bytecode = False
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        ol = OldLoader()
        ns = {}
        exec(ol.get_code('old'), ns)
        assert ns['OLD'] == 'yes'
        assert ol.bytecode['old'][:4] == imp.get_magic()
        assert ol.get_filename('old') == 'old.py'
        # Without source, the bytecode alone serves.
        del ol.source['old']
        ns = {}
        exec(ol.get_code('old'), ns)
        assert ns['OLD'] == 'yes'
        assert ol.get_filename('old') == 'old.bc'
        ol.bytecode['old'] = b'bad!' + ol.bytecode['old'][4:]
        assert raises(ImportError, ol.get_code, 'old') == 'bad magic number in old'
        assert raises(ImportError, ol.get_filename, 'nope') == \
            "no source or bytecode path available for 'nope'"
        assert raises(ImportError, ol.get_code, 'nope') == \
            "no source or bytecode available to create code object for 'nope'"
    assert PendingDeprecationWarning in [w.category for w in caught]

    # importlib.util.
    class UtilLoader:
        @util.module_for_loader
        def load_module(self, module, fail=False):
            module.seen = True
            if fail:
                raise ValueError('fail')
            return module

        @util.set_loader
        def plain(self, module):
            return module

    ul = UtilLoader()
    assert UtilLoader.load_module.__name__ == 'load_module'
    m = ul.load_module('ilutil')
    assert sys.modules['ilutil'] is m and m.seen and m.__name__ == 'ilutil'
    # A reload passes the existing module; failing keeps it.
    assert ul.load_module('ilutil') is m
    raises(ValueError, ul.load_module, 'ilutil', True)
    assert sys.modules['ilutil'] is m
    raises(ValueError, ul.load_module, 'ilutil2', True)
    assert 'ilutil2' not in sys.modules
    fresh = imp.new_module('fresh')
    assert ul.plain(fresh).__loader__ is ul
    fresh.__loader__ = 'kept'
    assert ul.plain(fresh).__loader__ == 'kept'

    @util.set_package
    def make(name, path=None):
        m = imp.new_module(name)
        if path is not None:
            m.__path__ = path
        return m
    assert make('a.b.c').__package__ == 'a.b'
    assert make('top').__package__ == ''
    assert make('a.pkg', []).__package__ == 'a.pkg'
finally:
    sys.path[:] = saved_path
    sys.dont_write_bytecode = saved_dwb
    for name in list(sys.modules):
        if name.startswith(('il', 'dmod', 'dpkg', 'dbad')):
            del sys.modules[name]
    rmtree(base)
