package compiler

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/taipan-py/taipan/py"
)

// constTable is the future co_consts: each constant once, in the order
// first used. CPython keys its table by the pair (value, type), so two
// constants are one when they have the same type and compare equal, with
// the zeros of floats and complex numbers told apart by sign. A key
// (constKey) finds the common constants in a map; tuples of other things,
// code objects and frozensets are compared one by one (constEqual).
type constTable struct {
	list  []py.Object
	index map[constKey]int
	slow  []int // indexes of the constants without a key
}

type constKind uint8

const (
	kindNone constKind = iota
	kindEllipsis
	kindBool
	kindInt
	kindBigInt
	kindFloat
	kindComplex
	kindStr
	kindBytes
	kindStrTuple
)

type constKey struct {
	kind constKind
	s    string
	a, b uint64
}

// keyOf returns the key of o, or false for a constant compared one by one.
func keyOf(o py.Object) (constKey, bool) {
	switch v := o.(type) {
	case *py.NoneObject:
		return constKey{kind: kindNone}, true
	case *py.EllipsisObject:
		return constKey{kind: kindEllipsis}, true
	case *py.Int:
		if v.Type() == py.BoolType {
			n, _ := v.Int64()
			return constKey{kind: kindBool, a: uint64(n)}, true
		}
		if v.Type() != py.IntType {
			return constKey{}, false
		}
		if n, ok := v.Int64(); ok {
			return constKey{kind: kindInt, a: uint64(n)}, true
		}
		return constKey{kind: kindBigInt, s: v.Big().String()}, true
	case *py.Float:
		if v.Type() != py.FloatType || math.IsNaN(v.Float64()) {
			return constKey{}, false
		}
		return constKey{kind: kindFloat, a: math.Float64bits(v.Float64())}, true
	case *py.Complex:
		z := v.Complex128()
		if v.Type() != py.ComplexType || math.IsNaN(real(z)) || math.IsNaN(imag(z)) {
			return constKey{}, false
		}
		return constKey{kind: kindComplex, a: math.Float64bits(real(z)), b: math.Float64bits(imag(z))}, true
	case *py.Str:
		if v.Type() != py.StrType {
			return constKey{}, false
		}
		return constKey{kind: kindStr, s: v.String()}, true
	case *py.Bytes:
		if v.Type() != py.BytesType {
			return constKey{}, false
		}
		return constKey{kind: kindBytes, s: v.String()}, true
	case *py.Tuple:
		if v.Type() != py.TupleType {
			return constKey{}, false
		}
		var b strings.Builder
		for _, item := range v.Items {
			s, ok := item.(*py.Str)
			if !ok || s.Type() != py.StrType {
				return constKey{}, false
			}
			b.WriteString(strconv.Itoa(len(s.String())))
			b.WriteByte(':')
			b.WriteString(s.String())
		}
		return constKey{kind: kindStrTuple, s: b.String(), a: uint64(len(v.Items))}, true
	}
	return constKey{}, false
}

// add returns the index of o in the table, adding it if it is new.
func (t *constTable) add(o py.Object) int {
	if k, ok := keyOf(o); ok {
		if i, ok := t.index[k]; ok {
			return i
		}
		if t.index == nil {
			t.index = make(map[constKey]int)
		}
		t.index[k] = len(t.list)
	} else {
		for _, i := range t.slow {
			if sameConst(t.list[i], o) {
				return i
			}
		}
		t.slow = append(t.slow, len(t.list))
	}
	t.list = append(t.list, o)
	return len(t.list) - 1
}

// sameConst reports whether CPython's compiler takes a and b for one
// constant: the same type, equal, and zeros of the same signs.
func sameConst(a, b py.Object) bool {
	if a == b {
		return true
	}
	if a.Type() != b.Type() {
		return false
	}
	switch x := a.(type) {
	case *py.Float:
		y := b.(*py.Float)
		return x.Float64() == y.Float64() && math.Signbit(x.Float64()) == math.Signbit(y.Float64())
	case *py.Complex:
		zx, zy := x.Complex128(), b.(*py.Complex).Complex128()
		return zx == zy && math.Signbit(real(zx)) == math.Signbit(real(zy)) &&
			math.Signbit(imag(zx)) == math.Signbit(imag(zy))
	}
	return constEqual(a, b)
}

