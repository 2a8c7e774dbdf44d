# doctest: parsing, finding, running, the option flags and directives,
# and the exact report formats of Python 3.2.
import doctest
import io
import sys
import types
import unittest


def run_text(text, name='sample', optionflags=0, verbose=False,
             filename='sample.txt', globs=None):
    parser = doctest.DocTestParser()
    test = parser.get_doctest(text, globs or {}, name, filename, 0)
    out = []
    runner = doctest.DocTestRunner(verbose=verbose, optionflags=optionflags)
    results = runner.run(test, out=out.append)
    return results, ''.join(out), runner


# Parsing: sources, wants, exception messages, line numbers, indents.
text = '''
Some text.

    >>> x = 1
    >>> print(x,
    ...       x + 1)
    1 2
    >>> raise KeyError('k')
    Traceback (most recent call last):
      File "x", line 1
    KeyError: 'k'
    >>> # just a comment

Trailing text.
'''
parts = doctest.DocTestParser().parse(text)
examples = [p for p in parts if isinstance(p, doctest.Example)]
assert [e.source for e in examples] == ['x = 1\n', 'print(x,\n      x + 1)\n',
                                       "raise KeyError('k')\n"]
assert [e.want for e in examples] == ['', '1 2\n', 'Traceback (most recent call last):\n'
                                      '  File "x", line 1\nKeyError: \'k\'\n']
assert [e.exc_msg for e in examples] == [None, None, "KeyError: 'k'\n"]
assert [e.lineno for e in examples] == [3, 4, 7]
assert [e.indent for e in examples] == [4, 4, 4]
assert parts[0] == '\nSome text.\n\n' and parts[-1].endswith('Trailing text.\n')

def parse_error(text):
    try:
        doctest.DocTestParser().get_examples(text, 'nm')
    except ValueError as e:
        return str(e)
    raise AssertionError('parsed: %r' % text)

assert parse_error('>>>x') == "line 1 of the docstring for nm lacks blank after >>>: '>>>x'"
assert parse_error('  >>> x\n ...y') == \
    "line 1 of the docstring for nm has inconsistent leading whitespace: '...y'"
assert parse_error('  >>> x\n 1') == \
    "line 2 of the docstring for nm has inconsistent leading whitespace: '1'"
assert parse_error('>>> x  # doctest: +NOSUCH') == \
    "line 1 of the doctest for nm has an invalid option: '+NOSUCH'"
assert parse_error('>>> # doctest: +ELLIPSIS') == \
    "line 0 of the doctest for nm has an option directive on a line with no example: '# doctest: +ELLIPSIS'"
ex = doctest.DocTestParser().get_examples('>>> 1  # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE\n1\n')[0]
assert ex.options == {doctest.ELLIPSIS: True, doctest.NORMALIZE_WHITESPACE: False}

# The flag values.
assert [doctest.DONT_ACCEPT_TRUE_FOR_1, doctest.DONT_ACCEPT_BLANKLINE,
        doctest.NORMALIZE_WHITESPACE, doctest.ELLIPSIS, doctest.SKIP,
        doctest.IGNORE_EXCEPTION_DETAIL, doctest.REPORT_UDIFF,
        doctest.REPORT_CDIFF, doctest.REPORT_NDIFF,
        doctest.REPORT_ONLY_FIRST_FAILURE] == [1, 2, 4, 8, 16, 32, 64, 128, 256, 512]
assert doctest.COMPARISON_FLAGS == 63 and doctest.REPORTING_FLAGS == 960

# A failure report, and the summary.
results, report, runner = run_text('''
>>> 1 + 1
3
>>> print('a')
>>> 2
2
''')
assert results == (2, 3) and results.failed == 2 and results.attempted == 3
assert report == '''\
**********************************************************************
File "sample.txt", line 2, in sample
Failed example:
    1 + 1
Expected:
    3
Got:
    2
**********************************************************************
File "sample.txt", line 4, in sample
Failed example:
    print('a')
Expected nothing
Got:
    a
''', report
saved = sys.stdout
sys.stdout = out = io.StringIO()
try:
    summary = runner.summarize()
    runner.summarize(verbose=True)
finally:
    sys.stdout = saved
assert summary == (2, 3)
assert out.getvalue() == '''\
**********************************************************************
1 items had failures:
   2 of   3 in sample
***Test Failed*** 2 failures.
**********************************************************************
1 items had failures:
   2 of   3 in sample
3 tests in 1 items.
1 passed and 2 failed.
***Test Failed*** 2 failures.
''', out.getvalue()

# Without a filename the header gives the line only.
results, report, runner = run_text('>>> 0\n1\n', filename=None)
assert report.split('\n')[1] == 'Line 1, in sample'

# Verbose reports.
results, report, runner = run_text('>>> x = 2\n>>> x\n2\n', verbose=True)
assert report == ('Trying:\n    x = 2\nExpecting nothing\nok\n'
                  'Trying:\n    x\nExpecting:\n    2\nok\n'), report

