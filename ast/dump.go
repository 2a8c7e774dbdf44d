package ast

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/taipan-py/taipan/internal/pystr"
)

// Dump returns the text CPython 3.2's ast.dump(node, annotate_fields=True,
// include_attributes=includeAttributes) gives for the tree rooted at n:
// every node as ClassName(field=value, ...) with the ASDL field names in
// ASDL order, lists in brackets, absent optional nodes and identifiers as
// None, identifiers and literals by their repr. With includeAttributes,
// statements, expressions and except handlers end with their lineno and
// col_offset (after a single space rather than ", " for a node with no
// fields, such as Pass, which is what ast.dump writes).
func Dump(n Node, includeAttributes bool) string {
	d := dumper{attrs: includeAttributes}
	d.node(n)
	return d.b.String()
}

type dumper struct {
	b     strings.Builder
	attrs bool
	first bool // no field written yet in the node being written
}

// open starts a node.
func (d *dumper) open(name string) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	d.first = true
}

// field starts the next field of the node being written.
func (d *dumper) field(name string) {
	if !d.first {
		d.b.WriteString(", ")
	}
	d.first = false
	d.b.WriteString(name)
	d.b.WriteByte('=')
}

// close ends a node; loc is its position when the node has attributes, and
// hasFields tells whether its class has any field.
func (d *dumper) close(loc *Loc, hasFields bool) {
	if d.attrs && loc != nil {
		if hasFields {
			d.b.WriteString(", ")
		} else {
			d.b.WriteByte(' ')
		}
		d.b.WriteString("lineno=")
		d.b.WriteString(strconv.Itoa(loc.Lineno))
		d.b.WriteString(", col_offset=")
		d.b.WriteString(strconv.Itoa(loc.ColOffset))
	}
	d.b.WriteByte(')')
	d.first = false
}

func (d *dumper) none() { d.b.WriteString("None") }

// singleton writes a field-less node such as Load() or Add(); the zero
// value of an enumeration (not set) is None.
func (d *dumper) singleton(name string) {
	if name == "" {
		d.none()
		return
	}
	d.b.WriteString(name)
	d.b.WriteString("()")
}

func (d *dumper) ident(s string) { d.b.WriteString(pystr.ReprStr(s)) }

// optIdent writes an optional identifier: "" is None.
func (d *dumper) optIdent(s string) {
	if s == "" {
		d.none()
		return
	}
	d.ident(s)
}

func (d *dumper) idents(names []string) {
	d.b.WriteByte('[')
	for i, s := range names {
		if i > 0 {
			d.b.WriteString(", ")
		}
		d.ident(s)
	}
	d.b.WriteByte(']')
}

func (d *dumper) expr(e Expr) {
	if e == nil {
		d.none()
		return
	}
	d.node(e)
}

func (d *dumper) exprs(es []Expr) {
	d.b.WriteByte('[')
	for i, e := range es {
		if i > 0 {
			d.b.WriteString(", ")
		}
		d.expr(e)
	}
	d.b.WriteByte(']')
}

func (d *dumper) stmts(ss []Stmt) {
	d.b.WriteByte('[')
	for i, s := range ss {
		if i > 0 {
			d.b.WriteString(", ")
		}
		if s == nil {
			d.none()
		} else {
			d.node(s)
		}
	}
	d.b.WriteByte(']')
}

// list writes a slice of product nodes (comprehensions, handlers, ...).
func list[T Node](d *dumper, xs []T) {
	d.b.WriteByte('[')
	for i, x := range xs {
		if i > 0 {
			d.b.WriteString(", ")
		}
		d.node(x)
	}
	d.b.WriteByte(']')
}

func (d *dumper) slice(s SliceType) {
	if s == nil {
		d.none()
		return
	}
	d.node(s)
}

func (d *dumper) num(v interface{}) {
	switch v := v.(type) {
	case int64:
		d.b.WriteString(pystr.ReprInt(v))
	case int:
		d.b.WriteString(pystr.ReprInt(int64(v)))
	case *big.Int:
		d.b.WriteString(pystr.ReprBigInt(v))
	case float64:
		d.b.WriteString(pystr.ReprFloat(v))
	case complex128:
		d.b.WriteString(pystr.ReprComplex(v))
	default:
		d.none()
	}
}

