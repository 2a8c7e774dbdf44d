"""Tools for looking inside pickles.

genops(pickle) yields the opcodes of a pickle with their arguments and
positions; dis(pickle) prints a symbolic listing of them, checking the
stack and memo effects as it goes; optimize(pickle) drops the PUT opcodes
no GET refers to.  The tables below describe every opcode of protocols 0
to 3: opcodes (a list of OpcodeInfo) and code2op (opcode character ->
OpcodeInfo).
"""

import pickle
import re
from struct import unpack as _unpack
from pickle import decode_long

__all__ = ['dis', 'genops', 'optimize']

bytes_types = pickle.bytes_types

# Lengths of arguments that are not fixed: up to a newline, or counted by
# a 1-byte or 4-byte length written first.
UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2
TAKEN_FROM_ARGUMENT4 = -3


class ArgumentDescriptor(object):
    """The kind of argument an opcode carries in the pickle: its name, its
    length n in bytes (or one of the negative codes above), a reader
    function taking a file and returning the decoded argument, and doc."""

    __slots__ = ('name', 'n', 'reader', 'doc')

    def __init__(self, name, n, reader, doc):
        assert isinstance(name, str)
        assert isinstance(n, int) and (n >= 0 or n in (
            UP_TO_NEWLINE, TAKEN_FROM_ARGUMENT1, TAKEN_FROM_ARGUMENT4))
        assert isinstance(doc, str)
        self.name = name
        self.n = n
        self.reader = reader
        self.doc = doc


# --- argument readers ----------------------------------------------------------

def _escape_decode(data):
    # Backslash escapes as in a bytes literal (codecs.escape_decode).
    return pickle._decode_escapes(data)


def read_uint1(f):
    """One unsigned byte."""
    data = f.read(1)
    if not data:
        raise ValueError("not enough data in stream to read uint1")
    return data[0]


def read_uint2(f):
    """A little-endian unsigned 2-byte integer."""
    data = f.read(2)
    if len(data) != 2:
        raise ValueError("not enough data in stream to read uint2")
    return _unpack("<H", data)[0]


def read_int4(f):
    """A little-endian signed 4-byte integer."""
    data = f.read(4)
    if len(data) != 4:
        raise ValueError("not enough data in stream to read int4")
    return _unpack("<i", data)[0]


def read_stringnl(f, decode=True, stripquotes=True):
    """A line: without its newline, its quotes (when stripquotes) and its
    backslash escapes (when decode, giving str; else bytes)."""
    data = f.readline()
    if not data.endswith(b'\n'):
        raise ValueError("no newline found when trying to read stringnl")
    data = data[:-1]
    if stripquotes:
        for quote in (b'"', b"'"):
            if data.startswith(quote):
                if not data.endswith(quote):
                    raise ValueError("strinq quote %r not found at both "
                                     "ends of %r" % (quote, data))
                data = data[1:-1]
                break
        else:
            raise ValueError("no string quotes around %r" % data)
    if decode:
        data = _escape_decode(data).decode("ascii")
    return data


def read_stringnl_noescape(f):
    """A line without quotes, as str."""
    return read_stringnl(f, stripquotes=False)


def read_stringnl_noescape_pair(f):
    """Two lines without quotes, joined by a blank."""
    first = read_stringnl_noescape(f)
    second = read_stringnl_noescape(f)
    return "%s %s" % (first, second)


def read_string4(f):
    """A 4-byte signed length, then that many bytes, as latin-1 text."""
    n = read_int4(f)
    if n < 0:
        raise ValueError("string4 byte count < 0: %d" % n)
    data = f.read(n)
    if len(data) != n:
        raise ValueError("expected %d bytes in a string4, but only %d "
                         "remain" % (n, len(data)))
    return data.decode("latin-1")


def read_string1(f):
    """A 1-byte length, then that many bytes, as latin-1 text."""
    n = read_uint1(f)
    data = f.read(n)
    if len(data) != n:
        raise ValueError("expected %d bytes in a string1, but only %d "
                         "remain" % (n, len(data)))
    return data.decode("latin-1")