# Unexpected exceptions.
results, report, runner = run_text('>>> 1/0\n')
assert results == (1, 1)
lines = report.split('\n')
assert lines[:4] == ['*' * 70, 'File "sample.txt", line 1, in sample',
                     'Failed example:', '    1/0']
assert lines[4] == 'Exception raised:'
assert lines[5] == '    Traceback (most recent call last):'
assert lines[-4:] == ['      File "<doctest sample[0]>", line 1, in <module>',
                      '        1/0', '    ZeroDivisionError: division by zero', '']

# Expected exceptions and IGNORE_EXCEPTION_DETAIL (3.2: the module path
# of the exception's name is ignored too).
ok_cases = [
    ('>>> raise ValueError("v")\nTraceback (most recent call last):\n  ...\nValueError: v\n', 0),
    ('>>> raise ValueError("v")\nTraceback (most recent call last):\nValueError: other\n',
     doctest.IGNORE_EXCEPTION_DETAIL),
    ('>>> raise ValueError("v")\nTraceback (most recent call last):\nmod.path.ValueError: x\n',
     doctest.IGNORE_EXCEPTION_DETAIL),
    ('>>> raise ValueError("v")  # doctest: +IGNORE_EXCEPTION_DETAIL\n'
     'Traceback (innermost last):\nValueError: zz\n', 0),
]
for text, flags in ok_cases:
    results, report, runner = run_text(text, optionflags=flags)
    assert results == (0, 1), (text, report)
results, report, runner = run_text('>>> raise ValueError("v")\n'
                                   'Traceback (most recent call last):\nValueError: w\n')
assert results == (1, 1)
assert 'Expected:\n    Traceback (most recent call last):\n    ValueError: w\n' \
    'Got:\n    Traceback (most recent call last):\n' in report, report
assert report.endswith('      File "<doctest sample[0]>", line 1, in <module>\n'
                       '        raise ValueError("v")\n    ValueError: v\n'), report
results, report, runner = run_text('>>> raise ValueError("v")\nTraceback (most recent call last):\n'
                                   'TypeError: v\n', optionflags=doctest.IGNORE_EXCEPTION_DETAIL)
assert results == (1, 1)

# Comparison flags and directives.
checks = [
    ('>>> True\n1\n', 0, True),
    ('>>> True\n1\n', doctest.DONT_ACCEPT_TRUE_FOR_1, False),
    ('>>> print("a\\n\\nb")\na\n<BLANKLINE>\nb\n', 0, True),
    ('>>> print("a\\n\\nb")\na\n<BLANKLINE>\nb\n', doctest.DONT_ACCEPT_BLANKLINE, False),
    ('>>> print(" a  b\\nc")\na b c\n', doctest.NORMALIZE_WHITESPACE, True),
    ('>>> print(" a  b\\nc")\na b c\n', 0, False),
    ('>>> list(range(20))\n[0, 1, ..., 19]\n', doctest.ELLIPSIS, True),
    ('>>> list(range(20))\n[0, 1, ..., 19]\n', 0, False),
    ('>>> list(range(20))  # doctest: +ELLIPSIS\n[0, ..., 19]\n', 0, True),
    ('>>> list(range(20))  # doctest: -ELLIPSIS\n[0, ..., 19]\n', doctest.ELLIPSIS, False),
    ('>>> "abc"  # doctest: +ELLIPSIS\n\'a...b...c\'\n', 0, True),
    ('>>> "ab"  # doctest: +ELLIPSIS\n\'ab...b\'\n', 0, False),
    ('>>> 1  # doctest: +SKIP\n2\n', 0, None),
    ('>>> print("é")\n\\xe9\n', 0, True),
]
for text, flags, passes in checks:
    results, report, runner = run_text(text, optionflags=flags)
    if passes is None:
        assert results == (0, 0), (text, results)
    else:
        assert results == ((0, 1) if passes else (1, 1)), (text, flags, report)

# <BLANKLINE> in the report of a failure.
results, report, runner = run_text('>>> print("a\\n\\nb")\na\nb\n')
assert report.endswith('Expected:\n    a\n    b\nGot:\n    a\n    <BLANKLINE>\n    b\n'), report

# Diff reports.
diff_text = '>>> print("1\\n2\\n3\\n4")\n1\nX\n3\n4\n'
results, report, runner = run_text(diff_text, optionflags=doctest.REPORT_UDIFF)
assert report.endswith('Differences (unified diff with -expected +actual):\n'
                       '    @@ -1,4 +1,4 @@\n     1\n    -X\n    +2\n     3\n     4\n'), report
results, report, runner = run_text(diff_text, optionflags=doctest.REPORT_CDIFF)
assert report.endswith('Differences (context diff with expected followed by actual):\n'
                       '    ***************\n    *** 1,4 ****\n      1\n    ! X\n      3\n      4\n'
                       '    --- 1,4 ----\n      1\n    ! 2\n      3\n      4\n'), report
results, report, runner = run_text(diff_text, optionflags=doctest.REPORT_NDIFF)
assert report.endswith('Differences (ndiff with -expected +actual):\n'
                       '      1\n    - X\n    + 2\n      3\n      4\n'), report
