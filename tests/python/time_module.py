# The time module: the clock, struct_time, gmtime/localtime/mktime, time
# zones through TZ and tzset, asctime and ctime, sleep.
import time, os


def raises(exc, f, *args):
    try:
        f(*args)
    except exc as e:
        return e
    raise AssertionError('%s%r did not raise %s' % (f.__name__, args, exc.__name__))


for name in ['monotonic', 'perf_counter', 'process_time', 'get_clock_info']:
    assert not hasattr(time, name), name
assert sorted(n for n in dir(time) if not n.startswith('__')) == [
    'accept2dyear', 'altzone', 'asctime', 'clock', 'ctime', 'daylight', 'gmtime', 'localtime', 'mktime',
    'sleep', 'strftime', 'strptime', 'struct_time', 'time', 'timezone', 'tzname', 'tzset']

t = time.time()
assert type(t) is float and t > 1.2e9
assert type(time.clock()) is float and time.clock() >= 0
t0 = time.time()
assert time.sleep(0.05) is None and time.sleep(0) is None
assert time.time() - t0 >= 0.045
assert raises(IOError, time.sleep, -1).args == (22, 'Invalid argument')
assert str(raises(TypeError, time.sleep, 'x')) == 'a float is required'

# struct_time
g = time.gmtime(0)
assert repr(g) == ('time.struct_time(tm_year=1970, tm_mon=1, tm_mday=1, tm_hour=0, tm_min=0, '
                   'tm_sec=0, tm_wday=3, tm_yday=1, tm_isdst=0)')
assert g == (1970, 1, 1, 0, 0, 0, 3, 1, 0) and len(g) == 9 and g.tm_wday == 3 and g[0] == 1970
assert type(g) is time.struct_time and isinstance(g, tuple)
s = time.struct_time((1, 2, 3, 4, 5, 6, 7, 8, 9))
assert s.tm_yday == 8 and s.tm_isdst == 9
assert time.struct_time.n_fields == 9 and time.struct_time.n_sequence_fields == 9
e = raises(TypeError, time.struct_time, (1, 2))
assert str(e) == 'time.struct_time() takes a 9-sequence (2-sequence given)'
assert time.gmtime(-1.5) == (1969, 12, 31, 23, 59, 59, 2, 365, 0)   # truncated toward zero
assert time.gmtime(1.9)[5] == 1 and time.gmtime(1e9) == (2001, 9, 9, 1, 46, 40, 6, 252, 0)
assert time.gmtime(951782400) == (2000, 2, 29, 0, 0, 0, 1, 60, 0)
assert time.gmtime(None)[0] >= 2011 and time.gmtime()[0] >= 2011
assert str(raises(ValueError, time.gmtime, 1e30)) == 'timestamp out of range for platform time_t'
assert str(raises(ValueError, time.gmtime, float('inf'))) == 'timestamp out of range for platform time_t'
assert raises(ValueError, time.gmtime, float('nan')).args == (75, 'Value too large for defined data type')
assert raises(ValueError, time.gmtime, 2 ** 62).args == (75, 'Value too large for defined data type')
assert str(raises(TypeError, time.gmtime, 'x')) == 'a float is required'

# asctime and ctime
assert time.asctime((2000, 1, 1, 0, 0, 0, 0, 1, -1)) == 'Mon Jan  1 00:00:00 2000'
assert time.asctime((99999, 12, 31, 23, 59, 59, 6, 1, -1)) == 'Sun Dec 31 23:59:59 99999'
assert time.asctime(time.gmtime(0)) == 'Thu Jan  1 00:00:00 1970'
for args, msg in [((), 'function takes exactly 9 arguments (0 given)'),
                  ((1,), 'function takes exactly 9 arguments (1 given)'),
                  ((2000, 1, 1, 0, 0, 0, 0, 1, -1, 5), 'function takes exactly 9 arguments (10 given)')]:
    assert str(raises(TypeError, time.asctime, args)) == msg
assert str(raises(TypeError, time.asctime, 5)) == 'Tuple or struct_time argument required'
assert str(raises(TypeError, time.asctime, [2000, 1, 1, 0, 0, 0, 0, 1, 0])) == 'Tuple or struct_time argument required'
for i, what in [(1, 'month'), (2, 'day of month'), (3, 'hour'), (4, 'minute'), (5, 'seconds'), (7, 'day of year')]:
    bad = [2000, 1, 1, 0, 0, 0, 0, 1, 0]
    bad[i] = 400
    assert str(raises(ValueError, time.asctime, tuple(bad))) == what + ' out of range'
