# unittest's assertion methods: what passes, what fails, and the exact
# failure messages (diffs included) Python 3.2 gives.
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def failure(fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except AssertionError as e:
        return str(e)
    raise RuntimeError('no failure from %s' % fn.__name__)


# Passing assertions return None and raise nothing.
t.assertEqual(1, 1)
t.assertNotEqual(1, 2)
t.assertTrue([1])
t.assertFalse('')
t.assertIs(None, None)
t.assertIsNot([], [])
t.assertIsNone(None)
t.assertIsNotNone(0)
t.assertIn(2, [1, 2])
t.assertNotIn(3, [1, 2])
t.assertIsInstance(1, int)
t.assertNotIsInstance(1, str)
t.assertAlmostEqual(1.0, 1.00000001)
t.assertAlmostEqual(1.0, 1.1, places=0)
t.assertAlmostEqual(5, 7, delta=2)
t.assertNotAlmostEqual(1.0, 1.1)
t.assertGreater(2, 1)
t.assertGreaterEqual(2, 2)
t.assertLess(1, 2)
t.assertLessEqual(2, 2)
t.assertRegex('hello world', 'o w')
t.assertNotRegex('hello', 'z+')
t.assertCountEqual([1, 2, 2, 'a'], ['a', 2, 1, 2])
t.assertCountEqual([{}, [1]], [[1], {}])
t.assertSequenceEqual([1, 2], (1, 2))
t.assertListEqual([1], [1])
t.assertTupleEqual((1,), (1,))
t.assertSetEqual({1, 2}, frozenset([2, 1]))
t.assertDictEqual({'a': 1}, {'a': 1})
t.assertMultiLineEqual('a\nb\n', 'a\nb\n')

# Simple messages.
assert failure(t.assertEqual, 1, 2) == '1 != 2'
assert failure(t.assertNotEqual, 1, 1) == '1 == 1'
assert failure(t.assertTrue, 0) == '0 is not true'
assert failure(t.assertFalse, [1]) == '[1] is not false'
assert failure(t.assertIs, 1, None) == '1 is not None'
assert failure(t.assertIsNot, None, None) == 'unexpectedly identical: None'
assert failure(t.assertIsNone, 'x') == "'x' is not None"
assert failure(t.assertIsNotNone, None) == 'unexpectedly None'
assert failure(t.assertIn, 3, [1, 2]) == '3 not found in [1, 2]'
assert failure(t.assertNotIn, 1, [1, 2]) == '1 unexpectedly found in [1, 2]'
assert failure(t.assertIsInstance, 1, str) == "1 is not an instance of <class 'str'>"
assert failure(t.assertNotIsInstance, 1, int) == "1 is an instance of <class 'int'>"
assert failure(t.assertGreater, 1, 2) == '1 not greater than 2'
assert failure(t.assertGreaterEqual, 1, 2) == '1 not greater than or equal to 2'
assert failure(t.assertLess, 2, 1) == '2 not less than 1'
assert failure(t.assertLessEqual, 2, 1) == '2 not less than or equal to 1'
assert failure(t.assertAlmostEqual, 1.0, 1.1) == '1.0 != 1.1 within 7 places'
assert failure(t.assertAlmostEqual, 1, 5, delta=2) == '1 != 5 within 2 delta'
assert failure(t.assertNotAlmostEqual, 1, 1) == '1 == 1 within 7 places'
assert failure(t.assertNotAlmostEqual, 1, 2, delta=3) == '1 == 2 within 3 delta'
try:
    t.assertAlmostEqual(1, 2, places=1, delta=1)
except TypeError as e:
    assert str(e) == 'specify delta or places not both'
else:
    raise AssertionError('places and delta together accepted')
assert failure(t.assertRegex, 'abc', 'x+') == "Regex didn't match: 'x+' not found in 'abc'"
assert failure(t.assertRegex, 'abc', 'x+', 'mine') == "mine: 'x+' not found in 'abc'"
assert failure(t.assertNotRegex, 'abcd', 'b.') == "Regex matched: 'bc' matches 'b.' in 'abcd'"
assert failure(t.fail) == 'None'
assert failure(t.fail, 'boom') == 'boom'

# longMessage (True in 3.2) appends the message; False replaces it.
assert failure(t.assertEqual, 1, 2, 'extra') == '1 != 2 : extra'
t.longMessage = False
assert failure(t.assertEqual, 1, 2, 'extra') == 'extra'
assert failure(t.assertEqual, 1, 2) == '1 != 2'
t.longMessage = True

# Sequence diffs.
assert failure(t.assertEqual, [1, 2, 3], [1, 2, 4]) == (
    'Lists differ: [1, 2, 3] != [1, 2, 4]\n\n'
    'First differing element 2:\n3\n4\n\n'
    '- [1, 2, 3]\n?        ^\n\n+ [1, 2, 4]\n?        ^\n')
assert failure(t.assertEqual, (1, 2), (1, 2, 3)) == (
    'Tuples differ: (1, 2) != (1, 2, 3)\n\n'
    'Second tuple contains 1 additional elements.\n'
    'First extra element 2:\n3\n\n'
    '- (1, 2)\n+ (1, 2, 3)\n?      +++\n')
assert failure(t.assertSequenceEqual, 'abc', 'abd') == (
    "Sequences differ: 'abc' != 'abd'\n\n"
    "First differing element 2:\nc\nd\n\n"
    "- 'abc'\n?    ^\n\n+ 'abd'\n?    ^\n")
assert failure(t.assertListEqual, (1,), [1]) == 'First sequence is not a list: (1,)'
assert failure(t.assertSequenceEqual, 1, [1]) == (
    'First sequence has no length.    Non-sequence?\n- 1\n+ [1]')

# Long reprs are cut to 30 characters in the first line.
long1 = list(range(20))
long2 = list(range(19)) + [99]
msg = failure(t.assertEqual, long1, long2)
assert msg.startswith('Lists differ: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9,... != '
                      '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9,...\n\n'
                      'First differing element 19:\n19\n99\n'), msg

# maxDiff: a diff longer than it is replaced by a note.
t.maxDiff = 10
msg = failure(t.assertEqual, [1, 2, 3], [1, 2, 4])
assert msg == ('Lists differ: [1, 2, 3] != [1, 2, 4]\n\n'
               'First differing element 2:\n3\n4\n\n'
               'Diff is 48 characters long. Set self.maxDiff to None to see it.'), msg
t.maxDiff = None

# Dicts, sets, strings, counts.
assert failure(t.assertEqual, {'a': 1, 'b': 2}, {'a': 1, 'b': 3}) == (
    "{'a': 1, 'b': 2} != {'a': 1, 'b': 3}\n"
    "- {'a': 1, 'b': 2}\n?               ^\n\n"
    "+ {'a': 1, 'b': 3}\n?               ^\n")
assert failure(t.assertDictEqual, [], {}) == '[] is not an instance of <class \'dict\'> : First argument is not a dictionary'
assert failure(t.assertSetEqual, {1, 2}, {2, 3}) == (
    'Items in the first set but not the second:\n1\n'
    'Items in the second set but not the first:\n3')
assert failure(t.assertSetEqual, {1}, [[]]).startswith('invalid type when attempting set difference')
assert failure(t.assertSetEqual, 1, {1}).startswith('first argument does not support set difference')
assert failure(t.assertEqual, 'abc\ndef\n', 'abc\nxyz\n') == (
    "'abc\\ndef\\n' != 'abc\\nxyz\\n'\n  abc\n- def\n+ xyz\n")
assert failure(t.assertEqual, 'spam', 'spAm') == (
    "'spam' != 'spAm'\n- spam\n?   ^\n+ spAm\n?   ^\n")
assert failure(t.assertCountEqual, [1, 1, 2], [1, 2, 2]) == (
    'Element counts were not equal:\n'
    'First has 2, Second has 1:  1\n'
    'First has 1, Second has 2:  2')
assert failure(t.assertCountEqual, [[1], {}], [[1]]) == (
    'Element counts were not equal:\nFirst has 1, Second has 0:  {}')

# Subclasses of list do not get the list comparison.
class L(list):
    pass
assert failure(t.assertEqual, L([1]), L([2])) == '[1] != [2]'

# addTypeEqualityFunc, by function and by method name.
class Point:
    def __init__(self, x):
        self.x = x
calls = []
def compare_points(a, b, msg=None):
    calls.append((a.x, b.x, msg))
t.addTypeEqualityFunc(Point, compare_points)
t.assertEqual(Point(1), Point(2), 'm')
assert calls == [(1, 2, 'm')]

# assertRaises: callable form, context form with .exception, messages.
t.assertRaises(ZeroDivisionError, lambda: 1 / 0)
t.assertRaises((KeyError, IndexError), [].pop)
with t.assertRaises(ValueError) as cm:
    int('x')
assert isinstance(cm.exception, ValueError)
assert cm.exception.__traceback__ is None
assert failure(t.assertRaises, KeyError, len, []) == 'KeyError not raised by len'
def ctx_no_raise():
    with t.assertRaises(KeyError):
        pass
assert failure(ctx_no_raise) == 'KeyError not raised'
# An exception of another class goes through unchanged.
try:
    with t.assertRaises(KeyError):
        raise ValueError('other')
except ValueError as e:
    assert str(e) == 'other'
with t.assertRaisesRegex(ValueError, 'inv.lid') as cm:
    int('q')
assert failure(t.assertRaisesRegex, ValueError, '^x', int, 'q') == (
    '"^x" does not match "invalid literal for int() with base 10: \'q\'"')

# assertWarns and assertWarnsRegex.
def warn_user():
    warnings.warn('careful now', UserWarning)
t.assertWarns(UserWarning, warn_user)
with t.assertWarns(UserWarning) as cm:
    warn_user()
assert str(cm.warning) == 'careful now'
assert cm.filename == __file__
assert isinstance(cm.lineno, int)
assert failure(t.assertWarns, DeprecationWarning, warn_user) == \
    'DeprecationWarning not triggered by warn_user'
def ctx_no_warn():
    with t.assertWarns(UserWarning):
        pass
assert failure(ctx_no_warn) == 'UserWarning not triggered'
t.assertWarnsRegex(UserWarning, 'care', warn_user)
assert failure(t.assertWarnsRegex, UserWarning, 'xyz', warn_user) == \
    '"xyz" does not match "careful now"'

# Deprecated names work and warn DeprecationWarning naming the new one.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t.assertEquals(1, 1)
    t.failUnless(True)
    t.assert_(True)
    t.failIf(False)
    t.failUnlessEqual(2, 2)
    t.assertNotEquals(1, 2)
    t.failUnlessRaises(KeyError, {}.pop, 1)
    t.assertDictContainsSubset({'a': 1}, {'a': 1, 'b': 2})
    t.assertSameElements([1, 2], [2, 1, 1])
messages = [str(w.message) for w in caught]
assert messages == ['Please use assertEqual instead.',
                    'Please use assertTrue instead.',
                    'Please use assertTrue instead.',
                    'Please use assertFalse instead.',
                    'Please use assertEqual instead.',
                    'Please use assertNotEqual instead.',
                    'Please use assertRaises instead.',
                    'assertDictContainsSubset is deprecated',
                    'assertSameElements is deprecated'], messages
assert all(w.category is DeprecationWarning for w in caught)
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    assert failure(t.assertDictContainsSubset, {'a': 1, 'c': 3}, {'a': 2}) == \
        "Missing: 'c'; Mismatched values: 'a', expected: 1, actual: 2"
    assert failure(t.assertSameElements, [1, 2], [2, 3]) == \
        'Expected, but missing:\n    [1]\nUnexpected, but present:\n    [3]'

# The instance-level attributes.
assert T.longMessage is True
assert T.maxDiff == 640
assert T.failureException is AssertionError
