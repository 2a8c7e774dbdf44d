# Generates num_oracle.txt, the expected results of number operations, by
# running them on CPython 3.2:  python3.2 num_oracle_gen.py > num_oracle.txt
# Each line is: operation, operands (as repr), result (repr, or !Class: str).
# num_oracle_test.go replays every line through Taipan's object model.
import sys

INF, NAN = float('inf'), float('nan')
ints = [0, 1, -1, 2, -3, 7, 10, 255, -256, 2**31, 2**53 + 1, 2**62, 2**63 - 1, -2**63,
        2**63, -2**63 - 1, 2**64 + 3, -(2**100) + 7, 10**30, 3**50]
floats = [0.0, -0.0, 0.5, 1.5, -2.5, 3.0, 0.1, 1e16, 1e300, 1e-300, 5e-324,
          2.0**53, INF, -INF, NAN, 1e308]
complexes = [1j, 1 + 2j, -0.5 - 3j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(2, 0),
             complex(INF, 1), complex(NAN, 0)]
bools = [True, False]
small_ints = [0, 1, -1, 2, -3, 7, 10, -256, 2**63 - 1, 2**64 + 3]
values = ints + floats + complexes + bools
# The operands of the binary operators, crossed with each other.
cross = [0, 1, -1, 7, -3, 2**63 - 1, -2**63, 2**64 + 3, -(2**100) + 7,
         0.0, -0.0, 1.5, -2.5, 1e300, 5e-324, INF, -INF, NAN,
         -0.5 - 3j, complex(0.0, -0.0), True]

out = []

def rep(v):
    return repr(v)

def emit(op, args, fn):
    try:
        r = fn()
        res = rep(r)
        if isinstance(r, bool):
            res = '=' + res
        else:
            res = type(r).__name__ + ' ' + res
    except Exception as e:
        res = '!' + type(e).__name__ + ': ' + str(e)
    out.append('\t'.join([op] + [rep(a) for a in args] + [res]))

import operator
binops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul),
          ('/', operator.truediv), ('//', operator.floordiv), ('%', operator.mod),
          ('divmod', divmod), ('<', operator.lt), ('<=', operator.le),
          ('==', operator.eq), ('!=', operator.ne), ('>', operator.gt), ('>=', operator.ge)]
for a in cross:
    for b in cross:
        for name, f in binops:
            emit(name, [a, b], lambda: f(a, b))
intlike = [0, 1, -1, -3, 7, 255, 2**63 - 1, -2**63, 2**64 + 3, -(2**100) + 7, True, False, 1.5, 1j]
for a in intlike:
    for b in intlike:
        for name, f in [('<<', operator.lshift), ('>>', operator.rshift), ('&', operator.and_),
                        ('|', operator.or_), ('^', operator.xor)]:
            if name == '<<' and isinstance(b, int) and b > 200:
                continue
            emit(name, [a, b], lambda: f(a, b))
powbases = [0, 1, -1, 2, -3, 10, 2**63 - 1, -(2**100) + 7, 0.0, -0.0, 0.5, -2.5, 1e300, INF, -INF, NAN,
            1j, 1 + 2j, complex(0, 0), True]
powexps = [0, 1, 2, 3, -1, -2, 63, 64, 101, -101, 0.5, -0.5, 1.5, 3.0, 1e300, INF, -INF, NAN, 1j,
           complex(2, 0), 2 + 1j, False]
for a in powbases:
    for b in powexps:
        emit('**', [a, b], lambda: a ** b)
for a in [0, 3, -3, 7, 2**64 + 3, -(2**100) + 7, 1.5, True]:
    for b in [0, 1, 5, -1, 2**65, 2.0]:
        for m in [0, 1, -1, 7, -7, 10**20, 7.0, 1j, None]:
            if m is None and b == 2**65 and a not in (0, 1, True):
                continue
            emit('pow', [a, b, m], lambda: pow(a, b, m))
for a in values:
    for name, f in [('neg', operator.neg), ('pos', operator.pos), ('abs', abs),
                    ('invert', operator.invert), ('bool', bool), ('hash', hash),
                    ('repr', repr), ('str', str), ('int', int), ('float', float),
                    ('complex', complex), ('round', round)]:
        emit(name, [a], lambda: f(a))
for a in ints + floats + bools:
    for nd in [0, 1, 2, -1, -2, -5, 400, -400, None, 1.5]:
        emit('round', [a, nd], lambda: round(a, nd))
for a in [2.675, 0.125, 0.375, -0.5, 1.5, 2.5, 1e22, 123456.789, 5e-324, 1.7976931348623157e308]:
    for nd in [0, 1, 2, 3, -1, -3, -22, -23, 300, -308, -309]:
        emit('round', [a, nd], lambda: round(a, nd))

# Constructors from text.
texts = ['0', '12', ' 12 ', '-12', '+12', '- 12', '1_0', '', ' ', 'x', '0x10', '0o17', '0b101',
         '010', '00', '0_0', '1e5', '1.5', '.5', '5.', '.', 'inf', '-Infinity', 'nAn', 'infinity1',
         '1e', '1e+', 'e5', '\t\n1\x0b\x0c\r ', '\x1c1', '1\x00', '\x00', '\u0661\u0662',
         '\u0661.\u0665', '\u2003 7 \u2003', 'z', 'Z', '9' * 30, '0x', '0b1', '1 1', 'é',
         '1+2j', '(1+2j)', ' ( 1-2J ) ', 'j', '-j', '+J', '1e3j', 'inf+nanj', '1+j', '1-',
         '1 + 2j', '(1+2j', '1+2j)', '1e500', '-1e500', '1e-500', '0x1p3', 'x' * 210]
