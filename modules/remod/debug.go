package remod

import (
	"github.com/taipan-py/taipan/internal/regex"
	"github.com/taipan-py/taipan/py"
)

// debugDump prints the parse tree to sys.stdout, as the DEBUG flag asks.
func debugDump(t *py.Thread, pattern []rune, isBytes bool, flags int) error {
	text, err := regex.Dump(pattern, isBytes, flags)
	if err != nil {
		return convertError(err)
	}
	if t == nil || t.Interp == nil || t.Interp.Sys == nil {
		return nil
	}
	out := t.Interp.Sys.Dict.GetStr(py.NewStr("stdout"))
	if out == nil || out == py.None {
		return nil
	}
	write, err := py.GetAttr(t, out, py.NewStr("write"))
	if err != nil {
		return err
	}
	_, err = py.Call(t, write, []py.Object{py.NewStr(text)}, nil)
	return err
}
