# cmath: complex functions, their special values for infinities, NaNs and
# signed zeros, and CPython 3.2's error rules.
import cmath
import math

INF, NAN = float('inf'), float('nan')


def close(a, b, tol=1e-14):
    for x, y in ((a.real, b.real), (a.imag, b.imag)):
        if math.isnan(x) or math.isnan(y):
            assert math.isnan(x) and math.isnan(y), (a, b)
        elif math.isinf(x) or math.isinf(y) or x == 0 or y == 0:
            assert x == y and math.copysign(1, x) == math.copysign(1, y), (a, b)
        else:
            assert abs(x - y) <= tol * max(abs(x), abs(y)), (a, b)


def raises(exc, msg, f, *args):
    try:
        f(*args)
    except exc as e:
        assert str(e) == msg, e
    else:
        raise AssertionError('%s%r did not raise' % (f.__name__, args))


assert cmath.pi == math.pi and cmath.e == math.e
close(cmath.sqrt(-1), 1j)
close(cmath.sqrt(complex(-1, -0.0)), complex(0.0, -1.0))
close(cmath.sqrt(complex(-4, 0.0)), 2j)
close(cmath.sqrt(3 + 4j), 2 + 1j)
close(cmath.sqrt(5e-324), complex(2.2227587494850775e-162, 0))
close(cmath.exp(1j * math.pi), complex(-1, 1.2246467991473532e-16))
close(cmath.log(-1), complex(0, math.pi))
close(cmath.log(complex(-1, -0.0)), complex(0, -math.pi))
close(cmath.log(100, 10), 2 + 0j)
close(cmath.log10(1000j), complex(3, 0.6821881769209206))
close(cmath.acos(2), complex(0, -1.3169578969248166))
close(cmath.acos(complex(2, -0.0)), complex(0, 1.3169578969248166))
close(cmath.asin(2), complex(1.5707963267948966, 1.3169578969248166))
close(cmath.atan(2j), complex(1.5707963267948966, 0.5493061443340549))
close(cmath.atanh(2), complex(0.5493061443340549, 1.5707963267948966))
close(cmath.acosh(0.5), complex(0, 1.0471975511965979))
close(cmath.asinh(1 + 1j), complex(1.0612750619050357, 0.6662394324925153))
close(cmath.cos(1 + 1j), complex(0.8337300251311491, -0.9888977057628651))
close(cmath.sin(1 + 1j), complex(1.2984575814159773, 0.6349639147847361))
close(cmath.tan(1 + 1j), complex(0.2717525853195117, 1.0839233273386946))
close(cmath.cosh(1 + 1j), complex(0.8337300251311491, 0.9888977057628651))
close(cmath.sinh(1 + 1j), complex(0.6349639147847361, 1.2984575814159773))
close(cmath.tanh(1 + 1j), complex(1.0839233273386946, 0.2717525853195117))
close(cmath.tanh(complex(800, 1)), complex(1, 0))
close(cmath.cosh(complex(710, 1)), complex(6.035162617272641e+307, 9.399208879688905e+307))

# special values
close(cmath.exp(complex(INF, 0.0)), complex(INF, 0.0))
close(cmath.exp(complex(-INF, 2.5)), complex(-0.0, 0.0))
close(cmath.exp(complex(INF, 2.5)), complex(-INF, INF))
close(cmath.exp(complex(NAN, 0.0)), complex(NAN, 0.0))
close(cmath.sqrt(complex(-INF, 1)), complex(0.0, INF))
close(cmath.sqrt(complex(NAN, INF)), complex(INF, INF))
close(cmath.log(complex(-INF, NAN)), complex(INF, NAN))
close(cmath.atanh(complex(INF, -2)), complex(0.0, -math.pi / 2))
close(cmath.tanh(complex(INF, 2.5)), complex(1.0, -0.0))
close(cmath.tanh(complex(-INF, -2.5)), complex(-1.0, 0.0))
close(cmath.sinh(complex(-INF, 2.5)), complex(INF, INF))
close(cmath.cosh(complex(INF, 4.0)), complex(-INF, -INF))
close(cmath.rect(INF, 2.5), complex(-INF, INF))
close(cmath.rect(-INF, 2.5), complex(INF, -INF))
close(cmath.rect(1.0, -0.0), complex(1.0, -0.0))
close(cmath.rect(-1.0, 0.0), complex(-1.0, -0.0))

