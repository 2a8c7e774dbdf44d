"""Calendars as data, plain text (like Unix cal) and HTML (the Python 3.2
calendar API), written for Taipan.

Weeks start on Monday (0) by default; setfirstweekday(6) starts them on
Sunday.  Month and day names come from datetime's strftime, so they follow
the LC_TIME locale.
"""

import sys
import datetime
import locale as _locale

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % self.month


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return ("bad weekday number %r; must be 0 (Monday) to 6 (Sunday)"
                % self.weekday)


January = 1
February = 2

# Days in each month of a common year; index 0 is unused.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class _NameTable:
    # A read-only sequence of localised names, computed on each access so
    # that locale changes are seen.  `dates` holds one date per entry (None
    # for an entry that is always '').
    dates = ()

    def __init__(self, format):
        self.format = format

    def _name(self, date):
        if date is None:
            return ''
        return date.strftime(self.format)

    def __getitem__(self, i):
        picked = self.dates[i]
        if isinstance(i, slice):
            return [self._name(d) for d in picked]
        return self._name(picked)

    def __len__(self):
        return len(self.dates)


class _localized_month(_NameTable):
    dates = [None] + [datetime.date(2001, m, 1) for m in range(1, 13)]


class _localized_day(_NameTable):
    # 1 January 2001 was a Monday.
    dates = [datetime.date(2001, 1, d) for d in range(1, 8)]


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)


def isleap(year):
    """True if year is a leap year in the Gregorian calendar."""
    if year % 400 == 0:
        return True
    if year % 100 == 0:
        return False
    return year % 4 == 0


def leapdays(y1, y2):
    """Number of leap years in range(y1, y2) (y1 <= y2)."""
    def upto(y):
        # leap years among 1 .. y
        return y // 4 - y // 100 + y // 400
    return upto(y2 - 1) - upto(y1 - 1)


def weekday(year, month, day):
    """Day of the week, 0 (Monday) to 6 (Sunday)."""
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the 1st, number of days) for a month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    days = mdays[month]
    if month == February and isleap(year):
        days += 1
    return weekday(year, month, 1), days


