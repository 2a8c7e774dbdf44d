package py

import (
	"fmt"
	"strings"
)

// BaseException is a Python exception instance, of BaseException or any
// subclass (built-in or written in Python: Type() tells). It is the Go
// error that operations return.
//
// Every exception has the same Go struct. The few classes that carry
// attributes of their own (SystemExit.code; EnvironmentError's errno,
// strerror and filename; SyntaxError's msg, filename, lineno, offset, text
// and print_file_and_line; the Unicode errors' encoding, object, start, end
// and reason) keep them in fields, indexed by the constants below; a nil
// entry is an attribute CPython leaves NULL, which reads as None.
type BaseException struct {
	typ       *Type
	dict      *Dict
	Args      *Tuple
	Traceback Object         // a *Traceback, or nil for None
	Context   *BaseException // __context__
	Cause     *BaseException // __cause__
	fields    []Object
	slots     *Dict // values of __slots__ names of a subclass (see MemberDescr)
}

// Type returns the exception's class.
func (e *BaseException) Type() *Type { return e.typ }

// Error formats the exception as the last line of a traceback does, as
// far as it can without running Python code (a Go-side view, for logs and
// tests; tracebacks use FormatExceptionOnly).
func (e *BaseException) Error() string {
	msg := ""
	if e.Args != nil && len(e.Args.Items) == 1 {
		switch a := e.Args.Items[0].(type) {
		case *Str:
			msg = a.s
			if e.typ.IsSubtype(KeyError) {
				msg = "'" + a.s + "'"
			}
		case *Int:
			msg = a.Big().String()
		default:
			msg = fmt.Sprint(a)
		}
	} else if e.Args != nil && len(e.Args.Items) > 1 {
		parts := make([]string, len(e.Args.Items))
		for i, a := range e.Args.Items {
			if s, ok := a.(*Str); ok {
				parts[i] = "'" + s.s + "'"
			} else {
				parts[i] = fmt.Sprint(a)
			}
		}
		msg = "(" + strings.Join(parts, ", ") + ")"
	}
	if msg == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + msg
}

// NewException returns an exception of class typ with the given args,
// without running Python code: the attributes of the classes that have
// some (SystemExit.code, EnvironmentError.errno, ...) are set from args
// as their __init__ would set them. typ must be a built-in exception class
// or a subclass whose __init__ need not run.
func NewException(typ *Type, args ...Object) *BaseException {
	var e *BaseException
	if len(args) == 1 {
		e = newException1(typ, args[0])
	} else {
		e = &BaseException{typ: typ, Args: NewTuple(args...)}
	}
	if len(args) > 0 {
		initFields(e, args)
	}
	return e
}

// Errorf returns an exception of class typ whose message is formatted
// from format and args, as CPython's PyErr_Format does.
func Errorf(typ *Type, format string, args ...interface{}) error {
	msg := format
	if len(args) > 0 || strings.IndexByte(format, '%') >= 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return newException1(typ, NewStr(msg))
}

// newException1 returns an exception of class typ with one argument, its
// args tuple allocated with it (exceptions are frequent: an IndexError
// ends many loops, a KeyError many lookups).
func newException1(typ *Type, arg Object) *BaseException {
	b := &struct {
		e     BaseException
		t     Tuple
		items [1]Object
	}{}
	b.items[0] = arg
	b.t.Items = b.items[:]
	b.e.typ, b.e.Args = typ, &b.t
	return &b.e
}

