package py

import "fmt"

// Module is a Python module object: its namespace is Dict (nil only for
// a module made by module.__new__ and not yet initialised).
type Module struct {
	ext
	Dict *Dict
}

// NewModule returns a module named name, with __name__ and __doc__ set.
func NewModule(name string) *Module {
	m := &Module{Dict: NewDict()}
	m.Dict.SetStr(dunderName, NewStr(name))
	m.Dict.SetStr(dunderDoc, None)
	return m
}

// Type returns module, or the subclass.
func (m *Module) Type() *Type {
	if m.ext.p != nil {
		return m.ext.p.typ
	}
	return ModuleType
}

// Name returns the module's __name__, or "" when it has no str name.
func (m *Module) Name() string {
	if m.Dict != nil {
		if s, ok := m.Dict.GetStr(dunderName).(*Str); ok {
			return s.s
		}
	}
	return ""
}

// AddFunction puts in the module a function written in Go, whose
// __self__ is the module and __module__ its name, and returns it.
func (m *Module) AddFunction(name string, fn BuiltinFunc, doc string) *BuiltinFunction {
	f := NewBuiltinFunction(name, fn, doc)
	f.Self = m
	if n := m.Dict.GetStr(dunderName); n != nil {
		f.Module = n
	}
	m.Dict.SetStr(NewStr(name), f)
	return f
}

var dunderFile = NewStr("__file__")

func moduleRepr(t *Thread, self Object) (Object, error) {
	m := self.(*Module)
	name := "?"
	var file *Str
	if m.Dict != nil {
		if s, ok := m.Dict.GetStr(dunderName).(*Str); ok {
			name = s.s
		}
		file, _ = m.Dict.GetStr(dunderFile).(*Str)
	}
	if file == nil {
		return NewStr(fmt.Sprintf("<module '%s' (built-in)>", name)), nil
	}
	return NewStr(fmt.Sprintf("<module '%s' from '%s'>", name, file.s)), nil
}

func moduleNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	return &Module{ext: newExt(typ, ModuleType)}, nil
}

var moduleKwlist = []string{"name", "doc"}

func moduleInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	var name, doc Object = nil, None
	if err := ParseArgs("module.__init__", args, kwnames, moduleKwlist, 1, &name, &doc); err != nil {
		return err
	}
	if _, ok := name.(*Str); !ok {
		return ArgTypeError("module.__init__", 1, "str", name)
	}
	m := self.(*Module)
	if m.Dict == nil {
		m.Dict = NewDict()
	}
	m.Dict.SetStr(dunderName, name)
	m.Dict.SetStr(dunderDoc, doc)
	return nil
}

func init() {
	mt := ModuleType
	mt.Doc = "module(name[, doc])\n\nCreate a module object.\nThe name must be a string; the optional doc argument can have any type."
	mt.Repr = moduleRepr
	mt.New = moduleNew
	mt.Init = moduleInit
	mt.AddGetSets(GetSetDef{Name: "__dict__",
		Get: func(t *Thread, self Object) (Object, error) {
			if d := self.(*Module).Dict; d != nil {
				return d, nil
			}
			return None, nil
		},
		Set: func(t *Thread, self, value Object) error { return Errorf(AttributeError, "readonly attribute") },
	})
}
