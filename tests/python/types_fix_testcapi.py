# _testcapi's str helpers: PyUnicode_EncodeDecimal,
# PyUnicode_TransformDecimalToASCII, PyUnicode_AsWideChar(String).
import codecs
from _testcapi import (unicode_encodedecimal, unicode_transformdecimaltoascii,
                       unicode_aswidechar, unicode_aswidecharstring)

enc = unicode_encodedecimal
assert enc('123') == b'123'
assert enc('\u0663.\u0661\u0664') == b'3.14'
assert enc("\N{EM SPACE}3.14\N{EN SPACE}") == b' 3.14 '
try:
    enc("12\u20ac\u20ac3", "strict")
except UnicodeEncodeError as e:
    assert e.encoding == "decimal" and (e.start, e.end) == (2, 4), (e.start, e.end)
    assert e.reason == "invalid decimal Unicode string"
else:
    raise AssertionError("no UnicodeEncodeError")
assert enc("123\u20ac", "replace") == b'123?'
assert enc("123\u20ac", "ignore") == b'123'
assert enc("123\u20ac", "xmlcharrefreplace") == b'123&#8364;'
assert enc("123\u20ac", "backslashreplace") == b'123\\u20ac'
assert enc("123\u20ac\N{EM SPACE}", "replace") == b'123? '
assert enc("123\u20ac\u20ac", "replace") == b'123??'
assert enc("123\u20ac\u0660", "replace") == b'123?0'
assert enc("a\x00b", "replace") == b'a?b'
codecs.register_error("types_fix.digits", lambda e: ("\u0661" * (e.end - e.start), e.end))
assert enc("x\u20ac\u20acy", "types_fix.digits") == b'x11y'
try:
    enc(5)
except TypeError:
    pass
else:
    raise AssertionError("no TypeError")

tr = unicode_transformdecimaltoascii
assert tr('123') == '123'
assert tr('\u0663.\u0661\u0664') == '3.14'
assert tr("\N{EM SPACE}3.14\N{EN SPACE}") == "\N{EM SPACE}3.14\N{EN SPACE}"
assert tr('123\u20ac') == '123\u20ac'
assert tr('\u00b2') == '\u00b2'  # a digit, not a decimal

assert unicode_aswidechar('abcdef', 2) == ('ab', 2)
assert unicode_aswidechar('abc', 3) == ('abc', 3)
assert unicode_aswidechar('abc', 4) == ('abc\0', 3)
assert unicode_aswidechar('abc', 10) == ('abc\0', 3)
assert unicode_aswidechar('abc\0def', 20) == ('abc\0def\0', 7)
assert unicode_aswidechar(chr(0x10ffff), 2) == (chr(0x10ffff) + '\0', 1)
assert unicode_aswidecharstring('abc') == ('abc\0', 3)
assert unicode_aswidecharstring('abc\0def') == ('abc\0def\0', 7)
assert unicode_aswidecharstring(chr(0x10ffff)) == (chr(0x10ffff) + '\0', 1)
