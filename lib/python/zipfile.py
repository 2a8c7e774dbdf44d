"""Reading and writing ZIP archives.

ZipFile(file, mode) opens an archive ('r' to read, 'w' to make a new
one, 'a' to add to one); its members are stored or deflated (zlib), with
ZIP64 records for large archives when allowZip64 is true.  ZipInfo
describes a member; ZipFile.open() gives a file object reading one
(traditional PKWARE encryption can be read, not written).  PyZipFile
adds Python modules and packages as compiled code.  is_zipfile() tells
whether a file looks like an archive.
"""

import io
import os
import re
import imp
import sys
import time
import stat
import shutil
import struct
import binascii

try:
    import zlib
    crc32 = zlib.crc32
except ImportError:
    zlib = None
    crc32 = binascii.crc32

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED",
           "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile"]


class BadZipFile(Exception):
    """The file is not a ZIP archive, or a damaged one."""


class LargeZipFile(Exception):
    """Writing would need the ZIP64 extensions, which were not allowed
    (allowZip64)."""

error = BadZipfile = BadZipFile     # the older names

# Sizes and counts beyond which ZIP64 records are needed.
ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = 1 << 16
ZIP_MAX_COMMENT = (1 << 16) - 1

# Compression methods.
ZIP_STORED = 0
ZIP_DEFLATED = 8

# The records of the format (see PKWARE's APPNOTE.TXT), as struct layouts,
# with their signatures and the positions of their fields.

# End of central directory.
structEndArchive = b"<4s4H2LH"
stringEndArchive = b"PK\005\006"
sizeEndCentDir = struct.calcsize(structEndArchive)
_ECD_SIGNATURE = 0
_ECD_DISK_NUMBER = 1
_ECD_DISK_START = 2
_ECD_ENTRIES_THIS_DISK = 3
_ECD_ENTRIES_TOTAL = 4
_ECD_SIZE = 5
_ECD_OFFSET = 6
_ECD_COMMENT_SIZE = 7
# Added by _EndRecData to what the record holds:
_ECD_COMMENT = 8
_ECD_LOCATION = 9

# Central directory entry.
structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"
sizeCentralDir = struct.calcsize(structCentralDir)
_CD_SIGNATURE = 0
_CD_CREATE_VERSION = 1
_CD_CREATE_SYSTEM = 2
_CD_EXTRACT_VERSION = 3
_CD_EXTRACT_SYSTEM = 4
_CD_FLAG_BITS = 5
_CD_COMPRESS_TYPE = 6
_CD_TIME = 7
_CD_DATE = 8
_CD_CRC = 9
_CD_COMPRESSED_SIZE = 10
_CD_UNCOMPRESSED_SIZE = 11
_CD_FILENAME_LENGTH = 12
_CD_EXTRA_FIELD_LENGTH = 13
_CD_COMMENT_LENGTH = 14
_CD_DISK_NUMBER_START = 15
_CD_INTERNAL_FILE_ATTRIBUTES = 16
_CD_EXTERNAL_FILE_ATTRIBUTES = 17
_CD_LOCAL_HEADER_OFFSET = 18

# Local file header.
structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"
sizeFileHeader = struct.calcsize(structFileHeader)
_FH_SIGNATURE = 0
_FH_EXTRACT_VERSION = 1
_FH_EXTRACT_SYSTEM = 2
_FH_GENERAL_PURPOSE_FLAG_BITS = 3
_FH_COMPRESSION_METHOD = 4
_FH_LAST_MOD_TIME = 5
_FH_LAST_MOD_DATE = 6
_FH_CRC = 7
_FH_COMPRESSED_SIZE = 8
_FH_UNCOMPRESSED_SIZE = 9
_FH_FILENAME_LENGTH = 10
_FH_EXTRA_FIELD_LENGTH = 11

# ZIP64 end of central directory locator.
structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = b"PK\x06\x07"
sizeEndCentDir64Locator = struct.calcsize(structEndArchive64Locator)

# ZIP64 end of central directory.
structEndArchive64 = "<4sQ2H2L4Q"
stringEndArchive64 = b"PK\x06\x06"
sizeEndCentDir64 = struct.calcsize(structEndArchive64)
_CD64_SIGNATURE = 0
_CD64_DIRECTORY_RECSIZE = 1
_CD64_CREATE_VERSION = 2
_CD64_EXTRACT_VERSION = 3
_CD64_DISK_NUMBER = 4
_CD64_DISK_NUMBER_START = 5
_CD64_NUMBER_ENTRIES_THIS_DISK = 6
_CD64_NUMBER_ENTRIES_TOTAL = 7
_CD64_DIRECTORY_SIZE = 8
_CD64_OFFSET_START_CENTDIR = 9


def _check_zipfile(fp):
    try:
        return bool(_EndRecData(fp))
    except IOError:
        return False


def is_zipfile(filename):
    """Whether filename (a path, or a file object) ends with a ZIP
    archive's end record."""
    try:
        if hasattr(filename, "read"):
            return _check_zipfile(fp=filename)
        with open(filename, "rb") as fp:
            return _check_zipfile(fp)
    except IOError:
        return False


