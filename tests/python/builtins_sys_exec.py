# sys, exec, eval, compile, globals, locals, vars, dir, and raising.
# Generated from CPython 3.2 results; each check is one assert.

def tr(f):
    try:
        return repr(f())
    except BaseException as e:
        return type(e).__name__ + " " + str(e)

# sys, exec, eval, compile, globals, locals, vars, dir and raising.
import sys
TMP = None
r = tr(lambda: sys.version_info); assert r == "sys.version_info(major=3, minor=2, micro=6, releaselevel='final', serial=0)", repr(r)
r = tr(lambda: sys.version_info[:2]); assert r == '(3, 2)', repr(r)
r = tr(lambda: sys.version_info >= (3, 2)); assert r == 'True', repr(r)
r = tr(lambda: (3, 3) > sys.version_info); assert r == 'True', repr(r)
r = tr(lambda: sys.version_info.major); assert r == '3', repr(r)
r = tr(lambda: sys.version_info == (3, 2, 6, 'final', 0)); assert r == 'True', repr(r)
r = tr(lambda: type(sys.version_info).__name__); assert r == "'version_info'", repr(r)
r = tr(lambda: type(sys.version_info)()); assert r == "TypeError cannot create 'sys.version_info' instances", repr(r)
r = tr(lambda: isinstance(sys.version_info, tuple)); assert r == 'True', repr(r)
r = tr(lambda: len(sys.version_info)); assert r == '5', repr(r)
r = tr(lambda: sys.version[:5]); assert r == "'3.2.6'", repr(r)
r = tr(lambda: sys.hexversion); assert r == '50464496', repr(r)
r = tr(lambda: sys.maxsize); assert r == '9223372036854775807', repr(r)
r = tr(lambda: sys.maxunicode); assert r == '1114111', repr(r)
r = tr(lambda: sys.byteorder); assert r == "'little'", repr(r)
r = tr(lambda: sys.platform); assert r == "'linux2'", repr(r)
r = tr(lambda: sys.hash_info); assert r == 'sys.hash_info(width=64, modulus=2305843009213693951, inf=314159, nan=0, imag=1000003)', repr(r)
r = tr(lambda: sys.float_info.max); assert r == '1.7976931348623157e+308', repr(r)
r = tr(lambda: sys.float_info.epsilon); assert r == '2.220446049250313e-16', repr(r)
r = tr(lambda: sys.int_info); assert r == 'sys.int_info(bits_per_digit=30, sizeof_digit=4)', repr(r)
r = tr(lambda: sys.float_repr_style); assert r == "'short'", repr(r)
r = tr(lambda: sys.api_version); assert r == '1013', repr(r)
r = tr(lambda: sys.flags.optimize); assert r == '0', repr(r)
r = tr(lambda: sys.flags.debug); assert r == '0', repr(r)
r = tr(lambda: len(sys.flags)); assert r == '13', repr(r)
r = tr(lambda: sys.getrecursionlimit()); assert r == '1000', repr(r)
r = tr(lambda: sys.setrecursionlimit(0)); assert r == 'ValueError recursion limit must be positive', repr(r)
r = tr(lambda: sys.setrecursionlimit('x')); assert r == 'TypeError an integer is required', repr(r)
r = tr(lambda: sys.setrecursionlimit(500)); assert r == 'None', repr(r)
r = tr(lambda: sys.getrecursionlimit()); assert r == '500', repr(r)
r = tr(lambda: sys.setrecursionlimit(1000)); assert r == 'None', repr(r)
r = tr(lambda: sys.exc_info()); assert r == '(None, None, None)', repr(r)
r = tr(lambda: sys.intern('abc')); assert r == "'abc'", repr(r)
r = tr(lambda: sys.intern(1)); assert r == 'TypeError must be str, not int', repr(r)
r = tr(lambda: sys.getsizeof()); assert r == "TypeError Required argument 'object' (pos 1) not found", repr(r)
r = tr(lambda: sys.getdefaultencoding()); assert r == "'utf-8'", repr(r)
r = tr(lambda: sys.getfilesystemencoding()); assert r == "'utf-8'", repr(r)
r = tr(lambda: sys.exit(1, 2)); assert r == 'TypeError exit expected at most 1 arguments, got 2', repr(r)
r = tr(lambda: sys._getframe(100)); assert r == 'ValueError call stack is not deep enough', repr(r)
r = tr(lambda: sys._getframe().f_code.co_name); assert r == "'<lambda>'", repr(r)
r = tr(lambda: sys.getcheckinterval()); assert r == '100', repr(r)
r = tr(lambda: sys.getswitchinterval()); assert r == '0.005', repr(r)
r = tr(lambda: sys.setswitchinterval(0)); assert r == 'ValueError switch interval must be strictly positive', repr(r)
r = tr(lambda: sys.modules['sys'] is sys); assert r == 'True', repr(r)
r = tr(lambda: 'builtins' in sys.modules); assert r == 'True', repr(r)
r = tr(lambda: sys.displayhook(None)); assert r == 'None', repr(r)
r = tr(lambda: sys.__displayhook__ is sys.displayhook); assert r == 'True', repr(r)
r = tr(lambda: sys.__excepthook__ is sys.excepthook); assert r == 'True', repr(r)
r = tr(lambda: sys.stdin.mode); assert r == "'r'", repr(r)
r = tr(lambda: sys.__stderr__ is sys.stderr); assert r == 'True', repr(r)
r = tr(lambda: sys.dont_write_bytecode in (True, False)); assert r == 'True', repr(r)
r = tr(lambda: type(sys.argv).__name__); assert r == "'list'", repr(r)
r = tr(lambda: type(sys.path).__name__); assert r == "'list'", repr(r)
def f():
    r = []
    for a in [(), (None,), ((1, 2),), ('x',), ([1],), (3,)]:
        try:
            sys.exit(*a)
        except SystemExit as e:
            r.append((repr(e), e.args, e.code))
    return r
