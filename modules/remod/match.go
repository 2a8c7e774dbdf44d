package remod

import (
	"fmt"

	"github.com/taipan-py/taipan/internal/regex"
	"github.com/taipan-py/taipan/py"
)

// Match is the result of a successful match (_sre.SRE_Match).
type Match struct {
	pat       *Pattern
	s         *subject
	marks     []int // start, end of each group, group 0 first; -1 unset
	pos       int
	endpos    int
	lastindex int
	regs      py.Object
	small     [6]int // the marks of a pattern with up to two groups
}

// MatchType is _sre.SRE_Match.
var MatchType = &py.Type{Name: "SRE_Match", Module: "_sre"}

// Type returns SRE_Match.
func (m *Match) Type() *py.Type { return MatchType }

func newMatch(p *Pattern, s *subject, st *regex.State, pos, endpos int) *Match {
	g := p.prog.Groups
	m := &Match{pat: p, s: s, pos: pos, endpos: endpos, lastindex: st.LastIndex}
	if n := 2 * (g + 1); n <= len(m.small) {
		m.marks = m.small[:n]
	} else {
		m.marks = make([]int, n)
	}
	for i := 0; i <= g; i++ {
		m.marks[2*i], m.marks[2*i+1] = st.Span(i)
	}
	return m
}

func asMatch(o py.Object) *Match { return o.(*Match) }

// index resolves a group argument (a number or a name) to a group
// number, -1 when there is no such group.
func (m *Match) index(t *py.Thread, o py.Object) int {
	if o == nil {
		return 0
	}
	if i, ok := o.(*py.Int); ok {
		v, err := py.ArgIndex(t, i)
		if err != nil {
			return -1
		}
		return v
	}
	v, err := m.pat.groupindex.GetItem(t, o)
	if err != nil || v == nil {
		return -1
	}
	if i, ok := v.(*py.Int); ok {
		n, err := py.ArgIndex(t, i)
		if err == nil {
			return n
		}
	}
	return -1
}

func noSuchGroup() error { return py.Errorf(py.IndexError, "no such group") }

// groupValue returns group i, or def when it did not take part.
func (m *Match) groupValue(i int, def py.Object) (py.Object, error) {
	if i < 0 || i > m.pat.prog.Groups {
		return nil, noSuchGroup()
	}
	a, b := m.marks[2*i], m.marks[2*i+1]
	if a < 0 {
		return def, nil
	}
	return m.s.slice(a, b), nil
}

func (m *Match) groupIndexChecked(t *py.Thread, o py.Object) (int, error) {
	i := m.index(t, o)
	if i < 0 || i > m.pat.prog.Groups {
		return 0, noSuchGroup()
	}
	return i, nil
}

func unpackOne(name string, args []py.Object, kw *py.Tuple) (py.Object, error) {
	if py.NumKw(kw) > 0 {
		return nil, py.Errorf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) > 1 {
		return nil, py.Errorf(py.TypeError, "%s expected at most 1 arguments, got %d", name, len(args))
	}
	if len(args) == 1 {
		return args[0], nil
	}
	return nil, nil
}

