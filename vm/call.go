package vm

import (
	"github.com/taipan-py/taipan/opcode"
	"github.com/taipan-py/taipan/py"
)

// callFunction calls a Python function with arguments laid out as for
// py.CallFunc, evaluating its frame directly.
func (ev *evaluator) callFunction(t *py.Thread, fn *py.Function, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	f, err := fn.NewCallFrame(t, args, kwnames)
	if err != nil {
		return nil, err
	}
	if fn.Code.Flags&py.CoGenerator != 0 {
		return py.NewGenerator(f), nil
	}
	r, err := ev.eval(t, f)
	f.Release()
	return r, err
}

// callFunctionExt is CALL_FUNCTION_VAR, CALL_FUNCTION_KW and
// CALL_FUNCTION_VAR_KW (CPython's ext_do_call): a call with *args and/or
// **kwargs. It returns the result and the stack index of the callable,
// where the result goes.
func (ev *evaluator) callFunctionExt(t *py.Thread, f *py.Frame, op opcode.Opcode, arg int, stack []py.Object, sp int) (py.Object, int, error) {
	na, nk := arg&0xff, (arg>>8)&0xff
	hasVar := op == opcode.CALL_FUNCTION_VAR || op == opcode.CALL_FUNCTION_VAR_KW
	hasKw := op == opcode.CALL_FUNCTION_KW || op == opcode.CALL_FUNCTION_VAR_KW
	n := na + 2*nk
	if hasVar {
		n++
	}
	if hasKw {
		n++
	}
	base := sp - n - 1
	callable := stack[base]
	var self py.Object
	if m, ok := callable.(*py.Method); ok {
		self, callable = m.Self, m.Func
	}
	top := sp
	var kwargs, star py.Object
	if hasKw {
		top--
		kwargs = stack[top]
	}
	if hasVar {
		top--
		star = stack[top]
	}

	// **kwargs: a dict is read directly; another mapping is copied into
	// a dict of our own first.
	var kwDict *py.Dict
	if kwargs != nil {
		if d, ok := kwargs.(*py.Dict); ok {
			kwDict = d
		} else {
			var err error
			if kwDict, err = mappingToDict(t, kwargs, callable); err != nil {
				return nil, base, err
			}
		}
	}
	nkwd := 0
	if kwDict != nil {
		nkwd = kwDict.Len()
	}
	// *args
	var starItems []py.Object
	if star != nil {
		// A tuple is used as it is, and a list's items are read directly
		// (PySequence_Tuple), even for subclasses overriding __iter__.
		if tu, ok := star.(*py.Tuple); ok {
			starItems = tu.Items
		} else if l, ok := star.(*py.List); ok {
			starItems = append([]py.Object(nil), l.Items...)
		} else {
			items, err := py.Collect(t, star)
			if err != nil {
				if py.ErrorMatches(err, py.TypeError) {
					err = py.Errorf(py.TypeError, "%s%s argument after * must be a sequence, not %s", funcName(t, callable), funcDesc(callable), star.Type().Name)
				}
				return nil, base, err
			}
			starItems = items
		}
	}
	// Explicit keywords, which must not repeat a name of **kwargs.
	kws := stack[base+1+na : base+1+na+2*nk]
	if nk > 0 && nkwd > 0 {
		for i := 0; i < nk; i++ {
			k := kws[2*i].(*py.Str)
			dup := false
			kwDict.Range(func(k2, _ py.Object) bool {
				if s, ok := k2.(*py.Str); ok && s.String() == k.String() {
					dup = true
				}
				return !dup
			})
			if dup {
				return nil, base, py.Errorf(py.TypeError, "%s%s got multiple values for keyword argument '%s'", funcName(t, callable), funcDesc(callable), k)
			}
		}
	}

	n = na + len(starItems) + nk + nkwd
	if self != nil {
		n++
	}
	// A Python function copies its arguments into its frame, so a short
	// list of them can live on the Go stack; anything else gets one of
	// its own (heapArgs, kept apart from buf so that escape analysis
	// sees that only the Python function is given buf).
	fn, isFunc := callable.(*py.Function)
	var buf [8]py.Object
	var args, heapArgs []py.Object
	if isFunc && n <= len(buf) {
		args = buf[:n]
	} else {
		heapArgs = make([]py.Object, n)
		args = heapArgs
	}
	i := 0
	if self != nil {
		args[0] = self
		i = 1
	}
	i += py.CopyObjects(args[i:], stack[base+1:base+1+na])
	i += py.CopyObjects(args[i:], starItems)
	var kwnames *py.Tuple
	if nk+nkwd > 0 {
		kwnames = py.MakeTuple(nk + nkwd)
		names := kwnames.Items
		for j := 0; j < nk; j++ {
			names[j] = kws[2*j]
			args[i] = kws[2*j+1]
			i++
		}
		j := nk
		badKey := false
		if kwDict != nil {
			kwDict.Range(func(k, v py.Object) bool {
				if _, ok := k.(*py.Str); !ok && !isFunc {
					badKey = true
					return false
				}
				names[j] = k
				args[i] = v
				j++
				i++
				return true
			})
		}
		if badKey {
			return nil, base, py.Errorf(py.TypeError, "keywords must be strings")
		}
	}
	var v py.Object
	var err error
	if isFunc {
		v, err = ev.callFunction(t, fn, args, kwnames)
	} else {
		v, err = py.Call(t, callable, heapArgs, kwnames)
	}
	return v, base, err
}

