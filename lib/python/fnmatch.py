"""Shell-style wildcard matching of file names.

Patterns: *  any run of characters, ?  one character, [seq]  one character
in seq, [!seq]  one character not in seq.  fnmatch() folds case as the
operating system does (os.path.normcase); fnmatchcase() never does.
"""

import os
import posixpath
import re
import functools

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches pat, after os.path.normcase on both."""
    return fnmatchcase(os.path.normcase(name), os.path.normcase(pat))


@functools.lru_cache(maxsize=250)
def _compile_pattern(pat, is_bytes=False):
    if is_bytes:
        regex = translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """The elements of names that match pat."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat, isinstance(pat, bytes))
    if os.path is posixpath:
        # normcase does nothing on POSIX: skip calling it per name.
        return [n for n in names if match(n)]
    return [n for n in names if match(os.path.normcase(n))]


def fnmatchcase(name, pat):
    """Whether name matches pat, with case significant."""
    match = _compile_pattern(pat, isinstance(pat, bytes))
    return match(name) is not None


def translate(pat):
    """The regular expression (a str) equivalent to the shell pattern pat."""
    out = []
    pos, end = 0, len(pat)
    while pos < end:
        ch = pat[pos]
        pos += 1
        if ch == '*':
            out.append('.*')
        elif ch == '?':
            out.append('.')
        elif ch == '[':
            # Find the closing bracket; a ']' right after '[' or '[!' is
            # a member of the set, not its end.
            close = pos
            if close < end and pat[close] == '!':
                close += 1
            if close < end and pat[close] == ']':
                close += 1
            while close < end and pat[close] != ']':
                close += 1
            if close >= end:
                out.append('\\[')
                continue
            members = pat[pos:close].replace('\\', '\\\\')
            pos = close + 1
            if members[0] == '!':
                members = '^' + members[1:]
            elif members[0] == '^':
                members = '\\' + members
            out.append('[' + members + ']')
        else:
            out.append(re.escape(ch))
    return ''.join(out) + '\\Z(?ms)'
