package py

import (
	"bufio"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/parser"
)

// The text types are tested against CPython 3.2 with expressions: each
// line of testdata/text_exprs.golden holds a Python expression and what
// 3.2 gives for it (the repr of its value, or "ExcType: message"), made by
// testdata/text_exprs_gen.py from text_exprs.txt. A small evaluator below
// runs the expressions through the object model's abstract operations, so
// these tests need no compiler.

// textEval evaluates a test expression.
func textEval(t *Thread, e ast.Expr) (Object, error) {
	switch e := e.(type) {
	case *ast.Str:
		return NewStr(e.S), nil
	case *ast.Bytes:
		return NewBytes(e.S), nil
	case *ast.Num:
		switch n := e.N.(type) {
		case int64:
			return NewInt(n), nil
		case *big.Int:
			return NewBigInt(n), nil
		case float64:
			return NewFloat(n), nil
		case complex128:
			return NewComplex(n), nil
		}
		return nil, fmt.Errorf("number %T", e.N)
	case *ast.Name:
		if v, ok := textNames[e.Id]; ok {
			return v, nil
		}
		return nil, fmt.Errorf("name %s", e.Id)
	case *ast.Tuple:
		items, err := textEvalList(t, e.Elts)
		if err != nil {
			return nil, err
		}
		return NewTuple(items...), nil
	case *ast.List:
		items, err := textEvalList(t, e.Elts)
		if err != nil {
			return nil, err
		}
		return NewList(items...), nil
	case *ast.Dict:
		d := NewDict()
		for i := range e.Keys {
			k, err := textEval(t, e.Keys[i])
			if err != nil {
				return nil, err
			}
			v, err := textEval(t, e.Values[i])
			if err != nil {
				return nil, err
			}
			if err := d.SetItem(t, k, v); err != nil {
				return nil, err
			}
		}
		return d, nil
	case *ast.UnaryOp:
		v, err := textEval(t, e.Operand)
		if err != nil {
			return nil, err
		}
		if e.Op == ast.USub {
			if i, ok := v.(*Int); ok {
				return IntNeg(i), nil
			}
			if f, ok := v.(*Float); ok {
				return NewFloat(-f.v), nil
			}
		}
		return nil, fmt.Errorf("unary %v", e.Op)
	case *ast.BinOp:
		a, err := textEval(t, e.Left)
		if err != nil {
			return nil, err
		}
		b, err := textEval(t, e.Right)
		if err != nil {
			return nil, err
		}
		switch e.Op {
		case ast.Add:
			return BinaryOp(t, a, b, SlotAdd, "+")
		case ast.Mult:
			return BinaryOp(t, a, b, SlotMul, "*")
		case ast.Mod:
			return BinaryOp(t, a, b, SlotMod, "%")
		case ast.Pow:
			return BinaryOp(t, a, b, func(typ *Type) BinaryFunc {
				if typ.Pow == nil {
					return nil
				}
				return func(t *Thread, a, b Object) (Object, error) { return typ.Pow(t, a, b, None) }
			}, "**")
		}
		return nil, fmt.Errorf("binop %v", e.Op)
	case *ast.Compare:
		a, err := textEval(t, e.Left)
		if err != nil {
			return nil, err
		}
		b, err := textEval(t, e.Comparators[0])
		if err != nil {
			return nil, err
		}
		switch e.Ops[0] {
		case ast.In:
			r, err := Contains(t, b, a)
			return NewBool(r), err
		case ast.NotIn:
			r, err := Contains(t, b, a)
			return NewBool(!r), err
		case ast.Eq:
			return RichCompare(t, a, b, EQ)
		case ast.NotEq:
			return RichCompare(t, a, b, NE)
		case ast.Lt:
			return RichCompare(t, a, b, LT)
		case ast.LtE:
			return RichCompare(t, a, b, LE)
		case ast.Gt:
			return RichCompare(t, a, b, GT)
		case ast.GtE:
			return RichCompare(t, a, b, GE)
		}
		return nil, fmt.Errorf("compare %v", e.Ops[0])
	case *ast.Subscript:
		v, err := textEval(t, e.Value)
		if err != nil {
			return nil, err
		}
		var key Object
		switch s := e.Slice.(type) {
		case *ast.Index:
			if key, err = textEval(t, s.Value); err != nil {
				return nil, err
			}
		case *ast.Slice:
			var bounds [3]Object
			for i, x := range []ast.Expr{s.Lower, s.Upper, s.Step} {
				if x != nil {
					if bounds[i], err = textEval(t, x); err != nil {
						return nil, err
					}
				}
			}
			key = NewSlice(bounds[0], bounds[1], bounds[2])
		default:
			return nil, fmt.Errorf("slice %T", e.Slice)
		}
		return GetItem(t, v, key)
	case *ast.Attribute:
		v, err := textEval(t, e.Value)
		if err != nil {
			return nil, err
		}
		return GetAttr(t, v, NewStr(e.Attr))
	case *ast.Call:
		fn, err := textEval(t, e.Func)
		if err != nil {
			return nil, err
		}
		args, err := textEvalList(t, e.Args)
		if err != nil {
			return nil, err
		}
		var kwnames *Tuple
		if len(e.Keywords) > 0 {
			names := make([]Object, len(e.Keywords))
			for i, kw := range e.Keywords {
				names[i] = NewStr(kw.Arg)
				v, err := textEval(t, kw.Value)
				if err != nil {
					return nil, err
				}
				args = append(args, v)
			}
			kwnames = NewTuple(names...)
		}
		if e.Starargs != nil {
			v, err := textEval(t, e.Starargs)
			if err != nil {
				return nil, err
			}
			args = append(args, v.(*Tuple).Items...)
		}
		return Call(t, fn, args, kwnames)
	}
	return nil, fmt.Errorf("expression %T", e)
}

