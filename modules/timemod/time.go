// Package timemod is the time module of CPython 3.2 (Modules/timemodule.c
// on Linux with glibc): the clock, sleeping, and conversions between
// seconds since the Epoch, struct_time and text.
//
// The local time zone is a Go *time.Location made from the TZ
// environment variable as the C library reads it (a zoneinfo name, a
// file, or a POSIX rule such as "EST+05EDT,M3.2.0,M11.1.0"), or from
// /etc/localtime; tzset() makes it again. strftime is glibc's in the C
// locale, written in Go (strftime.go), and strptime follows the rules of
// CPython's _strptime module (strptime.go).
package timemod

import (
	"math"
	"sync"
	"time"

	"golang.org/x/sys/unix"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/modules/signalmod"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("time", newModule) }

const moduleDoc = `This module provides various functions to manipulate time values.

There are two standard representations of time.  One is the number
of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer
or a floating point number (to represent fractions of seconds).
The Epoch is system-defined; on Unix, it is generally January 1st, 1970.
The actual value can be retrieved by calling gmtime(0).

The other representation is a tuple of 9 integers giving local time.
The tuple items are:
  year (four digits, e.g. 1998)
  month (1-12)
  day (1-31)
  hours (0-23)
  minutes (0-59)
  seconds (0-59)
  weekday (0-6, Monday is 0)
  Julian day (day in the year, 1-366)
  DST (Daylight Savings Time) flag (-1, 0 or 1)
If the DST flag is 0, the time is given in the regular time zone;
if it is 1, the time is given in the DST time zone;
if it is -1, mktime() should guess based on the date and time.

Variables:

timezone -- difference in seconds between UTC and local standard time
altzone -- difference in  seconds between UTC and local DST time
daylight -- whether local time should reflect DST
tzname -- tuple of (standard time zone name, DST time zone name)

Functions:

time() -- return current time in seconds since the Epoch as a float
clock() -- return CPU time since process start as a float
sleep() -- delay for a number of seconds given as a float
gmtime() -- convert seconds since Epoch to UTC tuple
localtime() -- convert seconds since Epoch to local time tuple
asctime() -- convert time tuple to string
ctime() -- convert time in seconds to string
mktime() -- convert local time tuple to seconds since Epoch
strftime() -- convert time tuple to string according to format specification
strptime() -- parse string to time tuple according to format specification
tzset() -- change the local timezone`

var structTimeType = py.NewStructSeqTypeDesc(py.StructSeqDesc{
	Module: "time", Name: "struct_time",
	Doc: "The time value as returned by gmtime(), localtime(), and strptime(), and\n" +
		" accepted by asctime(), mktime() and strftime().  May be considered as a\n" +
		" sequence of 9 integers.\n\n" +
		" Note that several fields' values are not the same as those defined by\n" +
		" the C language standard for struct tm.  For example, the value of the\n" +
		" field tm_year is the actual year, not year - 1900.  See individual\n" +
		" fields' descriptions for details.",
	Fields:     []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"},
	InSequence: 9,
})

// tm is C's struct tm, with its fields as C has them (tm_year counts from
// 1900, tm_mon from 0, tm_wday from Sunday).
type tm struct {
	year, mon, mday, hour, min, sec, wday, yday, isdst int
	gmtoff                                             int
	zone                                               string
	hasZone                                            bool // tm_zone is set (not from a tuple)
}

// state is one interpreter's time module.
type state struct {
	mod *py.Module
	loc *time.Location
	// What tzset found: C's timezone, altzone and tzname.
	stdOffset, dstOffset int
	names                [2]string
}

type function struct {
	name string
	fn   func(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error)
	doc  string
}

var functions []function

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("time")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr(moduleDoc))
	st := &state{mod: m}
	for _, f := range functions {
		f := f
		m.AddFunction(f.name, func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			return f.fn(t, st, args, kwnames)
		}, f.doc)
	}
	m.Dict.SetStr(py.NewStr("struct_time"), structTimeType)
	m.Dict.SetStr(py.NewStr("accept2dyear"), py.NewInt(1))
	if y2k := envString("PYTHONY2K"); y2k != "" {
		m.Dict.SetStr(py.NewStr("accept2dyear"), py.NewInt(0))
	}
	st.tzset()
	timeStates.Store(m, st)
	return m, nil
}

// timeStates finds the state of a time module (for _strptime).
var timeStates sync.Map // *py.Module -> *state

