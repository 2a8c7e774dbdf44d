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
