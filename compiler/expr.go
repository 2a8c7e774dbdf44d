package compiler

import (
	"math/big"

	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/symtable"
)

var binaryOps = [...]opcode.Opcode{
	ast.Add:      opcode.BINARY_ADD,
	ast.Sub:      opcode.BINARY_SUBTRACT,
	ast.Mult:     opcode.BINARY_MULTIPLY,
	ast.Div:      opcode.BINARY_TRUE_DIVIDE,
	ast.Mod:      opcode.BINARY_MODULO,
	ast.Pow:      opcode.BINARY_POWER,
	ast.LShift:   opcode.BINARY_LSHIFT,
	ast.RShift:   opcode.BINARY_RSHIFT,
	ast.BitOr:    opcode.BINARY_OR,
	ast.BitXor:   opcode.BINARY_XOR,
	ast.BitAnd:   opcode.BINARY_AND,
	ast.FloorDiv: opcode.BINARY_FLOOR_DIVIDE,
}

var inplaceOps = [...]opcode.Opcode{
	ast.Add:      opcode.INPLACE_ADD,
	ast.Sub:      opcode.INPLACE_SUBTRACT,
	ast.Mult:     opcode.INPLACE_MULTIPLY,
	ast.Div:      opcode.INPLACE_TRUE_DIVIDE,
	ast.Mod:      opcode.INPLACE_MODULO,
	ast.Pow:      opcode.INPLACE_POWER,
	ast.LShift:   opcode.INPLACE_LSHIFT,
	ast.RShift:   opcode.INPLACE_RSHIFT,
	ast.BitOr:    opcode.INPLACE_OR,
	ast.BitXor:   opcode.INPLACE_XOR,
	ast.BitAnd:   opcode.INPLACE_AND,
	ast.FloorDiv: opcode.INPLACE_FLOOR_DIVIDE,
}

var unaryOps = [...]opcode.Opcode{
	ast.Invert: opcode.UNARY_INVERT,
	ast.Not:    opcode.UNARY_NOT,
	ast.UAdd:   opcode.UNARY_POSITIVE,
	ast.USub:   opcode.UNARY_NEGATIVE,
}

var compareOps = [...]int{
	ast.Eq:    opcode.CmpEQ,
	ast.NotEq: opcode.CmpNE,
	ast.Lt:    opcode.CmpLT,
	ast.LtE:   opcode.CmpLE,
	ast.Gt:    opcode.CmpGT,
	ast.GtE:   opcode.CmpGE,
	ast.Is:    opcode.CmpIs,
	ast.IsNot: opcode.CmpIsNot,
	ast.In:    opcode.CmpIn,
	ast.NotIn: opcode.CmpNotIn,
}

// exprLine moves the current line to an expression's when that is later:
// an expression on a new line starts a new line-table entry.
func (c *compiler) exprLine(e ast.Expr) {
	if l := e.Location().Lineno; l > c.u.lineno {
		c.u.lineno = l
		c.u.linenoSet = false
	}
}

