"""Compile Python source files to bytecode cache files.

compile(file) writes the PEP 3147 cache the import system would write
(__pycache__/NAME.taipan-32.pyc), or cfile when given.
"""

import builtins
import errno
import imp
import marshal
import os
import sys
import traceback

__all__ = ["compile", "main", "PyCompileError"]


class PyCompileError(Exception):
    """A source file failed to compile.

    exc_type_name, exc_value, file and msg describe what went wrong; msg
    is what str() of the error gives."""

    def __init__(self, exc_type, exc_value, file, msg=''):
        exc_type_name = exc_type.__name__
        if exc_type is SyntaxError:
            tbtext = ''.join(traceback.format_exception_only(
                exc_type, exc_value))
            errmsg = tbtext.replace('File "<string>"', 'File "%s"' % file)
        else:
            errmsg = "Sorry: %s: %s" % (exc_type_name, exc_value)
        Exception.__init__(self, msg or errmsg, exc_type_name, exc_value,
                           file)
        self.exc_type_name = exc_type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg or errmsg

    def __str__(self):
        return self.msg


def _header(mtime, size):
    # Taipan's bytecode header: magic, then the source's modification
    # time and size, each 32 bits little-endian.
    mtime = int(mtime) & 0xFFFFFFFF
    size = int(size) & 0xFFFFFFFF
    return (imp.get_magic() + mtime.to_bytes(4, 'little') +
            size.to_bytes(4, 'little'))


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1):
    """Byte-compile the source file file into cfile (by default its PEP
    3147 cache path) and return cfile's path. dfile is the file name the
    code reports (file by default); optimize is -O's level (-1: the
    interpreter's). A syntax error is printed to sys.stderr, or raised as
    PyCompileError when doraise."""
    with open(file, 'rb') as f:
        source_bytes = f.read()
    st = os.stat(file)
    try:
        code = builtins.compile(source_bytes, dfile or file, 'exec',
                                optimize=optimize)
    except Exception as err:
        py_exc = PyCompileError(err.__class__, err, dfile or file)
        if doraise:
            raise py_exc
        sys.stderr.write(py_exc.msg + '\n')
        return
    if cfile is None:
        if optimize >= 0:
            cfile = imp.cache_from_source(file, debug_override=not optimize)
        else:
            cfile = imp.cache_from_source(file)
    folder = os.path.dirname(cfile)
    try:
        if folder:
            os.makedirs(folder)
    except OSError as error:
        if error.errno != errno.EEXIST:
            raise
    data = _header(st.st_mtime, st.st_size) + marshal.dumps(code)
    # Write then rename, so that no importer sees half a file.
    tmp = '%s.%d.tmp' % (cfile, os.getpid())
    with open(tmp, 'wb') as fc:
        fc.write(data)
    os.rename(tmp, cfile)
    return cfile


def main(args=None):
    """Compile the files named on the command line (or, given '-', read
    from standard input one per line); the exit status is 1 if any
    failed."""
    if args is None:
        args = sys.argv[1:]
    rv = 0
    if args == ['-']:
        while True:
            filename = sys.stdin.readline()
            if not filename:
                break
            filename = filename.rstrip('\n')
            try:
                compile(filename, doraise=True)
            except PyCompileError as error:
                rv = 1
                sys.stderr.write("%s\n" % error.msg)
            except IOError as error:
                rv = 1
                sys.stderr.write("%s\n" % error)
    else:
        for filename in args:
            try:
                compile(filename, doraise=True)
            except PyCompileError as error:
                rv = 1
                sys.stderr.write(error.msg)
    return rv


if __name__ == "__main__":
    sys.exit(main())
