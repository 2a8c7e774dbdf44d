package itertoolsmod

import "github.com/taipan-py/taipan/py"

// The combinatoric iterators. Each keeps the indices of its current
// selection and builds a fresh tuple for every result.

// combo is the state the four share.
type combo struct {
	py.Ext
	kind    *py.Type
	pools   [][]py.Object // product: one pool per position; the others: one pool
	indices []int
	cycles  []int // permutations
	r       int
	started bool
	done    bool
}

func (c *combo) Type() *py.Type { return typeOr(&c.Ext, c.kind) }

// result makes the tuple of the current selection.
func (c *combo) result() *py.Tuple {
	tup := py.MakeTuple(c.r)
	if c.kind == productType {
		for i, j := range c.indices {
			tup.Items[i] = c.pools[i][j]
		}
		return tup
	}
	pool := c.pools[0]
	for i := 0; i < c.r; i++ {
		tup.Items[i] = pool[c.indices[i]]
	}
	return tup
}

func productNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	npos := py.NumPos(args, kwnames)
	repeat := 1
	if kwnames != nil {
		var rep py.Object
		if err := py.ParseArgs("product", args[npos:], kwnames, []string{"repeat"}, 0, &rep); err != nil {
			return nil, err
		}
		if rep != nil {
			n, err := py.ArgIndex(t, rep)
			if err != nil {
				return nil, err
			}
			repeat = n
		}
		if repeat < 0 {
			return nil, py.Errorf(py.ValueError, "repeat argument cannot be negative")
		}
	}
	nargs := npos
	if repeat == 0 {
		nargs = 0
	}
	pools := make([][]py.Object, nargs*repeat)
	for i := 0; i < nargs; i++ {
		items, err := py.Collect(t, args[i])
		if err != nil {
			return nil, err
		}
		for k := 0; k < repeat; k++ {
			pools[i+k*nargs] = items
		}
	}
	return &combo{Ext: py.NewExt(typ, productType), kind: productType, pools: pools,
		indices: make([]int, len(pools)), r: len(pools)}, nil
}

func productNext(t *py.Thread, o py.Object) (py.Object, error) {
	c := o.(*combo)
	if c.done {
		return nil, nil
	}
	if !c.started {
		c.started = true
		for _, p := range c.pools {
			if len(p) == 0 {
				c.done = true
				return nil, nil
			}
		}
		return c.result(), nil
	}
	i := len(c.pools) - 1
	for ; i >= 0; i-- {
		c.indices[i]++
		if c.indices[i] < len(c.pools[i]) {
			break
		}
		c.indices[i] = 0
	}
	if i < 0 {
		c.done = true
		return nil, nil
	}
	return c.result(), nil
}

// poolAndR parses (iterable, r) for combinations and
// combinations_with_replacement: r is required and converted as 'n'.
func poolAndR(t *py.Thread, name string, args []py.Object, kwnames *py.Tuple) ([]py.Object, int, error) {
	var iterable, robj py.Object
	if err := py.ParseArgs(name, args, kwnames, []string{"iterable", "r"}, 2, &iterable, &robj); err != nil {
		return nil, 0, err
	}
	pool, err := py.Collect(t, iterable)
	if err != nil {
		return nil, 0, err
	}
	r, err := py.ArgIndex(t, robj)
	if err != nil {
		return nil, 0, err
	}
	if r < 0 {
		return nil, 0, py.Errorf(py.ValueError, "r must be non-negative")
	}
	return pool, r, nil
}

func combinationsNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	pool, r, err := poolAndR(t, "combinations", args, kwnames)
	if err != nil {
		return nil, err
	}
	c := &combo{Ext: py.NewExt(typ, combinationsType), kind: combinationsType, pools: [][]py.Object{pool},
		indices: make([]int, r), r: r, done: r > len(pool)}
	for i := range c.indices {
		c.indices[i] = i
	}
	return c, nil
}

