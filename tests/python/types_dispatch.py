# The type system: special methods of classes dispatched through the
# type slots (operators with reflected operands and NotImplemented,
# comparisons, hashing, truth, iteration, containers, calls, attribute
# hooks), slots refilled when a special method is assigned or deleted,
# and overrides in subclasses of built-in types.

def catch(thunk):
    try:
        thunk()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)
    return None

log = []
class A:
    def __add__(self, o):
        log.append('A.add')
        return 'A.add'
    def __radd__(self, o):
        log.append('A.radd')
        return 'A.radd'
class B(A):
    def __radd__(self, o):
        log.append('B.radd')
        return 'B.radd'
a, b = A(), B()
assert a + b == 'B.radd'
assert b + a == 'A.add'
assert 1 + a == 'A.radd'
assert a + 1 == 'A.add'
r = catch(lambda: a - b)
assert r == "TypeError: unsupported operand type(s) for -: 'A' and 'B'", r

class NI:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
r = catch(lambda: NI() + 1)
assert r == "TypeError: unsupported operand type(s) for +: 'NI' and 'int'", r
r = catch(lambda: 1 + NI())
assert r == "TypeError: unsupported operand type(s) for +: 'int' and 'NI'", r

class Num:
    def __init__(self, v): self.v = v
    def __sub__(self, o): return Num(self.v - (o.v if isinstance(o, Num) else o))
    def __rsub__(self, o): return Num(o - self.v)
    def __mul__(self, o): return Num(self.v * o)
    __rmul__ = __mul__
    def __pow__(self, o, m=None): return ('pow', o, m)
    def __rpow__(self, o): return ('rpow', o)
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return 'pos'
    def __abs__(self): return 'abs'
    def __invert__(self): return 'inv'
    def __index__(self): return self.v
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __iadd__(self, o):
        self.v += o
        return self
    def __floordiv__(self, o): return 'fd'
    def __truediv__(self, o): return 'td'
    def __mod__(self, o): return 'mod'
    def __divmod__(self, o): return 'dm'
    def __lshift__(self, o): return 'ls'
    def __and__(self, o): return 'and'
    def __or__(self, o): return 'or'
    def __xor__(self, o): return 'xor'
    def __rshift__(self, o): return 'rs'
n = Num(5)
assert (n - 1).v == 4 and (10 - n).v == 5 and (n - Num(2)).v == 3
assert (n * 2).v == 10 and (3 * n).v == 15
assert n ** 2 == ('pow', 2, None) and pow(n, 2, 3) == ('pow', 2, 3) and 2 ** n == ('rpow', 2)
assert (-n).v == -5 and +n == 'pos' and abs(n) == 'abs' and ~n == 'inv'
assert [0, 1, 2, 3, 4, 5, 6][n] == 5 and int(n) == 7 and float(n) == 2.5
assert n // 1 == 'fd' and n / 1 == 'td' and n % 1 == 'mod' and divmod(n, 1) == 'dm'
assert n << 1 == 'ls' and n >> 1 == 'rs' and n & 1 == 'and' and n | 1 == 'or' and n ^ 1 == 'xor'
m = n
m += 3
assert m is n and n.v == 8
m -= 1
assert m is not n and m.v == 7

# Comparisons.
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __eq__(self, o): return isinstance(o, Cmp) and self.v == o.v
assert Cmp(1) < Cmp(2) and Cmp(2) > Cmp(1) and Cmp(1) == Cmp(1) and Cmp(1) != Cmp(2)
assert not (Cmp(1) != Cmp(1))
r = catch(lambda: Cmp(1) <= Cmp(2))
assert r == 'TypeError: unorderable types: Cmp() <= Cmp()', r
assert sorted([Cmp(3), Cmp(1), Cmp(2)])[0].v == 1
assert Cmp.__hash__ is None
r = catch(lambda: hash(Cmp(1)))
assert r == "TypeError: unhashable type: 'Cmp'", r
class CmpHash(Cmp):
    def __hash__(self): return self.v
assert hash(CmpHash(5)) == 5 and {CmpHash(1): 'x'}[CmpHash(1)] == 'x'
class Plain: pass
assert hash(Plain()) is not None
class BigHash:
    def __hash__(self): return 2 ** 100
