"""The punycode codec (RFC 3492): Unicode text as ASCII, the basic
(ASCII) characters first, then, after a '-', the others as variable-length
numbers saying where to insert which code point."""

import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_INITIAL_BIAS, _INITIAL_N = 72, 128


def _adapt(delta, numpoints, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // numpoints
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    if k <= bias:
        return _TMIN
    if k >= bias + _TMAX:
        return _TMAX
    return k - bias


_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def punycode_encode(text):
    """Encode text (a str) to punycode bytes."""
    points = [ord(c) for c in text]
    out = bytearray(c for c in points if c < 0x80)
    basic = len(out)
    if basic:
        out.append(ord('-'))
    n, delta, bias, handled = _INITIAL_N, 0, _INITIAL_BIAS, basic
    while handled < len(points):
        m = min(c for c in points if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in points:
            if c < n:
                delta += 1
            elif c == n:
                q = delta
                k = _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, handled + 1, handled == basic)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


def _digit_value(c):
    if 0x41 <= c <= 0x5A:
        return c - 0x41
    if 0x30 <= c <= 0x39:
        return c - 22
    return None


def punycode_decode(text, errors):
    """Decode punycode bytes (or str) to a str."""
    if isinstance(text, str):
        text = text.encode("ascii")
    if isinstance(text, memoryview):
        text = bytes(text)
    pos = text.rfind(b"-")
    if pos == -1:
        base = ""
        extended = str(text, "ascii").upper()
    else:
        base = str(text[:pos], "ascii", errors)
        extended = str(text[pos + 1:], "ascii").upper()
    out = list(base)
    n, i, bias = _INITIAL_N, 0, _INITIAL_BIAS
    at = 0
    while at < len(extended):
        start_i = i
        w = 1
        k = _BASE
        while True:
            if at >= len(extended):
                if errors == "strict":
                    raise UnicodeError("incomplete punicode string")
                return "".join(out)
            ch = extended[at]
            digit = _digit_value(ord(ch))
            at += 1
            if digit is None:
                if errors == "strict":
                    raise UnicodeError("Invalid extended code point '%s'" % ch)
                return "".join(out)
            i += digit * w
            t = _threshold(k, bias)
            if digit < t:
                break
            w *= _BASE - t
            k += _BASE
        bias = _adapt(i - start_i, len(out) + 1, start_i == 0)
        n += i // (len(out) + 1)
        i %= len(out) + 1
        if n > 0x10FFFF:
            if errors == "strict":
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord('?')
        out.insert(i, chr(n))
        i += 1
    return "".join(out)


def _check_errors(errors):
    if errors not in ('strict', 'replace', 'ignore'):
        raise UnicodeError("Unsupported error handling " + errors)


class Codec(codecs.Codec):

    def encode(self, input, errors='strict'):
        return punycode_encode(input), len(input)

    def decode(self, input, errors='strict'):
        _check_errors(errors)
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):

    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):

    def decode(self, input, final=False):
        _check_errors(self.errors)
        return punycode_decode(input, self.errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='punycode',
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
