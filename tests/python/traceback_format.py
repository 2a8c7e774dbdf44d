# The traceback module: extract_tb, extract_stack, format_list, format_tb,
# format_stack, format_exception (with chaining), format_exception_only,
# print_exc, format_exc, print_exception, print_tb, print_stack,
# print_list, print_last, the limit argument and sys.tracebacklimit, each
# compared with the text CPython 3.2 produces, and with the interpreter's
# own printer of uncaught exceptions (sys.excepthook).
import sys
import traceback

F = __file__


class Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return ''.join(self.parts)


def first_line(f):
    return f.__code__.co_firstlineno


def inner():
    return 1 / 0      # the innermost frame


def middle():
    x = inner()
    return x


def caught(f):
    try:
        f()
    except BaseException:
        return sys.exc_info()
    raise AssertionError("no exception")


etype, value, tb = caught(middle)
L_caught, L_middle, L_inner = first_line(caught) + 2, first_line(middle) + 1, first_line(inner) + 1

entries = traceback.extract_tb(tb)
assert entries == [
    (F, L_caught, 'caught', 'f()'),
    (F, L_middle, 'middle', 'x = inner()'),
    (F, L_inner, 'inner', 'return 1 / 0      # the innermost frame')], entries

expected_tb = [
    '  File "%s", line %d, in caught\n    f()\n' % (F, L_caught),
    '  File "%s", line %d, in middle\n    x = inner()\n' % (F, L_middle),
    '  File "%s", line %d, in inner\n    return 1 / 0      # the innermost frame\n' % (F, L_inner)]
assert traceback.format_tb(tb) == expected_tb, traceback.format_tb(tb)
assert traceback.format_list(entries) == expected_tb
assert traceback.format_tb(tb, 1) == expected_tb[:1]
assert traceback.extract_tb(tb, 2) == entries[:2]
assert traceback.extract_tb(tb, 0) == []

expected = ['Traceback (most recent call last):\n'] + expected_tb + ['ZeroDivisionError: division by zero\n']
assert traceback.format_exception(etype, value, tb) == expected, traceback.format_exception(etype, value, tb)
assert traceback.format_exception(None, value, tb, 2) == expected[:3] + expected[-1:]
# With tb None, the exception's own __traceback__ is shown.
assert traceback.format_exception(etype, value, None) == expected
assert traceback.format_exception(etype, value, None, chain=False) == ['ZeroDivisionError: division by zero\n']

out = Out()
traceback.print_exception(etype, value, tb, file=out)
assert out.text() == ''.join(expected), out.text()
out = Out()
traceback.print_exception(etype, value, tb, 1, out)
assert out.text() == ''.join(expected[:2] + expected[-1:]), out.text()
out = Out()
traceback.print_tb(tb, file=out)
assert out.text() == ''.join(expected_tb)
out = Out()
traceback.print_tb(tb, limit=2, file=out)
assert out.text() == ''.join(expected_tb[:2])
out = Out()
traceback.print_list(entries + [('nofile', 5, 'f', None)], out)
assert out.text() == ''.join(expected_tb) + '  File "nofile", line 5, in f\n', out.text()
assert traceback.format_list([('a.py', 1, 'g', '   spaced   ')]) == ['  File "a.py", line 1, in g\n    spaced\n']

# sys.tracebacklimit applies when no limit is given.
sys.tracebacklimit = 1
try:
    assert traceback.format_tb(tb) == expected_tb[:1]
    assert len(traceback.extract_tb(tb)) == 1
    assert traceback.format_tb(tb, 3) == expected_tb
finally:
    del sys.tracebacklimit

# print_exc, format_exc: the exception being handled.
try:
    middle()
except ZeroDivisionError:
    here = sys._getframe().f_lineno - 2
    text = traceback.format_exc()
    out = Out()
    traceback.print_exc(file=out)
    limited = traceback.format_exc(limit=1)
assert text == out.text()
assert text == ('Traceback (most recent call last):\n'
                '  File "%s", line %d, in <module>\n    middle()\n' % (F, here) +
                ''.join(expected_tb[1:]) + 'ZeroDivisionError: division by zero\n'), text
