# Subclasses of built-in types, part two: the type of the results of
# inherited operations (always the base type, except dict.fromkeys), reprs
# of subclass instances, construction arguments, equality and hashing, and
# which overridden methods each built-in operation honours or bypasses.



def check(label, f, expected_repr):
    got = repr(f())
    assert got == expected_repr, (label, got, expected_repr)


def check_raises(label, f, exc_type, msg):
    try:
        f()
    except BaseException as e:
        assert type(e) is exc_type and str(e) == msg, (label, type(e), str(e), exc_type, msg)
    else:
        raise AssertionError(label + ': no ' + exc_type.__name__)

class S(set): pass
class FS(frozenset): pass
class BA(bytearray): pass
class B(bytes): pass
class D(dict): pass
class L(list): pass
class T(tuple): pass
class I(int): pass
class F(float): pass
class Cx(complex): pass
class St(str): pass
class E(Exception): pass
class R(range if False else object): pass
check('repr-set', lambda: (repr(S([1])), repr(S()), repr(FS([1])), repr(FS())), "('S({1})', 'S()', 'FS({1})', 'FS()')")
check('repr-ba', lambda: (repr(BA(b'x')), repr(B(b'x'))), '("bytearray(b\'x\')", "b\'x\'")')
check('repr-dict-list-tuple', lambda: (repr(D(a=1)), repr(L([1])), repr(T((1,)))), '("{\'a\': 1}", \'[1]\', \'(1,)\')')
check('repr-num', lambda: (repr(I(3)), repr(F(1.5)), repr(Cx(1, 2)), repr(St('s'))), '(\'3\', \'1.5\', \'(1+2j)\', "\'s\'")')
check('repr-exc', lambda: (repr(E(1)), str(E(1))), "('E(1,)', '1')")
check('types-ops-set', lambda: [type(x).__name__ for x in (S([1]) | {2}, S([1]) & S([1]), S([1]).copy(), S([1]) - set(), S([1]).union([3]), {1} | S([2]))], "['set', 'set', 'set', 'set', 'set', 'set']")
check('types-ops-fs', lambda: [type(x).__name__ for x in (FS([1]) | {2}, FS([1]).copy(), FS([1]).union(), frozenset(FS([1])))], "['frozenset', 'frozenset', 'frozenset', 'frozenset']")
check('fs-copy-identity', lambda: (FS([1]).copy() is FS([1]), (lambda f: f.copy() is f)(frozenset([1]))), '(False, True)')
check('types-ops-ba', lambda: [type(x).__name__ for x in (BA(b'ab') + b'c', BA(b'ab')[:1], BA(b'ab').upper(), BA(b'ab') * 2, bytearray(BA(b'x')))], "['bytearray', 'bytearray', 'bytearray', 'bytearray', 'bytearray']")
check('types-ops-bytes', lambda: [type(x).__name__ for x in (B(b'ab') + b'c', B(b'ab')[:1], B(b'ab').upper(), B(b'ab') * 2, bytes(B(b'x')), B(b'a').join([b'x']))], "['bytes', 'bytes', 'bytes', 'bytes', 'bytes', 'bytes']")
check('types-ops-dict', lambda: [type(x).__name__ for x in (D(a=1).copy(), dict(D(a=1)), D.fromkeys('ab'))], "['dict', 'dict', 'D']")
check('types-ops-list', lambda: [type(x).__name__ for x in (L([1]) + [2], L([1]) * 2, L([1])[:], list(L([1])), sorted(L([2, 1])))], "['list', 'list', 'list', 'list', 'list']")
check('types-ops-tuple', lambda: [type(x).__name__ for x in (T((1,)) + (2,), T((1,)) * 2, T((1,))[:], tuple(T((1,))))], "['tuple', 'tuple', 'tuple', 'tuple']")
check('types-ops-int', lambda: [type(x).__name__ for x in (I(1) + 1, +I(1), -I(1), abs(I(1)), I(5) // 2, I(1) << 1, int(I(1)), I(1).__index__(), round(I(1)), I(3).conjugate(), I(3).real, I(3).numerator)], "['int', 'int', 'int', 'int', 'int', 'int', 'int', 'int', 'int', 'int', 'int', 'int']")
check('types-ops-float', lambda: [type(x).__name__ for x in (F(1) + 1, +F(1), -F(1), abs(F(1)), float(F(1)), F(1).conjugate(), F(1).real, round(F(1.5), 1))], "['float', 'float', 'float', 'float', 'float', 'float', 'float', 'float']")
check('types-ops-complex', lambda: [type(x).__name__ for x in (Cx(1) + 1, +Cx(1), -Cx(1), complex(Cx(1)), Cx(1).conjugate())], "['complex', 'complex', 'complex', 'complex', 'complex']")
check('types-ops-str', lambda: [type(x).__name__ for x in (St('a') + 'b', St('a') * 2, St('ab')[0], St('a').upper(), str(St('a')), St('a').strip(), St('a').replace('z', 'y'), St('a')[:], '%s' % St('a'), St('{}').format(1), St('a').center(1), St('a').zfill(1), St('a').expandtabs(), St('a').lower(), St(' a').split()[0])], "['str', 'str', 'str', 'str', 'str', 'str', 'str', 'str', 'str', 'str', 'str', 'str', 'str', 'str', 'str']")
check('types-ops-bool-subclass-int', lambda: (type(True + I(1)).__name__, I(1) == True), "('int', True)")
check('subclass-init-args', lambda: (S([1, 2]), D([(1, 2)], b=3), L('ab'), T('ab'), I('12', 8), F('1.5'), St(b'ab', 'ascii'), BA(3), Cx('1+2j')), "(S({1, 2}), {1: 2, 'b': 3}, ['a', 'b'], ('a', 'b'), 10, 1.5, 'ab', bytearray(b'\\x00\\x00\\x00'), (1+2j))")
check('subclass-eq', lambda: (S([1]) == {1}, FS([1]) == {1}, S([1]) == FS([1]), D(a=1) == {'a': 1}, L([1]) == [1], T((1,)) == (1,)), '(True, True, True, True, True, True)')
check('subclass-hash', lambda: (hash(FS([1])) == hash(frozenset([1])), hash(T((1,))) == hash((1,)), hash(St('a')) == hash('a'), hash(I(5)) == 5, hash(F(1.5)) == hash(1.5)), '(True, True, True, True, True)')
check_raises('set-subclass-hash', lambda: hash(S()), TypeError, "unhashable type: 'S'")
check('subclass-dict-attr', lambda: (lambda s: (setattr(s, 'x', 1), s.__dict__))(S()), "(None, {'x': 1})")
check('subclass-weakref-slot', lambda: '__weakref__' in dir(S), 'False')
check('int-subclass-new-kw', lambda: I(x='7'), '7')
check('float-subclass-nan', lambda: repr(F('nan')), "'nan'")
check('str-subclass-iter', lambda: [type(c).__name__ for c in St('ab')], "['str', 'str']")
check('str-subclass-in-dict', lambda: {St('a'): 1}['a'], '1')
check('list-subclass-eq-override', lambda: (type('LE', (list,), {'__eq__': lambda s, o: 'eq'})() == []), "'eq'")
check('tuple-subclass-len', lambda: len(type('TL', (tuple,), {'__len__': lambda s: 9})((1,))), '9')
check('dict-subclass-len', lambda: len(type('DL', (dict,), {'__len__': lambda s: 9})()), '9')
check('dict-subclass-iter', lambda: list(type('DI', (dict,), {'__iter__': lambda s: iter('z')})(a=1)), "['z']")
check('dict-subclass-iter-keys', lambda: list(type('DI', (dict,), {'__iter__': lambda s: iter('z')})(a=1).keys()), "['a']")
check('dict-subclass-iter-update', lambda: (lambda d: (d.update(type('DI', (dict,), {'__iter__': lambda s: iter('z'), 'keys': lambda s: ['a']})(a=1)), d)[1])({}), "{'a': 1}")
check('dict-subclass-keys-update', lambda: (lambda d: (d.update(type('DK', (dict,), {'keys': lambda s: ['zz'], '__getitem__': lambda s, k: 'v'})(a=1)), d)[1])({}), "{'a': 1}")
check('dict-subclass-kwargs', lambda: (lambda **k: k)(**type('DK2', (dict,), {'keys': lambda s: ['zz'], '__getitem__': lambda s, k: 'v'})(a=1)), "{'a': 1}")
check('dict-subclass-getitem-kwargs', lambda: (lambda **k: k)(**type('DG', (dict,), {'__getitem__': lambda s, k: 'over'})(a=1)), "{'a': 1}")
check('dict-subclass-in-format', lambda: '%(a)s' % type('DG', (dict,), {'__getitem__': lambda s, k: 'over'})(a=1), "'over'")
check('dict-subclass-eval-locals', lambda: eval('a', {}, type('DG', (dict,), {'__getitem__': lambda s, k: 'over'})(a=1)), "'over'")
check('dict-subclass-exec-globals', lambda: eval('a', type('DG', (dict,), {'__getitem__': lambda s, k: 'over', '__missing__': lambda s, k: 'miss'})(a=1)), "'over'")
check('list-subclass-setitem-sort', lambda: (lambda l: (l.sort(), l)[1])(type('LS', (list,), {'__setitem__': lambda s, i, v: None})([3, 1])), '[1, 3]')
check('list-subclass-append-extend', lambda: (lambda l: (l.extend([1]), l)[1])(type('LA', (list,), {'append': lambda s, v: None})()), '[1]')
check('list-subclass-getitem-iter', lambda: list(type('LG', (list,), {'__getitem__': lambda s, i: 'g'})([1, 2])), '[1, 2]')
check('list-subclass-getitem-unpack', lambda: (lambda a, b: (a, b))(*type('LG', (list,), {'__getitem__': lambda s, i: 'g'})([1, 2])), '(1, 2)')
check('list-subclass-len-bool', lambda: bool(type('LZ', (list,), {'__len__': lambda s: 0})([1])), 'False')
check('str-subclass-eq-dict', lambda: {type('SE', (str,), {'__eq__': lambda s, o: True, '__hash__': lambda s: hash('a')})('x'): 1}.get('a'), '1')
check('int-subclass-index-slice', lambda: [0, 1, 2, 3][type('II', (int,), {'__index__': lambda s: 2})(0)], '0')
check('int-subclass-bool', lambda: bool(type('IB', (int,), {'__bool__': lambda s: True})(0)), 'True')
check('float-subclass-int', lambda: int(type('FI', (float,), {'__int__': lambda s: 99})(1.5)), '99')
check('int-subclass-float', lambda: float(type('IF', (int,), {'__float__': lambda s: 9.5})(1)), '9.5')
check('int-subclass-str', lambda: (str(type('IS', (int,), {'__repr__': lambda s: 'R'})(1)), '%d' % type('IS', (int,), {'__repr__': lambda s: 'R'})(1)), "('1', '1')")
check('exc-subclass-str-args', lambda: str(type('ES', (Exception,), {'__init__': lambda s, *a: None})(1, 2)), "'(1, 2)'")
check('exc-subclass-init-noargs', lambda: type('EN', (Exception,), {'__init__': lambda s: Exception.__init__(s, 'fixed')})().args, "('fixed',)")