# signed zeros
close(cmath.asinh(complex(-0.0, 0.0)), complex(-0.0, 0.0))
close(cmath.atan(complex(0.0, -0.0)), complex(0.0, -0.0))
close(cmath.tanh(complex(-0.0, -0.0)), complex(-0.0, -0.0))
close(cmath.acos(complex(0.0, -0.0)), complex(math.pi / 2, 0.0))

# errors
dom, rng = 'math domain error', 'math range error'
raises(ValueError, dom, cmath.log, 0)
raises(ValueError, dom, cmath.log10, 0j)
raises(ValueError, dom, cmath.atanh, 1)
raises(ValueError, dom, cmath.atanh, -1)
raises(ValueError, dom, cmath.log, 2, 1)
raises(ValueError, dom, cmath.cos, complex(INF, 0.0))
raises(ValueError, dom, cmath.sin, complex(INF, 1.0))
raises(ValueError, dom, cmath.rect, 1.0, INF)
raises(OverflowError, rng, cmath.exp, 1000)
raises(OverflowError, rng, cmath.cosh, complex(1000, 1))
raises(OverflowError, rng, cmath.sinh, complex(-1000, 1))
raises(OverflowError, rng, cmath.phase, complex(20.0, 5e-324))
raises(OverflowError, rng, cmath.polar, complex(1.7e308, 1.7e308))
assert cmath.polar(complex(20.0, 5e-324)) == (20.0, 0.0)
assert cmath.log(0, 2.5).real == -INF and math.isnan(cmath.log(0, 2.5).imag)
raises(TypeError, 'a float is required', cmath.sqrt, 'x')
raises(TypeError, 'function takes exactly 1 argument (0 given)', cmath.sqrt)
raises(TypeError, 'function takes at most 2 arguments (3 given)', cmath.log, 1, 2, 3)


class C:
    def __complex__(self):
        return 4j


class Bad:
    def __complex__(self):
        return 4


class F:
    def __float__(self):
        return 9.0


class Sub(complex):
    def __complex__(self):
        return 5j


close(cmath.sqrt(C()), complex(1.4142135623730951, 1.4142135623730951))
close(cmath.sqrt(F()), 3 + 0j)
close(cmath.sqrt(Sub(4)), 2 + 0j)
raises(TypeError, '__complex__ should return a complex object', cmath.sqrt, Bad())

assert cmath.phase(complex(-1, -0.0)) == -math.pi
assert cmath.phase(-1) == math.pi
assert cmath.polar(3 + 4j) == (5.0, math.atan2(4, 3))
assert cmath.isinf(complex(1, INF)) and not cmath.isinf(complex(1, NAN))
assert cmath.isnan(complex(NAN, 1)) and not cmath.isnan(complex(INF, 1))
assert cmath.isfinite(1 + 1j) and not cmath.isfinite(complex(1, INF))
assert not cmath.isfinite(complex(NAN, 0))

# Identities on a grid.
for x in (-3.5, -1.0, -0.25, 0.25, 1.0, 3.5):
    for y in (-3.5, -1.0, -0.25, 0.25, 1.0, 3.5):
        z = complex(x, y)
        close(cmath.exp(cmath.log(z)), z, 1e-13)
        close(cmath.sqrt(z) ** 2, z, 1e-13)
        close(cmath.sin(cmath.asin(z)), z, 1e-12)
        close(cmath.tanh(cmath.atanh(z)), z, 1e-12)
        close(cmath.cosh(cmath.acosh(z)), z, 1e-12)
        close(cmath.rect(*cmath.polar(z)), z, 1e-13)
