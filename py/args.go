package py

// Argument parsing for functions and methods written in Go, with the
// TypeError messages CPython 3.2 gives for each calling convention:
//
//	NoArgs      METH_NOARGS                  "f() takes no arguments (1 given)"
//	OneArg      METH_O                       "f() takes exactly one argument (2 given)"
//	UnpackArgs  METH_VARARGS + PyArg_UnpackTuple   "f expected at most 2 arguments, got 3"
//	ParseTuple  METH_VARARGS + PyArg_ParseTuple    "f() takes at most 1 argument (2 given)"
//	ParseArgs   METH_KEYWORDS + PyArg_ParseTupleAndKeywords
//
// Every function takes the arguments as a CallFunc receives them (args
// holding the positional values then the keyword values, kwnames the
// keyword names) and writes the values into the *Object destinations it is
// given, leaving a destination untouched when its argument is absent (so
// the caller presets defaults). Nothing here allocates on success.
//
// The functions that reject keyword arguments do so first, as CPython's
// call machinery does before the function runs. The conversion helpers
// (ArgIndex, ArgInt, ArgTypeError, ...) give the messages of the
// PyArg_Parse format codes 'n', 'i', 'l' and 'O!'.

// NumKw returns the number of keyword arguments.
func NumKw(kwnames *Tuple) int {
	if kwnames == nil {
		return 0
	}
	return len(kwnames.Items)
}

// NumPos returns the number of positional arguments in args.
func NumPos(args []Object, kwnames *Tuple) int { return len(args) - NumKw(kwnames) }

// SplitArgs returns the positional values and the keyword values of args.
func SplitArgs(args []Object, kwnames *Tuple) (pos, kw []Object) {
	n := len(args) - NumKw(kwnames)
	return args[:n], args[n:]
}

