package py

// Tuple is a Python tuple. (Owner: containers helper.)
type Tuple struct {
	ext
	Items []Object // not to be changed once the tuple is visible to Python code
}

// NewTuple returns a tuple of items (which it keeps).
func NewTuple(items ...Object) *Tuple {
	if len(items) == 0 && emptyTuple != nil {
		return emptyTuple
	}
	return &Tuple{Items: items}
}

var emptyTuple = &Tuple{Items: []Object{}}

// Type returns tuple, or the subclass.
func (t *Tuple) Type() *Type {
	if t.ext.typ != nil {
		return t.ext.typ
	}
	return TupleType
}

// List is a Python list. (Owner: containers helper.)
type List struct {
	ext
	Items []Object
}

// NewList returns a list of items (which it keeps).
func NewList(items ...Object) *List { return &List{Items: items} }

// Type returns list, or the subclass.
func (l *List) Type() *Type {
	if l.ext.typ != nil {
		return l.ext.typ
	}
	return ListType
}
