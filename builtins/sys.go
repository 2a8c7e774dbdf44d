package builtins

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"sync"

	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/pyio"
)

// The sys module.

// Version numbers of the Python implemented.
const (
	versionMajor  = 3
	versionMinor  = 2
	versionMicro  = 6
	hexVersion    = 0x030206f0
	versionString = "3.2.6 (default, Jan  1 2026, 00:00:00) \n[Taipan, Go]"
)

var (
	versionInfoType = py.NewStructSeqType("sys", "version_info", []string{"major", "minor", "micro", "releaselevel", "serial"})
	flagsType       = py.NewStructSeqType("sys", "flags", []string{"debug", "division_warning", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization"})
	floatInfoType   = py.NewStructSeqType("sys", "float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"})
	hashInfoType    = py.NewStructSeqType("sys", "hash_info", []string{"width", "modulus", "inf", "nan", "imag"})
	intInfoType     = py.NewStructSeqType("sys", "int_info", []string{"bits_per_digit", "sizeof_digit"})
)

// builtinModuleNames is sys.builtin_module_names: the modules written in
// Go (this grows as native modules are added).
var builtinModuleNames = []string{"builtins", "sys"}

// sysFunctions are the functions of sys; settrace, setprofile, gettrace,
// getprofile and call_tracing belong to the evaluator, which adds them
// (vm/trace.go).
var sysFunctions = []py.MethodDef{
	{Name: "exit", Fn: sysExit},
	{Name: "exc_info", Fn: sysExcInfo},
	{Name: "getrecursionlimit", Fn: sysGetRecursionLimit},
	{Name: "setrecursionlimit", Fn: sysSetRecursionLimit},
	{Name: "intern", Fn: sysIntern},
	{Name: "getsizeof", Fn: sysGetSizeOf},
	{Name: "_getframe", Fn: sysGetFrame},
	{Name: "displayhook", Fn: sysDisplayHook},
	{Name: "excepthook", Fn: sysExceptHook},
	{Name: "getdefaultencoding", Fn: constFunc("getdefaultencoding", py.NewStr("utf-8"))},
	{Name: "getfilesystemencoding", Fn: constFunc("getfilesystemencoding", py.NewStr("utf-8"))},
	{Name: "getrefcount", Fn: sysGetRefCount},
	{Name: "getcheckinterval", Fn: sysGetCheckInterval},
	{Name: "setcheckinterval", Fn: sysSetCheckInterval},
	{Name: "getswitchinterval", Fn: constFunc("getswitchinterval", py.NewFloat(0.005))},
	{Name: "setswitchinterval", Fn: sysSetSwitchInterval},
	{Name: "_clear_type_cache", Fn: constFunc("_clear_type_cache", py.None)},
	{Name: "_current_frames", Fn: sysCurrentFrames},
	{Name: "callstats", Fn: constFunc("callstats", py.None)},
	{Name: "getdlopenflags", Fn: sysGetDlopenFlags},
	{Name: "setdlopenflags", Fn: sysSetDlopenFlags},
}

func newSys(interp *py.Interp, opts *Options) *py.Module {
	st := &state{opts: *opts, files: &pyio.Files{}}
	states.Store(interp, st)
	sys := py.NewModule("sys")
	d := sys.Dict
	set := func(name string, v py.Object) { d.SetStr(py.NewStr(name), v) }
	set("__doc__", py.NewStr(sysDoc))
	set("__package__", py.None)
	for i := range sysFunctions {
		def := &sysFunctions[i]
		set(def.Name, newFunction(def, sys))
	}
	set("__displayhook__", d.GetStr(py.NewStr("displayhook")))
	set("__excepthook__", d.GetStr(py.NewStr("excepthook")))
	set("argv", strList(opts.Argv))
	initPaths(&st.imp, opts)
	set("path", strList(append(append([]string(nil), opts.Path...), st.imp.libEntry)))
	set("modules", interp.Modules)
	set("meta_path", py.NewList())
	set("path_hooks", py.NewList(append([]py.Object{LibImporterType}, pathHooks...)...))
	set("path_importer_cache", py.NewDict())
	set("warnoptions", strList(opts.WarnOptions))
	set("_xoptions", py.NewDict())
	set("maxsize", py.NewInt(math.MaxInt64))
	set("maxunicode", py.NewInt(0x10FFFF))
	set("version", py.NewStr(versionString))
	set("version_info", py.NewStructSeq(versionInfoType, py.NewInt(versionMajor), py.NewInt(versionMinor), py.NewInt(versionMicro), py.NewStr("final"), py.NewInt(0)))
	set("hexversion", py.NewInt(hexVersion))
	set("api_version", py.NewInt(1013))
	set("subversion", py.NewTuple(py.NewStr("CPython"), py.NewStr(""), py.NewStr("")))
	set("_mercurial", py.NewTuple(py.NewStr("CPython"), py.NewStr(""), py.NewStr("")))
	set("copyright", py.NewStr("Copyright (c) 2001-2014 Python Software Foundation.\nAll Rights Reserved."))
	set("platform", py.NewStr(platform()))
	set("byteorder", py.NewStr("little"))
	set("executable", py.NewStr(opts.Executable))
	set("prefix", py.NewStr(st.imp.prefix))
	set("exec_prefix", py.NewStr(st.imp.execPrefix))
	// The ABI flags of a build with pymalloc ('m') and wide (UCS-4)
	// strings ('u'): Taipan's str holds any code point (maxunicode is
	// 0x10FFFF), as a wide build's does; a narrow default build of 3.2
	// says 'm'.
	set("abiflags", py.NewStr("mu"))
	set("float_repr_style", py.NewStr("short"))
	set("dont_write_bytecode", py.NewBool(opts.Flags[5] != 0))
	flags := make([]py.Object, len(opts.Flags))
	for i, f := range opts.Flags {
		flags[i] = py.NewInt(int64(f))
	}
	set("flags", py.NewStructSeq(flagsType, flags...))
	set("float_info", py.NewStructSeq(floatInfoType,
		py.NewFloat(math.MaxFloat64), py.NewInt(1024), py.NewInt(308),
		py.NewFloat(2.2250738585072014e-308), py.NewInt(-1021), py.NewInt(-307),
		py.NewInt(15), py.NewInt(53), py.NewFloat(2.220446049250313e-16), py.NewInt(2), py.NewInt(1)))
	set("hash_info", py.NewStructSeq(hashInfoType,
		py.NewInt(64), py.NewInt(1<<61-1), py.NewInt(314159), py.NewInt(0), py.NewInt(1000003)))
	set("int_info", py.NewStructSeq(intInfoType, py.NewInt(30), py.NewInt(4)))
	names := make([]py.Object, len(builtinModuleNames))
	for i, n := range builtinModuleNames {
		names[i] = py.NewStr(n)
	}
	set("builtin_module_names", py.NewTuple(names...))
	return sys
}

const sysDoc = "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter."

// platform is sys.platform: "linux2" as CPython 3.2 reports Linux,
// "darwin", "win32", or the GOOS.
func platform() string {
	switch runtime.GOOS {
	case "linux":
		return "linux2"
	case "windows":
		return "win32"
	}
	return runtime.GOOS
}

func strList(items []string) *py.List {
	l := make([]py.Object, len(items))
	for i, s := range items {
		l[i] = py.NewStr(s)
	}
	return py.NewList(l...)
}

// InitStdio makes sys.stdin, stdout and stderr (and their __std*__
// copies) over the process's standard descriptors, as CPython does at
// start-up: the locale's encoding (or PYTHONIOENCODING's "encoding:errors"
// when set), stderr with errors=backslashreplace, stdout and stderr line-
// buffered on a terminal or when unbuffered (-u).
func InitStdio(t *py.Thread, unbuffered bool) error {
	interp := t.Interp
	st := stateOf(interp)
	if st == nil {
		return fmt.Errorf("builtins: InitStdio before New")
	}
	enc, errs := "", ""
	if v := os.Getenv("PYTHONIOENCODING"); v != "" && st.opts.Flags[8] == 0 {
		enc = v
		for i := 0; i < len(v); i++ {
			if v[i] == ':' {
				enc, errs = v[:i], v[i+1:]
				break
			}
		}
	}
	d := interp.Sys.Dict
	for _, s := range []struct {
		fd    int
		write bool
		name  string
	}{{0, false, "stdin"}, {1, true, "stdout"}, {2, true, "stderr"}} {
		e := errs
		if s.fd == 2 {
			e = "backslashreplace"
		}
		f, err := pyio.NewStdTextIO(t, st.files, s.fd, s.write, "<"+s.name+">", enc, e, unbuffered)
		if err != nil {
			return err
		}
		d.SetStr(py.NewStr(s.name), f)
		d.SetStr(py.NewStr("__"+s.name+"__"), f)
	}
	return nil
}

// Shutdown flushes sys.stdout and sys.stderr and every file still open,
// as the interpreter does at exit.
func Shutdown(t *py.Thread) {
	if t.Interp.Sys != nil {
		for _, name := range []string{"stdout", "stderr"} {
			if f := t.Interp.Sys.Dict.GetStr(py.NewStr(name)); f != nil && f != py.None {
				if m, err := py.GetAttr(t, f, py.NewStr("flush")); err == nil {
					_, _ = py.Call(t, m, nil, nil)
				}
			}
		}
	}
	Files(t.Interp).FlushAll()
}

// sysObject returns sys.name, or nil.
func sysObject(t *py.Thread, name string) py.Object {
	if t.Interp.Sys == nil {
		return nil
	}
	return t.Interp.Sys.Dict.GetStr(py.NewStr(name))
}

func constFunc(name string, v py.Object) py.MethodFunc {
	return func(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if err := py.NoArgs(name, args, kwnames); err != nil {
			return nil, err
		}
		return v, nil
	}
}

func sysExit(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var code py.Object
	if err := py.UnpackArgs("exit", args, kwnames, 0, 1, &code); err != nil {
		return nil, err
	}
	switch c := code.(type) {
	case nil, *py.NoneObject:
		return nil, py.NewException(py.SystemExit)
	case *py.Tuple:
		return nil, py.NewException(py.SystemExit, c.Items...)
	}
	return nil, py.NewException(py.SystemExit, code)
}

// ExitCode returns the process exit status for an uncaught SystemExit, as
// CPython 3.2's handle_system_exit: its code None is 0, an int is itself
// (modulo 256 by the system), anything else is printed to sys.stderr and
// gives 1.
func ExitCode(t *py.Thread, e *py.BaseException) int {
	code := e.Field("code")
	if code == nil || code == py.None {
		return 0
	}
	if i, ok := code.(*py.Int); ok {
		if v, ok := i.Int64(); ok {
			return int(int32(v))
		}
		return -1
	}
	s, err := py.StrOf(t, code)
	text := ""
	if err == nil {
		text = s.String()
	}
	if f := sysObject(t, "stderr"); f != nil && f != py.None {
		_ = writeString(t, f, text)
		_ = writeString(t, f, "\n")
		if m, err := py.GetAttr(t, f, py.NewStr("flush")); err == nil {
			_, _ = py.Call(t, m, nil, nil)
		}
	} else {
		fmt.Fprintln(os.Stderr, text)
	}
	return 1
}

func sysExcInfo(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("exc_info", args, kwnames); err != nil {
		return nil, err
	}
	e := t.ExcInfo
	if e == nil {
		return py.NewTuple(py.None, py.None, py.None), nil
	}
	var tb py.Object = py.None
	if e.Traceback != nil {
		tb = e.Traceback
	}
	return py.NewTuple(e.Type(), e, tb), nil
}

func sysGetRecursionLimit(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("getrecursionlimit", args, kwnames); err != nil {
		return nil, err
	}
	return py.NewInt(int64(t.Interp.RecursionLimit)), nil
}

func sysSetRecursionLimit(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o py.Object
	if err := py.ParseTuple("setrecursionlimit", args, kwnames, 1, 1, &o); err != nil {
		return nil, err
	}
	n, err := py.ArgInt(t, o)
	if err != nil {
		return nil, err
	}
	if n <= 0 {
		return nil, py.Errorf(py.ValueError, "recursion limit must be positive")
	}
	t.Interp.RecursionLimit = n
	return py.None, nil
}

func sysIntern(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o py.Object
	if err := py.ParseTuple("intern", args, kwnames, 1, 1, &o); err != nil {
		return nil, err
	}
	s, ok := o.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "must be str, not %s", typeName(o))
	}
	if s.Type() != py.StrType {
		return nil, py.Errorf(py.TypeError, "can't intern %s", s.Type().Name)
	}
	return py.InternInPlace(s), nil
}

