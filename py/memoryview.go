package py

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

// The buffer protocol and memoryview, as CPython 3.2 has them.
//
// An object with the buffer interface implements BufferExporter: it hands
// out its bytes themselves (not a copy), says whether they may be written,
// and, if it can change size, keeps a BufferExports counter of the views
// holding its bytes. While the counter is nonzero the object refuses to
// resize (BufferError), so a view's offsets stay valid. bytes, bytearray
// and memoryview export; array, mmap and io.BytesIO.getbuffer join in by
// implementing the same interface.
//
// CPython releases a view the moment its last reference goes; Go has no
// such moment, so a view that is dropped without release() gives its
// export back through a runtime cleanup, and a resize that finds exports
// outstanding first runs a collection to let dead views go (see
// BufferExports.Check).

// BufferExporter is an object with the buffer interface (CPython's
// tp_as_buffer).
type BufferExporter interface {
	Object
	// BufferBytes returns the exported bytes, not a copy. They may be
	// written only when BufferReadOnly is false, and are valid as long as
	// the object does not resize (hold an export to prevent that).
	BufferBytes() []byte
	// BufferReadOnly reports whether the bytes must not be written.
	BufferReadOnly() bool
	// BufferExports returns the counter of exports that keep the object
	// from resizing, or nil for an object whose size never changes.
	BufferExports() *BufferExports
}

// BufferFormatter is implemented by an exporter whose items are not
// unsigned bytes (array.array): the struct-module format of one item and
// its size in bytes.
type BufferFormatter interface {
	BufferFormat() (format string, itemsize int)
}

// BufferExports counts the views that hold an object's bytes.
type BufferExports struct {
	n atomic.Int32
	// falseAlarms counts the resizes that found exports outstanding only
	// because dropped views had not been collected yet.
	falseAlarms int
}

// bufferFalseAlarmLimit is how many false alarms an exporter may cost a
// collection before its resizes stop looking for live views: a program
// that keeps dropping views of a buffer it then resizes is not one that
// relies on the BufferError, and a collection per resize is too slow.
const bufferFalseAlarmLimit = 3

// Active reports whether any view holds the bytes.
func (e *BufferExports) Active() bool { return e != nil && e.n.Load() > 0 }

// Check returns the BufferError of an object asked to resize while views
// hold its bytes; nil when none does. Views dropped without release()
// are given a chance to go first (a garbage collection).
func (e *BufferExports) Check() error {
	if e == nil || e.n.Load() == 0 || e.falseAlarms >= bufferFalseAlarmLimit {
		return nil
	}
	runtime.GC()
	// Cleanups run on their own goroutine after the collection.
	for i := 0; i < 100 && e.n.Load() > 0; i++ {
		if i < 50 {
			runtime.Gosched()
		} else {
			time.Sleep(20 * time.Microsecond)
		}
	}
	if e.n.Load() > 0 {
		return Errorf(BufferError, "Existing exports of data: object cannot be re-sized")
	}
	e.falseAlarms++
	return nil
}

// bufferExport is one view's hold on an exporter's counter; released
// once, by release() or by the runtime cleanup of a dropped view.
type bufferExport struct {
	exports *BufferExports
	done    atomic.Bool
}

func (x *bufferExport) release() {
	if x.done.CompareAndSwap(false, true) {
		x.exports.n.Add(-1)
	}
}

// GetBuffer returns the bytes o exports (not a copy), as CPython's
// PyObject_GetBuffer: TypeError for an object without the buffer
// interface, BufferError when writable bytes are asked of a read-only
// object, ValueError for a released memoryview.
func GetBuffer(o Object, writable bool) ([]byte, error) {
	switch v := o.(type) {
	case *Bytes:
		if writable {
			return nil, Errorf(BufferError, "Object is not writable.")
		}
		return v.BufferBytes(), nil
	case *ByteArray:
		return v.b, nil
	case *MemoryView:
		if v.obj == nil {
			return nil, errReleasedView()
		}
		if writable && v.readonly {
			return nil, Errorf(BufferError, "Object is not writable.")
		}
		return v.BufferBytes(), nil
	case BufferExporter:
		if writable && v.BufferReadOnly() {
			return nil, Errorf(BufferError, "Object is not writable.")
		}
		return v.BufferBytes(), nil
	}
	return nil, Errorf(TypeError, "'%s' does not support the buffer interface", o.Type().Name)
}

