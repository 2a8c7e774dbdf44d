package timemod

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/taipan-py/taipan/py"
)

// strptime parses as CPython 3.2's _strptime module does in the C
// locale. _strptime turns the format into a regular expression (each
// directive an alternation, each run of white space \s+, matched
// without regard to case) and matches it at the start of the string;
// here the format becomes a list of elements, and a backtracking matcher
// tries each element's possible matches in the order the regular
// expression's alternatives would.

// element is one part of a compiled format.
type element struct {
	kind    byte   // 0: a literal; ' ': white space; else the directive
	literal string // for a literal: the text (compared without case)
}

// The C locale's composite formats, as _strptime derives them.
var compositeFormats = map[byte]string{
	'c': "%a %b %d %H:%M:%S %Y",
	'x': "%m/%d/%y",
	'X': "%H:%M:%S",
}

// directives are those _strptime knows.
const directives = "dfHIjmMSUwyYzAaBbpWZcxX%"

// regexSpecial are the characters _strptime escapes before it looks for
// directives: a % before one of them reads as the directive '\'.
const regexSpecial = `\.^$*+?(){}[]|`

func compileFormat(format string) ([]element, error) {
	var out []element
	lit := func(s string) {
		if n := len(out); n > 0 && out[n-1].kind == 0 {
			out[n-1].literal += s
			return
		}
		out = append(out, element{literal: s})
	}
	for i := 0; i < len(format); {
		r, size := utf8.DecodeRuneInString(format[i:])
		switch {
		case unicode.IsSpace(r):
			j := i
			for j < len(format) {
				r2, s2 := utf8.DecodeRuneInString(format[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += s2
			}
			if n := len(out); n == 0 || out[n-1].kind != ' ' {
				out = append(out, element{kind: ' '})
			}
			i = j
		case r == '%':
			if i+1 >= len(format) {
				return nil, py.Errorf(py.ValueError, "stray %% in format '%s'", format)
			}
			d := format[i+1]
			if strings.IndexByte(regexSpecial, d) >= 0 {
				return nil, py.Errorf(py.ValueError, "'%%' is a bad directive in format '%s'", format)
			}
			dr, dsize := utf8.DecodeRuneInString(format[i+1:])
			if dr >= utf8.RuneSelf || strings.IndexByte(directives, d) < 0 {
				return nil, py.Errorf(py.ValueError, "'%s' is a bad directive in format '%s'", string(dr), format)
			}
			switch d {
			case '%':
				lit("%")
			case 'c', 'x', 'X':
				sub, err := compileFormat(compositeFormats[d])
				if err != nil {
					return nil, err
				}
				for _, e := range sub {
					if e.kind == 0 {
						lit(e.literal)
					} else {
						out = append(out, e)
					}
				}
			default:
				out = append(out, element{kind: d})
			}
			i += 1 + dsize
		default:
			lit(format[i : i+size])
			i += size
		}
	}
	return out, nil
}

// parsed holds what each directive matched.
type parsed map[byte]string

// match matches elems against s from position pos, trying each element's
// candidates in order; it returns where the match ended.
func (st *state) match(elems []element, s string, pos int, got parsed) (int, bool) {
	if len(elems) == 0 {
		return pos, true
	}
	e := elems[0]
	for _, n := range st.candidates(e, s[pos:]) {
		if e.kind != 0 && e.kind != ' ' {
			got[e.kind] = s[pos : pos+n]
		}
		if end, ok := st.match(elems[1:], s, pos+n, got); ok {
			return end, true
		}
	}
	if e.kind != 0 && e.kind != ' ' {
		delete(got, e.kind)
	}
	return 0, false
}

// candidates returns the lengths of the possible matches of e at the
// start of s, in the order the regular expression would try them.
func (st *state) candidates(e element, s string) []int {
	switch e.kind {
	case 0:
		if n, ok := foldPrefix(s, e.literal); ok {
			return []int{n}
		}
		return nil
	case ' ':
		var ends []int
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
			ends = append(ends, i)
		}
		// \s+ is greedy: the longest first.
		for a, b := 0, len(ends)-1; a < b; a, b = a+1, b-1 {
			ends[a], ends[b] = ends[b], ends[a]
		}
		return ends
	case 'd':
		return alternatives(s, "3[01]", "[12]d", "0[1-9]", "[1-9]", " [1-9]")
	case 'f':
		var ends []int
		n := 0
		for i := 0; i < len(s) && n < 6 && s[i] >= '0' && s[i] <= '9'; i++ {
			n++
			ends = append(ends, i+1)
		}
		for a, b := 0, len(ends)-1; a < b; a, b = a+1, b-1 {
			ends[a], ends[b] = ends[b], ends[a]
		}
		return ends
	case 'H':
		return alternatives(s, "2[0-3]", "[0-1]d", "d")
	case 'I':
		return alternatives(s, "1[0-2]", "0[1-9]", "[1-9]")
	case 'j':
		return alternatives(s, "36[0-6]", "3[0-5]d", "[12]dd", "0[1-9]d", "00[1-9]", "[1-9]d", "0[1-9]", "[1-9]")
	case 'm':
		return alternatives(s, "1[0-2]", "0[1-9]", "[1-9]")
	case 'M':
		return alternatives(s, "[0-5]d", "d")
	case 'S':
		return alternatives(s, "6[0-1]", "[0-5]d", "d")
	case 'U', 'W':
		return alternatives(s, "5[0-3]", "[0-4]d", "d")
	case 'w':
		return alternatives(s, "[0-6]")
	case 'y':
		return alternatives(s, "dd")
	case 'Y':
		return alternatives(s, "dddd")
	case 'z':
		return alternatives(s, "[+-]dd[0-5]d")
	case 'a':
		return names(s, dayAbbrMon[:])
	case 'A':
		return names(s, dayFullMon[:])
	case 'b':
		return names(s, monthAbbr[:])
	case 'B':
		return names(s, monthFull[:])
	case 'p':
		return names(s, []string{"am", "pm"})
	case 'Z':
		return names(s, st.zoneNames())
	}
	return nil
}

var (
	dayAbbrMon = [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	dayFullMon = [7]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

// zoneNames are the names %Z accepts: utc, gmt and the local zone's.
func (st *state) zoneNames() []string {
	names := []string{"utc", "gmt", strings.ToLower(st.tzname(0))}
	if st.stdOffset != st.dstOffset {
		names = append(names, strings.ToLower(st.tzname(1)))
	}
	return names
}

// alternatives returns the lengths (in bytes) of the patterns that match
// at the start of s, in order. A pattern is a sequence of: d (a decimal
// digit, any script's, as \d), [..] (a class of ASCII characters,
// ranges allowed), or a literal character.
func alternatives(s string, patterns ...string) []int {
	var ends []int
	for _, p := range patterns {
		if n, ok := matchPattern(s, p); ok {
			ends = append(ends, n)
		}
	}
	return ends
}

func matchPattern(s, p string) (int, bool) {
	pos := 0
	for i := 0; i < len(p); {
		if pos >= len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[pos:])
		switch p[i] {
		case 'd':
			if !unicode.IsDigit(r) {
				return 0, false
			}
			i++
		case '[':
			end := strings.IndexByte(p[i:], ']') + i
			class := p[i+1 : end]
			in := false
			for k := 0; k < len(class); k++ {
				if k+2 < len(class) && class[k+1] == '-' {
					if r >= rune(class[k]) && r <= rune(class[k+2]) {
						in = true
					}
					k += 2
				} else if r == rune(class[k]) {
					in = true
				}
			}
			if !in {
				return 0, false
			}
			i = end + 1
		default:
			if r != rune(p[i]) {
				return 0, false
			}
			i++
		}
		pos += size
	}
	return pos, true
}

// names returns the lengths of the names that begin s (without regard to
// case), longest names first, as _strptime orders its alternatives.
func names(s string, list []string) []int {
	sorted := make([]string, 0, len(list))
	for _, n := range list {
		if n != "" {
			sorted = append(sorted, n)
		}
	}
	// A stable sort by decreasing length.
	for i := 1; i < len(sorted); i++ {
		for j := i; j > 0 && len(sorted[j]) > len(sorted[j-1]); j-- {
			sorted[j], sorted[j-1] = sorted[j-1], sorted[j]
		}
	}
	var ends []int
	for _, n := range sorted {
		if k, ok := foldPrefix(s, n); ok {
			ends = append(ends, k)
		}
	}
	return ends
}

// foldPrefix reports whether s begins with prefix without regard to
// case, and the length of that beginning in s.
func foldPrefix(s, prefix string) (int, bool) {
	i := 0
	for _, pr := range prefix {
		if i >= len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != pr && unicode.SimpleFold(r) != pr && !equalFold(r, pr) {
			return 0, false
		}
		i += size
	}
	return i, true
}

func equalFold(a, b rune) bool {
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}

// digits returns the value of a run of decimal digits of any script.
func digits(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + digitValue(r)
	}
	return n
}

func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	// Decimal digits come in runs of ten from a zero.
	for z := r; z > r-10; z-- {
		if !unicode.IsDigit(z - 1) {
			return int(r - z)
		}
	}
	return 0
}