var (
	strSizeOf       = py.NewStr("__sizeof__")
	getsizeofKwlist = []string{"object", "default"}
	strUnderscore   = py.NewStr("_")
	strStdout       = py.NewStr("stdout")
)

func sysGetSizeOf(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o, dflt py.Object
	if err := py.ParseArgs("getsizeof", args, kwnames, getsizeofKwlist, 1, &o, &dflt); err != nil {
		return nil, err
	}
	m, err := lookupSpecial(t, o, strSizeOf)
	var r py.Object
	if err == nil {
		if m == nil {
			err = py.Errorf(py.TypeError, "Type %s doesn't define __sizeof__", o.Type().Name)
		} else {
			r, err = py.Call(t, m, nil, nil)
		}
	}
	if err != nil {
		if dflt != nil && py.ErrorMatches(err, py.TypeError) {
			return dflt, nil
		}
		return nil, err
	}
	if n, ok := cpythonBasicSize(o); ok && o.Type().Lookup(strSizeOf) == py.ObjectType.Lookup(strSizeOf) {
		// object.__sizeof__ of a built-in type: what the type's
		// tp_basicsize and tp_itemsize give in CPython 3.2.
		r = py.NewInt(int64(n))
	}
	// 3.2 adds the size of the garbage collector's header (32 bytes on a
	// 64-bit machine) to whatever __sizeof__ returned, by +.
	if isGCObject(o) {
		return py.BinaryOp(t, r, py.NewInt(gcHeadSize), py.SlotAdd, "+")
	}
	return r, nil
}

