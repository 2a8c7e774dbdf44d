# os.path (posixpath and genericpath) with str and bytes.
import os, posixpath as p, genericpath

base = '/tmp/taipan_os_path_%d' % os.getpid()
start_dir = os.getcwd()


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return e
    raise AssertionError('%s%r did not raise %s' % (f.__name__, args, exc.__name__))


assert os.path is p

# join
assert p.join('a', 'b') == 'a/b' and p.join('a/', 'b') == 'a/b'
assert p.join('/a', 'b', '/c', 'd') == '/c/d' and p.join('a', '') == 'a/' and p.join('', 'a') == 'a'
assert p.join(b'a', b'b/', b'c') == b'a/b/c' and p.join('a') == 'a'
for args in [('a', b'b'), (b'a', 'b'), (bytearray(b'a'), b'b')]:
    assert str(raises(TypeError, p.join, *args)) == "Can't mix strings and bytes in path components."
assert str(raises(AttributeError, p.join, 'a', 1)) == "'int' object has no attribute 'startswith'"

# The pure functions, against a table (for str; bytes must agree).
table = [
    # path, split, splitext, normpath
    ('', ('', ''), ('', ''), '.'),
    ('/', ('/', ''), ('/', ''), '/'),
    ('//', ('//', ''), ('//', ''), '//'),
    ('///', ('///', ''), ('///', ''), '/'),
    ('a', ('', 'a'), ('a', ''), 'a'),
    ('a/', ('a', ''), ('a/', ''), 'a'),
    ('/a/b', ('/a', 'b'), ('/a/b', ''), '/a/b'),
    ('//a//b', ('//a', 'b'), ('//a//b', ''), '//a/b'),
    ('/a/b//', ('/a/b', ''), ('/a/b//', ''), '/a/b'),
    ('..a.b', ('', '..a.b'), ('..a', '.b'), '..a.b'),
    ('.profile', ('', '.profile'), ('.profile', ''), '.profile'),
    ('a.b/c', ('a.b', 'c'), ('a.b/c', ''), 'a.b/c'),
    ('a/b.c.d', ('a', 'b.c.d'), ('a/b.c', '.d'), 'a/b.c.d'),
    ('....', ('', '....'), ('....', ''), '....'),
    ('x/...y', ('x', '...y'), ('x/...y', ''), 'x/...y'),
    ('///a/./b/../../c/', ('///a/./b/../../c', ''), ('///a/./b/../../c/', ''), '/c'),
    ('../a/./../..', ('../a/./..', '..'), ('../a/./../..', ''), '../..'),
    ('a/../../b', ('a/../..', 'b'), ('a/../../b', ''), '../b'),
    ('//..', ('//', '..'), ('//..', ''), '//'),
]
for path, split, ext, norm in table:
    for conv in (lambda s: s, lambda s: s.encode()):
        x = conv(path)
        assert p.split(x) == tuple(map(conv, split)), (x, p.split(x))
        assert p.splitext(x) == tuple(map(conv, ext)), (x, p.splitext(x))
        assert p.normpath(x) == conv(norm), (x, p.normpath(x))
        assert p.basename(x) == conv(split[1]) and p.dirname(x) == conv(split[0])
        assert p.isabs(x) == path.startswith('/') and p.splitdrive(x) == (conv(''), x)
        assert p.normcase(x) is x
assert str(raises(TypeError, p.normcase, 1)) == "normcase() argument must be str or bytes, not 'int'"
assert genericpath._splitext('a.b', '/', None, '.') == ('a', '.b')

assert p.commonprefix(['abc', 'abd', 'ab']) == 'ab' and p.commonprefix([]) == ''
assert p.commonprefix([[1, 2], [1, 3]]) == [1] and p.commonprefix(['x']) == 'x'
assert p.commonprefix(['/usr/lib', '/usr/local']) == '/usr/l'