func (c *compiler) expr(e ast.Expr) {
	c.exprLine(e)
	switch e := e.(type) {
	case *ast.BoolOp:
		jump := opcode.JUMP_IF_TRUE_OR_POP
		if e.Op == ast.And {
			jump = opcode.JUMP_IF_FALSE_OR_POP
		}
		end := c.newBlock()
		n := len(e.Values) - 1
		for _, v := range e.Values[:n] {
			c.expr(v)
			c.jumpAbs(jump, end)
		}
		c.expr(e.Values[n])
		c.useNextBlock(end)
	case *ast.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
		c.emit(binaryOps[e.Op])
	case *ast.UnaryOp:
		c.expr(e.Operand)
		c.emit(unaryOps[e.Op])
	case *ast.Lambda:
		c.lambda(e)
	case *ast.IfExp:
		end := c.newBlock()
		next := c.newBlock()
		c.expr(e.Test)
		c.jumpAbs(opcode.POP_JUMP_IF_FALSE, next)
		c.expr(e.Body)
		c.jumpRel(opcode.JUMP_FORWARD, end)
		c.useNextBlock(next)
		c.expr(e.Orelse)
		c.useNextBlock(end)
	case *ast.Dict:
		n := len(e.Values)
		if n > 0xFFFF {
			c.emitArg(opcode.BUILD_MAP, 0xFFFF)
		} else {
			c.emitArg(opcode.BUILD_MAP, n)
		}
		for i := range e.Values {
			c.expr(e.Values[i])
			c.expr(e.Keys[i])
			c.emit(opcode.STORE_MAP)
		}
	case *ast.Set:
		c.exprs(e.Elts)
		c.emitArg(opcode.BUILD_SET, len(e.Elts))
	case *ast.GeneratorExp:
		c.comprehension(e, compGenExp, "<genexpr>", e.Generators, e.Elt, nil)
	case *ast.ListComp:
		c.comprehension(e, compList, "<listcomp>", e.Generators, e.Elt, nil)
	case *ast.SetComp:
		c.comprehension(e, compSet, "<setcomp>", e.Generators, e.Elt, nil)
	case *ast.DictComp:
		c.comprehension(e, compDict, "<dictcomp>", e.Generators, e.Key, e.Value)
	case *ast.Yield:
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadConst(py.None)
		}
		c.emit(opcode.YIELD_VALUE)
	case *ast.Compare:
		c.compare(e)
	case *ast.Call:
		if a, ok := e.Func.(*ast.Attribute); ok && !c.opts.CPythonCalls && e.Starargs == nil && e.Kwargs == nil {
			c.methodCall(e, a)
			return
		}
		c.expr(e.Func)
		c.callHelper(0, e.Args, e.Keywords, e.Starargs, e.Kwargs)
	case *ast.Num:
		c.loadConst(numConst(e.N))
	case *ast.Str:
		c.loadConst(py.NewStr(e.S))
	case *ast.Bytes:
		c.loadConst(py.NewBytes(e.S))
	case *ast.Ellipsis:
		c.loadConst(py.Ellipsis)
	case *ast.Attribute:
		c.expr(e.Value)
		switch e.Ctx {
		case ast.Store:
			c.emitName(opcode.STORE_ATTR, e.Attr, true)
		case ast.Del:
			c.emitName(opcode.DELETE_ATTR, e.Attr, true)
		default:
			c.emitName(opcode.LOAD_ATTR, e.Attr, true)
		}
	case *ast.Subscript:
		c.expr(e.Value)
		c.subscriptValue(e.Slice)
		switch e.Ctx {
		case ast.Store:
			c.emit(opcode.STORE_SUBSCR)
		case ast.Del:
			c.emit(opcode.DELETE_SUBSCR)
		default:
			c.emit(opcode.BINARY_SUBSCR)
		}
	case *ast.Name:
		c.nameOp(e.Id, e.Ctx)
	case *ast.List:
		c.sequence(e.Elts, e.Ctx, opcode.BUILD_LIST)
	case *ast.Tuple:
		c.sequence(e.Elts, e.Ctx, opcode.BUILD_TUPLE)
	case *ast.Starred:
		// Check rejects a starred expression anywhere but in a target
		// list, where sequence compiles its value in its place.
		panic("compiler: starred expression outside a target list")
	}
}

// numConst converts a literal's value to a constant.
func numConst(n interface{}) py.Object {
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
		// A Num made from Python (compile() of an AST object) may hold
		// any value, which 3.2 loads as it is.
		return n
	}
	panic("compiler: bad number literal")
}

// sequence generates a list or tuple display, or a target list, which
// unpacks with UNPACK_SEQUENCE, or UNPACK_EX around a starred target.
func (c *compiler) sequence(elts []ast.Expr, ctx ast.ExprContext, build opcode.Opcode) {
	n := len(elts)
	star := -1
	if ctx == ast.Store {
		for i, e := range elts {
			if _, ok := e.(*ast.Starred); ok {
				star = i
				c.emitArg(opcode.UNPACK_EX, i+(n-i-1)<<8)
				break
			}
		}
		if star < 0 {
			c.emitArg(opcode.UNPACK_SEQUENCE, n)
		}
	}
	for i, e := range elts {
		if i == star {
			e = e.(*ast.Starred).Value
		}
		c.expr(e)
	}
	if ctx == ast.Load {
		c.emitArg(build, n)
	}
}