// gcHeadSize is sizeof(PyGC_Head) of a 64-bit CPython 3.2.
const gcHeadSize = 32

// cpythonBasicSize returns the size CPython 3.2 (64-bit) gives an
// instance of a built-in type whose __sizeof__ is object's: its
// tp_basicsize, plus tp_itemsize per item for a tuple.
func cpythonBasicSize(o py.Object) (int, bool) {
	typ := o.Type()
	if typ.IsHeapType() {
		return 0, false
	}
	if typ.IsSubtype(py.BaseExceptionType) {
		return 56, true
	}
	if tu, ok := o.(*py.Tuple); ok {
		return 24 + 8*len(tu.Items), true
	}
	n, ok := basicSizes[typ.Name]
	return n, ok
}

var basicSizes = map[string]int{
	"module": 40, "function": 104, "method": 40, "builtin_function_or_method": 40,
	"generator": 48, "cell": 24, "slice": 40, "property": 56, "staticmethod": 24,
	"classmethod": 24, "code": 136, "range": 48, "enumerate": 48, "zip": 40,
	"type": 800, "map": 32, "filter": 32, "reversed": 32, "super": 40, "memoryview": 112,
	"list_iterator": 32, "tuple_iterator": 32, "str_iterator": 32,
	"bytes_iterator": 32, "range_iterator": 48, "set_iterator": 48,
	"dict_keyiterator": 56, "dict_valueiterator": 56, "dict_itemiterator": 56,
	"callable_iterator": 32, "iterator": 32, "list_reverseiterator": 32,
}

