"""Rational numbers: the Fraction type (Python 3.2 API), written for Taipan."""

import math
import numbers
import operator
import re
import sys

__all__ = ['Fraction', 'gcd']


def gcd(a, b):
    """Greatest common divisor of a and b, by Euclid's algorithm.

    A nonzero result carries the sign of b (or of a when b is zero).
    """
    while b:
        a, b = b, a % b
    return a


_HASH_P = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

# sign, then digits with an optional "/digits", or a decimal literal with
# optional fraction part and exponent; surrounding blanks allowed.
_LITERAL = re.compile(r"""
    \A \s*
    (?P<sign> [-+]? )
    (?= \d | \.\d )
    (?P<whole> \d* )
    (?: / (?P<den> \d+ )
      | (?: \. (?P<frac> \d* ) )? (?: [eE] (?P<exp> [-+]? \d+ ) )?
    )
    \s* \Z
""", re.VERBOSE)


def _decimal_type():
    # The decimal module is large; only look at it if it is already loaded
    # (an object cannot be a Decimal otherwise).
    mod = sys.modules.get('decimal')
    if mod is None:
        return None
    return getattr(mod, 'Decimal', None)


def _parse(text):
    m = _LITERAL.match(text)
    if m is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    num = int(m.group('whole') or '0')
    den = m.group('den')
    if den:
        den = int(den)
    else:
        den = 1
        frac = m.group('frac')
        if frac:
            scale = 10 ** len(frac)
            num = num * scale + int(frac)
            den = scale
        exp = m.group('exp')
        if exp:
            e = int(exp)
            if e < 0:
                den *= 10 ** (-e)
            else:
                num *= 10 ** e
    if m.group('sign') == '-':
        num = -num
    return num, den


