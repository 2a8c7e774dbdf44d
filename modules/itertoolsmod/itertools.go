// Package itertoolsmod is the itertools module: CPython 3.2's iterator
// building blocks (count, cycle, repeat, accumulate, chain, compress,
// dropwhile, filterfalse, groupby, islice, starmap, takewhile, tee,
// zip_longest and the combinatoric product, permutations, combinations,
// combinations_with_replacement), written in Go. Each is a subclassable
// type whose Next slot does the work, so a for loop over one runs no
// Python code besides the functions it was given. It registers itself
// with the builtins package's module table; modules/all links it in.
package itertoolsmod

import (
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("itertools", newModule) }

// newType returns a subclassable type of the itertools module.
func newType(name string) *py.Type {
	return &py.Type{Name: name, Module: "itertools", Flags: py.FlagBaseType}
}

var (
	countType        = newType("count")
	cycleType        = newType("cycle")
	repeatType       = newType("repeat")
	accumulateType   = newType("accumulate")
	chainType        = newType("chain")
	compressType     = newType("compress")
	dropwhileType    = newType("dropwhile")
	takewhileType    = newType("takewhile")
	filterfalseType  = newType("filterfalse")
	groupbyType      = newType("groupby")
	grouperType      = &py.Type{Name: "_grouper", Module: "itertools"}
	isliceType       = newType("islice")
	starmapType      = newType("starmap")
	teeType          = &py.Type{Name: "tee", Module: "itertools"}
	zipLongestType   = newType("zip_longest")
	productType      = newType("product")
	permutationsType = newType("permutations")
	combinationsType = newType("combinations")
	cwrType          = newType("combinations_with_replacement")
)

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("itertools")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("Iterator building blocks: infinite, terminating and combinatoric iterators."))
	for _, typ := range []*py.Type{
		countType, cycleType, repeatType, accumulateType, chainType,
		compressType, dropwhileType, takewhileType, filterfalseType,
		groupbyType, isliceType, starmapType, zipLongestType, productType,
		permutationsType, combinationsType, cwrType,
	} {
		m.Dict.SetStr(py.NewStr(typ.Name), typ)
	}
	m.AddFunction("tee", teeFunc, "tee(iterable, n=2) --> n iterators that each produce the items of iterable")
	return m, nil
}

func selfIter(t *py.Thread, o py.Object) (py.Object, error) { return o, nil }

// typeOr returns the class recorded in e, or def.
func typeOr(e *py.Ext, def *py.Type) *py.Type {
	if typ := e.ExtType(); typ != nil {
		return typ
	}
	return def
}

// ---- count ----

type countObj struct {
	py.Ext
	fast bool  // the count is n and the step is 1
	n    int64 // the next value in fast mode
	cnt  py.Object
	step py.Object
}

func (c *countObj) Type() *py.Type { return typeOr(&c.Ext, countType) }

// isNumber is CPython 3.2's PyNumber_Check: the type converts to int or float.
func isNumber(o py.Object) bool {
	typ := o.Type()
	return typ.Int != nil || typ.Float != nil || typ.Index != nil
}

func countNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var start, step py.Object
	if err := py.ParseArgs("count", args, kwnames, []string{"start", "step"}, 0, &start, &step); err != nil {
		return nil, err
	}
	if start != nil && !isNumber(start) || step != nil && !isNumber(step) {
		return nil, py.Errorf(py.TypeError, "a number is required")
	}
	c := &countObj{Ext: py.NewExt(typ, countType)}
	if start == nil {
		start = py.NewInt(0)
	}
	if step == nil {
		step = py.NewInt(1)
	}
	c.cnt, c.step = start, step
	// CPython counts in a machine integer while the start is an int that
	// fits and the step converts (with __int__, as PyLong_AsLong does) to 1.
	if si, ok := start.(*py.Int); ok {
		if v, err := py.ArgLong(t, si); err == nil && v != 1<<63-1 {
			if one, err := stepIsOne(t, step); err != nil {
				return nil, err
			} else if one {
				c.fast, c.n = true, v
			}
		}
	}
	return c, nil
}

