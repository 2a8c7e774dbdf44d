package py

import (
	"sync"
	"sync/atomic"
	"weak"
)

// Slot function shapes. Every slot takes the running thread first, since
// it may run Python code.
type (
	UnaryFunc   func(t *Thread, a Object) (Object, error)
	BinaryFunc  func(t *Thread, a, b Object) (Object, error)
	TernaryFunc func(t *Thread, a, b, c Object) (Object, error)
	// CallFunc calls self. args holds the positional arguments followed by
	// the values of the keyword arguments, whose names kwnames holds (a
	// tuple of *Str, nil when there are none): CPython's vectorcall. The
	// callee must not keep args, which usually lies in the caller's stack.
	CallFunc func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error)
	NewFunc  func(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error)
	InitFunc func(t *Thread, self Object, args []Object, kwnames *Tuple) error
)

// CompareOp is a rich comparison operator, numbered as CPython's Py_LT...
type CompareOp int

const (
	LT CompareOp = iota
	LE
	EQ
	NE
	GT
	GE
)

// TypeFlags describe a type.
type TypeFlags uint32

const (
	// FlagHeapType marks a class created by a class statement or type().
	FlagHeapType TypeFlags = 1 << iota
	// FlagBaseType marks a type that may be subclassed.
	FlagBaseType
	// FlagHasDict marks a type whose instances have a __dict__.
	FlagHasDict
	// FlagAbstract marks a type with abstract methods (abc).
	FlagAbstract
	// FlagMethodDescriptor marks a type whose instances, found on a
	// class, bind like methods: DescrGet(f, obj, type) returns a bound
	// method that calls f with obj before the arguments, and nothing
	// else (Python functions, method descriptors). Attribute lookups that
	// call the result at once (dunder dispatch, the evaluator's method
	// calls) then skip making the bound method and call f(obj, args...).
	FlagMethodDescriptor
	// FlagConcatAdd marks a sequence whose Add slot is concatenation
	// (CPython's sq_concat): its __dict__ gets __add__ but no __radd__.
	FlagConcatAdd
	// FlagWeakrefable marks a type whose instances can be weakly
	// referenced (they have a __weakref__ slot).
	FlagWeakrefable
)

// Type is a Python type object. Its exported fields are filled once when
// the type is made; a class's slots change only when one of its dunder
// methods is set or deleted.
//
// # Built-in types
//
// A built-in type is a package-level *Type whose file fills its slots in
// an init function and registers its methods and attributes with
// AddMethods and AddGetSets. Init (or Ready, for a type made later)
// finishes it as CPython's PyType_Ready does: Base defaults to object,
// the MRO is computed, the slots a type leaves nil are inherited from its
// bases (leave GetAttr and SetAttr nil to get the generic ones of
// object), and __dict__ is filled with the methods, the getsets, and a
// "slot wrapper" for each slot the type defines itself (int.__add__,
// list.__len__). A type that registers nothing must be registered with
// RegisterTypes so that Init finishes it.
//
// # Classes
//
// A class made by type() or a class statement gets, for each slot, either
// the Go function of the built-in base that provides the dunder (so that
// len() of a subclass of list that does not override __len__ calls list's
// Len directly), or a dispatcher that looks the dunder up on the class
// and calls it. Setting or deleting a dunder on a class refills the slot
// in the class and its subclasses.
//
// # The lookup cache and version tags
//
// Lookup caches what it finds (and what it does not) per type. A type's
// version tag (Version) is a number that changes whenever anything Lookup
// could return for the type changes: an attribute of the type or of one
// of its bases is set or deleted, or its __bases__ is assigned. Tags are
// never reused, so a cache elsewhere (the evaluator's inline caches) may
// key on (type, Version()) and trust the result while the tag is the
// same. Code that changes a type's Dict directly after the type is
// finished must call Modified.
type Type struct {
	meta *Type // the type of this type: type, or a metaclass
	ext        // instance dict of a metaclass instance (rarely used)

	Name   string  // __name__
	Doc    string  // __doc__ of a built-in type
	Module string  // __module__ of a built-in type outside builtins ("" for builtins)
	Base   *Type   // __base__
	Bases  []*Type // __bases__
	MRO    []*Type // __mro__, this type first
	Dict   *Dict   // the namespace (__dict__)
	Flags  TypeFlags

	// Slots (CPython's tp_*, nb_*, sq_*, mp_* in one flat set). A nil slot
	// means the operation is not supported.
	New  NewFunc  // tp_new
	Init InitFunc // tp_init
	Call CallFunc // tp_call

	GetAttr func(t *Thread, self Object, name *Str) (Object, error) // tp_getattro
	// SetAttr sets an attribute, or deletes it when value is nil.
	SetAttr func(t *Thread, self Object, name *Str, value Object) error

	// DescrGet is __get__: instance is nil for access through the class.
	DescrGet func(t *Thread, self, instance Object, owner *Type) (Object, error)
	// DescrSet is __set__, or __delete__ when value is nil.
	DescrSet func(t *Thread, self, instance, value Object) error

	Repr UnaryFunc // returns a *Str
	Str  UnaryFunc // returns a *Str
	Hash func(t *Thread, self Object) (int64, error)
	// RichCompare returns NotImplemented when it does not know b.
	RichCompare func(t *Thread, a, b Object, op CompareOp) (Object, error)

	Iter UnaryFunc
	// Next returns the next item, or (nil, nil) when the iterator is
	// exhausted: no StopIteration is made on the fast path.
	Next UnaryFunc

	Bool     func(t *Thread, self Object) (bool, error)
	Len      func(t *Thread, self Object) (int, error)
	GetItem  BinaryFunc
	SetItem  func(t *Thread, self, key, value Object) error // value nil: delete
	Contains func(t *Thread, self, item Object) (bool, error)

	// Number slots. As in CPython, a binary slot is called when either
	// operand's type has it, with the operands in their source order, and
	// returns NotImplemented when it cannot handle them.
	Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Divmod BinaryFunc
	LShift, RShift, And, Or, Xor                  BinaryFunc
	Pow                                           TernaryFunc // third operand None when absent
	IAdd, ISub, IMul, ITrueDiv, IFloorDiv, IMod   BinaryFunc  // in place; nil falls back to the binary slot
	ILShift, IRShift, IAnd, IOr, IXor             BinaryFunc
	IPow                                          TernaryFunc
	Neg, Pos, Abs, Invert                         UnaryFunc
	Index                                         UnaryFunc // __index__: returns an *Int
	Int, Float                                    UnaryFunc // __int__, __float__

	typeState
}

