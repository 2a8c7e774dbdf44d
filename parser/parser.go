// Package parser turns Python 3.2 source into the syntax tree of package
// ast, reporting malformed programs with exactly the SyntaxError (class,
// message, line, offset and text) that CPython 3.2 reports.
//
// The pipeline inside the package is:
//
//	source bytes --decodeSource--> UTF-8 text --scanner--> tokens --parser--> ast
//
// decodeSource (source.go) applies the UTF-8 BOM and the PEP 263 coding
// declaration. The scanner (scanner.go) is CPython's tokenizer rewritten
// for Go: it produces one token at a time on demand, computing INDENT and
// DEDENT from its indentation stack. The parser (this file) is a
// hand-written recursive-descent parser over 3.2's Grammar/Grammar that
// builds ast nodes directly, with no concrete syntax tree in between.
//
// CPython builds a concrete tree with an LL(1) automaton first and converts
// it to the AST afterwards (Python/ast.c), and the two stages report
// different errors: the automaton reports "invalid syntax" at the first
// token that cannot continue the program, the converter reports errors
// such as "can't assign to literal" at a node. A recursive-descent parser
// that takes the same one-token decisions as the LL(1) automaton rejects
// the same token, so grammar errors match; and since CPython reports a
// grammar error anywhere in the file before any conversion error, the
// parser here keeps the first conversion error aside (p.deferred) and
// returns it only if the whole file turns out to be grammatical. Node
// positions follow ast.c's rules, quirks included (a With is placed at its
// first context expression, an elif's If at its test, the later BinOps of
// a chain at their operator).
//
// Errors travel as a panic carrying *SyntaxError from the point of
// detection to Parse, which recovers it; nothing else is recovered, so a
// bug still surfaces as a crash in tests and fuzzing.
package parser

import (
	"bytes"
	"strings"

	"github.com/taipan-py/taipan/ast"
)

// Mode selects the start symbol, as compile()'s mode argument does.
type Mode uint8

const (
	ExecMode   Mode = iota // file_input: a module ("exec")
	EvalMode               // eval_input: one expression list ("eval")
	SingleMode             // single_input: one interactive statement ("single")
)

// ParseFile parses the bytes of a source file, as CPython 3.2 reads a
// script or a module it imports: the BOM and the coding declaration are
// honoured, and errors found after tokenizing carry the offending line as
// their text, since CPython reads it back from the file — except from a
// stream with a name like "<stdin>", which cannot be read back.
func ParseFile(filename string, src []byte, mode Mode) (ast.ModType, error) {
	// A decoding error is CPython's only once its tokenizer reads the bad
	// line: a syntax error before it wins. text is what can be read.
	text, rawUTF8, serr := decodeSourceFile(filename, src)
	sc := newFileScanner(filename, text, rawUTF8)
	sc.readErr = serr
	return parse(sc, filename, mode, FileLines(filename, src))
}

// FileLines is the source of error texts for a file read as src: its
// ProgramText, or nil (no text) for a stream named like "<stdin>".
func FileLines(filename string, src []byte) func(int) (string, bool) {
	if strings.HasPrefix(filename, "<") && strings.HasSuffix(filename, ">") {
		return nil
	}
	return ProgramText(src)
}

// errNullBytes is compile()'s refusal of source with a NUL byte, which it
// checks before anything else.
func errNullBytes() *SyntaxError {
	return &SyntaxError{Class: ClassTypeError, Msg: "source code string cannot contain null bytes", Offset: NoOffset}
}

// Parse parses source given as bytes to compile() or exec(): the BOM and
// coding declaration are honoured; as with CPython's compile(), errors
// found after tokenizing have no text.
func Parse(filename string, src []byte, mode Mode) (ast.ModType, error) {
	if bytes.IndexByte(src, 0) >= 0 {
		return nil, errNullBytes()
	}
	text, serr := decodeSourceBytes(filename, src, mode == ExecMode)
	if serr != nil {
		return nil, serr
	}
	return parse(newScanner(filename, text, false), filename, mode, nil)
}

// ParseString parses source that is already text (a Python str given to
// compile() or exec()), so no coding declaration applies.
func ParseString(filename string, src string, mode Mode) (ast.ModType, error) {
	if strings.IndexByte(src, 0) >= 0 {
		return nil, errNullBytes()
	}
	text := decodeSourceText(src, mode == ExecMode)
	return parse(newScanner(filename, text, false), filename, mode, nil)
}

// parse runs the parser over sc. lineText, when not nil, gives the text of
// errors found after tokenizing, as CPython reads it back from the file.
func parse(sc *scanner, filename string, mode Mode, lineText func(int) (string, bool)) (mod ast.ModType, err error) {
	p := &parser{sc: sc, filename: filename, lineText: lineText}
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			mod, err = nil, se
		}
	}()
	p.next()
	switch mode {
	case EvalMode:
		mod = p.evalInput()
	case SingleMode:
		mod = p.singleInput()
	default:
		mod = p.fileInput()
	}
	if p.deferred != nil {
		return nil, p.deferred
	}
	return mod, nil
}

// maxArgs is CPython 3.2's limit on the arguments of a call or a def.
const maxArgs = 255

// CPython's parser keeps a stack of at most 1500 automaton states, one per
// grammar rule being matched, and reports an overflow as a MemoryError.
// The parser here charges each nested construct the states CPython pushes
// for it: a bracketed atom re-enters the fifteen rules from testlist_comp
// down to atom, a call sixteen (trailer, arglist, argument, test ...
// power), a unary operator or 'not' one, '**' and lambda two, a block four.
// A top-level expression's atom already stands twenty rules deep.
const (
	maxStack       = 1500
	baseStack      = 20
	bracketStack   = 15
	callStack      = 16
	subscriptStack = 17
	unaryStack     = 1
	powStack       = 2
	lambdaStack    = 2
	blockStack     = 4
)

type parser struct {
	sc       *scanner
	tok      Token // the current token
	filename string
	lineText func(int) (string, bool) // the text of conversion errors; nil for none

	depth    int          // expression nesting, against maxNesting
	deferred *SyntaxError // first conversion (ast.c-level) error
}

// next advances to the next token.
func (p *parser) next() { p.tok = p.sc.next() }

// fail reports that the current token cannot continue the program.
func (p *parser) fail() {
	p.failExpecting(false)
}

// failExpecting is fail when the automaton's only possible next token was
// INDENT (expectIndent), which CPython words differently.
func (p *parser) failExpecting(expectIndent bool) {
	t := &p.tok
	class, msg := ClassSyntaxError, "invalid syntax"
	switch {
	case expectIndent:
		class, msg = ClassIndentationError, "expected an indented block"
	case t.Kind == INDENT:
		class, msg = ClassIndentationError, "unexpected indent"
	case t.Kind == DEDENT:
		class, msg = ClassIndentationError, "unexpected unindent"
	}
	if t.state&stateEOF != 0 {
		p.sc.failedAtEOF = true
	}
	panic(p.sc.errorAt(class, msg, t))
}

