"""The working parts of importlib, written for taipan.

This module holds the finders and loaders that importlib.machinery and
importlib.abc expose, the decorators of importlib.util, and the import
function that importlib.import_module and importlib.__import__ share.
They sit on top of taipan's own import machinery: built-in modules are
initialised by imp.init_builtin, folders on sys.path are searched the
way the interpreter searches them (a package folder with __init__, then
NAME.py, then NAME.pyc), and bytecode caches use taipan's layout from
imp.cache_from_source: taipan's magic number (imp.get_magic()), the
source's modification time and size (32 bits each, little-endian), then
the marshalled code.

One difference from CPython 3.2: the finder importlib makes for a plain
folder is not stored in sys.path_importer_cache (the interpreter keeps
None there, meaning "searched by the interpreter itself"), so using
importlib leaves the interpreter's own imports unchanged.
"""

import imp
import marshal
import sys
import posix as _os

_SEP = '/'
_HEADER_SIZE = 12        # magic, source mtime, source size
_code_type = type(compile('', '<importlib>', 'exec'))


# Small file-system helpers (importlib must not depend on os.path).

def _join(*parts):
    joined = ''
    for part in parts:
        if part:
            if joined and not joined.endswith(_SEP):
                joined += _SEP
            joined += part
    return joined


def _stat_mode(path):
    try:
        return _os.stat(path).st_mode
    except OSError:
        return None


def _is_dir(path):
    mode = _stat_mode(path or '.')
    return mode is not None and (mode & 0o170000) == 0o040000


def _is_file(path):
    mode = _stat_mode(path)
    return mode is not None and (mode & 0o170000) == 0o100000


def _u32(n):
    return (n & 0xFFFFFFFF).to_bytes(4, 'little')


def _read_u32(b):
    return int.from_bytes(b, 'little')


def _copy_identity(new, old):
    # What functools.wraps does, without importing functools.
    for attr in ('__module__', '__name__', '__doc__'):
        if hasattr(old, attr):
            setattr(new, attr, getattr(old, attr))
    new.__dict__.update(old.__dict__)


# The decorators of importlib.util.

def set_package(fxn):
    """Give the module fxn returns a __package__ when it has none (or
    None): its own name for a package, its parent's name otherwise."""
    def wrapper(*args, **kwargs):
        module = fxn(*args, **kwargs)
        if getattr(module, '__package__', None) is None:
            if hasattr(module, '__path__'):
                module.__package__ = module.__name__
            else:
                module.__package__ = module.__name__.rpartition('.')[0]
        return module
    _copy_identity(wrapper, fxn)
    return wrapper


def set_loader(fxn):
    """Give the module the loader method fxn returns a __loader__ (the
    loader itself, its first argument) unless it has one."""
    def wrapper(self, *args, **kwargs):
        module = fxn(self, *args, **kwargs)
        if not hasattr(module, '__loader__'):
            module.__loader__ = self
        return module
    _copy_identity(wrapper, fxn)
    return wrapper


def module_for_loader(fxn):
    """Turn fxn(self, module, ...) into a load_module(self, fullname, ...):
    the module passed is sys.modules[fullname] when there is one (a
    reload), else a new module put into sys.modules first and taken out
    again if fxn raises."""
    def load(self, fullname, *args, **kwargs):
        module = sys.modules.get(fullname)
        reloading = bool(module)
        if not reloading:
            module = imp.new_module(fullname)
            sys.modules[fullname] = module
        try:
            return fxn(self, module, *args, **kwargs)
        except:
            if not reloading:
                sys.modules.pop(fullname, None)
            raise
    _copy_identity(load, fxn)
    return load


def _check_name(method):
    # A loader made for one module refuses the others.
    def checked(self, name, *args, **kwargs):
        if name != self._name:
            raise ImportError("loader cannot handle %s" % name)
        return method(self, name, *args, **kwargs)
    _copy_identity(checked, method)
    return checked


def _requires_builtin(method):
    def checked(self, fullname):
        if fullname not in sys.builtin_module_names:
            raise ImportError("{0} is not a built-in module".format(fullname))
        return method(self, fullname)
    _copy_identity(checked, method)
    return checked


def _requires_frozen(method):
    def checked(self, fullname):
        if not imp.is_frozen(fullname):
            raise ImportError("{0} is not a frozen module".format(fullname))
        return method(self, fullname)
    _copy_identity(checked, method)
    return checked


