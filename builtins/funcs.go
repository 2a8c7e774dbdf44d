package builtins

import (
	"math/big"
	"strings"
	"unsafe"

	"github.com/taipan-py/taipan/py"
)

// functions are the built-in functions, in CPython's order.
var functions = []py.MethodDef{
	{Name: "__build_class__", Fn: py.BuildClass},
	{Name: "__import__", Fn: importFunc},
	{Name: "abs", Fn: abs},
	{Name: "all", Fn: all},
	{Name: "any", Fn: any},
	{Name: "ascii", Fn: ascii},
	{Name: "bin", Fn: bin},
	{Name: "callable", Fn: callable},
	{Name: "chr", Fn: chr},
	{Name: "compile", Fn: compile},
	{Name: "delattr", Fn: delattr},
	{Name: "dir", Fn: dir},
	{Name: "divmod", Fn: divmod},
	{Name: "eval", Fn: eval},
	{Name: "exec", Fn: exec},
	{Name: "format", Fn: format},
	{Name: "getattr", Fn: getattr},
	{Name: "globals", Fn: globals},
	{Name: "hasattr", Fn: hasattr},
	{Name: "hash", Fn: hash},
	{Name: "hex", Fn: hex},
	{Name: "id", Fn: id},
	{Name: "input", Fn: input},
	{Name: "isinstance", Fn: isinstance},
	{Name: "issubclass", Fn: issubclass},
	{Name: "iter", Fn: iter},
	{Name: "len", Fn: length},
	{Name: "locals", Fn: locals},
	{Name: "max", Fn: max},
	{Name: "min", Fn: min},
	{Name: "next", Fn: next},
	{Name: "oct", Fn: oct},
	{Name: "open", Fn: open},
	{Name: "ord", Fn: ord},
	{Name: "pow", Fn: pow},
	{Name: "print", Fn: print},
	{Name: "repr", Fn: repr},
	{Name: "round", Fn: round},
	{Name: "setattr", Fn: setattr},
	{Name: "sorted", Fn: sorted},
	{Name: "sum", Fn: sum},
	{Name: "vars", Fn: vars},
}

var (
	strRound  = py.NewStr("__round__")
	strFormat = py.NewStr("__format__")
	strDict   = py.NewStr("__dict__")
	strSort   = py.NewStr("sort")
)

func abs(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	x, err := py.OneArg("abs", args, kwnames)
	if err != nil {
		return nil, err
	}
	if i, ok := x.(*py.Int); ok && i.Type() == py.IntType {
		if v, ok := i.Int64(); ok && v >= 0 {
			return i, nil
		}
	}
	typ := x.Type()
	if typ.Abs == nil {
		return nil, py.Errorf(py.TypeError, "bad operand type for abs(): '%s'", typ.Name)
	}
	return typ.Abs(t, x)
}

func all(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	x, err := py.OneArg("all", args, kwnames)
	if err != nil {
		return nil, err
	}
	it, err := py.Iter(t, x)
	if err != nil {
		return nil, err
	}
	next := it.Type().Next
	for {
		item, err := nextItem(t, next, it)
		if err != nil {
			return nil, err
		}
		if item == nil {
			return py.True, nil
		}
		ok, err := py.IsTrue(t, item)
		if err != nil {
			return nil, err
		}
		if !ok {
			return py.False, nil
		}
	}
}

func any(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	x, err := py.OneArg("any", args, kwnames)
	if err != nil {
		return nil, err
	}
	it, err := py.Iter(t, x)
	if err != nil {
		return nil, err
	}
	next := it.Type().Next
	for {
		item, err := nextItem(t, next, it)
		if err != nil {
			return nil, err
		}
		if item == nil {
			return py.False, nil
		}
		ok, err := py.IsTrue(t, item)
		if err != nil {
			return nil, err
		}
		if ok {
			return py.True, nil
		}
	}
}

func ascii(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	x, err := py.OneArg("ascii", args, kwnames)
	if err != nil {
		return nil, err
	}
	r, err := py.Repr(t, x)
	if err != nil {
		return nil, err
	}
	return py.NewStr(asciiEscape(r.String())), nil
}