// expect consumes a token of kind k or fails.
func (p *parser) expect(k Kind) Token {
	if p.tok.Kind != k {
		p.fail()
	}
	t := p.tok
	p.next()
	return t
}

func (p *parser) got(k Kind) bool {
	if p.tok.Kind == k {
		p.next()
		return true
	}
	return false
}

// name consumes a NAME token and returns its (normalised) text.
func (p *parser) name() string {
	if p.tok.Kind != NAME {
		p.fail()
	}
	s := p.tok.Text
	p.next()
	return s
}

// loc is the position CPython gives a node that begins at the current
// token: the line the token ends on, and its column in that line, which
// for a string spanning lines does not exist and is -1.
func (p *parser) loc() ast.Loc {
	if p.tok.EndLine != p.tok.Line {
		return ast.Loc{Lineno: p.tok.EndLine, ColOffset: -1}
	}
	return ast.Loc{Lineno: p.tok.Line, ColOffset: p.tok.Col}
}

// astError records a conversion error, which ast.c reports at a node: its
// offset is the node's 0-based column, and the text is the line read back
// from the file (none for a string).
func (p *parser) astError(at ast.Loc, msg string) {
	if p.deferred != nil {
		return
	}
	e := &SyntaxError{Msg: msg, Filename: p.filename, Lineno: at.Lineno, Offset: at.ColOffset}
	if p.lineText != nil {
		e.Text, e.HasText = p.lineText(at.Lineno)
	}
	p.deferred = e
}

// enter charges n automaton states for a nested construct; leave(n)
// returns them.
func (p *parser) enter(n int) {
	p.depth += n
	if p.depth > maxStack-baseStack {
		// CPython prints "s_push: parser stack overflow" to stderr and
		// raises a bare MemoryError.
		panic(&SyntaxError{Class: ClassMemoryError, Offset: NoOffset})
	}
}

func (p *parser) leave(n int) { p.depth -= n }

// ---- start symbols ----

// fileInput: (NEWLINE | stmt)* ENDMARKER
func (p *parser) fileInput() *ast.Module {
	var body []ast.Stmt
	for p.tok.Kind != ENDMARKER {
		if p.got(NEWLINE) {
			continue
		}
		body = p.stmt(body)
	}
	return &ast.Module{Body: body}
}

// evalInput: testlist NEWLINE* ENDMARKER
func (p *parser) evalInput() *ast.Expression {
	e := p.testlist()
	for p.got(NEWLINE) {
	}
	if p.tok.Kind != ENDMARKER {
		p.fail()
	}
	return &ast.Expression{Body: e}
}

// singleInput: NEWLINE | simple_stmt | compound_stmt NEWLINE
func (p *parser) singleInput() *ast.Interactive {
	if p.tok.Kind == NEWLINE {
		return &ast.Interactive{Body: []ast.Stmt{&ast.Pass{Loc: p.loc()}}}
	}
	// 3.2's parser is done once the statement is complete: whatever
	// follows it is not read.
	var body []ast.Stmt
	if p.isCompoundStart() {
		body = p.compoundStmt(body)
		if p.tok.Kind != NEWLINE {
			p.fail()
		}
	} else {
		body = p.simpleStmtNoAdvance(body)
	}
	return &ast.Interactive{Body: body}
}

// ---- statements ----

func (p *parser) isCompoundStart() bool {
	switch p.tok.Kind {
	case IF, WHILE, FOR, TRY, WITH, DEF, CLASS, AT:
		return true
	}
	return false
}

// stmt: simple_stmt | compound_stmt; appends to body.
func (p *parser) stmt(body []ast.Stmt) []ast.Stmt {
	if p.isCompoundStart() {
		return p.compoundStmt(body)
	}
	return p.simpleStmt(body)
}

// simpleStmt: small_stmt (';' small_stmt)* [';'] NEWLINE
func (p *parser) simpleStmt(body []ast.Stmt) []ast.Stmt {
	body = p.simpleStmtNoAdvance(body)
	p.next()
	return body
}

// simpleStmtNoAdvance is simpleStmt leaving the final NEWLINE current, for
// single mode, where reading past it would read what 3.2 leaves unread.
func (p *parser) simpleStmtNoAdvance(body []ast.Stmt) []ast.Stmt {
	for {
		body = append(body, p.smallStmt())
		if !p.got(SEMI) {
			break
		}
		if p.tok.Kind == NEWLINE {
			break
		}
	}
	if p.tok.Kind != NEWLINE {
		p.fail()
	}
	return body
}

func (p *parser) smallStmt() ast.Stmt {
	start := p.loc()
	switch p.tok.Kind {
	case DEL:
		p.next()
		targets := p.exprlistTargets(ast.Del)
		return &ast.Delete{Loc: start, Targets: targets}
	case PASS:
		p.next()
		return &ast.Pass{Loc: start}
	case BREAK:
		p.next()
		return &ast.Break{Loc: start}
	case CONTINUE:
		p.next()
		return &ast.Continue{Loc: start}
	case RETURN:
		p.next()
		var v ast.Expr
		if p.startsTest() {
			v = p.testlist()
		}
		return &ast.Return{Loc: start, Value: v}
	case RAISE:
		p.next()
		r := &ast.Raise{Loc: start}
		if p.startsTest() {
			r.Exc = p.test()
			if p.got(FROM) {
				r.Cause = p.test()
			}
		}
		return r
	case YIELD:
		return &ast.ExprStmt{Loc: start, Value: p.yieldExpr()}
	case IMPORT:
		return p.importName()
	case FROM:
		return p.importFrom()
	case GLOBAL, NONLOCAL:
		kind := p.tok.Kind
		p.next()
		names := []string{p.name()}
		for p.got(COMMA) {
			names = append(names, p.name())
		}
		if kind == GLOBAL {
			return &ast.Global{Loc: start, Names: names}
		}
		return &ast.Nonlocal{Loc: start, Names: names}
	case ASSERT:
		p.next()
		a := &ast.Assert{Loc: start, Test: p.test()}
		if p.got(COMMA) {
			a.Msg = p.test()
		}
		return a
	}
	return p.exprStmt()
}