for s in texts:
    emit('int', [s], lambda: int(s))
    emit('float', [s], lambda: float(s))
    emit('complex', [s], lambda: complex(s))
    for base in [0, 2, 8, 10, 16, 36, 1, 37]:
        emit('int', [s, base], lambda: int(s, base))
for b in [b'12', b' 12 ', b'x', b'1\x00', b'', b'1.5', b' inf ', b'\xff']:
    emit('int', [b], lambda: int(b))
    emit('int', [b, 10], lambda: int(b, 10))
    emit('float', [b], lambda: float(b))
for a in values:
    emit('int', [a, 10], lambda: int(a, 10))
    for b in [0, 1.5, -2.5, 1j, complex(1, -0.0)]:
        emit('complex', [a, b], lambda: complex(a, b))
for a in [None, [], 'a']:
    for name, f in [('int', int), ('float', float), ('complex', complex)]:
        emit(name, [a], lambda: f(a))

# format() and str % args.
specs = ['', 'd', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', 'c', 'n', ',', ',d', '10', '<10',
         '^10', '=10', '>10', '*^11', '010', '0=10', '+', ' ', '-', '+08,', '09,', '010,', '_<8',
         'e', 'E', 'f', 'F', 'g', 'G', '%', '.3', '.0', '#.0', '.2e', '.3f', '.10g', '#g', '#.3g',
         '.2%', ',.2f', '+.3e', '#', '.', '.d', 'dd', 'z', '\x05', 'é', ',x', ',c', '+c', '.2d',
         '0^10', 'é>8', '\U0001f600^9', '10.3', '-^+#012,.4f', '99999999999999999999999']
for a in [0, 5, -5, 255, 1234567, -1234567, 10**20, True, 0.0, -0.0, 1.5, -2.25, 1234567.891,
          1e16, 1e-5, 1e22, 123.0, INF, -INF, NAN, 1j, 1.5 + 2j, -0.0 - 1j, complex(NAN, 1),
          0x110000, -1, 65, 0.1, 5e-324, 1e300]:
    for s in specs:
        emit('format', [a, s], lambda: format(a, s))
pcts = ['%d', '%i', '%u', '%x', '%X', '%o', '%#x', '%#X', '%#o', '%5d', '%-5d|', '%05d', '%+d',
        '% d', '%.3d', '%+.3d', '%#5x', '%#05x', '%-#08x|', '% 05d', '%+05d', '%e', '%E', '%f',
        '%F', '%g', '%G', '%.0e', '%#.0e', '%#g', '%.3f', '%10.3f', '%-10.3f|', '%+.2e', '%010.3f',
        '%#.0f', '%.0f', '% f', '%+g', '%.20g', '%.30f', '%015e', '%-015e|', '%#10o', '%#010o']
for a in [0, 5, -5, 255, -255, 2**70, True, 0.0, -0.0, 1.5, -2.5, 3.7, 1e300, 1e-7, INF, -INF,
          NAN, 1j, 'x', None, 2.5, 0.5]:
    for p in pcts:
        emit('%', [p, a], lambda: p % a)

# Methods.
for a in [0, 1, -1, 5, 255, -128, 2**63, -(2**100) + 7, True]:
    emit('bit_length', [a], lambda: a.bit_length())
    emit('conjugate', [a], lambda: a.conjugate())
    emit('real', [a], lambda: a.real)
    emit('imag', [a], lambda: a.imag)
    emit('numerator', [a], lambda: a.numerator)
    emit('denominator', [a], lambda: a.denominator)
    for n in [0, 1, 2, 9]:
        for order in ['big', 'little']:
            emit('to_bytes', [a, n, order], lambda: a.to_bytes(n, order))
            emit('to_bytes_signed', [a, n, order], lambda: a.to_bytes(n, order, signed=True))
for b in [b'', b'\x00', b'\x01\x02', b'\xff\xff', b'\x80' + b'\x00' * 9, b'\x7f' * 9]:
    for order in ['big', 'little']:
        emit('from_bytes', [b, order], lambda: int.from_bytes(b, order))
        emit('from_bytes_signed', [b, order], lambda: int.from_bytes(b, order, signed=True))
for a in floats + [0.1, -1e-310, 2.0**-1074, 1.7976931348623157e308, 1/3, 1e22, -123.456]:
    emit('hex', [a], lambda: a.hex())
    emit('is_integer', [a], lambda: a.is_integer())
    emit('as_integer_ratio', [a], lambda: a.as_integer_ratio())
    emit('conjugate', [a], lambda: a.conjugate())
    emit('trunc', [a], lambda: a.__trunc__())
for s in ['0x1.8p1', ' -0x1.8P+1 ', '1.8', '0x1p-1080', '0x1p-1074', '0x1p-1075', '0x3p-1076',
          '0x1p1024', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', 'inf', '-Infinity',
          'nan', '0x', 'x', '0x.8', '0X1P0', '1p', '1.', '.', '0x1.0000000000000800000001p0',
          '0x1.00000000000008p0', '0x1.00000000000018p0', ' 0xAp-2 ', '+0x0p0', '-0x0p0',
          '0x1p99999999999999999999', '0x1p-99999999999999999999', 'infx', '0x1 p1']:
    emit('fromhex', [s], lambda: float.fromhex(s))
for a in complexes + [complex(3, -4)]:
    emit('conjugate', [a], lambda: a.conjugate())
    emit('real', [a], lambda: a.real)
    emit('imag', [a], lambda: a.imag)

sys.stdout.write('\n'.join(out) + '\n')
