// The compile-time checks.
//
// CPython 3.2 compiles a tree in three steps (Python/compile.c,
// PyAST_CompileEx), and each may reject the program:
//
//  1. the __future__ imports at the top of a module are read
//     (Python/future.c): an unknown feature, "braces", or a late future
//     import on a line shared with other statements;
//  2. the symbol table is built (package symtable): duplicate parameters,
//     misplaced global and nonlocal declarations, "import *" in a
//     function, 'return' with a value in a generator;
//  3. code is generated, and the generator rejects what it cannot
//     translate: 'return' or 'yield' outside a function, 'break' and
//     'continue' outside a loop, 'continue' in a finally clause, a bare
//     except before the last handler, misplaced starred expressions, a
//     late __future__ import, more than 20 nested blocks.
//
// Check performs all three. The third walks the tree in the code
// generator's order and keeps the position the generator keeps, since an
// error of that step is reported at the generator's current position
// rather than at the offending node: the line of the last statement begun
// (raised by any later line of an expression in it) and the column of the
// last node begun, 0-based. Constant-false "if" and "while" bodies are
// never generated, so nothing in them is checked.
//
// The walk stays apart from the code generator (Compile runs it first):
// the positions it tracks and 3.2's odd handling of errors in annotations
// (see annotations) serve only the errors, and with them out of the way
// the generator has no error paths. It costs one more walk of the tree,
// cheap beside building the symbol table and generating code.

package compiler

import (
	"math/big"

	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/symtable"
)

// Options describe a compilation.
type Options struct {
	// Filename, Line and Warn are as in symtable.Options: the name errors
	// carry, the source of their text, and where warnings go.
	Filename string
	Line     func(n int) (string, bool)
	Warn     func(category, msg string, lineno int) error

	// Optimize is the -O level: 1 leaves asserts out (so they are not
	// checked) and makes __debug__ false, 2 also drops docstrings.
	Optimize int

	// Flags are compile()'s future flags (the CoFuture* bits), which
	// every code object carries in co_flags beside those the module's
	// __future__ imports set.
	Flags int

	// CPythonCalls makes method calls as CPython 3.2 does, with
	// LOAD_ATTR and CALL_FUNCTION. By default a call obj.name(...)
	// without *args or **kwargs uses Taipan's LOAD_METHOD and
	// CALL_METHOD, which make no bound method; co_stacksize then counts
	// the extra stack slot each such call in progress takes, and may
	// exceed CPython's. With CPythonCalls set, code objects are CPython's
	// instruction for instruction.
	CPythonCalls bool
}

// systemError is the SystemError CPython 3.2's compiler raises for a
// program it cannot translate although nothing in it is malformed:
// "too many statically nested blocks" when loops, try statements and with
// statements nest more than 20 deep in one function.
func systemError(msg string) *parser.SyntaxError {
	return &parser.SyntaxError{Class: parser.ClassSystemError, Msg: msg, Offset: parser.NoOffset}
}

// maxBlocks is CPython's CO_MAXBLOCKS, the depth of a frame's block stack.
const maxBlocks = 20

// Check reports the first error CPython 3.2 would report while compiling
// mod: a *parser.SyntaxError (of class SyntaxError or SystemError), or an
// error Warn returned.
func Check(mod ast.ModType, opts Options) error {
	_, _, err := check(mod, &opts)
	return err
}

// check is Check, returning also the symbol table and the future imports
// for the code generator.
func check(mod ast.ModType, opts *Options) (table *symtable.Table, fut future, err error) {
	st := symtable.Options{Filename: opts.Filename, Line: opts.Line, Warn: opts.Warn}
	c := &checker{opts: opts}
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(failure)
			if !ok {
				panic(r)
			}
			table, err = nil, f.err
		}
	}()
	if c.future, err = parseFuture(mod, &st); err != nil {
		return nil, c.future, err
	}
	if c.table, err = symtable.Build(mod, st); err != nil {
		return nil, c.future, err
	}
	c.module(mod)
	return c.table, c.future, nil
}

