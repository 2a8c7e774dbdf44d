# io.StringIO and io.BytesIO: reading, writing, seeking, newlines, errors.
import io

def raises(exc, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except exc as e:
        assert str(e) == msg, (str(e), msg)
    else:
        raise AssertionError("no %s" % exc.__name__)

# --- StringIO basics
s = io.StringIO()
assert s.write("hello ") == 6
assert s.write("wörld\n") == 6
assert s.getvalue() == "hello wörld\n"
assert s.tell() == 12
s.seek(0)
assert s.read(5) == "hello"
assert s.read() == " wörld\n"
assert s.read() == ""
s.seek(6)
s.write("W")
assert s.getvalue() == "hello Wörld\n"
s.seek(0, 2)
assert s.tell() == 12
assert s.seek(0, 1) == 12
assert s.readable() and s.writable() and s.seekable()
assert not s.isatty()
assert s.line_buffering is False
assert s.encoding is None and s.errors is None

s = io.StringIO("a\nbb\nccc")
assert s.tell() == 0
assert s.readline() == "a\n"
assert s.readline(1) == "b"
assert s.readline() == "b\n"
assert s.readline() == "ccc"
assert s.readline() == ""
s.seek(0)
assert s.readlines() == ["a\n", "bb\n", "ccc"]
s.seek(0)
assert list(s) == ["a\n", "bb\n", "ccc"]
s.seek(0)
assert s.readlines(3) == ["a\n", "bb\n"]

# Writing past the end pads with NULs; truncate keeps the position.
s = io.StringIO("abc")
s.seek(5)
s.write("x")
assert s.getvalue() == "abc\0\0x"
assert s.truncate(2) == 2
assert s.getvalue() == "ab"
assert s.tell() == 6
s.seek(1)
assert s.truncate() == 1
assert s.getvalue() == "a"

# Non-BMP characters and lone surrogates count as one position each.
s = io.StringIO("\U0001f600x\ud800y")
assert s.read(1) == "\U0001f600"
assert s.tell() == 1
assert s.read(2) == "x\ud800"
assert s.read() == "y"

# Newline handling.
s = io.StringIO("a\r\nb\rc\n", newline=None)
assert s.getvalue() == "a\nb\nc\n"
assert s.newlines == ("\r", "\n", "\r\n")
s = io.StringIO("a\r\nb\rc\n", newline="")
assert s.readlines() == ["a\r\n", "b\r", "c\n"]
assert s.newlines == ("\r", "\n", "\r\n")
s = io.StringIO(newline="\r\n")
s.write("x\ny\n")
assert s.getvalue() == "x\r\ny\r\n"
s.seek(0)
assert s.readline() == "x\r\n"
s = io.StringIO(newline="\r")
s.write("x\ny")
assert s.getvalue() == "x\ry"
s.seek(0)
assert s.readlines() == ["x\r", "y"]
s = io.StringIO("a\r\nb")
assert s.readlines() == ["a\r\n", "b"]
assert s.newlines is None

# Errors.
raises(TypeError, "string argument expected, got 'bytes'", io.StringIO().write, b"x")
raises(TypeError, "initial_value must be str or None, not bytes", io.StringIO, b"x")
raises(ValueError, "illegal newline value: 'x'", io.StringIO, newline="x")
raises(TypeError, "newline must be str or None, not int", io.StringIO, newline=1)
raises(ValueError, "Negative seek position -1", io.StringIO().seek, -1)
raises(ValueError, "Invalid whence (3, should be 0, 1 or 2)", io.StringIO().seek, 0, 3)
raises(IOError, "Can't do nonzero cur-relative seeks", io.StringIO().seek, 1, 1)
raises(ValueError, "Negative size value -1", io.StringIO().truncate, -1)
s = io.StringIO("x")
s.close()
assert s.closed
s.close()
for call in (s.read, s.getvalue, s.tell, lambda: s.write("x"), s.readline, lambda: s.seek(0)):
    raises(ValueError, "I/O operation on closed file", call)

# Subclasses.
class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())
u = Upper()
print("hello", "there", file=u)
assert u.getvalue() == "HELLO THERE\n"
u.extra = 1
assert u.extra == 1
assert isinstance(u, io.StringIO) and isinstance(u, io.TextIOBase) and isinstance(u, io.IOBase)

class Lines(io.StringIO):
    def readline(self, *args):
        line = super().readline(*args)
        return line.strip() + "!\n" if line else line
assert list(Lines("a\nb\n")) == ["a!\n", "b!\n"]

# with closes.
with io.StringIO("abc") as s:
    assert s.read() == "abc"
assert s.closed

# __getstate__ / __setstate__.
s = io.StringIO("abc\n", newline=None)
s.seek(2)
st = s.__getstate__()
assert st[0] == "abc\n" and st[1] is None and st[2] == 2
t = io.StringIO()
t.__setstate__(st)
assert t.read() == "c\n"

# --- BytesIO basics
b = io.BytesIO(b"abc\ndef\n")
assert b.read(2) == b"ab"
assert b.readline() == b"c\n"
assert b.tell() == 4
assert b.read1(2) == b"de"
assert b.readlines() == [b"f\n"]
assert b.read() == b""
b.seek(0)
assert list(b) == [b"abc\n", b"def\n"]
assert b.getvalue() == b"abc\ndef\n"
b = io.BytesIO()
assert b.write(b"hello") == 5
assert b.write(bytearray(b"!")) == 1
assert b.getvalue() == b"hello!"
b.seek(8)
b.write(b"x")
assert b.getvalue() == b"hello!\0\0x"
assert b.seek(-2, 2) == 7
assert b.read() == b"\0x"
assert b.seek(-100, 1) == 0
assert b.truncate(3) == 3
assert b.getvalue() == b"hel"
assert b.tell() == 0
b.seek(10)
assert b.truncate() == 10
assert b.getvalue() == b"hel"
ba = bytearray(2)
b.seek(1)
assert b.readinto(ba) == 2
assert ba == bytearray(b"el")
b.writelines([b"a", b"b"])
assert b.readable() and b.writable() and b.seekable() and not b.isatty()
raises(TypeError, "'str' does not support the buffer interface", b.write, "x")
raises(ValueError, "negative seek value -1", b.seek, -1)
raises(ValueError, "invalid whence (3, should be 0, 1 or 2)", b.seek, 0, 3)
raises(ValueError, "negative size value -1", b.truncate, -1)
b.close()
assert b.closed
for call in (b.read, b.getvalue, b.tell, lambda: b.write(b"x")):
    raises(ValueError, "I/O operation on closed file.", call)
b = io.BytesIO(initial_bytes=b"xy")
assert b.read() == b"xy"

class Counting(io.BytesIO):
    def __init__(self, *args):
        super().__init__(*args)
        self.writes = 0
    def write(self, data):
        self.writes += 1
        return super().write(data)
c = Counting(b"12")
c.write(b"ab")
assert c.writes == 1 and c.getvalue() == b"ab"
assert isinstance(c, io.BufferedIOBase)

b = io.BytesIO(b"abc")
b.seek(1)
st = b.__getstate__()
assert st[:2] == (b"abc", 1)
b2 = io.BytesIO()
b2.__setstate__(st)
assert b2.read() == b"bc"
