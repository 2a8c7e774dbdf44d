# types, keyword and numbers.
import types
import keyword
import numbers
import sys
from numbers import Number, Complex, Real, Rational, Integral


def f():
    pass


def g():
    yield 1


class C:
    def m(self):
        pass


assert types.FunctionType is type(f) and types.LambdaType is type(f)
assert types.CodeType is type(f.__code__) and types.GeneratorType is type(g())
assert types.MethodType is type(C().m) and types.BuiltinFunctionType is type(len)
assert types.BuiltinMethodType is type([].append) and types.ModuleType is type(sys)
assert types.FrameType is type(sys._getframe()) and types.TracebackType.__name__ == 'traceback'
assert types.GetSetDescriptorType.__name__ == 'getset_descriptor'
assert types.MemberDescriptorType.__name__ == 'member_descriptor'
public = sorted(n for n in dir(types) if not n.startswith('_'))
assert public == ['BuiltinFunctionType', 'BuiltinMethodType', 'CodeType', 'FrameType',
                  'FunctionType', 'GeneratorType', 'GetSetDescriptorType', 'LambdaType',
                  'MemberDescriptorType', 'MethodType', 'ModuleType', 'TracebackType'], public
assert isinstance(types.ModuleType('m'), types.ModuleType)

assert keyword.kwlist == [
    'False', 'None', 'True', 'and', 'as', 'assert', 'break', 'class', 'continue',
    'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
    'raise', 'return', 'try', 'while', 'with', 'yield']
assert keyword.iskeyword('nonlocal') and not keyword.iskeyword('print')
assert not keyword.iskeyword('exec') and not keyword.iskeyword('async')
assert keyword.__all__ == ['iskeyword', 'kwlist']

kinds = (Number, Complex, Real, Rational, Integral)
assert [isinstance(1, k) for k in kinds] == [True] * 5
assert [isinstance(True, k) for k in kinds] == [True] * 5
assert [isinstance(1.5, k) for k in kinds] == [True, True, True, False, False]
assert [isinstance(1j, k) for k in kinds] == [True, True, False, False, False]
assert [isinstance('1', k) for k in kinds] == [False] * 5
assert Number.__abstractmethods__ == frozenset() and Number.__hash__ is None
assert sorted(Complex.__abstractmethods__) == [
    '__abs__', '__add__', '__complex__', '__eq__', '__mul__', '__neg__', '__pos__',
    '__pow__', '__radd__', '__rmul__', '__rpow__', '__rtruediv__', '__truediv__',
    'conjugate', 'imag', 'real']
assert 'numerator' in Rational.__abstractmethods__ and '__float__' not in Rational.__abstractmethods__
assert '__int__' in Integral.__abstractmethods__ and '__index__' not in Integral.__abstractmethods__
assert numbers.__all__ == ['Number', 'Complex', 'Real', 'Rational', 'Integral']


class Seven(Integral):
    def __int__(self): return 7
    def __pow__(self, e, m=None): return 7 ** e
    def __lshift__(self, o): return 7 << o
    def __rlshift__(self, o): return o << 7
    def __rshift__(self, o): return 7 >> o
    def __rrshift__(self, o): return o >> 7
    def __and__(self, o): return 7 & o
    def __rand__(self, o): return o & 7
    def __xor__(self, o): return 7 ^ o
    def __rxor__(self, o): return o ^ 7
    def __or__(self, o): return 7 | o
    def __ror__(self, o): return o | 7
    def __invert__(self): return ~7
    def __add__(self, o): return 7 + o
    def __radd__(self, o): return o + 7
    def __neg__(self): return -7
    def __pos__(self): return 7
    def __mul__(self, o): return 7 * o
    def __rmul__(self, o): return o * 7
    def __truediv__(self, o): return 7 / o
    def __rtruediv__(self, o): return o / 7
    def __rpow__(self, b): return b ** 7
    def __abs__(self): return 7
    def __eq__(self, o): return o == 7
    def __trunc__(self): return 7
    def __floor__(self): return 7
    def __ceil__(self): return 7
    def __round__(self, n=None): return 7
    def __floordiv__(self, o): return 7 // o
    def __rfloordiv__(self, o): return o // 7
    def __mod__(self, o): return 7 % o
    def __rmod__(self, o): return o % 7
    def __lt__(self, o): return 7 < o
    def __le__(self, o): return 7 <= o


s = Seven()
assert s.numerator == 7 and s.denominator == 1 and float(s) == 7.0 and s.__index__() == 7
assert [1, 2, 3, 4, 5, 6, 7, 8][s] == 8 and s.real == 7 and s.imag == 0 and complex(s) == 7
assert s - 2 == 5 and 10 - s == 3 and divmod(s, 2) == (3, 1) and s != 8 and bool(s)
