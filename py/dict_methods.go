package py

import "fmt"

// The dict type as Python sees it: slots, methods, iterators.

var (
	strMissing = NewStr("__missing__")
	strKeys    = NewStr("keys")
)

// keyError returns KeyError(key), as a failed d[key] raises it.
func keyError(key Object) error { return NewException(KeyError, key) }

func dictNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	return &Dict{ext: newExt(typ, DictType)}, nil
}

func dictInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	return dictUpdateArgs(t, self.(*Dict), "dict", args, kwnames)
}

// dictUpdateArgs is dict.update(self, [arg], **kw) and dict(arg, **kw).
func dictUpdateArgs(t *Thread, d *Dict, fname string, args []Object, kwnames *Tuple) error {
	pos, kw := SplitArgs(args, kwnames)
	var arg Object
	if err := UnpackArgs(fname, pos, nil, 0, 1, &arg); err != nil {
		return err
	}
	if arg != nil {
		if err := d.Update(t, arg); err != nil {
			return err
		}
	}
	for i, v := range kw {
		if err := d.SetItem(t, kwnames.Items[i], v); err != nil {
			return err
		}
	}
	return nil
}

// Update adds the items of other to d, as d.update(other) does: other is
// a mapping (it has keys()) or an iterable of key-value pairs.
func (d *Dict) Update(t *Thread, other Object) error {
	if o, ok := other.(*Dict); ok {
		return d.Merge(t, o, true)
	}
	if _, err := GetAttr(t, other, strKeys); err == nil {
		return d.MergeMapping(t, other, true)
	}
	return d.MergeSeq2(t, other)
}

// Merge adds the items of the dict other (whose keys(), __getitem__ and
// __iter__ are not consulted even in a subclass, as in CPython), keeping
// existing values when override is false.
func (d *Dict) Merge(t *Thread, other *Dict, override bool) error {
	if d == other || other.live == 0 {
		return nil
	}
	if int(d.live) == 0 && override && int(other.live) == len(other.entries) {
		d.copyFrom(&other.hashTable)
		d.version++
		return nil
	}
	d.reserve(int(d.live) + int(other.live))
	for i := 0; i < len(other.entries); i++ {
		e := other.entries[i]
		if e.key == nil {
			continue
		}
		if !override {
			j, err := d.lookup(t, e.key, e.hash)
			if err != nil {
				return err
			}
			if j >= 0 {
				continue
			}
		}
		if err := d.setItemHash(t, e.key, e.hash, e.value); err != nil {
			return err
		}
	}
	return nil
}

// MergeMapping adds the items of any mapping: for each key of
// other.keys(), other[key].
func (d *Dict) MergeMapping(t *Thread, other Object, override bool) error {
	keys, err := callMethod(t, other, strKeys)
	if err != nil {
		return err
	}
	it, err := Iter(t, keys)
	if err != nil {
		return err
	}
	for {
		k, err := Next(t, it)
		if err != nil {
			return err
		}
		if k == nil {
			return nil
		}
		if !override {
			v, err := d.GetItem(t, k)
			if err != nil {
				return err
			}
			if v != nil {
				continue
			}
		}
		v, err := GetItem(t, other, k)
		if err != nil {
			return err
		}
		if err := d.SetItem(t, k, v); err != nil {
			return err
		}
	}
}

// MergeSeq2 adds the key-value pairs of an iterable of pairs.
func (d *Dict) MergeSeq2(t *Thread, seq Object) error {
	it, err := Iter(t, seq)
	if err != nil {
		return err
	}
	var pair [2]Object
	for i := 0; ; i++ {
		item, err := Next(t, it)
		if err != nil {
			return err
		}
		if item == nil {
			return nil
		}
		kv, ok := exactItems(item)
		if !ok {
			if kv, err = seqFast(t, item, fmt.Sprintf("cannot convert dictionary update sequence element #%d to a sequence", i)); err != nil {
				return err
			}
		}
		if len(kv) != 2 {
			return Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))
		}
		pair[0], pair[1] = kv[0], kv[1]
		if err := d.SetItem(t, pair[0], pair[1]); err != nil {
			return err
		}
	}
}

