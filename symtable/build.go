package symtable

import (
	"strconv"
	"strings"

	"github.com/taipan-py/taipan/ast"
	"github.com/taipan-py/taipan/parser"
)

// Options tell Build where the tree came from, for error reports, and
// where its warnings go.
type Options struct {
	// Filename is the name errors and warnings carry.
	Filename string

	// Line returns the text an error at line n carries: CPython reads
	// the line back from the file named Filename (see ProgramText and
	// FileText). Nil means errors have no text, as for compile() of a
	// string whose filename names no file.
	Line func(n int) (string, bool)

	// Warn receives each warning, with its category ("SyntaxWarning"),
	// message and line. A nil Warn drops warnings. A non-nil error means
	// the warning filters turned the warning into an exception; the pass
	// then stops with the SyntaxError CPython raises in its place.
	Warn func(category, msg string, lineno int) error
}

// Error builds a SyntaxError at line lineno the way CPython 3.2's
// PyErr_SyntaxLocationEx does: the filename, the line, the text read
// back from the file, and no offset.
func (o *Options) Error(msg string, lineno int) *parser.SyntaxError {
	e := &parser.SyntaxError{Msg: msg, Filename: o.Filename, Lineno: lineno, Offset: parser.NoOffset}
	e.Text, e.HasText = o.text(lineno)
	return e
}

// text returns the text of line n as PyErr_ProgramText would, which
// gives none for an empty filename or a line number below 1.
func (o *Options) text(n int) (string, bool) {
	if o.Line == nil || o.Filename == "" || n <= 0 {
		return "", false
	}
	return o.Line(n)
}

// unlocated is a SyntaxError CPython raises with no position at all.
func unlocated(msg string) *parser.SyntaxError {
	return &parser.SyntaxError{Msg: msg, Offset: parser.NoOffset}
}

// failure carries an error from deep in the walk to Build.
type failure struct{ err error }

// builder is the state of the first pass.
type builder struct {
	opts    *Options
	table   *Table
	cur     *Block
	private string // innermost enclosing class name, for mangling
}

// Build computes the symbol table of mod.
func Build(mod ast.ModType, opts Options) (t *Table, err error) {
	b := &builder{opts: &opts, table: &Table{blocks: make(map[ast.Node]*Block)}}
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(failure)
			if !ok {
				panic(r)
			}
			t, err = nil, f.err
		}
	}()
	top := b.enter("top", ModuleBlock, mod, ast.Loc{})
	top.Unoptimized = OptTopLevel
	b.table.Top = top
	switch m := mod.(type) {
	case *ast.Module:
		b.stmts(m.Body)
	case *ast.Interactive:
		b.stmts(m.Body)
	case *ast.Expression:
		b.expr(m.Body)
	default:
		// CPython raises RuntimeError "this compiler does not handle
		// Suites"; the parser never makes one.
		panic("symtable: cannot build a table for an ast.Suite")
	}
	b.exit()
	if err := b.analyze(); err != nil {
		return nil, err
	}
	return b.table, nil
}

func (b *builder) fail(err error) { panic(failure{err}) }

// enter opens a block for node and makes it current.
func (b *builder) enter(name string, typ BlockType, node ast.Node, at ast.Loc) *Block {
	blk := &Block{
		Type:      typ,
		Name:      name,
		Node:      node,
		Lineno:    at.Lineno,
		ColOffset: at.ColOffset,
		Parent:    b.cur,
		Private:   b.private,
		symbols:   make(map[string]*Symbol),
	}
	if p := b.cur; p != nil {
		blk.Nested = p.Nested || p.Type == FunctionBlock
		p.Children = append(p.Children, blk)
	}
	b.table.blocks[node] = blk
	b.cur = blk
	return blk
}

func (b *builder) exit() { b.cur = b.cur.Parent }

