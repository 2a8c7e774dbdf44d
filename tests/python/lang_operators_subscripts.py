# Operator overloading: binary operators with reflected operands and
# NotImplemented, the subclass-first rule, in-place operators, rich
# comparisons, __hash__ set to None by __eq__, truth via __bool__ and
# __len__, __index__, __contains__, iteration through __iter__ or
# __getitem__, __call__ and __missing__.


def expect(exc_type, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except BaseException as e:
        assert type(e) is exc_type, (type(e), exc_type, str(e))
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError('no %s raised' % exc_type.__name__)


class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.v + o.v)
        if isinstance(o, int):
            return V(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        if isinstance(o, int):
            return V(o + self.v + 1000)
        return NotImplemented
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
    def __repr__(self):
        return 'V(%r)' % self.v


# Fails under taipan: py/abstract.go GetItem/SetItem always say 'is not
# subscriptable' / "doesn't support item deletion"; CPython words it by
# whether the type has sequence methods and the key is an integer.
def test_subscript_error_messages_for_types_without_items():
    # CPython 3.2 words these by whether the type has sequence methods at
    # all (every class written in Python, set, frozenset, dict views) and
    # whether the key is an integer
    class NoItems:
        pass
    def get(o, k):
        return o[k]
    def delete(o, k):
        del o[k]
    expect(TypeError, "'NoItems' object does not support indexing", get, NoItems(), 0)
    expect(TypeError, "'NoItems' object is not subscriptable", get, NoItems(), 'a')
    expect(TypeError, "'set' object does not support indexing", get, set(), 0)
    expect(TypeError, "'dict_keys' object does not support indexing", get, {}.keys(), 0)
    expect(TypeError, "'int' object is not subscriptable", get, 1, 0)
    expect(TypeError, "'NoItems' object doesn't support item deletion", delete, NoItems(), 0)
    expect(TypeError, "'NoItems' object does not support item deletion", delete, NoItems(), 'a')
    expect(TypeError, "'frozenset' object does not support item deletion", delete, frozenset(), 'a')
    expect(TypeError, "'int' object does not support item deletion", delete, 1, 0)
    expect(TypeError, "'NoneType' object does not support item deletion", delete, None, 'a')


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
