package py

// Float is a Python float. (Owner: numbers helper.)
type Float struct {
	ext
	v float64
}

// NewFloat returns the float v.
func NewFloat(v float64) *Float { return &Float{v: v} }

// Float64 returns the value.
func (f *Float) Float64() float64 { return f.v }

// Type returns float, or the subclass.
func (f *Float) Type() *Type {
	if f.ext.typ != nil {
		return f.ext.typ
	}
	return FloatType
}

// Complex is a Python complex. (Owner: numbers helper.)
type Complex struct {
	ext
	v complex128
}

// NewComplex returns the complex v.
func NewComplex(v complex128) *Complex { return &Complex{v: v} }

// Complex128 returns the value.
func (c *Complex) Complex128() complex128 { return c.v }

// Type returns complex, or the subclass.
func (c *Complex) Type() *Type {
	if c.ext.typ != nil {
		return c.ext.typ
	}
	return ComplexType
}