func combinationsNext(t *py.Thread, o py.Object) (py.Object, error) {
	c := o.(*combo)
	if c.done {
		return nil, nil
	}
	if !c.started {
		c.started = true
		return c.result(), nil
	}
	n, r := len(c.pools[0]), c.r
	i := r - 1
	for i >= 0 && c.indices[i] == i+n-r {
		i--
	}
	if i < 0 {
		c.done = true
		return nil, nil
	}
	c.indices[i]++
	for j := i + 1; j < r; j++ {
		c.indices[j] = c.indices[j-1] + 1
	}
	return c.result(), nil
}

func cwrNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	pool, r, err := poolAndR(t, "combinations_with_replacement", args, kwnames)
	if err != nil {
		return nil, err
	}
	return &combo{Ext: py.NewExt(typ, cwrType), kind: cwrType, pools: [][]py.Object{pool},
		indices: make([]int, r), r: r, done: len(pool) == 0 && r > 0}, nil
}

func cwrNext(t *py.Thread, o py.Object) (py.Object, error) {
	c := o.(*combo)
	if c.done {
		return nil, nil
	}
	if !c.started {
		c.started = true
		return c.result(), nil
	}
	n := len(c.pools[0])
	i := c.r - 1
	for i >= 0 && c.indices[i] == n-1 {
		i--
	}
	if i < 0 {
		c.done = true
		return nil, nil
	}
	v := c.indices[i] + 1
	for j := i; j < c.r; j++ {
		c.indices[j] = v
	}
	return c.result(), nil
}

func permutationsNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var iterable, robj py.Object
	if err := py.ParseArgs("permutations", args, kwnames, []string{"iterable", "r"}, 1, &iterable, &robj); err != nil {
		return nil, err
	}
	pool, err := py.Collect(t, iterable)
	if err != nil {
		return nil, err
	}
	n := len(pool)
	r := n
	if robj != nil && robj != py.None {
		ri, ok := robj.(*py.Int)
		if !ok {
			return nil, py.Errorf(py.TypeError, "Expected int as r")
		}
		if r, err = py.ArgIndex(t, ri); err != nil {
			return nil, err
		}
	}
	if r < 0 {
		return nil, py.Errorf(py.ValueError, "r must be non-negative")
	}
	c := &combo{Ext: py.NewExt(typ, permutationsType), kind: permutationsType, pools: [][]py.Object{pool},
		r: r, done: r > n}
	if !c.done {
		c.indices = make([]int, n)
		for i := range c.indices {
			c.indices[i] = i
		}
		c.cycles = make([]int, r)
		for i := range c.cycles {
			c.cycles[i] = n - i
		}
	}
	return c, nil
}

func permutationsNext(t *py.Thread, o py.Object) (py.Object, error) {
	c := o.(*combo)
	if c.done {
		return nil, nil
	}
	if !c.started {
		c.started = true
		return c.result(), nil
	}
	n := len(c.pools[0])
	for i := c.r - 1; i >= 0; i-- {
		c.cycles[i]--
		if c.cycles[i] == 0 {
			// Rotate indices[i:] left by one.
			first := c.indices[i]
			copy(c.indices[i:], c.indices[i+1:])
			c.indices[n-1] = first
			c.cycles[i] = n - i
			continue
		}
		j := c.cycles[i]
		c.indices[i], c.indices[n-j] = c.indices[n-j], c.indices[i]
		return c.result(), nil
	}
	c.done = true
	return nil, nil
}

func initCombinatorics() {
	for _, p := range []struct {
		typ  *py.Type
		new  py.NewFunc
		next py.UnaryFunc
	}{
		{productType, productNew, productNext},
		{combinationsType, combinationsNew, combinationsNext},
		{cwrType, cwrNew, cwrNext},
		{permutationsType, permutationsNew, permutationsNext},
	} {
		p.typ.New = p.new
		p.typ.Iter = selfIter
		p.typ.Next = p.next
	}
	py.RegisterTypes(productType, combinationsType, cwrType, permutationsType)
}
