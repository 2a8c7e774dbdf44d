# difflib (SequenceMatcher, Differ/ndiff, unified and context diffs,
# get_close_matches) and pprint, with Python 3.2's exact outputs.
import difflib
import pprint
import io

sm = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
blocks = sm.get_matching_blocks()
assert type(blocks) is map  # 3.2: an iterator the first time...
assert list(blocks) == [(0, 0, 2), (3, 2, 2), (5, 4, 0)]
assert sm.get_matching_blocks() == [(0, 0, 2), (3, 2, 2), (5, 4, 0)]  # ...then the list
assert sm.get_opcodes() == [('equal', 0, 2, 0, 2), ('delete', 2, 3, 2, 2),
                            ('equal', 3, 5, 2, 4)]
assert sm.ratio() == 0.8888888888888888
assert sm.quick_ratio() == 0.8888888888888888
assert sm.real_quick_ratio() == 0.8888888888888888
assert difflib.SequenceMatcher(None, '', '').ratio() == 1.0

sm = difflib.SequenceMatcher(lambda c: c == ' ', 'private Thread currentThread;',
                             'private volatile Thread currentThread;')
assert round(sm.ratio(), 3) == 0.866
assert sm.find_longest_match(0, 29, 0, 38) == difflib.Match(a=14, b=23, size=15)
assert sm.bjunk == {' '}
m = difflib.SequenceMatcher(None, ' abcd', 'abcd abcd').find_longest_match(0, 5, 0, 9)
assert (m.a, m.b, m.size) == (0, 4, 5)
m = difflib.SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd').find_longest_match(0, 5, 0, 9)
assert (m.a, m.b, m.size) == (1, 0, 4)
assert difflib.SequenceMatcher(None, 'ab', 'c').find_longest_match(0, 2, 0, 1) == (0, 0, 0)

# The popular-element heuristic (autojunk) of 3.2.
b = 'x' * 150 + 'abc' + 'y' * 60
sm = difflib.SequenceMatcher(None, 'abc' + 'x' * 5, b)
assert sm.bpopular == {'x', 'y'}
assert sm.get_opcodes() == [('insert', 0, 0, 0, 150), ('equal', 0, 3, 150, 153),
                            ('replace', 3, 8, 153, 213)]
sm = difflib.SequenceMatcher(None, 'abc' + 'x' * 5, b, autojunk=False)
assert sm.bpopular == set()
assert sm.get_opcodes() == [('delete', 0, 3, 0, 0), ('equal', 3, 8, 0, 5),
                            ('insert', 8, 8, 5, 213)], sm.get_opcodes()

grouped = list(difflib.SequenceMatcher(None, list(range(20)),
                                       list(range(5)) + [99] + list(range(6, 20))).get_grouped_opcodes(2))
assert grouped == [[('equal', 3, 5, 3, 5), ('replace', 5, 6, 5, 6), ('equal', 6, 8, 6, 8)]]

a = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n'.splitlines(True)
b = 'one\ntwo\ntree\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\n'.splitlines(True)
assert ''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt', 'D1', 'D2', n=1)) == '''\
--- a.txt\tD1
+++ b.txt\tD2
@@ -2,3 +2,3 @@
 two
-three
+tree
 four
@@ -10 +10,2 @@
 ten
+eleven
'''
assert ''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt', n=1)) == '''\
*** a.txt
--- b.txt
***************
*** 2,4 ****
  two
! three
  four
--- 2,4 ----
  two
! tree
  four
***************
*** 10 ****
--- 10,11 ----
  ten
+ eleven
'''
assert list(difflib.unified_diff(['a'], ['b'], lineterm='')) == [
    '--- ', '+++ ', '@@ -1 +1 @@', '-a', '+b']
assert list(difflib.unified_diff([], ['x'])) == ['--- \n', '+++ \n', '@@ -0,0 +1 @@\n', '+x']
assert list(difflib.unified_diff(['same'], ['same'])) == []

assert list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])) == [
    '- one\n', '?  ^\n', '+ ore\n', '?  ^\n', '- two\n', '- three\n', '?  -\n',
    '+ tree\n', '+ emu\n']
assert list(difflib.ndiff(['\tabcDefghiJkl\n'], ['\t\tabcdefGhijkl\n'])) == [
    '- \tabcDefghiJkl\n', '?     ^  ^  ^\n', '+ \t\tabcdefGhijkl\n', '? +    ^  ^  ^\n']
assert list(difflib.ndiff(['private Thread currentThread;\n'],
                          ['private volatile Thread currentThread;\n'])) == [
    '- private Thread currentThread;\n',
    '+ private volatile Thread currentThread;\n',
    '?         +++++++++\n']
diff = list(difflib.ndiff(a, b))
assert ''.join(difflib.restore(diff, 1)) == ''.join(a)
assert ''.join(difflib.restore(diff, 2)) == ''.join(b)
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    assert str(e) == 'unknown delta choice (must be 1 or 2): 3'
assert difflib.IS_LINE_JUNK('  # \n') and not difflib.IS_LINE_JUNK('x\n')
assert difflib.IS_CHARACTER_JUNK('\t') and not difflib.IS_CHARACTER_JUNK('\n')

assert difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']) == ['apple', 'ape']
assert difflib.get_close_matches('wheel', ['while', 'for', 'with', 'def', 'whole'], n=1) == ['whole']
assert difflib.get_close_matches('xyz', ['abc']) == []
for bad, message in [({'n': 0}, 'n must be > 0: 0'),
                     ({'cutoff': 1.5}, 'cutoff must be in [0.0, 1.0]: 1.5')]:
    try:
        difflib.get_close_matches('a', ['a'], **bad)
    except ValueError as e:
        assert str(e) == message
    else:
        raise AssertionError(bad)

# pprint.
data = {'b': [1, 2, 3] * 10, 'a': ('x' * 30, 'y' * 30, {'z': 1, 'q': (1,)}),
        'c': {5, 4, 3}, 'fs': frozenset(range(12)), 'e': set(), 'f': frozenset()}
assert pprint.pformat(data) == '''\
{'a': ('xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
       'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',
       {'q': (1,), 'z': 1}),
 'b': [1,
       2,
       3,
       1,
       2,
       3,
       1,
       2,
       3,
       1,
       2,
       3,
       1,
       2,
       3,
       1,
       2,
       3,
       1,
       2,
       3,
       1,
       2,
       3,
       1,
       2,
       3,
       1,
       2,
       3],
 'c': {3, 4, 5},
 'e': set(),
 'f': frozenset(),
 'fs': frozenset({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})}''', pprint.pformat(data)
assert pprint.pformat(data, depth=1) == ("{'a': (...),\n 'b': [...],\n 'c': {3, 4, 5},\n 'e': set(),\n"
                                         " 'f': frozenset(),\n 'fs': frozenset({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11})}")
assert pprint.pformat(list(range(8)), width=10, indent=3) == \
    '[  0,\n   1,\n   2,\n   3,\n   4,\n   5,\n   6,\n   7]'
assert pprint.pformat(frozenset(range(30)), width=40).split('\n')[:2] == [
    'frozenset({0,', '           1,']
assert pprint.pformat((('a' * 50,), 'b' * 40)) == \
    "(('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',),\n 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb')"
assert pprint.pformat({1: 'a', 'x': 2, None: 3}) == "{None: 3, 1: 'a', 'x': 2}"
recursive = [1, 2]
recursive.append(recursive)
assert pprint.saferepr(recursive) == '[1, 2, <Recursion on list with id=%d>]' % id(recursive)
assert pprint.isrecursive(recursive) and not pprint.isreadable(recursive)
assert pprint.isreadable([1, 'a', (None,), {2: 3.5}])
assert not pprint.isreadable(object())
class L(list):
    pass
class R(list):
    def __repr__(self):
        return 'R!'
assert pprint.pformat(L(range(30)), width=20).startswith('[0,\n 1,')
assert pprint.pformat(R(range(30)), width=20) == 'R!'
stream = io.StringIO()
pprint.pprint({'k': 'v'}, stream=stream)
assert stream.getvalue() == "{'k': 'v'}\n"
printer = pprint.PrettyPrinter(width=20)
assert printer.isreadable(3) and printer.isrecursive(recursive)
for bad in [{'indent': -1}, {'depth': 0}, {'width': 0}]:
    try:
        pprint.PrettyPrinter(**bad)
    except AssertionError:
        pass
    else:
        raise AssertionError(bad)
