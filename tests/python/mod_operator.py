# The operator module: the operators as functions, the getters and
# methodcaller, and 3.2's argument errors.
import operator
from operator import itemgetter, attrgetter, methodcaller


def raises(exc, f, *args, **kwds):
    try:
        f(*args, **kwds)
    except exc as e:
        return str(e)
    raise AssertionError("%r did not raise %s" % (f, exc.__name__))


assert operator.add(1, 2) == 3 and operator.__add__('a', 'b') == 'ab'
assert operator.sub(5, 2) == 3 and operator.mul(3, 4) == 12
assert operator.truediv(7, 2) == 3.5 and operator.floordiv(7, 2) == 3
assert operator.mod(7, 3) == 1 and operator.pow(2, 10) == 1024
assert operator.neg(3) == -3 and operator.pos(-3) == -3 and operator.abs(-3) == 3
assert operator.inv(5) == -6 and operator.invert(5) == -6 and operator.__inv__(0) == -1
assert operator.lshift(1, 4) == 16 and operator.rshift(16, 2) == 4
assert operator.and_(6, 3) == 2 and operator.or_(6, 3) == 7 and operator.xor(6, 3) == 5
assert operator.not_(0) is True and operator.__not__([1]) is False
assert operator.truth([]) is False and operator.truth(2) is True
assert operator.is_(None, None) is True and operator.is_not(1, None) is True
assert operator.index(True) == 1 and operator.__index__(7) == 7
assert operator.lt(1, 2) and operator.le(2, 2) and operator.eq(2, 2)
assert operator.ne(1, 2) and operator.gt(3, 2) and operator.ge(3, 3)
assert operator.contains([1, 2], 2) and not operator.__contains__('abc', 'd')
assert operator.concat([1], [2]) == [1, 2] and operator.concat('a', 'b') == 'ab'
assert operator.indexOf('abc', 'c') == 2 and operator.countOf([1, 2, 1], 1) == 2
assert operator.getitem([1, 2, 3], 1) == 2 and operator.getitem('abc', slice(1, None)) == 'bc'
d = {}
assert operator.setitem(d, 'k', 1) is None and d == {'k': 1}
assert operator.delitem(d, 'k') is None and d == {}

# In-place operators mutate what can be mutated.
l = [1]
assert operator.iadd(l, [2]) is l and l == [1, 2]
assert operator.iconcat(l, (3,)) is l and l == [1, 2, 3]
assert operator.imul(l, 2) is l and len(l) == 6
s = {1, 2}
assert operator.isub(s, {1}) is s and s == {2}
assert operator.iand(s, {2, 3}) is s and operator.ior(s, {5}) is s and operator.ixor(s, {5}) is s and s == {2}
assert operator.iadd(1, 2) == 3 and operator.ipow(2, 3) == 8 and operator.imod(7, 4) == 3
assert operator.itruediv(1, 2) == 0.5 and operator.ifloordiv(7, 2) == 3
assert operator.ilshift(1, 2) == 4 and operator.irshift(8, 2) == 2

# Names, dunder aliases, and what 3.2 does not have.
assert operator.add.__name__ == 'add' and operator.__add__.__name__ == '__add__'
for name in ('abs', 'add', 'and_', 'concat', 'contains', 'delitem', 'eq', 'floordiv',
             'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv',
             'ilshift', 'imod', 'imul', 'index', 'inv', 'invert', 'ior', 'ipow',
             'irshift', 'isub', 'itruediv', 'ixor', 'le', 'lshift', 'lt', 'mod',
             'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem',
             'sub', 'truediv', 'xor'):
    dunder = '__%s__' % name.rstrip('_')
    assert hasattr(operator, name) and hasattr(operator, dunder), name
for name in ('length_hint', 'isCallable', 'sequenceIncludes', 'matmul', '__truth__'):
    assert not hasattr(operator, name), name

