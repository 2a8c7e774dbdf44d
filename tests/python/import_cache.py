# PEP 3147 bytecode caches as the import statement writes and reads them.
import imp
import os
import py_compile
import sys

base = os.path.abspath('import_tmp_cache_%d' % os.getpid())
os.mkdir(base)


def write(name, text, mtime=None):
    path = os.path.join(base, name)
    with open(path, 'w') as f:
        f.write(text)
    if mtime is not None:
        os.utime(path, (mtime, mtime))
    return path


def fresh_import(name):
    sys.modules.pop(name, None)
    return __import__(name)


def rmtree(path):
    for name in os.listdir(path):
        p = os.path.join(path, name)
        if os.path.isdir(p):
            rmtree(p)
        else:
            os.remove(p)
    os.rmdir(path)


saved_flag = sys.dont_write_bytecode
sys.path.insert(0, base)
try:
    tag = imp.get_tag()
    other_tag = 'cpython-32' if tag != 'cpython-32' else 'taipan-32'
    src = write('cm.py', "VALUE = 1\n", 1000000000)
    cache = os.path.join(base, '__pycache__', 'cm.%s.pyc' % tag)

    # No cache under dont_write_bytecode.
    sys.dont_write_bytecode = True
    m = fresh_import('cm')
    assert m.VALUE == 1 and m.__cached__ == cache
    assert not os.path.exists(os.path.join(base, '__pycache__'))

    # Written otherwise, beginning with the magic number; used next time.
    sys.dont_write_bytecode = False
    os.mkdir(os.path.join(base, '__pycache__'))
    theirs = os.path.join(base, '__pycache__', 'cm.%s.pyc' % other_tag)
    with open(theirs, 'wb') as f:
        f.write(b'another implementation')
    m = fresh_import('cm')
    assert os.path.exists(cache)
    with open(cache, 'rb') as f:
        data = f.read()
    assert data[:4] == imp.get_magic()
    with open(theirs, 'rb') as f:
        assert f.read() == b'another implementation'
    m = fresh_import('cm')
    assert m.VALUE == 1 and m.__file__ == src and m.__cached__ == cache

    # A changed source is recompiled and its cache rewritten.
    write('cm.py', "VALUE = 22\n", 1000000100)
    m = fresh_import('cm')
    assert m.VALUE == 22
    with open(cache, 'rb') as f:
        assert f.read() != data

    # A corrupt or truncated cache is ignored (and rewritten). (CPython
    # 3.2 fails on some of these, EOFError or ValueError: taipan's rule is
    # stricter, and only it is checked.)
    for junk in [] if not tag.startswith('taipan') else [b'', imp.get_magic(), imp.get_magic() + b'\0' * 4,
                 data[:12] + b'\xff\xfe garbage', data[:len(data) // 2]]:
        with open(cache, 'wb') as f:
            f.write(junk)
        m = fresh_import('cm')
        assert m.VALUE == 22, junk
        with open(cache, 'rb') as f:
            assert f.read()[:4] == imp.get_magic()

    # py_compile writes what the import system reads.
    src2 = write('pc.py', "WHERE = __file__\n", 1000000000)
    cfile = py_compile.compile(src2)
    assert cfile == imp.cache_from_source(src2), cfile
    m = fresh_import('pc')
    assert m.WHERE == src2
    assert m.__cached__ == cfile

    # A source-less legacy NAME.pyc is importable.
    src3 = write('sl.py', "X = 'sourceless'\n")
    legacy = os.path.join(base, 'sl.pyc')
    py_compile.compile(src3, cfile=legacy)
    os.remove(src3)
    m = fresh_import('sl')
    assert m.X == 'sourceless'
    assert m.__file__ == legacy and m.__cached__ == legacy
    # ... but not one with a bad magic number.
    with open(legacy, 'rb') as f:
        data = f.read()
    with open(legacy, 'wb') as f:
        f.write(b'\0\0\0\0' + data[4:])
    try:
        fresh_import('sl')
    except ImportError as e:
        assert str(e) == 'Bad magic number in %s' % legacy, str(e)
    else:
        raise AssertionError
    assert 'sl' not in sys.modules

    # A cache in __pycache__ without its source is not imported.
    os.remove(legacy)
    try:
        fresh_import('sl')
    except ImportError:
        pass
    else:
        raise AssertionError

    # A __pycache__ that cannot be written (here a file) is skipped.
    rmtree(os.path.join(base, '__pycache__'))
    with open(os.path.join(base, '__pycache__'), 'w') as f:
        f.write('in the way')
    m = fresh_import('cm')
    assert m.VALUE == 22

    # The path functions.
    assert imp.cache_from_source('/a/b/foo.py', True) == '/a/b/__pycache__/foo.%s.pyc' % tag
    assert imp.cache_from_source('/a/b/foo.py', False) == '/a/b/__pycache__/foo.%s.pyo' % tag
    assert imp.cache_from_source('foo.py') == '__pycache__/foo.%s.pyc' % tag
    assert imp.source_from_cache('/a/__pycache__/b.anything-32.pyc') == '/a/b.py'
    for bad in ['/a/b.pyc', '/a/__pycache__/b.pyc', '/a/x/b.tag.pyc', '/a/__pycache__/b.c.d.pyc']:
        try:
            imp.source_from_cache(bad)
        except ValueError as e:
            assert str(e) == 'Not a PEP 3147 pyc path: ' + bad
        else:
            raise AssertionError(bad)
finally:
    sys.dont_write_bytecode = saved_flag
    del sys.path[0]
    rmtree(base)