// future is what a module's __future__ imports tell the compiler.
type future struct {
	lineno int // line of the last __future__ import of the module's head; -1 if none
	flags  int // the CoFuture* flags the imports set (3.2: only barry_as_FLUFL's)
}

// futureFeatures are the feature names 3.2's __future__ accepts.
var futureFeatures = map[string]bool{
	"nested_scopes":    true,
	"generators":       true,
	"division":         true,
	"absolute_import":  true,
	"with_statement":   true,
	"print_function":   true,
	"unicode_literals": true,
	"barry_as_FLUFL":   true,
}

// parseFuture reads the __future__ imports at the head of a module, where
// only a docstring and other future imports may precede them. A future
// import after another statement is rejected here only when it shares that
// statement's line; on a later line the code generator rejects it.
func parseFuture(mod ast.ModType, st *symtable.Options) (future, error) {
	f := future{lineno: -1}
	var body []ast.Stmt
	switch m := mod.(type) {
	case *ast.Module:
		body = m.Body
	case *ast.Interactive:
		body = m.Body
	default:
		return f, nil
	}
	done, docstring := false, false
	prevLine := 0
	for _, s := range body {
		lineno := s.Location().Lineno
		if done && lineno > prevLine {
			break
		}
		prevLine = lineno
		switch s := s.(type) {
		case *ast.ImportFrom:
			if s.Module != "__future__" {
				done = true
				continue
			}
			if done {
				return f, st.Error("from __future__ imports must occur at the beginning of the file", lineno)
			}
			for _, a := range s.Names {
				switch {
				case futureFeatures[a.Name]:
					if a.Name == "barry_as_FLUFL" {
						f.flags |= CoFutureBarryAsBDFL
					}
				case a.Name == "braces":
					return f, st.Error("not a chance", lineno)
				default:
					// CPython's "%.100s" is meant to cut the name, but 3.2's
					// PyUnicode_FromFormat ignores the precision.
					return f, st.Error("future feature "+a.Name+" is not defined", lineno)
				}
			}
			f.lineno = lineno
		case *ast.ExprStmt:
			if _, ok := s.Value.(*ast.Str); ok && !docstring {
				docstring = true
			} else {
				done = true
			}
		default:
			done = true
		}
	}
	return f, nil
}

// failure carries an error from deep in the walk to Check.
type failure struct{ err error }

// fblock is the kind of an entry of CPython's static block stack.
type fblock uint8

const (
	loopBlock       fblock = iota // the body of a for or while
	exceptBlock                   // the body of a try with except clauses
	finallyTryBlock               // the body of a try with finally, of a with, of an except clause
	finallyEndBlock               // a finally clause, and the cleanup of a with or except clause
)

// unit is the state the code generator keeps per code object.
type unit struct {
	block   *symtable.Block
	private string // class name for mangling: the class's own in a class body
	lineno  int    // line of the current statement, raised by later lines of its expressions
	col     int    // 0-based column of the last node begun
	fblocks []fblock
	parent  *unit
}

type checker struct {
	opts        *Options
	table       *symtable.Table
	future      future
	u           *unit
	interactive bool
	pending     bool // an annotation's error is pending (see annotations)
}

func (c *checker) fail(err error) { panic(failure{err}) }

// error reports msg at the generator's current position, as compile.c's
// compiler_error does: the offset is the 0-based column itself.
func (c *checker) error(msg string) {
	e := &parser.SyntaxError{Msg: msg, Filename: c.opts.Filename, Lineno: c.u.lineno, Offset: c.u.col}
	if c.opts.Line != nil && c.opts.Filename != "" && c.u.lineno > 0 {
		e.Text, e.HasText = c.opts.Line(c.u.lineno)
	}
	c.fail(e)
}

func (c *checker) enter(node ast.Node) {
	u := &unit{block: c.table.Lookup(node), parent: c.u}
	if cls, ok := node.(*ast.ClassDef); ok {
		u.private = cls.Name
	} else if c.u != nil {
		u.private = c.u.private
	}
	c.u = u
}

