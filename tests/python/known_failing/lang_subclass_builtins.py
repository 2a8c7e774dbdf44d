# Known failures under taipan, moved out of tests/python/lang_subclass_builtins.py
# so the suite stays green; each passes under CPython 3.2.6.  Move a
# test back when it passes.  The header below is the original script's.
# Subclasses of built-in types: construction through __new__/__init__,
# overridden methods honoured by operators and built-in functions,
# instance attributes, and results of inherited methods.


def expect(exc_type, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except BaseException as e:
        assert type(e) is exc_type, (type(e), exc_type, str(e))
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError('no %s raised' % exc_type.__name__)


# Fails under taipan (low priority, a CPython artifact): a call of a
# built-in function with **d, d a dict subclass, hands d itself to the
# function in 3.2, so str.format sees the overridden __getitem__; taipan
# copies the items (vm/call.go mappingItems), giving '1'.
def test_dict_subclass_star_star_to_builtin_keeps_getitem():
    class DG(dict):
        def __getitem__(self, k):
            return 'over'
    assert '{a}'.format(**DG(a=1)) == 'over'
    # a Python function gets a plain copy of the items
    assert (lambda **k: k)(**DG(a=1)) == {'a': 1}


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
