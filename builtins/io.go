package builtins

import (
	"os"

	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/pyio"
)

// print(), input() and open().

var (
	strWrite = py.NewStr("write")
	strFlush = py.NewStr("flush")
	strSpace = py.NewStr(" ")
	strNL    = py.NewStr("\n")
)

func print(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	values, kw := py.SplitArgs(args, kwnames)
	var sep, end, file py.Object
	for i, v := range kw {
		switch k := kwnames.Items[i].(*py.Str).String(); k {
		case "sep":
			sep = v
		case "end":
			end = v
		case "file":
			file = v
		default:
			return nil, py.Errorf(py.TypeError, "'%s' is an invalid keyword argument for this function", k)
		}
	}
	if file == nil || file == py.None {
		file = sysObject(t, "stdout")
		if file == py.None {
			return py.None, nil
		}
		if file == nil {
			return nil, py.Errorf(py.RuntimeError, "lost sys.stdout")
		}
	}
	sepStr, endStr := strSpace, strNL
	if sep != nil && sep != py.None {
		s, ok := sep.(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "sep must be None or a string, not %s", sep.Type().Name)
		}
		sepStr = s
	}
	if end != nil && end != py.None {
		s, ok := end.(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "end must be None or a string, not %s", end.Type().Name)
		}
		endStr = s
	}
	if tw, ok := file.(*pyio.TextIO); ok {
		// The common case: write to a text file without looking up and
		// calling its write method.
		for i, v := range values {
			if i > 0 {
				if err := tw.WriteString(t, sepStr); err != nil {
					return nil, err
				}
			}
			s, err := py.StrOf(t, v)
			if err != nil {
				return nil, err
			}
			if err := tw.WriteString(t, s); err != nil {
				return nil, err
			}
		}
		if err := tw.WriteString(t, endStr); err != nil {
			return nil, err
		}
		return py.None, nil
	}
	for i, v := range values {
		if i > 0 {
			if err := writeObjectStr(t, file, sepStr); err != nil {
				return nil, err
			}
		}
		s, err := py.StrOf(t, v)
		if err != nil {
			return nil, err
		}
		if err := writeObjectStr(t, file, s); err != nil {
			return nil, err
		}
	}
	if err := writeObjectStr(t, file, endStr); err != nil {
		return nil, err
	}
	return py.None, nil
}

// writeObjectStr calls file.write(s) (PyFile_WriteObject of a str).
func writeObjectStr(t *py.Thread, file py.Object, s *py.Str) error {
	if tw, ok := file.(*pyio.TextIO); ok {
		return tw.WriteString(t, s)
	}
	write, err := py.GetAttr(t, file, strWrite)
	if err != nil {
		return err
	}
	_, err = py.Call(t, write, []py.Object{s}, nil)
	return err
}

// writeString calls file.write(s) (PyFile_WriteString).
func writeString(t *py.Thread, file py.Object, s string) error {
	if file == nil || file == py.None {
		_, err := os.Stderr.WriteString(s)
		return err
	}
	return writeObjectStr(t, file, py.NewStr(s))
}

// flushFile calls file.flush(), ignoring errors.
func flushFile(t *py.Thread, file py.Object) {
	if tw, ok := file.(*pyio.TextIO); ok {
		_ = tw.Flush()
		return
	}
	if m, err := py.GetAttr(t, file, strFlush); err == nil {
		_, _ = py.Call(t, m, nil, nil)
	}
}

var strFileno = py.NewStr("fileno")

// isStdTTY reports whether file.fileno() is fd and a terminal.
func isStdTTY(t *py.Thread, file py.Object, fd int) (bool, error) {
	m, err := py.GetAttr(t, file, strFileno)
	if err != nil {
		return false, nil
	}
	r, err := py.Call(t, m, nil, nil)
	if err != nil {
		return false, nil
	}
	n, err := py.ArgLong(t, r)
	if err != nil {
		return false, err
	}
	return int(n) == fd && isTerminal(fd), nil
}

