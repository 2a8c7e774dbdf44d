// Package localemod is the _locale module that locale.py is built on.
//
// Go does not use the C library's locales, so Taipan keeps the locale
// settings itself, per interpreter and per category (with glibc's
// category numbers and its LC_ALL composite names), and knows the
// conventions of one locale only: "C" (also called "POSIX"). A name is
// accepted when it is C or POSIX, optionally with a codeset ("C.UTF-8",
// "C.utf8"), or names a locale installed under /usr/lib/locale; the
// conventions are then those of C, and the codeset nl_langinfo(CODESET)
// reports is the name's ("UTF-8" for a UTF-8 locale, "ANSI_X3.4-1968"
// for C). Other names raise locale.Error("unsupported locale setting"),
// as CPython does for a locale the system lacks. At start-up LC_CTYPE
// is taken from the environment, as CPython 3.2 does.
//
// localeconv gives the C locale's conventions, strcoll compares code
// points and strxfrm returns its argument, as in the C locale. The
// gettext functions translate nothing (no message catalogues).
package localemod

import (
	"os"
	"strings"
	"sync"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() {
	builtins.RegisterModule("_locale", newModule)
	ErrorType.Base = py.ExceptionType
	ErrorType.Bases = []*py.Type{py.ExceptionType}
	py.RegisterTypes(ErrorType)
}

// ErrorType is locale.Error.
var ErrorType = &py.Type{Name: "Error", Module: "locale", Flags: py.FlagBaseType | py.FlagHasDict}

// glibc's categories, by number; 6 is LC_ALL.
var categoryNames = []string{"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
	"LC_ALL", "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT", "LC_IDENTIFICATION"}

const lcAll = 6

type state struct {
	mu     sync.Mutex
	names  [13]string
	domain string
}

var states sync.Map // *py.Interp -> *state

func stateOf(interp *py.Interp) *state {
	if st, ok := states.Load(interp); ok {
		return st.(*state)
	}
	st := &state{domain: "messages"}
	for i := range st.names {
		st.names[i] = "C"
	}
	if name := envLocale(0); valid(name) {
		st.names[0] = canonical(name)
	}
	actual, _ := states.LoadOrStore(interp, st)
	return actual.(*state)
}

// envLocale is the locale the environment asks for category cat, as
// setlocale(cat, "") finds it: LC_ALL, then the category's variable,
// then LANG.
func envLocale(cat int) string {
	for _, v := range []string{"LC_ALL", categoryNames[cat], "LANG"} {
		if s := os.Getenv(v); s != "" {
			return s
		}
	}
	return "C"
}

// valid reports whether name is a locale Taipan accepts.
func valid(name string) bool {
	base, codeset, _ := strings.Cut(name, ".")
	if i := strings.IndexByte(codeset, '@'); i >= 0 {
		codeset = codeset[:i]
	}
	if base == "C" || base == "POSIX" {
		return codeset == "" || normCodeset(codeset) == "utf8"
	}
	if name == "" || strings.ContainsAny(name, "/") {
		return false
	}
	for _, n := range []string{name, base + "." + normCodeset(codeset)} {
		if fi, err := os.Stat("/usr/lib/locale/" + n); err == nil && fi.IsDir() {
			return true
		}
	}
	return false
}

// canonical is the name the C library reports for a locale name it
// accepted: POSIX is C.
func canonical(name string) string {
	if name == "POSIX" {
		return "C"
	}
	return name
}

// categoryIndex returns the number of a category name, -1 if unknown.
func categoryIndex(name string) int {
	for i, n := range categoryNames {
		if n == name {
			return i
		}
	}
	return -1
}

// normCodeset is glibc's normalization of a codeset name: letters
// lowered, digits kept, everything else dropped.
func normCodeset(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			b.WriteByte(c)
		}
	}
	return b.String()
}

// codeset is what nl_langinfo(CODESET) reports for a locale name.
func codeset(name string) string {
	_, cs, ok := strings.Cut(name, ".")
	if !ok {
		return "ANSI_X3.4-1968"
	}
	if i := strings.IndexByte(cs, '@'); i >= 0 {
		cs = cs[:i]
	}
	if normCodeset(cs) == "utf8" {
		return "UTF-8"
	}
	return strings.ToUpper(cs)
}

// query returns the name setlocale(cat) reports.
func (st *state) query(cat int) string {
	if cat != lcAll {
		return st.names[cat]
	}
	same := true
	for i, n := range st.names {
		if i != lcAll && n != st.names[0] {
			same = false
		}
	}
	if same {
		return st.names[0]
	}
	var parts []string
	for i, n := range st.names {
		if i != lcAll {
			parts = append(parts, categoryNames[i]+"="+n)
		}
	}
	return strings.Join(parts, ";")
}

