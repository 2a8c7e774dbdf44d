package ast

import (
	"math/big"
	"strings"
	"testing"
)

// The expected strings are the output of CPython 3.2.6's
// ast.dump(ast.parse(src)) and ast.dump(..., include_attributes=True) for
// the source quoted in each case; the trees are built by hand.

func at(line, col int) Loc { return Loc{Lineno: line, ColOffset: col} }

func nm(id string, ctx ExprContext, line, col int) *Name {
	return &Name{Loc: at(line, col), Id: id, Ctx: ctx}
}

func num(v interface{}, line, col int) *Num { return &Num{Loc: at(line, col), N: v} }

func noArgs() *Arguments { return &Arguments{} }

type dumpCase struct {
	src   string // the source the tree stands for
	tree  Node
	plain string // ast.dump(tree)
	attrs string // ast.dump(tree, include_attributes=True)
}

func dumpCases() []dumpCase {
	big30, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	return []dumpCase{
		{
			src:   "pass",
			tree:  &Module{Body: []Stmt{&Pass{Loc: at(1, 0)}}},
			plain: "Module(body=[Pass()])",
			attrs: "Module(body=[Pass( lineno=1, col_offset=0)])",
		},
		{
			src:   "from . import x",
			tree:  &Module{Body: []Stmt{&ImportFrom{Loc: at(1, 0), Names: []*Alias{{Name: "x"}}, Level: 1}}},
			plain: "Module(body=[ImportFrom(module=None, names=[alias(name='x', asname=None)], level=1)])",
			attrs: "Module(body=[ImportFrom(module=None, names=[alias(name='x', asname=None)], level=1, lineno=1, col_offset=0)])",
		},
		{
			src: "from .. a import b as c",
			tree: &Module{Body: []Stmt{&ImportFrom{Loc: at(1, 0), Module: "a",
				Names: []*Alias{{Name: "b", Asname: "c"}}, Level: 2}}},
			plain: "Module(body=[ImportFrom(module='a', names=[alias(name='b', asname='c')], level=2)])",
			attrs: "Module(body=[ImportFrom(module='a', names=[alias(name='b', asname='c')], level=2, lineno=1, col_offset=0)])",
		},
		{
			src: "import a.b as c, d",
			tree: &Module{Body: []Stmt{&Import{Loc: at(1, 0),
				Names: []*Alias{{Name: "a.b", Asname: "c"}, {Name: "d"}}}}},
			plain: "Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d', asname=None)])])",
			attrs: "Module(body=[Import(names=[alias(name='a.b', asname='c'), alias(name='d', asname=None)], lineno=1, col_offset=0)])",
		},
		{
			src: "def f(a, b=1, *args, c, d=2, **kw): pass",
			tree: &Module{Body: []Stmt{&FunctionDef{Loc: at(1, 0), Name: "f",
				Args: &Arguments{
					Args:       []*Arg{{Arg: "a"}, {Arg: "b"}},
					Vararg:     "args",
					Kwonlyargs: []*Arg{{Arg: "c"}, {Arg: "d"}},
					Kwarg:      "kw",
					Defaults:   []Expr{num(int64(1), 1, 11)},
					KwDefaults: []Expr{nil, num(int64(2), 1, 26)},
				},
				Body: []Stmt{&Pass{Loc: at(1, 36)}}}}},
			plain: "Module(body=[FunctionDef(name='f', args=arguments(args=[arg(arg='a', annotation=None), arg(arg='b', annotation=None)], vararg='args', varargannotation=None, kwonlyargs=[arg(arg='c', annotation=None), arg(arg='d', annotation=None)], kwarg='kw', kwargannotation=None, defaults=[Num(n=1)], kw_defaults=[None, Num(n=2)]), body=[Pass()], decorator_list=[], returns=None)])",
			attrs: "Module(body=[FunctionDef(name='f', args=arguments(args=[arg(arg='a', annotation=None), arg(arg='b', annotation=None)], vararg='args', varargannotation=None, kwonlyargs=[arg(arg='c', annotation=None), arg(arg='d', annotation=None)], kwarg='kw', kwargannotation=None, defaults=[Num(n=1, lineno=1, col_offset=11)], kw_defaults=[None, Num(n=2, lineno=1, col_offset=26)]), body=[Pass( lineno=1, col_offset=36)], decorator_list=[], returns=None, lineno=1, col_offset=0)])",
		},
		{
			src: "lambda *, a: a",
			tree: &Module{Body: []Stmt{&ExprStmt{Loc: at(1, 0), Value: &Lambda{Loc: at(1, 0),
				Args: &Arguments{Kwonlyargs: []*Arg{{Arg: "a"}}, KwDefaults: []Expr{nil}},
				Body: nm("a", Load, 1, 13)}}}},
			plain: "Module(body=[Expr(value=Lambda(args=arguments(args=[], vararg=None, varargannotation=None, kwonlyargs=[arg(arg='a', annotation=None)], kwarg=None, kwargannotation=None, defaults=[], kw_defaults=[None]), body=Name(id='a', ctx=Load())))])",
			attrs: "Module(body=[Expr(value=Lambda(args=arguments(args=[], vararg=None, varargannotation=None, kwonlyargs=[arg(arg='a', annotation=None)], kwarg=None, kwargannotation=None, defaults=[], kw_defaults=[None]), body=Name(id='a', ctx=Load(), lineno=1, col_offset=13), lineno=1, col_offset=0), lineno=1, col_offset=0)])",
		},
		{
			src: "x[1:2, 3]",
			tree: &Module{Body: []Stmt{&ExprStmt{Loc: at(1, 0), Value: &Subscript{Loc: at(1, 0),
				Value: nm("x", Load, 1, 0),
				Slice: &ExtSlice{Dims: []SliceType{
					&Slice{Lower: num(int64(1), 1, 2), Upper: num(int64(2), 1, 4)},
					&Index{Value: num(int64(3), 1, 7)}}},
				Ctx: Load}}}},
			plain: "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=ExtSlice(dims=[Slice(lower=Num(n=1), upper=Num(n=2), step=None), Index(value=Num(n=3))]), ctx=Load()))])",
			attrs: "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0), slice=ExtSlice(dims=[Slice(lower=Num(n=1, lineno=1, col_offset=2), upper=Num(n=2, lineno=1, col_offset=4), step=None), Index(value=Num(n=3, lineno=1, col_offset=7))]), ctx=Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)])",
		},
		{
			src: "x[...]",
			tree: &Module{Body: []Stmt{&ExprStmt{Loc: at(1, 0), Value: &Subscript{Loc: at(1, 0),
				Value: nm("x", Load, 1, 0), Slice: &Index{Value: &Ellipsis{Loc: at(1, 2)}}, Ctx: Load}}}},
			plain: "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Index(value=Ellipsis()), ctx=Load()))])",
			attrs: "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0), slice=Index(value=Ellipsis( lineno=1, col_offset=2)), ctx=Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)])",
		},
		{
			src: "try:\n  pass\nexcept E as e:\n  pass\nexcept:\n  pass\nelse:\n  pass",
			tree: &Module{Body: []Stmt{&TryExcept{Loc: at(1, 0),
				Body: []Stmt{&Pass{Loc: at(2, 2)}},
				Handlers: []*ExceptHandler{
					{Loc: at(3, 0), Type: nm("E", Load, 3, 7), Name: "e", Body: []Stmt{&Pass{Loc: at(4, 2)}}},
					{Loc: at(5, 0), Body: []Stmt{&Pass{Loc: at(6, 2)}}},
				},
				Orelse: []Stmt{&Pass{Loc: at(8, 2)}}}}},
			plain: "Module(body=[TryExcept(body=[Pass()], handlers=[ExceptHandler(type=Name(id='E', ctx=Load()), name='e', body=[Pass()]), ExceptHandler(type=None, name=None, body=[Pass()])], orelse=[Pass()])])",
			attrs: "Module(body=[TryExcept(body=[Pass( lineno=2, col_offset=2)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=7), name='e', body=[Pass( lineno=4, col_offset=2)], lineno=3, col_offset=0), ExceptHandler(type=None, name=None, body=[Pass( lineno=6, col_offset=2)], lineno=5, col_offset=0)], orelse=[Pass( lineno=8, col_offset=2)], lineno=1, col_offset=0)])",
		},
		{
			src: "with a as b, c: pass",
			tree: &Module{Body: []Stmt{&With{Loc: at(1, 5), ContextExpr: nm("a", Load, 1, 5),
				OptionalVars: nm("b", Store, 1, 10),
				Body: []Stmt{&With{Loc: at(1, 13), ContextExpr: nm("c", Load, 1, 13),
					Body: []Stmt{&Pass{Loc: at(1, 16)}}}}}}},
			plain: "Module(body=[With(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store()), body=[With(context_expr=Name(id='c', ctx=Load()), optional_vars=None, body=[Pass()])])])",
			attrs: "Module(body=[With(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=5), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=10), body=[With(context_expr=Name(id='c', ctx=Load(), lineno=1, col_offset=13), optional_vars=None, body=[Pass( lineno=1, col_offset=16)], lineno=1, col_offset=13)], lineno=1, col_offset=5)])",
		},
		{
			src: "class C(A, metaclass=M, *a, **k): pass",
			tree: &Module{Body: []Stmt{&ClassDef{Loc: at(1, 0), Name: "C",
				Bases:    []Expr{nm("A", Load, 1, 8)},
				Keywords: []*Keyword{{Arg: "metaclass", Value: nm("M", Load, 1, 21)}},
				Starargs: nm("a", Load, 1, 25), Kwargs: nm("k", Load, 1, 30),
				Body: []Stmt{&Pass{Loc: at(1, 34)}}}}},
			plain: "Module(body=[ClassDef(name='C', bases=[Name(id='A', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], starargs=Name(id='a', ctx=Load()), kwargs=Name(id='k', ctx=Load()), body=[Pass()], decorator_list=[])])",
			attrs: "Module(body=[ClassDef(name='C', bases=[Name(id='A', ctx=Load(), lineno=1, col_offset=8)], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load(), lineno=1, col_offset=21))], starargs=Name(id='a', ctx=Load(), lineno=1, col_offset=25), kwargs=Name(id='k', ctx=Load(), lineno=1, col_offset=30), body=[Pass( lineno=1, col_offset=34)], decorator_list=[], lineno=1, col_offset=0)])",
		},
		{
			src: "f(a, *b, c=1, **d)",
			tree: &Module{Body: []Stmt{&ExprStmt{Loc: at(1, 0), Value: &Call{Loc: at(1, 0),
				Func: nm("f", Load, 1, 0), Args: []Expr{nm("a", Load, 1, 2)},
				Keywords: []*Keyword{{Arg: "c", Value: num(int64(1), 1, 11)}},
				Starargs: nm("b", Load, 1, 6), Kwargs: nm("d", Load, 1, 16)}}}},
			plain: "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load())], keywords=[keyword(arg='c', value=Num(n=1))], starargs=Name(id='b', ctx=Load()), kwargs=Name(id='d', ctx=Load())))])",
			attrs: "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0), args=[Name(id='a', ctx=Load(), lineno=1, col_offset=2)], keywords=[keyword(arg='c', value=Num(n=1, lineno=1, col_offset=11))], starargs=Name(id='b', ctx=Load(), lineno=1, col_offset=6), kwargs=Name(id='d', ctx=Load(), lineno=1, col_offset=16), lineno=1, col_offset=0), lineno=1, col_offset=0)])",
		},
		{
			src:   "global a, b",
			tree:  &Module{Body: []Stmt{&Global{Loc: at(1, 0), Names: []string{"a", "b"}}}},
			plain: "Module(body=[Global(names=['a', 'b'])])",
			attrs: "Module(body=[Global(names=['a', 'b'], lineno=1, col_offset=0)])",
		},
		{
			src: "[x for x in y if z if w]",
			tree: &Module{Body: []Stmt{&ExprStmt{Loc: at(1, 0), Value: &ListComp{Loc: at(1, 1),
				Elt: nm("x", Load, 1, 1),
				Generators: []*Comprehension{{Target: nm("x", Store, 1, 7), Iter: nm("y", Load, 1, 12),
					Ifs: []Expr{nm("z", Load, 1, 17), nm("w", Load, 1, 22)}}}}}}},
			plain: "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='z', ctx=Load()), Name(id='w', ctx=Load())])]))])",
			attrs: "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12), ifs=[Name(id='z', ctx=Load(), lineno=1, col_offset=17), Name(id='w', ctx=Load(), lineno=1, col_offset=22)])], lineno=1, col_offset=1), lineno=1, col_offset=0)])",
		},
		{
			src: "{a: b for a in c}",
			tree: &Module{Body: []Stmt{&ExprStmt{Loc: at(1, 0), Value: &DictComp{Loc: at(1, 1),
				Key: nm("a", Load, 1, 1), Value: nm("b", Load, 1, 4),
				Generators: []*Comprehension{{Target: nm("a", Store, 1, 10), Iter: nm("c", Load, 1, 15)}}}}}},
			plain: "Module(body=[Expr(value=DictComp(key=Name(id='a', ctx=Load()), value=Name(id='b', ctx=Load()), generators=[comprehension(target=Name(id='a', ctx=Store()), iter=Name(id='c', ctx=Load()), ifs=[])]))])",
			attrs: "Module(body=[Expr(value=DictComp(key=Name(id='a', ctx=Load(), lineno=1, col_offset=1), value=Name(id='b', ctx=Load(), lineno=1, col_offset=4), generators=[comprehension(target=Name(id='a', ctx=Store(), lineno=1, col_offset=10), iter=Name(id='c', ctx=Load(), lineno=1, col_offset=15), ifs=[])], lineno=1, col_offset=1), lineno=1, col_offset=0)])",
		},
		{
			src: "(1, 2.5, 3j, 10**30, 1e300, 's', b'b', ...)",
			tree: &Module{Body: []Stmt{&ExprStmt{Loc: at(1, 0), Value: &Tuple{Loc: at(1, 1), Ctx: Load, Elts: []Expr{
				num(int64(1), 1, 1), num(2.5, 1, 4), num(complex(0, 3), 1, 9),
				&BinOp{Loc: at(1, 13), Left: num(int64(10), 1, 13), Op: Pow, Right: num(int64(30), 1, 17)},
				num(1e300, 1, 21), &Str{Loc: at(1, 28), S: "s"}, &Bytes{Loc: at(1, 33), S: "b"},
				&Ellipsis{Loc: at(1, 39)}}}}}},
			plain: "Module(body=[Expr(value=Tuple(elts=[Num(n=1), Num(n=2.5), Num(n=3j), BinOp(left=Num(n=10), op=Pow(), right=Num(n=30)), Num(n=1e+300), Str(s='s'), Bytes(s=b'b'), Ellipsis()], ctx=Load()))])",
			attrs: "Module(body=[Expr(value=Tuple(elts=[Num(n=1, lineno=1, col_offset=1), Num(n=2.5, lineno=1, col_offset=4), Num(n=3j, lineno=1, col_offset=9), BinOp(left=Num(n=10, lineno=1, col_offset=13), op=Pow(), right=Num(n=30, lineno=1, col_offset=17), lineno=1, col_offset=13), Num(n=1e+300, lineno=1, col_offset=21), Str(s='s', lineno=1, col_offset=28), Bytes(s=b'b', lineno=1, col_offset=33), Ellipsis( lineno=1, col_offset=39)], ctx=Load(), lineno=1, col_offset=1), lineno=1, col_offset=0)])",
		},
		{
			src:   "raise X from Y",
			tree:  &Module{Body: []Stmt{&Raise{Loc: at(1, 0), Exc: nm("X", Load, 1, 6), Cause: nm("Y", Load, 1, 13)}}},
			plain: "Module(body=[Raise(exc=Name(id='X', ctx=Load()), cause=Name(id='Y', ctx=Load()))])",
			attrs: "Module(body=[Raise(exc=Name(id='X', ctx=Load(), lineno=1, col_offset=6), cause=Name(id='Y', ctx=Load(), lineno=1, col_offset=13), lineno=1, col_offset=0)])",
		},
		{
			src: "a < b <= c is not d not in e",
			tree: &Module{Body: []Stmt{&ExprStmt{Loc: at(1, 0), Value: &Compare{Loc: at(1, 0),
				Left: nm("a", Load, 1, 0), Ops: []CmpOperator{Lt, LtE, IsNot, NotIn},
				Comparators: []Expr{nm("b", Load, 1, 4), nm("c", Load, 1, 9), nm("d", Load, 1, 18), nm("e", Load, 1, 27)}}}}},
			plain: "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load()), Name(id='e', ctx=Load())]))])",
			attrs: "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0), ops=[Lt(), LtE(), IsNot(), NotIn()], comparators=[Name(id='b', ctx=Load(), lineno=1, col_offset=4), Name(id='c', ctx=Load(), lineno=1, col_offset=9), Name(id='d', ctx=Load(), lineno=1, col_offset=18), Name(id='e', ctx=Load(), lineno=1, col_offset=27)], lineno=1, col_offset=0), lineno=1, col_offset=0)])",
		},
		{
			src: "-x; not y; ~z; +w",
			tree: &Module{Body: []Stmt{
				&ExprStmt{Loc: at(1, 0), Value: &UnaryOp{Loc: at(1, 0), Op: USub, Operand: nm("x", Load, 1, 1)}},
				&ExprStmt{Loc: at(1, 4), Value: &UnaryOp{Loc: at(1, 4), Op: Not, Operand: nm("y", Load, 1, 8)}},
				&ExprStmt{Loc: at(1, 11), Value: &UnaryOp{Loc: at(1, 11), Op: Invert, Operand: nm("z", Load, 1, 12)}},
				&ExprStmt{Loc: at(1, 15), Value: &UnaryOp{Loc: at(1, 15), Op: UAdd, Operand: nm("w", Load, 1, 16)}},
			}},
			plain: "Module(body=[Expr(value=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load()))), Expr(value=UnaryOp(op=Not(), operand=Name(id='y', ctx=Load()))), Expr(value=UnaryOp(op=Invert(), operand=Name(id='z', ctx=Load()))), Expr(value=UnaryOp(op=UAdd(), operand=Name(id='w', ctx=Load())))])",
			attrs: "Module(body=[Expr(value=UnaryOp(op=USub(), operand=Name(id='x', ctx=Load(), lineno=1, col_offset=1), lineno=1, col_offset=0), lineno=1, col_offset=0), Expr(value=UnaryOp(op=Not(), operand=Name(id='y', ctx=Load(), lineno=1, col_offset=8), lineno=1, col_offset=4), lineno=1, col_offset=4), Expr(value=UnaryOp(op=Invert(), operand=Name(id='z', ctx=Load(), lineno=1, col_offset=12), lineno=1, col_offset=11), lineno=1, col_offset=11), Expr(value=UnaryOp(op=UAdd(), operand=Name(id='w', ctx=Load(), lineno=1, col_offset=16), lineno=1, col_offset=15), lineno=1, col_offset=15)])",
		},
		{
			src:   "x += 1",
			tree:  &Module{Body: []Stmt{&AugAssign{Loc: at(1, 0), Target: nm("x", Store, 1, 0), Op: Add, Value: num(int64(1), 1, 5)}}},
			plain: "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Num(n=1))])",
			attrs: "Module(body=[AugAssign(target=Name(id='x', ctx=Store(), lineno=1, col_offset=0), op=Add(), value=Num(n=1, lineno=1, col_offset=5), lineno=1, col_offset=0)])",
		},
		{
			src: "del a[0], b.c",
			tree: &Module{Body: []Stmt{&Delete{Loc: at(1, 0), Targets: []Expr{
				&Subscript{Loc: at(1, 4), Value: nm("a", Load, 1, 4), Slice: &Index{Value: num(int64(0), 1, 6)}, Ctx: Del},
				&Attribute{Loc: at(1, 10), Value: nm("b", Load, 1, 10), Attr: "c", Ctx: Del}}}}},
			plain: "Module(body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load()), slice=Index(value=Num(n=0)), ctx=Del()), Attribute(value=Name(id='b', ctx=Load()), attr='c', ctx=Del())])])",
			attrs: "Module(body=[Delete(targets=[Subscript(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4), slice=Index(value=Num(n=0, lineno=1, col_offset=6)), ctx=Del(), lineno=1, col_offset=4), Attribute(value=Name(id='b', ctx=Load(), lineno=1, col_offset=10), attr='c', ctx=Del(), lineno=1, col_offset=10)], lineno=1, col_offset=0)])",
		},
		{
			src:   `assert x, "m"`,
			tree:  &Module{Body: []Stmt{&Assert{Loc: at(1, 0), Test: nm("x", Load, 1, 7), Msg: &Str{Loc: at(1, 10), S: "m"}}}},
			plain: "Module(body=[Assert(test=Name(id='x', ctx=Load()), msg=Str(s='m'))])",
			attrs: "Module(body=[Assert(test=Name(id='x', ctx=Load(), lineno=1, col_offset=7), msg=Str(s='m', lineno=1, col_offset=10), lineno=1, col_offset=0)])",
		},
		{
			src:   "yield",
			tree:  &Module{Body: []Stmt{&ExprStmt{Loc: at(1, 0), Value: &Yield{Loc: at(1, 0)}}}},
			plain: "Module(body=[Expr(value=Yield(value=None))])",
			attrs: "Module(body=[Expr(value=Yield(value=None, lineno=1, col_offset=0), lineno=1, col_offset=0)])",
		},
		{
			src: "{1, 2}; {}",
			tree: &Module{Body: []Stmt{
				&ExprStmt{Loc: at(1, 0), Value: &Set{Loc: at(1, 0), Elts: []Expr{num(int64(1), 1, 1), num(int64(2), 1, 4)}}},
				&ExprStmt{Loc: at(1, 8), Value: &Dict{Loc: at(1, 8)}}}},
			plain: "Module(body=[Expr(value=Set(elts=[Num(n=1), Num(n=2)])), Expr(value=Dict(keys=[], values=[]))])",
			attrs: "Module(body=[Expr(value=Set(elts=[Num(n=1, lineno=1, col_offset=1), Num(n=2, lineno=1, col_offset=4)], lineno=1, col_offset=0), lineno=1, col_offset=0), Expr(value=Dict(keys=[], values=[], lineno=1, col_offset=8), lineno=1, col_offset=8)])",
		},
		{
			src: "[*a, b] = c",
			tree: &Module{Body: []Stmt{&Assign{Loc: at(1, 0), Targets: []Expr{&List{Loc: at(1, 0), Ctx: Store, Elts: []Expr{
				&Starred{Loc: at(1, 1), Value: nm("a", Store, 1, 2), Ctx: Store}, nm("b", Store, 1, 5)}}},
				Value: nm("c", Load, 1, 10)}}},
			plain: "Module(body=[Assign(targets=[List(elts=[Starred(value=Name(id='a', ctx=Store()), ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))])",
			attrs: "Module(body=[Assign(targets=[List(elts=[Starred(value=Name(id='a', ctx=Store(), lineno=1, col_offset=2), ctx=Store(), lineno=1, col_offset=1), Name(id='b', ctx=Store(), lineno=1, col_offset=5)], ctx=Store(), lineno=1, col_offset=0)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=10), lineno=1, col_offset=0)])",
		},
		{
			src: "def f():\n  nonlocal a, b\n  return x\n",
			tree: &Module{Body: []Stmt{&FunctionDef{Loc: at(1, 0), Name: "f", Args: noArgs(), Body: []Stmt{
				&Nonlocal{Loc: at(2, 2), Names: []string{"a", "b"}},
				&Return{Loc: at(3, 2), Value: nm("x", Load, 3, 9)}}}}},
			plain: "Module(body=[FunctionDef(name='f', args=arguments(args=[], vararg=None, varargannotation=None, kwonlyargs=[], kwarg=None, kwargannotation=None, defaults=[], kw_defaults=[]), body=[Nonlocal(names=['a', 'b']), Return(value=Name(id='x', ctx=Load()))], decorator_list=[], returns=None)])",
			attrs: "Module(body=[FunctionDef(name='f', args=arguments(args=[], vararg=None, varargannotation=None, kwonlyargs=[], kwarg=None, kwargannotation=None, defaults=[], kw_defaults=[]), body=[Nonlocal(names=['a', 'b'], lineno=2, col_offset=2), Return(value=Name(id='x', ctx=Load(), lineno=3, col_offset=9), lineno=3, col_offset=2)], decorator_list=[], returns=None, lineno=1, col_offset=0)])",
		},
		{
			src: "for a, b in c:\n  break\nelse:\n  continue\n",
			tree: &Module{Body: []Stmt{&For{Loc: at(1, 0),
				Target: &Tuple{Loc: at(1, 4), Ctx: Store, Elts: []Expr{nm("a", Store, 1, 4), nm("b", Store, 1, 7)}},
				Iter:   nm("c", Load, 1, 12), Body: []Stmt{&Break{Loc: at(2, 2)}}, Orelse: []Stmt{&Continue{Loc: at(4, 2)}}}}},
			plain: "Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store()), iter=Name(id='c', ctx=Load()), body=[Break()], orelse=[Continue()])])",
			attrs: "Module(body=[For(target=Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=4), Name(id='b', ctx=Store(), lineno=1, col_offset=7)], ctx=Store(), lineno=1, col_offset=4), iter=Name(id='c', ctx=Load(), lineno=1, col_offset=12), body=[Break( lineno=2, col_offset=2)], orelse=[Continue( lineno=4, col_offset=2)], lineno=1, col_offset=0)])",
		},
		{
			src:   "while 1:\n  pass\n",
			tree:  &Module{Body: []Stmt{&While{Loc: at(1, 0), Test: num(int64(1), 1, 6), Body: []Stmt{&Pass{Loc: at(2, 2)}}}}},
			plain: "Module(body=[While(test=Num(n=1), body=[Pass()], orelse=[])])",
			attrs: "Module(body=[While(test=Num(n=1, lineno=1, col_offset=6), body=[Pass( lineno=2, col_offset=2)], orelse=[], lineno=1, col_offset=0)])",
		},
		{
			src: "if a:\n  pass\nelif b:\n  pass\nelse:\n  pass\n",
			tree: &Module{Body: []Stmt{&If{Loc: at(1, 0), Test: nm("a", Load, 1, 3), Body: []Stmt{&Pass{Loc: at(2, 2)}},
				Orelse: []Stmt{&If{Loc: at(3, 5), Test: nm("b", Load, 3, 5), Body: []Stmt{&Pass{Loc: at(4, 2)}},
					Orelse: []Stmt{&Pass{Loc: at(6, 2)}}}}}}},
			plain: "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])])])",
			attrs: "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3), body=[Pass( lineno=2, col_offset=2)], orelse=[If(test=Name(id='b', ctx=Load(), lineno=3, col_offset=5), body=[Pass( lineno=4, col_offset=2)], orelse=[Pass( lineno=6, col_offset=2)], lineno=3, col_offset=5)], lineno=1, col_offset=0)])",
		},
		{
			src:   "try:\n  pass\nfinally:\n  pass\n",
			tree:  &Module{Body: []Stmt{&TryFinally{Loc: at(1, 0), Body: []Stmt{&Pass{Loc: at(2, 2)}}, Finalbody: []Stmt{&Pass{Loc: at(4, 2)}}}}},
			plain: "Module(body=[TryFinally(body=[Pass()], finalbody=[Pass()])])",
			attrs: "Module(body=[TryFinally(body=[Pass( lineno=2, col_offset=2)], finalbody=[Pass( lineno=4, col_offset=2)], lineno=1, col_offset=0)])",
		},
		{
			src: "a and b or c",
			tree: &Module{Body: []Stmt{&ExprStmt{Loc: at(1, 0), Value: &BoolOp{Loc: at(1, 0), Op: Or, Values: []Expr{
				&BoolOp{Loc: at(1, 0), Op: And, Values: []Expr{nm("a", Load, 1, 0), nm("b", Load, 1, 6)}},
				nm("c", Load, 1, 11)}}}}},
			plain: "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))])",
			attrs: "Module(body=[Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[Name(id='a', ctx=Load(), lineno=1, col_offset=0), Name(id='b', ctx=Load(), lineno=1, col_offset=6)], lineno=1, col_offset=0), Name(id='c', ctx=Load(), lineno=1, col_offset=11)], lineno=1, col_offset=0), lineno=1, col_offset=0)])",
		},
		{
			src: "a if b else c",
			tree: &Module{Body: []Stmt{&ExprStmt{Loc: at(1, 0), Value: &IfExp{Loc: at(1, 0),
				Test: nm("b", Load, 1, 5), Body: nm("a", Load, 1, 0), Orelse: nm("c", Load, 1, 12)}}}},
			plain: "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load())))])",
			attrs: "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load(), lineno=1, col_offset=5), body=Name(id='a', ctx=Load(), lineno=1, col_offset=0), orelse=Name(id='c', ctx=Load(), lineno=1, col_offset=12), lineno=1, col_offset=0), lineno=1, col_offset=0)])",
		},
		{
			src: "{x for x in y}",
			tree: &Module{Body: []Stmt{&ExprStmt{Loc: at(1, 0), Value: &SetComp{Loc: at(1, 1), Elt: nm("x", Load, 1, 1),
				Generators: []*Comprehension{{Target: nm("x", Store, 1, 7), Iter: nm("y", Load, 1, 12)}}}}}},
			plain: "Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[])]))])",
			attrs: "Module(body=[Expr(value=SetComp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12), ifs=[])], lineno=1, col_offset=1), lineno=1, col_offset=0)])",
		},
		{
			src: "(x for x in y)",
			tree: &Module{Body: []Stmt{&ExprStmt{Loc: at(1, 0), Value: &GeneratorExp{Loc: at(1, 1), Elt: nm("x", Load, 1, 1),
				Generators: []*Comprehension{{Target: nm("x", Store, 1, 7), Iter: nm("y", Load, 1, 12)}}}}}},
			plain: "Module(body=[Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[])]))])",
			attrs: "Module(body=[Expr(value=GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=1), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=7), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=12), ifs=[])], lineno=1, col_offset=1), lineno=1, col_offset=0)])",
		},
		{
			src: "@d\n@e.f(1)\ndef g(a: int, *b: str, c: \"x\"=3, **d: float) -> None: pass",
			tree: &Module{Body: []Stmt{&FunctionDef{Loc: at(1, 0), Name: "g",
				Args: &Arguments{
					Args:             []*Arg{{Arg: "a", Annotation: nm("int", Load, 3, 9)}},
					Vararg:           "b",
					Varargannotation: nm("str", Load, 3, 18),
					Kwonlyargs:       []*Arg{{Arg: "c", Annotation: &Str{Loc: at(3, 26), S: "x"}}},
					Kwarg:            "d",
					Kwargannotation:  nm("float", Load, 3, 38),
					KwDefaults:       []Expr{num(int64(3), 3, 30)},
				},
				Body: []Stmt{&Pass{Loc: at(3, 54)}},
				DecoratorList: []Expr{nm("d", Load, 1, 1), &Call{Loc: at(2, 1),
					Func: &Attribute{Loc: at(2, 1), Value: nm("e", Load, 2, 1), Attr: "f", Ctx: Load},
					Args: []Expr{num(int64(1), 2, 5)}}},
				Returns: nm("None", Load, 3, 48)}}},
			plain: "Module(body=[FunctionDef(name='g', args=arguments(args=[arg(arg='a', annotation=Name(id='int', ctx=Load()))], vararg='b', varargannotation=Name(id='str', ctx=Load()), kwonlyargs=[arg(arg='c', annotation=Str(s='x'))], kwarg='d', kwargannotation=Name(id='float', ctx=Load()), defaults=[], kw_defaults=[Num(n=3)]), body=[Pass()], decorator_list=[Name(id='d', ctx=Load()), Call(func=Attribute(value=Name(id='e', ctx=Load()), attr='f', ctx=Load()), args=[Num(n=1)], keywords=[], starargs=None, kwargs=None)], returns=Name(id='None', ctx=Load()))])",
			attrs: "Module(body=[FunctionDef(name='g', args=arguments(args=[arg(arg='a', annotation=Name(id='int', ctx=Load(), lineno=3, col_offset=9))], vararg='b', varargannotation=Name(id='str', ctx=Load(), lineno=3, col_offset=18), kwonlyargs=[arg(arg='c', annotation=Str(s='x', lineno=3, col_offset=26))], kwarg='d', kwargannotation=Name(id='float', ctx=Load(), lineno=3, col_offset=38), defaults=[], kw_defaults=[Num(n=3, lineno=3, col_offset=30)]), body=[Pass( lineno=3, col_offset=54)], decorator_list=[Name(id='d', ctx=Load(), lineno=1, col_offset=1), Call(func=Attribute(value=Name(id='e', ctx=Load(), lineno=2, col_offset=1), attr='f', ctx=Load(), lineno=2, col_offset=1), args=[Num(n=1, lineno=2, col_offset=5)], keywords=[], starargs=None, kwargs=None, lineno=2, col_offset=1)], returns=Name(id='None', ctx=Load(), lineno=3, col_offset=48), lineno=1, col_offset=0)])",
		},
		{
			src:   "y = 123456789012345678901234567890",
			tree:  &Module{Body: []Stmt{&Assign{Loc: at(1, 0), Targets: []Expr{nm("y", Store, 1, 0)}, Value: num(big30, 1, 4)}}},
			plain: "Module(body=[Assign(targets=[Name(id='y', ctx=Store())], value=Num(n=123456789012345678901234567890))])",
			attrs: "Module(body=[Assign(targets=[Name(id='y', ctx=Store(), lineno=1, col_offset=0)], value=Num(n=123456789012345678901234567890, lineno=1, col_offset=4), lineno=1, col_offset=0)])",
		},
		{
			src: `x = "\\ \n \t \x00 \ud800 \U0001f600 é ' \x7f"`,
			tree: &Module{Body: []Stmt{&Assign{Loc: at(1, 0), Targets: []Expr{nm("x", Store, 1, 0)},
				Value: &Str{Loc: at(1, 4), S: "\\ \n \t \x00 \xed\xa0\x80 \U0001f600 é ' \x7f"}}}},
			plain: `Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Str(s="\\ \n \t \x00 \ud800 \U0001f600 é ' \x7f"))])`,
			attrs: `Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0)], value=Str(s="\\ \n \t \x00 \ud800 \U0001f600 é ' \x7f", lineno=1, col_offset=4), lineno=1, col_offset=0)])`,
		},
		{
			src: `x = b"\x00'\xff"`,
			tree: &Module{Body: []Stmt{&Assign{Loc: at(1, 0), Targets: []Expr{nm("x", Store, 1, 0)},
				Value: &Bytes{Loc: at(1, 4), S: "\x00'\xff"}}}},
			plain: `Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Bytes(s=b"\x00'\xff"))])`,
			attrs: `Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0)], value=Bytes(s=b"\x00'\xff", lineno=1, col_offset=4), lineno=1, col_offset=0)])`,
		},
		{
			src: "x = 1.5e-7j + 0.0",
			tree: &Module{Body: []Stmt{&Assign{Loc: at(1, 0), Targets: []Expr{nm("x", Store, 1, 0)},
				Value: &BinOp{Loc: at(1, 4), Left: num(complex(0, 1.5e-7), 1, 4), Op: Add, Right: num(0.0, 1, 14)}}}},
			plain: "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Num(n=1.5e-07j), op=Add(), right=Num(n=0.0)))])",
			attrs: "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0)], value=BinOp(left=Num(n=1.5e-07j, lineno=1, col_offset=4), op=Add(), right=Num(n=0.0, lineno=1, col_offset=14), lineno=1, col_offset=4), lineno=1, col_offset=0)])",
		},
		{
			src:   "return",
			tree:  &Module{Body: []Stmt{&Return{Loc: at(1, 0)}}},
			plain: "Module(body=[Return(value=None)])",
			attrs: "Module(body=[Return(value=None, lineno=1, col_offset=0)])",
		},
		{
			src:   "x (mode='eval')",
			tree:  &Expression{Body: nm("x", Load, 1, 0)},
			plain: "Expression(body=Name(id='x', ctx=Load()))",
			attrs: "Expression(body=Name(id='x', ctx=Load(), lineno=1, col_offset=0))",
		},
		{
			src:   "x (mode='single')",
			tree:  &Interactive{Body: []Stmt{&ExprStmt{Loc: at(1, 0), Value: nm("x", Load, 1, 0)}}},
			plain: "Interactive(body=[Expr(value=Name(id='x', ctx=Load()))])",
			attrs: "Interactive(body=[Expr(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)])",
		},
		{
			src:   "ast.Suite(body=[])",
			tree:  &Suite{},
			plain: "Suite(body=[])",
			attrs: "Suite(body=[])",
		},
		{
			src:   "ast.Param() as a context",
			tree:  &Name{Loc: at(1, 0), Id: "p", Ctx: Param},
			plain: "Name(id='p', ctx=Param())",
			attrs: "Name(id='p', ctx=Param(), lineno=1, col_offset=0)",
		},
	}
}

func TestDump(t *testing.T) {
	for _, tc := range dumpCases() {
		if got := Dump(tc.tree, false); got != tc.plain {
			t.Errorf("%q:\n got %s\nwant %s", tc.src, got, tc.plain)
		}
		if got := Dump(tc.tree, true); got != tc.attrs {
			t.Errorf("%q with attributes:\n got %s\nwant %s", tc.src, got, tc.attrs)
		}
	}
}

// TestDumpNodes dumps product nodes on their own, as ast.dump does when
// handed one.
func TestDumpNodes(t *testing.T) {
	tests := []struct {
		n    Node
		want string
	}{
		{&Alias{Name: "a"}, "alias(name='a', asname=None)"},
		{&Keyword{Arg: "k", Value: num(int64(1), 1, 2)}, "keyword(arg='k', value=Num(n=1))"},
		{&Arg{Arg: "x"}, "arg(arg='x', annotation=None)"},
		{&Comprehension{Target: nm("x", Store, 1, 0), Iter: nm("y", Load, 1, 5)},
			"comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[])"},
		{&Slice{}, "Slice(lower=None, upper=None, step=None)"},
		{noArgs(), "arguments(args=[], vararg=None, varargannotation=None, kwonlyargs=[], kwarg=None, kwargannotation=None, defaults=[], kw_defaults=[])"},
		{nil, "None"},
	}
	for _, tt := range tests {
		if got := Dump(tt.n, false); got != tt.want {
			t.Errorf("Dump(%T) = %s, want %s", tt.n, got, tt.want)
		}
	}
}

func BenchmarkDump(b *testing.B) {
	var body []Stmt
	for _, tc := range dumpCases() {
		if m, ok := tc.tree.(*Module); ok {
			body = append(body, m.Body...)
		}
	}
	m := &Module{Body: body}
	n := len(Dump(m, true))
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if s := Dump(m, true); !strings.HasPrefix(s, "Module(") {
			b.Fatal(s)
		}
	}
}