# relpath, abspath
assert p.relpath('/a/b/c', '/a/d') == '../b/c' and p.relpath('/a', '/a') == '.'
assert p.relpath(b'/x/y', b'/x') == b'y' and p.relpath('/', '/a/b') == '../..'
assert str(raises(ValueError, p.relpath, '')) == 'no path specified'
os.mkdir(base)
try:
    os.chdir(base)
    assert p.relpath('a/b') == 'a/b' and p.relpath(base + '/q', '/tmp') == base[5:] + '/q'
    assert p.abspath('a/../b') == base + '/b' and p.abspath(b'x') == base.encode() + b'/x'
    assert p.abspath('/x/./y') == '/x/y'

    # The file system.
    os.makedirs('d/e')
    with open('f', 'w') as f:
        f.write('12345')
    os.symlink('d', 'l')
    os.symlink('nowhere', 'broken')
    os.symlink(base + '/loop2', 'loop1')
    os.symlink('loop1', 'loop2')
    os.symlink('../' + p.basename(base) + '/d/../l', 'rel')
    assert p.exists('f') and p.exists(b'd') and not p.exists('broken') and p.lexists('broken')
    assert not p.lexists('nonexist')
    assert p.isfile('f') and not p.isfile('d') and p.isdir('d') and p.isdir('l') and not p.isdir('f')
    assert p.islink('l') and not p.islink('d') and not p.islink('nonexist')
    assert p.getsize('f') == 5
    os.utime('f', (1000, 2000))
    assert p.getatime('f') == 1000 and p.getmtime('f') == 2000 and p.getctime('f') > 2000
    assert raises(OSError, p.getsize, 'nonexist').filename == 'nonexist'
    assert p.samefile('l', 'd') and not p.samefile('f', 'd')
    assert p.samestat(os.stat('l'), os.stat('d'))
    with open('f') as f1, open('f') as f2:
        assert p.sameopenfile(f1.fileno(), f2.fileno())
    assert p.ismount('/') and not p.ismount(base) and not p.ismount('l') and not p.ismount('nonexist')

    assert p.realpath('l') == base + '/d' and p.realpath(b'l/x') == base.encode() + b'/d/x'
    assert p.realpath('rel/..') == base and p.realpath('d/../l') == base + '/d'
    # A loop is left where it was found.
    assert p.realpath('loop1/x') == base + '/loop2/x' and p.realpath('loop2') == base + '/loop2'
    assert p.realpath('broken') == base + '/nowhere'
    assert p.realpath('..') == p.dirname(base)
finally:
    os.chdir(start_dir)
    for name in ['l', 'broken', 'loop1', 'loop2', 'rel', 'f']:
        os.remove(p.join(base, name))
    os.rmdir(p.join(base, 'd/e'))
    os.rmdir(p.join(base, 'd'))
    os.rmdir(base)
assert not p.exists(base)

# expanduser, expandvars
home = os.environ['HOME']
assert p.expanduser('~') == home.rstrip('/') or '/' and p.expanduser('~/a') == p.join(home.rstrip('/') or '/', 'a')
assert p.expanduser('a~') == 'a~' and p.expanduser('~nosuchuser_x/x') == '~nosuchuser_x/x'
assert p.expanduser(b'~/b') == os.fsencode(home).rstrip(b'/') + b'/b'
assert p.expanduser('~root/x') in ('/root/x', '/var/root/x')
saved = os.environ.get('HOME')
try:
    os.environ['HOME'] = '/h/'
    assert p.expanduser('~') == '/h' and p.expanduser('~/x') == '/h/x'
    os.environ['HOME'] = '/'
    assert p.expanduser('~') == '/'
finally:
    os.environ['HOME'] = saved

os.environ['TAIPAN_PX'] = 'v'
try:
    assert p.expandvars('$TAIPAN_PX ${TAIPAN_PX} $nope_x ${} $ $$TAIPAN_PX $TAIPAN_PX_ ${TAIPAN_PX}y') == \
        'v v $nope_x ${} $ $v $TAIPAN_PX_ vy'
    # ${ takes everything up to the next }, spaces included.
    assert p.expandvars('${x $TAIPAN_PX} $TAIPAN_PX') == '${x $TAIPAN_PX} v'
    assert p.expandvars('${x $TAIPAN_PX') == '${x v'
    assert p.expandvars(b'$TAIPAN_PX/${TAIPAN_PX}x') == b'v/vx'
    assert p.expandvars('no dollars') == 'no dollars'
finally:
    del os.environ['TAIPAN_PX']

assert p.supports_unicode_filenames is False
assert (p.curdir, p.pardir, p.extsep, p.sep, p.pathsep, p.defpath, p.altsep, p.devnull) == \
    ('.', '..', '.', '/', ':', ':/bin:/usr/bin', None, '/dev/null')
assert sorted(p.__all__) == sorted([
    "normcase", "isabs", "join", "splitdrive", "split", "splitext", "basename", "dirname",
    "commonprefix", "getsize", "getmtime", "getatime", "getctime", "islink", "exists", "lexists",
    "isdir", "isfile", "ismount", "expanduser", "expandvars", "normpath", "abspath", "samefile",
    "sameopenfile", "samestat", "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
    "extsep", "devnull", "realpath", "supports_unicode_filenames", "relpath"])
