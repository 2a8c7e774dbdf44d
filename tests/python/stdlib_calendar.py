# calendar: leap years, month data, text and HTML formatting, timegm.
import calendar
import time

assert calendar.isleap(2000) and not calendar.isleap(1900)
assert calendar.isleap(2024) and not calendar.isleap(2023)
assert calendar.leapdays(2000, 2010) == 3 and calendar.leapdays(1900, 1901) == 0
assert calendar.weekday(2001, 1, 1) == calendar.MONDAY
assert calendar.monthrange(2004, 2) == (6, 29)
assert calendar.monthrange(2010, 12) == (2, 31)
try:
    calendar.monthrange(2004, 13)
except calendar.IllegalMonthError as e:
    assert str(e) == 'bad month number 13; must be 1-12'
    assert isinstance(e, ValueError)
else:
    raise AssertionError('month 13 accepted')
try:
    calendar.setfirstweekday(7)
except ValueError as e:
    assert str(e) == 'bad weekday number 7; must be 0 (Monday) to 6 (Sunday)'
else:
    raise AssertionError('weekday 7 accepted')

assert len(calendar.month_name) == 13 and calendar.month_name[0] == ''
assert calendar.month_name[1] == 'January' and calendar.month_abbr[12] == 'Dec'
assert calendar.day_name[0] == 'Monday' and calendar.day_abbr[6] == 'Sun'
assert calendar.day_abbr[1:3] == ['Tue', 'Wed'] and len(calendar.day_name) == 7

assert calendar.monthcalendar(2010, 2) == [
    [1, 2, 3, 4, 5, 6, 7], [8, 9, 10, 11, 12, 13, 14],
    [15, 16, 17, 18, 19, 20, 21], [22, 23, 24, 25, 26, 27, 28]]
sun = calendar.Calendar(6)
assert list(sun.iterweekdays()) == [6, 0, 1, 2, 3, 4, 5]
assert sun.monthdayscalendar(2010, 2)[0] == [0, 1, 2, 3, 4, 5, 6]
assert calendar.Calendar(13).firstweekday == 6
days2 = calendar.Calendar().monthdays2calendar(2004, 2)
assert days2[0][:2] == [(0, 0), (0, 1)] and days2[-1][-1] == (29, 6)
dates = calendar.Calendar().monthdatescalendar(2004, 2)
assert dates[0][0].isoformat() == '2004-01-26' and len(dates) == 5
assert len(calendar.Calendar().yeardayscalendar(2004, 4)) == 3
assert len(calendar.Calendar().yeardatescalendar(2004)[0]) == 3

assert calendar.month(2004, 2) == (
    '   February 2004\n'
    'Mo Tu We Th Fr Sa Su\n'
    '                   1\n'
    ' 2  3  4  5  6  7  8\n'
    ' 9 10 11 12 13 14 15\n'
    '16 17 18 19 20 21 22\n'
    '23 24 25 26 27 28 29\n')
assert calendar.TextCalendar(6).formatmonth(2010, 5, 3, 2).startswith(
    '          May 2010\n\nSun Mon Tue Wed Thu Fri Sat\n\n')
assert calendar.weekheader(9).startswith('  Monday   Tuesday')
year = calendar.calendar(2004)
assert year.splitlines()[0].strip() == '2004'
assert year.splitlines()[2].split() == ['January', 'February', 'March']
assert len(year.splitlines()) == 35
assert calendar.formatstring(['a', 'b'], 3, 2) == ' a    b '

html = calendar.HTMLCalendar().formatmonth(2004, 2)
assert html.startswith('<table border="0" cellpadding="0" cellspacing="0" '
                       'class="month">\n<tr><th colspan="7" class="month">'
                       'February 2004</th></tr>\n<tr><th class="mon">Mon'
                       '</th>')
assert '<td class="noday">&nbsp;</td><td class="sun">1</td></tr>' in html
assert html.endswith('</table>\n')
page = calendar.HTMLCalendar().formatyearpage(2004, encoding='ascii')
assert isinstance(page, bytes) and b'<title>Calendar for 2004</title>' in page

assert calendar.timegm((1970, 1, 1, 0, 0, 0)) == 0
assert calendar.timegm(time.gmtime(1234567890)) == 1234567890
