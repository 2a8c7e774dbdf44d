# TestLoader (names, modules, discovery with load_tests) and
# unittest.main's command line.
import io
import os
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def helper(self):
        pass

    not_callable_test_attr = 3


class Beta(unittest.TestCase):
    def runTest(self):
        pass


def make_suite():
    return unittest.TestSuite([Alpha('test_a')])


def not_a_test():
    return 42


loader = unittest.TestLoader()
assert loader.getTestCaseNames(Alpha) == ['test_a', 'test_b']
loader.sortTestMethodsUsing = lambda x, y: (x < y) - (x > y)
assert loader.getTestCaseNames(Alpha) == ['test_b', 'test_a']
loader.sortTestMethodsUsing = None
loader.testMethodPrefix = 'help'
assert loader.getTestCaseNames(Alpha) == ['helper']
loader = unittest.TestLoader()

suite = loader.loadTestsFromTestCase(Alpha)
assert [t.id() for t in suite] == ['__main__.Alpha.test_a', '__main__.Alpha.test_b']
assert [t.id() for t in loader.loadTestsFromTestCase(Beta)] == ['__main__.Beta.runTest']
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    assert str(e) == ('Test cases should not be derived from TestSuite. '
                      'Maybe you meant to derive from TestCase?')

main_module = sys.modules['__main__']
assert loader.loadTestsFromModule(main_module).countTestCases() == 3

def ids(suite):
    found = []
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            found.extend(ids(item))
        else:
            found.append(item.id())
    return found

assert ids(loader.loadTestsFromName('Alpha', main_module)) == [
    '__main__.Alpha.test_a', '__main__.Alpha.test_b']
assert ids(loader.loadTestsFromName('Alpha.test_b', main_module)) == ['__main__.Alpha.test_b']
assert ids(loader.loadTestsFromName('make_suite', main_module)) == ['__main__.Alpha.test_a']
assert ids(loader.loadTestsFromNames(['Alpha.test_a', 'Beta'], main_module)) == [
    '__main__.Alpha.test_a', '__main__.Beta.runTest']
try:
    loader.loadTestsFromName('not_a_test', main_module)
except TypeError as e:
    assert str(e).startswith('calling <function not_a_test at ') and \
        str(e).endswith('> returned 42, not a test'), str(e)
else:
    raise AssertionError('a non-test accepted')
try:
    loader.loadTestsFromName('Alpha.nothing_here', main_module)
except AttributeError as e:
    assert 'nothing_here' in str(e)
else:
    raise AssertionError('a missing name accepted')
try:
    loader.loadTestsFromName('no_such_module_for_unittest_xyz')
except ImportError as e:
    assert str(e) == 'No module named no_such_module_for_unittest_xyz', str(e)
try:
    loader.loadTestsFromName('not_callable_test_attr', Alpha)
except TypeError as e:
    assert str(e) == "don't know how to make test from: 3", str(e)

# The old functions.
assert unittest.getTestCaseNames(Alpha, 'test') == ['test_a', 'test_b']
assert unittest.makeSuite(Alpha).countTestCases() == 2
assert unittest.findTestCases(main_module).countTestCases() == 3

# TestSuite basics.
s = unittest.TestSuite()
s.addTests([Alpha('test_a'), Beta()])
assert s.countTestCases() == 2 and s == unittest.TestSuite([Alpha('test_a'), Beta()])
for bad, message in [(Alpha, 'TestCases and TestSuites must be instantiated before passing them to addTest()'),
                     (5, '5 is not callable')]:
    try:
        s.addTest(bad)
    except TypeError as e:
        assert str(e) == message, str(e)
    else:
        raise AssertionError('addTest accepted %r' % (bad,))
try:
    s.addTests('abc')
except TypeError as e:
    assert str(e) == 'tests must be an iterable of tests, not a string'


# Discovery in a folder made for the purpose.
top = '/tmp/taipan-unittest-discover-%d' % os.getpid()
files = {
    'test_one.py': 'import unittest\nclass One(unittest.TestCase):\n'
                   '    def test_1(self): pass\n    def test_2(self): pass\n',
    'other.py': 'import unittest\nclass Other(unittest.TestCase):\n'
                '    def test_o(self): pass\n',
    'test-bad-name.py': 'raise RuntimeError("must not be imported")\n',
    'test_broken.py': 'import no_such_module_for_discovery_xyz\n',
    'pkg/__init__.py': '',
    'pkg/test_inner.py': 'import unittest\nclass Inner(unittest.TestCase):\n'
                         '    def test_i(self): pass\n',
    'lt/__init__.py': '',
    'lt/test_lt.py': 'import unittest\nclass LT(unittest.TestCase):\n'
                     '    def test_l1(self): pass\n    def test_l2(self): pass\n'
                     'def load_tests(loader, tests, pattern):\n'
                     '    assert pattern is None\n'
                     '    return unittest.TestSuite([LT("test_l2")])\n',
    'nopkg/test_unreachable.py': 'raise RuntimeError("not a package")\n',
}
made_dirs = []
for name, text in sorted(files.items()):
    path = os.path.join(top, name)
    folder = os.path.dirname(path)
    for d in [top, folder]:
        if not os.path.isdir(d):
            os.mkdir(d)
            made_dirs.append(d)
    with open(path, 'w') as f:
        f.write(text)

