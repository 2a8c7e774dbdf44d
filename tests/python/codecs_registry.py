# codecs: the registry (lookup, register, encode/decode through it),
# error handlers registered from Python and used by str.encode and
# bytes.decode, CodecInfo and the encodings package. Expected values are
# CPython 3.2's.
import codecs
import encodings


def _raises(exc, msg, f, *a, **k):
    try:
        f(*a, **k)
    except exc as e:
        assert msg is None or str(e) == msg, (str(e), msg)
    else:
        raise AssertionError('%s not raised' % exc.__name__)


# lookup normalizes the name and finds the encodings module.
info = codecs.lookup('UTF 8')
assert isinstance(info, codecs.CodecInfo) and isinstance(info, tuple)
assert info.name == 'utf-8' and len(info) == 4
assert info[0] is info.encode and info[1] is info.decode
assert codecs.lookup('latin1').name == 'iso8859-1'
assert codecs.lookup('Latin-1').name == 'iso8859-1'
assert codecs.lookup('cp1252').name == 'cp1252'
assert codecs.lookup('KOI8-R').name == 'koi8-r'
assert codecs.lookup('utf_16').name == 'utf-16'
assert codecs.lookup('U8') is codecs.lookup('u8')
assert repr(info).startswith('<codecs.CodecInfo object for encoding utf-8 at 0x')
_raises(LookupError, 'unknown encoding: no-such-codec', codecs.lookup, 'no-such-codec')
_raises(LookupError, 'unknown encoding: spam', 'x'.encode, 'spam')
_raises(TypeError, None, codecs.lookup, 1)
assert encodings.normalize_encoding('  UTF--8 ') == 'UTF_8'
assert encodings.normalize_encoding('latin-1') == 'latin_1'
assert encodings.aliases.aliases['latin1'] == 'latin_1'

# codecs.encode/decode go through the registry.
assert codecs.encode('abc', 'utf-16') == b'\xff\xfea\x00b\x00c\x00'
assert codecs.decode(b'\xfe\xff\x00a', 'utf-16') == 'a'
assert codecs.encode('abc') == b'abc'
assert codecs.encode('abc', 'rot_13') == 'nop'
assert codecs.encode(b'ab', 'hex_codec') == b'6162'
assert codecs.decode(b'YWI=\n', 'base64_codec') == b'ab'
assert codecs.encode('\u20ac', 'cp1252') == b'\x80'
assert codecs.decode(b'\x80', 'cp1252') == '\u20ac'
assert codecs.encode('b\xfccher', 'punycode') == b'bcher-kva'
assert codecs.decode(b'bcher-kva', 'punycode') == 'b\xfccher'
assert 'a+\u20ac'.encode('utf-7') == b'a+-+IKw-'
assert b'a+IKw-'.decode('utf-7') == 'a\u20ac'
assert 'abc'.encode('utf-8-sig') == b'\xef\xbb\xbfabc'
assert b'\xef\xbb\xbfabc'.decode('utf-8-sig') == 'abc'


# A codec registered from Python serves str.encode, bytes.decode and str().
def _search(name):
    if name == 'test.upper':
        return codecs.CodecInfo(
            lambda s, errors='strict': (s.upper().encode('ascii'), len(s)),
            lambda b, errors='strict': (bytes(b).decode('ascii').lower(), len(b)),
            name='test.upper')
    return None

codecs.register(_search)
assert 'abc'.encode('test.upper') == b'ABC'
assert b'XYZ'.decode('test.upper') == 'xyz'
assert str(b'QQ', 'test.upper') == 'qq'
assert codecs.lookup('TEST.UPPER').name == 'test.upper'
_raises(TypeError, 'argument must be callable', codecs.register, 1)


def _bad_search(name):
    if name == 'test.bad':
        return (1, 2)
    if name == 'test.notbytes':
        return (lambda s, e='strict': ('str', 1), None, None, None)
    return None

codecs.register(_bad_search)
_raises(TypeError, 'codec search functions must return 4-tuples', codecs.lookup, 'test.bad')
_raises(TypeError, 'encoder did not return a bytes object (type=str)', 'x'.encode, 'test.notbytes')


