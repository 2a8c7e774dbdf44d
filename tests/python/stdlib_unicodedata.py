# unicodedata: Unicode 6.0.0 properties, names, normalization, and the
# 3.2.0 database object (ucd_3_2_0).
import unicodedata as u

assert u.unidata_version == '6.0.0'
assert u.ucd_3_2_0.unidata_version == '3.2.0'
assert type(u.ucd_3_2_0) is u.UCD
try:
    u.UCD()
    raise AssertionError('UCD() should fail')
except TypeError:
    pass

assert u.category('A') == 'Lu' and u.category('\u0378') == 'Cn'
assert u.category('\ud800') == 'Cs' and u.category('\U0010fffd') == 'Co'
assert u.category('\u20ba') == 'Cn'          # added in 6.2
assert u.category('\u20b9') == 'Sc' and u.ucd_3_2_0.category('\u20b9') == 'Cn'
assert u.category('\u20b8') == 'Sc'          # added in 6.0
assert u.ucd_3_2_0.category('\u20b8') == 'Cn'
assert u.category('\u02b9') == 'Lm' and u.ucd_3_2_0.category('\u02b9') == 'Sk'
assert u.bidirectional('+') == 'ES' and u.ucd_3_2_0.bidirectional('+') == 'ET'
assert u.bidirectional('\u0627') == 'AL' and u.bidirectional('a') == 'L'
assert u.combining('\u0301') == 230 and u.combining('a') == 0
assert u.east_asian_width('\u3042') == 'W' and u.east_asian_width('a') == 'Na'
assert u.east_asian_width('\uff21') == 'F' and u.east_asian_width('\xa1') == 'A'
assert u.mirrored('(') == 1 and u.mirrored('a') == 0
assert u.decomposition('\xe9') == '0065 0301'
assert u.decomposition('\ufb01') == '<compat> 0066 0069'
assert u.decomposition('\uac00') == ''
assert u.decimal('9') == 9 and u.digit('\xb2') == 2 and u.numeric('\xbd') == 0.5
assert u.numeric('\u0f33') == -0.5
assert u.numeric('\u4e07') == 10000.0
assert u.decimal('\xb2', None) is None and u.ucd_3_2_0.decimal('\xb2') == 2
for f, msg in ((u.decimal, 'not a decimal'), (u.digit, 'not a digit'),
               (u.numeric, 'not a numeric character')):
    assert f('x', 'dflt') == 'dflt'
    try:
        f('x')
        raise AssertionError(msg)
    except ValueError as e:
        assert str(e) == msg

assert u.name('a') == 'LATIN SMALL LETTER A'
assert u.name('\uac01') == 'HANGUL SYLLABLE GAG'
assert u.name('\ud7a3') == 'HANGUL SYLLABLE HIH'
assert u.name('\u9fcb') == 'CJK UNIFIED IDEOGRAPH-9FCB'
assert u.name('\u9fcc', None) is None         # added in 6.1
assert u.ucd_3_2_0.name('\u9fcb', None) is None
assert u.name('\U0002b81d') == 'CJK UNIFIED IDEOGRAPH-2B81D'
assert u.name('\x00', 'none') == 'none'
try:
    u.name('\x00')
    raise AssertionError
except ValueError as e:
    assert str(e) == 'no such name'

assert u.lookup('latin small letter a') == 'a'
assert u.lookup(b'LATIN SMALL LETTER A') == 'a'
assert u.lookup('HANGUL SYLLABLE GAG') == '\uac01'
assert u.lookup('CJK UNIFIED IDEOGRAPH-04E00') == '\u4e00'
assert u.ucd_3_2_0.lookup('CJK UNIFIED IDEOGRAPH-9FCB') == '\u9fcb'
assert u.lookup('TENGE SIGN') == '\u20b8'
for bad in ('CJK UNIFIED IDEOGRAPH-4e00', 'hangul syllable ga', 'HANGUL SYLLABLE ',
            'TURKISH LIRA SIGN', 'NO SUCH THING'):
    try:
        u.lookup(bad)
        raise AssertionError(bad)
    except KeyError as e:
        assert e.args[0] == "undefined character name '%s'" % bad, e.args
try:
    u.ucd_3_2_0.lookup('TENGE SIGN')
    raise AssertionError
except KeyError:
    pass

for bad in ('', 'ab'):
    try:
        u.category(bad)
        raise AssertionError
    except TypeError as e:
        assert str(e) == 'need a single Unicode character as parameter'
try:
    u.category(65)
    raise AssertionError
except TypeError as e:
    assert str(e) == 'must be str, not int'

n = u.normalize
assert n('NFC', 'e\u0301') == '\xe9' and n('NFD', '\xe9') == 'e\u0301'
assert n('NFKC', '\ufb01') == 'fi' and n('NFC', '\ufb01') == '\ufb01'
assert n('NFKD', '\u1e9b\u0323') == 's\u0323\u0307'
assert n('NFC', '\u1e9b\u0323') == '\u1e9b\u0323'
assert n('NFD', '\uac01') == '\u1100\u1161\u11a8'
assert n('NFC', '\u1100\u1161\u11a8') == '\uac01'
assert n('NFC', '\u0958') == '\u0915\u093c'          # composition exclusion
assert n('NFC', 'a\u0316\u0301\u0300') == '\xe1\u0316\u0300'
assert n('NFD', 'a\u0301\u0316') == 'a\u0316\u0301'
assert n('NFC', '\u212b') == '\xc5'                  # singleton
assert n('NFC', '') == ''
# CPython 3.2 composes jamo one past the vowel and trailing ranges, except
# where its quick check (module functions only) says the text is normal.
assert n('NFC', '\u1100\u1176') == '\u1100\u1176'
assert u.ucd_3_2_0.normalize('NFC', '\u1100\u1176') == chr(0xac00 + 21 * 28)
assert n('NFC', '\u1100\u1161\u11c3') == chr(0xac00 + 28)
# ucd_3_2_0 applies the normalization corrections, and leaves characters
# unassigned in 3.2.0 alone.
assert n('NFD', '\U0002f868') == '\u36fc'
assert u.ucd_3_2_0.normalize('NFD', '\U0002f868') == '\U0002136a'
assert n('NFD', '\u1b06') == '\u1b05\u1b35'
assert u.ucd_3_2_0.normalize('NFD', '\u1b06') == '\u1b06'
try:
    n('NFX', 'a')
    raise AssertionError
except ValueError as e:
    assert str(e) == 'invalid normalization form'
try:
    n('NFC', b'a')
    raise AssertionError
except TypeError as e:
    assert str(e) == 'must be str, not bytes'

# Some whole-range consistency checks.
count = 0
for cp in range(0x3400):
    c = chr(cp)
    d = u.decomposition(c)
    if d and not d.startswith('<'):
        assert n('NFD', c) == n('NFD', ''.join(chr(int(h, 16)) for h in d.split()))
        count += 1
    if u.category(c) == 'Nd':
        assert u.decimal(c) == u.digit(c) == u.numeric(c)
assert count > 900
assert sum(1 for cp in range(0x110000) if u.category(chr(cp)) != 'Cn') == 248965
