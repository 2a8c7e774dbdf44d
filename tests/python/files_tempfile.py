# tempfile: names, files and folders made safely, and cleaned up.
import os
import io
import stat
import errno
import tempfile
import warnings

base = tempfile.mkdtemp(prefix='tf-', suffix='.d')
try:
    assert os.path.isdir(base)
    assert os.path.basename(base).startswith('tf-')
    assert base.endswith('.d')
    assert stat.S_IMODE(os.stat(base).st_mode) == 0o700
    assert os.path.dirname(base) == tempfile.gettempdir()
    assert tempfile.gettempprefix() == tempfile.template == 'tmp'
    assert os.path.isabs(tempfile.gettempdir())
    assert tempfile.TMP_MAX > 0
    assert set(tempfile.__all__) == {
        "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
        "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
        "gettempprefix", "tempdir", "gettempdir"}

    # mkstemp: an open descriptor and the absolute path, owner-only.
    fd, path = tempfile.mkstemp(dir=base)
    try:
        assert os.path.isabs(path) and os.path.dirname(path) == base
        name = os.path.basename(path)
        assert name.startswith('tmp') and len(name) == 9, name
        assert all(c in tempfile._RandomNameSequence.characters
                   for c in name[3:])
        assert stat.S_IMODE(os.fstat(fd).st_mode) == 0o600
        os.write(fd, b'abc')
    finally:
        os.close(fd)
    with open(path, 'rb') as f:
        assert f.read() == b'abc'
    os.unlink(path)
    fd, path = tempfile.mkstemp('.txt', 'pre', base, text=True)
    os.close(fd)
    assert os.path.basename(path).startswith('pre') and path.endswith('.txt')
    os.unlink(path)
    # A relative dir gives an absolute path.
    cwd = os.getcwd()
    os.chdir(base)
    try:
        fd, path = tempfile.mkstemp(dir='.')
        os.close(fd)
        assert path == os.path.join(base, os.path.basename(path))
        os.unlink(path)
        d = tempfile.mkdtemp(dir='.')
        assert d.startswith('./tmp'), d     # mkdtemp keeps dir as given
        os.rmdir(d)
    finally:
        os.chdir(cwd)
    try:
        tempfile.mkstemp(dir=os.path.join(base, 'missing'))
    except OSError as e:
        assert e.errno == errno.ENOENT
    else:
        raise AssertionError('no error')

    # mktemp only proposes a name.
    name = tempfile.mktemp(dir=base, prefix='m', suffix='s')
    assert not os.path.exists(name) and os.path.dirname(name) == base
    assert os.path.basename(name).startswith('m') and name.endswith('s')

    # Names are random and distinct.
    seq = tempfile._RandomNameSequence()
    names = set(next(seq) for _ in range(100))
    assert len(names) == 100 and all(len(n) == 6 for n in names)
    assert tempfile._get_candidate_names() is tempfile._get_candidate_names()
    assert iter(seq) is seq

    # TemporaryFile: gone from the folder at once.
    before = sorted(os.listdir(base))
    with tempfile.TemporaryFile(dir=base) as f:
        assert sorted(os.listdir(base)) == before
        f.write(b'xyz')
        f.seek(0)
        assert f.read() == b'xyz'
    assert f.closed
    with tempfile.TemporaryFile('w+', dir=base, encoding='utf-8') as f:
        f.write('\xe9t\xe9\n')
        f.seek(0)
        assert f.read() == '\xe9t\xe9\n'

    # NamedTemporaryFile: has a name until closed.
    f = tempfile.NamedTemporaryFile(dir=base, prefix='n', suffix='.x')
    assert os.path.exists(f.name) and f.name.endswith('.x')
    f.write(b'data')
    f.flush()
    with open(f.name, 'rb') as g:
        assert g.read() == b'data'
    assert not f.closed
    f.close()
    f.close()
    assert not os.path.exists(f.name)
    with tempfile.NamedTemporaryFile('w+', dir=base) as f:
        name = f.name
        f.write('one\ntwo\n')
        f.seek(0)
        assert list(f) == ['one\n', 'two\n']
    assert not os.path.exists(name)
    with tempfile.NamedTemporaryFile(dir=base, delete=False) as f:
        name = f.name
    assert os.path.exists(name)
    os.unlink(name)

    # SpooledTemporaryFile: in memory until max_size is passed.
    f = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
    f.write(b'12345')
    assert not f._rolled and f.name is None and f.mode == 'w+b'
    f.write(b'678901')
    assert f._rolled and isinstance(f.name, int)
    f.seek(0)
    assert f.read() == b'12345678901'
    f.close()
    assert f.closed
    f = tempfile.SpooledTemporaryFile(mode='w+', dir=base)
    f.write('text\n')
    assert not f._rolled and f.encoding is None and f.newlines is None
    assert f.tell() == 5
    f.fileno()
    assert f._rolled
    f.seek(0)
    assert f.read() == 'text\n'
    f.close()
    with tempfile.SpooledTemporaryFile(dir=base) as f:
        f.write(b'abc')
        f.seek(1)
        assert f.readline() == b'bc'
    try:
        f.__enter__()
    except ValueError as e:
        assert str(e) == 'Cannot enter context with closed file'
    else:
        raise AssertionError('no error')
    f = tempfile.SpooledTemporaryFile(max_size=2)
    f.write(b'ab')
    f.rollover()
    assert f._rolled and f.tell() == 2
    f.close()

    # TemporaryDirectory: removed with its contents.
    with tempfile.TemporaryDirectory(dir=base, prefix='td') as d:
        assert os.path.isdir(d) and os.path.basename(d).startswith('td')
        os.mkdir(os.path.join(d, 'sub'))
        with open(os.path.join(d, 'sub', 'f'), 'w') as f:
            f.write('x')
    assert not os.path.exists(d)
    t = tempfile.TemporaryDirectory(dir=base)
    assert repr(t) == '<TemporaryDirectory %r>' % t.name
    other = tempfile.mkdtemp(dir=base)
    with open(os.path.join(other, 'keep'), 'w'):
        pass
    os.symlink(other, os.path.join(t.name, 'link'))
    t.cleanup()
    assert not os.path.exists(t.name)
    assert os.listdir(other) == ['keep']   # links are not followed
    t.cleanup()
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        t = tempfile.TemporaryDirectory(dir=base)
        t.__del__()
    assert not os.path.exists(t.name)
    assert [str(x.message) for x in w] == \
        ['Implicitly cleaning up %r' % t], [str(x.message) for x in w]
    assert w[0].category is ResourceWarning
    try:
        tempfile.TemporaryDirectory(dir=os.path.join(base, 'missing'))
    except OSError as e:
        assert e.errno == errno.ENOENT
    else:
        raise AssertionError('no error')
finally:
    for root, dirs, files in os.walk(base, topdown=False):
        for n in files:
            os.unlink(os.path.join(root, n))
        for n in dirs:
            p = os.path.join(root, n)
            if os.path.islink(p):
                os.unlink(p)
            else:
                os.rmdir(p)
    os.rmdir(base)

# The default folder: the first usable candidate, TMPDIR first.
saved = tempfile.tempdir, os.environ.get('TMPDIR')
d = tempfile.mkdtemp()
try:
    os.environ['TMPDIR'] = d
    assert tempfile._candidate_tempdir_list()[0] == d
    assert tempfile._get_default_tempdir() == d
    assert os.listdir(d) == []
    tempfile.tempdir = None
    assert tempfile.gettempdir() == d
finally:
    tempfile.tempdir = saved[0]
    if saved[1] is None:
        del os.environ['TMPDIR']
    else:
        os.environ['TMPDIR'] = saved[1]
    os.rmdir(d)
