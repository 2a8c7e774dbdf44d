"""JSONDecoder: JSON text to Python values."""

import re
import sys

from json import scanner
try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder']

FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


def linecol(doc, pos):
    """The line and column (both from 1) of index pos in doc."""
    if isinstance(doc, bytes):
        newline = b'\n'
    else:
        newline = '\n'
    lineno = doc.count(newline, 0, pos) + 1
    if lineno == 1:
        return lineno, pos + 1
    return lineno, pos - doc.rindex(newline, 0, pos)


def errmsg(msg, doc, pos, end=None):
    """msg with the position (or span) in doc it is about."""
    lineno, colno = linecol(doc, pos)
    if end is None:
        return '{0}: line {1} column {2} (char {3})'.format(
            msg, lineno, colno, pos)
    endlineno, endcolno = linecol(doc, end)
    return '{0}: line {1} column {2} - line {3} column {4} (char {5} - {6})'.format(
        msg, lineno, colno, endlineno, endcolno, pos, end)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

STRINGCHUNK = re.compile(r'(.*?)(["\\\x00-\x1f])', FLAGS)


def py_scanstring(s, end, strict=True, _b=BACKSLASH, _m=STRINGCHUNK.match):
    """Decode the JSON string whose opening quote is at s[end - 1]; return
    it and the index after its closing quote. strict=False lets control
    characters through."""
    parts = []
    begin = end - 1
    while True:
        m = _m(s, end)
        if m is None:
            raise ValueError(errmsg("Unterminated string starting at", s, begin))
        end = m.end()
        text, stop = m.groups()
        if text:
            parts.append(text)
        if stop == '"':
            break
        if stop != '\\':
            if strict:
                raise ValueError(errmsg(
                    "Invalid control character {0!r} at".format(stop), s, end))
            parts.append(stop)
            continue
        if end >= len(s):
            raise ValueError(errmsg("Unterminated string starting at", s, begin))
        esc = s[end]
        if esc != 'u':
            if esc not in _b:
                raise ValueError(errmsg(
                    "Invalid \\escape: {0!r}".format(esc), s, end))
            parts.append(_b[esc])
            end += 1
            continue
        digits = s[end + 1:end + 5]
        after = end + 5
        if len(digits) != 4:
            raise ValueError(errmsg("Invalid \\uXXXX escape", s, end))
        code = int(digits, 16)
        if 0xd800 <= code <= 0xdbff:
            msg = "Invalid \\uXXXX\\uXXXX surrogate pair"
            if s[end + 5:end + 7] != '\\u':
                raise ValueError(errmsg(msg, s, end))
            low = s[end + 7:end + 11]
            if len(low) != 4:
                raise ValueError(errmsg(msg, s, end))
            code = 0x10000 + (((code - 0xd800) << 10) | (int(low, 16) - 0xdc00))
            after += 6
        parts.append(chr(code))
        end = after
    return ''.join(parts), end


scanstring = c_scanstring or py_scanstring

WHITESPACE = re.compile(r'[ \t\n\r]*', FLAGS)
WHITESPACE_STR = ' \t\n\r'


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None, _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    """Decode the object whose '{' is just before s_and_end[1]."""
    s, end = s_and_end
    pairs = []
    if memo is None:
        memo = {}
    end = _w(s, end).end()
    nextchar = s[end:end + 1]
    if nextchar == '}':
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), end + 1
        result = {}
        if object_hook is not None:
            result = object_hook(result)
        return result, end + 1
    if nextchar != '"':
        raise ValueError(errmsg(
            "Expecting property name enclosed in double quotes", s, end))
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        key = memo.setdefault(key, key)
        end = _w(s, end).end()
        if s[end:end + 1] != ':':
            raise ValueError(errmsg("Expecting ':' delimiter", s, end))
        end = _w(s, end + 1).end()
        try:
            value, end = scan_once(s, end)
        except StopIteration:
            raise ValueError(errmsg("Expecting object", s, end))
        pairs.append((key, value))
        end = _w(s, end).end()
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == '}':
            break
        if nextchar != ',':
            raise ValueError(errmsg("Expecting ',' delimiter", s, end - 1))
        end = _w(s, end).end()
        nextchar = s[end:end + 1]
        end += 1
        if nextchar != '"':
            raise ValueError(errmsg(
                "Expecting property name enclosed in double quotes", s, end - 1))
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    result = dict(pairs)
    if object_hook is not None:
        result = object_hook(result)
    return result, end


def JSONArray(s_and_end, scan_once, _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    """Decode the array whose '[' is just before s_and_end[1]."""
    s, end = s_and_end
    values = []
    end = _w(s, end).end()
    if s[end:end + 1] == ']':
        return values, end + 1
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration:
            raise ValueError(errmsg("Expecting object", s, end))
        values.append(value)
        end = _w(s, end).end()
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == ']':
            break
        if nextchar != ',':
            raise ValueError(errmsg("Expecting ',' delimiter", s, end))
        end = _w(s, end).end()
    return values, end


class JSONDecoder(object):
    """A JSON decoder: objects become dicts, arrays lists, strings str,
    numbers int or float, true/false/null True/False/None; NaN, Infinity
    and -Infinity (not standard JSON) become the float values.

    object_hook(dict) and object_pairs_hook(list of pairs) replace the
    decoded objects (the pairs hook wins); parse_float, parse_int and
    parse_constant get the text of numbers and named constants; strict
    (true by default) refuses control characters inside strings.
    """

    def __init__(self, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        """Return the value of the JSON document s (a str), which may be
        surrounded by whitespace and nothing else."""
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise ValueError(errmsg("Extra data", s, end, len(s)))
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at s[idx]; return it and the
        index where it ends (text may follow)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration:
            raise ValueError("No JSON object could be decoded")
        return obj, end
