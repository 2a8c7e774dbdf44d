package marshal

import (
	"github.com/taipan-py/taipan/py"
)

// marshal.load and marshal.dump work on any object with read or write
// methods, calling them as CPython 3.2 does: load asks read for exactly
// the bytes each part of the value needs (so the file is left just after
// the value, and the next load reads the next one), dump writes the whole
// data with one write call.

var (
	strRead  = py.NewStr("read")
	strWrite = py.NewStr("write")
)

// callMethod calls f.name(args...); a missing method is AttributeError
// with the bare name, as CPython's PyObject_CallMethod words it.
func callMethod(t *py.Thread, f py.Object, name *py.Str, args ...py.Object) (py.Object, error) {
	m, err := py.GetAttr(t, f, name)
	if err != nil {
		if e, ok := err.(*py.BaseException); ok && e.Type().IsSubtype(py.AttributeError) {
			return nil, py.NewException(py.AttributeError, name)
		}
		return nil, err
	}
	return py.Call(t, m, args, nil)
}

// readBytes calls f.read(n), which must return bytes.
func readBytes(t *py.Thread, f py.Object, n int) ([]byte, error) {
	data, err := callMethod(t, f, strRead, py.NewInt(int64(n)))
	if err != nil {
		return nil, err
	}
	b, ok := data.(*py.Bytes)
	if !ok {
		return nil, py.Errorf(py.TypeError, "f.read() returned not bytes but %s", data.Type().Name)
	}
	return []byte(b.String()), nil
}

// Load reads one value from the file f (marshal.load).
func Load(t *py.Thread, f py.Object) (py.Object, error) {
	// A read of nothing first, to check f can be read and gives bytes.
	if _, err := readBytes(t, f, 0); err != nil {
		return nil, err
	}
	r := reader{t: t, file: func(n int) ([]byte, error) { return readBytes(t, f, n) }}
	return r.top()
}

// LoadsThread is Loads for a caller with a thread: hashing the keys of
// loaded dicts and sets runs no Python code, but comparisons are bounded
// by the thread's recursion limit.
func LoadsThread(t *py.Thread, data []byte) (py.Object, error) {
	r := reader{data: data, t: t}
	return r.top()
}

// Dump writes the marshal data of v to the file f with one call of its
// write method, and returns what write returned (marshal.dump).
func Dump(t *py.Thread, v py.Object, f py.Object, version int) (py.Object, error) {
	data, err := Dumps(v, version)
	if err != nil {
		return nil, err
	}
	return callMethod(t, f, strWrite, py.NewBytes(string(data)))
}
