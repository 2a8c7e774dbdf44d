"""TestCase and FunctionTestCase, the skip decorators and the assertion
context managers."""

import sys
import functools
import difflib
import pprint
import re
import warnings
import collections

from . import result
from .util import (strclass, safe_repr, sorted_list_difference,
                   unorderable_list_difference, _count_diff_all_purpose,
                   _count_diff_hashable)

# Frames of modules defining __unittest are left out of failure reports.
__unittest = True


DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')


class SkipTest(Exception):
    """Raised by a test (or setUp, setUpClass, setUpModule) to skip it.

    TestCase.skipTest() and the skip decorators raise it for you.
    """


class _ExpectedFailure(Exception):
    """Carries the exception of a test marked expectedFailure that failed."""

    def __init__(self, exc_info):
        super(_ExpectedFailure, self).__init__()
        self.exc_info = exc_info


class _UnexpectedSuccess(Exception):
    """A test marked expectedFailure passed."""


class _Outcome(object):
    # What happened while running the parts (setUp, test, tearDown,
    # cleanups) of one test.
    def __init__(self):
        self.success = True
        self.skipped = None
        self.unexpectedSuccess = None
        self.expectedFailure = None
        self.errors = []
        self.failures = []


def _id(obj):
    return obj


def skip(reason):
    """Decorator skipping a test method or a whole TestCase class."""
    def mark(test_item):
        if not isinstance(test_item, type):
            @functools.wraps(test_item)
            def skipped(*args, **kwargs):
                raise SkipTest(reason)
            test_item = skipped
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    return mark


def skipIf(condition, reason):
    """Skip the decorated test when condition is true."""
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    """Skip the decorated test unless condition is true."""
    return _id if condition else skip(reason)


def expectedFailure(func):
    """Mark a test as expected to fail: a failure is not counted as one,
    and a pass is reported as an unexpected success."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            func(*args, **kwargs)
        except Exception:
            raise _ExpectedFailure(sys.exc_info())
        raise _UnexpectedSuccess
    return wrapper


class _AssertRaisesBaseContext(object):

    def __init__(self, expected, test_case, callable_obj=None,
                 expected_regex=None):
        self.expected = expected
        self.failureException = test_case.failureException
        if callable_obj is None:
            self.obj_name = None
        else:
            try:
                self.obj_name = callable_obj.__name__
            except AttributeError:
                self.obj_name = str(callable_obj)
        if isinstance(expected_regex, (bytes, str)):
            expected_regex = re.compile(expected_regex)
        self.expected_regex = expected_regex

    def _expected_name(self):
        try:
            return self.expected.__name__
        except AttributeError:
            return str(self.expected)


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """Context manager behind assertRaises and assertRaisesRegex."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            name = self._expected_name()
            if self.obj_name:
                raise self.failureException(
                    "{0} not raised by {1}".format(name, self.obj_name))
            raise self.failureException("{0} not raised".format(name))
        if not issubclass(exc_type, self.expected):
            # Anything else goes on up.
            return False
        # Kept without its traceback, so no frames stay alive.
        self.exception = exc_value.with_traceback(None)
        regex = self.expected_regex
        if regex is not None and not regex.search(str(exc_value)):
            raise self.failureException(
                '"%s" does not match "%s"' % (regex.pattern, str(exc_value)))
        return True


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """Context manager behind assertWarns and assertWarnsRegex."""

    def __enter__(self):
        # Warnings already shown once would be suppressed by the
        # registries: start from clean ones.
        for module in list(sys.modules.values()):
            if getattr(module, '__warningregistry__', None):
                module.__warningregistry__ = {}
        self.warnings_manager = warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return
        first = None
        for record in self.warnings:
            w = record.message
            if not isinstance(w, self.expected):
                continue
            if first is None:
                first = w
            if (self.expected_regex is not None and
                    not self.expected_regex.search(str(w))):
                continue
            self.warning = w
            self.filename = record.filename
            self.lineno = record.lineno
            return
        if first is not None:
            raise self.failureException('"%s" does not match "%s"' %
                                        (self.expected_regex.pattern, str(first)))
        name = self._expected_name()
        if self.obj_name:
            raise self.failureException(
                "{0} not triggered by {1}".format(name, self.obj_name))
        raise self.failureException("{0} not triggered".format(name))