// stepIsOne reports whether PyLong_AsLong(step) is 1 (errors cleared).
func stepIsOne(t *py.Thread, step py.Object) (bool, error) {
	if i, ok := step.(*py.Int); ok {
		v, err := py.ArgLong(t, i)
		return err == nil && v == 1, nil
	}
	if step.Type().Int == nil {
		return false, nil
	}
	r, err := step.Type().Int(t, step)
	if err != nil {
		return false, nil // PyLong_AsLong's error is cleared
	}
	i, ok := r.(*py.Int)
	if !ok {
		return false, nil
	}
	v, err := py.ArgLong(t, i)
	return err == nil && v == 1, nil
}

func countNext(t *py.Thread, o py.Object) (py.Object, error) {
	c := o.(*countObj)
	if c.fast {
		r := py.NewInt(c.n)
		c.n++
		if c.n == 1<<63-1 {
			c.fast = false
			c.cnt = py.NewInt(c.n)
		}
		return r, nil
	}
	r := c.cnt
	next, err := py.BinaryOp(t, c.cnt, c.step, py.SlotAdd, "+")
	if err != nil {
		return nil, err
	}
	c.cnt = next
	return r, nil
}

func countRepr(t *py.Thread, o py.Object) (py.Object, error) {
	c := o.(*countObj)
	if c.fast {
		return py.NewStr("count(" + py.NewInt(c.n).String() + ")"), nil
	}
	cs, err := py.Repr(t, c.cnt)
	if err != nil {
		return nil, err
	}
	if i, ok := c.step.(*py.Int); ok {
		if v, err := py.ArgLong(t, i); err == nil && v == 1 {
			return py.NewStr("count(" + cs.String() + ")"), nil
		}
	}
	ss, err := py.Repr(t, c.step)
	if err != nil {
		return nil, err
	}
	return py.NewStr("count(" + cs.String() + ", " + ss.String() + ")"), nil
}

func countReduce(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("__reduce__", args, kwnames); err != nil {
		return nil, err
	}
	c := self.(*countObj)
	if c.fast {
		return py.NewTuple(c.Type(), py.NewTuple(py.NewInt(c.n))), nil
	}
	return py.NewTuple(c.Type(), py.NewTuple(c.cnt, c.step)), nil
}

// ---- cycle ----

type cycleObj struct {
	py.Ext
	it     py.Object
	saved  []py.Object
	i      int
	replay bool
}

func (c *cycleObj) Type() *py.Type { return typeOr(&c.Ext, cycleType) }

func cycleNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if typ == cycleType {
		if err := py.NoKeywords("cycle()", kwnames); err != nil {
			return nil, err
		}
	}
	var iterable py.Object
	if err := unpack("cycle", args, kwnames, 1, 1, &iterable); err != nil {
		return nil, err
	}
	it, err := py.Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	return &cycleObj{Ext: py.NewExt(typ, cycleType), it: it}, nil
}

// unpack is PyArg_UnpackTuple over the positional arguments (keywords
// were checked, or are ignored, by the caller as CPython does).
func unpack(fname string, args []py.Object, kwnames *py.Tuple, min, max int, dst ...*py.Object) error {
	return py.UnpackArgs(fname, args[:py.NumPos(args, kwnames)], nil, min, max, dst...)
}

func cycleNext(t *py.Thread, o py.Object) (py.Object, error) {
	c := o.(*cycleObj)
	if !c.replay {
		x, err := py.Next(t, c.it)
		if err != nil {
			return nil, err
		}
		if x != nil {
			c.saved = append(c.saved, x)
			return x, nil
		}
		if len(c.saved) == 0 {
			return nil, nil
		}
		c.replay = true
		c.i = 0
	}
	if len(c.saved) == 0 {
		return nil, nil
	}
	x := c.saved[c.i]
	c.i++
	if c.i == len(c.saved) {
		c.i = 0
	}
	return x, nil
}

// ---- repeat ----

type repeatObj struct {
	py.Ext
	elem py.Object
	cnt  int // -1: forever
}

func (r *repeatObj) Type() *py.Type { return typeOr(&r.Ext, repeatType) }

func repeatNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var elem, times py.Object
	if err := py.ParseArgs("repeat", args, kwnames, []string{"object", "times"}, 1, &elem, &times); err != nil {
		return nil, err
	}
	cnt := -1
	if times != nil {
		n, err := py.ArgIndex(t, times)
		if err != nil {
			return nil, err
		}
		cnt = n
	}
	if py.NumPos(args, kwnames) == 2 && cnt < 0 {
		cnt = 0
	}
	return &repeatObj{Ext: py.NewExt(typ, repeatType), elem: elem, cnt: cnt}, nil
}