func (c *checker) exit() { c.u = c.u.parent }

func (c *checker) push(b fblock) {
	if len(c.u.fblocks) >= maxBlocks {
		c.fail(systemError("too many statically nested blocks"))
	}
	c.u.fblocks = append(c.u.fblocks, b)
}

func (c *checker) pop() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

func (c *checker) module(mod ast.ModType) {
	c.enter(mod)
	switch m := mod.(type) {
	case *ast.Module:
		c.body(m.Body)
	case *ast.Interactive:
		c.interactive = true
		c.stmts(m.Body)
	case *ast.Expression:
		c.expr(m.Body)
	}
	c.exit()
}

func isDocstring(s ast.Stmt) bool {
	if e, ok := s.(*ast.ExprStmt); ok {
		_, ok = e.Value.(*ast.Str)
		return ok
	}
	return false
}

// body generates a module or class body, whose docstring is stored unless
// -OO drops it.
func (c *checker) body(stmts []ast.Stmt) {
	if len(stmts) > 0 && isDocstring(stmts[0]) && c.opts.Optimize < 2 {
		c.expr(stmts[0].(*ast.ExprStmt).Value)
		stmts = stmts[1:]
	}
	c.stmts(stmts)
}

func (c *checker) stmts(stmts []ast.Stmt) {
	for _, s := range stmts {
		c.stmt(s)
	}
}

func (c *checker) exprs(es []ast.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

func (c *checker) optExpr(e ast.Expr) {
	if e != nil {
		c.expr(e)
	}
}

func (c *checker) inLoop() bool {
	for _, b := range c.u.fblocks {
		if b == loopBlock {
			return true
		}
	}
	return false
}

func (c *checker) stmt(s ast.Stmt) {
	at := s.Location()
	c.u.lineno, c.u.col = at.Lineno, at.ColOffset
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.exprs(s.DecoratorList)
		c.kwDefaults(s.Args)
		c.exprs(s.Args.Defaults)
		c.annotations(s.Args, s.Returns)
		c.enter(s)
		body := s.Body
		if len(body) > 0 && isDocstring(body[0]) {
			body = body[1:]
		}
		c.stmts(body)
		c.exit()
	case *ast.ClassDef:
		c.exprs(s.DecoratorList)
		c.enter(s)
		c.body(s.Body)
		c.exit()
		c.exprs(s.Bases)
		c.keywords(s.Keywords)
		c.optExpr(s.Starargs)
		c.optExpr(s.Kwargs)
	case *ast.Return:
		if c.u.block.Type != symtable.FunctionBlock {
			c.error("'return' outside function")
		}
		c.optExpr(s.Value)
	case *ast.Delete:
		c.exprs(s.Targets)
	case *ast.Assign:
		c.expr(s.Value)
		c.exprs(s.Targets)
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.For:
		c.push(loopBlock)
		c.expr(s.Iter)
		c.expr(s.Target)
		c.stmts(s.Body)
		c.pop()
		c.stmts(s.Orelse)
	case *ast.While:
		constant := c.constant(s.Test)
		if constant == 0 {
			c.stmts(s.Orelse)
			return
		}
		c.push(loopBlock)
		if constant < 0 {
			c.expr(s.Test)
		}
		c.stmts(s.Body)
		c.pop()
		c.stmts(s.Orelse)
	case *ast.If:
		switch c.constant(s.Test) {
		case 0:
			c.stmts(s.Orelse)
		case 1:
			c.stmts(s.Body)
		default:
			c.expr(s.Test)
			c.stmts(s.Body)
			c.stmts(s.Orelse)
		}
	case *ast.Raise:
		if s.Exc != nil {
			c.expr(s.Exc)
			c.optExpr(s.Cause)
		}
	case *ast.TryExcept:
		c.tryExcept(s)
	case *ast.TryFinally:
		c.push(finallyTryBlock)
		c.stmts(s.Body)
		c.pop()
		c.push(finallyEndBlock)
		c.stmts(s.Finalbody)
		c.pop()
	case *ast.Assert:
		if c.opts.Optimize > 0 {
			return
		}
		if t, ok := s.Test.(*ast.Tuple); ok && len(t.Elts) > 0 && c.opts.Warn != nil {
			if err := c.opts.Warn("SyntaxWarning", "assertion is always true, perhaps remove parentheses?", c.u.lineno); err != nil {
				c.fail(err)
			}
		}
		c.expr(s.Test)
		c.optExpr(s.Msg)
	case *ast.ImportFrom:
		if at.Lineno > c.future.lineno && s.Module == "__future__" {
			c.error("from __future__ imports must occur at the beginning of the file")
		}
	case *ast.ExprStmt:
		if c.interactive && c.u.parent == nil {
			c.expr(s.Value)
			return
		}
		switch s.Value.(type) {
		case *ast.Str, *ast.Num:
		default:
			c.expr(s.Value)
		}
	case *ast.Break:
		if !c.inLoop() {
			c.error("'break' outside loop")
		}
	case *ast.Continue:
		c.continueStmt()
	case *ast.With:
		c.expr(s.ContextExpr)
		c.push(finallyTryBlock)
		c.optExpr(s.OptionalVars)
		c.stmts(s.Body)
		c.pop()
		c.push(finallyEndBlock)
		c.pop()
	case *ast.Import, *ast.Global, *ast.Nonlocal, *ast.Pass:
	}
}

