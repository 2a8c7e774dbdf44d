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
		defs[i] = GetSetDef{Member: true, Name: f, Get: func(t *Thread, self Object) (Object, error) {
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

// StructSeqDesc describes a struct sequence type whose values may hold
// more fields than their sequence part, and which Python code can make
// from a sequence, as CPython 3.2's structseq.c allows: os.stat_result
// (ten items; st_atime and the rest as attributes only) and
// time.struct_time.
type StructSeqDesc struct {
	Module, Name, Doc string
	// Fields names every field in order; "" marks one reachable by index
	// only (an unnamed field, which must be among the first InSequence).
	Fields []string
	// InSequence is how many of the fields are items of the tuple
	// (n_sequence_fields); the others are attributes only.
	InSequence int
	// Complete, when not nil, is called on the fields of a value made by
	// the type's constructor, to fill in what the sequence left None.
	Complete func(fields []Object)
}

// The extra fields of a struct sequence value (those beyond its sequence
// part) live in its ext dict, keyed by field name; struct sequence types
// have no __dict__ and cannot be subclassed, so nothing else sees it.

// NewStructSeqTypeDesc returns the struct sequence type d describes.
func NewStructSeqTypeDesc(d StructSeqDesc) *Type {
	full := d.Module + "." + d.Name
	typ := &Type{Name: d.Name, Module: d.Module, Base: TupleType, Doc: d.Doc}
	nVisible := d.InSequence
	var named []string // the named fields: CPython's tp_members
	unnamed := 0
	for _, f := range d.Fields {
		if f == "" {
			unnamed++
		} else {
			named = append(named, f)
		}
	}
	hidden := d.Fields[nVisible:]
	info := &structSeqInfo{nVisible: nVisible}
	for _, f := range hidden {
		info.hidden = append(info.hidden, NewStr(f))
	}
	structSeqInfos[typ] = info
	typ.Dict = NewDict()
	typ.Dict.SetStr(NewStr("n_sequence_fields"), NewInt(int64(nVisible)))
	typ.Dict.SetStr(NewStr("n_fields"), NewInt(int64(len(d.Fields))))
	typ.Dict.SetStr(NewStr("n_unnamed_fields"), NewInt(int64(unnamed)))
	kwlist := []string{"sequence", "dict"}
	typ.New = func(t *Thread, sub *Type, args []Object, kwnames *Tuple) (Object, error) {
		var seq, dict Object
		if err := ParseArgs("structseq", args, kwnames, kwlist, 1, &seq, &dict); err != nil {
			return nil, err
		}
		if _, ok := seq.(*Str); !ok {
			if st := seq.Type(); st.Iter == nil && st.GetItem == nil {
				return nil, Errorf(TypeError, "constructor requires a sequence")
			}
		}
		items, err := Collect(t, seq)
		if err != nil {
			return nil, err
		}
		var extra *Dict
		if dict != nil && dict != None {
			dd, ok := dict.(*Dict)
			if !ok {
				return nil, Errorf(TypeError, "%s() takes a dict as second arg, if any", full)
			}
			extra = dd
		}
		n, max := len(items), len(d.Fields)
		if n < nVisible {
			if nVisible == max {
				return nil, Errorf(TypeError, "%s() takes a %d-sequence (%d-sequence given)", full, nVisible, n)
			}
			return nil, Errorf(TypeError, "%s() takes an at least %d-sequence (%d-sequence given)", full, nVisible, n)
		}
		if n > max {
			if nVisible == max {
				return nil, Errorf(TypeError, "%s() takes a %d-sequence (%d-sequence given)", full, nVisible, n)
			}
			return nil, Errorf(TypeError, "%s() takes an at most %d-sequence (%d-sequence given)", full, max, n)
		}
		fields := make([]Object, max)
		copy(fields, items)
		for i := n; i < max; i++ {
			fields[i] = None
			if extra != nil {
				v, err := extra.GetItem(t, NewStr(named[i-unnamed]))
				if err != nil {
					return nil, err
				}
				if v != nil {
					fields[i] = v
				}
			}
		}
		if d.Complete != nil {
			d.Complete(fields)
		}
		return NewStructSeqFields(typ, fields), nil
	}
	typ.Repr = func(t *Thread, self Object) (Object, error) {
		tup := self.(*Tuple)
		var b strings.Builder
		b.WriteString(full + "(")
		for i := 0; i < len(tup.Items) && i < len(named); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			r, err := Repr(t, tup.Items[i])
			if err != nil {
				return nil, err
			}
			b.WriteString(named[i] + "=" + r.s)
		}
		b.WriteString(")")
		return NewStr(b.String()), nil
	}
	var defs []GetSetDef
	for i, f := range d.Fields {
		if f == "" {
			continue
		}
		i, key := i, NewStr(f)
		var get func(t *Thread, self Object) (Object, error)
		if i < nVisible {
			get = func(t *Thread, self Object) (Object, error) { return self.(*Tuple).Items[i], nil }
		} else {
			get = func(t *Thread, self Object) (Object, error) { return structSeqExtra(self.(*Tuple), key), nil }
		}
		defs = append(defs, GetSetDef{Member: true, Name: f, Get: get})
	}
	typ.AddGetSets(defs...)
	typ.AddMethods(MethodDef{Name: "__reduce__", Fn: func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
		if err := NoArgs("__reduce__", args, kwnames); err != nil {
			return nil, err
		}
		tup := self.(*Tuple)
		dict := NewDict()
		for _, key := range info.hidden {
			dict.SetStr(key, structSeqExtra(tup, key))
		}
		return NewTuple(typ, NewTuple(NewTuple(copyItems(tup.Items)...), dict)), nil
	}})
	return typ
}

func structSeqExtra(tup *Tuple, key *Str) Object {
	if p := tup.ext.p; p != nil && p.dict != nil {
		if v := p.dict.GetStr(key); v != nil {
			return v
		}
	}
	return None
}

// NewStructSeqFields returns a value of the struct sequence type typ
// (made by NewStructSeqTypeDesc) with all its fields, in order: those of
// its sequence part become the tuple's items. It takes fields over.
func NewStructSeqFields(typ *Type, fields []Object) *Tuple {
	info := structSeqInfos[typ]
	data := &extData{typ: typ}
	n := info.nVisible
	if len(fields) < n {
		n = len(fields)
	}
	if len(fields) > n {
		data.dict = NewDictSize(len(fields) - n)
		for i, f := range fields[n:] {
			data.dict.SetStr(info.hidden[i], f)
		}
	}
	return &Tuple{ext: ext{data}, Items: fields[:n:n]}
}

// structSeqInfo is what NewStructSeqFields needs to know of a type.
type structSeqInfo struct {
	nVisible int
	hidden   []*Str // the names of the fields beyond the sequence part
}

// structSeqInfos is filled when the types are made (from package
// initialisation) and only read afterwards.
var structSeqInfos = map[*Type]*structSeqInfo{}
