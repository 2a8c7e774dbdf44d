package posixmod

import (
	"os"
	"strings"
	"syscall"

	"github.com/taipan-py/taipan/py"
)

// The environment: posix.environ is a dict of bytes to bytes made from
// the process's environment when the module is imported; putenv and
// unsetenv change the process's own (which child processes inherit).

func environDict(t *py.Thread) (*py.Dict, error) {
	d := py.NewDict()
	for _, kv := range os.Environ() {
		i := strings.IndexByte(kv, '=')
		if i < 0 {
			continue
		}
		k := py.NewBytes(kv[:i])
		// The first of two entries for a name wins, as in CPython.
		if v, err := d.GetItem(t, k); err != nil {
			return nil, err
		} else if v != nil {
			continue
		}
		if err := d.SetItem(t, k, py.NewBytes(kv[i+1:])); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func posixPutenv(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var a, b py.Object
	if err := py.ParseTuple("putenv", args, kwnames, 2, 2, &a, &b); err != nil {
		return nil, err
	}
	k, err := fsPath(t, a)
	if err != nil {
		return nil, err
	}
	v, err := fsPath(t, b)
	if err != nil {
		return nil, err
	}
	// The C library's putenv takes "key=value" and splits it at the
	// first '=', so a key may bring part of the value.
	entry := k.b + "=" + v.b
	i := strings.IndexByte(entry, '=')
	if i == 0 {
		return py.None, nil
	}
	if err := os.Setenv(entry[:i], entry[i+1:]); err != nil {
		return nil, osError(err)
	}
	return py.None, nil
}

func posixUnsetenv(t *py.Thread, st *state, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	k, err := onePath(t, "unsetenv", args, kwnames)
	if err != nil {
		return nil, err
	}
	if k.b == "" || strings.IndexByte(k.b, '=') >= 0 {
		return nil, osError(syscall.EINVAL)
	}
	if err := os.Unsetenv(k.b); err != nil {
		return nil, osError(err)
	}
	return py.None, nil
}

func init() {
	register(
		function{"putenv", posixPutenv, "putenv(key, value)\n\nChange or add an environment variable."},
		function{"unsetenv", posixUnsetenv, "unsetenv(key)\n\nDelete an environment variable."},
	)
}
