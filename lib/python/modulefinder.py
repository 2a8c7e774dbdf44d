"""Find the modules a script uses, without running it.

ModuleFinder compiles the script and every module it reaches, and reads
the import instructions out of the compiled code. It follows CPython
3.2's modulefinder in its interface and results; what differs is the
code it reads. Taipan's code objects have their own instruction
encoding (package opcode of the implementation): co_code is a sequence
of 32-bit little-endian words, each an opcode in its low byte and an
argument in the high 24 bits, an EXTENDED_ARG word giving the bits above
those of the next argument. The opcode numbers are CPython 3.2's, and an
import compiles to the same sequence as in CPython (LOAD_CONST level,
LOAD_CONST fromlist, IMPORT_NAME name), which scan_opcodes_25 looks for.

Modules are searched as the interpreter searches them: built-in modules,
then each entry of the path, a plain folder through imp.find_module, an
entry served by an importer (the standard library built into taipan, a
zip archive) through that importer's find_module and get_code.

Differences from 3.2: replace_paths is applied when a module's source is
compiled (so it works, where 3.2's replace_paths_in_code fails); code
that comes from bytecode or an importer keeps its filename, as taipan
cannot build code objects from their parts.
"""

import imp
import marshal
import os
import sys

# Opcodes of taipan's code objects (the numbers are CPython 3.2's).
_STORE_NAME = 90
_STORE_GLOBAL = 97
_LOAD_CONST = 100
_IMPORT_NAME = 108
_EXTENDED_ARG = 144
_HAVE_ARGUMENT = 90

# Folders to add to a package's __path__, for packages that extend it
# while they run (which a finder cannot see): package name -> paths.
packagePathMap = {}


def AddPackagePath(packagename, path):
    """Have the package packagename also searched in the folder path."""
    packagePathMap.setdefault(packagename, []).append(path)


# Packages that install themselves in sys.modules under another name:
# real name -> the name they take.
replacePackageMap = {}


def ReplacePackage(oldname, newname):
    """Record the package oldname under newname when it is found."""
    replacePackageMap[oldname] = newname


class Module:

    """What the finder knows of one module: its name, file, package path
    and code, the global names it assigns (globalnames) and the modules it
    star-imports from whose names cannot be known (starimports)."""

    def __init__(self, name, file=None, path=None):
        self.__name__ = name
        self.__file__ = file
        self.__path__ = path
        self.__code__ = None
        self.globalnames = {}
        self.starimports = {}

    def __repr__(self):
        parts = [repr(self.__name__)]
        if self.__file__ is not None:
            parts.append(repr(self.__file__))
        if self.__path__ is not None:
            parts.append(repr(self.__path__))
        return "Module(%s)" % ", ".join(parts)


def _instructions(code):
    """(opcode, argument) for each instruction of a taipan co_code."""
    ext = 0
    for i in range(0, len(code) - 3, 4):
        op = code[i]
        arg = code[i + 1] | code[i + 2] << 8 | code[i + 3] << 16 | ext
        if op == _EXTENDED_ARG:
            ext = arg << 24
            continue
        ext = 0
        yield op, arg


