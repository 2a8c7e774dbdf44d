package astmod

import (
	"math/big"

	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
)

// FromObject turns node objects back into a tree for the compiler, as
// 3.2's PyAST_obj2mod: the root must be the class the mode asks for
// (Module, Expression, Interactive); every field is read as an attribute
// (any object with the right attributes will do where 3.2 does not check
// the class), with 3.2's TypeErrors and ValueErrors for a missing or
// malformed one.
func (converter) FromObject(t *py.Thread, o py.Object, mode parser.Mode) (mod ast.ModType, err error) {
	s, err := stateOf(t)
	if err != nil {
		return nil, err
	}
	want, wantName := cModule, "Module"
	switch mode {
	case parser.EvalMode:
		want, wantName = cExpression, "Expression"
	case parser.SingleMode:
		want, wantName = cInteractive, "Interactive"
	}
	if !o.Type().IsSubtype(s.classes[want]) {
		return nil, py.Errorf(py.TypeError, "expected %s node, got %s", wantName, typeName(o.Type()))
	}
	c := &fromObj{t: t, s: s}
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(failure)
			if !ok {
				panic(r)
			}
			mod, err = nil, f.err
		}
	}()
	return c.mod(o), nil
}

// typeName is a type's tp_name: "_ast.AST" for the built-in base, the
// bare name for a class.
func typeName(typ *py.Type) string {
	if typ.IsHeapType() || typ.Module == "" || typ.Module == "builtins" {
		return typ.Name
	}
	return typ.Module + "." + typ.Name
}

// failure carries a conversion error up to FromObject.
type failure struct{ err error }

type fromObj struct {
	t *py.Thread
	s *state
}

func (c *fromObj) fail(err error) { panic(failure{err}) }

func (c *fromObj) failf(typ *py.Type, format string, args ...interface{}) {
	c.fail(py.Errorf(typ, format, args...))
}

func (c *fromObj) repr(o py.Object) string {
	r, err := py.Repr(c.t, o)
	if err != nil {
		c.fail(err)
	}
	return r.String()
}

// attr returns o.name, or nil when o has none (PyObject_HasAttrString:
// any error counts as absent).
func (c *fromObj) attr(o py.Object, name string) py.Object {
	v, err := py.LookupAttr(c.t, o, c.s.name(name))
	if err != nil {
		return nil
	}
	return v
}

// field returns the field name of o, a node of class owner, failing when
// it is missing.
func (c *fromObj) field(o py.Object, name, owner string) py.Object {
	v := c.attr(o, name)
	if v == nil {
		c.failf(py.TypeError, "required field \"%s\" missing from %s", name, owner)
	}
	return v
}

// optField returns the field, or None when it is missing.
func (c *fromObj) optField(o py.Object, name string) py.Object {
	if v := c.attr(o, name); v != nil {
		return v
	}
	return py.None
}

// list returns the items of a sequence field, which must be a list.
func (c *fromObj) list(o py.Object, name, owner string) []py.Object {
	v := c.field(o, name, owner)
	l, ok := v.(*py.List)
	if !ok {
		c.failf(py.TypeError, "%s field \"%s\" must be a list, not a %s", owner, name, typeName(v.Type()))
	}
	return append([]py.Object(nil), l.Items...)
}

// required fails with 3.2's constructor error when a field came out
// absent (None).
func (c *fromObj) required(absent bool, name, owner string) {
	if absent {
		c.failf(py.ValueError, "field %s is required for %s", name, owner)
	}
}

func (c *fromObj) int(v py.Object) int {
	i, ok := v.(*py.Int)
	if !ok {
		c.failf(py.ValueError, "invalid integer value: %s", c.repr(v))
	}
	n, ok := i.Int64()
	if !ok || n != int64(int64(int32(n))) && (n > 1<<62 || n < -(1<<62)) {
		c.failf(py.OverflowError, "Python int too large to convert to C long")
	}
	return int(int32(n)) // a C int, as 3.2 stores it
}

// ident converts an identifier: a str, or None for absent ("").
func (c *fromObj) ident(v py.Object) string {
	if v == py.None {
		return ""
	}
	s, ok := v.(*py.Str)
	if !ok || s.Type() != py.StrType {
		c.failf(py.TypeError, "AST identifier must be of type str")
	}
	return s.String()
}

func (c *fromObj) location(o py.Object, kind string) ast.Loc {
	line := c.int(c.field(o, "lineno", kind))
	col := c.int(c.field(o, "col_offset", kind))
	return ast.Loc{Lineno: line, ColOffset: col}
}

// kind returns which concrete class among first..last o is an instance
// of, trying them in 3.2's order, or fails with "expected some sort of
// <abstract>".
func (c *fromObj) kind(o py.Object, first, last classID, abstractName string) classID {
	typ := o.Type()
	if id, ok := c.s.byType[typ]; ok && id >= first && id <= last {
		return id
	}
	for id := first; id <= last; id++ {
		if typ.IsSubtype(c.s.classes[id]) {
			return id
		}
	}
	c.failf(py.TypeError, "expected some sort of %s, but got %s", abstractName, c.repr(o))
	return 0
}

func (c *fromObj) mod(o py.Object) ast.ModType {
	switch id := c.kind(o, cModule, cSuite, "mod"); id {
	case cModule:
		return &ast.Module{Body: c.stmts(o, "body", "Module")}
	case cInteractive:
		return &ast.Interactive{Body: c.stmts(o, "body", "Interactive")}
	case cExpression:
		body := c.expr(c.field(o, "body", "Expression"))
		c.required(body == nil, "body", "Expression")
		return &ast.Expression{Body: body}
	default:
		return &ast.Suite{Body: c.stmts(o, "body", "Suite")}
	}
}

func (c *fromObj) stmts(o py.Object, name, owner string) []ast.Stmt {
	items := c.list(o, name, owner)
	out := make([]ast.Stmt, len(items))
	for i, it := range items {
		s := c.stmt(it)
		if s == nil {
			c.failf(py.TypeError, "expected some sort of stmt, but got None")
		}
		out[i] = s
	}
	return out
}

func (c *fromObj) exprs(o py.Object, name, owner string) []ast.Expr {
	items := c.list(o, name, owner)
	out := make([]ast.Expr, len(items))
	for i, it := range items {
		e := c.expr(it)
		if e == nil {
			c.failf(py.TypeError, "expected some sort of expr, but got None")
		}
		out[i] = e
	}
	return out
}

func (c *fromObj) identList(o py.Object, name, owner string) []string {
	items := c.list(o, name, owner)
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = c.ident(it)
		c.required(out[i] == "", name, owner)
	}
	return out
}

// reqExpr reads a required expression field.
func (c *fromObj) reqExpr(o py.Object, name, owner string) ast.Expr {
	return c.expr(c.field(o, name, owner))
}

// optExpr reads an optional expression field.
func (c *fromObj) optExpr(o py.Object, name string) ast.Expr {
	return c.expr(c.optField(o, name))
}

func (c *fromObj) stmt(o py.Object) ast.Stmt {
	if o == py.None {
		return nil
	}
	loc := c.location(o, "stmt")
	id := c.kind(o, cFunctionDef, cContinue, "stmt")
	owner := classDefs[id].name
	switch id {
	case cFunctionDef:
		name := c.ident(c.field(o, "name", owner))
		args := c.arguments(c.field(o, "args", owner))
		body := c.stmts(o, "body", owner)
		decos := c.exprs(o, "decorator_list", owner)
		returns := c.optExpr(o, "returns")
		c.required(name == "", "name", owner)
		c.required(args == nil, "args", owner)
		return &ast.FunctionDef{Loc: loc, Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns}
	case cClassDef:
		name := c.ident(c.field(o, "name", owner))
		bases := c.exprs(o, "bases", owner)
		kws := c.keywords(o, owner)
		starargs := c.optExpr(o, "starargs")
		kwargs := c.optExpr(o, "kwargs")
		body := c.stmts(o, "body", owner)
		decos := c.exprs(o, "decorator_list", owner)
		c.required(name == "", "name", owner)
		return &ast.ClassDef{Loc: loc, Name: name, Bases: bases, Keywords: kws, Starargs: starargs, Kwargs: kwargs, Body: body, DecoratorList: decos}
	case cReturn:
		return &ast.Return{Loc: loc, Value: c.optExpr(o, "value")}
	case cDelete:
		return &ast.Delete{Loc: loc, Targets: c.exprs(o, "targets", owner)}
	case cAssign:
		targets := c.exprs(o, "targets", owner)
		value := c.reqExpr(o, "value", owner)
		c.required(value == nil, "value", owner)
		return &ast.Assign{Loc: loc, Targets: targets, Value: value}
	case cAugAssign:
		target := c.reqExpr(o, "target", owner)
		op := c.operator(c.field(o, "op", owner))
		value := c.reqExpr(o, "value", owner)
		c.required(target == nil, "target", owner)
		c.required(value == nil, "value", owner)
		return &ast.AugAssign{Loc: loc, Target: target, Op: op, Value: value}
	case cFor:
		target := c.reqExpr(o, "target", owner)
		iter := c.reqExpr(o, "iter", owner)
		body := c.stmts(o, "body", owner)
		orelse := c.stmts(o, "orelse", owner)
		c.required(target == nil, "target", owner)
		c.required(iter == nil, "iter", owner)
		return &ast.For{Loc: loc, Target: target, Iter: iter, Body: body, Orelse: orelse}
	case cWhile, cIf:
		test := c.reqExpr(o, "test", owner)
		body := c.stmts(o, "body", owner)
		orelse := c.stmts(o, "orelse", owner)
		c.required(test == nil, "test", owner)
		if id == cWhile {
			return &ast.While{Loc: loc, Test: test, Body: body, Orelse: orelse}
		}
		return &ast.If{Loc: loc, Test: test, Body: body, Orelse: orelse}
	case cWith:
		ctx := c.reqExpr(o, "context_expr", owner)
		vars := c.optExpr(o, "optional_vars")
		body := c.stmts(o, "body", owner)
		c.required(ctx == nil, "context_expr", owner)
		return &ast.With{Loc: loc, ContextExpr: ctx, OptionalVars: vars, Body: body}
	case cRaise:
		return &ast.Raise{Loc: loc, Exc: c.optExpr(o, "exc"), Cause: c.optExpr(o, "cause")}
	case cTryExcept:
		body := c.stmts(o, "body", owner)
		items := c.list(o, "handlers", owner)
		handlers := make([]*ast.ExceptHandler, len(items))
		for i, it := range items {
			handlers[i] = c.handler(it)
		}
		orelse := c.stmts(o, "orelse", owner)
		return &ast.TryExcept{Loc: loc, Body: body, Handlers: handlers, Orelse: orelse}
	case cTryFinally:
		return &ast.TryFinally{Loc: loc, Body: c.stmts(o, "body", owner), Finalbody: c.stmts(o, "finalbody", owner)}
	case cAssert:
		test := c.reqExpr(o, "test", owner)
		msg := c.optExpr(o, "msg")
		c.required(test == nil, "test", owner)
		return &ast.Assert{Loc: loc, Test: test, Msg: msg}
	case cImport:
		return &ast.Import{Loc: loc, Names: c.aliases(o, owner)}
	case cImportFrom:
		module := c.ident(c.optField(o, "module"))
		names := c.aliases(o, owner)
		level := 0
		if v := c.attr(o, "level"); v != nil {
			level = c.int(v)
		}
		return &ast.ImportFrom{Loc: loc, Module: module, Names: names, Level: level}
	case cGlobal:
		return &ast.Global{Loc: loc, Names: c.identList(o, "names", owner)}
	case cNonlocal:
		return &ast.Nonlocal{Loc: loc, Names: c.identList(o, "names", owner)}
	case cExpr:
		value := c.reqExpr(o, "value", owner)
		c.required(value == nil, "value", owner)
		return &ast.ExprStmt{Loc: loc, Value: value}
	case cPass:
		return &ast.Pass{Loc: loc}
	case cBreak:
		return &ast.Break{Loc: loc}
	default:
		return &ast.Continue{Loc: loc}
	}
}

func (c *fromObj) handler(o py.Object) *ast.ExceptHandler {
	if o == py.None {
		c.failf(py.TypeError, "expected some sort of excepthandler, but got None")
	}
	loc := c.location(o, "excepthandler")
	c.kind(o, cExceptHandler, cExceptHandler, "excepthandler")
	typ := c.optExpr(o, "type")
	name := c.ident(c.optField(o, "name"))
	body := c.stmts(o, "body", "ExceptHandler")
	return &ast.ExceptHandler{Loc: loc, Type: typ, Name: name, Body: body}
}

func (c *fromObj) keywords(o py.Object, owner string) []*ast.Keyword {
	items := c.list(o, "keywords", owner)
	out := make([]*ast.Keyword, len(items))
	for i, it := range items {
		if it == py.None {
			c.failf(py.ValueError, "field keywords is required for %s", owner)
		}
		arg := c.ident(c.field(it, "arg", "keyword"))
		value := c.reqExpr(it, "value", "keyword")
		c.required(arg == "", "arg", "keyword")
		c.required(value == nil, "value", "keyword")
		out[i] = &ast.Keyword{Arg: arg, Value: value}
	}
	return out
}

func (c *fromObj) aliases(o py.Object, owner string) []*ast.Alias {
	items := c.list(o, "names", owner)
	out := make([]*ast.Alias, len(items))
	for i, it := range items {
		if it == py.None {
			c.failf(py.ValueError, "field names is required for %s", owner)
		}
		name := c.ident(c.field(it, "name", "alias"))
		asname := c.ident(c.optField(it, "asname"))
		c.required(name == "", "name", "alias")
		out[i] = &ast.Alias{Name: name, Asname: asname}
	}
	return out
}

func (c *fromObj) arguments(o py.Object) *ast.Arguments {
	if o == py.None {
		return nil
	}
	const owner = "arguments"
	a := &ast.Arguments{}
	a.Args = c.args(o, "args")
	a.Vararg = c.ident(c.optField(o, "vararg"))
	a.Varargannotation = c.optExpr(o, "varargannotation")
	a.Kwonlyargs = c.args(o, "kwonlyargs")
	a.Kwarg = c.ident(c.optField(o, "kwarg"))
	a.Kwargannotation = c.optExpr(o, "kwargannotation")
	a.Defaults = c.exprs(o, "defaults", owner)
	items := c.list(o, "kw_defaults", owner)
	a.KwDefaults = make([]ast.Expr, len(items))
	for i, it := range items {
		a.KwDefaults[i] = c.expr(it) // None: no default
	}
	return a
}

func (c *fromObj) args(o py.Object, name string) []*ast.Arg {
	items := c.list(o, name, "arguments")
	out := make([]*ast.Arg, len(items))
	for i, it := range items {
		if it == py.None {
			c.failf(py.ValueError, "field %s is required for arguments", name)
		}
		arg := c.ident(c.field(it, "arg", "arg"))
		ann := c.optExpr(it, "annotation")
		c.required(arg == "", "arg", "arg")
		out[i] = &ast.Arg{Arg: arg, Annotation: ann}
	}
	return out
}

func (c *fromObj) comprehensions(o py.Object, owner string) []*ast.Comprehension {
	items := c.list(o, "generators", owner)
	out := make([]*ast.Comprehension, len(items))
	for i, it := range items {
		if it == py.None {
			c.failf(py.ValueError, "field generators is required for %s", owner)
		}
		target := c.reqExpr(it, "target", "comprehension")
		iter := c.reqExpr(it, "iter", "comprehension")
		ifs := c.exprs(it, "ifs", "comprehension")
		c.required(target == nil, "target", "comprehension")
		c.required(iter == nil, "iter", "comprehension")
		out[i] = &ast.Comprehension{Target: target, Iter: iter, Ifs: ifs}
	}
	return out
}

func (c *fromObj) expr(o py.Object) ast.Expr {
	if o == py.None {
		return nil
	}
	loc := c.location(o, "expr")
	id := c.kind(o, cBoolOp, cTuple, "expr")
	owner := classDefs[id].name
	switch id {
	case cBoolOp:
		op := ast.BoolOperator(c.kind(c.field(o, "op", owner), cAnd, cOr, "boolop")-cAnd) + ast.And
		return &ast.BoolOp{Loc: loc, Op: op, Values: c.exprs(o, "values", owner)}
	case cBinOp:
		left := c.reqExpr(o, "left", owner)
		op := c.operator(c.field(o, "op", owner))
		right := c.reqExpr(o, "right", owner)
		c.required(left == nil, "left", owner)
		c.required(right == nil, "right", owner)
		return &ast.BinOp{Loc: loc, Left: left, Op: op, Right: right}
	case cUnaryOp:
		op := ast.UnaryOperator(c.kind(c.field(o, "op", owner), cInvert, cUSub, "unaryop")-cInvert) + ast.Invert
		operand := c.reqExpr(o, "operand", owner)
		c.required(operand == nil, "operand", owner)
		return &ast.UnaryOp{Loc: loc, Op: op, Operand: operand}
	case cLambda:
		args := c.arguments(c.field(o, "args", owner))
		body := c.reqExpr(o, "body", owner)
		c.required(args == nil, "args", owner)
		c.required(body == nil, "body", owner)
		return &ast.Lambda{Loc: loc, Args: args, Body: body}
	case cIfExp:
		test := c.reqExpr(o, "test", owner)
		body := c.reqExpr(o, "body", owner)
		orelse := c.reqExpr(o, "orelse", owner)
		c.required(test == nil, "test", owner)
		c.required(body == nil, "body", owner)
		c.required(orelse == nil, "orelse", owner)
		return &ast.IfExp{Loc: loc, Test: test, Body: body, Orelse: orelse}
	case cDict:
		return &ast.Dict{Loc: loc, Keys: c.exprs(o, "keys", owner), Values: c.exprs(o, "values", owner)}
	case cSet:
		return &ast.Set{Loc: loc, Elts: c.exprs(o, "elts", owner)}
	case cListComp, cSetComp, cGeneratorExp:
		elt := c.reqExpr(o, "elt", owner)
		gens := c.comprehensions(o, owner)
		c.required(elt == nil, "elt", owner)
		switch id {
		case cListComp:
			return &ast.ListComp{Loc: loc, Elt: elt, Generators: gens}
		case cSetComp:
			return &ast.SetComp{Loc: loc, Elt: elt, Generators: gens}
		}
		return &ast.GeneratorExp{Loc: loc, Elt: elt, Generators: gens}
	case cDictComp:
		key := c.reqExpr(o, "key", owner)
		value := c.reqExpr(o, "value", owner)
		gens := c.comprehensions(o, owner)
		c.required(key == nil, "key", owner)
		c.required(value == nil, "value", owner)
		return &ast.DictComp{Loc: loc, Key: key, Value: value, Generators: gens}
	case cYield:
		return &ast.Yield{Loc: loc, Value: c.optExpr(o, "value")}
	case cCompare:
		left := c.reqExpr(o, "left", owner)
		items := c.list(o, "ops", owner)
		ops := make([]ast.CmpOperator, len(items))
		for i, it := range items {
			ops[i] = ast.CmpOperator(c.kind(it, cEq, cNotIn, "cmpop")-cEq) + ast.Eq
		}
		comps := c.exprs(o, "comparators", owner)
		c.required(left == nil, "left", owner)
		return &ast.Compare{Loc: loc, Left: left, Ops: ops, Comparators: comps}
	case cCall:
		fn := c.reqExpr(o, "func", owner)
		args := c.exprs(o, "args", owner)
		kws := c.keywords(o, owner)
		starargs := c.optExpr(o, "starargs")
		kwargs := c.optExpr(o, "kwargs")
		c.required(fn == nil, "func", owner)
		return &ast.Call{Loc: loc, Func: fn, Args: args, Keywords: kws, Starargs: starargs, Kwargs: kwargs}
	case cNum:
		n := c.field(o, "n", owner)
		c.required(n == py.None, "n", owner)
		v := numValue(n)
		if _, ok := v.(py.Object); ok {
			// 3.2's compiler keys its constants by value: an
			// unhashable one fails there.
			if _, err := py.Hash(c.t, n); err != nil {
				c.fail(err)
			}
		}
		return &ast.Num{Loc: loc, N: v}
	case cStr, cBytes:
		v := c.field(o, "s", owner)
		switch s := v.(type) {
		case *py.Str:
			if s.Type() == py.StrType {
				return &ast.Str{Loc: loc, S: s.String()}
			}
		case *py.Bytes:
			if s.Type() == py.BytesType {
				return &ast.Bytes{Loc: loc, S: s.String()}
			}
		}
		c.required(v == py.None, "s", owner)
		c.failf(py.TypeError, "AST string must be of type str")
	case cEllipsis:
		return &ast.Ellipsis{Loc: loc}
	case cAttribute:
		value := c.reqExpr(o, "value", owner)
		attr := c.ident(c.field(o, "attr", owner))
		ctx := c.ctx(c.field(o, "ctx", owner))
		c.required(value == nil, "value", owner)
		c.required(attr == "", "attr", owner)
		return &ast.Attribute{Loc: loc, Value: value, Attr: attr, Ctx: ctx}
	case cSubscript:
		value := c.reqExpr(o, "value", owner)
		slice := c.slice(c.field(o, "slice", owner))
		ctx := c.ctx(c.field(o, "ctx", owner))
		c.required(value == nil, "value", owner)
		c.required(slice == nil, "slice", owner)
		return &ast.Subscript{Loc: loc, Value: value, Slice: slice, Ctx: ctx}
	case cStarred:
		value := c.reqExpr(o, "value", owner)
		ctx := c.ctx(c.field(o, "ctx", owner))
		c.required(value == nil, "value", owner)
		return &ast.Starred{Loc: loc, Value: value, Ctx: ctx}
	case cName:
		id := c.ident(c.field(o, "id", owner))
		ctx := c.ctx(c.field(o, "ctx", owner))
		c.required(id == "", "id", owner)
		return &ast.Name{Loc: loc, Id: id, Ctx: ctx}
	case cList:
		return &ast.List{Loc: loc, Elts: c.exprs(o, "elts", owner), Ctx: c.ctx(c.field(o, "ctx", owner))}
	case cTuple:
		return &ast.Tuple{Loc: loc, Elts: c.exprs(o, "elts", owner), Ctx: c.ctx(c.field(o, "ctx", owner))}
	}
	return nil
}

// numValue is the Go value of a Num's n: exact ints, floats and complex
// numbers as the parser makes them, anything else as the object itself.
func numValue(n py.Object) interface{} {
	switch v := n.(type) {
	case *py.Int:
		if v.Type() == py.IntType {
			if i, ok := v.Int64(); ok {
				return i
			}
			return new(big.Int).Set(v.Big())
		}
	case *py.Float:
		if v.Type() == py.FloatType {
			return v.Float64()
		}
	case *py.Complex:
		if v.Type() == py.ComplexType {
			return v.Complex128()
		}
	}
	return n
}

func (c *fromObj) operator(o py.Object) ast.Operator {
	return ast.Operator(c.kind(o, cAdd, cFloorDiv, "operator")-cAdd) + ast.Add
}

func (c *fromObj) ctx(o py.Object) ast.ExprContext {
	return ast.ExprContext(c.kind(o, cLoad, cParam, "expr_context")-cLoad) + ast.Load
}

func (c *fromObj) slice(o py.Object) ast.SliceType {
	if o == py.None {
		return nil
	}
	switch c.kind(o, cSliceNode, cIndex, "slice") {
	case cSliceNode:
		return &ast.Slice{Lower: c.optExpr(o, "lower"), Upper: c.optExpr(o, "upper"), Step: c.optExpr(o, "step")}
	case cExtSlice:
		items := c.list(o, "dims", "ExtSlice")
		dims := make([]ast.SliceType, len(items))
		for i, it := range items {
			dims[i] = c.slice(it)
			if dims[i] == nil {
				c.failf(py.TypeError, "expected some sort of slice, but got None")
			}
		}
		return &ast.ExtSlice{Dims: dims}
	default:
		value := c.reqExpr(o, "value", "Index")
		c.required(value == nil, "value", "Index")
		return &ast.Index{Value: value}
	}
}