# Importers for built-in and frozen modules.

class BuiltinImporter:

    """Finder and loader of the modules built into the interpreter (those
    of sys.builtin_module_names). Its methods are class methods: it is
    used without making instances."""

    @classmethod
    def find_module(cls, fullname, path=None):
        """Return this importer if fullname is a built-in module, else
        None (always None when a package path is given)."""
        if path is None and imp.is_builtin(fullname):
            return cls
        return None

    @classmethod
    @set_package
    @set_loader
    @_requires_builtin
    def load_module(cls, fullname):
        """Initialise the built-in module fullname and return it."""
        was_there = fullname in sys.modules
        try:
            return imp.init_builtin(fullname)
        except:
            if not was_there:
                sys.modules.pop(fullname, None)
            raise

    @classmethod
    @_requires_builtin
    def get_code(cls, fullname):
        """Built-in modules have no code object: None."""
        return None

    @classmethod
    @_requires_builtin
    def get_source(cls, fullname):
        """Built-in modules have no source: None."""
        return None

    @classmethod
    @_requires_builtin
    def is_package(cls, fullname):
        """Built-in modules are never packages: False."""
        return False


class FrozenImporter:

    """Finder and loader of frozen modules (taipan has none, so it finds
    nothing). Its methods are class methods."""

    @classmethod
    def find_module(cls, fullname, path=None):
        """Return this importer if fullname is a frozen module."""
        return cls if imp.is_frozen(fullname) else None

    @classmethod
    @set_package
    @set_loader
    @_requires_frozen
    def load_module(cls, fullname):
        """Initialise the frozen module fullname and return it."""
        was_there = fullname in sys.modules
        try:
            return imp.init_frozen(fullname)
        except:
            if not was_there:
                sys.modules.pop(fullname, None)
            raise

    @classmethod
    @_requires_frozen
    def get_code(cls, fullname):
        """The frozen module's code object."""
        return imp.get_frozen_object(fullname)

    @classmethod
    @_requires_frozen
    def get_source(cls, fullname):
        """Frozen modules keep no source: None."""
        return None

    @classmethod
    @_requires_frozen
    def is_package(cls, fullname):
        """Whether the frozen module is a package."""
        return imp.is_frozen_package(fullname)


# Loading from source and bytecode.

def _check_header(fullname, data, mtime, size=None):
    """The marshalled part of bytecode data, after checking its header:
    taipan's magic number, then (when known) the source's mtime and
    size."""
    if len(data) < 4 or data[:4] != imp.get_magic():
        raise ImportError("bad magic number in {}".format(fullname))
    if len(data) < _HEADER_SIZE:
        raise EOFError("bad timestamp in {}".format(fullname))
    if mtime is not None and _read_u32(data[4:8]) != (mtime & 0xFFFFFFFF):
        raise ImportError("bytecode is stale for {}".format(fullname))
    if size is not None and _read_u32(data[8:12]) != (size & 0xFFFFFFFF):
        raise ImportError("bytecode is stale for {}".format(fullname))
    return data[_HEADER_SIZE:]


def _bytecode(mtime, size, code):
    """The bytes of a bytecode file for code compiled from a source with
    this mtime and size."""
    data = bytearray(imp.get_magic())
    data += _u32(mtime)
    data += _u32(size)
    data += marshal.dumps(code)
    return data


def _decode_source(fullname, source_bytes):
    # The text of a source file: its coding declaration (or UTF-8) and
    # universal newlines.
    encoding = 'utf-8'
    try:
        import tokenize
        from io import BytesIO
    except ImportError:
        tokenize = None
    if tokenize is not None:
        encoding = tokenize.detect_encoding(BytesIO(source_bytes).readline)[0]
    else:
        encoding = _declared_encoding(source_bytes) or 'utf-8'
    text = source_bytes.decode(encoding)
    if text.startswith('\ufeff'):
        text = text[1:]
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _declared_encoding(source_bytes):
    # The encoding named by a PEP 263 comment on one of the first two
    # lines, or None.
    for line in source_bytes.split(b'\n', 2)[:2]:
        stripped = line.strip()
        if not stripped.startswith(b'#'):
            if stripped:
                return None
            continue
        at = stripped.find(b'coding')
        if at >= 0 and stripped[at + 6:at + 7] in (b':', b'='):
            rest = stripped[at + 7:].lstrip()
            end = 0
            while end < len(rest) and (chr(rest[end]).isalnum() or
                                       rest[end] in b'-_.'):
                end += 1
            if end:
                return rest[:end].decode('ascii')
    return None


