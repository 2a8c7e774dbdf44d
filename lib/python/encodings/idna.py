"""The idna codec: internationalised domain names (RFC 3490), each label
prepared with nameprep (RFC 3491) and encoded with punycode (RFC 3492)."""

import codecs
import re
import stringprep
from unicodedata import ucd_3_2_0 as unicodedata

# Label separators: full stop, ideographic full stop, fullwidth full stop,
# halfwidth ideographic full stop.
dots = re.compile("[\u002e\u3002\uff0e\uff61]")

ace_prefix = b"xn--"
sace_prefix = "xn--"

_PROHIBITED = (stringprep.in_table_c12, stringprep.in_table_c22,
               stringprep.in_table_c3, stringprep.in_table_c4,
               stringprep.in_table_c5, stringprep.in_table_c6,
               stringprep.in_table_c7, stringprep.in_table_c8,
               stringprep.in_table_c9)


def nameprep(label):
    """Prepare one label by the nameprep profile of stringprep."""
    # Map: drop B.1 characters, case fold the others with B.2.
    mapped = "".join(stringprep.map_table_b2(ch) for ch in label
                     if not stringprep.in_table_b1(ch))
    label = unicodedata.normalize("NFKC", mapped)
    for ch in label:
        for prohibited in _PROHIBITED:
            if prohibited(ch):
                raise UnicodeError("Invalid character %r" % ch)
    # Bidirectional text: a label with any R or AL character may have no L
    # character, and must start and end with R or AL ones.
    rtl = [stringprep.in_table_d1(ch) for ch in label]
    if any(rtl):
        if any(stringprep.in_table_d2(ch) for ch in label):
            raise UnicodeError("Violation of BIDI requirement 2")
        if not (rtl[0] and rtl[-1]):
            raise UnicodeError("Violation of BIDI requirement 3")
    return label


def _checked_length(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError("label empty or too long")


def _as_ascii(label):
    """label encoded as ASCII bytes, or None when it is not ASCII."""
    try:
        return label.encode("ascii")
    except UnicodeError:
        return None


def ToASCII(label):
    """The ToASCII operation of RFC 3490 on one label (a str); bytes."""
    encoded = _as_ascii(label)
    if encoded is not None:
        return _checked_length(encoded)
    label = nameprep(label)
    encoded = _as_ascii(label)
    if encoded is not None:
        return _checked_length(encoded)
    if label.startswith(sace_prefix):
        raise UnicodeError("Label starts with ACE prefix")
    return _checked_length(ace_prefix + label.encode("punycode"))


def ToUnicode(label):
    """The ToUnicode operation of RFC 3490 on one label (bytes or str)."""
    if not isinstance(label, bytes):
        encoded = _as_ascii(label)
        if encoded is None:
            encoded = _as_ascii(nameprep(label))
            if encoded is None:
                raise UnicodeError("Invalid character in IDN label")
        label = encoded
    if not label.startswith(ace_prefix):
        return str(label, "ascii")
    result = label[len(ace_prefix):].decode("punycode")
    back = ToASCII(result)
    if str(label, "ascii").lower() != str(back, "ascii"):
        raise UnicodeError("IDNA does not round-trip", label, back)
    return result


def _split_trailing(labels, final, dot):
    """Drop the empty label a trailing dot leaves, or (when more input may
    follow) the unfinished last label; returns the dot to append."""
    if not labels:
        return dot[:0]
    if not labels[-1]:
        del labels[-1]
        return dot
    if not final:
        del labels[-1]
        if labels:
            return dot
    return dot[:0]


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        if errors != 'strict':
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return b'', 0
        labels = dots.split(input)
        trailing = _split_trailing(labels, True, b'.')
        return b'.'.join([ToASCII(label) for label in labels]) + trailing, len(input)

    def decode(self, input, errors='strict'):
        if errors != 'strict':
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return "", 0
        if not isinstance(input, bytes):
            input = bytes(input)
        labels = input.split(b".")
        trailing = _split_trailing(labels, True, '.')
        return ".".join([ToUnicode(label) for label in labels]) + trailing, len(input)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        if errors != 'strict':
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return b'', 0
        labels = dots.split(input)
        trailing = _split_trailing(labels, final, b'.')
        out = [ToASCII(label) for label in labels]
        # Consumed: the labels' characters, the dots between them and the
        # trailing one.
        size = sum(len(label) for label in labels) + max(len(labels) - 1, 0)
        return b'.'.join(out) + trailing, size + len(trailing)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        if errors != 'strict':
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return "", 0
        if isinstance(input, str):
            labels = dots.split(input)
        else:
            labels = str(input, "ascii").split(".")
        trailing = _split_trailing(labels, final, '.')
        out = [ToUnicode(label) for label in labels]
        size = sum(len(label) for label in labels) + max(len(labels) - 1, 0)
        return ".".join(out) + trailing, size + len(trailing)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='idna',
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
