# The datetime module: construction, arithmetic, comparison, formatting,
# time zones, pickling and subclassing, with Python 3.2's results.
import pickle
import time as _time
from datetime import (MINYEAR, MAXYEAR, date, time, datetime, timedelta,
                      tzinfo, timezone)


def raises(exc, fn, *args, msg=None):
    try:
        fn(*args)
    except exc as e:
        if msg is not None:
            assert str(e) == msg, (str(e), msg)
        return
    raise AssertionError("%s not raised" % exc.__name__)


assert (MINYEAR, MAXYEAR) == (1, 9999)

# timedelta: normalisation, reprs, str
td = timedelta
assert repr(td(0)) == "datetime.timedelta(0)"
assert repr(td(1, 3600)) == "datetime.timedelta(1, 3600)"
assert repr(td(0, 0, 1)) == "datetime.timedelta(0, 0, 1)"
assert repr(td(hours=-1)) == "datetime.timedelta(-1, 82800)"
assert str(td(-1, 5, 3)) == "-1 day, 0:00:05.000003"
assert str(td(2, 7200)) == "2 days, 2:00:00"
assert str(td(microseconds=-1)) == "-1 day, 23:59:59.999999"
assert td(weeks=1, hours=-1, milliseconds=1.5) == td(6, 82800, 1500)
assert td(1.5, 0.4, 0.6) == td(1, 43200, 400001)
assert td(microseconds=0.5) == td(0, 0, 1)
assert td(microseconds=-0.5) == td(0, 0, -1)
assert td(milliseconds=0.4 / 1000) == td(0)
assert (td.min, td.max, td.resolution) == (
    td(-999999999), td(999999999, 86399, 999999), td(0, 0, 1))
raises(OverflowError, td, 1000000000,
       msg="days=1000000000; must have magnitude <= 999999999")
raises(OverflowError, td, 1e10)
raises(TypeError, td, "1", msg="unsupported type for timedelta days component: str")
raises(OverflowError, lambda: -td.max + td(-1))
assert td(1).total_seconds() == 86400.0

