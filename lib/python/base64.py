"""RFC 3548: Base16, Base32, Base64 Data Encodings"""

# The Base64 and Base16 work is done by binascii; Base32 is done here.
# As in CPython 3.2, every function takes bytes or bytearray only and
# returns bytes.

import re
import binascii

__all__ = [
    'encode', 'decode', 'encodebytes', 'decodebytes',
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b16encode', 'b16decode',
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
    ]

bytes_types = (bytes, bytearray)


def _check_bytes(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes, not %s" % s.__class__.__name__)


def _translate(s, altchars):
    # altchars maps one-character strs to the one-byte bytes replacing them.
    _check_bytes(s)
    table = bytearray(range(256))
    for old, new in altchars.items():
        table[ord(old)] = new[0]
    return s.translate(table)


# Base64

def b64encode(s, altchars=None):
    """Encode a byte string using Base64.

    s is the byte string to encode.  Optional altchars must be a byte
    string of length 2 which specifies an alternative alphabet for the
    '+' and '/' characters.  This allows an application to
    e.g. generate url or filesystem safe Base64 strings.

    The encoded byte string is returned.
    """
    _check_bytes(s)
    encoded = binascii.b2a_base64(s)[:-1]
    if altchars is None:
        return encoded
    _check_bytes(altchars)
    assert len(altchars) == 2, repr(altchars)
    return _translate(encoded, {'+': altchars[0:1], '/': altchars[1:2]})


def b64decode(s, altchars=None, validate=False):
    """Decode a Base64 encoded byte string.

    s is the byte string to decode.  Optional altchars must be a
    string of length 2 which specifies the alternative alphabet used
    instead of the '+' and '/' characters.

    The decoded string is returned.  A binascii.Error is raised if s is
    incorrectly padded.

    If validate is False (the default), non-base64-alphabet characters are
    discarded prior to the padding check.  If validate is True,
    non-base64-alphabet characters in the input result in a binascii.Error.
    """
    _check_bytes(s)
    if altchars is not None:
        _check_bytes(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _translate(s, {chr(altchars[0]): b'+', chr(altchars[1]): b'/'})
    if validate and not re.match(b'^[A-Za-z0-9+/]*={0,2}$', s):
        raise binascii.Error('Non-base64 digit found')
    return binascii.a2b_base64(s)


def standard_b64encode(s):
    """Encode a byte string using the standard Base64 alphabet.

    s is the byte string to encode.  The encoded byte string is returned.
    """
    return b64encode(s)


def standard_b64decode(s):
    """Decode a byte string encoded with the standard Base64 alphabet.

    s is the byte string to decode.  The decoded byte string is
    returned.  binascii.Error is raised if the input is incorrectly
    padded or if there are non-alphabet characters present in the
    input.
    """
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode a byte string using a url-safe Base64 alphabet.

    s is the byte string to encode.  The encoded byte string is
    returned.  The alphabet uses '-' instead of '+' and '_' instead of
    '/'.
    """
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    """Decode a byte string encoded with the standard Base64 alphabet.

    s is the byte string to decode.  The decoded byte string is
    returned.  binascii.Error is raised if the input is incorrectly
    padded or if there are non-alphabet characters present in the
    input.

    The alphabet uses '-' instead of '+' and '_' instead of '/'.
    """
    return b64decode(s, b'-_')


# Base32: five bytes make eight characters of five bits each.

_b32chars = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_b32values = {c: i for i, c in enumerate(_b32chars)}

# How many '=' end a final group, by the number of bytes it holds, and
# the reverse.
_b32pad_for = {1: 6, 2: 4, 3: 3, 4: 1}
_b32bytes_for = {6: 1, 4: 2, 3: 3, 1: 4}


def b32encode(s):
    """Encode a byte string using Base32.

    s is the byte string to encode.  The encoded byte string is returned.
    """
    _check_bytes(s)
    out = bytearray()
    for start in range(0, len(s), 5):
        chunk = s[start:start + 5]
        n = len(chunk)
        bits = int.from_bytes(bytes(chunk) + bytes(5 - n), 'big')
        group = bytes(_b32chars[(bits >> shift) & 0x1f]
                      for shift in range(35, -1, -5))
        if n < 5:
            pad = _b32pad_for[n]
            group = group[:8 - pad] + b'=' * pad
        out += group
    return bytes(out)


def b32decode(s, casefold=False, map01=None):
    """Decode a Base32 encoded byte string.

    s is the byte string to decode.  Optional casefold is a flag
    specifying whether a lowercase alphabet is acceptable as input.
    For security purposes, the default is False.

    RFC 3548 allows for optional mapping of the digit 0 (zero) to the
    letter O (oh), and for optional mapping of the digit 1 (one) to
    either the letter I (eye) or letter L (el).  The optional argument
    map01 when not None, specifies which letter the digit 1 should be
    mapped to (when map01 is not None, the digit 0 is always mapped to
    the letter O).  For security purposes the default is None, so that
    0 and 1 are not allowed in the input.

    The decoded byte string is returned.  binascii.Error is raised if
    the input is incorrectly padded or if there are non-alphabet
    characters present in the input.
    """
    _check_bytes(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        _check_bytes(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, {'0': b'O', '1': map01})
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    pad = len(s) - len(body)
    values = []
    for c in body:
        v = _b32values.get(c)
        if v is None:
            # CPython 3.2 raises TypeError here, not binascii.Error.
            raise TypeError('Non-base32 digit found')
        values.append(v)
    if pad and pad not in _b32bytes_for:
        raise binascii.Error('Incorrect padding')
    out = bytearray()
    for start in range(0, len(values), 8):
        group = values[start:start + 8]
        bits = 0
        for v in group:
            bits = (bits << 5) | v
        bits <<= 5 * (8 - len(group))
        out += bits.to_bytes(5, 'big')
    if pad:
        del out[len(out) - 5 + _b32bytes_for[pad]:]
    return bytes(out)


# Base16

def b16encode(s):
    """Encode a byte string using Base16.

    s is the byte string to encode.  The encoded byte string is returned.
    """
    _check_bytes(s)
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode a Base16 encoded byte string.

    s is the byte string to decode.  Optional casefold is a flag
    specifying whether a lowercase alphabet is acceptable as input.
    For security purposes, the default is False.

    The decoded byte string is returned.  binascii.Error is raised if
    s were incorrectly padded or if there are non-alphabet characters
    present in the string.
    """
    _check_bytes(s)
    if casefold:
        s = s.upper()
    if re.search(b'[^0-9A-F]', s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# The legacy interface: files and multi-line strings of Base64.

MAXLINESIZE = 76  # not counting the line end
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        # A short read is topped up so that every line but the last is
        # full.
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def encodebytes(s):
    """Encode a bytestring into a bytestring containing multiple lines
    of base-64 data."""
    _check_bytes(s)
    return b"".join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def encodestring(s):
    """Legacy alias of encodebytes()."""
    import warnings
    warnings.warn("encodestring() is a deprecated alias, use encodebytes()",
                  DeprecationWarning, 2)
    return encodebytes(s)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytestring."""
    _check_bytes(s)
    return binascii.a2b_base64(s)


def decodestring(s):
    """Legacy alias of decodebytes()."""
    import warnings
    warnings.warn("decodestring() is a deprecated alias, use decodebytes()",
                  DeprecationWarning, 2)
    return decodebytes(s)


def main():
    """Small main program"""
    import sys, getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'deut')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print("""usage: %s [-d|-e|-u|-t] [file|-]
        -d, -u: decode
        -e: encode (default)
        -t: encode and decode string 'Aladdin:open sesame'""" % sys.argv[0])
        sys.exit(2)
    func = encode
    for o, a in opts:
        if o == '-e':
            func = encode
        if o in ('-d', '-u'):
            func = decode
        if o == '-t':
            test()
            return
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            func(f, sys.stdout.buffer)
    else:
        func(sys.stdin.buffer, sys.stdout.buffer)


def test():
    s0 = b"Aladdin:open sesame"
    print(repr(s0))
    s1 = encodebytes(s0)
    print(repr(s1))
    s2 = decodebytes(s1)
    print(repr(s2))
    assert s0 == s2


if __name__ == '__main__':
    main()
