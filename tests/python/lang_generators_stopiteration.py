# Generators: iteration, send/throw/close, gi_running and gi_frame,
# GeneratorExit rules, return inside a generator, and the scope of
# generator expressions.
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


# Fails under taipan: the generator's Next (py/generator.go resume)
# returns the body's StopIteration as an error; only consumers that filter
# it (for loops, sum, sorted, min, any) stop cleanly.
def test_stopiteration_raised_inside_generator():
    # In 3.2 a StopIteration escaping a generator body simply ends it,
    # for every consumer; next() passes the exception on as it is.
    def gen():
        yield 1
        raise StopIteration('done')
        yield 2
    assert [x for x in gen()] == [1]
    assert list(gen()) == [1]
    assert tuple(gen()) == (1,)
    assert set(gen()) == {1}
    assert ''.join(map(str, gen())) == '1'
    assert dict.fromkeys(gen()) == {1: None}
    assert list(zip(gen(), 'ab')) == [(1, 'a')]
    assert (5 in gen()) is False
    a, = gen()
    assert a == 1
    assert (lambda *args: args)(*gen()) == (1,)
    l = []
    l.extend(gen())
    assert l == [1]
    it = gen()
    next(it)
    e = expect(StopIteration, 'done', next, it)


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
