# Tuples, ranges and slice objects.

def catch(thunk):
    try:
        thunk()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)
    return None

# Tuples.
t = (1, 2, 3)
assert t[0] == 1 and t[-1] == 3 and t[1:] == (2, 3) and t[::-1] == (3, 2, 1)
assert t[:] is t and tuple(t) is t and t * 1 is t and t + () is not t
assert catch(lambda: t[5]) == 'IndexError: tuple index out of range'
assert catch(lambda: t[1.0]) == 'TypeError: tuple indices must be integers, not float'
assert catch(lambda: t + [4]) == 'TypeError: can only concatenate tuple (not "list") to tuple'
assert catch(lambda: t * 'a') == "TypeError: can't multiply sequence by non-int of type 'str'"
assert catch(lambda: t * 2**70) == "OverflowError: cannot fit 'int' into an index-sized integer"
assert t * 2 == (1, 2, 3, 1, 2, 3) and 2 * (1,) == (1, 1) and (1, 2) * -1 == ()
assert t.index(2) == 1 and (1, 2, 3, 2).index(2, 2) == 3 and t.count(3) == 1
assert catch(lambda: t.index(5)) == 'ValueError: tuple.index(x): x not in tuple'
assert catch(lambda: t.index()) == 'TypeError: index() takes at least 1 argument (0 given)'
assert catch(lambda: t.count()) == 'TypeError: count() takes exactly one argument (0 given)'
assert catch(lambda: t.index(2, 'a')) == 'TypeError: slice indices must be integers or None or have an __index__ method'
assert (1, 2) < (1, 3) and (1, 2) > (1,) and (1, [2]) == (1, [2]) and (1, 2) != (1, 2.5)
assert not ((1, 2) < (1,)) and not ((1, []) == (1, 2))
assert catch(lambda: (1, 2) < (1, 'a')) == 'TypeError: unorderable types: int() < str()'
assert repr(()) == '()' and repr((1,)) == '(1,)' and repr((1, 'a')) == "(1, 'a')"
inner = []
t = (inner,)
inner.append(t)
assert repr(t) == '([(...)],)', repr(t)
assert hash((1, 2, 3)) == 2528502973977326415 and hash(()) == 3527539
assert hash((1, (2, 'a'))) == -3194165497938230643 and hash((-1,)) == -3430020192499
assert hash((2**64,)) == 3430010387531
assert catch(lambda: hash(([],))) == "TypeError: unhashable type: 'list'"
assert tuple('ab') == ('a', 'b') and tuple() == () and tuple(sequence=[1]) == (1,)
assert catch(lambda: tuple(1)) == "TypeError: 'int' object is not iterable"
assert catch(lambda: tuple([1], [2])) == 'TypeError: tuple() takes at most 1 argument (2 given)'
assert catch(lambda: tuple(x=[1])) == "TypeError: 'x' is an invalid keyword argument for this function"
assert (1, 2).__getnewargs__() == ((1, 2),)
assert type(iter(())).__name__ == 'tuple_iterator' and iter((1, 2)).__length_hint__() == 2
assert 3 in (1, 2, 3) and 4 not in (1, 2, 3)
class T(tuple):
    pass
x = T([1, 2])
assert type(x) is T and x == (1, 2) and type(x[:]) is tuple and x[:] == (1, 2)
a, b = (1, 2)
assert (a, b) == (1, 2)
def unpack(seq):
    a, b = seq
assert catch(lambda: unpack([1])) == 'ValueError: need more than 1 value to unpack'
assert catch(lambda: unpack([])) == 'ValueError: need more than 0 values to unpack'
assert catch(lambda: unpack([1, 2, 3])) == 'ValueError: too many values to unpack (expected 2)'
assert catch(lambda: unpack(1)) == "TypeError: 'int' object is not iterable"