assert hash(BigHash()) == hash(2 ** 100)
class BadHash:
    def __hash__(self): return 'x'
r = catch(lambda: hash(BadHash()))
assert r == 'TypeError: __hash__ method should return an integer', r
class MinusOne:
    def __hash__(self): return -1
assert hash(MinusOne()) == -2

# Truth.
class T1:
    def __bool__(self): return False
class T2:
    def __len__(self): return 0
class T3:
    def __bool__(self): return 1
class T4:
    def __len__(self): return -1
class T5:
    def __len__(self): return 'x'
assert not T1() and not T2() and bool(Plain())
r = catch(lambda: bool(T3()))
assert r == 'TypeError: __bool__ should return bool, returned int', r
r = catch(lambda: len(T4()))
assert r == 'ValueError: __len__() should return >= 0', r
r = catch(lambda: len(T5()))
assert r == "TypeError: 'str' object cannot be interpreted as an integer", r
r = catch(lambda: len(Plain()))
assert r == "TypeError: object of type 'Plain' has no len()", r

# Iteration and containers.
class Count:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
assert list(Count(3)) == [1, 2, 3]
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
assert list(Seq()) == [0, 10, 20] and 20 in Seq() and 5 not in Seq()
class Cont:
    def __contains__(self, x): return x == 'in'
assert 'in' in Cont() and 'out' not in Cont()
r = catch(lambda: iter(Plain()))
assert r == "TypeError: 'Plain' object is not iterable", r
r = catch(lambda: 1 in Plain())
assert r == "TypeError: argument of type 'Plain' is not iterable", r
class BadIter:
    def __iter__(self): return 1
r = catch(lambda: iter(BadIter()))
assert r == "TypeError: iter() returned non-iterator of type 'int'", r
class Map:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
mp = Map()
mp['a'] = 1
assert mp['a'] == 1
del mp['a']
r = catch(lambda: mp['a'])
assert r == "KeyError: 'a'", r
class OnlyGet:
    def __getitem__(self, k): return k
def f():
    OnlyGet()[1] = 2
assert catch(f) == "TypeError: 'OnlyGet' object does not support item assignment"
def f():
    del OnlyGet()[1]
assert catch(f) == "TypeError: 'OnlyGet' object doesn't support item deletion", catch(f)
class OnlySet:
    def __setitem__(self, k, v): pass
def f():
    del OnlySet()[1]
assert catch(f) == 'AttributeError: __delitem__', catch(f)

# Calls.
class Callable:
    def __call__(self, *args, **kw): return (args, kw)
assert Callable()(1, x=2) == ((1,), {'x': 2})
r = catch(lambda: Plain()())
assert r == "TypeError: 'Plain' object is not callable", r

# Attribute hooks.
class GA:
    def __getattr__(self, name): return 'ga:' + name
g = GA()
g.real = 1
assert g.real == 1 and g.other == 'ga:other'
class GAttr:
    def __getattribute__(self, name):
        if name == 'magic':
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return 'fallback:' + name
ga = GAttr()
ga.x = 1
assert ga.magic == 42 and ga.x == 1 and ga.y == 'fallback:y'
class SA:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        object.__setattr__(self, 'deleted', name)
sa = SA()
sa.v = 2
del sa.v
assert sa.v == 4 and sa.deleted == 'v'
class RaisesAE:
    def __getattribute__(self, name): raise AttributeError('no ' + name)
    def __getattr__(self, name): return 'recovered'
assert RaisesAE().x == 'recovered'
assert hasattr(GA(), 'anything') and not hasattr(Plain(), 'anything')

