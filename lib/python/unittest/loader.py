"""TestLoader: finds tests in classes, modules, dotted names and folders."""

import os
import re
import sys
import traceback
import types
import functools

from fnmatch import fnmatch

from . import case, suite, util

__unittest = True

# A file name discovery may import as a module.
VALID_MODULE_NAME = re.compile(r'[_a-z]\w*\.py$', re.IGNORECASE)


def _make_failed_import_test(name, suiteClass):
    message = 'Failed to import test module: %s\n%s' % (name,
                                                         traceback.format_exc())
    return _make_failed_test('ModuleImportFailure', name, ImportError(message),
                             suiteClass)


def _make_failed_load_tests(name, exception, suiteClass):
    return _make_failed_test('LoadTestsFailure', name, exception, suiteClass)


def _make_failed_test(classname, methodname, exception, suiteClass):
    # A test standing for a module that could not be loaded: running it
    # raises the exception.
    def testFailure(self):
        raise exception
    TestClass = type(classname, (case.TestCase,), {methodname: testFailure})
    return suiteClass((TestClass(methodname),))


def _jython_aware_splitext(path):
    if path.lower().endswith('$py.class'):
        return path[:-9]
    return os.path.splitext(path)[0]


class TestLoader(object):
    """Makes test suites from TestCase classes, modules, names and
    folders."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(util.three_way_cmp)
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of one instance per test method of the class."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite."
                            " Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, use_load_tests=True):
        """A suite of the tests of every TestCase class in the module, or
        what its load_tests(loader, tests, None) returns."""
        found = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                found.append(self.loadTestsFromTestCase(obj))
        tests = self.suiteClass(found)
        load_tests = getattr(module, 'load_tests', None)
        if use_load_tests and load_tests is not None:
            try:
                return load_tests(self, tests, None)
            except Exception as e:
                return _make_failed_load_tests(module.__name__, e,
                                               self.suiteClass)
        return tests

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name designates: a module, a TestCase class,
        a test method, a suite, or a callable returning a test or suite.
        The name is taken relative to module when one is given."""
        parts = name.split('.')
        if module is None:
            # Import the longest importable prefix.
            prefix = parts[:]
            while prefix:
                try:
                    module = __import__('.'.join(prefix))
                    break
                except ImportError:
                    del prefix[-1]
                    if not prefix:
                        raise
            parts = parts[1:]
        obj = module
        for part in parts:
            parent, obj = obj, getattr(obj, part)

        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        elif isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        elif (isinstance(obj, types.FunctionType) and
              isinstance(parent, type) and
              issubclass(parent, case.TestCase)):
            method = obj.__name__
            inst = parent(method)
            # A static method stays a plain function on the instance:
            # such a thing is treated as a callable below.
            if not isinstance(getattr(inst, method), types.FunctionType):
                return self.suiteClass([inst])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            elif isinstance(test, case.TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites of loadTestsFromName for each name."""
        return self.suiteClass([self.loadTestsFromName(name, module)
                                for name in names])

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of the test methods of the class."""
        prefix = self.testMethodPrefix

        def is_test_method(attrname):
            return (attrname.startswith(prefix) and
                    callable(getattr(testCaseClass, attrname)))
        names = [n for n in dir(testCaseClass) if is_test_method(n)]
        if self.sortTestMethodsUsing:
            names.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of every module matching pattern under start_dir,
        searched recursively through packages.

        Modules are imported by their names relative to top_level_dir
        (start_dir by default), which goes on sys.path.  A package whose
        __init__ defines load_tests(loader, tests, pattern) decides its
        own tests; start_dir may also be a dotted package name.
        """
        implicit_top = False
        if top_level_dir is None and self._top_level_dir is not None:
            # A load_tests function calling discover again.
            top_level_dir = self._top_level_dir
        elif top_level_dir is None:
            implicit_top = True
            top_level_dir = start_dir

        top_level_dir = os.path.abspath(top_level_dir)
        if not top_level_dir in sys.path:
            sys.path.insert(0, top_level_dir)
        self._top_level_dir = top_level_dir

        not_importable = False
        if os.path.isdir(os.path.abspath(start_dir)):
            start_dir = os.path.abspath(start_dir)
            if start_dir != top_level_dir:
                not_importable = not os.path.isfile(
                    os.path.join(start_dir, '__init__.py'))
        else:
            # A dotted module name.
            try:
                __import__(start_dir)
            except ImportError:
                not_importable = True
            else:
                the_module = sys.modules[start_dir]
                top_part = start_dir.split('.')[0]
                start_dir = os.path.abspath(os.path.dirname(the_module.__file__))
                if implicit_top:
                    self._top_level_dir = \
                        self._get_directory_containing_module(top_part)
                    sys.path.remove(top_level_dir)

        if not_importable:
            raise ImportError('Start directory is not importable: %r' % start_dir)
        return self.suiteClass(list(self._find_tests(start_dir, pattern)))

    def _get_directory_containing_module(self, module_name):
        module = sys.modules[module_name]
        full_path = os.path.abspath(module.__file__)
        if os.path.basename(full_path).lower().startswith('__init__.py'):
            return os.path.dirname(os.path.dirname(full_path))
        return os.path.dirname(full_path)

    def _get_name_from_path(self, path):
        path = _jython_aware_splitext(os.path.normpath(path))
        relative = os.path.relpath(path, self._top_level_dir)
        assert not os.path.isabs(relative), "Path must be within the project"
        assert not relative.startswith('..'), "Path must be within the project"
        return relative.replace(os.path.sep, '.')

    def _get_module_from_name(self, name):
        __import__(name)
        return sys.modules[name]

    def _match_path(self, path, full_path, pattern):
        return fnmatch(path, pattern)

    def _find_tests(self, start_dir, pattern):
        """Generate the suites of the test modules under start_dir."""
        for path in os.listdir(start_dir):
            full_path = os.path.join(start_dir, path)
            if os.path.isfile(full_path):
                if not VALID_MODULE_NAME.match(path):
                    continue
                if not self._match_path(path, full_path, pattern):
                    continue
                name = self._get_name_from_path(full_path)
                try:
                    module = self._get_module_from_name(name)
                except:
                    yield _make_failed_import_test(name, self.suiteClass)
                    continue
                # The module imported must be this file, not one of the
                # same name elsewhere on sys.path.
                mod_file = os.path.abspath(getattr(module, '__file__', full_path))
                real = _jython_aware_splitext(mod_file)
                wanted = _jython_aware_splitext(full_path)
                if real.lower() != wanted.lower():
                    module_dir = os.path.dirname(real)
                    mod_name = _jython_aware_splitext(os.path.basename(full_path))
                    expected_dir = os.path.dirname(full_path)
                    msg = ("%r module incorrectly imported from %r. Expected %r. "
                           "Is this module globally installed?")
                    raise ImportError(msg % (mod_name, module_dir, expected_dir))
                yield self.loadTestsFromModule(module)
            elif os.path.isdir(full_path):
                if not os.path.isfile(os.path.join(full_path, '__init__.py')):
                    continue
                load_tests = None
                tests = None
                if fnmatch(path, pattern):
                    # The package itself matches: its own tests, and
                    # perhaps a load_tests taking over.
                    name = self._get_name_from_path(full_path)
                    package = self._get_module_from_name(name)
                    load_tests = getattr(package, 'load_tests', None)
                    tests = self.loadTestsFromModule(package, use_load_tests=False)
                if load_tests is None:
                    if tests is not None:
                        yield tests
                    for test in self._find_tests(full_path, pattern):
                        yield test
                else:
                    try:
                        yield load_tests(self, tests, pattern)
                    except Exception as e:
                        yield _make_failed_load_tests(package.__name__, e,
                                                      self.suiteClass)


defaultTestLoader = TestLoader()


def _makeLoader(prefix, sortUsing, suiteClass=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=util.three_way_cmp):
    return _makeLoader(prefix, sortUsing).getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=util.three_way_cmp,
              suiteClass=suite.TestSuite):
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(
        testCaseClass)


def findTestCases(module, prefix='test', sortUsing=util.three_way_cmp,
                  suiteClass=suite.TestSuite):
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
