package py

import (
	"fmt"
	"strings"
)

// The exception classes with attributes of their own: SystemExit,
// EnvironmentError (IOError, OSError), SyntaxError (IndentationError,
// TabError) and the Unicode errors. Their attributes live in
// BaseException.fields at these indexes; a nil entry reads as None.
const (
	fieldCode = 0 // SystemExit.code

	fieldErrno    = 0 // EnvironmentError
	fieldStrerror = 1
	fieldFilename = 2

	fieldMsg              = 0 // SyntaxError
	fieldSynFilename      = 1
	fieldLineno           = 2
	fieldOffset           = 3
	fieldText             = 4
	fieldPrintFileAndLine = 5

	fieldEncoding = 0 // UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError
	fieldObject   = 1
	fieldStart    = 2 // an *Int, nil for 0
	fieldEnd      = 3
	fieldReason   = 4

	numFields = 6
)

func init() {
	// IOError and OSError share EnvironmentError's __init__, and
	// IndentationError and TabError SyntaxError's, as in CPython.
	SystemExit.Init = systemExitInit
	IOError.Init = envErrorInit
	OSError.Init = envErrorInit
	IndentationError.Init = syntaxErrorInit
	TabError.Init = syntaxErrorInit
	SystemExit.AddGetSets(memberDef("code", fieldCode, "exception code"))

	EnvironmentError.Init = envErrorInit
	EnvironmentError.Str = envErrorStr
	EnvironmentError.AddMethods(MethodDef{Name: "__reduce__", Fn: envErrorReduce})
	EnvironmentError.AddGetSets(
		memberDef("errno", fieldErrno, "exception errno"),
		memberDef("strerror", fieldStrerror, "exception strerror"),
		memberDef("filename", fieldFilename, "exception filename"),
	)

	SyntaxError.Init = syntaxErrorInit
	SyntaxError.Str = syntaxErrorStr
	SyntaxError.AddGetSets(
		memberDef("msg", fieldMsg, "exception msg"),
		memberDef("filename", fieldSynFilename, "exception filename"),
		memberDef("lineno", fieldLineno, "exception lineno"),
		memberDef("offset", fieldOffset, "exception offset"),
		memberDef("text", fieldText, "exception text"),
		memberDef("print_file_and_line", fieldPrintFileAndLine, "exception print_file_and_line"),
	)

	UnicodeEncodeError.Init = unicodeEncodeErrorInit
	UnicodeEncodeError.Str = unicodeEncodeErrorStr
	UnicodeDecodeError.Init = unicodeDecodeErrorInit
	UnicodeDecodeError.Str = unicodeDecodeErrorStr
	UnicodeTranslateError.Init = unicodeTranslateErrorInit
	UnicodeTranslateError.Str = unicodeTranslateErrorStr
	for _, typ := range []*Type{UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError} {
		typ.AddGetSets(
			memberDef("encoding", fieldEncoding, "exception encoding"),
			memberDef("object", fieldObject, "exception object"),
			sizeMemberDef("start", fieldStart, "exception start"),
			sizeMemberDef("end", fieldEnd, "exception end"),
			memberDef("reason", fieldReason, "exception reason"),
		)
	}
}

// field returns attribute i (nil when unset).
func (e *BaseException) field(i int) Object {
	if e.fields == nil {
		return nil
	}
	return e.fields[i]
}

// setField sets attribute i (nil unsets it).
func (e *BaseException) setField(i int, v Object) {
	if e.fields == nil {
		if v == nil {
			return
		}
		e.fields = make([]Object, numFields)
	}
	e.fields[i] = v
}

// Field returns the attribute name of an exception of a class that keeps
// attributes in fields (SystemExit's code, EnvironmentError's errno,
// strerror and filename, SyntaxError's msg, filename, lineno, offset, text,
// the Unicode errors' encoding, object, start, end, reason), None when it
// is unset, and nil when the class has no such attribute.
func (e *BaseException) Field(name string) Object {
	i := fieldIndex(e.typ, name)
	if i < 0 {
		return nil
	}
	v := e.field(i)
	if v == nil {
		if e.typ.IsSubtype(UnicodeError) && (i == fieldStart || i == fieldEnd) {
			return NewInt(0)
		}
		return None
	}
	return v
}

