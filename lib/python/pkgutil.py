"""Helpers for packages and the PEP 302 import protocol: finding the
importer of a path entry and the loader of a module, listing the
modules a path holds, and reading data files that live in packages."""

import imp
import os
import sys
from types import ModuleType

__all__ = [
    'get_importer', 'iter_importers', 'get_loader', 'find_loader',
    'walk_packages', 'iter_modules', 'get_data',
    'ImpImporter', 'ImpLoader', 'read_code', 'extend_path',
]


def read_code(stream):
    """Return the code object in an open bytecode file, or None when the
    file's magic number is not this interpreter's."""
    import marshal
    if stream.read(4) != imp.get_magic():
        return None
    stream.read(8)          # the source's modification time and size
    return marshal.load(stream)


def simplegeneric(func):
    """Make func a generic function dispatching on the class of its
    first argument; implementations are added with func.register(cls)."""
    table = {}

    def wrapper(*args, **kw):
        first = args[0]
        try:
            cls = first.__class__
        except AttributeError:
            cls = type(first)
        try:
            mro = cls.__mro__
        except AttributeError:
            # An old-style object: walk its bases by hand.
            class _Tmp(cls, object):
                pass
            mro = _Tmp.__mro__[1:]
        for klass in mro:
            if klass in table:
                return table[klass](*args, **kw)
        return func(*args, **kw)

    def register(typ, impl=None):
        if impl is None:
            return lambda f: register(typ, f)
        table[typ] = impl
        return impl

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    wrapper.__dict__ = func.__dict__
    wrapper.register = register
    return wrapper


def walk_packages(path=None, prefix='', onerror=None):
    """Yield (module_finder, name, ispkg) for every module under path
    (sys.path when None), recursing into packages, which are imported to
    learn their __path__. onerror(name) is called when importing a
    package fails with anything but ImportError, which is ignored."""
    seen = set()

    def _seen(p):
        if p in seen:
            return True
        seen.add(p)
        return False

    for finder, name, ispkg in iter_modules(path, prefix):
        yield finder, name, ispkg
        if not ispkg:
            continue
        try:
            __import__(name)
        except ImportError:
            if onerror is not None:
                onerror(name)
        except Exception:
            if onerror is not None:
                onerror(name)
            else:
                raise
        else:
            sub = getattr(sys.modules[name], '__path__', None) or []
            sub = [p for p in sub if not _seen(p)]
            for item in walk_packages(sub, name + '.', onerror):
                yield item


def iter_modules(path=None, prefix=''):
    """Yield (module_finder, name, ispkg) for the top-level modules of
    path (a list of folders; sys.path when None)."""
    if path is None:
        importers = iter_importers()
    else:
        importers = map(get_importer, path)
    found = set()
    for importer in importers:
        for name, ispkg in iter_importer_modules(importer, prefix):
            if name not in found:
                found.add(name)
                yield importer, name, ispkg


@simplegeneric
def iter_importer_modules(importer, prefix=''):
    lister = getattr(importer, 'iter_modules', None)
    if lister is None:
        return []
    return lister(prefix)


def _folder_modules(folder, prefix):
    """(name, ispkg) for the modules of a folder, by name."""
    if not folder or not os.path.isdir(folder):
        return
    try:
        names = os.listdir(folder)
    except OSError:
        return
    names.sort()
    done = set()
    for fn in names:
        name = inspect_modulename(fn)
        if name == '__init__' or name in done:
            continue
        path = os.path.join(folder, fn)
        ispkg = False
        if not name and os.path.isdir(path) and '.' not in fn:
            name = fn
            try:
                inner = os.listdir(path)
            except OSError:
                inner = []
            if not any(inspect_modulename(f) == '__init__' for f in inner):
                continue
            ispkg = True
        if name and '.' not in name:
            done.add(name)
            yield prefix + name, ispkg


def inspect_modulename(filename):
    """The module name of a file name, or None."""
    for suffix, mode, kind in imp.get_suffixes():
        if filename.endswith(suffix) and len(filename) > len(suffix):
            return filename[:-len(suffix)]
    return None


class ImpImporter:
    """PEP 302 importer over a plain folder, using imp.find_module.

    ImpImporter(dirname) looks in dirname; ImpImporter() looks where the
    built-in import looks (built-in modules, then sys.path)."""

    def __init__(self, path=None):
        self.path = path

    def find_module(self, fullname, path=None):
        subname = fullname.split(".")[-1]
        if subname != fullname and self.path is None:
            return None
        if self.path is None:
            path = None
        else:
            path = [os.path.realpath(self.path)]
        try:
            file, filename, etc = imp.find_module(subname, path)
        except ImportError:
            return None
        return ImpLoader(fullname, file, filename, etc)

    def iter_modules(self, prefix=''):
        return _folder_modules(self.path, prefix)


class ImpLoader:
    """PEP 302 loader of a module imp.find_module found."""
    code = source = None

    def __init__(self, fullname, file, filename, etc):
        self.file = file
        self.filename = filename
        self.fullname = fullname
        self.etc = etc

    def load_module(self, fullname):
        self._reopen()
        try:
            mod = imp.load_module(fullname, self.file, self.filename, self.etc)
        finally:
            if self.file:
                self.file.close()
        return mod

    def get_data(self, pathname):
        with open(pathname, "rb") as f:
            return f.read()

    def _reopen(self):
        if self.file and self.file.closed:
            kind = self.etc[2]
            if kind == imp.PY_SOURCE:
                self.file = open(self.filename, 'rU')
            elif kind in (imp.PY_COMPILED, imp.C_EXTENSION):
                self.file = open(self.filename, 'rb')

    def _fix_name(self, fullname):
        if fullname is None:
            return self.fullname
        if fullname != self.fullname:
            raise ImportError("Loader for module %s cannot handle "
                              "module %s" % (self.fullname, fullname))
        return fullname

    def is_package(self, fullname):
        fullname = self._fix_name(fullname)
        return self.etc[2] == imp.PKG_DIRECTORY

    def get_code(self, fullname=None):
        fullname = self._fix_name(fullname)
        if self.code is None:
            kind = self.etc[2]
            if kind == imp.PY_SOURCE:
                source = self.get_source(fullname)
                self.code = compile(source, self.filename, 'exec')
            elif kind == imp.PY_COMPILED:
                self._reopen()
                try:
                    self.code = read_code(self.file)
                finally:
                    self.file.close()
            elif kind == imp.PKG_DIRECTORY:
                self.code = self._get_delegate().get_code()
        return self.code

    def get_source(self, fullname=None):
        fullname = self._fix_name(fullname)
        if self.source is None:
            kind = self.etc[2]
            if kind == imp.PY_SOURCE:
                self._reopen()
                try:
                    self.source = self.file.read()
                finally:
                    self.file.close()
            elif kind == imp.PY_COMPILED:
                if os.path.exists(self.filename[:-1]):
                    with open(self.filename[:-1], 'rU') as f:
                        self.source = f.read()
            elif kind == imp.PKG_DIRECTORY:
                self.source = self._get_delegate().get_source()
        return self.source

    def _get_delegate(self):
        return ImpImporter(self.filename).find_module('__init__')

    def get_filename(self, fullname=None):
        fullname = self._fix_name(fullname)
        kind = self.etc[2]
        if kind == imp.PKG_DIRECTORY:
            return self._get_delegate().get_filename()
        elif kind in (imp.PY_SOURCE, imp.PY_COMPILED, imp.C_EXTENSION):
            return self.filename
        return None


try:
    import zipimport
    from zipimport import zipimporter

    def iter_zipimport_modules(importer, prefix=''):
        names = sorted(importer._files)
        base = importer.prefix
        done = set()
        for fn in names:
            if not fn.startswith(base):
                continue
            parts = fn[len(base):].split(os.sep)
            if len(parts) == 2 and parts[1].startswith('__init__.py'):
                if parts[0] not in done:
                    done.add(parts[0])
                    yield prefix + parts[0], True
            if len(parts) != 1:
                continue
            name = inspect_modulename(parts[0])
            if name and name != '__init__' and '.' not in name and name not in done:
                done.add(name)
                yield prefix + name, False

    iter_importer_modules.register(zipimporter, iter_zipimport_modules)
except ImportError:
    pass


def get_importer(path_item):
    """The PEP 302 importer of a sys.path entry (from
    sys.path_importer_cache, or made by sys.path_hooks and cached); an
    ImpImporter for a plain folder; None when there is none."""
    try:
        importer = sys.path_importer_cache[path_item]
    except KeyError:
        for hook in sys.path_hooks:
            try:
                importer = hook(path_item)
                break
            except ImportError:
                pass
        else:
            importer = None
        sys.path_importer_cache.setdefault(path_item, importer)
    if importer is None:
        try:
            importer = ImpImporter(path_item)
        except ImportError:
            importer = None
    return importer


def iter_importers(fullname=""):
    """Yield the importers that could find fullname: those of
    sys.meta_path, then those of the package's __path__ (or sys.path),
    then one for the built-in modules."""
    if fullname.startswith('.'):
        raise ImportError("Relative module names not supported")
    if '.' in fullname:
        pkg = '.'.join(fullname.split('.')[:-1])
        if pkg not in sys.modules:
            __import__(pkg)
        path = getattr(sys.modules[pkg], '__path__', None) or []
    else:
        for importer in sys.meta_path:
            yield importer
        path = sys.path
    for item in path:
        yield get_importer(item)
    if '.' not in fullname:
        yield ImpImporter()


def get_loader(module_or_name):
    """The PEP 302 loader of a module (or module name), or None."""
    if module_or_name in sys.modules:
        module_or_name = sys.modules[module_or_name]
    if isinstance(module_or_name, ModuleType):
        module = module_or_name
        loader = getattr(module, '__loader__', None)
        if loader is not None:
            return loader
        fullname = module.__name__
    else:
        fullname = module_or_name
    return find_loader(fullname)


def find_loader(fullname):
    """The PEP 302 loader of the module fullname, or None."""
    for importer in iter_importers(fullname):
        loader = importer.find_module(fullname)
        if loader is not None:
            return loader
    return None


def extend_path(path, name):
    """Extend a package's __path__ with the folders of sys.path that
    hold a part of the same package (folder name/ with an __init__), and
    with the folders listed in name.pkg files found there."""
    if not isinstance(path, list):
        return path
    pname = os.path.join(*name.split('.'))
    sname_pkg = name + ".pkg"
    init_py = "__init__.py"
    path = path[:]
    for dir in sys.path:
        if not isinstance(dir, str) or not os.path.isdir(dir):
            continue
        subdir = os.path.join(dir, pname)
        initfile = os.path.join(subdir, init_py)
        if subdir not in path and os.path.isfile(initfile):
            path.append(subdir)
        pkgfile = os.path.join(dir, sname_pkg)
        if os.path.isfile(pkgfile):
            try:
                f = open(pkgfile)
            except IOError as msg:
                sys.stderr.write("Can't open %s: %s\n" % (pkgfile, msg))
            else:
                with f:
                    for line in f:
                        line = line.rstrip('\n')
                        if not line or line.startswith('#'):
                            continue
                        path.append(line)
    return path


def get_data(package, resource):
    """The bytes of a resource file of a package, read through the
    package's loader ('templates/x.txt' names a file below the package's
    folder), or None when the loader cannot read data."""
    loader = get_loader(package)
    if loader is None or not hasattr(loader, 'get_data'):
        return None
    mod = sys.modules.get(package) or loader.load_module(package)
    if mod is None or not hasattr(mod, '__file__'):
        return None
    parts = resource.split('/')
    parts.insert(0, os.path.dirname(mod.__file__))
    return loader.get_data(os.path.join(*parts))
