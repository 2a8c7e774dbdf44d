// Package functoolsmod is the _functools module of CPython 3.2: the
// partial type and reduce, written in Go. The functools module (in
// lib/python) imports them from here. It registers itself with the
// builtins package's module table; modules/all links it in.
package functoolsmod

import (
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("_functools", newModule) }

// PartialType is functools.partial.
var PartialType = &py.Type{Name: "partial", Module: "functools", Flags: py.FlagBaseType | py.FlagHasDict | py.FlagWeakrefable}

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_functools")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("The native part of functools: partial and reduce."))
	m.Dict.SetStr(py.NewStr("partial"), PartialType)
	m.AddFunction("reduce", reduce, "reduce(function, sequence[, initial]) -> value\n\n"+
		"Fold the items of sequence, left to right, with the two-argument function,\n"+
		"starting from initial when it is given (and returning it for no items).")
	return m, nil
}

// Partial is a partial object: fn called with args before the call's
// positional arguments, and kw (a dict, or None) under its keywords.
type Partial struct {
	py.Ext // always present: it holds the instance __dict__
	fn     py.Object
	args   py.Object // a tuple, unless __setstate__ said otherwise
	kw     py.Object // a dict or None
}

// Type returns partial, or the subclass.
func (p *Partial) Type() *py.Type { return p.ExtType() }

func partialNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	npos := py.NumPos(args, kwnames)
	if npos < 1 {
		return nil, py.Errorf(py.TypeError, "type 'partial' takes at least one argument")
	}
	fn := args[0]
	if fn.Type().Call == nil {
		return nil, py.Errorf(py.TypeError, "the first argument must be callable")
	}
	p := &Partial{Ext: py.NewExt(typ, nil), fn: fn, args: py.NewTuple(append([]py.Object(nil), args[1:npos]...)...), kw: py.None}
	if kwnames != nil {
		d := py.NewDictSize(len(kwnames.Items))
		for i, k := range kwnames.Items {
			d.SetStr(k.(*py.Str), args[npos+i])
		}
		p.kw = d
	}
	return p, nil
}

func partialCall(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	p := self.(*Partial)
	stored, ok := p.args.(*py.Tuple)
	if !ok {
		return nil, py.Errorf(py.TypeError, "partial arguments must be a tuple")
	}
	kw, _ := p.kw.(*py.Dict)
	if len(stored.Items) == 0 && (kw == nil || kw.Len() == 0) {
		return py.Call(t, p.fn, args, kwnames)
	}
	npos := py.NumPos(args, kwnames)
	if kw == nil || kw.Len() == 0 {
		all := make([]py.Object, 0, len(stored.Items)+len(args))
		all = append(all, stored.Items...)
		all = append(all, args...)
		return py.Call(t, p.fn, all, kwnames)
	}
	// Merge the stored keywords with the call's, the call's winning.
	merged := kw.Copy()
	if kwnames != nil {
		for i, k := range kwnames.Items {
			if err := merged.SetItem(t, k, args[npos+i]); err != nil {
				return nil, err
			}
		}
	}
	all := make([]py.Object, 0, len(stored.Items)+npos+merged.Len())
	all = append(all, stored.Items...)
	all = append(all, args[:npos]...)
	names := make([]py.Object, 0, merged.Len())
	var err error
	merged.Range(func(k, v py.Object) bool {
		if _, ok := k.(*py.Str); !ok {
			err = py.Errorf(py.TypeError, "keywords must be strings")
			return false
		}
		names = append(names, k)
		all = append(all, v)
		return true
	})
	if err != nil {
		return nil, err
	}
	return py.Call(t, p.fn, all, py.NewTuple(names...))
}

func partialRepr(t *py.Thread, self py.Object) (py.Object, error) {
	p := self.(*Partial)
	fs, err := py.Repr(t, p.fn)
	if err != nil {
		return nil, err
	}
	b := []byte(p.Type().QualifiedName())
	if p.Type().IsHeapType() {
		b = []byte(p.Type().Name)
	}
	b = append(b, '(')
	b = append(b, fs.String()...)
	if tup, ok := p.args.(*py.Tuple); ok {
		for _, a := range tup.Items {
			s, err := py.Repr(t, a)
			if err != nil {
				return nil, err
			}
			b = append(b, ", "...)
			b = append(b, s.String()...)
		}
	}
	if kw, ok := p.kw.(*py.Dict); ok {
		var err error
		kw.Range(func(k, v py.Object) bool {
			var ks, vs *py.Str
			if ks, err = py.StrOf(t, k); err != nil {
				return false
			}
			if vs, err = py.Repr(t, v); err != nil {
				return false
			}
			b = append(b, ", "...)
			b = append(b, ks.String()...)
			b = append(b, '=')
			b = append(b, vs.String()...)
			return true
		})
		if err != nil {
			return nil, err
		}
	}
	b = append(b, ')')
	return py.NewStr(string(b)), nil
}

