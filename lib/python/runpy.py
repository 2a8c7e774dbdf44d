"""Run modules found through the import machinery, and files, folders
and zip archives, as scripts: what -m and running a folder or a zip
archive use.

run_module(mod_name) runs a module (a package's __main__ submodule for
a package) in a fresh namespace; run_path(path) runs a file, or the
__main__ module of a folder or zip archive.
"""

import sys
import imp
from pkgutil import read_code, get_loader

__all__ = ["run_module", "run_path"]


class _TempModule(object):
    """While active, sys.modules[mod_name] is a new empty module."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = imp.new_module(mod_name)
        self._saved = []

    def __enter__(self):
        name = self.mod_name
        try:
            self._saved.append(sys.modules[name])
        except KeyError:
            pass
        sys.modules[name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved:
            sys.modules[self.mod_name] = self._saved[0]
        else:
            del sys.modules[self.mod_name]
        self._saved = []


class _ModifiedArgv0(object):
    """While active, sys.argv[0] is value."""

    def __init__(self, value):
        self.value = value
        self._saved = self._none = object()

    def __enter__(self):
        if self._saved is not self._none:
            raise RuntimeError("Already preserving saved value")
        self._saved = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        self.value = self._none
        sys.argv[0] = self._saved


def _run_code(code, run_globals, init_globals=None, mod_name=None,
              mod_fname=None, mod_loader=None, pkg_name=None):
    """Run code in run_globals, set up as the module's namespace."""
    if init_globals is not None:
        run_globals.update(init_globals)
    run_globals.update(__name__=mod_name,
                       __file__=mod_fname,
                       __cached__=None,
                       __loader__=mod_loader,
                       __package__=pkg_name)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_fname=None,
                     mod_loader=None, pkg_name=None):
    """Run code in a temporary module named mod_name; return a copy of
    its namespace."""
    with _TempModule(mod_name) as temp, _ModifiedArgv0(mod_fname):
        namespace = temp.module.__dict__
        _run_code(code, namespace, init_globals, mod_name,
                  mod_fname, mod_loader, pkg_name)
    return namespace.copy()


def _get_filename(loader, mod_name):
    getter = getattr(loader, "get_filename", None)
    if getter is None:
        return None
    return getter(mod_name)


def _get_module_details(mod_name):
    """(mod_name, loader, code, filename) of the module to run: a
    package's __main__ submodule for a package."""
    loader = get_loader(mod_name)
    if loader is None:
        raise ImportError("No module named %s" % mod_name)
    if loader.is_package(mod_name):
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise ImportError("Cannot use package as __main__ module")
        try:
            return _get_module_details(mod_name + ".__main__")
        except ImportError as e:
            raise ImportError(("%s; %r is a package and cannot " +
                               "be directly executed") % (e, mod_name))
    code = loader.get_code(mod_name)
    if code is None:
        raise ImportError("No code object available for %s" % mod_name)
    return mod_name, loader, code, _get_filename(loader, mod_name)


def _run_module_as_main(mod_name, alter_argv=True):
    """Run mod_name as the __main__ module, in __main__'s own namespace
    (what -m does). Errors finding it end the program with its message."""
    try:
        if alter_argv or mod_name != "__main__":
            mod_name, loader, code, fname = _get_module_details(mod_name)
        else:
            mod_name, loader, code, fname = _get_main_module_details()
    except ImportError as exc:
        if alter_argv:
            info = str(exc)
        else:
            info = "can't find '__main__' module in %r" % sys.argv[0]
        sys.exit("%s: %s" % (sys.executable, info))
    pkg_name = mod_name.rpartition('.')[0]
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = fname
    return _run_code(code, main_globals, None, "__main__", fname,
                     loader, pkg_name)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Run the module mod_name (found through the import machinery) and
    return its resulting namespace. run_name is its __name__ (mod_name
    by default); with alter_sys, sys.argv[0] and sys.modules[run_name]
    are the module's while it runs."""
    mod_name, loader, code, fname = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    pkg_name = mod_name.rpartition('.')[0]
    if alter_sys:
        return _run_module_code(code, init_globals, run_name,
                                fname, loader, pkg_name)
    return _run_code(code, {}, init_globals, run_name,
                     fname, loader, pkg_name)


def _get_main_module_details():
    # The __main__ module of the folder or archive now at sys.path[0];
    # the running __main__ must not be mistaken for it.
    main_name = "__main__"
    saved_main = sys.modules[main_name]
    del sys.modules[main_name]
    try:
        return _get_module_details(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise ImportError("can't find %r module in %r" %
                              (main_name, sys.path[0]))
        raise
    finally:
        sys.modules[main_name] = saved_main


def _get_code_from_file(fname):
    # A bytecode file first, else source.
    with open(fname, "rb") as f:
        code = read_code(f)
    if code is None:
        with open(fname, "rb") as f:
            code = compile(f.read(), fname, 'exec')
    return code


def _get_importer(path_name):
    # The importer of path_name as the import system would make it, with
    # imp.NullImporter for a path that is no folder and no archive.
    cache = sys.path_importer_cache
    if path_name in cache:
        return cache[path_name]
    cache[path_name] = None
    for hook in sys.path_hooks:
        try:
            importer = hook(path_name)
            break
        except ImportError:
            pass
    else:
        try:
            importer = imp.NullImporter(path_name)
        except ImportError:
            return None
    cache[path_name] = importer
    return importer


def run_path(path_name, init_globals=None, run_name=None):
    """Run the file path_name, or the __main__ module of the folder or
    zip archive path_name, and return its resulting namespace; run_name
    ("<run_path>" by default) is its __name__."""
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    importer = _get_importer(path_name)
    if isinstance(importer, imp.NullImporter):
        # A plain file.
        code = _get_code_from_file(path_name)
        return _run_module_code(code, init_globals, run_name, path_name,
                                pkg_name=pkg_name)
    sys.path.insert(0, path_name)
    try:
        mod_name, loader, code, fname = _get_main_module_details()
        with _TempModule(run_name) as temp, _ModifiedArgv0(path_name):
            namespace = temp.module.__dict__
            return _run_code(code, namespace, init_globals, run_name,
                             fname, loader, pkg_name).copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print("No module specified for execution", file=sys.stderr)
    else:
        del sys.argv[0]
        _run_module_as_main(sys.argv[0])