// exprStmt: testlist_star_expr (augassign (yield_expr|testlist) |
// ('=' (yield_expr|testlist_star_expr))*)
func (p *parser) exprStmt() ast.Stmt {
	start := p.loc()
	first := p.testlistStarExpr()
	if op, ok := augOps[p.tok.Kind]; ok {
		p.next()
		p.setContext(first, ast.Store, start)
		switch first.(type) {
		case *ast.Name, *ast.Attribute, *ast.Subscript:
		default:
			p.astError(start, "illegal expression for augmented assignment")
		}
		var value ast.Expr
		if p.tok.Kind == YIELD {
			value = p.yieldExpr()
		} else {
			value = p.testlist()
		}
		return &ast.AugAssign{Loc: start, Target: first, Op: op, Value: value}
	}
	if p.tok.Kind != EQUAL {
		return &ast.ExprStmt{Loc: start, Value: first}
	}
	targets := []ast.Expr{first}
	targetLocs := []ast.Loc{start}
	bareYield := []bool{false}
	var value ast.Expr
	for p.got(EQUAL) {
		at := p.loc()
		var e ast.Expr
		isYield := p.tok.Kind == YIELD
		if isYield {
			e = p.yieldExpr()
		} else {
			e = p.testlistStarExpr()
		}
		if p.tok.Kind == EQUAL {
			targets = append(targets, e)
			targetLocs = append(targetLocs, at)
			bareYield = append(bareYield, isYield)
			continue
		}
		value = e
	}
	for i, t := range targets {
		if bareYield[i] {
			// A yield_expr in the grammar's target position, as opposed
			// to a parenthesised one, which is an atom like any other.
			p.astError(targetLocs[i], "assignment to yield expression not possible")
		}
		p.setContext(t, ast.Store, targetLocs[i])
	}
	return &ast.Assign{Loc: start, Targets: targets, Value: value}
}

var augOps = map[Kind]ast.Operator{
	PLUSEQUAL: ast.Add, MINEQUAL: ast.Sub, STAREQUAL: ast.Mult, SLASHEQUAL: ast.Div,
	PERCENTEQUAL: ast.Mod, AMPEREQUAL: ast.BitAnd, VBAREQUAL: ast.BitOr,
	CIRCUMFLEXEQUAL: ast.BitXor, LEFTSHIFTEQUAL: ast.LShift, RIGHTSHIFTEQUAL: ast.RShift,
	DOUBLESTAREQUAL: ast.Pow, DOUBLESLASHEQUAL: ast.FloorDiv,
}

// importName: 'import' dotted_as_name (',' dotted_as_name)*
func (p *parser) importName() ast.Stmt {
	start := p.loc()
	p.next()
	var names []*ast.Alias
	for {
		at := p.loc()
		name, dotted := p.dottedName()
		a := &ast.Alias{Name: name}
		if p.got(AS) {
			asAt := p.loc()
			a.Asname = p.name()
			p.checkForbidden(a.Asname, asAt, false)
		} else if !dotted {
			p.checkForbidden(name, at, false)
		}
		names = append(names, a)
		if !p.got(COMMA) {
			break
		}
	}
	return &ast.Import{Loc: start, Names: names}
}

// dottedName: NAME ('.' NAME)*; reports whether there was a dot. A
// dotted name is made of the names as written: 3.2 NFKC-normalises an
// imported name only when it stands alone.
func (p *parser) dottedName() (string, bool) {
	first := p.tok
	name := p.name()
	if p.tok.Kind != DOT {
		return name, false
	}
	b := []byte(p.sc.src[first.Pos:first.End])
	for p.got(DOT) {
		t := p.tok
		p.name()
		b = append(b, '.')
		b = append(b, p.sc.src[t.Pos:t.End]...)
	}
	return string(b), true
}

// importFrom: 'from' (('.' | '...')* dotted_name | ('.' | '...')+)
// 'import' ('*' | '(' import_as_names ')' | import_as_names)
func (p *parser) importFrom() ast.Stmt {
	start := p.loc()
	p.next()
	level := 0
	for {
		if p.got(DOT) {
			level++
		} else if p.got(ELLIPSIS) {
			level += 3
		} else {
			break
		}
	}
	var module string
	if level == 0 || p.tok.Kind == NAME {
		module, _ = p.dottedName()
	}
	p.expect(IMPORT)
	s := &ast.ImportFrom{Loc: start, Module: module, Level: level}
	switch p.tok.Kind {
	case STAR:
		p.next()
		s.Names = []*ast.Alias{{Name: "*"}}
	case LPAR:
		p.next()
		s.Names, _ = p.importAsNames()
		p.expect(RPAR)
	default:
		at := p.loc()
		var trailing bool
		s.Names, trailing = p.importAsNames()
		if trailing {
			p.astError(at, "trailing comma not allowed without surrounding parentheses")
		}
	}
	return s
}

// importAsNames: import_as_name (',' import_as_name)* [',']
func (p *parser) importAsNames() (names []*ast.Alias, trailingComma bool) {
	for {
		at := p.loc()
		a := &ast.Alias{Name: p.name()}
		if p.got(AS) {
			asAt := p.loc()
			a.Asname = p.name()
			p.checkForbidden(a.Asname, asAt, false)
		} else {
			p.checkForbidden(a.Name, at, false)
		}
		names = append(names, a)
		if !p.got(COMMA) {
			return names, false
		}
		if p.tok.Kind != NAME {
			return names, true
		}
	}
}

func (p *parser) compoundStmt(body []ast.Stmt) []ast.Stmt {
	switch p.tok.Kind {
	case IF:
		return append(body, p.ifStmt())
	case WHILE:
		return append(body, p.whileStmt())
	case FOR:
		return append(body, p.forStmt())
	case TRY:
		return append(body, p.tryStmt())
	case WITH:
		return append(body, p.withStmt())
	case DEF:
		return append(body, p.funcDef(p.loc(), nil))
	case CLASS:
		return append(body, p.classDef(p.loc(), nil))
	case AT:
		return append(body, p.decorated())
	}
	p.fail()
	return nil
}

// suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT
func (p *parser) suite() []ast.Stmt {
	if p.tok.Kind != NEWLINE {
		return p.simpleStmt(nil)
	}
	p.next()
	if p.tok.Kind != INDENT {
		p.failExpecting(true)
	}
	p.next()
	p.enter(blockStack)
	var body []ast.Stmt
	for {
		body = p.stmt(body)
		if p.got(DEDENT) {
			p.leave(blockStack)
			return body
		}
	}
}

// ifStmt: 'if' test ':' suite ('elif' test ':' suite)* ['else' ':' suite]
func (p *parser) ifStmt() ast.Stmt {
	start := p.loc()
	p.next()
	top := &ast.If{Loc: start, Test: p.test()}
	p.expect(COLON)
	top.Body = p.suite()
	cur := top
	for p.tok.Kind == ELIF {
		p.next()
		n := &ast.If{Loc: p.loc(), Test: p.test()}
		p.expect(COLON)
		n.Body = p.suite()
		cur.Orelse = []ast.Stmt{n}
		cur = n
	}
	if p.tok.Kind == ELSE {
		cur.Orelse = p.elseSuite()
	}
	return top
}

// elseSuite: ['else' ':' suite]
func (p *parser) elseSuite() []ast.Stmt {
	if !p.got(ELSE) {
		return nil
	}
	p.expect(COLON)
	return p.suite()
}

