# Exception classes: arguments, attributes, str and repr.
# Generated from CPython 3.2 results; each check is one assert.

def tr(f):
    try:
        return repr(f())
    except BaseException as e:
        return type(e).__name__ + " " + str(e)

# The exception classes: arguments, attributes, str and repr.
r = tr(lambda: UnicodeError().encoding); assert r == "AttributeError 'UnicodeError' object has no attribute 'encoding'", repr(r)
r = tr(lambda: UnicodeEncodeError()); assert r == 'TypeError function takes exactly 5 arguments (0 given)', repr(r)
r = tr(lambda: UnicodeEncodeError('a','b',1,2)); assert r == 'TypeError function takes exactly 5 arguments (4 given)', repr(r)
r = tr(lambda: UnicodeEncodeError(1,'b',1,2,'r')); assert r == 'TypeError must be str, not int', repr(r)
r = tr(lambda: str(UnicodeEncodeError('ascii','b\xe9',1,2,'r'))); assert r == '"\'ascii\' codec can\'t encode character \'\\\\xe9\' in position 1: r"', repr(r)
r = tr(lambda: str(UnicodeEncodeError('ascii','b\u1234',1,2,'r'))); assert r == '"\'ascii\' codec can\'t encode character \'\\\\u1234\' in position 1: r"', repr(r)
r = tr(lambda: str(UnicodeEncodeError('ascii','b\U00012345',1,2,'r'))); assert r == '"\'ascii\' codec can\'t encode character \'\\\\U00012345\' in position 1: r"', repr(r)
r = tr(lambda: str(UnicodeEncodeError('ascii','b\xe9',1,3,'r'))); assert r == '"\'ascii\' codec can\'t encode characters in position 1-2: r"', repr(r)
r = tr(lambda: str(UnicodeDecodeError('ascii',b'ab',1,2,'r'))); assert r == '"\'ascii\' codec can\'t decode byte 0x62 in position 1: r"', repr(r)
r = tr(lambda: str(UnicodeDecodeError('ascii',bytearray(b'ab'),1,2,'r'))); assert r == '"\'ascii\' codec can\'t decode byte 0x62 in position 1: r"', repr(r)
r = tr(lambda: UnicodeDecodeError('ascii','ab',1,2,'r')); assert r == 'TypeError expected an object with a buffer interface', repr(r)
r = tr(lambda: str(UnicodeTranslateError('b\u1234',1,2,'r'))); assert r == '"can\'t translate character \'\\\\u1234\' in position 1: r"', repr(r)
r = tr(lambda: str(UnicodeTranslateError('b\u1234',0,2,'r'))); assert r == '"can\'t translate characters in position 0-1: r"', repr(r)
r = tr(lambda: UnicodeTranslateError('b', 1, 2)); assert r == 'TypeError function takes exactly 4 arguments (3 given)', repr(r)
r = tr(lambda: UnicodeEncodeError('ascii','b\xe9',1,2,'r').args); assert r == "('ascii', 'bé', 1, 2, 'r')", repr(r)
r = tr(lambda: UnicodeEncodeError('ascii','b\xe9',1,2,'r').start); assert r == '1', repr(r)
r = tr(lambda: UnicodeEncodeError('ascii','b\xe9',1,2,'r').object); assert r == "'bé'", repr(r)
r = tr(lambda: UnicodeDecodeError('ascii',bytearray(b'ab'),1,2,'r').object); assert r == "b'ab'", repr(r)
r = tr(lambda: UnicodeEncodeError('ascii','x',1.5,2,'r')); assert r == 'TypeError integer argument expected, got float', repr(r)
r = tr(lambda: ValueError(x=1)); assert r == 'TypeError ValueError does not take keyword arguments', repr(r)
r = tr(lambda: ValueError.__new__(ValueError, 1, x=2).args); assert r == '(1,)', repr(r)
r = tr(lambda: repr(ValueError())); assert r == "'ValueError()'", repr(r)
r = tr(lambda: repr(ValueError('x'))); assert r == '"ValueError(\'x\',)"', repr(r)
r = tr(lambda: repr(ValueError(1,2))); assert r == "'ValueError(1, 2)'", repr(r)
r = tr(lambda: str(ValueError(1,2))); assert r == "'(1, 2)'", repr(r)
r = tr(lambda: str(ValueError('a'))); assert r == "'a'", repr(r)
r = tr(lambda: str(ValueError())); assert r == "''", repr(r)
r = tr(lambda: str(ValueError([1]))); assert r == "'[1]'", repr(r)
r = tr(lambda: str(KeyError('a'))); assert r == '"\'a\'"', repr(r)
r = tr(lambda: str(KeyError('a', 'b'))); assert r == '"(\'a\', \'b\')"', repr(r)
r = tr(lambda: str(KeyError())); assert r == "''", repr(r)
r = tr(lambda: repr(KeyError('a'))); assert r == '"KeyError(\'a\',)"', repr(r)
r = tr(lambda: str(IOError(2))); assert r == "'2'", repr(r)
r = tr(lambda: str(IOError(2, 'x'))); assert r == "'[Errno 2] x'", repr(r)
r = tr(lambda: str(IOError(2, 'x', 'f'))); assert r == '"[Errno 2] x: \'f\'"', repr(r)
r = tr(lambda: IOError(2, 'x', 'f').args); assert r == "(2, 'x')", repr(r)
r = tr(lambda: repr(IOError(2, 'x', 'f'))); assert r == '"IOError(2, \'x\')"', repr(r)
r = tr(lambda: str(IOError(2, 'x', 'f', 4))); assert r == '"(2, \'x\', \'f\', 4)"', repr(r)
r = tr(lambda: IOError(2, 'x', 'f', 4).errno); assert r == 'None', repr(r)
r = tr(lambda: IOError().errno); assert r == 'None', repr(r)
r = tr(lambda: IOError(1, 2).strerror); assert r == '2', repr(r)
r = tr(lambda: OSError(1, 2, 3).filename); assert r == '3', repr(r)
r = tr(lambda: EnvironmentError(1, 'a').errno); assert r == '1', repr(r)
r = tr(lambda: str(SyntaxError('m', ('f/g.py', 3, 4, 'txt')))); assert r == "'m (g.py, line 3)'", repr(r)
r = tr(lambda: str(SyntaxError('m', ('f/g.py', 3, 4)))); assert r == 'IndexError tuple index out of range', repr(r)
r = tr(lambda: str(SyntaxError('m', 5))); assert r == "TypeError 'int' object is not iterable", repr(r)
r = tr(lambda: str(SyntaxError('m', ('f/g.py', None, 4, 'txt')))); assert r == "'m (g.py)'", repr(r)
r = tr(lambda: str(SyntaxError('m', (None, 3, 4, 'txt')))); assert r == "'m (line 3)'", repr(r)
r = tr(lambda: str(SyntaxError('m', ['f.py', 3, 4, 'txt']))); assert r == "'m (f.py, line 3)'", repr(r)
r = tr(lambda: str(SyntaxError())); assert r == "'None'", repr(r)
r = tr(lambda: str(SyntaxError('just'))); assert r == "'just'", repr(r)
r = tr(lambda: SyntaxError().msg); assert r == 'None', repr(r)
r = tr(lambda: SyntaxError('a', ('f', 1, 2, 't')).text); assert r == "'t'", repr(r)
r = tr(lambda: SyntaxError('a', ('f', 1, 2, 't')).offset); assert r == '2', repr(r)
r = tr(lambda: SyntaxError('a', ('f', 1, 2, 't')).args); assert r == "('a', ('f', 1, 2, 't'))", repr(r)
r = tr(lambda: SyntaxError().print_file_and_line); assert r == 'None', repr(r)
r = tr(lambda: IndentationError('x', ('f', 1, 2, 't')).lineno); assert r == '1', repr(r)
r = tr(lambda: str(TabError('tabs'))); assert r == "'tabs'", repr(r)
r = tr(lambda: SystemExit().code); assert r == 'None', repr(r)
r = tr(lambda: SystemExit(3).code); assert r == '3', repr(r)
r = tr(lambda: SystemExit(1,2).code); assert r == '(1, 2)', repr(r)
r = tr(lambda: SystemExit(None).code); assert r == 'None', repr(r)
e = ValueError()
def f(): del e.args
r = tr(f); assert r == 'TypeError args may not be deleted', repr(r)
def f(): e.args = 5
r = tr(f); assert r == "TypeError 'int' object is not iterable", repr(r)
def f(): e.args = 'ab'; return e.args
r = tr(f); assert r == "('a', 'b')", repr(r)
def f(): e.args = [1]; return e.args
r = tr(f); assert r == '(1,)', repr(r)
def f(): e.__cause__ = 5
r = tr(f); assert r == 'TypeError exception cause must be None or derive from BaseException', repr(r)
def f(): e.__context__ = 5
r = tr(f); assert r == 'TypeError exception context must be None or derive from BaseException', repr(r)
def f(): e.__traceback__ = 5
r = tr(f); assert r == 'TypeError __traceback__ must be a traceback or None', repr(r)
def f(): del e.__traceback__
r = tr(f); assert r == 'TypeError __traceback__ may not be deleted', repr(r)
def f(): del e.__cause__
r = tr(f); assert r == 'TypeError __cause__ may not be deleted', repr(r)
def f(): del e.__context__
r = tr(f); assert r == 'TypeError __context__ may not be deleted', repr(r)
def f(): e.__dict__ = 5
r = tr(f); assert r == 'TypeError __dict__ must be a dictionary', repr(r)
def f(): del e.__dict__
r = tr(f); assert r == 'TypeError __dict__ may not be deleted', repr(r)
def f(): e.__cause__ = KeyError(); return e.__cause__
r = tr(f); assert r == 'KeyError()', repr(r)
def f(): e.__cause__ = None; return e.__cause__
r = tr(f); assert r == 'None', repr(r)
def f(): e.__context__ = TypeError('c'); return e.__context__
r = tr(f); assert r == "TypeError('c',)", repr(r)
def f(): e.foo = 1; return e.foo, e.__dict__
r = tr(f); assert r == "(1, {'foo': 1})", repr(r)
def f(): u = UnicodeEncodeError('ascii','b\xe9',1,2,'r'); del u.start
r = tr(f); assert r == "TypeError can't delete numeric/char attribute", repr(r)
def f(): u = UnicodeEncodeError('ascii','b\xe9',1,2,'r'); u.start = 'x'
r = tr(f); assert r == 'TypeError an integer is required', repr(r)
def f(): u = UnicodeEncodeError('ascii','b\xe9',1,2,'r'); u.start = 0; return str(u)
r = tr(f); assert r == '"\'ascii\' codec can\'t encode characters in position 0-1: r"', repr(r)
def f(): u = UnicodeEncodeError('ascii','b\xe9',1,2,'r'); del u.encoding; return u.encoding
r = tr(f); assert r == 'None', repr(r)
def f(): u = UnicodeEncodeError('ascii','b\xe9',1,2,'r'); del u.encoding; return str(u)
r = tr(f); assert r == '"\'<NULL>\' codec can\'t encode character \'\\\\xe9\' in position 1: r"', repr(r)
def f(): u = IOError(1,2); u.filename = None; return str(u)
r = tr(f); assert r == "'[Errno 1] 2: None'", repr(r)
def f(): u = IOError(1,2); del u.errno; return u.errno, str(u)
r = tr(f); assert r == "(None, '(1, 2)')", repr(r)
def f(): s = SystemExit(4); s.code = 'x'; return s.code, s.args
r = tr(f); assert r == "('x', (4,))", repr(r)
r = tr(lambda: e.with_traceback(None) is e); assert r == 'True', repr(r)
r = tr(lambda: e.with_traceback(4)); assert r == 'TypeError __traceback__ must be a traceback or None', repr(r)
r = tr(lambda: e.with_traceback()); assert r == 'TypeError with_traceback() takes exactly one argument (0 given)', repr(r)
r = tr(lambda: ValueError('a', 'b').__reduce__()); assert r == "(<class 'ValueError'>, ('a', 'b'))", repr(r)
r = tr(lambda: IOError(1,2,3).__reduce__()); assert r == "(<class 'IOError'>, (1, 2, 3))", repr(r)
r = tr(lambda: IOError(1,2).__reduce__()); assert r == "(<class 'IOError'>, (1, 2))", repr(r)
def f():
    x = KeyError('k'); x.y = 2
    return x.__reduce__()
