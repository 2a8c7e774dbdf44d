"""A simple, slow, pure-Python dbm clone.

A database named NAME lives in three files: NAME.dir, the index (text, one
"key, (offset, size)" line per entry), NAME.dat, the values (binary, each
value starting on a 512-byte boundary), and NAME.bak, the previous index
(written when the index is rewritten).

Freed space in NAME.dat is never reused, concurrent writers are not
supported and the whole index is held in memory.
"""

import io as _io
import os as _os
import collections

__all__ = ["error", "open"]

_BLOCKSIZE = 512

error = IOError


def _as_key(key):
    if isinstance(key, str):
        return key.encode('utf-8')
    return key


class _Database(collections.MutableMapping):

    # kept as class attributes so _commit still works while the
    # interpreter is tearing modules down
    _os = _os
    _io = _io

    def __init__(self, filebasename, mode):
        self._mode = mode
        self._dirfile = filebasename + '.dir'
        self._datfile = filebasename + '.dat'
        self._bakfile = filebasename + '.bak'
        self._index = None      # key (bytes) -> (offset, size)
        # make sure the data file exists
        try:
            fp = _io.open(self._datfile, 'r', encoding="Latin-1")
        except IOError:
            fp = _io.open(self._datfile, 'w', encoding="Latin-1")
            self._chmod(self._datfile)
        fp.close()
        self._update()

    def _update(self):
        self._index = {}
        try:
            fp = _io.open(self._dirfile, 'r', encoding="Latin-1")
        except IOError:
            return
        try:
            for line in fp:
                entry = line.rstrip()
                name, where = eval(entry)
                self._index[name.encode('Latin-1')] = where
        finally:
            fp.close()

    def _commit(self):
        if self._index is None:
            return
        osmod = self._os
        try:
            osmod.unlink(self._bakfile)
        except osmod.error:
            pass
        try:
            osmod.rename(self._dirfile, self._bakfile)
        except osmod.error:
            pass
        fp = self._io.open(self._dirfile, 'w', encoding="Latin-1")
        self._chmod(self._dirfile)
        try:
            for key, where in self._index.items():
                fp.write("%r, %r\n" % (key.decode('Latin-1'), where))
        finally:
            fp.close()

    sync = _commit

    def __getitem__(self, key):
        key = _as_key(key)
        pos, siz = self._index[key]
        fp = _io.open(self._datfile, 'rb')
        try:
            fp.seek(pos)
            return fp.read(siz)
        finally:
            fp.close()

    def _addval(self, val):
        # append val at the next block boundary of the data file
        fp = _io.open(self._datfile, 'rb+')
        try:
            fp.seek(0, 2)
            end = int(fp.tell())
            start = -(-end // _BLOCKSIZE) * _BLOCKSIZE
            fp.write(b'\0' * (start - end))
            fp.write(val)
        finally:
            fp.close()
        return (start, len(val))

    def _setval(self, pos, val):
        fp = _io.open(self._datfile, 'rb+')
        try:
            fp.seek(pos)
            fp.write(val)
        finally:
            fp.close()
        return (pos, len(val))

    def _addkey(self, key, where):
        self._index[key] = where
        fp = _io.open(self._dirfile, 'a', encoding="Latin-1")
        self._chmod(self._dirfile)
        try:
            fp.write("%r, %r\n" % (key.decode("Latin-1"), where))
        finally:
            fp.close()

    def __setitem__(self, key, val):
        if isinstance(key, str):
            key = key.encode('utf-8')
        elif not isinstance(key, (bytes, bytearray)):
            raise TypeError("keys must be bytes or strings")
        if isinstance(val, str):
            val = val.encode('utf-8')
        elif not isinstance(val, (bytes, bytearray)):
            raise TypeError("values must be bytes or strings")
        if key not in self._index:
            self._addkey(key, self._addval(val))
            return
        pos, siz = self._index[key]
        had = -(-siz // _BLOCKSIZE)
        needs = -(-len(val) // _BLOCKSIZE)
        if needs <= had:
            # fits in the blocks the old value used
            self._index[key] = self._setval(pos, val)
        else:
            self._index[key] = self._addval(val)

    def __delitem__(self, key):
        key = _as_key(key)
        del self._index[key]
        # the index file is append-only for additions, so a deletion
        # rewrites it
        self._commit()

    def keys(self):
        return list(self._index.keys())

    def items(self):
        return [(key, self[key]) for key in self._index.keys()]

    def __contains__(self, key):
        return _as_key(key) in self._index

    def iterkeys(self):
        return iter(self._index.keys())

    __iter__ = iterkeys

    def __len__(self):
        return len(self._index)

    def close(self):
        self._commit()
        self._index = None
        self._datfile = self._dirfile = self._bakfile = None

    __del__ = close

    def _chmod(self, file):
        if hasattr(self._os, 'chmod'):
            self._os.chmod(file, self._mode)


def open(file, flag=None, mode=0o666):
    """Open the database named file and return it.

    flag is accepted for compatibility with the other dbm modules and
    ignored: the database is always opened for reading and writing, and is
    created when missing. mode is the Unix permission of newly created
    files (0o666 by default), masked by the current umask.
    """
    try:
        mask = _os.umask(0)
        _os.umask(mask)
    except AttributeError:
        pass
    else:
        mode = mode & ~mask
    return _Database(file, mode)