def read_unicodestringnl(f):
    """A line in the raw-unicode-escape encoding."""
    data = f.readline()
    if not data.endswith(b'\n'):
        raise ValueError("no newline found when trying to read "
                         "unicodestringnl")
    return str(data[:-1], 'raw-unicode-escape')


def read_unicodestring4(f):
    """A 4-byte signed length, then that many bytes of UTF-8."""
    n = read_int4(f)
    if n < 0:
        raise ValueError("unicodestring4 byte count < 0: %d" % n)
    data = f.read(n)
    if len(data) != n:
        raise ValueError("expected %d bytes in a unicodestring4, but only %d "
                         "remain" % (n, len(data)))
    return str(data, 'utf-8', 'surrogatepass')


def read_decimalnl_short(f):
    """A decimal integer on a line, without 'L'; 00 and 01 are the bools."""
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s.endswith(b"L"):
        raise ValueError("trailing 'L' not allowed in %r" % s)
    if s == b"00":
        return False
    if s == b"01":
        return True
    return int(s)


def read_decimalnl_long(f):
    """A decimal integer on a line, with or without a final 'L'."""
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s[-1:] == b'L':
        s = s[:-1]
    return int(s)


def read_floatnl(f):
    """A float literal on a line."""
    s = read_stringnl(f, decode=False, stripquotes=False)
    return float(s)


def read_float8(f):
    """A big-endian IEEE 754 double."""
    data = f.read(8)
    if len(data) != 8:
        raise ValueError("not enough data in stream to read float8")
    return _unpack(">d", data)[0]


def read_long1(f):
    """A 1-byte length, then that many bytes of little-endian two's
    complement."""
    n = read_uint1(f)
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read long1")
    return decode_long(data)


def read_long4(f):
    """A 4-byte signed length, then that many bytes of little-endian two's
    complement."""
    n = read_int4(f)
    if n < 0:
        raise ValueError("long4 byte count < 0: %d" % n)
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read long4")
    return decode_long(data)


def _arg(name, n, reader, doc):
    return ArgumentDescriptor(name=name, n=n, reader=reader, doc=doc)

uint1 = _arg('uint1', 1, read_uint1, "One-byte unsigned integer.")
uint2 = _arg('uint2', 2, read_uint2, "Little-endian two-byte unsigned "
             "integer.")
int4 = _arg('int4', 4, read_int4, "Little-endian four-byte signed integer.")
stringnl = _arg('stringnl', UP_TO_NEWLINE, read_stringnl,
                "A quoted string literal with escapes, ending at a newline.")
stringnl_noescape = _arg('stringnl_noescape', UP_TO_NEWLINE,
                         read_stringnl_noescape,
                         "Plain printable ASCII text ending at a newline.")
stringnl_noescape_pair = _arg('stringnl_noescape_pair', UP_TO_NEWLINE,
                              read_stringnl_noescape_pair,
                              "Two lines of plain text (a module and a "
                              "name), given as one string joined by a "
                              "blank.")
string4 = _arg('string4', TAKEN_FROM_ARGUMENT4, read_string4,
               "Bytes counted by a four-byte signed length.")
string1 = _arg('string1', TAKEN_FROM_ARGUMENT1, read_string1,
               "Bytes counted by a one-byte length.")
unicodestringnl = _arg('unicodestringnl', UP_TO_NEWLINE,
                       read_unicodestringnl,
                       "Text in raw-unicode-escape form, ending at a "
                       "newline.")
unicodestring4 = _arg('unicodestring4', TAKEN_FROM_ARGUMENT4,
                      read_unicodestring4,
                      "UTF-8 text counted by a four-byte signed length.")
decimalnl_short = _arg('decimalnl_short', UP_TO_NEWLINE,
                       read_decimalnl_short,
                       "A decimal integer without a trailing L, ending at a "
                       "newline.")
decimalnl_long = _arg('decimalnl_long', UP_TO_NEWLINE, read_decimalnl_long,
                      "A decimal integer with a trailing L, ending at a "
                      "newline.")
floatnl = _arg('floatnl', UP_TO_NEWLINE, read_floatnl,
               "A decimal float literal ending at a newline.")
float8 = _arg('float8', 8, read_float8,
              "A float as 8 bytes: IEEE 754 double, big-endian.")