def _EndRecData64(fpin, offset, endrec):
    """endrec updated from the ZIP64 records before the end record (which
    is at offset from the end of the file), when there are some."""
    try:
        fpin.seek(offset - sizeEndCentDir64Locator, 2)
    except IOError:
        return endrec       # too short to have them
    data = fpin.read(sizeEndCentDir64Locator)
    if len(data) != sizeEndCentDir64Locator:
        return endrec
    sig, diskno, reloff, disks = struct.unpack(structEndArchive64Locator,
                                               data)
    if sig != stringEndArchive64Locator:
        return endrec
    if diskno != 0 or disks != 1:
        raise BadZipFile("zipfiles that span multiple disks are not "
                         "supported")
    fpin.seek(offset - sizeEndCentDir64Locator - sizeEndCentDir64, 2)
    data = fpin.read(sizeEndCentDir64)
    if len(data) != sizeEndCentDir64:
        return endrec
    (sig, sz, create_version, read_version, disk_num, disk_dir,
     dircount, dircount2, dirsize, diroffset) = \
        struct.unpack(structEndArchive64, data)
    if sig != stringEndArchive64:
        return endrec
    endrec[_ECD_SIGNATURE] = sig
    endrec[_ECD_DISK_NUMBER] = disk_num
    endrec[_ECD_DISK_START] = disk_dir
    endrec[_ECD_ENTRIES_THIS_DISK] = dircount
    endrec[_ECD_ENTRIES_TOTAL] = dircount2
    endrec[_ECD_SIZE] = dirsize
    endrec[_ECD_OFFSET] = diroffset
    return endrec


def _EndRecData(fpin):
    """The fields of the archive's end of central directory record, plus
    its comment and its offset in the file; None when there is none."""
    fpin.seek(0, 2)
    filesize = fpin.tell()
    # Most archives have no comment: the record is the file's end.
    try:
        fpin.seek(-sizeEndCentDir, 2)
    except IOError:
        return None
    data = fpin.read()
    if (len(data) == sizeEndCentDir and data[0:4] == stringEndArchive and
            data[-2:] == b"\000\000"):
        endrec = list(struct.unpack(structEndArchive, data))
        endrec.append(b"")
        endrec.append(filesize - sizeEndCentDir)
        return _EndRecData64(fpin, -sizeEndCentDir, endrec)

    # Else look for the signature in the last 64K (the longest comment).
    start_search = max(filesize - (1 << 16) - sizeEndCentDir, 0)
    fpin.seek(start_search, 0)
    data = fpin.read()
    start = data.rfind(stringEndArchive)
    if start < 0:
        return None
    record = data[start:start + sizeEndCentDir]
    if len(record) != sizeEndCentDir:
        return None
    endrec = list(struct.unpack(structEndArchive, record))
    comment_size = endrec[_ECD_COMMENT_SIZE]
    comment_start = start + sizeEndCentDir
    endrec.append(data[comment_start:comment_start + comment_size])
    endrec.append(start_search + start)
    return _EndRecData64(fpin, start_search + start - filesize, endrec)