# Assigning and deleting special methods after creation.
class Late: pass
class LateSub(Late): pass
r = catch(lambda: Late() + 1)
assert r == "TypeError: unsupported operand type(s) for +: 'Late' and 'int'", r
Late.__add__ = lambda self, o: 'late add'
assert Late() + 1 == 'late add' and LateSub() + 1 == 'late add'
LateSub.__add__ = lambda self, o: 'sub add'
assert LateSub() + 1 == 'sub add' and Late() + 1 == 'late add'
del Late.__add__
assert LateSub() + 1 == 'sub add'
r = catch(lambda: Late() + 1)
assert r == "TypeError: unsupported operand type(s) for +: 'Late' and 'int'", r
Late.__len__ = lambda self: 3
assert len(LateSub()) == 3
Late.__eq__ = lambda self, o: True
assert Late() == 1
Late.__hash__ = None
r = catch(lambda: hash(Late()))
assert r == "TypeError: unhashable type: 'Late'", r
Late.__repr__ = lambda self: 'Late!'
assert repr(LateSub()) == 'Late!' and str(Late()) == 'Late!'
Late.__iter__ = lambda self: iter([1, 2])
assert list(LateSub()) == [1, 2]
Late.__call__ = lambda self: 'called'
assert LateSub()() == 'called'
Late.__getattr__ = lambda self, n: 'dyn'
assert LateSub().zzz == 'dyn'
del Late.__getattr__
r = catch(lambda: LateSub().zzz)
assert r == "AttributeError: 'LateSub' object has no attribute 'zzz'", r

# Subclasses of built-in types, overrides honoured.
class MyInt(int):
    def __add__(self, o): return 'myint add'
assert MyInt(1) + 1 == 'myint add' and 1 + MyInt(1) == 2 and MyInt(3) * 2 == 6
assert type(MyInt(3) * 2) is int and repr(MyInt(3)) == '3'
class RInt(int):
    def __radd__(self, o): return 'rint radd'
assert 1 + RInt(1) == 'rint radd'
class MyStr(str):
    def __len__(self): return 100
    def upper(self): return 'UP'
s = MyStr('ab')
assert len(s) == 100 and s.upper() == 'UP' and s == 'ab' and s + 'c' == 'abc'
class MyList(list):
    def append(self, x): list.append(self, x * 2)
    def __getitem__(self, i): return 'item'
ml = MyList([1])
ml.append(2)
assert list.__getitem__(ml, 1) == 4 and ml[0] == 'item' and len(ml) == 2
ml.tag = 't'
assert ml.tag == 't' and ml.__dict__ == {'tag': 't'}
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1)
assert md['a'] == 1 and md['b'] == 'bb' and md.get('b') is None
class MyTuple(tuple):
    def first(self): return self[0]
assert MyTuple((5, 6)).first() == 5 and MyTuple((5, 6)) == (5, 6)
class MyFloat(float):
    def __repr__(self): return 'MF'
assert repr(MyFloat(1.5)) == 'MF' and MyFloat(1.5) + 1 == 2.5
class MyExc(ValueError):
    def __str__(self): return 'custom'
try:
    raise MyExc('x')
except ValueError as e:
    assert str(e) == 'custom' and e.args == ('x',)
class Init(list):
    def __init__(self, *args):
        list.__init__(self, args)
assert Init(1, 2) == [1, 2]
class NewInt(int):
    def __new__(cls, v): return int.__new__(cls, v * 10)
assert NewInt(2) == 20 and type(NewInt(2)) is NewInt
r = catch(lambda: int.__new__(str))
assert r == 'TypeError: int.__new__(str): str is not a subtype of int', r
r = catch(lambda: int.__new__(MyStr))
assert r == 'TypeError: int.__new__(MyStr): MyStr is not a subtype of int', r

# A binary operator whose methods all decline tries each method once.
log = []
class A:
    def __add__(self, o):
        log.append('A.add')
        return NotImplemented
    def __radd__(self, o):
        log.append('A.radd')
        return NotImplemented
class B(A):
    def __radd__(self, o):
        log.append('B.radd')
        return NotImplemented
try:
    A() + B()
except TypeError as e:
    assert str(e) == "unsupported operand type(s) for +: 'A' and 'B'"
assert log == ['B.radd', 'A.add'], log
log[:] = []
try:
    B() + A()
except TypeError as e:
    pass
assert log == ['A.add', 'A.radd'], log
log[:] = []
try:
    A() + A()
except TypeError as e:
    pass
assert log == ['A.add'], log
class C:
    def __radd__(self, o):
        log.append('C.radd')
        return NotImplemented
log[:] = []
try:
    A() + C()
except TypeError:
    pass
assert log == ['A.add', 'C.radd'], log
