"""The zlib codec: bytes to bytes through zlib's compression."""

import codecs
import zlib


def _strict(errors):
    if errors != 'strict':
        raise AssertionError


def zlib_encode(input, errors='strict'):
    _strict(errors)
    return (zlib.compress(input), len(input))


def zlib_decode(input, errors='strict'):
    _strict(errors)
    return (zlib.decompress(input), len(input))


class Codec(codecs.Codec):

    def encode(self, input, errors='strict'):
        return zlib_encode(input, errors)

    def decode(self, input, errors='strict'):
        return zlib_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):

    def __init__(self, errors='strict'):
        _strict(errors)
        self.errors = errors
        self.compressobj = zlib.compressobj()

    def encode(self, input, final=False):
        data = self.compressobj.compress(input)
        if final:
            data += self.compressobj.flush()
        return data

    def reset(self):
        self.compressobj = zlib.compressobj()


class IncrementalDecoder(codecs.IncrementalDecoder):

    def __init__(self, errors='strict'):
        _strict(errors)
        self.errors = errors
        self.decompressobj = zlib.decompressobj()

    def decode(self, input, final=False):
        data = self.decompressobj.decompress(input)
        if final:
            data += self.decompressobj.flush()
        return data

    def reset(self):
        self.decompressobj = zlib.decompressobj()


class StreamWriter(Codec, codecs.StreamWriter):
    charbuffertype = bytes


class StreamReader(Codec, codecs.StreamReader):
    charbuffertype = bytes


def getregentry():
    return codecs.CodecInfo(
        name='zlib',
        encode=zlib_encode,
        decode=zlib_decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )
