"""The utf-32 codec: UTF-32 that starts with a byte order mark, written
in this machine's byte order and read in the order the mark says."""

import codecs
import sys

encode = codecs.utf_32_encode


def decode(input, errors='strict'):
    return codecs.utf_32_decode(input, errors, True)


if sys.byteorder == 'little':
    _native_encode, _other_encode = codecs.utf_32_le_encode, codecs.utf_32_be_encode
    _native_decode, _other_decode = codecs.utf_32_le_decode, codecs.utf_32_be_decode
else:
    _native_encode, _other_encode = codecs.utf_32_be_encode, codecs.utf_32_le_encode
    _native_decode, _other_decode = codecs.utf_32_be_decode, codecs.utf_32_le_decode


def _decoder_for(byteorder, consumed):
    """The decoder for the rest of a stream whose start said byteorder;
    None while the start is too short to tell."""
    if byteorder == -1:
        return codecs.utf_32_le_decode
    if byteorder == 1:
        return codecs.utf_32_be_decode
    if consumed >= 32 // 8:
        raise UnicodeError("UTF-32 stream does not start with BOM")
    return None


class IncrementalEncoder(codecs.IncrementalEncoder):

    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.encoder = None

    def encode(self, input, final=False):
        if self.encoder is not None:
            return self.encoder(input, self.errors)[0]
        self.encoder = _native_encode
        return codecs.utf_32_encode(input, self.errors)[0]

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.encoder = None

    def getstate(self):
        # 2: the byte order mark is still to be written.
        return 2 if self.encoder is None else 0

    def setstate(self, state):
        self.encoder = None if state else _native_encode


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):

    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.decoder = None

    def _buffer_decode(self, input, errors, final):
        if self.decoder is not None:
            return self.decoder(input, self.errors, final)
        output, consumed, byteorder = codecs.utf_32_ex_decode(input, errors, 0, final)
        self.decoder = _decoder_for(byteorder, consumed)
        return (output, consumed)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.decoder = None

    def getstate(self):
        # The second item: 2 before the mark was read, 0 for this
        # machine's order, 1 for the other.
        buffered = codecs.BufferedIncrementalDecoder.getstate(self)[0]
        if self.decoder is None:
            return (buffered, 2)
        return (buffered, 0 if self.decoder is _native_decode else 1)

    def setstate(self, state):
        codecs.BufferedIncrementalDecoder.setstate(self, state)
        self.decoder = {0: _native_decode, 1: _other_decode}.get(state[1])


class StreamWriter(codecs.StreamWriter):

    def __init__(self, stream, errors='strict'):
        codecs.StreamWriter.__init__(self, stream, errors)
        self.encoder = None

    def reset(self):
        codecs.StreamWriter.reset(self)
        self.encoder = None

    def encode(self, input, errors='strict'):
        if self.encoder is not None:
            return self.encoder(input, errors)
        self.encoder = _native_encode
        return codecs.utf_32_encode(input, errors)


class StreamReader(codecs.StreamReader):

    def reset(self):
        codecs.StreamReader.reset(self)
        self.__dict__.pop('decode', None)

    def decode(self, input, errors='strict'):
        output, consumed, byteorder = codecs.utf_32_ex_decode(input, errors, 0, False)
        decoder = _decoder_for(byteorder, consumed)
        if decoder is not None:
            self.decode = decoder
        return (output, consumed)


def getregentry():
    return codecs.CodecInfo(
        name='utf-32',
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )
