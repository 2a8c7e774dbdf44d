// Package symtable computes, for a syntax tree, the scopes of Python 3.2
// and the binding of every name in each of them: the facts the compiler
// needs to choose between fast locals, cells, free variables, globals and
// the name-dictionary lookups of module and class bodies.
//
// A Table holds one Block per scope: the module (or the interactive
// statement, or the eval expression), every class body, every def, every
// lambda, and every comprehension, since in Python 3.2 a list, set or dict
// comprehension runs in a function of its own exactly as a generator
// expression does. Blocks form a tree in source order, and the compiler
// finds the block of a node with Table.Lookup, passing the *ast.FunctionDef,
// *ast.ClassDef, *ast.Lambda, *ast.ListComp, *ast.SetComp, *ast.DictComp,
// *ast.GeneratorExp or the module node itself.
//
// Build works in CPython 3.2's two passes (Python/symtable.c). The first
// walks the tree and records raw facts about each name in the block where
// it appears: it is assigned, used, a parameter, imported, declared global
// or nonlocal (the Def* and Use flags). The second walks the blocks from
// the top, passing down the names bound by enclosing functions, and
// decides each name's Scope: local, cell (local but used by a nested
// function), free (bound by an enclosing function), global by declaration
// or global by default. Names are stored mangled: inside class C, __x is
// _C__x (see Mangle).
//
// The facts mirror what CPython 3.2's _symtable module exposes (flags,
// scopes, the implicit __class__ cell of a class whose methods use super or
// __class__, the __locals__ parameter of class bodies, the .0 parameter and
// _[1] temporary of comprehensions), so that the runtime's symtable module
// can be built on it and tests can compare against CPython. A block lists
// its symbols in the order they first appear, where CPython's dict lists
// them in the order of its hash table; the analysis, though, visits them
// in CPython's order (see dictorder.go), since that order decides which
// error is reported when several names of a block are in error.
//
// Errors are *parser.SyntaxError values with CPython 3.2's message and
// position. 3.2's PyErr_SyntaxLocationEx sets the offset attribute and then
// resets it to None, so every error of this pass has no offset; some
// (those about nonlocal declarations) carry no position at all. Warnings
// (a name used or assigned before its global or nonlocal declaration) go to
// the caller's Warn function, which may turn them into errors as CPython's
// warning filters can.
package symtable

import (
	"sort"

	"github.com/taipan-py/taipan/ast"
)

// Flags are the raw facts the first pass records about a name in a block.
// The values are CPython's, so Symbol.Raw can give the numbers the symtable
// module shows.
type Flags uint16

const (
	DefGlobal    Flags = 1 << iota // declared global
	DefLocal                       // assigned, deleted, or the target of def, class, for, with, except
	DefParam                       // a parameter
	DefNonlocal                    // declared nonlocal
	Use                            // read
	DefFree                        // free in a nested block (CPython defines but never sets it)
	DefFreeClass                   // free in a method while also bound or global in the class
	DefImport                      // bound by an import

	DefBound = DefLocal | DefParam | DefImport
)

// Scope is what the second pass decides about a name.
type Scope uint8

const (
	ScopeUnknown   Scope = iota // not a symbol of the block
	Local                       // bound in the block
	GlobalExplicit              // declared global
	GlobalImplicit              // not bound in any enclosing function: a global or builtin
	Free                        // bound in an enclosing function
	Cell                        // bound in the block and free in a nested one
)

var scopeNames = [...]string{"Unknown", "Local", "GlobalExplicit", "GlobalImplicit", "Free", "Cell"}

func (s Scope) String() string { return scopeNames[s] }

// BlockType is the kind of a block. The values are CPython's
// (_symtable.TYPE_FUNCTION, TYPE_CLASS, TYPE_MODULE).
type BlockType uint8

const (
	FunctionBlock BlockType = iota // def, lambda, comprehension, generator expression
	ClassBlock
	ModuleBlock
)

var blockTypeNames = [...]string{"function", "class", "module"}

// String returns what Lib/symtable.py's get_type returns.
func (t BlockType) String() string { return blockTypeNames[t] }

// Unoptimized flags say why a block's names cannot live in fast locals.
const (
	OptImportStar = 1 // the block does "from m import *"
	OptTopLevel   = 2 // the module block
)

// scopeOffset is where CPython stores the scope in a symbol's flags word.
const scopeOffset = 11

// Symbol is one name of a block.
type Symbol struct {
	Name  string // mangled
	Flags Flags
	Scope Scope
}

// Raw returns the flags word CPython keeps for the symbol, as
// _symtable's symbols dict shows it: the flags with the scope at bit 11.
func (s *Symbol) Raw() int { return int(s.Flags) | int(s.Scope)<<scopeOffset }

