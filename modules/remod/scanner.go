package remod

import (
	"fmt"

	"github.com/taipan-py/taipan/internal/regex"
	"github.com/taipan-py/taipan/py"
)

// scanner is what pattern.scanner() returns (_sre.SRE_Scanner): it
// matches or searches successively along one string.
type scanner struct {
	pat    *Pattern
	s      subject
	st     *regex.State
	start  int
	pos    int
	endpos int
}

var scannerType = &py.Type{Name: "SRE_Scanner", Module: "_sre"}

func (sc *scanner) Type() *py.Type { return scannerType }

func (p *Pattern) newScanner(t *py.Thread, str py.Object, pos, endpos int) (*scanner, error) {
	s, err := p.getSubject(t, str)
	if err != nil {
		return nil, err
	}
	pos, endpos = clampSpan(s.sub.Len(), pos, endpos)
	return &scanner{pat: p, s: s, st: p.prog.NewState(), start: pos, pos: pos, endpos: endpos}, nil
}

// next runs one match or search; nil when there is none.
func (sc *scanner) next(search bool) *Match {
	if sc.start > sc.endpos && search {
		return nil
	}
	ok := sc.pat.prog.Match(sc.st, &sc.s.sub, sc.start, sc.endpos, search)
	var m *Match
	if ok {
		m = newMatch(sc.pat, &sc.s, sc.st, sc.pos, sc.endpos)
	}
	if !ok || sc.st.Ptr == sc.st.Start {
		sc.start = sc.st.Ptr + 1
	} else {
		sc.start = sc.st.Ptr
	}
	return m
}

// matchIter is the iterator finditer returns (a callable_iterator over
// scanner.search in CPython).
type matchIter struct {
	sc   *scanner
	done bool
}

var matchIterType = &py.Type{Name: "callable_iterator"}

func (it *matchIter) Type() *py.Type { return matchIterType }

// lexScanner is re.Scanner: a lexicon of (phrase, action) pairs combined
// into one pattern.
type lexScanner struct {
	typ  *py.Type // Scanner or a subclass
	dict *py.Dict
}

var lexScannerType = &py.Type{Name: "Scanner", Module: "re", Flags: py.FlagHasDict | py.FlagBaseType}

func (ls *lexScanner) Type() *py.Type { return ls.typ }

var (
	strLexicon = py.NewStr("lexicon")
	strScanner = py.NewStr("scanner")
	strMatch   = py.NewStr("match")
)

func init() {
	scannerType.AddMethods(
		py.MethodDef{Name: "match", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			if m := self.(*scanner).next(false); m != nil {
				return m, nil
			}
			return py.None, nil
		}},
		py.MethodDef{Name: "search", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			if m := self.(*scanner).next(true); m != nil {
				return m, nil
			}
			return py.None, nil
		}},
	)
	scannerType.AddGetSets(py.GetSetDef{Name: "pattern", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
		return self.(*scanner).pat, nil
	}})
	scannerType.Repr = func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.NewStr(fmt.Sprintf("<_sre.SRE_Scanner object at %#x>", py.ObjectID(self))), nil
	}

	matchIterType.Iter = func(th *py.Thread, o py.Object) (py.Object, error) { return o, nil }
	matchIterType.Next = func(th *py.Thread, o py.Object) (py.Object, error) {
		it := o.(*matchIter)
		if it.done {
			return nil, nil
		}
		m := it.sc.next(true)
		if m == nil {
			it.done = true
			return nil, nil
		}
		return m, nil
	}

	t := lexScannerType
	t.New = func(th *py.Thread, typ *py.Type, args []py.Object, kw *py.Tuple) (py.Object, error) {
		return &lexScanner{typ: typ, dict: py.NewDict()}, nil
	}
	t.Init = lexScannerInit
	t.GetAttr = func(th *py.Thread, self py.Object, name *py.Str) (py.Object, error) {
		if v := self.(*lexScanner).dict.GetStr(name); v != nil {
			return v, nil
		}
		return py.GenericGetAttr(th, self, name)
	}
	t.SetAttr = func(th *py.Thread, self py.Object, name *py.Str, value py.Object) error {
		d := self.(*lexScanner).dict
		if value == nil {
			if !d.DelStr(name) {
				return py.Errorf(py.AttributeError, "'Scanner' object has no attribute '%s'", name.String())
			}
			return nil
		}
		d.SetStr(name, value)
		return nil
	}
	t.AddGetSets(py.GetSetDef{Name: "__dict__", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
		return self.(*lexScanner).dict, nil
	}})
	t.AddMethods(py.MethodDef{Name: "scan", Fn: lexScannerScan})
}