// fieldIndex returns the index of attribute name for instances of typ,
// or -1.
func fieldIndex(typ *Type, name string) int {
	var names []string
	switch {
	case typ.IsSubtype(SystemExit):
		names = []string{"code"}
	case typ.IsSubtype(EnvironmentError):
		names = []string{"errno", "strerror", "filename"}
	case typ.IsSubtype(SyntaxError):
		names = []string{"msg", "filename", "lineno", "offset", "text", "print_file_and_line"}
	case typ.IsSubtype(UnicodeEncodeError), typ.IsSubtype(UnicodeDecodeError), typ.IsSubtype(UnicodeTranslateError):
		names = []string{"encoding", "object", "start", "end", "reason"}
	}
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}

// memberDef is an object attribute stored in fields (CPython's T_OBJECT
// member): any value may be set, deleting unsets it, unset reads as None.
func memberDef(name string, i int, doc string) GetSetDef {
	return GetSetDef{
		Name: name,
		Doc:  doc,
		Get: func(t *Thread, self Object) (Object, error) {
			e, err := asException(self)
			if err != nil {
				return nil, err
			}
			if v := e.field(i); v != nil {
				return v, nil
			}
			return None, nil
		},
		Set: func(t *Thread, self, value Object) error {
			e, err := asException(self)
			if err != nil {
				return err
			}
			e.setField(i, value)
			return nil
		},
	}
}

// sizeMemberDef is an integer attribute stored in fields (CPython's
// T_PYSSIZET member): 0 when unset, set only to an int.
func sizeMemberDef(name string, i int, doc string) GetSetDef {
	return GetSetDef{
		Name: name,
		Doc:  doc,
		Get: func(t *Thread, self Object) (Object, error) {
			e, err := asException(self)
			if err != nil {
				return nil, err
			}
			return NewInt(int64(e.sizeField(i))), nil
		},
		Set: func(t *Thread, self, value Object) error {
			e, err := asException(self)
			if err != nil {
				return err
			}
			if value == nil {
				return Errorf(TypeError, "can't delete numeric/char attribute")
			}
			n, err := excSsize(t, value)
			if err != nil {
				return err
			}
			e.setField(i, NewInt(int64(n)))
			return nil
		},
	}
}

// sizeField returns an integer field (start, end).
func (e *BaseException) sizeField(i int) int {
	if v, ok := e.field(i).(*Int); ok {
		return int(v.v)
	}
	return 0
}

// excSsize converts o as PyLong_AsSsize_t does.
func excSsize(t *Thread, o Object) (int, error) {
	i, ok := o.(*Int)
	if !ok {
		return 0, Errorf(TypeError, "an integer is required")
	}
	if i.b != nil {
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(i.v), nil
}

// initFields sets the attributes of a new exception from its args, for
// NewException, as the class's __init__ would (without its checks: Go
// callers pass correct arguments).
func initFields(e *BaseException, args []Object) {
	switch {
	case e.typ.IsSubtype(SystemExit):
		setSystemExitCode(e, args)
	case e.typ.IsSubtype(EnvironmentError):
		setEnvErrorFields(e, args)
	case e.typ.IsSubtype(SyntaxError):
		_ = setSyntaxErrorFields(nil, e, args)
	case e.typ.IsSubtype(UnicodeEncodeError), e.typ.IsSubtype(UnicodeDecodeError):
		if len(args) == 5 {
			e.fields = []Object{args[0], args[1], args[2], args[3], args[4], nil}
		}
	case e.typ.IsSubtype(UnicodeTranslateError):
		if len(args) == 4 {
			e.fields = []Object{nil, args[0], args[1], args[2], args[3], nil}
		}
	}
}

// SystemExit

func systemExitInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	if err := exceptionInit(t, self, args, kwnames); err != nil {
		return err
	}
	e := self.(*BaseException)
	setSystemExitCode(e, e.Args.Items)
	return nil
}

