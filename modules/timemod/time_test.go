package timemod

import (
	"testing"
	"time"
)

func TestRuleParts(t *testing.T) {
	for _, c := range []struct {
		rule, name string
		offset     int
		ok         bool
	}{
		{"EST+05EDT,M3.2.0,M11.1.0", "EST", 5 * 3600, true},
		{"AAA+3", "AAA", 3 * 3600, true},
		{"<+0330>-3:30", "+0330", -(3*3600 + 30*60), true},
		{"CET-1CEST", "CET", -3600, true},
		{"UTC0", "UTC", 0, true},
		{"XY+1", "", 0, true}, // a name needs three letters
		{"Nowhere/Foo", "Nowhere", 0, false},
	} {
		name, rest := ruleName(c.rule)
		if name != c.name {
			t.Errorf("ruleName(%q) = %q, want %q", c.rule, name, c.name)
			continue
		}
		if name == "" {
			continue
		}
		off, ok := ruleOffset(rest)
		if off != c.offset || ok != c.ok {
			t.Errorf("ruleOffset of %q = %d, %v; want %d, %v", c.rule, off, ok, c.offset, c.ok)
		}
	}
}

// A POSIX rule becomes a zone whose summer time follows it.
func TestPosixRuleZone(t *testing.T) {
	loc := posixRule("EST+05EDT,M3.2.0,M11.1.0")
	for _, c := range []struct {
		sec  int64
		name string
		off  int
	}{
		{1000000000, "EDT", -4 * 3600}, // September 2001
		{980000000, "EST", -5 * 3600},  // January 2001
		{-1e9, "EDT", -4 * 3600},       // April 1938: the rule holds before 1970 too
		{-1e9 - 100*86400, "EST", -5 * 3600},
	} {
		name, off := time.Unix(c.sec, 0).In(loc).Zone()
		if name != c.name || off != c.off {
			t.Errorf("zone at %d = %s %d, want %s %d", c.sec, name, off, c.name, c.off)
		}
	}
	if name, off := time.Unix(0, 0).In(posixRule("Nowhere/Foo")).Zone(); name != "Nowhere" || off != 0 {
		t.Errorf("unparsable rule: %s %d", name, off)
	}
}

func TestISOWeek(t *testing.T) {
	for _, c := range []struct {
		date       string
		year, week int
	}{
		{"2005-01-01", 2004, 53}, {"2008-12-30", 2009, 1}, {"2010-01-03", 2009, 53},
		{"2010-01-04", 2010, 1}, {"2004-12-31", 2004, 53}, {"2001-02-03", 2001, 5},
	} {
		d, _ := time.Parse("2006-01-02", c.date)
		y, w := isoWeek(toTm(d))
		if y != c.year || w != c.week {
			t.Errorf("isoWeek(%s) = %d %d, want %d %d", c.date, y, w, c.year, c.week)
		}
	}
}

func TestNumberPadding(t *testing.T) {
	for _, c := range []struct {
		f      field
		n      int64
		digits int
		fill   byte
		want   string
	}{
		{field{}, 3, 2, '0', "03"},
		{field{}, 3, 2, ' ', " 3"},
		{field{pad: '-'}, 3, 2, '0', "3"},
		{field{pad: '-', width: 5}, 3, 2, '0', "    3"},
		{field{pad: '_', width: 5}, 3, 2, '0', "    3"},
		{field{pad: '0', width: 5}, 3, 2, ' ', "00003"},
		{field{}, -5, 1, '0', "-5"},
		{field{width: 4}, -5, 1, '0', "-005"},
		{field{}, 2001, 1, '0', "2001"},
	} {
		if got := string(c.f.num(nil, c.n, c.digits, c.fill)); got != c.want {
			t.Errorf("%+v.num(%d, %d, %q) = %q, want %q", c.f, c.n, c.digits, c.fill, got, c.want)
		}
	}
}

// The alternatives of a directive are tried in the regular expression's
// order, so a backtracking match finds what CPython's re finds.
func TestStrptimeAlternatives(t *testing.T) {
	st := &state{names: [2]string{"UTC", "UTC"}}
	for _, c := range []struct {
		kind byte
		s    string
		want []int
	}{
		{'d', "31", []int{2, 1}},
		{'d', " 3", []int{2}},
		{'m', "12", []int{2, 1}},
		{'H', "7x", []int{1}},
		{'j', "366", []int{3, 2, 1}},
		{'Y', "\u0661\u0669\u0669\u0669", []int{8}},
		{'b', "february", []int{3}},
		{'B', "FEBRUARY", []int{8}},
		{' ', " \t x", []int{3, 2, 1}},
	} {
		got := st.candidates(element{kind: c.kind}, c.s)
		if len(got) != len(c.want) {
			t.Errorf("candidates(%c, %q) = %v, want %v", c.kind, c.s, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("candidates(%c, %q) = %v, want %v", c.kind, c.s, got, c.want)
				break
			}
		}
	}
	if n := digits("\u0661\u0669\u0669\u0669"); n != 1999 {
		t.Errorf("digits of Arabic-Indic 1999 = %d", n)
	}
}