// textEvalSafe is textEval turning a Go panic into an error.
func textEvalSafe(t *Thread, e ast.Expr) (v Object, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	return textEval(t, e)
}

func textEvalList(t *Thread, es []ast.Expr) ([]Object, error) {
	out := make([]Object, len(es))
	for i, e := range es {
		v, err := textEval(t, e)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// textBuiltin makes a builtin-like function for the test evaluator.
func textBuiltin(name string, fn func(t *Thread, args []Object) (Object, error)) Object {
	return NewBuiltinFunction(name, func(t *Thread, args []Object, kwnames *Tuple) (Object, error) {
		return fn(t, args)
	}, "")
}

var textNames map[string]Object

func init() {
	textNames = map[string]Object{
		"None": None, "True": True, "False": False,
		"str": StrType, "bytes": BytesType, "bytearray": ByteArrayType,
		"int": IntType, "float": FloatType, "list": ListType, "tuple": TupleType, "dict": DictType,
		"chr": textBuiltin("chr", func(t *Thread, args []Object) (Object, error) {
			n, err := ArgLong(t, args[0])
			if err != nil {
				return nil, err
			}
			return Chr(n)
		}),
		"ord":   textBuiltin("ord", func(t *Thread, args []Object) (Object, error) { return Ord(args[0]) }),
		"repr":  textBuiltin("repr", func(t *Thread, args []Object) (Object, error) { return Repr(t, args[0]) }),
		"ascii": textBuiltin("ascii", func(t *Thread, args []Object) (Object, error) { return Ascii(t, args[0]) }),
		"len": textBuiltin("len", func(t *Thread, args []Object) (Object, error) {
			n, err := Len(t, args[0])
			return NewInt(int64(n)), err
		}),
		"hash": textBuiltin("hash", func(t *Thread, args []Object) (Object, error) {
			h, err := Hash(t, args[0])
			return NewInt(h), err
		}),
		"format": textBuiltin("format", func(t *Thread, args []Object) (Object, error) {
			var spec *Str
			if len(args) > 1 {
				spec = args[1].(*Str)
			}
			return Format(t, args[0], spec)
		}),
		"iterlist": textBuiltin("iterlist", func(t *Thread, args []Object) (Object, error) {
			it, err := Iter(t, args[0])
			if err != nil {
				return nil, err
			}
			return textList(t, it)
		}),
		"formatter_parser": textBuiltin("formatter_parser", func(t *Thread, args []Object) (Object, error) {
			return textList(t, FormatterParser(args[0].(*Str)))
		}),
		"field_name_split": textBuiltin("field_name_split", func(t *Thread, args []Object) (Object, error) {
			first, rest, err := FormatterFieldNameSplit(args[0].(*Str))
			if err != nil {
				return nil, err
			}
			l, err := textList(t, rest)
			if err != nil {
				return nil, err
			}
			return NewTuple(first, l), nil
		}),
	}
}

// textList collects what an iterator yields.
func textList(t *Thread, it Object) (Object, error) {
	var items []Object
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return NewList(items...), nil
		}
		items = append(items, x)
	}
}

