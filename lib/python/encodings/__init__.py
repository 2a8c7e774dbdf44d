"""The standard codecs, one module per codec, and the search function
that finds them for the codec registry.

A codec module defines getregentry(), returning a codecs.CodecInfo (or,
for old modules, a tuple of 4 to 7 items: encode, decode, stream reader,
stream writer, incremental encoder, incremental decoder, name), and may
define getaliases(), more names for it. search_function normalizes an
encoding name, looks it up in encodings.aliases, imports the module and
caches what it registers; importing this package registers it.
"""

import codecs
from . import aliases

_cache = {}
_unknown = '--unknown--'
_import_tail = ['*']
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Collapse each run of characters other than letters, digits and
    '.' into one '_', dropping it at the start; bytes names are read as
    ASCII."""
    if isinstance(encoding, bytes):
        encoding = str(encoding, "ascii")
    out = []
    pending = False
    for c in encoding:
        if c.isalnum() or c == '.':
            if pending and out:
                out.append('_')
            pending = False
            out.append(c)
        else:
            pending = True
    return ''.join(out)


def _candidates(encoding):
    norm = normalize_encoding(encoding)
    alias = _aliases.get(norm) or _aliases.get(norm.replace('.', '_'))
    if alias is not None:
        return [alias, norm]
    return [norm]


def _check_entry(entry, mod):
    if isinstance(entry, codecs.CodecInfo):
        return entry
    if not 4 <= len(entry) <= 7:
        raise CodecRegistryError('module "%s" (%s) failed to register'
                                 % (mod.__name__, mod.__file__))
    callables = [entry[0], entry[1]] + [x for x in entry[2:6] if x is not None]
    if not all(callable(x) for x in callables):
        raise CodecRegistryError('incompatible codecs in module "%s" (%s)'
                                 % (mod.__name__, mod.__file__))
    if len(entry) < 7 or entry[6] is None:
        entry = tuple(entry[:6]) + (None,) * (6 - len(entry)) + \
            (mod.__name__.split(".", 1)[1],)
    return codecs.CodecInfo(*entry)


def search_function(encoding):
    entry = _cache.get(encoding, _unknown)
    if entry is not _unknown:
        return entry
    mod = None
    modname = None
    for modname in _candidates(encoding):
        if not modname or '.' in modname:
            continue
        try:
            mod = __import__('encodings.' + modname, fromlist=_import_tail, level=0)
        except ImportError:
            continue
        break
    getregentry = getattr(mod, 'getregentry', None)
    if getregentry is None:
        _cache[encoding] = None
        return None
    entry = _check_entry(getregentry(), mod)
    _cache[encoding] = entry
    getaliases = getattr(mod, 'getaliases', None)
    if getaliases is not None:
        for alias in getaliases():
            _aliases.setdefault(alias, modname)
    return entry


codecs.register(search_function)
