# The idna codec, encodings.idna's operations and the stringprep tables.
import codecs
import stringprep
import encodings.idna as idna

def raises(exc, msg, f, *args):
    try:
        f(*args)
    except exc as e:
        assert str(e) == msg, (str(e), msg)
    else:
        raise AssertionError('%r not raised by %r%r' % (exc, f, args))

# Whole names.
assert "python.org".encode("idna") == b"python.org"
assert "python.org.".encode("idna") == b"python.org."
assert "pyth\xf6n.org".encode("idna") == b"xn--pythn-mua.org"
assert "pyth\xf6n.org.".encode("idna") == b"xn--pythn-mua.org."
assert "B\xfccher\u3002Example\uff0ede".encode("idna") == b"xn--bcher-kva.Example.de"
assert b"xn--pythn-mua.org".decode("idna") == "pyth\xf6n.org"
assert b"xn--pythn-mua.org.".decode("idna") == "pyth\xf6n.org."
assert b"XN--pythn-mua.org".decode("idna") == "XN--pythn-mua.org"
assert bytearray(b"python.org").decode("idna") == "python.org"
assert codecs.decode(b"", "idna") == "" and codecs.encode("", "idna") == b""
assert codecs.lookup("idna").name == "idna"
assert codecs.lookup("IDNA").incrementalencoder is idna.IncrementalEncoder

# Errors.
raises(UnicodeError, "label empty or too long", "a..b".encode, "idna")
raises(UnicodeError, "label empty or too long", ("x" * 64).encode, "idna")
raises(UnicodeError, "label empty or too long", ("\xe9" * 60).encode, "idna")
assert len(("x" * 63 + ".com").encode("idna")) == 67
raises(UnicodeError, "unsupported error handling ignore", "abc".encode, "idna", "ignore")
raises(UnicodeError, "Unsupported error handling replace", b"abc".decode, "idna", "replace")
raises(UnicodeError, "Invalid character '\\u2028'", "a\u2028b\xe9".encode, "idna")
raises(UnicodeError, "Invalid character '\\ue000'", idna.nameprep, "\ue000")
raises(UnicodeError, "Violation of BIDI requirement 2", idna.nameprep, "\u05d0a\u05d1")
raises(UnicodeError, "Violation of BIDI requirement 3", idna.nameprep, "\u05d01")
raises(UnicodeError, "Label starts with ACE prefix", idna.ToASCII, "xn--\xe9")
raises(UnicodeError, "Invalid character in IDN label", idna.ToUnicode, "\u3000x\xe9")
try:
    idna.ToUnicode(b"xn--abc-")
except UnicodeError as e:
    assert e.args[0] == "IDNA does not round-trip", e.args
else:
    raise AssertionError("no round-trip error")

# The operations on labels.
assert idna.ToASCII("abc") == b"abc"
assert idna.ToASCII("B\xfccher") == b"xn--bcher-kva"
assert idna.ToASCII("\uff21BC") == b"abc"          # fullwidth A folds
assert idna.ToUnicode(b"xn--bcher-kva") == "b\xfccher"
assert idna.ToUnicode("XN--bcher-kva") == "XN--bcher-kva"
assert idna.ToUnicode("\uff21bc") == "abc"
assert idna.nameprep("Stra\xdfe\u00ad") == "strasse"
assert idna.nameprep("\u2168") == "ix"
assert idna.nameprep("\u05d0\u05d1") == "\u05d0\u05d1"
# RFC 3491's examples (from the test vectors draft)
assert idna.nameprep("foo\xadbar") == "foobar"
assert idna.nameprep("CAFE") == "cafe"
assert idna.nameprep("\u0130") == "i\u0307"
assert idna.nameprep("\u1fb7") == "\u1fb6\u03b9"
assert idna.nameprep("\u01f0") == "\u01f0"
assert idna.nameprep("\u03d2\u0301") == "\u03cd"