// toTm converts an instant to the fields of C's struct tm in loc.
func toTm(u time.Time) tm {
	name, off := u.Zone()
	return tm{
		year: u.Year() - 1900, mon: int(u.Month()) - 1, mday: u.Day(),
		hour: u.Hour(), min: u.Minute(), sec: u.Second(),
		wday: int(u.Weekday()), yday: u.YearDay() - 1, isdst: boolInt(u.IsDST()),
		gmtoff: off, zone: name, hasZone: true,
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// structTime returns the struct_time of tm.
func structTime(p tm) py.Object {
	return py.NewStructSeqFields(structTimeType, []py.Object{
		py.NewInt(int64(p.year) + 1900), py.NewInt(int64(p.mon) + 1), py.NewInt(int64(p.mday)),
		py.NewInt(int64(p.hour)), py.NewInt(int64(p.min)), py.NewInt(int64(p.sec)),
		py.NewInt(int64((p.wday + 6) % 7)), py.NewInt(int64(p.yday) + 1), py.NewInt(int64(p.isdst)),
	})
}

// now returns the current time as C's gettimeofday gives it (to the
// microsecond) in seconds.
func now() float64 {
	u := time.Now()
	return float64(u.Unix()) + float64(u.Nanosecond()/1000)*1e-6
}

// toTimeT converts seconds to a time_t as _PyTime_DoubleToTimet does:
// truncating, and refusing a value that does not fit. ok is false for a
// NaN, which C converts to the smallest time_t.
func toTimeT(x float64) (sec int64, ok bool, err error) {
	if math.IsNaN(x) {
		return math.MinInt64, false, nil
	}
	if x >= 1<<63 || x < -(1<<63) {
		return 0, false, py.Errorf(py.ValueError, "timestamp out of range for platform time_t")
	}
	return int64(x), true, nil
}

// convert is gmtime and localtime: seconds (or None, for now) to a
// struct_time in loc.
func (st *state) convert(t *py.Thread, fname string, args []py.Object, kwnames *py.Tuple, loc *time.Location) (py.Object, error) {
	var o py.Object
	if err := py.ParseTuple(fname, args, kwnames, 0, 1, &o); err != nil {
		return nil, err
	}
	when := now()
	if o != nil && o != py.None {
		var err error
		if when, err = py.AsFloat64(t, o); err != nil {
			return nil, err
		}
	}
	p, err := secondsToTm(when, loc)
	if err != nil {
		return nil, err
	}
	return structTime(p), nil
}

// secondsToTm is C's gmtime or localtime of seconds, with its errors.
func secondsToTm(when float64, loc *time.Location) (tm, error) {
	sec, ok, err := toTimeT(when)
	if err != nil {
		return tm{}, err
	}
	overflow := py.NewException(py.ValueError, py.NewInt(int64(unix.EOVERFLOW)), py.NewStr("Value too large for defined data type"))
	// The year must fit in tm_year, a C int: about ±2**31 years of
	// 31556952 seconds each.
	if !ok || sec > 67768036191676799 || sec < -67768040609740800 {
		return tm{}, overflow
	}
	return toTm(time.Unix(sec, 0).In(loc)), nil
}

func timeTime(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("time", args, kwnames); err != nil {
		return nil, err
	}
	return py.NewFloat(now()), nil
}

func timeClock(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("clock", args, kwnames); err != nil {
		return nil, err
	}
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_PROCESS_CPUTIME_ID, &ts); err != nil {
		return py.NewFloat(-1), nil
	}
	// C's clock() counts microseconds (CLOCKS_PER_SEC).
	return py.NewFloat(float64(ts.Sec*1000000+ts.Nsec/1000) / 1e6), nil
}

func timeSleep(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o py.Object
	if err := py.ParseTuple("sleep", args, kwnames, 1, 1, &o); err != nil {
		return nil, err
	}
	secs, err := py.AsFloat64(t, o)
	if err != nil {
		return nil, err
	}
	if secs < 0 || math.IsNaN(secs) {
		return nil, py.NewOSError(py.IOError, unix.EINVAL, "")
	}
	d := time.Duration(math.MaxInt64)
	if secs < float64(math.MaxInt64)/1e9 {
		d = time.Duration(secs * 1e9)
	}
	if err := signalmod.Sleep(t, d); err != nil {
		return nil, err
	}
	return py.None, nil
}

func timeGmtime(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return st.convert(t, "gmtime", args, kwnames, time.UTC)
}

func timeLocaltime(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return st.convert(t, "localtime", args, kwnames, st.loc)
}

// tmArg converts a time tuple as gettmarg does: a tuple (or struct_time)
// of nine ints, with two-digit years guessed while accept2dyear is true.
func (st *state) tmArg(t *py.Thread, o py.Object) (tm, error) {
	tup, ok := o.(*py.Tuple)
	if !ok {
		return tm{}, py.Errorf(py.TypeError, "Tuple or struct_time argument required")
	}
	if err := py.CheckArgCount("", len(tup.Items), 9, 9); err != nil {
		return tm{}, err
	}
	var v [9]int
	for i, it := range tup.Items {
		n, err := py.ArgInt(t, it)
		if err != nil {
			return tm{}, err
		}
		v[i] = n
	}
	y := v[0]
	if y < 1000 {
		accept := st.mod.Dict.GetStr(py.NewStr("accept2dyear"))
		if accept == nil {
			return tm{}, py.Errorf(py.AttributeError, "accept2dyear")
		}
		on, err := py.IsTrue(t, accept)
		if err != nil {
			return tm{}, err
		}
		if on {
			switch {
			case 0 <= y && y < 69:
				y += 2000
			case 69 <= y && y < 100:
				y += 1900
			default:
				return tm{}, py.Errorf(py.ValueError, "year out of range")
			}
			if err := py.Warn(t, py.DeprecationWarning, "Century info guessed for a 2-digit year.", 1); err != nil {
				return tm{}, err
			}
		}
	}
	return tm{year: y - 1900, mon: v[1] - 1, mday: v[2], hour: v[3], min: v[4], sec: v[5],
		wday: (v[6] + 1) % 7, yday: v[7] - 1, isdst: v[8]}, nil
}

// checkTm validates the fields of a tuple for strftime and asctime, as
// checktm does (zero month, day and day of year mean the first).
func checkTm(p *tm) error {
	switch {
	case p.mon == -1:
		p.mon = 0
	case p.mon < 0 || p.mon > 11:
		return py.Errorf(py.ValueError, "month out of range")
	}
	switch {
	case p.mday == 0:
		p.mday = 1
	case p.mday < 0 || p.mday > 31:
		return py.Errorf(py.ValueError, "day of month out of range")
	}
	if p.hour < 0 || p.hour > 23 {
		return py.Errorf(py.ValueError, "hour out of range")
	}
	if p.min < 0 || p.min > 59 {
		return py.Errorf(py.ValueError, "minute out of range")
	}
	if p.sec < 0 || p.sec > 61 {
		return py.Errorf(py.ValueError, "seconds out of range")
	}
	if p.wday < 0 {
		return py.Errorf(py.ValueError, "day of week out of range")
	}
	switch {
	case p.yday == -1:
		p.yday = 0
	case p.yday < 0 || p.yday > 365:
		return py.Errorf(py.ValueError, "day of year out of range")
	}
	return nil
}

// tupleOrNow parses the optional time tuple of asctime and strftime.
func (st *state) tupleOrNow(t *py.Thread, o py.Object) (tm, error) {
	if o == nil {
		return toTm(time.Now().In(st.loc)), nil
	}
	p, err := st.tmArg(t, o)
	if err != nil {
		return tm{}, err
	}
	if err := checkTm(&p); err != nil {
		return tm{}, err
	}
	return p, nil
}

var (
	dayAbbr   = [7]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	dayFull   = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthAbbr = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
	monthFull = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// asctime formats as 'Sun Sep 16 01:03:52 1973'.
func asctime(p tm) string {
	b := make([]byte, 0, 32)
	b = append(b, dayAbbr[p.wday%7]...)
	b = append(b, ' ')
	b = append(b, monthAbbr[p.mon]...)
	b = appendPadded(b, int64(p.mday), 3, ' ')
	b = append(b, ' ')
	b = appendPadded(b, int64(p.hour), 2, '0')
	b = append(b, ':')
	b = appendPadded(b, int64(p.min), 2, '0')
	b = append(b, ':')
	b = appendPadded(b, int64(p.sec), 2, '0')
	b = append(b, ' ')
	b = appendPadded(b, int64(p.year)+1900, 1, '0')
	return string(b)
}

func timeAsctime(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o py.Object
	if err := py.UnpackArgs("asctime", args, kwnames, 0, 1, &o); err != nil {
		return nil, err
	}
	p, err := st.tupleOrNow(t, o)
	if err != nil {
		return nil, err
	}
	return py.NewStr(asctime(p)), nil
}

func timeCtime(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o py.Object
	if err := py.UnpackArgs("ctime", args, kwnames, 0, 1, &o); err != nil {
		return nil, err
	}
	when := float64(time.Now().Unix())
	if o != nil && o != py.None {
		var err error
		if when, err = py.AsFloat64(t, o); err != nil {
			return nil, err
		}
	}
	p, err := secondsToTm(when, st.loc)
	if err != nil {
		if _, ok, terr := toTimeT(when); terr == nil && ok {
			return nil, py.Errorf(py.ValueError, "unconvertible time")
		}
		return nil, err
	}
	return py.NewStr(asctime(p)), nil
}

// mktime is C's mktime in loc: the fields are normalised (a 13th month is
// January of the next year), and a DST flag of 0 or 1 that disagrees with
// the zone's rules at that time shifts the result by the DST offset. A
// wall clock time that happens twice (when summer time ends), or never
// (when it begins), is taken in standard time unless the flag says
// summer time, as glibc does.
func (st *state) mktime(p tm) (int64, bool) {
	year, mon, mday := p.year+1900, time.Month(p.mon+1), p.mday
	wall := time.Date(year, mon, mday, p.hour, p.min, p.sec, 0, time.UTC).Unix()
	u := time.Date(year, mon, mday, p.hour, p.min, p.sec, 0, st.loc)
	delta := int64(st.timezone() - st.altzone())
	if delta < 0 {
		delta = -delta
	}
	if delta == 0 {
		delta = 3600
	}
	// The interpretations of the wall clock time: with each offset in
	// force around it, the instants at which that offset is in force.
	type reading struct {
		sec int64
		dst bool
	}
	var valid, all []reading
	for _, near := range []time.Time{u, u.Add(-time.Duration(delta) * time.Second), u.Add(time.Duration(delta) * time.Second)} {
		_, off := near.Zone()
		r := reading{wall - int64(off), near.IsDST()}
		dup := false
		for _, a := range all {
			dup = dup || a.sec == r.sec
		}
		if dup {
			continue
		}
		all = append(all, r)
		at := time.Unix(r.sec, 0).In(st.loc)
		if _, off2 := at.Zone(); off2 == off {
			valid = append(valid, r)
		}
	}
	wantDST := p.isdst > 0
	switch len(valid) {
	case 1:
		sec := valid[0].sec
		if p.isdst >= 0 && wantDST != valid[0].dst {
			if wantDST {
				sec -= delta
			} else {
				sec += delta
			}
		}
		return sec, true
	case 0:
		valid = all
	}
	for _, r := range valid {
		if r.dst == wantDST {
			return r.sec, true
		}
	}
	return valid[0].sec, true
}

func sameWallClock(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd && a.Hour() == b.Hour() && a.Minute() == b.Minute() && a.Second() == b.Second()
}

func timeMktime(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	o, err := py.OneArg("mktime", args, kwnames)
	if err != nil {
		return nil, err
	}
	p, err := st.tmArg(t, o)
	if err != nil {
		return nil, err
	}
	sec, ok := st.mktime(p)
	if !ok {
		return nil, py.Errorf(py.OverflowError, "mktime argument out of range")
	}
	return py.NewFloat(float64(sec)), nil
}

func timeStrftime(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var f, o py.Object
	if err := py.ParseTuple("strftime", args, kwnames, 1, 2, &f, &o); err != nil {
		return nil, err
	}
	format, ok := f.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "must be str, not %s", typeName(f))
	}
	p, err := st.tupleOrNow(t, o)
	if err != nil {
		return nil, err
	}
	if p.isdst < -1 {
		p.isdst = -1
	} else if p.isdst > 1 {
		p.isdst = 1
	}
	fb, err := py.Encode(t, format, "utf-8", "surrogateescape")
	if err != nil {
		return nil, err
	}
	fs := fb.String()
	if i := indexNUL(fs); i >= 0 {
		fs = fs[:i]
	}
	out := st.strftime(fs, p)
	return py.Decode(t, out, "utf-8", "surrogateescape")
}

