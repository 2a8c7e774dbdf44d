"""The tables of RFC 3454 (stringprep), over Unicode 3.2.

Sets come as membership tests in_table_XX(ch) and mappings as functions
map_table_XX(ch) returning the replacement text, for one character.
"""

from unicodedata import ucd_3_2_0 as unicodedata

assert unicodedata.unidata_version == '3.2.0'


# A.1: code points unassigned in Unicode 3.2 (noncharacters excluded).
def in_table_a1(code):
    if unicodedata.category(code) != 'Cn':
        return False
    c = ord(code)
    if 0xFDD0 <= c <= 0xFDEF or c & 0xFFFE == 0xFFFE:
        return False
    return True


# B.1: characters mapped to nothing.
b1_set = frozenset([0x00AD, 0x034F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B,
                    0x200C, 0x200D, 0x2060, 0xFEFF] + list(range(0xFE00, 0xFE10)))


def in_table_b1(code):
    return ord(code) in b1_set


# B.3: case folding without normalisation. Where it is not what
# str.lower() gives, the mapping is listed here: runs "start+count>target"
# (or "start>target" for one) map consecutive code points to consecutive
# ones, and "cp>a.b.c" maps one code point to several (all hexadecimal).
_B3_RUNS = """
    b5>3bc 17f>73 345>3b9 3c2>3c3 3d0>3b2 3d1>3b8 3d2>3c5 3d3>3cd 3d4>3cb
    3d5>3c6 3d6>3c0 3f0>3ba 3f1>3c1 3f2>3c3 3f5>3b5 1e9b>1e61 1fbe>3b9
    2102>63 2107>25b 210b>68 210c>68 210d>68 2110>69 2111>69 2112>6c
    2115>6e 2119+3>70 211c>72 211d>72 2124>7a 2128>7a 212c+2>62 2130+2>65
    2133>6d 213e>3b3 213f>3c0 2145>64 1d400+26>61 1d434+26>61 1d468+26>61
    1d49c>61 1d49e+2>63 1d4a2>67 1d4a5+2>6a 1d4a9+4>6e 1d4ae+8>73
    1d4d0+26>61 1d504+2>61 1d507+4>64 1d50d+8>6a 1d516+7>73 1d538+2>61
    1d53b+4>64 1d540+5>69 1d546>6f 1d54a+7>73 1d56c+26>61 1d5a0+26>61
    1d5d4+26>61 1d608+26>61 1d63c+26>61 1d670+26>61 1d6a8+17>3b1
    1d6b9>3b8 1d6ba+7>3c3 1d6d3>3c3 1d6e2+17>3b1 1d6f3>3b8 1d6f4+7>3c3
    1d70d>3c3 1d71c+17>3b1 1d72d>3b8 1d72e+7>3c3 1d747>3c3 1d756+17>3b1
    1d767>3b8 1d768+7>3c3 1d781>3c3 1d790+17>3b1 1d7a1>3b8 1d7a2+7>3c3
    1d7bb>3c3
"""

_B3_MULTI = """
    df>73.73 130>69.307 149>2bc.6e 1f0>6a.30c 37a>20.3b9 390>3b9.308.301
    3b0>3c5.308.301 587>565.582 1e96>68.331 1e97>74.308 1e98>77.30a
    1e99>79.30a 1e9a>61.2be 1f50>3c5.313 1f52>3c5.313.300
    1f54>3c5.313.301 1f56>3c5.313.342 1f80>1f00.3b9 1f81>1f01.3b9
    1f82>1f02.3b9 1f83>1f03.3b9 1f84>1f04.3b9 1f85>1f05.3b9 1f86>1f06.3b9
    1f87>1f07.3b9 1f88>1f00.3b9 1f89>1f01.3b9 1f8a>1f02.3b9 1f8b>1f03.3b9
    1f8c>1f04.3b9 1f8d>1f05.3b9 1f8e>1f06.3b9 1f8f>1f07.3b9 1f90>1f20.3b9
    1f91>1f21.3b9 1f92>1f22.3b9 1f93>1f23.3b9 1f94>1f24.3b9 1f95>1f25.3b9
    1f96>1f26.3b9 1f97>1f27.3b9 1f98>1f20.3b9 1f99>1f21.3b9 1f9a>1f22.3b9
    1f9b>1f23.3b9 1f9c>1f24.3b9 1f9d>1f25.3b9 1f9e>1f26.3b9 1f9f>1f27.3b9
    1fa0>1f60.3b9 1fa1>1f61.3b9 1fa2>1f62.3b9 1fa3>1f63.3b9 1fa4>1f64.3b9
    1fa5>1f65.3b9 1fa6>1f66.3b9 1fa7>1f67.3b9 1fa8>1f60.3b9 1fa9>1f61.3b9
    1faa>1f62.3b9 1fab>1f63.3b9 1fac>1f64.3b9 1fad>1f65.3b9 1fae>1f66.3b9
    1faf>1f67.3b9 1fb2>1f70.3b9 1fb3>3b1.3b9 1fb4>3ac.3b9 1fb6>3b1.342
    1fb7>3b1.342.3b9 1fbc>3b1.3b9 1fc2>1f74.3b9 1fc3>3b7.3b9 1fc4>3ae.3b9
    1fc6>3b7.342 1fc7>3b7.342.3b9 1fcc>3b7.3b9 1fd2>3b9.308.300
    1fd3>3b9.308.301 1fd6>3b9.342 1fd7>3b9.308.342 1fe2>3c5.308.300
    1fe3>3c5.308.301 1fe4>3c1.313 1fe6>3c5.342 1fe7>3c5.308.342
    1ff2>1f7c.3b9 1ff3>3c9.3b9 1ff4>3ce.3b9 1ff6>3c9.342 1ff7>3c9.342.3b9
    1ffc>3c9.3b9 20a8>72.73 2103>b0.63 2109>b0.66 2116>6e.6f 2120>73.6d
    2121>74.65.6c 2122>74.6d 3371>68.70.61 3373>61.75 3375>6f.76
    3380>70.61 3381>6e.61 3382>3bc.61 3383>6d.61 3384>6b.61 3385>6b.62
    3386>6d.62 3387>67.62 338a>70.66 338b>6e.66 338c>3bc.66 3390>68.7a
    3391>6b.68.7a 3392>6d.68.7a 3393>67.68.7a 3394>74.68.7a 33a9>70.61
    33aa>6b.70.61 33ab>6d.70.61 33ac>67.70.61 33b4>70.76 33b5>6e.76
    33b6>3bc.76 33b7>6d.76 33b8>6b.76 33b9>6d.76 33ba>70.77 33bb>6e.77
    33bc>3bc.77 33bd>6d.77 33be>6b.77 33bf>6d.77 33c0>6b.3c9 33c1>6d.3c9
    33c3>62.71 33c6>63.2215.6b.67 33c7>63.6f.2e 33c8>64.62 33c9>67.79
    33cb>68.70 33cd>6b.6b 33ce>6b.6d 33d7>70.68 33d9>70.70.6d 33da>70.72
    33dc>73.76 33dd>77.62 fb00>66.66 fb01>66.69 fb02>66.6c fb03>66.66.69
    fb04>66.66.6c fb05>73.74 fb06>73.74 fb13>574.576 fb14>574.565
    fb15>574.56b fb16>57e.576 fb17>574.56d
"""


