# tarfile: writing and reading archives in each format, streams (gzip
# through zlib), extraction, links, errors.
import io
import os
import sys
import shutil
import tarfile
import tempfile

base = tempfile.mkdtemp()


def p(*parts):
    return os.path.join(base, *parts)


def error_of(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        return type(e).__name__, str(e)

try:
    os.makedirs(p('src', 'sub'))
    with open(p('src', 'a.txt'), 'wb') as f:
        f.write(b'alpha\nbeta\n')
    with open(p('src', 'sub', 'big.bin'), 'wb') as f:
        f.write(bytes(range(256)) * 10)
    os.symlink('a.txt', p('src', 'link'))
    os.link(p('src', 'a.txt'), p('src', 'hard'))
    os.utime(p('src', 'a.txt'), (1000000000, 1000000000))
    os.chmod(p('src', 'a.txt'), 0o640)

    for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT,
                tarfile.PAX_FORMAT):
        path = p('f%d.tar' % fmt)
        with tarfile.open(path, 'w', format=fmt) as tar:
            tar.add(p('src'), arcname='src')
            info = tarfile.TarInfo('made/by/hand.txt')
            info.size = 5
            info.mtime = 1234567890
            info.uname = 'someone'
            tar.addfile(info, io.BytesIO(b'12345'))
        assert os.path.getsize(path) % tarfile.RECORDSIZE == 0
        assert tarfile.is_tarfile(path)
        with tarfile.open(path) as tar:
            names = tar.getnames()
            assert names[0] == 'src' and names[-1] == 'made/by/hand.txt'
            assert sorted(names) == ['made/by/hand.txt', 'src', 'src/a.txt',
                                     'src/hard', 'src/link', 'src/sub',
                                     'src/sub/big.bin'], names
            a = tar.getmember('src/a.txt')
            h = tar.getmember('src/hard')
            # Whichever name comes first holds the data; the other is a
            # hard link to it.
            first, second = (a, h) if names.index('src/a.txt') < \
                names.index('src/hard') else (h, a)
            assert (first.size, first.mtime, first.mode, first.type) == \
                (11, 1000000000, 0o640, tarfile.REGTYPE)
            assert first.isfile() and first.isreg() and not first.isdir()
            assert tar.extractfile(first).read() == b'alpha\nbeta\n'
            assert second.islnk() and second.linkname == first.name
            assert tar.extractfile(second).read() == b'alpha\nbeta\n'
            l = tar.getmember('src/link')
            assert l.issym() and l.linkname == 'a.txt' and l.size == 0
            assert tar.extractfile('src/link').read() == b'alpha\nbeta\n'
            d = tar.getmember('src')
            assert d.isdir() and tar.extractfile(d) is None
            h = tar.getmember('made/by/hand.txt')
            assert (h.size, h.mtime, h.uname, h.mode) == \
                (5, 1234567890, 'someone', 0o644)
            f = tar.extractfile('src/sub/big.bin')
            assert f.read(3) == b'\x00\x01\x02'
            f.seek(-2, os.SEEK_END)
            assert f.read() == b'\xfe\xff' and f.tell() == 2560
            f.seek(256)
            assert f.readline() == bytes(range(10)) + b'\n'
            f.close()
            assert error_of(f.read) == ('ValueError',
                                        'I/O operation on closed file')
            assert error_of(tar.getmember, 'nope') == \
                ('KeyError', '"filename \'nope\' not found"')
            tar.extractall(p('out%d' % fmt))
        out = p('out%d' % fmt, 'src')
        with open(os.path.join(out, 'a.txt'), 'rb') as f:
            assert f.read() == b'alpha\nbeta\n'
        assert os.stat(os.path.join(out, 'a.txt')).st_mtime == 1000000000
        assert os.stat(os.path.join(out, 'a.txt')).st_mode & 0o777 == 0o640
        assert os.readlink(os.path.join(out, 'link')) == 'a.txt'
        assert os.path.samefile(os.path.join(out, 'a.txt'),
                                os.path.join(out, 'hard'))
        with open(os.path.join(out, 'sub', 'big.bin'), 'rb') as f:
            assert f.read() == bytes(range(256)) * 10

    # Long and non-ASCII names in each format.
    long_name = 'd/' * 3 + 'y' * 150      # no split fits ustar
    for fmt, ok in ((tarfile.USTAR_FORMAT, False), (tarfile.GNU_FORMAT, True),
                    (tarfile.PAX_FORMAT, True)):
        buf = io.BytesIO()
        tar = tarfile.open(fileobj=buf, mode='w', format=fmt)
        info = tarfile.TarInfo(long_name)
        if ok:
            tar.addfile(info)
        else:
            assert error_of(tar.addfile, info) == \
                ('ValueError', 'name is too long')
        tar.close()
        buf.seek(0)
        names = tarfile.open(fileobj=buf).getnames()
        assert names == ([long_name] if ok else []), names
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=tarfile.PAX_FORMAT) as t:
        info = tarfile.TarInfo('caf\xe9')
        info.mtime = 1.5
        t.addfile(info)
    buf.seek(0)
    with tarfile.open(fileobj=buf) as t:
        m = t.getmembers()[0]
        assert m.name == 'caf\xe9' and m.mtime == 1.5
        assert m.pax_headers['path'] == 'caf\xe9'

    # Exact header layout.
    info = tarfile.TarInfo('name')
    info.size = 3
    block = info.tobuf(tarfile.USTAR_FORMAT)
    assert len(block) == 512
    assert block[:4] == b'name' and block[100:108] == b'0000644\x00'
    assert block[124:136] == b'00000000003\x00'
    assert block[257:265] == tarfile.POSIX_MAGIC
    assert int(block[148:154], 8) == tarfile.calc_chksums(block)[0]
    assert tarfile.TarInfo('x').tobuf(tarfile.GNU_FORMAT)[257:265] == \
        tarfile.GNU_MAGIC
    assert tarfile.itn(8 ** 11, 12, tarfile.GNU_FORMAT)[:1] == b'\x80'
    assert tarfile.nti(tarfile.itn(8 ** 11, 12, tarfile.GNU_FORMAT)) == \
        8 ** 11
    assert tarfile.nti(tarfile.itn(-1, 8, tarfile.GNU_FORMAT)) == -1
    assert error_of(tarfile.itn, 8 ** 11, 12, tarfile.USTAR_FORMAT) == \
        ('ValueError', 'overflow in number field')
    assert tarfile.nti(b'0000644\x00') == 0o644
    assert tarfile.nts(b'abc\x00def', 'ascii', 'strict') == 'abc'
    assert tarfile.stn('ab', 4, 'ascii', 'strict') == b'ab\x00\x00'
    assert tarfile.filemode(0o100755) == '-rwxr-xr-x'
    assert tarfile.filemode(0o41777) == 'drwxrwxrwt'
    assert tarfile.filemode(0o124644) == 'lrwSr--r--'
    d = tarfile.TarInfo('dir')
    d.type = tarfile.DIRTYPE
    assert d.get_info()['name'] == 'dir/'
    assert repr(d).startswith("<TarInfo 'dir' at 0x")

    # Streams: gzip written and read through zlib.
    with tarfile.open(p('s.tar.gz'), 'w|gz') as tar:
        tar.add(p('src', 'a.txt'), 'a.txt')
    with open(p('s.tar.gz'), 'rb') as f:
        assert f.read(3) == b'\x1f\x8b\x08'
    for mode in ('r|gz', 'r|*'):
        with tarfile.open(p('s.tar.gz'), mode) as tar:
            m = tar.next()
            assert m.name == 'a.txt'
            assert tar.extractfile(m).read() == b'alpha\nbeta\n'
            assert tar.next() is None
    stream = io.BytesIO()
    with tarfile.open(fileobj=stream, mode='w|') as tar:
        tar.addfile(tarfile.TarInfo('empty'))
    stream.seek(0)
    tar = tarfile.open(fileobj=stream, mode='r|')
    assert [m.name for m in tar] == ['empty']
    tar.close()

    # Appending.
    with tarfile.open(p('f1.tar'), 'a') as tar:
        tar.addfile(tarfile.TarInfo('appended'))
    with tarfile.open(p('f1.tar')) as tar:
        assert tar.getnames()[-1] == 'appended'
    with tarfile.open(p('new.tar'), 'a') as tar:
        tar.addfile(tarfile.TarInfo('first'))
    assert tarfile.open(p('new.tar')).getnames() == ['first']

    # list()
    out = io.StringIO()
    saved = sys.stdout
    sys.stdout = out
    try:
        with tarfile.open(p('f1.tar')) as tar:
            tar.list(verbose=False)
    finally:
        sys.stdout = saved
    assert out.getvalue().splitlines()[0] == 'src/ '

    # filter and exclude when adding.
    with tarfile.open(p('filtered.tar'), 'w') as tar:
        def drop_bin(info):
            if info.name.endswith('.bin'):
                return None
            info.uid = 4242
            return info
        tar.add(p('src'), 'src', filter=drop_bin)
    with tarfile.open(p('filtered.tar')) as tar:
        assert 'src/sub/big.bin' not in tar.getnames()
        assert tar.getmember('src/a.txt').uid == 4242

    # Errors.
    with open(p('junk'), 'wb') as f:
        f.write(b'junk' * 300)
    assert not tarfile.is_tarfile(p('junk'))
    assert error_of(tarfile.open, p('junk')) == \
        ('ReadError', 'file could not be opened successfully')
    assert error_of(tarfile.open, p('junk'), 'r:') == \
        ('ReadError', 'invalid header')
    with open(p('empty'), 'wb'):
        pass
    assert error_of(tarfile.open, p('empty'), 'r:') == \
        ('ReadError', 'empty file')
    assert error_of(tarfile.open) == ('ValueError', 'nothing to open')
    assert error_of(tarfile.open, p('x.tar'), 'r:xz') == \
        ('CompressionError', "unknown compression type 'xz'")
    assert error_of(tarfile.open, p('x.tar'), 'q') == \
        ('ValueError', 'undiscernible mode')
    assert error_of(tarfile.TarFile, p('x.tar'), 'x') == \
        ('ValueError', "mode must be 'r', 'a' or 'w'")
    tar = tarfile.open(p('f1.tar'))
    assert error_of(tar.addfile, tarfile.TarInfo('x')) == \
        ('IOError', "bad operation for mode 'r'")
    tar.close()
    assert error_of(tar.getmembers) == ('IOError', 'TarFile is closed')
    stream = io.BytesIO()
    with tarfile.open(fileobj=stream, mode='w|') as tar:
        info = tarfile.TarInfo('l')
        info.type = tarfile.SYMTYPE
        info.linkname = 'x'
        tar.addfile(info)
    stream.seek(0)
    tar = tarfile.open(fileobj=stream, mode='r|')
    assert error_of(tar.extractfile, tar.next()) == \
        ('StreamError', 'cannot extract (sym)link as file object')
    assert issubclass(tarfile.ReadError, tarfile.TarError)
    assert issubclass(tarfile.EOFHeaderError, tarfile.HeaderError)
    assert tarfile.__all__ == ['TarFile', 'TarInfo', 'is_tarfile',
                               'TarError']
finally:
    shutil.rmtree(base)
