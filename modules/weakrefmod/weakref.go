// Package weakrefmod is the _weakref module: weak references (the types
// weakref, weakproxy and weakcallableproxy), getweakrefcount and
// getweakrefs, over Go's weak pointers. The weakref module itself
// (WeakValueDictionary, WeakKeyDictionary, WeakSet) is written in Python
// over it (lib/python/weakref.py, lib/python/_weakrefset.py).
//
// # How references die
//
// A weak reference holds a weak.Pointer to its referent; once Go's
// garbage collector finds the referent unreachable the reference returns
// None. The references to one object share an entry (kept in a table
// keyed by the weak pointer) that remembers them, weakly too, so that a
// reference nobody holds any more is not kept alive by the table and its
// callback is not called, as in CPython.
//
// Callbacks run Python code, so they run only on an interpreter's own
// goroutine at points where that is safe: when gc.collect() is called
// (which runs Go's collector first), and whenever weak references are
// made, called or counted. A cleanup (runtime.AddCleanup) attached to each
// referent queues its entry when the collector frees it; Collect also
// looks at every entry itself, so that what the collection just freed is
// seen at once.
//
// An object is collectable when nothing reachable from the interpreter
// refers to it: its module or frame namespaces, containers, the
// evaluator's frames and value stacks, caught exceptions and their
// tracebacks (sys.exc_info, sys.last_traceback). Unlike CPython, death is
// not immediate on the last `del`: it is noticed at the next collection,
// so code that wants a callback to have run calls gc.collect() first (as
// CPython's own tests do through test.support.gc_collect).
package weakrefmod

import (
	"runtime"
	"sync"
	"sync/atomic"
	"unsafe"
	"weak"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/modules/remod"
	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/pyio"
)

func init() {
	builtins.RegisterModule("_weakref", newModule)
	// The built-in types whose instances CPython 3.2 lets be weakly
	// referenced (those with a tp_weaklistoffset), besides the ones whose
	// files say so themselves.
	for _, typ := range []*py.Type{py.FunctionType, py.MethodType, py.GeneratorType, py.CodeType,
		pyio.IOBaseType, pyio.RawIOBaseType, pyio.BufferedIOBaseType, pyio.TextIOBaseType,
		pyio.FileIOType, pyio.BytesIOType, pyio.StringIOType, pyio.TextIOWrapperType,
		pyio.BufferedReaderType, pyio.BufferedWriterType, pyio.BufferedRandomType, pyio.BufferedRWPairType,
		remod.PatternType} {
		typ.Flags |= py.FlagWeakrefable
	}
	initTypes()
}

// iface is the layout of a Go interface value.
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// entry is the bookkeeping of one referent: the weak pointer every
// reference to it uses, the interface table to rebuild it from that
// pointer, and the references, in the order they were made.
type entry struct {
	wp   weak.Pointer[byte]
	tab  unsafe.Pointer
	refs []weak.Pointer[Ref]
	dead bool // its callbacks were queued
}

// object returns the referent, nil once it is gone.
func (e *entry) object() py.Object {
	p := e.wp.Value()
	if p == nil {
		return nil
	}
	var o py.Object
	*(*iface)(unsafe.Pointer(&o)) = iface{e.tab, unsafe.Pointer(p)}
	return o
}

// live returns the references to e's referent that still exist.
func (e *entry) live() []*Ref {
	var out []*Ref
	kept := e.refs[:0]
	for _, w := range e.refs {
		if r := w.Value(); r != nil {
			out = append(out, r)
			kept = append(kept, w)
		}
	}
	e.refs = kept
	return out
}

// table holds the entries of the objects that have weak references.
var table struct {
	mu      sync.Mutex
	entries map[weak.Pointer[byte]]*entry
	queue   []*entry // dead, callbacks not run yet
	queued  atomic.Bool
}

// dataPointer returns the pointer o's interface value holds.
func dataPointer(o py.Object) unsafe.Pointer {
	return (*iface)(unsafe.Pointer(&o)).data
}