// def records flag for name in the current block, mangled.
func (b *builder) def(name string, flag Flags) {
	mangled := Mangle(b.private, name)
	cur := b.cur
	if flag&DefParam != 0 {
		if s := cur.symbols[mangled]; s != nil && s.Flags&DefParam != 0 {
			b.fail(b.opts.Error("duplicate argument '"+name+"' in function definition", cur.Lineno))
		}
	}
	cur.addSymbol(mangled, flag)
	if flag&DefParam != 0 {
		cur.Params = append(cur.Params, mangled)
	} else if flag&DefGlobal != 0 {
		// The module learns of every global declaration, so that the
		// name is an explicit global there too.
		b.table.Top.addSymbol(mangled, flag)
	}
}

// lookup returns the flags of name (mangled) in the current block.
func (b *builder) lookup(name string) Flags {
	if s := b.cur.symbols[Mangle(b.private, name)]; s != nil {
		return s.Flags
	}
	return 0
}

// warn reports a SyntaxWarning; if the caller makes it an error, CPython
// raises a SyntaxError with the message at the current block's line.
func (b *builder) warn(msg string, lineno int) {
	if b.opts.Warn == nil {
		return
	}
	if err := b.opts.Warn("SyntaxWarning", msg, lineno); err != nil {
		b.fail(b.opts.Error(msg, b.cur.Lineno))
	}
}

func (b *builder) stmts(body []ast.Stmt) {
	for _, s := range body {
		b.stmt(s)
	}
}

func (b *builder) exprs(es []ast.Expr) {
	for _, e := range es {
		b.expr(e)
	}
}

func (b *builder) stmt(s ast.Stmt) {
	switch s := s.(type) {
	case *ast.FunctionDef:
		b.def(s.Name, DefLocal)
		b.exprs(s.Args.Defaults)
		b.kwDefaults(s.Args.KwDefaults)
		b.annotations(s.Args, s.Returns)
		b.exprs(s.DecoratorList)
		b.enter(s.Name, FunctionBlock, s, s.Loc)
		b.arguments(s.Args)
		b.stmts(s.Body)
		b.exit()
	case *ast.ClassDef:
		b.def(s.Name, DefLocal)
		b.exprs(s.Bases)
		b.keywords(s.Keywords)
		b.optExpr(s.Starargs)
		b.optExpr(s.Kwargs)
		b.exprs(s.DecoratorList)
		blk := b.enter(s.Name, ClassBlock, s, s.Loc)
		b.def("__class__", DefLocal)
		b.def("__locals__", DefParam)
		saved := b.private
		b.private = s.Name
		blk.Private = s.Name
		b.stmts(s.Body)
		b.private = saved
		b.exit()
	case *ast.Return:
		if s.Value != nil {
			b.expr(s.Value)
			b.cur.ReturnsValue = true
			if b.cur.Generator {
				b.fail(b.opts.Error(returnInGenerator, s.Lineno))
			}
		}
	case *ast.Delete:
		b.exprs(s.Targets)
	case *ast.Assign:
		b.exprs(s.Targets)
		b.expr(s.Value)
	case *ast.AugAssign:
		b.expr(s.Target)
		b.expr(s.Value)
	case *ast.For:
		b.expr(s.Target)
		b.expr(s.Iter)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *ast.While:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *ast.If:
		b.expr(s.Test)
		b.stmts(s.Body)
		b.stmts(s.Orelse)
	case *ast.Raise:
		if s.Exc != nil {
			b.expr(s.Exc)
			b.optExpr(s.Cause)
		}
	case *ast.TryExcept:
		// The else clause before the handlers, as CPython visits them.
		b.stmts(s.Body)
		b.stmts(s.Orelse)
		for _, h := range s.Handlers {
			b.optExpr(h.Type)
			if h.Name != "" {
				b.def(h.Name, DefLocal)
			}
			b.stmts(h.Body)
		}
	case *ast.TryFinally:
		b.stmts(s.Body)
		b.stmts(s.Finalbody)
	case *ast.Assert:
		b.expr(s.Test)
		b.optExpr(s.Msg)
	case *ast.Import:
		b.aliases(s.Names)
	case *ast.ImportFrom:
		b.aliases(s.Names)
	case *ast.Global:
		for _, name := range s.Names {
			if cur := b.lookup(name); cur&(DefLocal|Use) != 0 {
				if cur&DefLocal != 0 {
					b.warn(limitMsg("name '"+name+"' is assigned to before global declaration"), s.Lineno)
				} else {
					b.warn(limitMsg("name '"+name+"' is used prior to global declaration"), s.Lineno)
				}
			}
			b.def(name, DefGlobal)
		}
	case *ast.Nonlocal:
		for _, name := range s.Names {
			if cur := b.lookup(name); cur&(DefLocal|Use) != 0 {
				if cur&DefLocal != 0 {
					b.warn(limitMsg("name '"+name+"' is assigned to before nonlocal declaration"), s.Lineno)
				} else {
					b.warn(limitMsg("name '"+name+"' is used prior to nonlocal declaration"), s.Lineno)
				}
			}
			b.def(name, DefNonlocal)
		}
	case *ast.ExprStmt:
		b.expr(s.Value)
	case *ast.With:
		b.expr(s.ContextExpr)
		b.optExpr(s.OptionalVars)
		b.stmts(s.Body)
	case *ast.Pass, *ast.Break, *ast.Continue:
	}
}