long1 = _arg('long1', TAKEN_FROM_ARGUMENT1, read_long1,
             "An integer as little-endian two's complement bytes, counted "
             "by a one-byte length.")
long4 = _arg('long4', TAKEN_FROM_ARGUMENT4, read_long4,
             "An integer as little-endian two's complement bytes, counted "
             "by a four-byte signed length.")
del _arg


# --- what the stack holds ------------------------------------------------------

class StackObject(object):
    """A kind of object on the unpickling stack: name, the type (or tuple
    of types) such objects have, and doc."""

    __slots__ = ('name', 'obtype', 'doc')

    def __init__(self, name, obtype, doc):
        assert isinstance(name, str)
        self.name = name
        assert isinstance(obtype, type) or isinstance(obtype, tuple)
        if isinstance(obtype, tuple):
            for contained in obtype:
                assert isinstance(contained, type)
        self.obtype = obtype
        assert isinstance(doc, str)
        self.doc = doc

    def __repr__(self):
        return self.name


pyint = StackObject(name='int', obtype=int, doc="An int.")
pylong = StackObject(name='long', obtype=int, doc="An int (a long in "
                     "Python 2).")
pyinteger_or_bool = StackObject(name='int_or_bool', obtype=(int, bool),
                                doc="An int or a bool.")
pybool = StackObject(name='bool', obtype=(bool,), doc="A bool.")
pyfloat = StackObject(name='float', obtype=float, doc="A float.")
pystring = StackObject(name='string', obtype=bytes,
                       doc="An 8-bit string (decoded to str when loaded).")
pybytes = StackObject(name='bytes', obtype=bytes, doc="A bytes object.")
pyunicode = StackObject(name='str', obtype=str, doc="A str.")
pynone = StackObject(name="None", obtype=type(None), doc="None.")
pytuple = StackObject(name="tuple", obtype=tuple, doc="A tuple.")
pylist = StackObject(name="list", obtype=list, doc="A list.")
pydict = StackObject(name="dict", obtype=dict, doc="A dict.")
anyobject = StackObject(name='any', obtype=object, doc="Any object.")
markobject = StackObject(name="mark", obtype=StackObject,
                         doc="The mark MARK pushes: opcodes that take a "
                             "variable number of items take those above "
                             "the topmost mark.")
stackslice = StackObject(name="stackslice", obtype=StackObject,
                         doc="The items above the topmost mark.")


# --- the opcodes -----------------------------------------------------------------

class OpcodeInfo(object):
    """One opcode: name, code (a one-character str), arg (an
    ArgumentDescriptor or None), stack_before and stack_after (lists of
    StackObjects: what it pops and pushes), proto (the first protocol that
    has it) and doc."""

    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after',
                 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto,
                 doc):
        assert isinstance(name, str)
        assert isinstance(code, str) and len(code) == 1
        assert arg is None or isinstance(arg, ArgumentDescriptor)
        assert isinstance(stack_before, list)
        for x in stack_before:
            assert isinstance(x, StackObject)
        assert isinstance(stack_after, list)
        for x in stack_after:
            assert isinstance(x, StackObject)
        assert isinstance(proto, int) and 0 <= proto <= 3
        assert isinstance(doc, str)
        self.name = name
        self.code = code
        self.arg = arg
        self.stack_before = stack_before
        self.stack_after = stack_after
        self.proto = proto
        self.doc = doc


def _op(name, code, arg, before, after, proto, doc):
    return OpcodeInfo(name=name, code=code, arg=arg, stack_before=before,
                      stack_after=after, proto=proto, doc=doc)

_mark_slice = [markobject, stackslice]