# Short outputs are not diffed (except by ndiff).
results, report, runner = run_text('>>> 1\n2\n', optionflags=doctest.REPORT_UDIFF)
assert report.endswith('Expected:\n    2\nGot:\n    1\n')

# REPORT_ONLY_FIRST_FAILURE: later failures count but are not shown.
results, report, runner = run_text('>>> 1\n2\n>>> 3\n4\n>>> 1/0\n',
                                   optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
assert results == (3, 3) and report.count('Failed example:') == 1

# DocTestFinder over a module made here.
module = types.ModuleType('finder_sample')
module.__file__ = 'finder_sample.py'
exec('''
"""Module.

>>> 1
1
"""
def f():
    """
    >>> f() is None
    True
    """
class C:
    """
    >>> C.__name__
    'C'
    """
    def m(self):
        """
        >>> 2
        2
        """
    @staticmethod
    def s():
        """
        >>> 3
        3
        """
    @classmethod
    def c(cls):
        """
        >>> 4
        4
        """
    @property
    def p(self):
        """
        >>> 5
        5
        """
    def nodoc(self):
        pass
__test__ = {"extra": ">>> 6\\n6\\n"}
''', module.__dict__)
tests = doctest.DocTestFinder().find(module)
assert [(t.name, len(t.examples)) for t in tests] == [
    ('finder_sample', 1), ('finder_sample.C', 1), ('finder_sample.C.c', 1),
    ('finder_sample.C.m', 1), ('finder_sample.C.p', 1), ('finder_sample.C.s', 1),
    ('finder_sample.__test__.extra', 1), ('finder_sample.f', 1)], \
    [(t.name, len(t.examples)) for t in tests]
assert all(t.filename == 'finder_sample.py' for t in tests)
names = [t.name for t in doctest.DocTestFinder(exclude_empty=False).find(module)]
assert 'finder_sample.C.nodoc' in names
assert [t.name for t in doctest.DocTestFinder(recurse=False).find(module)] == ['finder_sample']
assert repr(tests[0]) == '<DocTest finder_sample from finder_sample.py:1 (1 example)>', repr(tests[0])

saved = sys.stdout
sys.stdout = out = io.StringIO()
try:
    results = doctest.testmod(module)
    doctest.run_docstring_examples(module.f, {'f': lambda: 1}, name='f')
finally:
    sys.stdout = saved
assert results == (0, 8), results
assert out.getvalue() == '''\
**********************************************************************
Line 2, in f
Failed example:
    f() is None
Expected:
    True
Got:
    False
''', out.getvalue()

# DocTestSuite and the unittest report of a failing doctest.
bad = types.ModuleType('bad_sample')
bad.__file__ = 'bad_sample.py'
exec('''
def g():
    """
    >>> g()
    1
    """
''', bad.__dict__)
suite = doctest.DocTestSuite(bad)
assert suite.countTestCases() == 1
case = list(suite)[0]
assert str(case) == 'g (bad_sample)' and case.id() == 'bad_sample.g'
assert case.shortDescription() == 'Doctest: bad_sample.g'
result = unittest.TestResult()
suite.run(result)
assert len(result.failures) == 1
message = result.failures[0][1].split('AssertionError: ', 1)[1]
assert message == '''\
Failed doctest test for bad_sample.g
  File "bad_sample.py", line 2, in g

----------------------------------------------------------------------
File "bad_sample.py", line 4, in bad_sample.g
Failed example:
    g()
Expected:
    1
Got nothing

''', message
try:
    doctest.DocTestSuite(types.ModuleType('empty_sample'))
except ValueError as e:
    assert e.args[1] == 'has no docstrings'

# DebugRunner raises at the first problem.
test = doctest.DocTestParser().get_doctest('>>> 1\n2\n', {}, 'dbg', None, 0)
try:
    doctest.DebugRunner(verbose=False).run(test)
except doctest.DocTestFailure as e:
    assert e.got == '1\n' and e.example.want == '2\n' and e.test is test
else:
    raise AssertionError('DebugRunner did not raise')
test = doctest.DocTestParser().get_doctest('>>> 1/0\n', {}, 'dbg', None, 0)
try:
    doctest.DebugRunner(verbose=False).run(test)
except doctest.UnexpectedException as e:
    assert e.exc_info[0] is ZeroDivisionError
else:
    raise AssertionError('DebugRunner did not raise')

# script_from_examples.
assert doctest.script_from_examples('''
Text line.
    >>> x = 1
    >>> x
    1

End.
''') == '# Text line.\nx = 1\nx\n# Expected:\n## 1\n#\n# End.\n'

# set_unittest_reportflags accepts only reporting flags.
old = doctest.set_unittest_reportflags(doctest.REPORT_NDIFF)
assert doctest.set_unittest_reportflags(old) == doctest.REPORT_NDIFF
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    assert e.args == ('Only reporting flags allowed', doctest.ELLIPSIS)
