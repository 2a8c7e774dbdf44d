# Golden float formatting data for Taipan's number formatting tests.
#
# Run it with a CPython 3.2 interpreter (the oracle), from anywhere:
#
#     /path/to/python3.2 tools/golden/gen_numfmt.py
#
# Output: py/testdata/numfmt.golden, one case per line, fields separated
# by a tab:
#
#   %  FORMAT  VALUE  RESULT     FORMAT % float(VALUE)
#   f  SPEC    VALUE  RESULT     format(float(VALUE), SPEC)
#   c  SPEC    RE,IM  RESULT     format(complex(RE, IM), SPEC)
#   r  -       VALUE  RESULT     repr(float(VALUE)) (str is the same in 3.2)
#
# VALUE, RE and IM are float.hex() texts ('inf', '-inf' and 'nan' for
# the special values), so the inputs are exact. RESULT is the text the
# oracle produced, or "!TYPE: MESSAGE" when it raised.
#
# The values are the kinds that decide how floats are written: zeros of
# both signs, exact ties at every digit position for each format code,
# values a hair either side of a rounding boundary, powers of ten and the
# neighbours where repr and 'g' switch between fixed and exponent form,
# integers past 2**53, the largest and smallest floats, subnormals,
# infinities and nans, and a fixed pseudo-random sample of bit patterns.
# The specs cross every format code with precisions from 0 to 100, the
# '#' alternate form, signs, widths, zero padding, fill and alignment and
# the ',' separator.
#
# This script is Taipan's own code; it imports nothing but the standard
# library of the interpreter that runs it.

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "py", "testdata", "numfmt.golden")

inf = float("inf")
nan = float("nan")


def lcg():
    state = [20260527]

    def bits(k):
        r = n = 0
        while n < k:
            state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 2**64
            r = (r << 32) | (state[0] >> 32)
            n += 32
        return r >> (n - k)
    return bits


rand = lcg()


def from_bits(b):
    """The float with IEEE 754 bit pattern b (nan and inf excluded)."""
    sign, exp, man = b >> 63, (b >> 52) & 0x7ff, b & (2**52 - 1)
    if exp == 0x7ff:
        exp = 0x7fe
    if exp == 0:
        v = float.fromhex("0x0.%013xp-1022" % man)
    else:
        v = float.fromhex("0x1.%013xp%d" % (man, exp - 1023))
    return -v if sign else v


def neighbours(x):
    """x and the floats just below and above it."""
    h = x.hex()
    m, e = h.split("p")
    unit = 2.0 ** (int(e) - 52)
    return [x - unit, x, x + unit] if x > 2.0 ** -1000 else [x]


def values_core():
    vals = [0.0, -0.0, inf, -inf, nan, 5e-324, -5e-324, 1e-320, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308,
            float(2**53), float(2**53 + 2), float(2**63), 1e15, 1e16, 1e17, 1e22, 1e23,
            1e49, 9.9999999999999987e+49, 1e50, 1e100, 1e300, 0.1, 0.2, 0.3, 1 / 3.0,
            2 / 3.0, 3.141592653589793, 2.718281828459045, 123.456, 1234.5678, 12345.6785,
            99.995, 9.9999999999, 0.999, 1.001, 0.0001, 0.00001, 0.000095, 0.00095,
            1763205.0, 120050.0, 1205.0, 2.675, 1.005, 0.125, 0.375, 0.625, 0.875]
    # Exact ties and near ties at several digit positions.
    for m in ["0.5", "1.5", "2.5", "3.5", "4.5", "9.5", "0.25", "0.75", "1.25", "1.35",
              "9.95", "9.995", "99.5", "999.5", "12.5", "125", "1250", "0.05", "0.15"]:
        for e in [-4, -2, -1, 0, 1, 2, 14, 15, 16]:
            vals.append(float(m + "e" + str(e)))
    # Powers of ten, their halves and neighbours.
    for e in range(-25, 26):
        for x in [10.0 ** e, 5 * 10.0 ** e]:
            vals.extend(neighbours(x))
    # Integers, exact in binary, near 2**53 and below 1e15.
    for n in [7, 15, 25, 105, 115, 1005, 123456789, 999999999999999, 2**53 - 1,
              2**53 + 1, 2**54 + 2, 10**15 - 5, 10**15 + 5, 10**16 - 2]:
        vals.append(float(n))
    return vals


def values_random(n):
    out = []
    for i in range(n):
        b = rand(64)
        if i % 3 == 0:
            # A decimal-looking value in a common range.
            x = rand(40) / float(10 ** (rand(4) % 10)) * (-1 if rand(1) else 1)
        else:
            x = from_bits(b)
        out.append(x)
    return out


def fmt_hex(x):
    if x != x:
        return "nan"
    if x in (inf, -inf):
        return "inf" if x > 0 else "-inf"
    return x.hex()


