# The stat and errno modules.
import stat, errno, os

assert (stat.ST_MODE, stat.ST_INO, stat.ST_DEV, stat.ST_NLINK, stat.ST_UID, stat.ST_GID,
        stat.ST_SIZE, stat.ST_ATIME, stat.ST_MTIME, stat.ST_CTIME) == tuple(range(10))
assert (stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFREG, stat.S_IFIFO, stat.S_IFLNK, stat.S_IFSOCK) == \
    (0o40000, 0o20000, 0o60000, 0o100000, 0o10000, 0o120000, 0o140000)
assert (stat.S_ISUID, stat.S_ISGID, stat.S_ENFMT, stat.S_ISVTX) == (0o4000, 0o2000, 0o2000, 0o1000)
assert (stat.S_IREAD, stat.S_IWRITE, stat.S_IEXEC) == (0o400, 0o200, 0o100)
assert (stat.S_IRWXU, stat.S_IRUSR, stat.S_IWUSR, stat.S_IXUSR) == (0o700, 0o400, 0o200, 0o100)
assert (stat.S_IRWXG, stat.S_IRGRP, stat.S_IWGRP, stat.S_IXGRP) == (0o70, 0o40, 0o20, 0o10)
assert (stat.S_IRWXO, stat.S_IROTH, stat.S_IWOTH, stat.S_IXOTH) == (7, 4, 2, 1)
assert (stat.UF_NODUMP, stat.UF_IMMUTABLE, stat.UF_APPEND, stat.UF_OPAQUE, stat.UF_NOUNLINK,
        stat.UF_COMPRESSED, stat.UF_HIDDEN) == (1, 2, 4, 8, 16, 32, 0x8000)
assert (stat.SF_ARCHIVED, stat.SF_IMMUTABLE, stat.SF_APPEND, stat.SF_NOUNLINK, stat.SF_SNAPSHOT) == \
    (0x10000, 0x20000, 0x40000, 0x100000, 0x200000)
assert stat.S_IMODE(0o104755) == 0o4755 and stat.S_IFMT(0o100644) == 0o100000
kinds = {stat.S_ISDIR: 0o40755, stat.S_ISCHR: 0o20600, stat.S_ISBLK: 0o60600, stat.S_ISREG: 0o100644,
         stat.S_ISFIFO: 0o10644, stat.S_ISLNK: 0o120777, stat.S_ISSOCK: 0o140755}
for test, mode in kinds.items():
    for other, m in kinds.items():
        assert test(m) == (other is test), (test, m)
assert stat.S_ISDIR(os.stat('/').st_mode) and stat.S_ISCHR(os.stat('/dev/null').st_mode)

assert errno.ENOENT == 2 and errno.EINTR == 4 and errno.EAGAIN == errno.EWOULDBLOCK == 11
assert errno.EDEADLK == errno.EDEADLOCK == 35 and errno.ENOTSUP == errno.EOPNOTSUPP == 95
assert errno.EEXIST == 17 and errno.ENOTDIR == 20 and errno.EISDIR == 21 and errno.EINVAL == 22
assert errno.EPIPE == 32 and errno.ERANGE == 34 and errno.ENOTEMPTY == 39 and errno.ETIMEDOUT == 110
assert errno.errorcode[2] == 'ENOENT' and errno.errorcode[11] == 'EAGAIN'
assert errno.errorcode[35] == 'EDEADLOCK' and errno.errorcode[95] == 'ENOTSUP'
names = [n for n in dir(errno) if n.startswith('E')]
assert len(names) == 133 and len(errno.errorcode) == 130
for n in names:
    v = getattr(errno, n)
    assert type(v) is int and getattr(errno, errno.errorcode[v]) == v
    assert os.strerror(v) and not os.strerror(v).startswith('Unknown')
assert os.strerror(errno.EACCES) == 'Permission denied'
assert os.strerror(errno.EAGAIN) == 'Resource temporarily unavailable'
assert errno.__doc__.startswith('This module makes available standard errno system symbols.')