def _dos_date_time(date_time):
    year, month, day, hour, minute, second = date_time[:6]
    dosdate = (year - 1980) << 9 | month << 5 | day
    dostime = hour << 11 | minute << 5 | (second // 2)
    return dosdate, dostime


class ZipInfo (object):
    """What an archive says about one member: its name, time, sizes,
    compression, attributes..."""

    __slots__ = (
        'orig_filename',
        'filename',
        'date_time',
        'compress_type',
        'comment',
        'extra',
        'create_system',
        'create_version',
        'extract_version',
        'reserved',
        'flag_bits',
        'volume',
        'internal_attr',
        'external_attr',
        'header_offset',
        'CRC',
        'compress_size',
        'file_size',
        '_raw_time',
    )

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        # A name ends at a NUL; names use '/' whatever the system.
        nul = filename.find(chr(0))
        if nul >= 0:
            filename = filename[:nul]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time      # (year, month, day, h, m, s)
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = 20
        self.extract_version = 20
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        # Set when written or read: header_offset, CRC, compress_size,
        # file_size.

    def FileHeader(self, zip64=None):
        """The member's local file header, as bytes."""
        dosdate, dostime = _dos_date_time(self.date_time)
        if self.flag_bits & 0x08:
            # The sizes and CRC follow the data (a data descriptor).
            CRC = compress_size = file_size = 0
        else:
            CRC = self.CRC
            compress_size = self.compress_size
            file_size = self.file_size

        extra = self.extra
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack('<HHQQ', 1, 16, file_size,
                                        compress_size)
        if file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT:
            if not zip64:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
            # The real sizes are in the ZIP64 extra field.
            file_size = compress_size = 0xffffffff
            self.extract_version = max(45, self.extract_version)
            self.create_version = max(45, self.extract_version)

        filename, flag_bits = self._encodeFilenameFlags()
        header = struct.pack(structFileHeader, stringFileHeader,
                             self.extract_version, self.reserved, flag_bits,
                             self.compress_type, dostime, dosdate, CRC,
                             compress_size, file_size,
                             len(filename), len(extra))
        return header + filename + extra

    def _encodeFilenameFlags(self):
        # ASCII names as they are; others in UTF-8, with flag bit 11.
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | 0x800

    def _decodeExtra(self):
        # Take the real sizes and offset from a ZIP64 extra field.
        extra = self.extra
        unpack = struct.unpack
        while extra:
            tp, ln = unpack('<HH', extra[:4])
            if tp == 1:
                if ln >= 24:
                    counts = unpack('<QQQ', extra[4:28])
                elif ln == 16:
                    counts = unpack('<QQ', extra[4:20])
                elif ln == 8:
                    counts = unpack('<Q', extra[4:12])
                elif ln == 0:
                    counts = ()
                else:
                    raise RuntimeError("Corrupt extra field %s" % (ln,))
                idx = 0
                if self.file_size in (0xffffffffffffffff, 0xffffffff):
                    self.file_size = counts[idx]
                    idx += 1
                if self.compress_size == 0xFFFFFFFF:
                    self.compress_size = counts[idx]
                    idx += 1
                if self.header_offset == 0xffffffff:
                    self.header_offset = counts[idx]
                    idx += 1
            extra = extra[ln + 4:]


def _make_crc_table():
    table = []
    for i in range(256):
        crc = i
        for _ in range(8):
            crc = (crc >> 1) ^ 0xedb88320 if crc & 1 else crc >> 1
        table.append(crc)
    return table


class _ZipDecrypter:
    """Decrypts the traditional PKWARE encryption (weak, but still met):
    zd = _ZipDecrypter(password); plain = zd(cipher_byte)."""

    crctable = _make_crc_table()

    def _crc32(self, ch, crc):
        # The CRC-32 of one more byte.
        return (crc >> 8) ^ self.crctable[(crc ^ ch) & 0xff]

    def __init__(self, pwd):
        self.key0 = 305419896
        self.key1 = 591751049
        self.key2 = 878082192
        for p in pwd:
            self._UpdateKeys(p)

    def _UpdateKeys(self, c):
        self.key0 = self._crc32(c, self.key0)
        self.key1 = (self.key1 + (self.key0 & 0xff)) & 0xffffffff
        self.key1 = (self.key1 * 134775813 + 1) & 0xffffffff
        self.key2 = self._crc32((self.key1 >> 24) & 0xff, self.key2)

    def __call__(self, c):
        assert isinstance(c, int)
        k = self.key2 | 2
        c ^= ((k * (k ^ 1)) >> 8) & 0xff
        self._UpdateKeys(c)
        return c

# Names of the compression methods this module cannot read, for errors.
compressor_names = {
    0: 'store',
    1: 'shrink',
    2: 'reduce',
    3: 'reduce',
    4: 'reduce',
    5: 'reduce',
    6: 'implode',
    7: 'tokenize',
    8: 'deflate',
    9: 'deflate64',
    10: 'implode',
    12: 'bzip2',
    14: 'lzma',
    18: 'terse',
    19: 'lz77',
    97: 'wavpack',
    98: 'ppmd',
}


class ZipExtFile(io.BufferedIOBase):
    """A file object reading one member of an archive (ZipFile.open()
    returns one).  It checks the member's CRC when its end is read.  In
    mode 'U', lines may end with '\\n', '\\r' or '\\r\\n' and readline()
    gives them as '\\n'."""

    # The largest size read at once, and the least worth reading.
    MAX_N = 1 << 31 - 1
    MIN_READ_SIZE = 4096

    # A run of text without line ends, or one line end.
    PATTERN = re.compile(br'^(?P<chunk>[^\r\n]+)|(?P<newline>\n|\r\n?)')

    def __init__(self, fileobj, mode, zipinfo, decrypter=None,
                 close_fileobj=False):
        self._fileobj = fileobj
        self._decrypter = decrypter
        self._close_fileobj = close_fileobj

        self._compress_type = zipinfo.compress_type
        self._compress_size = zipinfo.compress_size
        self._compress_left = zipinfo.compress_size

        if self._compress_type == ZIP_DEFLATED:
            self._decompressor = zlib.decompressobj(-15)
        elif self._compress_type != ZIP_STORED:
            descr = compressor_names.get(self._compress_type)
            if descr:
                raise NotImplementedError("compression type %d (%s)" %
                                          (self._compress_type, descr))
            raise NotImplementedError("compression type %d" %
                                      (self._compress_type,))
        self._unconsumed = b''      # read, not yet decompressed

        self._readbuffer = b''      # decompressed; read up to _offset
        self._offset = 0

        self._universal = 'U' in mode
        self.newlines = None

        # The 12 bytes of the encryption header are not data.
        if self._decrypter is not None:
            self._compress_left -= 12

        self.mode = mode
        self.name = zipinfo.filename

        if hasattr(zipinfo, 'CRC'):
            self._expected_crc = zipinfo.CRC
            self._running_crc = crc32(b'') & 0xffffffff
        else:
            self._expected_crc = None

    def readline(self, limit=-1):
        """The next line (at most limit bytes when limit >= 0)."""
        if not self._universal:
            if limit < 0:
                end = self._readbuffer.find(b'\n', self._offset) + 1
                if end > 0:
                    line = self._readbuffer[self._offset:end]
                    self._offset = end
                    return line
            return io.BufferedIOBase.readline(self, limit)

        line = b''
        while limit < 0 or len(line) < limit:
            ahead = self.peek(2)
            if ahead == b'':
                return line
            match = self.PATTERN.search(ahead)
            newline = match.group('newline')
            if newline is not None:
                if self.newlines is None:
                    self.newlines = []
                if newline not in self.newlines:
                    self.newlines.append(newline)
                self._offset += len(newline)
                return line + b'\n'
            chunk = match.group('chunk')
            if limit >= 0:
                chunk = chunk[:limit - len(line)]
            self._offset += len(chunk)
            line += chunk
        return line

    def peek(self, n=1):
        """Bytes ahead, without moving: at least n unless at the end (and
        at most 512)."""
        if n > len(self._readbuffer) - self._offset:
            chunk = self.read(n)
            self._offset -= len(chunk)
        return self._readbuffer[self._offset:self._offset + 512]

    def readable(self):
        return True

    def read(self, n=-1):
        """Up to n bytes (all the rest when n is None or negative)."""
        if n is None:
            n = -1
        buf = b''
        while n < 0 or n > len(buf):
            data = self.read1(n if n < 0 else n - len(buf))
            if not data:
                break
            buf += data
        return buf

    def _update_crc(self, newdata, eof):
        if self._expected_crc is None:
            return
        self._running_crc = crc32(newdata, self._running_crc) & 0xffffffff
        if eof and self._running_crc != self._expected_crc:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def read1(self, n):
        """Up to n bytes, reading the archive at most once."""
        if n is None or n < 0:
            n = self.MAX_N
        buffered = len(self._readbuffer) - self._offset

        # Read more of the member when what is at hand will not do.
        if self._compress_left > 0 and \
                n > buffered + len(self._unconsumed):
            nbytes = n - buffered - len(self._unconsumed)
            nbytes = min(max(nbytes, self.MIN_READ_SIZE),
                         self._compress_left)
            data = self._fileobj.read(nbytes)
            self._compress_left -= len(data)
            if data and self._decrypter is not None:
                data = bytes(map(self._decrypter, data))
            if self._compress_type == ZIP_STORED:
                self._update_crc(data, eof=(self._compress_left == 0))
                self._readbuffer = self._readbuffer[self._offset:] + data
                self._offset = 0
            else:
                self._unconsumed += data

        if self._unconsumed and n > buffered and \
                self._compress_type == ZIP_DEFLATED:
            data = self._decompressor.decompress(
                self._unconsumed, max(n - buffered, self.MIN_READ_SIZE))
            self._unconsumed = self._decompressor.unconsumed_tail
            eof = not self._unconsumed and self._compress_left == 0
            if eof:
                data += self._decompressor.flush()
            self._update_crc(data, eof=eof)
            self._readbuffer = self._readbuffer[self._offset:] + data
            self._offset = 0

        data = self._readbuffer[self._offset:self._offset + n]
        self._offset += len(data)
        return data

    def close(self):
        try:
            if self._close_fileobj:
                self._fileobj.close()
        finally:
            super().close()


class ZipFile:
    """ZipFile(file, mode="r", compression=ZIP_STORED, allowZip64=False)

    An open ZIP archive.  file is a path or a file object; mode is 'r'
    (read), 'w' (write a new archive) or 'a' (add to an archive, or start
    one after the end of any other file); compression, ZIP_STORED or
    ZIP_DEFLATED, is the default for members written; allowZip64 permits
    the ZIP64 extensions (archives and members over 2 GiB, more than
    65535 members), which else raise LargeZipFile."""

    fp = None   # for __del__ when __init__ fails

    def __init__(self, file, mode="r", compression=ZIP_STORED,
                 allowZip64=False):
        if mode not in ("r", "w", "a"):
            raise RuntimeError('ZipFile() requires mode "r", "w", or "a"')
        if compression == ZIP_DEFLATED:
            if not zlib:
                raise RuntimeError(
                    "Compression requires the (missing) zlib module")
        elif compression != ZIP_STORED:
            raise RuntimeError("That compression method is not supported")

        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0              # 0 (quiet) to 3 (everything)
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.mode = key = mode.replace('b', '')[0]
        self.pwd = None
        self._comment = b''

        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            open_modes = {'r': 'rb', 'w': 'wb', 'a': 'r+b'}
            try:
                self.fp = io.open(file, open_modes[mode])
            except IOError:
                if mode != 'a':
                    raise
                # Appending to a file that does not exist: make it.
                mode = key = 'w'
                self.fp = io.open(file, open_modes[mode])
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)

        try:
            if key == 'r':
                self._RealGetContents()
            elif key == 'w':
                # A new archive: the end records must be written.
                self._didModify = True
            else:
                try:
                    self._RealGetContents()
                    # New members replace the central directory.
                    self.fp.seek(self.start_dir, 0)
                except BadZipFile:
                    # Not an archive: add one at its end.
                    self.fp.seek(0, 2)
                    self._didModify = True
        except:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def _RealGetContents(self):
        """Read the central directory."""
        fp = self.fp
        try:
            endrec = _EndRecData(fp)
        except IOError:
            raise BadZipFile("File is not a zip file")
        if not endrec:
            raise BadZipFile("File is not a zip file")
        if self.debug > 1:
            print(endrec)
        size_cd = endrec[_ECD_SIZE]
        offset_cd = endrec[_ECD_OFFSET]
        self._comment = endrec[_ECD_COMMENT]

        # The archive may follow other data (a self-extracting program):
        # the offsets it holds are then short by that much.
        concat = endrec[_ECD_LOCATION] - size_cd - offset_cd
        if endrec[_ECD_SIGNATURE] == stringEndArchive64:
            concat -= sizeEndCentDir64 + sizeEndCentDir64Locator
        if self.debug > 2:
            print("given, inferred, offset", offset_cd, concat + offset_cd,
                  concat)
        self.start_dir = offset_cd + concat
        fp.seek(self.start_dir, 0)
        directory = io.BytesIO(fp.read(size_cd))
        total = 0
        while total < size_cd:
            centdir = directory.read(sizeCentralDir)
            if len(centdir) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            centdir = struct.unpack(structCentralDir, centdir)
            if centdir[_CD_SIGNATURE] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            if self.debug > 2:
                print(centdir)
            filename = directory.read(centdir[_CD_FILENAME_LENGTH])
            if centdir[_CD_FLAG_BITS] & 0x800:
                filename = filename.decode('utf-8')
            else:
                filename = filename.decode('cp437')
            x = ZipInfo(filename)
            x.extra = directory.read(centdir[_CD_EXTRA_FIELD_LENGTH])
            x.comment = directory.read(centdir[_CD_COMMENT_LENGTH])
            x.header_offset = centdir[_CD_LOCAL_HEADER_OFFSET]
            (x.create_version, x.create_system, x.extract_version,
             x.reserved, x.flag_bits, x.compress_type, t, d,
             x.CRC, x.compress_size, x.file_size) = centdir[1:12]
            x.volume, x.internal_attr, x.external_attr = centdir[15:18]
            x._raw_time = t
            x.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                           t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            x._decodeExtra()
            x.header_offset = x.header_offset + concat
            self.filelist.append(x)
            self.NameToInfo[x.filename] = x
            total += (sizeCentralDir + centdir[_CD_FILENAME_LENGTH] +
                      centdir[_CD_EXTRA_FIELD_LENGTH] +
                      centdir[_CD_COMMENT_LENGTH])
            if self.debug > 2:
                print("total", total)

    def namelist(self):
        """The names of the members, in archive order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The ZipInfo of each member, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of the members (to file, default stdout)."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"),
              file=file)
        for zinfo in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % zinfo.date_time[:6]
            print("%-46s %s %12d" % (zinfo.filename, date, zinfo.file_size),
                  file=file)

    def testzip(self):
        """Read every member: the name of the first with a bad CRC, or
        None."""
        chunk_size = 2 ** 20
        for zinfo in self.filelist:
            try:
                with self.open(zinfo.filename, "r") as f:
                    while f.read(chunk_size):
                        pass
            except BadZipFile:
                return zinfo.filename

    def getinfo(self, name):
        """The ZipInfo of the member called name (KeyError if none)."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        """Set the default password (bytes) of encrypted members."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd))
        self.pwd = pwd if pwd else None

    @property
    def comment(self):
        """The archive's comment (bytes)."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" %
                            type(comment))
        if len(comment) >= ZIP_MAX_COMMENT:
            if self.debug:
                print('Archive comment is too long; truncating to %d bytes'
                      % ZIP_MAX_COMMENT)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        """The contents of member name (or ZipInfo), as bytes."""
        with self.open(name, "r", pwd) as fp:
            return fp.read()

    def open(self, name, mode="r", pwd=None):
        """A ZipExtFile reading member name (or a ZipInfo); mode is 'r',
        or 'U'/'rU' for universal newlines; pwd the password of an
        encrypted member."""
        if mode not in ("r", "U", "rU"):
            raise RuntimeError('open() requires mode "r", "U", or "rU"')
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd))
        if not self.fp:
            raise RuntimeError(
                "Attempt to read ZIP archive that was already closed")

        # An archive opened by name is opened again for each member, so
        # that members can be read at the same time.
        if self._filePassed:
            zef_file = self.fp
        else:
            zef_file = io.open(self.filename, 'rb')

        try:
            zinfo = name if isinstance(name, ZipInfo) else \
                self.getinfo(name)
            zef_file.seek(zinfo.header_offset, 0)

            fheader = zef_file.read(sizeFileHeader)
            if len(fheader) != sizeFileHeader:
                raise BadZipFile("Truncated file header")
            fheader = struct.unpack(structFileHeader, fheader)
            if fheader[_FH_SIGNATURE] != stringFileHeader:
                raise BadZipFile("Bad magic number for file header")

            fname = zef_file.read(fheader[_FH_FILENAME_LENGTH])
            if fheader[_FH_EXTRA_FIELD_LENGTH]:
                zef_file.read(fheader[_FH_EXTRA_FIELD_LENGTH])
            if zinfo.flag_bits & 0x800:
                fname_str = fname.decode("utf-8")
            else:
                fname_str = fname.decode("cp437")
            if fname_str != zinfo.orig_filename:
                raise BadZipFile(
                    'File name in directory %r and header %r differ.'
                    % (zinfo.orig_filename, fname))

            zd = None
            if zinfo.flag_bits & 0x1:
                if not pwd:
                    pwd = self.pwd
                if not pwd:
                    raise RuntimeError("File %s is encrypted, password "
                                       "required for extraction" % name)
                zd = _ZipDecrypter(pwd)
                # The 12-byte encryption header: its last byte checks the
                # password (against the CRC, or the time when the CRC
                # comes after the data).
                header = [zd(c) for c in zef_file.read(12)]
                if zinfo.flag_bits & 0x8:
                    check_byte = (zinfo._raw_time >> 8) & 0xff
                else:
                    check_byte = (zinfo.CRC >> 24) & 0xff
                if header[11] != check_byte:
                    raise RuntimeError("Bad password for file", name)

            return ZipExtFile(zef_file, mode, zinfo, zd,
                              close_fileobj=not self._filePassed)
        except:
            if not self._filePassed:
                zef_file.close()
            raise

    def extract(self, member, path=None, pwd=None):
        """Write member (a name or ZipInfo) under the folder path (default
        the current one), at its name in the archive; return the path
        written."""
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        if path is None:
            path = os.getcwd()
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """extract() every member (or those of members, a subset of
        namelist()) under path."""
        if members is None:
            members = self.namelist()
        for zipinfo in members:
            self.extract(zipinfo, path, pwd)

    def _extract_member(self, member, targetpath, pwd):
        # The member's name made a safe relative path: no drive, no
        # absolute path, no '.' or '..' components.
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        arcname = os.path.sep.join(
            part for part in arcname.split(os.path.sep)
            if part not in ('', os.path.curdir, os.path.pardir))
        if os.path.sep == '\\':
            # Characters Windows does not allow in names.
            illegal = ':<>|"?*'
            arcname = arcname.translate(
                str.maketrans(illegal, '_' * len(illegal)))
            parts = (x.rstrip('.') for x in arcname.split(os.path.sep))
            arcname = os.path.sep.join(x for x in parts if x)

        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        upperdirs = os.path.dirname(targetpath)
        if upperdirs and not os.path.exists(upperdirs):
            os.makedirs(upperdirs)

        if member.filename[-1] == '/':
            if not os.path.isdir(targetpath):
                os.mkdir(targetpath)
            return targetpath

        with self.open(member, pwd=pwd) as source, \
                open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    def _writecheck(self, zinfo):
        """Raise if zinfo cannot be written."""
        if zinfo.filename in self.NameToInfo and self.debug:
            print("Duplicate name:", zinfo.filename)
        if self.mode not in ("w", "a"):
            raise RuntimeError('write() requires mode "w" or "a"')
        if not self.fp:
            raise RuntimeError(
                "Attempt to write ZIP archive that was already closed")
        if zinfo.compress_type == ZIP_DEFLATED and not zlib:
            raise RuntimeError(
                "Compression requires the (missing) zlib module")
        if zinfo.compress_type not in (ZIP_STORED, ZIP_DEFLATED):
            raise RuntimeError("That compression method is not supported")
        if zinfo.file_size > ZIP64_LIMIT and not self._allowZip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        if zinfo.header_offset > ZIP64_LIMIT and not self._allowZip64:
            raise LargeZipFile("Zipfile size would require ZIP64 extensions")

    def _add(self, zinfo):
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo

    def write(self, filename, arcname=None, compress_type=None):
        """Add the file (or folder) filename, as arcname (default
        filename, without drive or leading separators)."""
        if not self.fp:
            raise RuntimeError(
                "Attempt to write to ZIP archive that was already closed")

        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[0:6]
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        zinfo = ZipInfo(arcname, date_time)
        zinfo.external_attr = (st[0] & 0xFFFF) << 16      # Unix mode
        zinfo.compress_type = self.compression if compress_type is None \
            else compress_type
        zinfo.file_size = st.st_size
        zinfo.flag_bits = 0x00
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True

        if isdir:
            zinfo.file_size = 0
            zinfo.compress_size = 0
            zinfo.CRC = 0
            self._add(zinfo)
            self.fp.write(zinfo.FileHeader(False))
            return

        with open(filename, "rb") as fp:
            # A header with the sizes to come, rewritten at the end.
            zinfo.CRC = CRC = 0
            zinfo.compress_size = compress_size = 0
            # ZIP64 decided beforehand, with a margin for growth.
            zip64 = self._allowZip64 and \
                zinfo.file_size * 1.05 > ZIP64_LIMIT
            self.fp.write(zinfo.FileHeader(zip64))
            if zinfo.compress_type == ZIP_DEFLATED:
                cmpr = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION,
                                        zlib.DEFLATED, -15)
            else:
                cmpr = None
            file_size = 0
            while True:
                buf = fp.read(1024 * 8)
                if not buf:
                    break
                file_size += len(buf)
                CRC = crc32(buf, CRC) & 0xffffffff
                if cmpr:
                    buf = cmpr.compress(buf)
                    compress_size += len(buf)
                self.fp.write(buf)
        if cmpr:
            buf = cmpr.flush()
            compress_size += len(buf)
            self.fp.write(buf)
            zinfo.compress_size = compress_size
        else:
            zinfo.compress_size = file_size
        zinfo.CRC = CRC
        zinfo.file_size = file_size
        if not zip64 and self._allowZip64:
            if file_size > ZIP64_LIMIT:
                raise RuntimeError('File size has increased during '
                                   'compressing')
            if compress_size > ZIP64_LIMIT:
                raise RuntimeError('Compressed size larger than uncompressed '
                                   'size')
        position = self.fp.tell()
        self.fp.seek(zinfo.header_offset, 0)
        self.fp.write(zinfo.FileHeader(zip64))
        self.fp.seek(position, 0)
        self._add(zinfo)

    def writestr(self, zinfo_or_arcname, data, compress_type=None):
        """Add a member holding data (bytes, or str stored as UTF-8),
        described by a ZipInfo or just named (then dated now)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = ZipInfo(filename=zinfo_or_arcname,
                            date_time=time.localtime(time.time())[:6])
            zinfo.compress_type = self.compression
            zinfo.external_attr = 0o600 << 16
        else:
            zinfo = zinfo_or_arcname

        if not self.fp:
            raise RuntimeError(
                "Attempt to write to ZIP archive that was already closed")

        zinfo.file_size = len(data)
        zinfo.header_offset = self.fp.tell()
        if compress_type is not None:
            zinfo.compress_type = compress_type
        self._writecheck(zinfo)
        self._didModify = True
        zinfo.CRC = crc32(data) & 0xffffffff
        if zinfo.compress_type == ZIP_DEFLATED:
            co = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION,
                                  zlib.DEFLATED, -15)
            data = co.compress(data) + co.flush()
            zinfo.compress_size = len(data)
        else:
            zinfo.compress_size = zinfo.file_size
        zip64 = zinfo.file_size > ZIP64_LIMIT or \
            zinfo.compress_size > ZIP64_LIMIT
        if zip64 and not self._allowZip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        self.fp.write(zinfo.FileHeader(zip64))
        self.fp.write(data)
        if zinfo.flag_bits & 0x08:
            # The data descriptor the flag announces.
            fmt = '<LQQ' if zip64 else '<LLL'
            self.fp.write(struct.pack(fmt, zinfo.CRC, zinfo.compress_size,
                                      zinfo.file_size))
        self.fp.flush()
        self._add(zinfo)

    def __del__(self):
        self.close()

    def close(self):
        """Close the archive, writing its central directory and end
        records first in modes 'w' and 'a'."""
        if self.fp is None:
            return
        try:
            if self.mode in ("w", "a") and self._didModify:
                self._write_end_records()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_end_records(self):
        fp = self.fp
        start = fp.tell()
        count = 0
        for zinfo in self.filelist:
            count += 1
            dosdate, dostime = _dos_date_time(zinfo.date_time)
            # Values too large for their field go to a ZIP64 extra field.
            extra = []
            if zinfo.file_size > ZIP64_LIMIT or \
                    zinfo.compress_size > ZIP64_LIMIT:
                extra.append(zinfo.file_size)
                extra.append(zinfo.compress_size)
                file_size = compress_size = 0xffffffff
            else:
                file_size = zinfo.file_size
                compress_size = zinfo.compress_size
            if zinfo.header_offset > ZIP64_LIMIT:
                extra.append(zinfo.header_offset)
                header_offset = 0xffffffff
            else:
                header_offset = zinfo.header_offset

            extra_data = zinfo.extra
            if extra:
                extra_data = struct.pack('<HH' + 'Q' * len(extra), 1,
                                         8 * len(extra), *extra) + extra_data
                extract_version = max(45, zinfo.extract_version)
                create_version = max(45, zinfo.create_version)
            else:
                extract_version = zinfo.extract_version
                create_version = zinfo.create_version

            filename, flag_bits = zinfo._encodeFilenameFlags()
            centdir = struct.pack(structCentralDir, stringCentralDir,
                                  create_version, zinfo.create_system,
                                  extract_version, zinfo.reserved,
                                  flag_bits, zinfo.compress_type,
                                  dostime, dosdate, zinfo.CRC,
                                  compress_size, file_size,
                                  len(filename), len(extra_data),
                                  len(zinfo.comment), 0,
                                  zinfo.internal_attr, zinfo.external_attr,
                                  header_offset)
            fp.write(centdir)
            fp.write(filename)
            fp.write(extra_data)
            fp.write(zinfo.comment)

        end = fp.tell()
        dir_count = count
        dir_size = end - start
        dir_offset = start
        if (dir_count >= ZIP_FILECOUNT_LIMIT or dir_offset > ZIP64_LIMIT or
                dir_size > ZIP64_LIMIT):
            fp.write(struct.pack(structEndArchive64, stringEndArchive64,
                                 44, 45, 45, 0, 0, dir_count, dir_count,
                                 dir_size, dir_offset))
            fp.write(struct.pack(structEndArchive64Locator,
                                 stringEndArchive64Locator, 0, end, 1))
            dir_count = min(dir_count, 0xFFFF)
            dir_size = min(dir_size, 0xFFFFFFFF)
            dir_offset = min(dir_offset, 0xFFFFFFFF)
        fp.write(struct.pack(structEndArchive, stringEndArchive, 0, 0,
                             dir_count, dir_count, dir_size, dir_offset,
                             len(self._comment)))
        fp.write(self._comment)
        fp.flush()


