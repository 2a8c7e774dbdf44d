package compiler

import (
	"strings"

	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/symtable"
)

// The code generator follows CPython 3.2's (Python/compile.c) construct
// by construct: the same instructions in the same basic blocks, the same
// order of constants and names, the same line bookkeeping, so that after
// the same optimizations every code object equals CPython's instruction
// for instruction. Check has already rejected every program the
// generator cannot translate, so it meets no errors.

// module generates the code object of a module, interactive statement
// or expression.
func (c *compiler) module(mod ast.ModType) *py.Code {
	// The first line is fixed up by assemble.
	c.enterScope("<module>", mod, 0)
	addNone := true
	switch m := mod.(type) {
	case *ast.Module:
		c.body(m.Body)
	case *ast.Interactive:
		c.interactive = true
		c.stmts(m.Body)
	case *ast.Expression:
		c.expr(m.Body)
		addNone = false
	}
	co := c.assemble(addNone)
	c.exitScope()
	return co
}

// body generates a module or class body, storing its docstring in
// __doc__ unless -OO drops docstrings (the string is then an expression
// statement like any other, which generates nothing).
func (c *compiler) body(stmts []ast.Stmt) {
	if len(stmts) > 0 && isDocstring(stmts[0]) && c.opts.Optimize < 2 {
		c.setStmtLine(stmts[0])
		c.expr(stmts[0].(*ast.ExprStmt).Value)
		c.nameOp("__doc__", ast.Store)
		stmts = stmts[1:]
	}
	c.stmts(stmts)
}

func (c *compiler) stmts(stmts []ast.Stmt) {
	for _, s := range stmts {
		c.stmt(s)
	}
}

func (c *compiler) exprs(es []ast.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

// setStmtLine gives the next instruction the statement's line.
func (c *compiler) setStmtLine(s ast.Stmt) {
	c.u.lineno = s.Location().Lineno
	c.u.linenoSet = false
}

func (c *compiler) stmt(s ast.Stmt) {
	c.setStmtLine(s)
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.functionDef(s)
	case *ast.ClassDef:
		c.classDef(s)
	case *ast.Return:
		if s.Value != nil {
			c.expr(s.Value)
		} else {
			c.loadConst(py.None)
		}
		c.emit(opcode.RETURN_VALUE)
	case *ast.Delete:
		c.exprs(s.Targets)
	case *ast.Assign:
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.emit(opcode.DUP_TOP)
			}
			c.expr(t)
		}
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.For:
		c.forStmt(s)
	case *ast.While:
		c.whileStmt(s)
	case *ast.If:
		c.ifStmt(s)
	case *ast.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.emitArg(opcode.RAISE_VARARGS, n)
	case *ast.TryExcept:
		c.tryExcept(s)
	case *ast.TryFinally:
		c.tryFinally(s)
	case *ast.Assert:
		c.assert(s)
	case *ast.Import:
		c.importStmt(s)
	case *ast.ImportFrom:
		c.importFrom(s)
	case *ast.ExprStmt:
		if c.interactive && c.nestLevel() <= 1 {
			c.expr(s.Value)
			c.emit(opcode.PRINT_EXPR)
			return
		}
		switch s.Value.(type) {
		case *ast.Str, *ast.Num:
		default:
			c.expr(s.Value)
			c.emit(opcode.POP_TOP)
		}
	case *ast.Break:
		c.emit(opcode.BREAK_LOOP)
	case *ast.Continue:
		c.continueStmt()
	case *ast.With:
		c.with(s)
	case *ast.Global, *ast.Nonlocal, *ast.Pass:
	}
}

