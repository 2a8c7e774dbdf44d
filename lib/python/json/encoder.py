"""JSONEncoder: Python values to JSON text."""

import re

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')
ESCAPE_DCT = {
    '\\': '\\\\',
    '"': '\\"',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
}
for _i in range(0x20):
    ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i

INFINITY = float('inf')
FLOAT_REPR = repr


def encode_basestring(s):
    """s as a JSON string, non-ASCII characters kept."""
    return '"' + ESCAPE.sub(lambda m: ESCAPE_DCT[m.group(0)], s) + '"'


def _ascii_escape(m):
    c = m.group(0)
    if c in ESCAPE_DCT:
        return ESCAPE_DCT[c]
    n = ord(c)
    if n < 0x10000:
        return '\\u{0:04x}'.format(n)
    n -= 0x10000
    return '\\u{0:04x}\\u{1:04x}'.format(0xd800 | ((n >> 10) & 0x3ff),
                                         0xdc00 | (n & 0x3ff))


def py_encode_basestring_ascii(s):
    """s as a JSON string of ASCII characters only."""
    return '"' + ESCAPE_ASCII.sub(_ascii_escape, s) + '"'


encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """A JSON encoder: dicts become objects, lists and tuples arrays, str
    strings, int and float numbers, True/False/None true/false/null.
    Override default() to give other objects a serializable form.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        """skipkeys: leave out dict keys that are not str, int, float,
        bool or None rather than raise TypeError. ensure_ascii: escape
        non-ASCII characters. check_circular: raise ValueError for a
        list or dict that contains itself. allow_nan: write NaN and the
        infinities (otherwise ValueError). sort_keys: order dict keys.
        indent: pretty-print, nesting by that many spaces (or that str).
        separators: (item_separator, key_separator). default: a function
        that returns a serializable value for an object that is not.
        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable value for o, or raise TypeError (what
        this base version does)."""
        raise TypeError(repr(o) + " is not JSON serializable")

    def encode(self, o):
        """Return the JSON str of o."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Return the JSON text of o in pieces."""
        if self.check_circular:
            markers = {}
        else:
            markers = None
        if self.ensure_ascii:
            _encoder = encode_basestring_ascii
        else:
            _encoder = encode_basestring
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        if c_make_encoder is not None:
            if _encoder is encode_basestring and c_encode_basestring is not None:
                _encoder = c_encode_basestring
            _iterencode = c_make_encoder(
                markers, self.default, _encoder, indent,
                self.key_separator, self.item_separator, self.sort_keys,
                self.skipkeys, self.allow_nan)
            return _iterencode(o, 0)
        return _make_iterencode(
            markers, self.default, _encoder, indent, self.allow_nan,
            self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys)(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _allow_nan,
        _key_separator, _item_separator, _sort_keys, _skipkeys):
    """The encoder in Python, used when _json is missing."""

    def floatstr(o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return FLOAT_REPR(o)
        if not _allow_nan:
            raise ValueError(
                "Out of range float values are not JSON compliant: " + repr(o))
        return text

    def mark(o):
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o

    def unmark(o):
        if markers is not None:
            del markers[id(o)]

    def scalar(o):
        if isinstance(o, str):
            return _encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return str(o)
        if isinstance(o, float):
            return floatstr(o)
        return None

    def newline(level):
        return '\n' + _indent * level

    def encode_list(lst, level):
        if not lst:
            yield '[]'
            return
        mark(lst)
        yield '['
        separator = _item_separator
        if _indent is not None:
            level += 1
            separator += newline(level)
            yield newline(level)
        for i, value in enumerate(lst):
            if i:
                yield separator
            yield from_value(value, level)
        if _indent is not None:
            yield newline(level - 1)
        yield ']'
        unmark(lst)

    def encode_dict(dct, level):
        if not dct:
            yield '{}'
            return
        mark(dct)
        yield '{'
        separator = _item_separator
        if _indent is not None:
            level += 1
            separator += newline(level)
            yield newline(level)
        if _sort_keys:
            items = sorted(dct.items(), key=lambda kv: kv[0])
        else:
            items = dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = str(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError("key " + repr(key) + " is not a string")
            if not first:
                yield separator
            first = False
            yield _encoder(key)
            yield _key_separator
            yield from_value(value, level)
        if _indent is not None:
            yield newline(level - 1)
        yield '}'
        unmark(dct)

    def from_value(o, level):
        return ''.join(encode(o, level))

    def encode(o, level):
        text = scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            for chunk in encode_list(o, level):
                yield chunk
        elif isinstance(o, dict):
            for chunk in encode_dict(o, level):
                yield chunk
        else:
            mark(o)
            for chunk in encode(_default(o), level):
                yield chunk
            unmark(o)

    return encode