def _rows(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


class Calendar(object):
    """Calendar data (dates, day numbers, weeks) without formatting."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers in display order."""
        first = self.firstweekday
        for offset in range(7):
            yield (first + offset) % 7

    def itermonthdates(self, year, month):
        """datetime.date values for whole weeks covering the month,
        including days of the neighbouring months."""
        first = self.firstweekday
        day = datetime.date(year, month, 1)
        day -= datetime.timedelta(days=(day.weekday() - first) % 7)
        step = datetime.timedelta(days=1)
        while True:
            yield day
            try:
                day += step
            except OverflowError:
                return
            if day.month != month and day.weekday() == first:
                return

    def itermonthdays2(self, year, month):
        """(day of month, weekday) pairs for whole weeks; day 0 stands for
        a day outside the month."""
        for day in self.itermonthdates(year, month):
            number = day.day if day.month == month else 0
            yield number, day.weekday()

    def itermonthdays(self, year, month):
        """Day-of-month numbers for whole weeks; 0 outside the month."""
        for day in self.itermonthdates(year, month):
            yield day.day if day.month == month else 0

    def monthdatescalendar(self, year, month):
        """The month as a list of weeks of datetime.date values."""
        return _rows(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        """The month as a list of weeks of (day, weekday) pairs."""
        return _rows(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        """The month as a list of weeks of day numbers (0 outside)."""
        return _rows(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        """The year as rows of `width` months from monthdatescalendar."""
        return _rows([self.monthdatescalendar(year, m)
                      for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        """The year as rows of `width` months from monthdays2calendar."""
        return _rows([self.monthdays2calendar(year, m)
                      for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        """The year as rows of `width` months from monthdayscalendar."""
        return _rows([self.monthdayscalendar(year, m)
                      for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Plain-text calendars in the style of Unix cal."""

    def prweek(self, theweek, width):
        """Print one week (no newline)."""
        print(self.formatweek(theweek, width), end=' ')

    def formatday(self, day, weekday, width):
        """One day number centred in width columns (blank for day 0)."""
        text = '%2i' % day if day else ''
        return text.center(width)

    def formatweek(self, theweek, width):
        """One week of (day, weekday) pairs as a line (no newline)."""
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        """A weekday name cut to and centred in width columns."""
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """The line of weekday names."""
        return ' '.join([self.formatweekday(d, width)
                         for d in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """Month name (and year) centred in width columns."""
        text = month_name[themonth]
        if withyear:
            text = '%s %r' % (text, theyear)
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth()'s text."""
        print(self.formatmonth(theyear, themonth, w, l), end=' ')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month as multi-line text; w is the day column width and l the
        number of lines per week."""
        w = max(2, w)
        l = max(1, l)
        gap = '\n' * l
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w))
        return ''.join(line.rstrip() + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year as multi-line text: m months side by side, c spaces
        apart."""
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        gap = '\n' * l
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for index, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * index + 1, min(m * (index + 1) + 1, 13))
            out.append(gap)
            out.append(formatstring([self.formatmonthname(theyear, k,
                                                          colwidth, False)
                                     for k in months], colwidth, c).rstrip())
            out.append(gap)
            out.append(formatstring([header] * len(months), colwidth,
                                    c).rstrip())
            out.append(gap)
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else ''
                         for cal in row]
                out.append(formatstring(weeks, colwidth, c).rstrip())
                out.append(gap)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear()'s text."""
        print(self.formatyear(theyear, w, l, c, m))


class HTMLCalendar(Calendar):
    """Calendars as HTML tables and pages."""

    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    def formatday(self, day, weekday):
        """One table cell for a day."""
        if not day:
            return '<td class="noday">&nbsp;</td>'
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """One table row for a week."""
        return '<tr>%s</tr>' % ''.join([self.formatday(d, wd)
                                         for d, wd in theweek])

    def formatweekday(self, day):
        """A header cell with a weekday's short name."""
        return '<th class="%s">%s</th>' % (self.cssclasses[day],
                                           day_abbr[day])

    def formatweekheader(self):
        """The row of weekday header cells."""
        return '<tr>%s</tr>' % ''.join([self.formatweekday(d)
                                         for d in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, withyear=True):
        """The row holding the month's name."""
        text = month_name[themonth]
        if withyear:
            text = '%s %s' % (text, theyear)
        return '<tr><th colspan="7" class="month">%s</th></tr>' % text

    def formatmonth(self, theyear, themonth, withyear=True):
        """A month as a table."""
        rows = ['<table border="0" cellpadding="0" cellspacing="0" '
                'class="month">',
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows.extend(self.formatweek(week)
                    for week in self.monthdays2calendar(theyear, themonth))
        rows.append('</table>')
        return ''.join(row + '\n' for row in rows)

    def formatyear(self, theyear, width=3):
        """A year as a table of month tables, width months per row."""
        width = max(width, 1)
        parts = ['<table border="0" cellpadding="0" cellspacing="0" '
                 'class="year">\n',
                 '<tr><th colspan="%d" class="year">%s</th></tr>'
                 % (width, theyear)]
        for first in range(1, 13, width):
            parts.append('<tr>')
            for m in range(first, min(first + width, 13)):
                parts.append('<td>%s</td>'
                             % self.formatmonth(theyear, m, withyear=False))
            parts.append('</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css',
                       encoding=None):
        """A complete XHTML page for a year, encoded to bytes."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        page = [
            '<?xml version="1.0" encoding="%s"?>\n' % encoding,
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
            '<html>\n',
            '<head>\n',
            '<meta http-equiv="Content-Type" content="text/html; '
            'charset=%s" />\n' % encoding,
        ]
        if css is not None:
            page.append('<link rel="stylesheet" type="text/css" href="%s" />\n'
                        % css)
        page.extend([
            '<title>Calendar for %d</title>\n' % theyear,
            '</head>\n',
            '<body>\n',
            self.formatyear(theyear, width),
            '</body>\n',
            '</html>\n',
        ])
        return ''.join(page).encode(encoding, 'xmlcharrefreplace')


class different_locale:
    """Context manager: switch LC_TIME to a locale, restore it on exit."""

    def __init__(self, locale):
        self.locale = locale

    def __enter__(self):
        self.oldlocale = _locale.getlocale(_locale.LC_TIME)
        _locale.setlocale(_locale.LC_TIME, self.locale)

    def __exit__(self, *args):
        _locale.setlocale(_locale.LC_TIME, self.oldlocale)


class LocaleTextCalendar(TextCalendar):
    """TextCalendar with month and day names from the given locale
    (default: the user's default locale)."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        if locale is None:
            locale = _locale.getdefaultlocale()
        self.locale = locale

    def formatweekday(self, day, width):
        with different_locale(self.locale):
            return TextCalendar.formatweekday(self, day, width)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        with different_locale(self.locale):
            return TextCalendar.formatmonthname(self, theyear, themonth,
                                                width, withyear)


class LocaleHTMLCalendar(HTMLCalendar):
    """HTMLCalendar with month and day names from the given locale
    (default: the user's default locale)."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        if locale is None:
            locale = _locale.getdefaultlocale()
        self.locale = locale

    def formatweekday(self, day):
        with different_locale(self.locale):
            return HTMLCalendar.formatweekday(self, day)

    def formatmonthname(self, theyear, themonth, withyear=True):
        with different_locale(self.locale):
            return HTMLCalendar.formatmonthname(self, theyear, themonth,
                                                withyear)


# Module-level functions use one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    """Set the first day of the week for the module-level functions."""
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1   # width of a week printed by prweek()
_spacing = 6            # blanks between month columns


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print strings centred in columns."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """Strings centred in colwidth-wide columns, spacing blanks apart."""
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


def timegm(tuple):
    """Seconds since the Unix epoch for a UTC time tuple (inverse of
    time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


def main(args):
    import optparse
    parser = optparse.OptionParser(
        usage="usage: %prog [options] [year [month]]")
    add = parser.add_option
    add("-w", "--width", dest="width", type="int", default=2,
        help="width of date column (default 2, text only)")
    add("-l", "--lines", dest="lines", type="int", default=1,
        help="number of lines for each week (default 1, text only)")
    add("-s", "--spacing", dest="spacing", type="int", default=6,
        help="spacing between months (default 6, text only)")
    add("-m", "--months", dest="months", type="int", default=3,
        help="months per row (default 3, text only)")
    add("-c", "--css", dest="css", default="calendar.css",
        help="CSS to use for page (html only)")
    add("-L", "--locale", dest="locale", default=None,
        help="locale to be used from month and weekday names")
    add("-e", "--encoding", dest="encoding", default=None,
        help="Encoding to use for output.")
    add("-t", "--type", dest="type", default="text",
        choices=("text", "html"), help="output type (text or html)")
    options, args = parser.parse_args(args)

    if options.locale and not options.encoding:
        parser.error("if --locale is specified --encoding is required")
        sys.exit(1)
    loc = options.locale, options.encoding

    if options.type == "html":
        cal = LocaleHTMLCalendar(locale=loc) if options.locale \
            else HTMLCalendar()
        encoding = options.encoding or sys.getdefaultencoding()
        if len(args) == 1:
            year = datetime.date.today().year
        elif len(args) == 2:
            year = int(args[1])
        else:
            parser.error("incorrect number of arguments")
            sys.exit(1)
        sys.stdout.buffer.write(cal.formatyearpage(year, encoding=encoding,
                                                   css=options.css))
        return

    cal = LocaleTextCalendar(locale=loc) if options.locale \
        else TextCalendar()
    opts = dict(w=options.width, l=options.lines)
    if len(args) != 3:
        opts["c"] = options.spacing
        opts["m"] = options.months
    if len(args) == 1:
        result = cal.formatyear(datetime.date.today().year, **opts)
    elif len(args) == 2:
        result = cal.formatyear(int(args[1]), **opts)
    elif len(args) == 3:
        result = cal.formatmonth(int(args[1]), int(args[2]), **opts)
    else:
        parser.error("incorrect number of arguments")
        sys.exit(1)
    if options.encoding:
        sys.stdout.buffer.write(result.encode(options.encoding))
    else:
        sys.stdout.write(result)


if __name__ == "__main__":
    main(sys.argv)