const returnInGenerator = "'return' with argument inside generator"

// limitMsg cuts a warning the way CPython's 256-byte buffer does, which
// holds at most 255 bytes (the name in it is also cut at 400, which a
// 255-byte message never reaches). A character cut in two is dropped.
func limitMsg(msg string) string {
	const max = 255
	if len(msg) <= max {
		return msg
	}
	msg = msg[:max]
	for i := len(msg) - 1; i >= 0 && i >= len(msg)-3; i-- {
		if c := msg[i]; c < 0x80 {
			break
		} else if c >= 0xC0 {
			// A lead byte: keep the character only if it is complete.
			need := 2
			if c >= 0xF0 {
				need = 4
			} else if c >= 0xE0 {
				need = 3
			}
			if len(msg)-i < need {
				msg = msg[:i]
			}
			break
		}
	}
	return msg
}

func (b *builder) optExpr(e ast.Expr) {
	if e != nil {
		b.expr(e)
	}
}

func (b *builder) kwDefaults(defaults []ast.Expr) {
	for _, e := range defaults {
		b.optExpr(e)
	}
}

func (b *builder) keywords(kws []*ast.Keyword) {
	for _, k := range kws {
		b.expr(k.Value)
	}
}

// annotations visits a def's annotations in the enclosing block, in
// CPython's order: the positional parameters', *args', **kwargs', the
// keyword-only parameters', then the return annotation.
func (b *builder) annotations(a *ast.Arguments, returns ast.Expr) {
	for _, arg := range a.Args {
		b.optExpr(arg.Annotation)
	}
	b.optExpr(a.Varargannotation)
	b.optExpr(a.Kwargannotation)
	for _, arg := range a.Kwonlyargs {
		b.optExpr(arg.Annotation)
	}
	b.optExpr(returns)
}

// arguments declares the parameters in the function's own block.
func (b *builder) arguments(a *ast.Arguments) {
	for _, arg := range a.Args {
		b.def(arg.Arg, DefParam)
	}
	for _, arg := range a.Kwonlyargs {
		b.def(arg.Arg, DefParam)
	}
	if a.Vararg != "" {
		b.def(a.Vararg, DefParam)
		b.cur.Varargs = true
	}
	if a.Kwarg != "" {
		b.def(a.Kwarg, DefParam)
		b.cur.Varkeywords = true
	}
}

// aliases binds the names an import statement binds: "import a.b" binds
// a; "from m import *" is allowed only in a module.
func (b *builder) aliases(names []*ast.Alias) {
	for _, a := range names {
		name := a.Name
		if a.Asname != "" {
			name = a.Asname
		}
		if name == "*" {
			if b.cur.Type != ModuleBlock {
				b.fail(b.opts.Error("import * only allowed at module level", b.cur.Lineno))
			}
			b.cur.Unoptimized |= OptImportStar
			continue
		}
		if i := strings.IndexByte(name, '.'); i >= 0 {
			name = name[:i]
		}
		b.def(name, DefImport)
	}
}

