package py

// Slot function shapes. Every slot takes the running thread first, since
// it may run Python code.
type (
	UnaryFunc   func(t *Thread, a Object) (Object, error)
	BinaryFunc  func(t *Thread, a, b Object) (Object, error)
	TernaryFunc func(t *Thread, a, b, c Object) (Object, error)
	// CallFunc calls self. args holds the positional arguments followed by
	// the values of the keyword arguments, whose names kwnames holds (a
	// tuple of *Str, nil when there are none): CPython's vectorcall. The
	// callee must not keep args, which usually lies in the caller's stack.
	CallFunc func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error)
	NewFunc  func(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error)
	InitFunc func(t *Thread, self Object, args []Object, kwnames *Tuple) error
)

// CompareOp is a rich comparison operator, numbered as CPython's Py_LT...
type CompareOp int

const (
	LT CompareOp = iota
	LE
	EQ
	NE
	GT
	GE
)

// TypeFlags describe a type.
type TypeFlags uint32

const (
	// FlagHeapType marks a class created by a class statement or type().
	FlagHeapType TypeFlags = 1 << iota
	// FlagBaseType marks a type that may be subclassed.
	FlagBaseType
	// FlagHasDict marks a type whose instances have a __dict__.
	FlagHasDict
	// FlagAbstract marks a type with abstract methods (abc).
	FlagAbstract
)

// Type is a Python type object. Its exported fields are filled once when
// the type is made; a class's slots change only when one of its dunder
// methods is set or deleted.
type Type struct {
	meta *Type // the type of this type: type, or a metaclass
	ext        // instance dict of a metaclass instance (rarely used)

	Name  string  // __name__
	Doc   string  // __doc__ of a built-in type
	Base  *Type   // __base__
	Bases []*Type // __bases__
	MRO   []*Type // __mro__, this type first
	Dict  *Dict   // the namespace (__dict__)
	Flags TypeFlags

	// Slots (CPython's tp_*, nb_*, sq_*, mp_* in one flat set). A nil slot
	// means the operation is not supported.
	New  NewFunc  // tp_new
	Init InitFunc // tp_init
	Call CallFunc // tp_call

	GetAttr func(t *Thread, self Object, name *Str) (Object, error) // tp_getattro
	// SetAttr sets an attribute, or deletes it when value is nil.
	SetAttr func(t *Thread, self Object, name *Str, value Object) error

	// DescrGet is __get__: instance is nil for access through the class.
	DescrGet func(t *Thread, self, instance Object, owner *Type) (Object, error)
	// DescrSet is __set__, or __delete__ when value is nil.
	DescrSet func(t *Thread, self, instance, value Object) error

	Repr UnaryFunc // returns a *Str
	Str  UnaryFunc // returns a *Str
	Hash func(t *Thread, self Object) (int64, error)
	// RichCompare returns NotImplemented when it does not know b.
	RichCompare func(t *Thread, a, b Object, op CompareOp) (Object, error)

	Iter UnaryFunc
	// Next returns the next item, or (nil, nil) when the iterator is
	// exhausted: no StopIteration is made on the fast path.
	Next UnaryFunc

	Bool     func(t *Thread, self Object) (bool, error)
	Len      func(t *Thread, self Object) (int, error)
	GetItem  BinaryFunc
	SetItem  func(t *Thread, self, key, value Object) error // value nil: delete
	Contains func(t *Thread, self, item Object) (bool, error)

	// Number slots. As in CPython, a binary slot is called when either
	// operand's type has it, with the operands in their source order, and
	// returns NotImplemented when it cannot handle them.
	Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Divmod BinaryFunc
	LShift, RShift, And, Or, Xor                  BinaryFunc
	Pow                                           TernaryFunc // third operand None when absent
	IAdd, ISub, IMul, ITrueDiv, IFloorDiv, IMod   BinaryFunc  // in place; nil falls back to the binary slot
	ILShift, IRShift, IAnd, IOr, IXor             BinaryFunc
	IPow                                          TernaryFunc
	Neg, Pos, Abs, Invert                         UnaryFunc
	Index                                         UnaryFunc // __index__: returns an *Int
	Int, Float                                    UnaryFunc // __int__, __float__
}

// Type returns the type's metatype.
func (typ *Type) Type() *Type {
	if typ.meta == nil {
		return TypeType
	}
	return typ.meta
}

// IsSubtype reports whether typ is base or a subclass of it (by MRO).
func (typ *Type) IsSubtype(base *Type) bool {
	if typ == base {
		return true
	}
	for _, t := range typ.MRO {
		if t == base {
			return true
		}
	}
	return false
}

// Lookup finds name in the type's MRO, without calling descriptors: the
// attribute a class defines or inherits (CPython's _PyType_Lookup).
func (typ *Type) Lookup(name *Str) Object {
	for _, t := range typ.MRO {
		if t.Dict == nil {
			continue
		}
		if v := t.Dict.GetStr(name); v != nil {
			return v
		}
	}
	return nil
}

// TypeOf is o.Type(), for symmetry with IsInstance.
func TypeOf(o Object) *Type { return o.Type() }

// IsInstance reports whether o's type is typ or a subclass of it (without
// __instancecheck__; the isinstance builtin adds that).
func IsInstance(o Object, typ *Type) bool { return o.Type().IsSubtype(typ) }
