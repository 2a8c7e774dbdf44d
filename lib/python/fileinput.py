"""Iteration over the lines of several files, or standard input.

    for line in fileinput.input():
        ...

reads the files named on the command line (sys.argv[1:]) one after the
other, or standard input when there are none ('-' also stands for it).
While it runs, filename(), lineno(), filelineno(), isfirstline() and
isstdin() say where the current line comes from; nextfile() skips to the
next file and close() ends the iteration.  FileInput is the class that
does the work; input() makes the instance these functions use.

With inplace=True each file is renamed to a backup (its name plus backup,
default '.bak', removed at the end unless backup was given) and standard
output is redirected into a new file of the original name, so that what
the loop prints replaces the file.  openhook(filename, mode), if given,
opens the files: see hook_compressed and hook_encoded.
"""

import sys
import os

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno",
           "isfirstline", "isstdin", "FileInput"]

_state = None

DEFAULT_BUFSIZE = 8*1024


def input(files=None, inplace=False, backup="", bufsize=0,
          mode="r", openhook=None):
    """Make the FileInput instance the module's functions use, and return
    it (to iterate over).  The arguments are FileInput's."""
    global _state
    if _state and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, bufsize, mode, openhook)
    return _state


def close():
    """End the iteration of input()."""
    global _state
    state = _state
    _state = None
    if state:
        state.close()


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def nextfile():
    """Close the current file: the next line read is the first of the
    next file.  (The file name changes only when that line is read.)"""
    return _active().nextfile()


def filename():
    """The name of the file the last line was read from ('<stdin>' for
    standard input; None before the first line)."""
    return _active().filename()


def lineno():
    """The number of lines read so far, over all the files."""
    return _active().lineno()


def filelineno():
    """The number of lines read so far from the current file."""
    return _active().filelineno()


def fileno():
    """The file descriptor of the current file, or -1 when none is
    open."""
    return _active().fileno()


def isfirstline():
    """Whether the last line read is the first of its file."""
    return _active().isfirstline()


def isstdin():
    """Whether the last line read came from standard input."""
    return _active().isstdin()


class FileInput:
    """FileInput(files=None, inplace=False, backup='', bufsize=0,
    mode='r', openhook=None)

    Iterates over the lines of the files (see the module's doc); its
    methods filename(), lineno(), filelineno(), isfirstline(),
    isstdin(), fileno(), nextfile() and close() are the module's
    functions.  It can also be indexed, in order only (lines[0],
    lines[1], ...), and read with readline(), but the two ways cannot be
    mixed."""

    def __init__(self, files=None, inplace=False, backup="", bufsize=0,
                 mode="r", openhook=None):
        if isinstance(files, str):
            files = (files,)
        else:
            if files is None:
                files = sys.argv[1:]
            files = tuple(files) if files else ('-',)
        self._files = files
        self._inplace = inplace
        self._backup = backup
        self._bufsize = bufsize or DEFAULT_BUFSIZE
        self._savestdout = None
        self._output = None
        self._filename = None
        self._lineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        self._buffer = []
        self._bufindex = 0
        if mode not in ('r', 'rU', 'U', 'rb'):
            raise ValueError("FileInput opening mode must be one of "
                             "'r', 'rU', 'U' and 'rb'")
        self._mode = mode
        if openhook:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in "
                                 "inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._openhook = openhook

    def __del__(self):
        self.close()

    def close(self):
        self.nextfile()
        self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def _buffered_line(self):
        # The next line of the buffer, counted, or None.
        if self._bufindex < len(self._buffer):
            line = self._buffer[self._bufindex]
            self._bufindex += 1
            self._lineno += 1
            self._filelineno += 1
            return line
        return None

    def __next__(self):
        line = self._buffered_line()
        if line is not None:
            return line
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __getitem__(self, i):
        if i != self._lineno:
            raise RuntimeError("accessing lines out of order")
        try:
            return self.__next__()
        except StopIteration:
            raise IndexError("end of input reached")

    def nextfile(self):
        savestdout = self._savestdout
        self._savestdout = 0
        if savestdout:
            sys.stdout = savestdout

        output = self._output
        self._output = 0
        if output:
            output.close()

        file = self._file
        self._file = 0
        if file and not self._isstdin:
            file.close()

        backupfilename = self._backupfilename
        self._backupfilename = 0
        if backupfilename and not self._backup:
            try:
                os.unlink(backupfilename)
            except OSError:
                pass

        self._isstdin = False
        self._buffer = []
        self._bufindex = 0

    def readline(self):
        while True:
            line = self._buffered_line()
            if line is not None:
                return line
            if not self._file:
                if not self._files:
                    return ""
                self._open_next()
            self._buffer = self._file.readlines(self._bufsize)
            self._bufindex = 0
            if not self._buffer:
                self.nextfile()

    def _open_next(self):
        self._filename = self._files[0]
        self._files = self._files[1:]
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = 0
        if self._filename == '-':
            self._filename = '<stdin>'
            self._file = sys.stdin
            self._isstdin = True
        elif self._inplace:
            self._backupfilename = self._filename + (self._backup or ".bak")
            try:
                os.unlink(self._backupfilename)
            except os.error:
                pass
            os.rename(self._filename, self._backupfilename)
            self._file = open(self._backupfilename, self._mode)
            try:
                perm = os.fstat(self._file.fileno()).st_mode
            except OSError:
                self._output = open(self._filename, "w")
            else:
                # The new file gets the permissions of the old.
                flags = os.O_CREAT | os.O_WRONLY | os.O_TRUNC | \
                    getattr(os, 'O_BINARY', 0)
                fd = os.open(self._filename, flags, perm)
                self._output = os.fdopen(fd, "w")
                try:
                    if hasattr(os, 'chmod'):
                        os.chmod(self._filename, perm)
                except OSError:
                    pass
            self._savestdout = sys.stdout
            sys.stdout = self._output
        elif self._openhook:
            self._file = self._openhook(self._filename, self._mode)
        else:
            self._file = open(self._filename, self._mode)

    def filename(self):
        return self._filename

    def lineno(self):
        return self._lineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if not self._file:
            return -1
        try:
            return self._file.fileno()
        except ValueError:
            return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin


def hook_compressed(filename, mode):
    """An openhook opening .gz files with gzip and .bz2 files with bz2,
    other files with open()."""
    ext = os.path.splitext(filename)[1]
    if ext == '.gz':
        import gzip
        return gzip.open(filename, mode)
    if ext == '.bz2':
        import bz2
        return bz2.BZ2File(filename, mode)
    return open(filename, mode)


def hook_encoded(encoding):
    """An openhook opening the files as text in the given encoding."""
    import codecs

    def openhook(filename, mode):
        return codecs.open(filename, mode, encoding)
    return openhook


def _test():
    import getopt
    inplace = False
    backup = False
    opts, args = getopt.getopt(sys.argv[1:], "ib:")
    for o, a in opts:
        if o == '-i':
            inplace = True
        if o == '-b':
            backup = a
    for line in input(args, inplace=inplace, backup=backup):
        for end in ('\n', '\r'):
            if line.endswith(end):
                line = line[:-1]
        print("%d: %s[%d]%s %s" % (lineno(), filename(), filelineno(),
                                   "*" if isfirstline() else "", line))
    print("%d: %s[%d]" % (lineno(), filename(), filelineno()))

if __name__ == '__main__':
    _test()