opcodes = [
    # integers
    _op('INT', 'I', decimalnl_short, [], [pyinteger_or_bool], 0,
        "Push an int; I00 and I01 push False and True."),
    _op('BININT', 'J', int4, [], [pyint], 1,
        "Push a four-byte signed integer."),
    _op('BININT1', 'K', uint1, [], [pyint], 1,
        "Push a one-byte unsigned integer."),
    _op('BININT2', 'M', uint2, [], [pyint], 1,
        "Push a two-byte unsigned integer."),
    _op('LONG', 'L', decimalnl_long, [], [pylong], 0,
        "Push an int written in decimal."),
    _op('LONG1', '\x8a', long1, [], [pylong], 2,
        "Push an int of up to 255 bytes."),
    _op('LONG4', '\x8b', long4, [], [pylong], 2,
        "Push an int of any size."),

    # strings and bytes
    _op('STRING', 'S', stringnl, [], [pystring], 0,
        "Push a Python 2 string given as a quoted literal."),
    _op('BINSTRING', 'T', string4, [], [pystring], 1,
        "Push a Python 2 string with a four-byte length."),
    _op('SHORT_BINSTRING', 'U', string1, [], [pystring], 1,
        "Push a Python 2 string with a one-byte length."),
    _op('BINBYTES', 'B', string4, [], [pybytes], 3,
        "Push a bytes object with a four-byte length."),
    _op('SHORT_BINBYTES', 'C', string1, [], [pybytes], 3,
        "Push a bytes object with a one-byte length."),

    # constants
    _op('NONE', 'N', None, [], [pynone], 0, "Push None."),
    _op('NEWTRUE', '\x88', None, [], [pybool], 2, "Push True."),
    _op('NEWFALSE', '\x89', None, [], [pybool], 2, "Push False."),

    # str
    _op('UNICODE', 'V', unicodestringnl, [], [pyunicode], 0,
        "Push a str in raw-unicode-escape form."),
    _op('BINUNICODE', 'X', unicodestring4, [], [pyunicode], 1,
        "Push a str in UTF-8 with a four-byte length."),

    # floats
    _op('FLOAT', 'F', floatnl, [], [pyfloat], 0,
        "Push a float written in decimal."),
    _op('BINFLOAT', 'G', float8, [], [pyfloat], 1,
        "Push a float given as 8 binary bytes."),

    # lists
    _op('EMPTY_LIST', ']', None, [], [pylist], 1, "Push a new empty list."),
    _op('APPEND', 'a', None, [pylist, anyobject], [pylist], 0,
        "Append the top item to the list below it."),
    _op('APPENDS', 'e', None, [pylist] + _mark_slice, [pylist], 1,
        "Extend the list below the mark by the items above it."),
    _op('LIST', 'l', None, _mark_slice, [pylist], 0,
        "Replace the mark and the items above it by a list of them."),

    # tuples
    _op('EMPTY_TUPLE', ')', None, [], [pytuple], 1, "Push ()."),
    _op('TUPLE', 't', None, _mark_slice, [pytuple], 0,
        "Replace the mark and the items above it by a tuple of them."),
    _op('TUPLE1', '\x85', None, [anyobject], [pytuple], 2,
        "Replace the top item by a 1-tuple of it."),
    _op('TUPLE2', '\x86', None, [anyobject, anyobject], [pytuple], 2,
        "Replace the top two items by a 2-tuple of them."),
    _op('TUPLE3', '\x87', None, [anyobject, anyobject, anyobject],
        [pytuple], 2, "Replace the top three items by a 3-tuple of them."),

    # dicts
    _op('EMPTY_DICT', '}', None, [], [pydict], 1, "Push a new empty dict."),
    _op('DICT', 'd', None, _mark_slice, [pydict], 0,
        "Replace the mark and the key, value items above it by a dict."),
    _op('SETITEM', 's', None, [pydict, anyobject, anyobject], [pydict], 0,
        "Store the top value under the key below it in the dict below "
        "that."),
    _op('SETITEMS', 'u', None, [pydict] + _mark_slice, [pydict], 1,
        "Store the key, value items above the mark in the dict below it."),

    # the stack
    _op('POP', '0', None, [anyobject], [], 0,
        "Drop the top item (or the topmost mark, if it is on top)."),
    _op('DUP', '2', None, [anyobject], [anyobject, anyobject], 0,
        "Push the top item again."),
    _op('MARK', '(', None, [], [markobject], 0, "Push a mark."),
    _op('POP_MARK', '1', None, _mark_slice, [], 1,
        "Drop the topmost mark and every item above it."),

    # the memo
    _op('GET', 'g', decimalnl_short, [], [anyobject], 0,
        "Push the memo's item at the decimal index given."),
    _op('BINGET', 'h', uint1, [], [anyobject], 1,
        "Push the memo's item at a one-byte index."),
    _op('LONG_BINGET', 'j', int4, [], [anyobject], 1,
        "Push the memo's item at a four-byte index."),
    _op('PUT', 'p', decimalnl_short, [], [], 0,
        "Store the top item in the memo at the decimal index given."),
    _op('BINPUT', 'q', uint1, [], [], 1,
        "Store the top item in the memo at a one-byte index."),
    _op('LONG_BINPUT', 'r', int4, [], [], 1,
        "Store the top item in the memo at a four-byte index."),

    # the extension registry (copyreg)
    _op('EXT1', '\x82', uint1, [], [anyobject], 2,
        "Push the global registered under a one-byte extension code."),
    _op('EXT2', '\x83', uint2, [], [anyobject], 2,
        "Push the global registered under a two-byte extension code."),
    _op('EXT4', '\x84', int4, [], [anyobject], 2,
        "Push the global registered under a four-byte extension code."),

    # objects
    _op('GLOBAL', 'c', stringnl_noescape_pair, [], [anyobject], 0,
        "Push a module's attribute, found by find_class."),
    _op('REDUCE', 'R', None, [anyobject, anyobject], [anyobject], 0,
        "Call the callable below the top with the top tuple as arguments."),
    _op('BUILD', 'b', None, [anyobject, anyobject], [anyobject], 0,
        "Give the object below the top its state: __setstate__ or its "
        "__dict__."),
    _op('INST', 'i', stringnl_noescape_pair, _mark_slice, [anyobject], 0,
        "Make an instance of the named class from the items above the "
        "mark."),
    _op('OBJ', 'o', None, [markobject, anyobject, stackslice], [anyobject],
        1, "Make an instance of the class above the mark from the items "
        "above it."),
    _op('NEWOBJ', '\x81', None, [anyobject, anyobject], [anyobject], 2,
        "Call cls.__new__(cls, *args) for the class and tuple on top."),

    # the machine
    _op('PROTO', '\x80', uint1, [], [], 2,
        "The pickle's protocol (its first opcode from protocol 2 on)."),
    _op('STOP', '.', None, [anyobject], [], 0,
        "End of the pickle: the top item is its value."),

    # persistent ids
    _op('PERSID', 'P', stringnl_noescape, [], [anyobject], 0,
        "Push persistent_load of the id given on the line."),
    _op('BINPERSID', 'Q', None, [anyobject], [anyobject], 1,
        "Replace the top item by persistent_load of it."),
]
del _op, _mark_slice