// functionDef generates a def: decorators, keyword-only defaults,
// defaults and annotations are evaluated first, then the function is made
// from its code object and bound.
func (c *compiler) functionDef(s *ast.FunctionDef) {
	args := s.Args
	c.exprs(s.DecoratorList)
	kwDefaults := c.kwonlyDefaults(args)
	c.exprs(args.Defaults)
	annotations := c.annotations(args, s.Returns)

	c.enterScope(s.Name, s, s.Lineno)
	body := s.Body
	docstring := isDocstring(body[0])
	var first py.Object = py.None
	if docstring && c.opts.Optimize < 2 {
		first = py.NewStr(body[0].(*ast.ExprStmt).Value.(*ast.Str).S)
	}
	c.u.consts.add(first)
	c.u.argcount = len(args.Args)
	c.u.kwonlyargcount = len(args.Kwonlyargs)
	if docstring {
		body = body[1:]
	}
	c.stmts(body)
	co := c.assemble(true)
	c.exitScope()

	c.makeClosure(co, len(args.Defaults)|kwDefaults<<8|annotations<<16)
	for range s.DecoratorList {
		c.emitArg(opcode.CALL_FUNCTION, 1)
	}
	c.nameOp(s.Name, ast.Store)
}

// kwonlyDefaults pushes the name and default of each keyword-only
// parameter that has one, and returns how many.
func (c *compiler) kwonlyDefaults(args *ast.Arguments) int {
	n := 0
	for i, a := range args.Kwonlyargs {
		if i < len(args.KwDefaults) && args.KwDefaults[i] != nil {
			c.loadConst(py.NewStr(symtable.Mangle(c.u.st.Private, a.Arg)))
			c.expr(args.KwDefaults[i])
			n++
		}
	}
	return n
}

// annotations pushes the annotations of a def and the tuple of the names
// they annotate (unmangled), and returns how many values it pushed.
func (c *compiler) annotations(args *ast.Arguments, returns ast.Expr) int {
	var names []py.Object
	visit := func(name string, e ast.Expr) {
		if e != nil {
			c.expr(e)
			names = append(names, py.NewStr(name))
		}
	}
	for _, a := range args.Args {
		visit(a.Arg, a.Annotation)
	}
	visit(args.Vararg, args.Varargannotation)
	for _, a := range args.Kwonlyargs {
		visit(a.Arg, a.Annotation)
	}
	visit(args.Kwarg, args.Kwargannotation)
	visit("return", returns)
	if len(names) == 0 {
		return 0
	}
	if len(names) > 65534 {
		panic(failure{&parser.SyntaxError{Msg: "too many annotations", Offset: parser.NoOffset}})
	}
	c.loadConst(py.NewTuple(names...))
	return len(names) + 1
}

// makeClosure pushes a function made from co: with MAKE_FUNCTION, or with
// MAKE_CLOSURE after the tuple of the cells its free variables live in.
func (c *compiler) makeClosure(co *py.Code, args int) {
	if len(co.FreeVars) == 0 {
		c.loadConst(co)
		c.emitArg(opcode.MAKE_FUNCTION, args)
		return
	}
	for _, name := range co.FreeVars {
		// A class can hold a name both as its own and free: a method
		// uses a variable of the enclosing function named as one of the
		// class's attributes. The method gets the cell.
		var i int
		if c.u.st.ScopeOf(name.String()) == symtable.Cell {
			i, _ = c.u.cellvars.lookup(name.String())
		} else {
			i, _ = c.u.freevars.lookup(name.String())
		}
		c.emitArg(opcode.LOAD_CLOSURE, i)
	}
	c.emitArg(opcode.BUILD_TUPLE, len(co.FreeVars))
	c.loadConst(co)
	c.emitArg(opcode.MAKE_CLOSURE, args)
}