// whileStmt: 'while' test ':' suite ['else' ':' suite]
func (p *parser) whileStmt() ast.Stmt {
	s := &ast.While{Loc: p.loc()}
	p.next()
	s.Test = p.test()
	p.expect(COLON)
	s.Body = p.suite()
	s.Orelse = p.elseSuite()
	return s
}

// forStmt: 'for' exprlist 'in' testlist ':' suite ['else' ':' suite]
func (p *parser) forStmt() ast.Stmt {
	s := &ast.For{Loc: p.loc()}
	p.next()
	s.Target = p.forTarget()
	p.expect(IN)
	s.Iter = p.testlist()
	p.expect(COLON)
	s.Body = p.suite()
	s.Orelse = p.elseSuite()
	return s
}

// forTarget parses the exprlist of a for loop or comprehension in Store
// context: a single target stays bare, several (or one with a trailing
// comma) make a Tuple placed at its first element.
func (p *parser) forTarget() ast.Expr {
	elts, tuple := p.exprlist()
	for _, e := range elts {
		p.setContext(e.expr, ast.Store, e.start)
	}
	if !tuple {
		return elts[0].expr
	}
	list := make([]ast.Expr, len(elts))
	for i, e := range elts {
		list[i] = e.expr
	}
	return &ast.Tuple{Loc: exprLoc(list[0]), Elts: list, Ctx: ast.Store}
}

// tryStmt: 'try' ':' suite ((except_clause ':' suite)+ ['else' ':' suite]
// ['finally' ':' suite] | 'finally' ':' suite)
func (p *parser) tryStmt() ast.Stmt {
	start := p.loc()
	p.next()
	p.expect(COLON)
	body := p.suite()
	var handlers []*ast.ExceptHandler
	for p.tok.Kind == EXCEPT {
		h := &ast.ExceptHandler{Loc: p.loc()}
		p.next()
		if p.tok.Kind != COLON {
			h.Type = p.test()
			if p.got(AS) {
				at := p.loc()
				h.Name = p.name()
				p.checkForbidden(h.Name, at, false)
			}
		}
		p.expect(COLON)
		h.Body = p.suite()
		handlers = append(handlers, h)
	}
	var orelse, final []ast.Stmt
	if len(handlers) > 0 && p.got(ELSE) {
		p.expect(COLON)
		orelse = p.suite()
	}
	hasFinally := false
	if p.got(FINALLY) {
		hasFinally = true
		p.expect(COLON)
		final = p.suite()
	} else if len(handlers) == 0 {
		p.fail()
	}
	if len(handlers) > 0 {
		te := &ast.TryExcept{Loc: start, Body: body, Handlers: handlers, Orelse: orelse}
		if !hasFinally {
			return te
		}
		body = []ast.Stmt{te}
	}
	return &ast.TryFinally{Loc: start, Body: body, Finalbody: final}
}

// withStmt: 'with' with_item (',' with_item)* ':' suite, with_item: test
// ['as' expr]. Several items nest: the first item's With is outermost.
// Each With stands at its item's position, not at the keyword.
func (p *parser) withStmt() ast.Stmt {
	p.next()
	var items []*ast.With
	for {
		start := p.loc()
		w := &ast.With{Loc: start, ContextExpr: p.test()}
		if p.got(AS) {
			w.OptionalVars = p.expr()
			p.setContext(w.OptionalVars, ast.Store, start)
		}
		items = append(items, w)
		if !p.got(COMMA) {
			break
		}
	}
	p.expect(COLON)
	body := p.suite()
	for i := len(items) - 1; i >= 0; i-- {
		items[i].Body = body
		body = []ast.Stmt{items[i]}
	}
	return items[0]
}

// decorated: decorator+ (classdef | funcdef); the definition stands at
// its first decorator.
func (p *parser) decorated() ast.Stmt {
	start := p.loc()
	var decorators []ast.Expr
	for p.tok.Kind == AT {
		decorators = append(decorators, p.decorator())
	}
	switch p.tok.Kind {
	case DEF:
		return p.funcDef(start, decorators)
	case CLASS:
		return p.classDef(start, decorators)
	}
	p.fail()
	return nil
}

// decorator: '@' dotted_name [ '(' [arglist] ')' ] NEWLINE
func (p *parser) decorator() ast.Expr {
	at := p.loc()
	p.next()
	nameLoc := p.loc()
	var e ast.Expr = &ast.Name{Loc: nameLoc, Id: p.name(), Ctx: ast.Load}
	for p.got(DOT) {
		e = &ast.Attribute{Loc: nameLoc, Value: e, Attr: p.name(), Ctx: ast.Load}
	}
	if p.got(LPAR) {
		if p.tok.Kind == RPAR {
			e = &ast.Call{Loc: at, Func: e}
		} else {
			e = p.arglist(e)
		}
		p.expect(RPAR)
	}
	p.expect(NEWLINE)
	return e
}

// funcDef: 'def' NAME parameters ['->' test] ':' suite
func (p *parser) funcDef(start ast.Loc, decorators []ast.Expr) ast.Stmt {
	p.next()
	nameAt := p.loc()
	f := &ast.FunctionDef{Loc: start, Name: p.name(), DecoratorList: decorators}
	p.checkForbidden(f.Name, nameAt, false)
	p.expect(LPAR)
	if p.tok.Kind == RPAR {
		f.Args = &ast.Arguments{}
	} else {
		f.Args = p.arguments(true)
	}
	p.expect(RPAR)
	if p.got(RARROW) {
		f.Returns = p.test()
	}
	p.expect(COLON)
	f.Body = p.suite()
	return f
}

// classDef: 'class' NAME ['(' [arglist] ')'] ':' suite. ast.c converts
// the body before it checks the class's name, and reports a forbidden name
// at a node that depends on the form: the body's first token after "A:",
// the ')' of "A():", the name itself when there are bases.
func (p *parser) classDef(start ast.Loc, decorators []ast.Expr) ast.Stmt {
	classAt := p.loc()
	p.next()
	nameAt := p.loc()
	c := &ast.ClassDef{Loc: start, Name: p.name(), DecoratorList: decorators}
	checkAt := nameAt
	if p.got(LPAR) {
		if p.tok.Kind == RPAR {
			checkAt = p.loc()
		} else {
			call := p.arglist(&ast.Name{Loc: classAt, Id: c.Name, Ctx: ast.Load})
			c.Bases, c.Keywords, c.Starargs, c.Kwargs = call.Args, call.Keywords, call.Starargs, call.Kwargs
		}
		p.expect(RPAR)
	} else if p.tok.Kind == COLON {
		p.next()
		checkAt = p.loc()
		c.Body = p.suite()
		p.checkForbidden(c.Name, checkAt, false)
		return c
	}
	p.expect(COLON)
	c.Body = p.suite()
	p.checkForbidden(c.Name, checkAt, false)
	return c
}

