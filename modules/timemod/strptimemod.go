package timemod

import (
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/py"
)

// The _strptime module: CPython 3.2 implements strptime in Python there,
// and time.strptime and datetime.strptime call into it. Here it offers
// the same three functions over this package's strptime.

func init() { builtins.RegisterModule("_strptime", newStrptimeModule) }

const defaultStrptimeFormat = "%a %b %d %H:%M:%S %Y"

// strptimeArgs checks (data_string, format=...) of the functions, whose
// Python names word the errors.
func strptimeArgs(fname string, args []py.Object, kwnames *py.Tuple) (*py.Str, *py.Str, error) {
	var s, f py.Object
	if err := py.ParseArgs(fname, args, kwnames, []string{"data_string", "format"}, 1, &s, &f); err != nil {
		return nil, nil, err
	}
	if f == nil {
		f = py.NewStr(defaultStrptimeFormat)
	}
	for i, a := range []py.Object{s, f} {
		if _, ok := a.(*py.Str); !ok {
			return nil, nil, py.Errorf(py.TypeError, "strptime() argument %d must be str, not <class '%s'>", i, a.Type().Name)
		}
	}
	return s.(*py.Str), f.(*py.Str), nil
}

func newStrptimeModule(t *py.Thread) (*py.Module, error) {
	timeMod, err := builtins.ImportModule(t, "time")
	if err != nil {
		return nil, err
	}
	st, _ := timeStates.Load(timeMod)
	if st == nil {
		return nil, py.Errorf(py.ImportError, "the time module is not the native one")
	}
	state := st.(*state)
	m := py.NewModule("_strptime")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr("Strptime-related classes and functions."))
	m.AddFunction("_strptime", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		s, f, err := strptimeArgs("_strptime", args, kwnames)
		if err != nil {
			return nil, err
		}
		r, err := state.strptimeFull(t, s, f)
		if err != nil {
			return nil, err
		}
		p := r.p
		var gmtoff, zone py.Object = py.None, py.None
		if r.hasOff {
			gmtoff = py.NewInt(int64(r.gmtoff))
		}
		if r.hasZone {
			zone = py.NewStr(r.zone)
		}
		tt := py.NewTuple(py.NewInt(int64(p.year)+1900), py.NewInt(int64(p.mon)+1), py.NewInt(int64(p.mday)),
			py.NewInt(int64(p.hour)), py.NewInt(int64(p.min)), py.NewInt(int64(p.sec)),
			py.NewInt(int64((p.wday+6)%7)), py.NewInt(int64(p.yday)+1), py.NewInt(int64(p.isdst)), gmtoff, zone)
		return py.NewTuple(tt, py.NewInt(int64(r.fraction))), nil
	}, "Return a 2-tuple consisting of a time struct and an int containing\nthe number of microseconds based on the input string and the\nformat string.")
	m.AddFunction("_strptime_time", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		s, f, err := strptimeArgs("_strptime_time", args, kwnames)
		if err != nil {
			return nil, err
		}
		p, err := state.strptime(t, s, f)
		if err != nil {
			return nil, err
		}
		return structTime(p), nil
	}, "Return a time struct based on the input string and the\nformat string.")
	m.AddFunction("_strptime_datetime", func(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.Errorf(py.TypeError, "_strptime_datetime() takes at least 2 arguments (0 given)")
		}
		cls := args[0]
		s, f, err := strptimeArgs("_strptime_datetime", args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		r, err := state.strptimeFull(t, s, f)
		if err != nil {
			return nil, err
		}
		p := r.p
		call := []py.Object{py.NewInt(int64(p.year) + 1900), py.NewInt(int64(p.mon) + 1), py.NewInt(int64(p.mday)),
			py.NewInt(int64(p.hour)), py.NewInt(int64(p.min)), py.NewInt(int64(p.sec)), py.NewInt(int64(r.fraction))}
		if r.hasOff {
			dt, err := builtins.ImportModule(t, "datetime")
			if err != nil {
				return nil, err
			}
			td, err := py.GetAttr(t, dt, py.NewStr("timedelta"))
			if err != nil {
				return nil, err
			}
			delta, err := py.Call(t, td, []py.Object{py.NewInt(int64(r.gmtoff))}, py.NewTuple(py.NewStr("seconds")))
			if err != nil {
				return nil, err
			}
			tzc, err := py.GetAttr(t, dt, py.NewStr("timezone"))
			if err != nil {
				return nil, err
			}
			tzArgs := []py.Object{delta}
			if r.hasZone && r.zone != "" {
				tzArgs = append(tzArgs, py.NewStr(r.zone))
			}
			tz, err := py.Call(t, tzc, tzArgs, nil)
			if err != nil {
				return nil, err
			}
			call = append(call, tz)
		}
		return py.Call(t, cls, call, nil)
	}, "Return a class cls instance based on the input string and the\nformat string.")
	return m, nil
}