func indexNUL(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return i
		}
	}
	return -1
}

func typeName(o py.Object) string {
	if o == py.None {
		return "None"
	}
	return o.Type().Name
}

func timeStrptime(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var s, f py.Object
	// The arguments go to _strptime._strptime_time(data_string, format=...)
	// in CPython, which words the count errors.
	if err := py.NoKwargs("strptime", kwnames); err != nil {
		return nil, err
	}
	switch n := len(args); {
	case n == 0:
		return nil, py.Errorf(py.TypeError, "_strptime_time() takes at least 1 argument (0 given)")
	case n > 2:
		return nil, py.Errorf(py.TypeError, "_strptime_time() takes at most 2 positional arguments (%d given)", n)
	}
	s = args[0]
	if len(args) == 2 {
		f = args[1]
	}
	format := py.Object(py.NewStr("%a %b %d %H:%M:%S %Y"))
	if f != nil {
		format = f
	}
	for i, a := range []py.Object{s, format} {
		if _, ok := a.(*py.Str); !ok {
			r, err := py.Repr(t, a.Type())
			if err != nil {
				return nil, err
			}
			return nil, py.Errorf(py.TypeError, "strptime() argument %d must be str, not %s", i, r.String())
		}
	}
	p, err := st.strptime(t, s.(*py.Str), format.(*py.Str))
	if err != nil {
		return nil, err
	}
	return structTime(p), nil
}