var strKeys = py.NewStr("keys")

// mappingToDict copies the mapping given as **kwargs that is not a dict
// into a new dict through its keys() and __getitem__ (CPython's
// PyDict_Update), in a TypeError naming the function when it is not a
// mapping.
func mappingToDict(t *py.Thread, m py.Object, callable py.Object) (*py.Dict, error) {
	keysMethod, err := py.GetAttr(t, m, strKeys)
	if err != nil {
		if py.ErrorMatches(err, py.AttributeError) {
			err = py.Errorf(py.TypeError, "%s%s argument after ** must be a mapping, not %s", funcName(t, callable), funcDesc(callable), m.Type().Name)
		}
		return nil, err
	}
	ks, err := py.Call(t, keysMethod, nil, nil)
	if err != nil {
		return nil, err
	}
	items, err := py.Collect(t, ks)
	if err != nil {
		return nil, err
	}
	d := py.NewDict()
	for _, k := range items {
		v, err := py.GetItem(t, m, k)
		if err != nil {
			return nil, err
		}
		if err := d.SetItem(t, k, v); err != nil {
			return nil, err
		}
	}
	return d, nil
}

var strName = py.NewStr("__name__")

// funcName and funcDesc name a callable in a call's TypeError
// (CPython's PyEval_GetFuncName and PyEval_GetFuncDesc).
func funcName(t *py.Thread, callable py.Object) string {
	switch fn := callable.(type) {
	case *py.Method:
		return funcName(t, fn.Func)
	case *py.Function:
		return fn.Name.String()
	}
	if isBuiltinFunction(callable) {
		if n, err := py.GetAttr(t, callable, strName); err == nil {
			if s, ok := n.(*py.Str); ok {
				return s.String()
			}
		}
	}
	return callable.Type().Name
}

func funcDesc(callable py.Object) string {
	switch callable.(type) {
	case *py.Method, *py.Function:
		return "()"
	}
	if isBuiltinFunction(callable) {
		return "()"
	}
	return " object"
}

// isBuiltinFunction reports whether o is a function or method written in
// Go (CPython's PyCFunction_Check).
func isBuiltinFunction(o py.Object) bool {
	return o.Type().Name == "builtin_function_or_method"
}

// callAt makes the call of CALL_FUNCTION and CALL_METHOD: the callable
// is stack[fn], its arguments stack[args:sp], arg counting them as
// CALL_FUNCTION's argument does (positional ones in the low byte, keyword
// pairs in the next). Keyword values are moved down next to the
// positional ones, and a bound method's self takes the slot below the
// arguments (which must be free: fn itself or the empty slot of
// LOAD_METHOD), so that the callee gets a slice of the stack.
func (ev *evaluator) callAt(t *py.Thread, cc *codeCache, pc int, stack []py.Object, fn, args, sp, arg int) (py.Object, error) {
	na, nk := arg&0xff, (arg>>8)&0xff
	callable := stack[fn]
	argv := stack[args:sp]
	var kwnames *py.Tuple
	if nk > 0 {
		kwnames = cc.kwnamesFor(pc, argv[na:], nk)
		for i := 0; i < nk; i++ {
			argv[na+i] = argv[na+2*i+1]
		}
		argv = argv[:na+nk]
	}
	if m, ok := callable.(*py.Method); ok {
		stack[args-1] = m.Self
		argv = stack[args-1 : args+len(argv)]
		callable = m.Func
	}
	if f, ok := callable.(*py.Function); ok {
		return ev.callFunction(t, f, argv, kwnames)
	}
	return py.Call(t, callable, argv, kwnames)
}