class PyZipFile(ZipFile):
    """A ZipFile that writepy() fills with compiled Python modules.
    optimize is the -O level of the code added (-1: as it is found, or
    the interpreter's)."""

    def __init__(self, file, mode="r", compression=ZIP_STORED,
                 allowZip64=False, optimize=-1):
        ZipFile.__init__(self, file, mode=mode, compression=compression,
                         allowZip64=allowZip64)
        self._optimize = optimize

    def writepy(self, pathname, basename=""):
        """Add Python code as .pyc (or .pyo) files, compiling where needed:
        a package folder (with __init__.py) with its subpackages, all the
        .py files of a plain folder, or one .py file; basename is the
        folder within the archive."""
        dir, name = os.path.split(pathname)
        if not os.path.isdir(pathname):
            if pathname[-3:] != ".py":
                raise RuntimeError(
                    'Files added with writepy() must end with ".py"')
            fname, arcname = self._get_codename(pathname[0:-3], basename)
            if self.debug:
                print("Adding file", arcname)
            self.write(fname, arcname)
            return

        initname = os.path.join(pathname, "__init__.py")
        if os.path.isfile(initname):
            # A package, under its own name.
            basename = "%s/%s" % (basename, name) if basename else name
            if self.debug:
                print("Adding package in", pathname, "as", basename)
            fname, arcname = self._get_codename(initname[0:-3], basename)
            if self.debug:
                print("Adding", arcname)
            self.write(fname, arcname)
            dirlist = os.listdir(pathname)
            dirlist.remove("__init__.py")
            for filename in dirlist:
                path = os.path.join(pathname, filename)
                root, ext = os.path.splitext(filename)
                if os.path.isdir(path):
                    if os.path.isfile(os.path.join(path, "__init__.py")):
                        self.writepy(path, basename)
                elif ext == ".py":
                    fname, arcname = self._get_codename(path[0:-3],
                                                        basename)
                    if self.debug:
                        print("Adding", arcname)
                    self.write(fname, arcname)
        else:
            # A plain folder: its modules only.
            if self.debug:
                print("Adding files from directory", pathname)
            for filename in os.listdir(pathname):
                path = os.path.join(pathname, filename)
                root, ext = os.path.splitext(filename)
                if ext == ".py":
                    fname, arcname = self._get_codename(path[0:-3],
                                                        basename)
                    if self.debug:
                        print("Adding", arcname)
                    self.write(fname, arcname)

    def _get_codename(self, pathname, basename):
        """(file to add, name in the archive) for the module pathname
        (without .py): an up-to-date compiled file, compiling the source
        when there is none (the source itself if it does not compile)."""
        def _compile(file, optimize=-1):
            import py_compile
            if self.debug:
                print("Compiling", file)
            try:
                py_compile.compile(file, doraise=True, optimize=optimize)
            except py_compile.PyCompileError as err:
                print(err.msg)
                return False
            return True

        file_py = pathname + ".py"
        file_pyc = pathname + ".pyc"
        file_pyo = pathname + ".pyo"
        pycache_pyc = imp.cache_from_source(file_py, True)
        pycache_pyo = imp.cache_from_source(file_py, False)

        def fresh(path):
            return os.path.isfile(path) and \
                os.stat(path).st_mtime >= os.stat(file_py).st_mtime

        if self._optimize == -1:
            # Whatever compiled form is up to date, else compile.
            if fresh(file_pyo):
                arcname = fname = file_pyo
            elif fresh(file_pyc):
                arcname = fname = file_pyc
            elif fresh(pycache_pyc):
                fname = pycache_pyc
                arcname = file_pyc
            elif fresh(pycache_pyo):
                fname = pycache_pyo
                arcname = file_pyo
            elif _compile(file_py):
                fname = pycache_pyc if __debug__ else pycache_pyo
                arcname = file_pyc if __debug__ else file_pyo
            else:
                fname = arcname = file_py
        else:
            if self._optimize == 0:
                fname, arcname = pycache_pyc, file_pyc
            else:
                fname, arcname = pycache_pyo, file_pyo
            if not fresh(fname) and \
                    not _compile(file_py, optimize=self._optimize):
                fname = arcname = file_py
        archivename = os.path.split(arcname)[1]
        if basename:
            archivename = "%s/%s" % (basename, archivename)
        return (fname, archivename)


