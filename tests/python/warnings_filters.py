# The warnings module over the native _warnings: the default filters,
# each action, the __warningregistry__ once-per-location rule, filter
# matching on message, category, module and line, catch_warnings,
# showwarning/formatwarning output, warn_explicit and the errors of
# malformed filters, as CPython 3.2 has them.
import sys
import warnings
import _warnings

assert warnings.warn is _warnings.warn
assert warnings.warn_explicit is _warnings.warn_explicit
assert warnings.filters is _warnings.filters
assert warnings.defaultaction == 'default'
assert warnings.onceregistry is _warnings._onceregistry


def summary(filters):
    return [(a, m, c.__name__, mod, ln) for a, m, c, mod, ln in filters]


# 3.2's default filters (no -W, -b).
assert summary(warnings.filters) == [
    ('ignore', None, 'DeprecationWarning', None, 0),
    ('ignore', None, 'PendingDeprecationWarning', None, 0),
    ('ignore', None, 'ImportWarning', None, 0),
    ('ignore', None, 'BytesWarning', None, 0),
    ('ignore', None, 'ResourceWarning', None, 0)], warnings.filters


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return ''.join(self.parts)


def here():
    return sys._getframe(1).f_lineno


def recorded(action, fn):
    with warnings.catch_warnings(record=True) as log:
        warnings.resetwarnings()
        if action:
            warnings.simplefilter(action)
        fn()
    return log


# Default filters hide DeprecationWarning, show UserWarning.
with warnings.catch_warnings(record=True) as log:
    warnings.warn("dep", DeprecationWarning)
    warnings.warn("pending", PendingDeprecationWarning)
    warnings.warn("imp", ImportWarning)
    warnings.warn("res", ResourceWarning)
    warnings.warn("bytes", BytesWarning)
    ln = here(); warnings.warn("user")
assert [str(w.message) for w in log] == ['user'], [str(w) for w in log]
w = log[0]
assert w.category is UserWarning and isinstance(w.message, UserWarning)
assert w.filename == __file__ and w.lineno == ln, (w.filename, w.lineno, ln)
assert w.file is None and w.line is None

# A Warning instance gives its own class; stacklevel names the caller.
def deep():
    warnings.warn(RuntimeWarning("inst"), stacklevel=2)
def call_deep():
    deep()
ln = here(); log = recorded("always", lambda: [deep(), call_deep()])
assert [w.category for w in log] == [RuntimeWarning, RuntimeWarning]
assert log[0].lineno == ln, (log[0].lineno, ln)
ln_call = call_deep.__code__.co_firstlineno + 1
assert log[1].lineno == ln_call, (log[1].lineno, ln_call)
# Past the outermost frame: sys is the module, line 1.
log = recorded("always", lambda: warnings.warn("far", stacklevel=100))
assert (log[0].filename, log[0].lineno) == ('sys', 1), (log[0].filename, log[0].lineno)

# error: the warning is raised.
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", FutureWarning)
    except FutureWarning as e:
        assert e.args == ('boom',)
    else:
        raise AssertionError("no FutureWarning")
    inst = UserWarning("mine")
    try:
        warnings.warn(inst)
    except UserWarning as e:
        assert e is inst
    else:
        raise AssertionError("no UserWarning")

# always shows every time; default once per location; module once per
# module; once (with a module registry, as in 3.2's C code) once per text.
def twice_same_line():
    for i in range(2):
        warnings.warn("loop")
def two_lines():
    warnings.warn("pair")
    warnings.warn("pair")
for action, n_loop, n_pair in [("always", 2, 2), ("default", 1, 2),
                               ("module", 1, 1), ("once", 1, 1)]:
    globals().pop('__warningregistry__', None)
    warnings.onceregistry.clear()
    log = recorded(action, lambda: [twice_same_line(), two_lines()])
    msgs = [str(w.message) for w in log]
    assert msgs == ['loop'] * n_loop + ['pair'] * n_pair, (action, msgs)

# The registry: the key (text, category, line) is set for every action
# but "always"; module and once add (text, category).
globals().pop('__warningregistry__', None)
log = recorded("default", lambda: warnings.warn("reg"))
reg = __warningregistry__
assert reg == {('reg', UserWarning, log[0].lineno): True}, reg
globals().pop('__warningregistry__', None)
log = recorded("module", lambda: warnings.warn("mod"))
assert __warningregistry__ == {('mod', UserWarning, log[0].lineno): True,
                               ('mod', UserWarning): True}, __warningregistry__
globals().pop('__warningregistry__', None)
log = recorded("always", lambda: warnings.warn("alw"))
assert __warningregistry__ == {}, __warningregistry__
globals().pop('__warningregistry__', None)
warnings.onceregistry.clear()
log = recorded("once", lambda: warnings.warn("onc"))
assert __warningregistry__ == {('onc', UserWarning, log[0].lineno): True,
                               ('onc', UserWarning): True}, __warningregistry__
