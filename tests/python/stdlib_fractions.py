# fractions.Fraction and gcd: construction, arithmetic, mixed-type results,
# exact float comparisons, numeric hash, rounding, errors.
import math
import sys
import copy
import pickle
import numbers
from fractions import Fraction as F, gcd

# construction and normalisation
assert F(10, -8) == F(-5, 4)
assert (F(10, -8).numerator, F(10, -8).denominator) == (-5, 4)
assert F(F(1, 7), 5) == F(1, 35)
assert F(F(1, 7), F(2, 3)) == F(3, 14)
assert F() == 0 and F(7) == 7
assert F('314') == F(314, 1)
assert F('-35/4') == F(-35, 4)
assert F('  3.1415 ') == F(6283, 2000)
assert F('-47e-2') == F(-47, 100)
assert F('1E3') == 1000
assert F('.5') == F(1, 2)
assert F('+7.') == 7
assert F(1.47) == F(6620291452234629, 4503599627370496)
assert F(2.25) == F(9, 4)
assert isinstance(F(1), numbers.Rational)

def raises(exc, msg, fn, *args):
    try:
        fn(*args)
    except exc as e:
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
    else:
        raise AssertionError('%s not raised' % exc.__name__)

raises(ZeroDivisionError, 'Fraction(12, 0)', F, 12, 0)
raises(ValueError, "Invalid literal for Fraction: '3/'", F, '3/')
raises(ValueError, "Invalid literal for Fraction: '1/2.5'", F, '1/2.5')
raises(ValueError, "Invalid literal for Fraction: ' . '", F, ' . ')
raises(TypeError, 'argument should be a string or a Rational instance',
       F, [1])
raises(TypeError, 'both arguments should be Rational instances', F, 1.5, 2)
raises(TypeError, 'both arguments should be Rational instances', F, 1, '2')
raises(TypeError, 'Cannot convert inf to Fraction.', F, float('inf'))
raises(TypeError, 'Cannot convert nan to Fraction.', F.from_float,
       float('nan'))
raises(TypeError, "Fraction.from_float() only takes floats, not '3' (str)",
       F.from_float, '3')
assert F.from_float(10) == 10 and F.from_float(-0.25) == F(-1, 4)
raises(ValueError, 'max_denominator should be at least 1',
       F(1, 3).limit_denominator, 0)

# gcd keeps the sign of the second argument
assert gcd(10, 2) == 2 and gcd(10, -4) == -2 and gcd(-10, 4) == 2
assert gcd(0, 5) == 5 and gcd(5, 0) == 5 and gcd(0, 0) == 0

# limit_denominator
assert F('3.141592653589793').limit_denominator(10) == F(22, 7)
assert F('3.141592653589793').limit_denominator(100) == F(311, 99)
assert F(4321, 8765).limit_denominator(10000) == F(4321, 8765)
assert F(201, 200).limit_denominator(100) == 1
assert F(201, 200).limit_denominator(101) == F(102, 101)
assert F(0).limit_denominator(10000) == 0

# arithmetic
assert F(1, 2) + F(1, 3) == F(5, 6)
assert F(1, 2) - F(1, 3) == F(1, 6)
assert F(2, 3) * F(3, 4) == F(1, 2)
assert F(1, 2) / F(1, 3) == F(3, 2)
assert F(7, 2) // F(1, 2) == 7 and type(F(7, 2) // 2) is int
assert F(7, 2) % 2 == F(3, 2)
assert F(-7, 2) % 2 == F(1, 2)
assert F(2, 3) ** 2 == F(4, 9)
assert F(2, 3) ** -2 == F(9, 4)
assert F(4) ** F(1, 2) == 2.0 and type(F(4) ** F(1, 2)) is float
assert 2 ** F(3) == 8 and type(2 ** F(3)) is int
assert 2 ** F(-1) == F(1, 2)
assert 4 ** F(1, 2) == 2.0
raises(ZeroDivisionError, 'Fraction(1, 0)', lambda: F(0) ** -1)
raises(ZeroDivisionError, None, lambda: F(1, 2) / 0)
assert -F(1, 2) == F(-1, 2) and +F(1, 2) == F(1, 2)
assert abs(F(-3, 4)) == F(3, 4)