// classDef generates a class statement as the call
// __build_class__(func, name, *bases, **keywords) of a function made
// from the class body, which stores its __locals__ argument as its
// namespace and returns the __class__ cell (or None).
func (c *compiler) classDef(s *ast.ClassDef) {
	c.exprs(s.DecoratorList)

	c.enterScope(s.Name, s, s.Lineno)
	c.u.argcount = 1
	c.emitArg(opcode.LOAD_FAST, 0)
	c.emit(opcode.STORE_LOCALS)
	c.nameOp("__name__", ast.Load)
	c.nameOp("__module__", ast.Store)
	c.body(s.Body)
	if i, ok := c.u.cellvars.lookup("__class__"); ok {
		c.emitArg(opcode.LOAD_CLOSURE, i)
	} else {
		c.loadConst(py.None)
	}
	c.emit(opcode.RETURN_VALUE)
	co := c.assemble(true)
	c.exitScope()

	c.emit(opcode.LOAD_BUILD_CLASS)
	c.makeClosure(co, 0)
	c.loadConst(py.NewStr(s.Name))
	c.callHelper(2, s.Bases, s.Keywords, s.Starargs, s.Kwargs)
	for range s.DecoratorList {
		c.emitArg(opcode.CALL_FUNCTION, 1)
	}
	c.nameOp(s.Name, ast.Store)
}

// ifStmt leaves out the test of a constant condition, and the branch it
// never takes.
func (c *compiler) ifStmt(s *ast.If) {
	end := c.newBlock()
	switch c.constant(s.Test) {
	case 0:
		c.stmts(s.Orelse)
	case 1:
		c.stmts(s.Body)
	default:
		next := end
		if len(s.Orelse) > 0 {
			next = c.newBlock()
		}
		c.expr(s.Test)
		c.jumpAbs(opcode.POP_JUMP_IF_FALSE, next)
		c.stmts(s.Body)
		c.jumpRel(opcode.JUMP_FORWARD, end)
		if len(s.Orelse) > 0 {
			c.useNextBlock(next)
			c.stmts(s.Orelse)
		}
	}
	c.useNextBlock(end)
}

func (c *compiler) forStmt(s *ast.For) {
	start := c.newBlock()
	cleanup := c.newBlock()
	end := c.newBlock()
	c.jumpRel(opcode.SETUP_LOOP, end)
	c.pushBlock(loopBlock, start)
	c.expr(s.Iter)
	c.emit(opcode.GET_ITER)
	c.useNextBlock(start)
	c.jumpRel(opcode.FOR_ITER, cleanup)
	c.expr(s.Target)
	c.stmts(s.Body)
	c.jumpAbs(opcode.JUMP_ABSOLUTE, start)
	c.useNextBlock(cleanup)
	c.emit(opcode.POP_BLOCK)
	c.popBlock()
	c.stmts(s.Orelse)
	c.useNextBlock(end)
}

// whileStmt generates no loop at all for a constant false condition, and
// no test for a constant true one.
func (c *compiler) whileStmt(s *ast.While) {
	constant := c.constant(s.Test)
	if constant == 0 {
		c.stmts(s.Orelse)
		return
	}
	loop := c.newBlock()
	end := c.newBlock()
	var anchor *block
	if constant < 0 {
		anchor = c.newBlock()
	}
	if len(s.Orelse) > 0 {
		c.newBlock() // allocated, never used, as CPython does
	}
	c.jumpRel(opcode.SETUP_LOOP, end)
	c.useNextBlock(loop)
	c.pushBlock(loopBlock, loop)
	if constant < 0 {
		c.expr(s.Test)
		c.jumpAbs(opcode.POP_JUMP_IF_FALSE, anchor)
	}
	c.stmts(s.Body)
	c.jumpAbs(opcode.JUMP_ABSOLUTE, loop)
	if constant < 0 {
		c.useNextBlock(anchor)
		c.emit(opcode.POP_BLOCK)
	}
	c.popBlock()
	c.stmts(s.Orelse)
	c.useNextBlock(end)
}

// continueStmt jumps back to the loop's start: with JUMP_ABSOLUTE directly
// in the loop, with CONTINUE_LOOP (which unwinds the block stack) from a
// try or with inside it.
func (c *compiler) continueStmt() {
	fb := c.u.fblocks
	i := len(fb) - 1
	if fb[i].kind == loopBlock {
		c.jumpAbs(opcode.JUMP_ABSOLUTE, fb[i].block)
		return
	}
	for i--; fb[i].kind != loopBlock; i-- {
	}
	c.jumpAbs(opcode.CONTINUE_LOOP, fb[i].block)
}

