# bytes and bytearray, with CPython 3.2's results and messages.

def err(thunk):
    try:
        thunk()
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
    return 'no error'

b = b'hello world'
assert b[0] == 104 and b[-1] == 100, 'index gives ints'
assert b[:5] == b'hello' and b[::-1] == b'dlrow olleh', 'slices'
assert list(b'ab') == [97, 98] and type(iter(b'')).__name__ == 'bytes_iterator', 'iteration'
assert b'wor' in b and 111 in b and 120 not in b, 'in'
assert b.split() == [b'hello', b'world'] and b' '.join([b'a', b'b']) == b'a b', 'split/join'
assert b.replace(b'l', b'L') == b'heLLo worLd' and b.upper() == b'HELLO WORLD', 'replace/upper'
assert b.find(b'o') == 4 and b.rfind(b'o') == 7 and b.count(b'l') == 3, 'find'
assert b.startswith(b'he') and b.endswith((b'x', b'ld')), 'startswith'
assert b'  x '.strip() == b'x' and b'xyx'.strip(b'x') == b'y', 'strip'
assert b.decode() == 'hello world' and b'\xc3\xa9'.decode('utf-8') == 'é', 'decode'
assert bytes([104, 105]) == b'hi' and bytes(3) == b'\x00\x00\x00', 'constructors'
assert bytes('é', 'utf-8') == b'\xc3\xa9' and bytes(range(3)) == b'\x00\x01\x02', 'from str and iterable'
assert bytes(x * 2 for x in range(3)) == b'\x00\x02\x04', 'from generator'
assert bytes.fromhex('de ad') == b'\xde\xad', 'fromhex'
assert repr(b'a\x00\'') == 'b"a\\x00\'"', repr(b"a\x00'")
assert hash(b'abc') == hash('abc'), 'hash'
assert {b'k': 1}[b'k'] == 1, 'dict key'
assert b'ab' + b'cd' == b'abcd' and b'ab' * 2 == b'abab', 'concat'
assert err(lambda: b'a' + 'b') == "TypeError: can't concat bytes to str", err(lambda: b'a' + 'b')
assert err(lambda: b'a'[5]) == 'IndexError: index out of range', err(lambda: b'a'[5])
assert err(lambda: bytes([300])) == 'ValueError: bytes must be in range(0, 256)', err(lambda: bytes([300]))
assert err(lambda: bytes('x')) == 'TypeError: string argument without an encoding', err(lambda: bytes('x'))
assert (b'a' == 'a') is False, 'bytes never equal str'
class HasBytes:
    def __bytes__(self):
        return b'custom'
assert bytes(HasBytes()) == b'custom', bytes(HasBytes())
class MyBytes(bytes):
    pass
mb = MyBytes(b'xy')
assert mb == b'xy' and type(mb) is MyBytes and isinstance(mb, bytes), 'bytes subclass'
assert type(mb + b'z') is bytes, type(mb + b'z')

# bytearray mutation.
ba = bytearray(b'abc')
ba.append(100)
ba.extend(b'ef')
ba.extend([103])
ba.insert(0, 95)
assert ba == bytearray(b'_abcdefg'), repr(ba)
assert ba.pop() == 103 and ba.pop(0) == 95, 'pop'
ba.remove(99)
assert ba == b'abdef', repr(ba)
ba.reverse()
assert ba == b'fedba', repr(ba)
ba[0] = 70
ba[1:3] = b'XYZ'
assert ba == b'FXYZba', repr(ba)
del ba[0]
del ba[::2]
assert ba == b'Yb', repr(ba)
ba[:] = [1, 2, 3]
assert ba == b'\x01\x02\x03', repr(ba)
ba += b'\x04'
ba *= 2
assert ba == b'\x01\x02\x03\x04\x01\x02\x03\x04', repr(ba)
assert ba[2] == 3 and ba[1:3] == bytearray(b'\x02\x03') and type(ba[1:3]) is bytearray, 'bytearray index/slice'
assert repr(bytearray(b'hi')) == "bytearray(b'hi')", repr(bytearray(b'hi'))
assert bytearray(b'a b').split() == [bytearray(b'a'), bytearray(b'b')], 'methods return bytearrays'
assert type(bytearray(b'x').upper()) is bytearray, 'upper'
assert err(lambda: hash(bytearray())) == "TypeError: unhashable type: 'bytearray'", err(lambda: hash(bytearray()))
assert err(lambda: bytearray().pop()) == 'IndexError: pop from empty bytearray', err(lambda: bytearray().pop())
assert err(lambda: bytearray(b'a').append(256)) == 'ValueError: byte must be in range(0, 256)', err(lambda: bytearray(b'a').append(256))
assert err(lambda: bytearray(b'a').remove(9)) == 'ValueError: value not found in bytearray', err(lambda: bytearray(b'a').remove(9))
def setslice():
    x = bytearray(b'abc')
    x[::2] = b'x'
assert err(setslice) == 'ValueError: attempt to assign bytes of size 1 to extended slice of size 2', err(setslice)
assert bytes(bytearray(b'q')) == b'q' and bytearray(b'q') == b'q', 'conversions'
assert b'abc'.decode('ascii') == 'abc' and bytearray(b'\xe9').decode('latin-1') == 'é', 'decode'
