# test.support: running tests, resources, skips and implementation checks.
import sys
import unittest
from test import support

assert issubclass(support.TestFailed, support.Error)
assert issubclass(support.Error, Exception)
assert issubclass(support.ResourceDenied, unittest.SkipTest)
assert support.verbose == 1
assert support.use_resources is None
assert support.HOST == 'localhost'
assert support.is_jython is False
assert support._1G == 1 << 30 and support._2G == 2 << 30 and support._4G == 4 << 30
assert support.MAX_Py_ssize_t == sys.maxsize

# run_unittest: silent when all pass (verbose off); TestFailed otherwise.
support.verbose = 0
try:
    class Good(unittest.TestCase):
        def test_one(self):
            pass
        def test_two(self):
            self.assertEqual(1 + 1, 2)
    support.run_unittest(Good)

    class OneBad(unittest.TestCase):
        def test_bad(self):
            self.assertEqual(1, 2)
        def test_good(self):
            pass
    try:
        support.run_unittest(OneBad)
    except support.TestFailed as exc:
        text = str(exc)
        assert text.startswith("Traceback (most recent call last):"), text
        assert text.rstrip().endswith("AssertionError: 1 != 2"), text
    else:
        raise AssertionError("run_unittest passed a failing test")

    class TwoBad(unittest.TestCase):
        def test_fail(self):
            self.fail("no")
        def test_error(self):
            raise KeyError(1)
    try:
        support.run_unittest(TwoBad)
    except support.TestFailed as exc:
        assert str(exc) == "multiple errors occurred; run in verbose mode for details", str(exc)
    else:
        raise AssertionError("run_unittest passed failing tests")

    class Errs(unittest.TestCase):
        def test_error(self):
            raise KeyError('k')
    try:
        support.run_unittest(Errs)
    except support.TestFailed as exc:
        assert str(exc).rstrip().endswith("KeyError: 'k'"), str(exc)
    else:
        raise AssertionError("run_unittest passed an erroring test")

    # Suites and test cases are run as they are; classes through makeSuite.
    suite = unittest.TestSuite([Good('test_one')])
    support.run_unittest(suite, Good('test_two'))
    try:
        support.run_unittest('no.such.module.name')
    except ValueError as exc:
        assert str(exc) == "str arguments must be keys in sys.modules"
    else:
        raise AssertionError("run_unittest accepted an unknown module name")

    # match_tests keeps the tests with a part of their id matching.
    support.match_tests = 'test_good'
    try:
        support.run_unittest(OneBad)
    finally:
        support.match_tests = None

    # A verbose run writes unittest's report to sys.stdout.
    support.verbose = 1
    with support.captured_stdout() as out:
        support.run_unittest(Good)
    text = out.getvalue()
    assert "test_one (__main__.Good) ... ok\n" in text, text
    assert "\nOK\n" in text, text
finally:
    support.verbose = 1

# requires: allowed from __main__, denied elsewhere unless enabled.
support.requires('network')
code = compile("from test import support\nsupport.requires('network')\n",
               'fake_module.py', 'exec')
try:
    exec(code, {'__name__': 'fake_module'})
except support.ResourceDenied as exc:
    assert str(exc) == "Use of the `network' resource not enabled", str(exc)
else:
    raise AssertionError("requires did not deny")
code2 = compile("from test import support\nsupport.requires('cpu', 'too slow')\n",
                'fake_module.py', 'exec')
try:
    exec(code2, {'__name__': 'fake_module'})
except support.ResourceDenied as exc:
    assert str(exc) == "too slow"
else:
    raise AssertionError("requires did not deny")
support.use_resources = ['network']
try:
    assert support.is_resource_enabled('network')
    assert not support.is_resource_enabled('cpu')
    exec(code, {'__name__': 'fake_module'})
finally:
    support.use_resources = None
assert not support.is_resource_enabled('network')

# import_module: a missing module skips the test.
try:
    support.import_module('no_such_module_xyz')
except unittest.SkipTest as exc:
    assert str(exc) == "No module named no_such_module_xyz", str(exc)
else:
    raise AssertionError("import_module did not skip")
import keyword
assert support.import_module('keyword') is keyword

# import_fresh_module: a new copy, sys.modules unchanged; blocked
# modules cannot be imported meanwhile; None when the import fails.
fresh = support.import_fresh_module('keyword')
assert fresh is not keyword and fresh.iskeyword('while')
assert sys.modules['keyword'] is keyword
assert 'no_such_blocked' not in sys.modules
assert support.import_fresh_module('keyword', blocked=['no_such_blocked']) is not None
assert 'no_such_blocked' not in sys.modules
import bisect
assert support.import_fresh_module('bisect', blocked=['_bisect']) is not None
assert sys.modules['bisect'] is bisect
try:
    support.import_fresh_module('no_such_module_xyz')
except ImportError:
    pass
else:
    raise AssertionError("import_fresh_module of a missing module")

