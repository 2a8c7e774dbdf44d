package py

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// Finalization: __del__ methods and the closing of dropped generators.
//
// Go's collector frees Taipan's objects, and it does not run Python code.
// So an object whose death must run some (an instance of a class that
// defines or inherits __del__, a generator suspended inside a try,
// except or with block) gets a Go finalizer (runtime.SetFinalizer, which
// keeps the object alive for it) that only queues the object on its
// interpreter (Interp.finals) and calls Interp.Wake. Wake sets the flag
// the evaluator already polls for interrupts (at frame entry and at
// backward jumps), so the queue is drained there by RunFinalizers on the
// interpreter's own goroutine, with no cost in the loop when nothing is
// queued. gc.collect() also runs the collector, waits for the finalizers
// it made due, and drains the queue (see CollectFinalizers).
//
// As in CPython 3.2, an exception raised by __del__ is printed on
// sys.stderr ("Exception RuntimeError: RuntimeError() in <bound method
// C.__del__ of <...>> ignored") and dropped, and a generator's close()
// runs its pending finally clauses. Differences from CPython:
//
//   - __del__ runs at the next collection after the object became
//     unreachable, not at once on its last `del` (call gc.collect() to be
//     sure, as CPython's own tests do).
//   - An object with __del__ that is part of a reference cycle (or refers
//     to itself) is never collected, like CPython 3.2's uncollectable
//     garbage, but it does not show in gc.garbage.
//   - __del__ runs at most once per object, even if it resurrects it.
//   - Whether a class has __del__ is decided when an instance is made:
//     a __del__ added to the class later does not apply to the instances
//     that exist already.
//   - Weak references to the object already return None while its
//     __del__ runs (Go clears weak pointers before finalizers run).
//   - Only instances made by object.__new__ are watched: instances of
//     subclasses of other built-in types (int, list, Exception...) with a
//     __del__ do not have it called.
//   - Nothing is finalized at interpreter exit (CPython 3.2 does not
//     promise it either).

// finalQueue is an interpreter's queue of objects due for finalization.
type finalQueue struct {
	mu      sync.Mutex
	objs    []Object
	pending atomic.Bool
	// watched counts the objects with a finalizer that have not been
	// queued yet.
	watched atomic.Int64
}

var strDel = InternStr("__del__")

// typeHasDel reports whether instances of typ have a __del__, cached on
// the type while its version tag stays the same.
func typeHasDel(typ *Type) bool {
	if v := typ.version; v != 0 && v == typ.delVersion {
		return typ.hasDel
	}
	return typeHasDelSlow(typ)
}

func typeHasDelSlow(typ *Type) bool {
	d := typ.Lookup(strDel) != nil
	typ.delVersion, typ.hasDel = typ.Version(), d
	return d
}

// watchInstance arranges for o's __del__ to run once o is unreachable,
// (its class has one: see typeHasDel). o must be a new instance.
func watchInstance(t *Thread, o *Instance) {
	interp := t.Interp
	interp.finals.watched.Add(1)
	runtime.SetFinalizer(o, func(o *Instance) { interp.queueFinal(o) })
}

// watchGenerator arranges for g to be closed once it is unreachable.
func watchGenerator(t *Thread, g *Generator) {
	g.watched = true
	// The frame's back pointer to g would keep g reachable from itself,
	// and Go never finalizes an object in a cycle.
	if g.Frame != nil {
		g.Frame.Gen = nil
	}
	interp := t.Interp
	interp.finals.watched.Add(1)
	runtime.SetFinalizer(g, func(g *Generator) { interp.queueFinal(g) })
}

// queueFinal runs on Go's finalizer goroutine: it queues o and wakes the
// interpreter.
func (interp *Interp) queueFinal(o Object) {
	q := &interp.finals
	q.mu.Lock()
	q.objs = append(q.objs, o)
	q.watched.Add(-1)
	q.pending.Store(true)
	q.mu.Unlock()
	if wake := interp.Wake; wake != nil {
		wake()
	}
}

// FinalizersPending reports whether objects are waiting for RunFinalizers.
func (interp *Interp) FinalizersPending() bool { return interp.finals.pending.Load() }

// RunFinalizers calls __del__ of the queued instances and closes the
// queued generators, reporting the exceptions they raise on sys.stderr.
// It returns how many objects it finalized.
func RunFinalizers(t *Thread) int {
	q := &t.Interp.finals
	n := 0
	for q.pending.Load() {
		q.mu.Lock()
		objs := q.objs
		q.objs = nil
		q.pending.Store(false)
		q.mu.Unlock()
		for i, o := range objs {
			objs[i] = nil
			finalize(t, o)
			n++
		}
	}
	return n
}

