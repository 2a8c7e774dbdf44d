package py

// Bytes is a Python bytes object. (Owner: text helper.)
type Bytes struct {
	ext
	s string // the bytes, immutable
}

// NewBytes returns the bytes s.
func NewBytes(s string) *Bytes { return &Bytes{s: s} }

// String returns the bytes as a Go string.
func (b *Bytes) String() string { return b.s }

// Type returns bytes, or the subclass.
func (b *Bytes) Type() *Type {
	if b.ext.typ != nil {
		return b.ext.typ
	}
	return BytesType
}