func dictLen(t *Thread, o Object) (int, error) { return int(o.(*Dict).live), nil }

// dictGetItem is d[key]: KeyError(key) when absent, after a subclass's
// __missing__.
func dictGetItem(t *Thread, o, key Object) (Object, error) {
	d := o.(*Dict)
	v, err := d.GetItem(t, key)
	if err != nil || v != nil {
		return v, err
	}
	if d.ext.p != nil {
		if missing := d.ext.p.typ.Lookup(strMissing); missing != nil {
			return callDescr(t, missing, d, key)
		}
	}
	return nil, keyError(key)
}

func dictSetItem(t *Thread, o, key, value Object) error {
	d := o.(*Dict)
	if value != nil {
		return d.SetItem(t, key, value)
	}
	ok, err := d.DelItem(t, key)
	if err != nil {
		return err
	}
	if !ok {
		return keyError(key)
	}
	return nil
}

func dictContains(t *Thread, o, key Object) (bool, error) {
	v, err := o.(*Dict).GetItem(t, key)
	return v != nil, err
}

func dictRepr(t *Thread, o Object) (Object, error) {
	d := o.(*Dict)
	if d.live == 0 {
		return NewStr("{}"), nil
	}
	if !d.reprEnter() {
		return NewStr("{...}"), nil
	}
	defer d.reprLeave()
	if err := t.Enter(); err != nil {
		return nil, err
	}
	defer t.Leave()
	buf := make([]byte, 0, 2+16*d.live)
	buf = append(buf, '{')
	first := true
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		if !first {
			buf = append(buf, ", "...)
		}
		first = false
		r, err := Repr(t, e.key)
		if err != nil {
			return nil, err
		}
		buf = append(buf, r.s...)
		buf = append(buf, ": "...)
		if r, err = Repr(t, e.value); err != nil {
			return nil, err
		}
		buf = append(buf, r.s...)
	}
	buf = append(buf, '}')
	return NewStr(string(buf)), nil
}

// dictEqual reports whether two dicts have the same items.
func dictEqual(t *Thread, a, b *Dict) (bool, error) {
	if a.live != b.live {
		return false, nil
	}
	for i := 0; i < len(a.entries); i++ {
		e := a.entries[i]
		if e.key == nil {
			continue
		}
		j, err := b.lookup(t, e.key, e.hash)
		if err != nil {
			return false, err
		}
		if j < 0 {
			return false, nil
		}
		eq, err := objEqual(t, e.value, b.entries[j].value)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func dictRichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	da, ok1 := a.(*Dict)
	db, ok2 := b.(*Dict)
	if !ok1 || !ok2 || op != EQ && op != NE {
		return NotImplemented, nil
	}
	eq, err := dictEqual(t, da, db)
	if err != nil {
		return nil, err
	}
	return NewBool(eq == (op == EQ)), nil
}

func dictIter(t *Thread, o Object) (Object, error) {
	d := o.(*Dict)
	return &dictIterator{dict: d, used: int(d.live), kind: dictIterKeys}, nil
}

func dictGet(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var key, dflt Object = nil, None
	if err := UnpackArgs("get", args, kwnames, 1, 2, &key, &dflt); err != nil {
		return nil, err
	}
	v, err := self.(*Dict).GetItem(t, key)
	if err != nil || v != nil {
		return v, err
	}
	return dflt, nil
}

func dictSetDefault(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var key, dflt Object = nil, None
	if err := UnpackArgs("setdefault", args, kwnames, 1, 2, &key, &dflt); err != nil {
		return nil, err
	}
	d := self.(*Dict)
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	i, err := d.lookup(t, key, h)
	if err != nil {
		return nil, err
	}
	if i >= 0 {
		return d.entries[i].value, nil
	}
	d.appendEntry(key, dflt, h)
	d.version++
	return dflt, nil
}

func dictPop(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var key, dflt Object
	if err := UnpackArgs("pop", args, kwnames, 1, 2, &key, &dflt); err != nil {
		return nil, err
	}
	d := self.(*Dict)
	if d.live == 0 {
		if dflt != nil {
			return dflt, nil
		}
		return nil, keyError(key)
	}
	h, err := Hash(t, key)
	if err != nil {
		return nil, err
	}
	i, err := d.lookup(t, key, h)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		if dflt != nil {
			return dflt, nil
		}
		return nil, keyError(key)
	}
	v := d.entries[i].value
	d.deleteEntry(i)
	d.version++
	return v, nil
}

