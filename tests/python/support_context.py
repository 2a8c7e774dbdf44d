# test.support: context managers and decorators that change things for a
# while and put them back.
import os
import sys
import warnings
import unittest
from test import support

# captured_stdout / captured_stderr / captured_output
with support.captured_stdout() as s:
    print("hello")
    print("world", end="!")
assert s.getvalue() == "hello\nworld!", repr(s.getvalue())
assert sys.stdout is not s
with support.captured_stderr() as s:
    sys.stderr.write("oops\n")
assert s.getvalue() == "oops\n"
saved = sys.stdout
try:
    with support.captured_output("stdout") as s:
        raise KeyError("inside")
except KeyError:
    pass
assert sys.stdout is saved

# swap_attr: an existing attribute, and one made and removed.
class Thing:
    colour = 'red'
t = Thing()
with support.swap_attr(Thing, 'colour', 'blue'):
    assert t.colour == 'blue'
assert t.colour == 'red'
with support.swap_attr(t, 'size', 3):
    assert t.size == 3
assert not hasattr(t, 'size')
try:
    with support.swap_attr(Thing, 'colour', 'green'):
        raise ValueError
except ValueError:
    pass
assert Thing.colour == 'red'

# swap_item
d = {'a': 1}
with support.swap_item(d, 'a', 2):
    assert d == {'a': 2}
assert d == {'a': 1}
with support.swap_item(d, 'b', 3):
    assert d == {'a': 1, 'b': 3}
assert d == {'a': 1}

# EnvironmentVarGuard: changes undone, missing variables removed again.
name1, name2 = 'TAIPAN_SUPPORT_TEST_A', 'TAIPAN_SUPPORT_TEST_B'
os.environ.pop(name2, None)
os.environ[name1] = 'original'
with support.EnvironmentVarGuard() as env:
    env[name1] = 'changed'
    env.set(name2, 'new')
    assert os.environ[name1] == 'changed'
    assert env[name2] == 'new'
    assert name2 in env
    env.unset(name1)
    assert name1 not in os.environ
    assert len(env) == len(os.environ)
assert os.environ[name1] == 'original'
assert name2 not in os.environ
del os.environ[name1]

# check_warnings: every warning must match a filter and, unless quiet,
# every filter must match a warning.
with support.check_warnings(("spam", UserWarning)) as w:
    warnings.warn("spam and eggs", UserWarning)
    assert str(w.message) == "spam and eggs"
    assert w.category is UserWarning
with support.check_warnings() as w:
    assert w.message is None and w.category is None
    warnings.warn("anything", DeprecationWarning)
    warnings.warn("again", DeprecationWarning)
    assert len(w.warnings) == 2
    w.reset()
    assert w.warnings == []
    assert w.message is None
try:
    with support.check_warnings(("spam", UserWarning)):
        pass
except AssertionError as exc:
    assert str(exc) == "filter ('spam', UserWarning) did not catch any warning", str(exc)
else:
    raise AssertionError("a filter that caught nothing passed")
with support.check_warnings(("spam", UserWarning), quiet=True):
    pass
try:
    with support.check_warnings(("spam", UserWarning)):
        warnings.warn("spam", UserWarning)
        warnings.warn("ham", RuntimeWarning)
except AssertionError as exc:
    assert str(exc).startswith("unhandled warning "), str(exc)
    assert "ham" in str(exc)
else:
    raise AssertionError("an unmatched warning passed")
# The message is matched from its start, ignoring case; the category by
# subclass.
with support.check_warnings(("SPAM", Warning)):
    warnings.warn("spam", UserWarning)
try:
    with support.check_warnings(("eggs", UserWarning)):
        warnings.warn("spam and eggs", UserWarning)
except AssertionError:
    pass
else:
    raise AssertionError("check_warnings matched in the middle")
# Warnings already shown once from this module are shown again.
for i in range(2):
    with support.check_warnings(("repeated", UserWarning)):
        warnings.warn("repeated", UserWarning)

# TransientResource and its instances
try:
    with support.time_out:
        raise IOError(110, "timed out")
except support.ResourceDenied as exc:
    assert str(exc) == "an optional resource is not available"
else:
    raise AssertionError("time_out let ETIMEDOUT through")
try:
    with support.time_out:
        raise IOError(2, "no such file")
except IOError as exc:
    assert exc.errno == 2
for value in (None, 0):
    with support.TransientResource(IOError, errno=value):
        pass

# CleanImport: a module imported inside is a new object; sys.modules is
# restored afterwards.
import keyword
with support.CleanImport('keyword'):
    import keyword as fresh
    assert fresh is not keyword
assert sys.modules['keyword'] is keyword

# DirsOnSysPath
saved = sys.path[:]
with support.DirsOnSysPath('/no/such/dir1', '/no/such/dir2'):
    assert sys.path[-2:] == ['/no/such/dir1', '/no/such/dir2']
    sys.path.append('/more')
assert sys.path == saved

# run_with_locale runs the function even when the locale cannot be set.
@support.run_with_locale('LC_NUMERIC', 'no_such_locale', '')
def numeric(x):
    "doc"
    return x * 2
assert numeric(21) == 42
assert numeric.__name__ == 'numeric' and numeric.__doc__ == 'doc'
