# os.environ and os.environb, getenv, putenv, fsencode/fsdecode and
# get_exec_path, as CPython 3.2 has them.
import os, posix


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return e
    raise AssertionError('%s%r did not raise %s' % (f.__name__, args, exc.__name__))


assert type(posix.environ) is dict
assert all(type(k) is bytes and type(v) is bytes for k, v in posix.environ.items())
assert os.environ['PATH'] == os.fsdecode(posix.environ[b'PATH'])
assert type(os.environ).__name__ == '_Environ' and len(os.environ) == len(posix.environ)

name = 'TAIPAN_OS_ENVIRON_%d' % os.getpid()
bname = name.encode()
try:
    os.environ[name] = 'va\udcffl'
    # Undecodable bytes go through as surrogates.
    assert os.environb[bname] == b'va\xffl' and os.getenvb(bname) == b'va\xffl'
    assert os.getenv(name) == 'va\udcffl'
    # Children see the change.
    assert os.system('test "$%s" = "$(printf \'va\\377l\')"' % name) == 0
    assert name in os.environ and name in list(os.environ) and bname in os.environb
    assert repr(os.environ).startswith('environ({') and repr(os.environb).startswith('environ({b')
    del os.environ[name]
    assert name not in os.environ and os.getenv(name) is None and os.getenv(name, 'd') == 'd'
    assert os.system('test -z "$%s"' % name) == 0
    os.environb[bname] = b'x'
    assert os.environ[name] == 'x'
    assert os.environ.setdefault(name, 'y') == 'x' and os.environ.pop(name) == 'x'
    assert os.environ.setdefault(name, 'z') == 'z'
    c = os.environ.copy()
    assert type(c) is dict and c[name] == 'z'
    os.environ.update({name: 'u'})
    assert os.environ.get(name) == 'u'
    os.putenv(name, 'p')  # the process's own, not the mapping
    assert os.environ[name] == 'u'
    assert os.system('test "$%s" = p' % name) == 0
    os.unsetenv(name)
    assert os.system('test -z "$%s"' % name) == 0
finally:
    os.environ.pop(name, None)
    os.unsetenv(name)

e = raises(KeyError, os.environ.__getitem__, 'nope_x_%d' % os.getpid())
assert e.args == (('nope_x_%d' % os.getpid()).encode(),)
assert str(raises(TypeError, os.environ.__getitem__, 1)) == 'str expected, not int'
assert str(raises(TypeError, os.environb.__getitem__, 'x')) == 'bytes expected, not str'
assert str(raises(TypeError, os.environ.__setitem__, 'x', 1)) == 'str expected, not int'
assert raises(OSError, os.unsetenv, '').errno == 22
assert raises(OSError, os.unsetenv, 'a=b').errno == 22
try:
    # The C library splits "key=value" at the first '='.
    os.putenv(name + '=b', 'c')
    assert os.system('test "$%s" = b=c' % name) == 0
finally:
    os.unsetenv(name)

assert os.fsencode('a\udcff') == b'a\xff' and os.fsdecode(b'a\xff') == 'a\udcff'
assert os.fsencode(b'x') == b'x' and os.fsdecode('y') == 'y'
assert str(raises(TypeError, os.fsencode, 1)) == 'expect bytes or str, not int'
assert str(raises(TypeError, os.fsdecode, None)) == 'expect bytes or str, not NoneType'

assert os.get_exec_path({'PATH': 'a:b'}) == ['a', 'b']
assert os.get_exec_path({b'PATH': b'c:d'}) == ['c', 'd']
assert os.get_exec_path({}) == ['', '/bin', '/usr/bin']
assert os.get_exec_path() == os.environ['PATH'].split(':')
e = raises(ValueError, os.get_exec_path, {'PATH': 'a', b'PATH': b'b'})
assert str(e) == "env cannot contain 'PATH' and b'PATH' keys"
assert os.supports_bytes_environ is True
