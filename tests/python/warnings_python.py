# The warnings module without _warnings (its warn and warn_explicit in
# Python, as CPython's test_warnings imports it), a fresh _warnings, and
# the parsing of -W options (_setoption), as CPython 3.2 has them.
import sys


def fresh_warnings(block_native):
    # Import warnings again: without _warnings (blocked by a None entry in
    # sys.modules) or with a fresh one; sys.modules is put back after.
    saved = {name: sys.modules[name] for name in ('warnings', '_warnings')
             if name in sys.modules}
    try:
        sys.modules.pop('warnings', None)
        if block_native:
            sys.modules['_warnings'] = None
        else:
            sys.modules.pop('_warnings', None)
        import warnings
        return warnings
    finally:
        for name in ('warnings', '_warnings'):
            sys.modules.pop(name, None)
        sys.modules.update(saved)


import warnings as original
py_warnings = fresh_warnings(True)
c_warnings = fresh_warnings(False)
assert sys.modules['warnings'] is original
assert py_warnings is not original and c_warnings is not original
assert py_warnings.warn.__module__ == py_warnings.__name__ == 'warnings'
assert type(py_warnings.warn).__name__ == 'function'
assert type(c_warnings.warn).__name__ == 'builtin_function_or_method'
# A fresh _warnings starts again from the default filters.
assert c_warnings.filters is not original.filters
assert c_warnings.filters == py_warnings.filters

for mod in (py_warnings, c_warnings):
    assert [(a, m, c.__name__, md, ln) for a, m, c, md, ln in mod.filters] == [
        ('ignore', None, 'DeprecationWarning', None, 0),
        ('ignore', None, 'PendingDeprecationWarning', None, 0),
        ('ignore', None, 'ImportWarning', None, 0),
        ('ignore', None, 'BytesWarning', None, 0),
        ('ignore', None, 'ResourceWarning', None, 0)], (mod, mod.filters)


def here():
    return sys._getframe(1).f_lineno


# The Python implementation follows the same rules.
pw = py_warnings
with pw.catch_warnings(module=pw, record=True) as log:
    pw.simplefilter("always")
    ln = here(); pw.warn("py one")
    pw.warn(DeprecationWarning("py two"), stacklevel=1)
assert [(str(w.message), w.category, w.filename) for w in log] == [
    ('py one', UserWarning, __file__), ('py two', DeprecationWarning, __file__)]
assert log[0].lineno == ln

with pw.catch_warnings(module=pw):
    pw.simplefilter("error")
    try:
        pw.warn("py error", RuntimeWarning)
    except RuntimeWarning as e:
        assert str(e) == "py error"
    else:
        raise AssertionError("no RuntimeWarning")

def spot(mod):
    mod.warn("spot", UserWarning)
# (_warnings consults sys.modules['warnings'], the original module.)
for mod in (pw, original):
    globals().pop('__warningregistry__', None)
    with mod.catch_warnings(module=mod, record=True) as log:
        mod.simplefilter("default")
        spot(mod)
        spot(mod)
    assert len(log) == 1, mod
    key = ('spot', UserWarning, spot.__code__.co_firstlineno + 1)
    assert __warningregistry__.get(key), (mod, __warningregistry__)

# "module" in Python keeps (text, category, 0) in the registry; "once"
# uses onceregistry.
with pw.catch_warnings(module=pw, record=True) as log:
    pw.simplefilter("module")
    reg = {}
    pw.warn_explicit("m", UserWarning, "a.py", 1, "a", reg)
    pw.warn_explicit("m", UserWarning, "a.py", 2, "a", reg)
    assert reg == {('m', UserWarning, 1): 1, ('m', UserWarning, 0): 1,
                   ('m', UserWarning, 2): 1}, reg
    pw.simplefilter("once")
    pw.onceregistry.clear()
    reg = {}
    pw.warn_explicit("o", UserWarning, "a.py", 1, "a", reg)
    pw.warn_explicit("o", UserWarning, "b.py", 2, "b", {})
    assert pw.onceregistry == {('o', UserWarning): 1}, pw.onceregistry
    assert reg == {('o', UserWarning, 1): 1}
assert [str(w.message) for w in log] == ['m', 'o']

