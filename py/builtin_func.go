package py

import (
	"fmt"
	"unsafe"
)

// BuiltinFunc is the Go implementation of a function of a module, such
// as len: args and kwnames are laid out as for CallFunc.
type BuiltinFunc func(t *Thread, args []Object, kwnames *Tuple) (Object, error)

// BuiltinFunction is a function written in Go (CPython's
// builtin_function_or_method): a module's function (len), or a method of
// a built-in type bound to an object ([].append) or a class method bound
// to a class (dict.fromkeys).
type BuiltinFunction struct {
	def    *MethodDef
	fn     BuiltinFunc // a module function's implementation; nil for a bound method
	Self   Object      // __self__: the module, the bound object or class; nil reads None
	Module Object      // __module__: a module function's module name; nil reads None
}

// BuiltinFunctionType is builtin_function_or_method.
var BuiltinFunctionType = &Type{Name: "builtin_function_or_method"}

// Type returns builtin_function_or_method.
func (f *BuiltinFunction) Type() *Type { return BuiltinFunctionType }

// NewBuiltinFunction returns a function named name implemented by fn,
// with the given doc string ("" for None). A module that holds it sets
// its Self and Module (Module.AddFunction does).
func NewBuiltinFunction(name string, fn BuiltinFunc, doc string) *BuiltinFunction {
	return &BuiltinFunction{def: &MethodDef{Name: name, Doc: doc}, fn: fn}
}

// NewBuiltinMethod returns the method def bound to self, as looking it up
// on self does.
func NewBuiltinMethod(def *MethodDef, self Object) *BuiltinFunction {
	return &BuiltinFunction{def: def, Self: self}
}

// Name returns the function's __name__.
func (f *BuiltinFunction) Name() string { return f.def.Name }

func builtinFunctionCall(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	f := self.(*BuiltinFunction)
	if f.fn != nil {
		return f.fn(t, args, kwnames)
	}
	return f.def.Fn(t, f.Self, args, kwnames)
}

func builtinFunctionRepr(t *Thread, self Object) (Object, error) {
	f := self.(*BuiltinFunction)
	if f.Self == nil {
		return NewStr("<built-in function " + f.def.Name + ">"), nil
	}
	if _, ok := f.Self.(*Module); ok {
		return NewStr("<built-in function " + f.def.Name + ">"), nil
	}
	return NewStr(fmt.Sprintf("<built-in method %s of %s object at %#x>", f.def.Name, f.Self.Type().Name, objectAddr(f.Self))), nil
}

func builtinFunctionRichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	fa, ok1 := a.(*BuiltinFunction)
	fb, ok2 := b.(*BuiltinFunction)
	if !ok1 || !ok2 || (op != EQ && op != NE) {
		return NotImplemented, nil
	}
	eq := fa.def == fb.def && fa.Self == fb.Self
	return NewBool(eq == (op == EQ)), nil
}

func builtinFunctionHash(t *Thread, self Object) (int64, error) {
	f := self.(*BuiltinFunction)
	var h int64
	if f.Self != nil {
		var err error
		if h, err = Hash(t, f.Self); err != nil {
			return 0, err
		}
	}
	h ^= int64(uintptr(unsafe.Pointer(f.def)) >> 4)
	if h == -1 {
		h = -2
	}
	return h, nil
}

func init() {
	b := BuiltinFunctionType
	b.Call = builtinFunctionCall
	b.Repr = builtinFunctionRepr
	b.RichCompare = builtinFunctionRichCompare
	b.Hash = builtinFunctionHash
	b.AddGetSets(
		GetSetDef{Name: "__doc__", Get: func(t *Thread, self Object) (Object, error) {
			return docObject(self.(*BuiltinFunction).def.Doc), nil
		}},
		GetSetDef{Name: "__name__", Get: func(t *Thread, self Object) (Object, error) {
			return NewStr(self.(*BuiltinFunction).def.Name), nil
		}},
		GetSetDef{Name: "__self__", Get: func(t *Thread, self Object) (Object, error) {
			return orNone(self.(*BuiltinFunction).Self), nil
		}},
		GetSetDef{Name: "__module__", Get: func(t *Thread, self Object) (Object, error) {
			return orNone(self.(*BuiltinFunction).Module), nil
		}, Set: func(t *Thread, self, value Object) error {
			self.(*BuiltinFunction).Module = value
			return nil
		}},
	)
}
