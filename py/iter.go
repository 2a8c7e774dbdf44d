package py

// SeqIter iterates over a sequence through __getitem__ with 0, 1, 2, ...
// until IndexError or StopIteration. (Owner: containers helper.)
type SeqIter struct {
	seq   Object // nil once exhausted
	index int
}

// SeqIterType is the type of a SeqIter ("iterator" in Python).
var SeqIterType = &Type{Name: "iterator"}

// NewSeqIter returns an iterator over seq's items by index.
func NewSeqIter(seq Object) *SeqIter { return &SeqIter{seq: seq} }

// Type returns the iterator type.
func (it *SeqIter) Type() *Type { return SeqIterType }
