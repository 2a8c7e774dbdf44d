# The math module: values, errors and the int results of floor and ceil.
import math

assert math.pi == 3.141592653589793
assert math.e == 2.718281828459045
assert math.sqrt(16) == 4.0 and type(math.sqrt(16)) is float
assert math.floor(2.5) == 2 and type(math.floor(2.5)) is int
assert math.ceil(-2.5) == -2 and type(math.ceil(2.1)) is int
assert math.floor(7) == 7
assert math.trunc(-3.7) == -3
assert math.fabs(-2) == 2.0
assert math.hypot(3, 4) == 5.0
assert math.copysign(1, -0.0) == -1.0
assert math.fmod(7, 3) == 1.0
assert math.log(math.e) == 1.0
assert math.log(8, 2) == 3.0
assert math.log10(1000) == 3.0
assert math.exp(0) == 1.0
assert math.factorial(10) == 3628800
assert math.fsum([0.1] * 10) == 1.0
assert math.frexp(8.0) == (0.5, 4)
assert math.ldexp(0.5, 4) == 8.0
assert math.modf(2.5) == (0.5, 2.0)
assert math.degrees(math.pi) == 180.0
assert math.isinf(float('inf')) and math.isnan(float('nan')) and math.isfinite(1.0)
assert round(math.sin(math.pi / 2), 12) == 1.0
assert math.atan2(1, 1) == math.pi / 4
assert math.log(2 ** 2000) == 1386.2943611198907


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return str(e)
    raise AssertionError("%s did not raise %s" % (f, exc.__name__))


assert raises(ValueError, math.sqrt, -1) == "math domain error"
assert raises(ValueError, math.log, 0) == "math domain error"
assert raises(OverflowError, math.exp, 1000) == "math range error"
assert raises(TypeError, math.sqrt, "x") == "a float is required"
assert raises(TypeError, math.sqrt) == "sqrt() takes exactly one argument (0 given)"
assert raises(ValueError, math.factorial, -1) == "factorial() not defined for negative values"
assert raises(OverflowError, math.floor, float('inf')) == "cannot convert float infinity to integer"