// gcTypes are the built-in types whose instances CPython 3.2's garbage
// collector tracks (PyObject_IS_GC), besides exceptions.
var gcTypes = map[string]bool{
	"tuple": true, "list": true, "dict": true, "set": true, "frozenset": true,
	"module": true, "function": true, "method": true, "builtin_function_or_method": true,
	"generator": true, "cell": true, "property": true, "staticmethod": true,
	"classmethod": true, "enumerate": true, "zip": true, "map": true, "filter": true,
	"reversed": true, "super": true, "memoryview": true, "frame": true,
	"list_iterator": true, "tuple_iterator": true, "str_iterator": true,
	"bytes_iterator": true, "set_iterator": true, "dict_keyiterator": true,
	"dict_valueiterator": true, "dict_itemiterator": true, "callable_iterator": true,
	"iterator": true, "list_reverseiterator": true, "traceback": true, "deque": true, "defaultdict": true,
	"dict_proxy": true, "method-wrapper": true, "wrapper_descriptor": true,
	"method_descriptor": true, "member_descriptor": true, "getset_descriptor": true,
	"classmethod_descriptor": true,
}

// isGCObject reports whether CPython 3.2 would count o as tracked by its
// garbage collector: instances of classes (unless they can hold no
// reference at all), classes, and the container types above.
func isGCObject(o py.Object) bool {
	typ := o.Type()
	if tp, ok := o.(*py.Type); ok {
		return tp.IsHeapType()
	}
	if typ.IsHeapType() {
		return true
	}
	return gcTypes[typ.Name] || typ.IsSubtype(py.BaseExceptionType)
}