func repeatNext(t *py.Thread, o py.Object) (py.Object, error) {
	r := o.(*repeatObj)
	if r.cnt == 0 {
		return nil, nil
	}
	if r.cnt > 0 {
		r.cnt--
	}
	return r.elem, nil
}

func repeatRepr(t *py.Thread, o py.Object) (py.Object, error) {
	r := o.(*repeatObj)
	s, err := py.Repr(t, r.elem)
	if err != nil {
		return nil, err
	}
	if r.cnt == -1 {
		return py.NewStr("repeat(" + s.String() + ")"), nil
	}
	return py.NewStr("repeat(" + s.String() + ", " + py.NewInt(int64(r.cnt)).String() + ")"), nil
}

func repeatLengthHint(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("__length_hint__", args, kwnames); err != nil {
		return nil, err
	}
	r := self.(*repeatObj)
	if r.cnt == -1 {
		return nil, py.Errorf(py.TypeError, "len() of unsized object")
	}
	return py.NewInt(int64(r.cnt)), nil
}

// ---- accumulate ----

type accumulateObj struct {
	py.Ext
	it    py.Object
	total py.Object
}

func (a *accumulateObj) Type() *py.Type { return typeOr(&a.Ext, accumulateType) }

func accumulateNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var iterable py.Object
	if err := py.ParseArgs("accumulate", args, kwnames, []string{"iterable"}, 1, &iterable); err != nil {
		return nil, err
	}
	it, err := py.Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	return &accumulateObj{Ext: py.NewExt(typ, accumulateType), it: it}, nil
}

func accumulateNext(t *py.Thread, o py.Object) (py.Object, error) {
	a := o.(*accumulateObj)
	x, err := py.Next(t, a.it)
	if err != nil || x == nil {
		return nil, err
	}
	if a.total == nil {
		a.total = x
		return x, nil
	}
	s, err := py.BinaryOp(t, a.total, x, py.SlotAdd, "+")
	if err != nil {
		return nil, err
	}
	a.total = s
	return s, nil
}

// ---- chain ----

type chainObj struct {
	py.Ext
	source py.Object // iterator over the iterables; nil when done
	active py.Object // iterator over the current one
}

func (c *chainObj) Type() *py.Type { return typeOr(&c.Ext, chainType) }

func chainNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if typ == chainType {
		if err := py.NoKeywords("chain()", kwnames); err != nil {
			return nil, err
		}
	}
	pos := args[:py.NumPos(args, kwnames)]
	src, err := py.Iter(t, py.NewTuple(append([]py.Object(nil), pos...)...))
	if err != nil {
		return nil, err
	}
	return &chainObj{Ext: py.NewExt(typ, chainType), source: src}, nil
}

func chainFromIterable(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	arg, err := py.OneArg("from_iterable", args, kwnames)
	if err != nil {
		return nil, err
	}
	src, err := py.Iter(t, arg)
	if err != nil {
		return nil, err
	}
	typ := self.(*py.Type)
	return &chainObj{Ext: py.NewExt(typ, chainType), source: src}, nil
}

func chainNext(t *py.Thread, o py.Object) (py.Object, error) {
	c := o.(*chainObj)
	for c.source != nil {
		if c.active == nil {
			iterable, err := py.Next(t, c.source)
			if err != nil {
				return nil, err
			}
			if iterable == nil {
				c.source = nil
				return nil, nil
			}
			it, err := py.Iter(t, iterable)
			if err != nil {
				return nil, err
			}
			c.active = it
		}
		x, err := py.Next(t, c.active)
		if err != nil {
			return nil, err
		}
		if x != nil {
			return x, nil
		}
		c.active = nil
	}
	return nil, nil
}

// ---- compress ----

type compressObj struct {
	py.Ext
	data, selectors py.Object
}

func (c *compressObj) Type() *py.Type { return typeOr(&c.Ext, compressType) }

func compressNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var data, sel py.Object
	if err := py.ParseArgs("compress", args, kwnames, []string{"data", "selectors"}, 2, &data, &sel); err != nil {
		return nil, err
	}
	d, err := py.Iter(t, data)
	if err != nil {
		return nil, err
	}
	s, err := py.Iter(t, sel)
	if err != nil {
		return nil, err
	}
	return &compressObj{Ext: py.NewExt(typ, compressType), data: d, selectors: s}, nil
}