I = OpcodeInfo

name2i = {}
code2i = {}
for _i, _d in enumerate(opcodes):
    if _d.name in name2i:
        raise ValueError("repeated name %r at indices %d and %d" %
                         (_d.name, name2i[_d.name], _i))
    if _d.code in code2i:
        raise ValueError("repeated code %r at indices %d and %d" %
                         (_d.code, code2i[_d.code], _i))
    name2i[_d.name] = _i
    code2i[_d.code] = _i
del name2i, code2i, _i, _d

code2op = {}
for _d in opcodes:
    code2op[_d.code] = _d
del _d


def _check_against_pickle():
    # Every opcode constant of pickle is described here, under its name.
    left = dict(code2op)
    for name in pickle.__all__:
        if not re.match("[A-Z][A-Z0-9_]+$", name):
            continue
        code = getattr(pickle, name)
        if not isinstance(code, bytes) or len(code) != 1:
            continue
        code = code.decode("latin-1")
        op = left.pop(code, None)
        if op is None:
            raise ValueError("pickle.py appears to have a pickle opcode "
                             "with name %r and code %r, but we don't" %
                             (name, code))
        if op.name != name:
            raise ValueError("for pickle code %r, pickle.py uses name %r "
                             "but we're using name %r" % (code, name,
                                                          op.name))
    if left:
        raise ValueError("we appear to have pickle opcodes that pickle.py "
                         "doesn't have: %s" % ", ".join(
                             sorted(op.name for op in left.values())))

_check_against_pickle()
del _check_against_pickle


# --- reading, optimizing, listing ---------------------------------------------