// The built-in exception classes of Python 3.2. Naming rule: each Go
// variable is the Python class's name (py.KeyError is KeyError), except
// BaseException and Exception, which end in Type (BaseExceptionType,
// ExceptionType) because BaseException names the instance struct.
var (
	BaseExceptionType         = &Type{Name: "BaseException", Flags: excFlags, Doc: "Common base class for all exceptions"}
	ExceptionType             = &Type{Name: "Exception", Base: BaseExceptionType, Flags: excFlags, Doc: "Common base class for all non-exit exceptions."}
	ArithmeticError           = &Type{Name: "ArithmeticError", Base: ExceptionType, Flags: excFlags, Doc: "Base class for arithmetic errors."}
	FloatingPointError        = &Type{Name: "FloatingPointError", Base: ArithmeticError, Flags: excFlags, Doc: "Floating point operation failed."}
	OverflowError             = &Type{Name: "OverflowError", Base: ArithmeticError, Flags: excFlags, Doc: "Result too large to be represented."}
	ZeroDivisionError         = &Type{Name: "ZeroDivisionError", Base: ArithmeticError, Flags: excFlags, Doc: "Second argument to a division or modulo operation was zero."}
	AssertionError            = &Type{Name: "AssertionError", Base: ExceptionType, Flags: excFlags, Doc: "Assertion failed."}
	AttributeError            = &Type{Name: "AttributeError", Base: ExceptionType, Flags: excFlags, Doc: "Attribute not found."}
	BufferError               = &Type{Name: "BufferError", Base: ExceptionType, Flags: excFlags, Doc: "Buffer error."}
	EOFError                  = &Type{Name: "EOFError", Base: ExceptionType, Flags: excFlags, Doc: "Read beyond end of file."}
	EnvironmentError          = &Type{Name: "EnvironmentError", Base: ExceptionType, Flags: excFlags, Doc: "Base class for I/O related errors."}
	IOError                   = &Type{Name: "IOError", Base: EnvironmentError, Flags: excFlags, Doc: "I/O operation failed."}
	OSError                   = &Type{Name: "OSError", Base: EnvironmentError, Flags: excFlags, Doc: "OS system call failed."}
	ImportError               = &Type{Name: "ImportError", Base: ExceptionType, Flags: excFlags, Doc: "Import can't find module, or can't find name in module."}
	LookupError               = &Type{Name: "LookupError", Base: ExceptionType, Flags: excFlags, Doc: "Base class for lookup errors."}
	IndexError                = &Type{Name: "IndexError", Base: LookupError, Flags: excFlags, Doc: "Sequence index out of range."}
	KeyError                  = &Type{Name: "KeyError", Base: LookupError, Flags: excFlags, Doc: "Mapping key not found."}
	MemoryError               = &Type{Name: "MemoryError", Base: ExceptionType, Flags: excFlags, Doc: "Out of memory."}
	NameError                 = &Type{Name: "NameError", Base: ExceptionType, Flags: excFlags, Doc: "Name not found globally."}
	UnboundLocalError         = &Type{Name: "UnboundLocalError", Base: NameError, Flags: excFlags, Doc: "Local name referenced but not bound to a value."}
	ReferenceError            = &Type{Name: "ReferenceError", Base: ExceptionType, Flags: excFlags, Doc: "Weak ref proxy used after referent went away."}
	RuntimeError              = &Type{Name: "RuntimeError", Base: ExceptionType, Flags: excFlags, Doc: "Unspecified run-time error."}
	NotImplementedError       = &Type{Name: "NotImplementedError", Base: RuntimeError, Flags: excFlags, Doc: "Method or function hasn't been implemented yet."}
	StopIteration             = &Type{Name: "StopIteration", Base: ExceptionType, Flags: excFlags, Doc: "Signal the end from iterator.__next__()."}
	SyntaxError               = &Type{Name: "SyntaxError", Base: ExceptionType, Flags: excFlags, Doc: "Invalid syntax."}
	IndentationError          = &Type{Name: "IndentationError", Base: SyntaxError, Flags: excFlags, Doc: "Improper indentation."}
	TabError                  = &Type{Name: "TabError", Base: IndentationError, Flags: excFlags, Doc: "Improper mixture of spaces and tabs."}
	SystemError               = &Type{Name: "SystemError", Base: ExceptionType, Flags: excFlags, Doc: "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version."}
	TypeError                 = &Type{Name: "TypeError", Base: ExceptionType, Flags: excFlags, Doc: "Inappropriate argument type."}
	ValueError                = &Type{Name: "ValueError", Base: ExceptionType, Flags: excFlags, Doc: "Inappropriate argument value (of correct type)."}
	UnicodeError              = &Type{Name: "UnicodeError", Base: ValueError, Flags: excFlags, Doc: "Unicode related error."}
	UnicodeDecodeError        = &Type{Name: "UnicodeDecodeError", Base: UnicodeError, Flags: excFlags, Doc: "Unicode decoding error."}
	UnicodeEncodeError        = &Type{Name: "UnicodeEncodeError", Base: UnicodeError, Flags: excFlags, Doc: "Unicode encoding error."}
	UnicodeTranslateError     = &Type{Name: "UnicodeTranslateError", Base: UnicodeError, Flags: excFlags, Doc: "Unicode translation error."}
	Warning                   = &Type{Name: "Warning", Base: ExceptionType, Flags: excFlags, Doc: "Base class for warning categories."}
	BytesWarning              = &Type{Name: "BytesWarning", Base: Warning, Flags: excFlags, Doc: "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str."}
	DeprecationWarning        = &Type{Name: "DeprecationWarning", Base: Warning, Flags: excFlags, Doc: "Base class for warnings about deprecated features."}
	FutureWarning             = &Type{Name: "FutureWarning", Base: Warning, Flags: excFlags, Doc: "Base class for warnings about constructs that will change semantically\nin the future."}
	ImportWarning             = &Type{Name: "ImportWarning", Base: Warning, Flags: excFlags, Doc: "Base class for warnings about probable mistakes in module imports"}
	PendingDeprecationWarning = &Type{Name: "PendingDeprecationWarning", Base: Warning, Flags: excFlags, Doc: "Base class for warnings about features which will be deprecated\nin the future."}
	ResourceWarning           = &Type{Name: "ResourceWarning", Base: Warning, Flags: excFlags, Doc: "Base class for warnings about resource usage."}
	RuntimeWarning            = &Type{Name: "RuntimeWarning", Base: Warning, Flags: excFlags, Doc: "Base class for warnings about dubious runtime behavior."}
	SyntaxWarning             = &Type{Name: "SyntaxWarning", Base: Warning, Flags: excFlags, Doc: "Base class for warnings about dubious syntax."}
	UnicodeWarning            = &Type{Name: "UnicodeWarning", Base: Warning, Flags: excFlags, Doc: "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems."}
	UserWarning               = &Type{Name: "UserWarning", Base: Warning, Flags: excFlags, Doc: "Base class for warnings generated by user code."}
	GeneratorExit             = &Type{Name: "GeneratorExit", Base: BaseExceptionType, Flags: excFlags, Doc: "Request that a generator exit."}
	KeyboardInterrupt         = &Type{Name: "KeyboardInterrupt", Base: BaseExceptionType, Flags: excFlags, Doc: "Program interrupted by user."}
	SystemExit                = &Type{Name: "SystemExit", Base: BaseExceptionType, Flags: excFlags, Doc: "Request to exit from the interpreter."}
)

