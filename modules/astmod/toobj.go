package astmod

import (
	"math/big"

	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/py"
)

// ToObject turns a tree into node objects, as 3.2's PyAST_mod2obj: every
// node an instance of its class with its fields (and lineno and
// col_offset) in its __dict__, absent optional values None, sequences
// lists, operators and contexts the shared instances.
func (converter) ToObject(t *py.Thread, mod ast.ModType) (py.Object, error) {
	s, err := stateOf(t)
	if err != nil {
		return nil, err
	}
	c := &toObj{s: s}
	return c.mod(mod), nil
}

type toObj struct{ s *state }

var (
	strLineno    = py.NewStr("lineno")
	strColOffset = py.NewStr("col_offset")
)

// node makes an instance of class id with the given field values, in the
// order of the class's _fields, and loc's position when loc is not nil.
func (c *toObj) node(id classID, loc *ast.Loc, values ...py.Object) py.Object {
	o := py.NewInstance(c.s.classes[id])
	d := py.InstanceDict(o)
	for i, f := range classDefs[id].fields {
		d.SetStr(c.s.name(f), values[i])
	}
	if loc != nil {
		d.SetStr(strLineno, py.NewInt(int64(loc.Lineno)))
		d.SetStr(strColOffset, py.NewInt(int64(loc.ColOffset)))
	}
	return o
}

func ident(s string) py.Object { return py.NewStr(s) }

func optIdent(s string) py.Object {
	if s == "" {
		return py.None
	}
	return py.NewStr(s)
}

func identList(names []string) py.Object {
	items := make([]py.Object, len(names))
	for i, n := range names {
		items[i] = py.NewStr(n)
	}
	return py.NewList(items...)
}

func (c *toObj) mod(m ast.ModType) py.Object {
	switch m := m.(type) {
	case *ast.Module:
		return c.node(cModule, nil, c.stmts(m.Body))
	case *ast.Interactive:
		return c.node(cInteractive, nil, c.stmts(m.Body))
	case *ast.Expression:
		return c.node(cExpression, nil, c.expr(m.Body))
	case *ast.Suite:
		return c.node(cSuite, nil, c.stmts(m.Body))
	}
	return py.None
}

func (c *toObj) stmts(body []ast.Stmt) py.Object {
	items := make([]py.Object, len(body))
	for i, s := range body {
		items[i] = c.stmt(s)
	}
	return py.NewList(items...)
}

func (c *toObj) exprs(es []ast.Expr) py.Object {
	items := make([]py.Object, len(es))
	for i, e := range es {
		items[i] = c.expr(e)
	}
	return py.NewList(items...)
}

func (c *toObj) keywords(ks []*ast.Keyword) py.Object {
	items := make([]py.Object, len(ks))
	for i, k := range ks {
		items[i] = c.node(cKeyword, nil, ident(k.Arg), c.expr(k.Value))
	}
	return py.NewList(items...)
}

func (c *toObj) aliases(as []*ast.Alias) py.Object {
	items := make([]py.Object, len(as))
	for i, a := range as {
		items[i] = c.node(cAlias, nil, ident(a.Name), optIdent(a.Asname))
	}
	return py.NewList(items...)
}

func (c *toObj) stmt(s ast.Stmt) py.Object {
	switch s := s.(type) {
	case *ast.FunctionDef:
		return c.node(cFunctionDef, &s.Loc, ident(s.Name), c.arguments(s.Args), c.stmts(s.Body), c.exprs(s.DecoratorList), c.expr(s.Returns))
	case *ast.ClassDef:
		return c.node(cClassDef, &s.Loc, ident(s.Name), c.exprs(s.Bases), c.keywords(s.Keywords), c.expr(s.Starargs), c.expr(s.Kwargs), c.stmts(s.Body), c.exprs(s.DecoratorList))
	case *ast.Return:
		return c.node(cReturn, &s.Loc, c.expr(s.Value))
	case *ast.Delete:
		return c.node(cDelete, &s.Loc, c.exprs(s.Targets))
	case *ast.Assign:
		return c.node(cAssign, &s.Loc, c.exprs(s.Targets), c.expr(s.Value))
	case *ast.AugAssign:
		return c.node(cAugAssign, &s.Loc, c.expr(s.Target), c.s.singletons[operatorClass[s.Op]], c.expr(s.Value))
	case *ast.For:
		return c.node(cFor, &s.Loc, c.expr(s.Target), c.expr(s.Iter), c.stmts(s.Body), c.stmts(s.Orelse))
	case *ast.While:
		return c.node(cWhile, &s.Loc, c.expr(s.Test), c.stmts(s.Body), c.stmts(s.Orelse))
	case *ast.If:
		return c.node(cIf, &s.Loc, c.expr(s.Test), c.stmts(s.Body), c.stmts(s.Orelse))
	case *ast.With:
		return c.node(cWith, &s.Loc, c.expr(s.ContextExpr), c.expr(s.OptionalVars), c.stmts(s.Body))
	case *ast.Raise:
		return c.node(cRaise, &s.Loc, c.expr(s.Exc), c.expr(s.Cause))
	case *ast.TryExcept:
		handlers := make([]py.Object, len(s.Handlers))
		for i, h := range s.Handlers {
			handlers[i] = c.node(cExceptHandler, &h.Loc, c.expr(h.Type), optIdent(h.Name), c.stmts(h.Body))
		}
		return c.node(cTryExcept, &s.Loc, c.stmts(s.Body), py.NewList(handlers...), c.stmts(s.Orelse))
	case *ast.TryFinally:
		return c.node(cTryFinally, &s.Loc, c.stmts(s.Body), c.stmts(s.Finalbody))
	case *ast.Assert:
		return c.node(cAssert, &s.Loc, c.expr(s.Test), c.expr(s.Msg))
	case *ast.Import:
		return c.node(cImport, &s.Loc, c.aliases(s.Names))
	case *ast.ImportFrom:
		return c.node(cImportFrom, &s.Loc, optIdent(s.Module), c.aliases(s.Names), py.NewInt(int64(s.Level)))
	case *ast.Global:
		return c.node(cGlobal, &s.Loc, identList(s.Names))
	case *ast.Nonlocal:
		return c.node(cNonlocal, &s.Loc, identList(s.Names))
	case *ast.ExprStmt:
		return c.node(cExpr, &s.Loc, c.expr(s.Value))
	case *ast.Pass:
		return c.node(cPass, &s.Loc)
	case *ast.Break:
		return c.node(cBreak, &s.Loc)
	case *ast.Continue:
		return c.node(cContinue, &s.Loc)
	}
	return py.None
}

func (c *toObj) comprehensions(gens []*ast.Comprehension) py.Object {
	items := make([]py.Object, len(gens))
	for i, g := range gens {
		items[i] = c.node(cComprehension, nil, c.expr(g.Target), c.expr(g.Iter), c.exprs(g.Ifs))
	}
	return py.NewList(items...)
}

