"""Generic interface to the dbm family of databases.

    import dbm
    d = dbm.open(file, 'w', 0o666)

An existing database is opened with the module whichdb() recognises
(dbm.gnu, dbm.ndbm or dbm.dumb); a new one ('c' or 'n' flag) with the first
of those that can be imported. Taipan provides only dbm.dumb.

The objects map bytes (or str, stored as UTF-8) keys to bytes values:

    d[key] = data; data = d[key]; del d[key]; key in d; d.keys()
"""

__all__ = ['open', 'whichdb', 'error']

import io
import os
import struct
import sys


class error(Exception):
    pass


_names = ['dbm.gnu', 'dbm.ndbm', 'dbm.dumb']
_defaultmod = None
_modules = {}

error = (error, IOError)

try:
    from dbm import ndbm
except ImportError:
    ndbm = None


def open(file, flag='r', mode=0o666):
    """Open or create the database at path *file*.

    *flag* is 'r' (default, read only), 'w' (read-write, must exist),
    'c' (read-write, created if missing) or 'n' (read-write, always a new,
    empty database). *mode* is the permission of created files.
    """
    global _defaultmod
    if _defaultmod is None:
        for name in _names:
            try:
                mod = __import__(name, fromlist=['open'])
            except ImportError:
                continue
            if not _defaultmod:
                _defaultmod = mod
            _modules[name] = mod
        if not _defaultmod:
            raise ImportError("no dbm clone found; tried %s" % _names)

    kind = None if 'n' in flag else whichdb(file)
    if kind is None:
        if 'c' not in flag and 'n' not in flag:
            raise error[0]("need 'c' or 'n' flag to open new db")
        mod = _defaultmod
    elif kind == "":
        raise error[0]("db type could not be determined")
    elif kind not in _modules:
        raise error[0]("db type is {0}, but the module is not "
                       "available".format(kind))
    else:
        mod = _modules[kind]
    return mod.open(file, flag, mode)


def _readable(path):
    try:
        fp = io.open(path, "rb")
    except IOError:
        return False
    fp.close()
    return True


def whichdb(filename):
    """Guess which dbm module can open the database *filename*.

    Returns None when the database files cannot be read, "" when they can
    be read but their format is unknown, otherwise the module's name such
    as "dbm.ndbm", "dbm.gnu" or "dbm.dumb".
    """
    # ndbm: NAME.pag and NAME.dir (or a Berkeley NAME.db)
    if _readable(filename + ".pag") and _readable(filename + ".dir"):
        return "dbm.ndbm"
    if _readable(filename + ".db") and ndbm is not None:
        try:
            d = ndbm.open(filename)
        except IOError:
            pass
        else:
            d.close()
            return "dbm.ndbm"

    # dumb: NAME.dat plus an index that is empty or starts with a quote
    try:
        os.stat(filename + ".dat")
        if os.stat(filename + ".dir").st_size == 0:
            return "dbm.dumb"
        fp = io.open(filename + ".dir", "rb")
        try:
            if fp.read(1) in (b"'", b'"'):
                return "dbm.dumb"
        finally:
            fp.close()
    except (OSError, IOError):
        pass

    # anything else must be the file itself; gdbm has a magic number
    try:
        fp = io.open(filename, "rb")
    except IOError:
        return None
    head = fp.read(16)
    fp.close()
    if len(head) < 4:
        return ""
    (magic,) = struct.unpack("=l", head[:4])
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return "dbm.gnu"
    return ""


if __name__ == "__main__":
    for filename in sys.argv[1:]:
        print(whichdb(filename) or "UNKNOWN", filename)