assert limited == ('Traceback (most recent call last):\n'
                   '  File "%s", line %d, in <module>\n    middle()\n' % (F, here) +
                   'ZeroDivisionError: division by zero\n'), limited


# Chaining: __cause__ (raise ... from ...) and __context__.
def chained_cause():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError("converted") from e


def chained_context():
    try:
        [][1]
    except IndexError:
        raise TypeError("while handling")


for f, first, link, last, line in [
        (chained_cause, "KeyError: 'k'\n",
         "\nThe above exception was the direct cause of the following exception:\n\n",
         "ValueError: converted\n", 'raise ValueError("converted") from e'),
        (chained_context, "IndexError: list index out of range\n",
         "\nDuring handling of the above exception, another exception occurred:\n\n",
         "TypeError: while handling\n", 'raise TypeError("while handling")')]:
    ei = caught(f)
    L = first_line(f)
    got = traceback.format_exception(*ei)
    want = ['Traceback (most recent call last):\n',
            '  File "%s", line %d, in %s\n    %s\n' % (F, L + 2, f.__name__, '{}[\'k\']' if f is chained_cause else '[][1]'),
            first, link,
            'Traceback (most recent call last):\n',
            '  File "%s", line %d, in caught\n    f()\n' % (F, L_caught),
            '  File "%s", line %d, in %s\n    %s\n' % (F, L + 4, f.__name__, line),
            last]
    assert got == want, (got, want)
    assert traceback.format_exception(*ei, chain=False) == want[4:]
    out = Out()
    traceback.print_exception(*ei, file=out)
    assert out.text() == ''.join(want)

# A cycle in the chain is followed once.
a, b = ValueError("a"), ValueError("b")
a.__context__ = b
b.__context__ = a
assert traceback.format_exception(ValueError, a, None) == [
    'ValueError: b\n',
    '\nDuring handling of the above exception, another exception occurred:\n\n',
    'ValueError: a\n']
# A cause suppresses the context.
c = KeyError("c")
c.__cause__ = RuntimeError("cause")
c.__context__ = RuntimeError("context")
assert traceback.format_exception(KeyError, c, None) == [
    'RuntimeError: cause\n',
    '\nThe above exception was the direct cause of the following exception:\n\n',
    "KeyError: 'c'\n"]


# format_exception_only.
class Local(Exception):
    pass


class Elsewhere(Exception):
    pass
Elsewhere.__module__ = 'pkg.mod'


class Unprintable(Exception):
    def __str__(self):
        raise RuntimeError("no")

assert traceback.format_exception_only(ValueError, ValueError("v")) == ['ValueError: v\n']
assert traceback.format_exception_only(ValueError, ValueError()) == ['ValueError\n']
assert traceback.format_exception_only(Local, Local(1, 2)) == ['Local: (1, 2)\n']
assert traceback.format_exception_only(Elsewhere, Elsewhere("x")) == ['pkg.mod.Elsewhere: x\n']
assert traceback.format_exception_only(Unprintable, Unprintable()) == ['Unprintable: <unprintable Unprintable object>\n']
assert traceback.format_exception_only(None, None) == ['None\n']
assert traceback.format_exception_only(None, "text") == ['None: text\n']
assert traceback.format_exception_only(KeyError, None) == ['KeyError\n']
assert traceback.format_exception_only(KeyError, "str value") == ['KeyError: str value\n']

se = SyntaxError("invalid syntax", ("bad.py", 3, 7, "  x = = 1\n"))
assert traceback.format_exception_only(SyntaxError, se) == [
    '  File "bad.py", line 3\n', '    x = = 1\n', '        ^\n', 'SyntaxError: invalid syntax\n'], \
    traceback.format_exception_only(SyntaxError, se)
se = SyntaxError("tabs", ("t.py", 1, 4, "\tif\tx\n"))
assert traceback.format_exception_only(SyntaxError, se) == [
    '  File "t.py", line 1\n', '    if\tx\n', '     \t^\n', 'SyntaxError: tabs\n'], \
    traceback.format_exception_only(SyntaxError, se)
