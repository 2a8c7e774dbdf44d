# Exceptions: implicit chaining (__context__), raise ... from ...
# (__cause__), bare raise, exceptions raised in finally, sys.exc_info()
# inside and after handlers, except with a tuple, and the deletion of
# the "as" variable at the end of the handler.
import sys


def expect(exc_type, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except BaseException as e:
        assert type(e) is exc_type, (type(e), exc_type, str(e))
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError('no %s raised' % exc_type.__name__)


def catch(f):
    try:
        f()
    except BaseException as e:
        return e
    raise AssertionError('nothing raised')


def test_implicit_context():
    def f():
        try:
            raise KeyError('first')
        except KeyError:
            raise ValueError('second')
    e = catch(f)
    assert type(e) is ValueError
    assert type(e.__context__) is KeyError and e.__context__.args == ('first',)
    assert e.__cause__ is None
    assert e.__context__.__context__ is None


def test_context_of_error_in_handler():
    def f():
        try:
            1 / 0
        except ZeroDivisionError:
            {}['missing']
    e = catch(f)
    assert type(e) is KeyError and type(e.__context__) is ZeroDivisionError


def test_context_chain_three_levels():
    def f():
        try:
            try:
                raise OSError('a')
            except OSError:
                raise IOError('b')
        except IOError:
            raise EOFError('c')
    e = catch(f)
    assert [type(x).__name__ for x in (e, e.__context__, e.__context__.__context__)] == \
        ['EOFError', 'IOError', 'OSError'], (e, e.__context__)


def test_reraising_same_exception_no_self_context():
    def f():
        try:
            raise ValueError('x')
        except ValueError as e:
            raise e
    e = catch(f)
    assert e.__context__ is None


def test_context_cycle_broken():
    def f():
        try:
            raise KeyError('a')
        except KeyError as a:
            try:
                raise ValueError('b')
            except ValueError as b:
                raise a
    e = catch(f)
    assert type(e) is KeyError
    assert type(e.__context__) is ValueError
    assert e.__context__.__context__ is None


def test_raise_from():
    def f():
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise RuntimeError('wrapped') from z
    e = catch(f)
    assert type(e.__cause__) is ZeroDivisionError
    assert e.__context__ is e.__cause__


def test_raise_from_class_and_outside_handler():
    e = catch(lambda: exec("raise ValueError('v') from KeyError"))
    assert type(e.__cause__) is KeyError and e.__cause__.args == ()
    assert e.__context__ is None
    e = catch(lambda: exec("raise ValueError from 3"))
    assert type(e) is TypeError
    assert str(e) == 'exception causes must derive from BaseException', str(e)
    e = catch(lambda: exec("raise ValueError from None"))
    assert type(e) is TypeError
    assert str(e) == 'exception causes must derive from BaseException', str(e)


def test_cause_and_context_attributes_writable():
    e = ValueError()
    assert e.__cause__ is None and e.__context__ is None and e.__traceback__ is None
    e.__cause__ = KeyError()
    assert type(e.__cause__) is KeyError
    e.__cause__ = None
    expect(TypeError, 'exception cause must be None or derive from BaseException',
           setattr, e, '__cause__', 1)
    expect(TypeError, 'exception context must be None or derive from BaseException',
           setattr, e, '__context__', 1)
    expect(TypeError, '__traceback__ must be a traceback or None',
           setattr, e, '__traceback__', 1)


def test_raise_non_exception():
    expect(TypeError, 'exceptions must derive from BaseException', exec, "raise 42")
    expect(TypeError, 'exceptions must derive from BaseException', exec, "raise object")
    class Old:
        pass
    expect(TypeError, 'exceptions must derive from BaseException', exec, "raise Old()", {'Old': Old})


def test_raise_class_instantiates():
    class E(Exception):
        def __init__(self):
            self.made = True
    e = catch(lambda: exec("raise E", {'E': E}))
    assert type(e) is E and e.made


def test_bare_raise_reraises_current():
    def f():
        try:
            raise KeyError('k')
        except KeyError:
            raise
    e = catch(f)
    assert type(e) is KeyError and e.args == ('k',)
    assert e.__context__ is None


def test_bare_raise_after_nested_handler():
    def f():
        try:
            raise KeyError('outer')
        except KeyError:
            try:
                raise ValueError('inner')
            except ValueError:
                pass
            raise
    e = catch(f)
    assert type(e) is KeyError, repr(e)


def test_bare_raise_in_called_function():
    def reraiser():
        raise
    def f():
        try:
            raise IndexError('i')
        except IndexError:
            reraiser()
    e = catch(f)
    assert type(e) is IndexError


def test_bare_raise_without_active():
    expect(RuntimeError, 'No active exception to reraise', exec, "raise")
    def f():
        try:
            raise KeyError
        except KeyError:
            pass
        raise
    expect(RuntimeError, 'No active exception to reraise', f)


def test_exception_in_finally_replaces():
    def f():
        try:
            raise KeyError('body')
        finally:
            raise ValueError('finally')
    e = catch(f)
    assert type(e) is ValueError and type(e.__context__) is KeyError


def test_return_in_finally_swallows():
    def f():
        try:
            raise KeyError
        finally:
            return 'swallowed'
    assert f() == 'swallowed'
    assert sys.exc_info() == (None, None, None)


def test_break_continue_in_finally():
    def f():
        for i in range(3):
            try:
                raise KeyError
            finally:
                break
        return i
    assert f() == 0
    expect(SyntaxError, "'continue' not supported inside 'finally' clause (<s>, line 5)",
           compile, "for i in x:\n    try:\n        pass\n    finally:\n        continue\n",
           "<s>", "exec")


def test_finally_runs_on_return_and_break():
    log = []
    def f():
        try:
            return 'r'
        finally:
            log.append('f')
    assert f() == 'r' and log == ['f']
    for i in range(2):
        try:
            break
        finally:
            log.append('b')
    assert log == ['f', 'b']
    def g():
        for i in range(3):
            try:
                continue
            finally:
                log.append(i)
    g()
    assert log == ['f', 'b', 0, 1, 2]


def test_finally_return_overrides_return():
    def f():
        try:
            return 1
        finally:
            return 2
    assert f() == 2


def test_exc_info_inside_and_after():
    assert sys.exc_info() == (None, None, None)
    try:
        raise KeyError('k')
    except KeyError:
        t, v, tb = sys.exc_info()
        assert t is KeyError and type(v) is KeyError and v.args == ('k',)
        assert tb is v.__traceback__
        assert type(tb).__name__ == 'traceback'
    assert sys.exc_info() == (None, None, None), sys.exc_info()


def test_exc_info_restored_after_nested():
    try:
        raise KeyError
    except KeyError:
        try:
            raise ValueError
        except ValueError:
            assert sys.exc_info()[0] is ValueError
        assert sys.exc_info()[0] is KeyError, sys.exc_info()
    assert sys.exc_info()[0] is None


def test_exc_info_in_called_function():
    def peek():
        return sys.exc_info()[0]
    assert peek() is None
    try:
        raise IndexError
    except IndexError:
        assert peek() is IndexError
    def raiser_and_catcher():
        try:
            raise TypeError
        except TypeError:
            pass
        return sys.exc_info()[0]
    try:
        raise IndexError
    except IndexError:
        assert raiser_and_catcher() is IndexError
    assert raiser_and_catcher() is None


def test_exc_info_in_finally():
    try:
        try:
            raise KeyError
        finally:
            # a finally clause run by an exception sees it in 3.2
            assert sys.exc_info()[0] is KeyError, sys.exc_info()
    except KeyError:
        pass
    try:
        pass
    finally:
        assert sys.exc_info()[0] is None


def test_except_tuple_and_order():
    def classify(exc):
        try:
            raise exc
        except (KeyError, IndexError) as e:
            return 'lookup-specific', type(e)
        except LookupError:
            return 'lookup', None
        except (ValueError,):
            return 'value', None
        except Exception:
            return 'other', None
    assert classify(KeyError) == ('lookup-specific', KeyError)
    assert classify(IndexError('i')) == ('lookup-specific', IndexError)
    assert classify(LookupError) == ('lookup', None)
    assert classify(UnicodeDecodeError('utf-8', b'', 0, 1, 'x')) == ('value', None)
    assert classify(OSError) == ('other', None)


def test_except_nested_tuple():
    # 3.2 checks that each member of the tuple is a class: a nested
    # tuple is refused
    def f():
        try:
            raise KeyError
        except ((ValueError, (TypeError, KeyError)), IndexError):
            pass
    e = catch(f)
    assert type(e) is TypeError
    assert str(e) == 'catching classes that do not inherit from BaseException is not allowed'
    assert type(e.__context__) is KeyError


def test_except_non_class_clause():
    def f():
        try:
            raise KeyError
        except 42:
            pass
    e = catch(f)
    assert type(e) is TypeError, repr(e)
    assert str(e) == 'catching classes that do not inherit from BaseException is not allowed', str(e)


def test_except_variable_deleted():
    def f():
        e = 'before'
        try:
            raise KeyError
        except KeyError as e:
            pass
        return e
    expect(UnboundLocalError, "local variable 'e' referenced before assignment", f)
    try:
        raise KeyError
    except KeyError as module_level_exc:
        pass
    assert 'module_level_exc' not in locals()


def test_except_variable_deleted_even_if_rebound():
    def f():
        try:
            raise KeyError
        except KeyError as e:
            e = 5
        return 'e' in locals()
    assert f() is False


def test_except_variable_deleted_with_nested_function():
    # 3.2 allows deleting a name that a nested function uses
    def f():
        try:
            raise KeyError('kk')
        except KeyError as e:
            def show():
                return e
            got = show()
        return got, show
    got, show = f()
    assert type(got) is KeyError
    expect(NameError, "free variable 'e' referenced before assignment in enclosing scope", show)


def test_else_clause():
    log = []
    try:
        log.append('body')
    except Exception:
        log.append('except')
    else:
        log.append('else')
    finally:
        log.append('finally')
    assert log == ['body', 'else', 'finally']


def test_exception_in_else_not_caught_by_same_try():
    def f():
        try:
            pass
        except KeyError:
            return 'caught'
        else:
            raise KeyError
    expect(KeyError, None, f)


def test_traceback_attribute():
    def inner():
        raise ValueError
    def outer():
        inner()
    try:
        outer()
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        assert names == ['test_traceback_attribute', 'outer', 'inner'], names


def test_traceback_lineno():
    def f():
        x = 1
        raise KeyError
    try:
        f()
    except KeyError as e:
        tb = e.__traceback__.tb_next
        assert tb.tb_lineno == f.__code__.co_firstlineno + 2, tb.tb_lineno


def test_with_traceback():
    try:
        raise KeyError
    except KeyError as e:
        tb = e.__traceback__
    v = ValueError('w')
    assert v.with_traceback(tb) is v
    assert v.__traceback__ is tb
    try:
        raise v
    except ValueError as e2:
        depth = 0
        t = e2.__traceback__
        while t:
            depth += 1
            t = t.tb_next
        assert depth == 2, depth


def test_exception_args_and_str():
    assert str(ValueError()) == ''
    assert str(ValueError('a')) == 'a'
    assert str(ValueError('a', 'b')) == "('a', 'b')"
    assert repr(ValueError('x')) == "ValueError('x',)"
    assert repr(ValueError()) == 'ValueError()'
    assert repr(ValueError(1, 2)) == 'ValueError(1, 2)'
    assert str(KeyError('k')) == "'k'"
    assert str(KeyError('k', 'j')) == "('k', 'j')"
    e = ValueError(1)
    e.args = ('z',)
    assert str(e) == 'z'


def test_user_exception_hierarchy():
    class AppError(Exception):
        def __init__(self, code, msg):
            super().__init__(code, msg)
            self.code = code
        def __str__(self):
            return '[%d] %s' % self.args
    class NotFound(AppError):
        pass
    try:
        raise NotFound(404, 'nope')
    except AppError as e:
        assert str(e) == '[404] nope' and e.code == 404
        assert repr(e) == "NotFound(404, 'nope')", repr(e)


def test_exception_hierarchy_shape():
    assert ArithmeticError in ZeroDivisionError.__mro__
    assert issubclass(KeyboardInterrupt, BaseException) and not issubclass(KeyboardInterrupt, Exception)
    assert issubclass(SystemExit, BaseException) and not issubclass(SystemExit, Exception)
    assert issubclass(UnboundLocalError, NameError)
    assert issubclass(IndentationError, SyntaxError)
    assert issubclass(TabError, IndentationError)
    assert issubclass(ResourceWarning, Warning)
    assert IOError is not OSError
    assert issubclass(IOError, EnvironmentError) and issubclass(OSError, EnvironmentError)
    assert issubclass(UnicodeDecodeError, UnicodeError) and issubclass(UnicodeError, ValueError)


def test_loop_with_exceptions():
    total = 0
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
            total += i
        except ValueError as e:
            total += 10 * e.args[0]
    assert total == 0 + 2 + 4 + 10 + 30


def test_exception_in_except_clause_expression():
    def f():
        try:
            raise KeyError
        except undefined_exc_name:
            pass
    e = catch(f)
    assert type(e) is NameError
    assert type(e.__context__) is KeyError


def test_assert_statement():
    try:
        assert 1 == 2, 'custom %d' % 3
    except AssertionError as e:
        assert e.args == ('custom 3',)
    try:
        assert []
    except AssertionError as e:
        assert e.args == ()
    assert __debug__ is True
    expect(SyntaxError, 'assignment to keyword (<s>, line 1)',
           compile, '__debug__ = 1\n', '<s>', 'exec')


def test_systemexit_and_keyboardinterrupt_are_catchable():
    e = catch(lambda: sys.exit(3))
    assert type(e) is SystemExit and e.code == 3 and e.args == (3,)
    e = catch(lambda: sys.exit())
    assert e.code is None
    e = catch(lambda: sys.exit('msg'))
    assert e.code == 'msg'
    assert SystemExit(1, 2).code == (1, 2)


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
