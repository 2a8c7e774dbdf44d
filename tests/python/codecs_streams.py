# codecs: the functions of _codecs (partial decoding, byte orders,
# charmaps, escapes), incremental encoders and decoders, stream readers
# and writers, EncodedFile, iterencode/iterdecode. Expected values are
# CPython 3.2's.
import codecs
import io


def _raises(exc, msg, f, *a, **k):
    try:
        f(*a, **k)
    except exc as e:
        assert msg is None or str(e) == msg, (str(e), msg)
    else:
        raise AssertionError('%s not raised' % exc.__name__)


# Decoders that may get more data stop before a cut sequence.
assert codecs.utf_8_decode(b'a\xe2\x82') == ('a', 1)
_raises(UnicodeDecodeError, None, codecs.utf_8_decode, b'a\xe2\x82', 'strict', True)
assert codecs.utf_8_decode(b'a\xe2\x82\xac') == ('a\u20ac', 4)
_raises(UnicodeDecodeError, "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte",
        codecs.utf_8_decode, b'a\xff')
assert codecs.utf_8_encode('a\u20ac') == (b'a\xe2\x82\xac', 2)
assert codecs.utf_8_encode('a\udc80', 'surrogateescape') == (b'a\x80', 2)
assert codecs.utf_16_decode(b'\xff\xfea\x00b') == ('a', 4)
assert codecs.utf_16_decode(b'\x00\xd8') == ('', 0)
assert codecs.utf_16_le_decode(b'a\x00\x00\xd8\x00') == ('a', 2)
assert codecs.utf_16_ex_decode(b'\xfe\xff\x00a') == ('a', 4, 1)
assert codecs.utf_16_ex_decode(b'\xff\xfea\x00') == ('a', 4, -1)
assert codecs.utf_16_ex_decode(b'\xfe\xff\x00a', None, 1) == ('\ufeffa', 4, 1)
assert codecs.utf_16_ex_decode(b'\xff') == ('', 0, 0)
assert codecs.utf_32_ex_decode(b'') == ('', 0, 0)
assert codecs.utf_32_decode(b'\xff\xfe\x00\x00a\x00\x00\x00b\x00') == ('a', 8)
assert codecs.utf_16_encode('a', None, 1) == (b'\x00a', 1)
assert codecs.utf_16_encode('a', None, -1) == (b'a\x00', 1)
assert codecs.utf_32_be_encode('\U00010000') == (b'\x00\x01\x00\x00', 1)
assert codecs.latin_1_decode(bytearray(b'\xe9')) == ('\xe9', 1)
assert codecs.ascii_decode(memoryview(b'ab')) == ('ab', 2)
assert codecs.unicode_escape_decode('\\x41\\u20ac') == ('A\u20ac', 10)
assert codecs.raw_unicode_escape_decode(b'\\u0041') == ('A', 6)
assert codecs.unicode_escape_encode('\u20ac\n') == (b'\\u20ac\\n', 2)
assert codecs.unicode_internal_decode('abc') == ('abc', 3)
assert codecs.readbuffer_encode('abc') == (b'abc', 3)
assert codecs.utf_7_encode('a+b\u20ac~\\') == (b'a+-b+IKwAfgBc-', 6)
assert codecs.utf_7_decode(b'a+IKw') == ('a', 1)
assert codecs.utf_7_decode(b'+\xc1', None, True) == ('\xc1', 2)
_raises(TypeError, "'str' does not support the buffer interface", codecs.utf_8_decode, 'abc')
_raises(TypeError, "Can't convert 'bytes' object to str implicitly", codecs.utf_8_encode, b'ab')
_raises(TypeError, 'must be str or None, not int', codecs.utf_8_decode, b'a', 1)
_raises(TypeError, 'utf_8_decode() takes at most 3 arguments (4 given)',
        codecs.utf_8_decode, b'a', None, 1, 2)