func (c *compiler) tryFinally(s *ast.TryFinally) {
	body := c.newBlock()
	end := c.newBlock()
	c.jumpRel(opcode.SETUP_FINALLY, end)
	c.useNextBlock(body)
	c.pushBlock(finallyTryBlock, body)
	c.stmts(s.Body)
	c.emit(opcode.POP_BLOCK)
	c.popBlock()
	c.loadConst(py.None)
	c.useNextBlock(end)
	c.pushBlock(finallyEndBlock, end)
	c.stmts(s.Finalbody)
	c.emit(opcode.END_FINALLY)
	c.popBlock()
}

// tryExcept generates the handlers as a chain of tests; a handler with a
// name runs its body in a try/finally that unbinds the name.
func (c *compiler) tryExcept(s *ast.TryExcept) {
	body := c.newBlock()
	except := c.newBlock()
	orelse := c.newBlock()
	end := c.newBlock()
	c.jumpRel(opcode.SETUP_EXCEPT, except)
	c.useNextBlock(body)
	c.pushBlock(exceptBlock, body)
	c.stmts(s.Body)
	c.emit(opcode.POP_BLOCK)
	c.popBlock()
	c.jumpRel(opcode.JUMP_FORWARD, orelse)
	c.useNextBlock(except)
	for _, h := range s.Handlers {
		c.u.linenoSet = false
		c.u.lineno = h.Lineno
		except = c.newBlock()
		if h.Type != nil {
			c.emit(opcode.DUP_TOP)
			c.expr(h.Type)
			c.emitArg(opcode.COMPARE_OP, opcode.CmpExcMatch)
			c.jumpAbs(opcode.POP_JUMP_IF_FALSE, except)
		}
		c.emit(opcode.POP_TOP)
		if h.Name != "" {
			cleanupEnd := c.newBlock()
			cleanupBody := c.newBlock()
			c.nameOp(h.Name, ast.Store)
			c.emit(opcode.POP_TOP)
			c.jumpRel(opcode.SETUP_FINALLY, cleanupEnd)
			c.useNextBlock(cleanupBody)
			c.pushBlock(finallyTryBlock, cleanupBody)
			c.stmts(h.Body)
			c.emit(opcode.POP_BLOCK)
			c.emit(opcode.POP_EXCEPT)
			c.popBlock()
			c.loadConst(py.None)
			c.useNextBlock(cleanupEnd)
			c.pushBlock(finallyEndBlock, cleanupEnd)
			c.loadConst(py.None)
			c.nameOp(h.Name, ast.Store)
			c.nameOp(h.Name, ast.Del)
			c.emit(opcode.END_FINALLY)
			c.popBlock()
		} else {
			cleanupBody := c.newBlock()
			c.emit(opcode.POP_TOP)
			c.emit(opcode.POP_TOP)
			c.useNextBlock(cleanupBody)
			c.pushBlock(finallyTryBlock, cleanupBody)
			c.stmts(h.Body)
			c.emit(opcode.POP_EXCEPT)
			c.popBlock()
		}
		c.jumpRel(opcode.JUMP_FORWARD, end)
		c.useNextBlock(except)
	}
	c.emit(opcode.END_FINALLY)
	c.useNextBlock(orelse)
	c.stmts(s.Orelse)
	c.useNextBlock(end)
}

func (c *compiler) with(s *ast.With) {
	body := c.newBlock()
	finally := c.newBlock()
	c.expr(s.ContextExpr)
	c.jumpRel(opcode.SETUP_WITH, finally)
	c.useNextBlock(body)
	c.pushBlock(finallyTryBlock, body)
	if s.OptionalVars != nil {
		c.expr(s.OptionalVars)
	} else {
		c.emit(opcode.POP_TOP)
	}
	c.stmts(s.Body)
	c.emit(opcode.POP_BLOCK)
	c.popBlock()
	c.loadConst(py.None)
	c.useNextBlock(finally)
	c.pushBlock(finallyEndBlock, finally)
	c.emit(opcode.WITH_CLEANUP)
	c.emit(opcode.END_FINALLY)
	c.popBlock()
}

