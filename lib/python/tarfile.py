"""Reading and writing tar archives.

TarFile.open(name, mode) (also this module's open()) opens an archive:
plain, or gzip or bzip2 compressed (through the gzip and bz2 modules, or
zlib directly for streams), as a seekable file or as a stream ('r|gz',
'w|'...).  The ustar, GNU and pax formats are read and written; TarInfo
describes a member.  is_tarfile() tells whether a file is an archive
this module can read.
"""

version = "0.9.0"

import sys
import os
import shutil
import stat
import errno
import time
import struct
import copy
import re

try:
    import grp
    import pwd
except ImportError:
    grp = pwd = None

# What os.symlink raises where links cannot be made.
symlink_exception = (AttributeError, NotImplementedError)
try:
    symlink_exception += (WindowsError,)
except NameError:
    pass

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError"]

from builtins import open as _open     # open is TarFile.open here

# --- the format's constants ----------------------------------------------------

NUL = b"\0"
BLOCKSIZE = 512                 # headers and data come in blocks
RECORDSIZE = BLOCKSIZE * 20     # archives are padded to whole records
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

# Member types.
REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

# Formats.
USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = GNU_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE,
                   SYMTYPE, DIRTYPE, FIFOTYPE,
                   CONTTYPE, CHRTYPE, BLKTYPE,
                   GNUTYPE_LONGNAME, GNUTYPE_LONGLINK,
                   GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

# The pax keywords that replace header fields, and how values convert.
PAX_FIELDS = ("path", "linkpath", "size", "mtime",
              "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {
    "atime": float,
    "ctime": float,
    "mtime": float,
    "uid": int,
    "gid": int,
    "size": int,
}

# Mode bits, as tar defines them (they are Unix's).
S_IFLNK = 0o120000
S_IFREG = 0o100000
S_IFBLK = 0o060000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFIFO = 0o010000

TSUID = 0o4000
TSGID = 0o2000
TSVTX = 0o1000

TUREAD = 0o400
TUWRITE = 0o200
TUEXEC = 0o100
TGREAD = 0o040
TGWRITE = 0o020
TGEXEC = 0o010
TOREAD = 0o004
TOWRITE = 0o002
TOEXEC = 0o001

if os.name in ("nt", "ce"):
    ENCODING = "utf-8"
else:
    ENCODING = sys.getfilesystemencoding()


# --- header fields -------------------------------------------------------------

def stn(s, length, encoding, errors):
    """s encoded into a NUL-padded field of length bytes."""
    s = s.encode(encoding, errors)
    return s[:length] + (length - len(s)) * NUL


def nts(s, encoding, errors):
    """The text of a NUL-terminated field."""
    end = s.find(b"\0")
    if end != -1:
        s = s[:end]
    return s.decode(encoding, errors)