func setSystemExitCode(e *BaseException, args []Object) {
	switch len(args) {
	case 0:
	case 1:
		e.setField(fieldCode, args[0])
	default:
		e.setField(fieldCode, e.Args)
	}
}

// EnvironmentError

func envErrorInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	if err := exceptionInit(t, self, args, kwnames); err != nil {
		return err
	}
	e := self.(*BaseException)
	setEnvErrorFields(e, e.Args.Items)
	return nil
}

// setEnvErrorFields sets errno and strerror from 2 or 3 arguments, and
// filename from a third, which leaves args (so that args stays a pair).
func setEnvErrorFields(e *BaseException, args []Object) {
	if len(args) < 2 || len(args) > 3 {
		return
	}
	e.setField(fieldErrno, args[0])
	e.setField(fieldStrerror, args[1])
	if len(args) == 3 {
		e.setField(fieldFilename, args[2])
		e.Args = NewTuple(args[0], args[1])
	}
}

func envErrorStr(t *Thread, self Object) (Object, error) {
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	errno, strerror, filename := e.field(fieldErrno), e.field(fieldStrerror), e.field(fieldFilename)
	if filename != nil || errno != nil && strerror != nil {
		s1, err := StrOf(t, orNone(errno))
		if err != nil {
			return nil, err
		}
		s2, err := StrOf(t, orNone(strerror))
		if err != nil {
			return nil, err
		}
		if filename == nil {
			return NewStr("[Errno " + s1.s + "] " + s2.s), nil
		}
		r, err := Repr(t, filename)
		if err != nil {
			return nil, err
		}
		return NewStr("[Errno " + s1.s + "] " + s2.s + ": " + r.s), nil
	}
	return baseExceptionStr(t, e)
}

func orNone(o Object) Object {
	if o == nil {
		return None
	}
	return o
}

func envErrorReduce(t *Thread, self Object, args []Object, kwnames *Tuple) (Object, error) {
	if err := NoArgs("__reduce__", args, kwnames); err != nil {
		return nil, err
	}
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	a := e.args()
	if f := e.field(fieldFilename); f != nil && len(a.Items) == 2 {
		a = NewTuple(a.Items[0], a.Items[1], f)
	}
	return e.reduce(a), nil
}

// NewOSError returns an exception of class typ (IOError or OSError) for
// the Go error err from an operation on filename ("" for none), with the
// errno and strerror of the underlying system error: str gives "[Errno 2]
// No such file or directory: 'x'".
func NewOSError(typ *Type, err error, filename string) *BaseException {
	errno, strerror := Errno(err)
	if errno == 0 {
		return NewException(typ, NewStr(err.Error()))
	}
	if filename == "" {
		return NewException(typ, NewInt(int64(errno)), NewStr(strerror))
	}
	return NewException(typ, NewInt(int64(errno)), NewStr(strerror), NewStr(filename))
}

// SyntaxError

func syntaxErrorInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	if err := exceptionInit(t, self, args, kwnames); err != nil {
		return err
	}
	e := self.(*BaseException)
	return setSyntaxErrorFields(t, e, e.Args.Items)
}

// setSyntaxErrorFields sets msg from the first argument and filename,
// lineno, offset and text from a second, a sequence of four.
func setSyntaxErrorFields(t *Thread, e *BaseException, args []Object) error {
	if len(args) >= 1 {
		e.setField(fieldMsg, args[0])
	}
	if len(args) == 2 {
		var info *Tuple
		if tup, ok := args[1].(*Tuple); ok {
			info = tup
		} else {
			if t == nil {
				return nil
			}
			var err error
			if info, err = excSequenceTuple(t, args[1]); err != nil {
				return err
			}
		}
		if len(info.Items) != 4 {
			return Errorf(IndexError, "tuple index out of range")
		}
		e.setField(fieldSynFilename, info.Items[0])
		e.setField(fieldLineno, info.Items[1])
		e.setField(fieldOffset, info.Items[2])
		e.setField(fieldText, info.Items[3])
	}
	return nil
}

