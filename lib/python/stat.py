"""Constants and functions for reading the st_mode of os.stat() results.

Use it as, for example:  if stat.S_ISDIR(os.stat(path).st_mode): ...
"""

# Positions of the fields in the tuple that os.stat() returns.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# The mode's two parts: the permission bits, and the kind of file.

def S_IMODE(mode):
    """The part of mode that chmod() can set."""
    return mode & 0o7777

def S_IFMT(mode):
    """The part of mode that says what kind of file it is."""
    return mode & 0o170000

# The kinds of file.
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000

def S_ISDIR(mode):
    """Whether mode is a directory's."""
    return S_IFMT(mode) == S_IFDIR

def S_ISCHR(mode):
    """Whether mode is a character device's."""
    return S_IFMT(mode) == S_IFCHR

def S_ISBLK(mode):
    """Whether mode is a block device's."""
    return S_IFMT(mode) == S_IFBLK

def S_ISREG(mode):
    """Whether mode is a regular file's."""
    return S_IFMT(mode) == S_IFREG

def S_ISFIFO(mode):
    """Whether mode is a FIFO's (named pipe)."""
    return S_IFMT(mode) == S_IFIFO

def S_ISLNK(mode):
    """Whether mode is a symbolic link's."""
    return S_IFMT(mode) == S_IFLNK

def S_ISSOCK(mode):
    """Whether mode is a socket's."""
    return S_IFMT(mode) == S_IFSOCK

# Permission bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o0400
S_IWRITE = 0o0200
S_IEXEC = 0o0100
S_IRWXU = 0o0700
S_IRUSR = 0o0400
S_IWUSR = 0o0200
S_IXUSR = 0o0100
S_IRWXG = 0o0070
S_IRGRP = 0o0040
S_IWGRP = 0o0020
S_IXGRP = 0o0010
S_IRWXO = 0o0007
S_IROTH = 0o0004
S_IWOTH = 0o0002
S_IXOTH = 0o0001

# The st_flags bits of the BSDs (chflags()).
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000