# Errors, worded as 3.2 words them (op_ names come from its C functions).
assert raises(TypeError, operator.add, 1) == 'op_add expected 2 arguments, got 1'
assert raises(TypeError, operator.__add__) == 'op_add expected 2 arguments, got 0'
assert raises(TypeError, operator.neg) == 'neg() takes exactly one argument (0 given)'
assert raises(TypeError, operator.truth) == 'truth() takes exactly one argument (0 given)'
assert raises(TypeError, operator.contains, 1) == 'op_contains expected 2 arguments, got 1'
assert raises(TypeError, operator.setitem) == 'op_setitem expected 3 arguments, got 0'
assert raises(TypeError, operator.indexOf) == 'indexOf expected 2 arguments, got 0'
assert raises(TypeError, operator.pow) == 'pow expected 2 arguments, got 0'
assert raises(TypeError, operator.is_) == 'is_ expected 2 arguments, got 0'
assert raises(TypeError, operator.index, 1.5) == "'float' object cannot be interpreted as an integer"
assert raises(TypeError, operator.concat, 1, 2) == "'int' object can't be concatenated"
assert raises(TypeError, operator.iconcat, 1, 2) == "'int' object can't be concatenated"
assert raises(ValueError, operator.indexOf, [1], 2) == 'sequence.index(x): x not in sequence'
assert raises(TypeError, operator.countOf, 1, 1) == "argument of type 'int' is not iterable"
assert raises(TypeError, operator.neg, 'a') == "bad operand type for unary -: 'str'"
assert raises(TypeError, operator.abs, 'a') == "bad operand type for abs(): 'str'"
assert raises(TypeError, operator.invert, 1.0) == "bad operand type for unary ~: 'float'"
assert raises(TypeError, operator.ipow, 'a', 2) == "unsupported operand type(s) for ** or pow(): 'str' and 'int'"
assert raises(TypeError, operator.lt, 1, 'a') == 'unorderable types: int() < str()'

# itemgetter, attrgetter (dotted names), methodcaller
assert itemgetter(1)('abc') == 'b' and itemgetter(2, 0)('abc') == ('c', 'a')
assert itemgetter('k')({'k': 5}) == 5
assert sorted([(2, 'b'), (1, 'a')], key=itemgetter(0)) == [(1, 'a'), (2, 'b')]
class P:
    pass
p = P()
p.child = P()
p.child.name = 'leaf'
p.x = 3
assert attrgetter('x')(p) == 3 and attrgetter('child.name')(p) == 'leaf'
assert attrgetter('x', 'child.name')(p) == (3, 'leaf')
assert methodcaller('split', ',')('a,b') == ['a', 'b']
assert methodcaller('get', 'k', 0)({}) == 0
assert methodcaller('format', x=1)('{x}') == '1'
assert methodcaller('upper')('x') == 'X'
assert raises(TypeError, itemgetter) == 'itemgetter expected 1 arguments, got 0'
assert raises(TypeError, itemgetter(1)) == 'itemgetter expected 1 arguments, got 0'
assert raises(TypeError, attrgetter, 1) == 'attribute name must be a string'
assert raises(TypeError, attrgetter) == 'attrgetter expected 1 arguments, got 0'
assert raises(AttributeError, attrgetter('a'), 1) == "'int' object has no attribute 'a'"
assert raises(TypeError, methodcaller) == 'methodcaller needs at least one argument, the method name'
assert raises(TypeError, methodcaller('x')) == 'methodcaller expected 1 arguments, got 0'
assert raises(IndexError, itemgetter(5), [1]) == 'list index out of range'
assert repr(itemgetter(1)).startswith('<operator.itemgetter object at ')
assert type(attrgetter('a')).__name__ == 'attrgetter'
try:
    class Sub(itemgetter):
        pass
except TypeError as e:
    assert 'is not an acceptable base type' in str(e)
else:
    raise AssertionError('itemgetter is not subclassable in 3.2')