// excFlags are the flags of every built-in exception class.
const excFlags = FlagBaseType | FlagHasDict

// ExceptionTypes lists the built-in exception classes, each after its
// base: those the builtins module exposes.
var ExceptionTypes = []*Type{
	BaseExceptionType,
	ExceptionType,
	ArithmeticError,
	FloatingPointError,
	OverflowError,
	ZeroDivisionError,
	AssertionError,
	AttributeError,
	BufferError,
	EOFError,
	EnvironmentError,
	IOError,
	OSError,
	ImportError,
	LookupError,
	IndexError,
	KeyError,
	MemoryError,
	NameError,
	UnboundLocalError,
	ReferenceError,
	RuntimeError,
	NotImplementedError,
	StopIteration,
	SyntaxError,
	IndentationError,
	TabError,
	SystemError,
	TypeError,
	ValueError,
	UnicodeError,
	UnicodeDecodeError,
	UnicodeEncodeError,
	UnicodeTranslateError,
	Warning,
	BytesWarning,
	DeprecationWarning,
	FutureWarning,
	ImportWarning,
	PendingDeprecationWarning,
	ResourceWarning,
	RuntimeWarning,
	SyntaxWarning,
	UnicodeWarning,
	UserWarning,
	GeneratorExit,
	KeyboardInterrupt,
	SystemExit,
}

// Dict returns the exception's __dict__, creating it on first use.
func (e *BaseException) Dict() *Dict {
	if e.dict == nil {
		e.dict = NewDict()
	}
	return e.dict
}

// IsExceptionClass reports whether o is BaseException or a subclass of it
// (CPython's PyExceptionClass_Check).
func IsExceptionClass(o Object) bool {
	typ, ok := o.(*Type)
	return ok && typ.IsSubtype(BaseExceptionType)
}

