// Package collectionsmod is the _collections module of CPython 3.2: the
// deque and defaultdict types, written in Go. The collections module (in
// lib/python) imports them from here and adds the rest in Python. It
// registers itself with the builtins package's module table;
// modules/all links it in.
package collectionsmod

import (
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("_collections", newModule) }

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_collections")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("The container types collections builds on: deque and defaultdict."))
	m.Dict.SetStr(py.NewStr("deque"), DequeType)
	m.Dict.SetStr(py.NewStr("defaultdict"), DefaultDictType)
	return m, nil
}

// The deque types.
var (
	DequeType        = &py.Type{Name: "deque", Module: "collections", Flags: py.FlagBaseType | py.FlagWeakrefable}
	dequeIterType    = &py.Type{Name: "deque_iterator"}
	dequeRevIterType = &py.Type{Name: "deque_reverse_iterator"}
)

// Deque is a double-ended queue: a ring buffer whose capacity is a power
// of two (or zero).
type Deque struct {
	py.Ext
	buf    []py.Object
	head   int // index in buf of the first item
	n      int // number of items
	maxlen int // -1: unbounded
	state  uint64
	inRepr bool
}

// Type returns deque, or the subclass.
func (d *Deque) Type() *py.Type {
	if typ := d.ExtType(); typ != nil {
		return typ
	}
	return DequeType
}

// at returns the address of item i (0 <= i < n).
func (d *Deque) at(i int) *py.Object { return &d.buf[(d.head+i)&(len(d.buf)-1)] }

func (d *Deque) grow() {
	c := len(d.buf) * 2
	if c == 0 {
		c = 8
	}
	nb := make([]py.Object, c)
	for i := 0; i < d.n; i++ {
		nb[i] = *d.at(i)
	}
	d.buf, d.head = nb, 0
}

func (d *Deque) pushRight(x py.Object) {
	if d.n == len(d.buf) {
		d.grow()
	}
	*d.at(d.n) = x
	d.n++
}

func (d *Deque) pushLeft(x py.Object) {
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = x
	d.n++
}

func (d *Deque) popRight() py.Object {
	p := d.at(d.n - 1)
	x := *p
	*p = nil
	d.n--
	return x
}

func (d *Deque) popLeft() py.Object {
	x := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	return x
}

// append adds x on the right, dropping from the left past maxlen.
func (d *Deque) append(x py.Object) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	d.pushRight(x)
	if d.maxlen > 0 && d.n > d.maxlen {
		d.popLeft()
	}
}

func (d *Deque) appendLeft(x py.Object) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	d.pushLeft(x)
	if d.maxlen > 0 && d.n > d.maxlen {
		d.popRight()
	}
}

func (d *Deque) clear() {
	d.state++
	d.buf, d.head, d.n = nil, 0, 0
}

// items returns the items in order (a new slice).
func (d *Deque) items() []py.Object {
	r := make([]py.Object, d.n)
	for i := range r {
		r[i] = *d.at(i)
	}
	return r
}

func asDeque(o py.Object) *Deque { return o.(*Deque) }

func dequeNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return &Deque{Ext: py.NewExt(typ, DequeType), maxlen: -1}, nil
}

func dequeInit(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) error {
	d := asDeque(self)
	var iterable, maxlenObj py.Object
	if err := py.ParseArgs("deque", args, kwnames, []string{"iterable", "maxlen"}, 0, &iterable, &maxlenObj); err != nil {
		return err
	}
	maxlen := -1
	if maxlenObj != nil && maxlenObj != py.None {
		if _, ok := maxlenObj.(*py.Int); !ok {
			return py.Errorf(py.TypeError, "an integer is required")
		}
		n, err := py.ArgLong(t, maxlenObj)
		if err != nil {
			return err
		}
		if n < 0 {
			return py.Errorf(py.ValueError, "maxlen must be non-negative")
		}
		maxlen = int(n)
	}
	d.maxlen = maxlen
	if d.n > 0 {
		d.clear()
	}
	if iterable != nil {
		return d.extend(t, iterable)
	}
	return nil
}

func (d *Deque) extend(t *py.Thread, iterable py.Object) error {
	if iterable == py.Object(d) {
		for _, x := range d.items() {
			d.append(x)
		}
		return nil
	}
	if items, ok := exactItems(iterable); ok {
		for _, x := range items {
			d.append(x)
		}
		return nil
	}
	it, err := py.Iter(t, iterable)
	if err != nil {
		return err
	}
	for {
		x, err := py.Next(t, it)
		if err != nil || x == nil {
			return err
		}
		d.append(x)
	}
}

