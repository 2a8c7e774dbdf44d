package codecsmod

import (
	"github.com/taipan-py/taipan/internal/pystr"
	"github.com/taipan-py/taipan/py"
)

// EncodingMapType is the type of charmap_build's result: a one-byte
// encoding table that charmap_encode reads without calling Python.
var EncodingMapType = &py.Type{Name: "EncodingMap"}

// EncodingMap maps code points to bytes.
type EncodingMap struct {
	m map[rune]byte
}

// Type returns EncodingMap.
func (*EncodingMap) Type() *py.Type { return EncodingMapType }

func charmapBuild(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var obj py.Object
	if err := py.ParseTuple("charmap_build", args, kwnames, 1, 1, &obj); err != nil {
		return nil, err
	}
	s, ok := obj.(*py.Str)
	if !ok {
		return nil, py.ArgMustBe("str", obj)
	}
	if s.Len() != 256 {
		return nil, py.Errorf(py.TypeError, "bad argument type for built-in operation")
	}
	rs := strRunes(s.String())
	simple := rs[0] == 0
	for _, r := range rs {
		if r > 0xFFFF {
			simple = false
		}
	}
	if !simple {
		// CPython builds a plain dict for a table it cannot pack.
		d := py.NewDict()
		for i, r := range rs {
			if err := d.SetItem(t, py.NewInt(int64(r)), py.NewInt(int64(i))); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	m := make(map[rune]byte, 256)
	i := 0
	for _, r := range rs {
		if r != 0xFFFE {
			m[r] = byte(i)
		}
		i++
	}
	return &EncodingMap{m: m}, nil
}

func strRunes(text string) []rune {
	out := make([]rune, 0, len(text))
	for i := 0; i < len(text); {
		r, n := pystr.DecodeRune(text[i:])
		i += n
		out = append(out, r)
	}
	return out
}

func charmapTable(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var obj py.Object
	if err := py.ParseTuple("_charmap_table", args, kwnames, 1, 1, &obj); err != nil {
		return nil, err
	}
	name, err := argString("_charmap_table", 1, obj)
	if err != nil {
		return nil, err
	}
	table, ok := py.CharmapTable(name)
	if !ok {
		return nil, py.Errorf(py.LookupError, "no built-in charmap %s", name)
	}
	return py.NewStr(table), nil
}

const undefinedMapping = "character maps to <undefined>"

func charmapDecode(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var obj, errObj, mapping py.Object
	if err := py.ParseTuple("charmap_decode", args, kwnames, 1, 3, &obj, &errObj, &mapping); err != nil {
		return nil, err
	}
	data, err := bufferArg(obj)
	if err != nil {
		return nil, err
	}
	errors, err := errorsArg(errObj)
	if err != nil {
		return nil, err
	}
	if mapping == nil || mapping == py.None {
		s, err := decLatin1(t, data, errors)
		if err != nil {
			return nil, err
		}
		return pair(s, len(data)), nil
	}
	out := make([]byte, 0, len(data))
	var table []rune
	if s, ok := mapping.(*py.Str); ok && s.Type() == py.StrType {
		table = strRunes(s.String())
	}
	for i := 0; i < len(data); {
		b := data[i]
		if table != nil {
			if int(b) < len(table) && table[b] != 0xFFFE {
				out = pystr.AppendRune(out, table[b])
				i++
				continue
			}
		} else {
			x, err := py.GetItem(t, mapping, py.NewInt(int64(b)))
			if err != nil {
				if !py.ErrorMatches(err, py.LookupError) {
					return nil, err
				}
				x = py.None
			}
			switch v := x.(type) {
			case *py.Int:
				c, err := py.ArgLong(t, v)
				if err != nil || c < 0 || c > 0x10FFFF {
					return nil, py.Errorf(py.TypeError, "character mapping must be in range(0x110000)")
				}
				if c != 0xFFFE {
					out = pystr.AppendRune(out, rune(c))
					i++
					continue
				}
			case *py.Str:
				if v.String() != "\uFFFE" {
					out = append(out, v.String()...)
					i++
					continue
				}
			default:
				if x != py.None {
					return nil, py.Errorf(py.TypeError, "character mapping must return integer, None or str")
				}
			}
		}
		if out, i, err = py.DecodeError(t, out, errors, "charmap", data, i, i+1, undefinedMapping); err != nil {
			return nil, err
		}
	}
	return pair(py.NewStr(string(out)), len(data)), nil
}

// charmapper encodes one code point through a mapping: ok false when
// the mapping has nothing for it.
type charmapper func(out []byte, r rune) ([]byte, bool, error)

func mappingEncoder(t *py.Thread, mapping py.Object) charmapper {
	if em, ok := mapping.(*EncodingMap); ok {
		return func(out []byte, r rune) ([]byte, bool, error) {
			b, ok := em.m[r]
			if !ok {
				return out, false, nil
			}
			return append(out, b), true, nil
		}
	}
	return func(out []byte, r rune) ([]byte, bool, error) {
		x, err := py.GetItem(t, mapping, py.NewInt(int64(r)))
		if err != nil {
			if py.ErrorMatches(err, py.LookupError) {
				return out, false, nil
			}
			return out, false, err
		}
		switch v := x.(type) {
		case *py.Int:
			c, err := py.ArgLong(t, v)
			if err != nil || c < 0 || c > 255 {
				return out, false, py.Errorf(py.TypeError, "character mapping must be in range(256)")
			}
			return append(out, byte(c)), true, nil
		case *py.Bytes:
			return append(out, v.String()...), true, nil
		}
		if x == py.None {
			return out, false, nil
		}
		return out, false, py.Errorf(py.TypeError, "character mapping must return integer, bytes or None, not %s", x.Type().Name)
	}
}

func charmapEncode(t *py.Thread, args []py.Object, kwnames *py.Tuple) (py.Object, error) {
	var obj, errObj, mapping py.Object
	if err := py.ParseTuple("charmap_encode", args, kwnames, 1, 3, &obj, &errObj, &mapping); err != nil {
		return nil, err
	}
	errors, err := errorsArg(errObj)
	if err != nil {
		return nil, err
	}
	s, err := textArg(obj)
	if err != nil {
		return nil, err
	}
	if mapping == nil || mapping == py.None {
		b, err := encLatin1(t, s, errors)
		if err != nil {
			return nil, err
		}
		return pair(b, s.Len()), nil
	}
	enc := mappingEncoder(t, mapping)
	rs := strRunes(s.String())
	out := make([]byte, 0, len(rs))
	for k := 0; k < len(rs); {
		var ok bool
		if out, ok, err = enc(out, rs[k]); err != nil {
			return nil, err
		}
		if ok {
			k++
			continue
		}
		// Collect the run of characters the mapping lacks.
		start := k
		end := k + 1
		for end < len(rs) {
			mark := len(out)
			var ok bool
			if out, ok, err = enc(out, rs[end]); err != nil {
				return nil, err
			}
			out = out[:mark]
			if ok {
				break
			}
			end++
		}
		strict := func() error {
			return py.NewUnicodeEncodeError("charmap", s, start, end, undefinedMapping)
		}
		// each encodes the text of a replacement through the mapping.
		each := func(text string) error {
			for _, r := range strRunes(text) {
				var ok bool
				if out, ok, err = enc(out, r); err != nil {
					return err
				}
				if !ok {
					return strict()
				}
			}
			return nil
		}
		switch errors {
		case "strict":
			return nil, strict()
		case "ignore":
			k = end
		case "replace":
			for j := start; j < end; j++ {
				if err := each("?"); err != nil {
					return nil, err
				}
			}
			k = end
		case "xmlcharrefreplace":
			for j := start; j < end; j++ {
				if err := each("&#" + itoa(int64(rs[j])) + ";"); err != nil {
					return nil, err
				}
			}
			k = end
		default:
			exc := py.NewUnicodeEncodeError("charmap", s, start, end, undefinedMapping)
			rep, pos, err := py.CallEncodeErrorHandler(t, errors, exc, len(rs))
			if err != nil {
				return nil, err
			}
			switch r := rep.(type) {
			case *py.Bytes:
				out = append(out, r.String()...)
			case *py.Str:
				if err := each(r.String()); err != nil {
					return nil, err
				}
			}
			k = pos
		}
	}
	return pair(py.NewBytes(string(out)), len(rs)), nil
}
