"""Date and time types: date, time, datetime, timedelta, tzinfo, timezone.

Taipan's implementation of the datetime module of Python 3.2, written in
Python. Values are kept in plain integer slots; dates are converted to
and from proleptic Gregorian ordinals (day 1 is 0001-01-01) for
arithmetic.
"""

import time as _time
import math as _math

MINYEAR = 1
MAXYEAR = 9999

_MAXORDINAL = 3652059  # date(9999, 12, 31).toordinal()
_US_PER_SEC = 1000000
_US_PER_DAY = 86400000000
_MAXDAYS = 999999999

# days in each month of a common year; index 0 unused
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# days of a common year before the first of each month
_MONTH_START = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_len(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MONTH_DAYS[m]


def _ymd_to_ord(y, m, d):
    p = y - 1
    n = p * 365 + p // 4 - p // 100 + p // 400 + _MONTH_START[m] + d
    if m > 2 and _leap(y):
        n += 1
    return n


def _ord_to_ymd(n):
    # Peel off whole 400-, 100-, 4- and 1-year blocks from a zero-based day.
    n -= 1
    c400, n = divmod(n, 146097)
    c100, n = divmod(n, 36524)
    c4, n = divmod(n, 1461)
    c1, n = divmod(n, 365)
    y = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c1 == 4 or c100 == 4:
        # the last day of a leap year closing a 4- or 400-year block
        return y - 1, 12, 31
    leap = _leap(y)
    m = (n >> 5) + 1
    if m > 12:
        m = 12
    while True:
        start = _MONTH_START[m] + (1 if leap and m > 2 else 0)
        if start <= n:
            break
        m -= 1
    while m < 12:
        nxt = _MONTH_START[m + 1] + (1 if leap and m + 1 > 2 else 0)
        if nxt > n:
            break
        m += 1
        start = nxt
    return y, m, n - start + 1


def _as_int(v):
    if v.__class__ is int:
        return v
    if isinstance(v, int):
        return int(v)
    if isinstance(v, float):
        raise TypeError("integer argument expected, got float")
    try:
        conv = type(v).__int__
    except AttributeError:
        raise TypeError("an integer is required") from None
    r = conv(v)
    if not isinstance(r, int):
        raise TypeError("__int__ returned non-int (type %s)" % type(r).__name__)
    return r


def _check_ymd(y, m, d):
    y = _as_int(y)
    m = _as_int(m)
    d = _as_int(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year is out of range")
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _month_len(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_hms(h, mi, s, us):
    h = _as_int(h)
    mi = _as_int(mi)
    s = _as_int(s)
    us = _as_int(us)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    return h, mi, s, us


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % type(tz).__name__)


def _check_offset(name, off):
    # What a tzinfo's utcoffset() or dst() may return.
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    if off._microseconds or off._seconds % 60:
        raise ValueError("offset must be a timedelta representing a whole "
                         "number of minutes")
    if not -_US_PER_DAY < off._total() < _US_PER_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return off


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % type(name).__name__)
    return name


def _round_away(x):
    # Round half away from zero, as the C implementation of 3.2 does.
    if x >= 0:
        return int(_math.floor(x + 0.5))
    return -int(_math.floor(-x + 0.5))


def _div_nearest(a, b):
    # a / b for ints, rounded to the nearest int, ties to even.
    q, r = divmod(a, b)
    r2 = 2 * r
    if b > 0:
        if r2 > b or (r2 == b and q & 1):
            q += 1
    else:
        if r2 < b or (r2 == b and q & 1):
            q += 1
    return q


def _fmt_offset(off, sep):
    if off is None:
        return ""
    m = off._days * 1440 + off._seconds // 60
    sign = "+"
    if m < 0:
        sign = "-"
        m = -m
    h, m = divmod(m, 60)
    return "%s%02d%s%02d" % (sign, h, sep, m)


def _strftime(obj, fmt, timetuple, microsecond):
    # Expand the directives the datetime types handle themselves (%z, %Z
    # and %f), then hand the rest to time.strftime.
    if not isinstance(fmt, str):
        raise TypeError("must be str, not %s" % type(fmt).__name__)
    year = timetuple[0]
    if year < 1000:
        raise ValueError("year=%d is before 1000; the datetime strftime() "
                         "methods require year >= 1000" % year)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != "%":
            out.append(c)
            continue
        if i >= n:
            raise ValueError("strftime format ends with raw %")
        c = fmt[i]
        i += 1
        if c == "z":
            off = None
            if isinstance(obj, (time, datetime)):
                off = obj.utcoffset()
            out.append(_fmt_offset(off, ""))
        elif c == "Z":
            name = None
            if isinstance(obj, (time, datetime)):
                name = obj.tzname()
            if name:
                out.append(name.replace("%", "%%"))
        elif c == "f":
            out.append("%06d" % microsecond)
        else:
            out.append("%")
            out.append(c)
    return _time.strftime("".join(out), timetuple)


def _cmp_error(a, b):
    raise TypeError("can't compare %s to %s" % (_tname(a), _tname(b)))


def _tname(x):
    t = type(x)
    if t.__module__ == __name__:
        return "datetime." + t.__name__
    return t.__name__


def _typename(obj, base):
    # The name a repr starts with: qualified for the module's own types,
    # the bare class name for subclasses.
    t = type(obj)
    if t is base:
        return "datetime." + base.__name__
    return t.__name__


class timedelta:
    """Difference between two datetime values."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hash")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        total = 0
        frac = 0.0
        for v, scale, name in ((days, _US_PER_DAY, "days"),
                               (seconds, _US_PER_SEC, "seconds"),
                               (microseconds, 1, "microseconds"),
                               (milliseconds, 1000, "milliseconds"),
                               (minutes, 60000000, "minutes"),
                               (hours, 3600000000, "hours"),
                               (weeks, 7 * _US_PER_DAY, "weeks")):
            if isinstance(v, int):
                if v:
                    total += v * scale
            elif isinstance(v, float):
                whole = int(v)
                total += whole * scale
                frac += (v - whole) * scale
            else:
                raise TypeError("unsupported type for timedelta %s "
                                "component: %s" % (name, type(v).__name__))
        if frac:
            whole = int(frac)
            total += whole
            total += _round_away(frac - whole)
        return _td_new(cls, total)

    def _total(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SEC + \
            self._microseconds

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._total() / 10**6

    def __repr__(self):
        name = _typename(self, timedelta)
        if self._microseconds:
            return "%s(%d, %d, %d)" % (name, self._days, self._seconds,
                                       self._microseconds)
        if self._seconds:
            return "%s(%d, %d)" % (name, self._days, self._seconds)
        return "%s(%d)" % (name, self._days)

    def __str__(self):
        m, s = divmod(self._seconds, 60)
        h, m = divmod(m, 60)
        r = "%d:%02d:%02d" % (h, m, s)
        if self._microseconds:
            r += ".%06d" % self._microseconds
        d = self._days
        if d:
            r = "%d day%s, %s" % (d, "" if abs(d) == 1 else "s", r)
        return r

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_new(timedelta, self._total() + other._total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_new(timedelta, self._total() - other._total())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_new(timedelta, other._total() - self._total())
        return NotImplemented

    def __neg__(self):
        return _td_new(timedelta, -self._total())

    def __pos__(self):
        return _td_new(timedelta, self._total())

    def __abs__(self):
        if self._days < 0:
            return _td_new(timedelta, -self._total())
        return _td_new(timedelta, self._total())

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_new(timedelta, self._total() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _td_new(timedelta, _div_nearest(self._total() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._total()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._total() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_new(timedelta, self._total() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = other._total()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._total() / d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_new(timedelta, _div_nearest(self._total(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_new(timedelta, _div_nearest(self._total() * den, num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._total()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_new(timedelta, self._total() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._total()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._total(), d)
            return q, _td_new(timedelta, r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        h = self._hash
        if h == -1:
            h = self._hash = hash(self._key())
        return h

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, self._key())


def _td_new(cls, total):
    d, rem = divmod(total, _US_PER_DAY)
    if not -_MAXDAYS <= d <= _MAXDAYS:
        if -2**31 <= d < 2**31:
            raise OverflowError("days=%d; must have magnitude <= %d"
                                % (d, _MAXDAYS))
        raise OverflowError("normalized days too large to fit in a C int")
    s, us = divmod(rem, _US_PER_SEC)
    self = object.__new__(cls)
    self._days = d
    self._seconds = s
    self._microseconds = us
    self._hash = -1
    return self


timedelta.min = timedelta(-_MAXDAYS)
timedelta.max = timedelta(days=_MAXDAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _from_timestamp_parts(t):
    # Split a timestamp into whole seconds and microseconds (rounded).
    if isinstance(t, float):
        if t != t or abs(t) > 1e18:
            raise ValueError("timestamp out of range for platform time_t")
        frac, whole = _math.modf(t)
        whole = int(whole)
        us = _round_away(frac * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        return whole, us
    t = _as_int(t)
    if abs(t) > 10**18:
        raise ValueError("timestamp out of range for platform time_t")
    return t, 0


def _utc_fields(secs):
    days, secs = divmod(secs, 86400)
    o = days + 719163
    if not 1 <= o <= _MAXORDINAL:
        raise ValueError("year is out of range")
    y, m, d = _ord_to_ymd(o)
    h, secs = divmod(secs, 3600)
    mi, s = divmod(secs, 60)
    return y, m, d, h, mi, s


def _local_fields(secs):
    try:
        tm = _time.localtime(secs)
    except (OverflowError, OSError):
        raise ValueError("timestamp out of range for platform "
                         "localtime() function") from None
    y = tm[0]
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year is out of range")
    return y, tm[1], tm[2], tm[3], tm[4], min(tm[5], 59)


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day", "_hash")

    def __new__(cls, year, month=None, day=None):
        if (month is None and day is None and isinstance(year, bytes) and
                len(year) == 4 and 1 <= year[2] <= 12):
            self = object.__new__(cls)
            self._year = year[0] * 256 + year[1]
            self._month = year[2]
            self._day = year[3]
            self._hash = -1
            return self
        if month is None or day is None:
            raise TypeError("Required argument '%s' (pos %d) not found"
                            % (("month", 2) if month is None else ("day", 3)))
        y, m, d = _check_ymd(year, month, day)
        self = object.__new__(cls)
        self._year = y
        self._month = m
        self._day = d
        self._hash = -1
        return self

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """timestamp -> local date from a POSIX timestamp (like time.time())."""
        secs, _ = _from_timestamp_parts(t)
        y, m, d = _local_fields(secs)[:3]
        return cls(y, m, d)

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year is out of range")
        y, m, d = _ord_to_ymd(n)
        return cls(y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_typename(self, date), self._year,
                                   self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """Return ctime() style string."""
        wd = (self.toordinal() + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (
            _DAYNAMES[wd], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        """format -> strftime() style string."""
        return _strftime(self, fmt, self.timetuple(), 0)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _make_tm(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd_to_ord(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return (self.toordinal() + 6) % 7 + 1

    def isocalendar(self):
        """Return a 3-tuple containing ISO year, week number, and weekday."""
        y = self._year
        o = self.toordinal()
        start = _iso_week1(y)
        if o < start:
            y -= 1
            start = _iso_week1(y)
        else:
            nxt = _iso_week1(y + 1)
            if o >= nxt:
                y += 1
                start = nxt
        w, wd = divmod(o - start, 7)
        return y, w + 1, wd + 1

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        y, m, d = _check_ymd(year, month, day)
        return _date_make(type(self), y, m, d)

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date):
            return self._cmpkey() == other._cmpkey()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return self._cmpkey() != other._cmpkey()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return self._cmpkey() < other._cmpkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return self._cmpkey() <= other._cmpkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return self._cmpkey() > other._cmpkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return self._cmpkey() >= other._cmpkey()
        return NotImplemented

    def __hash__(self):
        h = self._hash
        if h == -1:
            h = self._hash = _state_hash(self._state())
        return h

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other._days
            if not 1 <= o <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord_to_ymd(o)
            return _date_make(date, y, m, d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() - other._days
            if not 1 <= o <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _ord_to_ymd(o)
            return _date_make(date, y, m, d)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td_new(timedelta, (self.toordinal() - other.toordinal())
                           * _US_PER_DAY)
        return NotImplemented

    def _state(self):
        return bytes((self._year >> 8, self._year & 255, self._month,
                      self._day))

    def __reduce__(self):
        return (self.__class__, (self._state(),))


def _state_hash(state):
    # CPython 3.2 hashes the state bytes of a naive date, time or datetime
    # like bytes, but (a slip in its C code) XORs in -1 where the bytes hash
    # XORs in the length; the hash randomisation secret enters the same way.
    h = ~(hash(state) ^ len(state))
    return -2 if h == -1 else h


def _date_make(cls, y, m, d):
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hash = -1
    return self


def _iso_week1(y):
    # Ordinal of the Monday starting ISO week 1 of year y.
    o = _ymd_to_ord(y, 1, 1)
    wd = (o + 6) % 7
    monday = o - wd
    if wd > 3:
        monday += 7
    return monday


def _make_tm(y, m, d, hh, mm, ss, dst):
    o = _ymd_to_ord(y, m, d)
    yday = o - _ymd_to_ord(y, 1, 1) + 1
    return _time.struct_time((y, m, d, hh, mm, ss, (o + 6) % 7, yday, dst))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> minutes east of UTC (negative for west of UTC)."""
        raise NotImplementedError("a tzinfo subclass must implement "
                                  "utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset in minutes east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _check_offset("utcoffset", self.utcoffset(dt))
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _check_offset("dst", self.dst(dt))
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = _check_offset("dst", dt.dst())
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave"
                                 "inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        getstate = getattr(self, "__getstate__", None)
        if getstate is not None:
            state = getstate()
        else:
            state = getattr(self, "__dict__", None) or None
        return (self.__class__, args, state)


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_hash")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        if (isinstance(hour, bytes) and len(hour) == 6 and hour[0] < 24):
            # unpickling: the state bytes, then the tzinfo
            tz = None if isinstance(minute, int) else minute
            if tz is not None and not isinstance(tz, _tzinfo_class):
                raise TypeError("bad tzinfo state arg")
            return _time_make(cls, hour[0], hour[1], hour[2],
                              (hour[3] << 16) | (hour[4] << 8) | hour[5], tz)
        h, mi, s, us = _check_hms(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        return _time_make(cls, h, mi, s, us, tzinfo)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(None))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(None))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def __repr__(self):
        name = _typename(self, time)
        if self._microsecond:
            r = "%s(%d, %d, %d, %d)" % (name, self._hour, self._minute,
                                        self._second, self._microsecond)
        elif self._second:
            r = "%s(%d, %d, %d)" % (name, self._hour, self._minute,
                                    self._second)
        else:
            r = "%s(%d, %d)" % (name, self._hour, self._minute)
        if self._tzinfo is not None:
            r = r[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        return r

    def isoformat(self):
        """Return string in ISO 8601 format, HH:MM:SS[.mmmmmm][+HH:MM]."""
        r = "%02d:%02d:%02d" % (self._hour, self._minute, self._second)
        if self._microsecond:
            r += ".%06d" % self._microsecond
        return r + _fmt_offset(self.utcoffset(), ":")

    __str__ = isoformat

    def strftime(self, fmt):
        """format -> strftime() style string."""
        tm = _time.struct_time((1900, 1, 1, self._hour, self._minute,
                                self._second, 0, 1, -1))
        return _strftime(self, fmt, tm, self._microsecond)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True):
        """Return time with new specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        h, mi, s, us = _check_hms(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        return _time_make(type(self), h, mi, s, us, tzinfo)

    def _cmp(self, other):
        # -1, 0 or 1, comparing with another time
        if self._tzinfo is other._tzinfo:
            a = b = None
        else:
            a = self.utcoffset()
            b = other.utcoffset()
        if a == b:
            x = (self._hour, self._minute, self._second, self._microsecond)
            y = (other._hour, other._minute, other._second,
                 other._microsecond)
        else:
            if a is None or b is None:
                raise TypeError("can't compare offset-naive and "
                                "offset-aware times")
            x = (self._hour * 60 + self._minute - a._total() // 60000000,
                 self._second, self._microsecond)
            y = (other._hour * 60 + other._minute - b._total() // 60000000,
                 other._second, other._microsecond)
        return 0 if x == y else (-1 if x < y else 1)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        h = self._hash
        if h == -1:
            off = self.utcoffset()
            if off is None:
                h = _state_hash(self._state())
            else:
                us = (self._hour * 3600 + self._minute * 60 +
                      self._second) * _US_PER_SEC + self._microsecond
                h = hash(_td_new(timedelta, us - off._total())._key())
            self._hash = h
        return h

    def __bool__(self):
        off = self.utcoffset()
        m = self._hour * 60 + self._minute
        if off is not None:
            m -= off._total() // 60000000
        return bool(m or self._second or self._microsecond)

    def _state(self):
        us = self._microsecond
        return bytes((self._hour, self._minute, self._second,
                      us >> 16, (us >> 8) & 255, us & 255))

    def __reduce__(self):
        if self._tzinfo is None:
            return (self.__class__, (self._state(),))
        return (self.__class__, (self._state(), self._tzinfo))


_tzinfo_class = tzinfo


def _time_make(cls, h, mi, s, us, tz):
    self = object.__new__(cls)
    self._hour = h
    self._minute = mi
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._hash = -1
    return self


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None):
        if (month is None or isinstance(month, _tzinfo_class)) and \
                isinstance(year, bytes) and len(year) == 10 and \
                1 <= year[2] <= 12:
            tz = month
            b = year
            return _dt_make(cls, b[0] * 256 + b[1], b[2], b[3], b[4], b[5],
                            b[6], (b[7] << 16) | (b[8] << 8) | b[9], tz)
        if month is None or day is None:
            raise TypeError("Required argument '%s' (pos %d) not found"
                            % (("month", 2) if month is None else ("day", 3)))
        if (year.__class__ is int and month.__class__ is int and
                day.__class__ is int and hour.__class__ is int and
                minute.__class__ is int and second.__class__ is int and
                microsecond.__class__ is int and
                1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= 28 and
                0 <= hour <= 23 and 0 <= minute <= 59 and
                0 <= second <= 59 and 0 <= microsecond <= 999999 and
                (tzinfo is None or isinstance(tzinfo, _tzinfo_class))):
            # the common case, checked inline
            self = object.__new__(cls)
            self._year = year
            self._month = month
            self._day = day
            self._hour = hour
            self._minute = minute
            self._second = second
            self._microsecond = microsecond
            self._tzinfo = tzinfo
            self._hash = -1
            return self
        y, m, d = _check_ymd(year, month, day)
        h, mi, s, us = _check_hms(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        return _dt_make(cls, y, m, d, h, mi, s, us, tzinfo)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        secs, us = _from_timestamp_parts(t)
        if tz is None:
            y, m, d, hh, mm, ss = _local_fields(secs)
            return cls(y, m, d, hh, mm, ss, us)
        y, m, d, hh, mm, ss = _utc_fields(secs)
        return tz.fromutc(cls(y, m, d, hh, mm, ss, us, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        secs, us = _from_timestamp_parts(t)
        y, m, d, hh, mm, ss = _utc_fields(secs)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        """[tz] -> new datetime with tz's local day and time."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            "not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            "not %s" % type(time).__name__)
        return cls(date._year, date._month, date._day, time._hour,
                   time._minute, time._second, time._microsecond,
                   time._tzinfo)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("utcoffset", self._tzinfo.utcoffset(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset("dst", self._tzinfo.dst(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def date(self):
        """Return date object with same year, month and day."""
        return _date_make(_date_class, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _time_make(_time_class, self._hour, self._minute,
                          self._second, self._microsecond, None)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _time_make(_time_class, self._hour, self._minute,
                          self._second, self._microsecond, self._tzinfo)

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _make_tm(self._year, self._month, self._day, self._hour,
                        self._minute, self._second, flag)

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        if off:
            u = self._shift(-off._total())
            if u is None:
                raise OverflowError("date value out of range")
            self = u
        return _make_tm(self._year, self._month, self._day, self._hour,
                        self._minute, self._second, 0)

    def toordinal(self):
        return _ymd_to_ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True):
        """Return datetime with new specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        y, m, d = _check_ymd(year, month, day)
        h, mi, s, us = _check_hms(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        return _dt_make(type(self), y, m, d, h, mi, s, us, tzinfo)

    def astimezone(self, tz):
        """tz -> convert to local time in new timezone tz"""
        if not isinstance(tz, _tzinfo_class):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, "
                            "not %s" % type(tz).__name__)
        mine = self._tzinfo
        if mine is None:
            raise ValueError("astimezone() cannot be applied to a naive "
                             "datetime")
        if mine is tz:
            return self
        off = self.utcoffset()
        if off is None:
            raise ValueError("astimezone() cannot be applied to a naive "
                             "datetime")
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        wd = (self.toordinal() + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[wd], _MONTHNAMES[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def isoformat(self, sep="T"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDTHH:MM:SS[.mmmmmm][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode "
                            "character, not %s" % type(sep).__name__)
        r = "%04d-%02d-%02d%s%02d:%02d:%02d" % (
            self._year, self._month, self._day, sep, self._hour,
            self._minute, self._second)
        if self._microsecond:
            r += ".%06d" % self._microsecond
        return r + _fmt_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(" ")

    def strftime(self, fmt):
        """format -> strftime() style string."""
        return _strftime(self, fmt, self.timetuple(), self._microsecond)

    def __repr__(self):
        name = _typename(self, datetime)
        f = [self._year, self._month, self._day, self._hour, self._minute,
             self._second, self._microsecond]
        if not f[6]:
            del f[6]
            if not f[5]:
                del f[5]
        r = "%s(%s)" % (name, ", ".join(["%d" % x for x in f]))
        if self._tzinfo is not None:
            r = r[:-1] + ", tzinfo=%r)" % (self._tzinfo,)
        return r

    def _shift(self, us):
        # self moved by us microseconds, a base datetime; None when out of
        # range.
        s = self._hour * 3600 + self._minute * 60 + self._second
        total_us = self._microsecond + us
        q, u = divmod(total_us, _US_PER_SEC)
        q, s = divmod(s + q, 86400)
        if q:
            o = _ymd_to_ord(self._year, self._month, self._day) + q
            if not 1 <= o <= _MAXORDINAL:
                return None
            y, m, d = _ord_to_ymd(o)
        else:
            y = self._year
            m = self._month
            d = self._day
        hh, s = divmod(s, 3600)
        mm, ss = divmod(s, 60)
        return _dt_make(datetime, y, m, d, hh, mm, ss, u, self._tzinfo)

    def __add__(self, other):
        if isinstance(other, timedelta):
            r = self._shift(other._total())
            if r is None:
                raise OverflowError("date value out of range")
            return r
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            r = self._shift(-other._total())
            if r is None:
                raise OverflowError("date value out of range")
            return r
        if isinstance(other, datetime):
            a = self._abs_us()
            b = other._abs_us()
            if self._tzinfo is not other._tzinfo:
                x = self.utcoffset()
                y = other.utcoffset()
                if (x is None) != (y is None):
                    raise TypeError("can't subtract offset-naive and "
                                    "offset-aware datetimes")
                if x is not None:
                    a -= x._total()
                    b -= y._total()
            return _td_new(timedelta, a - b)
        return NotImplemented

    def _abs_us(self):
        return ((_ymd_to_ord(self._year, self._month, self._day) * 86400 +
                 self._hour * 3600 + self._minute * 60 + self._second) *
                _US_PER_SEC + self._microsecond)

    def _cmp(self, other):
        if self._tzinfo is other._tzinfo:
            x = y = None
        else:
            x = self.utcoffset()
            y = other.utcoffset()
        if x == y:
            a = (self._year, self._month, self._day, self._hour,
                 self._minute, self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour,
                 other._minute, other._second, other._microsecond)
        else:
            if x is None or y is None:
                raise TypeError("can't compare offset-naive and "
                                "offset-aware datetimes")
            a = self._abs_us() - x._total()
            b = other._abs_us() - y._total()
        return 0 if a == b else (-1 if a < b else 1)

    def _other(self, other, op):
        # NotImplemented, or a result, for a non-datetime operand
        if isinstance(other, date):
            if op == "==":
                return False
            if op == "!=":
                return True
            _cmp_error(self, other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) == 0
        return self._other(other, "==")

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) != 0
        return self._other(other, "!=")

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        return self._other(other, "<")

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        return self._other(other, "<=")

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        return self._other(other, ">")

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        return self._other(other, ">=")

    def __hash__(self):
        h = self._hash
        if h == -1:
            off = self.utcoffset()
            if off is None:
                h = _state_hash(self._state())
            else:
                h = hash(_td_new(timedelta,
                                 self._abs_us() - off._total())._key())
            self._hash = h
        return h

    def _state(self):
        us = self._microsecond
        return bytes((self._year >> 8, self._year & 255, self._month,
                      self._day, self._hour, self._minute, self._second,
                      us >> 16, (us >> 8) & 255, us & 255))

    def __reduce__(self):
        if self._tzinfo is None:
            return (self.__class__, (self._state(),))
        return (self.__class__, (self._state(), self._tzinfo))


_date_class = date
_time_class = time


def _dt_make(cls, y, m, d, hh, mm, ss, us, tz):
    self = object.__new__(cls)
    self._year = y
    self._month = m
    self._day = d
    self._hour = hh
    self._minute = mm
    self._second = ss
    self._microsecond = us
    self._tzinfo = tz
    self._hash = -1
    return self


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


_NONAME = object()


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_NONAME):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta,"
                            " not %s" % type(offset).__name__)
        if name is _NONAME:
            name = None
            if not offset:
                try:
                    return timezone.utc
                except AttributeError:
                    pass
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % type(name).__name__)
        if offset._microseconds or offset._seconds % 60:
            raise ValueError("offset must be a timedelta representing a "
                             "whole number of minutes")
        if not -_US_PER_DAY < offset._total() < _US_PER_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24).")
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (self.__class__, self.__getinitargs__())

    def __eq__(self, other):
        if type(other) is not timezone:
            return NotImplemented
        return self._offset == other._offset

    def __ne__(self, other):
        if type(other) is not timezone:
            return NotImplemented
        return self._offset != other._offset

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _arg(self, meth, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or "
                            "None, not %s" % (meth, type(dt).__name__))

    def utcoffset(self, dt):
        """Return fixed offset."""
        self._arg("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        """Return None."""
        self._arg("dst", dt)
        return None

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        self._arg("tzname", dt)
        if self._name is not None:
            return self._name
        return "UTC" + _fmt_offset(self._offset, ":")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(timedelta(hours=-23, minutes=-59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
