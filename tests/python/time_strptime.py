# time.strptime, with the rules of CPython 3.2's _strptime in the C locale.
import time


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return e
    raise AssertionError('%s%r did not raise %s' % (f.__name__, args, exc.__name__))


ok = [
    # string, format, (year, mon, mday, hour, min, sec, wday, yday, isdst)
    ('Tue Mar 17 22:44:55 1999', None, (1999, 3, 17, 22, 44, 55, 1, 76, -1)),
    (' 3 march 99  10pm', '%d %B %y %I%p', (1999, 3, 3, 22, 0, 0, 2, 62, -1)),
    ('2009 52 0', '%Y %U %w', (2009, 12, 27, 0, 0, 0, 6, 361, -1)),
    ('2009 52 1', '%Y %W %w', (2009, 12, 28, 0, 0, 0, 0, 362, -1)),
    # A day in week 0 before the first of the year: the day of the year
    # is left as computed.
    ('2009 0 3', '%Y %U %w', (2008, 12, 31, 0, 0, 0, 2, 0, -1)),
    ('utc', '%Z', (1900, 1, 1, 0, 0, 0, 0, 1, 0)),
    ('GMT', '%Z', (1900, 1, 1, 0, 0, 0, 0, 1, 0)),
    ('2000 10', '%Y %j', (2000, 1, 10, 0, 0, 0, 0, 10, -1)),
    ('20001231', '%Y%m%d', (2000, 12, 31, 0, 0, 0, 6, 366, -1)),
    ('2000123', '%Y%m%d', (2000, 12, 3, 0, 0, 0, 6, 338, -1)),
    ('12\t\nAM', '%I %p', (1900, 1, 1, 0, 0, 0, 0, 1, -1)),
    ('12 pm', '%I %p', (1900, 1, 1, 12, 0, 0, 0, 1, -1)),
    ('12', '%I', (1900, 1, 1, 0, 0, 0, 0, 1, -1)),
    ('MONDAY 5', '%A %d', (1900, 1, 5, 0, 0, 0, 0, 5, -1)),
    ('mon 5', '%a %d', (1900, 1, 5, 0, 0, 0, 0, 5, -1)),
    ('Sunday', '%A', (1900, 1, 1, 0, 0, 0, 6, 1, -1)),
    ('29 feb 2000', '%d %b %Y', (2000, 2, 29, 0, 0, 0, 1, 60, -1)),
    ('366 1999', '%j %Y', (2000, 1, 1, 0, 0, 0, 5, 366, -1)),
    ('366 2000', '%j %Y', (2000, 12, 31, 0, 0, 0, 6, 366, -1)),
    ('', '', (1900, 1, 1, 0, 0, 0, 0, 1, -1)),
    ('5', '%w', (1900, 1, 1, 0, 0, 0, 4, 1, -1)),
    ('0', '%w', (1900, 1, 1, 0, 0, 0, 6, 1, -1)),
    ('01/02/03', '%x', (2003, 1, 2, 0, 0, 0, 3, 2, -1)),
    ('01:02:03', '%X', (1900, 1, 1, 1, 2, 3, 0, 1, -1)),
    ('Sat Feb  3 04:05:06 2001', '%c', (2001, 2, 3, 4, 5, 6, 5, 34, -1)),
    ('Sat Feb 3 04:05:06 2001', '%c', (2001, 2, 3, 4, 5, 6, 5, 34, -1)),
    ('+0130', '%z', (1900, 1, 1, 0, 0, 0, 0, 1, -1)),
    ('123456', '%f', (1900, 1, 1, 0, 0, 0, 0, 1, -1)),
    ('\u0661\u0669\u0669\u0669', '%Y', (1999, 1, 1, 0, 0, 0, 4, 1, -1)),
    ('61', '%S', (1900, 1, 1, 0, 0, 61, 0, 1, -1)),
    ('FeBrUaRy', '%B', (1900, 2, 1, 0, 0, 0, 3, 32, -1)),
    ('5 53', '%w %U', (1901, 1, 11, 0, 0, 0, 4, 376, -1)),
    ('99', '%y', (1999, 1, 1, 0, 0, 0, 4, 1, -1)),
    ('68', '%y', (2068, 1, 1, 0, 0, 0, 6, 1, -1)),
    ('69', '%y', (1969, 1, 1, 0, 0, 0, 2, 1, -1)),
    ('x%', 'x%%', (1900, 1, 1, 0, 0, 0, 0, 1, -1)),
    ('(', '(', (1900, 1, 1, 0, 0, 0, 0, 1, -1)),
    ('a.b', 'a.b', (1900, 1, 1, 0, 0, 0, 0, 1, -1)),
    ('[1]', '[%d]', (1900, 1, 1, 0, 0, 0, 0, 1, -1)),
]
for s, f, want in ok:
    got = time.strptime(s) if f is None else time.strptime(s, f)
    assert type(got) is time.struct_time
    assert got == want, (s, f, got)

