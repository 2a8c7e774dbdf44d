package py

import (
	"errors"
	"os"
	"syscall"
	"testing"

	"github.com/taipan-py/taipan/parser"
)

// The expected texts come from CPython 3.2.6.

func excStr(t *testing.T, th *Thread, e *BaseException) string {
	t.Helper()
	s, err := StrOf(th, e)
	if err != nil {
		t.Fatalf("str: %v", err)
	}
	return s.s
}

func excRepr(t *testing.T, th *Thread, e *BaseException) string {
	t.Helper()
	s, err := Repr(th, e)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return s.s
}

func TestExceptionStrRepr(t *testing.T) {
	th := testThread()
	cases := []struct {
		e          *BaseException
		str, repr  string
		goErrorMsg string
	}{
		{NewException(ValueError), "", "ValueError()", "ValueError"},
		{NewException(ValueError, NewStr("x")), "x", "ValueError('x',)", "ValueError: x"},
		{NewException(ValueError, NewInt(1), NewInt(2)), "(1, 2)", "ValueError(1, 2)", "ValueError: (1, 2)"},
		{NewException(KeyError, NewStr("k")), "'k'", "KeyError('k',)", "KeyError: 'k'"},
		{NewException(IOError, NewInt(2), NewStr("No such file or directory"), NewStr("x")),
			"[Errno 2] No such file or directory: 'x'", "IOError(2, 'No such file or directory')", ""},
		{NewException(IOError, NewInt(2), NewStr("No such file or directory")),
			"[Errno 2] No such file or directory", "IOError(2, 'No such file or directory')", ""},
		{NewException(SyntaxError, NewStr("m"), NewTuple(NewStr("d/f.py"), NewInt(3), NewInt(4), NewStr("t"))),
			"m (f.py, line 3)", "SyntaxError('m', ('d/f.py', 3, 4, 't'))", ""},
		{NewUnicodeEncodeError("ascii", NewStr("b\u00e9"), 1, 2, "ordinal not in range(128)"),
			"'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)", "", ""},
		{NewUnicodeDecodeError("utf-8", []byte("a\xff"), 1, 2, "invalid start byte"),
			"'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", "", ""},
	}
	for _, c := range cases {
		if got := excStr(t, th, c.e); got != c.str {
			t.Errorf("str = %q, want %q", got, c.str)
		}
		if c.repr != "" {
			if got := excRepr(t, th, c.e); got != c.repr {
				t.Errorf("repr = %q, want %q", got, c.repr)
			}
		}
		if c.goErrorMsg != "" && c.e.Error() != c.goErrorMsg {
			t.Errorf("Error() = %q, want %q", c.e.Error(), c.goErrorMsg)
		}
	}
}

func TestExceptionFields(t *testing.T) {
	e := NewException(SystemExit, NewInt(3))
	if c, _ := e.Field("code").(*Int); c == nil || c.v != 3 {
		t.Errorf("SystemExit(3).code = %v", e.Field("code"))
	}
	if NewException(SystemExit).Field("code") != None {
		t.Errorf("SystemExit().code is not None")
	}
	if e.Field("errno") != nil {
		t.Errorf("SystemExit has an errno field")
	}
	io := NewException(OSError, NewInt(13), NewStr("Permission denied"), NewStr("f"))
	if len(io.Args.Items) != 2 || io.Field("filename").(*Str).s != "f" {
		t.Errorf("OSError args %v filename %v", io.Args.Items, io.Field("filename"))
	}
	u := NewUnicodeEncodeError("ascii", NewStr("x"), 0, 1, "r")
	if u.Field("start").(*Int).v != 0 || u.Field("end").(*Int).v != 1 {
		t.Errorf("UnicodeEncodeError start/end wrong")
	}
}