// HasBuffer reports whether o has the buffer interface
// (PyObject_CheckBuffer).
func HasBuffer(o Object) bool {
	_, ok := o.(BufferExporter)
	return ok
}

// MemoryView is a memoryview: a view of the bytes of a buffer exporter,
// from byte off for n bytes.
type MemoryView struct {
	obj      BufferExporter // the exporter; nil once released
	off, n   int
	itemsize int
	format   string
	readonly bool
	export   *bufferExport // the hold on obj's exports, if it counts them
	cleanup  runtime.Cleanup
}

// MemoryViewType is memoryview.
var MemoryViewType = &Type{Name: "memoryview"}

// Type returns memoryview.
func (m *MemoryView) Type() *Type { return MemoryViewType }

// NewMemoryView returns memoryview(o): TypeError if o has no buffer
// interface.
func NewMemoryView(o Object) (*MemoryView, error) {
	switch v := o.(type) {
	case *MemoryView:
		if v.obj == nil {
			return nil, errReleasedView()
		}
		return newView(v.obj, v.off, v.n, v.format, v.itemsize, v.readonly), nil
	case BufferExporter:
		format, itemsize := "B", 1
		if f, ok := o.(BufferFormatter); ok {
			format, itemsize = f.BufferFormat()
		}
		return newView(v, 0, len(v.BufferBytes()), format, itemsize, v.BufferReadOnly()), nil
	}
	return nil, Errorf(TypeError, "cannot make memory view because object does not have the buffer interface")
}

// newView makes a view of obj and takes an export on it.
func newView(obj BufferExporter, off, n int, format string, itemsize int, readonly bool) *MemoryView {
	m := &MemoryView{obj: obj, off: off, n: n, format: format, itemsize: itemsize, readonly: readonly}
	if ex := obj.BufferExports(); ex != nil {
		ex.n.Add(1)
		m.export = &bufferExport{exports: ex}
		m.cleanup = runtime.AddCleanup(m, (*bufferExport).release, m.export)
	}
	return m
}

// Release releases the view (memoryview.release()); a second call does
// nothing.
func (m *MemoryView) Release() {
	if m.obj == nil {
		return
	}
	m.obj = nil
	if m.export != nil {
		m.cleanup.Stop()
		m.export.release()
		m.export = nil
	}
}

// BufferBytes returns the bytes seen through the view (nil once
// released).
func (m *MemoryView) BufferBytes() []byte {
	if m.obj == nil {
		return nil
	}
	b := m.obj.BufferBytes()
	// The exporter may have shrunk under a view it no longer counts (see
	// bufferFalseAlarmLimit): the view sees what is left.
	lo, hi := m.off, m.off+m.n
	if hi > len(b) {
		hi = len(b)
		if lo > hi {
			lo = hi
		}
	}
	return b[lo:hi:hi]
}

// BufferReadOnly reports whether the view is read-only.
func (m *MemoryView) BufferReadOnly() bool { return m.readonly }

// BufferExports returns nil: a view of a view holds the exporter
// underneath, as in CPython 3.2.
func (m *MemoryView) BufferExports() *BufferExports { return nil }

// BufferFormat returns the view's item format and size.
func (m *MemoryView) BufferFormat() (string, int) { return m.format, m.itemsize }

func errReleasedView() error {
	return Errorf(ValueError, "operation forbidden on released memoryview object")
}

// live returns the view's bytes, or the ValueError of a released view.
func (m *MemoryView) live() ([]byte, error) {
	if m.obj == nil {
		return nil, errReleasedView()
	}
	return m.BufferBytes(), nil
}

func memoryViewNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	var o Object
	if err := ParseArgs("memoryview", args, kwnames, memoryViewKwlist, 1, &o); err != nil {
		return nil, err
	}
	return NewMemoryView(o)
}

var memoryViewKwlist = []string{"object"}

func memoryViewRepr(t *Thread, o Object) (Object, error) {
	m := o.(*MemoryView)
	if m.obj == nil {
		return NewStr(fmt.Sprintf("<released memory at %p>", m)), nil
	}
	return NewStr(fmt.Sprintf("<memory at %p>", m)), nil
}