class _LoaderCommon:

    """What SourceLoader and the loader of source-less files share."""

    def is_package(self, fullname):
        """Whether the module's file (get_filename) is named __init__."""
        filename = self.get_filename(fullname).rpartition(_SEP)[2]
        return filename.rpartition('.')[0] == '__init__'

    @module_for_loader
    def _load_module(self, module, *, sourceless=False):
        # Run the module's code in module (made or reused by
        # module_for_loader), setting what a loader sets.
        name = module.__name__
        code = self.get_code(name)
        module.__file__ = self.get_filename(name)
        if sourceless:
            module.__cached__ = module.__file__
        else:
            module.__cached__ = imp.cache_from_source(module.__file__)
        if self.is_package(name):
            module.__path__ = [module.__file__.rpartition(_SEP)[0]]
            module.__package__ = name
        else:
            module.__package__ = name.rpartition('.')[0]
        module.__loader__ = self
        exec(code, module.__dict__)
        return module


class SourceLoader(_LoaderCommon):

    """Loading from source, through a bytecode cache when path_mtime (to
    read one) and set_data (to write one) are implemented. Subclasses
    give get_data and get_filename."""

    def path_mtime(self, path):
        """The modification time (an int) of path; implementing it lets
        get_code use bytecode caches."""
        raise NotImplementedError

    def set_data(self, path, data):
        """Write the bytes data to path; implementing it lets get_code
        write bytecode caches."""
        raise NotImplementedError

    def _source_size(self, path):
        # The size of the source, when cheaply known; taipan's caches
        # record it, but a loader written to 3.2's API cannot tell it.
        return None

    def get_source(self, fullname):
        """The module's source text, decoded as its coding declaration
        says, with universal newlines."""
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except IOError:
            raise ImportError("source not available through get_data()")
        return _decode_source(fullname, source_bytes)

    def get_code(self, fullname):
        """The module's code: from its bytecode cache when that is
        current, else compiled from the source (and the cache written when
        the loader can write and sys.dont_write_bytecode is false)."""
        source_path = self.get_filename(fullname)
        cache_path = imp.cache_from_source(source_path)
        mtime = None
        try:
            mtime = self.path_mtime(source_path)
        except NotImplementedError:
            pass
        if mtime is not None:
            try:
                data = self.get_data(cache_path)
            except IOError:
                data = None
            if data is not None:
                try:
                    payload = _check_header(fullname, data, mtime,
                                            self._source_size(source_path))
                except (ImportError, EOFError):
                    pass
                else:
                    try:
                        code = marshal.loads(payload)
                    except (ValueError, EOFError, TypeError):
                        code = None
                    if isinstance(code, _code_type):
                        return code
        source_bytes = self.get_data(source_path)
        code = compile(source_bytes, source_path, 'exec', dont_inherit=True)
        if mtime is not None and not sys.dont_write_bytecode:
            try:
                self.set_data(cache_path,
                              _bytecode(mtime, len(source_bytes), code))
            except NotImplementedError:
                pass
        return code

    def load_module(self, fullname):
        """Load the module through get_code and get_filename."""
        return self._load_module(fullname)


class _FileLoader:

    """A loader for one module found in a file of the file system."""

    def __init__(self, fullname, path):
        self._name = fullname
        self._path = path

    @_check_name
    def get_filename(self, fullname):
        """The file the finder found."""
        return self._path

    def get_data(self, path):
        """The bytes of the file path."""
        with open(path, 'rb') as f:
            return f.read()


