# The marshal module: CPython 3.2's byte format for each type, round
# trips, code objects, files, and the errors of malformed data.
import io
import marshal

def raises(exc, msg, f, *args):
    try:
        f(*args)
    except exc as e:
        assert str(e) == msg, (str(e), msg)
    else:
        raise AssertionError("no %s" % exc.__name__)

assert marshal.version == 2

# The bytes CPython 3.2 writes.
golden = [
    (None, 2, b"N"), (True, 2, b"T"), (False, 2, b"F"), (..., 2, b"."),
    (StopIteration, 2, b"S"),
    (0, 2, b"i\x00\x00\x00\x00"), (-1, 2, b"i\xff\xff\xff\xff"),
    (2**31 - 1, 2, b"i\xff\xff\xff\x7f"), (2**31, 2, b"I\x00\x00\x00\x80\x00\x00\x00\x00"),
    (-2**31 - 1, 2, b"I\xff\xff\xff\x7f\xff\xff\xff\xff"),
    (2**63, 2, b"l\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x08\x00"),
    (-2**63 - 1, 2, b"l\xfb\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00\x08\x00"),
    (10**30, 2, b"l\x07\x00\x00\x00\x00\x00\x00\x00\xa97\xa73\x04M\x93e'\x03"),
    (1.0, 2, b"g\x00\x00\x00\x00\x00\x00\xf0?"), (1.0, 1, b"f\x011"),
    (0.1, 0, b"f\x130.10000000000000001"), (1e16, 1, b"f\x1110000000000000000"),
    (-0.0, 1, b"f\x02-0"), (float("inf"), 1, b"f\x03inf"), (-float("inf"), 0, b"f\x04-inf"),
    (1e-05, 1, b"f\x161.0000000000000001e-05"),
    (1j, 1, b"x\x010\x011"),
    (1j, 2, b"y\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0?"),
    ("", 2, b"u\x00\x00\x00\x00"), ("\xe9", 2, b"u\x02\x00\x00\x00\xc3\xa9"),
    ("\udc80", 2, b"u\x03\x00\x00\x00\xed\xb2\x80"),
    ("\ud800\udc00", 2, b"u\x06\x00\x00\x00\xed\xa0\x80\xed\xb0\x80"),
    ("\U00010000", 2, b"u\x04\x00\x00\x00\xf0\x90\x80\x80"),
    (b"ab", 2, b"s\x02\x00\x00\x00ab"), (bytearray(b"xy"), 2, b"s\x02\x00\x00\x00xy"),
    ((1, (2,)), 2, b"(\x02\x00\x00\x00i\x01\x00\x00\x00(\x01\x00\x00\x00i\x02\x00\x00\x00"),
    ([], 2, b"[\x00\x00\x00\x00"), ({1: 2}, 2, b"{i\x01\x00\x00\x00i\x02\x00\x00\x000"),
    ({3, 1, 2}, 2, b"<\x03\x00\x00\x00i\x01\x00\x00\x00i\x02\x00\x00\x00i\x03\x00\x00\x00"),
    (frozenset([3]), 2, b">\x01\x00\x00\x00i\x03\x00\x00\x00"),
]
for value, version, data in golden:
    assert marshal.dumps(value, version) == data, (value, version, marshal.dumps(value, version))
    back = marshal.loads(data)
    if isinstance(value, bytearray):
        value = bytes(value)
    assert type(back) is type(value), (value, back)
    if value == value:
        assert back == value, (value, back)
assert marshal.dumps(1.5) == marshal.dumps(1.5, 2)
assert marshal.dumps(1.5, -1) == b"f\x031.5"
assert marshal.loads(b"Nignored") is None
assert marshal.loads(bytearray(b"T")) is True
assert marshal.loads(b"l\x00\x00\x00\x00") == 0
assert marshal.loads(b"f\x08infinity") == float("inf")

# Round trips of every kind of value in each version.
values = [0, 1, -5, 2**40, -2**70, 3**100, 0.5, -1e300, 2.5j, "text", "\u20ac\U0001f600",
          b"\x00\xff", (), (1, "a", (b"b",)), [1, [2, [3]]], {"k": [1], 2: (3,)},
          {1, 2, 3}, frozenset(["a"]), {frozenset([1]): {2: 3}}, [None, True, False, ..., StopIteration]]
for v in values:
    for version in (0, 1, 2):
        assert marshal.loads(marshal.dumps(v, version)) == v, (v, version)
nested = []
for i in range(100):
    nested = [nested, i]
assert marshal.loads(marshal.dumps(nested)) == nested

# Unmarshallable values.
class MyInt(int): pass
class MyStr(str): pass
class MyBytes(bytes): pass
for bad in [object(), MyInt(3), MyStr("x"), [1, object()], {1: {2: len}}, (1, [type])]:
    raises(ValueError, "unmarshallable object", marshal.dumps, bad)