// arguments parses typedargslist (typed: a def, names may be annotated)
// or varargslist (a lambda), up to but not including the closing token.
//
//	typedargslist: tfpdef ['=' test] (',' tfpdef ['=' test])* [','
//	    ['*' [tfpdef] (',' tfpdef ['=' test])* [',' '**' tfpdef] | '**' tfpdef]]
//	  | '*' [tfpdef] (',' tfpdef ['=' test])* [',' '**' tfpdef] | '**' tfpdef
func (p *parser) arguments(typed bool) *ast.Arguments {
	listAt := p.loc()
	a := &ast.Arguments{}
	sawDefault := false
	nonDefaultAfterDefault := false
	bareStar := false
	count := 0
	// Positional parameters.
	for p.tok.Kind == NAME {
		arg := p.param(typed)
		count++
		if p.got(EQUAL) {
			a.Defaults = append(a.Defaults, p.test())
			sawDefault = true
		} else if sawDefault {
			nonDefaultAfterDefault = true
		}
		a.Args = append(a.Args, arg)
		if !p.got(COMMA) {
			goto done
		}
	}
	if p.tok.Kind == STAR {
		starAt := p.loc()
		p.next()
		if p.tok.Kind == NAME {
			arg := p.param(typed)
			a.Vararg = arg.Arg
			a.Varargannotation = arg.Annotation
		} else if p.tok.Kind != COMMA {
			// '*' alone before the closing token: grammatical, but
			// ast.c requires named arguments after a bare '*'.
			p.astError(starAt, "named arguments must follow bare *")
			goto done
		} else {
			bareStar = true
		}
		for p.got(COMMA) {
			if p.tok.Kind == DOUBLESTAR {
				if bareStar && len(a.Kwonlyargs) == 0 {
					p.astError(p.loc(), "named arguments must follow bare *")
				}
				break
			}
			arg := p.param(typed)
			count++
			var def ast.Expr
			if p.got(EQUAL) {
				def = p.test()
			}
			a.Kwonlyargs = append(a.Kwonlyargs, arg)
			a.KwDefaults = append(a.KwDefaults, def)
		}
		if p.tok.Kind != DOUBLESTAR {
			goto done
		}
	}
	if p.tok.Kind == DOUBLESTAR {
		p.next()
		arg := p.param(typed)
		a.Kwarg = arg.Arg
		a.Kwargannotation = arg.Annotation
	}
done:
	if count > maxArgs {
		p.astError(listAt, "more than 255 arguments")
	}
	if nonDefaultAfterDefault {
		p.astError(listAt, "non-default argument follows default argument")
	}
	return a
}

// param: NAME [':' test] (the annotation only when typed).
func (p *parser) param(typed bool) *ast.Arg {
	at := p.loc()
	arg := &ast.Arg{Arg: p.name()}
	p.checkForbidden(arg.Arg, at, false)
	if typed && p.got(COLON) {
		arg.Annotation = p.test()
	}
	return arg
}

// checkForbidden applies ast.c's forbidden_name: binding __debug__ is an
// error, and so (full checks) is binding None, True or False.
func (p *parser) checkForbidden(name string, at ast.Loc, full bool) bool {
	if name == "__debug__" || (full && (name == "None" || name == "True" || name == "False")) {
		p.astError(at, "assignment to keyword")
		return true
	}
	return false
}

// ---- expressions ----

// startsTest reports whether the current token can begin a test.
func (p *parser) startsTest() bool {
	switch p.tok.Kind {
	case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, NOT, LAMBDA,
		NONE, TRUE, FALSE, ELLIPSIS:
		return true
	}
	return false
}

// yieldExpr: 'yield' [testlist]
func (p *parser) yieldExpr() ast.Expr {
	y := &ast.Yield{Loc: p.loc()}
	p.next()
	if p.startsTest() {
		y.Value = p.testlist()
	}
	return y
}

// testlist: test (',' test)* [',']
func (p *parser) testlist() ast.Expr {
	start := p.loc()
	e := p.test()
	if p.tok.Kind != COMMA {
		return e
	}
	elts := []ast.Expr{e}
	for p.got(COMMA) {
		if !p.startsTest() {
			break
		}
		elts = append(elts, p.test())
	}
	return &ast.Tuple{Loc: start, Elts: elts, Ctx: ast.Load}
}

// testlistStarExpr: (test|star_expr) (',' (test|star_expr))* [',']
func (p *parser) testlistStarExpr() ast.Expr {
	start := p.loc()
	e := p.testOrStar()
	if p.tok.Kind != COMMA {
		return e
	}
	elts := []ast.Expr{e}
	for p.got(COMMA) {
		if !p.startsTest() && p.tok.Kind != STAR {
			break
		}
		elts = append(elts, p.testOrStar())
	}
	return &ast.Tuple{Loc: start, Elts: elts, Ctx: ast.Load}
}

func (p *parser) testOrStar() ast.Expr {
	if p.tok.Kind == STAR {
		return p.starExpr()
	}
	return p.test()
}

// starExpr: '*' expr
func (p *parser) starExpr() ast.Expr {
	at := p.loc()
	p.next()
	return &ast.Starred{Loc: at, Value: p.expr(), Ctx: ast.Load}
}

type located struct {
	expr  ast.Expr
	start ast.Loc // where the concrete node began (ast.c's error position)
}

// exprlist: (expr|star_expr) (',' (expr|star_expr))* [','];
// reports whether a comma made it a tuple.
func (p *parser) exprlist() ([]located, bool) {
	var elts []located
	tuple := false
	for {
		at := p.loc()
		var e ast.Expr
		if p.tok.Kind == STAR {
			e = p.starExpr()
		} else {
			e = p.expr()
		}
		elts = append(elts, located{e, at})
		if p.tok.Kind != COMMA {
			return elts, tuple
		}
		p.next()
		tuple = true
		if !p.startsExpr() && p.tok.Kind != STAR {
			return elts, tuple
		}
	}
}

// exprlistTargets: the targets of del, each set to ctx.
func (p *parser) exprlistTargets(ctx ast.ExprContext) []ast.Expr {
	elts, _ := p.exprlist()
	out := make([]ast.Expr, len(elts))
	for i, e := range elts {
		p.setContext(e.expr, ctx, e.start)
		out[i] = e.expr
	}
	return out
}

// startsExpr reports whether the current token can begin an expr (a test
// without 'not' and 'lambda').
func (p *parser) startsExpr() bool {
	switch p.tok.Kind {
	case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE,
		NONE, TRUE, FALSE, ELLIPSIS:
		return true
	}
	return false
}

// test: or_test ['if' or_test 'else' test] | lambdef
func (p *parser) test() ast.Expr {
	if p.tok.Kind == LAMBDA {
		return p.lambdef(false)
	}
	start := p.loc()
	body := p.orTest()
	if p.tok.Kind == IF {
		p.next()
		test := p.orTest()
		p.expect(ELSE)
		p.enter(unaryStack)
		orelse := p.test()
		p.leave(unaryStack)
		body = &ast.IfExp{Loc: start, Test: test, Body: body, Orelse: orelse}
	}
	return body
}

