package py

import "fmt"

// Cell holds a variable that nested functions share: a cell variable of
// the function that binds it and a free variable of those that use it
// (CPython's cell object). Value is nil while the variable is unbound.
type Cell struct {
	Value Object
}

// CellType is the type of cells.
var CellType = &Type{Name: "cell"}

// Type returns cell.
func (c *Cell) Type() *Type { return CellType }

// NewCell returns a cell holding v (nil for an empty cell).
func NewCell(v Object) *Cell { return &Cell{Value: v} }

func init() {
	CellType.Repr = func(t *Thread, self Object) (Object, error) {
		c := self.(*Cell)
		if c.Value == nil {
			return NewStr(fmt.Sprintf("<cell at %p: empty>", c)), nil
		}
		return NewStr(fmt.Sprintf("<cell at %p: %s object at %p>", c, c.Value.Type().Name, c.Value)), nil
	}
	CellType.RichCompare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		ca, ok1 := a.(*Cell)
		cb, ok2 := b.(*Cell)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		// 3.2 compares cells by their contents, an empty cell first.
		switch {
		case ca.Value == nil || cb.Value == nil:
			x, y := 0, 0
			if ca.Value != nil {
				x = 1
			}
			if cb.Value != nil {
				y = 1
			}
			return NewBool(compareInts(x, y, op)), nil
		}
		return RichCompare(t, ca.Value, cb.Value, op)
	}
	CellType.AddGetSets(GetSetDef{Name: "cell_contents", Get: func(t *Thread, self Object) (Object, error) {
		c := self.(*Cell)
		if c.Value == nil {
			return nil, Errorf(ValueError, "Cell is empty")
		}
		return c.Value, nil
	}})
}

func compareInts(x, y int, op CompareOp) bool {
	switch op {
	case LT:
		return x < y
	case LE:
		return x <= y
	case EQ:
		return x == y
	case NE:
		return x != y
	case GT:
		return x > y
	}
	return x >= y
}
