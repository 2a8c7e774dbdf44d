# codeop and code: telling complete statements from incomplete ones as
# CPython 3.2's codeop does (the table below was printed by CPython 3.2),
# remembering __future__ statements, and an InteractiveConsole run on
# canned input.
import sys
import io
import codeop
import code
import __future__
from codeop import compile_command, CommandCompiler, Compile

EXPECTED = [
    ('x = 1', 'single', 'code'),
    ('x = 1', 'exec', 'code'),
    ('x = 1', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, 'x = 1\n')))),
    ('if x:', 'single', None),
    ('if x:', 'exec', None),
    ('if x:', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 2, 'if x:\n')))),
    ('if x:\n  pass', 'single', None),
    ('if x:\n  pass', 'exec', 'code'),
    ('if x:\n  pass', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 2, 'if x:\n')))),
    ('if x:\n  pass\n', 'single', 'code'),
    ('if x:\n  pass\n', 'exec', 'code'),
    ('if x:\n  pass\n', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 2, 'if x:\n')))),
    ('def f():\n  return 1\n', 'single', 'code'),
    ('def f():\n  return 1\n', 'exec', 'code'),
    ('def f():\n  return 1\n', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, 'def f():\n')))),
    ('x = (1,', 'single', None),
    ('x = (1,', 'exec', None),
    ('x = (1,', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, 'x = (1,\n')))),
    ('x = (1,\n2)', 'single', 'code'),
    ('x = (1,\n2)', 'exec', 'code'),
    ('x = (1,\n2)', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, 'x = (1,\n')))),
    ("'''abc", 'single', None),
    ("'''abc", 'exec', None),
    ("'''abc", 'eval', None),
    ('x y', 'single', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, 'x y\n')))),
    ('x y', 'exec', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, 'x y\n')))),
    ('x y', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, 'x y\n')))),
    ('1 +', 'single', ('SyntaxError', ('invalid syntax', ('<input>', 1, 4, '1 +\n')))),
    ('1 +', 'exec', ('SyntaxError', ('invalid syntax', ('<input>', 1, 4, '1 +\n')))),
    ('1 +', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 4, '1 +\n')))),
    ('for x in y:\n', 'single', None),
    ('for x in y:\n', 'exec', None),
    ('for x in y:\n', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, 'for x in y:\n')))),
    ('class C:\n  def f(self):\n    pass\n\n', 'single', 'code'),
    ('class C:\n  def f(self):\n    pass\n\n', 'exec', 'code'),
    ('class C:\n  def f(self):\n    pass\n\n', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 5, 'class C:\n')))),
    ('', 'single', 'code'),
    ('', 'exec', 'code'),
    ('', 'eval', None),
    ('# comment', 'single', 'code'),
    ('# comment', 'exec', 'code'),
    ('# comment', 'eval', None),
    ('\n\n', 'single', 'code'),
    ('\n\n', 'exec', 'code'),
    ('\n\n', 'eval', None),
    ('@dec', 'single', None),
    ('@dec', 'exec', None),
    ('@dec', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 1, '@dec\n')))),
    ('@dec\ndef f(): pass', 'single', None),
    ('@dec\ndef f(): pass', 'exec', 'code'),
    ('@dec\ndef f(): pass', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 1, '@dec\n')))),
    ('try:\n  x\n', 'single', None),
    ('try:\n  x\n', 'exec', None),
    ('try:\n  x\n', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, 'try:\n')))),
    ('try:\n  x\nexcept:\n  y\n', 'single', 'code'),
    ('try:\n  x\nexcept:\n  y\n', 'exec', 'code'),
    ('try:\n  x\nexcept:\n  y\n', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, 'try:\n')))),
    ('if 1:\n  x\nelse:', 'single', None),
    ('if 1:\n  x\nelse:', 'exec', None),
    ('if 1:\n  x\nelse:', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 2, 'if 1:\n')))),
    ('lambda:', 'single', ('SyntaxError', ('invalid syntax', ('<input>', 1, 8, 'lambda:\n')))),
    ('lambda:', 'exec', ('SyntaxError', ('invalid syntax', ('<input>', 1, 8, 'lambda:\n')))),
    ('lambda:', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 8, 'lambda:\n')))),
    ('a = \\', 'single', None),
    ('a = \\', 'exec', None),
    ('a = \\', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, 'a = \\\n')))),
    ('a = \\\n1', 'single', 'code'),
    ('a = \\\n1', 'exec', 'code'),
    ('a = \\\n1', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, 'a = \\\n')))),
    ('if 1:\npass', 'single', ('IndentationError', ('expected an indented block', ('<input>', 2, 4, 'pass\n')))),
    ('if 1:\npass', 'exec', ('IndentationError', ('expected an indented block', ('<input>', 2, 4, 'pass\n')))),
    ('if 1:\npass', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 2, 'if 1:\n')))),
    ('if 1:\n  x\n y', 'single', ('IndentationError', ('unindent does not match any outer indentation level', ('<input>', 3, 3, ' y\n')))),
    ('if 1:\n  x\n y', 'exec', ('IndentationError', ('unindent does not match any outer indentation level', ('<input>', 3, 3, ' y\n')))),
    ('if 1:\n  x\n y', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 2, 'if 1:\n')))),
    ("x = 'abc", 'single', ('SyntaxError', ('EOL while scanning string literal', ('<input>', 1, 9, "x = 'abc\n")))),
    ("x = 'abc", 'exec', ('SyntaxError', ('EOL while scanning string literal', ('<input>', 1, 9, "x = 'abc\n")))),
    ("x = 'abc", 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, "x = 'abc\n")))),
    ('return 1', 'single', ('SyntaxError', ("'return' outside function", ('<input>', 1, 0, None)))),
    ('return 1', 'exec', ('SyntaxError', ("'return' outside function", ('<input>', 1, 0, None)))),
    ('return 1', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 6, 'return 1\n')))),
    ('def f():\n  nonlocal x\n\n', 'single', ('SyntaxError', ("no binding for nonlocal 'x' found",))),
    ('def f():\n  nonlocal x\n\n', 'exec', ('SyntaxError', ("no binding for nonlocal 'x' found",))),
    ('def f():\n  nonlocal x\n\n', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, 'def f():\n')))),
    ('1 = 2', 'single', ('SyntaxError', ("can't assign to literal", ('<input>', 1, 0, None)))),
    ('1 = 2', 'exec', ('SyntaxError', ("can't assign to literal", ('<input>', 1, 0, None)))),
    ('1 = 2', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, '1 = 2\n')))),
    ('with x as y:\n  pass\n', 'single', 'code'),
    ('with x as y:\n  pass\n', 'exec', 'code'),
    ('with x as y:\n  pass\n', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 4, 'with x as y:\n')))),
    ('while 1:\n  if 2:\n    pass\n', 'single', 'code'),
    ('while 1:\n  if 2:\n    pass\n', 'exec', 'code'),
    ('while 1:\n  if 2:\n    pass\n', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 5, 'while 1:\n')))),
    ('x = 1;', 'single', 'code'),
    ('x = 1;', 'exec', 'code'),
    ('x = 1;', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, 'x = 1;\n')))),
    ('x = 1; if', 'single', ('SyntaxError', ('invalid syntax', ('<input>', 1, 9, 'x = 1; if\n')))),
    ('x = 1; if', 'exec', ('SyntaxError', ('invalid syntax', ('<input>', 1, 9, 'x = 1; if\n')))),
    ('x = 1; if', 'eval', ('SyntaxError', ('invalid syntax', ('<input>', 1, 3, 'x = 1; if\n')))),
    ('0777', 'single', ('SyntaxError', ('invalid token', ('<input>', 1, 4, '0777\n')))),
    ('0777', 'exec', ('SyntaxError', ('invalid token', ('<input>', 1, 4, '0777\n')))),
    ('0777', 'eval', ('SyntaxError', ('invalid token', ('<input>', 1, 4, '0777\n')))),
]

