"""TestResult: what a test run records."""

import os
import sys
import traceback

from . import util
from functools import wraps

__unittest = True


def failfast(method):
    # Result methods so marked stop the run first when failfast is on.
    @wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


class _TextBuffer(object):
    # Stand-in for io.StringIO while capturing output (-b), used only
    # when the io module cannot be imported.
    def __init__(self):
        self._parts = []

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("string argument expected, got '%s'" %
                            type(text).__name__)
        self._parts.append(text)
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        return ''.join(self._parts)

    def seek(self, pos, whence=0):
        if pos != 0 or whence != 0:
            raise ValueError("only seek(0) is supported")
        return 0

    def truncate(self, size=None):
        self._parts = []
        return 0

    def flush(self):
        pass

    def isatty(self):
        return False


def _new_buffer():
    try:
        import io
    except ImportError:
        return _TextBuffer()
    return io.StringIO()


class TestResult(object):
    """Collects what happens in a run: the failures and errors (lists of
    (test, formatted traceback)), skips, expected failures and unexpected
    successes, and the number of tests run.  TestCase and TestSuite call
    its methods; a runner reads it afterwards."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                self._stderr_buffer = _new_buffer()
                self._stdout_buffer = _new_buffer()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the given test has been run"""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if not self.buffer:
            return
        if self._mirrorOutput:
            # The test failed: show what it printed.
            out = sys.stdout.getvalue()
            err = sys.stderr.getvalue()
            if out:
                if not out.endswith('\n'):
                    out += '\n'
                self._original_stdout.write(STDOUT_LINE % out)
            if err:
                if not err.endswith('\n'):
                    err += '\n'
                self._original_stderr.write(STDERR_LINE % err)
        sys.stdout = self._original_stdout
        sys.stderr = self._original_stderr
        for buf in (self._stdout_buffer, self._stderr_buffer):
            buf.seek(0)
            buf.truncate()

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @failfast
    def addError(self, test, err):
        """Record an error: err is sys.exc_info() for an unexpected
        exception."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @failfast
    def addFailure(self, test, err):
        """Record a failure: err is sys.exc_info() for the failed
        assertion."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSuccess(self, test):
        "Called when a test has completed successfully"
        pass

    def addSkip(self, test, reason):
        """Record a skipped test."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Record an expected failure."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Record a test marked as an expected failure that passed."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        "Tells whether or not this result was a success"
        return len(self.failures) == len(self.errors) == 0

    def stop(self):
        "Indicates that the tests should be aborted"
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback text of err, without unittest's own frames."""
        exctype, value, tb = err
        # Leading frames of unittest itself go...
        while tb and self._is_relevant_tb_level(tb):
            tb = tb.tb_next
        if exctype is test.failureException:
            # ...and, for a failed assertion, the trailing ones too.
            lines = traceback.format_exception(exctype, value, tb,
                                               self._count_relevant_tb_levels(tb))
        else:
            lines = traceback.format_exception(exctype, value, tb)
        if self.buffer:
            out = sys.stdout.getvalue()
            err_text = sys.stderr.getvalue()
            if out:
                if not out.endswith('\n'):
                    out += '\n'
                lines.append(STDOUT_LINE % out)
            if err_text:
                if not err_text.endswith('\n'):
                    err_text += '\n'
                lines.append(STDERR_LINE % err_text)
        return ''.join(lines)

    def _is_relevant_tb_level(self, tb):
        return '__unittest' in tb.tb_frame.f_globals

    def _count_relevant_tb_levels(self, tb):
        count = 0
        while tb and not self._is_relevant_tb_level(tb):
            count += 1
            tb = tb.tb_next
        return count

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun,
                 len(self.errors), len(self.failures)))