// ExceptionMatches reports whether the exception exc (an instance or a
// class) is matched by the clause `except match:`, where match is an
// exception class or a tuple of them, as 3.2's COMPARE_OP exception-match
// does: anything else in match is a TypeError.
func ExceptionMatches(exc Object, match Object) (bool, error) {
	if tup, ok := match.(*Tuple); ok {
		for _, m := range tup.Items {
			if !IsExceptionClass(m) {
				return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
			}
		}
	} else if !IsExceptionClass(match) {
		return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
	}
	return GivenExceptionMatches(exc, match), nil
}

// GivenExceptionMatches reports whether the exception exc (an instance or
// a class) is an instance of match, a class or a tuple (nested tuples
// allowed) of classes, without checking match (CPython's
// PyErr_GivenExceptionMatches).
func GivenExceptionMatches(exc Object, match Object) bool {
	if tup, ok := match.(*Tuple); ok {
		for _, m := range tup.Items {
			if GivenExceptionMatches(exc, m) {
				return true
			}
		}
		return false
	}
	if e, ok := exc.(*BaseException); ok {
		exc = e.typ
	}
	if IsExceptionClass(exc) && IsExceptionClass(match) {
		return exc.(*Type).IsSubtype(match.(*Type))
	}
	return exc == match
}

// Matches reports whether the exception is an instance of class typ.
// It is the quick test Go code uses on an error from an operation:
//
//	if py.ErrorMatches(err, py.KeyError) { ... }
func (e *BaseException) Matches(typ *Type) bool { return e.typ.IsSubtype(typ) }

// ErrorMatches reports whether err is a Python exception of class typ or
// a subclass.
func ErrorMatches(err error, typ *Type) bool {
	e, ok := err.(*BaseException)
	return ok && e.typ.IsSubtype(typ)
}

// MakeException turns the operand of a raise statement into the
// exception to raise, as 3.2's do_raise: a class is called with no
// arguments, an instance is itself, anything else is a TypeError. The
// error returned is the one to raise instead when the operand is wrong.
func MakeException(t *Thread, exc Object) (*BaseException, error) {
	if IsExceptionClass(exc) {
		v, err := Call(t, exc, nil, nil)
		if err != nil {
			return nil, err
		}
		e, ok := v.(*BaseException)
		if !ok {
			r1, err := Repr(t, exc)
			if err != nil {
				return nil, err
			}
			r2, err := Repr(t, v.Type())
			if err != nil {
				return nil, err
			}
			return nil, Errorf(TypeError, "calling %s should have returned an instance of BaseException, not %s", r1.s, r2.s)
		}
		return e, nil
	}
	if e, ok := exc.(*BaseException); ok {
		return e, nil
	}
	return nil, Errorf(TypeError, "exceptions must derive from BaseException")
}

// MakeCause turns the operand of `raise ... from cause` into the cause,
// as 3.2's do_raise: a class is called, an instance is itself; anything
// else, None included, is a TypeError.
func MakeCause(t *Thread, cause Object) (*BaseException, error) {
	if IsExceptionClass(cause) {
		v, err := Call(t, cause, nil, nil)
		if err != nil {
			return nil, err
		}
		if e, ok := v.(*BaseException); ok {
			return e, nil
		}
		// CPython stores whatever the call returned; a cause that is
		// not an exception cannot be represented here.
		return nil, Errorf(TypeError, "exception causes must derive from BaseException")
	}
	if e, ok := cause.(*BaseException); ok {
		return e, nil
	}
	return nil, Errorf(TypeError, "exception causes must derive from BaseException")
}

