# struct's standard-size 'f' and 'd' after float.__setformat__(..., 'unknown'):
# CPython 3.2 then uses its portable packing code.
import struct

saved = float.__getformat__('double'), float.__getformat__('float')
float.__setformat__('double', 'unknown')
float.__setformat__('float', 'unknown')
try:
    inf, nan = float('inf'), float('nan')
    for fmt in ('<d', '>d', '=d', '!f', '<f', '>f'):
        for v in (inf, -inf, nan):
            try:
                struct.pack(fmt, v)
            except SystemError as e:
                assert str(e) == 'frexp() result out of range', e
            else:
                raise AssertionError('packed %r with %s' % (v, fmt))
        # -0.0 loses its sign
        assert struct.pack(fmt, -0.0) == bytes(struct.calcsize(fmt))
        assert struct.unpack(fmt, struct.pack(fmt, -1.5)) == (-1.5,)
    for fmt, data in (('>d', b'\x7f\xf0' + bytes(6)), ('<d', bytes(6) + b'\xf8\x7f'),
                      ('>f', b'\x7f\x80\x00\x00'), ('<f', b'\x01\x00\xc0\xff')):
        try:
            struct.unpack(fmt, data)
        except ValueError as e:
            assert str(e) == "can't unpack IEEE 754 special value on non-IEEE platform", e
        else:
            raise AssertionError('unpacked %r' % data)
    # native codes still copy the machine's bytes
    assert struct.unpack('d', struct.pack('d', inf)) == (inf,)
    assert struct.pack('d', -0.0) != bytes(8)
    # 'f' rounds halfway cases up (IEEE would round 1 + 2**-24 to 1.0)
    assert struct.pack('<f', 1 + 2**-24) == b'\x01\x00\x80\x3f'
    assert struct.pack('<f', 2**-150) == b'\x01\x00\x00\x00'
    try:
        struct.pack('<f', 3.4028236e38)
    except OverflowError as e:
        assert str(e) == 'float too large to pack with f format'
    else:
        raise AssertionError('no overflow')
finally:
    float.__setformat__('double', saved[0])
    float.__setformat__('float', saved[1])

assert struct.pack('<f', 1 + 2**-24) == b'\x00\x00\x80\x3f'
assert struct.unpack('>d', b'\x7f\xf0' + bytes(6)) == (float('inf'),)
