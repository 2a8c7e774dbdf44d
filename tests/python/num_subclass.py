# Numbers: subclasses of int, float and complex, the conversion methods, bool; checked against CPython 3.2.
# Generated from CPython 3.2 results; each check is one assert.

def tr(f):
    try:
        return repr(f())
    except BaseException as e:
        return type(e).__name__ + " " + str(e)

# Subclasses of int, float and complex: values, results of plain types.
class I(int):
    pass
class F(float):
    pass
class C(complex):
    pass
i = I(5)
f = F(2.5)
c = C(1, 2)
r = tr(lambda: (type(i), i, repr(i), str(i), i + 1, type(i + 1), type(-i), type(+i), type(abs(i)), type(i * 1))); assert r == "(<class '__main__.I'>, 5, '5', '5', 6, <class 'int'>, <class 'int'>, <class 'int'>, <class 'int'>, <class 'int'>)", repr(r)
r = tr(lambda: (type(i // 2), type(i % 7), i % 7, type(divmod(i, 7)[1]))); assert r == "(<class 'int'>, <class '__main__.I'>, 5, <class '__main__.I'>)", repr(r)
r = tr(lambda: type(I(3) % 7) is I); assert r == 'True', repr(r)
r = tr(lambda: (type(True % 7), True % 7, divmod(True, 7), False % -3, True % -7)); assert r == "(<class 'bool'>, True, (0, True), False, -6)", repr(r)
r = tr(lambda: (type(f), f, repr(f), type(f + 1), type(-f), type(+f), type(abs(f)), float(f), type(float(f)))); assert r == "(<class '__main__.F'>, 2.5, '2.5', <class 'float'>, <class 'float'>, <class 'float'>, <class 'float'>, 2.5, <class 'float'>)", repr(r)
r = tr(lambda: (type(c), c, repr(c), type(c + 1), type(-c), type(+c), complex(c), type(complex(c)))); assert r == "(<class '__main__.C'>, (1+2j), '(1+2j)', <class 'complex'>, <class 'complex'>, <class 'complex'>, (1+2j), <class 'complex'>)", repr(r)
r = tr(lambda: (I('12'), I('ff', 16), type(I('12')), F('1.5'), type(F('1.5')), C('1+2j'), type(C('1+2j')))); assert r == "(12, 255, <class '__main__.I'>, 1.5, <class '__main__.F'>, (1+2j), <class '__main__.C'>)", repr(r)
r = tr(lambda: (I(), F(), C(), type(I()), type(F()), type(C()))); assert r == "(0, 0.0, 0j, <class '__main__.I'>, <class '__main__.F'>, <class '__main__.C'>)", repr(r)
r = tr(lambda: (int(i), type(int(i)), float(f), int(f), type(i.real), type(f.real), i.numerator)); assert r == "(5, <class 'int'>, 2.5, 2, <class 'int'>, <class 'float'>, 5)", repr(r)
r = tr(lambda: (hash(I(5)) == hash(5), hash(F(2.5)) == hash(2.5), hash(C(1, 2)) == hash(1+2j))); assert r == '(True, True, True)', repr(r)
r = tr(lambda: (I.from_bytes(b'\x01\x00', 'big'), type(I.from_bytes(b'\x01', 'big')))); assert r == "(256, <class '__main__.I'>)", repr(r)
r = tr(lambda: (F.fromhex('0x1p1'), type(F.fromhex('0x1p1')))); assert r == "(2.0, <class '__main__.F'>)", repr(r)
i.attr = 7
r = tr(lambda: (i.attr, i.__dict__)); assert r == "(7, {'attr': 7})", repr(r)
# Subclasses overriding operators and conversions.
class J(int):
    def __add__(self, other):
        return 'J.add'
    def __radd__(self, other):
        return 'J.radd'
    def __str__(self):
        return 'J!'
    def __repr__(self):
        return 'J(%d)' % int(self)
j = J(3)
r = tr(lambda: (j + 1, 1 + j, 1.5 + j, j - 1, str(j), repr(j), '%x' % j, format(j), format(j, 'd'), '{}'.format(j))); assert r == "('J.add', 'J.radd', 4.5, 2, 'J!', 'J(3)', '3', 'J!', '3', 'J!')", repr(r)
class G(float):
    def __repr__(self):
        return 'G!'
r = tr(lambda: (repr(G(1.5)), str(G(1.5)), format(G(1.5)), format(G(1.5), '.1f'), '%s %r %f' % (G(1.5), G(1.5), G(1.5)))); assert r == "('G!', '1.5', '1.5', '1.5', '1.5 G! 1.500000')", repr(r)
# Objects that convert themselves.
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __float__(self): return float(self.v) + 0.5
    def __index__(self): return self.v
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, n=None): return ('round', n)
n = Num(7)
r = tr(lambda: (int(n), float(n), complex(n), round(n), round(n, 2), hex(n), bin(n), [10, 20, 30, 40, 50, 60, 70, 80][n])); assert r == "(7, 7.5, (7+1j), ('round', None), ('round', 2), '0x7', '0b111', 80)", repr(r)
r = tr(lambda: ('%d' % n, '%x' % n, '%f' % n, (5).to_bytes(n, 'big'))); assert r == "('7', '7', '7.500000', b'\\x00\\x00\\x00\\x00\\x00\\x00\\x05')", repr(r)
class T:
    def __trunc__(self): return 42
r = tr(lambda: int(T())); assert r == '42', repr(r)
class BadT:
    def __trunc__(self): return 'x'
r = tr(lambda: int(BadT())); assert r == 'TypeError __trunc__ returned non-Integral (type str)', repr(r)
class BadI:
    def __int__(self): return 'x'
r = tr(lambda: int(BadI())); assert r == 'TypeError __int__ returned non-int (type str)', repr(r)
class BadF:
    def __float__(self): return 1
r = tr(lambda: float(BadF())); assert r == 'TypeError __float__ returned non-float (type int)', repr(r)
class BadC:
    def __complex__(self): return 1
r = tr(lambda: complex(BadC())); assert r == '(1+0j)', repr(r)
class Idx:
    def __index__(self): return 2
r = tr(lambda: ((123).__round__(Idx()), round(1.23456, Idx()), int('11', Idx()))); assert r == 'TypeError an integer is required', repr(r)
r = tr(lambda: round(Num(3))); assert r == "('round', None)", repr(r)
r = tr(lambda: round(object())); assert r == "TypeError type object doesn't define __round__ method", repr(r)
r = tr(lambda: round(1j)); assert r == "TypeError type complex doesn't define __round__ method", repr(r)
# Reflected operands and NotImplemented with numbers.
class R:
    def __radd__(self, o): return ('radd', o)
    def __rpow__(self, o): return ('rpow', o)
    def __rtruediv__(self, o): return ('rtruediv', o)
    def __rlshift__(self, o): return ('rlshift', o)
r = tr(lambda: (1 + R(), 1.5 + R(), 1j + R(), 2 ** R(), 2.0 / R(), 1 << R(), True + R())); assert r == "(('radd', 1), ('radd', 1.5), ('radd', 1j), ('rpow', 2), ('rtruediv', 2.0), ('rlshift', 1), ('radd', True))", repr(r)
r = tr(lambda: 1 + 'a'); assert r == "TypeError unsupported operand type(s) for +: 'int' and 'str'", repr(r)
r = tr(lambda: 1.5 * []); assert r == "TypeError can't multiply sequence by non-int of type 'float'", repr(r)
r = tr(lambda: 1j + None); assert r == "TypeError unsupported operand type(s) for +: 'complex' and 'NoneType'", repr(r)
r = tr(lambda: 2 ** 'x'); assert r == "TypeError unsupported operand type(s) for ** or pow(): 'int' and 'str'", repr(r)
r = tr(lambda: pow(2, 3, 'x')); assert r == "TypeError unsupported operand type(s) for pow(): 'int', 'int', 'str'", repr(r)
r = tr(lambda: -'x'); assert r == "TypeError bad operand type for unary -: 'str'", repr(r)
r = tr(lambda: ~1.5); assert r == "TypeError bad operand type for unary ~: 'float'", repr(r)
r = tr(lambda: ~1j); assert r == "TypeError bad operand type for unary ~: 'complex'", repr(r)
# bool.
r = tr(lambda: (bool(), bool(0), bool(2), bool(0.0), bool(0j), bool([]), bool('x'), bool(x=1))); assert r == '(False, False, True, False, False, False, True, True)', repr(r)
r = tr(lambda: bool(1, 2)); assert r == 'TypeError bool() takes at most 1 argument (2 given)', repr(r)
r = tr(lambda: type("B", (bool,), {})); assert r == "TypeError type 'bool' is not an acceptable base type", repr(r)
r = tr(lambda: (True.__class__, True is bool(1), False is bool(0))); assert r == "(<class 'bool'>, True, True)", repr(r)
r = tr(lambda: (isinstance(True, int), issubclass(bool, int), True + 0, type(True + 0))); assert r == "(True, True, 1, <class 'int'>)", repr(r)
r = tr(lambda: (True & 1, type(True & 1), True | True, type(True | True), True ^ False, type(True ^ False))); assert r == "(1, <class 'int'>, True, <class 'bool'>, True, <class 'bool'>)", repr(r)
r = tr(lambda: int.__new__(bool, 5)); assert r == 'TypeError int.__new__(bool) is not safe, use bool.__new__()', repr(r)
r = tr(lambda: bool.__new__(int)); assert r == 'TypeError bool.__new__(int): int is not a subtype of bool', repr(r)
r = tr(lambda: (-True, ~False, True * 2, True / 2, True ** 10)); assert r == '(-1, -1, 2, 0.5, 1)', repr(r)