func compressNext(t *py.Thread, o py.Object) (py.Object, error) {
	c := o.(*compressObj)
	for {
		x, err := py.Next(t, c.data)
		if err != nil || x == nil {
			return nil, err
		}
		s, err := py.Next(t, c.selectors)
		if err != nil || s == nil {
			return nil, err
		}
		ok, err := py.IsTrue(t, s)
		if err != nil {
			return nil, err
		}
		if ok {
			return x, nil
		}
	}
}

// ---- dropwhile, takewhile, filterfalse ----

// predObj is dropwhile, takewhile or filterfalse: a predicate over an
// iterator; state is whether dropping is over (dropwhile) or the end was
// seen (takewhile).
type predObj struct {
	py.Ext
	kind  *py.Type
	fn    py.Object
	it    py.Object
	state bool
}

func (p *predObj) Type() *py.Type { return typeOr(&p.Ext, p.kind) }

func predNew(kind *py.Type) py.NewFunc {
	name := kind.Name
	return func(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if typ == kind {
			if err := py.NoKeywords(name+"()", kwnames); err != nil {
				return nil, err
			}
		}
		var fn, seq py.Object
		if err := unpack(name, args, kwnames, 2, 2, &fn, &seq); err != nil {
			return nil, err
		}
		it, err := py.Iter(t, seq)
		if err != nil {
			return nil, err
		}
		return &predObj{Ext: py.NewExt(typ, kind), kind: kind, fn: fn, it: it}, nil
	}
}

// test applies the predicate (for filterfalse, None means bool).
func (p *predObj) test(t *py.Thread, x py.Object) (bool, error) {
	if p.fn == py.None && p.kind == filterfalseType {
		return py.IsTrue(t, x)
	}
	r, err := py.Call(t, p.fn, []py.Object{x}, nil)
	if err != nil {
		return false, err
	}
	return py.IsTrue(t, r)
}

func dropwhileNext(t *py.Thread, o py.Object) (py.Object, error) {
	p := o.(*predObj)
	for {
		x, err := py.Next(t, p.it)
		if err != nil || x == nil {
			return nil, err
		}
		if p.state {
			return x, nil
		}
		ok, err := p.test(t, x)
		if err != nil {
			return nil, err
		}
		if !ok {
			p.state = true
			return x, nil
		}
	}
}

func takewhileNext(t *py.Thread, o py.Object) (py.Object, error) {
	p := o.(*predObj)
	if p.state {
		return nil, nil
	}
	x, err := py.Next(t, p.it)
	if err != nil || x == nil {
		return nil, err
	}
	ok, err := p.test(t, x)
	if err != nil {
		return nil, err
	}
	if ok {
		return x, nil
	}
	p.state = true
	return nil, nil
}

func filterfalseNext(t *py.Thread, o py.Object) (py.Object, error) {
	p := o.(*predObj)
	for {
		x, err := py.Next(t, p.it)
		if err != nil || x == nil {
			return nil, err
		}
		ok, err := p.test(t, x)
		if err != nil {
			return nil, err
		}
		if !ok {
			return x, nil
		}
	}
}

// ---- starmap ----

type starmapObj struct {
	py.Ext
	fn, it py.Object
}

func (s *starmapObj) Type() *py.Type { return typeOr(&s.Ext, starmapType) }

func starmapNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if typ == starmapType {
		if err := py.NoKeywords("starmap()", kwnames); err != nil {
			return nil, err
		}
	}
	var fn, seq py.Object
	if err := unpack("starmap", args, kwnames, 2, 2, &fn, &seq); err != nil {
		return nil, err
	}
	it, err := py.Iter(t, seq)
	if err != nil {
		return nil, err
	}
	return &starmapObj{Ext: py.NewExt(typ, starmapType), fn: fn, it: it}, nil
}

func starmapNext(t *py.Thread, o py.Object) (py.Object, error) {
	s := o.(*starmapObj)
	x, err := py.Next(t, s.it)
	if err != nil || x == nil {
		return nil, err
	}
	var items []py.Object
	if tup, ok := x.(*py.Tuple); ok && tup.Type() == py.TupleType {
		items = tup.Items
	} else if items, err = py.Collect(t, x); err != nil {
		return nil, err
	}
	return py.Call(t, s.fn, items, nil)
}