func syntaxErrorStr(t *Thread, self Object) (Object, error) {
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	msg, err := StrOf(t, orNone(e.field(fieldMsg)))
	if err != nil {
		return nil, err
	}
	filename := ""
	haveFilename := false
	if f, ok := e.field(fieldSynFilename).(*Str); ok {
		filename, haveFilename = f.s, true
		if i := strings.LastIndexByte(filename, '/'); i >= 0 {
			filename = filename[i+1:]
		}
	}
	lineno, haveLineno := e.field(fieldLineno).(*Int)
	haveLineno = haveLineno && lineno.ext.p == nil
	var line string
	if haveLineno {
		if lineno.b != nil {
			line = "-1"
		} else {
			line = fmt.Sprint(lineno.v)
		}
	}
	switch {
	case haveFilename && haveLineno:
		return NewStr(msg.s + " (" + filename + ", line " + line + ")"), nil
	case haveFilename:
		return NewStr(msg.s + " (" + filename + ")"), nil
	case haveLineno:
		return NewStr(msg.s + " (line " + line + ")"), nil
	}
	return msg, nil
}

// The Unicode errors

func unicodeEncodeErrorInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	return unicodeErrorInit(t, self, args, kwnames, false)
}

func unicodeDecodeErrorInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	return unicodeErrorInit(t, self, args, kwnames, true)
}

// unicodeErrorInit checks and stores the arguments (encoding, object,
// start, end, reason) of UnicodeEncodeError (object a str) or
// UnicodeDecodeError (object bytes or a buffer).
func unicodeErrorInit(t *Thread, self Object, args []Object, kwnames *Tuple, decode bool) error {
	if err := exceptionInit(t, self, args, kwnames); err != nil {
		return err
	}
	e := self.(*BaseException)
	e.fields = nil
	if len(args) != 5 {
		return Errorf(TypeError, "function takes exactly 5 arguments (%d given)", len(args))
	}
	if _, ok := args[0].(*Str); !ok {
		return Errorf(TypeError, "must be str, not %s", args[0].Type().Name)
	}
	object := args[1]
	if !decode {
		if _, ok := object.(*Str); !ok {
			return Errorf(TypeError, "must be str, not %s", object.Type().Name)
		}
	}
	start, err := ArgIndex(t, args[2])
	if err != nil {
		return err
	}
	end, err := ArgIndex(t, args[3])
	if err != nil {
		return err
	}
	if _, ok := args[4].(*Str); !ok {
		return Errorf(TypeError, "must be str, not %s", args[4].Type().Name)
	}
	if decode {
		b, ok := bytesOfBuffer(object)
		if !ok {
			return Errorf(TypeError, "expected an object with a buffer interface")
		}
		object = b
	}
	e.fields = []Object{args[0], object, NewInt(int64(start)), NewInt(int64(end)), args[4], nil}
	return nil
}

// bytesOfBuffer returns the bytes of an object with the buffer interface
// (bytes itself, or a copy of a bytearray's contents).
func bytesOfBuffer(o Object) (*Bytes, bool) {
	switch b := o.(type) {
	case *Bytes:
		return b, true
	case *ByteArray:
		return NewBytes(string(b.b)), true
	}
	if bp, ok := o.(interface{ BufferBytes() []byte }); ok {
		return NewBytes(string(bp.BufferBytes())), true
	}
	return nil, false
}

func unicodeTranslateErrorInit(t *Thread, self Object, args []Object, kwnames *Tuple) error {
	if err := exceptionInit(t, self, args, kwnames); err != nil {
		return err
	}
	e := self.(*BaseException)
	e.fields = nil
	if len(args) != 4 {
		return Errorf(TypeError, "function takes exactly 4 arguments (%d given)", len(args))
	}
	if _, ok := args[0].(*Str); !ok {
		return Errorf(TypeError, "must be str, not %s", args[0].Type().Name)
	}
	start, err := ArgIndex(t, args[1])
	if err != nil {
		return err
	}
	end, err := ArgIndex(t, args[2])
	if err != nil {
		return err
	}
	if _, ok := args[3].(*Str); !ok {
		return Errorf(TypeError, "must be str, not %s", args[3].Type().Name)
	}
	e.fields = []Object{nil, args[0], NewInt(int64(start)), NewInt(int64(end)), args[3], nil}
	return nil
}