func partialReduce(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("__reduce__", args, kwnames); err != nil {
		return nil, err
	}
	p := self.(*Partial)
	var d py.Object = py.None
	if pd := py.InstanceDict(p); pd != nil && pd.Len() > 0 {
		d = pd
	}
	return py.NewTuple(p.Type(), py.NewTuple(p.fn), py.NewTuple(p.fn, p.args, p.kw, d)), nil
}

func partialSetState(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	state, err := py.OneArg("__setstate__", args, kwnames)
	if err != nil {
		return nil, err
	}
	st, ok := state.(*py.Tuple)
	if !ok {
		// CPython parses the state with PyArg_ParseTuple, which says this.
		return nil, py.Errorf(py.SystemError, "new style getargs format but argument is not a tuple")
	}
	var fn, fnargs, kw, d py.Object
	if err := py.CheckArgCount("", len(st.Items), 4, 4); err != nil {
		return nil, err
	}
	fn, fnargs, kw, d = st.Items[0], st.Items[1], st.Items[2], st.Items[3]
	p := self.(*Partial)
	p.fn, p.args, p.kw = fn, fnargs, kw
	if dd, ok := d.(*py.Dict); ok {
		py.SetInstanceDict(p, dd)
	} else {
		py.SetInstanceDict(p, nil)
	}
	return py.None, nil
}

func reduce(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var fn, seq, result py.Object
	if err := py.UnpackArgs("reduce", args, kwnames, 2, 3, &fn, &seq, &result); err != nil {
		return nil, err
	}
	it, err := py.Iter(t, seq)
	if err != nil {
		if py.ErrorMatches(err, py.TypeError) {
			return nil, py.Errorf(py.TypeError, "reduce() arg 2 must support iteration")
		}
		return nil, err
	}
	var pair [2]py.Object
	for {
		x, err := py.Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			break
		}
		if result == nil {
			result = x
			continue
		}
		pair[0], pair[1] = result, x
		if result, err = py.Call(t, fn, pair[:], nil); err != nil {
			return nil, err
		}
	}
	if result == nil {
		return nil, py.Errorf(py.TypeError, "reduce() of empty sequence with no initial value")
	}
	return result, nil
}

func init() {
	PartialType.Doc = "partial(func, *args, **keywords) - func with some of its arguments supplied in advance"
	PartialType.New = partialNew
	PartialType.Call = partialCall
	PartialType.Repr = partialRepr
	PartialType.AddMethods(
		py.MethodDef{Name: "__reduce__", Fn: partialReduce},
		py.MethodDef{Name: "__setstate__", Fn: partialSetState},
	)
	PartialType.AddGetSets(
		py.GetSetDef{Name: "func", Get: func(t *py.Thread, self py.Object) (py.Object, error) { return self.(*Partial).fn, nil },
			Set: readonly, Doc: "the function called"},
		py.GetSetDef{Name: "args", Get: func(t *py.Thread, self py.Object) (py.Object, error) { return self.(*Partial).args, nil },
			Set: readonly, Doc: "the positional arguments put first"},
		py.GetSetDef{Name: "keywords", Get: func(t *py.Thread, self py.Object) (py.Object, error) { return self.(*Partial).kw, nil },
			Set: readonly, Doc: "the keyword arguments added (None for none)"},
		py.GetSetDef{Name: "__dict__", Get: func(t *py.Thread, self py.Object) (py.Object, error) {
			return py.InstanceDict(self), nil
		}, Set: func(t *py.Thread, self, value py.Object) error {
			if value == nil {
				return py.Errorf(py.TypeError, "a partial object's dictionary may not be deleted")
			}
			d, ok := value.(*py.Dict)
			if !ok {
				return py.Errorf(py.TypeError, "setting partial object's dictionary to a non-dict")
			}
			py.SetInstanceDict(self, d)
			return nil
		}},
	)
}

// readonly is the setter of a read-only member: CPython's T_OBJECT
// READONLY message.
func readonly(t *py.Thread, self, value py.Object) error {
	return py.Errorf(py.AttributeError, "readonly attribute")
}
