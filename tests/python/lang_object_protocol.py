# The object protocol: object.__new__/__init__ argument rules, type()'s
# argument checks, bound methods, descriptors' __get__/__set__/__delete__
# called directly, slot wrappers and method wrappers with their reprs, and
# the attributes of the type and object types themselves.



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

class N:
    def __new__(cls, *a): return object.__new__(cls, *a)
class I:
    def __init__(self, *a): object.__init__(self, *a)
class NI:
    def __new__(cls, *a): return object.__new__(cls, *a)
    def __init__(self, *a): object.__init__(self, *a)
class NoNew:
    def __init__(self, *a): pass
class NoInit:
    def __new__(cls, *a): return object.__new__(cls)
check_raises('new-args-only-new', lambda: N(1), TypeError, 'object() takes no parameters')
check_raises('init-args-only-init', lambda: I(1), TypeError, 'object.__init__() takes no parameters')
check('both-overridden', lambda: type(NI(1)).__name__, "'NI'")
check('plain-init-args', lambda: type(NoNew(1)).__name__, "'NoNew'")
check('plain-new-args', lambda: type(NoInit(1)).__name__, "'NoInit'")
check_raises('object-new-nontype', lambda: object.__new__(1), TypeError, 'object.__new__(X): X is not a type object (int)')
check_raises('object-new-int', lambda: object.__new__(int), TypeError, 'object.__new__(int) is not safe, use int.__new__()')
check_raises('int-new-str', lambda: int.__new__(str), TypeError, 'int.__new__(str): str is not a subtype of int')
check('int-new-subclass-ok', lambda: type(int.__new__(type('II', (int,), {}), 5)).__name__, "'II'")
check_raises('object-init-extra', lambda: object.__init__(object(), 1), TypeError, 'object.__init__() takes no parameters')
check_raises('type-call-nontype', lambda: type.__call__(5), TypeError, "descriptor '__call__' requires a 'type' object but received a 'int'")
check_raises('type-new-nontype', lambda: type.__new__(5, 'x', (), {}), TypeError, 'type.__new__(X): X is not a type object (int)')
check_raises('type-new-bases-nontuple', lambda: type('x', [], {}), TypeError, 'type() argument 2 must be tuple, not list')
check_raises('type-new-dict-nondict', lambda: type('x', (), []), TypeError, 'type() argument 3 must be dict, not list')
check('type-name-nul', lambda: type('a\0b', (), {}), "<class '__main__.a\x00b'>")
check('bm-eq', lambda: (lambda o: (o.m == o.m, hash(o.m) == hash(o.m), o.m is o.m))(type('BM', (), {'m': lambda s: 1})()), '(True, True, False)')
check('bm-repr', lambda: repr(type('BM', (), {'m': lambda s: 1})().m)[:28], "'<bound method BM.<lambda> of'")
check('func-repr-lambda', lambda: repr(lambda: 0)[:20], "'<function <lambda> a'")
check('bm-doc', lambda: type('BM', (), {'m': lambda s: 1})().m.__doc__, 'None')
check('bm-attr-get', lambda: (lambda f: (setattr(f, 'tag', 7), type('BM', (), {'m': f})().m.tag)[1])(lambda s: 1), '7')
check_raises('bm-attr-set', lambda: setattr(type('BM', (), {'m': lambda s: 1})().m, 'tag', 7), AttributeError, "'method' object has no attribute 'tag'")
check('builtin-method-self', lambda: ([].append.__self__, len.__self__.__name__, len.__name__, len.__module__), "([], 'builtins', 'len', 'builtins')")
check('classmethod-get-none', lambda: classmethod(lambda c: c).__get__(None, int)(), "<class 'int'>")
check('classmethod-get-inst', lambda: classmethod(lambda c: c).__get__(5)(), "<class 'int'>")
check('staticmethod-get', lambda: staticmethod(lambda: 9).__get__(None, int)(), '9')
check('property-get-none', lambda: type(property(lambda s: 1).__get__(None, int)).__name__, "'property'")
check_raises('property-delete-no-fdel', lambda: property(lambda s: 1).__delete__(object()), AttributeError, "can't delete attribute")
check_raises('property-set-no-fset', lambda: property(lambda s: 1).__set__(object(), 1), AttributeError, "can't set attribute")
check('func-get', lambda: (lambda s: s).__get__(5)(), '5')
check_raises('func-get-none-none', lambda: (lambda s: s).__get__(None, None), TypeError, '__get__(None, None) is invalid')
check('slot-wrapper', lambda: (type(int.__add__).__name__, int.__add__(1, 2), int.__add__(1, 'a')), "('wrapper_descriptor', 3, NotImplemented)")
check_raises('slot-wrapper-bad-self', lambda: int.__add__('a', 1), TypeError, "descriptor '__add__' requires a 'int' object but received a 'str'")
check('method-wrapper', lambda: (type((1).__add__).__name__, (1).__add__(2), repr((1).__add__)[:30]), '(\'method-wrapper\', 3, "<method-wrapper \'__add__\' of i")')
check('wrapper-descr-repr', lambda: repr(int.__add__), '"<slot wrapper \'__add__\' of \'int\' objects>"')
check('method-descr-repr', lambda: repr(list.append), '"<method \'append\' of \'list\' objects>"')
check('builtin-repr', lambda: (repr(len), repr([].append)[:30]), "('<built-in function len>', '<built-in method append of lis')")
check('classmethod-descr', lambda: (type(dict.__dict__['fromkeys']).__name__, repr(dict.fromkeys)[:40]), "('classmethod_descriptor', '<built-in method fromkeys of type object')")
check('getset-repr', lambda: repr(int.real), '"<attribute \'real\' of \'int\' objects>"')
check('member-repr', lambda: repr(type('SS', (), {'__slots__': ('a',)}).a), '"<member \'a\' of \'SS\' objects>"')
check('sizeof', lambda: type(object().__sizeof__()).__name__, "'int'")
check('subclasshook', lambda: object.__subclasshook__(), 'NotImplemented')
check('format-obj', lambda: object().__format__('')[:15], "'<object object '")
check('object-eq-ne', lambda: (object().__eq__(1), object().__ne__(1), object().__lt__(1)), '(NotImplemented, True, NotImplemented)')
check('int-eq-str', lambda: ((1).__eq__('a'), (1).__lt__('a')), '(NotImplemented, NotImplemented)')
check('doc-of-class', lambda: (type('Q', (), {}).__doc__, type('Q', (), {'__doc__': 'x'}).__doc__), "(None, 'x')")
check('class-module-from-globals', lambda: type('Q', (), {}).__module__, "'__main__'")
check_raises('class-dict-readonly', lambda: type('Q', (), {}).__dict__.__setitem__('a', 1), AttributeError, "'dict_proxy' object has no attribute '__setitem__'")
check_raises('class-dict-ro-attr', lambda: setattr(type('Q', (), {}), '__dict__', {}), AttributeError, "attribute '__dict__' of 'type' objects is not writable")
check_raises('type-attr-del-builtin', lambda: delattr(int, 'real'), TypeError, "can't set attributes of built-in/extension type 'int'")
check_raises('type-setattr-dunder-on-builtin', lambda: setattr(list, '__len__', None), TypeError, "can't set attributes of built-in/extension type 'list'")
check('mro-attr', lambda: (int.__mro__, bool.__bases__, object.__bases__, type.__base__, object.__base__), "((<class 'int'>, <class 'object'>), (<class 'int'>,), (), <class 'object'>, None)")
check('type-type', lambda: (type(type), type(object), isinstance(type, object), isinstance(object, type)), "(<class 'type'>, <class 'type'>, True, True)")
check('instancecheck-type', lambda: type.__instancecheck__(int, 1), 'True')
check('subclasses-int', lambda: bool in int.__subclasses__(), 'True')

# A comparison method that cannot be bound (here a property whose getter
# raises) counts as missing, as CPython 3.2's slot_tp_richcompare clears
# the error: == falls back to identity.
def _booh(self):
    raise AttributeError("booh")
class _E:
    __eq__ = property(_booh)
_e = _E()
assert (_e == _E()) is False
assert (_e == _e) is True
