// Package ast defines the abstract syntax tree of Python 3.2 programs.
//
// The node types mirror, one for one, the classes of CPython 3.2's ast
// module (Parser/Python.asdl of that release): the same names, the same
// fields in the same order, the same lineno/col_offset attributes. That is
// what lets Dump print a tree exactly as 3.2's ast.dump prints it, and what
// lets the ast module of the runtime expose these nodes to Python code.
//
// Three sum types hold most of the tree: Stmt, Expr and SliceType. Each is a
// small interface implemented by pointers to the node structs; consumers
// (the compiler, the symbol table, Dump) switch on the concrete type, which
// is the fastest dispatch Go offers and keeps the node structs plain data.
//
// Positions follow CPython: Lineno counts from 1; ColOffset is the byte
// offset, counted from 0, in the UTF-8 text of the line.
//
// Literal values are Go values, since the object model sits above this
// package: a Num holds an int64, a *big.Int (only when the value does not
// fit in an int64), a float64 or a complex128 (an imaginary literal). Str
// holds Python text as a Go string in UTF-8, where a lone surrogate code
// point (which Python text may contain) is written as its three-byte
// generalised UTF-8 form; Bytes holds the raw bytes.
package ast

// Loc is the source position every statement and expression carries.
type Loc struct {
	Lineno    int // 1-based line number
	ColOffset int // 0-based byte offset in the line's UTF-8 text
}

// Location returns the node's position.
func (l *Loc) Location() Loc { return *l }

// Node is any syntax tree node.
type Node interface {
	node()
}

// Located is a node with a source position.
type Located interface {
	Node
	Location() Loc
}

// ModType is the root of a tree: Module, Interactive, Expression or Suite.
type ModType interface {
	Node
	modNode()
}

// Stmt is a statement node.
type Stmt interface {
	Located
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Located
	exprNode()
}

// SliceType is what a subscript holds: Slice, ExtSlice or Index.
type SliceType interface {
	Node
	sliceNode()
}

// ---- modules ----

// Module is a whole file (mode "exec").
type Module struct{ Body []Stmt }

// Interactive is one statement typed at the prompt (mode "single").
type Interactive struct{ Body []Stmt }

// Expression is the body of eval (mode "eval").
type Expression struct{ Body Expr }

// Suite exists in 3.2's ASDL for Jython; the parser never makes one.
type Suite struct{ Body []Stmt }

func (*Module) node()         {}
func (*Interactive) node()    {}
func (*Expression) node()     {}
func (*Suite) node()          {}
func (*Module) modNode()      {}
func (*Interactive) modNode() {}
func (*Expression) modNode()  {}
func (*Suite) modNode()       {}

// ---- statements ----

type FunctionDef struct {
	Loc
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // nil when absent
}

type ClassDef struct {
	Loc
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Starargs      Expr // nil when absent
	Kwargs        Expr // nil when absent
	Body          []Stmt
	DecoratorList []Expr
}

type Return struct {
	Loc
	Value Expr // nil when absent
}

type Delete struct {
	Loc
	Targets []Expr
}

type Assign struct {
	Loc
	Targets []Expr
	Value   Expr
}

type AugAssign struct {
	Loc
	Target Expr
	Op     Operator
	Value  Expr
}