// strOrNULL is str() of an attribute, or "<NULL>" when it is unset, as
// CPython's %S shows a NULL.
func strOrNULL(t *Thread, o Object) (string, error) {
	if o == nil {
		return "<NULL>", nil
	}
	s, err := StrOf(t, o)
	if err != nil {
		return "", err
	}
	return s.s, nil
}

// unicodeErrorParts returns str() of the reason and the encoding, and
// start and end.
func unicodeErrorParts(t *Thread, e *BaseException) (reason, encoding string, start, end int, err error) {
	if reason, err = strOrNULL(t, e.field(fieldReason)); err != nil {
		return
	}
	if encoding, err = strOrNULL(t, e.field(fieldEncoding)); err != nil {
		return
	}
	return reason, encoding, e.sizeField(fieldStart), e.sizeField(fieldEnd), nil
}

// badCharString is how the Unicode errors show one code point: \xNN,
// \uNNNN or \UNNNNNNNN.
func badCharString(c rune) string {
	switch {
	case c <= 0xff:
		return fmt.Sprintf("\\x%02x", c)
	case c <= 0xffff:
		return fmt.Sprintf("\\u%04x", c)
	}
	return fmt.Sprintf("\\U%08x", c)
}

// codePointAt returns the code point at index i of s and whether s has
// more than i code points.
func codePointAt(s *Str, i int) (rune, bool) {
	if i < 0 {
		return 0, false
	}
	n := 0
	for j := 0; j < len(s.s); {
		c, size := decodeRune(s.s, j)
		if n == i {
			return c, true
		}
		j += size
		n++
	}
	return 0, false
}

func unicodeEncodeErrorStr(t *Thread, self Object) (Object, error) {
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	reason, encoding, start, end, err := unicodeErrorParts(t, e)
	if err != nil {
		return nil, err
	}
	if obj, ok := e.field(fieldObject).(*Str); ok && end == start+1 {
		if c, ok := codePointAt(obj, start); ok {
			return NewStr(fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", encoding, badCharString(c), start, reason)), nil
		}
	}
	return NewStr(fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", encoding, start, end-1, reason)), nil
}

func unicodeDecodeErrorStr(t *Thread, self Object) (Object, error) {
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	reason, encoding, start, end, err := unicodeErrorParts(t, e)
	if err != nil {
		return nil, err
	}
	if obj, ok := e.field(fieldObject).(*Bytes); ok && end == start+1 && start >= 0 && start < len(obj.s) {
		return NewStr(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding, obj.s[start], start, reason)), nil
	}
	return NewStr(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", encoding, start, end-1, reason)), nil
}

func unicodeTranslateErrorStr(t *Thread, self Object) (Object, error) {
	e, err := asException(self)
	if err != nil {
		return nil, err
	}
	reason, err := strOrNULL(t, e.field(fieldReason))
	if err != nil {
		return nil, err
	}
	start, end := e.sizeField(fieldStart), e.sizeField(fieldEnd)
	if obj, ok := e.field(fieldObject).(*Str); ok && end == start+1 {
		if c, ok := codePointAt(obj, start); ok {
			return NewStr(fmt.Sprintf("can't translate character '%s' in position %d: %s", badCharString(c), start, reason)), nil
		}
	}
	return NewStr(fmt.Sprintf("can't translate characters in position %d-%d: %s", start, end-1, reason)), nil
}

// NewUnicodeEncodeError returns UnicodeEncodeError(encoding, object,
// start, end, reason), as the codecs raise it.
func NewUnicodeEncodeError(encoding string, object *Str, start, end int, reason string) *BaseException {
	return NewException(UnicodeEncodeError, NewStr(encoding), object, NewInt(int64(start)), NewInt(int64(end)), NewStr(reason))
}

// NewUnicodeDecodeError returns UnicodeDecodeError(encoding, object,
// start, end, reason), as the codecs raise it.
func NewUnicodeDecodeError(encoding string, object []byte, start, end int, reason string) *BaseException {
	return NewException(UnicodeDecodeError, NewStr(encoding), NewBytes(string(object)), NewInt(int64(start)), NewInt(int64(end)), NewStr(reason))
}