// asciiEscape replaces each non-ASCII code point of s (Python text in
// generalised UTF-8) by its \x, \u or \U escape, as the
// backslashreplace error handler writes it.
func asciiEscape(s string) string {
	i := 0
	for i < len(s) && s[i] < 0x80 {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	const hexdigits = "0123456789abcdef"
	for i < len(s) {
		c := s[i]
		if c < 0x80 {
			b.WriteByte(c)
			i++
			continue
		}
		r, size := decodeRune(s, i)
		i += size
		switch {
		case r <= 0xff:
			b.WriteString("\\x")
			b.WriteByte(hexdigits[r>>4])
			b.WriteByte(hexdigits[r&15])
		case r <= 0xffff:
			b.WriteString("\\u")
			for shift := 12; shift >= 0; shift -= 4 {
				b.WriteByte(hexdigits[(r>>uint(shift))&15])
			}
		default:
			b.WriteString("\\U")
			for shift := 28; shift >= 0; shift -= 4 {
				b.WriteByte(hexdigits[(r>>uint(shift))&15])
			}
		}
	}
	return b.String()
}

// decodeRune decodes the code point at s[i] of generalised UTF-8 (where a
// lone surrogate is an ordinary three-byte sequence).
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	switch {
	case c < 0x80:
		return rune(c), 1
	case c < 0xE0 && i+1 < len(s):
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	case c < 0xF0 && i+2 < len(s):
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	case i+3 < len(s):
		return rune(c&0x07)<<18 | rune(s[i+1]&0x3F)<<12 | rune(s[i+2]&0x3F)<<6 | rune(s[i+3]&0x3F), 4
	}
	return rune(c), 1
}

func bin(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return toBase(t, "bin", args, kwnames, 2)
}

func oct(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return toBase(t, "oct", args, kwnames, 8)
}

func hex(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return toBase(t, "hex", args, kwnames, 16)
}

// toBase is bin, oct and hex: the integer (through __index__) written in
// base with its prefix, "-0x1f".
func toBase(t *py.Thread, fname string, args []py.Object, kwnames *py.Tuple, base int) (py.Object, error) {
	x, err := py.OneArg(fname, args, kwnames)
	if err != nil {
		return nil, err
	}
	i, err := index(t, x)
	if err != nil {
		return nil, err
	}
	var digits string
	neg := false
	if v, ok := i.Int64(); ok {
		u := uint64(v)
		if v < 0 {
			neg = true
			u = uint64(-v)
		}
		digits = formatUint(u, base)
	} else {
		b := i.Big()
		neg = b.Sign() < 0
		digits = new(big.Int).Abs(b).Text(base)
	}
	prefix := map[int]string{2: "0b", 8: "0o", 16: "0x"}[base]
	if neg {
		prefix = "-" + prefix
	}
	return py.NewStr(prefix + digits), nil
}

func formatUint(u uint64, base int) string {
	if u == 0 {
		return "0"
	}
	var buf [64]byte
	n := len(buf)
	for u > 0 {
		n--
		buf[n] = "0123456789abcdef"[u%uint64(base)]
		u /= uint64(base)
	}
	return string(buf[n:])
}

// index is operator.index(o) (PyNumber_Index): an int itself, else the
// result of __index__.
func index(t *py.Thread, o py.Object) (*py.Int, error) {
	if i, ok := o.(*py.Int); ok {
		return i, nil
	}
	typ := o.Type()
	if typ.Index == nil {
		return nil, py.Errorf(py.TypeError, "'%s' object cannot be interpreted as an integer", typ.Name)
	}
	r, err := typ.Index(t, o)
	if err != nil {
		return nil, err
	}
	i, ok := r.(*py.Int)
	if !ok {
		return nil, py.Errorf(py.TypeError, "__index__ returned non-int (type %s)", r.Type().Name)
	}
	return i, nil
}

func callable(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	x, err := py.OneArg("callable", args, kwnames)
	if err != nil {
		return nil, err
	}
	return py.NewBool(x.Type().Call != nil), nil
}

