"""Path operations that every os.path module shares (posixpath and the
others import them from here)."""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile']


def exists(path):
    """Whether path names an existing file (False for a broken symbolic link)."""
    try:
        os.stat(path)
    except os.error:
        return False
    return True


def isfile(path):
    """Whether path names a regular file (following symbolic links)."""
    try:
        st = os.stat(path)
    except os.error:
        return False
    return stat.S_ISREG(st.st_mode)


def isdir(s):
    """Whether s names a directory (following symbolic links)."""
    try:
        st = os.stat(s)
    except os.error:
        return False
    return stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """The size of a file, as os.stat() gives it."""
    return os.stat(filename).st_size


def getmtime(filename):
    """When a file was last modified, as os.stat() gives it."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """When a file was last accessed, as os.stat() gives it."""
    return os.stat(filename).st_atime


def getctime(filename):
    """When a file's metadata last changed, as os.stat() gives it."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    "The longest common leading part of the items of a list (compared item by item, not by path component)."
    if not m:
        return ''
    # The smallest and the largest items differ first where any two do.
    lo = min(m)
    hi = max(m)
    n = 0
    for n, item in enumerate(lo):
        if item != hi[n]:
            return lo[:n]
    return lo


def _splitext(p, sep, altsep, extsep):
    """Split p into (root, ext), ext being the last dot of the last
    component and what follows it; dots that begin the component do not
    count, so '.profile' has no extension."""
    last_sep = p.rfind(sep)
    if altsep:
        last_sep = max(last_sep, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > last_sep:
        start = last_sep + 1
        for k in range(start, dot):
            if p[k:k + 1] != extsep:
                return p[:dot], p[dot:]
    return p, p[:0]