// finalize runs o's finalizer, leaving the thread's exception state as
// it found it.
func finalize(t *Thread, o Object) {
	saved, savedStop := t.ExcInfo, t.StopIteration
	defer func() { t.ExcInfo, t.StopIteration = saved, savedStop }()
	switch v := o.(type) {
	case *Generator:
		if v.Frame == nil || v.running {
			return
		}
		if err := v.Close(t); err != nil {
			WriteUnraisable(t, err, v)
		}
	case *Instance:
		del := v.typ.Lookup(strDel)
		if del == nil {
			return
		}
		meth := del
		if get := del.Type().DescrGet; get != nil {
			m, err := get(t, del, v, v.typ)
			if err != nil {
				WriteUnraisable(t, err, del)
				return
			}
			meth = m
		}
		if _, err := Call(t, meth, nil, nil); err != nil {
			WriteUnraisable(t, err, meth)
		}
	}
}

// CollectFinalizers runs Go's collector until the finalizers of the
// objects it found unreachable have queued them, then runs them
// (gc.collect). It returns how many objects it finalized.
func CollectFinalizers(t *Thread) int {
	q := &t.Interp.finals
	if q.watched.Load() == 0 && !q.pending.Load() {
		return 0
	}
	n := 0
	// Running a finalizer may make more objects due (what a collected
	// __del__ object referred to), so go round a few times while there
	// is progress.
	for round := 0; round < 4; round++ {
		runtime.GC()
		// Go queues the finalizers of one collection for its finalizer
		// goroutine, which takes them in batches and runs a batch in no
		// set order. A sentinel finalized by a later collection runs in
		// a later batch than those; a second one, made after the first
		// ran, runs after the first's batch is done.
		waitSentinel()
		waitSentinel()
		k := RunFinalizers(t)
		n += k
		if k == 0 || q.watched.Load() == 0 {
			break
		}
	}
	return n
}

// waitSentinel makes an object with a finalizer, collects it and waits
// for its finalizer to run.
func waitSentinel() {
	done := make(chan struct{})
	s := new(sentinel)
	runtime.SetFinalizer(s, func(*sentinel) { close(done) })
	s = nil
	runtime.GC()
	// The wait is bounded in case some other finalizer of the process
	// keeps the finalizer goroutine busy.
	timer := time.NewTimer(time.Second)
	select {
	case <-done:
	case <-timer.C:
	}
	timer.Stop()
}

type sentinel struct{ _ [2]*byte }

// WriteUnraisable reports an exception nobody can catch on sys.stderr, as
// CPython's PyErr_WriteUnraisable does: "Exception ValueError:
// ValueError('x',) in <function f at 0x...> ignored". Errors in doing so
// are dropped.
func WriteUnraisable(t *Thread, err error, where Object) {
	exc, ok := err.(*BaseException)
	if !ok || t.Interp.Sys == nil {
		return
	}
	name := exc.Type().Name
	if m := exc.Type().Module; m != "" && m != "builtins" {
		name = m + "." + name
	} else if exc.Type().IsHeapType() {
		if m, ok := exc.Type().Dict.GetStr(NewStr("__module__")).(*Str); ok && m.s != "builtins" {
			name = m.s + "." + name
		}
	}
	text := "Exception " + name
	// CPython prints the exception's value as it was raised: the
	// instance for a raise statement, the message for an error raised
	// in C. An exception of a built-in type with one str argument is
	// taken for the latter.
	// A KeyError raised in C has the tuple of the key as its value.
	var value Object = exc
	if !exc.Type().IsHeapType() && exc.Args != nil && len(exc.Args.Items) == 1 {
		if exc.Type() == KeyError {
			value = exc.Args
		} else if s, ok := exc.Args.Items[0].(*Str); ok {
			value = s
		}
	}
	if r, err := Repr(t, value); err == nil {
		text += ": " + r.String()
	}
	if where != nil {
		if r, err := Repr(t, where); err == nil {
			text += " in " + r.String()
		}
	}
	text += " ignored\n"
	stderr := t.Interp.Sys.Dict.GetStr(NewStr("stderr"))
	if stderr == nil || stderr == None {
		return
	}
	if w, err := GetAttr(t, stderr, NewStr("write")); err == nil {
		Call(t, w, []Object{NewStr(text)}, nil)
	}
}
