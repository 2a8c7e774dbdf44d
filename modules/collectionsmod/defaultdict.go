package collectionsmod

import (
	"sync"

	"github.com/taipan-py/taipan/py"
)

// DefaultDictType is collections.defaultdict: a subclass of dict whose
// instances are *py.Dict values whose ext names the class and carries the
// default_factory (ExtValue), so every dict operation works on them
// unchanged and only a missing key reaches this package (__missing__).
var DefaultDictType = &py.Type{Name: "defaultdict", Module: "collections", Base: py.DictType, Flags: py.FlagBaseType}

func factoryOf(o py.Object) py.Object {
	d := o.(*py.Dict)
	if f := d.ExtValue(); f != nil {
		return f
	}
	return py.None
}

func ddNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	// dict's New records typ in the new dict's ext (typ is not dict).
	return py.DictType.New(t, typ, args, kwnames)
}

func ddInit(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) error {
	d := self.(*py.Dict)
	var factory py.Object = py.None
	if py.NumPos(args, kwnames) > 0 {
		factory = args[0]
		if factory != py.None && factory.Type().Call == nil {
			return py.Errorf(py.TypeError, "first argument must be callable")
		}
		args = args[1:]
	}
	if err := py.DictType.Init(t, self, args, kwnames); err != nil {
		return err
	}
	d.SetExtValue(factory)
	return nil
}

func ddMissing(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	key, err := py.OneArg("__missing__", args, kwnames)
	if err != nil {
		return nil, err
	}
	factory := factoryOf(self)
	if factory == py.None {
		return nil, py.NewException(py.KeyError, key)
	}
	v, err := py.Call(t, factory, nil, nil)
	if err != nil {
		return nil, err
	}
	if err := py.SetItem(t, self, key, v); err != nil {
		return nil, err
	}
	return v, nil
}

// inRepr holds the defaultdicts whose factory is being printed, so that
// a factory whose repr prints the dict again (a bound method of it) shows
// as "...", as CPython's Py_ReprEnter on the factory makes it. The marks
// last only while a repr runs; objects are never shared between
// interpreters, so one table serves them all.
var inRepr struct {
	sync.Mutex
	m map[*py.Dict]bool
}

func markRepr(d *py.Dict, on bool) (wasOn bool) {
	inRepr.Lock()
	defer inRepr.Unlock()
	wasOn = inRepr.m[d]
	if on {
		if inRepr.m == nil {
			inRepr.m = map[*py.Dict]bool{}
		}
		inRepr.m[d] = true
	} else {
		delete(inRepr.m, d)
	}
	return wasOn
}

func ddRepr(t *py.Thread, self py.Object) (py.Object, error) {
	base, err := py.DictType.Repr(t, self)
	if err != nil {
		return nil, err
	}
	d := self.(*py.Dict)
	factory := factoryOf(self)
	var fs string
	switch {
	case factory == self:
		// A dict that is its own factory: CPython marks it as being
		// printed while printing the factory, so the inner repr is all
		// ellipses.
		fs = "defaultdict(..., {...})"
	case factory == py.None:
		fs = "None"
	default:
		if markRepr(d, true) {
			fs = "..."
			break
		}
		if err := t.Enter(); err != nil {
			markRepr(d, false)
			return nil, err
		}
		s, err := py.Repr(t, factory)
		t.Leave()
		markRepr(d, false)
		if err != nil {
			return nil, err
		}
		fs = s.String()
	}
	return py.NewStr("defaultdict(" + fs + ", " + base.(*py.Str).String() + ")"), nil
}

func ddCopy(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("copy", args, kwnames); err != nil {
		return nil, err
	}
	return py.Call(t, self.Type(), []py.Object{factoryOf(self), self}, nil)
}

var strItems = py.NewStr("items")

func ddReduce(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("__reduce__", args, kwnames); err != nil {
		return nil, err
	}
	var cargs *py.Tuple
	if f := factoryOf(self); f == py.None {
		cargs = py.NewTuple()
	} else {
		cargs = py.NewTuple(f)
	}
	m, err := py.GetAttr(t, self, strItems)
	if err != nil {
		return nil, err
	}
	items, err := py.Call(t, m, nil, nil)
	if err != nil {
		return nil, err
	}
	it, err := py.Iter(t, items)
	if err != nil {
		return nil, err
	}
	return py.NewTuple(self.Type(), cargs, py.None, py.None, it), nil
}

func init() {
	DefaultDictType.Doc = "defaultdict(default_factory[, ...]) --> a dict that fills in a missing key\n\n" +
		"Looking up a missing key with d[key] stores and returns default_factory()."
	DefaultDictType.New = ddNew
	DefaultDictType.Init = ddInit
	DefaultDictType.Repr = ddRepr
	DefaultDictType.AddMethods(
		py.MethodDef{Name: "__missing__", Fn: ddMissing, Doc: "Store and return default_factory() under key (KeyError without a factory)."},
		py.MethodDef{Name: "copy", Fn: ddCopy, Doc: "A shallow copy, with the same default_factory."},
		py.MethodDef{Name: "__copy__", Fn: ddCopy, Doc: "A shallow copy, with the same default_factory."},
		py.MethodDef{Name: "__reduce__", Fn: ddReduce, Doc: "Pickling support."},
	)
	DefaultDictType.AddGetSets(py.GetSetDef{Name: "default_factory",
		Get: func(t *py.Thread, self py.Object) (py.Object, error) { return factoryOf(self), nil },
		Set: func(t *py.Thread, self, value py.Object) error {
			self.(*py.Dict).SetExtValue(value)
			return nil
		},
		Doc: "The function __missing__ calls to make a value (None: no default)."})
}