func timeTzset(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("tzset", args, kwnames); err != nil {
		return nil, err
	}
	st.tzset()
	return py.None, nil
}

func init() {
	functions = []function{
		{"time", timeTime, "time() -> floating point number\n\nReturn the current time in seconds since the Epoch.\nFractions of a second may be present if the system clock provides them."},
		{"clock", timeClock, "clock() -> floating point number\n\nReturn the CPU time or real time since the start of the process or since\nthe first call to clock().  This has as much precision as the system\nrecords."},
		{"sleep", timeSleep, "sleep(seconds)\n\nDelay execution for a given number of seconds.  The argument may be\na floating point number for subsecond precision."},
		{"gmtime", timeGmtime, "gmtime([seconds]) -> (tm_year, tm_mon, tm_mday, tm_hour, tm_min,\n                       tm_sec, tm_wday, tm_yday, tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing UTC (a.k.a.\nGMT).  When 'seconds' is not passed in, convert the current time instead."},
		{"localtime", timeLocaltime, "localtime([seconds]) -> (tm_year,tm_mon,tm_mday,tm_hour,tm_min,\n                          tm_sec,tm_wday,tm_yday,tm_isdst)\n\nConvert seconds since the Epoch to a time tuple expressing local time.\nWhen 'seconds' is not passed in, convert the current time instead."},
		{"asctime", timeAsctime, "asctime([tuple]) -> string\n\nConvert a time tuple to a string, e.g. 'Sat Jun 06 16:26:11 1998'.\nWhen the time tuple is not present, current time as returned by localtime()\nis used."},
		{"ctime", timeCtime, "ctime(seconds) -> string\n\nConvert a time in seconds since the Epoch to a string in local time.\nThis is equivalent to asctime(localtime(seconds)). When the time tuple is\nnot present, current time as returned by localtime() is used."},
		{"mktime", timeMktime, "mktime(tuple) -> floating point number\n\nConvert a time tuple in local time to seconds since the Epoch."},
		{"strftime", timeStrftime, "strftime(format[, tuple]) -> string\n\nConvert a time tuple to a string according to a format specification.\nSee the library reference manual for formatting codes. When the time tuple\nis not present, current time as returned by localtime() is used."},
		{"strptime", timeStrptime, "strptime(string, format) -> struct_time\n\nParse a string to a time tuple according to a format specification.\nSee the library reference manual for formatting codes (same as strftime())."},
		{"tzset", timeTzset, "tzset()\n\nInitialize, or reinitialize, the local timezone to the value stored in\nos.environ['TZ']. The TZ environment variable should be specified in\nstandard Unix timezone format as documented in the tzset man page\n(eg. 'US/Eastern', 'Europe/Amsterdam'). Unknown timezones will silently\nfall back to UTC. If the TZ environment variable is not set, the local\ntimezone is set to the systems best guess of wallclock time.\nChanging the TZ environment variable without calling tzset *may* change\nthe local timezone used by methods such as localtime, but this behaviour\nshould not be relied on."},
	}
}
