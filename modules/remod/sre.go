package remod

import (
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/internal/regex"
	"github.com/taipan-py/taipan/py"
)

// The _sre module: the engine's constants and its case-folding helper,
// for code that looks at them (sre_constants, test_re). Patterns are
// compiled by re itself.
func init() { builtins.RegisterModule("_sre", newSREModule) }

func newSREModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("_sre")
	m.Dict.SetStr(py.NewStr("MAXREPEAT"), py.NewInt(regex.MaxRepeat))
	m.Dict.SetStr(py.NewStr("MAGIC"), py.NewInt(20031017))
	m.Dict.SetStr(py.NewStr("CODESIZE"), py.NewInt(4))
	m.Dict.SetStr(py.NewStr("copyright"), py.NewStr(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "))
	m.AddFunction("getcodesize", func(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.NoArgs("getcodesize", args, kw); err != nil {
			return nil, err
		}
		return py.NewInt(4), nil
	}, "")
	m.AddFunction("getlower", func(t *py.Thread, args []py.Object, kw *py.Tuple) (py.Object, error) {
		if err := py.NoKwargs("getlower", kw); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, py.Errorf(py.TypeError, "getlower() takes exactly 2 arguments (%d given)", len(args))
		}
		c, err := py.ArgInt(t, args[0])
		if err != nil {
			return nil, err
		}
		flags, err := py.ArgInt(t, args[1])
		if err != nil {
			return nil, err
		}
		return py.NewInt(int64(regex.Lower(flags, rune(c)))), nil
	}, "")
	return m, nil
}