saved_path = sys.path[:]
try:
    found = unittest.TestLoader().discover(top)
    names = sorted(ids(found))
    assert names == ['lt.test_lt.LT.test_l2', 'pkg.test_inner.Inner.test_i',
                     'test_one.One.test_1', 'test_one.One.test_2',
                     'unittest.loader.ModuleImportFailure.test_broken'], names
    assert sys.path[0] == top
    # The module that failed to import becomes a failing test.
    result = unittest.TestResult()
    found.run(result)
    assert result.testsRun == 5 and len(result.errors) == 1
    assert result.errors[0][1].rstrip().splitlines()[-1] == \
        'ImportError: No module named no_such_module_for_discovery_xyz', result.errors[0][1]
    assert 'Failed to import test module: test_broken' in result.errors[0][1]

    found = unittest.TestLoader().discover(top, pattern='oth*.py')
    assert ids(found) == ['other.Other.test_o'], ids(found)

    found = unittest.TestLoader().discover(os.path.join(top, 'pkg'), top_level_dir=top)
    assert ids(found) == ['pkg.test_inner.Inner.test_i'], ids(found)
    try:
        unittest.TestLoader().discover(os.path.join(top, 'nopkg'), top_level_dir=top)
    except ImportError as e:
        assert str(e).startswith('Start directory is not importable: ')
    else:
        raise AssertionError('non-package start directory accepted')

    # main(): discovery from the command line, and options.
    def run_main(argv, **kwargs):
        stream = io.StringIO()
        runner = unittest.TextTestRunner(stream=stream, verbosity=kwargs.pop('verbosity', 1))
        prog = unittest.main(module=None, argv=argv, exit=False,
                             testRunner=runner, **kwargs)
        return prog, stream.getvalue()

    prog, text = run_main(['prog', 'discover', '-s', top, '-p', 'test_one.py'])
    assert prog.result.testsRun == 2 and prog.result.wasSuccessful()
    assert text.startswith('..\n'), text
    assert prog.progName == 'prog discover'

    prog, text = run_main(['prog', 'discover', top, 'test_o*.py', top])
    assert prog.result.testsRun == 2
finally:
    sys.path[:] = saved_path
    for name in files:
        path = os.path.join(top, name)
        os.remove(path)
        cache = os.path.join(os.path.dirname(path), '__pycache__')
        if os.path.isdir(cache):
            for entry in os.listdir(cache):
                os.remove(os.path.join(cache, entry))
            os.rmdir(cache)
    for d in reversed(made_dirs):
        os.rmdir(d)
    for name in ['test_one', 'other', 'test_broken', 'pkg', 'pkg.test_inner',
                 'lt', 'lt.test_lt']:
        sys.modules.pop(name, None)


# main() with test names and flags, from this module.
class Flags(unittest.TestCase):
    def test_f(self):
        pass

prog = unittest.main(argv=['prog', '-v', '-f', '-b', 'Flags'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=io.StringIO()))
assert prog.verbosity == 2 and prog.failfast is True and prog.buffer is True
assert prog.testNames == ['Flags'] and prog.result.testsRun == 1
prog = unittest.main(argv=['prog', '-q', 'Flags.test_f', 'Alpha'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=io.StringIO()))
assert prog.verbosity == 0 and prog.result.testsRun == 3
assert prog.failfast is None and prog.catchbreak is None and prog.buffer is None

# A bad option prints the message and the usage, and exits with 2.
saved_stdout = sys.stdout
sys.stdout = out = io.StringIO()
try:
    unittest.main(argv=['prog', '-x'], exit=False)
except SystemExit as e:
    assert e.code == 2
else:
    raise AssertionError('bad option accepted')
finally:
    sys.stdout = saved_stdout
text = out.getvalue()
assert text.startswith('option -x not recognized\nUsage: prog [options] [test] [...]\n\n'
                       'Options:\n  -h, --help       Show this message\n'), text
assert '  -f, --failfast   Stop on first failure\n' in text
assert text.endswith("  prog MyTestCase                    - run all 'test*' test methods\n"
                     "                                               in MyTestCase\n\n"), text

# sys.exit with the outcome when exit is true.
try:
    unittest.main(argv=['prog', 'Flags'],
                  testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    assert e.code is False
else:
    raise AssertionError('main did not exit')