func (d *Deque) extendLeft(t *py.Thread, iterable py.Object) error {
	if iterable == py.Object(d) {
		for _, x := range d.items() {
			d.appendLeft(x)
		}
		return nil
	}
	it, err := py.Iter(t, iterable)
	if err != nil {
		return err
	}
	for {
		x, err := py.Next(t, it)
		if err != nil || x == nil {
			return err
		}
		d.appendLeft(x)
	}
}

// exactItems returns the items of an exact list or tuple, copied.
func exactItems(o py.Object) ([]py.Object, bool) {
	switch v := o.(type) {
	case *py.List:
		if v.Type() == py.ListType {
			return append([]py.Object(nil), v.Items...), true
		}
	case *py.Tuple:
		if v.Type() == py.TupleType {
			return v.Items, true
		}
	}
	return nil, false
}

func dequeAppend(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	x, err := py.OneArg("append", args, kwnames)
	if err != nil {
		return nil, err
	}
	asDeque(self).append(x)
	return py.None, nil
}

func dequeAppendLeft(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	x, err := py.OneArg("appendleft", args, kwnames)
	if err != nil {
		return nil, err
	}
	asDeque(self).appendLeft(x)
	return py.None, nil
}

func dequePop(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("pop", args, kwnames); err != nil {
		return nil, err
	}
	d := asDeque(self)
	if d.n == 0 {
		return nil, py.Errorf(py.IndexError, "pop from an empty deque")
	}
	d.state++
	return d.popRight(), nil
}

func dequePopLeft(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("popleft", args, kwnames); err != nil {
		return nil, err
	}
	d := asDeque(self)
	if d.n == 0 {
		return nil, py.Errorf(py.IndexError, "pop from an empty deque")
	}
	d.state++
	return d.popLeft(), nil
}

