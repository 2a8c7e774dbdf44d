# linecache: getline, getlines, clearcache, checkcache, updatecache, the
# search of sys.path for relative names, module loaders' get_source, and
# the decoding of source files (BOM, coding declarations, newlines), as
# CPython 3.2 has them.
import linecache
import os
import sys

F = __file__
with open(F, encoding='utf-8') as f:
    OWN = f.readlines()

linecache.clearcache()
assert linecache.cache == {}
assert linecache.getline(F, 1) == OWN[0]
assert linecache.getline(F, 1).endswith('\n')
assert linecache.getline(F, len(OWN)) == OWN[-1]
assert linecache.getline(F, len(OWN) + 1) == ''
assert linecache.getline(F, 0) == ''
assert linecache.getline(F, -1) == ''
assert linecache.getlines(F) == OWN
size, mtime, lines, fullname = linecache.cache[F]
assert lines is linecache.getlines(F) and fullname == F
st = os.stat(F)
assert (size, mtime) == (st.st_size, st.st_mtime)

# Names in angle brackets, empty names and missing files give nothing and
# are not cached.
for name in ('<string>', '<stdin>', '', 'no/such/file.py', '/no/such/abs.py'):
    assert linecache.getlines(name) == [], name
    assert linecache.getline(name, 1) == ''
    assert name not in linecache.cache, name

# A relative name is looked for under each folder of sys.path.
base = os.path.basename(F)
sys.path.insert(0, os.path.dirname(os.path.abspath(F)))
try:
    linecache.clearcache()
    assert linecache.getline(base, 2) == OWN[1]
    assert linecache.cache[base][3].endswith(base)
finally:
    del sys.path[0]

# A module's loader gives the text when the file cannot be read.
calls = []
class Loader:
    def __init__(self, source):
        self.source = source
    def get_source(self, name):
        calls.append(name)
        if isinstance(self.source, type) and issubclass(self.source, BaseException):
            raise self.source("no source")
        return self.source

g = {'__name__': 'fake.module', '__loader__': Loader("first\n  second\r\nthird")}
assert linecache.getline('fake/module.py', 2, g) == '  second\n'
assert calls == ['fake.module']
assert linecache.cache['fake/module.py'] == (len("first\n  second\r\nthird"), None,
                                             ['first\n', '  second\n', 'third\n'], 'fake/module.py')
assert linecache.getline('fake/module.py', 3, g) == 'third\n' and calls == ['fake.module']
linecache.checkcache()           # loader entries are kept
linecache.checkcache('fake/module.py')
assert 'fake/module.py' in linecache.cache
# No source (None): nothing, not cached.
assert linecache.getlines('fake/none.py', {'__name__': 'm', '__loader__': Loader(None)}) == []
assert 'fake/none.py' not in linecache.cache
# ImportError and IOError from get_source: the file is looked for as usual.
for exc in (ImportError, IOError):
    assert linecache.getlines('fake/err.py', {'__name__': 'm', '__loader__': Loader(exc)}) == []
try:
    linecache.getlines('fake/err.py', {'__name__': 'm', '__loader__': Loader(KeyError)})
except KeyError:
    pass
else:
    raise AssertionError("other errors of get_source pass through")
# The loader is asked only with both __loader__ and a true __name__, and
# only when it has get_source.
calls[:] = []
assert linecache.getlines('fake/x.py', {'__loader__': Loader("a\n")}) == []
assert linecache.getlines('fake/x.py', {'__name__': '', '__loader__': Loader("a\n")}) == []
assert linecache.getlines('fake/x.py', {'__name__': 'x', '__loader__': object()}) == []
assert calls == []
# A file that exists is read from disk, whatever the loader says.
assert linecache.getlines(F, {'__name__': 'x', '__loader__': Loader("other\n")}) == OWN
assert calls == []

linecache.clearcache()
assert linecache.cache == {}

# Files on disk: changes are seen after checkcache.
TMP = '/tmp/taipan-linecache-test-%d.py' % os.getpid()


def write(data):
    with open(TMP, 'wb') as f:
        f.write(data)

try:
    write(b'one\ntwo\n')
    assert linecache.getlines(TMP) == ['one\n', 'two\n']
    write(b'one\ntwo\nthree\n')
    assert linecache.getline(TMP, 3) == ''           # still the cached text
    linecache.checkcache('/tmp/not-cached-at-all.py')
    assert linecache.getline(TMP, 3) == ''
    linecache.checkcache(TMP)
    assert TMP not in linecache.cache
    assert linecache.getline(TMP, 3) == 'three\n'
    write(b'1\n2\n')
    linecache.checkcache()
    assert linecache.getline(TMP, 3) == ''
    assert linecache.updatecache(TMP) == ['1\n', '2\n']
    os.remove(TMP)
    linecache.checkcache(TMP)
    assert TMP not in linecache.cache
    assert linecache.getlines(TMP) == []

    # Universal newlines; a last line without its end gets one.
    write(b'a\r\nb\rc\n\nlast')
    assert linecache.updatecache(TMP) == ['a\n', 'b\n', 'c\n', '\n', 'last\n']
    # Only \n, \r\n and \r end lines (not form feeds or \x1c).
    write(b'x\x0cy\x1cz\n')
    assert linecache.updatecache(TMP) == ['x\x0cy\x1cz\n']
    # UTF-8 by default; a BOM is dropped; a coding declaration on line 1
    # or 2 is followed.
    write('caf\u00e9 = 1\n'.encode('utf-8'))
    assert linecache.updatecache(TMP) == ['caf\u00e9 = 1\n']
    write(b'\xef\xbb\xbfbom\n')
    assert linecache.updatecache(TMP) == ['bom\n']
    write(b'# -*- coding: latin-1 -*-\ns = "\xe9"\n')
    linecache.checkcache(TMP)
    assert linecache.getline(TMP, 2) == 's = "\u00e9"\n'
    write(b'#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-15 :\nx = "\xa4"\n')
    assert linecache.updatecache(TMP)[2] == 'x = "\u20ac"\n'
    write(b'x = 1\n\n# coding: latin-1\ny = "\xe9"\n')
    try:
        linecache.updatecache(TMP)
    except UnicodeDecodeError:
        pass
    else:
        raise AssertionError("a declaration on line 3 is not followed")
    write(b'# coding: no-such-codec\n')
    try:
        linecache.updatecache(TMP)
    except SyntaxError as e:
        assert str(e) == "unknown encoding: no-such-codec", str(e)
    else:
        raise AssertionError("unknown encodings are errors")
    write(b'\xef\xbb\xbf# coding: latin-1\n')
    try:
        linecache.updatecache(TMP)
    except SyntaxError as e:
        assert str(e) == "encoding problem: utf-8", str(e)
    else:
        raise AssertionError("a BOM with another encoding is an error")
    write(b'\xef\xbb\xbf# coding: utf-8\nok\n')
    assert linecache.updatecache(TMP) == ['# coding: utf-8\n', 'ok\n']
    write(b'')
    assert linecache.updatecache(TMP) == []
    assert linecache.cache[TMP][2] == []
finally:
    try:
        os.remove(TMP)
    except OSError:
        pass

# A folder cannot be read: nothing.
assert linecache.getlines('/tmp') == []
assert '/tmp' not in linecache.cache
linecache.clearcache()
assert sorted(linecache.__all__) == ['checkcache', 'clearcache', 'getline']