r = tr(f); assert r == '[(\'SystemExit()\', (), None), (\'SystemExit()\', (), None), (\'SystemExit(1, 2)\', (1, 2), (1, 2)), ("SystemExit(\'x\',)", (\'x\',), \'x\'), (\'SystemExit([1],)\', ([1],), [1]), (\'SystemExit(3,)\', (3,), 3)]', repr(r)
def f():
    try:
        1/0
    except:
        t, v, tb = sys.exc_info()
        return t, repr(v), type(tb).__name__
r = tr(f); assert r == '(<class \'ZeroDivisionError\'>, "ZeroDivisionError(\'division by zero\',)", \'traceback\')', repr(r)
def f():
    try:
        raise KeyError('k')
    except KeyError as e:
        return sys.exc_info()[1] is e
r = tr(f); assert r == 'True', repr(r)
r = tr(lambda: sys.exc_info()); assert r == '(None, None, None)', repr(r)
def f():
    x = 1
    return locals()
r = tr(f); assert r == "{'x': 1}", repr(r)
def f():
    x = 1
    return vars()
r = tr(f); assert r == "{'x': 1}", repr(r)
def f():
    x = 1
    def g(): return x
    y = 2
    return sorted(dir())
r = tr(f); assert r == "['g', 'x', 'y']", repr(r)
r = tr(lambda: sorted(k for k in globals() if not k.startswith('__'))); assert r == "['TMP', 'f', 'r', 'sys', 'tr']", repr(r)
r = tr(lambda: globals() is vars()); assert r == 'False', repr(r)
r = tr(lambda: eval('1 + 2')); assert r == '3', repr(r)
r = tr(lambda: eval('x', {'x': 5})); assert r == '5', repr(r)
r = tr(lambda: eval('x', {'x': 5}, {'x': 6})); assert r == '6', repr(r)
r = tr(lambda: eval('x', None, {'x': 7})); assert r == '7', repr(r)
r = tr(lambda: eval('x = 1')); assert r == 'SyntaxError invalid syntax (<string>, line 1)', repr(r)
r = tr(lambda: eval(b'40 + 2')); assert r == '42', repr(r)
r = tr(lambda: eval(compile('3 * 3', '<s>', 'eval'))); assert r == '9', repr(r)
def f():
    d = {}
    exec('a = 1\nb = a + 1', d)
    return d['b'], type(d['__builtins__']).__name__
r = tr(f); assert r == "(2, 'dict')", repr(r)
def f():
    g, l = {}, {}
    exec('a = 1', g, l)
    return l, 'a' in g
r = tr(f); assert r == "({'a': 1}, False)", repr(r)
def f():
    x = 1
    def g(): return x
    return g.__code__