for src, symbol, want in EXPECTED:
    try:
        got = compile_command(src, "<input>", symbol)
        got = 'code' if got is not None else None
        if got == 'code':
            assert type(compile_command(src, "<input>", symbol)).__name__ == 'code'
    except (SyntaxError, OverflowError, ValueError) as e:
        got = (type(e).__name__, e.args)
    assert got == want, (src, symbol, got, want)

# The defaults are "<input>" and 'single'; a complete statement's code runs.
c = compile_command("y = 6 * 7")
assert c.co_filename == "<input>"
ns = {}
exec(c, ns)
assert ns['y'] == 42
assert compile_command("for i in x:") is None
assert codeop.PyCF_DONT_IMPLY_DEDENT == 0x200
assert codeop.__all__ == ["compile_command", "Compile", "CommandCompiler"]

# Compile remembers the future features it has seen.
comp = Compile()
assert comp.flags == 0x200
# (In 3.2 only barry_as_FLUFL sets a flag; the others are the rule.)
comp("from __future__ import division", "<x>", "single")
assert comp.flags == 0x200
comp("from __future__ import barry_as_FLUFL", "<x>", "single")
assert comp.flags == 0x200 | __future__.CO_FUTURE_BARRY_AS_BDFL
c = comp("s = 1", "<x>", "single")
assert c.co_flags & __future__.CO_FUTURE_BARRY_AS_BDFL
cc = CommandCompiler()
assert cc("1 != 2") is not None
assert cc("from __future__ import barry_as_FLUFL\n") is not None
assert cc.compiler.flags & __future__.CO_FUTURE_BARRY_AS_BDFL
try:
    cc("1 != 2")