func sysGetFrame(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o py.Object
	if err := py.ParseTuple("_getframe", args, kwnames, 0, 1, &o); err != nil {
		return nil, err
	}
	depth := 0
	if o != nil {
		n, err := py.ArgInt(t, o)
		if err != nil {
			return nil, err
		}
		depth = n
	}
	f := t.Frame
	for ; depth > 0 && f != nil; depth-- {
		f = f.Back
	}
	if f == nil {
		return nil, py.Errorf(py.ValueError, "call stack is not deep enough")
	}
	f.Escape()
	return f, nil
}

func sysDisplayHook(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	o, err := py.OneArg("displayhook", args, kwnames)
	if err != nil {
		return nil, err
	}
	if o == py.None {
		return py.None, nil
	}
	b := builtinsModule(t)
	if b != nil {
		b.Dict.SetStr(strUnderscore, py.None)
	}
	out := sysObject(t, "stdout")
	if out == nil || out == py.None {
		return nil, py.Errorf(py.RuntimeError, "lost sys.stdout")
	}
	r, err := py.Repr(t, o)
	if err != nil {
		return nil, err
	}
	if err := writeObjectStr(t, out, r); err != nil {
		if !py.ErrorMatches(err, py.UnicodeEncodeError) {
			return nil, err
		}
		if err := writeString(t, out, asciiEscape(r.String())); err != nil {
			return nil, err
		}
	}
	if err := writeString(t, out, "\n"); err != nil {
		return nil, err
	}
	if b != nil {
		b.Dict.SetStr(strUnderscore, o)
	}
	return py.None, nil
}

// builtinsModule is sys.modules['builtins'].
func builtinsModule(t *py.Thread) *py.Module {
	if t.Interp.Modules != nil {
		if m, ok := t.Interp.Modules.GetStr(py.NewStr("builtins")).(*py.Module); ok {
			return m
		}
	}
	return t.Interp.Builtins
}

func sysExceptHook(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var typ, value, tb py.Object
	if err := py.UnpackArgs("excepthook", args, kwnames, 3, 3, &typ, &value, &tb); err != nil {
		return nil, err
	}
	return py.None, displayException(t, value, tb)
}

// displayException prints an exception and its traceback to sys.stderr
// (PyErr_Display).
func displayException(t *py.Thread, value, tb py.Object) error {
	var text string
	if e, ok := value.(*py.BaseException); ok {
		if tb != nil && tb != py.None && e.Traceback == nil {
			_ = e.SetTraceback(tb)
		}
		text = py.FormatException(t, e)
	} else {
		text = "TypeError: print_exception(): Exception expected for value, " + value.Type().Name + " found\n"
	}
	out := sysObject(t, "stderr")
	if out == nil || out == py.None {
		_, err := os.Stderr.WriteString(text)
		return err
	}
	if err := writeString(t, out, text); err != nil {
		return err
	}
	if m, err := py.GetAttr(t, out, py.NewStr("flush")); err == nil {
		_, _ = py.Call(t, m, nil, nil)
	}
	return nil
}

// PrintException reports an uncaught exception through sys.excepthook,
// as the interpreter does before exiting; if the hook fails, both
// exceptions are printed by the default hook.
func PrintException(t *py.Thread, e *py.BaseException) {
	Shutdown(t)
	hook := sysObject(t, "excepthook")
	if hook == nil {
		_ = displayException(t, e, nil)
		return
	}
	var tb py.Object = py.None
	if e.Traceback != nil {
		tb = e.Traceback
	}
	if _, err := py.Call(t, hook, []py.Object{e.Type(), e, tb}, nil); err != nil {
		if e2, ok := err.(*py.BaseException); ok {
			_ = writeString(t, sysObject(t, "stderr"), "Error in sys.excepthook:\n")
			_ = displayException(t, e2, nil)
			_ = writeString(t, sysObject(t, "stderr"), "\nOriginal exception was:\n")
		}
		_ = displayException(t, e, nil)
	}
}

