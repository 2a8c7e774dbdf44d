# shutil: copying files and trees, removing, moving, archive registries.
import os
import stat
import shutil
import tempfile

base = tempfile.mkdtemp()


def p(*parts):
    return os.path.join(base, *parts)


def write(path, data):
    with open(path, 'w') as f:
        f.write(data)


def read(path):
    with open(path) as f:
        return f.read()


def error_of(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        return type(e).__name__, e.args
    return None

try:
    # copyfileobj, copyfile, copymode, copystat, copy, copy2
    import io
    src = io.BytesIO(b'x' * 40000)
    dst = io.BytesIO()
    shutil.copyfileobj(src, dst, 1000)
    assert dst.getvalue() == b'x' * 40000

    write(p('a'), 'alpha')
    os.chmod(p('a'), 0o640)
    os.utime(p('a'), (1000000000, 1100000000))
    shutil.copyfile(p('a'), p('b'))
    assert read(p('b')) == 'alpha'
    os.chmod(p('b'), 0o600)
    shutil.copymode(p('a'), p('b'))
    assert stat.S_IMODE(os.stat(p('b')).st_mode) == 0o640
    shutil.copystat(p('a'), p('b'))
    assert os.stat(p('b')).st_mtime == 1100000000
    assert error_of(shutil.copyfile, p('a'), p('a')) == \
        ('Error', ('`%s` and `%s` are the same file' % (p('a'), p('a')),))
    assert error_of(shutil.copyfile, p('missing'), p('c'))[0] == 'IOError'
    os.mkdir(p('dir'))
    shutil.copy(p('a'), p('dir'))
    assert read(p('dir', 'a')) == 'alpha'
    assert stat.S_IMODE(os.stat(p('dir', 'a')).st_mode) == 0o640
    assert os.stat(p('dir', 'a')).st_mtime != 1100000000
    shutil.copy2(p('a'), p('dir', 'a2'))
    assert os.stat(p('dir', 'a2')).st_mtime == 1100000000
    if hasattr(os, 'mkfifo'):
        os.mkfifo(p('fifo'))
        assert error_of(shutil.copyfile, p('fifo'), p('c')) == \
            ('SpecialFileError', ('`%s` is a named pipe' % p('fifo'),))
        os.unlink(p('fifo'))

    # copytree: ignore, symlinks, copy_function; errors collected.
    os.makedirs(p('tree', 'sub', 'deep'))
    write(p('tree', 'f.txt'), '1')
    write(p('tree', 'f.pyc'), '2')
    write(p('tree', 'sub', 'g.txt'), '3')
    write(p('tree', 'sub', 'deep', 'h.pyc'), '4')
    os.symlink('f.txt', p('tree', 'link'))
    seen = []

    def ignore(folder, names):
        seen.append((os.path.relpath(folder, base), sorted(names)))
        return shutil.ignore_patterns('*.pyc')(folder, names)

    shutil.copytree(p('tree'), p('copy'), ignore=ignore)
    assert sorted(seen) == [('tree', ['f.pyc', 'f.txt', 'link', 'sub']),
                            ('tree/sub', ['deep', 'g.txt']),
                            ('tree/sub/deep', ['h.pyc'])], seen
    assert sorted(os.listdir(p('copy'))) == ['f.txt', 'link', 'sub']
    assert not os.path.islink(p('copy', 'link'))
    assert read(p('copy', 'link')) == '1'
    assert os.listdir(p('copy', 'sub', 'deep')) == []
    shutil.copytree(p('tree'), p('copy2'), symlinks=True)
    assert os.path.islink(p('copy2', 'link'))
    assert os.readlink(p('copy2', 'link')) == 'f.txt'
    copied = []

    def counting_copy(src, dst):
        copied.append(os.path.basename(src))
        shutil.copy(src, dst)

    shutil.copytree(p('tree', 'sub'), p('copy3'),
                    copy_function=counting_copy)
    assert sorted(copied) == ['g.txt', 'h.pyc']
    assert error_of(shutil.copytree, p('tree'), p('copy'))[0] == 'OSError'
    os.symlink(p('nowhere'), p('tree', 'dangling'))
    e = error_of(shutil.copytree, p('tree'), p('copy4'))
    assert e[0] == 'Error' and len(e[1][0]) == 1
    assert e[1][0][0][:2] == (p('tree', 'dangling'), p('copy4', 'dangling'))
    shutil.copytree(p('tree'), p('copy5'), ignore_dangling_symlinks=True)
    assert 'dangling' not in os.listdir(p('copy5'))
    assert shutil.ignore_patterns('*.c', 'x*')('.', ['a.c', 'xy', 'b']) == \
        {'a.c', 'xy'}

    # rmtree and its error handling.
    shutil.rmtree(p('copy2'))
    assert not os.path.exists(p('copy2'))
    errors = []
    shutil.rmtree(p('missing'), onerror=lambda *a: errors.append(a[:2]))
    assert errors == [(os.listdir, p('missing')), (os.rmdir, p('missing'))]
    shutil.rmtree(p('missing'), ignore_errors=True)
    assert error_of(shutil.rmtree, p('missing'))[0] == 'OSError'
    os.symlink(p('copy'), p('dirlink'))
    errors = []
    shutil.rmtree(p('dirlink'), onerror=lambda *a: errors.append(a))
    assert errors[0][0] is os.path.islink and errors[0][1] == p('dirlink')
    assert str(errors[0][2][1]) == 'Cannot call rmtree on a symbolic link'
    assert os.path.exists(p('copy', 'f.txt'))
    os.unlink(p('dirlink'))

    # move: rename, into a folder, refusals.
    shutil.move(p('b'), p('b2'))
    assert not os.path.exists(p('b')) and read(p('b2')) == 'alpha'
    shutil.move(p('b2'), p('dir'))
    assert read(p('dir', 'b2')) == 'alpha'
    write(p('b2'), 'again')
    assert error_of(shutil.move, p('b2'), p('dir')) == \
        ('Error', ("Destination path '%s' already exists" % p('dir', 'b2'),))
    shutil.move(p('copy3'), p('dir') + os.sep)
    assert os.path.isdir(p('dir', 'copy3'))
    assert shutil._destinsrc(p('x'), p('x', 'y'))
    assert not shutil._destinsrc(p('x'), p('xy'))
    assert shutil._basename('/a/b/') == 'b'

    # Archive format registries.
    formats = [name for name, desc in shutil.get_archive_formats()]
    assert 'zip' in formats and 'tar' in formats and 'gztar' in formats
    assert formats == sorted(formats)
    assert ('zip', 'ZIP file') in shutil.get_archive_formats()

    def maker(base_name, base_dir, **kw):
        return (base_name, base_dir, sorted(kw.items()))

    shutil.register_archive_format('mine', maker, [('level', 3)], 'Mine')
    try:
        assert ('mine', 'Mine') in shutil.get_archive_formats()
        r = shutil.make_archive(p('arch'), 'mine', root_dir=base,
                                base_dir='tree')
        assert r == (p('arch'), 'tree',
                     [('dry_run', 0), ('group', None), ('level', 3),
                      ('logger', None), ('owner', None)]), r
        assert os.getcwd() != base
    finally:
        shutil.unregister_archive_format('mine')
    assert error_of(shutil.make_archive, 'x', 'nope') == \
        ('ValueError', ("unknown archive format 'nope'",))
    assert error_of(shutil.register_archive_format, 'x', 1) == \
        ('TypeError', ('The 1 object is not callable',))
    assert error_of(shutil.register_archive_format, 'x', maker, 1) == \
        ('TypeError', ('extra_args needs to be a sequence',))
    assert error_of(shutil.register_archive_format, 'x', maker, [1]) == \
        ('TypeError', ('extra_args elements are : (arg_name, value)',))

    unpack = [name for name, exts, desc in shutil.get_unpack_formats()]
    assert 'zip' in unpack and 'tar' in unpack
    assert ('zip', ['.zip'], 'ZIP file') in shutil.get_unpack_formats()
    got = []
    shutil.register_unpack_format('mine', ['.mine'],
                                  lambda f, d, **kw: got.append((f, d, kw)),
                                  [('x', 1)])
    try:
        shutil.unpack_archive('a.mine', p('out'))
        shutil.unpack_archive('other', p('out'), 'mine')
        assert got == [('a.mine', p('out'), {'x': 1}),
                       ('other', p('out'), {'x': 1})]
        assert error_of(shutil.register_unpack_format, 'again', ['.mine'],
                        len) == \
            ('RegistryError', ('.mine is already registered for "mine"',))
    finally:
        shutil.unregister_unpack_format('mine')
    assert error_of(shutil.register_unpack_format, 'x', ['.y'], 1) == \
        ('TypeError', ('The registered function must be a callable',))
    assert error_of(shutil.unpack_archive, 'a.unknown') == \
        ('ReadError', ("Unknown archive format 'a.unknown'",))
    assert error_of(shutil.unpack_archive, 'a', format='nope') == \
        ('ValueError', ("Unknown unpack format 'nope'",))
    assert issubclass(shutil.Error, EnvironmentError)
    assert issubclass(shutil.ReadError, EnvironmentError)
    assert not issubclass(shutil.RegistryError, EnvironmentError)
finally:
    shutil.rmtree(base)
assert not os.path.exists(base)