func memoryViewLen(t *Thread, o Object) (int, error) {
	b, err := o.(*MemoryView).live()
	if err != nil {
		return 0, err
	}
	return len(b) / o.(*MemoryView).itemsize, nil
}

// memoryViewIndex converts an index of m[i] (clamped as CPython does)
// and checks it against the view's length.
func memoryViewIndex(t *Thread, n int, key Object) (int, error) {
	i, err := asSsize(t, key, nil)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(IndexError, "index out of bounds")
	}
	return i, nil
}

func memoryViewGetItem(t *Thread, o, key Object) (Object, error) {
	m := o.(*MemoryView)
	b, err := m.live()
	if err != nil {
		return nil, err
	}
	if hasIndex(key) {
		i, err := memoryViewIndex(t, len(b)/m.itemsize, key)
		if err != nil {
			return nil, err
		}
		return NewBytes(string(b[i*m.itemsize : (i+1)*m.itemsize])), nil
	}
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := sl.Indices(t, len(b)/m.itemsize)
		if err != nil {
			return nil, err
		}
		if step != 1 {
			return nil, NewException(NotImplementedError)
		}
		if n < 0 {
			n = 0
		}
		return newView(m.obj, m.off+start*m.itemsize, n*m.itemsize, m.format, m.itemsize, m.readonly), nil
	}
	return nil, Errorf(TypeError, "cannot index memory using \"%s\"", key.Type().Name)
}

func memoryViewSetItem(t *Thread, o, key, value Object) error {
	m := o.(*MemoryView)
	b, err := m.live()
	if err != nil {
		return err
	}
	if m.readonly {
		return Errorf(TypeError, "cannot modify read-only memory")
	}
	if value == nil {
		return Errorf(TypeError, "cannot delete memory")
	}
	var start, n int
	if hasIndex(key) {
		if start, err = memoryViewIndex(t, len(b)/m.itemsize, key); err != nil {
			return err
		}
		n = 1
	} else if sl, ok := key.(*Slice); ok {
		var step int
		if start, _, step, n, err = sl.Indices(t, len(b)/m.itemsize); err != nil {
			return err
		}
		if step != 1 {
			return NewException(NotImplementedError)
		}
		if n < 0 {
			n = 0
		}
	} else {
		return Errorf(TypeError, "cannot index memory using \"%s\"", key.Type().Name)
	}
	src, err := GetBuffer(value, false)
	if err != nil {
		return err
	}
	srcItem := 1
	if f, ok := value.(BufferFormatter); ok {
		_, srcItem = f.BufferFormat()
	}
	if srcItem != m.itemsize {
		return Errorf(TypeError, "mismatching item sizes for \"%s\" and \"%s\"", m.obj.Type().Name, bufferOwner(value).Type().Name)
	}
	if len(src) != n*m.itemsize {
		return Errorf(ValueError, "cannot modify size of memoryview object")
	}
	copy(b[start*m.itemsize:], src) // copy handles overlapping views
	return nil
}

// bufferOwner is the object a buffer's bytes belong to: the exporter
// underneath a memoryview.
func bufferOwner(o Object) Object {
	if m, ok := o.(*MemoryView); ok && m.obj != nil {
		return m.obj
	}
	return o
}

func memoryViewRichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	if op != EQ && op != NE {
		return NotImplemented, nil
	}
	ma, okA := a.(*MemoryView)
	mb, okB := b.(*MemoryView)
	var equal bool
	if (okA && ma.obj == nil) || (okB && mb.obj == nil) {
		equal = a == b
	} else {
		x, err := GetBuffer(a, false)
		if err != nil {
			return NotImplemented, nil
		}
		y, err := GetBuffer(b, false)
		if err != nil {
			return NotImplemented, nil
		}
		equal = bufferItemSize(a) == bufferItemSize(b) && string(x) == string(y)
	}
	return NewBool(equal == (op == EQ)), nil
}

func bufferItemSize(o Object) int {
	if f, ok := o.(BufferFormatter); ok {
		_, n := f.BufferFormat()
		return n
	}
	return 1
}

