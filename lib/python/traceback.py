"""Extracting, formatting and printing stack traces and exceptions.

An extracted entry is a tuple (filename, line number, function name,
source line), the source line stripped of surrounding white space, or
None when the source cannot be found. The formatted forms are the text
the interpreter prints for an uncaught exception.
"""

import linecache
import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb']


def _print(file, text='', end='\n'):
    file.write(text + end)


def _default_limit(limit):
    if limit is None and hasattr(sys, 'tracebacklimit'):
        return sys.tracebacklimit
    return limit


def _source_line(filename, lineno, module_globals):
    # The line as linecache has it (re-read if the file changed), '' when
    # there is none.
    linecache.checkcache(filename)
    return linecache.getline(filename, lineno, module_globals)


def _entry(filename, lineno, name, module_globals):
    line = _source_line(filename, lineno, module_globals)
    return filename, lineno, name, line.strip() if line else None


def _entry_text(filename, lineno, name):
    return '  File "%s", line %d, in %s' % (filename, lineno, name)


def print_list(extracted_list, file=None):
    """Print entries as extract_tb() or extract_stack() give them, in the
    format of a traceback, to file (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
    for filename, lineno, name, line in extracted_list:
        _print(file, _entry_text(filename, lineno, name))
        if line:
            _print(file, '    %s' % line.strip())


def format_list(extracted_list):
    """Return the traceback text of each entry of extracted_list: one
    string per entry, ending in a newline, holding the source line too
    when the entry has one."""
    result = []
    for filename, lineno, name, line in extracted_list:
        text = _entry_text(filename, lineno, name) + '\n'
        if line:
            text += '    %s\n' % line.strip()
        result.append(text)
    return result


def print_tb(tb, limit=None, file=None):
    """Print the entries of traceback tb, the first limit of them when
    limit is given (sys.tracebacklimit when set), to file (sys.stderr by
    default)."""
    if file is None:
        file = sys.stderr
    limit = _default_limit(limit)
    count = 0
    while tb is not None and (limit is None or count < limit):
        frame = tb.tb_frame
        code = frame.f_code
        _print(file, _entry_text(code.co_filename, tb.tb_lineno, code.co_name))
        line = _source_line(code.co_filename, tb.tb_lineno, frame.f_globals)
        if line:
            _print(file, '    ' + line.strip())
        tb = tb.tb_next
        count += 1


def format_tb(tb, limit=None):
    """format_list(extract_tb(tb, limit))."""
    return format_list(extract_tb(tb, limit))


def extract_tb(tb, limit=None):
    """Return the entries of traceback tb, outermost first: at most
    limit of them when limit is given (sys.tracebacklimit when set)."""
    limit = _default_limit(limit)
    entries = []
    while tb is not None and (limit is None or len(entries) < limit):
        frame = tb.tb_frame
        code = frame.f_code
        entries.append(_entry(code.co_filename, tb.tb_lineno, code.co_name,
                              frame.f_globals))
        tb = tb.tb_next
    return entries


_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n")

_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n")


def _chain(exc, tb=None, seen=None):
    # The exceptions exc was raised from (its __cause__) or while
    # handling (its __context__), oldest first, each followed by the
    # sentence that links it to the next, then exc itself: pairs of
    # (exception or sentence, traceback). Each exception appears once.
    if seen is None:
        seen = set()
    seen.add(exc)
    cause = exc.__cause__
    if cause is not None and cause not in seen:
        for pair in _chain(cause, None, seen):
            yield pair
        yield _cause_message, None
    else:
        context = exc.__context__
        if context is not None and context not in seen:
            for pair in _chain(context, None, seen):
                yield pair
            yield _context_message, None
    yield exc, tb or exc.__traceback__


def print_exception(etype, value, tb, limit=None, file=None, chain=True):
    """Print an exception as the interpreter prints an uncaught one: the
    exceptions it was chained from (when chain is true), then
    "Traceback (most recent call last):" and the entries of tb (at most
    limit of them), then the exception's type and message, with the
    place of a SyntaxError marked. The output goes to file (sys.stderr
    by default). etype is not used: the type is value's."""
    if file is None:
        file = sys.stderr
    if chain:
        pairs = _chain(value, tb)
    else:
        pairs = [(value, tb)]
    for value, tb in pairs:
        if isinstance(value, str):
            _print(file, value)
            continue
        if tb:
            _print(file, 'Traceback (most recent call last):')
            print_tb(tb, limit, file)
        for line in format_exception_only(type(value), value):
            _print(file, line, '')