// entryOf returns the entry of o, making it if need be.
func entryOf(o py.Object) *entry {
	p := (*byte)(dataPointer(o))
	wp := weak.Make(p)
	table.mu.Lock()
	defer table.mu.Unlock()
	if e := table.entries[wp]; e != nil && !e.dead {
		return e
	}
	if table.entries == nil {
		table.entries = make(map[weak.Pointer[byte]]*entry)
	}
	e := &entry{wp: wp, tab: (*iface)(unsafe.Pointer(&o)).tab}
	table.entries[wp] = e
	runtime.AddCleanup(p, referentFreed, e)
	return e
}

// findEntry returns o's entry, nil when it has none.
func findEntry(o py.Object) *entry {
	wp := weak.Make((*byte)(dataPointer(o)))
	table.mu.Lock()
	defer table.mu.Unlock()
	return table.entries[wp]
}

// referentFreed runs on the collector's cleanup goroutine: it queues the
// entry for its callbacks.
func referentFreed(e *entry) {
	table.mu.Lock()
	if !e.dead {
		e.dead = true
		if table.entries[e.wp] == e {
			delete(table.entries, e.wp)
		}
		table.queue = append(table.queue, e)
		table.queued.Store(true)
	}
	table.mu.Unlock()
}

// RunCallbacks runs the callbacks of the references whose referents were
// found dead. An exception a callback raises is reported on sys.stderr
// and ignored, as CPython's PyErr_WriteUnraisable does.
func RunCallbacks(t *py.Thread) error {
	if !table.queued.Load() {
		return nil
	}
	for {
		table.mu.Lock()
		q := table.queue
		table.queue = nil
		table.queued.Store(false)
		var calls []*Ref
		for _, e := range q {
			refs := e.live()
			// The newest reference's callback runs first.
			for i := len(refs) - 1; i >= 0; i-- {
				if refs[i].callback != nil {
					calls = append(calls, refs[i])
				}
			}
		}
		table.mu.Unlock()
		if len(q) == 0 {
			return nil
		}
		for _, r := range calls {
			cb := r.callback
			r.callback = nil
			if _, err := py.Call(t, cb, []py.Object{r}, nil); err != nil {
				writeUnraisable(t, err, cb)
			}
		}
	}
}

// writeUnraisable reports an exception nobody can catch:
// "Exception ZeroDivisionError: 'division by zero' in <function f at
// 0x...> ignored".
func writeUnraisable(t *py.Thread, err error, where py.Object) {
	exc, ok := err.(*py.BaseException)
	if !ok {
		return
	}
	name := exc.Type().Name
	if m := exc.Type().Module; m != "" && m != "builtins" {
		name = m + "." + name
	}
	text := "Exception " + name
	if a, err := py.GetAttr(t, exc, py.NewStr("args")); err == nil {
		if args, ok := a.(*py.Tuple); ok && len(args.Items) > 0 {
			var value py.Object = args
			if len(args.Items) == 1 {
				value = args.Items[0]
			}
			if r, err := py.Repr(t, value); err == nil {
				text += ": " + r.String()
			}
		}
	}
	if r, err := py.Repr(t, where); err == nil {
		text += " in " + r.String()
	}
	text += " ignored\n"
	if t.Interp.Sys == nil {
		return
	}
	stderr := t.Interp.Sys.Dict.GetStr(py.NewStr("stderr"))
	if stderr == nil || stderr == py.None {
		return
	}
	if w, err := py.GetAttr(t, stderr, py.NewStr("write")); err == nil {
		py.Call(t, w, []py.Object{py.NewStr(text)}, nil)
	}
}

// Collect runs Go's garbage collector, queues every referent it freed
// and runs the callbacks of their references (gc.collect). It returns
// how many referents died.
func Collect(t *py.Thread) (int, error) {
	runtime.GC()
	table.mu.Lock()
	n := 0
	for wp, e := range table.entries {
		if wp.Value() == nil && !e.dead {
			e.dead = true
			delete(table.entries, wp)
			table.queue = append(table.queue, e)
			n++
		}
	}
	if len(table.queue) > 0 {
		table.queued.Store(true)
	}
	table.mu.Unlock()
	return n, RunCallbacks(t)
}

// Weakrefable reports whether o can be weakly referenced.
func Weakrefable(o py.Object) bool {
	return o.Type().Flags&py.FlagWeakrefable != 0
}

// NewRef returns a new weak reference to o with callback (nil for none).
func NewRef(t *py.Thread, o, callback py.Object) (*Ref, error) {
	return newRef(t, RefType, o, callback, kindRef)
}