se = SyntaxError("no text", ("n.py", 2, 1, None))
assert traceback.format_exception_only(SyntaxError, se) == ['  File "n.py", line 2\n', 'SyntaxError: no text\n']
se = SyntaxError("no offset", ("o.py", 2, None, "code\n"))
assert traceback.format_exception_only(SyntaxError, se) == ['  File "o.py", line 2\n', '    code\n', 'SyntaxError: no offset\n']
assert traceback.format_exception_only(SyntaxError, SyntaxError()) == [
    '  File "<string>", line None\n', 'SyntaxError: <no detail available>\n']
assert traceback.format_exception_only(IndentationError, IndentationError("unexpected indent", ("i.py", 1, 2, " y\n"))) == [
    '  File "i.py", line 1\n', '    y\n', '    ^\n', 'IndentationError: unexpected indent\n']
try:
    compile("a b", "comp.py", "exec")
except SyntaxError:
    got = traceback.format_exc()
assert got.endswith('  File "comp.py", line 1\n    a b\n      ^\nSyntaxError: invalid syntax\n'), got

# Frames without source (code compiled from a string) have no text line.
g = {}
exec(compile("def nosrc():\n    raise KeyError(3)\n", "<made-up>", "exec"), g)
ei = caught(g['nosrc'])
assert traceback.extract_tb(ei[2])[1] == ('<made-up>', 2, 'nosrc', None)
assert traceback.format_tb(ei[2])[1] == '  File "<made-up>", line 2, in nosrc\n'


# Source from a module's loader; a blank source line is kept as '' (and
# printed as an empty indented line) where a missing one is None.
class Loader:
    def get_source(self, name):
        return "x = 1\n   \ny = 2\n"
g = {'__name__': 'virt', '__loader__': Loader()}
exec(compile("def f():\n    raise KeyError(1)\n", "<virt>-not-a-file.py", "exec"), g)
ei = caught(g['f'])
assert traceback.extract_tb(ei[2])[1:] == [('<virt>-not-a-file.py', 2, 'f', '')], traceback.extract_tb(ei[2])
assert traceback.format_tb(ei[2])[1:] == ['  File "<virt>-not-a-file.py", line 2, in f\n']
out = Out()
traceback.print_tb(ei[2].tb_next, file=out)
assert out.text() == '  File "<virt>-not-a-file.py", line 2, in f\n    \n', out.text()
import linecache
linecache.clearcache()

# The stack: extract_stack, format_stack, print_stack.
def stack_leaf(fn, *args):
    return fn(*args)


def stack_mid(fn, *args):
    return stack_leaf(fn, *args)

L_leaf, L_mid = first_line(stack_leaf) + 1, first_line(stack_mid) + 1
here = sys._getframe().f_lineno + 1
st = stack_mid(traceback.extract_stack)
assert st[-3:] == [(F, here, '<module>', 'st = stack_mid(traceback.extract_stack)'),
                   (F, L_mid, 'stack_mid', 'return stack_leaf(fn, *args)'),
                   (F, L_leaf, 'stack_leaf', 'return fn(*args)')], st
assert len(st) == 3 or st[0][2] != '<module>'
st2 = stack_mid(traceback.extract_stack, None, 2)
assert st2 == st[-2:], st2
frame = stack_mid(sys._getframe)
# (The module's frame is still running: its entry shows the current line.)
st3 = traceback.extract_stack(frame)
assert st3[:-3] == st[:-3] and st3[-3] == (F, sys._getframe().f_lineno - 1, '<module>', 'st3 = traceback.extract_stack(frame)')
assert st3[-2:] == st[-2:], st3
assert traceback.extract_stack(frame, 1) == [(F, L_leaf, 'stack_leaf', 'return fn(*args)')]
here = sys._getframe().f_lineno + 1
fs = stack_mid(traceback.format_stack)
assert fs[-3:] == ['  File "%s", line %d, in <module>\n    fs = stack_mid(traceback.format_stack)\n' % (F, here),
                   '  File "%s", line %d, in stack_mid\n    return stack_leaf(fn, *args)\n' % (F, L_mid),
                   '  File "%s", line %d, in stack_leaf\n    return fn(*args)\n' % (F, L_leaf)], fs
