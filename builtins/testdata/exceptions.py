# The exception classes: arguments, attributes, str and repr.
def tr(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
tr(lambda: UnicodeError().encoding)
tr(lambda: UnicodeEncodeError())
tr(lambda: UnicodeEncodeError('a','b',1,2))
tr(lambda: UnicodeEncodeError(1,'b',1,2,'r'))
tr(lambda: str(UnicodeEncodeError('ascii','b\xe9',1,2,'r')))
tr(lambda: str(UnicodeEncodeError('ascii','b\u1234',1,2,'r')))
tr(lambda: str(UnicodeEncodeError('ascii','b\U00012345',1,2,'r')))
tr(lambda: str(UnicodeEncodeError('ascii','b\xe9',1,3,'r')))
tr(lambda: str(UnicodeDecodeError('ascii',b'ab',1,2,'r')))
tr(lambda: str(UnicodeDecodeError('ascii',bytearray(b'ab'),1,2,'r')))
tr(lambda: UnicodeDecodeError('ascii','ab',1,2,'r'))
tr(lambda: str(UnicodeTranslateError('b\u1234',1,2,'r')))
tr(lambda: str(UnicodeTranslateError('b\u1234',0,2,'r')))
tr(lambda: UnicodeTranslateError('b', 1, 2))
tr(lambda: UnicodeEncodeError('ascii','b\xe9',1,2,'r').args)
tr(lambda: UnicodeEncodeError('ascii','b\xe9',1,2,'r').start)
tr(lambda: UnicodeEncodeError('ascii','b\xe9',1,2,'r').object)
tr(lambda: UnicodeDecodeError('ascii',bytearray(b'ab'),1,2,'r').object)
tr(lambda: UnicodeEncodeError('ascii','x',1.5,2,'r'))
tr(lambda: ValueError(x=1))
tr(lambda: ValueError.__new__(ValueError, 1, x=2).args)
tr(lambda: repr(ValueError()))
tr(lambda: repr(ValueError('x')))
tr(lambda: repr(ValueError(1,2)))
tr(lambda: str(ValueError(1,2)))
tr(lambda: str(ValueError('a')))
tr(lambda: str(ValueError()))
tr(lambda: str(ValueError([1])))
tr(lambda: str(KeyError('a')))
tr(lambda: str(KeyError('a', 'b')))
tr(lambda: str(KeyError()))
tr(lambda: repr(KeyError('a')))
tr(lambda: str(IOError(2)))
tr(lambda: str(IOError(2, 'x')))
tr(lambda: str(IOError(2, 'x', 'f')))
tr(lambda: IOError(2, 'x', 'f').args)
tr(lambda: repr(IOError(2, 'x', 'f')))
tr(lambda: str(IOError(2, 'x', 'f', 4)))
tr(lambda: IOError(2, 'x', 'f', 4).errno)
tr(lambda: IOError().errno)
tr(lambda: IOError(1, 2).strerror)
tr(lambda: OSError(1, 2, 3).filename)
tr(lambda: EnvironmentError(1, 'a').errno)
tr(lambda: str(SyntaxError('m', ('f/g.py', 3, 4, 'txt'))))
tr(lambda: str(SyntaxError('m', ('f/g.py', 3, 4))))
tr(lambda: str(SyntaxError('m', 5)))
tr(lambda: str(SyntaxError('m', ('f/g.py', None, 4, 'txt'))))
tr(lambda: str(SyntaxError('m', (None, 3, 4, 'txt'))))
tr(lambda: str(SyntaxError('m', ['f.py', 3, 4, 'txt'])))
tr(lambda: str(SyntaxError()))
tr(lambda: str(SyntaxError('just')))
tr(lambda: SyntaxError().msg)
tr(lambda: SyntaxError('a', ('f', 1, 2, 't')).text)
tr(lambda: SyntaxError('a', ('f', 1, 2, 't')).offset)
tr(lambda: SyntaxError('a', ('f', 1, 2, 't')).args)
tr(lambda: SyntaxError().print_file_and_line)
tr(lambda: IndentationError('x', ('f', 1, 2, 't')).lineno)
tr(lambda: str(TabError('tabs')))
tr(lambda: SystemExit().code)
tr(lambda: SystemExit(3).code)
tr(lambda: SystemExit(1,2).code)
tr(lambda: SystemExit(None).code)
e = ValueError()
def f(): del e.args
tr(f)
def f(): e.args = 5
tr(f)
def f(): e.args = 'ab'; return e.args
tr(f)
def f(): e.args = [1]; return e.args
tr(f)
def f(): e.__cause__ = 5
tr(f)
def f(): e.__context__ = 5
tr(f)
def f(): e.__traceback__ = 5
tr(f)
def f(): del e.__traceback__
tr(f)
def f(): del e.__cause__
tr(f)
def f(): del e.__context__
tr(f)
def f(): e.__dict__ = 5
tr(f)
def f(): del e.__dict__
tr(f)
def f(): e.__cause__ = KeyError(); return e.__cause__
tr(f)
def f(): e.__cause__ = None; return e.__cause__
tr(f)
def f(): e.__context__ = TypeError('c'); return e.__context__
tr(f)
def f(): e.foo = 1; return e.foo, e.__dict__
tr(f)
def f(): u = UnicodeEncodeError('ascii','b\xe9',1,2,'r'); del u.start
tr(f)
def f(): u = UnicodeEncodeError('ascii','b\xe9',1,2,'r'); u.start = 'x'
tr(f)
def f(): u = UnicodeEncodeError('ascii','b\xe9',1,2,'r'); u.start = 0; return str(u)
tr(f)
def f(): u = UnicodeEncodeError('ascii','b\xe9',1,2,'r'); del u.encoding; return u.encoding
tr(f)
def f(): u = UnicodeEncodeError('ascii','b\xe9',1,2,'r'); del u.encoding; return str(u)
tr(f)
def f(): u = IOError(1,2); u.filename = None; return str(u)
tr(f)
def f(): u = IOError(1,2); del u.errno; return u.errno, str(u)
tr(f)
def f(): s = SystemExit(4); s.code = 'x'; return s.code, s.args
tr(f)
tr(lambda: e.with_traceback(None) is e)
tr(lambda: e.with_traceback(4))
tr(lambda: e.with_traceback())
tr(lambda: ValueError('a', 'b').__reduce__())
tr(lambda: IOError(1,2,3).__reduce__())
tr(lambda: IOError(1,2).__reduce__())
def f():
    x = KeyError('k'); x.y = 2
    return x.__reduce__()
tr(f)
def f():
    x = ValueError(); x.__setstate__({'a': 1}); return x.a
tr(f)
tr(lambda: ValueError().__setstate__(5))
tr(lambda: ValueError().__setstate__(None))
# __new__ is left out: only BaseException has one here (see exceptions.go).
tr(lambda: sorted(k for k in IOError.__dict__ if k != '__new__'))
tr(lambda: sorted(k for k in EnvironmentError.__dict__ if k != '__new__'))
tr(lambda: sorted(k for k in SyntaxError.__dict__ if k != '__new__'))
tr(lambda: sorted(k for k in KeyError.__dict__ if k != '__new__'))
tr(lambda: sorted(k for k in ValueError.__dict__ if k != '__new__'))
tr(lambda: sorted(k for k in SystemExit.__dict__ if k != '__new__'))
tr(lambda: sorted(k for k in UnicodeDecodeError.__dict__ if k != '__new__'))
tr(lambda: sorted(k for k in BaseException.__dict__.keys() if k not in ('__setattr__', '__getattribute__', '__delattr__')))
tr(lambda: ValueError.__doc__)
tr(lambda: ZeroDivisionError.__doc__)
tr(lambda: [c.__name__ for c in KeyError.__mro__])
tr(lambda: [c.__name__ for c in TabError.__mro__])
tr(lambda: [c.__name__ for c in UnicodeDecodeError.__mro__])
tr(lambda: [c.__name__ for c in ResourceWarning.__mro__])
tr(lambda: [c.__name__ for c in IOError.__mro__])
tr(lambda: [c.__name__ for c in SystemExit.__mro__])
tr(lambda: [c.__name__ for c in GeneratorExit.__mro__])
tr(lambda: [c.__name__ for c in KeyboardInterrupt.__mro__])
tr(lambda: [c.__name__ for c in UnboundLocalError.__mro__])
tr(lambda: [c.__name__ for c in NotImplementedError.__mro__])
tr(lambda: [c.__name__ for c in FloatingPointError.__mro__])
tr(lambda: sorted(c.__name__ for c in Warning.__subclasses__()))
tr(lambda: sorted(c.__name__ for c in ArithmeticError.__subclasses__()))
tr(lambda: BaseException.__module__)
tr(lambda: type(ValueError()).__name__)
tr(lambda: ValueError() == ValueError())
tr(lambda: hash(ValueError()) != 0)
tr(lambda: bool(ValueError()))
tr(lambda: isinstance(ValueError(), Exception))
tr(lambda: BaseException.__init__(ValueError(), 1, 2))
tr(lambda: BaseException.__new__(KeyError).args)
tr(lambda: BaseException.__new__(int))
tr(lambda: BaseException.__str__(1))
class MyErr(ValueError):
    def __init__(self, a, b):
        self.a = a
        self.b = b
tr(lambda: MyErr(1, 2).args)
tr(lambda: repr(MyErr(1, 2)))
tr(lambda: str(MyErr(1, 2)))
tr(lambda: MyErr(1, 2).a)
tr(lambda: MyErr(1))
class MyErr2(IOError):
    pass
tr(lambda: str(MyErr2(2, 'No such', 'f')))
tr(lambda: MyErr2(2, 'No such', 'f').filename)
class MyErr3(Exception):
    def __str__(self): return 'custom'
tr(lambda: str(MyErr3()))
tr(lambda: repr(MyErr3(1)))
class MyErr4(KeyError):
    def __init__(self): super().__init__('k', 'v')
tr(lambda: MyErr4().args)
tr(lambda: str(MyErr4()))
class MyExit(SystemExit): pass
tr(lambda: MyExit(5).code)
class MyU(UnicodeDecodeError): pass
tr(lambda: str(MyU('utf-8', b'\xff', 0, 1, 'bad')))
tr(lambda: MyU('utf-8', b'\xff', 0, 1, 'bad').reason)