func memoryViewToBytes(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("tobytes", args, kwnames); err != nil {
		return nil, err
	}
	b, err := self.(*MemoryView).live()
	if err != nil {
		return nil, err
	}
	return NewBytes(string(b)), nil
}

func memoryViewToList(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("tolist", args, kwnames); err != nil {
		return nil, err
	}
	m := self.(*MemoryView)
	b, err := m.live()
	if err != nil {
		return nil, err
	}
	if m.format != "B" || m.itemsize != 1 {
		return nil, Errorf(NotImplementedError, "tolist() only supports byte views")
	}
	items := make([]Object, len(b))
	for i, c := range b {
		items[i] = NewInt(int64(c))
	}
	return NewList(items...), nil
}

func memoryViewRelease(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("release", args, kwnames); err != nil {
		return nil, err
	}
	self.(*MemoryView).Release()
	return None, nil
}

func memoryViewEnter(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__enter__", args, kwnames); err != nil {
		return nil, err
	}
	if self.(*MemoryView).obj == nil {
		return nil, errReleasedView()
	}
	return self, nil
}

func memoryViewExit(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoKeywords("__exit__", kwnames); err != nil {
		return nil, err
	}
	self.(*MemoryView).Release()
	return None, nil
}

// memoryViewGetter makes the getter of an attribute of a live view.
func memoryViewGetter(get func(m *MemoryView) Object) func(t *Thread, self Object) (Object, error) {
	return func(t *Thread, self Object) (Object, error) {
		m := self.(*MemoryView)
		if m.obj == nil {
			return nil, errReleasedView()
		}
		return get(m), nil
	}
}

func init() {
	MemoryViewType.Doc = "memoryview(object)\n\nCreate a new memoryview object which references the given object."
	MemoryViewType.New = memoryViewNew
	MemoryViewType.Repr = memoryViewRepr
	MemoryViewType.Len = memoryViewLen
	MemoryViewType.GetItem = memoryViewGetItem
	MemoryViewType.SetItem = memoryViewSetItem
	MemoryViewType.RichCompare = memoryViewRichCompare
	MemoryViewType.AddMethods(
		MethodDef{Name: "release", Fn: memoryViewRelease, Doc: "M.release() -> None\n\nRelease the underlying buffer exposed by the memoryview object."},
		MethodDef{Name: "tobytes", Fn: memoryViewToBytes, Doc: "M.tobytes() -> bytes\n\nReturn the data in the buffer as a byte string."},
		MethodDef{Name: "tolist", Fn: memoryViewToList, Doc: "M.tolist() -> list\n\nReturn the data in the buffer as a list of elements."},
		MethodDef{Name: "__enter__", Fn: memoryViewEnter},
		MethodDef{Name: "__exit__", Fn: memoryViewExit},
	)
	MemoryViewType.AddGetSets(
		GetSetDef{Name: "format", Get: memoryViewGetter(func(m *MemoryView) Object { return NewStr(m.format) }),
			Doc: "A string containing the format (in struct module style)\n for each element in the view."},
		GetSetDef{Name: "itemsize", Get: memoryViewGetter(func(m *MemoryView) Object { return NewInt(int64(m.itemsize)) }),
			Doc: "The size in bytes of each element of the memoryview."},
		GetSetDef{Name: "shape", Get: memoryViewGetter(func(m *MemoryView) Object { return NewTuple(NewInt(int64(m.n / m.itemsize))) }),
			Doc: "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array."},
		GetSetDef{Name: "strides", Get: memoryViewGetter(func(m *MemoryView) Object { return NewTuple(NewInt(int64(m.itemsize))) }),
			Doc: "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array."},
		GetSetDef{Name: "suboffsets", Get: memoryViewGetter(func(m *MemoryView) Object { return None }),
			Doc: "A tuple of integers used internally for PIL-style arrays."},
		GetSetDef{Name: "readonly", Get: memoryViewGetter(func(m *MemoryView) Object { return NewBool(m.readonly) }),
			Doc: "A bool indicating whether the memory is read only."},
		GetSetDef{Name: "ndim", Get: memoryViewGetter(func(m *MemoryView) Object { return NewInt(1) }),
			Doc: "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents."},
	)
}