// ---- islice ----

type isliceObj struct {
	py.Ext
	it               py.Object
	next, stop, step int // stop -1: none
	cnt              int
}

func (s *isliceObj) Type() *py.Type { return typeOr(&s.Ext, isliceType) }

// ssize is PyLong_AsSsize_t: an int that fits, else ok is false.
func ssize(t *py.Thread, o py.Object) (int, bool) {
	i, ok := o.(*py.Int)
	if !ok {
		return 0, false
	}
	v, err := py.ArgIndex(t, i)
	if err != nil {
		return 0, false
	}
	return v, true
}

const (
	msgIsliceStop  = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	msgIsliceIndex = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	msgIsliceStep  = "Step for islice() must be a positive integer or None."
)

func isliceNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if typ == isliceType {
		if err := py.NoKeywords("islice()", kwnames); err != nil {
			return nil, err
		}
	}
	var seq, a1, a2, a3 py.Object
	if err := unpack("islice", args, kwnames, 2, 4, &seq, &a1, &a2, &a3); err != nil {
		return nil, err
	}
	start, stop, step := 0, -1, 1
	if a2 == nil {
		if a1 != py.None {
			v, ok := ssize(t, a1)
			if !ok || v == -1 {
				return nil, py.Errorf(py.ValueError, msgIsliceStop)
			}
			stop = v
		}
	} else {
		if a1 != py.None {
			v, ok := ssize(t, a1)
			if !ok {
				v = -1
			}
			start = v
		}
		if a2 != py.None {
			v, ok := ssize(t, a2)
			if !ok || v == -1 {
				return nil, py.Errorf(py.ValueError, msgIsliceStop)
			}
			stop = v
		}
	}
	if start < 0 || stop < -1 {
		return nil, py.Errorf(py.ValueError, msgIsliceIndex)
	}
	if a3 != nil && a3 != py.None {
		v, ok := ssize(t, a3)
		if !ok {
			v = -1
		}
		step = v
	}
	if step < 1 {
		return nil, py.Errorf(py.ValueError, msgIsliceStep)
	}
	it, err := py.Iter(t, seq)
	if err != nil {
		return nil, err
	}
	return &isliceObj{Ext: py.NewExt(typ, isliceType), it: it, next: start, stop: stop, step: step}, nil
}

func isliceNext(t *py.Thread, o py.Object) (py.Object, error) {
	s := o.(*isliceObj)
	for s.cnt < s.next {
		x, err := py.Next(t, s.it)
		if err != nil || x == nil {
			return nil, err
		}
		s.cnt++
	}
	if s.stop != -1 && s.cnt >= s.stop {
		return nil, nil
	}
	x, err := py.Next(t, s.it)
	if err != nil || x == nil {
		return nil, err
	}
	s.cnt++
	old := s.next
	s.next += s.step
	if s.next < old || s.stop != -1 && s.next > s.stop {
		s.next = s.stop
	}
	return x, nil
}

// ---- zip_longest ----

type zipLongestObj struct {
	py.Ext
	iters  []py.Object // nil entries are exhausted
	active int
	fill   py.Object
}

func (z *zipLongestObj) Type() *py.Type { return typeOr(&z.Ext, zipLongestType) }

func zipLongestNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	fill := py.Object(py.None)
	npos := py.NumPos(args, kwnames)
	if nkw := py.NumKw(kwnames); nkw > 0 {
		if nkw > 1 || kwnames.Items[0].(*py.Str).String() != "fillvalue" {
			return nil, py.Errorf(py.TypeError, "zip_longest() got an unexpected keyword argument")
		}
		fill = args[npos]
	}
	iters := make([]py.Object, npos)
	for i, a := range args[:npos] {
		it, err := py.Iter(t, a)
		if err != nil {
			if py.ErrorMatches(err, py.TypeError) {
				return nil, py.Errorf(py.TypeError, "zip_longest argument #%d must support iteration", i+1)
			}
			return nil, err
		}
		iters[i] = it
	}
	return &zipLongestObj{Ext: py.NewExt(typ, zipLongestType), iters: iters, active: npos, fill: fill}, nil
}