r = tr(f); assert r == "(<class 'KeyError'>, ('k',), {'y': 2})", repr(r)
def f():
    x = ValueError(); x.__setstate__({'a': 1}); return x.a
r = tr(f); assert r == '1', repr(r)
r = tr(lambda: ValueError().__setstate__(5)); assert r == 'TypeError state is not a dictionary', repr(r)
r = tr(lambda: ValueError().__setstate__(None)); assert r == 'None', repr(r)
# __new__ is left out: only BaseException has one here (see exceptions.go).
r = tr(lambda: sorted(k for k in IOError.__dict__ if k != '__new__')); assert r == "['__doc__', '__init__']", repr(r)
r = tr(lambda: sorted(k for k in EnvironmentError.__dict__ if k != '__new__')); assert r == "['__doc__', '__init__', '__reduce__', '__str__', 'errno', 'filename', 'strerror']", repr(r)
r = tr(lambda: sorted(k for k in SyntaxError.__dict__ if k != '__new__')); assert r == "['__doc__', '__init__', '__str__', 'filename', 'lineno', 'msg', 'offset', 'print_file_and_line', 'text']", repr(r)
r = tr(lambda: sorted(k for k in KeyError.__dict__ if k != '__new__')); assert r == "['__doc__', '__init__', '__str__']", repr(r)
r = tr(lambda: sorted(k for k in ValueError.__dict__ if k != '__new__')); assert r == "['__doc__', '__init__']", repr(r)
r = tr(lambda: sorted(k for k in SystemExit.__dict__ if k != '__new__')); assert r == "['__doc__', '__init__', 'code']", repr(r)
r = tr(lambda: sorted(k for k in UnicodeDecodeError.__dict__ if k != '__new__')); assert r == "['__doc__', '__init__', '__str__', 'encoding', 'end', 'object', 'reason', 'start']", repr(r)
r = tr(lambda: sorted(k for k in BaseException.__dict__.keys() if k not in ('__setattr__', '__getattribute__', '__delattr__'))); assert r == "['__cause__', '__context__', '__dict__', '__doc__', '__init__', '__new__', '__reduce__', '__repr__', '__setstate__', '__str__', '__traceback__', 'args', 'with_traceback']", repr(r)
r = tr(lambda: ValueError.__doc__); assert r == "'Inappropriate argument value (of correct type).'", repr(r)
r = tr(lambda: ZeroDivisionError.__doc__); assert r == "'Second argument to a division or modulo operation was zero.'", repr(r)
r = tr(lambda: [c.__name__ for c in KeyError.__mro__]); assert r == "['KeyError', 'LookupError', 'Exception', 'BaseException', 'object']", repr(r)
r = tr(lambda: [c.__name__ for c in TabError.__mro__]); assert r == "['TabError', 'IndentationError', 'SyntaxError', 'Exception', 'BaseException', 'object']", repr(r)
r = tr(lambda: [c.__name__ for c in UnicodeDecodeError.__mro__]); assert r == "['UnicodeDecodeError', 'UnicodeError', 'ValueError', 'Exception', 'BaseException', 'object']", repr(r)
r = tr(lambda: [c.__name__ for c in ResourceWarning.__mro__]); assert r == "['ResourceWarning', 'Warning', 'Exception', 'BaseException', 'object']", repr(r)
r = tr(lambda: [c.__name__ for c in IOError.__mro__]); assert r == "['IOError', 'EnvironmentError', 'Exception', 'BaseException', 'object']", repr(r)
r = tr(lambda: [c.__name__ for c in SystemExit.__mro__]); assert r == "['SystemExit', 'BaseException', 'object']", repr(r)
r = tr(lambda: [c.__name__ for c in GeneratorExit.__mro__]); assert r == "['GeneratorExit', 'BaseException', 'object']", repr(r)
r = tr(lambda: [c.__name__ for c in KeyboardInterrupt.__mro__]); assert r == "['KeyboardInterrupt', 'BaseException', 'object']", repr(r)
r = tr(lambda: [c.__name__ for c in UnboundLocalError.__mro__]); assert r == "['UnboundLocalError', 'NameError', 'Exception', 'BaseException', 'object']", repr(r)
r = tr(lambda: [c.__name__ for c in NotImplementedError.__mro__]); assert r == "['NotImplementedError', 'RuntimeError', 'Exception', 'BaseException', 'object']", repr(r)
r = tr(lambda: [c.__name__ for c in FloatingPointError.__mro__]); assert r == "['FloatingPointError', 'ArithmeticError', 'Exception', 'BaseException', 'object']", repr(r)
r = tr(lambda: sorted(c.__name__ for c in Warning.__subclasses__())); assert r == "['BytesWarning', 'DeprecationWarning', 'FutureWarning', 'ImportWarning', 'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning', 'SyntaxWarning', 'UnicodeWarning', 'UserWarning']", repr(r)
r = tr(lambda: sorted(c.__name__ for c in ArithmeticError.__subclasses__())); assert r == "['FloatingPointError', 'OverflowError', 'ZeroDivisionError']", repr(r)
r = tr(lambda: BaseException.__module__); assert r == "'builtins'", repr(r)
r = tr(lambda: type(ValueError()).__name__); assert r == "'ValueError'", repr(r)
r = tr(lambda: ValueError() == ValueError()); assert r == 'False', repr(r)
r = tr(lambda: hash(ValueError()) != 0); assert r == 'True', repr(r)
r = tr(lambda: bool(ValueError())); assert r == 'True', repr(r)
r = tr(lambda: isinstance(ValueError(), Exception)); assert r == 'True', repr(r)
r = tr(lambda: BaseException.__init__(ValueError(), 1, 2)); assert r == 'None', repr(r)
r = tr(lambda: BaseException.__new__(KeyError).args); assert r == '()', repr(r)
r = tr(lambda: BaseException.__new__(int)); assert r == 'TypeError BaseException.__new__(int): int is not a subtype of BaseException', repr(r)
r = tr(lambda: BaseException.__str__(1)); assert r == "TypeError descriptor '__str__' requires a 'BaseException' object but received a 'int'", repr(r)
class MyErr(ValueError):
    def __init__(self, a, b):
        self.a = a
        self.b = b