# get_attribute
assert support.get_attribute(sys, 'maxsize') == sys.maxsize
try:
    support.get_attribute(sys, 'no_such_attr')
except unittest.SkipTest as exc:
    assert str(exc) == "module sys has no attribute no_such_attr"
else:
    raise AssertionError("get_attribute did not skip")

# unload and forget
import keyword
support.unload('keyword')
assert 'keyword' not in sys.modules
support.unload('keyword')
import keyword

# Implementation checks: CPython's own details are skipped elsewhere.
on_cpython = '[Taipan' not in sys.version
assert support.check_impl_detail() == on_cpython
assert support.check_impl_detail(cpython=True) == on_cpython
assert support.check_impl_detail(cpython=False) == (not on_cpython)
assert support.check_impl_detail(jython=True) is False
assert support.check_impl_detail(jython=False) is True
def detail():
    return 'ran'
wrapped = support.cpython_only(detail)
if on_cpython:
    assert wrapped() == 'ran'
else:
    try:
        wrapped()
    except unittest.SkipTest as exc:
        assert str(exc) == "implementation detail specific to cpython", str(exc)
    else:
        raise AssertionError("cpython_only ran elsewhere")
guarded = support.impl_detail(jython=False, pypy=False)(detail)
assert guarded() == 'ran'
try:
    support.impl_detail(jython=True, pypy=True)(detail)()
except unittest.SkipTest as exc:
    assert str(exc) == "implementation detail specific to jython or pypy", str(exc)
else:
    raise AssertionError("impl_detail ran")
try:
    support.impl_detail("custom reason", jython=True)(detail)()
except unittest.SkipTest as exc:
    assert str(exc) == "custom reason"
else:
    raise AssertionError("impl_detail ran")

# Big-memory decorators: without a limit, a dry run with a small size.
class Big:
    @support.bigmemtest(size=support._2G, memuse=2)
    def test_big(self, size):
        return size
    @support.bigmemtest(size=support._2G, memuse=2, dry_run=False)
    def test_no_dry(self, size):
        return size
    @support.bigaddrspacetest
    def test_space(self):
        return 'ran'
assert Big().test_big() == 5147
assert Big.test_big.size == support._2G and Big.test_big.memuse == 2
try:
    Big().test_no_dry()
except unittest.SkipTest as exc:
    assert str(exc) == "not enough memory: 4.0G minimum needed", str(exc)
else:
    raise AssertionError("bigmemtest without dry run ran")
try:
    Big().test_space()
except unittest.SkipTest as exc:
    assert str(exc) == "not enough memory: %.1fG minimum needed" % (sys.maxsize / 1024 ** 3), str(exc)
else:
    raise AssertionError("bigaddrspacetest ran")
try:
    support.set_memlimit('1G')
except ValueError as exc:
    assert str(exc) == "Memory limit '1G' too low to be useful", str(exc)
else:
    raise AssertionError("set_memlimit accepted 1G")
try:
    support.set_memlimit('lots')
except ValueError as exc:
    assert str(exc) == "Invalid memory limit 'lots'", str(exc)
else:
    raise AssertionError("set_memlimit accepted 'lots'")
try:
    support.set_memlimit('2.5Gb')
    assert support.max_memuse == int(2.5 * support._1G)
    assert support.real_max_memuse == int(2.5 * support._1G)
    # The limit is too small for this test: skipped even as a dry run.
    try:
        Big().test_big()
    except unittest.SkipTest as exc:
        assert str(exc) == "not enough memory: 4.0G minimum needed", str(exc)
    else:
        raise AssertionError("bigmemtest ran beyond the limit")
finally:
    support.max_memuse = support.real_max_memuse = 0

# Small helpers
assert support.fcmp(1.0, 1.0 + 1e-9) == 0
assert support.fcmp(1.0, 2.0) == -1
assert support.fcmp(2, 1) == 1
assert support.fcmp([1.0, 2.0], [1.0, 2.0 + 1e-9]) == 0
assert support.fcmp((1, 2), (1, 2, 3)) == -1
assert support.sortdict({'b': 2, 'a': 1, 'c': [3]}) == "{'a': 1, 'b': 2, 'c': [3]}"
assert support.sortdict({}) == "{}"
assert support.strip_python_stderr(b"  error text\n[42 refs]\n") == b"error text"
assert support.strip_python_stderr(b"plain\n") == b"plain"
args = support.args_from_interpreter_flags()
assert isinstance(args, list) and all(a.startswith('-') for a in args)
if sys.flags.optimize:
    assert '-' + 'O' * sys.flags.optimize in args

class Syntax(unittest.TestCase):
    def runTest(self):
        support.check_syntax_error(self, "x = = 1")
result = unittest.TestResult()
Syntax().run(result)
assert result.wasSuccessful(), result.failures

support.reap_children()
support.gc_collect()
key = support.threading_setup()
support.threading_cleanup(*key)
@support.reap_threads
def threaded(x):
    return x + 1
assert threaded(1) == 2
