# zipfile: writing and reading archives, stored and deflated, comments,
# appending, extraction, PyZipFile.
import io
import os
import sys
import time
import shutil
import struct
import tempfile
import zipfile

base = tempfile.mkdtemp()


def p(*parts):
    return os.path.join(base, *parts)


def error_of(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        return type(e).__name__, str(e)

try:
    data = b'line one\nline two\r\nline three\rlast'
    big = bytes(range(256)) * 200
    with open(p('src.bin'), 'wb') as f:
        f.write(big)
    os.utime(p('src.bin'), (1262347200, 1262347200))   # 2010-01-01
    for compression in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        path = p('a%d.zip' % compression)
        with zipfile.ZipFile(path, 'w', compression) as zf:
            zf.writestr('text.txt', data)
            zf.writestr('dir/uni\xe9.txt', 'caf\xe9')
            zf.write(p('src.bin'), 'bin/src.bin')
            info = zipfile.ZipInfo('dated', (2001, 2, 3, 4, 5, 6))
            info.comment = b'member comment'
            zf.writestr(info, b'x', zipfile.ZIP_STORED)
            zf.comment = b'archive comment'
        assert zipfile.is_zipfile(path)
        with open(path, 'rb') as f:
            assert zipfile.is_zipfile(f)
        with zipfile.ZipFile(path) as zf:
            assert zf.namelist() == ['text.txt', 'dir/uni\xe9.txt',
                                     'bin/src.bin', 'dated']
            assert zf.comment == b'archive comment'
            assert zf.read('text.txt') == data
            assert zf.read('dir/uni\xe9.txt') == 'caf\xe9'.encode('utf-8')
            assert zf.read('bin/src.bin') == big
            assert zf.testzip() is None
            i = zf.getinfo('bin/src.bin')
            assert (i.file_size, i.compress_type) == (len(big), compression)
            assert i.date_time[:3] == time.localtime(1262347200)[:3]
            assert (i.external_attr >> 16) & 0o777 == \
                os.stat(p('src.bin')).st_mode & 0o777
            if compression == zipfile.ZIP_STORED:
                assert i.compress_size == len(big)
            else:
                assert i.compress_size < len(big)
            d = zf.getinfo('dated')
            assert d.date_time == (2001, 2, 3, 4, 5, 6)
            assert d.comment == b'member comment'
            assert d.compress_type == zipfile.ZIP_STORED
            assert zf.getinfo('dir/uni\xe9.txt').flag_bits & 0x800
            assert [x.filename for x in zf.infolist()] == zf.namelist()
            # Reading members in pieces, and lines.
            with zf.open('bin/src.bin') as f:
                assert f.read(10) == big[:10]
                assert f.read1(5) == big[10:15]
                assert f.peek(1)[:1] == big[15:16]
                assert f.read() == big[15:]
                assert f.read() == b''
            with zf.open('text.txt') as f:
                assert f.readline() == b'line one\n'
                assert f.readline() == b'line two\r\n'
                assert f.readlines() == [b'line three\rlast']
            with zf.open('text.txt', 'U') as f:
                assert list(f) == [b'line one\n', b'line two\n',
                                   b'line three\n', b'last']
                assert f.newlines == [b'\n', b'\r\n', b'\r']
            with zf.open(zf.getinfo('text.txt'), 'rU') as f:
                assert f.readline(5) == b'line '
            out = io.StringIO()
            zf.printdir(out)
            lines = out.getvalue().splitlines()
            assert lines[0] == '%-46s %19s %12s' % ('File Name',
                                                     'Modified    ', 'Size')
            assert lines[4] == '%-46s %s %12d' % ('dated',
                                                  '2001-02-03 04:05:06', 1)
            assert zf.extract('dir/uni\xe9.txt', p('out')) == \
                p('out', 'dir', 'uni\xe9.txt')
            zf.extractall(p('out2'))
        with open(p('out2', 'bin', 'src.bin'), 'rb') as f:
            assert f.read() == big
        shutil.rmtree(p('out'))
        shutil.rmtree(p('out2'))

    # Appending; an archive appended to another file.
    with zipfile.ZipFile(p('a0.zip'), 'a') as zf:
        zf.writestr('added', b'more')
    with zipfile.ZipFile(p('a0.zip')) as zf:
        assert zf.namelist()[-1] == 'added' and zf.read('added') == b'more'
        assert zf.read('text.txt') == data
    with open(p('prefixed'), 'wb') as f:
        f.write(b'#!not a zip\n' * 10)
    with zipfile.ZipFile(p('prefixed'), 'a') as zf:
        zf.writestr('inner', b'inside')
    with zipfile.ZipFile(p('prefixed')) as zf:
        assert zf.read('inner') == b'inside'
    with zipfile.ZipFile(p('new.zip'), 'a') as zf:     # made by 'a'
        zf.writestr('n', b'')
    assert zipfile.ZipFile(p('new.zip')).namelist() == ['n']

    # In-memory archives; the exact layout of a stored member.
    buf = io.BytesIO()
    zf = zipfile.ZipFile(buf, 'w')
    info = zipfile.ZipInfo('a.txt', (1980, 1, 1, 0, 0, 0))
    zf.writestr(info, b'hello')
    zf.close()
    raw = buf.getvalue()
    assert raw[:4] == b'PK\x03\x04' and raw[-22:-18] == b'PK\x05\x06'
    header = struct.unpack(zipfile.structFileHeader,
                           raw[:zipfile.sizeFileHeader])
    assert header == (b'PK\x03\x04', 20, 0, 0, 0, 0, 33, 0x3610a686, 5, 5,
                      5, 0), header
    assert len(raw) == (zipfile.sizeFileHeader + 5 + 5 +
                        zipfile.sizeCentralDir + 5 + zipfile.sizeEndCentDir)
    assert zipfile.sizeEndCentDir == 22 and zipfile.sizeCentralDir == 46
    assert zipfile.sizeFileHeader == 30
    assert zipfile.ZipFile(io.BytesIO(raw)).read('a.txt') == b'hello'

    # Damage and errors.
    bad = bytearray(raw)
    bad[30 + 5] ^= 1            # the data: CRC check fails
    zf = zipfile.ZipFile(io.BytesIO(bytes(bad)))
    assert error_of(zf.read, 'a.txt') == \
        ('BadZipFile', "Bad CRC-32 for file 'a.txt'")
    assert zf.testzip() == 'a.txt'
    assert error_of(zf.read, 'missing') == \
        ('KeyError', '"There is no item named \'missing\' in the archive"')
    assert error_of(zipfile.ZipFile, io.BytesIO(b'not a zip')) == \
        ('BadZipFile', 'File is not a zip file')
    assert not zipfile.is_zipfile(io.BytesIO(b'not a zip'))
    assert not zipfile.is_zipfile(p('src.bin'))
    assert error_of(zipfile.ZipFile, p('x.zip'), 'q') == \
        ('RuntimeError', 'ZipFile() requires mode "r", "w", or "a"')
    assert error_of(zipfile.ZipFile, p('x.zip'), 'w', 3) == \
        ('RuntimeError', 'That compression method is not supported')
    zf = zipfile.ZipFile(io.BytesIO(raw))
    assert error_of(zf.writestr, 'b', b'') == \
        ('RuntimeError', 'write() requires mode "w" or "a"')
    assert error_of(zf.open, 'a.txt', 'w') == \
        ('RuntimeError', 'open() requires mode "r", "U", or "rU"')
    zf.close()
    assert error_of(zf.read, 'a.txt') == \
        ('RuntimeError', 'Attempt to read ZIP archive that was already '
         'closed')
    assert error_of(zipfile.ZipInfo, 'old', (1979, 1, 1, 0, 0, 0)) == \
        ('ValueError', 'ZIP does not support timestamps before 1980')
    zf = zipfile.ZipFile(io.BytesIO(), 'w')
    assert error_of(setattr, zf, 'comment', 'text') == \
        ('TypeError', "comment: expected bytes, got <class 'str'>")
    zf.comment = b'x' * 70000
    assert len(zf.comment) == zipfile.ZIP_MAX_COMMENT
    zf.close()
    assert error_of(zf.writestr, 'a', b'') == \
        ('RuntimeError', 'Attempt to write to ZIP archive that was already '
         'closed')
    i = zipfile.ZipInfo('a\x00b')
    assert i.filename == 'a' and i.orig_filename == 'a\x00b'
    assert (i.create_version, i.extract_version, i.compress_type,
            i.external_attr, i.date_time) == (20, 20, 0, 0,
                                              (1980, 1, 1, 0, 0, 0))
    assert zipfile.BadZipfile is zipfile.BadZipFile is zipfile.error

    # Traditional PKWARE encryption, made here by the cipher's definition.
    def crc_byte(crc, b):
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ 0xedb88320 if crc & 1 else crc >> 1
        return crc

    class Cipher:
        def __init__(self, pwd):
            self.k = [305419896, 591751049, 878082192]
            for b in pwd:
                self.update(b)

        def update(self, b):
            k = self.k
            k[0] = crc_byte(k[0], b)
            k[1] = ((k[1] + (k[0] & 0xff)) * 134775813 + 1) & 0xffffffff
            k[2] = crc_byte(k[2], k[1] >> 24)

        def encrypt(self, data):
            out = bytearray()
            for b in data:
                t = self.k[2] | 2
                out.append(b ^ (((t * (t ^ 1)) >> 8) & 0xff))
                self.update(b)
            return bytes(out)

    plain = b'zipfile.py encryption test'
    import zlib
    crc = zlib.crc32(plain) & 0xffffffff
    body = Cipher(b'python').encrypt(bytes(11) + bytes([crc >> 24]) + plain)
    buf = io.BytesIO()
    zf = zipfile.ZipFile(buf, 'w')
    info = zipfile.ZipInfo('test.txt', (2002, 3, 9, 18, 19, 28))
    info.flag_bits = 1
    zf.writestr(info, b'')
    zf.close()
    # Put the encrypted body in place of the empty data, with its sizes.
    raw = buf.getvalue()
    n = len(body)
    local = bytearray(raw[:zipfile.sizeFileHeader + 8])
    struct.pack_into('<LLL', local, 14, crc, n, len(plain))
    central = bytearray(raw[zipfile.sizeFileHeader + 8:-22])
    struct.pack_into('<LLL', central, 16, crc, n, len(plain))
    end = bytearray(raw[-22:])
    struct.pack_into('<L', end, 16, len(local) + n)
    encrypted = bytes(local) + body + bytes(central) + bytes(end)
    zf = zipfile.ZipFile(io.BytesIO(encrypted))
    assert error_of(zf.read, 'test.txt') == \
        ('RuntimeError', 'File test.txt is encrypted, password required for '
         'extraction')
    assert error_of(zf.read, 'test.txt', b'wrong')[0] == 'RuntimeError'
    assert zf.read('test.txt', b'python') == b'zipfile.py encryption test'
    zf.setpassword(b'python')
    assert zf.read('test.txt') == b'zipfile.py encryption test'
    assert error_of(zf.setpassword, 'python') == \
        ('TypeError', "pwd: expected bytes, got <class 'str'>")

    # Folders are members too.
    os.mkdir(p('folder'))
    with zipfile.ZipFile(p('d.zip'), 'w') as zf:
        zf.write(p('folder'), 'folder')
        zf.write(p('src.bin'), '/abs/../name')
    with zipfile.ZipFile(p('d.zip')) as zf:
        assert zf.namelist() == ['folder/', 'name']
        assert zf.getinfo('folder/').file_size == 0
        zf.extractall(p('out3'))
    assert os.path.isdir(p('out3', 'folder'))

    # PyZipFile adds compiled modules.
    os.mkdir(p('pkg'))
    with open(p('pkg', '__init__.py'), 'w') as f:
        f.write('X = 1\n')
    with open(p('pkg', 'mod.py'), 'w') as f:
        f.write('Y = 2\n')
    with open(p('pkg', 'data.txt'), 'w') as f:
        f.write('not code\n')
    with zipfile.PyZipFile(p('py.zip'), 'w') as zf:
        zf.writepy(p('pkg'))
        assert error_of(zf.writepy, p('pkg', 'data.txt')) == \
            ('RuntimeError', 'Files added with writepy() must end with ".py"')
    with zipfile.ZipFile(p('py.zip')) as zf:
        names = sorted(zf.namelist())
    assert names == ['pkg/__init__.pyc', 'pkg/mod.pyc'], names
    sys.path.insert(0, p('py.zip'))
    try:
        import pkg.mod
        assert pkg.X == 1 and pkg.mod.Y == 2
        assert pkg.__file__.startswith(p('py.zip'))
    finally:
        sys.path.remove(p('py.zip'))
        sys.modules.pop('pkg.mod', None)
        sys.modules.pop('pkg', None)
finally:
    shutil.rmtree(base)