# Ranges.
assert list(range(5)) == [0, 1, 2, 3, 4] and list(range(2, 8, 3)) == [2, 5] and list(range(10, 0, -3)) == [10, 7, 4, 1]
assert repr(range(5)) == 'range(0, 5)' and repr(range(1, 5, 2)) == 'range(1, 5, 2)' and repr(range(True, 3)) == 'range(True, 3)'
assert catch(lambda: range(1.5)) == "TypeError: 'float' object cannot be interpreted as an integer"
assert catch(lambda: range(1, 2, 0)) == 'ValueError: range() arg 3 must not be zero'
assert catch(lambda: range(x=1)) == 'TypeError: range() does not take keyword arguments'
assert catch(lambda: range()) == 'TypeError: range expected 1 arguments, got 0'
assert catch(lambda: range(1, 2, 3, 4)) == 'TypeError: range expected at most 3 arguments, got 4'
r = range(2**100)
assert catch(lambda: len(r)) == 'OverflowError: Python int too large to convert to C ssize_t'
assert r[5] == 5 and r[-1] == 2**100 - 1 and r[2**80] == 2**80
assert r[2**70:2**80:3] == range(2**70, 2**80, 3) or repr(r[2**70:2**80:3]) == 'range(1180591620717411303424, 1208925819614629174706176, 3)'
assert 2**99 in r and -1 not in r and r.index(2**99) == 2**99
assert catch(lambda: range(10)[10]) == 'IndexError: range object index out of range'
assert catch(lambda: range(10)[-11]) == 'IndexError: range object index out of range'
assert catch(lambda: range(10)['a']) == 'TypeError: range indices must be integers or slices, not str'
assert repr(range(0, 10, 3)[::-1]) == 'range(9, -3, -3)' and repr(range(0, 10, 3)[1:]) == 'range(3, 12, 3)'
assert repr(range(10, 0, -3)[-1:-10:-2]) == 'range(1, 13, 6)'
assert catch(lambda: range(10)[::0]) == 'ValueError: slice step cannot be zero'
assert list(reversed(range(10, 0, -3))) == [1, 4, 7, 10]
assert list(reversed(range(2**64, 2**64 + 3))) == [2**64 + 2, 2**64 + 1, 2**64]
assert list(range(2**63 - 2, 2**63 + 2)) == [2**63 - 2, 2**63 - 1, 2**63, 2**63 + 1]
assert 5 in range(10) and 5.0 in range(10) and 'a' not in range(10) and 4 in range(10, 0, -3)
assert range(10).index(5) == 5 and range(10).index(5.0) == 5 and range(10).count(5) == 1
assert catch(lambda: range(10).index(50)) == 'ValueError: 50 is not in range'
assert catch(lambda: range(10).index('a')) == 'ValueError: sequence.index(x): x not in sequence'
assert range(10) != range(10) and hash(range(3)) != None
assert catch(lambda: range(10) < range(3)) == 'TypeError: unorderable types: range() < range()'
assert not range(0) and len(range(-5)) == 0 and len(range(0, 10, -1)) == 0
assert catch(lambda: len(range(-2**62, 2**62))) == 'OverflowError: Python int too large to convert to C ssize_t'
assert type(iter(range(3))).__name__ == 'range_iterator' and type(iter(r)).__name__ == 'longrange_iterator'
assert type(reversed(range(3))).__name__ == 'range_iterator' and iter(range(3)).__length_hint__() == 3
assert range(10).__reduce__() == (range, (0, 10, 1))
class I:
    def __index__(self):
        return 3
assert list(range(I())) == [0, 1, 2] and repr(range(I())) == 'range(0, 3)'

# Slice objects.
assert slice(1, 2).indices(-1) == (-1, -1, 1)
assert slice(2**70, -2**70, -2**80).indices(10) == (9, -1, -9223372036854775807)
assert slice(None, None, -1).indices(10) == (9, -1, -1)
assert catch(lambda: slice(1, 2, 0).indices(5)) == 'ValueError: slice step cannot be zero'
assert catch(lambda: slice('a', 2).indices(5)) == 'TypeError: slice indices must be integers or None or have an __index__ method'
assert catch(lambda: slice(1, 2).indices('a')) == "TypeError: 'str' object cannot be interpreted as an integer"
assert catch(lambda: slice(1, 2).indices(2**70)) == "OverflowError: cannot fit 'int' into an index-sized integer"
assert catch(lambda: slice(1, 2).indices()) == 'TypeError: indices() takes exactly one argument (0 given)'
assert repr(slice(1)) == 'slice(None, 1, None)' and repr(slice(1, 'a', [])) == "slice(1, 'a', [])"
assert catch(lambda: hash(slice(1))) == "TypeError: unhashable type: 'slice'"
assert slice(1, 2) < slice(1, 3) and slice(1, 2) == slice(1, 2) and not (slice(1, 2) == (1, 2))
assert catch(lambda: slice(1, 2) < (1, 2)) == 'TypeError: unorderable types: slice() < tuple()'
assert catch(lambda: slice()) == 'TypeError: slice expected at least 1 arguments, got 0'
assert catch(lambda: slice(1, 2, 3, 4)) == 'TypeError: slice expected at most 3 arguments, got 4'
assert catch(lambda: slice(1, x=2)) == 'TypeError: slice() does not take keyword arguments'
s = slice(1, 2, 3)
assert (s.start, s.stop, s.step) == (1, 2, 3) and s.__reduce__() == (slice, (1, 2, 3))
def setstart():
    s.start = 3
assert catch(setstart).startswith('AttributeError')