with pw.catch_warnings(module=pw):
    pw.filters[:] = [("bogus", None, Warning, None, 0)]
    try:
        pw.warn("q")
    except RuntimeError as e:
        assert str(e) == "Unrecognized action ('bogus') in warnings.filters:\n ('bogus', None, <class 'Warning'>, None, 0)", str(e)
    else:
        raise AssertionError("no RuntimeError")
    pw.simplefilter("always")
    pw.showwarning = 42
    try:
        pw.warn("q")
    except TypeError as e:
        assert str(e) == "warnings.showwarning() must be set to a function or method"
    else:
        raise AssertionError("no TypeError")

# A loader's source serves the Python implementation's formatwarning.
class Loader:
    def get_source(self, name):
        return "first\n    second line\n"
import linecache
with pw.catch_warnings(module=pw):
    pw.simplefilter("always")
    shown = []
    def show(message, category, filename, lineno, file=None, line=None):
        shown.append(pw.formatwarning(message, category, filename, lineno, line))
    pw.showwarning = show
    pw.warn_explicit("ld", UserWarning, "<loaded-by-test>.py", 2, "ld", {},
                     {'__loader__': Loader(), '__name__': 'ldmod'})
linecache.clearcache()
assert shown == ["<loaded-by-test>.py:2: UserWarning: ld\n  second line\n"], shown


# -W options: action:message:category:module:lineno.
def option(mod, arg):
    with mod.catch_warnings(module=mod):
        mod.resetwarnings()
        mod._setoption(arg)
        action, msg, cat, module, lineno = mod.filters[0]
        return action, msg.pattern, cat, module.pattern, lineno

for mod in (pw, c_warnings):
    assert option(mod, 'error::Warning::0') == ('error', '', Warning, '', 0)
    assert option(mod, 'ignore') == ('ignore', '', Warning, '', 0)
    assert option(mod, 'i') == ('ignore', '', Warning, '', 0)
    assert option(mod, 'a') == ('always', '', Warning, '', 0)
    assert option(mod, 'all') == ('always', '', Warning, '', 0)
    assert option(mod, 'd') == ('default', '', Warning, '', 0)
    assert option(mod, '') == ('default', '', Warning, '', 0)
    assert option(mod, 'mod') == ('module', '', Warning, '', 0)
    assert option(mod, 'o') == ('once', '', Warning, '', 0)
    assert option(mod, 'e:hello world') == ('error', 'hello\\ world', Warning, '', 0)
    assert option(mod, ' e : a.b : DeprecationWarning : pkg.mod : 12 ') == \
        ('error', 'a\\.b', DeprecationWarning, 'pkg\\.mod$', 12)
    assert option(mod, 'ignore::builtins.UserWarning') == ('ignore', '', UserWarning, '', 0)
    for bad, message in [
            ('1:2:3:4:5:6', "too many fields (max 5): '1:2:3:4:5:6'"),
            ('bogus::Warning', "invalid action: 'bogus'"),
            ('ignore:2::4:-5', "invalid lineno -5"),
            ('ignore:::x:y', "invalid lineno 'y'"),
            ('ignore::NoSuchWarning', "unknown warning category: 'NoSuchWarning'"),
            ('ignore::int', "invalid warning category: 'int'"),
            ('ignore::no_such_module.Warning', "invalid module name: 'no_such_module'"),
            ('ignore::sys.NoSuch', "unknown warning category: 'sys.NoSuch'")]:
        try:
            mod._setoption(bad)
        except mod._OptionError as e:
            assert str(e) == message, (bad, str(e))
        else:
            raise AssertionError("accepted " + bad)

# _processoptions reports a bad option on stderr and goes on.
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
saved = sys.stderr
sys.stderr = out = Out()
try:
    with pw.catch_warnings(module=pw):
        pw.resetwarnings()
        pw._processoptions(['error', 'nonsense', 'ignore::DeprecationWarning'])
        assert [(f[0], f[2]) for f in pw.filters] == [('ignore', DeprecationWarning), ('error', Warning)]
finally:
    sys.stderr = saved
assert ''.join(out.parts) == "Invalid -W option ignored: invalid action: 'nonsense'\n", out.parts
