// Package gcmod is the gc module. Taipan's memory is managed by Go's
// garbage collector, which has no generations, counts or thresholds to
// tune and frees cycles as readily as anything else, so most of CPython
// 3.2's interface here is bookkeeping with the same names, arguments and
// errors:
//
//   - collect() runs Go's collector (runtime.GC) and then the callbacks
//     of the weak references whose referents it freed (see
//     modules/weakrefmod); it returns how many such referents died. Taipan
//     has no __del__ methods (Go's collector does not run Python code),
//     so gc.garbage stays empty.
//   - enable/disable/isenabled keep a flag only: disabling Go's collector
//     would let memory grow without bound, since Taipan has no reference
//     counting to free objects in between.
//   - get_count is always (0, 0, 0); get_threshold/set_threshold keep the
//     values given (700, 10, 10 at first); get_debug/set_debug the flags.
//   - get_objects returns [] (the Go heap cannot be walked), get_referrers
//     returns [] for the same reason, and get_referents knows the
//     contents of the built-in containers and the __dict__ of instances.
//   - is_tracked answers as CPython 3.2 does for the common types: False
//     for atomic values (numbers, strings, bytes, None, plain object()
//     instances), built-in types, empty tuples, and dicts holding only
//     atomic values.
package gcmod

import (
	"sync"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/modules/weakrefmod"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("gc", newModule) }

const (
	debugStats         = 1
	debugCollectable   = 2
	debugUncollectable = 4
	debugSaveAll       = 32
	debugLeak          = debugCollectable | debugUncollectable | debugSaveAll
)

type state struct {
	mu        sync.Mutex
	enabled   bool
	debug     int64
	threshold [3]int64
}

func newModule(t *py.Thread) (*py.Module, error) {
	st := &state{enabled: true, threshold: [3]int64{700, 10, 10}}
	m := py.NewModule("gc")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("This module provides access to the garbage collector for reference cycles.\n\n"+
		"enable() -- Enable automatic garbage collection.\n"+
		"disable() -- Disable automatic garbage collection.\n"+
		"isenabled() -- Returns true if automatic collection is enabled.\n"+
		"collect() -- Do a full collection right now.\n"+
		"get_count() -- Return the current collection counts.\n"+
		"set_debug() -- Set debugging flags.\n"+
		"get_debug() -- Get debugging flags.\n"+
		"set_threshold() -- Set the collection thresholds.\n"+
		"get_threshold() -- Return the current the collection thresholds.\n"+
		"get_objects() -- Return a list of all objects tracked by the collector.\n"+
		"is_tracked() -- Returns true if a given object is tracked.\n"+
		"get_referrers() -- Return the list of objects that refer to an object.\n"+
		"get_referents() -- Return the list of objects that an object refers to.\n"))
	for _, c := range []struct {
		name string
		v    int64
	}{
		{"DEBUG_STATS", debugStats}, {"DEBUG_COLLECTABLE", debugCollectable},
		{"DEBUG_UNCOLLECTABLE", debugUncollectable}, {"DEBUG_SAVEALL", debugSaveAll},
		{"DEBUG_LEAK", debugLeak},
	} {
		m.Dict.SetStr(py.NewStr(c.name), py.NewInt(c.v))
	}
	m.Dict.SetStr(py.NewStr("garbage"), py.NewList())

	m.AddFunction("collect", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var gen py.Object
		if err := py.ParseArgs("collect", args, kwnames, []string{"generation"}, 0, &gen); err != nil {
			return nil, err
		}
		if gen != nil {
			g, err := py.ArgInt(t, gen)
			if err != nil {
				return nil, err
			}
			if g < 0 || g > 2 {
				return nil, py.Errorf(py.ValueError, "invalid generation")
			}
		}
		n, err := weakrefmod.Collect(t)
		if err != nil {
			return nil, err
		}
		return py.NewInt(int64(n)), nil
	}, "collect([generation]) -> n\n\nWith no arguments, run a full collection.  The optional argument\nmay be an integer specifying which generation to collect.  A ValueError\nis raised if the generation number is invalid.\n\nThe number of unreachable objects is returned.\n")
	flag := func(name string, v bool, doc string) {
		m.AddFunction(name, func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
			if err := py.NoArgs(name, args, kwnames); err != nil {
				return nil, err
			}
			st.mu.Lock()
			st.enabled = v
			st.mu.Unlock()
			return py.None, nil
		}, doc)
	}
	flag("enable", true, "enable() -> None\n\nEnable automatic garbage collection.\n")
	flag("disable", false, "disable() -> None\n\nDisable automatic garbage collection.\n")
	m.AddFunction("isenabled", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("isenabled", args, kwnames); err != nil {
			return nil, err
		}
		st.mu.Lock()
		defer st.mu.Unlock()
		return py.NewBool(st.enabled), nil
	}, "isenabled() -> status\n\nReturns true if automatic garbage collection is enabled.\n")
	m.AddFunction("get_count", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("get_count", args, kwnames); err != nil {
			return nil, err
		}
		return py.NewTuple(py.NewInt(0), py.NewInt(0), py.NewInt(0)), nil
	}, "get_count() -> (count0, count1, count2)\n\nReturn the current collection counts\n")
	m.AddFunction("get_threshold", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("get_threshold", args, kwnames); err != nil {
			return nil, err
		}
		st.mu.Lock()
		defer st.mu.Unlock()
		return py.NewTuple(py.NewInt(st.threshold[0]), py.NewInt(st.threshold[1]), py.NewInt(st.threshold[2])), nil
	}, "get_threshold() -> (threshold0, threshold1, threshold2)\n\nReturn the current collection thresholds\n")
	m.AddFunction("set_threshold", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var a, b, c py.Object
		if err := py.ParseTuple("set_threshold", args, kwnames, 1, 3, &a, &b, &c); err != nil {
			return nil, err
		}
		var vals [3]int64
		st.mu.Lock()
		vals = st.threshold
		st.mu.Unlock()
		for i, o := range []py.Object{a, b, c} {
			if o == nil {
				continue
			}
			v, err := py.ArgInt(t, o)
			if err != nil {
				return nil, err
			}
			vals[i] = int64(v)
		}
		st.mu.Lock()
		st.threshold = vals
		st.mu.Unlock()
		return py.None, nil
	}, "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n")
	m.AddFunction("get_debug", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("get_debug", args, kwnames); err != nil {
			return nil, err
		}
		st.mu.Lock()
		defer st.mu.Unlock()
		return py.NewInt(st.debug), nil
	}, "get_debug() -> flags\n\nGet the garbage collection debugging flags.\n")
	m.AddFunction("set_debug", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		var a py.Object
		if err := py.ParseTuple("set_debug", args, kwnames, 1, 1, &a); err != nil {
			return nil, err
		}
		v, err := py.ArgInt(t, a)
		if err != nil {
			return nil, err
		}
		st.mu.Lock()
		st.debug = int64(v)
		st.mu.Unlock()
		return py.None, nil
	}, "set_debug(flags) -> None\n\nSet the garbage collection debugging flags. Debugging information is\nwritten to sys.stderr.\n")
	m.AddFunction("get_objects", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("get_objects", args, kwnames); err != nil {
			return nil, err
		}
		return py.NewList(), nil
	}, "get_objects() -> [...]\n\nReturn a list of objects tracked by the collector (excluding the list\nreturned).\n")
	m.AddFunction("get_referrers", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoKwargs("get_referrers", kwnames); err != nil {
			return nil, err
		}
		return py.NewList(), nil
	}, "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs.")
	m.AddFunction("get_referents", getReferents, "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs.")
	m.AddFunction("is_tracked", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		o, err := py.OneArg("is_tracked", args, kwnames)
		if err != nil {
			return nil, err
		}
		return py.NewBool(isTracked(o)), nil
	}, "is_tracked(obj) -> bool\n\nReturns true if the object is tracked by the garbage collector.\nSimple atomic objects will return false.\n")
	return m, nil
}

