# Importing plain .py modules found on sys.path (the helper modules in
# lang_imports/): import, import as, from-import, star imports with and
# without __all__, sys.modules caching, cycles, and modules that fail.
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


HERE = __file__.rpartition('/')[0] or '.'
sys.path.insert(0, HERE + '/lang_imports')


def test_import_module():
    import imp_basic
    assert imp_basic.value == 42 and imp_basic.double(4) == 8
    assert imp_basic.__name__ == 'imp_basic'
    assert imp_basic.__file__.endswith('imp_basic.py'), imp_basic.__file__
    assert type(imp_basic).__name__ == 'module'
    assert sys.modules['imp_basic'] is imp_basic
    assert imp_basic.Thing.__module__ == 'imp_basic'
    assert imp_basic.double.__globals__ is imp_basic.__dict__
    assert repr(imp_basic).startswith("<module 'imp_basic' from '"), repr(imp_basic)


def test_import_runs_once():
    import imp_basic
    import imp_basic as again
    from imp_basic import value
    assert again is imp_basic and value == 42
    assert imp_basic.LOADS == 1 and sys._taipan_test_loads == 1
    m = __import__('imp_basic')
    assert m is imp_basic


def test_import_binds_names_locally():
    def f():
        import imp_basic as local_alias
        from imp_basic import double as dbl, Thing
        return sorted(locals())
    assert f() == ['Thing', 'dbl', 'local_alias']
    assert 'local_alias' not in globals()


def test_from_import_missing_name():
    def f():
        from imp_basic import no_such_thing
    expect(ImportError, 'cannot import name no_such_thing', f)


def test_star_import():
    ns = {}
    exec('from imp_all import *', ns)
    assert sorted(k for k in ns if k != '__builtins__') == ['_also_exported', 'exported']
    ns = {}
    exec('from imp_noall import *', ns)
    assert sorted(k for k in ns if k != '__builtins__') == ['public']


def test_star_import_in_function_is_syntax_error():
    try:
        compile('def f():\n    from imp_all import *\n', '<s>', 'exec')
    except SyntaxError as e:
        assert str(e) == 'import * only allowed at module level (<s>, line 1)', str(e)
    else:
        raise AssertionError('compiled')


def test_failing_module_is_not_kept():
    def f():
        import imp_fails
    expect(ValueError, 'failed during import', f)
    assert 'imp_fails' not in sys.modules
    expect(ValueError, 'failed during import', f)


def test_syntax_error_in_module():
    def f():
        import imp_bad_syntax
    e = expect(SyntaxError, None, f)
    assert e.msg == 'invalid syntax' and e.lineno == 3, (e.msg, e.lineno)
    assert e.filename.endswith('imp_bad_syntax.py'), e.filename
    assert 'imp_bad_syntax' not in sys.modules


def test_nested_import_error():
    def f():
        import imp_imports_missing
    expect(ImportError, 'No module named no_such_module_for_lang_imports', f)
    assert 'imp_imports_missing' not in sys.modules


def test_missing_module():
    def f():
        import no_such_module_anywhere
    expect(ImportError, 'No module named no_such_module_anywhere', f)


def test_import_cycle():
    import imp_cycle_a
    import imp_cycle_b
    assert imp_cycle_a.a_value == 'a'
    assert imp_cycle_b.b_saw_a_value is False
    assert imp_cycle_a.seen_from_b is False


def test_module_globals():
    import imp_main_check
    assert imp_main_check.info == ('imp_main_check', True, None, 'dict', 'imp_main_check'), imp_main_check.info


def test_module_attribute_errors():
    import imp_basic
    expect(AttributeError, "'module' object has no attribute 'nope'", getattr, imp_basic, 'nope')
    imp_basic.added = 1
    assert imp_basic.__dict__['added'] == 1
    del imp_basic.added
    assert not hasattr(imp_basic, 'added')


def test_sys_modules_entry_replaces_import():
    sentinel = type(sys)('fake_module_for_lang_imports')
    sentinel.attr = 'fake'
    sys.modules['fake_module_for_lang_imports'] = sentinel
    try:
        import fake_module_for_lang_imports
        assert fake_module_for_lang_imports is sentinel
        from fake_module_for_lang_imports import attr
        assert attr == 'fake'
    finally:
        del sys.modules['fake_module_for_lang_imports']


def test_module_type():
    M = type(sys)
    m = M('made', 'doc')
    assert m.__name__ == 'made' and m.__doc__ == 'doc'
    assert repr(m) == "<module 'made' (built-in)>", repr(m)
    assert sorted(m.__dict__) == ['__doc__', '__name__'], sorted(m.__dict__)


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
