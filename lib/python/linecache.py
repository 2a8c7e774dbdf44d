"""Lines of source files, read once and then kept in a cache.

Tracebacks and warnings show source lines through this module. A file
name that does not name a file as it stands is looked for under each
folder of sys.path (useful for the relative names of modules), and a
module's __loader__ may supply the text with its get_source() method.
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache"]

# filename -> (size, mtime, lines, fullname). mtime is None for text that
# came from a loader, which checkcache() then leaves alone.
cache = {}


def getline(filename, lineno, module_globals=None):
    """Return line lineno (counting from 1) of the file, with its line
    end, or '' when the file or the line cannot be found."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def clearcache():
    """Forget every file read so far."""
    global cache
    cache = {}


def getlines(filename, module_globals=None):
    """Return the lines of the file, reading it unless it is cached."""
    if filename in cache:
        return cache[filename][2]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    """Drop the cached lines of files changed on disk since they were
    read: of filename, or of every file when it is None."""
    if filename is None:
        names = list(cache.keys())
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        size, mtime, lines, fullname = cache[name]
        if mtime is None:
            continue
        try:
            st = os.stat(fullname)
        except os.error:
            del cache[name]
            continue
        if size != st.st_size or mtime != st.st_mtime:
            del cache[name]


def updatecache(filename, module_globals=None):
    """Read the file again, store its lines in the cache and return
    them; an empty list (and no cache entry) when it cannot be read."""
    if filename in cache:
        del cache[filename]
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        lines = _from_loader(filename, module_globals)
        if lines is not None:
            return lines
        # A relative name may be found under a folder of sys.path.
        if os.path.isabs(filename):
            return []
        for folder in sys.path:
            try:
                fullname = os.path.join(folder, filename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
            except os.error:
                continue
            break
        else:
            return []
    try:
        lines = _read_lines(fullname)
    except IOError:
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = st.st_size, st.st_mtime, lines, fullname
    return lines


def _from_loader(filename, module_globals):
    # The lines a module's loader gives (PEP 302's get_source), cached; []
    # when the loader has no source; None when there is no loader to ask.
    if not module_globals or '__loader__' not in module_globals:
        return None
    name = module_globals.get('__name__')
    get_source = getattr(module_globals['__loader__'], 'get_source', None)
    if not (name and get_source):
        return None
    try:
        data = get_source(name)
    except (ImportError, IOError):
        return None
    if data is None:
        return []
    lines = [line + '\n' for line in data.splitlines()]
    cache[filename] = len(data), None, lines, filename
    return lines


def _read_lines(fullname):
    # The file's text in lines, each with its '\n' (a text file's
    # universal newlines), decoded as its BOM or coding declaration says.
    with open(fullname, 'rb') as f:
        data = f.read()
    text = data.decode(_source_encoding(data))
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    last = lines.pop()
    lines = [line + '\n' for line in lines]
    if last:
        lines.append(last)
    return lines


def _source_encoding(data):
    # PEP 263: a UTF-8 BOM, or "coding: name" (or "coding=name") in the
    # first line or, failing that, the second; UTF-8 otherwise. A bad
    # declaration is a SyntaxError, as when the file is compiled.
    bom = data.startswith(b'\xef\xbb\xbf')
    default = 'utf-8'
    if bom:
        data = data[3:]
        default = 'utf-8-sig'
    for _ in range(2):
        if not data:
            break
        end = data.find(b'\n')
        if end < 0:
            line, data = data, b''
        else:
            line, data = data[:end + 1], data[end + 1:]
        encoding = _coding_cookie(line, bom)
        if encoding:
            return encoding
    return default


def _coding_cookie(line, bom):
    try:
        text = line.decode('utf-8')
    except UnicodeDecodeError:
        raise SyntaxError("invalid or missing encoding declaration")
    start = 0
    while True:
        at = text.find('coding', start)
        if at < 0:
            return None
        start = at + 1
        i = at + 6
        if i >= len(text) or text[i] not in ':=':
            continue
        i += 1
        while i < len(text) and text[i].isspace():
            i += 1
        j = i
        while j < len(text) and (text[j].isalnum() or text[j] in '_-.'):
            j += 1
        if j > i:
            break
    encoding = _normal_encoding_name(text[i:j])
    try:
        b''.decode(encoding)
    except LookupError:
        raise SyntaxError("unknown encoding: " + encoding)
    if bom:
        if encoding != 'utf-8':
            raise SyntaxError('encoding problem: utf-8')
        encoding += '-sig'
    return encoding


def _normal_encoding_name(name):
    # The tokenizer's spelling of the common names (it looks at no more
    # than the first 12 characters).
    short = name[:12].lower().replace('_', '-')
    if short == 'utf-8' or short.startswith('utf-8-'):
        return 'utf-8'
    for latin in ('latin-1', 'iso-8859-1', 'iso-latin-1'):
        if short == latin or short.startswith(latin + '-'):
            return 'iso-8859-1'
    return name