func chr(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var x py.Object
	if err := py.ParseTuple("chr", args, kwnames, 1, 1, &x); err != nil {
		return nil, err
	}
	i, err := py.ArgInt(t, x)
	if err != nil {
		return nil, err
	}
	return py.Chr(int64(i))
}

func delattr(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o, name py.Object
	if err := py.UnpackArgs("delattr", args, kwnames, 2, 2, &o, &name); err != nil {
		return nil, err
	}
	s, ok := name.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "attribute name must be string, not '%s'", name.Type().Name)
	}
	if err := py.SetAttr(t, o, s, nil); err != nil {
		return nil, err
	}
	return py.None, nil
}

func setattr(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o, name, value py.Object
	if err := py.UnpackArgs("setattr", args, kwnames, 3, 3, &o, &name, &value); err != nil {
		return nil, err
	}
	s, ok := name.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "attribute name must be string, not '%s'", name.Type().Name)
	}
	if err := py.SetAttr(t, o, s, value); err != nil {
		return nil, err
	}
	return py.None, nil
}

func getattr(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o, name, dflt py.Object
	if err := py.UnpackArgs("getattr", args, kwnames, 2, 3, &o, &name, &dflt); err != nil {
		return nil, err
	}
	s, ok := name.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "getattr(): attribute name must be string")
	}
	if dflt == nil {
		return py.GetAttr(t, o, s)
	}
	v, err := py.LookupAttr(t, o, s)
	if v == nil && err == nil {
		return dflt, nil
	}
	return v, err
}

func hasattr(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o, name py.Object
	if err := py.UnpackArgs("hasattr", args, kwnames, 2, 2, &o, &name); err != nil {
		return nil, err
	}
	s, ok := name.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "hasattr(): attribute name must be string")
	}
	v, err := py.LookupAttr(t, o, s)
	if err != nil {
		return nil, err
	}
	return py.NewBool(v != nil), nil
}

func divmod(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, b py.Object
	if err := py.UnpackArgs("divmod", args, kwnames, 2, 2, &a, &b); err != nil {
		return nil, err
	}
	return py.BinaryOp(t, a, b, py.SlotDivmod, "divmod()")
}

func format(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var value, spec py.Object
	if err := py.ParseTuple("format", args, kwnames, 1, 2, &value, &spec); err != nil {
		return nil, err
	}
	if spec == nil {
		spec = py.NewStr("")
	} else if _, ok := spec.(*py.Str); !ok {
		return nil, py.Errorf(py.TypeError, "must be str, not %s", typeName(spec))
	}
	return formatObject(t, value, spec.(*py.Str))
}

// formatObject is format(value, spec) (PyObject_Format): the __format__
// of value's type, which must return a str.
func formatObject(t *py.Thread, value py.Object, spec *py.Str) (py.Object, error) {
	meth, err := lookupSpecial(t, value, strFormat)
	if err != nil {
		return nil, err
	}
	if meth == nil {
		return nil, py.Errorf(py.TypeError, "Type %s doesn't define __format__", value.Type().Name)
	}
	r, err := py.Call(t, meth, []py.Object{spec}, nil)
	if err != nil {
		return nil, err
	}
	if _, ok := r.(*py.Str); !ok {
		return nil, py.Errorf(py.TypeError, "__format__ method did not return string")
	}
	return r, nil
}

// lookupSpecial finds a special method on o's type and binds it to o
// (CPython's _PyObject_LookupSpecial); nil when the type has none.
func lookupSpecial(t *py.Thread, o py.Object, name *py.Str) (py.Object, error) {
	typ := o.Type()
	f := typ.Lookup(name)
	if f == nil {
		return nil, nil
	}
	if get := f.Type().DescrGet; get != nil {
		return get(t, f, o, typ)
	}
	return f, nil
}

func hash(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	x, err := py.OneArg("hash", args, kwnames)
	if err != nil {
		return nil, err
	}
	h, err := py.Hash(t, x)
	if err != nil {
		return nil, err
	}
	return py.NewInt(h), nil
}

// The singletons are zero-sized, and Go may give every zero-sized value
// one address: their ids are set apart by hand.
var singletonIDs = map[py.Object]int64{}