func input(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var prompt py.Object
	if err := py.UnpackArgs("input", args, kwnames, 0, 1, &prompt); err != nil {
		return nil, err
	}
	fin, fout, ferr := sysObject(t, "stdin"), sysObject(t, "stdout"), sysObject(t, "stderr")
	if fin == nil || fin == py.None {
		return nil, py.Errorf(py.RuntimeError, "input(): lost sys.stdin")
	}
	if fout == nil || fout == py.None {
		return nil, py.Errorf(py.RuntimeError, "input(): lost sys.stdout")
	}
	if ferr == nil || ferr == py.None {
		return nil, py.Errorf(py.RuntimeError, "input(): lost sys.stderr")
	}
	flushFile(t, ferr)
	tty, err := isStdTTY(t, fin, 0)
	if err != nil {
		return nil, err
	}
	if tty {
		if tty, err = isStdTTY(t, fout, 1); err != nil {
			return nil, err
		}
	}
	if tty {
		// As CPython without the readline module: the prompt goes to the
		// process's stderr, and an empty read is EOFError.
		flushFile(t, fout)
		if prompt != nil {
			s, err := py.StrOf(t, prompt)
			if err != nil {
				return nil, err
			}
			os.Stderr.WriteString(s.String())
		}
		line, err := readLine(t, fin)
		if err != nil {
			return nil, err
		}
		if line == "" {
			return nil, py.NewException(py.EOFError)
		}
		line = line[:len(line)-1]
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
		return py.NewStr(line), nil
	}
	if prompt != nil {
		s, err := py.StrOf(t, prompt)
		if err != nil {
			return nil, err
		}
		if err := writeObjectStr(t, fout, s); err != nil {
			return nil, err
		}
	}
	flushFile(t, fout)
	line, err := readLine(t, fin)
	if err != nil {
		return nil, err
	}
	if line == "" {
		return nil, py.NewException(py.EOFError, py.NewStr("EOF when reading a line"))
	}
	if line[len(line)-1] == '\n' {
		line = line[:len(line)-1]
	}
	return py.NewStr(line), nil
}

var strReadline = py.NewStr("readline")

// readLine returns file.readline(), which must be a str.
func readLine(t *py.Thread, file py.Object) (string, error) {
	if tw, ok := file.(*pyio.TextIO); ok {
		return tw.ReadLine(t, -1)
	}
	m, err := py.GetAttr(t, file, strReadline)
	if err != nil {
		return "", err
	}
	r, err := py.Call(t, m, nil, nil)
	if err != nil {
		return "", err
	}
	s, ok := r.(*py.Str)
	if !ok {
		return "", py.Errorf(py.TypeError, "object.readline() returned non-string")
	}
	return s.String(), nil
}

var openKwlist = []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd"}

func open(t *py.Thread, _ py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var file, mode, buffering, encoding, errors, newline, closefd py.Object
	if err := py.ParseArgs("open", args, kwnames, openKwlist, 1,
		&file, &mode, &buffering, &encoding, &errors, &newline, &closefd); err != nil {
		return nil, err
	}
	a := pyio.OpenArgs{Mode: "r", Buffering: -1, CloseFD: true}
	if mode != nil {
		s, ok := mode.(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "open() argument 2 must be str, not %s", typeName(mode))
		}
		a.Mode = s.String()
	}
	if buffering != nil {
		n, err := py.ArgInt(t, buffering)
		if err != nil {
			return nil, err
		}
		a.Buffering = n
	}
	for i, z := range []struct {
		o   py.Object
		dst *string
		has *bool
	}{{encoding, &a.Encoding, &a.HasEnc}, {errors, &a.Errors, &a.HasErrors}, {newline, &a.Newline, &a.HasNL}} {
		if z.o == nil || z.o == py.None {
			continue
		}
		s, ok := z.o.(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "open() argument %d must be str or None, not %s", i+4, z.o.Type().Name)
		}
		*z.dst, *z.has = s.String(), true
	}
	if closefd != nil {
		n, err := py.ArgInt(t, closefd)
		if err != nil {
			return nil, err
		}
		a.CloseFD = n != 0
	}
	return pyio.Open(t, Files(t.Interp), file, a)
}
