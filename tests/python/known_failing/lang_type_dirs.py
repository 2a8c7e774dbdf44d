# Known failures under taipan: attributes of built-in types that differ
# from CPython 3.2 (see tests/python/lang_type_dirs.py, which skips them).
# Passes under CPython 3.2.6; drop an entry from KNOWN there when fixed.
import sys

# float.__setformat__ (a classmethod; 3.2 has it, taipan does not).
assert hasattr(float, '__setformat__')
assert float.__getformat__('double') in ('IEEE, little-endian', 'IEEE, big-endian')

# NoneType has no __bool__ in 3.2 (None is false through the default
# truth rule), and so no 'bool' slot wrapper.
assert not hasattr(type(None), '__bool__')
assert not hasattr(None, '__bool__')
assert bool(None) is False

# traceback objects have a __dir__ method in 3.2.
try:
    raise KeyError
except KeyError as e:
    tb = e.__traceback__
assert hasattr(tb, '__dir__')
assert sorted(tb.__dir__()) == ['tb_frame', 'tb_lasti', 'tb_lineno', 'tb_next'], sorted(tb.__dir__())