func cannotRef(o py.Object) error {
	return py.Errorf(py.TypeError, "cannot create weak reference to '%s' object", o.Type().Name)
}

// newRef makes a reference of kind to o, sharing the existing plain one
// (exact type, no callback) when there is one, as CPython does.
func newRef(t *py.Thread, typ *py.Type, o, callback py.Object, kind uint8) (*Ref, error) {
	if !Weakrefable(o) {
		return nil, cannotRef(o)
	}
	if err := RunCallbacks(t); err != nil {
		return nil, err
	}
	if callback == py.None {
		callback = nil
	}
	e := entryOf(o)
	shareable := callback == nil && (typ == RefType || typ == ProxyType || typ == CallableProxyType)
	table.mu.Lock()
	defer table.mu.Unlock()
	if shareable {
		for _, r := range e.live() {
			if r.kind == kind && r.shared() {
				return r, nil
			}
		}
	}
	r := &Ref{Ext: py.NewExt(typ, baseOf(kind)), e: e, callback: callback, kind: kind, hasCallback: callback != nil}
	e.refs = append(e.refs, weak.Make(r))
	runtime.KeepAlive(o)
	return r, nil
}

func baseOf(kind uint8) *py.Type {
	switch kind {
	case kindProxy:
		return ProxyType
	case kindCallableProxy:
		return CallableProxyType
	}
	return RefType
}

// GetWeakRefCount returns the number of references to o.
func GetWeakRefCount(o py.Object) int {
	e := findEntry(o)
	if e == nil {
		return 0
	}
	table.mu.Lock()
	defer table.mu.Unlock()
	return len(e.live())
}

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_weakref")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("Weak-reference support module."))
	m.Dict.SetStr(py.NewStr("ref"), RefType)
	m.Dict.SetStr(py.NewStr("ReferenceType"), RefType)
	m.Dict.SetStr(py.NewStr("ProxyType"), ProxyType)
	m.Dict.SetStr(py.NewStr("CallableProxyType"), CallableProxyType)
	m.AddFunction("getweakrefcount", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		o, err := py.OneArg("getweakrefcount", args, kwnames)
		if err != nil {
			return nil, err
		}
		// A reference nobody holds is gone in CPython at once; here it
		// takes a collection to find that out.
		if _, err := Collect(t); err != nil {
			return nil, err
		}
		if !Weakrefable(o) {
			return py.NewInt(0), nil
		}
		return py.NewInt(int64(GetWeakRefCount(o))), nil
	}, "getweakrefcount(object) -- return the number of weak references\nto 'object'.")
	m.AddFunction("getweakrefs", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		o, err := py.OneArg("getweakrefs", args, kwnames)
		if err != nil {
			return nil, err
		}
		if _, err := Collect(t); err != nil {
			return nil, err
		}
		l := py.NewList()
		if !Weakrefable(o) {
			return l, nil
		}
		if e := findEntry(o); e != nil {
			table.mu.Lock()
			refs := e.live()
			table.mu.Unlock()
			// CPython lists the shared plain reference and proxy first,
			// then the others, newest first.
			for _, r := range refs {
				if r.shared() {
					l.Items = append(l.Items, r)
				}
			}
			for i := len(refs) - 1; i >= 0; i-- {
				if !refs[i].shared() {
					l.Items = append(l.Items, refs[i])
				}
			}
		}
		return l, nil
	}, "getweakrefs(object) -- return a list of all weak reference objects\nthat point to 'object'.")
	m.AddFunction("proxy", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var o, cb py.Object
		if err := py.UnpackArgs("proxy", args, kwnames, 1, 2, &o, &cb); err != nil {
			return nil, err
		}
		kind := kindProxy
		typ := ProxyType
		if o.Type().Call != nil {
			kind, typ = kindCallableProxy, CallableProxyType
		}
		return newRef(t, typ, o, cb, kind)
	}, "proxy(object[, callback]) -- create a proxy object that weakly\nreferences 'object'.  'callback', if given, is called with a\nreference to the proxy when 'object' is about to be finalized.")
	m.AddFunction("_collect", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		n, err := Collect(t)
		if err != nil {
			return nil, err
		}
		return py.NewInt(int64(n)), nil
	}, "")
	return m, nil
}