func dictPopItem(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("popitem", args, kwnames); err != nil {
		return nil, err
	}
	d := self.(*Dict)
	for i := len(d.entries) - 1; i >= 0; i-- {
		if e := d.entries[i]; e.key != nil {
			d.deleteEntry(i)
			d.version++
			return NewTuple2(e.key, e.value), nil
		}
	}
	return nil, NewException(KeyError, NewStr("popitem(): dictionary is empty"))
}

func dictUpdate(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := dictUpdateArgs(t, self.(*Dict), "update", args, kwnames); err != nil {
		return nil, err
	}
	return None, nil
}

func dictFromKeys(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	var seq, value Object = nil, None
	if err := UnpackArgs("fromkeys", args, kwnames, 1, 2, &seq, &value); err != nil {
		return nil, err
	}
	r, err := Call(t, self, nil, nil)
	if err != nil {
		return nil, err
	}
	if d, ok := r.(*Dict); ok && d.ext.p == nil {
		switch s := seq.(type) {
		case *Dict:
			d.reserve(int(s.live))
			for i := 0; i < len(s.entries); i++ {
				if e := s.entries[i]; e.key != nil {
					if err := d.setItemHash(t, e.key, e.hash, value); err != nil {
						return nil, err
					}
				}
			}
			return d, nil
		case *Set:
			d.reserve(s.used)
			for pos := 0; ; {
				i := s.next(&pos)
				if i < 0 {
					break
				}
				if err := d.setItemHash(t, s.table[i].key, s.table[i].hash, value); err != nil {
					return nil, err
				}
			}
			return d, nil
		}
	}
	it, err := Iter(t, seq)
	if err != nil {
		return nil, err
	}
	for {
		k, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if k == nil {
			return r, nil
		}
		if err := SetItem(t, r, k, value); err != nil {
			return nil, err
		}
	}
}

func dictClear(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("clear", args, kwnames); err != nil {
		return nil, err
	}
	self.(*Dict).Clear()
	return None, nil
}

func dictCopy(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("copy", args, kwnames); err != nil {
		return nil, err
	}
	return self.(*Dict).Copy(), nil
}

func dictSizeOf(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__sizeof__", args, kwnames); err != nil {
		return nil, err
	}
	d := self.(*Dict)
	return NewInt(int64(64 + 24*cap(d.entries) + 4*len(d.indices))), nil
}

func dictKeys(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("keys", args, kwnames); err != nil {
		return nil, err
	}
	return &DictView{dict: self.(*Dict), kind: dictIterKeys}, nil
}

func dictValues(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("values", args, kwnames); err != nil {
		return nil, err
	}
	return &DictView{dict: self.(*Dict), kind: dictIterValues}, nil
}

func dictItems(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("items", args, kwnames); err != nil {
		return nil, err
	}
	return &DictView{dict: self.(*Dict), kind: dictIterItems}, nil
}

// dictIterKind says what a dict iterator or view yields.
type dictIterKind uint8

const (
	dictIterKeys dictIterKind = iota
	dictIterValues
	dictIterItems
)

// dictIterator iterates over a dict's keys, values or items. It fails
// with RuntimeError once the dict's size changes.
type dictIterator struct {
	dict *Dict // nil once exhausted
	pos  int
	used int // the dict's size when iteration began; -1 after the error
	kind dictIterKind
}