func (d *dumper) node(n Node) {
	switch n := n.(type) {
	case nil:
		d.none()

	// Modules.
	case *Module:
		d.open("Module")
		d.field("body")
		d.stmts(n.Body)
		d.close(nil, true)
	case *Interactive:
		d.open("Interactive")
		d.field("body")
		d.stmts(n.Body)
		d.close(nil, true)
	case *Expression:
		d.open("Expression")
		d.field("body")
		d.expr(n.Body)
		d.close(nil, true)
	case *Suite:
		d.open("Suite")
		d.field("body")
		d.stmts(n.Body)
		d.close(nil, true)

	// Statements.
	case *FunctionDef:
		d.open("FunctionDef")
		d.field("name")
		d.ident(n.Name)
		d.field("args")
		d.arguments(n.Args)
		d.field("body")
		d.stmts(n.Body)
		d.field("decorator_list")
		d.exprs(n.DecoratorList)
		d.field("returns")
		d.expr(n.Returns)
		d.close(&n.Loc, true)
	case *ClassDef:
		d.open("ClassDef")
		d.field("name")
		d.ident(n.Name)
		d.field("bases")
		d.exprs(n.Bases)
		d.field("keywords")
		list(d, n.Keywords)
		d.field("starargs")
		d.expr(n.Starargs)
		d.field("kwargs")
		d.expr(n.Kwargs)
		d.field("body")
		d.stmts(n.Body)
		d.field("decorator_list")
		d.exprs(n.DecoratorList)
		d.close(&n.Loc, true)
	case *Return:
		d.open("Return")
		d.field("value")
		d.expr(n.Value)
		d.close(&n.Loc, true)
	case *Delete:
		d.open("Delete")
		d.field("targets")
		d.exprs(n.Targets)
		d.close(&n.Loc, true)
	case *Assign:
		d.open("Assign")
		d.field("targets")
		d.exprs(n.Targets)
		d.field("value")
		d.expr(n.Value)
		d.close(&n.Loc, true)
	case *AugAssign:
		d.open("AugAssign")
		d.field("target")
		d.expr(n.Target)
		d.field("op")
		d.singleton(n.Op.String())
		d.field("value")
		d.expr(n.Value)
		d.close(&n.Loc, true)
	case *For:
		d.open("For")
		d.field("target")
		d.expr(n.Target)
		d.field("iter")
		d.expr(n.Iter)
		d.field("body")
		d.stmts(n.Body)
		d.field("orelse")
		d.stmts(n.Orelse)
		d.close(&n.Loc, true)
	case *While:
		d.open("While")
		d.field("test")
		d.expr(n.Test)
		d.field("body")
		d.stmts(n.Body)
		d.field("orelse")
		d.stmts(n.Orelse)
		d.close(&n.Loc, true)
	case *If:
		d.open("If")
		d.field("test")
		d.expr(n.Test)
		d.field("body")
		d.stmts(n.Body)
		d.field("orelse")
		d.stmts(n.Orelse)
		d.close(&n.Loc, true)
	case *With:
		d.open("With")
		d.field("context_expr")
		d.expr(n.ContextExpr)
		d.field("optional_vars")
		d.expr(n.OptionalVars)
		d.field("body")
		d.stmts(n.Body)
		d.close(&n.Loc, true)
	case *Raise:
		d.open("Raise")
		d.field("exc")
		d.expr(n.Exc)
		d.field("cause")
		d.expr(n.Cause)
		d.close(&n.Loc, true)
	case *TryExcept:
		d.open("TryExcept")
		d.field("body")
		d.stmts(n.Body)
		d.field("handlers")
		list(d, n.Handlers)
		d.field("orelse")
		d.stmts(n.Orelse)
		d.close(&n.Loc, true)
	case *TryFinally:
		d.open("TryFinally")
		d.field("body")
		d.stmts(n.Body)
		d.field("finalbody")
		d.stmts(n.Finalbody)
		d.close(&n.Loc, true)
	case *Assert:
		d.open("Assert")
		d.field("test")
		d.expr(n.Test)
		d.field("msg")
		d.expr(n.Msg)
		d.close(&n.Loc, true)
	case *Import:
		d.open("Import")
		d.field("names")
		list(d, n.Names)
		d.close(&n.Loc, true)
	case *ImportFrom:
		d.open("ImportFrom")
		d.field("module")
		d.optIdent(n.Module)
		d.field("names")
		list(d, n.Names)
		d.field("level")
		d.b.WriteString(strconv.Itoa(n.Level))
		d.close(&n.Loc, true)
	case *Global:
		d.open("Global")
		d.field("names")
		d.idents(n.Names)
		d.close(&n.Loc, true)
	case *Nonlocal:
		d.open("Nonlocal")
		d.field("names")
		d.idents(n.Names)
		d.close(&n.Loc, true)
	case *ExprStmt:
		d.open("Expr")
		d.field("value")
		d.expr(n.Value)
		d.close(&n.Loc, true)
	case *Pass:
		d.open("Pass")
		d.close(&n.Loc, false)
	case *Break:
		d.open("Break")
		d.close(&n.Loc, false)
	case *Continue:
		d.open("Continue")
		d.close(&n.Loc, false)

	// Expressions.
	case *BoolOp:
		d.open("BoolOp")
		d.field("op")
		d.singleton(n.Op.String())
		d.field("values")
		d.exprs(n.Values)
		d.close(&n.Loc, true)
	case *BinOp:
		d.open("BinOp")
		d.field("left")
		d.expr(n.Left)
		d.field("op")
		d.singleton(n.Op.String())
		d.field("right")
		d.expr(n.Right)
		d.close(&n.Loc, true)
	case *UnaryOp:
		d.open("UnaryOp")
		d.field("op")
		d.singleton(n.Op.String())
		d.field("operand")
		d.expr(n.Operand)
		d.close(&n.Loc, true)
	case *Lambda:
		d.open("Lambda")
		d.field("args")
		d.arguments(n.Args)
		d.field("body")
		d.expr(n.Body)
		d.close(&n.Loc, true)
	case *IfExp:
		d.open("IfExp")
		d.field("test")
		d.expr(n.Test)
		d.field("body")
		d.expr(n.Body)
		d.field("orelse")
		d.expr(n.Orelse)
		d.close(&n.Loc, true)
	case *Dict:
		d.open("Dict")
		d.field("keys")
		d.exprs(n.Keys)
		d.field("values")
		d.exprs(n.Values)
		d.close(&n.Loc, true)
	case *Set:
		d.open("Set")
		d.field("elts")
		d.exprs(n.Elts)
		d.close(&n.Loc, true)
	case *ListComp:
		d.open("ListComp")
		d.field("elt")
		d.expr(n.Elt)
		d.field("generators")
		list(d, n.Generators)
		d.close(&n.Loc, true)
	case *SetComp:
		d.open("SetComp")
		d.field("elt")
		d.expr(n.Elt)
		d.field("generators")
		list(d, n.Generators)
		d.close(&n.Loc, true)
	case *DictComp:
		d.open("DictComp")
		d.field("key")
		d.expr(n.Key)
		d.field("value")
		d.expr(n.Value)
		d.field("generators")
		list(d, n.Generators)
		d.close(&n.Loc, true)
	case *GeneratorExp:
		d.open("GeneratorExp")
		d.field("elt")
		d.expr(n.Elt)
		d.field("generators")
		list(d, n.Generators)
		d.close(&n.Loc, true)
	case *Yield:
		d.open("Yield")
		d.field("value")
		d.expr(n.Value)
		d.close(&n.Loc, true)
	case *Compare:
		d.open("Compare")
		d.field("left")
		d.expr(n.Left)
		d.field("ops")
		d.b.WriteByte('[')
		for i, op := range n.Ops {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.singleton(op.String())
		}
		d.b.WriteByte(']')
		d.field("comparators")
		d.exprs(n.Comparators)
		d.close(&n.Loc, true)
	case *Call:
		d.open("Call")
		d.field("func")
		d.expr(n.Func)
		d.field("args")
		d.exprs(n.Args)
		d.field("keywords")
		list(d, n.Keywords)
		d.field("starargs")
		d.expr(n.Starargs)
		d.field("kwargs")
		d.expr(n.Kwargs)
		d.close(&n.Loc, true)
	case *Num:
		d.open("Num")
		d.field("n")
		d.num(n.N)
		d.close(&n.Loc, true)
	case *Str:
		d.open("Str")
		d.field("s")
		d.b.WriteString(pystr.ReprStr(n.S))
		d.close(&n.Loc, true)
	case *Bytes:
		d.open("Bytes")
		d.field("s")
		d.b.WriteString(pystr.ReprBytes(n.S))
		d.close(&n.Loc, true)
	case *Ellipsis:
		d.open("Ellipsis")
		d.close(&n.Loc, false)
	case *Attribute:
		d.open("Attribute")
		d.field("value")
		d.expr(n.Value)
		d.field("attr")
		d.ident(n.Attr)
		d.field("ctx")
		d.singleton(n.Ctx.String())
		d.close(&n.Loc, true)
	case *Subscript:
		d.open("Subscript")
		d.field("value")
		d.expr(n.Value)
		d.field("slice")
		d.slice(n.Slice)
		d.field("ctx")
		d.singleton(n.Ctx.String())
		d.close(&n.Loc, true)
	case *Starred:
		d.open("Starred")
		d.field("value")
		d.expr(n.Value)
		d.field("ctx")
		d.singleton(n.Ctx.String())
		d.close(&n.Loc, true)
	case *Name:
		d.open("Name")
		d.field("id")
		d.ident(n.Id)
		d.field("ctx")
		d.singleton(n.Ctx.String())
		d.close(&n.Loc, true)
	case *List:
		d.open("List")
		d.field("elts")
		d.exprs(n.Elts)
		d.field("ctx")
		d.singleton(n.Ctx.String())
		d.close(&n.Loc, true)
	case *Tuple:
		d.open("Tuple")
		d.field("elts")
		d.exprs(n.Elts)
		d.field("ctx")
		d.singleton(n.Ctx.String())
		d.close(&n.Loc, true)

	// Slices.
	case *Slice:
		d.open("Slice")
		d.field("lower")
		d.expr(n.Lower)
		d.field("upper")
		d.expr(n.Upper)
		d.field("step")
		d.expr(n.Step)
		d.close(nil, true)
	case *ExtSlice:
		d.open("ExtSlice")
		d.field("dims")
		d.b.WriteByte('[')
		for i, s := range n.Dims {
			if i > 0 {
				d.b.WriteString(", ")
			}
			d.slice(s)
		}
		d.b.WriteByte(']')
		d.close(nil, true)
	case *Index:
		d.open("Index")
		d.field("value")
		d.expr(n.Value)
		d.close(nil, true)

	// Product types.
	case *Comprehension:
		d.open("comprehension")
		d.field("target")
		d.expr(n.Target)
		d.field("iter")
		d.expr(n.Iter)
		d.field("ifs")
		d.exprs(n.Ifs)
		d.close(nil, true)
	case *ExceptHandler:
		d.open("ExceptHandler")
		d.field("type")
		d.expr(n.Type)
		d.field("name")
		d.optIdent(n.Name)
		d.field("body")
		d.stmts(n.Body)
		d.close(&n.Loc, true)
	case *Arguments:
		d.arguments(n)
	case *Arg:
		d.open("arg")
		d.field("arg")
		d.ident(n.Arg)
		d.field("annotation")
		d.expr(n.Annotation)
		d.close(nil, true)
	case *Keyword:
		d.open("keyword")
		d.field("arg")
		d.ident(n.Arg)
		d.field("value")
		d.expr(n.Value)
		d.close(nil, true)
	case *Alias:
		d.open("alias")
		d.field("name")
		d.ident(n.Name)
		d.field("asname")
		d.optIdent(n.Asname)
		d.close(nil, true)
	default:
		d.none()
	}
}

func (d *dumper) arguments(a *Arguments) {
	if a == nil {
		d.none()
		return
	}
	d.open("arguments")
	d.field("args")
	list(d, a.Args)
	d.field("vararg")
	d.optIdent(a.Vararg)
	d.field("varargannotation")
	d.expr(a.Varargannotation)
	d.field("kwonlyargs")
	list(d, a.Kwonlyargs)
	d.field("kwarg")
	d.optIdent(a.Kwarg)
	d.field("kwargannotation")
	d.expr(a.Kwargannotation)
	d.field("defaults")
	d.exprs(a.Defaults)
	d.field("kw_defaults")
	d.exprs(a.KwDefaults)
	d.close(nil, true)
}
