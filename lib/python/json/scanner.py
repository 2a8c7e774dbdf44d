"""The JSON value scanner: make_scanner(decoder) returns a function
scan_once(string, idx) -> (value, end) that raises StopIteration when no
value starts at idx."""

import re
try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']

NUMBER_RE = re.compile(
    r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
    (re.VERBOSE | re.MULTILINE | re.DOTALL))


def py_make_scanner(context):
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    match_number = NUMBER_RE.match
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            c = string[idx]
        except IndexError:
            raise StopIteration
        if c == '"':
            return parse_string(string, idx + 1, strict)
        if c == '{':
            return parse_object((string, idx + 1), strict, _scan_once,
                                object_hook, object_pairs_hook, memo)
        if c == '[':
            return parse_array((string, idx + 1), _scan_once)
        for word, value in (('null', None), ('true', True), ('false', False)):
            if string.startswith(word, idx):
                return value, idx + len(word)
        m = match_number(string, idx)
        if m is not None:
            integer, frac, exp = m.groups()
            if frac or exp:
                return parse_float(integer + (frac or '') + (exp or '')), m.end()
            return parse_int(integer), m.end()
        for word in ('NaN', 'Infinity', '-Infinity'):
            if string.startswith(word, idx):
                return parse_constant(word), idx + len(word)
        raise StopIteration

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