def format_exception(etype, value, tb, limit=None, chain=True):
    """Return as a list of strings, each ending in a newline, what
    print_exception() with the same arguments prints."""
    result = []
    if chain:
        pairs = _chain(value, tb)
    else:
        pairs = [(value, tb)]
    for value, tb in pairs:
        if isinstance(value, str):
            result.append(value + '\n')
            continue
        if tb:
            result.append('Traceback (most recent call last):\n')
            result.extend(format_tb(tb, limit))
        result.extend(format_exception_only(type(value), value))
    return result


def format_exception_only(etype, value):
    """Return the last part of an exception's report as a list of
    strings, each ending in a newline: "Type: message", preceded for a
    SyntaxError by the file, line and source text with a caret under the
    place of the error. The type is named with its module unless that is
    builtins or __main__."""
    if etype is None:
        return [_final_line(etype, value)]
    name = etype.__name__
    module = etype.__module__
    if module not in ("__main__", "builtins"):
        name = module + '.' + name
    if not issubclass(etype, SyntaxError):
        return [_final_line(name, value)]
    lines = ['  File "%s", line %s\n' % (value.filename or "<string>",
                                         str(value.lineno) or '?')]
    text = value.text
    if text is not None:
        lines.append('    %s\n' % text.strip())
        offset = value.offset
        if offset is not None:
            before = text.rstrip('\n')[:offset].lstrip()
            # Tabs and other white space are kept, so the caret lines up.
            pad = ''.join(c if c.isspace() else ' ' for c in before)
            lines.append('   %s^\n' % pad)
    lines.append("%s: %s\n" % (name, value.msg or "<no detail available>"))
    return lines


def _final_line(name, value):
    text = _safe_str(value)
    if value is None or not text:
        return "%s\n" % name
    return "%s: %s\n" % (name, text)


def _safe_str(value):
    try:
        return str(value)
    except:
        return '<unprintable %s object>' % type(value).__name__


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exc_info()) as
    print_exception() does."""
    if file is None:
        file = sys.stderr
    try:
        etype, value, tb = sys.exc_info()
        print_exception(etype, value, tb, limit, file, chain)
    finally:
        etype = value = tb = None


def format_exc(limit=None, chain=True):
    """Return as one string what print_exc() prints."""
    try:
        etype, value, tb = sys.exc_info()
        return ''.join(format_exception(etype, value, tb, limit, chain))
    finally:
        etype = value = tb = None


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_type, sys.last_value,
    sys.last_traceback) as print_exception() does."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    if file is None:
        file = sys.stderr
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def _caller_frame():
    # The frame of the caller of the function that calls this one, found
    # the portable way: through the traceback of an exception.
    try:
        raise ZeroDivisionError
    except ZeroDivisionError:
        return sys.exc_info()[2].tb_frame.f_back.f_back


def print_stack(f=None, limit=None, file=None):
    """Print the stack of frame f (by default the caller's), outermost
    frame first, as a traceback shows it."""
    if f is None:
        f = _caller_frame()
    print_list(extract_stack(f, limit), file)


def format_stack(f=None, limit=None):
    """format_list(extract_stack(f, limit))."""
    if f is None:
        f = _caller_frame()
    return format_list(extract_stack(f, limit))


def extract_stack(f=None, limit=None):
    """Return the entries of the stack of frame f (by default the
    caller's), outermost first; with limit, only the innermost limit
    frames (sys.tracebacklimit when set)."""
    if f is None:
        f = _caller_frame()
    limit = _default_limit(limit)
    entries = []
    while f is not None and (limit is None or len(entries) < limit):
        code = f.f_code
        entries.append(_entry(code.co_filename, f.f_lineno, code.co_name,
                              f.f_globals))
        f = f.f_back
    entries.reverse()
    return entries
