# Assignment: tuple and list unpacking, extended unpacking with a starred
# target, their error messages, chained assignment, and augmented
# assignment on names, attributes, subscripts and slices (each target
# expression evaluated once).


def expect(exc_type, msg, f, *args, **kw):
    try:
        f(*args, **kw)
    except BaseException as e:
        assert type(e) is exc_type, (type(e), exc_type, str(e))
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return e
    raise AssertionError('no %s raised' % exc_type.__name__)


def run(src):
    ns = {}
    exec(src, ns)
    return ns


def test_simple_unpacking():
    a, b = 1, 2
    assert (a, b) == (1, 2)
    a, b = b, a
    assert (a, b) == (2, 1)
    [c, d] = 'xy'
    assert (c, d) == ('x', 'y')
    (e, (f, g)), h = (1, (2, 3)), 4
    assert (e, f, g, h) == (1, 2, 3, 4)
    i, = [9]
    assert i == 9
    j, k = {'only': 1, 'two': 2}
    assert {j, k} == {'only', 'two'}
    l, m = (x * 2 for x in range(2))
    assert (l, m) == (0, 2)


def test_unpacking_errors():
    expect(ValueError, 'need more than 1 value to unpack', run, 'a, b = [1]')
    expect(ValueError, 'need more than 0 values to unpack', run, 'a, b = ()')
    expect(ValueError, 'need more than 2 values to unpack', run, 'a, b, c = "ab"')
    expect(ValueError, 'too many values to unpack (expected 2)', run, 'a, b = 1, 2, 3')
    expect(ValueError, 'too many values to unpack (expected 1)', run, 'a, = "ab"')
    expect(TypeError, "'int' object is not iterable", run, 'a, b = 1')
    expect(TypeError, "'NoneType' object is not iterable", run, '[a] = None')
    # from an iterator: same messages
    expect(ValueError, 'need more than 1 value to unpack', run, 'a, b = iter([1])')
    expect(ValueError, 'too many values to unpack (expected 2)', run, 'a, b = iter([1, 2, 3])')


def test_unpacking_partial_assignment_on_error():
    ns = {}
    try:
        exec('a, (b, c) = 1, (2,)', ns)
    except ValueError:
        pass
    assert ns.get('a') == 1 and 'b' not in ns


def test_extended_unpacking():
    a, *b = [1, 2, 3]
    assert a == 1 and b == [2, 3]
    *a, b = 'xyz'
    assert a == ['x', 'y'] and b == 'z'
    a, *b, c = range(5)
    assert (a, b, c) == (0, [1, 2, 3], 4)
    a, *b, c = 1, 2
    assert b == [] and type(b) is list
    *a, = (1, 2)
    assert a == [1, 2]
    [a, *b] = iter('pq')
    assert (a, b) == ('p', ['q'])
    for x, *rest in [(1, 2, 3), (4,)]:
        pass
    assert (x, rest) == (4, [])
    (a, *b), c = 'ab', 'c'
    assert (a, b, c) == ('a', ['b'], 'c')


def test_extended_unpacking_errors():
    expect(ValueError, 'need more than 1 value to unpack', run, 'a, b, *c = [1]')
    expect(ValueError, 'need more than 0 values to unpack', run, 'a, *c = []')
    expect(ValueError, 'need more than 2 values to unpack', run, 'a, *b, c, d = "xy"')
    expect(TypeError, "'int' object is not iterable", run, 'a, *b = 5')


def test_extended_unpacking_syntax_errors():
    cases = [
        ('*a = 1', 'starred assignment target must be in a list or tuple (<s>, line 1)'),
        ('a, *b, *c = d', 'two starred expressions in assignment (<s>, line 1)'),
        ('*a', "can use starred expression only as assignment target (<s>, line 1)"),
        ('print(*a for a in b)', 'invalid syntax (<s>, line 1)'),
        ('del *a, b', "can use starred expression only as assignment target (<s>, line 1)"),
        ('a, b += 1', 'illegal expression for augmented assignment (<s>, line 1)'),
        ('[a] += 1', 'illegal expression for augmented assignment (<s>, line 1)'),
        ('f() = 1', "can't assign to function call (<s>, line 1)"),
        ('f() += 1', "can't assign to function call (<s>, line 1)"),
        ('1 = x', "can't assign to literal (<s>, line 1)"),
        ('None = 1', 'assignment to keyword (<s>, line 1)'),
        ('a + b = 1', "can't assign to operator (<s>, line 1)"),
        ('(a for a in b) = 1', "can't assign to generator expression (<s>, line 1)"),
        ('x if y else z = 1', "can't assign to conditional expression (<s>, line 1)"),
        ('lambda: 0 = 1', "can't assign to lambda (<s>, line 1)"),
        ('a < b = 1', "can't assign to comparison (<s>, line 1)"),
        ('() = 1', "can't assign to () (<s>, line 1)"),
    ]
    for src, msg in cases:
        try:
            compile(src, '<s>', 'exec')
        except SyntaxError as e:
            assert str(e) == msg, (src, str(e), msg)
        else:
            raise AssertionError('compiled: ' + src)


