package py

import "strings"

// Struct sequences: the named tuples of sys (version_info, flags,
// float_info, hash_info, int_info) and of other native modules
// (os.stat_result, time.struct_time), as CPython's structseq.c makes
// them. A struct sequence is a *Tuple whose type is a subclass of tuple
// with a read-only attribute for each field, and a repr naming them:
// sys.version_info(major=3, minor=2, ...). Python code cannot create
// them.

// NewStructSeqType returns a struct sequence type named module.name with
// the given fields (in order).
func NewStructSeqType(module, name string, fields []string) *Type {
	typ := &Type{Name: name, Module: module, Base: TupleType}
	typ.New = func(t *Thread, _ *Type, args []Object, kwnames *Tuple) (Object, error) {
		return nil, Errorf(TypeError, "cannot create '%s.%s' instances", module, name)
	}
	typ.Repr = func(t *Thread, self Object) (Object, error) {
		tup := self.(*Tuple)
		var b strings.Builder
		b.WriteString(module + "." + name + "(")
		for i, f := range fields {
			if i >= len(tup.Items) {
				break
			}
			if i > 0 {
				b.WriteString(", ")
			}
			r, err := Repr(t, tup.Items[i])
			if err != nil {
				return nil, err
			}
			b.WriteString(f + "=" + r.s)
		}
		b.WriteString(")")
		return NewStr(b.String()), nil
	}
	defs := make([]GetSetDef, len(fields))
	for i, f := range fields {
		i := i
		defs[i] = GetSetDef{Name: f, Get: func(t *Thread, self Object) (Object, error) {
			return self.(*Tuple).Items[i], nil
		}}
	}
	typ.AddGetSets(defs...)
	return typ
}

// NewStructSeq returns a struct sequence of type typ (made by
// NewStructSeqType) holding items.
func NewStructSeq(typ *Type, items ...Object) *Tuple {
	return &Tuple{ext: ext{&extData{typ: typ}}, Items: items}
}