assert str(raises(ValueError, time.asctime, (2000, 1, 1, 0, 0, 0, -2, 1, 0))) == 'day of week out of range'
# Zero month, day and day of year mean the first.
assert time.asctime((2000, 0, 0, 0, 0, 0, 0, 0, 0)) == 'Mon Jan  1 00:00:00 2000'
assert str(raises(OverflowError, time.asctime, (10 ** 10, 1, 1, 0, 0, 0, 0, 1, 0))) == 'signed integer is greater than maximum'

# Two-digit years, while accept2dyear is true.
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    assert time.asctime((50, 1, 1, 0, 0, 0, 0, 1, 0)) == 'Mon Jan  1 00:00:00 2050'
    assert time.asctime((99, 1, 1, 0, 0, 0, 0, 1, 0)) == 'Mon Jan  1 00:00:00 1999'
    assert len(w) == 2 and w[0].category is DeprecationWarning
    assert str(w[0].message) == 'Century info guessed for a 2-digit year.'
assert str(raises(ValueError, time.asctime, (500, 1, 1, 0, 0, 0, 0, 1, 0))) == 'year out of range'
time.accept2dyear = False
try:
    assert time.asctime((5, 1, 1, 0, 0, 0, 0, 1, 0)) == 'Mon Jan  1 00:00:00 5'
    assert time.asctime((-5, 1, 1, 0, 0, 0, 0, 1, 0)) == 'Mon Jan  1 00:00:00 -5'
finally:
    time.accept2dyear = True

# Time zones.
saved_tz = os.environ.get('TZ')
def use_tz(tz):
    if tz is None:
        os.environ.pop('TZ', None)
    else:
        os.environ['TZ'] = tz
    time.tzset()

try:
    for tz in ['UTC', '']:
        use_tz(tz)
        assert (time.timezone, time.altzone, time.daylight, time.tzname) == (0, 0, 0, ('UTC', 'UTC'))
        assert time.localtime(1e9) == time.gmtime(1e9)
        assert time.mktime((2000, 7, 1, 0, 0, 0, 0, 1, -1)) == 962409600.0
        # A DST flag that disagrees moves the result by an hour.
        assert time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 1)) == 946681200.0
    for tz in ['America/New_York', 'EST+05EDT,M3.2.0,M11.1.0']:
        use_tz(tz)
        assert (time.timezone, time.altzone, time.daylight, time.tzname) == (18000, 14400, 1, ('EST', 'EDT')), tz
        assert time.localtime(1e9) == (2001, 9, 8, 21, 46, 40, 5, 251, 1)
        assert time.localtime(1e9 - 100 * 86400) == (2001, 5, 31, 21, 46, 40, 3, 151, 1)
        assert time.mktime((2000, 7, 1, 0, 0, 0, 0, 1, 0)) == 962427600.0
        assert time.mktime((2000, 7, 1, 0, 0, 0, 0, 1, -1)) == 962424000.0
        assert time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, 1)) == 946699200.0
        assert time.mktime((2001, 3, 1, 0, 0, 0, 0, 1, -1)) == 983422800.0
        assert time.ctime(1e9) == 'Sat Sep  8 21:46:40 2001'
        # Fields out of range are normalised.
        assert time.mktime((2000, 13, 35, 25, 61, 61, 0, 1, -1)) == time.mktime((2001, 2, 5, 2, 2, 1, 0, 1, -1))
        # The hour that does not exist when summer time begins.
        assert time.mktime((2001, 4, 1, 2, 30, 0, 0, 1, 0)) == 986110200.0
        assert time.mktime((2001, 4, 1, 2, 30, 0, 0, 1, 1)) == 986106600.0
    use_tz('Australia/Sydney')
    # Summer time in January: timezone is the July zone.
    assert (time.timezone, time.altzone, time.daylight, time.tzname) == (-36000, -39600, 1, ('AEST', 'AEDT'))
    assert time.localtime(1e9)[:6] == (2001, 9, 9, 11, 46, 40)
    use_tz('AAA+3')
    assert (time.timezone, time.altzone, time.daylight, time.tzname) == (10800, 10800, 0, ('AAA', 'AAA'))
    assert time.localtime(0)[3] == 21
    use_tz('<+0330>-3:30')
    assert time.timezone == -12600 and time.tzname == ('+0330', '+0330')
    use_tz('Europe/London')
    assert time.localtime(1e9)[3:5] == (2, 46) and time.tzname == ('GMT', 'BST')
finally:
    use_tz(saved_tz)

assert time.mktime(time.localtime(1234567890)) == 1234567890.0
assert time.ctime(0) == time.asctime(time.localtime(0))
assert str(raises(OverflowError, time.mktime, (2000, 1, 1, 0, 0, 0, 0, 1, 2 ** 40))) == 'signed integer is greater than maximum'
assert str(raises(TypeError, time.mktime, (2000, 1, 1, 0, 0, 0, 0, 1))) == 'function takes exactly 9 arguments (8 given)'
assert abs(time.time() - time.mktime(time.localtime())) < 2
