# Dicts: item access, methods, views and their set operations, iteration
# errors, __missing__, the constructor, comparisons and repr.

def catch(thunk):
    try:
        thunk()
    except BaseException as e:
        return type(e).__name__ + ': ' + str(e)
    return None

def args_of(thunk):
    try:
        thunk()
    except BaseException as e:
        return type(e).__name__, e.args

d = {'a': 1, 'b': 2}
assert d['a'] == 1 and len(d) == 2 and 'a' in d and 'z' not in d
assert args_of(lambda: d['z']) == ('KeyError', ('z',))
assert args_of(lambda: {}[(1, 2)]) == ('KeyError', ((1, 2),)), args_of(lambda: {}[(1, 2)])
assert catch(lambda: {}[[]]) == "TypeError: unhashable type: 'list'"
assert catch(lambda: [] in {}) == "TypeError: unhashable type: 'list'"
def delitem(d, k):
    del d[k]
assert args_of(lambda: delitem({1: 2}, 2)) == ('KeyError', (2,))
d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
assert d == {1: 'bool'} and len(d) == 1, repr(d)
d['x'] = 1
del d['x']
assert d == {1: 'bool'}

# Many keys, deletions and reinsertions.
d = {}
for i in range(1000):
    d[i] = i * i
    d[str(i)] = i
for i in range(0, 1000, 2):
    del d[i]
    del d[str(i + 1)]
assert len(d) == 1000, len(d)
assert all(d[i] == i * i for i in range(1, 1000, 2))
assert all(d[str(i)] == i for i in range(0, 1000, 2))

# Methods.
d = {1: 2}
assert d.get(1) == 2 and d.get(3) is None and d.get(3, 4) == 4
assert d.setdefault(1, 5) == 2 and d.setdefault(3, 5) == 5 and d == {1: 2, 3: 5}
assert d.setdefault(4) is None and d[4] is None
assert d.pop(4) is None and d.pop(4, 'x') == 'x'
assert d.popitem() in [(1, 2), (3, 5)] and len(d) == 1
d.clear()
assert d == {}
d.update({1: 2})
d.update([(3, 4)], a=5)
d.update(b=6)
d.update(['xy'])
assert d == {1: 2, 3: 4, 'a': 5, 'b': 6, 'x': 'y'}, repr(d)
c = d.copy()
assert c == d and c is not d
assert dict.fromkeys('ab') == {'a': None, 'b': None}
assert dict.fromkeys([1, 2], 0) == {1: 0, 2: 0}
assert {}.fromkeys({1: 2}) == {1: None} and dict.fromkeys({3}, 1) == {3: 1}

class Keys:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
assert dict(Keys()) == {'k1': 'K1', 'k2': 'K2'}
d = {}
d.update(Keys())
assert d == {'k1': 'K1', 'k2': 'K2'}

assert catch(lambda: {}.get()) == 'TypeError: get expected at least 1 arguments, got 0'
assert catch(lambda: {}.get(1, 2, 3)) == 'TypeError: get expected at most 2 arguments, got 3'
assert catch(lambda: {}.pop()) == 'TypeError: pop expected at least 1 arguments, got 0'
assert args_of(lambda: {}.pop((1,))) == ('KeyError', ((1,),))
assert args_of(lambda: {}.popitem()) == ('KeyError', ('popitem(): dictionary is empty',))
assert catch(lambda: {}.setdefault()) == 'TypeError: setdefault expected at least 1 arguments, got 0'
assert catch(lambda: {}.update(1)) == "TypeError: 'int' object is not iterable"
assert catch(lambda: {}.update([1])) == 'TypeError: cannot convert dictionary update sequence element #0 to a sequence'
assert catch(lambda: {}.update([(1, 2, 3)])) == 'ValueError: dictionary update sequence element #0 has length 3; 2 is required'
assert catch(lambda: {}.update([(1, 2)], [3])) == 'TypeError: update expected at most 1 arguments, got 2'
assert catch(lambda: dict(['ab', 'c'])) == 'ValueError: dictionary update sequence element #1 has length 1; 2 is required'
assert catch(lambda: dict({1: 2}, {3: 4})) == 'TypeError: dict expected at most 1 arguments, got 2'
assert catch(lambda: dict.fromkeys()) == 'TypeError: fromkeys expected at least 1 arguments, got 0'
assert catch(lambda: dict.fromkeys(3)) == "TypeError: 'int' object is not iterable"
assert catch(lambda: {}.keys(1)) == 'TypeError: keys() takes no arguments (1 given)'
assert catch(lambda: {}.copy(1)) == 'TypeError: copy() takes no arguments (1 given)'
assert catch(lambda: dict(None)) == "TypeError: 'NoneType' object is not iterable"

