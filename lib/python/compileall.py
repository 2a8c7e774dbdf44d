"""Byte-compile every Python source file in folder trees.

    taipan -m compileall [-l] [-f] [-q] [-b] [-d destdir] [-x regexp] [-i list] [dir|file ...]

With no arguments, the folders of sys.path are compiled.
"""

import errno
import imp
import os
import py_compile
import sys

__all__ = ["compile_dir", "compile_file", "compile_path"]


def compile_dir(dir, maxlevels=10, ddir=None, force=False, rx=None,
                quiet=False, legacy=False, optimize=-1):
    """Compile the .py files of dir and, down to maxlevels, of its
    subfolders. Returns true when every file compiled."""
    if not quiet:
        print('Listing {!r}...'.format(dir))
    try:
        names = os.listdir(dir)
    except os.error:
        print("Can't list {!r}".format(dir))
        names = []
    names.sort()
    success = 1
    for name in names:
        if name == '__pycache__':
            continue
        fullname = os.path.join(dir, name)
        dfile = os.path.join(ddir, name) if ddir is not None else None
        if not os.path.isdir(fullname):
            if not compile_file(fullname, ddir, force, rx, quiet,
                                legacy, optimize):
                success = 0
        elif (maxlevels > 0 and name != os.curdir and name != os.pardir and
              os.path.isdir(fullname) and not os.path.islink(fullname)):
            if not compile_dir(fullname, maxlevels - 1, dfile, force, rx,
                               quiet, legacy, optimize):
                success = 0
    return success


def compile_file(fullname, ddir=None, force=False, rx=None, quiet=False,
                 legacy=False, optimize=-1):
    """Compile one file if it is Python source (and, unless force, its
    cache is not current). Returns true unless it failed to compile."""
    success = 1
    name = os.path.basename(fullname)
    dfile = os.path.join(ddir, name) if ddir is not None else None
    if rx is not None and rx.search(fullname):
        return success
    if not (os.path.isfile(fullname) and name.endswith('.py')):
        return success
    if legacy:
        cfile = fullname + ('c' if __debug__ else 'o')
    else:
        if optimize >= 0:
            cfile = imp.cache_from_source(fullname,
                                          debug_override=not optimize)
        else:
            cfile = imp.cache_from_source(fullname)
    if not force:
        try:
            st = os.stat(fullname)
            expect = py_compile._header(st.st_mtime, st.st_size)
            with open(cfile, 'rb') as chandle:
                actual = chandle.read(12)
            if expect == actual:
                return success
        except IOError:
            pass
        except OSError:
            pass
    if not quiet:
        print('Compiling {!r}...'.format(fullname))
    try:
        ok = py_compile.compile(fullname, cfile, dfile, True,
                                optimize=optimize)
    except py_compile.PyCompileError as err:
        if quiet:
            print('*** Error compiling {!r}...'.format(fullname))
        else:
            print('*** ', end='')
        msg = err.msg.encode(sys.stdout.encoding,
                             errors='backslashreplace')
        msg = msg.decode(sys.stdout.encoding)
        print(msg)
        success = 0
    except (SyntaxError, UnicodeError, IOError) as e:
        if quiet:
            print('*** Error compiling {!r}...'.format(fullname))
        else:
            print('*** ', end='')
        print(e.__class__.__name__ + ':', e)
        success = 0
    else:
        if ok == 0:
            success = 0
    return success


def compile_path(skip_curdir=1, maxlevels=0, force=False, quiet=False,
                 legacy=False, optimize=-1):
    """Compile the folders of sys.path (not the current folder when
    skip_curdir)."""
    success = 1
    for dir in sys.path:
        if (not dir or dir == os.curdir) and skip_curdir:
            print('Skipping current directory')
        elif os.path.isdir(dir):
            success = success and compile_dir(dir, maxlevels, None,
                                              force, quiet=quiet,
                                              legacy=legacy,
                                              optimize=optimize)
    return success


def _usage():
    print(__doc__.strip())
    print("""
-l: don't recurse into subdirectories
-f: force rebuild even if timestamps are up-to-date
-q: output only error messages
-b: write legacy NAME.pyc files beside the sources
-d destdir: directory to prepend to file paths for use in compile-time
   tracebacks and in runtime tracebacks in cases where the source file
   is unavailable
-x regexp: skip files matching the regular expression regexp; the
   regexp is searched for in the full path of each file considered for
   compilation
-i file: add all the files and directories listed in file to the list
   considered for compilation; if "-", names are read from stdin""")


def main():
    """Script main program."""
    args = sys.argv[1:]
    maxlevels, ddir, force, quiet, legacy, rx, flist = 10, None, False, False, False, None, None
    names = []
    while args:
        a = args.pop(0)
        if a == '-l':
            maxlevels = 0
        elif a == '-f':
            force = True
        elif a == '-q':
            quiet = True
        elif a == '-b':
            legacy = True
        elif a in ('-d', '-x', '-i'):
            if not args:
                _usage()
                return False
            v = args.pop(0)
            if a == '-d':
                ddir = v
            elif a == '-x':
                import re
                rx = re.compile(v)
            else:
                flist = v
        elif a == '-h' or (a.startswith('-') and a != '-'):
            _usage()
            return False
        else:
            names.append(a)
    if flist:
        try:
            f = sys.stdin if flist == '-' else open(flist)
            for line in f:
                names.append(line.strip())
        except EnvironmentError:
            print("Error reading file list {}".format(flist))
            return False
    success = True
    try:
        if names:
            for dest in names:
                if os.path.isfile(dest):
                    if not compile_file(dest, ddir, force, rx, quiet, legacy):
                        success = False
                else:
                    if not compile_dir(dest, maxlevels, ddir, force, rx,
                                       quiet, legacy):
                        success = False
            return success
        else:
            return compile_path(legacy=legacy)
    except KeyboardInterrupt:
        print("\n[interrupted]")
        return False


if __name__ == '__main__':
    exit_status = int(not main())
    sys.exit(exit_status)
