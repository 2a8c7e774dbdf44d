package py

// NoneObject, NotImplementedObject and EllipsisObject are the types of
// the three singletons.
type (
	NoneObject           struct{}
	NotImplementedObject struct{}
	EllipsisObject       struct{}
)

var (
	None           = &NoneObject{}
	NotImplemented = &NotImplementedObject{}
	Ellipsis       = &EllipsisObject{}
)

func (*NoneObject) Type() *Type           { return NoneType }
func (*NotImplementedObject) Type() *Type { return NotImplementedType }
func (*EllipsisObject) Type() *Type       { return EllipsisType }

// Bool values are the ints True and False (bool is a subclass of int).
var (
	True  = &Int{ext: ext{typ: BoolType}, v: 1}
	False = &Int{ext: ext{typ: BoolType}, v: 0}
)

// NewBool returns True or False.
func NewBool(b bool) *Int {
	if b {
		return True
	}
	return False
}