class _SourceFileLoader(_FileLoader, SourceLoader):

    """Loads a NAME.py file, with its bytecode cache in __pycache__."""

    def path_mtime(self, path):
        return int(_os.stat(path).st_mtime)

    def _source_size(self, path):
        try:
            return _os.stat(path).st_size
        except OSError:
            return None

    def set_data(self, path, data):
        """Write data to path through a temporary file renamed into place,
        creating the missing folders; a folder that cannot be written is
        silently skipped."""
        folder = path.rpartition(_SEP)[0]
        missing = []
        while folder and not _is_dir(folder):
            folder, _, part = folder.rpartition(_SEP)
            missing.append(part)
        for part in reversed(missing):
            folder = _join(folder, part) if folder else part
            try:
                _os.mkdir(folder)
            except OSError:
                if not _is_dir(folder):
                    return
        tmp = '{}.{}.tmp'.format(path, _os.getpid())
        try:
            with open(tmp, 'wb') as f:
                f.write(data)
            _os.rename(tmp, path)
        except (IOError, OSError):
            try:
                _os.unlink(tmp)
            except OSError:
                pass


class _SourcelessFileLoader(_FileLoader, _LoaderCommon):

    """Loads a NAME.pyc file that has no source beside it."""

    def load_module(self, fullname):
        return self._load_module(fullname, sourceless=True)

    def get_code(self, fullname):
        path = self.get_filename(fullname)
        payload = _check_header(fullname, self.get_data(path), None)
        code = marshal.loads(payload)
        if not isinstance(code, _code_type):
            raise ImportError("Non-code object in {}".format(path))
        return code

    def get_source(self, fullname):
        """No source: None."""
        return None


# Finders for sys.path.

def _suffixes(kind):
    return [suffix for suffix, mode, k in imp.get_suffixes() if k == kind]


class _FileFinder:

    """Finds modules in one folder as the interpreter does: a package
    folder holding __init__.py (or __init__.pyc), then NAME.py, then
    NAME.pyc."""

    def __init__(self, path):
        self.path = path
        self._kinds = [(suffix, _SourceFileLoader)
                       for suffix in _suffixes(imp.PY_SOURCE)]
        self._kinds += [(suffix, _SourcelessFileLoader)
                        for suffix in _suffixes(imp.PY_COMPILED)]

    def find_module(self, fullname):
        """A loader for fullname in this folder, or None."""
        name = fullname.rpartition('.')[2]
        folder = _join(self.path, name)
        if _is_dir(folder):
            for suffix, loader in self._kinds:
                init = _join(folder, '__init__' + suffix)
                if _is_file(init):
                    return loader(fullname, init)
            import _warnings
            _warnings.warn("Not importing directory {}: missing __init__"
                           .format(folder), ImportWarning)
        for suffix, loader in self._kinds:
            path = _join(self.path, name + suffix)
            if _is_file(path):
                return loader(fullname, path)
        return None


def _folder_hook(path):
    """The path hook of plain folders."""
    if _is_dir(path):
        return _FileFinder(path)
    raise ImportError("only directories are supported")


# The hook _DefaultPathFinder uses for entries the interpreter searches
# itself (looked up at each use, so it can be replaced).
_DEFAULT_PATH_HOOK = _folder_hook


class PathFinder:

    """Finder of the modules of sys.path (or a package's __path__) through
    sys.path_importer_cache and sys.path_hooks. Its methods are class
    methods."""

    @classmethod
    def _path_hooks(cls, path, hooks=None):
        # The importer the first accepting hook makes for path.
        for hook in (hooks or sys.path_hooks):
            try:
                return hook(path)
            except ImportError:
                pass
        raise ImportError("no path hook found for {0}".format(path))

    @classmethod
    def _path_importer_cache(cls, path, default=None):
        # The importer of path from sys.path_importer_cache, made by the
        # hooks and cached when absent. None cached means a plain folder:
        # default(path) then serves it, when given.
        try:
            importer = sys.path_importer_cache[path]
        except KeyError:
            importer = cls._path_hooks(path)
            sys.path_importer_cache[path] = importer
        if importer is None and default:
            return default(path)
        return importer

    @classmethod
    def find_module(cls, fullname, path=None):
        """A loader for fullname from the importers of the entries of path
        (sys.path when None), or None."""
        for entry in (path or sys.path):
            try:
                importer = cls._path_importer_cache(entry)
            except ImportError:
                continue
            if importer:
                loader = importer.find_module(fullname)
                if loader:
                    return loader
        return None


