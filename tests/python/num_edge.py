# Numbers: edge cases found by differential runs against CPython 3.2
# (each expectation is what 3.2.6 gives).
import math


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return str(e)
    raise AssertionError('%s not raised by %r%r' % (exc.__name__, f, args))


# 3.2's dtoa keeps the trailing zeros of an integral float below 1e15 when
# rounding it to n digits is an exact tie that goes down (to an even digit);
# 'g' then shows them. A tie that goes up, or no tie, strips them.
assert format(1763205.0, 'g') == '1.76320e+06'
assert format(1763215.0, 'g') == '1.76322e+06'
assert format(1763206.0, 'g') == '1.76321e+06'
assert format(1763200.0, 'g') == '1.7632e+06'
assert format(120050.0, '.4g') == '1.200e+05'
assert format(1205.0, '.3g') == '1.20e+03'
assert format(1205.0, '.3') == '1.20e+03'
assert format(1250.0, '.2g') == '1.2e+03'
assert format(125.0, '.2g') == '1.2e+02'
assert '%g' % 1763205.0 == '1.76320e+06'
assert '%.3g' % -1205.0 == '-1.20e+03'
assert format(1763205, 'g') == '1.76320e+06'       # an int goes through float
assert format(complex(1205, -1205), '.3g') == '1.20e+03-1.20e+03j'
assert format(1e15 + 5, '.15g') == '1e+15'           # not below 1e15: stripped
assert format(2.5, '.1g') == '2'
assert format(0.125, '.2g') == '0.12'
assert repr(1763205.0) == '1763205.0'
assert str(1205.0) == '1205.0'

# Decimal strings longer than 800 digits are still correctly rounded.
assert float('1' + '0' * 850 + 'e-850') == 1.0
assert float('0.' + '0' * 850 + '1e851') == 1.0
assert float('-' + '9' * 1000 + 'e-1000') == -1.0
assert float('1' * 1000 + 'e-1400') == 0.0
assert float('1' + '0' * 1000) == float('inf')
# 2**53 + 1 is halfway between two floats: ties go to even, and any later
# non-zero digit, however far out, breaks the tie upwards.
assert float('9007199254740993' + '.' + '0' * 900) == 9007199254740992.0
assert float('9007199254740993' + '.' + '0' * 900 + '1') == 9007199254740994.0
assert float('9007199254740995' + '.' + '0' * 900) == 9007199254740996.0
assert eval('1' + '0' * 850 + 'e-850') == 1.0
assert eval('0.' + '0' * 900 + '25e900') == 0.25
assert complex('1' + '0' * 850 + 'e-850j') == 1j

# Powers whose exponent is so large that log(x) * y overflows.
assert (-4.177631538150539e+168) ** (-1.1720888032779547e+308) == 0.0
assert 0.5 ** 1e308 == 0.0
assert 2.0 ** -1e308 == 0.0
assert (-0.5) ** 1e308 == 0.0
assert raises(OverflowError, lambda: 6.23560462628517e+266 ** 3.237940637881612e+305) == \
    "(34, 'Numerical result out of range')"
assert raises(OverflowError, lambda: (-2.1299816053788594e+274) ** 1.5968650947994605e+308) == \
    "(34, 'Numerical result out of range')"
assert raises(OverflowError, lambda: 0.5 ** -1e308) == "(34, 'Numerical result out of range')"
assert math.pow(0.5, 1e308) == 0.0

# float.__getformat__ and __setformat__.
assert float.__getformat__('double') == 'IEEE, little-endian'
assert float.__getformat__('float') == 'IEEE, little-endian'
assert raises(ValueError, float.__getformat__, 'int') == \
    "__getformat__() argument 1 must be 'double' or 'float'"
assert raises(TypeError, float.__getformat__, 1) == '__getformat__() argument must be string, not int'
assert float.__setformat__('double', 'unknown') is None
try:
    assert float.__getformat__('double') == 'unknown'
    assert float.__getformat__('float') == 'IEEE, little-endian'
    assert 1.5 + 2.5 == 4.0
finally:
    float.__setformat__('double', 'IEEE, little-endian')
assert float.__getformat__('double') == 'IEEE, little-endian'
assert raises(ValueError, float.__setformat__, 'float', 'IEEE, big-endian') == \
    "can only set float format to 'unknown' or the detected platform value"
assert raises(ValueError, float.__setformat__, 'x', 'unknown') == \
    "__setformat__() argument 1 must be 'double' or 'float'"
assert raises(ValueError, float.__setformat__, 'double', 'x') == \
    "__setformat__() argument 2 must be 'unknown', 'IEEE, little-endian' or 'IEEE, big-endian'"
assert raises(TypeError, float.__setformat__, 1, 'x') == 'must be str, not int'
assert raises(TypeError, float.__setformat__, 'double') == \
    '__setformat__() takes exactly 2 arguments (1 given)'


# Conversions through special methods.
class MyComplex(complex):
    def __complex__(self):
        return 42j


class FooStr(str):
    def __float__(self):
        return float(str(self)) + 1


class IntLike:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v


class BadInt:
    def __int__(self):
        raise ValueError('no')


assert complex(MyComplex(1)) == 42j
assert complex(MyComplex(1), 1) == 43j
assert type(complex(MyComplex(1))) is complex
assert float(FooStr('8')) == 9.0
assert int(FooStr('8')) == 8
assert '%c' % IntLike(65) == 'A'
assert '%c' % 66.9 == 'B'
assert raises(TypeError, lambda: '%c' % BadInt()) == '%c requires int or char'
assert raises(TypeError, lambda: '%c' % IntLike(2 ** 64)) == '%c requires int or char'
assert raises(OverflowError, lambda: '%c' % IntLike(-1)) == '%c arg not in range(0x110000)'
assert raises(TypeError, lambda: '%c' % float('nan')) == '%c requires int or char'


# Sizes as a 64-bit CPython 3.2 reports them.
class FT(float):
    pass


class CT(complex):
    pass


class Slotted(float):
    __slots__ = ('a',)


assert (1.5).__sizeof__() == 24
assert (1j).__sizeof__() == 32
assert FT(1).__sizeof__() == 40
assert CT(1).__sizeof__() == 48
assert Slotted(1).__sizeof__() == 32

# math.log and log10 of ints too large for a float.
assert math.log10(10 ** 400) == 400.0
assert math.log(10 ** 400) == 921.0340371976182
assert math.log(2 ** 2000, 2) == 2000.0000000000002
assert math.log(10 ** 400, 10 ** 300) == 1.3333333333333333
assert raises(ValueError, math.log, -10 ** 400) == 'math domain error'
assert raises(ValueError, math.log10, 0) == 'math domain error'
assert raises(TypeError, math.log10) == 'log10() takes exactly one argument (0 given)'

# A huge width is checked after the spec itself (whether the padding then
# fits in memory depends on the machine, so that part is not asserted).
assert raises(ValueError, format, 1, '2147483648s') == "Unknown format code 's' for object of type 'int'"
assert raises(ValueError, format, 1, '+2147483648c') == "Sign not allowed with integer format specifier 'c'"
assert raises(ValueError, format, 1j, '=2147483648') == \
    "'=' alignment flag is not allowed in complex format specifier"
assert raises(ValueError, format, 1.5, '2147483648x') == "Unknown format code 'x' for object of type 'float'"