# mixed types
assert type(F(1, 2) + 1) is F and F(1, 2) + 1 == F(3, 2)
assert type(1 - F(1, 2)) is F
r = F(1, 2) + 0.25
assert type(r) is float and r == 0.75
r = 0.25 * F(2)
assert type(r) is float and r == 0.5
r = F(1, 2) + 1j
assert type(r) is complex and r == 0.5 + 1j
r = 2j / F(2)
assert type(r) is complex and r == 1j
assert type(F(7, 2) // 2.0) is int
assert type(F(7, 2) % 2.0) is float and F(7, 2) % 2.0 == 1.5
try:
    F(1) + 'x'
except TypeError:
    pass
else:
    raise AssertionError('Fraction + str')

# comparisons, exact against floats
assert F(1, 3) < F(1, 2) <= F(1, 2) and F(2, 3) > 0.5 >= F(1, 2)
assert F(1, 10) != 0.1 and F(3602879701896397, 36028797018963968) == 0.1
assert F(1, 2) == 0.5 and 0.5 == F(1, 2)
assert F(1, 2) == 0.5 + 0j
assert not F(1) == float('nan') and F(1) != float('nan')
assert F(10 ** 30) < float('inf') and F(-10 ** 30) > float('-inf')
assert not (F(1) < float('nan'))
assert F(2) == 2 and F(1, 2) != 1
try:
    F(1) < 1j
except TypeError:
    pass
else:
    raise AssertionError('Fraction < complex')

# hash agrees with int and float
for value in (0, 1, -1, 2 ** 70, -2 ** 70):
    assert hash(F(value)) == hash(value)
for value in (0.5, -0.125, 1e100, 3.75, 2.0 ** -40):
    assert hash(F(value)) == hash(value), value
assert hash(F(1, 3)) == hash(F(2, 6))
assert hash(F(-1)) == -2
assert hash(F(1, sys.hash_info.modulus)) == sys.hash_info.inf
assert len({F(1, 2), 0.5, F(2, 4)}) == 1

# rounding and conversion
assert math.floor(F(-7, 2)) == -4 and math.ceil(F(-7, 2)) == -3
assert math.trunc(F(-7, 2)) == -3 and math.trunc(F(7, 2)) == 3
assert int(F(-7, 2)) == -3
assert round(F(5, 2)) == 2 and round(F(7, 2)) == 4 and round(F(-5, 2)) == -2
assert round(F(8, 3)) == 3 and type(round(F(8, 3))) is int
assert round(F(-8, 3)) == -3
assert round(F(1234, 1000), 2) == F(123, 100)
assert type(round(F(1234, 1000), 2)) is F
assert round(F(1250), -2) == 1200 and round(F(1350), -2) == 1400
assert float(F(1, 4)) == 0.25 and complex(F(1, 4)) == 0.25
assert bool(F(0)) is False and bool(F(1, 9)) is True

# repr, str, pickling, copying
assert repr(F(-3, 4)) == 'Fraction(-3, 4)' and str(F(-3, 4)) == '-3/4'
assert str(F(6, 3)) == '2' and repr(F(6, 3)) == 'Fraction(2, 1)'
x = F(7, 3)
assert pickle.loads(pickle.dumps(x)) == x
assert copy.copy(x) is x and copy.deepcopy(x) is x

class Sub(F):
    pass
s = Sub(3, 4)
c = copy.copy(s)
assert c == s and c is not s and type(c) is Sub
assert type(+s) is F

# immutability and __slots__
try:
    x.numerator = 5
except AttributeError:
    pass
else:
    raise AssertionError('numerator assignable')
try:
    x.other = 1
except AttributeError:
    pass
else:
    raise AssertionError('Fraction has a __dict__')