func (c *checker) kwDefaults(a *ast.Arguments) {
	for i := range a.Kwonlyargs {
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			c.record() // the parameter's name
			c.expr(a.KwDefaults[i])
		}
	}
}

// annotations visits a def's annotations in the generator's order, which
// is not the symbol table's: *args' before the keyword-only parameters'.
//
// 3.2's generator ignores the failure of an annotation (its
// compiler_visit_argannotation reports success when the visit fails), so
// it goes on to the next annotation with the error pending; the error
// surfaces when the function's code object is begun, before its body. An
// error in a later annotation replaces the pending one, unless that
// annotation is abandoned first: with an error pending, the generator
// gives up at the first constant or name it has not yet recorded in the
// code object's tables (compiler_add_o then sees the pending error). The
// tables are not modelled here: every such constant and name counts as
// new, which is right unless the code before the def used it already.
func (c *checker) annotations(a *ast.Arguments, returns ast.Expr) {
	var pending error
	visit := func(e ast.Expr) {
		if e == nil {
			return
		}
		u := c.u
		func() {
			defer func() {
				if r := recover(); r != nil {
					switch r := r.(type) {
					case failure:
						pending = r.err
						c.u = u
					case abandoned:
						if !r.stuck {
							c.u = u
						}
					default:
						panic(r)
					}
				}
			}()
			c.expr(e)
		}()
		c.pending = pending != nil
	}
	for _, arg := range a.Args {
		visit(arg.Annotation)
	}
	visit(a.Varargannotation)
	for _, arg := range a.Kwonlyargs {
		visit(arg.Annotation)
	}
	visit(a.Kwargannotation)
	visit(returns)
	c.pending = false
	if pending != nil {
		c.fail(pending)
	}
}

// abandoned stops the visit of an annotation while an error is pending.
// When stuck, the generator does not return to the code object it was in:
// a lambda gives up without leaving the code object it has just begun, and
// the generator goes on in it.
type abandoned struct{ stuck bool }

// record stands for the generator recording a constant or a name in the
// current code object's tables, which stops it when an error is pending.
func (c *checker) record() {
	if c.pending {
		panic(abandoned{})
	}
}

// recordName is record for a name the generator loads, stores or deletes;
// cells and free variables are already in their tables.
func (c *checker) recordName(name string) {
	switch c.u.block.ScopeOf(symtable.Mangle(c.u.private, name)) {
	case symtable.Cell, symtable.Free:
	default:
		c.record()
	}
}

func (c *checker) keywords(kws []*ast.Keyword) {
	for _, k := range kws {
		c.record() // the keyword's name
		c.expr(k.Value)
	}
}