// The methods and attributes of BaseException, which every exception
// class inherits.
func init() {
	// Every class has an __init__ of its own, as CPython's exception
	// types all fill tp_init. (They fill tp_new too, all with the same
	// function; here only BaseException has New, which the others
	// inherit, so that BaseException.__new__(KeyError) is safe, as in
	// CPython, though __new__ is then missing from their __dict__.)
	for _, typ := range ExceptionTypes {
		typ.Init = exceptionInit
	}
	b := BaseExceptionType
	b.New = exceptionNew
	b.Repr = exceptionRepr
	b.Str = exceptionStr
	b.AddMethods(
		MethodDef{Name: "__reduce__", Fn: exceptionReduce},
		MethodDef{Name: "__setstate__", Fn: exceptionSetState},
		MethodDef{Name: "with_traceback", Fn: exceptionWithTraceback,
			Doc: "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
	)
	b.AddGetSets(
		GetSetDef{Name: "__dict__", Get: exceptionGetDict, Set: exceptionSetDict},
		GetSetDef{Name: "args", Get: exceptionGetArgs, Set: exceptionSetArgs},
		GetSetDef{Name: "__traceback__", Get: exceptionGetTraceback, Set: exceptionSetTraceback},
		GetSetDef{Name: "__context__", Get: exceptionGetContext, Set: exceptionSetContext, Doc: "exception context"},
		GetSetDef{Name: "__cause__", Get: exceptionGetCause, Set: exceptionSetCause, Doc: "exception cause"},
	)
	KeyError.Str = keyErrorStr
}

// asException returns self as an exception; the descriptors that call the
// functions below have checked its type already.
func asException(self Object) (*BaseException, error) {
	e, ok := self.(*BaseException)
	if !ok {
		return nil, Errorf(TypeError, "descriptor requires a 'BaseException' object but received a '%s'", self.Type().Name)
	}
	return e, nil
}

// exceptionNew is BaseException.__new__, inherited by every exception
// class (those written in Python included): it makes an exception of
// class typ whose args are the positional arguments.
func exceptionNew(t *Thread, typ *Type, args []Object, kwnames *Tuple) (Object, error) {
	pos := args[:len(args)-NumKw(kwnames)]
	return &BaseException{typ: typ, Args: copyTuple(pos)}, nil
}

// copyTuple returns a tuple of the items (which it copies: they usually
// lie in the caller's stack).
func copyTuple(items []Object) *Tuple {
	if len(items) == 0 {
		return NewTuple()
	}
	return NewTuple(append([]Object(nil), items...)...)
}

// sameArgs reports whether the exception's args hold exactly items, so
// that __init__ after __new__ need not copy them again.
func (e *BaseException) sameArgs(items []Object) bool {
	if e.Args == nil || len(e.Args.Items) != len(items) {
		return false
	}
	for i, a := range items {
		if e.Args.Items[i] != a {
			return false
		}
	}
	return true
}

// exceptionInit is BaseException.__init__: keyword arguments are refused,
// and the positional ones become args.
func exceptionInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	e, err := asException(self)
	if err != nil {
		return err
	}
	if err := NoKeywords(e.typ.Name, kwnames); err != nil {
		return err
	}
	if !e.sameArgs(args) {
		e.Args = copyTuple(args)
	}
	return nil
}

func exceptionRepr(t *Thread, self Object) (Object, error) {
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	r, err := Repr(t, e.args())
	if err != nil {
		return nil, err
	}
	return NewStr(e.typ.Name + r.s), nil
}

// args returns the args tuple (never nil).
func (e *BaseException) args() *Tuple {
	if e.Args == nil {
		return NewTuple()
	}
	return e.Args
}

func exceptionStr(t *Thread, self Object) (Object, error) {
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	return baseExceptionStr(t, e)
}

// baseExceptionStr is BaseException.__str__: "" for no args, str of the
// one arg, else str of the args tuple.
func baseExceptionStr(t *Thread, e *BaseException) (Object, error) {
	args := e.args()
	switch len(args.Items) {
	case 0:
		return NewStr(""), nil
	case 1:
		return StrOf(t, args.Items[0])
	}
	return StrOf(t, args)
}

// keyErrorStr is KeyError.__str__: the repr of a single argument, so that
// {}[”] reports KeyError: ”.
func keyErrorStr(t *Thread, self Object) (Object, error) {
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	if args := e.args(); len(args.Items) == 1 {
		return Repr(t, args.Items[0])
	}
	return baseExceptionStr(t, e)
}

func exceptionReduce(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__reduce__", args, kwnames); err != nil {
		return nil, err
	}
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	return e.reduce(e.args()), nil
}

// reduce returns __reduce__'s (class, args) or (class, args, __dict__).
func (e *BaseException) reduce(args *Tuple) Object {
	if e.dict != nil {
		return NewTuple(e.typ, args, e.dict)
	}
	return NewTuple(e.typ, args)
}