// The dict iterator types.
var (
	DictKeyIteratorType   = &Type{Name: "dict_keyiterator"}
	DictValueIteratorType = &Type{Name: "dict_valueiterator"}
	DictItemIteratorType  = &Type{Name: "dict_itemiterator"}
)

func (it *dictIterator) Type() *Type {
	switch it.kind {
	case dictIterValues:
		return DictValueIteratorType
	case dictIterItems:
		return DictItemIteratorType
	}
	return DictKeyIteratorType
}

func dictIteratorNext(t *Thread, o Object) (Object, error) {
	it := o.(*dictIterator)
	d := it.dict
	if d == nil {
		return nil, nil
	}
	if it.used != int(d.live) {
		it.used = -1
		return nil, Errorf(RuntimeError, "dictionary changed size during iteration")
	}
	for i := it.pos; i < len(d.entries); i++ {
		e := &d.entries[i]
		if e.key == nil {
			continue
		}
		it.pos = i + 1
		switch it.kind {
		case dictIterKeys:
			return e.key, nil
		case dictIterValues:
			return e.value, nil
		}
		return NewTuple2(e.key, e.value), nil
	}
	it.dict = nil
	return nil, nil
}

func (it *dictIterator) lengthHint() int {
	if it.dict == nil || it.used != int(it.dict.live) {
		return 0
	}
	n := 0
	for i := it.pos; i < len(it.dict.entries); i++ {
		if it.dict.entries[i].key != nil {
			n++
		}
	}
	return n
}

func init() {
	DictType.Doc = "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)"
	DictType.New = dictNew
	DictType.Init = dictInit
	DictType.Repr = dictRepr
	DictType.RichCompare = dictRichCompare
	DictType.Iter = dictIter
	DictType.Len = dictLen
	DictType.GetItem = dictGetItem
	DictType.SetItem = dictSetItem
	DictType.Contains = dictContains
	DictType.AddMethods(
		MethodDef{Name: "__sizeof__", Fn: dictSizeOf, Doc: "D.__sizeof__() -> size of D in memory, in bytes"},
		MethodDef{Name: "get", Fn: dictGet, Doc: "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
		MethodDef{Name: "setdefault", Fn: dictSetDefault, Doc: "D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D"},
		MethodDef{Name: "pop", Fn: dictPop, Doc: "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\nIf key is not found, d is returned if given, otherwise KeyError is raised"},
		MethodDef{Name: "popitem", Fn: dictPopItem, Doc: "D.popitem() -> (k, v), remove and return some (key, value) pair as a\n2-tuple; but raise KeyError if D is empty."},
		MethodDef{Name: "keys", Fn: dictKeys, Doc: "D.keys() -> a set-like object providing a view on D's keys"},
		MethodDef{Name: "items", Fn: dictItems, Doc: "D.items() -> a set-like object providing a view on D's items"},
		MethodDef{Name: "values", Fn: dictValues, Doc: "D.values() -> an object providing a view on D's values"},
		MethodDef{Name: "update", Fn: dictUpdate, Doc: "D.update(E, **F) -> None.  Update D from dict/iterable E and F.\nIf E has a .keys() method, does:     for k in E: D[k] = E[k]\nIf E lacks .keys() method, does:     for (k, v) in E: D[k] = v\nIn either case, this is followed by: for k in F: D[k] = F[k]"},
		MethodDef{Name: "fromkeys", Fn: dictFromKeys, Kind: ClassMethod, Doc: "dict.fromkeys(S[,v]) -> New dict with keys from S and values equal to v.\nv defaults to None."},
		MethodDef{Name: "clear", Fn: dictClear, Doc: "D.clear() -> None.  Remove all items from D."},
		MethodDef{Name: "copy", Fn: dictCopy, Doc: "D.copy() -> a shallow copy of D"},
	)
	for _, typ := range []*Type{DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType} {
		typ.Iter = selfIter
		typ.Next = dictIteratorNext
		typ.AddMethods(lengthHintDef)
	}
}
