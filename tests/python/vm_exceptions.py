# Exceptions: raising, catching, chaining (__context__, __cause__),
# __traceback__, bare raise, finally, and sys.exc_info().
import sys

def catch(thunk):
    try:
        thunk()
    except BaseException as e:
        return e
    return None

# raise with a class, an instance, and things that are not exceptions.
e = catch(lambda: exec("raise ValueError"))
assert type(e) is ValueError and e.args == (), repr(e)
e = catch(lambda: exec("raise ValueError('x', 1)"))
assert e.args == ('x', 1), repr(e.args)
e = catch(lambda: exec("raise 1"))
assert type(e) is TypeError and str(e) == 'exceptions must derive from BaseException', repr(e)
e = catch(lambda: exec("raise ValueError from 1"))
assert type(e) is TypeError and str(e) == 'exception causes must derive from BaseException', repr(e)
e = catch(lambda: exec("raise ValueError from None"))
assert type(e) is TypeError and str(e) == 'exception causes must derive from BaseException', repr(e)
e = catch(lambda: exec("raise"))
assert type(e) is RuntimeError and str(e) == 'No active exception to reraise', repr(e)

# Explicit chaining.
def cause():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError('k') from z
e = catch(cause)
assert type(e) is KeyError, repr(e)
assert type(e.__cause__) is ZeroDivisionError, repr(e.__cause__)
assert type(e.__context__) is ZeroDivisionError, repr(e.__context__)
assert e.__cause__ is e.__context__

e = catch(lambda: exec("raise KeyError from IndexError"))
assert type(e.__cause__) is IndexError and e.__context__ is None, repr((e.__cause__, e.__context__))

# Implicit chaining: an exception raised while handling another.
def implicit():
    try:
        {}['a']
    except KeyError:
        [][1]
e = catch(implicit)
assert type(e) is IndexError, repr(e)
assert str(e) == 'list index out of range', str(e)
assert type(e.__context__) is KeyError and e.__cause__ is None, repr(e.__context__)
assert e.__context__.__context__ is None

# ... and in a finally clause run for an exception, which is being handled there.
def in_finally():
    try:
        try:
            raise KeyError('a')
        finally:
            raise IndexError('b')
    except IndexError as e:
        return e
e = in_finally()
assert type(e.__context__) is KeyError, repr(e.__context__)

# Errors raised by operations while handling are chained too.
def op_error():
    try:
        raise KeyError
    except KeyError:
        return catch(lambda: 1 + 'a')
e = op_error()
assert type(e) is TypeError and type(e.__context__) is KeyError, repr((e, e.__context__))

# Re-raising the handled exception keeps it unchained.
def reraise():
    try:
        raise ValueError('v')
    except ValueError:
        raise
e = catch(reraise)
assert type(e) is ValueError and e.__context__ is None, repr(e.__context__)

# A context chain does not form a cycle.
def cycle():
    try:
        raise KeyError
    except KeyError as k:
        try:
            raise ValueError
        except ValueError as v:
            try:
                raise k
            except KeyError as k2:
                return k2, v
k2, v = cycle()
assert k2.__context__ is v, repr(k2.__context__)
assert v.__context__ is None, repr(v.__context__)

# __traceback__ lists the frames the exception went through.
def inner():
    raise ValueError('deep')
def outer():
    inner()
e = catch(outer)
tb = e.__traceback__
names = []
while tb is not None:
    names.append(tb.tb_frame.f_code.co_name)
    tb = tb.tb_next
assert names == ['catch', 'outer', 'inner'], repr(names)

# sys.exc_info inside and outside handlers.
assert sys.exc_info() == (None, None, None), repr(sys.exc_info())
try:
    raise KeyError('x')
except KeyError:
    t, v, tb = sys.exc_info()
    assert t is KeyError and type(v) is KeyError and tb is v.__traceback__, repr((t, v, tb))
    try:
        raise ValueError
    except ValueError:
        assert sys.exc_info()[0] is ValueError, repr(sys.exc_info())
    assert sys.exc_info()[0] is KeyError, repr(sys.exc_info())
assert sys.exc_info() == (None, None, None), repr(sys.exc_info())

# A function called from a handler sees the handled exception.
def peek():
    return sys.exc_info()[0]
try:
    raise IndexError
except IndexError:
    assert peek() is IndexError, repr(peek())

# The 'as' name is deleted at the end of the handler.
try:
    raise KeyError
except KeyError as gone:
    pass
try:
    gone
    assert False, 'gone still bound'
except NameError as e:
    assert str(e) == "name 'gone' is not defined", str(e)

# except with a tuple, and bad except clauses.
try:
    raise IndexError
except (KeyError, IndexError) as e:
    assert type(e) is IndexError
def bad_clause():
    try:
        raise KeyError
    except 42:
        pass
e = catch(bad_clause)
assert type(e) is TypeError and str(e) == 'catching classes that do not inherit from BaseException is not allowed', repr(e)

# finally runs on return, break and continue, and can override them.
log = []
def fin_return():
    try:
        return 'try'
    finally:
        log.append('finally')
assert fin_return() == 'try' and log == ['finally'], repr(log)
def fin_override():
    try:
        return 'try'
    finally:
        return 'finally'
assert fin_override() == 'finally'
def fin_swallow():
    for i in range(3):
        try:
            raise KeyError
        finally:
            break
    return i
assert fin_swallow() == 0
def fin_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append('f%d' % i)
    return out
assert fin_continue() == [0, 'f0', 'f1', 2, 'f2'], repr(fin_continue())
def loop_continue_in_try():
    out = []
    for i in range(3):
        try:
            continue
        except KeyError:
            pass
        out.append(i)
    return out
assert loop_continue_in_try() == []

# else clauses.
def try_else(raise_it):
    try:
        if raise_it:
            raise KeyError
    except KeyError:
        return 'except'
    else:
        return 'else'
assert try_else(True) == 'except' and try_else(False) == 'else'

# Exceptions in deeply nested handlers restore the outer state.
def nested():
    try:
        try:
            raise KeyError
        except KeyError:
            raise ValueError
    except ValueError as e:
        return type(e.__context__), sys.exc_info()[0]
assert nested() == (KeyError, ValueError), repr(nested())

# A user-defined exception class.
class MyError(Exception):
    def __init__(self, x):
        Exception.__init__(self, x)
        self.x = x
e = catch(lambda: exec("raise MyError(3)", {'MyError': MyError}))
assert type(e) is MyError and e.x == 3 and e.args == (3,), repr(e)

# The recursion limit.
def recurse(n):
    return recurse(n + 1)
e = catch(lambda: recurse(0))
assert type(e) is RuntimeError and str(e) == 'maximum recursion depth exceeded', repr(e)