assert warnings.onceregistry == {}

# A location once ignored stays silent, whatever the filters say later:
# the registry is consulted before the filters.
globals().pop('__warningregistry__', None)
def quiet_spot():
    warnings.warn("spot")
log = recorded("ignore", quiet_spot)
assert log == []
log = recorded("always", quiet_spot)
assert log == []
__warningregistry__.clear()
log = recorded("always", quiet_spot)
assert len(log) == 1

# filterwarnings: the message is a case-insensitive regular expression
# matched at the start; the module one is case-sensitive.
def outcome(text, **kw):
    with warnings.catch_warnings(record=True) as log:
        warnings.resetwarnings()
        warnings.simplefilter("always")
        warnings.filterwarnings("error", **kw)
        try:
            warnings.warn(text, UserWarning)
        except UserWarning:
            return 'error'
    return 'shown' if log else 'none'
assert outcome("Hello world", message="hel") == 'error'
assert outcome("Hello world", message="world") == 'shown'
assert outcome("Hello world", message="H.llo w") == 'error'
assert outcome("Hello world", message="hello$") == 'shown'
assert outcome("x", category=DeprecationWarning) == 'shown'
assert outcome("x", category=UserWarning) == 'error'
assert outcome("x", module="__main__") == 'error'
assert outcome("x", module="__MAIN__") == 'shown'
assert outcome("x", module="__mai") == 'error'
assert outcome("x", module="other") == 'shown'
ln = here() + 3
with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings("error", lineno=ln + 1)
    warnings.warn("at line", UserWarning)
assert len(log) == 1 and log[0].lineno == ln, (log[0].lineno, ln)
with warnings.catch_warnings():
    warnings.filterwarnings("error", lineno=here() + 2)
    try:
        warnings.warn("at line")
    except UserWarning:
        pass
    else:
        raise AssertionError("lineno filter did not match")

# Filter order: the front wins; append puts a filter last.
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("always")
    warnings.simplefilter("error", append=True)
    assert [f[0] for f in warnings.filters] == ['always', 'error']
    warnings.warn("first wins")
    warnings.filterwarnings("ignore", "first")
    assert warnings.filters[0][0] == 'ignore'
    warnings.warn("first wins again")
assert [str(w.message) for w in log] == ['first wins']

# With no filters the default action applies.
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    assert warnings.filters == []
    for i in range(2):
        warnings.warn("by default", DeprecationWarning)
assert len(log) == 1

# Argument checks of filterwarnings and simplefilter.
def assertion(f):
    try:
        f()
    except AssertionError as e:
        return str(e)
    raise AssertionError("no AssertionError")
assert assertion(lambda: warnings.filterwarnings("bad")) == "invalid action: 'bad'"
assert assertion(lambda: warnings.simplefilter("bad")) == "invalid action: 'bad'"
assert assertion(lambda: warnings.filterwarnings("error", 1)) == "message must be a string"
assert assertion(lambda: warnings.filterwarnings("error", category=1)) == "category must be a class"
assert assertion(lambda: warnings.filterwarnings("error", category=int)) == "category must be a Warning subclass"
assert assertion(lambda: warnings.filterwarnings("error", module=1)) == "module must be a string"
assert assertion(lambda: warnings.filterwarnings("error", lineno=-1)) == "lineno must be an int >= 0"
assert assertion(lambda: warnings.simplefilter("error", lineno='1')) == "lineno must be an int >= 0"


def raises(f, exc, msg):
    try:
        f()
    except exc as e:
        assert str(e) == msg, (str(e), msg)
    else:
        raise AssertionError("no " + exc.__name__)

# Errors of warn and of broken filters.
raises(lambda: warnings.warn("x", int), ValueError, "category is not a subclass of Warning")
raises(lambda: warnings.warn("x", None), TypeError, "issubclass() arg 1 must be a class")
raises(lambda: warnings.warn("x", UserWarning, "2"), TypeError, "'str' object cannot be interpreted as an integer")
with warnings.catch_warnings():
    warnings.filters[:] = ["x"]
    raises(lambda: warnings.warn("q"), ValueError, "_warnings.filters item 0 isn't a 5-tuple")
    warnings.filters[:] = [("bogus", None, Warning, None, 0)]
    raises(lambda: warnings.warn("q"), RuntimeError,
           "Unrecognized action (bogus) in warnings.filters:\n ('bogus', None, <class 'Warning'>, None, 0)")
    warnings.filters = ()
    raises(lambda: warnings.warn("q"), ValueError, "_warnings.filters must be a list")
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = 42
    raises(lambda: warnings.warn("q"), TypeError,
           "warnings.showwarning() must be set to a function or method")

# formatwarning and showwarning: "file:line: Category: message", then the
# source line, stripped, indented by two spaces.
assert warnings.formatwarning("msg", UserWarning, "f.py", 7, "   x = 1  \n") == \
    "f.py:7: UserWarning: msg\n  x = 1\n"