# escape_encode/escape_decode work on bytes.
assert codecs.escape_encode(b'a\n\x00\'"\\') == (b'a\\n\\x00\\\'"\\\\', 6)
assert codecs.escape_decode(b'\\x41\\n\\101\\q') == (b'A\nA\\q', 12)
assert codecs.escape_decode(b'\\x4g', 'replace') == (b'?g', 4)
assert codecs.escape_decode(b'\\x4g', 'ignore') == (b'g', 4)
_raises(ValueError, 'invalid \\x escape at position 0', codecs.escape_decode, b'\\x4')
_raises(ValueError, 'Trailing \\ in string', codecs.escape_decode, b'ab\\')
_raises(TypeError, 'must be bytes, not str', codecs.escape_encode, 'a')

# Charmaps: decoding tables, mappings, encoding maps.
assert codecs.charmap_decode(b'\x00\x01', 'strict', 'xy') == ('xy', 2)
assert codecs.charmap_decode(b'\x00\x01\x02', 'replace', 'xy') == ('xy\ufffd', 3)
assert codecs.charmap_decode(b'\x00\x01', 'strict', {0: 'ab', 1: 0x20ac}) == ('ab\u20ac', 2)
_raises(UnicodeDecodeError, None, codecs.charmap_decode, b'\x00', 'strict', {0: 0xFFFE})
_raises(TypeError, 'character mapping must return integer, None or str',
        codecs.charmap_decode, b'\x00', 'strict', {0: 1.5})
assert codecs.charmap_decode(b'ab') == ('ab', 2)
assert codecs.charmap_encode('ab', 'strict', {97: 1, 98: b'xy'}) == (b'\x01xy', 2)
assert codecs.charmap_encode('ab', 'replace', {97: 1, 63: 2}) == (b'\x01\x02', 2)
assert codecs.charmap_encode('ab', 'xmlcharrefreplace',
                             dict((ord(c), ord(c)) for c in 'a&#;0123456789')) == (b'a&#98;', 2)
_raises(UnicodeEncodeError, None, codecs.charmap_encode, 'ab', 'strict', {97: 1})
_raises(TypeError, 'character mapping must be in range(256)', codecs.charmap_encode, 'a', 'strict', {97: 300})
table = ''.join(chr(i) for i in range(256))
emap = codecs.charmap_build(table)
assert type(emap).__name__ == 'EncodingMap'
assert type(codecs.charmap_build('\u20ac' + table[1:])) is dict
assert codecs.charmap_build('\u20ac' + table[1:])[0x20ac] == 0
assert codecs.charmap_encode('\xe9a', 'strict', emap) == (b'\xe9a', 2)
_raises(TypeError, 'bad argument type for built-in operation', codecs.charmap_build, 'ab')
from encodings import cp1252
assert cp1252.decoding_table[0x80] == '\u20ac'
assert cp1252.Codec().encode('\u20ac') == (b'\x80', 1)

# Incremental encoders and decoders.
dec = codecs.getincrementaldecoder('utf-8')()
assert [dec.decode(bytes([c])) for c in b'a\xe2\x82\xac'] == ['a', '', '', '\u20ac']
_raises(UnicodeDecodeError, None, dec.decode, b'\xe2', True)
dec = codecs.getincrementaldecoder('utf-16')()
assert [dec.decode(bytes([c])) for c in b'\xff\xfea\x00b\x00'] == ['', '', '', 'a', '', 'b']
assert dec.getstate()[1] == 0
enc = codecs.getincrementalencoder('utf-16')()
assert enc.getstate() == 2
assert enc.encode('a') in (b'\xff\xfea\x00', b'\xfe\xff\x00a')
assert enc.encode('b') in (b'b\x00', b'\x00b')
assert enc.getstate() == 0
enc.reset()
assert len(enc.encode('a')) == 4
dec = codecs.getincrementaldecoder('utf-8-sig')()
assert dec.decode(b'\xef') == '' and dec.decode(b'\xbb\xbfa') == 'a'
dec = codecs.getincrementaldecoder('utf-7')()
assert dec.decode(b'a+IK') == 'a' and dec.decode(b'w-b') == '\u20acb'
dec = codecs.getincrementaldecoder('utf-32')()
assert dec.decode(b'\x00\x00\xfe') == '' and dec.decode(b'\xff\x00\x00\x00a') == 'a'
_raises(UnicodeError, 'UTF-16 stream does not start with BOM',
        codecs.getincrementaldecoder('utf-16')().decode, b'ab')
