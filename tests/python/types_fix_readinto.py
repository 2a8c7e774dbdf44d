# readinto of FileIO, the buffered readers and BytesIO fills any writable
# buffer (bytearray, memoryview, array) and refuses read-only ones.
import array, io, os, tempfile

fd, path = tempfile.mkstemp()
os.write(fd, b'0123456789')
os.close(fd)
try:
    for buffering in (0, -1):
        with open(path, 'rb', buffering=buffering) as f:
            for bad in (b"", "abc", memoryview(b"ab")):
                try:
                    f.readinto(bad)
                except TypeError as e:
                    assert str(e) == "must be read-write buffer, not " + type(bad).__name__, str(e)
                else:
                    raise AssertionError(bad)
            b = bytearray(3)
            assert f.readinto(b) == 3 and b == bytearray(b'012')
            m = memoryview(bytearray(2))
            assert f.readinto(m) == 2 and m.tobytes() == b'34'
            a = array.array('b', [0, 0])
            assert f.readinto(a) == 2 and a.tobytes() == b'56'
            b = bytearray(5)
            assert f.readinto(b) == 3 and b == bytearray(b'789\0\0')
            assert f.readinto(b) == 0
    with open(path, 'r+b', buffering=0) as f:
        b = bytearray(4)
        assert f.readinto(b) == 4 and b == bytearray(b'0123')
    with open(path, 'ab', buffering=0) as f:
        try:
            f.readinto(bytearray(4))
        except io.UnsupportedOperation:
            pass
        else:
            raise AssertionError("readinto on a write-only file")
    f = open(path, 'rb', buffering=0)
    f.close()
    try:
        f.readinto(bytearray(4))
    except ValueError:
        pass
    else:
        raise AssertionError("readinto on a closed file")
finally:
    os.remove(path)

b = io.BytesIO(b"hello")
m = memoryview(bytearray(3))
assert b.readinto(m) == 3 and m.tobytes() == b'hel'
a = array.array('b', [0, 0])
assert b.readinto(a) == 2 and a.tobytes() == b'lo'
try:
    b.readinto(b"")
except TypeError:
    pass
else:
    raise AssertionError("BytesIO.readinto into bytes")
