package pyio

import "github.com/taipan-py/taipan/py"

// The methods io.IOBase gives every file, written over the file's own
// Python methods (so they work for any of the three layers).

var (
	strReadline = py.NewStr("readline")
	strWrite    = py.NewStr("write")
	strClose    = py.NewStr("close")
	strClosed   = py.NewStr("closed")
)

// checkClosed raises "I/O operation on closed file." when self.closed.
func checkClosed(t *py.Thread, self py.Object) error {
	c, err := py.GetAttr(t, self, strClosed)
	if err != nil {
		return err
	}
	closed, err := py.IsTrue(t, c)
	if err != nil {
		return err
	}
	if closed {
		return closedError(msgClosedDot)
	}
	return nil
}

func iobaseIter(t *py.Thread, self py.Object) (py.Object, error) {
	if err := checkClosed(t, self); err != nil {
		return nil, err
	}
	return self, nil
}

// iobaseNext is next(file): readline(), ending at an empty line.
func iobaseNext(t *py.Thread, self py.Object) (py.Object, error) {
	line, err := callMethod(t, self, strReadline)
	if err != nil {
		return nil, err
	}
	n, err := py.Len(t, line)
	if err != nil || n == 0 {
		return nil, err
	}
	return line, nil
}

func callMethod(t *py.Thread, self py.Object, name *py.Str, args ...py.Object) (py.Object, error) {
	m, err := py.GetAttr(t, self, name)
	if err != nil {
		return nil, err
	}
	return py.Call(t, m, args, nil)
}

// iobaseReadline reads one byte at a time up to a newline (for raw files).
func iobaseReadline(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	limit, err := sizeArg(t, "readline", args, kwnames)
	if err != nil {
		return nil, err
	}
	f := asFileIO(self)
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	var line []byte
	var b [1]byte
	for limit < 0 || len(line) < limit {
		n, err := f.rf.read(b[:])
		if err != nil {
			return nil, err
		}
		if n == 0 {
			break
		}
		line = append(line, b[0])
		if b[0] == '\n' {
			break
		}
	}
	return py.NewBytes(string(line)), nil
}

// iobaseReadlines is readlines(hint=-1): the lines, stopping once their
// total length reaches hint.
func iobaseReadlines(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var hintArg py.Object
	if err := py.ParseTuple("readlines", args, kwnames, 0, 1, &hintArg); err != nil {
		return nil, err
	}
	hint := -1
	if hintArg != nil && hintArg != py.None {
		h, err := py.ArgIndex(t, hintArg)
		if err != nil {
			return nil, err
		}
		hint = h
	}
	it, err := py.Iter(t, self)
	if err != nil {
		return nil, err
	}
	var lines []py.Object
	total := 0
	for {
		line, err := py.Next(t, it)
		if err != nil {
			return nil, err
		}
		if line == nil {
			break
		}
		lines = append(lines, line)
		if hint > 0 {
			n, err := py.Len(t, line)
			if err != nil {
				return nil, err
			}
			total += n
			if total >= hint {
				break
			}
		}
	}
	return py.NewList(lines...), nil
}

func iobaseWritelines(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	lines, err := py.OneArg("writelines", args, kwnames)
	if err != nil {
		return nil, err
	}
	if err := checkClosed(t, self); err != nil {
		return nil, err
	}
	it, err := py.Iter(t, lines)
	if err != nil {
		return nil, err
	}
	write, err := py.GetAttr(t, self, strWrite)
	if err != nil {
		return nil, err
	}
	for {
		line, err := py.Next(t, it)
		if err != nil {
			return nil, err
		}
		if line == nil {
			return py.None, nil
		}
		if _, err := py.Call(t, write, []py.Object{line}, nil); err != nil {
			return nil, err
		}
	}
}

func iobaseEnter(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("__enter__", args, kwnames); err != nil {
		return nil, err
	}
	if err := checkClosed(t, self); err != nil {
		return nil, err
	}
	return self, nil
}

func iobaseExit(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := py.NoKwargs("__exit__", kwnames); err != nil {
		return nil, err
	}
	return callMethod(t, self, strClose)
}
