package py

import "testing"

// A width beyond the largest str is refused before any padding is built
// (the test would exhaust memory otherwise), after the spec's own checks.
func TestFormatHugeWidth(t *testing.T) {
	for _, c := range []struct {
		v    interface{ Format(string) (string, error) }
		spec string
		want *Type
	}{
		{NewInt(1), "2147483648", MemoryError},
		{NewInt(1), "2147483648s", ValueError},
		{NewInt(65), "+2147483648c", ValueError},
		{NewInt(65), "2147483648c", MemoryError},
		{NewFloat(1.5), "*^2147483648e", MemoryError},
		{NewFloat(1.5), "2147483648x", ValueError},
		{NewComplex(1i), "2147483648", MemoryError},
		{NewComplex(1i), "=2147483648", ValueError},
	} {
		_, err := c.v.Format(c.spec)
		e, ok := err.(*BaseException)
		if !ok || e.Type() != c.want {
			t.Errorf("Format(%q) of %T: %v, want %s", c.spec, c.v, err, c.want.Name)
		}
	}
}
