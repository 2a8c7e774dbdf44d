# dbm and dbm.dumb: store, reopen, index format, whichdb and open's flags
import dbm
import dbm.dumb
import os
import tempfile

tmp = tempfile.mkdtemp()
base = os.path.join(tmp, 'db1')

d = dbm.dumb.open(base, 'c')
assert len(d) == 0 and d.keys() == []
d[b'a'] = b'alpha'
d['b'] = 'beta \u20ac'           # str keys and values are stored as UTF-8
d[b'big'] = b'x' * 700
assert d[b'b'] == 'beta \u20ac'.encode('utf-8')
assert d['a'] == b'alpha'
assert b'a' in d and 'big' in d and b'zz' not in d
assert sorted(d.keys()) == [b'a', b'b', b'big']
assert sorted(d) == [b'a', b'b', b'big']
assert len(d) == 3
assert sorted(d.items())[0] == (b'a', b'alpha')
for badk, badv, msg in ((1, b'v', 'keys must be bytes or strings'),
                        (b'k', 2, 'values must be bytes or strings')):
    try:
        d[badk] = badv
    except TypeError as e:
        assert str(e) == msg, str(e)
    else:
        raise AssertionError('TypeError expected')
try:
    d[b'missing']
except KeyError:
    pass
else:
    raise AssertionError('KeyError expected')

# values are placed on 512-byte blocks; shrinking reuses the block, growing appends
pos_a = d._index[b'a']
assert pos_a == (0, 5), pos_a
assert d._index[b'b'][0] == 512
assert d._index[b'big'] == (1024, 700)
d[b'a'] = b'A' * 10
assert d._index[b'a'] == (0, 10)
d[b'a'] = b'A' * 600
assert d._index[b'a'] == (2048, 600)
assert d[b'a'] == b'A' * 600
assert os.path.getsize(base + '.dat') == 2048 + 600
del d[b'big']
assert b'big' not in d and len(d) == 2
try:
    del d[b'big']
except KeyError:
    pass
else:
    raise AssertionError('KeyError expected')
d.close()
d.close()    # closing twice is harmless

# the index is a text file of "key, (pos, size)" lines
with open(base + '.dir', encoding='latin-1') as f:
    lines = sorted(f.read().splitlines())
assert lines == ["'a', (2048, 600)", "'b', (512, 8)"], lines
assert os.path.exists(base + '.bak')

# reopen through the generic interface
assert dbm.whichdb(base) == 'dbm.dumb'
d = dbm.open(base, 'r')
assert d[b'a'] == b'A' * 600 and d['b'] == 'beta \u20ac'.encode('utf-8')
assert sorted(d.keys()) == [b'a', b'b']
d[b'c'] = b''
assert d[b'c'] == b''
d.close()
d = dbm.open(base, 'w')
assert d[b'c'] == b'' and len(d) == 3
d.close()

# dbm.dumb ignores the flag: 'n' does not empty an existing database in 3.2
d = dbm.open(base, 'n')
assert len(d) == 3
d.close()

# whichdb results
missing = os.path.join(tmp, 'nothere')
assert dbm.whichdb(missing) is None
empty_db = os.path.join(tmp, 'fresh')
dbm.dumb.open(empty_db).close()
assert dbm.whichdb(empty_db) == 'dbm.dumb'
assert os.path.getsize(empty_db + '.dir') == 0
junk = os.path.join(tmp, 'junk')
with open(junk, 'wb') as f:
    f.write(b'hello world, not a db')
assert dbm.whichdb(junk) == ''
with open(junk + '2', 'wb') as f:
    f.write(b'ab')
assert dbm.whichdb(junk + '2') == ''

# open() without 'c'/'n' on a missing db, and an unknown format
for name, flag, msg in ((missing, 'r', "need 'c' or 'n' flag to open new db"),
                        (junk, 'w', 'db type could not be determined')):
    try:
        dbm.open(name, flag)
    except dbm.error as e:
        assert type(e) is dbm.error[0], type(e)
        assert str(e) == msg, str(e)
    else:
        raise AssertionError('dbm.error expected')
assert isinstance(dbm.error, tuple) and dbm.error[1] is IOError
assert dbm.dumb.error is IOError
new = os.path.join(tmp, 'created')
d = dbm.open(new, 'c')
d['k'] = 'v'
d.close()
assert dbm.whichdb(new) == 'dbm.dumb'
assert open(new + '.dir', encoding='latin-1').read() == "'k', (0, 1)\n"

# mode is masked by the umask
old = os.umask(0o022)
try:
    d = dbm.dumb.open(os.path.join(tmp, 'perm'), 'c', 0o666)
    d['x'] = 'y'
    d.close()
    assert os.stat(os.path.join(tmp, 'perm') + '.dat').st_mode & 0o777 == 0o644
finally:
    os.umask(old)

import shutil
shutil.rmtree(tmp)
