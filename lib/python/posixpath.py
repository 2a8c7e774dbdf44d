"""Path operations for POSIX systems; the os module exports it as os.path.

Every function takes str or bytes paths (not both at once) and answers
in the same type.  Programs should import os and use os.path rather than
this module, to stay portable.
"""

import os
import sys
import stat
import genericpath
from genericpath import *

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath"]

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = ':/bin:/usr/bin'
altsep = None
devnull = '/dev/null'


def _get_sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def normcase(s):
    """Return s unchanged: case matters in POSIX file names."""
    if not isinstance(s, (bytes, str)):
        raise TypeError("normcase() argument must be str or bytes, "
                        "not '{}'".format(s.__class__.__name__))
    return s


def isabs(s):
    """Whether s is an absolute path (begins with a slash)."""
    return s.startswith(_get_sep(s))


def join(a, *p):
    """Join path components, with a '/' between two where needed.  A
    component that is absolute starts the path over; an empty last
    component makes the result end with '/'."""
    slash = _get_sep(a)
    result = a
    try:
        for part in p:
            if part.startswith(slash):
                result = part
            elif result and not result.endswith(slash):
                result += slash + part
            else:
                result += part
    except TypeError:
        if all(isinstance(x, (str, bytes, bytearray)) for x in (a,) + p):
            raise TypeError("Can't mix strings and bytes in path components.")
        raise
    return result


def split(p):
    """Split p into (head, tail): tail is what follows the last '/'
    (empty when p ends with one), head what comes before it, without
    trailing slashes unless it is all slashes."""
    slash = _get_sep(p)
    cut = p.rfind(slash) + 1
    head, tail = p[:cut], p[cut:]
    if head and head.strip(slash):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'/', None, b'.')
    return genericpath._splitext(p, '/', None, '.')
splitext.__doc__ = genericpath._splitext.__doc__


def splitdrive(p):
    """Split p into (drive, rest); POSIX has no drives, so drive is empty."""
    return p[:0], p


def basename(p):
    """What follows the last '/' of p."""
    return p[p.rfind(_get_sep(p)) + 1:]


def dirname(p):
    """What comes before the last '/' of p, as split(p)[0]."""
    return split(p)[0]