func dequeExtend(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	x, err := py.OneArg("extend", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := asDeque(self).extend(t, x); err != nil {
		return nil, err
	}
	return py.None, nil
}

func dequeExtendLeft(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	x, err := py.OneArg("extendleft", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := asDeque(self).extendLeft(t, x); err != nil {
		return nil, err
	}
	return py.None, nil
}

func dequeIAdd(t *py.Thread, self, other py.Object) (py.Object, error) {
	if err := asDeque(self).extend(t, other); err != nil {
		return nil, err
	}
	return self, nil
}

func dequeClear(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("clear", args, kwnames); err != nil {
		return nil, err
	}
	asDeque(self).clear()
	return py.None, nil
}

func (d *Deque) rotate(n int) {
	if d.n <= 1 {
		return
	}
	d.state++
	n %= d.n
	if n < 0 {
		n += d.n
	}
	if n == 0 {
		return
	}
	if d.n == len(d.buf) {
		// Full ring: moving the head is the rotation.
		d.head = (d.head - n) & (len(d.buf) - 1)
		return
	}
	items := d.items()
	for i := range items {
		*d.at((i + n) % d.n) = items[i]
	}
}

func dequeRotate(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var nobj py.Object
	if err := py.ParseTuple("rotate", args, kwnames, 0, 1, &nobj); err != nil {
		return nil, err
	}
	n := 1
	if nobj != nil {
		v, err := py.ArgIndex(t, nobj)
		if err != nil {
			return nil, err
		}
		n = v
	}
	asDeque(self).rotate(n)
	return py.None, nil
}

func dequeReverse(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("reverse", args, kwnames); err != nil {
		return nil, err
	}
	d := asDeque(self)
	d.state++
	for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
		a, b := d.at(i), d.at(j)
		*a, *b = *b, *a
	}
	return py.None, nil
}

func dequeCount(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	v, err := py.OneArg("count", args, kwnames)
	if err != nil {
		return nil, err
	}
	d := asDeque(self)
	state := d.state
	count := 0
	for i := 0; i < d.n; i++ {
		eq, err := py.Equal(t, *d.at(i), v)
		if err != nil {
			return nil, err
		}
		if d.state != state {
			return nil, py.Errorf(py.RuntimeError, "deque mutated during iteration")
		}
		if eq {
			count++
		}
	}
	return py.NewInt(int64(count)), nil
}

// delAt removes item i.
func (d *Deque) delAt(i int) {
	d.state++
	for j := i; j < d.n-1; j++ {
		*d.at(j) = *d.at(j + 1)
	}
	d.popRight()
}

func dequeRemove(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	v, err := py.OneArg("remove", args, kwnames)
	if err != nil {
		return nil, err
	}
	d := asDeque(self)
	for i := 0; i < d.n; i++ {
		state, n := d.state, d.n
		eq, err := py.Equal(t, *d.at(i), v)
		if err != nil {
			return nil, err
		}
		if d.state != state || d.n != n {
			return nil, py.Errorf(py.IndexError, "deque mutated during remove().")
		}
		if eq {
			d.delAt(i)
			return py.None, nil
		}
	}
	return nil, py.Errorf(py.ValueError, "deque.remove(x): x not in deque")
}

func dequeLen(t *py.Thread, self py.Object) (int, error) { return asDeque(self).n, nil }

// index converts a deque subscript (sequence indexing of CPython's
// sq_item: no slices) and checks its range.
func (d *Deque) index(t *py.Thread, key py.Object) (int, error) {
	if key.Type().Index == nil {
		return 0, py.Errorf(py.TypeError, "sequence index must be integer, not '%s'", key.Type().Name)
	}
	i, err := py.ArgIndex(t, key)
	if err != nil {
		if py.ErrorMatches(err, py.OverflowError) {
			return 0, py.Errorf(py.IndexError, "cannot fit 'int' into an index-sized integer")
		}
		return 0, err
	}
	if i < 0 {
		i += d.n
	}
	if i < 0 || i >= d.n {
		return 0, py.Errorf(py.IndexError, "deque index out of range")
	}
	return i, nil
}

func dequeGetItem(t *py.Thread, self, key py.Object) (py.Object, error) {
	d := asDeque(self)
	i, err := d.index(t, key)
	if err != nil {
		return nil, err
	}
	return *d.at(i), nil
}

func dequeSetItem(t *py.Thread, self, key, value py.Object) error {
	d := asDeque(self)
	i, err := d.index(t, key)
	if err != nil {
		return err
	}
	if value == nil {
		d.delAt(i)
		return nil
	}
	*d.at(i) = value
	return nil
}

func dequeRepr(t *py.Thread, self py.Object) (py.Object, error) {
	d := asDeque(self)
	if d.inRepr {
		return py.NewStr("[...]"), nil
	}
	d.inRepr = true
	defer func() { d.inRepr = false }()
	s, err := py.Repr(t, py.NewList(d.items()...))
	if err != nil {
		return nil, err
	}
	if d.maxlen >= 0 {
		return py.NewStr("deque(" + s.String() + ", maxlen=" + py.NewInt(int64(d.maxlen)).String() + ")"), nil
	}
	return py.NewStr("deque(" + s.String() + ")"), nil
}

func dequeRichCompare(t *py.Thread, a, b py.Object, op py.CompareOp) (py.Object, error) {
	da, ok1 := a.(*Deque)
	db, ok2 := b.(*Deque)
	if !ok1 || !ok2 {
		return py.NotImplemented, nil
	}
	if (op == py.EQ || op == py.NE) && da.n != db.n {
		return py.NewBool(op == py.NE), nil
	}
	x, y := da.items(), db.items()
	i := 0
	for ; i < len(x) && i < len(y); i++ {
		eq, err := py.Equal(t, x[i], y[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
	}
	if i < len(x) && i < len(y) {
		switch op {
		case py.EQ:
			return py.False, nil
		case py.NE:
			return py.True, nil
		}
		return py.RichCompare(t, x[i], y[i], op)
	}
	var r bool
	switch op {
	case py.LT:
		r = len(x) < len(y)
	case py.LE:
		r = len(x) <= len(y)
	case py.EQ:
		r = len(x) == len(y)
	case py.NE:
		r = len(x) != len(y)
	case py.GT:
		r = len(x) > len(y)
	case py.GE:
		r = len(x) >= len(y)
	}
	return py.NewBool(r), nil
}

var strDict = py.NewStr("__dict__")

func dequeReduce(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("__reduce__", args, kwnames); err != nil {
		return nil, err
	}
	d := asDeque(self)
	dict, err := py.LookupAttr(t, self, strDict)
	if err != nil {
		return nil, err
	}
	list := py.NewList(d.items()...)
	var cargs *py.Tuple
	switch {
	case d.maxlen < 0 && dict == nil:
		cargs = py.NewTuple(list)
	case d.maxlen < 0:
		cargs = py.NewTuple(list, py.None)
	default:
		cargs = py.NewTuple(list, py.NewInt(int64(d.maxlen)))
	}
	if dict == nil {
		return py.NewTuple(d.Type(), cargs), nil
	}
	return py.NewTuple(d.Type(), cargs, dict), nil
}

func dequeCopy(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("__copy__", args, kwnames); err != nil {
		return nil, err
	}
	d := asDeque(self)
	if d.maxlen < 0 {
		return py.Call(t, d.Type(), []py.Object{d}, nil)
	}
	return py.Call(t, d.Type(), []py.Object{d, py.NewInt(int64(d.maxlen))}, nil)
}

func dequeSizeOf(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("__sizeof__", args, kwnames); err != nil {
		return nil, err
	}
	return py.NewInt(int64(64 + 8*len(asDeque(self).buf))), nil
}

// dequeIter is an iterator over a deque, either way.
type dequeIter struct {
	d       *Deque
	i       int // items already produced
	n       int // the deque's length when the iterator was made
	state   uint64
	reverse bool
}

func (it *dequeIter) Type() *py.Type {
	if it.reverse {
		return dequeRevIterType
	}
	return dequeIterType
}

func dequeIterNew(t *py.Thread, self py.Object) (py.Object, error) {
	d := asDeque(self)
	return &dequeIter{d: d, state: d.state, n: d.n}, nil
}

func dequeReversed(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("__reversed__", args, kwnames); err != nil {
		return nil, err
	}
	d := asDeque(self)
	return &dequeIter{d: d, state: d.state, n: d.n, reverse: true}, nil
}

func dequeIterNext(t *py.Thread, o py.Object) (py.Object, error) {
	it := o.(*dequeIter)
	d := it.d
	if d == nil {
		return nil, nil
	}
	if d.state != it.state {
		it.i = it.n
		return nil, py.Errorf(py.RuntimeError, "deque mutated during iteration")
	}
	if it.i >= d.n {
		it.d = nil
		return nil, nil
	}
	var x py.Object
	if it.reverse {
		x = *d.at(d.n - 1 - it.i)
	} else {
		x = *d.at(it.i)
	}
	it.i++
	return x, nil
}

func dequeIterLengthHint(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("__length_hint__", args, kwnames); err != nil {
		return nil, err
	}
	it := self.(*dequeIter)
	if it.d == nil {
		return py.NewInt(0), nil
	}
	// As CPython 3.2, a count of the items left at creation: a
	// mutation of the deque does not change it.
	return py.NewInt(int64(it.n - it.i)), nil
}

func selfIter(t *py.Thread, o py.Object) (py.Object, error) { return o, nil }

func init() {
	DequeType.Doc = "deque([iterable[, maxlen]]) --> a sequence that grows and shrinks cheaply at both ends"
	DequeType.New = dequeNew
	DequeType.Init = dequeInit
	DequeType.Repr = dequeRepr
	DequeType.RichCompare = dequeRichCompare
	DequeType.Iter = dequeIterNew
	DequeType.Len = dequeLen
	DequeType.GetItem = dequeGetItem
	DequeType.SetItem = dequeSetItem
	DequeType.IAdd = dequeIAdd
	DequeType.AddMethods(
		py.MethodDef{Name: "append", Fn: dequeAppend},
		py.MethodDef{Name: "appendleft", Fn: dequeAppendLeft},
		py.MethodDef{Name: "clear", Fn: dequeClear},
		py.MethodDef{Name: "__copy__", Fn: dequeCopy},
		py.MethodDef{Name: "count", Fn: dequeCount},
		py.MethodDef{Name: "extend", Fn: dequeExtend},
		py.MethodDef{Name: "extendleft", Fn: dequeExtendLeft},
		py.MethodDef{Name: "pop", Fn: dequePop},
		py.MethodDef{Name: "popleft", Fn: dequePopLeft},
		py.MethodDef{Name: "__reduce__", Fn: dequeReduce},
		py.MethodDef{Name: "remove", Fn: dequeRemove},
		py.MethodDef{Name: "__reversed__", Fn: dequeReversed},
		py.MethodDef{Name: "reverse", Fn: dequeReverse},
		py.MethodDef{Name: "rotate", Fn: dequeRotate},
		py.MethodDef{Name: "__sizeof__", Fn: dequeSizeOf},
	)
	DequeType.AddGetSets(py.GetSetDef{Name: "maxlen", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
		d := asDeque(self)
		if d.maxlen < 0 {
			return py.None, nil
		}
		return py.NewInt(int64(d.maxlen)), nil
	}, Doc: "the most items the deque keeps, or None"})

	for _, typ := range []*py.Type{dequeIterType, dequeRevIterType} {
		typ.Iter = selfIter
		typ.Next = dequeIterNext
		typ.AddMethods(py.MethodDef{Name: "__length_hint__", Fn: dequeIterLengthHint})
	}
}
