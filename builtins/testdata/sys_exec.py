# sys, exec, eval, compile, globals, locals, vars, dir and raising.
import sys
def tr(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
tr(lambda: sys.version_info)
tr(lambda: sys.version_info[:2])
tr(lambda: sys.version_info >= (3, 2))
tr(lambda: (3, 3) > sys.version_info)
tr(lambda: sys.version_info.major)
tr(lambda: sys.version_info == (3, 2, 6, 'final', 0))
tr(lambda: type(sys.version_info).__name__)
tr(lambda: type(sys.version_info)())
tr(lambda: isinstance(sys.version_info, tuple))
tr(lambda: len(sys.version_info))
tr(lambda: sys.version[:5])
tr(lambda: sys.hexversion)
tr(lambda: sys.maxsize)
tr(lambda: sys.maxunicode)
tr(lambda: sys.byteorder)
tr(lambda: sys.platform)
tr(lambda: sys.hash_info)
tr(lambda: sys.float_info.max)
tr(lambda: sys.float_info.epsilon)
tr(lambda: sys.int_info)
tr(lambda: sys.float_repr_style)
tr(lambda: sys.api_version)
tr(lambda: sys.flags.optimize)
tr(lambda: sys.flags.debug)
tr(lambda: len(sys.flags))
tr(lambda: sys.getrecursionlimit())
tr(lambda: sys.setrecursionlimit(0))
tr(lambda: sys.setrecursionlimit('x'))
tr(lambda: sys.setrecursionlimit(500))
tr(lambda: sys.getrecursionlimit())
tr(lambda: sys.setrecursionlimit(1000))
tr(lambda: sys.exc_info())
tr(lambda: sys.intern('abc'))
tr(lambda: sys.intern(1))
tr(lambda: sys.getsizeof())
tr(lambda: sys.getdefaultencoding())
tr(lambda: sys.getfilesystemencoding())
tr(lambda: sys.exit(1, 2))
tr(lambda: sys._getframe(100))
tr(lambda: sys._getframe().f_code.co_name)
tr(lambda: sys.getcheckinterval())
tr(lambda: sys.getswitchinterval())
tr(lambda: sys.setswitchinterval(0))
tr(lambda: sys.modules['sys'] is sys)
tr(lambda: 'builtins' in sys.modules)
tr(lambda: sys.displayhook(None))
tr(lambda: sys.__displayhook__ is sys.displayhook)
tr(lambda: sys.__excepthook__ is sys.excepthook)
tr(lambda: sys.stdin.mode)
tr(lambda: sys.__stderr__ is sys.stderr)
tr(lambda: sys.dont_write_bytecode in (True, False))
tr(lambda: type(sys.argv).__name__)
tr(lambda: type(sys.path).__name__)
def f():
    r = []
    for a in [(), (None,), ((1, 2),), ('x',), ([1],), (3,)]:
        try:
            sys.exit(*a)
        except SystemExit as e:
            r.append((repr(e), e.args, e.code))
    return r
tr(f)
def f():
    try:
        1/0
    except:
        t, v, tb = sys.exc_info()
        return t, repr(v), type(tb).__name__
tr(f)
def f():
    try:
        raise KeyError('k')
    except KeyError as e:
        return sys.exc_info()[1] is e
tr(f)
tr(lambda: sys.exc_info())
def f():
    x = 1
    return locals()
tr(f)
def f():
    x = 1
    return vars()
tr(f)
def f():
    x = 1
    def g(): return x
    y = 2
    return sorted(dir())
tr(f)
tr(lambda: sorted(k for k in globals() if not k.startswith('__')))
tr(lambda: globals() is vars())
tr(lambda: eval('1 + 2'))
tr(lambda: eval('x', {'x': 5}))
tr(lambda: eval('x', {'x': 5}, {'x': 6}))
tr(lambda: eval('x', None, {'x': 7}))
tr(lambda: eval('x = 1'))
tr(lambda: eval(b'40 + 2'))
tr(lambda: eval(compile('3 * 3', '<s>', 'eval')))
def f():
    d = {}
    exec('a = 1\nb = a + 1', d)
    return d['b'], type(d['__builtins__']).__name__
tr(f)
def f():
    g, l = {}, {}
    exec('a = 1', g, l)
    return l, 'a' in g
tr(f)
def f():
    x = 1
    def g(): return x
    return g.__code__
tr(lambda: exec(f()))
tr(lambda: eval(f()))
tr(lambda: exec('raise ValueError("in exec")'))
tr(lambda: exec('x = = 1'))
tr(lambda: compile('x = = 1', 'dir/file.py', 'exec'))
tr(lambda: compile('def f(:\n pass', 'f.py', 'exec'))
tr(lambda: compile('if 1:\n  x\n y', 'f.py', 'exec'))
tr(lambda: compile('nonlocal x', 'f.py', 'exec'))
tr(lambda: compile('break', 'f.py', 'exec'))
def f():
    try:
        compile('x = = 1', 'd/f.py', 'exec')
    except SyntaxError as e:
        return e.args, e.filename, e.lineno, e.offset, e.text, e.msg
tr(f)
def f():
    try:
        compile('nonlocal x', 'd/f.py', 'exec')
    except SyntaxError as e:
        return e.args, e.filename, e.lineno, e.offset, e.text
tr(f)
def f():
    try:
        compile('def f():\n  x\n y', 'd/f.py', 'exec')
    except SyntaxError as e:
        return type(e).__name__, e.args
tr(f)
tr(lambda: compile('1', 'f', 'exec').co_filename)
tr(lambda: compile('1', b'bf', 'exec').co_filename)
tr(lambda: compile(bytearray(b'1'), 'f', 'eval').co_name)
tr(lambda: compile('\ud800', 'f', 'exec'))
tr(lambda: compile(b'# coding: latin-1\nx="\xe9"', 'f', 'exec').co_name)
def f():
    raise 5
tr(f)
def f():
    raise ValueError from 5
tr(f)
def f():
    raise ValueError from None
tr(f)
def f():
    try:
        raise ValueError('v') from KeyError
    except ValueError as e:
        return repr(e.__cause__), repr(e.__context__)
tr(f)
def f():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            raise ValueError('b')
    except ValueError as e:
        return repr(e.__context__), e.__cause__
tr(f)
def f():
    try:
        1/0
    except 5:
        pass
tr(f)
def f():
    try:
        1/0
    except (ZeroDivisionError, 5):
        return 'caught'
tr(f)
def f():
    try:
        1/0
    except (KeyError, (ZeroDivisionError,)):
        return 'caught'
tr(f)
def f():
    try:
        1/0
    except (ArithmeticError,):
        return 'caught'
tr(f)
class NotExc: pass
def f():
    raise NotExc
tr(f)
class BadNew(Exception):
    def __new__(cls): return 5
def f():
    raise BadNew
tr(f)
def f():
    raise
tr(f)
def f():
    e = ValueError('x')
    try:
        raise e
    except ValueError as x:
        return x is e, type(x.__traceback__).__name__
tr(f)
tr(lambda: isinstance(ValueError('x').with_traceback(None), ValueError))
