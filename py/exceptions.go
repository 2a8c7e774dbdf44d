package py

import "fmt"

// BaseException is a Python exception instance, of BaseException or any
// subclass (built-in or written in Python: Type() tells). It is the Go
// error that operations return. (Owner: exceptions helper, who adds the
// whole 3.2 hierarchy and the exceptions' attributes and methods.)
type BaseException struct {
	typ       *Type
	dict      *Dict
	Args      *Tuple
	Traceback Object         // a *Traceback, or nil for None
	Context   *BaseException // __context__
	Cause     *BaseException // __cause__
}

// Type returns the exception's class.
func (e *BaseException) Type() *Type { return e.typ }

// Error formats the exception as the last line of a traceback does.
func (e *BaseException) Error() string {
	msg := ""
	if e.Args != nil && len(e.Args.Items) == 1 {
		if s, ok := e.Args.Items[0].(*Str); ok {
			msg = s.s
		} else {
			msg = fmt.Sprint(e.Args.Items[0])
		}
	}
	if msg == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + msg
}

// NewException returns an exception of class typ with the given args,
// without running Python code (typ must be a built-in exception class or
// a subclass whose __init__ Python code does not need to run).
func NewException(typ *Type, args ...Object) *BaseException {
	return &BaseException{typ: typ, Args: NewTuple(args...)}
}

// Errorf returns an exception of class typ whose message is formatted
// from format and args, as CPython's PyErr_Format does.
func Errorf(typ *Type, format string, args ...interface{}) error {
	return NewException(typ, NewStr(fmt.Sprintf(format, args...)))
}

// The exception classes the core raises. The exceptions helper declares
// the rest of the hierarchy.
var (
	BaseExceptionType = &Type{Name: "BaseException", Flags: FlagBaseType | FlagHasDict}
	ExceptionType     = &Type{Name: "Exception", Base: BaseExceptionType, Flags: FlagBaseType | FlagHasDict}
	TypeError         = &Type{Name: "TypeError", Base: ExceptionType, Flags: FlagBaseType | FlagHasDict}
	ValueError        = &Type{Name: "ValueError", Base: ExceptionType, Flags: FlagBaseType | FlagHasDict}
	AttributeError    = &Type{Name: "AttributeError", Base: ExceptionType, Flags: FlagBaseType | FlagHasDict}
	NameError         = &Type{Name: "NameError", Base: ExceptionType, Flags: FlagBaseType | FlagHasDict}
	RuntimeError      = &Type{Name: "RuntimeError", Base: ExceptionType, Flags: FlagBaseType | FlagHasDict}
	StopIteration     = &Type{Name: "StopIteration", Base: ExceptionType, Flags: FlagBaseType | FlagHasDict}
)