func init() {
	t := MatchType
	t.Repr = func(th *py.Thread, self py.Object) (py.Object, error) {
		return py.NewStr(fmt.Sprintf("<_sre.SRE_Match object at %#x>", py.ObjectID(self))), nil
	}
	t.AddMethods(
		py.MethodDef{Name: "group", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			m := asMatch(self)
			if py.NumKw(kw) > 0 {
				return nil, py.Errorf(py.TypeError, "group() takes no keyword arguments")
			}
			switch len(args) {
			case 0:
				return m.groupValue(0, py.None)
			case 1:
				return m.groupValue(m.index(th, args[0]), py.None)
			}
			tup := py.MakeTuple(len(args))
			for i, a := range args {
				v, err := m.groupValue(m.index(th, a), py.None)
				if err != nil {
					return nil, err
				}
				tup.Items[i] = v
			}
			return tup, nil
		}},
		py.MethodDef{Name: "groups", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			m := asMatch(self)
			var def py.Object = py.None
			if err := py.ParseArgs("groups", args, kw, []string{"default"}, 0, &def); err != nil {
				return nil, err
			}
			n := m.pat.prog.Groups
			tup := py.MakeTuple(n)
			for i := 1; i <= n; i++ {
				v, _ := m.groupValue(i, def)
				tup.Items[i-1] = v
			}
			return tup, nil
		}},
		py.MethodDef{Name: "groupdict", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			m := asMatch(self)
			var def py.Object = py.None
			if err := py.ParseArgs("groupdict", args, kw, []string{"default"}, 0, &def); err != nil {
				return nil, err
			}
			d := py.NewDict()
			for _, k := range m.pat.groupindex.Keys() {
				v, err := m.groupValue(m.index(th, k), def)
				if err != nil {
					return nil, err
				}
				if err := d.SetItem(th, k, v); err != nil {
					return nil, err
				}
			}
			return d, nil
		}},
		py.MethodDef{Name: "start", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			m := asMatch(self)
			a, err := unpackOne("start", args, kw)
			if err != nil {
				return nil, err
			}
			i, err := m.groupIndexChecked(th, a)
			if err != nil {
				return nil, err
			}
			return py.NewInt(int64(m.marks[2*i])), nil
		}},
		py.MethodDef{Name: "end", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			m := asMatch(self)
			a, err := unpackOne("end", args, kw)
			if err != nil {
				return nil, err
			}
			i, err := m.groupIndexChecked(th, a)
			if err != nil {
				return nil, err
			}
			return py.NewInt(int64(m.marks[2*i+1])), nil
		}},
		py.MethodDef{Name: "span", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			m := asMatch(self)
			a, err := unpackOne("span", args, kw)
			if err != nil {
				return nil, err
			}
			i, err := m.groupIndexChecked(th, a)
			if err != nil {
				return nil, err
			}
			return py.NewTuple2(py.NewInt(int64(m.marks[2*i])), py.NewInt(int64(m.marks[2*i+1]))), nil
		}},
		py.MethodDef{Name: "expand", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			m := asMatch(self)
			tmpl, err := py.OneArg("expand", args, kw)
			if err != nil {
				return nil, err
			}
			return m.expand(th, tmpl)
		}},
		py.MethodDef{Name: "__copy__", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			return nil, py.Errorf(py.TypeError, "cannot copy this match object")
		}},
		py.MethodDef{Name: "__deepcopy__", Fn: func(th *py.Thread, self py.Object, args []py.Object, kw *py.Tuple) (py.Object, error) {
			return nil, py.Errorf(py.TypeError, "cannot deepcopy this match object")
		}},
	)
	t.AddGetSets(
		py.GetSetDef{Name: "pos", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return py.NewInt(int64(asMatch(self).pos)), nil
		}},
		py.GetSetDef{Name: "endpos", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return py.NewInt(int64(asMatch(self).endpos)), nil
		}},
		py.GetSetDef{Name: "lastindex", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			m := asMatch(self)
			if m.lastindex >= 0 {
				return py.NewInt(int64(m.lastindex)), nil
			}
			return py.None, nil
		}},
		py.GetSetDef{Name: "lastgroup", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			m := asMatch(self)
			if m.lastindex >= 0 && m.lastindex < len(m.pat.indexgroup) {
				if n := m.pat.indexgroup[m.lastindex]; n != nil {
					return n, nil
				}
			}
			return py.None, nil
		}},
		py.GetSetDef{Name: "re", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return asMatch(self).pat, nil
		}},
		py.GetSetDef{Name: "string", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return asMatch(self).s.obj, nil
		}},
		py.GetSetDef{Name: "regs", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			m := asMatch(self)
			if m.regs == nil {
				n := m.pat.prog.Groups + 1
				tup := py.MakeTuple(n)
				for i := 0; i < n; i++ {
					tup.Items[i] = py.NewTuple2(py.NewInt(int64(m.marks[2*i])), py.NewInt(int64(m.marks[2*i+1])))
				}
				m.regs = tup
			}
			return m.regs, nil
		}},
	)
}

// expand is match.expand(template).
func (m *Match) expand(t *py.Thread, tmpl py.Object) (py.Object, error) {
	var text string
	kind := -1
	switch r := tmpl.(type) {
	case *py.Str:
		text, kind = r.String(), kindStr
	case *py.Bytes:
		text, kind = r.String(), kindBytes
	case *py.ByteArray:
		text, kind = string(r.Bytes()), kindByteArray
	}
	if kind < 0 {
		return nil, py.Errorf(py.TypeError, "object of type '%s' has no len()", tmpl.Type().Name)
	}
	tp, err := m.pat.parseTemplate(text, kind)
	if err != nil {
		return nil, err
	}
	st := &regex.State{Marks: make([]int, 2*m.pat.prog.Groups), LastMark: 2*m.pat.prog.Groups - 1}
	st.Start, st.Ptr = m.marks[0], m.marks[1]
	copy(st.Marks, m.marks[2:])
	if err := tp.checkExpand(m.s, st, m.pat.prog.Groups); err != nil {
		return nil, err
	}
	res := &result{s: m.s}
	if err := tp.expandInto(t, res, m.s, st, m.pat); err != nil {
		return nil, err
	}
	return res.make(res.buf), nil
}
