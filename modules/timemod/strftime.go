package timemod

import (
	"strings"
)

// strftime formats p as glibc's strftime does in the C locale, flags
// (_ - 0 ^ #), widths and the E and O modifiers included. A conversion
// it does not know is copied as it is.
func (st *state) strftime(format string, p tm) string {
	var b []byte
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		start := i
		// Flags, then a width, then a modifier.
		var pad byte // 0: the conversion's own; '_', '-' or '0'
		upcase, swapcase := false, false
		j := i + 1
	flags:
		for ; j < len(format); j++ {
			switch format[j] {
			case '_', '-', '0':
				pad = format[j]
			case '^':
				upcase = true
			case '#':
				swapcase = true
			default:
				break flags
			}
		}
		width := -1
		for ; j < len(format) && format[j] >= '0' && format[j] <= '9'; j++ {
			if width < 0 {
				width = 0
			}
			width = width*10 + int(format[j]-'0')
		}
		modifier := byte(0)
		if j < len(format) && (format[j] == 'E' || format[j] == 'O') {
			modifier = format[j]
			j++
		}
		if j >= len(format) {
			// A lone % at the end (with its flags) is copied.
			b = append(b, format[start:]...)
			break
		}
		conv := format[j]
		i = j
		f := field{pad: pad, width: width, upcase: upcase}
		if modifier != 0 && !modifierAllowed(modifier, conv) {
			b = append(b, format[start:j+1]...)
			continue
		}
		switch conv {
		case '%':
			b = f.str(b, "%")
		case 'a':
			f.upcase = f.upcase || swapcase
			b = f.str(b, pick(dayAbbr[:], p.wday))
		case 'A':
			f.upcase = f.upcase || swapcase
			b = f.str(b, pick(dayFull[:], p.wday))
		case 'b', 'h':
			f.upcase = f.upcase || swapcase
			b = f.str(b, pick(monthAbbr[:], p.mon))
		case 'B':
			f.upcase = f.upcase || swapcase
			b = f.str(b, pick(monthFull[:], p.mon))
		case 'c':
			b = f.str(b, st.strftime("%a %b %e %H:%M:%S %Y", p))
		case 'C':
			y := int64(p.year) + 1900
			c := y / 100
			if y%100 < 0 {
				c--
			}
			b = f.num(b, c, 1, '0')
		case 'd':
			b = f.num(b, int64(p.mday), 2, '0')
		case 'e':
			b = f.num(b, int64(p.mday), 2, ' ')
		case 'D':
			b = f.str(b, st.strftime("%m/%d/%y", p))
		case 'F':
			b = f.str(b, st.strftime("%Y-%m-%d", p))
		case 'H':
			b = f.num(b, int64(p.hour), 2, '0')
		case 'k':
			b = f.num(b, int64(p.hour), 2, ' ')
		case 'I':
			b = f.num(b, int64(hour12(p.hour)), 2, '0')
		case 'l':
			b = f.num(b, int64(hour12(p.hour)), 2, ' ')
		case 'j':
			b = f.num(b, int64(p.yday)+1, 3, '0')
		case 'm':
			b = f.num(b, int64(p.mon)+1, 2, '0')
		case 'M':
			b = f.num(b, int64(p.min), 2, '0')
		case 'n':
			b = f.str(b, "\n")
		case 't':
			b = f.str(b, "\t")
		case 'p', 'P':
			s := "AM"
			if p.hour >= 12 {
				s = "PM"
			}
			if conv == 'P' || swapcase {
				s = strings.ToLower(s)
			}
			b = f.str(b, s)
		case 'r':
			b = f.str(b, st.strftime("%I:%M:%S %p", p))
		case 'R':
			b = f.str(b, st.strftime("%H:%M", p))
		case 's':
			sec, _ := st.mktime(p)
			b = f.num(b, sec, 1, '0')
		case 'S':
			b = f.num(b, int64(p.sec), 2, '0')
		case 'T':
			b = f.str(b, st.strftime("%H:%M:%S", p))
		case 'u':
			b = f.num(b, int64((p.wday-1+7)%7)+1, 1, '0')
		case 'U':
			b = f.num(b, int64((p.yday-p.wday+7)/7), 2, '0')
		case 'W':
			b = f.num(b, int64((p.yday-(p.wday-1+7)%7+7)/7), 2, '0')
		case 'V', 'g', 'G':
			year, week := isoWeek(p)
			switch conv {
			case 'V':
				b = f.num(b, int64(week), 2, '0')
			case 'g':
				b = f.num(b, int64((year%100+100)%100), 2, '0')
			default:
				b = f.num(b, int64(year), 1, '0')
			}
		case 'w':
			b = f.num(b, int64(p.wday), 1, '0')
		case 'x':
			b = f.str(b, st.strftime("%m/%d/%y", p))
		case 'X':
			b = f.str(b, st.strftime("%H:%M:%S", p))
		case 'y':
			b = f.num(b, int64(((p.year+1900)%100+100)%100), 2, '0')
		case 'Y':
			b = f.num(b, int64(p.year)+1900, 1, '0')
		case 'z':
			if p.isdst < 0 {
				break
			}
			off := p.gmtoff
			sign := "+"
			if off < 0 {
				sign, off = "-", -off
			}
			off /= 60
			// glibc pads the sign and the number each to the width.
			b = f.str(b, sign)
			b = f.num(b, int64(off/60*100+off%60), 4, '0')
		case 'Z':
			if swapcase {
				f.upcase = false
			}
			zone := p.zone
			if !p.hasZone {
				zone = ""
				if p.isdst >= 0 {
					zone = st.tzname(p.isdst)
				}
			}
			if swapcase {
				zone = strings.ToLower(zone)
			}
			b = f.str(b, zone)
		default:
			b = append(b, format[start:j+1]...)
		}
	}
	return string(b)
}