// assert generates nothing under -O.
func (c *compiler) assert(s *ast.Assert) {
	if c.opts.Optimize > 0 {
		return
	}
	c.expr(s.Test)
	end := c.newBlock()
	c.jumpAbs(opcode.POP_JUMP_IF_TRUE, end)
	c.emitName(opcode.LOAD_GLOBAL, "AssertionError", false)
	if s.Msg != nil {
		c.expr(s.Msg)
		c.emitArg(opcode.CALL_FUNCTION, 1)
	}
	c.emitArg(opcode.RAISE_VARARGS, 1)
	c.useNextBlock(end)
}

// importStmt binds each module imported: "import a.b.c" binds a, and
// "import a.b.c as d" binds d to a.b.c, found through attributes.
func (c *compiler) importStmt(s *ast.Import) {
	for _, alias := range s.Names {
		c.loadConst(py.NewInt(0))
		c.loadConst(py.None)
		c.emitName(opcode.IMPORT_NAME, alias.Name, true)
		if alias.Asname != "" {
			if dot := strings.IndexByte(alias.Name, '.'); dot >= 0 {
				for _, attr := range strings.Split(alias.Name[dot+1:], ".") {
					c.emitName(opcode.LOAD_ATTR, attr, false)
				}
			}
			c.nameOp(alias.Asname, ast.Store)
		} else {
			name := alias.Name
			if dot := strings.IndexByte(name, '.'); dot >= 0 {
				name = name[:dot]
			}
			c.nameOp(name, ast.Store)
		}
	}
}

func (c *compiler) importFrom(s *ast.ImportFrom) {
	names := make([]py.Object, len(s.Names))
	for i, a := range s.Names {
		names[i] = py.NewStr(a.Name)
	}
	c.loadConst(py.NewInt(int64(s.Level)))
	c.loadConst(py.NewTuple(names...))
	c.emitName(opcode.IMPORT_NAME, s.Module, true)
	for i, a := range s.Names {
		if i == 0 && a.Name == "*" {
			c.emit(opcode.IMPORT_STAR)
			return
		}
		c.emitName(opcode.IMPORT_FROM, a.Name, true)
		store := a.Name
		if a.Asname != "" {
			store = a.Asname
		}
		c.nameOp(store, ast.Store)
	}
	c.emit(opcode.POP_TOP)
}

// augAssign loads the target, applies the in-place operator and stores
// the result, evaluating the target's object and subscript once.
func (c *compiler) augAssign(s *ast.AugAssign) {
	op := inplaceOps[s.Op]
	switch t := s.Target.(type) {
	case *ast.Attribute:
		c.exprLine(t)
		c.expr(t.Value)
		c.emit(opcode.DUP_TOP)
		c.emitName(opcode.LOAD_ATTR, t.Attr, true)
		c.expr(s.Value)
		c.emit(op)
		c.exprLine(t)
		c.emit(opcode.ROT_TWO)
		c.emitName(opcode.STORE_ATTR, t.Attr, true)
	case *ast.Subscript:
		c.exprLine(t)
		c.expr(t.Value)
		c.subscriptValue(t.Slice)
		c.emit(opcode.DUP_TOP_TWO)
		c.emit(opcode.BINARY_SUBSCR)
		c.expr(s.Value)
		c.emit(op)
		c.exprLine(t)
		c.emit(opcode.ROT_THREE)
		c.emit(opcode.STORE_SUBSCR)
	case *ast.Name:
		c.nameOp(t.Id, ast.Load)
		c.expr(s.Value)
		c.emit(op)
		c.nameOp(t.Id, ast.Store)
	}
}

// constant tells whether the generator treats a condition as constant:
// 1 true, 0 false, -1 not constant.
func (c *compiler) constant(e ast.Expr) int {
	return exprConstant(e, c.opts.Optimize)
}
