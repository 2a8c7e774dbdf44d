package py

import "fmt"

// Function is a function written in Python (CPython's function object):
// a code object with the globals it runs in, its defaults and its
// closure.
type Function struct {
	Code        *Code
	Globals     *Dict
	Name        *Str   // __name__
	Defaults    *Tuple // __defaults__, nil for None
	KwDefaults  *Dict  // __kwdefaults__, nil for None
	Closure     *Tuple // __closure__: a tuple of *Cell, nil for None
	Annotations *Dict  // __annotations__, nil until set or asked for
	Doc         Object // __doc__
	Module      Object // __module__
	dict        *Dict  // __dict__, nil until needed
}

// FunctionType is the type of functions.
var FunctionType = &Type{Name: "function"}

// Type returns function.
func (fn *Function) Type() *Type { return FunctionType }

// NewFunction returns a function running code with globals, as
// MAKE_FUNCTION makes it: its __doc__ is the code's first constant when
// that is a str, its __module__ the globals' __name__.
func NewFunction(code *Code, globals *Dict) *Function {
	fn := &Function{Code: code, Globals: globals, Name: code.NameStr(), Doc: None, Module: None}
	if len(code.Consts) > 0 {
		if s, ok := code.Consts[0].(*Str); ok {
			fn.Doc = s
		}
	}
	if m := globals.GetStr(strName); m != nil {
		fn.Module = m
	}
	return fn
}

var (
	strName = NewStr("__name__")
	strDict = NewStr("__dict__")
)

// Dict returns the function's __dict__, making it if needed.
func (fn *Function) Dict() *Dict {
	if fn.dict == nil {
		fn.dict = NewDict()
	}
	return fn.dict
}

// NewCallFrame binds a call's arguments (laid out as for CallFunc) to the
// function's parameters in a new frame, with CPython 3.2's rules and
// TypeError messages (PyEval_EvalCodeEx). The caller runs the frame, or
// wraps it in a generator when the code is a generator's.
func (fn *Function) NewCallFrame(t *Thread, args []Object, kwnames *Tuple) (*Frame, error) {
	code := fn.Code
	var locals Object
	if code.Flags&(CoNewLocals|CoOptimized) == CoNewLocals {
		// A class body starts with a dict of its own, which its
		// STORE_LOCALS replaces by the namespace (CPython's PyFrame_New).
		locals = NewDict()
	}
	f := NewFrame(t, code, fn.Globals, locals)
	fast := f.Fast
	if code.simple && kwnames == nil && len(args) == code.ArgCount {
		CopyObjects(fast, args)
		if len(code.FreeVars) > 0 {
			CopyObjects(fast[len(fast)-len(code.FreeVars):], fn.Closure.Items)
		}
		return f, nil
	}
	if err := fn.bind(t, f, args, kwnames); err != nil {
		f.Release()
		return nil, err
	}
	return f, nil
}

