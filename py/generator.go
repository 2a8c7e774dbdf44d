package py

import "fmt"

// Generator is a generator object: the suspended frame of a generator
// function's call (CPython's PyGenObject).
type Generator struct {
	Frame   *Frame // gi_frame; nil once the generator has finished
	Code    *Code  // gi_code
	running bool
}

// GeneratorType is the type of generators.
var GeneratorType = &Type{Name: "generator"}

// Type returns generator.
func (g *Generator) Type() *Type { return GeneratorType }

// NewGenerator returns a generator that will run frame f, which becomes
// the generator's own.
func NewGenerator(f *Frame) *Generator {
	f.Escape()
	f.Back = nil
	g := &Generator{Frame: f, Code: f.Code}
	f.Gen = g
	return g
}

// Running reports whether the generator is running (gi_running).
func (g *Generator) Running() bool { return g.running }

// resume runs the generator until its next yield, return or uncaught
// exception (CPython's gen_send_ex). arg is the value sent (nil from
// __next__), exc an exception to raise at the yield (throw). At the
// generator's end it returns (nil, nil), or StopIteration when a value
// was sent.
func (g *Generator) resume(t *Thread, arg Object, exc *BaseException) (Object, error) {
	if g.running {
		return nil, Errorf(ValueError, "generator already executing")
	}
	f := g.Frame
	if f == nil {
		if exc != nil {
			return nil, exc
		}
		if arg != nil {
			return nil, NewException(StopIteration)
		}
		return nil, nil
	}
	if f.Lasti == -1 {
		if arg != nil && arg != None {
			return nil, Errorf(TypeError, "can't send non-None value to a just-started generator")
		}
	} else if exc == nil {
		// The value of the yield expression being resumed.
		sent := arg
		if sent == nil {
			sent = None
		}
		f.Stack[f.SP] = sent
		f.SP++
	}
	f.Back = t.Frame
	f.Throw = exc
	g.running = true
	r, err := t.Interp.Eval(t, f)
	g.running = false
	f.Back = nil
	f.Throw = nil
	if err == nil && !f.Yielded {
		r = nil
		// send() and throw() (which passes None) report the end as
		// StopIteration; only __next__ gets the bare (nil, nil).
		if arg != nil {
			err = NewException(StopIteration)
		}
	}
	if r == nil || !f.Yielded {
		f.SavedExc = nil
		g.Frame = nil
	}
	return r, err
}

// Next resumes the generator as next() does, returning (nil, nil) when
// it finishes. A StopIteration raised in its body comes out as an error
// (with its message, as next() shows it); consumers of Next treat it as
// the end, as CPython's do.
func (g *Generator) Next(t *Thread) (Object, error) { return g.resume(t, nil, nil) }

// Send is generator.send(arg).
func (g *Generator) Send(t *Thread, arg Object) (Object, error) { return g.resume(t, arg, nil) }