assert list(codecs.iterdecode([b'\xe2', b'\x82', b'\xac', b'x'], 'utf-8')) == ['\u20ac', 'x']
assert b''.join(codecs.iterencode(['a', 'b'], 'utf-16')) in (b'\xff\xfea\x00b\x00', b'\xfe\xff\x00a\x00b')
_raises(LookupError, None, codecs.getincrementalencoder, 'no-such')

# BufferedIncrementalEncoder keeps what _buffer_encode did not use.
class Pairs(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        n = len(input) if final else len(input) // 2 * 2
        return input[:n].encode('ascii'), n

p = Pairs()
assert p.encode('abc') == b'ab' and p.getstate() == 'c'
assert p.encode('d') == b'cd' and p.getstate() == 0
assert p.encode('e', True) == b'e'

# Stream readers and writers.
r = codecs.getreader('utf-8')(io.BytesIO(b'line1\nline2\r\nl\xe2\x82\xac3'))
assert r.readline() == 'line1\n'
assert r.readline(keepends=False) == 'line2'
assert r.read() == 'l\u20ac3'
assert r.read() == ''
r = codecs.getreader('utf-8')(io.BytesIO(b'a\nb\nc'))
assert r.readlines() == ['a\n', 'b\n', 'c']
r = codecs.getreader('utf-8')(io.BytesIO(b'a\nb\nc'))
assert list(r) == ['a\n', 'b\n', 'c']
r = codecs.getreader('utf-8')(io.BytesIO(b'abcdef'))
assert r.read(chars=2) == 'ab' and r.read(1) == 'cdef'
r = codecs.getreader('utf-16')(io.BytesIO(b'\xff\xfea\x00\n\x00b\x00'))
assert r.readline() == 'a\n' and r.readline() == 'b'
buf = io.BytesIO()
w = codecs.getwriter('utf-16-le')(buf)
w.write('ab')
w.writelines(['c', 'd'])
assert buf.getvalue() == b'a\x00b\x00c\x00d\x00'
assert w.getvalue() == buf.getvalue()   # other attributes come from the stream
buf = io.BytesIO()
w = codecs.getwriter('utf-8-sig')(buf)
w.write('a')
w.write('b')
assert buf.getvalue() == b'\xef\xbb\xbfab'

# StreamReaderWriter, EncodedFile.
f = io.BytesIO()
srw = codecs.StreamReaderWriter(f, codecs.getreader('latin-1'), codecs.getwriter('latin-1'))
srw.write('\xe9t\xe9')
srw.seek(0)
assert srw.read() == '\xe9t\xe9'
assert srw.encoding == 'unknown'
f = io.BytesIO(b'\xe9t\xe9')
ef = codecs.EncodedFile(f, 'utf-8', 'latin-1')
assert ef.read() == b'\xc3\xa9t\xc3\xa9'
ef.write(b'\xc3\xa0')
assert f.getvalue() == b'\xe9t\xe9\xe0'
assert ef.data_encoding == 'utf-8' and ef.file_encoding == 'latin-1'

assert codecs.make_encoding_map({1: 2, 3: 2, 4: 5}) == {2: None, 5: 4}
assert codecs.make_identity_dict(range(3)) == {0: 0, 1: 1, 2: 2}