r = tr(lambda: exec(f())); assert r == 'TypeError code object passed to exec() may not contain free variables', repr(r)
r = tr(lambda: eval(f())); assert r == 'TypeError code object passed to eval() may not contain free variables', repr(r)
r = tr(lambda: exec('raise ValueError("in exec")')); assert r == 'ValueError in exec', repr(r)
r = tr(lambda: exec('x = = 1')); assert r == 'SyntaxError invalid syntax (<string>, line 1)', repr(r)
r = tr(lambda: compile('x = = 1', 'dir/file.py', 'exec')); assert r == 'SyntaxError invalid syntax (file.py, line 1)', repr(r)
r = tr(lambda: compile('def f(:\n pass', 'f.py', 'exec')); assert r == 'SyntaxError invalid syntax (f.py, line 1)', repr(r)
r = tr(lambda: compile('if 1:\n  x\n y', 'f.py', 'exec')); assert r == 'IndentationError unindent does not match any outer indentation level (f.py, line 3)', repr(r)
r = tr(lambda: compile('nonlocal x', 'f.py', 'exec')); assert r == 'SyntaxError nonlocal declaration not allowed at module level', repr(r)
r = tr(lambda: compile('break', 'f.py', 'exec')); assert r == "SyntaxError 'break' outside loop (f.py, line 1)", repr(r)
def f():
    try:
        compile('x = = 1', 'd/f.py', 'exec')
    except SyntaxError as e:
        return e.args, e.filename, e.lineno, e.offset, e.text, e.msg
r = tr(f); assert r == "(('invalid syntax', ('d/f.py', 1, 5, 'x = = 1\\n')), 'd/f.py', 1, 5, 'x = = 1\\n', 'invalid syntax')", repr(r)
def f():
    try:
        compile('nonlocal x', 'd/f.py', 'exec')
    except SyntaxError as e:
        return e.args, e.filename, e.lineno, e.offset, e.text
r = tr(f); assert r == "(('nonlocal declaration not allowed at module level',), None, None, None, None)", repr(r)
def f():
    try:
        compile('def f():\n  x\n y', 'd/f.py', 'exec')
    except SyntaxError as e:
        return type(e).__name__, e.args
r = tr(f); assert r == "('IndentationError', ('unindent does not match any outer indentation level', ('d/f.py', 3, 3, ' y\\n')))", repr(r)
r = tr(lambda: compile('1', 'f', 'exec').co_filename); assert r == "'f'", repr(r)
r = tr(lambda: compile('1', b'bf', 'exec').co_filename); assert r == "'bf'", repr(r)
r = tr(lambda: compile(bytearray(b'1'), 'f', 'eval').co_name); assert r == "'<module>'", repr(r)
r = tr(lambda: compile('\ud800', 'f', 'exec')); assert r == "UnicodeEncodeError 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed", repr(r)
r = tr(lambda: compile(b'# coding: latin-1\nx="\xe9"', 'f', 'exec').co_name); assert r == "'<module>'", repr(r)
def f():
    raise 5
r = tr(f); assert r == 'TypeError exceptions must derive from BaseException', repr(r)
def f():
    raise ValueError from 5
r = tr(f); assert r == 'TypeError exception causes must derive from BaseException', repr(r)
def f():
    raise ValueError from None
r = tr(f); assert r == 'TypeError exception causes must derive from BaseException', repr(r)
def f():
    try:
        raise ValueError('v') from KeyError
    except ValueError as e:
        return repr(e.__cause__), repr(e.__context__)
r = tr(f); assert r == "('KeyError()', 'None')", repr(r)
def f():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise ValueError('b')
    except ValueError as e:
        return repr(e.__context__), e.__cause__
r = tr(f); assert r == '("KeyError(\'a\',)", None)', repr(r)
def f():
    try:
        1/0
    except 5:
        pass
r = tr(f); assert r == 'TypeError catching classes that do not inherit from BaseException is not allowed', repr(r)
def f():
    try:
        1/0
    except (ZeroDivisionError, 5):
        return 'caught'
r = tr(f); assert r == 'TypeError catching classes that do not inherit from BaseException is not allowed', repr(r)
def f():
    try:
        1/0
    except (KeyError, (ZeroDivisionError,)):
        return 'caught'
r = tr(f); assert r == 'TypeError catching classes that do not inherit from BaseException is not allowed', repr(r)
def f():
    try:
        1/0
    except (ArithmeticError,):
        return 'caught'
r = tr(f); assert r == "'caught'", repr(r)
class NotExc: pass
def f():
    raise NotExc
r = tr(f); assert r == 'TypeError exceptions must derive from BaseException', repr(r)
class BadNew(Exception):
    def __new__(cls): return 5
def f():
    raise BadNew
r = tr(f); assert r == "TypeError calling <class '__main__.BadNew'> should have returned an instance of BaseException, not <class 'int'>", repr(r)
def f():
    raise
r = tr(f); assert r == 'RuntimeError No active exception to reraise', repr(r)
def f():
    e = ValueError('x')
    try:
        raise e
    except ValueError as x:
        return x is e, type(x.__traceback__).__name__
r = tr(f); assert r == "(True, 'traceback')", repr(r)
r = tr(lambda: isinstance(ValueError('x').with_traceback(None), ValueError)); assert r == 'True', repr(r)

