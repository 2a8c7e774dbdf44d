// Package astmod is the _ast module: the node classes of CPython 3.2's
// abstract syntax tree as Python sees them, and the conversions between
// them and the Go tree of package ast that compile() needs.
//
// As in 3.2, _ast.AST is a built-in type (a Go *py.Type shared by every
// interpreter) whose __init__ takes the fields positionally or by name,
// and every other node class is an ordinary class made by type() with
// _fields, _attributes and __module__ '_ast' in its namespace: so they
// can be subclassed, pickled (AST.__reduce__) and given attributes, and
// their instances are plain objects with a __dict__. Those classes are
// made once per interpreter (the state below), when _ast is first
// imported or compile() first needs them; the operator and context
// classes (Add, Load, ...) have one shared instance each, which the
// conversion hands out as 3.2 does.
//
// compile() reaches this package through builtins.RegisterASTConverter:
// ToObject turns a parsed tree into node objects (PyCF_ONLY_AST), and
// FromObject checks and turns node objects back into a tree to compile,
// with 3.2's errors for a malformed one ("required field ... missing
// from ...", "expected some sort of expr, but got ...", "field ... is
// required for ...").
package astmod

import (
	"sync"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() {
	initASTType()
	builtins.RegisterModule("_ast", newModule)
	builtins.RegisterASTConverter(converter{})
}

// pyCFOnlyAST is compile()'s flag asking for the tree.
const pyCFOnlyAST = 0x400

// ASTType is _ast.AST, the base of every node class.
var ASTType = &py.Type{Name: "AST", Module: "_ast", Flags: py.FlagBaseType}

func initASTType() {
	ASTType.Init = astInit
	// PyType_GenericNew: the arguments are __init__'s.
	ASTType.New = func(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		return py.NewInstance(typ), nil
	}
	ASTType.Dict = py.NewDict()
	ASTType.Dict.SetStr(py.NewStr("_fields"), py.NewTuple())
	ASTType.Dict.SetStr(py.NewStr("_attributes"), py.NewTuple())
	ASTType.AddMethods(py.MethodDef{Name: "__reduce__", Fn: astReduce})
}

var strFields = py.NewStr("_fields")

// astInit is AST.__init__: positional arguments fill the class's _fields
// in order (all of them or none), keyword arguments set any attribute.
func astInit(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) error {
	npos := py.NumPos(args, kwnames)
	numFields := 0
	var fields py.Object
	if f, err := py.GetAttr(t, self.Type(), strFields); err == nil {
		fields = f
		if numFields, err = py.Len(t, f); err != nil {
			return err
		}
	}
	if npos > 0 {
		if npos != numFields {
			typ := self.Type()
			name := typ.Name
			if !typ.IsHeapType() {
				name = typ.Module + "." + name
			}
			either, plural := "", "s"
			if numFields > 0 {
				either = "either 0 or "
			}
			if numFields == 1 {
				plural = ""
			}
			return py.Errorf(py.TypeError, "%s constructor takes %s%d positional argument%s", name, either, numFields, plural)
		}
		for i := 0; i < npos; i++ {
			name, err := py.GetItem(t, fields, py.NewInt(int64(i)))
			if err != nil {
				return err
			}
			s, ok := name.(*py.Str)
			if !ok {
				return py.Errorf(py.TypeError, "attribute name must be string, not '%s'", name.Type().Name)
			}
			if err := py.SetAttr(t, self, s, args[i]); err != nil {
				return err
			}
		}
	}
	if kwnames != nil {
		for i, k := range kwnames.Items {
			if err := py.SetAttr(t, self, k.(*py.Str), args[npos+i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// astReduce is AST.__reduce__: (type, (), __dict__), or (type, ()) for
// an object without a __dict__.
func astReduce(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("__reduce__", args, kwnames); err != nil {
		return nil, err
	}
	d, err := py.LookupAttr(t, self, py.NewStr("__dict__"))
	if err != nil {
		return nil, err
	}
	if d == nil {
		return py.NewTuple(self.Type(), py.NewTuple()), nil
	}
	return py.NewTuple(self.Type(), py.NewTuple(), d), nil
}

// state is an interpreter's node classes.
type state struct {
	classes [numClasses]*py.Type
	byType  map[*py.Type]classID // the concrete classes
	// singletons are the one instance of each operator and context
	// class that trees made by the parser share.
	singletons [numClasses]py.Object
	// names are the field and attribute names as *py.Str.
	names map[string]*py.Str
}

var states sync.Map // *py.Interp -> *state

// stateOf returns the interpreter's node classes, making them on first
// use.
func stateOf(t *py.Thread) (*state, error) {
	if s, ok := states.Load(t.Interp); ok {
		return s.(*state), nil
	}
	s, err := newState(t)
	if err != nil {
		return nil, err
	}
	actual, _ := states.LoadOrStore(t.Interp, s)
	return actual.(*state), nil
}

func newState(t *py.Thread) (*state, error) {
	py.RegisterTypes(ASTType)
	s := &state{byType: map[*py.Type]classID{}, names: map[string]*py.Str{}}
	modName := py.NewStr("_ast")
	for id := classID(0); id < numClasses; id++ {
		def := &classDefs[id]
		base := ASTType
		if def.base != cAST {
			base = s.classes[def.base]
		}
		fields := make([]py.Object, len(def.fields))
		for i, f := range def.fields {
			fields[i] = s.intern(f)
		}
		ns := py.NewDict()
		ns.SetStr(strFields, py.NewTuple(fields...))
		ns.SetStr(py.NewStr("__module__"), modName)
		cls, err := py.NewClass(t, py.TypeType, py.NewStr(def.name), []py.Object{base}, ns, nil, nil)
		if err != nil {
			return nil, err
		}
		if def.abstract {
			attrs := make([]py.Object, len(def.attrs))
			for i, a := range def.attrs {
				attrs[i] = s.intern(a)
			}
			if err := py.SetAttr(t, cls, py.NewStr("_attributes"), py.NewTuple(attrs...)); err != nil {
				return nil, err
			}
		} else {
			s.byType[cls] = id
			if len(def.fields) == 0 && !hasLocation(def.base) {
				// An operator or a context: one shared instance.
				s.singletons[id] = py.NewInstance(cls)
			}
		}
		s.classes[id] = cls
	}
	return s, nil
}

// hasLocation reports whether instances of the abstract class carry
// lineno and col_offset.
func hasLocation(base classID) bool {
	return base == cStmt || base == cExprBase || base == cExcepthandler
}

// name returns the interned *py.Str of a field or attribute name. The
// table is filled while the state is made and only read afterwards, so
// threads may share it.
func (s *state) name(n string) *py.Str {
	if p, ok := s.names[n]; ok {
		return p
	}
	return py.NewStr(n)
}

// intern adds a name to the table (while the state is made).
func (s *state) intern(n string) *py.Str {
	p := s.name(n)
	s.names[n] = p
	return p
}

func newModule(t *py.Thread) (*py.Module, error) {
	s, err := stateOf(t)
	if err != nil {
		return nil, err
	}
	m := py.NewModule("_ast")
	m.Dict.SetStr(py.NewStr("AST"), ASTType)
	for _, cls := range s.classes {
		m.Dict.SetStr(py.NewStr(cls.Name), cls)
	}
	m.Dict.SetStr(py.NewStr("PyCF_ONLY_AST"), py.NewInt(pyCFOnlyAST))
	m.Dict.SetStr(py.NewStr("__version__"), py.NewStr("82163"))
	return m, nil
}

// converter is what compile() uses (builtins.ASTConverter).
type converter struct{}

func (converter) IsAST(o py.Object) bool { return o.Type().IsSubtype(ASTType) }