assert stack_mid(traceback.format_stack, None, 1) == fs[-1:]
out = Out()
here = sys._getframe().f_lineno + 1
stack_mid(traceback.print_stack, None, 2, out)
assert out.text() == ('  File "%s", line %d, in stack_mid\n    return stack_leaf(fn, *args)\n' % (F, L_mid) +
                      '  File "%s", line %d, in stack_leaf\n    return fn(*args)\n' % (F, L_leaf)), out.text()
saved = sys.stderr
sys.stderr = out = Out()
try:
    here = sys._getframe().f_lineno + 1
    stack_mid(traceback.print_stack)
finally:
    sys.stderr = saved
assert out.text() == ''.join(fs[:-3]) + ('  File "%s", line %d, in <module>\n    stack_mid(traceback.print_stack)\n' % (F, here)) + ''.join(fs[-2:]), out.text()

# print_last.
saved = [getattr(sys, n) for n in ('last_type', 'last_value', 'last_traceback') if hasattr(sys, n)]
assert not saved
try:
    traceback.print_last()
except ValueError as e:
    assert str(e) == "no last exception"
else:
    raise AssertionError("no ValueError")
sys.last_type, sys.last_value, sys.last_traceback = etype, value, tb
try:
    out = Out()
    traceback.print_last(file=out)
    assert out.text() == ''.join(expected)
    out = Out()
    traceback.print_last(1, out)
    assert out.text() == ''.join(expected[:2] + expected[-1:])
finally:
    del sys.last_type, sys.last_value, sys.last_traceback

# print_exc with no exception being handled fails as in 3.2.
try:
    traceback.format_exc()
except AttributeError:
    pass
else:
    raise AssertionError("format_exc() without an exception")

# The interpreter's own printer agrees with format_exception, except that
# it names classes of __main__ with their module.
for ei in (caught(middle), caught(chained_cause), caught(chained_context)):
    saved = sys.stderr
    sys.stderr = out = Out()
    try:
        sys.excepthook(*ei)
    finally:
        sys.stderr = saved
    assert out.text() == ''.join(traceback.format_exception(*ei)), out.text()
ei = caught(lambda: exec("raise Local('m')", globals()))
saved = sys.stderr
sys.stderr = out = Out()
try:
    sys.excepthook(*ei)
finally:
    sys.stderr = saved
lines = traceback.format_exception(*ei)
assert lines[-1] == 'Local: m\n'
assert out.text() == ''.join(lines[:-1]) + '__main__.Local: m\n', out.text()

assert sorted(traceback.__all__) == sorted([
    'extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
    'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
    'print_exception', 'print_last', 'print_stack', 'print_tb'])


# The interpreter's own printer (sys.__excepthook__) shows a source line
# as the file's coding declaration says.
def _check_encoded_source_line():
    import io, os, sys, tempfile
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, 'latin1_mod.py')
    with open(path, 'wb') as f:
        f.write(b"# -*- coding: iso-8859-1 -*-\ndef boom():\n    raise RuntimeError('h\xe9 ho')\n")
    sys.path.insert(0, folder)
    try:
        import latin1_mod
        try:
            latin1_mod.boom()
        except RuntimeError:
            info = sys.exc_info()
        saved, sys.stderr = sys.stderr, io.StringIO()
        try:
            sys.__excepthook__(*info)
            out = sys.stderr.getvalue()
        finally:
            sys.stderr = saved
    finally:
        sys.path.remove(folder)
        import shutil
        shutil.rmtree(folder)
    lines = out.splitlines()
    assert lines[-2] == "    raise RuntimeError('h\xe9 ho')", lines
    assert lines[-1] == "RuntimeError: h\xe9 ho", lines

_check_encoded_source_line()
