# The itertools module: every 3.2 iterator, its results, reprs and errors.
from itertools import *
import itertools


def raises(exc, f, *args, **kwds):
    try:
        f(*args, **kwds)
    except exc as e:
        return str(e)
    raise AssertionError("%r did not raise %s" % (f, exc.__name__))


def take(n, it):
    return list(islice(it, n))


# count
assert take(4, count()) == [0, 1, 2, 3]
assert take(3, count(5, 2)) == [5, 7, 9]
assert take(3, count(step=-1)) == [0, -1, -2]
assert take(3, count(1.5, 0.5)) == [1.5, 2.0, 2.5]
assert take(2, count(2 ** 70)) == [2 ** 70, 2 ** 70 + 1]
assert repr(count()) == 'count(0)' and repr(count(3)) == 'count(3)'
assert repr(count(1.5, 2)) == 'count(1.5, 2)'
assert repr(count(2 ** 70)) == 'count(1180591620717411303424)'
assert repr(count(0, 2)) == 'count(0, 2)'
# 3.2 counts in a machine int when the step converts to 1, even a float 1.0.
c = count(0, 1.0)
assert repr(c) == 'count(0)' and take(3, c) == [0, 1, 2] and type(next(c)) is int
c = count(7)
next(c)
assert repr(c) == 'count(8)' and c.__reduce__() == (count, (8,))
assert count(1.5, 0.5).__reduce__() == (count, (1.5, 0.5))
assert raises(TypeError, count, 'a') == 'a number is required'
assert raises(TypeError, count, 1, 'x') == 'a number is required'

# cycle, repeat
assert take(7, cycle('abc')) == list('abcabca')
assert list(cycle([])) == []
assert raises(TypeError, cycle) == 'cycle expected 1 arguments, got 0'
assert raises(TypeError, cycle, [], x=1) == 'cycle() does not take keyword arguments'
assert list(repeat('x', 3)) == ['x', 'x', 'x']
assert take(2, repeat(None)) == [None, None]
assert repr(repeat(1)) == 'repeat(1)' and repr(repeat(1, 3)) == 'repeat(1, 3)'
assert repr(repeat(1, -3)) == 'repeat(1, 0)'
assert repr(repeat(1, times=-1)) == 'repeat(1)'   # only a positional negative count is 0
r = repeat('a', 4)
next(r)
assert r.__length_hint__() == 3 and repr(r) == "repeat('a', 3)"
assert raises(TypeError, repeat(1).__length_hint__) == 'len() of unsized object'
assert raises(TypeError, repeat) == "Required argument 'object' (pos 1) not found"

# accumulate (new in 3.2; no func argument yet)
assert list(accumulate([1, 2, 3, 4])) == [1, 3, 6, 10]
assert list(accumulate('abc')) == ['a', 'ab', 'abc']
assert list(accumulate([])) == []
assert raises(TypeError, accumulate, [1], 2) == 'accumulate() takes at most 1 argument (2 given)'

# chain
assert list(chain('ab', [1], ())) == ['a', 'b', 1]
assert list(chain()) == []
assert list(chain.from_iterable(['ab', 'cd'])) == list('abcd')
assert raises(TypeError, chain, a=1) == 'chain() does not take keyword arguments'
it = chain([1], 5)
assert next(it) == 1
assert raises(TypeError, next, it) == "'int' object is not iterable"

# compress, dropwhile, takewhile, filterfalse, starmap
assert list(compress('abcdef', [1, 0, 1, 0, 1, 1])) == list('acef')
assert list(compress('abc', [1])) == ['a']
assert raises(TypeError, compress, 'a') == "Required argument 'selectors' (pos 2) not found"
assert list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])) == [3, 1, 5]
assert list(takewhile(lambda x: x < 3, [1, 2, 3, 1])) == [1, 2]
assert list(filterfalse(None, [0, 1, '', 'a'])) == [0, '']
assert list(filterfalse(lambda x: x % 2, range(6))) == [0, 2, 4]
assert raises(TypeError, dropwhile, len) == 'dropwhile expected 2 arguments, got 1'
assert list(starmap(pow, [(2, 3), [3, 2]])) == [8, 9]
assert raises(TypeError, starmap, len) == 'starmap expected 2 arguments, got 1'