def result(f):
    try:
        r = f()
    except Exception as e:
        return "!%s: %s" % (type(e).__name__, e)
    assert "\t" not in r and "\n" not in r, r
    return r


PCT_SPECS = ["%r", "%s", "%e", "%f", "%g", "%E", "%F", "%G", "%#e", "%#f", "%#g",
             "%+e", "% f", "%+g", "%012.3f", "%-12.3e|", "%012g", "%#012.0f",
             "%+#.0e", "% 20.10g", "%-#15g|", "%5.1f%%"]
for p in [0, 1, 2, 3, 4, 5, 6, 10, 12, 15, 16, 17, 18, 20, 50, 100]:
    for c in "efg":
        PCT_SPECS.append("%%.%d%s" % (p, c))
for p in [0, 1, 2, 3, 5, 10]:
    for c in "efg":
        PCT_SPECS.append("%%#.%d%s" % (p, c))

# The specs applied to every value; PCT_SPECS and FMT_SPECS go to a part.
PCT_SMALL = ["%r", "%e", "%f", "%g", "%.0f", "%.1f", "%.2f", "%.3f", "%.0e", "%.1e",
             "%.2e", "%.0g", "%.1g", "%.2g", "%.3g", "%.12g", "%.17g", "%#.0e",
             "%#.0f", "%#.1g", "%#.3g"]

FMT_SPECS = ["", "e", "f", "g", "E", "F", "G", "n", "%", "#", "#e", "#f", "#g", "#%",
             "+", " ", "-", "+e", " g", "10", "<10", ">10", "^10", "=10", "010", "+010",
             "*^+15.3e", "_<12", "0=12,.2f", ",", ",f", ",.2f", ",e", ",g", ",%",
             "020,", "#,.0f", "#010.0f", "#5.0f", "#.0", ".0", ".1", ".3", ".12", ".17",
             "#.3", "#.17", ".0%", ".3%", ".0n", ".5n", "\u00e9>9.2f", "x<20.10g"]
for p in [0, 1, 2, 3, 5, 8, 12, 15, 16, 17, 20, 30, 60]:
    for c in ["", "e", "f", "g", "%"]:
        if p > 20 and c == "":
            continue
        FMT_SPECS.append(".%d%s" % (p, c))
FMT_BAD = ["d", "x", "c", "s", "b", "o", "z", ",d", "=,.", ".", "10.2.3f", "1000000000000000000000f"]

CPX_SPECS = ["", "g", "e", "f", "E", "F", "G", "n", ".0", ".1", ".3", ".17", ".0f",
             ".3e", ".3g", "#", "#.0f", "#g", "+", " ", "-", "20", "<30", "^30", "*>30.2f",
             ",", ",.2f", "+.3", "=20", "020", "%", "d", "x", "s", "c"]


def main():
    lines = []
    core = values_core()
    rnd = values_random(150)
    for x in core + rnd:
        lines.append("r\t-\t%s\t%s" % (fmt_hex(x), result(lambda: repr(x))))
        assert repr(x) == str(x)
    part = core[:40] + core[40::16] + rnd[:25]
    for x in core + rnd:
        for spec in PCT_SMALL:
            lines.append("%%\t%s\t%s\t%s" % (spec, fmt_hex(x), result(lambda: spec % x)))
    for x in part:
        for spec in PCT_SPECS:
            lines.append("%%\t%s\t%s\t%s" % (spec, fmt_hex(x), result(lambda: spec % x)))
    for x in part:
        for spec in FMT_SPECS:
            lines.append("f\t%s\t%s\t%s" % (spec, fmt_hex(x), result(lambda: format(x, spec))))
    for x in core[:6] + [1.5]:
        for spec in FMT_BAD:
            lines.append("f\t%s\t%s\t%s" % (spec, fmt_hex(x), result(lambda: format(x, spec))))
    cvals = [(0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1.0, 2.0), (1.5, -2.5),
             (0.0, 1.0), (1e16, 1e-5), (inf, nan), (nan, -inf), (-inf, 0.0), (0.1, 0.2),
             (1234567.5, -7654321.25), (1e300, 1e-300), (2.5, 0.5)]
    for k in range(0, 16, 2):
        cvals.append((rnd[k], rnd[k + 1]))
    for re, im in cvals:
        z = complex(re, im)
        for spec in CPX_SPECS:
            lines.append("c\t%s\t%s,%s\t%s" % (spec, fmt_hex(re), fmt_hex(im),
                                                 result(lambda: format(z, spec))))
    with open(OUT, "w", encoding="utf-8") as f:
        for line in lines:
            assert line.count("\t") == 3, line
            f.write(line + "\n")
    print("%d cases written to %s" % (len(lines), OUT))


if sys.version_info[:2] != (3, 2):
    sys.exit("run me with CPython 3.2")
main()