func TestExceptionMatches(t *testing.T) {
	e := NewException(ZeroDivisionError)
	for _, c := range []struct {
		match Object
		want  bool
		err   string
	}{
		{ArithmeticError, true, ""},
		{ZeroDivisionError, true, ""},
		{KeyError, false, ""},
		{NewTuple(KeyError, ExceptionType), true, ""},
		{NewTuple(), false, ""},
		{NewInt(5), false, "TypeError: catching classes that do not inherit from BaseException is not allowed"},
		{NewTuple(KeyError, NewTuple(ZeroDivisionError)), false, "TypeError: catching classes that do not inherit from BaseException is not allowed"},
		{IntType, false, "TypeError: catching classes that do not inherit from BaseException is not allowed"},
	} {
		got, err := ExceptionMatches(e, c.match)
		if c.err != "" {
			if err == nil || err.Error() != c.err {
				t.Errorf("ExceptionMatches(%v): error %v, want %q", c.match, err, c.err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("ExceptionMatches(%v) = %v, %v; want %v", c.match, got, err, c.want)
		}
	}
	if !GivenExceptionMatches(e, NewTuple(KeyError, NewTuple(ZeroDivisionError))) {
		t.Errorf("nested tuples must match")
	}
	if !ErrorMatches(Errorf(KeyError, "x"), LookupError) || ErrorMatches(errors.New("go"), LookupError) {
		t.Errorf("ErrorMatches wrong")
	}
}

func TestFromSyntaxError(t *testing.T) {
	th := testThread()
	se := &parser.SyntaxError{Msg: "invalid syntax", Filename: "d/f.py", Lineno: 1, Offset: 5, Text: "x = = 1\n", HasText: true}
	e := FromSyntaxError(se)
	if got, want := excRepr(t, th, e), `SyntaxError('invalid syntax', ('d/f.py', 1, 5, 'x = = 1\n'))`; got != want {
		t.Errorf("repr = %s, want %s", got, want)
	}
	if got, want := FormatExceptionOnly(th, e), "  File \"d/f.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"; got != want {
		t.Errorf("format = %q, want %q", got, want)
	}
	// A symbol-table error: args hold the message only.
	st := &parser.SyntaxError{Msg: "name 'x' is parameter and global", Filename: "f.py", Lineno: 2, Offset: parser.NoOffset}
	e = FromSyntaxError(st)
	if got, want := excRepr(t, th, e), `SyntaxError("name 'x' is parameter and global",)`; got != want {
		t.Errorf("repr = %s, want %s", got, want)
	}
	if got, want := excStr(t, th, e), "name 'x' is parameter and global (f.py, line 2)"; got != want {
		t.Errorf("str = %s, want %s", got, want)
	}
	if got, want := FormatExceptionOnly(th, e), "  File \"f.py\", line 2\nSyntaxError: name 'x' is parameter and global\n"; got != want {
		t.Errorf("format = %q, want %q", got, want)
	}
	ie := FromSyntaxError(&parser.SyntaxError{Class: parser.ClassIndentationError, Msg: "unexpected indent", Filename: "f.py", Lineno: 1, Offset: 4, Text: "   x\n", HasText: true})
	if ie.Type() != IndentationError {
		t.Errorf("class %s", ie.Type().Name)
	}
	if got, want := FormatExceptionOnly(th, ie), "  File \"f.py\", line 1\n    x\n    ^\nIndentationError: unexpected indent\n"; got != want {
		t.Errorf("format = %q, want %q", got, want)
	}
	te := FromSyntaxError(&parser.SyntaxError{Class: parser.ClassTypeError, Msg: "source code string cannot contain null bytes", Offset: parser.NoOffset})
	if te.Type() != TypeError || te.Error() != "TypeError: source code string cannot contain null bytes" {
		t.Errorf("got %v", te)
	}
	// A SyntaxError raised by hand has no lineno: the plain last line.
	m := NewException(SyntaxError, NewStr("manual"))
	if got := FormatExceptionOnly(th, m); got != "SyntaxError: manual\n" {
		t.Errorf("format = %q", got)
	}
}

func TestFormatExceptionOnly(t *testing.T) {
	th := testThread()
	for _, c := range []struct {
		e    *BaseException
		want string
	}{
		{NewException(ValueError), "ValueError\n"},
		{NewException(ValueError, NewStr("")), "ValueError\n"},
		{NewException(KeyError, NewStr("")), "KeyError: ''\n"},
		{NewException(RuntimeError, NewStr("maximum recursion depth exceeded")), "RuntimeError: maximum recursion depth exceeded\n"},
	} {
		if got := FormatExceptionOnly(th, c.e); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}

func TestNewOSError(t *testing.T) {
	th := testThread()
	_, err := os.Open("/nonexistent/file")
	e := NewOSError(IOError, err, "/nonexistent/file")
	if got, want := excStr(t, th, e), "[Errno 2] No such file or directory: '/nonexistent/file'"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if n, s := Errno(syscall.EISDIR); n != 21 || s != "Is a directory" {
		t.Errorf("Errno(EISDIR) = %d, %q", n, s)
	}
}

var sinkError error

func BenchmarkErrorfConst(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkError = Errorf(IndexError, "list index out of range")
	}
}

func BenchmarkErrorfFormat(b *testing.B) {
	for i := 0; i < b.N; i++ {
		sinkError = Errorf(AttributeError, "'%s' object has no attribute '%s'", "C", "missing")
	}
}