// testNocond: or_test | lambdef_nocond
func (p *parser) testNocond() ast.Expr {
	if p.tok.Kind == LAMBDA {
		return p.lambdef(true)
	}
	return p.orTest()
}

// lambdef: 'lambda' [varargslist] ':' test (test_nocond when nocond)
func (p *parser) lambdef(nocond bool) ast.Expr {
	l := &ast.Lambda{Loc: p.loc()}
	p.next()
	if p.tok.Kind == COLON {
		l.Args = &ast.Arguments{}
	} else {
		l.Args = p.arguments(false)
	}
	p.expect(COLON)
	p.enter(lambdaStack)
	if nocond {
		l.Body = p.testNocond()
	} else {
		l.Body = p.test()
	}
	p.leave(lambdaStack)
	return l
}

// orTest: and_test ('or' and_test)*; andTest likewise with 'and'.
func (p *parser) orTest() ast.Expr {
	start := p.loc()
	e := p.andTest()
	if p.tok.Kind != OR {
		return e
	}
	values := []ast.Expr{e}
	for p.got(OR) {
		values = append(values, p.andTest())
	}
	return &ast.BoolOp{Loc: start, Op: ast.Or, Values: values}
}

func (p *parser) andTest() ast.Expr {
	start := p.loc()
	e := p.notTest()
	if p.tok.Kind != AND {
		return e
	}
	values := []ast.Expr{e}
	for p.got(AND) {
		values = append(values, p.notTest())
	}
	return &ast.BoolOp{Loc: start, Op: ast.And, Values: values}
}

// notTest: 'not' not_test | comparison
func (p *parser) notTest() ast.Expr {
	if p.tok.Kind == NOT {
		at := p.loc()
		p.next()
		p.enter(unaryStack)
		operand := p.notTest()
		p.leave(unaryStack)
		return &ast.UnaryOp{Loc: at, Op: ast.Not, Operand: operand}
	}
	return p.comparison()
}

// comparison: expr (comp_op expr)*
func (p *parser) comparison() ast.Expr {
	start := p.loc()
	left := p.expr()
	var ops []ast.CmpOperator
	var comparators []ast.Expr
	for {
		var op ast.CmpOperator
		switch p.tok.Kind {
		case LESS:
			op = ast.Lt
		case GREATER:
			op = ast.Gt
		case EQEQUAL:
			op = ast.Eq
		case GREATEREQUAL:
			op = ast.GtE
		case LESSEQUAL:
			op = ast.LtE
		case NOTEQUAL:
			if p.tok.Text == "<>" {
				// 3.2's parser accepts '<>' only under the Barry
				// easter-egg future import.
				p.fail()
			}
			op = ast.NotEq
		case IN:
			op = ast.In
		case NOT:
			p.next()
			if p.tok.Kind != IN {
				p.fail()
			}
			op = ast.NotIn
		case IS:
			p.next()
			if p.tok.Kind == NOT {
				op = ast.IsNot
			} else {
				op = ast.Is
				comparators = append(comparators, p.expr())
				ops = append(ops, op)
				continue
			}
		default:
			if ops == nil {
				return left
			}
			return &ast.Compare{Loc: start, Left: left, Ops: ops, Comparators: comparators}
		}
		p.next()
		ops = append(ops, op)
		comparators = append(comparators, p.expr())
	}
}

// Binary operator levels, loosest first: expr ('|'), xor_expr ('^'),
// and_expr ('&'), shift_expr, arith_expr, term.
const (
	levelOr = iota
	levelXor
	levelAnd
	levelShift
	levelArith
	levelTerm
	levelFactor
)

var binLevel [numKinds]int8
var binOp [numKinds]ast.Operator

func init() {
	for i := range binLevel {
		binLevel[i] = -1
	}
	set := func(k Kind, level int, op ast.Operator) { binLevel[k] = int8(level); binOp[k] = op }
	set(VBAR, levelOr, ast.BitOr)
	set(CIRCUMFLEX, levelXor, ast.BitXor)
	set(AMPER, levelAnd, ast.BitAnd)
	set(LEFTSHIFT, levelShift, ast.LShift)
	set(RIGHTSHIFT, levelShift, ast.RShift)
	set(PLUS, levelArith, ast.Add)
	set(MINUS, levelArith, ast.Sub)
	set(STAR, levelTerm, ast.Mult)
	set(SLASH, levelTerm, ast.Div)
	set(PERCENT, levelTerm, ast.Mod)
	set(DOUBLESLASH, levelTerm, ast.FloorDiv)
}

// expr: xor_expr ('|' xor_expr)*
func (p *parser) expr() ast.Expr { return p.binary(levelOr) }

// binary parses one binary level. The first BinOp of a chain stands where
// the chain begins, each later one at its own operator (ast.c's rule).
func (p *parser) binary(level int) ast.Expr {
	if level == levelFactor {
		return p.factor()
	}
	start := p.loc()
	left := p.binary(level + 1)
	first := true
	for int(binLevel[p.tok.Kind]) == level {
		at := start
		if !first {
			at = p.loc()
		}
		op := binOp[p.tok.Kind]
		p.next()
		right := p.binary(level + 1)
		left = &ast.BinOp{Loc: at, Left: left, Op: op, Right: right}
		first = false
	}
	return left
}

// factor: ('+'|'-'|'~') factor | power
func (p *parser) factor() ast.Expr {
	var op ast.UnaryOperator
	switch p.tok.Kind {
	case PLUS:
		op = ast.UAdd
	case MINUS:
		op = ast.USub
	case TILDE:
		op = ast.Invert
	default:
		return p.power()
	}
	at := p.loc()
	p.next()
	p.enter(unaryStack)
	operand := p.factor()
	p.leave(unaryStack)
	return &ast.UnaryOp{Loc: at, Op: op, Operand: operand}
}

// power: atom trailer* ['**' factor]. Trailers take the atom's position;
// the BinOp of '**' takes the position where the power began.
func (p *parser) power() ast.Expr {
	start := p.loc()
	e := p.atom()
	atomLoc := exprLoc(e)
	for {
		switch p.tok.Kind {
		case LPAR:
			p.next()
			if p.tok.Kind == RPAR {
				e = &ast.Call{Loc: atomLoc, Func: e}
			} else {
				p.enter(callStack)
				c := p.arglist(e)
				p.leave(callStack)
				c.Loc = atomLoc
				e = c
			}
			p.expect(RPAR)
			continue
		case LSQB:
			p.next()
			p.enter(subscriptStack)
			e = p.subscript(e, atomLoc)
			p.leave(subscriptStack)
			p.expect(RSQB)
			continue
		case DOT:
			p.next()
			e = &ast.Attribute{Loc: atomLoc, Value: e, Attr: p.name(), Ctx: ast.Load}
			continue
		}
		break
	}
	if p.got(DOUBLESTAR) {
		p.enter(powStack)
		right := p.factor()
		p.leave(powStack)
		e = &ast.BinOp{Loc: start, Left: e, Op: ast.Pow, Right: right}
	}
	return e
}

