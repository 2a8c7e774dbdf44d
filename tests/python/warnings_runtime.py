# Warnings the interpreter issues itself, through the same filters as
# warnings.warn: the compiler's SyntaxWarnings (compile, exec), and the
# DeprecationWarnings of object() and object.__init__ with arguments,
# object.__format__ with a format spec, sys.get/setcheckinterval, as
# CPython 3.2 issues them.
import sys
import warnings


def record(fn, action="always"):
    with warnings.catch_warnings(record=True) as log:
        warnings.resetwarnings()
        warnings.simplefilter(action)
        fn()
    return [(w.category.__name__, str(w.message), w.filename, w.lineno) for w in log]


# The compiler's warnings carry the file and line compiled.
src = "x = 1\n\nassert (x, 'always true')\n"
assert record(lambda: compile(src, "comp.py", "exec")) == [
    ('SyntaxWarning', 'assertion is always true, perhaps remove parentheses?', 'comp.py', 3)]
src2 = "def f():\n    y = 1\n    global y\n"
assert record(lambda: compile(src2, "glob.py", "exec")) == [
    ('SyntaxWarning', "name 'y' is assigned to before global declaration", 'glob.py', 3)]
assert record(lambda: compile(src, "comp.py", "exec"), "ignore") == []
# Made errors: the assertion warning is raised as it is; the symbol
# table's becomes a SyntaxError at its block.
try:
    record(lambda: compile(src, "comp.py", "exec"), "error")
except SyntaxWarning as e:
    assert str(e) == 'assertion is always true, perhaps remove parentheses?'
else:
    raise AssertionError("no SyntaxWarning")
try:
    record(lambda: compile(src2, "glob.py", "exec"), "error")
except SyntaxError as e:
    assert (e.msg, e.filename, e.lineno) == ("name 'y' is assigned to before global declaration", 'glob.py', 1), (e.msg, e.filename, e.lineno)
else:
    raise AssertionError("no SyntaxError")
# The module of a compile-time warning is the file name without ".py".
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", module="comp$")
    compile(src, "comp.py", "exec")
    compile(src, "other.py", "exec")
assert [w.filename for w in log] == ['other.py']
# -O drops asserts, and their warning.
assert record(lambda: compile(src, "comp.py", "exec", optimize=1)) == []


# object() and object.__init__ with arguments, when a class overrides both.
class Both:
    def __new__(cls, *args):
        return object.__new__(cls, *args)

    def __init__(self, *args):
        object.__init__(self, *args)

here = sys._getframe().f_lineno
assert record(lambda: Both(1, 2)) == [
    ('DeprecationWarning', 'object() takes no parameters', __file__, here - 5),
    ('DeprecationWarning', 'object.__init__() takes no parameters', __file__, here - 2)]
assert record(lambda: Both()) == []
# Silent under the default filters.
with warnings.catch_warnings(record=True) as log:
    Both(1)
assert log == []
# (That marked the location in the registry: "error" would not see it.)
assert __warningregistry__
__warningregistry__.clear()
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        Both(1)
    except DeprecationWarning as e:
        assert str(e) == 'object() takes no parameters'
    else:
        raise AssertionError("no DeprecationWarning")


# object.__format__ with a non-empty spec.
class Plain:
    def __str__(self):
        return "plain"

assert record(lambda: format(Plain(), "")) == []
log = record(lambda: format(Plain(), ">7"))
assert log == [('PendingDeprecationWarning', 'object.__format__ with a non-empty format string is deprecated', __file__, log[0][3])]
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    assert format(Plain(), ">7") == "  plain"

# sys.getcheckinterval and sys.setcheckinterval.
log = record(lambda: (sys.getcheckinterval(), sys.setcheckinterval(100)))
assert [m for c, m, f, l in log] == [
    'sys.getcheckinterval() and sys.setcheckinterval() are deprecated.  Use sys.getswitchinterval() instead.',
    'sys.getcheckinterval() and sys.setcheckinterval() are deprecated.  Use sys.setswitchinterval() instead.'], log
assert {c for c, m, f, l in log} == {'DeprecationWarning'}

# A module without __file__ is named by its __name__; its globals get
# the __warningregistry__.
g = {'__name__': 'mod_x'}
log = record(lambda: exec("import warnings\nwarnings.warn('named')", g))
assert log == [('UserWarning', 'named', 'mod_x', 2)], log
assert g['__warningregistry__'] == {}
g = {}
log = record(lambda: exec("import warnings\nwarnings.warn('nameless')", g), "default")
assert log == [('UserWarning', 'nameless', '<string>', 2)], log
assert g['__warningregistry__'] == {('nameless', UserWarning, 2): True}