func lexScannerInit(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) error {
	var lexicon, flagsObj py.Object = nil, zero
	if err := funcArgs("__init__", args, kw, []string{"lexicon", "flags"}, 1, &lexicon, &flagsObj); err != nil {
		return err
	}
	flags, err := flagsOf(flagsObj)
	if err != nil {
		return err
	}
	ls := self.(*lexScanner)
	ls.dict.SetStr(strLexicon, lexicon)
	it, err := py.Iter(th, lexicon)
	if err != nil {
		return err
	}
	var phrases [][]rune
	var kinds []bool
	isBytes := false
	for {
		item, err := py.Next(th, it)
		if err != nil {
			return err
		}
		if item == nil {
			break
		}
		pair, err := unpack2(th, item)
		if err != nil {
			return err
		}
		switch s := pair[0].(type) {
		case *py.Str:
			phrases = append(phrases, patternRunes(s.String(), false))
			kinds = append(kinds, false)
		case *py.Bytes:
			phrases = append(phrases, patternRunes(s.String(), true))
			kinds = append(kinds, true)
			isBytes = true
		default:
			return py.Errorf(py.TypeError, "object of type '%s' has no len()", pair[0].Type().Name)
		}
	}
	prog, err := regex.CompileScanner(phrases, kinds, flags)
	if err != nil {
		return convertError(err)
	}
	ls.dict.SetStr(strScanner, newPattern(py.None, prog, isBytes))
	return nil
}

func unpack2(th *py.Thread, item py.Object) ([2]py.Object, error) {
	var out [2]py.Object
	if tup, ok := item.(*py.Tuple); ok && len(tup.Items) == 2 {
		out[0], out[1] = tup.Items[0], tup.Items[1]
		return out, nil
	}
	it, err := py.Iter(th, item)
	if err != nil {
		return out, err
	}
	n := 0
	for {
		v, err := py.Next(th, it)
		if err != nil {
			return out, err
		}
		if v == nil {
			break
		}
		if n >= 2 {
			return out, py.Errorf(py.ValueError, "too many values to unpack (expected 2)")
		}
		out[n] = v
		n++
	}
	if n < 2 {
		return out, py.Errorf(py.ValueError, "need more than %d value%s to unpack", n, map[bool]string{true: "", false: "s"}[n == 1])
	}
	return out, nil
}

func lexScannerScan(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
	str, err := py.OneArg("scan", args, kw)
	if err != nil {
		return nil, err
	}
	ls := self.(*lexScanner)
	patObj, err := py.GetAttr(th, self, strScanner)
	if err != nil {
		return nil, err
	}
	pat, ok := patObj.(*Pattern)
	if !ok {
		return nil, py.Errorf(py.TypeError, "scanner is not a compiled pattern")
	}
	sc, err := pat.newScanner(th, str, 0, maxPos)
	if err != nil {
		return nil, err
	}
	lexicon := ls.dict.GetStr(strLexicon)
	var result []py.Object
	i := 0
	for {
		m := sc.next(false)
		if m == nil {
			break
		}
		j := m.marks[1]
		if i == j {
			break
		}
		entry, err := py.GetItem(th, lexicon, py.NewInt(int64(m.lastindex-1)))
		if err != nil {
			return nil, err
		}
		action, err := py.GetItem(th, entry, py.NewInt(1))
		if err != nil {
			return nil, err
		}
		if action.Type().Call != nil {
			ls.dict.SetStr(strMatch, m)
			g, _ := m.groupValue(0, py.None)
			action, err = py.Call(th, action, []py.Object{self, g}, nil)
			if err != nil {
				return nil, err
			}
		}
		if action != py.None {
			result = append(result, action)
		}
		i = j
	}
	rest, err := py.GetItem(th, str, py.NewSlice(py.NewInt(int64(i)), py.None, py.None))
	if err != nil {
		return nil, err
	}
	return py.NewTuple2(py.NewList(result...), rest), nil
}