assert marshal.dumps(MyBytes(b"z")) == b"s\x01\x00\x00\x00z"
deep = []
for i in range(2100):
    deep = [deep]
raises(ValueError, "object too deeply nested to marshal", marshal.dumps, deep)

# Malformed data.
for data, exc, msg in [
        (b"", EOFError, "EOF read where object expected"),
        (b"i\x01", EOFError, "EOF read where not expected"),
        (b"(\x02\x00\x00\x00N", EOFError, "EOF read where object expected"),
        (b"s\x05\x00\x00\x00ab", EOFError, "EOF read where object expected"),
        (b"Z", ValueError, "bad marshal data (unknown type code)"),
        (b"s\xff\xff\xff\xff", ValueError, "bad marshal data (string size out of range)"),
        (b"l\x01\x00\x00\x00\x00\x00", ValueError, "bad marshal data (unnormalized long data)"),
        (b"l\x01\x00\x00\x00\x00\x80", ValueError, "bad marshal data (digit out of range in long)"),
        (b"f\x03abc", ValueError, "could not convert string to float: abc"),
        (b"0", TypeError, "NULL object in marshal data for object"),
        (b"(\x01\x00\x00\x000", TypeError, "NULL object in marshal data for tuple"),
        (b"{[\x00\x00\x00\x00N0", TypeError, "unhashable type: 'list'"),
        (b"u\x01\x00\x00\x00\xff", UnicodeDecodeError,
         "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
        (b"[\x01\x00\x00\x00" * 2001, ValueError, "recursion limit exceeded")]:
    raises(exc, msg, marshal.loads, data)

# Arguments.
raises(TypeError, "dumps() takes at least 1 argument (0 given)", marshal.dumps)
raises(TypeError, "dumps() takes at most 2 arguments (3 given)", marshal.dumps, 1, 2, 3)
raises(TypeError, "loads() takes exactly 1 argument (0 given)", marshal.loads)
raises(TypeError, "'str' does not support the buffer interface", marshal.loads, "N")
raises(TypeError, "load() takes exactly one argument (0 given)", marshal.load)
raises(OverflowError, "signed integer is greater than maximum", marshal.dumps, 1, 2**40)

# Files: load reads exactly what each value needs, so values follow one
# another; dump writes once and returns what write returned.
f = io.BytesIO()
assert marshal.dump([1, "two"], f) == 18
marshal.dump(3.5, f, 1)
marshal.dump({"k": None}, f)
f.seek(0)
assert marshal.load(f) == [1, "two"]
assert marshal.load(f) == 3.5
assert marshal.load(f) == {"k": None}
raises(EOFError, "EOF read where object expected", marshal.load, f)
raises(EOFError, "EOF read where not expected", marshal.load, io.BytesIO(b"i\x01"))

class Reader:
    def __init__(self, data):
        self.data, self.sizes = data, []
    def read(self, n):
        self.sizes.append(n)
        chunk, self.data = self.data[:n], self.data[n:]
        return chunk
r = Reader(marshal.dumps((1, "ab", 2.5)))
assert marshal.load(r) == (1, "ab", 2.5)
assert r.sizes == [0, 1, 4, 1, 4, 1, 4, 2, 1, 8]
class TextReader:
    def read(self, n):
        return "x"
raises(TypeError, "f.read() returned not bytes but str", marshal.load, TextReader())
raises(AttributeError, "read", marshal.load, 3)
raises(AttributeError, "write", marshal.dump, 1, 3)

# Code objects load and run as the original.
src = """
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
def gen(k):
    total = 0
    for i in range(k):
        total += i
        yield total
class Box:
    def __init__(self, v):
        self.v = v
    def get(self, *, default=None):
        return self.v if self.v is not None else default
result = (fib(12), list(gen(5)), Box(None).get(default=7), [x * x for x in {1, 2, 3}],
          {k: v for k, v in zip("ab", (1.5, 2j))}, lambda: 0)
"""
code = compile(src, "<marshalled>", "exec")
data = marshal.dumps(code)
loaded = marshal.loads(data)
assert type(loaded) is type(code)
for attr in ("co_argcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
             "co_code", "co_names", "co_varnames", "co_freevars", "co_cellvars",
             "co_filename", "co_name", "co_firstlineno", "co_lnotab"):
    assert getattr(loaded, attr) == getattr(code, attr), attr
assert marshal.dumps(loaded) == data
ns1, ns2 = {}, {}
exec(code, ns1)
exec(loaded, ns2)
assert ns1["result"][:5] == ns2["result"][:5] == (144, [0, 1, 3, 6, 10], 7, [1, 4, 9], {"a": 1.5, "b": 2j})
assert ns2["fib"].__code__.co_filename == "<marshalled>"
for cut in range(0, len(data), 7):
    try:
        marshal.loads(data[:cut])
    except (EOFError, ValueError, TypeError):
        pass
    else:
        raise AssertionError("truncated code at %d loaded" % cut)
