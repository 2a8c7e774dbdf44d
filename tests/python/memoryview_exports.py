# The buffer exports of a bytearray: while a memoryview holds its bytes it
# refuses to change size (BufferError) but may change in place; release(),
# the with statement, or dropping the view give the bytes back.


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return str(e)
    return None

MSG = 'Existing exports of data: object cannot be re-sized'

b = bytearray(range(10))
v = memoryview(b)
orig = bytes(b)


def setslice(n):
    b[1:-1] = range(n + 1, 2 * n - 1)

setslice(10)                      # same length: allowed
orig = bytes(b)
for n in (11, 9, 0):
    assert raises(BufferError, setslice, n) == MSG, n
    assert bytes(b) == orig, n
assert raises(BufferError, b.pop) == MSG
assert raises(BufferError, b.pop, 0) == MSG
assert raises(BufferError, b.remove, b[1]) == MSG
assert raises(BufferError, b.append, 1) == MSG
assert raises(BufferError, b.extend, b'xy') == MSG
assert raises(BufferError, b.insert, 0, 1) == MSG
assert raises(BufferError, b.__delitem__, 1) == MSG
assert raises(BufferError, b.__delitem__, slice(1, 3)) == MSG
assert raises(BufferError, b.__setitem__, slice(1, -1, 2), b'') == MSG
assert raises(BufferError, b.__init__, b'xy') == MSG
assert bytes(b) == orig
b.reverse()                       # in place: allowed
b[::2] = bytes(5)
b[0] = 7
assert v[0] == b'\x07' and v.tobytes() == bytes(b)
b.reverse()

# A slice of the view and a view of the view hold the bytes too.
w = v[2:4]
u = memoryview(v)
v.release()
assert raises(BufferError, b.append, 1) == MSG
w.release()
assert raises(BufferError, b.append, 1) == MSG
u.release()
b.append(1)
assert len(b) == 11

# The with statement releases at its end.
with memoryview(b) as m:
    assert raises(BufferError, b.append, 2) == MSG
    m[0] = b'Z'
b.append(2)
assert b[0] == ord('Z') and b[-1] == 2 and len(b) == 12
assert repr(m).startswith('<released memory at 0x')


# A view nobody holds any longer does not keep the bytearray from resizing.
def peek(buf):
    return memoryview(buf)[1:3].tobytes()

for i in range(20):
    assert peek(b) == bytes(b[1:3])
    b.append(i)
assert len(b) == 32
bytes(memoryview(b))
b.extend(b'end')
assert b.endswith(b'end')

# bytes never resize; their views are read-only.
m = memoryview(b'abc')
assert m.readonly and raises(TypeError, m.__setitem__, 0, b'x') == 'cannot modify read-only memory'
