// Package testcapimod is _testcapi, the module CPython builds to test its
// C API. Taipan has no C API; what CPython's Lib/test files need of it is
// the limits of the C types they probe (INT_MAX, PY_SSIZE_T_MAX,
// DBL_MIN, ...), with the values CPython 3.2 has on a 64-bit Linux
// (LP64: long is 64 bits), plus a few helpers that raise exceptions or
// make exception classes. It registers itself with the builtins package
// like every native module (see modules/mathmod).
package testcapimod

import (
	"math"
	"math/big"
	"strings"

	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("_testcapi", newModule) }

// float32Min is FLT_MIN, the smallest normal float32 (2**-126).
var float32Min = math.Ldexp(1, -126)

// float64Min is DBL_MIN, the smallest normal float64 (2**-1022).
var float64Min = math.Ldexp(1, -1022)

// Constants of <limits.h> and <float.h>, in the order CPython adds them.
var intConstants = []struct {
	name  string
	value int64
}{
	{"CHAR_MAX", math.MaxInt8},
	{"CHAR_MIN", math.MinInt8},
	{"UCHAR_MAX", math.MaxUint8},
	{"SHRT_MAX", math.MaxInt16},
	{"SHRT_MIN", math.MinInt16},
	{"USHRT_MAX", math.MaxUint16},
	{"INT_MAX", math.MaxInt32},
	{"INT_MIN", math.MinInt32},
	{"UINT_MAX", math.MaxUint32},
	{"LONG_MAX", math.MaxInt64},
	{"LONG_MIN", math.MinInt64},
	{"LLONG_MAX", math.MaxInt64},
	{"LLONG_MIN", math.MinInt64},
	{"PY_SSIZE_T_MAX", math.MaxInt64},
	{"PY_SSIZE_T_MIN", math.MinInt64},
	// CPython's garbage-collector header on x86-64; Taipan has none, but
	// tests computing object sizes read it.
	{"SIZEOF_PYGC_HEAD", 32},
}

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_testcapi")
	d := m.Dict
	for _, c := range intConstants {
		d.SetStr(py.NewStr(c.name), py.NewInt(c.value))
	}
	maxU64 := new(big.Int).SetUint64(math.MaxUint64)
	d.SetStr(py.NewStr("ULONG_MAX"), py.NewBigInt(maxU64))
	d.SetStr(py.NewStr("ULLONG_MAX"), py.NewBigInt(new(big.Int).Set(maxU64)))
	d.SetStr(py.NewStr("FLT_MAX"), py.NewFloat(math.MaxFloat32))
	d.SetStr(py.NewStr("FLT_MIN"), py.NewFloat(float32Min))
	d.SetStr(py.NewStr("DBL_MAX"), py.NewFloat(math.MaxFloat64))
	d.SetStr(py.NewStr("DBL_MIN"), py.NewFloat(float64Min))

	errType, err := newExceptionClass(t, "_testcapi.error", nil, nil, nil)
	if err != nil {
		return nil, err
	}
	d.SetStr(py.NewStr("error"), errType)

	m.AddFunction("raise_exception", raiseException, "")
	m.AddFunction("raise_memoryerror", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("raise_memoryerror", args, kwnames); err != nil {
			return nil, err
		}
		return nil, py.NewException(py.MemoryError)
	}, "")
	m.AddFunction("test_with_docstring", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("test_with_docstring", args, kwnames); err != nil {
			return nil, err
		}
		return py.None, nil
	}, "This is a pretty normal docstring.")
	m.AddFunction("make_exception_with_doc", makeExceptionWithDoc, "")
	m.AddFunction("traceback_print", tracebackPrint, "")
	m.AddFunction("exception_print", exceptionPrint, "")
	m.AddFunction("unicode_encodedecimal", unicodeEncodeDecimal, "")
	m.AddFunction("unicode_transformdecimaltoascii", unicodeTransformDecimal, "")
	m.AddFunction("unicode_aswidechar", unicodeAsWideChar, "")
	m.AddFunction("unicode_aswidecharstring", unicodeAsWideCharString, "")
	return m, nil
}

// raiseException is raise_exception(exc, n): raise exc with the
// arguments 0, 1, ..., n-1.
func raiseException(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var exc, num py.Object
	if err := py.ParseTuple("raise_exception", args, kwnames, 2, 2, &exc, &num); err != nil {
		return nil, err
	}
	n, err := py.ArgInt(t, num)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		// CPython fails making a tuple of negative size.
		return nil, py.Errorf(py.SystemError, "Objects/tupleobject.c:55: bad argument to internal function")
	}
	excArgs := make([]py.Object, n)
	for i := range excArgs {
		excArgs[i] = py.NewInt(int64(i))
	}
	if !py.IsExceptionClass(exc) {
		r, err := py.Repr(t, exc)
		if err != nil {
			return nil, err
		}
		return nil, py.Errorf(py.SystemError, "exception %s not a BaseException subclass", r.String())
	}
	v, err := py.Call(t, exc, excArgs, nil)
	if err != nil {
		return nil, err
	}
	e, err := py.MakeException(t, v)
	if err != nil {
		return nil, err
	}
	return nil, e
}

