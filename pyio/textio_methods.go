package pyio

import "github.com/taipan-py/taipan/py"

// The Python methods of TextIOWrapper.

func asTextIO(self py.Object) *TextIO { return self.(*TextIO) }

func init() {
	t := TextIOWrapperType
	t.Base = TextIOBaseType
	t.New = textNew
	t.Repr = textRepr
	t.GetAttr = func(th *py.Thread, self py.Object, name *py.Str) (py.Object, error) {
		return genericGetAttr(th, self, name, asTextIO(self).Dict())
	}
	t.SetAttr = func(th *py.Thread, self py.Object, name *py.Str, value py.Object) error {
		return genericSetAttr(th, self, name, value, asTextIO(self).Dict())
	}
	t.Iter = iobaseIter
	t.Next = textNext
	t.AddMethods(
		py.MethodDef{Name: "write", Fn: textWrite},
		py.MethodDef{Name: "read", Fn: textRead},
		py.MethodDef{Name: "readline", Fn: textReadline},
		py.MethodDef{Name: "flush", Fn: textFlush},
		py.MethodDef{Name: "close", Fn: textClose},
		py.MethodDef{Name: "detach", Fn: textDetach},
		py.MethodDef{Name: "seek", Fn: textSeek},
		py.MethodDef{Name: "tell", Fn: textTell},
		py.MethodDef{Name: "truncate", Fn: textTruncate},
		py.MethodDef{Name: "fileno", Fn: textFileno},
		py.MethodDef{Name: "isatty", Fn: textIsatty},
		py.MethodDef{Name: "readable", Fn: textReadable},
		py.MethodDef{Name: "writable", Fn: textWritable},
		py.MethodDef{Name: "seekable", Fn: textSeekable},
		py.MethodDef{Name: "readlines", Fn: iobaseReadlines},
		py.MethodDef{Name: "writelines", Fn: iobaseWritelines},
		py.MethodDef{Name: "__enter__", Fn: iobaseEnter},
		py.MethodDef{Name: "__exit__", Fn: iobaseExit},
	)
	t.AddGetSets(
		py.GetSetDef{Name: "encoding", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return py.NewStr(asTextIO(self).encoding), nil
		}},
		py.GetSetDef{Name: "errors", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return py.NewStr(asTextIO(self).errors), nil
		}},
		py.GetSetDef{Name: "buffer", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return asTextIO(self).buffer, nil
		}},
		py.GetSetDef{Name: "line_buffering", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return py.NewBool(asTextIO(self).lineBuffering), nil
		}},
		py.GetSetDef{Name: "closed", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return py.NewBool(asTextIO(self).closed()), nil
		}},
		py.GetSetDef{Name: "name", Get: func(th *py.Thread, self py.Object) (py.Object, error) {
			return py.GetAttr(th, asTextIO(self).buffer, strName)
		}},
		py.GetSetDef{Name: "newlines", Get: textNewlines},
	)
}

func textRepr(t *py.Thread, self py.Object) (py.Object, error) {
	f := asTextIO(self)
	s := "<_io.TextIOWrapper"
	name, err := py.GetAttr(t, self, strName)
	if err == nil {
		r, err := py.Repr(t, name)
		if err != nil {
			return nil, err
		}
		s += " name=" + r.String()
	} else if !py.ErrorMatches(err, py.AttributeError) && !py.ErrorMatches(err, py.ValueError) {
		return nil, err
	}
	if mode := f.Dict().GetStr(strMode); mode != nil {
		r, err := py.Repr(t, mode)
		if err != nil {
			return nil, err
		}
		s += " mode=" + r.String()
	}
	r, err := py.Repr(t, py.NewStr(f.encoding))
	if err != nil {
		return nil, err
	}
	return py.NewStr(s + " encoding=" + r.String() + ">"), nil
}

func textNewlines(t *py.Thread, self py.Object) (py.Object, error) {
	f := asTextIO(self)
	if !f.readUniversal {
		return py.None, nil
	}
	var kinds []py.Object
	if f.seenNL&seenCR != 0 {
		kinds = append(kinds, py.NewStr("\r"))
	}
	if f.seenNL&seenLF != 0 {
		kinds = append(kinds, py.NewStr("\n"))
	}
	if f.seenNL&seenCRLF != 0 {
		kinds = append(kinds, py.NewStr("\r\n"))
	}
	switch len(kinds) {
	case 0:
		return py.None, nil
	case 1:
		return kinds[0], nil
	}
	return py.NewTuple(kinds...), nil
}

func textWrite(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	o, err := py.OneArg("write", args, kwnames)
	if err != nil {
		return nil, err
	}
	f := asTextIO(self)
	s, ok := o.(*py.Str)
	if !ok {
		return nil, py.Errorf(py.TypeError, "must be str, not %s", o.Type().Name)
	}
	if err := f.WriteString(t, s); err != nil {
		return nil, err
	}
	return py.NewInt(int64(s.Len())), nil
}

func textRead(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	n, err := sizeArg(t, "read", args, kwnames)
	if err != nil {
		return nil, err
	}
	s, err := asTextIO(self).Read(t, n)
	if err != nil {
		return nil, err
	}
	return py.NewStr(s), nil
}

func textReadline(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	n, err := sizeArg(t, "readline", args, kwnames)
	if err != nil {
		return nil, err
	}
	s, err := asTextIO(self).ReadLine(t, n)
	if err != nil {
		return nil, err
	}
	return py.NewStr(s), nil
}

func textNext(t *py.Thread, self py.Object) (py.Object, error) {
	f := asTextIO(self)
	f.telling = false
	s, err := f.ReadLine(t, -1)
	if err != nil {
		return nil, err
	}
	if s == "" {
		f.telling = true
		return nil, nil
	}
	return py.NewStr(s), nil
}