# Error handlers: built-in ones are exposed, new ones used everywhere.
assert codecs.lookup_error('strict') is codecs.strict_errors
assert codecs.lookup_error('replace') is codecs.replace_errors
assert codecs.strict_errors.__name__ == 'strict_errors'
assert codecs.lookup_error('surrogateescape').__name__ == 'surrogateescape'
_raises(LookupError, "unknown error handler name 'no.such'", codecs.lookup_error, 'no.such')
_raises(LookupError, "unknown error handler name 'no.such'", '\xff'.encode, 'ascii', 'no.such')
_raises(TypeError, 'handler must be callable', codecs.register_error, 'x', 1)


def _positions(exc):
    return ('[%d:%d]' % (exc.start, exc.end), exc.end)

codecs.register_error('test.positions', _positions)
assert 'a\u20acb'.encode('ascii', 'test.positions') == b'a[1:2]b'
assert 'a\u20ac\u20acb'.encode('latin-1', 'test.positions') == b'a[1:3]b'
assert 'a\u0100'.encode('cp1252', 'test.positions') == b'a[1:2]'
assert 'a\udc80'.encode('utf-8', 'test.positions') == b'a[1:2]'
assert b'a\xffb'.decode('utf-8', 'test.positions') == 'a[1:2]b'
assert b'a\x80b'.decode('ascii', 'test.positions') == 'a[1:2]b'
assert codecs.charmap_encode('a\u20ac', 'test.positions', {97: 1, ord('['): 2, ord(']'): 3,
                                                            ord(':'): 4, ord('1'): 5, ord('2'): 6}) == \
    (b'\x01\x02\x05\x04\x06\x03', 2)


# A handler may go back or skip ahead, count from the end, return bytes.
def _skip_rest(exc):
    return ('!', -1)

codecs.register_error('test.skip', _skip_rest)
assert 'a\u20acbcd'.encode('ascii', 'test.skip') == b'a!d'
assert b'a\xffbcd'.decode('utf-8', 'test.skip') == 'a!d'

codecs.register_error('test.bytes', lambda exc: (b'\xff\xfe', exc.end))
assert 'a\u20acb'.encode('ascii', 'test.bytes') == b'a\xff\xfeb'

codecs.register_error('test.unencodable', lambda exc: ('\u20ac', exc.end))
_raises(UnicodeEncodeError, None, 'a\u0100'.encode, 'latin-1', 'test.unencodable')

codecs.register_error('test.badreturn', lambda exc: 'x')
_raises(TypeError, 'encoding error handler must return (str/bytes, int) tuple',
        '\u20ac'.encode, 'ascii', 'test.badreturn')
_raises(TypeError, 'decoding error handler must return (str, int) tuple',
        b'\xff'.decode, 'ascii', 'test.badreturn')

codecs.register_error('test.outofbounds', lambda exc: ('', 100))
_raises(IndexError, 'position 100 from error handler out of bounds',
        '\u20ac'.encode, 'ascii', 'test.outofbounds')


# The built-in handlers as functions.
e = UnicodeEncodeError('ascii', 'a\u20ac\U00010000', 1, 3, 'bad')
assert codecs.replace_errors(e) == ('??', 3)
assert codecs.ignore_errors(e) == ('', 3)
assert codecs.xmlcharrefreplace_errors(e) == ('&#8364;&#65536;', 3)
assert codecs.backslashreplace_errors(e) == ('\\u20ac\\U00010000', 3)
d = UnicodeDecodeError('ascii', b'a\xff\xfe', 1, 3, 'bad')
assert codecs.replace_errors(d) == ('\ufffd', 3)
assert codecs.lookup_error('surrogateescape')(d) == ('\udcff\udcfe', 3)
_raises(TypeError, "don't know how to handle UnicodeDecodeError in error callback",
        codecs.xmlcharrefreplace_errors, d)
_raises(TypeError, "don't know how to handle ValueError in error callback",
        codecs.ignore_errors, ValueError())
try:
    codecs.strict_errors(e)
except UnicodeEncodeError as x:
    assert x is e
else:
    raise AssertionError('strict_errors did not raise')
t = UnicodeTranslateError('a\u20acb', 1, 2, 'bad')
assert codecs.replace_errors(t) == ('\ufffd', 2)

# Byte order marks.
assert codecs.BOM_UTF8 == b'\xef\xbb\xbf'
assert codecs.BOM_UTF16_LE == codecs.BOM_LE == b'\xff\xfe'
assert codecs.BOM_UTF32_BE == b'\x00\x00\xfe\xff'
assert codecs.BOM_UTF16 in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
