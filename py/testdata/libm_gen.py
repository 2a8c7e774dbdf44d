# Generates libm.txt: random arguments of exp, log, sin, cos, atan2, hypot
# and pow with their correctly rounded results (computed with mpmath), in
# hex. glibc's functions, which CPython calls, return these same results
# except in rare cases within a hair of a rounding boundary.
#   python3 libm_gen.py > libm.txt      (needs mpmath)
import math, random, struct
import mpmath

mpmath.mp.prec = 400
random.seed(1234)


def arg():
    k = random.random()
    if k < 0.3:
        return random.uniform(-10, 10)
    if k < 0.5:
        return random.uniform(-1e6, 1e6)
    if k < 0.6:
        v = struct.unpack('d', struct.pack('Q', random.getrandbits(64)))[0]
        return v if math.isfinite(v) else 1.5
    if k < 0.8:
        return random.uniform(-2, 2) * 10 ** random.randint(-300, 300)
    return random.choice([0.5, 1.5, 3.0, math.pi, math.pi / 2, 1e22, 2**-1074,
                          1.7976931348623157e308, 1e-300, 0.1, 709.78, -745.1, 100.0,
                          1e5 * math.pi, 2.0**-30])


def rounded(v):
    """The float nearest the mpf v, ties to even, subnormals included."""
    if v == 0:
        return 0.0
    if abs(v) < mpmath.mpf(2) ** -1022:
        n = int(mpmath.nint(v * mpmath.mpf(2) ** 1074))
        return math.ldexp(n, -1074)
    try:
        return float(v)
    except OverflowError:
        return math.copysign(math.inf, v)


F = mpmath.mpf
funcs = [
    ('exp', lambda x: (x / 1e6 if abs(x) > 800 else x,), lambda x: mpmath.exp(F(x))),
    ('log', lambda x: (abs(x) or 1.0,), lambda x: mpmath.log(F(x))),
    ('sin', lambda x: (x,), lambda x: mpmath.sin(F(x))),
    ('cos', lambda x: (x,), lambda x: mpmath.cos(F(x))),
    ('atan2', lambda x: (x, arg()), lambda y, x: mpmath.atan2(F(y), F(x))),
    ('hypot', lambda x: (x, arg()), lambda x, y: mpmath.hypot(F(x), F(y))),
    ('pow', lambda x: (abs(x) % 50, random.uniform(-15, 15) if random.random() < 0.7
                       else float(random.randint(-40, 40))), lambda x, y: F(x) ** F(y)),
]
out = []
for i in range(300):
    for name, mkargs, f in funcs:
        args = mkargs(arg())
        if name == 'pow' and args[0] == 0:
            continue
        v = rounded(f(*args))
        out.append(' '.join([name] + [a.hex() for a in args] + [v.hex()]))
print('\n'.join(out))
