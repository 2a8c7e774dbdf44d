# TextTestRunner's report at each verbosity, with failures, errors,
# skips, expected failures, fixtures, cleanups, failfast and buffering,
# compared with the text Python 3.2 prints.
import io
import re
import sys
import unittest

with open(__file__) as f:
    SOURCE = f.read().split('\n')


def line_of(marker):
    # The line number of the source line ending with the comment marker.
    for number, text in enumerate(SOURCE, 1):
        if text.endswith('# ' + marker):
            return number
    raise LookupError(marker)


log = []


class Sample(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a_pass(self):
        """First line of the doc.

        More."""
        self.addCleanup(log.append, 'cleanup 1')
        self.addCleanup(log.append, 'cleanup 2')

    def test_b_fail(self):
        self.assertEqual(1, 2)  # FAIL-LINE

    def test_c_error(self):
        {}['missing']  # ERROR-LINE

    @unittest.skip('not today')
    def test_d_skip(self):
        pass

    @unittest.expectedFailure
    def test_e_xfail(self):
        self.fail('expected')

    @unittest.expectedFailure
    def test_f_xpass(self):
        pass

    def test_g_skiptest(self):
        self.skipTest('from inside')


def run(suite, **kwargs):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(suite)
    text = re.sub(r'Ran (\d+) tests? in \d+\.\d\d\ds', r'Ran \1 tests in T', stream.getvalue())
    return result, text


def load(cls):
    return unittest.defaultTestLoader.loadTestsFromTestCase(cls)


FAILURES = '''\
======================================================================
ERROR: test_c_error (__main__.Sample)
----------------------------------------------------------------------
Traceback (most recent call last):
  File "%(file)s", line %(error)d, in test_c_error
    {}['missing']  # ERROR-LINE
KeyError: 'missing'

======================================================================
FAIL: test_b_fail (__main__.Sample)
----------------------------------------------------------------------
Traceback (most recent call last):
  File "%(file)s", line %(fail)d, in test_b_fail
    self.assertEqual(1, 2)  # FAIL-LINE
AssertionError: 1 != 2

----------------------------------------------------------------------
Ran 7 tests in T

FAILED (failures=1, errors=1, skipped=2, expected failures=1, unexpected successes=1)
''' % {'file': __file__, 'error': line_of('ERROR-LINE'), 'fail': line_of('FAIL-LINE')}

result, text = run(load(Sample))
assert text == '.FEsxus\n' + FAILURES, text
assert result.testsRun == 7
assert len(result.failures) == 1 and len(result.errors) == 1
assert [reason for test, reason in result.skipped] == ['not today', 'from inside']
assert len(result.expectedFailures) == 1
assert [t._testMethodName for t in result.unexpectedSuccesses] == ['test_f_xpass']
assert not result.wasSuccessful()
assert repr(result) == '<unittest.runner.TextTestResult run=7 errors=1 failures=1>'
assert log[:6] == ['setUpClass', 'setUp test_a_pass', 'tearDown test_a_pass',
                   'cleanup 2', 'cleanup 1', 'setUp test_b_fail'], log
assert log[-1] == 'tearDownClass'
# A skipped test (by decorator) runs neither setUp nor tearDown.
assert 'setUp test_d_skip' not in log and 'setUp test_g_skiptest' in log

result, text = run(load(Sample), verbosity=2)
assert text == '''\
test_a_pass (__main__.Sample)
First line of the doc. ... ok
test_b_fail (__main__.Sample) ... FAIL
test_c_error (__main__.Sample) ... ERROR
test_d_skip (__main__.Sample) ... skipped 'not today'
test_e_xfail (__main__.Sample) ... expected failure
test_f_xpass (__main__.Sample) ... unexpected success
test_g_skiptest (__main__.Sample) ... skipped 'from inside'

''' + FAILURES, text

result, text = run(load(Sample), verbosity=0)
assert text == FAILURES, text

# descriptions=False leaves out the docstring line.
result, text = run(unittest.TestSuite([Sample('test_a_pass')]), verbosity=2,
                   descriptions=False)
assert text == ('test_a_pass (__main__.Sample) ... ok\n\n' + '-' * 70 +
                '\nRan 1 tests in T\n\nOK\n'), text


class Passing(unittest.TestCase):
    def test_one(self):
        pass

    @unittest.skipIf(True, 'cond')
    def test_two(self):
        pass

    @unittest.skipUnless(True, 'never')
    def test_three(self):
        pass

result, text = run(load(Passing))
assert text == '..s\n' + '-' * 70 + '\nRan 3 tests in T\n\nOK (skipped=1)\n', text
result, text = run(unittest.TestSuite())
assert text == '\n' + '-' * 70 + '\nRan 0 tests in T\n\nOK\n', text


# failfast stops at the first failure or error.
result, text = run(load(Sample), failfast=True)
assert result.testsRun == 2 and result.shouldStop, result.testsRun


# buffer: output of passing tests is dropped, that of failing ones is
# added to the report.
class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print('hidden')

    def test_noisy_fail(self):
        print('shown')
        sys.stderr.write('err text')
        self.fail('x')  # NOISY-LINE

real_stdout, real_stderr = sys.stdout, sys.stderr
captured_out, captured_err = io.StringIO(), io.StringIO()
sys.stdout, sys.stderr = captured_out, captured_err
try:
    result, text = run(load(Noisy), buffer=True)
finally:
    sys.stdout, sys.stderr = real_stdout, real_stderr
assert captured_out.getvalue() == '\nStdout:\nshown\n', captured_out.getvalue()
assert captured_err.getvalue() == '\nStderr:\nerr text\n', captured_err.getvalue()
assert text == '''F.
======================================================================
FAIL: test_noisy_fail (__main__.Noisy)
----------------------------------------------------------------------
Traceback (most recent call last):
  File "%s", line %d, in test_noisy_fail
    self.fail('x')  # NOISY-LINE
AssertionError: x

Stdout:
shown

Stderr:
err text

----------------------------------------------------------------------
Ran 2 tests in T

FAILED (failures=1)
''' % (__file__, line_of('NOISY-LINE')), text


# Class and module fixtures that fail are reported as errors of
# pseudo-tests; a SkipTest from setUpClass skips the class.
class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('no class today')

    def test_never(self):
        log.append('BrokenClass ran')


@unittest.skip('all of it')
class SkippedClass(unittest.TestCase):
    def test_x(self):
        pass


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('skip class')

    def test_y(self):
        pass

result, text = run(unittest.TestSuite([load(BrokenClass), load(SkippedClass),
                                       load(SkipInSetUpClass)]), verbosity=2)
assert 'BrokenClass ran' not in log
assert [str(t) for t, _ in result.errors] == ['setUpClass (__main__.BrokenClass)']
assert result.errors[0][1].endswith('ValueError: no class today\n')
assert [(str(t), why) for t, why in result.skipped] == [
    ('test_x (__main__.SkippedClass)', 'all of it'),
    ('setUpClass (__main__.SkipInSetUpClass)', 'skip class')], result.skipped
assert text.startswith('ERROR\ntest_x (__main__.SkippedClass) ... skipped '
                       "'all of it'\nskipped 'skip class'\n\n" + '=' * 70 +
                       '\nERROR: setUpClass (__main__.BrokenClass)\n'), text
assert result.testsRun == 1


# Cleanups run even when setUp fails; their errors are reported.
class CleanupErrors(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, 'cleanup after broken setUp')
        self.addCleanup(lambda: 1 / 0)
        raise KeyError('setUp')

    def test_z(self):
        pass

result, text = run(load(CleanupErrors))
assert log[-1] == 'cleanup after broken setUp'
assert [e.splitlines()[-1] for t, e in result.errors] == [
    "KeyError: 'setUp'", 'ZeroDivisionError: division by zero']
assert text.startswith('EE\n'), text


# The result without a runner: the protocol calls.
class Recording(unittest.TestResult):
    def __init__(self):
        unittest.TestResult.__init__(self)
        self.calls = []
    def startTestRun(self):
        self.calls.append('startTestRun')
    def stopTestRun(self):
        self.calls.append('stopTestRun')
    def startTest(self, test):
        unittest.TestResult.startTest(self, test)
        self.calls.append('startTest')
    def stopTest(self, test):
        self.calls.append('stopTest')
    def addSuccess(self, test):
        self.calls.append('addSuccess')

rec = Recording()
Passing('test_one').run(rec)
assert rec.calls == ['startTest', 'addSuccess', 'stopTest'], rec.calls

# FunctionTestCase.
def plain():
    "Plain function test."
ft = unittest.FunctionTestCase(plain)
assert str(ft) == 'unittest.case.FunctionTestCase (plain)'
assert ft.id() == 'plain' and ft.shortDescription() == 'Plain function test.'
result, text = run(ft)
assert text.startswith('.\n') and result.wasSuccessful()

# TestCase identity and naming.
tc = Sample('test_b_fail')
assert str(tc) == 'test_b_fail (__main__.Sample)'
assert repr(tc) == '<__main__.Sample testMethod=test_b_fail>'
assert tc.id() == '__main__.Sample.test_b_fail'
assert tc == Sample('test_b_fail') and tc != Sample('test_c_error')
assert tc.countTestCases() == 1
try:
    Sample('no_such_method')
except ValueError as e:
    assert str(e) == "no such test method in <class '__main__.Sample'>: no_such_method"
else:
    raise AssertionError('bad method name accepted')