def islink(path):
    """Whether path names a symbolic link."""
    try:
        st = os.lstat(path)
    except (os.error, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    """Whether path names an existing file, a broken symbolic link included."""
    try:
        os.lstat(path)
    except os.error:
        return False
    return True


def samefile(f1, f2):
    """Whether two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two file descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def samestat(s1, s2):
    """Whether two stat() results are of the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def ismount(path):
    """Whether path is a mount point: its parent is on another device,
    or is itself (the root)."""
    if islink(path):
        return False
    try:
        here = os.lstat(path)
        above = os.lstat(join(path, b'..' if isinstance(path, bytes) else '..'))
    except os.error:
        return False
    return here.st_dev != above.st_dev or here.st_ino == above.st_ino


def _home_directory(user=None):
    """The home directory of user (a name), or of the current user when
    None; None when there is no such user."""
    try:
        import pwd
    except ImportError:
        pwd = None
    if pwd is not None:
        try:
            if user is None:
                return pwd.getpwuid(os.getuid()).pw_dir
            return pwd.getpwnam(user).pw_dir
        except KeyError:
            return None
    # Without the pwd module, read the password file ourselves.
    try:
        with open('/etc/passwd', 'rb') as f:
            lines = f.read().split(b'\n')
    except IOError:
        return None
    for line in lines:
        fields = line.split(b':')
        if len(fields) < 7:
            continue
        if user is None:
            try:
                match = int(fields[2]) == os.getuid()
            except ValueError:
                match = False
        else:
            match = fields[0] == os.fsencode(user)
        if match:
            return os.fsdecode(fields[5])
    return None


def expanduser(path):
    """Replace a leading ~ or ~user by that user's home directory ($HOME
    for ~ when set); leave path unchanged when it has none, or the user
    is unknown."""
    if isinstance(path, bytes):
        tilde, slash = b'~', b'/'
    else:
        tilde, slash = '~', '/'
    if not path.startswith(tilde):
        return path
    end = path.find(slash, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            home = _home_directory()
    else:
        user = path[1:end]
        if isinstance(user, bytes):
            user = str(user, 'ASCII')
        home = _home_directory(user)
        if home is None:
            return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(slash)
    return (home + path[end:]) or slash


def _find_var(path, start, dollar, lbrace, rbrace):
    """Find the next $name or ${name} in path from start: (begin, end,
    name) or None."""
    n = len(path)
    i = path.find(dollar, start)
    while 0 <= i:
        j = i + 1
        if path[j:j + 1] == lbrace:
            close = path.find(rbrace, j + 1)
            if close >= 0:
                return i, close + 1, path[j + 1:close]
        else:
            k = j
            while k < n and _is_word(path[k:k + 1]):
                k += 1
            if k > j:
                return i, k, path[j:k]
        i = path.find(dollar, i + 1)
    return None


def _is_word(c):
    if isinstance(c, bytes):
        c = chr(c[0])
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z') or ('0' <= c <= '9')


def expandvars(path):
    """Replace each $name and ${name} of path by the environment
    variable's value; those not set are left as they are."""
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        marks = b'$', b'{', b'}'
    else:
        if '$' not in path:
            return path
        marks = '$', '{', '}'
    i = 0
    while True:
        found = _find_var(path, i, *marks)
        if found is None:
            break
        begin, end, name = found
        if isinstance(name, bytes):
            name = str(name, 'ASCII')
        if name in os.environ:
            value = os.environ[name]
            if isinstance(path, bytes):
                value = value.encode('ASCII')
            rest = path[end:]
            path = path[:begin] + value
            i = len(path)
            path += rest
        else:
            i = end
    return path


def normpath(path):
    """Remove redundant separators and '.' and 'x/..' components from
    path, without looking at the file system (so a symbolic link before
    '..' may change the meaning)."""
    if isinstance(path, bytes):
        slash, empty, dot, dotdot = b'/', b'', b'.', b'..'
    else:
        slash, empty, dot, dotdot = '/', '', '.', '..'
    if path == empty:
        return dot
    # POSIX keeps two leading slashes (their meaning is the system's),
    # but three or more are one.
    leading = 0
    if path.startswith(slash):
        leading = 1
        if path.startswith(slash * 2) and not path.startswith(slash * 3):
            leading = 2
    kept = []
    for part in path.split(slash):
        if part == empty or part == dot:
            continue
        if part == dotdot:
            if kept and kept[-1] != dotdot:
                kept.pop()
                continue
            if leading:
                continue  # '..' of the root is the root
        kept.append(part)
    result = slash.join(kept)
    if leading:
        result = slash * leading + result
    return result or dot


def abspath(path):
    """The absolute, normalised form of path."""
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename):
    """The canonical form of filename: absolute, with every symbolic link
    it goes through resolved (a loop of links is left unresolved)."""
    path, _ = _resolve(filename[:0], filename, {})
    return abspath(path)


def _resolve(path, rest, seen):
    """Append the components of rest to the resolved path, resolving the
    links among them.  seen maps each link met to what it resolved to,
    or None while it is being resolved.  Returns (path, complete), where
    complete is False when a loop stopped the resolution."""
    if isinstance(path, bytes):
        slash, dot, dotdot = b'/', b'.', b'..'
    else:
        slash, dot, dotdot = '/', '.', '..'
    if isabs(rest):
        rest = rest[1:]
        path = slash
    while rest:
        name, _, rest = rest.partition(slash)
        if not name or name == dot:
            continue
        if name == dotdot:
            if not path:
                path = dotdot
            else:
                path, last = split(path)
                if last == dotdot:
                    path = join(path, dotdot, dotdot)
            continue
        candidate = join(path, name)
        if not islink(candidate):
            path = candidate
            continue
        if candidate in seen:
            target = seen[candidate]
            if target is None:
                # Still being resolved: a loop.
                return join(candidate, rest), False
            path = target
            continue
        seen[candidate] = None
        path, complete = _resolve(path, os.readlink(candidate), seen)
        if not complete:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


supports_unicode_filenames = (sys.platform == 'darwin')


def relpath(path, start=None):
    """path relative to start (the current directory when None)."""
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        here, slash, up = b'.', b'/', b'..'
    else:
        here, slash, up = '.', '/', '..'
    if start is None:
        start = here
    from_parts = [x for x in abspath(start).split(slash) if x]
    to_parts = [x for x in abspath(path).split(slash) if x]
    common = len(commonprefix([from_parts, to_parts]))
    parts = [up] * (len(from_parts) - common) + to_parts[common:]
    if not parts:
        return here
    return join(*parts)