# timedelta arithmetic (3.2 adds /, //, % and divmod with timedeltas,
# and multiplication and division by floats)
d = td(1)
assert d + td(0, 1) == td(1, 1) and d - td(2) == td(-1)
assert -d == td(-1) and +d == d and abs(td(-2)) == td(2)
assert d * 2 == 2 * d == td(2)
assert d * 1.5 == td(1, 43200)
assert d / 3 == td(0, 28800)
assert d / 2.5 == td(0, 34560)
assert d // 7 == td(0, 12342, 857142)
assert td(microseconds=-1) // 3 == td(-1, 86399, 999999)
assert d / td(hours=5) == 4.8
assert d // td(hours=5) == 4
assert d % td(hours=5) == td(0, 14400)
assert divmod(d, td(hours=5)) == (4, td(0, 14400))
assert td(0, 0, 3) / 2 == td(0, 0, 2) and td(0, 0, 5) / 2 == td(0, 0, 2)
raises(ZeroDivisionError, lambda: d / 0)
raises(ZeroDivisionError, lambda: d // td(0))
raises(TypeError, lambda: d * d)
raises(TypeError, lambda: d // 1.5)
raises(TypeError, lambda: d % 2)
raises(TypeError, lambda: d < 1)
assert (d == 1) is False and (d != 1) is True
assert not td(0) and td(0, 0, 1)
assert hash(td(1, 2, 3)) == hash(td(0, 86402, 3))
assert d.__reduce__() == (td, (1, 0, 0))

# date
x = date(2000, 1, 1)
assert repr(x) == "datetime.date(2000, 1, 1)" and str(x) == "2000-01-01"
raises(ValueError, date, 0, 1, 1, msg="year is out of range")
raises(ValueError, date, 2000, 13, 1, msg="month must be in 1..12")
raises(ValueError, date, 1999, 2, 29, msg="day is out of range for month")
date(2000, 2, 29)
raises(TypeError, date, 2000.0, 1, 1, msg="integer argument expected, got float")
assert x.toordinal() == 730120 and date.fromordinal(730120) == x
assert date(1, 1, 1).toordinal() == 1
assert date.fromordinal(3652059) == date(9999, 12, 31)
raises(ValueError, date.fromordinal, 0, msg="ordinal must be >= 1")
for o in (1, 365, 366, 730, 1461, 36524, 36525, 146097, 146096, 730119,
          730120, 730485, 3652058, 3652059):
    assert date.fromordinal(o).toordinal() == o
assert (x.weekday(), x.isoweekday(), x.isocalendar()) == (5, 6, (1999, 52, 6))
assert date(2004, 1, 1).isocalendar() == (2004, 1, 4)
assert date(2008, 12, 29).isocalendar() == (2009, 1, 1)
assert x.ctime() == "Sat Jan  1 00:00:00 2000"
assert x.strftime("%Y-%m-%d %A %j %f") == "2000-01-01 Saturday 001 000000"
raises(ValueError, date(999, 1, 1).strftime, "%Y",
       msg="year=999 is before 1000; the datetime strftime() methods "
       "require year >= 1000")
raises(ValueError, x.strftime, "%Y%", msg="strftime format ends with raw %")
assert format(x, "") == "2000-01-01" and format(x, "%d/%m") == "01/01"
raises(TypeError, x.__format__, 5, msg="must be str, not int")
tt = x.timetuple()
assert tuple(tt) == (2000, 1, 1, 0, 0, 0, 5, 1, -1)
assert isinstance(tt, _time.struct_time)
assert date(2000, 12, 31).timetuple().tm_yday == 366
assert x + td(31) == date(2000, 2, 1) == td(31) + x
assert x - td(1) == date(1999, 12, 31)
assert date(2000, 3, 1) - date(2000, 2, 1) == td(29)
raises(OverflowError, lambda: date.max + td(1), msg="date value out of range")
raises(OverflowError, lambda: date.min - td(1))
assert x.replace(day=5) == date(2000, 1, 5)
raises(ValueError, lambda: x.replace(year=0))
lt = _time.localtime(86400 * 366 + 43200)
assert date.fromtimestamp(86400 * 366 + 43200) == date(*lt[:3])
assert date.today() == date.fromtimestamp(_time.time())
assert x < date(2000, 1, 2) and x <= x and x == date(2000, 1, 1)
assert (x == 1) is False
assert hash(x) == hash(date(2000, 1, 1))
assert x.__reduce__() == (date, (b'\x07\xd0\x01\x01',))
assert date(b'\x07\xd0\x01\x01') == x

# time
t = time(12, 30)
assert repr(t) == "datetime.time(12, 30)"
assert repr(time(1, 2, 0, 5)) == "datetime.time(1, 2, 0, 5)"
assert str(time(1, 2, 3, 4)) == "01:02:03.000004"
raises(ValueError, time, 24, msg="hour must be in 0..23")
raises(ValueError, time, 0, 60, msg="minute must be in 0..59")
raises(ValueError, time, 0, 0, 60, msg="second must be in 0..59")
raises(ValueError, time, 0, 0, 0, 10**6, msg="microsecond must be in 0..999999")
raises(TypeError, lambda: time(1, tzinfo=5))
assert not time(0) and time(0, 0, 0, 1)
assert time(1, 2).strftime("%Y %H:%M %f") == "1900 01:02 000000"
assert time(1, 2, 3, 4).__reduce__() == (time, (b'\x01\x02\x03\x00\x00\x04',))
assert time.min == time(0) and time.max == time(23, 59, 59, 999999)
assert t.replace(minute=0) == time(12)

# timezone (new in 3.2)
utc = timezone.utc
plus5 = timezone(td(hours=5))
assert repr(utc) == "datetime.timezone.utc"
assert str(utc) == "UTC+00:00"
assert timezone(td(0)) is utc
assert repr(timezone(td(hours=5), "x")) == \
    "datetime.timezone(datetime.timedelta(0, 18000), 'x')"
assert timezone(td(hours=-5, minutes=-30)).tzname(None) == "UTC-05:30"
assert repr(timezone.min) == "datetime.timezone(datetime.timedelta(-1, 60))"
assert repr(timezone.max) == "datetime.timezone(datetime.timedelta(0, 86340))"
assert plus5.utcoffset(None) == td(hours=5) and plus5.dst(None) is None
assert timezone(td(hours=5), "EST").tzname(None) == "EST"
assert plus5 == timezone(td(hours=5), "other") and hash(plus5) == hash(td(hours=5))
raises(TypeError, timezone, 5,
       msg="timezone() argument 1 must be datetime.timedelta, not int")
raises(TypeError, timezone, td(0), 5,
       msg="timezone() argument 2 must be str, not int")
raises(ValueError, timezone, td(hours=24))
raises(ValueError, timezone, td(seconds=30))
raises(TypeError, utc.utcoffset, 5)
raises(ValueError, utc.fromutc, datetime(2000, 1, 1),
       msg="fromutc: dt.tzinfo is not self")
assert utc.__reduce__() == (timezone, (td(0),))
assert pickle.loads(pickle.dumps(plus5)) == plus5

# the abstract tzinfo
raises(NotImplementedError, tzinfo().tzname, None,
       msg="a tzinfo subclass must implement tzname()")
raises(NotImplementedError, tzinfo().utcoffset, None)
raises(NotImplementedError, tzinfo().dst, None)

# datetime
dt = datetime(2000, 1, 1)
assert repr(dt) == "datetime.datetime(2000, 1, 1, 0, 0)"
assert repr(datetime(2000, 1, 1, 1, 2, 3, 4)) == \
    "datetime.datetime(2000, 1, 1, 1, 2, 3, 4)"
aware = datetime(2000, 1, 1, tzinfo=utc)
assert repr(aware) == \
    "datetime.datetime(2000, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)"
assert str(datetime(2000, 1, 1, tzinfo=timezone(td(hours=-3)))) == \
    "2000-01-01 00:00:00-03:00"
assert datetime(2000, 1, 1, 1, 2, 3, 5).isoformat() == "2000-01-01T01:02:03.000005"
assert dt.isoformat(" ") == "2000-01-01 00:00:00"
assert dt.ctime() == "Sat Jan  1 00:00:00 2000"
assert datetime(2000, 1, 1, 5).strftime("%f %z %Z %%z") == "000000   %z"
assert datetime(2000, 1, 1, tzinfo=timezone(td(hours=-3))).strftime("%z|%Z") == \
    "-0300|UTC-03:00"
assert aware.utctimetuple()[:] == (2000, 1, 1, 0, 0, 0, 5, 1, 0)
assert datetime(2000, 1, 1, tzinfo=plus5).utctimetuple()[:6] == \
    (1999, 12, 31, 19, 0, 0)
assert dt.timetuple()[-1] == -1 and aware.timetuple()[-1] == -1
raises(OverflowError, datetime(1, 1, 1, tzinfo=plus5).utctimetuple)
assert datetime.combine(date(2000, 1, 1), time(1, tzinfo=utc)) == \
    datetime(2000, 1, 1, 1, tzinfo=utc)
assert dt.date() == date(2000, 1, 1) and type(dt.date()) is date
assert aware.time() == time(0) and aware.timetz().tzinfo is utc
assert aware.astimezone(timezone(td(hours=2))).hour == 2
raises(ValueError, dt.astimezone, utc,
       msg="astimezone() cannot be applied to a naive datetime")
raises(TypeError, aware.astimezone, 5)
assert datetime(2000, 1, 1, 23) + td(hours=2) == datetime(2000, 1, 2, 1)
assert datetime(2000, 3, 1) - td(microseconds=1) == \
    datetime(2000, 2, 29, 23, 59, 59, 999999)
assert datetime(2000, 1, 2) - dt == td(1)
assert datetime(2000, 1, 1, 6, tzinfo=plus5) - aware == td(hours=1)
assert datetime(2000, 1, 1, 5, tzinfo=plus5) == aware
assert hash(datetime(2000, 1, 1, 5, tzinfo=plus5)) == hash(aware)
raises(TypeError, lambda: dt < aware,
       msg="can't compare offset-naive and offset-aware datetimes")
raises(TypeError, lambda: dt == aware)
raises(TypeError, lambda: dt - aware,
       msg="can't subtract offset-naive and offset-aware datetimes")
raises(TypeError, lambda: time(0) < time(0, tzinfo=utc),
       msg="can't compare offset-naive and offset-aware times")
assert time(1, tzinfo=utc) == time(2, tzinfo=timezone(td(hours=1)))
assert (dt == date(2000, 1, 1)) is False and (date(2000, 1, 1) == dt) is False
raises(TypeError, lambda: date(2000, 1, 1) < dt)
raises(TypeError, lambda: dt - date(2000, 1, 1))
raises(OverflowError, lambda: datetime.max + td(1))
assert datetime.strptime("2000-03-04 05:06", "%Y-%m-%d %H:%M") == \
    datetime(2000, 3, 4, 5, 6)
p = datetime.strptime("2000 +0130", "%Y %z")
assert p.utcoffset() == td(hours=1, minutes=30)
assert datetime.utcfromtimestamp(0) == datetime(1970, 1, 1)
assert datetime.utcfromtimestamp(1.5) == datetime(1970, 1, 1, 0, 0, 1, 500000)
assert datetime.utcfromtimestamp(0.9999999) == datetime(1970, 1, 1, 0, 0, 1)
assert datetime.utcfromtimestamp(-1) == datetime(1969, 12, 31, 23, 59, 59)
raises(ValueError, datetime.utcfromtimestamp, 1e200)
assert datetime.fromtimestamp(0, utc) == datetime(1970, 1, 1, tzinfo=utc)
assert datetime.fromtimestamp(3600, plus5).hour == 6
n = datetime.now(utc)
assert n.tzinfo is utc and abs(n.replace(tzinfo=None) - datetime.utcnow()) < td(1)
assert dt.replace(hour=3, tzinfo=utc) == datetime(2000, 1, 1, 3, tzinfo=utc)
assert format(dt, "%Y") == "2000" and format(dt, "") == str(dt)

# pickling in 3.2's form, round trips for every protocol
assert aware.__reduce__() == (
    datetime, (b'\x07\xd0\x01\x01\x00\x00\x00\x00\x00\x00', utc))
for obj in (td(1, 2, 3), x, t, time(1, tzinfo=plus5), dt, aware, utc,
            datetime(2000, 1, 1, 1, 2, 3, 4, timezone(td(hours=1), "A"))):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(obj, proto))
        assert back == obj and type(back) is type(obj), (obj, proto)


# subclassing
class MyDate(date):
    pass


class MyDelta(timedelta):
    pass


class MyDT(datetime):
    def extra(self):
        return self.year * 2


s = MyDate(2000, 1, 1)
assert repr(s) == "MyDate(2000, 1, 1)"
assert type(s + td(1)) is date and type(s.replace(day=2)) is MyDate
assert type(MyDate.today()) is MyDate and type(MyDate.fromordinal(5)) is MyDate
assert repr(MyDelta(1)) == "MyDelta(1)" and type(MyDelta(1) + td(1)) is timedelta
m = MyDT(2000, 1, 1)
assert m.extra() == 4000 and type(MyDT.now()) is MyDT
assert type(MyDT.strptime("2000", "%Y")) is MyDT
assert type(pickle.loads(pickle.dumps(m))) is MyDT


# a tzinfo with DST, going through the default fromutc
class Eastern(tzinfo):
    def utcoffset(self, dt):
        return td(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is not None and 4 <= dt.replace(tzinfo=None).month <= 10:
            return td(hours=1)
        return td(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"


est = Eastern()
summer = datetime(2000, 7, 1, 12, tzinfo=utc).astimezone(est)
winter = datetime(2000, 1, 1, 12, tzinfo=utc).astimezone(est)
assert (summer.hour, summer.tzname()) == (8, "EDT")
assert (winter.hour, winter.tzname()) == (7, "EST")
assert summer.timetuple().tm_isdst == 1 and winter.timetuple().tm_isdst == 0
assert str(summer) == "2000-07-01 08:00:00-04:00"


class BadTZ(tzinfo):
    def utcoffset(self, dt):
        return 5

    def tzname(self, dt):
        return 7


raises(TypeError, datetime(2000, 1, 1, tzinfo=BadTZ()).utcoffset,
       msg="tzinfo.utcoffset() must return None or timedelta, not 'int'")
raises(TypeError, datetime(2000, 1, 1, tzinfo=BadTZ()).tzname)
