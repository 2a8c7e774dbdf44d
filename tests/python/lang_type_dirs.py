# The attributes of the built-in types, as dir() lists them in CPython
# 3.2: nothing missing, and nothing from later versions (list.copy,
# str.casefold, object.__dir__, ...).  The few known differences are left
# out here and checked in known_failing/lang_type_dirs.py.
import sys

# (type name, attribute) pairs that taipan gets wrong today
KNOWN = {('float', '__setformat__'), ('NoneType', '__bool__'), ('traceback', '__dir__')}

types = [
    object, type, int, bool, float, complex, str, bytes, bytearray, list,
    tuple, dict, set, frozenset, range, slice, type(None),
    type(NotImplemented), type(Ellipsis), type(lambda: 0),
    type((lambda: 0).__code__), type(sys._getframe()), type(len), type([].append),
    type(list.append), type(int.__add__), type(int.real), type(iter([])),
    type(iter(())), type(iter('')), type(iter(range(1))), type({}.keys()),
    type({}.values()), type({}.items()), type(iter({})), type(iter(set())),
    type(reversed([])), property, staticmethod, classmethod, super,
    BaseException, Exception, OSError, SyntaxError, UnicodeDecodeError,
    StopIteration, KeyError, SystemExit, type(sys), enumerate, zip, map,
    filter, reversed
]


def gen():
    yield


types.append(type(gen()))


class C:
    def m(self):
        pass


types.append(type(C().m))
types.append(type(C.__dict__['__dict__']))
types.append(type(C.__dict__))
try:
    raise KeyError
except KeyError as e:
    types.append(type(e.__traceback__))


def cell():
    x = 1
    def f():
        return x
    return f.__closure__[0]


types.append(type(cell()))