// constEqual is Python's == between constants, identity first as
// containers compare their items.
func constEqual(a, b py.Object) bool {
	if a == b {
		return true
	}
	switch x := a.(type) {
	case *py.Int, *py.Float, *py.Complex:
		return numEqual(a, b)
	case *py.Str:
		y, ok := b.(*py.Str)
		return ok && x.String() == y.String()
	case *py.Bytes:
		y, ok := b.(*py.Bytes)
		return ok && x.String() == y.String()
	case *py.Tuple:
		y, ok := b.(*py.Tuple)
		if !ok || len(x.Items) != len(y.Items) {
			return false
		}
		for i := range x.Items {
			if !constEqual(x.Items[i], y.Items[i]) {
				return false
			}
		}
		return true
	case *py.Code:
		y, ok := b.(*py.Code)
		return ok && codeEqual(x, y)
	}
	if fa, ok := frozenSetItems(a); ok {
		fb, ok := frozenSetItems(b)
		if !ok || len(fa) != len(fb) {
			return false
		}
		for _, p := range fa {
			found := false
			for _, q := range fb {
				if constEqual(p, q) {
					found = true
					break
				}
			}
			if !found {
				return false
			}
		}
		return true
	}
	return false
}

// numEqual compares two numbers of the types int, bool, float, complex.
func numEqual(a, b py.Object) bool {
	ra, ia, okA := numParts(a)
	rb, ib, okB := numParts(b)
	if !okA || !okB {
		return false
	}
	if ia != nil || ib != nil {
		// A complex equals a number whose imaginary part it matches.
		return cmpReal(ra, rb) && cmpReal(orZero(ia), orZero(ib))
	}
	return cmpReal(ra, rb)
}

func orZero(o py.Object) py.Object {
	if o == nil {
		return py.NewFloat(0)
	}
	return o
}

// numParts splits a number into its real part (an *Int or *Float) and its
// imaginary part (nil unless complex).
func numParts(o py.Object) (re, im py.Object, ok bool) {
	switch v := o.(type) {
	case *py.Int:
		return v, nil, true
	case *py.Float:
		return v, nil, true
	case *py.Complex:
		z := v.Complex128()
		return py.NewFloat(real(z)), py.NewFloat(imag(z)), true
	}
	return nil, nil, false
}

// cmpReal compares two ints or floats exactly, as Python does.
func cmpReal(a, b py.Object) bool {
	ai, aInt := a.(*py.Int)
	bi, bInt := b.(*py.Int)
	switch {
	case aInt && bInt:
		x, okx := ai.Int64()
		y, oky := bi.Int64()
		if okx && oky {
			return x == y
		}
		return ai.Big().Cmp(bi.Big()) == 0
	case !aInt && !bInt:
		return a.(*py.Float).Float64() == b.(*py.Float).Float64()
	}
	if aInt {
		a, b = b, a
		bi = ai
	}
	f := a.(*py.Float).Float64()
	if math.IsNaN(f) || math.IsInf(f, 0) || f != math.Trunc(f) {
		return false
	}
	bf, _ := new(big.Float).SetFloat64(f).Int(nil)
	return bf.Cmp(bi.Big()) == 0
}

// codeEqual compares code objects as CPython 3.2's code_richcompare does
// (the line table is not compared).
func codeEqual(a, b *py.Code) bool {
	if a.Name != b.Name || a.ArgCount != b.ArgCount || a.KwOnlyArgCount != b.KwOnlyArgCount ||
		a.NLocals != b.NLocals || a.Flags != b.Flags || a.FirstLineNo != b.FirstLineNo ||
		len(a.Code) != len(b.Code) || len(a.Consts) != len(b.Consts) {
		return false
	}
	for i := range a.Code {
		if a.Code[i] != b.Code[i] {
			return false
		}
	}
	for i := range a.Consts {
		if !constEqual(a.Consts[i], b.Consts[i]) {
			return false
		}
	}
	return strsEqual(a.Names, b.Names) && strsEqual(a.VarNames, b.VarNames) &&
		strsEqual(a.FreeVars, b.FreeVars) && strsEqual(a.CellVars, b.CellVars)
}

func strsEqual(a, b []*py.Str) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].String() != b[i].String() {
			return false
		}
	}
	return true
}
