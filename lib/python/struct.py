# struct: the public face of _struct, the Go module that does the work
# (packing and unpacking C structs held in bytes).

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'Struct', 'error']

from _struct import *
from _struct import _clearcache
from _struct import __doc__