def _b3_table():
    table = {}
    for item in _B3_RUNS.split():
        src, dst = item.split('>')
        start, _, count = src.partition('+')
        start, dst = int(start, 16), int(dst, 16)
        for i in range(int(count) if count else 1):
            table[start + i] = chr(dst + i)
    for item in _B3_MULTI.split():
        src, dst = item.split('>')
        table[int(src, 16)] = ''.join(chr(int(x, 16)) for x in dst.split('.'))
    return table


b3_exceptions = _b3_table()


def map_table_b3(code):
    mapped = b3_exceptions.get(ord(code))
    if mapped is None:
        return code.lower()
    return mapped


# B.2: case folding for use with NFKC: fold, normalise, and fold and
# normalise once more; the result is kept when the second round changed
# the text, else the plain folding.
def map_table_b2(a):
    folded = map_table_b3(a)
    once = unicodedata.normalize('NFKC', folded)
    twice = unicodedata.normalize('NFKC', ''.join(map_table_b3(ch) for ch in once))
    if once != twice:
        return twice
    return folded


# C.1.1 and C.1.2: ASCII and non-ASCII space characters.
def in_table_c11(code):
    return code == ' '


def in_table_c12(code):
    return code != ' ' and unicodedata.category(code) == 'Zs'


def in_table_c11_c12(code):
    return unicodedata.category(code) == 'Zs'


# C.2.1 and C.2.2: ASCII and non-ASCII control characters.
def in_table_c21(code):
    return ord(code) < 0x80 and unicodedata.category(code) == 'Cc'


c22_specials = frozenset([0x06DD, 0x070F, 0x180E, 0x200C, 0x200D, 0x2028, 0x2029,
                          0x2060, 0x2061, 0x2062, 0x2063, 0xFEFF]
                         + list(range(0x206A, 0x2070))
                         + list(range(0xFFF9, 0xFFFD))
                         + list(range(0x1D173, 0x1D17B)))


def in_table_c22(code):
    c = ord(code)
    if c < 0x80:
        return False
    return c in c22_specials or unicodedata.category(code) == 'Cc'


def in_table_c21_c22(code):
    return (unicodedata.category(code) == 'Cc'
            or ord(code) in c22_specials)


# C.3: private use.
def in_table_c3(code):
    return unicodedata.category(code) == 'Co'


# C.4: non-character code points.
def in_table_c4(code):
    c = ord(code)
    return 0xFDD0 <= c <= 0xFDEF or c & 0xFFFE == 0xFFFE


# C.5: surrogate codes.
def in_table_c5(code):
    return unicodedata.category(code) == 'Cs'


# C.6: inappropriate for plain text.
c6_set = frozenset(range(0xFFF9, 0xFFFE))


def in_table_c6(code):
    return ord(code) in c6_set


# C.7: inappropriate for canonical representation.
c7_set = frozenset(range(0x2FF0, 0x2FFC))


def in_table_c7(code):
    return ord(code) in c7_set


# C.8: change display properties or deprecated.
c8_set = frozenset([0x0340, 0x0341, 0x200E, 0x200F]
                   + list(range(0x202A, 0x202F))
                   + list(range(0x206A, 0x2070)))


def in_table_c8(code):
    return ord(code) in c8_set


# C.9: tagging characters.
c9_set = frozenset([0xE0001] + list(range(0xE0020, 0xE0080)))


def in_table_c9(code):
    return ord(code) in c9_set


# D.1 and D.2: characters with bidirectional property R or AL, and L.
def in_table_d1(code):
    return unicodedata.bidirectional(code) in ('R', 'AL')


def in_table_d2(code):
    return unicodedata.bidirectional(code) == 'L'
