# seq[a:b], seq[a:b:c] = v and del seq[a:b]: the evaluator handles an
# exact list or tuple without making a slice object; everything else
# still receives one. Results, errors and what __getitem__ and friends
# see are checked.


def raises(exc, f, msg=None):
    try:
        f()
    except exc as e:
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return
    raise AssertionError('no ' + exc.__name__)


l = list(range(10))
assert l[2:5] == [2, 3, 4]
assert l[:3] == [0, 1, 2]
assert l[7:] == [7, 8, 9]
assert l[::3] == [0, 3, 6, 9]
assert l[::-1] == [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
assert l[5::-2] == [5, 3, 1]
assert l[-3:] == [7, 8, 9]
assert l[-100:100] == l and l[-100:100] is not l
assert l[8:2] == []
assert l[10 ** 30:] == [] and l[:-10 ** 30] == []
assert l[True:3] == [1, 2]
t = tuple(l)
assert t[1:4] == (1, 2, 3) and t[::-4] == (9, 5, 1)
assert 'abcdef'[1:4] == 'bcd' and 'abcdef'[::-2] == 'fdb'
assert b'abcdef'[2:] == b'cdef'
assert bytearray(b'abc')[:2] == bytearray(b'ab')
assert list(range(10)[2:8:3]) == [2, 5]


class Index:
    def __index__(self):
        return 2


assert l[Index():4] == [2, 3] and t[:Index()] == (0, 1)
raises(TypeError, lambda: l['a':], 'slice indices must be integers or None or have an __index__ method')
raises(TypeError, lambda: t[:1.5], 'slice indices must be integers or None or have an __index__ method')
raises(ValueError, lambda: l[::0], 'slice step cannot be zero')
raises(TypeError, lambda: (5)[1:2], "'int' object is not subscriptable")


class Seen:
    def __getitem__(self, k):
        return ('get', k.start, k.stop, k.step, type(k).__name__)

    def __setitem__(self, k, v):
        self.last = ('set', k.start, k.stop, k.step, v)

    def __delitem__(self, k):
        self.last = ('del', k.start, k.stop, k.step)


s = Seen()
assert s[1:2] == ('get', 1, 2, None, 'slice')
assert s[:] == ('get', None, None, None, 'slice')
assert s[::'x'] == ('get', None, None, 'x', 'slice')
s[3:4] = 'v'
assert s.last == ('set', 3, 4, None, 'v')
s[::2] = 'w'
assert s.last == ('set', None, None, 2, 'w')
del s[5:]
assert s.last == ('del', 5, None, None)


class L(list):
    def __getitem__(self, k):
        return ('L', k.start, k.stop)


assert L([1, 2, 3])[0:1] == ('L', 0, 1)

# Assignment and deletion.
m = list(range(6))
m[1:3] = 'ab'
assert m == [0, 'a', 'b', 3, 4, 5]
m[::2] = [10, 20, 30]
assert m == [10, 'a', 20, 3, 30, 5]
m[:] = m
assert m == [10, 'a', 20, 3, 30, 5]
m[2:2] = [7, 7]
assert m == [10, 'a', 7, 7, 20, 3, 30, 5]
raises(ValueError, lambda: m.__setitem__(slice(None, None, 2), [1]),
       'attempt to assign sequence of size 1 to extended slice of size 4')


def bad_extended():
    m[::2] = [1]


raises(ValueError, bad_extended, 'attempt to assign sequence of size 1 to extended slice of size 4')


def bad_value():
    m[1:2] = 5


raises(TypeError, bad_value, 'can only assign an iterable')
del m[::3]
assert m == ['a', 7, 20, 3, 5], m
del m[-2:]
assert m == ['a', 7, 20]
del m[:]
assert m == []

perm = [3, 1, 2, 0]
k = perm[0]
perm[:k + 1] = perm[k::-1]
assert perm == [0, 2, 1, 3]


def tuple_store():
    t[1:2] = (5,)


raises(TypeError, tuple_store, "'tuple' object does not support item assignment")


def tuple_del():
    del t[1:2]


raises(TypeError, tuple_del, "'tuple' object does not support item deletion")
ba = bytearray(b'hello')
ba[1:3] = b'EL'
del ba[-1:]
assert ba == bytearray(b'hELl')

# x[k] with a constant k: from a local and from an expression.


def const_subscripts(p, q):
    return p[0], p[-1], q[1], (p, q)[1][0], {'a': 1}['a'], 'xyz'[2], b'ab'[1]


assert const_subscripts([1, 2, 3], (4, 5)) == (1, 3, 5, 4, 1, 'z', 98)
raises(IndexError, lambda: const_subscripts([], (4, 5)), 'list index out of range')
raises(IndexError, lambda: const_subscripts([1], (4,)), 'tuple index out of range')
raises(TypeError, lambda: const_subscripts(5, (4, 5)), "'int' object is not subscriptable")


def unbound():
    if False:
        p = [1]
    return p[0]


raises(UnboundLocalError, unbound, "local variable 'p' referenced before assignment")


class G:
    def __getitem__(self, k):
        return ('G', k)


class LL(list):
    def __getitem__(self, k):
        return ('LL', k)


def sub(x):
    return x[3], x[-2], x['k'], x[1.5]


assert sub(G()) == (('G', 3), ('G', -2), ('G', 'k'), ('G', 1.5))
assert sub(LL([1]))[0] == ('LL', 3)
raises(TypeError, lambda: [1, 2][1.5], 'list indices must be integers, not float')
big = list(range(100))
assert big[10 ** 1] == 10 and big[-100] == 0
raises(IndexError, lambda: big[2 ** 70], "cannot fit 'int' into an index-sized integer")

# x[k] op= v: the item read, combined and written back.
acc = [1, 2, 3]
acc[0] += 10
acc[-1] *= 5
acc[1] -= 0.5
assert acc == [11, 1.5, 15]
dd = {'a': 1}
dd['a'] += 1
dd['b'] = dd.get('b', 0)
dd['b'] += 3
assert dd == {'a': 2, 'b': 3}
grid = [[0] * 3 for _ in range(2)]
for i in range(2):
    for j in range(3):
        grid[i][j] += i * 3 + j
assert grid == [[0, 1, 2], [3, 4, 5]]


class Rec:
    def __init__(self):
        self.log = []
        self.d = {}

    def __getitem__(self, k):
        self.log.append(('get', k))
        return self.d.get(k, 0)

    def __setitem__(self, k, v):
        self.log.append(('set', k, v))
        self.d[k] = v


r = Rec()
r[3] += 4
r['x'] += 1
assert r.log == [('get', 3), ('set', 3, 4), ('get', 'x'), ('set', 'x', 1)], r.log


def aug_out_of_range():
    a = [1]
    a[5] += 1


raises(IndexError, aug_out_of_range, 'list index out of range')


def aug_missing_key():
    d = {}
    d['k'] += 1


raises(KeyError, aug_missing_key)


def aug_tuple():
    t = (1, 2)
    t[0] += 1


raises(TypeError, aug_tuple, "'tuple' object does not support item assignment")


class LL2(list):
    def __setitem__(self, k, v):
        list.__setitem__(self, k, v * 100)


ll = LL2([1, 2])
ll[0] += 1
assert ll == [200, 2]
