# Read-only attributes and their error messages, as CPython 3.2 gives them.
def f(): yield 1
g = f()
# Assigning a read-only attribute: CPython 3.2 words the error after how
# the attribute is defined ("readonly attribute" for a member, "attribute
# 'x' of 'T' objects is not writable" for a getset without a setter).
_seen = []
def t(o, a):
    try: setattr(o, a, 1)
    except Exception as e: _seen.append('%s %s %s' % (a, type(e).__name__, e))
for a in ['gi_running','gi_frame','gi_code','__name__']: t(g, a)
for a in ['__closure__','__globals__','__code__','__defaults__']: t(f, a)
class C:
    def m(self): pass
for a in ['__self__','__func__']: t(C().m, a)
t(1 .__class__, '__name__'); t(slice(1), 'start'); t(range(3), 'start') ; t(property(), 'fget'); t(staticmethod(f), '__func__')
import sys
t(sys.flags, 'debug'); t(ValueError(), 'args'); t(SyntaxError(), 'msg'); t(StopIteration(), 'value')
t(complex(1), 'real'); t((1).real, 'x'); t(f.__code__, 'co_name'); t(sys._getframe(), 'f_lineno'); t(sys._getframe(), 'f_back')

_expected = ['gi_running AttributeError readonly attribute', 'gi_frame AttributeError readonly attribute', 'gi_code AttributeError readonly attribute', "__name__ AttributeError attribute '__name__' of 'generator' objects is not writable", '__closure__ AttributeError readonly attribute', '__globals__ AttributeError readonly attribute', '__code__ TypeError __code__ must be set to a code object', '__defaults__ TypeError __defaults__ must be set to a tuple object', '__self__ AttributeError readonly attribute', '__func__ AttributeError readonly attribute', "__name__ TypeError can't set attributes of built-in/extension type 'int'", 'start AttributeError readonly attribute', "start AttributeError 'range' object has no attribute 'start'", 'fget AttributeError readonly attribute', '__func__ AttributeError readonly attribute', 'debug AttributeError readonly attribute', "args TypeError 'int' object is not iterable", 'real AttributeError readonly attribute', "x AttributeError 'int' object has no attribute 'x'", 'co_name AttributeError readonly attribute', 'f_lineno ValueError f_lineno can only be set by a line trace function', 'f_back AttributeError readonly attribute']
assert _seen == _expected, [x for x in zip(_seen, _expected) if x[0] != x[1]]
