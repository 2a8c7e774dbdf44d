# The io class hierarchy: abstract bases, user-written raw and buffered
# streams, buffered and text wrappers over them, FileIO, module names.
import io, _io, os, sys

def raises(exc, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        assert str(e) == msg, (str(e), msg)
    else:
        raise AssertionError("no %s" % exc.__name__)

assert io.open is open and _io.open is open
assert io.DEFAULT_BUFFER_SIZE == 8192
assert (io.SEEK_SET, io.SEEK_CUR, io.SEEK_END) == (0, 1, 2)
assert issubclass(io.UnsupportedOperation, ValueError)
assert issubclass(io.UnsupportedOperation, IOError)
assert issubclass(io.BlockingIOError, IOError)
e = io.BlockingIOError(11, "would block", 5)
assert e.characters_written == 5 and e.errno == 11
assert io.BlockingIOError(1, "x").characters_written == 0
for name in io.__all__:
    assert hasattr(io, name), name
assert io.IOBase.__name__ == "IOBase" and io.IOBase.__module__ == "io"
assert issubclass(io.RawIOBase, io.IOBase) and issubclass(io.RawIOBase, _io._RawIOBase)
assert issubclass(io.FileIO, io.RawIOBase)
assert issubclass(io.BytesIO, io.BufferedIOBase) and issubclass(io.BufferedReader, io.BufferedIOBase)
assert issubclass(io.StringIO, io.TextIOBase) and issubclass(io.TextIOWrapper, io.TextIOBase)
assert io.FileIO.__name__ == "FileIO"

# A raw stream written in Python, read through BufferedReader.
class Chunks(io.RawIOBase):
    def __init__(self, data, chunk):
        self.data, self.pos, self.chunk, self.calls = data, 0, chunk, 0
    def readable(self):
        return True
    def readinto(self, b):
        self.calls += 1
        piece = self.data[self.pos:self.pos + min(len(b), self.chunk)]
        b[:len(piece)] = piece
        self.pos += len(piece)
        return len(piece)

raw = Chunks(b"line one\nline two\nlast", 5)
assert raw.read(3) == b"lin"
assert raw.read() == b"e one\nline two\nlast"
raw = Chunks(b"line one\nline two\nlast", 5)
assert raw.readline() == b"line one\n"
raw = Chunks(b"line one\nline two\nlast", 5)
br = io.BufferedReader(raw, 4)
assert br.raw is raw
assert br.read(2) == b"li"
assert br.readline() == b"ne one\n"
assert list(br) == [b"line two\n", b"last"]
assert br.read() == b""
assert not br.closed
br.close()
assert br.closed and raw.closed

# The abstract bases' defaults.
base = io.RawIOBase()
assert not base.readable() and not base.writable() and not base.seekable()
raises(io.UnsupportedOperation, "seek", base.seek, 0)
raises(io.UnsupportedOperation, "fileno", base.fileno)
raises(io.UnsupportedOperation, "truncate", base.truncate)
raises(io.UnsupportedOperation, "File or stream is not readable.", base._checkReadable)
assert not base.closed
base.close()
assert base.closed
raises(ValueError, "I/O operation on closed file.", base.flush)
raises(io.UnsupportedOperation, "read", io.BufferedIOBase().read)
raises(io.UnsupportedOperation, "detach", io.TextIOBase().detach)
assert io.TextIOBase().encoding is None

# A writable raw stream under BufferedWriter.
class Sink(io.RawIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, b):
        self.parts.append(bytes(b))
        return len(b)
sink = Sink()
bw = io.BufferedWriter(sink, 8)
bw.write(b"abc")
assert sink.parts == []
bw.write(b"defghij")
bw.flush()
assert b"".join(sink.parts) == b"abcdefghij"
raises(io.UnsupportedOperation, "File or stream is not readable.", io.BufferedReader, Sink())

# BufferedRWPair reads one stream and writes another.
pair = io.BufferedRWPair(io.BytesIO(b"in"), sink)
assert pair.read() == b"in"
pair.write(b"out")
pair.flush()
assert sink.parts[-1] == b"out"

# TextIOWrapper over a BytesIO.
b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8")
assert t.buffer is b and t.encoding == "utf-8"
t.write("héllo\nworld\n")
t.flush()
assert b.getvalue() == "héllo\nworld\n".encode("utf-8")
t.seek(0)
assert t.readline() == "héllo\n"
assert t.read() == "world\n"
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb\rc"), encoding="ascii", newline=None)
assert t.readlines() == ["a\n", "b\n", "c"]
t = io.TextIOWrapper(io.BytesIO(b"a\r\nb"), encoding="latin-1", newline="")
assert list(t) == ["a\r\n", "b"]
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="\r\n")
t.write("x\n")
t.flush()
assert t.buffer.getvalue() == b"x\r\n"
raises(ValueError, "illegal newline value: x", io.TextIOWrapper, io.BytesIO(), newline="x")

# FileIO, buffered and text files over a real file.
name = os.path.join(os.environ.get("TMPDIR", "/tmp"), "taipan_io_classes_%d.bin" % os.getpid())
f = io.FileIO(name, "w")
assert f.mode == "wb" and f.name == name and f.writable() and not f.readable()
assert f.write(b"0123456789") == 10
f.close()
assert f.closed
f = io.FileIO(name)
assert f.read(3) == b"012"
assert f.readall() == b"3456789"
f.close()
with io.open(name, "rb") as f:
    assert isinstance(f, io.BufferedReader)
    assert f.peek(1)[:1] == b"0"
    assert f.read(4) == b"0123"
with io.open(name, "r+b") as f:
    assert isinstance(f, io.BufferedRandom)
    f.seek(2)
    f.write(b"ab")
    f.seek(0)
    assert f.read() == b"01ab456789"
with io.BufferedReader(io.FileIO(name)) as f:
    assert f.read() == b"01ab456789"
with open(name, "w", encoding="utf-8") as f:
    assert isinstance(f, io.TextIOWrapper) and isinstance(f, io.IOBase)
    f.write("text\n")
with io.TextIOWrapper(io.BufferedReader(io.FileIO(name)), encoding="utf-8") as f:
    assert f.read() == "text\n"
os.remove(name)

# print() to a StringIO, and sys.stdout replaced by one.
out = io.StringIO()
print("a", 1, sep="-", end="!", file=out)
assert out.getvalue() == "a-1!"
saved = sys.stdout
sys.stdout = io.StringIO()
try:
    print("captured")
    got = sys.stdout.getvalue()
finally:
    sys.stdout = saved
assert got == "captured\n"