// Block is one scope.
type Block struct {
	Type      BlockType
	Name      string   // "top" for the module, "lambda", "genexpr", "listcomp", "setcomp", "dictcomp", else the def's or class's name
	Node      ast.Node // the tree node that opens the block
	Lineno    int      // of the node; 0 for the module
	ColOffset int
	Parent    *Block // nil for the module
	Children  []*Block

	Nested       bool // inside a function, directly or not
	Free         bool // has free variables, or (nested) refers to globals
	ChildFree    bool // some block inside it has free variables
	Generator    bool // contains yield, or is a generator expression
	Varargs      bool // has *args
	Varkeywords  bool // has **kwargs
	ReturnsValue bool // has "return value"
	Unoptimized  int  // OptImportStar | OptTopLevel

	// Private is the name of the innermost enclosing class (the block's
	// own name for a class body), used to mangle names; "" outside classes.
	Private string

	// Params are the parameters in order: positional, keyword-only, then
	// *args and **kwargs; ".0" for a comprehension; "__locals__" for a
	// class body. These are the first of the code object's varnames; the
	// compiler appends the other locals as it meets them.
	Params []string

	symbols map[string]*Symbol
	order   []*Symbol
	tmpname int // counter of the _[n] temporaries
}

// Lookup returns the symbol of a (mangled) name, or nil.
func (b *Block) Lookup(name string) *Symbol { return b.symbols[name] }

// ScopeOf returns the scope of a (mangled) name, ScopeUnknown if the name
// is no symbol of the block.
func (b *Block) ScopeOf(name string) Scope {
	if s := b.symbols[name]; s != nil {
		return s.Scope
	}
	return ScopeUnknown
}

// Symbols returns the block's symbols in the order they first appear.
func (b *Block) Symbols() []*Symbol { return b.order }

// Optimized reports whether the block keeps its locals in fast slots,
// as Lib/symtable.py's is_optimized does: every function block in 3.2.
func (b *Block) Optimized() bool { return b.Type == FunctionBlock && b.Unoptimized == 0 }

// CellVars returns the names of the block's cells, sorted, as the code
// object's co_cellvars lists them.
func (b *Block) CellVars() []string {
	return b.sortedNames(func(s *Symbol) bool { return s.Scope == Cell })
}

// FreeVars returns the block's free variables, sorted, as co_freevars
// lists them: the names whose scope is Free, and, in a class, the names
// that are both bound in the class and free in one of its methods
// (DefFreeClass), for which the class passes its own cell on.
func (b *Block) FreeVars() []string {
	return b.sortedNames(func(s *Symbol) bool { return s.Scope == Free || s.Flags&DefFreeClass != 0 })
}

// sortedNames sorts like CPython's list.sort of str: by code point, which
// is the byte order of UTF-8.
func (b *Block) sortedNames(keep func(*Symbol) bool) []string {
	var names []string
	for _, s := range b.order {
		if keep(s) {
			names = append(names, s.Name)
		}
	}
	sort.Strings(names)
	return names
}

// HasImportStar reports whether the block does "from m import *".
func (b *Block) HasImportStar() bool { return b.Unoptimized&OptImportStar != 0 }

// addSymbol records flag for a (mangled) name and returns the name's flags
// before the call.
func (b *Block) addSymbol(name string, flag Flags) Flags {
	s := b.symbols[name]
	if s == nil {
		s = &Symbol{Name: name}
		b.symbols[name] = s
		b.order = append(b.order, s)
	}
	old := s.Flags
	s.Flags |= flag
	return old
}

// Table is the symbol table of one tree.
type Table struct {
	Top    *Block // the module block
	blocks map[ast.Node]*Block
}

// Lookup returns the block that node opens, or nil.
func (t *Table) Lookup(node ast.Node) *Block { return t.blocks[node] }

// Mangle returns name as it is stored inside a class whose name is private
// (the name of the innermost enclosing class): "__x" becomes "_C__x".
// Names that do not start with two underscores, that also end with two
// (__init__), or that contain a dot (a dotted module name of an import)
// are not mangled, and neither is anything when the class name is empty
// or all underscores, whose leading underscores are otherwise dropped.
func Mangle(private, name string) string {
	if private == "" || len(name) < 2 || name[0] != '_' || name[1] != '_' {
		return name
	}
	if name[len(name)-1] == '_' && name[len(name)-2] == '_' {
		return name
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return name
		}
	}
	i := 0
	for i < len(private) && private[i] == '_' {
		i++
	}
	if i == len(private) {
		return name
	}
	return "_" + private[i:] + name
}
