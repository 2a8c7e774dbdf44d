// Package stringmod is the _string module of CPython 3.2: the two parsers
// of format strings that string.Formatter (lib/python/string.py) is built
// on, over the py package's own str.format machinery, so that Formatter
// splits a format string exactly as str.format does. It registers itself
// with the builtins package's module table; modules/all links it in.
package stringmod

import (
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("_string", newModule) }

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_string")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("string helper module"))
	m.AddFunction("formatter_parser", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		s, err := strArg("formatter_parser", args, kwnames)
		if err != nil {
			return nil, err
		}
		return py.FormatterParser(s), nil
	}, "iterate over the (literal, field name, format spec, conversion) parts of a format string")
	m.AddFunction("formatter_field_name_split", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		s, err := strArg("formatter_field_name_split", args, kwnames)
		if err != nil {
			return nil, err
		}
		first, rest, err := py.FormatterFieldNameSplit(s)
		if err != nil {
			return nil, err
		}
		return py.NewTuple2(first, rest), nil
	}, "split the argument as a field name")
	return m, nil
}

// strArg is the one str argument of the two functions (METH_O, which
// refuse anything else with CPython's message).
func strArg(fname string, args []py.Object, kwnames *py.Tuple) (*py.Str, error) {
	a, err := py.OneArg(fname, args, kwnames)
	if err != nil {
		return nil, err
	}
	s, ok := a.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "expected str, got %s", a.Type().Name)
	}
	return s, nil
}