def nti(s):
    """The number in a numeric field: octal text, or GNU's base-256 form
    (first byte 0o200, or 0o377 for negative numbers)."""
    if s[0] in (0o200, 0o377):
        n = 0
        for byte in s[1:]:
            n = (n << 8) + byte
        if s[0] == 0o377:
            n = -(256 ** (len(s) - 1) - n)
        return n
    try:
        return int(nts(s, "ascii", "strict") or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """n as a numeric field of digits bytes: octal when it fits, else
    base-256 (GNU format only)."""
    if 0 <= n < 8 ** (digits - 1):
        return bytes("%0*o" % (digits - 1, n), "ascii") + NUL
    if format == GNU_FORMAT and \
            -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        if n >= 0:
            first = 0o200
        else:
            first = 0o377
            n += 256 ** digits
        body = bytearray()
        for _ in range(digits - 1):
            body.insert(0, n & 0o377)
            n >>= 8
        return bytearray([first]) + body
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """The header checksum of buf, computed with unsigned and with signed
    bytes (some old tars used the latter), the checksum field itself
    counting as spaces."""
    unsigned = 256 + sum(struct.unpack("148B", buf[:148]) +
                         struct.unpack("356B", buf[156:512]))
    signed = 256 + sum(struct.unpack("148b", buf[:148]) +
                       struct.unpack("356b", buf[156:512]))
    return unsigned, signed


def copyfileobj(src, dst, length=None):
    """Copy length bytes (everything when None) from src to dst; IOError
    if src ends first."""
    if length == 0:
        return
    if length is None:
        shutil.copyfileobj(src, dst)
        return
    BUFSIZE = 16 * 1024
    while length > 0:
        n = min(length, BUFSIZE)
        buf = src.read(n)
        if len(buf) < n:
            raise IOError("end of file reached")
        dst.write(buf)
        length -= n


# For each position of ls -l's mode string, the bits that give each
# character (the first that matches), else '-'.
filemode_table = (
    ((S_IFLNK, "l"), (S_IFREG, "-"), (S_IFBLK, "b"),
     (S_IFDIR, "d"), (S_IFCHR, "c"), (S_IFIFO, "p")),
    ((TUREAD, "r"),),
    ((TUWRITE, "w"),),
    ((TUEXEC | TSUID, "s"), (TSUID, "S"), (TUEXEC, "x")),
    ((TGREAD, "r"),),
    ((TGWRITE, "w"),),
    ((TGEXEC | TSGID, "s"), (TSGID, "S"), (TGEXEC, "x")),
    ((TOREAD, "r"),),
    ((TOWRITE, "w"),),
    ((TOEXEC | TSVTX, "t"), (TSVTX, "T"), (TOEXEC, "x")),
)


def filemode(mode):
    """mode as ls -l shows it: '-rwxr-xr-x'."""
    chars = []
    for table in filemode_table:
        for bits, char in table:
            if mode & bits == bits:
                chars.append(char)
                break
        else:
            chars.append("-")
    return "".join(chars)


# --- exceptions ----------------------------------------------------------------

class TarError(Exception):
    """The base of this module's exceptions."""


class ExtractError(TarError):
    """A member could not be extracted (see TarFile.errorlevel)."""


class ReadError(TarError):
    """The archive cannot be read."""


class CompressionError(TarError):
    """A compression method is not available."""


class StreamError(TarError):
    """An operation a stream (mode 'r|...', 'w|...') cannot do."""


class HeaderError(TarError):
    """A bad member header."""


class EmptyHeaderError(HeaderError):
    """No header where one was expected."""


class TruncatedHeaderError(HeaderError):
    """A header shorter than a block."""


class EOFHeaderError(HeaderError):
    """The all-zero block that ends an archive."""


class InvalidHeaderError(HeaderError):
    """A header with a bad checksum or field."""


class SubsequentHeaderError(HeaderError):
    """A GNU or pax header not followed by a good one."""


# --- streams -------------------------------------------------------------------

class _LowLevelFile:
    """An unbuffered file, for streams opened by name."""

    def __init__(self, name, mode):
        flags = {
            "r": os.O_RDONLY,
            "w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC,
        }[mode]
        flags |= getattr(os, "O_BINARY", 0)
        self.fd = os.open(name, flags, 0o666)

    def close(self):
        os.close(self.fd)

    def read(self, size):
        return os.read(self.fd, size)

    def write(self, s):
        os.write(self.fd, s)


class _Stream:
    """What a TarFile in stream mode reads and writes: a file object used
    only forwards, block by block, with gzip (through zlib) or bzip2
    compression on the way."""

    def __init__(self, name, mode, comptype, fileobj, bufsize):
        self._extfileobj = True
        if fileobj is None:
            fileobj = _LowLevelFile(name, mode)
            self._extfileobj = False

        if comptype == '*':
            # Reading, compression found from the data.
            fileobj = _StreamProxy(fileobj)
            comptype = fileobj.getcomptype()

        self.name = name or ""
        self.mode = mode
        self.comptype = comptype
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.buf = b""          # raw bytes not yet written or used
        self.pos = 0            # the position in the uncompressed data
        self.closed = False

        try:
            if comptype == "gz":
                try:
                    import zlib
                except ImportError:
                    raise CompressionError("zlib module is not available")
                self.zlib = zlib
                self.crc = zlib.crc32(b"")
                if mode == "r":
                    self._init_read_gz()
                else:
                    self._init_write_gz()
            if comptype == "bz2":
                try:
                    import bz2
                except ImportError:
                    raise CompressionError("bz2 module is not available")
                if mode == "r":
                    self.dbuf = b""
                    self.cmp = bz2.BZ2Decompressor()
                else:
                    self.cmp = bz2.BZ2Compressor()
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def __del__(self):
        if hasattr(self, "closed") and not self.closed:
            self.close()

    def _init_write_gz(self):
        # A raw deflate stream inside a gzip header and trailer of our own.
        self.cmp = self.zlib.compressobj(9, self.zlib.DEFLATED,
                                         -self.zlib.MAX_WBITS,
                                         self.zlib.DEF_MEM_LEVEL, 0)
        timestamp = struct.pack("<L", int(time.time()))
        # magic, deflate, FNAME flag, mtime, max compression, unknown OS
        self._write_raw(b"\037\213\010\010" + timestamp + b"\002\377")
        if self.name.endswith(".gz"):
            self.name = self.name[:-3]
        self._write_raw(self.name.encode("iso-8859-1", "replace") + NUL)

    def write(self, s):
        if self.comptype == "gz":
            self.crc = self.zlib.crc32(s, self.crc)
        self.pos += len(s)
        if self.comptype != "tar":
            s = self.cmp.compress(s)
        self._write_raw(s)

    def _write_raw(self, s):
        # Whole buffers go out; the rest waits.
        self.buf += s
        while len(self.buf) > self.bufsize:
            self.fileobj.write(self.buf[:self.bufsize])
            self.buf = self.buf[self.bufsize:]

    def close(self):
        if self.closed:
            return
        if self.mode == "w" and self.comptype != "tar":
            self.buf += self.cmp.flush()
        if self.mode == "w" and self.buf:
            self.fileobj.write(self.buf)
            self.buf = b""
            if self.comptype == "gz":
                # The gzip trailer: CRC and size, modulo 2**32.
                self.fileobj.write(struct.pack("<L", self.crc & 0xffffffff))
                self.fileobj.write(struct.pack("<L", self.pos & 0xffffffff))
        if not self._extfileobj:
            self.fileobj.close()
        self.closed = True

    def _init_read_gz(self):
        self.cmp = self.zlib.decompressobj(-self.zlib.MAX_WBITS)
        self.dbuf = b""
        if self._read_raw(2) != b"\037\213":
            raise ReadError("not a gzip file")
        if self._read_raw(1) != b"\010":
            raise CompressionError("unsupported compression method")
        flag = ord(self._read_raw(1))
        self._read_raw(6)           # mtime, extra flags, OS
        if flag & 4:                # FEXTRA
            xlen = ord(self._read_raw(1)) + 256 * ord(self._read_raw(1))
            self.read(xlen)
        for bit in (8, 16):         # FNAME, FCOMMENT: NUL-terminated
            if flag & bit:
                while True:
                    s = self._read_raw(1)
                    if not s or s == NUL:
                        break
        if flag & 2:                # FHCRC
            self._read_raw(2)

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        """Skip forwards to pos (backwards is impossible)."""
        if pos - self.pos < 0:
            raise StreamError("seeking backwards is not allowed")
        blocks, remainder = divmod(pos - self.pos, self.bufsize)
        for _ in range(blocks):
            self.read(self.bufsize)
        self.read(remainder)
        return self.pos

    def read(self, size=None):
        if size is None:
            chunks = []
            while True:
                chunk = self._read(self.bufsize)
                if not chunk:
                    break
                chunks.append(chunk)
            buf = b"".join(chunks)
        else:
            buf = self._read(size)
        self.pos += len(buf)
        return buf

    def _read(self, size):
        # size bytes of uncompressed data (fewer at the end).
        if self.comptype == "tar":
            return self._read_raw(size)
        have = len(self.dbuf)
        while have < size:
            buf = self._read_raw(self.bufsize)
            if not buf:
                break
            try:
                buf = self.cmp.decompress(buf)
            except IOError:
                raise ReadError("invalid compressed data")
            self.dbuf += buf
            have += len(buf)
        buf = self.dbuf[:size]
        self.dbuf = self.dbuf[size:]
        return buf

    def _read_raw(self, size):
        # size bytes of the file, read a buffer at a time.
        have = len(self.buf)
        while have < size:
            chunk = self.fileobj.read(self.bufsize)
            if not chunk:
                break
            self.buf += chunk
            have += len(chunk)
        buf = self.buf[:size]
        self.buf = self.buf[size:]
        return buf


class _StreamProxy(object):
    """Reads the first block of a stream to tell its compression, then
    gives it back before the rest."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.buf = self.fileobj.read(BLOCKSIZE)

    def read(self, size):
        self.read = self.fileobj.read
        return self.buf

    def getcomptype(self):
        if self.buf.startswith(b"\037\213\010"):
            return "gz"
        if self.buf[0:3] == b"BZh" and self.buf[4:10] == b"1AY&SY":
            return "bz2"
        return "tar"

    def close(self):
        self.fileobj.close()


class _BZ2Proxy(object):
    """A seekable-enough file compressing to or decompressing from a file
    object with bz2 (whose BZ2File takes only names)."""

    blocksize = 16 * 1024

    def __init__(self, fileobj, mode):
        self.fileobj = fileobj
        self.mode = mode
        self.name = getattr(self.fileobj, "name", None)
        self.init()

    def init(self):
        import bz2
        self.pos = 0
        if self.mode == "r":
            self.bz2obj = bz2.BZ2Decompressor()
            self.fileobj.seek(0)
            self.buf = b""
        else:
            self.bz2obj = bz2.BZ2Compressor()

    def read(self, size):
        have = len(self.buf)
        while have < size:
            raw = self.fileobj.read(self.blocksize)
            if not raw:
                break
            data = self.bz2obj.decompress(raw)
            self.buf += data
            have += len(data)
        buf = self.buf[:size]
        self.buf = self.buf[size:]
        self.pos += len(buf)
        return buf

    def seek(self, pos):
        if pos < self.pos:
            self.init()     # start again from the beginning
        self.read(pos - self.pos)

    def tell(self):
        return self.pos

    def write(self, data):
        self.pos += len(data)
        self.fileobj.write(self.bz2obj.compress(data))

    def close(self):
        if self.mode == "w":
            self.fileobj.write(self.bz2obj.flush())


# --- reading members -----------------------------------------------------------

class _FileInFile(object):
    """A member's data as a file: size bytes of fileobj from offset, or
    for a sparse member, its (offset, size) blocks with zeros between."""

    def __init__(self, fileobj, offset, size, blockinfo=None):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.position = 0
        if blockinfo is None:
            blockinfo = [(0, size)]
        # (is data, start, stop, position in fileobj) for each stretch.
        self.map_index = 0
        self.map = []
        lastpos = 0
        realpos = self.offset
        for start, length in blockinfo:
            if start > lastpos:
                self.map.append((False, lastpos, start, None))
            self.map.append((True, start, start + length, realpos))
            realpos += length
            lastpos = start + length
        if lastpos < self.size:
            self.map.append((False, lastpos, self.size, None))

    def seekable(self):
        if not hasattr(self.fileobj, "seekable"):
            return True
        return self.fileobj.seekable()

    def tell(self):
        return self.position

    def seek(self, position):
        self.position = position

    def read(self, size=None):
        if size is None:
            size = self.size - self.position
        else:
            size = min(size, self.size - self.position)
        chunks = []
        while size > 0:
            while True:
                data, start, stop, offset = self.map[self.map_index]
                if start <= self.position < stop:
                    break
                self.map_index += 1
                if self.map_index == len(self.map):
                    self.map_index = 0
            length = min(size, stop - self.position)
            if data:
                self.fileobj.seek(offset + (self.position - start))
                chunks.append(self.fileobj.read(length))
            else:
                chunks.append(NUL * length)
            size -= length
            self.position += length
        return b"".join(chunks)


class ExFileObject(object):
    """A read-only file object for a member's data (TarFile.extractfile()
    returns one)."""

    blocksize = 1024

    def __init__(self, tarfile, tarinfo):
        self.fileobj = _FileInFile(tarfile.fileobj, tarinfo.offset_data,
                                   tarinfo.size, tarinfo.sparse)
        self.name = tarinfo.name
        self.mode = "r"
        self.closed = False
        self.size = tarinfo.size
        self.position = 0
        self.buffer = b""       # read ahead by readline

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self.fileobj.seekable()

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def read(self, size=None):
        """Up to size bytes (everything left when size is None)."""
        self._check_open()
        if size is None:
            buf = self.buffer + self.fileobj.read()
            self.buffer = b""
        else:
            buf = self.buffer[:size]
            self.buffer = self.buffer[size:]
            buf += self.fileobj.read(size - len(buf))
        self.position += len(buf)
        return buf

    read1 = read

    def readline(self, size=-1):
        """The next line (at most size bytes when size is not -1)."""
        self._check_open()
        end = self.buffer.find(b"\n") + 1
        if end == 0:
            while True:
                chunk = self.fileobj.read(self.blocksize)
                self.buffer += chunk
                if not chunk or b"\n" in chunk:
                    end = self.buffer.find(b"\n") + 1
                    if end == 0:
                        end = len(self.buffer)
                    break
        if size != -1:
            end = min(size, end)
        buf = self.buffer[:end]
        self.buffer = self.buffer[end:]
        self.position += len(buf)
        return buf

    def readlines(self):
        return list(self)

    def tell(self):
        self._check_open()
        return self.position

    def seek(self, pos, whence=os.SEEK_SET):
        self._check_open()
        if whence == os.SEEK_SET:
            self.position = min(max(pos, 0), self.size)
        elif whence == os.SEEK_CUR:
            if pos < 0:
                self.position = max(self.position + pos, 0)
            else:
                self.position = min(self.position + pos, self.size)
        elif whence == os.SEEK_END:
            self.position = max(min(self.size + pos, self.size), 0)
        else:
            raise ValueError("Invalid argument")
        self.buffer = b""
        self.fileobj.seek(self.position)

    def close(self):
        self.closed = True

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                break
            yield line


# --- members -------------------------------------------------------------------

class TarInfo(object):
    """One member of an archive: its name, mode, owner, size, time, type,
    link target...  TarFile.getmember(), getmembers() and gettarinfo()
    make them."""

    __slots__ = ("name", "mode", "uid", "gid", "size", "mtime",
                 "chksum", "type", "linkname", "uname", "gname",
                 "devmajor", "devminor",
                 "offset", "offset_data", "pax_headers", "sparse",
                 "tarfile", "_sparse_structs", "_link_target")

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0         # where its header starts in the archive
        self.offset_data = 0    # where its data starts
        self.sparse = None      # [(offset, size)] of a sparse file
        self.pax_headers = {}

    # The pax names of name and linkname.
    def _getpath(self):
        return self.name

    def _setpath(self, name):
        self.name = name

    path = property(_getpath, _setpath)

    def _getlinkpath(self):
        return self.linkname

    def _setlinkpath(self, linkname):
        self.linkname = linkname

    linkpath = property(_getlinkpath, _setlinkpath)

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name,
                                   id(self))

    def get_info(self):
        """The header fields, as a dict."""
        info = {
            "name": self.name,
            "mode": self.mode & 0o7777,
            "uid": self.uid,
            "gid": self.gid,
            "size": self.size,
            "mtime": self.mtime,
            "chksum": self.chksum,
            "type": self.type,
            "linkname": self.linkname,
            "uname": self.uname,
            "gname": self.gname,
            "devmajor": self.devmajor,
            "devminor": self.devminor,
        }
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING,
              errors="surrogateescape"):
        """The member's header blocks in format."""
        info = self.get_info()
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        """A ustar header: long names split into prefix and name."""
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"]) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"]) > LENGTH_NAME:
            info["prefix"], info["name"] = \
                self._posix_split_name(info["name"])
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        """A GNU header, after longlink and longname headers when
        needed."""
        info["magic"] = GNU_MAGIC
        buf = b""
        if len(info["linkname"]) > LENGTH_LINK:
            buf += self._create_gnu_long_header(
                info["linkname"], GNUTYPE_LONGLINK, encoding, errors)
        if len(info["name"]) > LENGTH_NAME:
            buf += self._create_gnu_long_header(
                info["name"], GNUTYPE_LONGNAME, encoding, errors)
        return buf + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        """A ustar header, after a pax extended header holding what it
        cannot: non-ASCII or long names, numbers too large or not
        integral."""
        info["magic"] = POSIX_MAGIC
        pax_headers = self.pax_headers.copy()

        for name, hname, length in (
                ("name", "path", LENGTH_NAME),
                ("linkname", "linkpath", LENGTH_LINK),
                ("uname", "uname", 32), ("gname", "gname", 32)):
            if hname in pax_headers:
                continue        # given explicitly
            try:
                info[name].encode("ascii", "strict")
            except UnicodeEncodeError:
                pax_headers[hname] = info[name]
                continue
            if len(info[name]) > length:
                pax_headers[hname] = info[name]

        for name, digits in (("uid", 8), ("gid", 8), ("size", 12),
                             ("mtime", 12)):
            if name in pax_headers:
                info[name] = 0
                continue
            val = info[name]
            if not 0 <= val < 8 ** (digits - 1) or isinstance(val, float):
                pax_headers[name] = str(val)
                info[name] = 0

        if pax_headers:
            buf = self._create_pax_generic_header(pax_headers, XHDTYPE,
                                                  encoding)
        else:
            buf = b""
        return buf + self._create_header(info, USTAR_FORMAT, "ascii",
                                         "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        """A pax global header holding pax_headers."""
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf8")

    def _posix_split_name(self, name):
        """(prefix, name) for a ustar header: split at a '/' so that both
        fit."""
        prefix = name[:LENGTH_PREFIX + 1]
        while prefix and prefix[-1] != "/":
            prefix = prefix[:-1]
        name = name[len(prefix):]
        prefix = prefix[:-1]
        if not prefix or len(name) > LENGTH_NAME:
            raise ValueError("name is too long")
        return prefix, name

    @staticmethod
    def _create_header(info, format, encoding, errors):
        """One header block from the fields of info."""
        parts = [
            stn(info.get("name", ""), 100, encoding, errors),
            itn(info.get("mode", 0) & 0o7777, 8, format),
            itn(info.get("uid", 0), 8, format),
            itn(info.get("gid", 0), 8, format),
            itn(info.get("size", 0), 12, format),
            itn(info.get("mtime", 0), 12, format),
            b"        ",        # the checksum, counted as spaces
            info.get("type", REGTYPE),
            stn(info.get("linkname", ""), 100, encoding, errors),
            info.get("magic", POSIX_MAGIC),
            stn(info.get("uname", ""), 32, encoding, errors),
            stn(info.get("gname", ""), 32, encoding, errors),
            itn(info.get("devmajor", 0), 8, format),
            itn(info.get("devminor", 0), 8, format),
            stn(info.get("prefix", ""), 155, encoding, errors),
        ]
        buf = struct.pack("%ds" % BLOCKSIZE, b"".join(parts))
        chksum = calc_chksums(buf[-BLOCKSIZE:])[0]
        return buf[:-364] + bytes("%06o\0" % chksum, "ascii") + buf[-357:]

    @staticmethod
    def _create_payload(payload):
        """payload padded with NULs to whole blocks."""
        remainder = len(payload) % BLOCKSIZE
        if remainder:
            payload += (BLOCKSIZE - remainder) * NUL
        return payload

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        """The header and data of a GNU longname or longlink member."""
        name = name.encode(encoding, errors) + NUL
        info = {
            "name": "././@LongLink",
            "type": type,
            "size": len(name),
            "magic": GNU_MAGIC,
        }
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + \
            cls._create_payload(name)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        """The header and records of a pax extended (or global) header for
        pax_headers, a dict of str values."""
        # Values that are not valid Unicode go in the archive's encoding,
        # announced by hdrcharset=BINARY.
        binary = False
        for keyword, value in pax_headers.items():
            try:
                value.encode("utf8", "strict")
            except UnicodeEncodeError:
                binary = True
                break

        records = b""
        if binary:
            records += b"21 hdrcharset=BINARY\n"
        for keyword, value in pax_headers.items():
            keyword = keyword.encode("utf8")
            if binary:
                value = value.encode(encoding, "surrogateescape")
            else:
                value = value.encode("utf8")
            # A record starts with its own length, digits included.
            length = len(keyword) + len(value) + 3   # ' ', '=', '\n'
            total = prev = 0
            while True:
                total = length + len(str(prev))
                if total == prev:
                    break
                prev = total
            records += bytes(str(prev), "ascii") + b" " + keyword + b"=" + \
                value + b"\n"

        info = {
            "name": "././@PaxHeader",
            "type": type,
            "size": len(records),
            "magic": POSIX_MAGIC,
        }
        return cls._create_header(info, USTAR_FORMAT, "ascii", "replace") + \
            cls._create_payload(records)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from a header block."""
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")

        chksum = nti(buf[148:156])
        if chksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")

        obj = cls()
        obj.name = nts(buf[0:100], encoding, errors)
        obj.mode = nti(buf[100:108])
        obj.uid = nti(buf[108:116])
        obj.gid = nti(buf[116:124])
        obj.size = nti(buf[124:136])
        obj.mtime = nti(buf[136:148])
        obj.chksum = chksum
        obj.type = buf[156:157]
        obj.linkname = nts(buf[157:257], encoding, errors)
        obj.uname = nts(buf[265:297], encoding, errors)
        obj.gname = nts(buf[297:329], encoding, errors)
        obj.devmajor = nti(buf[329:337])
        obj.devminor = nti(buf[337:345])
        prefix = nts(buf[345:500], encoding, errors)

        # Old archives mark folders by a trailing slash only.
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE

        if obj.type == GNUTYPE_SPARSE:
            # Up to four (offset, size) pairs here, more in extension
            # blocks (see _proc_sparse).
            pos = 386
            structs = []
            for _ in range(4):
                try:
                    offset = nti(buf[pos:pos + 12])
                    numbytes = nti(buf[pos + 12:pos + 24])
                except ValueError:
                    break
                structs.append((offset, numbytes))
                pos += 24
            isextended = bool(buf[482])
            origsize = nti(buf[483:495])
            obj._sparse_structs = (structs, isextended, origsize)

        if obj.isdir():
            obj.name = obj.name.rstrip("/")

        # GNU headers use the prefix field for other things.
        if prefix and obj.type not in GNU_TYPES:
            obj.name = prefix + "/" + obj.name
        return obj

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of tarfile, read from its current position."""
        buf = tarfile.fileobj.read(BLOCKSIZE)
        obj = cls.frombuf(buf, tarfile.encoding, tarfile.errors)
        obj.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return obj._proc_member(tarfile)

    # What follows a header depends on its type; these methods read it,
    # set tarfile.offset to the next header and return the member (which
    # for extension headers is the member they describe).  Subclasses may
    # add types.

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type == GNUTYPE_SPARSE:
            return self._proc_sparse(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        offset = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            # Unknown types are taken to have data, like regular files.
            offset += self._block(self.size)
        tarfile.offset = offset
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding,
                             tarfile.errors)
        return self

    def _proc_gnulong(self, tarfile):
        buf = tarfile.fileobj.read(self._block(self.size))
        try:
            next = self.fromtarfile(tarfile)
        except HeaderError:
            raise SubsequentHeaderError("missing or bad subsequent header")
        # The member's header is where the long name starts.
        next.offset = self.offset
        if self.type == GNUTYPE_LONGNAME:
            next.name = nts(buf, tarfile.encoding, tarfile.errors)
        elif self.type == GNUTYPE_LONGLINK:
            next.linkname = nts(buf, tarfile.encoding, tarfile.errors)
        return next

    def _proc_sparse(self, tarfile):
        structs, isextended, origsize = self._sparse_structs
        del self._sparse_structs
        while isextended:
            buf = tarfile.fileobj.read(BLOCKSIZE)
            pos = 0
            for _ in range(21):
                try:
                    offset = nti(buf[pos:pos + 12])
                    numbytes = nti(buf[pos + 12:pos + 24])
                except ValueError:
                    break
                if offset and numbytes:
                    structs.append((offset, numbytes))
                pos += 24
            isextended = bool(buf[504])
        self.sparse = structs
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + self._block(self.size)
        self.size = origsize
        return self

    def _proc_pax(self, tarfile):
        buf = tarfile.fileobj.read(self._block(self.size))

        # A global header changes the archive's headers from here on; an
        # extended one, the next member's only.
        if self.type == XGLTYPE:
            pax_headers = tarfile.pax_headers
        else:
            pax_headers = tarfile.pax_headers.copy()

        # Names are UTF-8 unless hdrcharset says otherwise.
        match = re.search(br"\d+ hdrcharset=([^\n]+)\n", buf)
        if match is not None:
            pax_headers["hdrcharset"] = match.group(1).decode("utf8")
        if pax_headers.get("hdrcharset") == "BINARY":
            encoding = tarfile.encoding
        else:
            encoding = "utf8"

        # Records: "%d %s=%s\n" % (length, keyword, value).
        record = re.compile(br"(\d+) ([^=]+)=")
        pos = 0
        while True:
            match = record.match(buf, pos)
            if not match:
                break
            length, keyword = match.groups()
            length = int(length)
            value = buf[match.end(2) + 1:match.start(1) + length - 1]
            keyword = self._decode_pax_field(keyword, "utf8", "utf8",
                                             tarfile.errors)
            if keyword in PAX_NAME_FIELDS:
                value = self._decode_pax_field(value, encoding,
                                               tarfile.encoding,
                                               tarfile.errors)
            else:
                value = self._decode_pax_field(value, "utf8", "utf8",
                                               tarfile.errors)
            pax_headers[keyword] = value
            pos += length

        try:
            next = self.fromtarfile(tarfile)
        except HeaderError:
            raise SubsequentHeaderError("missing or bad subsequent header")

        # GNU tar's three ways of storing sparse files in pax headers.
        if "GNU.sparse.map" in pax_headers:
            self._proc_gnusparse_01(next, pax_headers)
        elif "GNU.sparse.size" in pax_headers:
            self._proc_gnusparse_00(next, pax_headers, buf)
        elif pax_headers.get("GNU.sparse.major") == "1" and \
                pax_headers.get("GNU.sparse.minor") == "0":
            self._proc_gnusparse_10(next, pax_headers, tarfile)

        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            next._apply_pax_info(pax_headers, tarfile.encoding,
                                 tarfile.errors)
            next.offset = self.offset
            if "size" in pax_headers:
                # The data's size was in the pax header: the next header
                # is after it.
                offset = next.offset_data
                if next.isreg() or next.type not in SUPPORTED_TYPES:
                    offset += next._block(next.size)
                tarfile.offset = offset
        return next

    def _proc_gnusparse_00(self, next, pax_headers, buf):
        offsets = [int(m.group(1)) for m in
                   re.finditer(br"\d+ GNU.sparse.offset=(\d+)\n", buf)]
        numbytes = [int(m.group(1)) for m in
                    re.finditer(br"\d+ GNU.sparse.numbytes=(\d+)\n", buf)]
        next.sparse = list(zip(offsets, numbytes))

    def _proc_gnusparse_01(self, next, pax_headers):
        sparse = [int(x) for x in pax_headers["GNU.sparse.map"].split(",")]
        next.sparse = list(zip(sparse[::2], sparse[1::2]))

    def _proc_gnusparse_10(self, next, pax_headers, tarfile):
        # The map is at the start of the data: a count, then pairs, one
        # number a line.
        sparse = []
        buf = tarfile.fileobj.read(BLOCKSIZE)
        fields, buf = buf.split(b"\n", 1)
        fields = int(fields)
        while len(sparse) < fields * 2:
            if b"\n" not in buf:
                buf += tarfile.fileobj.read(BLOCKSIZE)
            number, buf = buf.split(b"\n", 1)
            sparse.append(int(number))
        next.offset_data = tarfile.fileobj.tell()
        next.sparse = list(zip(sparse[::2], sparse[1::2]))

    def _apply_pax_info(self, pax_headers, encoding, errors):
        """Take the fields pax_headers gives."""
        for keyword, value in pax_headers.items():
            if keyword == "GNU.sparse.name":
                setattr(self, "path", value)
            elif keyword in ("GNU.sparse.size", "GNU.sparse.realsize"):
                setattr(self, "size", int(value))
            elif keyword in PAX_FIELDS:
                if keyword in PAX_NUMBER_FIELDS:
                    try:
                        value = PAX_NUMBER_FIELDS[keyword](value)
                    except ValueError:
                        value = 0
                if keyword == "path":
                    value = value.rstrip("/")
                setattr(self, keyword, value)
        self.pax_headers = pax_headers.copy()

    def _decode_pax_field(self, value, encoding, fallback_encoding,
                          fallback_errors):
        try:
            return value.decode(encoding, "strict")
        except UnicodeDecodeError:
            return value.decode(fallback_encoding, fallback_errors)

    def _block(self, count):
        """count rounded up to whole blocks."""
        blocks, remainder = divmod(count, BLOCKSIZE)
        if remainder:
            blocks += 1
        return blocks * BLOCKSIZE

    def isreg(self):
        return self.type in REGULAR_TYPES

    def isfile(self):
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


# --- archives ------------------------------------------------------------------

class TarFile(object):
    """An open tar archive (see TarFile.open).  The class attributes are
    defaults the constructor's arguments override:

    debug (0-3): messages printed to stderr.
    dereference: add what symbolic and hard links point to, not links.
    ignore_zeros: read past zero and bad blocks (concatenated archives).
    errorlevel: 0 ignores extraction errors, 1 raises the system's, 2 also
      raises ExtractError.
    format: USTAR_FORMAT, GNU_FORMAT or PAX_FORMAT, for writing.
    encoding, errors: how names are encoded.
    tarinfo, fileobject: the classes used for members and their data."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject

    def __init__(self, name=None, mode="r", fileobj=None, format=None,
                 tarinfo=None, dereference=None, ignore_zeros=None,
                 encoding=None, errors="surrogateescape", pax_headers=None,
                 debug=None, errorlevel=None):
        """An uncompressed archive, name or fileobj (which is then used
        and not closed), opened to read ('r'), append ('a') or write
        ('w')."""
        if len(mode) > 1 or mode not in "raw":
            raise ValueError("mode must be 'r', 'a' or 'w'")
        self.mode = mode
        self._mode = {"r": "rb", "a": "r+b", "w": "wb"}[mode]

        if not fileobj:
            if self.mode == "a" and not os.path.exists(name):
                # Appending to nothing: write a new archive.
                self.mode = "w"
                self._mode = "wb"
            fileobj = bltn_open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and hasattr(fileobj, "name"):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj

        if format is not None:
            self.format = format
        if tarinfo is not None:
            self.tarinfo = tarinfo
        if dereference is not None:
            self.dereference = dereference
        if ignore_zeros is not None:
            self.ignore_zeros = ignore_zeros
        if encoding is not None:
            self.encoding = encoding
        self.errors = errors

        if pax_headers is not None and self.format == PAX_FORMAT:
            self.pax_headers = pax_headers
        else:
            self.pax_headers = {}

        if debug is not None:
            self.debug = debug
        if errorlevel is not None:
            self.errorlevel = errorlevel

        self.closed = False
        self.members = []
        self._loaded = False            # all the members read
        self.offset = self.fileobj.tell()   # where the next header is
        self.inodes = {}                # (inode, device) -> name, for
                                        # hard links when adding
        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()

            if self.mode == "a":
                # Find the end of the archive: new members go there.
                while True:
                    self.fileobj.seek(self.offset)
                    try:
                        tarinfo = self.tarinfo.fromtarfile(self)
                        self.members.append(tarinfo)
                    except EOFHeaderError:
                        self.fileobj.seek(self.offset)
                        break
                    except HeaderError as e:
                        raise ReadError(str(e))

            if self.mode in "aw":
                self._loaded = True
                if self.pax_headers:
                    buf = self.tarinfo.create_pax_global_header(
                        self.pax_headers.copy())
                    self.fileobj.write(buf)
                    self.offset += len(buf)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE,
             **kwargs):
        """Open an archive and return a TarFile.  mode is:

        'r' or 'r:*'  read, compression found automatically
        'r:', 'r:gz', 'r:bz2'  read, uncompressed or so compressed
        'a' or 'a:'   append (uncompressed only), making it if needed
        'w' or 'w:', 'w:gz', 'w:bz2'  write
        'r|*', 'r|', 'r|gz', 'r|bz2', 'w|', 'w|gz', 'w|bz2'  the same on
          a stream of blocks, read or written forwards only (bufsize is
          the size of its blocks).
        """
        if not name and not fileobj:
            raise ValueError("nothing to open")

        if mode in ("r", "r:*"):
            # Try each method.
            for comptype in cls.OPEN_METH:
                func = getattr(cls, cls.OPEN_METH[comptype])
                if fileobj is not None:
                    saved_pos = fileobj.tell()
                try:
                    return func(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError):
                    if fileobj is not None:
                        fileobj.seek(saved_pos)
                    continue
            raise ReadError("file could not be opened successfully")

        if ":" in mode:
            filemode, comptype = mode.split(":", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if comptype not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" %
                                       comptype)
            func = getattr(cls, cls.OPEN_METH[comptype])
            return func(name, filemode, fileobj, **kwargs)

        if "|" in mode:
            filemode, comptype = mode.split("|", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if filemode not in "rw":
                raise ValueError("mode must be 'r' or 'w'")
            stream = _Stream(name, filemode, comptype, fileobj, bufsize)
            try:
                t = cls(name, filemode, stream, **kwargs)
            except:
                stream.close()
                raise
            t._extfileobj = False
            return t

        if mode in "aw":
            return cls.taropen(name, mode, fileobj, **kwargs)

        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """An uncompressed archive."""
        if len(mode) > 1 or mode not in "raw":
            raise ValueError("mode must be 'r', 'a' or 'w'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9,
               **kwargs):
        """A gzip-compressed archive (not for appending)."""
        if len(mode) > 1 or mode not in "rw":
            raise ValueError("mode must be 'r' or 'w'")
        try:
            import gzip
            gzip.GzipFile
        except (ImportError, AttributeError):
            raise CompressionError("gzip module is not available")

        extfileobj = fileobj is not None
        try:
            fileobj = gzip.GzipFile(name, mode + "b", compresslevel, fileobj)
            t = cls.taropen(name, mode, fileobj, **kwargs)
        except IOError:
            if not extfileobj and fileobj is not None:
                fileobj.close()
            if fileobj is None:
                raise
            raise ReadError("not a gzip file")
        except:
            if not extfileobj and fileobj is not None:
                fileobj.close()
            raise
        t._extfileobj = extfileobj
        return t

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9,
                **kwargs):
        """A bzip2-compressed archive (not for appending)."""
        if len(mode) > 1 or mode not in "rw":
            raise ValueError("mode must be 'r' or 'w'.")
        try:
            import bz2
        except ImportError:
            raise CompressionError("bz2 module is not available")

        if fileobj is not None:
            fileobj = _BZ2Proxy(fileobj, mode)
        else:
            fileobj = bz2.BZ2File(name, mode, compresslevel=compresslevel)

        try:
            t = cls.taropen(name, mode, fileobj, **kwargs)
        except (IOError, EOFError):
            fileobj.close()
            raise ReadError("not a bzip2 file")
        t._extfileobj = False
        return t

    # compression type -> method of open
    OPEN_METH = {
        "tar": "taropen",
        "gz": "gzopen",
        "bz2": "bz2open",
    }

    def close(self):
        """Close the archive; in modes 'a' and 'w', first write its end
        (two zero blocks, then zeros to a whole record)."""
        if self.closed:
            return
        if self.mode in "aw":
            self.fileobj.write(NUL * (BLOCKSIZE * 2))
            self.offset += BLOCKSIZE * 2
            remainder = self.offset % RECORDSIZE
            if remainder > 0:
                self.fileobj.write(NUL * (RECORDSIZE - remainder))
        if not self._extfileobj:
            self.fileobj.close()
        self.closed = True

    def getmember(self, name):
        """The TarInfo of member name (its last occurrence); KeyError if
        there is none."""
        tarinfo = self._getmember(name)
        if tarinfo is None:
            raise KeyError("filename %r not found" % name)
        return tarinfo

    def getmembers(self):
        """The TarInfo of every member, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """The names of the members, in archive order."""
        return [tarinfo.name for tarinfo in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for the file name (or the open file fileobj), named
        arcname in the archive, ready for addfile(); None for files of
        kinds tar cannot hold (sockets)."""
        self._check("aw")

        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        drv, arcname = os.path.splitdrive(arcname)
        arcname = arcname.replace(os.sep, "/").lstrip("/")

        tarinfo = self.tarinfo()
        tarinfo.tarfile = self

        if fileobj is None:
            if hasattr(os, "lstat") and not self.dereference:
                statres = os.lstat(name)
            else:
                statres = os.stat(name)
        else:
            statres = os.fstat(fileobj.fileno())
        linkname = ""

        stmd = statres.st_mode
        if stat.S_ISREG(stmd):
            # A file seen before under another name is a hard link to it.
            inode = (statres.st_ino, statres.st_dev)
            if not self.dereference and statres.st_nlink > 1 and \
                    inode in self.inodes and arcname != self.inodes[inode]:
                type = LNKTYPE
                linkname = self.inodes[inode]
            else:
                type = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(stmd):
            type = DIRTYPE
        elif stat.S_ISFIFO(stmd):
            type = FIFOTYPE
        elif stat.S_ISLNK(stmd):
            type = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(stmd):
            type = CHRTYPE
        elif stat.S_ISBLK(stmd):
            type = BLKTYPE
        else:
            return None

        tarinfo.name = arcname
        tarinfo.mode = stmd
        tarinfo.uid = statres.st_uid
        tarinfo.gid = statres.st_gid
        tarinfo.size = statres.st_size if type == REGTYPE else 0
        tarinfo.mtime = statres.st_mtime
        tarinfo.type = type
        tarinfo.linkname = linkname
        if pwd:
            try:
                tarinfo.uname = pwd.getpwuid(tarinfo.uid)[0]
            except KeyError:
                pass
        if grp:
            try:
                tarinfo.gname = grp.getgrgid(tarinfo.gid)[0]
            except KeyError:
                pass
        if type in (CHRTYPE, BLKTYPE):
            if hasattr(os, "major") and hasattr(os, "minor"):
                tarinfo.devmajor = os.major(statres.st_rdev)
                tarinfo.devminor = os.minor(statres.st_rdev)
        return tarinfo

    def list(self, verbose=True):
        """Print the members' names to stdout, with details like ls -l's
        when verbose."""
        self._check()
        for tarinfo in self:
            if verbose:
                print(filemode(tarinfo.mode), end=' ')
                print("%s/%s" % (tarinfo.uname or tarinfo.uid,
                                 tarinfo.gname or tarinfo.gid), end=' ')
                if tarinfo.ischr() or tarinfo.isblk():
                    print("%10s" % ("%d,%d" % (tarinfo.devmajor,
                                               tarinfo.devminor)), end=' ')
                else:
                    print("%10d" % tarinfo.size, end=' ')
                print("%d-%02d-%02d %02d:%02d:%02d" %
                      time.localtime(tarinfo.mtime)[:6], end=' ')
            print(tarinfo.name + ("/" if tarinfo.isdir() else ""), end=' ')
            if verbose:
                if tarinfo.issym():
                    print("->", tarinfo.linkname, end=' ')
                if tarinfo.islnk():
                    print("link to", tarinfo.linkname, end=' ')
            print()

    def add(self, name, arcname=None, recursive=True, exclude=None, *,
            filter=None):
        """Add the file name (of any kind) as arcname, a folder with its
        contents unless recursive is false.  filter(tarinfo) may change
        the TarInfo of each file or return None to leave it out; exclude
        (deprecated) is a function of the path returning true to leave
        it out."""
        self._check("aw")
        if arcname is None:
            arcname = name

        if exclude is not None:
            import warnings
            warnings.warn("use the filter argument instead",
                          DeprecationWarning, 2)
            if exclude(name):
                self._dbg(2, "tarfile: Excluded %r" % name)
                return

        # Never the archive itself.
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)
            return

        self._dbg(1, name)
        tarinfo = self.gettarinfo(name, arcname)
        if tarinfo is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return

        if filter is not None:
            tarinfo = filter(tarinfo)
            if tarinfo is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return

        if tarinfo.isreg():
            with bltn_open(name, "rb") as f:
                self.addfile(tarinfo, f)
        elif tarinfo.isdir():
            self.addfile(tarinfo)
            if recursive:
                for f in os.listdir(name):
                    self.add(os.path.join(name, f), os.path.join(arcname, f),
                             recursive, exclude, filter=filter)
        else:
            self.addfile(tarinfo)

    def addfile(self, tarinfo, fileobj=None):
        """Add a member described by tarinfo, with tarinfo.size bytes of
        data from fileobj when given."""
        self._check("aw")
        tarinfo = copy.copy(tarinfo)
        buf = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(buf)
        self.offset += len(buf)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size)
            blocks, remainder = divmod(tarinfo.size, BLOCKSIZE)
            if remainder > 0:
                self.fileobj.write(NUL * (BLOCKSIZE - remainder))
                blocks += 1
            self.offset += blocks * BLOCKSIZE
        self.members.append(tarinfo)

    def extractall(self, path=".", members=None):
        """Extract the members (all, or those of members, a subset of
        getmembers()) under path; folders get their owner, time and
        mode last, once their contents are written."""
        directories = []
        if members is None:
            members = self
        for tarinfo in members:
            if tarinfo.isdir():
                # Writable while extracting.
                directories.append(tarinfo)
                tarinfo = copy.copy(tarinfo)
                tarinfo.mode = 0o700
            self.extract(tarinfo, path, set_attrs=not tarinfo.isdir())

        # Deepest first.
        directories.sort(key=lambda a: a.name)
        directories.reverse()
        for tarinfo in directories:
            dirpath = os.path.join(path, tarinfo.name)
            try:
                self.chown(tarinfo, dirpath)
                self.utime(tarinfo, dirpath)
                self.chmod(tarinfo, dirpath)
            except ExtractError as e:
                if self.errorlevel > 1:
                    raise
                self._dbg(1, "tarfile: %s" % e)

    def extract(self, member, path="", set_attrs=True):
        """Extract member (a name or TarInfo) under path, at its name;
        owner, time and mode are set too unless set_attrs is false."""
        self._check("r")
        if isinstance(member, str):
            tarinfo = self.getmember(member)
        else:
            tarinfo = member

        if tarinfo.islnk():
            # Where a hard link's target has been extracted.
            tarinfo._link_target = os.path.join(path, tarinfo.linkname)

        try:
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name),
                                 set_attrs=set_attrs)
        except EnvironmentError as e:
            if self.errorlevel > 0:
                raise
            if e.filename is None:
                self._dbg(1, "tarfile: %s" % e.strerror)
            else:
                self._dbg(1, "tarfile: %s %r" % (e.strerror, e.filename))
        except ExtractError as e:
            if self.errorlevel > 1:
                raise
            self._dbg(1, "tarfile: %s" % e)

    def extractfile(self, member):
        """A file object reading member (a name or TarInfo): a regular
        file, or the target of a link; None for other kinds."""
        self._check("r")
        if isinstance(member, str):
            tarinfo = self.getmember(member)
        else:
            tarinfo = member

        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return self.fileobject(self, tarinfo)
        if tarinfo.islnk() or tarinfo.issym():
            if isinstance(self.fileobj, _Stream):
                # The target may be behind, out of reach.
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _extract_member(self, tarinfo, targetpath, set_attrs=True):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)

        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            # Folders not in the archive are made with default modes.
            os.makedirs(upperdirs)

        if tarinfo.islnk() or tarinfo.issym():
            self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname))
        else:
            self._dbg(1, tarinfo.name)

        if tarinfo.isreg():
            self.makefile(tarinfo, targetpath)
        elif tarinfo.isdir():
            self.makedir(tarinfo, targetpath)
        elif tarinfo.isfifo():
            self.makefifo(tarinfo, targetpath)
        elif tarinfo.ischr() or tarinfo.isblk():
            self.makedev(tarinfo, targetpath)
        elif tarinfo.islnk() or tarinfo.issym():
            self.makelink(tarinfo, targetpath)
        elif tarinfo.type not in SUPPORTED_TYPES:
            self.makeunknown(tarinfo, targetpath)
        else:
            self.makefile(tarinfo, targetpath)

        if set_attrs:
            self.chown(tarinfo, targetpath)
            if not tarinfo.issym():
                self.chmod(tarinfo, targetpath)
                self.utime(tarinfo, targetpath)

    # How each kind of member is made; subclasses may change them.

    def makedir(self, tarinfo, targetpath):
        try:
            # Owner-only while its contents are extracted.
            os.mkdir(targetpath, 0o700)
        except EnvironmentError as e:
            if e.errno != errno.EEXIST:
                raise

    def makefile(self, tarinfo, targetpath):
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        with bltn_open(targetpath, "wb") as target:
            if tarinfo.sparse is not None:
                for offset, size in tarinfo.sparse:
                    target.seek(offset)
                    copyfileobj(source, target, size)
            else:
                copyfileobj(source, target, tarinfo.size)
            target.seek(tarinfo.size)
            target.truncate()

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, "
                     "extracted as regular file." % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        mode = tarinfo.mode
        if tarinfo.isblk():
            mode |= stat.S_IFBLK
        else:
            mode |= stat.S_IFCHR
        os.mknod(targetpath, mode,
                 os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        # Where links cannot be made, the target is extracted again.
        try:
            if tarinfo.issym():
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo),
                                     targetpath)
        except symlink_exception:
            try:
                self._extract_member(self._find_link_target(tarinfo),
                                     targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive")

    def chown(self, tarinfo, targetpath):
        """Give targetpath the member's owner (by name where it exists
        here), when running as root."""
        if pwd and hasattr(os, "geteuid") and os.geteuid() == 0:
            try:
                g = grp.getgrnam(tarinfo.gname)[2]
            except KeyError:
                g = tarinfo.gid
            try:
                u = pwd.getpwnam(tarinfo.uname)[2]
            except KeyError:
                u = tarinfo.uid
            try:
                if tarinfo.issym() and hasattr(os, "lchown"):
                    os.lchown(targetpath, u, g)
                elif sys.platform != "os2emx":
                    os.chown(targetpath, u, g)
            except EnvironmentError:
                raise ExtractError("could not change owner")

    def chmod(self, tarinfo, targetpath):
        if hasattr(os, 'chmod'):
            try:
                os.chmod(targetpath, tarinfo.mode)
            except EnvironmentError:
                raise ExtractError("could not change mode")

    def utime(self, tarinfo, targetpath):
        if not hasattr(os, 'utime'):
            return
        try:
            os.utime(targetpath, (tarinfo.mtime, tarinfo.mtime))
        except EnvironmentError:
            raise ExtractError("could not change modification time")

    def next(self):
        """The next member's TarInfo, read from the archive; None at its
        end."""
        self._check("ra")
        if self.firstmember is not None:
            m = self.firstmember
            self.firstmember = None
            return m

        self.fileobj.seek(self.offset)
        tarinfo = None
        while True:
            try:
                tarinfo = self.tarinfo.fromtarfile(self)
            except EOFHeaderError as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
            except InvalidHeaderError as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                elif self.offset == 0:
                    raise ReadError(str(e))
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file")
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e))
            except SubsequentHeaderError as e:
                raise ReadError(str(e))
            break

        if tarinfo is not None:
            self.members.append(tarinfo)
        else:
            self._loaded = True
        return tarinfo

    def _getmember(self, name, tarinfo=None, normalize=False):
        """The last member called name (before tarinfo, if given)."""
        members = self.getmembers()
        if tarinfo is not None:
            members = members[:members.index(tarinfo)]
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            member_name = os.path.normpath(member.name) if normalize \
                else member.name
            if name == member_name:
                return member

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        """Raise IOError when closed, or when not open in one of the
        modes given."""
        if self.closed:
            raise IOError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise IOError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        """The member a link points to (a symbolic link's target is
        relative to its folder; a hard link's must come before it)."""
        if tarinfo.issym():
            linkname = "/".join(filter(None, (os.path.dirname(tarinfo.name),
                                              tarinfo.linkname)))
            limit = None
        else:
            linkname = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(linkname, tarinfo=limit, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % linkname)
        return member

    def __iter__(self):
        if self._loaded:
            return iter(self.members)
        return TarIter(self)

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            # An error: do not write the end blocks.
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True


class TarIter:
    """Iterates over a TarFile's members, reading them as needed."""

    def __init__(self, tarfile):
        self.tarfile = tarfile
        self.index = 0

    def __iter__(self):
        return self

    def __next__(self):
        if not self.tarfile._loaded:
            tarinfo = self.tarfile.next()
            if not tarinfo:
                self.tarfile._loaded = True
                raise StopIteration
        else:
            try:
                tarinfo = self.tarfile.members[self.index]
            except IndexError:
                raise StopIteration
        self.index += 1
        return tarinfo


def is_tarfile(name):
    """Whether the file name is a tar archive this module can read."""
    try:
        t = open(name)
        t.close()
        return True
    except TarError:
        return False

bltn_open = _open
open = TarFile.open