// typeState is the type system's bookkeeping in a Type.
type typeState struct {
	ready   uint8  // readyNot, readyBusy or readyDone
	version uint64 // the version tag; 0 until asked for
	cache   *lookupCache

	// subclasses are the types whose __bases__ include this one.
	subclasses []weak.Pointer[Type]

	// origin[s] says what fills slot s: the built-in type whose Go
	// function it is, dispatchOrigin for a class's dunder dispatcher, or
	// nil when the slot is empty.
	origin [numSlots]*Type

	// slotNames are the names in the class's own __slots__ (mangled,
	// sorted, without __dict__ and __weakref__); nslots counts the slot
	// storage an instance needs, the bases' included.
	slotNames []*Str
	nslots    int

	mroTuple *Tuple // __mro__, made on first use
	heapName *Str   // __name__ of a class

	// nocache is set for a class whose custom MRO holds a type that is
	// not an ancestor of its bases: its lookups are not cached.
	nocache bool

	// attrHint is the largest number of attributes seen in the __dict__
	// of one of the type's instances (at most maxAttrHint): a new
	// instance's __dict__ starts with room for that many, so that
	// __init__ does not grow it attribute by attribute.
	attrHint int32
}

const (
	readyNot uint8 = iota
	readyBusy
	readyDone
)

// Type returns the type's metatype.
func (typ *Type) Type() *Type {
	if typ.meta == nil {
		return TypeType
	}
	return typ.meta
}

// IsSubtype reports whether typ is base or a subclass of it (by MRO).
func (typ *Type) IsSubtype(base *Type) bool {
	if typ == base {
		return true
	}
	mro := typ.MRO
	if mro == nil {
		// Not finished yet: follow the Base chain.
		for t := typ.Base; t != nil; t = t.Base {
			if t == base {
				return true
			}
		}
		return base == ObjectType
	}
	for _, t := range mro {
		if t == base {
			return true
		}
	}
	return false
}

// IsHeapType reports whether typ is a class made by a class statement or
// type() (CPython's Py_TPFLAGS_HEAPTYPE).
func (typ *Type) IsHeapType() bool { return typ.Flags&FlagHeapType != 0 }

// lookupCacheSets is the number of two-entry sets in a type's lookup
// cache (a power of two).
const lookupCacheSets = 32

// lookupCache remembers what Lookup found for recent names: a two-way
// set-associative table indexed by the name's hash. An entry is valid
// while its version is the type's version tag (Modified changes the tag,
// so it invalidates every entry at once without touching them). An entry
// with a nil value records a name the type does not have.
type lookupCache struct {
	entries [lookupCacheSets][2]lookupEntry
}

type lookupEntry struct {
	version uint64
	name    *Str
	value   Object
}