class ModuleFinder:

    """Finds the modules used by scripts and modules (run_script,
    load_file, import_hook) and keeps them in modules (name -> Module);
    imports that fail are in badmodules (name -> {importer name: 1})."""

    def __init__(self, path=None, debug=0, excludes=[], replace_paths=[]):
        self.path = sys.path if path is None else path
        self.modules = {}
        self.badmodules = {}
        self.debug = debug
        self.indent = 0
        self.excludes = excludes
        self.replace_paths = replace_paths
        self.processed_paths = []
        self._hooked = {}     # pathname -> (loader, fullname)

    # Tracing, shown when level <= debug.

    def msg(self, level, str, *args):
        if level <= self.debug:
            words = ["   "] * self.indent + [str] + [repr(a) for a in args]
            print(" ".join(words) + " ")

    def msgin(self, *args):
        if args[0] <= self.debug:
            self.indent += 1
            self.msg(*args)

    def msgout(self, *args):
        if args[0] <= self.debug:
            self.indent -= 1
            self.msg(*args)

    # Entry points.

    def run_script(self, pathname):
        """Find the modules the script pathname uses; it is __main__."""
        self.msg(2, "run_script", pathname)
        with open(pathname) as fp:
            self.load_module('__main__', fp, pathname, ("", "r", imp.PY_SOURCE))

    def load_file(self, pathname):
        """Find the modules the source file pathname uses; it is a module
        named after the file."""
        name = os.path.splitext(os.path.basename(pathname))[0]
        ext = os.path.splitext(pathname)[1]
        with open(pathname) as fp:
            self.load_module(name, fp, pathname, (ext, "r", imp.PY_SOURCE))

    def import_hook(self, name, caller=None, fromlist=None, level=-1):
        """Do what "import name" (or "from name import fromlist") in the
        module caller would; ImportError when it would fail."""
        self.msg(3, "import_hook", name, caller, fromlist, level)
        parent = self.determine_parent(caller, level=level)
        q, tail = self.find_head_package(parent, name)
        m = self.load_tail(q, tail)
        if not fromlist:
            return q
        if m.__path__:
            self.ensure_fromlist(m, fromlist)
        return None

    # The steps of an import, as the interpreter takes them.

    def determine_parent(self, caller, level=-1):
        """The package a relative (or implicitly relative, level -1)
        import in caller is made in, or None."""
        self.msgin(4, "determine_parent", caller, level)
        parent = None
        if caller and level != 0:
            pname = caller.__name__
            if level >= 1:
                up = level - 1 if caller.__path__ else level
                if up:
                    if pname.count(".") < up:
                        raise ImportError("relative importpath too deep")
                    pname = pname.rsplit(".", up)[0]
                parent = self.modules[pname]
            elif caller.__path__:
                parent = self.modules[pname]
            elif "." in pname:
                parent = self.modules[pname.rpartition(".")[0]]
        if parent is None:
            self.msgout(4, "determine_parent -> None")
        else:
            self.msgout(4, "determine_parent ->", parent)
        return parent

    def find_head_package(self, parent, name):
        """The module the first part of name names (in parent, else at the
        top level) and the rest of name."""
        self.msgin(4, "find_head_package", parent, name)
        head, _, tail = name.partition(".")
        qname = "%s.%s" % (parent.__name__, head) if parent else head
        q = self.import_module(head, qname, parent)
        if not q and parent:
            qname = head
            q = self.import_module(head, qname, None)
        if q:
            self.msgout(4, "find_head_package ->", (q, tail))
            return q, tail
        self.msgout(4, "raise ImportError: No module named", qname)
        raise ImportError("No module named " + qname)

    def load_tail(self, q, tail):
        """Import the dotted tail below module q; the last module."""
        self.msgin(4, "load_tail", q, tail)
        m = q
        for part in (tail.split(".") if tail else []):
            mname = "%s.%s" % (m.__name__, part)
            m = self.import_module(part, mname, m)
            if not m:
                self.msgout(4, "raise ImportError: No module named", mname)
                raise ImportError("No module named " + mname)
        self.msgout(4, "load_tail ->", m)
        return m

    def ensure_fromlist(self, m, fromlist, recursive=0):
        """Import the submodules of package m that fromlist names and m
        has no global for ("*": every submodule found in its folders)."""
        self.msg(4, "ensure_fromlist", m, fromlist, recursive)
        for sub in fromlist:
            if sub == "*":
                if not recursive:
                    subs = self.find_all_submodules(m)
                    if subs:
                        self.ensure_fromlist(m, subs, 1)
            elif not hasattr(m, sub):
                subname = "%s.%s" % (m.__name__, sub)
                if not self.import_module(sub, subname, m):
                    raise ImportError("No module named " + subname)

    def find_all_submodules(self, m):
        """The names of the modules in the folders of package m."""
        if not m.__path__:
            return None
        suffixes = [s[0] for s in imp.get_suffixes()]
        found = {}
        for folder in m.__path__:
            try:
                names = os.listdir(folder)
            except os.error:
                names = self._importer_listing(folder)
                if names is None:
                    self.msg(2, "can't list directory", folder)
                    continue
            for name in names:
                for suffix in suffixes:
                    if name.endswith(suffix):
                        mod = name[:-len(suffix)]
                        if mod and mod != "__init__":
                            found[mod] = mod
                        break
        return found.keys()

    def _importer_listing(self, folder):
        # The files an importer serves in one of its folders (a zip
        # archive's, or the built-in library's), or None.
        importer = self._importer(folder)
        files = getattr(importer, '_files', None)
        if files is not None:
            prefix = getattr(importer, 'prefix', '')
            return [key[len(prefix):] for key in files
                    if key.startswith(prefix) and '/' not in key[len(prefix):]]
        lister = getattr(importer, 'iter_modules', None)
        if lister is None:
            return None
        return [name + '.py' for name, ispkg in lister() if not ispkg]

    def import_module(self, partname, fqname, parent):
        """The module fqname (partname in package parent), found and
        loaded if not yet known, or None when it cannot be found."""
        self.msgin(3, "import_module", partname, fqname, parent)
        m = self.modules.get(fqname)
        if m is not None:
            self.msgout(3, "import_module ->", m)
            return m
        if fqname in self.badmodules or (parent and parent.__path__ is None):
            self.msgout(3, "import_module -> None")
            return None
        try:
            fp, pathname, stuff = self.find_module(
                partname, parent and parent.__path__, parent)
        except ImportError:
            self.msgout(3, "import_module ->", None)
            return None
        try:
            m = self.load_module(fqname, fp, pathname, stuff)
        finally:
            if fp:
                fp.close()
        if parent:
            setattr(parent, partname, m)
        self.msgout(3, "import_module ->", m)
        return m

    def load_module(self, fqname, fp, pathname, file_info):
        """Make the Module fqname from what find_module found, and scan
        its code."""
        suffix, mode, kind = file_info
        self.msgin(2, "load_module", fqname, fp and "fp", pathname)
        if kind == imp.PKG_DIRECTORY:
            m = self.load_package(fqname, pathname)
            self.msgout(2, "load_module ->", m)
            return m
        co = None
        if kind == imp.PY_SOURCE:
            co = compile(fp.read() + '\n', self._filename_for(pathname), 'exec')
        elif kind == imp.PY_COMPILED:
            if fp.read(4) != imp.get_magic():
                self.msgout(2, "raise ImportError: Bad magic number", pathname)
                raise ImportError("Bad magic number in %s" % pathname)
            fp.read(8)   # the source's mtime and size
            co = marshal.load(fp)
        elif kind == imp.IMP_HOOK:
            loader, name = self._hooked[pathname]
            co = loader.get_code(name)
        m = self.add_module(fqname)
        m.__file__ = pathname
        if co:
            m.__code__ = co
            self.scan_code(co, m)
        self.msgout(2, "load_module ->", m)
        return m

    def _filename_for(self, pathname):
        # The file name compiled code gets: replace_paths applied.
        if not self.replace_paths:
            return pathname
        original = os.path.normpath(pathname)
        new = original
        for old, replacement in self.replace_paths:
            if original.startswith(old):
                new = replacement + original[len(old):]
                break
        if self.debug and original not in self.processed_paths:
            if new != original:
                self.msgout(2, "co_filename %r changed to %r" % (original, new))
            else:
                self.msgout(2, "co_filename %r remains unchanged" % (original,))
            self.processed_paths.append(original)
        return new

    def replace_paths_in_code(self, co):
        """Code objects cannot be rebuilt in taipan; replace_paths is
        applied when source is compiled instead, and co is returned as
        it is."""
        return co

    def _add_badmodule(self, name, caller):
        importers = self.badmodules.setdefault(name, {})
        importers[caller.__name__ if caller else "-"] = 1

    def _safe_import_hook(self, name, caller, fromlist, level=-1):
        # import_hook, recording failures in badmodules instead of raising.
        if name in self.badmodules:
            self._add_badmodule(name, caller)
            return
        try:
            self.import_hook(name, caller, level=level)
        except ImportError as e:
            self.msg(2, "ImportError:", str(e))
            self._add_badmodule(name, caller)
            return
        for sub in fromlist or ():
            if sub in self.badmodules:
                self._add_badmodule(sub, caller)
                continue
            try:
                self.import_hook(name, caller, [sub], level=level)
            except ImportError as e:
                self.msg(2, "ImportError:", str(e))
                self._add_badmodule(name + "." + sub, caller)

    def scan_opcodes_25(self, co):
        """The events of interest in code co (not the code nested in
        it): ("store", (name,)) for a global assigned,
        ("absolute_import", (fromlist, name)) and
        ("relative_import", (level, fromlist, name)) for imports."""
        names, consts = co.co_names, co.co_consts
        # The arguments of the two LOAD_CONSTs just before an IMPORT_NAME.
        recent = []
        for op, arg in _instructions(co.co_code):
            if op == _STORE_NAME or op == _STORE_GLOBAL:
                yield "store", (names[arg],)
            elif op == _IMPORT_NAME and len(recent) == 2:
                level, fromlist = consts[recent[0]], consts[recent[1]]
                if level == 0:
                    yield "absolute_import", (fromlist, names[arg])
                else:
                    yield "relative_import", (level, fromlist, names[arg])
            if op == _LOAD_CONST:
                recent = (recent + [arg])[-2:]
            else:
                recent = []

    scan_opcodes = scan_opcodes_25

    def scan_code(self, co, m):
        """Record what the code co of module m assigns and imports, and
        find the modules it imports (in the code nested in it too)."""
        for what, args in self.scan_opcodes_25(co):
            if what == "store":
                m.globalnames[args[0]] = 1
            elif what == "absolute_import":
                fromlist, name = args
                star = fromlist is not None and "*" in fromlist
                if fromlist is not None:
                    fromlist = [f for f in fromlist if f != "*"]
                self._safe_import_hook(name, m, fromlist, level=0)
                if star:
                    self._star_import(m, name)
            elif what == "relative_import":
                level, fromlist, name = args
                if name:
                    self._safe_import_hook(name, m, fromlist, level=level)
                else:
                    parent = self.determine_parent(m, level=level)
                    self._safe_import_hook(parent.__name__, None, fromlist,
                                           level=0)
            else:
                raise RuntimeError(what)
        for c in co.co_consts:
            if isinstance(c, type(co)):
                self.scan_code(c, m)

    def _star_import(self, m, name):
        # "from name import *" in m: m gets the global names of name when
        # its code was read, else the star import is noted as unknown.
        source = None
        if m.__path__:
            source = self.modules.get(m.__name__ + "." + name)
        if source is None:
            source = self.modules.get(name)
        if source is None:
            m.starimports[name] = 1
            return
        m.globalnames.update(source.globalnames)
        m.starimports.update(source.starimports)
        if source.__code__ is None:
            m.starimports[name] = 1

    def load_package(self, fqname, pathname):
        """Make the package fqname in the folder pathname and load its
        __init__ module."""
        self.msgin(2, "load_package", fqname, pathname)
        fqname = replacePackageMap.get(fqname) or fqname
        m = self.add_module(fqname)
        m.__file__ = pathname
        m.__path__ = [pathname] + packagePathMap.get(fqname, [])
        fp, buf, stuff = self.find_module("__init__", m.__path__)
        try:
            self.load_module(fqname, fp, buf, stuff)
        finally:
            if fp:
                fp.close()
        self.msgout(2, "load_package ->", m)
        return m

    def add_module(self, fqname):
        """The Module fqname, made if new."""
        m = self.modules.get(fqname)
        if m is None:
            m = self.modules[fqname] = Module(fqname)
        return m

    def find_module(self, name, path, parent=None):
        """Where the module name (in parent, searched in the folders path;
        self.path for a top-level module) is: (file, pathname,
        (suffix, mode, kind)) as imp.find_module gives, kind imp.IMP_HOOK
        for a module an importer serves. ImportError if not found."""
        fullname = parent.__name__ + '.' + name if parent is not None else name
        if fullname in self.excludes:
            self.msgout(3, "find_module -> Excluded", fullname)
            raise ImportError(name)
        if path is None:
            if name in sys.builtin_module_names:
                return (None, None, ("", "", imp.C_BUILTIN))
            path = self.path
        for entry in path:
            importer = self._importer(entry)
            if importer is None:
                try:
                    return imp.find_module(name, [entry])
                except ImportError:
                    continue
            loader = importer.find_module(fullname)
            if loader is None:
                continue
            try:
                pathname = loader.get_filename(fullname)
                package = name != "__init__" and loader.is_package(fullname)
            except (AttributeError, ImportError):
                continue    # a loader that cannot say where its module is
            if package:
                return (None, os.path.dirname(pathname),
                        ("", "", imp.PKG_DIRECTORY))
            self._hooked[pathname] = (loader, fullname)
            return (None, pathname, ("", "", imp.IMP_HOOK))
        raise ImportError("No module named " + name)

    def _importer(self, entry):
        # The importer serving the path entry (None for a plain folder),
        # from sys.path_importer_cache or made by sys.path_hooks.
        if not isinstance(entry, str):
            return None
        try:
            importer = sys.path_importer_cache[entry]
        except KeyError:
            importer = None
            for hook in sys.path_hooks:
                try:
                    importer = hook(entry)
                    break
                except ImportError:
                    pass
            sys.path_importer_cache[entry] = importer
        if importer is not None and not hasattr(importer, 'get_code'):
            return None     # imp.NullImporter: nothing there
        return importer

    # Results.

    def report(self):
        """Print the modules found with their files, then those missing
        and those that may be missing."""
        print()
        print("  %-25s %s" % ("Name", "File"))
        print("  %-25s %s" % ("----", "----"))
        for key in sorted(self.modules):
            m = self.modules[key]
            print("P" if m.__path__ else "m", "%-25s" % key, m.__file__ or "")
        missing, maybe = self.any_missing_maybe()
        if missing:
            print()
            print("Missing modules:")
            for name in missing:
                print("?", name, "imported from",
                      ', '.join(sorted(self.badmodules[name])))
        if maybe:
            print()
            print("Submodules thay appear to be missing, but could also be "
                  "global names in the parent package:")
            for name in maybe:
                print("?", name, "imported from",
                      ', '.join(sorted(self.badmodules[name])))

    def any_missing(self):
        """The modules that are, or may be, missing."""
        missing, maybe = self.any_missing_maybe()
        return missing + maybe

    def any_missing_maybe(self):
        """Two sorted lists: the modules surely missing, and the names
        that may be missing submodules or may be global names of their
        package (which star-imported from a module whose names cannot be
        known)."""
        missing, maybe = [], []
        for name in self.badmodules:
            if name in self.excludes:
                continue
            pkgname, dot, subname = name.rpartition(".")
            pkg = self.modules.get(pkgname) if dot else None
            if pkg is None:
                missing.append(name)
            elif pkgname in self.badmodules[name]:
                missing.append(name)    # the package itself failed to
            elif subname in pkg.globalnames:
                pass                    # a global of the package
            elif pkg.starimports:
                maybe.append(name)
            else:
                missing.append(name)
        return sorted(missing), sorted(maybe)


