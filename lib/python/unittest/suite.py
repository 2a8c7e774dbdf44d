"""TestSuite: a collection of tests run together, with the class and
module fixtures (setUpClass, setUpModule and their tear-downs)."""

import sys

from . import case
from . import util

__unittest = True


def _call_if_exists(parent, attr):
    getattr(parent, attr, lambda: None)()


class BaseTestSuite(object):
    """A plain collection of tests, run in order, with no fixtures."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (util.strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __ne__(self, other):
        return not self == other

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        total = 0
        for test in self:
            total += test.countTestCases()
        return total

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test,
                                                 (case.TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated "
                            "before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            test(result)
        return result

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests without a result, letting exceptions out."""
        for test in self:
            test.debug()


class TestSuite(BaseTestSuite):
    """A collection of tests that also runs the class and module fixtures:
    setUpClass/tearDownClass around the consecutive tests of a class,
    setUpModule/tearDownModule around those of a module."""

    def run(self, result, debug=False):
        outermost = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = outermost = True
        for test in self:
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False) or
                        getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if debug:
                test.debug()
            else:
                test(result)
        if outermost:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        """Run the tests without a result, letting exceptions out."""
        self.run(_DebugResult(), True)

    def _run_fixture(self, result, fixture, errorName, on_failure=None):
        # Call a class or module fixture, reporting its exception as an
        # error (or a skip) of a pseudo-test named errorName.
        _call_if_exists(result, '_setupStdout')
        try:
            fixture()
        except Exception as e:
            if isinstance(result, _DebugResult):
                raise
            if on_failure is not None:
                on_failure()
            self._addClassOrModuleLevelException(result, e, errorName)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _handleClassSetUp(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous:
            return
        if result._moduleSetUpFailed:
            return
        if getattr(current, "__unittest_skip__", False):
            return
        try:
            current._classSetupFailed = False
        except TypeError:
            # A class that cannot take attributes (a built-in type).
            pass
        setUpClass = getattr(current, 'setUpClass', None)
        if setUpClass is not None:
            def failed():
                current._classSetupFailed = True
            self._run_fixture(result, setUpClass,
                              'setUpClass (%s)' % util.strclass(current), failed)

    def _get_previous_module(self, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None:
            return None
        return previous.__module__

    def _handleModuleFixture(self, test, result):
        previous = self._get_previous_module(result)
        current = test.__class__.__module__
        if current == previous:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        try:
            module = sys.modules[current]
        except KeyError:
            return
        setUpModule = getattr(module, 'setUpModule', None)
        if setUpModule is not None:
            def failed():
                result._moduleSetUpFailed = True
            self._run_fixture(result, setUpModule,
                              'setUpModule (%s)' % current, failed)

    def _addClassOrModuleLevelException(self, result, exception, errorName):
        holder = _ErrorHolder(errorName)
        addSkip = getattr(result, 'addSkip', None)
        if addSkip is not None and isinstance(exception, case.SkipTest):
            addSkip(holder, str(exception))
        else:
            result.addError(holder, sys.exc_info())

    def _handleModuleTearDown(self, result):
        previous = self._get_previous_module(result)
        if previous is None:
            return
        if result._moduleSetUpFailed:
            return
        try:
            module = sys.modules[previous]
        except KeyError:
            return
        tearDownModule = getattr(module, 'tearDownModule', None)
        if tearDownModule is not None:
            self._run_fixture(result, tearDownModule,
                              'tearDownModule (%s)' % previous)

    def _tearDownPreviousClass(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous:
            return
        if getattr(previous, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previous, "__unittest_skip__", False):
            return
        tearDownClass = getattr(previous, 'tearDownClass', None)
        if tearDownClass is not None:
            self._run_fixture(result, tearDownClass,
                              'tearDownClass (%s)' % util.strclass(previous))


class _ErrorHolder(object):
    """Stands for a fixture (setUpClass, setUpModule, ...) that raised, so
    the error can be reported like a test's."""

    # Not a test: its errors are never failures.
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return "<ErrorHolder description=%r>" % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _isnotsuite(test):
    # A suite is iterable, a test case is not.
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _DebugResult(object):
    "Holds the previous class while TestSuite.debug runs."
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False