// subscript parses subscriptlist: subscript (',' subscript)* [','].
// Several plain indexes make an Index of a Tuple; any slice among them
// makes an ExtSlice.
func (p *parser) subscript(value ast.Expr, at ast.Loc) ast.Expr {
	listAt := p.loc()
	first := p.slice()
	if p.tok.Kind != COMMA {
		return &ast.Subscript{Loc: at, Value: value, Slice: first, Ctx: ast.Load}
	}
	dims := []ast.SliceType{first}
	for p.got(COMMA) {
		if p.tok.Kind == RSQB {
			break
		}
		dims = append(dims, p.slice())
	}
	for _, d := range dims {
		if _, ok := d.(*ast.Index); !ok {
			return &ast.Subscript{Loc: at, Value: value, Slice: &ast.ExtSlice{Dims: dims}, Ctx: ast.Load}
		}
	}
	elts := make([]ast.Expr, len(dims))
	for i, d := range dims {
		elts[i] = d.(*ast.Index).Value
	}
	tuple := &ast.Tuple{Loc: listAt, Elts: elts, Ctx: ast.Load}
	return &ast.Subscript{Loc: at, Value: value, Slice: &ast.Index{Value: tuple}, Ctx: ast.Load}
}

// slice: test | [test] ':' [test] [sliceop], sliceop: ':' [test]
func (p *parser) slice() ast.SliceType {
	var lower ast.Expr
	if p.tok.Kind != COLON {
		lower = p.test()
		if p.tok.Kind != COLON {
			return &ast.Index{Value: lower}
		}
	}
	p.next()
	s := &ast.Slice{Lower: lower}
	if p.startsTest() {
		s.Upper = p.test()
	}
	if p.got(COLON) && p.startsTest() {
		s.Step = p.test()
	}
	return s
}

// atom: '(' [yield_expr|testlist_comp] ')' | '[' [testlist_comp] ']' |
// '{' [dictorsetmaker] '}' | NAME | NUMBER | STRING+ | '...' | 'None' |
// 'True' | 'False'
func (p *parser) atom() ast.Expr {
	at := p.loc()
	switch p.tok.Kind {
	case NAME, NONE, TRUE, FALSE:
		id := p.tok.Text
		if p.tok.Kind != NAME {
			id = p.tok.Kind.String()
		}
		p.next()
		return &ast.Name{Loc: at, Id: id, Ctx: ast.Load}
	case NUMBER:
		v, msg := parseNumber(p.tok.Text)
		if msg != "" {
			p.astError(at, msg)
		}
		p.next()
		return &ast.Num{Loc: at, N: v}
	case STRING:
		return p.strings()
	case ELLIPSIS:
		p.next()
		return &ast.Ellipsis{Loc: at}
	case LPAR:
		p.next()
		switch p.tok.Kind {
		case RPAR:
			p.next()
			return &ast.Tuple{Loc: at, Ctx: ast.Load}
		case YIELD:
			e := p.yieldExpr()
			p.expect(RPAR)
			return e
		}
		p.enter(bracketStack)
		e := p.testlistComp()
		p.leave(bracketStack)
		p.expect(RPAR)
		return e
	case LSQB:
		p.next()
		if p.got(RSQB) {
			return &ast.List{Loc: at, Ctx: ast.Load}
		}
		p.enter(bracketStack)
		e := p.listDisplay(at)
		p.leave(bracketStack)
		p.expect(RSQB)
		return e
	case LBRACE:
		p.next()
		if p.got(RBRACE) {
			return &ast.Dict{Loc: at}
		}
		p.enter(bracketStack)
		e := p.dictOrSet(at)
		p.leave(bracketStack)
		p.expect(RBRACE)
		return e
	}
	p.fail()
	return nil
}

// listDisplay: the testlist_comp of a list display: a ListComp placed at
// its first element, or a List placed at the bracket.
func (p *parser) listDisplay(at ast.Loc) ast.Expr {
	innerAt := p.loc()
	first := p.testOrStar()
	if p.tok.Kind == FOR {
		return &ast.ListComp{Loc: innerAt, Elt: first, Generators: p.compFor()}
	}
	elts := []ast.Expr{first}
	for p.got(COMMA) {
		if p.tok.Kind == RSQB {
			break
		}
		elts = append(elts, p.testOrStar())
	}
	return &ast.List{Loc: at, Elts: elts, Ctx: ast.Load}
}

// testlistComp: (test|star_expr) ( comp_for | (',' (test|star_expr))* [','] )
// inside parentheses: a single element stays itself, a comprehension
// makes a GeneratorExp, several elements a Tuple — both placed at the
// first element's first token.
func (p *parser) testlistComp() ast.Expr {
	start := p.loc()
	first := p.testOrStar()
	if p.tok.Kind == FOR {
		return &ast.GeneratorExp{Loc: start, Elt: first, Generators: p.compFor()}
	}
	if p.tok.Kind != COMMA {
		return first
	}
	elts := []ast.Expr{first}
	for p.got(COMMA) {
		if p.tok.Kind == RPAR {
			break
		}
		elts = append(elts, p.testOrStar())
	}
	return &ast.Tuple{Loc: start, Elts: elts, Ctx: ast.Load}
}

// dictOrSet: (test ':' test (comp_for | (',' test ':' test)* [','])) |
// (test (comp_for | (',' test)* [',']))
func (p *parser) dictOrSet(at ast.Loc) ast.Expr {
	innerAt := p.loc()
	first := p.test()
	if p.got(COLON) {
		value := p.test()
		if p.tok.Kind == FOR {
			return &ast.DictComp{Loc: innerAt, Key: first, Value: value, Generators: p.compFor()}
		}
		keys, values := []ast.Expr{first}, []ast.Expr{value}
		for p.got(COMMA) {
			if p.tok.Kind == RBRACE {
				break
			}
			keys = append(keys, p.test())
			p.expect(COLON)
			values = append(values, p.test())
		}
		return &ast.Dict{Loc: at, Keys: keys, Values: values}
	}
	if p.tok.Kind == FOR {
		return &ast.SetComp{Loc: innerAt, Elt: first, Generators: p.compFor()}
	}
	elts := []ast.Expr{first}
	for p.got(COMMA) {
		if p.tok.Kind == RBRACE {
			break
		}
		elts = append(elts, p.test())
	}
	return &ast.Set{Loc: at, Elts: elts}
}

// compFor: 'for' exprlist 'in' or_test [comp_iter], comp_iter: comp_for |
// comp_if, comp_if: 'if' test_nocond [comp_iter]
func (p *parser) compFor() []*ast.Comprehension {
	var gens []*ast.Comprehension
	for p.tok.Kind == FOR {
		p.next()
		c := &ast.Comprehension{Target: p.forTarget()}
		p.expect(IN)
		c.Iter = p.orTest()
		for p.tok.Kind == IF {
			p.next()
			c.Ifs = append(c.Ifs, p.testNocond())
		}
		gens = append(gens, c)
	}
	return gens
}

