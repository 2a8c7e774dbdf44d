"""The quopri codec: bytes to bytes in quoted-printable (MIME), tabs and
spaces quoted."""

import codecs
import binascii


def _strict(errors):
    if errors != 'strict':
        raise AssertionError


def quopri_encode(input, errors='strict'):
    _strict(errors)
    return (binascii.b2a_qp(bytes(input), quotetabs=True), len(input))


def quopri_decode(input, errors='strict'):
    _strict(errors)
    return (binascii.a2b_qp(bytes(input)), len(input))


class Codec(codecs.Codec):

    def encode(self, input, errors='strict'):
        return quopri_encode(input, errors)

    def decode(self, input, errors='strict'):
        return quopri_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):

    def encode(self, input, final=False):
        return quopri_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):

    def decode(self, input, final=False):
        return quopri_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    charbuffertype = bytes


class StreamReader(Codec, codecs.StreamReader):
    charbuffertype = bytes


def getregentry():
    return codecs.CodecInfo(
        name='quopri',
        encode=quopri_encode,
        decode=quopri_decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