// nameOp loads, stores or deletes a name: a fast local, a cell or free
// variable, a global, or a name looked up in the namespace dicts, as its
// scope decides.
func (c *compiler) nameOp(name string, ctx ast.ExprContext) {
	u := c.u
	mangled := symtable.Mangle(u.st.Private, name)
	const (
		byName = iota
		fast
		global
		deref
	)
	kind := byName
	var derefs *nameTable
	switch u.st.ScopeOf(mangled) {
	case symtable.Free:
		kind, derefs = deref, &u.freevars
	case symtable.Cell:
		kind, derefs = deref, &u.cellvars
	case symtable.Local:
		if u.st.Type == symtable.FunctionBlock {
			kind = fast
		}
	case symtable.GlobalImplicit:
		if u.st.Type == symtable.FunctionBlock && u.st.Unoptimized == 0 {
			kind = global
		}
	case symtable.GlobalExplicit:
		kind = global
	}
	pick := func(load, store, del opcode.Opcode) opcode.Opcode {
		switch ctx {
		case ast.Store:
			return store
		case ast.Del:
			return del
		}
		return load
	}
	switch kind {
	case deref:
		c.emitArg(pick(opcode.LOAD_DEREF, opcode.STORE_DEREF, opcode.DELETE_DEREF), derefs.add(mangled))
	case fast:
		c.emitArg(pick(opcode.LOAD_FAST, opcode.STORE_FAST, opcode.DELETE_FAST), u.varnames.add(mangled))
	case global:
		c.emitArg(pick(opcode.LOAD_GLOBAL, opcode.STORE_GLOBAL, opcode.DELETE_GLOBAL), u.names.add(mangled))
	default:
		c.emitArg(pick(opcode.LOAD_NAME, opcode.STORE_NAME, opcode.DELETE_NAME), u.names.add(mangled))
	}
}

// compare generates a comparison; a chain a < b < c keeps b for the next
// test and stops at the first false one.
func (c *compiler) compare(e *ast.Compare) {
	c.expr(e.Left)
	n := len(e.Ops)
	var cleanup *block
	if n > 1 {
		cleanup = c.newBlock()
		c.expr(e.Comparators[0])
	}
	for i := 1; i < n; i++ {
		c.emit(opcode.DUP_TOP)
		c.emit(opcode.ROT_THREE)
		c.emitArg(opcode.COMPARE_OP, compareOps[e.Ops[i-1]])
		c.jumpAbs(opcode.JUMP_IF_FALSE_OR_POP, cleanup)
		c.nextBlock()
		if i < n-1 {
			c.expr(e.Comparators[i])
		}
	}
	c.expr(e.Comparators[n-1])
	c.emitArg(opcode.COMPARE_OP, compareOps[e.Ops[n-1]])
	if n > 1 {
		end := c.newBlock()
		c.jumpRel(opcode.JUMP_FORWARD, end)
		c.useNextBlock(cleanup)
		c.emit(opcode.ROT_TWO)
		c.emit(opcode.POP_TOP)
		c.useNextBlock(end)
	}
}

// callHelper generates the arguments of a call whose callable and first
// n arguments are pushed already, and the call.
func (c *compiler) callHelper(n int, args []ast.Expr, keywords []*ast.Keyword, starargs, kwargs ast.Expr) {
	n += len(args)
	c.exprs(args)
	for _, k := range keywords {
		c.loadConst(py.NewStr(k.Arg))
		c.expr(k.Value)
	}
	n |= len(keywords) << 8
	op := opcode.CALL_FUNCTION
	if starargs != nil {
		c.expr(starargs)
		op = opcode.CALL_FUNCTION_VAR
	}
	if kwargs != nil {
		c.expr(kwargs)
		if op == opcode.CALL_FUNCTION_VAR {
			op = opcode.CALL_FUNCTION_VAR_KW
		} else {
			op = opcode.CALL_FUNCTION_KW
		}
	}
	c.emitArg(op, n)
}

// methodCall generates obj.name(args) with LOAD_METHOD and CALL_METHOD
// where CPython has LOAD_ATTR and CALL_FUNCTION, so that the evaluator
// can call the function found on obj's type without making a bound
// method. Everything else is as CPython generates it.
func (c *compiler) methodCall(e *ast.Call, a *ast.Attribute) {
	c.exprLine(a)
	c.expr(a.Value)
	c.emitName(opcode.LOAD_METHOD, a.Attr, true)
	n := len(e.Args)
	c.exprs(e.Args)
	for _, k := range e.Keywords {
		c.loadConst(py.NewStr(k.Arg))
		c.expr(k.Value)
	}
	c.emitArg(opcode.CALL_METHOD, n|len(e.Keywords)<<8)
}

