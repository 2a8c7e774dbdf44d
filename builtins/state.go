package builtins

import (
	"sync"

	"github.com/taipan-py/taipan/py"
	"github.com/taipan-py/taipan/pyio"
)

// state is what builtins and sys keep per interpreter beyond the
// modules' dicts: the options and the open files.
type state struct {
	opts  Options
	files *pyio.Files
	imp   importState // the import system's (import_load.go)
}

// states maps each interpreter to its state. (py.Interp has no place for
// package builtins' data yet; a field there would replace this table.)
var states sync.Map // *py.Interp -> *state

func stateOf(interp *py.Interp) *state {
	if v, ok := states.Load(interp); ok {
		return v.(*state)
	}
	return nil
}

// Files returns the tracker of the interpreter's open files.
func Files(interp *py.Interp) *pyio.Files {
	if st := stateOf(interp); st != nil {
		return st.files
	}
	return nil
}
