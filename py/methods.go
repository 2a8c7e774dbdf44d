package py

// MethodFunc is the Go implementation of a method of a built-in type.
// args and kwnames are laid out as for CallFunc (vectorcall).
type MethodFunc func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error)

// MethodKind says how a method binds.
type MethodKind uint8

const (
	InstanceMethod MethodKind = iota // bound to the instance (self)
	ClassMethod                      // bound to the class (self is the *Type)
	StaticMethod                     // not bound (self is nil)
)

// MethodDef describes one method of a built-in type, to be installed in
// its __dict__ as a method descriptor.
type MethodDef struct {
	Name string
	Fn   MethodFunc
	Kind MethodKind
	Doc  string
}

// GetSetDef describes a computed attribute of a built-in type (a getset
// descriptor): Get is required, Set may be nil for a read-only attribute
// (it receives nil to delete).
type GetSetDef struct {
	Name string
	Get  func(t *Thread, self Object) (Object, error)
	Set  func(t *Thread, self, value Object) error
	Doc  string
	// Member marks an attribute that CPython defines as a read-only
	// member (PyMemberDef, READONLY) rather than a getset: assigning it
	// fails with "readonly attribute".
	Member bool
}

// typeMembers holds what AddMethods and AddGetSets registered, installed
// in each type's Dict when the types are finished.
var typeMembers = map[*Type]*members{}

type members struct {
	methods []MethodDef
	getsets []GetSetDef
}

func membersOf(typ *Type) *members {
	m := typeMembers[typ]
	if m == nil {
		m = &members{}
		typeMembers[typ] = m
	}
	return m
}