bad = [
    ('x', '%', "stray % in format '%'"),
    ('x', '%Q', "'Q' is a bad directive in format '%Q'"),
    ('1', '%.', "'%' is a bad directive in format '%.'"),
    ('12345', '%H%M', 'unconverted data remains: 5'),
    ('30 feb', '%d %b', 'day is out of range for month'),
    ('10:61', '%H:%M', 'unconverted data remains: 1'),
    ('  12', '%d', "time data '  12' does not match format '%d'"),
    ('12  ', '%d', 'unconverted data remains:   '),
    ('12 x', '%d', 'unconverted data remains:  x'),
    ('1999-13-01', '%Y-%m-%d', "time data '1999-13-01' does not match format '%Y-%m-%d'"),
    ('29 feb 1900', '%d %b %Y', 'day is out of range for month'),
    ('0000', '%Y', 'year is out of range'),
    ('100%', '%d%%', "time data '100%' does not match format '%d%%'"),
    ('a', 'b', "time data 'a' does not match format 'b'"),
    ('7', '%w', "time data '7' does not match format '%w'"),
    ('Feb', '%B', "time data 'Feb' does not match format '%B'"),
    ('february', '%b', 'unconverted data remains: ruary'),
    ('axb', 'a.b', "time data 'axb' does not match format 'a.b'"),
    ('2001 1 1', '%Y %U %a', "time data '2001 1 1' does not match format '%Y %U %a'"),
]
for s, f, msg in bad:
    e = raises(ValueError, time.strptime, s, f)
    assert str(e) == msg, (s, f, str(e))

assert str(raises(TypeError, time.strptime, 1)) == "strptime() argument 0 must be str, not <class 'int'>"
assert str(raises(TypeError, time.strptime, 'x', 1)) == "strptime() argument 1 must be str, not <class 'int'>"
assert str(raises(TypeError, time.strptime)) == '_strptime_time() takes at least 1 argument (0 given)'
assert str(raises(TypeError, time.strptime, 'a', 'b', 'c')) == '_strptime_time() takes at most 2 positional arguments (3 given)'

# What strftime writes, strptime reads back.
t = time.localtime(1234567890)
s = time.strftime('%a %b %d %H:%M:%S %Y', t)
assert time.strptime(s)[:6] == t[:6]
assert time.strptime(time.strftime('%j %Y %H', t), '%j %Y %H')[:4] == t[:4]

# February 29th without a year: computed in a leap year, reported in 1900.
assert time.strptime('29 feb', '%d %b') == (1900, 2, 29, 0, 0, 0, 0, 60, -1)

# The _strptime module behind time.strptime and datetime.strptime.
import _strptime
assert _strptime._strptime('29 feb 10:11:12.5 +0130 UTC', '%d %b %H:%M:%S.%f %z %Z') == \
    ((1900, 2, 29, 10, 11, 12, 0, 60, 0, 5400, 'UTC'), 500000)
assert _strptime._strptime('-0130', '%z') == ((1900, 1, 1, 0, 0, 0, 0, 1, -1, -5400, None), 0)
assert _strptime._strptime('000001', '%f')[1] == 1 and _strptime._strptime('7', '%f')[1] == 700000
assert _strptime._strptime_time('2001', '%Y') == time.strptime('2001', '%Y')
assert str(raises(TypeError, _strptime._strptime, None)) == "strptime() argument 0 must be str, not <class 'NoneType'>"


class Stamp:
    def __init__(self, *args):
        self.args = args

s = _strptime._strptime_datetime(Stamp, '2001-02-03 04:05:06.25', '%Y-%m-%d %H:%M:%S.%f')
assert s.args == (2001, 2, 3, 4, 5, 6, 250000)