// atomic reports whether CPython's collector never tracks o.
func atomic(o py.Object) bool {
	switch o.(type) {
	case *py.Int, *py.Float, *py.Complex, *py.Str, *py.Bytes, *py.ByteArray, *py.Range, *py.Slice:
		return true
	}
	return o == py.None || o.Type() == py.ObjectType
}

func isTracked(o py.Object) bool {
	if atomic(o) {
		return false
	}
	switch v := o.(type) {
	case *py.Type:
		// Static (built-in) types are not tracked, classes are.
		return v.Flags&py.FlagHeapType != 0
	case *py.Tuple:
		return len(v.Items) > 0
	case *py.Dict:
		tracked := false
		v.Range(func(k, val py.Object) bool {
			if !atomic(k) || !atomic(val) {
				tracked = true
				return false
			}
			return true
		})
		return tracked
	}
	return true
}

func getReferents(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("get_referents", kwnames); err != nil {
		return nil, err
	}
	out := py.NewList()
	add := func(o py.Object) {
		if o != nil {
			out.Items = append(out.Items, o)
		}
	}
	for _, o := range args {
		switch v := o.(type) {
		case *py.List:
			out.Items = append(out.Items, v.Items...)
			continue
		case *py.Tuple:
			out.Items = append(out.Items, v.Items...)
			continue
		case *py.Dict:
			v.Range(func(k, val py.Object) bool {
				add(k)
				add(val)
				return true
			})
			continue
		}
		if it, err := setItems(t, o); err == nil && it != nil {
			out.Items = append(out.Items, it...)
			continue
		}
		if atomic(o) {
			continue
		}
		add(o.Type())
		if d, err := py.LookupAttr(t, o, py.NewStr("__dict__")); err == nil && d != nil {
			if _, ok := d.(*py.Dict); ok {
				add(d)
			}
		}
	}
	return out, nil
}

// setItems returns the members of a set or frozenset, nil for anything
// else.
func setItems(t *py.Thread, o py.Object) ([]py.Object, error) {
	if !o.Type().IsSubtype(py.SetType) && !o.Type().IsSubtype(py.FrozenSetType) {
		return nil, nil
	}
	it, err := py.Iter(t, o)
	if err != nil {
		return nil, err
	}
	var items []py.Object
	for {
		v, err := py.Next(t, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return items, nil
		}
		items = append(items, v)
	}
}