func (c *compiler) lambda(e *ast.Lambda) {
	args := e.Args
	kwDefaults := c.kwonlyDefaults(args)
	c.exprs(args.Defaults)
	c.enterScope("<lambda>", e, e.Lineno)
	// None is the first constant, so a lambda has no docstring.
	c.u.consts.add(py.None)
	c.u.argcount = len(args.Args)
	c.u.kwonlyargcount = len(args.Kwonlyargs)
	c.expr(e.Body)
	if c.u.st.Generator {
		c.emit(opcode.POP_TOP)
	} else {
		c.emit(opcode.RETURN_VALUE)
	}
	co := c.assemble(true)
	c.exitScope()
	c.makeClosure(co, len(args.Defaults)|kwDefaults<<8)
}

type compKind uint8

const (
	compGenExp compKind = iota
	compList
	compSet
	compDict
)

// comprehension generates a comprehension as a function of its own,
// called at once with the iterator of its outermost iterable (which the
// enclosing code evaluates).
func (c *compiler) comprehension(e ast.Expr, kind compKind, name string, gens []*ast.Comprehension, elt, value ast.Expr) {
	c.enterScope(name, e, e.Location().Lineno)
	switch kind {
	case compList:
		c.emitArg(opcode.BUILD_LIST, 0)
	case compSet:
		c.emitArg(opcode.BUILD_SET, 0)
	case compDict:
		c.emitArg(opcode.BUILD_MAP, 0)
	}
	c.comprehensionLoop(gens, 0, elt, value, kind)
	if kind != compGenExp {
		c.emit(opcode.RETURN_VALUE)
	}
	co := c.assemble(true)
	c.exitScope()
	c.makeClosure(co, 0)
	c.expr(gens[0].Iter)
	c.emit(opcode.GET_ITER)
	c.emitArg(opcode.CALL_FUNCTION, 1)
}

// comprehensionLoop generates the loop of generator i and, inside it,
// those of the following ones; the innermost yields or adds the element
// to the result, which lies below the iterators on the stack.
func (c *compiler) comprehensionLoop(gens []*ast.Comprehension, i int, elt, value ast.Expr, kind compKind) {
	start := c.newBlock()
	skip := c.newBlock()
	ifCleanup := c.newBlock()
	anchor := c.newBlock()
	g := gens[i]
	if i == 0 {
		// The outermost iterator is the argument.
		c.u.argcount = 1
		c.emitArg(opcode.LOAD_FAST, 0)
	} else {
		c.expr(g.Iter)
		c.emit(opcode.GET_ITER)
	}
	c.useNextBlock(start)
	c.jumpRel(opcode.FOR_ITER, anchor)
	c.nextBlock()
	c.expr(g.Target)
	for _, test := range g.Ifs {
		c.expr(test)
		c.jumpAbs(opcode.POP_JUMP_IF_FALSE, ifCleanup)
		c.nextBlock()
	}
	if i+1 < len(gens) {
		c.comprehensionLoop(gens, i+1, elt, value, kind)
	} else {
		depth := len(gens) + 1
		switch kind {
		case compGenExp:
			c.expr(elt)
			c.emit(opcode.YIELD_VALUE)
			c.emit(opcode.POP_TOP)
		case compList:
			c.expr(elt)
			c.emitArg(opcode.LIST_APPEND, depth)
		case compSet:
			c.expr(elt)
			c.emitArg(opcode.SET_ADD, depth)
		case compDict:
			// As in d[k] = v, the value is evaluated before the key.
			c.expr(value)
			c.expr(elt)
			c.emitArg(opcode.MAP_ADD, depth)
		}
		c.useNextBlock(skip)
	}
	c.useNextBlock(ifCleanup)
	c.jumpAbs(opcode.JUMP_ABSOLUTE, start)
	c.useNextBlock(anchor)
}

// subscriptValue pushes a subscript: an index, a slice object, or the
// tuple of an extended slice's dimensions.
func (c *compiler) subscriptValue(s ast.SliceType) {
	switch s := s.(type) {
	case *ast.Index:
		c.expr(s.Value)
	case *ast.Slice:
		c.sliceObject(s)
	case *ast.ExtSlice:
		for _, d := range s.Dims {
			switch d := d.(type) {
			case *ast.Slice:
				c.sliceObject(d)
			case *ast.Index:
				c.expr(d.Value)
			}
		}
		c.emitArg(opcode.BUILD_TUPLE, len(s.Dims))
	}
}

func (c *compiler) sliceObject(s *ast.Slice) {
	n := 2
	for _, bound := range []ast.Expr{s.Lower, s.Upper} {
		if bound != nil {
			c.expr(bound)
		} else {
			c.loadConst(py.None)
		}
	}
	if s.Step != nil {
		n++
		c.expr(s.Step)
	}
	c.emitArg(opcode.BUILD_SLICE, n)
}
