# Exception objects: the attributes of EnvironmentError, SyntaxError and
# the Unicode errors, str() and repr() of exceptions, the set of built-in
# exception classes, tracebacks of re-raised exceptions, deletion of the
# handler's variable, and with statements suppressing BaseExceptions.
import builtins
import sys


def check(label, f, expected_repr):
    got = repr(f())
    assert got == expected_repr, (label, got, expected_repr)


def check_raises(label, f, exc_type, msg):
    try:
        f()
    except BaseException as e:
        assert type(e) is exc_type and str(e) == msg, (label, type(e), str(e), exc_type, msg)
    else:
        raise AssertionError(label + ': no ' + exc_type.__name__)

check('ioerror', lambda: (IOError(2, 'nf').errno, IOError(2, 'nf').strerror, IOError(2, 'nf', 'fn').filename, str(IOError(2, 'nf', 'fn')), str(IOError(2, 'nf')), IOError('a').errno, IOError(1,2,3,4).args), '(2, \'nf\', \'fn\', "[Errno 2] nf: \'fn\'", \'[Errno 2] nf\', None, (1, 2, 3, 4))')
check('oserror-str', lambda: (str(OSError(1, 'x')), repr(EnvironmentError(1, 'x', 'y')), IOError(1, 'x', 'y').args), '(\'[Errno 1] x\', "EnvironmentError(1, \'x\')", (1, \'x\'))')
check('stopiter-value', lambda: hasattr(StopIteration(1), 'value'), 'False')
check('syntaxerror', lambda: (lambda e: (e.msg, e.lineno, e.offset, e.text, e.filename, str(e), e.args))(SyntaxError('m', ('f', 1, 2, 'txt'))), "('m', 1, 2, 'txt', 'f', 'm (f, line 1)', ('m', ('f', 1, 2, 'txt')))")
check('syntaxerror-plain', lambda: (lambda e: (e.msg, e.lineno, str(e)))(SyntaxError('m')), "('m', None, 'm')")
def ce():
    try: compile('a b', 'fname', 'exec')
    except SyntaxError as e: return (e.msg, e.lineno, e.offset, e.text, e.filename, e.args)