def _parse_args(argv):
    # The options of test(): getopt-style "dmp:qx:".
    opts, args = [], list(argv)
    while args and args[0].startswith('-') and args[0] != '-':
        arg = args.pop(0)
        if arg == '--':
            break
        letters = arg[1:]
        while letters:
            letter, letters = letters[0], letters[1:]
            if letter in 'dmq':
                opts.append(('-' + letter, ''))
            elif letter in 'px':
                if not letters:
                    if not args:
                        raise ValueError('option -%s requires argument' % letter)
                    letters = args.pop(0)
                opts.append(('-' + letter, letters))
                letters = ''
            else:
                raise ValueError('option -%s not recognized' % letter)
    return opts, args


def test():
    """The command line: modulefinder [-d] [-m] [-p path] [-q] [-x name]
    script [module ...]: report the modules the script uses."""
    try:
        opts, args = _parse_args(sys.argv[1:])
    except ValueError as e:
        print(e)
        return
    debug, domods, addpath, exclude = 1, 0, [], []
    for o, a in opts:
        if o == '-d':
            debug += 1
        elif o == '-m':
            domods = 1
        elif o == '-p':
            addpath += a.split(os.pathsep)
        elif o == '-q':
            debug = 0
        elif o == '-x':
            exclude.append(a)
    script = args[0] if args else "hello.py"
    path = sys.path[:]
    path[0] = os.path.dirname(script)
    path = addpath + path
    if debug > 1:
        print("path:")
        for item in path:
            print("   ", repr(item))
    mf = ModuleFinder(path, debug, exclude)
    for arg in args[1:]:
        if arg == '-m':
            domods = 1
        elif domods:
            if arg.endswith('.*'):
                mf.import_hook(arg[:-2], None, ["*"])
            else:
                mf.import_hook(arg)
        else:
            mf.load_file(arg)
    mf.run_script(script)
    mf.report()
    return mf


if __name__ == '__main__':
    try:
        mf = test()
    except KeyboardInterrupt:
        print("\n[interrupt]")