// augAssign follows compiler_augassign, which visits an attribute or
// subscript target twice (to load, then to store) and a name not at all.
func (c *checker) augAssign(s *ast.AugAssign) {
	switch t := s.Target.(type) {
	case *ast.Attribute:
		c.at(t)
		c.expr(t.Value)
		c.expr(s.Value)
		c.at(t)
	case *ast.Subscript:
		c.at(t)
		c.expr(t.Value)
		c.slice(t.Slice)
		c.expr(s.Value)
		c.at(t) // storing visits neither the value nor the slice again
	default:
		c.expr(s.Value)
	}
}

func (c *checker) tryExcept(s *ast.TryExcept) {
	c.push(exceptBlock)
	c.stmts(s.Body)
	c.pop()
	for i, h := range s.Handlers {
		if h.Type == nil && i < len(s.Handlers)-1 {
			// Reported where the generator stands: at the end of the
			// try body or of the previous handler.
			c.error("default 'except:' must be last")
		}
		c.u.lineno, c.u.col = h.Lineno, h.ColOffset
		c.optExpr(h.Type)
		c.push(finallyTryBlock)
		c.stmts(h.Body)
		c.pop()
		if h.Name != "" {
			c.push(finallyEndBlock)
			c.pop()
		}
	}
	c.stmts(s.Orelse)
}

func (c *checker) continueStmt() {
	const notInLoop = "'continue' not properly in loop"
	const inFinally = "'continue' not supported inside 'finally' clause"
	fb := c.u.fblocks
	if len(fb) == 0 {
		c.error(notInLoop)
	}
	i := len(fb) - 1
	switch fb[i] {
	case exceptBlock, finallyTryBlock:
		for i--; i >= 0 && fb[i] != loopBlock; i-- {
			if fb[i] == finallyEndBlock {
				c.error(inFinally)
			}
		}
		if i < 0 {
			c.error(notInLoop)
		}
	case finallyEndBlock:
		c.error(inFinally)
	}
}

// constant tells whether the generator treats a condition as constant:
// 1 true, 0 false, -1 not constant.
func (c *checker) constant(e ast.Expr) int { return exprConstant(e, c.opts.Optimize) }

// exprConstant tells whether the code generator treats a condition as
// constant, under optimization level optimize: 1 true, 0 false, -1 not
// constant. Number and string literals, the Ellipsis and the names True,
// False, None and __debug__ are.
func exprConstant(e ast.Expr, optimize int) int {
	truth := func(b bool) int {
		if b {
			return 1
		}
		return 0
	}
	switch e := e.(type) {
	case *ast.Ellipsis:
		return 1
	case *ast.Num:
		switch n := e.N.(type) {
		case int64:
			return truth(n != 0)
		case *big.Int:
			return truth(n.Sign() != 0)
		case float64:
			return truth(n != 0)
		case complex128:
			return truth(n != 0)
		}
	case *ast.Str:
		return truth(e.S != "")
	case *ast.Name:
		switch e.Id {
		case "True":
			return 1
		case "False", "None":
			return 0
		case "__debug__":
			return truth(optimize == 0)
		}
	}
	return -1
}

// at moves the generator's position to a node it begins.
func (c *checker) at(e ast.Expr) {
	l := e.Location()
	if l.Lineno > c.u.lineno {
		c.u.lineno = l.Lineno
	}
	c.u.col = l.ColOffset
}

