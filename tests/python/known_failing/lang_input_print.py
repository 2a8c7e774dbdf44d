# Known failures under taipan (see tests/python/lang_input_print.py).
# Passes under CPython 3.2.6; move the check back when it passes.
import sys


# Fails under taipan (low priority, a CPython 3.2 quirk): print() with
# sys.stdout deleted raises TypeError('writeobject with NULL file') in
# 3.2; taipan raises RuntimeError('lost sys.stdout'), the 3.3 wording
# (builtins print).
def test_print_without_sys_stdout():
    so = sys.stdout
    del sys.stdout
    try:
        try:
            print('x')
        except BaseException as e:
            got = (type(e).__name__, str(e))
        else:
            got = None
    finally:
        sys.stdout = so
    assert got == ('TypeError', 'writeobject with NULL file'), got


test_print_without_sys_stdout()