func (b *builder) expr(e ast.Expr) {
	switch e := e.(type) {
	case *ast.BoolOp:
		b.exprs(e.Values)
	case *ast.BinOp:
		b.expr(e.Left)
		b.expr(e.Right)
	case *ast.UnaryOp:
		b.expr(e.Operand)
	case *ast.Lambda:
		b.exprs(e.Args.Defaults)
		b.kwDefaults(e.Args.KwDefaults)
		b.enter("lambda", FunctionBlock, e, e.Loc)
		b.arguments(e.Args)
		b.expr(e.Body)
		b.exit()
	case *ast.IfExp:
		b.expr(e.Test)
		b.expr(e.Body)
		b.expr(e.Orelse)
	case *ast.Dict:
		b.exprs(e.Keys)
		b.exprs(e.Values)
	case *ast.Set:
		b.exprs(e.Elts)
	case *ast.GeneratorExp:
		b.comprehension(e, "genexpr", e.Loc, e.Generators, e.Elt, nil)
	case *ast.ListComp:
		b.comprehension(e, "listcomp", e.Loc, e.Generators, e.Elt, nil)
	case *ast.SetComp:
		b.comprehension(e, "setcomp", e.Loc, e.Generators, e.Elt, nil)
	case *ast.DictComp:
		b.comprehension(e, "dictcomp", e.Loc, e.Generators, e.Key, e.Value)
	case *ast.Yield:
		b.optExpr(e.Value)
		b.cur.Generator = true
		if b.cur.ReturnsValue {
			b.fail(b.opts.Error(returnInGenerator, e.Lineno))
		}
	case *ast.Compare:
		b.expr(e.Left)
		b.exprs(e.Comparators)
	case *ast.Call:
		b.expr(e.Func)
		b.exprs(e.Args)
		b.keywords(e.Keywords)
		b.optExpr(e.Starargs)
		b.optExpr(e.Kwargs)
	case *ast.Num, *ast.Str, *ast.Bytes, *ast.Ellipsis:
	case *ast.Attribute:
		b.expr(e.Value)
	case *ast.Subscript:
		b.expr(e.Value)
		b.slice(e.Slice)
	case *ast.Starred:
		b.expr(e.Value)
	case *ast.Name:
		if e.Ctx == ast.Load {
			b.def(e.Id, Use)
			// A function that says super may call it with no
			// arguments, which reads the __class__ cell.
			if b.cur.Type == FunctionBlock && e.Id == "super" {
				b.def("__class__", Use)
			}
		} else {
			b.def(e.Id, DefLocal)
		}
	case *ast.List:
		b.exprs(e.Elts)
	case *ast.Tuple:
		b.exprs(e.Elts)
	}
}

func (b *builder) slice(s ast.SliceType) {
	switch s := s.(type) {
	case *ast.Slice:
		b.optExpr(s.Lower)
		b.optExpr(s.Upper)
		b.optExpr(s.Step)
	case *ast.ExtSlice:
		for _, d := range s.Dims {
			b.slice(d)
		}
	case *ast.Index:
		b.expr(s.Value)
	}
}

// comprehension opens the function block of a comprehension or generator
// expression. The outermost iterable is evaluated outside, in the current
// block, and passed in as the parameter ".0"; list, set and dict
// comprehensions also get the temporary "_[1]" that 3.2 declares for the
// collection being built. For a dict comprehension elt is the key and
// value the value, which is visited first.
func (b *builder) comprehension(e ast.Expr, name string, at ast.Loc, gens []*ast.Comprehension, elt, value ast.Expr) {
	_, isGenexp := e.(*ast.GeneratorExp)
	outer := gens[0]
	b.expr(outer.Iter)
	blk := b.enter(name, FunctionBlock, e, at)
	blk.Generator = isGenexp
	b.def(".0", DefParam)
	if !isGenexp {
		blk.tmpname++
		b.def("_["+strconv.Itoa(blk.tmpname)+"]", DefLocal)
	}
	b.expr(outer.Target)
	b.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		b.expr(g.Target)
		b.expr(g.Iter)
		b.exprs(g.Ifs)
	}
	b.optExpr(value)
	b.expr(elt)
	b.exit()
}