EXPECTED = [
    ('object', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __le__ __lt__ __ne__
        __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__
        __str__ __subclasshook__
"""),
    ('type', """
        __abstractmethods__ __base__ __bases__ __basicsize__ __call__
        __class__ __delattr__ __dict__ __dictoffset__ __doc__ __eq__
        __flags__ __format__ __ge__ __getattribute__ __gt__ __hash__
        __init__ __instancecheck__ __itemsize__ __le__ __lt__ __module__
        __mro__ __name__ __ne__ __new__ __prepare__ __reduce__
        __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__
        __subclasscheck__ __subclasses__ __subclasshook__
        __weakrefoffset__ mro
"""),
    ('int', """
        __abs__ __add__ __and__ __bool__ __ceil__ __class__ __delattr__
        __divmod__ __doc__ __eq__ __float__ __floor__ __floordiv__
        __format__ __ge__ __getattribute__ __getnewargs__ __gt__ __hash__
        __index__ __init__ __int__ __invert__ __le__ __lshift__ __lt__
        __mod__ __mul__ __ne__ __neg__ __new__ __or__ __pos__ __pow__
        __radd__ __rand__ __rdivmod__ __reduce__ __reduce_ex__ __repr__
        __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__
        __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__
        __setattr__ __sizeof__ __str__ __sub__ __subclasshook__
        __truediv__ __trunc__ __xor__ bit_length conjugate denominator
        from_bytes imag numerator real to_bytes
"""),
    ('bool', """
        __abs__ __add__ __and__ __bool__ __ceil__ __class__ __delattr__
        __divmod__ __doc__ __eq__ __float__ __floor__ __floordiv__
        __format__ __ge__ __getattribute__ __getnewargs__ __gt__ __hash__
        __index__ __init__ __int__ __invert__ __le__ __lshift__ __lt__
        __mod__ __mul__ __ne__ __neg__ __new__ __or__ __pos__ __pow__
        __radd__ __rand__ __rdivmod__ __reduce__ __reduce_ex__ __repr__
        __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__
        __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__
        __setattr__ __sizeof__ __str__ __sub__ __subclasshook__
        __truediv__ __trunc__ __xor__ bit_length conjugate denominator
        from_bytes imag numerator real to_bytes
"""),
    ('float', """
        __abs__ __add__ __bool__ __class__ __delattr__ __divmod__ __doc__
        __eq__ __float__ __floordiv__ __format__ __ge__ __getattribute__
        __getformat__ __getnewargs__ __gt__ __hash__ __init__ __int__
        __le__ __lt__ __mod__ __mul__ __ne__ __neg__ __new__ __pos__
        __pow__ __radd__ __rdivmod__ __reduce__ __reduce_ex__ __repr__
        __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__
        __rtruediv__ __setattr__ __setformat__ __sizeof__ __str__ __sub__
        __subclasshook__ __truediv__ __trunc__ as_integer_ratio conjugate
        fromhex hex imag is_integer real
"""),
    ('complex', """
        __abs__ __add__ __bool__ __class__ __delattr__ __divmod__ __doc__
        __eq__ __float__ __floordiv__ __format__ __ge__ __getattribute__
        __getnewargs__ __gt__ __hash__ __init__ __int__ __le__ __lt__
        __mod__ __mul__ __ne__ __neg__ __new__ __pos__ __pow__ __radd__
        __rdivmod__ __reduce__ __reduce_ex__ __repr__ __rfloordiv__
        __rmod__ __rmul__ __rpow__ __rsub__ __rtruediv__ __setattr__
        __sizeof__ __str__ __sub__ __subclasshook__ __truediv__ conjugate
        imag real
"""),
    ('str', """
        __add__ __class__ __contains__ __delattr__ __doc__ __eq__
        __format__ __ge__ __getattribute__ __getitem__ __getnewargs__
        __gt__ __hash__ __init__ __iter__ __le__ __len__ __lt__ __mod__
        __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __rmod__
        __rmul__ __setattr__ __sizeof__ __str__ __subclasshook__
        capitalize center count encode endswith expandtabs find format
        format_map index isalnum isalpha isdecimal isdigit isidentifier
        islower isnumeric isprintable isspace istitle isupper join ljust
        lower lstrip maketrans partition replace rfind rindex rjust
        rpartition rsplit rstrip split splitlines startswith strip
        swapcase title translate upper zfill
"""),
    ('bytes', """
        __add__ __class__ __contains__ __delattr__ __doc__ __eq__
        __format__ __ge__ __getattribute__ __getitem__ __getnewargs__
        __gt__ __hash__ __init__ __iter__ __le__ __len__ __lt__ __mul__
        __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __rmul__
        __setattr__ __sizeof__ __str__ __subclasshook__ capitalize center
        count decode endswith expandtabs find fromhex index isalnum
        isalpha isdigit islower isspace istitle isupper join ljust lower
        lstrip maketrans partition replace rfind rindex rjust rpartition
        rsplit rstrip split splitlines startswith strip swapcase title
        translate upper zfill
"""),
    ('bytearray', """
        __add__ __alloc__ __class__ __contains__ __delattr__ __delitem__
        __doc__ __eq__ __format__ __ge__ __getattribute__ __getitem__
        __gt__ __hash__ __iadd__ __imul__ __init__ __iter__ __le__ __len__
        __lt__ __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__
        __rmul__ __setattr__ __setitem__ __sizeof__ __str__
        __subclasshook__ append capitalize center count decode endswith
        expandtabs extend find fromhex index insert isalnum isalpha
        isdigit islower isspace istitle isupper join ljust lower lstrip
        maketrans partition pop remove replace reverse rfind rindex rjust
        rpartition rsplit rstrip split splitlines startswith strip
        swapcase title translate upper zfill
"""),
    ('list', """
        __add__ __class__ __contains__ __delattr__ __delitem__ __doc__
        __eq__ __format__ __ge__ __getattribute__ __getitem__ __gt__
        __hash__ __iadd__ __imul__ __init__ __iter__ __le__ __len__ __lt__
        __mul__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__
        __reversed__ __rmul__ __setattr__ __setitem__ __sizeof__ __str__
        __subclasshook__ append count extend index insert pop remove
        reverse sort
"""),
    ('tuple', """
        __add__ __class__ __contains__ __delattr__ __doc__ __eq__
        __format__ __ge__ __getattribute__ __getitem__ __getnewargs__
        __gt__ __hash__ __init__ __iter__ __le__ __len__ __lt__ __mul__
        __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __rmul__
        __setattr__ __sizeof__ __str__ __subclasshook__ count index
"""),
    ('dict', """
        __class__ __contains__ __delattr__ __delitem__ __doc__ __eq__
        __format__ __ge__ __getattribute__ __getitem__ __gt__ __hash__
        __init__ __iter__ __le__ __len__ __lt__ __ne__ __new__ __reduce__
        __reduce_ex__ __repr__ __setattr__ __setitem__ __sizeof__ __str__
        __subclasshook__ clear copy fromkeys get items keys pop popitem
        setdefault update values
"""),
    ('set', """
        __and__ __class__ __contains__ __delattr__ __doc__ __eq__
        __format__ __ge__ __getattribute__ __gt__ __hash__ __iand__
        __init__ __ior__ __isub__ __iter__ __ixor__ __le__ __len__ __lt__
        __ne__ __new__ __or__ __rand__ __reduce__ __reduce_ex__ __repr__
        __ror__ __rsub__ __rxor__ __setattr__ __sizeof__ __str__ __sub__
        __subclasshook__ __xor__ add clear copy difference
        difference_update discard intersection intersection_update
        isdisjoint issubset issuperset pop remove symmetric_difference
        symmetric_difference_update union update
"""),
    ('frozenset', """
        __and__ __class__ __contains__ __delattr__ __doc__ __eq__
        __format__ __ge__ __getattribute__ __gt__ __hash__ __init__
        __iter__ __le__ __len__ __lt__ __ne__ __new__ __or__ __rand__
        __reduce__ __reduce_ex__ __repr__ __ror__ __rsub__ __rxor__
        __setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __xor__
        copy difference intersection isdisjoint issubset issuperset
        symmetric_difference union
"""),
    ('range', """
        __class__ __contains__ __delattr__ __doc__ __eq__ __format__
        __ge__ __getattribute__ __getitem__ __gt__ __hash__ __init__
        __iter__ __le__ __len__ __lt__ __ne__ __new__ __reduce__
        __reduce_ex__ __repr__ __reversed__ __setattr__ __sizeof__ __str__
        __subclasshook__ count index
"""),
    ('slice', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __le__ __lt__ __ne__
        __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__
        __str__ __subclasshook__ indices start step stop
"""),
    ('NoneType', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __le__ __lt__ __ne__
        __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__
        __str__ __subclasshook__
"""),
    ('NotImplementedType', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __le__ __lt__ __ne__
        __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__
        __str__ __subclasshook__
"""),
    ('ellipsis', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __le__ __lt__ __ne__
        __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__
        __str__ __subclasshook__
"""),
    ('function', """
        __annotations__ __call__ __class__ __closure__ __code__
        __defaults__ __delattr__ __dict__ __doc__ __eq__ __format__ __ge__
        __get__ __getattribute__ __globals__ __gt__ __hash__ __init__
        __kwdefaults__ __le__ __lt__ __module__ __name__ __ne__ __new__
        __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__
        __subclasshook__
"""),
    ('code', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __le__ __lt__ __ne__
        __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__
        __str__ __subclasshook__ co_argcount co_cellvars co_code co_consts
        co_filename co_firstlineno co_flags co_freevars co_kwonlyargcount
        co_lnotab co_name co_names co_nlocals co_stacksize co_varnames
"""),
    ('frame', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __le__ __lt__ __ne__
        __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__
        __str__ __subclasshook__ f_back f_builtins f_code f_globals
        f_lasti f_lineno f_locals f_trace
"""),
    ('builtin_function_or_method', """
        __call__ __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __le__ __lt__ __module__
        __name__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __self__
        __setattr__ __sizeof__ __str__ __subclasshook__
"""),
    ('builtin_function_or_method', """
        __call__ __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __le__ __lt__ __module__
        __name__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __self__
        __setattr__ __sizeof__ __str__ __subclasshook__
"""),
    ('method_descriptor', """
        __call__ __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __get__ __getattribute__ __gt__ __hash__ __init__ __le__ __lt__
        __name__ __ne__ __new__ __objclass__ __reduce__ __reduce_ex__
        __repr__ __setattr__ __sizeof__ __str__ __subclasshook__
"""),
    ('wrapper_descriptor', """
        __call__ __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __get__ __getattribute__ __gt__ __hash__ __init__ __le__ __lt__
        __name__ __ne__ __new__ __objclass__ __reduce__ __reduce_ex__
        __repr__ __setattr__ __sizeof__ __str__ __subclasshook__
"""),
    ('getset_descriptor', """
        __class__ __delattr__ __delete__ __doc__ __eq__ __format__ __ge__
        __get__ __getattribute__ __gt__ __hash__ __init__ __le__ __lt__
        __name__ __ne__ __new__ __objclass__ __reduce__ __reduce_ex__
        __repr__ __set__ __setattr__ __sizeof__ __str__ __subclasshook__
"""),
    ('list_iterator', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __iter__ __le__
        __length_hint__ __lt__ __ne__ __new__ __next__ __reduce__
        __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__
        __subclasshook__
"""),
    ('tuple_iterator', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __iter__ __le__
        __length_hint__ __lt__ __ne__ __new__ __next__ __reduce__
        __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__
        __subclasshook__
"""),
    ('str_iterator', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __iter__ __le__
        __length_hint__ __lt__ __ne__ __new__ __next__ __reduce__
        __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__
        __subclasshook__
"""),
    ('range_iterator', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __iter__ __le__
        __length_hint__ __lt__ __ne__ __new__ __next__ __reduce__
        __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__
        __subclasshook__
"""),
    ('dict_keys', """
        __and__ __class__ __contains__ __delattr__ __doc__ __eq__
        __format__ __ge__ __getattribute__ __gt__ __hash__ __init__
        __iter__ __le__ __len__ __lt__ __ne__ __new__ __or__ __rand__
        __reduce__ __reduce_ex__ __repr__ __ror__ __rsub__ __rxor__
        __setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __xor__
        isdisjoint
"""),
    ('dict_values', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __iter__ __le__ __len__
        __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__
        __setattr__ __sizeof__ __str__ __subclasshook__
"""),
    ('dict_items', """
        __and__ __class__ __contains__ __delattr__ __doc__ __eq__
        __format__ __ge__ __getattribute__ __gt__ __hash__ __init__
        __iter__ __le__ __len__ __lt__ __ne__ __new__ __or__ __rand__
        __reduce__ __reduce_ex__ __repr__ __ror__ __rsub__ __rxor__
        __setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __xor__
        isdisjoint
"""),
    ('dict_keyiterator', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __iter__ __le__
        __length_hint__ __lt__ __ne__ __new__ __next__ __reduce__
        __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__
        __subclasshook__
"""),
    ('set_iterator', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __iter__ __le__
        __length_hint__ __lt__ __ne__ __new__ __next__ __reduce__
        __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__
        __subclasshook__
"""),
    ('list_reverseiterator', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __iter__ __le__
        __length_hint__ __lt__ __ne__ __new__ __next__ __reduce__
        __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__
        __subclasshook__
"""),
    ('property', """
        __class__ __delattr__ __delete__ __doc__ __eq__ __format__ __ge__
        __get__ __getattribute__ __gt__ __hash__ __init__ __le__ __lt__
        __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __set__
        __setattr__ __sizeof__ __str__ __subclasshook__ deleter fdel fget
        fset getter setter
"""),
    ('staticmethod', """
        __class__ __delattr__ __doc__ __eq__ __format__ __func__ __ge__
        __get__ __getattribute__ __gt__ __hash__ __init__ __le__ __lt__
        __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__
        __sizeof__ __str__ __subclasshook__
"""),
    ('classmethod', """
        __class__ __delattr__ __doc__ __eq__ __format__ __func__ __ge__
        __get__ __getattribute__ __gt__ __hash__ __init__ __le__ __lt__
        __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __setattr__
        __sizeof__ __str__ __subclasshook__
"""),
    ('super', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__ __get__
        __getattribute__ __gt__ __hash__ __init__ __le__ __lt__ __ne__
        __new__ __reduce__ __reduce_ex__ __repr__ __self__ __self_class__
        __setattr__ __sizeof__ __str__ __subclasshook__ __thisclass__
"""),
    ('BaseException', """
        __cause__ __class__ __context__ __delattr__ __dict__ __doc__
        __eq__ __format__ __ge__ __getattribute__ __gt__ __hash__ __init__
        __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__
        __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__
        __traceback__ args with_traceback
"""),
    ('Exception', """
        __cause__ __class__ __context__ __delattr__ __dict__ __doc__
        __eq__ __format__ __ge__ __getattribute__ __gt__ __hash__ __init__
        __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__
        __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__
        __traceback__ args with_traceback
"""),
    ('OSError', """
        __cause__ __class__ __context__ __delattr__ __dict__ __doc__
        __eq__ __format__ __ge__ __getattribute__ __gt__ __hash__ __init__
        __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__
        __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__
        __traceback__ args errno filename strerror with_traceback
"""),
    ('SyntaxError', """
        __cause__ __class__ __context__ __delattr__ __dict__ __doc__
        __eq__ __format__ __ge__ __getattribute__ __gt__ __hash__ __init__
        __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__
        __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__
        __traceback__ args filename lineno msg offset print_file_and_line
        text with_traceback
"""),
    ('UnicodeDecodeError', """
        __cause__ __class__ __context__ __delattr__ __dict__ __doc__
        __eq__ __format__ __ge__ __getattribute__ __gt__ __hash__ __init__
        __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__
        __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__
        __traceback__ args encoding end object reason start with_traceback
"""),
    ('StopIteration', """
        __cause__ __class__ __context__ __delattr__ __dict__ __doc__
        __eq__ __format__ __ge__ __getattribute__ __gt__ __hash__ __init__
        __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__
        __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__
        __traceback__ args with_traceback
"""),
    ('KeyError', """
        __cause__ __class__ __context__ __delattr__ __dict__ __doc__
        __eq__ __format__ __ge__ __getattribute__ __gt__ __hash__ __init__
        __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__
        __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__
        __traceback__ args with_traceback
"""),
    ('SystemExit', """
        __cause__ __class__ __context__ __delattr__ __dict__ __doc__
        __eq__ __format__ __ge__ __getattribute__ __gt__ __hash__ __init__
        __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__
        __setattr__ __setstate__ __sizeof__ __str__ __subclasshook__
        __traceback__ args code with_traceback
"""),
    ('module', """
        __class__ __delattr__ __dict__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __le__ __lt__ __ne__
        __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__
        __str__ __subclasshook__
"""),
    ('enumerate', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __iter__ __le__ __lt__
        __ne__ __new__ __next__ __reduce__ __reduce_ex__ __repr__
        __setattr__ __sizeof__ __str__ __subclasshook__
"""),
    ('zip', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __iter__ __le__ __lt__
        __ne__ __new__ __next__ __reduce__ __reduce_ex__ __repr__
        __setattr__ __sizeof__ __str__ __subclasshook__
"""),
    ('map', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __iter__ __le__ __lt__
        __ne__ __new__ __next__ __reduce__ __reduce_ex__ __repr__
        __setattr__ __sizeof__ __str__ __subclasshook__
"""),
    ('filter', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __iter__ __le__ __lt__
        __ne__ __new__ __next__ __reduce__ __reduce_ex__ __repr__
        __setattr__ __sizeof__ __str__ __subclasshook__
"""),
    ('reversed', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __iter__ __le__
        __length_hint__ __lt__ __ne__ __new__ __next__ __reduce__
        __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__
        __subclasshook__
"""),
    ('generator', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __iter__ __le__ __lt__
        __name__ __ne__ __new__ __next__ __reduce__ __reduce_ex__ __repr__
        __setattr__ __sizeof__ __str__ __subclasshook__ close gi_code
        gi_frame gi_running send throw
"""),
    ('method', """
        __call__ __class__ __delattr__ __doc__ __eq__ __format__ __func__
        __ge__ __get__ __getattribute__ __gt__ __hash__ __init__ __le__
        __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ __self__
        __setattr__ __sizeof__ __str__ __subclasshook__
"""),
    ('getset_descriptor', """
        __class__ __delattr__ __delete__ __doc__ __eq__ __format__ __ge__
        __get__ __getattribute__ __gt__ __hash__ __init__ __le__ __lt__
        __name__ __ne__ __new__ __objclass__ __reduce__ __reduce_ex__
        __repr__ __set__ __setattr__ __sizeof__ __str__ __subclasshook__
"""),
    ('dict_proxy', """
        __class__ __contains__ __delattr__ __doc__ __eq__ __format__
        __ge__ __getattribute__ __getitem__ __gt__ __hash__ __init__
        __iter__ __le__ __len__ __lt__ __ne__ __new__ __reduce__
        __reduce_ex__ __repr__ __setattr__ __sizeof__ __str__
        __subclasshook__ copy get items keys values
"""),
    ('traceback', """
        __class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __le__ __lt__ __ne__
        __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__
        __str__ __subclasshook__ tb_frame tb_lasti tb_lineno tb_next
"""),
    ('cell', """
        __class__ __delattr__ __doc__ __eq__ __format__ __ge__
        __getattribute__ __gt__ __hash__ __init__ __le__ __lt__ __ne__
        __new__ __reduce__ __reduce_ex__ __repr__ __setattr__ __sizeof__
        __str__ __subclasshook__ cell_contents
"""),
]


def test_type_dirs():
    assert len(types) == len(EXPECTED)
    for t, (name, names) in zip(types, EXPECTED):
        assert t.__name__ == name, (t.__name__, name)
        want = set(names.split())
        got = set(dir(t))
        missing = sorted(n for n in want - got if (name, n) not in KNOWN)
        extra = sorted(n for n in got - want if (name, n) not in KNOWN)
        assert not missing and not extra, (name, 'missing', missing, 'extra', extra)


test_type_dirs()

# dir() of a traceback lists its four attributes (3.2's tb_dir), and dir()
# with a dict subclass as locals uses that subclass's keys().
import sys
try:
    1/0
except ZeroDivisionError:
    assert sorted(dir(sys.exc_info()[2])) == ['tb_frame', 'tb_lasti', 'tb_lineno', 'tb_next']
class _D(dict):
    def keys(self):
        return list('xyz')
def _f():
    return eval('dir()', globals(), _D())
assert _f() == ['x', 'y', 'z']
