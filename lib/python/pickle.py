"""Serialization of Python objects to byte streams, and back.

Pickler writes an object graph as a program for a small stack machine
(protocols 0 to 3); Unpickler runs such a program to rebuild the objects.
dumps()/loads() work on bytes objects, dump()/load() on binary files.

The output is the same, byte for byte, as that of CPython 3.2's pickle
(its C accelerator, which 3.2's pickle.Pickler is).  The format's opcodes
are named by the module constants below; pickletools explains them.
"""

import sys
import io
from struct import pack, unpack
from types import FunctionType, BuiltinFunctionType
import copyreg
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
import _compat_pickle

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads"]

bytes_types = (bytes, bytearray)

# The version of the format this module writes, and those it reads.
format_version = "3.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0"]

HIGHEST_PROTOCOL = 3
DEFAULT_PROTOCOL = 3

# Jython's string map; never present here.
PyStringMap = None


class PickleError(Exception):
    """Base class of the exceptions of this module."""


class PicklingError(PickleError):
    """An object cannot be pickled."""


class UnpicklingError(PickleError):
    """A pickle is malformed, or cannot be loaded for another reason
    (the objects it names may still raise other exceptions)."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# --- the opcodes -----------------------------------------------------------
# Protocol 0 is printable ASCII; protocol 1 adds binary forms; protocol 2
# (PEP 307) begins with PROTO and adds the codes from 0x80 up; protocol 3
# adds bytes objects.

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'

TRUE = b'I01\n'
FALSE = b'I00\n'

PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

BINBYTES = b'B'
SHORT_BINBYTES = b'C'

__all__.extend(sorted(_n for _n in dir() if _n.isupper() and len(_n) > 1
                      and not _n.startswith('_')))

# Items written per APPENDS/SETITEMS.
_BATCHSIZE = 1000


# --- long integers as bytes --------------------------------------------------

def encode_long(x):
    """The little-endian two's-complement bytes of int x, as short as the
    LONG1 and LONG4 opcodes allow (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def decode_long(data):
    """The int whose little-endian two's-complement bytes are data."""
    return int.from_bytes(data, 'little', signed=True)


def whichmodule(obj, name):
    """The name of the module obj belongs to: its __module__, else the first
    module of sys.modules (other than __main__) that has it as its
    attribute name, else '__main__'."""
    module = getattr(obj, '__module__', None)
    if module is not None:
        return module
    for modname, mod in list(sys.modules.items()):
        if modname == '__main__' or mod is None:
            continue
        try:
            if getattr(mod, name) is obj:
                return modname
        except AttributeError:
            pass
    return '__main__'


def _is_iterator(x):
    return hasattr(type(x), '__next__')


# --- pickling ----------------------------------------------------------------

class Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True)

    Writes pickles to file, an object with a write() method taking bytes.
    protocol is 0 to 3 (default 3; a negative value means the highest).
    With fix_imports and a protocol below 3, names of modules and globals
    that Python 3 renamed are written as Python 2 knows them."""

    def __init__(self, file, protocol=None, *, fix_imports=True):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = int(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" %
                             HIGHEST_PROTOCOL)
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.memo = {}
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3

    def clear_memo(self):
        """Forget the objects pickled so far: they will be written out in
        full again rather than referred to."""
        self.memo.clear()

    def dump(self, obj):
        """Write the pickle of obj to the file."""
        if '_file_write' not in self.__dict__:
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % type(self).__name__)
        data = self._pickle(obj)
        self._file_write(data)

    def _pickle(self, obj):
        out = []
        self.write = out.append
        self._pers = getattr(self, 'persistent_id', None)
        try:
            if self.proto >= 2:
                out.append(PROTO + bytes((self.proto,)))
            self.save(obj)
            out.append(STOP)
        finally:
            del self.write
        return b''.join(out)

    # The memo maps id(obj) to (index, obj); the index is what PUT and GET
    # carry.

    def memoize(self, obj):
        if self.fast:
            return
        memo = self.memo
        index = len(memo)
        memo[id(obj)] = index, obj
        self.write(self.put(index))

    def put(self, index):
        if self.bin:
            if index < 256:
                return BINPUT + bytes((index,))
            return LONG_BINPUT + pack('<I', index)
        return PUT + str(index).encode('ascii') + b'\n'

    def get(self, index):
        if self.bin:
            if index < 256:
                return BINGET + bytes((index,))
            return LONG_BINGET + pack('<I', index)
        return GET + str(index).encode('ascii') + b'\n'

    def save(self, obj, save_persistent_id=True):
        if save_persistent_id:
            pers = self._pers
            if pers is not None:
                pid = pers(obj)
                if pid is not None:
                    self.save_pers(pid)
                    return

        t = type(obj)
        # Atoms are never memoized.
        if obj is None:
            self.write(NONE)
            return
        if t is bool:
            self.save_bool(obj)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.save_float(obj)
            return

        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return

        f = self.dispatch.get(t)
        if f is not None:
            if t is not FunctionType:
                f(self, obj)
                return
            # A function that cannot be found by name (a lambda, a nested
            # function) goes on to the reduction protocol.
            try:
                f(self, obj)
                return
            except PickleError:
                pass

        reduce = dispatch_table.get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif issubclass(t, type):
            self.save_global(obj)
            return
        else:
            try:
                reduce = obj.__reduce_ex__
            except AttributeError:
                try:
                    reduce = obj.__reduce__
                except AttributeError:
                    raise PicklingError("can't pickle '%.200s' object: %r" %
                                        (t.__name__, obj))
                rv = reduce()
            else:
                rv = reduce(self.proto)

        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 5:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 5 elements")
        self.save_reduce(obj=obj, *rv)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            self.write(PERSID + str(pid).encode('utf-8') + b'\n')

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if listitems is not None and not _is_iterator(listitems):
            raise PicklingError("Fourth element of tuplereturned by "
                                "__reduce__ must be an iterator, not %s" %
                                type(listitems).__name__)
        if dictitems is not None and not _is_iterator(dictitems):
            raise PicklingError("Fifth element of tuplereturned by "
                                "__reduce__ must be an iterator, not %s" %
                                type(dictitems).__name__)
        save = self.save
        write = self.write

        use_newobj = False
        if self.proto >= 2:
            try:
                use_newobj = func.__name__ == "__newobj__"
            except AttributeError:
                pass
        if use_newobj:
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no "
                                    "__new__")
            if obj is not None:
                try:
                    obj_class = obj.__class__
                except AttributeError:
                    obj_class = None
                if obj_class is not cls:
                    raise PicklingError("args[0] from __newobj__ args has "
                                        "the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            save(state)
            write(BUILD)

    # One method per type with a form of its own.

    dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    dispatch[type(None)] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if -0x80000000 <= obj <= 0x7fffffff:
                if 0 <= obj <= 0xff:
                    self.write(BININT1 + bytes((obj,)))
                elif 0 <= obj <= 0xffff:
                    self.write(BININT2 + pack('<H', obj))
                else:
                    self.write(BININT + pack('<i', obj))
                return
            # Values that fit a C long (64 bits) are written as text even
            # at protocol 2, as 3.2 does.
            if self.proto >= 2 and not (-0x8000000000000000 <= obj <=
                                        0x7fffffffffffffff):
                data = encode_long(obj)
                n = len(data)
                if n < 256:
                    self.write(LONG1 + bytes((n,)) + data)
                else:
                    self.write(LONG4 + pack('<i', n) + data)
                return
        self.write(LONG + repr(obj).encode('ascii') + b'L\n')
    dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + ('%.17g' % obj).encode('ascii') + b'\n')
    dispatch[float] = save_float

    def save_bytes(self, obj):
        if self.proto < 3:
            # Older protocols have no opcode for bytes: a call that gives
            # bytes in Python 3 and a str in Python 2.
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import codecs
                self.save_reduce(codecs.encode, (str(obj, 'latin1'),
                                                 _LATIN1), obj=obj)
            return
        n = len(obj)
        if n < 256:
            self.write(SHORT_BINBYTES + bytes((n,)) + obj)
        else:
            self.write(BINBYTES + pack('<I', n) + obj)
        self.memoize(obj)
    dispatch[bytes] = save_bytes

    def save_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            self.write(BINUNICODE + pack('<I', len(data)) + data)
        else:
            text = obj.replace('\\', '\\u005c').replace('\n', '\\u000a')
            self.write(UNICODE + text.encode('raw-unicode-escape') + b'\n')
        self.memoize(obj)
    dispatch[str] = save_str

    def save_tuple(self, obj):
        write = self.write
        n = len(obj)
        if n == 0:
            write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            x = memo.get(id(obj))
            if x is not None:
                # The tuple contains itself (through a mutable object):
                # drop the items and fetch it.
                write(POP * n + self.get(x[0]))
                return
            write(_tuplesize2code[n])
            self.memoize(obj)
            return
        write(MARK)
        for item in obj:
            save(item)
        x = memo.get(id(obj))
        if x is not None:
            if self.bin:
                write(POP_MARK + self.get(x[0]))
            else:
                write(POP * (n + 1) + self.get(x[0]))
            return
        write(TUPLE)
        self.memoize(obj)
    dispatch[tuple] = save_tuple

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not obj:
            return
        if type(obj) is list and self.proto > 0:
            self._batch_list_exact(obj)
        else:
            self._batch_appends(iter(obj))
    dispatch[list] = save_list

    def _batch_list_exact(self, obj):
        save = self.save
        write = self.write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        total = 0
        while True:
            write(MARK)
            count = 0
            while total < len(obj):
                save(obj[total])
                total += 1
                count += 1
                if count == _BATCHSIZE:
                    break
            write(APPENDS)
            if total >= len(obj):
                break

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        while True:
            batch = []
            for x in items:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif n == 1:
                save(batch[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if type(obj) is dict and self.proto > 0:
            self._batch_dict_exact(obj)
        else:
            self._batch_setitems(iter(obj.items()))
    dispatch[dict] = save_dict

    def _batch_dict_exact(self, obj):
        save = self.save
        write = self.write
        size = len(obj)
        items = iter(obj.items())
        if size == 1:
            k, v = next(items)
            save(k)
            save(v)
            write(SETITEM)
            return
        while True:
            write(MARK)
            count = 0
            for k, v in items:
                save(k)
                save(v)
                count += 1
                if count == _BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during "
                                   "iteration")
            if count != _BATCHSIZE:
                return

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for item in items:
                if type(item) is not tuple or len(item) != 2:
                    raise TypeError("dict items iterator must return "
                                    "2-tuples")
                save(item[0])
                save(item[1])
                write(SETITEM)
            return
        while True:
            batch = []
            for item in items:
                if not isinstance(item, tuple) or len(item) != 2:
                    raise TypeError("dict items iterator must return "
                                    "2-tuples")
                batch.append(item)
                if len(batch) == _BATCHSIZE:
                    break
            n = len(batch)
            if n > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n == 1:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = obj.__name__
        module = whichmodule(obj, name)
        try:
            __import__(module)
            mod = sys.modules[module]
        except Exception:
            raise PicklingError("Can't pickle %r: import of module %r "
                                "failed" % (obj, module))
        try:
            found = getattr(mod, name)
        except Exception:
            raise PicklingError("Can't pickle %r: attribute lookup %s.%s "
                                "failed" % (obj, module, name))
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object "
                                "as %s.%s" % (obj, module, name))

        if self.proto >= 2:
            code = _extension_registry.get((module, name))
            if code is not None:
                if not isinstance(code, int):
                    raise PicklingError("Can't pickle %r: extension code %r "
                                        "isn't an integer" % (obj, code))
                if not 0 < code <= 0x7fffffff:
                    raise PicklingError("Can't pickle %r: extension code %d "
                                        "is out of range" % (obj, code))
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + pack('<H', code))
                else:
                    write(EXT4 + pack('<i', code))
                return

        if self.fix_imports:
            pair = _compat_pickle.REVERSE_NAME_MAPPING.get((module, name))
            if pair is not None:
                module, name = pair
            module = _compat_pickle.REVERSE_IMPORT_MAPPING.get(module,
                                                               module)
        encoding = 'utf-8' if self.proto >= 3 else 'ascii'
        try:
            mbytes = module.encode(encoding)
        except UnicodeEncodeError:
            raise PicklingError("can't pickle module identifier '%s' using "
                                "pickle protocol %i" % (module, self.proto))
        try:
            nbytes = name.encode(encoding)
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s' using "
                                "pickle protocol %i" % (name, self.proto))
        write(GLOBAL + mbytes + b'\n' + nbytes + b'\n')
        self.memoize(obj)

    dispatch[FunctionType] = save_global
    dispatch[BuiltinFunctionType] = save_global
    dispatch[type] = save_global

_LATIN1 = 'latin1'
_missing = object()


# --- unpickling --------------------------------------------------------------

def _underflow():
    return UnpicklingError("unpickling stack underflow")

def _bad_data():
    return UnpicklingError("bad pickle data")

def _truncated():
    return UnpicklingError("pickle data was truncated")


_WHITESPACE = ' \t\n\v\f\r'
_DIGITS_OF_BASE = {8: '01234567', 10: '0123456789',
                   16: '0123456789abcdefABCDEF'}


def _strtol(text):
    # C's strtol(text, &end, 0) for a 64-bit long, accepted only when it
    # stops at the newline or the end: else None.
    n = len(text)
    i = 0
    while i < n and text[i] in _WHITESPACE:
        i += 1
    negative = False
    if i < n and text[i] in '+-':
        negative = text[i] == '-'
        i += 1
    if text[i:i + 2] in ('0x', '0X') and i + 2 < n and \
            text[i + 2] in _DIGITS_OF_BASE[16]:
        base = 16
        i += 2
    elif text[i:i + 1] == '0':
        base = 8
    else:
        base = 10
    digits = _DIGITS_OF_BASE[base]
    j = i
    while j < n and text[j] in digits:
        j += 1
    if j == i or (j < n and text[j] != '\n'):
        return None
    value = int(text[i:j], base)
    if negative:
        value = -value
    if not -0x8000000000000000 <= value <= 0x7fffffffffffffff:
        return None
    return value


def _parse_int_line(line):
    # The INT opcode's argument (the line with its newline).
    text = line.decode('latin-1')
    value = _strtol(text)
    if value is not None:
        if len(line) == 3 and (value == 0 or value == 1):
            return bool(value)
        return value
    try:
        return int(text, 0)
    except ValueError:
        raise ValueError("could not convert string to int")


def _parse_float_line(text):
    # The FLOAT opcode's argument: a float literal ending the line.
    body = text[:-1] if text.endswith('\n') else text
    if body[:1].isspace() or body[-1:].isspace():
        raise ValueError("could not convert string to float: %.200s" % text)
    try:
        value = float(body)
    except ValueError:
        # A valid prefix followed by junk has a shorter message.
        for i in range(len(body) - 1, 0, -1):
            try:
                float(body[:i])
            except ValueError:
                continue
            raise ValueError("could not convert string to float")
        raise ValueError("could not convert string to float: %.200s" % text)
    if value in (float('inf'), float('-inf')) and \
            'inf' not in body.lower():
        raise OverflowError("value too large to convert to float: %.200s" %
                            text)
    return value


_SIMPLE_ESCAPES = {
    ord('\n'): b'', ord('\\'): b'\\', ord("'"): b"'", ord('"'): b'"',
    ord('b'): b'\b', ord('f'): b'\f', ord('t'): b'\t', ord('n'): b'\n',
    ord('r'): b'\r', ord('v'): b'\v', ord('a'): b'\a',
}
_HEXDIGITS = b'0123456789abcdefABCDEF'
_OCTDIGITS = b'01234567'


def _decode_escapes(data):
    # Python's backslash escapes in a bytes literal (without the quotes).
    if b'\\' not in data:
        return data
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c != 0x5c:
            j = data.find(b'\\', i)
            if j < 0:
                j = n
            out += data[i:j]
            i = j
            continue
        start = i
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        simple = _SIMPLE_ESCAPES.get(c)
        if simple is not None:
            out += simple
        elif c in _OCTDIGITS:
            value = c - 0x30
            for _ in range(2):
                if i < n and data[i] in _OCTDIGITS:
                    value = value * 8 + data[i] - 0x30
                    i += 1
                else:
                    break
            out.append(value & 0xff)
        elif c == ord('x'):
            if i + 1 < n and data[i] in _HEXDIGITS and \
                    data[i + 1] in _HEXDIGITS:
                out.append(int(data[i:i + 2], 16))
                i += 2
            else:
                raise ValueError("invalid \\x escape at position %d" %
                                 start)
        else:
            out.append(0x5c)
            out.append(c)
    return bytes(out)


class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict')

    Reads pickles from file, an object with read(n) and readline() methods
    returning bytes.  The protocol is found from the data.  For pickles
    written by Python 2: fix_imports maps its module and global names to
    Python 3's, and encoding and errors say how its 8-bit strings are
    decoded."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict"):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' "
                            "attributes")
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Read one pickle from the file and return the object it builds."""
        if '_file_read' not in self.__dict__:
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % type(self).__name__)
        self.read = self._file_read
        self.readline = self._file_readline
        self.stack = []
        self.marks = []
        self.append = self.stack.append
        read = self.read
        dispatch = self.dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError
                f = dispatch.get(key[0])
                if f is None:
                    if key[0] == 0:
                        raise EOFError
                    raise UnpicklingError("invalid load key, '%s'." %
                                          chr(key[0]))
                f(self)
        except _Stop as stop:
            return stop.value

    def marker(self):
        marks = self.marks
        if not marks:
            raise UnpicklingError("could not find MARK")
        return marks.pop()

    def _pop(self):
        stack = self.stack
        if not stack:
            raise _bad_data()
        return stack.pop()

    def _read_exactly(self, n):
        data = self.read(n)
        if len(data) < n:
            raise EOFError
        return data

    def _read_line(self, minimum=2):
        line = self.readline()
        if len(line) < minimum:
            raise _truncated()
        return line

    def find_class(self, module, name):
        """Return the object called name in module (importing it): how the
        globals a pickle names are found.  Subclasses may restrict it."""
        if self.proto < 3 and self.fix_imports:
            pair = _compat_pickle.NAME_MAPPING.get((module, name))
            if pair is not None:
                module, name = pair
            module = _compat_pickle.IMPORT_MAPPING.get(module, module)
        mod = sys.modules.get(module)
        if mod is None:
            __import__(module, level=0)
            mod = sys.modules[module]
        return getattr(mod, name)

    def _instantiate(self, cls, args):
        if args or not isinstance(cls, type) or \
                hasattr(cls, "__getinitargs__"):
            value = cls(*args)
        else:
            value = cls.__new__(cls)
        self.append(value)

    dispatch = {}

    def load_proto(self):
        proto = self._read_exactly(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    dispatch[PROTO[0]] = load_proto

    def load_stop(self):
        raise _Stop(self._pop())
    dispatch[STOP[0]] = load_stop

    def load_persid(self):
        pers = getattr(self, 'persistent_load', None)
        if pers is None:
            raise UnpicklingError(
                "A load persistent id instruction was encountered,\n"
                "but no persistent_load function was specified.")
        pid = self._read_line()[:-1]
        self.append(pers(pid))
    dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pers = getattr(self, 'persistent_load', None)
        if pers is None:
            raise UnpicklingError(
                "A load persistent id instruction was encountered,\n"
                "but no persistent_load function was specified.")
        pid = self._pop()
        self.append(pers(pid))
    dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        self.append(_parse_int_line(self._read_line()))
    dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(unpack('<i', self._read_exactly(4))[0])
    dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self._read_exactly(1)[0])
    dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(unpack('<H', self._read_exactly(2))[0])
    dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        line = self._read_line()
        text = line[:-2] if line[-2:-1] == b'L' else line
        text = text.decode('latin-1')
        try:
            value = int(text, 0)
        except ValueError:
            raise ValueError("invalid literal for int() with base 0: %r" %
                             text)
        self.append(value)
    dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self._read_exactly(1)[0]
        self.append(decode_long(self._read_exactly(n)))
    dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n = unpack('<i', self._read_exactly(4))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self._read_exactly(n)))
    dispatch[LONG4[0]] = load_long4

    def load_float(self):
        line = self._read_line()
        self.append(_parse_float_line(line.decode('latin-1')))
    dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(unpack('>d', self._read_exactly(8))[0])
    dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, data):
        return data.decode(self.encoding, self.errors)

    def load_string(self):
        line = self._read_line(3)
        end = len(line)
        while end > 0 and line[end - 1] <= 0x20:
            end -= 1
        quote = line[:1]
        if end >= 2 and quote in (b'"', b"'") and line[end - 1] == quote[0]:
            data = line[1:end - 1]
        else:
            raise ValueError("insecure string pickle")
        self.append(self._decode_string(_decode_escapes(data)))
    dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n = unpack('<i', self._read_exactly(4))[0]
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read_exactly(n)))
    dispatch[BINSTRING[0]] = load_binstring

    def load_short_binstring(self):
        n = self._read_exactly(1)[0]
        self.append(self._decode_string(self._read_exactly(n)))
    dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_binbytes(self):
        n = unpack('<I', self._read_exactly(4))[0]
        self.append(self._read_exactly(n))
    dispatch[BINBYTES[0]] = load_binbytes

    def load_short_binbytes(self):
        n = self._read_exactly(1)[0]
        self.append(self._read_exactly(n))
    dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_unicode(self):
        line = self._read_line(1)
        self.append(line[:-1].decode('raw-unicode-escape'))
    dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n = unpack('<I', self._read_exactly(4))[0]
        self.append(self._read_exactly(n).decode('utf-8', 'surrogatepass'))
    dispatch[BINUNICODE[0]] = load_binunicode

    def load_tuple(self):
        k = self.marker()
        stack = self.stack
        value = tuple(stack[k:])
        del stack[k:]
        self.append(value)
    dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def load_tuple1(self):
        self.append((self._pop(),))
    dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        b = self._pop()
        a = self._pop()
        self.append((a, b))
    dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        c = self._pop()
        b = self._pop()
        a = self._pop()
        self.append((a, b, c))
    dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_list(self):
        k = self.marker()
        stack = self.stack
        value = stack[k:]
        del stack[k:]
        self.append(value)
    dispatch[LIST[0]] = load_list

    def load_dict(self):
        k = self.marker()
        stack = self.stack
        d = {}
        for i in range(k + 1, len(stack), 2):
            d[stack[i - 1]] = stack[i]
        del stack[k:]
        self.append(d)
    dispatch[DICT[0]] = load_dict

    def load_inst(self):
        k = self.marker()
        module = self._read_line()[:-1].decode('ascii')
        name = self._read_line()[:-1].decode('ascii')
        cls = self.find_class(module, name)
        stack = self.stack
        args = tuple(stack[k:])
        del stack[k:]
        self._instantiate(cls, args)
    dispatch[INST[0]] = load_inst

    def load_obj(self):
        k = self.marker()
        stack = self.stack
        if k >= len(stack):
            raise _bad_data()
        args = tuple(stack[k + 1:])
        cls = stack[k]
        del stack[k:]
        self._instantiate(cls, args)
    dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self._pop()
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type "
                                  "object")
        self.append(cls.__new__(cls, *args))
    dispatch[NEWOBJ[0]] = load_newobj

    def load_global(self):
        module = self._read_line()[:-1].decode('utf-8')
        name = self._read_line()[:-1].decode('utf-8')
        self.append(self.find_class(module, name))
    dispatch[GLOBAL[0]] = load_global

    def get_extension(self, code):
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        missing = _extension_cache
        obj = _extension_cache.get(code, missing)
        if obj is not missing:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            raise ValueError("unregistered extension code %d" % code)
        if not (isinstance(key, tuple) and len(key) == 2 and
                isinstance(key[0], str) and isinstance(key[1], str)):
            raise ValueError("_inverted_registry[%d] isn't a 2-tuple of "
                             "strings" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_ext1(self):
        self.get_extension(self._read_exactly(1)[0])
    dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self.get_extension(unpack('<H', self._read_exactly(2))[0])
    dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self.get_extension(unpack('<i', self._read_exactly(4))[0])
    dispatch[EXT4[0]] = load_ext4

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self.append(func(*args))
    dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        marks = self.marks
        stack = self.stack
        if marks and marks[-1] == len(stack):
            marks.pop()
        elif stack:
            stack.pop()
        else:
            raise _underflow()
    dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        k = self.marker()
        del self.stack[k:]
    dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        stack = self.stack
        if not stack:
            raise _underflow()
        stack.append(stack[-1])
    dispatch[DUP[0]] = load_dup

    def _memo_get(self, index):
        value = self.memo.get(index, _missing)
        if value is _missing:
            raise KeyError(index)
        self.append(value)

    def load_get(self):
        self._memo_get(int(self._read_line()[:-1].decode('latin-1')))
    dispatch[GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self._read_exactly(1)[0])
    dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        self._memo_get(unpack('<I', self._read_exactly(4))[0])
    dispatch[LONG_BINGET[0]] = load_long_binget

    def _memo_put(self, index):
        stack = self.stack
        if not stack:
            raise _underflow()
        self.memo[index] = stack[-1]

    def load_put(self):
        index = int(self._read_line().decode('latin-1'))
        if index < 0:
            raise ValueError("negative PUT argument")
        self._memo_put(index)
    dispatch[PUT[0]] = load_put

    def load_binput(self):
        self._memo_put(self._read_exactly(1)[0])
    dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        index = unpack('<i', self._read_exactly(4))[0]
        if index < 0:
            raise ValueError("negative LONG_BINPUT argument")
        self._memo_put(index)
    dispatch[LONG_BINPUT[0]] = load_long_binput

    def _append_from(self, k):
        stack = self.stack
        n = len(stack)
        if k > n or k <= 0:
            raise _underflow()
        if k == n:
            return
        target = stack[k - 1]
        if isinstance(target, list):
            target.extend(stack[k:])
        else:
            add = target.append
            for item in stack[k:]:
                add(item)
        del stack[k:]

    def load_append(self):
        self._append_from(len(self.stack) - 1)
    dispatch[APPEND[0]] = load_append

    def load_appends(self):
        # Without a mark this is an underflow, as in 3.2.
        self._append_from(self.marks.pop() if self.marks else -1)
    dispatch[APPENDS[0]] = load_appends

    def _setitems_from(self, k):
        stack = self.stack
        n = len(stack)
        if k > n or k <= 0:
            raise _underflow()
        if k == n:
            return
        if (n - k) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        target = stack[k - 1]
        try:
            for i in range(k, n, 2):
                target[stack[i]] = stack[i + 1]
        finally:
            del stack[k:]

    def load_setitem(self):
        self._setitems_from(len(self.stack) - 2)
    dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        self._setitems_from(self.marks.pop() if self.marks else -1)
    dispatch[SETITEMS[0]] = load_setitems

    def load_build(self):
        stack = self.stack
        if len(stack) < 2:
            raise _underflow()
        state = stack.pop()
        inst = stack[-1]
        try:
            setstate = inst.__setstate__
        except AttributeError:
            pass
        else:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    k = intern(k)
                inst_dict[k] = v
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)
    dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.marks.append(len(self.stack))
    dispatch[MARK[0]] = load_mark


# 3.2 keeps its pure-Python classes under these names beside the C ones;
# here there is one implementation.
_Pickler = Pickler
_Unpickler = Unpickler


# --- shorthands ----------------------------------------------------------------

def dump(obj, file, protocol=None, *, fix_imports=True):
    """Write the pickle of obj to file (see Pickler)."""
    Pickler(file, protocol, fix_imports=fix_imports).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True):
    """The pickle of obj, as bytes (see Pickler)."""
    p = Pickler(_NullWriter, protocol, fix_imports=fix_imports)
    return p._pickle(obj)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict"):
    """Read a pickle from file and return the object (see Unpickler)."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding,
                     errors=errors).load()


def loads(s, *, fix_imports=True, encoding="ASCII", errors="strict"):
    """The object the pickle s (bytes) builds (see Unpickler)."""
    if isinstance(s, str):
        raise TypeError("'str' does not support the buffer interface")
    return Unpickler(io.BytesIO(s), fix_imports=fix_imports,
                     encoding=encoding, errors=errors).load()


class _NullWriter:
    @staticmethod
    def write(data):
        pass
