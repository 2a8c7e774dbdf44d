package pystr

import (
	"strconv"
	"strings"
)

// keptDigits is how many significant digits ParseFloat passes on before
// summarising the rest: a value halfway between two adjacent float64s
// has at most 767 significant digits, so the first 780 and one sticky
// digit standing for the rest round exactly as the whole string does.
const keptDigits = 780

// ParseFloat converts a decimal float literal (an optional sign, digits
// with an optional point, an optional exponent; no blanks, no
// underscores, no inf or nan) to the nearest float64, rounding half to
// even as CPython's strtod does, whatever the number of digits. An
// overflow gives an infinity, an underflow a zero. ok is false when s is
// not of that form.
//
// strconv.ParseFloat alone misplaces the decimal point of a literal with
// more than 800 digits before it, so long literals are rewritten first
// as "0.DIGITS" (at most keptDigits+1 of them) with the exponent adjusted.
func ParseFloat(s string) (float64, bool) {
	if len(s) <= 600 {
		f, err := strconv.ParseFloat(s, 64)
		if err == nil {
			return f, true
		}
		if ne, isNum := err.(*strconv.NumError); isNum && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	p := 0
	neg := false
	if p < len(s) && (s[p] == '+' || s[p] == '-') {
		neg = s[p] == '-'
		p++
	}
	var digits []byte
	sticky := false
	dexp := int64(0) // value = 0.digits * 10**dexp before the exponent
	seen := false
	addDigit := func(c byte, beforePoint bool) {
		seen = true
		if len(digits) == 0 && c == '0' {
			if !beforePoint {
				dexp--
			}
			return
		}
		if beforePoint {
			dexp++
		}
		if len(digits) < keptDigits {
			digits = append(digits, c)
		} else if c != '0' {
			sticky = true
		}
	}
	for p < len(s) && s[p] >= '0' && s[p] <= '9' {
		addDigit(s[p], true)
		p++
	}
	if p < len(s) && s[p] == '.' {
		p++
		for p < len(s) && s[p] >= '0' && s[p] <= '9' {
			addDigit(s[p], false)
			p++
		}
	}
	if !seen {
		return 0, false
	}
	exp := int64(0)
	if p < len(s) && (s[p] == 'e' || s[p] == 'E') {
		p++
		eneg := false
		if p < len(s) && (s[p] == '+' || s[p] == '-') {
			eneg = s[p] == '-'
			p++
		}
		if p == len(s) {
			return 0, false
		}
		for p < len(s) && s[p] >= '0' && s[p] <= '9' {
			if exp < 1e12 {
				exp = exp*10 + int64(s[p]-'0')
			}
			p++
		}
		if eneg {
			exp = -exp
		}
	}
	if p != len(s) {
		return 0, false
	}
	var f float64
	switch e := dexp + exp; {
	case len(digits) == 0 || e < -400:
		f = 0
	case e > 400:
		f, _ = strconv.ParseFloat("1e999", 64)
	default:
		var b strings.Builder
		b.WriteString("0.")
		b.Write(digits)
		if sticky {
			b.WriteByte('1')
		}
		b.WriteByte('e')
		b.WriteString(strconv.FormatInt(e, 10))
		f, _ = strconv.ParseFloat(b.String(), 64)
	}
	if neg {
		f = -f
	}
	return f, true
}
