# Golden marshal data for Taipan's marshal tests.
#
# Run it with a CPython 3.2 interpreter (the oracle), from anywhere:
#
#     /path/to/python3.2 tools/golden/gen_marshal.py
#
# Output: marshal/testdata/golden.txt, one case per line, fields separated
# by a tab:
#
#   dump  VERSION  HEX  REPR
#       marshal.dumps(value, VERSION) is the bytes HEX, and
#       repr(marshal.loads(bytes)) is REPR (repr(value) itself, except for
#       floats whose text form rounds).
#   load  HEX  REPR
#       marshal.loads(bytes) succeeds with a value whose repr is REPR.
#   error  HEX  TYPE  MESSAGE
#       marshal.loads(bytes) raises TYPE with str(exception) MESSAGE.
#   foreign  HEX
#       a code object as CPython 3.2 writes it, which 3.2 loads and
#       Taipan refuses (ValueError) after reading it through.
#
# REPR and MESSAGE are written as they are (UTF-8); the script checks
# that none holds a tab or a newline.
#
# This script is Taipan's own code; it imports nothing but the standard
# library of the interpreter that runs it.

import binascii
import marshal
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "marshal", "testdata", "golden.txt")

nan = float("nan")
inf = float("inf")

INTS = [0, 1, -1, 5, -5, 255, 256, 2**15 - 1, 2**15, -2**15, 2**16, 2**30 - 1,
        2**30, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32, 2**45, -2**45,
        2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64, -2**64, 2**75 + 12345,
        10**30, -10**30, 3**200, -(7**300), 2**600 - 1, 2**1000]
FLOATS = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.0 / 3, 1e16, 1e17, 1e-4, 1e-5,
          123456789.125, 1e100, -1e-100, 1.7976931348623157e308, 5e-324,
          2.2250738585072014e-308, inf, -inf, nan, 3.141592653589793, 1e22, 1e23]
COMPLEXES = [0j, 1j, -1j, 1 + 2j, -1.5 - 0.25j, complex(inf, -inf),
             complex(0.1, 1e300), complex(-0.0, 0.0)]
STRS = ["", "a", "abc", "hello world", "\x00", "\t\n", "\xe9", "caf\xe9",
        "\u20ac", "\U0001f600", "\ud800", "\udfff", "\ud800\udc00", "a\udc80b",
        "\uffff", "\U0010ffff", "x" * 300]
BYTES = [b"", b"a", b"\x00\xff", bytes(range(256))]
OTHERS = [None, True, False, Ellipsis, StopIteration, (), (1,), (1, 2, 3),
          ((),), ([], {}), [], [1, [2, [3]]], ["a", b"b", 1.5], {}, {1: 2},
          {"a": 1}, {1: "x", 2: "y", 3: "z"}, {(1, 2): [3]}, set(), {1},
          {1, 2, 3}, {3, 1, 2}, {"a"}, frozenset(), frozenset([1, 2]),
          frozenset(["xyz"]), {frozenset([1]): frozenset([2])},
          (None, True, False, Ellipsis, StopIteration),
          [1, 2**40, 2**70, 1.25, 2j, "s", b"b", (), [], {}, set(), frozenset()]]

LOADS = [
    b"Nextra", b"i\x00\x00\x00\x80", b"I\x01\x00\x00\x00\x00\x00\x00\x80",
    b"I\x05\x00\x00\x00\x00\x00\x00\x00",   # 'I' for a small value
    b"l\x00\x00\x00\x00",                   # zero as a long
    b"l\x01\x00\x00\x00\x05\x00",           # small value as a long
    b"l\xff\xff\xff\xff\x05\x00",
    b"l\x03\x00\x00\x00\xff\x7f\xff\x7f\x01\x00",
    b"f\x031.5", b"f\x08infinity", b"f\x04+nan", b"f\x04-Inf", b"f\x051e500",
    b"f\x031\x002", b"f\x02.5", b"f\x025.", b"f\x05-1e-3",
    b"x\x011\x03inf", b"s\x00\x00\x00\x00", b"u\x00\x00\x00\x00",
    b"u\x06\x00\x00\x00\xed\xa0\x80\xed\xb0\x80",
    b"u\x04\x00\x00\x00\xf0\x90\x80\x80",
    b"{NN0", b"{N00", b"{i\x01\x00\x00\x00i\x02\x00\x00\x00i\x01\x00\x00\x00i\x03\x00\x00\x000",
    b"{i\x01\x00\x00\x0000", b"<\x02\x00\x00\x00i\x01\x00\x00\x00i\x01\x00\x00\x00",
    b"(\x02\x00\x00\x00SN",
]