// sysGetRefCount is sys.getrefcount: Taipan counts no references, so
// it answers what CPython would for an object held by one name (the
// argument adds one: 2), and a large count for the objects every program
// shares (None, the bools, small ints, built-in types...).
func sysGetRefCount(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	o, err := py.OneArg("getrefcount", args, kwnames)
	if err != nil {
		return nil, err
	}
	switch x := o.(type) {
	case *py.NoneObject:
		return py.NewInt(sharedRefCount), nil
	case *py.Int:
		if v, ok := x.Int64(); ok && v >= -5 && v <= 256 && x.Type() == py.IntType {
			return py.NewInt(sharedRefCount), nil
		}
	case *py.Type:
		if !x.IsHeapType() {
			return py.NewInt(sharedRefCount), nil
		}
	}
	if o == py.Ellipsis || o == py.NotImplemented {
		return py.NewInt(sharedRefCount), nil
	}
	return py.NewInt(2), nil
}

// sharedRefCount is getrefcount's answer for a shared object.
const sharedRefCount = 1000

// checkIntervalWarning is 3.2's DeprecationWarning for the check
// interval functions, naming the replacement (get or set).
func checkIntervalWarning(t *py.Thread, verb string) error {
	return py.Warn(t, py.DeprecationWarning, "sys.getcheckinterval() and sys.setcheckinterval() are deprecated.  Use sys."+verb+"switchinterval() instead.", 1)
}

func sysGetCheckInterval(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("getcheckinterval", args, kwnames); err != nil {
		return nil, err
	}
	if err := checkIntervalWarning(t, "get"); err != nil {
		return nil, err
	}
	return py.NewInt(100), nil
}

func sysSetCheckInterval(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := checkIntervalWarning(t, "set"); err != nil {
		return nil, err
	}
	var o py.Object
	if err := py.ParseTuple("setcheckinterval", args, kwnames, 1, 1, &o); err != nil {
		return nil, err
	}
	if _, err := py.ArgInt(t, o); err != nil {
		return nil, err
	}
	return py.None, nil
}

func sysSetSwitchInterval(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o py.Object
	if err := py.ParseTuple("setswitchinterval", args, kwnames, 1, 1, &o); err != nil {
		return nil, err
	}
	var v float64
	switch x := o.(type) {
	case *py.Float:
		v = x.Float64()
	case *py.Int:
		f, err := x.Float64()
		if err != nil {
			return nil, err
		}
		v = f
	default:
		return nil, py.Errorf(py.TypeError, "a float is required")
	}
	if v <= 0 {
		return nil, py.Errorf(py.ValueError, "switch interval must be strictly positive")
	}
	return py.None, nil
}

// sysCurrentFrames is sys._current_frames(): the innermost frame of each
// thread by its identity (_thread.get_ident()); Taipan runs one thread.
func sysCurrentFrames(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("_current_frames", args, kwnames); err != nil {
		return nil, err
	}
	d := py.NewDict()
	if t.Frame == nil {
		return d, nil
	}
	m, err := ImportModule(t, "_thread")
	if err != nil {
		return nil, err
	}
	get, err := py.GetAttr(t, m, py.NewStr("get_ident"))
	if err != nil {
		return nil, err
	}
	id, err := py.Call(t, get, nil, nil)
	if err != nil {
		return nil, err
	}
	t.Frame.Escape()
	if err := py.SetItem(t, d, id, t.Frame); err != nil {
		return nil, err
	}
	return d, nil
}

// dlopenFlags holds each interpreter's sys.setdlopenflags value (Taipan
// loads no shared libraries; the value is only kept), RTLD_NOW at first.
var dlopenFlags sync.Map // *py.Interp -> int

func sysGetDlopenFlags(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoArgs("getdlopenflags", args, kwnames); err != nil {
		return nil, err
	}
	if v, ok := dlopenFlags.Load(t.Interp); ok {
		return py.NewInt(int64(v.(int))), nil
	}
	return py.NewInt(2), nil
}

func sysSetDlopenFlags(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var o py.Object
	if err := py.ParseTuple("setdlopenflags", args, kwnames, 1, 1, &o); err != nil {
		return nil, err
	}
	n, err := py.ArgInt(t, o)
	if err != nil {
		return nil, err
	}
	dlopenFlags.Store(t.Interp, n)
	return py.None, nil
}