// modifierAllowed reports whether glibc takes the E or O modifier before
// conversion conv (otherwise the whole is copied as it is).
func modifierAllowed(modifier, conv byte) bool {
	if modifier == 'E' {
		return strings.IndexByte("abdeghjklmwABDFGHIMSUVW", conv) < 0
	}
	return strings.IndexByte("acADFxXY", conv) < 0
}

func pick(names []string, i int) string {
	if i < 0 || i >= len(names) {
		return "?"
	}
	return names[i]
}

func hour12(h int) int {
	h %= 12
	if h == 0 {
		return 12
	}
	return h
}

// isoWeek returns the ISO 8601 year and week number of p's date.
func isoWeek(p tm) (int, int) {
	year := p.year + 1900
	days := isoWeekDays(p.yday, p.wday)
	if days < 0 {
		// The last week of the previous year.
		year--
		days = isoWeekDays(p.yday+yearDays(year), p.wday)
	} else {
		d := isoWeekDays(p.yday-yearDays(year), p.wday)
		if d >= 0 {
			year++
			days = d
		}
	}
	return year, days/7 + 1
}

// isoWeekDays is the number of days from the first day of the ISO week
// year (the Monday of the week holding January 4th) to the day yday,
// which falls on weekday wday (0 is Sunday).
func isoWeekDays(yday, wday int) int {
	const bigEnoughMultipleOf7 = (366/7 + 2) * 7
	return yday - (yday-wday+4+bigEnoughMultipleOf7)%7 + 3
}

func yearDays(year int) int {
	if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
		return 366
	}
	return 365
}

// field is how one conversion is padded.
type field struct {
	pad    byte
	width  int
	upcase bool
}

// str appends s, padded on the left to the width (with spaces, or zeros
// for the 0 flag).
func (f field) str(b []byte, s string) []byte {
	if f.upcase {
		s = strings.ToUpper(s)
	}
	fill := byte(' ')
	if f.pad == '0' {
		fill = '0'
	}
	for n := len(s); n < f.width; n++ {
		b = append(b, fill)
	}
	return append(b, s...)
}

// num appends n with at least digits digits, padded with fill (or as
// the flags say); a width larger than digits pads further.
func (f field) num(b []byte, n int64, digits int, fill byte) []byte {
	switch f.pad {
	case '-':
		// No padding to the conversion's digits, but the width still
		// pads with spaces.
		fill = ' '
		digits = 1
	case '_':
		fill = ' '
	case '0':
		fill = '0'
	}
	if f.width > digits {
		digits = f.width
	}
	neg := n < 0
	var u uint64
	if neg {
		u = uint64(-n)
	} else {
		u = uint64(n)
	}
	var buf [24]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	s := buf[i:]
	width := len(s)
	if neg {
		width++
	}
	if fill == ' ' {
		for ; width < digits; width++ {
			b = append(b, ' ')
		}
		if neg {
			b = append(b, '-')
		}
		return append(b, s...)
	}
	if neg {
		b = append(b, '-')
	}
	if fill == '0' {
		for ; width < digits; width++ {
			b = append(b, '0')
		}
	}
	return append(b, s...)
}

// appendPadded appends n right-aligned in width characters of fill.
func appendPadded(b []byte, n int64, width int, fill byte) []byte {
	return field{width: width}.num(b, n, width, fill)
}
