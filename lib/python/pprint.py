"""Pretty-printing of Python data structures.

Taipan's pprint, behaving as Python 3.2's: containers too wide for the
line are split one element per line, dictionaries and sets are sorted
(falling back to type name and id for unorderable elements), and
recursive structures are shown as <Recursion on TYPE with id=N>.

pprint(), pformat()   print or return the pretty form
saferepr()            repr() that survives recursive structures
isreadable()          whether saferepr's text could be eval()ed back
isrecursive()         whether the object contains itself
"""

import sys as _sys
from collections import OrderedDict as _OrderedDict

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter"]


def pprint(object, stream=None, indent=1, width=80, depth=None):
    """Pretty-print object to stream (sys.stdout by default)."""
    PrettyPrinter(stream=stream, indent=indent, width=width,
                  depth=depth).pprint(object)


def pformat(object, indent=1, width=80, depth=None):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth).pformat(object)


def saferepr(object):
    """repr(object), safe for recursive structures."""
    return _safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Whether saferepr(object) can be read back by eval()."""
    return _safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains a reference to itself."""
    return _safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """Sort key ordering anything: natural order when the objects compare,
    else by (type name, id)."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            less = self.obj.__lt__(other.obj)
        except TypeError:
            less = NotImplemented
        if less is NotImplemented:
            less = ((str(type(self.obj)), id(self.obj)) <
                    (str(type(other.obj)), id(other.obj)))
        return less


def _safe_tuple(pair):
    return _safe_key(pair[0]), _safe_key(pair[1])


class _Collector:
    # A minimal text stream for pformat.
    def __init__(self):
        self.parts = []
        self.write = self.parts.append

    def getvalue(self):
        return ''.join(self.parts)


class PrettyPrinter:
    """Pretty printer with its settings.

    indent  spaces added per nesting level
    width   the width the output tries to stay within
    depth   levels shown before nested containers become '...'
    stream  where pprint() writes (sys.stdout when the printer is made)
    """

    def __init__(self, indent=1, width=80, depth=None, stream=None):
        indent = int(indent)
        width = int(width)
        assert indent >= 0, "indent must be >= 0"
        assert depth is None or depth > 0, "depth must be > 0"
        assert width, "width must be != 0"
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout

    def pprint(self, object):
        self._format(object, self._stream, 0, 0, {}, 0)
        self._stream.write("\n")

    def pformat(self, object):
        out = _Collector()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def _format(self, object, stream, indent, allowance, context, level):
        level += 1
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level - 1)
        cls = type(object)
        write = stream.write
        if self._depth and level > self._depth:
            write(text)
            return
        if len(text) <= self._width - 1 - indent - allowance:
            write(text)
            return
        step = self._indent_per_level
        own_repr = getattr(cls, "__repr__", None)
        if issubclass(cls, dict):
            write('{')
            if step > 1:
                write(' ' * (step - 1))
            if object:
                context[key] = 1
                inner = indent + step
                if issubclass(cls, _OrderedDict):
                    items = list(object.items())
                else:
                    items = sorted(object.items(), key=_safe_tuple)
                first = True
                for k, v in items:
                    krepr = self._repr(k, context, level)
                    if first:
                        write(krepr + ': ')
                        first = False
                    else:
                        write(',\n%s%s: ' % (' ' * inner, krepr))
                    self._format(v, stream, inner + len(krepr) + 2,
                                 allowance + 1, context, level)
                del context[key]
            write('}')
            return
        if issubclass(cls, list) and own_repr is list.__repr__:
            opener, closer = '[', ']'
            elements = object
        elif issubclass(cls, tuple) and own_repr is tuple.__repr__:
            opener = '('
            closer = ',)' if len(object) == 1 else ')'
            elements = object
        elif issubclass(cls, set) and own_repr is set.__repr__:
            if not object:
                write('set()')
                return
            opener, closer = '{', '}'
            elements = sorted(object, key=_safe_key)
        elif issubclass(cls, frozenset) and own_repr is frozenset.__repr__:
            if not object:
                write('frozenset()')
                return
            opener, closer = 'frozenset({', '})'
            elements = sorted(object, key=_safe_key)
            indent += 10
        else:
            write(text)
            return
        write(opener)
        if step > 1:
            write(' ' * (step - 1))
        if elements:
            context[key] = 1
            inner = indent + step
            first = True
            for item in elements:
                if first:
                    first = False
                else:
                    write(',\n' + ' ' * inner)
                self._format(item, stream, inner, allowance + 1, context, level)
            del context[key]
        write(closer)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(),
                                                self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def format(self, object, context, maxlevels, level):
        """(text, readable, recursive) for object; override to customise."""
        return _safe_repr(object, context, maxlevels, level)


def _str_repr(s):
    # With the locale module loaded, 3.2 builds the quoted form itself,
    # keeping letters as they are and escaping the rest as repr() would.
    if "'" in s and '"' not in s:
        quote, escaped = '"', {'"': '\\"'}
    else:
        quote, escaped = "'", {"'": "\\'"}
    out = []
    for ch in s:
        if ch.isalpha():
            out.append(ch)
        else:
            out.append(escaped.get(ch, repr(ch)[1:-1]))
    return quote + ''.join(out) + quote


def _safe_repr(object, context, maxlevels, level):
    cls = type(object)
    if cls is str:
        if 'locale' not in _sys.modules:
            return repr(object), True, False
        return _str_repr(object), True, False
    own_repr = getattr(cls, "__repr__", None)
    if issubclass(cls, dict) and own_repr is dict.__repr__:
        if not object:
            return "{}", True, False
        key = id(object)
        if maxlevels and level >= maxlevels:
            return "{...}", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for k, v in sorted(object.items(), key=_safe_tuple):
            ktext, kread, krec = _safe_repr(k, context, maxlevels, level + 1)
            vtext, vread, vrec = _safe_repr(v, context, maxlevels, level + 1)
            parts.append("%s: %s" % (ktext, vtext))
            readable = readable and kread and vread
            if krec or vrec:
                recursive = True
        del context[key]
        return "{%s}" % ", ".join(parts), readable, recursive
    is_list = issubclass(cls, list) and own_repr is list.__repr__
    if is_list or (issubclass(cls, tuple) and own_repr is tuple.__repr__):
        if is_list:
            if not object:
                return "[]", True, False
            shape = "[%s]"
        elif len(object) == 1:
            shape = "(%s,)"
        else:
            if not object:
                return "()", True, False
            shape = "(%s)"
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for item in object:
            text, iread, irec = _safe_repr(item, context, maxlevels, level + 1)
            parts.append(text)
            if not iread:
                readable = False
            if irec:
                recursive = True
        del context[key]
        return shape % ", ".join(parts), readable, recursive
    text = repr(object)
    return text, bool(text and not text.startswith('<')), False


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))