// Throw is generator.throw(typ, val, tb), val and tb nil when absent.
func (g *Generator) Throw(t *Thread, typ, val, tb Object) (Object, error) {
	if tb == None {
		tb = nil
	} else if tb != nil {
		if _, ok := tb.(*Traceback); !ok {
			return nil, Errorf(TypeError, "throw() third argument must be a traceback object")
		}
	}
	var exc *BaseException
	switch x := typ.(type) {
	case *Type:
		if !x.IsSubtype(BaseExceptionType) {
			return nil, Errorf(TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", typ.Type().Name)
		}
		e, err := NormalizeException(t, x, val)
		if err != nil {
			return nil, err
		}
		exc = e
	case *BaseException:
		if val != nil && val != None {
			return nil, Errorf(TypeError, "instance exception may not have a separate value")
		}
		exc = x
		if tb == nil {
			tb = x.Traceback
		}
	default:
		return nil, Errorf(TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", typ.Type().Name)
	}
	if tb != nil {
		exc.Traceback = tb
	}
	return g.resume(t, None, exc)
}

// Close is generator.close(): GeneratorExit raised at the yield, which
// the generator must not answer with another yield.
func (g *Generator) Close(t *Thread) error {
	r, err := g.resume(t, None, NewException(GeneratorExit))
	if err == nil && r != nil {
		return Errorf(RuntimeError, "generator ignored GeneratorExit")
	}
	if e, ok := err.(*BaseException); ok {
		if e.Type().IsSubtype(StopIteration) || e.Type().IsSubtype(GeneratorExit) {
			return nil
		}
	}
	return err
}

// NormalizeException makes an exception instance of class typ from a
// value as CPython's PyErr_NormalizeException does: val itself when it is
// an instance of typ, else typ() for None or nil, typ(*val) for a tuple,
// typ(val) otherwise.
func NormalizeException(t *Thread, typ *Type, val Object) (*BaseException, error) {
	if e, ok := val.(*BaseException); ok && e.Type().IsSubtype(typ) {
		return e, nil
	}
	var args []Object
	switch v := val.(type) {
	case nil:
	case *NoneObject:
	case *Tuple:
		args = v.Items
	default:
		args = []Object{val}
	}
	r, err := Call(t, typ, args, nil)
	if err != nil {
		return nil, err
	}
	e, ok := r.(*BaseException)
	if !ok {
		return nil, Errorf(TypeError, "calling <class '%s'> should have returned an instance of BaseException, not <class '%s'>", typ.QualifiedName(), r.Type().QualifiedName())
	}
	return e, nil
}

func init() {
	GeneratorType.Iter = func(t *Thread, self Object) (Object, error) { return self, nil }
	GeneratorType.Next = func(t *Thread, self Object) (Object, error) {
		v, err := self.(*Generator).Next(t)
		if err != nil {
			// A StopIteration escaping the body ends the iteration, as
			// in CPython, where tp_iternext's caller clears it; next()
			// still sees it through t.StopIteration.
			if e, ok := err.(*BaseException); ok && e.Type().IsSubtype(StopIteration) {
				t.StopIteration = e
				return nil, nil
			}
		}
		return v, err
	}
	GeneratorType.Repr = func(t *Thread, self Object) (Object, error) {
		g := self.(*Generator)
		return NewStr(fmt.Sprintf("<generator object %s at %p>", g.Code.Name, g)), nil
	}
	GeneratorType.AddMethods(
		MethodDef{Name: "send", Fn: func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
			arg, err := OneArg("send", args, kwnames)
			if err != nil {
				return nil, err
			}
			return self.(*Generator).Send(t, arg)
		}, Doc: "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."},
		MethodDef{Name: "throw", Fn: func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
			var typ, val, tb Object
			if err := UnpackArgs("throw", args, kwnames, 1, 3, &typ, &val, &tb); err != nil {
				return nil, err
			}
			return self.(*Generator).Throw(t, typ, val, tb)
		}, Doc: "throw(typ[,val[,tb]]) -> raise exception in generator,\nreturn next yielded value or raise StopIteration."},
		MethodDef{Name: "close", Fn: func(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
			if err := NoArgs("close", args, kwnames); err != nil {
				return nil, err
			}
			if err := self.(*Generator).Close(t); err != nil {
				return nil, err
			}
			return None, nil
		}, Doc: "close() -> raise GeneratorExit inside generator."},
	)
	GeneratorType.AddGetSets(
		GetSetDef{Member: true, Name: "gi_frame", Get: func(t *Thread, self Object) (Object, error) {
			if f := self.(*Generator).Frame; f != nil {
				return f, nil
			}
			return None, nil
		}},
		GetSetDef{Member: true, Name: "gi_running", Get: func(t *Thread, self Object) (Object, error) {
			if self.(*Generator).running {
				return NewInt(1), nil
			}
			return NewInt(0), nil
		}},
		GetSetDef{Member: true, Name: "gi_code", Get: func(t *Thread, self Object) (Object, error) { return self.(*Generator).Code, nil }},
		GetSetDef{Name: "__name__", Get: func(t *Thread, self Object) (Object, error) { return self.(*Generator).Code.NameStr(), nil },
			Doc: "Return the name of the generator's associated code object."},
	)
}