func (c *toObj) expr(e ast.Expr) py.Object {
	switch e := e.(type) {
	case nil:
		return py.None
	case *ast.BoolOp:
		op := cAnd
		if e.Op == ast.Or {
			op = cOr
		}
		return c.node(cBoolOp, &e.Loc, c.s.singletons[op], c.exprs(e.Values))
	case *ast.BinOp:
		return c.node(cBinOp, &e.Loc, c.expr(e.Left), c.s.singletons[operatorClass[e.Op]], c.expr(e.Right))
	case *ast.UnaryOp:
		return c.node(cUnaryOp, &e.Loc, c.s.singletons[unaryClass[e.Op]], c.expr(e.Operand))
	case *ast.Lambda:
		return c.node(cLambda, &e.Loc, c.arguments(e.Args), c.expr(e.Body))
	case *ast.IfExp:
		return c.node(cIfExp, &e.Loc, c.expr(e.Test), c.expr(e.Body), c.expr(e.Orelse))
	case *ast.Dict:
		return c.node(cDict, &e.Loc, c.exprs(e.Keys), c.exprs(e.Values))
	case *ast.Set:
		return c.node(cSet, &e.Loc, c.exprs(e.Elts))
	case *ast.ListComp:
		return c.node(cListComp, &e.Loc, c.expr(e.Elt), c.comprehensions(e.Generators))
	case *ast.SetComp:
		return c.node(cSetComp, &e.Loc, c.expr(e.Elt), c.comprehensions(e.Generators))
	case *ast.DictComp:
		return c.node(cDictComp, &e.Loc, c.expr(e.Key), c.expr(e.Value), c.comprehensions(e.Generators))
	case *ast.GeneratorExp:
		return c.node(cGeneratorExp, &e.Loc, c.expr(e.Elt), c.comprehensions(e.Generators))
	case *ast.Yield:
		return c.node(cYield, &e.Loc, c.expr(e.Value))
	case *ast.Compare:
		ops := make([]py.Object, len(e.Ops))
		for i, op := range e.Ops {
			ops[i] = c.s.singletons[cmpClass[op]]
		}
		return c.node(cCompare, &e.Loc, c.expr(e.Left), py.NewList(ops...), c.exprs(e.Comparators))
	case *ast.Call:
		return c.node(cCall, &e.Loc, c.expr(e.Func), c.exprs(e.Args), c.keywords(e.Keywords), c.expr(e.Starargs), c.expr(e.Kwargs))
	case *ast.Num:
		return c.node(cNum, &e.Loc, numObject(e.N))
	case *ast.Str:
		return c.node(cStr, &e.Loc, py.NewStr(e.S))
	case *ast.Bytes:
		return c.node(cBytes, &e.Loc, py.NewBytes(e.S))
	case *ast.Ellipsis:
		return c.node(cEllipsis, &e.Loc)
	case *ast.Attribute:
		return c.node(cAttribute, &e.Loc, c.expr(e.Value), ident(e.Attr), c.ctx(e.Ctx))
	case *ast.Subscript:
		return c.node(cSubscript, &e.Loc, c.expr(e.Value), c.slice(e.Slice), c.ctx(e.Ctx))
	case *ast.Starred:
		return c.node(cStarred, &e.Loc, c.expr(e.Value), c.ctx(e.Ctx))
	case *ast.Name:
		return c.node(cName, &e.Loc, ident(e.Id), c.ctx(e.Ctx))
	case *ast.List:
		return c.node(cList, &e.Loc, c.exprs(e.Elts), c.ctx(e.Ctx))
	case *ast.Tuple:
		return c.node(cTuple, &e.Loc, c.exprs(e.Elts), c.ctx(e.Ctx))
	}
	return py.None
}

// numObject is the value of a Num node.
func numObject(n interface{}) py.Object {
	switch n := n.(type) {
	case int64:
		return py.NewInt(n)
	case *big.Int:
		return py.NewBigInt(new(big.Int).Set(n))
	case float64:
		return py.NewFloat(n)
	case complex128:
		return py.NewComplex(n)
	case py.Object:
		return n
	}
	return py.None
}

func (c *toObj) ctx(x ast.ExprContext) py.Object {
	if int(x) < len(ctxClass) && x != 0 {
		return c.s.singletons[ctxClass[x]]
	}
	return py.None
}

func (c *toObj) slice(s ast.SliceType) py.Object {
	switch s := s.(type) {
	case *ast.Slice:
		return c.node(cSliceNode, nil, c.expr(s.Lower), c.expr(s.Upper), c.expr(s.Step))
	case *ast.ExtSlice:
		dims := make([]py.Object, len(s.Dims))
		for i, d := range s.Dims {
			dims[i] = c.slice(d)
		}
		return c.node(cExtSlice, nil, py.NewList(dims...))
	case *ast.Index:
		return c.node(cIndex, nil, c.expr(s.Value))
	}
	return py.None
}

func (c *toObj) arguments(a *ast.Arguments) py.Object {
	if a == nil {
		return py.None
	}
	args := func(as []*ast.Arg) py.Object {
		items := make([]py.Object, len(as))
		for i, x := range as {
			items[i] = c.node(cArg, nil, ident(x.Arg), c.expr(x.Annotation))
		}
		return py.NewList(items...)
	}
	return c.node(cArguments, nil, args(a.Args), optIdent(a.Vararg), c.expr(a.Varargannotation),
		args(a.Kwonlyargs), optIdent(a.Kwarg), c.expr(a.Kwargannotation), c.exprs(a.Defaults), c.exprs(a.KwDefaults))
}

// The classes of the enumerations' values, indexed by the Go constant.
var (
	ctxClass      = [...]classID{0, cLoad, cStore, cDel, cAugLoad, cAugStore, cParam}
	operatorClass = [...]classID{0, cAdd, cSub, cMult, cDiv, cMod_, cPow, cLShift, cRShift, cBitOr, cBitXor, cBitAnd, cFloorDiv}
	unaryClass    = [...]classID{0, cInvert, cNot, cUAdd, cUSub}
	cmpClass      = [...]classID{0, cEq, cNotEq, cLt, cLtE, cGt, cGtE, cIs, cIsNot, cIn, cNotIn}
)