class _DefaultPathFinder(PathFinder):

    """PathFinder with what the import statement adds: plain folders are
    searched (by a _FileFinder) and entries that are neither folders nor
    accepted by a hook get an imp.NullImporter."""

    _folder_finders = {}

    @classmethod
    def _path_hooks(cls, path):
        try:
            return super()._path_hooks(path)
        except ImportError:
            if _is_dir(path):
                return None
            return imp.NullImporter(path)

    @classmethod
    def _path_importer_cache(cls, path):
        return super()._path_importer_cache(path, cls._folder_finder)

    @classmethod
    def _folder_finder(cls, path):
        if _DEFAULT_PATH_HOOK is not _folder_hook:
            return _DEFAULT_PATH_HOOK(path)
        finder = cls._folder_finders.get(path)
        if finder is None:
            finder = cls._folder_finders[path] = _folder_hook(path)
        return finder


class _ImportLock:

    def __enter__(self):
        imp.acquire_lock()

    def __exit__(self, *exc_info):
        imp.release_lock()


_META_PATH_TAIL = [BuiltinImporter, FrozenImporter, _DefaultPathFinder]


def _resolve(name, package, level):
    # The absolute name of a relative import of name, level dots up from
    # package.
    base = package
    for _ in range(level - 1):
        if '.' not in base:
            raise ValueError("attempted relative import beyond top-level "
                             "package")
        base = base.rpartition('.')[0]
    return base + '.' + name if name else base


def _gcd_import(name, package=None, level=0):
    """Import the module name (relative to package, level dots up, when
    level > 0) and return it, setting __package__ when its loader did
    not."""
    if package:
        if not isinstance(package, str):
            raise ValueError("__package__ not set to a string")
        if package not in sys.modules:
            raise SystemError("Parent module {0!r} not loaded, cannot "
                              "perform relative import".format(package))
    if not name and level == 0:
        raise ValueError("Empty module name")
    if level > 0:
        name = _resolve(name, package, level)
    with _ImportLock():
        if name in sys.modules:
            module = sys.modules[name]
            if module is None:
                raise ImportError("import of {} halted; None in sys.modules"
                                  .format(name))
            return module
        parent_name, _, tail = name.rpartition('.')
        path = None
        if parent_name:
            if parent_name not in sys.modules:
                _gcd_import(parent_name)
            parent = sys.modules[parent_name]
            try:
                path = parent.__path__
            except AttributeError:
                raise ImportError("No module named {}; {} is not a package"
                                  .format(name, parent_name))
        for finder in sys.meta_path + _META_PATH_TAIL:
            loader = finder.find_module(name, path)
            if loader is None:
                continue
            if name not in sys.modules:
                loader.load_module(name)
            break
        else:
            raise ImportError("No module named {}".format(name))
        module = sys.modules[name]
        if parent_name:
            setattr(parent, tail, module)
        if getattr(module, '__package__', None) is None:
            try:
                if hasattr(module, '__path__'):
                    module.__package__ = module.__name__
                else:
                    module.__package__ = module.__name__.rpartition('.')[0]
            except AttributeError:
                pass
        return module


def __import__(name, globals={}, locals={}, fromlist=[], level=0):
    """Import the module name as the import statement does: globals
    locate the importing module for a relative import (level > 0);
    locals are ignored. Without fromlist, the top package is returned
    (for a relative import, the package of the first name); with one,
    the module itself, with the submodules fromlist names imported."""
    if not isinstance(name, str):
        raise TypeError("module name must be str, not {}".format(type(name)))
    if level == 0:
        module = _gcd_import(name)
    else:
        package = globals.get('__package__')
        if package is None:
            package = globals['__name__']
            if '__path__' not in globals:
                package = package.rpartition('.')[0]
        module = _gcd_import(name, package, level)
    if not fromlist:
        if level == 0:
            return sys.modules[name.partition('.')[0]]
        if not name:
            return module
        # The module whose name ends where the first part of name does.
        # (For an undotted relative name 3.2 looks up '' and fails with
        # KeyError; so does this.)
        depth = name.count('.')
        if depth == 0:
            return sys.modules['']
        top = module.__name__
        for _ in range(depth):
            top = top.rpartition('.')[0]
        return sys.modules[top]
    if hasattr(module, '__path__'):
        wanted = list(fromlist)
        if '*' in wanted and hasattr(module, '__all__'):
            wanted.remove('*')
            wanted.extend(module.__all__)
        for item in wanted:
            if hasattr(module, item):
                continue
            try:
                _gcd_import('{0}.{1}'.format(module.__name__, item))
            except ImportError:
                pass
    return module