func zipLongestNext(t *py.Thread, o py.Object) (py.Object, error) {
	z := o.(*zipLongestObj)
	if len(z.iters) == 0 || z.active == 0 {
		return nil, nil
	}
	r := py.MakeTuple(len(z.iters))
	for i, it := range z.iters {
		if it == nil {
			r.Items[i] = z.fill
			continue
		}
		x, err := py.Next(t, it)
		if err != nil {
			z.active = 0
			return nil, err
		}
		if x == nil {
			z.iters[i] = nil
			z.active--
			if z.active == 0 {
				return nil, nil
			}
			x = z.fill
		}
		r.Items[i] = x
	}
	return r, nil
}

// ---- groupby ----

type groupbyObj struct {
	py.Ext
	it, keyfunc                py.Object
	tgtkey, currkey, currvalue py.Object
}

func (g *groupbyObj) Type() *py.Type { return typeOr(&g.Ext, groupbyType) }

type grouperObj struct {
	parent *groupbyObj
	tgtkey py.Object
}

func (g *grouperObj) Type() *py.Type { return grouperType }

func groupbyNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var iterable, key py.Object
	if err := py.ParseArgs("groupby", args, kwnames, []string{"iterable", "key"}, 1, &iterable, &key); err != nil {
		return nil, err
	}
	if key == nil {
		key = py.None
	}
	it, err := py.Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	return &groupbyObj{Ext: py.NewExt(typ, groupbyType), it: it, keyfunc: key}, nil
}

// step reads the next value and its key into currvalue and currkey;
// false at the end.
func (g *groupbyObj) step(t *py.Thread) (bool, error) {
	x, err := py.Next(t, g.it)
	if err != nil || x == nil {
		return false, err
	}
	k := x
	if g.keyfunc != py.None {
		if k, err = py.Call(t, g.keyfunc, []py.Object{x}, nil); err != nil {
			return false, err
		}
	}
	g.currkey, g.currvalue = k, x
	return true, nil
}

func groupbyNext(t *py.Thread, o py.Object) (py.Object, error) {
	g := o.(*groupbyObj)
	for {
		if g.currkey != nil {
			if g.tgtkey == nil {
				break
			}
			eq, err := py.Equal(t, g.tgtkey, g.currkey)
			if err != nil {
				return nil, err
			}
			if !eq {
				break
			}
		}
		ok, err := g.step(t)
		if err != nil || !ok {
			return nil, err
		}
	}
	g.tgtkey = g.currkey
	return py.NewTuple2(g.currkey, &grouperObj{parent: g, tgtkey: g.tgtkey}), nil
}

func grouperNext(t *py.Thread, o py.Object) (py.Object, error) {
	gr := o.(*grouperObj)
	g := gr.parent
	if g.currvalue == nil {
		ok, err := g.step(t)
		if err != nil || !ok {
			return nil, err
		}
	}
	eq, err := py.Equal(t, gr.tgtkey, g.currkey)
	if err != nil || !eq {
		return nil, err
	}
	r := g.currvalue
	g.currvalue, g.currkey = nil, nil
	return r, nil
}

// ---- tee ----

// teeChunkSize is how many values a link of a tee's shared buffer holds.
const teeChunkSize = 57

// teeLink is one link of the buffer the copies of a tee share: the
// values read from the source so far, in chunks.
type teeLink struct {
	it   py.Object
	vals []py.Object
	next *teeLink
}

type teeObj struct {
	link *teeLink
	i    int
}

func (*teeObj) Type() *py.Type { return teeType }

func newTee(t *py.Thread, iterable py.Object) (*teeObj, error) {
	it, err := py.Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	if tt, ok := it.(*teeObj); ok {
		return &teeObj{link: tt.link, i: tt.i}, nil
	}
	return &teeObj{link: &teeLink{it: it, vals: make([]py.Object, 0, teeChunkSize)}}, nil
}

func teeNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var iterable py.Object
	if err := py.UnpackArgs("tee", args, kwnames, 1, 1, &iterable); err != nil {
		return nil, err
	}
	return newTee(t, iterable)
}