def test_many_starred_targets_limit():
    # at most 255 targets may come before the starred one
    def src(n):
        return ', '.join('a%d' % i for i in range(n)) + ', *rest = range(%d)' % (n + 2)
    ns = run(src(255))
    assert ns['a254'] == 254 and ns['rest'] == [255, 256]
    expect(SyntaxError, 'too many expressions in star-unpacking assignment (<string>, line 1)',
           run, src(256))
    ns = run('*rest, ' + ', '.join('a%d' % i for i in range(300)) + ' = range(301)')
    assert ns['rest'] == [0] and ns['a299'] == 300


def test_chained_assignment():
    a = b = c = []
    assert a is b is c
    x, y = z = 1, 2
    assert (x, y, z) == (1, 2, (1, 2))
    order = []
    class Rec:
        def __setitem__(self, k, v):
            order.append(k)
    r = Rec()
    r['first'] = r['second'] = 0
    assert order == ['first', 'second'], order


def test_assignment_target_order():
    log = []
    class L:
        def __setitem__(self, k, v):
            log.append(('set', k, v))
    def target(name):
        log.append(('eval', name))
        return L()
    def value():
        log.append('value')
        return 1, 2
    target('a')[0], target('b')[1] = value()
    assert log == ['value', ('eval', 'a'), ('set', 0, 1), ('eval', 'b'), ('set', 1, 2)], log


def test_augmented_names():
    x = 5
    x += 1; x -= 2; x *= 3; x //= 2; x **= 2; x %= 7; x <<= 3; x >>= 1; x |= 1; x &= 13; x ^= 6
    assert x == 3, x
    y = 7.0
    y /= 2
    assert y == 3.5


def test_augmented_attribute_evaluates_once():
    log = []
    class Obj:
        def __init__(self):
            object.__setattr__(self, 'v', 1)
        def __getattribute__(self, name):
            log.append(('get', name))
            return object.__getattribute__(self, name)
        def __setattr__(self, name, value):
            log.append(('set', name, value))
            object.__setattr__(self, name, value)
    o = Obj()
    calls = []
    def get():
        calls.append(1)
        return o
    get().v += 10
    assert calls == [1]
    assert log == [('get', 'v'), ('set', 'v', 11)], log


def test_augmented_subscript_evaluates_once():
    log = []
    class Box:
        def __init__(self):
            self.d = {'k': 1}
        def __getitem__(self, k):
            log.append(('get', k))
            return self.d[k]
        def __setitem__(self, k, v):
            log.append(('set', k, v))
            self.d[k] = v
    b = Box()
    def key():
        log.append('key')
        return 'k'
    b[key()] *= 4
    assert log == ['key', ('get', 'k'), ('set', 'k', 4)], log
    l = [1, 2, 3]
    l[1:] += [9]
    assert l == [1, 2, 3, 9]
    d = {}
    expect(KeyError, "'missing'", run, "d = {}\nd['missing'] += 1")


def test_augmented_mutable_in_tuple():
    t = ([],)
    try:
        t[0] += [1]
    except TypeError as e:
        assert str(e) == "'tuple' object does not support item assignment", str(e)
    assert t == ([1],)


def test_augmented_on_global_and_nonlocal():
    global G_AUG
    G_AUG = 1
    def inc():
        global G_AUG
        G_AUG += 1
    inc(); inc()
    assert G_AUG == 3
    del G_AUG
    def outer():
        n = 0
        def f():
            nonlocal n
            n += 5
        f(); f()
        return n
    assert outer() == 10


def test_augmented_unbound():
    def f():
        x += 1
    expect(UnboundLocalError, "local variable 'x' referenced before assignment", f)
    expect(NameError, "name 'undefined_q' is not defined", run, 'undefined_q += 1')


def test_del_targets():
    a, b, c = 1, [1, 2, 3], {'k': 1}
    del a, b[0], c['k']
    assert b == [2, 3] and c == {}
    class O:
        pass
    o = O()
    o.x = 1
    del o.x
    assert not hasattr(o, 'x')
    l = list(range(6))
    del l[::2]
    assert l == [1, 3, 5]
    (p, q) = (1, 2)
    del (p, q)
    [r] = [1]
    del [r]
    expect(NameError, "name 'nothere' is not defined", run, 'del nothere')


def test_for_loop_targets():
    d = {}
    for d['k'] in range(3):
        pass
    assert d == {'k': 2}
    class O:
        pass
    o = O()
    for o.a, o.b in [(1, 2)]:
        pass
    assert (o.a, o.b) == (1, 2)
    for i in []:
        pass
    pairs = []
    for a, (b, c) in [(1, (2, 3))]:
        pairs.append((a, b, c))
    assert pairs == [(1, 2, 3)]


# --- run ---
for _name in sorted(n for n in list(globals()) if n.startswith('test_')):
    globals()[_name]()
