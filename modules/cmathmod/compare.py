# compare.py WANT GOT: lists the lines of diffcheck.py output that differ
# by more than MAXULPS units in the last place (or in kind or sign).
import struct
import sys

MAXULPS = int(sys.argv[3]) if len(sys.argv) > 3 else 4


def key(v):
    f = float.fromhex(v)
    if f != f:
        return None
    i = struct.unpack('<q', struct.pack('<d', f))[0]
    return i if i >= 0 else -(i & 0x7fffffffffffffff)


bad = 0
for a, b in zip(open(sys.argv[1]), open(sys.argv[2])):
    if a == b:
        continue
    pa, pb = a.split(), b.split()
    if len(pa) != len(pb) or pa[:3] != pb[:3]:
        print('-', a.rstrip()); print('+', b.rstrip()); bad += 1
        continue
    for u, v in zip(pa[3:], pb[3:]):
        try:
            ku, kv = key(u), key(v)
        except ValueError:
            ku, kv = u, v
        if ku is None or kv is None or isinstance(ku, str):
            if ku != kv:
                break
        elif abs(ku - kv) > MAXULPS or (ku < 0) != (kv < 0):
            break
    else:
        continue
    print('-', a.rstrip()); print('+', b.rstrip()); bad += 1
print(bad, 'lines differ')
