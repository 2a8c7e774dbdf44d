package py

// Module is a Python module object.
type Module struct {
	ext
	Dict *Dict
}

// NewModule returns a module named name, with __name__ and __doc__ set.
func NewModule(name string) *Module {
	m := &Module{Dict: NewDict()}
	m.Dict.SetStr(NewStr("__name__"), NewStr(name))
	m.Dict.SetStr(NewStr("__doc__"), None)
	return m
}

// Type returns module, or the subclass.
func (m *Module) Type() *Type {
	if m.ext.typ != nil {
		return m.ext.typ
	}
	return ModuleType
}
