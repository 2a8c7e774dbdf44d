# Lists: indexing, slicing, slice assignment and deletion, methods,
# operators, comparisons, repr, iteration, and 3.2's error messages.

def catch(thunk):
    try:
        thunk()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)
    return None

# Indexing.
l = [1, 2, 3]
assert l[0] == 1 and l[-1] == 3 and l[True] == 2, repr(l)
assert catch(lambda: l[3]) == 'IndexError: list index out of range', catch(lambda: l[3])
assert catch(lambda: l[-4]) == 'IndexError: list index out of range'
assert catch(lambda: l[2**70]) == "IndexError: cannot fit 'int' into an index-sized integer", catch(lambda: l[2**70])
assert catch(lambda: l['a']) == 'TypeError: list indices must be integers, not str', catch(lambda: l['a'])
assert catch(lambda: l[1.0]) == 'TypeError: list indices must be integers, not float'

class Idx:
    def __init__(self, i):
        self.i = i
    def __index__(self):
        return self.i

assert l[Idx(1)] == 2
assert l[Idx(0):Idx(2)] == [1, 2]

# Slicing.
l = list(range(10))
assert l[2:5] == [2, 3, 4], repr(l[2:5])
assert l[::3] == [0, 3, 6, 9], repr(l[::3])
assert l[::-1] == [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
assert l[8:2:-2] == [8, 6, 4], repr(l[8:2:-2])
assert l[-3:] == [7, 8, 9]
assert l[2**80:] == [] and l[:-2**80] == []
assert l[:] == l and l[:] is not l
assert catch(lambda: l[::0]) == 'ValueError: slice step cannot be zero'
assert catch(lambda: l['a':]) == 'TypeError: slice indices must be integers or None or have an __index__ method'

# Item and slice assignment.
def setitem(l, k, v):
    l[k] = v
    return l
def delitem(l, k):
    del l[k]
    return l

assert catch(lambda: setitem([1, 2, 3], 5, 1)) == 'IndexError: list assignment index out of range'
assert catch(lambda: delitem([1, 2, 3], 5)) == 'IndexError: list assignment index out of range'
assert catch(lambda: delitem([1, 2, 3], 'a')) == 'TypeError: list indices must be integers, not str'
assert catch(lambda: setitem([1, 2, 3], slice(None, None, 2), [1])) == 'ValueError: attempt to assign sequence of size 1 to extended slice of size 2'
assert catch(lambda: setitem([1, 2, 3], slice(None, None, 2), 1)) == 'TypeError: must assign iterable to extended slice'
assert catch(lambda: setitem([1, 2, 3], slice(1, 2), 1)) == 'TypeError: can only assign an iterable'
assert setitem([1, 2, 3], slice(None, None, -1), [4, 5, 6]) == [6, 5, 4]
assert delitem([1, 2, 3, 4, 5], slice(None, None, -2)) == [2, 4]
assert delitem([1, 2, 3, 4, 5], slice(1, None, 3)) == [1, 3, 4]
l = [1, 2, 3, 4, 5]
l[3:1] = ['a', 'b']
assert l == [1, 2, 3, 'a', 'b', 4, 5], repr(l)
l = [1, 2, 3]
l[1:2] = l
assert l == [1, 1, 2, 3, 3], repr(l)
l = [1, 2, 3, 4, 5]
l[1:4] = ()
assert l == [1, 5]
l[1:1] = 'xyz'
assert l == [1, 'x', 'y', 'z', 5], repr(l)
l[-100:100] = [0]
assert l == [0]
l = list(range(6))
del l[::2]
assert l == [1, 3, 5]
del l[:]
assert l == []

# Methods.
l = [1, 2]
l.append(3)
l.extend((4, 5))
l.extend(x for x in [6])
l.insert(0, 0)
l.insert(-1, 'm')
l.insert(100, 'end')
assert l == [0, 1, 2, 3, 4, 5, 'm', 6, 'end'], repr(l)
assert l.pop() == 'end' and l.pop(0) == 0 and l.pop(-2) == 'm'
assert l == [1, 2, 3, 4, 5, 6]
l.remove(3)
assert l == [1, 2, 4, 5, 6]
assert [1, 2, 3, 2].index(2) == 1 and [1, 2, 3, 2].index(2, 2) == 3
assert [1, 2, 3, 2].index(2, -1, 10**30) == 3
assert [1, 2, 3, 2].count(2) == 2 and [].count(1) == 0
l = [1, 2, 3]
l.reverse()
assert l == [3, 2, 1]
l = [1, 2]
l.extend(l)
assert l == [1, 2, 1, 2]
assert catch(lambda: [].insert(1)) == 'TypeError: insert() takes exactly 2 arguments (1 given)'
assert catch(lambda: [].insert(1.5, 2)) == 'TypeError: integer argument expected, got float'
assert catch(lambda: [].insert('a', 2)) == "TypeError: 'str' object cannot be interpreted as an integer"
assert catch(lambda: [].pop()) == 'IndexError: pop from empty list'
assert catch(lambda: [1].pop(5)) == 'IndexError: pop index out of range'
assert catch(lambda: [1].pop(1, 2)) == 'TypeError: pop() takes at most 1 argument (2 given)'
assert catch(lambda: [1].remove(2)) == 'ValueError: list.remove(x): x not in list'
assert catch(lambda: ['a'].index('b')) == "ValueError: 'b' is not in list"
assert catch(lambda: [1].index()) == 'TypeError: index() takes at least 1 argument (0 given)'
assert catch(lambda: [1].append()) == 'TypeError: append() takes exactly one argument (0 given)'
assert catch(lambda: [1].extend(3)) == "TypeError: 'int' object is not iterable"
assert catch(lambda: [1].reverse(1)) == 'TypeError: reverse() takes no arguments (1 given)'
assert catch(lambda: [1].count()) == 'TypeError: count() takes exactly one argument (0 given)'
assert not hasattr([], 'copy') and not hasattr([], 'clear')

# Operators.
assert [1, 2] + [3] == [1, 2, 3]
assert [1, 2] * 2 == [1, 2, 1, 2] and 2 * [1] == [1, 1] and [1] * -1 == []
assert catch(lambda: [1, 2] + (3,)) == 'TypeError: can only concatenate list (not "tuple") to list'
assert catch(lambda: [1, 2] + None) == 'TypeError: can only concatenate list (not "NoneType") to list'
assert catch(lambda: None + [1, 2]) == "TypeError: unsupported operand type(s) for +: 'NoneType' and 'list'"
assert catch(lambda: [1] * 2.0) == "TypeError: can't multiply sequence by non-int of type 'float'"
assert catch(lambda: [1] * 'a') == "TypeError: can't multiply sequence by non-int of type 'str'"
assert catch(lambda: [1] * 2**62).startswith('MemoryError')
l = a = [1, 2]
l += (3,)
l += 'ab'
assert l is a and a == [1, 2, 3, 'a', 'b'], repr(a)
l *= 2
assert l is a and len(a) == 10
l *= 0
assert a == []
def iadd():
    l = [1]
    l += 3
def imul():
    l = [1]
    l *= 2.0
assert catch(iadd) == "TypeError: 'int' object is not iterable"
assert catch(imul) == "TypeError: can't multiply sequence by non-int of type 'float'"

class RAdd:
    def __radd__(self, other):
        return 'radd'
    def __rmul__(self, other):
        return 'rmul'
assert [1] + RAdd() == 'radd'
assert [1] * RAdd() == 'rmul'

# Comparisons and membership.
assert [1, 2] < [1, 3] and [1] < [1, 2] and not [2] < [1, 5]
assert [1, 2] == [1, 2] and [1, 2] != [1, 3] and [] != [1]
assert [1, [2, 3]] == [1, [2, 3]]
assert catch(lambda: [1] < (1,)) == 'TypeError: unorderable types: list() < tuple()'
assert catch(lambda: [1, 2] < [1, 'a']) == 'TypeError: unorderable types: int() < str()'
assert [1, 2] != (1, 2)
nan = float('nan')
assert nan in [nan] and [nan] == [nan]
assert 2 in [1, 2] and 3 not in [1, 2]
assert catch(lambda: hash([])) == "TypeError: unhashable type: 'list'"

# Repr.
l = [1, 'a', None, [2.5]]
assert repr(l) == "[1, 'a', None, [2.5]]", repr(l)
l = [1]
l.append(l)
assert repr(l) == '[1, [...]]', repr(l)
assert str([]) == '[]'

# Iteration sees changes.
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x == 1:
        l.append(4)
assert out == [1, 2, 3, 4]
it = iter([1, 2])
assert type(it).__name__ == 'list_iterator' and it.__length_hint__() == 2
assert next(it) == 1 and list(it) == [2] and list(it) == []
r = reversed([1, 2, 3])
assert type(r).__name__ == 'list_reverseiterator' and r.__length_hint__() == 3
assert list(r) == [3, 2, 1]

# Constructor.
assert list() == [] and list('ab') == ['a', 'b'] and list(range(3)) == [0, 1, 2]
assert list({1: 2}) == [1] and list(sequence=(1,)) == [1]
assert catch(lambda: list(1)) == "TypeError: 'int' object is not iterable"
assert catch(lambda: list([1], [2])) == 'TypeError: list() takes at most 1 argument (2 given)'
l = [1, 2]
l.__init__([3])
assert l == [3]
l.__init__()
assert l == []

class MyList(list):
    pass
m = MyList([1, 2])
assert type(m) is MyList and m == [1, 2] and type(m[:]) is list and type(m + m) is list
m.attr = 5
assert m.attr == 5

# Deep nesting fails cleanly.
deep = []
for i in range(100000):
    deep = [deep]
assert catch(lambda: repr(deep)) == 'RuntimeError: maximum recursion depth exceeded while getting the repr of a list'
deep = ()
for i in range(100000):
    deep = (deep,)
assert catch(lambda: repr(deep)) == 'RuntimeError: maximum recursion depth exceeded while getting the repr of a tuple'
deep = None

# The value of an extended slice assignment is read before the list is
# changed, even when reading it changes the list.
l = list(range(10))
def shrink():
    yield 1
    del l[:]
    yield 2
def assign():
    l[::2] = shrink()
assert catch(assign) == 'ValueError: attempt to assign sequence of size 2 to extended slice of size 5'
assert l == []