func indexFold(list []string, s string) int {
	for i, n := range list {
		if strings.EqualFold(n, s) {
			return i
		}
	}
	return -1
}

// strptimeResult is what _strptime._strptime computes: the fields of
// the struct_time, the microseconds of %f, and the zone of %z and %Z.
type strptimeResult struct {
	p        tm
	fraction int
	gmtoff   int // seconds east of UTC, when hasOff
	hasOff   bool
	zone     string // the text %Z matched, when hasZone
	hasZone  bool
}

func (st *state) strptime(t *py.Thread, data, format *py.Str) (tm, error) {
	r, err := st.strptimeFull(t, data, format)
	return r.p, err
}

func (st *state) strptimeFull(t *py.Thread, data, format *py.Str) (strptimeResult, error) {
	var res strptimeResult
	elems, err := compileFormat(format.String())
	if err != nil {
		return res, err
	}
	s := data.String()
	got := parsed{}
	end, ok := st.match(elems, s, 0, got)
	if !ok {
		dr, _ := py.Repr(t, data)
		fr, _ := py.Repr(t, format)
		return res, py.Errorf(py.ValueError, "time data %s does not match format %s", dr.String(), fr.String())
	}
	if end != len(s) {
		return res, py.Errorf(py.ValueError, "unconverted data remains: %s", s[end:])
	}
	year, month, day := -1, 1, 1
	hour, minute, second := 0, 0, 0
	tz := -1
	weekday, julian := -1, -1
	weekOfYear, weekStartsMonday := -1, false
	for _, d := range []byte("yYmBbdHIMSfAawjUWzZ") {
		v, ok := got[d]
		if !ok {
			continue
		}
		switch d {
		case 'y':
			year = digits(v)
			if year <= 68 {
				year += 2000
			} else {
				year += 1900
			}
		case 'Y':
			year = digits(v)
		case 'm':
			month = digits(v)
		case 'B':
			month = indexFold(monthFull[:], v) + 1
		case 'b':
			month = indexFold(monthAbbr[:], v) + 1
		case 'd':
			day = digits(strings.TrimLeft(v, " "))
		case 'H':
			hour = digits(v)
		case 'I':
			hour = digits(v)
			switch strings.ToLower(got['p']) {
			case "", "am":
				if hour == 12 {
					hour = 0
				}
			case "pm":
				if hour != 12 {
					hour += 12
				}
			}
		case 'M':
			minute = digits(v)
		case 'S':
			second = digits(v)
		case 'f':
			res.fraction = digits(v + strings.Repeat("0", 6-len(v)))
		case 'A':
			weekday = indexFold(dayFullMon[:], v)
		case 'a':
			weekday = indexFold(dayAbbrMon[:], v)
		case 'w':
			weekday = digits(v)
			if weekday == 0 {
				weekday = 6
			} else {
				weekday--
			}
		case 'j':
			julian = digits(v)
		case 'U', 'W':
			weekOfYear = digits(v)
			weekStartsMonday = d == 'W'
		case 'z':
			off := digits(v[1:3])*60 + digits(v[3:5])
			if v[0] == '-' {
				off = -off
			}
			res.gmtoff, res.hasOff = off*60, true
		case 'Z':
			res.zone, res.hasZone = v, true
			name := strings.ToLower(v)
			switch {
			case name == "utc" || name == "gmt":
				tz = 0
			default:
				std, dst := strings.ToLower(st.tzname(0)), strings.ToLower(st.tzname(1))
				daylight := st.stdOffset != st.dstOffset
				if std == dst && daylight {
					break // ambiguous: unknown
				}
				if name == std {
					tz = 0
				} else if daylight && name == dst {
					tz = 1
				}
			}
		}
	}
	// February 29th without a year is computed in a leap year, and
	// reported in 1900 (so that it still sorts before March 1st).
	leapYearFix := false
	if year == -1 {
		year = 1900
		if month == 2 && day == 29 {
			year, leapYearFix = 1904, true
		}
	}
	if year < 1 || year > 9999 {
		return res, py.Errorf(py.ValueError, "year is out of range")
	}
	if julian == -1 && weekOfYear != -1 && weekday != -1 {
		julian = julianFromWeek(year, weekOfYear, weekday, weekStartsMonday)
	}
	if julian == -1 {
		if month < 1 || month > 12 {
			return res, py.Errorf(py.ValueError, "month must be in 1..12")
		}
		if day < 1 || day > daysIn(year, month) {
			return res, py.Errorf(py.ValueError, "day is out of range for month")
		}
		julian = date(year, month, day).YearDay()
	} else {
		d := date(year, 1, 1).AddDate(0, 0, julian-1)
		if d.Year() < 1 || d.Year() > 9999 {
			return res, py.Errorf(py.ValueError, "year is out of range")
		}
		year, month, day = d.Year(), int(d.Month()), d.Day()
	}
	if weekday == -1 {
		weekday = (int(date(year, month, day).Weekday()) + 6) % 7
	}
	if leapYearFix {
		year = 1900
	}
	res.p = tm{year: year - 1900, mon: month - 1, mday: day, hour: hour, min: minute, sec: second,
		wday: (weekday + 1) % 7, yday: julian - 1, isdst: tz}
	return res, nil
}

func date(year, month, day int) time.Time {
	return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

func daysIn(year, month int) int {
	return date(year, month+1, 0).Day()
}

// julianFromWeek is the day of the year of the weekday (0 is Monday) of
// week number week (%U's, or %W's when the week starts on Monday).
func julianFromWeek(year, week, weekday int, startsMonday bool) int {
	first := (int(date(year, 1, 1).Weekday()) + 6) % 7
	if !startsMonday {
		first = (first + 1) % 7
		weekday = (weekday + 1) % 7
	}
	week0 := (7 - first) % 7
	if week == 0 {
		return 1 + weekday - first
	}
	return 1 + week0 + 7*(week-1) + weekday
}