assert warnings.formatwarning("msg", UserWarning, "f.py", 7, "") == "f.py:7: UserWarning: msg\n"
assert warnings.formatwarning(UserWarning("obj"), DeprecationWarning, "<x>", 1) == \
    "<x>:1: DeprecationWarning: obj\n"
ln = here()  # this line is shown
assert warnings.formatwarning("m", Warning, __file__, ln) == \
    "%s:%d: Warning: m\n  ln = here()  # this line is shown\n" % (__file__, ln)
out = Out()
warnings.showwarning("shown", RuntimeWarning, "g.py", 3, out, "code()")
assert out.text() == "g.py:3: RuntimeWarning: shown\n  code()\n", out.text()

# Without record, warnings go to showwarning, which writes to sys.stderr.
saved = sys.stderr
sys.stderr = out = Out()
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        ln = here(); warnings.warn("to stderr")
finally:
    sys.stderr = saved
assert out.text() == "%s:%d: UserWarning: to stderr\n  ln = here(); warnings.warn(\"to stderr\")\n" % (__file__, ln), out.text()

# showwarning may be replaced; it gets message, category, filename, lineno.
calls = []
def show(*args, **kw):
    calls.append((args, kw))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = show
    warnings.warn("custom", SyntaxWarning)
(args, kw), = calls
assert kw == {} and len(args) == 4 and args[1] is SyntaxWarning and args[2] == __file__
assert isinstance(args[0], SyntaxWarning) and str(args[0]) == "custom"

# warn_explicit: module defaults to the file name without ".py";
# registry must be a dict or None.
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.filterwarnings("error", module="spam$")
    raises(lambda: warnings.warn_explicit("e", UserWarning, "spam.py", 4), UserWarning, "e")
    warnings.warn_explicit("e", UserWarning, "eggs.py", 4)
    warnings.warn_explicit("e", UserWarning, "spam.py", 4, module="ham")
    reg = {}
    warnings.warn_explicit("r", UserWarning, "x.py", 9, "x", reg)
    warnings.warn_explicit("r", UserWarning, "x.py", 9, "x", reg)
    assert reg == {('r', UserWarning, 9): True}, reg
    raises(lambda: warnings.warn_explicit("r", UserWarning, "x.py", 9, "x", []),
           TypeError, "'registry' must be a dict")
    warnings.warn_explicit("none", UserWarning, "", 1)
    warnings.warn_explicit(Warning("inst"), UserWarning, "w.py", 5)
    raises(lambda: warnings.warn_explicit("s", UserWarning, "w.py", "5"), TypeError, "an integer is required")
assert [(str(w.message), w.filename, w.lineno) for w in log] == [
    ('e', 'eggs.py', 4), ('e', 'spam.py', 4), ('r', 'x.py', 9),
    ('none', '', 1), ('inst', 'w.py', 5)], [(str(w.message), w.filename, w.lineno) for w in log]
assert log[-1].category is Warning

# module_globals with a loader: its get_source is asked for the source.
asked = []
class Loader:
    def get_source(self, name):
        asked.append(name)
        return "line one\nline two\n"
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn_explicit("ld", UserWarning, "nowhere.py", 2, "mod", {},
                           {'__loader__': Loader(), '__name__': 'fake.mod'})
assert asked == ['fake.mod'] and len(log) == 1

# catch_warnings puts filters and showwarning back, and says what it is.
before_filters, before_show = warnings.filters, warnings.showwarning
cw = warnings.catch_warnings(record=True)
assert repr(cw) == "catch_warnings(record=True)"
assert repr(warnings.catch_warnings()) == "catch_warnings()"
with cw as log:
    assert warnings.filters is not before_filters
    assert warnings.filters == before_filters
    assert warnings.showwarning is not before_show
    raises(lambda: cw.__enter__(), RuntimeError, "Cannot enter catch_warnings(record=True) twice")
assert warnings.filters is before_filters and warnings.showwarning is before_show
raises(lambda: warnings.catch_warnings().__exit__(), RuntimeError,
       "Cannot exit catch_warnings() without entering first")
with warnings.catch_warnings() as nothing:
    assert nothing is None
try:
    warnings.catch_warnings(True)
except TypeError:
    pass
else:
    raise AssertionError("record is keyword-only")

# WarningMessage.
wm = warnings.WarningMessage(UserWarning("w"), UserWarning, "f.py", 3)
assert str(wm) == "{message : UserWarning('w',), category : 'UserWarning', filename : 'f.py', lineno : 3, line : None}", str(wm)
wm = warnings.WarningMessage("m", None, "f.py", 3, None, "src")
assert str(wm) == "{message : 'm', category : None, filename : 'f.py', lineno : 3, line : 'src'}", str(wm)

assert sorted(warnings.__all__) == ['catch_warnings', 'filterwarnings', 'formatwarning',
                                    'resetwarnings', 'showwarning', 'warn']