class Fraction(numbers.Rational):
    """A rational number numerator/denominator kept in lowest terms.

    Fraction(7, -21) == Fraction(-1, 3); Fraction accepts another Rational,
    a float or Decimal (converted exactly), or a string such as '3/7',
    '-1.25' or '5e-3'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                n, d = _float_ratio(numerator, Fraction)
                self._numerator, self._denominator = _lowest(n, d)
                return self
            if isinstance(numerator, str):
                n, d = _parse(numerator)
            else:
                dec = _decimal_type()
                if dec is not None and isinstance(numerator, dec):
                    other = Fraction.from_decimal(numerator)
                    self._numerator = other._numerator
                    self._denominator = other._denominator
                    return self
                raise TypeError("argument should be a string "
                                "or a Rational instance")
        elif (isinstance(numerator, numbers.Rational) and
              isinstance(denominator, numbers.Rational)):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError("both arguments should be "
                            "Rational instances")
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        self._numerator, self._denominator = _lowest(n, d)
        return self

    @classmethod
    def from_float(cls, f):
        """Exact conversion of a finite float (or an integer) to cls."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*_float_ratio(f, cls))

    @classmethod
    def from_decimal(cls, dec):
        """Exact conversion of a finite Decimal (or an integer) to cls."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        if not dec.is_finite():
            raise TypeError("Cannot convert %s to %s." % (dec, cls.__name__))
        negative, digits, exponent = dec.as_tuple()
        value = 0
        for digit in digits:
            value = value * 10 + digit
        if negative:
            value = -value
        if exponent < 0:
            return cls(value, 10 ** (-exponent))
        return cls(value * 10 ** exponent)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest self whose denominator is <= max_denominator.

        Ties go to the candidate with the smaller denominator.
        """
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction expansion, keeping the last two
        # convergents (lo_n/lo_d older, hi_n/hi_d newer).
        lo_n, lo_d, hi_n, hi_d = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            q = n // d
            nxt_d = lo_d + q * hi_d
            if nxt_d > max_denominator:
                break
            lo_n, lo_d, hi_n, hi_d = hi_n, hi_d, lo_n + q * hi_n, nxt_d
            n, d = d, n - q * d
        # Largest semiconvergent that still fits.
        k = (max_denominator - lo_d) // hi_d
        semi = Fraction(lo_n + k * hi_n, lo_d + k * hi_d)
        conv = Fraction(hi_n, hi_d)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return 'Fraction(%s, %s)' % (self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # -- arithmetic ---------------------------------------------------

    def __add__(a, b):
        """a + b"""
        if isinstance(b, (int, Fraction)):
            return _radd(a, b)
        return _mixed(a, b, operator.add)

    def __radd__(b, a):
        """a + b"""
        if isinstance(a, numbers.Rational):
            return _radd(a, b)
        return _rmixed(a, b, operator.add)

    def __sub__(a, b):
        """a - b"""
        if isinstance(b, (int, Fraction)):
            return _rsub(a, b)
        return _mixed(a, b, operator.sub)

    def __rsub__(b, a):
        """a - b"""
        if isinstance(a, numbers.Rational):
            return _rsub(a, b)
        return _rmixed(a, b, operator.sub)

    def __mul__(a, b):
        """a * b"""
        if isinstance(b, (int, Fraction)):
            return _rmul(a, b)
        return _mixed(a, b, operator.mul)

    def __rmul__(b, a):
        """a * b"""
        if isinstance(a, numbers.Rational):
            return _rmul(a, b)
        return _rmixed(a, b, operator.mul)

    def __truediv__(a, b):
        """a / b"""
        if isinstance(b, (int, Fraction)):
            return _rdiv(a, b)
        return _mixed(a, b, operator.truediv)

    def __rtruediv__(b, a):
        """a / b"""
        if isinstance(a, numbers.Rational):
            return _rdiv(a, b)
        return _rmixed(a, b, operator.truediv)

    def __floordiv__(a, b):
        """a // b"""
        return math.floor(a / b)

    def __rfloordiv__(b, a):
        """a // b"""
        return math.floor(a / b)

    def __mod__(a, b):
        """a % b"""
        return a - b * (a // b)

    def __rmod__(b, a):
        """a % b"""
        return a - b * (a // b)

    def __pow__(a, b):
        """a ** b: rational for integral b, float otherwise."""
        if not isinstance(b, numbers.Rational):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        e = b.numerator
        if e < 0:
            return Fraction(a._denominator ** (-e), a._numerator ** (-e))
        return Fraction(a._numerator ** e, a._denominator ** e)

    def __rpow__(b, a):
        """a ** b"""
        integral = b._denominator == 1
        if integral and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if integral:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a (a subclass instance becomes a plain Fraction)"""
        return Fraction(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return Fraction(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return Fraction(abs(a._numerator), a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        n = a._numerator
        if n >= 0:
            return n // a._denominator
        return -((-n) // a._denominator)

    def __floor__(a):
        """math.floor(a)"""
        return a.numerator // a.denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -((-a.numerator) // a.denominator)

    def __round__(self, ndigits=None):
        """round(self[, ndigits]), ties to even."""
        if ndigits is None:
            q, r = divmod(self.numerator, self.denominator)
            twice = 2 * r
            if twice > self.denominator or (twice == self.denominator
                                            and q % 2 == 1):
                q += 1
            return q
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        """hash(self): agrees with equal ints and floats."""
        inverse = pow(self._denominator, _HASH_P - 2, _HASH_P)
        if inverse == 0:
            h = _HASH_INF
        else:
            h = abs(self._numerator) * inverse % _HASH_P
        if self._numerator < 0:
            h = -h
        if h == -1:
            return -2
        return h

    # -- comparisons --------------------------------------------------

    def __eq__(a, b):
        """a == b"""
        if isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if math.isinf(b) or math.isnan(b):
            return b == 0.0
        return a == a.from_float(b)

    def _richcmp(self, other, op):
        # Compare with a Rational by cross-multiplying, with a float exactly.
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if not isinstance(other, float):
            return NotImplemented
        if math.isinf(other) or math.isnan(other):
            return op(0.0, other)
        return op(self, self.from_float(other))

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return a._numerator != 0

    # -- pickle and copy ----------------------------------------------

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _lowest(n, d):
    g = gcd(n, d)
    return n // g, d // g


def _float_ratio(f, cls):
    if math.isnan(f) or math.isinf(f):
        raise TypeError("Cannot convert %r to %s." % (f, cls.__name__))
    return f.as_integer_ratio()


def _mixed(a, b, op):
    # Fraction on the left, b neither int nor Fraction.
    if isinstance(b, float):
        return op(float(a), b)
    if isinstance(b, complex):
        return op(complex(a), b)
    return NotImplemented


def _rmixed(a, b, op):
    # Fraction b on the right of a non-Rational a.
    if isinstance(a, numbers.Real):
        return op(float(a), float(b))
    if isinstance(a, numbers.Complex):
        return op(complex(a), complex(b))
    return NotImplemented


def _radd(a, b):
    return Fraction(a.numerator * b.denominator + b.numerator * a.denominator,
                    a.denominator * b.denominator)


def _rsub(a, b):
    return Fraction(a.numerator * b.denominator - b.numerator * a.denominator,
                    a.denominator * b.denominator)


def _rmul(a, b):
    return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)


def _rdiv(a, b):
    return Fraction(a.numerator * b.denominator, a.denominator * b.numerator)
