package py

// The built-in types. Each is declared here so that every file can refer
// to every other; the file of each type fills in its slots and methods in
// an init function, and InitTypes finishes them (MRO, __dict__ wrappers).
var (
	ObjectType         = &Type{Name: "object", Flags: FlagBaseType}
	TypeType           = &Type{Name: "type", Flags: FlagBaseType}
	NoneType           = &Type{Name: "NoneType"}
	NotImplementedType = &Type{Name: "NotImplementedType"}
	EllipsisType       = &Type{Name: "ellipsis"}

	IntType     = &Type{Name: "int", Flags: FlagBaseType}
	BoolType    = &Type{Name: "bool", Base: IntType}
	FloatType   = &Type{Name: "float", Flags: FlagBaseType}
	ComplexType = &Type{Name: "complex", Flags: FlagBaseType}

	StrType       = &Type{Name: "str", Flags: FlagBaseType}
	BytesType     = &Type{Name: "bytes", Flags: FlagBaseType}
	ByteArrayType = &Type{Name: "bytearray", Flags: FlagBaseType}

	TupleType     = &Type{Name: "tuple", Flags: FlagBaseType}
	ListType      = &Type{Name: "list", Flags: FlagBaseType}
	DictType      = &Type{Name: "dict", Flags: FlagBaseType}
	SetType       = &Type{Name: "set", Flags: FlagBaseType | FlagWeakrefable}
	FrozenSetType = &Type{Name: "frozenset", Flags: FlagBaseType | FlagWeakrefable}
	RangeType     = &Type{Name: "range"}
	SliceType     = &Type{Name: "slice"}

	ModuleType = &Type{Name: "module", Flags: FlagBaseType | FlagHasDict}
)