def main(args=None):
    import textwrap
    USAGE = textwrap.dedent("""\
        Usage:
            zipfile.py -l zipfile.zip        # Show listing of a zipfile
            zipfile.py -t zipfile.zip        # Test if a zipfile is valid
            zipfile.py -e zipfile.zip target # Extract zipfile into target dir
            zipfile.py -c zipfile.zip src ... # Create zipfile from sources
        """)
    if args is None:
        args = sys.argv[1:]

    def usage():
        print(USAGE)
        sys.exit(1)

    if not args or args[0] not in ('-l', '-c', '-e', '-t'):
        usage()
    command = args[0]
    if command == '-l':
        if len(args) != 2:
            usage()
        with ZipFile(args[1], 'r') as zf:
            zf.printdir()
    elif command == '-t':
        if len(args) != 2:
            usage()
        with ZipFile(args[1], 'r') as zf:
            badfile = zf.testzip()
        if badfile:
            print("The following enclosed file is corrupted: {!r}".format(
                badfile))
        print("Done testing")
    elif command == '-e':
        if len(args) != 3:
            usage()
        with ZipFile(args[1], 'r') as zf:
            out = args[2]
            for path in zf.namelist():
                if path.startswith('./'):
                    target = os.path.join(out, path[2:])
                else:
                    target = os.path.join(out, path)
                folder = os.path.dirname(target)
                if not os.path.exists(folder):
                    os.makedirs(folder)
                with open(target, 'wb') as fp:
                    fp.write(zf.read(path))
    else:
        if len(args) < 3:
            usage()

        def add_to_zip(zf, path, zippath):
            if os.path.isfile(path):
                zf.write(path, zippath, ZIP_DEFLATED)
            elif os.path.isdir(path):
                for name in os.listdir(path):
                    add_to_zip(zf, os.path.join(path, name),
                               os.path.join(zippath, name))
            # Anything else is left out.

        with ZipFile(args[1], 'w', allowZip64=True) as zf:
            for src in args[2:]:
                add_to_zip(zf, src, os.path.basename(src))

if __name__ == "__main__":
    main()
