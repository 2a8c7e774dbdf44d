// Package remod is the re module: Python 3.2's regular expressions, the
// module functions, pattern, match and scanner objects, written in Go
// over the backtracking engine of internal/regex (which reproduces sre's
// matching rules). It registers itself with the builtins package's module
// table; the objects report themselves as _sre's (SRE_Pattern,
// SRE_Match) and re.error is sre_constants.error, as in CPython 3.2.
package remod

import (
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/internal/regex"
	"github.com/taipan-py/taipan/py"
)

func init() {
	builtins.RegisterModule("re", newModule)
	ErrorType.Base = py.ExceptionType
	ErrorType.Bases = []*py.Type{py.ExceptionType}
	py.RegisterTypes(ErrorType, PatternType, MatchType, scannerType, lexScannerType, matchIterType)
}

// ErrorType is re.error (sre_constants.error).
var ErrorType = &py.Type{
	Name:   "error",
	Module: "sre_constants",
	Flags:  py.FlagBaseType | py.FlagHasDict,
}

// cacheKey identifies a compiled pattern in the module's cache.
type cacheKey struct {
	text    string
	isBytes bool
	flags   int
}

// maxCache is the number of patterns the cache holds before it is
// emptied (re._MAXCACHE).
const maxCache = 512

// reModule is one interpreter's re module state.
type reModule struct {
	cache map[cacheKey]*Pattern
}

func newModule(t *py.Thread) (*py.Module, error) {
	rm := &reModule{cache: map[cacheKey]*Pattern{}}
	m := py.NewModule("re")
	set := func(name string, v py.Object) { m.Dict.SetStr(py.NewStr(name), v) }
	set("__doc__", py.NewStr("Support for regular expressions (RE)."))
	set("__version__", py.NewStr("2.2.1"))
	for _, f := range []struct {
		names []string
		v     int
	}{
		{[]string{"I", "IGNORECASE"}, regex.FlagIgnoreCase},
		{[]string{"L", "LOCALE"}, regex.FlagLocale},
		{[]string{"M", "MULTILINE"}, regex.FlagMultiline},
		{[]string{"S", "DOTALL"}, regex.FlagDotAll},
		{[]string{"X", "VERBOSE"}, regex.FlagVerbose},
		{[]string{"A", "ASCII"}, regex.FlagASCII},
		{[]string{"U", "UNICODE"}, regex.FlagUnicode},
		{[]string{"T", "TEMPLATE"}, regex.FlagTemplate},
		{[]string{"DEBUG"}, regex.FlagDebug},
	} {
		for _, n := range f.names {
			set(n, py.NewInt(int64(f.v)))
		}
	}
	set("error", ErrorType)
	set("Scanner", lexScannerType)
	set("_pattern_type", PatternType)
	set("_MAXCACHE", py.NewInt(maxCache))
	var all []py.Object
	for _, n := range []string{"match", "search", "sub", "subn", "split", "findall",
		"compile", "purge", "template", "escape", "I", "L", "M", "S", "X",
		"U", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
		"UNICODE", "error", "finditer"} {
		all = append(all, py.NewStr(n))
	}
	set("__all__", py.NewList(all...))

	m.AddFunction("compile", func(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var pat, flags py.Object = nil, zero
		if err := funcArgs("compile", args, kw, []string{"pattern", "flags"}, 1, &pat, &flags); err != nil {
			return nil, err
		}
		return rm.compile(t, pat, flags)
	}, "Compile a regular expression pattern, returning a pattern object.")
	m.AddFunction("template", func(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
		var pat, flags py.Object = nil, zero
		if err := funcArgs("template", args, kw, []string{"pattern", "flags"}, 1, &pat, &flags); err != nil {
			return nil, err
		}
		fl, err := flagsOf(flags)
		if err != nil {
			return nil, err
		}
		return rm.compile(t, pat, py.NewInt(int64(fl|regex.FlagTemplate)))
	}, "Compile a template pattern, returning a pattern object")
	m.AddFunction("purge", func(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := funcArgs("purge", args, kw, nil, 0); err != nil {
			return nil, err
		}
		rm.cache = map[cacheKey]*Pattern{}
		return py.None, nil
	}, "Clear the regular expression caches")
	m.AddFunction("escape", reEscape, "Escape all non-alphanumeric characters in pattern.")

	// The functions that compile their pattern and call a method of it.
	type patFunc struct {
		name   string
		params []string
		flagAt int // index of flags in params
		call   func(t *py.Thread, p *Pattern, a []py.Object) (py.Object, error)
	}
	for _, f := range []patFunc{
		{"match", []string{"pattern", "string", "flags"}, 2, func(t *py.Thread, p *Pattern, a []py.Object) (py.Object, error) {
			return p.matchOrSearch(t, a[1], 0, maxPos, false)
		}},
		{"search", []string{"pattern", "string", "flags"}, 2, func(t *py.Thread, p *Pattern, a []py.Object) (py.Object, error) {
			return p.matchOrSearch(t, a[1], 0, maxPos, true)
		}},
		{"sub", []string{"pattern", "repl", "string", "count", "flags"}, 4, func(t *py.Thread, p *Pattern, a []py.Object) (py.Object, error) {
			n, err := py.ArgIndex(t, a[3])
			if err != nil {
				return nil, err
			}
			return p.subx(t, a[1], a[2], n, false)
		}},
		{"subn", []string{"pattern", "repl", "string", "count", "flags"}, 4, func(t *py.Thread, p *Pattern, a []py.Object) (py.Object, error) {
			n, err := py.ArgIndex(t, a[3])
			if err != nil {
				return nil, err
			}
			return p.subx(t, a[1], a[2], n, true)
		}},
		{"split", []string{"pattern", "string", "maxsplit", "flags"}, 3, func(t *py.Thread, p *Pattern, a []py.Object) (py.Object, error) {
			n, err := py.ArgIndex(t, a[2])
			if err != nil {
				return nil, err
			}
			return p.split(t, a[1], n)
		}},
		{"findall", []string{"pattern", "string", "flags"}, 2, func(t *py.Thread, p *Pattern, a []py.Object) (py.Object, error) {
			return p.findall(t, a[1], 0, maxPos)
		}},
		{"finditer", []string{"pattern", "string", "flags"}, 2, func(t *py.Thread, p *Pattern, a []py.Object) (py.Object, error) {
			return p.finditer(t, a[1], 0, maxPos)
		}},
	} {
		f := f
		required := f.flagAt
		if f.name == "split" {
			required = 2
		}
		if f.name == "sub" || f.name == "subn" {
			required = 3
		}
		m.AddFunction(f.name, func(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
			a := make([]py.Object, len(f.params))
			for i := required; i < len(a); i++ {
				a[i] = zero
			}
			dst := make([]*py.Object, len(a))
			for i := range a {
				dst[i] = &a[i]
			}
			if err := funcArgs(f.name, args, kw, f.params, required, dst...); err != nil {
				return nil, err
			}
			p, err := rm.compile(t, a[0], a[f.flagAt])
			if err != nil {
				return nil, err
			}
			return f.call(t, p, a)
		}, "")
	}
	return m, nil
}