func localeError(msg string) error {
	return py.NewException(ErrorType, py.NewStr(msg))
}

func setlocale(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var catObj, locObj py.Object
	if err := py.ParseTuple("setlocale", args, kwnames, 1, 2, &catObj, &locObj); err != nil {
		return nil, err
	}
	cat, err := py.ArgInt(t, catObj)
	if err != nil {
		return nil, err
	}
	var loc string
	query := locObj == nil || locObj == py.None
	if !query {
		s, ok := locObj.(*py.Str)
		if !ok {
			return nil, py.ArgTypeError("setlocale", 2, "str or None", locObj)
		}
		loc = s.String()
	}
	st := stateOf(t.Interp)
	st.mu.Lock()
	defer st.mu.Unlock()
	if cat < 0 || cat >= len(categoryNames) {
		if query {
			return nil, localeError("locale query failed")
		}
		return nil, localeError("unsupported locale setting")
	}
	if query {
		return py.NewStr(st.query(cat)), nil
	}
	if cat == lcAll && strings.Contains(loc, "=") {
		// A composite name, as setlocale(LC_ALL) reports mixed settings.
		names := st.names
		for _, part := range strings.Split(loc, ";") {
			k, v, ok := strings.Cut(part, "=")
			i := categoryIndex(k)
			if !ok || i < 0 || i == lcAll || !valid(v) {
				return nil, localeError("unsupported locale setting")
			}
			names[i] = canonical(v)
		}
		st.names = names
		return py.NewStr(st.query(lcAll)), nil
	}
	if cat == lcAll {
		var names [13]string
		for i := range names {
			if i == lcAll {
				continue
			}
			n := loc
			if n == "" {
				n = envLocale(i)
			}
			if !valid(n) {
				return nil, localeError("unsupported locale setting")
			}
			names[i] = canonical(n)
		}
		st.names = names
		return py.NewStr(st.query(lcAll)), nil
	}
	n := loc
	if n == "" {
		n = envLocale(cat)
	}
	if !valid(n) {
		return nil, localeError("unsupported locale setting")
	}
	st.names[cat] = canonical(n)
	return py.NewStr(st.names[cat]), nil
}

const charMax = 127

func localeconv(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("localeconv", args, kwnames); err != nil {
		return nil, err
	}
	d := py.NewDict()
	set := func(k string, v py.Object) { d.SetStr(py.NewStr(k), v) }
	for _, k := range []string{"decimal_point"} {
		set(k, py.NewStr("."))
	}
	for _, k := range []string{"thousands_sep", "int_curr_symbol", "currency_symbol", "mon_decimal_point",
		"mon_thousands_sep", "positive_sign", "negative_sign"} {
		set(k, py.NewStr(""))
	}
	set("grouping", py.NewList())
	set("mon_grouping", py.NewList())
	for _, k := range []string{"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
		"n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"} {
		set(k, py.NewInt(charMax))
	}
	return d, nil
}

func strcoll(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, b py.Object
	if err := py.ParseTuple("strcoll", args, kwnames, 2, 2, &a, &b); err != nil {
		return nil, err
	}
	sa, ok1 := a.(*py.Str)
	sb, ok2 := b.(*py.Str)
	if !ok1 || !ok2 {
		bad := a
		if ok1 {
			bad = b
		}
		return nil, py.ArgMustBe("str", bad)
	}
	// Python text is ordered by code point in its generalised UTF-8,
	// which byte order respects.
	return py.NewInt(int64(strings.Compare(sa.String(), sb.String()))), nil
}

func strxfrm(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a py.Object
	if err := py.ParseTuple("strxfrm", args, kwnames, 1, 1, &a); err != nil {
		return nil, err
	}
	s, ok := a.(*py.Str)
	if !ok {
		return nil, py.ArgMustBe("str", a)
	}
	return py.NewStr(s.String()), nil
}

func nlLanginfo(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a py.Object
	if err := py.ParseTuple("nl_langinfo", args, kwnames, 1, 1, &a); err != nil {
		return nil, err
	}
	item, err := py.ArgInt(t, a)
	if err != nil {
		return nil, err
	}
	for _, li := range langinfo {
		if li.item == int64(item) {
			if li.name == "CODESET" {
				st := stateOf(t.Interp)
				st.mu.Lock()
				defer st.mu.Unlock()
				return py.NewStr(codeset(st.names[0])), nil
			}
			return py.NewStr(li.value), nil
		}
	}
	return nil, py.Errorf(py.ValueError, "unsupported langinfo constant")
}