func (c *checker) expr(e ast.Expr) {
	c.at(e)
	switch e := e.(type) {
	case *ast.BoolOp:
		c.exprs(e.Values)
	case *ast.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
	case *ast.UnaryOp:
		c.expr(e.Operand)
	case *ast.Lambda:
		c.kwDefaults(e.Args)
		c.exprs(e.Args.Defaults)
		c.enter(e)
		if c.pending {
			// The lambda's first constant, None, is new.
			panic(abandoned{stuck: true})
		}
		c.expr(e.Body)
		c.exit()
		// Making the function would record its code, but compiler_lambda
		// ignores that failure; and nothing is pending here.
	case *ast.IfExp:
		c.expr(e.Test)
		c.expr(e.Body)
		c.expr(e.Orelse)
	case *ast.Dict:
		for i := range e.Values {
			c.expr(e.Values[i])
			c.expr(e.Keys[i])
		}
	case *ast.Set:
		c.exprs(e.Elts)
	case *ast.ListComp:
		c.comprehension(e, e.Generators, e.Elt, nil)
	case *ast.SetComp:
		c.comprehension(e, e.Generators, e.Elt, nil)
	case *ast.DictComp:
		c.comprehension(e, e.Generators, e.Key, e.Value)
	case *ast.GeneratorExp:
		c.comprehension(e, e.Generators, e.Elt, nil)
	case *ast.Yield:
		if c.u.block.Type != symtable.FunctionBlock {
			c.error("'yield' outside function")
		}
		if e.Value == nil {
			c.record() // None
		}
		c.optExpr(e.Value)
	case *ast.Compare:
		c.expr(e.Left)
		c.exprs(e.Comparators)
	case *ast.Call:
		c.expr(e.Func)
		c.exprs(e.Args)
		c.keywords(e.Keywords)
		c.optExpr(e.Starargs)
		c.optExpr(e.Kwargs)
	case *ast.Attribute:
		c.expr(e.Value)
		c.record() // the attribute's name
	case *ast.Subscript:
		c.expr(e.Value)
		c.slice(e.Slice)
	case *ast.Starred:
		if e.Ctx == ast.Store {
			c.error("starred assignment target must be in a list or tuple")
		}
		c.error("can use starred expression only as assignment target")
	case *ast.List:
		c.sequence(e.Elts, e.Ctx)
	case *ast.Tuple:
		c.sequence(e.Elts, e.Ctx)
	case *ast.Num, *ast.Str, *ast.Bytes, *ast.Ellipsis:
		c.record()
	case *ast.Name:
		c.recordName(e.Id)
	}
}

// sequence checks a list or tuple display or target. As a target it may
// hold one starred name, preceded by at most 255 others; the generator
// then compiles the starred element's value in its place.
func (c *checker) sequence(elts []ast.Expr, ctx ast.ExprContext) {
	star := -1
	if ctx == ast.Store {
		for i, e := range elts {
			if _, ok := e.(*ast.Starred); !ok {
				continue
			}
			if star >= 0 {
				c.error("two starred expressions in assignment")
			}
			if i >= 1<<8 || len(elts)-i-1 >= (1<<31-1)>>8 {
				c.error("too many expressions in star-unpacking assignment")
			}
			star = i
		}
	}
	for i, e := range elts {
		if i == star {
			e = e.(*ast.Starred).Value
		}
		c.expr(e)
	}
}

func (c *checker) slice(s ast.SliceType) {
	switch s := s.(type) {
	case *ast.Index:
		c.expr(s.Value)
	case *ast.Slice:
		// A missing bound is the constant None.
		for _, bound := range []ast.Expr{s.Lower, s.Upper} {
			if bound == nil {
				c.record()
			} else {
				c.expr(bound)
			}
		}
		c.optExpr(s.Step)
	case *ast.ExtSlice:
		for _, d := range s.Dims {
			if _, ok := d.(*ast.ExtSlice); ok {
				c.fail(systemError("extended slice invalid in nested slice"))
			}
			c.slice(d)
		}
	}
}

// comprehension follows compiler_comprehension: the function's body first,
// in its own code object, then the outermost iterable, which the
// enclosing code evaluates and passes in.
func (c *checker) comprehension(e ast.Expr, gens []*ast.Comprehension, elt, value ast.Expr) {
	c.enter(e)
	for i, g := range gens {
		if i > 0 {
			c.expr(g.Iter)
		}
		c.expr(g.Target)
		c.exprs(g.Ifs)
	}
	c.optExpr(value)
	c.expr(elt)
	c.exit()
	c.record() // the code object
	c.expr(gens[0].Iter)
}
