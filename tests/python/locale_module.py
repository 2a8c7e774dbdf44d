# locale and _locale: the C locale's settings and conventions, setlocale
# and its errors, normalize through 3.2's alias tables, formatting and
# parsing with the conventions (overridden as CPython's tests do).
# Expected values are CPython 3.2's.
import locale
import _locale


def _raises(exc, msg, f, *a, **k):
    try:
        f(*a, **k)
    except exc as e:
        assert msg is None or str(e) == msg, (str(e), msg)
    else:
        raise AssertionError('%s not raised' % exc.__name__)


assert (locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
        locale.LC_MONETARY, locale.LC_MESSAGES, locale.LC_ALL) == (0, 1, 2, 3, 4, 5, 6)
assert locale.CHAR_MAX == 127
assert locale.Error is _locale.Error and issubclass(locale.Error, Exception)
assert locale.Error.__module__ == 'locale'

saved = locale.setlocale(locale.LC_ALL)
try:
    assert locale.setlocale(locale.LC_ALL, 'C') == 'C'
    assert locale.setlocale(locale.LC_ALL) == 'C'
    assert locale.setlocale(locale.LC_ALL, 'POSIX') == 'C'
    assert locale.setlocale(locale.LC_NUMERIC, 'C.UTF-8') == 'C.UTF-8'
    mixed = locale.setlocale(locale.LC_ALL)
    assert mixed == ('LC_CTYPE=C;LC_NUMERIC=C.UTF-8;LC_TIME=C;LC_COLLATE=C;'
                                               'LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;'
                                               'LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;'
                                               'LC_IDENTIFICATION=C')
    assert locale.setlocale(locale.LC_ALL, 'C') == 'C'
    assert locale.setlocale(locale.LC_ALL, mixed) == mixed
    assert locale.setlocale(locale.LC_NUMERIC) == 'C.UTF-8'
    _raises(TypeError, 'category LC_ALL is not supported', locale.getlocale, locale.LC_ALL)
    locale.setlocale(locale.LC_ALL, 'C')
    assert locale.getlocale() == (None, None)
    assert locale.nl_langinfo(locale.CODESET) == 'ANSI_X3.4-1968'
    _raises(locale.Error, 'unsupported locale setting', locale.setlocale, locale.LC_ALL, 'xx_XX.NOPE')
    _raises(locale.Error, 'unsupported locale setting', locale.setlocale, 99, 'C')
    _raises(TypeError, 'an integer is required', locale.setlocale, 'a')
    _raises(ValueError, 'unsupported langinfo constant', locale.nl_langinfo, 12345)

    conv = locale.localeconv()
    assert conv['decimal_point'] == '.' and conv['thousands_sep'] == ''
    assert conv['grouping'] == [] and conv['frac_digits'] == 127
    assert conv['currency_symbol'] == '' and conv['n_sign_posn'] == 127
    assert locale.nl_langinfo(locale.DAY_1) == 'Sunday'
    assert locale.nl_langinfo(locale.ABMON_12) == 'Dec'
    assert locale.nl_langinfo(locale.D_T_FMT) == '%a %b %e %H:%M:%S %Y'
    assert locale.nl_langinfo(locale.RADIXCHAR) == '.'
    assert locale.nl_langinfo(locale.YESEXPR) == '^[yY]'

    assert locale.strcoll('a', 'b') < 0 < locale.strcoll('b', 'a')
    assert locale.strcoll('\u20ac', '\u20ac') == 0
    assert locale.strxfrm('abc') == 'abc'

    assert locale.format('%.2f', 12345.678, grouping=True) == '12345.68'
    assert locale.format('%d', 1234567, True) == '1234567'
    assert locale.str(3.14) == '3.14'
    assert locale.atof('1.5') == 1.5 and locale.atoi('42') == 42
    _raises(ValueError, "Currency formatting is not possible using the 'C' locale.", locale.currency, 1)
    _raises(ValueError, None, locale.format, '%d %d', 1)

    # Conventions as the tests of CPython override them.
    locale._override_localeconv = {'thousands_sep': ',', 'grouping': [3, 3, 0],
                                   'decimal_point': '.', 'mon_thousands_sep': ' ',
                                   'mon_grouping': [3, 0], 'mon_decimal_point': ',',
                                   'frac_digits': 2, 'int_frac_digits': 2,
                                   'currency_symbol': '$', 'int_curr_symbol': 'USD ',
                                   'p_cs_precedes': 1, 'n_cs_precedes': 1,
                                   'p_sep_by_space': 0, 'n_sep_by_space': 0,
                                   'p_sign_posn': 1, 'n_sign_posn': 1,
                                   'positive_sign': '', 'negative_sign': '-'}
    try:
        assert locale.format('%d', 1234567, grouping=True) == '1,234,567'
        assert locale.format('%10d', 1234, grouping=True) == '     1,234'
        assert locale.format('%-10d', 1234, grouping=True) == '1,234     '
        assert locale.format('%.1f', -1234567.25, grouping=True) == '-1,234,567.2'
        assert locale.format_string('%s: %d', ('n', 1234567), grouping=True) == 'n: 1,234,567'
        assert locale.format_string('%(n)d', {'n': 12345}, True) == '12,345'
        assert locale.format_string('%d%%', 1000, True) == '1,000%'
        assert locale.currency(1234.5) == '$1234,50'
        assert locale.currency(-1234.5, grouping=True) == '-$1 234,50'
        assert locale.currency(5, international=True) == 'USD 5,00'
        assert locale.atof('1,234.5') == 1234.5
        assert locale.atoi('1,234') == 1234
    finally:
        locale._override_localeconv = {}
    _raises(ValueError, 'invalid grouping', list, locale._grouping_intervals([0]))
    assert list(locale._grouping_intervals([3, 2, 127])) == [3, 2]
finally:
    locale.setlocale(locale.LC_ALL, saved)

# normalize and the name parsers.
assert locale.normalize('en_US') == 'en_US.ISO8859-1'
assert locale.normalize('de_DE.utf8') == 'de_DE.UTF-8'
assert locale.normalize('fr') == 'fr_FR.ISO8859-1'
assert locale.normalize('C') == 'C'
assert locale.normalize('zz_ZZ') == 'zz_ZZ'
assert locale.normalize('en_us.latin-1') == 'en_US.ISO8859-1'
assert locale._parse_localename('en_US.UTF-8') == ('en_US', 'UTF-8')
assert locale._parse_localename('de_DE@euro') == ('de_DE', 'ISO8859-15')
assert locale._parse_localename('C') == (None, None)
_raises(ValueError, 'unknown locale: zz', locale._parse_localename, 'zz')
assert locale._build_localename(('en_US', 'UTF-8')) == 'en_US.UTF-8'
assert locale._build_localename((None, None)) == 'C'
_raises(TypeError, None, locale._build_localename, 'abc')
assert locale.getdefaultlocale(('H15_UNSET_1', 'H15_UNSET_2')) == (None, None)
assert isinstance(locale.getpreferredencoding(), str)
assert locale.getpreferredencoding(False) == locale.nl_langinfo(locale.CODESET)

# The gettext functions translate nothing without catalogues.
assert _locale.gettext('hello') == 'hello'
assert _locale.dgettext(None, 'a') == 'a' and _locale.dcgettext('d', 'b', 5) == 'b'
assert _locale.textdomain(None) == 'messages'
assert _locale.bindtextdomain('x', None) == '/usr/share/locale'
assert _locale.bind_textdomain_codeset('x', None) is None