// arglist: (argument ',')* (argument [','] | '*' test (',' argument)*
// [',' '**' test] | '**' test), argument: test [comp_for] | test '=' test.
// The grammar lets any test stand before '='; ast.c then requires a name.
func (p *parser) arglist(fn ast.Expr) *ast.Call {
	a := argState{call: &ast.Call{Loc: exprLoc(fn), Func: fn}, listAt: p.loc()}
	for {
		switch p.tok.Kind {
		case STAR:
			p.next()
			a.call.Starargs = p.test()
			a.afterStar = true
			for p.got(COMMA) {
				if p.got(DOUBLESTAR) {
					a.call.Kwargs = p.test()
					break
				}
				p.argument(&a)
			}
			return a.finish(p)
		case DOUBLESTAR:
			p.next()
			a.call.Kwargs = p.test()
			return a.finish(p)
		}
		p.argument(&a)
		if !p.got(COMMA) || p.tok.Kind == RPAR {
			return a.finish(p)
		}
	}
}

// argState gathers a call's arguments and the first error ast.c's
// ast_for_call would report about them.
type argState struct {
	call             *ast.Call
	listAt           ast.Loc
	nargs, nkw, ngen int
	afterStar        bool
	errAt            ast.Loc
	errMsg           string
}

func (a *argState) setErr(at ast.Loc, msg string) {
	if a.errMsg == "" {
		a.errAt, a.errMsg = at, msg
	}
}

func (a *argState) finish(p *parser) *ast.Call {
	switch {
	case a.ngen > 1 || (a.ngen > 0 && (a.nargs > 0 || a.nkw > 0)):
		p.astError(a.listAt, "Generator expression must be parenthesized if not sole argument")
	case a.nargs+a.nkw+a.ngen > maxArgs:
		p.astError(a.listAt, "more than 255 arguments")
	case a.errMsg != "":
		p.astError(a.errAt, a.errMsg)
	}
	return a.call
}

// argument parses one argument: a positional one, a sole generator
// expression, or name=value.
func (p *parser) argument(a *argState) {
	at := p.loc()
	e := p.test()
	switch p.tok.Kind {
	case FOR:
		a.ngen++
		a.call.Args = append(a.call.Args, &ast.GeneratorExp{Loc: at, Elt: e, Generators: p.compFor()})
		return
	case EQUAL:
		p.next()
		a.nkw++
		value := p.test()
		switch n := e.(type) {
		case *ast.Lambda:
			a.setErr(at, "lambda cannot contain assignment")
		case *ast.Name:
			if n.Id == "__debug__" || n.Id == "None" || n.Id == "True" || n.Id == "False" {
				a.setErr(at, "assignment to keyword")
			}
			for _, k := range a.call.Keywords {
				if k.Arg == n.Id {
					a.setErr(at, "keyword argument repeated")
				}
			}
			a.call.Keywords = append(a.call.Keywords, &ast.Keyword{Arg: n.Id, Value: value})
		default:
			a.setErr(at, "keyword can't be an expression")
		}
		return
	}
	a.nargs++
	if a.nkw > 0 {
		a.setErr(at, "non-keyword arg after keyword arg")
	} else if a.afterStar {
		a.setErr(at, "only named arguments may follow *expression")
	}
	a.call.Args = append(a.call.Args, e)
}

// strings parses STRING+: adjacent literals are joined; str and bytes
// literals cannot mix.
func (p *parser) strings() ast.Expr {
	at := p.loc()
	var buf []byte
	bytesMode := false
	first := true
	bad := false
	single := ""
	for p.tok.Kind == STRING {
		tokAt := p.loc()
		v, isBytes, msg := decodeString(p.tok.Text)
		p.next()
		if bad {
			continue
		}
		if msg != "" {
			errAt := at
			if msg == errBytesNonASCII {
				// ast.c reports this one at the literal, the others at the atom.
				errAt = tokAt
			}
			p.astError(errAt, msg)
			bad = true
			continue
		}
		if first {
			bytesMode = isBytes
			single = v
		} else {
			if isBytes != bytesMode {
				p.astError(at, "cannot mix bytes and nonbytes literals")
				bad = true
				continue
			}
			if buf == nil {
				buf = append(buf, single...)
			}
			buf = append(buf, v...)
		}
		first = false
	}
	s := single
	if buf != nil {
		s = string(buf)
	}
	if bytesMode {
		return &ast.Bytes{Loc: at, S: s}
	}
	return &ast.Str{Loc: at, S: s}
}

// setContext is ast.c's set_context: it marks a target expression with
// ctx (Store or Del), recursively through tuples, lists and starred
// expressions, and rejects what cannot be a target with the message
// CPython gives, reported at the whole target's position.
func (p *parser) setContext(e ast.Expr, ctx ast.ExprContext, at ast.Loc) {
	var what string
	switch n := e.(type) {
	case *ast.Attribute:
		n.Ctx = ctx
		if ctx == ast.Store {
			p.checkForbidden(n.Attr, at, true)
		}
		return
	case *ast.Subscript:
		n.Ctx = ctx
		return
	case *ast.Starred:
		n.Ctx = ctx
		p.setContext(n.Value, ctx, at)
		return
	case *ast.Name:
		if ctx == ast.Store {
			p.checkForbidden(n.Id, at, true)
		}
		n.Ctx = ctx
		return
	case *ast.List:
		n.Ctx = ctx
		for _, elt := range n.Elts {
			p.setContext(elt, ctx, at)
		}
		return
	case *ast.Tuple:
		if len(n.Elts) == 0 {
			what = "()"
			break
		}
		n.Ctx = ctx
		for _, elt := range n.Elts {
			p.setContext(elt, ctx, at)
		}
		return
	case *ast.Lambda:
		what = "lambda"
	case *ast.Call:
		what = "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		what = "operator"
	case *ast.GeneratorExp:
		what = "generator expression"
	case *ast.Yield:
		what = "yield expression"
	case *ast.ListComp:
		what = "list comprehension"
	case *ast.SetComp:
		what = "set comprehension"
	case *ast.DictComp:
		what = "dict comprehension"
	case *ast.Dict, *ast.Set, *ast.Num, *ast.Str, *ast.Bytes:
		what = "literal"
	case *ast.Ellipsis:
		what = "Ellipsis"
	case *ast.Compare:
		what = "comparison"
	case *ast.IfExp:
		what = "conditional expression"
	}
	verb := "assign to"
	if ctx == ast.Del {
		verb = "delete"
	}
	p.astError(at, "can't "+verb+" "+what)
}

// exprLoc returns an expression's position.
func exprLoc(e ast.Expr) ast.Loc { return e.Location() }
