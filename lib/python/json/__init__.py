"""JSON (JavaScript Object Notation) encoder and decoder.

dumps() and dump() write Python values as JSON text; loads() and load()
read JSON text back. JSONEncoder and JSONDecoder carry the options and
can be subclassed (default() for objects JSON has no form for,
object_hook and friends for decoding).
"""

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONEncoder',
]


from .decoder import JSONDecoder
from .encoder import JSONEncoder

_default_encoder = JSONEncoder(
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
)


def _plain(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
           separators, default, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not kw)


def dump(obj, fp, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, **kw):
    """Write obj to the file-like fp (anything with a write() method) as
    JSON text. The options are those of dumps()."""
    if _plain(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
              indent, separators, default, kw):
        encoder = _default_encoder
    else:
        if cls is None:
            cls = JSONEncoder
        encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                      check_circular=check_circular, allow_nan=allow_nan,
                      indent=indent, separators=separators,
                      default=default, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, skipkeys=False, ensure_ascii=True, check_circular=True,
        allow_nan=True, cls=None, indent=None, separators=None,
        default=None, **kw):
    """Return obj as a JSON str.

    skipkeys leaves out dict keys that are not str, int, float, bool or
    None (instead of raising TypeError); ensure_ascii escapes every
    non-ASCII character; check_circular refuses self-containing lists
    and dicts; allow_nan writes NaN and infinities (not standard JSON);
    indent (a number of spaces or a str) pretty-prints; separators is an
    (item_separator, key_separator) pair; default(obj) returns something
    serializable for an object that is not; sort_keys=True orders dict
    keys; cls is the JSONEncoder subclass to use.
    """
    if _plain(skipkeys, ensure_ascii, check_circular, allow_nan, cls,
              indent, separators, default, kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, **kw).encode(obj)


_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)


def load(fp, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Read a JSON document from the file-like fp (anything with a read()
    method) and return it as Python values. The options are those of
    loads()."""
    return loads(fp.read(),
        cls=cls, object_hook=object_hook,
        parse_float=parse_float, parse_int=parse_int,
        parse_constant=parse_constant, object_pairs_hook=object_pairs_hook,
        **kw)


def loads(s, encoding=None, cls=None, object_hook=None, parse_float=None,
        parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Return the Python value of the JSON document in the str s.

    object_hook(dict) replaces each decoded object; object_pairs_hook
    gets the list of (key, value) pairs instead, in document order (it
    wins over object_hook). parse_float and parse_int get the text of each
    number (float and int by default); parse_constant gets '-Infinity',
    'Infinity' or 'NaN'. cls is the JSONDecoder subclass to use. encoding
    is accepted and ignored.
    """
    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