// makeExceptionWithDoc is make_exception_with_doc(name, doc=None,
// base=None, dict=None), PyErr_NewExceptionWithDoc: a new exception class
// called "module.class".
func makeExceptionWithDoc(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var name, doc, base, dict py.Object
	if err := py.ParseArgs("make_exception_with_doc", args, kwnames, []string{"name", "doc", "base", "dict"}, 1, &name, &doc, &base, &dict); err != nil {
		return nil, err
	}
	s, ok := name.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "make_exception_with_doc() argument 1 must be str, not %s", typeName(name))
	}
	if doc != nil {
		if _, ok := doc.(*py.Str); !ok {
			return nil, py.Errorf(py.TypeError, "make_exception_with_doc() argument 2 must be str, not %s", typeName(doc))
		}
	}
	var ns *py.Dict
	if dict != nil {
		dd, ok := dict.(*py.Dict)
		if !ok {
			// CPython hands it to PyDict_GetItemString unchecked.
			return nil, py.Errorf(py.SystemError, "Objects/dictobject.c:841: bad argument to internal function")
		}
		ns = dd
	}
	return newExceptionClass(t, s.String(), doc, base, ns)
}

// newExceptionClass is PyErr_NewExceptionWithDoc: name is
// "module.class", base a class, a tuple of classes or nil (Exception).
func newExceptionClass(t *py.Thread, name string, doc, base py.Object, dict *py.Dict) (*py.Type, error) {
	dot := strings.LastIndexByte(name, '.')
	if dot < 0 {
		return nil, py.Errorf(py.SystemError, "PyErr_NewException: name must be module.class")
	}
	ns := py.NewDict()
	if dict != nil {
		ns = dict.Copy()
	}
	if doc != nil {
		ns.SetStr(py.NewStr("__doc__"), doc)
	}
	modKey := py.NewStr("__module__")
	if v, err := ns.GetItem(t, modKey); err != nil {
		return nil, err
	} else if v == nil {
		ns.SetStr(modKey, py.NewStr(name[:dot]))
	}
	var bases []py.Object
	switch b := base.(type) {
	case nil:
		bases = []py.Object{py.ExceptionType}
	case *py.Tuple:
		bases = b.Items
	default:
		bases = []py.Object{b}
	}
	return py.NewClass(t, py.TypeType, py.NewStr(name[dot+1:]), bases, ns, nil, nil)
}

// typeName names the type of o as getargs.c's messages do ("None" for
// None).
func typeName(o py.Object) string {
	if o == py.None {
		return "None"
	}
	return o.Type().Name
}

// tracebackPrint is traceback_print(tb, file): PyTraceBack_Print, the
// "Traceback (most recent call last):" block written to file.
func tracebackPrint(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var tbObj, file py.Object
	if err := py.ParseTuple("traceback_print", args, kwnames, 2, 2, &tbObj, &file); err != nil {
		return nil, err
	}
	tb, ok := tbObj.(*py.Traceback)
	if !ok || tb == nil {
		return nil, py.Errorf(py.SystemError, "Python/traceback.c:363: bad argument to internal function")
	}
	var b strings.Builder
	py.FormatTraceback(t, &b, tb)
	if err := writeTo(t, file, b.String()); err != nil {
		return nil, err
	}
	return py.None, nil
}

// exceptionPrint is exception_print(exc): PyErr_Display, the report of
// an uncaught exception (chained ones first) written to sys.stderr.
func exceptionPrint(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var v py.Object
	if err := py.ParseTuple("exception_print", args, kwnames, 1, 1, &v); err != nil {
		return nil, err
	}
	e, ok := v.(*py.BaseException)
	if !ok {
		return nil, py.Errorf(py.TypeError, "an exception instance is required")
	}
	stderr := t.Interp.Sys.Dict.GetStr(py.NewStr("stderr"))
	if stderr == nil || stderr == py.None {
		return py.None, nil
	}
	if err := writeTo(t, stderr, py.FormatException(t, e)); err != nil {
		return nil, err
	}
	return py.None, nil
}

// writeTo calls file.write(text).
func writeTo(t *py.Thread, file py.Object, text string) error {
	write, err := py.GetAttr(t, file, py.NewStr("write"))
	if err != nil {
		return err
	}
	_, err = py.Call(t, write, []py.Object{py.NewStr(text)}, nil)
	return err
}