check('compile-syntaxerror', ce, "('invalid syntax', 1, 3, 'a b\\n', 'fname', ('invalid syntax', ('fname', 1, 3, 'a b\\n')))")
check('unicode-decode', lambda: (lambda e: (e.encoding, e.object, e.start, e.end, e.reason, str(e)))(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')), '(\'utf-8\', b\'\\xff\', 0, 1, \'bad\', "\'utf-8\' codec can\'t decode byte 0xff in position 0: bad")')
def ud():
    try: b'\xff'.decode('utf-8')
    except UnicodeDecodeError as e: return str(e)
check('real-decode', ud, '"\'utf-8\' codec can\'t decode byte 0xff in position 0: invalid start byte"')
def ue():
    try: '\xff'.encode('ascii')
    except UnicodeEncodeError as e: return (str(e), e.start, e.end)
check('real-encode', ue, '("\'ascii\' codec can\'t encode character \'\\\\xff\' in position 0: ordinal not in range(128)", 0, 1)')
check('keyerror-str', lambda: (str(KeyError()), str(KeyError(1)), str(KeyError('a', 'b')), str(KeyError(''))), '(\'\', \'1\', "(\'a\', \'b\')", "\'\'")')
check('exc-args-set', lambda: (lambda e: (setattr(e, 'args', [1, 2]), e.args, str(e)))(ValueError()), "(None, (1, 2), '(1, 2)')")
check('exc-attr', lambda: (lambda e: (setattr(e, 'custom', 1), e.custom, e.__dict__))(ValueError('x')), "(None, 1, {'custom': 1})")
check('exc-eq', lambda: (ValueError(1) == ValueError(1),), '(False,)')
check_raises('baseexc-kw', lambda: ValueError(x=1), TypeError, 'ValueError does not take keyword arguments')
check('systemexit-code', lambda: (SystemExit().code, SystemExit(2).code, SystemExit(1, 2).code), '(None, 2, (1, 2))')
check('exc-str-unicode', lambda: str(ValueError('é')), "'é'")
check('exc-str-nonstr', lambda: (str(ValueError(5)), str(ValueError(None)), str(ValueError([1]))), "('5', 'None', '[1]')")
check('exc-repr-sub', lambda: repr(type('MyE', (Exception,), {})('a')), '"MyE(\'a\',)"')
check('warning-classes', lambda: [c.__name__ for c in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning, RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning)], "['Warning', 'UserWarning', 'DeprecationWarning', 'PendingDeprecationWarning', 'SyntaxWarning', 'RuntimeWarning', 'FutureWarning', 'ImportWarning', 'UnicodeWarning', 'BytesWarning', 'ResourceWarning']")
check('exc-mro', lambda: [c.__name__ for c in UnicodeDecodeError.__mro__], "['UnicodeDecodeError', 'UnicodeError', 'ValueError', 'Exception', 'BaseException', 'object']")
check('exc-mro2', lambda: [c.__name__ for c in FloatingPointError.__mro__], "['FloatingPointError', 'ArithmeticError', 'Exception', 'BaseException', 'object']")
check('no-VMSError', lambda: hasattr(builtins, 'VMSError') or hasattr(builtins, 'WindowsError'), 'False')
check('exc-mro4', lambda: [c.__name__ for c in BufferError.__mro__], "['BufferError', 'Exception', 'BaseException', 'object']")
check('exc-names', lambda: sorted(n for n in dir(builtins) if n.endswith(('Error', 'Exception', 'Warning', 'Exit', 'Interrupt', 'Iteration'))), "['ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BufferError', 'BytesWarning', 'DeprecationWarning', 'EOFError', 'EnvironmentError', 'Exception', 'FloatingPointError', 'FutureWarning', 'GeneratorExit', 'IOError', 'ImportError', 'ImportWarning', 'IndentationError', 'IndexError', 'KeyError', 'KeyboardInterrupt', 'LookupError', 'MemoryError', 'NameError', 'NotImplementedError', 'OSError', 'OverflowError', 'PendingDeprecationWarning', 'ReferenceError', 'ResourceWarning', 'RuntimeError', 'RuntimeWarning', 'StopIteration', 'SyntaxError', 'SyntaxWarning', 'SystemError', 'SystemExit', 'TabError', 'TypeError', 'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError', 'UnicodeTranslateError', 'UnicodeWarning', 'UserWarning', 'ValueError', 'Warning', 'ZeroDivisionError']")
def reraise_tb():
    def a(): raise KeyError
    try:
        a()
    except KeyError as e:
        try:
            raise e
        except KeyError as e2:
            tb = e2.__traceback__; n = 0
            while tb: n += 1; tb = tb.tb_next
            return n
check('reraise-tb-len', reraise_tb, '3')
def bare_reraise_tb():
    def a(): raise KeyError
    def b():
        try: a()
        except KeyError: raise
    try: b()
    except KeyError as e:
        tb = e.__traceback__; names = []
        while tb: names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - b.__code__.co_firstlineno)); tb = tb.tb_next
        return names
check('bare-reraise-tb', bare_reraise_tb, "[('bare_reraise_tb', 3), ('b', 1), ('a', -1)]")
def exc_del():
    try: raise KeyError
    except KeyError as e: pass
    try: return e
    except NameError as n: return str(n)
check('exc-del-msg', exc_del, '"local variable \'e\' referenced before assignment"')
def exc_del_module():
    ns = {}
    exec('try:\n    raise KeyError\nexcept KeyError as e:\n    pass\nx = "e" in dir()', ns)
    return ns['x']
check('exc-del-module', exc_del_module, 'False')
class CMX:
    def __enter__(self): return self
    def __exit__(self, *a): return True
def with_base():
    with CMX():
        raise SystemExit(3)
    return 'suppressed'
check('with-suppress-systemexit', with_base, "'suppressed'")
def with_ret():
    for i in range(3):
        with CMX():
            if i == 1: return i
check('with-return-loop', with_ret, '1')
def exit_args():
    class E:
        def __enter__(self): pass
        def __exit__(self, a, b, c): return sys.exc_info()[0] is None
    with E():
        raise KeyError
check_raises('exit-excinfo', exit_args, KeyError, '')
def exc_info_gen_after():
    def g():
        try:
            yield
        except:
            yield sys.exc_info()[0]
    it = g(); next(it)
    r = it.throw(KeyError)
    return r, sys.exc_info()
check('exc-info-after-throw', exc_info_gen_after, "(<class 'KeyError'>, (None, None, None))")