# Constructor.
assert dict() == {} and dict(a=1) == {'a': 1} and dict([(1, 2)], a=1) == {1: 2, 'a': 1}
assert dict(zip('ab', 'cd')) == {'a': 'c', 'b': 'd'} and dict({1: 2}) == {1: 2}
assert dict(**{'a': 1}) == {'a': 1}

# Comparisons.
assert {1: 2, 'x': []} == {'x': [], 1: 2} and {1: 2} != {1: 3} and {1: 2} != {2: 2}
assert {1: 2} != [] and not ({1: 2} == [])
assert catch(lambda: {1: 2} < {1: 2}) == 'TypeError: unorderable types: dict() < dict()'
assert catch(lambda: hash({})) == "TypeError: unhashable type: 'dict'"

# Repr.
assert repr({}) == '{}' and repr({1: 'a'}) == "{1: 'a'}"
d = {}
d[1] = d
assert repr(d) == '{1: {...}}', repr(d)
d = {}
d[1] = [d]
assert repr(d) == '{1: [{...}]}'

# Views.
d = {1: 2}
k, v, i = d.keys(), d.values(), d.items()
assert repr(k) == 'dict_keys([1])' and repr(v) == 'dict_values([2])' and repr(i) == 'dict_items([(1, 2)])'
assert repr({}.keys()) == 'dict_keys([])'
assert len(k) == len(v) == len(i) == 1
d[3] = 4
assert len(k) == 2 and sorted(k) == [1, 3] and sorted(v) == [2, 4] and sorted(i) == [(1, 2), (3, 4)]
del d[3]
assert k & {1} == {1} and type(k & {1}) is set
assert k | [3] == {1, 3} and k - [1] == set() and k ^ [1, 4] == {4}
assert [3] | k == {1, 3} and [1, 5] - k == {5}
assert i & {(1, 2)} == {(1, 2)}
assert catch(lambda: i | 3) == "TypeError: 'int' object is not iterable"
assert catch(lambda: k | 3) == "TypeError: 'int' object is not iterable"
assert k == {1} and k < {1, 2} and not k <= set() and k >= set() and k != {2}
assert i == {(1, 2)} and k == d.keys() and not (k == [1])
assert v != d.values()
assert k.isdisjoint([2]) and not k.isdisjoint([1]) and not i.isdisjoint({(1, 2)})
assert (1, 2) in i and [1, 2] not in i and 1 not in i and [] not in i and (1, 3) not in i
assert catch(lambda: [] in k) == "TypeError: unhashable type: 'list'"
assert 2 in v and 3 not in v

# Iteration and changes.
def grow():
    d = {1: 2, 3: 4}
    for key in d:
        d[5] = 1
def shrink():
    d = {1: 2, 3: 4}
    for key in d:
        del d[3]
def grow_items():
    d = {1: 2, 3: 4}
    for item in d.items():
        d[5] = 1
for f in grow, shrink, grow_items:
    assert catch(f) == 'RuntimeError: dictionary changed size during iteration', catch(f)
d = {1: 2, 3: 4}
for key in d:
    d[key] = 0
assert d == {1: 0, 3: 0}
names = sorted(type(x).__name__ for x in (iter({}), iter({}.values()), iter({}.items())))
assert names == ['dict_itemiterator', 'dict_keyiterator', 'dict_valueiterator'], names
it = iter({1: 2, 3: 4})
assert it.__length_hint__() == 2
next(it)
assert it.__length_hint__() == 1

# Subclasses and __missing__.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c['a'] += 1
c['a'] += 1
assert c == {'a': 2} and c['b'] == 0 and 'b' not in c and c.get('b') is None
class Plain(dict):
    pass
assert args_of(lambda: Plain()[4]) == ('KeyError', (4,))
assert not hasattr(dict, '__missing__')
assert type(Plain.fromkeys([1])) is Plain and type(Plain(a=1).copy()) is dict
p = Plain(a=1)
p.x = 5
assert p.x == 5 and p == {'a': 1}

# Keys with their own __eq__ and __hash__.
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
d = {Key(1): 'one', Key('a'): 'a'}
assert d[Key(1)] == 'one' and d[Key('a')] == 'a' and 1 not in d and 'a' not in d
class Unhashable:
    __hash__ = None
assert catch(lambda: {Unhashable(): 1}) == "TypeError: unhashable type: 'Unhashable'"
