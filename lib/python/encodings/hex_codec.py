"""The hex codec: bytes to bytes (binascii.b2a_hex and binascii.a2b_hex)."""

import codecs
import binascii


def _strict(errors):
    if errors != 'strict':
        raise AssertionError


def hex_encode(input, errors='strict'):
    _strict(errors)
    return (binascii.b2a_hex(input), len(input))


def hex_decode(input, errors='strict'):
    _strict(errors)
    return (binascii.a2b_hex(input), len(input))


class Codec(codecs.Codec):

    def encode(self, input, errors='strict'):
        return hex_encode(input, errors)

    def decode(self, input, errors='strict'):
        return hex_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):

    def encode(self, input, final=False):
        _strict(self.errors)
        return binascii.b2a_hex(input)


class IncrementalDecoder(codecs.IncrementalDecoder):

    def decode(self, input, final=False):
        _strict(self.errors)
        return binascii.a2b_hex(input)


class StreamWriter(Codec, codecs.StreamWriter):
    charbuffertype = bytes


class StreamReader(Codec, codecs.StreamReader):
    charbuffertype = bytes


def getregentry():
    return codecs.CodecInfo(
        name='hex',
        encode=hex_encode,
        decode=hex_decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
