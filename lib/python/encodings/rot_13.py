"""The rot-13 codec: str to str, each ASCII letter moved 13 places along
the alphabet (so encoding and decoding are the same)."""

import codecs

rot13_map = codecs.make_identity_dict(range(256))
for _first in (ord('a'), ord('A')):
    for _i in range(26):
        rot13_map[_first + _i] = _first + (_i + 13) % 26
del _first, _i


def rot13(infile, outfile):
    outfile.write(infile.read().translate(rot13_map))


class Codec(codecs.Codec):

    def encode(self, input, errors='strict'):
        return (input.translate(rot13_map), len(input))

    def decode(self, input, errors='strict'):
        return (input.translate(rot13_map), len(input))


class IncrementalEncoder(codecs.IncrementalEncoder):

    def encode(self, input, final=False):
        return input.translate(rot13_map)


class IncrementalDecoder(codecs.IncrementalDecoder):

    def decode(self, input, final=False):
        return input.translate(rot13_map)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='rot-13',
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