class TestCase(object):
    """One test: an instance runs one method of the class (by default
    'runTest'), between setUp() and tearDown().

    Subclass it and write test methods; the framework makes an instance
    per method, so a subclass's __init__ must keep the signature and call
    this one.
    """

    # Raised by the assertion methods; a test raising it has failed
    # (any other exception is an error).
    failureException = AssertionError

    # Whether a message passed to an assertion is added to the standard
    # one (True) or replaces it.
    longMessage = True

    # Longest diff put into a failure message; None for no limit.
    maxDiff = 80 * 8

    # Strings longer than this are compared without difflib.
    _diffThreshold = 2 ** 16

    # Set by TestSuite when setUpClass failed.
    _classSetupFailed = False

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcomeForDoCleanups = None
        self._testMethodDoc = 'No test'
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                # 'runTest' may be missing (the instance is then only
                # used for its assertion methods); any other name may not.
                raise ValueError("no such test method in %s: %s" %
                                 (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__
        self._cleanups = []
        self._type_equality_funcs = {}
        self.addTypeEqualityFunc(dict, 'assertDictEqual')
        self.addTypeEqualityFunc(list, 'assertListEqual')
        self.addTypeEqualityFunc(tuple, 'assertTupleEqual')
        self.addTypeEqualityFunc(set, 'assertSetEqual')
        self.addTypeEqualityFunc(frozenset, 'assertSetEqual')
        self.addTypeEqualityFunc(str, 'assertMultiLineEqual')

    def addTypeEqualityFunc(self, typeobj, function):
        """Have assertEqual call function(first, second, msg=None) when
        both arguments are exactly of type typeobj; function may also be
        the name of a method of the test."""
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, *args, **kwargs):
        """Call function(*args, **kwargs) after tearDown, last added first;
        also when setUp failed (but not when it was never run)."""
        self._cleanups.append((function, args, kwargs))

    def setUp(self):
        "Hook method for setting up the test fixture before exercising it."
        pass

    def tearDown(self):
        "Hook method for deconstructing the test fixture after testing it."
        pass

    @classmethod
    def setUpClass(cls):
        "Hook method for setting up class fixture before running tests in the class."

    @classmethod
    def tearDownClass(cls):
        "Hook method for deconstructing the class fixture after running all tests in the class."

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return result.TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        return doc and doc.split("\n")[0].strip() or None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s)" % (self._testMethodName, strclass(self.__class__))

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__),
                                       self._testMethodName)

    def _addSkip(self, result, reason):
        addSkip = getattr(result, 'addSkip', None)
        if addSkip is None:
            warnings.warn("TestResult has no addSkip method, skips not reported",
                          RuntimeWarning, 2)
            result.addSuccess(self)
        else:
            addSkip(self, reason)

    def _executeTestPart(self, function, outcome, isTest=False):
        try:
            function()
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            outcome.success = False
            outcome.skipped = str(e)
        except _UnexpectedSuccess:
            outcome.success = False
            if isTest:
                outcome.unexpectedSuccess = sys.exc_info()
            else:
                outcome.errors.append(sys.exc_info())
        except _ExpectedFailure:
            outcome.success = False
            if isTest:
                outcome.expectedFailure = sys.exc_info()
            else:
                outcome.errors.append(sys.exc_info())
        except self.failureException:
            outcome.success = False
            outcome.failures.append(sys.exc_info())
        except:
            outcome.success = False
            outcome.errors.append(sys.exc_info())

    def run(self, result=None):
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            startTestRun = getattr(result, 'startTestRun', None)
            if startTestRun is not None:
                startTestRun()
        result.startTest(self)
        method = getattr(self, self._testMethodName)
        if (getattr(self.__class__, "__unittest_skip__", False) or
                getattr(method, "__unittest_skip__", False)):
            try:
                why = (getattr(self.__class__, '__unittest_skip_why__', '') or
                       getattr(method, '__unittest_skip_why__', ''))
                self._addSkip(result, why)
            finally:
                result.stopTest(self)
            return
        try:
            outcome = _Outcome()
            self._outcomeForDoCleanups = outcome
            self._executeTestPart(self.setUp, outcome)
            if outcome.success:
                self._executeTestPart(method, outcome, isTest=True)
                self._executeTestPart(self.tearDown, outcome)
            self.doCleanups()
            if outcome.success:
                result.addSuccess(self)
            else:
                self._report(result, outcome)
        finally:
            result.stopTest(self)
            if own_result:
                stopTestRun = getattr(result, 'stopTestRun', None)
                if stopTestRun is not None:
                    stopTestRun()

    def _report(self, result, outcome):
        if outcome.skipped is not None:
            self._addSkip(result, outcome.skipped)
        for exc_info in outcome.errors:
            result.addError(self, exc_info)
        for exc_info in outcome.failures:
            result.addFailure(self, exc_info)
        if outcome.unexpectedSuccess is not None:
            report = getattr(result, 'addUnexpectedSuccess', None)
            if report is None:
                warnings.warn("TestResult has no addUnexpectedSuccess method, reporting as failures",
                              RuntimeWarning)
                result.addFailure(self, outcome.unexpectedSuccess)
            else:
                report(self)
        if outcome.expectedFailure is not None:
            report = getattr(result, 'addExpectedFailure', None)
            if report is None:
                warnings.warn("TestResult has no addExpectedFailure method, reporting as passes",
                              RuntimeWarning)
                result.addSuccess(self)
            else:
                report(self, outcome.expectedFailure)

    def doCleanups(self):
        """Run the cleanup functions now, last added first; True when
        none of them raised."""
        outcome = self._outcomeForDoCleanups or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._executeTestPart(lambda: function(*args, **kwargs), outcome)
        return outcome.success

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the test without a result, letting exceptions out."""
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop(-1)
            function(*args, **kwargs)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail the test with msg."""
        raise self.failureException(msg)

    def assertFalse(self, expr, msg=None):
        """Fail unless expr is false."""
        if expr:
            raise self.failureException(
                self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def assertTrue(self, expr, msg=None):
        """Fail unless expr is true."""
        if not expr:
            raise self.failureException(
                self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def _formatMessage(self, msg, standardMsg):
        """The failure message: with longMessage, the standard message
        followed by ' : ' and msg (when given); else msg or the standard."""
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def assertRaises(self, excClass, callableObj=None, *args, **kwargs):
        """Fail unless callableObj(*args, **kwargs) raises excClass (a class
        or tuple of classes).  Without callableObj, a context manager whose
        .exception is the exception caught:

            with self.assertRaises(KeyError) as cm:
                d['missing']
        """
        context = _AssertRaisesContext(excClass, self, callableObj)
        if callableObj is None:
            return context
        with context:
            callableObj(*args, **kwargs)

    def assertWarns(self, expected_warning, callable_obj=None, *args, **kwargs):
        """Fail unless the call (or the with block) warns expected_warning;
        the context manager keeps .warning, .filename and .lineno."""
        context = _AssertWarnsContext(expected_warning, self, callable_obj)
        if callable_obj is None:
            return context
        with context:
            callable_obj(*args, **kwargs)

    def _getAssertEqualityFunc(self, first, second):
        # Only for two values of the very same type (a subclass does not
        # get its base's detailed comparison).
        if type(first) is type(second):
            asserter = self._type_equality_funcs.get(type(first))
            if asserter is not None:
                if isinstance(asserter, str):
                    asserter = getattr(self, asserter)
                return asserter
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standard = '%s != %s' % (safe_repr(first), safe_repr(second))
            raise self.failureException(self._formatMessage(msg, standard))

    def assertEqual(self, first, second, msg=None):
        """Fail unless first == second."""
        compare = self._getAssertEqualityFunc(first, second)
        compare(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail if first == second."""
        if not first != second:
            standard = '%s == %s' % (safe_repr(first), safe_repr(second))
            raise self.failureException(self._formatMessage(msg, standard))

    def assertAlmostEqual(self, first, second, places=None, msg=None,
                          delta=None):
        """Fail unless first and second are equal, or differ by at most
        delta, or (by default) agree to places (7) decimal places."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        if delta is not None:
            if abs(first - second) <= delta:
                return
            standard = '%s != %s within %s delta' % (
                safe_repr(first), safe_repr(second), safe_repr(delta))
        else:
            if places is None:
                places = 7
            if round(abs(second - first), places) == 0:
                return
            standard = '%s != %s within %r places' % (
                safe_repr(first), safe_repr(second), places)
        raise self.failureException(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None,
                             delta=None):
        """Fail if first and second are almost equal (see
        assertAlmostEqual)."""
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        if delta is not None:
            if not (first == second) and abs(first - second) > delta:
                return
            standard = '%s == %s within %s delta' % (
                safe_repr(first), safe_repr(second), safe_repr(delta))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(abs(second - first), places) != 0:
                return
            standard = '%s == %s within %r places' % (
                safe_repr(first), safe_repr(second), places)
        raise self.failureException(self._formatMessage(msg, standard))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """Fail unless the two sequences are equal, reporting the first
        difference and an ndiff of their pretty-printed forms; seq_type,
        when given, is required of both."""
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s'
                                            % (kind, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s'
                                            % (kind, safe_repr(seq2)))
        else:
            kind = "sequence"
        problem = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            problem = 'First %s has no length.    Non-sequence?' % kind
        if problem is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                problem = 'Second %s has no length.    Non-sequence?' % kind
        if problem is None:
            if seq1 == seq2:
                return
            problem = self._describe_sequences(seq1, seq2, len1, len2,
                                               kind, seq_type)
            if problem is None:
                return
        diff = '\n' + '\n'.join(difflib.ndiff(pprint.pformat(seq1).splitlines(),
                                              pprint.pformat(seq2).splitlines()))
        standard = self._truncateMessage(problem, diff)
        self.fail(self._formatMessage(msg, standard))

    def _describe_sequences(self, seq1, seq2, len1, len2, kind, seq_type):
        # The text saying how two unequal sequences differ; None when
        # they are to be taken as equal after all.
        r1 = safe_repr(seq1)
        r2 = safe_repr(seq2)
        if len(r1) > 30:
            r1 = r1[:30] + '...'
        if len(r2) > 30:
            r2 = r2[:30] + '...'
        text = '%ss differ: %s != %s\n' % (kind.capitalize(), r1, r2)
        all_equal = True
        for i in range(min(len1, len2)):
            try:
                item1 = seq1[i]
            except (TypeError, IndexError, NotImplementedError):
                text += '\nUnable to index element %d of first %s\n' % (i, kind)
                all_equal = False
                break
            try:
                item2 = seq2[i]
            except (TypeError, IndexError, NotImplementedError):
                text += '\nUnable to index element %d of second %s\n' % (i, kind)
                all_equal = False
                break
            if item1 != item2:
                text += '\nFirst differing element %d:\n%s\n%s\n' % (i, item1, item2)
                all_equal = False
                break
        if (all_equal and len1 == len2 and seq_type is None and
                type(seq1) != type(seq2)):
            # Same items in sequences of different types: equal enough.
            return None
        if len1 > len2:
            text += '\nFirst %s contains %d additional elements.\n' % (
                kind, len1 - len2)
            try:
                text += 'First extra element %d:\n%s\n' % (len2, seq1[len2])
            except (TypeError, IndexError, NotImplementedError):
                text += 'Unable to index element %d of first %s\n' % (len2, kind)
        elif len1 < len2:
            text += '\nSecond %s contains %d additional elements.\n' % (
                kind, len2 - len1)
            try:
                text += 'First extra element %d:\n%s\n' % (len1, seq2[len1])
            except (TypeError, IndexError, NotImplementedError):
                text += 'Unable to index element %d of second %s\n' % (len1, kind)
        return text

    def _truncateMessage(self, message, diff):
        limit = self.maxDiff
        if limit is None or len(diff) <= limit:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertListEqual(self, list1, list2, msg=None):
        """assertSequenceEqual for two lists."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """assertSequenceEqual for two tuples."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """Fail unless the two sets (anything with .difference) are equal,
        listing the items only in one of them."""
        try:
            only1 = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            only2 = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (only1 or only2):
            return
        lines = []
        if only1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in only1)
        if only2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in only2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertIn(self, member, container, msg=None):
        """Fail unless member in container."""
        if member not in container:
            standard = '%s not found in %s' % (safe_repr(member),
                                               safe_repr(container))
            self.fail(self._formatMessage(msg, standard))

    def assertNotIn(self, member, container, msg=None):
        """Fail if member in container."""
        if member in container:
            standard = '%s unexpectedly found in %s' % (safe_repr(member),
                                                        safe_repr(container))
            self.fail(self._formatMessage(msg, standard))

    def assertIs(self, expr1, expr2, msg=None):
        """Fail unless expr1 is expr2."""
        if expr1 is not expr2:
            standard = '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))
            self.fail(self._formatMessage(msg, standard))

    def assertIsNot(self, expr1, expr2, msg=None):
        """Fail if expr1 is expr2."""
        if expr1 is expr2:
            standard = 'unexpectedly identical: %s' % (safe_repr(expr1),)
            self.fail(self._formatMessage(msg, standard))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standard = '%s != %s' % (safe_repr(d1, True), safe_repr(d2, True))
            diff = '\n' + '\n'.join(difflib.ndiff(pprint.pformat(d1).splitlines(),
                                                  pprint.pformat(d2).splitlines()))
            standard = self._truncateMessage(standard, diff)
            self.fail(self._formatMessage(msg, standard))

    def assertDictContainsSubset(self, subset, dictionary, msg=None):
        """Fail unless every key of subset is in dictionary with the same
        value (deprecated)."""
        warnings.warn('assertDictContainsSubset is deprecated',
                      DeprecationWarning)
        missing = []
        mismatched = []
        for key, value in subset.items():
            if key not in dictionary:
                missing.append(key)
            elif value != dictionary[key]:
                mismatched.append('%s, expected: %s, actual: %s' % (
                    safe_repr(key), safe_repr(value), safe_repr(dictionary[key])))
        if not (missing or mismatched):
            return
        parts = []
        if missing:
            parts.append('Missing: %s' % ','.join(safe_repr(m) for m in missing))
        if mismatched:
            parts.append('Mismatched values: %s' % ','.join(mismatched))
        self.fail(self._formatMessage(msg, '; '.join(parts)))

    def assertSameElements(self, expected_seq, actual_seq, msg=None):
        """Fail unless the two sequences hold the same elements, ignoring
        order and duplicates (deprecated)."""
        warnings.warn('assertSameElements is deprecated',
                      DeprecationWarning)
        try:
            expected = set(expected_seq)
            actual = set(actual_seq)
            missing = sorted(expected.difference(actual))
            unexpected = sorted(actual.difference(expected))
        except TypeError:
            expected = list(expected_seq)
            actual = list(actual_seq)
            try:
                expected.sort()
                actual.sort()
            except TypeError:
                missing, unexpected = unorderable_list_difference(expected,
                                                                  actual)
            else:
                missing, unexpected = sorted_list_difference(expected, actual)
        problems = []
        if missing:
            problems.append('Expected, but missing:\n    %s' % safe_repr(missing))
        if unexpected:
            problems.append('Unexpected, but present:\n    %s' %
                            safe_repr(unexpected))
        if problems:
            self.fail(self._formatMessage(msg, '\n'.join(problems)))

    def assertCountEqual(self, first, second, msg=None):
        """Fail unless the two iterables hold the same elements the same
        number of times, in any order."""
        first_items, second_items = list(first), list(second)
        try:
            c1 = collections.Counter(first_items)
            c2 = collections.Counter(second_items)
        except TypeError:
            diffs = _count_diff_all_purpose(first_items, second_items)
        else:
            if c1 == c2:
                return
            diffs = _count_diff_hashable(first_items, second_items)
        if diffs:
            lines = ['First has %d, Second has %d:  %r' % d for d in diffs]
            standard = self._truncateMessage('Element counts were not equal:\n',
                                             '\n'.join(lines))
            self.fail(self._formatMessage(msg, standard))

    def assertMultiLineEqual(self, first, second, msg=None):
        """Fail unless the two strings are equal, showing an ndiff."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first != second:
            if (len(first) > self._diffThreshold or
                    len(second) > self._diffThreshold):
                self._baseAssertEqual(first, second, msg)
            lines1 = first.splitlines(True)
            lines2 = second.splitlines(True)
            if len(lines1) == 1 and first.strip('\r\n') == first:
                lines1 = [first + '\n']
                lines2 = [second + '\n']
            standard = '%s != %s' % (safe_repr(first, True),
                                     safe_repr(second, True))
            diff = '\n' + ''.join(difflib.ndiff(lines1, lines2))
            standard = self._truncateMessage(standard, diff)
            self.fail(self._formatMessage(msg, standard))

    def assertLess(self, a, b, msg=None):
        """Fail unless a < b."""
        if not a < b:
            self.fail(self._formatMessage(
                msg, '%s not less than %s' % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        """Fail unless a <= b."""
        if not a <= b:
            self.fail(self._formatMessage(
                msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        """Fail unless a > b."""
        if not a > b:
            self.fail(self._formatMessage(
                msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        """Fail unless a >= b."""
        if not a >= b:
            self.fail(self._formatMessage(
                msg, '%s not greater than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertIsNone(self, obj, msg=None):
        """Fail unless obj is None."""
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        """Fail if obj is None."""
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIsInstance(self, obj, cls, msg=None):
        """Fail unless isinstance(obj, cls)."""
        if not isinstance(obj, cls):
            standard = '%s is not an instance of %r' % (safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standard))

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Fail if isinstance(obj, cls)."""
        if isinstance(obj, cls):
            standard = '%s is an instance of %r' % (safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standard))

    def assertRaisesRegex(self, expected_exception, expected_regex,
                          callable_obj=None, *args, **kwargs):
        """assertRaises, also requiring the exception's str() to match
        expected_regex (re.search)."""
        context = _AssertRaisesContext(expected_exception, self, callable_obj,
                                       expected_regex)
        if callable_obj is None:
            return context
        with context:
            callable_obj(*args, **kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex,
                         callable_obj=None, *args, **kwargs):
        """assertWarns, also requiring the warning's message to match
        expected_regex (re.search)."""
        context = _AssertWarnsContext(expected_warning, self, callable_obj,
                                      expected_regex)
        if callable_obj is None:
            return context
        with context:
            callable_obj(*args, **kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail unless expected_regex is found in text (re.search)."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, "expected_regex must not be empty."
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            raise self.failureException('%s: %r not found in %r' % (
                msg or "Regex didn't match", expected_regex.pattern, text))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail if unexpected_regex is found in text (re.search)."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        found = unexpected_regex.search(text)
        if found:
            raise self.failureException('%s: %r matches %r in %r' % (
                msg or "Regex matched", text[found.start():found.end()],
                unexpected_regex.pattern, text))

    def _deprecate(original_func):
        def deprecated_func(*args, **kwargs):
            warnings.warn('Please use {0} instead.'.format(original_func.__name__),
                          DeprecationWarning, 2)
            return original_func(*args, **kwargs)
        return deprecated_func

    # The old names, which warn.
    failUnlessEqual = assertEquals = _deprecate(assertEqual)
    failIfEqual = assertNotEquals = _deprecate(assertNotEqual)
    failUnlessAlmostEqual = assertAlmostEquals = _deprecate(assertAlmostEqual)
    failIfAlmostEqual = assertNotAlmostEquals = _deprecate(assertNotAlmostEqual)
    failUnless = assert_ = _deprecate(assertTrue)
    failUnlessRaises = _deprecate(assertRaises)
    failIf = _deprecate(assertFalse)
    assertRaisesRegexp = _deprecate(assertRaisesRegex)
    assertRegexpMatches = _deprecate(assertRegex)


class FunctionTestCase(TestCase):
    """A test case made from a plain function, with optional set-up and
    tear-down functions, for existing test code."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super(FunctionTestCase, self).__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self._setUpFunc == other._setUpFunc and
                self._tearDownFunc == other._tearDownFunc and
                self._testFunc == other._testFunc and
                self._description == other._description)

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((type(self), self._setUpFunc, self._tearDownFunc,
                     self._testFunc, self._description))

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None
