package py

// NoneObject, NotImplementedObject and EllipsisObject are the types of
// the three singletons. (Each holds a byte so that the three have
// distinct addresses, hence distinct ids.)
type (
	NoneObject           struct{ _ byte }
	NotImplementedObject struct{ _ byte }
	EllipsisObject       struct{ _ byte }
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
	True  = &Int{ext: ext{&extData{typ: BoolType}}, v: 1}
	False = &Int{ext: ext{&extData{typ: BoolType}}, v: 0}
)

// NewBool returns True or False.
func NewBool(b bool) *Int {
	if b {
		return True
	}
	return False
}

func init() {
	constRepr := func(s string) UnaryFunc {
		str := NewStr(s)
		return func(t *Thread, self Object) (Object, error) { return str, nil }
	}
	NoneType.Repr = constRepr("None")
	NoneType.Bool = func(t *Thread, self Object) (bool, error) { return false, nil }
	NotImplementedType.Repr = constRepr("NotImplemented")
	EllipsisType.Repr = constRepr("Ellipsis")
}
