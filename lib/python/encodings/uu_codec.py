"""The uu codec: bytes to bytes in uuencode's format (a "begin" line,
lines of up to 45 bytes, "end")."""

import codecs
import binascii


def _strict(errors):
    if errors != 'strict':
        raise AssertionError


def uu_encode(input, errors='strict', filename='<data>', mode=0o666):
    _strict(errors)
    data = bytes(input)
    lines = [('begin %o %s\n' % (mode & 0o777, filename)).encode('ascii')]
    for start in range(0, len(data), 45):
        lines.append(binascii.b2a_uu(data[start:start + 45]))
    lines.append(b' \nend\n')
    return (b''.join(lines), len(input))


def uu_decode(input, errors='strict'):
    _strict(errors)
    lines = bytes(input).splitlines(True)
    at = 0
    while True:
        if at >= len(lines):
            raise ValueError('Missing "begin" line in input data')
        line = lines[at]
        at += 1
        if line[:5] == b'begin':
            break
    out = []
    ended = False
    while at < len(lines):
        line = lines[at]
        at += 1
        if line == b'end\n':
            ended = True
            break
        try:
            out.append(binascii.a2b_uu(line))
        except binascii.Error:
            # A line with garbage after its data: decode what its length
            # byte announces.
            count = (((line[0] - 32) & 63) * 4 + 5) // 3
            out.append(binascii.a2b_uu(line[:count]))
    if not ended:
        raise ValueError('Truncated input data')
    return (b''.join(out), len(input))


class Codec(codecs.Codec):

    def encode(self, input, errors='strict'):
        return uu_encode(input, errors)

    def decode(self, input, errors='strict'):
        return uu_decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):

    def encode(self, input, final=False):
        return uu_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):

    def decode(self, input, final=False):
        return uu_decode(input, self.errors)[0]


class StreamWriter(Codec, codecs.StreamWriter):
    charbuffertype = bytes


class StreamReader(Codec, codecs.StreamReader):
    charbuffertype = bytes


def getregentry():
    return codecs.CodecInfo(
        name='uu',
        encode=uu_encode,
        decode=uu_decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )
