"""codecs -- Python Codec Registry, API and helpers.

Taipan's codecs module: the classes codecs are built from (Codec, the
incremental encoders and decoders, the stream readers and writers), the
helpers that find a codec's parts by encoding name, and the byte order
marks. The registry itself and the codec functions are the native
_codecs module.
"""

import builtins
import sys

try:
    from _codecs import *
except ImportError as why:
    raise SystemError('Failed to load the builtin codecs: %s' % why)

__all__ = ["register", "lookup", "open", "EncodedFile",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "register_error", "lookup_error"]

# Byte order marks.
BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'

if sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE

# Older names.
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """What lookup() returns: the parts of a codec, by name and (the first
    four, for old code) by position."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.name = name
        info.encode = encode
        info.decode = decode
        info.incrementalencoder = incrementalencoder
        info.incrementaldecoder = incrementaldecoder
        info.streamwriter = streamwriter
        info.streamreader = streamreader
        return info

    def __repr__(self):
        return "<%s.%s object for encoding %s at 0x%x>" % (
            self.__class__.__module__, self.__class__.__name__,
            self.name, id(self))


class Codec:
    """The stateless interface of a codec: encode and decode return the
    result and how much of the input they used."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes its input in pieces, keeping what it needs between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder that keeps the input its _buffer_encode
    method did not use and puts it before the next input."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        result, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """Decodes its input in pieces, keeping what it needs between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder that keeps the bytes its _buffer_decode
    method did not use and puts them before the next input."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        result, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes text to a byte stream through the codec's encode method."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if offset == 0 and whence == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads text from a byte stream through the codec's decode method."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _have_enough(self, size, chars):
        have = len(self.charbuffer)
        if chars >= 0:
            return have >= chars
        if size >= 0:
            return have >= size
        return have > 0

    def read(self, size=-1, chars=-1, firstline=False):
        """Return up to chars characters (all, when chars is negative),
        reading the stream size bytes at a time (or all of it). With
        firstline, a decoding error after the first line end keeps the
        undecodable rest for later instead of raising."""
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        while not self._have_enough(size, chars):
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            try:
                text, used = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if not firstline:
                    raise
                text, used = self.decode(data[:exc.start], self.errors)
                if len(text.splitlines(True)) < 2:
                    raise
            self.bytebuffer = data[used:]
            self.charbuffer += text
            if not newdata:
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def _strip_end(self, line, keepends):
        if keepends or not line:
            return line
        return line.splitlines(False)[0]

    def readline(self, size=None, keepends=True):
        """Return the next line (with its line end when keepends); size
        is the read size handed to read()."""
        if self.linebuffer:
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            return self._strip_end(line, keepends)
        chunk = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(chunk, firstline=True)
            if data and data.endswith("\r" if isinstance(data, str) else b"\r"):
                # A CR may be the first half of CR LF.
                data += self.read(size=1, chars=1)
            line += data
            pieces = line.splitlines(True)
            if len(pieces) > 1:
                line = pieces[0]
                rest = pieces[1:]
                if len(rest) == 1:
                    self.charbuffer = rest[0] + self.charbuffer
                else:
                    rest[-1] += self.charbuffer
                    self.linebuffer = rest
                    self.charbuffer = None
                return self._strip_end(line, keepends)
            if pieces:
                whole = pieces[0]
                bare = whole.splitlines(False)[0]
                if whole != bare:
                    return whole if keepends else bare
            if not data or size is not None:
                return self._strip_end(line, keepends)
            if chunk < 8000:
                chunk *= 2

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """A stream that reads through one codec's StreamReader and writes
    through its StreamWriter."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if offset == 0 and whence == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    """A stream that converts between two encodings: what is read from
    the stream (in the file encoding, through Reader) is returned
    re-encoded by encode; what is written is decoded by decode and
    written through Writer."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data, _ = self.encode(self.reader.read(size), self.errors)
        return data

    def readline(self, size=None):
        if size is None:
            line = self.reader.readline()
        else:
            line = self.reader.readline(size)
        data, _ = self.encode(line, self.errors)
        return data

    def readlines(self, sizehint=None):
        data, _ = self.encode(self.reader.read(), self.errors)
        return data.splitlines(True)

    def __next__(self):
        data, _ = self.encode(next(self.reader), self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        text, _ = self.decode(data, self.errors)
        return self.writer.write(text)

    def writelines(self, list):
        text, _ = self.decode(b''.join(list), self.errors)
        return self.writer.write(text)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


def open(filename, mode='rb', encoding=None, errors='strict', buffering=1):
    """Open a file in binary mode and wrap it in the StreamReaderWriter of
    encoding (or return the file itself when encoding is None)."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    info = lookup(encoding)
    srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
    srw.encoding = encoding
    return srw


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Wrap file in a StreamRecoder: data written is in data_encoding and
    stored in file_encoding (the same when not given), and the reverse
    for data read."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strings iterator gives with an incremental encoder,
    yielding the non-empty pieces."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for text in iterator:
        piece = encoder.encode(text)
        if piece:
            yield piece
    piece = encoder.encode("", True)
    if piece:
        yield piece


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the bytes iterator gives with an incremental decoder,
    yielding the non-empty pieces."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for data in iterator:
        piece = decoder.decode(data)
        if piece:
            yield piece
    piece = decoder.decode(b"", True)
    if piece:
        yield piece


def make_identity_dict(rng):
    """A dict mapping each item of rng to itself."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """Invert a decoding map; a target reached from several keys maps to
    None (undefined)."""
    result = {}
    for key, value in decoding_map.items():
        if value in result:
            result[value] = None
        else:
            result[value] = key
    return result


try:
    strict_errors = lookup_error("strict")
    ignore_errors = lookup_error("ignore")
    replace_errors = lookup_error("replace")
    xmlcharrefreplace_errors = lookup_error("xmlcharrefreplace")
    backslashreplace_errors = lookup_error("backslashreplace")
except LookupError:
    strict_errors = None
    ignore_errors = None
    replace_errors = None
    xmlcharrefreplace_errors = None
    backslashreplace_errors = None
