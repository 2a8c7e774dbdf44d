# time.strftime as glibc formats in the C locale.
import time, os


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return e
    raise AssertionError('%s%r did not raise %s' % (f.__name__, args, exc.__name__))


t = (2001, 2, 3, 4, 5, 6, 5, 34, 0)   # Saturday 3 February 2001, 04:05:06
cases = [
    ('%a %A %b %B %h', 'Sat Saturday Feb February Feb'),
    ('%d %e %H %I %j %m %M %S %p %P', '03  3 04 04 034 02 05 06 AM am'),
    ('%y %Y %C %g %G %V %u %w %U %W', '01 2001 20 01 2001 05 6 6 04 05'),
    ('%c|%x|%X|%D|%T|%R|%r|%F', 'Sat Feb  3 04:05:06 2001|02/03/01|04:05:06|02/03/01|04:05:06|04:05|04:05:06 AM|2001-02-03'),
    ('%k|%l|%n|%t|%%', ' 4| 4|\n|\t|%'),
    ('%-d|%_m|%0e|%5Y|%^a|%#b|%#p|%^B|%10A|%-10A', '3| 2|03|02001|SAT|FEB|am|FEBRUARY|  Saturday|  Saturday'),
    ('%Ey|%EY|%Od|%OH|%Ez|%Oq|%E|%Ed|%Oa|%OB', '01|2001|03|04|+0000|%Oq|%E|%Ed|%Oa|February'),
    ('%Q|%+|%', '%Q|%+|%'),
    ('%-5d|%_5d|%05d|%5d|%-3Y|%_5Y|%-z|%_6z|%-5p|%05a|%_5a|%3S|%-5%', '    3|    3|00003|00003|2001| 2001|+0|     +     0|   AM|00Sat|  Sat|006|    %'),
    ('%_4y|%-y|%_y|%0_5d|%_05d|%-_3d|%10%', '   1|1| 1|    3|00003|  3|         %'),
    ('', ''),
    ('no directives', 'no directives'),
    ('é%Y\u20ac', 'é2001\u20ac'),
]
for fmt, want in cases:
    got = time.strftime(fmt, t)
    assert got == want, (fmt, got, want)

afternoon = (2001, 12, 31, 13, 0, 0, 0, 365, 0)
assert time.strftime('%I %l %p %j %U %W %V %G %u %w', afternoon) == '01  1 PM 365 52 53 01 2002 1 1'
assert time.strftime('%I', (2001, 1, 1, 0, 0, 0, 0, 1, 0)) == '12'
assert time.strftime('%I %p', (2001, 1, 1, 12, 0, 0, 0, 1, 0)) == '12 PM'
# ISO weeks at the turns of the years.
for y, d, want in [(2005, 1, '2004 53'), (2008, 365, '2009 01'), (2010, 3, '2009 53'), (2010, 4, '2010 01'), (2004, 366, '2004 53')]:
    st = time.gmtime(time.mktime((y, 1, d, 12, 0, 0, 0, 1, 0)))
    assert time.strftime('%G %V', st) == want, (y, d, time.strftime('%G %V', st))
assert time.strftime('%Y|%C|%G|%g|%y', (5, 1, 1, 0, 0, 0, 0, 1, 0)) == '2005|20|2005|05|05'
time.accept2dyear = False
try:
    assert time.strftime('%Y|%C|%G|%g|%y|%5Y', (5, 1, 1, 0, 0, 0, 0, 1, 0)) == '5|0|5|05|05|00005'
    assert time.strftime('%Y', (1899, 1, 1, 0, 0, 0, 0, 1, -1)) == '1899'
finally:
    time.accept2dyear = True

assert str(raises(ValueError, time.strftime, '%Y', (2000, 13, 1, 0, 0, 0, 0, 1, -1))) == 'month out of range'
assert str(raises(TypeError, time.strftime, 1)) == 'must be str, not int'
assert str(raises(TypeError, time.strftime, b'%Y')) == 'must be str, not bytes'
assert time.strftime('%Y') == str(time.localtime()[0])

saved_tz = os.environ.get('TZ')
try:
    os.environ['TZ'] = 'EST+05EDT,M3.2.0,M11.1.0'
    time.tzset()
    # A tuple has no zone of its own: %Z is tzname[isdst], %z +0000, both
    # empty when isdst is -1.
    assert time.strftime('%Z|%z', (2000, 1, 1, 0, 0, 0, 0, 1, 0)) == 'EST|+0000'
    assert time.strftime('%Z|%z', (2000, 7, 1, 0, 0, 0, 0, 1, 1)) == 'EDT|+0000'
    assert time.strftime('%Z|%z', (2000, 7, 1, 0, 0, 0, 0, 1, -1)) == '|'
    assert time.strftime('%Z|%z', (2000, 7, 1, 0, 0, 0, 0, 1, 7)) == 'EDT|+0000'
    assert time.strftime('%#Z', (2000, 7, 1, 0, 0, 0, 0, 1, 1)) == 'edt'
    assert time.strftime('%s', (2001, 9, 8, 21, 46, 40, 0, 1, 1)) == '1000000000'
    os.environ['TZ'] = 'UTC'
    time.tzset()
    assert time.strftime('%Z %z') == 'UTC +0000'
finally:
    if saved_tz is None:
        del os.environ['TZ']
    else:
        os.environ['TZ'] = saved_tz
    time.tzset()