r = tr(lambda: MyErr(1, 2).args); assert r == '(1, 2)', repr(r)
r = tr(lambda: repr(MyErr(1, 2))); assert r == "'MyErr(1, 2)'", repr(r)
r = tr(lambda: str(MyErr(1, 2))); assert r == "'(1, 2)'", repr(r)
r = tr(lambda: MyErr(1, 2).a); assert r == '1', repr(r)
r = tr(lambda: MyErr(1)); assert r == 'TypeError __init__() takes exactly 3 arguments (2 given)', repr(r)
class MyErr2(IOError):
    pass
r = tr(lambda: str(MyErr2(2, 'No such', 'f'))); assert r == '"[Errno 2] No such: \'f\'"', repr(r)
r = tr(lambda: MyErr2(2, 'No such', 'f').filename); assert r == "'f'", repr(r)
class MyErr3(Exception):
    def __str__(self): return 'custom'
r = tr(lambda: str(MyErr3())); assert r == "'custom'", repr(r)
r = tr(lambda: repr(MyErr3(1))); assert r == "'MyErr3(1,)'", repr(r)
class MyErr4(KeyError):
    def __init__(self): super().__init__('k', 'v')
r = tr(lambda: MyErr4().args); assert r == "('k', 'v')", repr(r)
r = tr(lambda: str(MyErr4())); assert r == '"(\'k\', \'v\')"', repr(r)
class MyExit(SystemExit): pass
r = tr(lambda: MyExit(5).code); assert r == '5', repr(r)
class MyU(UnicodeDecodeError): pass
r = tr(lambda: str(MyU('utf-8', b'\xff', 0, 1, 'bad'))); assert r == '"\'utf-8\' codec can\'t decode byte 0xff in position 0: bad"', repr(r)
r = tr(lambda: MyU('utf-8', b'\xff', 0, 1, 'bad').reason); assert r == "'bad'", repr(r)

