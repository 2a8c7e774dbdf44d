"""Paths matching shell-style wildcard patterns.

glob(pattern) lists, iglob(pattern) yields, the existing paths that match
pattern, whose components may use the wildcards of fnmatch (*, ?, [...]).
Names beginning with a dot are matched only by pattern components that
begin with a dot themselves.  Patterns may be str or bytes.
"""

import os
import re
import fnmatch

__all__ = ["glob", "iglob"]


def glob(pathname):
    """The list of the paths matching pathname (in no particular order)."""
    return list(iglob(pathname))


def iglob(pathname):
    """An iterator over the paths matching pathname."""
    if not has_magic(pathname):
        if os.path.lexists(pathname):
            yield pathname
        return
    dirname, basename = os.path.split(pathname)
    if not dirname:
        for name in glob1(None, basename):
            yield name
        return
    # A drive or UNC share splits to itself: do not recurse on it.
    if dirname != pathname and has_magic(dirname):
        parents = iglob(dirname)
    else:
        parents = [dirname]
    match_in = glob1 if has_magic(basename) else glob0
    for parent in parents:
        for name in match_in(parent, basename):
            yield os.path.join(parent, name)


def glob1(dirname, pattern):
    """The names in folder dirname (the current one when empty) matching
    the wildcard pattern."""
    if not dirname:
        dirname = bytes(os.curdir, 'ASCII') if isinstance(pattern, bytes) \
            else os.curdir
    try:
        names = os.listdir(dirname)
    except os.error:
        return []
    if not _ishidden(pattern):
        names = [name for name in names if not _ishidden(name)]
    return fnmatch.filter(names, pattern)


def glob0(dirname, basename):
    """[basename] when it exists in dirname, else []; an empty basename
    (a pattern ending with a separator) stands for dirname itself, which
    must then be a folder."""
    if not basename:
        if os.path.isdir(dirname):
            return [basename]
    elif os.path.lexists(os.path.join(dirname, basename)):
        return [basename]
    return []


magic_check = re.compile('[*?[]')
magic_check_bytes = re.compile(b'[*?[]')


def has_magic(s):
    """Whether s contains a wildcard character."""
    checker = magic_check_bytes if isinstance(s, bytes) else magic_check
    return checker.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])
