"""Abstract base classes of the import protocol (PEP 302).

Finder and Loader are the two roles; ResourceLoader, InspectLoader and
ExecutionLoader add the optional protocols; SourceLoader implements
loading from source (and bytecode caches) given get_data and
get_filename. PyLoader and PyPycLoader are the older (3.1) forms,
deprecated in 3.2.

Bytecode written and read by these classes uses taipan's layout:
imp.get_magic(), the source's modification time and its size (32 bits
each, little-endian), then the marshalled code.
"""

from . import _bootstrap
from . import machinery
import abc
import imp
import marshal
import sys
import warnings


class Loader(metaclass=abc.ABCMeta):

    """A loader: load_module(fullname) loads a module and returns it."""

    @abc.abstractmethod
    def load_module(self, fullname):
        """Load the module fullname (reusing sys.modules[fullname] when it
        exists) and return it, or raise ImportError."""
        raise NotImplementedError


class Finder(metaclass=abc.ABCMeta):

    """A finder: find_module(fullname, path=None) returns a loader for the
    module, or None."""

    @abc.abstractmethod
    def find_module(self, fullname, path=None):
        """A loader for fullname, or None. On sys.meta_path, path is the
        parent package's __path__ for a submodule."""
        raise NotImplementedError

Finder.register(machinery.BuiltinImporter)
Finder.register(machinery.FrozenImporter)
Finder.register(machinery.PathFinder)


class ResourceLoader(Loader):

    """A loader that gives access to data stored beside its modules."""

    @abc.abstractmethod
    def get_data(self, path):
        """The bytes stored at path, or IOError."""
        raise NotImplementedError


class InspectLoader(Loader):

    """A loader that can tell about the modules it loads."""

    @abc.abstractmethod
    def is_package(self, fullname):
        """Whether fullname is a package; ImportError if the loader cannot
        find it."""
        raise NotImplementedError

    @abc.abstractmethod
    def get_code(self, fullname):
        """The module's code object (None when it has none); ImportError
        if the loader cannot find it."""
        raise NotImplementedError

    @abc.abstractmethod
    def get_source(self, fullname):
        """The module's source text with universal newlines (None when it
        has none); ImportError if the loader cannot find it."""
        raise NotImplementedError

InspectLoader.register(machinery.BuiltinImporter)
InspectLoader.register(machinery.FrozenImporter)


class ExecutionLoader(InspectLoader):

    """An InspectLoader whose modules can be run as scripts."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        """The module's __file__ (its source file when it has one), or
        ImportError."""
        raise NotImplementedError


class SourceLoader(_bootstrap.SourceLoader, ResourceLoader, ExecutionLoader):

    """Loading from source, given get_data and get_filename; implementing
    path_mtime lets it read bytecode caches, and set_data write them."""

    def path_mtime(self, path):
        """The modification time of path, as an int."""
        raise NotImplementedError

    def set_data(self, path, data):
        """Write the bytes data to path, making the folders needed; fail
        silently when permissions forbid it."""
        raise NotImplementedError


_PYLOADER_WARNING = ("importlib.abc.PyLoader is deprecated and is slated "
                     "for removal in Python 3.4; use SourceLoader instead. "
                     "See the importlib documentation on how to be "
                     "compatible with Python 3.1 onwards.")

_PYPYCLOADER_WARNING = ("importlib.abc.PyPycLoader is deprecated and slated "
                        "for removal in Python 3.4; use SourceLoader "
                        "instead. If Python 3.1 compatibility is required, "
                        "see the latest documentation for PyLoader.")


class PyLoader(SourceLoader):

    """Deprecated: the 3.1 way to load source, given source_path,
    is_package and get_data. Use SourceLoader."""

    @abc.abstractmethod
    def is_package(self, fullname):
        raise NotImplementedError

    @abc.abstractmethod
    def source_path(self, fullname):
        """The path of the module's source, or None if it has none."""
        raise NotImplementedError

    def get_filename(self, fullname):
        """source_path's answer; ImportError when there is no source."""
        warnings.warn(_PYLOADER_WARNING, PendingDeprecationWarning)
        path = self.source_path(fullname)
        if path is None:
            raise ImportError
        return path


class PyPycLoader(PyLoader):

    """Deprecated: the 3.1 way to load source and bytecode, given
    source_path, source_mtime, bytecode_path, write_bytecode, is_package
    and get_data. Use SourceLoader."""

    def get_filename(self, fullname):
        """The source's path, else the bytecode's; ImportError when there
        is neither."""
        for path in (self.source_path(fullname),
                     self.bytecode_path(fullname)):
            if path is not None:
                return path
        raise ImportError("no source or bytecode path available for "
                          "{0!r}".format(fullname))

    def get_code(self, fullname):
        """The module's code: from its bytecode when that has the right
        magic number and is not older than the source, else compiled from
        the source (and handed to write_bytecode)."""
        warnings.warn(_PYPYCLOADER_WARNING, PendingDeprecationWarning)
        mtime = self.source_mtime(fullname)
        bytecode_path = self.bytecode_path(fullname)
        if bytecode_path:
            data = self.get_data(bytecode_path)
            try:
                payload = _bootstrap._check_header(fullname, data, None)
                if mtime and int.from_bytes(data[4:8], 'little') < mtime:
                    raise ImportError("bytecode is stale")
            except (ImportError, EOFError):
                if mtime is None:
                    raise
            else:
                return marshal.loads(payload)
        elif mtime is None:
            raise ImportError("no source or bytecode available to create "
                              "code object for {0!r}".format(fullname))
        source_path = self.source_path(fullname)
        if source_path is None:
            raise ImportError("a source path must exist to load {0}"
                              .format(fullname))
        source = self.get_data(source_path)
        code = compile(source, source_path, 'exec', dont_inherit=True)
        if not sys.dont_write_bytecode:
            self.write_bytecode(fullname,
                                _bootstrap._bytecode(mtime, len(source), code))
        return code

    @abc.abstractmethod
    def source_mtime(self, fullname):
        """The modification time (an int) of the module's source, or None
        when it has no source."""
        raise NotImplementedError

    @abc.abstractmethod
    def bytecode_path(self, fullname):
        """The path of the module's bytecode, or None when there is none
        (yet)."""
        raise NotImplementedError

    @abc.abstractmethod
    def write_bytecode(self, fullname, bytecode):
        """Store bytecode (bytes) for the module; return whether it was
        written."""
        raise NotImplementedError
