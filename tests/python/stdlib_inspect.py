# inspect: predicates, signatures, getcallargs, source retrieval, frames,
# getattr_static, generator states, class trees.
import inspect
import sys
import types
import abc
import os

# A comment about f
# on two lines
def f(a, b=2, *args, c, d=4, **kw):
    "  Doc of f.\n\n      indented\n    body\n  "
    return a

def gen():
    yield 1
    yield 2

class Base:
    x = 1
    def method(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
    @property
    def prop(self):
        return 1

class Child(Base):
    __slots__ = ()

class Abstract(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def need(self):
        pass

lam = lambda x, y=1: x + y

# predicates
assert inspect.ismodule(os) and not inspect.ismodule(f)
assert inspect.isclass(Base) and not inspect.isclass(Base())
assert inspect.ismethod(Base().method) and not inspect.ismethod(Base.method)
assert inspect.isfunction(f) and inspect.isfunction(lam)
assert not inspect.isfunction(len)
assert inspect.isgeneratorfunction(gen) and not inspect.isgeneratorfunction(f)
assert inspect.isgenerator(gen()) and not inspect.isgenerator(gen)
assert inspect.isbuiltin(len) and inspect.isbuiltin([].append)
assert not inspect.isbuiltin(f)
assert inspect.isroutine(f) and inspect.isroutine(len)
assert inspect.isroutine(str.upper)
assert inspect.ismethoddescriptor(str.upper)
assert not inspect.ismethoddescriptor(f)
assert inspect.isdatadescriptor(Base.__dict__['prop'])
assert inspect.isgetsetdescriptor(type.__dict__['__name__'])
class Slotted:
    __slots__ = ['v']
assert inspect.ismemberdescriptor(Slotted.__dict__['v'])
assert not inspect.ismemberdescriptor(type.__dict__['__name__'])
assert inspect.iscode(f.__code__) and inspect.isframe(sys._getframe())
try:
    1 / 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
assert inspect.istraceback(tb)
assert inspect.isabstract(Abstract) and not inspect.isabstract(Base)
assert inspect.CO_VARARGS == 4 and inspect.CO_GENERATOR == 32

# members
names = [n for n, v in inspect.getmembers(Base)]
assert names == sorted(names) and 'method' in names and 'x' in names
assert inspect.getmembers(Base, inspect.isfunction) == [
    ('method', Base.__dict__['method'])]
kinds = {a.name: (a.kind, a.defining_class)
         for a in inspect.classify_class_attrs(Child)}
assert kinds['method'] == ('method', Base)
assert kinds['cm'] == ('class method', Base)
assert kinds['sm'] == ('static method', Base)
assert kinds['prop'] == ('property', Base)
assert kinds['x'] == ('data', Base)
assert inspect.getmro(Child) == (Child, Base, object)

# docs
assert inspect.getdoc(f) == 'Doc of f.\n\n  indented\nbody'
assert inspect.cleandoc('\n\n  a\n    b\n\n') == 'a\n  b'
assert inspect.getdoc(gen) is None
assert inspect.indentsize('\t  x') == 10
assert inspect.getcomments(f) == '# A comment about f\n# on two lines\n'
assert inspect.getcomments(gen) is None

# files and modules
here = __file__
assert inspect.getfile(f) == here and inspect.getsourcefile(f) == here
assert inspect.getmodule(f) is sys.modules[f.__module__]
assert inspect.getmodule(os.path.join) is os.path
assert inspect.getmodulename('/x/y/spam.py') == 'spam'
assert inspect.getmodulename('/x/y/spam.txt') is None
info = inspect.getmoduleinfo('a/b/eggs.py')
assert (info.name, info.suffix) == ('eggs', '.py')
try:
    inspect.getfile(sys)
except TypeError as e:
    assert 'is a built-in module' in str(e)
else:
    raise AssertionError('getfile(sys)')
try:
    inspect.getfile(3)
except TypeError as e:
    assert str(e) == ('3 is not a module, class, method, function, '
                      'traceback, frame, or code object')
else:
    raise AssertionError('getfile(3)')

# source
src = inspect.getsource(gen)
assert src == 'def gen():\n    yield 1\n    yield 2\n', src
lines, start = inspect.getsourcelines(Child)
assert lines == ['class Child(Base):\n', '    __slots__ = ()\n'] and start > 1
assert inspect.getsource(lam).strip() == 'lam = lambda x, y=1: x + y'
whole, first = inspect.findsource(Base)
assert whole[first] == 'class Base:\n'
try:
    inspect.getsource(len)
except TypeError:
    pass
else:
    raise AssertionError('getsource(len)')

# signatures
spec = inspect.getfullargspec(f)
assert spec == (['a', 'b'], 'args', 'kw', (2,), ['c', 'd'], {'d': 4}, {})
assert spec.kwonlydefaults == {'d': 4}
assert inspect.getargspec(lam) == (['x', 'y'], None, None, (1,))
assert inspect.getargspec(Base().method).args == ['self']
try:
    inspect.getargspec(f)
except ValueError as e:
    assert str(e).startswith('Function has keyword-only arguments')
else:
    raise AssertionError('getargspec with kwonly')
try:
    inspect.getfullargspec(len)
except TypeError as e:
    assert str(e) == '<built-in function len> is not a Python function'
else:
    raise AssertionError('getfullargspec(len)')
assert inspect.formatargspec(*spec) == '(a, b=2, *args, c, d=4, **kw)'
def ann(a: int, b: 'x' = 3, *, c: os.stat_result) -> list:
    pass
assert (inspect.formatargspec(*inspect.getfullargspec(ann)) ==
        "(a: int, b: 'x'=3, *, c: posix.stat_result) -> list")
assert inspect.getargs(f.__code__) == (['a', 'b', 'c', 'd'], 'args', 'kw')

def frame_of(p, q=5, *rest, **more):
    return sys._getframe()
fr = frame_of(1, 2, 3, k=4)
av = inspect.getargvalues(fr)
assert av.args == ['p', 'q'] and av.varargs == 'rest' and av.keywords == 'more'
assert (inspect.formatargvalues(*av) ==
        "(p=1, q=2, *rest=(3,), **more={'k': 4})")

# getcallargs
assert inspect.getcallargs(f, 1, c=3) == {
    'a': 1, 'b': 2, 'args': (), 'c': 3, 'd': 4, 'kw': {}}
assert inspect.getcallargs(f, 1, 2, 3, c=0, z=9) == {
    'a': 1, 'b': 2, 'args': (3,), 'c': 0, 'd': 4, 'kw': {'z': 9}}
assert inspect.getcallargs(Base().method)['self'].__class__ is Base
def two(a, b=1):
    pass
def none():
    pass
for call, message in [
        (lambda: inspect.getcallargs(two, 1, 2, 3),
         'two() takes at most 2 positional arguments (3 given)'),
        (lambda: inspect.getcallargs(two),
         'two() takes at least 1 argument (0 given)'),
        (lambda: inspect.getcallargs(two, 1, a=2),
         "two() got multiple values for keyword argument 'a'"),
        (lambda: inspect.getcallargs(two, 1, z=2),
         "two() got an unexpected keyword argument 'z'"),
        (lambda: inspect.getcallargs(none, 1),
         'none() takes no arguments (1 given)'),
        (lambda: inspect.getcallargs(f, 1),
         'f() needs keyword-only argument c')]:
    try:
        call()
    except TypeError as e:
        assert str(e) == message, (str(e), message)
    else:
        raise AssertionError(message)

# frames
def where():
    return inspect.currentframe()
fr = where()
assert fr.f_code.co_name == 'where'
info = inspect.getframeinfo(fr)
assert info.function == 'where' and info.filename == here
assert info.code_context == ['    return inspect.currentframe()\n']
assert info.index == 0 and inspect.getlineno(fr) == info.lineno
info3 = inspect.getframeinfo(fr, 3)
assert len(info3.code_context) == 3 and info3.index == 1
def outer():
    return inspect.stack()
records = outer()
assert records[0][3] == 'outer' and records[1][3] == '<module>'
assert records[0][0].f_code is outer.__code__
def fail():
    raise KeyError
try:
    fail()
except KeyError:
    inner = inspect.trace()
assert [r[3] for r in inner] == ['<module>', 'fail']
assert inspect.getinnerframes(sys.exc_info()[2] or tb)[0][3] == '<module>'
try:
    inspect.getframeinfo(3)
except (TypeError, AttributeError):
    pass
else:
    raise AssertionError('getframeinfo(3)')

# getattr_static
class Meta(type):
    meta_attr = 'M'
class Dyn(metaclass=Meta):
    plain = 'class'
    @property
    def prop(self):
        raise RuntimeError('must not run')
    def __getattr__(self, name):
        return 'dynamic'
d = Dyn()
d.__dict__['plain'] = 'instance'
d.__dict__['prop'] = 'shadowed'
assert inspect.getattr_static(d, 'plain') == 'instance'
assert isinstance(inspect.getattr_static(d, 'prop'), property)
assert inspect.getattr_static(Dyn, 'meta_attr') == 'M'
assert inspect.getattr_static(d, 'missing', 42) == 42
try:
    inspect.getattr_static(d, 'missing')
except AttributeError as e:
    assert str(e) == 'missing'
else:
    raise AssertionError('getattr_static missing')

# generator states
g = gen()
assert inspect.getgeneratorstate(g) == inspect.GEN_CREATED
next(g)
assert inspect.getgeneratorstate(g) == 'GEN_SUSPENDED'
def selfish():
    yield inspect.getgeneratorstate(me)
me = selfish()
assert next(me) == inspect.GEN_RUNNING
g.close()
assert inspect.getgeneratorstate(g) == inspect.GEN_CLOSED

# class trees
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
tree = inspect.getclasstree([A, B, C, D])
assert tree == [(object, ()), [(A, (object,)),
                               [(B, (A,)), [(D, (B, C))],
                                (C, (A,)), [(D, (B, C))]]]]
tree = inspect.getclasstree([A, B, C, D], unique=True)
assert tree == [(object, ()), [(A, (object,)),
                               [(B, (A,)), [(D, (B, C))], (C, (A,))]]]

# the named tuples
assert inspect.ArgSpec._fields == ('args', 'varargs', 'keywords', 'defaults')
assert inspect.Traceback._fields == ('filename', 'lineno', 'function',
                                     'code_context', 'index')
assert inspect.ArgInfo._fields == ('args', 'varargs', 'keywords', 'locals')
