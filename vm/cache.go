package vm

import "github.com/taipan-py/taipan/py"

// codeCache is the evaluator's per-code state: the inline caches of its
// instructions.
type codeCache struct {
	// instrs are the instructions the evaluator runs (see quicken).
	instrs []uint32
	// globals has an entry per name of co_names, for LOAD_GLOBAL.
	globals []globalCache
	// kwnames holds the keyword-name tuples of CALL_FUNCTION
	// instructions with keywords, by instruction index.
	kwnames map[int]*py.Tuple
	// cellBase is the index in Frame.Fast of the first cell.
	cellBase int
}

// globalCache remembers the value LOAD_GLOBAL found for a name, and the
// dicts and versions it found it with: while both dicts are unchanged,
// the name has the same value.
type globalCache struct {
	globals, builtins *py.Dict
	gver, bver        uint64
	value             py.Object
}

// cacheOf returns the cache of code, making it on first use.
func cacheOf(code *py.Code) *codeCache {
	if c, ok := code.Cache.(*codeCache); ok {
		return c
	}
	n := code.NLocals
	if n < len(code.VarNames) {
		n = len(code.VarNames)
	}
	instrs, extra := quicken(code)
	code.SetStackExtra(extra)
	c := &codeCache{
		instrs:   instrs,
		globals:  make([]globalCache, len(code.Names)),
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