// Lookup finds name in the type's MRO, without calling descriptors: the
// attribute a class defines or inherits (CPython's _PyType_Lookup). The
// result is cached until the type or a base changes.
func (typ *Type) Lookup(name *Str) Object {
	if typ.nocache {
		return typ.lookupUncached(name)
	}
	c := typ.cache
	if c == nil {
		if typ.ready != readyDone {
			typ.readyLazily()
			if typ.ready != readyDone {
				return typ.lookupUncached(name)
			}
		}
		c = &lookupCache{}
		typ.cache = c
	}
	v := typ.version
	if v == 0 {
		v = typ.Version()
	}
	h := name.hash
	if h == 0 {
		h = name.Hash()
	}
	set := &c.entries[uint64(h)&(lookupCacheSets-1)]
	if e := &set[0]; e.version == v && (e.name == name || e.name.s == name.s) {
		return e.value
	}
	if e := &set[1]; e.version == v && (e.name == name || e.name.s == name.s) {
		return e.value
	}
	r := typ.lookupUncached(name)
	if set[0].version == v {
		set[1] = set[0]
	}
	set[0] = lookupEntry{version: v, name: name, value: r}
	return r
}

// internTable holds the interned strs: one *Str per text, so that names
// compare by pointer in dict and lookup-cache probes.
var internTable struct {
	sync.Mutex
	m map[string]*Str
}

// InternStr returns the interned str with text s (CPython's
// PyUnicode_InternFromString): the same *Str for the same text, with its
// hash computed. The compiler interns identifiers (co_names,
// co_varnames, attribute names), so the type system's lookups of them
// compare pointers, not text.
func InternStr(s string) *Str {
	internTable.Lock()
	defer internTable.Unlock()
	if internTable.m == nil {
		internTable.m = make(map[string]*Str)
	}
	if v, ok := internTable.m[s]; ok {
		return v
	}
	v := NewStr(s)
	v.Hash()
	internTable.m[s] = v
	return v
}

// InternInPlace returns the interned str with s's text, making s itself
// the interned one when that text has none yet (CPython's
// PyUnicode_InternInPlace, which sys.intern uses): so sys.intern of a
// name the compiler interned gives the compiler's object.
func InternInPlace(s *Str) *Str {
	internTable.Lock()
	defer internTable.Unlock()
	if internTable.m == nil {
		internTable.m = make(map[string]*Str)
	}
	if v, ok := internTable.m[s.s]; ok {
		return v
	}
	s.Hash()
	internTable.m[s.s] = s
	return s
}

// lookupUncached is Lookup without the cache.
func (typ *Type) lookupUncached(name *Str) Object {
	mro := typ.MRO
	if mro == nil {
		for t := typ; t != nil; t = t.Base {
			if t.Dict != nil {
				if v := t.Dict.GetStr(name); v != nil {
					return v
				}
			}
		}
		return nil
	}
	for _, t := range mro {
		if t.Dict == nil {
			continue
		}
		if v := t.Dict.GetStr(name); v != nil {
			return v
		}
	}
	return nil
}

// versionCounter hands out version tags. It only grows, so a tag is
// never given to two states of types. (One counter for all interpreters
// in the process: a tag is a name for a state, not state itself.)
var versionCounter uint64

// Version returns the type's version tag: a nonzero number that stays the
// same while nothing Lookup could return for the type changes, and is
// never used again once it does; or 0 for a type whose lookups must not
// be cached (a class with a custom mro() that strays from its bases).
func (typ *Type) Version() uint64 {
	if typ.nocache || typ.ready != readyDone {
		return 0
	}
	if typ.version == 0 {
		typ.version = atomic.AddUint64(&versionCounter, 1)
	}
	return typ.version
}

// Modified records that the type's namespace or bases changed: its
// lookup cache and version tag, and those of its subclasses, are
// dropped (CPython's PyType_Modified).
func (typ *Type) Modified() {
	typ.version = 0
	for _, w := range typ.subclasses {
		if s := w.Value(); s != nil {
			s.Modified()
		}
	}
}

// addSubclass records sub as a direct subclass of typ.
func (typ *Type) addSubclass(sub *Type) {
	for i, w := range typ.subclasses {
		if w.Value() == nil {
			typ.subclasses[i] = weak.Make(sub)
			return
		}
	}
	typ.subclasses = append(typ.subclasses, weak.Make(sub))
}

// removeSubclass forgets sub as a direct subclass of typ.
func (typ *Type) removeSubclass(sub *Type) {
	for i, w := range typ.subclasses {
		if w.Value() == sub {
			typ.subclasses = append(typ.subclasses[:i], typ.subclasses[i+1:]...)
			return
		}
	}
}

// Subclasses returns the direct subclasses of typ that are still alive
// (type.__subclasses__()), oldest first.
func (typ *Type) Subclasses() []*Type {
	var out []*Type
	for _, w := range typ.subclasses {
		if s := w.Value(); s != nil {
			out = append(out, s)
		}
	}
	return out
}

// TypeOf is o.Type(), for symmetry with IsInstance.
func TypeOf(o Object) *Type { return o.Type() }

// IsInstance reports whether o's type is typ or a subclass of it (without
// __instancecheck__; the isinstance builtin adds that).
func IsInstance(o Object, typ *Type) bool { return o.Type().IsSubtype(typ) }