# islice
assert list(islice('abcdefg', 2)) == ['a', 'b']
assert list(islice('abcdefg', 2, 4)) == ['c', 'd']
assert list(islice('abcdefg', 2, None)) == list('cdefg')
assert list(islice('abcdefg', 0, None, 2)) == list('aceg')
assert list(islice('abcdefg', None)) == list('abcdefg')
stop_msg = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
index_msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
assert raises(ValueError, islice, 'a', -1) == stop_msg
assert raises(ValueError, islice, 'a', 1.0) == stop_msg
assert raises(ValueError, islice, 'a', -2, 3) == index_msg
assert raises(ValueError, islice, 'a', 0, -1) == stop_msg
assert raises(ValueError, islice, 'a', 0, -5) == index_msg
assert raises(ValueError, islice, 'a', 1, 2, 0) == 'Step for islice() must be a positive integer or None.'
assert raises(TypeError, islice) == 'islice expected at least 2 arguments, got 0'
assert raises(TypeError, islice, 1, 2, 3, 4, 5) == 'islice expected at most 4 arguments, got 5'
it = iter(range(10))
assert list(islice(it, 3)) == [0, 1, 2] and next(it) == 3

# zip_longest
assert list(zip_longest('ab', 'xyz')) == [('a', 'x'), ('b', 'y'), (None, 'z')]
assert list(zip_longest('ab', 'x', fillvalue=0)) == [('a', 'x'), ('b', 0)]
assert list(zip_longest()) == []
assert raises(TypeError, zip_longest, 1) == 'zip_longest argument #1 must support iteration'
assert raises(TypeError, zip_longest, x=1) == 'zip_longest() got an unexpected keyword argument'

# groupby
assert [(k, list(g)) for k, g in groupby('aabbbca')] == [
    ('a', ['a', 'a']), ('b', ['b', 'b', 'b']), ('c', ['c']), ('a', ['a'])]
assert [k for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)] == [1, 0, 1]
groups = groupby('aabb')
k1, g1 = next(groups)
k2, g2 = next(groups)
assert list(g1) == [] and list(g2) == ['b', 'b']   # a group ends when the groupby moves on
assert type(g2).__name__ == '_grouper'
assert list(groupby([])) == []

# tee
a, b = tee(range(100))
assert list(a)[:3] == [0, 1, 2] and list(b)[-2:] == [98, 99]
assert tee('abc', 0) == ()
x, y, z = tee(iter('abc'), 3)
assert next(x) == 'a' and list(y) == list('abc') and list(x) == ['b', 'c'] and list(z) == list('abc')
c1, = tee([1, 2], 1)
c2 = c1.__copy__()
assert next(c1) == 1 and list(c2) == [1, 2]
assert raises(ValueError, tee, [], -1) == 'n must be >= 0'
assert type(c1).__name__ == 'tee'
t1, t2 = tee(c1)          # an iterator with __copy__ is used as it is
assert t1 is c1 and list(t1) == [2] and list(t2) == [2]

# product, permutations, combinations, combinations_with_replacement
assert list(product('ab', range(2))) == [('a', 0), ('a', 1), ('b', 0), ('b', 1)]
assert list(product('ab', repeat=2)) == [('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')]
assert list(product()) == [()] and list(product('ab', [])) == []
assert list(product('a', repeat=0)) == [()]
assert raises(ValueError, product, 'a', repeat=-1) == 'repeat argument cannot be negative'
assert raises(TypeError, product, x=1) == "'x' is an invalid keyword argument for this function"
assert list(permutations('abc', 2)) == [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]
assert list(permutations(range(3))) == [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)]
assert list(permutations('ab', 3)) == [] and list(permutations('', 0)) == [()]
assert raises(TypeError, permutations, 'a', 1.0) == 'Expected int as r'
assert raises(ValueError, permutations, 'a', -1) == 'r must be non-negative'
assert list(combinations(range(4), 2)) == [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]
assert list(combinations('ab', 3)) == [] and list(combinations('ab', 0)) == [()]
assert raises(ValueError, combinations, 'a', -1) == 'r must be non-negative'
assert list(combinations_with_replacement('abc', 2)) == [
    ('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')]
assert list(combinations_with_replacement('', 2)) == []
assert list(combinations_with_replacement('', 0)) == [()]
assert len(list(permutations(range(6)))) == 720
assert len(list(combinations(range(10), 4))) == 210

# The types are subclassable, live in itertools, and are their own iterators.
class MyChain(chain):
    pass
mc = MyChain('a', 'b')
mc.note = 1
assert list(mc) == ['a', 'b'] and mc.note == 1 and isinstance(mc, chain)
assert repr(type(count())) == "<class 'itertools.count'>"
assert count.__module__ == 'itertools' and islice.__name__ == 'islice'
it = combinations('abc', 2)
assert iter(it) is it
for name in ('count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress',
             'dropwhile', 'filterfalse', 'groupby', 'islice', 'starmap',
             'takewhile', 'tee', 'zip_longest', 'product', 'permutations',
             'combinations', 'combinations_with_replacement'):
    assert hasattr(itertools, name), name
assert not hasattr(itertools, 'izip') and not hasattr(itertools, 'imap')