func exceptionSetState(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	state, err := OneArg("__setstate__", args, kwnames)
	if err != nil {
		return nil, err
	}
	if state == None {
		return None, nil
	}
	d, ok := state.(*Dict)
	if !ok {
		return nil, Errorf(TypeError, "state is not a dictionary")
	}
	var keys, values []Object
	d.Range(func(k, v Object) bool {
		keys = append(keys, k)
		values = append(values, v)
		return true
	})
	for i, k := range keys {
		name, ok := k.(*Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", k.Type().Name)
		}
		if err := SetAttr(t, self, name, values[i]); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func exceptionWithTraceback(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	tb, err := OneArg("with_traceback", args, kwnames)
	if err != nil {
		return nil, err
	}
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	if err := e.SetTraceback(tb); err != nil {
		return nil, err
	}
	return e, nil
}

// SetTraceback sets __traceback__ to tb, a traceback or None.
func (e *BaseException) SetTraceback(tb Object) error {
	if tb == None {
		e.Traceback = nil
		return nil
	}
	if !isTraceback(tb) {
		return Errorf(TypeError, "__traceback__ must be a traceback or None")
	}
	e.Traceback = tb
	return nil
}

// isTraceback reports whether o is a traceback object.
func isTraceback(o Object) bool {
	_, ok := o.(*Traceback)
	return ok
}

func exceptionGetDict(t *Thread, self Object) (Object, error) {
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	return e.Dict(), nil
}

func exceptionSetDict(t *Thread, self, value Object) error {
	e, err := asException(self)
	if err != nil {
		return err
	}
	if value == nil {
		return Errorf(TypeError, "__dict__ may not be deleted")
	}
	d, ok := value.(*Dict)
	if !ok {
		return Errorf(TypeError, "__dict__ must be a dictionary")
	}
	e.dict = d
	return nil
}

func exceptionGetArgs(t *Thread, self Object) (Object, error) {
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	return e.args(), nil
}

func exceptionSetArgs(t *Thread, self, value Object) error {
	e, err := asException(self)
	if err != nil {
		return err
	}
	if value == nil {
		return Errorf(TypeError, "args may not be deleted")
	}
	tup, err := excSequenceTuple(t, value)
	if err != nil {
		return err
	}
	e.Args = tup
	return nil
}

// excSequenceTuple is tuple(o) (CPython's PySequence_Tuple).
func excSequenceTuple(t *Thread, o Object) (*Tuple, error) {
	if tup, ok := o.(*Tuple); ok && tup.ext.p == nil {
		return tup, nil
	}
	if l, ok := o.(*List); ok && l.ext.p == nil {
		return copyTuple(l.Items), nil
	}
	it, err := Iter(t, o)
	if err != nil {
		return nil, err
	}
	var items []Object
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return NewTuple(items...), nil
		}
		items = append(items, x)
	}
}

func exceptionGetTraceback(t *Thread, self Object) (Object, error) {
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	if e.Traceback == nil {
		return None, nil
	}
	return e.Traceback, nil
}

func exceptionSetTraceback(t *Thread, self, value Object) error {
	e, err := asException(self)
	if err != nil {
		return err
	}
	if value == nil {
		return Errorf(TypeError, "__traceback__ may not be deleted")
	}
	return e.SetTraceback(value)
}

func exceptionGetContext(t *Thread, self Object) (Object, error) {
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	if e.Context == nil {
		return None, nil
	}
	return e.Context, nil
}

func exceptionSetContext(t *Thread, self, value Object) error {
	e, err := asException(self)
	if err != nil {
		return err
	}
	switch v := value.(type) {
	case nil:
		return Errorf(TypeError, "__context__ may not be deleted")
	case *NoneObject:
		e.Context = nil
	case *BaseException:
		e.Context = v
	default:
		return Errorf(TypeError, "exception context must be None or derive from BaseException")
	}
	return nil
}

func exceptionGetCause(t *Thread, self Object) (Object, error) {
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	if e.Cause == nil {
		return None, nil
	}
	return e.Cause, nil
}

func exceptionSetCause(t *Thread, self, value Object) error {
	e, err := asException(self)
	if err != nil {
		return err
	}
	switch v := value.(type) {
	case nil:
		return Errorf(TypeError, "__cause__ may not be deleted")
	case *NoneObject:
		e.Cause = nil
	case *BaseException:
		e.Cause = v
	default:
		return Errorf(TypeError, "exception cause must be None or derive from BaseException")
	}
	return nil
}