type For struct {
	Loc
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

type While struct {
	Loc
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

type If struct {
	Loc
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With has a single context manager in 3.2; "with a, b:" nests Withs.
type With struct {
	Loc
	ContextExpr  Expr
	OptionalVars Expr // nil when absent
	Body         []Stmt
}

type Raise struct {
	Loc
	Exc   Expr // nil when absent
	Cause Expr // nil when absent
}

type TryExcept struct {
	Loc
	Body     []Stmt
	Handlers []*ExceptHandler
	Orelse   []Stmt
}

type TryFinally struct {
	Loc
	Body      []Stmt
	Finalbody []Stmt
}

type Assert struct {
	Loc
	Test Expr
	Msg  Expr // nil when absent
}

type Import struct {
	Loc
	Names []*Alias
}

type ImportFrom struct {
	Loc
	Module string // "" when absent ("from . import x")
	Names  []*Alias
	Level  int
}

type Global struct {
	Loc
	Names []string
}

type Nonlocal struct {
	Loc
	Names []string
}

// ExprStmt is the statement the ASDL calls Expr: an expression evaluated
// for its effect. (Go cannot have a type and an interface both named Expr.)
type ExprStmt struct {
	Loc
	Value Expr
}

type Pass struct{ Loc }
type Break struct{ Loc }
type Continue struct{ Loc }

func (*FunctionDef) node() {}
func (*ClassDef) node()    {}
func (*Return) node()      {}
func (*Delete) node()      {}
func (*Assign) node()      {}
func (*AugAssign) node()   {}
func (*For) node()         {}
func (*While) node()       {}
func (*If) node()          {}
func (*With) node()        {}
func (*Raise) node()       {}
func (*TryExcept) node()   {}
func (*TryFinally) node()  {}
func (*Assert) node()      {}
func (*Import) node()      {}
func (*ImportFrom) node()  {}
func (*Global) node()      {}
func (*Nonlocal) node()    {}
func (*ExprStmt) node()    {}
func (*Pass) node()        {}
func (*Break) node()       {}
func (*Continue) node()    {}

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*TryExcept) stmtNode()   {}
func (*TryFinally) stmtNode()  {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

// ---- expressions ----

type BoolOp struct {
	Loc
	Op     BoolOperator
	Values []Expr
}

type BinOp struct {
	Loc
	Left  Expr
	Op    Operator
	Right Expr
}

type UnaryOp struct {
	Loc
	Op      UnaryOperator
	Operand Expr
}

type Lambda struct {
	Loc
	Args *Arguments
	Body Expr
}

type IfExp struct {
	Loc
	Test   Expr
	Body   Expr
	Orelse Expr
}

type Dict struct {
	Loc
	Keys   []Expr
	Values []Expr
}

type Set struct {
	Loc
	Elts []Expr
}

type ListComp struct {
	Loc
	Elt        Expr
	Generators []*Comprehension
}

type SetComp struct {
	Loc
	Elt        Expr
	Generators []*Comprehension
}

type DictComp struct {
	Loc
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

type GeneratorExp struct {
	Loc
	Elt        Expr
	Generators []*Comprehension
}

type Yield struct {
	Loc
	Value Expr // nil when absent
}

type Compare struct {
	Loc
	Left        Expr
	Ops         []CmpOperator
	Comparators []Expr
}

type Call struct {
	Loc
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
	Starargs Expr // nil when absent
	Kwargs   Expr // nil when absent
}

// Num is a numeric literal; N is an int64, *big.Int, float64 or complex128.
type Num struct {
	Loc
	N interface{}
}

// Str is a str literal (adjacent literals already joined).
type Str struct {
	Loc
	S string
}

// Bytes is a bytes literal (adjacent literals already joined).
type Bytes struct {
	Loc
	S string
}

// Ellipsis is the "..." literal.
type Ellipsis struct{ Loc }

type Attribute struct {
	Loc
	Value Expr
	Attr  string
	Ctx   ExprContext
}

type Subscript struct {
	Loc
	Value Expr
	Slice SliceType
	Ctx   ExprContext
}

type Starred struct {
	Loc
	Value Expr
	Ctx   ExprContext
}

type Name struct {
	Loc
	Id  string
	Ctx ExprContext
}

type List struct {
	Loc
	Elts []Expr
	Ctx  ExprContext
}

type Tuple struct {
	Loc
	Elts []Expr
	Ctx  ExprContext
}

func (*BoolOp) node()       {}
func (*BinOp) node()        {}
func (*UnaryOp) node()      {}
func (*Lambda) node()       {}
func (*IfExp) node()        {}
func (*Dict) node()         {}
func (*Set) node()          {}
func (*ListComp) node()     {}
func (*SetComp) node()      {}
func (*DictComp) node()     {}
func (*GeneratorExp) node() {}
func (*Yield) node()        {}
func (*Compare) node()      {}
func (*Call) node()         {}
func (*Num) node()          {}
func (*Str) node()          {}
func (*Bytes) node()        {}
func (*Ellipsis) node()     {}
func (*Attribute) node()    {}
func (*Subscript) node()    {}
func (*Starred) node()      {}
func (*Name) node()         {}
func (*List) node()         {}
func (*Tuple) node()        {}

func (*BoolOp) exprNode()       {}
func (*BinOp) exprNode()        {}
func (*UnaryOp) exprNode()      {}
func (*Lambda) exprNode()       {}
func (*IfExp) exprNode()        {}
func (*Dict) exprNode()         {}
func (*Set) exprNode()          {}
func (*ListComp) exprNode()     {}
func (*SetComp) exprNode()      {}
func (*DictComp) exprNode()     {}
func (*GeneratorExp) exprNode() {}
func (*Yield) exprNode()        {}
func (*Compare) exprNode()      {}
func (*Call) exprNode()         {}
func (*Num) exprNode()          {}
func (*Str) exprNode()          {}
func (*Bytes) exprNode()        {}
func (*Ellipsis) exprNode()     {}
func (*Attribute) exprNode()    {}
func (*Subscript) exprNode()    {}
func (*Starred) exprNode()      {}
func (*Name) exprNode()         {}
func (*List) exprNode()         {}
func (*Tuple) exprNode()        {}

// ---- slices ----

type Slice struct {
	Lower Expr // nil when absent
	Upper Expr // nil when absent
	Step  Expr // nil when absent
}

type ExtSlice struct {
	Dims []SliceType
}

type Index struct {
	Value Expr
}

func (*Slice) node()         {}
func (*ExtSlice) node()      {}
func (*Index) node()         {}
func (*Slice) sliceNode()    {}
func (*ExtSlice) sliceNode() {}
func (*Index) sliceNode()    {}

// ---- the remaining product types ----

// Comprehension is one "for target in iter if ..." clause.
type Comprehension struct {
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// ExceptHandler is one except clause of a TryExcept.
type ExceptHandler struct {
	Loc
	Type Expr   // nil for a bare except
	Name string // "" when absent
	Body []Stmt
}

// Arguments is the parameter list of a def or lambda.
type Arguments struct {
	Args             []*Arg
	Vararg           string // "" when absent
	Varargannotation Expr   // nil when absent
	Kwonlyargs       []*Arg
	Kwarg            string // "" when absent
	Kwargannotation  Expr   // nil when absent
	Defaults         []Expr
	KwDefaults       []Expr // one per kwonly arg; nil entries for no default
}

// Arg is one named parameter.
type Arg struct {
	Arg        string
	Annotation Expr // nil when absent
}

// Keyword is a keyword argument in a call or class definition.
type Keyword struct {
	Arg   string
	Value Expr
}

// Alias is one name of an import statement.
type Alias struct {
	Name   string
	Asname string // "" when absent
}

func (*Comprehension) node() {}
func (*ExceptHandler) node() {}
func (*Arguments) node()     {}
func (*Arg) node()           {}
func (*Keyword) node()       {}
func (*Alias) node()         {}

// ---- enumerations ----

// ExprContext says how a target-capable expression is used.
type ExprContext uint8

const (
	Load ExprContext = iota + 1
	Store
	Del
	AugLoad
	AugStore
	Param
)

var exprContextNames = [...]string{"", "Load", "Store", "Del", "AugLoad", "AugStore", "Param"}

func (c ExprContext) String() string { return exprContextNames[c] }

// BoolOperator is "and" or "or".
type BoolOperator uint8

const (
	And BoolOperator = iota + 1
	Or
)

var boolOpNames = [...]string{"", "And", "Or"}

func (o BoolOperator) String() string { return boolOpNames[o] }

// Operator is a binary arithmetic or bitwise operator.
type Operator uint8

const (
	Add Operator = iota + 1
	Sub
	Mult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

var operatorNames = [...]string{"", "Add", "Sub", "Mult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}

func (o Operator) String() string { return operatorNames[o] }

// UnaryOperator is ~, not, unary + or unary -.
type UnaryOperator uint8

const (
	Invert UnaryOperator = iota + 1
	Not
	UAdd
	USub
)

var unaryOpNames = [...]string{"", "Invert", "Not", "UAdd", "USub"}

func (o UnaryOperator) String() string { return unaryOpNames[o] }

// CmpOperator is a comparison operator.
type CmpOperator uint8

const (
	Eq CmpOperator = iota + 1
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var cmpOpNames = [...]string{"", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}

func (o CmpOperator) String() string { return cmpOpNames[o] }