func teeNext(t *py.Thread, o py.Object) (py.Object, error) {
	tt := o.(*teeObj)
	l := tt.link
	if tt.i == teeChunkSize {
		if l.next == nil {
			l.next = &teeLink{it: l.it, vals: make([]py.Object, 0, teeChunkSize)}
		}
		l = l.next
		tt.link, tt.i = l, 0
	}
	if tt.i < len(l.vals) {
		x := l.vals[tt.i]
		tt.i++
		return x, nil
	}
	x, err := py.Next(t, l.it)
	if err != nil || x == nil {
		return nil, err
	}
	l.vals = append(l.vals, x)
	tt.i++
	return x, nil
}

func teeCopy(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("__copy__", args, kwnames); err != nil {
		return nil, err
	}
	tt := self.(*teeObj)
	return &teeObj{link: tt.link, i: tt.i}, nil
}

var strCopy = py.NewStr("__copy__")

func teeFunc(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var iterable, nobj py.Object
	if err := py.ParseTuple("tee", args, kwnames, 1, 2, &iterable, &nobj); err != nil {
		return nil, err
	}
	n := 2
	if nobj != nil {
		v, err := py.ArgIndex(t, nobj)
		if err != nil {
			return nil, err
		}
		n = v
	}
	if n < 0 {
		return nil, py.Errorf(py.ValueError, "n must be >= 0")
	}
	r := py.MakeTuple(n)
	if n == 0 {
		return r, nil
	}
	it, err := py.Iter(t, iterable)
	if err != nil {
		return nil, err
	}
	copyable := it
	if m, err := py.LookupAttr(t, it, strCopy); err != nil {
		return nil, err
	} else if m == nil {
		copyable = &teeObj{link: &teeLink{it: it, vals: make([]py.Object, 0, teeChunkSize)}}
	}
	r.Items[0] = copyable
	for i := 1; i < n; i++ {
		m, err := py.GetAttr(t, copyable, strCopy)
		if err != nil {
			return nil, err
		}
		c, err := py.Call(t, m, nil, nil)
		if err != nil {
			return nil, err
		}
		copyable = c
		r.Items[i] = c
	}
	return r, nil
}

func init() {
	countType.New = countNew
	countType.Iter = selfIter
	countType.Next = countNext
	countType.Repr = countRepr
	countType.AddMethods(py.MethodDef{Name: "__reduce__", Fn: countReduce})

	cycleType.New = cycleNew
	cycleType.Iter = selfIter
	cycleType.Next = cycleNext

	repeatType.New = repeatNew
	repeatType.Iter = selfIter
	repeatType.Next = repeatNext
	repeatType.Repr = repeatRepr
	repeatType.AddMethods(py.MethodDef{Name: "__length_hint__", Fn: repeatLengthHint})

	accumulateType.New = accumulateNew
	accumulateType.Iter = selfIter
	accumulateType.Next = accumulateNext

	chainType.New = chainNew
	chainType.Iter = selfIter
	chainType.Next = chainNext
	chainType.AddMethods(py.MethodDef{Name: "from_iterable", Fn: chainFromIterable, Kind: py.ClassMethod})

	compressType.New = compressNew
	compressType.Iter = selfIter
	compressType.Next = compressNext

	for _, p := range []struct {
		typ  *py.Type
		next py.UnaryFunc
	}{{dropwhileType, dropwhileNext}, {takewhileType, takewhileNext}, {filterfalseType, filterfalseNext}} {
		p.typ.New = predNew(p.typ)
		p.typ.Iter = selfIter
		p.typ.Next = p.next
	}

	starmapType.New = starmapNew
	starmapType.Iter = selfIter
	starmapType.Next = starmapNext

	isliceType.New = isliceNew
	isliceType.Iter = selfIter
	isliceType.Next = isliceNext

	zipLongestType.New = zipLongestNew
	zipLongestType.Iter = selfIter
	zipLongestType.Next = zipLongestNext

	groupbyType.New = groupbyNew
	groupbyType.Iter = selfIter
	groupbyType.Next = groupbyNext
	grouperType.Iter = selfIter
	grouperType.Next = grouperNext

	teeType.New = teeNew
	teeType.Iter = selfIter
	teeType.Next = teeNext
	teeType.AddMethods(py.MethodDef{Name: "__copy__", Fn: teeCopy})

	initCombinatorics()

	py.RegisterTypes(cycleType, accumulateType, compressType, dropwhileType,
		takewhileType, filterfalseType, starmapType, isliceType,
		zipLongestType, groupbyType, grouperType)
}