# Incremental coding: an unfinished last label waits for more input.
dec = codecs.getincrementaldecoder("idna")()
assert dec.decode(b"xn--xam", ) == ""
assert dec.decode(b"ple-9ta.o", ) == "\xe4xample."
assert dec.decode(b"rg") == ""
assert dec.decode(b"", True) == "org"
enc = codecs.getincrementalencoder("idna")()
assert enc.encode("\xe4x") == b""
assert enc.encode("ample.org") == b"xn--xample-9ta."
assert enc.encode("", True) == b"org"
enc.reset()
assert enc.encode("\xe4x") == b""
assert enc.encode("ample.org.") == b"xn--xample-9ta.org."
assert "".join(codecs.iterdecode((bytes([c]) for c in b"python.org"), "idna")) == "python.org"
assert b"".join(codecs.iterencode("pyth\xf6n.org.", "idna")) == b"xn--pythn-mua.org."

# Streams.
import io
buf = io.BytesIO()
w = codecs.getwriter("idna")(buf)
w.write("pyth\xf6n.org")
assert buf.getvalue() == b"xn--pythn-mua.org"
r = codecs.getreader("idna")(io.BytesIO(b"xn--pythn-mua.org."))
assert r.read() == "pyth\xf6n.org."

# stringprep's tables.
assert stringprep.in_table_a1("\u0221") and not stringprep.in_table_a1("a")
assert not stringprep.in_table_a1("\ufdd0") and not stringprep.in_table_a1("\U0001fffe")
assert stringprep.in_table_b1("\u00ad") and stringprep.in_table_b1("\ufe0f")
assert not stringprep.in_table_b1("a")
assert stringprep.map_table_b2("\u00df") == "ss" and stringprep.map_table_b2("\u2168") == "\u2178"
assert stringprep.map_table_b2("\u03d2") == "\u03c5"
assert stringprep.map_table_b3("\u00df") == "ss" and stringprep.map_table_b3("A") == "a"
assert stringprep.map_table_b3("\U0001d400") == "a"
assert stringprep.map_table_b3("\u0130") == "i\u0307"
assert stringprep.in_table_c11(" ") and not stringprep.in_table_c11("\xa0")
assert stringprep.in_table_c12("\xa0") and stringprep.in_table_c12("\u3000")
assert stringprep.in_table_c11_c12(" ") and stringprep.in_table_c11_c12("\u2003")
assert stringprep.in_table_c21("\x7f") and not stringprep.in_table_c21("\x80")
assert stringprep.in_table_c22("\x80") and stringprep.in_table_c22("\ufeff")
assert stringprep.in_table_c22("\U0001d173") and not stringprep.in_table_c22("\x1f")
assert stringprep.in_table_c21_c22("\x1f") and stringprep.in_table_c21_c22("\u2028")
assert stringprep.in_table_c3("\ue000") and stringprep.in_table_c3("\U00100000")
assert stringprep.in_table_c4("\ufffe") and stringprep.in_table_c4("\ufdd5")
assert stringprep.in_table_c4("\U0010ffff") and not stringprep.in_table_c4("\ufffd")
assert stringprep.in_table_c5("\ud800") and not stringprep.in_table_c5("a")
assert stringprep.in_table_c6("\ufffd") and not stringprep.in_table_c6("\ufffe")
assert stringprep.in_table_c7("\u2ff0") and not stringprep.in_table_c7("\u2ffc")
assert stringprep.in_table_c8("\u200e") and stringprep.in_table_c8("\u206f")
assert stringprep.in_table_c9("\U000e0001") and stringprep.in_table_c9("\U000e007f")
assert not stringprep.in_table_c9("\U000e0002")
assert stringprep.in_table_d1("\u05d0") and stringprep.in_table_d1("\u0627")
assert not stringprep.in_table_d1("a")
assert stringprep.in_table_d2("a") and not stringprep.in_table_d2("1")
# Unicode 3.2: U+0221 was assigned in 4.0
import unicodedata
assert unicodedata.category("\u0221") == "Ll"
assert stringprep.in_table_a1("\u0221")
