# struct: packing and unpacking in every byte order, native alignment,
# range checks and 3.2's error messages. Expected values are CPython 3.2's.
import struct

class _Index:
    def __index__(self):
        return 7

def _packed_into():
    buf = bytearray(8)
    struct.pack_into('<hh', buf, 2, 1, -1)
    struct.Struct('>h').pack_into(buf, -2, 258)
    return buf

def _raises(exc, msg, f, *a, **k):
    try:
        f(*a, **k)
    except exc as e:
        assert msg is None or str(e) == msg, (str(e), msg)
    else:
        raise AssertionError("no %s from %r" % (exc.__name__, f))

assert (struct.pack('<bBhHiIlLqQ', -1, 255, -300, 65535, -7, 4000000000, -2**31, 2**32-1, -2**63, 2**64-1)) == b'\xff\xff\xd4\xfe\xff\xff\xf9\xff\xff\xff\x00(k\xee\x00\x00\x00\x80\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\x00\x80\xff\xff\xff\xff\xff\xff\xff\xff', "struct.pack('<bBhHiIlLqQ', -1, 255, -300, 65535, -7, 4000000000, -2**31, 2**32-1, -2**63, 2**64-1)"
assert (struct.pack('>bBhHiIlLqQ', -1, 255, -300, 65535, -7, 4000000000, -2**31, 2**32-1, -2**63, 2**64-1)) == b'\xff\xff\xfe\xd4\xff\xff\xff\xff\xff\xf9\xeek(\x00\x80\x00\x00\x00\xff\xff\xff\xff\x80\x00\x00\x00\x00\x00\x00\x00\xff\xff\xff\xff\xff\xff\xff\xff', "struct.pack('>bBhHiIlLqQ', -1, 255, -300, 65535, -7, 4000000000, -2**31, 2**32-1, -2**63, 2**64-1)"
assert (struct.pack('!h?c3s5p', 1, 7, b'x', b'abcdef', b'ab')) == b'\x00\x01\x01xabc\x02ab\x00\x00', "struct.pack('!h?c3s5p', 1, 7, b'x', b'abcdef', b'ab')"
assert (struct.pack('@bhilqP', 1, 2, 3, 4, 5, 6)) == b'\x01\x00\x02\x00\x03\x00\x00\x00\x04\x00\x00\x00\x00\x00\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x06\x00\x00\x00\x00\x00\x00\x00', "struct.pack('@bhilqP', 1, 2, 3, 4, 5, 6)"
assert (struct.pack('ci', b'a', 1)) == b'a\x00\x00\x00\x01\x00\x00\x00', "struct.pack('ci', b'a', 1)"
assert (struct.pack('ic', 1, b'a')) == b'\x01\x00\x00\x00a', "struct.pack('ic', 1, b'a')"
assert (struct.pack('=ci', b'a', 1)) == b'a\x01\x00\x00\x00', "struct.pack('=ci', b'a', 1)"
assert (struct.calcsize('ci')) == 8, "struct.calcsize('ci')"
assert (struct.calcsize('cq')) == 16, "struct.calcsize('cq')"
assert (struct.calcsize('c?d')) == 16, "struct.calcsize('c?d')"
assert (struct.calcsize('=cq')) == 9, "struct.calcsize('=cq')"
assert (struct.calcsize('2s3p4x')) == 9, "struct.calcsize('2s3p4x')"
assert (struct.calcsize('cP')) == 16, "struct.calcsize('cP')"
assert (struct.calcsize('hd0l')) == 16, "struct.calcsize('hd0l')"
assert (struct.calcsize(b'3i x')) == 13, "struct.calcsize(b'3i x')"
assert (struct.unpack('<bBhHiIlLqQ', struct.pack('<bBhHiIlLqQ', -1, 255, -300, 65535, -7, 4000000000, -2**31, 2**32-1, -2**63, 2**64-1))) == (-1, 255, -300, 65535, -7, 4000000000, -2147483648, 4294967295, -9223372036854775808, 18446744073709551615), "struct.unpack('<bBhHiIlLqQ', struct.pack('<bBhHiIlLqQ', -1, 255, -300, 65535, -7, 4000000000, -2**31, 2**32-1, -2**63, 2**64-1))"
assert (struct.unpack('>qQlL', b'\xff' * 24)) == (-1, 18446744073709551615, -1, 4294967295), "struct.unpack('>qQlL', b'\\xff' * 24)"
assert (struct.unpack('P', b'\xff' * 8)) == (18446744073709551615,), "struct.unpack('P', b'\\xff' * 8)"
assert (struct.unpack('?', b'\x02')) == (True,), "struct.unpack('?', b'\\x02')"
assert (struct.pack('<f', 1/3)) == b'\xab\xaa\xaa>', "struct.pack('<f', 1/3)"
assert (struct.pack('>d', -2.5)) == b'\xc0\x04\x00\x00\x00\x00\x00\x00', "struct.pack('>d', -2.5)"
assert (struct.unpack('<f', struct.pack('<f', 1/3))) == (0.3333333432674408,), "struct.unpack('<f', struct.pack('<f', 1/3))"
assert (struct.pack('<f', 3.4028235e38)) == b'\xff\xff\x7f\x7f', "struct.pack('<f', 3.4028235e38)"
assert (struct.pack('f', 1e300)) == b'\x00\x00\x80\x7f', "struct.pack('f', 1e300)"
assert (struct.pack('>d', float('-inf'))) == b'\xff\xf0\x00\x00\x00\x00\x00\x00', "struct.pack('>d', float('-inf'))"
assert (struct.unpack('5p', b'\x09abcd')) == (b'abcd',), "struct.unpack('5p', b'\\x09abcd')"
assert (struct.unpack('3s', b'a\x00c')) == (b'a\x00c',), "struct.unpack('3s', b'a\\x00c')"
assert (struct.pack('300p', b'a' * 300)[:3]) == b'\xffaa', "struct.pack('300p', b'a' * 300)[:3]"
assert (struct.pack('3s', bytearray(b'ab'))) == b'ab\x00', "struct.pack('3s', bytearray(b'ab'))"
assert (struct.unpack_from('<h', b'abcdef', 3)) == (25956,), "struct.unpack_from('<h', b'abcdef', 3)"
assert (struct.unpack_from('<h', b'abcdef', -2)) == (26213,), "struct.unpack_from('<h', b'abcdef', -2)"
assert (struct.unpack_from('<h', buffer=b'abcdef', offset=1)) == (25442,), "struct.unpack_from('<h', buffer=b'abcdef', offset=1)"
assert (struct.Struct('<hh').size) == 4, "struct.Struct('<hh').size"
assert (struct.Struct('<hh').format) == b'<hh', "struct.Struct('<hh').format"
assert (struct.Struct(b'i').format) == b'i', "struct.Struct(b'i').format"
assert (struct.Struct('<hh').unpack(b'\x01\x00\x02\x00')) == (1, 2), "struct.Struct('<hh').unpack(b'\\x01\\x00\\x02\\x00')"
assert (struct.Struct('<hh').pack(1, 2)) == b'\x01\x00\x02\x00', "struct.Struct('<hh').pack(1, 2)"
assert (struct.pack('i', True)) == b'\x01\x00\x00\x00', "struct.pack('i', True)"
assert (struct.pack('i\0i', 1)) == b'\x01\x00\x00\x00', "struct.pack('i\\0i', 1)"
assert (struct.unpack('i', bytearray(b'abcd'))) == (1684234849,), "struct.unpack('i', bytearray(b'abcd'))"
assert (struct.unpack('i', memoryview(b'abcd'))) == (1684234849,), "struct.unpack('i', memoryview(b'abcd'))"
assert (struct.pack('<i', _Index())) == b'\x07\x00\x00\x00', "struct.pack('<i', _Index())"
assert (struct.pack('>q', _Index())) == b'\x00\x00\x00\x00\x00\x00\x00\x07', "struct.pack('>q', _Index())"
assert ([bytes(b) for b in [_packed_into()]]) == [b'\x00\x00\x01\x00\xff\xff\x01\x02'], '[bytes(b) for b in [_packed_into()]]'
_raises(struct.error, 'required argument is not an integer', lambda: struct.pack('i', 1.5))
_raises(struct.error, "'i' format requires -2147483648 <= number <= 2147483647", lambda: struct.pack('i', 2**40))
_raises(struct.error, "'i' format requires -2147483648 <= number <= 2147483647", lambda: struct.pack('<i', 2**40))
_raises(struct.error, "'l' format requires -2147483648 <= number <= 2147483647", lambda: struct.pack('<l', 2**40))
_raises(struct.error, "'L' format requires 0 <= number <= 4294967295", lambda: struct.pack('<L', 2**40))
_raises(struct.error, 'argument out of range', lambda: struct.pack('>I', -1))
_raises(struct.error, 'argument out of range', lambda: struct.pack('L', -1))
_raises(struct.error, 'argument out of range', lambda: struct.pack('<q', 2**64))
_raises(struct.error, 'long too large to convert to int', lambda: struct.pack('>q', 2**63))
_raises(struct.error, 'long too large to convert to int', lambda: struct.pack('>Q', -1))
_raises(struct.error, 'long too large to convert to int', lambda: struct.pack('P', 2**64))
_raises(OverflowError, 'float too large to pack with f format', lambda: struct.pack('<f', 1e300))
_raises(struct.error, 'required argument is not a float', lambda: struct.pack('<d', 'x'))
_raises(struct.error, 'byte format requires -128 <= number <= 127', lambda: struct.pack('b', 200))
_raises(struct.error, 'ubyte format requires 0 <= number <= 255', lambda: struct.pack('B', -1))
_raises(struct.error, 'short format requires SHRT_MIN <= number <= SHRT_MAX', lambda: struct.pack('<h', 70000))
_raises(struct.error, "'h' format requires -32768 <= number <= 32767", lambda: struct.pack('>h', 70000))
_raises(struct.error, 'ushort format requires 0 <= number <= USHRT_MAX', lambda: struct.pack('<H', 70000))
_raises(struct.error, 'argument out of range', lambda: struct.pack('>H', -1))
_raises(struct.error, "argument for 's' must be a bytes object", lambda: struct.pack('3s', 'abc'))
_raises(struct.error, "argument for 'p' must be a bytes object", lambda: struct.pack('p', 5))
_raises(struct.error, 'char format requires a bytes object of length 1', lambda: struct.pack('c', b'ab'))
_raises(struct.error, 'pack expected 1 items for packing (got 0)', lambda: struct.pack('i'))
_raises(struct.error, 'pack expected 2 items for packing (got 1)', lambda: struct.pack('ii', 1))
_raises(struct.error, 'repeat count given without format specifier', lambda: struct.pack('3'))
_raises(struct.error, 'bad char in struct format', lambda: struct.pack('y', 1))
_raises(struct.error, 'bad char in struct format', lambda: struct.pack('<P', 1))
_raises(struct.error, 'required argument is not an integer', lambda: struct.pack('i', '1'))
_raises(struct.error, 'required argument is not an integer', lambda: struct.pack('i', None))
_raises(TypeError, 'missing format argument', lambda: struct.pack())
_raises(TypeError, 'unpack expected 2 arguments, got 1', lambda: struct.unpack('i'))
_raises(struct.error, 'unpack requires a bytes object of length 4', lambda: struct.unpack('i', b'abc'))
_raises(TypeError, "'str' does not support the buffer interface", lambda: struct.unpack('i', 'abcd'))
_raises(struct.error, 'unpack_from requires a buffer of at least 4 bytes', lambda: struct.unpack_from('i', b'abcde', 2))
_raises(TypeError, 'expected an object with a writable buffer interface', lambda: struct.pack_into('i', b'abcde', 0, 1))
_raises(struct.error, 'pack_into requires a buffer of at least 4 bytes', lambda: struct.pack_into('i', bytearray(5), 2, 1))
_raises(struct.error, 'pack_into expected 1 items for packing (got 0)', lambda: struct.pack_into('i', bytearray(5), 0))
_raises(struct.error, 'pack_into expected offset argument', lambda: struct.pack_into('i', bytearray(5)))
_raises(struct.error, 'pack_into expected buffer argument', lambda: struct.pack_into('i'))
_raises(TypeError, "'float' object cannot be interpreted as an integer", lambda: struct.pack_into('i', bytearray(5), 1.5, 3))
_raises(TypeError, 'Struct() argument 1 must be a bytes object, not int', lambda: struct.calcsize(5))
_raises(UnicodeEncodeError, "'ascii' codec can't encode character '\\u1234' in position 0: ordinal not in range(128)", lambda: struct.calcsize('\u1234'))
_raises(struct.error, 'total struct size too long', lambda: struct.calcsize('9999999999999999999i'))
_raises(TypeError, 'Struct() argument 1 must be a bytes object, not int', lambda: struct.Struct(5))
_raises(SystemError, 'Negative size passed to PyBytes_FromStringAndSize', lambda: struct.unpack('0p', b''))