func textFlush(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("flush", args, kwnames); err != nil {
		return nil, err
	}
	if err := asTextIO(self).Flush(); err != nil {
		return nil, err
	}
	return py.None, nil
}

func textClose(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("close", args, kwnames); err != nil {
		return nil, err
	}
	if err := asTextIO(self).Close(); err != nil {
		return nil, err
	}
	return py.None, nil
}

func textDetach(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("detach", args, kwnames); err != nil {
		return nil, err
	}
	f := asTextIO(self)
	if err := f.Flush(); err != nil {
		return nil, err
	}
	return f.buffer, nil
}

func (f *TextIO) checkSeekable() error {
	if f.closed() {
		return closedError(msgClosedDot)
	}
	if f.buf == nil || !f.buf.st.rf.isSeekable() {
		return unsupported("underlying stream is not seekable")
	}
	return nil
}

func textSeek(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	f := asTextIO(self)
	var posArg, whenceArg py.Object
	if err := py.ParseTuple("seek", args, kwnames, 1, 2, &posArg, &whenceArg); err != nil {
		return nil, err
	}
	whence := 0
	if whenceArg != nil {
		w, err := py.ArgInt(t, whenceArg)
		if err != nil {
			return nil, err
		}
		whence = w
	}
	if err := f.checkSeekable(); err != nil {
		return nil, err
	}
	if whence == 1 || whence == 2 {
		zero, err := py.Equal(t, posArg, py.NewInt(0))
		if err != nil {
			return nil, err
		}
		if !zero {
			if whence == 1 {
				return nil, unsupported("can't do nonzero cur-relative seeks")
			}
			return nil, unsupported("can't do nonzero end-relative seeks")
		}
		if whence == 1 {
			return textTell(t, self, nil, nil)
		}
		if err := f.Flush(); err != nil {
			return nil, err
		}
		f.decoded, f.undecoded, f.pendingCR, f.eof = "", nil, false, false
		n, err := f.buf.st.seek(0, 2)
		if err != nil {
			return nil, err
		}
		return py.NewInt(n), nil
	}
	if whence != 0 {
		return nil, py.Errorf(py.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if _, ok := posArg.(*py.Float); ok {
		return nil, py.Errorf(py.TypeError, "an integer is required")
	}
	pos, err := py.ArgLong(t, posArg)
	if err != nil {
		return nil, err
	}
	if pos < 0 {
		r, err := py.Repr(t, posArg)
		if err != nil {
			return nil, err
		}
		return nil, py.Errorf(py.ValueError, "negative seek position %s", r)
	}
	if err := f.Flush(); err != nil {
		return nil, err
	}
	f.decoded, f.undecoded, f.pendingCR, f.eof = "", nil, false, false
	if _, err := f.buf.st.seek(pos, 0); err != nil {
		return nil, err
	}
	return posArg, nil
}

func textTell(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	if err := noArgs("tell", args, kwnames); err != nil {
		return nil, err
	}
	f := asTextIO(self)
	if err := f.checkSeekable(); err != nil {
		return nil, err
	}
	if !f.telling {
		return nil, py.Errorf(py.IOError, "telling position disabled by next() call")
	}
	if err := f.Flush(); err != nil {
		return nil, err
	}
	pos, err := f.tellPos()
	if err != nil {
		return nil, err
	}
	return py.NewInt(pos), nil
}

func textTruncate(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	f := asTextIO(self)
	if err := f.Flush(); err != nil {
		return nil, err
	}
	if f.buf == nil {
		return nil, unsupported("truncate")
	}
	if f.buf.raw != f.buffer {
		return callMethod(t, f.buffer, strTruncate, args...)
	}
	return bufferedTruncate(t, f.buf, args, kwnames)
}

func textFileno(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return callMethod(t, asTextIO(self).buffer, py.NewStr("fileno"))
}

func textIsatty(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return callMethod(t, asTextIO(self).buffer, py.NewStr("isatty"))
}

func textReadable(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return callMethod(t, asTextIO(self).buffer, py.NewStr("readable"))
}

func textWritable(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return callMethod(t, asTextIO(self).buffer, py.NewStr("writable"))
}

func textSeekable(t *py.Thread, self py.Object, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	return callMethod(t, asTextIO(self).buffer, py.NewStr("seekable"))
}

var textKwlist = []string{"buffer", "encoding", "errors", "newline", "line_buffering"}

// textNew is TextIOWrapper(buffer, encoding=None, errors=None,
// newline=None, line_buffering=False).
func textNew(t *py.Thread, typ *py.Type, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var buffer, encoding, errors, newline, lineBuffering py.Object
	if err := py.ParseArgs("TextIOWrapper", args, kwnames, textKwlist, 1, &buffer, &encoding, &errors, &newline, &lineBuffering); err != nil {
		return nil, err
	}
	var enc, errs, nl string
	var hasEnc, hasErrs, hasNL bool
	for i, a := range []struct {
		o   py.Object
		dst *string
		has *bool
	}{{encoding, &enc, &hasEnc}, {errors, &errs, &hasErrs}, {newline, &nl, &hasNL}} {
		if a.o == nil || a.o == py.None {
			continue
		}
		s, ok := a.o.(*py.Str)
		if !ok {
			return nil, py.Errorf(py.TypeError, "TextIOWrapper() argument %d must be str or None, not %s", i+2, a.o.Type().Name)
		}
		*a.dst, *a.has = s.String(), true
	}
	lb := false
	if lineBuffering != nil {
		v, err := py.IsTrue(t, lineBuffering)
		if err != nil {
			return nil, err
		}
		lb = v
	}
	return NewTextIO(t, buffer, enc, hasEnc, errs, hasErrs, nl, hasNL, lb)
}
