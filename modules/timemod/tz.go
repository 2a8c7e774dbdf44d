package timemod

import (
	"encoding/binary"
	"os"
	"strings"
	"time"

	"github.com/taipan-py/taipan/py"
)

// The local time zone, as glibc's tzset finds it.

func envString(name string) string { return os.Getenv(name) }

// localLocation returns the zone TZ names (or /etc/localtime's when TZ is
// not set).
func localLocation() *time.Location {
	tz, set := os.LookupEnv("TZ")
	if !set {
		if data, err := os.ReadFile("/etc/localtime"); err == nil {
			if loc, err := time.LoadLocationFromTZData("Local", data); err == nil {
				return loc
			}
		}
		return time.UTC
	}
	tz = strings.TrimPrefix(tz, ":")
	if tz == "" {
		return time.UTC
	}
	if strings.HasPrefix(tz, "/") {
		if data, err := os.ReadFile(tz); err == nil {
			if loc, err := time.LoadLocationFromTZData(tz, data); err == nil {
				return loc
			}
		}
	} else if !strings.Contains(tz, "..") {
		if loc, err := time.LoadLocation(tz); err == nil {
			return loc
		}
	}
	return posixRule(tz)
}

// posixRule returns the zone of a POSIX TZ rule ("EST+05EDT,M3.2.0,M11.1.0"):
// Go reads such rules at the end of a zoneinfo file, so the zone is made
// from a file with no transitions and the rule. A rule that does not
// parse gives UTC, named by the rule's leading letters as glibc does.
func posixRule(rule string) *time.Location {
	name, rest := ruleName(rule)
	offset, ok := ruleOffset(rest)
	if name == "" {
		return time.UTC
	}
	if !ok {
		return time.FixedZone(name, 0)
	}
	loc, err := time.LoadLocationFromTZData(rule, tzifData(name, -offset, rule))
	if err != nil {
		return time.FixedZone(name, -offset)
	}
	return loc
}

// ruleName splits the standard zone's name off a POSIX rule: three or
// more letters, or anything between < and >.
func ruleName(rule string) (name, rest string) {
	if strings.HasPrefix(rule, "<") {
		if i := strings.IndexByte(rule, '>'); i > 0 {
			return rule[1:i], rule[i+1:]
		}
		return "", rule
	}
	i := 0
	for i < len(rule) && (rule[i] >= 'a' && rule[i] <= 'z' || rule[i] >= 'A' && rule[i] <= 'Z') {
		i++
	}
	if i < 3 {
		return "", rule
	}
	return rule[:i], rule[i:]
}

// ruleOffset reads the offset that follows the name: [+-]hh[:mm[:ss]],
// in seconds west of Greenwich.
func ruleOffset(s string) (int, bool) {
	sign := 1
	if s != "" && (s[0] == '+' || s[0] == '-') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	total := 0
	for part := 0; part < 3; part++ {
		n, digits := 0, 0
		for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
			n = n*10 + int(s[digits]-'0')
			digits++
		}
		if digits == 0 {
			return 0, part > 0
		}
		total += n * []int{3600, 60, 1}[part]
		s = s[digits:]
		if !strings.HasPrefix(s, ":") {
			break
		}
		s = s[1:]
	}
	return sign * total, true
}

// tzifData makes a version 2 zoneinfo file with one zone and no
// transitions, whose footer is the rule.
func tzifData(name string, gmtoff int, rule string) []byte {
	var b []byte
	section := func() {
		b = append(b, "TZif2"...)
		b = append(b, make([]byte, 15)...)
		for _, n := range []uint32{0, 0, 0, 0, 1, uint32(len(name) + 1)} {
			b = binary.BigEndian.AppendUint32(b, n)
		}
		b = binary.BigEndian.AppendUint32(b, uint32(int32(gmtoff)))
		b = append(b, 0, 0) // not DST; abbreviation at 0
		b = append(b, name...)
		b = append(b, 0)
	}
	section() // version 1 data (readers of version 2 skip it)
	section() // version 2 data: no transitions, so the same
	b = append(b, '\n')
	b = append(b, rule...)
	b = append(b, '\n')
	return b
}

// tzset makes the local zone again and sets timezone, altzone, daylight
// and tzname from it, as CPython does on glibc: from the zones in force
// at the start of the current year and half a year later.
func (st *state) tzset() {
	st.loc = localLocation()
	const year = (365*24 + 6) * 3600
	start := time.Now().Unix() / year * year
	jan := time.Unix(start, 0).In(st.loc)
	jul := time.Unix(start+year/2, 0).In(st.loc)
	janName, janOff := jan.Zone()
	julName, julOff := jul.Zone()
	janZone, julZone := -janOff, -julOff
	std, dst := janZone, julZone
	stdName, dstName := janName, julName
	if janZone < julZone {
		// The southern hemisphere: summer time in January.
		std, dst = julZone, janZone
		stdName, dstName = julName, janName
	}
	st.stdOffset, st.dstOffset = std, dst
	st.names = [2]string{stdName, dstName}
	d := st.mod.Dict
	d.SetStr(py.NewStr("timezone"), py.NewInt(int64(std)))
	d.SetStr(py.NewStr("altzone"), py.NewInt(int64(dst)))
	d.SetStr(py.NewStr("daylight"), py.NewInt(int64(boolInt(janZone != julZone))))
	d.SetStr(py.NewStr("tzname"), py.NewTuple(py.NewStr(stdName), py.NewStr(dstName)))
}

func (st *state) timezone() int { return st.stdOffset }
func (st *state) altzone() int  { return st.dstOffset }

// tzname returns the zone name tzset found for standard (0) or summer (1)
// time: C's tzname[i].
func (st *state) tzname(i int) string { return st.names[i] }