def genops(pickle):
    """Yield (opcode, arg, pos) for each opcode of pickle (bytes, or a file
    read from its current position), through the first STOP.

    opcode is the OpcodeInfo; arg the decoded argument, or None for opcodes
    without one; pos the offset of the opcode (the file's tell() before
    reading it), or None when the file has no tell()."""
    if isinstance(pickle, bytes_types):
        import io
        pickle = io.BytesIO(pickle)
    getpos = getattr(pickle, "tell", None)
    read = pickle.read
    while True:
        pos = getpos() if getpos is not None else None
        code = read(1)
        opcode = code2op.get(code.decode("latin-1"))
        if opcode is None:
            if code == b"":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" %
                             ("<unknown>" if pos is None else pos, code))
        arg = None if opcode.arg is None else opcode.arg.reader(pickle)
        yield opcode, arg, pos
        if code == b'.':
            break


def optimize(p):
    """The pickle p without its PUT opcodes that no GET refers to."""
    gets = set()
    puts = []           # (memo index, start, end) of each PUT
    pending = None
    for opcode, arg, pos in genops(p):
        if pending is not None:
            puts.append(pending + (pos,))
            pending = None
        if 'PUT' in opcode.name:
            pending = (arg, pos)
        elif 'GET' in opcode.name:
            gets.add(arg)
    pieces = []
    done = 0
    for index, start, end in puts:
        pieces.append(p[done:end if index in gets else start])
        done = end
    pieces.append(p[done:])
    return b''.join(pieces)


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a symbolic listing of pickle (bytes, or a file read from its
    current position through the first STOP) to out (default sys.stdout).

    memo is a dict standing for the unpickler's memo (PUT opcodes store
    into it); passing the same one on lets a listing go across pickles
    written with one memo.  indentlevel is the indentation of each MARK
    level.  A non-zero annotate adds a short description of each opcode,
    starting near that column.

    The listing checks as it goes that the stack and the memo are used
    consistently, and raises ValueError (after the offending line) when
    they are not."""
    stack = []
    if memo is None:
        memo = {}
    maxproto = -1
    markstack = []
    indentchunk = ' ' * indentlevel
    errormsg = None
    annocol = annotate
    for opcode, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=' ', file=out)

        line = "%-4s %s%s" % (repr(opcode.code)[1:-1],
                              indentchunk * len(markstack), opcode.name)
        maxproto = max(maxproto, opcode.proto)
        before = opcode.stack_before
        after = opcode.stack_after
        numtopop = len(before)

        # Opcodes that take a stack slice (and POP of a mark) end the
        # innermost MARK block.
        markmsg = None
        if markobject in before or (opcode.name == "POP" and stack and
                                    stack[-1] is markobject):
            if markstack:
                markpos = markstack.pop()
                if markpos is None:
                    markmsg = "(MARK at unknown opcode offset)"
                else:
                    markmsg = "(MARK at %d)" % markpos
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                if markobject in before:
                    numtopop = before.index(markobject)
                else:
                    numtopop = 0
            else:
                errormsg = markmsg = "no MARK exists on stack"

        if opcode.name in ("PUT", "BINPUT", "LONG_BINPUT"):
            if arg in memo:
                errormsg = "memo key %r already defined" % arg
            elif not stack:
                errormsg = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                errormsg = "can't store markobject in the memo"
            else:
                memo[arg] = stack[-1]
        elif opcode.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                after = [memo[arg]]
            else:
                errormsg = "memo key %r has never been stored into" % arg

        if arg is not None or markmsg:
            line += ' ' * (10 - len(opcode.name))
            if arg is not None:
                line += ' ' + repr(arg)
            if markmsg:
                line += ' ' + markmsg
        if annotate:
            line += ' ' * (annocol - len(line))
            annocol = len(line)
            if annocol > 50:
                annocol = annotate
            line += ' ' + opcode.doc.split('\n', 1)[0]
        print(line, file=out)

        if errormsg:
            raise ValueError(errormsg)

        if len(stack) < numtopop:
            raise ValueError("tries to pop %d items from stack with "
                             "only %d items" % (numtopop, len(stack)))
        if numtopop:
            del stack[-numtopop:]
        if markobject in after:
            markstack.append(pos)
        stack.extend(after)

    print("highest protocol among opcodes =", maxproto, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)