var zero = py.NewInt(0)

// maxPos stands for an absent endpos.
const maxPos = int(^uint(0) >> 1)

// flagsOf converts a flags argument.
func flagsOf(o py.Object) (int, error) {
	i, ok := o.(*py.Int)
	if !ok {
		return 0, py.Errorf(py.TypeError, "unsupported operand type(s) for &: '%s' and 'int'", o.Type().Name)
	}
	v, err := py.ArgIndex(nil, i)
	if err != nil {
		return 0, err
	}
	return v, nil
}

// compile returns the pattern object for pat and flags, from the cache
// when it is there.
func (rm *reModule) compile(t *py.Thread, pat, flagsObj py.Object) (*Pattern, error) {
	if p, ok := pat.(*Pattern); ok {
		fl, err := flagsOf(flagsObj)
		if err != nil {
			return nil, err
		}
		if fl != 0 {
			return nil, py.Errorf(py.ValueError, "Cannot process flags argument with a compiled pattern")
		}
		return p, nil
	}
	var key cacheKey
	switch s := pat.(type) {
	case *py.Str:
		key.text = s.String()
	case *py.Bytes:
		key.text = s.String()
		key.isBytes = true
	default:
		return nil, py.Errorf(py.TypeError, "first argument must be string or compiled pattern")
	}
	fl, err := flagsOf(flagsObj)
	if err != nil {
		return nil, err
	}
	key.flags = fl
	if p, ok := rm.cache[key]; ok && p.pattern.Type() == pat.Type() {
		return p, nil
	}
	p, err := compilePattern(t, pat, key.text, key.isBytes, fl)
	if err != nil {
		return nil, err
	}
	if len(rm.cache) >= maxCache {
		rm.cache = map[cacheKey]*Pattern{}
	}
	rm.cache[key] = p
	return p, nil
}

// patternRunes returns the characters of a pattern: a str's code points,
// or a bytes pattern's bytes.
func patternRunes(text string, isBytes bool) []rune {
	if isBytes {
		r := make([]rune, len(text))
		for i := 0; i < len(text); i++ {
			r[i] = rune(text[i])
		}
		return r
	}
	return decodeRunes(text)
}