except SyntaxError:
    pass
else:
    raise AssertionError
assert cc("if 1:") is None

# InteractiveInterpreter.
out = []
class Interp(code.InteractiveInterpreter):
    def write(self, data):
        out.append(data)
interp = Interp()
assert interp.locals == {"__name__": "__console__", "__doc__": None}
assert interp.runsource("x = 2") is False and interp.locals['x'] == 2
assert interp.runsource("if x:") is True
assert interp.runsource("x y", "<mine>") is False
assert ''.join(out) == '  File "<mine>", line 1\n    x y\n      ^\nSyntaxError: invalid syntax\n', out
assert sys.last_type is SyntaxError and sys.last_value.filename == '<mine>'
del out[:]
assert interp.runsource("1/0") is False
text = ''.join(out)
assert text == ('Traceback (most recent call last):\n  File "<input>", line 1, in <module>\n'
                'ZeroDivisionError: division by zero\n'), text
assert sys.last_type is ZeroDivisionError
try:
    interp.runsource("raise SystemExit(3)")
except SystemExit as e:
    assert e.code == 3
else:
    raise AssertionError

# InteractiveConsole on canned input, with its prompts.
lines = iter(["a = 1", "if a:", "    print(a + 1)", "", "def f():", "    return 1/0", "", "f()",
              "b = (", "  3)", "print(b)"])
def read(prompt):
    prompts.append(prompt)
    try:
        return next(lines)
    except StopIteration:
        raise EOFError
prompts = []
written = []
console = code.InteractiveConsole({'__name__': '__c__'}, filename="<con>")
console.raw_input = read
console.write = written.append
saved = sys.stdout
sys.stdout = io.StringIO()
try:
    console.interact("hello")
    printed = sys.stdout.getvalue()
finally:
    sys.stdout = saved
assert printed == "2\n3\n", printed
assert prompts == ['>>> ', '>>> ', '... ', '... ', '>>> ', '... ', '... ', '>>> ', '>>> ', '... ', '>>> ', '>>> '], prompts
assert written[0] == 'hello\n' and written[-1] == '\n'
assert written[1] == ('Traceback (most recent call last):\n  File "<con>", line 1, in <module>\n'
                      '  File "<con>", line 2, in f\nZeroDivisionError: division by zero\n'), written[1]
assert console.locals['b'] == 3 and console.buffer == []
# push() reports whether more lines are needed.
console = code.InteractiveConsole()
assert console.push("while 0:") is True and console.buffer == ["while 0:"]
assert console.push("  pass") is True
assert console.push("") is False and console.buffer == []
console.resetbuffer()
# interact() with a readfunc and the default banner.
written = []
class Quiet(code.InteractiveConsole):
    def write(self, data):
        written.append(data)
feed = iter(["z = 9"])
def readfunc(prompt):
    try:
        return next(feed)
    except StopIteration:
        raise EOFError
console = Quiet()
console.raw_input = readfunc
console.interact()
assert written[0].startswith('Python ') and written[0].endswith('(Quiet)\n'), written[0]
assert 'Type "help", "copyright", "credits" or "license" for more information.' in written[0]
assert console.locals['z'] == 9
assert code.__all__ == ["InteractiveInterpreter", "InteractiveConsole", "interact", "compile_command"]
assert code.compile_command is compile_command