// optStr converts an optional "z" argument.
func optStr(fname string, pos int, o py.Object) (string, bool, error) {
	if o == nil || o == py.None {
		return "", false, nil
	}
	s, ok := o.(*py.Str)
	if !ok {
		return "", false, py.ArgTypeError(fname, pos, "str or None", o)
	}
	return s.String(), true, nil
}

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_locale")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("Support for POSIX locales."))
	for i, n := range categoryNames {
		if i <= lcAll {
			m.Dict.SetStr(py.NewStr(n), py.NewInt(int64(i)))
		}
	}
	m.Dict.SetStr(py.NewStr("CHAR_MAX"), py.NewInt(charMax))
	m.Dict.SetStr(py.NewStr("Error"), ErrorType)
	for _, li := range langinfo {
		m.Dict.SetStr(py.NewStr(li.name), py.NewInt(li.item))
	}
	m.AddFunction("setlocale", setlocale, "(integer,string=None) -> string. Activates/queries locale processing.")
	m.AddFunction("localeconv", localeconv, "() -> dict. Returns numeric and monetary locale-specific parameters.")
	m.AddFunction("strcoll", strcoll, "string,string -> int. Compares two strings according to the locale.")
	m.AddFunction("strxfrm", strxfrm, "string -> string. Returns a string that behaves for cmp locale-aware.")
	m.AddFunction("nl_langinfo", nlLanginfo, "nl_langinfo(key) -> string\nReturn the value for the locale information associated with key.")
	m.AddFunction("gettext", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var msg py.Object
		if err := py.ParseTuple("gettext", args, kwnames, 1, 1, &msg); err != nil {
			return nil, err
		}
		if _, ok := msg.(*py.Str); !ok {
			return nil, py.ArgTypeError("gettext", 1, "str", msg)
		}
		return msg, nil
	}, "gettext(msg) -> string\nReturn translation of msg.")
	m.AddFunction("dgettext", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var dom, msg py.Object
		if err := py.ParseTuple("dgettext", args, kwnames, 2, 2, &dom, &msg); err != nil {
			return nil, err
		}
		if _, _, err := optStr("dgettext", 1, dom); err != nil {
			return nil, err
		}
		if _, ok := msg.(*py.Str); !ok {
			return nil, py.ArgTypeError("dgettext", 2, "str", msg)
		}
		return msg, nil
	}, "dgettext(domain, msg) -> string\nReturn translation of msg in domain.")
	m.AddFunction("dcgettext", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var dom, msg, cat py.Object
		if err := py.ParseTuple("dcgettext", args, kwnames, 3, 3, &dom, &msg, &cat); err != nil {
			return nil, err
		}
		if _, _, err := optStr("dcgettext", 1, dom); err != nil {
			return nil, err
		}
		if _, ok := msg.(*py.Str); !ok {
			return nil, py.ArgTypeError("dcgettext", 2, "str", msg)
		}
		if _, err := py.ArgInt(t, cat); err != nil {
			return nil, err
		}
		return msg, nil
	}, "dcgettext(domain, msg, category) -> string\nReturn translation of msg in domain and category.")
	m.AddFunction("textdomain", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var dom py.Object
		if err := py.ParseTuple("textdomain", args, kwnames, 1, 1, &dom); err != nil {
			return nil, err
		}
		d, ok, err := optStr("textdomain", 1, dom)
		if err != nil {
			return nil, err
		}
		st := stateOf(t.Interp)
		st.mu.Lock()
		defer st.mu.Unlock()
		if ok {
			st.domain = d
		}
		return py.NewStr(st.domain), nil
	}, "textdomain(domain) -> string\nSet the C library's textdmain to domain, returning the new domain.")
	m.AddFunction("bindtextdomain", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var dom, dir py.Object
		if err := py.ParseTuple("bindtextdomain", args, kwnames, 2, 2, &dom, &dir); err != nil {
			return nil, err
		}
		if _, ok := dom.(*py.Str); !ok {
			return nil, py.ArgTypeError("bindtextdomain", 1, "str", dom)
		}
		d, ok, err := optStr("bindtextdomain", 2, dir)
		if err != nil {
			return nil, err
		}
		if !ok {
			d = "/usr/share/locale"
		}
		return py.NewStr(d), nil
	}, "bindtextdomain(domain, dir) -> string\nBind the C library's domain to dir.")
	m.AddFunction("bind_textdomain_codeset", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var dom, cs py.Object
		if err := py.ParseTuple("bind_textdomain_codeset", args, kwnames, 2, 2, &dom, &cs); err != nil {
			return nil, err
		}
		if _, ok := dom.(*py.Str); !ok {
			return nil, py.ArgTypeError("bind_textdomain_codeset", 1, "str", dom)
		}
		c, ok, err := optStr("bind_textdomain_codeset", 2, cs)
		if err != nil {
			return nil, err
		}
		if !ok {
			return py.None, nil
		}
		return py.NewStr(c), nil
	}, "bind_textdomain_codeset(domain, codeset) -> string\nBind the C library's domain to codeset.")
	return m, nil
}