func compilePattern(t *py.Thread, pat py.Object, text string, isBytes bool, flags int) (*Pattern, error) {
	if flags&regex.FlagDebug != 0 {
		if err := debugDump(t, patternRunes(text, isBytes), isBytes, flags); err != nil {
			return nil, err
		}
	}
	prog, err := regex.Compile(patternRunes(text, isBytes), isBytes, flags)
	if err != nil {
		return nil, convertError(err)
	}
	return newPattern(pat, prog, isBytes), nil
}

// convertError turns an engine error into the Python exception.
func convertError(err error) error {
	e, ok := err.(*regex.Error)
	if !ok {
		return err
	}
	switch e.Kind {
	case regex.KindOverflow:
		return py.NewException(py.OverflowError, py.NewStr(e.Msg))
	case regex.KindAssertion:
		return py.NewException(py.AssertionError, py.NewStr(e.Msg))
	case regex.KindValue:
		return py.NewException(py.ValueError, py.NewStr(e.Msg))
	case regex.KindIndex:
		return py.NewException(py.IndexError, py.NewStr(e.Msg))
	}
	return reError(e.Msg)
}

func reError(msg string) error { return py.NewException(ErrorType, py.NewStr(msg)) }

// funcArgs binds the arguments of a module function as a Python function
// with these parameters would (the first required of them without
// defaults), with 3.2's messages.
func funcArgs(fname string, args []py.Object, kwnames *py.Tuple, params []string, required int, dst ...*py.Object) error {
	nkw := py.NumKw(kwnames)
	npos := len(args) - nkw
	plural := func(n int) string {
		if n == 1 {
			return ""
		}
		return "s"
	}
	if npos > len(params) {
		switch {
		case len(params) == 0:
			return py.Errorf(py.TypeError, "%s() takes no arguments (%d given)", fname, npos+nkw)
		case required == len(params):
			return py.Errorf(py.TypeError, "%s() takes exactly %d positional argument%s (%d given)", fname, len(params), plural(len(params)), npos)
		}
		return py.Errorf(py.TypeError, "%s() takes at most %d positional argument%s (%d given)", fname, len(params), plural(len(params)), npos)
	}
	for i := 0; i < npos; i++ {
		*dst[i] = args[i]
	}
	if nkw > 0 {
		for j, k := range kwnames.Items {
			name := k.(*py.Str).String()
			idx := -1
			for i, p := range params {
				if p == name {
					idx = i
					break
				}
			}
			if idx < 0 {
				return py.Errorf(py.TypeError, "%s() got an unexpected keyword argument '%s'", fname, name)
			}
			if idx < npos {
				return py.Errorf(py.TypeError, "%s() got multiple values for keyword argument '%s'", fname, name)
			}
			*dst[idx] = args[npos+j]
		}
	}
	for i := 0; i < required; i++ {
		if *dst[i] == nil {
			given := npos + nkw
			word := "at least"
			if required == len(params) {
				word = "exactly"
			}
			return py.Errorf(py.TypeError, "%s() takes %s %d argument%s (%d given)", fname, word, required, plural(required), given)
		}
	}
	return nil
}

func isAlnumASCII(c rune) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func reEscape(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
	var pat py.Object
	if err := funcArgs("escape", args, kw, []string{"pattern"}, 1, &pat); err != nil {
		return nil, err
	}
	if s, ok := pat.(*py.Str); ok {
		// text with lone surrogates: escape code point by code point
		var out []byte
		for _, c := range decodeRunes(s.String()) {
			switch {
			case isAlnumASCII(c):
				out = append(out, byte(c))
			case c == 0:
				out = append(out, "\\000"...)
			default:
				out = append(out, '\\')
				out = appendRune(out, c)
			}
		}
		return py.NewStr(string(out)), nil
	}
	var data []byte
	switch b := pat.(type) {
	case *py.Bytes:
		data = []byte(b.String())
	case *py.ByteArray:
		data = b.Bytes()
	default:
		it, err := py.Iter(t, pat)
		if err != nil {
			return nil, err
		}
		for {
			v, err := py.Next(t, it)
			if err != nil {
				return nil, err
			}
			if v == nil {
				break
			}
			n, err := py.ArgIndex(t, v)
			if err != nil {
				return nil, err
			}
			data = append(data, byte(n))
		}
	}
	var out []byte
	for _, c := range data {
		switch {
		case isAlnumASCII(rune(c)):
			out = append(out, c)
		case c == 0:
			out = append(out, "\\000"...)
		default:
			out = append(out, '\\', c)
		}
	}
	return py.NewBytes(string(out)), nil
}
