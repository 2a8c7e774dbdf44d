# Taipan's `test` package: the support code of Python's regression tests
# (test.support, test.script_helper, test.regrtest and `taipan -m test`).
#
# The test modules themselves are not part of Taipan.  To run CPython's
# own Lib/test files against this package, name their folder in the
# environment variable TAIPAN_TEST_PATH (several folders separated by
# os.pathsep) or pass it to `taipan -m test --testdir DIR`: each folder is
# added to this package's __path__ after Taipan's own, so that
# `test.test_grammar` is found there while `test.support` stays ours.

def _extend_path():
    import os
    extra = os.environ.get('TAIPAN_TEST_PATH', '')
    for folder in extra.split(os.pathsep):
        if folder:
            add_test_dir(folder)

def add_test_dir(folder):
    """Append folder to the places test modules are looked for."""
    import os
    folder = os.path.abspath(folder)
    if folder not in __path__:
        __path__.append(folder)

_extend_path()