// bind is the general case of NewCallFrame.
func (fn *Function) bind(t *Thread, f *Frame, args []Object, kwnames *Tuple) error {
	code := fn.Code
	fast := f.Fast
	nkw := 0
	if kwnames != nil {
		nkw = len(kwnames.Items)
	}
	argcount := len(args) - nkw
	kwvalues := args[argcount:]
	args = args[:argcount]
	totalArgs := code.ArgCount + code.KwOnlyArgCount
	var defs []Object
	if fn.Defaults != nil {
		defs = fn.Defaults.Items
	}
	defcount := len(defs)
	if totalArgs > 0 || code.Flags&(CoVarargs|CoVarkwargs) != 0 {
		var kwdict *Dict
		if code.Flags&CoVarkwargs != 0 {
			kwdict = NewDictSize(nkw)
			i := totalArgs
			if code.Flags&CoVarargs != 0 {
				i++
			}
			fast[i] = kwdict
		}
		n := argcount
		if argcount > code.ArgCount {
			if code.Flags&CoVarargs == 0 {
				bound := "exactly"
				if defcount > 0 {
					bound = "at most"
				}
				return Errorf(TypeError, "%s() takes %s %d positional argument%s (%d given)",
					code.Name, bound, code.ArgCount, plural(code.ArgCount), argcount+nkw)
			}
			n = code.ArgCount
		}
		CopyObjects(fast, args[:n])
		if code.Flags&CoVarargs != 0 {
			rest := MakeTuple(len(args) - n)
			CopyObjects(rest.Items, args[n:])
			fast[totalArgs] = rest
		}
		for i := 0; i < nkw; i++ {
			keyword := kwnames.Items[i]
			value := kwvalues[i]
			ks, ok := keyword.(*Str)
			if !ok {
				return Errorf(TypeError, "%s() keywords must be strings", code.Name)
			}
			j := 0
			for ; j < totalArgs; j++ {
				if nm := code.VarNames[j]; nm == ks || nm.s == ks.s {
					break
				}
			}
			if j == totalArgs {
				if kwdict == nil {
					return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", code.Name, ks.s)
				}
				kwdict.SetStr(ks, value)
				continue
			}
			if fast[j] != nil {
				return Errorf(TypeError, "%s() got multiple values for keyword argument '%s'", code.Name, ks.s)
			}
			fast[j] = value
		}
		if code.KwOnlyArgCount > 0 {
			for i := code.ArgCount; i < totalArgs; i++ {
				if fast[i] != nil {
					continue
				}
				name := code.VarNames[i]
				if fn.KwDefaults != nil {
					if def := fn.KwDefaults.GetStr(name); def != nil {
						fast[i] = def
						continue
					}
				}
				return Errorf(TypeError, "%s() needs keyword-only argument %s", code.Name, name.s)
			}
		}
		if argcount < code.ArgCount {
			m := code.ArgCount - defcount
			for i := argcount; i < m; i++ {
				if fast[i] == nil {
					given := 0
					for j := 0; j < code.ArgCount; j++ {
						if fast[j] != nil {
							given++
						}
					}
					bound := "exactly"
					if code.Flags&CoVarargs != 0 || defcount > 0 {
						bound = "at least"
					}
					return Errorf(TypeError, "%s() takes %s %d argument%s (%d given)", code.Name, bound, m, plural(m), given)
				}
			}
			i := 0
			if n > m {
				i = n - m
			}
			for ; i < defcount; i++ {
				if fast[m+i] == nil {
					fast[m+i] = defs[i]
				}
			}
		}
	} else if argcount > 0 || nkw > 0 {
		return Errorf(TypeError, "%s() takes no arguments (%d given)", code.Name, argcount+nkw)
	}
	ncells := len(code.CellVars)
	base := len(fast) - ncells - len(code.FreeVars)
	for i, a := range code.cellArgs {
		if a >= 0 {
			fast[base+i] = NewCell(fast[a])
		} else {
			fast[base+i] = NewCell(nil)
		}
	}
	if len(code.FreeVars) > 0 {
		CopyObjects(fast[base+ncells:], fn.Closure.Items)
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// functionCall is the Call slot of functions, for calls from Go code;
// the evaluator calls functions through NewCallFrame itself.
func functionCall(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	fn := self.(*Function)
	f, err := fn.NewCallFrame(t, args, kwnames)
	if err != nil {
		return nil, err
	}
	if fn.Code.Flags&CoGenerator != 0 {
		return NewGenerator(f), nil
	}
	r, err := t.Interp.Eval(t, f)
	f.Release()
	return r, err
}

func functionDescrGet(t *Thread, self, instance Object, owner *Type) (Object, error) {
	if instance == nil || instance == None {
		return self, nil
	}
	return NewMethod(self, instance), nil
}

func functionRepr(t *Thread, self Object) (Object, error) {
	fn := self.(*Function)
	return NewStr(fmt.Sprintf("<function %s at %p>", fn.Name.s, fn)), nil
}

// functionNew is function(code, globals[, name[, argdefs[, closure]]])
// (CPython's func_new).
func functionNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	var codeArg, globalsArg Object
	var name, defaults, closure Object = None, None, None
	if err := ParseArgs("function", args, kwnames, []string{"code", "globals", "name", "argdefs", "closure"}, 2,
		&codeArg, &globalsArg, &name, &defaults, &closure); err != nil {
		return nil, err
	}
	code, ok := codeArg.(*Code)
	if !ok {
		return nil, ArgTypeError("function", 1, "code", codeArg)
	}
	globals, ok := globalsArg.(*Dict)
	if !ok {
		return nil, ArgTypeError("function", 2, "dict", globalsArg)
	}
	if _, ok := name.(*Str); name != None && !ok {
		return nil, Errorf(TypeError, "arg 3 (name) must be None or string")
	}
	if _, ok := defaults.(*Tuple); defaults != None && !ok {
		return nil, Errorf(TypeError, "arg 4 (defaults) must be None or tuple")
	}
	nfree := len(code.FreeVars)
	ct, isTuple := closure.(*Tuple)
	if !isTuple {
		if nfree > 0 && closure == None {
			return nil, Errorf(TypeError, "arg 5 (closure) must be tuple")
		} else if closure != None {
			return nil, Errorf(TypeError, "arg 5 (closure) must be None or tuple")
		}
	}
	nclosure := 0
	if isTuple {
		nclosure = len(ct.Items)
	}
	if nfree != nclosure {
		return nil, Errorf(ValueError, "%s requires closure of length %d, not %d", code.Name, nfree, nclosure)
	}
	var cells []Object
	if isTuple {
		cells = ct.Items
	}
	for _, c := range cells {
		if _, ok := c.(*Cell); !ok {
			return nil, Errorf(TypeError, "arg 5 (closure) expected cell, found %s", c.Type().Name)
		}
	}
	fn := NewFunction(code, globals)
	if s, ok := name.(*Str); ok {
		fn.Name = s
	}
	if d, ok := defaults.(*Tuple); ok {
		fn.Defaults = d
	}
	if isTuple && nclosure > 0 {
		fn.Closure = ct
	}
	return fn, nil
}

func init() {
	FunctionType.Flags |= FlagMethodDescriptor
	FunctionType.New = functionNew
	FunctionType.Call = functionCall
	FunctionType.DescrGet = functionDescrGet
	FunctionType.Repr = functionRepr
	FunctionType.GetAttr = func(t *Thread, self Object, name *Str) (Object, error) {
		return getAttrWithDict(t, self, name, self.(*Function).dict)
	}
	FunctionType.SetAttr = func(t *Thread, self Object, name *Str, value Object) error {
		return setAttrWithDict(t, self, name, value, self.(*Function).Dict())
	}
	fget := func(f func(fn *Function) Object) func(t *Thread, self Object) (Object, error) {
		return func(t *Thread, self Object) (Object, error) { return f(self.(*Function)), nil }
	}
	readonly := func(t *Thread, self, value Object) error {
		return Errorf(AttributeError, "readonly attribute")
	}
	FunctionType.AddGetSets(
		GetSetDef{Name: "__code__", Get: fget(func(fn *Function) Object { return fn.Code }),
			Set: func(t *Thread, self, value Object) error {
				fn := self.(*Function)
				c, ok := value.(*Code)
				if !ok || value == nil {
					return Errorf(TypeError, "__code__ must be set to a code object")
				}
				nclosure := 0
				if fn.Closure != nil {
					nclosure = len(fn.Closure.Items)
				}
				if nclosure != len(c.FreeVars) {
					return Errorf(ValueError, "%s() requires a code object with %d free vars, not %d", fn.Name.s, nclosure, len(c.FreeVars))
				}
				fn.Code = c
				return nil
			}},
		GetSetDef{Name: "__defaults__", Get: fget(func(fn *Function) Object {
			if fn.Defaults == nil {
				return None
			}
			return fn.Defaults
		}), Set: func(t *Thread, self, value Object) error {
			fn := self.(*Function)
			if value == nil || value == None {
				fn.Defaults = nil
				return nil
			}
			tu, ok := value.(*Tuple)
			if !ok {
				return Errorf(TypeError, "__defaults__ must be set to a tuple object")
			}
			fn.Defaults = tu
			return nil
		}},
		GetSetDef{Name: "__kwdefaults__", Get: fget(func(fn *Function) Object {
			if fn.KwDefaults == nil {
				return None
			}
			return fn.KwDefaults
		}), Set: func(t *Thread, self, value Object) error {
			fn := self.(*Function)
			if value == nil || value == None {
				fn.KwDefaults = nil
				return nil
			}
			d, ok := value.(*Dict)
			if !ok {
				return Errorf(TypeError, "__kwdefaults__ must be set to a dict object")
			}
			fn.KwDefaults = d
			return nil
		}},
		GetSetDef{Name: "__annotations__", Get: fget(func(fn *Function) Object {
			if fn.Annotations == nil {
				fn.Annotations = NewDict()
			}
			return fn.Annotations
		}), Set: func(t *Thread, self, value Object) error {
			fn := self.(*Function)
			if value == nil || value == None {
				fn.Annotations = nil
				return nil
			}
			d, ok := value.(*Dict)
			if !ok {
				return Errorf(TypeError, "__annotations__ must be set to a dict object")
			}
			fn.Annotations = d
			return nil
		}},
		GetSetDef{Name: "__dict__", Get: fget(func(fn *Function) Object { return fn.Dict() }),
			Set: func(t *Thread, self, value Object) error {
				if value == nil {
					return Errorf(TypeError, "function's dictionary may not be deleted")
				}
				d, ok := value.(*Dict)
				if !ok {
					return Errorf(TypeError, "setting function's dictionary to a non-dict")
				}
				self.(*Function).dict = d
				return nil
			}},
		GetSetDef{Name: "__name__", Get: fget(func(fn *Function) Object { return fn.Name }),
			Set: func(t *Thread, self, value Object) error {
				s, ok := value.(*Str)
				if !ok || value == nil {
					return Errorf(TypeError, "__name__ must be set to a string object")
				}
				self.(*Function).Name = s
				return nil
			}},
		GetSetDef{Name: "__closure__", Get: fget(func(fn *Function) Object {
			if fn.Closure == nil {
				return None
			}
			return fn.Closure
		}), Set: readonly},
		GetSetDef{Name: "__globals__", Get: fget(func(fn *Function) Object { return fn.Globals }), Set: readonly},
		GetSetDef{Name: "__doc__", Get: fget(func(fn *Function) Object { return fn.Doc }),
			Set: func(t *Thread, self, value Object) error {
				if value == nil {
					value = None
				}
				self.(*Function).Doc = value
				return nil
			}},
		GetSetDef{Name: "__module__", Get: fget(func(fn *Function) Object { return fn.Module }),
			Set: func(t *Thread, self, value Object) error {
				if value == nil {
					value = None
				}
				self.(*Function).Module = value
				return nil
			}},
	)
}

// getAttrWithDict is the generic attribute lookup for a built-in type
// whose instances have a __dict__ (PyObject_GenericGetAttr): a data
// descriptor of the type, then the instance dict, then another attribute
// of the type.
func getAttrWithDict(t *Thread, self Object, name *Str, dict *Dict) (Object, error) {
	typ := self.Type()
	descr := typ.Lookup(name)
	var get func(t *Thread, self, instance Object, owner *Type) (Object, error)
	if descr != nil {
		dt := descr.Type()
		get = dt.DescrGet
		if get != nil && dt.DescrSet != nil {
			return get(t, descr, self, typ)
		}
	}
	if dict != nil {
		if v := dict.GetStr(name); v != nil {
			return v, nil
		}
	}
	if get != nil {
		return get(t, descr, self, typ)
	}
	if descr != nil {
		return descr, nil
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", typ.Name, name.s)
}

// setAttrWithDict is the generic attribute assignment (value nil:
// deletion) for a built-in type whose instances have a __dict__.
func setAttrWithDict(t *Thread, self Object, name *Str, value Object, dict *Dict) error {
	typ := self.Type()
	if descr := typ.Lookup(name); descr != nil {
		if set := descr.Type().DescrSet; set != nil {
			return set(t, descr, self, value)
		}
	}
	if value == nil {
		if dict == nil || !dict.DelStr(name) {
			return Errorf(AttributeError, "'%s' object has no attribute '%s'", typ.Name, name.s)
		}
		return nil
	}
	dict.SetStr(name, value)
	return nil
}