ERRORS = [
    b"", b"i", b"i\x01", b"i\x01\x00\x00", b"I\x01\x00\x00\x00", b"f", b"f\x05",
    b"f\x03abc", b"f\x00", b"f\x02 1", b"f\x021 ", b"f\x040x10", b"f\x021e",
    b"f\x07nan(12)", b"f\x031,5", b"f\x01\xff", b"x\x011", b"x\x011\x03zzz",
    b"g", b"g\x00\x00", b"y" + b"\x00" * 8, b"y\x00",
    b"s", b"s\x01\x00", b"s\x02\x00\x00\x00a", b"s\xff\xff\xff\xff",
    b"s\xff\xff\xff\x7f", b"u\x01\x00\x00\x00\xff", b"u\x02\x00\x00\x00\xc3",
    b"u\x01\x00\x00\x00\xc3", b"u\x02\x00\x00\x00\xc3(",
    b"u\x02\x00\x00\x00\xc0\x80", b"u\x04\x00\x00\x00\xf4\x90\x80\x80",
    b"u\xff\xff\xff\xff", b"(", b"(\x01\x00\x00\x00", b"(\x01\x00\x00\x000",
    b"(\xff\xff\xff\x7f", b"(\x00\x00\x00\x80", b"[\x02\x00\x00\x00N",
    b"[\x01\x00\x00\x000", b"[\xfe\xff\xff\xff", b"{", b"{N", b"{i\x01\x00\x00\x00",
    b"{[\x00\x00\x00\x00N0", b"{{0N0", b"<\x01\x00\x00\x00[\x00\x00\x00\x00",
    b"<\x01\x00\x00\x000", b">\x01\x00\x00\x00{0", b"<\xff\xff\xff\xff",
    b">\x02\x00\x00\x00N", b"l", b"l\x01\x00\x00\x00", b"l\x01\x00\x00\x00\x00\x00",
    b"l\x01\x00\x00\x00\x00\x80", b"l\x02\x00\x00\x00\x01\x00\x00\x80",
    b"l\x02\x00\x00\x00\x00\x80\x00\x00", b"l\x02\x00\x00\x00\x01\x00\x00\x00",
    b"l\x00\x00\x00\x80", b"l\xff\xff\xff\x7f", b"l\x03\x00\x00\x00\x01\x00",
    b"0", b"Z", b"?", b"\x00", b"\xff", b"r", b"z", b"a",
    b"[\x01\x00\x00\x00[\x01\x00\x00\x00Q",
    b"[\x01\x00\x00\x00" * 2000 + b"N",
    b"(\x01\x00\x00\x00" * 2100,
]

# CPython's own code objects are read past and refused by Taipan: their
# truncations must fail as in 3.2.
CODE = marshal.dumps(compile("def f(a, *b):\n    return a + 1.5\n", "x.py", "exec"))
ERRORS += [CODE[:i] for i in range(1, len(CODE), 5)]


def hexof(b):
    return binascii.hexlify(b).decode("ascii")


def clean(text):
    if "\t" in text or "\n" in text:
        sys.exit("tab or newline in %r" % text)
    return text


def main():
    lines = []
    for version in (0, 1, 2):
        for v in INTS + FLOATS + COMPLEXES + STRS + BYTES + OTHERS:
            data = marshal.dumps(v, version)
            lines.append("dump\t%d\t%s\t%s" % (version, hexof(data), clean(repr(marshal.loads(data)))))
    for data in LOADS:
        lines.append("load\t%s\t%s" % (hexof(data), clean(repr(marshal.loads(data)))))
    for data in ERRORS:
        try:
            v = marshal.loads(data)
        except Exception as e:
            lines.append("error\t%s\t%s\t%s" % (hexof(data), type(e).__name__, clean(str(e))))
        else:
            sys.exit("no error for %r: %r" % (data, v))
    lines.append("foreign\t%s" % hexof(CODE))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(line + "\n" for line in lines))
    print("wrote %d cases to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