// textResult formats what an expression gave as the golden file shows it.
func textResult(t *Thread, v Object, err error) string {
	if err != nil {
		e, ok := err.(*BaseException)
		if !ok {
			return "GoError: " + err.Error()
		}
		msg := ""
		if e.Args != nil && len(e.Args.Items) > 0 {
			if s, err := StrOf(t, e); err == nil {
				msg = s.s
			} else {
				msg = "<unprintable>"
			}
		}
		return e.Type().Name + ": " + msg
	}
	r, err := Repr(t, v)
	if err != nil {
		return "repr failed: " + err.Error()
	}
	return r.s
}

func TestTextExprs(t *testing.T) {
	f, err := os.Open("testdata/text_exprs.golden")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	th := testThread()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		expr, want, ok := strings.Cut(text, "\t=> ")
		if !ok {
			continue
		}
		want = strings.NewReplacer(`\\`, `\`, `\t`, "\t", `\n`, "\n").Replace(want)
		mod, err := parser.ParseString("<test>", expr, parser.EvalMode)
		if err != nil {
			t.Errorf("line %d: %s: %v", line, expr, err)
			continue
		}
		v, err := textEvalSafe(th, mod.(*ast.Expression).Body)
		if err != nil {
			if _, ok := err.(*BaseException); !ok {
				t.Errorf("line %d: %s: %v", line, expr, err)
				continue
			}
		}
		if got := textResult(th, v, err); got != want {
			t.Errorf("line %d: %s\n got: %s\nwant: %s", line, expr, got, want)
		}
	}
}

// textCallMethod calls a method of a built-in text type by name.
func textCallMethod(b *testing.B, t *Thread, recv Object, name string, args ...Object) Object {
	m, err := GetAttr(t, recv, NewStr(name))
	if err != nil {
		b.Fatal(err)
	}
	r, err := Call(t, m, args, nil)
	if err != nil {
		b.Fatal(err)
	}
	return r
}

func BenchmarkStrFormat(b *testing.B) {
	th := testThread()
	f := NewStr("{0:>8}|{1:<4}|{n:03d}")
	meth, err := GetAttr(th, f, NewStr("format"))
	if err != nil {
		b.Fatal(err)
	}
	kw := NewTuple(NewStr("n"))
	args := []Object{NewStr("kalomi"), NewInt(3), NewInt(6)}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Call(th, meth, args, kw); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStrPercent(b *testing.B) {
	th := testThread()
	f := NewStr("%s=%d;")
	args := NewTuple(NewStr("kalomi"), NewInt(3))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := strPercentFormat(th, f, args); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStrSplitJoin(b *testing.B) {
	th := testThread()
	line := NewStr(strings.Repeat("kalo mizen quater ", 12))
	sep := NewStr(" ")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		words := textCallMethod(b, th, line, "split")
		textCallMethod(b, th, sep, "join", words)
	}
}

func BenchmarkStrIndexNonASCII(b *testing.B) {
	s := NewStr(strings.Repeat("é", 10000))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = s.at(i % 10000)
	}
}