// NoKwargs fails with "fname() takes no keyword arguments" when there are
// keyword arguments: what CPython says for a METH_NOARGS, METH_O or
// METH_VARARGS function called with some.
func NoKwargs(fname string, kwnames *Tuple) error {
	if NumKw(kwnames) != 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// NoKeywords fails with "what does not take keyword arguments" when there
// are keyword arguments (CPython's _PyArg_NoKeywords, used by type
// constructors: what is usually "range()" and the like).
func NoKeywords(what string, kwnames *Tuple) error {
	if NumKw(kwnames) != 0 {
		return Errorf(TypeError, "%s does not take keyword arguments", what)
	}
	return nil
}

// NoArgs checks the arguments of a METH_NOARGS function.
func NoArgs(fname string, args []Object, kwnames *Tuple) error {
	if NumKw(kwnames) != 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	if len(args) != 0 {
		return Errorf(TypeError, "%s() takes no arguments (%d given)", fname, len(args))
	}
	return nil
}

// OneArg checks the arguments of a METH_O function and returns its one
// argument.
func OneArg(fname string, args []Object, kwnames *Tuple) (Object, error) {
	if NumKw(kwnames) != 0 {
		return nil, Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	if len(args) != 1 {
		return nil, Errorf(TypeError, "%s() takes exactly one argument (%d given)", fname, len(args))
	}
	return args[0], nil
}

// UnpackArgs checks the arguments of a METH_VARARGS function that uses
// PyArg_UnpackTuple (min to max positional arguments, no keywords) and
// stores them in dst, which has max entries. For example getattr:
// "getattr expected at least 2 arguments, got 1".
func UnpackArgs(fname string, args []Object, kwnames *Tuple, min, max int, dst ...*Object) error {
	if NumKw(kwnames) != 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	n := len(args)
	if n < min {
		return unpackCountError(fname, n, min, max, "at least ", min)
	}
	if n > max {
		return unpackCountError(fname, n, min, max, "at most ", max)
	}
	for i, a := range args {
		*dst[i] = a
	}
	return nil
}

func unpackCountError(fname string, n, min, max int, bound string, want int) error {
	if min == max {
		bound = ""
	}
	if fname == "" {
		return Errorf(TypeError, "unpacked tuple should have %s%d elements, but has %d", bound, want, n)
	}
	return Errorf(TypeError, "%s expected %s%d arguments, got %d", fname, bound, want, n)
}

// ParseTuple checks the arguments of a METH_VARARGS function that uses
// PyArg_ParseTuple with min required and max positional arguments ("O|O"
// style), storing them in dst, which has max entries. fname is the name
// after ':' in the format ("" for none, which reads "function takes ...").
// Keyword arguments are rejected with "fname() takes no keyword
// arguments".
func ParseTuple(fname string, args []Object, kwnames *Tuple, min, max int, dst ...*Object) error {
	if NumKw(kwnames) != 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	if err := CheckArgCount(fname, len(args), min, max); err != nil {
		return err
	}
	for i, a := range args {
		*dst[i] = a
	}
	return nil
}

// CheckArgCount fails with PyArg_ParseTuple's message when n positional
// arguments are not between min and max: "insert() takes exactly 2
// arguments (1 given)", "function takes at most 1 argument (2 given)".
func CheckArgCount(fname string, n, min, max int) error {
	if n >= min && n <= max {
		return nil
	}
	if max == 0 {
		return Errorf(TypeError, "%s takes no arguments", funcName(fname))
	}
	var bound string
	want := max
	switch {
	case min == max:
		bound = "exactly"
	case n < min:
		bound, want = "at least", min
	default:
		bound = "at most"
	}
	s := "s"
	if want == 1 {
		s = ""
	}
	return Errorf(TypeError, "%s takes %s %d argument%s (%d given)", funcName(fname), bound, want, s, n)
}

// funcName is how getargs.c names a function in a message: "f()", or
// "function" when the format names none.
func funcName(fname string) string {
	if fname == "" {
		return "function"
	}
	return fname + "()"
}

// ParseArgs checks the arguments of a function taking keywords, as
// PyArg_ParseTupleAndKeywords does: kwlist names the parameters in order
// (each may be given by position or by name), the first required of them
// are required, and dst has len(kwlist) entries. fname is the name after
// ':' in the format ("" for none). The messages, in CPython's order:
//
//	"sort() takes at most 2 arguments (3 given)"
//	"Argument given by name ('encoding') and position (1)"
//	"Required argument 'x' (pos 1) not found"
//	"'x' is an invalid keyword argument for this function"
//
// CPython converts each parameter as it goes, so a conversion error of a
// parameter comes before an invalid keyword's; a caller converting after
// ParseArgs reports the keyword first (which rarely matters).
func ParseArgs(fname string, args []Object, kwnames *Tuple, kwlist []string, required int, dst ...*Object) error {
	nkw := NumKw(kwnames)
	npos := len(args) - nkw
	if npos+nkw > len(kwlist) {
		s := "s"
		if len(kwlist) == 1 {
			s = ""
		}
		return Errorf(TypeError, "%s takes at most %d argument%s (%d given)", funcName(fname), len(kwlist), s, npos+nkw)
	}
	if nkw == 0 {
		if npos < required {
			return Errorf(TypeError, "Required argument '%s' (pos %d) not found", kwlist[npos], npos+1)
		}
		for i := 0; i < npos; i++ {
			*dst[i] = args[i]
		}
		return nil
	}
	left := nkw
	for i, name := range kwlist {
		var v Object
		if left > 0 {
			if j := kwIndex(kwnames, name); j >= 0 {
				v = args[npos+j]
				left--
				if i < npos {
					return Errorf(TypeError, "Argument given by name ('%s') and position (%d)", name, i+1)
				}
			}
		}
		if v == nil && i < npos {
			v = args[i]
		}
		if v != nil {
			*dst[i] = v
			continue
		}
		if i < required {
			return Errorf(TypeError, "Required argument '%s' (pos %d) not found", name, i+1)
		}
		if left == 0 {
			return nil
		}
	}
	if left > 0 {
		for _, k := range kwnames.Items {
			ks := k.(*Str).s
			found := false
			for _, name := range kwlist {
				if name == ks {
					found = true
					break
				}
			}
			if !found {
				return Errorf(TypeError, "'%s' is an invalid keyword argument for this function", ks)
			}
		}
	}
	return nil
}

// kwIndex returns the position of name in kwnames, or -1.
func kwIndex(kwnames *Tuple, name string) int {
	for j, k := range kwnames.Items {
		if k.(*Str).s == name {
			return j
		}
	}
	return -1
}

// ArgTypeError is the TypeError of a PyArg_ParseTupleAndKeywords
// conversion that wanted another type: "encode() argument 1 must be str,
// not int" (pos counts from 1; None is named "None"). fname "" leaves the
// function out ("argument 1 must be ...").
//
// A function that parses with PyArg_ParseTuple (no keywords) reports the
// same error without naming the function or the argument: see ArgMustBe.
func ArgTypeError(fname string, pos int, expected string, got Object) error {
	prefix := ""
	if fname != "" {
		prefix = fname + "() "
	}
	return Errorf(TypeError, "%sargument %d must be %s, not %s", prefix, pos, expected, argTypeName(got))
}

// ArgMustBe is the TypeError of a PyArg_ParseTuple conversion that wanted
// another type: "must be str, not int" (3.2 names neither the function
// nor the argument there: (1).__format__(1), super(1)).
func ArgMustBe(expected string, got Object) error {
	return Errorf(TypeError, "must be %s, not %s", expected, argTypeName(got))
}

// argTypeName is how getargs.c names the type of a bad argument.
func argTypeName(o Object) string {
	if o == None {
		return "None"
	}
	return o.Type().Name
}

// ArgIndex converts an argument as the 'n' format does (a Py_ssize_t):
// a float is refused with "integer argument expected, got float", another
// object must have __index__ ("'str' object cannot be interpreted as an
// integer"), and a value outside int64 raises OverflowError "Python int
// too large to convert to C ssize_t".
func ArgIndex(t *Thread, o Object) (int, error) {
	if i, ok := o.(*Int); ok && i.ext.p == nil {
		if i.b != nil {
			return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
		}
		return int(i.v), nil
	}
	if _, ok := o.(*Float); ok {
		return 0, Errorf(TypeError, "integer argument expected, got float")
	}
	i, err := argsIndex(t, o)
	if err != nil {
		return 0, err
	}
	if i.b != nil {
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(i.v), nil
}

// ArgLong converts an argument as the 'l' format does (a C long): a float
// is refused, another object is converted by __int__ ("an integer is
// required" without one); OverflowError "Python int too large to convert
// to C long" outside int64.
func ArgLong(t *Thread, o Object) (int64, error) {
	if i, ok := o.(*Int); ok && i.ext.p == nil && i.b == nil {
		return i.v, nil
	}
	if _, ok := o.(*Float); ok {
		return 0, Errorf(TypeError, "integer argument expected, got float")
	}
	return argsAsLong(t, o)
}

// ArgInt converts an argument as the 'i' format does (a C int): as
// ArgLong, then OverflowError "signed integer is greater than maximum" or
// "signed integer is less than minimum" outside 32 bits.
func ArgInt(t *Thread, o Object) (int, error) {
	v, err := ArgLong(t, o)
	if err != nil {
		return 0, err
	}
	if v > 1<<31-1 {
		return 0, Errorf(OverflowError, "signed integer is greater than maximum")
	}
	if v < -1<<31 {
		return 0, Errorf(OverflowError, "signed integer is less than minimum")
	}
	return int(v), nil
}

// argsAsLong is PyLong_AsLong: an int (or subclass) directly, else its
// type's __int__ ("an integer is required" without one).
func argsAsLong(t *Thread, o Object) (int64, error) {
	i, ok := o.(*Int)
	if !ok {
		typ := o.Type()
		if typ.Int == nil {
			return 0, Errorf(TypeError, "an integer is required")
		}
		r, err := typ.Int(t, o)
		if err != nil {
			return 0, err
		}
		if i, ok = r.(*Int); !ok {
			return 0, Errorf(TypeError, "nb_int should return int object")
		}
	}
	if i.b != nil {
		return 0, Errorf(OverflowError, "Python int too large to convert to C long")
	}
	return i.v, nil
}

// argsIndex is PyNumber_Index: an int (or subclass) itself, else the
// result of __index__, which must be an int.
func argsIndex(t *Thread, o Object) (*Int, error) {
	if i, ok := o.(*Int); ok {
		return i, nil
	}
	typ := o.Type()
	if typ.Index == nil {
		return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typ.Name)
	}
	r, err := typ.Index(t, o)
	if err != nil {
		return nil, err
	}
	i, ok := r.(*Int)
	if !ok {
		return nil, Errorf(TypeError, "__index__ returned non-int (type %s)", r.Type().Name)
	}
	return i, nil
}
