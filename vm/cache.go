package vm

import "github.com/taipan-py/taipan/py"

// codeCache is the evaluator's per-code state: the inline caches of its
// instructions.
type codeCache struct {
	// instrs are the instructions the evaluator runs (see quicken): an
	// opcode in the low byte and the whole argument above it, so that no
	// EXTENDED_ARG needs handling at run time.
	instrs []uint64
	// globals has an entry per name of co_names, for LOAD_GLOBAL.
	globals []globalCache
	// loads, methods and stores have an entry per name of co_names, for
	// LOAD_ATTR, LOAD_METHOD and STORE_ATTR.
	loads, methods, stores []py.AttrCache
	// kwnames holds the keyword-name tuples of CALL_FUNCTION
	// instructions with keywords, by instruction index.
	kwnames map[int]*py.Tuple
	// cellBase is the index in Frame.Fast of the first cell.
	cellBase int
	// trace is the code's state for tracing, made when it is first
	// traced (see trace.go).
	trace *traceCode
}

// globalCache remembers where LOAD_GLOBAL found a name: its position in
// the entries of the globals dict, or, when the name is not a global, its
// position in the builtins dict and the version of the globals dict that
// lacked it. A position is checked by comparing the (interned) name with
// the key found there, so a global whose value changes is still found
// without a lookup.
type globalCache struct {
	globals, builtins *py.Dict
	gidx, bidx        int
	gver              uint64
}

// loadGlobal is LOAD_GLOBAL without its fast path: it looks name up in
// the globals, then the builtins, and fills the cache entry e.
func loadGlobal(e *globalCache, g, b *py.Dict, name *py.Str) (py.Object, error) {
	if i := g.StrIndex(name); i >= 0 {
		*e = globalCache{globals: g, gidx: i}
		_, v := g.EntryAt(i)
		return v, nil
	}
	i := b.StrIndex(name)
	if i < 0 {
		*e = globalCache{}
		return nil, py.Errorf(py.NameError, "global name '%s' is not defined", name)
	}
	*e = globalCache{globals: g, builtins: b, gidx: -1, bidx: i, gver: g.Version()}
	_, v := b.EntryAt(i)
	return v, nil
}

// cacheOf returns the cache of code, making it on first use. Making it
// also interns the code's names and its identifier-like str constants
// (see intern).
func (ev *evaluator) cacheOf(code *py.Code) *codeCache {
	if c, ok := code.Cache.(*codeCache); ok {
		return c
	}
	ev.internCode(code)
	n := code.NLocals
	if n < len(code.VarNames) {
		n = len(code.VarNames)
	}
	instrs, extra := quicken(code)
	code.SetStackExtra(extra)
	c := &codeCache{
		instrs:   instrs,
		globals:  make([]globalCache, len(code.Names)),
		loads:    make([]py.AttrCache, len(code.Names)),
		methods:  make([]py.AttrCache, len(code.Names)),
		stores:   make([]py.AttrCache, len(code.Names)),
		cellBase: n,
	}
	code.Cache = c
	return c
}

// kwnamesFor returns the tuple of the keyword names of a call, which lie
// on the stack as (name, value) pairs in kws: cached by instruction, as
// the names are the same constants on every run.
func (c *codeCache) kwnamesFor(pc int, kws []py.Object, nk int) *py.Tuple {
	if t, ok := c.kwnames[pc]; ok && len(t.Items) == nk {
		same := true
		for i, k := range t.Items {
			if kws[2*i] != k {
				same = false
				break
			}
		}
		if same {
			return t
		}
	}
	items := make([]py.Object, nk)
	for i := range items {
		items[i] = kws[2*i]
	}
	t := py.NewTuple(items...)
	if c.kwnames == nil {
		c.kwnames = map[int]*py.Tuple{}
	}
	c.kwnames[pc] = t
	return t
}

// intern returns the interpreter's one str of text s's value, so that
// names compare by pointer: when the same name appears in several code
// objects (an attribute set in one method and read in another), the
// dicts the names are keys of find them without comparing their text,
// and their hashes are computed once.
func (ev *evaluator) intern(s *py.Str) *py.Str {
	if s.Type() != py.StrType {
		return s
	}
	if v, ok := ev.interned[s.String()]; ok {
		return v
	}
	ev.interned[s.String()] = s
	return s
}

// internCode interns the names of code (co_names, co_varnames,
// co_cellvars, co_freevars) and its str constants made of name
// characters only, as CPython interns them.
func (ev *evaluator) internCode(code *py.Code) {
	for _, names := range [][]*py.Str{code.Names, code.VarNames, code.CellVars, code.FreeVars} {
		for i, n := range names {
			names[i] = ev.intern(n)
		}
	}
	for i, c := range code.Consts {
		if s, ok := c.(*py.Str); ok && isNameLike(s.String()) {
			code.Consts[i] = ev.intern(s)
		}
	}
}

// isNameLike reports whether s consists of ASCII letters, digits and
// underscores only (CPython's all_name_chars).
func isNameLike(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}
