// Package symtablemod is the _symtable module, on which the symtable
// module (lib/python/symtable.py) is written: symtable(code, filename,
// mode) parses code, builds its symbol table with package symtable (the
// one the compiler uses) and returns the blocks as "symtable entry"
// objects, keyed by their id, with the members CPython 3.2's entries
// have (id, name, type, lineno, symbols, varnames, children, optimized,
// nested) and the flag constants that decode a symbol's flags word.
package symtablemod

import (
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/parser"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/symtable"
)

func init() {
	builtins.RegisterModule("_symtable", newModule)
	EntryType.AddGetSets(
		entryGetter("id", func(e *entry) py.Object { return py.NewInt(e.id) }),
		entryGetter("name", func(e *entry) py.Object { return py.NewStr(e.b.Name) }),
		entryGetter("symbols", func(e *entry) py.Object { return e.symbols }),
		entryGetter("varnames", func(e *entry) py.Object {
			items := make([]py.Object, len(e.b.Params))
			for i, p := range e.b.Params {
				items[i] = py.NewStr(p)
			}
			return py.NewList(items...)
		}),
		entryGetter("children", func(e *entry) py.Object { return e.children }),
		entryGetter("optimized", func(e *entry) py.Object { return py.NewInt(int64(e.b.Unoptimized)) }),
		entryGetter("nested", func(e *entry) py.Object { return boolInt(e.b.Nested) }),
		entryGetter("type", func(e *entry) py.Object { return py.NewInt(int64(e.b.Type)) }),
		entryGetter("lineno", func(e *entry) py.Object { return py.NewInt(int64(e.b.Lineno)) }),
	)
	EntryType.Repr = func(t *py.Thread, self py.Object) (py.Object, error) {
		e := self.(*entry)
		return py.NewStr("<symtable entry " + e.b.Name + "(" + py.NewInt(e.id).String() + "), line " + py.NewInt(int64(e.b.Lineno)).String() + ">"), nil
	}
}

// EntryType is the type of the symbol table's blocks (PySTEntry_Type).
var EntryType = &py.Type{Name: "symtable entry"}

// entry is one block of a symbol table.
type entry struct {
	id       int64
	b        *symtable.Block
	symbols  *py.Dict // name -> flags word, as CPython's ste_symbols
	children *py.List
}

func (*entry) Type() *py.Type { return EntryType }

func entryGetter(name string, get func(*entry) py.Object) py.GetSetDef {
	return py.GetSetDef{Name: name, Get: func(t *py.Thread, self py.Object) (py.Object, error) {
		e, ok := self.(*entry)
		if !ok {
			return nil, py.Errorf(py.TypeError, "descriptor '%s' requires a 'symtable entry' object", name)
		}
		return get(e), nil
	}}
}

func boolInt(b bool) py.Object {
	if b {
		return py.NewInt(1)
	}
	return py.NewInt(0)
}

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_symtable")
	m.AddFunction("symtable", symtableFunc, "Return symbol and scope dictionaries used internally by compiler.")
	for _, c := range []struct {
		name  string
		value int
	}{
		{"USE", int(symtable.Use)},
		{"DEF_GLOBAL", int(symtable.DefGlobal)},
		{"DEF_LOCAL", int(symtable.DefLocal)},
		{"DEF_PARAM", int(symtable.DefParam)},
		{"DEF_FREE", int(symtable.DefFree)},
		{"DEF_FREE_CLASS", int(symtable.DefFreeClass)},
		{"DEF_IMPORT", int(symtable.DefImport)},
		{"DEF_BOUND", int(symtable.DefBound)},
		{"TYPE_FUNCTION", int(symtable.FunctionBlock)},
		{"TYPE_CLASS", int(symtable.ClassBlock)},
		{"TYPE_MODULE", int(symtable.ModuleBlock)},
		{"OPT_IMPORT_STAR", symtable.OptImportStar},
		{"OPT_TOPLEVEL", symtable.OptTopLevel},
		{"LOCAL", int(symtable.Local)},
		{"GLOBAL_EXPLICIT", int(symtable.GlobalExplicit)},
		{"GLOBAL_IMPLICIT", int(symtable.GlobalImplicit)},
		{"FREE", int(symtable.Free)},
		{"CELL", int(symtable.Cell)},
		{"SCOPE_OFF", scopeOff},
		{"SCOPE_MASK", scopeMask},
	} {
		m.Dict.SetStr(py.NewStr(c.name), py.NewInt(int64(c.value)))
	}
	return m, nil
}

// CPython's SCOPE_OFFSET, where the scope sits in a symbol's flags word
// (symtable.Symbol.Raw), and its SCOPE_MASK, which 3.2 defines as
// DEF_GLOBAL|DEF_LOCAL|DEF_PARAM|DEF_NONLOCAL (15): wider than the scope
// needs, and harmless since no flag lies above the scope.
const (
	scopeOff  = 11
	scopeMask = 15
)

func symtableFunc(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("symtable", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 3 {
		return nil, py.Errorf(py.TypeError, "symtable() takes exactly 3 arguments (%d given)", len(args))
	}
	var strs [3]string
	for i, a := range args {
		s, ok := a.(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "symtable() argument %d must be str, not %s", i+1, typeName(a))
		}
		strs[i] = s.String()
	}
	var mode parser.Mode
	switch strs[2] {
	case "exec":
		mode = parser.ExecMode
	case "eval":
		mode = parser.EvalMode
	case "single":
		mode = parser.SingleMode
	default:
		return nil, py.Errorf(py.ValueError, "symtable() arg 3 must be 'exec' or 'eval' or 'single'")
	}
	filename := strs[1]
	mod, err := parser.ParseString(filename, strs[0], mode)
	if err != nil {
		return nil, convertError(err)
	}
	table, err := symtable.Build(mod, symtable.Options{
		Filename: filename,
		Warn: func(category, msg string, lineno int) error {
			return py.WarnExplicit(t, py.WarningClass(category), msg, filename, lineno)
		},
	})
	if err != nil {
		return nil, convertError(err)
	}
	blocks := py.NewDict()
	var next int64 = 1
	var add func(b *symtable.Block) (*entry, error)
	add = func(b *symtable.Block) (*entry, error) {
		e := &entry{id: next, b: b, symbols: py.NewDict(), children: py.NewList()}
		next++
		for _, s := range b.Symbols() {
			e.symbols.SetStr(py.NewStr(s.Name), py.NewInt(int64(s.Raw())))
		}
		if err := blocks.SetItem(t, py.NewInt(e.id), e); err != nil {
			return nil, err
		}
		for _, c := range b.Children {
			ce, err := add(c)
			if err != nil {
				return nil, err
			}
			e.children.Append(ce)
		}
		return e, nil
	}
	if _, err := add(table.Top); err != nil {
		return nil, err
	}
	return blocks, nil
}

func typeName(o py.Object) string {
	if o == py.None {
		return "None"
	}
	return o.Type().Name
}

func convertError(err error) error {
	if se, ok := err.(*parser.SyntaxError); ok {
		return py.FromSyntaxError(se)
	}
	return err
}
