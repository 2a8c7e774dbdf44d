// Package marshalmod is the marshal module: dumps, loads, dump, load and
// version, over package marshal (which the import system also uses for
// its bytecode caches). It registers itself with the builtins package's
// module table; modules/all links it in.
package marshalmod

import (
	"github.com/taipan-py/taipan/builtins"
	"github.com/taipan-py/taipan/marshal"
	"github.com/taipan-py/taipan/py"
)

func init() { builtins.RegisterModule("marshal", newModule) }

const moduleDoc = `This module contains functions that can read and write Python values in
a binary format. The format is specific to Python, but independent of
machine architecture issues.

Supported types: None, True, False, StopIteration, Ellipsis, int, float,
complex, str, bytes (and bytearray, written as bytes), tuple, list, dict,
set, frozenset and code objects (in Taipan's own layout). Containers are
supported as long as what they hold is. Recursive containers cannot be
written.

Variables:

version -- the format dumps and dump write by default. Version 0 writes
    floats as text, version 2 in binary.

Functions:

dump() -- write value to a file
load() -- read value from a file
dumps() -- write value to a bytes object
loads() -- read value from a bytes-like object`

func newModule(t *py.Thread) (*py.Module, error) {
	m := py.NewModule("marshal")
	m.Dict.SetStr(py.NewStr("__doc__"), py.NewStr(moduleDoc))
	m.Dict.SetStr(py.NewStr("version"), py.NewInt(marshal.Version))
	m.AddFunction("dumps", dumps, "dumps(value[, version])\n\nReturn the bytes that dump(value, file) would write.\nRaise ValueError when value is, or holds, an unsupported type.")
	m.AddFunction("loads", loads, "loads(bytes)\n\nRead one value from the start of a bytes-like object and return it.\nRaise EOFError, ValueError or TypeError when it holds no valid value.\nBytes after the value are ignored.")
	m.AddFunction("dump", dump, "dump(value, file[, version])\n\nWrite the value to an open binary file (one write() call).\nRaise ValueError, writing nothing, when value is unsupported.")
	m.AddFunction("load", load, "load(file)\n\nRead one value from an open binary file and return it, leaving the\nfile just after it. Raise EOFError, ValueError or TypeError when no\nvalid value is read.")
	return m, nil
}

// version converts the optional version argument (the 'i' format).
func version(t *py.Thread, o py.Object) (int, error) {
	if o == nil {
		return marshal.Version, nil
	}
	return py.ArgInt(t, o)
}

func dumps(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var v, ver py.Object
	if err := py.ParseTuple("dumps", args, kwnames, 1, 2, &v, &ver); err != nil {
		return nil, err
	}
	n, err := version(t, ver)
	if err != nil {
		return nil, err
	}
	data, err := marshal.Dumps(v, n)
	if err != nil {
		return nil, err
	}
	return py.NewBytes(string(data)), nil
}

func loads(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var v py.Object
	if err := py.ParseTuple("loads", args, kwnames, 1, 1, &v); err != nil {
		return nil, err
	}
	var data []byte
	switch b := v.(type) {
	case *py.Bytes:
		data = []byte(b.String())
	case *py.ByteArray:
		data = b.Bytes()
	default:
		return nil, py.Errorf(py.TypeError, "'%s' does not support the buffer interface", v.Type().Name)
	}
	return marshal.LoadsThread(t, data)
}

func dump(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var v, f, ver py.Object
	if err := py.ParseTuple("dump", args, kwnames, 2, 3, &v, &f, &ver); err != nil {
		return nil, err
	}
	n, err := version(t, ver)
	if err != nil {
		return nil, err
	}
	return marshal.Dump(t, v, f, n)
}

func load(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	f, err := py.OneArg("load", args, kwnames)
	if err != nil {
		return nil, err
	}
	return marshal.Load(t, f)
}