func id(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	x, err := py.OneArg("id", args, kwnames)
	if err != nil {
		return nil, err
	}
	return py.NewInt(objectID(x)), nil
}

// objectID is id(o): the address of the value o points to, which does
// not change while o lives (Go's collector does not move objects).
func objectID(o py.Object) int64 {
	switch o {
	case py.None:
		return int64(uintptr(unsafe.Pointer(&singletonIDs))) + 8
	case py.NotImplemented:
		return int64(uintptr(unsafe.Pointer(&singletonIDs))) + 16
	case py.Ellipsis:
		return int64(uintptr(unsafe.Pointer(&singletonIDs))) + 24
	}
	type iface struct {
		typ, data unsafe.Pointer
	}
	return int64(uintptr((*iface)(unsafe.Pointer(&o)).data))
}

func isinstance(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o, cls py.Object
	if err := py.UnpackArgs("isinstance", args, kwnames, 2, 2, &o, &cls); err != nil {
		return nil, err
	}
	ok, err := py.IsInstanceOf(t, o, cls)
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

func issubclass(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var derived, cls py.Object
	if err := py.UnpackArgs("issubclass", args, kwnames, 2, 2, &derived, &cls); err != nil {
		return nil, err
	}
	ok, err := py.IsSubclassOf(t, derived, cls)
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

func iter(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var v, sentinel py.Object
	if err := py.UnpackArgs("iter", args, kwnames, 1, 2, &v, &sentinel); err != nil {
		return nil, err
	}
	if sentinel == nil {
		return py.Iter(t, v)
	}
	if v.Type().Call == nil {
		return nil, py.Errorf(py.TypeError, "iter(v, w): v must be callable")
	}
	return &callIter{fn: v, sentinel: sentinel}, nil
}

func length(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	x, err := py.OneArg("len", args, kwnames)
	if err != nil {
		return nil, err
	}
	n, err := py.Len(t, x)
	if err != nil {
		return nil, err
	}
	return py.NewInt(int64(n)), nil
}

func min(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return minMax(t, args, kwnames, py.LT, "min")
}

func max(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return minMax(t, args, kwnames, py.GT, "max")
}

// minMax is min and max: the extreme item of one iterable argument or of
// several arguments, compared by key(item) when key= is given; the first
// of equal items wins.
func minMax(t *py.Thread, args []py.Object, kwnames *py.Tuple, op py.CompareOp, name string) (py.Object, error) {
	pos, kw := py.SplitArgs(args, kwnames)
	var key py.Object
	if len(kw) > 0 {
		if len(kw) != 1 || kwnames.Items[0].(*py.Str).String() != "key" {
			return nil, py.Errorf(py.TypeError, "%s() got an unexpected keyword argument", name)
		}
		key = kw[0]
	}
	var seq py.Object
	var items []py.Object
	if len(pos) > 1 {
		items = pos
	} else {
		if err := py.UnpackArgs(name, pos, nil, 1, 1, &seq); err != nil {
			return nil, err
		}
	}
	var best, bestVal py.Object
	consider := func(item py.Object) error {
		val := item
		if key != nil {
			v, err := py.Call(t, key, []py.Object{item}, nil)
			if err != nil {
				return err
			}
			val = v
		}
		if bestVal == nil {
			best, bestVal = item, val
			return nil
		}
		better, err := compareBool(t, val, bestVal, op)
		if err != nil {
			return err
		}
		if better {
			best, bestVal = item, val
		}
		return nil
	}
	if seq == nil {
		for _, item := range items {
			if err := consider(item); err != nil {
				return nil, err
			}
		}
	} else {
		it, err := py.Iter(t, seq)
		if err != nil {
			return nil, err
		}
		next := it.Type().Next
		for {
			item, err := nextItem(t, next, it)
			if err != nil {
				return nil, err
			}
			if item == nil {
				break
			}
			if err := consider(item); err != nil {
				return nil, err
			}
		}
	}
	if bestVal == nil {
		return nil, py.Errorf(py.ValueError, "%s() arg is an empty sequence", name)
	}
	return best, nil
}

// compareBool is PyObject_RichCompareBool without the identity shortcut
// (which only applies to == and !=).
func compareBool(t *py.Thread, a, b py.Object, op py.CompareOp) (bool, error) {
	if x, ok := a.(*py.Int); ok && x.Type() == py.IntType {
		if y, ok := b.(*py.Int); ok && y.Type() == py.IntType {
			if xv, ok := x.Int64(); ok {
				if yv, ok := y.Int64(); ok {
					if op == py.LT {
						return xv < yv, nil
					}
					return xv > yv, nil
				}
			}
		}
	}
	r, err := py.RichCompare(t, a, b, op)
	if err != nil {
		return false, err
	}
	if r == py.True {
		return true, nil
	}
	if r == py.False {
		return false, nil
	}
	return py.IsTrue(t, r)
}

func next(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var it, dflt py.Object
	if err := py.UnpackArgs("next", args, kwnames, 1, 2, &it, &dflt); err != nil {
		return nil, err
	}
	nextFn := it.Type().Next
	if nextFn == nil {
		return nil, py.Errorf(py.TypeError, "%s object is not an iterator", it.Type().Name)
	}
	t.StopIteration = nil
	v, err := nextFn(t, it)
	if err != nil {
		if dflt != nil && py.ErrorMatches(err, py.StopIteration) {
			return dflt, nil
		}
		return nil, err
	}
	if v == nil {
		if dflt != nil {
			return dflt, nil
		}
		if e := t.StopIteration; e != nil {
			// A __next__ written in Python raised it: let it through as is.
			t.StopIteration = nil
			return nil, e
		}
		return nil, py.NewException(py.StopIteration)
	}
	return v, nil
}

func ord(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	x, err := py.OneArg("ord", args, kwnames)
	if err != nil {
		return nil, err
	}
	return py.Ord(x)
}

func pow(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, b py.Object
	var c py.Object = py.None
	if err := py.UnpackArgs("pow", args, kwnames, 2, 3, &a, &b, &c); err != nil {
		return nil, err
	}
	return power(t, a, b, c)
}

func repr(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	x, err := py.OneArg("repr", args, kwnames)
	if err != nil {
		return nil, err
	}
	return py.Repr(t, x)
}

var roundKwlist = []string{"number", "ndigits"}

func round(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var number, ndigits py.Object
	if err := py.ParseArgs("round", args, kwnames, roundKwlist, 1, &number, &ndigits); err != nil {
		return nil, err
	}
	typ := number.Type()
	meth := typ.Lookup(strRound)
	if meth == nil {
		return nil, py.Errorf(py.TypeError, "type %s doesn't define __round__ method", typ.Name)
	}
	if ndigits == nil {
		return py.Call(t, meth, []py.Object{number}, nil)
	}
	return py.Call(t, meth, []py.Object{number, ndigits}, nil)
}

var sortedKwlist = []string{"iterable", "key", "reverse"}

func sorted(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var seq, key, reverse py.Object
	if err := py.ParseArgs("sorted", args, kwnames, sortedKwlist, 1, &seq, &key, &reverse); err != nil {
		return nil, err
	}
	if reverse != nil {
		if _, err := py.ArgInt(t, reverse); err != nil {
			return nil, err
		}
	}
	l, err := listOf(t, seq)
	if err != nil {
		return nil, err
	}
	sort, err := py.GetAttr(t, l, strSort)
	if err != nil {
		return nil, err
	}
	// The arguments after the iterable go to list.sort as they came (an
	// iterable given by keyword goes too, and list.sort refuses it, as in
	// CPython).
	rest := args
	if py.NumPos(args, kwnames) > 0 {
		rest = args[1:]
	}
	if _, err := py.Call(t, sort, rest, kwnames); err != nil {
		return nil, err
	}
	return l, nil
}

// listOf is list(o) as a new list.
func listOf(t *py.Thread, o py.Object) (*py.List, error) {
	switch v := o.(type) {
	case *py.List:
		if v.Type() == py.ListType {
			return py.NewList(append([]py.Object(nil), v.Items...)...), nil
		}
	case *py.Tuple:
		if v.Type() == py.TupleType {
			return py.NewList(append([]py.Object(nil), v.Items...)...), nil
		}
	}
	it, err := py.Iter(t, o)
	if err != nil {
		return nil, err
	}
	var items []py.Object
	next := it.Type().Next
	for {
		x, err := nextItem(t, next, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return py.NewList(items...), nil
		}
		items = append(items, x)
	}
}

func sum(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var seq, result py.Object
	if err := py.UnpackArgs("sum", args, kwnames, 1, 2, &seq, &result); err != nil {
		return nil, err
	}
	it, err := py.Iter(t, seq)
	if err != nil {
		return nil, err
	}
	if result == nil {
		result = py.NewInt(0)
	} else {
		switch result.(type) {
		case *py.Str:
			return nil, py.Errorf(py.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
		case *py.ByteArray:
			return nil, py.Errorf(py.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
		}
	}
	next := it.Type().Next
	var item py.Object
	// Exact ints are summed in an int64 while they fit.
	if r, ok := result.(*py.Int); ok && r.Type() == py.IntType {
		if acc, ok := r.Int64(); ok {
			for {
				item, err = nextItem(t, next, it)
				if err != nil {
					return nil, err
				}
				if item == nil {
					return py.NewInt(acc), nil
				}
				if x, ok := item.(*py.Int); ok && x.Type() == py.IntType {
					if b, ok := x.Int64(); ok {
						s := acc + b
						if (s^acc) >= 0 || (s^b) >= 0 {
							acc = s
							continue
						}
					}
				}
				break
			}
			result, err = py.BinaryOp(t, py.NewInt(acc), item, py.SlotAdd, "+")
			if err != nil {
				return nil, err
			}
		}
	}
	// Exact floats (and small ints added to them) in a float64.
	if r, ok := result.(*py.Float); ok && r.Type() == py.FloatType {
		acc := r.Float64()
		for {
			item, err = nextItem(t, next, it)
			if err != nil {
				return nil, err
			}
			if item == nil {
				return py.NewFloat(acc), nil
			}
			if x, ok := item.(*py.Float); ok && x.Type() == py.FloatType {
				acc += x.Float64()
				continue
			}
			if x, ok := item.(*py.Int); ok && x.Type() == py.IntType {
				if b, ok := x.Int64(); ok {
					acc += float64(b)
					continue
				}
			}
			break
		}
		result, err = py.BinaryOp(t, py.NewFloat(acc), item, py.SlotAdd, "+")
		if err != nil {
			return nil, err
		}
	}
	for {
		item, err = nextItem(t, next, it)
		if err != nil {
			return nil, err
		}
		if item == nil {
			return result, nil
		}
		result, err = py.BinaryOp(t, result, item, py.SlotAdd, "+")
		if err != nil {
			return nil, err
		}
	}
}

func vars(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o py.Object
	if err := py.UnpackArgs("vars", args, kwnames, 0, 1, &o); err != nil {
		return nil, err
	}
	if o == nil {
		return currentLocals(t)
	}
	d, err := py.GetAttr(t, o, strDict)
	if err != nil {
		return nil, py.Errorf(py.TypeError, "vars() argument must have __dict__ attribute")
	}
	return d, nil
}

func globals(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("globals", args, kwnames); err != nil {
		return nil, err
	}
	if t.Frame == nil {
		return py.None, nil
	}
	return t.Frame.Globals, nil
}

func locals(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("locals", args, kwnames); err != nil {
		return nil, err
	}
	return currentLocals(t)
}

// currentLocals is locals() of the running frame.
func currentLocals(t *py.Thread) (py.Object, error) {
	if t.Frame == nil {
		return nil, py.Errorf(py.SystemError, "vars(): no locals!?")
	}
	return t.Frame.LocalsMapping(t)
}

// nextItem calls the Next slot of iterator it, for loops that run it to
// its end: a StopIteration the slot raises also ends the iteration
// (CPython's PyIter_Next clears it).
func nextItem(t *py.Thread, next py.UnaryFunc, it py.Object) (py.Object, error) {
	v, err := next(t, it)
	if err != nil && py.ErrorMatches(err, py.StopIteration) {
		return nil, nil
	}
	return v, err
}
